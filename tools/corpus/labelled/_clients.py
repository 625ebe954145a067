"""Hand-made RFC 5322/MIME bytes in the styles of the mail clients partners use.

No generic serializer is used: each client function writes its own header
order, folding, boundaries, charsets and transfer encodings, the way that
client does on the wire.  All randomness comes from the ``rng`` passed in.
"""

from __future__ import annotations

import base64
import html
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from urllib.parse import quote as urlquote

import mimekit
from mimekit import CRLF, HQ, b64_body, crlf, ew_fit


# ------------------------------------------------------------------ model
@dataclass
class Att:
    filename: str
    data: bytes
    ctype: str                  # the declared type exactly as the client writes it
    detected: str               # what the bytes really are
    inline: bool = False
    cid: str | None = None
    inner: list[Att] | None = None   # for message/rfc822: attachments of the enclosed message

    @property
    def role(self) -> str:
        ext = self.filename.lower().rsplit(".", 1)[-1] if "." in self.filename else ""
        if self.detected.startswith("audio/"):
            return "recording"
        if self.detected.startswith("image/"):
            return "screenshot"
        if ext in ("doc", "docx", "xls", "xlsx", "pdf"):
            return "form"
        return "other"


@dataclass
class Part(mimekit.Part):
    """A MIME entity (see mimekit.Part) that may stand for an attachment of the label."""
    att: Att | None = None              # set when this part is an attachment in the label

    def attachments(self) -> list[Att]:
        """Attachments in document order, including those of an enclosed message/rfc822."""
        found: list[Att] = []
        if self.att is not None:
            found.append(self.att)
            if self.att.inner:
                found.extend(self.att.inner)
        for child in self.parts or []:
            found.extend(child.attachments())
        return found


@dataclass
class Mail:
    """What the partner typed; the client function decides how it looks on the wire."""
    from_name: str
    from_addr: str
    date: datetime
    subject: str
    text: str
    html: str | None = None             # inner HTML replacing the auto-generated one (tables)
    atts: list[Att] = field(default_factory=list)
    logo: Att | None = None             # inline signature image (multipart/related)
    to: list[tuple[str | None, str]] = field(default_factory=lambda: [(None, HQ)])
    cc: list[tuple[str | None, str]] = field(default_factory=list)
    in_reply_to: str | None = None
    references: list[str] = field(default_factory=list)
    extra_headers: list = field(default_factory=list)
    msgid: str | None = None
    opts: dict = field(default_factory=dict)
    rfc822: tuple[Att, bytes] | None = None   # forwarded-as-attachment message (Att, bytes)


# ---------------------------------------------------------------- helpers
def gbk(s: str) -> bytes:
    return s.encode("gb18030")


def codec_for(charset: str) -> str:
    return {"gb2312": "gb18030", "gbk": "gb18030", "gb18030": "gb18030", "utf-8": "utf-8",
            "us-ascii": "ascii"}[charset.lower()]


def qp_body(data: bytes) -> bytes:
    """Quoted-printable, soft breaks at 76, a final empty line dropped."""
    return mimekit.qp(data, keep_last_empty=False)


