#!/usr/bin/env python3
"""Deterministic generator of the blind5 evaluation set (64 labelled partner mails).

Run:  python -B tools/corpus/blind5/generate.py [--out DIR]
      (default: the set into tests/mail/blind5, README.md next to this file;
      with --out, everything into DIR)

blind5 was written blind (DOMAIN.md, the seed process document, shared/samples and
the label tools in tools/corpus only; never the parser or its tests).  It covers
families of mail that are hard in different ways: traditional Chinese (Big5 / UTF-8),
English and mixed-language writers, dates without a year and times that inherit
am/pm, numbers and lead ids as people write them, filled-in Office forms, mail that
talks about a request without being one (kind unknown, with a `topic`), corrections
in a thread, and companies named only by their short names.

Every message is assembled byte by byte the way its mail client writes it (CRLF line
ends, the receiving server's Return-Path / Delivered-To / Received on top).
Everything is fictitious.  One seeded random.Random per message and fixed timestamps
inside the generated .docx/.xlsx/.png files make reruns byte-identical.

Needs python-docx, openpyxl and Pillow.
"""
import base64
import html
import io
import json
import math
import random
import re
import struct
import sys
import unicodedata
import urllib.parse
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from PIL import Image, ImageDraw

sys.path.insert(1, str(Path(__file__).resolve().parents[1]))  # tools/corpus: the shared modules

import checkkit
import layout
import rules
from mimekit import (
    CT_DOCX,
    CT_XLSX,
    M4A_FTYP,
    box,
    crlf,
    ew_one,
    ew_words,
    header_block,
    id3v23,
    leaf,
    local,
    multipart_body,
    qp,
    repack_zip,
    rfcdate,
    saved,
)
from mimekit import amr as amr_frames
from mimekit import b64_body as b64body

SET = "blind5"
SEED = "blind5-2026-139"
TZ = timezone(timedelta(hours=8))
FIXED_ZIP_DT = (2026, 1, 1, 8, 0, 0)
HQ = "dor@ptg139.com"
HQ_NAME = "总部商机服务"


def R(key):
    return random.Random(f"{SEED}:{key}")


def dt(y, mo, d, h, mi, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=TZ)


def iso(y, mo, d, h, mi):
    return dt(y, mo, d, h, mi).isoformat()


ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
HEXU = "0123456789ABCDEF"
HEXL = "0123456789abcdef"


def rs(rng, n, alphabet=ALNUM):
    return "".join(rng.choice(alphabet) for _ in range(n))


def uuid_str(rng, upper=True):
    s = "-".join(rs(rng, k, HEXU if upper else HEXL) for k in (8, 4, 4, 4, 12))
    return s


def nfkc(s):
    return unicodedata.normalize("NFKC", s)


# --------------------------------------------------------------------------
# header helpers
# --------------------------------------------------------------------------

def hdr_words(name, s, charset, codec=None, maxbytes=45, fold="\r\n "):
    """A header whose value is one or more B-encoded words, folded as the client folds."""
    return name + ": " + fold.join(ew_words(s, charset, codec, maxbytes))


def ew_q(s, charset="utf-8"):
    out = ""
    for b in s.encode(charset):
        c = chr(b)
        if b < 128 and c.isalnum():
            out += c
        elif c == " ":
            out += "_"
        else:
            out += f"={b:02X}"
    return f"=?{charset}?Q?{out}?="


def fits(s, codec):
    try:
        s.encode(codec)
        return True
    except UnicodeEncodeError:
        return False


def received(rng, host, ip, d, delay=3):
    qid = "4" + rs(rng, 12)
    return [
        f"Received: from {host} ({host} [{ip}])",
        f"\tby mx1.ptg139.com (Postfix) with ESMTPS id {qid}",
        f"\tfor <dor@ptg139.com>; {rfcdate(d + timedelta(seconds=delay))} (CST)",
    ]


def top(rng, return_path, host, ip, d, delay=3):
    return [f"Return-Path: <{return_path}>", "Delivered-To: dor@ptg139.com"] + received(rng, host, ip, d, delay)


def thread_headers(m, fold="\t"):
    h = []
    if m.get("irt"):
        h.append("In-Reply-To: {}".format(m["irt"]))
    if m.get("refs"):
        refs = m["refs"]
        h.append(f"References: {refs[0]}")
        for r in refs[1:]:
            h.append(f"{fold}{r}")
    return h


def mp(boundary, parts, preamble="This is a multi-part message in MIME format."):
    return multipart_body(boundary, parts, None if preamble is None else preamble.encode() + b"\r\n")


part = leaf
hjoin = header_block


# --------------------------------------------------------------------------
# body blocks -> plain text / HTML
# --------------------------------------------------------------------------

class Table:
    def __init__(self, rows, header=False):
        self.rows = rows
        self.header = header


class Quote:
    """Quoted or forwarded earlier mail: its plain form as the client writes it, and
    optionally the HTML the client puts in the HTML alternative."""

    def __init__(self, plain, html_=None):
        self.plain = plain
        self.html = html_


def plain_of(blocks, sep=" "):
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
    return "".join(f"<div>{esc(ln)}</div>" if ln.strip() else "<div><br></div>" for ln in text.split("\n"))


def brs(text):
    return "<br>".join(esc(ln) for ln in text.split("\n"))


def table_html(t, td='<td style="border:1px solid #aaa;padding:3px 6px">%s</td>',
               attrs='border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse"'):
    rows = ""
    for i, r in enumerate(t.rows):
        cell = td.replace("<td", "<th").replace("</td>", "</th>") if (t.header and i == 0) else td
        rows += "<tr>" + "".join(cell % esc(c) for c in r) + "</tr>"
    return f"<table {attrs}>{rows}</table>"


def body_html(blocks, line=divs, quote=None, table=table_html):
    out = ""
    for b in blocks:
        if isinstance(b, Table):
            out += table(b)
        elif isinstance(b, Quote):
            if b.html is not None:
                out += b.html
            elif quote is not None:
                out += quote(b)
            else:
                out += '<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">' + line(b.plain) + "</blockquote>"
        else:
            out += line(b)
    return out


# --------------------------------------------------------------------------
# attachment payloads (all drawn or synthesised here; deterministic per rng)
# --------------------------------------------------------------------------

def _words(d, rng, x, y, width, color, h=9):
    """A line of 'text': blocks of glyph-sized rectangles with gaps between words."""
    end = x + width
    while x < end - 6:
        n = rng.randint(2, 6)
        for _ in range(n):
            if x >= end - 6:
                break
            gw = rng.randint(6, 9)
            d.rectangle([x, y + rng.randint(0, 2), x + gw, y + h], fill=color)
            x += gw + 2
        x += rng.randint(5, 9)


def _status_bar(d, w, dark=(30, 30, 30)):
    for x in range(14, 44, 8):
        d.rectangle([x, 8, x + 5, 16], fill=dark)
    d.rectangle([w - 40, 8, w - 14, 16], outline=dark)
    d.rectangle([w - 38, 10, w - 22, 14], fill=dark)


def screen_chat(rng, w=320, h=600, scheme="wechat", n=8):
    """A phone chat screen: WeChat (grey, green bubbles) or LINE (blue-grey, light green)."""
    bg, mine, theirs = ((237, 237, 237), (149, 236, 105), (255, 255, 255)) if scheme == "wechat" else \
        ((140, 171, 216), (160, 232, 112), (255, 255, 255))
    im = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, w, 60], fill=(246, 246, 246))
    _status_bar(d, w)
    _words(d, rng, w // 2 - 40, 36, 80, (20, 20, 20))
    y = 76
    for _ in range(n):
        me = rng.random() < 0.5
        lines = rng.randint(1, 3)
        bw = rng.randint(w // 3, int(w * 0.66))
        bh = 12 + lines * 17
        x0 = w - 52 - bw if me else 52
        d.rectangle([w - 44 if me else 8, y, w - 8 if me else 44, y + 36],
                    fill=(rng.randint(70, 210), rng.randint(70, 210), rng.randint(70, 210)))
        d.rounded_rectangle([x0, y, x0 + bw, y + bh], radius=5, fill=mine if me else theirs)
        for k in range(lines):
            lw = bw - 16 if k < lines - 1 else rng.randint(bw // 3, bw - 16)
            _words(d, rng, x0 + 8, y + 7 + k * 17, lw, (45, 45, 45))
        y += bh + 18
        if y > h - 70:
            break
    d.rectangle([0, h - 48, w, h], fill=(246, 246, 246))
    d.rounded_rectangle([44, h - 38, w - 60, h - 12], radius=4, fill=(255, 255, 255))
    return im


def screen_calllog(rng, w=320, h=600, rows=9):
    """A phone's recent-calls list: icon, number-like text, time on the right."""
    im = Image.new("RGB", (w, h), (255, 255, 255))
    d = ImageDraw.Draw(im)
    _status_bar(d, w)
    _words(d, rng, 16, 34, 70, (10, 10, 10), h=14)
    y = 70
    for _ in range(rows):
        missed = rng.random() < 0.3
        d.ellipse([14, y + 6, 34, y + 26], fill=(220, 60, 60) if missed else (90, 160, 90))
        _words(d, rng, 46, y + 6, rng.randint(90, 150), (200, 40, 40) if missed else (20, 20, 20), h=11)
        _words(d, rng, 46, y + 24, rng.randint(60, 110), (140, 140, 140), h=7)
        _words(d, rng, w - 70, y + 12, 52, (140, 140, 140), h=8)
        d.line([46, y + 44, w, y + 44], fill=(225, 225, 225))
        y += 46
        if y > h - 50:
            break
    return im


def screen_search(rng, w=320, h=600):
    """A messenger's add-contact search: a search box and a grey 'user not found' notice."""
    im = Image.new("RGB", (w, h), (237, 237, 237))
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, w, 60], fill=(246, 246, 246))
    _status_bar(d, w)
    d.rounded_rectangle([12, 68, w - 60, 96], radius=4, fill=(255, 255, 255))
    _words(d, rng, 40, 76, rng.randint(70, 130), (30, 30, 30))
    _words(d, rng, w - 50, 76, 36, (80, 150, 80))
    d.rectangle([0, 120, w, 200], fill=(255, 255, 255))
    _words(d, rng, w // 2 - 70, 154, 140, (150, 150, 150))
    return im


def png_bytes(im):
    buf = io.BytesIO()
    im.save(buf, "PNG")
    return buf.getvalue()


def jpg_bytes(im, quality=80):
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=quality)
    return buf.getvalue()


def make_amr(rng, seconds):
    return amr_frames(seconds * 50, lambda: bytes(rng.getrandbits(8) for _ in range(31)))


def make_m4a(rng, seconds):
    mvhd = box(b"mvhd", struct.pack(">B3xIIII", 0, 3867000000, 3867000000, 1000, seconds * 1000)
               + struct.pack(">IH10x", 0x00010000, 0x0100) + struct.pack(">9I", 0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000)
               + b"\x00" * 24 + struct.pack(">I", 2))
    return M4A_FTYP + box(b"moov", mvhd) + box(b"mdat", bytes(rng.getrandbits(8) for _ in range(seconds * 1600)))


def make_mp3(rng, seconds):
    tit = "call".encode("latin-1")
    frames = b"TIT2" + struct.pack(">I", len(tit) + 1) + b"\x00\x00" + b"\x00" + tit
    out = bytearray(id3v23(frames))
    for _ in range(int(seconds * 38.28)):
        out += b"\xff\xfb\x90\x64" + bytes(rng.getrandbits(8) for _ in range(413))
    return bytes(out)


def make_wav(rng, seconds, rate=8000):
    samples = bytearray()
    ph = 0.0
    for i in range(seconds * rate):
        ph += 2 * math.pi * (210 + 40 * math.sin(i / 700.0)) / rate
        v = int(2200 * math.sin(ph) * (0.5 + 0.5 * math.sin(i / 1300.0)) + rng.randint(-250, 250))
        samples += struct.pack("<h", v)
    fmt = struct.pack("<IHHIIHH", 16, 1, 1, rate, rate * 2, 2, 16)
    return b"RIFF" + struct.pack("<I", 36 + len(samples)) + b"WAVEfmt " + fmt + b"data" + struct.pack("<I", len(samples)) + bytes(samples)


CORE_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:creator>{a}</dc:creator><cp:lastModifiedBy>{a}</cp:lastModifiedBy><cp:revision>3</cp:revision>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">{t}</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">{t}</dcterms:modified></cp:coreProperties>')


def fix_zip(data, author, when):
    core = CORE_XML.format(a=esc(author), t=when).encode("utf-8")
    return repack_zip(data, FIXED_ZIP_DT, mode=0o644, create_system=0, core=lambda _: core)


def docx_file(author, when, items):
    """A Word file from a list of items: ('title', text), ('p', text), or
    ('table', rows, merges) where merges are (row, first_col, last_col) spans whose
    merged cell gets the text of rows[row][first_col]."""
    import docx
    from docx.shared import Pt
    d = docx.Document()
    for it in items:
        if it[0] == "title":
            p = d.add_paragraph()
            r = p.add_run(it[1])
            r.bold = True
            r.font.size = Pt(16)
        elif it[0] == "p":
            d.add_paragraph(it[1])
        elif it[0] == "table":
            rows, merges = it[1], it[2] if len(it) > 2 else []
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            spans = {(r, c0): c1 for r, c0, c1 in merges}
            for i, row in enumerate(rows):
                j = 0
                while j < ncol:
                    if (i, j) in spans:
                        c = t.cell(i, j).merge(t.cell(i, spans[(i, j)]))
                        c.text = row[j] if j < len(row) else ""
                        j = spans[(i, j)] + 1
                        continue
                    t.cell(i, j).text = row[j] if j < len(row) and row[j] is not None else ""
                    j += 1
    return fix_zip(saved(d), author, when)


def xlsx_file(author, when, title, rows, merges=(), widths=None, wrap_rows=()):
    """An Excel file: rows (None = empty cell), merged ranges ('B2:D2'), naive datetimes as
    date or date-time cells."""
    import openpyxl
    from openpyxl.styles import Alignment, Font
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for r in rows:
        ws.append(list(r))
    for row in ws.iter_rows():
        for c in row:
            if isinstance(c.value, datetime):
                c.number_format = "yyyy-mm-dd" if (c.value.hour, c.value.minute) == (0, 0) else "yyyy-mm-dd hh:mm"
    for rng_ in merges:
        ws.merge_cells(rng_)
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    for r in wrap_rows:
        for c in ws[r]:
            c.alignment = Alignment(wrap_text=True, vertical="top")
    for col, w in (widths or {}).items():
        ws.column_dimensions[col].width = w
    return fix_zip(saved(wb), author, when)


# --------------------------------------------------------------------------
# attachments
# --------------------------------------------------------------------------

class Att:
    def __init__(self, filename, declared, data, detected, inline=False):
        self.filename = filename
        self.declared = declared
        self.data = data
        self.detected = detected
        self.inline = inline

    @property
    def text(self):
        try:
            return checkkit.office_text(self.data, sep=" ", empty=None)
        except Exception:  # noqa: BLE001 - a file with no readable text adds none
            return ""

    def label(self):
        return rules.att_label(self.filename, self.declared, self.data, rules.role_of(self.filename), self.detected,
                               self.inline)


def rfc2231_params(param, value, maxlen=60, charset="UTF-8"):
    """RFC 2231 parameter(s) for a value: one `param*=` or `param*0*=`, `param*1*=` ... pieces
    split between characters (never inside a %XX escape)."""
    pieces, cur = [], ""
    for ch in value:
        enc = urllib.parse.quote(ch.encode("utf-8"), safe="")
        if cur and len(cur) + len(enc) > maxlen:
            pieces.append(cur)
            cur = ""
        cur += enc
    if cur:
        pieces.append(cur)
    if len(pieces) == 1:
        return [f"{param}*={charset}''{pieces[0]}"]
    return [f"{param}*{i}*={charset + chr(39) * 2 if i == 0 else ''}{p}" for i, p in enumerate(pieces)]


def att_part(style, a, rng):
    fn = a.filename
    ct = a.declared
    cte = "Content-Transfer-Encoding: base64"
    disp = "inline" if a.inline else "attachment"
    if style in ("qq", "wecom", "coremail", "foxmail-gb", "foxmail-big5", "outlook-gb", "outlook-big5",
                 "outlook-utf8", "alimail"):
        cs, codec = {"qq": ("gb18030", None), "wecom": ("utf-8", None), "coremail": ("GBK", "gbk"),
                     "foxmail-gb": ("gb2312", "gb18030"), "foxmail-big5": ("big5", None),
                     "outlook-gb": ("gb2312", "gb18030"), "outlook-big5": ("big5", None),
                     "outlook-utf8": ("utf-8", None), "alimail": ("UTF-8", None)}[style]
        name = fn if fn.isascii() else ew_one(fn, cs, codec)
        if style in ("qq", "wecom"):
            h = [f"Content-Type: {ct};", f'\tcharset="{cs}";', f'\tname="{name}"', cte,
                 "Content-Disposition: attachment;", f'\tfilename="{name}"']
        elif style == "coremail":
            h = [f'Content-Type: {ct}; name="{name}"', cte, f'Content-Disposition: attachment; filename="{name}"']
        elif style == "alimail":
            h = [f"Content-Type: {ct};", f' name="{name}"', "Content-Disposition: attachment;", f' filename="{name}"', cte]
        else:
            h = [f"Content-Type: {ct};", f'\tname="{name}"', cte, "Content-Disposition: attachment;", f'\tfilename="{name}"']
    elif style == "apple":
        h = [f"Content-Disposition: {disp};"]
        ps = rfc2231_params("filename", fn, charset="utf-8") if not fn.isascii() else [f"filename={fn}"]
        h += ["\t" + p + (";" if i < len(ps) - 1 else "") for i, p in enumerate(ps)]
        h += [f"Content-Type: {ct};", "\tx-unix-mode=0644;", f'\tname="{ew_q(fn) if not fn.isascii() else fn}"', cte]
    elif style == "iphone":
        ps = rfc2231_params("filename", fn, charset="utf-8") if not fn.isascii() else [f"filename={fn}"]
        h = [f"Content-Type: {ct};", f'\tname="{ew_q(fn) if not fn.isascii() else fn}";',
             f"\tx-apple-part-url={uuid_str(rng)}", f"Content-Disposition: {disp};"]
        h += ["\t" + p + (";" if i < len(ps) - 1 else "") for i, p in enumerate(ps)]
        h.append(cte)
    elif style == "gmail":
        name = fn if fn.isascii() else ew_one(fn, "UTF-8")
        aid = "f_" + rs(rng, 9, "0123456789abcdefghijklmnopqrstuvwxyz") + "0"
        h = [f'Content-Type: {ct}; name="{name}"', f'Content-Disposition: attachment; filename="{name}"', cte,
             f"Content-ID: <{aid}>", f"X-Attachment-Id: {aid}"]
    elif style == "thunderbird":
        name = fn if fn.isascii() else ew_one(fn, "UTF-8")
        ps = rfc2231_params("filename", fn) if not fn.isascii() else [f'filename="{fn}"']
        h = [f"Content-Type: {ct};", f' name="{name}"', "Content-Disposition: attachment;"]
        h += [" " + p + (";" if i < len(ps) - 1 else "") for i, p in enumerate(ps)]
        h.append(cte)
    else:
        raise ValueError(style)
    return part(h, b64body(a.data))


# --------------------------------------------------------------------------
# mail clients
# --------------------------------------------------------------------------

def qq_family(m, rng, wecom=False):
    """QQ Mail (gb18030 base64 text + html) or WeCom / Exmail (utf-8): NextPart boundaries."""
    cs = "utf-8" if wecom else "gb18030"
    d = m["date"]

    def nb():
        return f"----=_NextPart_{rs(rng, 8, HEXU)}_{rs(rng, 8, HEXU)}_{rs(rng, 8, HEXU)}"

    plain = crlf(plain_of(m["blocks"], " "))
    htm = (f'<meta http-equiv="Content-Type" content="text/html; charset={cs.upper()}">'
           + body_html(m["blocks"], quote=lambda q: '<div><br></div><div style="font-size: 12px;font-family: Arial Narrow;'
                       'padding:2px 0 2px 0;">------------------&nbsp;原始邮件&nbsp;------------------</div>'
                       '<div style="font-size: 12px;background:#efefef;padding:8px;">' + divs(q.plain) + "</div>"))
    alt_b = nb()
    alt = mp(alt_b, [
        part(["Content-Type: text/plain;", f'\tcharset="{cs}"', "Content-Transfer-Encoding: base64"], b64body(plain.encode(cs))),
        part(["Content-Type: text/html;", f'\tcharset="{cs}"', "Content-Transfer-Encoding: base64"], b64body(htm.encode(cs))),
    ], preamble=None)
    if m.get("atts"):
        ob = nb()
        ctype = ["Content-Type: multipart/mixed;", f'\tboundary="{ob}"']
        body = mp(ob, [part(["Content-Type: multipart/alternative;", f'\tboundary="{alt_b}"'], alt)]
                  + [att_part("wecom" if wecom else "qq", a, rng) for a in m["atts"]])
    else:
        ctype = ["Content-Type: multipart/alternative;", f'\tboundary="{alt_b}"']
        body = b"This is a multi-part message in MIME format.\r\n\r\n" + alt
    if wecom:
        host = f"smtpbg{rng.randint(150, 199)}.qq.com"
        ip = f"54.206.{rng.randint(1, 250)}.{rng.randint(1, 250)}"
        mid = f"<tencent_{rs(rng, 36, HEXU)}@exmail.qq.com>"
        mailer = m.get("mailer", "WeCom Mail 4.1.36 (Android; 14)")
        qmid = f"bizesmtpsz{rng.randint(1, 19)}t{int(d.timestamp()) - 7}t{rs(rng, 6, HEXL)}"
    else:
        host = f"smtpbg{rng.randint(100, 149)}.qq.com"
        ip = f"43.154.{rng.randint(1, 250)}.{rng.randint(1, 250)}"
        mid = f"<tencent_{rs(rng, 40, HEXU)}@qq.com>"
        mailer = "QQMail 2.x"
        qmid = f"esmtpgz{rng.randint(10, 19)}t{int(d.timestamp()) - 5}t{rs(rng, 6, HEXL)}"
    m["message_id"] = mid
    h = top(rng, m["addr"], host, ip, d, 5)
    h += ["X-QQ-mid: " + qmid, "X-QQ-Originating-IP: " + base64.b64encode(bytes(rng.getrandbits(8) for _ in range(30))).decode(),
          "X-QQ-SSF: 0000000000000000000000000000000"]
    h += ['From: "{}" <{}>'.format(ew_one(m["from_name"], cs), m["addr"]), f"To: <{HQ}>",
          hdr_words("Subject", m["subject"], cs, maxbytes=10 ** 6 if not wecom else 45), "Mime-Version: 1.0"]
    h += ctype + ["Content-Transfer-Encoding: 8Bit", "Date: " + rfcdate(d, pad=False)]
    h += m.get("pre_extra", [])
    h += ["X-Priority: 3", "Message-ID: " + mid]
    h += thread_headers(m)
    h += ["X-QQ-MIME: TCMime 1.0 by Tencent", "X-Mailer: " + mailer]
    if not wecom:
        h.append("X-QQ-Mailer: QQMail 2.x")
    h += ["X-QQ-SENDSIZE: 520"]
    return hjoin(h) + b"\r\n" + body


def coremail(m, rng, domain="163"):
    """163 webmail (Coremail): GBK base64 text + html; '----=_Part_' boundaries."""
    d = m["date"]
    plain = crlf(plain_of(m["blocks"], "  "))
    htm = ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">'
           + body_html(m["blocks"]) + '</div>')
    ms = int(d.timestamp()) * 1000 + rng.randint(100, 999)

    def pb():
        return f"----=_Part_{rng.randint(100000, 999999)}_{rng.randint(10 ** 8, 10 ** 9 - 1)}.{ms}"

    alt_b = pb()
    alt = mp(alt_b, [
        part(["Content-Type: text/plain; charset=GBK", "Content-Transfer-Encoding: base64"], b64body(plain.encode("gbk"))),
        part(["Content-Type: text/html; charset=GBK", "Content-Transfer-Encoding: base64"], b64body(htm.encode("gbk"))),
    ], preamble=None)
    if m.get("atts"):
        ob = pb()
        ctype = ["Content-Type: multipart/mixed;", f'\tboundary="{ob}"']
        body = mp(ob, [part(["Content-Type: multipart/alternative;", f'\tboundary="{alt_b}"'], alt)]
                  + [att_part("coremail", a, rng) for a in m["atts"]], preamble=None)
    else:
        ctype = ["Content-Type: multipart/alternative;", f'\tboundary="{alt_b}"']
        body = alt
    mid = "<{}.{}.{}.Coremail.{}>".format(rs(rng, 7, HEXL), rs(rng, 5, HEXL), "19" + rs(rng, 9, HEXL), m["addr"])
    m["message_id"] = mid
    host = f"m{rng.randint(10, 99)}.mail.{domain}.com"
    ip = f"220.181.{rng.randint(1, 250)}.{rng.randint(1, 250)}"
    h = top(rng, m["addr"], host, ip, d, 3)
    h += [f"X-Originating-IP: [{rng.randint(58, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}]",
          "Date: " + rfcdate(d, cst=True), 'From: "{}" <{}>'.format(ew_one(m["from_name"], "GBK", "gbk"), m["addr"]),
          "To: " + HQ, hdr_words("Subject", m["subject"], "GBK", "gbk", maxbytes=10 ** 6), "X-Priority: 3",
          "X-Mailer: Coremail Webmail Server Version 2024.2-cmXT6 build",
          f" 20260108(7f9a2c41) Copyright (c) 2002-2026 www.mailtech.cn {domain}com",
          "X-NTES-SC: AL_Qu2dBv" + rs(rng, 86)]
    h += ctype + ["MIME-Version: 1.0", "Message-ID: " + mid] + thread_headers(m)
    h += ["X-Coremail-Locale: zh_CN", f"X-CM-TRANSID: {rs(rng, 6, HEXL)}wD3{rs(rng, 10, HEXL)}--.{rng.randint(10000, 99999)}S2",
          "X-Coremail-Antispam: 1Uf129KBjDUn29KB7ZKAUJUUUUU529EdanIXcx71UUUUU7v73"]
    return hjoin(h) + b"\r\n" + body


