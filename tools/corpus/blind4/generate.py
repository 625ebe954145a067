#!/usr/bin/env python3
"""Deterministic generator of the blind4 evaluation set (40 labelled partner mails).

Run:  python -B tools/corpus/blind4/generate.py [--out DIR]
      (default: the set into tests/mail/blind4, README.md next to this file;
      with --out, everything into DIR)

Every message is assembled byte by byte the way its mail client writes it
(CRLF line ends, the receiving server's Return-Path / Delivered-To / Received
on top).  Everything is fictitious.  A fixed seed and fixed timestamps inside
the generated .docx/.xlsx/.pdf/.png files make reruns byte-identical.

Needs python-docx, openpyxl and pillow (the project venv has them).
"""
import base64
import html
import io
import json
import random
import re
import struct
import sys
import time
import unicodedata
import urllib.parse
from datetime import datetime, timedelta, timezone
from pathlib import Path

from PIL import Image, ImageDraw

sys.path.insert(1, str(Path(__file__).resolve().parents[1]))  # tools/corpus: the shared modules

import layout
import rules
from mimekit import (
    M4A_FTYP,
    box,
    crlf,
    docx_document,
    ew_one,
    ew_words,
    fill_sheet,
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

SEED = 41392026
TZ = timezone(timedelta(hours=8))
FIXED_ZIP_DT = (2026, 3, 1, 9, 0, 0)
HQ = "dor@ptg139.com"

DOCX_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def R(key):
    return random.Random(f"{SEED}:{key}")


def dt(y, mo, d, h, mi, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=TZ)


def iso(y, mo, d, h, mi):
    return dt(y, mo, d, h, mi).isoformat()


# --------------------------------------------------------------------------
# encodings
# --------------------------------------------------------------------------

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


def hdr_enc(name, s, charset, codec=None, maxbytes=45):
    return name + ": " + "\r\n ".join(ew_words(s, charset, codec, maxbytes))


ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
HEXU = "0123456789ABCDEF"
HEXL = "0123456789abcdef"


def rs(rng, n, alphabet=ALNUM):
    return "".join(rng.choice(alphabet) for _ in range(n))


def received(rng, host, ip, date, delay=3):
    qid = "4" + rs(rng, 12)
    return [
        f"Received: from {host} ({host} [{ip}])",
        f"\tby mx1.ptg139.com (Postfix) with ESMTPS id {qid}",
        f"\tfor <dor@ptg139.com>; {rfcdate(date + timedelta(seconds=delay))} (CST)",
    ]


def top(rng, return_path, host, ip, date, delay=3):
    return [f"Return-Path: <{return_path}>", "Delivered-To: dor@ptg139.com"] + received(rng, host, ip, date, delay)


hjoin = header_block
part = leaf


def mp(boundary, parts, preamble="This is a multi-part message in MIME format."):
    return multipart_body(boundary, parts, None if preamble is None else preamble.encode() + b"\r\n")


# --------------------------------------------------------------------------
# body blocks -> plain text / client HTML
# --------------------------------------------------------------------------

class Table:
    def __init__(self, rows):
        self.rows = rows


class Quote:
    """Quoted earlier mail: header lines + text (plain form already as the client writes it)."""

    def __init__(self, plain, html_head=None, html_lines=None):
        self.plain = plain
        self.html_head = html_head
        self.html_lines = html_lines


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


TD = '<td style="border:1px solid #999;padding:4px 8px">%s</td>'


def simple_table(t, td=TD, attrs='border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse"'):
    return "<table {}>{}</table>".format(attrs, "".join("<tr>{}</tr>".format("".join(td % esc(c) for c in r)) for r in t.rows))


def html_generic(blocks, quote_style):
    out = ""
    for b in blocks:
        if isinstance(b, Table):
            out += simple_table(b)
        elif isinstance(b, Quote):
            out += quote_style(b)
        else:
            out += divs(b)
    return out


def quote_div(q):
    return f'<div><br></div><blockquote style="margin:0 0 0 0.8ex;border-left:1px solid #ccc;padding-left:1ex">{divs(q.plain)}</blockquote>'


# ---- Outlook (Word HTML) ----
OUTLOOK_HEAD = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=gb2312">'
                '<meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\n/* Font Definitions */\n'
                '@font-face\n\t{font-family:宋体;\n\tpanose-1:2 1 6 0 3 1 1 1 1 1;}\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\ttext-align:justify;\n\ttext-justify:inter-ideograph;\n'
                '\tfont-size:10.5pt;\n\tfont-family:等线;}\n--></style></head><body lang=ZH-CN link="#0563C1" vlink="#954F72" '
                "style='text-justify-trim:punctuation'><div class=WordSection1>")
SPAN = "<span style='font-family:\"微软雅黑\",sans-serif'>%s</span>"


def o_p(line):
    if line.strip():
        return "<p class=MsoNormal>" + SPAN % (esc(line) + "<o:p></o:p>") + "</p>"
    return "<p class=MsoNormal>" + SPAN % "<o:p>&nbsp;</o:p><o:p></o:p>" + "</p>"


def outlook_html(blocks):
    out = OUTLOOK_HEAD
    for b in blocks:
        if isinstance(b, Table):
            out += "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>"
            for r in b.rows:
                out += "<tr>" + "".join(
                    "<td width=200 valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>" + o_p(c) + "</td>"
                    for c in r) + "</tr>"
            out += "</table>"
        elif isinstance(b, Quote):
            out += "<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
            out += "".join(o_p(ln) for ln in b.plain.split("\n")) + "</div>"
        else:
            out += "".join(o_p(ln) for ln in b.split("\n"))
    return out + "</div></body></html>"


def coremail_html(blocks):
    return ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">' + html_generic(blocks, quote_div)
            + '</div><br><br><span title="neteasefooter"><p>&nbsp;</p></span>')


def foxmail_quote(q):
    return ('<div><br></div><div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            '<div style="PADDING-RIGHT: 8px; PADDING-LEFT: 8px; FONT-SIZE: 12px;FONT-FAMILY:tahoma;COLOR:#000000; '
            'BACKGROUND: #efefef; PADDING-BOTTOM: 8px; PADDING-TOP: 8px">' + divs(q.html_head) + '</div></div>'
            '<div>' + divs(q.html_lines) + '</div>')


def foxmail_html(blocks, charset):
    return (f'<html><head><meta http-equiv="content-type" content="text/html; charset={charset}"><style>body {{ line-height: 1.5; }}'
            'blockquote { margin-top: 0px; margin-bottom: 0px; margin-left: 0.5em; }body { font-size: 14px; '
            "font-family: '微软雅黑'; color: rgb(0, 0, 0); line-height: 1.5; }</style></head><body>\n"
            + html_generic(blocks, foxmail_quote) + "\n</body></html>")


def qq_quote(q):
    return ('<div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">'
            '------------------&nbsp;原始邮件&nbsp;------------------</div>'
            '<div style="font-size: 12px;background:#efefef;padding:8px;">' + divs(q.html_head) + '</div><div><br></div>'
            + divs(q.html_lines))


def qq_html(blocks, charset_label):
    return (f'<meta http-equiv="Content-Type" content="text/html; charset={charset_label}">'
            + html_generic(blocks, qq_quote))


