#!/usr/bin/env python3
"""Deterministic generator of the blind13 evaluation set (49 labelled partner mails).

Run:  python -B tools/corpus/blind13/generate.py [--out DIR]
      (default: the set into tests/mail/blind13, README.md next to this file;
      with --out, everything into DIR and the checkout is untouched)

Written blind: from shared/spec/DOMAIN.md, the seed process document, shared/samples/
and the shared corpus tools only, never from the parser, its tests or another set's
mails.  The generic machinery (header encodings, the mail-client builders, drawings,
audio containers, Word / Excel forms, the label assembler) is imported from the
generators of blind7 .. blind12; this file holds what is new to blind13: its partners,
clients, people and texts, its labels, and the builders none of them has (Outlook on the
web with its UTC Date and sized attachment dispositions, Samsung Email, FairEmail with a
UTC Date, GNOME Evolution, NetEase Flash Mail in GBK quoted-printable, 189 webmail, The
Bat!, an Outlook read receipt as multipart/report, a CRM's noreply notification, Word
forms with tracked changes and Wingdings check boxes, workbooks with number formats).

Every partner, client, person, phone number, lead id and case id is fictitious.  One
random.Random per message (seeded from the entry key), fixed zip member dates and fixed
core.xml / PDF dates make a rerun byte-identical.  Needs python-docx, openpyxl, Pillow.
"""
from __future__ import annotations

import base64
import html
import importlib.util
import io
import json
import random
import re
import sys
import zipfile
from datetime import UTC, date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "blind7"))  # blind7's generator: the generic client builders
sys.path.insert(1, str(HERE.parent))  # tools/corpus: the shared modules

import generate as kit7  # noqa: E402  (tools/corpus/blind7/generate.py)
import layout  # noqa: E402
import rules  # noqa: E402
from mimekit import (  # noqa: E402
    CRLF,
    CT_DOCX,
    CT_XLSX,
    b64_body,
    crlf,
    ew_one,
    header_block,
    leaf,
    qp,
    rfcdate,
    saved,
)


