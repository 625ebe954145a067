#!/usr/bin/env python3
"""Deterministic generator of the blind6 evaluation set (44 labelled partner mails).

Run:  python -B tools/corpus/blind6/generate.py [--out DIR]
      (default: the set into tests/mail/blind6, README.md next to this file;
      with --out, everything into DIR and the checkout is untouched)

The set was written blind: from shared/spec/DOMAIN.md, the seed process document,
shared/samples/ and the shared corpus tools only, never from the parser, its tests or
another set's mails.  It is organised by family of difficulty (traditional Chinese,
English / mixed writers, dates, numbers and id shorthand, filled forms, mail that is
not a request, corrections in threads, short names, clean requests, automatic mail).

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
from datetime import datetime, timedelta, timezone
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
    qp,
    repack_zip,
    rfcdate,
    saved,
)
from mimekit import amr as amr_container

SET = "blind6"
SEED = "maild-blind6-2026"
TZ = timezone(timedelta(hours=8))
ZIP_DT = (2026, 1, 2, 8, 30, 0)
HQ = "dor@ptg139.com"
HQ_NAME = "总部商机服务"
ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
HEXU = "0123456789ABCDEF"
HEXL = "0123456789abcdef"
LOWER = "abcdefghijklmnopqrstuvwxyz0123456789"

# the Python codec that writes each declared charset label (clients that declare gb2312 write GB18030)
CODEC = {"gb2312": "gb18030", "GB2312": "gb18030", "gbk": "gbk", "GBK": "gbk", "gb18030": "gb18030",
         "GB18030": "gb18030", "big5": "big5", "Big5": "big5", "BIG5": "big5", "utf-8": "utf-8", "UTF-8": "utf-8"}


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


def from_header(display, addr, charset, quoted=True):
    if display.isascii():
        return f"From: {display} <{addr}>" if not quoted else f'From: "{display}" <{addr}>'
    w = ew_one(display, charset, CODEC[charset])
    return f'From: "{w}" <{addr}>' if quoted else f"From: {w} <{addr}>"


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


# Outlook (Word) HTML
def word_html(blocks, charset, lang, font):
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

def phone_screen(rng, w, h, rows=8, style="chat"):
    """A phone screenshot: a status bar, a title bar, then chat bubbles or list rows of
    scribbled 'text'."""
    bg = (242, 242, 247) if style != "chat" else (236, 236, 236)
    im = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, w, 24], fill=(250, 250, 250))
    d.text((10, 6), "9:41", fill=(20, 20, 20))
    d.rectangle([w - 34, 8, w - 12, 16], outline=(30, 30, 30))
    d.rectangle([0, 24, w, 70], fill=(248, 248, 248))
    d.line([0, 70, w, 70], fill=(210, 210, 210))
    for x in range(w // 2 - 40, w // 2 + 40, 11):
        d.rectangle([x, 40, x + 8, 52], fill=(35, 35, 35))
    y = 84

    def scribble(x0, y0, width):
        x = x0
        while x < x0 + width:
            cw = rng.randint(9, 12)
            for _ in range(rng.randint(2, 5)):
                ax, ay = x + rng.randint(0, cw), y0 + rng.randint(0, 12)
                if rng.random() < 0.5:
                    d.line([ax, ay, x + rng.randint(0, cw), ay], fill=(rng.randint(30, 80),) * 3)
                else:
                    d.line([ax, ay, ax, y0 + rng.randint(0, 12)], fill=(rng.randint(30, 80),) * 3)
            x += cw + 4

    for _ in range(rows):
        if style == "chat":
            mine = rng.random() < 0.5
            n = rng.randint(1, 3)
            bw = rng.randint(w // 3, int(w * 0.68))
            bh = 12 + 20 * n
            x0 = w - 58 - bw if mine else 58
            d.rectangle([w - 50 if mine else 10, y, w - 10 if mine else 50, y + 40],
                        fill=(rng.randint(70, 210), rng.randint(70, 210), rng.randint(70, 210)))
            d.rounded_rectangle([x0, y, x0 + bw, y + bh], radius=7, fill=(158, 234, 106) if mine else (255, 255, 255))
            for k in range(n):
                scribble(x0 + 10, y + 8 + 20 * k, bw - 24 if k < n - 1 else rng.randint(bw // 4, bw - 24))
            y += bh + 20
        else:
            d.rectangle([0, y, w, y + 58], fill=(255, 255, 255))
            d.ellipse([14, y + 12, 46, y + 44], fill=(rng.randint(90, 200), 120, rng.randint(90, 200)))
            scribble(60, y + 10, rng.randint(90, 180))
            scribble(60, y + 32, rng.randint(60, 140))
            scribble(w - 90, y + 20, 60)
            d.line([60, y + 58, w, y + 58], fill=(225, 225, 225))
            y += 60
        if y > h - 90:
            break
    d.rectangle([0, h - 50, w, h], fill=(247, 247, 247))
    return im


def png(rng, w=375, h=760, rows=8, style="chat"):
    buf = io.BytesIO()
    phone_screen(rng, w, h, rows, style).save(buf, "PNG")
    return buf.getvalue()


def jpg(rng, w=375, h=760, rows=7, style="chat", quality=80):
    im = phone_screen(rng, w, h, rows, style)
    px = im.load()
    for yy in range(0, h, 3):
        for xx in range(0, w, 3):
            r, g, b = px[xx, yy]
            n = rng.randint(-5, 5)
            px[xx, yy] = (max(0, min(255, r + n)), max(0, min(255, g + n)), max(0, min(255, b + n)))
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=quality)
    return buf.getvalue()


def amr(rng, seconds):
    return amr_container(seconds * 50, lambda: bytes(rng.getrandbits(8) for _ in range(31)))


def m4a(rng, seconds):
    mvhd = box(b"mvhd", struct.pack(">B3xIIII", 0, 3857000000, 3857000000, 1000, seconds * 1000)
               + struct.pack(">IH10x", 0x00010000, 0x0100) + struct.pack(">9I", 0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000)
               + b"\x00" * 24 + struct.pack(">I", 2))
    return M4A_FTYP + box(b"moov", mvhd) + box(b"mdat", bytes(rng.getrandbits(8) for _ in range(seconds * 400)))


def mp3(rng, seconds):
    title = "回访录音".encode("utf-16")
    frame = b"TIT2" + struct.pack(">I", len(title) + 1) + b"\x00\x00" + b"\x01" + title
    out = bytearray(id3v23(frame))
    for _ in range(int(seconds * 38.28)):
        out += b"\xff\xfb\x50\xc4" + bytes(rng.getrandbits(8) for _ in range(204))
    return bytes(out)


CORE = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:title></dc:title><dc:creator>{a}</dc:creator><cp:lastModifiedBy>{a}</cp:lastModifiedBy>'
        '<cp:revision>3</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">{t}</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">{t}</dcterms:modified></cp:coreProperties>')


def fixed_zip(data, author, when):
    core = CORE.format(a=html.escape(author), t=when).encode("utf-8")
    return repack_zip(data, ZIP_DT, mode=0o644, create_system=0, core=lambda _old: core)


def docx_form(author, when, title, grid, merges=(), paras_after=(), cols=None):
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


def xlsx_form(author, when, sheet, cells, merges=(), widths=None, date_fmt="yyyy-mm-dd hh:mm"):
    """An Excel form: ``cells`` maps 'B4' -> value (datetime cells get ``date_fmt``)."""
    import openpyxl
    from openpyxl.styles import Alignment, Font
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for ref, v in cells.items():
        ws[ref] = v
        if isinstance(v, datetime):
            ws[ref].number_format = date_fmt if (v.hour, v.minute) != (0, 0) else "yyyy-mm-dd"
        ws[ref].alignment = Alignment(wrap_text=True, vertical="center")
    for rng_ in merges:
        ws.merge_cells(rng_)
    ws["A1"].font = Font(bold=True, size=14)
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
    elif style == "outlook-en":
        w = fn if fn.isascii() else ew_one(fn, "utf-8")
        h = [f"Content-Type: {a.declared};", f'\tname="{w}"', "Content-Transfer-Encoding: base64",
             f"Content-Disposition: {disp};", f'\tfilename="{w}"']
    elif style == "gmail":
        w = fn if fn.isascii() else ew_one(fn, "UTF-8")
        aid = "f_" + rs(rng, 9, LOWER) + "0"
        ct = f'Content-Type: {a.declared}; name="{w}"'
        if a.declared.startswith("text/"):
            ct = f'Content-Type: {a.declared}; charset="UTF-8"; name="{w}"'
        h = [ct, f'Content-Disposition: {disp}; filename="{w}"', "Content-Transfer-Encoding: base64",
             f"Content-ID: <{aid}>", f"X-Attachment-Id: {aid}"]
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
        return f"smtpbg{n(20, 99)}.qq.com", f"43.155.{n(1, 250)}.{n(1, 250)}"
    if kind == "exmail":
        return f"smtpbg{n(100, 160)}.qq.com", f"54.254.{n(1, 250)}.{n(1, 250)}"
    if kind == "163":
        return f"m{n(10, 99)}-{n(10, 99)}.163.com", f"220.197.{n(1, 250)}.{n(1, 250)}"
    if kind == "126":
        return f"m{n(10, 99)}-{n(10, 99)}.126.com", f"220.181.{n(1, 250)}.{n(1, 250)}"
    if kind == "qiye163":
        return f"mail-m{n(120, 129)}{n(10, 99)}.qiye.163.com", f"115.236.{n(1, 250)}.{n(1, 250)}"
    if kind == "google":
        return f"mail-{rs(rng, 2, 'abcdefghijklmnopqrstuvwxyz')}1-f{n(10, 199)}.google.com", f"209.85.{n(128, 250)}.{n(1, 250)}"
    if kind == "aliyun":
        return f"out{n(28, 199)}-{n(10, 250)}.mail.aliyun.com", f"115.124.{n(1, 120)}.{n(1, 250)}"
    if kind == "m365":
        return (f"mail-{rs(rng, 3, 'abcdefghijklmnopqrstuvwxyz')}{n(10, 99)}0{n(10, 99)}.outbound.protection.outlook.com",
                f"40.107.{n(1, 250)}.{n(1, 250)}")
    if kind == "hinet":
        return f"msr{n(10, 99)}.hinet.net", f"168.95.4.{n(10, 250)}"
    if kind == "own":
        return own, f"{n(36, 223)}.{n(0, 255)}.{n(0, 255)}.{n(2, 250)}"
    raise ValueError(kind)


# --------------------------------------------------------------------------
# the mail clients
# --------------------------------------------------------------------------

def outlook(m, rng, locale="zh-CN"):
    """Outlook 16 on Windows: multipart/alternative text + Word HTML (in mixed with attachments)."""
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

    def nb(k):
        return f"----=_NextPart_{k:03d}_{rs(rng, 4, HEXU)}_01DC{rs(rng, 4, HEXU)}.{rs(rng, 8, HEXU)}"
    alt_b = nb(1)
    alt = mp(alt_b, [tp, hp])
    if m.get("atts"):
        ob = nb(0)
        ctype = ["Content-Type: multipart/mixed;", f'\tboundary="{ob}"']
        body = mp(ob, [leaf(["Content-Type: multipart/alternative;", f'\tboundary="{alt_b}"'], alt)]
                  + [att_part(style, a) for a in m["atts"]], PRE)
    else:
        ctype = ["Content-Type: multipart/alternative;", f'\tboundary="{alt_b}"']
        body = PRE.encode() + CRLF + CRLF + alt
    dom = m["addr"].split("@")[1]
    mid = f"<{'00' if locale != 'en-US' else '01'}{rs(rng, 4, HEXL)}dc{rs(rng, 4, HEXL)}${rs(rng, 8, HEXL)}${rs(rng, 8, HEXL)}$@{dom}>"
    m["message_id"] = mid
    h = top(rng, m["addr"], *m["host"], d, 4)
    h += [from_header(m["from_name"], m["addr"], cs), "To: " + m.get("to", HQ),
          subj_header(m["subject"], cs), "Date: " + rfcdate(d), "Message-ID: " + mid]
    h += thread(m)
    h += ["MIME-Version: 1.0"] + ctype + ["X-Mailer: Microsoft Outlook 16.0",
                                          "Thread-Index: AQ" + base64.b64encode(bytes(rng.getrandbits(8) for _ in range(21))).decode(),
                                          "Content-Language: " + locale.lower()] + m.get("extra", [])
    return header_block(h) + CRLF + body


def outlook_mac(m, rng):
    """Outlook for Mac: UTF-8 quoted-printable text and HTML."""
    d = m["date"]
    plain = crlf(plain_of(m["blocks"], "    "))
    htm = crlf('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
               'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">'
               '<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator '
               'content="Microsoft Word 15 (filtered medium)"></head><body lang=EN-US style=\'word-wrap:break-word\'>'
               '<div class=WordSection1>' + html_blocks(m["blocks"], bq_quote) + "</div></body></html>")
    b = f"B_{rng.randint(3850000000, 3860000000)}_{rng.randint(10 ** 8, 10 ** 9 - 1)}"
    body = mp(b, [leaf(["Content-type: text/plain;", '\tcharset="UTF-8"', "Content-transfer-encoding: quoted-printable"],
                       qp(plain.encode("utf-8")) + CRLF),
                  leaf(["Content-type: text/html;", '\tcharset="UTF-8"', "Content-transfer-encoding: quoted-printable"],
                       qp(htm.encode("utf-8")) + CRLF)],
              "> This message is in MIME format. Since your mail reader does not understand\r\n"
              "this format, some or all of this message may not be legible.")
    mid = f"<{uuid_like(rng)}@{m['addr'].split('@')[1]}>"
    m["message_id"] = mid
    h = top(rng, m["addr"], *m["host"], d, 5)
    h += ["User-Agent: Microsoft-MacOutlook/16.89.24091630", "Date: " + rfcdate(d),
          subj_header(m["subject"], "utf-8"), from_header(m["from_name"], m["addr"], "utf-8", quoted=False),
          "To: " + HQ, "Message-ID: " + mid] + thread(m)
    h += ["Thread-Topic: " + (m["subject"] if m["subject"].isascii() else ew_one(m["subject"], "UTF-8")),
          "Mime-version: 1.0", "Content-type: multipart/alternative;", f'\tboundary="{b}"']
    return header_block(h) + CRLF + body


def gmail(m, rng, calendar_part=None):
    """Gmail (Google Workspace): text base64, HTML quoted-printable, 0000... boundaries."""
    d = m["date"]
    plain = crlf(plain_of(m["blocks"], "\t"))
    htm = '<div dir="ltr">' + html_blocks(m["blocks"], bq_quote) + "</div>"
    htm = crlf(htm)

    def gb():
        return "000000000000" + rs(rng, 16, HEXL)
    alt_b = gb()
    alt_parts = [leaf(['Content-Type: text/plain; charset="UTF-8"', "Content-Transfer-Encoding: base64"],
                      b64_body(plain.encode("utf-8"))),
                 leaf(['Content-Type: text/html; charset="UTF-8"', "Content-Transfer-Encoding: quoted-printable"],
                      qp(htm.encode("utf-8")) + CRLF)]
    if calendar_part is not None:
        alt_parts.append(leaf(['Content-Type: text/calendar; charset="UTF-8"; method=REQUEST',
                               "Content-Transfer-Encoding: base64"], b64_body(calendar_part)))
    alt = mp(alt_b, alt_parts)
    if m.get("atts"):
        ob = gb()
        ctype = f'Content-Type: multipart/mixed; boundary="{ob}"'
        body = mp(ob, [leaf([f'Content-Type: multipart/alternative; boundary="{alt_b}"'], alt)]
                  + [att_part("gmail", a, rng) for a in m["atts"]])
    else:
        ctype = f'Content-Type: multipart/alternative; boundary="{alt_b}"'
        body = alt
    mid = "<CA" + rs(rng, 1, "+ABCDEFGHIJKLMNOPQRSTUVWXYZ") + rs(rng, 44, ALNUM + "+_-") + "@mail.gmail.com>"
    if calendar_part is not None:
        mid = f"<calendar-{uuid_like(rng, upper=False)}@google.com>"
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
          f'\tboundary="{alt_b}"', "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3864.100.1.1.5\\))",
          subj_header(m["subject"], "utf-8"), "Date: " + rfcdate(d)] + thread(m)
    h += ["To: " + HQ, "Message-Id: " + mid, "X-Mailer: Apple Mail (2.3864.100.1.1.5)"]
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
    h += ["Date: " + rfcdate(d), "Message-Id: " + mid, "To: " + HQ, "X-Mailer: iPhone Mail (23B85)"]
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
        mailer = "WeCom 4.1.28"
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
          f" 20260108(4a6e5f0c) Copyright (c) 2002-2026 www.mailtech.cn {domain}com"]
    h += ctype + ["MIME-Version: 1.0", "Message-ID: " + mid] + thread(m)
    h += ["X-Coremail-Locale: zh_CN", f"X-CM-TRANSID: {rs(rng, 8, ALNUM)}--.{rng.randint(10000, 99999)}W",
          f"X-CM-SenderInfo: {rs(rng, 10, LOWER)}/1tbi{rs(rng, 14, ALNUM)}"]
    return header_block(h) + CRLF + body


def foxmail(m, rng):
    """Foxmail 7.2: declares gb2312, writes GB18030; text base64, HTML quoted-printable."""
    d = m["date"]
    plain = crlf(plain_of(m["blocks"], " "))
    htm = crlf('<html><head><meta http-equiv="content-type" content="text/html; charset=gb2312"><style>body { line-height: 1.5; }'
               "body { font-size: 14px; font-family: 'Microsoft YaHei UI'; color: rgb(0, 0, 0); }</style></head><body>\n"
               + html_blocks(m["blocks"], bq_quote) + "\n</body></html>")

    def n(k):
        return f"----=_{k:03d}_NextPart{rng.randint(10 ** 11, 10 ** 12 - 1)}_=----"
    alt_b = n(2)
    alt = mp(alt_b, [
        leaf(["Content-Type: text/plain;", '\tcharset="gb2312"', "Content-Transfer-Encoding: base64"],
             b64_body(plain.encode("gb18030"))),
        leaf(["Content-Type: text/html;", '\tcharset="gb2312"', "Content-Transfer-Encoding: quoted-printable"],
             qp(htm.encode("gb18030")) + CRLF)])
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
    h += ["Date: " + rfcdate(d), from_header(m["from_name"], m["addr"], "gb2312"), "To: " + HQ,
          subj_header(m["subject"], "gb2312", 10 ** 6)] + thread(m)
    h += ["X-Priority: 3", "X-GUID: " + uuid_like(rng), "X-Has-Attach: " + ("yes" if m.get("atts") else "no"),
          "X-Mailer: Foxmail 7.2.25.375[cn]", "Mime-Version: 1.0", "Message-ID: " + mid] + ctype
    return header_block(h) + CRLF + body


def html_only(m, rng, charset, cte, mailer, mid_style):
    """A webmail that sends one text/html part and nothing else."""
    d = m["date"]
    htm = crlf(m["html"])
    raw = enc(htm, charset)
    body = (qp(raw) + CRLF) if cte == "quoted-printable" else b64_body(raw)
    if mid_style == "hinet":
        mid = f"<{d.strftime('%Y%m%d%H%M%S')}.{rs(rng, 6, HEXU)}@msa.hinet.net>"
    else:
        mid = f"<{rs(rng, 6, LOWER)}.{rs(rng, 8, LOWER)}.{rs(rng, 4, LOWER)}@{m['addr'].split('@')[1]}>"
    m["message_id"] = mid
    h = top(rng, m["addr"], *m["host"], d, 3)
    h += [from_header(m["from_name"], m["addr"], charset), "To: " + m.get("to", HQ), subj_header(m["subject"], charset),
          "Date: " + rfcdate(d), "Message-ID: " + mid, "MIME-Version: 1.0",
          f"Content-Type: text/html; charset={charset}", f"Content-Transfer-Encoding: {cte}", "X-Mailer: " + mailer]
    h += m.get("extra", [])
    return header_block(h) + CRLF + body


def exchange_oof(m, rng):
    """Exchange Online out-of-office (zh-TW): text + HTML, UTF-8 base64."""
    d = m["date"]
    plain = crlf(m["text"])
    htm = crlf('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
               + divs(m["text"]) + "</body></html>")
    b = "_000_" + rs(rng, 36, HEXU) + "_"
    body = mp(b, [leaf(['Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: base64"],
                       b64_body(plain.encode("utf-8"))),
                  leaf(['Content-Type: text/html; charset="utf-8"', "Content-Transfer-Encoding: base64"],
                       b64_body(htm.encode("utf-8")))])
    dom = m["addr"].split("@")[1]
    mid = f"<{rs(rng, 32, HEXL)}@{rs(rng, 6, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}PR0{rng.randint(1, 9)}MB{rng.randint(1000, 9999)}.apcprd0{rng.randint(1, 6)}.prod.outlook.com>"
    m["message_id"] = mid
    h = top(rng, m["addr"], *m["host"], d, 2)
    h += [from_header(m["from_name"], m["addr"], "utf-8"), "To: " + HQ, subj_header(m["subject"], "utf-8"),
          "Thread-Topic: " + ew_one(m["thread_topic"], "utf-8"), "Date: " + rfcdate(d), "Message-ID: " + mid,
          "Content-Language: zh-TW", "X-MS-Has-Attach:", "X-MS-Exchange-Organization-AutoResponse: OOF",
          "X-Auto-Response-Suppress: All", "Auto-Submitted: auto-generated",
          f'Content-Type: multipart/alternative; boundary="{b}"', "MIME-Version: 1.0",
          f"X-OriginatorOrg: {dom}"]
    return header_block(h) + CRLF + body


def postfix_dsn(m, rng):
    """A Postfix bounce: multipart/report with the returned message's headers only."""
    d = m["date"]
    host = m["mta"]
    qid = rs(rng, 10, HEXU)
    b = f"{qid}.{int(d.timestamp())}/{host}"
    notice = crlf(m["notice"])
    status = crlf(m["status"].format(qid=qid, arrival=rfcdate(d - timedelta(seconds=3)) + " (CST)"))
    returned = crlf(m["returned_headers"])
    body = mp(b, [
        leaf(["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"], notice.encode("ascii")),
        leaf(["Content-Description: Delivery report", "Content-Type: message/delivery-status"], status.encode("ascii")),
        leaf(["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"],
             returned.encode("ascii"))], "This is a MIME-encapsulated message.")
    mid = f"<{d.strftime('%Y%m%d%H%M%S')}.{qid}@{host}>"
    m["message_id"] = mid
    h = top(rng, None, host, m["mta_ip"], d, 2)
    h += [f"Received: by {host} (Postfix)", f"\tid {qid}; {rfcdate(d)} (CST)", "Date: " + rfcdate(d) + " (CST)",
          f"From: MAILER-DAEMON@{host} (Mail Delivery System)", "Subject: " + m["subject"], f"To: {HQ}",
          "Auto-Submitted: auto-replied", "MIME-Version: 1.0",
          "Content-Type: multipart/report; report-type=delivery-status;", f'\tboundary="{b}"',
          "Content-Transfer-Encoding: 7bit", "Message-Id: " + mid]
    return header_block(h) + CRLF + body


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
# family: traditional Chinese writers (Taiwan / Hong Kong)
# ==========================================================================

