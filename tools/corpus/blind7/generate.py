#!/usr/bin/env python3
"""Deterministic generator of the blind7 evaluation set (49 labelled partner mails).

Run:  python -B tools/corpus/blind7/generate.py [--out DIR]
      (default: the set into tests/mail/blind7, README.md next to this file;
      with --out, everything into DIR and the checkout is untouched)

The set was written blind: from shared/spec/DOMAIN.md, the seed process document,
shared/samples/ and the shared corpus tools only (blind6's generator and checker for
their structure), never from the parser, its tests or another set's mails.  It is
organised by family of difficulty (traditional Chinese, English / mixed writers, dates,
numbers and id shorthand, filled forms, mail that is not a request, corrections in
threads, short names, clean requests, automatic mail).

Every message is assembled byte by byte the way its mail client writes it (CRLF line
ends, the receiving server's Return-Path / Delivered-To / Received on top).  All
partners, clients, people, phone numbers, lead and case ids are fictitious.  One
random.Random per message (seeded from the entry key), fixed zip member dates and
fixed core.xml dates make a rerun byte-identical.

Needs python-docx, openpyxl and Pillow.
"""
from __future__ import annotations

import base64
import html
import io
import json
import random
import re
import struct
import sys
import unicodedata
import urllib.parse
from datetime import UTC, date, datetime, time, timedelta, timezone
from pathlib import Path

from PIL import Image, ImageDraw

sys.path.insert(1, str(Path(__file__).resolve().parents[1]))  # tools/corpus: the shared modules

import layout
import rules
from mimekit import (
    CRLF,
    CT_DOCX,
    CT_XLSX,
    M4A_FTYP,
    MONTHS,
    b64_body,
    box,
    crlf,
    ew_fit,
    ew_one,
    ew_words,
    header_block,
    id3v23,
    leaf,
    multipart_body,
    pdf_file,
    qp,
    repack_zip,
    rfcdate,
    saved,
)
from mimekit import amr as amr_container

SET = "blind7"
SEED = "maild-blind7-2026"
TZ = timezone(timedelta(hours=8))
ZIP_DT = (2026, 1, 5, 9, 0, 0)
HQ = "dor@ptg139.com"
HQ_NAME = "总部商机服务"
ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
HEXU = "0123456789ABCDEF"
HEXL = "0123456789abcdef"
LOWER = "abcdefghijklmnopqrstuvwxyz0123456789"

# the Python codec that writes each declared charset label (clients that declare gb2312 write GB18030)
CODEC = {"gb2312": "gb18030", "GB2312": "gb18030", "gbk": "gbk", "GBK": "gbk", "gb18030": "gb18030",
         "GB18030": "gb18030", "big5": "big5", "Big5": "big5", "BIG5": "big5", "big5-hkscs": "big5hkscs",
         "utf-8": "utf-8", "UTF-8": "utf-8"}


def R(key):
    return random.Random(f"{SEED}:{key}")


def dt(y, mo, d, h, mi, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=TZ)


def iso(y, mo, d, h, mi):
    return dt(y, mo, d, h, mi).isoformat()


def rs(rng, n, alphabet=ALNUM):
    return "".join(rng.choice(alphabet) for _ in range(n))


def uuid_like(rng, upper=True):
    a = HEXU if upper else HEXL
    return "-".join(rs(rng, k, a) for k in (8, 4, 4, 4, 12))


def enc(text, charset):
    return text.encode(CODEC[charset])


# --------------------------------------------------------------------------
# header encodings
# --------------------------------------------------------------------------

def subj_header(s, charset, maxbytes=45, name="Subject"):
    """An unstructured header, ASCII as is, otherwise folded B-encoded words."""
    if s.isascii():
        return f"{name}: {s}"
    return f"{name}: " + "\r\n ".join(ew_words(s, charset, CODEC[charset], maxbytes))


def from_header(display, addr, charset, quoted=True, name="From"):
    if display.isascii():
        return f'{name}: "{display}" <{addr}>' if quoted else f"{name}: {display} <{addr}>"
    w = ew_one(display, charset, CODEC[charset])
    return f'{name}: "{w}" <{addr}>' if quoted else f"{name}: {w} <{addr}>"


def rfc2231_params(param, text, charset="UTF-8", width=60):
    """RFC 2231 parameter lines: one ``filename*=`` or continuations ``filename*0*=`` ...
    (never splitting a %XX escape)."""
    pct = urllib.parse.quote(text.encode(CODEC.get(charset, charset)), safe="")
    if len(pct) <= width:
        return [f"{param}*={charset}''{pct}"]
    segs, cur = [], ""
    i = 0
    while i < len(pct):
        tok = pct[i:i + 3] if pct[i] == "%" else pct[i]
        if len(cur) + len(tok) > width:
            segs.append(cur)
            cur = ""
        cur += tok
        i += len(tok)
    segs.append(cur)
    return [f"{param}*{n}*={charset}''{s}" if n == 0 else f"{param}*{n}*={s}" for n, s in enumerate(segs)]


# --------------------------------------------------------------------------
# bodies: blocks of text and tables; per client HTML
# --------------------------------------------------------------------------

class Table:
    def __init__(self, rows):
        self.rows = rows


class Quote:
    """Earlier mail below the new text: ``plain`` as the client writes it in text/plain,
    ``head``/``body`` for the HTML forms."""

    def __init__(self, plain, head, body):
        self.plain = plain
        self.head = head
        self.body = body


def plain_of(blocks, sep="\t"):
    out = []
    for b in blocks:
        if isinstance(b, Table):
            out.append("\n".join(sep.join(r) for r in b.rows))
        elif isinstance(b, Quote):
            out.append(b.plain)
        else:
            out.append(b)
    return "\n".join(out)


def esc(s):
    return html.escape(s, quote=False)


def divs(text):
    return "".join(f"<div>{esc(x)}</div>" if x.strip() else "<div><br></div>" for x in text.split("\n"))


def brs(text):
    return "<br>".join(esc(x) for x in text.split("\n"))


def ps(text):
    return "".join(f"<p>{esc(x)}</p>" if x.strip() else "<p>&nbsp;</p>" for x in text.split("\n"))


def table_html(t, cell='<td style="border:1px solid #a0a0a0;padding:3px 6px">%s</td>',
               attrs='border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse"'):
    body = "".join("<tr>" + "".join(cell % esc(c) for c in r) + "</tr>" for r in t.rows)
    return f"<table {attrs}><tbody>{body}</tbody></table>"


def html_blocks(blocks, quote, para=divs, table=table_html):
    out = ""
    for b in blocks:
        if isinstance(b, Table):
            out += table(b)
        elif isinstance(b, Quote):
            out += quote(b)
        else:
            out += para(b)
    return out


def bq_quote(q):
    return ('<div><br></div><div>' + divs(q.head) + '</div><blockquote style="margin:0 0 0 .8ex;'
            'border-left:1px #ccc solid;padding-left:1ex">' + divs(q.body) + "</blockquote>")


def word_html(blocks, charset, lang, font):
    """Outlook (Word) HTML."""
    head = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            f'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset={charset}">'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\n'
            f'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:{font};}}\n'
            f'span.EmailStyle17\n\t{{mso-style-type:personal-compose;\n\tfont-family:{font};}}\n'
            f'--></style></head><body lang={lang} link="#0563C1" vlink="#954F72" style=\'word-wrap:break-word\'>'
            '<div class=WordSection1>')

    def p(x):
        return "<p class=MsoNormal>" + (esc(x) if x.strip() else "<o:p>&nbsp;</o:p>") + "<o:p></o:p></p>"

    out = head
    for b in blocks:
        if isinstance(b, Table):
            out += "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>"
            for r in b.rows:
                out += "<tr>" + "".join("<td valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>"
                                        + p(c) + "</td>" for c in r) + "</tr>"
            out += "</table>"
        elif isinstance(b, Quote):
            out += ("<div><div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
                    + "".join(p(x) for x in b.head.split("\n")) + "</div></div>" + "".join(p(x) for x in b.body.split("\n")))
        else:
            out += "".join(p(x) for x in b.split("\n"))
    return out + "</div></body></html>"


# --------------------------------------------------------------------------
# attachment payloads (all drawn or built here)
# --------------------------------------------------------------------------

def scribble(d, rng, x0, y0, width, ink=(40, 40, 40), hgt=12):
    x = x0
    while x < x0 + width:
        cw = rng.randint(9, 12)
        for _ in range(rng.randint(2, 5)):
            ax, ay = x + rng.randint(0, cw), y0 + rng.randint(0, hgt)
            col = tuple(max(0, min(255, c + rng.randint(-20, 20))) for c in ink)
            if rng.random() < 0.5:
                d.line([ax, ay, x + rng.randint(0, cw), ay], fill=col)
            else:
                d.line([ax, ay, ax, y0 + rng.randint(0, hgt)], fill=col)
        x += cw + 4