def apple_html(blocks):
    def aq(q):
        return f'<div><br><blockquote type="cite"><div>{divs(q.html_lines)}</div></blockquote></div>'
    return ('<html aria-label="邮件正文"><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            + html_generic(blocks, aq) + "</body></html>")


# --------------------------------------------------------------------------
# attachment payloads
# --------------------------------------------------------------------------

def _screen(rng, w, h, bubbles=9, photo=False):
    im = Image.new("RGB", (w, h), (237, 237, 237))
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, w, 28], fill=(246, 246, 246))
    d.rectangle([0, 28, w, 80], fill=(247, 247, 247))
    for x in range(12, 60, 9):
        d.rectangle([x, 10, x + 5, 18], fill=(40, 40, 40))
    y = 96
    for _i in range(bubbles):
        mine = rng.random() < 0.45
        lines = rng.randint(1, 3)
        bw = rng.randint(w // 3, int(w * 0.7))
        bh = 14 + lines * 20
        x0 = w - 60 - bw if mine else 60
        d.rectangle([w - 48 if mine else 8, y, w - 8 if mine else 48, y + 40],
                    fill=(rng.randint(60, 200), rng.randint(60, 200), rng.randint(60, 200)))
        d.rounded_rectangle([x0, y, x0 + bw, y + bh], radius=6, fill=(149, 236, 105) if mine else (255, 255, 255))
        for k in range(lines):
            tw = bw - 20 if k < lines - 1 else rng.randint(bw // 4, bw - 20)
            x = x0 + 10
            while x < x0 + 10 + tw:
                cw = rng.randint(10, 13)
                ty = y + 10 + k * 20
                for _s in range(rng.randint(3, 6)):  # a glyph: a few strokes
                    ax, ay = x + rng.randint(0, cw), ty + rng.randint(0, 13)
                    if rng.random() < 0.5:
                        bx, by = x + rng.randint(0, cw), ay
                    else:
                        bx, by = ax, ty + rng.randint(0, 13)
                    d.line([ax, ay, bx, by], fill=(rng.randint(20, 90),) * 3)
                x += cw + 3
        y += bh + 22
        if y > h - 80:
            break
    d.rectangle([0, h - 56, w, h], fill=(246, 246, 246))
    if photo:  # camera noise so the JPEG looks like a phone photo of a screen
        px = im.load()
        for yy in range(0, h, 2):
            for xx in range(0, w, 2):
                r, g, b = px[xx, yy]
                n = rng.randint(-6, 6)
                px[xx, yy] = (max(0, min(255, r + n)), max(0, min(255, g + n)), max(0, min(255, b + n)))
    return im


def make_png(rng, w=360, h=720, bubbles=10):
    buf = io.BytesIO()
    _screen(rng, w, h, bubbles).save(buf, "PNG")
    return buf.getvalue()


def make_jpg(rng, w=360, h=720, bubbles=8, photo=False, quality=82):
    buf = io.BytesIO()
    _screen(rng, w, h, bubbles, photo).save(buf, "JPEG", quality=quality)
    return buf.getvalue()


def make_pdf_scan(rng, pages=1):
    ims = []
    for _p in range(pages):
        im = Image.new("L", (620, 877), 250)
        d = ImageDraw.Draw(im)
        d.rectangle([200, 50, 420, 70], fill=40)
        y = 110
        for _i in range(11):
            d.rectangle([60, y, 560, y + 44], outline=60)
            d.line([170, y, 170, y + 44], fill=60)
            x = 75
            while x < 150:
                d.rectangle([x, y + 15, x + 12, y + 28], fill=50)
                x += 16
            x = 185
            end = rng.randint(280, 540)
            while x < end:
                d.rectangle([x, y + 15, x + 11, y + 28], fill=rng.randint(30, 80))
                x += 15
            y += 44
        d.ellipse([400, 640, 540, 780], outline=120, width=4)
        px = im.load()
        for yy in range(0, 877, 3):
            for xx in range(0, 620, 3):
                px[xx, yy] = max(0, min(255, px[xx, yy] + rng.randint(-10, 4)))
        ims.append(im.convert("RGB"))
    buf = io.BytesIO()
    t = time.struct_time((2026, 7, 2, 9, 0, 0, 3, 183, 0))
    ims[0].save(buf, "PDF", resolution=100.0, save_all=True, append_images=ims[1:], creationDate=t, modDate=t)
    return buf.getvalue()


def make_amr(rng, seconds):
    return amr_frames(seconds * 50, lambda: bytes(rng.getrandbits(8) for _ in range(31)))


def make_m4a(rng, seconds):
    ftyp = M4A_FTYP
    mvhd = box(b"mvhd", struct.pack(">B3xIIII", 0, 3865000000, 3865000000, 1000, seconds * 1000)
                + struct.pack(">IH10x", 0x00010000, 0x0100) + struct.pack(">9I", 0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000)
                + b"\x00" * 24 + struct.pack(">I", 2))
    moov = box(b"moov", mvhd)
    mdat = box(b"mdat", bytes(rng.getrandbits(8) for _ in range(seconds * 2000)))
    return ftyp + moov + mdat


def make_mp3(rng, seconds):
    out = bytearray(id3v23(b""))
    nframes = int(seconds * 38.28)
    for _ in range(nframes):
        out += b"\xff\xfb\x50\x64" + bytes(rng.getrandbits(8) for _ in range(204))
    return bytes(out)


def make_wav(rng, seconds, rate=8000):
    n = seconds * rate
    import math
    samples = bytearray()
    ph = 0.0
    for i in range(n):
        ph += 2 * math.pi * (180 + 60 * math.sin(i / 900.0)) / rate
        v = int(2600 * math.sin(ph) * (0.6 + 0.4 * math.sin(i / 1500.0)) + rng.randint(-300, 300))
        samples += struct.pack("<h", v)
    hdr = b"RIFF" + struct.pack("<I", 36 + len(samples)) + b"WAVEfmt " + struct.pack("<IHHIIHH", 16, 1, 1, rate, rate * 2, 2, 16)
    return hdr + b"data" + struct.pack("<I", len(samples)) + bytes(samples)


CORE_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:creator>{a}</dc:creator><cp:lastModifiedBy>{a}</cp:lastModifiedBy><cp:revision>2</cp:revision>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">{t}</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">{t}</dcterms:modified></cp:coreProperties>')


def normalize_zip(data, author, when):
    core = CORE_XML.format(a=author, t=when).encode("utf-8")
    return repack_zip(data, FIXED_ZIP_DT, mode=0o600, create_system=3, core=lambda _: core)


def make_docx(author, when, paras_before, rows=None, paras_after=(), header_row=True):
    paras_before = list(paras_before)
    d = docx_document(paras_before[0] if paras_before else None, rows or None, paras_before=paras_before[1:],
                      paras_after=paras_after)
    return normalize_zip(saved(d), author, when)


def make_xlsx(author, when, title, rows, widths=None, date_fmt="yyyy-mm-dd", merge_title=None):
    import openpyxl
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    fill_sheet(ws, rows, lambda v: (date_fmt if (v.hour, v.minute) == (0, 0) and date_fmt else "yyyy-mm-dd hh:mm")
               if isinstance(v, datetime) else None)
    ws["A1"].font = Font(bold=True, size=14)
    if merge_title:
        ws.merge_cells(merge_title)
    if widths:
        for col, w in widths.items():
            ws.column_dimensions[col].width = w
    return normalize_zip(saved(wb), author, when)


def docx_text(paras_before, rows=None, paras_after=()):
    out = list(paras_before)
    for r in rows or []:
        out.append(" ".join(r))
    return "\n".join(out + list(paras_after))


def xlsx_text(rows):
    out = []
    for r in rows:
        cells = []
        for v in r:
            if v is None:
                continue
            if isinstance(v, datetime):
                cells.append(v.strftime("%Y-%m-%d %H:%M") if (v.hour, v.minute) != (0, 0) else v.strftime("%Y-%m-%d"))
            else:
                cells.append(str(v))
        out.append(" ".join(cells))
    return "\n".join(out)


# --------------------------------------------------------------------------
# attachments
# --------------------------------------------------------------------------

class Att:
    def __init__(self, filename, declared, data, detected, inline=False, text=None, encoding="base64"):
        self.filename = filename
        self.declared = declared
        self.data = data
        self.detected = detected
        self.inline = inline
        self.text = text  # readable text of the file, for labels
        self.encoding = encoding

    def label(self):
        return rules.att_label(self.filename, self.declared, self.data, rules.role_of(self.filename), self.detected,
                               self.inline)


def body_of(att):
    if att.encoding == "base64":
        return b64body(att.data)
    return att.data  # 7bit message/rfc822: raw bytes, ends with CRLF


def att_part(style, a, rng=None):
    fn = a.filename
    cte = f"Content-Transfer-Encoding: {a.encoding}"
    if style in ("qq", "wecom"):
        cs = "gb18030" if style == "qq" else "utf-8"
        name = ew_one(fn, cs)
        h = [f"Content-Type: {a.declared};", f'\tcharset="{cs}";', f'\tname="{name}"', cte,
             "Content-Disposition: attachment;", f'\tfilename="{name}"']
    elif style == "coremail":
        name = ew_one(fn, "GBK", "gbk")
        h = [f'Content-Type: {a.declared}; name="{name}"', cte,
             f'Content-Disposition: attachment; filename="{name}"']
    elif style in ("foxmail", "outlook"):
        name = ew_one(fn, "gb2312", "gb18030")
        h = [f"Content-Type: {a.declared};", f'\tname="{name}"', cte,
             "Content-Disposition: attachment;", f'\tfilename="{name}"']
    elif style == "apple":
        pct = urllib.parse.quote(fn.encode("utf-8"), safe="")
        segs = [pct[i:i + 60] for i in range(0, len(pct), 60)]
        # do not split a %XX escape
        fixed, carry = [], ""
        for s in segs:
            s = carry + s
            carry = ""
            m = re.search(r"%[0-9A-F]?$", s)
            if m:
                carry = s[m.start():]
                s = s[:m.start()]
            fixed.append(s)
        if carry:
            fixed.append(carry)
        h = ["Content-Disposition: attachment;"]
        for i, s in enumerate(fixed):
            pre = "utf-8''" if i == 0 else ""
            h.append("\tfilename*{}*={}{}{}".format(i, pre, s, ";" if i < len(fixed) - 1 else ""))
        h += [f"Content-Type: {a.declared};", "\tx-unix-mode=0644;", f'\tname="{ew_q(fn)}"', cte]
    elif style == "iphone":
        h = [f"Content-Type: {a.declared};", f"\tname={fn};",
             "\tx-apple-part-url={}".format("-".join(rs(rng, n, HEXU) for n in (8, 4, 4, 4, 12))),
             "Content-Disposition: {};".format("inline" if a.inline else "attachment"), f"\tfilename={fn}", cte]
    elif style == "android":
        raw = fn.encode("gbk")
        h = [b'Content-Type: ' + a.declared.encode() + b'; name="' + raw + b'"', cte,
             b'Content-Disposition: attachment; filename="' + raw + b'"']
    else:
        raise ValueError(style)
    return part(h, body_of(a))


# --------------------------------------------------------------------------
# mail clients
# --------------------------------------------------------------------------

def thread_headers(m):
    h = []
    if m.get("irt"):
        h.append("In-Reply-To: {}".format(m["irt"]))
    if m.get("refs"):
        refs = m["refs"]
        h.append(f"References: {refs[0]}")
        for r in refs[1:]:
            h.append(f"\t{r}")
    return h


def qq_like(m, rng, wecom=False):
    """QQ Mail (gb18030) / WeCom-Exmail (utf-8): base64 text + html, NextPart boundaries."""
    cs = "utf-8" if wecom else "gb18030"
    d = m["date"]
    def tb():
        return f"----=_NextPart_{rs(rng, 8, HEXU)}_{rs(rng, 8, HEXU)}_{rs(rng, 8, HEXU)}"
    plain = crlf(plain_of(m["blocks"], " "))
    htm = qq_html(m["blocks"], "UTF-8" if wecom else "GB18030")
    alt_b = tb()
    alt = mp(alt_b, [
        part(["Content-Type: text/plain;", f'\tcharset="{cs}"', "Content-Transfer-Encoding: base64"], b64body(plain.encode(cs))),
        part(["Content-Type: text/html;", f'\tcharset="{cs}"', "Content-Transfer-Encoding: base64"], b64body(htm.encode(cs))),
    ], preamble=None)
    if m.get("atts"):
        outer_b = tb()
        ctype = ["Content-Type: multipart/mixed;", f'\tboundary="{outer_b}"']
        body = mp(outer_b, [part(["Content-Type: multipart/alternative;", f'\tboundary="{alt_b}"'], alt)]
                  + [att_part("wecom" if wecom else "qq", a) for a in m["atts"]])
    else:
        ctype = ["Content-Type: multipart/alternative;", f'\tboundary="{alt_b}"']
        body = b"This is a multi-part message in MIME format.\r\n\r\n" + alt
    if wecom:
        host = f"smtpbgsg{rng.randint(100, 199)}.qq.com"
        ip = f"54.254.{rng.randint(1, 250)}.{rng.randint(1, 250)}"
        mid = f"<tencent_{rs(rng, 36, HEXU)}@exmail.qq.com>"
        mailer = m.get("mailer", "WeCom Mail 4.1.33 (iPhone; iOS 18.3.1)")
        qmid = f"bizesmtp{rng.randint(10, 99)}t{int(d.timestamp()) - 9}t{rs(rng, 6, HEXL)}"
    else:
        host = f"smtpbg{rng.randint(20, 99)}.qq.com"
        ip = f"43.155.{rng.randint(1, 250)}.{rng.randint(1, 250)}"
        mid = f"<tencent_{rs(rng, 40, HEXU)}@qq.com>"
        mailer = "QQMail 2.x"
        qmid = f"xmsezb{rng.randint(10, 99)}t{int(d.timestamp()) - 6}t{rs(rng, 6, HEXL)}"
    m["message_id"] = m.get("message_id") or mid
    h = top(rng, m["addr"], host, ip, d, 6)
    h += ["X-QQ-mid: " + qmid, "X-QQ-Originating-IP: " + base64.b64encode(bytes(rng.getrandbits(8) for _ in range(32))).decode(),
          "X-QQ-SSF: 0000000000000000000000000000000"]
    h += ['From: "{}" <{}>'.format(ew_one(m["from_name"], cs), m["addr"]), f"To: <{HQ}>",
          hdr_enc("Subject", m["subject"], cs, maxbytes=10 ** 6 if not wecom else 45), "Mime-Version: 1.0"]
    h += ctype + ["Content-Transfer-Encoding: 8Bit", "Date: " + rfcdate(d, pad=False)]
    h += m.get("pre_extra", [])
    h += ["X-Priority: 3", "Message-ID: " + m["message_id"]]
    h += thread_headers(m)
    h += ["X-QQ-MIME: TCMime 1.0 by Tencent", "X-Mailer: " + mailer]
    if not wecom:
        h.append("X-QQ-Mailer: QQMail 2.x")
    h += ["X-QQ-SENDSIZE: 520"] + m.get("extra", [])
    return hjoin(h) + b"\r\n" + body


def coremail(m, rng, domain="163"):
    d = m["date"]
    plain = crlf(plain_of(m["blocks"], "  "))
    htm = coremail_html(m["blocks"])
    ms = int(d.timestamp()) * 1000 + 2
    def pb():
        return f"----=_Part_{rng.randint(10000, 99999)}_{rng.randint(10 ** 9, 10 ** 10 - 1)}.{ms}"
    alt_b = pb()
    alt = mp(alt_b, [
        part(["Content-Type: text/plain; charset=GBK", "Content-Transfer-Encoding: base64"], b64body(plain.encode("gbk"))),
        part(["Content-Type: text/html; charset=GBK", "Content-Transfer-Encoding: base64"], b64body(htm.encode("gbk"))),
    ], preamble=None)
    if m.get("atts"):
        ob = pb()
        ctype = ["Content-Type: multipart/mixed;", f'\tboundary="{ob}"']
        body = mp(ob, [part(["Content-Type: multipart/alternative;", f'\tboundary="{alt_b}"'], alt)]
                  + [att_part("coremail", a) for a in m["atts"]], preamble=None)
    else:
        ctype = ["Content-Type: multipart/alternative;", f'\tboundary="{alt_b}"']
        body = alt
    mid = "<{}.{}.{}.Coremail.{}>".format(rs(rng, 8, HEXL), rs(rng, 4, HEXL), "19" + rs(rng, 9, HEXL), m["addr"])
    m["message_id"] = mid
    if domain == "163":
        host = f"m{rng.randint(10, 99)}-{rng.randint(10, 99)}.163.com"
    else:
        host = f"m{rng.randint(100, 250)}.mail.126.com"
    ip = f"220.181.{rng.randint(1, 250)}.{rng.randint(1, 250)}"
    h = top(rng, m["addr"], host, ip, d, 3)
    h += [f"X-Originating-IP: [{rng.randint(36, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}]",
          "Date: " + rfcdate(d, cst=True), 'From: "{}" <{}>'.format(ew_one(m["from_name"], "GBK", "gbk"), m["addr"]), "To: " + HQ,
          hdr_enc("Subject", m["subject"], "GBK", "gbk", maxbytes=10 ** 6), "X-Priority: 3",
          "X-Mailer: Coremail Webmail Server Version 2023.4-cmXT build",
          f" 20251222(83accb85) Copyright (c) 2002-2026 www.mailtech.cn {domain}com",
          "X-NTES-SC: AL_Qu2cA" + rs(rng, 89)]
    h += ctype + ["MIME-Version: 1.0", "Message-ID: " + mid] + thread_headers(m)
    h += ["X-Coremail-Locale: zh_CN", f"X-CM-TRANSID: {rs(rng, 6, HEXL)}gD{rs(rng, 10, HEXL)}--.{rng.randint(10000, 99999)}W",
          f"X-CM-SenderInfo: {rs(rng, 12, HEXL)}/1tbi{rs(rng, 12, HEXL)}",
          "X-Coremail-Antispam: 1U5529EdanIXcx71UUUUU7vcSsGvfC2KfnxnUU=="]
    return hjoin(h) + b"\r\n" + body


def foxmail(m, rng, host, ip):
    """Foxmail 7.2: declares gb2312, writes GB18030; text base64, html quoted-printable."""
    d = m["date"]
    plain = crlf(plain_of(m["blocks"], " "))
    htm = crlf(foxmail_html(m["blocks"], "gb2312"))
    def n(k):
        return f"----=_{k:03d}_NextPart{rng.randint(10 ** 11, 10 ** 12 - 1)}_=----"
    alt_b = n(2)
    alt = mp(alt_b, [
        part(["Content-Type: text/plain;", '\tcharset="gb2312"', "Content-Transfer-Encoding: base64"], b64body(plain.encode("gb18030"))),
        part(["Content-Type: text/html;", '\tcharset="gb2312"', "Content-Transfer-Encoding: quoted-printable"],
             qp(htm.encode("gb18030")) + b"\r\n"),
    ], preamble=None)
    if m.get("atts"):
        ob = n(1)
        ctype = ["Content-Type: multipart/mixed;", f'\tboundary="{ob}"']
        body = mp(ob, [part(["Content-Type: multipart/alternative;", f'\tboundary="{alt_b}"'], alt)]
                  + [att_part("foxmail", a) for a in m["atts"]])
    else:
        ctype = ["Content-Type: multipart/alternative;", f'\tboundary="{alt_b}"']
        body = b"This is a multi-part message in MIME format.\r\n\r\n" + alt
    domain = m["addr"].split("@")[1]
    mid = "<{}{:08d}@{}>".format(d.strftime("%Y%m%d%H%M%S"), rng.randint(0, 10 ** 8 - 1), domain)
    m["message_id"] = mid
    h = top(rng, m["addr"], host, ip, d, 3)
    h += ["Date: " + rfcdate(d), 'From: "{}" <{}>'.format(ew_one(m["from_name"], "gb2312", "gb18030"), m["addr"]), "To: " + HQ,
          hdr_enc("Subject", m["subject"], "gb2312", "gb18030", maxbytes=10 ** 6)]
    h += thread_headers(m)
    h += ["X-Priority: 3", "X-GUID: {}".format("-".join(rs(rng, k, HEXU) for k in (8, 4, 4, 4, 12))),
          "X-Has-Attach: {}".format("yes" if m.get("atts") else "no"), "X-Mailer: Foxmail 7.2.25.228[cn]", "Mime-Version: 1.0",
          "Message-ID: " + mid] + ctype
    return hjoin(h) + b"\r\n" + body


def outlook(m, rng, host, ip):
    d = m["date"]
    plain = crlf(plain_of(m["blocks"], "\t"))
    htm = crlf(outlook_html(m["blocks"]))
    def nb(k):
        return "----=_NextPart_{:03d}_{}_{}.{}".format(k, rs(rng, 4, HEXU), "01DC" + rs(rng, 4, HEXU), rs(rng, 8, HEXU))
    alt_b = nb(1)
    alt = mp(alt_b, [
        part(["Content-Type: text/plain;", '\tcharset="gb2312"', "Content-Transfer-Encoding: base64"], b64body(plain.encode("gb18030"))),
        part(["Content-Type: text/html;", '\tcharset="gb2312"', "Content-Transfer-Encoding: base64"], b64body(htm.encode("gb18030"))),
    ], preamble=None)
    if m.get("atts"):
        ob = nb(0)
        ctype = ["Content-Type: multipart/mixed;", f'\tboundary="{ob}"']
        parts = [part(["Content-Type: multipart/alternative;", f'\tboundary="{alt_b}"'], alt)]
        for a in m["atts"]:
            if a.declared == "message/rfc822":
                name = ew_one(a.filename, "gb2312", "gb18030")
                parts.append(part(["Content-Type: message/rfc822;", f'\tname="{name}"', "Content-Transfer-Encoding: 7bit",
                                   "Content-Disposition: attachment;", f'\tfilename="{name}"'], a.data))
            else:
                parts.append(att_part("outlook", a))
        body = mp(ob, parts)
    else:
        ctype = ["Content-Type: multipart/alternative;", f'\tboundary="{alt_b}"']
        body = b"This is a multi-part message in MIME format.\r\n\r\n" + alt
    domain = m["addr"].split("@")[1]
    mid = f"<000001dc{rs(rng, 4, HEXL)}${rs(rng, 8, HEXL)}${rs(rng, 8, HEXL)}$@{domain}>"
    m["message_id"] = mid
    h = top(rng, m["addr"], host, ip, d, 4)
    h += ['From: "{}" <{}>'.format(ew_one(m["from_name"], "gb2312", "gb18030"), m["addr"]), "To: " + HQ,
          hdr_enc("Subject", m["subject"], "gb2312", "gb18030"), "Date: " + rfcdate(d), "Message-ID: " + mid]
    h += thread_headers(m)
    h += ["MIME-Version: 1.0"] + ctype + ["X-Mailer: Microsoft Outlook 16.0",
                                          "Thread-Index: A" + base64.b64encode(bytes(rng.getrandbits(8) for _ in range(21))).decode()[1:],
                                          "Content-Language: zh-cn"] + m.get("extra", [])
    return hjoin(h) + b"\r\n" + body


def apple_mail(m, rng, host, ip):
    d = m["date"]
    plain = crlf(plain_of(m["blocks"]))
    htm = apple_html(m["blocks"])
    def uid():
        return "-".join(rs(rng, k, HEXU) for k in (8, 4, 4, 4, 12))
    tp = part(["Content-Transfer-Encoding: quoted-printable", "Content-Type: text/plain;", "\tcharset=utf-8"], qp(plain.encode("utf-8")) + b"\r\n")
    alt_b = "Apple-Mail=" + uid()
    if m.get("atts"):
        mix_b = "Apple-Mail=" + uid()
        def hp(s):
            return part(["Content-Transfer-Encoding: quoted-printable", "Content-Type: text/html;", "\tcharset=utf-8"], qp(s.encode("utf-8")) + b"\r\n")
        cut = htm.rfind("</body>")
        mixed = mp(mix_b, [hp(htm[:cut])] + [att_part("apple", a) for a in m["atts"]] + [hp(htm[cut:])], preamble=None)
        body = mp(alt_b, [tp, part(["Content-Type: multipart/mixed;", f'\tboundary="{mix_b}"'], mixed)], preamble=None)
    else:
        hp = part(["Content-Transfer-Encoding: quoted-printable", "Content-Type: text/html;", "\tcharset=utf-8"], qp(htm.encode("utf-8")) + b"\r\n")
        body = mp(alt_b, [tp, hp], preamble=None)
    mid = "<{}@{}>".format(uid(), m["addr"].split("@")[1])
    m["message_id"] = mid
    h = top(rng, m["addr"], host, ip, d, 4)
    h += ["Content-Type: multipart/alternative;", f'\tboundary="{alt_b}"',
          "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))",
          hdr_enc("Subject", m["subject"], "utf-8"), "From: {} <{}>".format(ew_one(m["from_name"], "utf-8"), m["addr"])]
    h += thread_headers(m)
    h += ["Date: " + rfcdate(d), "Content-Transfer-Encoding: 7bit", "Message-Id: " + mid, "To: " + HQ,
          "X-Mailer: Apple Mail (2.3826.400.131.1.6)"]
    return hjoin(h) + b"\r\n" + body


def iphone(m, rng, host, ip):
    d = m["date"]
    def uid():
        return "-".join(rs(rng, k, HEXU) for k in (8, 4, 4, 4, 12))
    if m.get("atts"):
        b = "Apple-Mail-" + uid()
        parts = []
        for seg in m["segments"]:  # text, Att, text ...
            if isinstance(seg, Att):
                parts.append(att_part("iphone", seg, rng))
            else:
                parts.append(part(["Content-Type: text/plain;", "\tcharset=utf-8", "Content-Transfer-Encoding: quoted-printable"],
                                  qp(crlf(seg).encode("utf-8")) + b"\r\n"))
        ctype = [f"Content-Type: multipart/mixed; boundary={b}", "Content-Transfer-Encoding: 7bit"]
        body = mp(b, parts, preamble=None)
        m["blocks"] = ["\n".join(s for s in m["segments"] if isinstance(s, str))]
    else:
        ctype = ["Content-Transfer-Encoding: quoted-printable", "Content-Type: text/plain;", "\tcharset=utf-8"]
        body = qp(crlf(plain_of(m["blocks"])).encode("utf-8")) + b"\r\n"
    mid = "<{}@{}>".format(uid(), m["addr"].split("@")[1])
    m["message_id"] = mid
    h = top(rng, m["addr"], host, ip, d, 5)
    h += ctype + ["Mime-Version: 1.0 (1.0)", hdr_enc("Subject", m["subject"], "utf-8"),
                  "From: {} <{}>".format(ew_one(m["from_name"], "utf-8"), m["addr"])]
    h += thread_headers(m)
    h += ["Date: " + rfcdate(d), "Message-Id: " + mid, "To: " + HQ, "X-Mailer: iPhone Mail (22F76)"]
    return hjoin(h) + b"\r\n" + body


def android(m, rng, host, ip, raw_subject=False, mailer_sig=None):
    """com.android.email style: text/plain GBK 8bit, raw 8-bit GBK file names (and optionally headers)."""
    d = m["date"]
    b = f"--_com.android.email_{rng.randint(10 ** 14, 10 ** 15 - 1)}"
    text = crlf(plain_of(m["blocks"])).encode("gbk")
    if not text.endswith(b"\r\n"):
        text += b"\r\n"
    tpart = part(["Content-Type: text/plain; charset=GBK", "Content-Transfer-Encoding: 8bit"], text)
    mid = f"<{rs(rng, 8, HEXL)}-{rs(rng, 4, HEXL)}-{rs(rng, 4, HEXL)}@email.android.com>"
    m["message_id"] = mid
    h = top(rng, m["addr"], host, ip, d, 3)
    h.append("MIME-Version: 1.0")
    if raw_subject:
        h.append(b"Subject: " + m["subject"].encode("gbk"))
        h.append(b"From: " + m["from_name"].encode("gbk") + b" <" + m["addr"].encode() + b">")
    else:
        h.append(hdr_enc("Subject", m["subject"], "UTF-8"))
        h.append("From: {} <{}>".format(ew_one(m["from_name"], "UTF-8"), m["addr"]))
    h += ["To: " + HQ, "Date: " + rfcdate(d), "Message-ID: " + mid] + thread_headers(m)
    if m.get("atts"):
        h += ["Content-Type: multipart/mixed;", f'\tboundary="{b}"']
        body = mp(b, [tpart] + [att_part("android", a) for a in m["atts"]])
    else:
        h += ["Content-Type: text/plain; charset=GBK", "Content-Transfer-Encoding: 8bit"]
        body = text
    return hjoin(h) + b"\r\n" + body


# --------------------------------------------------------------------------
# roster (all fictitious)
# --------------------------------------------------------------------------

PARTNERS = {
    "PA": ("泰州凤城企服网络科技有限公司", ["凤城企服"]),
    "PB": ("镇江北固云拓信息科技有限公司", ["北固云拓"]),
    "PC": ("蚌埠淮上商通网络科技有限公司", ["淮上商通"]),
    "PD": ("济宁运河企联信息技术有限公司", ["运河企联"]),
    "PE": ("南阳卧龙商讯网络科技有限公司", ["卧龙商讯"]),
    "PF": ("衡阳雁城商联网络科技有限公司", ["雁城商联"]),
    "PG": ("桂林漓江互联网络科技有限公司", ["漓江互联"]),
    "PH": ("宝鸡秦川链商网络科技有限公司", ["秦川链商"]),
}
CLIENTS = {
    "kaida": ("泰州海陵凯达液压机械有限公司", ["凯达液压"]),
    "jianghuai": ("泰州市江淮阀门制造有限公司", ["江淮阀门"]),
    "runtong": ("镇江润通起重设备有限公司", ["润通起重"]),
    "hengyu": ("镇江丹徒恒宇轴承有限公司", ["恒宇轴承"]),
    "ruifeng": ("蚌埠瑞丰玻璃机械有限公司", ["瑞丰玻璃机械"]),
    "hongda": ("蚌埠禹会宏达粮油机械有限公司", ["宏达粮机"]),
    "luyue": ("济宁鲁岳工程机械有限公司", ["鲁岳机械"]),
    "jinding": ("聊城金鼎钢管有限公司", ["金鼎钢管"]),
    "wanfeng": ("南阳宛丰农业机械制造有限公司", ["宛丰农机"]),
    "yuwan": ("南阳豫宛防爆电器有限公司", ["豫宛防爆"]),
    "xiangnan": ("衡阳湘南输送机械有限公司", ["湘南输送"]),
    "qixing": ("桂林七星制冷设备有限公司", ["七星制冷"]),
    "shenglin": ("玉林盛林木业机械有限公司", ["盛林木机"]),
    "hengrui": ("宝鸡渭滨恒锐数控机床有限公司", ["恒锐数控"]),
}

# mail hosts of the partners
H_FC = ("mail.fcqifu.cn", "112.84.%d.%d")          # Taizhou, own server (Outlook / phone)
H_YH = ("out%d-%d.mail.aliyun.com", "115.124.%d.%d")  # Jining, Aliyun enterprise mail (Foxmail / Apple)
H_LJ = ("mail.ljhulian.com", "171.108.%d.%d")       # Guilin, own server (Outlook / iPhone)
H_QC = ("mail-m12%d.qiye.163.com", "220.197.%d.%d")  # Baoji, NetEase enterprise mail (phone)


def host_ip(rng, h):
    host, ipf = h
    if "%d" in host:
        host = host % tuple(rng.randint(10, 199) for _ in range(host.count("%d")))
    return host, ipf % (rng.randint(1, 250), rng.randint(1, 250))


EMPTY_FIELDS = ["partner", "client", "lead_ids", "pushed_at", "objected_at", "reason_code", "lead_count", "quota",
                "pushed_count", "service_start", "service_end"]


def fields(**kw):
    f = {k: None for k in EMPTY_FIELDS}
    f["lead_ids"] = []
    f.update(kw)
    return f


def missing_of(kind, f, atts):
    return rules.missing_fields(kind, f, [rules.role_of(a.filename) for a in atts])


# --------------------------------------------------------------------------
# the entries
# --------------------------------------------------------------------------

ENTRIES = []


def entry(fn):
    ENTRIES.append(fn)
    return fn


def sig_fc():
    return "周婧\n客服部 | 泰州凤城企服网络科技有限公司\n电话：0523-86219057"


def sig_kfy():
    return ("--\n孔繁宇 | 客服部\n济宁运河企联信息技术有限公司\n电话：0537-2265318  手机：15963720418\n"
            "地址：济宁市任城区洸河路66号科技大厦1506室")


def sig_hwq():
    return "黄伟强\n客服部 | 桂林漓江互联网络科技有限公司\n电话：0773-5861209"


# ============================ appeals ============================

@entry
def A01():
    rng = R("A01")
    d = dt(2026, 6, 16, 11, 48, 21)
    m = dict(from_name="珊珊", addr="2845190376@qq.com", date=d, subject="瑞丰玻璃机械商机申诉（微信加不上）")
    m["blocks"] = [
        "总部老师好：\n\n瑞丰玻璃机械反馈今天上午的一条商机加不上微信，申请不计入，具体见下表：",
        Table([["项目", "内容"],
               ["合作商", "蚌埠淮上商通网络科技有限公司"],
               ["付费客户", "蚌埠瑞丰玻璃机械有限公司"],
               ["商机编号", "SJ20260616-0018"],
               ["推送时间", "2026-06-16 08:55"],
               ["客户反馈时间", "2026-06-16 11:20"],
               ["申诉理由", "需求者只留了微信，客户加了三次都加不上"],
               ["情况说明", "需求者留言要一台2500型玻璃钢化炉，只留了微信号 hk_glass88，搜索显示“该用户不存在”，留言里没有手机号。客户销售从9点到11点之间前后加了3次。"]]),
        "\n添加微信失败的截图放在附件里了。\n\n王珊珊\n淮上商通 客服部\n电话：0552-3126608",
    ]
    m["atts"] = [Att("微信搜索截图.png", "image/png", make_png(rng, 360, 720, 6), "image/png")]
    eml = qq_like(m, rng)
    return m, eml, dict(
        kind="appeal", client="QQ Mail",
        fields=fields(partner=PARTNERS["PC"][0], client=CLIENTS["ruifeng"][0], lead_ids=["SJ20260616-0018"],
                      pushed_at=iso(2026, 6, 16, 8, 55), objected_at=iso(2026, 6, 16, 11, 20), reason_code=2),
        source_text={"pushed_at": ["2026-06-16 08:55"], "objected_at": ["2026-06-16 11:20"], "reason_code": ["加不上"]},
        aliases=("PC", "ruifeng"),
        notes="QQ Mail (gb18030 base64 text + html alternative, =?gb18030?B? subject/name); fields in an HTML table "
              "('label value' rows in the text alternative); code 2 in words (微信加不上); '2500型', the WeChat id, '9点到11点' "
              "and '3次' are distractors; PNG declared image/png.")


@entry
def A02():
    rng = R("A02")
    d = dt(2026, 6, 18, 10, 37, 12)
    m = dict(from_name="孔繁宇", addr="kongfanyu@yhqilian.com", date=d, subject="《商机申诉书》鲁岳机械 XP-2606-0241")
    m["blocks"] = [
        "总部：\n\n鲁岳机械6月17日的一条商机申请不计入，《商机申诉书》和客户的通话记录截图见附件。"
        "客户销售主管王㛃说这个号码打过去是个人，对方说从没在网上留过言。\n\n" + sig_kfy()]
    form_rows = [["字段", "内容"],
                 ["合作商", "济宁运河企联信息技术有限公司"],
                 ["付费客户", "济宁鲁岳工程机械有限公司"],
                 ["商机编号", "XP-2606-0241"],
                 ["推送时间", "2026年6月17日 15:20"],
                 ["客户反馈时间", "2026年6月17日 17:45"],
                 ["申诉理由", "符合判定标准第3条"],
                 ["情况说明", "需求者留言咨询30型小挖的价格，客户拨打留言手机号138 5471 0926，接电话的是一位退休老人，说从没在网上留过言；"
                              "留言里的公司名“任城区顺达土石方”也查不到。"],
                 ["证据材料", "通话记录截图1张（见邮件附件）"],
                 ["申诉人", "孔繁宇"],
                 ["申诉日期", "2026年6月18日"]]
    docx_b = make_docx("孔繁宇", "2026-06-18T02:20:00Z", ["商机申诉书"], form_rows)
    m["atts"] = [Att("商机申诉书-鲁岳机械-0617.docx", DOCX_CT, docx_b, DOCX_CT, text=docx_text(["商机申诉书"], form_rows)),
                 Att("通话记录截图.jpg", "application/octet-stream", make_jpg(rng, 360, 780, 9), "image/jpeg")]
    h, ip = host_ip(rng, H_YH)
    eml = foxmail(m, rng, h, ip)
    return m, eml, dict(
        kind="appeal", client="Foxmail 7.2",
        fields=fields(partner=PARTNERS["PD"][0], client=CLIENTS["luyue"][0], lead_ids=["XP-2606-0241"],
                      pushed_at=iso(2026, 6, 17, 15, 20), objected_at=iso(2026, 6, 17, 17, 45), reason_code=3),
        source_text={"pushed_at": ["2026年6月17日 15:20"], "objected_at": ["2026年6月17日 17:45"], "reason_code": ["第3条"]},
        aliases=("PD", "luyue"),
        notes="Foxmail declaring gb2312 while the body holds 㛃 (U+36C3, four-byte GB18030, in neither GB2312 nor GBK); "
              "client full name, both times and the reason ('第3条') only in the attached .docx table; the phone number "
              "'138 5471 0926', '30型' and the subject's id are distractor/duplicate; JPEG screenshot declared application/octet-stream.")


@entry
def A03():
    rng = R("A03")
    d = dt(2026, 6, 22, 15, 26, 40)
    m = dict(from_name="李书涵", addr="lishuhan@yhqilian.com", date=d, subject="金鼎钢管今天这条商机客户不认")
    m["blocks"] = [
        "总部好，\n\n今天上午十点半推给聊城金鼎钢管有限公司的一条商机（编号XP-2606-0318）客户不认可。需求者要的是不锈钢装饰管的"
        "激光切割加工，客户只生产无缝钢管和精密冷拔管，不做任何切割加工，产品完全对不上。客户下午两点二十打电话给我们反馈的，"
        "没超过8小时。\n\n麻烦总部按所需产品与客户经营产品不一致处理，谢谢。\n\n李书涵\n济宁运河企联信息技术有限公司\n0537-2265318"]
    h, ip = host_ip(rng, H_YH)
    eml = apple_mail(m, rng, h, ip)
    return m, eml, dict(
        kind="appeal", client="Apple Mail (macOS)",
        fields=fields(partner=PARTNERS["PD"][0], client=CLIENTS["jinding"][0], lead_ids=["XP-2606-0318"],
                      pushed_at=iso(2026, 6, 22, 10, 30), objected_at=iso(2026, 6, 22, 14, 20), reason_code=5),
        source_text={"pushed_at": ["今天上午十点半"], "objected_at": ["下午两点二十"], "reason_code": ["所需产品与客户经营产品不一致"]},
        aliases=("PD", "jinding"),
        notes="Apple Mail (UTF-8 quoted-printable), prose only; relative date '今天' against the Date header and Chinese "
              "numerals ('上午十点半', '下午两点二十'); code 5 in the document's words; '8小时' is a distractor; no attachment.")


@entry
def A04():
    rng = R("A04")
    d = dt(2026, 6, 17, 16, 52, 8)
    m = dict(from_name="沈莉", addr="shenli_zj@163.com", date=d, subject="商机异议-润通起重-10627714")
    m["blocks"] = [
        "总部老师好：\n\n润通起重对一条商机有异议，申请不计入，情况如下：\n\n"
        "合作商名称：镇江北固云拓信息科技有限公司\n付费企业：镇江润通起重设备有限公司\n询盘编号：10627714\n"
        "推送时间：6月17日 9:05\n异议时间：6月17日 13:40\n异议原因：同行恶意询价\n"
        "说明：需求者自称是扬州一家化工厂的采购，问了10吨双梁桥式起重机的全部配置和底价，还要求发详细图纸。客户的业务员认出"
        "这个号码上个月也以另一家公司的名义询过价，判断是同行来套价格的。\n\n客户当时没有录音，聊天记录还在找，找到后再补发。\n\n沈莉\n北固云拓"]
    eml = coremail(m, rng, "163")
    return m, eml, dict(
        kind="appeal", client="163 webmail (Coremail)",
        fields=fields(partner=PARTNERS["PB"][0], client=CLIENTS["runtong"][0], lead_ids=["10627714"],
                      pushed_at=iso(2026, 6, 17, 9, 5), objected_at=iso(2026, 6, 17, 13, 40), reason_code=1),
        source_text={"pushed_at": ["6月17日 9:05"], "objected_at": ["6月17日 13:40"], "reason_code": ["同行恶意询价"]},
        aliases=("PB", "runtong"),
        notes="163 webmail (GBK base64); label synonyms 合作商名称 / 付费企业 / 询盘编号 / 异议时间 / 异议原因; times without a "
              "year; code 1 with no attachment at all, so 'evidence' is missing; '10吨' is a distractor.")


@entry
def A05():
    rng = R("A05")
    d = dt(2026, 6, 23, 9, 41, 5)
    m = dict(from_name="周婧", addr="zhoujing@fcqifu.cn", date=d, subject="转发: 关于6月22日那条商机的情况说明")
    fwd = ("-----原始邮件-----\n发件人: 陆建新 <lujianxin@kdyeya.com> \n发送时间: 2026年6月22日 18:32\n"
           "收件人: 周婧 <zhoujing@fcqifu.cn>\n主题: 关于6月22日那条商机的情况说明\n\n周经理：\n\n"
           "6月22日下午推过来的那条商机（SJ20260622-0047），我们5点50分按留言里的手机号打过去，对方是个做家政服务的个人，说这个"
           "号码是新办的，从来没有问过液压机，也不知道是谁留的。应该是需求者留错了电话，这条麻烦帮我们申请不计入。\n\n陆建新\n"
           "泰州海陵凯达液压机械有限公司 销售部\n电话：0523-86350712  手机：13852685017")
    m["blocks"] = [
        "总部您好：\n\n下面是凯达液压销售陆建新发给我们的情况说明，客户申请这条商机不计入，请总部判定。\n\n"
        "合作商：泰州凤城企服网络科技有限公司\n商机编号：SJ20260622-0047\n推送时间：2026/6/22 14:10\n"
        "客户反馈时间：2026/6/22 18:32（即下面客户邮件的发送时间）\n\n" + sig_fc() + "\n",
        Quote(fwd)]
    h, ip = host_ip(rng, H_FC)
    eml = outlook(m, rng, h, ip)
    return m, eml, dict(
        kind="appeal", client="Outlook 16 (zh-CN)",
        fields=fields(partner=PARTNERS["PA"][0], client=CLIENTS["kaida"][0], lead_ids=["SJ20260622-0047"],
                      pushed_at=iso(2026, 6, 22, 14, 10), objected_at=iso(2026, 6, 22, 18, 32), reason_code=3),
        source_text={"pushed_at": ["2026/6/22 14:10"], "objected_at": ["2026/6/22 18:32"], "reason_code": ["留错了电话"]},
        aliases=("PA", "kaida"),
        notes="Outlook '转发:' with an inline '-----原始邮件-----' forward of the client's mail: the client's full name and the "
              "reason (留错了电话, code 3) are only in the forwarded part; the partner's own lines give id and both times "
              "('2026/6/22 18:32'); '5点50分' (the client's call) and the phone numbers are distractors.")


@entry
def A06():
    rng = R("A06")
    d = dt(2026, 6, 24, 17, 3, 44)
    m = dict(from_name="张凯", addr="zhangkai@wlshangxun.com", date=d, subject="宛丰农机2条商机申诉（同行套价）")
    m["blocks"] = [
        "总部好，\n\n宛丰农机今天有2条商机是同一个同行换号来询价的，申请不计入。申诉表和客户回访录音见附件。\n\n张凯\n"
        "南阳卧龙商讯网络科技有限公司\n手机：13937701586"]
    rows = [["商机申诉表", None],
            ["合作商", "南阳卧龙商讯网络科技有限公司"],
            ["付费客户", "南阳宛丰农业机械制造有限公司"],
            ["商机编号", "SJ20260624-0105、SJ20260624-0106"],
            ["推送时间", local(2026, 6, 24, 10, 15)],
            ["客户反馈时间", local(2026, 6, 24, 15, 30)],
            ["申诉理由", "同行恶意骚扰"],
            ["情况说明", "两条商机同时推送，是同一个人用两个手机号留言，都问4行玉米收获机的底价、发动机品牌和经销政策；客户回拨时对方承认是做农机代理的同行。"],
            ["申诉人", "张凯"]]
    xb = make_xlsx("张凯", "2026-06-24T08:40:00Z", "申诉", rows, widths={"A": 14, "B": 70})
    m["atts"] = [Att("商机申诉表（宛丰农机）.xlsx", "application/octet-stream", xb, XLSX_CT, text=xlsx_text(rows)),
                 Att("回访录音0624.m4a", "application/octet-stream", make_m4a(rng, 14), "audio/mp4")]
    eml = qq_like(m, rng, wecom=True)
    return m, eml, dict(
        kind="appeal", client="WeCom / Tencent Exmail",
        fields=fields(partner=PARTNERS["PE"][0], client=CLIENTS["wanfeng"][0],
                      lead_ids=["SJ20260624-0105", "SJ20260624-0106"],
                      pushed_at=iso(2026, 6, 24, 10, 15), objected_at=iso(2026, 6, 24, 15, 30), reason_code=1),
        source_text={"pushed_at": ["2026-06-24 10:15"], "objected_at": ["2026-06-24 15:30"], "reason_code": ["同行恶意骚扰"]},
        aliases=("PE", "wanfeng"),
        notes="WeCom / Exmail (UTF-8 base64); two lead ids joined by '、' and both times as real datetime cells, only in the "
              ".xlsx (declared application/octet-stream); code 1 with an M4A recording also declared application/octet-stream; "
              "'2条', '4行' and the mobile number are distractors.")


@entry
def A07():
    rng = R("A07")
    d = dt(2026, 6, 24, 20, 15, 33)
    m = dict(from_name="顾晨阳", addr="guchenyang@fcqifu.cn", date=d, subject="商机申诉 江淮阀门 SJ20260624-0063 行业不对")
    m["blocks"] = [
        "总部好，\n合作商：泰州凤城企服网络科技有限公司\n客户：泰州市江淮阀门制造有限公司\n商机编号：SJ20260624-0063\n"
        "推送时间：今天下午1点40\n反馈时间：今天下午5点半\n理由：需求者要的是劳务派遣，找工人去阀门厂上班，跟客户做的阀门不是一个行业\n"
        "客户回电录音和通话截图在附件。\n顾晨阳\n\n发自我的华为手机"]
    m["atts"] = [Att("回访录音.amr", "audio/amr", make_amr(rng, 9), "audio/amr"),
                 Att("Screenshot_20260624_173512.jpg", "image/jpeg", make_jpg(rng, 360, 760, 7), "image/jpeg")]
    h, ip = host_ip(rng, H_FC)
    eml = android(m, rng, h, ip, raw_subject=True)
    return m, eml, dict(
        kind="appeal", client="phone mail app (8bit GBK)", malformed=True,
        fields=fields(partner=PARTNERS["PA"][0], client=CLIENTS["jianghuai"][0], lead_ids=["SJ20260624-0063"],
                      pushed_at=iso(2026, 6, 24, 13, 40), objected_at=iso(2026, 6, 24, 17, 30), reason_code=4),
        source_text={"pushed_at": ["今天下午1点40"], "objected_at": ["今天下午5点半"], "reason_code": ["不是一个行业"]},
        aliases=("PA", "jianghuai"),
        notes="Android phone app: raw 8-bit GBK Subject and From display name (no RFC 2047: malformed), 8bit GBK text, the "
              "recording name '回访录音.amr' as raw GBK bytes; '今天下午1点40' / '今天下午5点半' against the Date header; code 4 "
              "(labour dispatch, the seed's own example); AMR declared audio/amr plus an ASCII-named JPEG.")


@entry
def A08():
    rng = R("A08")
    d = dt(2026, 6, 26, 10, 22, 18)
    m = dict(from_name="唐磊", addr="tanglei_hy@126.com", date=d, subject="湘南输送 商机申诉")
    m["blocks"] = [
        "总部好：\n\n付费客户：衡阳湘南输送机械有限公司\n客户反馈时间：6月26日上午9:40\n申诉理由：按判定标准第5条申请不计入\n"
        "情况说明：客户是做皮带输送机和斗式提升机的（B650、B800两种带宽），这条商机的需求者要买的是气力输送用的罗茨风机，客户不生产风机。"
        "商机编号客户那边没记下来，短信也删了，推送时间也记不清了，麻烦总部后台帮忙查一下。\n\n唐磊\n衡阳雁城商联网络科技有限公司\n电话：0734-8236651"]
    eml = coremail(m, rng, "126")
    return m, eml, dict(
        kind="appeal", client="126 webmail (Coremail)",
        fields=fields(partner=PARTNERS["PF"][0], client=CLIENTS["xiangnan"][0], objected_at=iso(2026, 6, 26, 9, 40), reason_code=5),
        source_text={"objected_at": ["6月26日上午9:40"], "reason_code": ["第5条"]},
        aliases=("PF", "xiangnan"),
        notes="126 webmail (GBK); lead id and push time missing (the partner says so) -> missing lead_ids, pushed_at; "
              "reason only as '第5条'; partner only in the signature; 'B650、B800' are distractors.")


@entry
def A09():
    rng = R("A09")
    d = dt(2026, 6, 29, 11, 5, 51)
    m = dict(from_name="黄伟强", addr="huangweiqiang@ljhulian.com", date=d, subject="商机申诉：七星制冷 2606280033")
    m["blocks"] = [
        "总部您好：\n\n七星制冷对下面这条商机有意见，我们判断不了，提交总部判定。\n\n合作商：桂林漓江互联网络科技有限公司\n"
        "付费客户：桂林七星制冷设备有限公司\n商机编号：2606280033\n推送时间：2026年6月28日 上午8:50\n客户反馈时间：2026年6月28日 下午5:20\n"
        "申诉理由：需求者预算太低，客户觉得没有成交价值\n情况说明：需求者是阳朔一家民宿，要建一个20平方的小冷库，预算1万元以内，客户报价后对方嫌贵，"
        "说再考虑。\n\n另外说明一下：推送当天是周日，客户销售下午才上班，反馈时间超过了8小时。\n\n" + sig_hwq()]
    h, ip = host_ip(rng, H_LJ)
    eml = outlook(m, rng, h, ip)
    return m, eml, dict(
        kind="appeal", client="Outlook 16 (zh-CN)",
        fields=fields(partner=PARTNERS["PG"][0], client=CLIENTS["qixing"][0], lead_ids=["2606280033"],
                      pushed_at=iso(2026, 6, 28, 8, 50), objected_at=iso(2026, 6, 28, 17, 20)),
        source_text={"pushed_at": ["2026年6月28日 上午8:50"], "objected_at": ["2026年6月28日 下午5:20"]},
        aliases=("PG", "qixing"),
        notes="Outlook 16 (gb2312 base64); 10-digit lead id; times '2026年6月28日 下午5:20' (8h30m: outside the window, the "
              "partner says so); the reason (budget too low) matches no criterion -> reason_code null and missing; '20平方', "
              "'1万元' and '8小时' are distractors.")


@entry
def A10():
    rng = R("A10")
    d = dt(2026, 6, 24, 8, 47, 2)
    img = Att("IMG_4721.jpeg", "image/jpeg", make_jpg(rng, 390, 844, 8, photo=True), "image/jpeg", inline=True)
    m = dict(from_name="莫晓玲", addr="moxiaoling@ljhulian.com", date=d, subject="盛林木机商机申诉", atts=[img])
    m["segments"] = [
        "总部早上好：\n\n玉林盛林木业机械有限公司昨天下午4点10分收到的一条商机，编号2606230087，需求者只留了微信，客户昨天晚上8点反馈说"
        "搜不到这个微信号，加了好几次都提示用户不存在。截图见下，麻烦判定是否计入，谢谢。\n\n",
        img,
        "\n\n莫晓玲\n漓江互联\n\n发自我的iPhone\n"]
    h, ip = host_ip(rng, H_LJ)
    eml = iphone(m, rng, h, ip)
    return m, eml, dict(
        kind="appeal", client="iPhone Mail",
        fields=fields(partner="漓江互联", client=CLIENTS["shenglin"][0], lead_ids=["2606230087"],
                      pushed_at=iso(2026, 6, 23, 16, 10), objected_at=iso(2026, 6, 23, 20, 0), reason_code=2),
        source_text={"pushed_at": ["昨天下午4点10分"], "objected_at": ["昨天晚上8点"], "reason_code": ["搜不到这个微信号"]},
        aliases=("PG", "shenglin"),
        notes="iPhone Mail: text/plain QP around an inline photo (Content-Disposition: inline, inline=true); '昨天下午4点10分' / "
              "'昨天晚上8点' resolved against the Date header; the partner appears only as the short name 漓江互联 in the "
              "signature (so that is the field); code 2 in words.")


@entry
def A11():
    rng = R("A11")
    d = dt(2026, 6, 30, 16, 35, 27)
    m = dict(from_name="刘畅", addr="1917406653@qq.com", date=d, subject="宏达粮机 商机申诉（同行）")
    m["blocks"] = [
        "总部老师好：\n\n宏达粮机有一条商机是同行来套价的，申请不计入：",
        Table([["合作商", "蚌埠淮上商通网络科技有限公司"],
               ["客户名称", "蚌埠禹会宏达粮油机械有限公司"],
               ["商机编号", "ＳＪ２０２６０６３０－００２１"],
               ["推送时间", "6月30日 09:20"],
               ["反馈时间", "6月30日 14:05"],
               ["申诉理由", "判定标准第一条"],
               ["情况说明", "需求者自称是合肥的米厂，要日产50吨的大米加工成套设备，客户回电时对方说漏嘴是同行设备厂的，录音和聊天截图都有。"]]),
        "\n录音和截图在附件。\n\n刘畅\n淮上商通",
    ]
    m["atts"] = [Att("通话录音.mp3", "application/octet-stream", make_mp3(rng, 6), "audio/mpeg"),
                 Att("聊天截图.png", "image/png", make_png(rng, 360, 700, 8), "image/png")]
    eml = qq_like(m, rng)
    return m, eml, dict(
        kind="appeal", client="QQ Mail",
        fields=fields(partner=PARTNERS["PC"][0], client=CLIENTS["hongda"][0], lead_ids=["SJ20260630-0021"],
                      pushed_at=iso(2026, 6, 30, 9, 20), objected_at=iso(2026, 6, 30, 14, 5), reason_code=1),
        source_text={"lead_ids": ["ＳＪ２０２６０６３０－００２１"], "pushed_at": ["6月30日 09:20"], "objected_at": ["6月30日 14:05"],
                     "reason_code": ["判定标准第一条"]},
        aliases=("PC", "hongda"),
        notes="QQ Mail gb18030 with a header-less HTML table; the lead id typed in full-width characters (NFKC -> "
              "SJ20260630-0021); reason only as '判定标准第一条' (Chinese numeral); code 1 with an MP3 declared "
              "application/octet-stream and a PNG; '日产50吨' is a distractor.")


@entry
def A12():
    rng = R("A12")
    d = dt(2026, 6, 26, 14, 30, 6)
    m = dict(from_name="孔繁宇", addr="kongfanyu@yhqilian.com", date=d, subject="Re: 金鼎钢管又一条商机有问题")
    inner = ("繁宇：\n\n聊城金鼎钢管有限公司今天上午9点15分推送的一条商机（XP-2606-0377）有问题。客户11点50分来电反馈，需求者留的手机号"
             "是空号，打了三遍都提示“您拨打的号码是空号”，留言里也没有别的联系方式。客户申请不计入，回访录音在附件，麻烦你整理后发总部。\n\n书涵")
    head = "发件人：李书涵\n发送时间：2026-06-26 12:04\n收件人：孔繁宇\n主题：金鼎钢管又一条商机有问题"
    m["blocks"] = [
        "总部：\n\n下面是同事整理的情况，客户按需求者留错电话申请不计入，请判定。录音见附件。\n\n" + sig_kfy() + "\n \n",
        Quote(head + "\n" + inner, html_head=head, html_lines=inner)]
    m["irt"] = "<{}@yhqilian.com>".format("-".join(rs(rng, k, HEXU) for k in (8, 4, 4, 4, 12)))
    m["refs"] = [m["irt"]]
    m["atts"] = [Att("客户来电录音.wav", "audio/x-wav", make_wav(rng, 3), "audio/wav")]
    h, ip = host_ip(rng, H_YH)
    eml = foxmail(m, rng, h, ip)
    return m, eml, dict(
        kind="appeal", client="Foxmail 7.2",
        fields=fields(partner=PARTNERS["PD"][0], client=CLIENTS["jinding"][0], lead_ids=["XP-2606-0377"],
                      pushed_at=iso(2026, 6, 26, 9, 15), objected_at=iso(2026, 6, 26, 11, 50), reason_code=3),
        source_text={"pushed_at": ["今天上午9点15分"], "objected_at": ["11点50分来电反馈"], "reason_code": ["留错电话"]},
        aliases=("PD", "jinding"),
        notes="Foxmail 'Re:' inside the partner's own thread (In-Reply-To/References point at a colleague's @yhqilian.com "
              "message, not at HQ): judged by content, an appeal; the facts are in the quoted internal mail sent the same "
              "day ('今天上午9点15分', '11点50分'); code 3 (空号 / 留错电话); WAV declared audio/x-wav; '三遍' is a distractor.")


@entry
def A13():
    rng = R("A13")
    d = dt(2026, 6, 30, 9, 58, 14)
    ir = R("A13-inner")
    inner_text = ("黄经理您好：\n\n6月29日下午推送的商机2606290014，需求者要找的是广告公司做冷库门头的发光招牌和喷绘，跟我们做的冷库、冷水机组等"
                  "制冷设备不是一个行业，麻烦帮我们申请不计入。\n\n覃珺\n桂林七星制冷设备有限公司 销售部\n手机：18977318625\n")
    idt = dt(2026, 6, 29, 17, 40, 26)
    inner_h = [
        f"Received: from qixingzl.com (unknown [171.108.{ir.randint(1, 250)}.{ir.randint(1, 250)}])",
        f"\tby mail-m12{ir.randint(10, 99)}.qiye.163.com (Hmail) with ESMTPA id {rs(ir, 12, HEXU)};",
        f"\t{rfcdate(idt + timedelta(seconds=2))}",
        'From: "{}" <qinjun@qixingzl.com>'.format(ew_one("覃珺", "GBK", "gbk")),
        'To: "{}" <huangweiqiang@ljhulian.com>'.format(ew_one("黄伟强", "GBK", "gbk")),
        hdr_enc("Subject", "这条商机不对口，申请不计入", "GBK", "gbk", maxbytes=10 ** 6),
        "Date: " + rfcdate(idt),
        f"Message-ID: <{rs(ir, 12, HEXL)}.{rs(ir, 6, HEXL)}@qixingzl.com>",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=GBK",
        "Content-Transfer-Encoding: base64",
        "X-Mailer: Coremail Webmail Server Version XT5.0.14",
    ]
    inner = part(inner_h, b64body(crlf(inner_text).encode("gbk")))
    m = dict(from_name="黄伟强", addr="huangweiqiang@ljhulian.com", date=d, subject="商机申诉：七星制冷 2606290014（附客户原邮件）")
    m["blocks"] = [
        "总部您好：\n\n七星制冷又有一条商机申请不计入，客户的原邮件作为附件转给您，请判定。\n\n合作商：桂林漓江互联网络科技有限公司\n"
        "付费客户：七星制冷\n商机编号：2606290014\n推送时间：2026-06-29 13:25\n客户反馈时间：2026-06-29 17:40（客户邮件的发送时间）\n"
        "申诉理由：行业不符（判定标准第4条）\n\n客户销售覃珺那边还有需求者的微信聊天记录，如需要可以再补。\n\n" + sig_hwq()]
    m["atts"] = [Att("这条商机不对口，申请不计入.eml", "message/rfc822", inner, "message/rfc822", text=inner_text, encoding="7bit")]
    h, ip = host_ip(rng, H_LJ)
    eml = outlook(m, rng, h, ip)
    return m, eml, dict(
        kind="appeal", client="Outlook 16 (zh-CN)",
        fields=fields(partner=PARTNERS["PG"][0], client=CLIENTS["qixing"][0], lead_ids=["2606290014"],
                      pushed_at=iso(2026, 6, 29, 13, 25), objected_at=iso(2026, 6, 29, 17, 40), reason_code=4),
        source_text={"pushed_at": ["2026-06-29 13:25"], "objected_at": ["2026-06-29 17:40"], "reason_code": ["第4条"]},
        aliases=("PG", "qixing"),
        notes="Outlook with the client's mail attached as message/rfc822 (7bit, gb2312-encoded name; GBK body inside): the "
              "client's full name is only in the attached message, the body has the short name; 覃珺 (GBK-only) in a "
              "gb2312-labelled body; code '第4条'; the attachment's size/sha256 are of the raw embedded message bytes.")


@entry
def A14():
    rng = R("A14")
    d = dt(2026, 6, 29, 10, 12, 37)
    m = dict(from_name="宋雅婷", addr="songyating@wlshangxun.com", date=d, subject="豫宛防爆 商机申诉书",
             mailer="WeCom Mail 4.1.33 (Windows; 10.0.19045)")
    m["blocks"] = ["总部好，\n\n豫宛防爆的商机申诉书和截图见附件，请判定。客户那边比较着急，麻烦尽快。\n\n宋雅婷\n卧龙商讯 客服\n微信同号：18638716620"]
    rows = [["字段", "内容"],
            ["合作商", "南阳卧龙商讯网络科技有限公司"],
            ["付费客户", "南阳豫宛防爆电器有限公司"],
            ["商机编号", "10631852"],
            ["推送时间", "2026年6月27日 16:45"],
            ["客户反馈时间", "2026年6月27日 19:30"],
            ["申诉理由", "需求者留了微信，客户怎么都加不上"],
            ["情况说明", "需求者咨询BT4级防爆接线箱，只留了微信号 fb_dq2026，客户搜了多次都显示“无法找到该用户”，留言中没有手机号。"],
            ["证据材料", "微信搜索截图1张"],
            ["申诉人", "宋雅婷"],
            ["申诉日期", "2026年6月29日"]]
    db = make_docx("宋雅婷", "2026-06-29T01:50:00Z", ["商机申诉书"], rows)
    m["atts"] = [Att("商机申诉书-豫宛防爆.docx", "application/octet-stream", db, DOCX_CT, text=docx_text(["商机申诉书"], rows)),
                 Att("微信截图.png", "application/octet-stream", make_png(rng, 360, 640, 3), "image/png")]
    eml = qq_like(m, rng, wecom=True)
    return m, eml, dict(
        kind="appeal", client="WeCom / Tencent Exmail",
        fields=fields(partner=PARTNERS["PE"][0], client=CLIENTS["yuwan"][0], lead_ids=["10631852"],
                      pushed_at=iso(2026, 6, 27, 16, 45), objected_at=iso(2026, 6, 27, 19, 30), reason_code=2),
        source_text={"pushed_at": ["2026年6月27日 16:45"], "objected_at": ["2026年6月27日 19:30"], "reason_code": ["加不上"]},
        aliases=("PE", "yuwan"),
        notes="WeCom desktop (UTF-8 base64); every field only in the .docx form, and both the .docx and the PNG are declared "
              "application/octet-stream; the body has only short names; 'BT4', the WeChat id and the mobile number are distractors.")


@entry
def A15():
    rng = R("A15")
    d = dt(2026, 7, 2, 14, 28, 9)
    m = dict(from_name="沈莉", addr="shenli_zj@163.com", date=d, subject="恒宇轴承 商机申诉书（扫描件）")
    m["blocks"] = [
        "总部老师好：\n\n附件是恒宇轴承签字盖章的商机申诉书扫描件，主要内容如下：\n\n合作商：镇江北固云拓信息科技有限公司\n"
        "客户：镇江丹徒恒宇轴承有限公司\n商机编号：10701326\n推送时间：7月1日 15:35\n客户反馈时间：7月2日 上午9点\n"
        "申诉理由：同行恶意询价（第1条）\n\n客户说对方是常州的同行，问的是6204、6205两个型号深沟球轴承的出厂价，但是没有录音，也没有截图，"
        "只有客户业务员的口述。\n\n沈莉\n北固云拓"]
    m["atts"] = [Att("商机申诉书扫描件.pdf", "application/pdf", make_pdf_scan(rng), "application/pdf")]
    eml = coremail(m, rng, "163")
    return m, eml, dict(
        kind="appeal", client="163 webmail (Coremail)",
        fields=fields(partner=PARTNERS["PB"][0], client=CLIENTS["hengyu"][0], lead_ids=["10701326"],
                      pushed_at=iso(2026, 7, 1, 15, 35), objected_at=iso(2026, 7, 2, 9, 0), reason_code=1),
        source_text={"pushed_at": ["7月1日 15:35"], "objected_at": ["7月2日 上午9点"], "reason_code": ["第1条"]},
        aliases=("PB", "hengyu"),
        notes="163 webmail (GBK) with a scanned PDF form (role form, image-only: not evidence); code 1 without a recording "
              "or screenshot -> missing evidence; objection 17h25m after the push (outside the window); '6204、6205' are "
              "model-number distractors.")


# ============================ adjustments ============================

@entry
def D1():
    rng = R("D1")
    d = dt(2026, 7, 3, 9, 30, 12)
    m = dict(from_name="张凯", addr="zhangkai@wlshangxun.com", date=d, subject="宛丰农机 10条商机反馈及调整建议")
    m["blocks"] = [
        "总部好，\n\n附件是宛丰农机最近10条商机的客户反馈（精准7条，不精准3条）。\n\n调整建议：\n1. 新增关键词：玉米籽粒收获机、花生捡拾收获机\n"
        "2. 删除关键词：小麦播种机\n3. 不做产品：手扶拖拉机、农机配件\n4. 主要针对人群：农机合作社、家庭农场、农机经销商\n\n张凯\n卧龙商讯"]
    data = [("SJ20260608-0031", local(2026, 6, 8), "4行玉米收获机", "是", "已报价"),
            ("SJ20260610-0054", local(2026, 6, 10), "花生收获机", "是", "在谈"),
            ("SJ20260612-0009", local(2026, 6, 12), "手扶拖拉机", "否", "客户不做"),
            ("SJ20260615-0077", local(2026, 6, 15), "玉米籽粒收获机", "是", "已成交2台"),
            ("SJ20260617-0040", local(2026, 6, 17), "小麦播种机", "否", "客户不生产播种机"),
            ("SJ20260619-0013", local(2026, 6, 19), "3行玉米收获机", "是", "已约看机"),
            ("SJ20260622-0068", local(2026, 6, 22), "收获机配件", "否", "只要配件"),
            ("SJ20260626-0021", local(2026, 6, 26), "花生捡拾收获机", "是", "已报价"),
            ("SJ20260629-0046", local(2026, 6, 29), "4行玉米收获机", "是", "在谈"),
            ("SJ20260701-0090", local(2026, 7, 1), "青贮收获机", "是", "已报价")]
    rows = [["商机反馈表", None, None, None, None, None],
            ["合作商", "南阳卧龙商讯网络科技有限公司", None, None, None, None],
            ["客户", "南阳宛丰农业机械制造有限公司", None, None, None, None],
            [None] * 6,
            ["序号", "商机编号", "推送日期", "需求产品", "是否精准", "客户反馈"]]
    rows += [[i + 1] + list(r) for i, r in enumerate(data)]
    xb = make_xlsx("张凯", "2026-07-03T01:10:00Z", "商机反馈", rows, widths={"B": 18, "C": 12, "D": 16, "F": 18})
    m["atts"] = [Att("宛丰农机商机反馈表（10条）.xlsx", "application/octet-stream", xb, XLSX_CT, text=xlsx_text(rows))]
    eml = qq_like(m, rng, wecom=True)
    return m, eml, dict(
        kind="adjustment", client="WeCom / Tencent Exmail",
        fields=fields(partner=PARTNERS["PE"][0], client=CLIENTS["wanfeng"][0], lead_ids=[r[0] for r in data], lead_count=10),
        source_text={"lead_count": ["10条"]},
        aliases=("PE", "wanfeng"),
        extra={"keywords_add": ["玉米籽粒收获机", "花生捡拾收获机"], "keywords_remove": ["小麦播种机"],
               "excluded_products": ["手扶拖拉机", "农机配件"], "audience": ["农机合作社", "家庭农场", "农机经销商"]},
        notes="WeCom / Exmail (UTF-8); ten ids, both full names and real date cells only in the .xlsx (declared "
              "application/octet-stream, full-width parentheses in the name); the body uses short names; '精准7条，不精准3条', "
              "'4行', '2台' are distractors.")


@entry
def D2():
    rng = R("D2")
    d = dt(2026, 7, 8, 9, 50, 3)
    m = dict(from_name="沈莉", addr="shenli_zj@163.com", date=d, subject="润通起重 近5条商机反馈和调整")
    m["blocks"] = [
        "总部老师好：\n\n合作商：镇江北固云拓信息科技有限公司\n客户：镇江润通起重设备有限公司\n\n最近5条商机客户反馈如下：\n"
        "10612203 精准，5吨电动葫芦，已报价\n10614458 不精准，要的是汽车吊租赁\n10618820 精准，16吨门式起重机，在谈\n"
        "10620391 精准，已成交1台（LD型3吨单梁）\n10623105 不精准，个人问家用小吊机\n\n调整建议：\n不做产品：汽车吊、起重机租赁服务\n"
        "删除关键词：小吊机、吊车租赁\n新增关键词：门式起重机、防爆电动葫芦\n目标客户：工厂、物流园、钢结构企业，个人询盘不要推。\n\n沈莉\n北固云拓"]
    eml = coremail(m, rng, "163")
    return m, eml, dict(
        kind="adjustment", client="163 webmail (Coremail)",
        fields=fields(partner=PARTNERS["PB"][0], client=CLIENTS["runtong"][0],
                      lead_ids=["10612203", "10614458", "10618820", "10620391", "10623105"], lead_count=5),
        source_text={"lead_count": ["5条"]},
        aliases=("PB", "runtong"),
        extra={"keywords_add": ["门式起重机", "防爆电动葫芦"], "keywords_remove": ["小吊机", "吊车租赁"],
               "excluded_products": ["汽车吊", "起重机租赁服务"], "audience": ["工厂", "物流园", "钢结构企业"]},
        notes="163 webmail (GBK); five 8-digit ids at line starts with terse comments; '5吨', '16吨', 'LD型3吨', '1台' are "
              "distractors; audience proposal.")


@entry
def D3():
    rng = R("D3")
    d = dt(2026, 7, 6, 15, 10, 44)
    m = dict(from_name="珊珊", addr="2845190376@qq.com", date=d, subject="瑞丰玻璃机械 5条商机情况反馈（调整）")
    m["blocks"] = [
        "总部老师好：\n\n合作商：蚌埠淮上商通网络科技有限公司\n付费客户：蚌埠瑞丰玻璃机械有限公司\n本批商机：5条（精准3条，不精准2条），汇总如下：",
        Table([["序号", "商机编号", "需求", "是否精准", "客户反馈"],
               ["1", "SJ20260608-0042", "6mm钢化玻璃生产线", "精准", "已报价"],
               ["2", "SJ20260611-0007", "玻璃磨边机", "精准", "已成交1台"],
               ["3", "SJ20260615-0033", "家用钢化玻璃门安装", "不精准", "个人装修，客户不做"],
               ["4", "SJ20260618-0025", "中空玻璃设备", "精准", "在谈"],
               ["5", "SJ20260701-0019", "二手钢化炉", "不精准", "客户不做二手设备"]]),
        "\n调整建议：\n新增关键词：玻璃钢化炉、中空玻璃生产线\n删除关键词：二手钢化炉、玻璃门安装\n不做产品：二手设备、玻璃深加工服务\n\n王珊珊\n淮上商通 客服部",
    ]
    eml = qq_like(m, rng)
    return m, eml, dict(
        kind="adjustment", client="QQ Mail",
        fields=fields(partner=PARTNERS["PC"][0], client=CLIENTS["ruifeng"][0],
                      lead_ids=["SJ20260608-0042", "SJ20260611-0007", "SJ20260615-0033", "SJ20260618-0025", "SJ20260701-0019"],
                      lead_count=5),
        source_text={"lead_count": ["5条"]},
        aliases=("PC", "ruifeng"),
        extra={"keywords_add": ["玻璃钢化炉", "中空玻璃生产线"], "keywords_remove": ["二手钢化炉", "玻璃门安装"],
               "excluded_products": ["二手设备", "玻璃深加工服务"], "audience": []},
        notes="QQ Mail (gb18030) with a five-row HTML table (序号 / 商机编号 / 需求 / 是否精准 / 客户反馈); the word 汇总 "
              "appears but it is an adjustment; '6mm', the 序号 column and the 3/2 counts are distractors.")


@entry
def D4():
    rng = R("D4")
    d = dt(2026, 7, 2, 17, 45, 30)
    m = dict(from_name="周婧", addr="zhoujing@fcqifu.cn", date=d, subject="凯达液压 近十条商机反馈及推广调整")
    m["blocks"] = [
        "总部您好：\n\n凯达液压最近十条商机客户都跟进过了，整体情况：精准六条，不精准四条。不精准的主要是问液压油缸维修和二手液压机的，"
        "还有一条是学校实验室问小型教学设备。\n\n客户希望调整如下：\n一、不做产品：液压油缸维修、二手液压机、教学实验设备\n"
        "二、删除关键词：液压机维修、二手四柱液压机\n三、新增关键词：四柱液压机、框架式液压机、粉末成型液压机\n"
        "四、针对人群：以工厂、企业为主，学校和个人不要推\n五、客服话术：先问需要的公称力（多少吨）和台面尺寸。\n\n"
        "合作商：泰州凤城企服网络科技有限公司\n付费客户：泰州海陵凯达液压机械有限公司\n\n" + sig_fc()]
    h, ip = host_ip(rng, H_FC)
    eml = outlook(m, rng, h, ip)
    return m, eml, dict(
        kind="adjustment", client="Outlook 16 (zh-CN)",
        fields=fields(partner=PARTNERS["PA"][0], client=CLIENTS["kaida"][0], lead_count=10),
        source_text={"lead_count": ["十条"]},
        aliases=("PA", "kaida"),
        extra={"keywords_add": ["四柱液压机", "框架式液压机", "粉末成型液压机"], "keywords_remove": ["液压机维修", "二手四柱液压机"],
               "excluded_products": ["液压油缸维修", "二手液压机", "教学实验设备"], "audience": ["工厂", "企业"]},
        notes="Outlook 16 (gb2312); the count only in Chinese numerals ('最近十条', no ids): lead_count 10 and lead_ids []; "
              "'精准六条，不精准四条' and the 一、…五、 list numbers are distractors; talking-point proposal.")


@entry
def D5():
    rng = R("D5")
    d = dt(2026, 7, 8, 14, 12, 55)
    m = dict(from_name="孔繁宇", addr="kongfanyu@yhqilian.com", date=d, subject="鲁岳机械商机调整反馈表")
    m["blocks"] = ["总部：\n\n鲁岳机械最近5条商机的调整反馈表见附件，主要是希望去掉“二手挖掘机”和“挖机租赁”两个关键词。\n\n" + sig_kfy()]
    before = ["商机调整反馈表", "合作商：济宁运河企联信息技术有限公司", "付费客户：济宁鲁岳工程机械有限公司", "反馈商机：5条"]
    rows = [["序号", "商机编号", "推送日期", "需求", "是否精准", "客户反馈"],
            ["1", "XP-2606-0102", "6月3日", "1.8吨微型挖掘机", "是", "已报价"],
            ["2", "XP-2606-0135", "6月8日", "二手挖掘机", "否", "客户不做二手"],
            ["3", "XP-2606-0174", "6月12日", "22吨履带挖掘机", "是", "已成交1台"],
            ["4", "XP-2606-0209", "6月16日", "挖机租赁", "否", "客户不做租赁"],
            ["5", "XP-2606-0241", "6月17日", "30型小挖", "否", "已申诉（留错电话）"]]
    after = ["调整建议：", "1. 删除关键词：二手挖掘机、挖机租赁", "2. 新增关键词：微型挖掘机、履带式挖掘机",
             "3. 不做产品：二手挖掘机、挖掘机租赁服务", "4. 针对人群：施工企业、农村合作社、园林公司"]
    db = make_docx("孔繁宇", "2026-07-08T05:40:00Z", before, rows, after)
    m["atts"] = [Att("鲁岳机械商机调整反馈表.docx", "application/octet-stream", db, DOCX_CT, text=docx_text(before, rows, after))]
    h, ip = host_ip(rng, H_YH)
    eml = foxmail(m, rng, h, ip)
    return m, eml, dict(
        kind="adjustment", client="Foxmail 7.2",
        fields=fields(partner=PARTNERS["PD"][0], client=CLIENTS["luyue"][0],
                      lead_ids=["XP-2606-0102", "XP-2606-0135", "XP-2606-0174", "XP-2606-0209", "XP-2606-0241"], lead_count=5),
        source_text={"lead_count": ["5条"]},
        aliases=("PD", "luyue"),
        extra={"keywords_add": ["微型挖掘机", "履带式挖掘机"], "keywords_remove": ["二手挖掘机", "挖机租赁"],
               "excluded_products": ["二手挖掘机", "挖掘机租赁服务"], "audience": ["施工企业", "农村合作社", "园林公司"]},
        notes="Foxmail 7.2 (gb2312 label); the five XP- ids and the client's full name only in the .docx table (declared "
              "application/octet-stream); '1.8吨', '22吨', '30型', the 序号 column and dates like '6月3日' are distractors.")


@entry
def D6():
    rng = R("D6")
    d = dt(2026, 7, 9, 19, 32, 16)
    m = dict(from_name="任浩", addr="renhao@qclianshang.com", date=d, subject="恒锐数控商机推广要调整一下")
    m["blocks"] = [
        "总部好，\n恒锐数控这个月推的几条商机，客户说大部分是问普通车床的，客户只做数控车床和加工中心，普通车床不做。麻烦把“普通车床”"
        "“二手机床”这两个关键词删掉，再加上“斜床身数控车床”“立式加工中心”。\n客户：宝鸡渭滨恒锐数控机床有限公司\n任浩\n\n发自我的小米手机"]
    h, ip = host_ip(rng, H_QC)
    eml = android(m, rng, h, ip)
    return m, eml, dict(
        kind="adjustment", client="phone mail app (8bit GBK)",
        fields=fields(client=CLIENTS["hengrui"][0]),
        source_text={},
        aliases=("PH", "hengrui"),
        extra={"keywords_add": ["斜床身数控车床", "立式加工中心"], "keywords_remove": ["普通车床", "二手机床"],
               "excluded_products": ["普通车床"], "audience": []},
        notes="Android phone app (RFC 2047 UTF-8 subject, 8bit GBK text only); keyword changes for one client but neither a "
              "count nor ids ('几条') and no partner name (only the sender's domain) -> missing partner, lead_ids.")


# ============================ summaries ============================

@entry
def S1():
    rng = R("S1")
    d = dt(2026, 6, 30, 15, 2, 38)
    m = dict(from_name="黄伟强", addr="huangweiqiang@ljhulian.com", date=d, subject="商机汇总反馈-桂林七星制冷设备有限公司（已推送60%）")
    m["blocks"] = [
        "总部您好：\n\n七星制冷的商机推送已达到合同数量的60%，汇总反馈如下：\n",
        Table([["项目", "内容"],
               ["合作商", "桂林漓江互联网络科技有限公司"],
               ["付费客户", "桂林七星制冷设备有限公司"],
               ["合同商机数", "160条"],
               ["已推送商机", "96条（60%）"],
               ["服务期", "2026年1月1日-2026年12月31日"]]),
        "\n一、客户情况分析\n1. 96条中精准约70条，已成交冷库工程11个、冷水机组4台；\n2. 不精准的主要是家用冰箱维修和空调安装；\n"
        "3. 广西区内的商机转化较好，区外的商机客户跟进意愿不高。\n\n二、建议解决方案\n1. 剩余64条商机尽量以广西、广东的食品厂、冷链物流企业为主；\n"
        "2. 客户有续费打算，希望续费时价格不变，商机数保持160条。\n\n" + sig_hwq()]
    h, ip = host_ip(rng, H_LJ)
    eml = outlook(m, rng, h, ip)
    return m, eml, dict(
        kind="summary", client="Outlook 16 (zh-CN)",
        fields=fields(partner=PARTNERS["PG"][0], client=CLIENTS["qixing"][0], quota=160, pushed_count=96,
                      service_start="2026-01-01", service_end="2026-12-31"),
        source_text={"quota": ["160条"], "pushed_count": ["96条"], "service_start": ["2026年1月1日"], "service_end": ["2026年12月31日"]},
        aliases=("PG", "qixing"), renewal=True,
        notes="Outlook 16 (gb2312) with a Word HTML table (tab-separated cells in the text alternative); 60 % lead trigger "
              "(time only 49 %); '约70条', '11个', '4台', '剩余64条' and the renewal wish '160条' are distractors.")


@entry
def S2():
    rng = R("S2")
    d = dt(2026, 7, 1, 10, 20, 47)
    m = dict(from_name="孔繁宇", addr="kongfanyu@yhqilian.com", date=d, subject="鲁岳机械 商机汇总反馈（服务期已过七成）")
    m["blocks"] = [
        "总部：\n\n鲁岳机械的服务期已经过了七成，汇总反馈如下：\n\n合作商：济宁运河企联信息技术有限公司\n付费客户：济宁鲁岳工程机械有限公司\n"
        "合同量：１５０条\n已推送：８１条\n服务期：2025/10/10～2026/10/09\n\n一、客户情况分析\n1. 已推送的商机里精准的有50条左右，"
        "成交微型挖掘机7台、22吨挖掘机1台；\n2. 今年上半年工地开工少，客户整体销量下滑了三成。\n二、建议解决方案\n"
        "1. 剩余69条商机重点推微型挖掘机和农用小挖；\n2. 客户表示今年效益一般，暂时不考虑续费，等服务期结束前再看。\n\n" + sig_kfy()]
    h, ip = host_ip(rng, H_YH)
    eml = foxmail(m, rng, h, ip)
    return m, eml, dict(
        kind="summary", client="Foxmail 7.2",
        fields=fields(partner=PARTNERS["PD"][0], client=CLIENTS["luyue"][0], quota=150, pushed_count=81,
                      service_start="2025-10-10", service_end="2026-10-09"),
        source_text={"quota": ["１５０条"], "pushed_count": ["８１条"], "service_start": ["2025/10/10"], "service_end": ["2026/10/09"]},
        aliases=("PD", "luyue"), renewal=False,
        notes="Foxmail 7.2 (gb2312 label); full-width digits '１５０条' / '８１条'; period '2025/10/10～2026/10/09' (wave dash); "
              "70 % time trigger (leads 54 %); '50条左右', '7台', '三成', '剩余69条' are distractors; no renewal for now.")


@entry
def S3():
    rng = R("S3")
    d = dt(2026, 7, 7, 16, 5, 19)
    m = dict(from_name="宋雅婷", addr="songyating@wlshangxun.com", date=d, subject="豫宛防爆 商机汇总反馈（数量和服务期都过线）",
             mailer="WeCom Mail 4.1.33 (Windows; 10.0.19045)")
    m["blocks"] = [
        "总部好，\n\n豫宛防爆的商机推送数量和服务期都已经过线，汇总如下：\n合作商：卧龙商讯\n客户：南阳豫宛防爆电器有限公司\n"
        "合同商机：80条\n已推送：52条\n服务开始：2025-09-15\n服务结束：2026-09-14\n\n客户情况分析和建议解决方案见附件。客户总体比较认可，"
        "已明确表示续费，但希望续费后增加防爆配电箱、防爆照明灯两个方向的关键词。\n\n宋雅婷\n卧龙商讯 客服"]
    paras = ["豫宛防爆客户情况分析及建议解决方案", "合作商：南阳卧龙商讯网络科技有限公司", "一、客户情况分析",
             "1. 已推送的52条中精准41条，成交防爆接线箱订单6单；", "2. 不精准的主要是民用配电箱和普通照明灯具；",
             "二、建议解决方案", "1. 续费后商机数建议100条；", "2. 增加关键词：防爆配电箱、防爆照明灯。"]
    db = make_docx("宋雅婷", "2026-07-07T07:30:00Z", paras)
    m["atts"] = [Att("豫宛防爆客户情况分析.docx", "application/octet-stream", db, DOCX_CT, text="\n".join(paras))]
    eml = qq_like(m, rng, wecom=True)
    return m, eml, dict(
        kind="summary", client="WeCom / Tencent Exmail",
        fields=fields(partner=PARTNERS["PE"][0], client=CLIENTS["yuwan"][0], quota=80, pushed_count=52,
                      service_start="2025-09-15", service_end="2026-09-14"),
        source_text={"quota": ["80条"], "pushed_count": ["52条"], "service_start": ["2025-09-15"], "service_end": ["2026-09-14"]},
        aliases=("PE", "yuwan"), renewal=True,
        notes="WeCom desktop (UTF-8); both triggers (65 % of leads, 81 % of the period); labels 服务开始 / 服务结束; the body "
              "names the partner only as 卧龙商讯, the full name is in the attached analysis .docx (application/octet-stream); "
              "'41条', '6单', '100条' are distractors.")


@entry
def S4():
    rng = R("S4")
    d = dt(2026, 7, 7, 11, 20, 5)
    m = dict(from_name="沈莉", addr="shenli_zj@163.com", date=d, subject="恒宇轴承商机汇总反馈")
    m["blocks"] = [
        "总部老师好：\n\n合作商：镇江北固云拓信息科技有限公司\n付费客户：镇江丹徒恒宇轴承有限公司\n合同商机：120条\n"
        "服务期：2025年12月1日至2026年11月30日\n\n目前推送已超过合同数量的60%，具体条数我这边系统暂时查不到，麻烦总部以后台数据为准。\n\n"
        "客户情况：主要做6204、6205等深沟球轴承和圆锥滚子轴承，精准商机里有3家已经下单；不精准的多是问进口轴承代理的。\n"
        "建议：剩余商机多往电机厂、减速机厂推，续费的事客户还在考虑。\n\n沈莉\n北固云拓"]
    eml = coremail(m, rng, "163")
    return m, eml, dict(
        kind="summary", client="163 webmail (Coremail)",
        fields=fields(partner=PARTNERS["PB"][0], client=CLIENTS["hengyu"][0], quota=120,
                      service_start="2025-12-01", service_end="2026-11-30"),
        source_text={"quota": ["120条"], "service_start": ["2025年12月1日"], "service_end": ["2026年11月30日"]},
        aliases=("PB", "hengyu"), renewal=None, trigger="lead_60",
        notes="163 webmail (GBK); the pushed count is not given ('已超过合同数量的60%', the partner cannot see the number) -> "
              "missing pushed_count; period '2025年12月1日至2026年11月30日'; '6204、6205', '3家' and '60%' are distractors.")


@entry
def S5():
    rng = R("S5")
    d = dt(2026, 7, 9, 16, 40, 2)
    m = dict(from_name="李书涵", addr="lishuhan@yhqilian.com", date=d, subject="金鼎钢管商机汇总")
    m["blocks"] = [
        "总部好，\n\n跟您汇总一下聊城金鼎钢管有限公司的情况。金鼎钢管的合同是一百二十条商机，到今天为止已经推了七十五条，超过了合同数量的60%；"
        "服务期是去年11月1日到今年10月31日，时间过了不到七成。\n\n客户情况：推送的商机里精准的有五十多条，主要是液压支柱管和精密冷拔管，"
        "成交了4单；不精准的集中在不锈钢装饰管和镀锌管，客户不做。\n\n建议解决方案：剩余商机多往山东、河北的液压件厂和机械加工厂推。客户有续费意向，"
        "希望续费时单价能优惠一些，商机数还是按一百二十条。\n\n附件是客户这几个月的商机统计，供参考。\n\n李书涵\n济宁运河企联信息技术有限公司\n0537-2265318"]
    rows = [["月份", "推送条数", "精准", "不精准"],
            ["2025-11", 8, 6, 2], ["2025-12", 10, 7, 3], ["2026-01", 9, 6, 3], ["2026-02", 6, 4, 2],
            ["2026-03", 11, 8, 3], ["2026-04", 10, 7, 3], ["2026-05", 12, 9, 3], ["2026-06", 9, 6, 3],
            ["合计", 75, 53, 22]]
    xb = make_xlsx("李书涵", "2026-07-09T08:20:00Z", "统计", rows)
    m["atts"] = [Att("金鼎钢管商机统计（2025年11月-2026年6月）.xlsx", XLSX_CT, xb, XLSX_CT, text=xlsx_text(rows))]
    h, ip = host_ip(rng, H_YH)
    eml = apple_mail(m, rng, h, ip)
    return m, eml, dict(
        kind="summary", client="Apple Mail (macOS)",
        fields=fields(partner=PARTNERS["PD"][0], client=CLIENTS["jinding"][0], quota=120, pushed_count=75,
                      service_start="2025-11-01", service_end="2026-10-31"),
        source_text={"quota": ["一百二十条"], "pushed_count": ["七十五条"], "service_start": ["去年11月1日"], "service_end": ["今年10月31日"]},
        aliases=("PD", "jinding"), renewal=True,
        notes="Apple Mail prose with Chinese numerals ('一百二十条', '七十五条') and a period given as '去年11月1日到今年10月31日' "
              "(years from the Date header); the .xlsx (RFC 2231 filename*0*/1* continuation, Q-encoded name=) sits in "
              "multipart/alternative > multipart/mixed; monthly counts, '五十多条', '4单', '七成' are distractors.")


# ============================ replies ============================

HQ_NAME = "总部商机服务"


@entry
def R1():
    rng = R("R1")
    d = dt(2026, 6, 25, 11, 26, 40)
    m = dict(from_name="顾晨阳", addr="guchenyang@fcqifu.cn", date=d,
             subject="回复：【ＤＯＲ＃ＳＳ－２０２６－０００５２７】请补充信息：商机申诉")
    m["irt"] = "<req.SS-2026-000527.1@ptg139.com>"
    m["refs"] = ["<ack.SS-2026-000527@ptg139.com>", "<req.SS-2026-000527.1@ptg139.com>"]
    new = "总部好，\n之前的录音是手机自带的格式，可能打不开，重新转成m4a再发一次，请查收。\n顾晨阳\n"
    quoted = ("\n-------- 原始邮件 --------\n发件人：总部商机服务 <dor@ptg139.com>\n日期：2026年6月25日周四 上午10:12\n"
              "收件人：顾晨阳 <guchenyang@fcqifu.cn>\n主题：[DOR#SS-2026-000527] 请补充信息：商机申诉\n\n顾晨阳 您好：\n\n"
              "案件 SS-2026-000527（合作商：泰州凤城企服网络科技有限公司；付费客户：泰州市江淮阀门制造有限公司；商机编号：SJ20260624-0063）"
              "中的录音文件无法播放，请重新提供。\n推送时间：2026-06-24 13:40\n客户反馈时间：2026-06-24 17:30\n\n总部商机服务")
    m["blocks"] = [new + quoted]
    m["new_text"] = new
    m["atts"] = [Att("客户回访录音.m4a", "audio/mp4", make_m4a(rng, 11), "audio/mp4")]
    h, ip = host_ip(rng, H_FC)
    eml = android(m, rng, h, ip)
    return m, eml, dict(
        kind="reply", client="phone mail app (8bit GBK)", malformed=True,
        fields=fields(), source_text={},
        notes="Android app reply: case tag typed in full-width characters inside 【】 ('ＤＯＲ＃ＳＳ－２０２６－０００５２７', NFKC -> "
              "SS-2026-000527) after '回复：', plus In-Reply-To/References to @ptg139.com; the quoted HQ request lists "
              "partner, client, id and both times: ignored; the re-sent recording has a raw 8-bit GBK file name (malformed).")


@entry
def R2():
    rng = R("R2")
    d = dt(2026, 7, 3, 17, 2, 11)
    d4 = BUILT["D4"][0]["message_id"]
    m = dict(from_name="周婧", addr="zhoujing@fcqifu.cn", date=d, subject="答复: 商机调整已完成-泰州海陵凯达液压机械有限公司")
    m["irt"] = "<done.SS-2026-000546@ptg139.com>"
    m["refs"] = [d4, "<ack.SS-2026-000546@ptg139.com>", "<done.SS-2026-000546@ptg139.com>"]
    new = "总部您好：\n\n收到，已转告客户。客户问新加的关键词大概多久能看到效果，麻烦有空回复一下，谢谢。\n\n周婧\n客服部\n"
    q = ("发件人: 总部商机服务 <dor@ptg139.com> \n发送时间: 2026年7月3日 16:20\n收件人: 周婧 <zhoujing@fcqifu.cn>\n"
         "主题: 商机调整已完成-泰州海陵凯达液压机械有限公司\n\n周婧 您好：\n\n案件 SS-2026-000546 的推广调整已完成：\n"
         "合作商：泰州凤城企服网络科技有限公司\n付费客户：泰州海陵凯达液压机械有限公司\n本次涉及商机：10条\n"
         "已删除关键词：液压机维修、二手四柱液压机\n已新增关键词：四柱液压机、框架式液压机、粉末成型液压机\n\n总部商机服务\ndor@ptg139.com\n")
    m["blocks"] = [new, Quote(q)]
    m["new_text"] = new
    h, ip = host_ip(rng, H_FC)
    eml = outlook(m, rng, h, ip)
    return m, eml, dict(
        kind="reply", client="Outlook 16 (zh-CN)", fields=fields(), source_text={},
        notes="Outlook '答复:' without a case tag (case_ref null): the thread is known only from In-Reply-To/References "
              "<done.SS-2026-000546@ptg139.com> (References also holds the partner's own adjustment Message-ID); the quoted "
              "HQ confirmation lists partner, client and '10条', and the HQ subject names the client: all ignored.")


@entry
def R3():
    rng = R("R3")
    d = dt(2026, 7, 6, 10, 48, 33)
    m = dict(from_name="珊珊", addr="2845190376@qq.com", date=d, subject="回复：[DOR#SS-2026-000550]请补充信息：商机申诉")
    m["irt"] = "<req.SS-2026-000550.1@ptg139.com>"
    m["refs"] = ["<req.SS-2026-000550.1@ptg139.com>"]
    new = "总部老师好：\n\n补充如下：\n商机编号：SJ20260703-0094\n推送时间：7月3日下午3:25\n\n其他信息不变。\n\n王珊珊\n\n\n"
    head = ('发件人: "总部商机服务"<dor@ptg139.com>;\n发送时间: 2026年7月6日(星期一) 上午9:30\n'
            '收件人: "王珊珊"<2845190376@qq.com>;\n主题: [DOR#SS-2026-000550] 请补充信息：商机申诉')
    qb = ("王珊珊 您好：\n\n您7月4日提交的商机申诉（付费客户：蚌埠禹会宏达粮油机械有限公司）缺少以下信息：商机编号、推送时间。"
          "请回复本邮件补充，补充后总部继续处理。\n\n总部商机服务")
    m["blocks"] = [new, Quote("------------------ 原始邮件 ------------------\n" + head + "\n\n" + qb, html_head=head, html_lines=qb)]
    m["new_text"] = new
    eml = qq_like(m, rng)
    return m, eml, dict(
        kind="reply", client="QQ Mail",
        fields=fields(lead_ids=["SJ20260703-0094"], pushed_at=iso(2026, 7, 3, 15, 25)),
        source_text={"pushed_at": ["7月3日下午3:25"]},
        notes="QQ Mail reply '回复：[DOR#SS-…]' with no space before the subject text; the partner's own new text supplies "
              "the missing lead id and push time (these two are the reply's fields); the quoted HQ request names the client: ignored.")


@entry
def R4():
    rng = R("R4")
    d = dt(2026, 6, 26, 9, 15, 48)
    m = dict(from_name="张凯", addr="zhangkai@wlshangxun.com", date=d, subject="回复：DOR#SS-2026-000526 请补充证据：商机申诉")
    m["irt"] = "<req.SS-2026-000526.1@ptg139.com>"
    m["refs"] = ["<ack.SS-2026-000526@ptg139.com>", "<req.SS-2026-000526.1@ptg139.com>"]
    new = ("总部好，\n\n录音里对方确实没有直接承认，补一张客户和需求者的微信聊天截图，对方在聊天里说自己是南阳本地做农机代理的，请查收。\n\n张凯\n\n")
    head = ('From:  "总部商机服务"<dor@ptg139.com>;\nDate:  Thu, Jun 25, 2026 18:02 PM\nTo:  "张凯"<zhangkai@wlshangxun.com>;\n'
            'Subject:  [DOR#SS-2026-000526] 请补充证据：商机申诉')
    qb = ("张凯 您好：\n案件 SS-2026-000526（付费客户：南阳宛丰农业机械制造有限公司，商机编号：SJ20260624-0105、SJ20260624-0106）"
          "的录音中未听到需求者承认同行身份，请补充截图或其他证据。\n\n总部商机服务")
    m["blocks"] = [new, Quote("------------------ Original ------------------\n" + head + "\n\n" + qb, html_head=head, html_lines=qb)]
    m["new_text"] = new
    m["atts"] = [Att("微信聊天截图.png", "application/octet-stream", make_png(rng, 360, 740, 11), "image/png")]
    eml = qq_like(m, rng, wecom=True)
    return m, eml, dict(
        kind="reply", client="WeCom / Tencent Exmail", fields=fields(), source_text={},
        notes="WeCom reply whose case tag has no brackets ('回复：DOR#SS-2026-000526 …'); In-Reply-To to @ptg139.com; adds "
              "evidence only (PNG declared application/octet-stream); the quoted HQ request holds client and two ids: ignored.")


@entry
def R5():
    rng = R("R5")
    d = dt(2026, 6, 24, 18, 5, 27)
    a3 = BUILT["A03"][0]["message_id"]
    m = dict(from_name="李书涵", addr="lishuhan@yhqilian.com", date=d, subject="Re: 【DOR#SS-2026-000521】商机申诉判定结果")
    m["irt"] = "<verdict.SS-2026-000521@ptg139.com>"
    m["refs"] = [a3, "<ack.SS-2026-000521@ptg139.com>", "<verdict.SS-2026-000521@ptg139.com>"]
    new = "总部好，\n\n收到，谢谢总部。已经跟客户解释过了，客户接受判定结果。\n\n李书涵\n"
    ql = ("李书涵 您好：\n\n案件 SS-2026-000521 判定结果：不计入。\n合作商：济宁运河企联信息技术有限公司\n付费客户：聊城金鼎钢管有限公司\n"
          "商机编号：XP-2606-0318\n推送时间：2026-06-22 10:30\n客户反馈时间：2026-06-22 14:20\n判定依据：第5条 需求者所需产品与客户经营产品不一致。\n\n总部商机服务")
    plain_q = "\n> 2026年6月24日 17:30，总部商机服务 <dor@ptg139.com> 写道：\n> \n" + "\n".join(("> " + ln) if ln else ">" for ln in ql.split("\n"))
    m["blocks"] = [new, Quote(plain_q, html_lines=ql)]
    m["new_text"] = new
    h, ip = host_ip(rng, H_YH)
    eml = apple_mail(m, rng, h, ip)
    return m, eml, dict(
        kind="reply", client="Apple Mail (macOS)", fields=fields(), source_text={},
        notes="Apple Mail 'Re: 【DOR#SS-…】' (full-width brackets) with '>' quoting of the HQ verdict, which lists every "
              "appeal field and '第5条': all ignored; the new text supplies nothing.")


# ============================ automatic ============================

@entry
def U1():
    rng = R("U1")
    d = dt(2026, 7, 2, 10, 31, 9)
    m = dict(from_name="宋雅婷", addr="songyating@wlshangxun.com", date=d, subject="自动回复：[DOR#SS-2026-000535] 商机申诉判定结果",
             mailer="Tencent Exmail AutoReply")
    m["irt"] = "<verdict.SS-2026-000535@ptg139.com>"
    m["refs"] = ["<verdict.SS-2026-000535@ptg139.com>"]
    m["pre_extra"] = ["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"]
    m["blocks"] = ["您好！我7月1日至7月6日休假，期间不能及时回复邮件。商机申诉、调整等事务请联系同事张凯（zhangkai@wlshangxun.com，"
                   "13937701586）。\n\n宋雅婷\n南阳卧龙商讯网络科技有限公司"]
    eml = qq_like(m, rng, wecom=True)
    return m, eml, dict(
        kind="auto", client="Tencent Exmail auto-reply", fields=fields(), source_text={},
        notes="Exmail out-of-office '自动回复：' with Auto-Submitted: auto-replied AND In-Reply-To/References to an "
              "@ptg139.com id and a case tag in the subject: automatic beats reply (case_ref still read from the subject); "
              "names the partner company and a colleague: no fields.")


@entry
def U2():
    rng = R("U2")
    d = dt(2026, 7, 1, 14, 0, 31)
    qid = "4W" + rs(rng, 10)
    b = f"{qid}.{int(d.timestamp())}/mail.ljhulian.com"
    orig_subject = hdr_enc("Subject", "[DOR#SS-2026-000534] 商机申诉判定结果", "utf-8")
    notice = ("This is the mail system at host mail.ljhulian.com.\n\nI'm sorry to have to inform you that your message could not\n"
              "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
              "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
              "                   The mail system\n\n<hwq@ljhulian.com>: unknown user: \"hwq\"\n")
    status = (f"Reporting-MTA: dns; mail.ljhulian.com\nX-Postfix-Queue-ID: {qid}\nX-Postfix-Sender: rfc822; dor@ptg139.com\n"
              f"Arrival-Date: {rfcdate(d - timedelta(seconds=2))}\n\nFinal-Recipient: rfc822; hwq@ljhulian.com\nOriginal-Recipient: rfc822;hwq@ljhulian.com\n"
              "Action: failed\nStatus: 5.1.1\nDiagnostic-Code: X-Postfix; unknown user: \"hwq\"\n")
    hdrs = ("Return-Path: <dor@ptg139.com>\nReceived: from mx1.ptg139.com (mx1.ptg139.com [203.0.113.25])\n"
            "\tby mail.ljhulian.com (Postfix) with ESMTPS id {}\n\tfor <hwq@ljhulian.com>; {} (CST)\n"
            "From: =?utf-8?B?5oC76YOo5ZWG5py65pyN5Yqh?= <dor@ptg139.com>\nTo: hwq@ljhulian.com\nCc: huangweiqiang@ljhulian.com\n"
            "{}\nDate: {}\nMessage-ID: <verdict.SS-2026-000534@ptg139.com>\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: base64\nAuto-Submitted: auto-generated\n").format(
        qid, rfcdate(d - timedelta(seconds=2)), orig_subject.replace("\r\n", "\n"), rfcdate(d - timedelta(seconds=5)))
    body = mp(b, [
        part(["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"], crlf(notice).encode()),
        part(["Content-Description: Delivery report", "Content-Type: message/delivery-status"], crlf(status).encode()),
        part(["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"], crlf(hdrs).encode()),
    ], preamble="This is a MIME-encapsulated message.")
    mid = f"<20260701060031.{qid}@mail.ljhulian.com>"
    h = ["Return-Path: <>", "Delivered-To: dor@ptg139.com"] + received(rng, "mail.ljhulian.com", f"171.108.{rng.randint(1, 250)}.{rng.randint(1, 250)}", d, 2)
    h += ["Received: by mail.ljhulian.com (Postfix)", f"\tid {qid}; {rfcdate(d)} (CST)",
          "Date: " + rfcdate(d), "From: MAILER-DAEMON@mail.ljhulian.com (Mail Delivery System)",
          "Subject: Undelivered Mail Returned to Sender", "To: dor@ptg139.com", "Auto-Submitted: auto-replied", "MIME-Version: 1.0",
          "Content-Type: multipart/report; report-type=delivery-status;", f'\tboundary="{b}"',
          "Content-Transfer-Encoding: 8bit", "Message-Id: " + mid]
    eml = hjoin(h) + b"\r\n" + body
    m = dict(message_id=mid, addr="MAILER-DAEMON@mail.ljhulian.com", subject="Undelivered Mail Returned to Sender", atts=[],
             blocks=[notice])
    return m, eml, dict(
        kind="auto", client="Postfix DSN (failure)", fields=fields(), source_text={},
        notes="Postfix bounce 'Undelivered Mail Returned to Sender' from MAILER-DAEMON written as 'addr (Mail Delivery "
              "System)'; empty Return-Path; multipart/report with an unnamed text/rfc822-headers part (the HQ verdict's "
              "headers, case tag in their Subject): not an attachment, and the bounce's own subject has no tag.")


@entry
def U3():
    rng = R("U3")
    d = dt(2026, 7, 1, 8, 0, 4)
    htm = ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:微软雅黑;font-size:14px\">"
           "<h2 style=\"color:#c00\">雁城商联 · 2026年7月合作伙伴简报</h2><p>尊敬的合作伙伴：</p>"
           "<p>6月我司服务中的客户共18家，总部累计推送商机412条，精准率82%。</p>"
           "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">"
           "<tr><th>客户</th><th>合同商机</th><th>已推送</th><th>服务期</th></tr>"
           "<tr><td>衡阳湘南输送机械有限公司</td><td>120条</td><td>78条</td><td>2025-11-01至2026-10-31</td></tr>"
           "<tr><td>常德沅澧纺织机械有限公司</td><td>100条</td><td>57条</td><td>2025-10-01至2026-09-30</td></tr></table>"
           "<p>7月重点：推送过60%或服务期过70%的客户请及时做商机汇总反馈；每5条或10条商机做一次调整反馈；有异议的商机8小时内反馈。</p>"
           "<p>本邮件由系统群发，请勿直接回复。不想再收到此类邮件？<a href=\"https://edm.ycshanglian.com/u?id=@UID@\">退订</a></p>"
           "</body></html>").replace("@UID@", rs(rng, 16, HEXL))
    mid = "<{}.{}@edm.ycshanglian.com>".format(d.strftime("%Y%m%d%H%M%S"), rs(rng, 10, HEXL))
    h = top(rng, f"bounce-{rs(rng, 8, HEXL)}@edm.ycshanglian.com", "edm.ycshanglian.com", f"118.25.{rng.randint(1, 250)}.{rng.randint(1, 250)}", d, 9)
    h += ['From: "{}" <news@ycshanglian.com>'.format(ew_one("雁城商联", "utf-8")), "To: dor@ptg139.com",
          hdr_enc("Subject", "雁城商联7月合作伙伴简报｜商机推送与续费情况", "utf-8"), "Date: " + rfcdate(d), "Message-ID: " + mid,
          "MIME-Version: 1.0", "Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: base64", "Precedence: bulk",
          "List-Unsubscribe: <mailto:unsubscribe@ycshanglian.com?subject=unsubscribe>, <https://edm.ycshanglian.com/u>",
          "X-Mailer: EDM Express 5.2"]
    eml = hjoin(h) + b"\r\n" + b64body(htm.encode("utf-8"))
    m = dict(message_id=mid, addr="news@ycshanglian.com", subject="雁城商联7月合作伙伴简报｜商机推送与续费情况", atts=[], blocks=[htm])
    return m, eml, dict(
        kind="auto", client="bulk newsletter (EDM)", fields=fields(), source_text={},
        notes="A partner's monthly newsletter sent with Precedence: bulk and List-Unsubscribe (HTML only, UTF-8 base64): "
              "automatic; it names clients, quotas, pushed counts, periods and the 60 %/70 % rules, but no fields are labelled.")


@entry
def U4():
    rng = R("U4")
    d = dt(2026, 6, 30, 21, 0, 2)
    text = ("系统提醒：\n\n客户：泰州市江淮阀门制造有限公司\n商机编号：SJ20260630-0088\n推送时间：2026-06-30 14:22\n"
            "客户反馈：不精准（需求者要的是水暖五金零售），客户申请不计入\n负责客服：顾晨阳\n\n请在24小时内完成电话回访并录音。\n\n"
            "此邮件由凤城企服CRM系统自动发送，请勿直接回复。")
    htm = "<html><body>" + divs(text) + "</body></html>"
    b = "b1_" + rs(rng, 40, HEXL)
    body = mp(b, [
        part(["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: base64"], b64body(crlf(text).encode())),
        part(["Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: base64"], b64body(htm.encode())),
    ])
    mid = f"<{rs(rng, 32, ALNUM)}@crm.fcqifu.cn>"
    h = top(rng, "noreply@fcqifu.cn", "mail.fcqifu.cn", f"112.84.{rng.randint(1, 250)}.{rng.randint(1, 250)}", d, 2)
    h += ["Date: " + rfcdate(d), "To: =?utf-8?B?{}?= <guchenyang@fcqifu.cn>".format(base64.b64encode("顾晨阳".encode()).decode()),
          "Cc: dor@ptg139.com", 'From: "{}" <noreply@fcqifu.cn>'.format(ew_one("凤城企服CRM", "utf-8")),
          hdr_enc("Subject", "【商机回访提醒】江淮阀门 SJ20260630-0088 待回访", "utf-8"), "Message-ID: " + mid,
          "X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)", "MIME-Version: 1.0",
          "Content-Type: multipart/alternative;", f' boundary="{b}"', "Content-Transfer-Encoding: 8bit"]
    eml = hjoin(h) + b"\r\n" + body
    m = dict(message_id=mid, addr="noreply@fcqifu.cn", subject="【商机回访提醒】江淮阀门 SJ20260630-0088 待回访", atts=[], blocks=[text])
    return m, eml, dict(
        kind="auto", client="CRM notification (PHPMailer)", fields=fields(), source_text={},
        notes="A partner CRM's reminder from noreply@ (HQ only in Cc), no Auto-Submitted header: automatic by the sender; "
              "it carries client, lead id, push time and '申请不计入' like an appeal, but no fields are labelled.")


@entry
def U5():
    rng = R("U5")
    d = dt(2026, 7, 1, 9, 5, 12)
    m = dict(from_name="黄伟强", addr="huangweiqiang@ljhulian.com", date=d, subject="自动答复: [DOR#SS-2026-000540] 商机汇总反馈已受理")
    m["irt"] = "<ack.SS-2026-000540@ptg139.com>"
    m["refs"] = ["<ack.SS-2026-000540@ptg139.com>"]
    m["blocks"] = ["您好，我于7月1日至7月3日在南宁出差，邮件回复会有延迟，紧急事务请拨打0773-5861209，或联系同事莫晓玲"
                   "（moxiaoling@ljhulian.com）。\n\n黄伟强\n桂林漓江互联网络科技有限公司"]
    h, ip = host_ip(rng, H_LJ)
    eml = outlook(m, rng, h, ip)
    return m, eml, dict(
        kind="auto", client="Outlook 16 (zh-CN) rule-based auto-reply", fields=fields(), source_text={},
        notes="Outlook out-of-office sent by a client-side rule: only the '自动答复:' subject prefix marks it (no Auto-Submitted, "
              "no Precedence); In-Reply-To to @ptg139.com and a case tag in the subject: still auto, case_ref from the subject.")


# ============================ unknown ============================

@entry
def X1():
    rng = R("X1")
    d = dt(2026, 7, 7, 14, 30, 26)
    m = dict(from_name="周婧", addr="zhoujing@fcqifu.cn", date=d, subject="凤城企服2026下半年合作协议（盖章版）")
    m["blocks"] = [
        "总部您好：\n\n附件是我司2026年7月1日至12月31日合作协议的盖章扫描件，共2份，原件已于今天通过顺丰寄出，运单号SF1428806537215，"
        "请查收后回寄一份。\n\n协议涉及的客户：泰州海陵凯达液压机械有限公司、泰州市江淮阀门制造有限公司，合同商机合计260条。\n\n" + sig_fc()]
    m["atts"] = [Att("合作协议-凤城企服-盖章版.pdf", "application/pdf", make_pdf_scan(rng, 2), "application/pdf")]
    h, ip = host_ip(rng, H_FC)
    eml = outlook(m, rng, h, ip)
    return m, eml, dict(
        kind="unknown", client="Outlook 16 (zh-CN)", fields=fields(), source_text={},
        notes="Paperwork from a known partner (stamped contract scan, PDF role form): none of the three requests; clients, "
              "'260条', a period and a waybill number appear but no fields are labelled.")


@entry
def X2():
    rng = R("X2")
    d = dt(2026, 7, 1, 9, 18, 50)
    m = dict(from_name="唐磊", addr="tanglei_hy@126.com", date=d, subject="请问湘南输送那条申诉有结果了吗")
    m["blocks"] = [
        "总部好：\n\n6月26日提交的湘南输送商机申诉（总部回复的案件号是SS-2026-000530），到今天还没收到判定结果，客户一直在催。"
        "麻烦帮忙看一下进度，谢谢！\n\n唐磊\n衡阳雁城商联网络科技有限公司\n电话：0734-8236651"]
    eml = coremail(m, rng, "126")
    return m, eml, dict(
        kind="unknown", client="126 webmail (Coremail)", fields=fields(), source_text={},
        notes="Status question in a new mail: the case id is only in the body (no tag in the subject, no In-Reply-To/"
              "References), so it is not a reply by the thread rules and not a request: unknown, case_ref null.")


@entry
def X3():
    rng = R("X3")
    d = dt(2026, 7, 3, 3, 17, 45)
    htm = ("<html><head><meta http-equiv=Content-Type content=\"text/html; charset=gb2312\"></head><body>"
           "<p>尊敬的企业负责人：您好！</p><p>我司专注机械设备行业网络推广十年，百度、360、抖音全渠道覆盖，平均每月为企业带来询盘200条以上，"
           "商机不达标全额退款！</p><p>现招募各地区合作商，加盟费仅需9800元，赠送B2B平台会员1年、企业官网1套。</p>"
           "<p>咨询热线：400-6688-9521　微信同号：13866175523　联系人：王经理</p>"
           "<p style=\"color:#999\">如不希望再收到此类邮件，请回复TD退订。</p></body></html>")
    mid = "<{}${}@{}>".format(rs(rng, 8, HEXU), rs(rng, 6, HEXU), "tgyouxuan.com")
    h = top(rng, "wang_tg88@tgyouxuan.com", "mail.tgyouxuan.com", f"103.45.{rng.randint(1, 250)}.{rng.randint(1, 250)}", d, 11)
    h += ['From: "{}" <wang_tg88@tgyouxuan.com>'.format(ew_one("企业推广顾问", "gb2312")), "To: <dor@ptg139.com>",
          hdr_enc("Subject", "诚邀合作：B2B询盘推广，商机翻倍，7天免费试用", "gb2312"), "Date: " + rfcdate(d), "Message-ID: " + mid,
          "MIME-Version: 1.0", 'Content-Type: text/html; charset="gb2312"', "Content-Transfer-Encoding: base64",
          "X-Priority: 3", "X-Mailer: Microsoft Outlook Express 6.00.2900.5512"]
    eml = hjoin(h) + b"\r\n" + b64body(htm.encode("gb2312"))
    m = dict(message_id=mid, addr="wang_tg88@tgyouxuan.com", subject="诚邀合作：B2B询盘推广，商机翻倍，7天免费试用", atts=[], blocks=[htm])
    return m, eml, dict(
        kind="unknown", client="spam (Outlook Express style)", fields=fields(), source_text={},
        notes="Spam from an unknown sender (HTML only, gb2312 base64) full of 商机 / 询盘 / 合作商 words and numbers; no "
              "automatic markers, not a request: unknown, no fields.")


@entry
def X4():
    rng = R("X4")
    d = dt(2026, 7, 8, 9, 2, 31)
    m = dict(from_name="莫晓玲", addr="moxiaoling@ljhulian.com", date=d, subject="对接人变更通知-漓江互联")
    m["blocks"] = [
        "总部各位老师好：\n\n因同事黄伟强7月起调往南宁分公司，即日起漓江互联的商机申诉、调整和汇总反馈统一由我对接，"
        "邮箱moxiaoling@ljhulian.com，手机15977306182。\n\n目前在服务的客户有桂林七星制冷设备有限公司、玉林盛林木业机械有限公司等5家，"
        "后续有问题我直接联系总部。\n\n谢谢！\n\n莫晓玲\n桂林漓江互联网络科技有限公司\n\n发自我的iPhone\n"]
    h, ip = host_ip(rng, H_LJ)
    eml = iphone(m, rng, h, ip)
    return m, eml, dict(
        kind="unknown", client="iPhone Mail", fields=fields(), source_text={},
        notes="iPhone Mail (UTF-8 QP text only): a contact-person change notice from a known partner that names the three "
              "request kinds and two clients: not a request, unknown, no fields.")


# --------------------------------------------------------------------------
# labels
# --------------------------------------------------------------------------

BUILT = {}


def decoded_corpus(m):
    parts = [m.get("subject") or ""]
    if m.get("new_text") is not None:
        parts.append(m["new_text"])
    else:
        parts.append(plain_of(m.get("blocks", [])))
    for a in m.get("atts", []) or []:
        if a.text:
            parts.append(a.text)
    return "\n".join(parts)


def accept_of(lab, m):
    acc = {}
    if "aliases" not in lab:
        return acc
    corpus = unicodedata.normalize("NFKC", decoded_corpus(m))
    for fld, code, table in (("partner", lab["aliases"][0], PARTNERS), ("client", lab["aliases"][1], CLIENTS)):
        val = lab["fields"][fld]
        if not val:
            continue
        full, shorts = table[code]
        stripped = corpus.replace(full, "")
        found = [s for s in shorts if s != val and s in stripped]
        if full != val and full in corpus:
            found.insert(0, full)
        if found:
            acc[fld] = found
    return acc


CASE_RE = re.compile(r"DOR#(SS-\d{4}-\d{6})")
PTG_RE = re.compile(r"<[^<>]*?(SS-\d{4}-\d{6})[^<>]*@ptg139\.com>")


def label_of(key, m, eml, lab):
    kind = lab["kind"]
    subj = m["subject"]
    cm = CASE_RE.search(unicodedata.normalize("NFKC", subj)) if subj else None
    atts = m.get("atts") or []
    f = lab["fields"]
    if kind in ("auto", "unknown"):
        assert all(v in (None, []) for v in f.values()), key
    out = {
        "kind": kind,
        "message_id": m["message_id"],
        "sender": m["addr"],
        "subject": subj,
        "case_ref": cm.group(1) if cm else None,
        "fields": f,
        "missing": missing_of(kind, f, atts),
        "attachments": [a.label() for a in atts],
        "notes": lab["notes"],
        "mail_client": lab["client"],
    }
    acc = accept_of(lab, m) if kind in ("appeal", "adjustment", "summary") else {}
    if acc:
        out["accept"] = acc
    thread_ids = [m.get("irt")] + list(m.get("refs") or [])
    tc = None
    for t in thread_ids:
        if t:
            mm = PTG_RE.search(t)
            if mm:
                tc = mm.group(1)
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
        trig = lab.get("trigger")
        if trig is None:
            lead = f["quota"] and f["pushed_count"] is not None and f["pushed_count"] / f["quota"] >= 0.6
            s = datetime.fromisoformat(f["service_start"] + "T00:00:00+08:00")
            e = datetime.fromisoformat(f["service_end"] + "T00:00:00+08:00") + timedelta(days=1)
            timep = (m["date"] - s) / (e - s) >= 0.7
            trig = "both" if lead and timep else ("lead_60" if lead else "time_70")
        out["extra"] = {"trigger": trig, "renewal_intent": lab.get("renewal")}
    out["source_key"] = key
    out["source_text"] = lab.get("source_text", {})
    return out


def build_all():
    BUILT.clear()
    for fn in ENTRIES:
        m, eml, lab = fn()
        BUILT[fn.__name__] = (m, eml, lab)
    keys = [fn.__name__ for fn in ENTRIES]
    order = list(keys)
    random.Random(SEED).shuffle(order)
    files = []
    for i, k in enumerate(order, 1):
        m, eml, lab = BUILT[k]
        assert b"\n" not in eml.replace(b"\r\n", b""), k
        files.append((f"{i:03d}", k, eml, label_of(k, m, eml, lab)))
    return files


README_HEAD = """# blind4 — 40 labelled partner mails for `maild parse`

A blind evaluation set written without looking at the parser, its tests or any other
test set: only `shared/spec/DOMAIN.md`, the seed process document and
`shared/samples/` (README + sNN.eml + sNN.expected.json) were used. It mimics the
samples' population (same mail clients and habits, same label conventions, same
distractor style) with fresh, fictitious partners and clients (泰州, 镇江, 蚌埠, 济宁,
聊城, 南阳, 衡阳, 常德, 桂林, 玉林, 宝鸡), so that the score is an honest estimate of
accuracy on mail like the samples.

The `NNN.eml` / `NNN.expected.json` files live in `tests/mail/blind4/`; the scripts and
this README in `tools/corpus/blind4/`.

- `NNN.eml` — the message as delivered (CRLF, Return-Path / Delivered-To / Received
  on top, bytes written the way each client writes them).
- `NNN.expected.json` — the expected `maild parse --json` output with the samples'
  keys (`kind`, `message_id`, `sender`, `subject`, `case_ref`, `fields`, `missing`,
  `attachments` with `detected_type` / `inline`, `notes`, `mail_client`, `accept`,
  `thread_case_ref`, `malformed`, `checks`, `extra`, `source_key`) plus
  `source_text`: the literal strings a time / number / date / reason was read from.
- `generate.py` — deterministic generator (fixed seed, fixed timestamps inside the
  Office/PDF files): `python -B tools/corpus/blind4/generate.py` rewrites every file
  byte-identically.
- `check.py` — `python -B tools/corpus/blind4/check.py`: Python's email package parses each message,
  the attachments found by the README rule match size/sha256/type/role, every
  labelled value appears in the decoded text, times/numbers/dates/reasons re-derived
  from `source_text` agree with the labels, `missing` follows DOMAIN.md §7, and a
  regeneration reproduces every file.

Both need python-docx, openpyxl and pillow (the project's `.venv`).

Compare as the samples' README says: kind, message_id, sender, subject, case_ref and
attachments (filename, content_type, size, sha256, role) exactly, `missing` as a set,
fields exactly for appeal/adjustment/summary (NFKC; partner/client may match an
`accept` alias; times as instants), reply fields informative, auto/unknown: no
invented fields.

## Labelling decisions that a reader could make differently

- Attached forward (the appeal with `message/rfc822`): size/sha256 are of the embedded
  message's bytes exactly as they stand in the file (7bit, CRLF, up to the CRLF that
  precedes the next boundary); its text counts as a forwarded part, so the client's
  full name there is the client field.
- A status question that quotes a case id only in its body (no tag in the subject, no
  In-Reply-To/References) is `unknown`, not `reply`; case_ref null.
- '去年11月1日到今年10月31日' resolves the years against the Date header, like 今天/昨天.
- When only a short name is written for the partner (the iPhone appeal signs '漓江互联'),
  that short name is the field; the sender's domain is never used.
- A time written without a clock time ('推送时间也记不清了') is null and listed missing;
  a reason that matches no criterion (budget too low) is null and listed missing.
- The Foxmail 'Re:' whose In-Reply-To points at a colleague's mail (not at @ptg139.com)
  is judged by content (appeal), and its quoted internal mail counts as body text.
- A reply's fields come from its own new text only: the QQ reply that supplies a lead
  id and a push time carries exactly those two; quoted HQ text never counts.
- RFC 2231 continuations (Apple Mail) split the percent-encoded UTF-8 in the middle of
  a character; the name is decoded after joining the pieces, as RFC 2231 says.

## Files

| file | key | kind | mail client | what it exercises |
|---|---|---|---|---|
"""


def write_readme(path, files):
    rows = []
    for nnn, key, _eml, lab in files:
        rows.append("| {} | {} | {} | {} | {} |".format(nnn, key, lab["kind"], lab["mail_client"], lab["notes"].replace("|", "/")))
    counts = {}
    for _, _, _, lab in files:
        counts[lab["kind"]] = counts.get(lab["kind"], 0) + 1
    tail = "\n\n| kind | count |\n|---|---|\n" + "\n".join(
        f"| {k} | {counts[k]} |" for k in ("appeal", "adjustment", "summary", "reply", "auto", "unknown")) + "\n"
    path.write_text(README_HEAD + "\n".join(rows) + tail, encoding="utf-8")


def main():
    out, readme_path = layout.outputs("blind4", sys.argv[sys.argv.index("--out") + 1] if "--out" in sys.argv else None)
    out.mkdir(parents=True, exist_ok=True)
    files = build_all()
    for nnn, _key, eml, lab in files:
        (out / (nnn + ".eml")).write_bytes(eml)
        (out / (nnn + ".expected.json")).write_text(json.dumps(lab, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    write_readme(readme_path, files)
    counts = {}
    for _, _, _, lab in files:
        counts[lab["kind"]] = counts.get(lab["kind"], 0) + 1
    print(f"wrote {len(files)} messages to {out}: {counts}")


if __name__ == "__main__":
    main()
