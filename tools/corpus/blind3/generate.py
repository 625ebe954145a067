#!/usr/bin/env python3
"""Blind evaluation set 3 for `maild parse`: 40 hand-built partner mails.

Deterministic: every random choice comes from random.Random seeded with a
fixed string, every timestamp is written out, and the .docx/.xlsx containers
are re-packed with fixed zip dates, so a rerun writes identical bytes.

Usage:  python -B tools/corpus/blind3/generate.py [--out DIR]
            # writes NNN.eml + NNN.expected.json into tests/mail/blind3 and README.md next to this file
            # (with --out, everything into DIR)
        python -B tools/corpus/blind3/check.py       # validates them

The labels follow /work/shared/samples/README.md ("Labelling conventions").
Nothing here was derived from the project's parser or its test sets.
"""
from __future__ import annotations

import argparse
import base64
import datetime as dt
import io
import json
import math
import random
import re
import struct
import sys
import unicodedata
import urllib.parse
import wave
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(1, str(HERE.parent))  # tools/corpus: the shared modules

import layout  # noqa: E402
import rules  # noqa: E402
from mimekit import (  # noqa: E402
    CRLF,
    CST,
    HQ,
    M4A_FTYP,
    Part,
    amr,
    box,
    core_dates,
    crlf,
    digits,
    docx_document,
    ew_fit,
    fill_sheet,
    hexs,
    id3v23,
    local,
    pdf_file,
    qp,
    repack_zip,
    rfcdate,
    saved,
)
from mimekit import PREAMBLE as MULTI_PREAMBLE  # noqa: E402
from mimekit import b64_body as b64lines  # noqa: E402

SEED = "maild-blind3-2026-07"
TZ8 = CST
UTC = dt.UTC

MIX = {"appeal": 15, "adjustment": 6, "summary": 5, "reply": 6, "auto": 4, "unknown": 4}


def rng(key: str) -> random.Random:
    return random.Random(f"{SEED}:{key}")


def T(y, mo, d, h=0, mi=0, s=0, tz=TZ8) -> dt.datetime:
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=tz)


def iso(x: dt.datetime | None) -> str | None:
    return None if x is None else x.astimezone(TZ8).isoformat()


# --------------------------------------------------------------------------
# byte-level helpers
# --------------------------------------------------------------------------

def ew(text: str, label: str, codec: str | None = None, mode: str = "B", maxlen: int = 75) -> list[str]:
    """RFC 2047 encoded words, split on character boundaries."""
    return ew_fit(text, label, codec or label, mode, maxlen)


def hdr(name: str, value) -> bytes:
    if isinstance(value, bytes):
        return name.encode() + b": " + value
    return (name + ": " + value).encode("ascii")


def hdr_words(name: str, words: list[str]) -> bytes:
    return (name + ": " + "\r\n ".join(words)).encode("ascii")


def addr(display_words: str | None, address: str, quoted: bool = True) -> str:
    if not display_words:
        return address
    if quoted:
        return f'"{display_words}" <{address}>'
    return f"{display_words} <{address}>"


def received_lines(helo: str, ip: str, when: dt.datetime, r: random.Random, envelope_from: str) -> list[bytes]:
    qid = "4" + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz123456789") for _ in range(12))
    recv = (when + dt.timedelta(seconds=r.randint(2, 9))).astimezone(TZ8)
    return [
        hdr("Return-Path", f"<{envelope_from}>"),
        hdr("Delivered-To", HQ),
        (f"Received: from {helo} ({helo} [{ip}])\r\n\tby mx1.ptg139.com (Postfix) with ESMTPS id {qid}\r\n\tfor <{HQ}>; {rfcdate(recv, cst=True)}").encode("ascii"),
    ]


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


# --------------------------------------------------------------------------
# attachment payloads (all synthetic, seeded)
# --------------------------------------------------------------------------

def _pil():
    from PIL import Image, ImageDraw
    return Image, ImageDraw