@entry
def T1():
    rng = R("T1")
    d = dt(2026, 4, 14, 16, 12, 37)
    m = dict(from_name="陳怡君", addr="yijun.chen@fengcheng-digital.com.tw", date=d,
             subject="商機申訴－聯鋒自動化 SJ20260414-0027（留錯電話）", host=host_of(rng, "m365"))
    m["blocks"] = [
        "總部您好：\n\n敝司客戶聯鋒自動化反映今天上午推送的一筆商機，需求者留的電話打過去是一家早餐店，老闆說從來沒有詢問過氣動夾爪，"
        "因此申請不計入。資料如下：\n\n"
        "合作商：新竹風城數位行銷股份有限公司\n付費客戶：新竹聯鋒自動化設備股份有限公司\n商機編號：SJ20260414-0027\n"
        "推送時間：2026年4月14日 上午10:20\n客戶反饋時間：2026年4月14日 下午3:05\n申訴理由：需求者留錯電話，對方是不相干的早餐店\n"
        "情況說明：客戶業務於下午2點40分撥打留言中的手機 0912-377-508，接聽者表示是早餐店，並不需要氣動夾爪。通話紀錄截圖如附件。\n\n"
        "謝謝！\n\n陳怡君\n客服部｜風城數位\n新竹風城數位行銷股份有限公司\n電話：03-5781226"]
    m["atts"] = [Att("通話紀錄截圖.png", "image/png", png(rng, rows=9, style="list"), "image/png")]
    eml = outlook(m, rng, "zh-TW")
    return m, eml, dict(
        kind="appeal", family="traditional", client="Outlook 16 (zh-TW)",
        fields=fields(partner="新竹風城數位行銷股份有限公司", client="新竹聯鋒自動化設備股份有限公司", lead_ids=["SJ20260414-0027"],
                      pushed_at=iso(2026, 4, 14, 10, 20), objected_at=iso(2026, 4, 14, 15, 5), reason_code=3),
        accept={"partner": ["風城數位", "新竹风城数位行销股份有限公司", "风城数位"],
                "client": ["聯鋒自動化", "新竹联锋自动化设备股份有限公司", "联锋自动化"]},
        source_text={"pushed_at": ["2026年4月14日 上午10:20"], "objected_at": ["2026年4月14日 下午3:05"],
                     "reason_code": ["需求者留錯電話"]},
        notes="Outlook zh-TW: Big5 base64 text + Word HTML, =?big5?B? subject, sender name and file name; traditional labels "
              "(付費客戶, 推送時間, 客戶反饋時間, 申訴理由); '上午10:20' / '下午3:05'; code 3 from '留錯電話'; the phone number "
              "0912-377-508 and '下午2點40分' (the call-back) are distractors; PNG call-log screenshot.")


@entry
def T2():
    rng = R("T2")
    d = dt(2026, 6, 8, 11, 26, 4)
    ids = ["30618825", "30619107", "30620342", "30621166", "30622409", "30623078", "30624551", "30625913", "30626240", "30627684"]
    notes_ = [("精準", "熱收縮包裝機，已報價"), ("精準", "封箱機，跟進中"), ("不精準", "問的是二手機"), ("精準", ""),
              ("不精準", "個人買家，只要一部家用封口機"), ("精準", "纏繞膜包裝機"), ("不精準", "二手包裝機"), ("精準", ""),
              ("精準", "L型封切機"), ("不精準", "要買紙箱等包裝材料，客戶不做")]
    m = dict(from_name="Wong Ka Yan", addr="kayan.wong@kwhuishang.hk", date=d, subject="偉業包裝 商機調整（10條回饋）",
             host=host_of(rng, "google"))
    m["blocks"] = [
        "總部同事你好，\n\n偉業包裝（九龍偉業包裝機械有限公司）最近10條商機嘅回饋整理如下，麻煩按建議調整推廣：\n",
        Table([["序號", "商機編號", "是否精準", "客戶意見"]] + [[str(i + 1), ids[i], notes_[i][0], notes_[i][1]] for i in range(10)]),
        "\n調整建議：\n新增關鍵詞：熱收縮包裝機、全自動封箱機\n刪除關鍵詞：二手包裝機\n不做產品：包裝耗材（紙箱、膠帶）\n"
        "針對人群：工廠、企業，個人買家唔使推\n\nThanks,\nKa Yan\n\n黃嘉欣 | 客戶服務\n九龍匯商網絡科技有限公司\n"
        "Kowloon Huishang Network Technology Ltd.\nTel: +852 2388 4176"]
    eml = gmail(m, rng)
    return m, eml, dict(
        kind="adjustment", family="traditional", client="Gmail (Google Workspace)",
        fields=fields(partner="九龍匯商網絡科技有限公司", client="九龍偉業包裝機械有限公司", lead_ids=ids, lead_count=10),
        accept={"partner": ["Kowloon Huishang Network Technology Ltd.", "九龙汇商网络科技有限公司"],
                "client": ["偉業包裝", "九龙伟业包装机械有限公司", "伟业包装"]},
        extra={"keywords_add": ["熱收縮包裝機", "全自動封箱機"], "keywords_remove": ["二手包裝機"],
               "excluded_products": ["包裝耗材"], "audience": ["工廠", "企業"]},
        source_text={"lead_count": ["最近10條商機"]},
        notes="Gmail (UTF-8: text base64, HTML quoted-printable) from Hong Kong, written Cantonese (嘅, 唔使); ten 8-digit ids in an "
              "HTML table (tab-separated rows in the text part); the client's full name only in parentheses after the short name; "
              "the partner's English name in the signature is an alias; '序號' 1-10 and '一部' are distractors.")


@entry
def T3():
    rng = R("T3")
    d = dt(2026, 5, 20, 15, 44, 10)
    text = ("總部您好：\n\n永勝鑄造的商機推送已超過合約數量的六成，依流程彙總回饋如下。\n\n"
            "合作商：臺南府城企服顧問有限公司\n客戶：臺南永勝鑄造機械有限公司\n合約保障商機數：150 條\n已推送商機數：93 條\n"
            "服務期間：2025年9月1日至2026年8月31日\n\n客戶情況分析：\n"
            "一、93條中客戶認為有效的約60條，以壓鑄機、重力鑄造機的詢價為主，目前已成交3筆。\n"
            "二、越南、泰國的海外詢盤偏多，客戶業務英文能力有限，回覆較慢。\n\n建議解決方案：\n"
            "1. 續約時增加「低壓鑄造機」關鍵詞。\n2. 海外詢盤由敝司協助翻譯與跟進。\n\n"
            "續約意向：客戶有意續約，希望續約時保障數量提高到200條。\n\n府城企服 林雅婷 敬上\n電話：06-2135870")
    m = dict(from_name="林雅婷", addr="fuchengcs@ms35.hinet.net", date=d, subject="商機彙總回饋－永勝鑄造（推送已達六成）",
             host=host_of(rng, "hinet"))
    m["html"] = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"></head><body>'
                 '<font face="新細明體" size="3">' + brs(text) + "</font></body></html>")
    eml = html_only(m, rng, "big5", "quoted-printable", "HiNet WebMail", "hinet")
    return m, eml, dict(
        kind="summary", family="traditional", client="HiNet webmail (HTML only, Big5; approximated)",
        fields=fields(partner="臺南府城企服顧問有限公司", client="臺南永勝鑄造機械有限公司", quota=150, pushed_count=93,
                      service_start="2025-09-01", service_end="2026-08-31"),
        accept={"partner": ["府城企服", "台南府城企服顾问有限公司"], "client": ["永勝鑄造", "台南永胜铸造机械有限公司", "永胜铸造"]},
        renewal=True,
        source_text={"quota": ["150 條"], "pushed_count": ["93 條"], "service_start": ["2025年9月1日"],
                     "service_end": ["2026年8月31日"]},
        notes="Taiwanese webmail sending one text/html part only (Big5, quoted-printable, <br> lines); 彙總回饋 / 合約保障商機數 / "
              "服務期間 in traditional script; 臺 in the full names (simplified 台 in accept); '約60條', '3筆' and the renewal wish "
              "'200條' are distractors; both triggers reached (62 % of leads, 71 % of the period).")