def foxmail(m, rng, host, ip, charset="gb2312"):
    """Foxmail 7.2: text base64, html quoted-printable; gb2312 label with GB18030 bytes, or big5."""
    codec = "gb18030" if charset == "gb2312" else charset
    d = m["date"]
    plain = crlf(plain_of(m["blocks"], " "))
    htm = crlf(f'<html><head><meta http-equiv="content-type" content="text/html; charset={charset}"><style>body {{ line-height: 1.5; }}'
               "body { font-size: 14px; font-family: 'Microsoft YaHei UI'; color: rgb(0, 0, 0); line-height: 1.5; }</style></head>"
               "<body>\n" + body_html(m["blocks"]) + "\n</body></html>")

    def n(k):
        return f"----=_{k:03d}_NextPart{rng.randint(10 ** 11, 10 ** 12 - 1)}_=----"

    alt_b = n(2 if m.get("atts") else 1)
    alt = mp(alt_b, [
        part(["Content-Type: text/plain;", f'\tcharset="{charset}"', "Content-Transfer-Encoding: base64"], b64body(plain.encode(codec))),
        part(["Content-Type: text/html;", f'\tcharset="{charset}"', "Content-Transfer-Encoding: quoted-printable"],
             qp(htm.encode(codec)) + b"\r\n"),
    ], preamble=None)
    if m.get("atts"):
        ob = n(1)
        ctype = ["Content-Type: multipart/mixed;", f'\tboundary="{ob}"']
        body = mp(ob, [part(["Content-Type: multipart/alternative;", f'\tboundary="{alt_b}"'], alt)]
                  + [att_part("foxmail-gb" if charset == "gb2312" else "foxmail-big5", a, rng) for a in m["atts"]])
    else:
        ctype = ["Content-Type: multipart/alternative;", f'\tboundary="{alt_b}"']
        body = b"This is a multi-part message in MIME format.\r\n\r\n" + alt
    domain = m["addr"].split("@")[1]
    mid = "<{}{:07d}@{}>".format(d.strftime("%Y%m%d%H%M%S"), rng.randint(0, 10 ** 7 - 1), domain)
    m["message_id"] = mid
    h = top(rng, m["addr"], host, ip, d, 2)
    h += ["Date: " + rfcdate(d), 'From: "{}" <{}>'.format(ew_one(m["from_name"], charset, codec), m["addr"]), "To: " + HQ,
          hdr_words("Subject", m["subject"], charset, codec, maxbytes=10 ** 6)]
    h += thread_headers(m)
    h += ["X-Priority: 3", f"X-GUID: {uuid_str(rng)}",
          "X-Has-Attach: {}".format("yes" if m.get("atts") else "no"), "X-Mailer: Foxmail 7.2.25.375[cn]", "Mime-Version: 1.0",
          "Message-ID: " + mid] + ctype
    return hjoin(h) + b"\r\n" + body


OUTLOOK_FONTS = {"zh-CN": ("等线", "微软雅黑"), "zh-TW": ("新細明體", "微軟正黑體"), "en-US": ("Calibri", "Calibri")}


def outlook_html(blocks, charset, lang):
    base, span_font = OUTLOOK_FONTS[lang]
    head = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            f'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset={charset}">'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\n'
            f'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{{margin:0cm;\n\tfont-size:{"11.0pt" if lang == "en-US" else "10.5pt"};\n'
            f'\tfont-family:{base};}}\n--></style></head><body lang={lang.upper()} link="#0563C1" vlink="#954F72">'
            '<div class=WordSection1>')

    def o_p(line):
        inner = esc(line) if line.strip() else "&nbsp;"
        return f"<p class=MsoNormal><span lang=EN-US style='font-family:\"{span_font}\",sans-serif'>{inner}<o:p></o:p></span></p>"

    out = head
    for b in blocks:
        if isinstance(b, Table):
            out += "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>"
            for r in b.rows:
                out += "<tr>" + "".join("<td width=180 valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>"
                                        + o_p(c) + "</td>" for c in r) + "</tr>"
            out += "</table>"
        elif isinstance(b, Quote):
            out += "<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
            out += "".join(o_p(ln) for ln in b.plain.split("\n")) + "</div>"
        else:
            out += "".join(o_p(ln) for ln in b.split("\n"))
    return out + "</div></body></html>"


def outlook(m, rng, host, ip, lang="zh-CN"):
    """Outlook 16: zh-CN (gb2312 label, GB18030 bytes, base64), zh-TW (big5 base64, or utf-8 when the
    text does not fit Big5), en-US (utf-8 / us-ascii quoted-printable)."""
    d = m["date"]
    text = plain_of(m["blocks"], "\t")
    if lang == "zh-CN":
        charset, codec, cte, astyle = "gb2312", "gb18030", "base64", "outlook-gb"
    elif lang == "zh-TW":
        ok = fits(text, "big5") and fits(m["subject"], "big5")
        charset, codec, cte, astyle = ("big5", "big5", "base64", "outlook-big5") if ok else ("utf-8", "utf-8", "base64", "outlook-utf8")
    else:
        charset, codec, cte, astyle = ("us-ascii", "ascii", "7bit", "outlook-utf8") if text.isascii() else \
            ("utf-8", "utf-8", "quoted-printable", "outlook-utf8")
    m["charset"] = charset
    plain = crlf(text)
    htm = crlf(outlook_html(m["blocks"], charset, lang))

    def enc(s):
        raw = s.encode(codec)
        if cte == "base64":
            return b64body(raw)
        if cte == "quoted-printable":
            return qp(raw) + b"\r\n"
        return raw + b"\r\n"

    def nb(k):
        return "----=_NextPart_{:03d}_{}_{}.{}".format(k, rs(rng, 4, HEXU), "01DC" + rs(rng, 4, HEXU), rs(rng, 8, HEXU))

    alt_b = nb(1)
    alt = mp(alt_b, [
        part(["Content-Type: text/plain;", f'\tcharset="{charset}"', f"Content-Transfer-Encoding: {cte}"], enc(plain)),
        part(["Content-Type: text/html;", f'\tcharset="{charset}"', f"Content-Transfer-Encoding: {cte}"], enc(htm)),
    ], preamble=None)
    if m.get("atts"):
        ob = nb(0)
        ctype = ["Content-Type: multipart/mixed;", f'\tboundary="{ob}"']
        body = mp(ob, [part(["Content-Type: multipart/alternative;", f'\tboundary="{alt_b}"'], alt)]
                  + [att_part(astyle, a, rng) for a in m["atts"]])
    else:
        ctype = ["Content-Type: multipart/alternative;", f'\tboundary="{alt_b}"']
        body = b"This is a multi-part message in MIME format.\r\n\r\n" + alt
    domain = m["addr"].split("@")[1]
    mid = f"<000001dc{rs(rng, 4, HEXL)}${rs(rng, 8, HEXL)}${rs(rng, 8, HEXL)}$@{domain}>"
    m["message_id"] = mid
    scs, scodec = (charset, codec) if charset != "us-ascii" else ("utf-8", "utf-8")
    subj = "Subject: " + m["subject"] if m["subject"].isascii() else hdr_words("Subject", m["subject"], scs, scodec)
    frm = m["from_name"] if m["from_name"].isascii() else '"{}"'.format(ew_one(m["from_name"], scs, scodec))
    h = top(rng, m["addr"], host, ip, d, 4)
    h += [f"From: {frm} <{m['addr']}>", "To: " + HQ, subj, "Date: " + rfcdate(d), "Message-ID: " + mid]
    h += thread_headers(m)
    h += ["MIME-Version: 1.0"] + ctype + ["X-Mailer: Microsoft Outlook 16.0",
                                          "Thread-Index: A" + base64.b64encode(bytes(rng.getrandbits(8) for _ in range(21))).decode()[1:],
                                          "Content-Language: " + lang.lower()] + m.get("extra", [])
    return hjoin(h) + b"\r\n" + body


def apple_mail(m, rng, host, ip):
    """Apple Mail (macOS): UTF-8 quoted-printable; with attachments multipart/alternative >
    multipart/mixed (html, attachment, html); RFC 2231 file names."""
    d = m["date"]
    plain = crlf(plain_of(m["blocks"], "\t"))
    htm = ('<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
           '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
           + body_html(m["blocks"]) + "</body></html>")

    def qpart(ct, s):
        return part(["Content-Transfer-Encoding: quoted-printable", f"Content-Type: {ct};", "\tcharset=utf-8"], qp(s.encode("utf-8")) + b"\r\n")

    alt_b = "Apple-Mail=" + uuid_str(rng)
    if m.get("atts"):
        mix_b = "Apple-Mail=" + uuid_str(rng)
        cut = htm.rfind("</body>")
        mixed = mp(mix_b, [qpart("text/html", htm[:cut])] + [att_part("apple", a, rng) for a in m["atts"]]
                   + [qpart("text/html", htm[cut:])], preamble=None)
        body = mp(alt_b, [qpart("text/plain", plain), part(["Content-Type: multipart/mixed;", f'\tboundary="{mix_b}"'], mixed)],
                  preamble=None)
    else:
        body = mp(alt_b, [qpart("text/plain", plain), qpart("text/html", htm)], preamble=None)
    mid = "<{}@{}>".format(uuid_str(rng), m["addr"].split("@")[1])
    m["message_id"] = mid
    h = top(rng, m["addr"], host, ip, d, 4)
    h += ["Content-Type: multipart/alternative;", f'\tboundary="{alt_b}"',
          "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))",
          "Subject: " + m["subject"] if m["subject"].isascii() else hdr_words("Subject", m["subject"], "utf-8"),
          "From: {} <{}>".format(m["from_name"] if m["from_name"].isascii() else ew_one(m["from_name"], "utf-8"), m["addr"])]
    h += thread_headers(m)
    h += ["Date: " + rfcdate(d), "Content-Transfer-Encoding: 7bit", "Message-Id: " + mid, "To: " + HQ,
          "X-Mailer: Apple Mail (2.3826.500.181.1.5)"]
    return hjoin(h) + b"\r\n" + body


def iphone(m, rng, host, ip):
    """iPhone Mail: text/plain QP; attachments between text segments (images inline)."""
    d = m["date"]
    if m.get("atts"):
        b = "Apple-Mail-" + uuid_str(rng)
        parts = []
        for seg in m["segments"]:
            if isinstance(seg, Att):
                parts.append(att_part("iphone", seg, rng))
            else:
                parts.append(part(["Content-Type: text/plain;", "\tcharset=utf-8", "Content-Transfer-Encoding: quoted-printable"],
                                  qp(crlf(seg).encode("utf-8")) + b"\r\n"))
        ctype = ["Content-Type: multipart/mixed; boundary=" + b, "Content-Transfer-Encoding: 7bit"]
        body = mp(b, parts, preamble=None)
        m["blocks"] = ["\n".join(s for s in m["segments"] if isinstance(s, str))]
    else:
        ctype = ["Content-Transfer-Encoding: quoted-printable", "Content-Type: text/plain;", "\tcharset=utf-8"]
        body = qp(crlf(plain_of(m["blocks"])).encode("utf-8")) + b"\r\n"
    mid = "<{}@{}>".format(uuid_str(rng), m["addr"].split("@")[1])
    m["message_id"] = mid
    h = top(rng, m["addr"], host, ip, d, 6)
    h += ctype + ["Mime-Version: 1.0 (1.0)", hdr_words("Subject", m["subject"], "utf-8"),
                  "From: {} <{}>".format(ew_one(m["from_name"], "utf-8"), m["addr"])]
    h += thread_headers(m)
    h += ["Date: " + rfcdate(d), "Message-Id: " + mid, "To: " + HQ, "X-Mailer: iPhone Mail (22G86)"]
    return hjoin(h) + b"\r\n" + body


def gmail_text_part(text):
    raw = crlf(text).encode("utf-8")
    ascii_share = sum(1 for b in raw if b < 128) / max(1, len(raw))
    if ascii_share > 0.8:
        return part(['Content-Type: text/plain; charset="UTF-8"', "Content-Transfer-Encoding: quoted-printable"], qp(raw) + b"\r\n")
    return part(['Content-Type: text/plain; charset="UTF-8"', "Content-Transfer-Encoding: base64"], b64body(raw))


def gmail_html_part(htm):
    raw = htm.encode("utf-8")
    ascii_share = sum(1 for b in raw if b < 128) / max(1, len(raw))
    if ascii_share > 0.8:
        return part(['Content-Type: text/html; charset="UTF-8"', "Content-Transfer-Encoding: quoted-printable"], qp(raw) + b"\r\n")
    return part(['Content-Type: text/html; charset="UTF-8"', "Content-Transfer-Encoding: base64"], b64body(raw))


def gmail_head(m, rng, d, ctype, extra_top=()):
    host_n = rng.randint(170, 230)
    host = f"mail-pl1-f{host_n}.google.com"
    ip = f"209.85.214.{host_n}"
    mid = "<CA{}{}@mail.gmail.com>".format(rng.choice("FJKMNP"), rs(rng, 50, ALNUM + "+_-"))
    m["message_id"] = m.get("message_id") or mid
    h = top(rng, m["addr"], host, ip, d, 2)
    h += [f"Received: by {host} with SMTP id {rs(rng, 15, HEXL)}.{rng.randint(1, 9)}",
          f"        for <dor@ptg139.com>; {rfcdate(d.astimezone(timezone(timedelta(hours=-7))))} (PDT)"]
    dom = m["addr"].split("@")[1]
    h += [f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={dom}; s=google; t={int(d.timestamp())}; x={int(d.timestamp()) + 604800}; darn=ptg139.com;",
          "        h=to:subject:message-id:date:from:mime-version:from:to:cc:subject",
          "         :date:message-id:reply-to;",
          "        bh=" + base64.b64encode(bytes(rng.getrandbits(8) for _ in range(32))).decode() + ";",
          "        b=" + base64.b64encode(bytes(rng.getrandbits(8) for _ in range(48))).decode(),
          "X-Google-Smtp-Source: AGHT+IG" + rs(rng, 60, ALNUM + "+/") + "=="]
    h += list(extra_top)
    h += ["MIME-Version: 1.0"]
    frm = m["from_name"] if m["from_name"].isascii() else ew_one(m["from_name"], "UTF-8")
    h += [f"From: {frm} <{m['addr']}>"] + m.get("gmail_from_extra", [])
    h += ["Date: " + rfcdate(d, pad=False), "Message-ID: " + m["message_id"]] + thread_headers(m, fold=" ")
    h += ["Subject: " + m["subject"] if m["subject"].isascii() else hdr_words("Subject", m["subject"], "UTF-8", fold="\r\n\t")]
    h += ["To: " + HQ] + ctype
    return h


def gmail(m, rng):
    """Gmail web: multipart/alternative (UTF-8, QP for mostly-ASCII text, base64 otherwise),
    '000000000000…' boundaries, attachments with Content-ID / X-Attachment-Id."""
    d = m["date"]
    text = plain_of(m["blocks"])
    htm = '<div dir="ltr">' + body_html(m["blocks"], line=lambda t: brs(t) + "<br>") + "</div>"

    def gb():
        return "000000000000" + rs(rng, 14, HEXL)

    alt_b = gb()
    alt = mp(alt_b, [gmail_text_part(text), gmail_html_part(htm)], preamble=None)
    if m.get("atts"):
        ob = gb()
        ctype = [f'Content-Type: multipart/mixed; boundary="{ob}"']
        body = mp(ob, [part([f'Content-Type: multipart/alternative; boundary="{alt_b}"'], alt)]
                  + [att_part("gmail", a, rng) for a in m["atts"]], preamble=None)
    else:
        ctype = [f'Content-Type: multipart/alternative; boundary="{alt_b}"']
        body = alt
    return hjoin(gmail_head(m, rng, d, ctype)) + b"\r\n" + body


def thunderbird(m, rng, host, ip, lang="zh-CN", with_html=False):
    """Thunderbird: UTF-8 8bit; plain text (format=flowed) or text+html alternative;
    attachments with RFC 2231 file names and an RFC 2047 name=."""
    d = m["date"]
    text = crlf(plain_of(m["blocks"], "\t"))
    tb = "------------" + rs(rng, 24, ALNUM)
    tpart_h = ["Content-Type: text/plain; charset=UTF-8; format=flowed", "Content-Transfer-Encoding: 8bit"]
    tbody = text.encode("utf-8") + (b"" if text.endswith("\r\n") else b"\r\n")
    if with_html:
        htm = crlf('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="content-type" content="text/html; charset=UTF-8">\n'
                   '  </head>\n  <body>\n    <p>' + body_html(m["blocks"], line=lambda t: brs(t) + "<br>\n") + "</p>\n  </body>\n</html>\n")
        inner = mp(tb, [part(tpart_h, tbody),
                        part(["Content-Type: text/html; charset=UTF-8", "Content-Transfer-Encoding: 8bit"], htm.encode("utf-8"))])
        ctype, body = ["Content-Type: multipart/alternative;", f' boundary="{tb}"'], inner
    else:
        ctype, body = tpart_h, tbody
    if m.get("atts"):
        ob = "------------" + rs(rng, 24, ALNUM)
        first = part(ctype, body) if with_html else part(tpart_h, tbody)
        body = mp(ob, [first] + [att_part("thunderbird", a, rng) for a in m["atts"]])
        ctype = ["Content-Type: multipart/mixed; boundary=\"" + ob + "\""]
    mid = "<{}@{}>".format(uuid_str(rng, upper=False), m["addr"].split("@")[1])
    m["message_id"] = mid
    h = top(rng, m["addr"], host, ip, d, 3)
    h += ["Message-ID: " + mid, "Date: " + rfcdate(d), "MIME-Version: 1.0", "User-Agent: Mozilla Thunderbird",
          "Content-Language: " + lang]
    h += thread_headers(m, fold=" ")
    h += ["To: " + HQ, "From: {} <{}>".format(ew_one(m["from_name"], "UTF-8"), m["addr"]),
          hdr_words("Subject", m["subject"], "UTF-8")]
    h += ctype
    return hjoin(h) + b"\r\n" + body


def dingtalk(m, rng, html_only=False):
    """DingTalk mail (Alimail engine; approximated): UTF-8 base64, ALIBOUNDARY boundaries;
    text + html, or html only."""
    d = m["date"]
    text = crlf(plain_of(m["blocks"], " "))
    htm = ('<div class="__aliyun_email_body_block">' + body_html(
        m["blocks"], line=lambda t: "".join(f'<div style="clear:both;"><span style="font-family:微软雅黑;font-size:14px;">{esc(ln) if ln.strip() else "<br>"}</span></div>'
                                            for ln in t.split("\n"))) + "</div>")

    def ab():
        return f"----=ALIBOUNDARY_{rng.randint(10000, 99999)}_{rs(rng, 12, HEXL)}_{rs(rng, 8, HEXL)}_{rs(rng, 5, HEXL)}"

    hpart = part(['Content-Type: text/html; charset="UTF-8"', "Content-Transfer-Encoding: base64"], b64body(htm.encode("utf-8")))
    if html_only:
        core_h, core_b = ['Content-Type: text/html; charset="UTF-8"', "Content-Transfer-Encoding: base64"], b64body(htm.encode("utf-8"))
    else:
        alt_b = ab()
        core_h = ["Content-Type: multipart/alternative;", f'\tboundary="{alt_b}"']
        core_b = mp(alt_b, [part(['Content-Type: text/plain; charset="UTF-8"', "Content-Transfer-Encoding: base64"],
                                 b64body(text.encode("utf-8"))), hpart], preamble=None)
    if m.get("atts"):
        ob = ab()
        ctype = ["Content-Type: multipart/mixed;", f'\tboundary="{ob}"']
        body = mp(ob, [part(core_h, core_b)] + [att_part("alimail", a, rng) for a in m["atts"]], preamble=None)
    else:
        ctype, body = core_h, core_b
    local_part = m["addr"].split("@")[0]
    mid = "<{}.{}.{}@{}>".format(uuid_str(rng, upper=False), int(d.timestamp() * 1000) + rng.randint(0, 999), local_part,
                                 m["addr"].split("@")[1])
    m["message_id"] = mid
    n = rng.randint(97, 133)
    h = top(rng, m["addr"], f"out30-{n}.mail.aliyun.com", f"115.124.30.{n}", d, 2)
    h += ["X-Alimail-AntiSpam: AC=PASS;BC=-1|-1;BR=01201311R{}e4;CH=green;DM=||false|;DS=||;FP=0|-1|-1|-1|0|-1|-1|-1;"
          "HT=maildocker-contentspam{};MF={};NM=1;PH=DW;RN=1;SR=0;TI=W4_{}".format(rng.randint(100, 999), rng.randint(10 ** 11, 10 ** 12),
                                                                                  m["addr"], rs(rng, 14, ALNUM)),
          "Date: " + rfcdate(d), 'From: "{}"<{}>'.format(ew_one(m["from_name"], "UTF-8"), m["addr"]), 'To: "dor"<dor@ptg139.com>',
          'Reply-To: "{}"<{}>'.format(ew_one(m["from_name"], "UTF-8"), m["addr"]), "Message-ID: " + mid,
          hdr_words("Subject", m["subject"], "UTF-8", fold="\r\n ")]
    h += thread_headers(m, fold=" ")
    h += ["X-Mailer: [Alimail-Mailagent revision 7][DingTalk Mail 7.6.10]", "MIME-Version: 1.0",
          f"x-aliyun-mail-creator: W4_{rng.randint(1000000, 9999999)}_{rs(rng, 10, ALNUM)}"]
    h += ctype
    return hjoin(h) + b"\r\n" + body


def webmail_big5_html(m, rng, host, ip):
    """A Taiwanese webmail sending one text/html part in Big5 quoted-printable (approximated)."""
    d = m["date"]
    htm = crlf('<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"></head>'
               '<body style="font-family:新細明體;font-size:12pt">\n' + body_html(m["blocks"], line=lambda t: brs(t) + "<br>\n") + "\n</body></html>")
    mid = "<{}.{}@{}>".format(d.strftime("%Y%m%d%H%M%S"), rng.randint(10000, 99999), host)
    m["message_id"] = mid
    h = top(rng, m["addr"], host, ip, d, 3)
    h += ["Date: " + rfcdate(d), 'From: "{}" <{}>'.format(ew_one(m["from_name"], "big5"), m["addr"]), "To: " + HQ,
          hdr_words("Subject", m["subject"], "big5"), "Message-ID: " + mid, "MIME-Version: 1.0",
          'Content-Type: text/html; charset="big5"', "Content-Transfer-Encoding: quoted-printable",
          "X-Mailer: HiNet WebMail 3.2", f"X-Originating-IP: [61.220.{rng.randint(1, 250)}.{rng.randint(1, 250)}]"]
    return hjoin(h) + b"\r\n" + qp(htm.encode("big5")) + b"\r\n"


# --------------------------------------------------------------------------
# roster (all fictitious)
# --------------------------------------------------------------------------

# code: forms (fullest first; every way the company is written in this set), simplified script of
# the traditional forms (for `accept`)
CO = {
    # partners
    "P_TPE": (["台北鼎創資訊科技有限公司", "鼎創資訊"], {"台北鼎創資訊科技有限公司": "台北鼎创资讯科技有限公司", "鼎創資訊": "鼎创资讯"}),
    "P_TXG": (["台中聯勝數位科技有限公司", "聯勝數位"], {"台中聯勝數位科技有限公司": "台中联胜数位科技有限公司", "聯勝數位": "联胜数位"}),
    "P_HK": (["Hang Wui Commerce Technology Limited", "香港恒滙商務科技有限公司", "恒滙商務", "Hang Wui Commerce"],
             {"香港恒滙商務科技有限公司": "香港恒汇商务科技有限公司", "恒滙商務": "恒汇商务"}),
    "P_MO": (["澳門濠江網絡科技有限公司", "濠江網絡"], {"澳門濠江網絡科技有限公司": "澳门濠江网络科技有限公司", "濠江網絡": "濠江网络"}),
    "P_XM": (["Xiamen Ludao Yunshang Network Technology Co., Ltd.", "厦门鹭岛云商网络科技有限公司", "Ludao Yunshang", "鹭岛云商"], {}),
    "P_WX": (["无锡锡商互联网络科技有限公司", "锡商互联"], {}),
    "P_CZ": (["常州龙城企链信息技术有限公司", "龙城企链"], {}),
    "P_NC": (["南昌洪城商通网络科技有限公司", "洪城商通"], {}),
    "P_GY": (["贵阳筑城数联网络科技有限公司", "筑城数联"], {}),
    "P_KM": (["昆明春城汇商网络科技有限公司", "春城汇商"], {}),
    "P_LZ": (["兰州金城链客信息科技有限公司", "金城链客"], {}),
    "P_YC": (["银川塞上云联网络科技有限公司", "塞上云联"], {}),
    "P_HH": (["呼和浩特青城商汇网络科技有限公司", "青城商汇"], {}),
    # clients
    "C_YQ": (["台中永詮數控機械有限公司", "永詮數控"], {"台中永詮數控機械有限公司": "台中永诠数控机械有限公司", "永詮數控": "永诠数控"}),
    "C_CF": (["高雄昌鋒螺絲工業有限公司", "昌鋒螺絲"], {"高雄昌鋒螺絲工業有限公司": "高雄昌锋螺丝工业有限公司", "昌鋒螺絲": "昌锋螺丝"}),
    "C_RT": (["新北瑞鈦自動化設備有限公司", "瑞鈦自動化"], {"新北瑞鈦自動化設備有限公司": "新北瑞钛自动化设备有限公司", "瑞鈦自動化": "瑞钛自动化"}),
    "C_YX": (["Wing Hing Packaging Machinery Co., Ltd.", "香港永興包裝機械有限公司", "永興包裝", "Wing Hing Packaging"],
             {"香港永興包裝機械有限公司": "香港永兴包装机械有限公司", "永興包裝": "永兴包装"}),
    "C_SL": (["澳門昇隆食品機械有限公司", "昇隆食機"], {"澳門昇隆食品機械有限公司": "澳门昇隆食品机械有限公司", "昇隆食機": "昇隆食机"}),
    "C_XT": (["厦门海沧鑫泰阀门有限公司", "鑫泰阀门"], {}),
    "C_LH": (["厦门集美联禾注塑机械有限公司", "Lianhe Injection Machinery", "联禾注塑"], {}),
    "C_HS": (["无锡宏昇精密机械有限公司", "宏昇精密"], {}),
    "C_XD": (["无锡新吴锡达环保设备有限公司", "锡达环保"], {}),
    "C_SD": (["常州武进晟达减速机有限公司", "晟达减速机"], {}),
    "C_JK": (["常州金坛嘉科干燥设备有限公司", "嘉科干燥"], {}),
    "C_GF": (["南昌青山湖赣发包装机械有限公司", "赣发包装"], {}),
    "C_HT": (["南昌小蓝洪泰汽配模具有限公司", "洪泰模具"], {}),
    "C_QJ": (["贵阳白云黔匠矿山机械有限公司", "黔匠矿机"], {}),
    "C_QF": (["贵阳花溪黔丰混凝土机械有限公司", "黔丰机械"], {}),
    "C_DF": (["昆明官渡滇峰制冷设备有限公司", "滇峰制冷"], {}),
    "C_YL": (["昆明呈贡云岭包装机械有限公司", "云岭包装"], {}),
    "C_LY": (["兰州安宁陇原石化设备有限公司", "陇原石化"], {}),
    "C_NY": (["银川西夏宁塬农牧机械有限公司", "宁塬农机"], {}),
    "C_CY": (["呼和浩特金桥草原乳品机械有限公司", "草原乳机"], {}),
}


