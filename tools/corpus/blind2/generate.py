#!/usr/bin/env python3
"""Blind evaluation set 2 for `maild parse` - deterministic generator.

Writes NNN.eml (raw RFC 5322 bytes as the named mail client writes them, CRLF,
receiving-server trace headers on top) and NNN.expected.json (the labels, in
the keys of /work/shared/samples) into tests/mail/blind2.  Everything is fictitious.

Fixed seeds only (one random.Random per message, seeded by its key); zip
containers (.docx/.xlsx) get fixed member timestamps and fixed core.xml dates,
so a rerun produces identical bytes.

    python tools/corpus/blind2/generate.py [--out DIR]   # (re)write the 45 pairs
"""
import argparse
import base64
import datetime as _dt
import html as _html
import io
import json
import math
import os
import random
import re
import struct
import sys

import openpyxl
from PIL import Image, ImageDraw

sys.path.insert(1, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # tools/corpus: shared modules

import layout
import rules
from checkkit import docx_text, nfkc, xlsx_text
from mimekit import (
    CRLF,
    CST,
    CT_DOCX,
    CT_XLSX,
    HQ,
    M4A_FTYP,
    amr,
    b64_body,
    box,
    digits,
    docx_document,
    ew_fit,
    ew_word,
    fill_sheet,
    header_block,
    hexs,
    id3v23,
    leaf,
    local,
    multipart_body,
    pdf_file,
    qp,
    repack_zip,
    rfcdate,
    saved,
)

TZ = CST
FIELD_KEYS = rules.FIELD_KEYS

# --------------------------------------------------------------------------
# companies (fictitious).  full name -> short forms a partner may write
# --------------------------------------------------------------------------
ALIASES = {
    # partners
    "东莞市莞企通网络科技有限公司": ["莞企通"],
    "南通江海商联信息技术有限公司": ["江海商联"],
    "嘉兴禾城云企网络服务有限公司": ["禾城云企"],
    "保定莲池网联科技有限公司": ["莲池网联"],
    "宜昌三峡智联网络科技有限公司": ["三峡智联"],
    "赣州章贡商通网络科技有限公司": ["章贡商通"],
    "漳州芗江企航信息科技有限公司": ["芗江企航"],
    "盐城黄海企服网络科技有限公司": ["黄海企服"],
    # clients
    "东莞市长安精拓五金模具有限公司": ["精拓模具", "精拓五金"],
    "东莞市虎门锐达数控设备有限公司": ["锐达数控"],
    "南通海门宏泰纺织机械有限公司": ["宏泰纺机", "宏泰纺织机械"],
    "南通通州鑫源起重设备有限公司": ["鑫源起重"],
    "嘉兴南湖正阳阀门制造有限公司": ["正阳阀门"],
    "嘉兴秀洲华特电机有限公司": ["华特电机"],
    "保定市清苑金诺锅炉制造有限公司": ["金诺锅炉"],
    "保定高碑店奥凯门窗设备有限公司": ["奥凯门窗"],
    "宜昌夷陵鑫达矿山机械有限公司": ["鑫达矿机", "鑫达矿山机械"],
    "湖北宜昌长江船舶配件有限公司": ["长江船配", "长江船舶配件"],
    "赣州南康恒瑞木工机械有限公司": ["恒瑞木工"],
    "赣州稀金永磁电机有限公司": ["稀金电机", "稀金永磁"],
    "漳州龙海佳盛食品机械有限公司": ["佳盛食品机械", "佳盛机械"],
    "漳州台商投资区闽丰液压设备有限公司": ["闽丰液压"],
    "盐城大丰力诺环保设备有限公司": ["力诺环保"],
    "盐城亭湖华联汽车检测设备有限公司": ["华联检测", "华联汽车检测"],
}


# --------------------------------------------------------------------------
# small encoders
# --------------------------------------------------------------------------
def codec(label):
    lab = label.lower()
    if lab in ("gb2312", "gbk", "gb18030"):
        return "gb18030"
    return "utf-8"


def enc_text(text, label):
    """Body text -> bytes with CRLF line ends in the label's real encoding."""
    text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    if label.lower() == "gbk":
        text.encode("gbk")  # a GBK-labelled body must really be GBK
    return text.encode(codec(label))


def ew(text, label, enc="B", maxlen=75):
    """RFC 2047 encoded words (list), split on character boundaries."""
    return ew_fit(text, label, codec(label), enc, maxlen)


def ew1(text, label, enc="B"):
    return ew_word(text, label, codec(label), enc)


def subj_header(text, label, enc="B", maxlen=75):
    ws = ew(text, label, enc, maxlen)
    return "Subject: " + "\r\n ".join(ws)


def rfc2231(text, charset="utf-8"):
    return charset + "''" + "".join(
        chr(b) if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122 or chr(b) in "-_.") else f"%{b:02X}"
        for b in text.encode(codec(charset)))


def rfc2231_params(name, text, charset="utf-8", chunk=60):
    """name*=... or name*0*=...; name*1*=... continuations (Apple Mail)."""
    val = rfc2231(text, charset)
    if len(val) <= chunk:
        return [f"{name}*={val}"]
    head, rest = val.split("''", 1)
    toks = re.findall(r"%[0-9A-F]{2}|.", rest)
    chunks, cur = [], head + "''"
    for t in toks:
        if len(cur) + len(t) > chunk:
            chunks.append(cur)
            cur = ""
        cur += t
    chunks.append(cur)
    return [f"{name}*{i}*={ch}" for i, ch in enumerate(chunks)]


def dt(y, mo, d, h=0, mi=0, s=0):
    return _dt.datetime(y, mo, d, h, mi, s, tzinfo=TZ)


def iso(d):
    return d.isoformat() if d else None


def html_lines(text):
    out = []
    for line in text.split("\n"):
        out.append("<div>{}</div>".format(_html.escape(line, quote=False) if line.strip() else "<br>"))
    return "".join(out)


# --------------------------------------------------------------------------
# attachment payloads (deterministic)
# --------------------------------------------------------------------------
def _noise_block(rng, img, x, y, w, h):
    px = img.load()
    for i in range(w):
        for j in range(h):
            px[x + i, y + j] = (rng.randrange(256), rng.randrange(256), rng.randrange(256))