def encoded_words(text: str, charset: str, limit: int = 75, mode: str = "B", split_bytes: bool = False) -> list[str]:
    """RFC 2047 words of at most ``limit`` chars, split at character boundaries
    (or, with split_bytes, at arbitrary byte boundaries as some broken clients do)."""
    codec = codec_for(charset)
    prefix = f"=?{charset}?{mode}?"
    if split_bytes:
        raw = text.encode(codec)
        per = ((limit - len(prefix) - 2) // 4) * 3
        return [prefix + base64.b64encode(raw[i:i + per]).decode() + "?=" for i in range(0, len(raw), per)]
    return ew_fit(text, charset, codec, mode, limit)


def needs_encoding(s: str) -> bool:
    return any(ord(c) > 126 for c in s)


def rfc2231(name: str, param: str = "filename", limit: int = 60, charset: str = "utf-8") -> list[str]:
    """filename*=utf-8''… or filename*0*=…; filename*1*=… continuations."""
    enc = urlquote(name.encode("utf-8"), safe="")
    first = f"{charset}''"
    if len(enc) + len(first) + len(param) + 3 <= limit + 20:
        return [f"{param}*={first}{enc}"]
    chunks, i, cur = [], 0, ""
    while i < len(enc):
        step = 3 if enc[i] == "%" else 1
        piece = enc[i:i + step]
        if len(cur) + len(piece) > limit:
            chunks.append(cur)
            cur = ""
        cur += piece
        i += step
    chunks.append(cur)
    return [f"{param}*{k}*={first if k == 0 else ''}{c}" for k, c in enumerate(chunks)]


def fmt_date(dt: datetime, *, pad_day=True, cst=False) -> str:
    return mimekit.rfcdate(dt, pad_day, cst)


def addr_header(name: str | None, addr: str, charset: str, *, quote_word=True) -> str:
    if not name:
        return f"<{addr}>"
    if needs_encoding(name):
        words = encoded_words(name, charset)
        w = " ".join(words)
        return (f'"{w}" <{addr}>' if quote_word else f"{w} <{addr}>")
    return f'"{name}" <{addr}>'


def addr_list(pairs, charset, **kw) -> str:
    return ", ".join(addr_header(n, a, charset, **kw) for n, a in pairs)


def fold_words(name: str, words: list[str], sep: str = "\r\n ") -> str:
    return f"{name}: " + sep.join(words)


def received(rng, host: str, ip: str, when: datetime, *, proto="ESMTPS") -> str:
    alphabet = "ABCDEFGHJKLMNPQRSTVWXYZabcdefghijkmnopqrstuvwxyz0123456789"
    qid = "4" + "".join(rng.choice(alphabet) for _ in range(12))
    return (f"Received: from {host} ({host} [{ip}])\r\n\tby mx1.ptg139.com (Postfix) with {proto} id {qid}"
            f"\r\n\tfor <{HQ}>; {fmt_date(when, cst=True)}")


def envelope(rng, mail: Mail, host: str, ip: str, *, return_path: str | None = None) -> list[str]:
    if mail.opts.get("no_envelope"):
        return []
    arrive = mail.date + timedelta(seconds=rng.randint(2, 9))
    rp = mail.from_addr if return_path is None else return_path
    return [f"Return-Path: <{rp}>", f"Delivered-To: {HQ}", received(rng, host, ip, arrive)]


def hexs(rng, n: int, upper=False) -> str:
    return mimekit.hexs(rng, n, upper)


def ip(rng, prefix: str) -> str:
    parts = prefix.split(".")
    while len(parts) < 4:
        parts.append(str(rng.randint(2, 254)))
    return ".".join(parts)


def ms_epoch(dt: datetime) -> int:
    return int(dt.timestamp() * 1000)


def threading_headers(mail: Mail, fold: str = "\r\n\t") -> list[str]:
    out = []
    if mail.in_reply_to:
        out.append(f"In-Reply-To: {mail.in_reply_to}")
    if mail.references:
        out.append("References: " + fold.join(mail.references))
    return out


def lines_html(text: str, line_tpl: str, blank: str, table_html: str | None = None) -> str:
    parts = []
    for line in text.split("\n"):
        if line == "{TABLE}":
            parts.append(table_html or "")
        elif line.strip() == "":
            parts.append(blank)
        else:
            parts.append(line_tpl.format(html.escape(line, quote=False)))
    return "".join(parts)


def plain(text: str) -> str:
    """The text/plain rendering: a {TABLE} marker line is dropped (the caller puts rows in text)."""
    return "\n".join(line for line in text.split("\n") if line != "{TABLE}")


def html_table(rows: list[list[str]], style: str = "border:1px solid #999;padding:4px 8px") -> str:
    out = ['<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">']
    for row in rows:
        out.append("<tr>" + "".join(f'<td style="{style}">{html.escape(c, quote=False)}</td>' for c in row) + "</tr>")
    out.append("</table>")
    return "".join(out)


# ---------------------------------------------------- attachment part makers
def att_part_encoded_word(att: Att, charset: str, *, tab_fold=True, with_charset=False,
                          disposition=True, quote_char='"') -> Part:
    """QQ / WeCom / Foxmail / Outlook / Coremail style: name="=?cs?B?...?=" (words folded)."""
    sep = "\r\n\t" if tab_fold else " "
    if needs_encoding(att.filename):
        words = encoded_words(att.filename, charset)
        nm = "\r\n ".join(words) if len(words) > 1 else words[0]
    else:
        nm = att.filename
    hdrs = []
    ctype = f"Content-Type: {att.ctype};"
    if with_charset:
        ctype += f'{sep}charset="{charset}";'
    ctype += f'{sep}name={quote_char}{nm}{quote_char}'
    hdrs.append(ctype)
    hdrs.append("Content-Transfer-Encoding: base64")
    if att.cid:
        hdrs.append(f"Content-ID: <{att.cid}>")
    if disposition:
        disp = "inline" if att.inline else "attachment"
        hdrs.append(f'Content-Disposition: {disp};{sep}filename={quote_char}{nm}{quote_char}')
    return Part(hdrs, b64_body(att.data), att=att)


# ---------------------------------------------------------------- QQ Mail
def qq_html(text, charset="GB18030", table_html=None):
    return (f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
            + lines_html(text, "<div>{}</div>", "<div><br></div>", table_html))


def tencent_headers(rng, mail, mid_domain, *, mailer, charset, mid_prefix):
    hid = f"{'xmsezb' if mid_domain == 'qq.com' else 'bizesmtp'}{rng.randint(10, 99)}t{int(mail.date.timestamp())}t{hexs(rng, 6)}"
    return [f"X-QQ-mid: {hid}",
            f"X-QQ-Originating-IP: {base64.b64encode(bytes(rng.randrange(256) for _ in range(32))).decode()}",
            "X-QQ-SSF: 0000000000000000000000000000000"]


def qq_family(rng, mail: Mail, *, charset: str, mid_domain: str, mailer: str, host: str, host_ip: str,
              mail_client: str) -> tuple[bytes, str, list[Att]]:
    codec = codec_for(charset)
    msgid = mail.msgid or f"<tencent_{hexs(rng, 40 if mid_domain == 'qq.com' else 36, True)}@{mid_domain}>"
    def bnd():
        return f"----=_NextPart_{hexs(rng, 8, True)}_{hexs(rng, 8, True)}_{hexs(rng, 8, True)}"
    text = plain(mail.text)
    text_part = Part(["Content-Type: text/plain;", f'\tcharset="{charset}"', "Content-Transfer-Encoding: base64"],
                     b64_body(crlf(text).encode(codec)))
    meta = charset.upper() if charset != "utf-8" else "UTF-8"
    inner = mail.html if mail.html is not None else lines_html(mail.text, "<div>{}</div>", "<div><br></div>")
    html_src = f'<meta http-equiv="Content-Type" content="text/html; charset={meta}">' + inner
    html_part = Part(["Content-Type: text/html;", f'\tcharset="{charset}"', "Content-Transfer-Encoding: base64"],
                     b64_body(crlf(html_src).encode(codec)))
    alt_b = bnd()
    alt = Part(["Content-Type: multipart/alternative;", f'\tboundary="{alt_b}"'], parts=[text_part, html_part],
               boundary=alt_b, preamble=None)
    subj_words = encoded_words(mail.subject, charset) if needs_encoding(mail.subject) else [mail.subject]
    top = [*envelope(rng, mail, host, host_ip), *tencent_headers(rng, mail, mid_domain, mailer=mailer, charset=charset,
                                                                  mid_prefix="")]
    top.append("From: " + addr_header(mail.from_name, mail.from_addr, charset))
    top.append("To: " + ", ".join((addr_header(n, a, charset) if n else f"<{a}>") for n, a in mail.to))
    if mail.cc:
        top.append("Cc: " + ", ".join((addr_header(n, a, charset) if n else f"<{a}>") for n, a in mail.cc))
    top.append(fold_words("Subject", subj_words))
    top.append("Mime-Version: 1.0")
    atts = list(mail.atts)
    if atts or mail.rfc822:
        mixed_b = bnd()
        children = [alt]
        for a in atts:
            children.append(att_part_encoded_word(a, charset, with_charset=True))
        top += ["Content-Type: multipart/mixed;", f'\tboundary="{mixed_b}"', "Content-Transfer-Encoding: 8Bit"]
        body_part = Part([], parts=children, boundary=mixed_b, preamble=mimekit.PREAMBLE)
    else:
        top += ["Content-Type: multipart/alternative;", f'\tboundary="{alt_b}"', "Content-Transfer-Encoding: 8Bit"]
        body_part = Part([], parts=alt.parts, boundary=alt_b, preamble=mimekit.PREAMBLE)
    top.append(f"Date: {fmt_date(mail.date, pad_day=False)}")
    top.append("X-Priority: 3")
    top.append(f"Message-ID: {msgid}")
    top += threading_headers(mail)
    top.append("X-QQ-MIME: TCMime 1.0 by Tencent")
    top.append(f"X-Mailer: {mailer}")
    if mid_domain == "qq.com":
        top.append(f"X-QQ-Mailer: {mailer}")
    top.append("X-QQ-SENDSIZE: 520")
    top += mail.extra_headers
    msg = Part(top, parts=body_part.parts, boundary=body_part.boundary, preamble=body_part.preamble)
    return msg.render(), msgid, msg.attachments()


def qqmail(rng, mail: Mail):
    n = rng.choice([69, 70, 71, 72, 73, 4, 6])
    return qq_family(rng, mail, charset=mail.opts.get("charset", "gb18030"), mid_domain="qq.com", mailer="QQMail 2.x",
                     host=f"smtpbg{n}.qq.com", host_ip=ip(rng, "43.155"), mail_client="QQ Mail")


def wecom(rng, mail: Mail):
    n = rng.choice([103, 150, 156, 160, 151])
    mailer = mail.opts.get("mailer", "WeCom Mail 4.1.33 (iPhone; iOS 18.3.1)")
    return qq_family(rng, mail, charset="utf-8", mid_domain="exmail.qq.com", mailer=mailer,
                     host=f"smtpbgsg{n}.qq.com", host_ip=ip(rng, "54.254"), mail_client="WeCom / Tencent Exmail")


# ------------------------------------------------------------- Coremail
def coremail(rng, mail: Mail, site: str = "163"):
    ms = ms_epoch(mail.date)
    msgid = mail.msgid or f"<{hexs(rng, 8)}.{hexs(rng, 4)}.{ms:x}.Coremail.{mail.from_addr}>"
    n1 = rng.randint(10000, 99999)
    def bnd(k):
        return f"----=_Part_{n1 + k}_{rng.randint(1000000000, 9999999999)}.{ms + 2}"
    text = plain(mail.text)
    text_part = Part(["Content-Type: text/plain; charset=GBK", "Content-Transfer-Encoding: base64"],
                     b64_body(crlf(text).encode("gb18030")))
    inner = mail.html if mail.html is not None else lines_html(mail.text, "<div>{}</div>", "<div><br></div>")
    html_src = ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">' + inner +
                '</div><br><br><span title="neteasefooter"><p>&nbsp;</p></span>')
    html_part = Part(["Content-Type: text/html; charset=GBK", "Content-Transfer-Encoding: base64"],
                     b64_body(html_src.encode("gb18030")))
    alt_b = bnd(0)
    alt = Part(["Content-Type: multipart/alternative;", f'\tboundary="{alt_b}"'], parts=[text_part, html_part],
               boundary=alt_b)
    if site == "163":
        host, hip = f"m{rng.randint(10, 99)}-{rng.randint(10, 99)}.163.com", ip(rng, "220.181")
    else:
        host, hip = f"m{rng.randint(100, 250)}.mail.126.com", ip(rng, "220.181")
    top = envelope(rng, mail, host, hip)
    top.append(f"X-Originating-IP: [{ip(rng, str(rng.choice([36, 58, 113, 183, 222])))}]")
    top.append(f"Date: {fmt_date(mail.date, cst=True)}")
    top.append("From: " + addr_header(mail.from_name, mail.from_addr, "GBK"))
    top.append("To: " + (HQ if mail.to == [(None, HQ)] else addr_list(mail.to, "GBK")))
    if mail.cc:
        top.append("Cc: " + addr_list(mail.cc, "GBK"))
    subj = encoded_words(mail.subject, "GBK") if needs_encoding(mail.subject) else [mail.subject]
    top.append(fold_words("Subject", subj))
    top += threading_headers(mail, " ")
    top.append("X-Priority: 3")
    top.append("X-Mailer: Coremail Webmail Server Version 2023.4-cmXT build\r\n 20251222(83accb85) Copyright (c) 2002-2026 "
               f"www.mailtech.cn {site}com")
    top.append("X-NTES-SC: AL_Qu2cA" + base64.b64encode(bytes(rng.randrange(256) for _ in range(60))).decode()[:80])
    if mail.atts:
        mixed_b = bnd(1)
        children = [alt] + [att_part_encoded_word(a, "GBK", tab_fold=False) for a in mail.atts]
        top += ["Content-Type: multipart/mixed;", f'\tboundary="{mixed_b}"']
        parts, b = children, mixed_b
    else:
        top += ["Content-Type: multipart/alternative;", f'\tboundary="{alt_b}"']
        parts, b = alt.parts, alt_b
    top.append("MIME-Version: 1.0")
    top.append(f"Message-ID: {msgid}")
    top.append("X-Coremail-Locale: zh_CN")
    top.append(f"X-CM-TRANSID: {hexs(rng, 6)}gD{hexs(rng, 10)}--.{rng.randint(10000, 99999)}W")
    top.append(f"X-CM-SenderInfo: {hexs(rng, 12)}/1tbi{hexs(rng, 16)}")
    top.append("X-Coremail-Antispam: 1U5529EdanIXcx71UUUUU7vcSsGvfC2KfnxnUU==")
    top += mail.extra_headers
    msg = Part(top, parts=parts, boundary=b)
    return msg.render(), msgid, msg.attachments()


