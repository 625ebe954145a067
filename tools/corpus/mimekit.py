"""The shared toolkit of the corpus generators: bytes as mail clients write them.

Nothing here uses the ``email`` package for writing, so the bytes are exactly
what a generator decides: CRLF line ends, encoded words, transfer encodings,
multipart bodies, and the containers inside attachments (MP4 boxes, PDF
files, re-packed OOXML zips with fixed dates).  Every function is
deterministic; randomness only ever comes from a ``random.Random`` passed in.

Each set keeps what is its own (client header styles, drawings, texts); what
two sets write the same way lives here once.
"""

from __future__ import annotations

import base64
import html
import io
import re
import struct
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

CRLF = b"\r\n"
CST = timezone(timedelta(hours=8))  # Asia/Shanghai: every partner writes in it
HQ = "dor@ptg139.com"
CT_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
CT_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
# what most clients put before the first boundary (the preamble, its line end included)
PREAMBLE = b"This is a multi-part message in MIME format.\r\n"


# --------------------------------------------------------------------------
# times
# --------------------------------------------------------------------------
def local(y: int, mo: int, d: int, h: int = 0, mi: int = 0, s: int = 0) -> datetime:
    """A naive Asia/Shanghai wall-clock time: Excel cells and Word/Excel properties hold no zone."""
    return datetime(y, mo, d, h, mi, s, tzinfo=CST).replace(tzinfo=None)


def rfcdate(d: datetime, pad: bool = True, cst: bool = False) -> str:
    """RFC 5322 date as the clients write it ('Tue, 07 Jul 2026 09:05:00 +0800', optionally ' (CST)').

    The zone is the datetime's own offset; a naive time is taken as +0800."""
    off = d.utcoffset()
    mins = 480 if off is None else int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    day = f"{d.day:02d}" if pad else str(d.day)
    s = f"{WEEKDAYS[d.weekday()]}, {day} {MONTHS[d.month - 1]} {d.year} {d:%H:%M:%S} {sign}{mins // 60:02d}{mins % 60:02d}"
    return s + (" (CST)" if cst else "")


# --------------------------------------------------------------------------
# text and random ids
# --------------------------------------------------------------------------
def crlf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def is_ascii(s: str) -> bool:
    return s.isascii()


def html_escape(s: str) -> str:
    return html.escape(s, quote=False)


def hexs(rng, n: int, upper: bool = True) -> str:
    s = "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def digits(rng, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


# --------------------------------------------------------------------------
# transfer encodings
# --------------------------------------------------------------------------
def b64(data: bytes, width: int = 76) -> bytes:
    """base64 in lines of ``width``, CRLF between them (no line end after the last)."""
    s = base64.b64encode(data)
    return CRLF.join(s[i:i + width] for i in range(0, len(s), width))


def b64_body(data: bytes, width: int = 76) -> bytes:
    """A base64 part body: the lines of b64() each ended by CRLF."""
    return b64(data, width) + CRLF


def qp(data: bytes, *, keep_last_empty: bool = True) -> bytes:
    """Quoted-printable (RFC 2045) of CRLF text, soft breaks at 76: printable ASCII stays, '=' and
    every other byte is escaped, a space or tab only at the end of a line.

    A text ending in CRLF ends in CRLF; with ``keep_last_empty=False`` that last empty line is
    dropped, as some clients do."""
    out = []
    lines = data.split(CRLF)
    for n, line in enumerate(lines):
        toks = []
        for i, b in enumerate(line):
            if (33 <= b <= 126 and b != 61) or (b in (9, 32) and i != len(line) - 1):
                toks.append(chr(b))
            else:
                toks.append(f"={b:02X}")
        cur = ""
        for t in toks:
            if len(cur) + len(t) > 75:
                out.append(cur + "=")
                cur = ""
            cur += t
        if keep_last_empty or cur or n < len(lines) - 1:
            out.append(cur)
    return "\r\n".join(out).encode("ascii")