def full(code):
    return CO[code][0][0]


def cn_full(code):
    """The Chinese full name (for the companies whose fullest form is English)."""
    return next(f for f in CO[code][0] if not f.isascii())


def short(code, i=-1):
    return CO[code][0][i]


# mail hosts of the partners (own servers); host patterns and IP patterns
HOSTS = {
    "dingchuang.com.tw": ("mail.dingchuang.com.tw", "61.219.%d.%d"),
    "lsdigital.com.tw": ("mx.lsdigital.com.tw", "114.33.%d.%d"),
    "hangwui.com.hk": ("mail.hangwui.com.hk", "203.186.%d.%d"),
    "hojiangnet.com.mo": ("smtp.hojiangnet.com.mo", "202.175.%d.%d"),
    "ldyunshang.com": ("mail.ldyunshang.com", "117.25.%d.%d"),
    "xshulian.com": ("smtp.xshulian.com", "58.215.%d.%d"),
    "lcqilian.cn": ("mail.lcqilian.cn", "49.93.%d.%d"),
    "hcshangtong.com": ("mail.hcshangtong.com", "117.40.%d.%d"),
    "zcshulian.com": ("mail.zcshulian.com", "58.42.%d.%d"),
    "cchuishang.com": ("mail.cchuishang.com", "116.55.%d.%d"),
    "jclianke.com": ("mail.jclianke.com", "61.178.%d.%d"),
    "ssyunlian.com": ("mx.ssyunlian.com", "222.75.%d.%d"),
    "qcshanghui.com": ("mail.qcshanghui.com", "110.16.%d.%d"),
}


def host_ip(rng, addr):
    host, ipf = HOSTS[addr.split("@")[1]]
    return host, ipf % (rng.randint(1, 250), rng.randint(1, 250))


EMPTY_FIELDS = list(rules.FIELD_KEYS)


def fields(**kw):
    f = {k: None for k in EMPTY_FIELDS}
    f["lead_ids"] = []
    unknown = set(kw) - set(f)
    assert not unknown, unknown
    f.update(kw)
    return f


# --------------------------------------------------------------------------
# entries
# --------------------------------------------------------------------------

ENTRIES = []
BUILT = {}


def entry(fn):
    ENTRIES.append(fn)
    return fn



# ============================ family: traditional Chinese ============================

def sig_ycl():
    return "林怡君 Yi-Chun Lin\n客服部｜台北鼎創資訊科技有限公司\n電話：(02)2758-3316 分機 215"


@entry
def T1():
    rng = R("T1")
    d = dt(2026, 3, 5, 16, 42, 18)
    m = dict(from_name="林怡君", addr="yichun.lin@dingchuang.com.tw", date=d,
             subject="商機申訴－昌鋒螺絲 SJ20260305-0027（同行惡意詢價）")
    m["blocks"] = [
        "總部您好：\n\n客戶昌鋒螺絲對今天的一筆商機有異議，我們無法判定，提交商機申訴如下：\n\n"
        "合作商：台北鼎創資訊科技有限公司\n付費客戶：高雄昌鋒螺絲工業有限公司\n商機編號：SJ20260305-0027\n"
        "推送時間：2026/3/5 上午 10:15\n客戶反饋時間：2026/3/5 下午 2:40\n申訴理由：需求者屬於同行惡意騷擾／不良詢價\n"
        "情況說明：需求者自稱是台南一家五金行，詢問M8不鏽鋼六角螺栓的出廠價與月產能，客戶業務回撥後發現對方是同業螺絲廠的業務，"
        "之前已用不同名義詢價兩次。\n\n客戶回撥的通話錄音與LINE對話截圖如附件。\n\n" + sig_ycl()]
    m["atts"] = [Att("客戶回撥錄音0305.m4a", "audio/x-m4a", make_m4a(rng, 9), "audio/mp4"),
                 Att("LINE對話截圖.png", "image/png", png_bytes(screen_chat(rng, scheme="line")), "image/png")]
    h, ip = host_ip(rng, m["addr"])
    eml = outlook(m, rng, h, ip, lang="zh-TW")
    assert m["charset"] == "big5"
    return m, eml, dict(
        kind="appeal", client="Outlook 16 (zh-TW)", family="traditional",
        fields=fields(partner=full("P_TPE"), client=full("C_CF"), lead_ids=["SJ20260305-0027"],
                      pushed_at=iso(2026, 3, 5, 10, 15), objected_at=iso(2026, 3, 5, 14, 40), reason_code=1),
        source_text={"pushed_at": ["2026/3/5 上午 10:15"], "objected_at": ["2026/3/5 下午 2:40"], "reason_code": ["同行惡意騷擾"]},
        aliases=("P_TPE", "C_CF"),
        notes="Outlook 16 zh-TW: Big5 base64 text + html, =?big5?B? subject and file names; traditional labels 付費客戶 / "
              "推送時間 / 客戶反饋時間 / 申訴理由; times '2026/3/5 下午 2:40' (space before the clock); code 1 in traditional "
              "words (同行惡意騷擾) with an M4A (declared audio/x-m4a) and a LINE screenshot; 'M8', '兩次' and the extension "
              "number are distractors. Values are labelled in traditional script as written; `accept` adds the simplified forms.")


@entry
def T2():
    rng = R("T2")
    d = dt(2026, 4, 14, 10, 5, 31)
    m = dict(from_name="陳冠宇", addr="kuanyu.chen@lsdigital.com.tw", date=d, subject="永詮數控 近10條商機調整回饋")
    rows = [("SJ20260318-0041", "精準", "立式加工中心，已報價"), ("SJ20260320-0013", "不精準", "詢問二手CNC車床"),
            ("SJ20260323-0057", "精準", "臥式加工中心，洽談中"), ("SJ20260325-0008", "精準", "龍門加工中心，已報價"),
            ("SJ20260327-0064", "不精準", "個人詢問桌上型雕刻機"), ("SJ20260330-0029", "精準", "五軸加工中心，已成交1台"),
            ("SJ20260401-0016", "不精準", "要中古機台"), ("SJ20260403-0072", "精準", "CNC車床，洽談中"),
            ("SJ20260408-0035", "精準", "立式加工中心，已報價"), ("SJ20260410-0051", "不精準", "機台維修服務")]
    m["blocks"] = [
        "總部好，\n\n以下是永詮數控最近10條商機的客戶回饋，麻煩協助調整推廣。\n\n合作商：台中聯勝數位科技有限公司\n"
        "客戶：台中永詮數控機械有限公司\n\n" + "\n".join("\u3000".join(r) for r in rows) + "\n\n調整建議：\n"
        "一、新增關鍵字：五軸加工中心、臥式加工中心\n二、刪除關鍵字：二手CNC、中古機台\n三、不做產品：二手機台、機台維修服務、桌上型雕刻機\n"
        "四、主要針對人群：工廠、模具廠，個人詢價請不要推\n\n-- \n陳冠宇 Kuan-Yu Chen\n台中聯勝數位科技有限公司｜客服部\nTEL: 04-2358-6127\n"]
    h, ip = host_ip(rng, m["addr"])
    eml = thunderbird(m, rng, h, ip, lang="zh-TW")
    return m, eml, dict(
        kind="adjustment", client="Thunderbird", family="traditional",
        fields=fields(partner=full("P_TXG"), client=full("C_YQ"), lead_ids=[r[0] for r in rows], lead_count=10),
        source_text={"lead_count": ["10條"]},
        aliases=("P_TXG", "C_YQ"),
        extra={"keywords_add": ["五軸加工中心", "臥式加工中心"], "keywords_remove": ["二手CNC", "中古機台"],
               "excluded_products": ["二手機台", "機台維修服務", "桌上型雕刻機"], "audience": ["工廠", "模具廠"]},
        notes="Thunderbird (zh-TW): one text/plain part, UTF-8 8bit format=flowed; 調整回饋 in the subject; ten ids each "
              "followed by an ideographic space (U+3000) and 精準/不精準; keyword proposals as 一、…四、; '五軸', '1台' and "
              "the list numbers are distractors; the '-- ' signature separator.")


@entry
def T3():
    rng = R("T3")
    d = dt(2026, 5, 20, 15, 26, 4)
    m = dict(from_name="梁嘉欣", addr="kaian.leong@hojiangnet.com.mo", date=d, subject="商機彙總反饋－昇隆食機（推送已達六成）")
    m["blocks"] = [
        "總部各位好：\n\n昇隆食機的商機推送已超過合約數量的六成，彙總反饋如下：\n\n合作商：澳門濠江網絡科技有限公司\n"
        "客戶：澳門昇隆食品機械有限公司\n合約商機數：80條\n已推送：50條\n服務期：2025年11月1日至2026年10月31日\n\n"
        "一、客戶情況分析\n1. 已推送的50條中，精準的約有35條，主要是蛋撻機、月餅成型機和包餡機；\n2. 已成交蛋撻生產線2條、月餅成型機3台；\n"
        "3. 不精準的多數是詢問麵包店裝修和二手烤爐。\n\n二、建議解決方案\n1. 餘下30條商機以粵港澳的食品廠、中央廚房為主；\n"
        "2. 客戶有續約意向，希望續約時商機數增加到100條。\n\n梁嘉欣\n澳門濠江網絡科技有限公司\n電話：(853) 2872 3618"]
    h, ip = host_ip(rng, m["addr"])
    eml = foxmail(m, rng, h, ip, charset="big5")
    return m, eml, dict(
        kind="summary", client="Foxmail 7.2 (Big5)", family="traditional",
        fields=fields(partner=full("P_MO"), client=full("C_SL"), quota=80, pushed_count=50,
                      service_start="2025-11-01", service_end="2026-10-31"),
        source_text={"quota": ["合約商機數：80條"], "pushed_count": ["已推送：50條"],
                     "service_start": ["2025年11月1日至2026年10月31日"], "service_end": ["2025年11月1日至2026年10月31日"]},
        aliases=("P_MO", "C_SL"), renewal=True,
        notes="Foxmail 7.2 writing Big5 (text base64, html quoted-printable) from Macau; 彙總反饋 in the subject; 合約商機數 "
              "(合約 for 合同) and 續約 (renewal); 60 % lead trigger (time 55 %); '35條', '生產線2條', '3台', '餘下30條', "
              "'100條' and '六成' are distractors.")


@entry
def T4():
    rng = R("T4")
    d = dt(2026, 3, 23, 17, 10, 52)
    m = dict(from_name="Kelvin Cheung", addr="kelvin.cheung@hangwui.com.hk", date=d, subject="商機申訴 永興包裝 SJ20260323-0058")
    m["blocks"] = [
        "總部你好，\n\n永興包裝今日有一條商機想申請不計入，資料如下：\n\n合作商：香港恒滙商務科技有限公司\n客戶：香港永興包裝機械有限公司\n"
        "商機編號：SJ20260323-0058\n推送時間：23/3/2026 11:05am\n反饋時間：23/3/2026 3:20pm\n"
        "申訴理由：需求者淨係留咗微信，客戶加極都加唔到（判定標準第2條）\n"
        "情況說明：對方話要一部全自動封箱機，但冇留電話，只係留咗個微信號 wh_pack2026，客戶喺微信搜尋咗好多次都顯示「該用戶不存在」。\n\n"
        "搜尋截圖喺附件。\n\n唔該晒！\nKelvin Cheung 張家豪\n香港恒滙商務科技有限公司\nTel: +852 2873 4412"]
    m["atts"] = [Att("微信搜尋截圖.jpg", "image/jpeg", jpg_bytes(screen_search(rng)), "image/jpeg")]
    eml = gmail(m, rng)
    return m, eml, dict(
        kind="appeal", client="Gmail (Google Workspace)", family="traditional",
        fields=fields(partner=cn_full("P_HK"), client=cn_full("C_YX"), lead_ids=["SJ20260323-0058"],
                      pushed_at=iso(2026, 3, 23, 11, 5), objected_at=iso(2026, 3, 23, 15, 20), reason_code=2),
        source_text={"pushed_at": ["23/3/2026 11:05am"], "objected_at": ["23/3/2026 3:20pm"], "reason_code": ["第2條"]},
        aliases=("P_HK", "C_YX"),
        notes="Gmail (Google Workspace, Hong Kong): UTF-8 base64; traditional Chinese with Cantonese (淨係留咗微信, 加極都加唔到); "
              "Hong Kong day/month/year dates '23/3/2026 3:20pm' (day 23 cannot be a month); code 2 both in words and as "
              "'判定標準第2條'; the WeChat id 'wh_pack2026' is a distractor; JPEG screenshot with an RFC 2047 UTF-8 name.")


@entry
def T5():
    rng = R("T5")
    d = dt(2026, 5, 13, 9, 12, 7)
    m = dict(from_name="陳冠宇", addr="kuanyu.chen@lsdigital.com.tw", date=d, subject="永詮數控《商機申訴書》")
    m["blocks"] = ["總部您好：\n\n附件為永詮數控的《商機申訴書》，請總部協助判定，謝謝。\n\n陳冠宇\n聯勝數位 客服部"]
    rows = [["合作商", "台中聯勝數位科技有限公司"], ["付費客戶", "台中永詮數控機械有限公司"], ["商機編號", "SJ20260512-0106"],
            ["推送時間", "115年5月12日 上午9:30"], ["客戶反饋時間", "115年5月12日 下午4:50"],
            ["申訴理由", "需求者所需產品不符合客戶行業（第4條）"],
            ["情況說明", "客戶專做CNC工具機，需求者詢問的是人力派遣，想找作業員到工廠上班。"],
            ["申訴人", "陳冠宇"], ["申訴日期", "115年5月13日"]]
    data = docx_file("陳冠宇", "2026-05-13T01:05:00Z", [("title", "商機申訴書"), ("table", rows)])
    m["atts"] = [Att("商機申訴書_永詮數控_0512.docx", CT_DOCX, data, CT_DOCX)]
    h, ip = host_ip(rng, m["addr"])
    eml = apple_mail(m, rng, h, ip)
    return m, eml, dict(
        kind="appeal", client="Apple Mail (macOS)", family="traditional",
        fields=fields(partner=full("P_TXG"), client=full("C_YQ"), lead_ids=["SJ20260512-0106"],
                      pushed_at=iso(2026, 5, 12, 9, 30), objected_at=iso(2026, 5, 12, 16, 50), reason_code=4),
        source_text={"pushed_at": ["115年5月12日 上午9:30"], "objected_at": ["115年5月12日 下午4:50"], "reason_code": ["第4條"]},
        aliases=("P_TXG", "C_YQ"),
        notes="Apple Mail from Taiwan; every field only in the traditional-Chinese .docx form (RFC 2231 file name); dates in "
              "the Republic-of-China calendar ('115年5月12日' = 2026-05-12, as a Taiwanese clerk writes them); 7h20m, inside "
              "the window; code 4 as '第4條' (labour dispatch asked of a machine-tool maker); the body has short names only.")


@entry
def T6():
    rng = R("T6")
    d = dt(2026, 5, 25, 11, 20, 45)
    m = dict(from_name="黃柏翰", addr="pohan.huang@dingchuang.com.tw", date=d, subject="瑞鈦自動化 商機彙總反饋（服務期已過七成）")
    m["blocks"] = [
        "總部好：\n瑞鈦自動化的服務期已經過了七成，彙總反饋如下：",
        Table([["合作商", "台北鼎創資訊科技有限公司"], ["付費客戶", "新北瑞鈦自動化設備有限公司"], ["合約商機數", "120條"],
               ["已推送商機數", "58條"], ["服務期間", "2025/8/1~2026/7/31"]]),
        "客戶情況分析：已推送的58條中約有40條精準，主要是SCARA機械手臂與自動鎖螺絲機；不精準的多為詢問機器人教育套件的學校與個人。\n"
        "建議解決方案：剩下62條商機請多推電子組裝廠與汽車零組件廠。客戶續約意願尚未確定，會等服務期結束前再評估。\n\n"
        "黃柏翰 Po-Han Huang\n台北鼎創資訊科技有限公司 客服部"]
    eml = webmail_big5_html(m, rng, f"ms{rng.randint(10, 40)}.hinet.net", f"168.95.4.{rng.randint(1, 250)}")
    return m, eml, dict(
        kind="summary", client="HiNet webmail (HTML only, Big5 quoted-printable; approximated)", family="traditional",
        fields=fields(partner=full("P_TPE"), client=full("C_RT"), quota=120, pushed_count=58,
                      service_start="2025-08-01", service_end="2026-07-31"),
        source_text={"quota": ["120條"], "pushed_count": ["58條"], "service_start": ["2025/8/1~2026/7/31"],
                     "service_end": ["2025/8/1~2026/7/31"]},
        aliases=("P_TPE", "C_RT"), renewal=None,
        notes="A Taiwanese webmail: one text/html part, Big5 quoted-printable, no text alternative; fields in an HTML table "
              "(合約商機數 / 已推送商機數 / 服務期間); period '2025/8/1~2026/7/31'; 70 % time trigger (81 %, leads 48 %); "
              "'40條', '剩下62條' and '七成' are distractors; renewal undecided.")


@entry
def T7():
    rng = R("T7")
    d = dt(2026, 8, 11, 10, 33, 29)
    m = dict(from_name="黃詠詩", addr="vivian.wong@hojiangnet.com.mo", date=d, subject="昇隆食機 5條商機調整回饋")
    m["blocks"] = [
        "總部好，\n\n客戶：澳門昇隆食品機械有限公司\n昇隆食機最近5條商機的客戶回饋如下，請協助調整：",
        Table([["商機編號", "需求", "是否精準", "客戶回饋"],
               ["SJ20260714-0019", "全自動蛋撻機", "精準", "已報價"],
               ["SJ20260720-0044", "麵包店裝修", "不精準", "客戶不做裝修"],
               ["SJ20260724-0008", "月餅成型機", "精準", "已成交1台"],
               ["SJ20260730-0062", "二手烤爐", "不精準", "客戶不做二手"],
               ["SJ20260805-0027", "包餡機", "精準", "洽談中"]], header=True),
        "\n調整建議：\n新增關鍵詞：蛋撻生產線、自動包餡機\n刪除關鍵詞：烘焙店裝修、二手烤爐\n不做產品：二手設備、店舖裝修工程\n"
        "主要針對人群：食品廠、中央廚房、連鎖餅店\n\n黃詠詩\n澳門濠江網絡科技有限公司"]
    eml = qq_family(m, rng, wecom=True)
    return m, eml, dict(
        kind="adjustment", client="WeCom / Tencent Exmail", family="traditional",
        fields=fields(partner=full("P_MO"), client=full("C_SL"),
                      lead_ids=["SJ20260714-0019", "SJ20260720-0044", "SJ20260724-0008", "SJ20260730-0062", "SJ20260805-0027"],
                      lead_count=5),
        source_text={"lead_count": ["5條"]},
        aliases=("P_MO", "C_SL"),
        extra={"keywords_add": ["蛋撻生產線", "自動包餡機"], "keywords_remove": ["烘焙店裝修", "二手烤爐"],
               "excluded_products": ["二手設備", "店舖裝修工程"], "audience": ["食品廠", "中央廚房", "連鎖餅店"]},
        notes="WeCom / Exmail (UTF-8 base64) from Macau in traditional script; a five-row HTML table with a header row "
              "(商機編號 / 需求 / 是否精準 / 客戶回饋); 調整回饋 in the subject; the partner only in the signature; '1台' is a "
              "distractor.")


# ============================ family: English and mixed-language ============================

@entry
def E1():
    rng = R("E1")
    d = dt(2026, 4, 9, 17, 2, 36)
    m = dict(from_name="Winnie Ho", addr="winnie.ho@hangwui.com.hk", date=d, subject="Lead appeal - Wing Hing Packaging - SJ20260409-0033")
    m["blocks"] = [
        "Dear HQ team,\n\nOur client Wing Hing Packaging would like to appeal the lead below. Details:\n\n"
        "Partner: Hang Wui Commerce Technology Limited\nClient: Wing Hing Packaging Machinery Co., Ltd. (香港永興包裝機械有限公司)\n"
        "Lead ID: SJ20260409-0033\nPushed: 09.04.2026 10:40 (Beijing time)\nClient objected: 09.04.2026 15:55 (Beijing time)\n"
        "Reason: the requester is a competitor fishing for the client's price list (criterion 1). He introduced himself as a buyer "
        "from a food factory in Dongguan, but asked only about ex-factory prices and dealer discounts for 12 models, and the "
        "client's sales rep recognised the number from a competitor's brochure.\n\nThe client's call recording is attached.\n\n"
        "Best regards,\n\nWinnie Ho\nSenior Account Manager\nHang Wui Commerce Technology Limited\n香港恒滙商務科技有限公司\n"
        "T: +852 2873 4415 | M: +852 6290 1738\nE: winnie.ho@hangwui.com.hk\n"
        "Unit 1203, 12/F, Kwun Tong Harbour Plaza, Kwun Tong, Kowloon, Hong Kong"]
    m["atts"] = [Att("WingHing_call_0409.mp3", "audio/mpeg", make_mp3(rng, 4), "audio/mpeg")]
    h, ip = host_ip(rng, m["addr"])
    eml = outlook(m, rng, h, ip, lang="en-US")
    return m, eml, dict(
        kind="appeal", client="Outlook 16 (en-US)", family="english",
        fields=fields(partner=full("P_HK"), client=full("C_YX"), lead_ids=["SJ20260409-0033"],
                      pushed_at=iso(2026, 4, 9, 10, 40), objected_at=iso(2026, 4, 9, 15, 55), reason_code=1),
        source_text={"pushed_at": ["09.04.2026 10:40 (Beijing time)"], "objected_at": ["09.04.2026 15:55 (Beijing time)"],
                     "reason_code": ["competitor fishing for the client's price list (criterion 1)"]},
        aliases=("P_HK", "C_YX"),
        notes="Outlook 16 en-US (UTF-8 quoted-printable) from Hong Kong, English labels Partner / Client / Lead ID / Pushed / "
              "Client objected; dates 'DD.MM.YYYY' (09.04.2026 = 9 April, the day of the mail); English reason "
              "'competitor … (criterion 1)' with an MP3; the client line carries its Chinese name in parentheses (labelled "
              "without it; the Chinese and simplified forms are in `accept`); English signature block with phone numbers, "
              "'12 models' and '12/F' as distractors.")


@entry
def E2():
    rng = R("E2")
    d = dt(2026, 10, 9, 16, 31, 12)
    m = dict(from_name="Amy Zheng", addr="amy.zheng.ludao@gmail.com", date=d, subject="Appeal 申诉: 鑫泰阀门 lead SJ20261009-0031")
    m["blocks"] = [
        "Hi HQ,\n\nPartner: 鹭岛云商 / Client: 厦门海沧鑫泰阀门有限公司 / Lead: SJ20261009-0031 / Pushed: 09.10.2026 13:50 "
        "(Beijing time) / Objected: 09.10.2026 16:05\nReason: wrong number. The mobile number left by the requester belongs to "
        "a noodle shop owner who never asked about valves (第3条).\n\nThanks,\nAmy Zheng 郑雅文\n"
        "Account Manager | Xiamen Ludao Yunshang Network Technology Co., Ltd.\nM: +86 138 5920 4417"]
    eml = gmail(m, rng)
    return m, eml, dict(
        kind="appeal", client="Gmail", family="english",
        fields=fields(partner=full("P_XM"), client=full("C_XT"), lead_ids=["SJ20261009-0031"],
                      pushed_at=iso(2026, 10, 9, 13, 50), objected_at=iso(2026, 10, 9, 16, 5), reason_code=3),
        source_text={"pushed_at": ["Pushed: 09.10.2026 13:50"], "objected_at": ["Objected: 09.10.2026 16:05"],
                     "reason_code": ["wrong number", "第3条"]},
        aliases=("P_XM", "C_XT"),
        notes="Gmail (UTF-8 quoted-printable): five 'Label: value' pairs on ONE line separated by ' / ' - no value may swallow "
              "the next label; dates '09.10.2026' (9 October, the day of the mail); the partner is written as the short name "
              "鹭岛云商 on the label line and in full (English) in the signature - the fullest form is labelled, the short one "
              "is in `accept`; code 3 ('wrong number', '第3条').")