@entry
def T4():
    rng = R("T4")
    d = dt(2026, 5, 6, 14, 31, 52)
    m = dict(from_name="何俊傑", addr="kit.ho@chuangyu-biz.hk", date=d, subject="商機申訴：德興冷凍 2605060418 加唔到微信",
             host=host_of(rng, "m365"))
    shot = Att("IMG_4471.PNG", "image/png", png(rng, rows=5, style="list"), "image/png", inline=True)
    m["atts"] = [shot]
    m["segments"] = [
        "總部你好，\n\n德興冷凍今日有一條商機想申請不計入。需求者只留咗微信，冇留電話，客戶試咗好多次都加唔到，搜尋顯示「無法找到該用戶」。\n\n"
        "客戶：新界元朗德興冷凍設備有限公司\n商機編號：2605060418\n推送：5月6號 早上9:45\n客戶反映：5月6號 中午12:10\n"
        "原因：需求者留微信，但點樣都加唔到（判定標準第2條）\n\n截圖附上。\n",
        shot,
        "\n何俊傑\n新界創域商務拓展有限公司\n\n從我的 iPhone 傳送"]
    eml = iphone(m, rng)
    return m, eml, dict(
        kind="appeal", family="traditional", client="iPhone Mail",
        fields=fields(partner="新界創域商務拓展有限公司", client="新界元朗德興冷凍設備有限公司", lead_ids=["2605060418"],
                      pushed_at=iso(2026, 5, 6, 9, 45), objected_at=iso(2026, 5, 6, 12, 10), reason_code=2),
        accept={"partner": ["新界创域商务拓展有限公司"], "client": ["德興冷凍", "新界元朗德兴冷冻设备有限公司", "德兴冷冻"]},
        source_text={"pushed_at": ["5月6號 早上9:45"], "objected_at": ["5月6號 中午12:10"], "reason_code": ["判定標準第2條"]},
        notes="iPhone Mail from Hong Kong (UTF-8 quoted-printable text parts around an inline PNG 'IMG_4471.PNG'); written "
              "Cantonese (咗, 冇, 唔); day written 5月6號 without a year; '早上9:45' and '中午12:10' (noon stays 12); code 2 as "
              "'判定標準第2條'; the partner only in the signature.")


# ==========================================================================
# family: English and mixed-language writers
# ==========================================================================

@entry
def E1():
    rng = R("E1")
    d = dt(2026, 3, 18, 14, 22, 9)
    m = dict(from_name="Kevin Zhao", addr="kevin.zhao@bincheng-es.com", date=d,
             subject="Lead appeal - Haizhuo CNC - SJ20260318-0044 (competitor)", host=host_of(rng, "google"))
    m["blocks"] = [
        "Hi team,\n\nPlease review the lead below. Our client believes the requester is a competitor fishing for prices.\n\n"
        "Partner: 大连滨城企服网络科技有限公司 / Client: 大连甘井子海卓数控机床有限公司 / Lead ID: SJ20260318-0044\n"
        "Pushed: 2026-03-18 09:10 (Beijing time)\nClient objected: 2026-03-18 13:45 (Beijing time)\n"
        "Reason: peer harassment - the \"buyer\" works for a competing machine-tool dealer in Shenyang and asked for the full "
        "price list and dealer discounts (criterion 1)\nEvidence: call recording attached (2 min 10 s)\n\n"
        "The client's sales manager, Mr. Sun, called the number back at 11:30 and the caller admitted he works for a dealer.\n\n"
        "Best regards,\nKevin Zhao\nCustomer Success | Dalian Bincheng Enterprise Services\n大连滨城企服网络科技有限公司\n"
        "Tel: +86 411 8265 7730"]
    m["atts"] = [Att("call_20260318_1130.m4a", "audio/x-m4a", m4a(rng, 130), "audio/mp4")]
    eml = outlook(m, rng, "en-US")
    return m, eml, dict(
        kind="appeal", family="english", client="Outlook 16 (en-US)",
        fields=fields(partner="大连滨城企服网络科技有限公司", client="大连甘井子海卓数控机床有限公司", lead_ids=["SJ20260318-0044"],
                      pushed_at=iso(2026, 3, 18, 9, 10), objected_at=iso(2026, 3, 18, 13, 45), reason_code=1),
        accept={"partner": ["Dalian Bincheng Enterprise Services"], "client": ["Haizhuo CNC"]},
        source_text={"pushed_at": ["2026-03-18 09:10"], "objected_at": ["2026-03-18 13:45"], "reason_code": ["peer harassment"]},
        notes="Outlook en-US (UTF-8 quoted-printable text + HTML); 'Partner: … / Client: … / Lead ID: …' on one line (no value "
              "may run into the next label); '(Beijing time)' times; code 1 in English ('peer harassment', 'criterion 1'); M4A "
              "recording declared audio/x-m4a; '11:30' (the call-back) and '2 min 10 s' are distractors.")


@entry
def E2():
    rng = R("E2")
    d = dt(2026, 6, 2, 9, 37, 21)
    m = dict(from_name="Vivian Liang", addr="vivian.liang@yunfan-net.cn", date=d,
             subject="Adjustment request: Huatuo CNC, feedback on the last 5 leads", host=host_of(rng, "aliyun"), lang="en-US")
    m["blocks"] = [
        "Hello HQ,\n\nPartner: 珠海香洲云帆网络科技有限公司\nClient: 珠海斗门华拓数控设备有限公司 (Huatuo CNC)\n"
        "Leads covered: the last 5 leads pushed in May\n\n"
        "Feedback: 3 were accurate (CNC lathes, 2 quotes sent), 2 were not – one wanted a second-hand lathe, one was a "
        "student asking for a graduation-project machine.\n\nProposed changes:\n"
        "- add keywords: 数控车床, 斜床身数控车床\n- remove keyword: 二手车床\n"
        "- products the client does not make: 二手机床, 教学用小型车床\n"
        "- target audience: factories and machining workshops only, no individuals or schools\n\n"
        "Thanks!\nVivian Liang\n云帆网络 | Zhuhai Yunfan"]
    eml = thunderbird(m, rng)
    return m, eml, dict(
        kind="adjustment", family="english", client="Thunderbird 128 (UTF-8, 8bit)",
        fields=fields(partner="珠海香洲云帆网络科技有限公司", client="珠海斗门华拓数控设备有限公司", lead_count=5),
        accept={"partner": ["云帆网络", "Zhuhai Yunfan"], "client": ["Huatuo CNC"]},
        extra={"keywords_add": ["数控车床", "斜床身数控车床"], "keywords_remove": ["二手车床"],
               "excluded_products": ["二手机床", "教学用小型车床"], "audience": ["factories and machining workshops"]},
        source_text={"lead_count": ["the last 5 leads"]},
        notes="Thunderbird (text/plain only, UTF-8 8bit, format=flowed); English labels with Chinese values; the count only "
              "('the last 5 leads'), no ids; '3 were accurate', '2 quotes' and '2 were not' are distractors; the client value "
              "stops before its English name in parentheses.")


@entry
def E3():
    rng = R("E3")
    d = dt(2026, 4, 8, 10, 5, 33)
    m = dict(from_name="Lucy Song", addr="songlu@beiguo-chain.com", date=d, subject="Lead summary – Kerui Laser (62% delivered)",
             host=host_of(rng, "exmail"))
    m["blocks"] = [
        "Dear HQ team,\n\nSummary feedback for the client below (trigger: 60% of the leads delivered).\n\n"
        "Partner: 长春北国链商信息技术有限公司\nClient: 长春净月科瑞激光设备有限公司\nQuota: 200 leads\nPushed so far: 124 leads\n"
        "Service period: 2025-07-01 to 2026-06-30\n\n"
        "Analysis: about 70 of the 124 leads were useful (fibre laser cutting, laser welding). Many inquiries from "
        "Heilongjiang asked for handheld welders under 10,000 RMB, which the client does not sell.\n"
        "Suggestions: focus on 3 kW+ cutting machines; add English keywords for export buyers.\n"
        "Renewal: the client is interested but will only decide after the June trade fair.\n\n"
        "Kind regards,\nLucy Song\nKey Account Manager, Changchun Beiguo Chain Business\n+86 431 8179 2264"]
    eml = outlook_mac(m, rng)
    return m, eml, dict(
        kind="summary", family="english", client="Outlook for Mac",
        fields=fields(partner="长春北国链商信息技术有限公司", client="长春净月科瑞激光设备有限公司", quota=200, pushed_count=124,
                      service_start="2025-07-01", service_end="2026-06-30"),
        accept={"partner": ["Changchun Beiguo Chain Business"], "client": ["Kerui Laser"]},
        renewal=None,
        source_text={"quota": ["Quota: 200 leads"], "pushed_count": ["Pushed so far: 124 leads"],
                     "service_start": ["2025-07-01"], "service_end": ["2026-06-30"]},
        notes="Outlook for Mac (UTF-8 quoted-printable text + HTML, Microsoft-MacOutlook user agent); English summary with "
              "'Quota: 200 leads' / 'Pushed so far: 124 leads' / 'Service period: … to …'; '62%', 'about 70', '10,000 RMB', "
              "'3 kW' are distractors; renewal undecided.")


@entry
def E4():
    rng = R("E4")
    d = dt(2026, 4, 21, 17, 2, 40)
    m = dict(from_name="Eric Lau", addr="eric.lau@qijiangsl.com", date=d,
             subject="商机申诉 Guanghao Drying – XP-2604-0588 (product mismatch)", host=host_of(rng, "own", "mail.qijiangsl.com"))
    m["blocks"] = [
        "Hi HQ,\n\nAppeal for one lead of our client 中山市东凤广昊烘干设备有限公司 (广昊烘干).\n\n"
        "Lead ID: XP-2604-0588\nPushed: Apr 21, 10:05 am (Beijing time)\nClient objected: Apr 21, 3:40 pm\n"
        "Reason: product mismatch – the buyer wants a 5-axis CNC router; our client only makes industrial dryers "
        "(heat-pump and hot-air drying ovens). This is criterion 5.\n\n"
        "Thanks,\nEric Lau\nAccount Executive\n中山市岐江商联信息科技有限公司 | Qijiang Shanglian"]
    eml = apple_mail(m, rng)
    return m, eml, dict(
        kind="appeal", family="english", client="Apple Mail (macOS)",
        fields=fields(partner="中山市岐江商联信息科技有限公司", client="中山市东凤广昊烘干设备有限公司", lead_ids=["XP-2604-0588"],
                      pushed_at=iso(2026, 4, 21, 10, 5), objected_at=iso(2026, 4, 21, 15, 40), reason_code=5),
        accept={"partner": ["Qijiang Shanglian"], "client": ["广昊烘干", "Guanghao Drying"]},
        source_text={"pushed_at": ["Apr 21, 10:05 am"], "objected_at": ["Apr 21, 3:40 pm"], "reason_code": ["criterion 5"]},
        notes="Apple Mail (UTF-8 quoted-printable); mixed subject; English dates without a year ('Apr 21, 10:05 am', "
              "'Apr 21, 3:40 pm'); code 5 ('product mismatch', 'criterion 5'); the partner only in the signature; '5-axis' "
              "is a distractor; no attachment (code 5 needs none).")


@entry
def E5():
    rng = R("E5")
    d = dt(2026, 4, 15, 18, 40, 12)
    m = dict(from_name="符佳怡 Amy", addr="fujiayi@ycshuzhi.com", date=d,
             subject="Appeal: Yefeng Food Machinery lead 2604150273 – WeChat cannot be added", host=host_of(rng, "exmail"))
    m["blocks"] = [
        "Hello,\n\nPartner: 海口椰城数智网络科技有限公司\nClient: 海口美兰椰丰食品机械有限公司\nLead ID: 2604150273\n"
        "Push time: 15 April 2026, 11:20 am\nObjection time: 15 April 2026, 5:50 pm\n"
        "Reason: the requester left only a WeChat ID (coco_trade_hn) and no phone number. Our client tried to add it four "
        "times today; WeChat says the account does not exist.\n\nScreenshots attached.\n\n"
        "Regards,\nAmy Fu 符佳怡\n椰城数智 Customer Service"]
    m["atts"] = [Att("微信添加失败截图1.jpg", "application/octet-stream", jpg(rng, rows=6), "image/jpeg"),
                 Att("微信添加失败截图2.jpg", "application/octet-stream", jpg(rng, rows=4, style="list"), "image/jpeg")]
    eml = tencent(m, rng, wecom=True)
    return m, eml, dict(
        kind="appeal", family="english", client="WeCom / Tencent Exmail",
        fields=fields(partner="海口椰城数智网络科技有限公司", client="海口美兰椰丰食品机械有限公司", lead_ids=["2604150273"],
                      pushed_at=iso(2026, 4, 15, 11, 20), objected_at=iso(2026, 4, 15, 17, 50), reason_code=2),
        accept={"partner": ["椰城数智"], "client": ["Yefeng Food Machinery"]},
        source_text={"pushed_at": ["15 April 2026, 11:20 am"], "objected_at": ["15 April 2026, 5:50 pm"],
                     "reason_code": ["Our client tried to add it four times today; WeChat says the account does not exist"]},
        notes="WeCom / Exmail (UTF-8 base64); English labels ('Push time', 'Objection time') with '15 April 2026, 5:50 pm'; "
              "code 2 described in English (WeChat id cannot be added); the WeChat id and 'four times' are distractors; two "
              "JPEG screenshots with Chinese names declared application/octet-stream.")


# ==========================================================================
# family: dates and times as people write them
# ==========================================================================

@entry
def D1():
    rng = R("D1")
    d = dt(2026, 4, 29, 9, 12, 55)
    m = dict(from_name="周雨桐", addr="zhouyutong_gl@163.com", date=d, subject="润德液压商机申诉 SJ20260428-0106",
             host=host_of(rng, "163"))
    m["blocks"] = [
        "总部老师您好：\n\n合作商：扬州广陵企服网络科技有限公司\n客户：扬州江都润德液压机械有限公司\n商机编号：SJ20260428-0106\n\n"
        "这条商机是4月28日下午2点推送的，客户3点20分反馈说对方是做劳务派遣的，问能不能给他们厂里派工人，跟液压机完全不是一个行业，"
        "申请按第4条不计入。\n\n客户说对方留言里写的“液压”是公司地址“液压产业园”，并不是要买设备。\n\n"
        "谢谢！\n周雨桐\n广陵企服 客服部\n0514-87326615"]
    eml = coremail(m, rng, "163")
    return m, eml, dict(
        kind="appeal", family="dates", client="163 webmail (Coremail)",
        fields=fields(partner="扬州广陵企服网络科技有限公司", client="扬州江都润德液压机械有限公司", lead_ids=["SJ20260428-0106"],
                      pushed_at=iso(2026, 4, 28, 14, 0), objected_at=iso(2026, 4, 28, 15, 20), reason_code=4),
        accept={"partner": ["广陵企服"]},
        source_text={"pushed_at": ["4月28日下午2点"], "objected_at": ["3点20分", "4月28日下午"], "reason_code": ["按第4条"]},
        notes="163 webmail (GBK base64); both times in one sentence: '4月28日下午2点推送的，客户3点20分反馈' - the objection "
              "inherits the day and 下午 (15:20); no year (from the Date header); code 4 ('按第4条', labour dispatch asked of a "
              "hydraulic-press maker); no attachment.")


@entry
def D2():
    rng = R("D2")
    d = dt(2026, 1, 4, 10, 36, 18)
    m = dict(from_name="孟晓丽", addr="2917730468@qq.com", date=d, subject="卓岳机械 元旦那条商机申诉", host=host_of(rng, "qq"))
    m["blocks"] = [
        "总部好：\n\n卓岳机械这条商机想申请不计入，情况如下：\n\n合作商：徐州彭城链讯信息技术有限公司\n客户：徐州铜山卓岳工程机械有限公司\n"
        "商机编号：SJ20251231-0213\n推送时间：12月31日晚上8点多\n客户反馈：1月1日上午10时05分\n"
        "理由：需求者只留了微信号 xz_wajueji66，没有留电话，客户加了好几次微信都加不上。\n\n"
        "元旦放假客户没及时看到，反馈超过8小时了，这种情况总部能不能酌情考虑？\n\n孟晓丽\n彭城链讯"]
    eml = tencent(m, rng)
    return m, eml, dict(
        kind="appeal", family="dates", client="QQ Mail",
        fields=fields(partner="徐州彭城链讯信息技术有限公司", client="徐州铜山卓岳工程机械有限公司", lead_ids=["SJ20251231-0213"],
                      pushed_at=iso(2025, 12, 31, 20, 0), objected_at=iso(2026, 1, 1, 10, 5), reason_code=2),
        accept={"partner": ["彭城链讯"], "client": ["卓岳机械"]},
        source_text={"pushed_at": ["12月31日晚上8点多"], "objected_at": ["1月1日上午10时05分"], "reason_code": ["微信都加不上"]},
        notes="QQ Mail (gb18030) sent 2026-01-04 (a make-up working Sunday): the year edge - '12月31日' is 2025-12-31 (the most "
              "recent such day not after the Date), '1月1日' is 2026; '晚上8点多' is labelled 20:00; '10时05分'; the objection "
              "comes 14 h after the push (outside 8 h, the partner says so); '8小时' and the WeChat id are distractors.")