def phone_screen(rng, w, h, rows=8, style="chat"):
    """A phone screenshot: a status bar, a title bar, then chat bubbles, list rows or a search
    result card of scribbled 'text'."""
    bg = {"chat": (237, 237, 237), "list": (244, 244, 246), "search": (255, 255, 255)}[style]
    im = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, w, 26], fill=(252, 252, 252))
    d.text((12, 7), "14:0" + str(rng.randint(0, 9)), fill=(10, 10, 10))
    d.rectangle([w - 36, 9, w - 12, 17], outline=(20, 20, 20))
    d.rectangle([0, 26, w, 74], fill=(247, 247, 247))
    d.line([0, 74, w, 74], fill=(214, 214, 214))
    for x in range(w // 2 - 36, w // 2 + 36, 12):
        d.rectangle([x, 42, x + 8, 54], fill=(30, 30, 30))
    y = 88
    if style == "search":
        d.rounded_rectangle([14, y, w - 14, y + 34], radius=8, fill=(240, 240, 240))
        scribble(d, rng, 40, y + 11, rng.randint(80, 160))
        y += 60
        d.ellipse([w // 2 - 40, y, w // 2 + 40, y + 80], outline=(190, 190, 190), width=3)
        y += 100
        scribble(d, rng, w // 2 - 70, y, 140, ink=(150, 150, 150))
        return im
    for _ in range(rows):
        if style == "chat":
            mine = rng.random() < 0.5
            n = rng.randint(1, 3)
            bw = rng.randint(w // 3, int(w * 0.66))
            bh = 12 + 20 * n
            x0 = w - 58 - bw if mine else 58
            d.rectangle([w - 50 if mine else 10, y, w - 10 if mine else 50, y + 40],
                        fill=(rng.randint(60, 200), rng.randint(60, 200), rng.randint(60, 200)))
            d.rounded_rectangle([x0, y, x0 + bw, y + bh], radius=6, fill=(149, 236, 105) if mine else (255, 255, 255))
            for k in range(n):
                scribble(d, rng, x0 + 10, y + 8 + 20 * k, bw - 24 if k < n - 1 else rng.randint(bw // 4, bw - 24))
            y += bh + 20
        else:
            d.rectangle([0, y, w, y + 58], fill=(255, 255, 255))
            d.ellipse([14, y + 12, 46, y + 44], fill=(rng.randint(80, 200), 130, rng.randint(80, 200)))
            scribble(d, rng, 60, y + 10, rng.randint(90, 180))
            scribble(d, rng, 60, y + 32, rng.randint(60, 140), ink=(120, 120, 120))
            scribble(d, rng, w - 90, y + 20, 60, ink=(120, 120, 120))
            d.line([60, y + 58, w, y + 58], fill=(226, 226, 226))
            y += 60
        if y > h - 90:
            break
    d.rectangle([0, h - 50, w, h], fill=(246, 246, 246))
    return im


def png(rng, w=360, h=740, rows=8, style="chat"):
    buf = io.BytesIO()
    phone_screen(rng, w, h, rows, style).save(buf, "PNG")
    return buf.getvalue()


def jpg_of(im, rng, quality):
    px = im.load()
    w, h = im.size
    for yy in range(0, h, 3):
        for xx in range(0, w, 3):
            r, g, b = px[xx, yy]
            n = rng.randint(-5, 5)
            px[xx, yy] = (max(0, min(255, r + n)), max(0, min(255, g + n)), max(0, min(255, b + n)))
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=quality)
    return buf.getvalue()


def jpg(rng, w=360, h=740, rows=7, style="chat", quality=82):
    return jpg_of(phone_screen(rng, w, h, rows, style), rng, quality)


def paper(rng, w=620, h=877, stamp=True):
    """A scanned A4 page: a title, lines of 'text', a table grid, a red seal."""
    im = Image.new("RGB", (w, h), (250, 249, 244))
    d = ImageDraw.Draw(im)
    scribble(d, rng, w // 2 - 90, 50, 180, hgt=16)
    y = 110
    for _ in range(5):
        scribble(d, rng, 60, y, rng.randint(300, w - 120))
        y += 28
    y += 10
    for r in range(8):
        d.line([60, y + 30 * r, w - 60, y + 30 * r], fill=(60, 60, 60))
    for x in (60, 110, 360, w - 60):
        d.line([x, y, x, y + 30 * 7], fill=(60, 60, 60))
    for r in range(7):
        scribble(d, rng, 70, y + 30 * r + 9, 25)
        scribble(d, rng, 120, y + 30 * r + 9, rng.randint(80, 220))
    y += 30 * 7 + 40
    scribble(d, rng, 60, y, 200)
    if stamp:
        cx, cy = w - 170, y + 20
        d.ellipse([cx - 55, cy - 55, cx + 55, cy + 55], outline=(210, 40, 40), width=4)
        d.polygon([(cx, cy - 18), (cx + 6, cy - 4), (cx + 20, cy - 4), (cx + 9, cy + 5), (cx + 13, cy + 19),
                   (cx, cy + 10), (cx - 13, cy + 19), (cx - 9, cy + 5), (cx - 20, cy - 4), (cx - 6, cy - 4)],
                  fill=(210, 40, 40))
    return im


def poster(rng, w=640, h=900):
    """A holiday-notice poster: red ground, a gold title band, lines of 'text'."""
    im = Image.new("RGB", (w, h), (196, 28, 36))
    d = ImageDraw.Draw(im)
    d.rectangle([40, 60, w - 40, 200], fill=(240, 200, 90))
    scribble(d, rng, w // 2 - 130, 110, 260, ink=(150, 20, 20), hgt=30)
    y = 260
    for _ in range(12):
        scribble(d, rng, 80, y, rng.randint(260, w - 160), ink=(250, 235, 200))
        y += 40
    for k in range(6):
        x = rng.randint(40, w - 80)
        d.ellipse([x, h - 160 + k * 10, x + 40, h - 120 + k * 10], fill=(240, 200, 90))
    return im


def amr(rng, seconds):
    return amr_container(seconds * 50, lambda: bytes(rng.getrandbits(8) for _ in range(31)))


def m4a(rng, seconds):
    mvhd = box(b"mvhd", struct.pack(">B3xIIII", 0, 3860000000, 3860000000, 1000, seconds * 1000)
               + struct.pack(">IH10x", 0x00010000, 0x0100) + struct.pack(">9I", 0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000)
               + b"\x00" * 24 + struct.pack(">I", 2))
    return M4A_FTYP + box(b"moov", mvhd) + box(b"mdat", bytes(rng.getrandbits(8) for _ in range(seconds * 400)))


def mp3(rng, seconds, title="回访录音"):
    t = title.encode("utf-16")
    frame = b"TIT2" + struct.pack(">I", len(t) + 1) + b"\x00\x00" + b"\x01" + t
    out = bytearray(id3v23(frame))
    for _ in range(int(seconds * 38.28)):  # MPEG-2 layer III, 8 kbit/s, 22.05 kHz: 26-byte frames
        out += b"\xff\xf3\x10\xc4" + bytes(rng.getrandbits(8) for _ in range(22))
    return bytes(out)


def wav(rng, seconds, rate=8000):
    """RIFF WAVE, 8-bit unsigned PCM mono (a recorder's call file)."""
    n = seconds * rate
    data = bytes(128 + rng.randint(-14, 14) for _ in range(n))
    fmt = struct.pack("<HHIIHH", 1, 1, rate, rate, 1, 8)
    return (b"RIFF" + struct.pack("<I", 4 + 8 + 16 + 8 + n) + b"WAVE" + b"fmt " + struct.pack("<I", 16) + fmt
            + b"data" + struct.pack("<I", n) + data)


def pdf_scan(rng, when_pdf, producer="CamScanner"):
    """A one-page PDF holding one scanned JPEG page (DCTDecode), fixed dates."""
    w, h = 620, 877
    im = jpg_of(paper(rng, w, h), rng, 70)
    content = b"q 595 0 0 842 0 0 cm /Im0 Do Q"
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 4 0 R >> >> "
            b"/Contents 5 0 R >>",
            b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceRGB /BitsPerComponent 8 "
            b"/Filter /DCTDecode /Length %d >>\nstream\n" % (w, h, len(im)) + im + b"\nendstream",
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
            b"<< /Producer (" + producer.encode() + b") /CreationDate (D:" + when_pdf.encode() + b") >>"]
    return pdf_file(objs, info=6)


CORE = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:title></dc:title><dc:creator>{a}</dc:creator><cp:lastModifiedBy>{a}</cp:lastModifiedBy>'
        '<cp:revision>2</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">{t}</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">{t}</dcterms:modified></cp:coreProperties>')


def fixed_zip(data, author, when):
    core = CORE.format(a=html.escape(author), t=when).encode("utf-8")
    return repack_zip(data, ZIP_DT, mode=0o644, create_system=0, core=lambda _old: core)


def docx_form(author, when, title, grid, merges=(), paras_before=(), paras_after=(), cols=None):
    """A Word form: a title paragraph and one 'Table Grid' table; ``grid`` is a list of rows
    (strings; None = part of a merged cell), ``merges`` a list of (r0, c0, r1, c1)."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    d = docx.Document()
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(title)
    r.bold = True
    r.font.size = Pt(18)
    for s in paras_before:
        d.add_paragraph(s)
    ncols = cols or max(len(x) for x in grid)
    t = d.add_table(rows=len(grid), cols=ncols)
    t.style = "Table Grid"
    for (r0, c0, r1, c1) in merges:
        t.cell(r0, c0).merge(t.cell(r1, c1))
    for i, row in enumerate(grid):
        for j, v in enumerate(row):
            if v is not None:
                cell = t.cell(i, j)
                lines = v.split("\n")
                cell.text = lines[0]
                for extra in lines[1:]:
                    cell.add_paragraph(extra)
    for s in paras_after:
        d.add_paragraph(s)
    return fixed_zip(saved(d), author, when)


def xlsx_book(author, when, sheets, date_fmt="yyyy-mm-dd hh:mm"):
    """An Excel workbook: ``sheets`` is a list of (title, cells, merges, widths); ``cells`` maps
    'B4' -> value (datetime / date / time cells get a matching number format)."""
    import openpyxl
    from openpyxl.styles import Alignment, Font
    wb = openpyxl.Workbook()
    first = True
    for title, cells, merges, widths in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title
        for ref, v in cells.items():
            ws[ref] = v
            if isinstance(v, datetime):
                ws[ref].number_format = date_fmt if (v.hour, v.minute) != (0, 0) else "yyyy-mm-dd"
            elif isinstance(v, date):
                ws[ref].number_format = "yyyy/m/d"
            elif isinstance(v, time):
                ws[ref].number_format = "h:mm"
            ws[ref].alignment = Alignment(wrap_text=True, vertical="center")
        for rng_ in merges:
            ws.merge_cells(rng_)
        ws["A1"].font = Font(bold=True, size=13)
        for col, w in (widths or {}).items():
            ws.column_dimensions[col].width = w
    return fixed_zip(saved(wb), author, when)


# --------------------------------------------------------------------------
# attachments and their MIME parts
# --------------------------------------------------------------------------

class Att:
    def __init__(self, filename, declared, data, detected, inline=False):
        self.filename = filename
        self.declared = declared
        self.data = data
        self.detected = detected
        self.inline = inline

    def label(self):
        return rules.att_label(self.filename, self.declared, self.data, rules.role_of(self.filename), self.detected,
                               self.inline)


def att_part(style, a, rng=None):
    fn = a.filename
    disp = "inline" if a.inline else "attachment"
    body = b64_body(a.data)
    if style in ("qq", "wecom"):
        cs = "gb18030" if style == "qq" else "utf-8"
        w = ew_one(fn, cs)
        h = [f"Content-Type: {a.declared};", f'\tcharset="{cs}";', f'\tname="{w}"', "Content-Transfer-Encoding: base64",
             f"Content-Disposition: {disp};", f'\tfilename="{w}"']
    elif style == "coremail":
        w = ew_one(fn, "GBK", "gbk")
        h = [f'Content-Type: {a.declared}; name="{w}"', "Content-Transfer-Encoding: base64",
             f'Content-Disposition: {disp}; filename="{w}"']
    elif style in ("foxmail", "outlook-zh"):
        w = ew_one(fn, "gb2312", "gb18030")
        h = [f"Content-Type: {a.declared};", f'\tname="{w}"', "Content-Transfer-Encoding: base64",
             f"Content-Disposition: {disp};", f'\tfilename="{w}"']
    elif style == "outlook-tw":
        w = ew_one(fn, "big5", "big5")
        h = [f"Content-Type: {a.declared};", f'\tname="{w}"', "Content-Transfer-Encoding: base64",
             f"Content-Disposition: {disp};", f'\tfilename="{w}"']
    elif style == "wlm":
        w = ew_one(fn, "big5-hkscs", "big5hkscs")
        h = [f"Content-Type: {a.declared};", f'\tname="{w}"', "Content-Transfer-Encoding: base64",
             f"Content-Disposition: {disp};", f'\tfilename="{w}"']
    elif style == "outlook-en":
        w = fn if fn.isascii() else ew_one(fn, "utf-8")
        h = [f"Content-Type: {a.declared};", f'\tname="{w}"', "Content-Transfer-Encoding: base64",
             f"Content-Disposition: {disp};", f'\tfilename="{w}"']
    elif style == "gmail":
        w = fn if fn.isascii() else ew_one(fn, "UTF-8")
        aid = "f_" + rs(rng, 9, LOWER) + "0"
        h = [f'Content-Type: {a.declared}; name="{w}"', f'Content-Disposition: {disp}; filename="{w}"',
             "Content-Transfer-Encoding: base64", f"Content-ID: <{aid}>", f"X-Attachment-Id: {aid}"]
    elif style == "thunderbird":
        w = ew_one(fn, "UTF-8") if not fn.isascii() else fn
        params = rfc2231_params("filename", fn, "UTF-8") if not fn.isascii() else [f'filename="{fn}"']
        h = [f'Content-Type: {a.declared}; name="{w}"', f"Content-Disposition: {disp};"]
        h += ["\t" + p + (";" if i < len(params) - 1 else "") for i, p in enumerate(params)]
        h += ["Content-Transfer-Encoding: base64"]
    elif style == "apple":
        params = rfc2231_params("filename", fn, "utf-8")
        h = [f"Content-Disposition: {disp};"]
        h += ["\t" + p + (";" if i < len(params) - 1 else "") for i, p in enumerate(params)]
        qname = ew_fit(fn, "utf-8", mode="Q", maxlen=70)
        h += [f"Content-Type: {a.declared};", "\tx-unix-mode=0644;", '\tname="' + " ".join(qname) + '"',
              "Content-Transfer-Encoding: base64"]
    elif style == "iphone":
        h = [f"Content-Type: {a.declared};", f"\tname={fn};", f"\tx-apple-part-url={uuid_like(rng)}",
             f"Content-Disposition: {disp};", f"\tfilename={fn}", "Content-Transfer-Encoding: base64"]
    elif style == "android":
        raw = fn.encode("gbk")
        h = [b"Content-Type: " + a.declared.encode() + b'; name="' + raw + b'"', "Content-Transfer-Encoding: base64",
             b'Content-Disposition: attachment; filename="' + raw + b'"']
    elif style == "yahoo":
        w = fn if fn.isascii() else ew_one(fn, "UTF-8")
        h = [f'Content-Type: {a.declared}; name="{w}"', "Content-Transfer-Encoding: base64",
             f'Content-Disposition: {disp}; filename="{w}"']
    elif style == "alimail":
        w = ew_one(fn, "UTF-8")
        h = [f'Content-Type: {a.declared};', f'\tname="{w}"', "Content-Transfer-Encoding: base64",
             f'Content-Disposition: {disp};', f'\tfilename="{w}"']
    else:
        raise ValueError(style)
    return leaf(h, body)


def mp(boundary, parts, preamble=None):
    return multipart_body(boundary, parts, None if preamble is None else preamble.encode("ascii") + CRLF)


PRE = "This is a multi-part message in MIME format."


def top(rng, return_path, host, ip, d, delay=4, tls="ESMTPS"):
    qid = "4" + rs(rng, 12)
    rp = f"<{return_path}>" if return_path else "<>"
    return [f"Return-Path: {rp}", f"Delivered-To: {HQ}",
            f"Received: from {host} ({host} [{ip}])",
            f"\tby mx1.ptg139.com (Postfix) with {tls} id {qid}",
            f"\tfor <{HQ}>; {rfcdate(d + timedelta(seconds=delay))} (CST)"]


def thread(m, fold="\t"):
    h = []
    if m.get("irt"):
        h.append("In-Reply-To: " + m["irt"])
    if m.get("refs"):
        h.append("References: " + m["refs"][0])
        h += [fold + r for r in m["refs"][1:]]
    return h


def host_of(rng, kind, own=None):
    """A sending host and address for the partner's mail service."""
    n = rng.randint
    if kind == "qq":
        return f"smtpbg{n(20, 99)}.qq.com", f"43.154.{n(1, 250)}.{n(1, 250)}"
    if kind == "exmail":
        return f"smtpbguseast{n(1, 9)}.qq.com", f"54.204.{n(1, 250)}.{n(1, 250)}"
    if kind == "163":
        return f"m{n(10, 99)}-{n(10, 99)}.163.com", f"220.197.{n(1, 250)}.{n(1, 250)}"
    if kind == "126":
        return f"m{n(10, 99)}-{n(10, 99)}.126.com", f"220.181.{n(1, 250)}.{n(1, 250)}"
    if kind == "sina":
        return f"mail{n(3, 9)}-{n(100, 250)}.sinamail.sina.com.cn", f"202.108.{n(1, 250)}.{n(1, 250)}"
    if kind == "qiye163":
        return f"mail-m{n(120, 129)}{n(10, 99)}.qiye.163.com", f"115.236.{n(1, 250)}.{n(1, 250)}"
    if kind == "google":
        return f"mail-{rs(rng, 2, 'abcdefghijklmnopqrstuvwxyz')}1-f{n(10, 199)}.google.com", f"209.85.{n(128, 250)}.{n(1, 250)}"
    if kind == "aliyun":
        return f"out{n(28, 199)}-{n(10, 250)}.mail.aliyun.com", f"115.124.{n(1, 120)}.{n(1, 250)}"
    if kind == "m365":
        return (f"mail-{rs(rng, 3, 'abcdefghijklmnopqrstuvwxyz')}{n(10, 99)}0{n(10, 99)}.outbound.protection.outlook.com",
                f"40.107.{n(1, 250)}.{n(1, 250)}")
    if kind == "yahoo":
        return f"sonic{n(300, 320)}-{n(10, 40)}.consmr.mail.tw1.yahoo.com", f"106.10.{n(128, 250)}.{n(1, 250)}"
    if kind == "own":
        return own, f"{n(36, 223)}.{n(0, 255)}.{n(0, 255)}.{n(2, 250)}"
    raise ValueError(kind)


# --------------------------------------------------------------------------
# the mail clients
# --------------------------------------------------------------------------

def outlook(m, rng, locale="zh-CN", calendar=None):
    """Outlook 16 on Windows: multipart/alternative text + Word HTML (in mixed with attachments);
    a meeting request adds a text/calendar alternative."""
    d = m["date"]
    cs, font, lang, style = {"zh-CN": ("gb2312", "等线", "ZH-CN", "outlook-zh"),
                             "zh-TW": ("big5", "新細明體", "ZH-TW", "outlook-tw"),
                             "en-US": ("utf-8", "Calibri", "EN-US", "outlook-en")}[locale]
    plain = crlf(plain_of(m["blocks"], "\t"))
    htm = crlf(word_html(m["blocks"], cs, lang, font))
    if cs == "utf-8":
        tp = leaf(["Content-Type: text/plain;", '\tcharset="utf-8"', "Content-Transfer-Encoding: quoted-printable"],
                  qp(plain.encode("utf-8")) + CRLF)
        hp = leaf(["Content-Type: text/html;", '\tcharset="utf-8"', "Content-Transfer-Encoding: quoted-printable"],
                  qp(htm.encode("utf-8")) + CRLF)
    else:
        tp = leaf(["Content-Type: text/plain;", f'\tcharset="{cs}"', "Content-Transfer-Encoding: base64"],
                  b64_body(enc(plain, cs)))
        hp = leaf(["Content-Type: text/html;", f'\tcharset="{cs}"', "Content-Transfer-Encoding: base64"],
                  b64_body(enc(htm, cs)))
    alts = [tp, hp]
    if calendar is not None:
        alts.append(leaf(["Content-Type: text/calendar; charset=\"utf-8\"; method=REQUEST",
                          "Content-Transfer-Encoding: base64"], b64_body(calendar)))

    def nb(k):
        return f"----=_NextPart_{k:03d}_{rs(rng, 4, HEXU)}_01DD{rs(rng, 4, HEXU)}.{rs(rng, 8, HEXU)}"
    alt_b = nb(1)
    alt = mp(alt_b, alts)
    if m.get("atts"):
        ob = nb(0)
        ctype = ["Content-Type: multipart/mixed;", f'\tboundary="{ob}"']
        body = mp(ob, [leaf(["Content-Type: multipart/alternative;", f'\tboundary="{alt_b}"'], alt)]
                  + [att_part(style, a) for a in m["atts"]], PRE)
    else:
        ctype = ["Content-Type: multipart/alternative;", f'\tboundary="{alt_b}"']
        body = PRE.encode() + CRLF + CRLF + alt
    dom = m["addr"].split("@")[1]
    mid = f"<{'00' if locale != 'en-US' else '01'}{rs(rng, 4, HEXL)}dd{rs(rng, 4, HEXL)}${rs(rng, 8, HEXL)}${rs(rng, 8, HEXL)}$@{dom}>"
    m["message_id"] = mid
    h = top(rng, m["addr"], *m["host"], d, 4)
    h += [from_header(m["from_name"], m["addr"], cs), "To: " + m.get("to", HQ),
          subj_header(m["subject"], cs), "Date: " + rfcdate(d), "Message-ID: " + mid]
    h += thread(m)
    h += ["MIME-Version: 1.0"] + ctype + ["X-Mailer: Microsoft Outlook 16.0",
                                          "Thread-Index: AQ" + base64.b64encode(bytes(rng.getrandbits(8) for _ in range(21))).decode(),
                                          "Content-Language: " + locale.lower()] + m.get("extra", [])
    return header_block(h) + CRLF + body


def gmail(m, rng):
    """Gmail (Google Workspace): text base64, HTML quoted-printable, 0000... boundaries."""
    d = m["date"]
    plain = crlf(plain_of(m["blocks"], "\t"))
    htm = crlf('<div dir="ltr">' + html_blocks(m["blocks"], bq_quote) + "</div>")

    def gb():
        return "000000000000" + rs(rng, 16, HEXL)
    alt_b = gb()
    alt = mp(alt_b, [leaf(['Content-Type: text/plain; charset="UTF-8"', "Content-Transfer-Encoding: base64"],
                          b64_body(plain.encode("utf-8"))),
                     leaf(['Content-Type: text/html; charset="UTF-8"', "Content-Transfer-Encoding: quoted-printable"],
                          qp(htm.encode("utf-8")) + CRLF)])
    if m.get("atts"):
        ob = gb()
        ctype = f'Content-Type: multipart/mixed; boundary="{ob}"'
        body = mp(ob, [leaf([f'Content-Type: multipart/alternative; boundary="{alt_b}"'], alt)]
                  + [att_part("gmail", a, rng) for a in m["atts"]])
    else:
        ctype = f'Content-Type: multipart/alternative; boundary="{alt_b}"'
        body = alt
    mid = "<CA" + rs(rng, 1, "+ABCDEFGHIJKLMNOPQRSTUVWXYZ") + rs(rng, 44, ALNUM + "+_-") + "@mail.gmail.com>"
    m["message_id"] = mid
    h = top(rng, m["addr"], *m["host"], d, 2)
    h += ["MIME-Version: 1.0", "Date: " + rfcdate(d), "Message-ID: " + mid] + thread(m)
    h += [subj_header(m["subject"], "UTF-8"), from_header(m["from_name"], m["addr"], "UTF-8", quoted=False),
          "To: " + HQ] + m.get("extra", []) + [ctype]
    return header_block(h) + CRLF + body


def thunderbird(m, rng, charset="UTF-8"):
    """Thunderbird 128: text/plain (format=flowed, 8bit) in the message's charset; headers in UTF-8."""
    d = m["date"]
    text = crlf(plain_of(m["blocks"], "  "))
    if not text.endswith("\r\n"):
        text += "\r\n"
    tbody = text.encode(CODEC[charset])
    tpart_h = [f"Content-Type: text/plain; charset={charset}; format=flowed", "Content-Transfer-Encoding: 8bit"]
    mid = f"<{uuid_like(rng, upper=False)}@{m['addr'].split('@')[1]}>"
    m["message_id"] = mid
    h = top(rng, m["addr"], *m["host"], d, 3)
    h += ["Message-ID: " + mid, "Date: " + rfcdate(d), "MIME-Version: 1.0",
          "User-Agent: Mozilla Thunderbird", "Content-Language: " + m.get("lang", "zh-CN"),
          "To: " + HQ, from_header(m["from_name"], m["addr"], "UTF-8", quoted=False),
          subj_header(m["subject"], "UTF-8")] + thread(m, " ")
    if m.get("atts"):
        b = "------------" + rs(rng, 24, ALNUM)
        h += ["Content-Type: multipart/mixed;", f' boundary="{b}"']
        body = mp(b, [leaf(tpart_h, tbody)] + [att_part("thunderbird", a) for a in m["atts"]], PRE)
    else:
        h += tpart_h
        body = tbody
    return header_block(h) + CRLF + body


def apple_mail(m, rng):
    """Apple Mail (macOS): text QP + HTML QP; attachments between two HTML pieces, RFC 2231 names."""
    d = m["date"]
    plain = crlf(plain_of(m["blocks"], "\t"))
    htm = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
           '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
           + html_blocks(m["blocks"], bq_quote) + "</body></html>")
    tp = leaf(["Content-Transfer-Encoding: quoted-printable", "Content-Type: text/plain;", "\tcharset=utf-8"],
              qp(plain.encode("utf-8")) + CRLF)

    def hp(s):
        return leaf(["Content-Transfer-Encoding: quoted-printable", "Content-Type: text/html;", "\tcharset=utf-8"],
                    qp(s.encode("utf-8")) + CRLF)
    alt_b = "Apple-Mail=_" + uuid_like(rng)
    if m.get("atts"):
        mix_b = "Apple-Mail=_" + uuid_like(rng)
        cut = htm.rfind("</body>")
        mixed = mp(mix_b, [hp(htm[:cut])] + [att_part("apple", a) for a in m["atts"]] + [hp(htm[cut:])])
        body = mp(alt_b, [tp, leaf(["Content-Type: multipart/mixed;", f'\tboundary="{mix_b}"'], mixed)])
    else:
        body = mp(alt_b, [tp, hp(htm)])
    mid = f"<{uuid_like(rng)}@{m['addr'].split('@')[1]}>"
    m["message_id"] = mid
    h = top(rng, m["addr"], *m["host"], d, 4)
    h += [from_header(m["from_name"], m["addr"], "utf-8", quoted=False), "Content-Type: multipart/alternative;",
          f'\tboundary="{alt_b}"', "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))",
          subj_header(m["subject"], "utf-8"), "Date: " + rfcdate(d)] + thread(m)
    h += ["To: " + HQ, "Message-Id: " + mid, "X-Mailer: Apple Mail (2.3826.500.181.1.5)"]
    return header_block(h) + CRLF + body


def iphone(m, rng):
    """iPhone Mail: text/plain QP; an image goes inline between text parts."""
    d = m["date"]
    mid = f"<{uuid_like(rng)}@{m['addr'].split('@')[1]}>"
    m["message_id"] = mid
    if m.get("atts"):
        b = "Apple-Mail-" + uuid_like(rng)
        parts = []
        for seg in m["segments"]:
            if isinstance(seg, Att):
                parts.append(att_part("iphone", seg, rng))
            else:
                parts.append(leaf(["Content-Type: text/plain;", "\tcharset=utf-8", "Content-Transfer-Encoding: quoted-printable"],
                                  qp(crlf(seg).encode("utf-8")) + CRLF))
        ctype = ["Content-Type: multipart/mixed; boundary=" + b, "Content-Transfer-Encoding: 7bit"]
        body = mp(b, parts)
    else:
        ctype = ["Content-Transfer-Encoding: quoted-printable", "Content-Type: text/plain;", "\tcharset=utf-8"]
        body = qp(crlf(plain_of(m["blocks"])).encode("utf-8")) + CRLF
    h = top(rng, m["addr"], *m["host"], d, 6)
    h += ctype + ["Mime-Version: 1.0 (1.0)", subj_header(m["subject"], "utf-8"),
                  from_header(m["from_name"], m["addr"], "utf-8", quoted=False)] + thread(m)
    h += ["Date: " + rfcdate(d), "Message-Id: " + mid, "To: " + HQ, "X-Mailer: iPhone Mail (22F76)"]
    return header_block(h) + CRLF + body


def android(m, rng):
    """A phone mail app: 8bit GBK text, raw 8-bit GBK file names (outside RFC 2047/2231)."""
    d = m["date"]
    b = f"--_com.android.email_{rng.randint(10 ** 14, 10 ** 15 - 1)}"
    text = crlf(plain_of(m["blocks"])).encode("gbk")
    if not text.endswith(CRLF):
        text += CRLF
    tp = leaf(["Content-Type: text/plain; charset=GBK", "Content-Transfer-Encoding: 8bit"], text)
    mid = f"<{rs(rng, 8, HEXL)}-{rs(rng, 4, HEXL)}-{rs(rng, 4, HEXL)}@email.android.com>"
    m["message_id"] = mid
    h = top(rng, m["addr"], *m["host"], d, 3)
    h += ["MIME-Version: 1.0", subj_header(m["subject"], "UTF-8"), from_header(m["from_name"], m["addr"], "UTF-8", quoted=False),
          "To: " + HQ, "Date: " + rfcdate(d), "Message-ID: " + mid] + thread(m)
    if m.get("atts"):
        h += ["Content-Type: multipart/mixed;", f' boundary="{b}"']
        body = mp(b, [tp] + [att_part("android", a) for a in m["atts"]])
    else:
        h += ["Content-Type: text/plain; charset=GBK", "Content-Transfer-Encoding: 8bit"]
        body = text
    return header_block(h) + CRLF + body


def qq_quote_html(q):
    return ('<div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">'
            '------------------&nbsp;原始邮件&nbsp;------------------</div>'
            '<div style="font-size: 12px;background:#efefef;padding:8px;">' + divs(q.head) + '</div><div><br></div>'
            + divs(q.body))


def tencent(m, rng, wecom=False):
    """QQ Mail (gb18030) or WeCom / Tencent Exmail (utf-8): base64 text + HTML, NextPart boundaries."""
    cs = "utf-8" if wecom else "gb18030"
    d = m["date"]

    def nb():
        return f"----=_NextPart_{rs(rng, 8, HEXU)}_{rs(rng, 8, HEXU)}_{rs(rng, 8, HEXU)}"
    plain = crlf(plain_of(m["blocks"], " "))
    htm = (f'<meta http-equiv="Content-Type" content="text/html; charset={"UTF-8" if wecom else "GB18030"}">'
           + html_blocks(m["blocks"], qq_quote_html))
    alt_b = nb()
    alt = mp(alt_b, [
        leaf(["Content-Type: text/plain;", f'\tcharset="{cs}"', "Content-Transfer-Encoding: base64"], b64_body(plain.encode(cs))),
        leaf(["Content-Type: text/html;", f'\tcharset="{cs}"', "Content-Transfer-Encoding: base64"], b64_body(htm.encode(cs)))])
    if m.get("atts"):
        ob = nb()
        ctype = ["Content-Type: multipart/mixed;", f'\tboundary="{ob}"']
        body = mp(ob, [leaf(["Content-Type: multipart/alternative;", f'\tboundary="{alt_b}"'], alt)]
                  + [att_part("wecom" if wecom else "qq", a) for a in m["atts"]], PRE)
    else:
        ctype = ["Content-Type: multipart/alternative;", f'\tboundary="{alt_b}"']
        body = PRE.encode() + CRLF + CRLF + alt
    if wecom:
        mid = f"<tencent_{rs(rng, 36, HEXU)}@exmail.qq.com>"
        mailer = "WeCom 4.1.33"
        qmid = f"bizesmtp{rng.randint(10, 99)}t{int(d.timestamp()) - 7}t{rs(rng, 6, HEXL)}"
    else:
        mid = f"<tencent_{rs(rng, 40, HEXU)}@qq.com>"
        mailer = "QQMail 2.x"
        qmid = f"xmsezb{rng.randint(10, 99)}t{int(d.timestamp()) - 5}t{rs(rng, 6, HEXL)}"
    m["message_id"] = mid
    h = top(rng, m["addr"], *m["host"], d, 6)
    h += ["X-QQ-mid: " + qmid, "X-QQ-Originating-IP: " + base64.b64encode(bytes(rng.getrandbits(8) for _ in range(30))).decode()]
    h += [from_header(m["from_name"], m["addr"], cs), f"To: <{HQ}>",
          subj_header(m["subject"], cs, 10 ** 6 if not wecom else 45), "Mime-Version: 1.0"]
    h += ctype + ["Content-Transfer-Encoding: 8Bit", "Date: " + rfcdate(d, pad=False), "X-Priority: 3", "Message-ID: " + mid]
    h += thread(m)
    h += ["X-QQ-MIME: TCMime 1.0 by Tencent", "X-Mailer: " + mailer]
    if not wecom:
        h.append("X-QQ-Mailer: QQMail 2.x")
    return header_block(h) + CRLF + body


def coremail_quote_html(q):
    return ('<br><div style="position:relative;zoom:1"></div><div id="divNeteaseMailCard"></div><br>'
            '<pre><br>' + esc(q.head) + "</pre><blockquote id=\"isReplyContent\" style=\"PADDING-LEFT: 1ex; MARGIN: 0px 0px 0px "
            '0.8ex; BORDER-LEFT: #ccc 1px solid\">' + brs(q.body) + "</blockquote>")


def coremail(m, rng, domain="163"):
    """163 / 126 webmail (Coremail): GBK base64 text + HTML."""
    d = m["date"]
    plain = crlf(plain_of(m["blocks"], "  "))
    htm = ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">'
           + html_blocks(m["blocks"], coremail_quote_html) + "</div>")
    ms = int(d.timestamp()) * 1000 + rng.randint(100, 999)

    def pb():
        return f"----=_Part_{rng.randint(100000, 999999)}_{rng.randint(10 ** 8, 10 ** 9 - 1)}.{ms}"
    alt_b = pb()
    alt = mp(alt_b, [
        leaf(["Content-Type: text/plain; charset=GBK", "Content-Transfer-Encoding: base64"], b64_body(plain.encode("gbk"))),
        leaf(["Content-Type: text/html; charset=GBK", "Content-Transfer-Encoding: base64"], b64_body(htm.encode("gbk")))])
    if m.get("atts"):
        ob = pb()
        ctype = ["Content-Type: multipart/mixed;", f'\tboundary="{ob}"']
        body = mp(ob, [leaf(["Content-Type: multipart/alternative;", f'\tboundary="{alt_b}"'], alt)]
                  + [att_part("coremail", a) for a in m["atts"]])
    else:
        ctype = ["Content-Type: multipart/alternative;", f'\tboundary="{alt_b}"']
        body = alt
    mid = "<{}.{}.{}.Coremail.{}>".format(rs(rng, 8, HEXL), rs(rng, 4, HEXL), "19" + rs(rng, 9, HEXL), m["addr"])
    m["message_id"] = mid
    h = top(rng, m["addr"], *m["host"], d, 3)
    h += [f"X-Originating-IP: [{rng.randint(36, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 250)}]",
          "Date: " + rfcdate(d, cst=True), from_header(m["from_name"], m["addr"], "GBK"), "To: " + HQ,
          subj_header(m["subject"], "GBK", 10 ** 6), "X-Priority: 3",
          "X-Mailer: Coremail Webmail Server Version 2023.4-cmXT build",
          f" 20260310(6b0f3a1c) Copyright (c) 2002-2026 www.mailtech.cn {domain}com"]
    h += ctype + ["MIME-Version: 1.0", "Message-ID: " + mid] + thread(m)
    h += ["X-Coremail-Locale: zh_CN", f"X-CM-TRANSID: {rs(rng, 8, ALNUM)}--.{rng.randint(10000, 99999)}W",
          f"X-CM-SenderInfo: {rs(rng, 10, LOWER)}/1tbi{rs(rng, 14, ALNUM)}"]
    return header_block(h) + CRLF + body


def foxmail(m, rng, charset="gb2312"):
    """Foxmail 7.2: declares gb2312 (or GBK), writes GB18030; text base64, HTML quoted-printable."""
    d = m["date"]
    plain = crlf(plain_of(m["blocks"], " "))
    htm = crlf(f'<html><head><meta http-equiv="content-type" content="text/html; charset={charset}"><style>'
               "body { line-height: 1.5; } body { font-size: 14px; font-family: 'Microsoft YaHei UI'; color: rgb(0, 0, 0); }"
               "</style></head><body>\n" + html_blocks(m["blocks"], bq_quote) + "\n</body></html>")

    def n(k):
        return f"----=_{k:03d}_NextPart{rng.randint(10 ** 11, 10 ** 12 - 1)}_=----"
    alt_b = n(2)
    codec = CODEC[charset]
    alt = mp(alt_b, [
        leaf(["Content-Type: text/plain;", f'\tcharset="{charset}"', "Content-Transfer-Encoding: base64"],
             b64_body(plain.encode(codec))),
        leaf(["Content-Type: text/html;", f'\tcharset="{charset}"', "Content-Transfer-Encoding: quoted-printable"],
             qp(htm.encode(codec)) + CRLF)])
    if m.get("atts"):
        ob = n(1)
        ctype = ["Content-Type: multipart/mixed;", f'\tboundary="{ob}"']
        body = mp(ob, [leaf(["Content-Type: multipart/alternative;", f'\tboundary="{alt_b}"'], alt)]
                  + [att_part("foxmail", a) for a in m["atts"]], PRE)
    else:
        ctype = ["Content-Type: multipart/alternative;", f'\tboundary="{alt_b}"']
        body = PRE.encode() + CRLF + CRLF + alt
    mid = "<{}{:09d}@{}>".format(d.strftime("%Y%m%d%H%M%S"), rng.randint(0, 10 ** 9 - 1), m["addr"].split("@")[1])
    m["message_id"] = mid
    h = top(rng, m["addr"], *m["host"], d, 3)
    h += ["Date: " + rfcdate(d), from_header(m["from_name"], m["addr"], charset), "To: " + HQ,
          subj_header(m["subject"], charset, 10 ** 6)] + thread(m)
    h += ["X-Priority: 3", "X-GUID: " + uuid_like(rng), "X-Has-Attach: " + ("yes" if m.get("atts") else "no"),
          "X-Mailer: Foxmail 7.2.25.375[cn]", "Mime-Version: 1.0", "Message-ID: " + mid] + ctype
    return header_block(h) + CRLF + body


def html_only(m, rng, charset, cte, mailer, mid_style):
    """A webmail that sends one text/html part and nothing else."""
    d = m["date"]
    raw = enc(crlf(m["html"]), charset)
    body = (qp(raw) + CRLF) if cte == "quoted-printable" else b64_body(raw)
    if mid_style == "sina":
        mid = f"<{d.strftime('%Y%m%d%H%M%S')}.{rs(rng, 8, HEXL)}@sina.com>"
    else:
        mid = f"<{rs(rng, 6, LOWER)}.{rs(rng, 8, LOWER)}.{rs(rng, 4, LOWER)}@{m['addr'].split('@')[1]}>"
    m["message_id"] = mid
    h = top(rng, m["addr"], *m["host"], d, 3)
    h += [from_header(m["from_name"], m["addr"], charset), "To: " + m.get("to", HQ), subj_header(m["subject"], charset),
          "Date: " + rfcdate(d), "Message-ID: " + mid, "MIME-Version: 1.0",
          f"Content-Type: text/html; charset={charset}", f"Content-Transfer-Encoding: {cte}", "X-Mailer: " + mailer]
    h += m.get("extra", [])
    return header_block(h) + CRLF + body


def yahoo(m, rng):
    """Yahoo Mail (Taiwan) web: UTF-8 quoted-printable text + HTML, ----=_Part boundaries."""
    d = m["date"]
    plain = crlf(plain_of(m["blocks"], "  "))
    htm = crlf('<html><head></head><body><div class="ydp3f1c2b9eyahoo-style-wrap" style="font-family:Helvetica Neue, '
               'Helvetica, Arial, sans-serif;font-size:16px;">' + html_blocks(m["blocks"], bq_quote) + "</div></body></html>")
    ms = int(d.timestamp()) * 1000 + rng.randint(100, 999)
    alt_b = f"----=_Part_{rng.randint(1000000, 9999999)}_{rng.randint(10 ** 8, 10 ** 9 - 1)}.{ms}"
    alt = mp(alt_b, [leaf(["Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable"],
                          qp(plain.encode("utf-8")) + CRLF),
                     leaf(["Content-Type: text/html; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable"],
                          qp(htm.encode("utf-8")) + CRLF)])
    if m.get("atts"):
        ob = f"----=_Part_{rng.randint(1000000, 9999999)}_{rng.randint(10 ** 8, 10 ** 9 - 1)}.{ms}"
        ctype = f'Content-Type: multipart/mixed; boundary="{ob}"'
        body = mp(ob, [leaf([f'Content-Type: multipart/alternative; boundary="{alt_b}"'], alt)]
                  + [att_part("yahoo", a) for a in m["atts"]])
    else:
        ctype = f'Content-Type: multipart/alternative; boundary="{alt_b}"'
        body = alt
    mid = f"<{rng.randint(10 ** 8, 10 ** 9 - 1)}.{rng.randint(10 ** 6, 10 ** 7 - 1)}.{ms}@mail.yahoo.com>"
    m["message_id"] = mid
    h = top(rng, m["addr"], *m["host"], d, 3)
    h += ["Date: " + rfcdate(d.astimezone(UTC), pad=False) + " (UTC)",
          from_header(m["from_name"], m["addr"], "UTF-8", quoted=False),
          "To: " + HQ, "Message-ID: " + mid, subj_header(m["subject"], "UTF-8"), "MIME-Version: 1.0"] + thread(m)
    h += [ctype, "X-Mailer: WebService/1.1.25384 YMailNorrin"]
    return header_block(h) + CRLF + body


def wlm_html(blocks):
    def para(x):
        return "".join(f"<DIV>{esc(y)}</DIV>" if y.strip() else "<DIV>&nbsp;</DIV>" for y in x.split("\n"))
    return ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<HTML><HEAD>\n'
            '<META content="text/html; charset=big5-hkscs" http-equiv=Content-Type>\n'
            '<META name=GENERATOR content="MSHTML 11.00.10570.1001"></HEAD>\n<BODY style="PADDING-LEFT: 10px; '
            'PADDING-RIGHT: 10px; PADDING-TOP: 15px" id=MailContainerBody leftMargin=0 topMargin=0 CanvasTabStop="true">\n'
            '<DIV style="FONT-SIZE: 12pt; FONT-FAMILY: \'Calibri\'; COLOR: #000000">' + html_blocks(blocks, bq_quote, para=para)
            + "</DIV></BODY></HTML>")


def windows_live(m, rng):
    """Windows Live Mail 2012 (Hong Kong / Macau setup): Big5-HKSCS quoted-printable text and HTML."""
    d = m["date"]
    cs = "big5-hkscs"
    plain = crlf(plain_of(m["blocks"], "\t"))
    htm = crlf(wlm_html(m["blocks"]))
    tp = leaf(["Content-Type: text/plain;", f'\tcharset="{cs}"', "Content-Transfer-Encoding: quoted-printable"],
              qp(enc(plain, cs)) + CRLF)
    hp = leaf(["Content-Type: text/html;", f'\tcharset="{cs}"', "Content-Transfer-Encoding: quoted-printable"],
              qp(enc(htm, cs)) + CRLF)
    stamp = rs(rng, 8, HEXU)

    def nb(k):
        return f"----=_NextPart_000_{k:04X}_01DD{rs(rng, 4, HEXU)}.{stamp}"
    alt_b = nb(rng.randint(16, 60))
    alt = mp(alt_b, [tp, hp])
    if m.get("atts"):
        ob = nb(rng.randint(61, 99))
        ctype = ["Content-Type: multipart/mixed;", f'\tboundary="{ob}"']
        body = mp(ob, [leaf(["Content-Type: multipart/alternative;", f'\tboundary="{alt_b}"'], alt)]
                  + [att_part("wlm", a) for a in m["atts"]], PRE)
    else:
        ctype = ["Content-Type: multipart/alternative;", f'\tboundary="{alt_b}"']
        body = PRE.encode() + CRLF + CRLF + alt
    mid = f"<{rs(rng, 20, HEXU)}@{m['pc_name']}>"
    m["message_id"] = mid
    h = top(rng, m["addr"], *m["host"], d, 5, tls="ESMTP")
    h += ["Message-ID: " + mid, from_header(m["from_name"], m["addr"], cs), "To: <" + HQ + ">",
          subj_header(m["subject"], cs), "Date: " + rfcdate(d), "MIME-Version: 1.0"] + ctype
    h += ["X-Priority: 3", "X-MSMail-Priority: Normal", "Importance: Normal",
          "X-Mailer: Microsoft Windows Live Mail 16.4.3528.331", "X-MimeOLE: Produced By Microsoft MimeOLE V16.4.3528.331"]
    return header_block(h) + CRLF + body


def alimail(m, rng):
    """Alibaba enterprise mailbox (web, UTF-8 base64 text + HTML; approximated)."""
    d = m["date"]
    plain = crlf(plain_of(m["blocks"], " "))
    htm = crlf('<div class="__aliyun_email_body_block"><div style="line-height:1.7;font-size:14px;font-family:Tahoma,Arial,'
               'STHeiti,SimSun;color:#000000">' + html_blocks(m["blocks"], bq_quote) + "</div></div>")
    alt_b = f"----=ALIBOUNDARY_{rng.randint(10000, 99999)}_{rs(rng, 12, HEXL)}_{rs(rng, 8, HEXL)}"
    alt = mp(alt_b, [leaf(["Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: base64"],
                          b64_body(plain.encode("utf-8"))),
                     leaf(["Content-Type: text/html; charset=UTF-8", "Content-Transfer-Encoding: base64"],
                          b64_body(htm.encode("utf-8")))])
    if m.get("atts"):
        ob = f"----=ALIBOUNDARY_{rng.randint(10000, 99999)}_{rs(rng, 12, HEXL)}_{rs(rng, 8, HEXL)}"
        ctype = ["Content-Type: multipart/mixed;", f' boundary="{ob}"']
        body = mp(ob, [leaf(["Content-Type: multipart/alternative;", f' boundary="{alt_b}"'], alt)]
                  + [att_part("alimail", a) for a in m["atts"]])
    else:
        ctype = ["Content-Type: multipart/alternative;", f' boundary="{alt_b}"']
        body = alt
    mid = f"<{rs(rng, 8, HEXL)}-{rs(rng, 4, HEXL)}-{rs(rng, 4, HEXL)}.{rng.randint(10 ** 9, 10 ** 10 - 1)}@{m['addr'].split('@')[1]}>"
    m["message_id"] = mid
    h = top(rng, m["addr"], *m["host"], d, 2)
    h += ["Date: " + rfcdate(d), from_header(m["from_name"], m["addr"], "UTF-8"), "To: " + f'"{HQ}" <{HQ}>',
          "Message-ID: " + mid, subj_header(m["subject"], "UTF-8"), "X-Priority: 3", "X-Mailer: Alimail-Mailagent revision 5",
          "MIME-Version: 1.0", "x-aliyun-mail-creator: " + rs(rng, 24, ALNUM)] + thread(m) + ctype
    return header_block(h) + CRLF + body


def exmail_autoreply(m, rng):
    """Tencent Exmail vacation auto-reply (approximated): UTF-8 base64 text + HTML, thread headers kept."""
    d = m["date"]
    plain = crlf(m["text"])
    htm = crlf('<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">' + divs(m["text"]))
    alt_b = f"----=_NextPart_{rs(rng, 8, HEXU)}_{rs(rng, 8, HEXU)}_{rs(rng, 8, HEXU)}"
    body = PRE.encode() + CRLF + CRLF + mp(alt_b, [
        leaf(["Content-Type: text/plain;", '\tcharset="utf-8"', "Content-Transfer-Encoding: base64"], b64_body(plain.encode())),
        leaf(["Content-Type: text/html;", '\tcharset="utf-8"', "Content-Transfer-Encoding: base64"], b64_body(htm.encode()))])
    mid = f"<tencent_{rs(rng, 36, HEXU)}@exmail.qq.com>"
    m["message_id"] = mid
    h = top(rng, m["addr"], *m["host"], d, 2)
    h += [from_header(m["from_name"], m["addr"], "utf-8"), f"To: <{HQ}>", subj_header(m["subject"], "utf-8", 45),
          "Mime-Version: 1.0", "Content-Type: multipart/alternative;", f'\tboundary="{alt_b}"',
          "Content-Transfer-Encoding: 8Bit", "Date: " + rfcdate(d, pad=False), "Message-ID: " + mid] + thread(m)
    h += ["Auto-Submitted: auto-replied", "X-Autoreply: yes", "X-QQ-MIME: TCMime 1.0 by Tencent",
          "X-Mailer: Tencent Exmail AutoReply"]
    return header_block(h) + CRLF + body


def qmail_bounce(m, rng):
    """A qmail-send failure notice: no MIME at all, the returned message copied below a line."""
    d = m["date"]
    host = m["mta"]
    pid = rng.randint(1000, 32000)
    text = crlf(m["text"])
    mid = f"<{d.astimezone(UTC).strftime('%Y%m%d%H%M%S')}.{pid}.qmail@{host}>"
    m["message_id"] = mid
    h = top(rng, None, host, m["mta_ip"], d, 1, tls="ESMTP")
    u = d.astimezone(UTC)
    h += [f"Date: {u.day} {MONTHS[u.month - 1]} {u.year} {u:%H:%M:%S} -0000",
          f"From: MAILER-DAEMON@{host}", f"To: {HQ}", "Subject: failure notice", "Message-ID: " + mid]
    return header_block(h) + CRLF + text.encode("ascii")


# --------------------------------------------------------------------------
# labels
# --------------------------------------------------------------------------

def fields(**kw):
    f = {k: None for k in rules.FIELD_KEYS}
    f["lead_ids"] = []
    for k, v in kw.items():
        assert k in f, k
        f[k] = v
    return f


ENTRIES = []


def entry(fn):
    ENTRIES.append(fn)
    return fn


def quote_gt(text):
    return "\n".join(">" + x if x else ">" for x in text.split("\n"))


# ==========================================================================
# family: traditional Chinese writers (Taiwan / Hong Kong / Macau)
# ==========================================================================

@entry
def T1():
    rng = R("T1")
    d = dt(2026, 5, 12, 17, 48, 3)
    m = dict(from_name="蔡宗翰", addr="kd.yunce_tsai@yahoo.com.tw", date=d,
             subject="【商機申訴】順泰螺絲 XP-2605-0716 產品不符", host=host_of(rng, "yahoo"))
    m["blocks"] = [
        "總部承辦人員您好：\n\n本公司客戶順泰螺絲於今日反映，系統推送的一筆商機與其產品完全無關，懇請協助判定是否計入。\n\n"
        "一、合作商：高雄港都雲策整合行銷股份有限公司\n二、付費客戶：高雄岡山順泰螺絲工業股份有限公司\n三、商機編號：XP-2605-0716\n"
        "四、推送時間：民國115年5月12日 上午9時40分\n五、客戶提出異議時間：民國115年5月12日 下午2時15分\n"
        "六、申訴理由：需求者所需產品與客戶經營產品不一致（判定標準第5條）\n"
        "七、說明：需求者詢問的是「自動攻牙機」整機採購，順泰螺絲僅生產不鏽鋼螺絲、螺栓等緊固件，並不製造或代理任何機台。"
        "需求者另提到M6規格，是其機台加工的規格，並非向本客戶採購螺絲。\n\n敬請撥冗審核，謝謝。\n\n"
        "港都雲策 客服專員 蔡宗翰\n07-3350-2816"]
    eml = yahoo(m, rng)
    return m, eml, dict(
        kind="appeal", family="traditional", client="Yahoo Mail (Taiwan, web)",
        fields=fields(partner="高雄港都雲策整合行銷股份有限公司", client="高雄岡山順泰螺絲工業股份有限公司", lead_ids=["XP-2605-0716"],
                      pushed_at=iso(2026, 5, 12, 9, 40), objected_at=iso(2026, 5, 12, 14, 15), reason_code=5),
        accept={"partner": ["港都雲策", "高雄港都云策整合行销股份有限公司", "港都云策"],
                "client": ["順泰螺絲", "高雄冈山顺泰螺丝工业股份有限公司", "顺泰螺丝"]},
        source_text={"pushed_at": ["民國115年5月12日 上午9時40分"], "objected_at": ["民國115年5月12日 下午2時15分"],
                     "reason_code": ["判定標準第5條"]},
        notes="Yahoo Mail Taiwan (UTF-8 quoted-printable text + HTML); numbered labels '一、合作商：' ...; dates in the ROC "
              "calendar ('民國115年5月12日' = 2026-05-12) with '上午9時40分' / '下午2時15分'; code 5 as '判定標準第5條'; "
              "'M6' and the phone number are distractors; no attachment (code 5 needs none).")


@entry
def T2():
    rng = R("T2")
    d = dt(2026, 6, 18, 10, 32, 47)
    ids = ["2606020145", "2606030388", "2606040217", "2606080062", "2606090475", "2606100133", "2606110309", "2606120054",
           "2606150486", "2606160271"]
    verdict = [("精準", "立式綜合加工機，已報價"), ("精準", ""), ("不精準", "問木工雕刻機"), ("精準", "模具廠，詢價三台"),
               ("不精準", "雷射雕刻機"), ("精準", ""), ("精準", "五軸機，跟進中"), ("不精準", "二手機台"), ("精準", ""),
               ("精準", "汽車零件廠")]
    days = ["6/2", "6/3", "6/4", "6/8", "6/9", "6/10", "6/11", "6/12", "6/15", "6/16"]
    m = dict(from_name="江佩珊", addr="peishan.chiang@huichuan-digital.com.tw", date=d,
             subject="宏鈞精機 商機調整回饋（最近10筆）", host=host_of(rng, "m365"))
    m["blocks"] = [
        "總部您好：\n\n依流程，宏鈞精機最近10筆商機的回饋彙整如下（客戶已逐筆確認）：\n",
        Table([["商機編號", "推送日期", "精準與否", "客戶意見"]] + [[ids[i], days[i], verdict[i][0], verdict[i][1]] for i in range(10)]),
        "\n調整建議：\n一、新增關鍵字：CNC立式綜合加工機、五軸加工機\n二、刪除關鍵字：雕刻機\n三、不做產品：木工機械、雷射雕刻機\n"
        "四、目標客群：工廠、模具廠\n\n合作商：臺中匯川數位行銷有限公司\n付費客戶：臺中大雅宏鈞精密機械股份有限公司\n\n"
        "江佩珊 敬上\n匯川數位 客戶服務部\n04-2567-3318"]
    eml = outlook(m, rng, "zh-TW")
    return m, eml, dict(
        kind="adjustment", family="traditional", client="Outlook 16 (zh-TW)",
        fields=fields(partner="臺中匯川數位行銷有限公司", client="臺中大雅宏鈞精密機械股份有限公司", lead_ids=ids, lead_count=10),
        accept={"partner": ["匯川數位", "台中汇川数位行销有限公司", "汇川数位"],
                "client": ["宏鈞精機", "台中大雅宏钧精密机械股份有限公司", "宏钧精机"]},
        extra={"keywords_add": ["CNC立式綜合加工機", "五軸加工機"], "keywords_remove": ["雕刻機"],
               "excluded_products": ["木工機械", "雷射雕刻機"], "audience": ["工廠", "模具廠"]},
        source_text={"lead_count": ["最近10筆商機"]},
        notes="Outlook zh-TW (Big5 base64 text + Word HTML, =?big5?B? subject); ten 10-digit ids in a four-column table "
              "(tab rows in the text part) with 'M/D' push days beside them; the count as '10筆'; '三台' and the day "
              "column are distractors; 臺 in the full names (simplified 台 in accept); partner and client labelled at the end.")


@entry
def T3():
    rng = R("T3")
    d = dt(2026, 8, 20, 15, 5, 29)
    m = dict(from_name="Cheung Wing Sze", addr="wingsze.cheung@pakngai-biz.hk", date=d,
             subject="偉興印刷 商機彙總回饋（服務期過咗七成）", host=host_of(rng, "google"))
    m["blocks"] = [
        "總部同事你好，\n\n偉興印刷嘅服務期已經過咗七成，跟流程做返個彙總回饋：\n\n"
        "合作商：荃灣栢藝商務策劃有限公司\n客戶：荃灣偉興印刷機械有限公司\n合約保證商機：一百二十條\n至今已推送：六十八條\n"
        "服務期：2025年11月1日 至 2026年10月31日\n\n"
        "客戶情況：六十八條入面有效嘅大概四十條，多數係問膠印機同埋模切機；有幾條係問數碼印刷服務，客戶唔做。\n"
        "建議：加多「全自動模切機」關鍵字，排除「印刷服務」「名片印刷」。\n"
        "續約：客戶話要睇埋年尾兩個月先決定。\n\nThanks,\nWing Sze\n\n張詠詩 | 客戶經理\n荃灣栢藝商務策劃有限公司\n"
        "Pak Ngai Business Planning Ltd.\nTel: +852 2614 7739"]
    eml = gmail(m, rng)
    return m, eml, dict(
        kind="summary", family="traditional", client="Gmail (Google Workspace)",
        fields=fields(partner="荃灣栢藝商務策劃有限公司", client="荃灣偉興印刷機械有限公司", quota=120, pushed_count=68,
                      service_start="2025-11-01", service_end="2026-10-31"),
        accept={"partner": ["Pak Ngai Business Planning Ltd.", "荃湾柏艺商务策划有限公司"],
                "client": ["偉興印刷", "荃湾伟兴印刷机械有限公司", "伟兴印刷"]},
        renewal=None,
        source_text={"quota": ["一百二十條"], "pushed_count": ["六十八條"], "service_start": ["2025年11月1日"],
                     "service_end": ["2026年10月31日"]},
        notes="Gmail from Tsuen Wan (UTF-8: text base64, HTML quoted-printable), written Cantonese (嘅, 咗, 唔, 睇埋); counts in "
              "Chinese numerals in traditional script ('一百二十條', '六十八條'); the HK variant 栢 in the partner's name "
              "(simplified 柏 in accept); time trigger only (80 % of the period, 57 % of the leads); '四十條' is a "
              "distractor; renewal undecided.")


@entry
def T4():
    rng = R("T4")
    d = dt(2026, 7, 7, 16, 20, 11)
    m = dict(from_name="區浩然", addr="au.houyin@hojiang-info.com.mo", date=d,
             subject="商機申訴 - 華盛鋼構 SJ20260707-0163（同行探價）", host=host_of(rng, "own", "smtp.hojiang-info.com.mo"),
             pc_name="AUHOYIN-PC")
    m["blocks"] = [
        "總部：\n\n華盛鋼構今日有一條商機，客戶覺得係同行嚟探價，想申請唔計入：\n\n"
        "合作商：澳門濠江創訊科技有限公司\n付費客戶：澳門青洲華盛鋼結構工程有限公司\n商機編號：SJ20260707-0163\n"
        "推送時間：7月7日 上午10:50\n客戶異議：7月7日 下午3:30\n"
        "理由：需求者自稱係珠海一間鋼結構廠嘅採購，但電話回訪時佢講漏咗口，承認自己都係做鋼構嘅同行，只係想問我哋嘅報價同埋板材規格。"
        "（判定標準第1條：同行惡意騷擾或不良詢價）\n\n錄音同對話截圖已附上。\n\n區浩然\n濠江創訊 客服部\n(853) 2822 6415"]
    m["atts"] = [Att("回訪錄音.wav", "audio/x-wav", wav(rng, 14), "audio/wav"),
                 Att("對話截圖.jpg", "image/jpeg", jpg(rng, rows=6), "image/jpeg")]
    eml = windows_live(m, rng)
    return m, eml, dict(
        kind="appeal", family="traditional", client="Windows Live Mail 2012 (Big5-HKSCS)",
        fields=fields(partner="澳門濠江創訊科技有限公司", client="澳門青洲華盛鋼結構工程有限公司", lead_ids=["SJ20260707-0163"],
                      pushed_at=iso(2026, 7, 7, 10, 50), objected_at=iso(2026, 7, 7, 15, 30), reason_code=1),
        accept={"partner": ["濠江創訊", "澳门濠江创讯科技有限公司", "濠江创讯"],
                "client": ["華盛鋼構", "澳门青洲华盛钢结构工程有限公司", "华盛钢构"]},
        source_text={"pushed_at": ["7月7日 上午10:50"], "objected_at": ["7月7日 下午3:30"], "reason_code": ["判定標準第1條"]},
        notes="Windows Live Mail from Macau declaring Big5-HKSCS (quoted-printable text and HTML, =?big5-hkscs?B? subject, "
              "sender and file names); written Cantonese with HKSCS-only characters (嚟, 嘅, 咗, 哋 are outside plain Big5); "
              "year-less '7月7日 上午10:50' / '下午3:30'; code 1 as '判定標準第1條' with a WAV recording declared audio/x-wav "
              "and a JPEG chat screenshot.")


@entry
def T5():
    rng = R("T5")
    d = dt(2026, 7, 10, 11, 15, 36)
    m = dict(from_name="蔡宗翰", addr="tsai.zonghan@kd-yunce.com.tw", date=d, subject="瑞昇塑機 商機調整（5筆）",
             host=host_of(rng, "own", "mail.kd-yunce.com.tw"))
    ids = ["2607010233", "2607030418", "2607060092", "2607080311", "2607090057"]
    m["blocks"] = [
        "總部好：\n\n客戶：高雄楠梓瑞昇塑膠機械有限公司\n商機：" + "、".join(ids) + "（這5筆）\n\n"
        "客戶回饋：5筆中2筆精準（射出成型機詢價），3筆不精準：兩筆問的是塑膠原料，一筆是要找代工射出產品。\n\n請協助調整：\n"
        "．新增關鍵字：臥式射出成型機、立式射出機\n．不做產品：塑膠粒、射出代工\n．目標客群：塑膠製品廠\n\n"
        "蔡宗翰\n高雄港都雲策整合行銷股份有限公司 客服部"]
    eml = apple_mail(m, rng)
    return m, eml, dict(
        kind="adjustment", family="traditional", client="Apple Mail (macOS)",
        fields=fields(partner="高雄港都雲策整合行銷股份有限公司", client="高雄楠梓瑞昇塑膠機械有限公司", lead_ids=ids, lead_count=5),
        accept={"partner": ["高雄港都云策整合行销股份有限公司"], "client": ["瑞昇塑機", "高雄楠梓瑞昇塑胶机械有限公司", "瑞昇塑机"]},
        extra={"keywords_add": ["臥式射出成型機", "立式射出機"], "keywords_remove": [],
               "excluded_products": ["塑膠粒", "射出代工"], "audience": ["塑膠製品廠"]},
        source_text={"lead_count": ["這5筆"]},
        notes="Apple Mail (UTF-8 quoted-printable text + HTML) in traditional script; five 10-digit ids joined by '、' on "
              "one line with '（這5筆）'; the partner only in the signature (its full name); proposals as '．' bullets; "
              "'2筆' / '3筆' / '兩筆' are distractors.")


# ==========================================================================
# family: English and mixed-language writers
# ==========================================================================

@entry
def E1():
    rng = R("E1")
    d = dt(2026, 6, 3, 17, 10, 52)
    m = dict(from_name="Jason Lin", addr="jason.lin@chaoshang-hl.com", date=d,
             subject="Appeal request | Xintai Toy Machinery | SJ20260603-0047", host=host_of(rng, "google"))
    m["blocks"] = [
        "Hi HQ team,\n\nWe'd like to appeal the following lead on behalf of our client.\n\n"
        "Client: 汕头澄海鑫泰玩具机械有限公司 (Xintai Toy Machinery)\nLead: SJ20260603-0047\n"
        "Pushed at: 3 Jun 2026 09:25 (GMT+8)\nClient raised it at: 3 Jun 2026 14:50 (GMT+8)\n"
        "Grounds: wrong number - the mobile number in the inquiry belongs to a noodle shop in Jieyang; the owner has never "
        "heard of toy injection machines (criterion 3).\n\n"
        "Recording of the call-back attached (1 min 42 s). The client called twice, at 13:05 and 14:30.\n\n"
        "Cheers,\nJason Lin\nAccount Manager | Chaoshang Huilian\n汕头市潮商汇联网络科技有限公司\n+86 754 8861 3025"]
    m["atts"] = [Att("callback_0603.mp3", "audio/mpeg", mp3(rng, 102, "callback"), "audio/mpeg")]
    eml = gmail(m, rng)
    return m, eml, dict(
        kind="appeal", family="english", client="Gmail (Google Workspace)",
        fields=fields(partner="汕头市潮商汇联网络科技有限公司", client="汕头澄海鑫泰玩具机械有限公司", lead_ids=["SJ20260603-0047"],
                      pushed_at=iso(2026, 6, 3, 9, 25), objected_at=iso(2026, 6, 3, 14, 50), reason_code=3),
        accept={"partner": ["Chaoshang Huilian"], "client": ["Xintai Toy Machinery"]},
        source_text={"pushed_at": ["3 Jun 2026 09:25"], "objected_at": ["3 Jun 2026 14:50"], "reason_code": ["wrong number"]},
        notes="Gmail, English labels ('Pushed at', 'Client raised it at', 'Grounds') with '3 Jun 2026 09:25 (GMT+8)'; code 3 "
              "in English ('wrong number', 'criterion 3'); the partner only in the signature (Chinese full name under the "
              "English one); MP3 recording (ID3 tag); '13:05', '14:30' (the call-backs) and '1 min 42 s' are distractors.")


@entry
def E2():
    rng = R("E2")
    d = dt(2026, 9, 8, 10, 40, 17)
    m = dict(from_name="Ada Chen", addr="ada.chen@gangwan-dt.com", date=d,
             subject="Summary feedback - Hairun Feed Machinery (60% delivered)", host=host_of(rng, "m365"))
    m["blocks"] = [
        "Dear colleagues,\n\nPlease find below the summary feedback for Hairun Feed Machinery. Lead delivery has passed the "
        "60% mark.\n",
        Table([["Partner", "湛江港湾数科信息技术有限公司"], ["Client", "湛江麻章海润饲料机械有限公司"], ["Contracted leads", "150"],
               ["Delivered to date", "93"], ["Service term", "Mar 1, 2026 - Feb 28, 2027"]]),
        "\nAnalysis: roughly two thirds of the leads were relevant (pellet mills and feed mixers). The rest asked for "
        "fish-feed extruders above 5 t/h, which the client does not build.\n"
        "Proposal: add 'ring die pellet mill' and 'poultry feed line'; exclude 'floating fish feed extruder'.\n"
        "Renewal: the client intends to renew for another 150 leads.\n\nBest,\nAda Chen\n"
        "Gangwan Data Tech | 湛江港湾数科信息技术有限公司"]
    eml = outlook(m, rng, "en-US")
    return m, eml, dict(
        kind="summary", family="english", client="Outlook 16 (en-US)",
        fields=fields(partner="湛江港湾数科信息技术有限公司", client="湛江麻章海润饲料机械有限公司", quota=150, pushed_count=93,
                      service_start="2026-03-01", service_end="2027-02-28"),
        accept={"partner": ["Gangwan Data Tech"], "client": ["Hairun Feed Machinery"]},
        renewal=True,
        source_text={"quota": ["Contracted leads\t150"], "pushed_count": ["Delivered to date\t93"],
                     "service_start": ["Mar 1, 2026"], "service_end": ["Feb 28, 2027"]},
        notes="Outlook en-US (UTF-8 quoted-printable text + Word HTML); an English two-column table ('Contracted leads', "
              "'Delivered to date', 'Service term: Mar 1, 2026 - Feb 28, 2027'); lead trigger only (62 %, 52 % of the "
              "term); '60%', 'two thirds', '5 t/h' and the renewal wish '150 leads' are distractors.")


@entry
def E3():
    rng = R("E3")
    d = dt(2026, 5, 26, 9, 55, 8)
    ids = ["2605110388", "2605130102", "2605150277", "2605190431", "2605220019"]
    m = dict(from_name="Nora Wang", addr="nora.wang@gangdu-cl.com", date=d,
             subject="Re-targeting request for 北方锻压 (latest 5 leads)", host=host_of(rng, "aliyun"))
    m["blocks"] = [
        "Hello HQ,\n\nFeedback on the latest 5 leads for 北方锻压 (包头九原北方重型锻压有限公司), and the changes we'd like:\n\n"
        f"\u2022 {ids[0]} - accurate, hydraulic forging press, quotation sent\n"
        f"\u2022 {ids[1]} - not accurate, asked for forged flanges (a product, not a press)\n"
        f"\u2022 {ids[2]} - accurate\n\u2022 {ids[3]} - accurate, 2 units of 630-ton press\n"
        f"\u2022 {ids[4]} - not accurate, a student asking for thesis data\n\n"
        "Changes:\n- Add keywords: 液压锻压机, 快锻液压机\n- Remove keyword: 锻件\n- Not made by the client: 锻造法兰, 锻件加工\n"
        "- Audience: factories only; no schools or individuals\n\nThanks a lot,\nNora Wang\nClient Services, Gangdu Cloudlink\n"
        "包头钢都云链信息科技有限公司"]
    eml = apple_mail(m, rng)
    return m, eml, dict(
        kind="adjustment", family="english", client="Apple Mail (macOS)",
        fields=fields(partner="包头钢都云链信息科技有限公司", client="包头九原北方重型锻压有限公司", lead_ids=ids, lead_count=5),
        accept={"partner": ["Gangdu Cloudlink"], "client": ["北方锻压"]},
        extra={"keywords_add": ["液压锻压机", "快锻液压机"], "keywords_remove": ["锻件"],
               "excluded_products": ["锻造法兰", "锻件加工"], "audience": ["factories"]},
        source_text={"lead_count": ["the latest 5 leads"]},
        notes="Apple Mail (UTF-8 quoted-printable); English with Chinese keyword values; five ids as '\u2022' bullets each "
              "followed by a verdict; the client's full name only in parentheses after its short name; '2 units' and "
              "'630-ton' are distractors; the partner in the signature.")


@entry
def E4():
    rng = R("E4")
    d = dt(2026, 6, 9, 15, 30, 44)
    m = dict(from_name="Leo 刘洋", addr="liuyang@qianshan-dm.com", date=d, subject="华冶耐材 lead appeal XP-2606-0931 pls check",
             host=host_of(rng, "exmail"))
    m["blocks"] = [
        "Hi 总部,\n\n华冶耐材 this lead need appeal, pls check:\n\n"
        "Partner: 鞍山千山数字营销有限公司\nClient: 鞍山铁西华冶耐火材料有限公司\nLead no.: XP-2606-0931\n"
        "Push time: 2026/06/09 9:40AM\nClient feedback: same day 1:15PM\n"
        "Reason: 需求者要的是劳务派遣 (labour dispatch), 跟耐火材料行业完全不符, criterion 4\n\n"
        "没有附件, criterion 4 no need evidence right?\n\nThx\nLeo Liu 刘洋\n千山数字"]
    eml = tencent(m, rng, wecom=True)
    return m, eml, dict(
        kind="appeal", family="english", client="WeCom / Tencent Exmail",
        fields=fields(partner="鞍山千山数字营销有限公司", client="鞍山铁西华冶耐火材料有限公司", lead_ids=["XP-2606-0931"],
                      pushed_at=iso(2026, 6, 9, 9, 40), objected_at=iso(2026, 6, 9, 13, 15), reason_code=4),
        accept={"partner": ["千山数字"], "client": ["华冶耐材"]},
        source_text={"pushed_at": ["2026/06/09 9:40AM"], "objected_at": ["same day 1:15PM", "2026/06/09"],
                     "reason_code": ["criterion 4"]},
        notes="WeCom / Exmail (UTF-8 base64); Chinglish mixing English labels and Chinese values; '2026/06/09 9:40AM' and "
              "'same day 1:15PM' (the day comes from the push time); code 4 ('criterion 4', labour dispatch asked of a "
              "refractory maker); no attachment.")


@entry
def E5():
    rng = R("E5")
    d = dt(2026, 4, 22, 16, 45, 30)
    m = dict(from_name="Grace Zhang", addr="grace.zhang@wusong-sl.com", date=d, subject="Lead 2604220093 - individual, not a company",
             host=host_of(rng, "own", "mail.wusong-sl.com"))
    shot = Att("IMG_5208.jpeg", "image/jpeg", jpg(rng, rows=5), "image/jpeg", inline=True)
    m["atts"] = [shot]
    m["segments"] = [
        "Hi there,\n\nOne lead for Yongsheng Agri-Machinery (吉林船营永盛农机制造有限公司) turned out to be an individual farmer, "
        "not a company - he only wants one second-hand walking tractor for his own field. Under criterion 3 we ask for it "
        "not to be counted.\n\nLead ID: 2604220093\nPushed: today 9:05 am\nClient objection: today 1:40 pm\n\n"
        "Screenshot of the chat below.\n\n",
        shot,
        "\n\nGrace\n\nGrace Zhang\nWusong Shanglian | 吉林雾凇商联信息技术有限公司\n\nSent from my iPhone"]
    m["blocks"] = [m["segments"][0], m["segments"][2]]
    eml = iphone(m, rng)
    return m, eml, dict(
        kind="appeal", family="english", client="iPhone Mail",
        fields=fields(partner="吉林雾凇商联信息技术有限公司", client="吉林船营永盛农机制造有限公司", lead_ids=["2604220093"],
                      pushed_at=iso(2026, 4, 22, 9, 5), objected_at=iso(2026, 4, 22, 13, 40), reason_code=3),
        accept={"partner": ["Wusong Shanglian"], "client": ["Yongsheng Agri-Machinery"]},
        source_text={"pushed_at": ["today 9:05 am"], "objected_at": ["today 1:40 pm"], "reason_code": ["criterion 3"]},
        notes="iPhone Mail (UTF-8 quoted-printable text parts around an inline JPEG 'IMG_5208.jpeg'); English prose; "
              "'today 9:05 am' / 'today 1:40 pm' resolved against the Date header; code 3 (the requester is an individual); "
              "'one second-hand walking tractor' is a distractor; the partner only in the signature.")


# ==========================================================================
# family: dates and times as people write them
# ==========================================================================

@entry
def D1():
    rng = R("D1")
    d = dt(2026, 3, 12, 9, 20, 14)
    m = dict(from_name="于海涛", addr="yuhaitao_hc@163.com", date=d, subject="建华机床附件 2603100286 申诉（超时说明）",
             host=host_of(rng, "163"))
    m["blocks"] = [
        "总部老师：\n\n建华机床附件前天下午推的一条商机（2603100286），客户昨天上午才反馈，说需求者要的是数控机床整机，"
        "他们只做卡盘、顶尖这些附件，属于所需产品与客户经营产品不一致。\n\n推送时间：前天下午4点05分\n客户反馈时间：昨天上午9点10分\n\n"
        "知道已经超过8小时了，客户前天下午在外地参展，没看到。请总部酌情判定。\n\n"
        "合作商：齐齐哈尔鹤城云拓网络科技有限公司\n客户：齐齐哈尔建华机床附件有限公司\n于海涛"]
    eml = coremail(m, rng, "163")
    return m, eml, dict(
        kind="appeal", family="dates", client="163 webmail (Coremail)",
        fields=fields(partner="齐齐哈尔鹤城云拓网络科技有限公司", client="齐齐哈尔建华机床附件有限公司", lead_ids=["2603100286"],
                      pushed_at=iso(2026, 3, 10, 16, 5), objected_at=iso(2026, 3, 11, 9, 10), reason_code=5),
        accept={"client": ["建华机床附件"]},
        source_text={"pushed_at": ["前天下午4点05分"], "objected_at": ["昨天上午9点10分"],
                     "reason_code": ["所需产品与客户经营产品不一致"]},
        notes="163 webmail (GBK base64); relative days '前天下午4点05分' (Date minus two days: 2026-03-10 16:05) and "
              "'昨天上午9点10分' (2026-03-11 09:10); the objection is 17 h after the push (outside 8 h, the partner says so); "
              "code 5 in the seed's words; '8小时' is a distractor; no attachment.")


@entry
def D2():
    rng = R("D2")
    d = dt(2026, 6, 4, 18, 30, 26)
    m = dict(from_name="黎婉婷", addr="liwanting@xingyan-net.com", date=d, subject="金利五金商机申诉（空号）",
             host=host_of(rng, "own", "mail.xingyan-net.com"))
    m["blocks"] = [
        "总部您好！\n\n金利五金一条商机申请不计入，具体如下：\n合作商——肇庆端州星岩网络科技有限公司\n客户——肇庆高要金利五金机械有限公司\n"
        "编号——SJ20260603-0119\n时间——6月3号14时20分推送，同日17时05分客户来电反馈\n"
        "原因——需求者留的手机号码是空号（截图为运营商提示），另留的座机打过去是一家幼儿园，跟五金机械不对口。\n\n"
        "截图两张见附件。\n黎婉婷（星岩网络）"]
    m["atts"] = [Att("空号提示.png", "image/png", png(rng, rows=3, style="search"), "image/png"),
                 Att("座机通话记录.png", "image/png", png(rng, rows=6, style="list"), "image/png")]
    eml = foxmail(m, rng)
    return m, eml, dict(
        kind="appeal", family="dates", client="Foxmail 7.2",
        fields=fields(partner="肇庆端州星岩网络科技有限公司", client="肇庆高要金利五金机械有限公司", lead_ids=["SJ20260603-0119"],
                      pushed_at=iso(2026, 6, 3, 14, 20), objected_at=iso(2026, 6, 3, 17, 5), reason_code=3),
        accept={"partner": ["星岩网络"], "client": ["金利五金"]},
        source_text={"pushed_at": ["6月3号14时20分"], "objected_at": ["同日17时05分", "6月3号"], "reason_code": ["空号"]},
        notes="Foxmail (gb2312 label); labels joined to values by '——'; both times in one line: '6月3号14时20分推送，"
              "同日17时05分…反馈' ('同日' is the push day, 2026-06-03, not the Date header's 06-04); code 3 (空号, "
              "a kindergarten's landline); two PNG screenshots.")


@entry
def D3():
    rng = R("D3")
    d = dt(2026, 12, 10, 14, 0, 51)
    m = dict(from_name="钟晓琳", addr="zhongxl@kedu-lc.com", date=d, subject="鸿达陶机 商机汇总反馈（服务期过七成）",
             host=host_of(rng, "own", "mail.kedu-lc.com"))
    m["blocks"] = [
        "总部：\n\n鸿达陶机的服务期已过七成，提交汇总反馈。\n\n合作商：梅州客都联创信息咨询有限公司\n客户：梅州兴宁鸿达陶瓷机械有限公司\n"
        "服务期：12个月，自2026年3月16日开始\n合同商机：100条\n已推送：58条\n\n"
        "客户情况：今年陶瓷行业整体不景气，客户对58条中的二十多条有跟进，成交1台压砖机。\n"
        "建议：增加“陶瓷窑炉配件”“釉料球磨机”关键词；广东省外的询盘也推。\n续费：客户暂不考虑续费。\n\n钟晓琳\n客都联创"]
    eml = outlook(m, rng, "zh-CN")
    return m, eml, dict(
        kind="summary", family="dates", client="Outlook 16 (zh-CN)",
        fields=fields(partner="梅州客都联创信息咨询有限公司", client="梅州兴宁鸿达陶瓷机械有限公司", quota=100, pushed_count=58,
                      service_start="2026-03-16", service_end="2027-03-15"),
        accept={"partner": ["客都联创"], "client": ["鸿达陶机"]},
        renewal=False,
        source_text={"quota": ["合同商机：100条"], "pushed_count": ["已推送：58条"], "service_start": ["自2026年3月16日开始"],
                     "service_end": ["12个月", "2026年3月16日"]},
        notes="Outlook zh-CN (gb2312 base64); the period as a length and a start: '12个月，自2026年3月16日开始' - labelled "
              "2026-03-16 .. 2027-03-15 (twelve months less a day); time trigger only (74 %, 58 % of the leads); "
              "'二十多条', '1台' are distractors; the client will not renew.")


@entry
def D4():
    rng = R("D4")
    d = dt(2026, 10, 9, 10, 12, 38)
    m = dict(from_name="蔡丽芬", addr="2876401395@qq.com", date=d, subject="安达包装 服务期快到期 汇总反馈", host=host_of(rng, "qq"))
    m["blocks"] = [
        "总部好：\n\n安达包装服务期2025年10月16日～2026年10月15日，马上到期了，汇总一下情况：\n"
        "合同保障120条，截至昨天（10月8日）累计推送70条，推送数量不到六成，但服务期已经过了九成多。\n\n"
        "客户反馈：询价的多是枕式包装机、封口机，精准度七八成；希望续费后能多推东南亚的询盘。\n客户有续费意向，准备续一年。\n\n"
        "合作商：汕头市潮商汇联网络科技有限公司\n客户：汕头濠江安达包装机械有限公司\n蔡丽芬 潮商汇联"]
    eml = tencent(m, rng)
    return m, eml, dict(
        kind="summary", family="dates", client="QQ Mail",
        fields=fields(partner="汕头市潮商汇联网络科技有限公司", client="汕头濠江安达包装机械有限公司", quota=120, pushed_count=70,
                      service_start="2025-10-16", service_end="2026-10-15"),
        accept={"partner": ["潮商汇联"], "client": ["安达包装"]},
        renewal=True,
        source_text={"quota": ["合同保障120条"], "pushed_count": ["累计推送70条"], "service_start": ["2025年10月16日"],
                     "service_end": ["2026年10月15日"]},
        notes="QQ Mail (gb18030); the period joined by a full-width wave dash '2025年10月16日～2026年10月15日'; time trigger "
              "only (98 % of the period, 58 % of the leads); '10月8日' (the count's cut-off), '六成', '九成', '七八成' and "
              "'续一年' are distractors.")


@entry
def D5():
    rng = R("D5")
    d = dt(2026, 7, 21, 22, 40, 5)
    m = dict(from_name="郝建军", addr="haojj_gd@126.com", date=d, subject="鑫磊永磁 2607210455 同行询价 申请不计入",
             host=host_of(rng, "126"))
    m["blocks"] = [
        "总部老师好，\n\n今天傍晚5点40分推送给鑫磊永磁的商机 2607210455，客户晚上9点一刻打回访电话时，对方说自己也是做永磁除铁器的，"
        "想了解鑫磊的报价和交货期——是同行。按判定标准第一条，申请不计入。\n\n回访录音在附件（m4a）。\n\n"
        "合作商：包头钢都云链信息科技有限公司\n付费客户：包头稀土高新区鑫磊永磁设备有限公司\n\n郝建军 钢都云链"]
    m["atts"] = [Att("回访录音0721.m4a", "application/octet-stream", m4a(rng, 95), "audio/mp4")]
    eml = coremail(m, rng, "126")
    return m, eml, dict(
        kind="appeal", family="dates", client="126 webmail (Coremail)",
        fields=fields(partner="包头钢都云链信息科技有限公司", client="包头稀土高新区鑫磊永磁设备有限公司", lead_ids=["2607210455"],
                      pushed_at=iso(2026, 7, 21, 17, 40), objected_at=iso(2026, 7, 21, 21, 15), reason_code=1),
        accept={"partner": ["钢都云链"], "client": ["鑫磊永磁"]},
        source_text={"pushed_at": ["今天傍晚5点40分"], "objected_at": ["晚上9点一刻", "今天"], "reason_code": ["判定标准第一条"]},
        notes="126 webmail (GBK base64) sent late in the evening; '今天傍晚5点40分' (17:40) and '晚上9点一刻' (a quarter past "
              "nine in the evening: 21:15); code 1 as '判定标准第一条' (a Chinese numeral); M4A recording declared "
              "application/octet-stream.")


# ==========================================================================
# family: numbers and ids as people write them
# ==========================================================================

@entry
def N1():
    rng = R("N1")
    d = dt(2026, 6, 10, 17, 35, 19)
    fid = "ＳＪ２０２６０６１０－００３８"
    m = dict(from_name="孙雪", addr="1533207846@qq.com", date=d, subject=f"鑫源输送 商机申诉 {fid}", host=host_of(rng, "qq"))
    m["blocks"] = [
        "总部您好：\n\n合作商：鞍山千山数字营销有限公司\n客户：鞍山千山区鑫源输送机械有限公司\n"
        f"商机编号：{fid}\n推送时间：２０２６－０６－１０　１０：１５\n反馈时间：２０２６－０６－１０　１６：４０\n"
        "申诉理由：需求者留的微信号加不上，搜索提示“该账号已被封禁”，也没有留电话。\n\n截图见附件。\n孙雪 千山数字客服"]
    m["atts"] = [Att("微信搜索结果.png", "image/png", png(rng, style="search"), "image/png")]
    eml = tencent(m, rng)
    return m, eml, dict(
        kind="appeal", family="numbers", client="QQ Mail",
        fields=fields(partner="鞍山千山数字营销有限公司", client="鞍山千山区鑫源输送机械有限公司", lead_ids=["SJ20260610-0038"],
                      pushed_at=iso(2026, 6, 10, 10, 15), objected_at=iso(2026, 6, 10, 16, 40), reason_code=2),
        accept={"partner": ["千山数字"], "client": ["鑫源输送"]},
        source_text={"lead_ids": [fid], "pushed_at": ["２０２６－０６－１０　１０：１５"],
                     "objected_at": ["２０２６－０６－１０　１６：４０"], "reason_code": ["微信号加不上"]},
        notes="QQ Mail (gb18030) typed in full-width mode: the id 'ＳＪ２０２６０６１０－００３８' (subject and body) and both "
              "times ('２０２６－０６－１０　１０：１５', ideographic space) in full-width digits - NFKC gives "
              "SJ20260610-0038 and 10:15 / 16:40; code 2 (微信号加不上); PNG search-result screenshot.")


@entry
def N2():
    rng = R("N2")
    d = dt(2026, 6, 12, 11, 5, 40)
    m = dict(from_name="陈敏仪", addr="chenmy_zj@126.com", date=d, subject="恒丰电动工具 6月上旬5条商机反馈及调整",
             host=host_of(rng, "126"))
    m["blocks"] = [
        "总部老师：\n\n恒丰电动工具6月上旬推送的SJ20260605-0101～0105（共5条），客户逐条核对过了：\n"
        "0101、0103、0104 精准（角磨机、电锤批发）；\n0102 不精准，问的是电动车配件；\n0105 不精准，要的是园林工具整套贴牌，客户不接OEM。\n\n"
        "调整建议：\n① 新增关键词：锂电角磨机、电锤\n② 删除关键词：电动车\n③ 不做产品：园林工具、OEM贴牌\n④ 针对人群：五金批发商、工厂\n\n"
        "合作商：湛江港湾数科信息技术有限公司\n客户：湛江坡头恒丰电动工具有限公司\n陈敏仪"]
    eml = coremail(m, rng, "126")
    ids = [f"SJ20260605-{n:04d}" for n in range(101, 106)]
    return m, eml, dict(
        kind="adjustment", family="numbers", client="126 webmail (Coremail)",
        fields=fields(partner="湛江港湾数科信息技术有限公司", client="湛江坡头恒丰电动工具有限公司", lead_ids=ids, lead_count=5),
        accept={"client": ["恒丰电动工具"]},
        extra={"keywords_add": ["锂电角磨机", "电锤"], "keywords_remove": ["电动车"], "excluded_products": ["园林工具", "OEM贴牌"],
               "audience": ["五金批发商", "工厂"]},
        source_text={"lead_ids": ["SJ20260605-0101～0105（共5条）"], "lead_count": ["共5条"]},
        notes="126 webmail (GBK); a range with a bare end 'SJ20260605-0101～0105（共5条）' (full-width tilde) expanded to five "
              "ids (the stated count confirms it); the per-lead lines repeat only suffixes ('0101、0103、0104'); circled "
              "list numbers ①-④ are distractors.")


@entry
def N3():
    rng = R("N3")
    d = dt(2026, 8, 14, 9, 30, 22)
    m = dict(from_name="金美兰", addr="jinmeilan@wusong-sl.com", date=d, subject="北华化工设备 商机汇总反馈", host=host_of(rng, "aliyun"))
    m["blocks"] = [
        "各位总部老师好：\n\n北华化工设备推送已过六成，汇总如下：\n合作商：吉林雾凇商联信息技术有限公司\n客户：吉林市龙潭区北华化工设备有限公司\n"
        "合同数量：一百八十条\n已推数量：一百零八条\n服务时间：二〇二六年一月一日起至二〇二六年十二月三十一日止\n\n"
        "客户情况：一百零八条中有效约七十条，反应釜、储罐询价为主，成交两台5立方反应釜。\n"
        "建议：新增“搪玻璃反应釜”关键词，排除“实验室小型反应釜”。\n续费意向：客户有意续费，希望增至两百条。\n\n金美兰\n雾凇商联 客服部"]
    eml = foxmail(m, rng, "GBK")
    return m, eml, dict(
        kind="summary", family="numbers", client="Foxmail 7.2 (GBK)",
        fields=fields(partner="吉林雾凇商联信息技术有限公司", client="吉林市龙潭区北华化工设备有限公司", quota=180, pushed_count=108,
                      service_start="2026-01-01", service_end="2026-12-31"),
        accept={"partner": ["雾凇商联"], "client": ["北华化工设备"]},
        renewal=True,
        source_text={"quota": ["一百八十条"], "pushed_count": ["一百零八条"], "service_start": ["二〇二六年一月一日"],
                     "service_end": ["二〇二六年十二月三十一日"]},
        notes="Foxmail declaring GBK; counts in Chinese numerals with a zero ('一百零八条' = 108 of '一百八十条' = 180: exactly "
              "60 %, the lead trigger); the period in Chinese-numeral dates '二〇二六年一月一日起至二〇二六年十二月三十一日止'; "
              "'七十条', '两台', '5立方' and the renewal wish '两百条' are distractors.")


@entry
def N4():
    rng = R("N4")
    d = dt(2026, 9, 22, 14, 18, 2)
    ids = ["31904417", "31904582", "31905106", "31905233", "31905871", "31906024", "31906395", "31906710", "31907088", "31907452"]
    m = dict(from_name="王丽娜", addr="wanglina@hecheng-yt.com", date=d, subject=f"富重铸锻商机调整 含{ids[0]}等十条",
             host=host_of(rng, "own", "mail.hecheng-yt.com"))
    m["blocks"] = [
        "总部：\n\n富重铸锻本月推送的十条商机反馈如下（共计十条）：\n" + "；".join(ids[:5]) + "；\n" + "；".join(ids[5:]) + "\n\n"
        f"其中精准四条（{ids[0]} 大型铸钢件、{ids[3]} 锻钢支承辊等），其余六条问的是小型铸铁件和铸造模具加工，客户只做5吨以上的大型铸锻件。\n\n"
        "调整建议：\n不做产品：小型铸铁件、铸造模具\n新增关键词：大型铸钢件、锻钢支承辊\n目标人群：钢厂、重型机械厂\n\n"
        "合作商：齐齐哈尔鹤城云拓网络科技有限公司\n付费客户：齐齐哈尔富拉尔基重工铸锻有限公司\n\n王丽娜 鹤城云拓"]
    eml = outlook(m, rng, "zh-CN")
    return m, eml, dict(
        kind="adjustment", family="numbers", client="Outlook 16 (zh-CN)",
        fields=fields(partner="齐齐哈尔鹤城云拓网络科技有限公司", client="齐齐哈尔富拉尔基重工铸锻有限公司", lead_ids=ids, lead_count=10),
        accept={"partner": ["鹤城云拓"], "client": ["富重铸锻"]},
        extra={"keywords_add": ["大型铸钢件", "锻钢支承辊"], "keywords_remove": [], "excluded_products": ["小型铸铁件", "铸造模具"],
               "audience": ["钢厂", "重型机械厂"]},
        source_text={"lead_count": ["共计十条"]},
        notes="Outlook zh-CN (gb2312); ten 8-digit ids separated by full-width semicolons over two lines; the first id also in "
              "the subject and again in the verdict sentence (listed once, in order of first appearance); the count in words "
              "('十条'); '四条', '六条' and '5吨' are distractors; the client's short name is an abbreviation not contained "
              "in the full name.")


@entry
def N5():
    rng = R("N5")
    d = dt(2026, 5, 19, 19, 50, 33)
    m = dict(from_name="谭志明", addr="tanzhiming@xingyan-net.com", date=d, subject="华艺石材机械 三条商机申诉",
             host=host_of(rng, "exmail"))
    m["blocks"] = [
        "总部好，\n\n华艺石材机械今天有三条商机是同一个人留的：XP-2605-1120/1121/1125，推送时间都是2026年5月19日11:30，客户下午4点半统一反馈。\n\n"
        "对方留的电话是个人手机，打过去是一位退休老人，说是孙子帮他在网上乱填的，根本不需要石材切割机——属于判定标准第三条（留错电话、个人）。\n\n"
        "合作商：肇庆端州星岩网络科技有限公司\n付费客户：肇庆四会华艺石材机械有限公司\n通话截图1张附上。\n\n谭志明"]
    m["atts"] = [Att("通话截图.jpg", "application/octet-stream", jpg(rng, rows=6, style="list"), "image/jpeg")]
    eml = tencent(m, rng, wecom=True)
    return m, eml, dict(
        kind="appeal", family="numbers", client="WeCom / Tencent Exmail",
        fields=fields(partner="肇庆端州星岩网络科技有限公司", client="肇庆四会华艺石材机械有限公司",
                      lead_ids=["XP-2605-1120", "XP-2605-1121", "XP-2605-1125"], pushed_at=iso(2026, 5, 19, 11, 30),
                      objected_at=iso(2026, 5, 19, 16, 30), reason_code=3),
        accept={"client": ["华艺石材机械"]},
        source_text={"lead_ids": ["XP-2605-1120/1121/1125"], "pushed_at": ["2026年5月19日11:30"],
                     "objected_at": ["下午4点半", "2026年5月19日"], "reason_code": ["判定标准第三条"]},
        notes="WeCom / Exmail (UTF-8 base64); three ids as 'XP-2605-1120/1121/1125' (each bare suffix takes the first id's "
              "prefix); one push time for all; '下午4点半' takes the day of the push; code 3 as '判定标准第三条'; '三条' "
              "and '1张' are distractors; JPEG declared application/octet-stream.")


# ==========================================================================
# family: filled forms (.docx / .xlsx)
# ==========================================================================

@entry
def F1():
    rng = R("F1")
    d = dt(2026, 6, 13, 9, 12, 40)
    m = dict(from_name="古文静", addr="guwenjing@kedu-lc.com", date=d, subject="嘉应电声 商机申诉书", host=host_of(rng, "own", "mail.kedu-lc.com"))
    m["blocks"] = ["总部好，\n\n嘉应电声一条商机的申诉书见附件（按总部模板填写），请审核。\n\n古文静\n客都联创 客服部\n0753-2236018"]
    reasons = ("□1 需求者属于同行恶意骚扰或不良询价\n□2 需求者留微信，微信如何都加不上\n□3 需求者留错电话/个人或不对口企业\n"
               "✔4 需求者所需产品不符合客户行业\n□5 需求者所需产品与客户经营产品不一致")
    grid = [["合作商", "付费客户", "商机编号", "推送时间", "客户反馈时间"],
            ["梅州客都联创信息咨询有限公司", "梅州梅江区嘉应电声设备有限公司", "2606120377", "2026年6月12日 14:05", "2026年6月12日 17:50"],
            ["申诉理由", reasons, None, None, None],
            ["情况说明", "需求者留言要找“家庭装修及音响安装服务”，客户是专业扬声器单元及音箱生产厂，不提供装修安装服务，行业不符。", None, None, None],
            ["证据", "无（第4条无需证据）", None, None, None],
            ["填表人", "古文静", "填表日期", "2026年6月13日", None]]
    merges = [(2, 1, 2, 4), (3, 1, 3, 4), (4, 1, 4, 4), (5, 3, 5, 4)]
    form = docx_form("古文静", "2026-06-13T00:58:00Z", "商机申诉书", grid, merges)
    m["atts"] = [Att("商机申诉书（嘉应电声）.docx", CT_DOCX, form, CT_DOCX)]
    eml = thunderbird(m, rng)
    return m, eml, dict(
        kind="appeal", family="forms", client="Thunderbird 128 (UTF-8, 8bit)",
        fields=fields(partner="梅州客都联创信息咨询有限公司", client="梅州梅江区嘉应电声设备有限公司", lead_ids=["2606120377"],
                      pushed_at=iso(2026, 6, 12, 14, 5), objected_at=iso(2026, 6, 12, 17, 50), reason_code=4),
        accept={"partner": ["客都联创"], "client": ["嘉应电声"]},
        source_text={"pushed_at": ["2026年6月12日 14:05"], "objected_at": ["2026年6月12日 17:50"],
                     "reason_code": ["✔4 需求者所需产品不符合客户行业"]},
        notes="Thunderbird (UTF-8 8bit text; the .docx name as RFC 2047 in name= and RFC 2231 in filename*=); a vertical form: "
              "five labels across the first row and their values in the row below; the reason as five boxes with '✔' on "
              "criterion 4 (the '□' lines are not reasons); '填表日期 2026年6月13日' is a distractor; code 4 needs no evidence.")


@entry
def F2():
    rng = R("F2")
    d = dt(2026, 8, 3, 16, 22, 9)
    m = dict(from_name="曲晓东", addr="quxiaodong@haiyun-sl.com", date=d, subject="鑫诺渔具机械 7月商机反馈表",
             host=host_of(rng, "own", "mail.haiyun-sl.com"))
    m["blocks"] = ["总部：\n\n附件是鑫诺渔具机械7月份10条商机的反馈表（第二页是调整建议），请按表调整推广。\n\n——海韵数联 曲晓东"]
    ids = [2607020118, 2607030245, 2607060071, 2607080164, 2607100392, 2607140027, 2607170318, 2607210456, 2607240083,
           2607290211]
    verdict = ["精准", "精准", "不精准", "精准", "不精准", "精准", "精准", "不精准", "精准", "精准"]
    comment = ["渔网编织机询价", "", "要买成品鱼竿", "绕线机，已报价", "个人钓鱼爱好者", "", "渔具厂采购", "问钓鱼竿", "", "渔网机配件"]
    days = [date(2026, 7, 2), date(2026, 7, 3), date(2026, 7, 6), date(2026, 7, 8), date(2026, 7, 10), date(2026, 7, 14),
            date(2026, 7, 17), date(2026, 7, 21), date(2026, 7, 24), date(2026, 7, 29)]
    c1 = {"A1": "商机编号", "B1": "推送日期", "C1": "是否精准", "D1": "客户反馈"}
    for i in range(10):
        c1[f"A{i + 2}"] = ids[i]
        c1[f"B{i + 2}"] = days[i]
        c1[f"C{i + 2}"] = verdict[i]
        if comment[i]:
            c1[f"D{i + 2}"] = comment[i]
    c2 = {"A1": "合作商", "B1": "威海海韵数联科技有限公司", "A2": "客户", "B2": "威海环翠鑫诺渔具机械有限公司",
          "A4": "调整建议", "A5": "新增关键词", "B5": "渔网编织机、绕线机", "A6": "删除关键词", "B6": "钓鱼竿",
          "A7": "不做产品", "B7": "成品渔具", "A8": "针对人群", "B8": "渔具厂"}
    form = xlsx_book("曲晓东", "2026-08-03T07:50:00Z", [("反馈明细", c1, [], {"A": 14, "B": 12, "C": 10, "D": 24}),
                                                     ("调整建议", c2, ["A4:B4"], {"A": 12, "B": 32})])
    m["atts"] = [Att("鑫诺渔具机械-7月商机反馈表.xlsx", "application/vnd.ms-excel", form, CT_XLSX)]
    eml = foxmail(m, rng)
    return m, eml, dict(
        kind="adjustment", family="forms", client="Foxmail 7.2",
        fields=fields(partner="威海海韵数联科技有限公司", client="威海环翠鑫诺渔具机械有限公司", lead_ids=[str(x) for x in ids],
                      lead_count=10),
        accept={"partner": ["海韵数联"], "client": ["鑫诺渔具机械"]},
        extra={"keywords_add": ["渔网编织机", "绕线机"], "keywords_remove": ["钓鱼竿"], "excluded_products": ["成品渔具"],
               "audience": ["渔具厂"]},
        source_text={"lead_count": ["7月份10条商机"]},
        notes="Foxmail with a two-sheet .xlsx declared application/vnd.ms-excel (the old Excel type for a new file): the ten "
              "ids are numeric cells (no leading text), the push days real date cells; partner, client and the proposals "
              "only on the second sheet; the body's '7月份' and '第二页' are distractors.")


@entry
def F3():
    rng = R("F3")
    d = dt(2026, 8, 3, 10, 26, 58)
    m = dict(from_name="冯立新", addr="fenglixin@gangcheng-qf.com", date=d, subject="华岳玻机 商机汇总反馈表",
             host=host_of(rng, "own", "mail.gangcheng-qf.com"))
    m["blocks"] = ["总部好：\n\n华岳玻机推送已过六成，汇总反馈表见附件，请查收。\n\n港城企服 客服部 冯立新\n0335-7081265"]
    cells = {"A1": "商机汇总反馈表", "A2": "合作商", "B2": "秦皇岛港城企服信息技术有限公司", "A3": "客户", "B3": "秦皇岛经开区华岳玻璃机械有限公司",
             "A4": "合同商机数（条）", "B4": 200, "A5": "已推送（条）", "B5": 131, "A6": "服务开始", "B6": date(2025, 12, 1),
             "A7": "服务结束", "B7": date(2026, 11, 30), "A8": "触发条件", "B8": "推送数量达60%",
             "A9": "情况分析", "B9": "131条中客户认为有效的约90条，以玻璃磨边机、钢化炉询价为主，已成交4台磨边机。",
             "A10": "解决方案", "B10": "增加“中空玻璃生产线”关键词；东北地区询盘加大推广。", "A11": "续费意向", "B11": "有，计划续费一年"}
    form = xlsx_book("冯立新", "2026-08-03T02:15:00Z", [("汇总反馈", cells, ["A1:B1"], {"A": 18, "B": 46})])
    m["atts"] = [Att("华岳玻机商机汇总反馈表.xlsx", CT_XLSX, form, CT_XLSX)]
    eml = outlook(m, rng, "zh-CN")
    return m, eml, dict(
        kind="summary", family="forms", client="Outlook 16 (zh-CN)",
        fields=fields(partner="秦皇岛港城企服信息技术有限公司", client="秦皇岛经开区华岳玻璃机械有限公司", quota=200, pushed_count=131,
                      service_start="2025-12-01", service_end="2026-11-30"),
        accept={"partner": ["港城企服"], "client": ["华岳玻机"]},
        renewal=True,
        source_text={"quota": ["合同商机数（条） 200"], "pushed_count": ["已推送（条） 131"], "service_start": ["2025-12-01"],
                     "service_end": ["2026-11-30"]},
        notes="Outlook zh-CN with an .xlsx summary: quota and pushed count as numeric cells beside '（条）' labels, the period as "
              "two real date cells; lead trigger only (65.5 %, 67 % of the period); '约90条', '4台' and '60%' are distractors.")


@entry
def F4():
    rng = R("F4")
    d = dt(2026, 6, 16, 8, 50, 31)
    m = dict(from_name="冯立新", addr="fenglixin_qhd@163.com", date=d, subject="恒岳铸机 申诉表", host=host_of(rng, "163"))
    m["blocks"] = ["总部老师好：\n\n恒岳铸机的申诉表在附件，微信搜索截图也附上了，麻烦审核。\n\n港城企服 冯立新"]
    cells = {"A1": "商机申诉表", "A2": "合作商", "B2": "付费客户", "C2": "商机编号", "D2": "推送日期", "E2": "推送时刻",
             "F2": "反馈日期", "G2": "反馈时刻", "H2": "申诉理由",
             "A3": "秦皇岛港城企服信息技术有限公司", "B3": "秦皇岛抚宁恒岳铸造机械有限公司", "C3": "SJ20260615-0072",
             "D3": date(2026, 6, 15), "E3": time(14, 20), "F3": date(2026, 6, 15), "G3": time(18, 5),
             "H3": "2（需求者留微信，微信如何都加不上）",
             "A5": "情况说明", "B5": "需求者只留了微信号，客户搜索三次均提示“用户不存在”，留言里没有电话。"}
    form = xlsx_book("冯立新", "2026-06-16T00:40:00Z", [("申诉表", cells, ["A1:H1", "B5:H5"],
                                                     {"A": 22, "B": 24, "C": 18, "D": 11, "E": 9, "F": 11, "G": 9, "H": 26})])
    m["atts"] = [Att("恒岳铸机申诉表.xlsx", CT_XLSX, form, CT_XLSX),
                 Att("微信搜索截图.png", "image/png", png(rng, style="search"), "image/png")]
    eml = coremail(m, rng, "163")
    return m, eml, dict(
        kind="appeal", family="forms", client="163 webmail (Coremail)",
        fields=fields(partner="秦皇岛港城企服信息技术有限公司", client="秦皇岛抚宁恒岳铸造机械有限公司", lead_ids=["SJ20260615-0072"],
                      pushed_at=iso(2026, 6, 15, 14, 20), objected_at=iso(2026, 6, 15, 18, 5), reason_code=2),
        accept={"partner": ["港城企服"], "client": ["恒岳铸机"]},
        source_text={"pushed_at": ["14:20:00", "2026-06-15"], "objected_at": ["18:05:00", "2026-06-15"],
                     "reason_code": ["需求者留微信，微信如何都加不上"]},
        notes="163 webmail with an .xlsx in one header row and one value row: each time split into a date cell and a separate "
              "time-of-day cell ('推送日期' + '推送时刻'); the reason as the criterion number with its words in one cell; "
              "'三次' is a distractor; PNG screenshot as evidence.")


@entry
def F5():
    rng = R("F5")
    d = dt(2026, 8, 26, 14, 40, 12)
    m = dict(from_name="曲晓东", addr="1302957741@qq.com", date=d, subject="利达轮胎设备 商机汇总反馈表", host=host_of(rng, "qq"))
    m["blocks"] = ["总部好：\n\n利达轮胎设备的汇总反馈表见附件，续费的事客户还在考虑。\n\n海韵数联 曲晓东"]
    grid = [["合作商名称", "威海海韵数联科技有限公司", None, None],
            ["客户名称", "威海文登利达轮胎翻新设备有限公司", None, None],
            ["合同保障商机数", "90条", "已推送商机数", "57条"],
            ["服务期", "2026年1月20日—2027年1月19日", None, None],
            ["触发条件", "☑ 推送数量达到60%　□ 服务期达到70%", None, None],
            ["客户情况分析", "询盘以轮胎硫化机、打磨机为主，有效约四成；工程胎翻新设备的询盘较少。", None, None],
            ["建议方案", "1. 增加“工程胎翻新设备”关键词；2. 不做产品：轮胎（成品）。", None, None],
            ["续费意向", "□ 续费　□ 不续费　☑ 待定", None, None]]
    merges = [(0, 1, 0, 3), (1, 1, 1, 3), (3, 1, 3, 3), (4, 1, 4, 3), (5, 1, 5, 3), (6, 1, 6, 3), (7, 1, 7, 3)]
    form = docx_form("曲晓东", "2026-08-26T06:20:00Z", "商机汇总反馈表", grid, merges)
    m["atts"] = [Att("利达轮胎设备-商机汇总反馈表.docx", "application/octet-stream", form, CT_DOCX)]
    eml = tencent(m, rng)
    return m, eml, dict(
        kind="summary", family="forms", client="QQ Mail",
        fields=fields(partner="威海海韵数联科技有限公司", client="威海文登利达轮胎翻新设备有限公司", quota=90, pushed_count=57,
                      service_start="2026-01-20", service_end="2027-01-19"),
        accept={"partner": ["海韵数联"], "client": ["利达轮胎设备"]},
        renewal=None,
        source_text={"quota": ["90条"], "pushed_count": ["57条"], "service_start": ["2026年1月20日"],
                     "service_end": ["2027年1月19日"]},
        notes="QQ Mail with a .docx summary form declared application/octet-stream: merged value cells, quota and pushed count "
              "side by side in one row, the period in one cell joined by '—', the trigger and renewal as ticked boxes "
              "('☑ 推送数量达到60%', '☑ 待定': renewal undecided); '四成', '60%', '70%' are distractors.")


# ==========================================================================
# family: short names only
# ==========================================================================

@entry
def S1():
    rng = R("S1")
    d = dt(2026, 6, 24, 13, 10, 27)
    m = dict(from_name="黎婉婷", addr="liwanting@xingyan-net.com", date=d, subject="金利五金 申请不计入",
             host=host_of(rng, "own", "mail.xingyan-net.com"))
    m["blocks"] = ["金利五金今天上午推的SJ20260624-0033，需求者电话里承认是佛山一家五金厂的业务员，来打听价格的，是同行。"
                   "上午10点20推的，客户中午12点半就反馈了。录音附上，申请按第1条不计入。\n\n星岩网络 婉婷"]
    m["atts"] = [Att("通话录音0624.amr", "audio/amr", amr(rng, 41), "audio/amr")]
    eml = android(m, rng)
    return m, eml, dict(
        kind="appeal", family="short_names", client="phone mail app (8bit GBK)", malformed=True,
        fields=fields(partner="星岩网络", client="金利五金", lead_ids=["SJ20260624-0033"], pushed_at=iso(2026, 6, 24, 10, 20),
                      objected_at=iso(2026, 6, 24, 12, 30), reason_code=1),
        accept={},
        source_text={"pushed_at": ["上午10点20", "今天"], "objected_at": ["中午12点半", "今天"], "reason_code": ["按第1条"]},
        notes="Phone mail app (8bit GBK text, raw 8-bit GBK file name: malformed); no greeting, no labels; partner and client "
              "only as short names (the partner in the signature); '上午10点20' and '中午12点半' (noon stays 12) on the "
              "Date's day; code 1 with an AMR recording.")


@entry
def S2():
    rng = R("S2")
    d = dt(2026, 7, 2, 10, 40, 55)
    m = dict(from_name="孙雪", addr="1533207846@qq.com", date=d, subject="【千山数字】鑫源输送 5条商机反馈", host=host_of(rng, "qq"))
    m["blocks"] = ["总部您好，\n\n鑫源输送最近5条商机：3条精准（皮带输送机），2条不精准（问的是输送带胶带，客户不做耗材）。\n"
                   "建议不做产品加上“输送带胶带”，关键词增加“大倾角皮带输送机”。\n\n谢谢\n孙雪"]
    eml = tencent(m, rng)
    return m, eml, dict(
        kind="adjustment", family="short_names", client="QQ Mail",
        fields=fields(partner="千山数字", client="鑫源输送", lead_count=5),
        accept={},
        extra={"keywords_add": ["大倾角皮带输送机"], "keywords_remove": [], "excluded_products": ["输送带胶带"], "audience": []},
        source_text={"lead_count": ["最近5条商机"]},
        notes="QQ Mail (gb18030); the partner only as the short name in the subject's 【】 prefix, the client only by its short "
              "name; the count only ('最近5条'), no ids; '3条' / '2条' are distractors.")


@entry
def S3():
    rng = R("S3")
    d = dt(2026, 7, 15, 20, 30, 46)
    m = dict(from_name="Grace Zhang", addr="grace.zhang@wusong-sl.com", date=d, subject="永盛农机汇总",
             host=host_of(rng, "own", "mail.wusong-sl.com"))
    m["blocks"] = ["总部好，永盛农机合同100条，现在推了63条，服务期是2026.2.1到2027.1.31。客户说玉米收获机的询盘不错，打算续费。\n\n"
                   "雾凇商联 Grace\n\n发自我的iPhone"]
    eml = iphone(m, rng)
    return m, eml, dict(
        kind="summary", family="short_names", client="iPhone Mail",
        fields=fields(partner="雾凇商联", client="永盛农机", quota=100, pushed_count=63, service_start="2026-02-01",
                      service_end="2027-01-31"),
        accept={},
        renewal=True,
        source_text={"quota": ["合同100条"], "pushed_count": ["推了63条"], "service_start": ["2026.2.1"],
                     "service_end": ["2027.1.31"]},
        notes="iPhone Mail (UTF-8 quoted-printable, text only); a two-line summary in one sentence with short names only "
              "(the partner in the signature); the period '2026.2.1到2027.1.31'; lead trigger only (63 %, 45 % of the period).")


@entry
def S4():
    rng = R("S4")
    d = dt(2026, 9, 28, 11, 45, 13)
    m = dict(from_name="王丽娜", addr="wanglina@hecheng-yt.com", date=d, subject="富重铸锻 31909213 申诉",
             host=host_of(rng, "own", "mail.hecheng-yt.com"))
    m["blocks"] = ["总部：\n\n富重铸锻反馈31909213这条商机需求者留的微信一直加不上（对方设置了不允许搜索添加），电话也没留。"
                   "推送时间9月28日8:30，客户反馈时间9月28日11:00。截图两张见附件。\n\n鹤城云拓 王丽娜"]
    m["atts"] = [Att("微信添加失败1.jpg", "image/jpeg", jpg(rng, style="search"), "image/jpeg"),
                 Att("微信添加失败2.jpg", "image/jpeg", jpg(rng, rows=4), "image/jpeg")]
    eml = outlook(m, rng, "zh-CN")
    return m, eml, dict(
        kind="appeal", family="short_names", client="Outlook 16 (zh-CN)",
        fields=fields(partner="鹤城云拓", client="富重铸锻", lead_ids=["31909213"], pushed_at=iso(2026, 9, 28, 8, 30),
                      objected_at=iso(2026, 9, 28, 11, 0), reason_code=2),
        accept={},
        source_text={"pushed_at": ["9月28日8:30"], "objected_at": ["9月28日11:00"], "reason_code": ["微信一直加不上"]},
        notes="Outlook zh-CN (gb2312); one paragraph; partner and client only as short names (the client's is an "
              "abbreviation); year-less '9月28日8:30' / '9月28日11:00'; code 2 in words; two JPEG screenshots.")


@entry
def S5():
    rng = R("S5")
    d = dt(2026, 10, 20, 9, 48, 37)
    m = dict(from_name="古文静", addr="guwenjing_kd@163.com", date=d, subject="鸿达陶机 商机调整（10条）", host=host_of(rng, "163"))
    m["blocks"] = ["总部您好：\n\n鸿达陶机这一批10条商机的反馈：有效6条，无效4条。无效的都是问日用陶瓷、陶瓷杯的，客户只做建筑陶瓷的压砖机和窑炉设备。\n\n"
                   "调整：\n新增关键词：自动压砖机、辊道窑\n删除关键词：陶瓷杯\n不做产品：日用陶瓷\n针对人群：瓷砖厂\n\n客都联创 古文静"]
    eml = coremail(m, rng, "163")
    return m, eml, dict(
        kind="adjustment", family="short_names", client="163 webmail (Coremail)",
        fields=fields(partner="客都联创", client="鸿达陶机", lead_count=10),
        accept={},
        extra={"keywords_add": ["自动压砖机", "辊道窑"], "keywords_remove": ["陶瓷杯"], "excluded_products": ["日用陶瓷"],
               "audience": ["瓷砖厂"]},
        source_text={"lead_count": ["这一批10条商机"]},
        notes="163 webmail (GBK); short names only (partner in the signature); the count '这一批10条', no ids; '有效6条' / "
              "'无效4条' are distractors.")


# ==========================================================================
# family: ordinary clean requests
# ==========================================================================

@entry
def C1():
    rng = R("C1")
    d = dt(2026, 7, 8, 16, 30, 42)
    m = dict(from_name="曲晓东", addr="quxiaodong@haiyun-sl.com", date=d, subject="商机申诉：鑫诺渔具机械 2607080197",
             host=host_of(rng, "own", "mail.haiyun-sl.com"))
    m["blocks"] = [
        "总部您好：\n\n以下商机客户有异议，我方无法判定，提交总部：\n",
        Table([["合作商", "威海海韵数联科技有限公司"], ["付费客户", "威海环翠鑫诺渔具机械有限公司"], ["商机编号", "2607080197"],
               ["推送时间", "2026-07-08 09:10"], ["客户反馈时间", "2026-07-08 15:40"], ["申诉理由", "需求者留微信，微信如何都加不上"],
               ["情况说明", "需求者只留微信号，客户从上午开始添加，均提示“对方账号异常”。"], ["证据", "添加失败截图1张"]]),
        "\n谢谢！\n曲晓东\n海韵数联 客服部\n0631-5236087"]
    m["atts"] = [Att("微信添加失败.png", "image/png", png(rng, rows=4), "image/png")]
    eml = outlook(m, rng, "zh-CN")
    return m, eml, dict(
        kind="appeal", family="clean", client="Outlook 16 (zh-CN)",
        fields=fields(partner="威海海韵数联科技有限公司", client="威海环翠鑫诺渔具机械有限公司", lead_ids=["2607080197"],
                      pushed_at=iso(2026, 7, 8, 9, 10), objected_at=iso(2026, 7, 8, 15, 40), reason_code=2),
        accept={"partner": ["海韵数联"], "client": ["鑫诺渔具机械"]},
        source_text={"pushed_at": ["2026-07-08 09:10"], "objected_at": ["2026-07-08 15:40"],
                     "reason_code": ["需求者留微信，微信如何都加不上"]},
        notes="Outlook zh-CN (gb2312); a clean two-column table (tab rows in the text part) with all six fields; code 2 in "
              "the seed's words; PNG screenshot.")


@entry
def C2():
    rng = R("C2")
    d = dt(2026, 6, 30, 9, 5, 18)
    ids = ["XP-2606-2201", "XP-2606-2214", "XP-2606-2237", "XP-2606-2258", "XP-2606-2263", "XP-2606-2290", "XP-2606-2304",
           "XP-2606-2331", "XP-2606-2345", "XP-2606-2372"]
    ok = ["精准", "精准", "不精准", "精准", "精准", "不精准", "精准", "精准", "不精准", "精准"]
    why = ["自由锻液压机", "", "锻件来料加工", "", "快锻机", "问锻造加工", "", "钢厂技改", "锻件来料加工", ""]
    m = dict(from_name="Nora Wang", addr="nora.wang@gangdu-cl.com", date=d, subject="Fw: 北方锻压6月份10条商机反馈",
             host=host_of(rng, "aliyun"))
    qhead = "发件人： 高峰\n发送时间： 2026-06-29 17:42\n收件人： 王诺\n主题： 北方锻压6月份10条商机反馈"
    qbody = ("王诺：\n北方锻压6月份10条商机客户已逐条反馈：\n" + "\n".join(f"{ids[i]} {ok[i]} {why[i]}".rstrip() for i in range(10))
             + "\n\n调整意见：\n新增关键词：自由锻液压机\n删除关键词：锻造加工\n不做产品：锻件来料加工\n针对人群：钢厂、锻造厂\n\n"
             "客户：包头九原北方重型锻压有限公司\n高峰")
    m["blocks"] = [
        "总部好，\n\n下面是我同事整理的北方锻压6月份10条商机的客户反馈和调整意见，请按此调整推广。\n\n王诺\n包头钢都云链信息科技有限公司\n",
        Quote("\n\n\nnora.wang@gangdu-cl.com\n\n" + qhead + "\n\n" + qbody, qhead, qbody)]
    eml = foxmail(m, rng)
    return m, eml, dict(
        kind="adjustment", family="clean", client="Foxmail 7.2",
        fields=fields(partner="包头钢都云链信息科技有限公司", client="包头九原北方重型锻压有限公司", lead_ids=ids, lead_count=10),
        accept={"client": ["北方锻压"]},
        extra={"keywords_add": ["自由锻液压机"], "keywords_remove": ["锻造加工"], "excluded_products": ["锻件来料加工"],
               "audience": ["钢厂", "锻造厂"]},
        source_text={"lead_count": ["北方锻压6月份10条商机的客户反馈"]},
        notes="Foxmail forward ('Fw:') of a colleague's mail inside the partner: the forwarded part carries the ten ids, the "
              "verdicts, the proposals and the client's full name; the forwarding text carries the partner's; no thread "
              "headers, judged by content; '17:42' (the colleague's send time) is a distractor.")


@entry
def C3():
    rng = R("C3")
    d = dt(2026, 9, 15, 11, 20, 3)
    m = dict(from_name="Leo 刘洋", addr="liuyang@qianshan-dm.com", date=d, subject="RE: 华冶耐材续费的事", host=host_of(rng, "exmail"))
    m["irt"] = "<tencent_4C1E0B7A9D3F25E8B60A1C7D92E4F0B3A58D@exmail.qq.com>"
    m["refs"] = ["<tencent_4C1E0B7A9D3F25E8B60A1C7D92E4F0B3A58D@exmail.qq.com>"]
    qhead = ('发件人: "孙雪"<sunxue@qianshan-dm.com>;\n发送时间: 2026年9月14日(星期一) 下午5:48\n'
             '收件人: "刘洋"<liuyang@qianshan-dm.com>;\n主题: 华冶耐材续费的事')
    qbody = "刘洋，华冶耐材那边问续费的事了，你把情况汇总一下发给总部吧，抄送我。\n孙雪"
    m["blocks"] = [
        "总部好：\n\n华冶耐材推送已过六成、服务期也过了七成，汇总反馈如下：\n\n合作商：鞍山千山数字营销有限公司\n"
        "客户：鞍山铁西华冶耐火材料有限公司\n合同商机：150条\n已推送：96条\n服务期：2025年12月1日至2026年11月30日\n\n"
        "分析：询盘以高铝砖、镁碳砖为主，客户跟进及时，已成交6单。\n建议：续费后增加“浇注料”“耐火泥”关键词。\n"
        "续费意向：客户同意续费，希望单价不变。\n\n刘洋\n千山数字\n",
        Quote("\n------------------ 原始邮件 ------------------\n" + qhead + "\n\n" + qbody, qhead, qbody)]
    eml = tencent(m, rng, wecom=True)
    return m, eml, dict(
        kind="summary", family="clean", client="WeCom / Tencent Exmail",
        fields=fields(partner="鞍山千山数字营销有限公司", client="鞍山铁西华冶耐火材料有限公司", quota=150, pushed_count=96,
                      service_start="2025-12-01", service_end="2026-11-30"),
        accept={"partner": ["千山数字"], "client": ["华冶耐材"]},
        renewal=True,
        source_text={"quota": ["合同商机：150条"], "pushed_count": ["已推送：96条"], "service_start": ["2025年12月1日"],
                     "service_end": ["2026年11月30日"]},
        notes="WeCom / Exmail 'RE:' whose In-Reply-To/References point at a colleague's mail (exmail.qq.com, not "
              "@ptg139.com): judged by content, a clean summary; both triggers (64 % of the leads, 79 % of the period); "
              "the quoted colleague's mail adds nothing; '6单' and '下午5:48' are distractors.")


@entry
def C4():
    rng = R("C4")
    d = dt(2026, 7, 15, 15, 40, 21)
    m = dict(from_name="许晓纯", addr="xuxiaochun@chaoshang-hl.com", date=d, subject="商机申诉 鑫泰玩具机械 SJ20260715-0208",
             host=host_of(rng, "google"))
    m["blocks"] = [
        "总部您好：\n\n合作商：汕头市潮商汇联网络科技有限公司\n付费客户：汕头澄海鑫泰玩具机械有限公司\n商机编号：SJ20260715-0208\n"
        "推送时间：2026年7月15日 10:30\n客户反馈时间：2026年7月15日 15:05\n申诉理由：需求者属于同行恶意骚扰\n"
        "情况说明：需求者自称玩具厂采购，回访时承认是揭阳一家注塑机厂的销售，目的是了解客户的报价和配置。\n\n"
        "回访录音和聊天截图见附件。\n\n许晓纯\n潮商汇联 客服部"]
    m["atts"] = [Att("回访录音0715.m4a", "audio/x-m4a", m4a(rng, 118), "audio/mp4"),
                 Att("聊天记录截图.png", "image/png", png(rng, rows=7), "image/png")]
    eml = apple_mail(m, rng)
    return m, eml, dict(
        kind="appeal", family="clean", client="Apple Mail (macOS)",
        fields=fields(partner="汕头市潮商汇联网络科技有限公司", client="汕头澄海鑫泰玩具机械有限公司", lead_ids=["SJ20260715-0208"],
                      pushed_at=iso(2026, 7, 15, 10, 30), objected_at=iso(2026, 7, 15, 15, 5), reason_code=1),
        accept={"partner": ["潮商汇联"], "client": ["鑫泰玩具机械"]},
        source_text={"pushed_at": ["2026年7月15日 10:30"], "objected_at": ["2026年7月15日 15:05"],
                     "reason_code": ["需求者属于同行恶意骚扰"]},
        notes="Apple Mail (UTF-8 quoted-printable, attachments between two HTML pieces, Chinese names in RFC 2231 "
              "filename*= and RFC 2047 Q-words in name=); a clean labelled appeal; code 1 with an M4A recording and a PNG "
              "chat screenshot.")


# ==========================================================================
# family: corrections in a thread (replies)
# ==========================================================================

@entry
def R1():
    rng = R("R1")
    d = dt(2026, 6, 17, 9, 5, 48)
    m = dict(from_name="黎婉婷", addr="2211873065@qq.com", date=d, subject="【ＤＯＲ＃ＳＳ－２０２６－０００６３４】更正客户反馈时间",
             host=host_of(rng, "qq"))
    m["blocks"] = ["总部好：\n\n案件ＳＳ－２０２６－０００６３４我们填的客户反馈时间有误，客户实际是6月16日下午2:35打电话反馈的，请以此为准，"
                   "其余内容不变。\n\n黎婉婷"]
    eml = tencent(m, rng)
    return m, eml, dict(
        kind="reply", family="thread", client="QQ Mail",
        fields=fields(objected_at=iso(2026, 6, 16, 14, 35)), accept={},
        source_text={"objected_at": ["6月16日下午2:35"]},
        notes="QQ Mail: a new mail (no In-Reply-To/References) whose subject carries the case tag typed in full-width "
              "characters '【ＤＯＲ＃ＳＳ－２０２６－０００６３４】' - after NFKC the tag DOR#SS-2026-000634, so a reply with "
              "case_ref set and no thread_case_ref; the new text corrects the objection time to 2026-06-16 14:35; the "
              "case id in the body is not case_ref.")


@entry
def R2():
    rng = R("R2")
    d = dt(2026, 6, 18, 10, 20, 30)
    m = dict(from_name="冯立新", addr="fenglixin@gangcheng-qf.com", date=d, subject="答复: DOR#SS-2026-000641 商机申诉已受理",
             host=host_of(rng, "own", "mail.gangcheng-qf.com"))
    m["irt"] = "<ack.SS-2026-000641@ptg139.com>"
    m["refs"] = ["<ack.SS-2026-000641@ptg139.com>"]
    new = ("您好，\n\n申诉里的商机编号写错了，正确的是 SJ20260617-0082（之前误写成 SJ20260617-0028）。更正后的商机详情截图附上，"
           "其他信息不变。\n\n冯立新\n港城企服\n")
    qhead = ("发件人: 总部商机服务 <dor@ptg139.com> \n发送时间: 2026年6月17日 16:05\n收件人: 冯立新 <fenglixin@gangcheng-qf.com>\n"
             "主题: DOR#SS-2026-000641 商机申诉已受理")
    qbody = ("冯立新 您好：\n\n您提交的商机申诉已受理，案件号 SS-2026-000641。\n合作商：秦皇岛港城企服信息技术有限公司\n"
             "付费客户：秦皇岛抚宁恒岳铸造机械有限公司\n商机编号：SJ20260617-0028\n推送时间：2026-06-17 09:30\n"
             "客户反馈时间：2026-06-17 13:10\n总部将在48个工作小时内给出判定结果。\n\n总部商机服务")
    m["blocks"] = [new, Quote("\n" + qhead + "\n\n" + qbody, qhead, qbody)]
    m["atts"] = [Att("商机详情截图.png", "image/png", png(rng, rows=6, style="list"), "image/png")]
    eml = outlook(m, rng, "zh-CN")
    return m, eml, dict(
        kind="reply", family="thread", client="Outlook 16 (zh-CN)",
        fields=fields(lead_ids=["SJ20260617-0082"]), accept={},
        source_text={},
        notes="Outlook '答复:' with the tag written without brackets ('DOR#SS-2026-000641') plus In-Reply-To/References; the "
              "new text corrects the lead id to SJ20260617-0082 (the old id it names, SJ20260617-0028, and the quoted HQ "
              "acknowledgement are not data); the new screenshot is the reply's attachment.")


@entry
def R3():
    rng = R("R3")
    d = dt(2026, 8, 28, 15, 12, 7)
    m = dict(from_name="曲晓东", addr="quxiaodong@haiyun-sl.com", date=d, subject="回复: [DOR#SS-2026-000655] 商机汇总反馈已受理",
             host=host_of(rng, "own", "mail.haiyun-sl.com"))
    m["irt"] = "<ack.SS-2026-000655@ptg139.com>"
    m["refs"] = ["<20260826144012000318207@haiyun-sl.com>", "<ack.SS-2026-000655@ptg139.com>"]
    new = "总部好：\n\n汇总表里的合同商机数填错了，应为150条（合同附件写的就是150条），表里误填成了120条。其他不变。\n\n曲晓东\n"
    qhead = ('From: "总部商机服务"<dor@ptg139.com>\nDate: 2026-08-27 10:03\nTo: 曲晓东<quxiaodong@haiyun-sl.com>\n'
             "Subject: [DOR#SS-2026-000655] 商机汇总反馈已受理")
    qbody = ("曲晓东 您好：\n您提交的商机汇总反馈已受理：合作商 威海海韵数联科技有限公司，客户 威海文登利达轮胎翻新设备有限公司，合同商机数 120条，"
             "已推送 57条，服务期 2026-01-20 至 2027-01-19。\n总部将在5个工作日内与您沟通续费方案。\n总部商机服务")
    m["blocks"] = [new, Quote("\n \n" + qhead + "\n\n" + qbody, qhead, qbody)]
    eml = foxmail(m, rng)
    return m, eml, dict(
        kind="reply", family="thread", client="Foxmail 7.2",
        fields=fields(quota=150), accept={},
        source_text={"quota": ["应为150条"]},
        notes="Foxmail '回复: [DOR#SS-2026-000655]' with In-Reply-To and References (the partner's own summary id, then HQ's "
              "acknowledgement); the new text corrects the quota to 150 ('120条' is the old value); the quoted HQ text "
              "(partner, client, count, period) is ignored.")


@entry
def R4():
    rng = R("R4")
    d = dt(2026, 9, 10, 14, 52, 39)
    m = dict(from_name="陈敏仪", addr="adachen_gw@163.com", date=d, subject="Re:商机汇总反馈已受理", host=host_of(rng, "163"))
    m["refs"] = ["<4f1b92c7.3a0e.19d2b7e5a44.Coremail.adachen_gw@163.com>", "<ack.SS-2026-000668@ptg139.com>"]
    new = "总部老师好，\n\n服务期结束日期应该是2027年2月28日，合同是按自然月签的，之前误写成了2027年3月1日，麻烦更正。\n\n陈敏仪\n港湾数科"
    qhead = '在 2026-09-09 11:26:40，"总部商机服务" <dor@ptg139.com> 写道：'
    qbody = ("陈敏仪 您好：\n\n您提交的商机汇总反馈已受理，案件号 SS-2026-000668。\n合作商：湛江港湾数科信息技术有限公司\n"
             "客户：湛江麻章海润饲料机械有限公司\n合同商机数：150条\n已推送：93条\n服务期：2026-03-01 至 2027-03-01\n\n总部商机服务")
    m["blocks"] = [new, Quote("\n\n" + qhead + "\n" + quote_gt(qbody), qhead, qbody)]
    eml = coremail(m, rng, "163")
    return m, eml, dict(
        kind="reply", family="thread", client="163 webmail (Coremail; References only, approximated)",
        fields=fields(service_end="2027-02-28"), accept={},
        source_text={"service_end": ["2027年2月28日"]},
        notes="163 webmail 'Re:' with no tag in the subject and no In-Reply-To: the case is reachable only through References "
              "(the partner's own earlier id, then <ack.SS-2026-000668@ptg139.com>): case_ref null, thread_case_ref set; "
              "the new text corrects the service end to 2027-02-28 ('2027年3月1日' is the old value); the quoted HQ text "
              "is ignored.")


@entry
def R5():
    rng = R("R5")
    d = dt(2026, 6, 5, 10, 8, 56)
    m = dict(from_name="Jason Lin", addr="jason.lin@chaoshang-hl.com", date=d,
             subject="RE: (DOR#SS-2026-000672) Lead appeal received", host=host_of(rng, "m365"))
    m["irt"] = "<ack.SS-2026-000672@ptg139.com>"
    m["refs"] = ["<ack.SS-2026-000672@ptg139.com>"]
    new = ("Hi,\n\nSorry, please change the reason to criterion 2 (the WeChat ID cannot be added), not criterion 3 as we "
           "wrote yesterday. Everything else stays the same.\n\nJason\n")
    qhead = ("From: 总部商机服务 <dor@ptg139.com>\nSent: Thursday, June 4, 2026 4:40 PM\nTo: Jason Lin <jason.lin@chaoshang-hl.com>\n"
             "Subject: (DOR#SS-2026-000672) Lead appeal received")
    qbody = ("Jason Lin 您好：\n\n您提交的商机申诉已受理（案件号 SS-2026-000672）。\n申诉理由：第3条（留错电话）\n"
             "总部将在48个工作小时内给出判定结果。\n\n总部商机服务")
    m["blocks"] = [new, Quote("\n" + qhead + "\n\n" + qbody, qhead, qbody)]
    eml = outlook(m, rng, "en-US")
    return m, eml, dict(
        kind="reply", family="thread", client="Outlook 16 (en-US)",
        fields=fields(reason_code=2), accept={},
        source_text={"reason_code": ["change the reason to criterion 2"]},
        notes="Outlook en-US 'RE:' with the tag in round brackets '(DOR#SS-2026-000672)' plus In-Reply-To; the English new "
              "text changes the reason to criterion 2 ('not criterion 3' and the quoted '第3条' are the old value); "
              "'yesterday' is not a time field.")


# ==========================================================================
# family: mail that is not a request (unknown, with a topic)
# ==========================================================================

@entry
def U1():
    rng = R("U1")
    d = dt(2026, 5, 8, 15, 26, 44)
    m = dict(from_name="客都联创客服", addr="kedulc_kf@sina.com", date=d, subject="咨询：节假日推送的商机，申诉时效怎么算？",
             host=host_of(rng, "sina"))
    m["html"] = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=GBK"></head><body>'
        '<div style="font-size:14px;font-family:宋体">总部老师您好：<br><br>想咨询两个问题：<br>'
        "1、如果商机是周六晚上推送的，客户周一上午才看到并提出异议，算不算8小时内？总部的48个工作小时是不是从周一开始算？<br>"
        "2、客户是用微信语音和需求者沟通的，没有电话录音，能不能把微信语音导出来当证据？<br><br>"
        "不急，方便时回复即可。谢谢！<br><br>客都联创 钟晓琳<br>0753-2236018</div></body></html>")
    eml = html_only(m, rng, "GBK", "base64", "Sina WebMail 4.0", "sina")
    return m, eml, dict(
        kind="unknown", family="non_request", topic="question", client="Sina webmail (HTML only, GBK)",
        fields=fields(), accept={}, source_text={},
        notes="Sina webmail, one text/html part (GBK, base64): a known partner asks how the 8-hour window and HQ's 48 "
              "working hours run over a weekend and whether WeChat voice messages count as evidence - nothing is "
              "requested: unknown (question); '周六晚上', '周一上午', '8小时', '48个工作小时' are not fields.")


@entry
def U2():
    rng = R("U2")
    d = dt(2026, 8, 18, 10, 4, 27)
    m = dict(from_name="區浩然 Au Ho Yin", addr="au.houyin@hojiang-info.com.mo", date=d,
             subject="新客戶上線：德昌食品機械 關鍵詞確認書及商機下單表", host=host_of(rng, "google"))
    m["blocks"] = [
        "總部你好，\n\n我哋新簽咗一個客戶：澳門路環德昌食品機械有限公司，合約80條，服務期2026年9月1日起一年。\n"
        "客戶簽咗名嘅關鍵詞確認書（掃描件）同商機下單表已經附上，麻煩審核後安排上線推廣。不做產品已經喺下單表度註明。\n\n"
        "區浩然\n濠江創訊 客服部"]
    cells = {"A1": "商機下單表", "A2": "客戶名稱", "B2": "澳門路環德昌食品機械有限公司", "A3": "主營產品", "B3": "蛋捲機、杏仁餅成型機、包裝機",
             "A4": "不做產品", "B4": "咖啡機、家用烤箱", "A5": "針對人群", "B5": "食品廠、手信店", "A6": "合約商機數", "B6": 80,
             "A7": "服務期", "B7": "2026-09-01 起一年"}
    sheet = xlsx_book("區浩然", "2026-08-17T09:30:00Z", [("下單表", cells, ["A1:C1"], {"A": 14, "B": 36})])
    scan = pdf_scan(rng, "20260817173000+08'00'")
    m["atts"] = [Att("關鍵詞確認書-德昌食品機械.pdf", "application/pdf", scan, "application/pdf"),
                 Att("商機下單表.xlsx", CT_XLSX, sheet, CT_XLSX)]
    eml = gmail(m, rng)
    return m, eml, dict(
        kind="unknown", family="non_request", topic="onboarding", client="Gmail (Google Workspace)",
        fields=fields(), accept={}, source_text={},
        notes="Gmail from Macau in written Cantonese: a new client's signed keyword confirmation (a scanned one-page PDF, "
              "DCTDecode image) and 商機下單表 (.xlsx) before promotion starts - not a request: unknown (onboarding); the "
              "client, '80條' and '2026年9月1日起一年' are named but no fields; both attachments have role form.")


@entry
def U3():
    rng = R("U3")
    d = dt(2026, 9, 3, 9, 41, 15)
    m = dict(from_name="钢都云链财务部", addr="caiwu@gangdu-cl.com", date=d, subject="关于8月服务费发票抬头变更的申请",
             host=host_of(rng, "aliyun"))
    m["blocks"] = [
        "总部财务部：\n\n我司已于8月完成工商变更，公司名称由“包头钢都网络科技有限公司”变更为“包头钢都云链信息科技有限公司”，"
        "8月份服务费发票（金额 ¥42,800.00）麻烦按新抬头重开，原发票已寄回。\n\n"
        "新开票信息：\n名称：包头钢都云链信息科技有限公司\n税号：91150207MA0QK3T56W\n开户行：中国建设银行包头昆都仑支行\n"
        "账号：15050171663800002318\n\n附件为营业执照变更通知书。\n\n钢都云链 财务部 赵敏\n0472-5126830"]
    m["atts"] = [Att("营业执照变更通知书.jpg", "image/jpeg", jpg_of(paper(rng), rng, 75), "image/jpeg")]
    eml = alimail(m, rng)
    return m, eml, dict(
        kind="unknown", family="non_request", topic="invoice", client="Alibaba enterprise mailbox (web; approximated)",
        fields=fields(), accept={}, source_text={},
        notes="Alibaba enterprise mailbox (UTF-8 base64 text + HTML): the partner's finance asks to reissue an invoice under "
              "its new company name - unknown (invoice); two company names, a tax id, an account number and an amount appear "
              "but no fields; the scanned licence notice is a JPEG (role screenshot, by file type).")


ICS = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\nBEGIN:VTIMEZONE\n"
       "TZID:China Standard Time\nBEGIN:STANDARD\nDTSTART:16010101T000000\nTZOFFSETFROM:+0800\nTZOFFSETTO:+0800\nEND:STANDARD\n"
       "END:VTIMEZONE\nBEGIN:VEVENT\nORGANIZER;CN=Ada Chen:mailto:ada.chen@gangwan-dt.com\n"
       "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=dor@ptg139.com:mailto:dor@ptg139.com\n"
       "DESCRIPTION;LANGUAGE=zh-CN:议题：海润饲料机械、恒丰电动工具三季度商机推送情况及续费安排\\n会议号：385-227-961\\n\n"
       "UID:{uid}\nSUMMARY;LANGUAGE=zh-CN:三季度商机推送情况沟通会\nDTSTART;TZID=China Standard Time:20260924T150000\n"
       "DTEND;TZID=China Standard Time:20260924T160000\nCLASS:PUBLIC\nPRIORITY:5\nDTSTAMP:20260916T021500Z\nTRANSP:OPAQUE\n"
       "STATUS:CONFIRMED\nSEQUENCE:0\nLOCATION;LANGUAGE=zh-CN:腾讯会议\nBEGIN:VALARM\nDESCRIPTION:REMINDER\n"
       "TRIGGER;RELATED=START:-PT15M\nACTION:DISPLAY\nEND:VALARM\nEND:VEVENT\nEND:VCALENDAR\n")


@entry
def U4():
    rng = R("U4")
    d = dt(2026, 9, 16, 10, 15, 3)
    m = dict(from_name="Ada Chen", addr="ada.chen@gangwan-dt.com", date=d, subject="三季度商机推送情况沟通会", host=host_of(rng, "m365"))
    m["blocks"] = [
        "时间：2026年9月24日星期四 15:00-16:00 (UTC+08:00) 北京，重庆，香港特别行政区，乌鲁木齐\n地点：腾讯会议\n\n"
        "总部各位老师好：\n\n想约个时间沟通一下三季度的商机推送情况：\n议题：海润饲料机械、恒丰电动工具三季度商机推送情况及续费安排\n"
        "会议号：385-227-961\n\n港湾数科 Ada"]
    ics = crlf(ICS.replace("{uid}", "040000008200E00074C5B7101A82E008" + rs(rng, 40, HEXU))).encode("utf-8")
    m["extra"] = ["Content-Class: urn:content-classes:calendarmessage"]
    eml = outlook(m, rng, "zh-CN", calendar=ics)
    return m, eml, dict(
        kind="unknown", family="non_request", topic="meeting", client="Outlook 16 meeting request (zh-CN)",
        fields=fields(), accept={}, source_text={},
        notes="An Outlook meeting request: text, Word HTML and a text/calendar method=REQUEST alternative (no file name, not "
              "an attachment), Content-Class calendarmessage; a review meeting about two clients - not a request: unknown "
              "(meeting); the clients and the meeting time are not fields.")


@entry
def U5():
    rng = R("U5")
    d = dt(2026, 10, 5, 14, 2, 50)
    m = dict(from_name="蔡宗翰", addr="tsai.zonghan@kd-yunce.com.tw", date=d, subject="申請新增客服人員信箱及後台帳號",
             host=host_of(rng, "own", "mail.kd-yunce.com.tw"), lang="zh-TW")
    m["blocks"] = [
        "總部您好：\n\n敝司新增一位客服人員林佳蓉（jiarong.lin@kd-yunce.com.tw），日後將由她負責順泰螺絲、瑞昇塑機兩家客戶的商機申訴與調整。\n"
        "麻煩將此信箱加入合作商白名單，並開通後台帳號；原客服蔡宗翰的帳號請保留。\n\n謝謝！\n\n蔡宗翰\n高雄港都雲策整合行銷股份有限公司"]
    eml = thunderbird(m, rng)
    return m, eml, dict(
        kind="unknown", family="non_request", topic="account", client="Thunderbird 128 (UTF-8, 8bit)",
        fields=fields(), accept={}, source_text={},
        notes="Thunderbird (UTF-8 8bit) in traditional script: the partner asks HQ to whitelist a new staff mailbox and open a "
              "portal account - unknown (account); 申訴 / 調整 and two clients are named but nothing is requested of the "
              "three kinds.")


@entry
def U6():
    rng = R("U6")
    d = dt(2026, 10, 12, 17, 36, 21)
    m = dict(from_name="王丽娜", addr="wanglina@hecheng-yt.com", date=d, subject="关于总部热线和服务群响应的意见",
             host=host_of(rng, "own", "mail.hecheng-yt.com"))
    m["blocks"] = [
        "总部领导：\n\n上周三我们客服打总部热线咨询推广关键词的事，接线同事态度很不耐烦，没说完就挂了电话；服务群里提的问题也经常两三天没人回复。\n"
        "我们的客户（富重铸锻、建华机床附件）都是老客户，这样下去很影响合作商在客户面前的信誉。\n\n"
        "希望总部重视服务态度和响应速度。\n\n王丽娜\n齐齐哈尔鹤城云拓网络科技有限公司"]
    eml = foxmail(m, rng)
    return m, eml, dict(
        kind="unknown", family="non_request", topic="complaint", client="Foxmail 7.2",
        fields=fields(), accept={}, source_text={},
        notes="Foxmail (gb2312): a complaint about HQ's hotline manners and slow answers in the service group - no appeal, "
              "adjustment or summary: unknown (complaint); two clients and the partner's full name are named but no fields.")


@entry
def U7():
    rng = R("U7")
    d = dt(2026, 4, 28, 11, 0, 9)
    m = dict(from_name="海博会组委会 李经理", addr="li.jingli@zj-marinexpo.com", date=d,
             subject="诚邀参展｜2026湛江国际海洋装备博览会 展位预订享早鸟价", host=host_of(rng, "qiye163"))
    m["html"] = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"></head><body>'
        '<table width="640" style="font-family:微软雅黑;font-size:14px;color:#222"><tr><td>'
        '<p>尊敬的企业负责人：</p><p>您好！2026湛江国际海洋装备博览会将于11月12日-14日在湛江国际会展中心举办，预计观众3万人次。</p>'
        '<p>现面向机械制造、海洋装备企业招商：</p><ul><li>标准展位（9㎡）<b style="color:#c00">早鸟价8800元</b>，6月30日前预订有效；</li>'
        '<li>光地展位36㎡起；</li><li>预订即送会刊彩页一版，保底对接采购商20家。</li></ul>'
        '<p>如有意向请回复本邮件或致电 0759-3329861。</p><p>湛江海博会组委会 招商部 李经理 13802612745</p></td></tr></table>'
        "</body></html>")
    eml = html_only(m, rng, "gbk", "quoted-printable", "NetEase Qiye Mail", "qiye")
    return m, eml, dict(
        kind="unknown", family="non_request", topic="pitch", client="NetEase enterprise webmail (HTML only, GBK)",
        fields=fields(), accept={}, source_text={},
        notes="NetEase enterprise webmail, one text/html part (gbk, quoted-printable) from an unknown sender: an exhibition "
              "booth offer (no Precedence / List headers, so not auto) - unknown (pitch); '20家', '8800元' and the dates "
              "are not fields.")