def coremail126(rng, mail):
    return coremail(rng, mail, "126")


# -------------------------------------------------------------- Foxmail
def foxmail(rng, mail: Mail):
    domain = mail.from_addr.split("@")[1]
    msgid = mail.msgid or f"<{mail.date:%Y%m%d%H%M%S}{rng.randint(10000000, 99999999)}@{domain}>"
    def nb(k):
        return f"----=_{k:03d}_NextPart{rng.randint(100000000000, 999999999999)}_=----"
    text = plain(mail.text)
    cte = mail.opts.get("text_cte", "base64")
    if cte == "8bit":
        text_part = Part(["Content-Type: text/plain;", '\tcharset="gb2312"', "Content-Transfer-Encoding: 8bit"],
                         crlf(text).encode("gb18030") + CRLF)
    else:
        text_part = Part(["Content-Type: text/plain;", '\tcharset="gb2312"', "Content-Transfer-Encoding: base64"],
                         b64_body(crlf(text).encode("gb18030")))
    style = ("<style>body { line-height: 1.5; }blockquote { margin-top: 0px; margin-bottom: 0px; margin-left: 0.5em; }"
             "body { font-size: 14px; font-family: '微软雅黑'; color: rgb(0, 0, 0); line-height: 1.5; }</style>")
    inner = mail.html if mail.html is not None else lines_html(mail.text, "<div>{}</div>", "<div><br></div>")
    if mail.logo:
        inner += f'<div><img src="cid:{mail.logo.cid}" border="0"></div>'
    html_src = ('<html><head><meta http-equiv="content-type" content="text/html; charset=gb2312">' + style +
                "</head><body>\r\n" + inner + "\r\n</body></html>\r\n")
    html_part = Part(["Content-Type: text/html;", '\tcharset="gb2312"', "Content-Transfer-Encoding: quoted-printable"],
                     qp_body(crlf(html_src).encode("gb18030")) + CRLF)
    alt_b = nb(2)
    body = Part(["Content-Type: multipart/alternative;", f'\tboundary="{alt_b}"'], parts=[text_part, html_part],
                boundary=alt_b)
    ctype_top = ("multipart/alternative", alt_b)
    if mail.logo:
        rel_b = nb(3)
        logo = att_part_encoded_word(mail.logo, "gb2312", disposition=False)
        body = Part(["Content-Type: multipart/related;", f'\tboundary="{rel_b}"'], parts=[body, logo], boundary=rel_b)
        ctype_top = ("multipart/related", rel_b)
    if mail.atts or mail.rfc822:
        mixed_b = nb(1)
        children = [body]
        for a in mail.atts:
            children.append(att_part_encoded_word(a, "gb2312"))
        if mail.rfc822:
            fatt, inner_bytes = mail.rfc822
            words = encoded_words(fatt.filename, "gb2312")
            nm = "\r\n ".join(words)
            children.append(Part(["Content-Type: message/rfc822;", f'\tname="{nm}"', "Content-Transfer-Encoding: 8bit",
                                  "Content-Disposition: attachment;", f'\tfilename="{nm}"'], inner_bytes, att=fatt))
        body = Part([], parts=children, boundary=mixed_b)
        ctype_top = ("multipart/mixed", mixed_b)
    host, hip = mail.opts.get("host", (f"out{rng.randint(100, 199)}-{rng.randint(1, 99)}.mail.aliyun.com", ip(rng, "115.124")))
    top = envelope(rng, mail, host, hip)
    top.append(f"Date: {fmt_date(mail.date)}")
    top.append("From: " + addr_header(mail.from_name, mail.from_addr, "gb2312"))
    top.append("To: " + (HQ if mail.to == [(None, HQ)] else addr_list(mail.to, "gb2312")))
    if mail.cc:
        top.append("Cc: " + addr_list(mail.cc, "gb2312"))
    if mail.opts.get("subject_split_bytes"):
        subj = encoded_words(mail.subject, "gb2312", split_bytes=True)
    else:
        subj = encoded_words(mail.subject, "gb2312") if needs_encoding(mail.subject) else [mail.subject]
    top.append(fold_words("Subject", subj))
    top += threading_headers(mail, "\r\n\t")
    top.append("X-Priority: 3")
    top.append(f"X-GUID: {str(uuid.UUID(int=rng.getrandbits(128))).upper()}")
    top.append(f"X-Has-Attach: {'yes' if (mail.atts or mail.rfc822) else 'no'}")
    top.append("X-Mailer: Foxmail 7.2.25.228[cn]")
    top.append("Mime-Version: 1.0")
    top.append(f"Message-ID: {msgid}")
    top += mail.extra_headers
    top += [f"Content-Type: {ctype_top[0]};", f'\tboundary="{ctype_top[1]}"']
    msg = Part(top, parts=body.parts, boundary=body.boundary,
               preamble=mimekit.PREAMBLE if ctype_top[0] != "multipart/alternative" else None)
    return msg.render(), msgid, msg.attachments()