@entry
def E3():
    rng = R("E3")
    d = dt(2026, 6, 19, 11, 14, 55)
    m = dict(from_name="David Lin", addr="david.lin@ldyunshang.com", date=d,
             subject="Feedback on 5 leads + keyword changes - Lianhe Injection Machinery")
    ids = ["SJ20260602-0014", "SJ20260605-0022", "SJ20260608-0007", "SJ20260611-0039", "SJ20260615-0016"]
    m["blocks"] = [
        "Hello,\n\nPlease find below the client's feedback on the last 5 leads for Lianhe Injection Machinery "
        "(厦门集美联禾注塑机械有限公司):\n\n"
        f"1. {ids[0]} - accurate, 250-ton injection molding machine, quoted\n"
        f"2. {ids[1]} - not accurate, asked for mold repair service\n"
        f"3. {ids[2]} - accurate, servo injection machine, in negotiation\n"
        f"4. {ids[3]} - not accurate, an individual asking for a 3D printer\n"
        f"5. {ids[4]} - accurate, closed: 2 units\n\n"
        "Suggested adjustments:\n- Add keywords: servo injection molding machine, 伺服注塑机\n- Remove keywords: mold repair, 3D printer\n"
        "- Products the client does not make: molds, 3D printers\n- Target audience: factories, not individuals\n\n"
        "Partner: Xiamen Ludao Yunshang Network Technology Co., Ltd.\n\nBest regards,\nDavid Lin\nCustomer Success | Ludao Yunshang\n"
        "Tel: +86 592 5318 270"]
    h, ip = host_ip(rng, m["addr"])
    eml = outlook(m, rng, h, ip, lang="en-US")
    return m, eml, dict(
        kind="adjustment", client="Outlook 16 (en-US)", family="english",
        fields=fields(partner=full("P_XM"), client=full("C_LH"), lead_ids=ids, lead_count=5),
        source_text={"lead_count": ["the last 5 leads"]},
        aliases=("P_XM", "C_LH"),
        extra={"keywords_add": ["servo injection molding machine", "伺服注塑机"], "keywords_remove": ["mold repair", "3D printer"],
               "excluded_products": ["molds", "3D printers"], "audience": ["factories"]},
        notes="Outlook 16 en-US (UTF-8 quoted-printable): an English adjustment ('the last 5 leads', 'accurate / not accurate', "
              "'Add keywords / Remove keywords'); the client is named in English in prose with its Chinese full name in "
              "parentheses (the Chinese full name is labelled, the English short form is in `accept`); '250-ton', '2 units' "
              "and the list numbers are distractors; English signature.")


@entry
def E4():
    rng = R("E4")
    d = dt(2026, 6, 18, 10, 7, 44)
    m = dict(from_name="Kelvin Cheung", addr="kelvin.cheung@hangwui.com.hk", date=d,
             subject="Lead summary - Wing Hing Packaging Machinery (60% of quota reached)")
    m["blocks"] = [
        "Dear HQ,\n\nWing Hing Packaging has now received more than 60% of its contracted leads, so here is our summary.\n\n"
        "Partner: Hang Wui Commerce Technology Limited\nClient: Wing Hing Packaging Machinery Co., Ltd.\nContract quota: 120 leads\n"
        "Leads pushed to date: 75\nService period: 1 Dec 2025 - 30 Nov 2026\n\nAnalysis\n"
        "- About 50 of the 75 leads were accurate; the client closed 6 orders (carton sealers and two strapping lines).\n"
        "- Most inaccurate leads asked for printing services or second-hand machines.\n\nProposed solution\n"
        "- For the remaining 45 leads, please focus on food and electronics factories in Guangdong and Hong Kong.\n"
        "- The client intends to renew and would like 150 leads for the next term.\n\nBest regards,\nKelvin Cheung\n"
        "Hang Wui Commerce Technology Limited\nTel: +852 2873 4412"]
    eml = apple_mail(m, rng, f"mail-yw1-f{rng.randint(170, 199)}.google.com", f"209.85.128.{rng.randint(170, 199)}")
    return m, eml, dict(
        kind="summary", client="Apple Mail (macOS, English)", family="english",
        fields=fields(partner=full("P_HK"), client=full("C_YX"), quota=120, pushed_count=75,
                      service_start="2025-12-01", service_end="2026-11-30"),
        source_text={"quota": ["Contract quota: 120 leads"], "pushed_count": ["Leads pushed to date: 75"],
                     "service_start": ["1 Dec 2025 - 30 Nov 2026"], "service_end": ["1 Dec 2025 - 30 Nov 2026"]},
        aliases=("P_HK", "C_YX"), renewal=True,
        notes="Apple Mail in English (UTF-8 QP, sent through Google Workspace); 'Contract quota: 120 leads', 'Leads pushed to "
              "date: 75', period '1 Dec 2025 - 30 Nov 2026'; 60 % lead trigger (time 55 %); '60%', 'About 50', '6 orders', "
              "'remaining 45' and the renewal wish '150 leads' are distractors.")


@entry
def E5():
    rng = R("E5")
    d = dt(2026, 9, 28, 22, 4, 10)
    m = dict(from_name="李春梅", addr="lichunmei@cchuishang.com", date=d, subject="Appeal: 滇峰制冷 10928871")
    m["blocks"] = [
        "总部好，\n\nPartner: 昆明春城汇商网络科技有限公司\nClient: 昆明官渡滇峰制冷设备有限公司\nLead ID: 10928871\n"
        "Push time: 2026-09-28 2:15 pm\nFeedback time: 2026-09-28 9:40 pm\n"
        "Reason: product mismatch — 需求者要的是家用空调，客户只做冷库和制冰机（第5条）\n\n李春梅\n春城汇商 客服"]
    eml = qq_family(m, rng, wecom=True)
    return m, eml, dict(
        kind="appeal", client="WeCom / Tencent Exmail", family="english",
        fields=fields(partner=full("P_KM"), client=full("C_DF"), lead_ids=["10928871"],
                      pushed_at=iso(2026, 9, 28, 14, 15), objected_at=iso(2026, 9, 28, 21, 40), reason_code=5),
        source_text={"pushed_at": ["2026-09-28 2:15 pm"], "objected_at": ["2026-09-28 9:40 pm"], "reason_code": ["第5条"]},
        aliases=("P_KM", "C_DF"),
        notes="WeCom (UTF-8 base64): English labels with Chinese values ('Push time', 'Feedback time'); 12-hour times "
              "'2:15 pm' / '9:40 pm' (7h25m, inside the window); reason 'product mismatch — …（第5条）' mixing both languages; "
              "8-digit lead id; sent at 22:04.")


@entry
def E6():
    rng = R("E6")
    d = dt(2026, 7, 14, 15, 2, 9)
    m = dict(from_name="Kelvin Cheung", addr="kelvin.cheung@hangwui.com.hk", date=d, subject="Fwd: Wrong lead today")
    own = ("Hi HQ,\n\nPlease see the client's email below. They ask for this lead not to be counted: the requester wanted "
           "commercial cleaning services for its offices, which is outside the client's industry.\n\nLead ID: SJ20260714-0085\n"
           "Pushed: 14 July 2026, 9:05 am. The client emailed us the same day at 2:32 pm, within 8 hours.\n\nThanks,\n"
           "Kelvin Cheung\nHang Wui Commerce Technology Limited\n")
    fwd_head = ("---------- Forwarded message ---------\nFrom: Raymond Lau <raymond.lau@winghing-pack.com.hk>\n"
                "Date: Tue, 14 Jul 2026 at 14:32\nSubject: Wrong lead today\nTo: Kelvin Cheung <kelvin.cheung@hangwui.com.hk>\n\n")
    fwd_body = ("Hi Kelvin,\n\nThe lead you sent this morning (SJ20260714-0085) is from a property management company looking for "
                "office cleaning contractors. We make carton sealing and strapping machines, so this has nothing to do with our "
                "business. Please ask HQ not to count it.\n\nRegards,\nRaymond Lau\nSales Manager\n"
                "Wing Hing Packaging Machinery Co., Ltd.\nTel: +852 2410 5563\n")
    fwd_html = ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>'
                'From: <strong class="gmail_sendername" dir="auto">Raymond Lau</strong> <span dir="auto">&lt;raymond.lau@winghing-pack.com.hk&gt;</span><br>'
                "Date: Tue, 14 Jul 2026 at 14:32<br>Subject: Wrong lead today<br>To: Kelvin Cheung &lt;kelvin.cheung@hangwui.com.hk&gt;<br></div>"
                '<br><br><div dir="ltr">' + brs(fwd_body) + "</div></div>")
    m["blocks"] = [own, Quote(fwd_head + fwd_body, fwd_html)]
    eml = gmail(m, rng)
    return m, eml, dict(
        kind="appeal", client="Gmail (Google Workspace)", family="english",
        fields=fields(partner=full("P_HK"), client=full("C_YX"), lead_ids=["SJ20260714-0085"],
                      pushed_at=iso(2026, 7, 14, 9, 5), objected_at=iso(2026, 7, 14, 14, 32), reason_code=4),
        source_text={"pushed_at": ["14 July 2026, 9:05 am"],
                     "objected_at": ["14 July 2026, 9:05 am. The client emailed us the same day at 2:32 pm"],
                     "reason_code": ["outside the client's industry"]},
        aliases=("P_HK", "C_YX"),
        notes="Gmail 'Fwd:' with Gmail's '---------- Forwarded message ---------' block: the client's full name is only in "
              "the forwarded mail's signature; the partner writes the times in English ('14 July 2026, 9:05 am', 'the same day "
              "at 2:32 pm'); code 4 in English words ('outside the client's industry'); '8 hours' and the phone number are "
              "distractors; no partner label, only the signature.")


@entry
def E7():
    rng = R("E7")
    d = dt(2026, 9, 15, 14, 48, 20)
    m = dict(from_name="郑雅文", addr="zhengyawen@ldyunshang.com", date=d, subject="鑫泰阀门 商机汇总反馈 / Lead summary")
    m["blocks"] = [
        "总部您好：\n\n鑫泰阀门的推送量已经过了合同的60%，汇总反馈如下：\n\nClient: 厦门海沧鑫泰阀门有限公司\nQuota: 200 leads\n"
        "Delivered: 141 leads (70.5%)\nContract period: Mar 1, 2026 – Feb 28, 2027\n\n"
        "客户情况分析：141条中精准约110条，主要是闸阀、截止阀和球阀；成交了9笔，其中2笔是出口订单。不精准的主要是水龙头、卫浴阀门。\n"
        "建议解决方案：剩余59条多往化工、水务工程公司推。客户对效果满意，明确表示会续费，希望续费后商机数保持200条。\n\n"
        "Best regards,\nAmy Zheng\nAccount Manager | Xiamen Ludao Yunshang Network Technology Co., Ltd.\n"
        "Tel: +86 592 5318 266 | Mobile: +86 138 5920 4417\nRm 1608, 16F, Guanyinshan Business Center, Siming District, Xiamen"]
    eml = dingtalk(m, rng)
    return m, eml, dict(
        kind="summary", client="DingTalk mail (Alimail; approximated)", family="english",
        fields=fields(partner=full("P_XM"), client=full("C_XT"), quota=200, pushed_count=141,
                      service_start="2026-03-01", service_end="2027-02-28"),
        source_text={"quota": ["Quota: 200 leads"], "pushed_count": ["Delivered: 141 leads"],
                     "service_start": ["Mar 1, 2026 – Feb 28, 2027"], "service_end": ["Mar 1, 2026 – Feb 28, 2027"]},
        aliases=("P_XM", "C_XT"), renewal=True,
        notes="DingTalk mail (UTF-8 base64 text + html): Chinese prose with English labels ('Quota', 'Delivered', 'Contract "
              "period: Mar 1, 2026 – Feb 28, 2027' with an en dash); the partner only in the English signature block (Tel / "
              "Mobile / address lines follow it); 60 % lead trigger (70.5 %, time 54 %); '110条', '9笔', '剩余59条', "
              "'200条' (renewal wish) and '70.5%' are distractors.")


# ============================ family: dates without a year, inherited am/pm, periods ============================

@entry
def D1():
    rng = R("D1")
    d = dt(2026, 1, 2, 9, 26, 33)
    m = dict(from_name="熊慧", addr="xionghui_nc@163.com", date=d, subject="赣发包装 商机申诉（12月31日那条）")
    m["blocks"] = [
        "总部老师好：\n\n赣发包装12月31日下午3点10分推送的一条商机（编号SJ20251231-0046），客户4点半反馈说对方留的电话是空号，拨了好几次"
        "都打不通，申请不计入。元旦放假耽误了两天，今天补交申诉。\n\n合作商：南昌洪城商通网络科技有限公司\n"
        "付费客户：南昌青山湖赣发包装机械有限公司\n\n附件是客户的拨号记录截图。\n\n熊慧\n洪城商通 客服部\n电话：0791-88625173"]
    m["atts"] = [Att("拨号记录截图.png", "image/png", png_bytes(screen_calllog(rng)), "image/png")]
    eml = coremail(m, rng)
    return m, eml, dict(
        kind="appeal", client="163 webmail (Coremail)", family="dates",
        fields=fields(partner=full("P_NC"), client=full("C_GF"), lead_ids=["SJ20251231-0046"],
                      pushed_at=iso(2025, 12, 31, 15, 10), objected_at=iso(2025, 12, 31, 16, 30), reason_code=3),
        source_text={"pushed_at": ["12月31日下午3点10分"],
                     "objected_at": ["12月31日下午3点10分推送的一条商机（编号SJ20251231-0046），客户4点半"],
                     "reason_code": ["空号"]},
        aliases=("P_NC", "C_GF"),
        notes="163 webmail (GBK base64) dated Friday 2 January 2026: '12月31日' has no year and is last year's "
              "(2025-12-31, the most recent 31 December not after the Date header); '客户4点半反馈' inherits 下午 from "
              "'下午3点10分推送' -> 16:30; code 3 from '空号'; '两天' and the phone number are distractors; PNG call log.")


@entry
def D2():
    rng = R("D2")
    d = dt(2026, 1, 6, 10, 12, 5)
    m = dict(from_name="周振华", addr="zhouzhenhua@lcqilian.cn", date=d, subject="晟达减速机商机申诉-SJ20260105-0112")
    m["blocks"] = [
        "总部：\n\n常州武进晟达减速机有限公司反馈，昨天晚上8点10分推送的商机SJ20260105-0112，需求者自称是南京一家环保设备厂，要采购20台"
        "K系列螺旋锥齿轮减速机，客户今天早上9时20分回电时对方支支吾吾，后来承认是同行的业务员，来打听出厂价的。申请按同行恶意询价不计入。\n\n"
        "推送时间和反馈时间隔了13个小时，是因为推送时客户已经下班，麻烦总部酌情处理。客户回电录音在附件。\n\n"
        "合作商：常州龙城企链信息技术有限公司\n\n周振华\n龙城企链 客服部\n电话：0519-86327715"]
    m["atts"] = [Att("回电录音.wav", "audio/wav", make_wav(rng, 2), "audio/wav")]
    h, ip = host_ip(rng, m["addr"])
    eml = foxmail(m, rng, h, ip)
    return m, eml, dict(
        kind="appeal", client="Foxmail 7.2", family="dates",
        fields=fields(partner=full("P_CZ"), client=full("C_SD"), lead_ids=["SJ20260105-0112"],
                      pushed_at=iso(2026, 1, 5, 20, 10), objected_at=iso(2026, 1, 6, 9, 20), reason_code=1),
        source_text={"pushed_at": ["昨天晚上8点10分"], "objected_at": ["今天早上9时20分"], "reason_code": ["同行恶意询价"]},
        aliases=("P_CZ", "C_SD"),
        notes="Foxmail 7.2 (gb2312 label): '昨天晚上8点10分' (20:10 the day before the Date header) and '今天早上9时20分' "
              "(时 instead of 点); 13h10m, outside the 8-hour window (the partner says so); code 1 with a WAV recording; "
              "'20台', 'K系列', '13个小时' are distractors.")


@entry
def D3():
    rng = R("D3")
    d = dt(2026, 2, 10, 14, 35, 50)
    m = dict(from_name="丁浩", addr="dinghao@ssyunlian.com", date=d, subject="宁塬农机商机申诉 SJ20260210-0035")
    m["blocks"] = [
        "总部好，\n\n今天上午10点多推送给宁塬农机的一条商机（SJ20260210-0035），客户中午12点20打电话过来反馈：需求者要买的是拖拉机配件"
        "（离合器片、刹车片），客户只生产青贮饲料收获机和打捆机，不卖任何拖拉机配件，产品和客户经营的不一致，申请不计入（第5条）。\n\n"
        "合作商：银川塞上云联网络科技有限公司\n付费客户：银川西夏宁塬农牧机械有限公司\n\n丁浩\n塞上云联"]
    eml = qq_family(m, rng, wecom=True)
    return m, eml, dict(
        kind="appeal", client="WeCom / Tencent Exmail", family="dates",
        fields=fields(partner=full("P_YC"), client=full("C_NY"), lead_ids=["SJ20260210-0035"],
                      pushed_at=iso(2026, 2, 10, 10, 0), objected_at=iso(2026, 2, 10, 12, 20), reason_code=5),
        source_text={"pushed_at": ["今天上午10点多"], "objected_at": ["中午12点20"], "reason_code": ["第5条"]},
        aliases=("P_YC", "C_NY"),
        notes="WeCom (UTF-8): '今天上午10点多' gives the hour only - labelled 10:00 (the minutes are unknown; a clerk records "
              "the hour as written); '中午12点20' -> 12:20; code 5 as '第5条'; no attachment (none needed).")


@entry
def D4():
    rng = R("D4")
    d = dt(2026, 1, 8, 16, 5, 27)
    m = dict(from_name="马晓军", addr="maxiaojun@jclianke.com", date=d, subject="陇原石化商机申诉")
    m["blocks"] = [
        "总部老师好：\n合作商：兰州金城链客信息科技有限公司\n付费客户：兰州安宁陇原石化设备有限公司\n商机编号：SJ20260108-0021\n"
        "推送时间：1月8日 11:40\n客户反馈时间：当天2:15 pm\n申诉理由：行业不符。客户做的是石化压力容器和换热器，需求者要的是家用净水器滤芯，"
        "完全不是一个行业。\n麻烦总部判定，谢谢！\n马晓军\n金城链客"]
    eml = dingtalk(m, rng, html_only=True)
    return m, eml, dict(
        kind="appeal", client="DingTalk mail (Alimail, HTML only; approximated)", family="dates",
        fields=fields(partner=full("P_LZ"), client=full("C_LY"), lead_ids=["SJ20260108-0021"],
                      pushed_at=iso(2026, 1, 8, 11, 40), objected_at=iso(2026, 1, 8, 14, 15), reason_code=4),
        source_text={"pushed_at": ["1月8日 11:40"], "objected_at": ["当天2:15 pm"], "reason_code": ["行业不符"]},
        aliases=("P_LZ", "C_LY"),
        notes="DingTalk mail with one text/html part (UTF-8 base64, no text alternative, a <div> per line); '当天2:15 pm' - a "
              "Chinese writer using a 12-hour English time -> 14:15 on 1月8日; code 4 (行业不符).")


@entry
def D5():
    rng = R("D5")
    d = dt(2026, 9, 8, 15, 40, 3)
    m = dict(from_name="杨帆", addr="yangfan@zcshulian.com", date=d, subject="黔匠矿机 商机汇总反馈")
    m["blocks"] = [
        "总部您好：\n\n黔匠矿机的推送进度已经超过60%，汇总如下：\n\n合作商：贵阳筑城数联网络科技有限公司\n付费客户：贵阳白云黔匠矿山机械有限公司\n"
        "合同商机：150条\n已推送：92条\n服务期：2026.3.1-2027.2.28\n\n一、客户情况分析\n1. 精准约60条，主要是颚式破碎机、圆锥破碎机、振动筛；\n"
        "2. 成交4台，其中1台是PE600×900颚破；\n3. 不精准的多是问砂石料销售和矿山承包。\n\n二、建议解决方案\n"
        "1. 剩余58条多往砂石厂、水泥厂推；\n2. 客户表示有续费意向，希望续费后每月推送量更平均一些。\n\n杨帆\n筑城数联 客服部\n电话：0851-85862213"]
    h, ip = host_ip(rng, m["addr"])
    eml = outlook(m, rng, h, ip)
    return m, eml, dict(
        kind="summary", client="Outlook 16 (zh-CN)", family="dates",
        fields=fields(partner=full("P_GY"), client=full("C_QJ"), quota=150, pushed_count=92,
                      service_start="2026-03-01", service_end="2027-02-28"),
        source_text={"quota": ["合同商机：150条"], "pushed_count": ["已推送：92条"], "service_start": ["2026.3.1-2027.2.28"],
                     "service_end": ["2026.3.1-2027.2.28"]},
        aliases=("P_GY", "C_QJ"), renewal=True,
        notes="Outlook 16 zh-CN (gb2312 base64); period '2026.3.1-2027.2.28' (dots, no zero padding, a plain hyphen between "
              "the dates); 60 % lead trigger (61 %, time 52 %); '约60条', '4台', 'PE600×900', '剩余58条' are distractors.")


@entry
def D6():
    rng = R("D6")
    d = dt(2026, 10, 12, 10, 18, 36)
    m = dict(from_name="普丽", addr="3265019874@qq.com", date=d, subject="云岭包装商机汇总反馈")
    m["blocks"] = [
        "总部老师好：\n\n合作商：昆明春城汇商网络科技有限公司\n付费客户：昆明呈贡云岭包装机械有限公司\n\n云岭包装的服务期是2026年3月至次年2月，"
        "合同120条商机，到目前已推送75条，超过了六成，汇总反馈如下：\n客户情况分析：75条里精准的有五十多条，主要是枕式包装机和立式颗粒包装机，"
        "成交了6台；不精准的多是问包装袋印刷和二手设备。\n建议解决方案：剩余商机多推云南的茶叶、咖啡和食品加工企业。客户续费意向还不明确，"
        "要看年底的销售情况。\n\n普丽\n春城汇商 客服部"]
    eml = qq_family(m, rng)
    return m, eml, dict(
        kind="summary", client="QQ Mail", family="dates",
        fields=fields(partner=full("P_KM"), client=full("C_YL"), quota=120, pushed_count=75,
                      service_start="2026-03-01", service_end="2027-02-28"),
        source_text={"quota": ["合同120条"], "pushed_count": ["已推送75条"], "service_start": ["2026年3月至次年2月"],
                     "service_end": ["2026年3月至次年2月"]},
        aliases=("P_KM", "C_YL"), renewal=None,
        notes="QQ Mail (gb18030): the period only as months, '2026年3月至次年2月' -> 2026-03-01 .. 2027-02-28 (first day of the "
              "first month, last day of the last; 次年 = the following year); 60 % lead trigger (62.5 %, time 62 %); "
              "'五十多条', '6台', '六成' are distractors; renewal undecided.")


@entry
def D7():
    rng = R("D7")
    d = dt(2026, 9, 28, 16, 52, 10)
    m = dict(from_name="乌日娜", addr="urina@qcshanghui.com", date=d, subject="草原乳机商机汇总（服务期已过七成）")
    m["blocks"] = [
        "总部好，\n\n草原乳机（呼和浩特金桥草原乳品机械有限公司）是1月10日起签的，服务期一年，到今天服务期已经过了七成。合同商机100条，"
        "目前推了58条。\n\n客户情况：推送的商机里精准的有四十条左右，主要是巴氏杀菌机、均质机和酸奶发酵罐，成交了5单；不精准的多是问"
        "奶茶店设备和家用酸奶机。\n建议：剩余商机多往内蒙古、黑龙江、河北的乳制品厂和牧场推。客户明确说明年不再续费，预算转去做展会了。\n\n"
        "乌日娜\n呼和浩特青城商汇网络科技有限公司"]
    h, ip = host_ip(rng, m["addr"])
    eml = apple_mail(m, rng, h, ip)
    return m, eml, dict(
        kind="summary", client="Apple Mail (macOS)", family="dates",
        fields=fields(partner=full("P_HH"), client=full("C_CY"), quota=100, pushed_count=58,
                      service_start="2026-01-10", service_end="2027-01-09"),
        source_text={"quota": ["合同商机100条"], "pushed_count": ["目前推了58条"], "service_start": ["1月10日起签的，服务期一年"],
                     "service_end": ["1月10日起签的，服务期一年"]},
        aliases=("P_HH", "C_CY"), renewal=False,
        notes="Apple Mail prose: the period as '1月10日起签的，服务期一年' - start 2026-01-10 (no year: the most recent 10 January "
              "not after the Date header), end 2027-01-09 (one year, the day before the anniversary, as the samples' periods "
              "run); 70 % time trigger (71.5 %, leads 58 %); '四十条左右', '5单', '七成' are distractors; no renewal.")