@entry
def U8():
    rng = R("U8")
    d = dt(2026, 9, 25, 16, 48, 34)
    m = dict(from_name="潮商汇联 行政部", addr="admin@chaoshang-hl.com", date=d, subject="潮商汇联2026年国庆节放假通知",
             host=host_of(rng, "m365"), to=f"{HQ}, kf@chaoshang-hl.com, sales@chaoshang-hl.com")
    m["blocks"] = [
        "各位合作伙伴、同事：\n\n根据国家规定，我司国庆节放假时间为10月1日至10月8日，共8天，10月9日（星期五）正常上班。\n"
        "放假期间如有紧急的商机申诉，请联系值班客服许晓纯（xuxiaochun@chaoshang-hl.com，13715092846）。\n\n祝大家节日快乐！\n\n"
        "汕头市潮商汇联网络科技有限公司 行政部\n2026年9月25日"]
    m["atts"] = [Att("国庆放假通知.jpg", "image/jpeg", jpg_of(poster(rng), rng, 80), "image/jpeg")]
    eml = outlook(m, rng, "zh-CN")
    return m, eml, dict(
        kind="unknown", family="non_request", topic="other", client="Outlook 16 (zh-CN)",
        fields=fields(), accept={}, source_text={},
        notes="Outlook zh-CN to HQ and the partner's own staff: a National Day holiday notice with a JPEG poster (role "
              "screenshot, by file type) - unknown (other); '商机申诉' and dates appear but nothing is requested.")


