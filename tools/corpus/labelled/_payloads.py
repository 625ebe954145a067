"""Deterministic attachment bytes for the labelled mail set.

Every function takes a ``random.Random`` (or plain values) and returns bytes;
nothing here reads the clock or the environment, so two runs give the same
bytes.  Office files are re-zipped with fixed timestamps and fixed core
properties because python-docx and openpyxl stamp the current time.
"""

from __future__ import annotations

import io
import math
import re
import struct
import wave
import zipfile
from datetime import datetime

from mimekit import M4A_FTYP, id3v23, local, pdf_escape, pdf_file, repack_zip, saved
from mimekit import amr as amr_frames
from mimekit import box as _box
from PIL import Image, ImageDraw, ImageFont

FIXED_ZIP_TIME = (2026, 3, 1, 9, 0, 0)


# --------------------------------------------------------------- images
def _font(size: int):
    try:
        return ImageFont.load_default(size=size)
    except TypeError:  # very old Pillow
        return ImageFont.load_default()


def chat_screenshot(rng, lines: list[str], *, width=360, height=640, dark=False) -> Image.Image:
    """A phone chat screenshot: status bar, title bar, left/right bubbles with ASCII text."""
    bg = (237, 237, 237) if not dark else (25, 25, 25)
    img = Image.new("RGB", (width, height), bg)
    d = ImageDraw.Draw(img)
    small, mid = _font(11), _font(13)
    d.rectangle([0, 0, width, 22], fill=(247, 247, 247))
    d.text((8, 5), f"{rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}", fill=(0, 0, 0), font=small)
    d.rectangle([width - 34, 7, width - 10, 15], outline=(0, 0, 0))
    d.rectangle([width - 32, 9, width - 32 + rng.randint(6, 20), 13], fill=(0, 0, 0))
    d.rectangle([0, 22, width, 64], fill=(247, 247, 247))
    d.line([0, 64, width, 64], fill=(210, 210, 210))
    d.text((14, 36), "<", fill=(0, 0, 0), font=mid)
    y = 80
    for i, line in enumerate(lines):
        right = (i + rng.randint(0, 1)) % 2 == 1
        tw = min(width - 110, 16 + 7 * len(line))
        th = 34 + 16 * (len(line) // 30)
        x0 = width - 60 - tw if right else 60
        colour = (149, 236, 105) if right else (255, 255, 255)
        d.rectangle([x0 - 46 if not right else width - 50, y, (x0 - 10) if not right else width - 14, y + 36],
                    fill=(rng.randint(60, 200), rng.randint(60, 200), rng.randint(60, 200)))
        d.rounded_rectangle([x0, y, x0 + tw, y + th], radius=6, fill=colour)
        d.text((x0 + 8, y + 10), line[:60], fill=(20, 20, 20), font=mid)
        y += th + 18
        if y > height - 80:
            break
    d.rectangle([0, height - 52, width, height], fill=(247, 247, 247))
    d.rounded_rectangle([46, height - 44, width - 80, height - 10], radius=5, fill=(255, 255, 255))
    return img


def call_log_screenshot(rng, number: str, *, width=360, height=640) -> Image.Image:
    img = Image.new("RGB", (width, height), (255, 255, 255))
    d = ImageDraw.Draw(img)
    mid, big = _font(13), _font(18)
    d.rectangle([0, 0, width, 22], fill=(250, 250, 250))
    d.text((width // 2 - 60, 70), number, fill=(0, 0, 0), font=big)
    for k in range(8):
        y = 130 + 56 * k
        d.line([16, y, width - 16, y], fill=(230, 230, 230))
        d.text((20, y + 12), f"2026-{rng.randint(3, 11):02d}-{rng.randint(1, 28):02d} "
                             f"{rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}", fill=(80, 80, 80), font=mid)
        d.text((width - 90, y + 12), f"{rng.randint(0, 5)}m{rng.randint(0, 59):02d}s", fill=(80, 80, 80), font=mid)
    return img


def photo_noise(rng, *, width=480, height=360) -> Image.Image:
    """A camera-like picture (gradient + blobs) so JPEG sizes look realistic."""
    img = Image.new("RGB", (width, height))
    px = img.load()
    a, b, c = rng.random() * 6, rng.random() * 6, rng.random() * 6
    for y in range(height):
        for x in range(0, width):
            px[x, y] = (int(120 + 100 * math.sin(a + x / 37.0)) & 255,
                        int(120 + 90 * math.sin(b + y / 29.0)) & 255,
                        int(110 + 80 * math.sin(c + (x + y) / 53.0)) & 255)
    d = ImageDraw.Draw(img)
    for _ in range(14):
        x, y = rng.randint(0, width), rng.randint(0, height)
        r = rng.randint(8, 50)
        d.ellipse([x - r, y - r, x + r, y + r], fill=(rng.randint(0, 255), rng.randint(0, 255), rng.randint(0, 255)))
    return img


def logo(rng, text: str = "LOGO", *, width=160, height=48) -> Image.Image:
    img = Image.new("RGB", (width, height), (255, 255, 255))
    d = ImageDraw.Draw(img)
    col = (rng.randint(0, 120), rng.randint(60, 160), rng.randint(120, 220))
    d.ellipse([6, 6, 42, 42], fill=col)
    d.text((52, 16), text, fill=col, font=_font(16))
    return img


def png(img: Image.Image) -> bytes:
    out = io.BytesIO()
    img.save(out, format="PNG")
    return out.getvalue()


def jpeg(img: Image.Image, quality: int = 82) -> bytes:
    out = io.BytesIO()
    img.save(out, format="JPEG", quality=quality)
    return out.getvalue()


# ---------------------------------------------------------------- audio
def amr_nb(rng, frames: int) -> bytes:
    """AMR-NB storage format (RFC 4867 §5): magic + 12.2 kbit/s frames (header 0x3C, 31 bytes)."""
    return amr_frames(frames, lambda: bytes(rng.randrange(256) for _ in range(31)))


def wav_pcm(rng, seconds: float, rate: int = 8000) -> bytes:
    n = int(seconds * rate)
    f1, f2 = 300 + rng.randint(0, 300), 900 + rng.randint(0, 500)
    frames = bytearray()
    for i in range(n):
        v = 0.35 * math.sin(2 * math.pi * f1 * i / rate) + 0.15 * math.sin(2 * math.pi * f2 * i / rate)
        v *= 0.5 + 0.5 * math.sin(2 * math.pi * 1.5 * i / rate)
        frames += struct.pack("<h", int(v * 12000))
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(bytes(frames))
    return out.getvalue()


def mp3_silence(frames: int, *, title: str | None = None) -> bytes:
    """MPEG-1 Layer III, 32 kbit/s, 32 kHz, mono: 144-byte frames whose side info is all zero
    (part2_3_length 0), i.e. valid silent frames.  Optional ID3v2.3 tag with a TIT2 frame."""
    header = bytes([0xFF, 0xFB, 0x18, 0xC4])
    frame = header + bytes(140)
    tag = b""
    if title is not None:
        text = b"\x01" + title.encode("utf-16")  # encoding 1 = UTF-16 with BOM
        tag = id3v23(b"TIT2" + struct.pack(">I", len(text)) + b"\x00\x00" + text)
    return tag + frame * frames


def _fullbox(kind: bytes, version: int, flags: int, *payload: bytes) -> bytes:
    return _box(kind, struct.pack(">I", (version << 24) | flags), *payload)


def m4a_silence(frames: int, *, rate: int = 16000) -> bytes:
    """A minimal but complete MP4 audio file (ftyp M4A, moov with one AAC-LC mono track,
    mdat of silent 4-byte raw AAC frames)."""
    aac = b"\x01\x40\x20\x07"
    asc = bytes([0x14, 0x08])  # AAC-LC, 16000 Hz, mono
    duration = frames * 1024
    mvhd = _fullbox(b"mvhd", 0, 0, struct.pack(">IIII", 0, 0, rate, duration), struct.pack(">IH", 0x00010000, 0x0100),
                    bytes(10), struct.pack(">9I", 0x00010000, 0, 0, 0, 0x00010000, 0, 0, 0, 0x40000000),
                    bytes(24), struct.pack(">I", 2))
    tkhd = _fullbox(b"tkhd", 0, 7, struct.pack(">IIIII", 0, 0, 1, 0, duration), bytes(8),
                    struct.pack(">hhhH", 0, 0, 0x0100, 0),
                    struct.pack(">9I", 0x00010000, 0, 0, 0, 0x00010000, 0, 0, 0, 0x40000000), struct.pack(">II", 0, 0))
    mdhd = _fullbox(b"mdhd", 0, 0, struct.pack(">IIII", 0, 0, rate, duration), struct.pack(">HH", 0x55C4, 0))
    hdlr = _fullbox(b"hdlr", 0, 0, struct.pack(">I", 0), b"soun", bytes(12), b"SoundHandler\x00")
    smhd = _fullbox(b"smhd", 0, 0, struct.pack(">hH", 0, 0))
    dref = _fullbox(b"dref", 0, 0, struct.pack(">I", 1), _fullbox(b"url ", 0, 1))
    dinf = _box(b"dinf", dref)
    dec_specific = b"\x05" + bytes([len(asc)]) + asc
    dec_config = b"\x04" + bytes([13 + len(dec_specific)]) + bytes([0x40, 0x15]) + bytes(3) + \
        struct.pack(">II", 32000, 32000) + dec_specific
    sl = b"\x06\x01\x02"
    es = b"\x03" + bytes([3 + len(dec_config) + len(sl)]) + struct.pack(">HB", 1, 0) + dec_config + sl
    esds = _fullbox(b"esds", 0, 0, es)
    mp4a = _box(b"mp4a", bytes(6), struct.pack(">H", 1), bytes(8), struct.pack(">HHHH", 1, 16, 0, 0),
                struct.pack(">I", rate << 16), esds)
    stsd = _fullbox(b"stsd", 0, 0, struct.pack(">I", 1), mp4a)
    stts = _fullbox(b"stts", 0, 0, struct.pack(">III", 1, frames, 1024))
    stsc = _fullbox(b"stsc", 0, 0, struct.pack(">IIII", 1, 1, frames, 1))
    stsz = _fullbox(b"stsz", 0, 0, struct.pack(">II", len(aac), frames))
    ftyp = M4A_FTYP

    def build(chunk_offset: int) -> bytes:
        stco = _fullbox(b"stco", 0, 0, struct.pack(">II", 1, chunk_offset))
        stbl = _box(b"stbl", stsd, stts, stsc, stsz, stco)
        minf = _box(b"minf", smhd, dinf, stbl)
        mdia = _box(b"mdia", mdhd, hdlr, minf)
        trak = _box(b"trak", tkhd, mdia)
        return _box(b"moov", mvhd, trak)

    moov = build(0)
    offset = len(ftyp) + len(moov) + 8
    moov = build(offset)
    return ftyp + moov + _box(b"mdat", aac * frames)


# ---------------------------------------------------------- office files
def _rezip(data: bytes, creator: str | None = None) -> bytes:
    """Rewrite an OOXML zip with fixed timestamps and fixed core properties."""
    def core(blob: bytes) -> bytes:
        text = blob.decode("utf-8")
        text = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)",
                      r"\g<1>2026-03-01T01:00:00Z\g<3>", text)
        if creator:
            text = re.sub(r"<dc:creator>[^<]*</dc:creator>", f"<dc:creator>{creator}</dc:creator>", text)
            text = re.sub(r"(<dc:creator [^>]*>)[^<]*(</dc:creator>)", rf"\g<1>{creator}\g<2>", text)
        text = re.sub(r"<cp:lastModifiedBy>[^<]*</cp:lastModifiedBy>", "", text)
        return text.encode("utf-8")
    return repack_zip(data, FIXED_ZIP_TIME, mode=0o600, core=core)


def docx_form(title: str, rows: list[tuple[str, str]], *, intro: str | None = None,
              footer: str | None = None, creator: str = "Administrator") -> bytes:
    import docx

    d = docx.Document()
    d.core_properties.author = creator
    d.core_properties.created = local(2026, 3, 1, 9, 0, 0)
    d.core_properties.modified = local(2026, 3, 1, 9, 0, 0)
    d.core_properties.last_modified_by = creator
    d.core_properties.revision = 1
    d.add_heading(title, level=1)
    if intro:
        d.add_paragraph(intro)
    table = d.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].text = value
    if footer:
        d.add_paragraph(footer)
    return _rezip(saved(d), creator)