@entry
def D8():
    rng = R("D8")
    d = dt(2026, 1, 4, 9, 40, 22)
    m = dict(from_name="白志刚", addr="baizhigang@qcshanghui.com", date=d, subject="Fwd: 12月30日那条商机申请不计入")
    own = ("总部好，\n\n转发草原乳机销售的邮件，12月30日上午9时20分推送的商机SJ20251230-0078，客户当天下午1时5分反馈微信加不上，元旦前没来得及"
           "提交，现在补上，请总部判定。\n\n合作商：呼和浩特青城商汇网络科技有限公司\n\n白志刚\n")
    fwd = ("\n-------- 转发的消息 --------\n主题：\t12月30日那条商机申请不计入\n日期：\tTue, 30 Dec 2025 13:05:44 +0800\n"
           "发件人：\t宝音 <baoyin@caoyuanrj.com>\n收件人：\t白志刚 <baizhigang@qcshanghui.com>\n\n\n白经理：\n\n"
           "今天上午推过来的那条商机，需求者只留了一个微信号，我们销售从中午开始加了好几次都提示“对方已设置不允许通过搜索添加”，电话也没留，"
           "没法联系。这条麻烦帮我们申请不计入。\n\n宝音\n呼和浩特金桥草原乳品机械有限公司 销售部\n")
    m["blocks"] = [own, Quote(fwd)]
    h, ip = host_ip(rng, m["addr"])
    eml = thunderbird(m, rng, h, ip, with_html=True)
    return m, eml, dict(
        kind="appeal", client="Thunderbird", family="dates",
        fields=fields(partner=full("P_HH"), client=full("C_CY"), lead_ids=["SJ20251230-0078"],
                      pushed_at=iso(2025, 12, 30, 9, 20), objected_at=iso(2025, 12, 30, 13, 5), reason_code=2),
        source_text={"pushed_at": ["12月30日上午9时20分"], "objected_at": ["12月30日上午9时20分推送的商机SJ20251230-0078，客户当天下午1时5分"],
                     "reason_code": ["微信加不上"]},
        aliases=("P_HH", "C_CY"),
        notes="Thunderbird 'Fwd:' (UTF-8 8bit text + html) with Thunderbird's inline '-------- 转发的消息 --------' block, dated "
              "Sunday 4 January 2026 (a make-up working day): '12月30日' is 2025-12-30; times '上午9时20分' / '当天下午1时5分' "
              "(时 for 点, single-digit minutes); the client's full name only in the forwarded signature; code 2 in words.")


# ============================ family: numbers and ids as people write them ============================

@entry
def N1():
    rng = R("N1")
    d = dt(2026, 7, 20, 16, 8, 45)
    m = dict(from_name="华晓东", addr="huaxiaodong@xshulian.com", date=d, subject="锡达环保商机汇总反馈")
    m["blocks"] = [
        "总部您好：\n\n锡达环保的商机已推送六十二条，超过合同数量的百分之六十，汇总如下：\n\n合作商：无锡锡商互联网络科技有限公司\n"
        "付费客户：无锡新吴锡达环保设备有限公司\n合同商机：一百条\n已推送：六十二条\n服务期：2025年12月1日至2026年11月30日\n\n"
        "客户情况分析：六十二条里精准的有四十五条左右，主要是RTO蓄热式焚烧炉、活性炭吸附箱和布袋除尘器；已签合同3个。不精准的集中在家用空气净化器"
        "和环评咨询。\n建议解决方案：剩余三十八条多推化工园区、涂装厂和印刷厂；客户有续费意向，希望续费时增加到一百五十条。\n\n华晓东\n锡商互联 客服部"]
    h, ip = host_ip(rng, m["addr"])
    eml = foxmail(m, rng, h, ip)
    return m, eml, dict(
        kind="summary", client="Foxmail 7.2", family="numbers",
        fields=fields(partner=full("P_WX"), client=full("C_XD"), quota=100, pushed_count=62,
                      service_start="2025-12-01", service_end="2026-11-30"),
        source_text={"quota": ["合同商机：一百条"], "pushed_count": ["已推送：六十二条"],
                     "service_start": ["2025年12月1日至2026年11月30日"], "service_end": ["2025年12月1日至2026年11月30日"]},
        aliases=("P_WX", "C_XD"), renewal=True,
        notes="Foxmail 7.2: every count in Chinese numerals ('一百条', '已推送六十二条', '百分之六十'); 60 % lead trigger (62 %; "
              "time 63 %); '四十五条左右', '3个', '剩余三十八条' and the "
              "renewal wish '一百五十条' are distractors.")


@entry
def N2():
    rng = R("N2")
    d = dt(2026, 8, 24, 9, 55, 17)
    m = dict(from_name="熊慧", addr="xionghui_nc@163.com", date=d, subject="洪泰模具 商机汇总反馈（推送过60%）")
    m["blocks"] = [
        "总部老师好：\n\n合作商：南昌洪城商通网络科技有限公司\n付费客户：南昌小蓝洪泰汽配模具有限公司\n合同商机数：壹佰伍拾条\n已推送：玖拾壹条\n"
        "服务期：2026年2月1日-2027年1月31日\n\n一、客户情况分析：玖拾壹条里精准六十条左右，主要是汽车冲压模具、注塑模具；成交模具订单7套。"
        "不精准的多是问模具培训和二手模具。\n二、建议解决方案：剩余商机多推主机厂的一级、二级配套厂。客户有续费打算。\n\n熊慧\n洪城商通 客服部"]
    eml = coremail(m, rng)
    return m, eml, dict(
        kind="summary", client="163 webmail (Coremail)", family="numbers",
        fields=fields(partner=full("P_NC"), client=full("C_HT"), quota=150, pushed_count=91,
                      service_start="2026-02-01", service_end="2027-01-31"),
        source_text={"quota": ["合同商机数：壹佰伍拾条"], "pushed_count": ["已推送：玖拾壹条"],
                     "service_start": ["2026年2月1日-2027年1月31日"], "service_end": ["2026年2月1日-2027年1月31日"]},
        aliases=("P_NC", "C_HT"), renewal=True,
        notes="163 webmail (GBK): quota and pushed count in financial (banker's) numerals, '壹佰伍拾条' = 150 and '玖拾壹条' = 91, "
              "as written on contracts; 60 % lead trigger (60.7 %, time 56 %); '六十条左右', '7套', '一级、二级' are distractors.")


@entry
def N3():
    rng = R("N3")
    d = dt(2026, 9, 21, 15, 3, 28)
    m = dict(from_name="许文静", addr="2718846035@qq.com", date=d, subject="鑫泰阀门5条商机反馈和调整建议")
    m["blocks"] = [
        "总部老师好：\n\n合作商：厦门鹭岛云商网络科技有限公司\n付费客户：厦门海沧鑫泰阀门有限公司\n\n本批商机为SJ20260915-0031 至 SJ20260915-0035 "
        "共5条，客户反馈如下：\n0031、0033：精准，已报价（DN150闸阀、DN80截止阀）\n0032：不精准，要的是卫浴水龙头\n"
        "0034、0035：不精准，问二手阀门回收\n\n调整建议：\n删除关键词：水龙头、二手阀门\n新增关键词：电动蝶阀、不锈钢球阀\n"
        "不做产品：卫浴五金、二手阀门回收\n\n许文静\n鹭岛云商"]
    eml = qq_family(m, rng)
    ids = [f"SJ20260915-{n:04d}" for n in range(31, 36)]
    return m, eml, dict(
        kind="adjustment", client="QQ Mail", family="numbers",
        fields=fields(partner=cn_full("P_XM"), client=full("C_XT"), lead_ids=ids, lead_count=5),
        source_text={"lead_ids": ["SJ20260915-0031 至 SJ20260915-0035 共5条"], "lead_count": ["共5条"]},
        aliases=("P_XM", "C_XT"),
        extra={"keywords_add": ["电动蝶阀", "不锈钢球阀"], "keywords_remove": ["水龙头", "二手阀门"],
               "excluded_products": ["卫浴五金", "二手阀门回收"], "audience": []},
        notes="QQ Mail (gb18030): the leads as a range 'SJ20260915-0031 至 SJ20260915-0035 共5条' - expanded to the five ids "
              "(a clerk records every lead the partner means); the feedback lines refer to the leads by their last four "
              "digits only ('0031、0033'), which are not new ids; 'DN150', 'DN80' are distractors.")


@entry
def N4():
    rng = R("N4")
    d = dt(2026, 9, 22, 13, 26, 9)
    m = dict(from_name="沈佳", addr="shenjia@lcqilian.cn", date=d, subject="嘉科干燥2条商机申诉（同一同行）")
    m["blocks"] = [
        "总部您好：\n\n嘉科干燥今天上午有两条商机是同一个同行换了两个号码来套价的，申请不计入：\n\n合作商：常州龙城企链信息技术有限公司\n"
        "付费客户：常州金坛嘉科干燥设备有限公司\n商机编号：SJ20260922-0019/0020\n推送时间：2026-09-22 09:35（两条同时推送）\n"
        "客户反馈时间：2026-09-22 11:10\n申诉理由：同行恶意骚扰（判定标准第1条）\n情况说明：两条留言都是问闪蒸干燥机和喷雾干燥塔的出厂价和"
        "电加热功率，留言公司名一个是“金坛某化工”，一个是“溧阳某食品”，客户回拨后发现接电话的是同一个人，对方承认自己是做干燥设备的。\n\n"
        "回拨录音见附件。\n\n沈佳\n龙城企链 客服部\n电话：0519-86327720"]
    m["atts"] = [Att("回拨录音0922.amr", "audio/amr", make_amr(rng, 5), "audio/amr")]
    h, ip = host_ip(rng, m["addr"])
    eml = outlook(m, rng, h, ip)
    return m, eml, dict(
        kind="appeal", client="Outlook 16 (zh-CN)", family="numbers",
        fields=fields(partner=full("P_CZ"), client=full("C_JK"), lead_ids=["SJ20260922-0019", "SJ20260922-0020"],
                      pushed_at=iso(2026, 9, 22, 9, 35), objected_at=iso(2026, 9, 22, 11, 10), reason_code=1),
        source_text={"lead_ids": ["SJ20260922-0019/0020"], "pushed_at": ["2026-09-22 09:35"], "objected_at": ["2026-09-22 11:10"],
                     "reason_code": ["第1条"]},
        aliases=("P_CZ", "C_JK"),
        notes="Outlook 16 zh-CN: two leads in id shorthand 'SJ20260922-0019/0020' -> SJ20260922-0019 and SJ20260922-0020; "
              "code 1 with an AMR recording; '两条', '两个号码' and the phone number are distractors.")


@entry
def N5():
    rng = R("N5")
    d = dt(2026, 10, 12, 16, 20, 40)
    rows = [["合作商", "贵阳筑城数联网络科技有限公司"], ["付费客户", "贵阳白云黔匠矿山机械有限公司"],
            ["商机编号", "SJ20261012\u20130044、SJ20261012\u20130045"], ["推送时间", "10月12日 10:05"], ["客户反馈时间", "10月12日 15:30"],
            ["申诉理由", "需求者留微信，微信如何都加不上（第2条）"],
            ["情况说明", "两条商机的需求者都只留了微信号，没有手机号，客户从中午开始每隔一小时加一次，一直提示“对方账号异常”。"]]
    docx_b = docx_file("罗婷", "2026-10-12T08:05:00Z", [("title", "商机申诉书"), ("table", rows)])
    doc = Att("商机申诉书-黔匠矿机.docx", CT_DOCX, docx_b, CT_DOCX)
    img = Att("IMG_2317.PNG", "image/png", png_bytes(screen_search(rng, 300, 560)), "image/png", inline=True)
    m = dict(from_name="罗婷", addr="luoting@zcshulian.com", date=d, subject="黔匠矿机两条商机申诉", atts=[doc, img])
    m["segments"] = [
        "总部好：\n\n黔匠矿机今天的两条商机SJ20261012\uff0d0044、SJ20261012\u20140045，需求者都只留了微信，客户一直加不上，申请不计入。"
        "申诉书和截图见附件。\n\n", doc, "\n", img, "\n\n罗婷\n筑城数联\n\n发自我的iPhone\n"]
    h, ip = host_ip(rng, m["addr"])
    eml = iphone(m, rng, h, ip)
    return m, eml, dict(
        kind="appeal", client="iPhone Mail", family="numbers",
        fields=fields(partner=full("P_GY"), client=full("C_QJ"), lead_ids=["SJ20261012-0044", "SJ20261012-0045"],
                      pushed_at=iso(2026, 10, 12, 10, 5), objected_at=iso(2026, 10, 12, 15, 30), reason_code=2),
        source_text={"lead_ids": ["SJ20261012\uff0d0044、SJ20261012\u20140045"], "pushed_at": ["10月12日 10:05"],
                     "objected_at": ["10月12日 15:30"], "reason_code": ["第2条"]},
        aliases=("P_GY", "C_QJ"),
        notes="iPhone Mail (UTF-8 QP around a .docx and an inline PNG): the ids are typed with look-alike dashes - a "
              "full-width hyphen U+FF0D and an em dash U+2014 in the body, en dashes U+2013 (Word autocorrect) in the form; "
              "all are the same two ids with an ASCII hyphen-minus (NFKC alone leaves U+2013/U+2014, a clerk does not); "
              "the RFC 2231 .docx name; code 2.")


@entry
def N6():
    rng = R("N6")
    d = dt(2026, 8, 10, 11, 2, 33)
    m = dict(from_name="张薇", addr="zhangwei@jclianke.com", date=d, subject="陇原石化近五条商机反馈")
    m["blocks"] = [
        "总部好，\n\n陇原石化最近推送的SJ20260803-0012、0015、0018、0021、0026这五条商机，客户跟进后的反馈：\n0012 精准，列管式换热器，已报价\n"
        "0015 不精准，要的是家用燃气热水器\n0018 精准，储罐，在谈\n0021 精准，反应釜，已成交1台\n0026 不精准，要的是换热器清洗服务\n\n"
        "建议：\n1. 新增关键词：列管式换热器、不锈钢反应釜\n2. 删除关键词：热水器、换热器清洗\n3. 不做产品：民用热水设备、设备清洗服务\n\n"
        "合作商：兰州金城链客信息科技有限公司\n客户：兰州安宁陇原石化设备有限公司\n\n张薇\n金城链客"]
    h, ip = host_ip(rng, m["addr"])
    eml = apple_mail(m, rng, h, ip)
    ids = ["SJ20260803-0012", "SJ20260803-0015", "SJ20260803-0018", "SJ20260803-0021", "SJ20260803-0026"]
    return m, eml, dict(
        kind="adjustment", client="Apple Mail (macOS)", family="numbers",
        fields=fields(partner=full("P_LZ"), client=full("C_LY"), lead_ids=ids, lead_count=5),
        source_text={"lead_ids": ["SJ20260803-0012、0015、0018、0021、0026"], "lead_count": ["这五条"]},
        aliases=("P_LZ", "C_LY"),
        extra={"keywords_add": ["列管式换热器", "不锈钢反应釜"], "keywords_remove": ["热水器", "换热器清洗"],
               "excluded_products": ["民用热水设备", "设备清洗服务"], "audience": []},
        notes="Apple Mail (UTF-8 QP): five ids written 'SJ20260803-0012、0015、0018、0021、0026' (the prefix once, then the "
              "suffixes) -> five full ids; the count in words ('这五条'); the feedback lines start with the bare suffixes; "
              "'1台' and the list numbers are distractors.")


@entry
def N7():
    rng = R("N7")
    d = dt(2026, 7, 28, 10, 40, 16)
    m = dict(from_name="丁浩", addr="dinghao@ssyunlian.com", date=d, subject="宁塬农机商机汇总反馈（服务期过七成）")
    m["blocks"] = [
        "总部您好：\n\n宁塬农机的服务期已经过了七成，汇总反馈如下：\n合作商：银川塞上云联网络科技有限公司\n付费客户：银川西夏宁塬农牧机械有限公司\n"
        "合同商机：两百条\n已推送：一百零八条\n服务期：2025年10月8日至2026年10月7日\n\n一、客户情况分析：一百零八条里精准的有七十多条，主要是"
        "青贮收获机和方草捆打捆机，成交了11台；今年宁夏雨水少，牧场采购推迟，推送的量消化得慢。\n二、建议解决方案：剩余九十二条多往内蒙古、甘肃的"
        "牧场和农机合作社推。客户今年资金紧张，明确表示暂不续费。\n\n丁浩\n塞上云联"]
    eml = dingtalk(m, rng)
    return m, eml, dict(
        kind="summary", client="DingTalk mail (Alimail; approximated)", family="numbers",
        fields=fields(partner=full("P_YC"), client=full("C_NY"), quota=200, pushed_count=108,
                      service_start="2025-10-08", service_end="2026-10-07"),
        source_text={"quota": ["合同商机：两百条"], "pushed_count": ["已推送：一百零八条"],
                     "service_start": ["2025年10月8日至2026年10月7日"], "service_end": ["2025年10月8日至2026年10月7日"]},
        aliases=("P_YC", "C_NY"), renewal=False,
        notes="DingTalk mail (UTF-8 text + html): '两百条' (两 for 二) and '一百零八条' (零 inside the number); 70 % time trigger "
              "(80 %, leads 54 %); '七十多条', '11台', '剩余九十二条' and '七成' are distractors; no renewal.")


# ============================ family: forms as people fill them ============================

@entry
def F1():
    rng = R("F1")
    d = dt(2026, 4, 21, 11, 15, 2)
    m = dict(from_name="钱立强", addr="1735826490@qq.com", date=d, subject="宏昇精密商机申诉书")
    m["blocks"] = ["总部老师好：\n\n宏昇精密今天早上的一条商机申请不计入，《商机申诉书》和微信搜索截图见附件，请判定。\n\n钱立强\n锡商互联"]
    items = [("title", "商机申诉书"),
             ("table", [["合作商", "无锡锡商互联网络科技有限公司"], ["付费客户", "无锡宏昇精密机械有限公司"], ["商机编号", "SJ20260421-0008"],
                        ["推送时间", "2026-04-21 08:50"], ["客户反馈时间", "2026-04-21 10:30"]]),
             ("p", "申诉理由（请在对应项打√）："),
             ("p", "☐ 1. 需求者属于同行恶意骚扰或不良询价（须附截图或录音）"),
             ("p", "☑ 2. 需求者留微信，微信如何都加不上"),
             ("p", "☐ 3. 需求者留错电话，或为个人/其他不对口企业"),
             ("p", "☐ 4. 需求者所需产品不符合客户行业"),
             ("p", "☐ 5. 需求者所需产品与客户经营产品不一致"),
             ("p", "情况说明：需求者咨询数控精密磨床，只留了微信号，客户搜索提示“该账号不存在”，共尝试4次。"),
             ("p", "申诉人：钱立强　　　　申诉日期：2026年4月21日")]
    m["atts"] = [Att("商机申诉书（宏昇精密）.docx", CT_DOCX, docx_file("钱立强", "2026-04-21T02:58:00Z", items), CT_DOCX),
                 Att("微信搜索截图.png", "image/png", png_bytes(screen_search(rng)), "image/png")]
    eml = qq_family(m, rng)
    return m, eml, dict(
        kind="appeal", client="QQ Mail", family="forms",
        fields=fields(partner=full("P_WX"), client=full("C_HS"), lead_ids=["SJ20260421-0008"],
                      pushed_at=iso(2026, 4, 21, 8, 50), objected_at=iso(2026, 4, 21, 10, 30), reason_code=2),
        source_text={"pushed_at": ["2026-04-21 08:50"], "objected_at": ["2026-04-21 10:30"], "reason_code": ["☑ 2. 需求者留微信"]},
        aliases=("P_WX", "C_HS"),
        notes="QQ Mail; a .docx 《商机申诉书》 whose reason is a check list of all five criteria with one ticked box "
              "('☑ 2.', the others '☐'): reason_code 2 (the unticked criteria are distractors, and so is the '打√' "
              "instruction); all fields only in the form, the body has short names; '4次' is a distractor.")


@entry
def F2():
    rng = R("F2")
    d = dt(2026, 6, 3, 15, 48, 31)
    m = dict(from_name="李春梅", addr="lichunmei@cchuishang.com", date=d, subject="滇峰制冷 商机申诉表")
    m["blocks"] = ["总部好，\n\n滇峰制冷的商机申诉表见附件，客户回拨的通话记录截图也一并附上。\n\n李春梅\n春城汇商 客服"]
    rows = [["商机申诉表", None, None, None],
            ["合作商", "昆明春城汇商网络科技有限公司", None, None],
            ["付费客户", "昆明官渡滇峰制冷设备有限公司", None, None],
            ["商机编号", "SJ20260603-0017", None, None],
            ["推送时间", local(2026, 6, 3, 9, 12), "客户反馈时间", local(2026, 6, 3, 13, 40)],
            ["申诉理由", "□ 同行恶意骚扰", "□ 微信加不上", "■ 留错电话/个人"],
            [None, "□ 行业不符", "□ 产品不一致", None],
            ["情况说明", "需求者留的手机号打过去是一位大学生，说是帮家里问冷库的价格，不是企业采购。", None, None],
            ["申诉人", "李春梅", "申诉日期", local(2026, 6, 3)]]
    xb = xlsx_file("李春梅", "2026-06-03T07:40:00Z", "申诉表", rows,
                   merges=["A1:D1", "B2:D2", "B3:D3", "B4:D4", "A6:A7", "B8:D8"], widths={"A": 14, "B": 24, "C": 16, "D": 22})
    m["atts"] = [Att("商机申诉表-滇峰制冷.xlsx", "application/octet-stream", xb, CT_XLSX),
                 Att("通话记录截图.jpg", "application/octet-stream", jpg_bytes(screen_calllog(rng, rows=8)), "image/jpeg")]
    eml = qq_family(m, rng, wecom=True)
    return m, eml, dict(
        kind="appeal", client="WeCom / Tencent Exmail", family="forms",
        fields=fields(partner=full("P_KM"), client=full("C_DF"), lead_ids=["SJ20260603-0017"],
                      pushed_at=iso(2026, 6, 3, 9, 12), objected_at=iso(2026, 6, 3, 13, 40), reason_code=3),
        source_text={"pushed_at": ["2026-06-03 09:12"], "objected_at": ["2026-06-03 13:40"], "reason_code": ["■ 留错电话/个人"]},
        aliases=("P_KM", "C_DF"),
        notes="WeCom; an .xlsx form (declared application/octet-stream) with merged cells (title A1:D1, values B2:D2 …, the "
              "reason label A6:A7) and real date-time cells, push and objection time on one row; the reason is the one "
              "filled square '■ 留错电话/个人' among '□' boxes -> code 3; JPEG call log also declared application/octet-stream.")


@entry
def F3():
    rng = R("F3")
    d = dt(2026, 5, 19, 17, 25, 48)
    m = dict(from_name="周振华", addr="zhouzhenhua@lcqilian.cn", date=d, subject="晟达减速机商机申诉书（推送时间待查）")
    m["blocks"] = ["总部：\n\n晟达减速机的商机申诉书见附件。推送时间客户那边没记下来，我们这边也查不到，麻烦总部后台查一下。\n\n周振华\n龙城企链"]
    lines = ["合作商：常州龙城企链信息技术有限公司", "付费客户：常州武进晟达减速机有限公司", "商机编号：SJ20260519-0063", "推送时间：",
             "客户反馈时间：2026年5月19日 15:10", "申诉理由：第4条（需求者所需产品不符合客户行业）",
             "情况说明：需求者是一家装修公司，要找人做厂房环氧地坪漆施工，和减速机行业无关。", "申诉人：周振华　　　日期：2026年5月19日"]
    rows = [[ln, "", "", ""] for ln in lines]
    items = [("title", "商机申诉书"), ("table", rows, [(i, 0, 3) for i in range(len(rows))])]
    m["atts"] = [Att("商机申诉书-晟达减速机.docx", CT_DOCX, docx_file("周振华", "2026-05-19T09:10:00Z", items), CT_DOCX)]
    h, ip = host_ip(rng, m["addr"])
    eml = foxmail(m, rng, h, ip)
    return m, eml, dict(
        kind="appeal", client="Foxmail 7.2", family="forms",
        fields=fields(partner=full("P_CZ"), client=full("C_SD"), lead_ids=["SJ20260519-0063"],
                      objected_at=iso(2026, 5, 19, 15, 10), reason_code=4),
        source_text={"objected_at": ["2026年5月19日 15:10"], "reason_code": ["第4条"]},
        aliases=("P_CZ", "C_SD"),
        notes="Foxmail 7.2; a .docx whose table rows are each ONE merged cell holding 'label：value'; the row '推送时间：' "
              "is announced but empty (the body says the partner cannot find it) -> pushed_at null and missing, not the next "
              "row's '客户反馈时间：2026年5月19日 15:10'; code 4 as '第4条'.")


@entry
def F4():
    rng = R("F4")
    d = dt(2026, 7, 2, 10, 45, 12)
    m = dict(from_name="杨帆", addr="yangfan@zcshulian.com", date=d, subject="黔匠矿机10条商机调整反馈表")
    m["blocks"] = ["总部您好：\n\n附件是黔匠矿机最近10条商机的调整反馈表，请按表中建议调整推广。\n\n杨帆\n贵阳筑城数联网络科技有限公司 客服部\n电话：0851-85862213"]
    data = [("SJ20260605-0011", "颚式破碎机", True, "已报价"), ("SJ20260608-0046", "砂石料采购", False, "客户不卖砂石"),
            ("SJ20260610-0023", "圆锥破碎机", True, "在谈"), ("SJ20260612-0057", "振动筛", True, "已成交1台"),
            ("SJ20260615-0009", "矿山承包", False, "客户不做工程"), ("SJ20260618-0038", "反击式破碎机", True, "已报价"),
            ("SJ20260622-0015", "制砂机", True, "在谈"), ("SJ20260624-0061", "二手破碎机", False, "客户不做二手"),
            ("SJ20260626-0027", "给料机", True, "已报价"), ("SJ20260630-0044", "球磨机", True, "在谈")]
    rows = [["商机调整反馈表", None, None, None, None, None],
            ["合作商", "贵阳筑城数联网络科技有限公司", None, None, None, None],
            ["客户", "贵阳白云黔匠矿山机械有限公司", None, None, None, None],
            ["反馈商机数", "共10条", None, None, None, None],
            ["序号", "商机编号", "需求产品", "精准", "不精准", "客户反馈"]]
    rows += [[i + 1, lid, prod, "√" if ok else None, None if ok else "√", note] for i, (lid, prod, ok, note) in enumerate(data)]
    rows += [["调整建议", "新增关键词：颚式破碎机、圆锥破碎机\n删除关键词：砂石料、矿山承包\n主要针对人群：砂石厂、矿山企业", None, None, None, None],
             ["不做产品", None, None, None, None, None]]
    xb = xlsx_file("杨帆", "2026-07-02T02:30:00Z", "调整反馈", rows,
                   merges=["A1:F1", "B2:F2", "B3:F3", "B4:F4", "B16:F16", "B17:F17"],
                   widths={"B": 18, "C": 14, "F": 16}, wrap_rows=(16,))
    m["atts"] = [Att("黔匠矿机商机调整反馈表.xlsx", CT_XLSX, xb, CT_XLSX)]
    h, ip = host_ip(rng, m["addr"])
    eml = outlook(m, rng, h, ip)
    return m, eml, dict(
        kind="adjustment", client="Outlook 16 (zh-CN)", family="forms",
        fields=fields(partner=full("P_GY"), client=full("C_QJ"), lead_ids=[r[0] for r in data], lead_count=10),
        source_text={"lead_count": ["共10条"]},
        aliases=("P_GY", "C_QJ"),
        extra={"keywords_add": ["颚式破碎机", "圆锥破碎机"], "keywords_remove": ["砂石料", "矿山承包"], "excluded_products": [],
               "audience": ["砂石厂", "矿山企业"]},
        notes="Outlook 16 zh-CN; an .xlsx with merged label/value rows, a 10-row table whose accuracy is a '√' in either the "
              "精准 or the 不精准 column, the proposals in one merged multi-line cell, and '不做产品' announced with an empty "
              "merged value (no excluded products); the 序号 column and '1台' are distractors.")


