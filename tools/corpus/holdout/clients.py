"""Per-client message writers for the holdout generator.

Each writer takes a Mail and returns the raw message bytes as that client
(and the receiving Postfix at mx1.ptg139.com) would produce them.
"""
from __future__ import annotations

import re
import string
import urllib.parse
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from mimekit import (
    CRLF,
    PREAMBLE,
    Part,
    b64,
    crlf,
    digits,
    ew_one,
    ew_words,
    hexs,
    html_escape,
    is_ascii,
    multipart_body,
    qp,
    rfcdate,
)
from rules import role_of

P = Part  # holdout's name for a MIME entity

HQ = "dor@ptg139.com"


# ----------------------------------------------------------------------
# header and part writers (holdout's client styles)
# ----------------------------------------------------------------------
def subject_lines(s: str, charset: str, codec: str, maxbytes: int = 45) -> list[str]:
    if is_ascii(s):
        return [f"Subject: {s}"]
    words = ew_words(s, charset, codec, maxbytes)
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


def multipart(sub: str, boundary: str, parts: list[P], preamble: str | bytes | None = PREAMBLE,
              params: list[str] | None = None, one_line: bool = False) -> P:
    if one_line:
        hs = [f'Content-Type: multipart/{sub}; boundary="{boundary}"']
    else:
        hs = [f"Content-Type: multipart/{sub};"] + [f"\t{p};" for p in (params or [])] + [f'\tboundary="{boundary}"']
    if isinstance(preamble, str):
        preamble = preamble.encode("ascii")
    return P(hs, multipart_body(boundary, [p.render() for p in parts], preamble or None))


def message(headers: list, top: P) -> bytes:
    hs = [h.encode("ascii") if isinstance(h, str) else h for h in headers + top.headers]
    return CRLF.join(hs) + CRLF + CRLF + top.body


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
    body = a.data if a.raw_part else b64(a.data) + CRLF
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



@dataclass
class Mail:
    key: str
    client: str                 # writer name
    date: datetime
    name: str | None
    addr: str
    subject: str | None
    text: str
    atts: list = field(default_factory=list)
    html: str | None = None     # inner HTML (without client wrapper); default from text
    table: list | None = None   # rows for "{TABLE}" marker in text
    table_header: bool = True
    table_sep: str = "\t"
    irt: str | None = None
    refs: list | None = None
    cc: str | None = None
    extra_headers: list = field(default_factory=list)
    rng: object = None
    msgid: str | None = None
    host: str | None = None     # sending host (for Received)
    ip: str | None = None

    # ------------------------------------------------------------------
    def plain(self) -> str:
        t = self.text
        if self.table is not None:
            rows = "\n".join(self.table_sep.join(str(c) for c in r) for r in self.table)
            t = t.replace("{TABLE}", rows)
        return t


# ----------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------
def alnum(rng, n):
    return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(n))


def received(m: Mail, host: str, ip: str, tls=True) -> list[str]:
    rd = m.date + timedelta(seconds=m.rng.randint(2, 9))
    return [f"Return-Path: <{m.addr}>", f"Delivered-To: {HQ}",
            f"Received: from {host} ({host} [{ip}])",
            f"\tby mx1.ptg139.com (Postfix) with {'ESMTPS' if tls else 'ESMTP'} id 4{alnum(m.rng, 12)}",
            f"\tfor <{HQ}>; {rfcdate(rd, cst=True)}"]


def thread_headers(m: Mail) -> list[str]:
    hs = []
    if m.irt:
        hs.append(f"In-Reply-To: {m.irt}")
    if m.refs:
        hs.append(f"References: {m.refs[0]}")
        for r in m.refs[1:]:
            hs.append(f"\t{r}")
    return hs


def render_table_html(rows, header, cell_style, table_attrs):
    out = [f"<table {table_attrs}>"]
    for i, r in enumerate(rows):
        tag = "th" if (header and i == 0) else "td"
        out.append("<tr>" + "".join(f'<{tag} style="{cell_style}">{html_escape(str(c))}</{tag}>' for c in r) + "</tr>")
    out.append("</table>")
    return "".join(out)


def lines_html(m: Mail, line_fmt, blank, table_html) -> str:
    parts = []
    for line in m.text.split("\n"):
        if line == "{TABLE}":
            parts.append(table_html)
        elif line.strip() == "":
            parts.append(blank)
        else:
            parts.append(line_fmt(html_escape(line).replace("\t", "&nbsp;&nbsp;&nbsp;&nbsp;")))
    return "".join(parts)


