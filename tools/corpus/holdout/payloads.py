"""Attachment bytes of the holdout set: screenshots, recordings, PDF, Word and Excel forms.

Deterministic: all randomness comes from the random.Random passed in, and the
Office files are re-packed with fixed dates (mimekit.repack_zip).
"""
from __future__ import annotations

import io
import math
import re
import struct
from datetime import datetime

from mimekit import M4A_FTYP, box, docx_document, id3v23, pdf_escape, pdf_file, repack_zip, saved
from mimekit import amr as amr_frames
from mimekit import core_dates as _core_dates


# --------------------------------------------------------------------------
# media (deterministic)
# --------------------------------------------------------------------------
def _img(rng, w, h, title):
    from PIL import Image, ImageDraw
    img = Image.new("RGB", (w, h), (237, 237, 237))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, w, 48], fill=(46, 46, 46))
    d.text((14, 16), title, fill=(255, 255, 255))
    y = 64
    while y < h - 70:
        left = rng.random() < 0.5
        bw = rng.randint(90, w - 110)
        bh = rng.choice([34, 50, 66])
        x0 = 56 if left else w - 56 - bw
        col = (255, 255, 255) if left else (149, 236, 105)
        d.rounded_rectangle([x0, y, x0 + bw, y + bh], radius=6, fill=col)
        for ly in range(y + 10, y + bh - 8, 16):
            lw = rng.randint(24, bw - 20)
            d.rectangle([x0 + 10, ly, x0 + 10 + lw, ly + 6], fill=(80, 80, 80))
        ax = 10 if left else w - 46
        d.rectangle([ax, y, ax + 36, y + 36], fill=tuple(rng.randint(60, 200) for _ in range(3)))
        y += bh + rng.randint(14, 28)
    # status / input bar and a little sensor noise so sizes look real
    d.rectangle([0, h - 52, w, h], fill=(246, 246, 246))
    px = img.load()
    for _ in range(w * h // 40):
        x, yy = rng.randrange(w), rng.randrange(h)
        r, g, b = px[x, yy]
        k = rng.randint(-6, 6)
        px[x, yy] = (max(0, min(255, r + k)), max(0, min(255, g + k)), max(0, min(255, b + k)))
    return img


def png(rng, w=360, h=640, title="WeChat") -> bytes:
    buf = io.BytesIO()
    _img(rng, w, h, title).save(buf, "PNG")
    return buf.getvalue()


def jpeg(rng, w=720, h=1280, title="Call log") -> bytes:
    buf = io.BytesIO()
    _img(rng, w, h, title).save(buf, "JPEG", quality=82)
    return buf.getvalue()


def logo_png(rng) -> bytes:
    from PIL import Image, ImageDraw
    img = Image.new("RGB", (160, 48), (255, 255, 255))
    d = ImageDraw.Draw(img)
    d.ellipse([4, 4, 44, 44], fill=(0, 94, 160))
    d.text((52, 16), "HJSL DATA", fill=(0, 94, 160))
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def amr(rng, seconds=12) -> bytes:
    return amr_frames(seconds * 50, lambda: rng.randbytes(31))


def mp3(rng, seconds=10) -> bytes:
    tit = "通话录音".encode("utf-16")
    out = id3v23(b"TIT2" + struct.pack(">I", len(tit) + 1) + b"\x00\x00" + b"\x01" + tit)
    n = int(seconds * 44100 / 1152)
    for _ in range(n):
        out += b"\xff\xfb\x90\x64" + rng.randbytes(413)
    return out


def m4a(rng, seconds=10) -> bytes:
    mdat = box(b"mdat", rng.randbytes(seconds * 2000))
    mvhd = box(b"mvhd", b"\x00" * 4 + struct.pack(">IIII", 0, 0, 1000, seconds * 1000) + b"\x00" * 80)
    moov = box(b"moov", mvhd)
    return M4A_FTYP + box(b"free") + mdat + moov


def wav(rng, seconds=6, rate=8000) -> bytes:
    n = seconds * rate
    samples = bytearray()
    f = rng.choice([330, 440, 523])
    for i in range(n):
        v = int(6000 * math.sin(2 * math.pi * f * i / rate)) + rng.randint(-800, 800)
        samples += struct.pack("<h", max(-32768, min(32767, v)))
    fmt = struct.pack("<HHIIHH", 1, 1, rate, rate * 2, 2, 16)
    data = b"fmt " + struct.pack("<I", 16) + fmt + b"data" + struct.pack("<I", len(samples)) + bytes(samples)
    return b"RIFF" + struct.pack("<I", 4 + len(data)) + b"WAVE" + data


def aac(rng, seconds=8) -> bytes:
    out = b""
    for _ in range(int(seconds * 43)):
        payload = rng.randbytes(rng.randint(180, 260))
        flen = 7 + len(payload)
        # ADTS: sync FFF, MPEG-4, layer 0, no CRC, LC, 44.1 kHz, 2 ch
        b0, b1 = 0xFF, 0xF1
        b2 = (1 << 6) | (4 << 2) | (0 << 1) | (2 >> 2)
        b3 = ((2 & 3) << 6) | ((flen >> 11) & 0x3)
        b4 = (flen >> 3) & 0xFF
        b5 = ((flen & 7) << 5) | 0x1F
        b6 = 0xFC
        out += bytes([b0, b1, b2, b3, b4, b5, b6]) + payload
    return out


def pdf(lines: list[str], pages: int = 1) -> bytes:
    objs = []
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(pages))
    objs.append("<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>")
    font_no = 3 + 2 * pages
    for i in range(pages):
        body = "BT /F1 11 Tf 64 780 Td 15 TL " + " ".join(f"({pdf_escape(line)}) '" for line in lines) + \
               f" (Page {i + 1}/{pages}) ' ET"
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {4 + 2 * i} 0 R "
                    f"/Resources << /Font << /F1 {font_no} 0 R >> >> >>")
        objs.append(f"<< /Length {len(body)} >>\nstream\n{body}\nendstream")
    objs.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    return pdf_file([o.encode("latin-1") for o in objs])