# --------------------------------------------------------- Outlook 16 zh-CN
OUTLOOK_LINE = "<p class=MsoNormal><span style='font-family:\"微软雅黑\",sans-serif'>{}<o:p></o:p></span></p>"
OUTLOOK_BLANK = "<p class=MsoNormal><span style='font-family:\"微软雅黑\",sans-serif'><o:p>&nbsp;</o:p></span></p>"


def outlook_html(text, inner=None, logo_cid=None):
    body = inner if inner is not None else lines_html(text, OUTLOOK_LINE, OUTLOOK_BLANK)
    if logo_cid:
        body += (f"<p class=MsoNormal><span lang=EN-US><img width=160 height=48 id=\"图片_x0020_1\" "
                 f"src=\"cid:{logo_cid}\"></span><span lang=EN-US><o:p></o:p></span></p>")
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=gb2312">'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\n/* Font Definitions */\n'
            '@font-face\n\t{font-family:宋体;\n\tpanose-1:2 1 6 0 3 1 1 1 1 1;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
            '\t{margin:0cm;\n\ttext-align:justify;\n\ttext-justify:inter-ideograph;\n\tfont-size:10.5pt;\n\tfont-family:等线;}\n'
            '--></style></head><body lang=ZH-CN link="#0563C1" vlink="#954F72" style=\'text-justify-trim:punctuation\'>'
            '<div class=WordSection1>' + body + '</div></body></html>')