@entry
def D3():
    rng = R("D3")
    d = dt(2026, 11, 10, 16, 20, 45)
    m = dict(from_name="王振宇", addr="wangzhenyu@bianliang-sw.com", date=d, subject="聚隆锅炉 商机汇总反馈（推送过六成）",
             host=host_of(rng, "own", "mail.bianliang-sw.com"))
    m["blocks"] = [
        "总部：\n\n按流程提交聚隆锅炉的商机汇总反馈。\n\n合作商：开封汴梁商务信息咨询有限公司\n付费客户：开封祥符聚隆锅炉有限公司\n"
        "服务期：2026.4.1-2027.3.31\n合同商机数：120条\n已推送：75条\n\n情况分析：\n"
        "75条里客户认为有用的大概40条，燃气蒸汽锅炉询价多，生物质锅炉几乎没有。客户已成交2台4吨燃气锅炉。\n建议：\n"
        "1. 增加“生物质蒸汽锅炉”“低氮燃烧锅炉”关键词；\n2. 河南省外的询盘客户跟进能力有限，建议侧重省内及周边。\n"
        "续费意向：客户认可效果，有续费意向，具体数量要等年底做预算。\n\n王振宇\n汴梁商务 服务部"]
    eml = outlook(m, rng, "zh-CN")
    return m, eml, dict(
        kind="summary", family="dates", client="Outlook 16 (zh-CN)",
        fields=fields(partner="开封汴梁商务信息咨询有限公司", client="开封祥符聚隆锅炉有限公司", quota=120, pushed_count=75,
                      service_start="2026-04-01", service_end="2027-03-31"),
        accept={"partner": ["汴梁商务"], "client": ["聚隆锅炉"]},
        renewal=True,
        source_text={"quota": ["合同商机数：120条"], "pushed_count": ["已推送：75条"], "service_start": ["2026.4.1"],
                     "service_end": ["2027.3.31"]},
        notes="Outlook zh-CN (gb2312 base64); the period as '2026.4.1-2027.3.31' (dots, no padding, a hyphen between); "
              "75/120 = 62.5 % (lead trigger only, 61 % of the time); '40条', '2台', '4吨' are distractors.")


@entry
def D4():
    rng = R("D4")
    d = dt(2026, 10, 15, 11, 8, 27)
    m = dict(from_name="赵凯文", addr="zhaokaiwen@bincheng-es.com", date=d, subject="辽渤阀门商机汇总反馈", host=host_of(rng, "google"))
    m["blocks"] = [
        "总部各位老师好：\n\n辽渤阀门的商机推送已经过了六成，汇总如下：\n\n合作商：大连滨城企服网络科技有限公司\n"
        "客户：大连金州辽渤船用阀门有限公司\n服务期：2026年5月至次年4月\n保障商机：100条\n已推送：64条\n\n"
        "分析：船用蝶阀、截止阀的询盘质量不错，客户已成交5单；但有十来条问的是民用水暖阀门，客户不做。\n"
        "建议：排除“水暖阀门”“家用阀门”，增加“船用闸阀”关键词。\n续费：客户老板说明年再看，目前还定不下来。\n\n"
        "赵凯文\n滨城企服 客户成功部"]
    eml = foxmail(m, rng)
    return m, eml, dict(
        kind="summary", family="dates", client="Foxmail 7.2",
        fields=fields(partner="大连滨城企服网络科技有限公司", client="大连金州辽渤船用阀门有限公司", quota=100, pushed_count=64,
                      service_start="2026-05-01", service_end="2027-04-30"),
        accept={"partner": ["滨城企服"], "client": ["辽渤阀门"]},
        renewal=None,
        source_text={"quota": ["保障商机：100条"], "pushed_count": ["已推送：64条"], "service_start": ["2026年5月"],
                     "service_end": ["次年4月", "2026年5月"]},
        notes="Foxmail (gb2312 label, GB18030 bytes); the period in months only: '2026年5月至次年4月' - labelled from the first "
              "day of the first month to the last day of the last month (2026-05-01..2027-04-30), 次年 = the year after "
              "2026; '5单' and '十来条' are distractors; renewal undecided.")


@entry
def D5():
    rng = R("D5")
    d = dt(2026, 10, 20, 15, 30, 2)
    m = dict(from_name="梁伟雯", addr="liangww_zh@163.com", date=d, subject="海恒船配服务期过七成，汇总反馈", host=host_of(rng, "163"))
    m["blocks"] = [
        "总部你好，\n\n海恒船配这个客户是2月1日起，服务期一年，现在服务期已经过了七成，汇总反馈一下：\n\n"
        "合作商：珠海香洲云帆网络科技有限公司\n客户：珠海金湾海恒船舶配件有限公司\n合同保障：180条商机\n目前已推送：97条\n\n"
        "客户反映近两个月询盘偏少，9月份只推了6条，主要是船用锚链、系泊缆的询价，质量还可以。\n"
        "建议加大“船用锚链”“系泊设备”的推广力度，增加东南亚的海外询盘。\n客户续费意愿一般，要看最后三个月的效果再定。\n\n"
        "梁伟雯\n云帆网络"]
    eml = coremail(m, rng, "163")
    return m, eml, dict(
        kind="summary", family="dates", client="163 webmail (Coremail)",
        fields=fields(partner="珠海香洲云帆网络科技有限公司", client="珠海金湾海恒船舶配件有限公司", quota=180, pushed_count=97,
                      service_start="2026-02-01", service_end="2027-01-31"),
        accept={"partner": ["云帆网络"], "client": ["海恒船配"]},
        renewal=None,
        source_text={"quota": ["合同保障：180条"], "pushed_count": ["目前已推送：97条"], "service_start": ["2月1日起"],
                     "service_end": ["服务期一年", "2月1日"]},
        notes="163 webmail (GBK); the period only as '2月1日起，服务期一年': start 2026-02-01 (the most recent 1 February not "
              "after the Date), end one year later minus a day (2027-01-31); the time trigger (72 %) with 54 % of the leads; "
              "'6条', '七成', '三个月' are distractors.")


# ==========================================================================
# family: numbers and ids as people write them
# ==========================================================================

@entry
def N1():
    rng = R("N1")
    d = dt(2026, 6, 30, 10, 45, 19)
    m = dict(from_name="周雨桐", addr="zhouyutong@guanglingqf.com", date=d, subject="金桥起重 商机汇总反馈（已推送过六成）",
             host=host_of(rng, "own", "mail.guanglingqf.com"))
    m["blocks"] = [
        "总部老师：\n\n合作商：扬州广陵企服网络科技有限公司\n付费客户：扬州宝应金桥起重设备有限公司\n合同约定商机：贰佰条\n"
        "截至6月29日已推送：壹佰贰拾陆条\n服务期：2025年11月15日—2026年11月14日\n\n"
        "客户情况：成交了单梁起重机3台、电动葫芦十几台，对效果比较满意；问防爆葫芦的询盘有一些，目前关键词里没有。\n"
        "建议方案：续费时保障数量提到叁佰条，增加“防爆电动葫芦”关键词。\n续费意向：有，预计8月份签约。\n\n周雨桐\n广陵企服"]
    eml = foxmail(m, rng)
    return m, eml, dict(
        kind="summary", family="numbers", client="Foxmail 7.2",
        fields=fields(partner="扬州广陵企服网络科技有限公司", client="扬州宝应金桥起重设备有限公司", quota=200, pushed_count=126,
                      service_start="2025-11-15", service_end="2026-11-14"),
        accept={"partner": ["广陵企服"], "client": ["金桥起重"]},
        renewal=True,
        source_text={"quota": ["贰佰条"], "pushed_count": ["壹佰贰拾陆条"], "service_start": ["2025年11月15日"],
                     "service_end": ["2026年11月14日"]},
        notes="Foxmail (gb2312 label); counts in financial numerals ('贰佰条' = 200, '壹佰贰拾陆条' = 126); the period joined by an "
              "em dash; '叁佰条' (the renewal wish), '6月29日', '3台', '十几台', '8月份' are distractors.")


@entry
def N2():
    rng = R("N2")
    d = dt(2026, 5, 15, 16, 55, 40)
    m = dict(from_name="杜文博", addr="duwenbo_lp@126.com", date=d, subject="鼎盛耐磨 5条商机反馈及调整", host=host_of(rng, "126"))
    m["blocks"] = [
        "总部好，\n\n鼎盛耐磨这5条商机（SJ20260512-0031/0032、SJ20260514-0007、0009、0012）的反馈汇总如下：\n\n"
        "0031 精准，问高铬耐磨衬板，已报价；\n0032 不精准，要买的是耐磨陶瓷管，客户不做；\n0007 精准，球磨机衬板；\n"
        "0009 精准，耐磨钢球，询价30吨；\n0012 不精准，个人买几块耐磨板自己焊，量太小。\n\n调整建议：\n"
        "1. 新增关键词：高铬铸铁衬板、耐磨钢球；\n2. 删除关键词：耐磨陶瓷；\n3. 不做产品：陶瓷复合管、零售小件；\n"
        "4. 目标人群：矿山、水泥厂、电厂。\n\n合作商：洛阳洛浦数联网络科技有限公司\n客户：洛阳偃师鼎盛耐磨材料有限公司\n\n"
        "杜文博\n洛浦数联 商机服务"]
    eml = coremail(m, rng, "126")
    ids = ["SJ20260512-0031", "SJ20260512-0032", "SJ20260514-0007", "SJ20260514-0009", "SJ20260514-0012"]
    return m, eml, dict(
        kind="adjustment", family="numbers", client="126 webmail (Coremail)",
        fields=fields(partner="洛阳洛浦数联网络科技有限公司", client="洛阳偃师鼎盛耐磨材料有限公司", lead_ids=ids, lead_count=5),
        accept={"partner": ["洛浦数联"], "client": ["鼎盛耐磨"]},
        extra={"keywords_add": ["高铬铸铁衬板", "耐磨钢球"], "keywords_remove": ["耐磨陶瓷"],
               "excluded_products": ["陶瓷复合管", "零售小件"], "audience": ["矿山", "水泥厂", "电厂"]},
        source_text={"lead_ids": ["SJ20260512-0031/0032、SJ20260514-0007、0009、0012"], "lead_count": ["这5条商机"]},
        notes="126 webmail (GBK); id shorthand 'SJ20260512-0031/0032、SJ20260514-0007、0009、0012' expanded to five full ids "
              "(a bare suffix takes the prefix of the id before it); the per-lead lines repeat only the suffixes (not new ids); "
              "'30吨' and the list numbers are distractors; partner and client labelled at the end.")


@entry
def N3():
    rng = R("N3")
    d = dt(2026, 7, 13, 9, 48, 11)
    m = dict(from_name="宋璐", addr="songlu@beiguo-chain.com", date=d, subject="宏途检测 商机调整建议（10条）", host=host_of(rng, "exmail"))
    m["blocks"] = [
        "总部：\n\n宏途检测7月上旬推送的商机 XP-2607-0101 至 XP-2607-0110 共10条，客户逐条反馈：精准6条，不精准4条。"
        "不精准的4条都是问汽车维修保养设备（举升机、轮胎拆装机）的，客户只做机动车检测线设备。\n\n"
        "客户合同总量八十条，目前推了三十多条，希望后面的商机更精准一些。\n\n调整建议：\n"
        "- 不做产品：汽修举升机、轮胎拆装机、四轮定位仪\n- 新增关键词：机动车安检线、尾气检测设备、制动检验台\n"
        "- 目标人群：检测站、驾校\n\n合作商：长春北国链商信息技术有限公司\n付费客户：长春宏途汽车检测设备有限公司\n\n宋璐\n北国链商"]
    eml = tencent(m, rng, wecom=True)
    ids = [f"XP-2607-{n:04d}" for n in range(101, 111)]
    return m, eml, dict(
        kind="adjustment", family="numbers", client="WeCom / Tencent Exmail",
        fields=fields(partner="长春北国链商信息技术有限公司", client="长春宏途汽车检测设备有限公司", lead_ids=ids, lead_count=10),
        accept={"partner": ["北国链商"], "client": ["宏途检测"]},
        extra={"keywords_add": ["机动车安检线", "尾气检测设备", "制动检验台"], "keywords_remove": [],
               "excluded_products": ["汽修举升机", "轮胎拆装机", "四轮定位仪"], "audience": ["检测站", "驾校"]},
        source_text={"lead_ids": ["XP-2607-0101 至 XP-2607-0110 共10条"], "lead_count": ["共10条"]},
        notes="WeCom / Exmail (UTF-8 base64); a range 'XP-2607-0101 至 XP-2607-0110 共10条' expanded to the ten ids (the stated "
              "count confirms the range); '精准6条/不精准4条', the contract total '八十条' and '三十多条' are distractors "
              "(no quota field on an adjustment).")


@entry
def N4():
    rng = R("N4")
    d = dt(2026, 6, 8, 17, 26, 3)
    m = dict(from_name="杜文博", addr="1846602973@qq.com", date=d, subject="昊天轴承商机申诉 SJ20260608\u20130219（空号）",
             host=host_of(rng, "qq"))
    m["blocks"] = [
        "总部您好：\n\n合作商：洛阳洛浦数联网络科技有限公司\n客户：洛阳伊川昊天轴承有限公司\n商机编号：SJ20260608\uff0d0219\n"
        "推送时间：2026-06-08 10:40\n客户反馈时间：2026-06-08 15:15\n"
        "申诉原因：需求者留错电话。留言里的电话139-3791-0826是空号，短信也发不出去；客户又按留言里的公司名“郑州恒运”查了一下，"
        "那家公司做物流，跟轴承不对口。\n\n客户的拨号记录截图见附件。\n\n杜文博\n洛浦数联"]
    m["atts"] = [Att("拨号记录截图.png", "image/png", png(rng, rows=7, style="list"), "image/png")]
    eml = tencent(m, rng)
    return m, eml, dict(
        kind="appeal", family="numbers", client="QQ Mail",
        fields=fields(partner="洛阳洛浦数联网络科技有限公司", client="洛阳伊川昊天轴承有限公司", lead_ids=["SJ20260608-0219"],
                      pushed_at=iso(2026, 6, 8, 10, 40), objected_at=iso(2026, 6, 8, 15, 15), reason_code=3),
        accept={"partner": ["洛浦数联"], "client": ["昊天轴承"]},
        source_text={"lead_ids": ["SJ20260608\uff0d0219", "SJ20260608\u20130219"], "pushed_at": ["2026-06-08 10:40"],
                     "objected_at": ["2026-06-08 15:15"], "reason_code": ["需求者留错电话"]},
        notes="QQ Mail (gb18030); the one id written with a full-width hyphen (U+FF0D) in the body and an en dash (U+2013) in "
              "the subject: labelled once, with an ASCII hyphen (NFKC turns U+FF0D into '-', the en dash is mapped the same "
              "way by the clerk); the phone number 139-3791-0826 is a distractor; code 3; PNG screenshot.")