TD_STYLE = "border:1px solid #999;padding:4px 8px"
TABLE_ATTRS = 'border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse"'


def simple_html(m: Mail) -> str:
    th = render_table_html(m.table, m.table_header, TD_STYLE, TABLE_ATTRS) if m.table else ""
    return lines_html(m, lambda s: f"<div>{s}</div>", "<div><br></div>", th)


def text_bytes(m: Mail, codec: str) -> bytes:
    return crlf(m.plain()).encode(codec) + CRLF


# ----------------------------------------------------------------------
# QQ Mail (gb18030) and WeCom / Tencent Exmail (utf-8)
# ----------------------------------------------------------------------
def qq_boundary(rng):
    return f"----=_NextPart_{hexs(rng, 8)}_{hexs(rng, 8)}_{hexs(rng, 8)}"


def build_qq(m: Mail, wecom: bool = False) -> bytes:
    rng = m.rng
    cs = "utf-8" if wecom else "gb18030"
    inner = m.html if m.html is not None else simple_html(m)
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={"UTF-8" if wecom else "GB18030"}">'
    tp = P(["Content-Type: text/plain;", f'\tcharset="{cs}"', "Content-Transfer-Encoding: base64"],
           b64(text_bytes(m, cs)) + CRLF)
    hp = P(["Content-Type: text/html;", f'\tcharset="{cs}"', "Content-Transfer-Encoding: base64"],
           b64(crlf(meta + inner).encode(cs)) + CRLF)
    if m.atts:
        alt = multipart("alternative", qq_boundary(rng), [tp, hp], preamble=None)
        top = multipart("mixed", qq_boundary(rng), [alt] + [att_part(a, "wecom" if wecom else "qq") for a in m.atts])
    else:
        top = multipart("alternative", qq_boundary(rng), [tp, hp])
    if wecom:
        host = m.host or f"smtpbgsg{rng.randint(100, 199)}.qq.com"
        ip = m.ip or f"54.254.{rng.randint(2, 250)}.{rng.randint(2, 250)}"
        mid = m.msgid or f"<tencent_{hexs(rng, 36)}@exmail.qq.com>"
        mailer = "X-Mailer: WeCom Mail 4.1.36 (Windows; 10.0.19045)"
        qqmid = f"X-QQ-mid: bizesmtp{rng.randint(10, 99)}t{digits(rng, 10)}t{hexs(rng, 6, False)}"
    else:
        host = m.host or f"smtpbg{rng.randint(20, 180)}.qq.com"
        ip = m.ip or f"43.155.{rng.randint(2, 250)}.{rng.randint(2, 250)}"
        mid = m.msgid or f"<tencent_{hexs(rng, 40)}@qq.com>"
        mailer = None
        qqmid = f"X-QQ-mid: xmsezb{rng.randint(10, 99)}t{digits(rng, 10)}t{hexs(rng, 6, False)}"
    m.msgid = mid
    hs = received(m, host, ip) + [
        qqmid,
        f"X-QQ-Originating-IP: {alnum(rng, 43)}=",
        "X-QQ-SSF: 0000000000000000000000000000000",
        addr_hdr("From", m.name, m.addr, cs, cs),
        f"To: <{HQ}>",
    ]
    if m.cc:
        hs.append(f"Cc: {m.cc}")
    hs += subject_lines(m.subject, cs, cs) if m.subject is not None else []
    hs += thread_headers(m)
    hs += ["Mime-Version: 1.0"]
    body_hdr_end = ["Content-Transfer-Encoding: 8Bit", f"Date: {rfcdate(m.date, pad=False)}", "X-Priority: 3",
                    f"Message-ID: {mid}", "X-QQ-MIME: TCMime 1.0 by Tencent"]
    body_hdr_end += [mailer] if wecom else ["X-Mailer: QQMail 2.x", "X-QQ-Mailer: QQMail 2.x"]
    body_hdr_end += ["X-QQ-SENDSIZE: 520"] + m.extra_headers
    # Content-Type sits between Mime-Version and CTE in QQ's order
    raw = message(hs, P(top.headers + body_hdr_end, top.body))
    return raw