@entry
def F5():
    rng = R("F5")
    d = dt(2026, 8, 31, 14, 12, 30)
    m = dict(from_name="韩雪", addr="hanxue_lz@163.com", date=d, subject="陇原石化商机汇总反馈表")
    m["blocks"] = ["总部老师好：\n\n陇原石化的服务期已经过了七成，汇总反馈表见附件。已推送的条数我们这边系统里看不到，表里先空着，请总部按后台数据补充。\n\n"
                   "韩雪\n金城链客 客服部"]
    rows = [["商机汇总反馈表", None],
            ["合作商", "兰州金城链客信息科技有限公司"],
            ["付费客户", "兰州安宁陇原石化设备有限公司"],
            ["合同商机数", "90条"],
            ["已推送商机数", None],
            ["服务开始日期", local(2025, 11, 15)],
            ["服务结束日期", local(2026, 11, 14)],
            ["触发条件", "☐ 推送数量达60%　☑ 服务期已过70%"],
            ["客户情况分析", "精准商机主要集中在换热器和压力容器，已成交4单；不精准的多为民用锅炉。"],
            ["建议解决方案", "剩余商机多推炼化、煤化工企业；客户续费意向待定。"]]
    xb = xlsx_file("韩雪", "2026-08-31T06:00:00Z", "汇总反馈", rows, merges=["A1:B1"], widths={"A": 16, "B": 60})
    m["atts"] = [Att("陇原石化商机汇总反馈表.xlsx", CT_XLSX, xb, CT_XLSX)]
    eml = coremail(m, rng)
    return m, eml, dict(
        kind="summary", client="163 webmail (Coremail)", family="forms",
        fields=fields(partner=full("P_LZ"), client=full("C_LY"), quota=90,
                      service_start="2025-11-15", service_end="2026-11-14"),
        source_text={"quota": ["90条"], "service_start": ["2025-11-15"], "service_end": ["2026-11-14"]},
        aliases=("P_LZ", "C_LY"), renewal=None, trigger="time_70",
        notes="163 webmail (GBK); an .xlsx label/value form with real date cells; '已推送商机数' is announced with an empty "
              "cell (the body says so) -> pushed_count null and missing, not the next row's date; the trigger is a ticked "
              "box ('☑ 服务期已过70%', 79 % of the period); '4单' is a distractor.")


@entry
def F6():
    rng = R("F6")
    d = dt(2026, 6, 15, 16, 30, 5)
    m = dict(from_name="丁浩", addr="dinghao@ssyunlian.com", date=d, subject="宁塬农机商机申诉书")
    m["blocks"] = ["总部老师好：\n\n宁塬农机的商机申诉书见附件，请判定。\n\n丁浩\n塞上云联"]
    rows = [["合作商", "银川塞上云联网络科技有限公司"], ["付费客户", "银川西夏宁塬农牧机械有限公司"], ["商机编号", "SJ20260615-0052"],
            ["推送时间", "2026/6/15 9:10"], ["客户反馈时间", "2026/6/15 14:45"],
            ["申诉理由", "□同行骚扰　□微信加不上　□留错电话　√行业不符　□产品不一致"],
            ["情况说明：需求者是一家宠物用品店，要批量采购猫粮狗粮，客户是做青贮收获机和打捆机的农牧机械厂，不是一个行业。", ""]]
    items = [("title", "商机申诉书"), ("table", rows, [(6, 0, 1)])]
    m["atts"] = [Att("商机申诉书_宁塬农机_0615.docx", CT_DOCX, docx_file("丁浩", "2026-06-15T08:20:00Z", items), CT_DOCX)]
    eml = dingtalk(m, rng)
    return m, eml, dict(
        kind="appeal", client="DingTalk mail (Alimail; approximated)", family="forms",
        fields=fields(partner=full("P_YC"), client=full("C_NY"), lead_ids=["SJ20260615-0052"],
                      pushed_at=iso(2026, 6, 15, 9, 10), objected_at=iso(2026, 6, 15, 14, 45), reason_code=4),
        source_text={"pushed_at": ["2026/6/15 9:10"], "objected_at": ["2026/6/15 14:45"], "reason_code": ["√行业不符"]},
        aliases=("P_YC", "C_NY"),
        notes="DingTalk mail; a .docx whose reason cell lists all five criteria in one line with a '√' before the chosen "
              "one ('√行业不符') and '□' before the others -> code 4; the description is one merged cell holding label and "
              "value together ('情况说明：…').")


@entry
def F7():
    rng = R("F7")
    d = dt(2026, 10, 20, 9, 48, 55)
    m = dict(from_name="万磊", addr="wanlei@hcshangtong.com", date=d, subject="赣发包装 商机汇总反馈表")
    m["blocks"] = ["总部好，\n\n赣发包装的商机汇总反馈表见附件，客户有续费意向，麻烦总部尽快沟通续费方案。\n\n万磊\n南昌洪城商通网络科技有限公司\n"]
    rows = [["合作商", "南昌洪城商通网络科技有限公司", "", ""],
            ["付费客户", "南昌青山湖赣发包装机械有限公司", "", ""],
            ["合同商机数", "160条", "已推送商机数", "101条"],
            ["服务期", "2026年2月16日 至 2027年2月15日", "", ""],
            ["触发条件", "☑ 推送数量达60%　☐ 服务期达70%", "", ""],
            ["客户情况分析：101条中精准约75条，主要是全自动纸箱成型机和封箱机，成交8台；不精准的多是问纸箱印刷加工。", "", "", ""],
            ["建议解决方案：剩余59条多推电商仓储和食品厂。续费意向：■ 有　□ 暂无", "", "", ""]]
    merges = [(0, 1, 3), (1, 1, 3), (3, 1, 3), (4, 1, 3), (5, 0, 3), (6, 0, 3)]
    items = [("title", "商机汇总反馈表"), ("table", rows, merges)]
    m["atts"] = [Att("赣发包装商机汇总反馈表.docx", CT_DOCX, docx_file("万磊", "2026-10-20T01:30:00Z", items), CT_DOCX)]
    h, ip = host_ip(rng, m["addr"])
    eml = thunderbird(m, rng, h, ip)
    return m, eml, dict(
        kind="summary", client="Thunderbird", family="forms",
        fields=fields(partner=full("P_NC"), client=full("C_GF"), quota=160, pushed_count=101,
                      service_start="2026-02-16", service_end="2027-02-15"),
        source_text={"quota": ["160条"], "pushed_count": ["101条"], "service_start": ["2026年2月16日 至 2027年2月15日"],
                     "service_end": ["2026年2月16日 至 2027年2月15日"]},
        aliases=("P_NC", "C_GF"), renewal=True,
        notes="Thunderbird (UTF-8 8bit text, .docx with an RFC 2231 file name): a summary form with merged value cells, two "
              "label/value pairs on one row (合同商机数 | 160条 | 已推送商机数 | 101条), ticked boxes for the trigger and the "
              "renewal intent, and analysis rows that are one merged cell; 60 % lead trigger (63 %, time 67 %); '75条', "
              "'8台', '剩余59条' are distractors.")


# ============================ family: mail about a request that is not one (unknown) ============================

@entry
def X1():
    rng = R("X1")
    d = dt(2026, 2, 26, 10, 20, 13)
    m = dict(from_name="熊慧", addr="xionghui_nc@163.com", date=d, subject="请教：客户反馈超过8小时的商机还能申诉吗")
    m["blocks"] = [
        "总部老师好：\n\n想请教两个问题：\n1. 赣发包装有一条商机（SJ20260225-0031）是昨天下午4点推送的，客户今天上午才反馈说是同行，已经超过8小时了，"
        "这种情况还能提交《商机申诉书》吗？\n2. 如果客户没有录音，只有微信聊天截图，证据够不够？\n\n我们先不提交申诉，等总部回复后再决定。谢谢！\n\n"
        "熊慧\n洪城商通 客服部"]
    eml = coremail(m, rng)
    return m, eml, dict(
        kind="unknown", topic="question", client="163 webmail (Coremail)", family="not-a-request", fields=fields(),
        source_text={},
        notes="163 webmail: a question about how to appeal (the 8-hour window, whether a screenshot is enough evidence) that "
              "names a lead id, a push time, a reason and the form, and says outright that it is not an appeal yet: "
              "unknown / question, no fields.")


@entry
def X2():
    rng = R("X2")
    d = dt(2026, 8, 14, 11, 0, 5)
    uid = rs(rng, 26, "0123456789abcdefghijklmnopqrstuvwxyz")
    title = "永興包裝續約方案視像會議"
    agenda = ("議程：\n1. 永興包裝商機推送進度回顧（已推送75條／合約120條）\n2. 客戶續約方案：續約商機數、價格與關鍵詞調整\n3. 其他事項")
    text = (f"{title}\nThursday 20 August 2026 ⋅ 3pm – 4pm\nHong Kong Standard Time\n\nJoin with Google Meet\n"
            "meet.google.com/xkp-rmwd-fzq\n\n" + agenda + "\n\nKelvin Cheung\n香港恒滙商務科技有限公司\n\n"
            "Organiser\nkelvin.cheung@hangwui.com.hk\n\nGuests\ndor@ptg139.com\nwinnie.ho@hangwui.com.hk\n\n"
            "Invitation from Google Calendar\nYou are receiving this email because you are an attendee on the event.\n")
    htm = ('<div dir="ltr"><h2>' + esc(title) + "</h2><p>Thursday 20 August 2026 ⋅ 3pm – 4pm<br>Hong Kong Standard Time</p>"
           '<p><a href="https://meet.google.com/xkp-rmwd-fzq">Join with Google Meet</a></p><p>' + brs(agenda) + "</p>"
           "<p>Kelvin Cheung<br>香港恒滙商務科技有限公司</p><p>Invitation from Google Calendar</p></div>")
    desc = agenda.replace("\n", "\\n").replace(",", "\\,")
    ics = crlf("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:REQUEST\n"
               "BEGIN:VEVENT\nDTSTART:20260820T070000Z\nDTEND:20260820T080000Z\nDTSTAMP:20260814T030005Z\n"
               "ORGANIZER;CN=Kelvin Cheung:mailto:kelvin.cheung@hangwui.com.hk\n"
               "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=dor@ptg139.com;X-NUM-GUESTS=0:mailto:dor@ptg139.com\n"
               f"UID:{uid}@google.com\nDESCRIPTION:{desc}\nLOCATION:\nSEQUENCE:0\nSTATUS:CONFIRMED\nSUMMARY:{title}\nTRANSP:OPAQUE\n"
               "END:VEVENT\nEND:VCALENDAR\n").encode("utf-8")
    ics_att = Att("invite.ics", "application/ics", ics, "text/calendar")

    def gb():
        return "000000000000" + rs(rng, 14, HEXL)

    alt_b, ob = gb(), gb()
    alt = mp(alt_b, [gmail_text_part(text), gmail_html_part(htm),
                     part(['Content-Type: text/calendar; charset="UTF-8"; method=REQUEST', "Content-Transfer-Encoding: base64"],
                          b64body(ics))], preamble=None)
    body = mp(ob, [part([f'Content-Type: multipart/alternative; boundary="{alt_b}"'], alt),
                   part(['Content-Type: application/ics; name="invite.ics"', 'Content-Disposition: attachment; filename="invite.ics"',
                         "Content-Transfer-Encoding: base64"], b64body(ics))], preamble=None)
    subject = f"Invitation: {title} @ Thu 20 Aug 2026 3pm - 4pm (HKT) (dor@ptg139.com)"
    m = dict(from_name="Kelvin Cheung", addr="kelvin.cheung@hangwui.com.hk", date=d, subject=subject, atts=[ics_att],
             blocks=[text], message_id=f"<calendar-{uuid_str(rng, upper=False)}@google.com>",
             gmail_from_extra=["Sender: Google Calendar <calendar-notification@google.com>",
                               "Reply-To: Kelvin Cheung <kelvin.cheung@hangwui.com.hk>"])
    eml = hjoin(gmail_head(m, rng, d, [f'Content-Type: multipart/mixed; boundary="{ob}"'])) + b"\r\n" + body
    return m, eml, dict(
        kind="unknown", topic="meeting", client="Google Calendar invitation (Gmail)", family="not-a-request", fields=fields(),
        source_text={},
        notes="A Google Calendar invitation sent for a partner (From the partner, Sender calendar-notification@google.com, no "
              "automatic headers): multipart/mixed > alternative (text, html, text/calendar method=REQUEST - an unnamed "
              "alternative, not an attachment) plus invite.ics (application/ics, role other); the agenda speaks of renewal "
              "(續約), 75/120 leads and keywords in traditional Chinese, but a meeting invitation is none of the three "
              "requests: unknown / meeting, no fields.")


@entry
def X3():
    rng = R("X3")
    d = dt(2026, 3, 2, 14, 22, 19)
    m = dict(from_name="吴佳怡", addr="wujiayi@xshulian.com", date=d, subject="新签客户资料：商机下单表和关键词列表（澄远流体）")
    m["blocks"] = [
        "总部好，\n\n我们新签了一家客户无锡滨湖澄远流体设备有限公司，合同商机100条，服务期2026年3月10日至2027年3月9日。\n\n"
        "附件是客户填写的《商机下单表》和《关键词列表》，关键词已经和客户确认过，客户确认的微信截图也在附件里。不做产品：家用水泵、水泵维修服务。\n\n"
        "请总部审核后安排上线推广，谢谢！\n\n吴佳怡\n锡商互联"]
    order = [["商机下单表", None, None], ["客户名称", "无锡滨湖澄远流体设备有限公司", None], ["主营产品", "化工离心泵、磁力泵、隔膜泵", None],
             ["主做型号", "IHF氟塑料离心泵、CQB磁力泵", None], ["不做产品", "家用水泵、水泵维修服务", None],
             ["针对人群", "化工厂、电镀厂、制药厂", None], ["合同商机数", "100条", None],
             ["服务期", local(2026, 3, 10), local(2027, 3, 9)], ["联系人", "蒋工", "13961870253"]]
    xb = xlsx_file("吴佳怡", "2026-03-02T06:10:00Z", "下单表", order, merges=["A1:C1", "B2:C2", "B3:C3", "B4:C4", "B5:C5", "B6:C6", "B7:C7"])
    kw = docx_file("吴佳怡", "2026-03-02T06:12:00Z", [
        ("title", "关键词列表（澄远流体）"),
        ("table", [["序号", "关键词", "备注"], ["1", "氟塑料离心泵", "主推"], ["2", "磁力驱动泵", ""], ["3", "耐腐蚀化工泵", ""],
                   ["4", "气动隔膜泵", ""], ["5", "衬氟泵", ""]]),
        ("p", "以上关键词经客户确认，2026年3月2日。")])
    m["atts"] = [Att("商机下单表-澄远流体.xlsx", "application/octet-stream", xb, CT_XLSX),
                 Att("关键词列表-澄远流体.docx", "application/octet-stream", kw, CT_DOCX),
                 Att("客户确认截图.png", "application/octet-stream", png_bytes(screen_chat(rng, n=6)), "image/png")]
    eml = qq_family(m, rng, wecom=True)
    return m, eml, dict(
        kind="unknown", topic="onboarding", client="WeCom / Tencent Exmail", family="not-a-request", fields=fields(),
        source_text={},
        notes="WeCom: new-client onboarding with the 商机下单表 (.xlsx) and the confirmed 关键词列表 (.docx), all three "
              "attachments declared application/octet-stream; it carries a quota, a service period, excluded products and "
              "keywords - the material of a summary or an adjustment - but the service has not started: unknown / "
              "onboarding, no fields.")


@entry
def X4():
    rng = R("X4")
    d = dt(2026, 10, 9, 9, 30, 41)
    m = dict(from_name="罗婷", addr="luoting@zcshulian.com", date=d, subject="申请开具2026年第三季度服务费发票")
    m["blocks"] = [
        "总部财务老师好：\n\n我司2026年第三季度（7月1日至9月30日）的服务费已于9月28日转账，金额¥86,400.00，请开具增值税专用发票。开票信息如下：\n\n"
        "单位名称：贵阳筑城数联网络科技有限公司\n纳税人识别号：91520115MA6HX3KQ2T\n地址、电话：贵阳市观山湖区长岭北路88号金融城T3栋1806室 0851-85862213\n"
        "开户行及账号：贵州银行观山湖支行 0118 0060 2100 3362 1\n\n涉及客户：黔匠矿机、黔丰机械，共2家。\n\n"
        "发票请寄至上述地址，收件人罗婷，电话13985126640。\n\n罗婷\n筑城数联"]
    eml = dingtalk(m, rng)
    return m, eml, dict(
        kind="unknown", topic="invoice", client="DingTalk mail (Alimail; approximated)", family="not-a-request", fields=fields(),
        source_text={},
        notes="DingTalk mail: an invoice request from a known partner (company name, tax id, bank account, a quarter as a "
              "date range, two clients by short name): unknown / invoice, no fields.")


@entry
def X5():
    rng = R("X5")
    d = dt(2026, 9, 30, 17, 5, 42)
    m = dict(from_name="许文静", addr="2718846035@qq.com", date=d, subject="9月客户商机统计（CRM导出）")
    m["blocks"] = ["总部老师好：\n\n附件是我们CRM系统导出的9月客户商机统计，供总部月底对账参考，如果和总部后台的数字有出入请告诉我。\n\n"
                   "本月在服务客户4家，合计合同商机560条，累计已推送318条。\n\n许文静\n鹭岛云商"]
    rows = [["客户名称", "合同商机数", "已推送", "服务开始", "服务结束", "完成率"],
            ["厦门海沧鑫泰阀门有限公司", 200, 148, local(2026, 3, 1), local(2027, 2, 28), "74.0%"],
            ["厦门集美联禾注塑机械有限公司", 120, 70, local(2025, 12, 1), local(2026, 11, 30), "58.3%"],
            ["厦门同安盛茂机电设备有限公司", 140, 62, local(2026, 1, 15), local(2027, 1, 14), "44.3%"],
            ["厦门翔安闽晟模具有限公司", 100, 38, local(2026, 5, 1), local(2027, 4, 30), "38.0%"],
            ["合计", 560, 318, None, None, "56.8%"]]
    xb = xlsx_file("CRM", "2026-09-30T09:00:00Z", "export", rows, widths={"A": 30, "D": 12, "E": 12})
    m["atts"] = [Att("customer_leads_202609.xlsx", "application/octet-stream", xb, CT_XLSX)]
    eml = qq_family(m, rng)
    return m, eml, dict(
        kind="unknown", topic="other", client="QQ Mail", family="not-a-request", fields=fields(), source_text={},
        notes="QQ Mail: a partner's CRM export for month-end reconciliation - four clients with quota, pushed count and "
              "service period each (one past 60 %), so it reads like a summary, but it asks for no renewal plan and gives no "
              "analysis: unknown / other, no fields.")


@entry
def X6():
    rng = R("X6")
    d = dt(2026, 6, 23, 2, 47, 33)
    htm = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><body>"
           "<p>尊敬的合作伙伴：</p><p>还在为商机不精准、客户申诉多、续费率低发愁吗？</p>"
           "<p><b>智汇AI获客系统</b>：全网抓取求购询盘，AI自动筛选同行和无效询价，商机精准率提升300%，合作商续费率提升50%！</p>"
           "<p>现推出合作商专享价：年费6800元，赠送3个月，前100名签约再送企业微信SCRM一套。</p>"
           "<p>咨询电话：400-0871-6625　联系人：陈经理</p><p style=\"color:#999\">如不想再收到此类邮件，请回复“退订”。</p></body></html>")
    mid = "<{}.{}@{}>".format(d.strftime("%Y%m%d%H%M%S"), rs(rng, 12, HEXU), "mail.zhhk-ai.net")
    h = top(rng, "service@zhhk-ai.net", "mail.zhhk-ai.net", f"101.33.{rng.randint(1, 250)}.{rng.randint(1, 250)}", d, 14)
    h += ['From: "{}" <service@zhhk-ai.net>'.format(ew_one("智汇AI获客", "gb2312")), "To: <dor@ptg139.com>",
          hdr_words("Subject", "合作商专享：AI获客系统，商机精准率提升300%", "gb2312"), "Date: " + rfcdate(d), "Message-ID: " + mid,
          "MIME-Version: 1.0", 'Content-Type: text/html; charset="gb2312"', "Content-Transfer-Encoding: base64",
          "X-Priority: 3", "X-Mailer: Foxmail 6, 15, 201, 23 [cn]"]
    eml = hjoin(h) + b"\r\n" + b64body(htm.encode("gb2312"))
    m = dict(message_id=mid, addr="service@zhhk-ai.net", subject="合作商专享：AI获客系统，商机精准率提升300%", atts=[], blocks=[htm])
    return m, eml, dict(
        kind="unknown", topic="pitch", client="mass mailer (Foxmail 6 style, HTML only)", family="not-a-request", fields=fields(),
        source_text={},
        notes="A sales pitch from an unknown sender at 02:47 (HTML only, gb2312 base64): 商机, 申诉, 续费率 and numbers, no "
              "automatic headers: unknown / pitch, no fields.")


@entry
def X7():
    rng = R("X7")
    d = dt(2026, 11, 3, 9, 15, 27)
    m = dict(from_name="张薇", addr="zhangwei@jclianke.com", date=d, subject="商机服务后台账号无法登录")
    m["blocks"] = [
        "总部您好：\n\n我们金城链客的商机服务后台账号（jclianke_lz）从昨天开始登录不了，提示“密码错误”。点“忘记密码”后，重置邮件一直没收到，"
        "垃圾箱也找过了。\n\n麻烦帮忙重置一下密码，或者把重置链接发到 zhangwei@jclianke.com。陇原石化这两天有商机要申诉，需要在后台查推送记录。\n\n"
        "谢谢！\n张薇\n兰州金城链客信息科技有限公司"]
    h, ip = host_ip(rng, m["addr"])
    eml = apple_mail(m, rng, h, ip)
    return m, eml, dict(
        kind="unknown", topic="account", client="Apple Mail (macOS)", family="not-a-request", fields=fields(), source_text={},
        notes="Apple Mail: an account / password-reset question from a known partner that mentions a coming appeal for a "
              "named client: unknown / account, no fields.")


@entry
def X8():
    rng = R("X8")
    d = dt(2026, 7, 6, 16, 40, 11)
    m = dict(from_name="乌日娜", addr="urina@qcshanghui.com", date=d, subject="关于近期商机申诉处理时效的意见")
    m["blocks"] = [
        "总部领导好：\n\n6月份我们提交了三次商机申诉（案件号SS-2026-000588、SS-2026-000603、SS-2026-000617），判定结果都超过了48个工作小时才收到，"
        "最长的一次等了5个工作日。客户草原乳机对此很有意见，说再这样下去续费会受影响。\n\n希望总部重视申诉处理的时效，也希望判定结果能写明依据，"
        "方便我们跟客户解释。\n\n乌日娜\n呼和浩特青城商汇网络科技有限公司 客服部"]
    h, ip = host_ip(rng, m["addr"])
    eml = foxmail(m, rng, h, ip)
    return m, eml, dict(
        kind="unknown", topic="complaint", client="Foxmail 7.2", family="not-a-request", fields=fields(), source_text={},
        notes="Foxmail: a complaint about HQ's appeal turnaround; three case numbers in the body only (no tag in the subject, "
              "no In-Reply-To/References) so it is not a reply; '48个工作小时', '5个工作日': unknown / complaint, no fields, "
              "case_ref null.")


# ============================ family: corrections in a thread (reply) ============================

def hq_ack_appeal(case, greet, partner, client, lead, pushed, objected, reason):
    return (f"{greet} 您好：\n\n您的商机申诉已受理，案件编号 {case}。\n合作商：{partner}\n付费客户：{client}\n商机编号：{lead}\n"
            f"推送时间：{pushed}\n客户反馈时间：{objected}\n申诉理由：{reason}\n总部将在48个工作小时内给出判定结果。\n\n{HQ_NAME}")