# --------------------------------------------------------------------------
# RFC 2047 encoded words
# --------------------------------------------------------------------------
def ew_word(text: str, charset: str, codec: str | None = None, mode: str = "B") -> str:
    """One encoded word; Q mode keeps only ASCII letters and digits literal."""
    raw = text.encode(codec or charset)
    if mode == "B":
        return f"=?{charset}?B?{base64.b64encode(raw).decode()}?="
    q = "".join(chr(b) if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122) else f"={b:02X}" for b in raw)
    return f"=?{charset}?Q?{q}?="


def ew_one(s: str, charset: str, codec: str | None = None) -> str:
    """The whole text as one B-encoded word."""
    return ew_word(s, charset, codec)


def ew_words(s: str, charset: str, codec: str | None = None, maxbytes: int = 45) -> list[str]:
    """B-encoded words of at most ``maxbytes`` raw bytes each, never splitting a character."""
    codec = codec or charset
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


def ew_fit(text: str, charset: str, codec: str | None = None, mode: str = "B", maxlen: int = 75) -> list[str]:
    """Encoded words of at most ``maxlen`` characters each (the word itself), split on characters."""
    words, cur = [], ""
    for ch in text:
        if cur and len(ew_word(cur + ch, charset, codec, mode)) > maxlen:
            words.append(ew_word(cur, charset, codec, mode))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(ew_word(cur, charset, codec, mode))
    return words


# --------------------------------------------------------------------------
# MIME assembly
# --------------------------------------------------------------------------
def header_block(lines: Iterable[str | bytes]) -> bytes:
    """Header lines (str is ASCII, bytes are written as they are), each ended by CRLF."""
    return b"".join((h if isinstance(h, bytes) else h.encode("ascii")) + CRLF for h in lines)


def leaf(headers: Iterable[str | bytes], body: bytes) -> bytes:
    """An entity: its headers, the empty line, its body."""
    return header_block(headers) + CRLF + body


def multipart_body(boundary: str, parts: Iterable[bytes], preamble: bytes | None = None,
                   epilogue: bytes = b"") -> bytes:
    """The body of a multipart entity (RFC 2046): the preamble as written (its line end
    included), each part behind its delimiter, the close delimiter, the epilogue."""
    dash = b"--" + boundary.encode("ascii")
    out = bytearray() if preamble is None else bytearray(preamble + CRLF)
    for p in parts:
        out += dash + CRLF + p + CRLF
    out += dash + b"--" + CRLF + epilogue
    return bytes(out)


@dataclass
class Part:
    """A MIME entity: header lines (str or bytes, folds inside as CRLF+WSP), then either a body
    or, with ``parts``, a multipart body with that boundary, preamble and epilogue."""
    headers: list
    body: bytes = b""
    parts: list[Part] | None = None
    boundary: str | None = None
    preamble: bytes | None = None
    epilogue: bytes = b""

    def render(self) -> bytes:
        head = CRLF.join(h if isinstance(h, bytes) else h.encode("ascii") for h in self.headers)
        if self.parts is None:
            return head + CRLF + CRLF + self.body
        body = multipart_body(self.boundary, [p.render() for p in self.parts], self.preamble, self.epilogue)
        return head + CRLF + CRLF + body


# --------------------------------------------------------------------------
# containers inside attachments
# --------------------------------------------------------------------------
def amr(frames: int, payload: Callable[[], bytes]) -> bytes:
    """AMR-NB storage format (RFC 4867 §5): the magic, then 12.2 kbit/s frames (a 0x3C header
    byte and 31 bytes from ``payload()`` each)."""
    return b"#!AMR\n" + b"".join(b"\x3c" + payload() for _ in range(frames))


def box(kind: bytes, *payload: bytes) -> bytes:
    """An ISO BMFF (MP4) box: size, type, payload."""
    body = b"".join(payload)
    return struct.pack(">I", 8 + len(body)) + kind + body