# ==========================================================================
# family: automatic mail
# ==========================================================================

@entry
def A1():
    rng = R("A1")
    d = dt(2026, 10, 3, 9, 16, 40)
    m = dict(from_name="刘洋", addr="liuyang@qianshan-dm.com", date=d, subject="自动回复: [DOR#SS-2026-000689] 商机申诉已受理",
             host=host_of(rng, "exmail"))
    m["irt"] = "<ack.SS-2026-000689@ptg139.com>"
    m["refs"] = ["<ack.SS-2026-000689@ptg139.com>"]
    m["text"] = ("您好，我正在国庆休假中，10月9日返回工作。期间商机申诉、调整和汇总的事宜请联系同事孙雪（sunxue@qianshan-dm.com，"
                 "15641236970）。\n\n刘洋\n鞍山千山数字营销有限公司")
    eml = exmail_autoreply(m, rng)
    return m, eml, dict(
        kind="auto", family="auto", client="Tencent Exmail auto-reply (approximated)",
        fields=fields(), accept={}, source_text={},
        notes="Exmail vacation auto-reply '自动回复:' with Auto-Submitted: auto-replied and X-Autoreply, and In-Reply-To / "
              "References to HQ's acknowledgement: the automatic markers win over the thread markers - auto, with case_ref "
              "from the subject and thread_case_ref from the thread headers; the partner company and a colleague are named: "
              "no fields, never answered.")


