"""Reading helpers shared by the corpus checkers (and by generators that label from text).

The checkers parse every fixture with Python's ``email`` package or by hand, never
with maild; what they need to turn bytes back into text the same way lives here.
"""

from __future__ import annotations

import html
import io
import re
import unicodedata
import zipfile
from datetime import date, datetime

from mimekit import CT_DOCX, CT_XLSX

# charset labels whose bytes are read as GB18030 (the superset partners' clients really write)
GB = {"gb2312", "gbk", "x-gbk", "gb18030", "cp936", "euc-cn", "x-euc-cn"}


def nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


def py_codec(charset: str | None) -> str:
    """The Python codec for a MIME charset label: the GB family as GB18030, no label as US-ASCII."""
    cs = (charset or "us-ascii").lower().strip('"')
    return "gb18030" if cs in GB else cs


def decode_2047(s: str) -> str:
    """A header value with its RFC 2047 words decoded (the GB family read as GB18030)."""
    from email.header import decode_header
    out = []
    for chunk, cs in decode_header(s):
        out.append(chunk.decode(py_codec(cs)) if isinstance(chunk, bytes) else chunk)
    return "".join(out)


def decode_text_bytes(b: bytes, charset: str | None = None) -> str:
    """Text bytes in their declared charset, else UTF-8, else GB18030."""
    if charset:
        return b.decode(py_codec(charset))
    try:
        return b.decode("utf-8")
    except UnicodeDecodeError:
        return b.decode("gb18030")


def header_value(headers: list[tuple[str, bytes]], name: str) -> bytes | None:
    """The first raw value of a header in `raw_headers` output, or None."""
    return next((v for k, v in headers if k == name), None)


def decode_raw_header(v: bytes | None) -> str | None:
    """A raw header value as a person reads it: 8-bit bytes as text, else its RFC 2047 words decoded."""
    if v is None:
        return None
    if any(c >= 0x80 for c in v):
        return decode_text_bytes(v)
    return decode_2047(v.decode("ascii"))


def raw_get(part, name: str) -> str | None:
    """A header as written; raw 8-bit bytes (surrogates under compat32) read as UTF-8 or GB18030."""
    for k, v in part.raw_items():
        if k.lower() == name.lower():
            v = v if isinstance(v, str) else str(v)
            if any(0xDC80 <= ord(c) <= 0xDCFF for c in v):
                v = decode_text_bytes(v.encode("ascii", "surrogateescape"))
            return v
    return None


def raw_headers(raw: bytes, lower: bool = False) -> list[tuple[str, bytes]]:
    """The top-level header fields of a message as (name, unfolded raw value), in order."""
    head = raw.split(b"\r\n\r\n", 1)[0]
    unfolded = re.sub(rb"\r\n(?=[ \t])", b"", head)
    out = []
    for line in unfolded.split(b"\r\n"):
        name, _, value = line.partition(b":")
        name = name.decode("ascii").strip()
        out.append((name.lower() if lower else name, value.strip()))
    return out


def sniff(data: bytes, declared: str | None = None, *, wav: str = "audio/wav") -> str:
    """The real type of attachment bytes, by their magic numbers (``wav``: the name a set uses for WAVE)."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith(b"#!AMR"):
        return "audio/amr"
    if data.startswith(b"RIFF") and data[8:12] == b"WAVE":
        return wav
    if data.startswith(b"ID3") or data[:2] in (b"\xff\xfb", b"\xff\xf3", b"\xff\xfa", b"\xff\xf2"):
        return "audio/mpeg"
    if data[:2] in (b"\xff\xf1", b"\xff\xf9"):
        return "audio/aac"
    if data[4:8] == b"ftyp":
        return "audio/mp4"
    if data.startswith(b"%PDF-"):
        return "application/pdf"
    if data.startswith(b"PK\x03\x04"):
        names = zipfile.ZipFile(io.BytesIO(data)).namelist()
        if any(n.startswith("word/") for n in names):
            return CT_DOCX
        if any(n.startswith("xl/") for n in names):
            return CT_XLSX
        return "application/zip"
    if (declared or "").lower() == "message/rfc822" or re.match(rb"[A-Za-z][A-Za-z0-9-]*: ", data):
        return "message/rfc822"
    return "application/octet-stream"


def html_text(s: str, cell: str = "\t") -> str:
    """Readable text of an HTML part: a line per block, ``cell`` after each table cell."""
    s = re.sub(r"(?is)<(style|script)[^>]*>.*?</\1>", "", s)
    s = re.sub(r"(?i)<br\s*/?>|</(div|p|tr|table|li|h\d|blockquote)>", "\n", s)
    s = re.sub(r"(?i)</t[dh]>", cell, s)
    s = re.sub(r"<[^>]+>", "", s)
    return html.unescape(s)


def docx_text(data: bytes, sep: str = "\t") -> str:
    """The paragraphs of a .docx, then each table row with ``sep`` between the cells."""
    import docx
    d = docx.Document(io.BytesIO(data))
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            out.append(sep.join(c.text for c in row.cells))
    return "\n".join(out)


def cell_text(v) -> str:
    """An Excel cell as a partner reads it: dates as YYYY-MM-DD (with HH:MM when not midnight)."""
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d") if (v.hour, v.minute) == (0, 0) else v.strftime("%Y-%m-%d %H:%M")
    if isinstance(v, date):
        return v.strftime("%Y-%m-%d")
    return str(v)


def xlsx_text(data: bytes, sep: str = "\t", *, empty: str | None = "", cell=cell_text) -> str:
    """Every row of every sheet, ``sep`` between the cells; an empty cell reads as ``empty``
    (None: left out)."""
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data))
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            out.append(sep.join(cell(v) if v is not None else empty for v in row if v is not None or empty is not None))
    return "\n".join(out)


def office_text(data: bytes, sep: str = "\t", *, empty: str | None = "") -> str:
    """The text of a .docx or .xlsx (by its bytes); '' for anything else."""
    kind = sniff(data)
    if kind == CT_DOCX:
        return docx_text(data, sep)
    if kind == CT_XLSX:
        return xlsx_text(data, sep, empty=empty)
    return ""