@entry
def N5():
    rng = R("N5")
    d = dt(2026, 5, 28, 19, 12, 44)
    m = dict(from_name="扎西平措", addr="zhaxi@xueyu-ql.com", date=d, subject="金珠建材机械 两条商机申诉（同行询价）",
             host=host_of(rng, "qiye163"))
    m["blocks"] = [
        "总部老师好：\n\n合作商：拉萨雪域企联信息科技有限公司\n付费客户：拉萨达孜金珠建材机械有限公司\n商机编号：XP-2605-0347、0348\n"
        "推送时间：2026年5月28日 09:30（两条同一时间推送）\n客户异议时间：2026年5月28日 14:05\n"
        "申诉理由：两条都是同一个人留的，电话回访时对方承认是成都一家制砖机厂的销售，专门来问价格和配置，属于同行恶意询价。\n"
        "证据：客户回访录音文件太大，邮件发不出去，明天用网盘链接补发。\n\n扎西平措\n雪域企联 客服中心\n0891-6338021"]
    eml = outlook(m, rng, "zh-CN")
    return m, eml, dict(
        kind="appeal", family="numbers", client="Outlook 16 (zh-CN)",
        fields=fields(partner="拉萨雪域企联信息科技有限公司", client="拉萨达孜金珠建材机械有限公司",
                      lead_ids=["XP-2605-0347", "XP-2605-0348"], pushed_at=iso(2026, 5, 28, 9, 30),
                      objected_at=iso(2026, 5, 28, 14, 5), reason_code=1),
        accept={"partner": ["雪域企联"], "client": ["金珠建材机械"]},
        source_text={"lead_ids": ["XP-2605-0347、0348"], "pushed_at": ["2026年5月28日 09:30"],
                     "objected_at": ["2026年5月28日 14:05"], "reason_code": ["同行恶意询价"]},
        notes="Outlook zh-CN (gb2312); two leads as 'XP-2605-0347、0348' (the bare suffix takes the first id's prefix); code 1 "
              "(同行恶意询价) but the recording is only promised for tomorrow and nothing is attached: `evidence` is missing; "
              "'两条' and the phone number are distractors.")


# ==========================================================================
# family: filled forms (.docx / .xlsx)
# ==========================================================================

@entry
def F1():
    rng = R("F1")
    d = dt(2026, 3, 19, 10, 15, 27)
    m = dict(from_name="孟晓丽", addr="mengxiaoli@pclianxun.com", date=d, subject="禾丰农机商机申诉书", host=host_of(rng, "aliyun"))
    m["blocks"] = ["总部好，\n\n附件是禾丰农机一条商机的《商机申诉书》，麻烦审核。微信搜索的截图也一并附上。\n\n"
                   "孟晓丽\n徐州彭城链讯信息技术有限公司\n电话：0516-83390725"]
    reasons = ("□ 1. 需求者属于同行恶意骚扰或不良询价\n☑ 2. 需求者留微信，微信如何都加不上\n□ 3. 需求者留错电话，是个人或其他不对口企业\n"
               "□ 4. 需求者所需产品不符合客户行业\n□ 5. 需求者所需产品与客户经营产品不一致")
    grid = [["合作商", "徐州彭城链讯信息技术有限公司", None, None],
            ["付费客户", "徐州睢宁禾丰农机制造有限公司", None, None],
            ["商机编号", "2603180552", "推送时间", "2026-03-18 16:30"],
            ["客户反馈时间", "2026-03-18 20:10", "申诉人", "孟晓丽"],
            ["申诉理由（请勾选）", reasons, None, None],
            ["情况说明", "需求者留言求购4行玉米收获机，只留了微信号 hf_njgou2026，客户从晚上7点开始搜索添加了三次，均提示“该用户不存在”。",
             None, None],
            ["证据材料", "微信搜索截图1张（见邮件附件）", None, None]]
    merges = [(0, 1, 0, 3), (1, 1, 1, 3), (4, 1, 4, 3), (5, 1, 5, 3), (6, 1, 6, 3)]
    form = docx_form("孟晓丽", "2026-03-19T01:58:00Z", "商机申诉书", grid, merges)
    m["atts"] = [Att("商机申诉书-禾丰农机-0318.docx", CT_DOCX, form, CT_DOCX),
                 Att("微信搜索截图.png", "image/png", png(rng, rows=4, style="list"), "image/png")]
    eml = thunderbird(m, rng)
    return m, eml, dict(
        kind="appeal", family="forms", client="Thunderbird 128 (UTF-8, 8bit)",
        fields=fields(partner="徐州彭城链讯信息技术有限公司", client="徐州睢宁禾丰农机制造有限公司", lead_ids=["2603180552"],
                      pushed_at=iso(2026, 3, 18, 16, 30), objected_at=iso(2026, 3, 18, 20, 10), reason_code=2),
        accept={"client": ["禾丰农机"]},
        source_text={"pushed_at": ["2026-03-18 16:30"], "objected_at": ["2026-03-18 20:10"],
                     "reason_code": ["☑ 2. 需求者留微信，微信如何都加不上"]},
        notes="Thunderbird (UTF-8 8bit text; attachment names as RFC 2047 in name= and RFC 2231 continuations in filename*=); "
              "everything but the partner only in the .docx: merged value cells, the reason as five check boxes with '☑' on "
              "criterion 2 (the unticked '□' lines are not reasons); '4行', '晚上7点' and the WeChat id are distractors.")


@entry
def F2():
    rng = R("F2")
    d = dt(2026, 6, 23, 11, 40, 9)
    m = dict(from_name="马晓雯", addr="maxiaowen@hsyunshang.com", date=d, subject="恒通矿机商机申诉表",
             host=host_of(rng, "own", "mail.hsyunshang.com"))
    m["blocks"] = ["总部老师好：\n\n恒通矿机一条商机申请不计入，申诉表在附件，请查收。客户反馈的具体时间客户那边还在核实，表里先空着，核实后补发。\n\n"
                   "马晓雯\n湟水云商 客服部"]
    cells = {"A1": "商机申诉表", "A2": "合作商：西宁湟水云商网络科技有限公司", "A3": "付费客户：西宁高原恒通矿山机械有限公司",
             "A4": "商机编号", "B4": "10688213", "C4": "推送时间", "D4": datetime(2026, 6, 22, 15, 50),  # noqa: DTZ001 - Excel keeps naive local times
             "A5": "客户反馈时间", "C5": "申诉人", "D5": "马晓雯", "A6": "申诉理由（在对应项前打√）",
             "B7": "1.需求者属于同行恶意骚扰或不良询价", "B8": "2.需求者留微信，微信如何都加不上",
             "B9": "3.需求者留错电话，个人或其他不对口企业", "B10": "4.需求者所需产品不符合客户行业",
             "A11": "√", "B11": "5.需求者所需产品与客户经营产品不一致",
             "A12": "情况说明", "B12": "需求者询问浮选机和磁选机的价格，客户只生产颚式破碎机和球磨机，不做选矿设备。"}
    merges = ["A1:D1", "A2:D2", "A3:D3", "A6:D6", "B7:D7", "B8:D8", "B9:D9", "B10:D10", "B11:D11", "B12:D12"]
    form = xlsx_form("马晓雯", "2026-06-23T03:31:00Z", "申诉表", cells, merges, {"A": 16, "B": 22, "C": 14, "D": 20})
    m["atts"] = [Att("恒通矿机商机申诉表.xlsx", CT_XLSX, form, CT_XLSX)]
    eml = outlook(m, rng, "zh-CN")
    return m, eml, dict(
        kind="appeal", family="forms", client="Outlook 16 (zh-CN)",
        fields=fields(partner="西宁湟水云商网络科技有限公司", client="西宁高原恒通矿山机械有限公司", lead_ids=["10688213"],
                      pushed_at=iso(2026, 6, 22, 15, 50), reason_code=5),
        accept={"partner": ["湟水云商"], "client": ["恒通矿机"]},
        source_text={"pushed_at": ["2026-06-22 15:50"], "reason_code": ["√ 5.需求者所需产品与客户经营产品不一致"]},
        notes="Outlook zh-CN with an .xlsx form: label and value in one merged cell ('合作商：…', '付费客户：…'), the push time a "
              "real date cell, the reason a '√' in front of criterion 5, and '客户反馈时间' announced but empty (the body says it "
              "will follow): objected_at null and missing.")


@entry
def F3():
    rng = R("F3")
    d = dt(2026, 8, 25, 15, 12, 50)
    m = dict(from_name="符佳怡", addr="fujiayi@ycshuzhi.com", date=d, subject="椰丰食品机械 商机汇总反馈表", host=host_of(rng, "exmail"))
    m["blocks"] = ["总部好，\n\n椰丰食品机械的服务期已经过了七成，汇总反馈表见附件。已推送条数我这边系统导出有问题，表里先空着，明天补发给你们。\n\n"
                   "符佳怡\n椰城数智"]
    grid = [["合作商", "海口椰城数智网络科技有限公司", None, None],
            ["客户名称", "海口美兰椰丰食品机械有限公司", None, None],
            ["合同商机数", "八十条", "已推送商机数", ""],
            ["服务期", "2025年12月1日", "至", "2026年11月30日"],
            ["触发条件", "☐ 推送数量达到60%　☑ 服务期达到70%", None, None],
            ["客户情况分析", "客户主营椰子去壳机、椰奶生产线，询盘以海南本地及东南亚为主；椰子水灌装线的询盘客户不做，约占两成。", None, None],
            ["建议解决方案", "1. 不做产品增加“椰子水灌装线”；2. 加大东南亚英文关键词投放。", None, None],
            ["续费意向", "☑ 有　☐ 无　☐ 待定", None, None]]
    merges = [(0, 1, 0, 3), (1, 1, 1, 3), (4, 1, 4, 3), (5, 1, 5, 3), (6, 1, 6, 3), (7, 1, 7, 3)]
    form = docx_form("符佳怡", "2026-08-25T06:40:00Z", "商机汇总反馈表", grid, merges)
    m["atts"] = [Att("椰丰食品机械商机汇总反馈表.docx", "application/octet-stream", form, CT_DOCX)]
    eml = tencent(m, rng, wecom=True)
    return m, eml, dict(
        kind="summary", family="forms", client="WeCom / Tencent Exmail",
        fields=fields(partner="海口椰城数智网络科技有限公司", client="海口美兰椰丰食品机械有限公司", quota=80,
                      service_start="2025-12-01", service_end="2026-11-30"),
        accept={"partner": ["椰城数智"], "client": ["椰丰食品机械"]},
        renewal=True,
        source_text={"quota": ["八十条"], "service_start": ["2025年12月1日"], "service_end": ["2026年11月30日"]},
        notes="WeCom with a .docx summary form declared application/octet-stream: merged value cells, quota in words ('八十条'), "
              "the period split over two cells around '至', '已推送商机数' announced but empty (pushed_count null and missing), "
              "the trigger and renewal as ticked boxes ('☑ 服务期达到70%', '☑ 有'); '60%', '70%', '两成' are distractors.")


@entry
def F4():
    rng = R("F4")
    d = dt(2026, 6, 5, 14, 22, 31)
    m = dict(from_name="王振宇", addr="3306518829@qq.com", date=d, subject="汴通阀门商机调整反馈表", host=host_of(rng, "qq"))
    m["blocks"] = ["总部：\n\n汴通阀门最近5条商机的反馈和调整建议见附件表格，请按表调整推广。\n\n王振宇\n汴梁商务"]
    rows = [(1, "SJ20260518-0044", datetime(2026, 5, 18),  # noqa: DTZ001 - naive local days for Excel
             "精准", "询DN300软密封闸阀，已报价"),
            (2, "SJ20260521-0013", datetime(2026, 5, 21), "不精准", "要买家用水龙头"),  # noqa: DTZ001
            (3, "SJ20260525-0102", datetime(2026, 5, 25), "精准", "蝶阀，报价中"),  # noqa: DTZ001
            (4, "SJ20260528-0067", datetime(2026, 5, 28), "精准", "水务公司采购闸阀"),  # noqa: DTZ001
            (5, "SJ20260602-0030", datetime(2026, 6, 2), "不精准", "卫浴阀门，客户不做")]  # noqa: DTZ001
    cells = {"A1": "商机调整反馈表", "A2": "合作商：开封汴梁商务信息咨询有限公司\u3000\u3000客户：开封市汴通阀门制造有限公司",
             "A3": "序号", "B3": "商机编号", "C3": "推送日期", "D3": "是否精准", "E3": "客户反馈"}
    for i, r in enumerate(rows):
        for col, v in zip("ABCDE", r, strict=True):
            cells[f"{col}{4 + i}"] = v
    cells.update({"A9": "调整建议", "A10": "新增关键词", "B10": "蝶阀、软密封闸阀", "A11": "删除关键词", "B11": "水龙头",
                  "A12": "不做产品", "B12": "家用水龙头、卫浴阀门", "A13": "针对人群", "B13": "水务公司、工厂"})
    merges = ["A1:E1", "A2:E2", "A9:E9", "B10:E10", "B11:E11", "B12:E12", "B13:E13"]
    form = xlsx_form("王振宇", "2026-06-05T06:10:00Z", "调整反馈", cells, merges, {"A": 12, "B": 20, "C": 14, "D": 10, "E": 30})
    m["atts"] = [Att("汴通阀门商机调整反馈表.xlsx", "application/octet-stream", form, CT_XLSX)]
    eml = tencent(m, rng)
    ids = [r[1] for r in rows]
    return m, eml, dict(
        kind="adjustment", family="forms", client="QQ Mail",
        fields=fields(partner="开封汴梁商务信息咨询有限公司", client="开封市汴通阀门制造有限公司", lead_ids=ids, lead_count=5),
        accept={"partner": ["汴梁商务"], "client": ["汴通阀门"]},
        extra={"keywords_add": ["蝶阀", "软密封闸阀"], "keywords_remove": ["水龙头"], "excluded_products": ["家用水龙头", "卫浴阀门"],
               "audience": ["水务公司", "工厂"]},
        source_text={"lead_count": ["最近5条商机"]},
        notes="QQ Mail with an .xlsx declared application/octet-stream: partner and client as two 'label：value' pairs in one "
              "merged cell separated by ideographic spaces (neither value swallows the next label); five ids with real date "
              "cells; proposals in merged cells; 'DN300' and the row numbers are distractors.")


# ==========================================================================
# family: short names only
# ==========================================================================

@entry
def S1():
    rng = R("S1")
    d = dt(2026, 7, 9, 18, 5, 44)
    m = dict(from_name="马晓雯", addr="maxiaowen@hsyunshang.com", date=d, subject="恒通矿机 商机不计入申请",
             host=host_of(rng, "own", "mail.hsyunshang.com"))
    m["blocks"] = ["总部好，恒通矿机今天下午推的那条10701945，对方一接电话就说自己也是做破碎机的，问完价格就挂了，客户说是甘肃那边的同行。"
                   "推送时间下午1点50，客户4点半反馈的。录音在附件，按第1条申请不计入。\n\n马晓雯\n湟水云商 客服"]
    m["atts"] = [Att("录音20260709.amr", "application/octet-stream", amr(rng, 26), "audio/amr")]
    eml = android(m, rng)
    return m, eml, dict(
        kind="appeal", family="short_names", client="phone mail app (8bit GBK)", malformed=True,
        fields=fields(partner="湟水云商", client="恒通矿机", lead_ids=["10701945"], pushed_at=iso(2026, 7, 9, 13, 50),
                      objected_at=iso(2026, 7, 9, 16, 30), reason_code=1),
        accept={},
        source_text={"pushed_at": ["下午1点50", "今天"], "objected_at": ["4点半", "今天下午"], "reason_code": ["按第1条"]},
        notes="Phone mail app (8bit GBK, raw 8-bit GBK file name: malformed); one paragraph of prose; partner only as the "
              "short name in the signature, client only as its short name: both labelled as written; '今天下午…下午1点50… "
              "4点半' (the objection inherits 下午: 16:30); code 1 with an AMR recording.")