def png_screenshot(rng, w=540, h=960, style="chat"):
    img = Image.new("RGB", (w, h), (237, 237, 237))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, w, 64], fill=(40, 40, 40) if style == "call" else (245, 245, 245))
    y = 90
    while y < h - 120:
        left = rng.random() < 0.5
        bw = rng.randrange(120, w - 140)
        bh = rng.randrange(40, 110)
        x0 = 80 if left else w - 80 - bw
        d.rectangle([x0, y, x0 + bw, y + bh], fill=(255, 255, 255) if left else (149, 236, 105))
        for ly in range(y + 12, y + bh - 10, 22):
            lw = rng.randrange(40, bw - 20)
            d.rectangle([x0 + 10, ly, x0 + 10 + lw, ly + 8], fill=(60, 60, 60))
        _noise_block(rng, img, 14 if left else w - 62, y, 48, 48)
        y += bh + rng.randrange(24, 60)
    d.rectangle([0, h - 80, w, h], fill=(247, 247, 247))
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def jpeg_photo(rng, w=720, h=1280):
    img = Image.new("RGB", (w, h))
    px = img.load()
    a, b, c = rng.randrange(256), rng.randrange(256), rng.randrange(256)
    for x in range(0, w):
        for y in range(0, h, 1):
            px[x, y] = ((a + x // 3) % 256, (b + y // 5) % 256, (c + (x + y) // 7) % 256)
    d = ImageDraw.Draw(img)
    for _ in range(40):
        x0, y0 = rng.randrange(w), rng.randrange(h)
        d.rectangle([x0, y0, x0 + rng.randrange(20, 200), y0 + rng.randrange(8, 30)],
                    fill=(rng.randrange(256), rng.randrange(256), rng.randrange(256)))
    _noise_block(rng, img, 100, 300, 160, 160)
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=82)
    return buf.getvalue()


def amr_audio(rng, seconds=6):
    return amr(seconds * 50, lambda: rng.randbytes(31))


def mp3_audio(rng, frames=220):
    out = id3v23(b"TIT2" + struct.pack(">I", 9) + b"\x00\x00" + b"\x00" + b"rec 0617")
    for _ in range(frames):
        out += b"\xff\xfb\x90\x64" + rng.randbytes(417 - 4)
    return out


def wav_audio(rng, seconds=3, rate=8000):
    n = seconds * rate
    samples = b"".join(struct.pack("<h", int(9000 * math.sin(2 * math.pi * 440 * i / rate)) + rng.randrange(-800, 800))
                       for i in range(n))
    hdr = b"RIFF" + struct.pack("<I", 36 + len(samples)) + b"WAVE"
    hdr += b"fmt " + struct.pack("<IHHIIHH", 16, 1, 1, rate, rate * 2, 2, 16)
    hdr += b"data" + struct.pack("<I", len(samples))
    return hdr + samples


def m4a_audio(rng, nbytes=22000):
    return M4A_FTYP + box(b"free") + box(b"mdat", rng.randbytes(nbytes))


def aac_audio(rng, frames=120):
    out = b""
    for _ in range(frames):
        payload = rng.randbytes(rng.randrange(180, 260))
        flen = 7 + len(payload)
        # syncword FFF, MPEG-4, layer 0, no CRC; LC, 16 kHz (idx 8), mono
        h = bytes([0xFF, 0xF1, (1 << 6) | (8 << 2) | 0, (1 << 6) | ((flen >> 11) & 0x3),
                   (flen >> 3) & 0xFF, ((flen & 0x7) << 5) | 0x1F, 0xFC])
        out += h + payload
    return out


def pdf_doc(lines):
    content = "BT /F1 14 Tf 72 760 Td 18 TL\n" + "".join(f"({line}) Tj T*\n" for line in lines) + "ET\n"
    return pdf_file([o.encode("latin-1") for o in (
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content)} >>\nstream\n{content}endstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")])


def normalize_zip(data, when):
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    return repack_zip(data, when.timetuple()[:6], mode=0o600, core=lambda b: re.sub(
        rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)", rb"\g<1>" + stamp + rb"\g<2>", b))


def make_docx(when, title, rows, header=None, paras_before=(), paras_after=(), author="admin"):
    d = docx_document(title, rows, header=header, paras_before=paras_before, paras_after=paras_after)
    d.core_properties.author = author
    d.core_properties.last_modified_by = author
    d.core_properties.title = ""
    d.core_properties.comments = ""
    return normalize_zip(saved(d), when.astimezone(_dt.UTC))


def make_xlsx(when, sheet_title, rows, widths=None, merge_title=None):
    """rows: list of lists; datetime/date/int/str values are written as such."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet_title
    fill_sheet(ws, ([v.replace(tzinfo=None) if isinstance(v, _dt.datetime) else v for v in r] for r in rows),
               lambda v: "yyyy-mm-dd hh:mm" if isinstance(v, _dt.datetime) else
               "yyyy-mm-dd" if isinstance(v, _dt.date) else None)
    if widths:
        for col, wdt in widths.items():
            ws.column_dimensions[col].width = wdt
    if merge_title:
        ws.merge_cells(merge_title)
    u = when.astimezone(_dt.UTC).replace(tzinfo=None)
    wb.properties.creator = "Administrator"
    wb.properties.created = u
    return normalize_zip(saved(wb), when.astimezone(_dt.UTC))


# --------------------------------------------------------------------------
# MIME assembly
# --------------------------------------------------------------------------
hdr_bytes = header_block


def multipart(headers, boundary, parts, preamble="This is a multi-part message in MIME format.", epilogue=b""):
    return leaf(headers, multipart_body(boundary, parts, None if preamble is None else preamble.encode("ascii") + CRLF,
                                        epilogue))


class Att:
    def __init__(self, filename, ctype, data, detected, inline=False, role=None):
        self.filename, self.ctype, self.data, self.detected, self.inline = filename, ctype, data, detected, inline
        self.role = role or rules.role_of(filename)

    def record(self):
        return rules.att_label(self.filename, self.ctype, self.data, self.role, self.detected, self.inline)


class Ctx:
    """Per-message state: seeded rng, attachments in document order, text seen."""

    def __init__(self, key):
        self.key = key
        self.rng = random.Random("blind2:" + key)
        self.atts = []
        self.texts = []
        self.mid = None

    def hex(self, n, upper=True):
        return hexs(self.rng, n, upper)

    def digits(self, n):
        return digits(self.rng, n)

    def ip(self, prefix):
        return prefix + f".{self.rng.randrange(1, 255)}.{self.rng.randrange(1, 255)}"

    def uuid(self):
        h = self.hex(32)
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def see(self, *texts):
        self.texts.extend(texts)

    def add(self, att):
        self.atts.append(att)
        if att.filename.endswith(".docx"):
            self.see(docx_text(att.data))
        elif att.filename.endswith(".xlsx"):
            self.see(xlsx_text(att.data))
        return att


def trace(c, return_path, helo, ip, date, extra_received=()):
    qid = "4" + "".join(c.rng.choice("ABCDEFGHJKLMNPQRSTVWXYZabcdefghijkmnopqrstuvwxyz0123456789") for _ in range(12))
    arrive = date + _dt.timedelta(seconds=c.rng.randrange(2, 9))
    lines = [f"Return-Path: <{return_path}>", "Delivered-To: " + HQ,
             f"Received: from {helo} ({helo} [{ip}])",
             "\tby mx1.ptg139.com (Postfix) with ESMTPS id " + qid,
             f"\tfor <{HQ}>; {rfcdate(arrive, cst=True)}"]
    return lines + list(extra_received)


# ---------------------------------------------------------------- clients
def att_headers_qq(a, cs):
    n = ew1(a.filename, cs)
    disp = "inline" if a.inline else "attachment"
    return [f"Content-Type: {a.ctype};", f'\tcharset="{cs}";', f'\tname="{n}"',
            "Content-Transfer-Encoding: base64", f"Content-Disposition: {disp};", f'\tfilename="{n}"']


def qq_mail(c, name, addr, subject, date, plain, html, atts=(), exmail=False, extra=(), mailer=None):
    """QQ Mail (gb18030) or WeCom/Exmail (utf-8): base64 text + html alternative."""
    cs = "utf-8" if exmail else "gb18030"
    c.mid = "<tencent_{}@{}>".format(c.hex(36 if exmail else 40), "exmail.qq.com" if exmail else "qq.com")
    c.see(subject, plain, html)
    helo = (f"smtpbgsg{c.rng.randrange(100, 200)}.qq.com") if exmail else (f"smtpbg{c.rng.randrange(40, 160)}.qq.com")
    ip = c.ip("54.254") if exmail else c.ip("43.155")
    hdr = trace(c, addr, helo, ip, date) + [
        "X-QQ-mid: {}{}t{}t{}".format("bizesmtp" if exmail else "xmsezb", c.rng.randrange(10, 99), int(date.timestamp()), c.hex(6, upper=False)),
        "X-QQ-Originating-IP: " + base64.b64encode(c.rng.randbytes(33)).decode(),
        "X-QQ-SSF: 0000000000000000000000000000000",
        f'From: "{ew1(name, cs)}" <{addr}>', f"To: <{HQ}>",
        subj_header(subject, cs), "Mime-Version: 1.0"]
    b_alt = f"----=_NextPart_{c.hex(8)}_{c.hex(8)}_{c.hex(8)}"
    if exmail:
        html_full = '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">' + html
    else:
        html_full = '<meta http-equiv="Content-Type" content="text/html; charset=GB18030">' + html
    alt_parts = [
        leaf(["Content-Type: text/plain;", f'\tcharset="{cs}"', "Content-Transfer-Encoding: base64"], b64_body(enc_text(plain, cs))),
        leaf(["Content-Type: text/html;", f'\tcharset="{cs}"', "Content-Transfer-Encoding: base64"], b64_body(enc_text(html_full, cs))),
    ]
    tail = ["Content-Transfer-Encoding: 8Bit", "Date: " + rfcdate(date, pad=False), "X-Priority: 3",
            "Message-ID: " + c.mid] + list(extra) + ["X-QQ-MIME: TCMime 1.0 by Tencent"]
    if exmail:
        tail += ["X-Mailer: " + (mailer or "WeCom Mail 4.1.33 (Windows; 10.0.19045)")]
    else:
        tail += ["X-Mailer: QQMail 2.x", "X-QQ-Mailer: QQMail 2.x"]
    tail += ["X-QQ-SENDSIZE: 520"]
    if atts:
        b_mix = f"----=_NextPart_{c.hex(8)}_{c.hex(8)}_{c.hex(8)}"
        hdr += ["Content-Type: multipart/mixed;", f'\tboundary="{b_mix}"'] + tail
        parts = [multipart(["Content-Type: multipart/alternative;", f'\tboundary="{b_alt}"'], b_alt, alt_parts, preamble=None)]
        for a in atts:
            c.add(a)
            parts.append(leaf(att_headers_qq(a, cs), b64_body(a.data)))
        return multipart(hdr, b_mix, parts)
    hdr += ["Content-Type: multipart/alternative;", f'\tboundary="{b_alt}"'] + tail
    return multipart(hdr, b_alt, alt_parts)


FOX_STYLE = ("<style>body { line-height: 1.5; }blockquote { margin-top: 0px; margin-bottom: 0px; margin-left: 0.5em; }"
             "body { font-size: 14px; font-family: '微软雅黑'; color: rgb(0, 0, 0); line-height: 1.5; }</style>")


def foxmail(c, name, addr, domain, subject, date, plain, atts=(), extra=(), fwd_msg=None, helo=None):
    """Foxmail 7.2: declares gb2312, writes GB18030; text base64, html QP."""
    cs = "gb2312"
    c.mid = "<{}{}@{}>".format(date.strftime("%Y%m%d%H%M%S"), c.digits(8), domain)
    c.see(subject, plain)
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=gb2312">' + FOX_STYLE +
            "</head><body>\r\n" + html_lines(plain) + "\r\n</body></html>")
    helo = helo or (f"out{c.rng.randrange(100, 200)}-{c.rng.randrange(10, 99)}.mail.aliyun.com")
    hdr = trace(c, addr, helo, c.ip("115.124"), date) + [
        "Date: " + rfcdate(date), f'From: "{ew1(name, cs)}" <{addr}>', "To: " + HQ,
        subj_header(subject, cs), "X-Priority: 3", "X-GUID: " + c.uuid(),
        "X-Has-Attach: " + ("yes" if (atts or fwd_msg) else "no"),
        "X-Mailer: Foxmail 7.2.25.228[cn]", "Mime-Version: 1.0", "Message-ID: " + c.mid] + list(extra)
    b_alt = f"----=_002_NextPart{c.digits(12)}_=----"
    alt = [leaf(["Content-Type: text/plain;", f'\tcharset="{cs}"', "Content-Transfer-Encoding: base64"], b64_body(enc_text(plain, cs))),
           leaf(["Content-Type: text/html;", f'\tcharset="{cs}"', "Content-Transfer-Encoding: quoted-printable"],
                qp(enc_text(html, cs)) + CRLF)]
    if not atts and not fwd_msg:
        hdr += ["Content-Type: multipart/alternative;", f'\tboundary="{b_alt}"']
        return multipart(hdr, b_alt, alt)
    b_mix = f"----=_001_NextPart{c.digits(12)}_=----"
    hdr += ["Content-Type: multipart/mixed;", f'\tboundary="{b_mix}"']
    parts = [multipart(["Content-Type: multipart/alternative;", f'\tboundary="{b_alt}"'], b_alt, alt, preamble=None)]
    for a in atts:
        c.add(a)
        n = ew1(a.filename, cs)
        parts.append(leaf([f"Content-Type: {a.ctype};", f'\tname="{n}"', "Content-Transfer-Encoding: base64",
                           "Content-Disposition: attachment;", f'\tfilename="{n}"'], b64_body(a.data)))
    if fwd_msg:
        fname, emb = fwd_msg
        a = c.add(Att(fname, "message/rfc822", emb, "message/rfc822"))
        n = ew1(fname, cs)
        parts.append(leaf(["Content-Type: message/rfc822;", f'\tname="{n}"', "Content-Transfer-Encoding: 8bit",
                           "Content-Disposition: attachment;", f'\tfilename="{n}"'], emb))
    return multipart(hdr, b_mix, parts)


OUTLOOK_HEAD = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=gb2312">'
                '<meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\n/* Font Definitions */\n'
                '@font-face\n\t{font-family:宋体;\n\tpanose-1:2 1 6 0 3 1 1 1 1 1;}\n@font-face\n\t{font-family:等线;\n\t'
                'panose-1:2 1 6 0 3 1 1 1 1 1;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\ttext-align:justify;'
                '\n\ttext-justify:inter-ideograph;\n\tfont-size:10.5pt;\n\tfont-family:等线;}\n--></style></head>'
                "<body lang=ZH-CN link=\"#0563C1\" vlink=\"#954F72\" style='text-justify-trim:punctuation'><div class=WordSection1>")


def outlook_html(text, quote_from=None):
    def p(line):
        if not line.strip():
            return "<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>"
        return f"<p class=MsoNormal><span style='font-family:\"微软雅黑\",sans-serif'>{_html.escape(line, quote=False)}<o:p></o:p></span></p>"
    lines = text.split("\n")
    if quote_from is None:
        body = "".join(p(ln) for ln in lines)
    else:
        body = "".join(p(ln) for ln in lines[:quote_from])
        body += "<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
        body += "".join(p(ln) for ln in lines[quote_from:]) + "</div>"
    return OUTLOOK_HEAD + body + "</div></body></html>"


def outlook(c, name, addr, domain, subject, date, plain, atts=(), extra=(), quote_from=None, lang="zh-cn",
            subject_charset="gb2312", more_headers=(), mailer="Microsoft Outlook 16.0"):
    cs = "gb2312"
    c.mid = f"<000001dc{c.hex(4, False)}${c.hex(8, False)}${c.hex(8, False)}$@{domain}>"
    c.see(subject, plain)
    if quote_from is None and "-----原始邮件-----" in plain:
        quote_from = plain.split("\n").index("-----原始邮件-----")
    html = outlook_html(plain, quote_from)
    hdr = trace(c, addr, "mail." + domain, c.ip("47.100"), date) + [
        f'From: "{ew1(name, cs)}" <{addr}>', "To: " + HQ, subj_header(subject, subject_charset),
        "Date: " + rfcdate(date), "Message-ID: " + c.mid] + list(extra) + ["MIME-Version: 1.0"]
    b_alt = f"----=_NextPart_001_{c.hex(4)}_{c.hex(8)}.{c.hex(8)}"
    alt = [leaf(["Content-Type: text/plain;", f'\tcharset="{cs}"', "Content-Transfer-Encoding: base64"], b64_body(enc_text(plain, cs))),
           leaf(["Content-Type: text/html;", f'\tcharset="{cs}"', "Content-Transfer-Encoding: base64"], b64_body(enc_text(html, cs)))]
    thread_index = base64.b64encode(c.rng.randbytes(22)).decode()
    tail = (["X-Mailer: " + mailer] if mailer else []) + ["Thread-Index: " + thread_index] + list(more_headers) + \
        ["Content-Language: " + lang]
    if not atts:
        hdr += ["Content-Type: multipart/alternative;", f'\tboundary="{b_alt}"'] + tail
        return multipart(hdr, b_alt, alt)
    b_mix = f"----=_NextPart_000_{c.hex(4)}_{c.hex(8)}.{c.hex(8)}"
    hdr += ["Content-Type: multipart/mixed;", f'\tboundary="{b_mix}"'] + tail
    parts = [multipart(["Content-Type: multipart/alternative;", f'\tboundary="{b_alt}"'], b_alt, alt, preamble=None)]
    for a in atts:
        c.add(a)
        n = ew1(a.filename, cs)
        parts.append(leaf([f"Content-Type: {a.ctype};", f'\tname="{n}"', "Content-Transfer-Encoding: base64",
                           "Content-Disposition: attachment;", f'\tfilename="{n}"'], b64_body(a.data)))
    return multipart(hdr, b_mix, parts)


def coremail(c, name, addr, subject, date, plain, atts=(), extra=(), host="163"):
    """163/126 webmail (Coremail): GBK base64 text + html."""
    cs = "GBK"
    addr.split("@")[0]
    c.mid = f"<{c.hex(8, False)}.{c.hex(4, False)}.{c.hex(11, False)}.Coremail.{addr}>"
    c.see(subject, plain)
    html = ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">' + html_lines(plain) +
            '</div><br><br><span title="neteasefooter"><p>&nbsp;</p></span>')
    helo = (f"m{c.rng.randrange(10, 99)}-{c.rng.randrange(10, 99)}.163.com") if host == "163" else \
        (f"m{c.rng.randrange(100, 250)}.mail.126.com")
    hdr = trace(c, addr, helo, c.ip("220.181"), date) + [
        "X-Originating-IP: [{}]".format(c.ip(f"183.{c.rng.randrange(1, 200)}")),
        "Date: " + rfcdate(date, cst=True), f'From: "{ew1(name, cs)}" <{addr}>', "To: " + HQ,
        subj_header(subject, cs), "X-Priority: 3",
        "X-Mailer: Coremail Webmail Server Version 2023.4-cmXT build",
        f" 20251222(83accb85) Copyright (c) 2002-2026 www.mailtech.cn {host}com",
        "X-NTES-SC: AL_Qu2cA" + base64.b64encode(c.rng.randbytes(66)).decode().replace("/", "x").replace("+", "y")]
    b_alt = f"----=_Part_{c.rng.randrange(10000, 99999)}_{c.rng.randrange(10 ** 9, 10 ** 10)}.{int(date.timestamp() * 1000)}"
    alt = [leaf(["Content-Type: text/plain; charset=" + cs, "Content-Transfer-Encoding: base64"], b64_body(enc_text(plain, cs))),
           leaf(["Content-Type: text/html; charset=" + cs, "Content-Transfer-Encoding: base64"], b64_body(enc_text(html, cs)))]
    tail = ["MIME-Version: 1.0", "Message-ID: " + c.mid] + list(extra) + [
        "X-Coremail-Locale: zh_CN", f"X-CM-TRANSID: {c.hex(6, False)}gD{c.hex(10, False)}--.{c.rng.randrange(10000, 99999)}W",
        f"X-CM-SenderInfo: {c.hex(12, False)}/1tbi{c.hex(16, False)}",
        "X-Coremail-Antispam: 1U5529EdanIXcx71UUUUU7vcSsGvfC2KfnxnUU=="]
    if not atts:
        hdr += ["Content-Type: multipart/alternative;", f'\tboundary="{b_alt}"'] + tail
        return multipart(hdr, b_alt, alt, preamble=None)
    b_mix = f"----=_Part_{c.rng.randrange(10000, 99999)}_{c.rng.randrange(10 ** 9, 10 ** 10)}.{int(date.timestamp() * 1000) + 1}"
    hdr += ["Content-Type: multipart/mixed;", f'\tboundary="{b_mix}"'] + tail
    parts = [multipart(["Content-Type: multipart/alternative;", f'\tboundary="{b_alt}"'], b_alt, alt, preamble=None)]
    for a in atts:
        c.add(a)
        n = ew1(a.filename, cs)
        parts.append(leaf([f'Content-Type: {a.ctype}; name="{n}"', "Content-Transfer-Encoding: base64",
                           f'Content-Disposition: attachment; filename="{n}"'], b64_body(a.data)))
    return multipart(hdr, b_mix, parts, preamble=None)


def apple_html(text):
    return ('<html aria-label="邮件正文"><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            + html_lines(text) + "</body></html>")


def apple_mail(c, name, addr, subject, date, segments, helo=None):
    """Apple Mail (macOS).  segments: list of str (text) or Att (between text)."""
    c.mid = "<{}@{}>".format(c.uuid(), addr.split("@")[1])
    c.see(subject, *[s for s in segments if isinstance(s, str)])
    helo = helo or (f"out{c.rng.randrange(100, 200)}-{c.rng.randrange(10, 99)}.mail.aliyun.com")
    atts = [s for s in segments if not isinstance(s, str)]
    top = trace(c, addr, helo, c.ip("115.124"), date)
    common = ["Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))",
              subj_header(subject, "utf-8"), "From: {} <{}>".format(ew1(name, "utf-8"), addr),
              "Date: " + rfcdate(date), "Content-Transfer-Encoding: 7bit" if not atts else None,
              "Message-Id: " + c.mid, "To: " + HQ, "X-Mailer: Apple Mail (2.3826.400.131.1.6)"]
    common = [h for h in common if h]
    if not atts:
        text = segments[0]
        b = f"Apple-Mail={c.uuid()}"
        parts = [leaf(["Content-Transfer-Encoding: quoted-printable", "Content-Type: text/plain;", "\tcharset=utf-8"], qp(enc_text(text, "utf-8"))),
                 leaf(["Content-Transfer-Encoding: quoted-printable", "Content-Type: text/html;", "\tcharset=utf-8"], qp(enc_text(apple_html(text), "utf-8")))]
        return multipart(top + ["Content-Type: multipart/alternative;", f'\tboundary="{b}"'] + common, b, parts, preamble=None)
    b = f"Apple-Mail=_{c.uuid()}"
    parts = []
    for s in segments:
        if isinstance(s, str):
            parts.append(leaf(["Content-Transfer-Encoding: quoted-printable", "Content-Type: text/plain;", "\tcharset=utf-8"],
                              qp(enc_text(s, "utf-8"))))
        else:
            c.add(s)
            fn = rfc2231_params("filename", s.filename)
            disp = ["Content-Disposition: {};".format("inline" if s.inline else "attachment")] + ["\t" + x + (";" if i < len(fn) - 1 else "") for i, x in enumerate(fn)]
            parts.append(leaf(disp + [f"Content-Type: {s.ctype};", "\tx-unix-mode=0644;", '\tname="{}"'.format(ew1(s.filename, "utf-8")),
                                      "Content-Transfer-Encoding: base64"], b64_body(s.data)))
    return multipart(top + ["Content-Type: multipart/mixed;", f'\tboundary="{b}"'] + common, b, parts, preamble=None)


def iphone(c, name, addr, subject, date, text, helo=None):
    c.mid = "<{}@{}>".format(c.uuid(), addr.split("@")[1])
    c.see(subject, text)
    helo = helo or (f"out{c.rng.randrange(100, 200)}-{c.rng.randrange(10, 99)}.mail.aliyun.com")
    hdr = trace(c, addr, helo, c.ip("115.124"), date) + [
        "Content-Transfer-Encoding: quoted-printable", "Content-Type: text/plain;", "\tcharset=utf-8",
        "Mime-Version: 1.0 (1.0)", subj_header(subject, "utf-8"), "From: {} <{}>".format(ew1(name, "utf-8"), addr),
        "Date: " + rfcdate(date), "Message-Id: " + c.mid, "To: " + HQ, "X-Mailer: iPhone Mail (22F76)"]
    return leaf(hdr, qp(enc_text(text, "utf-8")) + CRLF)


def android(c, name, addr, subject, date, text, atts=(), extra=(), mid_domain="email.android.com", helo=None,
            ip_prefix="220.181", mailer=None, att_style="plain"):
    """Phone mail app: raw 8-bit GBK in Subject/From and in the 8bit text body."""
    c.mid = f"<{c.hex(8, False)}-{c.hex(4, False)}-{c.hex(4, False)}@{mid_domain}>"
    c.see(subject, text)
    hdr = trace(c, addr, helo or (f"m{c.rng.randrange(100, 250)}.mail.126.com"), c.ip(ip_prefix), date) + [
        "MIME-Version: 1.0", b"Subject: " + subject.encode("gbk"), b"From: " + name.encode("gbk") + (f" <{addr}>").encode(),
        "To: " + HQ, "Date: " + rfcdate(date), "Message-ID: " + c.mid] + list(extra)
    if mailer:
        hdr.append("X-Mailer: " + mailer)
    body = enc_text(text, "gbk") + CRLF
    if not atts:
        return leaf(hdr + ["Content-Type: text/plain; charset=GBK", "Content-Transfer-Encoding: 8bit"], body)
    b = f"--_com.android.email_{c.digits(15)}"
    parts = [leaf(["Content-Type: text/plain; charset=GBK", "Content-Transfer-Encoding: 8bit"], body)]
    for a in atts:
        c.add(a)
        if att_style == "2231":
            v = rfc2231(a.filename, "UTF-8")
            h = [f"Content-Type: {a.ctype};", f" name*={v}", "Content-Transfer-Encoding: base64",
                 "Content-Disposition: attachment;", f" filename*={v};", f" size={len(a.data)}"]
        else:
            h = [f'Content-Type: {a.ctype}; name="{a.filename}"', "Content-Transfer-Encoding: base64",
                 f"Content-Disposition: attachment; filename=\"{a.filename}\"; size={len(a.data)}"]
        parts.append(leaf(h, b64_body(a.data)))
    return multipart(hdr + ["Content-Type: multipart/mixed;", f'\tboundary="{b}"'], b, parts)


# --------------------------------------------------------------------------
# labels
# --------------------------------------------------------------------------
CASE_RE = re.compile(r"DOR#(SS-\d{4}-\d{6})")


def decode_subject_for_label(subject):
    m = CASE_RE.search(nfkc(subject))
    return m.group(1) if m else None


def fields(**kw):
    f = {k: ([] if k == "lead_ids" else None) for k in FIELD_KEYS}
    for k, v in kw.items():
        assert k in f, k
        if isinstance(v, _dt.datetime):
            v = iso(v)
        elif isinstance(v, _dt.date):
            v = v.isoformat()
        f[k] = v
    return f


def compute_missing(kind, f, atts):
    return rules.missing_fields(kind, f, [a.role for a in atts])


def finish(c, raw, date, sender, subject, kind, f=None, missing=None, notes="", client="", surface=None,
           extra=None, thread=None, malformed=False, inner_thread=None):
    f = f or fields()
    if kind in ("auto", "unknown"):
        assert all(v in (None, []) for v in f.values()), c.key
    miss = compute_missing(kind, f, c.atts)
    if missing is not None:
        assert sorted(miss) == sorted(missing), (c.key, miss, missing)
    label = {"kind": kind, "message_id": c.mid, "sender": sender, "subject": subject,
             "case_ref": decode_subject_for_label(subject) if subject else None,
             "fields": f, "missing": miss, "attachments": [a.record() for a in c.atts],
             "notes": notes, "mail_client": client}
    if kind in ("appeal", "adjustment", "summary"):
        alltext = nfkc("\n".join(t for t in c.texts if t))
        acc = {}
        for role in ("partner", "client"):
            full = f[role]
            if not full:
                continue
            rest = alltext.replace(nfkc(full), "\x00")
            al = [a for a in ALIASES.get(full, []) if nfkc(a) in rest and a != full]
            # a shorter form that is itself the labelled value is not an alias
            if al:
                acc[role] = al
        label["accept"] = acc
    if kind == "appeal":
        label["checks"] = {"objection_within_8h": rules.within_8h(f["pushed_at"], f["objected_at"]),
                           "evidence_present": rules.evidence_present(a.role for a in c.atts)}
    if kind in ("adjustment", "summary"):
        ex = dict(extra or {})
        if kind == "summary":
            trig = []
            if f["quota"] and f["pushed_count"] is not None and f["pushed_count"] / f["quota"] >= 0.6:
                trig.append("lead_60")
            if f["service_start"] and f["service_end"]:
                s, e = _dt.date.fromisoformat(f["service_start"]), _dt.date.fromisoformat(f["service_end"])
                frac = (date.date() - s).days / ((e - s).days + 1)
                if frac >= 0.7:
                    trig.append("time_70")
                ex["time_elapsed_pct"] = round(frac * 100, 1)
            if f["quota"] and f["pushed_count"] is not None:
                ex["leads_pushed_pct"] = round(f["pushed_count"] * 100 / f["quota"], 1)
            ex["trigger"] = "both" if len(trig) == 2 else (trig[0] if trig else None)
        label["extra"] = ex
    if thread:
        label["thread_case_ref"] = thread
    if malformed:
        label["malformed"] = True
    label["surface"] = surface or {}
    label["source_key"] = c.key
    return {"date": date, "raw": raw, "label": label}


# --------------------------------------------------------------------------
# HQ texts that partners quote (must never leak into fields)
# --------------------------------------------------------------------------
def hq_name_b64(c):
    return ew1("总部商机服务", "utf-8")


# ==========================================================================
# APPEALS (17)
# ==========================================================================
def m_A01():
    c = Ctx("A01")
    date = dt(2026, 6, 16, 16, 5, 33)
    rows = [("代理商", "盐城黄海企服网络科技有限公司"), ("客户名称", "盐城大丰力诺环保设备有限公司"),
            ("线索ID", "SJ20260615-0063"), ("推送时刻", "6/15 10:20"), ("异议时间", "6/15 17:05"),
            ("判定依据", "判定标准第3条"),
            ("情况说明", "需求者留的号码0515-83390271打过去是一家做废品回收的个人，说从没问过RTO焚烧炉；"
                     "客户主营RTO蓄热式焚烧炉和布袋除尘器（型号LN-RTO-20000）。")]
    intro = "总部老师好：\n\n麻烦判定一下下面这条商机，客户认为不该计入。\n"
    outro = "\n截图是客户业务员手机里的通话记录。\n\n陆晓岚\n黄海企服 客服中心\n手机 18762094415  微信 lxl_hhqf2020"
    plain = intro + "\n".join("{} {}".format(*r) for r in rows) + "\n" + outro
    td = '<td style="border:1px solid #999;padding:4px 8px">%s</td>'
    table = ('<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">' +
             "".join("<tr>" + td % _html.escape(a) + td % _html.escape(b) + "</tr>" for a, b in rows) + "</table>")
    html = html_lines(intro) + table + html_lines(outro)
    atts = [Att("通话记录截图.jpg", "image/jpeg", jpeg_photo(c.rng), "image/jpeg")]
    subject = "商机申诉 力诺环保 SJ20260615-0063"
    raw = qq_mail(c, "陆晓岚", "2851706439@qq.com", subject, date, plain, html, atts)
    f = fields(partner="盐城黄海企服网络科技有限公司", client="盐城大丰力诺环保设备有限公司", lead_ids=["SJ20260615-0063"],
               pushed_at=dt(2026, 6, 15, 10, 20), objected_at=dt(2026, 6, 15, 17, 5), reason_code=3)
    return finish(c, raw, date, "2851706439@qq.com", subject, "appeal", f, [],
                  notes="QQ Mail (gb18030 base64 text + html alternative); fields in an HTML table whose labels are "
                        "代理商 / 客户名称 / 线索ID / 推送时刻 / 异议时间 / 判定依据; times 'M/D HH:MM' without a year "
                        "(year from the Date header, sent the next day); reason given only as '判定标准第3条'; "
                        "phone 0515-83390271, model LN-RTO-20000, mobile and WeChat id in the signature are distractors; "
                        "JPEG screenshot declared image/jpeg.",
                  client="QQ Mail",
                  surface={"pushed_at": ["6/15 10:20"], "objected_at": ["6/15 17:05"], "reason_code": ["判定标准第3条"]})


def m_A02():
    c = Ctx("A02")
    date = dt(2026, 6, 17, 10, 48, 12)
    plain = ("总部：\n\n江海商联提交一条商机申诉，内容如下：\n\n"
             "【合作商】南通江海商联信息技术有限公司\n"
             "【客户】南通海门宏泰纺织机械有限公司（宏泰纺机）\n"
             "【询盘编号】XP-2606-0412\n"
             "【推送时间】6月16日 上午9点05分\n"
             "【客户提出时间】当天下午2点10分\n"
             "【申诉原因】需求者只留了微信，客户用微信号和手机号都搜不到人，加不上\n"
             "【说明】客户业务员陈㛃从下午一直试到晚上，微信提示“该用户不存在”。需求者要的是剑杆织机配件（GA747型），客户有现货。\n\n"
             "微信添加失败的截图见附件。\n\n"
             "--\n周雯 | 江海商联 客服部\n电话：0513-85561207  手机：15962873306")
    atts = [Att("微信添加失败.png", "application/octet-stream", png_screenshot(c.rng), "image/png")]
    subject = "【商机申诉】宏泰纺机 XP-2606-0412"
    raw = foxmail(c, "周雯", "zhouwen@jhshanglian.com", "jhshanglian.com", subject, date, plain, atts)
    f = fields(partner="南通江海商联信息技术有限公司", client="南通海门宏泰纺织机械有限公司", lead_ids=["XP-2606-0412"],
               pushed_at=dt(2026, 6, 16, 9, 5), objected_at=dt(2026, 6, 16, 14, 10), reason_code=2)
    return finish(c, raw, date, "zhouwen@jhshanglian.com", subject, "appeal", f, [],
                  notes="Foxmail 7.2 declaring gb2312 while the text holds 㛃 (U+36C3, a four-byte GB18030 sequence): "
                        "decode as GB18030. Labels in full-width brackets 【合作商】【客户】【询盘编号】【推送时间】【客户提出时间】; "
                        "times '6月16日 上午9点05分' and '当天下午2点10分' (当天 = the push day, not the Date header's day); "
                        "code 2 in words; the subject's 【商机申诉】 is not a case tag; PNG screenshot declared "
                        "application/octet-stream; model GA747 and phones are distractors.",
                  client="Foxmail 7.2",
                  surface={"pushed_at": ["6月16日 上午9点05分"], "objected_at": ["当天下午2点10分"],
                           "reason_code": ["微信号和手机号都搜不到人，加不上"]})


def m_A03():
    c = Ctx("A03")
    date = dt(2026, 6, 17, 17, 20, 41)
    plain = ("总部您好：\n\n以下商机客户申请不计入，请审核。\n\n"
             "合作商\t漳州芗江企航信息科技有限公司\n"
             "付费客户\t漳州龙海佳盛食品机械有限公司\n"
             "商机编号\t10637291\n"
             "推送日期\t2026/6/17 08:40\n"
             "客户反馈时间\t2026/6/17 15:55\n"
             "原因\t同行恶意询价\n"
             "情况说明\t对方自称饮料厂采购，要10台GT-2000灌装机的报价，客户回拨后发现对方是厦门一家同类设备厂的业务员，"
             "录音里对方承认是同行，只是“了解一下行情”。\n\n"
             "附件为客户的通话录音。\n\n"
             "王喆\n客服部 | 漳州芗江企航信息科技有限公司\n电话：0596-6321507")
    atts = [Att("通话录音-佳盛-0617.mp3", "audio/mpeg", mp3_audio(c.rng), "audio/mpeg")]
    subject = "商机申诉-佳盛食品机械-10637291"
    raw = outlook(c, "王喆", "wangzhe@xjqihang.com", "xjqihang.com", subject, date, plain, atts)
    f = fields(partner="漳州芗江企航信息科技有限公司", client="漳州龙海佳盛食品机械有限公司", lead_ids=["10637291"],
               pushed_at=dt(2026, 6, 17, 8, 40), objected_at=dt(2026, 6, 17, 15, 55), reason_code=1)
    return finish(c, raw, date, "wangzhe@xjqihang.com", subject, "appeal", f, [],
                  notes="Outlook 16 zh-CN (gb2312 label, GBK-only 喆 in the sender name and signature); label and value "
                        "separated by a TAB; labels 推送日期 / 原因; 8-digit lead id; '2026/6/17 08:40'; code 1 (同行恶意询价) "
                        "with an MP3 recording declared audio/mpeg (7h15m, inside the window); '10台' and GT-2000 are distractors.",
                  client="Outlook 16 (zh-CN)",
                  surface={"pushed_at": ["2026/6/17 08:40"], "objected_at": ["2026/6/17 15:55"], "reason_code": ["同行恶意询价"]})


def m_A04():
    c = Ctx("A04")
    date = dt(2026, 6, 23, 9, 26, 4)
    text = ("总部好：\n\n"
            "昨天上午十点半推送给宜昌夷陵鑫达矿山机械有限公司的商机（编号SJ20260622-0108），客户今天早上八点二十才回电话核实，"
            "对方是一家人力资源公司，想找劳务派遣方面的合作，和客户做的颚式破碎机、圆锥破碎机完全不是一个行业。\n\n"
            "我们知道已经超过8小时了，客户还是想请总部看看能不能按行业不符处理。谢谢！\n\n"
            "唐璐\n宜昌三峡智联网络科技有限公司\n0717-6258813")
    subject = "鑫达矿机一条商机行业不符"
    raw = apple_mail(c, "唐璐", "tanglu@sxzhilian.cn", subject, date, [text])
    f = fields(partner="宜昌三峡智联网络科技有限公司", client="宜昌夷陵鑫达矿山机械有限公司", lead_ids=["SJ20260622-0108"],
               pushed_at=dt(2026, 6, 22, 10, 30), objected_at=dt(2026, 6, 23, 8, 20), reason_code=4)
    return finish(c, raw, date, "tanglu@sxzhilian.cn", subject, "appeal", f, [],
                  notes="Apple Mail (macOS), UTF-8 quoted-printable, prose only; relative dates against the Date header "
                        "(Tue 2026-06-23): '昨天上午十点半' = 06-22 10:30 and '今天早上八点二十' = 06-23 08:20 with Chinese-numeral "
                        "clock times; 21h50m later (outside the window, the partner says so); code 4 in words (劳务派遣 vs crushers); "
                        "partner only in the signature; no attachment; '8小时' is a distractor.",
                  client="Apple Mail (macOS)",
                  surface={"pushed_at": ["昨天上午十点半"], "objected_at": ["今天早上八点二十"],
                           "reason_code": ["完全不是一个行业"]})


def m_A05():
    c = Ctx("A05")
    date = dt(2026, 6, 18, 18, 2, 27)
    plain = ("总部老师好:\n\n"
             "合作商: 保定莲池网联科技有限公司\n"
             "客户: 金诺锅炉\n"
             "商机编号: SJ20260618-0044\n"
             "推送时间: 6月18日14:05\n"
             "异议时间: 6月18日17:30\n"
             "申诉理由: 留错电话，打过去是个人\n"
             "情况说明: 需求者说要2吨燃气蒸汽锅炉，客户按留的电话138 3126 0457打过去，接电话的是个大学生，"
             "说没在网上问过锅炉。录音见附件。\n\n"
             "刘洋\n莲池网联")
    atts = [Att("回访录音0618.m4a", "audio/x-m4a", m4a_audio(c.rng), "audio/mp4")]
    subject = "商机申诉（金诺锅炉）"
    raw = coremail(c, "刘洋", "liuyang_bd@163.com", subject, date, plain, atts)
    f = fields(partner="保定莲池网联科技有限公司", client="金诺锅炉", lead_ids=["SJ20260618-0044"],
               pushed_at=dt(2026, 6, 18, 14, 5), objected_at=dt(2026, 6, 18, 17, 30), reason_code=3)
    return finish(c, raw, date, "liuyang_bd@163.com", subject, "appeal", f, [],
                  notes="163 webmail (Coremail, GBK base64 + html, multipart/mixed); ASCII colon plus space after each label; "
                        "the client is only ever written as the short form 金诺锅炉 (so that is the fullest form); "
                        "'6月18日14:05' with no space and no year; code 3 in words (留错电话); M4A recording declared audio/x-m4a "
                        "(evidence not required for code 3 but present); '138 3126 0457' and '2吨' are distractors.",
                  client="163 webmail (Coremail)",
                  surface={"pushed_at": ["6月18日14:05"], "objected_at": ["6月18日17:30"], "reason_code": ["留错电话"]})


def m_A06():
    c = Ctx("A06")
    date = dt(2026, 6, 24, 11, 40, 9)
    form = make_docx(date, "《商机申诉书》", [
        ["合作商", "嘉兴禾城云企网络服务有限公司"],
        ["付费客户", "嘉兴南湖正阳阀门制造有限公司"],
        ["商机编号", "2606240031"],
        ["推送时间", "2026年6月24日 8:50"],
        ["客户反馈时间", "2026年6月24日 10:05"],
        ["申诉理由（对应判定标准）", "第1条 同行恶意骚扰/不良询价"],
        ["情况说明", "需求者自称是某化工厂，询问DN150电动蝶阀200台的报价，客户查询其手机号13605832217，是温州一家阀门公司的业务员。"],
        ["证据", "录音（待补）"],
    ], paras_after=["填表人：沈洁        填表日期：2026年6月24日"], author="shenjie")
    plain = ("总部好，\n\n附件是正阳阀门的商机申诉书，请查收。\n客户说录音在业务员手机里，导出后再补发。\n\n"
             "沈洁\n禾城云企 客服\n13957321864")
    atts = [Att("商机申诉书-正阳阀门.docx", "application/octet-stream", form, CT_DOCX)]
    subject = "商机申诉书-正阳阀门"
    raw = qq_mail(c, "沈洁", "shenjie@hcyunqi.com", subject, date, plain, html_lines(plain), atts, exmail=True)
    f = fields(partner="嘉兴禾城云企网络服务有限公司", client="嘉兴南湖正阳阀门制造有限公司", lead_ids=["2606240031"],
               pushed_at=dt(2026, 6, 24, 8, 50), objected_at=dt(2026, 6, 24, 10, 5), reason_code=1)
    return finish(c, raw, date, "shenjie@hcyunqi.com", subject, "appeal", f, ["evidence"],
                  notes="WeCom / Exmail (UTF-8 base64); every field only in the attached 《商机申诉书》 .docx (two-column table, "
                        "declared application/octet-stream); code 1 ('第1条 同行恶意骚扰/不良询价') but the recording is 'to follow' "
                        "and the only attachment is the form: 'evidence' missing; 10-digit lead id; DN150, '200台', the mobile "
                        "numbers and the form's fill-in date are distractors.",
                  client="WeCom / Tencent Exmail",
                  surface={"pushed_at": ["2026年6月24日 8:50"], "objected_at": ["2026年6月24日 10:05"],
                           "reason_code": ["第1条 同行恶意骚扰/不良询价"]})


def m_A07():
    c = Ctx("A07")
    date = dt(2026, 6, 26, 9, 12, 50)
    text = ("总部：\n"
            "合作商 宜昌三峡智联网络科技有限公司\n"
            "客户 湖北宜昌长江船舶配件有限公司\n"
            "线索ID SJ20260624-0057\n"
            "推送 前天下午4点\n"
            "客户反馈 前天晚上7点40\n"
            "理由 同行恶意骚扰，对方反复打电话套锚链价格，问完就挂\n"
            "客户没有录音，也没截图，麻烦总部先看看。\n"
            "黄凯\n\n发自我的iPhone")
    subject = "长江船配 申诉"
    raw = iphone(c, "黄凯", "huangkai@sxzhilian.cn", subject, date, text)
    f = fields(partner="宜昌三峡智联网络科技有限公司", client="湖北宜昌长江船舶配件有限公司", lead_ids=["SJ20260624-0057"],
               pushed_at=dt(2026, 6, 24, 16, 0), objected_at=dt(2026, 6, 24, 19, 40), reason_code=1)
    return finish(c, raw, date, "huangkai@sxzhilian.cn", subject, "appeal", f, ["evidence"],
                  notes="iPhone Mail (single text/plain part, UTF-8 quoted-printable); label and value separated by one space "
                        "(合作商 / 客户 / 线索ID / 推送 / 客户反馈 / 理由); '前天下午4点' and '前天晚上7点40' resolved against "
                        "Fri 2026-06-26; code 1 with no attachment at all: 'evidence' missing; the subject's 长江船配 is an "
                        "abbreviation, not a substring of the full name.",
                  client="iPhone Mail",
                  surface={"pushed_at": ["前天下午4点"], "objected_at": ["前天晚上7点40"], "reason_code": ["同行恶意骚扰"]})


def m_A08():
    c = Ctx("A08")
    date = dt(2026, 6, 29, 11, 31, 18)
    text = ("总部好\n"
            "服务商：赣州章贡商通网络科技有限公司\n"
            "付费客户：赣州南康恒瑞木工机械有限公司\n"
            "商机编号：客户把短信删了，暂时查不到\n"
            "推送时间：今天上午9:50\n"
            "反馈时间：今天11:05\n"
            "原因：需求者留的微信一直加不上，电话也不接\n"
            "截图附上。\n"
            "钟莉 13479725106")
    atts = [Att("IMG_20260629_110812.jpg", "image/jpeg", jpeg_photo(c.rng, 540, 960), "image/jpeg")]
    subject = "商机申诉 恒瑞木工 微信加不上"
    raw = android(c, "钟莉", "zhongli_gz@126.com", subject, date, text, atts)
    f = fields(partner="赣州章贡商通网络科技有限公司", client="赣州南康恒瑞木工机械有限公司",
               pushed_at=dt(2026, 6, 29, 9, 50), objected_at=dt(2026, 6, 29, 11, 5), reason_code=2)
    return finish(c, raw, date, "zhongli_gz@126.com", subject, "appeal", f, ["lead_ids"],
                  notes="Android phone mail app: Subject and From display name as raw 8-bit GBK (no RFC 2047: malformed), "
                        "8bit GBK text; partner labelled 服务商; the lead id is explicitly unknown ('暂时查不到'): lead_ids missing; "
                        "'今天上午9:50' / '今天11:05' resolved against the Date header; code 2 in words; camera-roll JPEG "
                        "with an ASCII name declared image/jpeg; the mobile number is a distractor.",
                  client="Android phone mail app (8bit GBK)", malformed=True,
                  surface={"pushed_at": ["今天上午9:50"], "objected_at": ["今天11:05"], "reason_code": ["微信一直加不上"]})


def m_A09():
    c = Ctx("A09")
    date = dt(2026, 6, 29, 15, 12, 37)
    plain = ("总部好：\n\n"
             "转发客户闽丰液压的异议邮件，申请按判定标准第4条（行业不符）不计入。\n"
             "该商机系统推送时间：2026-06-29 09:12，客户提出异议的时间见下方邮件。\n\n"
             "林志鹏\n漳州芗江企航信息科技有限公司  商务部\n手机：13906963382\n\n"
             "-----原始邮件-----\n"
             "发件人: 郑海涛 <zhenght@minfenghy.com>\n"
             "发送时间: 2026年6月29日 14:03\n"
             "收件人: 林志鹏 <linzhipeng@xjqihang.com>\n"
             "主题: 关于贵司推送商机的异议\n\n"
             "林经理：\n\n"
             "今天推给我们的商机（编号10652210），需求者要找劳务公司招电焊工，和我们液压设备行业完全不符。"
             "我们上午11点20分已经电话告知贵司，现邮件补充说明，申请不计入。\n\n"
             "郑海涛\n漳州台商投资区闽丰液压设备有限公司  销售部\n电话：0596-6898320")
    subject = "转发: 关于贵司推送商机的异议"
    raw = outlook(c, "林志鹏", "linzhipeng@xjqihang.com", "xjqihang.com", subject, date, plain)
    f = fields(partner="漳州芗江企航信息科技有限公司", client="漳州台商投资区闽丰液压设备有限公司", lead_ids=["10652210"],
               pushed_at=dt(2026, 6, 29, 9, 12), objected_at=dt(2026, 6, 29, 11, 20), reason_code=4)
    return finish(c, raw, date, "linzhipeng@xjqihang.com", subject, "appeal", f, [],
                  notes="Outlook 16 zh-CN inline forward ('转发:' subject, '-----原始邮件-----' block, no In-Reply-To): judged "
                        "by content, and the forwarded client mail is read like the rest (lead id, client's full name in its "
                        "signature, '上午11点20分' on the forwarded mail's own day 2026-06-29); push time typed by the partner "
                        "as '2026-06-29 09:12'; code via '判定标准第4条'; the forwarded header time 14:03 is a distractor.",
                  client="Outlook 16 (zh-CN)",
                  surface={"pushed_at": ["2026-06-29 09:12"], "objected_at": ["上午11点20分"], "reason_code": ["判定标准第4条"]})


def m_A10():
    c = Ctx("A10")
    date = dt(2026, 6, 30, 17, 48, 3)
    t1 = dt(2026, 6, 30, 10, 0)
    t2 = dt(2026, 6, 30, 15, 30)
    sheet = make_xlsx(date, "申诉明细", [
        ["商机申诉明细（合作商：东莞市莞企通网络科技有限公司）"],
        ["客户名称：东莞市长安精拓五金模具有限公司"],
        ["序号", "商机编号", "推送时间", "客户反馈时间", "申诉原因", "情况说明"],
        [1, "SJ20260630-0015", t1, t2, "同行不良询价", "对方问五金冲压模具开模价和SKD11钢材报价，不肯留公司名"],
        [2, "SJ20260630-0016", t1, t2, "同行不良询价", "同一号码再次询价，号码是东莞另一家模具厂的座机0769-85322190"],
    ], widths={"B": 18, "C": 18, "D": 18, "E": 14, "F": 60}, merge_title="A1:F1")
    plain = ("总部您好：\n\n精拓模具今天有两条商机客户提出异议，明细见附件表格，通话录音也一并附上。"
             "两条是同一个号码打来的，客户怀疑是同行来套价。\n\n"
             "何嘉慧\n东莞市莞企通网络科技有限公司\nQQ：3318842076  电话：0769-22815036")
    atts = [Att("商机申诉明细0630.xlsx", CT_XLSX, sheet, CT_XLSX),
            Att("客户通话录音.wav", "audio/wav", wav_audio(c.rng), "audio/wav")]
    subject = "精拓模具 商机申诉2条"
    raw = qq_mail(c, "何嘉慧", "3318842076@qq.com", subject, date, plain, html_lines(plain), atts)
    f = fields(partner="东莞市莞企通网络科技有限公司", client="东莞市长安精拓五金模具有限公司",
               lead_ids=["SJ20260630-0015", "SJ20260630-0016"], pushed_at=t1, objected_at=t2, reason_code=1)
    return finish(c, raw, date, "3318842076@qq.com", subject, "appeal", f, [],
                  notes="QQ Mail (gb18030); two leads in one appeal, listed in a header-row .xlsx table (real datetime cells, "
                        "same push and objection time for both rows); the client's full name only in the sheet's second row; "
                        "code 1 in words (同行不良询价) with a WAV recording declared audio/wav; QQ number, landlines, SKD11 "
                        "and the row numbers are distractors.",
                  client="QQ Mail",
                  surface={"pushed_at": ["2026-06-30 10:00"], "objected_at": ["2026-06-30 15:30"], "reason_code": ["同行不良询价"]})


def m_A11():
    c = Ctx("A11")
    date = dt(2026, 7, 1, 16, 20, 45)
    plain = ("总部好：\n\n"
             "合作单位：赣州稀金永磁电机有限公司\n"
             "代理商：章贡商通\n"
             "询盘编号：XP-2607-0023\n"
             "推送时间：7月1日 上午 10:40\n"
             "反馈时间：7月1日 下午 3:05\n"
             "申诉理由：需求者要买200kW柴油发电机组，客户只做永磁同步电机（TYCX系列），所需产品与客户经营产品不一致\n"
             "补充：客户电话0797-8356612，需求者手机15170853306。\n\n"
             "李雯\n赣州章贡商通网络科技有限公司")
    subject = "稀金电机申诉 XP-2607-0023"
    raw = coremail(c, "李雯", "liwen_gz@126.com", subject, date, plain, host="126")
    f = fields(partner="赣州章贡商通网络科技有限公司", client="赣州稀金永磁电机有限公司", lead_ids=["XP-2607-0023"],
               pushed_at=dt(2026, 7, 1, 10, 40), objected_at=dt(2026, 7, 1, 15, 5), reason_code=5)
    return finish(c, raw, date, "liwen_gz@126.com", subject, "appeal", f, [],
                  notes="126 webmail (Coremail, GBK); client labelled 合作单位, partner labelled 代理商 with the short form only "
                        "(the full name is in the signature); '7月1日 上午 10:40' / '7月1日 下午 3:05' with spaces; code 5 in the "
                        "process document's wording; 200kW, TYCX and the phone numbers are distractors; no attachment.",
                  client="126 webmail (Coremail)",
                  surface={"pushed_at": ["7月1日 上午 10:40"], "objected_at": ["7月1日 下午 3:05"],
                           "reason_code": ["所需产品与客户经营产品不一致"]})


def m_A12():
    c = Ctx("A12")
    date = dt(2026, 7, 2, 16, 35, 22)
    plain = ("总部您好：\n\n"
             "合作商：南通江海商联信息技术有限公司\n"
             "客户：南通通州鑫源起重设备有限公司\n"
             "商机编号：SJ20260702-0066\n"
             "推送时间：七月二日上午九点十五分\n"
             "客户反馈时间：七月二日下午一点五十分\n"
             "申诉理由：需求者留错电话，客户回拨是一家做外卖的个人店铺\n"
             "情况说明：需求者留言要5吨电动葫芦和LD型单梁起重机，但电话打过去对方说没留过言。截图和录音附后。\n\n"
             "徐浩\n江海商联 客服部\n电话：0513-85561207")
    atts = [Att("来电记录截图.png", "image/png", png_screenshot(c.rng, style="call"), "image/png"),
            Att("回拨录音.aac", "application/octet-stream", aac_audio(c.rng), "audio/aac")]
    subject = "商机申诉-鑫源起重"
    raw = foxmail(c, "徐浩", "xuhao@jhshanglian.com", "jhshanglian.com", subject, date, plain, atts)
    f = fields(partner="南通江海商联信息技术有限公司", client="南通通州鑫源起重设备有限公司", lead_ids=["SJ20260702-0066"],
               pushed_at=dt(2026, 7, 2, 9, 15), objected_at=dt(2026, 7, 2, 13, 50), reason_code=3)
    return finish(c, raw, date, "xuhao@jhshanglian.com", subject, "appeal", f, [],
                  notes="Foxmail 7.2 (gb2312 label); dates and clock times entirely in Chinese numerals "
                        "('七月二日上午九点十五分', '七月二日下午一点五十分'); code 3 in words; a PNG screenshot declared image/png "
                        "and an ADTS AAC recording declared application/octet-stream; '5吨' and LD are distractors.",
                  client="Foxmail 7.2",
                  surface={"pushed_at": ["七月二日上午九点十五分"], "objected_at": ["七月二日下午一点五十分"],
                           "reason_code": ["留错电话"]})


def m_A13():
    c = Ctx("A13")
    date = dt(2026, 7, 2, 10, 5, 14)
    own = f"<tencent_{c.hex(36)}@exmail.qq.com>"
    plain = ("总部好，\n\n"
             "同事沈洁让我补交一下华特电机这条商机的申诉。客户那边推送时间和反馈时间都没记下来，我们先提交：\n\n"
             "合作商：嘉兴禾城云企网络服务有限公司\n"
             "付费客户：嘉兴秀洲华特电机有限公司\n"
             "商机编号：10671835\n"
             "申诉理由：判定标准第2条，需求者只留了微信（wxid_k83jd02x），一直加不上\n"
             "截图见附件。\n\n"
             "钱磊\n禾城云企\n\n"
             "------------------ 原始邮件 ------------------\n"
             "发件人: \"沈洁\"<shenjie@hcyunqi.com>;\n"
             "发送时间: 2026年7月1日(星期三) 晚上6:42\n"
             "收件人: \"钱磊\"<qianlei@hcyunqi.com>;\n"
             "主题: 华特电机商机申诉\n\n"
             "钱磊：华特电机那条微信加不上的商机，你明天帮忙发给总部申诉一下，我明天在外面跑客户。\n沈洁")
    atts = [Att("微信加不上截图.png", "application/octet-stream", png_screenshot(c.rng), "image/png")]
    subject = "回复：华特电机商机申诉"
    raw = qq_mail(c, "钱磊", "qianlei@hcyunqi.com", subject, date, plain, html_lines(plain), atts, exmail=True,
                  extra=["In-Reply-To: " + own, "References: " + own])
    f = fields(partner="嘉兴禾城云企网络服务有限公司", client="嘉兴秀洲华特电机有限公司", lead_ids=["10671835"], reason_code=2)
    return finish(c, raw, date, "qianlei@hcyunqi.com", subject, "appeal", f, ["pushed_at", "objected_at"],
                  notes="WeCom / Exmail; a '回复：' inside the partner's own thread (In-Reply-To/References point at a colleague's "
                        "Exmail Message-ID, not @ptg139.com): judged by content, so an appeal; both times explicitly unknown "
                        "(pushed_at and objected_at missing); '判定标准第2条'; WeChat id wxid_k83jd02x is not a lead id; the "
                        "quoted colleague mail's date is a distractor; PNG declared application/octet-stream.",
                  client="WeCom / Tencent Exmail",
                  surface={"reason_code": ["判定标准第2条"]})


def m_A14():
    c = Ctx("A14")
    date = dt(2026, 7, 3, 11, 2, 56)
    plain = ("总部您好：\n\n"
             "合作商：漳州芗江企航信息科技有限公司\n"
             "付费客户：漳州龙海佳盛食品机械有限公司\n"
             "商机编号：SJ20260703-0019\n"
             "推送时间：2026年7月3日 9:05\n"
             "异议时间：2026年7月3日 10:40\n"
             "申诉理由：需求者要的就是客户在做的隧道式烘干机，但预算只有客户报价的一半，客户认为是无效商机\n\n"
             "请总部判定。\n\n"
             "王喆\n客服部 | 漳州芗江企航信息科技有限公司")
    subject = "商机申诉 佳盛食品机械 SJ20260703-0019"
    raw = outlook(c, "王喆", "wangzhe@xjqihang.com", "xjqihang.com", subject, date, plain)
    f = fields(partner="漳州芗江企航信息科技有限公司", client="漳州龙海佳盛食品机械有限公司", lead_ids=["SJ20260703-0019"],
               pushed_at=dt(2026, 7, 3, 9, 5), objected_at=dt(2026, 7, 3, 10, 40))
    return finish(c, raw, date, "wangzhe@xjqihang.com", subject, "appeal", f, ["reason_code"],
                  notes="Outlook 16 zh-CN; complete labelled appeal whose reason (the requester's budget is too low for a "
                        "product the client does make) matches none of the five criteria: reason_code null and missing; "
                        "label 异议时间; '2026年7月3日 9:05'.",
                  client="Outlook 16 (zh-CN)",
                  surface={"pushed_at": ["2026年7月3日 9:05"], "objected_at": ["2026年7月3日 10:40"]})


def m_A15():
    c = Ctx("A15")
    date = dt(2026, 7, 7, 10, 15, 31)
    seg1 = ("总部好：\n\n"
            "上周五下午3点05分推给宜昌夷陵鑫达矿山机械有限公司的商机SJ20260703-0088，客户当天下午5点50分就来电说对方是同行："
            "对方自称矿山老板，一直追问PE-600×900颚式破碎机的出厂价和电机配置，客户回查号码是河南一家破碎机厂的销售。"
            "客户要求不计入（同行恶意询价）。\n\n聊天截图：\n")
    seg2 = "\n通话录音见附件。\n"
    seg3 = "\n唐璐\n三峡智联 客服部\n"
    atts_png = Att("微信聊天截图.png", "image/png", png_screenshot(c.rng), "image/png", inline=True)
    att_rec = Att("通话录音0703.m4a", "audio/x-m4a", m4a_audio(c.rng, 30000), "audio/mp4")
    subject = "鑫达矿机 同行询价申诉"
    raw = apple_mail(c, "唐璐", "tanglu@sxzhilian.cn", subject, date, [seg1, atts_png, seg2, att_rec, seg3])
    f = fields(partner="三峡智联", client="宜昌夷陵鑫达矿山机械有限公司", lead_ids=["SJ20260703-0088"],
               pushed_at=dt(2026, 7, 3, 15, 5), objected_at=dt(2026, 7, 3, 17, 50), reason_code=1)
    return finish(c, raw, date, "tanglu@sxzhilian.cn", subject, "appeal", f, [],
                  notes="Apple Mail (macOS) multipart/mixed with the text split around an inline PNG (Content-Disposition: "
                        "inline; RFC 2231 filename*0*/filename*1* continuation that splits one UTF-8 character across the two "
                        "pieces) and an M4A attachment (audio/x-m4a); '上周五下午3点05分' resolved against "
                        "Tue 2026-07-07 (previous calendar week's Friday = 07-03), '当天下午5点50分'; the partner is only "
                        "'三峡智联' in the signature (fullest form written); code 1 with evidence; PE-600×900 is a distractor.",
                  client="Apple Mail (macOS)",
                  surface={"pushed_at": ["上周五下午3点05分"], "objected_at": ["当天下午5点50分"], "reason_code": ["同行恶意询价"]})


def m_A16():
    c = Ctx("A16")
    date = dt(2026, 7, 6, 14, 20, 8)
    text = ("总部你好，\n"
            "合作商：盐城黄海企服网络科技有限公司\n"
            "客户：盐城亭湖华联汽车检测设备有限公司\n"
            "商机编号：SJ20260706-0027\n"
            "推送时间：今天上午9:30\n"
            "客户反馈：今天下午1:45\n"
            "原因：同行恶意骚扰，对方打了3次电话问四轮定位仪和侧滑台的底价，最后承认是同行\n"
            "录音在附件\n"
            "吴婷")
    atts = [Att("录音20260706.amr", "audio/amr", amr_audio(c.rng), "audio/amr")]
    subject = "申诉：华联检测 SJ20260706-0027"
    raw = android(c, "吴婷", "wuting@hhqifu.cn", subject, date, text, atts, mid_domain="hhqifu.cn",
                  helo="mail.hhqifu.cn", ip_prefix="121.229", mailer="HUAWEI Email 11.2.0", att_style="2231")
    f = fields(partner="盐城黄海企服网络科技有限公司", client="盐城亭湖华联汽车检测设备有限公司", lead_ids=["SJ20260706-0027"],
               pushed_at=dt(2026, 7, 6, 9, 30), objected_at=dt(2026, 7, 6, 13, 45), reason_code=1)
    return finish(c, raw, date, "wuting@hhqifu.cn", subject, "appeal", f, [],
                  notes="Phone mail app (HUAWEI Email): raw 8-bit GBK Subject and From (malformed), 8bit GBK text; the AMR "
                        "file name in RFC 2231 (name*= / filename*=UTF-8''...), declared audio/amr; '今天上午9:30' / "
                        "'今天下午1:45'; code 1 with a recording; '3次' is a distractor.",
                  client="Android phone mail app (8bit GBK)", malformed=True,
                  surface={"pushed_at": ["今天上午9:30"], "objected_at": ["今天下午1:45"], "reason_code": ["同行恶意骚扰"]})


def m_A17():
    c = Ctx("A17")
    date = dt(2026, 7, 8, 9, 40, 26)
    # the client's mail to the partner, forwarded as an attachment
    e = Ctx("A17-embedded")
    emb_date = dt(2026, 7, 7, 15, 2, 11)
    emb_text = ("赵经理：\n\n"
                "7月7日推给我们的商机（编号SJ20260707-0035），我们下午2点半按留的号码打过去，是一位卖菜的大姐，"
                "说根本不知道什么断桥铝门窗设备，号码应该是留错了。按规定请帮我们申请不计入。\n\n"
                "孙立伟\n保定高碑店奥凯门窗设备有限公司\n电话：0312-2835570")
    emb_subject = "商机异议（申请不计入）"
    emb = hdr_bytes([
        f"Received: from out{e.rng.randrange(100, 200)}-{e.rng.randrange(10, 99)}.mail.aliyun.com (unknown [115.124.{e.rng.randrange(1, 255)}.{e.rng.randrange(1, 255)}])",
        "\tby mail.lcwanglian.com (Postfix) with ESMTPS id 5C2E81A0F3", "\tfor <zhaolei@lcwanglian.com>; " + rfcdate(emb_date + _dt.timedelta(seconds=3)),
        "Date: " + rfcdate(emb_date), "From: {} <sunliwei@aokaimc.com>".format(ew1("孙立伟", "utf-8")),
        "To: {} <zhaolei@lcwanglian.com>".format(ew1("赵磊", "utf-8")), subj_header(emb_subject, "utf-8"),
        f"Message-ID: <{e.uuid().lower()}@aokaimc.com>", "MIME-Version: 1.0",
        'Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: base64"]) + CRLF + b64_body(enc_text(emb_text, "utf-8"))
    c.see(emb_subject, emb_text)
    plain = ("总部：\n\n"
             "转发客户奥凯门窗的邮件（见附件），按判定标准第3条申请不计入。\n"
             "合作商：保定莲池网联科技有限公司\n"
             "推送时间：7月7日 10:10\n\n"
             "赵磊\n莲池网联 运营部")
    subject = "Fw: 商机异议（申请不计入）"
    raw = foxmail(c, "赵磊", "zhaolei@lcwanglian.com", "lcwanglian.com", subject, date, plain,
                  fwd_msg=("商机异议（申请不计入）.eml", emb))
    f = fields(partner="保定莲池网联科技有限公司", client="保定高碑店奥凯门窗设备有限公司", lead_ids=["SJ20260707-0035"],
               pushed_at=dt(2026, 7, 7, 10, 10), objected_at=dt(2026, 7, 7, 14, 30), reason_code=3)
    return finish(c, raw, date, "zhaolei@lcwanglian.com", subject, "appeal", f, [],
                  notes="Foxmail 'Fw:' forwarding the client's mail as an attached message/rfc822 (.eml, UTF-8 base64 inside): "
                        "judged by content; lead id, client full name and the objection time ('下午2点半' on 7月7日) are only in "
                        "the attached message; partner and push time in the forwarding text; the .eml is an attachment "
                        "(role other; size/sha256 of the embedded message bytes as transmitted, 8bit, no transfer decoding).",
                  client="Foxmail 7.2",
                  surface={"pushed_at": ["7月7日 10:10"], "objected_at": ["下午2点半"], "reason_code": ["判定标准第3条"]})


# ==========================================================================
# ADJUSTMENTS (7)
# ==========================================================================
def m_D01():
    c = Ctx("D01")
    date = dt(2026, 6, 22, 10, 30, 44)
    ids = ["2606020014", "2606040027", "2606050009", "2606090041", "2606100003",
           "2606120036", "2606150018", "2606160052", "2606180007", "2606190025"]
    days = [local(2026, 6, int(i[4:6])) for i in ids]
    acc = ["精准", "精准", "不精准", "精准", "不精准", "精准", "精准", "不精准", "精准", "不精准"]
    cm = ["DN200电动球阀，已报价", "气动蝶阀30台，在谈", "问家用水龙头", "不锈钢截止阀", "要阀门维修",
          "电动调节阀，已成交", "化工厂球阀", "二手阀门回收", "水务公司闸阀", "问卫浴角阀"]
    rows = [["客户：嘉兴南湖正阳阀门制造有限公司    合作商：嘉兴禾城云企网络服务有限公司"],
            ["序号", "询盘编号", "推送日期", "是否精准", "客户意见"]]
    rows += [[n + 1, ids[n], days[n], acc[n], cm[n]] for n in range(10)]
    sheet = make_xlsx(date, "反馈表", rows, widths={"B": 16, "C": 14, "E": 30}, merge_title="A1:E1")
    plain = ("总部好，\n\n正阳阀门最近10条商机的客户反馈见附件表格（精准6条，不精准4条），调整建议如下：\n"
             "1、新增关键词：电动球阀、气动蝶阀\n"
             "2、删除关键词：阀门维修、二手阀门\n"
             "3、不做产品：水龙头、卫浴阀门\n"
             "4、主要针对人群：工厂、水务公司\n\n"
             "沈洁\n禾城云企 客服")
    atts = [Att("正阳阀门商机反馈（10条）.xlsx", "application/octet-stream", sheet, CT_XLSX)]
    subject = "正阳阀门 10条商机反馈+调整建议"
    raw = qq_mail(c, "沈洁", "shenjie@hcyunqi.com", subject, date, plain, html_lines(plain), atts, exmail=True)
    f = fields(partner="嘉兴禾城云企网络服务有限公司", client="嘉兴南湖正阳阀门制造有限公司", lead_ids=ids, lead_count=10)
    return finish(c, raw, date, "shenjie@hcyunqi.com", subject, "adjustment", f, [],
                  notes="WeCom / Exmail (UTF-8); ten 10-digit ids only in a header-row .xlsx (date cells, 精准/不精准 column) "
                        "declared application/octet-stream, full names only in the sheet's merged first row; the body uses "
                        "short forms; '6条/4条', DN200, '30台' and the row numbers are distractors.",
                  client="WeCom / Tencent Exmail",
                  extra={"keywords_add": ["电动球阀", "气动蝶阀"], "keywords_remove": ["阀门维修", "二手阀门"],
                         "excluded_products": ["水龙头", "卫浴阀门"], "audience": ["工厂", "水务公司"]},
                  surface={"lead_count": ["10条"]})


def m_D02():
    c = Ctx("D02")
    date = dt(2026, 6, 23, 15, 45, 19)
    plain = ("总部老师好:\n\n"
             "代理商: 保定莲池网联科技有限公司\n"
             "客户: 保定市清苑金诺锅炉制造有限公司\n\n"
             "近期5条商机反馈:\n"
             "1. SJ20260608-0012 精准 4吨燃气锅炉，已报价\n"
             "2. SJ20260611-0031 不精准 要家用壁挂炉\n"
             "3. SJ20260615-0007 精准 生物质蒸汽锅炉，在谈2台\n"
             "4. SJ20260617-0052 不精准 问锅炉维修保养\n"
             "5. SJ20260618-0044 不精准 留错电话（已另行申诉）\n\n"
             "调整建议:\n"
             "- 关键词增加: 燃气蒸汽锅炉, 生物质锅炉\n"
             "- 关键词去掉: 壁挂炉, 锅炉维修\n"
             "- 不做: 家用壁挂炉、锅炉维修保养\n"
             "- 人群: 企业、工厂、学校\n\n"
             "刘洋\n莲池网联")
    subject = "金诺锅炉 商机调整（5条）"
    raw = coremail(c, "刘洋", "liuyang_bd@163.com", subject, date, plain)
    ids = ["SJ20260608-0012", "SJ20260611-0031", "SJ20260615-0007", "SJ20260617-0052", "SJ20260618-0044"]
    f = fields(partner="保定莲池网联科技有限公司", client="保定市清苑金诺锅炉制造有限公司", lead_ids=ids, lead_count=5)
    return finish(c, raw, date, "liuyang_bd@163.com", subject, "adjustment", f, [],
                  notes="163 webmail (Coremail, GBK); ASCII colons; five ids in '1. <id> 精准/不精准 comment' lines; keyword "
                        "proposals as '- 关键词增加:' / '- 关键词去掉:' with ASCII commas; '4吨', '2台' and list numbers are "
                        "distractors; one lead was also appealed separately.",
                  client="163 webmail (Coremail)",
                  extra={"keywords_add": ["燃气蒸汽锅炉", "生物质锅炉"], "keywords_remove": ["壁挂炉", "锅炉维修"],
                         "excluded_products": ["家用壁挂炉", "锅炉维修保养"], "audience": ["企业", "工厂", "学校"]},
                  surface={"lead_count": ["近期5条"]})


def m_D03():
    c = Ctx("D03")
    date = dt(2026, 6, 24, 9, 18, 2)
    plain = ("总部您好：\n\n"
             "客户名称：漳州台商投资区闽丰液压设备有限公司\n\n"
             "闽丰液压本期累计推送的10条商机，客户已全部回访，汇总如下：精准7条，不精准3条（2条问液压油，1条问千斤顶维修）。\n\n"
             "调整建议：\n"
             "一、不做产品：液压油、千斤顶维修\n"
             "二、新增关键词：液压站、液压缸定制\n"
             "三、目标人群：工厂、机械设备企业，个人询盘不要推\n"
             "四、客服话术：先问工作压力（MPa）和缸径、行程，再报价\n\n"
             "林志鹏\n漳州芗江企航信息科技有限公司  商务部\n手机：13906963382")
    subject = "闽丰液压 商机相应调整反馈"
    raw = outlook(c, "林志鹏", "linzhipeng@xjqihang.com", "xjqihang.com", subject, date, plain)
    f = fields(partner="漳州芗江企航信息科技有限公司", client="漳州台商投资区闽丰液压设备有限公司", lead_count=10)
    return finish(c, raw, date, "linzhipeng@xjqihang.com", subject, "adjustment", f, [],
                  notes="Outlook 16 zh-CN; a count only ('10条商机'), no lead ids (lead_ids [] but not missing); partner only "
                        "in the signature; proposals numbered 一、二、三、四 including a talking point; '7条/3条/2条/1条' are "
                        "distractors.",
                  client="Outlook 16 (zh-CN)",
                  extra={"keywords_add": ["液压站", "液压缸定制"], "keywords_remove": [],
                         "excluded_products": ["液压油", "千斤顶维修"], "audience": ["工厂", "机械设备企业"]},
                  surface={"lead_count": ["10条商机"]})


def m_D04():
    c = Ctx("D04")
    date = dt(2026, 6, 25, 16, 40, 51)
    rows = [("SJ20260612-0009", "精准", "CNC加工中心VMC850，已报价"),
            ("SJ20260615-0022", "不精准", "要二手机床"),
            ("ＳＪ２０２６０６１８－００３１", "精准", "数控车床CK6150，在谈"),
            ("SJ20260622-0014", "不精准", "问机床维修"),
            ("SJ20260624-0040", "精准", "五轴加工中心")]
    intro = ("总部老师好：\n\n合作商：东莞市莞企通网络科技有限公司\n客户：东莞市虎门锐达数控设备有限公司\n\n"
             "以下是最近5条商机的客户反馈：\n")
    outro = ("\n调整建议：去掉“二手机床”“机床维修”两个关键词，增加“立式加工中心”“数控车床”。客户不做二手设备翻新。\n\n"
             "何嘉慧\n莞企通")
    plain = intro + "商机编号 精准度 客户备注\n" + "\n".join(" ".join(r) for r in rows) + "\n" + outro
    td = '<td style="border:1px solid #999;padding:4px 8px">%s</td>'
    th = '<td style="border:1px solid #999;padding:4px 8px;background:#eee"><b>%s</b></td>'
    table = ('<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse"><tr>' +
             "".join(th % h for h in ("商机编号", "精准度", "客户备注")) + "</tr>" +
             "".join("<tr>" + "".join(td % _html.escape(x) for x in r) + "</tr>" for r in rows) + "</table>")
    html = html_lines(intro) + table + html_lines(outro)
    subject = "锐达数控5条商机反馈及调整"
    raw = qq_mail(c, "何嘉慧", "3318842076@qq.com", subject, date, plain, html)
    ids = ["SJ20260612-0009", "SJ20260615-0022", "SJ20260618-0031", "SJ20260622-0014", "SJ20260624-0040"]
    f = fields(partner="东莞市莞企通网络科技有限公司", client="东莞市虎门锐达数控设备有限公司", lead_ids=ids, lead_count=5)
    return finish(c, raw, date, "3318842076@qq.com", subject, "adjustment", f, [],
                  notes="QQ Mail (gb18030, multipart/alternative only); per-lead feedback as an HTML table with a header row "
                        "(text alternative: space-separated rows); the third id is typed in full-width characters "
                        "(ＳＪ２０２６０６１８－００３１ -> NFKC SJ20260618-0031); VMC850 / CK6150 are model distractors.",
                  client="QQ Mail",
                  extra={"keywords_add": ["立式加工中心", "数控车床"], "keywords_remove": ["二手机床", "机床维修"],
                         "excluded_products": ["二手设备翻新"], "audience": []},
                  surface={"lead_count": ["最近5条"]})


def m_D05():
    c = Ctx("D05")
    date = dt(2026, 6, 27, 20, 15, 37)
    text = ("总部，长江船配最近5条：SJ20260610-0033/SJ20260612-0018/SJ20260616-0071，SJ20260619-0005 SJ20260623-0046，"
            "客户说后面3条都是问船用发动机的，他们只做船用锚链和舾装件。\n"
            "建议：删掉关键词“船用发动机”，加“船用锚链”“系泊设备”。不做：船用发动机、螺旋桨。\n"
            "合作商 宜昌三峡智联网络科技有限公司\n"
            "客户 湖北宜昌长江船舶配件有限公司\n"
            "黄凯\n\n发自我的iPhone")
    subject = "长江船配调整"
    raw = iphone(c, "黄凯", "huangkai@sxzhilian.cn", subject, date, text)
    ids = ["SJ20260610-0033", "SJ20260612-0018", "SJ20260616-0071", "SJ20260619-0005", "SJ20260623-0046"]
    f = fields(partner="宜昌三峡智联网络科技有限公司", client="湖北宜昌长江船舶配件有限公司", lead_ids=ids, lead_count=5)
    return finish(c, raw, date, "huangkai@sxzhilian.cn", subject, "adjustment", f, [],
                  notes="iPhone Mail (UTF-8 QP, text only), sent on a Saturday evening; five ids on one line separated by '/', "
                        "'，' and a space; labels after the proposals, space-separated; the subject is just "
                        "'长江船配调整'; '后面3条' is a distractor.",
                  client="iPhone Mail",
                  extra={"keywords_add": ["船用锚链", "系泊设备"], "keywords_remove": ["船用发动机"],
                         "excluded_products": ["船用发动机", "螺旋桨"], "audience": []},
                  surface={"lead_count": ["最近5条"]})


def m_D06():
    c = Ctx("D06")
    date = dt(2026, 6, 29, 10, 20, 5)
    plain = ("总部：\n\n"
             "宏泰纺机这个月推的五条商机，客户反馈三条精准、两条不精准，不精准的都是问家用缝纫机的。\n"
             "建议：\n"
             "1. 关键词“缝纫机”删除，改为“剑杆织机”“喷气织机”；\n"
             "2. 不做产品：家用缝纫机、纺织品代加工；\n"
             "3. 客服话术：先确认织机门幅（如GA747-190cm）和转速要求。\n"
             "另外客户新上了1511型织机改造业务，关键词可以加“1511织机改造”。\n\n"
             "--\n周雯 | 江海商联 客服部\n南通江海商联信息技术有限公司")
    subject = "宏泰纺机 推广调整"
    raw = foxmail(c, "周雯", "zhouwen@jhshanglian.com", "jhshanglian.com", subject, date, plain)
    f = fields(partner="南通江海商联信息技术有限公司", client="宏泰纺机", lead_count=5)
    return finish(c, raw, date, "zhouwen@jhshanglian.com", subject, "adjustment", f, [],
                  notes="Foxmail 7.2 (gb2312); the count only in Chinese numerals ('五条商机', with '三条'/'两条' as distractors), "
                        "no ids; the client only in the short form 宏泰纺机 (fullest form written); GA747-190cm and 1511 are "
                        "distractors; 推广调整 wording.",
                  client="Foxmail 7.2",
                  extra={"keywords_add": ["剑杆织机", "喷气织机", "1511织机改造"], "keywords_remove": ["缝纫机"],
                         "excluded_products": ["家用缝纫机", "纺织品代加工"], "audience": []},
                  surface={"lead_count": ["五条商机"]})


def m_D07():
    c = Ctx("D07")
    date = dt(2026, 7, 2, 21, 8, 43)
    ids = ["XP-2606-0101", "XP-2606-0117", "XP-2606-0132", "XP-2606-0140", "XP-2606-0158",
           "XP-2606-0163", "XP-2606-0179", "XP-2606-0186", "XP-2606-0194", "XP-2607-0003"]
    notes_ = ["精准", "精准", "不精准 要家具成品", "精准", "不精准 个人装修", "精准", "精准", "不精准 要木材原料", "精准", "精准"]
    text = ("总部好，恒瑞木工（赣州南康恒瑞木工机械有限公司）这10条商机情况：\n" +
            "\n".join(f"{i + 1}、{ids[i]} {notes_[i]}" for i in range(10)) +
            "\n建议：目标人群改成家具厂、木工厂，个人装修的不要；不做产品：成品家具、原木木材；新增关键词：封边机、数控开料机\n钟莉")
    subject = "恒瑞木工10条商机调整建议"
    raw = android(c, "钟莉", "zhongli_gz@126.com", subject, date, text)
    f = fields(client="赣州南康恒瑞木工机械有限公司", lead_ids=ids, lead_count=10)
    return finish(c, raw, date, "zhongli_gz@126.com", subject, "adjustment", f, ["partner"],
                  notes="Android phone app (raw 8-bit GBK headers: malformed; 8bit GBK text, single part); ten XP- ids in "
                        "'N、<id>' lines; the partner company is never named (only a personal 126.com address and a first "
                        "name): partner missing.",
                  client="Android phone mail app (8bit GBK)", malformed=True,
                  extra={"keywords_add": ["封边机", "数控开料机"], "keywords_remove": [],
                         "excluded_products": ["成品家具", "原木木材"], "audience": ["家具厂", "木工厂"]},
                  surface={"lead_count": ["10条商机"]})


# ==========================================================================
# SUMMARIES (6)
# ==========================================================================
def m_S01():
    c = Ctx("S01")
    date = dt(2026, 6, 30, 14, 30, 11)
    plain = ("总部您好：\n\n"
             "合作商：漳州芗江企航信息科技有限公司\n"
             "付费客户：漳州龙海佳盛食品机械有限公司\n"
             "服务期：2025年11月1日—2026年10月31日\n"
             "已推送86条，合同140条，推送进度约61%。\n\n"
             "一、客户情况分析\n"
             "1. 86条中客户认为精准的约60条，成交5台隧道式烘干机、12套果蔬清洗线；\n"
             "2. 不精准的主要是问家用料理机的。\n\n"
             "二、建议解决方案\n"
             "1. 剩余商机加强东南亚出口方向的询盘；\n"
             "2. 客户有续费意愿，希望续费单价有优惠。\n\n"
             "王喆\n客服部 | 漳州芗江企航信息科技有限公司")
    subject = "商机汇总反馈-佳盛食品机械（推送已过60%）"
    raw = outlook(c, "王喆", "wangzhe@xjqihang.com", "xjqihang.com", subject, date, plain)
    f = fields(partner="漳州芗江企航信息科技有限公司", client="漳州龙海佳盛食品机械有限公司", quota=140, pushed_count=86,
               service_start=_dt.date(2025, 11, 1), service_end=_dt.date(2026, 10, 31))
    return finish(c, raw, date, "wangzhe@xjqihang.com", subject, "summary", f, [],
                  notes="Outlook 16 zh-CN; counts as '已推送86条，合同140条' (pushed first); period '2025年11月1日—2026年10月31日' "
                        "with an em dash; 61 % leads, 66 % time (lead_60 only); '约60条', '5台', '12套' and '61%' are distractors.",
                  client="Outlook 16 (zh-CN)", extra={"renewal_intent": True},
                  surface={"quota": ["合同140条"], "pushed_count": ["已推送86条"],
                           "service_start": ["2025年11月1日"], "service_end": ["2026年10月31日"]})


def m_S02():
    c = Ctx("S02")
    date = dt(2026, 6, 15, 11, 10, 24)
    plain = ("总部老师好:\n\n"
             "代理商: 保定莲池网联科技有限公司\n"
             "客户名称: 保定高碑店奥凯门窗设备有限公司\n"
             "合同商机: 一百五十条\n"
             "已推送: 八十一条\n"
             "服务期: 2025/08/20~2026/08/19\n\n"
             "服务期到现在已经过了七成多，商机才推了一半多一点。\n"
             "客户情况：断桥铝门窗设备（双头锯、仿形铣）询盘精准，已成交3台；塑钢门窗设备询盘少。\n"
             "建议：剩余69条商机多往断桥铝设备倾斜。客户说如果剩下的商机质量好，会考虑续费。\n\n"
             "刘洋\n莲池网联")
    subject = "奥凯门窗 汇总反馈（服务期已过七成）"
    raw = coremail(c, "刘洋", "liuyang_bd@163.com", subject, date, plain)
    f = fields(partner="保定莲池网联科技有限公司", client="保定高碑店奥凯门窗设备有限公司", quota=150, pushed_count=81,
               service_start=_dt.date(2025, 8, 20), service_end=_dt.date(2026, 8, 19))
    return finish(c, raw, date, "liuyang_bd@163.com", subject, "summary", f, [],
                  notes="163 webmail (GBK); quota and pushed count in Chinese numerals ('一百五十条', '八十一条'); period "
                        "'2025/08/20~2026/08/19'; time trigger (82 % of the period gone, leads 54 %); '剩余69条', '3台' and "
                        "'七成' are distractors; renewal conditional (null).",
                  client="163 webmail (Coremail)", extra={"renewal_intent": None},
                  surface={"quota": ["一百五十条"], "pushed_count": ["八十一条"], "service_start": ["2025/08/20"],
                           "service_end": ["2026/08/19"]})


def m_S03():
    c = Ctx("S03")
    date = dt(2026, 7, 1, 15, 0, 39)
    sheet = make_xlsx(date, "汇总反馈", [
        ["项目", "内容"],
        ["合作商", "嘉兴禾城云企网络服务有限公司"],
        ["付费客户", "嘉兴秀洲华特电机有限公司"],
        ["合同商机数", 160],
        ["已推送商机数", 101],
        ["服务开始日期", local(2026, 1, 5)],
        ["服务结束日期", local(2027, 1, 4)],
        ["推送进度", "63.1%"],
        ["客户情况分析", "YE4高效电机询盘精准，已成交7台；小型单相电机询盘多为个人，不精准"],
        ["建议解决方案", "剩余商机侧重水泵厂、风机厂配套采购；增加“变频电机”关键词"],
        ["续费意向", "有，希望提前沟通续费方案"],
    ], widths={"A": 16, "B": 60})
    plain = ("总部好，\n\n华特电机的商机汇总反馈表见附件，推送已经到63%了，客户想先沟通续费方案。\n\n钱磊\n禾城云企")
    atts = [Att("商机汇总反馈表-华特电机.xlsx", "application/octet-stream", sheet, CT_XLSX)]
    subject = "华特电机 商机汇总反馈表"
    raw = qq_mail(c, "钱磊", "qianlei@hcyunqi.com", subject, date, plain, html_lines(plain), atts, exmail=True)
    f = fields(partner="嘉兴禾城云企网络服务有限公司", client="嘉兴秀洲华特电机有限公司", quota=160, pushed_count=101,
               service_start=_dt.date(2026, 1, 5), service_end=_dt.date(2027, 1, 4))
    return finish(c, raw, date, "qianlei@hcyunqi.com", subject, "summary", f, [],
                  notes="WeCom / Exmail; all summary fields only in a label/value .xlsx (numeric cells 160 / 101, real date "
                        "cells for the period) declared application/octet-stream; the body has short forms and '63%'; "
                        "lead_60 (time 49 %); YE4 and '7台' are distractors.",
                  client="WeCom / Tencent Exmail", extra={"renewal_intent": True},
                  surface={"quota": ["160"], "pushed_count": ["101"], "service_start": ["2026-01-05"],
                           "service_end": ["2027-01-04"]})


def m_S04():
    c = Ctx("S04")
    date = dt(2026, 7, 3, 10, 25, 47)
    plain = ("总部老师好：\n\n"
             "力诺环保推送进度 63/100条，已过60%，汇总如下：\n"
             "代理商：盐城黄海企服网络科技有限公司\n"
             "客户：盐城大丰力诺环保设备有限公司\n"
             "服务期：按合同（合同原件在客户那边，起止日期我们这边没登记）\n"
             "情况分析：RTO焚烧炉询盘质量好，已成交2套；布袋除尘器询盘多为小型家用，不精准。\n"
             "解决方案：除尘器方向增加“工业布袋除尘器”“脉冲除尘器”关键词。客户续费意向较强。\n\n"
             "陆晓岚 黄海企服")
    subject = "力诺环保 推送63/100 汇总反馈"
    raw = qq_mail(c, "陆晓岚", "2851706439@qq.com", subject, date, plain, html_lines(plain))
    f = fields(partner="盐城黄海企服网络科技有限公司", client="盐城大丰力诺环保设备有限公司", quota=100, pushed_count=63)
    return finish(c, raw, date, "2851706439@qq.com", subject, "summary", f, ["service_start", "service_end"],
                  notes="QQ Mail (gb18030); pushed/quota as '63/100条'; the service period is explicitly not known "
                        "(service_start and service_end missing); lead_60; '2套' and '60%' are distractors.",
                  client="QQ Mail", extra={"renewal_intent": True},
                  surface={"quota": ["63/100条"], "pushed_count": ["63/100条"]})


def m_S05():
    c = Ctx("S05")
    date = dt(2026, 7, 6, 16, 40, 2)
    text = ("总部好：\n\n"
            "宜昌夷陵鑫达矿山机械有限公司（鑫达矿机）的服务期是去年10月15日开始，到今年10月14日结束，目前时间已经过了七成；"
            "合同是120条商机，到现在推了75条，也过了60%。\n\n"
            "客户情况：颚式破碎机询盘多且精准，圆锥破碎机询盘偏少。客户有续费打算，想把商机数加到180条、服务期改成两年。\n"
            "建议：剩余45条多推圆锥破碎机和移动破碎站。\n\n"
            "唐璐\n宜昌三峡智联网络科技有限公司\n0717-6258813")
    subject = "鑫达矿机服务期过70%，商机也过六成"
    raw = apple_mail(c, "唐璐", "tanglu@sxzhilian.cn", subject, date, [text])
    f = fields(partner="宜昌三峡智联网络科技有限公司", client="宜昌夷陵鑫达矿山机械有限公司", quota=120, pushed_count=75,
               service_start=_dt.date(2025, 10, 15), service_end=_dt.date(2026, 10, 14))
    return finish(c, raw, date, "tanglu@sxzhilian.cn", subject, "summary", f, [],
                  notes="Apple Mail (macOS, UTF-8 QP), prose only; period as '去年10月15日开始，到今年10月14日结束' (years from "
                        "the Date header 2026); '合同是120条商机，到现在推了75条'; both triggers (62.5 % leads, 72.5 % time); "
                        "'180条', '两年', '剩余45条' are distractors; renewal intended.",
                  client="Apple Mail (macOS)", extra={"renewal_intent": True},
                  surface={"quota": ["合同是120条"], "pushed_count": ["推了75条"], "service_start": ["去年10月15日"],
                           "service_end": ["今年10月14日"]})


def m_S06():
    c = Ctx("S06")
    date = dt(2026, 7, 8, 14, 50, 33)
    form = make_docx(date, "商机汇总反馈表", [
        ["合作商", "南通江海商联信息技术有限公司"],
        ["付费客户", "南通通州鑫源起重设备有限公司"],
        ["合同商机数量", "200条"],
        ["已推送数量", "124条"],
        ["服务期", "2025年12月20日至2026年12月19日"],
        ["触发条件", "推送数量达到60%"],
        ["客户情况分析", "电动葫芦、单梁起重机询盘精准，已成交LD型单梁8台；桥式起重机询盘偏少。"],
        ["建议解决方案", "增加“门式起重机”方向推广；客户暂未决定是否续费，等下半年订单情况再定。"],
    ], author="xuhao")
    plain = "总部您好：\n\n附件为鑫源起重的《商机汇总反馈表》，请查收。\n\n--\n徐浩 | 江海商联 客服部\n电话：0513-85561207"
    atts = [Att("商机汇总反馈表-鑫源起重.docx", "application/octet-stream", form, CT_DOCX)]
    subject = "鑫源起重 商机汇总反馈"
    raw = foxmail(c, "徐浩", "xuhao@jhshanglian.com", "jhshanglian.com", subject, date, plain, atts)
    f = fields(partner="南通江海商联信息技术有限公司", client="南通通州鑫源起重设备有限公司", quota=200, pushed_count=124,
               service_start=_dt.date(2025, 12, 20), service_end=_dt.date(2026, 12, 19))
    return finish(c, raw, date, "xuhao@jhshanglian.com", subject, "summary", f, [],
                  notes="Foxmail 7.2; every summary field only in the attached .docx form (declared application/octet-stream); "
                        "period '2025年12月20日至2026年12月19日'; lead_60 (62 %), time 55 %; '8台' and '60%' are distractors; "
                        "renewal undecided (null).",
                  client="Foxmail 7.2", extra={"renewal_intent": None},
                  surface={"quota": ["200条"], "pushed_count": ["124条"], "service_start": ["2025年12月20日"],
                           "service_end": ["2026年12月19日"]})


# ==========================================================================
# REPLIES (6)
# ==========================================================================
def m_R01():
    c = Ctx("R01")
    date = dt(2026, 6, 17, 9, 20, 15)
    ref = "<ask.SS-2026-000517@ptg139.com>"
    plain = ("总部老师好：\n\n回拨录音补上了，见附件。\n\n陆晓岚\n\n"
             "------------------ 原始邮件 ------------------\n"
             "发件人: \"总部商机服务\"<dor@ptg139.com>;\n"
             "发送时间: 2026年6月16日(星期二) 下午5:30\n"
             "收件人: \"陆晓岚\"<2851706439@qq.com>;\n"
             "主题: [DOR#SS-2026-000517] 请补充证据：商机申诉\n\n"
             "陆晓岚 您好：\n\n"
             "您提交的商机申诉已受理，案件号 SS-2026-000517，登记信息：\n"
             "合作商：盐城黄海企服网络科技有限公司\n"
             "付费客户：盐城大丰力诺环保设备有限公司\n"
             "商机编号：SJ20260615-0063\n"
             "推送时间：2026-06-15 10:20；异议时间：2026-06-15 17:05\n"
             "申诉理由：判定标准第3条（留错电话）\n"
             "请补充客户回拨的通话录音，以便核实。\n\n"
             "总部商机服务")
    atts = [Att("回拨录音.amr", "application/octet-stream", amr_audio(c.rng, 9), "audio/amr")]
    subject = "回复：【DOR＃ＳＳ－2026－000517】请补充证据：商机申诉"
    raw = qq_mail(c, "陆晓岚", "2851706439@qq.com", subject, date, plain, html_lines(plain), atts,
                  extra=["In-Reply-To: " + ref, "References: " + ref])
    return finish(c, raw, date, "2851706439@qq.com", subject, "reply", fields(), [],
                  notes="QQ Mail '回复：' with a mangled case tag: full-width brackets, full-width ＃ and full-width ＳＳ－ "
                        "(NFKC gives DOR#SS-2026-000517) plus In-Reply-To <ask.SS-2026-000517@ptg139.com>; the reply adds an "
                        "AMR recording declared application/octet-stream; the quoted HQ request lists partner, client, lead "
                        "id, both times and the criterion: none of it is new data, every field null.",
                  client="QQ Mail", thread="SS-2026-000517")


def m_R02():
    c = Ctx("R02")
    date = dt(2026, 7, 6, 9, 35, 40)
    ref = "<ask.SS-2026-000523@ptg139.com>"
    plain = ("总部您好：\n\n推送时间补充如下：2026/7/2 10:50（系统短信时间）。\n其他信息不变。\n\n王喆\n客服部\n\n"
             "-----原始邮件-----\n"
             "发件人: 总部商机服务 <dor@ptg139.com>\n"
             "发送时间: 2026年7月3日 16:20\n"
             "收件人: 王喆 <wangzhe@xjqihang.com>\n"
             "主题: [DOR#SS-2026-000523] 请补充：推送时间\n\n"
             "王喆 您好：\n\n"
             "您提交的商机申诉（SS-2026-000523）缺少以下信息：推送时间。\n"
             "已登记信息：\n"
             "合作商：漳州芗江企航信息科技有限公司\n"
             "付费客户：漳州龙海佳盛食品机械有限公司\n"
             "商机编号：SJ20260702-0081\n"
             "异议时间：2026-07-02 15:30\n"
             "申诉理由：第5条（所需产品与客户经营产品不一致）\n"
             "请直接回复本邮件补充，案件时限在您回复前暂停计算。\n\n"
             "总部商机服务")
    subject = "答复: [DOR#SS-2026-000523] 请补充：推送时间"
    raw = outlook(c, "王喆", "wangzhe@xjqihang.com", "xjqihang.com", subject, date, plain,
                  extra=["In-Reply-To: " + ref, "References: " + ref])
    f = fields(pushed_at=dt(2026, 7, 2, 10, 50))
    return finish(c, raw, date, "wangzhe@xjqihang.com", subject, "reply", f, [],
                  notes="Outlook 16 zh-CN '答复:' with the case tag and In-Reply-To: a reply that newly supplies the missing "
                        "push time ('2026/7/2 10:50') in its own text - pushed_at is the only field; partner, client, lead id, "
                        "objection time and criterion appear only in the quoted '-----原始邮件-----' HQ request and stay null.",
                  client="Outlook 16 (zh-CN)", thread="SS-2026-000523",
                  surface={"pushed_at": ["2026/7/2 10:50"]})


def m_R03():
    c = Ctx("R03")
    date = dt(2026, 6, 25, 8, 50, 31)
    ref = "<done.SS-2026-000530@ptg139.com>"
    plain = ("收到，谢谢总部。客户说这两天的3条商机都挺准，都是4吨以上的燃气锅炉。\n\n刘洋\n\n\n"
             "在 2026-06-24 17:12:05，\"总部商机服务\" <dor@ptg139.com> 写道：\n"
             ">刘洋 您好：\n"
             ">\n"
             ">保定市清苑金诺锅炉制造有限公司的推广已按您的建议调整（案件 SS-2026-000530）：\n"
             ">新增关键词：燃气蒸汽锅炉、生物质锅炉；删除：壁挂炉、锅炉维修；\n"
             ">覆盖商机：SJ20260608-0012 等5条。\n"
             ">\n"
             ">总部商机服务")
    subject = "Re:DOR#SS-2026-000530 推广调整已完成"
    raw = coremail(c, "刘洋", "liuyang_bd@163.com", subject, date, plain,
                   extra=["In-Reply-To: " + ref, "References: " + ref])
    return finish(c, raw, date, "liuyang_bd@163.com", subject, "reply", fields(), [],
                  notes="163 webmail 'Re:' (no space) with the case tag written without brackets (DOR#SS-2026-000530) plus "
                        "In-Reply-To; a thank-you with distractor numbers ('3条', '4吨'); the '>'-quoted HQ confirmation "
                        "names the client, keywords and a lead id: all ignored.",
                  client="163 webmail (Coremail)", thread="SS-2026-000530")


def m_R04():
    c = Ctx("R04")
    date = dt(2026, 6, 26, 14, 5, 58)
    ref = "<ack.SS-2026-000541@ptg139.com>"
    plain = ("总部老师好，\n\n这条申诉提交两天了，请问什么时候能出结果？客户那边一直在催，说再不处理就要找总部投诉了。\n\n"
             "沈洁\n禾城云企\n\n"
             "------------------ 原始邮件 ------------------\n"
             "发件人: \"总部商机服务\"<dor@ptg139.com>;\n"
             "发送时间: 2026年6月24日(星期三) 中午12:02\n"
             "收件人: \"沈洁\"<shenjie@hcyunqi.com>;\n"
             "主题: (DOR#SS-2026-000541) 商机申诉已受理\n\n"
             "沈洁 您好：\n总部已受理您的商机申诉（SS-2026-000541）：\n"
             "合作商：嘉兴禾城云企网络服务有限公司；付费客户：嘉兴南湖正阳阀门制造有限公司\n"
             "商机编号：2606240031；推送时间：2026-06-24 08:50；反馈时间：2026-06-24 10:05\n"
             "总部将在2个工作日（48个工作小时）内给出判定结果。\n总部商机服务")
    subject = "回复：(DOR#SS-2026-000541) 商机申诉已受理"
    raw = qq_mail(c, "沈洁", "shenjie@hcyunqi.com", subject, date, plain, html_lines(plain), exmail=True,
                  extra=["In-Reply-To: " + ref, "References: " + ref])
    return finish(c, raw, date, "shenjie@hcyunqi.com", subject, "reply", fields(), [],
                  notes="WeCom / Exmail '回复：' with the case tag in round brackets and In-Reply-To: a status question in "
                        "the thread is a reply (compare the unknown status question without thread markers); the quoted HQ "
                        "acknowledgement carries every appeal field: none may leak.",
                  client="WeCom / Tencent Exmail", thread="SS-2026-000541")


def m_R05():
    c = Ctx("R05")
    date = dt(2026, 7, 2, 10, 12, 7)
    ref = "<verdict.SS-2026-000548@ptg139.com>"
    own = f"<000001dc{c.hex(4, False)}${c.hex(8, False)}${c.hex(8, False)}$@xjqihang.com>"
    plain = ("总部您好：\n\n对判定结果有不同意见：客户在推送后3小时内就电话反馈了，且需求者确实是个人，不是企业采购。"
             "附上客户补充的通话截图，请再复核一下。\n\n林志鹏\n商务部\n\n"
             "-----原始邮件-----\n"
             "发件人: 总部商机服务 <dor@ptg139.com>\n"
             "发送时间: 2026年7月1日 18:30\n"
             "收件人: 林志鹏 <linzhipeng@xjqihang.com>\n"
             "主题: 商机申诉判定结果-闽丰液压\n\n"
             "林志鹏 您好：\n\n"
             "案件 SS-2026-000548 判定结果：计入。\n"
             "合作商：漳州芗江企航信息科技有限公司\n"
             "付费客户：漳州台商投资区闽丰液压设备有限公司\n"
             "商机编号：10652288\n"
             "推送时间：2026-06-30 14:20\n"
             "反馈时间：2026-06-30 17:05\n"
             "判定说明：需求者为液压设备经销商，不属于判定标准第3条情形，计入。\n\n"
             "总部商机服务")
    atts = [Att("客户补充截图.png", "image/png", png_screenshot(c.rng, style="call"), "image/png")]
    subject = "答复: 商机申诉判定结果-闽丰液压"
    raw = outlook(c, "林志鹏", "linzhipeng@xjqihang.com", "xjqihang.com", subject, date, plain, atts,
                  extra=["In-Reply-To: " + ref, "References: " + own, "\t" + ref])
    return finish(c, raw, date, "linzhipeng@xjqihang.com", subject, "reply", fields(), [],
                  notes="Outlook '答复:' without a case tag (case_ref null): the thread is known only from In-Reply-To/"
                        "References <verdict.SS-2026-000548@ptg139.com> (References also holds the partner's own earlier "
                        "Message-ID); the partner disputes the verdict and adds a PNG screenshot; the quoted verdict and the "
                        "HQ subject name the client and every appeal field: all null.",
                  client="Outlook 16 (zh-CN)", thread="SS-2026-000548")


def m_R06():
    c = Ctx("R06")
    date = dt(2026, 7, 5, 20, 40, 12)
    ref = "<ask.SS-2026-000552@ptg139.com>"
    text = ("总部好，合同商机数量是一百六十条，上次漏写了。\n钟莉\n\n"
            "在 2026年7月3日 17:45，总部商机服务 <dor@ptg139.com> 写道：\n"
            "> 钟莉 您好：\n"
            "> 您提交的商机汇总反馈（SS-2026-000552）缺少：合同商机数量。\n"
            "> 已登记：付费客户 赣州南康恒瑞木工机械有限公司；已推送 98 条；服务期 2025-10-08 至 2026-10-07。\n"
            "> 总部商机服务")
    subject = "回复：回复：[DOR#SS-2026-000552] 请补充：合同商机数量"
    raw = android(c, "钟莉", "zhongli_gz@126.com", subject, date, text, extra=["In-Reply-To: " + ref, "References: " + ref])
    f = fields(quota=160)
    return finish(c, raw, date, "zhongli_gz@126.com", subject, "reply", f, [],
                  notes="Android phone app (raw 8-bit GBK Subject/From: malformed) '回复：回复：' with the case tag and "
                        "In-Reply-To; the reply's own text supplies the missing quota in Chinese numerals ('一百六十条' = 160); "
                        "client, pushed count and period are only in the '>'-quoted HQ request and stay null.",
                  client="Android phone mail app (8bit GBK)", thread="SS-2026-000552", malformed=True,
                  surface={"quota": ["一百六十条"]})


# ==========================================================================
# AUTO (5)
# ==========================================================================
def m_U01():
    c = Ctx("U01")
    date = dt(2026, 7, 3, 9, 1, 6)
    ref = "<ack.SS-2026-000561@ptg139.com>"
    plain = ("您好，我正在休假（7月3日—7月7日），邮件将延迟回复。\n"
             "商机申诉、调整、汇总反馈相关事宜请联系同事沈洁，手机13957321864。\n\n"
             "钱磊\n嘉兴禾城云企网络服务有限公司")
    subject = "自动回复: [DOR#SS-2026-000561] 商机汇总反馈已受理"
    raw = qq_mail(c, "钱磊", "qianlei@hcyunqi.com", subject, date, plain, html_lines(plain), exmail=True,
                  extra=["In-Reply-To: " + ref, "References: " + ref, "Auto-Submitted: auto-replied"],
                  mailer="Tencent Exmail AutoReply")
    return finish(c, raw, date, "qianlei@hcyunqi.com", subject, "auto", fields(), [],
                  notes="Tencent Exmail out-of-office: 'Auto-Submitted: auto-replied' and a '自动回复:' prefix, but also a case "
                        "tag in the subject and In-Reply-To <ack.SS-2026-000561@ptg139.com>: automatic wins over reply; the "
                        "body names the partner and a colleague's mobile: no fields.",
                  client="WeCom / Tencent Exmail (auto-reply)", thread="SS-2026-000561")


def m_U02():
    c = Ctx("U02")
    date = dt(2026, 7, 8, 18, 5, 44)
    ref = "<done.SS-2026-000570@ptg139.com>"
    plain = ("我7月8日至7月10日在厦门参加机械展，期间邮件回复会有延迟。紧急事务请致电13906963382。\n\n"
             "I am out of the office from Jul 8 to Jul 10 with limited access to email.\n\n"
             "林志鹏\n漳州芗江企航信息科技有限公司")
    subject = "Automatic reply: [DOR#SS-2026-000570] 推广调整已完成"
    raw = outlook(c, "林志鹏", "linzhipeng@xjqihang.com", "xjqihang.com", subject, date, plain,
                  extra=["In-Reply-To: " + ref, "References: " + ref], lang="en-US", mailer=None,
                  more_headers=["Thread-Topic: [DOR#SS-2026-000570] " + "=?gb2312?B?{}?=".format(base64.b64encode("推广调整已完成".encode("gb18030")).decode()),
                                "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:", "X-Auto-Response-Suppress: All",
                                "X-MS-Exchange-Inbox-Rules-Loop: linzhipeng@xjqihang.com"])
    return finish(c, raw, date, "linzhipeng@xjqihang.com", subject, "auto", fields(), [],
                  notes="Exchange out-of-office in English locale: 'Automatic reply:' prefix, X-Auto-Response-Suppress and "
                        "X-MS-Exchange-Inbox-Rules-Loop but NO Auto-Submitted header; case tag and In-Reply-To to "
                        "@ptg139.com (auto beats reply); names the partner and a mobile number.",
                  client="Exchange auto-reply (gb2312)", thread="SS-2026-000570")


def m_U03():
    c = Ctx("U03")
    date = dt(2026, 6, 27, 10, 2, 12)
    qid = "4B1C2A0C3D"
    host = "mail.jhshanglian.com"
    c.mid = "<{}.{}@{}>".format(date.astimezone(_dt.UTC).strftime("%Y%m%d%H%M%S"), qid, host)
    bnd = f"{qid}.{int(date.timestamp())}/{host}"
    returned = ("Return-Path: <dor@ptg139.com>\r\n"
                "Received: from mx1.ptg139.com (mx1.ptg139.com [203.0.113.25])\r\n"
                "\tby {} (Postfix) with ESMTPS id {}\r\n"
                "\tfor <chenmin@jhshanglian.com>; Sat, 27 Jun 2026 10:02:11 +0800 (CST)\r\n"
                "From: {} <dor@ptg139.com>\r\n"
                "To: chenmin@jhshanglian.com\r\n"
                "{}\r\n"
                "Date: Sat, 27 Jun 2026 10:02:09 +0800\r\n"
                "Message-ID: <verdict.SS-2026-000533@ptg139.com>\r\n"
                "MIME-Version: 1.0\r\n"
                "Content-Type: text/plain; charset=\"utf-8\"\r\n"
                "Content-Transfer-Encoding: base64\r\n").format(host, qid, ew1("总部商机服务", "utf-8"),
                                                             subj_header("[DOR#SS-2026-000533] 商机申诉判定结果：不计入", "utf-8"))
    notif = (f"This is the mail system at host {host}.\r\n\r\n"
             "I'm sorry to have to inform you that your message could not\r\n"
             "be delivered to one or more recipients. It's attached below.\r\n\r\n"
             "For further assistance, please send mail to postmaster.\r\n\r\n"
             "If you do so, please include this problem report. You can\r\n"
             "delete your own text from the attached returned message.\r\n\r\n"
             "                   The mail system\r\n\r\n"
             "<chenmin@jhshanglian.com>: unknown user: \"chenmin\"\r\n")
    status = (f"Reporting-MTA: dns; {host}\r\nX-Postfix-Queue-ID: {qid}\r\nX-Postfix-Sender: rfc822; dor@ptg139.com\r\n"
              "Arrival-Date: Sat, 27 Jun 2026 10:02:11 +0800 (CST)\r\n\r\n"
              "Final-Recipient: rfc822; chenmin@jhshanglian.com\r\nOriginal-Recipient: rfc822;chenmin@jhshanglian.com\r\n"
              "Action: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: X-Postfix; unknown user: \"chenmin\"\r\n")
    parts = [leaf(["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"], notif.encode()),
             leaf(["Content-Description: Delivery report", "Content-Type: message/delivery-status"], status.encode()),
             leaf(["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"], returned.encode())]
    hdr = trace(c, "", host, f"47.96.{c.rng.randrange(1, 255)}.{c.rng.randrange(1, 255)}", date) + [
        f"Received: by {host} (Postfix)", f"\tid {qid}; {rfcdate(date, cst=True)}",
        "Date: " + rfcdate(date, cst=True), f"From: MAILER-DAEMON@{host} (Mail Delivery System)",
        "Subject: Undelivered Mail Returned to Sender", "To: " + HQ, "Auto-Submitted: auto-replied", "MIME-Version: 1.0",
        "Content-Type: multipart/report; report-type=delivery-status;", f'\tboundary="{bnd}"',
        "Content-Transfer-Encoding: 8bit", "Message-Id: " + c.mid]
    raw = multipart(hdr, bnd, parts, preamble="This is a MIME-encapsulated message.")
    c.see(notif, status, returned)
    return finish(c, raw, date, "MAILER-DAEMON@" + host, "Undelivered Mail Returned to Sender", "auto", fields(), [],
                  notes="Postfix DSN (multipart/report; report-type=delivery-status) from MAILER-DAEMON with an empty "
                        "Return-Path and 'From: addr (comment)' form; the third part is text/rfc822-headers of the returned "
                        "HQ verdict (case tag only there); unnamed report parts are not attachments; no case_ref.",
                  client="Postfix DSN (bounce)")


def m_U04():
    c = Ctx("U04")
    date = dt(2026, 7, 3, 10, 0, 0)
    sender = "news@edm.dgjcexpo.com"
    c.mid = "<{}.{}.edm@edm.dgjcexpo.com>".format(date.strftime("%Y%m%d%H%M%S"), c.digits(6))
    plain = ("尊敬的企业用户：\n\n"
             "2026东莞国际数控机床及模具展览会将于7月15日-18日在东莞厚街广东现代国际展览中心举行，展出面积80000平方米，"
             "1200余家展商参展。展会同期举办“精准商机对接会”，现场为采购商和供应商免费匹配询盘，预计对接商机3000条以上。\n\n"
             "观众免费预登记：https://www.dgjcexpo.com/reg?src=edm0703\n"
             "参展咨询：0769-85631200（王先生）\n\n"
             "您收到此邮件是因为您曾在本站订阅展会资讯。如不想再收到，请点击退订：https://edm.dgjcexpo.com/u?id=88123")
    html = ("<html><body style=\"font-family:Microsoft YaHei\"><table width=\"640\" align=\"center\"><tr><td>" +
            html_lines(plain) + "</td></tr></table></body></html>")
    c.see("【展会邀请】2026东莞国际数控机床展 7月15-18日 | 精准商机对接会", plain, html)
    bnd = f"=_edm_{c.hex(24, False)}"
    hdr = trace(c, "bounce-88123-0703@edm.dgjcexpo.com", "edm.dgjcexpo.com", c.ip("106.75"), date) + [
        "From: {} <{}>".format(ew1("东莞国际机床展组委会", "utf-8"), sender), "Reply-To: service@dgjcexpo.com", "To: " + HQ,
        subj_header("【展会邀请】2026东莞国际数控机床展 7月15-18日 | 精准商机对接会", "utf-8"),
        "Date: " + rfcdate(date), "Message-ID: " + c.mid, "Precedence: bulk",
        "List-Unsubscribe: <mailto:unsubscribe-88123@edm.dgjcexpo.com>,", " <https://edm.dgjcexpo.com/u?id=88123>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "X-Mailer: EDM Sender 3.2", "X-Campaign-ID: 2607-expo-0703",
        "MIME-Version: 1.0", "Content-Type: multipart/alternative;", f'\tboundary="{bnd}"']
    parts = [leaf(["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: base64"], b64_body(enc_text(plain, "utf-8"))),
             leaf(["Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: base64"], b64_body(enc_text(html, "utf-8")))]
    raw = multipart(hdr, bnd, parts, preamble=None)
    return finish(c, raw, date, sender, "【展会邀请】2026东莞国际数控机床展 7月15-18日 | 精准商机对接会", "auto", fields(), [],
                  notes="Trade-fair newsletter with 'Precedence: bulk' and List-Unsubscribe (no Auto-Submitted): automatic; "
                        "talks about 商机 and 询盘, has numbers and a phone; the subject's 【】 is not a case tag.",
                  client="EDM mass mailer")


def m_U05():
    c = Ctx("U05")
    date = dt(2026, 7, 7, 8, 0, 3)
    sender = "noreply@crm.jhshanglian.com"
    c.mid = f"<{c.hex(32, False)}@crm.jhshanglian.com>"
    html = ("<html><body><p>系统提醒：以下商机已超过24小时未跟进，请及时处理。</p>"
            "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">"
            "<tr><th>商机编号</th><th>付费客户</th><th>推送时间</th><th>负责人</th></tr>"
            "<tr><td>XP-2607-0045</td><td>南通海门宏泰纺织机械有限公司</td><td>2026-07-06 07:40</td><td>周雯</td></tr>"
            "<tr><td>XP-2607-0051</td><td>南通通州鑫源起重设备有限公司</td><td>2026-07-06 07:55</td><td>徐浩</td></tr>"
            "</table><p>本邮件由江海商联CRM系统自动发送，请勿直接回复。</p></body></html>")
    c.see("【商机提醒】您有2条商机已超过24小时未跟进", html)
    hdr = trace(c, "noreply@crm.jhshanglian.com", "crm.jhshanglian.com", c.ip("47.98"), date) + [
        "Date: " + rfcdate(date), "To: dor@ptg139.com, zhouwen@jhshanglian.com",
        "From: {} <{}>".format(ew1("江海商联CRM", "utf-8"), sender),
        subj_header("【商机提醒】您有2条商机已超过24小时未跟进", "utf-8"), "Message-ID: " + c.mid,
        "X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)", "MIME-Version: 1.0",
        "Content-Type: text/html; charset=UTF-8", "Content-Transfer-Encoding: base64"]
    raw = leaf(hdr, b64_body(html.encode("utf-8")))
    return finish(c, raw, date, sender, "【商机提醒】您有2条商机已超过24小时未跟进", "auto", fields(), [],
                  notes="A partner's CRM notification (single text/html part, UTF-8 base64) from a noreply@ sender with no "
                        "Auto-Submitted/Precedence: automatic by sender; it lists lead ids, client full names and push "
                        "times in a table, none of which become fields.",
                  client="PHPMailer (partner CRM)")


# ==========================================================================
# UNKNOWN (4)
# ==========================================================================
def m_X01():
    c = Ctx("X01")
    date = dt(2026, 6, 16, 14, 30, 52)
    plain = ("总部好：\n\n我司与总部的2026年度合作协议已盖章，扫描件见附件；原件今天已经通过顺丰寄出，单号SF1408836275301，请注意查收。\n\n"
             "李雯\n赣州章贡商通网络科技有限公司\n统一社会信用代码：91360702MA39T4KX6B\n电话：0797-8356612")
    pdf = pdf_doc(["PTG139 Partner Cooperation Agreement 2026", "Partner: Ganzhou Zhanggong Shangtong", "Signed and stamped",
                   "Contract No. PTG-2026-HZ-0317"])
    atts = [Att("2026年度合作协议（盖章版）.pdf", "application/pdf", pdf, "application/pdf")]
    subject = "合作协议盖章版扫描件"
    raw = coremail(c, "李雯", "liwen_gz@126.com", subject, date, plain, atts, host="126")
    return finish(c, raw, date, "liwen_gz@126.com", subject, "unknown", fields(), [],
                  notes="126 webmail (GBK): paperwork from a known partner (stamped cooperation agreement, PDF attachment - "
                        "role form by file type); tracking number and tax id are distractors; none of the three requests.",
                  client="126 webmail (Coremail)")


def m_X02():
    c = Ctx("X02")
    date = dt(2026, 6, 22, 9, 5, 17)
    plain = ("总部您好：\n\n"
             "我们6月17日上午提交的宏泰纺机那条商机申诉（询盘编号XP-2606-0412，需求者微信加不上），到现在还没收到受理邮件，"
             "也没有判定结果，麻烦帮忙查一下是否收到了？客户那边在问。\n\n"
             "徐浩\n江海商联 客服部\n南通江海商联信息技术有限公司")
    subject = "咨询：6月17日提交的宏泰纺机申诉进度"
    raw = foxmail(c, "徐浩", "xuhao@jhshanglian.com", "jhshanglian.com", subject, date, plain)
    return finish(c, raw, date, "xuhao@jhshanglian.com", subject, "unknown", fields(), [],
                  notes="Foxmail: a status question about an earlier appeal with no thread markers (new subject, no "
                        "In-Reply-To, no case tag): unknown, not reply and not a new appeal, although a lead id, a client "
                        "short name, the partner and the word 申诉 appear.",
                  client="Foxmail 7.2")


def m_X03():
    c = Ctx("X03")
    date = dt(2026, 7, 1, 3, 47, 29)
    sender = "tg8826@yxtuiguang88.top"
    c.mid = f"<{c.hex(12)}${c.hex(6)}@yxtuiguang88.top>"
    plain = ("老板您好！\n\n"
             "还在为没有询盘发愁吗？我司专业做百度首页推广、B2B平台代运营，包年不限点击，精准询盘每天50+，"
             "已服务机械制造企业3000余家。本月签约送企业官网一套，再送抖音企业号蓝V认证！\n\n"
             "咨询热线：400-882-6617  手机/微信：17725409981  QQ：2890014563\n"
             "（如不需要请回复TD退订）")
    subject = "老板您好：百度首页包年推广，精准询盘每天50+"
    c.see(subject, plain)
    hdr = trace(c, "tg8826@yxtuiguang88.top", "yxtuiguang88.top", f"45.136.{c.rng.randrange(1, 255)}.{c.rng.randrange(1, 255)}", date) + [
        "From: \"{}\" <{}>".format(ew1("企业推广部", "gb2312"), sender), "To: " + HQ, subj_header(subject, "gb2312"),
        "Date: " + rfcdate(date), "Message-ID: " + c.mid, "MIME-Version: 1.0",
        "Content-Type: text/plain;", '\tcharset="gb2312"', "Content-Transfer-Encoding: base64",
        "X-Priority: 3", "X-Mailer: Microsoft Outlook Express 6.00.2900.5512"]
    raw = leaf(hdr, b64_body(enc_text(plain, "gb2312")))
    return finish(c, raw, date, sender, subject, "unknown", fields(), [],
                  notes="Spam from an unknown sender (gb2312 base64, single text part, fake Outlook Express mailer, sent at "
                        "03:47): mentions 询盘 and lots of numbers; unknown (no auto markers), no fields, no reply expected.",
                  client="spam mailer (Outlook Express header)")


def m_X04():
    c = Ctx("X04")
    date = dt(2026, 7, 8, 11, 20, 35)
    plain = ("总部各位老师好：\n\n"
             "自7月10日起，禾城云企的商机申诉、调整、汇总反馈统一由钱磊负责对接（qianlei@hcyunqi.com，手机13757302419），"
             "我调岗到销售部。正阳阀门、华特电机两家客户的历史案件也由钱磊继续跟进。\n\n谢谢！\n\n"
             "沈洁\n嘉兴禾城云企网络服务有限公司")
    subject = "对接人变更通知"
    raw = qq_mail(c, "沈洁", "shenjie@hcyunqi.com", subject, date, plain, html_lines(plain), exmail=True)
    return finish(c, raw, date, "shenjie@hcyunqi.com", subject, "unknown", fields(), [],
                  notes="WeCom / Exmail: a contact-person change notice from a known partner; it names all three request "
                        "kinds (申诉、调整、汇总反馈) and two clients but requests none of them: unknown, no fields.",
                  client="WeCom / Tencent Exmail")


# ==========================================================================
MESSAGES = [m_A01, m_A02, m_A03, m_A04, m_A05, m_A06, m_A07, m_A08, m_A09, m_A10, m_A11, m_A12, m_A13, m_A14,
            m_A15, m_A16, m_A17, m_D01, m_D02, m_D03, m_D04, m_D05, m_D06, m_D07, m_S01, m_S02, m_S03, m_S04,
            m_S05, m_S06, m_R01, m_R02, m_R03, m_R04, m_R05, m_R06, m_U01, m_U02, m_U03, m_U04, m_U05,
            m_X01, m_X02, m_X03, m_X04]


def build_all():
    items = [fn() for fn in MESSAGES]
    items.sort(key=lambda it: (it["date"], it["label"]["source_key"]))  # chronological: kinds interleave
    return items


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", help="write the pairs into this directory (default: tests/mail/blind2)")
    out, _readme = layout.outputs("blind2", ap.parse_args(argv).out)  # README.md is written by hand
    OUT = str(out)
    os.makedirs(OUT, exist_ok=True)
    items = build_all()
    for old in os.listdir(OUT):
        if re.fullmatch(r"\d{3}\.(eml|expected\.json)", old):
            os.remove(os.path.join(OUT, old))
    for n, it in enumerate(items, 1):
        base = os.path.join(OUT, f"{n:03d}")
        assert b"\n" not in it["raw"].replace(CRLF, b""), it["label"]["source_key"]  # CRLF only
        with open(base + ".eml", "wb") as fh:
            fh.write(it["raw"])
        with open(base + ".expected.json", "w", encoding="utf-8", newline="\n") as fh:
            fh.write(json.dumps(it["label"], ensure_ascii=False, indent=2) + "\n")
    counts = {}
    for it in items:
        counts[it["label"]["kind"]] = counts.get(it["label"]["kind"], 0) + 1
    print("wrote {} messages: {}".format(len(items), ", ".join("{} {}".format(*kv) for kv in sorted(counts.items()))))


if __name__ == "__main__":
    main()
