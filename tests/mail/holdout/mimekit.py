"""Hand-rolled MIME writer used by generate.py (holdout set).

Everything here writes bytes the way the named mail clients write them:
CRLF line ends, client-specific boundaries, charsets, transfer encodings
and file-name encodings.  Nothing here uses the `email` package for
writing, so the bytes are exactly what we decide.  Deterministic: all
randomness comes from the random.Random passed in.
"""
from __future__ import annotations

import base64
import html as htmlmod
import io
import math
import re
import struct
import urllib.parse
import zipfile
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

CST = timezone(timedelta(hours=8))
CRLF = "\r\n"
CRLFb = b"\r\n"
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MO = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
PREAMBLE = "This is a multi-part message in MIME format.\r\n"


# --------------------------------------------------------------------------
# small encoders
# --------------------------------------------------------------------------
def rfcdate(dt: datetime, pad: bool = True, cst: bool = False) -> str:
    d = f"{dt.day:02d}" if pad else str(dt.day)
    s = f"{WD[dt.weekday()]}, {d} {MO[dt.month - 1]} {dt.year} {dt:%H:%M:%S} +0800"
    return s + (" (CST)" if cst else "")


def crlf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def b64(data: bytes, width: int = 76) -> bytes:
    s = base64.b64encode(data)
    return CRLFb.join(s[i:i + width] for i in range(0, len(s), width))


def qp(data: bytes) -> bytes:
    """Quoted-printable (RFC 2045) of CRLF text, soft breaks at 76."""
    out = []
    for line in data.split(CRLFb):
        toks = []
        for i, b in enumerate(line):
            if b == 0x3D or b > 126 or (b < 32 and b != 9):
                toks.append(f"={b:02X}")
            elif b in (9, 32) and i == len(line) - 1:
                toks.append(f"={b:02X}")
            else:
                toks.append(chr(b))
        cur = ""
        for t in toks:
            if len(cur) + len(t) > 75:
                out.append(cur + "=")
                cur = ""
            cur += t
        out.append(cur)
    return CRLF.join(out).encode("ascii")


def ew_list(s: str, charset: str, codec: str, maxbytes: int = 45) -> list[str]:
    """RFC 2047 B-encoded words, never splitting a character."""
    words, cur = [], b""
    for ch in s:
        bch = ch.encode(codec)
        if cur and len(cur) + len(bch) > maxbytes:
            words.append(cur)
            cur = b""
        cur += bch
    if cur:
        words.append(cur)
    return [f"=?{charset}?B?{base64.b64encode(w).decode()}?=" for w in words]


def ew_one(s: str, charset: str, codec: str) -> str:
    return f"=?{charset}?B?{base64.b64encode(s.encode(codec)).decode()}?="


def is_ascii(s: str) -> bool:
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def subject_lines(s: str, charset: str, codec: str, maxbytes: int = 45) -> list[str]:
    if is_ascii(s):
        return [f"Subject: {s}"]
    words = ew_list(s, charset, codec, maxbytes)
    return [f"Subject: {words[0]}"] + [f" {w}" for w in words[1:]]


def addr_hdr(hname: str, name: str | None, addr: str, charset: str, codec: str,
             quoted: bool = True, angle_only: bool = False) -> str:
    if not name:
        return f"{hname}: <{addr}>" if angle_only else f"{hname}: {addr}"
    if is_ascii(name):
        return f'{hname}: "{name}" <{addr}>' if quoted else f"{hname}: {name} <{addr}>"
    w = ew_one(name, charset, codec)
    return f'{hname}: "{w}" <{addr}>' if quoted else f"{hname}: {w} <{addr}>"


def rfc2231(name: str) -> str:
    return "utf-8''" + urllib.parse.quote(name.encode("utf-8"), safe="!#$&+-.^_`|~")


# --------------------------------------------------------------------------
# parts
# --------------------------------------------------------------------------
@dataclass
class P:
    headers: list  # list[str | bytes], one physical line each (no CRLF)
    body: bytes

    def render(self) -> bytes:
        hs = [h.encode("ascii") if isinstance(h, str) else h for h in self.headers]
        return CRLFb.join(hs) + CRLFb + CRLFb + self.body


def multipart(sub: str, boundary: str, parts: list[P], preamble: str | None = PREAMBLE,
              params: list[str] | None = None, one_line: bool = False) -> P:
    if one_line:
        hs = [f'Content-Type: multipart/{sub}; boundary="{boundary}"']
    else:
        hs = [f"Content-Type: multipart/{sub};"] + [f"\t{p};" for p in (params or [])] + [f'\tboundary="{boundary}"']
    out = b""
    if preamble:
        out += preamble.encode("ascii")
    first = True
    for p in parts:
        if first and not preamble:
            out += b"--" + boundary.encode() + CRLFb
        else:
            out += CRLFb + b"--" + boundary.encode() + CRLFb
        first = False
        out += p.render()
    out += CRLFb + b"--" + boundary.encode() + b"--" + CRLFb
    return P(hs, out)