@entry
def C1():
    rng = R("C1")
    d = dt(2026, 4, 22, 10, 5, 48)
    case = "SS-2026-000372"
    m = dict(from_name="钱立强", addr="1735826490@qq.com", date=d, subject=f"回复：[DOR#{case}] 商机申诉已受理")
    m["irt"] = f"<ack.{case}@ptg139.com>"
    m["refs"] = [f"<ack.{case}@ptg139.com>"]
    new = ("总部老师好：\n\n不好意思，昨天那条申诉的理由写错了，申诉理由改为第2条（需求者留的微信加不上），不是第3条。其他信息不变。\n\n钱立强\n\n\n")
    head = (f'发件人: "{HQ_NAME}"<dor@ptg139.com>;\n发送时间: 2026年4月21日(星期二) 下午4:05\n收件人: "钱立强"<1735826490@qq.com>;\n'
            f"主题: [DOR#{case}] 商机申诉已受理")
    ack = hq_ack_appeal(case, "钱立强", full("P_WX"), full("C_XD"), "SJ20260421-0033", "2026-04-21 09:40", "2026-04-21 14:15",
                        "第3条（需求者留错电话）")
    m["blocks"] = [new, Quote("------------------ 原始邮件 ------------------\n" + head + "\n\n" + ack)]
    eml = qq_family(m, rng)
    return m, eml, dict(
        kind="reply", client="QQ Mail", family="thread-correction",
        fields=fields(reason_code=2), source_text={"reason_code": ["申诉理由改为第2条"]},
        notes="QQ Mail '回复：[DOR#SS-…]' with In-Reply-To/References to the HQ acknowledgement: the partner corrects the "
              "reason ('申诉理由改为第2条…，不是第3条') -> reason_code 2 is the reply's only field (the replaced '第3条' is a "
              "distractor); the quoted acknowledgement lists every appeal field and '第3条': ignored.")


@entry
def C2():
    rng = R("C2")
    d = dt(2026, 1, 7, 9, 15, 36)
    case = "SS-2026-000031"
    m = dict(from_name="沈佳", addr="shenjia@lcqilian.cn", date=d, subject=f"答复: [DOR#{case}] 商机申诉已受理")
    m["irt"] = f"<ack.{case}@ptg139.com>"
    m["refs"] = [f"<ack.{case}@ptg139.com>"]
    new = "总部您好：\n\n我们昨天提交的申诉推送时间填错了，推送时间更正为1月6日上午10:20（之前误写成10:02），其他信息不变。\n\n沈佳\n"
    q = (f"发件人: {HQ_NAME} <dor@ptg139.com> \n发送时间: 2026年1月6日 16:32\n收件人: 沈佳 <shenjia@lcqilian.cn>\n"
         f"主题: [DOR#{case}] 商机申诉已受理\n\n"
         + hq_ack_appeal(case, "沈佳", full("P_CZ"), full("C_JK"), "SJ20260106-0027", "2026-01-06 10:02", "2026-01-06 15:45",
                         "第3条（需求者留错电话）"))
    m["blocks"] = [new, Quote(q)]
    h, ip = host_ip(rng, m["addr"])
    eml = outlook(m, rng, h, ip)
    return m, eml, dict(
        kind="reply", client="Outlook 16 (zh-CN)", family="thread-correction",
        fields=fields(pushed_at=iso(2026, 1, 6, 10, 20)), source_text={"pushed_at": ["推送时间更正为1月6日上午10:20"]},
        notes="Outlook '答复: [DOR#SS-2026-000031]' in January: '推送时间更正为1月6日上午10:20（之前误写成10:02）' -> pushed_at "
              "2026-01-06T10:20 (the wrong '10:02' is a distractor); the quoted HQ acknowledgement (with the old 10:02) is "
              "ignored.")


@entry
def C3():
    rng = R("C3")
    d = dt(2026, 10, 14, 9, 2, 18)
    case = "SS-2026-000918"
    m = dict(from_name="罗婷", addr="luoting@zcshulian.com", date=d, subject=f"Re: [DOR#{case}] 请补充信息：商机申诉")
    m["irt"] = f"<req.{case}.1@ptg139.com>"
    m["refs"] = [f"<ack.{case}@ptg139.com>", f"<req.{case}.1@ptg139.com>"]
    new = "总部好，\n\n商机编号更正为SJ20261013-0052（之前写成SJ20261013-0025了，0025是另一个客户的）。客户反馈的通话截图补在附件里。\n\n罗婷\n"
    q = (f" \n \nFrom: {HQ_NAME}\nDate: 2026-10-13 17:20\nTo: 罗婷\nSubject: [DOR#{case}] 请补充信息：商机申诉\n罗婷 您好：\n"
         f"案件 {case} 中的商机编号 SJ20261013-0025 与付费客户{full('C_QJ')}的推送记录不符，请核对后回复本邮件，并补充客户反馈的截图或录音。\n"
         f"{HQ_NAME}")
    m["blocks"] = [new, Quote(q)]
    m["atts"] = [Att("通话截图1013.png", "image/png", png_bytes(screen_calllog(rng, rows=7)), "image/png")]
    h, ip = host_ip(rng, m["addr"])
    eml = foxmail(m, rng, h, ip)
    return m, eml, dict(
        kind="reply", client="Foxmail 7.2", family="thread-correction",
        fields=fields(lead_ids=["SJ20261013-0052"]), source_text={"lead_ids": ["商机编号更正为SJ20261013-0052"]},
        notes="Foxmail 'Re: [DOR#…] 请补充信息' answering HQ's request: '商机编号更正为SJ20261013-0052（之前写成SJ20261013-0025了…）' "
              "-> lead_ids is only the corrected id (the replaced one, repeated in the quoted HQ request, is not a lead of "
              "this reply); the added PNG is evidence.")


@entry
def C4():
    rng = R("C4")
    d = dt(2026, 3, 6, 9, 8, 40)
    case = "SS-2026-000221"
    m = dict(from_name="林怡君", addr="yichun.lin@dingchuang.com.tw", date=d, subject=f"回覆: [DOR#{case}] 商机申诉已受理")
    m["irt"] = f"<ack.{case}@ptg139.com>"
    m["refs"] = [BUILT["T1"][0]["message_id"], f"<ack.{case}@ptg139.com>"]
    new = ("總部您好：\n\n更正一下昨天的申訴資料：客戶反饋時間更正為3月5日下午4:40（原填的下午2:40是客戶第一次打給業務的時間，正式反饋是4:40），"
           "其餘不變。\n\n林怡君 Yi-Chun Lin\n客服部\n")
    q = (f"寄件者: {HQ_NAME} <dor@ptg139.com> \n寄件日期: 2026年3月5日 星期四 下午 4:51\n收件者: 林怡君 <yichun.lin@dingchuang.com.tw>\n"
         f"主旨: [DOR#{case}] 商机申诉已受理\n\n"
         + hq_ack_appeal(case, "林怡君", full("P_TPE"), full("C_CF"), "SJ20260305-0027", "2026-03-05 10:15", "2026-03-05 14:40", "第1条"))
    m["blocks"] = [new, Quote(q)]
    h, ip = host_ip(rng, m["addr"])
    eml = outlook(m, rng, h, ip, lang="zh-TW")
    assert m["charset"] == "utf-8"
    return m, eml, dict(
        kind="reply", client="Outlook 16 (zh-TW)", family="thread-correction",
        fields=fields(objected_at=iso(2026, 3, 5, 16, 40)), source_text={"objected_at": ["客戶反饋時間更正為3月5日下午4:40"]},
        notes="Outlook zh-TW '回覆:' to HQ's simplified-Chinese acknowledgement; because the quoted text does not fit Big5, "
              "Outlook sends UTF-8 (base64); the correction is in traditional script: '客戶反饋時間更正為3月5日下午4:40' -> "
              "objected_at 2026-03-05T16:40 (the old '下午2:40' is a distractor); References also hold the original "
              "appeal's Message-ID.")


@entry
def C5():
    rng = R("C5")
    d = dt(2026, 8, 25, 10, 12, 40)
    case = "SS-2026-000761"
    m = dict(from_name="熊慧", addr="xionghui_nc@163.com", date=d, subject=f"Re:商机汇总反馈已受理-{full('C_HT')}")
    m["irt"] = f"<ack.{case}@ptg139.com>"
    m["refs"] = [BUILT["N2"][0]["message_id"], f"<ack.{case}@ptg139.com>"]
    new = "总部老师好：\n\n更正一下：已推送条数应为96条，之前写的91条是上周的后台数据，其他内容不变。\n\n熊慧\n"
    ack = (f"熊慧 您好：\n\n您提交的商机汇总反馈已受理，案件编号 {case}。\n合作商：{full('P_NC')}\n付费客户：{full('C_HT')}\n合同商机数：150条\n"
           f"已推送：91条\n服务期：2026-02-01 至 2027-01-31\n总部将在5个工作日内与您沟通续费方案。\n\n{HQ_NAME}")
    plain_q = (f"\n在 2026-08-24 10:31:05，\"{HQ_NAME}\" <dor@ptg139.com> 写道：\n"
               + "\n".join(">" + ln for ln in ack.split("\n")))
    m["blocks"] = [new, Quote(plain_q, '<div style="position:relative;zoom:1"></div><br>在 2026-08-24 10:31:05，"' + HQ_NAME
                              + '" &lt;dor@ptg139.com&gt; 写道：<br><blockquote id="isReplyContent" style="PADDING-LEFT: 1ex; '
                              'MARGIN: 0px 0px 0px 0.8ex; BORDER-LEFT: #ccc 1px solid">' + divs(ack) + "</blockquote>")]
    eml = coremail(m, rng)
    return m, eml, dict(
        kind="reply", client="163 webmail (Coremail)", family="thread-correction",
        fields=fields(pushed_count=96), source_text={"pushed_count": ["已推送条数应为96条"]},
        notes="163 webmail 'Re:' with no case tag in the subject (case_ref null): the thread is known from In-Reply-To / "
              "References <ack.SS-2026-000761@ptg139.com> (References also hold the partner's summary); the reply corrects the "
              "pushed count ('已推送条数应为96条', the old '91条' is a distractor); the '>'-quoted acknowledgement and the HQ "
              "subject naming the client are ignored.")


@entry
def C6():
    rng = R("C6")
    d = dt(2026, 4, 10, 9, 31, 2)
    case = "SS-2026-000318"
    m = dict(from_name="Winnie Ho", addr="winnie.ho@hangwui.com.hk", date=d, subject=f"RE: [DOR#{case}] 商机申诉已受理")
    m["irt"] = f"<ack.{case}@ptg139.com>"
    m["refs"] = [BUILT["E1"][0]["message_id"], f"<ack.{case}@ptg139.com>"]
    new = ("Dear HQ,\n\nA correction to this appeal: the lead was pushed at 10:04 on 9 April, not 10:40 (my typo). Everything else "
           "stays the same.\n\nBest regards,\nWinnie Ho\n")
    q = (f"From: {HQ_NAME} <dor@ptg139.com> \nSent: Thursday, April 9, 2026 5:10 PM\nTo: Winnie Ho <winnie.ho@hangwui.com.hk>\n"
         f"Subject: [DOR#{case}] 商机申诉已受理\n\n"
         + hq_ack_appeal(case, "Winnie Ho", full("P_HK"), full("C_YX"), "SJ20260409-0033", "2026-04-09 10:40", "2026-04-09 15:55", "第1条"))
    m["blocks"] = [new, Quote(q)]
    h, ip = host_ip(rng, m["addr"])
    eml = outlook(m, rng, h, ip, lang="en-US")
    return m, eml, dict(
        kind="reply", client="Outlook 16 (en-US)", family="thread-correction",
        fields=fields(pushed_at=iso(2026, 4, 9, 10, 4)), source_text={"pushed_at": ["pushed at 10:04 on 9 April"]},
        notes="Outlook en-US 'RE: [DOR#…]' in English: 'the lead was pushed at 10:04 on 9 April, not 10:40' -> pushed_at "
              "2026-04-09T10:04 (year from the Date header; '10:40' is the replaced value); the Outlook 'From: / Sent:' quote "
              "of the acknowledgement is ignored.")


# ============================ family: short names ============================

@entry
def S1():
    rng = R("S1")
    d = dt(2026, 6, 16, 15, 30, 12)
    m = dict(from_name="吴佳怡", addr="wujiayi@xshulian.com", date=d, subject="宏昇精密商机申诉")
    m["blocks"] = [
        "总部好，\n\n宏昇精密今天上午9:50推送的商机SJ20260616-0023，客户下午1点反馈：需求者要的是冲压模具的开模加工，宏昇精密只卖精密平面磨床和"
        "数控成型磨床，不做模具加工，所需产品与客户经营产品不一致，麻烦总部判定。\n\n吴佳怡\n锡商互联\n\n发自我的iPhone\n"]
    eml = iphone(m, rng, f"smtpbg{rng.randint(150, 199)}.qq.com", f"54.206.{rng.randint(1, 250)}.{rng.randint(1, 250)}")
    return m, eml, dict(
        kind="appeal", client="iPhone Mail", family="short-names",
        fields=fields(partner="锡商互联", client="宏昇精密", lead_ids=["SJ20260616-0023"],
                      pushed_at=iso(2026, 6, 16, 9, 50), objected_at=iso(2026, 6, 16, 13, 0), reason_code=5),
        source_text={"pushed_at": ["今天上午9:50"], "objected_at": ["下午1点"], "reason_code": ["所需产品与客户经营产品不一致"]},
        aliases=("P_WX", "C_HS"),
        notes="iPhone Mail (UTF-8 QP text only): the client only as the short name 宏昇精密 in prose and the partner only as "
              "锡商互联 in the signature - both labelled as written; '今天上午9:50' / '下午1点' against the Date header; code 5 "
              "in the document's words.")


@entry
def S2():
    rng = R("S2")
    d = dt(2026, 5, 8, 11, 40, 26)
    m = dict(from_name="陆子豪", addr="lu_zihao@163.com", date=d, subject="晟达减速机5条商机反馈")
    ids = ["SJ20260421-0052", "SJ20260424-0017", "SJ20260428-0039", "SJ20260430-0008", "SJ20260506-0061"]
    m["blocks"] = [
        "总部好：\n\n晟达减速机最近5条商机的跟进情况：\n"
        f"{ids[0]} 精准，K系列减速机，已报价\n{ids[1]} 精准，行星减速机，在谈\n{ids[2]} 不精准，问的是电动车电机维修\n"
        f"{ids[3]} 精准，硬齿面减速机，已成交2台\n{ids[4]} 不精准，个人问小型减速电机\n\n"
        "客户希望：删除关键词“减速电机维修”“微型减速电机”，新增“硬齿面减速机”“行星齿轮减速机”；个人询盘不要推，主要针对工厂和设备制造商。\n\n"
        "陆子豪\n客服部 | 常州龙城企链信息技术有限公司"]
    eml = coremail(m, rng)
    return m, eml, dict(
        kind="adjustment", client="163 webmail (Coremail)", family="short-names",
        fields=fields(partner=full("P_CZ"), client="晟达减速机", lead_ids=ids, lead_count=5),
        source_text={"lead_count": ["最近5条"]},
        aliases=("P_CZ", "C_SD"),
        extra={"keywords_add": ["硬齿面减速机", "行星齿轮减速机"], "keywords_remove": ["减速电机维修", "微型减速电机"],
               "excluded_products": [], "audience": ["工厂", "设备制造商"]},
        notes="163 webmail (GBK) from a personal 163 address: the client only as 晟达减速机 (subject and body), the partner's "
              "full name only in the signature after '客服部 | '; keyword changes inside “…” quotes; '2台', 'K系列' are distractors.")


@entry
def S3():
    rng = R("S3")
    d = dt(2026, 9, 3, 15, 10, 48)
    m = dict(from_name="李春梅", addr="lichunmei@cchuishang.com", date=d, subject="滇峰制冷汇总反馈")
    m["blocks"] = [
        "总部好，\n\n滇峰制冷的合同是120条，到目前已推送73条，超过六成了，服务期2025年11月20日至2026年11月19日。\n\n"
        "客户情况：73条里精准的大概55条，主要是冷库工程和制冰机，已经成交了8单；不精准的多是问家用冰箱、冷柜维修。\n"
        "建议：剩下47条多推云南、贵州的食品厂和冷链物流企业。客户说续费还要等年底预算。\n\n李春梅\n春城汇商 客服"]
    eml = qq_family(m, rng, wecom=True)
    return m, eml, dict(
        kind="summary", client="WeCom / Tencent Exmail", family="short-names",
        fields=fields(partner="春城汇商", client="滇峰制冷", quota=120, pushed_count=73,
                      service_start="2025-11-20", service_end="2026-11-19"),
        source_text={"quota": ["合同是120条"], "pushed_count": ["已推送73条"], "service_start": ["2025年11月20日至2026年11月19日"],
                     "service_end": ["2025年11月20日至2026年11月19日"]},
        aliases=("P_KM", "C_DF"), renewal=None,
        notes="WeCom prose summary with short names only (滇峰制冷 in prose, 春城汇商 in the signature); both triggers (60.8 % of "
              "leads, 79 % of the period); '55条', '8单', '剩下47条', '六成' are distractors; renewal undecided.")


@entry
def S4():
    rng = R("S4")
    d = dt(2026, 7, 7, 11, 25, 3)
    m = dict(from_name="龙海波", addr="longhaibo@zcshulian.com", date=d, subject="黔匠矿机 商机申诉")
    m["blocks"] = [
        "总部您好：\n\n我们筑城数联服务的黔匠矿机有一条商机申请不计入：\n\n商机编号：10704418\n推送时间：7月7日 8:45\n客户反馈时间：7月7日 10:20\n"
        "申诉理由：需求者留错电话。客户按留言的号码打过去，是一家快递网点，对方说从来没有问过破碎机。\n\n客户的通话记录截图见附件。\n\n龙海波"]
    m["atts"] = [Att("通话记录截图.png", "image/png", png_bytes(screen_calllog(rng)), "image/png")]
    h, ip = host_ip(rng, m["addr"])
    eml = outlook(m, rng, h, ip)
    return m, eml, dict(
        kind="appeal", client="Outlook 16 (zh-CN)", family="short-names",
        fields=fields(partner="筑城数联", client="黔匠矿机", lead_ids=["10704418"],
                      pushed_at=iso(2026, 7, 7, 8, 45), objected_at=iso(2026, 7, 7, 10, 20), reason_code=3),
        source_text={"pushed_at": ["7月7日 8:45"], "objected_at": ["7月7日 10:20"], "reason_code": ["留错电话"]},
        aliases=("P_GY", "C_QJ"),
        notes="Outlook 16 zh-CN: partner and client both only as short names in one prose sentence ('我们筑城数联服务的黔匠矿机'); "
              "the signature is a bare name; 8-digit lead id; code 3 in words.")


@entry
def S5():
    rng = R("S5")
    d = dt(2026, 5, 6, 17, 2, 39)
    m = dict(from_name="祁永福", addr="qiyongfu@jclianke.com", date=d, subject="陇原石化商机异议")
    m["blocks"] = [
        "总部老师：\n\n陇原石化今天下午2点40推送的商机SJ20260506-0077，客户4点50回电反馈说对方是同行（兰州另一家做换热器的厂），在套报价，"
        "申请不计入。录音附件里有。\n\n祁永福"]
    m["atts"] = [Att("回电录音.m4a", "application/octet-stream", make_m4a(rng, 7), "audio/mp4")]
    eml = qq_family(m, rng, wecom=True)
    return m, eml, dict(
        kind="appeal", client="WeCom / Tencent Exmail", family="short-names",
        fields=fields(client="陇原石化", lead_ids=["SJ20260506-0077"], pushed_at=iso(2026, 5, 6, 14, 40),
                      objected_at=iso(2026, 5, 6, 16, 50), reason_code=1),
        source_text={"pushed_at": ["今天下午2点40"], "objected_at": ["今天下午2点40推送的商机SJ20260506-0077，客户4点50"],
                     "reason_code": ["同行"]},
        aliases=("P_LZ", "C_LY"),
        notes="WeCom: the client only as 陇原石化, the partner named nowhere (known only from the sender's domain, which does "
              "not count) -> partner missing; '客户4点50回电' inherits 下午 from '下午2点40推送' -> 16:50; code 1 (同行) with "
              "an M4A declared application/octet-stream.")


@entry
def S6():
    rng = R("S6")
    d = dt(2026, 8, 5, 14, 30, 52)
    m = dict(from_name="华晓东", addr="huaxiaodong@xshulian.com", date=d, subject="宏昇精密商机汇总")
    m["blocks"] = [
        "总部您好：\n\n宏昇精密合同150条，已推送93条，过了六成，服务期2026年1月1日-2026年12月31日。\n\n客户情况分析：精准的大约70条，主要是"
        "数控平面磨床和成型磨床，成交了6台；不精准的多是问磨床维修和二手磨床。\n建议解决方案：剩余57条多推汽车零部件和模具企业。客户有续费意向，"
        "希望续费后改为按季度推送。\n\n华晓东\n锡商互联"]
    h, ip = host_ip(rng, m["addr"])
    eml = foxmail(m, rng, h, ip)
    return m, eml, dict(
        kind="summary", client="Foxmail 7.2", family="short-names",
        fields=fields(partner="锡商互联", client="宏昇精密", quota=150, pushed_count=93,
                      service_start="2026-01-01", service_end="2026-12-31"),
        source_text={"quota": ["合同150条"], "pushed_count": ["已推送93条"], "service_start": ["2026年1月1日-2026年12月31日"],
                     "service_end": ["2026年1月1日-2026年12月31日"]},
        aliases=("P_WX", "C_HS"), renewal=True,
        notes="Foxmail 7.2: a summary in three prose sentences with short names only (宏昇精密 / 锡商互联); 60 % lead trigger "
              "(62 %, time 59 %); '大约70条', '6台', '剩余57条' and '六成' are distractors.")


# ============================ ordinary, clean requests ============================

@entry
def K1():
    rng = R("K1")
    d = dt(2026, 5, 14, 16, 12, 7)
    m = dict(from_name="马丽", addr="2956301847@qq.com", date=d, subject="宁塬农机 商机申诉（同行套价）")
    m["blocks"] = [
        "总部老师好：\n\n宁塬农机有一条商机是同行来套价的，申请不计入：",
        Table([["合作商", "银川塞上云联网络科技有限公司"], ["付费客户", "银川西夏宁塬农牧机械有限公司"], ["商机编号", "SJ20260514-0029"],
               ["推送时间", "2026-05-14 09:25"], ["客户反馈时间", "2026-05-14 14:10"], ["申诉理由", "同行恶意骚扰（第1条）"],
               ["情况说明", "需求者自称是甘肃的牧场，问打捆机的出厂价和代理政策，客户回拨时对方承认是同行的业务员。"]]),
        "\n通话录音和聊天截图见附件。\n\n马丽\n塞上云联 客服部"]
    m["atts"] = [Att("通话录音.amr", "application/octet-stream", make_amr(rng, 6), "audio/amr"),
                 Att("聊天截图.png", "image/png", png_bytes(screen_chat(rng)), "image/png")]
    eml = qq_family(m, rng)
    return m, eml, dict(
        kind="appeal", client="QQ Mail", family="clean",
        fields=fields(partner=full("P_YC"), client=full("C_NY"), lead_ids=["SJ20260514-0029"],
                      pushed_at=iso(2026, 5, 14, 9, 25), objected_at=iso(2026, 5, 14, 14, 10), reason_code=1),
        source_text={"pushed_at": ["2026-05-14 09:25"], "objected_at": ["2026-05-14 14:10"], "reason_code": ["第1条"]},
        aliases=("P_YC", "C_NY"),
        notes="An ordinary appeal: QQ Mail (gb18030) with a label/value HTML table, code 1 with an AMR (declared "
              "application/octet-stream) and a PNG.")


@entry
def K2():
    rng = R("K2")
    d = dt(2026, 3, 17, 10, 40, 55)
    m = dict(from_name="韩雪", addr="hanxue_lz@163.com", date=d, subject="陇原石化 商机申诉 SJ20260316-0048")
    m["blocks"] = [
        "总部老师好：\n\n合作商：兰州金城链客信息科技有限公司\n付费客户：兰州安宁陇原石化设备有限公司\n商机编号：SJ20260316-0048\n"
        "推送时间：2026年3月16日 15:30\n客户反馈时间：2026年3月16日 18:05\n申诉理由：需求者留错电话，客户打过去是一位个人，说没有询过价（第3条）\n"
        "情况说明：需求者留言要采购两台不锈钢储罐，留的手机号打过去是一位退休工人，对方说从没在网上留过言。\n\n附件是客户的通话记录截图。\n\n"
        "韩雪\n金城链客 客服部"]
    m["atts"] = [Att("通话记录.jpg", "image/jpeg", jpg_bytes(screen_calllog(rng)), "image/jpeg")]
    eml = coremail(m, rng)
    return m, eml, dict(
        kind="appeal", client="163 webmail (Coremail)", family="clean",
        fields=fields(partner=full("P_LZ"), client=full("C_LY"), lead_ids=["SJ20260316-0048"],
                      pushed_at=iso(2026, 3, 16, 15, 30), objected_at=iso(2026, 3, 16, 18, 5), reason_code=3),
        source_text={"pushed_at": ["2026年3月16日 15:30"], "objected_at": ["2026年3月16日 18:05"], "reason_code": ["第3条"]},
        aliases=("P_LZ", "C_LY"),
        notes="An ordinary appeal: 163 webmail (GBK), 'label：value' lines, full dates, code 3, a JPEG; '两台' is a distractor.")