@entry
def A2():
    rng = R("A2")
    d = dt(2026, 11, 3, 9, 22, 45)
    host = "mx.kedu-lc.com"
    sub = ew_one("[DOR#SS-2026-000701] 商机调整已完成", "utf-8")
    frm = ew_one(HQ_NAME, "utf-8")
    inner = base64.b64encode("钟晓琳 您好：\r\n\r\n鸿达陶机的推广已按您的建议调整完成。\r\n\r\n总部商机服务\r\n".encode()).decode()
    sent = d - timedelta(seconds=4)
    m = dict(from_name="", addr=f"MAILER-DAEMON@{host}", date=d, subject="failure notice", mta=host,
             host=(host, f"183.63.{rng.randint(1, 250)}.{rng.randint(1, 250)}"))
    m["mta_ip"] = m["host"][1]
    m["text"] = (
        f"Hi. This is the qmail-send program at {host}.\nI'm afraid I wasn't able to deliver your message to the following "
        "addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<zhongxl@kedu-lc.com>:\n"
        "Sorry, no mailbox here by that name. (#5.1.1)\n\n--- Below this line is a copy of the message.\n\n"
        "Return-Path: <dor@ptg139.com>\n"
        f"Received: (qmail {rng.randint(1000, 32000)} invoked from network); {sent.astimezone(UTC).day} "
        f"{MONTHS[sent.astimezone(UTC).month - 1]} 2026 {sent.astimezone(UTC):%H:%M:%S} -0000\n"
        "Received: from mx1.ptg139.com (203.0.113.25)\n  by mx.kedu-lc.com with SMTP; "
        f"{sent.astimezone(UTC).day} {MONTHS[sent.astimezone(UTC).month - 1]} 2026 "
        f"{sent.astimezone(UTC):%H:%M:%S} -0000\n"
        f"From: {frm} <dor@ptg139.com>\nTo: zhongxl@kedu-lc.com\nSubject: {sub}\nDate: {rfcdate(sent - timedelta(seconds=2))}\n"
        "Message-ID: <done.SS-2026-000701@ptg139.com>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n"
        "Content-Transfer-Encoding: base64\nAuto-Submitted: auto-generated\n\n" + inner + "\n")
    eml = qmail_bounce(m, rng)
    return m, eml, dict(
        kind="auto", family="auto", client="qmail-send failure notice",
        fields=fields(), accept={}, source_text={},
        notes="A qmail bounce 'failure notice' from MAILER-DAEMON (empty Return-Path, no MIME and no Auto-Submitted header on "
              "the bounce itself): the returned HQ message is copied as plain text below '--- Below this line is a copy of "
              "the message.' - its case tag and Message-ID are body text, not headers (case_ref null, no thread_case_ref); "
              "no attachment.")