# --------------------------------------------------------------------------
# Office forms
# --------------------------------------------------------------------------
FIXED_ZIP_TIME = (2026, 8, 1, 9, 0, 0)


def normalize_zip(data: bytes, when: str = "2026-08-01T01:00:00Z", author: str | None = None) -> bytes:
    def core(b: bytes) -> bytes:
        b = _core_dates(b, when)
        if author:
            a = author.encode("utf-8")
            b = re.sub(rb"<dc:creator>[^<]*</dc:creator>", b"<dc:creator>" + a + b"</dc:creator>", b)
            b = re.sub(rb"(<dc:creator [^>]*>)[^<]*", rb"\g<1>" + a, b)
            b = b.replace(b"<dc:description>generated by python-docx</dc:description>", b"<dc:description/>")
            b = b.replace(b"<cp:lastModifiedBy/>", b"<cp:lastModifiedBy>" + a + b"</cp:lastModifiedBy>")
        return b
    return repack_zip(data, FIXED_ZIP_TIME, core=core)


def docx_form(title: str, rows: list, author: str, header_row: list | None = None,
              paras_after: list[str] | None = None) -> tuple[bytes, str]:
    """A Word form: a title, then a table. rows are [label, value] (2 columns)
    or, with header_row, a header-row table listing several leads."""
    d = docx_document(title, rows, header=header_row, paras_after=paras_after or [], centre=True)
    all_rows = ([header_row] if header_row else []) + rows
    text = "\n".join([title] + ["\t".join(str(v) for v in row) for row in all_rows] + (paras_after or []))
    return normalize_zip(saved(d), author=author), text


def xlsx_form(sheets: list, author: str) -> tuple[bytes, str]:
    """sheets: [(title, rows)]; cells may be datetime (written as real date cells)."""
    import openpyxl
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    texts = []
    for si, (title, rows) in enumerate(sheets):
        ws = wb.active if si == 0 else wb.create_sheet()
        ws.title = title
        for r, row in enumerate(rows, start=1):
            for c, v in enumerate(row, start=1):
                if v is None:
                    continue
                cell = ws.cell(row=r, column=c, value=v)
                if isinstance(v, datetime):
                    cell.number_format = "yyyy-mm-dd hh:mm" if (v.hour or v.minute) else "yyyy-mm-dd"
                if r == 1:
                    cell.font = Font(bold=True, size=14)
        for col, w in zip("ABCDEFGH", (8, 18, 18, 18, 16, 30, 20, 20), strict=False):
            ws.column_dimensions[col].width = w
        for row in rows:
            texts.append("\t".join("" if v is None else (v.strftime("%Y-%m-%d %H:%M") if isinstance(v, datetime) else str(v)) for v in row))
    wb.properties.creator = author
    return normalize_zip(saved(wb), author=author), "\n".join(texts)