def message(headers: list, top: P) -> bytes:
    hs = [h.encode("ascii") if isinstance(h, str) else h for h in headers + top.headers]
    return CRLFb.join(hs) + CRLFb + CRLFb + top.body


# --------------------------------------------------------------------------
# attachments
# --------------------------------------------------------------------------
AUDIO = (".mp3", ".amr", ".m4a", ".wav", ".aac")
IMAGE = (".png", ".jpg", ".jpeg", ".gif", ".bmp")
FORM = (".doc", ".docx", ".xls", ".xlsx", ".pdf")


def role_of(filename: str) -> str:
    f = filename.lower()
    if f.endswith(AUDIO):
        return "recording"
    if f.endswith(IMAGE):
        return "screenshot"
    if f.endswith(FORM):
        return "form"
    return "other"


@dataclass
class Att:
    filename: str
    data: bytes
    ctype: str            # declared Content-Type (as written)
    detected: str         # real type of the bytes
    inline: bool = False
    style: str | None = None  # name-encoding style override
    cid: str | None = None
    text: str = ""        # readable text inside (forms), for alias/label checks
    raw_part: bool = False  # message/rfc822: body is data itself (7bit)

    @property
    def role(self) -> str:
        return role_of(self.filename)


def att_part(a: Att, style: str) -> P:
    st = a.style or style
    fn = a.filename
    ct = a.ctype
    body = a.data if a.raw_part else b64(a.data) + CRLFb
    cte = "7bit" if a.raw_part else "base64"
    disp = "inline" if a.inline else "attachment"
    if st in ("qq", "wecom"):
        cs = "gb18030" if st == "qq" else "utf-8"
        w = ew_one(fn, cs, cs)
        hs = [f"Content-Type: {ct};"] + ([] if a.raw_part else [f'\tcharset="{cs}";']) + [f'\tname="{w}"',
              f"Content-Transfer-Encoding: {cte}", f"Content-Disposition: {disp};", f'\tfilename="{w}"']
    elif st in ("foxmail", "outlook"):
        w = fn if is_ascii(fn) else ew_one(fn, "gb2312", "gb18030")
        hs = [f"Content-Type: {ct};", f'\tname="{w}"', f"Content-Transfer-Encoding: {cte}",
              f"Content-Disposition: {disp};", f'\tfilename="{w}"']
    elif st == "coremail":
        w = fn if is_ascii(fn) else ew_one(fn, "GBK", "gbk")
        hs = [f'Content-Type: {ct}; name="{w}"', f"Content-Transfer-Encoding: {cte}",
              f'Content-Disposition: {disp}; filename="{w}"']
    elif st == "apple":
        w = fn if is_ascii(fn) else ew_one(fn, "utf-8", "utf-8")
        v = rfc2231(fn)
        if len(v) > 60:
            chunks = [v[i:i + 60] for i in range(0, len(v), 60)]
            # don't split a %XX escape
            fixed, carry = [], ""
            for c in chunks:
                c = carry + c
                m = re.search(r"%[0-9A-F]?$", c)
                carry = c[m.start():] if m else ""
                fixed.append(c[:m.start()] if m else c)
            if carry:
                fixed[-1] += carry
            dl = [f"Content-Disposition: {disp};"] + [
                f"\tfilename*{i}*={c}{';' if i < len(fixed) - 1 else ''}" for i, c in enumerate(fixed)]
        else:
            dl = [f"Content-Disposition: {disp};", f"\tfilename*={v}"]
        hs = dl + [f"Content-Type: {ct};", "\tx-unix-mode=0644;", f'\tname="{w}"',
                   f"Content-Transfer-Encoding: {cte}"]
        if a.cid:
            hs.append(f"Content-Id: <{a.cid}>")
    elif st == "iphone":
        hs = [f"Content-Type: {ct};", f"\tname={fn};", f"\tx-apple-part-url={a.cid}",
              f"Content-Disposition: {disp};", f"\tfilename={fn}", f"Content-Transfer-Encoding: {cte}"]
    elif st == "raw8":
        raw = fn.encode("gbk")
        hs = [f"Content-Type: {ct}; name=\"".encode() + raw + b'"',
              f"Content-Transfer-Encoding: {cte}",
              f"Content-Disposition: {disp}; filename=\"".encode() + raw + b'"']
    elif st == "outlook_inline":
        hs = [f"Content-Type: {ct};", f'\tname="{fn}"', f"Content-Description: {fn}",
              "Content-Disposition: inline;", f'\tfilename="{fn}"; size={len(a.data)};',
              '\tcreation-date="Thu, 10 Sep 2026 02:40:11 GMT";',
              '\tmodification-date="Thu, 10 Sep 2026 02:40:11 GMT"',
              f"Content-ID: <{a.cid}>", f"Content-Transfer-Encoding: {cte}"]
    elif st == "utf8plain":
        w = ew_one(fn, "UTF-8", "utf-8")
        hs = [f'Content-Type: {ct}; name="{w}"', f"Content-Transfer-Encoding: {cte}",
              f'Content-Disposition: {disp}; filename="{w}"']
    else:
        raise ValueError(st)
    return P(hs, body)


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
    frames = seconds * 50
    return b"#!AMR\n" + b"".join(b"\x3c" + rng.randbytes(31) for _ in range(frames))