def _load(name, folder):
    """tools/corpus/<folder>/generate.py under its own module name (each imports blind7's as `generate`)."""
    spec = importlib.util.spec_from_file_location(name, HERE.parent / folder / "generate.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


kit12 = _load("blind12_generate", "blind12")
kit11 = kit12.kit11
kit10 = kit11.kit10
kit8, kit9 = kit10.kit8, kit10.kit9

Att, Quote = kit7.Att, kit7.Quote
dt, iso, fields, host_of, rs = kit7.dt, kit7.iso, kit7.fields, kit7.host_of, kit7.rs
png, jpg, m4a, amr = kit7.png, kit7.jpg, kit7.m4a, kit7.amr
top, thread, mp = kit7.top, kit7.thread, kit7.mp
HEXL, HEXU, ALNUM, HQ, quote_gt = kit7.HEXL, kit7.HEXU, kit7.ALNUM, kit7.HQ, kit7.quote_gt
hq_text = kit12.hq_text

SET = "blind13"
SEED = "maild-blind13-2026"
HQ_NAME = "总部商机服务"
DIGITS = "0123456789"


def R(key):
    return random.Random(f"{SEED}:{key}")


def own_ip(rng):
    return f"{rng.randint(36, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 250)}"


# --------------------------------------------------------------------------
# what blind7 .. blind12 lack: mail clients
# --------------------------------------------------------------------------

def owa(m, rng, lang="zh-TW"):
    """Outlook on the web (Microsoft 365; approximated): the Date in UTC, UTF-8 base64 text + HTML,
    _000_ / _004_ boundaries, attachment names as UTF-8 B words, Content-Description, and a
    Content-Disposition with size / creation-date / modification-date parameters."""
    d = m["date"]
    plain = crlf(kit7.plain_of(m["blocks"], "\t"))
    htm = crlf('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
               '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head>'
               '<body dir="ltr"><div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, '
               'Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'
               + kit7.html_blocks(m["blocks"], kit7.bq_quote) + "</div></body></html>")
    server = f"{rng.choice(['TYZPR', 'SEZPR', 'PSAPR', 'KL1PR'])}0{rng.randint(1, 6)}MB{rng.randint(1000, 9999)}"
    local = server + rs(rng, 28, HEXU)
    alt_b = f"_000_{local}{server}apcp_"
    alt = mp(alt_b, [leaf(['Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: base64"],
                          b64_body(plain.encode("utf-8"))),
                     leaf(['Content-Type: text/html; charset="utf-8"', "Content-Transfer-Encoding: base64"],
                          b64_body(htm.encode("utf-8")))])
    u = d.astimezone(UTC)
    stamp = rfcdate(u - timedelta(minutes=1), pad=False).replace("+0000", "GMT")
    if m.get("atts"):
        ob = f"_004_{local}{server}apcp_"
        parts = [leaf(["Content-Type: multipart/alternative;", f'\tboundary="{alt_b}"'], alt)]
        for a in m["atts"]:
            w = a.filename if a.filename.isascii() else ew_one(a.filename, "utf-8")
            parts.append(leaf([f'Content-Type: {a.declared}; name="{w}"', f"Content-Description: {w}",
                               f'Content-Disposition: attachment; filename="{w}"; size={len(a.data)};',
                               f'\tcreation-date="{stamp}";', f'\tmodification-date="{stamp}"',
                               f"Content-ID: <{rs(rng, 8, HEXU)}@apcprd06.prod.outlook.com>",
                               "Content-Transfer-Encoding: base64"], b64_body(a.data)))
        ctype = ["Content-Type: multipart/mixed;", f'\tboundary="{ob}"']
        body = mp(ob, parts)
    else:
        ctype = ["Content-Type: multipart/alternative;", f'\tboundary="{alt_b}"']
        body = alt
    mid = f"<{local}@{server}.apcprd06.prod.outlook.com>"
    m["message_id"] = mid
    h = top(rng, m["addr"], *m["host"], d, 3)
    h += [kit7.from_header(m["from_name"], m["addr"], "utf-8", quoted=False), f'To: "{HQ}" <{HQ}>',
          kit7.subj_header(m["subject"], "utf-8"), kit7.subj_header(m["subject"], "utf-8", name="Thread-Topic"),
          "Thread-Index: AQHb" + base64.b64encode(bytes(rng.getrandbits(8) for _ in range(18))).decode(),
          "Date: " + rfcdate(u, pad=False), "Message-ID: " + mid] + thread(m)
    h += [f"Accept-Language: {lang.lower()}, en-US", f"Content-Language: {lang.lower()}",
          "X-MS-Has-Attach: " + ("yes" if m.get("atts") else ""), "X-MS-TNEF-Correlator:", "msip_labels:",
          "x-ms-publictraffictype: Email"] + ctype + ["MIME-Version: 1.0"]
    return header_block(h) + CRLF + body


def samsung(m, rng):
    """Samsung Email on Android (approximated): UTF-8 base64 text + HTML, --_com.samsung.android.email_
    boundaries, attachment names as UTF-8 B words in name= and filename=."""
    d = m["date"]
    plain = crlf(kit7.plain_of(m["blocks"], " "))
    htm = crlf('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
               '<div dir="auto">' + kit7.html_blocks(m["blocks"], kit7.bq_quote) + "</div></body></html>")

    def bnd():
        return f"--_com.samsung.android.email_{rng.randint(10 ** 14, 10 ** 15 - 1)}"
    alt_b = bnd()
    alt = mp(alt_b, [leaf(["Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: base64"],
                          b64_body(plain.encode("utf-8"))),
                     leaf(["Content-Type: text/html; charset=UTF-8", "Content-Transfer-Encoding: base64"],
                          b64_body(htm.encode("utf-8")))])
    if m.get("atts"):
        ob = bnd()
        parts = [leaf([f'Content-Type: multipart/alternative; boundary="{alt_b}"'], alt)]
        for a in m["atts"]:
            w = a.filename if a.filename.isascii() else ew_one(a.filename, "UTF-8")
            parts.append(leaf([f'Content-Type: {a.declared}; name="{w}"', "Content-Transfer-Encoding: base64",
                               f'Content-Disposition: attachment; filename="{w}"'], b64_body(a.data)))
        ctype = f'Content-Type: multipart/mixed; boundary="{ob}"'
        body = mp(ob, parts)
    else:
        ctype = f'Content-Type: multipart/alternative; boundary="{alt_b}"'
        body = alt
    mid = f"<{rs(rng, 8, HEXL)}-{rs(rng, 4, HEXL)}-{rs(rng, 4, HEXL)}-{rs(rng, 4, HEXL)}-{rs(rng, 12, HEXL)}@email.android.com>"
    m["message_id"] = mid
    h = top(rng, m["addr"], *m["host"], d, 4)
    h += ["MIME-Version: 1.0", ctype, "Date: " + rfcdate(d), kit7.subj_header(m["subject"], "UTF-8"),
          kit7.from_header(m["from_name"], m["addr"], "UTF-8", quoted=False), "To: " + HQ, "Message-ID: " + mid]
    h += thread(m) + ["Importance: normal", "X-Priority: 3"]
    return header_block(h) + CRLF + body


def fairemail(m, rng):
    """FairEmail on Android with 'send the time in UTC' (approximated): the Date header in +0000,
    JavaMail ----=_Part_ boundaries, UTF-8 quoted-printable text (format=flowed) + HTML."""
    d = m["date"]
    plain = crlf(kit7.plain_of(m["blocks"], " "))
    htm = crlf('<!DOCTYPE html><html><head><meta charset="UTF-8"></head><body><div dir="auto">'
               + kit7.html_blocks(m["blocks"], kit7.bq_quote) + "</div></body></html>")
    ms = int(d.timestamp()) * 1000 + rng.randint(100, 999)
    alt_b = f"----=_Part_{rng.randint(0, 9)}_{rng.randint(10 ** 8, 10 ** 9 - 1)}.{ms}"
    alt = mp(alt_b, [leaf(["Content-Type: text/plain; charset=UTF-8; format=flowed", "Content-Transfer-Encoding: quoted-printable"],
                          qp(plain.encode("utf-8")) + CRLF),
                     leaf(["Content-Type: text/html; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable"],
                          qp(htm.encode("utf-8")) + CRLF)])
    if m.get("atts"):
        ob = f"----=_Part_{rng.randint(0, 9)}_{rng.randint(10 ** 8, 10 ** 9 - 1)}.{ms}"
        parts = [leaf([f'Content-Type: multipart/alternative; boundary="{alt_b}"'], alt)]
        for a in m["atts"]:
            w = a.filename if a.filename.isascii() else ew_one(a.filename, "UTF-8")
            parts.append(leaf([f'Content-Type: {a.declared}; name="{w}"', "Content-Transfer-Encoding: base64",
                               f'Content-Disposition: attachment; filename="{w}"'], b64_body(a.data)))
        ctype = f'Content-Type: multipart/mixed; boundary="{ob}"'
        body = mp(ob, parts)
    else:
        ctype = f'Content-Type: multipart/alternative; boundary="{alt_b}"'
        body = alt
    mid = f"<{kit7.uuid_like(rng, upper=False)}@{m['addr'].split('@')[1]}>"
    m["message_id"] = mid
    h = top(rng, m["addr"], *m["host"], d, 5)
    h += ["MIME-Version: 1.0", "Date: " + rfcdate(d.astimezone(UTC), pad=False), "Message-ID: " + mid] + thread(m)
    h += [kit7.from_header(m["from_name"], m["addr"], "UTF-8", quoted=False), "To: " + HQ,
          kit7.subj_header(m["subject"], "UTF-8"), ctype, "Content-Language: zh-CN"]
    return header_block(h) + CRLF + body


def evolution(m, rng):
    """GNOME Evolution 3.50 (approximated): a .camel Message-ID, =-… boundaries, UTF-8 quoted-printable
    text, attachment names as RFC 2231 parameters in both Content-Type (name*=) and
    Content-Disposition (filename*=)."""
    d = m["date"]
    text = crlf(kit7.plain_of(m["blocks"], "\t"))
    if not text.endswith("\r\n"):
        text += "\r\n"
    tpart = ['Content-Type: text/plain; charset="UTF-8"', "Content-Transfer-Encoding: quoted-printable"]
    tbody = qp(text.encode("utf-8")) + CRLF
    mid = f"<{rs(rng, 40, HEXL)}.camel@{m['addr'].split('@')[1]}>"
    m["message_id"] = mid
    h = top(rng, m["addr"], *m["host"], d, 2)
    h += ["Message-ID: " + mid, kit7.subj_header(m["subject"], "UTF-8"),
          kit7.from_header(m["from_name"], m["addr"], "UTF-8", quoted=False), "To: " + HQ, "Date: " + rfcdate(d)] + thread(m)
    if m.get("atts"):
        b = "=-" + rs(rng, 20, ALNUM + "+/")
        parts = [leaf(tpart, tbody)]
        for a in m["atts"]:
            if a.filename.isascii():
                hh = [f'Content-Type: {a.declared}; name="{a.filename}"', f'Content-Disposition: attachment; filename="{a.filename}"']
            else:
                n = kit7.rfc2231_params("name", a.filename, "UTF-8", width=10 ** 4)[0]
                f = kit7.rfc2231_params("filename", a.filename, "UTF-8", width=10 ** 4)[0]
                hh = [f"Content-Type: {a.declared}; {n}", f"Content-Disposition: attachment; {f}"]
            parts.append(leaf(hh + ["Content-Transfer-Encoding: base64"], b64_body(a.data)))
        h += [f'Content-Type: multipart/mixed; boundary="{b}"']
        body = mp(b, parts)
    else:
        h += tpart
        body = tbody
    h += ["User-Agent: Evolution 3.50.4-1", "MIME-Version: 1.0"]
    return header_block(h) + CRLF + body


def flashmail(m, rng):
    """NetEase Flash Mail 2.4 (网易闪电邮, Windows desktop; approximated): text and HTML in GBK
    quoted-printable, attachment names as GBK B words."""
    d = m["date"]
    plain = crlf(kit7.plain_of(m["blocks"], "  "))
    htm = crlf('<html><head><meta http-equiv="Content-Type" content="text/html; charset=GBK"></head>'
               '<body style="font-size:10.5pt;font-family:微软雅黑">' + kit7.html_blocks(m["blocks"], kit7.bq_quote)
               + "</body></html>")
    n = rng.randint(10 ** 11, 10 ** 12 - 1)
    alt_b = f"----=_NetEase_FlashMail_{n}_002"
    alt = mp(alt_b, [leaf(["Content-Type: text/plain; charset=GBK", "Content-Transfer-Encoding: quoted-printable"],
                          qp(plain.encode("gbk")) + CRLF),
                     leaf(["Content-Type: text/html; charset=GBK", "Content-Transfer-Encoding: quoted-printable"],
                          qp(htm.encode("gbk")) + CRLF)])
    if m.get("atts"):
        ob = f"----=_NetEase_FlashMail_{n}_001"
        parts = [leaf(["Content-Type: multipart/alternative;", f'\tboundary="{alt_b}"'], alt)]
        for a in m["atts"]:
            w = ew_one(a.filename, "GBK", "gbk")
            parts.append(leaf([f'Content-Type: {a.declared};', f'\tname="{w}"', "Content-Transfer-Encoding: base64",
                               "Content-Disposition: attachment;", f'\tfilename="{w}"'], b64_body(a.data)))
        ctype = ["Content-Type: multipart/mixed;", f'\tboundary="{ob}"']
        body = mp(ob, parts, kit7.PRE)
    else:
        ctype = ["Content-Type: multipart/alternative;", f'\tboundary="{alt_b}"']
        body = kit7.PRE.encode() + CRLF + CRLF + alt
    mid = f"<{d.strftime('%Y%m%d%H%M%S')}{rng.randint(100, 999)}.{rng.randint(10 ** 4, 10 ** 5 - 1)}@{m['addr'].split('@')[1]}>"
    m["message_id"] = mid
    h = top(rng, m["addr"], *m["host"], d, 4)
    h += ["Date: " + rfcdate(d), kit7.from_header(m["from_name"], m["addr"], "GBK"), f'To: "dor" <{HQ}>',
          kit7.subj_header(m["subject"], "GBK"), "Message-ID: " + mid] + thread(m)
    h += ["X-mailer: NetEase Flash Mail 2.4.1.32", "X-Priority: 3 (Normal)", "MIME-Version: 1.0"] + ctype
    return header_block(h) + CRLF + body


def mail189(m, rng):
    """189 webmail (China Telecom; approximated): GB18030 base64 text + HTML, B-encoded GB18030 headers
    (the subject folded into words of ``subj_max`` bytes), attachment names as GB18030 B words."""
    d = m["date"]
    plain = crlf(kit7.plain_of(m["blocks"], " "))
    htm = crlf('<div style="font-family:宋体;font-size:14px">' + kit7.html_blocks(m["blocks"], kit7.bq_quote) + "</div>")
    stamp = int(d.timestamp())
    alt_b = f"----=_Part_189_{rng.randint(10 ** 6, 10 ** 7 - 1)}.{stamp}"
    alt = mp(alt_b, [leaf(["Content-Type: text/plain; charset=GB18030", "Content-Transfer-Encoding: base64"],
                          b64_body(plain.encode("gb18030"))),
                     leaf(["Content-Type: text/html; charset=GB18030", "Content-Transfer-Encoding: base64"],
                          b64_body(htm.encode("gb18030")))])
    if m.get("atts"):
        ob = f"----=_Part_189_{rng.randint(10 ** 6, 10 ** 7 - 1)}.{stamp}"
        parts = [leaf([f'Content-Type: multipart/alternative; boundary="{alt_b}"'], alt)]
        for a in m["atts"]:
            w = ew_one(a.filename, "GB18030", "gb18030")
            parts.append(leaf([f'Content-Type: {a.declared}; name="{w}"', "Content-Transfer-Encoding: base64",
                               f'Content-Disposition: attachment; filename="{w}"'], b64_body(a.data)))
        ctype = f'Content-Type: multipart/mixed; boundary="{ob}"'
        body = mp(ob, parts)
    else:
        ctype = f'Content-Type: multipart/alternative; boundary="{alt_b}"'
        body = alt
    mid = f"<{rng.randint(10 ** 8, 10 ** 9 - 1)}.{rng.randint(100, 999)}.{stamp * 1000 + rng.randint(0, 999)}.JavaMail.webmail@189.cn>"
    m["message_id"] = mid
    h = top(rng, m["addr"], *m["host"], d, 2)
    h += ["Date: " + rfcdate(d, cst=True), kit7.from_header(m["from_name"], m["addr"], "GB18030"), "To: " + HQ,
          "Message-ID: " + mid, kit7.subj_header(m["subject"], "GB18030", m.get("subj_max", 45))] + thread(m)
    h += ["MIME-Version: 1.0", ctype, "X-Mailer: 189Mail Webmail (approximated)",
          f"X-189-SENDER-IP: {own_ip(rng)}"]
    return header_block(h) + CRLF + body


def thebat(m, rng):
    """The Bat! v10 (approximated): one UTF-8 8bit text/plain part, its own Message-ID form and its
    'You wrote …:' quote header with a dotted day-first date."""
    d = m["date"]
    text = crlf(kit7.plain_of(m["blocks"], "  "))
    if not text.endswith("\r\n"):
        text += "\r\n"
    mid = f"<{rng.randint(10 ** 8, 10 ** 9 - 1)}.{d.strftime('%Y%m%d%H%M%S')}@{m['addr'].split('@')[1]}>"
    m["message_id"] = mid
    h = top(rng, m["addr"], *m["host"], d, 3)
    h += ["Date: " + rfcdate(d, pad=False), kit7.from_header(m["from_name"], m["addr"], "utf-8", quoted=False),
          "X-Mailer: The Bat! (v10.5.3) Professional", "Reply-To: " + m["addr"], "X-Priority: 3 (Normal)",
          "Message-ID: " + mid, "To: " + HQ, kit7.subj_header(m["subject"], "utf-8")] + thread(m)
    h += ["MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"]
    return header_block(h) + CRLF + text.encode("utf-8")


def outlook_mdn(m, rng):
    """An Outlook 16 (zh-CN) read receipt: multipart/report; report-type=disposition-notification with a
    gb2312 text part and the message/disposition-notification part; no Auto-Submitted header."""
    d = m["date"]
    b = f"----=_NextPart_000_{rng.randint(16, 99):04X}_01DD{rs(rng, 4, HEXU)}.{rs(rng, 8, HEXU)}"
    human = crlf(m["text"])
    mdn = crlf(f"Reporting-UA: {m['addr'].split('@')[1]}; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;{m['addr']}\n"
               f"Original-Message-ID: {m['irt']}\nDisposition: manual-action/MDN-sent-manually; displayed\n")
    body = mp(b, [leaf(['Content-Type: text/plain;', '\tcharset="gb2312"', "Content-Transfer-Encoding: base64"],
                       b64_body(human.encode("gb18030"))),
                  leaf(["Content-Type: message/disposition-notification", "Content-Transfer-Encoding: 7bit"],
                       mdn.encode("ascii"))], kit7.PRE)
    mid = f"<00{rs(rng, 4, HEXL)}dd{rs(rng, 4, HEXL)}${rs(rng, 8, HEXL)}${rs(rng, 8, HEXL)}$@{m['addr'].split('@')[1]}>"
    m["message_id"] = mid
    h = top(rng, m["addr"], *m["host"], d, 2)
    h += [kit7.from_header(m["from_name"], m["addr"], "gb2312"), kit7.from_header(HQ_NAME, HQ, "gb2312", name="To"),
          kit7.subj_header(m["subject"], "gb2312"), "Date: " + rfcdate(d), "Message-ID: " + mid] + thread(m)
    h += ["MIME-Version: 1.0", "Content-Type: multipart/report; report-type=disposition-notification;", f'\tboundary="{b}"',
          "X-Mailer: Microsoft Outlook 16.0",
          "Thread-Index: AQ" + base64.b64encode(bytes(rng.getrandbits(8) for _ in range(21))).decode(),
          "Content-Language: zh-cn"]
    return header_block(h) + CRLF + body


def crm_notice(m, rng):
    """A CRM's scheduled notification (approximated): one UTF-8 base64 text/html part from a noreply
    address, List-Unsubscribe, no Auto-Submitted and no Precedence."""
    d = m["date"]
    raw = crlf('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif">'
               + m["html"] + "</body></html>").encode("utf-8")
    dom = m["addr"].split("@")[1]
    mid = f"<{kit7.uuid_like(rng, upper=False)}.{int(d.timestamp())}@{dom}>"
    m["message_id"] = mid
    h = top(rng, "bounce+" + rs(rng, 10, HEXL) + "@" + dom, *m["host"], d, 2)
    h += ["Date: " + rfcdate(d), kit7.from_header(m["from_name"], m["addr"], "UTF-8", quoted=False), "To: " + HQ,
          kit7.subj_header(m["subject"], "UTF-8"), "Message-ID: " + mid, "MIME-Version: 1.0",
          "Content-Type: text/html; charset=UTF-8", "Content-Transfer-Encoding: base64",
          "X-Mailer: YunxiCRM-Notify/3.2 (approximated)",
          f"List-Unsubscribe: <https://{dom}/unsubscribe?t={rs(rng, 24, HEXL)}>"]
    return header_block(h) + CRLF + b64_body(raw)


def mutt_old(m, rng, charset="UTF-8"):
    """blind11's Mutt builder with an old Mutt's User-Agent (its In-Reply-To carries '; from … on …')."""
    eml = kit11.mutt(m, rng, charset)
    return eml.replace(b"User-Agent: Mutt/2.2.12 (2023-09-09)", b"User-Agent: Mutt/1.5.21 (2010-09-15)")


def coremail_yeah(m, rng):
    """yeah.net webmail: blind7's Coremail builder for NetEase's third domain."""
    return kit7.coremail(m, rng, "yeah")


# --------------------------------------------------------------------------
# what blind7 .. blind12 lack: Word forms with tracked changes / Wingdings boxes, workbooks with formats
# --------------------------------------------------------------------------

W_SYM = '<w:r><w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/></w:rPr><w:sym w:font="Wingdings" w:char="{}"/></w:r>'
BOX_OFF, BOX_ON = "F0A8", "F0FE"  # Wingdings: an empty box, a box with a check mark


def runs_xml(tokens, author, stamp):
    """WordprocessingML runs for tokens: ('t', text), ('sym', Wingdings code), ('del', text), ('ins', text)."""
    out = []
    for n, (kind, val) in enumerate(tokens):
        t = html.escape(val, quote=False) if isinstance(val, str) else val
        if kind == "t":
            out.append(f'<w:r><w:t xml:space="preserve">{t}</w:t></w:r>')
        elif kind == "sym":
            out.append(W_SYM.format(val))
        elif kind == "del":
            out.append(f'<w:del w:id="{101 + n}" w:author="{html.escape(author)}" w:date="{stamp}"><w:r>'
                       f'<w:delText xml:space="preserve">{t}</w:delText></w:r></w:del>')
        elif kind == "ins":
            out.append(f'<w:ins w:id="{101 + n}" w:author="{html.escape(author)}" w:date="{stamp}"><w:r>'
                       f'<w:t xml:space="preserve">{t}</w:t></w:r></w:ins>')
        else:
            raise ValueError(kind)
    return "".join(out)


def rewrite_zip(data, name, fn):
    """The zip with member ``name`` passed through fn (other members as they are)."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zo:
        for info in zin.infolist():
            content = zin.read(info.filename)
            if info.filename == name:
                content = fn(content)
            zo.writestr(zipfile.ZipInfo(info.filename, date_time=kit7.ZIP_DT), content)
    return out.getvalue()


def docx_rich(author, when, title, grid, rich, merges=(), paras_before=(), paras_after=()):
    """blind7's Word form whose cells '@@N@@' are replaced by the runs of rich[N] (tracked changes,
    Wingdings symbols); the revisions are dated ``when``."""
    data = kit7.docx_form(author, when, title, grid, merges, paras_before, paras_after)

    def fix(xml):
        s = xml.decode("utf-8")

        def sub(mo):
            return runs_xml(rich[int(mo[1])], author, when)
        s, n = re.subn(r'<w:r><w:t(?: xml:space="preserve")?>@@(\d+)@@</w:t></w:r>', sub, s)
        assert n == len(rich), (n, len(rich))
        return s.encode("utf-8")
    return kit7.fixed_zip(rewrite_zip(data, "word/document.xml", fix), author, when)


def xlsx13(author, when, sheets):
    """An Excel workbook: sheets of (title, cells, merges, widths, formats); ``cells`` maps 'B4' -> value,
    ``formats`` 'B4' -> number format; text cells wrap."""
    import openpyxl
    from openpyxl.styles import Alignment, Font
    wb = openpyxl.Workbook()
    for k, (title, cells, merges, widths, formats) in enumerate(sheets):
        ws = wb.active if k == 0 else wb.create_sheet()
        ws.title = title
        for ref, v in cells.items():
            ws[ref] = v
            if isinstance(v, date):
                ws[ref].number_format = "yyyy/m/d"
            ws[ref].alignment = Alignment(wrap_text=True, vertical="center")
        for ref, fmt in (formats or {}).items():
            ws[ref].number_format = fmt
        for r in merges:
            ws.merge_cells(r)
        ws["A1"].font = Font(bold=True, size=13)
        for col, w in (widths or {}).items():
            ws.column_dimensions[col].width = w
    return kit7.fixed_zip(saved(wb), author, when)


def scan_jpg(rng):
    """A photographed document page (blind7's paper drawing as a JPEG)."""
    return kit7.jpg_of(kit7.paper(rng), rng, 74)


# --------------------------------------------------------------------------
# entries
# --------------------------------------------------------------------------

ENTRIES = []


def entry(fn):
    ENTRIES.append(fn)
    return fn


# ==========================================================================
# family: traditional Chinese writers (Taitung, Penghu, Hung Hom, Sheung Shui, Taipa)
# ==========================================================================

@entry
def T1():
    rng = R("T1")
    d = dt(2026, 12, 1, 14, 2, 11)
    m = dict(from_name="潘志豪", addr="pan.chihhao@tiehua-dm.com.tw", date=d, subject="池上碾米機 商機申訴 TTD-261201-0417",
             host=host_of(rng, "m365"))
    m["blocks"] = [
        "總部 商機小組 您好：\n\n池上碾米機這筆商機要提出申訴，資料如下（推播時間是從客戶系統直接匯出的格式）：\n\n"
        "商機編號：TTD-261201-0417\n推播時間：1151201 09:05\n客戶反映：同日 13:40\n"
        "申訴原因：需求者屬於留錯電話，撥過去是一家早餐店，老闆說從來沒有詢問過碾米機。\n附件：通話紀錄截圖\n\n"
        "合作廠商：台東鐵花數位行銷有限公司\n客戶：台東池上碾米機械股份有限公司\n\n潘志豪\n鐵花數位 客服部\n089-325-718"]
    m["atts"] = [Att("通話紀錄.jpg", "image/jpeg", jpg(rng, rows=5, style="list"), "image/jpeg")]
    eml = owa(m, rng, "zh-TW")
    return m, eml, dict(
        kind="appeal", family="traditional", client="Outlook on the web (Microsoft 365, zh-TW; approximated)",
        fields=fields(partner="台東鐵花數位行銷有限公司", client="台東池上碾米機械股份有限公司", lead_ids=["TTD-261201-0417"],
                      pushed_at=iso(2026, 12, 1, 9, 5), objected_at=iso(2026, 12, 1, 13, 40), reason_code=3),
        accept={"partner": ["鐵花數位", "台东铁花数位行销有限公司", "铁花数位"],
                "client": ["池上碾米機", "台东池上碾米机械股份有限公司", "池上碾米机"]},
        source_text={"pushed_at": ["1151201 09:05"], "objected_at": ["同日 13:40", "1151201 09:05"],
                     "reason_code": ["屬於留錯電話"]},
        notes="Outlook on the web (UTF-8 base64 text + HTML, the Date header in UTC, the JPEG's disposition with size / "
              "creation-date / modification-date); the push as a compact seven-digit ROC date exported from a system "
              "('1151201 09:05' = 2026-12-01 09:05) and '同日 13:40' - 4 h 35 min, inside 8 h; code 3 in words; the "
              "phone number is a distractor.")


@entry
def T2():
    rng = R("T2")
    d = dt(2026, 12, 2, 11, 20, 0)
    m = dict(from_name="何嘉敏", addr="carmen.ho@taipa-hoikong.com.mo", date=d, subject="九澳船機 商機彙總反饋",
             host=host_of(rng, "own", "mail.taipa-hoikong.com.mo"), html_lang="ZH-MO")
    m["blocks"] = [
        "總部各位好：\n\n九澳船機（路環九澳船舶維修設備有限公司）嘅商機彙總如下，麻煩評估續約方案：\n\n"
        "合約期：01.03.2026 至 28.02.2027\n合約保證：壹佰陸拾個商機\n已推送：112 個（截至昨日）\n\n"
        "客戶意見：船用液壓絞車、錨機維修設備嘅詢盤幾準，成交咗2單；但有唔少係問遊艇泊位租用。\n"
        "建議：排除「遊艇泊位」「船隻租賃」，加「錨機維修」。\n續約：客戶表示會續約，想加到200個。\n\n"
        "合作商：氹仔濠江數碼顧問有限公司\n何嘉敏 Carmen Ho\n濠江數碼"]
    eml = kit9.mac_outlook(m, rng)
    return m, eml, dict(
        kind="summary", family="traditional", client="Outlook for Mac 16 (approximated)",
        fields=fields(partner="氹仔濠江數碼顧問有限公司", client="路環九澳船舶維修設備有限公司", quota=160, pushed_count=112,
                      service_start="2026-03-01", service_end="2027-02-28"),
        accept={"partner": ["濠江數碼", "氹仔濠江数码顾问有限公司", "濠江数码"],
                "client": ["九澳船機", "路环九澳船舶维修设备有限公司", "九澳船机"]},
        renewal=True,
        source_text={"quota": ["合約保證：壹佰陸拾個商機"], "pushed_count": ["已推送：112 個"], "service_start": ["01.03.2026"],
                     "service_end": ["28.02.2027"]},
        notes="Outlook for Mac (UTF-8 quoted-printable text + Word HTML) from Taipa, written Cantonese; the period in "
              "European day-first dotted dates ('01.03.2026 至 28.02.2027' = 2026-03-01 .. 2027-02-28; the 28 fixes the "
              "order); the quota in financial numerals with the measure word 個 ('壹佰陸拾個' = 160); both triggers (70 %, "
              "76 % of the period); '2單' and '200個' are distractors; renewal intended.")


@entry
def T3():
    rng = R("T3")
    d = dt(2026, 12, 7, 19, 5, 33)
    ids = ["HM/2612/0107", "HM/2612/0111", "HM/2612/0112", "HM/2612/0118", "HM/2612/0123"]
    verdict = ["有用，問緊真空包裝機", "冇用，佢想買包裝袋", "有用", "有用，要枕式包裝機報價", "冇用，係學生做功課"]
    m = dict(from_name="陳俊傑", addr="ckchan@hunghom-globe.com.hk", date=d, subject="金禾包裝 上星期五個lead嘅回覆",
             host=host_of(rng, "own", "smtp.hunghom-globe.com.hk"))
    m["blocks"] = [
        "總部 hi，\n\n金禾包裝上星期嗰五個lead，客人睇完覆咗：\n\n" + "\n".join(f"{ids[i]}　{verdict[i]}" for i in range(5))
        + "\n\n建議：\n加關鍵字：枕式包裝機、真空包裝機\n刪關鍵字：包裝\n唔做：包裝袋、包裝物料\n對象：食品廠、中央廚房\n\n"
        "合作商：紅磡環宇數碼推廣有限公司\n客戶：上水金禾食品包裝機械有限公司\n\nChan Chun-kit 陳俊傑\n環宇數碼\n\n"
        "從我的Samsung Galaxy智能手機傳送。"]
    eml = samsung(m, rng)
    return m, eml, dict(
        kind="adjustment", family="traditional", client="Samsung Email (Android; approximated)",
        fields=fields(partner="紅磡環宇數碼推廣有限公司", client="上水金禾食品包裝機械有限公司", lead_ids=ids, lead_count=5),
        accept={"partner": ["環宇數碼", "红磡环宇数码推广有限公司", "环宇数码"],
                "client": ["金禾包裝", "上水金禾食品包装机械有限公司", "金禾包装"]},
        extra={"keywords_add": ["枕式包裝機", "真空包裝機"], "keywords_remove": ["包裝"], "excluded_products": ["包裝袋", "包裝物料"],
               "audience": ["食品廠", "中央廚房"]},
        source_text={"lead_count": ["五個lead"]},
        notes="Samsung Email from Hung Hom (UTF-8 base64 text + HTML), written Cantonese mixed with English; five ids "
              "whose separators are slashes ('HM/2612/0107' is one id, not shorthand), each followed by an ideographic "
              "space and 有用 / 冇用; the count '五個lead'; '上星期' is no date; simplified forms in accept.")


@entry
def T4():
    rng = R("T4")
    d = dt(2026, 12, 9, 10, 12, 40)
    m = dict(from_name="鄧家豪", addr="kaho.tang@shekwuhui-biz.com.hk", date=d, subject="聯和墟印機 申訴 FL2612070093",
             host=host_of(rng, "own", "mail.shekwuhui-biz.com.hk"))
    text = ("總部你好，\n\n聯和墟印機想申訴一單：FL2612070093。\n前日晏晝兩點九推過嚟，客人五點三打畀我，話對方一嚟就問成條印刷線嘅"
            "入貨價同埋代理折頭，傾咗幾句先認自己都係做印刷機嘅，即係同行嚟套價。\n錄音喺附件。\n\n"
            "合作商：上水石湖墟商務拓展有限公司\n客戶：粉嶺聯和墟印刷機械有限公司\n\n鄧家豪 Tang Ka-ho\n石湖墟商務")
    m["blocks"] = [text]
    m["atts"] = [Att("VoiceMemo_1207.m4a", "audio/mp4", m4a(rng, 7), "audio/mp4")]
    m["segments"] = [text + "\n", m["atts"][0], "\n\n從我的 iPhone 傳送"]
    eml = kit7.iphone(m, rng)
    return m, eml, dict(
        kind="appeal", family="traditional", client="iPhone Mail",
        fields=fields(partner="上水石湖墟商務拓展有限公司", client="粉嶺聯和墟印刷機械有限公司", lead_ids=["FL2612070093"],
                      pushed_at=iso(2026, 12, 7, 14, 45), objected_at=iso(2026, 12, 7, 17, 15), reason_code=1),
        accept={"partner": ["石湖墟商務", "上水石湖墟商务拓展有限公司", "石湖墟商务"],
                "client": ["聯和墟印機", "粉岭联和墟印刷机械有限公司", "联和墟印机"]},
        source_text={"pushed_at": ["前日晏晝兩點九"], "objected_at": ["五點三", "前日晏晝兩點九"], "reason_code": ["同行嚟套價"]},
        notes="iPhone Mail from Sheung Shui (UTF-8 quoted-printable text, the M4A between two text parts), written "
              "Cantonese: '前日晏晝兩點九' (the day before yesterday, afternoon, 2 o'clock and nine five-minute marks = "
              "14:45) and a bare '五點三' (17:15, the day and afternoon of the push) - 2 h 30 min, inside 8 h; code 1 "
              "(a peer fishing for prices) with an M4A recording.")


@entry
def T5():
    rng = R("T5")
    d = dt(2026, 12, 4, 16, 30, 5)
    m = dict(from_name="洪雅婷", addr="yating.hung@juidao-net.com.tw", date=d, subject="馬公漁具 商機申訴（微信加不到）",
             host=host_of(rng, "own", "mail.juidao-net.com.tw"))
    m["blocks"] = [
        "總部您好：\n\n客戶馬公漁具有一筆商機要申訴：\n\n商機編號：PH-1201-0862\n推播時間：這禮拜二下午5點50分\n"
        "客戶回報：隔天早上8點10分（客戶那天晚上出海，隔天才看到）\n"
        "原因：需求者只留了微信，客戶換了兩支手機都加不到，也沒留電話或LINE。截圖如附件。\n\n"
        "我們知道超過8小時了，但客戶晚上出海收不到訊號，懇請總部考量。\n\n"
        "合作商：澎湖菊島網路科技有限公司\n客戶：澎湖馬公漁具機械有限公司\n\n洪雅婷\n菊島網路 客服專員"]
    m["atts"] = [Att("加微信失敗截圖.jpg", "image/jpeg", jpg(rng, rows=4, style="search"), "image/jpeg")]
    eml = kit7.outlook(m, rng, "zh-TW")
    return m, eml, dict(
        kind="appeal", family="traditional", client="Outlook 16 (zh-TW, Big5)",
        fields=fields(partner="澎湖菊島網路科技有限公司", client="澎湖馬公漁具機械有限公司", lead_ids=["PH-1201-0862"],
                      pushed_at=iso(2026, 12, 1, 17, 50), objected_at=iso(2026, 12, 2, 8, 10), reason_code=2),
        accept={"partner": ["菊島網路", "澎湖菊岛网路科技有限公司", "菊岛网路"],
                "client": ["馬公漁具", "澎湖马公渔具机械有限公司", "马公渔具"]},
        source_text={"pushed_at": ["這禮拜二下午5點50分"], "objected_at": ["隔天早上8點10分", "這禮拜二下午5點50分"],
                     "reason_code": ["加不到"]},
        notes="Outlook zh-TW (Big5 base64 text + Word HTML, Big5 RFC 2047 file name) from Penghu; the push day as "
              "'這禮拜二' (this week's Tuesday: 2026-12-01, the mail is of Friday 4 December) and the objection as "
              "'隔天早上8點10分' (the next day, 08:10) - 14 h 20 min, outside 8 h (the partner says so); code 2 in words "
              "('加不到'); '兩支手機' and '8小時' are distractors; JPEG screenshot.")


# ==========================================================================
# family: English and mixed-language writers (Longyan, Beihai, Rizhao, Suining, Zhangye)
# ==========================================================================

@entry
def E1():
    rng = R("E1")
    d = dt(2026, 12, 9, 9, 40, 12)
    m = dict(from_name="Grace Lin", addr="grace.lin@hakka-dm.com", date=d,
             subject="Appeal – lead LY-2612-3305 (Xinluo Machinery Parts)", host=host_of(rng, "own", "mail.hakka-dm.com"))
    m["blocks"] = [
        "Hi DOR team,\n\nWe'd like to appeal lead LY-2612-3305 for Xinluo Machinery Parts (龙岩新罗工程机械配件有限公司).\n\n"
        "- Pushed: the day before yesterday, 3:10 pm\n- Client objected: 7:45 pm that same evening\n\n"
        "The number on the lead belongs to a private person who says he was only comparing prices for a friend - not a "
        "company and not a buyer, so we believe criterion 3 (wrong contact) applies. The client's call screenshot is "
        "attached.\n\nKind regards,\nGrace Lin\nHakka Digital | 龙岩客家数字营销有限公司\nTel +86 597 2236 418"]
    m["atts"] = [Att("通话截图.png", "image/png", png(rng, rows=4, style="list"), "image/png")]
    eml = evolution(m, rng)
    return m, eml, dict(
        kind="appeal", family="english", client="Evolution 3.50 (GNOME; approximated)",
        fields=fields(partner="龙岩客家数字营销有限公司", client="龙岩新罗工程机械配件有限公司", lead_ids=["LY-2612-3305"],
                      pushed_at=iso(2026, 12, 7, 15, 10), objected_at=iso(2026, 12, 7, 19, 45), reason_code=3),
        accept={"partner": ["Hakka Digital"], "client": ["Xinluo Machinery Parts"]},
        source_text={"pushed_at": ["the day before yesterday, 3:10 pm"],
                     "objected_at": ["7:45 pm that same evening", "the day before yesterday, 3:10 pm"],
                     "reason_code": ["criterion 3 (wrong contact)"]},
        notes="Evolution (UTF-8 quoted-printable text, the PNG's name as RFC 2231 name*= / filename*=); English; the push "
              "as 'the day before yesterday, 3:10 pm' (2026-12-07, the mail is of 9 December) and the objection as "
              "'7:45 pm that same evening' - 4 h 35 min, inside 8 h; code 3 by number; the phone number is a "
              "distractor.")


@entry
def E2():
    rng = R("E2")
    d = dt(2026, 12, 8, 15, 10, 0)
    m = dict(from_name="Helen Liang", addr="helen.liang@yintan-net.com", date=d,
             subject="Summary & renewal – Hepu Pearl Equipment", host=host_of(rng, "own", "smtp.yintan-net.com"))
    m["blocks"] = [
        "Hello HQ,\n\nHere is the status of Hepu Pearl Equipment (北海合浦珍珠加工设备有限公司) for the renewal discussion.\n\n"
        "Contract term: Q3 2026 – Q2 2027\nContracted leads: 240\nDelivered so far: 151 (62.9%)\n\n"
        "Feedback: enquiries for pearl drilling and polishing machines are accurate, 3 orders signed. Some buyers wanted "
        "loose pearls, which the client does not sell.\nProposal: exclude \"loose pearls\" and \"pearl jewellery\"; add "
        "\"pearl drilling machine\".\nRenewal: they would like to renew early and raise the Q4 target to 60 enquiries.\n\n"
        "Helen Liang\nSilver Beach Network · 北海银滩网络科技有限公司"]
    eml = kit7.apple_mail(m, rng)
    return m, eml, dict(
        kind="summary", family="english", client="Apple Mail (macOS)",
        fields=fields(partner="北海银滩网络科技有限公司", client="北海合浦珍珠加工设备有限公司", quota=240, pushed_count=151,
                      service_start="2026-07-01", service_end="2027-06-30"),
        accept={"partner": ["Silver Beach Network"], "client": ["Hepu Pearl Equipment"]},
        renewal=True,
        source_text={"quota": ["Contracted leads: 240"], "pushed_count": ["Delivered so far: 151"], "service_start": ["Q3 2026"],
                     "service_end": ["Q2 2027"]},
        notes="Apple Mail (UTF-8 quoted-printable text + HTML); the term in calendar quarters ('Q3 2026 – Q2 2027' = "
              "2026-07-01 .. 2027-06-30); lead trigger only (62.9 %, 44 % of the term); '62.9%', '3 orders', 'Q4' and "
              "'60 enquiries' are distractors; renewal intended.")


@entry
def E3():
    rng = R("E3")
    d = dt(2026, 12, 10, 10, 25, 0)
    ids = [f"RZ-2612-02{k}" for k in range(11, 16)]
    v = ["relevant, H-beam welding line", "not relevant, wants steel scaffolding for rent", "relevant",
         "relevant, asked for a box-column welder quote", "not relevant, a student survey"]
    m = dict(from_name="Tony Ding", addr="tony.ding@huanghai-dt.com", date=d,
             subject="Feedback on five (5) leads – Lanshan Steel Structure", host=host_of(rng, "m365"))
    m["blocks"] = [
        "Dear HQ,\n\nLanshan Steel Structure has reviewed the following five (5) leads: RZ-2612-0211 thru 0215.\n\n"
        + "\n".join(f"{ids[i][-4:]} - {v[i]}" for i in range(5))
        + "\n\nChanges requested:\nAdd keywords: H-beam welding line, box column welder\nRemove keyword: steel structure\n"
        "Client does not make: scaffolding rental, steel sheds\nAudience: steel structure fabricators, bridge builders\n\n"
        "Partner: 日照黄海数字科技有限公司\nClient: 日照岚山钢结构设备有限公司\n\nTony Ding\nYellow Sea Digital"]
    eml = owa(m, rng, "en-US")
    return m, eml, dict(
        kind="adjustment", family="english", client="Outlook on the web (Microsoft 365, en-US; approximated)",
        fields=fields(partner="日照黄海数字科技有限公司", client="日照岚山钢结构设备有限公司", lead_ids=ids, lead_count=5),
        accept={"partner": ["Yellow Sea Digital"], "client": ["Lanshan Steel Structure"]},
        extra={"keywords_add": ["H-beam welding line", "box column welder"], "keywords_remove": ["steel structure"],
               "excluded_products": ["scaffolding rental", "steel sheds"],
               "audience": ["steel structure fabricators", "bridge builders"]},
        source_text={"lead_ids": ["RZ-2612-0211 thru 0215"], "lead_count": ["five (5) leads"]},
        notes="Outlook on the web (UTF-8 base64, the Date header in UTC); the ids as a range with 'thru' and only the "
              "last tail ('RZ-2612-0211 thru 0215' = five ids); the count in legal style ('five (5) leads'); the verdict "
              "lines start with bare four-digit tails (no new ids).")


@entry
def E4():
    rng = R("E4")
    d = dt(2026, 12, 9, 18, 30, 0)
    m = dict(from_name="Joyce Pu", addr="joyce.pu@guanyinhu-net.com", date=d,
             subject="Lead appeal SN-1209-0058 / Shehong Lithium Equipment", host=host_of(rng, "own", "mail.guanyinhu-net.com"),
             lang="en-US")
    m["blocks"] = [
        "Hi,\n\nAppeal for Shehong Lithium Equipment (遂宁射洪锂电设备有限公司), lead SN-1209-0058.\n\n"
        "The lead came in at 11:50 on 9 December; the client flagged it 4 hrs 50 mins later.\n"
        "The buyer wants finished lithium battery packs for e-bikes. Shehong builds electrode coating and winding "
        "machines - battery packs are simply not their line, so this is a product mismatch.\n\nNo attachment for this one.\n\n"
        "Thanks,\nJoyce Pu\nGuanyin Lake Network (遂宁观音湖网络科技有限公司)"]
    eml = kit7.thunderbird(m, rng, "UTF-8")
    return m, eml, dict(
        kind="appeal", family="english", client="Thunderbird 128 (UTF-8, 8bit)",
        fields=fields(partner="遂宁观音湖网络科技有限公司", client="遂宁射洪锂电设备有限公司", lead_ids=["SN-1209-0058"],
                      pushed_at=iso(2026, 12, 9, 11, 50), objected_at=iso(2026, 12, 9, 16, 40), reason_code=5),
        accept={"partner": ["Guanyin Lake Network"], "client": ["Shehong Lithium Equipment", "Shehong"]},
        source_text={"pushed_at": ["11:50 on 9 December"], "objected_at": ["4 hrs 50 mins later", "11:50 on 9 December"],
                     "reason_code": ["product mismatch"]},
        notes="Thunderbird (UTF-8 8bit, format=flowed), English; the push as '11:50 on 9 December' (time before the "
              "day, no year) and the objection only as an English offset ('4 hrs 50 mins later' = 16:40) - inside 8 h; "
              "code 5 in words; no attachment.")


@entry
def E5():
    rng = R("E5")
    d = dt(2026, 12, 10, 14, 5, 0)
    m = dict(from_name="Kevin Gao", addr="kevin.gao.hetao@gmail.com", date=d, subject="Lead summary: Ganzhou Seed Machinery",
             host=host_of(rng, "google"))
    m["blocks"] = [
        "Hi HQ team,\n\nLead summary for Ganzhou Seed Machinery (张掖甘州玉米种子加工设备有限公司):\n\n"
        "Term: 03/04/2026 – 02/04/2027 (DD/MM/YYYY)\nPackage: 250 leads\nConsumed: 175\nBalance: 75\n\n"
        "Seed dryer and grading line enquiries are good (2 lines sold). Farmers asking for seed corn itself are off target.\n"
        "Suggestion: exclude \"seed corn\" and \"hybrid seeds\"; add \"corn seed grading machine\".\n"
        "Renewal: the client is leaning towards not renewing - budget is tight next year.\n\n"
        "Kevin Gao\nHetao Network (巴彦淖尔河套网络科技有限公司)"]
    eml = kit7.gmail(m, rng)
    return m, eml, dict(
        kind="summary", family="english", client="Gmail (Google Workspace)",
        fields=fields(partner="巴彦淖尔河套网络科技有限公司", client="张掖甘州玉米种子加工设备有限公司", quota=250, pushed_count=175,
                      service_start="2026-04-03", service_end="2027-04-02"),
        accept={"partner": ["Hetao Network"], "client": ["Ganzhou Seed Machinery"]},
        renewal=False,
        source_text={"quota": ["Package: 250 leads"], "pushed_count": ["Consumed: 175"],
                     "service_start": ["03/04/2026", "(DD/MM/YYYY)"], "service_end": ["02/04/2027", "(DD/MM/YYYY)"]},
        notes="Gmail (UTF-8); the term in slash dates whose numbers could both be months, fixed only by the writer's "
              "'(DD/MM/YYYY)' ('03/04/2026 – 02/04/2027' = 2026-04-03 .. 2027-04-02); 'Consumed' is the pushed count, "
              "'Balance: 75' and '2 lines' are distractors; lead trigger only (70 %, 69 % of the term); renewal declined.")


# ==========================================================================
# family: dates and times
# ==========================================================================

@entry
def D1():
    rng = R("D1")
    d = dt(2026, 12, 1, 7, 41, 7)
    m = dict(from_name="孙立伟", addr="sunliwei@chagan-net.com", date=d, subject="前郭米机 商机申诉 SY-1130-2207",
             host=host_of(rng, "own", "mail.chagan-net.com"))
    m["blocks"] = [
        "总部早上好：\n\n前郭米机这条商机申诉一下，编号 SY-1130-2207。\n昨天晚上8点20推过来的，今天早上7点05客户就打电话给我，"
        "说对方是要买成品大米的经销商，客户只做碾米、抛光设备，产品对不上。\n超了8小时，主要是夜里推的，客户早上才看到，请总部酌情。\n\n"
        "合作商：松原查干湖网络营销有限公司\n客户：松原前郭稻米加工机械有限公司\n\n孙立伟\n查干湖网络"]
    eml = fairemail(m, rng)
    return m, eml, dict(
        kind="appeal", family="dates", client="FairEmail (Android, time sent in UTC; approximated)",
        fields=fields(partner="松原查干湖网络营销有限公司", client="松原前郭稻米加工机械有限公司", lead_ids=["SY-1130-2207"],
                      pushed_at=iso(2026, 11, 30, 20, 20), objected_at=iso(2026, 12, 1, 7, 5), reason_code=5),
        accept={"partner": ["查干湖网络"], "client": ["前郭米机"]},
        source_text={"pushed_at": ["昨天晚上8点20"], "objected_at": ["今天早上7点05"], "reason_code": ["产品对不上"]},
        notes="FairEmail (UTF-8 quoted-printable text + HTML) whose Date header is in UTC and still on the previous "
              "day ('Mon, 30 Nov 2026 23:41:07 +0000' = 1 December 07:41 in Asia/Shanghai): '昨天晚上8点20' is 30 "
              "November 20:20 and '今天早上7点05' 1 December 07:05 - 10 h 45 min, outside 8 h (the partner says so); "
              "code 5 in words; no attachment.")


@entry
def D2():
    rng = R("D2")
    d = dt(2026, 12, 8, 17, 25, 0)
    m = dict(from_name="艾尔肯·吐尔逊", addr="erkin_kqh@163.com", date=d, subject="伊州棉机 商机申诉 HM20261208-031",
             host=host_of(rng, "163"))
    m["blocks"] = [
        "总部您好：\n\n伊州棉机的一条商机申诉：\n商机编号：HM20261208-031\n推送时间：12月8日 11:05（北京时间）\n"
        "客户反馈：当天新疆时间下午1点20分打来的电话（客户那边习惯用新疆时间）\n"
        "情况：对方留的电话打过去是一个汽修店，说根本没有询过轧花机，电话留错了。通话截图附上。\n\n"
        "合作商：库尔勒孔雀河网络科技有限公司\n客户：哈密伊州棉花加工机械有限公司\n\n艾尔肯·吐尔逊\n孔雀河网络 客服部"]
    m["atts"] = [Att("通话截图.png", "image/png", png(rng, rows=3, style="list"), "image/png")]
    eml = kit7.coremail(m, rng, "163")
    return m, eml, dict(
        kind="appeal", family="dates", client="163 webmail (Coremail)",
        fields=fields(partner="库尔勒孔雀河网络科技有限公司", client="哈密伊州棉花加工机械有限公司", lead_ids=["HM20261208-031"],
                      pushed_at=iso(2026, 12, 8, 11, 5), objected_at=iso(2026, 12, 8, 15, 20), reason_code=3),
        accept={"partner": ["孔雀河网络"], "client": ["伊州棉机"]},
        source_text={"pushed_at": ["12月8日 11:05"], "objected_at": ["当天新疆时间下午1点20分", "12月8日 11:05"],
                     "reason_code": ["电话留错了"]},
        notes="163 webmail (GBK base64 text + HTML, GBK RFC 2047 file name) from Korla; the push in Beijing time and the "
              "objection in Xinjiang time ('当天新疆时间下午1点20分' = 13:20 UTC+6 = 15:20 Beijing time) - 4 h 15 min, "
              "inside 8 h; code 3 in words ('电话留错了'); PNG screenshot.")


@entry
def D3():
    rng = R("D3")
    d = dt(2026, 12, 10, 9, 50, 0)
    m = dict(from_name="王振宇", addr="wangzhenyu@bishu-net.com", date=d, subject="宽城矿机 商机汇总反馈（服务期过七成）",
             host=host_of(rng, "own", "mail.bishu-net.com"))
    m["blocks"] = [
        "总部领导好：\n\n宽城矿机的汇总反馈如下：\n合作商：承德避暑山庄网络科技有限公司\n客户：承德宽城矿山机械有限公司\n"
        "合同2026年3月9日签的，服务期从签约次日起算，为期一年。\n保底商机：200条\n已推送：118条\n\n"
        "客户情况：球磨机、浮选机的询盘比较准，成交1台；有一部分是问铁矿石价格的贸易商。\n"
        "解决方案：排除“铁精粉”“矿石贸易”，增加“溢流型球磨机”。\n续费：客户有续费意向，想等年后看预算再定量。\n\n王振宇\n山庄网络"]
    eml = kit7.foxmail(m, rng)
    return m, eml, dict(
        kind="summary", family="dates", client="Foxmail 7.2",
        fields=fields(partner="承德避暑山庄网络科技有限公司", client="承德宽城矿山机械有限公司", quota=200, pushed_count=118,
                      service_start="2026-03-10", service_end="2027-03-09"),
        accept={"partner": ["山庄网络"], "client": ["宽城矿机"]},
        renewal=True,
        source_text={"quota": ["保底商机：200条"], "pushed_count": ["已推送：118条"],
                     "service_start": ["签约次日起算", "合同2026年3月9日签的"],
                     "service_end": ["为期一年", "签约次日起算", "合同2026年3月9日签的"]},
        notes="Foxmail (gb2312); the period starts the day after the signing date ('合同2026年3月9日签的，服务期从签约次日起算，"
              "为期一年' = 2026-03-10 .. 2027-03-09); time trigger only (59 %, 75 % of the period); '七成' in the "
              "subject, '1台' and '年后' are distractors; renewal intended.")


@entry
def D4():
    rng = R("D4")
    d = dt(2027, 1, 4, 9, 30, 0)
    m = dict(from_name="胡俊杰", addr="hujunjie_wd@139.com", date=d, subject="张湾模具 商机申诉（跨年那条）ZW-1231-0076",
             host=("smtp.139.com", f"120.232.{rng.randint(1, 250)}.{rng.randint(1, 250)}"))
    m["blocks"] = [
        "总部新年好：\n\n张湾模具有一条商机要申诉，编号 ZW-1231-0076。\n12月31日晚上10点10分推的，客户放假，元旦上午9点才看到，"
        "回电话过去对方自己说也是做汽车冲压模具的，就是来套价格和工艺的，属于同行。\n"
        "录音附上。时间是超了8小时，但确实是节假日，麻烦总部看一下。\n\n"
        "合作商：十堰武当网络传媒有限公司\n客户：十堰张湾汽车模具有限公司\n\n胡俊杰\n武当网络"]
    m["atts"] = [Att("回访录音.amr", "audio/amr", amr(rng, 8), "audio/amr")]
    eml = kit9.mail139(m, rng)
    return m, eml, dict(
        kind="appeal", family="dates", client="139 webmail (approximated)",
        fields=fields(partner="十堰武当网络传媒有限公司", client="十堰张湾汽车模具有限公司", lead_ids=["ZW-1231-0076"],
                      pushed_at=iso(2026, 12, 31, 22, 10), objected_at=iso(2027, 1, 1, 9, 0), reason_code=1),
        accept={"partner": ["武当网络"], "client": ["张湾模具"]},
        source_text={"pushed_at": ["12月31日晚上10点10分"], "objected_at": ["元旦上午9点"], "reason_code": ["属于同行"]},
        notes="139 webmail (GB18030 quoted-printable text + base64 HTML) of Monday 4 January 2027: a year-less "
              "'12月31日晚上10点10分' is 2026-12-31 22:10 and the objection is named by the holiday ('元旦上午9点' = "
              "2027-01-01 09:00) - 10 h 50 min, outside 8 h (the partner says so); code 1 with an AMR recording.")


@entry
def D5():
    rng = R("D5")
    d = dt(2026, 12, 10, 11, 0, 0)
    m = dict(from_name="陈丽清", addr="chenliqing@sanduao-link.com", date=d, subject="福安电机 商机申诉 ND-1207-0155",
             host=host_of(rng, "own", "mail.sanduao-link.com"))
    m["blocks"] = [
        "总部您好：\n\n福安电机的商机 ND-1207-0155 申诉：\n3天前下午4点推送的，客户当晚9点回电说，需求者只留了一个微信号，"
        "搜出来显示“该用户不存在”，加不了。截图见附件。\n\n合作商：宁德三都澳互联科技有限公司\n客户：宁德福安电机制造有限公司\n\n"
        "陈丽清\n三都澳互联"]
    m["atts"] = [Att("微信搜索.png", "image/png", png(rng, rows=3, style="search"), "image/png")]
    eml = kit10.lark(m, rng)
    return m, eml, dict(
        kind="appeal", family="dates", client="Lark Mail (approximated)",
        fields=fields(partner="宁德三都澳互联科技有限公司", client="宁德福安电机制造有限公司", lead_ids=["ND-1207-0155"],
                      pushed_at=iso(2026, 12, 7, 16, 0), objected_at=iso(2026, 12, 7, 21, 0), reason_code=2),
        accept={"partner": ["三都澳互联"], "client": ["福安电机"]},
        source_text={"pushed_at": ["3天前下午4点"], "objected_at": ["当晚9点", "3天前下午4点"], "reason_code": ["加不了"]},
        notes="Lark (UTF-8 base64 text + HTML); the push day as a count of days back ('3天前下午4点' = 2026-12-07 16:00, "
              "the mail is of 10 December) and the objection as '当晚9点' (that evening, 21:00) - 5 h, inside 8 h; code 2 "
              "in words; PNG screenshot.")


# ==========================================================================
# family: numbers and id shorthand
# ==========================================================================

@entry
def N1():
    rng = R("N1")
    d = dt(2026, 12, 1, 16, 0, 0)
    m = dict(from_name="黄少娟", addr="huangshaojuan@pinqinghu-dm.com", date=d, subject="陆丰烘干机 商机汇总反馈",
             host=host_of(rng, "own", "mail.pinqinghu-dm.com"))
    m["blocks"] = [
        "总部：\n\n陆丰烘干机汇总反馈：\n合作商：汕尾品清湖数字营销有限公司\n客户：汕尾陆丰海产烘干设备有限公司\n"
        "服务期：2026年3月1日至2027年2月28日\n合同保底300条，目前还差112条没推完。\n\n"
        "客户反馈：热泵烘干房、鱿鱼干烘干机的询盘很准，成交5台；有不少是收购海产干货的贩子。\n"
        "方案：排除“海产干货批发”，增加“热泵海鲜烘干机”。\n续费：客户明年还想续，但希望单价能优惠一点。\n\n黄少娟\n品清湖数字"]
    eml = flashmail(m, rng)
    return m, eml, dict(
        kind="summary", family="numbers", client="NetEase Flash Mail 2.4 (GBK; approximated)",
        fields=fields(partner="汕尾品清湖数字营销有限公司", client="汕尾陆丰海产烘干设备有限公司", quota=300, pushed_count=188,
                      service_start="2026-03-01", service_end="2027-02-28"),
        accept={"partner": ["品清湖数字"], "client": ["陆丰烘干机"]},
        renewal=True,
        source_text={"quota": ["合同保底300条"], "pushed_count": ["合同保底300条，目前还差112条没推完"],
                     "service_start": ["2026年3月1日"], "service_end": ["2027年2月28日"]},
        notes="NetEase Flash Mail (GBK quoted-printable text + HTML); the pushed count only as what is still owed "
              "('合同保底300条，目前还差112条没推完' = 188 pushed); both triggers (62.7 %, 75 % of the period); '5台' "
              "is a distractor; renewal intended.")


@entry
def N2():
    rng = R("N2")
    d = dt(2026, 12, 11, 10, 40, 0)
    ids = ["GY2612-0301", "GY2612-0302", "GY2612-0303", "GY2612-0305", "GY2612-0306"]
    v = ["精准，猕猴桃光电分选机", "不精准，要买猕猴桃鲜果", "精准", "精准，问称重分级线", "不精准，果园招采摘工"]
    m = dict(from_name="蒲晓琴", addr="puxiaoqin@guanyinhu-net.com", date=d, subject="苍溪分选机 商机调整反馈（5条）",
             host=("smtp.263.net", f"211.150.{rng.randint(1, 250)}.{rng.randint(1, 250)}"))
    m["blocks"] = [
        "总部您好：\n\n苍溪分选机这一批反馈：GY2612-0301到0306（0304已经单独申诉过了，不算在这批），这批5条。\n"
        + "\n".join(f"{ids[i][-4:]} {v[i]}" for i in range(5))
        + "\n\n调整建议：\n新增关键词：猕猴桃分选机、水果称重分级线\n删除关键词：猕猴桃\n不做产品：鲜果销售、劳务用工\n"
        "推广对象：果品合作社、冷库\n\n合作商：遂宁观音湖网络科技有限公司\n客户：广元苍溪猕猴桃分选设备有限公司\n蒲晓琴"]
    eml = kit10.mail263(m, rng)
    return m, eml, dict(
        kind="adjustment", family="numbers", client="263 enterprise webmail (approximated)",
        fields=fields(partner="遂宁观音湖网络科技有限公司", client="广元苍溪猕猴桃分选设备有限公司", lead_ids=ids, lead_count=5),
        accept={"client": ["苍溪分选机"]},
        extra={"keywords_add": ["猕猴桃分选机", "水果称重分级线"], "keywords_remove": ["猕猴桃"], "excluded_products": ["鲜果销售", "劳务用工"],
               "audience": ["果品合作社", "冷库"]},
        source_text={"lead_ids": ["GY2612-0301到0306（0304已经单独申诉过了，不算在这批）"], "lead_count": ["这批5条"]},
        notes="263 webmail (GB2312-declared quoted-printable text + base64 HTML); the ids as a range with an exclusion "
              "('GY2612-0301到0306（0304…不算在这批）' = 0301, 0302, 0303, 0305, 0306); the bare tails at the start of the "
              "verdict lines are no new ids; the count '这批5条'.")


@entry
def N3():
    rng = R("N3")
    d = dt(2026, 12, 3, 18, 0, 0)
    m = dict(from_name="郝建国", addr="2380715546@qq.com", date=d, subject="永年紧固件 商机申诉", host=host_of(rng, "qq"))
    m["blocks"] = [
        "总部好：\n\n永年紧固件申诉一条商机：\n编号：HD2612030219\n推送：12月3日 09.05\n客户反馈：12月3日 14.20\n"
        "理由：属于判定标准里说的第四种情况——对方要找的是装修队做厂房吊顶，客户是做螺丝冷镦机的，行业都不挨着。\n\n"
        "合作商：邯郸丛台数字营销有限公司\n客户：邯郸永年紧固件设备有限公司\n郝建国 13903107745"]
    eml = kit7.tencent(m, rng)
    return m, eml, dict(
        kind="appeal", family="numbers", client="QQ Mail",
        fields=fields(partner="邯郸丛台数字营销有限公司", client="邯郸永年紧固件设备有限公司", lead_ids=["HD2612030219"],
                      pushed_at=iso(2026, 12, 3, 9, 5), objected_at=iso(2026, 12, 3, 14, 20), reason_code=4),
        accept={"client": ["永年紧固件"]},
        source_text={"pushed_at": ["12月3日 09.05"], "objected_at": ["12月3日 14.20"], "reason_code": ["第四种情况"]},
        notes="QQ Mail (gb18030 base64 text + HTML) from a QQ number address; the clock with a dot after the day "
              "('12月3日 09.05' is 09:05, not a date); the criterion as '第四种情况' (the fourth case of the standard); "
              "5 h 15 min, inside 8 h; the eleven-digit mobile number is no id; no attachment.")


@entry
def N4():
    rng = R("N4")
    d = dt(2026, 12, 7, 15, 30, 0)
    m = dict(from_name="贾晓东", addr="jiaxiaodong_yg@sina.com", date=d, subject="广灵米机 商机汇总", host=host_of(rng, "sina"))
    m["blocks"] = [
        "总部您好：\n\n广灵米机汇总一下：\n合作商：大同云冈信息技术有限公司\n客户：大同广灵小米加工设备有限公司\n"
        "合同是每月20条，签了12个月，服务期2026年1月1日—2026年12月31日。\n累计推了158条。\n\n"
        "分析：小米脱壳机、色选机询盘质量不错，成交3台；但有些是要买小米（粮食）的。\n方案：排除“小米批发”，增加“谷子脱壳机”。\n"
        "续费：客户打算续一年，每月还是20条。\n\n贾晓东\n云冈信息"]
    eml = kit9.sina(m, rng)
    return m, eml, dict(
        kind="summary", family="numbers", client="Sina webmail (approximated)",
        fields=fields(partner="大同云冈信息技术有限公司", client="大同广灵小米加工设备有限公司", quota=240, pushed_count=158,
                      service_start="2026-01-01", service_end="2026-12-31"),
        accept={"partner": ["云冈信息"], "client": ["广灵米机"]},
        renewal=True,
        source_text={"quota": ["合同是每月20条，签了12个月"], "pushed_count": ["累计推了158条"], "service_start": ["2026年1月1日"],
                     "service_end": ["2026年12月31日"]},
        notes="Sina webmail (GBK base64 text + HTML); the quota only as a monthly allotment times the months "
              "('合同是每月20条，签了12个月' = 240); both triggers (65.8 %, 93 % of the period); '3台' and the renewal's "
              "'每月还是20条' are distractors; renewal intended.")


@entry
def N5():
    rng = R("N5")
    d = dt(2026, 12, 9, 11, 11, 0)
    ids = ["WS.2612.0401", "WS.2612.0403", "WS.2612.0404", "WS.2612.0408", "WS.2612.0410", "WS.2612.0412", "WS.2612.0415",
           "WS.2612.0416", "WS.2612.0419", "WS.2612.0422"]
    v = ["准", "准", "不准", "准", "准", "不准", "准", "准", "不准", "准"]
    rows = [f"{ids[i]} {v[i]}" + ("　　" if v[i] == "准" else "　") + f"{ids[i + 1]} {v[i + 1]}" for i in range(0, 10, 2)]
    m = dict(from_name="龙光辉", addr="longguanghui@dujuan-net.com", date=d, subject="文山三七机 10条商机反馈",
             host=host_of(rng, "own", "mail.dujuan-net.com"))
    m["blocks"] = [
        "总部：\n\n文山三七机这10条的反馈：\n" + "\n".join(rows)
        + "\n不准的3条都是药材商要买三七原料。一共十条。\n"
        "调整：加“三七切片机”“三七打粉机”，去掉“三七”；不做：三七原料、三七粉零售；推广对象：中药饮片厂、制药厂。\n\n"
        "合作商：毕节百里杜鹃网络服务有限公司\n客户：文山三七加工机械有限公司\n龙光辉"]
    eml = kit8.mailmaster(m, rng)
    return m, eml, dict(
        kind="adjustment", family="numbers", client="NetEase Mail Master (iOS; approximated)",
        fields=fields(partner="毕节百里杜鹃网络服务有限公司", client="文山三七加工机械有限公司", lead_ids=ids, lead_count=10),
        accept={"client": ["文山三七机"]},
        extra={"keywords_add": ["三七切片机", "三七打粉机"], "keywords_remove": ["三七"], "excluded_products": ["三七原料", "三七粉零售"],
               "audience": ["中药饮片厂", "制药厂"]},
        source_text={"lead_count": ["一共十条"]},
        notes="NetEase Mail Master (UTF-8 base64); ten ids of a dotted shape ('WS.2612.0401') laid out two to a line "
              "with ideographic spaces (read left to right, line by line); the count '一共十条' (and '这10条'); "
              "'3条' is a distractor.")


# ==========================================================================
# family: filled forms (.docx / .xlsx)
# ==========================================================================

@entry
def F1():
    rng = R("F1")
    d = dt(2026, 12, 8, 16, 45, 0)
    when = "2026-12-08T08:30:00Z"
    grid = [["合作商", "牡丹江镜泊湖信息科技有限公司"], ["付费客户", "辽阳灯塔铝材挤压设备有限公司"], ["商机编号", "DT-2612-0815"],
            ["推送时间", "@@0@@"], ["客户异议时间", "2026年12月8日 15:20"],
            ["申诉理由", "需求者留的微信号加不上（判定标准第2条）"], ["情况说明", "客户业务员用两个微信号搜索，都提示无法添加。"]]
    rich = [[("t", "2026年12月8日 "), ("del", "9:30"), ("ins", "10:30")]]
    form = docx_rich("曲志军", when, "商机申诉书", grid, rich)
    m = dict(from_name="曲志军", addr="quzhijun@jingpohu-it.com", date=d, subject="灯塔挤压机 商机申诉书",
             host=host_of(rng, "own", "mail.jingpohu-it.com"))
    m["blocks"] = ["总部好，\n\n灯塔挤压机的申诉书见附件（推送时间我在表里改过一次，以修订后的为准），截图一并附上。\n\n曲志军\n镜泊湖信息"]
    m["atts"] = [Att("灯塔挤压机申诉书.docx", CT_DOCX, form, CT_DOCX),
                 Att("微信添加失败.png", "image/png", png(rng, rows=3, style="search"), "image/png")]
    eml = kit7.foxmail(m, rng)
    return m, eml, dict(
        kind="appeal", family="forms", client="Foxmail 7.2",
        fields=fields(partner="牡丹江镜泊湖信息科技有限公司", client="辽阳灯塔铝材挤压设备有限公司", lead_ids=["DT-2612-0815"],
                      pushed_at=iso(2026, 12, 8, 10, 30), objected_at=iso(2026, 12, 8, 15, 20), reason_code=2),
        accept={"partner": ["镜泊湖信息"], "client": ["灯塔挤压机"]},
        source_text={"pushed_at": ["2026年12月8日 10:30"], "objected_at": ["2026年12月8日 15:20"], "reason_code": ["判定标准第2条"]},
        notes="Foxmail (gb2312) with a Word table whose push time was edited with Track Changes: the deleted '9:30' "
              "(w:del) and the inserted '10:30' (w:ins, outside any plain run) - the revised time counts, as the mail "
              "says ('2026年12月8日 10:30'); 4 h 50 min, inside 8 h; code 2 by number; PNG screenshot.")


@entry
def F2():
    rng = R("F2")
    d = dt(2026, 12, 4, 10, 20, 0)
    ids = [261127000415, 261128000402, 261130000477, 261201000431, 261202000408]
    yn = ["精准", "精准", "不精准", "精准", "不精准"]
    note = ["桶装水灌装线", "", "要买瓶装水", "吹瓶机报价", "送水站招工"]
    cells = {"A1": "商机调整反馈（靖宇水机）本批共5条", "A2": "合作商", "B2": "松原查干湖网络营销有限公司", "A3": "客户",
             "B3": "白山靖宇矿泉水设备有限公司", "A5": "商机编号", "B5": "是否精准", "C5": "客户反馈"}
    fmts = {}
    for i, x in enumerate(ids):
        cells[f"A{i + 6}"] = x
        fmts[f"A{i + 6}"] = "0"
        cells[f"B{i + 6}"] = yn[i]
        if note[i]:
            cells[f"C{i + 6}"] = note[i]
    cells.update({"A12": "新增关键词", "B12": "桶装水灌装机、矿泉水吹瓶机", "A13": "删除关键词", "B13": "矿泉水", "A14": "不做产品",
                  "B14": "瓶装水批发、送水服务", "A15": "推广对象", "B15": "水厂、饮料厂"})
    book = xlsx13("孙立伟", "2026-12-04T02:10:00Z", [("反馈", cells, ["A1:C1"], {"A": 18, "B": 22, "C": 22}, fmts)])
    m = dict(from_name="孙立伟", addr="sunliwei@chagan-net.com", date=d, subject="靖宇水机 商机调整反馈",
             host=host_of(rng, "own", "mail.chagan-net.com"), lang="zh-CN")
    m["blocks"] = ["总部您好：\n\n靖宇水机本批5条商机的反馈见附件表格。编号我从表里直接复制出来变成了2.61127E+11这种样子，请以附件为准。\n\n"
                   "孙立伟\n查干湖网络"]
    m["atts"] = [Att("靖宇水机调整反馈.xlsx", "application/wps-office.xlsx", book, CT_XLSX)]
    eml = kit7.thunderbird(m, rng, "UTF-8")
    return m, eml, dict(
        kind="adjustment", family="forms", client="Thunderbird 128 (UTF-8, 8bit)",
        fields=fields(partner="松原查干湖网络营销有限公司", client="白山靖宇矿泉水设备有限公司", lead_ids=[str(x) for x in ids], lead_count=5),
        accept={"partner": ["查干湖网络"], "client": ["靖宇水机"]},
        extra={"keywords_add": ["桶装水灌装机", "矿泉水吹瓶机"], "keywords_remove": ["矿泉水"], "excluded_products": ["瓶装水批发", "送水服务"],
               "audience": ["水厂", "饮料厂"]},
        source_text={"lead_count": ["本批5条"]},
        notes="Thunderbird (UTF-8 8bit) with an .xlsx declared application/wps-office.xlsx (WPS on Linux): twelve-digit "
              "ids as numeric cells in the number format '0' (261127000415, read as digits); the body's pasted "
              "'2.61127E+11' is a spoilt id, no id; partner and client only in the workbook (short names in the body).")


@entry
def F3():
    rng = R("F3")
    d = dt(2026, 12, 14, 10, 0, 0)
    cells = {"A1": "商机汇总反馈表", "A3": "合作商", "B3": "十堰武当网络传媒有限公司", "A4": "客户", "B4": "荆州沙市纺机配件有限公司",
             "A5": "服务期", "B5": "2026年4月1日\n至\n2027年3月31日", "A6": "合同条数", "B6": "260条", "A7": "已推条数", "B7": "171条",
             "A8": "推送进度", "B8": 0.6577, "A9": "情况分析", "B9": "细纱机配件、罗拉询盘精准，成交2单；部分询盘是要买棉纱的。",
             "A10": "续费意向", "B10": "☑愿意续费　☐暂不续费　☐待定"}
    book = xlsx13("胡俊杰", "2026-12-14T01:40:00Z", [("汇总", cells, ["A1:B1"], {"A": 12, "B": 44}, {"B8": "0.0%"})])
    m = dict(from_name="胡俊杰", addr="hujunjie_wd@189.cn", date=d, subject="沙市纺机 商机汇总反馈（附表）",
             host=("smtp.189.cn", f"183.61.{rng.randint(1, 250)}.{rng.randint(1, 250)}"))
    m["blocks"] = ["总部您好：\n沙市纺机的汇总反馈表见附件。\n胡俊杰 武当网络"]
    m["atts"] = [Att("沙市纺机汇总反馈表.xlsx", CT_XLSX, book, CT_XLSX)]
    eml = mail189(m, rng)
    return m, eml, dict(
        kind="summary", family="forms", client="189 webmail (China Telecom; approximated)",
        fields=fields(partner="十堰武当网络传媒有限公司", client="荆州沙市纺机配件有限公司", quota=260, pushed_count=171,
                      service_start="2026-04-01", service_end="2027-03-31"),
        accept={"partner": ["武当网络"], "client": ["沙市纺机"]},
        renewal=True,
        source_text={"quota": ["合同条数 260条"], "pushed_count": ["已推条数 171条"], "service_start": ["2026年4月1日"],
                     "service_end": ["2027年3月31日"]},
        notes="189 webmail (GB18030 base64) with an .xlsx: the period in one wrapped cell with line breaks "
              "('2026年4月1日\\n至\\n2027年3月31日'), the counts as text cells with their unit ('260条', '171条'), a "
              "percentage cell (0.6577) that is no count, ☑ / ☐ for the renewal; both triggers (65.8 %, 70.4 % of "
              "the period); renewal intended.")


@entry
def F4():
    rng = R("F4")
    d = dt(2026, 12, 9, 19, 10, 0)
    when = "2026-12-09T10:50:00Z"
    names = ["1 同行骚扰", "2 微信加不上", "3 留错电话", "4 行业不符", "5 产品不一致"]
    boxes = []
    for k, nm in enumerate(names):
        boxes += [("sym", BOX_ON if k == 3 else BOX_OFF), ("t", nm + ("　" if k < 4 else ""))]
    grid = [["合作商", "库尔勒孔雀河网络科技有限公司"], ["付费客户", "库尔勒香梨包装机械有限公司"], ["商机编号", "KL-1209-0342"],
            ["推送时间", "2026.12.09 上午10:05"], ["客户异议时间", "2026.12.09 下午2:35"], ["判定标准（请勾选）", "@@0@@"],
            ["情况说明", "对方是开水果店的，要找人做店面装修，跟包装机不是一个行业。"]]
    form = docx_rich("艾尔肯", when, "商机申诉书", grid, [boxes])
    m = dict(from_name="艾尔肯", addr="3107724589@qq.com", date=d, subject="香梨包装机 商机申诉书", host=host_of(rng, "qq"))
    m["blocks"] = ["总部您好：\n附件是香梨包装机的商机申诉书，请审核。\n艾尔肯"]
    m["atts"] = [Att("香梨包装机申诉书.docx", "application/octet-stream", form, CT_DOCX)]
    eml = kit7.tencent(m, rng)
    return m, eml, dict(
        kind="appeal", family="forms", client="QQ Mail",
        fields=fields(partner="库尔勒孔雀河网络科技有限公司", client="库尔勒香梨包装机械有限公司", lead_ids=["KL-1209-0342"],
                      pushed_at=iso(2026, 12, 9, 10, 5), objected_at=iso(2026, 12, 9, 14, 35), reason_code=4),
        accept={"client": ["香梨包装机"]},
        source_text={"pushed_at": ["2026.12.09 上午10:05"], "objected_at": ["2026.12.09 下午2:35"], "reason_code": ["☑4 行业不符"]},
        notes="QQ Mail (gb18030) with a .docx declared application/octet-stream whose criterion boxes are Wingdings "
              "symbols (w:sym F0FE = a checked box on 4, F0A8 = empty boxes on the others), not Unicode characters; "
              "dotted dates with 上午 / 下午 ('2026.12.09 下午2:35' = 14:35) - 4 h 30 min, inside 8 h; the fields only "
              "in the form; no other attachment.")


@entry
def F5():
    rng = R("F5")
    d = dt(2026, 12, 11, 16, 20, 0)
    new = [f"LY-2612-41{k:02d}" for k in (2, 5, 6, 9, 11, 14, 17, 18, 23, 27)]
    old = [f"LY-2612-32{k:02d}" for k in (1, 4, 8, 10, 13, 15, 19, 22, 26, 30)]
    lvl = ["高", "高", "低", "中", "高", "低", "高", "中", "低", "高"]
    rem = ["挖机斗齿", "", "要租挖机", "履带板询价", "", "个人问二手挖机", "斗齿批量", "", "维修工招聘", "履带总成"]
    cur = {"A1": "新罗机配 商机反馈（12月第二批）", "A2": "合作商", "B2": "龙岩客家数字营销有限公司", "A3": "客户",
           "B3": "龙岩新罗工程机械配件有限公司", "A5": "商机编号", "B5": "准确度（高/中/低）", "C5": "备注"}
    for i, x in enumerate(new):
        cur[f"A{i + 6}"], cur[f"B{i + 6}"] = x, lvl[i]
        if rem[i]:
            cur[f"C{i + 6}"] = rem[i]
    cur.update({"A17": "新增关键词", "B17": "挖掘机斗齿、履带板", "A18": "删除关键词", "B18": "挖掘机", "A19": "不做产品", "B19": "整机销售、挖机租赁",
                "A20": "推广对象", "B20": "矿山、工程机械维修厂"})
    prev = {"A1": "新罗机配 商机反馈（12月第一批，已按上次调整执行）", "A3": "商机编号", "B3": "准确度（高/中/低）"}
    for i, x in enumerate(old):
        prev[f"A{i + 4}"], prev[f"B{i + 4}"] = x, ["高", "低", "中", "高", "低", "高", "高", "低", "中", "高"][i]
    book = xlsx13("邱志明", "2026-12-11T07:30:00Z", [("12月第二批", cur, ["A1:C1"], {"A": 16, "B": 20, "C": 20}, {}),
                                                  ("12月第一批（已调整）", prev, ["A1:B1"], {"A": 16, "B": 20}, {})])
    m = dict(from_name="邱志明", addr="qiuzhiming@hakka-dm.com", date=d, subject="新罗机配 商机调整反馈（12月第二批）",
             host=host_of(rng, "aliyun"))
    m["blocks"] = ["总部您好：\n\n新罗机配本次反馈见附件表格第一页“12月第二批”，共10条；第二页是上一批的（已经按上次的调整执行了），仅供对照，"
                   "不用重复处理。\n\n邱志明\n客家数字"]
    m["atts"] = [Att("新罗机配商机反馈.xlsx", CT_XLSX, book, CT_XLSX)]
    eml = kit7.alimail(m, rng)
    return m, eml, dict(
        kind="adjustment", family="forms", client="Alibaba enterprise mailbox (web; approximated)",
        fields=fields(partner="龙岩客家数字营销有限公司", client="龙岩新罗工程机械配件有限公司", lead_ids=new, lead_count=10),
        accept={"partner": ["客家数字"], "client": ["新罗机配"]},
        extra={"keywords_add": ["挖掘机斗齿", "履带板"], "keywords_remove": ["挖掘机"], "excluded_products": ["整机销售", "挖机租赁"],
               "audience": ["矿山", "工程机械维修厂"]},
        source_text={"lead_count": ["共10条"]},
        notes="Alibaba enterprise mailbox (UTF-8 base64) with a two-sheet .xlsx: the first sheet is this batch (ten ids, "
              "verdicts on a 高 / 中 / 低 scale, the proposals), the second the previous, already handled batch with ten "
              "other ids - only the first sheet is this request, as the mail says; the count '共10条'.")


# ==========================================================================
# family: mail that is none of the three requests
# ==========================================================================

@entry
def U1():
    rng = R("U1")
    d = dt(2026, 12, 14, 10, 30, 0)
    m = dict(from_name="王振宇", addr="wangzhenyu@bishu-net.com", date=d, subject="请教：元旦放假期间推送的商机，8小时异议期怎么算？",
             host=host_of(rng, "own", "mail.bishu-net.com"))
    m["blocks"] = [
        "总部老师好：\n\n想请教一下规则：元旦放假（1月1日—1月3日）期间如果有商机推送，客户要是1月4日上班才看到，比如1月1日上午10点推送、"
        "1月4日上午9点提出异议，这种算不算在8小时之内？还是按工作时间算？\n"
        "宽城矿机那边问了好几次，我们先问清楚，目前没有要申诉的商机。\n\n王振宇\n山庄网络"]
    eml = kit10.roundcube(m, rng)
    return m, eml, dict(
        kind="unknown", family="non_request", topic="question", client="Roundcube Webmail 1.6 (approximated)",
        fields=fields(), accept={}, source_text={},
        notes="Roundcube (UTF-8 quoted-printable): a known partner asks how the 8-hour objection window runs over the "
              "New Year holiday, with made-up example times ('1月1日上午10点推送、1月4日上午9点提出异议') and no lead - a "
              "question, not an appeal (it says so): unknown (question); the times and the client are no fields.")


@entry
def U2():
    rng = R("U2")
    d = dt(2026, 11, 16, 14, 20, 0)
    m = dict(from_name="于倩", addr="yuqian@yunhe-net.com", date=d, subject="新合作商资料提交：德州运河网络科技有限公司（请开通合作商账号）",
             host=host_of(rng, "own", "mail.yunhe-net.com"))
    m["blocks"] = [
        "总部您好：\n\n我司已与贵司签订区域合作协议，现提交资料：营业执照副本照片、合作协议签字页（PDF）。\n"
        "麻烦为我们开通合作商后台账号并拉进服务群。首批客户（德州禹城功能糖设备有限公司，合同一年180条）的商机下单表稍后另发。\n\n"
        "于倩\n德州运河网络科技有限公司\n电话 0534-2261 907"]
    m["atts"] = [Att("营业执照.jpg", "image/jpeg", scan_jpg(rng), "image/jpeg"),
                 Att("合作协议签字页.pdf", "application/pdf", kit7.pdf_scan(rng, "20261116140200+08'00'"), "application/pdf")]
    eml = flashmail(m, rng)
    return m, eml, dict(
        kind="unknown", family="non_request", topic="onboarding", client="NetEase Flash Mail 2.4 (GBK; approximated)",
        fields=fields(), accept={}, source_text={},
        notes="NetEase Flash Mail (GBK quoted-printable) with a photographed business licence (JPEG, role screenshot by "
              "its file type) and a scanned signature page (PDF, role form): a new partner asks for its partner account - "
              "unknown (onboarding); the first client, '一年' and '180条' are no fields.")


@entry
def U3():
    rng = R("U3")
    d = dt(2026, 11, 30, 17, 0, 0)
    cells = {"A1": "北海银滩网络科技有限公司 2026年11月对账单", "A3": "客户", "B3": "合同条数", "C3": "本月推送", "D3": "累计推送",
             "E3": "服务费（元）", "A4": "北海合浦珍珠加工设备有限公司", "B4": 240, "C4": 26, "D4": 151, "E4": 9600,
             "A5": "钦州坭兴陶机械有限公司", "B5": 150, "C5": 14, "D5": 88, "E5": 6000, "A6": "合计", "C6": 40, "E6": 15600}
    book = xlsx13("梁海燕", "2026-11-30T08:50:00Z", [("11月", cells, ["A1:E1"], {"A": 30, "B": 10, "C": 10, "D": 10, "E": 14},
                                                 {"E4": "#,##0.00", "E5": "#,##0.00", "E6": "#,##0.00"})])
    m = dict(from_name="梁海燕", addr="lianghaiyan@yintan-net.com", date=d, subject="11月对账单及开票申请（银滩网络）",
             host=host_of(rng, "own", "smtp.yintan-net.com"), pc="YINTAN-FIN02")
    m["blocks"] = ["财务老师您好：\n\n附件是我司11月的对账单（按客户列了合同条数和推送条数），核对无误的话请按合计金额开具增值税专用发票，"
                   "开票信息同上月。\n\n梁海燕\n北海银滩网络科技有限公司"]
    m["atts"] = [Att("11月对账单.xlsx", CT_XLSX, book, CT_XLSX)]
    eml = kit9.winmail(m, rng)
    return m, eml, dict(
        kind="unknown", family="non_request", topic="invoice", client="Windows Mail (approximated)",
        fields=fields(), accept={}, source_text={},
        notes="Windows Mail (UTF-8 base64) with a reconciliation workbook that lists, per client, the contract size and "
              "the pushed counts (240 / 151, 150 / 88) and asks for a VAT invoice - billing, not a summary: unknown "
              "(invoice); the clients and numbers are no fields.")


@entry
def U4():
    rng = R("U4")
    d = dt(2026, 12, 2, 14, 0, 0)
    m = dict(from_name="陈丽清", addr="chenliqing@sanduao-link.com", date=d, subject="会议邀请：宁德区域商机质量沟通会（钉钉视频）",
             host=host_of(rng, "aliyun"))
    m["blocks"] = ["总部各位老师好：\n\n我们想约总部一起开个线上沟通会，聊一下福安电机等3家客户最近的商机质量。\n"
                   "会议时间：12月10日（周四）15:00-16:00\n会议方式：钉钉视频会议，会议号 8651 2207 3319\n"
                   "参会：我司陈丽清、客户福安电机销售经理\n请回复是否方便，或者给一个总部方便的时间。\n\n陈丽清\n三都澳互联"]
    eml = kit7.alimail(m, rng)
    return m, eml, dict(
        kind="unknown", family="non_request", topic="meeting", client="Alibaba enterprise mailbox (web; approximated)",
        fields=fields(), accept={}, source_text={},
        notes="Alibaba enterprise mailbox: a DingTalk video-meeting invitation typed into the body - unknown (meeting); "
              "the date, '15:00-16:00', '3家' and the meeting number are no fields.")


@entry
def U5():
    rng = R("U5")
    d = dt(2026, 12, 3, 9, 15, 0)
    m = dict(from_name="龙光辉", addr="longguanghui@dujuan-net.com", date=d, subject="申请：判定结果邮件增加抄送地址",
             host=host_of(rng, "exmail"))
    m["blocks"] = ["总部您好：\n\n以后我司的商机判定结果、调整确认和续费方案邮件，除了发给我（longguanghui@dujuan-net.com），请同时抄送我们主管 "
                   "yang.min@dujuan-net.com 和客服公共邮箱 kefu@dujuan-net.com。另外我的手机号换了，新号码 18785731296。\n\n"
                   "谢谢！\n龙光辉\n毕节百里杜鹃网络服务有限公司"]
    eml = kit7.tencent(m, rng, wecom=True)
    return m, eml, dict(
        kind="unknown", family="non_request", topic="account", client="WeCom / Tencent Exmail",
        fields=fields(), accept={}, source_text={},
        notes="WeCom / Exmail (UTF-8 base64): the partner asks HQ to copy two more addresses on every verdict and "
              "confirmation and gives a new mobile number - unknown (account); the partner's name, the addresses and "
              "the number are no fields.")


@entry
def U6():
    rng = R("U6")
    d = dt(2026, 12, 11, 17, 40, 0)
    m = dict(from_name="曲志军", addr="quzhijun_jp@126.com", date=d, subject="意见反馈：判定结果邮件进垃圾箱、理由太简单",
             host=host_of(rng, "126"))
    m["blocks"] = ["总部：\n\n反映两个问题：\n1. 最近三封判定结果邮件都进了我们的垃圾邮件箱，差点错过，是不是发信方式有问题？\n"
                   "2. 判定理由只有一句“不符合不计入标准”，客户问我为什么，我都没法解释。灯塔挤压机那条（DT-2612-0815）客户到现在还在追问。\n"
                   "希望以后判定结果能写详细点。\n\n曲志军\n镜泊湖信息"]
    eml = kit7.coremail(m, rng, "126")
    return m, eml, dict(
        kind="unknown", family="non_request", topic="complaint", client="126 webmail (Coremail)",
        fields=fields(), accept={}, source_text={},
        notes="126 webmail: a complaint that verdict mails land in the spam folder and give too little reason; it names "
              "a lead id of an earlier appeal but carries no case tag and no thread header - unknown (complaint); the id "
              "and the client are no fields.")


@entry
def U7():
    rng = R("U7")
    d = dt(2026, 12, 8, 9, 2, 0)
    cells = {"A1": "机械设备采购商名单（样例10条）", "A2": "公司", "B2": "联系人", "C2": "手机", "D2": "采购需求"}
    demo = [("某某粮油机械厂", "张先生", "139****6612", "求购碾米机"), ("某某包装制品公司", "李女士", "158****0347", "求购枕式包装机"),
            ("某某食品有限公司", "王经理", "186****2290", "求购烘干设备"), ("某某五金厂", "刘先生", "137****5518", "求购冷镦机"),
            ("某某矿业公司", "陈总", "135****7702", "求购球磨机"), ("某某纺织厂", "赵先生", "152****4461", "求购细纱机配件"),
            ("某某陶瓷厂", "孙女士", "188****3305", "求购练泥机"), ("某某水厂", "周经理", "133****9926", "求购灌装机"),
            ("某某农业合作社", "吴先生", "159****1184", "求购分选机"), ("某某模具厂", "郑先生", "138****6073", "求购冲压模具")]
    for i, row in enumerate(demo):
        for c, v in zip("ABCD", row, strict=True):
            cells[f"{c}{i + 3}"] = v
    book = xlsx13("商链数据", "2026-12-07T09:00:00Z", [("样例", cells, ["A1:D1"], {"A": 22, "B": 10, "C": 14, "D": 18}, {})])
    m = dict(from_name="商链数据 赵经理", addr="zhao@shanglian-data.cn", date=d, subject="机械设备行业精准采购商名单，免费试用100条",
             host=host_of(rng, "own", "smtp.shanglian-data.cn"), pc="SLDATA-BD3")
    m["blocks"] = ["贵司负责人您好：\n\n我们是商链数据，专注B2B采购商数据：覆盖机械设备行业32万家采购商，每周更新，可按地区、产品筛选。\n"
                   "附件是样例10条，新客户免费试用100条，正式合作0.5元/条起。\n有意向请回复或加微信 shanglian_zhao。\n\n赵经理\n商链数据"]
    m["atts"] = [Att("采购商名单样例.xlsx", CT_XLSX, book, CT_XLSX)]
    eml = kit11.emclient(m, rng)
    return m, eml, dict(
        kind="unknown", family="non_request", topic="pitch", client="eM Client 9 (approximated)",
        fields=fields(), accept={}, source_text={},
        notes="eM Client (UTF-8 quoted-printable) from a stranger selling buyer lists, with a sample workbook of "
              "'buyers' and masked phone numbers (role form by its file type) - unknown (pitch); '32万', '100条', "
              "'0.5元/条' and the sample rows are no fields.")


@entry
def U8():
    rng = R("U8")
    d = dt(2026, 12, 7, 3, 12, 44)
    m = dict(from_name="ptg139邮件系统管理员", addr="admin@ptg139-mail.cn", date=d,
             subject="【重要】您的邮箱 dor@ptg139.com 容量已超限，请立即验证", host=("mail.verify-login.top", "45.137.21.88"))
    m["html"] = ('<html><body><p>尊敬的用户：</p><p>您的邮箱 dor@ptg139.com 存储空间已使用 98%，系统将于24小时内暂停收信。'
                 '请点击下方链接验证账户，以免重要邮件丢失：</p><p><a href="http://ptg139-mail.cn.verify-login.top/">立即验证</a></p>'
                 '<p>ptg139 邮件系统管理中心<br>2026年12月7日</p></body></html>')
    eml = kit7.html_only(m, rng, "utf-8", "base64", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)", "plain")
    return m, eml, dict(
        kind="unknown", family="non_request", topic="other", client="PHPMailer (HTML only; approximated)",
        fields=fields(), accept={}, source_text={},
        notes="A phishing mail from a look-alike domain (ptg139-mail.cn) sent by PHPMailer as one base64 text/html part: "
              "none of the three requests and no partner - unknown (other); '98%', '24小时' and the date are no fields.")


# ==========================================================================
# family: replies in a thread that correct one field
# ==========================================================================

@entry
def R1():
    rng = R("R1")
    d = dt(2026, 12, 2, 10, 15, 0)
    m = dict(from_name="贾晓东", addr="jiaxiaodong@yungang-it.com", date=d, subject="Re[2]: [DOR#SS-2026-001301] 商机申诉已受理",
             host=host_of(rng, "own", "mail.yungang-it.com"))
    m["irt"] = "<needinfo.SS-2026-001301@ptg139.com>"
    m["refs"] = ["<ack.SS-2026-001301@ptg139.com>", "<needinfo.SS-2026-001301@ptg139.com>"]
    qbody = hq_text("SS-2026-001301", "商机申诉", ["异议时间：2026-12-01 15:05", "请核对异议时间。"])
    m["blocks"] = ["总部您好，\n\n异议时间更正为 12/1 16:05（客户是下午四点零五分打的电话，之前写成15:05了）。其他不变。\n\n--\n贾晓东\n云冈信息\n",
                   "You wrote 01.12.2026 17:42:\n\n" + quote_gt(qbody)]
    eml = thebat(m, rng)
    return m, eml, dict(
        kind="reply", family="thread", client="The Bat! v10 (approximated)",
        fields=fields(objected_at=iso(2026, 12, 1, 16, 5)), accept={}, source_text={"objected_at": ["异议时间更正为 12/1 16:05"]},
        notes="The Bat! (UTF-8 8bit) 'Re[2]:' with the tag in [] and In-Reply-To / References; the new text corrects the "
              "objection time ('12/1 16:05' = 2026-12-01 16:05; '下午四点零五分' repeats it, '15:05' is the old value); "
              "the quote header 'You wrote 01.12.2026 17:42:' and the quoted HQ text are no data.")


@entry
def R2():
    rng = R("R2")
    d = dt(2026, 12, 3, 9, 5, 0)
    m = dict(from_name="黄少娟", addr="huangshaojuan@189.cn", date=d, subject="回复：【DOR#SS-2026-001304】商机汇总反馈已受理",
             host=("smtp.189.cn", f"183.61.{rng.randint(1, 250)}.{rng.randint(1, 250)}"), subj_max=20)
    m["irt"] = "<ack.SS-2026-001304@ptg139.com>"
    m["refs"] = ["<ack.SS-2026-001304@ptg139.com>"]
    qhead = "------------------ 原始邮件 ------------------\n发件人：总部商机服务 <dor@ptg139.com>\n发送时间：2026-12-01 17:30"
    qbody = hq_text("SS-2026-001304", "商机汇总反馈", ["保底商机：300条"])
    m["blocks"] = ["总部您好：\n更正：合同保底是320条，我前一封写成300了。\n黄少娟\n", Quote("\n" + qhead + "\n" + qbody, qhead, qbody)]
    eml = mail189(m, rng)
    return m, eml, dict(
        kind="reply", family="thread", client="189 webmail (China Telecom; approximated)",
        fields=fields(quota=320), accept={}, source_text={"quota": ["合同保底是320条"]},
        notes="189 webmail whose B-encoded GB18030 subject is folded inside the case tag (one word ends in "
              "'【DOR#SS-2026-', the next starts with '001304】'); decoded, the tag is whole; the new text corrects the "
              "quota to 320 ('300' is the old value); the quoted HQ text is ignored.")


@entry
def R3():
    rng = R("R3")
    d = dt(2026, 12, 8, 18, 20, 0)
    m = dict(from_name="郝建国", addr="haojianguo@congtai-dm.com", date=d, subject="Re: 商机调整已确认",
             host=host_of(rng, "own", "mail.congtai-dm.com"), pc="congtai-dm")
    m["irt"] = "<confirm.SS-2026-001306@ptg139.com>; from dor@ptg139.com on Tue, Dec 08, 2026 at 05:12:40PM +0800"
    m["refs"] = ["<20261207101500.GA4412@congtai-dm>", "<confirm.SS-2026-001306@ptg139.com>"]
    qbody = hq_text("SS-2026-001306", "商机调整", ["本批编号：HD2612050521、HD2612050524、HD2612050535 等10条"])
    qhead = "On Tue, Dec 08, 2026 at 05:12:40PM +0800, 总部商机服务 wrote:"
    m["blocks"] = ["总部：\n\n确认邮件里第3条的编号写错了，应为 HD2612050533（不是0535）。其余9条没问题。\n\n郝建国\n",
                   qhead + "\n" + quote_gt(qbody)]
    eml = mutt_old(m, rng, "UTF-8")
    return m, eml, dict(
        kind="reply", family="thread", client="Mutt 1.5 (UTF-8, 8bit)",
        fields=fields(lead_ids=["HD2612050533"]), accept={}, source_text={},
        notes="An old Mutt whose In-Reply-To carries a trailing comment ('<confirm.SS-2026-001306@ptg139.com>; from "
              "dor@ptg139.com on …'); 'Re:' without a tag (case_ref null), a reply through its thread headers; the new "
              "text corrects one lead id (HD2612050533; '0535', '第3条' and '9条' are no data).")


@entry
def R4():
    rng = R("R4")
    d = dt(2026, 12, 14, 11, 2, 0)
    m = dict(from_name="洪雅婷", addr="yating.hung@yahoo.com.tw", date=d, subject="RE: 『DOR#SS-2026-001309』商機彙總反饋已受理",
             host=host_of(rng, "yahoo"))
    m["irt"] = "<ack.SS-2026-001309@ptg139.com>"
    m["refs"] = ["<ack.SS-2026-001309@ptg139.com>"]
    qhead = "總部商機服務 <dor@ptg139.com> 於 2026年12月11日 星期五 下午05:20:31 [GMT+8] 寫道："
    qbody = hq_text("SS-2026-001309", "商机汇总反馈", ["服务期：2026-03-01 至 2027-02-28"])
    m["blocks"] = ["總部您好：\n\n更正：馬公漁具的合約起始日應為115年3月15日（我上一封誤植為3月1日），結束日不變。\n\n洪雅婷\n",
                   Quote("\n" + qhead + "\n\n" + quote_gt(qbody), qhead, qbody)]
    eml = kit7.yahoo(m, rng)
    return m, eml, dict(
        kind="reply", family="thread", client="Yahoo Mail (Taiwan web)",
        fields=fields(service_start="2026-03-15"), accept={}, source_text={"service_start": ["115年3月15日"]},
        notes="Yahoo Mail TW (UTF-8 quoted-printable, the Date header in UTC) 'RE:' with the tag in white corner brackets "
              "『』; the new text corrects the service start to an ROC date ('115年3月15日' = 2026-03-15; '3月1日' is the "
              "old value); the quoted HQ text is ignored.")


@entry
def R5():
    rng = R("R5")
    d = dt(2026, 12, 7, 9, 30, 0)
    m = dict(from_name="胡俊杰", addr="hujunjie@wudang-media.com", date=d, subject="答复: 〈DOR#SS-2026-001311〉 商机申诉需补充材料",
             host=host_of(rng, "own", "mail.wudang-media.com"))
    m["irt"] = "<needinfo.SS-2026-001311@ptg139.com>"
    m["refs"] = ["<ack.SS-2026-001311@ptg139.com>", "<needinfo.SS-2026-001311@ptg139.com>"]
    qhead = ("发件人: 总部商机服务 <dor@ptg139.com>\n发送时间: 2026年12月6日 10:02\n收件人: 胡俊杰 <hujunjie@wudang-media.com>\n"
             "主题: 〈DOR#SS-2026-001311〉 商机申诉需补充材料")
    qbody = hq_text("SS-2026-001311", "商机申诉", ["请补充通话录音，并核对推送时间（现登记为 2026-12-05 21:04）。"])
    m["blocks"] = ["总部您好：\n\n补充录音一份（见附件）。另外推送时间以系统为准：12月5日 21:40，不是我之前写的21:04。\n\n胡俊杰\n武当网络\n",
                   Quote("\n" + qhead + "\n\n" + qbody, qhead, qbody)]
    m["atts"] = [Att("通话录音.amr", "audio/amr", amr(rng, 6), "audio/amr")]
    eml = kit7.outlook(m, rng, "zh-CN")
    return m, eml, dict(
        kind="reply", family="thread", client="Outlook 16 (zh-CN)",
        fields=fields(pushed_at=iso(2026, 12, 5, 21, 40)), accept={}, source_text={"pushed_at": ["12月5日 21:40"]},
        notes="Outlook zh-CN '答复:' with the tag in CJK angle brackets 〈〉 and In-Reply-To / References; the reply adds "
              "the recording HQ asked for (AMR) and corrects the push time ('12月5日 21:40'; '21:04' is the old value); "
              "the quoted HQ header and text are ignored.")


# ==========================================================================
# family: short names only
# ==========================================================================

@entry
def S1():
    rng = R("S1")
    d = dt(2026, 12, 1, 16, 40, 0)
    m = dict(from_name="贾晓东", addr="jiaxiaodong@yungang-it.com", date=d, subject="潞城锻压 商机申诉 LC-1201-0099",
             host=host_of(rng, "own", "mail.yungang-it.com"), pc="YG-PC-012")
    m["blocks"] = ["总部您好：\n\n潞城锻压这条商机申诉一下：LC-1201-0099。\n客户今天下午3点05分提出来的：对方是开饭店的，要找人装修后厨，"
                   "跟锻压机床根本不是一个行业。\n推送时间后台我没查到（系统那边显示异常），查到了再补。\n\n云冈信息 贾晓东"]
    eml = kit9.winmail(m, rng)
    return m, eml, dict(
        kind="appeal", family="short_names", client="Windows Mail (approximated)",
        fields=fields(partner="云冈信息", client="潞城锻压", lead_ids=["LC-1201-0099"], objected_at=iso(2026, 12, 1, 15, 5),
                      reason_code=4),
        accept={},
        source_text={"objected_at": ["今天下午3点05分"], "reason_code": ["不是一个行业"]},
        notes="Windows Mail (UTF-8 base64); short names only (the partner before the writer, the client in the subject and "
              "body); the push time is not known yet ('推送时间后台我没查到'): pushed_at null and missing, the 8-hour "
              "check null; '今天下午3点05分' is 15:05 of the Date header's day; code 4 in words; no attachment.")


@entry
def S2():
    rng = R("S2")
    d = dt(2026, 12, 7, 10, 15, 0)
    ids = ["HD2612050521", "HD2612050524", "HD2612050533", "HD2612050538", "HD2612050542", "HD2612050547", "HD2612050550",
           "HD2612050556", "HD2612050561", "HD2612050569"]
    v = ["准", "准", "不准，要买螺丝成品", "准", "准，冷镦机", "不准，五金店进货", "准", "准，搓丝机", "准", "不准，个人问价"]
    m = dict(from_name="郝建国", addr="haojianguo@congtai-dm.com", date=d, subject="丛台数字-永年紧固件-商机反馈（10条）",
             host=host_of(rng, "own", "mail.congtai-dm.com"), pc="congtai-dm")
    m["blocks"] = ["总部好：\n\n这批10条客户看完了：\n" + "\n".join(f"{ids[i]} {v[i]}" for i in range(10))
                   + "\n建议：加“多工位冷镦机”“搓丝机”，删“螺丝”；不做：螺丝成品、五金批发；对象：紧固件厂。\n\n郝建国"]
    eml = kit12.claws(m, rng)
    return m, eml, dict(
        kind="adjustment", family="short_names", client="Claws Mail 4.2 (GB18030; approximated)",
        fields=fields(partner="丛台数字", client="永年紧固件", lead_ids=ids, lead_count=10),
        accept={},
        extra={"keywords_add": ["多工位冷镦机", "搓丝机"], "keywords_remove": ["螺丝"], "excluded_products": ["螺丝成品", "五金批发"],
               "audience": ["紧固件厂"]},
        source_text={"lead_count": ["这批10条"]},
        notes="Claws Mail (GB18030 quoted-printable, B-encoded GB18030 subject); partner and client only as short names "
              "joined by hyphens in the subject ('丛台数字-永年紧固件-商机反馈（10条）'), none in the body; ten ids with "
              "verdicts; the count '这批10条'.")


@entry
def S3():
    rng = R("S3")
    d = dt(2026, 12, 9, 15, 0, 0)
    m = dict(from_name="高志强", addr="gaozhiqiang@hetao-net.com", date=d, subject="五原葵花机 汇总反馈",
             host=host_of(rng, "own", "mail.hetao-net.com"))
    m["blocks"] = ["总部：\n\n五原葵花机汇总：合同180条，已经推了115条。\n合同开始日期我这边没有记录（前任同事签的），到期日是2027年5月31日。\n"
                   "客户说葵花籽脱壳机、分级筛的询盘准，成交2套；有一些是要买瓜子的炒货店。建议排除“瓜子批发”“炒货”。续费的事客户说到期前再看。\n\n"
                   "河套网络 高志强"]
    eml = kit7.android(m, rng)
    return m, eml, dict(
        kind="summary", family="short_names", client="phone mail app (8bit GBK)",
        fields=fields(partner="河套网络", client="五原葵花机", quota=180, pushed_count=115, service_end="2027-05-31"),
        accept={},
        renewal=None,
        source_text={"quota": ["合同180条"], "pushed_count": ["已经推了115条"], "service_end": ["2027年5月31日"]},
        notes="Phone mail app (8bit GBK, text only); short names only (the partner before the writer); the start of the "
              "period is not known ('合同开始日期我这边没有记录'): service_start null and missing, the trigger judged on "
              "the leads alone (63.9 %: lead_60); '2套' is a distractor; renewal undecided.")


@entry
def S4():
    rng = R("S4")
    d = dt(2026, 12, 11, 14, 30, 0)
    m = dict(from_name="龙光辉", addr="longguanghui@dujuan-net.com", date=d, subject="三七机 商机申诉 WS.2612.0433",
             host=host_of(rng, "own", "mail.dujuan-net.com"))
    m["blocks"] = ["总部您好：\n\n三七机这条 WS.2612.0433 申诉：\n推送：12月11日 8:50\n客户反馈：12月11日 11:35\n"
                   "对方留的微信号加了好几次都提示“对方账号异常”，加不上。截图附上。\n\n杜鹃网络·龙光辉"]
    m["atts"] = [Att("微信提示.jpg", "image/jpeg", jpg(rng, rows=3, style="search"), "image/jpeg")]
    eml = kit11.spark(m, rng)
    return m, eml, dict(
        kind="appeal", family="short_names", client="Spark (Readdle; approximated)",
        fields=fields(partner="杜鹃网络", client="三七机", lead_ids=["WS.2612.0433"], pushed_at=iso(2026, 12, 11, 8, 50),
                      objected_at=iso(2026, 12, 11, 11, 35), reason_code=2),
        accept={},
        source_text={"pushed_at": ["12月11日 8:50"], "objected_at": ["12月11日 11:35"], "reason_code": ["加不上"]},
        notes="Spark (UTF-8 quoted-printable text + HTML); short names only: the partner glued to the writer by a middle "
              "dot ('杜鹃网络·龙光辉'), the client as '三七机'; a dotted id; 2 h 45 min, inside 8 h; code 2 in words; "
              "JPEG screenshot.")


@entry
def S5():
    rng = R("S5")
    d = dt(2026, 12, 15, 9, 40, 0)
    ids = ["LL-2612-1102", "LL-2612-1107", "LL-2612-1113", "LL-2612-1118", "LL-2612-1120"]
    v = ["精准，问炒料机", "精准", "不精准，要买调料成品", "精准，辣椒粉碎机", "不精准，饭店招厨师"]
    m = dict(from_name="丁晓峰", addr="dingxiaofeng@huanghai-dt.com", date=d, subject="乐陵调料机 5条商机反馈",
             host=host_of(rng, "own", "mail.huanghai-dt.com"))
    m["blocks"] = ["总部好：\n\n乐陵调味这边5条的反馈：\n" + "\n".join(f"{ids[i]} {v[i]}" for i in range(5))
                   + "\n调整：新增“炒料机”“辣椒粉碎机”，删除“调料”，不做“调料成品”，多推调味品厂、火锅底料厂。\n\n黄海数科 丁晓峰"]
    eml = kit10.lark(m, rng)
    return m, eml, dict(
        kind="adjustment", family="short_names", client="Lark Mail (approximated)",
        fields=fields(partner="黄海数科", client="乐陵调料机", lead_ids=ids, lead_count=5),
        accept={"client": ["乐陵调味"]},
        extra={"keywords_add": ["炒料机", "辣椒粉碎机"], "keywords_remove": ["调料"], "excluded_products": ["调料成品"],
               "audience": ["调味品厂", "火锅底料厂"]},
        source_text={"lead_count": ["这边5条"]},
        notes="Lark (UTF-8 base64 text + HTML); short names only, the client in two different short forms ('乐陵调料机' in "
              "the subject, '乐陵调味' in the body): the longer is the field, the other in accept; the partner before the "
              "writer; five ids with verdicts; the count '这边5条'.")


# ==========================================================================
# family: clean requests
# ==========================================================================

@entry
def C1():
    rng = R("C1")
    d = dt(2026, 12, 15, 11, 20, 0)
    inner = "小王，今天早上推的CD-1215-0206，打过去是空号，连打三遍都一样，麻烦帮忙申诉。"
    qhead = ("-------- 转发邮件信息 --------\n发件人：\"宽城矿机 张工\" <zhanggong@kcks-mining.com>\n发送日期：2026-12-15 10:58\n"
             "收件人：wangzhenyu@bishu-net.com\n主题：CD-1215-0206这条是空号")
    m = dict(from_name="王振宇", addr="wangzhenyu@bishu-net.com", date=d, subject="转发：CD-1215-0206这条是空号（申诉）",
             host=host_of(rng, "own", "mail.bishu-net.com"))
    m["blocks"] = ["总部您好：\n\n转发客户的反馈邮件，申诉材料如下：\n合作商：承德避暑山庄网络科技有限公司\n付费客户：承德宽城矿山机械有限公司\n"
                   "商机编号：CD-1215-0206\n推送时间：2026-12-15 08:40\n客户异议时间：2026-12-15 10:55\n"
                   "申诉理由：需求者留的手机号是空号（判定标准第3条）\n附件：客户的拨号截图\n\n王振宇\n",
                   Quote("\n" + qhead + "\n\n" + inner, qhead, inner)]
    m["atts"] = [Att("拨号截图.png", "image/png", png(rng, rows=3, style="list"), "image/png")]
    eml = flashmail(m, rng)
    return m, eml, dict(
        kind="appeal", family="clean", client="NetEase Flash Mail 2.4 (GBK; approximated)",
        fields=fields(partner="承德避暑山庄网络科技有限公司", client="承德宽城矿山机械有限公司", lead_ids=["CD-1215-0206"],
                      pushed_at=iso(2026, 12, 15, 8, 40), objected_at=iso(2026, 12, 15, 10, 55), reason_code=3),
        accept={"client": ["宽城矿机"]},
        source_text={"pushed_at": ["2026-12-15 08:40"], "objected_at": ["2026-12-15 10:55"], "reason_code": ["判定标准第3条"]},
        notes="NetEase Flash Mail '转发：' of the client's own mail (no thread headers): judged by content; a clean labelled "
              "appeal above the forwarded part (code 3, PNG screenshot); '发送日期：2026-12-15 10:58' and '三遍' are "
              "distractors.")


@entry
def C2():
    rng = R("C2")
    d = dt(2026, 12, 10, 15, 40, 0)
    ids = ["QZ-2612-0511", "QZ-2612-0514", "QZ-2612-0520", "QZ-2612-0523", "QZ-2612-0529"]
    v = ["精准，问真空练泥机", "精准", "不精准，要买坭兴陶茶具", "精准，拉坯机", "不精准，陶艺体验馆招聘"]
    m = dict(from_name="梁海燕", addr="lianghaiyan_yt@yeah.net", date=d, subject="坭兴陶机 商机调整反馈",
             host=(f"m16-{rng.randint(10, 99)}.yeah.net", f"220.181.{rng.randint(1, 250)}.{rng.randint(1, 250)}"))
    m["blocks"] = ["总部您好：\n\n坭兴陶机本次5条商机反馈：\n" + "\n".join(f"{ids[i]} {v[i]}" for i in range(5))
                   + "\n调整建议：\n新增关键词：真空练泥机、电动拉坯机\n删除关键词：坭兴陶\n不做产品：陶瓷茶具、工艺品\n推广对象：陶瓷厂、陶艺工作室\n\n"
                   "合作商：北海银滩网络科技有限公司\n客户：钦州坭兴陶机械有限公司\n梁海燕"]
    eml = coremail_yeah(m, rng)
    return m, eml, dict(
        kind="adjustment", family="clean", client="yeah.net webmail (Coremail)",
        fields=fields(partner="北海银滩网络科技有限公司", client="钦州坭兴陶机械有限公司", lead_ids=ids, lead_count=5),
        accept={"client": ["坭兴陶机"]},
        extra={"keywords_add": ["真空练泥机", "电动拉坯机"], "keywords_remove": ["坭兴陶"], "excluded_products": ["陶瓷茶具", "工艺品"],
               "audience": ["陶瓷厂", "陶艺工作室"]},
        source_text={"lead_count": ["本次5条"]},
        notes="yeah.net webmail (Coremail, GBK base64 text + HTML); a clean adjustment with five ids, verdicts and "
              "labelled proposals.")


@entry
def C3():
    rng = R("C3")
    d = dt(2026, 12, 11, 10, 0, 0)
    m = dict(from_name="马晓兰", addr="maxiaolan.hhw@gmail.com", date=d, subject="青铜峡乳机 商机汇总反馈", host=host_of(rng, "google"))
    m["blocks"] = ["总部您好：\n\n合作商：吴忠黄河湾网络科技有限公司\n客户：吴忠青铜峡乳品机械有限公司\n合同商机数：180条\n已推送：121条\n"
                   "服务期：2026年1月10日至2027年1月9日\n客户情况：巴氏杀菌机、酸奶发酵罐询盘精准，成交4台；有部分是牧场要卖鲜奶的。\n"
                   "解决方案：排除“鲜奶收购”，增加“小型乳品生产线”。\n续费意向：客户愿意续签。\n\n马晓兰\n黄河湾网络"]
    eml = kit7.gmail(m, rng)
    return m, eml, dict(
        kind="summary", family="clean", client="Gmail (Google Workspace)",
        fields=fields(partner="吴忠黄河湾网络科技有限公司", client="吴忠青铜峡乳品机械有限公司", quota=180, pushed_count=121,
                      service_start="2026-01-10", service_end="2027-01-09"),
        accept={"partner": ["黄河湾网络"]},
        renewal=True,
        source_text={"quota": ["合同商机数：180条"], "pushed_count": ["已推送：121条"], "service_start": ["2026年1月10日"],
                     "service_end": ["2027年1月9日"]},
        notes="Gmail (UTF-8 base64 text + QP HTML); a clean labelled summary; both triggers (67 %, 92 % of the period); "
              "'4台' is a distractor; renewal intended.")


@entry
def C4():
    rng = R("C4")
    d = dt(2026, 12, 14, 16, 10, 0)
    m = dict(from_name="高志强", addr="gaozhiqiang@hetao-net.com", date=d, subject="商机申诉 五原葵花机 BY-1214-0127",
             host=host_of(rng, "m365"))
    m["blocks"] = ["总部您好：\n\n合作商：巴彦淖尔河套网络科技有限公司\n付费客户：巴彦淖尔五原葵花籽加工设备有限公司\n商机编号：BY-1214-0127\n"
                   "推送时间：2026-12-14 09:15\n客户异议时间：2026-12-14 12:40\n申诉理由：需求者属于同行恶意询价（判定标准第1条）\n"
                   "情况说明：对方自称炒货厂，反复要脱壳机的图纸和电机参数，最后承认自己也是做脱壳设备的。\n附件：通话录音、聊天截图\n\n"
                   "高志强\n河套网络"]
    m["atts"] = [Att("通话录音.amr", "audio/amr", amr(rng, 9), "audio/amr"),
                 Att("聊天截图.jpg", "image/jpeg", jpg(rng, rows=6), "image/jpeg")]
    eml = owa(m, rng, "zh-CN")
    return m, eml, dict(
        kind="appeal", family="clean", client="Outlook on the web (Microsoft 365, zh-CN; approximated)",
        fields=fields(partner="巴彦淖尔河套网络科技有限公司", client="巴彦淖尔五原葵花籽加工设备有限公司", lead_ids=["BY-1214-0127"],
                      pushed_at=iso(2026, 12, 14, 9, 15), objected_at=iso(2026, 12, 14, 12, 40), reason_code=1),
        accept={"client": ["五原葵花机"]},
        source_text={"pushed_at": ["2026-12-14 09:15"], "objected_at": ["2026-12-14 12:40"], "reason_code": ["判定标准第1条"]},
        notes="Outlook on the web (UTF-8 base64, the Date header in UTC, sized attachment dispositions); a clean labelled "
              "appeal, code 1 with an AMR recording and a JPEG screenshot.")


# ==========================================================================
# family: automatic mail
# ==========================================================================

@entry
def A1():
    rng = R("A1")
    d = dt(2026, 12, 9, 15, 2, 47)
    m = dict(from_name="贾晓东", addr="jiaxiaodong@yungang-it.com", date=d, subject="已读: [DOR#SS-2026-001315] 商机申诉判定结果",
             host=host_of(rng, "own", "mail.yungang-it.com"))
    m["irt"] = "<verdict.SS-2026-001315@ptg139.com>"
    m["refs"] = ["<verdict.SS-2026-001315@ptg139.com>"]
    m["text"] = ("您的邮件\n\n    收件人: 贾晓东\n    主题: [DOR#SS-2026-001315] 商机申诉判定结果\n    发送时间: 2026/12/9 14:20\n\n"
                 "已于 2026/12/9 15:02 读取。")
    eml = outlook_mdn(m, rng)
    return m, eml, dict(
        kind="auto", family="auto", client="Outlook 16 read receipt (zh-CN)",
        fields=fields(), accept={}, source_text={},
        notes="An Outlook read receipt ('已读:' before HQ's tag): multipart/report; report-type=disposition-notification "
              "with a gb2312 text part and message/disposition-notification, no Auto-Submitted, thread headers to HQ's "
              "verdict: auto by its report type (case_ref from the subject, thread_case_ref from the headers); the times "
              "in it are no fields and it is never answered.")


@entry
def A2():
    rng = R("A2")
    d = dt(2026, 12, 14, 8, 0, 3)
    m = dict(from_name="云犀CRM", addr="noreply@notice.yunxi-crm.cn", date=d,
             subject="【商机周报】巴彦淖尔河套网络科技有限公司 第50周（12.07-12.13）", host=("mta3.notice.yunxi-crm.cn", "47.104.66.21"))
    m["html"] = ("<h3>商机周报（12月7日—12月13日）</h3><p>企业：巴彦淖尔河套网络科技有限公司</p>"
                 "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><tr><th>客户</th><th>合同条数</th><th>累计推送</th>"
                 "<th>本周新增</th><th>服务到期</th></tr><tr><td>五原葵花机</td><td>180</td><td>115</td><td>6</td><td>2027-05-31</td></tr>"
                 "<tr><td>甘州种子机</td><td>250</td><td>175</td><td>5</td><td>2027-04-02</td></tr></table>"
                 "<p>本周待跟进商机：BY-1211-0093、BY-1212-0101</p><p>此邮件由系统自动发送，请勿直接回复。</p>")
    eml = crm_notice(m, rng)
    return m, eml, dict(
        kind="auto", family="auto", client="CRM notification from a noreply address (approximated)",
        fields=fields(), accept={}, source_text={},
        notes="A CRM's weekly lead report that the partner routed to HQ: one base64 text/html part from "
              "noreply@notice.yunxi-crm.cn, no Auto-Submitted, no Precedence (List-Unsubscribe only) - auto by its "
              "noreply sender; the partner, clients, quotas, counts, dates and ids in its table are no fields.")


# --------------------------------------------------------------------------
# assembling the set
# --------------------------------------------------------------------------

FAMILIES = kit7.FAMILIES


def build_all():
    built = {}
    for fn in ENTRIES:
        m, eml, lab = fn()
        assert b"\n" not in eml.replace(b"\r\n", b""), fn.__name__
        assert b"\r" not in eml.replace(b"\r\n", b""), fn.__name__
        for k in ("partner", "client"):
            if k in lab["accept"] and not lab["accept"][k]:
                del lab["accept"][k]
        built[fn.__name__] = (m, eml, lab)
    order = [fn.__name__ for fn in ENTRIES]
    random.Random(SEED).shuffle(order)
    return [(f"{i:03d}", k, built[k][1], kit9.label_of(k, built[k][0], built[k][2])) for i, k in enumerate(order, 1)]


README_HEAD = """# blind13 — 49 labelled partner mails for `maild parse`, by family of difficulty

A blind held-out set: written from `shared/spec/DOMAIN.md`, the seed process document
(`seed-139-lead-process.zh.txt`), `shared/samples/` (README, sNN.eml, sNN.expected.json), the
shared corpus tools (`layout.py`, `mimekit.py`, `rules.py`, `checkkit.py`) and the generators and
checkers of blind7 … blind12, whose generic helpers (header encodings, mail-client builders,
drawings, audio containers, Word / Excel forms, the label assembler, the MIME walk and the
source-text parsers) it imports rather than copies. Nobody looked at the parser, its tests or any
other set's mails while writing it, and nobody tuned the parser on it — nor is anybody to: it is an
untouched measure of how well the parser generalises. New fictitious partners and clients in 台东,
澎湖, 红磡, 上水, 粉岭, 氹仔, 路环, 北海, 钦州, 龙岩, 日照, 德州, 遂宁, 广元, 巴彦淖尔, 张掖, 松原, 白山, 库尔勒,
哈密, 承德, 十堰, 荆州, 宁德, 汕尾, 邯郸, 大同, 长治, 毕节, 文山, 牡丹江, 辽阳 and 吴忠 (none of the cities of the
earlier sets), with new people, phrasings, clients, mail clients, id shapes and form features;
every person, phone number, lead id and case id is invented.

- `tests/mail/blind13/NNN.eml` — the message as delivered (CRLF, the receiving server's
  Return-Path / Delivered-To / Received on top, bytes written the way each client writes them).
- `tests/mail/blind13/NNN.expected.json` — the samples' keys (`kind`, `message_id`, `sender`,
  `subject`, `case_ref`, `fields`, `missing`, `attachments` with `detected_type` / `inline`,
  `notes`, `mail_client`, `accept`, `thread_case_ref`, `malformed`, `checks`, `extra`,
  `source_key`) plus `family` (below), `topic` for `unknown` mail (question, onboarding, invoice,
  meeting, account, complaint, pitch, other) and `source_text`: the literal strings a time, number,
  date, reason or id shorthand was read from (further strings, each literal too, are the context it
  inherits: the day of an earlier time, the base of an offset, a signing date, a declared date
  format). `accept` is always present (`{}` when there is no alternative form).
- `tools/corpus/blind13/generate.py` — the deterministic generator (one `random.Random` per entry
  key, fixed zip, core.xml, revision and PDF dates): `python -B tools/corpus/blind13/generate.py
  [--out DIR]`. It imports the generators of blind7 … blind12 for the generic machinery and adds
  only what is new: the texts and labels, and the builders none of them has (Outlook on the web with
  a UTC Date and sized attachment dispositions, Samsung Email, FairEmail with a UTC Date, GNOME
  Evolution with RFC 2231 `name*=` / `filename*=`, NetEase Flash Mail in GBK quoted-printable, 189
  webmail, The Bat!, an old Mutt's commented In-Reply-To, an Outlook read receipt, a CRM's noreply
  report, Word forms with tracked changes and Wingdings check boxes, workbooks with number formats).
  Needs python-docx, openpyxl and Pillow; the committed bytes were made with Python 3.11.7, Pillow
  13.0.0, python-docx 1.2.0 and openpyxl 3.1.5 (other Pillow / zlib versions may change image and
  zip bytes, and so sizes and SHA-256 in the labels).
- `tools/corpus/blind13/check.py` — `python -B tools/corpus/blind13/check.py [--no-regen] [DIR]`:
  parses every message with Python's `email` package (and a raw header walk, through blind7's …
  blind12's checkers), re-finds the attachments by the samples' rule and compares name, declared
  type, size, sha256, role and sniffed type, reads Word forms as Word shows them (tracked changes
  accepted, Wingdings boxes as ☑ / ☐), checks every labelled value and alias against the decoded
  text (traditional→simplified aliases by its own character table), re-derives every time, count,
  date, reason code and expanded id from `source_text` (the earlier parsers, with this set's forms
  rewritten into theirs), checks `missing`, `checks`, the summary trigger, the kind / family / topic
  counts, the charset / encoding / client / form-feature coverage and this README, and regenerates
  the set byte for byte.

Compare as the samples' README says: kind, message_id, sender, subject, case_ref and attachments
exactly, `missing` as a set, fields exactly for appeal/adjustment/summary (NFKC; partner/client may
match an `accept` alias; times as instants); reply fields are the corrections the reply makes;
auto/unknown: no invented fields.

## Families

| family | what it exercises |
|---|---|
| `traditional` | Taitung, Penghu, Hung Hom, Sheung Shui and Taipa writers (Outlook on the web, Outlook for Mac, Samsung Email, iPhone Mail, Outlook zh-TW in Big5; written Cantonese); a compact seven-digit ROC date from a system export (`1151201 09:05`), European day-first dotted dates (`01.03.2026 至 28.02.2027`), `壹佰陸拾個`, ids with slashes inside (`HM/2612/0107`), Cantonese `前日晏晝兩點九` and a bare `五點三` (five-minute marks), `這禮拜二` + `隔天`; simplified forms in `accept` |
| `english` | English and mixed writers: `the day before yesterday, 3:10 pm` + `7:45 pm that same evening`, calendar quarters (`Q3 2026 – Q2 2027`), `RZ-2612-0211 thru 0215` and `five (5) leads`, `11:50 on 9 December` + `4 hrs 50 mins later`, slash dates fixed only by a `(DD/MM/YYYY)` note, `Consumed` / `Balance` |
| `dates` | a Date header in UTC still on the previous day behind `昨天` / `今天`, an objection in Xinjiang time (UTC+6), a period from the day after signing (`签约次日起算，为期一年`), a New Year mail with a year-less `12月31日` and `元旦上午9点`, `3天前` + `当晚` |
| `numbers` | the pushed count as what is still owed (`合同保底300条，目前还差112条没推完`), a range with an exclusion (`…-0301到0306（0304…不算在这批）`), a clock with a dot after the day (`12月3日 09.05`) and `第四种情况`, a quota as a monthly allotment (`每月20条，签了12个月`), dotted ids two to a line |
| `forms` | .docx / .xlsx: a push time edited with Track Changes (w:del / w:ins), twelve-digit numeric id cells while the body holds a spoilt `2.61127E+11` paste (declared `application/wps-office.xlsx`), a period in one wrapped cell and counts as text cells with units, criterion boxes drawn as Wingdings symbols, a two-sheet workbook whose second sheet is an earlier batch |
| `non_request` | mail that is none of the three requests → `unknown` with a `topic` |
| `thread` | replies that correct one field (objection time, quota, lead id, service start, push time with the requested recording): The Bat!'s `Re[2]: []`, a B-encoded subject folded inside the tag, `Re:` without a tag and an In-Reply-To with a trailing comment, `RE: 『』`, `答复: 〈〉` |
| `short_names` | partner and/or client only as short names: before the writer, only in the subject joined by hyphens, glued to the writer by a middle dot, two short forms of one client; a missing push time, a missing service start |
| `clean` | ordinary requests (one `转发：` of the client's own mail, the others plain) |
| `auto` | an Outlook read receipt (multipart/report; report-type=disposition-notification, no Auto-Submitted) before HQ's tag and a CRM's weekly report from a noreply address (no Auto-Submitted, no Precedence) |

## Labelling decisions a reader could make differently

- **Traditional script**: `partner` / `client` are the strings as written; the character-by-character
  simplified forms and the short forms are in `accept`, even when the simplified form is not in the
  message. Written Cantonese is labelled like Mandarin: `前日` is the day before yesterday, `晏晝`
  afternoon, and a Hong Kong writer's `N點M` with a bare single numeral after 點 (no 分, no 個字) counts
  M five-minute marks (`兩點九` = 2:45, `五點三` = 5:15); a bare time takes the day and the afternoon of
  the time before it.
- **ROC and European dates**: `1151201` (a seven-digit ROC date as Taiwanese systems export it) is
  ROC 115-12-01 = 2026-12-01; a dotted date with a four-digit year at the end (`01.03.2026`,
  `28.02.2027`) is day.month.year.
- **Relative days**: `這禮拜二` is this week's Tuesday (the most recent one not after the Date
  header); `隔天` is the day after the time written before it; `当晚` that day's evening; `3天前` three
  days before the Date header; `元旦` is 1 January (of the Date header's year, the mail being of
  January); a year-less `12月31日` in a January mail is the December before; `the day before
  yesterday` is 前天 and `that same evening` the push day's evening. `昨天` / `今天` are resolved against
  the Date header in Asia/Shanghai even when the header is written in UTC and still shows the
  previous day.
- **Zones and offsets**: a time in Xinjiang time (新疆时间) is UTC+6, two hours behind Beijing time
  (`新疆时间下午1点20分` = 15:20 +08:00); `4 hrs 50 mins later` is the push time plus 4 h 50 min.
- **Periods**: `合同2026年3月9日签的，服务期从签约次日起算，为期一年` runs 2026-03-10 .. 2027-03-09; `Q3 2026 –
  Q2 2027` runs from the first day of the first quarter to the last day of the second; `03/04/2026 –
  02/04/2027 (DD/MM/YYYY)` is day-first because the writer says so.
- **Numbers**: `合同保底300条，目前还差112条没推完` gives quota 300 and pushed 188; `每月20条，签了12个月` is a
  quota of 240; `five (5) leads` is 5; `壹佰陸拾個` is 160; `Consumed: 175` is the pushed count and
  `Balance: 75` none; percentages (`62.9%`, a 0.6577 cell), `Q4 target … 60` and renewal wishes are
  no counts; `第四种情况` is criterion 4; `加不到` is criterion 2.
- **Id shapes and shorthand**: ids containing slashes or dots (`HM/2612/0107`, `WS.2612.0401`) are
  whole ids, not shorthand; two ids on one line are read left to right, line by line;
  `GY2612-0301到0306（0304…不算在这批）` is the five ids 0301, 0302, 0303, 0305, 0306;
  `RZ-2612-0211 thru 0215` the five ids 0211 … 0215; the bare tails at the start of verdict lines are
  no new ids; a pasted `2.61127E+11` is a spoilt id, no id (the workbook's numeric cells are the ids).
- **Forms**: a Word form with tracked changes is read as accepted (the inserted `10:30` counts, the
  deleted `9:30` does not), as the mail asks ('以修订后的为准'); a Wingdings check box (w:sym F0FE) is
  ticked and an empty one (F0A8) is not; in a two-sheet workbook only the sheet the mail names is the
  request (the second, earlier batch is reference only); text cells with units (`260条`) are counts; a
  period split over lines in one cell is one period.
- **Short names**: when only a short name is written it is the field, also when it is only in the
  subject joined by hyphens (`丛台数字-永年紧固件-…`: the agency is the partner) or glued to the writer
  (`杜鹃网络·龙光辉`); of two short forms of one client (`乐陵调料机`, `乐陵调味`) the longer is the field and
  the other is in `accept`; an appeal whose push time is not known yet misses `pushed_at` (the 8-hour
  check is null); a summary without a start date misses `service_start` and its trigger is judged on
  the leads alone.
- **Replies**: only the reply's own new text and attachments count; a correction gives the corrected
  value only (the old value it names, The Bat!'s 'You wrote …' line and the quoted HQ text are not
  data). A tag inside `『』` or `〈〉`, after `Re[2]:`, or split over two encoded words of a folded subject
  is a tag; an In-Reply-To with a trailing '; from … on …' comment is still a thread header to HQ.
  `accept` of a reply is `{}`.
- **Not requests**: a question about the 8-hour window over the New Year holiday (with made-up
  example times), a new partner's licence and signed agreement, a reconciliation workbook with
  contract and pushed counts asking for an invoice, a DingTalk meeting invitation, a request to copy
  more addresses on verdicts, a complaint about verdict mails in the spam folder that names a lead id,
  a stranger's buyer-list pitch with a sample workbook and a phishing mail from a look-alike domain are
  `unknown` with no fields, whatever they name.
- **Automatic**: a read receipt is `auto` by its multipart/report type alone (Outlook writes no
  Auto-Submitted), with case_ref from its subject and thread_case_ref from its thread headers; a CRM
  report from a noreply address is `auto` by its sender although it lists partner, clients, quotas,
  counts, dates and ids; the disposition-notification part is no attachment.
- **Late appeals**: an objection more than 8 hours after the push (10 h 45 min, 14 h 20 min, 10 h
  50 min) is still an appeal; `objection_within_8h` is false.
- **Attachments**: an `.xlsx` declared `application/wps-office.xlsx` keeps that `content_type`; an
  M4A is `audio/mp4`; a photographed licence (JPEG) is role `screenshot` and a scanned PDF role `form`
  by their file types; the size / creation-date parameters of Outlook on the web do not change a name.

## Files

| file | key | kind | family | mail client | what it exercises |
|---|---|---|---|---|---|
"""


def write_readme(path, files):
    rows = [f"| {n} | {k} | {lab['kind']} | {lab['family']} | {lab['mail_client']} | {lab['notes'].replace('|', '/')} |"
            for n, k, _e, lab in files]
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