@entry
def S2():
    rng = R("S2")
    d = dt(2026, 7, 20, 12, 30, 18)
    m = dict(from_name="扎西平措", addr="zhaxipc@126.com", date=d, subject="金珠建材机械十条商机情况反馈", host=host_of(rng, "126"))
    m["blocks"] = [
        "总部老师好，\n\n我们雪域企联这边汇总了金珠建材机械最近十条商机的情况：精准七条，不精准三条。不精准的都是问水泥预制件成品和彩钢瓦的，"
        "客户只做制砖机和搅拌站设备，不卖成品建材。\n\n建议：\n不做产品：水泥预制件成品、彩钢瓦\n新增关键词：免烧砖机、混凝土搅拌站\n"
        "针对人群：建材厂、工程公司\n\n谢谢！\n扎西平措"]
    eml = coremail(m, rng, "126")
    return m, eml, dict(
        kind="adjustment", family="short_names", client="126 webmail (Coremail)",
        fields=fields(partner="雪域企联", client="金珠建材机械", lead_count=10),
        accept={},
        extra={"keywords_add": ["免烧砖机", "混凝土搅拌站"], "keywords_remove": [], "excluded_products": ["水泥预制件成品", "彩钢瓦"],
               "audience": ["建材厂", "工程公司"]},
        source_text={"lead_count": ["最近十条商机"]},
        notes="126 webmail (GBK); the partner named only in prose ('我们雪域企联这边'), the client only by its short name; the "
              "count in words ('十条'); '七条' / '三条' are distractors; no ids.")


@entry
def S3():
    rng = R("S3")
    d = dt(2026, 9, 16, 10, 20, 41)
    m = dict(from_name="黄嘉豪", addr="2409187756@qq.com", date=d, subject="南繁农装汇总反馈（推送60%）", host=host_of(rng, "qq"))
    m["blocks"] = [
        "总部好：\n\n南繁农装合同八十条，到昨天推了四十九条，服务期2026年1月10日到2027年1月9日。客户主要做育种播种机和小型插秧机，"
        "四十九条里精准的有三十几条。\n\n建议明年续费时把海南以外的南方省份也覆盖到，客户有续费意向。\n\n鹿城商联 黄嘉豪"]
    eml = tencent(m, rng)
    return m, eml, dict(
        kind="summary", family="short_names", client="QQ Mail",
        fields=fields(partner="鹿城商联", client="南繁农装", quota=80, pushed_count=49, service_start="2026-01-10",
                      service_end="2027-01-09"),
        accept={},
        renewal=True,
        source_text={"quota": ["合同八十条"], "pushed_count": ["推了四十九条"], "service_start": ["2026年1月10日"],
                     "service_end": ["2027年1月9日"]},
        notes="QQ Mail (gb18030); every summary field in one prose sentence ('合同八十条，到昨天推了四十九条，服务期…到…'); short "
              "names only (partner in the signature); '60%' and '三十几条' are distractors; lead trigger only (61 %).")


# ==========================================================================
# family: ordinary clean requests
# ==========================================================================

@entry
def C1():
    rng = R("C1")
    d = dt(2026, 5, 11, 15, 48, 20)
    m = dict(from_name="刘浩贤", addr="liuhaoxian@qijiangsl.com", date=d, subject="RE: 锐科五金商机异议",
             host=host_of(rng, "own", "mail.qijiangsl.com"))
    m["irt"] = "<000001dc5e21$8a41c2f0$9ec548d0$@qijiangsl.com>"
    m["refs"] = ["<000001dc5e21$8a41c2f0$9ec548d0$@qijiangsl.com>"]
    qhead = ("发件人: 陈晓敏 <chenxiaomin@qijiangsl.com> \n发送时间: 2026年5月11日 14:02\n收件人: 刘浩贤 <liuhaoxian@qijiangsl.com>\n"
             "主题: 锐科五金商机异议")
    qbody = "浩贤，锐科五金那边说今天上午推的那条商机对不上，他们不做注塑机，你看下要不要走申诉。\n晓敏"
    m["blocks"] = [
        "总部您好：\n\n锐科五金这条商机客户有异议，我们这边判断不了，提交总部判定：\n",
        Table([["合作商", "中山市岐江商联信息科技有限公司"], ["付费客户", "中山市小榄锐科五金机械有限公司"], ["商机编号", "SJ20260511-0075"],
               ["推送时间", "2026/5/11 9:20"], ["客户反馈时间", "2026/5/11 13:35"], ["申诉理由", "需求者所需产品与客户经营产品不一致"],
               ["情况说明", "客户做五金冲压机械（冲床、折弯机），需求者要的是注塑机，不是客户经营的产品。"]]),
        "\n谢谢！\n刘浩贤\n岐江商联 客服部\n0760-22839516\n",
        Quote("\n" + qhead + "\n\n" + qbody, qhead, qbody)]
    eml = outlook(m, rng, "zh-CN")
    return m, eml, dict(
        kind="appeal", family="clean", client="Outlook 16 (zh-CN)",
        fields=fields(partner="中山市岐江商联信息科技有限公司", client="中山市小榄锐科五金机械有限公司", lead_ids=["SJ20260511-0075"],
                      pushed_at=iso(2026, 5, 11, 9, 20), objected_at=iso(2026, 5, 11, 13, 35), reason_code=5),
        accept={"partner": ["岐江商联"], "client": ["锐科五金"]},
        source_text={"pushed_at": ["2026/5/11 9:20"], "objected_at": ["2026/5/11 13:35"],
                     "reason_code": ["需求者所需产品与客户经营产品不一致"]},
        notes="Outlook zh-CN (gb2312); a clean two-column table (tab rows in the text part); 'RE:' and In-Reply-To point at a "
              "colleague's mail inside the partner (not @ptg139.com), so it is judged by content: an appeal; the quoted "
              "internal mail adds nothing new ('14:02' is its send time, a distractor); code 5 in the seed's words.")


@entry
def C2():
    rng = R("C2")
    d = dt(2026, 2, 27, 10, 2, 33)
    ids = ["2602030117", "2602040356", "2602060082", "2602090219", "2602100470", "2602120033", "2602160391", "2602180128",
           "2602240265", "2602260047"]
    verdict = [("精准", "卧式加工中心询价"), ("精准", "数控立车"), ("不精准", "木工雕刻机，客户不做"), ("精准", "汽配厂批量采购"),
               ("精准", ""), ("不精准", "激光雕刻机"), ("精准", "龙门加工中心"), ("精准", ""), ("不精准", "个人咨询二手设备"), ("精准", "数控立车")]
    m = dict(from_name="邓子豪", addr="dengzihao_zh@163.com", date=d, subject="华拓数控 商机调整反馈（10条）", host=host_of(rng, "163"))
    m["blocks"] = [
        "总部老师好：\n\n合作商：珠海香洲云帆网络科技有限公司\n客户：珠海斗门华拓数控设备有限公司\n\n华拓数控2月份推送的10条商机反馈如下：\n",
        Table([["商机编号", "是否精准", "说明"]] + [[ids[i], verdict[i][0], verdict[i][1]] for i in range(10)]),
        "\n调整建议：\n1. 新增关键词：卧式加工中心、数控立车\n2. 删除关键词：雕刻机\n3. 不做产品：木工雕刻机、激光雕刻机\n"
        "4. 针对人群：机械加工厂、汽配企业\n\n邓子豪\n云帆网络 客服部"]
    eml = coremail(m, rng, "163")
    return m, eml, dict(
        kind="adjustment", family="clean", client="163 webmail (Coremail)",
        fields=fields(partner="珠海香洲云帆网络科技有限公司", client="珠海斗门华拓数控设备有限公司", lead_ids=ids, lead_count=10),
        accept={"partner": ["云帆网络"], "client": ["华拓数控"]},
        extra={"keywords_add": ["卧式加工中心", "数控立车"], "keywords_remove": ["雕刻机"], "excluded_products": ["木工雕刻机", "激光雕刻机"],
               "audience": ["机械加工厂", "汽配企业"]},
        source_text={"lead_count": ["10条商机"]},
        notes="163 webmail (GBK); a clean adjustment: labelled partner and client, ten 10-digit ids in an HTML table (rows "
              "with two spaces between cells in the text part), keyword / product / audience proposals.")


@entry
def C3():
    rng = R("C3")
    d = dt(2026, 9, 2, 9, 40, 12)
    m = dict(from_name="孟晓丽", addr="mengxiaoli@pclianxun.com", date=d, subject="禾丰农机 商机汇总反馈", host=host_of(rng, "aliyun"))
    m["blocks"] = [
        "总部老师好：\n\n禾丰农机的推送数量已过六成、服务期也过了七成，按流程提交汇总反馈。\n\n合作商：徐州彭城链讯信息技术有限公司\n"
        "客户：徐州睢宁禾丰农机制造有限公司\n合同商机数量：160条\n已推送数量：98条\n服务期：2025-12-20 至 2026-12-19\n\n"
        "情况分析：玉米收获机询盘占七成以上，秋收前询价集中；客户负责人张㵘反馈有十几条是问拖拉机配件的，客户不做。\n"
        "解决方案：不做产品增加“拖拉机配件”，新增“花生收获机”关键词。\n续费意向：客户明确表示续费，希望保障数量不变。\n\n"
        "孟晓丽\n彭城链讯"]
    eml = foxmail(m, rng)
    return m, eml, dict(
        kind="summary", family="clean", client="Foxmail 7.2",
        fields=fields(partner="徐州彭城链讯信息技术有限公司", client="徐州睢宁禾丰农机制造有限公司", quota=160, pushed_count=98,
                      service_start="2025-12-20", service_end="2026-12-19"),
        accept={"partner": ["彭城链讯"], "client": ["禾丰农机"]},
        renewal=True,
        source_text={"quota": ["合同商机数量：160条"], "pushed_count": ["已推送数量：98条"], "service_start": ["2025-12-20"],
                     "service_end": ["2026-12-19"]},
        notes="Foxmail declaring gb2312 while the text holds 㵘 (U+3D58, a four-byte GB18030 sequence, in neither GB2312 nor GBK): decode as GB18030; a "
              "clean summary with both triggers (61 % of the leads, 70 % of the period); '七成' and '十几条' are distractors.")


@entry
def C4():
    rng = R("C4")
    d = dt(2026, 3, 26, 9, 15, 30)
    m = dict(from_name="黄嘉豪", addr="2409187756@qq.com", date=d, subject="转发：关于2603250418号商机的异议", host=host_of(rng, "qq"))
    qhead = ('发件人: "陈国栋"<chenguodong@nanfan-agri.com>;\n发送时间: 2026年3月25日(星期三) 晚上9:02\n'
             '收件人: "黄嘉豪"<2409187756@qq.com>;\n主题: 关于2603250418号商机的异议')
    qbody = ("嘉豪你好：\n今天下午3点10分推过来的2603250418号商机，4点40分我已经在电话里跟你说过了：对方是做农机配件批发的，"
             "问我们播种机的出厂价和经销政策，明显是同行来套价格的，申请不计入。\n\n三亚崖州南繁农业装备有限公司 销售部 陈国栋")
    m["blocks"] = [
        "总部好，下面是南繁农装发给我们的商机异议，我们核实后判断不了，转总部判定。合作商是三亚鹿城商联网络科技有限公司，客户回访录音在附件。\n\n"
        "黄嘉豪\n",
        Quote("\n------------------ 原始邮件 ------------------\n" + qhead + "\n\n" + qbody, qhead, qbody)]
    m["atts"] = [Att("客户回访录音.amr", "application/octet-stream", amr(rng, 34), "audio/amr")]
    eml = tencent(m, rng)
    return m, eml, dict(
        kind="appeal", family="clean", client="QQ Mail",
        fields=fields(partner="三亚鹿城商联网络科技有限公司", client="三亚崖州南繁农业装备有限公司", lead_ids=["2603250418"],
                      pushed_at=iso(2026, 3, 25, 15, 10), objected_at=iso(2026, 3, 25, 16, 40), reason_code=1),
        accept={"client": ["南繁农装"]},
        source_text={"pushed_at": ["下午3点10分", "2026年3月25日"], "objected_at": ["4点40分", "2026年3月25日", "下午3点10分"],
                     "reason_code": ["同行来套价格"]},
        notes="QQ Mail forward ('转发：', '原始邮件' block): the client's own mail carries the id, both times and the reason; its "
              "'今天' is the forwarded mail's day (2026-03-25, from its header), not the forward's Date (03-26); the "
              "objection is the phone call at '4点40分' (inherits 下午), not the written mail at '晚上9:02'; code 1 with an AMR "
              "recording declared application/octet-stream.")


# ==========================================================================
# family: corrections in a thread (replies)
# ==========================================================================

@entry
def R1():
    rng = R("R1")
    d = dt(2026, 5, 13, 10, 20, 5)
    m = dict(from_name="周雨桐", addr="zhouyt_gl@126.com", date=d, subject="Re:[DOR#SS-2026-000318] 商机申诉已受理",
             host=host_of(rng, "126"))
    m["irt"] = "<ack.SS-2026-000318@ptg139.com>"
    m["refs"] = ["<ack.SS-2026-000318@ptg139.com>"]
    new = "总部老师好，\n\n这条申诉里的推送时间我们写错了，应该是5月12日上午9:50，不是9:05，麻烦更正。其他信息不变。\n\n周雨桐\n广陵企服"
    qhead = '在 2026-05-12 16:02:11，"总部商机服务" <dor@ptg139.com> 写道：'
    qbody = ("周雨桐 您好：\n\n您提交的商机申诉已受理，案件号 SS-2026-000318。\n合作商：扬州广陵企服网络科技有限公司\n"
             "付费客户：扬州江都润德液压机械有限公司\n商机编号：SJ20260512-0019\n推送时间：2026-05-12 09:05\n客户反馈时间：2026-05-12 14:30\n"
             "总部将在48个工作小时内给出判定结果。\n\n总部商机服务")
    m["blocks"] = [new, Quote("\n\n" + qhead + "\n" + quote_gt(qbody), qhead, qbody)]
    eml = coremail(m, rng, "126")
    return m, eml, dict(
        kind="reply", family="thread", client="126 webmail (Coremail)",
        fields=fields(pushed_at=iso(2026, 5, 12, 9, 50)), accept={},
        source_text={"pushed_at": ["5月12日上午9:50"]},
        notes="126 webmail reply 'Re:[DOR#SS-2026-000318]' with In-Reply-To/References to the HQ acknowledgement; the new text "
              "corrects the push time to 2026-05-12 09:50 ('不是9:05' is the old value); the quoted HQ text (partner, client, "
              "id, both old times) is not new data.")


@entry
def R2():
    rng = R("R2")
    d = dt(2026, 1, 15, 14, 5, 11)
    m = dict(from_name="刘浩贤", addr="liuhaoxian@qijiangsl.com", date=d, subject="答复: 【DOR#SS-2026-000045】商机申诉已受理",
             host=host_of(rng, "own", "mail.qijiangsl.com"))
    m["irt"] = "<ack.SS-2026-000045@ptg139.com>"
    m["refs"] = ["<ack.SS-2026-000045@ptg139.com>"]
    new = ("您好，\n\n申诉书里客户名称写错了，正确的是：中山市东凤广昊烘干设备有限公司，不是“广昊机械”。商机编号和时间都不变。\n\n"
           "刘浩贤\n岐江商联 客服部\n")
    qhead = ("发件人: 总部商机服务 <dor@ptg139.com> \n发送时间: 2026年1月14日 17:20\n收件人: 刘浩贤 <liuhaoxian@qijiangsl.com>\n"
             "主题: 【DOR#SS-2026-000045】商机申诉已受理")
    qbody = ("刘浩贤 您好：\n\n您提交的商机申诉已受理（案件号 SS-2026-000045）：合作商 中山市岐江商联信息科技有限公司，付费客户 广昊机械，"
             "商机编号 XP-2601-0093。\n\n总部商机服务")
    m["blocks"] = [new, Quote("\n" + qhead + "\n\n" + qbody, qhead, qbody)]
    eml = outlook(m, rng, "zh-CN")
    return m, eml, dict(
        kind="reply", family="thread", client="Outlook 16 (zh-CN)",
        fields=fields(client="中山市东凤广昊烘干设备有限公司"), accept={},
        source_text={},
        notes="Outlook '答复:' with the tag in full-width brackets 【DOR#SS-2026-000045】 (early January) plus In-Reply-To; the new "
              "text corrects the client's name (the wrong '广昊机械' is not an alias); the quoted HQ acknowledgement (partner, "
              "old client, id) is ignored.")