M4A_FTYP = box(b"ftyp", b"M4A " + struct.pack(">I", 0) + b"M4A mp42isom\x00\x00\x00\x00")


def syncsafe(n: int) -> bytes:
    """An ID3v2 size: four 7-bit bytes."""
    return bytes([(n >> 21) & 0x7F, (n >> 14) & 0x7F, (n >> 7) & 0x7F, n & 0x7F])


def id3v23(frames: bytes) -> bytes:
    """An ID3v2.3 tag holding the given frames."""
    return b"ID3\x03\x00\x00" + syncsafe(len(frames)) + frames


def pdf_file(objects: list[bytes], info: int | None = None) -> bytes:
    """A PDF 1.4 file of the given objects (object 1 is the catalog) with a correct xref table."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    trailer = b"<< /Size %d /Root 1 0 R" % (len(objects) + 1) + (b" /Info %d 0 R" % info if info else b"") + b" >>"
    out += b"trailer\n" + trailer + b"\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def pdf_escape(s: str) -> str:
    """A PDF literal string's content."""
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def core_dates(xml: bytes, stamp: str) -> bytes:
    """docProps/core.xml with dcterms:created and dcterms:modified set to ``stamp``."""
    xml = re.sub(rb"(<dcterms:created[^>]*>)[^<]*", rb"\g<1>" + stamp.encode(), xml)
    return re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + stamp.encode(), xml)


def repack_zip(data: bytes, date_time: tuple, *, mode: int = 0o644, create_system: int | None = None,
               core: Callable[[bytes], bytes] | None = None) -> bytes:
    """Re-write an OOXML (zip) file with fixed member dates and modes, deflated, so that
    python-docx/openpyxl output does not depend on the clock; ``core`` rewrites docProps/core.xml."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zo:
        for info in zin.infolist():
            content = zin.read(info.filename)
            if core is not None and info.filename == "docProps/core.xml":
                content = core(content)
            zi = zipfile.ZipInfo(info.filename, date_time=date_time)
            zi.compress_type = zipfile.ZIP_DEFLATED
            if create_system is not None:
                zi.create_system = create_system
            zi.external_attr = mode << 16
            zo.writestr(zi, content)
    return out.getvalue()


def docx_document(title: str | None = None, rows: list | None = None, *, header: list | None = None,
                  paras_before: Iterable[str] = (), paras_after: Iterable[str] = (), centre: bool = False):
    """A python-docx Document as partners' Word forms look: a bold 16 pt title, paragraphs, then a
    'Table Grid' table (rows of cells, with an optional header row; none when rows is None),
    then paragraphs."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    d = docx.Document()
    if title is not None:
        p = d.add_paragraph()
        r = p.add_run(title)
        r.bold = True
        r.font.size = Pt(16)
        if centre:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for s in paras_before:
        d.add_paragraph(s)
    if rows is not None:
        all_rows = ([header] if header else []) + list(rows)
        t = d.add_table(rows=len(all_rows), cols=len(all_rows[0]) if all_rows else 2)
        t.style = "Table Grid"
        for i, row in enumerate(all_rows):
            for j, v in enumerate(row):
                t.cell(i, j).text = v if isinstance(v, str) else str(v)
    for s in paras_after:
        d.add_paragraph(s)
    return d


def fill_sheet(ws, rows: Iterable, number_format: Callable[[object], str | None]) -> None:
    """Append the rows to an openpyxl worksheet, then give every cell the format
    ``number_format(value)`` (None keeps General)."""
    for r in rows:
        ws.append(list(r))
    for row in ws.iter_rows():
        for c in row:
            fmt = number_format(c.value)
            if fmt is not None:
                c.number_format = fmt


def saved(document) -> bytes:
    """The bytes of a python-docx Document or an openpyxl Workbook."""
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()