# --------------------------------------------------------------------------
# assembling the set
# --------------------------------------------------------------------------

CASE_RE = re.compile(r"DOR#(SS-\d{4}-\d{6})")
PTG_RE = re.compile(r"<[^<>]*?(SS-\d{4}-\d{6})[^<>]*@ptg139\.com>")
FAMILIES = ["traditional", "english", "dates", "numbers", "forms", "non_request", "thread", "short_names", "clean", "auto"]
TOPICS = ("question", "onboarding", "invoice", "meeting", "account", "complaint", "pitch", "other")


def trigger_of(f, when):
    lead = f["quota"] is not None and f["pushed_count"] is not None and f["pushed_count"] / f["quota"] >= 0.6
    s = datetime.fromisoformat(f["service_start"] + "T00:00:00+08:00")
    e = datetime.fromisoformat(f["service_end"] + "T00:00:00+08:00") + timedelta(days=1)
    timep = (when - s) / (e - s) >= 0.7
    if lead and timep:
        return "both"
    if lead:
        return "lead_60"
    if timep:
        return "time_70"
    return None


def label_of(key, m, lab):
    kind = lab["kind"]
    f = lab["fields"]
    atts = m.get("atts") or []
    subj = m["subject"]
    cm = CASE_RE.search(unicodedata.normalize("NFKC", subj))
    if kind in ("auto", "unknown"):
        assert all(v in (None, []) for v in f.values()), key
    assert lab["family"] in FAMILIES, key
    out = {
        "kind": kind,
        "message_id": m["message_id"],
        "sender": m["addr"],
        "subject": subj,
        "case_ref": cm.group(1) if cm else None,
        "fields": f,
        "missing": rules.missing_fields(kind, f, [rules.role_of(a.filename) for a in atts]),
        "attachments": [a.label() for a in atts],
        "notes": lab["notes"],
        "mail_client": lab["client"],
        "family": lab["family"],
        "accept": lab["accept"],
    }
    if kind == "unknown":
        assert lab["topic"] in TOPICS, key
        out["topic"] = lab["topic"]
    tc = None
    for t in [m.get("irt")] + list(m.get("refs") or []):
        if t and PTG_RE.search(t):
            tc = PTG_RE.search(t).group(1)
    if tc:
        out["thread_case_ref"] = tc
    if lab.get("malformed"):
        out["malformed"] = True
    if kind == "appeal":
        out["checks"] = {"objection_within_8h": rules.within_8h(f["pushed_at"], f["objected_at"]),
                         "evidence_present": rules.evidence_present(rules.role_of(a.filename) for a in atts)}
    if kind == "adjustment":
        out["extra"] = lab["extra"]
    if kind == "summary":
        out["extra"] = {"trigger": trigger_of(f, m["date"]), "renewal_intent": lab.get("renewal")}
    out["source_key"] = key
    out["source_text"] = lab.get("source_text", {})
    return out