def build_wecom(m: Mail) -> bytes:
    return build_qq(m, wecom=True)


# ----------------------------------------------------------------------
# 163 / 126 webmail (Coremail, GBK)
# ----------------------------------------------------------------------
def build_coremail(m: Mail, site: str = "163") -> bytes:
    rng = m.rng
    style = "line-height:1.7;color:#000000;font-size:14px;font-family:Arial"
    inner = m.html if m.html is not None else simple_html(m)
    html = f'<div style="{style}">{inner}</div><br><br><span title="neteasefooter"><p>&nbsp;</p></span>'
    tp = P(["Content-Type: text/plain; charset=GBK", "Content-Transfer-Encoding: base64"],
           b64(text_bytes(m, "gbk")) + CRLF)
    hp = P(["Content-Type: text/html; charset=GBK", "Content-Transfer-Encoding: base64"],
           b64(crlf(html).encode("gbk")) + CRLF)
    ms = int(m.date.timestamp() * 1000)
    n = rng.randint(10000, 99999)

    def bnd(k):
        return f"----=_Part_{n + k}_{digits(rng, 10)}.{ms}"
    if m.atts:
        alt = multipart("alternative", bnd(1), [tp, hp], preamble=None, one_line=False)
        top = multipart("mixed", bnd(0), [alt] + [att_part(a, "coremail") for a in m.atts], preamble=None)
    else:
        top = multipart("alternative", bnd(0), [tp, hp], preamble=None)
    m.addr.split("@")[0]
    mid = m.msgid or f"<{hexs(rng, 8, False)}.{hexs(rng, 4, False)}.{hexs(rng, 11, False)}.Coremail.{m.addr}>"
    m.msgid = mid
    host = m.host or (f"m{rng.randint(10, 99)}-{rng.randint(10, 99)}.163.com" if site == "163"
                      else f"m{rng.randint(100, 250)}.mail.126.com")
    ip = m.ip or f"220.181.{rng.randint(10, 250)}.{rng.randint(2, 250)}"
    hs = received(m, host, ip) + [
        f"X-Originating-IP: [{rng.randint(36, 223)}.{rng.randint(1, 250)}.{rng.randint(1, 250)}.{rng.randint(1, 250)}]",
        f"Date: {rfcdate(m.date, cst=True)}",
        addr_hdr("From", m.name, m.addr, "GBK", "gbk"),
        f"To: {HQ}",
    ]
    if m.cc:
        hs.append(f"Cc: {m.cc}")
    hs += subject_lines(m.subject, "GBK", "gbk")
    hs += thread_headers(m)
    hs += ["X-Priority: 3",
           "X-Mailer: Coremail Webmail Server Version 2023.4-cmXT build",
           f" 20251222(83accb85) Copyright (c) 2002-2026 www.mailtech.cn {site}com",
           f"X-NTES-SC: AL_Qu2cA{alnum(rng, 88)}"]
    tail = ["MIME-Version: 1.0", f"Message-ID: {mid}", "X-Coremail-Locale: zh_CN",
            f"X-CM-TRANSID: {hexs(rng, 6, False)}gD{hexs(rng, 10, False)}--.{digits(rng, 5)}W",
            f"X-CM-SenderInfo: {hexs(rng, 12, False)}/1tbi{hexs(rng, 16, False)}",
            "X-Coremail-Antispam: 1U5529EdanIXcx71UUUUU7vcSsGvfC2KfnxnUU=="] + m.extra_headers
    return message(hs, P(top.headers + tail, top.body))


def build_163(m):
    return build_coremail(m, "163")


def build_126(m):
    return build_coremail(m, "126")