def outlook(rng, mail: Mail):
    domain = mail.from_addr.split("@")[1]
    msgid = mail.msgid or f"<000001dc{hexs(rng, 4)}${hexs(rng, 8)}${hexs(rng, 8)}$@{domain}>"
    stamp = f"01DC{hexs(rng, 4, True)}.{hexs(rng, 8, True)}"
    def nb(k):
        return f"----=_NextPart_{k:03d}_{hexs(rng, 4, True)}_{stamp}"
    text = plain(mail.text)
    text_part = Part(["Content-Type: text/plain;", '\tcharset="gb2312"', "Content-Transfer-Encoding: base64"],
                     b64_body(crlf(text).encode("gb18030")))
    html_src = outlook_html(mail.text, mail.html, mail.logo.cid if mail.logo else None)
    html_part = Part(["Content-Type: text/html;", '\tcharset="gb2312"', "Content-Transfer-Encoding: base64"],
                     b64_body(html_src.encode("gb18030")))
    has_mixed = bool(mail.atts or mail.rfc822)
    alt_b = nb(2 if mail.logo else 1)
    body = Part(["Content-Type: multipart/alternative;", f'\tboundary="{alt_b}"'], parts=[text_part, html_part],
                boundary=alt_b)
    top_ct = ["Content-Type: multipart/alternative;", f'\tboundary="{alt_b}"']
    if mail.logo:
        rel_b = nb(1)
        lg = mail.logo
        logo_part = Part(["Content-Type: image/png;", f'\tname="{lg.filename}"', "Content-Transfer-Encoding: base64",
                          f"Content-ID: <{lg.cid}>"], b64_body(lg.data), att=lg)
        body = Part(["Content-Type: multipart/related;", '\ttype="multipart/alternative";', f'\tboundary="{rel_b}"'],
                    parts=[body, logo_part], boundary=rel_b)
        top_ct = ["Content-Type: multipart/related;", '\ttype="multipart/alternative";', f'\tboundary="{rel_b}"']
    if has_mixed:
        mixed_b = nb(0)
        children = [body]
        for a in mail.atts:
            children.append(att_part_encoded_word(a, "gb2312"))
        if mail.rfc822:
            fatt, inner_bytes = mail.rfc822
            children.append(Part(["Content-Type: message/rfc822", "Content-Transfer-Encoding: 8bit",
                                  "Content-Disposition: attachment;",
                                  '\tfilename="' + "\r\n ".join(encoded_words(fatt.filename, "gb2312")) + '"'],
                                 inner_bytes, att=fatt))
        body = Part([], parts=children, boundary=mixed_b)
        top_ct = ["Content-Type: multipart/mixed;", f'\tboundary="{mixed_b}"']
    host, hip = mail.opts.get("host", (f"mail.{domain}", ip(rng, str(rng.choice([39, 47, 60, 115, 182])))))
    top = envelope(rng, mail, host, hip)
    top.append("From: " + addr_header(mail.from_name, mail.from_addr, "gb2312"))
    top.append("To: " + (HQ if mail.to == [(None, HQ)] else addr_list(mail.to, "gb2312")))
    if mail.cc:
        top.append("Cc: " + addr_list(mail.cc, "gb2312"))
    subj = encoded_words(mail.subject, "gb2312") if needs_encoding(mail.subject) else [mail.subject]
    top.append(fold_words("Subject", subj))
    top.append(f"Date: {fmt_date(mail.date)}")
    top.append(f"Message-ID: {msgid}")
    top += threading_headers(mail, "\r\n\t")
    top.append("MIME-Version: 1.0")
    top += top_ct
    top.append("X-Mailer: Microsoft Outlook 16.0")
    top.append(f"Thread-Index: {base64.b64encode(bytes(rng.randrange(256) for _ in range(22))).decode()}")
    top.append("Content-Language: zh-cn")
    top += mail.extra_headers
    msg = Part(top, parts=body.parts, boundary=body.boundary,
               preamble=mimekit.PREAMBLE)
    return msg.render(), msgid, msg.attachments()