def xlsx_sheet(sheets: list[tuple[str, list[list]]], *, creator: str = "Administrator",
               widths: dict[str, float] | None = None) -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, datetime):
                    cell.number_format = "yyyy-mm-dd hh:mm" if (cell.value.hour or cell.value.minute) else "yyyy-mm-dd"
        for col, w in (widths or {}).items():
            ws.column_dimensions[col].width = w
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = None
    fixed = local(2026, 3, 1, 1, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    return _rezip(saved(wb), creator)


def pdf_text(lines: list[str]) -> bytes:
    """A one-page PDF 1.4 with Helvetica ASCII text and a correct xref table."""
    content = "BT /F1 11 Tf 56 780 Td 14 TL\n" + "".join(f"({pdf_escape(line)}) '\n" for line in lines) + "ET\n"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        "/Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        f"<< /Length {len(content.encode('latin-1'))} >>\nstream\n{content}endstream",
    ]
    return pdf_file([o.encode("latin-1") for o in objs])


def zip_of(files: list[tuple[str, bytes]]) -> bytes:
    """A zip as Windows' 'send to compressed folder' makes it (UTF-8 names flagged)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in files:
            zi = zipfile.ZipInfo(name, date_time=(2026, 7, 3, 16, 20, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, blob)
    return out.getvalue()