def build_all():
    built = {}
    for fn in ENTRIES:
        m, eml, lab = fn()
        assert b"\n" not in eml.replace(b"\r\n", b""), fn.__name__
        assert b"\r" not in eml.replace(b"\r\n", b""), fn.__name__
        built[fn.__name__] = (m, eml, lab)
    order = [fn.__name__ for fn in ENTRIES]
    random.Random(SEED).shuffle(order)
    return [(f"{i:03d}", k, built[k][1], label_of(k, built[k][0], built[k][2])) for i, k in enumerate(order, 1)]


README_HEAD = """# blind7 — 49 labelled partner mails for `maild parse`, by family of difficulty

A blind held-out set: written from `shared/spec/DOMAIN.md`, the seed process document
(`seed-139-lead-process.zh.txt`), `shared/samples/` (README, sNN.eml, sNN.expected.json) and the
shared corpus tools (`layout.py`, `mimekit.py`, `rules.py`, `checkkit.py`; blind6's generator,
checker and README for their structure only). Nobody looked at the parser, its tests or any other
set's mails while writing it, and nobody tuned the parser on it — nor is anybody to: it is the
untouched measure of how well the parser generalises. New fictitious partners and clients in 台中,
高雄, 荃湾, 澳门, 汕头, 湛江, 包头, 鞍山, 吉林, 齐齐哈尔, 肇庆, 梅州, 威海 and 秦皇岛 (none of blind6's
cities); every person, phone number, tax id, lead id and case id is invented.

- `tests/mail/blind7/NNN.eml` — the message as delivered (CRLF, the receiving server's
  Return-Path / Delivered-To / Received on top, bytes written the way each client writes them).
- `tests/mail/blind7/NNN.expected.json` — the samples' keys (`kind`, `message_id`, `sender`,
  `subject`, `case_ref`, `fields`, `missing`, `attachments` with `detected_type` / `inline`,
  `notes`, `mail_client`, `accept`, `thread_case_ref`, `malformed`, `checks`, `extra`,
  `source_key`) plus `family` (below), `topic` for `unknown` mail (question, onboarding, invoice,
  meeting, account, complaint, pitch, other) and `source_text`: the literal strings a time, number,
  date, reason or id shorthand was read from (any further strings, each literal too, are the context
  it inherits: the day of an earlier time in the same line, the 今天 of the sentence, the date cell
  beside a time cell, or the start of a period given as a length). `accept` is always present (`{}`
  when there is no alternative form).
- `tools/corpus/blind7/generate.py` — the deterministic generator (one `random.Random` per entry
  key, fixed zip and core.xml dates, fixed PDF dates): `python -B tools/corpus/blind7/generate.py [--out DIR]`.
  Needs python-docx, openpyxl and Pillow; the committed bytes were made with Python 3.11.7,
  Pillow 13.0.0, zlib 1.2.13, python-docx 1.2.0 and openpyxl 3.1.5 (other Pillow / zlib versions
  may change image and zip bytes, and so sizes and SHA-256 in the labels).
- `tools/corpus/blind7/check.py` — `python -B tools/corpus/blind7/check.py [--no-regen] [DIR]`:
  parses every message with Python's `email` package (and a raw header walk), re-finds the
  attachments by the samples' rule and compares name, declared type, size, sha256, role and sniffed
  type, checks every labelled value and alias against the decoded text (traditional→simplified
  aliases by a character table), re-derives every time, count, date, reason code and expanded id
  from `source_text` with its own parser, checks `missing`, `checks`, the summary trigger, the
  kind/family/topic counts, the set's charset / encoding coverage and the README, and regenerates
  the set byte for byte.

Compare as the samples' README says: kind, message_id, sender, subject, case_ref and attachments
exactly, `missing` as a set, fields exactly for appeal/adjustment/summary (NFKC; partner/client may
match an `accept` alias; times as instants); reply fields are the corrections the reply makes;
auto/unknown: no invented fields.

## Families

| family | what it exercises |
|---|---|
| `traditional` | Taiwan / Hong Kong / Macau writers (Yahoo Mail TW, Big5 Outlook zh-TW, Big5-HKSCS Windows Live Mail, UTF-8 Gmail and Apple Mail, written Cantonese); ROC-calendar dates (`民國115年`), `9時40分`, counts in `筆` and in traditional Chinese numerals; values as written, simplified forms in `accept` |
| `english` | English and mixed writers: `3 Jun 2026 09:25 (GMT+8)`, `2026/06/09 9:40AM` + `same day 1:15PM`, `today 9:05 am`, an English two-column table with `Mar 1, 2026 - Feb 28, 2027`, bullets of ids, English reasons (`wrong number`, an individual, `criterion N`), English names as aliases |
| `dates` | relative days (`前天`, `昨天`, `今天`, `同日`), `傍晚`, `N点一刻`, `14时20分`, `6月3号`, periods as a length (`12个月，自2026年3月16日开始`) or joined by a wave dash (`～`) |
| `numbers` | full-width ids and times (`ＳＪ２０２６０６１０－００３８`), a range with a bare end (`…-0101～0105（共5条）`), several slash suffixes (`…-1120/1121/1125`), ten ids split by `；`, Chinese numerals with a zero (`一百零八条`), Chinese-numeral dates (`二〇二六年一月一日`), `第三条` / `第一条` |
| `forms` | .docx / .xlsx forms: labels across one row and values below, `✔` / `☑` boxes, numeric id cells, a second sheet holding partner/client, date cells and separate time-of-day cells, numeric count cells, `☑ 待定` renewal |
| `non_request` | mail that is none of the three requests → `unknown` with a `topic` |
| `thread` | replies that correct one field (objection time, lead id, quota, service end, reason), with the tag full-width and hand-typed, without brackets, in round brackets, or only in References |
| `short_names` | partner and/or client only as short names: in the signature, in a subject prefix `【…】`, abbreviations not contained in the full name |
| `clean` | ordinary requests of each kind (one forwarded inside the partner, one `RE:` inside the partner's own thread) |
| `auto` | an out-of-office that keeps HQ's thread headers and a qmail bounce without MIME |

## Labelling decisions a reader could make differently

- **Traditional script**: `partner` / `client` are the strings as written (臺中匯川數位行銷有限公司,
  荃灣栢藝商務策劃有限公司); the character-by-character simplified forms (台中汇川数位行销有限公司,
  荃湾柏艺商务策划有限公司 — the HK variant 栢 as 柏) and the short forms are in `accept`, even when
  the simplified form is not in the message. Written Cantonese is labelled like Mandarin.
- **ROC calendar**: `民國115年5月12日` is 2026-05-12 (ROC year + 1911); the 時 of `上午9時40分` is 点.
- **Relative days**: `今天` / `昨天` / `前天` are the Date header's day, one day and two days before it
  (Asia/Shanghai); `当天` / `同日` / `same day` are the day of the time written before them in the same
  line (the push day), not the Date header's day; `today` is 今天.
- **`N点一刻`** is N:15 (三刻 would be :45); `傍晚` and `晚上` are p.m.; `中午12点半` stays 12:30.
- **Periods as a length**: `12个月，自2026年3月16日开始` ends twelve months later minus one day
  (2027-03-15). Chinese-numeral dates (`二〇二六年十二月三十一日`) are dates.
- **Id shorthand** is expanded: a bare suffix after `/` takes the prefix of the id before it
  (`XP-2605-1120/1121/1125`); a range `A～B（共N条）` whose end is a bare suffix takes A's prefix
  (`SJ20260605-0101～0105` → …-0101 … …-0105) when the stated count matches. Full-width ids are
  NFKC-normalised; the same id in the subject and the body is listed once, in order of first
  appearance. Ids that are numeric Excel cells are written as their digits.
- **Counts**: `lead_count` of an adjustment is the stated count (`10筆`, `十条`, `the latest 5 leads`)
  or the number of ids; tallies (`3条精准`, `有效6条`) are not fields. A summary's numbers may be
  plain numeric cells beside a label (`合同商机数（条） 200`).
- **Forms**: an unticked box (□) is not a reason; a ticked one (✔, ☑) is; a cell holding the
  criterion number and its words (`2（需求者留微信…）`) gives that code. A date cell and a separate
  time-of-day cell make one time. `☑ 待定` is renewal_intent null.
- **Short names**: when only a short name is written (`星岩网络`, `富重铸锻`), it is the field, even when
  it is only in the subject's `【千山数字】` prefix; the sender's address never names the partner.
- **Replies**: only the reply's own new text and attachments count; a correction gives the corrected
  value only (the old value it names, even a full old lead id, and the quoted HQ text are not data).
  A subject tag typed in full-width characters (`【ＤＯＲ＃ＳＳ－２０２６－０００６３４】`) is the tag after
  NFKC, so a new mail without thread headers is still a reply (case_ref set, no thread_case_ref). A
  tag without brackets or in round brackets counts. A reply whose only thread header is References
  (no In-Reply-To, no tag) is a reply through References (case_ref null, thread_case_ref set).
  `accept` of a reply is `{}`.
- **Not requests**: a question about the rules, an onboarding hand-over (scanned keyword confirmation
  PDF, 商机下单表), an invoice re-issue, an Outlook meeting request, a mailbox/account change, a
  complaint about HQ's service, an exhibition pitch from a stranger and a holiday notice are
  `unknown` with no fields, whatever companies, ids, counts or times they name. A `RE:` whose
  In-Reply-To points inside the partner's own mail system is judged by its content.
- **Automatic**: an auto-reply with In-Reply-To / References to HQ is `auto` (automatic markers win),
  keeps `case_ref` from its subject and gets `thread_case_ref`; a qmail bounce has no MIME, and the
  returned message copied into its text is body, not headers (no case_ref, no thread_case_ref).
- **Attachments**: a JPEG poster or a scanned licence is role `screenshot` (role follows the file
  type only); a PDF scan is `form`; an .xlsx declared `application/vnd.ms-excel` keeps that
  `content_type`; `detected_type` of a WAVE file is `audio/wav`; the text/calendar alternative of a
  meeting request has no name and is not an attachment.

## Files

| file | key | kind | family | mail client | what it exercises |
|---|---|---|---|---|---|
"""