# ------------------------------------------------------- Apple Mail / iPhone
def apple_att(att: Att) -> Part:
    words = encoded_words(att.filename, "utf-8") if needs_encoding(att.filename) else None
    name = ('"' + "\r\n ".join(words) + '"') if words else f'"{att.filename}"'
    disp = "inline" if att.inline else "attachment"
    fn = rfc2231(att.filename) if needs_encoding(att.filename) else [f'filename="{att.filename}"']
    hdrs = [f"Content-Disposition: {disp};\r\n\t" + ";\r\n\t".join(fn),
            f"Content-Type: {att.ctype};\r\n\tx-unix-mode=0644;\r\n\tname={name}",
            "Content-Transfer-Encoding: base64"]
    if att.cid:
        hdrs.append(f"Content-Id: <{att.cid}>")
    return Part(hdrs, b64_body(att.data), att=att)


def apple(rng, mail: Mail, device: str = "mac"):
    domain = mail.from_addr.split("@")[1]
    msgid = mail.msgid or f"<{str(uuid.UUID(int=rng.getrandbits(128))).upper()}@{domain}>"
    def nb():
        return f"Apple-Mail={str(uuid.UUID(int=rng.getrandbits(128))).upper()}"
    text = plain(mail.text)
    text_part = Part(["Content-Transfer-Encoding: quoted-printable", "Content-Type: text/plain;\r\n\tcharset=utf-8"],
                     qp_body(crlf(text).encode("utf-8")) + CRLF)
    inner = mail.html if mail.html is not None else lines_html(mail.text, "<div>{}</div>", "<div><br></div>")
    if device == "mac":
        html_src = ('<html aria-label="邮件正文"><head><meta http-equiv="content-type" content="text/html; charset=utf-8">'
                    '</head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
                    + inner + "</body></html>")
        html_part = Part(["Content-Transfer-Encoding: quoted-printable", "Content-Type: text/html;\r\n\tcharset=utf-8"],
                         qp_body(html_src.encode("utf-8")))
        alt_b = nb()
        body = Part([f"Content-Type: multipart/alternative;\r\n\tboundary=\"{alt_b}\""],
                    parts=[text_part, html_part], boundary=alt_b)
        if mail.atts:
            mixed_b = nb()
            body = Part([], parts=[body] + [apple_att(a) for a in mail.atts], boundary=mixed_b)
            ctop = f"Content-Type: multipart/mixed;\r\n\tboundary=\"{mixed_b}\""
        else:
            ctop = f"Content-Type: multipart/alternative;\r\n\tboundary=\"{alt_b}\""
        mime = "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"
        mailer = "X-Mailer: Apple Mail (2.3826.400.131.1.6)"
        cte_top = "Content-Transfer-Encoding: 7bit"
    else:
        if mail.atts:
            mixed_b = f"Apple-Mail-{str(uuid.UUID(int=rng.getrandbits(128))).upper()}"
            tail = mail.opts.get("iphone_tail", "\n\n发自我的iPhone\n")
            children = [text_part] + [apple_att(a) for a in mail.atts]
            children.append(Part(["Content-Transfer-Encoding: quoted-printable", "Content-Type: text/plain;\r\n\tcharset=utf-8"],
                                 qp_body(crlf(tail).encode("utf-8"))))
            body = Part([], parts=children, boundary=mixed_b)
            ctop = f"Content-Type: multipart/mixed;\r\n\tboundary={mixed_b}"
            cte_top = None
        else:
            body = None
            ctop = "Content-Type: text/plain;\r\n\tcharset=utf-8"
            cte_top = "Content-Transfer-Encoding: quoted-printable"
        mime = "Mime-Version: 1.0 (1.0)"
        mailer = f"X-Mailer: iPhone Mail ({mail.opts.get('build', '22D82')})"
    host, hip = mail.opts.get("host", (f"out{rng.randint(100, 199)}-{rng.randint(1, 99)}.mail.aliyun.com", ip(rng, "115.124")))
    top = envelope(rng, mail, host, hip)
    if device == "mac":
        top += [ctop, mime]
        subj = encoded_words(mail.subject, "utf-8") if needs_encoding(mail.subject) else [mail.subject]
        top.append(fold_words("Subject", subj))
        top.append("From: " + addr_header(mail.from_name, mail.from_addr, "utf-8", quote_word=False))
        top += threading_headers(mail, "\r\n ")
        top.append(f"Date: {fmt_date(mail.date)}")
        if mail.cc:
            top.append("Cc: " + addr_list(mail.cc, "utf-8", quote_word=False))
        top.append(cte_top)
        top.append(f"Message-Id: {msgid}")
        top.append("To: " + (HQ if mail.to == [(None, HQ)] else addr_list(mail.to, "utf-8", quote_word=False)))
        top.append(mailer)
    else:
        if cte_top:
            top.append(cte_top)
        top += [ctop, mime]
        subj = encoded_words(mail.subject, "utf-8") if needs_encoding(mail.subject) else [mail.subject]
        top.append(fold_words("Subject", subj))
        top.append("From: " + addr_header(mail.from_name, mail.from_addr, "utf-8", quote_word=False))
        top += threading_headers(mail, "\r\n ")
        top.append(f"Date: {fmt_date(mail.date)}")
        if mail.cc:
            top.append("Cc: " + addr_list(mail.cc, "utf-8", quote_word=False))
        top.append(f"Message-Id: {msgid}")
        top.append("To: " + (HQ if mail.to == [(None, HQ)] else addr_list(mail.to, "utf-8", quote_word=False)))
        top.append(mailer)
    top += mail.extra_headers
    if body is None:
        msg = Part(top, qp_body(crlf(text + mail.opts.get("iphone_tail", "\n\n发自我的iPhone\n")).encode("utf-8")))
    else:
        msg = Part(top, parts=body.parts, boundary=body.boundary)
    return msg.render(), msgid, msg.attachments()