@entry
def R3():
    rng = R("R3")
    d = dt(2026, 6, 9, 8, 52, 40)
    m = dict(from_name="杜文博", addr="duwenbo@lpshulian.com", date=d, subject="Re: 商机申诉已受理",
             host=host_of(rng, "own", "mail.lpshulian.com"))
    m["irt"] = "<ack.SS-2026-000512@ptg139.com>"
    m["refs"] = ["<ack.SS-2026-000512@ptg139.com>"]
    m["blocks"] = [
        "总部好，昨天提交的那条申诉（SS-2026-000512），理由我们选错了，应该是第4条（需求者所需产品不符合客户行业），不是第5条。"
        "麻烦按第4条审核，谢谢。\n\n杜文博\n\n发自我的iPhone\n\n"
        "> 在 2026年6月8日，11:34，总部商机服务 <dor@ptg139.com> 写道：\n> \n> 杜文博 您好：\n"
        "> 您提交的商机申诉已受理，案件号 SS-2026-000512，申诉理由：第5条。\n> 总部商机服务\n"]
    eml = iphone(m, rng)
    return m, eml, dict(
        kind="reply", family="thread", client="iPhone Mail",
        fields=fields(reason_code=4), accept={},
        source_text={"reason_code": ["应该是第4条"]},
        notes="iPhone Mail reply without a tag in the subject (case_ref null): the thread is only In-Reply-To/References "
              "<ack.SS-2026-000512@ptg139.com>; the new text changes the reason from criterion 5 to 4; the case id in the body "
              "and the quoted '第5条' are not new fields.")


@entry
def R4():
    rng = R("R4")
    d = dt(2026, 9, 18, 16, 40, 9)
    m = dict(from_name="黄嘉豪", addr="2409187756@qq.com", date=d, subject="回复：[DOR#SS-2026-000402] 商机汇总反馈已受理",
             host=host_of(rng, "qq"))
    m["irt"] = "<ack.SS-2026-000402@ptg139.com>"
    m["refs"] = ["<ack.SS-2026-000402@ptg139.com>"]
    new = "总部好，\n\n我们提交的汇总反馈里，已推送数量写错了，应为54条，之前写的49条是上周的数。其他内容不变。\n\n黄嘉豪\n"
    qhead = ('发件人: "总部商机服务"<dor@ptg139.com>;\n发送时间: 2026年9月16日(星期三) 下午3:12\n收件人: "黄嘉豪"<2409187756@qq.com>;\n'
             "主题: [DOR#SS-2026-000402] 商机汇总反馈已受理")
    qbody = ("黄嘉豪 您好：\n您提交的商机汇总反馈已受理：合作商 鹿城商联，客户 南繁农装，合同商机数 80条，已推送 49条，服务期 2026-01-10 至 "
             "2027-01-09。\n总部将在5个工作日内与您沟通续费方案。\n总部商机服务")
    m["blocks"] = [new, Quote("\n------------------ 原始邮件 ------------------\n" + qhead + "\n\n" + qbody, qhead, qbody)]
    eml = tencent(m, rng)
    return m, eml, dict(
        kind="reply", family="thread", client="QQ Mail",
        fields=fields(pushed_count=54), accept={},
        source_text={"pushed_count": ["应为54条"]},
        notes="QQ Mail '回复：[DOR#SS-2026-000402]' + In-Reply-To: the new text corrects the pushed count to 54 ('之前写的49条' "
              "is the old value); the quoted HQ acknowledgement lists partner, client, quota, count and period: ignored.")


# ==========================================================================
# family: mail that is not a request (unknown, with a topic)
# ==========================================================================

@entry
def U1():
    rng = R("U1")
    d = dt(2026, 4, 17, 10, 30, 42)
    m = dict(from_name="陳怡君", addr="yijun.chen@fengcheng-digital.com.tw", date=d, subject="請教商機申訴的8小時怎麼計算",
             host=host_of(rng, "m365"), lang="zh-TW")
    m["blocks"] = [
        "總部您好：\n\n想請教申訴規則的兩個問題：\n\n1. 「推送後8小時內反饋」是否只算上班時間？例如晚上8點推送、客戶隔天早上9點才反映，"
        "這樣算不算超過？\n2. 如果客戶只有通話錄音、沒有截圖，第1條（同行惡意騷擾）可以申訴嗎？\n\n"
        "之前 SJ20260414-0027 那筆已經照流程送出了，這次只是想先了解規則，以後比較好跟客戶說明。\n\n陳怡君 / 風城數位"]
    eml = thunderbird(m, rng, "Big5")
    return m, eml, dict(
        kind="unknown", family="non_request", topic="question", client="Thunderbird 128 (Big5, 8bit)",
        fields=fields(), accept={}, source_text={},
        notes="Thunderbird with a Big5 8bit text body (headers in UTF-8): a Taiwanese partner asks how the 8-hour window and "
              "criterion 1's evidence work; a lead id, '晚上8點', '早上9點' and '第1條' appear, but nothing is requested: unknown "
              "(question), no fields.")


@entry
def U2():
    rng = R("U2")
    d = dt(2026, 1, 12, 11, 22, 5)
    m = dict(from_name="黄嘉豪", addr="huangjiahao@luchengsl.com", date=d, subject="新客户上线：商机下单表和关键词列表请确认",
             host=host_of(rng, "aliyun"))
    m["blocks"] = [
        "总部老师好：\n\n我们新签了一家客户：三亚天涯热带果蔬加工设备有限公司，合同100条，服务期2026年2月1日至2027年1月31日。\n"
        "商机下单表和客户签字确认过的关键词列表见附件，请审核后安排上线推广。不做产品已在下单表里标明（不做家用榨汁机）。\n\n"
        "黄嘉豪\n三亚鹿城商联网络科技有限公司"]
    cells = {"A1": "商机下单表", "A2": "客户名称", "B2": "三亚天涯热带果蔬加工设备有限公司", "A3": "主营产品",
             "B3": "芒果去核机、椰子开壳机、果蔬清洗线", "A4": "不做产品", "B4": "家用榨汁机", "A5": "针对人群", "B5": "企业、工厂、合作社",
             "A6": "合同商机数", "B6": 100, "A7": "服务期", "B7": "2026-02-01 至 2027-01-31"}
    sheet = xlsx_form("黄嘉豪", "2026-01-12T02:40:00Z", "下单表", cells, ["A1:D1", "B2:D2", "B3:D3", "B4:D4", "B5:D5", "B7:D7"],
                      {"A": 14, "B": 30})
    grid = [["序号", "关键词", "备注"], ["1", "芒果去核机", ""], ["2", "椰子开壳机", ""], ["3", "果蔬清洗线", ""],
            ["4", "菠萝削皮机", ""], ["5", "热带水果加工设备", "通用词"]]
    kw = docx_form("黄嘉豪", "2026-01-10T08:15:00Z", "商机关键词列表", grid, (),
                   ["客户确认：以上关键词已确认（签字：王天涯 2026年1月9日）"])
    m["atts"] = [Att("商机下单表-天涯果蔬.xlsx", CT_XLSX, sheet, CT_XLSX), Att("关键词列表（客户确认版）.docx", CT_DOCX, kw, CT_DOCX)]
    eml = foxmail(m, rng)
    return m, eml, dict(
        kind="unknown", family="non_request", topic="onboarding", client="Foxmail 7.2",
        fields=fields(), accept={}, source_text={},
        notes="Foxmail (gb2312) early in January: a new client's 商机下单表 (.xlsx) and signed keyword list (.docx) for "
              "approval before promotion starts - none of the three requests, so unknown (onboarding); the client, '合同100条' "
              "and the period are named but no case fields are labelled; both attachments are forms.")


ICS = ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:REQUEST\n"
       "BEGIN:VTIMEZONE\nTZID:Asia/Shanghai\nX-LIC-LOCATION:Asia/Shanghai\nBEGIN:STANDARD\nTZOFFSETFROM:+0800\nTZOFFSETTO:+0800\n"
       "TZNAME:CST\nDTSTART:19700101T000000\nEND:STANDARD\nEND:VTIMEZONE\nBEGIN:VEVENT\n"
       "DTSTART;TZID=Asia/Shanghai:20260703T140000\nDTEND;TZID=Asia/Shanghai:20260703T150000\nDTSTAMP:20260629T013014Z\n"
       "ORGANIZER;CN=赵凯文:mailto:kevin.zhao@bincheng-es.com\nUID:{uid}@google.com\n"
       "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=dor@ptg139.com;X-NUM-GUESTS=0:mailto:dor@ptg139.com\n"
       "CREATED:20260629T012955Z\nDESCRIPTION:滨城企服二季度商机推送情况复盘（海卓数控、辽渤阀门），三季度推广计划。\\n会议链接：https://meet.google.com/kzr-hwqp-txa\n"
       "LAST-MODIFIED:20260629T013014Z\nLOCATION:\nSEQUENCE:0\nSTATUS:CONFIRMED\nSUMMARY:二季度商机复盘会\nTRANSP:OPAQUE\nEND:VEVENT\n"
       "END:VCALENDAR\n")


@entry
def U3():
    rng = R("U3")
    d = dt(2026, 6, 29, 9, 30, 14)
    m = dict(from_name="赵凯文", addr="kevin.zhao@bincheng-es.com", date=d,
             subject="邀请：二季度商机复盘会 @ 2026年7月3日周五 下午2点 - 下午3点 (GMT+8) (dor@ptg139.com)", host=host_of(rng, "google"))
    eid = rs(rng, 48, ALNUM)
    m["blocks"] = [
        "赵凯文邀请您参加以下活动。\n\n二季度商机复盘会\n时间：2026年7月3日星期五 ⋅ 下午2:00 - 下午3:00（中国标准时间 - 上海）\n"
        "会议链接：https://meet.google.com/kzr-hwqp-txa\n议程：滨城企服二季度各客户商机推送情况复盘（海卓数控、辽渤阀门），三季度推广计划。\n\n"
        "组织者：赵凯文 kevin.zhao@bincheng-es.com\n参加者：dor@ptg139.com\n\n"
        f"查看所有活动详情：https://calendar.google.com/calendar/event?action=VIEW&eid={eid}\n\n"
        "Google 日历发出的邀请。您收到这封邮件是因为您是此活动的邀请对象。"]
    ics = crlf(ICS.replace("{uid}", rs(rng, 26, LOWER))).encode("utf-8")
    m["atts"] = [Att("invite.ics", "application/ics", ics, "text/calendar")]
    m["extra"] = ["Sender: Google Calendar <calendar-notification@google.com>",
                  "Reply-To: " + ew_one("赵凯文", "UTF-8") + f" <{m['addr']}>"]
    eml = gmail(m, rng, calendar_part=ics)
    return m, eml, dict(
        kind="unknown", family="non_request", topic="meeting", client="Google Calendar invitation (Gmail)",
        fields=fields(), accept={}, source_text={},
        notes="A Google Calendar invitation (text, HTML and an unnamed text/calendar method=REQUEST alternative, plus the "
              "'invite.ics' attachment, role other): a review meeting, not a request; clients and a time are named but no "
              "fields; the text/calendar alternative is not an attachment.")


@entry
def U4():
    rng = R("U4")
    d = dt(2026, 7, 1, 10, 12, 40)
    m = dict(from_name="德吉央宗", addr="xueyuql_cw@163.com", date=d, subject="申请开具6月份服务费发票", host=host_of(rng, "163"))
    m["blocks"] = [
        "总部财务老师您好：\n\n请帮我们开具2026年6月份的服务费增值税专用发票，金额38,600.00元，明细按合同“商机服务费”。\n\n开票信息：\n"
        "名称：拉萨雪域企联信息科技有限公司\n纳税人识别号：91540100MA6T3K8X2L\n地址、电话：拉萨市城关区金珠西路168号 0891-6338021\n"
        "开户行及账号：中国农业银行拉萨城西支行 22610101040018856\n\n纸质发票请寄：拉萨市城关区金珠西路168号 雪域企联财务部 德吉央宗 收，"
        "电话 13908918274。\n\n谢谢！\n德吉央宗\n雪域企联 财务部"]
    eml = coremail(m, rng, "163")
    return m, eml, dict(
        kind="unknown", family="non_request", topic="invoice", client="163 webmail (Coremail)",
        fields=fields(), accept={}, source_text={},
        notes="163 webmail (GBK): an invoice request from a known partner (company name, tax id, bank account, amount) - none "
              "of the three requests: unknown (invoice), no fields.")


@entry
def U5():
    rng = R("U5")
    d = dt(2026, 8, 4, 14, 48, 26)
    m = dict(from_name="宋璐", addr="songlu@beiguo-chain.com", date=d, subject="请更新我司对接邮箱和后台账号", host=host_of(rng, "exmail"))
    m["blocks"] = [
        "总部好，\n\n我司客服负责人有变动：以后商机申诉、调整、汇总的邮件统一由 songlu@beiguo-chain.com 和 zhangyifan@beiguo-chain.com "
        "发送，原邮箱 liuqiang@beiguo-chain.com 已停用，请在系统里更新我们合作商账号的联系人。\n\n"
        "另外后台账号 bgls_cc01 的密码忘了，麻烦帮忙重置，发到我邮箱即可。\n\n宋璐\n长春北国链商信息技术有限公司"]
    eml = tencent(m, rng, wecom=True)
    return m, eml, dict(
        kind="unknown", family="non_request", topic="account", client="WeCom / Tencent Exmail",
        fields=fields(), accept={}, source_text={},
        notes="WeCom / Exmail: the partner asks HQ to update its contact mailboxes and reset a portal password - an account "
              "matter: unknown (account); the words 申诉、调整、汇总 appear but no request is made.")


@entry
def U6():
    rng = R("U6")
    d = dt(2026, 9, 7, 20, 16, 53)
    m = dict(from_name="王振宇", addr="3306518829@qq.com", date=d, subject="对上个月申诉处理时效的意见", host=host_of(rng, "qq"))
    m["blocks"] = [
        "总部领导好：\n\n上个月我们提交的两条聚隆锅炉的申诉，过了五个工作日才给结果，远超承诺的工作日48小时；结果也只有一句“计入”，"
        "没有说明按哪条判定标准。客户很不满意，差点影响续费。\n\n希望总部重视申诉的处理时效，判定结果请附上依据。\n\n王振宇\n开封汴梁商务信息咨询有限公司"]
    eml = tencent(m, rng)
    return m, eml, dict(
        kind="unknown", family="non_request", topic="complaint", client="QQ Mail",
        fields=fields(), accept={}, source_text={},
        notes="QQ Mail (gb18030): a complaint about last month's slow appeal verdicts (no case tag, no thread headers, no new "
              "appeal) - unknown (complaint); the client and '48小时' are named but no fields are labelled.")