@entry
def K3():
    rng = R("K3")
    d = dt(2026, 4, 8, 10, 15, 42)
    m = dict(from_name="乌日娜", addr="urina@qcshanghui.com", date=d, subject="草原乳机10条商机调整反馈")
    data = [("SJ20260310-0015", "精准", "巴氏杀菌机，已报价"), ("SJ20260312-0042", "精准", "均质机，在谈"), ("SJ20260316-0007", "不精准", "奶茶店设备"),
            ("SJ20260318-0033", "精准", "发酵罐，已成交1台"), ("SJ20260320-0058", "不精准", "家用酸奶机"), ("SJ20260324-0021", "精准", "CIP清洗系统，已报价"),
            ("SJ20260326-0046", "精准", "灌装机，在谈"), ("SJ20260330-0012", "不精准", "二手乳品设备"), ("SJ20260402-0037", "精准", "冷却罐，已报价"),
            ("SJ20260406-0054", "精准", "杀菌机，在谈")]
    m["blocks"] = [
        "总部您好：\n\n合作商：呼和浩特青城商汇网络科技有限公司\n付费客户：呼和浩特金桥草原乳品机械有限公司\n\n最近10条商机的客户反馈如下：\n"
        + "\n".join(f"{i + 1}. {a}  {b}  {c}" for i, (a, b, c) in enumerate(data)) + "\n\n调整建议：\n新增关键词：乳品生产线、CIP清洗系统\n"
        "删除关键词：酸奶机、奶茶设备\n不做产品：家用酸奶机、奶茶店设备、二手设备\n主要针对人群：乳制品厂、牧场\n\n乌日娜\n青城商汇 客服部"]
    h, ip = host_ip(rng, m["addr"])
    eml = foxmail(m, rng, h, ip)
    return m, eml, dict(
        kind="adjustment", client="Foxmail 7.2", family="clean",
        fields=fields(partner=full("P_HH"), client=full("C_CY"), lead_ids=[r[0] for r in data], lead_count=10),
        source_text={"lead_count": ["最近10条"]},
        aliases=("P_HH", "C_CY"),
        extra={"keywords_add": ["乳品生产线", "CIP清洗系统"], "keywords_remove": ["酸奶机", "奶茶设备"],
               "excluded_products": ["家用酸奶机", "奶茶店设备", "二手设备"], "audience": ["乳制品厂", "牧场"]},
        notes="An ordinary adjustment: Foxmail 7.2, ten numbered lines 'N. id  精准/不精准  comment' and the four kinds of "
              "proposal; the line numbers and '1台' are distractors.")


@entry
def K4():
    rng = R("K4")
    d = dt(2026, 6, 30, 10, 5, 18)
    m = dict(from_name="杨帆", addr="yangfan@zcshulian.com", date=d, subject="商机汇总反馈-贵阳花溪黔丰混凝土机械有限公司")
    m["blocks"] = [
        "总部您好：\n\n黔丰机械的商机推送和服务期都已过线，汇总反馈如下：\n",
        Table([["合作商", "贵阳筑城数联网络科技有限公司"], ["付费客户", "贵阳花溪黔丰混凝土机械有限公司"], ["合同商机数", "100条"],
               ["已推送商机", "64条"], ["服务期", "2025年10月1日至2026年9月30日"]]),
        "\n一、客户情况分析：64条中精准约50条，主要是混凝土搅拌站和搅拌车，成交了3套搅拌站；不精准的多是问商品混凝土采购。\n"
        "二、建议解决方案：剩余36条多推贵州、云南的基建施工企业和搅拌站。客户有续费意向，希望续费后价格不变。\n\n杨帆\n筑城数联 客服部"]
    h, ip = host_ip(rng, m["addr"])
    eml = outlook(m, rng, h, ip)
    return m, eml, dict(
        kind="summary", client="Outlook 16 (zh-CN)", family="clean",
        fields=fields(partner=full("P_GY"), client=full("C_QF"), quota=100, pushed_count=64,
                      service_start="2025-10-01", service_end="2026-09-30"),
        source_text={"quota": ["100条"], "pushed_count": ["64条"], "service_start": ["2025年10月1日至2026年9月30日"],
                     "service_end": ["2025年10月1日至2026年9月30日"]},
        aliases=("P_GY", "C_QF"), renewal=True,
        notes="An ordinary summary: Outlook 16 zh-CN with a Word HTML table (tabs in the text alternative); both triggers "
              "(64 % of leads, 74.5 % of the period); '约50条', '3套', '剩余36条' are distractors.")


@entry
def K5():
    rng = R("K5")
    d = dt(2026, 6, 9, 15, 20, 30)
    m = dict(from_name="万磊", addr="wanlei@hcshangtong.com", date=d, subject="洪泰模具5条商机调整反馈")
    m["blocks"] = [
        "总部好：\n\n合作商：南昌洪城商通网络科技有限公司\n客户：南昌小蓝洪泰汽配模具有限公司\n\n近5条商机客户反馈：",
        Table([["商机编号", "需求", "是否精准", "备注"], ["SJ20260518-0026", "汽车覆盖件冲压模具", "精准", "已报价"],
               ["SJ20260522-0011", "模具设计培训", "不精准", "客户不做培训"], ["SJ20260527-0043", "注塑模具", "精准", "在谈"],
               ["SJ20260601-0008", "二手模具", "不精准", "客户不做二手"], ["SJ20260604-0035", "级进模", "精准", "已成交1套"]], header=True),
        "\n调整建议：新增关键词“级进模”“汽车覆盖件模具”；删除关键词“模具培训”“二手模具”；不做产品：模具培训、二手模具。\n\n万磊\n洪城商通"]
    eml = dingtalk(m, rng)
    return m, eml, dict(
        kind="adjustment", client="DingTalk mail (Alimail; approximated)", family="clean",
        fields=fields(partner=full("P_NC"), client=full("C_HT"),
                      lead_ids=["SJ20260518-0026", "SJ20260522-0011", "SJ20260527-0043", "SJ20260601-0008", "SJ20260604-0035"],
                      lead_count=5),
        source_text={"lead_count": ["近5条"]},
        aliases=("P_NC", "C_HT"),
        extra={"keywords_add": ["级进模", "汽车覆盖件模具"], "keywords_remove": ["模具培训", "二手模具"],
               "excluded_products": ["模具培训", "二手模具"], "audience": []},
        notes="An ordinary adjustment: DingTalk mail (UTF-8 text + html) with a five-row HTML table with a header row; '1套' "
              "is a distractor.")


# ============================ automatic ============================

@entry
def U1():
    rng = R("U1")
    d = dt(2026, 5, 25, 18, 40, 3)
    case = "SS-2026-000481"
    subject = f"自動回覆: [DOR#{case}] 商机汇总反馈已受理"
    text = ("您好：\n\n本人5月25日下午至5月29日休假，期間無法即時回覆郵件。商機申訴、調整與彙總事宜請聯繫同事林怡君"
            "（yichun.lin@dingchuang.com.tw，(02)2758-3316 分機 215）。\n\n黃柏翰\n台北鼎創資訊科技有限公司\n")
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"></head><body>'
           + divs(text) + "</body></html>")
    b = "_000_" + rs(rng, 12, HEXU) + "EXCH01dingchuanglo_"
    body = mp(b, [part(['Content-Type: text/plain; charset="big5"', "Content-Transfer-Encoding: base64"], b64body(crlf(text).encode("big5"))),
                  part(['Content-Type: text/html; charset="big5"', "Content-Transfer-Encoding: base64"], b64body(htm.encode("big5")))],
              preamble=None)
    mid = f"<{rs(rng, 32, HEXL)}@EXCH01.dingchuang.local>"
    h = top(rng, "pohan.huang@dingchuang.com.tw", "mail.dingchuang.com.tw", f"61.219.{rng.randint(1, 250)}.{rng.randint(1, 250)}", d, 2)
    h += ['From: "{}" <pohan.huang@dingchuang.com.tw>'.format(ew_one("黃柏翰", "big5")),
          f"To: =?utf-8?B?{base64.b64encode(HQ_NAME.encode()).decode()}?= <dor@ptg139.com>",
          hdr_words("Subject", subject, "utf-8"), hdr_words("Thread-Topic", f"[DOR#{case}] 商机汇总反馈已受理", "utf-8"),
          "Thread-Index: AQH" + rs(rng, 26, ALNUM) + "==", "Date: " + rfcdate(d), "Message-ID: " + mid,
          f"In-Reply-To: <ack.{case}@ptg139.com>", f"References: <ack.{case}@ptg139.com>", "Content-Language: zh-TW",
          "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:", "Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
          "Content-Type: multipart/alternative;", f'\tboundary="{b}"', "MIME-Version: 1.0"]
    eml = hjoin(h) + b"\r\n" + body
    m = dict(message_id=mid, addr="pohan.huang@dingchuang.com.tw", subject=subject, atts=[], blocks=[text],
             irt=f"<ack.{case}@ptg139.com>", refs=[f"<ack.{case}@ptg139.com>"])
    return m, eml, dict(
        kind="auto", client="Exchange out-of-office (zh-TW)", family="auto", fields=fields(), source_text={},
        notes="Exchange out-of-office in traditional Chinese: subject prefix '自動回覆:' (traditional, not in the samples' "
              "list) plus Auto-Submitted: auto-generated and X-Auto-Response-Suppress; Big5 body, UTF-8 subject (HQ's "
              "simplified subject does not fit Big5); In-Reply-To to an @ptg139.com id and a case tag (case_ref set): "
              "automatic beats reply; names the partner and a colleague: no fields.")


@entry
def U2():
    rng = R("U2")
    d = datetime(2026, 7, 27, 6, 14, 9, tzinfo=UTC)
    case = "SS-2026-000702"
    ack = (f"赵敏 您好：\n\n您提交的商机汇总反馈已受理，案件编号 {case}。\n合作商：{full('P_YC')}\n付费客户：{full('C_NY')}\n"
           f"总部将在5个工作日内与您沟通续费方案。\n\n{HQ_NAME}\n")
    sent = d - timedelta(seconds=4)
    copy = ("Return-Path: <dor@ptg139.com>\nReceived: from mx1.ptg139.com (mx1.ptg139.com [203.0.113.25])\n"
            f"  by mx.ssyunlian.com (qmail) with ESMTP; {rfcdate(sent.astimezone(TZ))}\n"
            f"From: =?utf-8?B?{base64.b64encode(HQ_NAME.encode()).decode()}?= <dor@ptg139.com>\nTo: zhaomin@ssyunlian.com\n"
            + hdr_words("Subject", f"[DOR#{case}] 商机汇总反馈已受理", "utf-8", fold="\n ") + "\n"
            f"Date: {rfcdate(sent.astimezone(TZ))}\nMessage-ID: <ack.{case}@ptg139.com>\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: base64\nAuto-Submitted: auto-generated\n\n"
            + base64.encodebytes(crlf(ack).encode("utf-8")).decode())
    text = ("Hi. This is the qmail-send program at mx.ssyunlian.com.\nI'm afraid I wasn't able to deliver your message to the following "
            "addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<zhaomin@ssyunlian.com>:\n"
            "Sorry, no mailbox here by that name. (#5.1.1)\n\n--- Below this line is a copy of the message.\n\n" + copy)
    h = ["Return-Path: <>", "Delivered-To: dor@ptg139.com"] + received(rng, "mx.ssyunlian.com", f"222.75.{rng.randint(1, 250)}.{rng.randint(1, 250)}",
                                                                        d.astimezone(TZ), 1)
    h += [f"Date: {d.day} Jul 2026 {d:%H:%M:%S} -0000", "From: MAILER-DAEMON@mx.ssyunlian.com", "To: dor@ptg139.com",
          "Subject: failure notice"]
    eml = hjoin(h) + b"\r\n" + crlf(text).encode("ascii")
    m = dict(message_id=None, addr="MAILER-DAEMON@mx.ssyunlian.com", subject="failure notice", atts=[], blocks=[text])
    return m, eml, dict(
        kind="auto", client="qmail bounce", family="auto", fields=fields(), source_text={},
        notes="A qmail 'failure notice' bounce: plain text, no MIME headers, no Message-ID (message_id null), no "
              "Auto-Submitted, Date in UTC with '-0000'; automatic by the MAILER-DAEMON sender and the empty Return-Path; the "
              "copied HQ message below the line (its own headers, a case tag in its Subject, a base64 body naming partner "
              "and client) is body text, not an attachment; case_ref null.")


@entry
def U3():
    rng = R("U3")
    d = dt(2026, 4, 13, 10, 2, 44)
    case = "SS-2026-000318"
    m = dict(from_name="Winnie Ho", addr="winnie.ho@hangwui.com.hk", date=d, subject=f"Automatic reply: [DOR#{case}] 商机申诉判定结果")
    m["irt"] = f"<verdict.{case}@ptg139.com>"
    m["refs"] = [f"<verdict.{case}@ptg139.com>"]
    m["extra"] = ["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"]
    m["blocks"] = ["Thank you for your email. I am out of the office from 13 to 17 April with limited access to email. For urgent "
                   "matters about leads, appeals or renewals, please contact Kelvin Cheung (kelvin.cheung@hangwui.com.hk, "
                   "+852 2873 4412).\n\nWinnie Ho\nHang Wui Commerce Technology Limited"]
    h, ip = host_ip(rng, m["addr"])
    eml = outlook(m, rng, h, ip, lang="en-US")
    return m, eml, dict(
        kind="auto", client="Outlook 16 (en-US) out-of-office", family="auto", fields=fields(), source_text={},
        notes="English Outlook out-of-office 'Automatic reply:' with Auto-Submitted: auto-generated, In-Reply-To to the HQ "
              "verdict and the case tag in the subject (case_ref set): auto, not reply; names the partner and a colleague: "
              "no fields.")


# --------------------------------------------------------------------------
# labels
# --------------------------------------------------------------------------

CASE_RE = re.compile(r"DOR#(SS-\d{4}-\d{6})")
PTG_RE = re.compile(r"<[^<>]*?(SS-\d{4}-\d{6})[^<>]*@ptg139\.com>")
FAMILIES = ("traditional", "english", "dates", "numbers", "forms", "not-a-request", "thread-correction", "short-names",
            "clean", "auto")
TOPICS = ("question", "onboarding", "invoice", "meeting", "account", "complaint", "pitch", "other")


def corpus_of(m):
    parts = [m.get("subject") or "", plain_of(m.get("blocks", []))]
    parts += [a.text for a in m.get("atts") or []]
    return "\n".join(parts)


def accept_of(value, code, corpus):
    """Other ways the message writes the same company (each standing on its own, not only inside a longer form),
    then the simplified-script forms of the traditional ones (the value's own first)."""
    forms, simp = CO[code]
    assert value in forms, (value, code)
    present = []
    for f in forms:
        if f == value:
            continue
        rest = corpus
        for g in sorted((g for g in forms if f in g and g != f), key=len, reverse=True):
            rest = rest.replace(g, "")
        if f in rest:
            present.append(f)
    out = list(present)
    for f in [value] + present:
        if f in simp and simp[f] not in out and simp[f] != value:
            out.append(simp[f])
    return out


def trigger_of(f, date):
    lead = bool(f["quota"]) and f["pushed_count"] is not None and f["pushed_count"] / f["quota"] >= 0.6
    s = datetime.fromisoformat(f["service_start"] + "T00:00:00+08:00")
    e = datetime.fromisoformat(f["service_end"] + "T00:00:00+08:00") + timedelta(days=1)
    timep = (date - s) / (e - s) >= 0.7
    return "both" if lead and timep else ("lead_60" if lead else ("time_70" if timep else None))


def label_of(key, m, lab):
    kind = lab["kind"]
    assert kind in rules.KINDS and lab["family"] in FAMILIES, key
    subj = m["subject"]
    cm = CASE_RE.search(nfkc(subj)) if subj else None
    atts = m.get("atts") or []
    f = lab["fields"]
    if kind in ("auto", "unknown"):
        assert all(v in (None, []) for v in f.values()), key
    roles = [rules.role_of(a.filename) for a in atts]
    out = {
        "kind": kind,
        "message_id": m["message_id"],
        "sender": m["addr"],
        "subject": subj,
        "case_ref": cm.group(1) if cm else None,
        "fields": f,
        "missing": rules.missing_fields(kind, f, roles),
        "attachments": [a.label() for a in atts],
        "notes": lab["notes"],
        "mail_client": lab["client"],
        "family": lab["family"],
    }
    if kind == "unknown":
        assert lab["topic"] in TOPICS, key
        out["topic"] = lab["topic"]
    if kind in ("appeal", "adjustment", "summary") and "aliases" in lab:
        corpus = corpus_of(m)
        acc = {}
        for fld, code in zip(("partner", "client"), lab["aliases"], strict=True):
            if f[fld]:
                assert f[fld] in corpus, (key, fld)
                a = accept_of(f[fld], code, corpus)
                if a:
                    acc[fld] = a
        if acc:
            out["accept"] = acc
    tc = None
    for t in [m.get("irt")] + list(m.get("refs") or []):
        mm = PTG_RE.search(t or "")
        if mm:
            tc = mm.group(1)
    if tc:
        out["thread_case_ref"] = tc
    if lab.get("malformed"):
        out["malformed"] = True
    if kind == "appeal":
        out["checks"] = {"objection_within_8h": rules.within_8h(f["pushed_at"], f["objected_at"]),
                         "evidence_present": rules.evidence_present(roles)}
    if kind == "adjustment":
        out["extra"] = lab["extra"]
    if kind == "summary":
        trig = lab.get("trigger") or trigger_of(f, m["date"])
        assert trig, key
        out["extra"] = {"trigger": trig, "renewal_intent": lab.get("renewal")}
    out["source_key"] = key
    out["source_text"] = lab.get("source_text", {})
    return out


def build_all():
    BUILT.clear()
    for fn in ENTRIES:
        m, eml, lab = fn()
        BUILT[fn.__name__] = (m, eml, lab)
    order = [fn.__name__ for fn in ENTRIES]
    random.Random(SEED).shuffle(order)
    files = []
    for i, k in enumerate(order, 1):
        m, eml, lab = BUILT[k]
        assert b"\n" not in eml.replace(b"\r\n", b""), k
        assert b"\r" not in eml.replace(b"\r\n", b""), k
        assert max(len(ln) for ln in eml.split(b"\r\n")) < 998, k
        files.append((f"{i:03d}", k, eml, label_of(k, m, lab)))
    return files


README_HEAD = """# blind5 — 64 labelled partner mails for `maild parse`, by family

A blind evaluation set: written from `shared/spec/DOMAIN.md`, the seed process document,
`shared/samples/` (README, sNN.eml, sNN.expected.json) and the label tools in
`tools/corpus/` only — never the parser, its tests or another set's mail. Its purpose is
an honest measure of how the parser generalises to mail nobody tuned it on. Each message
belongs to one *family* of difficulty (the label's `family` key):

| family | what makes it hard |
|---|---|
| `traditional` | Taiwan / Hong Kong / Macau writers in traditional script (Big5 or UTF-8): 商機申訴, 調整回饋, 彙總, 合約, 推送時間, 條; Cantonese; ROC-calendar and day/month dates |
| `english` | English and mixed-language writers: 'Partner: … / Client: … / Pushed: 09.10.2026 13:50' on one line, English reasons, Outlook signature blocks |
| `dates` | dates without a year across New Year, times that inherit 上午/下午, 'N点多', '9时20分', '2:15 pm', periods written as ranges, months or 'N起，服务期一年' |
| `numbers` | counts in Chinese and financial numerals, id shorthand ('…0019/0020', '…0012、0015', 'A 至 B 共5条'), look-alike dashes in ids |
| `forms` | .docx/.xlsx forms with merged cells, ticked boxes (☑ ■ √) as the reason or trigger, label and value in one cell, announced-but-empty fields |
| `not-a-request` | mail about appeals, renewals or keywords that is none of the three requests: kind `unknown` with a `topic` |
| `thread-correction` | replies (case tag and/or In-Reply-To to HQ) that change one field; the label holds the corrected field only |
| `short-names` | partner or client written only by a short name, in prose or only in the signature |
| `clean` | ordinary, well-formed requests, so the set is not only edge cases |
| `auto` | out-of-office and bounces |

Everything is fictitious: partners in 台北, 台中, 香港, 澳门, 厦门, 无锡, 常州, 南昌, 贵阳, 昆明,
兰州, 银川 and 呼和浩特, their clients, people, phone numbers, tax ids, lead and case ids.

The `NNN.eml` / `NNN.expected.json` files live in `tests/mail/blind5/`; the scripts and this
README in `tools/corpus/blind5/`.

- `NNN.eml` — the message as delivered (CRLF, Return-Path / Delivered-To / Received on
  top, bytes written the way each client writes them: QQ Mail, 163, Foxmail (GB and Big5),
  Outlook zh-CN / zh-TW / en-US, Apple Mail, iPhone Mail, Gmail, Thunderbird, WeCom,
  DingTalk, a Taiwanese webmail, Exchange, qmail).
- `NNN.expected.json` — the expected `maild parse --json` output with the samples' keys
  (`kind`, `message_id`, `sender`, `subject`, `case_ref`, `fields`, `missing`,
  `attachments` with `detected_type` / `inline`) and explanatory keys: `notes`,
  `mail_client`, `family`, `topic` (unknown mail: question, onboarding, invoice, meeting,
  account, complaint, pitch or other), `accept`, `thread_case_ref`, `checks` (appeals),
  `extra` (adjustments: keywords / excluded products / audience; summaries: trigger and
  renewal intent), `source_key` and `source_text` (the literal strings each time, count,
  date, reason and shorthand id list was read from).
- `generate.py` — deterministic (a seeded `random.Random` per message, fixed dates inside
  the Office files): `python -B tools/corpus/blind5/generate.py` rewrites every file byte
  for byte; `--out DIR` writes into DIR instead.
- `check.py` — `python -B tools/corpus/blind5/check.py`: Python's email package parses each
  message; attachments found by the samples' rule match name, type, size, sha256, role and
  sniffed type; every value appears in the decoded text (reply values before the quoted
  part); times, counts, dates, reasons and id lists are re-derived from `source_text`;
  `missing`, `checks` and the summary trigger follow DOMAIN.md §7; kind and family counts;
  a regeneration reproduces every file.

Compare as the samples' README says: kind, message_id, sender, subject, case_ref and
attachments (filename, content_type, size, sha256, role) exactly, `missing` as a set,
fields exactly for appeal/adjustment/summary (NFKC; partner/client may match an `accept`
alias; times as instants), reply fields informative, auto/unknown: no invented fields.

## Labelling decisions that a reader could make differently

- **Traditional script** is labelled as written (臺/台 and all): 台北鼎創資訊科技有限公司,
  not its simplified form; `accept` lists the short forms present and the simplified
  forms of both (e.g. 台北鼎创资讯科技有限公司, 鼎创资讯), so a parser that converts script is
  not penalised.
- **English and Chinese names of one company**: the value is the form on the label line or,
  without a label, the fullest form written; the other language goes to `accept`. When the
  label line has a short name and the signature the full English name (Gmail appeal), the
  full name is the value.
- **Dates**: a date without a year is the most recent such date not after the Date header
  (12月31日 in a mail of 2 January is last year's). 'DD.MM.YYYY' (09.04.2026) and Hong Kong
  'D/M/YYYY' (23/3/2026) are day first, as their writers mean them (both are unambiguous
  against the Date header). '115年5月12日' is the ROC calendar: 2026-05-12.
- **Times**: a clock time without 上午/下午 after an earlier one that had it inherits it
  (下午3点10分推送，客户4点半反馈 → 16:30); 'N点多' is labelled N:00 (only the hour is
  known); 中午12点20 is 12:20.
- **Periods**: '2026年3月至次年2月' → 2026-03-01 .. 2027-02-28; '1月10日起，服务期一年' →
  2026-01-10 .. 2027-01-09 (one year ends the day before the anniversary, as the samples'
  periods do).
- **Lead ids**: shorthand is expanded to full ids ('SJ20260922-0019/0020' → two ids,
  'A 至 B 共5条' → the five ids from A to B, 'SJ20260803-0012、0015…' → each suffix with
  the prefix); look-alike dashes (U+2013, U+2014, U+FF0D) are the ASCII hyphen-minus;
  bare suffixes in feedback lines ('0031、0033：精准') refer to listed ids and add none.
- **Forms**: a ticked box (☑, ■, √) chooses the reason among printed criteria; an
  announced field with an empty cell is null and listed in `missing`, never the next
  label's value.
- **Replies** carry only what the new text changes: '申诉理由改为第2条' → reason_code 2,
  '推送时间更正为1月6日上午10:20' → pushed_at; the replaced old value and the quoted HQ
  acknowledgement are not fields. Correction replies name no company in their new text,
  so partner/client stay null.
- **Unknown mail** gets a `topic`; a Google Calendar invitation (Sender
  calendar-notification@google.com, no Auto-Submitted) is a person's mail, so `unknown`
  / meeting, not `auto`; its text/calendar alternative has no name and is no attachment,
  its invite.ics is (role other, detected text/calendar).
- **Automatic**: '自動回覆:' (traditional) and 'Automatic reply:' prefixes come with
  Auto-Submitted headers here; the qmail bounce has no MIME, no Message-ID
  (message_id null) and no Auto-Submitted — it is automatic by its MAILER-DAEMON sender.
- **Evidence**: role follows the file type only (an .ics is 'other', a form is 'form').

## Files

| file | key | kind | family | mail client | what it exercises |
|---|---|---|---|---|---|
"""


def write_readme(path, files):
    rows = ["| {} | {} | {} | {} | {} | {} |".format(nnn, key, lab["kind"] + (f" ({lab['topic']})" if "topic" in lab else ""),
                                                     lab["family"], lab["mail_client"], lab["notes"].replace("|", "/"))
            for nnn, key, _eml, lab in files]
    kinds, fams = {}, {}
    for _, _, _, lab in files:
        kinds[lab["kind"]] = kinds.get(lab["kind"], 0) + 1
        fams[lab["family"]] = fams.get(lab["family"], 0) + 1
    tail = ("\n\n## Counts\n\n| kind | count |\n|---|---|\n"
            + "\n".join(f"| {k} | {kinds.get(k, 0)} |" for k in rules.KINDS)
            + f"\n| total | {len(files)} |\n\n| family | count |\n|---|---|\n"
            + "\n".join(f"| {k} | {fams.get(k, 0)} |" for k in FAMILIES) + "\n")
    path.write_text(README_HEAD + "\n".join(rows) + tail, encoding="utf-8")


def main():
    out, readme_path = layout.outputs(SET, sys.argv[sys.argv.index("--out") + 1] if "--out" in sys.argv else None)
    out.mkdir(parents=True, exist_ok=True)
    files = build_all()
    for nnn, _key, eml, lab in files:
        (out / (nnn + ".eml")).write_bytes(eml)
        (out / (nnn + ".expected.json")).write_text(json.dumps(lab, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    write_readme(readme_path, files)
    kinds = {}
    for _, _, _, lab in files:
        kinds[lab["kind"]] = kinds.get(lab["kind"], 0) + 1
    print(f"wrote {len(files)} messages to {out}: {kinds}")


if __name__ == "__main__":
    main()