# ----------------------------------------------------------------------
# Foxmail 7.2 (declares gb2312, writes GB18030)
# ----------------------------------------------------------------------
def build_foxmail(m: Mail) -> bytes:
    rng = m.rng
    inner = m.html if m.html is not None else simple_html(m)
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=gb2312"><style>'
            'body { line-height: 1.5; }blockquote { margin-top: 0px; margin-bottom: 0px; margin-left: 0.5em; }'
            "body { font-size: 14px; font-family: '微软雅黑'; color: rgb(0, 0, 0); line-height: 1.5; }"
            f"</style></head><body>\n{inner}\n</body></html>")
    tp = P(["Content-Type: text/plain;", '\tcharset="gb2312"', "Content-Transfer-Encoding: base64"],
           b64(text_bytes(m, "gb18030")) + CRLF)
    hp = P(["Content-Type: text/html;", '\tcharset="gb2312"', "Content-Transfer-Encoding: quoted-printable"],
           qp(crlf(html).encode("gb18030")) + CRLF)

    def bnd(k):
        return f"----=_{k:03d}_NextPart{digits(rng, 12)}_=----"
    if m.atts:
        alt = multipart("alternative", bnd(2), [tp, hp], preamble=None)
        top = multipart("mixed", bnd(1), [alt] + [att_part(a, "foxmail") for a in m.atts])
    else:
        top = multipart("alternative", bnd(2), [tp, hp])
    dom = m.addr.split("@")[1]
    mid = m.msgid or f"<{m.date:%Y%m%d%H%M%S}{digits(rng, 8)}@{dom}>"
    m.msgid = mid
    host = m.host or f"mail.{dom}"
    ip = m.ip or f"{rng.randint(39, 120)}.{rng.randint(1, 250)}.{rng.randint(1, 250)}.{rng.randint(2, 250)}"
    hs = received(m, host, ip) + [
        f"Date: {rfcdate(m.date)}",
        addr_hdr("From", m.name, m.addr, "gb2312", "gb18030"),
        f"To: {HQ}",
    ]
    if m.cc:
        hs.append(f"Cc: {m.cc}")
    if m.subject is not None:
        hs += subject_lines(m.subject, "gb2312", "gb18030", 60)
    hs += thread_headers(m)
    g = hexs(rng, 32)
    hs += ["X-Priority: 3", f"X-GUID: {g[:8]}-{g[8:12]}-{g[12:16]}-{g[16:20]}-{g[20:32]}",
           f"X-Has-Attach: {'yes' if m.atts else 'no'}", "X-Mailer: Foxmail 7.2.25.228[cn]",
           "Mime-Version: 1.0", f"Message-ID: {mid}"] + m.extra_headers
    return message(hs, top)


# ----------------------------------------------------------------------
# Outlook 16 zh-CN (gb2312 base64, Word HTML)
# ----------------------------------------------------------------------
OUTLOOK_HEAD = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" '
                'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">'
                '<head><meta http-equiv=Content-Type content="text/html; charset=gb2312">'
                '<meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\n'
                '/* Font Definitions */\n@font-face\n\t{font-family:宋体;\n\tpanose-1:2 1 6 0 3 1 1 1 1 1;}\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\ttext-align:justify;\n'
                '\ttext-justify:inter-ideograph;\n\tfont-size:10.5pt;\n\tfont-family:等线;}\n--></style></head>'
                '<body lang=ZH-CN link="#0563C1" vlink="#954F72" style=\'text-justify-trim:punctuation\'>'
                '<div class=WordSection1>')


def outlook_html(m: Mail, logo_cid: str | None = None) -> str:
    span = "<p class=MsoNormal><span style='font-family:\"微软雅黑\",sans-serif'>{}<o:p></o:p></span></p>"
    blank = span.format("<o:p>&nbsp;</o:p>")
    th = ""
    if m.table:
        th = render_table_html(m.table, m.table_header, "border:solid windowtext 1.0pt;padding:0cm 5.4pt",
                               'class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse;border:none"')
    inner = m.html if m.html is not None else lines_html(m, span.format, blank, th)
    if logo_cid:
        inner += f'<p class=MsoNormal><img width=160 height=48 id="图片_x0020_1" src="cid:{logo_cid}"><o:p></o:p></p>'
    return OUTLOOK_HEAD + inner + "</div></body></html>"