@entry
def U7():
    rng = R("U7")
    d = dt(2026, 5, 14, 9, 5, 17)
    m = dict(from_name="工品汇 陈经理", addr="chen.jl@gongpinhui-b2b.com", date=d, subject="【合作】工业品B2B平台年度会员限时优惠",
             host=host_of(rng, "qiye163"))
    m["html"] = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=GB2312"></head><body>'
        '<div style="font-family:微软雅黑;font-size:14px;color:#333">尊敬的企业负责人：<br>您好！我是工品汇B2B平台的陈经理。<br><br>'
        '工品汇专注机械制造行业，为企业提供精准询盘推广服务：<br>'
        '<ul><li>年度会员仅需<b style="color:#c00">6800元</b>，赠送首页推荐位3个月；</li><li>每月保底询盘30条，不满退费；</li>'
        '<li>专属客服一对一代运营。</li></ul>'
        '贵司如有合作意向，请直接回复本邮件或致电 400-860-7712。<br><br>工品汇（海口）信息技术有限公司 市场部<br>陈佳龙 13876011928'
        '</div></body></html>')
    eml = html_only(m, rng, "GB2312", "base64", "NetEase Qiye Mail", "qiye")
    return m, eml, dict(
        kind="unknown", family="non_request", topic="pitch", client="NetEase enterprise webmail (HTML only, GB2312)",
        fields=fields(), accept={}, source_text={},
        notes="NetEase enterprise webmail, one text/html part (GB2312 label, base64) from an unknown sender: a sales pitch "
              "for a B2B platform (no Precedence / Auto-Submitted, so not auto) - unknown (pitch); '30条' is not a count.")


@entry
def U8():
    rng = R("U8")
    d = dt(2026, 6, 2, 18, 20, 55)
    m = dict(from_name="Wong Ka Yan", addr="kayan.wong@kwhuishang.hk", date=d, subject="FW: 5月商機台賬匯出 / CRM export (May)",
             host=host_of(rng, "google"))
    m["blocks"] = [
        "Hi HQ,\n\nFYI，附件係我哋CRM匯出嘅5月商機台賬（偉業包裝同其他兩個客戶），供總部對數用，唔需要處理。\n\nKa Yan\n\n"
        "---------- Forwarded message ---------\nFrom: CRM System <crm-noreply@kwhuishang.hk>\nDate: 2026年6月1日週一 上午8:00\n"
        "Subject: 5月商機台賬匯出\nTo: <kayan.wong@kwhuishang.hk>\n\n商機台賬匯出已完成，共 57 筆記錄。\n"]
    rows = ["商機編號,客戶,推送日期,狀態"]
    for _i in range(12):
        rows.append(f"305{rng.randint(10000, 99999)},{rng.choice(['偉業包裝', '德寶五金', '恒昌塑膠'])},2026-05-{rng.randint(1, 31):02d},"
                    f"{rng.choice(['已跟進', '待跟進', '已報價'])}")
    csv = ("\ufeff" + "\r\n".join(rows) + "\r\n").encode("utf-8")
    m["atts"] = [Att("商機台賬_202605.csv", "text/csv", csv, "text/csv")]
    eml = gmail(m, rng)
    return m, eml, dict(
        kind="unknown", family="non_request", topic="other", client="Gmail (Google Workspace)",
        fields=fields(), accept={}, source_text={},
        notes="Gmail forward of the partner's own CRM export (a UTF-8 CSV with a Chinese name, role other) 'for reference, "
              "nothing to do' - unknown (other); lead ids inside the CSV are not requests; the forwarded header from "
              "crm-noreply@ is body text, not the sender.")


# ==========================================================================
# family: automatic mail
# ==========================================================================

@entry
def A1():
    rng = R("A1")
    d = dt(2026, 6, 11, 9, 2, 31)
    m = dict(from_name="何俊傑", addr="kit.ho@chuangyu-biz.hk", date=d, subject="自動回覆: [DOR#SS-2026-000377] 商機申訴已受理",
             thread_topic="[DOR#SS-2026-000377] 商機申訴已受理", host=host_of(rng, "m365"))
    m["text"] = ("您好，我正在休假，6月22日返回辦公室，期間不便查閱郵件。\n商機申訴、調整等事宜請聯絡同事張子健"
                 "（tommy.cheung@chuangyu-biz.hk，+852 2471 3086）。\n\nHi, I am on leave until 22 June. For lead appeals and "
                 "adjustments please contact Tommy Cheung (tommy.cheung@chuangyu-biz.hk).\n\n何俊傑\n新界創域商務拓展有限公司")
    m["blocks"] = [m["text"]]
    eml = exchange_oof(m, rng)
    return m, eml, dict(
        kind="auto", family="auto", client="Exchange Online out-of-office (zh-TW; approximated)",
        fields=fields(), accept={}, source_text={},
        notes="Exchange Online out-of-office in traditional Chinese ('自動回覆:' prefix, Auto-Submitted: auto-generated, "
              "X-Auto-Response-Suppress, X-MS-Exchange-Organization-AutoResponse: OOF); the subject carries the case tag "
              "(case_ref set) but there are no In-Reply-To/References; the partner company and a colleague are named: "
              "still auto, no fields.")


@entry
def A2():
    rng = R("A2")
    d = dt(2026, 11, 17, 10, 3, 12)
    host = "mail.bianliang-sw.com"
    m = dict(from_name="Mail Delivery System", addr=f"MAILER-DAEMON@{host}", date=d, subject="Undelivered Mail Returned to Sender",
             host=(host, f"123.52.{rng.randint(1, 250)}.{rng.randint(1, 250)}"), mta=host)
    m["mta_ip"] = m["host"][1]
    m["notice"] = (f"This is the mail system at host {host}.\n\nI'm sorry to have to inform you that your message could not\n"
                   "be delivered to one or more recipients. It's attached below.\n\n"
                   "For further assistance, please send mail to postmaster.\n\n"
                   "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
                   "                   The mail system\n\n<lichen@bianliang-sw.com>: unknown user: \"lichen\"\n")
    m["status"] = (f"Reporting-MTA: dns; {host}\nX-Postfix-Queue-ID: {{qid}}\nX-Postfix-Sender: rfc822; dor@ptg139.com\n"
                   "Arrival-Date: {arrival}\n\nFinal-Recipient: rfc822; lichen@bianliang-sw.com\n"
                   "Original-Recipient: rfc822;lichen@bianliang-sw.com\nAction: failed\nStatus: 5.1.1\n"
                   "Diagnostic-Code: X-Postfix; unknown user: \"lichen\"\n")
    sub = ew_one("[DOR#SS-2026-000533] 商机汇总反馈已受理", "utf-8")
    frm = ew_one(HQ_NAME, "utf-8")
    m["returned_headers"] = (
        "Return-Path: <dor@ptg139.com>\n"
        f"Received: from mx1.ptg139.com (mx1.ptg139.com [203.0.113.25])\n\tby {host} (Postfix) with ESMTPS id 4{rs(rng, 12)}\n"
        f"\tfor <lichen@bianliang-sw.com>; {rfcdate(d - timedelta(seconds=2))} (CST)\n"
        f"From: {frm} <dor@ptg139.com>\nTo: lichen@bianliang-sw.com\nSubject: {sub}\nDate: {rfcdate(d - timedelta(seconds=5))}\n"
        "Message-ID: <ack.SS-2026-000533@ptg139.com>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n"
        "Content-Transfer-Encoding: base64\nAuto-Submitted: auto-generated\n")
    eml = postfix_dsn(m, rng)
    return m, eml, dict(
        kind="auto", family="auto", client="Postfix DSN (bounce)",
        fields=fields(), accept={}, source_text={},
        notes="Postfix bounce 'Undelivered Mail Returned to Sender' from MAILER-DAEMON (empty Return-Path, Auto-Submitted: "
              "auto-replied, multipart/report): only the returned HQ message's headers come back as an unnamed "
              "text/rfc822-headers part (not an attachment); its case tag is inside the report, not in the bounce's subject "
              "(case_ref null, no thread_case_ref).")


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
        built[fn.__name__] = (m, eml, lab)
    order = [fn.__name__ for fn in ENTRIES]
    random.Random(SEED).shuffle(order)
    return [(f"{i:03d}", k, built[k][1], label_of(k, built[k][0], built[k][2])) for i, k in enumerate(order, 1)]


README_HEAD = """# blind6 — 44 labelled partner mails for `maild parse`, by family of difficulty

A blind held-out set: written from `shared/spec/DOMAIN.md`, the seed process document
(`seed-139-lead-process.zh.txt`), `shared/samples/` (README, sNN.eml, sNN.expected.json) and the
shared corpus tools (`layout.py`, `mimekit.py`, `rules.py`, `checkkit.py`; blind4's generator and
checker for their structure only). Nobody looked at the parser, its tests or any other set's mails
while writing it, and nobody is to tune the parser on it: it is the untouched measure of how well
the parser generalises. New fictitious partners and clients in 新竹, 台南, 九龙, 新界, 珠海, 中山,
扬州, 徐州, 洛阳, 开封, 西宁, 拉萨, 海口, 三亚, 大连 and 长春; every person, phone number, tax id,
lead id and case id is invented.

- `tests/mail/blind6/NNN.eml` — the message as delivered (CRLF, the receiving server's
  Return-Path / Delivered-To / Received on top, bytes written the way each client writes them).
- `tests/mail/blind6/NNN.expected.json` — the samples' keys (`kind`, `message_id`, `sender`,
  `subject`, `case_ref`, `fields`, `missing`, `attachments` with `detected_type` / `inline`,
  `notes`, `mail_client`, `accept`, `thread_case_ref`, `malformed`, `checks`, `extra`,
  `source_key`) plus `family` (below), `topic` for `unknown` mail (question, onboarding, invoice,
  meeting, account, complaint, pitch, other) and `source_text`: the literal strings a time, number,
  date, reason or id shorthand was read from (any further strings, each literal too, are the context
  it inherits: the day and 上午/下午 of an earlier time in the same sentence, the quoted header's date
  of a forwarded mail, or the year of a range). `accept` is always
  present (`{}` when there is no alternative form).
- `tools/corpus/blind6/generate.py` — the deterministic generator (one `random.Random` per entry
  key, fixed zip and core.xml dates): `python -B tools/corpus/blind6/generate.py [--out DIR]`.
- `tools/corpus/blind6/check.py` — `python -B tools/corpus/blind6/check.py [--no-regen] [DIR]`:
  parses every message with Python's `email` package (and a raw header walk), re-finds the
  attachments by the samples' rule and compares name, declared type, size, sha256, role and sniffed
  type, checks every labelled value and alias against the decoded text (traditional→simplified
  aliases by a character table), re-derives every time, count, date, reason code and expanded id
  from `source_text` with its own parser, checks `missing`, `checks`, the summary trigger, the
  kind/family/topic counts and the README, and regenerates the set byte for byte.

Compare as the samples' README says: kind, message_id, sender, subject, case_ref and attachments
exactly, `missing` as a set, fields exactly for appeal/adjustment/summary (NFKC; partner/client may
match an `accept` alias; times as instants); reply fields are the corrections the reply makes;
auto/unknown: no invented fields.

## Families

| family | what it exercises |
|---|---|
| `traditional` | Taiwan / Hong Kong writers (Big5 Outlook, Big5 HTML-only webmail, UTF-8 Gmail and iPhone, written Cantonese); labels, kinds and reasons in traditional script; values as written, simplified forms in `accept` |
| `english` | English and mixed-language writers: `Partner: … / Client: … / Lead ID: …` on one line, `(Beijing time)`, `10:05 am` / `3:40 pm`, `15 April 2026, 5:50 pm`, English reasons and signatures, English names as aliases |
| `dates` | year-less dates (the most recent such date not after the Date header; a January mail about 31 December), am/pm inherited inside one sentence, `晚上`, `N点多`, `10时05分`, service periods `2026.4.1-2027.3.31`, `2026年5月至次年4月`, `2月1日起，服务期一年` |
| `numbers` | counts in Chinese and financial numerals (`贰佰条`, `壹佰贰拾陆条`), id shorthand (`…-0031/0032`, `…0007、0009`, `A 至 B 共10条`), full-width and look-alike dashes in ids, two ids in one field |
| `forms` | .docx / .xlsx forms: merged cells, label and value in one merged cell (twice in one cell), ticked check boxes (☑, √) as the reason, announced-but-empty fields (missing) |
| `non_request` | mail that is none of the three requests → `unknown` with a `topic` |
| `thread` | replies in an HQ thread that correct one field (push time, client name, reason, pushed count) |
| `short_names` | partner and/or client only as short names, in prose or only in the signature |
| `clean` | ordinary requests of each kind (one forwarded, one `RE:` inside the partner's own thread) |
| `auto` | an out-of-office and a bounce |

## Labelling decisions a reader could make differently

- **Traditional script**: `partner` / `client` are the strings as written (臺南永勝鑄造機械有限公司);
  the character-by-character simplified forms (台南永胜铸造机械有限公司) and the short forms are in
  `accept`, even when the simplified form is not in the message. Written Cantonese is labelled like
  Mandarin (`加唔到微信` is criterion 2; `5月6號` is a date; `中午12:10` stays 12:10; `早上` is a.m.).
- **English names** in signatures or parentheses (`Dalian Bincheng Enterprise Services`,
  `(Huatuo CNC)`) are aliases in `accept`; the field is the Chinese full name the label gives.
- **Year-less dates** take the year that makes the date the most recent one not after the Date
  header: a mail of 2026-01-04 about `12月31日` means 2025-12-31.
- **Inherited clock words**: in `4月28日下午2点推送的，客户3点20分反馈` the second time inherits the
  day and 下午 (15:20); `下午1点50…4点半` gives 16:30.
- **`N点多`** ("a little after N") is labelled N:00 — the only time written; the 8-hour check uses it.
- **Forwarded mail**: `今天` inside a forwarded message is that message's own day (from its quoted
  header), not the forward's Date; the objection time is when the client objected (the phone call
  the client mentions), not when the client's confirming mail was written.
- **Service periods in months**: `2026年5月至次年4月` runs from the first day of the first month to
  the last day of the last month (2026-05-01 … 2027-04-30); `次年` is the year after the start.
  `2月1日起，服务期一年` starts on the most recent 1 February not after the Date and ends one year
  later minus one day (2026-02-01 … 2027-01-31).
- **Id shorthand** is expanded: a bare suffix after `/` or `、` takes the prefix of the id before it
  (`SJ20260512-0031/0032` → `…-0031`, `…-0032`); a range `A 至 B 共N条` is expanded when the stated
  count matches. Ids are NFKC-normalised and any dash look-alike (en dash U+2013, full-width U+FF0D)
  is written as an ASCII hyphen; the same id in the subject and the body is listed once.
- **Counts**: `lead_count` of an adjustment is the stated count or the number of ids (the count
  when both are given and agree); per-lead verdict tallies (`精准6条`) and contract totals
  (`八十条`) on an adjustment are not fields.
- **Forms**: an unticked box (□, ☐) is not a reason; a ticked one (☑, √) is. A label printed on the
  form with an empty value is a missing field even when the mail promises it later.
- **Evidence promised but not attached** (code 1, `明天用网盘链接补发`) leaves `evidence` missing.
- **Short names**: when only a short name is written (`湟水云商`, `恒通矿机`), it is the field; the
  sender's domain never names the partner.
- **Replies**: only the reply's own new text counts; a correction gives the corrected value and
  nothing else (the old value it names and the quoted HQ acknowledgement are not data). A reply
  without a tag in the subject is still a reply through In-Reply-To/References to `@ptg139.com`
  (case_ref null, `thread_case_ref` set). A case id written in the reply's body is not case_ref
  (case_ref comes from the subject only). `accept` of a reply is `{}`; a wrong name the reply
  corrects is not an alias.
- **Case numbers**: HQ's tags are `DOR#SS-YYYY-NNNNNN` for every kind in DOMAIN.md and the
  samples, so the replies use SS- numbers (`SS-2026-000045` in full-width brackets 【】 for the
  early-January one); no other prefix is invented.
- **Not requests**: a question about the rules, an onboarding hand-over (商机下单表, signed keyword
  list), an invoice request, a calendar invitation, an account change, a complaint about HQ, a
  pitch from a stranger and a forwarded CRM export are `unknown` with no fields, whatever companies,
  ids, counts or times they name. A `RE:` whose In-Reply-To points inside the partner's own domain is
  judged by its content.
- **Automatic**: an OOF with the case tag in its subject keeps `case_ref`; a bounce that returns only
  the headers of HQ's message has no attachment and no case_ref.
- **detected_type** of the calendar file and the CSV is `text/calendar` / `text/csv` (what the bytes
  are); `content_type` is always the declared type.

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