def chat_screenshot(key: str, fmt: str = "PNG", size=(390, 844), green=(149, 236, 105)) -> bytes:
    Image, ImageDraw = _pil()
    r = rng("img:" + key)
    w, h = size
    img = Image.new("RGB", (w, h), (237, 237, 237))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, w, 88], fill=(247, 247, 247))
    d.rectangle([0, 0, w, 30], fill=(230, 230, 230))
    d.line([w // 2 - 60, 60, w // 2 + 60, 60], fill=(20, 20, 20), width=8)
    y = 110
    while y < h - 140:
        left = r.random() < 0.55
        bw, bh = r.randint(120, 250), r.randint(40, 96)
        x0 = 66 if left else w - 66 - bw
        ax = 12 if left else w - 52
        d.rectangle([ax, y, ax + 40, y + 40], fill=(r.randint(60, 200), r.randint(60, 200), r.randint(60, 200)))
        d.rectangle([x0, y, x0 + bw, y + bh], fill=(255, 255, 255) if left else green)
        for ly in range(y + 14, y + bh - 8, 20):
            d.line([x0 + 10, ly, x0 + 10 + r.randint(30, bw - 24), ly], fill=(50, 50, 50), width=7)
        y += bh + 26
    if r.random() < 0.7:
        d.rectangle([40, h // 2 - 70, w - 40, h // 2 + 70], fill=(76, 76, 76))
        d.line([90, h // 2 - 20, w - 90, h // 2 - 20], fill=(250, 250, 250), width=9)
        d.line([120, h // 2 + 20, w - 120, h // 2 + 20], fill=(250, 250, 250), width=9)
    d.rectangle([0, h - 84, w, h], fill=(247, 247, 247))
    d.rectangle([56, h - 70, w - 100, h - 30], fill=(255, 255, 255))
    buf = io.BytesIO()
    if fmt == "PNG":
        img.save(buf, "PNG")
    else:
        img.save(buf, "JPEG", quality=82)
    return buf.getvalue()


def scan_jpeg(key: str, size=(620, 877)) -> bytes:
    """A 'scanned page': grey lines of text, a table grid and a red seal."""
    Image, ImageDraw = _pil()
    r = rng("scan:" + key)
    w, h = size
    img = Image.new("RGB", (w, h), (250, 250, 246))
    d = ImageDraw.Draw(img)
    d.line([w // 2 - 90, 60, w // 2 + 90, 60], fill=(30, 30, 30), width=12)
    top = 120
    for row in range(10):
        y = top + row * 46
        d.line([60, y, w - 60, y], fill=(40, 40, 40), width=2)
        d.line([80, y + 23, 80 + r.randint(40, 90), y + 23], fill=(60, 60, 60), width=6)
        d.line([200, y + 23, 200 + r.randint(80, 330), y + 23], fill=(60, 60, 60), width=6)
    d.line([60, top + 460, w - 60, top + 460], fill=(40, 40, 40), width=2)
    d.line([60, top, 60, top + 460], fill=(40, 40, 40), width=2)
    d.line([180, top, 180, top + 460], fill=(40, 40, 40), width=2)
    d.line([w - 60, top, w - 60, top + 460], fill=(40, 40, 40), width=2)
    for i in range(6):
        y = top + 500 + i * 28
        d.line([70, y, 70 + r.randint(200, 470), y], fill=(70, 70, 70), width=5)
    cx, cy = w - 170, h - 150
    d.ellipse([cx - 70, cy - 70, cx + 70, cy + 70], outline=(210, 30, 30), width=7)
    d.regular_polygon((cx, cy, 22), 5, fill=(210, 30, 30))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=70)
    return buf.getvalue()


def pdf_scan(key: str, producer: str) -> bytes:
    w, h = 620, 877
    jpg = scan_jpeg(key, (w, h))
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>",
        (b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceRGB /BitsPerComponent 8 "
         b"/Filter /DCTDecode /Length %d >>\nstream\n" % (w, h, len(jpg))) + jpg + b"\nendstream",
    ]
    content = b"q 595 0 0 842 0 0 cm /Im0 Do Q"
    objs.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    objs.append(b"<< /Producer (" + producer.encode("ascii") + b") /CreationDate (D:20260721143012+08'00') >>")
    return pdf_file(objs, info=len(objs))


def amr_bytes(key: str, seconds: float) -> bytes:
    r = rng("amr:" + key)
    return amr(int(seconds * 50), lambda: bytes(r.getrandbits(8) for _ in range(31)))


def mp3_bytes(key: str, seconds: float) -> bytes:
    r = rng("mp3:" + key)
    out = bytearray(id3v23(b"TSSE" + struct.pack(">I", 15) + b"\x00\x00" + b"\x00Lavf58.76.100\x00"))
    frames = int(seconds * 44100 / 1152)
    for _ in range(frames):
        out += b"\xff\xfb\x90\x44" + bytes(r.getrandbits(8) for _ in range(417 - 4))
    return bytes(out)


def m4a_bytes(key: str, seconds: float) -> bytes:
    r = rng("m4a:" + key)
    mdat = box(b"mdat", bytes(r.getrandbits(8) for _ in range(int(seconds * 4000))))
    mvhd = box(b"mvhd", b"\x00" * 4 + struct.pack(">IIII", 0, 0, 44100, int(seconds * 44100)) + b"\x00" * 80)
    return M4A_FTYP + mdat + box(b"moov", mvhd)


def wav_bytes(key: str, seconds: float) -> bytes:
    r = rng("wav:" + key)
    rate = 8000
    buf = io.BytesIO()
    with wave.open(buf, "wb") as wf:
        wf.setnchannels(1)
        wf.setsampwidth(2)
        wf.setframerate(rate)
        frames = bytearray()
        f1, f2 = r.choice([180, 210, 240]), r.choice([320, 410, 520])
        for i in range(int(seconds * rate)):
            env = 0.5 + 0.5 * math.sin(2 * math.pi * i / (rate * 0.37))
            v = env * (4000 * math.sin(2 * math.pi * f1 * i / rate) + 1500 * math.sin(2 * math.pi * f2 * i / rate))
            v += r.randint(-300, 300)
            frames += struct.pack("<h", int(max(-32767, min(32767, v))))
        wf.writeframes(bytes(frames))
    return buf.getvalue()


ZIP_WHEN = (2026, 7, 1, 9, 0, 0)


def repack_ooxml(data: bytes, when_iso: str) -> bytes:
    return repack_zip(data, ZIP_WHEN, core=lambda b: core_dates(b, when_iso))


def make_docx(title: str, rows: list[tuple[str, str]], author: str, when: dt.datetime) -> bytes:
    d = docx_document(title, [list(r) for r in rows])
    cp = d.core_properties
    naive = when.astimezone(UTC).replace(tzinfo=None)
    cp.author = author
    cp.last_modified_by = author
    cp.created = naive
    cp.modified = naive
    cp.revision = 2
    cp.title = ""
    return repack_ooxml(saved(d), naive.strftime("%Y-%m-%dT%H:%M:%SZ"))


def make_xlsx(sheet_title: str, rows: list[tuple], author: str, when: dt.datetime, widths=None) -> bytes:
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet_title
    fill_sheet(ws, rows, lambda v: "yyyy-mm-dd hh:mm" if isinstance(v, dt.datetime) else
               "yyyy-mm-dd" if isinstance(v, dt.date) else "0.0%" if isinstance(v, float) else None)
    for i, wdt in enumerate(widths or [], 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width = wdt
    naive = when.astimezone(UTC).replace(tzinfo=None)
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = naive
    wb.properties.modified = naive
    return repack_ooxml(saved(wb), naive.strftime("%Y-%m-%dT%H:%M:%SZ"))


MIME_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
MIME_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class Att:
    """One attachment: the bytes plus how the client declares it."""

    def __init__(self, filename: str, declared: str, data: bytes, detected: str, inline: bool = False,
                 cid: str | None = None, raw_name: bool = False):
        self.filename = filename
        self.declared = declared
        self.data = data
        self.detected = detected
        self.inline = inline
        self.cid = cid
        self.raw_name = raw_name

    @property
    def role(self) -> str:
        return rules.role_of(self.filename)

    def label(self) -> dict:
        return rules.att_label(self.filename, self.declared, self.data, self.role, self.detected, self.inline)


# --------------------------------------------------------------------------
# HTML renderers (one per client family)
# --------------------------------------------------------------------------

def blocks_text(blocks) -> str:
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(b)
        else:
            out.extend("\t".join(row) for row in b[1])
    return "\n".join(out)


def _lines(text: str) -> list[str]:
    return text.split("\n")


def html_qq(blocks, charset="GB18030") -> str:
    h = [f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">']
    for b in blocks:
        if isinstance(b, str):
            for ln in _lines(b):
                h.append("<div>{}</div>".format(esc(ln) if ln.strip() else "<br>"))
        else:
            h.append('<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">')
            for row in b[1]:
                h.append("<tr>" + "".join(f'<td style="border:1px solid #999;padding:4px 8px">{esc(c)}</td>'
                                           for c in row) + "</tr>")
            h.append("</table>")
    return "".join(h)


def html_coremail(text: str) -> str:
    inner = "".join("<div>{}</div>".format(esc(ln) if ln.strip() else "<br>") for ln in _lines(text))
    return ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">' + inner +
            '</div><br><br><span title="neteasefooter"><p>&nbsp;</p></span>')


def html_foxmail(text: str, sig_from: int | None = None) -> str:
    lines = _lines(text)
    body_lines = lines if sig_from is None else lines[:sig_from]
    sig_lines = [] if sig_from is None else lines[sig_from:]
    h = ['<html><head><meta http-equiv="content-type" content="text/html; charset=gb2312"><style>body { line-height: 1.5; }'
         'blockquote { margin-top: 0px; margin-bottom: 0px; margin-left: 0.5em; }p { margin-top: 0px; margin-bottom: 0px; }'
         'body { font-size: 14px; font-family: "Microsoft YaHei UI"; color: rgb(0, 0, 0); line-height: 1.5; }</style></head><body>',
         "\r\n"]
    for ln in body_lines:
        h.append("<div><span></span>{}</div>".format(esc(ln) if ln.strip() else "<br>"))
    if sig_lines:
        h.append('<hr style="width: 210px; height: 1px;" color="#b5c4df" size="1" align="left">')
        h.append('<div><span><div style="MARGIN: 10px; FONT-FAMILY: verdana; FONT-SIZE: 10pt">')
        for ln in sig_lines:
            if ln.strip() and ln.strip() != "--":
                h.append(f"<div>{esc(ln)}</div>")
        h.append("</div></span></div>")
    h.append("\r\n</body></html>")
    return "".join(h)


def _word_runs(s: str) -> str:
    """Outlook/Word wraps ASCII runs in <span lang=EN-US>."""
    out, buf, ascii_run = [], "", None
    for ch in s:
        a = ord(ch) < 128
        if ascii_run is None or a == ascii_run:
            buf += ch
        else:
            out.append((f"<span lang=EN-US>{esc(buf)}</span>") if ascii_run else esc(buf))
            buf = ch
        ascii_run = a
    if buf:
        out.append((f"<span lang=EN-US>{esc(buf)}</span>") if ascii_run else esc(buf))
    return "".join(out)


def html_outlook(blocks, charset="gb2312", generator="Microsoft Word 15 (filtered medium)") -> str:
    h = ['<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
         'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
         f'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset={charset}">'
         f'<meta name=Generator content="{generator}"><style><!--\r\n/* Font Definitions */\r\n@font-face\r\n\t{{font-family:等线;}}\r\n'
         'p.MsoNormal, li.MsoNormal, div.MsoNormal\r\n\t{margin:0cm;text-align:justify;text-justify:inter-ideograph;'
         'font-size:10.5pt;font-family:等线;}\r\n--></style></head><body lang=ZH-CN link="#0563C1" vlink="#954F72" '
         'style=\'text-justify-trim:punctuation\'><div class=WordSection1>']
    for b in blocks:
        if isinstance(b, str):
            for ln in _lines(b):
                if ln.strip():
                    h.append(f"<p class=MsoNormal>{_word_runs(ln)}<span lang=EN-US><o:p></o:p></span></p>")
                else:
                    h.append("<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>")
        else:
            h.append("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>")
            for row in b[1]:
                h.append("<tr>")
                for i, c in enumerate(row):
                    wdt = 120 if i == 0 else 380
                    h.append(f"<td width={wdt} valign=top style='width:{wdt * 0.75:.1f}pt;border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal>{_word_runs(c)}<span lang=EN-US><o:p></o:p></span></p></td>")
                h.append("</tr>")
            h.append("</table>")
    h.append("</div></body></html>")
    return "".join(h)


def html_apple(text: str) -> str:
    inner = "".join("<div>{}</div>".format(esc(ln) if ln.strip() else "<br>") for ln in _lines(text))
    return ('<html aria-label="邮件正文"><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            + inner + "</body></html>")


def html_wecom(text: str) -> str:
    return "".join("<div style=\"font-family:微软雅黑;font-size:14px\">{}</div>".format(esc(ln) if ln.strip() else "<br>")
                   for ln in _lines(text))


# --------------------------------------------------------------------------
# client builders: each returns the full message bytes and the Message-ID
# --------------------------------------------------------------------------

def rfc2231(name: str) -> str:
    return "utf-8''" + urllib.parse.quote(name, safe="")


def att_part_std(a: Att, label: str, codec: str, style: str) -> Part:
    """Attachment part as QQ/WeCom/Coremail/Foxmail/Outlook write it."""
    nm = '"{}"'.format("".join(ew(a.filename, label, codec, maxlen=1000)))
    if style in ("qq", "wecom"):
        ct = f'Content-Type: {a.declared};\r\n\tcharset="{label}";\r\n\tname={nm}'
    elif style == "coremail":
        ct = f"Content-Type: {a.declared}; name={nm}"
    else:
        ct = f"Content-Type: {a.declared};\r\n\tname={nm}"
    headers = [ct.encode("ascii"), b"Content-Transfer-Encoding: base64"]
    if a.cid:
        headers.append((f"Content-ID: <{a.cid}>").encode("ascii"))
    if not a.inline or not a.cid:
        disp = "attachment" if not a.inline else "inline"
        if style == "coremail":
            headers.append((f"Content-Disposition: {disp}; filename={nm}").encode("ascii"))
        else:
            headers.append((f"Content-Disposition: {disp};\r\n\tfilename={nm}").encode("ascii"))
    return Part(headers, b64lines(a.data))


def text_leaf(text: str, codec: str, label: str, cte: str, style: str, subtype="plain") -> Part:
    raw = crlf(text).encode(codec)
    if style in ("qq", "wecom", "foxmail", "outlook"):
        ct = f'Content-Type: text/{subtype};\r\n\tcharset="{label}"'
    elif style == "outlook365":
        ct = f'Content-Type: text/{subtype}; charset="{label}"'
    elif style == "coremail":
        ct = f"Content-Type: text/{subtype}; charset={label}"
    elif style == "apple":
        ct = f"Content-Type: text/{subtype};\r\n\tcharset={label}"
    else:
        ct = f"Content-Type: text/{subtype}; charset={label}"
    if cte == "base64":
        body = b64lines(raw)
    elif cte == "quoted-printable":
        body = qp(raw)
    else:
        body = raw
    if style == "apple":
        hs = [("Content-Transfer-Encoding: " + cte).encode(), ct.encode()]
    else:
        hs = [ct.encode(), ("Content-Transfer-Encoding: " + cte).encode()]
    return Part(hs, body)


def thread_headers(s) -> list[bytes]:
    out = []
    if s.get("in_reply_to"):
        out.append(hdr("In-Reply-To", s["in_reply_to"]))
    if s.get("references"):
        out.append(hdr("References", "\r\n\t".join(s["references"])))
    return out


def build_qq(s, r):
    """QQ Mail web (and WeCom/Exmail, which shares the Tencent MIME writer)."""
    wecom = s["client"] == "wecom"
    label, codec = ("utf-8", "utf-8") if wecom else ("gb18030", "gb18030")
    style = "wecom" if wecom else "qq"
    def bnd():
        return f"----=_NextPart_{hexs(r, 8)}_{hexs(r, 8)}_{hexs(r, 8)}"
    text = s["text"]
    if wecom:
        html = s.get("html") or html_wecom(text)
    else:
        html = s.get("html") or html_qq(s.get("blocks") or [text])
    atts = s.get("atts", [])
    if s.get("html_only"):
        html_leaf = text_leaf(html, codec, label, "base64", style, "html")
        body = Part([(f"Content-Type: multipart/related;\r\n\tboundary=\"{(b1 := bnd())}\"").encode(),
                     b"Content-Transfer-Encoding: 8Bit"],
                    parts=[html_leaf] + [att_part_std(a, label, codec, style) for a in atts],
                    boundary=b1, preamble=MULTI_PREAMBLE)
        top_ct_hdrs = body.headers
        body_parts, top_bnd = body.parts, b1
    else:
        alt_b = bnd()
        alt = Part([(f'Content-Type: multipart/alternative;\r\n\tboundary="{alt_b}"').encode()],
                   parts=[text_leaf(text, codec, label, "base64", style),
                          text_leaf(html, codec, label, "base64", style, "html")], boundary=alt_b)
        if atts:
            top_bnd = bnd()
            body_parts = [alt] + [att_part_std(a, label, codec, style) for a in atts]
            top_ct_hdrs = [(f'Content-Type: multipart/mixed;\r\n\tboundary="{top_bnd}"').encode(),
                           b"Content-Transfer-Encoding: 8Bit"]
        else:
            top_bnd = alt_b
            body_parts = alt.parts
            top_ct_hdrs = [(f'Content-Type: multipart/alternative;\r\n\tboundary="{alt_b}"').encode(),
                           b"Content-Transfer-Encoding: 8Bit"]
    date = s["date"]
    if wecom:
        mid = f"<tencent_{hexs(r, 36)}@exmail.qq.com>"
        helo = "smtpbg{}.qq.com".format(r.choice(["sg103", "au2", "bj8", "5", "jp3"]))
        mailer = s.get("mailer", "WeCom Mail 4.1.33 (Windows 10)")
    else:
        mid = f"<tencent_{hexs(r, 40)}@qq.com>"
        helo = f"smtpbg{r.randint(50, 160)}.qq.com"
        mailer = "QQMail 2.x"
    ip = f"{r.choice([43, 54, 162, 113])}.{r.randint(1, 254)}.{r.randint(1, 254)}.{r.randint(1, 254)}"
    hs = received_lines(helo, ip, date, r, s["from_addr"])
    hs += [hdr("X-QQ-mid", ("bizesmtp%dt%dt%s" if wecom else "xmsezb%dt%dt%s") % (r.randint(10, 99), int(date.timestamp()), hexs(r, 6, False))),
           hdr("X-QQ-Originating-IP", base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode()),
           hdr("X-QQ-SSF", "0" * 31),
           hdr("From", addr("".join(ew(s["from_name"], label, codec)), s["from_addr"])),
           hdr("To", f"<{HQ}>"),
           hdr_words("Subject", ew(s["subject"], label, codec))]
    hs += thread_headers(s)
    hs += [b"Mime-Version: 1.0"] + top_ct_hdrs + [
        hdr("Date", rfcdate(date, pad=False)),
        b"X-Priority: 3",
        hdr("Message-ID", mid),
        b"X-QQ-MIME: TCMime 1.0 by Tencent",
        hdr("X-Mailer", mailer)]
    if not wecom:
        hs.append(b"X-QQ-Mailer: QQMail 2.x")
    hs.append(b"X-QQ-SENDSIZE: 520")
    msg = Part(hs, parts=body_parts, boundary=top_bnd, preamble=MULTI_PREAMBLE)
    return msg.render(), mid


def build_coremail(s, r):
    host = s["client"]  # coremail163 | coremail126
    dom = "163.com" if host == "coremail163" else "126.com"
    label, codec = "GBK", "gbk"
    date = s["date"]
    ms = int(date.timestamp() * 1000) + r.randint(0, 999)
    def bnd():
        return f"----=_Part_{r.randint(10000, 99999)}_{r.randint(10 ** 9, 10 ** 10 - 1)}.{ms}"
    text = s["text"]
    html = s.get("html") or html_coremail(text)
    alt_b = bnd()
    alt_parts = [text_leaf(text, codec, label, "base64", "coremail"),
                 text_leaf(html, codec, label, "base64", "coremail", "html")]
    atts = s.get("atts", [])
    if atts:
        top_b = bnd()
        alt = Part([(f'Content-Type: multipart/alternative;\r\n\tboundary="{alt_b}"').encode()],
                   parts=alt_parts, boundary=alt_b)
        body_parts = [alt] + [att_part_std(a, label, codec, "coremail") for a in atts]
        ct = f'Content-Type: multipart/mixed;\r\n\tboundary="{top_b}"'
    else:
        top_b, body_parts = alt_b, alt_parts
        ct = f'Content-Type: multipart/alternative;\r\n\tboundary="{alt_b}"'
    user = s["from_addr"].split("@")[0]
    mid = f"<{hexs(r, 8, False)}.{hexs(r, 4, False)}.{hexs(r, 11, False)}.Coremail.{user}@{dom}>"
    helo = (f"m{r.randint(10, 40)}-{r.randint(1, 99)}.163.com") if dom == "163.com" else (f"m{r.randint(100, 240)}.mail.126.com")
    ip = f"220.181.{r.randint(1, 254)}.{r.randint(1, 254)}"
    hs = received_lines(helo, ip, date, r, s["from_addr"])
    hs += [hdr("X-Originating-IP", f"[{r.randint(58, 223)}.{r.randint(1, 254)}.{r.randint(1, 254)}.{r.randint(1, 254)}]"),
           hdr("Date", rfcdate(date, cst=True)),
           hdr("From", addr("".join(ew(s["from_name"], label, codec)), s["from_addr"])),
           hdr("To", HQ)]
    if s.get("cc"):
        nm, ad = s["cc"]
        hs.append(hdr("Cc", addr("".join(ew(nm, label, codec)), ad)))
    hs.append(hdr_words("Subject", ew(s["subject"], label, codec)))
    hs += thread_headers(s)
    hs += [b"X-Priority: 3",
           ("X-Mailer: Coremail Webmail Server Version 2023.4-cmXT build\r\n 20251222(83accb85) Copyright (c) 2002-2026 www.mailtech.cn {}".format(dom.replace(".com", "com"))).encode(),
           hdr("X-NTES-SC", "AL_Qu2c" + base64.b64encode(bytes(r.getrandbits(8) for _ in range(60))).decode().rstrip("=").replace("/", "A").replace("+", "B")),
           ct.encode(), b"MIME-Version: 1.0", hdr("Message-ID", mid), b"X-Coremail-Locale: zh_CN",
           hdr("X-CM-TRANSID", f"{hexs(r, 6, False)}gD{hexs(r, 10, False)}--.{r.randint(10000, 99999)}W"),
           hdr("X-CM-SenderInfo", f"{hexs(r, 12, False)}/1tbi{hexs(r, 12, False)}"),
           b"X-Coremail-Antispam: 1U5529EdanIXcx71UUUUU7vcSsGvfC2KfnxnUU=="]
    msg = Part(hs, parts=body_parts, boundary=top_b, preamble=None)
    return msg.render(), mid


def build_foxmail(s, r):
    label, codec = "gb2312", "gb18030"  # Foxmail labels gb2312 but writes GBK/GB18030
    date = s["date"]
    dom = s["from_addr"].split("@")[1]
    mid = "<{}{}@{}>".format(date.strftime("%Y%m%d%H%M%S"), digits(r, 8), dom)
    text = s["text"]
    html = s.get("html") or html_foxmail(text, s.get("sig_from"))
    b2 = f"----=_002_NextPart{digits(r, 12)}_=----"
    alt_parts = [text_leaf(text, codec, label, "base64", "foxmail"),
                 text_leaf(html, codec, label, "quoted-printable", "foxmail", "html")]
    atts = s.get("atts", [])
    if atts:
        b1 = f"----=_001_NextPart{digits(r, 12)}_=----"
        alt = Part([(f'Content-Type: multipart/alternative;\r\n\tboundary="{b2}"').encode()], parts=alt_parts, boundary=b2)
        body_parts = [alt] + [att_part_std(a, label, codec, "foxmail") for a in atts]
        ct, top_b = f'Content-Type: multipart/mixed;\r\n\tboundary="{b1}"', b1
    else:
        body_parts, top_b = alt_parts, b2
        ct = f'Content-Type: multipart/alternative;\r\n\tboundary="{b2}"'
    ip = f"{r.choice([47, 39, 120, 121])}.{r.randint(1, 254)}.{r.randint(1, 254)}.{r.randint(1, 254)}"
    hs = received_lines(f"mail.{dom}", ip, date, r, s["from_addr"])
    hs += [hdr("Date", rfcdate(date)),
           hdr("From", addr("".join(ew(s["from_name"], label, codec)), s["from_addr"])),
           hdr("To", s.get("to_hdr", HQ)),
           hdr_words("Subject", ew(s["subject"], label, codec))]
    hs += thread_headers(s)
    g = hexs(r, 32)
    hs += [b"X-Priority: 3",
           hdr("X-GUID", f"{g[:8]}-{g[8:12]}-{g[12:16]}-{g[16:20]}-{g[20:]}"),
           hdr("X-Has-Attach", "yes" if atts else "no"),
           b"X-Mailer: Foxmail 7.2.25.228[cn]", b"Mime-Version: 1.0", hdr("Message-ID", mid), ct.encode()]
    msg = Part(hs, parts=body_parts, boundary=top_b, preamble=MULTI_PREAMBLE)
    return msg.render(), mid


def build_outlook(s, r):
    """Outlook desktop zh-CN (2010/2013/2016): gb2312 base64, Word HTML."""
    label, codec = "gb2312", "gb18030"
    date = s["date"]
    dom = s["from_addr"].split("@")[1]
    ver = s.get("outlook_ver", "16.0")
    mid = f"<000001dc{hexs(r, 4, False)}${hexs(r, 8, False)}${hexs(r, 8, False)}$@{dom}>"
    text = s["text"]
    gen = {"14.0": "Microsoft Word 14 (filtered medium)", "15.0": "Microsoft Word 15 (filtered medium)"}.get(ver, "Microsoft Word 15 (filtered medium)")
    html = s.get("html") or html_outlook(s.get("blocks") or [text], generator=gen)
    suffix = f"01DC{hexs(r, 4)}.{hexs(r, 8)}"
    b_alt = f"----=_NextPart_001_{hexs(r, 4)}_{suffix}"
    alt_parts = [text_leaf(text, codec, label, "base64", "outlook"),
                 text_leaf(html, codec, label, "base64", "outlook", "html")]
    atts = s.get("atts", [])
    att_parts = []
    for a in atts:
        if a.declared == "message/rfc822":
            nm = '"{}"'.format("".join(ew(a.filename, label, codec, maxlen=1000)))
            att_parts.append(Part([(f"Content-Type: message/rfc822;\r\n\tname={nm}").encode(),
                                   (f"Content-Disposition: attachment;\r\n\tfilename={nm}").encode()], a.data))
        else:
            att_parts.append(att_part_std(a, label, codec, "outlook"))
    if atts:
        b_top = f"----=_NextPart_000_{hexs(r, 4)}_{suffix}"
        alt = Part([(f'Content-Type: multipart/alternative;\r\n\tboundary="{b_alt}"').encode()], parts=alt_parts, boundary=b_alt)
        body_parts = [alt] + att_parts
        ct, top_b = f'Content-Type: multipart/mixed;\r\n\tboundary="{b_top}"', b_top
    else:
        body_parts, top_b = alt_parts, b_alt
        ct = f'Content-Type: multipart/alternative;\r\n\tboundary="{b_alt}"'
    ip = f"{r.choice([47, 101, 180, 182])}.{r.randint(1, 254)}.{r.randint(1, 254)}.{r.randint(1, 254)}"
    hs = received_lines(f"mail.{dom}", ip, date, r, s["from_addr"])
    hs += [hdr("From", addr("".join(ew(s["from_name"], label, codec)), s["from_addr"])),
           hdr("To", s.get("to_hdr", HQ)),
           hdr_words("Subject", ew(s["subject"], label, codec)),
           hdr("Date", rfcdate(date)),
           hdr("Message-ID", mid)]
    hs += thread_headers(s)
    hs += [b"MIME-Version: 1.0", ct.encode(), hdr("X-Mailer", "Microsoft Outlook " + ver),
           hdr("Thread-Index", base64.b64encode(bytes(r.getrandbits(8) for _ in range(22))).decode()),
           b"Content-Language: zh-cn"]
    if ver == "14.0":
        hs.append(b"X-MimeOLE: Produced By Microsoft MimeOLE V6.1.7601.24158")
    msg = Part(hs, parts=body_parts, boundary=top_b, preamble=MULTI_PREAMBLE)
    return msg.render(), mid


def build_outlook365(s, r):
    """Outlook for Microsoft 365 through Exchange Online: Date header in UTC."""
    label, codec = "gb2312", "gb18030"
    date = s["date"]  # carries +0000
    srv = f"TYZPR06MB{r.randint(4000, 6999)}"
    mid = f"<{srv}{hexs(r, 24)}@{srv}.apcprd06.prod.outlook.com>"
    b = f"_000_{srv}{hexs(r, 24)}{srv}_"
    text = s["text"]
    html = html_outlook([text], generator="Microsoft Word 15 (filtered medium)")
    parts = [text_leaf(text, codec, label, "base64", "outlook365"),
             text_leaf(html, codec, label, "base64", "outlook365", "html")]
    helo = "mail-{}.outbound.protection.outlook.com".format(r.choice(["tyzapc01on2071", "sgaapc01on2112", "psaapc01on2085"]))
    ip = f"40.107.{r.randint(1, 254)}.{r.randint(1, 254)}"
    hs = received_lines(helo, ip, date, r, s["from_addr"])
    hs += [hdr("From", addr("".join(ew(s["from_name"], label, codec)), s["from_addr"], quoted=False)),
           hdr("To", '"dor@ptg139.com" <dor@ptg139.com>'),
           hdr_words("Subject", ew(s["subject"], label, codec)),
           hdr_words("Thread-Topic", ew(s["subject"], label, codec)),
           hdr("Thread-Index", base64.b64encode(bytes(r.getrandbits(8) for _ in range(22))).decode()),
           hdr("Date", rfcdate(date)),
           hdr("Message-ID", mid),
           b"Accept-Language: zh-CN, en-US",
           b"Content-Language: zh-CN",
           b"X-MS-Has-Attach:",
           b"X-MS-TNEF-Correlator:",
           (f"Content-Type: multipart/alternative;\r\n\tboundary=\"{b}\"").encode(),
           b"MIME-Version: 1.0"]
    msg = Part(hs, parts=parts, boundary=b, preamble=None)
    return msg.render(), mid


def build_apple(s, r):
    """Apple Mail on macOS: UTF-8 quoted-printable, RFC 2231 attachment names."""
    date = s["date"]
    dom = s["from_addr"].split("@")[1]
    u = hexs(r, 32)
    uuid = f"{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}"
    mid = f"<{uuid}@{dom}>"
    text = s["text"]
    html = html_apple(text)
    v = hexs(r, 32)
    ab = f"Apple-Mail={v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    alt_parts = [text_leaf(text, "utf-8", "utf-8", "quoted-printable", "apple"),
                 text_leaf(html, "utf-8", "utf-8", "quoted-printable", "apple", "html")]
    atts = s.get("atts", [])
    if atts:
        w = hexs(r, 32)
        mb = f"Apple-Mail={w[:8]}-{w[8:12]}-{w[12:16]}-{w[16:20]}-{w[20:]}"
        alt = Part([b"Content-Transfer-Encoding: 7bit", (f'Content-Type: multipart/alternative;\r\n\tboundary="{ab}"').encode()],
                   parts=alt_parts, boundary=ab)
        ap = []
        for a in atts:
            ap.append(Part([b"Content-Transfer-Encoding: base64",
                            (f"Content-Disposition: attachment;\r\n\tfilename*={rfc2231(a.filename)}").encode(),
                            ('Content-Type: {};\r\n\tx-unix-mode=0644;\r\n\tname="{}"'.format(a.declared, "".join(ew(a.filename, "utf-8", maxlen=1000)))).encode()],
                           b64lines(a.data)))
        body_parts, top_b = [alt] + ap, mb
        ct = f'Content-Type: multipart/mixed;\r\n\tboundary="{mb}"'
    else:
        body_parts, top_b = alt_parts, ab
        ct = f'Content-Type: multipart/alternative;\r\n\tboundary="{ab}"'
    ip = f"{r.choice([115, 47, 59])}.{r.randint(1, 254)}.{r.randint(1, 254)}.{r.randint(1, 254)}"
    hs = received_lines(f"out{r.randint(100, 130)}-{r.randint(1, 99)}.mail.aliyun.com", ip, date, r, s["from_addr"])
    hs += [ct.encode(),
           b"Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))",
           hdr_words("Subject", ew(s["subject"], "utf-8")),
           hdr("From", addr("".join(ew(s["from_name"], "utf-8")), s["from_addr"], quoted=False))]
    hs += thread_headers(s)
    hs += [hdr("Date", rfcdate(date)), b"Content-Transfer-Encoding: 7bit", hdr("Message-Id", mid),
           hdr("To", HQ), b"X-Mailer: Apple Mail (2.3826.400.131.1.6)"]
    msg = Part(hs, parts=body_parts, boundary=top_b, preamble=None)
    return msg.render(), mid


def build_iphone(s, r):
    """iPhone Mail: text/plain UTF-8 QP; photos go inline between two text parts."""
    date = s["date"]
    dom = s["from_addr"].split("@")[1]
    u = hexs(r, 32)
    mid = f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}@{dom}>"
    ip = f"{r.choice([115, 47, 59])}.{r.randint(1, 254)}.{r.randint(1, 254)}.{r.randint(1, 254)}"
    hs = received_lines(f"mail.{dom}", ip, date, r, s["from_addr"])
    atts = s.get("atts", [])
    common = [hdr_words("Subject", ew(s["subject"], "utf-8")),
              hdr("From", addr("".join(ew(s["from_name"], "utf-8")), s["from_addr"], quoted=False))]
    common += thread_headers(s)
    common += [hdr("Date", rfcdate(date)), hdr("Message-Id", mid), hdr("To", HQ), b"X-Mailer: iPhone Mail (22F76)"]
    if not atts:
        hs += [b"Content-Transfer-Encoding: quoted-printable", b"Content-Type: text/plain;\r\n\tcharset=utf-8",
               b"Mime-Version: 1.0 (1.0)"] + common
        return Part(hs, qp(crlf(s["text"]).encode("utf-8"))).render(), mid
    v = hexs(r, 32)
    b = f"Apple-Mail-{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    parts = [text_leaf(s["text"], "utf-8", "utf-8", "quoted-printable", "apple")]
    for a in atts:
        parts.append(Part([('Content-Type: {};\r\n\tname={};\r\n\tx-apple-part-url={}'.format(a.declared, a.filename, f"{hexs(r, 8)}-{hexs(r, 4)}")).encode(),
                           (f"Content-Disposition: inline;\r\n\tfilename={a.filename}").encode(),
                           b"Content-Transfer-Encoding: base64"], b64lines(a.data)))
    parts.append(text_leaf(s["text_after"], "utf-8", "utf-8", "quoted-printable", "apple"))
    hs += [(f'Content-Type: multipart/mixed; boundary={b}').encode(), b"Content-Transfer-Encoding: 7bit",
           b"Mime-Version: 1.0 (1.0)"] + common
    return Part(hs, parts=parts, boundary=b, preamble=None).render(), mid


def build_android(s, r):
    """Android mail app: headers and body as raw 8-bit GBK (outside RFC 2047)."""
    date = s["date"]
    mid = f"<{hexs(r, 8, False)}-{hexs(r, 4, False)}-{hexs(r, 4, False)}@email.android.com>"
    dom = s["from_addr"].split("@")[1]
    ip = f"{r.choice([112, 117, 223, 39])}.{r.randint(1, 254)}.{r.randint(1, 254)}.{r.randint(1, 254)}"
    hs = received_lines(f"mail.{dom}", ip, date, r, s["from_addr"])
    hs += [b"MIME-Version: 1.0",
           hdr("Subject", s["subject"].encode("gbk")),
           hdr("From", s["from_name"].encode("gbk") + (" <{}>".format(s["from_addr"])).encode()),
           hdr("To", HQ),
           hdr("Date", rfcdate(date)),
           hdr("Message-ID", mid)]
    hs += thread_headers(s)
    hs += [b"Content-Type: text/plain; charset=GBK", b"Content-Transfer-Encoding: 8bit"]
    return Part(hs, crlf(s["text"]).encode("gbk")).render(), mid


def build_custom(s, r):
    return s["custom"](s, r)


BUILDERS = {
    "qq": build_qq, "wecom": build_qq, "coremail163": build_coremail, "coremail126": build_coremail,
    "foxmail": build_foxmail, "outlook": build_outlook, "outlook365": build_outlook365, "apple": build_apple,
    "iphone": build_iphone, "android": build_android, "custom": build_custom,
}

CLIENT_NAMES = {
    "qq": "QQ Mail", "wecom": "WeCom / Tencent Exmail", "coremail163": "163 webmail (Coremail)",
    "coremail126": "126 webmail (Coremail)", "foxmail": "Foxmail 7.2", "apple": "Apple Mail (macOS)",
    "iphone": "iPhone Mail", "android": "Android mail app (8bit GBK)", "outlook365": "Outlook for Microsoft 365 (Exchange Online, zh-CN)",
}


# --------------------------------------------------------------------------
# custom builders: machine mail, spam, the message/rfc822 inner mail
# --------------------------------------------------------------------------

def inner_client_mail_a11() -> bytes:
    """The client's own mail (Aliyun enterprise mail, UTF-8 base64) that the partner attached as .eml."""
    r = rng("A11-inner")
    date = T(2026, 7, 16, 11, 20, 46)
    text = ("沈经理：\n\n"
            "今天9点推过来的询盘SJ20260716-0031，我们按留的号码打过去，对方是个人，在家里装修，"
            "说根本没找过蓄电池设备，号码应该是留错了。这条请帮我们申请不计入。\n\n"
            "王建峰\n湖州长兴宏力蓄电池设备有限公司 销售部\n电话：0572-6021873\n")
    b = f"----=ALIBOUNDARY_{r.randint(10000, 99999)}_{hexs(r, 8, False)}"
    hs = [hdr("Return-Path", "<wangjf@hlbattery-hz.com>"),
          (f"Received: from out30-{(n := r.randint(10, 99))}.freemail.mail.aliyun.com (out30-{n}.freemail.mail.aliyun.com [115.124.30.{r.randint(1, 254)}])\r\n\tby mail.ntaiqf.com (Postfix) with ESMTPS id 4QH{hexs(r, 8)}\r\n\tfor <shenjiayi@ntaiqf.com>; {rfcdate(date + dt.timedelta(seconds=4), cst=True)}").encode(),
          hdr("Date", rfcdate(date)),
          hdr("From", addr("".join(ew("王建峰", "UTF-8")), "wangjf@hlbattery-hz.com")),
          hdr("To", addr("".join(ew("沈佳怡", "UTF-8")), "shenjiayi@ntaiqf.com")),
          hdr("Message-ID", f"<{hexs(r, 8, False)}.{hexs(r, 16, False)}@hlbattery-hz.com>"),
          hdr_words("Subject", ew("今天推送的询盘号码不对", "UTF-8")),
          b"X-Mailer: Alimail-Mailagent",
          b"MIME-Version: 1.0",
          (f'Content-Type: multipart/alternative;\r\n\tboundary="{b}"').encode()]
    parts = [Part([b'Content-Type: text/plain; charset="UTF-8"', b"Content-Transfer-Encoding: base64"], b64lines(crlf(text).encode())),
             Part([b'Content-Type: text/html; charset="UTF-8"', b"Content-Transfer-Encoding: base64"],
                  b64lines(("<html><body>" + "".join("<div>{}</div>".format(esc(x) or "<br>") for x in text.split("\n")) + "</body></html>").encode()))]
    return Part(hs, parts=parts, boundary=b, preamble=None).render()


def build_exchange_oof(s, r):
    """Exchange out-of-office notice (zh-CN) answering an HQ acknowledgement."""
    date = s["date"]
    dom = s["from_addr"].split("@")[1]
    mid = "<{}@{}>".format(hexs(r, 32), f"EXCH01.{dom}")
    text = s["text"]
    html = html_outlook([text], generator="Microsoft Exchange Server")
    b = "_000_{}{}_".format(hexs(r, 24), "EXCH01" + dom.split(".")[0])
    parts = [text_leaf(text, "gb18030", "gb2312", "base64", "outlook365"),
             text_leaf(html, "gb18030", "gb2312", "base64", "outlook365", "html")]
    hs = received_lines(f"mail.{dom}", f"47.98.{r.randint(1, 254)}.{r.randint(1, 254)}", date, r, s["from_addr"])
    hs += [hdr("From", addr("".join(ew(s["from_name"], "gb2312", "gb18030")), s["from_addr"], quoted=False)),
           hdr("To", addr("".join(ew("总部商机服务", "gb2312", "gb18030")), HQ, quoted=False)),
           hdr_words("Subject", ew(s["subject"], "gb2312", "gb18030")),
           hdr_words("Thread-Topic", ew(s["subject"].split(": ", 1)[1], "gb2312", "gb18030")),
           hdr("Thread-Index", base64.b64encode(bytes(r.getrandbits(8) for _ in range(22))).decode()),
           hdr("Date", rfcdate(date)), hdr("Message-ID", mid)]
    hs += thread_headers(s)
    hs += [b"Accept-Language: zh-CN, en-US", b"Content-Language: zh-CN", b"X-MS-Has-Attach:",
           b"X-MS-Exchange-Organization-AutoResponseOof: 1",
           b"X-Auto-Response-Suppress: All", b"Auto-Submitted: auto-generated",
           (f'Content-Type: multipart/alternative;\r\n\tboundary="{b}"').encode(), b"MIME-Version: 1.0"]
    return Part(hs, parts=parts, boundary=b, preamble=None).render(), mid


def build_postfix_dsn(s, r):
    date = s["date"]
    host = "mail.xysl.net.cn"
    qid = hexs(r, 11)
    mid = f"<20260713023544.{qid}@{host}>"
    b = f"{qid}.{int(date.timestamp())}/{host}"
    orig_date = date - dt.timedelta(seconds=3)
    notice = (f"This is the mail system at host {host}.\n\n"
              "I'm sorry to have to inform you that your message could not\n"
              "be delivered to one or more recipients. It's attached below.\n\n"
              "For further assistance, please send mail to postmaster.\n\n"
              "If you do so, please include this problem report. You can\n"
              "delete your own text from the attached returned message.\n\n"
              "                   The mail system\n\n"
              "<kemin2@xysl.net.cn>: unknown user: \"kemin2\"\n")
    status = (f"Reporting-MTA: dns; {host}\nX-Postfix-Queue-ID: {qid}\nX-Postfix-Sender: rfc822; dor@ptg139.com\n"
              f"Arrival-Date: {rfcdate(orig_date, cst=True)}\n\nFinal-Recipient: rfc822; kemin2@xysl.net.cn\nOriginal-Recipient: rfc822;kemin2@xysl.net.cn\n"
              "Action: failed\nStatus: 5.1.1\nDiagnostic-Code: X-Postfix; unknown user: \"kemin2\"\n")
    ret = ("Return-Path: <dor@ptg139.com>\n"
           "Received: from mx1.ptg139.com (mx1.ptg139.com [203.0.113.25])\n\tby {} (Postfix) with ESMTPS id {}\n"
           "\tfor <kemin2@xysl.net.cn>; {}\n"
           "From: =?utf-8?B?{}?= <dor@ptg139.com>\n"
           "To: kemin2@xysl.net.cn\n"
           "Subject: {}\n"
           "Date: {}\n"
           "Message-ID: <ack.SS-2026-000552@ptg139.com>\n"
           "Auto-Submitted: auto-generated\n"
           "MIME-Version: 1.0\n"
           "Content-Type: text/plain; charset=\"utf-8\"\n"
           "Content-Transfer-Encoding: base64\n").format(
        host, qid, rfcdate(orig_date, cst=True), base64.b64encode("总部商机服务".encode()).decode(),
        "\n ".join(ew("[DOR#SS-2026-000552] 商机调整已受理：江工矿山机械10条", "utf-8")), rfcdate(orig_date))
    parts = [Part([b"Content-Description: Notification", b"Content-Type: text/plain; charset=us-ascii"], crlf(notice).encode()),
             Part([b"Content-Description: Delivery report", b"Content-Type: message/delivery-status"], crlf(status).encode()),
             Part([b"Content-Description: Undelivered Message Headers", b"Content-Type: text/rfc822-headers"], crlf(ret).encode())]
    hs = [b"Return-Path: <>", hdr("Delivered-To", HQ),
          (f"Received: from {host} ({host} [123.57.{r.randint(1, 254)}.{r.randint(1, 254)}])\r\n\tby mx1.ptg139.com (Postfix) with ESMTPS id 4Y{hexs(r, 10)}\r\n\tfor <{HQ}>; {rfcdate(date + dt.timedelta(seconds=2), cst=True)}").encode(),
          hdr("Received", f"by {host} (Postfix)\r\n\tid {qid}; {rfcdate(date, cst=True)}"),
          hdr("Date", rfcdate(date, cst=True)),
          hdr("From", f"MAILER-DAEMON@{host} (Mail Delivery System)"),
          b"Subject: Undelivered Mail Returned to Sender",
          hdr("To", HQ),
          b"Auto-Submitted: auto-replied",
          b"MIME-Version: 1.0",
          (f'Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary="{b}"').encode(),
          b"Content-Transfer-Encoding: 8bit",
          hdr("Message-Id", mid)]
    msg = Part(hs, parts=parts, boundary=b, preamble=b"This is a MIME-encapsulated message." + CRLF)
    return msg.render(), mid


def build_bulk(s, r):
    date = s["date"]
    mid = "<{}.{}@edm.zbmexpo.com>".format(date.strftime("%Y%m%d%H%M%S"), hexs(r, 16, False))
    text = s["text"]
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>2026淄博机械装备博览会</title></head>'
            '<body style="margin:0;background:#f2f4f7"><table width="640" align="center" cellpadding="0" cellspacing="0" '
            'style="background:#ffffff;font-family:Microsoft YaHei,Arial;font-size:14px;color:#333">'
            + "".join("<tr><td style=\"padding:6px 24px\">{}</td></tr>".format(esc(x) or "&nbsp;") for x in text.split("\n"))
            + '<tr><td style="padding:12px 24px;font-size:12px;color:#999">如不希望再收到此类邮件，请'
              '<a href="https://edm.zbmexpo.com/u/8812?e=dor%40ptg139.com">点击退订</a></td></tr></table>'
              '<img src="https://edm.zbmexpo.com/o/8812.gif" width="1" height="1"></body></html>')
    b = f"=_{hexs(r, 24, False)}"
    parts = [text_leaf(text, "utf-8", "utf-8", "base64", "plain"),
             text_leaf(html, "utf-8", "utf-8", "base64", "plain", "html")]
    envelope = "bounce-8812-dor=ptg139.com@edm.zbmexpo.com"
    hs = received_lines("edm.zbmexpo.com", f"106.75.{r.randint(1, 254)}.{r.randint(1, 254)}", date, r, envelope)
    hs += [hdr("Date", rfcdate(date)),
           hdr("From", addr("".join(ew("2026淄博机械装备博览会组委会", "UTF-8")), "expo@edm.zbmexpo.com")),
           hdr("Reply-To", "service@zbmexpo.com"),
           hdr("To", HQ),
           hdr_words("Subject", ew(s["subject"], "UTF-8")),
           hdr("Message-ID", mid),
           b"Precedence: bulk",
           b"List-Unsubscribe: <mailto:unsubscribe@edm.zbmexpo.com?subject=unsub-8812>,\r\n <https://edm.zbmexpo.com/u/8812?e=dor%40ptg139.com>",
           b"List-Unsubscribe-Post: List-Unsubscribe=One-Click",
           b"X-Mailer: EDM Mailer 3.2",
           b"X-Campaign-ID: 8812",
           b"MIME-Version: 1.0",
           (f'Content-Type: multipart/alternative; boundary="{b}"').encode()]
    return Part(hs, parts=parts, boundary=b, preamble=None).render(), mid


def build_noreply(s, r):
    date = s["date"]
    mid = f"<{hexs(r, 8, False)}.{hexs(r, 12, False)}.{int(date.timestamp() * 1000)}@notice.aliyun.com>"
    html = s["html"]
    hs = received_lines(f"out{r.randint(10, 99)}-{r.randint(1, 99)}.notice.aliyun.com",
                        f"47.246.{r.randint(1, 254)}.{r.randint(1, 254)}", date, r, "bounce@notice.aliyun.com")
    hs += [hdr("Date", rfcdate(date)),
           hdr("From", addr("".join(ew("阿里云", "UTF-8")), "no-reply@notice.aliyun.com")),
           hdr("To", HQ),
           hdr("Message-ID", mid),
           hdr_words("Subject", ew(s["subject"], "UTF-8")),
           b"MIME-Version: 1.0",
           b'Content-Type: text/html; charset="UTF-8"',
           b"Content-Transfer-Encoding: base64"]
    return Part(hs, b64lines(crlf(html).encode())).render(), mid


def build_spam(s, r):
    date = s["date"]
    mid = f"<{hexs(r, 12)}${hexs(r, 6)}@hy-fapiao88.top>"
    html = s["html"]
    hs = [hdr("Return-Path", "<bdmpqz@hy-fapiao88.top>"), hdr("Delivered-To", HQ),
          (f"Received: from hy-fapiao88.top (unknown [103.{r.randint(1, 254)}.{r.randint(1, 254)}.{r.randint(1, 254)}])\r\n\tby mx1.ptg139.com (Postfix) with ESMTP id 4Z{hexs(r, 10)}\r\n\tfor <{HQ}>; {rfcdate(date + dt.timedelta(seconds=7), cst=True)}").encode(),
          hdr("From", addr("".join(ew("王经理", "GB2312", "gb2312")), "sales@hy-fapiao88.top")),
          hdr("To", HQ),
          hdr_words("Subject", ew(s["subject"], "GB2312", "gb2312")),
          hdr("Date", rfcdate(date)),
          b"MIME-Version: 1.0",
          b'Content-Type: text/html;\r\n\tcharset="GB2312"',
          b"Content-Transfer-Encoding: base64",
          b"X-Priority: 3", b"X-MSMail-Priority: Normal",
          b"X-Mailer: Microsoft Outlook Express 6.00.2900.5512",
          b"X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.5512",
          hdr("Message-ID", mid)]
    return Part(hs, b64lines(crlf(html).encode("gb2312"))).render(), mid


def build_iphone_x02(s, r):
    return build_iphone(s, r)


# --------------------------------------------------------------------------
# the 40 messages
# --------------------------------------------------------------------------

def F(**kw) -> dict:
    base = {"partner": None, "client": None, "lead_ids": [], "pushed_at": None, "objected_at": None,
            "reason_code": None, "lead_count": None, "quota": None, "pushed_count": None,
            "service_start": None, "service_end": None}
    for k, v in kw.items():
        assert k in base, k
        base[k] = v
    return base


SPECS: list[dict] = []


def add(**s):
    SPECS.append(s)


# ---------------------------------------------------------------- appeals --

add(key="A01", kind="appeal", client="qq", from_name="黎嘉豪", from_addr="2738164095@qq.com",
    date=T(2026, 7, 2, 16, 21, 37),
    subject="商机申诉/Lead appeal-博锐激光 SJ20260702-0018",
    text="""总部老师好：

博锐激光今天这条商机客户要求申诉，资料如下：

Partner/合作商：惠州市东江智联网络科技有限公司
Client/付费客户：惠州市仲恺高新区博锐激光设备有限公司
Lead ID/商机编号：SJ20260702-0018
Push time/推送时间：2026.7.2 9:48
Feedback/客户反馈时间：7.2 下午3:05分
Reason/申诉理由：微信加不上
Details/情况说明：需求者说要一台6000W光纤激光切割机，留的微信号 hz_laser6000 和手机号139 2716 0458。客户销售从上午10点开始加了三次微信，都显示“该用户不存在”，手机一直关机。

截图见附件（2张拼成1张）。

黎嘉豪
东江智联 客服部
0752-2316608
""",
    atts=lambda: [Att("加微信失败截图.png", "image/png", chat_screenshot("A01"), "image/png")],
    fields=F(partner="惠州市东江智联网络科技有限公司", client="惠州市仲恺高新区博锐激光设备有限公司",
             lead_ids=["SJ20260702-0018"], pushed_at=T(2026, 7, 2, 9, 48), objected_at=T(2026, 7, 2, 15, 5), reason_code=2),
    accept={"partner": ["东江智联"], "client": ["博锐激光"]},
    prov={"pushed_at": ["2026.7.2 9:48"], "objected_at": ["7.2 下午3:05分"], "reason_code": ["微信加不上"]},
    notes="QQ Mail (gb18030 base64 + HTML alternative); bilingual labels 'Partner/合作商：' etc.; push time '2026.7.2 9:48', "
          "objection '7.2 下午3:05分' (dotted month.day, 下午 plus a redundant 分); code 2 in words (微信加不上); "
          "distractors: 6000W, a WeChat id with digits, a spaced phone number '139 2716 0458', '上午10点', '2张拼成1张'; PNG screenshot.")

add(key="A02", kind="appeal", client="coremail163", from_name="谭志坚", from_addr="tanzj_wy@163.com",
    date=T(2026, 7, 6, 16, 2, 18),
    subject="商机申述 恒达不锈钢 2607060031",
    text="""总部您好

恒达不锈钢对今天推送的一条商机有异议，申请不计入，麻烦核实。

合作商 江门市五邑商通信息技术有限公司
客户 江门市新会区恒达不锈钢制品有限公司
商机编好 2607060031
推送时间 7月6日 10点20
反馈时间 15点05
申述理由 第5条
情况说明 客户做的是不锈钢商用厨具（炉灶、操作台、洗碗池），需求者要采购304不锈钢无缝管3000米，客户不生产管材。需求者还问能不能开13个点的票，客户判断是贸易商比价。

谭志坚
五邑商通
""",
    fields=F(partner="江门市五邑商通信息技术有限公司", client="江门市新会区恒达不锈钢制品有限公司",
             lead_ids=["2607060031"], pushed_at=T(2026, 7, 6, 10, 20), objected_at=T(2026, 7, 6, 15, 5), reason_code=5),
    accept={"partner": ["五邑商通"], "client": ["恒达不锈钢"]},
    prov={"pushed_at": ["7月6日 10点20"], "objected_at": ["反馈时间 15点05"], "reason_code": ["第5条"]},
    notes="163 webmail (Coremail, GBK base64); labels WITHOUT colons (label, space, value); the typos 申述 (for 申诉) in subject "
          "and label and 商机编好 (for 商机编号); 10-digit lead id; '7月6日 10点20' and a date-less '15点05' (same day as the push "
          "and as the Date header); reason only as '第5条'; distractors 304, 3000米, 13个点.")

add(key="A03", kind="appeal", client="foxmail", from_name="陶立群", from_addr="taoliqun@yueshangyun.cn",
    date=T(2026, 7, 7, 17, 36, 52),
    subject="华纺 商机申诉书（同行骚扰）",
    text="""总部：

附件是华纺客户的《商机申诉书》，另附客户和需求者的通话录音、需求者朋友圈截图。客户业务主管赵㙟说这个人上个月也用别的号码问过同样的定型机参数。

--
陶立群 | 客服部
绍兴越商云网络科技有限公司
电话：0575-85126637
""",
    sig_from=4,
    atts=lambda: [
        Att("商机申诉书-华纺-0707.docx", MIME_DOCX, make_docx("商机申诉书", [
            ("字段", "内容"),
            ("合作商", "绍兴越商云网络科技有限公司"),
            ("付费客户", "绍兴柯桥华纺印染机械有限公司"),
            ("商机编号", "XP-2607-0093"),
            ("推送时间", "2026年7月7日 上午9:12"),
            ("客户反馈时间", "2026年7月7日 下午2:40"),
            ("申诉理由", "同行恶意询价（判定标准第1条）"),
            ("情况说明", "需求者自称是柯桥一家印染厂的采购，追问拉幅定型机的热风循环结构、燃烧机品牌和出厂价，不肯说厂名。"
                         "客户查到该手机号在一家同类设备厂的招聘启事里出现过。"),
            ("证据材料", "通话录音1段（mp3）、朋友圈截图1张"),
            ("申诉人", "陶立群"),
            ("申诉日期", "2026年7月7日"),
        ], "陶立群", T(2026, 7, 7, 17, 20)), MIME_DOCX),
        Att("通话录音20260707.mp3", "audio/mpeg", mp3_bytes("A03", 9.0), "audio/mpeg"),
        Att("朋友圈截图.jpg", "image/jpeg", chat_screenshot("A03", "JPEG", green=(255, 255, 255)), "image/jpeg"),
    ],
    fields=F(partner="绍兴越商云网络科技有限公司", client="绍兴柯桥华纺印染机械有限公司", lead_ids=["XP-2607-0093"],
             pushed_at=T(2026, 7, 7, 9, 12), objected_at=T(2026, 7, 7, 14, 40), reason_code=1),
    accept={"client": ["华纺"]},
    prov={"pushed_at": ["2026年7月7日 上午9:12"], "objected_at": ["2026年7月7日 下午2:40"], "reason_code": ["第1条"]},
    notes="Foxmail 7.2 labelled gb2312; the body holds 㙟 (U+365F, four-byte GB18030 8230AD31, in neither GB2312 nor GBK); "
          "client full name, lead id, both times and the reason only in the attached .docx 《商机申诉书》 ('上午9:12'/'下午2:40'); "
          "the body uses the short name 华纺; code 1 with evidence: MP3 declared audio/mpeg and a JPEG; '20260707' in a file name is not an id.")

add(key="A04", kind="appeal", client="outlook", outlook_ver="14.0", from_name="毕文涛", from_addr="biwentao@qlgonglian.com",
    date=T(2026, 7, 9, 16, 18, 5),
    subject="转发: 转发: 这个询盘打过去是个人",
    text="""总部好，

下面是永盛真空泵转过来的客户内部邮件，申请这条商机不计入。

商机编号：SJ20260709-0007
推送时间：2026-07-09 08:35
客户反馈时间：2026-07-09 11:50（客户孙总转给我们的时间）
申诉理由：需求者留的电话是个人，不是企业

毕文涛
淄博齐鲁工联信息科技有限公司
客服部 0533-6287410

-----原始邮件-----
发件人: 孙立新 [mailto:sunlixin@ysvacuum.com]\x20
发送时间: 2026年7月9日 11:50
收件人: 毕文涛 <biwentao@qlgonglian.com>
主题: 转发: 这个询盘打过去是个人

毕经理，你看下面小刘说的情况，这条麻烦帮我们申请一下。

孙立新
淄博博山永盛真空泵制造有限公司 总经理

-------- 转发邮件信息 --------
发件人："刘洋" <liuyang@ysvacuum.com>
发送日期：2026-07-09 11:02:37
收件人："孙立新" <sunlixin@ysvacuum.com>
主题：这个询盘打过去是个人

孙总：
今天早上推过来的那条（SJ20260709-0007，要2X-70旋片真空泵两台），我打了三次，接电话的是个大学生，说是帮老师查资料随便留的，不是采购，也没有公司。

刘洋
销售部 分机8021
""",
    fields=F(partner="淄博齐鲁工联信息科技有限公司", client="淄博博山永盛真空泵制造有限公司", lead_ids=["SJ20260709-0007"],
             pushed_at=T(2026, 7, 9, 8, 35), objected_at=T(2026, 7, 9, 11, 50), reason_code=3),
    accept={"client": ["永盛真空泵"]},
    prov={"pushed_at": ["2026-07-09 08:35"], "objected_at": ["2026-07-09 11:50"], "reason_code": ["电话是个人"]},
    notes="Outlook 2010 zh-CN (gb2312 base64, '转发: 转发:'); a forward two levels deep inline: the partner's labels on top, "
          "then '-----原始邮件-----' from the client's boss, then a Coremail '-------- 转发邮件信息 --------' from the client's "
          "salesman; the client's full name is only in the boss's signature inside the forward (forwarded text counts for an "
          "appeal); the lead id appears twice (listed once); code 3 (个人); distractor times 11:02:37 and dates in the quote "
          "headers, model 2X-70, extension 8021.")

add(key="A05", kind="appeal", client="outlook365", from_name="易海波", from_addr="yihaibo@xjhuizhi.com",
    date=T(2026, 7, 13, 23, 58, 12, tz=UTC),
    subject="中驰刀具 一条询盘申请不计入",
    text="""总部好，

中驰刀具昨天下午4点半推的那条询盘（编号10693527），客户今天早上7点20分给我打电话反映：对方是做物流货运代理的，问的是能不能帮他们把货从株洲发到越南，根本不是买刀具的。客户做的是硬质合金数控刀片和铣刀，跟货运代理不是一个行业。

客户说昨天晚上销售在外面应酬，早上才回的电话，超过8小时了，还是想请总部按行业不符处理。

易海波
株洲湘江汇智网络科技有限公司
手机 13975326041
""",
    fields=F(partner="株洲湘江汇智网络科技有限公司", client="中驰刀具", lead_ids=["10693527"],
             pushed_at=T(2026, 7, 13, 16, 30), objected_at=T(2026, 7, 14, 7, 20), reason_code=4),
    accept={},
    prov={"pushed_at": ["昨天下午4点半"], "objected_at": ["今天早上7点20分"], "reason_code": ["行业不符"]},
    notes="Outlook for Microsoft 365 via Exchange Online: the Date header is in UTC (Mon 13 Jul 23:58 +0000 = Tue 14 Jul 07:58 "
          "in Shanghai), so 今天 is 7月14日 and 昨天 is 7月13日; prose only, no labels; '昨天下午4点半' (点半) and '今天早上7点20分'; "
          "14h50m, outside the 8-hour window (the partner admits it); the client is only ever written as the short name 中驰刀具; "
          "code 4 (行业不符); distractors 8小时 and a mobile number.")

add(key="A06", kind="appeal", client="wecom", from_name="彭亚楠", from_addr="pengyanan@balingys.com",
    date=T(2026, 7, 15, 11, 47, 3),
    subject="洞庭净水 申诉表+录音",
    text="""总部老师，您好！

洞庭净水今天上午有一条商机要申诉，申诉表和录音都在附件里，理由是判定标准第1条。

需求者开口就问我们客户的反渗透设备给哪几家水厂供过货、报价多少，问完就挂电话，客户认定是同行在摸底。

彭亚楠
岳阳巴陵云商信息技术有限公司
""",
    atts=lambda: [
        Att("商机申诉表-洞庭净水.xlsx", "application/octet-stream", make_xlsx("申诉表", [
            ("商机申诉表", None),
            ("合作商", "岳阳巴陵云商信息技术有限公司"),
            ("付费客户", "岳阳君山洞庭净水设备有限公司"),
            ("商机编号", "SJ20260715-0022"),
            ("推送时间", local(2026, 7, 15, 8, 40)),
            ("客户反馈时间", local(2026, 7, 15, 10, 5)),
            ("申诉理由", "同行恶意询价"),
            ("情况说明", "需求者自称水厂采购，只问客户给哪些水厂供过RO设备和报价，问完就挂；回拨无人接。"),
            ("证据", "通话录音1段"),
        ], "彭亚楠", T(2026, 7, 15, 11, 30), widths=[16, 60]), MIME_XLSX),
        Att("录音_0715_1005.m4a", "application/octet-stream", m4a_bytes("A06", 14.0), "audio/mp4"),
    ],
    fields=F(partner="岳阳巴陵云商信息技术有限公司", client="岳阳君山洞庭净水设备有限公司", lead_ids=["SJ20260715-0022"],
             pushed_at=T(2026, 7, 15, 8, 40), objected_at=T(2026, 7, 15, 10, 5), reason_code=1),
    accept={"client": ["洞庭净水"]},
    prov={"pushed_at": ["2026-07-15 08:40"], "objected_at": ["2026-07-15 10:05"], "reason_code": ["第1条"]},
    notes="WeCom / Exmail (UTF-8 base64); both attachments declared application/octet-stream: an .xlsx appeal form whose times "
          "are real Excel datetime cells (the only place holding client full name, lead id and times) and an M4A recording; "
          "the body gives the reason as '判定标准第1条'; '0715_1005' in the file name is a distractor.")

add(key="A07", kind="appeal", client="android", from_name="詹国华", from_addr="zhanguohua@xysl.net.cn",
    date=T(2026, 7, 16, 21, 14, 40),
    subject="商机申诉 江工矿机 同行骚扰",
    text="""总部你好，江工矿机反映今天一条询盘是同行恶意询价，申请不计入。
合作商：九江浔阳商联网络科技有限公司
客户：九江濂溪区江工矿山机械有限公司
商机编号：XP-2607-0178
推送时间：忘记看了，客户说是中午前后
客户反馈时间：今天下午5点10分
理由：同行恶意骚扰，对方问完颚式破碎机PE-600×900的出厂价和电机配置就挂了，客户说这个号码以前在同行群里见过
录音客户没录，截图等客户发过来再补
詹国华
""",
    fields=F(partner="九江浔阳商联网络科技有限公司", client="九江濂溪区江工矿山机械有限公司", lead_ids=["XP-2607-0178"],
             objected_at=T(2026, 7, 16, 17, 10), reason_code=1),
    accept={"client": ["江工矿机"]},
    malformed=True,
    prov={"objected_at": ["今天下午5点10分"], "reason_code": ["同行恶意骚扰"]},
    notes="Android mail app: Subject and From display name as raw 8-bit GBK bytes (no RFC 2047: malformed), body text/plain "
          "8bit GBK; push time given only as '忘记看了，客户说是中午前后' (no usable time: pushed_at null and missing); "
          "'今天下午5点10分' resolved against the Date header; code 1 with no recording or screenshot, so 'evidence' is missing too; "
          "model PE-600×900 is a distractor.")

add(key="A08", kind="appeal", client="iphone", from_name="祝雨欣", from_addr="zhuyuxin@xjqilian.cn",
    date=T(2026, 7, 17, 13, 26, 44),
    subject="信州光学商机申诉",
    text="""总部您好：

上饶信江企联科技有限公司申请一条商机不计入，客户是上饶广丰区信州光学仪器有限公司，明细如下：

商机编号          推送时间             客户反馈时间         申诉理由
SJ20260717-0009   2026-07-17 08:15     2026-07-17 11:40     留错电话

需求者留的手机号打过去是一位退休老人，说从来没问过显微镜，号码应该是留错了。客户做的是生物显微镜和体视显微镜，主推型号XZ-107B。

祝雨欣
信江企联

发自我的iPhone
""",
    fields=F(partner="上饶信江企联科技有限公司", client="上饶广丰区信州光学仪器有限公司", lead_ids=["SJ20260717-0009"],
             pushed_at=T(2026, 7, 17, 8, 15), objected_at=T(2026, 7, 17, 11, 40), reason_code=3),
    accept={"partner": ["信江企联"], "client": ["信州光学"]},
    prov={"pushed_at": ["2026-07-17 08:15"], "objected_at": ["2026-07-17 11:40"], "reason_code": ["留错电话"]},
    notes="iPhone Mail (single text/plain, UTF-8 quoted-printable); partner and client named in a sentence, the rest as a table "
          "pasted as plain text and aligned with runs of spaces (header row, one value row: columns must be matched by position); "
          "code 3 (留错电话); model XZ-107B is a distractor.")

A09_HTML = ('<meta http-equiv="Content-Type" content="text/html; charset=GB18030">'
            '<div>总部好：</div><div><br></div>'
            '<div>合作商：德阳旌城数智网络科技有限公司<br>付费客户：德阳旌阳区川锻重工机械有限公司<br>商机编号：SJ20260709-0054<br>'
            '推送时间：2026年7月9日 16:05<br>反馈时间：2026年7月9日 晚上8:30<br>申诉理由：判定标准第二条<br>'
            '情况说明：需求者说要询2吨电液锤，只留了微信，备注“电话勿扰”。客户用微信号和手机号搜索都加不上，发短信也没人回。</div>'
            '<div><br></div><div>客户截图：</div>'
            '<div><img src="cid:5F1C0B2E@6D2A9E47.13A7506A" style="width:260px"></div><div><br></div>'
            '<div>罗晓川</div><div>旌城数智 售后服务中心</div>')

add(key="A09", kind="appeal", client="qq", mail_client="QQ Mail (HTML only, multipart/related)", from_name="罗晓川",
    from_addr="3306719842@qq.com", date=T(2026, 7, 10, 10, 52, 19),
    subject="川锻重工申诉", html_only=True, html=A09_HTML,
    text="",
    atts=lambda: [Att("5F1C0B2E@6D2A9E47.13A7506A.png", "image/png", chat_screenshot("A09"), "image/png",
                      inline=True, cid="5F1C0B2E@6D2A9E47.13A7506A")],
    fields=F(partner="德阳旌城数智网络科技有限公司", client="德阳旌阳区川锻重工机械有限公司", lead_ids=["SJ20260709-0054"],
             pushed_at=T(2026, 7, 9, 16, 5), objected_at=T(2026, 7, 9, 20, 30), reason_code=2),
    accept={"partner": ["旌城数智"], "client": ["川锻重工"]},
    prov={"pushed_at": ["2026年7月9日 16:05"], "objected_at": ["2026年7月9日 晚上8:30"], "reason_code": ["第二条"]},
    notes="QQ Mail, HTML only (no text/plain alternative): multipart/related with a gb18030 base64 text/html whose labels are "
          "separated by <br> inside one <div>, plus a pasted PNG referenced by cid (named, no Content-Disposition: an inline "
          "attachment); '晚上8:30' is 20:30; reason as a Chinese ordinal '第二条'; '2吨' is a distractor.")

add(key="A10", kind="appeal", client="coremail126", from_name="冉光荣", from_addr="ranguangrong@126.com",
    cc=("母婷", "muting@qbshangtong.com"),
    date=T(2026, 7, 20, 9, 33, 10),
    subject="Re:Re: 黔丰农机那条询盘要不要申诉",
    in_reply_to="<2026071917502231907752@qbshangtong.com>",
    references=["<20260719174133.7c1e2a90@126.com>", "<2026071917502231907752@qbshangtong.com>"],
    text="""总部好，婷婷的邮件我一起转给总部了，这条确定要申诉：

合作商：遵义黔北商通信息科技有限公司
付费客户：遵义汇川区黔丰农机制造有限公司
商机编号：系统里这条没显示编号，只有推送短信
推送时间：7月19日 上午11:05
客户反馈时间：7月19日 下午2:40
申诉理由：需求者所需产品与客户经营产品不一致
情况说明：客户做的是微耕机和田园管理机（QF-1200系列），需求者要的是4行联合收割机，客户不生产。

冉光荣 13908526617

在 2026-07-19 17:50:22，"母婷" <muting@qbshangtong.com> 写道：
>冉哥，黔丰农机那条联合收割机的询盘客户不认，要不要走申诉？推送短信截图我发群里了。
""",
    fields=F(partner="遵义黔北商通信息科技有限公司", client="遵义汇川区黔丰农机制造有限公司",
             pushed_at=T(2026, 7, 19, 11, 5), objected_at=T(2026, 7, 19, 14, 40), reason_code=5),
    accept={"client": ["黔丰农机"]},
    prov={"pushed_at": ["7月19日 上午11:05"], "objected_at": ["7月19日 下午2:40"], "reason_code": ["需求者所需产品与客户经营产品不一致"]},
    notes="126 webmail (Coremail, GBK); 'Re:Re:' with In-Reply-To/References pointing only at the partner's own messages "
          "(no @ptg139.com id, no case tag): judged by content, an appeal; a Cc to a colleague; the lead id is explicitly "
          "unavailable ('系统里这条没显示编号'), so lead_ids is missing; model QF-1200, '4行', a phone number and the quote "
          "header's date/time are distractors; code 5 in the process document's words.")

add(key="A11", kind="appeal", client="outlook", outlook_ver="16.0", from_name="沈佳怡", from_addr="shenjiayi@ntaiqf.com",
    date=T(2026, 7, 16, 15, 9, 27),
    subject="商机申诉：宏力 SJ20260716-0031（客户原邮件见附件）",
    text="""总部您好：

湖州南太湖企服科技有限公司提交一条商机申诉，客户原邮件作为附件转给总部。

商机编号：SJ20260716-0031
推送时间：2026/7/16 9:02
客户反馈时间：2026/7/16 11:20（客户邮件发出时间）
申诉理由：留错电话，接电话的是个人
情况说明：详见附件邮件。

沈佳怡
客服部 | 湖州南太湖企服科技有限公司
电话：0572-2173385
""",
    atts=lambda: [Att("今天推送的询盘号码不对.eml", "message/rfc822", inner_client_mail_a11(), "message/rfc822")],
    fields=F(partner="湖州南太湖企服科技有限公司", client="湖州长兴宏力蓄电池设备有限公司", lead_ids=["SJ20260716-0031"],
             pushed_at=T(2026, 7, 16, 9, 2), objected_at=T(2026, 7, 16, 11, 20), reason_code=3),
    accept={"client": ["宏力"]},
    prov={"pushed_at": ["2026/7/16 9:02"], "objected_at": ["2026/7/16 11:20"], "reason_code": ["留错电话"]},
    notes="Outlook 16 zh-CN with the client's original mail attached as message/rfc822 (named .eml, Content-Disposition: "
          "attachment, so it is an attachment, role other; size/sha256 are of the embedded message bytes); the client's full "
          "name appears only inside that attached mail (UTF-8 base64 within), the subject has the short form 宏力; code 3 "
          "(留错电话 / 个人); the inner '9点' and its phone number are distractors.")

add(key="A12", kind="appeal", client="wecom", from_name="区美玲", from_addr="oumeiling@wysht.cn",
    date=T(2026, 7, 18, 15, 20, 51),
    subject="金鸿焊接 商机申诉",
    text="""总部好，

上次申诉的SS-2026-000388已经收到结果，谢谢。这次是金鸿焊接的一条新商机，客户申请不计入：

合作商：江门市五邑商通信息技术有限公司
付费客户：江门市蓬江区金鸿焊接设备有限公司
商机编号：XP-2607-
0245
推送时间：7.18 9:40
反馈时间：7.18 13:55
申诉理由：需求者留的微信加不上，电话也不接
情况说明：需求者要NB-500二保焊机5台，只留了微信，客户搜索微信号提示不存在，打电话一直无人接听。

添加失败的截图在附件。

区美玲
五邑商通
""",
    atts=lambda: [Att("微信提示不存在.jpg", "application/octet-stream", chat_screenshot("A12", "JPEG"), "image/jpeg")],
    fields=F(partner="江门市五邑商通信息技术有限公司", client="江门市蓬江区金鸿焊接设备有限公司", lead_ids=["XP-2607-0245"],
             pushed_at=T(2026, 7, 18, 9, 40), objected_at=T(2026, 7, 18, 13, 55), reason_code=2),
    accept={"partner": ["五邑商通"], "client": ["金鸿焊接"]},
    prov={"pushed_at": ["7.18 9:40"], "objected_at": ["7.18 13:55"], "reason_code": ["微信加不上"]},
    notes="WeCom / Exmail (UTF-8 base64); the lead id is broken across two lines after its hyphen ('XP-2607-' / '0245', also "
          "two <div>s in the HTML); an earlier case id SS-2026-000388 in the body (not in the subject: case_ref stays null, and "
          "no thread header, so not a reply); dates '7.18 9:40' without a year (Date header: a Saturday); code 2; NB-500 and "
          "'5台' are distractors; a JPEG declared application/octet-stream.")

add(key="A13", kind="appeal", client="foxmail", from_name="费晓琳", from_addr="feixl@ntaiqf.com",
    date=T(2026, 7, 20, 16, 44, 9),
    subject="【商机申诉】德丰木机 ＸＰ－２６０７－０２０４",
    text="""总部：

德丰木机的一条商机申请不计入，按判定标准第四条。

合作商：湖州南太湖企服科技有限公司
付费客户：湖州南浔德丰木业机械有限公司
商机编号：ＸＰ－２６０７－０２０４
推送时间：2026年7月20日10时15分
客户反馈时间：20日14时整
情况说明：需求者是一家婚庆公司，要租舞台桁架和灯光设备办活动，客户业务员陈喆回访确认过。客户生产的是木工多片锯和四面刨，不是一个行业。

费晓琳
湖州南太湖企服科技有限公司 客服专员
电话：0572-2173385 转 806
""",
    sig_from=11,
    fields=F(partner="湖州南太湖企服科技有限公司", client="湖州南浔德丰木业机械有限公司", lead_ids=["XP-2607-0204"],
             pushed_at=T(2026, 7, 20, 10, 15), objected_at=T(2026, 7, 20, 14, 0), reason_code=4),
    accept={"client": ["德丰木机"]},
    prov={"pushed_at": ["2026年7月20日10时15分"], "objected_at": ["20日14时整"], "reason_code": ["第四条"]},
    notes="Foxmail 7.2 labelled gb2312 while the text holds 喆 (GBK-only); the lead id typed in full-width forms "
          "'ＸＰ－２６０７－０２０４' in subject and body (NFKC: XP-2607-0204); a non-tag 【商机申诉】 bracket in the subject "
          "(case_ref null); times '2026年7月20日10时15分' and '20日14时整' (day only, month/year from context); reason '第四条'.")

add(key="A14", kind="appeal", client="apple", from_name="宣明轩", from_addr="xuanmx@yueshangyun.cn",
    date=T(2026, 7, 22, 11, 38, 2),
    subject="Appeal - 恒通泵阀 SJ20260721-0066",
    text="""Hi 总部，

Partner: 绍兴越商云网络科技有限公司
Client: 绍兴上虞恒通化工泵阀有限公司
Lead ID: SJ20260721-0066
Pushed: 2026-07-21 16:50
Complaint time: 2026-07-21 19:25
Reason: 客户觉得对方压价太狠，还要求月结90天，不想跟
Note: 需求者要IHF-65氟塑料离心泵20台，询盘本身是真实的，是客户自己不愿意做。我们判断不了能不能申诉，请总部看一下。

附对话截图。

宣明轩
越商云 · 客户成功部
""",
    atts=lambda: [Att("截屏2026-07-21 19.31.07.png", "image/png", chat_screenshot("A14", size=(600, 420)), "image/png")],
    fields=F(partner="绍兴越商云网络科技有限公司", client="绍兴上虞恒通化工泵阀有限公司", lead_ids=["SJ20260721-0066"],
             pushed_at=T(2026, 7, 21, 16, 50), objected_at=T(2026, 7, 21, 19, 25)),
    accept={"partner": ["越商云"], "client": ["恒通泵阀"]},
    prov={"pushed_at": ["2026-07-21 16:50"], "objected_at": ["2026-07-21 19:25"]},
    notes="Apple Mail (macOS, UTF-8 QP, multipart/mixed); English-only labels 'Partner:', 'Client:', 'Lead ID:', 'Pushed:', "
          "'Complaint time:'; the stated reason (price pressure, 90-day credit) matches none of the five criteria, so "
          "reason_code is null and missing; the screenshot's name uses RFC 2231 filename*= (and RFC 2047 name=) and carries "
          "a date and time '2026-07-21 19.31.07'; IHF-65, '20台', '90天' are distractors.")

add(key="A15", kind="appeal", client="coremail163", from_name="谭芳", from_addr="tanfang_zz@163.com",
    date=T(2026, 7, 21, 15, 47, 33),
    subject="联诚轨交商机申诉（附录音和盖章申诉书）",
    text="""总部老师好：

附件是联诚轨交盖章版的申诉书（PDF）和客户与需求者的通话录音，内容如下：

合作商：株洲湘江汇智网络科技有限公司
客户名称：株洲荷塘联诚轨道交通配件有限公司
商机编号：2607210009
推送时间：07-21 08:05
客户反馈时间：07-21 下午1点半
申诉理由：同行恶意询价。录音里对方承认自己是做转向架配件的，问完价格就说“我们也是做这个的，了解一下行情”。

客户400电话：400-887-5216，录音是客户从400系统里导出的。

谭芳
湘江汇智 客服
""",
    atts=lambda: [Att("申诉书（盖章版）.pdf", "application/pdf", pdf_scan("A15", "HP Scan"), "application/pdf"),
                  Att("通话录音-0721.wav", "audio/x-wav", wav_bytes("A15", 3.0), "audio/wav")],
    fields=F(partner="株洲湘江汇智网络科技有限公司", client="株洲荷塘联诚轨道交通配件有限公司", lead_ids=["2607210009"],
             pushed_at=T(2026, 7, 21, 8, 5), objected_at=T(2026, 7, 21, 13, 30), reason_code=1),
    accept={"partner": ["湘江汇智"], "client": ["联诚轨交"]},
    prov={"pushed_at": ["07-21 08:05"], "objected_at": ["07-21 下午1点半"], "reason_code": ["同行恶意询价"]},
    notes="163 webmail (Coremail, GBK) with two attachments: a scanned, stamped PDF form (image only, no text layer) and a WAV "
          "recording declared audio/x-wav; client labelled 客户名称; times 'MM-DD HH:MM' and '07-21 下午1点半' (点半 after "
          "下午); 10-digit lead id next to a 400 hotline '400-887-5216' (not an id); code 1 with evidence.")

# ------------------------------------------------------------ adjustments --

D01_ROWS = [("序号", "商机编号", "是否精准", "客户反馈"),
            ("1", "SJ20260622-0035", "精准", "辊道窑，已报价"),
            ("2", "SJ20260625-0011", "不精准", "要日用陶瓷成品，客户不做"),
            ("3", "SJ20260629-0048", "精准", "压砖机，在谈"),
            ("4", "SJ20260702-0006", "精准", "施釉线设备，已约看厂"),
            ("5", "SJ20260706-0027", "不精准", "个人咨询陶艺拉坯机")]
D01_BLOCKS = ["总部好：\n\n合作商：淄博齐鲁工联信息科技有限公司\n客户：淄博张店华岳陶瓷机械有限公司\n\n最近5条商机客户反馈如下：",
              ("table", D01_ROWS),
              "\n调整建议：\n1. 新增关键词：辊道窑、陶瓷压砖机\n2. 删除关键词：陶艺设备、陶瓷杯\n3. 不做产品：日用陶瓷成品、陶艺拉坯机\n"
              "4. 目标人群：陶瓷厂、建材企业，个人不要\n\n孙倩\n齐鲁工联 客服部"]

add(key="D01", kind="adjustment", client="qq", from_name="孙倩", from_addr="1586027731@qq.com",
    date=T(2026, 7, 8, 14, 6, 55),
    subject="华岳陶机5条商机反馈+调整建议",
    blocks=D01_BLOCKS, text=blocks_text(D01_BLOCKS),
    fields=F(partner="淄博齐鲁工联信息科技有限公司", client="淄博张店华岳陶瓷机械有限公司",
             lead_ids=["SJ20260622-0035", "SJ20260625-0011", "SJ20260629-0048", "SJ20260702-0006", "SJ20260706-0027"],
             lead_count=5),
    accept={"partner": ["齐鲁工联"], "client": ["华岳陶机"]},
    prov={"lead_count": ["5条"]},
    extra={"keywords_add": ["辊道窑", "陶瓷压砖机"], "keywords_remove": ["陶艺设备", "陶瓷杯"],
           "excluded_products": ["日用陶瓷成品", "陶艺拉坯机"], "audience": ["陶瓷厂", "建材企业"]},
    notes="QQ Mail (gb18030): the five leads are an HTML <table> (text/plain alternative: tab-separated rows with a 序号 column "
          "1-5 that is not an id); numbered proposals '1.'-'4.' are distractors; audience proposal.")

add(key="D02", kind="adjustment", client="outlook", outlook_ver="15.0", from_name="付俊", from_addr="fujun@balingys.com",
    date=T(2026, 7, 10, 9, 15, 40),
    subject="转发: 湘北石化10条商机调整意见（草稿）",
    text="""总部好，

下面是我们客服同事整理的湘北石化最近10条商机的反馈和调整意见，已经和客户确认过，请总部按此调整推广。

付俊
岳阳巴陵云商信息技术有限公司 运营部

-----原始邮件-----
发件人: 彭亚楠 [mailto:pengyanan@balingys.com]\x20
发送时间: 2026年7月9日 18:22
收件人: 付俊 <fujun@balingys.com>
主题: 湘北石化10条商机调整意见（草稿）

付总，湘北石化（岳阳云溪区湘北石化设备制造有限公司）10条商机整理如下：

第一，XP-2606-0412，精准，换热器，已报价；
第二，XP-2606-0437，精准，压力容器，在谈；
第三，XP-2606-0459，不精准，要二手反应釜；
第四，XP-2606-0470，精准，塔器，已约技术交流；
第五，XP-2606-0488，不精准，问的是石化工程安装劳务；
第六，XP-2607-0003，精准，储罐，已报价；
第七，XP-2607-0019，精准，换热器，已成交1台；
第八，XP-2607-0026，不精准，要不锈钢水箱，客户不做；
第九，XP-2607-0041，精准，分离器，在谈；
第十，XP-2607-0058，不精准，个人问家用储水罐。

建议：
一、不做产品：二手设备、工程安装劳务、民用水箱水罐；
二、新增关键词：管壳式换热器、压力容器定制；
三、删除关键词：储水罐；
四、客服话术：先问设计压力、介质和材质（Q345R/S30408）。

彭亚楠
""",
    fields=F(partner="岳阳巴陵云商信息技术有限公司", client="岳阳云溪区湘北石化设备制造有限公司",
             lead_ids=["XP-2606-0412", "XP-2606-0437", "XP-2606-0459", "XP-2606-0470", "XP-2606-0488",
                       "XP-2607-0003", "XP-2607-0019", "XP-2607-0026", "XP-2607-0041", "XP-2607-0058"],
             lead_count=10),
    accept={"client": ["湘北石化"]},
    prov={"lead_count": ["10条"]},
    extra={"keywords_add": ["管壳式换热器", "压力容器定制"], "keywords_remove": ["储水罐"],
           "excluded_products": ["二手设备", "工程安装劳务", "民用水箱水罐"], "audience": []},
    notes="Outlook 2013 zh-CN '转发:' of a colleague's draft (inline '-----原始邮件-----'): every lead id and the client's full "
          "name (in parentheses) are inside the forwarded part, which counts for an adjustment; ids listed with Chinese "
          "ordinals 第一…第十 and proposals with 一、二、…; steel grades Q345R/S30408 and '1台' are distractors.")

add(key="D03", kind="adjustment", client="wecom", from_name="柯敏", from_addr="kemin@xysl.net.cn",
    date=T(2026, 7, 13, 10, 31, 26),
    subject="江工矿机 第2批10条询盘反馈",
    text="""总部好，

江工矿机本批10条询盘的客户反馈见附件表格（精准7条，不精准3条）。

建议：
1、新增关键词：圆锥破碎机、移动破碎站
2、删除关键词：小型家用粉碎机
3、不做产品：饲料粉碎机、中药粉碎机
4、推广人群：矿山、砂石料场、建筑垃圾处理企业

柯敏
九江浔阳商联网络科技有限公司
""",
    atts=lambda: [Att("江工矿机询盘反馈(第2批).xlsx", "application/octet-stream", make_xlsx("反馈", [
        ("询盘反馈表（第2批）", None, None, None, None),
        ("合作商", "九江浔阳商联网络科技有限公司", None, None, None),
        ("客户", "九江濂溪区江工矿山机械有限公司", None, None, None),
        (None, None, None, None, None),
        ("序号", "商机编号", "推送日期", "是否精准", "客户反馈"),
        (1, "SJ20260618-0042", dt.date(2026, 6, 18), "是", "颚式破碎机，已报价"),
        (2, "SJ20260620-0007", dt.date(2026, 6, 20), "是", "制砂机，在谈"),
        (3, "SJ20260623-0031", dt.date(2026, 6, 23), "否", "饲料粉碎机，客户不做"),
        (4, "SJ20260624-0016", dt.date(2026, 6, 24), "是", "反击式破碎机，已约看厂"),
        (5, "SJ20260627-0054", dt.date(2026, 6, 27), "是", "圆锥破碎机"),
        (6, "SJ20260630-0009", dt.date(2026, 6, 30), "否", "中药粉碎机"),
        (7, "SJ20260702-0038", dt.date(2026, 7, 2), "是", "移动破碎站，已报价"),
        (8, "SJ20260705-0012", dt.date(2026, 7, 5), "是", "颚式破碎机，已成交1台"),
        (9, "SJ20260707-0046", dt.date(2026, 7, 7), "否", "个人问家用小粉碎机"),
        (10, "SJ20260709-0025", dt.date(2026, 7, 9), "是", "振动筛"),
    ], "柯敏", T(2026, 7, 13, 10, 10), widths=[8, 20, 14, 10, 30]), MIME_XLSX)],
    fields=F(partner="九江浔阳商联网络科技有限公司", client="九江濂溪区江工矿山机械有限公司",
             lead_ids=["SJ20260618-0042", "SJ20260620-0007", "SJ20260623-0031", "SJ20260624-0016", "SJ20260627-0054",
                       "SJ20260630-0009", "SJ20260702-0038", "SJ20260705-0012", "SJ20260707-0046", "SJ20260709-0025"],
             lead_count=10),
    accept={"client": ["江工矿机"]},
    prov={"lead_count": ["10条"]},
    extra={"keywords_add": ["圆锥破碎机", "移动破碎站"], "keywords_remove": ["小型家用粉碎机"],
           "excluded_products": ["饲料粉碎机", "中药粉碎机"], "audience": ["矿山", "砂石料场", "建筑垃圾处理企业"]},
    notes="WeCom / Exmail (UTF-8 base64); the ten lead ids and the client's full name only in the .xlsx (declared "
          "application/octet-stream; date cells; ASCII parentheses in the file name); '第2批' in the subject and the 7/3 split "
          "are distractors; the body states '10条'.")

add(key="D04", kind="adjustment", client="iphone", from_name="祝雨欣", from_addr="zhuyuxin@xjqilian.cn",
    date=T(2026, 7, 14, 19, 2, 37),
    subject="信州光学调整建议",
    text="""总部好，信州光学最近推的SJ20260703-0015，SJ20260706-0042、SJ20260708-0007 SJ20260710-0031,SJ20260713-
0019这几条客户都跟进了，只有两条是真买显微镜的，其余问的是望远镜和眼镜验光设备。

建议：
不做产品：望远镜、验光仪、眼镜加工设备
关键词去掉：光学仪器批发
关键词加上：生物显微镜、金相显微镜
对象主要是学校、医院检验科、工厂质检部门

上饶信江企联科技有限公司 祝雨欣

发自我的iPhone
""",
    fields=F(partner="上饶信江企联科技有限公司", client="信州光学",
             lead_ids=["SJ20260703-0015", "SJ20260706-0042", "SJ20260708-0007", "SJ20260710-0031", "SJ20260713-0019"],
             lead_count=5),
    accept={},
    prov={"lead_count": ["SJ20260703-0015", "SJ20260713-0019"]},
    extra={"keywords_add": ["生物显微镜", "金相显微镜"], "keywords_remove": ["光学仪器批发"],
           "excluded_products": ["望远镜", "验光仪", "眼镜加工设备"], "audience": ["学校", "医院检验科", "工厂质检部门"]},
    notes="iPhone Mail (text/plain UTF-8 QP); five ids in one run-on sentence separated by '，', '、', a space and an ASCII "
          "comma, the last one broken across a line after its hyphen; no count is stated (lead_count = 5 listed ids); the "
          "client is only written as the short name 信州光学; partner only in the signature line; '两条' is a distractor.")

add(key="D05", kind="adjustment", client="coremail126", from_name="钮建国", from_addr="niujg_hz@126.com",
    date=T(2026, 7, 15, 8, 57, 12),
    subject="宏力蓄电池 商机调整（5条）",
    text="""总部老师早上好：

客户：湖州长兴宏力蓄电池设备有限公司
本次反馈5条：
① SJ20260629-0013 精准 极板分片机，已报价
② SJ20260702-0040 不精准 要电动车电池成品
③ SJ20260706-0021 精准 铸焊机，在谈
④ SJ20260709-0008 不精准 问锂电池回收
⑤ SJ20260713-0036 精准 包板机，已成交1台

调整：
不做产品：电池成品、锂电池回收
新增关键词：铅酸蓄电池生产设备、铸焊机
删除关键词：电池回收

钮建国 湖州区域客服 13757281490
""",
    fields=F(client="湖州长兴宏力蓄电池设备有限公司",
             lead_ids=["SJ20260629-0013", "SJ20260702-0040", "SJ20260706-0021", "SJ20260709-0008", "SJ20260713-0036"],
             lead_count=5),
    accept={"client": ["宏力蓄电池"]},
    prov={"lead_count": ["5条"]},
    extra={"keywords_add": ["铅酸蓄电池生产设备", "铸焊机"], "keywords_remove": ["电池回收"],
           "excluded_products": ["电池成品", "锂电池回收"], "audience": []},
    notes="126 webmail (Coremail, GBK) from a personal 126.com address: the partner company is named nowhere (only a person "
          "and '湖州区域客服'), so partner is missing; ids after circled numbers ①-⑤ (NFKC turns them into digits: "
          "distractors); '1台' and a mobile number are distractors.")

add(key="D06", kind="adjustment", client="android", from_name="母婷", from_addr="muting@qbshangtong.com",
    date=T(2026, 7, 22, 20, 41, 5),
    subject="黔丰农机第3批商机调整反馈",
    text="""总部好，黔丰农机第3批10条商机客户都回访完了，精准6条，不精准4条，不精准的主要是要大型拖拉机和收割机的。
合作商：遵义黔北商通信息科技有限公司
客户：遵义汇川区黔丰农机制造有限公司
调整建议：
1.不做产品：拖拉机、联合收割机
2.目标人群：农业合作社、家庭农场、农机经销商，个人散户少推
3.话术：先问地块是丘陵还是平地、需要几马力
母婷
""",
    fields=F(partner="遵义黔北商通信息科技有限公司", client="遵义汇川区黔丰农机制造有限公司", lead_count=10),
    accept={"client": ["黔丰农机"]},
    malformed=True,
    prov={"lead_count": ["10条"]},
    extra={"keywords_add": [], "keywords_remove": [], "excluded_products": ["拖拉机", "联合收割机"],
           "audience": ["农业合作社", "家庭农场", "农机经销商"]},
    notes="Android mail app, raw 8-bit GBK Subject/From (malformed) and 8bit GBK body; a 10-lead batch given only as a count "
          "(no ids: lead_ids empty but not missing); '第3批', 6/4 and the list numbers '1.'-'3.' are distractors; audience "
          "and talking-point proposals.")

# -------------------------------------------------------------- summaries --

add(key="S01", kind="summary", client="foxmail", from_name="曾德明", from_addr="zengdm@jcshuzhi.com",
    date=T(2026, 7, 8, 10, 20, 33),
    subject="川锻重工 商机汇总反馈（推送已过六成）",
    text="""总部领导好：

合作商：德阳旌城数智网络科技有限公司
付费客户：德阳旌阳区川锻重工机械有限公司
合同商机数：一百二十条
已推送：七十三条
服务期：2025年12月1日—2026年11月30日

一、客户情况分析
1、已推送的七十三条里，客户认为精准的四十条左右，已签合同3单（空气锤2台、电液锤1台）；
2、不精准的主要是问锻件加工的，客户只卖设备不接加工；
3、客户对西南地区询盘很满意，华东询盘偏少。

二、建议解决方案
1、后续商机多推西南、西北的锻造厂和农机配件厂；
2、客户有续费意向，希望续费时把锻件加工相关词屏蔽掉，数量还是一百二十条。客户联系人刘䶮总已口头确认。

曾德明
旌城数智 客户服务部
""",
    sig_from=17,
    fields=F(partner="德阳旌城数智网络科技有限公司", client="德阳旌阳区川锻重工机械有限公司", quota=120, pushed_count=73,
             service_start="2025-12-01", service_end="2026-11-30"),
    accept={"partner": ["旌城数智"], "client": ["川锻重工"]},
    prov={"quota": ["合同商机数：一百二十条"], "pushed_count": ["已推送：七十三条"],
          "service_start": ["2025年12月1日"], "service_end": ["2026年11月30日"]},
    extra={"trigger": "lead_60", "renewal_intent": True},
    notes="Foxmail 7.2 labelled gb2312 with 䶮 (U+4DAE: GB18030 two-byte FE9F, which Python's gbk codec rejects); quota and "
          "pushed count in Chinese numerals (一百二十条 / 七十三条 = 60.8 %); period '2025年12月1日—2026年11月30日' with an em "
          "dash (time only 60 % gone: lead_60 alone); 四十条, 3单, 2台/1台 and the renewal wish 一百二十条 again are distractors.")

add(key="S02", kind="summary", client="coremail163", from_name="谭志坚", from_addr="tanzj_wy@163.com",
    date=T(2026, 7, 20, 11, 12, 48),
    subject="恒达不锈钢服务期已过70% 汇总反馈",
    text="""总部老师好：

合作商：江门市五邑商通信息技术有限公司
付费客户：江门市新会区恒达不锈钢制品有限公司
合同保障商机：180条
目前已推送：98条
服务期：2025.10.15~2026.10.14

服务期已过去76%，商机推送才到54%左右，还差82条。

客户情况分析：商用厨具询盘质量可以，去年到现在成交了15台套，主要是酒店和学校食堂；不锈钢管材、板材的询盘客户都不做。
建议解决方案：后面多推学校、医院、工厂食堂的整体厨房项目。客户续费要看最后三个月的情况再定。

谭志坚
五邑商通
""",
    fields=F(partner="江门市五邑商通信息技术有限公司", client="江门市新会区恒达不锈钢制品有限公司", quota=180, pushed_count=98,
             service_start="2025-10-15", service_end="2026-10-14"),
    accept={"partner": ["五邑商通"], "client": ["恒达不锈钢"]},
    prov={"quota": ["180条"], "pushed_count": ["98条"], "service_start": ["2025.10.15"], "service_end": ["2026.10.14"]},
    extra={"trigger": "time_70", "renewal_intent": None},
    notes="163 webmail (Coremail, GBK); 70 % time trigger (sent 2026-07-20 in a 2025-10-15..2026-10-14 period; leads 54 %); "
          "quota labelled 合同保障商机, pushed 目前已推送; period '2025.10.15~2026.10.14' with a tilde; '76%', '54%', '还差82条', "
          "'15台套' and '三个月' are distractors; renewal undecided.")

add(key="S03", kind="summary", client="wecom", from_name="钟晓敏", from_addr="zhongxm@djzhilian.com",
    date=T(2026, 7, 23, 16, 5, 17),
    subject="鑫泰模具 汇总反馈（商机+服务期双双过线）",
    text="""总部好，

鑫泰模具的商机数量和服务期都过了提醒线，合同数量、已推送、服务期见附件汇总表。

客户情况：冲压模具的询盘精准度高，已成交11套；塑胶模具询盘客户接不了。
建议：剩余商机集中在汽车零部件和家电冲压件厂；客户续费意愿强，准备签两年。

钟晓敏
惠州市东江智联网络科技有限公司
""",
    atts=lambda: [Att("鑫泰模具-商机汇总.xlsx", "application/octet-stream", make_xlsx("汇总", [
        ("商机汇总反馈表", None),
        ("合作商", "惠州市东江智联网络科技有限公司"),
        ("付费客户", "惠州市惠阳区鑫泰五金模具有限公司"),
        ("合同商机数", 150),
        ("已推送", 112),
        ("推送比例", 112 / 150),
        ("服务期开始", dt.date(2025, 9, 1)),
        ("服务期结束", dt.date(2026, 8, 31)),
        ("填表日期", dt.date(2026, 7, 23)),
    ], "钟晓敏", T(2026, 7, 23, 15, 50), widths=[14, 36]), MIME_XLSX)],
    fields=F(partner="惠州市东江智联网络科技有限公司", client="惠州市惠阳区鑫泰五金模具有限公司", quota=150, pushed_count=112,
             service_start="2025-09-01", service_end="2026-08-31"),
    accept={"client": ["鑫泰模具"]},
    prov={"quota": ["150"], "pushed_count": ["112"], "service_start": ["2025-09-01"], "service_end": ["2026-08-31"]},
    extra={"trigger": "both", "renewal_intent": True},
    notes="WeCom / Exmail; quota, pushed count, period and the client's full name only in the attached .xlsx (declared "
          "application/octet-stream; integer cells, a percentage cell 74.7 %, real date cells incl. a distractor 填表日期); "
          "both triggers (74.7 % of leads, 89 % of time); '11套' and '两年' in the body are distractors.")

S04_BLOCKS = ["总部您好：\n\n中驰刀具的商机推送已超过合同数量的60%，汇总如下：",
              ("table", [("合作商", "株洲湘江汇智网络科技有限公司"),
                         ("付费客户", "株洲天元区中驰硬质合金刀具有限公司"),
                         ("合同商机", "１５０条"),
                         ("已推送", "９２条"),
                         ("服务期", "合同原件在客户处，起止日期待确认后补充"),
                         ("客户情况", "数控刀片询盘精准，已成交8单；铣刀询盘偏少，整体刀具询盘有约三成是问焊接刀头的，客户不做"),
                         ("建议方案", "剩余商机向数控车床用户和机加工厂倾斜，屏蔽“焊接刀头”“刀具修磨”；客户倾向续费，希望续费时增加数控刀片比例")]),
              "\n龙婷\n客服部 | 株洲湘江汇智网络科技有限公司\n电话：0731-22865190"]

add(key="S04", kind="summary", client="outlook", outlook_ver="16.0", from_name="龙婷", from_addr="longting@xjhuizhi.com",
    date=T(2026, 7, 24, 17, 30, 9),
    subject="中驰刀具 商机推送已过60%汇总反馈",
    blocks=S04_BLOCKS, text=blocks_text(S04_BLOCKS),
    fields=F(partner="株洲湘江汇智网络科技有限公司", client="株洲天元区中驰硬质合金刀具有限公司", quota=150, pushed_count=92),
    accept={"client": ["中驰刀具"]},
    prov={"quota": ["１５０条"], "pushed_count": ["９２条"]},
    extra={"trigger": "lead_60", "renewal_intent": True},
    notes="Outlook 16 zh-CN; the summary is a two-column Word HTML table (text/plain alternative: tab-separated); quota and "
          "pushed count in full-width digits (１５０条 / ９２条 = 61.3 %); the service period is explicitly not given "
          "(start and end missing); '60%', '8单', '约三成' are distractors.")

add(key="S05", kind="summary", client="apple", from_name="宣明轩", from_addr="xuanmx@yueshangyun.cn",
    date=T(2026, 7, 10, 14, 48, 51),
    subject="华纺印染机械 商机汇总反馈",
    text="""总部好，

Partner 合作商：绍兴越商云网络科技有限公司
Client 付费客户：绍兴柯桥华纺印染机械有限公司
推送进度 81/135
服务期 2025.9.1-2026.8.31

客户情况：溢流染色机和定型机的询盘比较精准，成交4台；但今年印染行业整体不景气，客户订单下滑明显。
建议：剩余54条优先推浙江、福建的印染厂技改项目。
续费：客户明确表示今年不续费，等明年行情好转再考虑。

宣明轩
越商云 · 客户成功部
""",
    fields=F(partner="绍兴越商云网络科技有限公司", client="绍兴柯桥华纺印染机械有限公司", quota=135, pushed_count=81,
             service_start="2025-09-01", service_end="2026-08-31"),
    accept={"partner": ["越商云"], "client": ["华纺印染机械"]},
    prov={"quota": ["81/135"], "pushed_count": ["81/135"], "service_start": ["2025.9.1"], "service_end": ["2026.8.31"]},
    extra={"trigger": "both", "renewal_intent": False},
    notes="Apple Mail (macOS, UTF-8 QP); labels 'Partner 合作商：' / 'Client 付费客户：' and colon-less '推送进度 81/135' "
          "(pushed 81 of quota 135, exactly 60 %) and '服务期 2025.9.1-2026.8.31' (hyphen between two unpadded dotted dates; "
          "86 % of the time gone: both triggers); renewal explicitly refused; '剩余54条' and '4台' are distractors.")

# ---------------------------------------------------------------- replies --

add(key="R01", kind="reply", client="qq", from_name="黎嘉豪", from_addr="2738164095@qq.com",
    date=T(2026, 7, 6, 10, 12, 40),
    subject="回复：[DOR#SS-2026-000512] 请补充：推送时间及证据",
    in_reply_to="<need.SS-2026-000512@ptg139.com>", references=["<need.SS-2026-000512@ptg139.com>"],
    text="""总部好，推送时间是7月3日上午9点02分，客户和需求者的通话录音附上了。

黎嘉豪

------------------ 原始邮件 ------------------
发件人: "总部商机服务"<dor@ptg139.com>;
发送时间: 2026年7月3日(星期五) 下午5:40
收件人: "黎嘉豪"<2738164095@qq.com>;
主题: [DOR#SS-2026-000512] 请补充：推送时间及证据

黎嘉豪 您好：

您提交的商机申诉（案件号 SS-2026-000512）登记如下：
合作商：惠州市东江智联网络科技有限公司
付费客户：惠州市仲恺高新区博锐激光设备有限公司
商机编号：SJ20260703-0007
客户反馈时间：2026-07-03 13:30
申诉理由：同行恶意骚扰（第1条）

缺少：推送时间；第1条需要录音或截图作为证据。请回复本邮件补充，补充前计时暂停。

总部商机服务
dor@ptg139.com
""",
    atts=lambda: [Att("通话录音 (1).amr", "application/octet-stream", amr_bytes("R01", 11.0), "audio/amr")],
    fields=F(pushed_at=T(2026, 7, 3, 9, 2)),
    accept={},
    prov={"pushed_at": ["7月3日上午9点02分"]},
    notes="QQ Mail '回复：' with the case tag [DOR#SS-2026-000512] and In-Reply-To <need.…@ptg139.com>; the new text supplies "
          "only the push time ('7月3日上午9点02分', year from the Date header) and an AMR recording declared "
          "application/octet-stream (file name with a space and '(1)'); the QQ-style quoted HQ request below "
          "('------------------ 原始邮件 ------------------') lists partner, client, lead id, objection time and reason: none "
          "of it is new data.")

add(key="R02", kind="reply", client="outlook", outlook_ver="16.0", from_name="付俊", from_addr="fujun@balingys.com",
    date=T(2026, 7, 13, 8, 46, 21),
    subject="答复: 【DOR＃SS－2026－000530】推广已按调整意见完成",
    in_reply_to="<done.SS-2026-000530@ptg139.com>",
    references=["<000001dcf0a2$4c1be930$e453bb90$@balingys.com>", "<done.SS-2026-000530@ptg139.com>"],
    text="""收到，谢谢总部！这周客户那边再观察一下询盘情况，有问题再反馈。

付俊
运营部

发件人: 总部商机服务 <dor@ptg139.com>\x20
发送时间: 2026年7月11日 10:05
收件人: 付俊 <fujun@balingys.com>
主题: [DOR#SS-2026-000530] 推广已按调整意见完成

付俊 您好：

岳阳巴陵云商信息技术有限公司提交的岳阳云溪区湘北石化设备制造有限公司10条商机调整意见（案件号 SS-2026-000530），总部已于今日完成推广调整：
新增关键词：管壳式换热器、压力容器定制
删除关键词：储水罐
不做产品：二手设备、工程安装劳务、民用水箱水罐

总部商机服务
dor@ptg139.com
""",
    fields=F(),
    accept={},
    prov={},
    notes="Outlook 16 '答复:' whose tag is mangled into full-width forms 【DOR＃SS－2026－000530】 (NFKC gives DOR#SS-2026-000530); "
          "In-Reply-To <done.…@ptg139.com> and References with the partner's own earlier Message-ID; the new text has no data; "
          "the quoted HQ confirmation names partner, client, '10条' and keywords: nothing leaks, all fields null.")

add(key="R03", kind="reply", client="foxmail", from_name="费晓琳", from_addr="feixl@ntaiqf.com",
    date=T(2026, 7, 22, 9, 5, 48),
    subject="Re: DOR#SS-2026-000541 商机申诉已受理，请补充客户全称",
    in_reply_to="<need.SS-2026-000541@ptg139.com>", references=["<need.SS-2026-000541@ptg139.com>"],
    text="""总部好：

客户全称：湖州南浔德丰木业机械有限公司
商机编号没有变，还是XP-2607-0233。

费晓琳
\x20
\x20
发件人：总部商机服务
发送时间：2026-07-21 17:12
收件人：费晓琳
主题：DOR#SS-2026-000541 商机申诉已受理，请补充客户全称

费晓琳 您好：

您提交的商机申诉（SS-2026-000541）中付费客户只写了“德丰木机”，请补充客户全称。推送时间 2026-07-21 10:40、反馈时间 2026-07-21 15:05 已登记。

总部商机服务
""",
    fields=F(client="湖州南浔德丰木业机械有限公司", lead_ids=["XP-2607-0233"]),
    accept={},
    prov={},
    notes="Foxmail 7.2 'Re:' with a bracket-less tag 'DOR#SS-2026-000541' plus In-Reply-To; the new text supplies the client's "
          "full name and restates the lead id (both are reply fields); the Foxmail-style quote header ('发件人：… 发送时间：…') "
          "and the HQ text with the short name 德丰木机 and two times are quoted, not new.")

add(key="R04", kind="reply", client="iphone", from_name="祝雨欣", from_addr="zhuyuxin@xjqilian.cn",
    date=T(2026, 7, 23, 12, 40, 15),
    subject="Re: 请补充商机编号和反馈时间",
    in_reply_to="<need.SS-2026-000548@ptg139.com>", references=["<need.SS-2026-000548@ptg139.com>"],
    text="""总部好，答复写在下面每条后面：

> 在 2026年7月22日，17:55，总部商机服务 <dor@ptg139.com> 写道：
>\x20
> 祝雨欣 您好：
>\x20
> 您提交的信州光学商机申诉（SS-2026-000548）缺少以下信息：
> 1. 商机编号
SJ20260722-0012

> 2. 客户反馈时间
7月22日下午4点10分

> 请回复本邮件补充，补充前计时暂停。
>\x20
> 总部商机服务

发自我的iPhone
""",
    fields=F(lead_ids=["SJ20260722-0012"], objected_at=T(2026, 7, 22, 16, 10)),
    accept={},
    prov={"objected_at": ["7月22日下午4点10分"]},
    notes="iPhone Mail 'Re:' to an HQ request: no tag in the subject (case_ref null), the case only through In-Reply-To "
          "<need.SS-2026-000548@ptg139.com>; answers written inline between '>' quoted lines: the new text is the lead id and "
          "'7月22日下午4点10分'; the quoted '1.'/'2.' numbering, '17:55' and the client's short name are quoted, not new.")

add(key="R05", kind="reply", client="wecom", from_name="钟晓敏", from_addr="zhongxm@djzhilian.com",
    date=T(2026, 7, 24, 9, 28, 33),
    subject="Re: [DOR#SS-2026-000555] 商机汇总反馈已受理",
    in_reply_to="<ack.SS-2026-000555@ptg139.com>", references=["<ack.SS-2026-000555@ptg139.com>"],
    text="""-------- 原始邮件 --------
发件人：总部商机服务 <dor@ptg139.com>
时间：2026年7月23日 17:02
收件人：钟晓敏 <zhongxm@djzhilian.com>
主题：[DOR#SS-2026-000555] 商机汇总反馈已受理

钟晓敏 您好：

总部已收到惠州市惠阳区鑫泰五金模具有限公司的商机汇总反馈，登记信息：合同商机150条，已推送112条，服务期2025-09-01至2026-08-31。总部将在5个工作日内沟通续费方案。

总部商机服务

--------------------------------

不好意思，汇总表里已推送数填错了，应该是108条，112条是把4条已判定不计入的也算进去了。其他不变。

钟晓敏
""",
    fields=F(pushed_count=108),
    accept={},
    prov={"pushed_count": ["应该是108条"]},
    notes="WeCom 'Re:' with tag and In-Reply-To; bottom-posted: the quoted HQ acknowledgement (client, 150/112, period) comes "
          "FIRST and the partner's new text BELOW it; the new text corrects the pushed count to 108 (the '112条' and '4条' "
          "in the same new sentence are distractors); everything above the separator is quoted.")

add(key="R06", kind="reply", client="android", from_name="詹国华", from_addr="zhanguohua@xysl.net.cn",
    date=T(2026, 7, 25, 8, 10, 2),
    subject="回复: [DOR#SS-2026-000560] 江工矿机推广已调整",
    in_reply_to="<done.SS-2026-000560@ptg139.com>", references=["<done.SS-2026-000560@ptg139.com>"],
    text="""收到，客户说这两天的询盘明显准了，谢谢总部。
詹国华

-------- 原始邮件 --------
发件人：总部商机服务 <dor@ptg139.com>
日期：2026年7月24日 周五 下午6:30
收件人：詹国华 <zhanguohua@xysl.net.cn>
主题：[DOR#SS-2026-000560] 江工矿机推广已调整

詹国华 您好：

九江濂溪区江工矿山机械有限公司的推广已按九江浔阳商联网络科技有限公司7月13日提交的10条商机反馈调整完成：新增关键词圆锥破碎机、移动破碎站；屏蔽饲料粉碎机、中药粉碎机。

总部商机服务
""",
    fields=F(),
    accept={},
    malformed=True,
    prov={},
    notes="Android mail app: raw 8-bit GBK Subject '回复: [DOR#SS-2026-000560] …' and From name (malformed), 8bit GBK body; "
          "In-Reply-To <done.…@ptg139.com>; one line of thanks above an Android-style quote that names partner, client, "
          "'10条' and a date: all fields null.")

# ------------------------------------------------------------------- auto --

add(key="U01", kind="auto", client="custom", custom=build_exchange_oof, mail_client="Exchange out-of-office (zh-CN)",
    from_name="沈佳怡", from_addr="shenjiayi@ntaiqf.com",
    date=T(2026, 7, 16, 17, 40, 2),
    subject="自动答复: [DOR#SS-2026-000537] 商机申诉已受理",
    in_reply_to="<ack.SS-2026-000537@ptg139.com>", references=["<ack.SS-2026-000537@ptg139.com>"],
    text="""您好，我于7月16日至7月20日休假，期间不能及时回复邮件。
商机申诉、调整相关事宜请联系同事费晓琳（feixl@ntaiqf.com，0572-2173385转806）。

沈佳怡
湖州南太湖企服科技有限公司
""",
    fields=F(), accept={}, prov={},
    notes="Exchange out-of-office '自动答复:' (gb2312 base64) with Auto-Submitted: auto-generated, X-Auto-Response-Suppress "
          "and an X-MS-Exchange OOF marker; it carries BOTH a case tag in the subject (case_ref set) and In-Reply-To "
          "<ack.…@ptg139.com>: automatic beats reply; the body names the partner company, dates and a phone number: no fields.")

add(key="U02", kind="auto", client="custom", custom=build_postfix_dsn, mail_client="Postfix DSN (failure)",
    from_name="", from_addr="MAILER-DAEMON@mail.xysl.net.cn",
    date=T(2026, 7, 13, 10, 35, 44),
    subject="Undelivered Mail Returned to Sender",
    text="", fields=F(), accept={}, prov={},
    notes="Postfix bounce 'Undelivered Mail Returned to Sender' from MAILER-DAEMON with a comment-style From "
          "('MAILER-DAEMON@host (Mail Delivery System)'), empty Return-Path and Auto-Submitted: auto-replied; multipart/report "
          "with text/plain, message/delivery-status and text/rfc822-headers (the returned HQ headers carry the tag "
          "[DOR#SS-2026-000552] RFC 2047-encoded): no part is an attachment; the bounce's own subject has no tag.")

U03_TEXT = """尊敬的企业用户：

2026淄博机械装备博览会将于8月28日-30日在淄博国际会展中心举办，展出面积6万平方米，预计专业观众3.5万人次。

本届展会同期举办“精准商机对接会”，组委会将根据贵司主营产品推送采购商需求，现场一对一洽谈。
· 标准展位（9㎡）：6800元
· 光地（36㎡起）：680元/㎡
· 老展商续费享9折，7月31日前报名再减500元

报名热线：0533-3186600  微信：zbmexpo2026
"""

add(key="U03", kind="auto", client="custom", custom=build_bulk, mail_client="bulk EDM platform (Precedence: bulk)",
    from_name="2026淄博机械装备博览会组委会", from_addr="expo@edm.zbmexpo.com",
    date=T(2026, 7, 14, 9, 30, 0),
    subject="展位预订｜2026淄博机械装备博览会8月28-30日 精准商机对接会报名",
    text=U03_TEXT, fields=F(), accept={}, prov={},
    notes="Trade-fair newsletter through a mass-mail platform: Precedence: bulk, List-Unsubscribe (+ One-Click), VERP "
          "Return-Path, UTF-8 base64 text + HTML with a tracking pixel; it talks about 商机, 推送 and 续费 and is full of "
          "numbers, but it is automatic: no fields, never answered.")

U04_HTML = """<!DOCTYPE html><html><head><meta charset="UTF-8"></head><body>
<div style="font-family:PingFang SC,Microsoft YaHei;font-size:14px;color:#333;width:600px">
<p>尊敬的阿里云用户 ptg139：</p>
<p>您好！您账号下的域名 <b>ptg139.com</b> 将于 <b>2026-08-24</b> 到期，距今还有30天。</p>
<p>域名到期后将进入赎回期，赎回期内续费价格为原价的数倍，请及时续费，以免影响网站和企业邮箱（含 dor@ptg139.com）的正常使用。</p>
<p>续费价格：69元/年（1年）；续费3年及以上享8.5折。</p>
<p><a href="https://dc.console.aliyun.com/next/index#/domain/list/all-domain">立即续费</a></p>
<p style="color:#999;font-size:12px">此邮件为系统自动发送，请勿直接回复。</p>
<p style="color:#999;font-size:12px">阿里云计算有限公司</p>
</div></body></html>
"""

add(key="U04", kind="auto", client="custom", custom=build_noreply, mail_client="Aliyun notification (no-reply sender)",
    from_name="阿里云", from_addr="no-reply@notice.aliyun.com",
    date=T(2026, 7, 25, 3, 12, 9),
    subject="【阿里云】您的域名ptg139.com将于30天后到期，请及时续费",
    html=U04_HTML, text="", fields=F(), accept={}, prov={},
    notes="A no-reply sender (no-reply@notice.aliyun.com) with no Auto-Submitted and no Precedence header: automatic by the "
          "sender alone; a single text/html UTF-8 base64 part; the words 续费 and 到期 and the numbers look like a summary "
          "trigger, but no fields.")

# ---------------------------------------------------------------- unknown --

add(key="X01", kind="unknown", client="foxmail", from_name="陶立群", from_addr="taoliqun@yueshangyun.cn",
    date=T(2026, 7, 6, 14, 22, 10),
    subject="新签客户合同盖章件-绍兴上虞恒通化工泵阀有限公司",
    text="""总部商务部：

新签客户恒通泵阀的《商机推广服务合同》盖章件见附件，合同商机100条，服务期2026年7月10日至2027年7月9日，请总部盖章后寄回一份。

快递请寄：绍兴市越城区解放北路318号越商大厦1506室 陶立群 收，电话0575-85126637。

--
陶立群 | 客服部
绍兴越商云网络科技有限公司
""",
    sig_from=6,
    atts=lambda: [Att("商机推广服务合同-恒通泵阀（盖章）.pdf", "application/pdf", pdf_scan("X01", "Canon iR-ADV C3520"), "application/pdf")],
    fields=F(), accept={}, prov={},
    notes="Foxmail 7.2: contract paperwork (a stamped contract PDF to be countersigned) from a known partner: none of the three "
          "requests, so unknown; it names the partner, the client's full name, a quota (100条) and a service period, which "
          "must NOT be read as a summary; the PDF is role form by its type.")

add(key="X02", kind="unknown", client="iphone", from_name="祝雨欣", from_addr="zhuyuxin@xjqilian.cn",
    date=T(2026, 7, 20, 9, 2, 44),
    subject="上周的申诉怎么还没有结果？",
    text="""总部好，

7月13日提交的信州光学那条申诉（SJ20260711-0026）到今天已经一周了，还没收到判定结果，系统里也查不到，麻烦帮忙看一下进度。之前发的邮件截图附上：
""",
    text_after="""
祝雨欣
上饶信江企联科技有限公司

发自我的iPhone
""",
    atts=lambda: [Att("IMG_5512.PNG", "image/png", chat_screenshot("X02", size=(390, 700), green=(255, 255, 255)), "image/png",
                      inline=True)],
    fields=F(), accept={}, prov={},
    notes="iPhone Mail status question about an earlier appeal: no case tag, no In-Reply-To/References, so not a reply; not a "
          "new request either (unknown); it names a lead id, a date and the partner, none of which become fields; the "
          "screenshot is an iOS inline part (Content-Disposition: inline; filename=IMG_5512.PNG, upper-case extension) between "
          "two text/plain parts.")

X03_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head>
<body><p>您好！贵公司的推广负责人：</p>
<p>我司专业提供以下服务：<br>
1、B2B平台精准商机推送，每月300条询盘保底，不精准可申诉退换；<br>
2、各类增值税发票代开，点数低至1.5%；<br>
3、企业微信/抖音代运营，7天见效。</p>
<p>联系人：王经理　手机/微信：18873916625　QQ：2861904431</p>
<p>（如不需要请忽略本邮件）</p></body></html>
"""

add(key="X03", kind="unknown", client="custom", custom=build_spam, mail_client="spam (Outlook Express 6 forgery, GB2312)",
    from_name="王经理", from_addr="sales@hy-fapiao88.top",
    date=T(2026, 7, 19, 2, 41, 17),
    subject="贵公司商机推广需要吗？精准询盘+代开发票",
    html=X03_HTML, text="", fields=F(), accept={}, prov={},
    notes="Spam from an unknown sender (claims Outlook Express 6; single text/html GB2312 base64; Received from an 'unknown' "
          "host): it uses the words 商机, 询盘 and 申诉 and has '300条' but it is none of the three requests and carries no "
          "automatic markers, so unknown with no fields.")

add(key="X04", kind="unknown", client="wecom", from_name="彭亚楠", from_addr="pengyanan@balingys.com",
    date=T(2026, 7, 21, 10, 15, 37),
    subject="7月合作商培训会参会回执-巴陵云商",
    text="""总部好，

附件是我司参加7月30日线上合作商培训会的回执（3人），请查收。另外想问一下，这次培训会会讲商机申诉书的新模板吗？

彭亚楠
岳阳巴陵云商信息技术有限公司
""",
    atts=lambda: [Att("参会回执-巴陵云商.xlsx", "application/octet-stream", make_xlsx("回执", [
        ("单位", "姓名", "职务", "手机"),
        ("岳阳巴陵云商信息技术有限公司", "彭亚楠", "客服主管", "13874021956"),
        ("岳阳巴陵云商信息技术有限公司", "付俊", "运营经理", "13607302214"),
        ("岳阳巴陵云商信息技术有限公司", "李思琪", "客服专员", "18673013578"),
    ], "彭亚楠", T(2026, 7, 21, 10, 0), widths=[32, 10, 10, 14]), MIME_XLSX)],
    fields=F(), accept={}, prov={},
    notes="WeCom / Exmail: a training-session registration form (.xlsx declared application/octet-stream, role form by its "
          "type) plus a question about the appeal template: unknown, no fields, although '申诉书', the partner's name and "
          "phone numbers appear.")


# --------------------------------------------------------------------------
# labels
# --------------------------------------------------------------------------

CASE_RE = re.compile(r"DOR#(SS-\d{4}-\d{6})")
THREAD_RE = re.compile(r"<[^>]*?(SS-\d{4}-\d{6})[^>]*@ptg139\.com>")

CHARSETS = {
    "qq": "gb18030 (base64)", "wecom": "utf-8 (base64)", "coremail163": "GBK (base64)", "coremail126": "GBK (base64)",
    "foxmail": "gb2312 label, GB18030 bytes (base64/QP)", "outlook": "gb2312 label, GB18030 bytes (base64)",
    "outlook365": "gb2312 label, GB18030 bytes (base64)", "apple": "utf-8 (quoted-printable)",
    "iphone": "utf-8 (quoted-printable)", "android": "GBK 8bit, raw 8-bit headers",
}
CUSTOM_CHARSETS = {"U01": "gb2312 label, GB18030 bytes (base64)", "U02": "us-ascii (7bit)", "U03": "utf-8 (base64)",
                   "U04": "utf-8 (base64)", "X03": "GB2312 (base64)"}


def mail_client_name(s) -> str:
    if s.get("mail_client"):
        return s["mail_client"]
    if s["client"] == "outlook":
        return {"14.0": "Outlook 2010 (zh-CN)", "15.0": "Outlook 2013 (zh-CN)"}.get(s.get("outlook_ver", "16.0"), "Outlook 16 (zh-CN)")
    return CLIENT_NAMES[s["client"]]


def charset_of(s) -> str:
    return CUSTOM_CHARSETS.get(s["key"]) or CHARSETS[s["client"]]


def compute_missing(kind: str, f: dict, atts: list[Att]) -> list[str]:
    return rules.missing_fields(kind, f, [a.role for a in atts])


def summary_trigger(s) -> str | None:
    f = s["fields"]
    lead = f["quota"] and f["pushed_count"] is not None and f["pushed_count"] / f["quota"] >= 0.6
    time70 = False
    if f["service_start"] and f["service_end"]:
        a = dt.date.fromisoformat(f["service_start"])
        b = dt.date.fromisoformat(f["service_end"]) + dt.timedelta(days=1)
        now = s["date"].astimezone(TZ8).date()
        time70 = (now - a).days / (b - a).days >= 0.7
    return {(True, True): "both", (True, False): "lead_60", (False, True): "time_70"}.get((bool(lead), bool(time70)))


def build_one(s) -> tuple[bytes, dict]:
    r = rng("msg:" + s["key"])
    atts = s["atts"]() if callable(s.get("atts")) else []
    s = dict(s, atts=atts)
    raw, mid = BUILDERS[s["client"]](s, r)
    assert b"\n" not in raw.replace(CRLF, b""), s["key"]
    f = {k: (iso(v) if isinstance(v, dt.datetime) else v) for k, v in s["fields"].items()}
    kind = s["kind"]
    if kind in ("auto", "unknown"):
        assert all(v in (None, []) for v in f.values()), s["key"]
    subj_n = unicodedata.normalize("NFKC", s["subject"])
    m = CASE_RE.search(subj_n)
    thread_ids = [s.get("in_reply_to") or ""] + list(s.get("references") or [])
    tcr = None
    for t in thread_ids:
        mm = THREAD_RE.search(t or "")
        if mm:
            tcr = mm.group(1)
    label = {
        "kind": kind,
        "message_id": mid,
        "sender": s["from_addr"],
        "subject": s["subject"],
        "case_ref": m.group(1) if m else None,
        "fields": f,
        "missing": compute_missing(kind, f, atts),
        "attachments": [a.label() for a in atts],
        "notes": s["notes"],
        "mail_client": mail_client_name(s),
        "accept": s.get("accept", {}),
    }
    if tcr:
        label["thread_case_ref"] = tcr
    if kind == "appeal":
        label["checks"] = {
            "objection_within_8h": rules.within_8h(s["fields"]["pushed_at"], s["fields"]["objected_at"]),
            "evidence_present": rules.evidence_present(a.role for a in atts),
        }
    if kind in ("adjustment", "summary"):
        label["extra"] = s["extra"]
    if kind == "summary":
        assert summary_trigger(s) == s["extra"]["trigger"], (s["key"], summary_trigger(s))
    if s.get("malformed"):
        label["malformed"] = True
    label["source_key"] = s["key"]
    label["charset"] = charset_of(s)
    label["provenance"] = s.get("prov", {})
    return raw, label


def order() -> list[dict]:
    specs = list(SPECS)
    rng("order").shuffle(specs)
    return specs


def build_all() -> dict[str, bytes]:
    """name -> bytes for every output file (the .eml, the .expected.json and README.md)."""
    keys = [s["key"] for s in SPECS]
    assert len(keys) == len(set(keys)) == 40, len(keys)
    out: dict[str, bytes] = {}
    rows = []
    for i, s in enumerate(order(), 1):
        raw, label = build_one(s)
        name = f"{i:03d}"
        out[name + ".eml"] = raw
        out[name + ".expected.json"] = (json.dumps(label, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
        rows.append((name, label))
    kinds = {}
    for _, lab in rows:
        kinds[lab["kind"]] = kinds.get(lab["kind"], 0) + 1
    assert kinds == MIX, kinds
    out["README.md"] = readme(rows).encode("utf-8")
    return out


def _count(rows, key) -> list[tuple[str, int]]:
    c: dict[str, int] = {}
    for _, lab in rows:
        c[lab[key]] = c.get(lab[key], 0) + 1
    return sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))


README_HEAD = """# Blind set 3 for `maild parse`

Forty partner mails to `dor@ptg139.com`, labelled by hand and built byte by byte the way each mail client writes
them, for measuring the parser blind. Nothing here was derived from `parsers/`, `maild/` or `tests/`: the set
follows only `shared/spec/DOMAIN.md`, the seed process document and the conventions in `shared/samples/README.md`.
All companies, people, phone numbers, lead ids and case ids are invented (cities 惠州, 江门, 湖州, 绍兴, 淄博, 株洲, 岳阳,
九江, 上饶, 德阳, 遵义; none of the samples' companies).

The `NNN.eml` / `NNN.expected.json` files live in `tests/mail/blind3/`; the scripts and this README in
`tools/corpus/blind3/`.

- `generate.py` - the deterministic generator (fixed seed, fixed timestamps, re-packed .docx/.xlsx zips): rerunning it
  rewrites identical bytes. `python -B tools/corpus/blind3/generate.py`
- `check.py` - validation with Python's `email` package: every .eml parses, CRLF only, the trace headers are on top,
  message_id / sender / subject / case_ref / thread ids match the headers, the attachment list (by the samples'
  rules) matches with decoded size, sha256, declared and sniffed type, role and inline flag, `missing` matches the
  rules, auto/unknown have no fields, every labelled name, alias and lead id appears in the decoded text (body,
  HTML, forwarded and attached messages, .docx/.xlsx), so does each provenance snippet, and a fresh in-memory run of
  the generator gives the same bytes. `python -B tools/corpus/blind3/check.py`
- `NNN.eml` + `NNN.expected.json` - the message and its label, with the samples' keys (`kind`, `message_id`,
  `sender`, `subject`, `case_ref`, `fields`, `missing`, `attachments` with `detected_type` and `inline`, `notes`,
  `mail_client`, `accept`, and where relevant `thread_case_ref`, `checks`, `extra`, `malformed`, `source_key`) plus
  two extras: `charset` (what the client wrote) and `provenance` (for each non-name field, the literal text it was
  read from; check.py verifies those snippets occur in the decoded message).

Compare as the samples README says: kind, message_id, sender, subject, case_ref and attachments (filename,
content_type, size, sha256, role) exactly, `missing` as a set, fields exactly for appeal/adjustment/summary (NFKC both
sides; partner/client may match an `accept` alias; times as instants), fields of replies as information, and for
auto/unknown only that no case fields are invented.

"""

README_DECISIONS = """
## Labelling decisions worth knowing

- **A time that is not a time** (`A07`): '推送时间：忘记看了，客户说是中午前后' gives no usable instant, so `pushed_at` is
  null and listed as missing. A parser that turns 中午 into 12:00 is wrong here.
- **Date-less times** (`A02` '反馈时间 15点05', `A13` '20日14时整'): the missing day/month/year is the one of the push time and
  of the Date header (they agree in both mails), the natural reading.
- **UTC Date header** (`A05`): Exchange Online writes `+0000`; 今天/昨天 are resolved on the Asia/Shanghai calendar day
  of that instant (7月14日), not on the UTC day (13th).
- **Short name only** (`A05` 中驰刀具, `D04` 信州光学): when a company is never written in full, the short form is the
  fullest form written and is the label; `accept` is then empty.
- **Partner only via the mailbox** (`D05`): a personal 126.com sender whose mail never names its company: partner is
  null and missing (the samples' rule: a company known only from the sender address does not count).
- **Forwarded content counts** for requests (`A04`, `A11`, `D02`): the client's full name (and in `D02` every id) is
  only inside the forwarded or attached message.
- **message/rfc822 attachment** (`A11`): the embedded mail has a file name and Content-Disposition: attachment, so it
  is listed; `size`/`sha256` are those of the part body (the embedded message bytes exactly as carried, 7bit), role
  `other`, declared and detected `message/rfc822`. The multipart/report parts of the bounce (`U02`) are unnamed and
  are not attachments.
- **Inline** is true for a part with `Content-Disposition: inline` (`X02`, iOS) and for a named, disposition-less part
  referenced by `cid:` inside multipart/related (`A09`).
- **Reply fields** come only from the reply's new text: `R01` pushed_at, `R03` client + lead id (the lead id is
  re-stated by the partner, so it counts), `R04` lead id + objected_at from answers written between quoted lines,
  `R05` pushed_count 108 written below a bottom-posted quote. Signatures in replies carry no company name, so no
  signature-versus-field question arises.
- **Status question and paperwork are unknown** (`X02`, `X01`): no thread header, no tag, not one of the three
  requests, even though a lead id, a quota or a period is named.
- **reason_code null** (`A14`): price pressure / credit terms match none of the five criteria.
- **Lead ids** are NFKC-normalised (`A13` full-width) and re-joined when a line break splits them after the hyphen
  (`A12`, `D04`); case ids (SS-…), model numbers, phone numbers, list ordinals (①, 第一, 1.) and file-name dates are not
  lead ids.
"""


def readme(rows) -> str:
    out = [README_HEAD]
    out.append("## Counts\n\n| kind | n |\n|---|---|\n")
    for k in MIX:
        out.append("| {} | {} |\n".format(k, sum(1 for _, lab in rows if lab["kind"] == k)))
    out.append("\n| mail client | n |\n|---|---|\n")
    for k, n in _count(rows, "mail_client"):
        out.append(f"| {k} | {n} |\n")
    out.append("\n| charset as written | n |\n|---|---|\n")
    for k, n in _count(rows, "charset"):
        out.append(f"| {k} | {n} |\n")
    out.append("\n## Files\n\n| file | kind | key | mail client | what it exercises |\n|---|---|---|---|---|\n")
    for name, lab in rows:
        out.append("| {} | {} | {} | {} | {} |\n".format(name, lab["kind"], lab["source_key"], lab["mail_client"],
                                                  lab["notes"].replace("|", "\\|")))
    out.append(README_DECISIONS)
    return "".join(out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", help="write everything, README.md included, into this directory "
                                   "(default: the set into tests/mail/blind3, README.md next to this script)")
    out, readme_path = layout.outputs("blind3", ap.parse_args(argv).out)
    out.mkdir(parents=True, exist_ok=True)
    files = build_all()
    for name, data in files.items():
        (readme_path if name == "README.md" else out / name).write_bytes(data)
    print(f"wrote {len(files) - 1} files to {out} and {readme_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