def build_outlook(m: Mail) -> bytes:
    rng = m.rng

    def bnd(k):
        return f"----=_NextPart_{k:03d}_{hexs(rng, 4)}_01DC{hexs(rng, 4)}.{hexs(rng, 8)}"
    inline = [a for a in m.atts if a.style == "outlook_inline"]
    normal = [a for a in m.atts if a.style != "outlook_inline"]
    tp = P(["Content-Type: text/plain;", '\tcharset="gb2312"', "Content-Transfer-Encoding: base64"],
           b64(text_bytes(m, "gb18030")) + CRLF)
    hp = P(["Content-Type: text/html;", '\tcharset="gb2312"', "Content-Transfer-Encoding: base64"],
           b64(crlf(outlook_html(m, inline[0].cid if inline else None)).encode("gb18030")) + CRLF)
    if inline:
        # Outlook: multipart/related{ multipart/alternative{plain, html}, image }
        alt = multipart("alternative", bnd(2), [tp, hp], preamble=None)
        rel = multipart("related", bnd(1), [alt] + [att_part(a, "outlook_inline") for a in inline],
                        preamble=None if normal else PREAMBLE, params=['type="multipart/alternative"'])
        core = rel
    else:
        core = multipart("alternative", bnd(1), [tp, hp], preamble=None if normal else PREAMBLE)
    if normal:
        top = multipart("mixed", bnd(0), [core] + [att_part(a, "outlook") for a in normal])
    else:
        top = core
    dom = m.addr.split("@")[1]
    mid = m.msgid or f"<000001dc{hexs(rng, 4, False)}${hexs(rng, 8, False)}${hexs(rng, 8, False)}$@{dom}>"
    m.msgid = mid
    host = m.host or f"mail.{dom}"
    ip = m.ip or f"{rng.randint(39, 120)}.{rng.randint(1, 250)}.{rng.randint(1, 250)}.{rng.randint(2, 250)}"
    hs = received(m, host, ip) + [addr_hdr("From", m.name, m.addr, "gb2312", "gb18030"), f"To: {HQ}"]
    if m.cc:
        hs.append(f"Cc: {m.cc}")
    hs += subject_lines(m.subject, "gb2312", "gb18030")
    hs += [f"Date: {rfcdate(m.date)}", f"Message-ID: {mid}"] + thread_headers(m) + ["MIME-Version: 1.0"]
    tail = ["X-Mailer: Microsoft Outlook 16.0", f"Thread-Index: A{alnum(rng, 31)}==", "Content-Language: zh-cn"] + m.extra_headers
    return message(hs, P(top.headers + tail, top.body))