def iphone(rng, mail):
    return apple(rng, mail, "iphone")


# --------------------------------------------------- Thunderbird (UTF-8 8bit)
def thunderbird(rng, mail: Mail):
    domain = mail.from_addr.split("@")[1]
    msgid = mail.msgid or f"<{str(uuid.UUID(int=rng.getrandbits(128)))}@{domain}>"
    text = plain(mail.text)
    body_bytes = crlf(text).encode("utf-8") + CRLF
    text_part = Part(["Content-Type: text/plain; charset=UTF-8; format=flowed", "Content-Transfer-Encoding: 8bit"],
                     body_bytes)
    host, hip = mail.opts.get("host", (f"mail.{domain}", ip(rng, "121.40")))
    top = envelope(rng, mail, host, hip)
    top.append(f"Message-ID: {msgid}")
    top.append(f"Date: {fmt_date(mail.date)}")
    top.append("MIME-Version: 1.0")
    top.append("User-Agent: Mozilla Thunderbird")
    top += threading_headers(mail, "\r\n ")
    top.append("Content-Language: zh-CN")
    top.append("To: " + (HQ if mail.to == [(None, HQ)] else addr_list(mail.to, "UTF-8", quote_word=False)))
    if mail.cc:
        top.append("Cc: " + addr_list(mail.cc, "UTF-8", quote_word=False))
    top.append("From: " + addr_header(mail.from_name, mail.from_addr, "UTF-8", quote_word=False))
    subj = encoded_words(mail.subject, "UTF-8") if needs_encoding(mail.subject) else [mail.subject]
    top.append(fold_words("Subject", subj))
    top += mail.extra_headers
    if mail.atts:
        b = "------------" + "".join(rng.choice("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
                                     for _ in range(24))
        children = [text_part]
        for a in mail.atts:
            if needs_encoding(a.filename):
                params = rfc2231(a.filename, "filename", limit=58, charset="UTF-8")
                disp = "Content-Disposition: attachment;\r\n " + ";\r\n ".join(params)
                ctype = f'Content-Type: {a.ctype}; name="' + "\r\n ".join(encoded_words(a.filename, "UTF-8")) + '"'
            else:
                disp = f'Content-Disposition: attachment; filename="{a.filename}"'
                ctype = f'Content-Type: {a.ctype}; name="{a.filename}"'
            children.append(Part([ctype, disp, "Content-Transfer-Encoding: base64"], b64_body(a.data), att=a))
        top.append(f'Content-Type: multipart/mixed; boundary="{b}"')
        msg = Part(top, parts=children, boundary=b, preamble=mimekit.PREAMBLE)
    else:
        top += ["Content-Type: text/plain; charset=UTF-8; format=flowed", "Content-Transfer-Encoding: 8bit"]
        msg = Part(top, body_bytes)
    return msg.render(), msgid, msg.attachments()


# ------------------------------------------- Android phone mail (raw 8-bit GBK)
def android(rng, mail: Mail):
    """The stock Android/OEM mail app: 8bit GBK text, and header text and file names as raw
    GBK bytes (no RFC 2047/2231) when opts['raw_headers'] is set."""
    domain = mail.from_addr.split("@")[1]
    msgid = mail.msgid or f"<{hexs(rng, 8)}-{hexs(rng, 4)}-{hexs(rng, 4)}@email.android.com>"
    raw = mail.opts.get("raw_headers", False)
    b = f"--_com.android.email_{rng.randint(100000000000000, 999999999999999)}"
    host, hip = mail.opts.get("host", (f"mail.{domain}", ip(rng, str(rng.choice([47, 120, 183])))))
    top = envelope(rng, mail, host, hip)
    top.append("MIME-Version: 1.0")
    if raw and needs_encoding(mail.subject):
        top.append(b"Subject: " + gbk(mail.subject))
    else:
        subj = encoded_words(mail.subject, "UTF-8") if needs_encoding(mail.subject) else [mail.subject]
        top.append(fold_words("Subject", subj))
    if raw and mail.from_name and needs_encoding(mail.from_name):
        top.append(b"From: " + gbk(mail.from_name) + f" <{mail.from_addr}>".encode())
    else:
        top.append("From: " + addr_header(mail.from_name, mail.from_addr, "UTF-8", quote_word=False))
    top.append(f"To: {HQ}")
    top.append(f"Date: {fmt_date(mail.date)}")
    top.append(f"Message-ID: {msgid}")
    top += threading_headers(mail, "\r\n ")
    top += mail.extra_headers
    text_part = Part(["Content-Type: text/plain; charset=GBK", "Content-Transfer-Encoding: 8bit"],
                     crlf(mail.text).encode("gb18030") + CRLF)
    if not mail.atts:
        top += ["Content-Type: text/plain; charset=GBK", "Content-Transfer-Encoding: 8bit"]
        return Part(top, text_part.body).render(), msgid, []
    children = [text_part]
    for a in mail.atts:
        if raw:
            nm = gbk(a.filename)
            children.append(Part([f"Content-Type: {a.ctype}; name=\"".encode() + nm + b'"',
                                  "Content-Transfer-Encoding: base64",
                                  b'Content-Disposition: attachment; filename="' + nm + b'"'], b64_body(a.data), att=a))
        else:
            nm = " ".join(encoded_words(a.filename, "UTF-8")) if needs_encoding(a.filename) else a.filename
            children.append(Part([f'Content-Type: {a.ctype}; name="{nm}"', "Content-Transfer-Encoding: base64",
                                  f'Content-Disposition: attachment; filename="{nm}"'], b64_body(a.data), att=a))
    top.append(f'Content-Type: multipart/mixed;\r\n\tboundary="{b}"')
    msg = Part(top, parts=children, boundary=b)
    return msg.render(), msgid, msg.attachments()


# ----------------------------------------------------------------- Gmail
def gmail(rng, mail: Mail):
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-="
    msgid = mail.msgid or ("<CA" + "".join(rng.choice(alphabet) for _ in range(50)) + "@mail.gmail.com>")
    text = plain(mail.text)
    text_part = Part(['Content-Type: text/plain; charset="UTF-8"', "Content-Transfer-Encoding: base64"],
                     b64_body(crlf(text).encode("utf-8")))
    inner = mail.html if mail.html is not None else lines_html(mail.text, "<div>{}</div>", "<div><br></div>")
    html_part = Part(['Content-Type: text/html; charset="UTF-8"', "Content-Transfer-Encoding: base64"],
                     b64_body(('<div dir="ltr">' + inner + "</div>\r\n").encode("utf-8")))
    alt_b = f"000000000000{hexs(rng, 16)}"
    alt = Part([f'Content-Type: multipart/alternative; boundary="{alt_b}"'], parts=[text_part, html_part], boundary=alt_b)
    top = envelope(rng, mail, f"mail-{rng.choice(['pl1', 'oa1', 'ej1', 'qt1'])}-f{rng.randint(170, 199)}.google.com",
                   ip(rng, "209.85"))
    top.append("MIME-Version: 1.0")
    top += threading_headers(mail, "\r\n\t")
    top.append(f"From: {addr_header(mail.from_name, mail.from_addr, 'UTF-8', quote_word=False)}")
    top.append(f"Date: {fmt_date(mail.date, pad_day=False)}")
    top.append(f"Message-ID: {msgid}")
    subj = encoded_words(mail.subject, "UTF-8") if needs_encoding(mail.subject) else [mail.subject]
    top.append(fold_words("Subject", subj))
    top.append(f"To: {HQ}")
    top += mail.extra_headers
    if mail.atts:
        mixed_b = f"000000000000{hexs(rng, 16)}"
        children = [alt]
        for a in mail.atts:
            aid = "f_m" + hexs(rng, 8)
            nm = " ".join(encoded_words(a.filename, "UTF-8")) if needs_encoding(a.filename) else a.filename
            children.append(Part([f'Content-Type: {a.ctype}; name="{nm}"', f'Content-Disposition: attachment; filename="{nm}"',
                                  "Content-Transfer-Encoding: base64", f"Content-ID: <{aid}>", f"X-Attachment-Id: {aid}"],
                                 b64_body(a.data), att=a))
        top.append(f'Content-Type: multipart/mixed; boundary="{mixed_b}"')
        msg = Part(top, parts=children, boundary=mixed_b)
    else:
        top.append(f'Content-Type: multipart/alternative; boundary="{alt_b}"')
        msg = Part(top, parts=alt.parts, boundary=alt_b)
    return msg.render(), msgid, msg.attachments()


CLIENTS = {
    "qq": (qqmail, "QQ Mail"),
    "wecom": (wecom, "WeCom / Tencent Exmail"),
    "163": (coremail, "163 webmail (Coremail)"),
    "126": (coremail126, "126 webmail (Coremail)"),
    "foxmail": (foxmail, "Foxmail 7.2"),
    "outlook": (outlook, "Outlook 16 (zh-CN)"),
    "apple": (apple, "Apple Mail (macOS)"),
    "iphone": (iphone, "iPhone Mail"),
    "thunderbird": (thunderbird, "Thunderbird 128"),
    "android": (android, "phone mail app (8bit GBK)"),
    "gmail": (gmail, "Gmail (web)"),
}