def mp3(rng, seconds=10) -> bytes:
    tit = "通话录音".encode("utf-16")
    frame = b"TIT2" + struct.pack(">I", len(tit) + 1) + b"\x00\x00" + b"\x01" + tit
    size = len(frame)
    ss = bytes([(size >> 21) & 0x7F, (size >> 14) & 0x7F, (size >> 7) & 0x7F, size & 0x7F])
    out = b"ID3\x03\x00\x00" + ss + frame
    n = int(seconds * 44100 / 1152)
    for _ in range(n):
        out += b"\xff\xfb\x90\x64" + rng.randbytes(413)
    return out


def _box(t: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", 8 + len(payload)) + t + payload


def m4a(rng, seconds=10) -> bytes:
    ftyp = _box(b"ftyp", b"M4A " + struct.pack(">I", 0) + b"M4A mp42isom\x00\x00\x00\x00")
    mdat = _box(b"mdat", rng.randbytes(seconds * 2000))
    mvhd = _box(b"mvhd", b"\x00" * 4 + struct.pack(">IIII", 0, 0, 1000, seconds * 1000) + b"\x00" * 80)
    moov = _box(b"moov", mvhd)
    return ftyp + _box(b"free", b"") + mdat + moov


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
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    objs = []
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(pages))
    objs.append("<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>")
    font_no = 3 + 2 * pages
    for i in range(pages):
        body = "BT /F1 11 Tf 64 780 Td 15 TL " + " ".join(f"({esc(line)}) '" for line in lines) + \
               f" (Page {i + 1}/{pages}) ' ET"
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {4 + 2 * i} 0 R "
                    f"/Resources << /Font << /F1 {font_no} 0 R >> >> >>")
        objs.append(f"<< /Length {len(body)} >>\nstream\n{body}\nendstream")
    objs.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += f"{i + 1} 0 obj\n{o}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


FIXED_ZIP_TIME = (2026, 8, 1, 9, 0, 0)


def normalize_zip(data: bytes, when: str = "2026-08-01T01:00:00Z", author: str | None = None) -> bytes:
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zo:
        for info in zin.infolist():
            b = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                b = re.sub(rb"(<dcterms:created[^>]*>)[^<]*", rb"\g<1>" + when.encode(), b)
                b = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + when.encode(), b)
                if author:
                    a = author.encode("utf-8")
                    b = re.sub(rb"<dc:creator>[^<]*</dc:creator>", b"<dc:creator>" + a + b"</dc:creator>", b)
                    b = re.sub(rb"(<dc:creator [^>]*>)[^<]*", rb"\g<1>" + a, b)
                    b = b.replace(b"<dc:description>generated by python-docx</dc:description>", b"<dc:description/>")
                    b = b.replace(b"<cp:lastModifiedBy/>", b"<cp:lastModifiedBy>" + a + b"</cp:lastModifiedBy>")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zo.writestr(zi, b)
    return out.getvalue()


def docx_form(title: str, rows: list, author: str, header_row: list | None = None,
              paras_after: list[str] | None = None) -> tuple[bytes, str]:
    """A Word form: a title, then a table. rows are [label, value] (2 columns)
    or, with header_row, a header-row table listing several leads."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    d = docx.Document()
    p = d.add_paragraph()
    r = p.add_run(title)
    r.bold = True
    r.font.size = Pt(16)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    ncol = len(header_row) if header_row else 2
    all_rows = ([header_row] if header_row else []) + rows
    t = d.add_table(rows=len(all_rows), cols=ncol)
    t.style = "Table Grid"
    for i, row in enumerate(all_rows):
        for j, v in enumerate(row):
            t.cell(i, j).text = str(v)
    for s in paras_after or []:
        d.add_paragraph(s)
    buf = io.BytesIO()
    d.save(buf)
    text = "\n".join([title] + ["\t".join(str(v) for v in row) for row in all_rows] + (paras_after or []))
    return normalize_zip(buf.getvalue(), author=author), text


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
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue(), author=author), "\n".join(texts)


def html_escape(s: str) -> str:
    return htmlmod.escape(s, quote=False)