# ----------------------------------------------------------------------
# Apple Mail (macOS) and iPhone Mail: UTF-8 quoted-printable
# ----------------------------------------------------------------------
def uuid_upper(rng):
    h = hexs(rng, 32)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def build_apple(m: Mail) -> bytes:
    rng = m.rng
    inner = m.html if m.html is not None else simple_html(m)
    html = ('<html aria-label="邮件正文"><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            f"{inner}</body></html>")
    tp = P(["Content-Transfer-Encoding: quoted-printable", "Content-Type: text/plain;", "\tcharset=utf-8"],
           qp(text_bytes(m, "utf-8")) + CRLF)
    hp = P(["Content-Transfer-Encoding: quoted-printable", "Content-Type: text/html;", "\tcharset=utf-8"],
           qp(crlf(html).encode("utf-8")) + CRLF)
    alt = multipart("alternative", f"Apple-Mail={uuid_upper(rng)}", [tp, hp], preamble=None)
    if m.atts:
        top = multipart("mixed", f"Apple-Mail={uuid_upper(rng)}", [alt] + [att_part(a, "apple") for a in m.atts], preamble=None)
    else:
        top = alt
    dom = m.addr.split("@")[1]
    mid = m.msgid or f"<{uuid_upper(rng)}@{dom}>"
    m.msgid = mid
    host = m.host or f"out{rng.randint(100, 199)}-{rng.randint(10, 99)}.mail.aliyun.com"
    ip = m.ip or f"115.124.{rng.randint(10, 250)}.{rng.randint(2, 250)}"
    hs = received(m, host, ip)
    hs += top.headers[:]
    hs2 = ["Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))"]
    hs2 += subject_lines(m.subject, "utf-8", "utf-8")
    hs2 += [addr_hdr("From", m.name, m.addr, "utf-8", "utf-8", quoted=False)]
    hs2 += thread_headers(m)
    hs2 += [f"Date: {rfcdate(m.date)}", "Content-Transfer-Encoding: 7bit", f"Message-Id: {mid}", f"To: {HQ}"]
    if m.cc:
        hs2.append(f"Cc: {m.cc}")
    hs2 += ["X-Mailer: Apple Mail (2.3826.500.181.1.5)"] + m.extra_headers
    return message(hs + hs2, P([], top.body))


def build_iphone(m: Mail) -> bytes:
    """iPhone Mail: text/plain QP; with images: multipart/mixed text/image/text."""
    rng = m.rng
    dom = m.addr.split("@")[1]
    mid = m.msgid or f"<{uuid_upper(rng)}@{dom}>"
    m.msgid = mid
    host = m.host or f"out{rng.randint(100, 199)}-{rng.randint(10, 99)}.mail.aliyun.com"
    ip = m.ip or f"115.124.{rng.randint(10, 250)}.{rng.randint(2, 250)}"
    hs = received(m, host, ip)
    if m.atts:
        # text before the first image is m.text up to "{IMG}", remainder after
        before, _, after = m.plain().partition("{IMG}\n")
        parts = [P(["Content-Type: text/plain;", "\tcharset=utf-8", "Content-Transfer-Encoding: quoted-printable"],
                   qp(crlf(before).encode("utf-8")) + CRLF)]
        for a in m.atts:
            a.cid = a.cid or f"{uuid_upper(rng)}"
            parts.append(att_part(a, "iphone" if a.inline else "apple"))
        parts.append(P(["Content-Type: text/plain;", "\tcharset=utf-8", "Content-Transfer-Encoding: quoted-printable"],
                       qp(crlf(after).encode("utf-8")) + CRLF))
        top = multipart("mixed", f"Apple-Mail-{uuid_upper(rng)}", parts, preamble=None)
        hs += top.headers + ["Content-Transfer-Encoding: 7bit"]
        body = top.body
    else:
        hs += ["Content-Transfer-Encoding: quoted-printable", "Content-Type: text/plain;", "\tcharset=utf-8"]
        body = qp(text_bytes(m, "utf-8")) + CRLF
    hs += ["Mime-Version: 1.0 (1.0)"] + subject_lines(m.subject, "utf-8", "utf-8")
    hs += [addr_hdr("From", m.name, m.addr, "utf-8", "utf-8", quoted=False)] + thread_headers(m)
    hs += [f"Date: {rfcdate(m.date)}", f"Message-Id: {mid}", f"To: {HQ}", "X-Mailer: iPhone Mail (23A341)"] + m.extra_headers
    return message(hs, P([], body))


# ----------------------------------------------------------------------
# phone mail app: raw 8-bit GBK headers and body
# ----------------------------------------------------------------------
def build_phone8(m: Mail) -> bytes:
    rng = m.rng
    dom = m.addr.split("@")[1]
    mid = m.msgid or f"<{hexs(rng, 8, False)}-{hexs(rng, 4, False)}-{hexs(rng, 4, False)}@email.android.com>"
    m.msgid = mid
    host = m.host or f"mail.{dom}"
    ip = m.ip or f"{rng.randint(39, 120)}.{rng.randint(1, 250)}.{rng.randint(1, 250)}.{rng.randint(2, 250)}"
    hs = received(m, host, ip) + ["MIME-Version: 1.0"]
    hs.append(b"Subject: " + m.subject.encode("gbk"))
    hs.append(b"From: " + m.name.encode("gbk") + f" <{m.addr}>".encode())
    hs += [f"To: {HQ}", f"Date: {rfcdate(m.date)}", f"Message-ID: {mid}"] + thread_headers(m)
    tp = P(["Content-Type: text/plain; charset=GBK", "Content-Transfer-Encoding: 8bit"], text_bytes(m, "gbk"))
    if m.atts:
        top = multipart("mixed", f"--_com.android.email_{digits(rng, 15)}", [tp] + [att_part(a, "raw8") for a in m.atts])
    else:
        top = tp
    hs += m.extra_headers
    return message(hs, top)


WRITERS = {
    "qq": (build_qq, "QQ Mail", "gb18030 base64"),
    "wecom": (build_wecom, "WeCom / Tencent Exmail", "utf-8 base64"),
    "163": (build_163, "163 webmail (Coremail)", "GBK base64"),
    "126": (build_126, "126 webmail (Coremail)", "GBK base64"),
    "foxmail": (build_foxmail, "Foxmail 7.2", "gb2312-labelled GB18030"),
    "outlook": (build_outlook, "Outlook 16 (zh-CN)", "gb2312 base64"),
    "apple": (build_apple, "Apple Mail (macOS)", "utf-8 quoted-printable"),
    "iphone": (build_iphone, "iPhone Mail", "utf-8 quoted-printable"),
    "phone8": (build_phone8, "phone mail app (8bit GBK)", "raw 8-bit GBK"),
}