def write_readme(path, files):
    rows = ["| {} | {} | {} | {} | {} | {} |".format(n, k, lab["kind"], lab["family"], lab["mail_client"],
                                                     lab["notes"].replace("|", "/")) for n, k, _e, lab in files]
    kinds, fams = {}, {}
    for _n, _k, _e, lab in files:
        kinds[lab["kind"]] = kinds.get(lab["kind"], 0) + 1
        fams[lab["family"]] = fams.get(lab["family"], 0) + 1
    tail = ("\n\n## Counts\n\n| kind | count |\n|---|---|\n"
            + "\n".join(f"| {k} | {kinds.get(k, 0)} |" for k in rules.KINDS)
            + "\n\n| family | count |\n|---|---|\n" + "\n".join(f"| {k} | {fams.get(k, 0)} |" for k in FAMILIES) + "\n")
    path.write_text(README_HEAD + "\n".join(rows) + tail, encoding="utf-8")


def main():
    out_arg = sys.argv[sys.argv.index("--out") + 1] if "--out" in sys.argv else None
    out, readme = layout.outputs(SET, out_arg)
    out.mkdir(parents=True, exist_ok=True)
    files = build_all()
    for n, _k, eml, lab in files:
        (out / f"{n}.eml").write_bytes(eml)
        (out / f"{n}.expected.json").write_text(json.dumps(lab, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    write_readme(readme, files)
    kinds = {}
    for *_x, lab in files:
        kinds[lab["kind"]] = kinds.get(lab["kind"], 0) + 1
    print(f"wrote {len(files)} messages to {out}: {kinds}")


if __name__ == "__main__":
    main()
