#!/usr/bin/env python3
"""Deterministic generator of the blind15 evaluation set (49 labelled partner mails).

Run:  python -B tools/corpus/blind15/generate.py [--out DIR]
      (default: the set into tests/mail/blind15, README.md next to this file;
      with --out, everything into DIR and the checkout is untouched)

Written blind: from shared/spec/DOMAIN.md, the seed process document, shared/samples/
and the shared corpus tools only, never from the parser, its tests or another set's
mails.  The generic machinery (header encodings, the mail-client builders, drawings,
audio containers, Word / Excel forms, the label assembler) is imported from the
generators of blind7 .. blind14; this file holds what is new to blind15: its partners,
clients, people and texts, its labels, and the builders none of them has (HiNet webmail in
Big5, Airmail, Mailbird, Horde IMP, K-9 Mail, the Zimbra web client, TOM webmail,
SquirrelMail in 8-bit gb2312, Outlook for Android, a Mailman list posting, an hMailServer
'undeliverable' notice, Word forms with legacy form fields, date-picker and drop-down content
controls, workbooks in the 1904 date system, with separate time cells or the data behind an
instruction sheet).

Every partner, client, person, phone number, lead id and case id is fictitious.  One
random.Random per message (seeded from the entry key), fixed zip member dates and fixed
core.xml dates make a rerun byte-identical.  Needs python-docx, openpyxl, Pillow.
"""
from __future__ import annotations

import html
import importlib.util
import json
import random
import re
import sys
from datetime import date, datetime, time
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


kit14 = _load("blind14_generate", "blind14")
kit13 = kit14.kit13
kit12 = kit13.kit12
kit10 = kit12.kit11.kit10
kit8, kit9 = kit10.kit8, kit10.kit9

Att, Quote, Table = kit7.Att, kit7.Quote, kit7.Table
dt, iso, fields, host_of, rs = kit7.dt, kit7.iso, kit7.fields, kit7.host_of, kit7.rs
png, jpg, m4a, amr, mp3, wav, aac = kit7.png, kit7.jpg, kit7.m4a, kit7.amr, kit7.mp3, kit7.wav, kit8.aac
top, thread, mp = kit7.top, kit7.thread, kit7.mp
HEXL, HEXU, ALNUM, HQ, quote_gt = kit7.HEXL, kit7.HEXU, kit7.ALNUM, kit7.HQ, kit7.quote_gt
hq_text = kit12.hq_text

SET = "blind15"
SEED = "maild-blind15-2027"
HQ_NAME = "总部商机服务"
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def R(key):
    return random.Random(f"{SEED}:{key}")


def own_ip(rng):
    return f"{rng.randint(36, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 250)}"


# --------------------------------------------------------------------------
# what blind7 .. blind14 lack: mail clients
# --------------------------------------------------------------------------

def _text_part(ct, cs, codec, text, cte, fold):
    data = text.encode(codec)
    body = b64_body(data) if cte == "base64" else qp(data) + CRLF if cte == "quoted-printable" else data
    head = [f"Content-Type: {ct};", f"\tcharset={cs}"] if fold else [f"Content-Type: {ct}; charset={cs}"]
    return leaf(head + [f"Content-Transfer-Encoding: {cte}"], body)


def _compose(m, cs, codec, tcte, hcte, htm, alt_b, mix_b, att_fn, fold=False, pre=None):
    """(Content-Type lines, body): text + HTML alternative, in multipart/mixed with the attachments."""
    plain = crlf(kit7.plain_of(m["blocks"], " "))
    parts = [_text_part("text/plain", cs, codec, plain, tcte, fold)]
    if htm is not None:
        parts.append(_text_part("text/html", cs, codec, crlf(htm), hcte, fold))
    inner = mp(alt_b, parts) if htm is not None else parts[0]
    if not m.get("atts"):
        if htm is None:
            head, _, body = parts[0].partition(CRLF + CRLF)
            return [x.decode() for x in head.split(CRLF)], body
        return ["Content-Type: multipart/alternative;", f'\tboundary="{alt_b}"'], (
            (pre.encode() + CRLF + CRLF if pre else b"") + inner)
    first = leaf(["Content-Type: multipart/alternative;", f'\tboundary="{alt_b}"'], inner) if htm is not None else inner
    return ["Content-Type: multipart/mixed;", f'\tboundary="{mix_b}"'], mp(mix_b, [first] + [att_fn(a) for a in m["atts"]], pre)


def hinet(m, rng):
    """HiNet webmail (Chunghwa Telecom, Taiwan; approximated): Big5 base64 text + HTML, =_hinet_ boundaries,
    Big5 B-word subject and attachment names."""
    d = m["date"]
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"></head><body>'
           + kit7.html_blocks(m["blocks"], kit7.bq_quote, para=kit7.ps) + "</body></html>")
    alt_b, mix_b = f"=_hinet_alt_{rs(rng, 16, HEXL)}", f"=_hinet_mix_{rs(rng, 16, HEXL)}"

    def att(a):
        w = ew_one(a.filename, "big5", "big5")
        return leaf([f'Content-Type: {a.declared}; name="{w}"', "Content-Transfer-Encoding: base64",
                     f'Content-Disposition: attachment; filename="{w}"'], b64_body(a.data))
    ctype, body = _compose(m, "big5", "big5", "base64", "base64", htm, alt_b, mix_b, att)
    mid = f"<hinet.{rs(rng, 12, HEXL)}.{int(d.timestamp())}@{m['addr'].split('@')[1]}>"
    m["message_id"] = mid
    h = top(rng, m["addr"], *m["host"], d, 4)
    h += ["Date: " + rfcdate(d), kit7.from_header(m["from_name"], m["addr"], "big5"), "To: " + HQ,
          kit7.subj_header(m["subject"], "big5"), "Message-ID: " + mid] + thread(m)
    h += ["MIME-Version: 1.0"] + ctype + ["X-Mailer: HiNet WebMail 3.2 (approximated)", "X-Originating-IP: " + own_ip(rng)]
    return header_block(h) + CRLF + body


def airmail(m, rng):
    """Airmail 5 (macOS; approximated): an etPan Message-ID from the Mac's name, UTF-8 quoted-printable text +
    HTML, hex_hex_hex boundaries, attachment names as UTF-8 B words with an RFC 2231 filename*."""
    d = m["date"]
    stamp = f"{int(d.timestamp()):08x}"
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
           '<body><div id="bloop_customfont" style="font-family:Helvetica,Arial;font-size:13px">'
           + kit7.html_blocks(m["blocks"], kit7.bq_quote) + "</div></body></html>")
    alt_b = f"{stamp}_{rs(rng, 8, HEXL)}_{rs(rng, 4, HEXL)}"
    mix_b = f"{stamp}_{rs(rng, 8, HEXL)}_{rs(rng, 4, HEXL)}"

    def att(a):
        w = a.filename if a.filename.isascii() else ew_one(a.filename, "utf-8")
        fn = kit7.rfc2231_params("filename", a.filename, "utf-8") if not a.filename.isascii() else [f'filename="{a.filename}"']
        return leaf([f'Content-Type: {a.declared}; name="{w}"', "Content-Transfer-Encoding: base64",
                     "Content-Disposition: attachment; " + "; ".join(fn)], b64_body(a.data))
    ctype, body = _compose(m, "utf-8", "utf-8", "quoted-printable", "quoted-printable", htm, alt_b, mix_b, att)
    mid = f"<etPan.{stamp}.{rs(rng, 8, HEXL)}.{rng.randint(100, 999):x}@{m['mac']}>"
    m["message_id"] = mid
    h = top(rng, m["addr"], *m["host"], d, 3)
    h += ["Date: " + rfcdate(d), kit7.from_header(m["from_name"], m["addr"], "utf-8", quoted=False), "To: " + HQ,
          "Message-ID: " + mid] + thread(m)
    h += [kit7.subj_header(m["subject"], "utf-8"), "X-Mailer: Airmail (577) (approximated)", "MIME-Version: 1.0"] + ctype
    return header_block(h) + CRLF + body


def mailbird(m, rng):
    """Mailbird 3 on Windows (a MimeKit writer; approximated): =-base64== boundaries, UTF-8 quoted-printable
    text + HTML, attachment names as RFC 2231 filename* only."""
    d = m["date"]
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
           '<div id="__MailbirdStyleContent" style="font-size: 10pt;font-family: Arial;color: #000000">'
           + kit7.html_blocks(m["blocks"], kit7.bq_quote) + "</div></body></html>")

    def bnd():
        return "=-" + rs(rng, 22, ALNUM + "+/") + "=="
    alt_b, mix_b = bnd(), bnd()

    def att(a):
        fn = kit7.rfc2231_params("filename", a.filename, "utf-8") if not a.filename.isascii() else [f"filename={a.filename}"]
        nm = kit7.rfc2231_params("name", a.filename, "utf-8") if not a.filename.isascii() else [f"name={a.filename}"]
        return leaf([f"Content-Type: {a.declared}; " + "; ".join(nm), "Content-Disposition: attachment; " + "; ".join(fn),
                     "Content-Transfer-Encoding: base64"], b64_body(a.data))
    ctype, body = _compose(m, "utf-8", "utf-8", "quoted-printable", "quoted-printable", htm, alt_b, mix_b, att)
    mid = f"<{rs(rng, 8, HEXU)}.{rs(rng, 4, HEXU)}@{m['pc']}>"
    m["message_id"] = mid
    h = top(rng, m["addr"], *m["host"], d, 2)
    h += ["MIME-Version: 1.0", "Date: " + rfcdate(d), kit7.from_header(m["from_name"], m["addr"], "utf-8"),
          "To: " + HQ, "Message-ID: " + mid, kit7.subj_header(m["subject"], "utf-8")] + thread(m)
    h += ["X-Mailer: Mailbird 3.0.19.0 (approximated)"] + [x.replace("\t", " ") for x in ctype]
    return header_block(h) + CRLF + body


def horde(m, rng):
    """Horde IMP 7 (Horde Application Framework 5; approximated): text/plain only, UTF-8 quoted-printable,
    format=flowed, =_ boundaries, attachment names as RFC 2231 continuations in name* and filename*."""
    d = m["date"]
    mix_b = "=_" + rs(rng, 24, ALNUM)

    def att(a):
        nm, fn = kit7.rfc2231_params("name", a.filename, "utf-8", 40), kit7.rfc2231_params("filename", a.filename, "utf-8", 40)
        h = [f"Content-Type: {a.declared};"] + [" " + p + ";" for p in nm]
        h[-1] = h[-1].rstrip(";")
        h += ["Content-Disposition: attachment;"] + [" " + p + ";" for p in fn]
        h[-1] = h[-1].rstrip(";")
        return leaf(h + ["Content-Transfer-Encoding: base64"], b64_body(a.data))
    plain = crlf(kit7.plain_of(m["blocks"], " "))
    tpart = ["Content-Type: text/plain; charset=utf-8; format=flowed; DelSp=Yes", "Content-Description: Plaintext Message",
             "Content-Disposition: inline", "Content-Transfer-Encoding: quoted-printable"]
    if m.get("atts"):
        ctype = ["Content-Type: multipart/mixed; boundary=\"" + mix_b + "\""]
        body = mp(mix_b, [leaf(tpart, qp(plain.encode("utf-8")) + CRLF)] + [att(a) for a in m["atts"]],
                  "This message is in MIME format.")
    else:
        ctype = tpart[:1] + tpart[-1:]
        body = qp(plain.encode("utf-8")) + CRLF
    dom = m["webmail"]
    mid = f"<{d.strftime('%Y%m%d%H%M%S')}.Horde.{rs(rng, 23, ALNUM)}@{dom}>"
    m["message_id"] = mid
    h = top(rng, m["addr"], dom, own_ip(rng), d, 2)
    h += ["Date: " + rfcdate(d), "Message-ID: " + mid, kit7.from_header(m["from_name"], m["addr"], "utf-8", quoted=False),
          "To: " + HQ, kit7.subj_header(m["subject"], "utf-8")] + thread(m, " ")
    h += ["User-Agent: Horde Application Framework 5", "MIME-Version: 1.0"] + ctype
    return header_block(h) + CRLF + body


def k9(m, rng):
    """K-9 Mail for Android (approximated): UTF-8 quoted-printable text + HTML, ---- boundaries, attachment
    names as UTF-8 B words with a size= parameter."""
    d = m["date"]
    htm = '<html><head></head><body>' + kit7.html_blocks(m["blocks"], kit7.bq_quote) + "</body></html>"
    alt_b, mix_b = "----" + rs(rng, 28, UPPER + "0123456789"), "----" + rs(rng, 28, UPPER + "0123456789")

    def att(a):
        w = a.filename if a.filename.isascii() else ew_one(a.filename, "UTF-8")
        return leaf([f'Content-Type: {a.declared}; name="{w}"', "Content-Transfer-Encoding: base64",
                     f'Content-Disposition: attachment; filename="{w}"; size={len(a.data)}'], b64_body(a.data))
    ctype, body = _compose(m, "utf-8", "utf-8", "quoted-printable", "quoted-printable", htm, alt_b, mix_b, att)
    mid = f"<{rs(rng, 8, HEXU)}-{rs(rng, 4, HEXU)}-{rs(rng, 4, HEXU)}-{rs(rng, 4, HEXU)}-{rs(rng, 12, HEXU)}@{m['addr'].split('@')[1]}>"
    m["message_id"] = mid
    h = top(rng, m["addr"], *m["host"], d, 5)
    h += ["MIME-Version: 1.0"] + [x.replace("\t", " ") for x in ctype] + ["User-Agent: K-9 Mail for Android"] + thread(m, " ")
    h += [kit7.subj_header(m["subject"], "UTF-8"), kit7.from_header(m["from_name"], m["addr"], "UTF-8", quoted=False),
          "Date: " + rfcdate(d), "To: " + HQ, "Message-ID: " + mid]
    return header_block(h) + CRLF + body


def zimbra(m, rng):
    """The Zimbra web client (Zimbra 9; approximated): UTF-8 quoted-printable text + HTML, =_ uuid boundaries,
    a JavaMail.zimbra Message-ID, Thread-Topic / Thread-Index, attachment names as UTF-8 B words."""
    d = m["date"]
    htm = ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
           + kit7.html_blocks(m["blocks"], kit7.bq_quote) + "</div></body></html>")
    alt_b, mix_b = "=_" + kit7.uuid_like(rng, upper=False), "=_" + kit7.uuid_like(rng, upper=False)

    def att(a):
        w = a.filename if a.filename.isascii() else ew_one(a.filename, "utf-8")
        return leaf([f'Content-Type: {a.declared}; name="{w}"', f'Content-Disposition: attachment; filename="{w}"',
                     "Content-Transfer-Encoding: base64"], b64_body(a.data))
    ctype, body = _compose(m, "utf-8", "utf-8", "quoted-printable", "quoted-printable", htm, alt_b, mix_b, att, fold=True)
    dom = m["addr"].split("@")[1]
    mid = f"<{rng.randint(10 ** 8, 10 ** 9 - 1)}.{rng.randint(10 ** 6, 10 ** 7 - 1)}.{int(d.timestamp()) * 1000 + rng.randint(0, 999)}.JavaMail.zimbra@{dom}>"
    m["message_id"] = mid
    h = top(rng, m["addr"], *m["host"], d, 2)
    h += ["Date: " + rfcdate(d), kit7.from_header(m["from_name"], m["addr"], "utf-8"), "To: " + HQ,
          "Message-ID: " + mid] + thread(m)
    h += [kit7.subj_header(m["subject"], "utf-8"), "MIME-Version: 1.0"] + ctype
    h += ["X-Originating-IP: [" + own_ip(rng) + "]",
          "X-Mailer: Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC120 (Win)/9.0.0_GA_4546)",
          kit7.subj_header(m["subject"], "utf-8", name="Thread-Topic"), "Thread-Index: " + rs(rng, 28, ALNUM)]
    return header_block(h) + CRLF + body


def tom(m, rng):
    """TOM webmail (approximated): GBK base64 text + HTML, ----=_TOM_Part_ boundaries, GBK B-word names."""
    d = m["date"]
    htm = ('<div style="font-size:14px;font-family:SimSun">' + kit7.html_blocks(m["blocks"], kit7.bq_quote, para=kit7.brs)
           + "</div>")
    ms = int(d.timestamp()) * 1000 + rng.randint(0, 999)
    alt_b, mix_b = f"----=_TOM_Part_{rng.randint(10 ** 5, 10 ** 6 - 1)}_{ms}", f"----=_TOM_Part_{rng.randint(10 ** 5, 10 ** 6 - 1)}_{ms}"
    ctype, body = _compose(m, "GBK", "gbk", "base64", "base64", htm, alt_b, mix_b, lambda a: kit7.att_part("coremail", a))
    mid = f"<{ms}.{rng.randint(1000, 9999)}.JavaMail.tomweb@tom.com>"
    m["message_id"] = mid
    h = top(rng, m["addr"], *m["host"], d, 3)
    h += ["Date: " + rfcdate(d), kit7.from_header(m["from_name"], m["addr"], "GBK"), "To: " + HQ,
          "Message-ID: " + mid, kit7.subj_header(m["subject"], "GBK")] + thread(m)
    h += ["MIME-Version: 1.0"] + [x.replace("\t", " ") for x in ctype] + ["X-Mailer: TOM Webmail 6 (approximated)"]
    return header_block(h) + CRLF + body


def squirrel(m, rng):
    """SquirrelMail 1.4 on a partner's own server (approximated): one text/plain part declared gb2312, 8bit,
    written in GB18030; X-Priority with its word, Importance."""
    d = m["date"]
    text = crlf(kit7.plain_of(m["blocks"], "  "))
    text += "" if text.endswith("\r\n") else "\r\n"
    dom = m["webmail"]
    mid = f"<{rs(rng, 32, HEXL)}.squirrel@{dom}>"
    m["message_id"] = mid
    h = top(rng, m["addr"], dom, own_ip(rng), d, 2, tls="ESMTP")
    h += ["Message-ID: " + mid, "Date: " + rfcdate(d), kit7.subj_header(m["subject"], "gb2312"),
          kit7.from_header(m["from_name"], m["addr"], "gb2312", quoted=False), "To: " + HQ] + thread(m)
    h += ["User-Agent: SquirrelMail/1.4.22", "MIME-Version: 1.0", "Content-Type: text/plain;charset=gb2312",
          "Content-Transfer-Encoding: 8bit", "X-Priority: 3 (Normal)", "Importance: Normal"]
    return header_block(h) + CRLF + text.encode("gb18030")


def outlook_android(m, rng, lang="zh-CN"):
    """Outlook for Android (approximated): blind13's Outlook on the web wire format (the Date in UTC, sized
    dispositions), sent from the phone app, which names itself in X-Mailer."""
    eml = kit13.owa(m, rng, lang)
    return kit14.add_header_after(eml, b"Message-ID:", b"X-Mailer: Outlook for Android 4.2451.1 (approximated)")


def mailman(m, rng):
    """A Mailman 2.1 list posting (approximated): one UTF-8 base64 text part with the list footer, Precedence: list,
    List-Id / List-Unsubscribe / List-Post, Sender and Errors-To the list's bounce address."""
    d = m["date"]
    lst, dom = m["list"], m["listdom"]
    text = crlf(m["text"] + f"\n\n_______________________________________________\n{m['listname']}\n{lst}@{dom}\n"
                f"http://{dom}/mailman/listinfo/{lst}\n")
    mid = f"<{d.strftime('%Y%m%d%H%M%S')}.{rs(rng, 10, HEXL)}@{m['addr'].split('@')[1]}>"
    m["message_id"] = mid
    h = top(rng, f"{lst}-bounces@{dom}", f"mail.{dom}", own_ip(rng), d, 6)
    h += ["Date: " + rfcdate(d), kit7.from_header(m["from_name"], m["addr"], "utf-8"), f"To: {lst}@{dom}",
          kit7.subj_header(m["subject"], "utf-8"), "Message-ID: " + mid, "MIME-Version: 1.0",
          "Content-Type: text/plain; charset=\"utf-8\"", "Content-Transfer-Encoding: base64",
          "X-BeenThere: " + f"{lst}@{dom}", "X-Mailman-Version: 2.1.39", "Precedence: list",
          f"List-Id: {ew_one(m['listname'], 'utf-8')} <{lst}.{dom}>",
          f"List-Unsubscribe: <http://{dom}/mailman/options/{lst}>,", f" <mailto:{lst}-request@{dom}?subject=unsubscribe>",
          f"List-Post: <mailto:{lst}@{dom}>", f"Errors-To: {lst}-bounces@{dom}", f"Sender: \"{lst}\" <{lst}-bounces@{dom}>"]
    return header_block(h) + CRLF + b64_body(text.encode("utf-8"))


def hmail_undeliverable(m, rng):
    """An hMailServer 'Message undeliverable' notice (approximated): one 7bit text/plain part from postmaster@,
    no Auto-Submitted, no multipart/report, the original subject (with HQ's tag) after the prefix."""
    d = m["date"]
    mid = f"<{rs(rng, 8, HEXU)}-{rs(rng, 4, HEXU)}-{rs(rng, 4, HEXU)}@{m['mta']}>"
    m["message_id"] = mid
    h = top(rng, None, m["mta"], m["mta_ip"], d, 1, tls="ESMTP")
    h += [f"From: {m['addr']}", f"To: {HQ}", kit7.subj_header(m["subject"], "utf-8"), "Message-ID: " + mid,
          "Date: " + rfcdate(d), "MIME-Version: 1.0", 'Content-Type: text/plain; charset="utf-8"',
          "Content-Transfer-Encoding: 7bit", "X-Mailer: hMailServer 5.6.8 (approximated)"]
    return header_block(h) + CRLF + crlf(m["text"]).encode("ascii")


# --------------------------------------------------------------------------
# what blind7 .. blind14 lack: legacy form fields, date pickers and drop-downs in Word, 1904 workbooks
# --------------------------------------------------------------------------

def _t(s):
    return f'<w:r><w:t xml:space="preserve">{html.escape(s, quote=False)}</w:t></w:r>'


def runs15(tokens, base):
    """WordprocessingML runs: ('t', text); ('ff', text, name) a legacy FORMTEXT field holding text; ('box', on, name)
    a legacy FORMCHECKBOX; ('date', text, iso) a date-picker content control; ('dd', text, [items]) a drop-down
    list content control showing one of its items."""
    out = []
    for n, tok in enumerate(tokens):
        kind, idn = tok[0], base + n
        if kind == "t":
            out.append(_t(tok[1]))
        elif kind == "ff":
            out.append(f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{tok[2]}"/><w:enabled/>'
                       '<w:calcOnExit w:val="0"/><w:textInput/></w:ffData></w:fldChar></w:r>'
                       '<w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'
                       '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + _t(tok[1])
                       + '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
        elif kind == "box":
            out.append(f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{tok[2]}"/><w:enabled/>'
                       '<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/>'
                       f'<w:default w:val="{1 if tok[1] else 0}"/></w:checkBox></w:ffData></w:fldChar></w:r>'
                       '<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
                       '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
        elif kind == "date":
            out.append(f'<w:sdt><w:sdtPr><w:id w:val="{idn}"/><w:date w:fullDate="{tok[2]}T00:00:00Z">'
                       '<w:dateFormat w:val="yyyy&quot;年&quot;M&quot;月&quot;d&quot;日&quot;"/><w:lid w:val="zh-CN"/>'
                       '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date></w:sdtPr>'
                       f"<w:sdtContent>{_t(tok[1])}</w:sdtContent></w:sdt>")
        elif kind == "dd":
            items = "".join(f'<w:listItem w:displayText="{html.escape(x)}" w:value="{html.escape(x)}"/>' for x in tok[2])
            out.append(f'<w:sdt><w:sdtPr><w:id w:val="{idn}"/><w:dropDownList>{items}</w:dropDownList></w:sdtPr>'
                       f"<w:sdtContent>{_t(tok[1])}</w:sdtContent></w:sdt>")
        else:
            raise ValueError(kind)
    return "".join(out)


def docx15(author, when, title, grid, rich, paras_before=(), paras_after=()):
    """blind7's Word form whose cells '@@N@@' are replaced by the runs of rich[N]."""
    data = kit7.docx_form(author, when, title, grid, (), paras_before, paras_after)

    def fix(xml):
        s = xml.decode("utf-8")
        s, n = re.subn(r'<w:r><w:t(?: xml:space="preserve")?>@@(\d+)@@</w:t></w:r>',
                       lambda mo: runs15(rich[int(mo[1])], 2000 + 100 * int(mo[1])), s)
        assert n == len(rich), (n, len(rich))
        return s.encode("utf-8")
    return kit7.fixed_zip(kit13.rewrite_zip(data, "word/document.xml", fix), author, when)


def xlsx15(author, when, sheets, *, epoch1904=False):
    """An Excel workbook: sheets of (title, cells, merges, widths, formats); date / time / date-time cells get
    matching number formats; with ``epoch1904`` the workbook uses the 1904 date system (Excel for Mac)."""
    import openpyxl
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils.datetime import CALENDAR_MAC_1904
    wb = openpyxl.Workbook()
    if epoch1904:
        wb.epoch = CALENDAR_MAC_1904
    for k, (title, cells, merges, widths, formats) in enumerate(sheets):
        ws = wb.active if k == 0 else wb.create_sheet()
        ws.title = title
        for ref, v in cells.items():
            ws[ref] = v
            if isinstance(v, datetime):
                ws[ref].number_format = "yyyy-mm-dd hh:mm"
            elif isinstance(v, date):
                ws[ref].number_format = "yyyy/m/d"
            elif isinstance(v, time):
                ws[ref].number_format = "h:mm"
            ws[ref].alignment = Alignment(wrap_text=True, vertical="center")
        for ref, fmt in (formats or {}).items():
            ws[ref].number_format = fmt
        for r in merges:
            ws.merge_cells(r)
        ws["A1"].font = Font(bold=True, size=13)
        for col, w in (widths or {}).items():
            ws.column_dimensions[col].width = w
    return kit7.fixed_zip(saved(wb), author, when)


# --------------------------------------------------------------------------
# entries
# --------------------------------------------------------------------------

ENTRIES = []


def entry(fn):
    ENTRIES.append(fn)
    return fn


# ==========================================================================
# family: traditional Chinese writers (Tamsui, Matsu, Fo Tan, Cheung Sha Wan, Areia Preta)
# ==========================================================================

@entry
def T1():
    rng = R("T1")
    d = dt(2026, 12, 29, 10, 20, 0)
    m = dict(from_name="張雅婷", addr="yating.chang@ms37.hinet.net", date=d, subject="商機申訴 TSW-1228-093（沙崙刀具）",
             host=("msa.hinet.net", f"168.95.{rng.randint(1, 250)}.{rng.randint(1, 250)}"))
    m["blocks"] = [
        "總部您好：\n\n沙崙刀具有一筆商機要申訴，麻煩協助判定。\n\n商機編號：TSW-1228-093\n推播時間：12/28（一）下午2:40\n"
        "客戶反映時間：12/28（一）下午5:05\n原因：需求者留的手機打過去是一家早餐店，老闆說根本沒有這個人，電話留錯了。"
        "客戶的通話紀錄截圖如附件。\n\n合作廠商：淡水漁人數位行銷有限公司\n客戶：淡水沙崙精密刀具股份有限公司\n\n"
        "張雅婷\n漁人數位 客服部\n(02)2621-7735 分機 18"]
    m["atts"] = [Att("通話紀錄截圖.png", "image/png", png(rng, rows=5, style="list"), "image/png")]
    eml = hinet(m, rng)
    return m, eml, dict(
        kind="appeal", family="traditional", client="HiNet webmail (Big5; approximated)",
        fields=fields(partner="淡水漁人數位行銷有限公司", client="淡水沙崙精密刀具股份有限公司", lead_ids=["TSW-1228-093"],
                      pushed_at=iso(2026, 12, 28, 14, 40), objected_at=iso(2026, 12, 28, 17, 5), reason_code=3),
        accept={"partner": ["漁人數位", "淡水渔人数位行销有限公司", "渔人数位"],
                "client": ["沙崙刀具", "淡水沙仑精密刀具股份有限公司", "沙仑刀具"]},
        source_text={"pushed_at": ["12/28（一）下午2:40"], "objected_at": ["12/28（一）下午5:05"], "reason_code": ["電話留錯了"]},
        notes="HiNet webmail (Big5 base64 text + HTML, Big5 B-word subject and file name) from Tamsui; month/day dates with "
              "the weekday in full-width parentheses ('12/28（一）下午2:40' = Monday 28 December 14:40, the mail is of Tuesday "
              "29 December) and '12/28（一）下午5:05' - 2 h 25 min, inside 8 h; code 3 in words (the mobile number reaches "
              "a breakfast shop: '電話留錯了'); PNG screenshot; the office number and its extension are distractors.")


@entry
def T2():
    rng = R("T2")
    d = dt(2027, 1, 6, 15, 40, 0)
    m = dict(from_name="陳冠宇", addr="kuanyu.chen@bluetears-dm.com.tw", date=d, subject="北竿食品機械 商機彙總反饋（續約評估）",
             host=host_of(rng, "yahoo"))
    m["blocks"] = [
        "總部您好：\n\n以下是北竿食品機械的彙總反饋，請協助評估續約方案。\n\n合作廠商：連江南竿藍眼淚數位行銷有限公司\n"
        "客戶：馬祖北竿海洋食品機械有限公司\n合約期間：115/04/01～116/03/31\n保證則數：壹佰伍拾則\n"
        "截至目前已推播：98則（本月新增7則）\n\n客戶狀況：魚丸成型機、真空包裝機的詢問大多精準，已成交2台；少數是問魚丸批發、"
        "觀光伴手禮的。\n建議：排除「魚丸批發」「伴手禮」，新增「魚漿成型機」。\n續約：客戶表示會續約，希望下一期改為200則。\n\n"
        "陳冠宇\n藍眼淚數位"]
    eml = kit7.yahoo(m, rng)
    return m, eml, dict(
        kind="summary", family="traditional", client="Yahoo Mail (Taiwan, web)",
        fields=fields(partner="連江南竿藍眼淚數位行銷有限公司", client="馬祖北竿海洋食品機械有限公司", quota=150, pushed_count=98,
                      service_start="2026-04-01", service_end="2027-03-31"),
        accept={"partner": ["藍眼淚數位", "连江南竿蓝眼泪数位行销有限公司", "蓝眼泪数位"],
                "client": ["北竿食品機械", "马祖北竿海洋食品机械有限公司", "北竿食品机械"]},
        renewal=True,
        source_text={"quota": ["保證則數：壹佰伍拾則"], "pushed_count": ["已推播：98則"], "service_start": ["115/04/01"],
                     "service_end": ["116/03/31"]},
        notes="Yahoo Mail web (UTF-8 quoted-printable, the Date in UTC) from Matsu; the period as ROC dates with slashes "
              "and a full-width tilde ('115/04/01～116/03/31' = 2026-04-01 .. 2027-03-31); the quota in financial "
              "numerals with the measure word 則 ('壹佰伍拾則' = 150); both triggers (65 %, 77 % of the period); "
              "'本月新增7則', '2台' and '200則' are distractors; renewal intended.")


@entry
def T3():
    rng = R("T3")
    d = dt(2026, 12, 30, 11, 15, 0)
    ids = ["FT/2612/0201", "FT/2612/0203", "FT/2612/0207", "FT/2612/0208", "FT/2612/0210", "FT/2612/0214",
           "FT/2612/0215", "FT/2612/0219", "FT/2612/0222", "FT/2612/0226"]
    v = ["✓ 問柯式印刷機", "✓", "✗ 想搵人印卡片", "✓ 問過膠機報價", "✗ 學生做功課", "✓", "✓ 啤機", "✗ 二手機回收商", "✓", "✓ 摺紙機"]
    m = dict(from_name="何志輝", addr="ivan.ho@shanmei-digital.com.hk", date=d, subject="嘉輝印刷機械 10單lead回覆",
             host=host_of(rng, "m365"))
    m["blocks"] = [
        "總部你好，\n\n嘉輝印刷機械呢10單lead嘅回覆（✓＝啱，✗＝唔啱）：\n" + "\n".join(f"{ids[i]} {v[i]}" for i in range(10))
        + "\n\n調整建議：\n加關鍵字：柯式印刷機、自動過膠機\n刪關鍵字：印刷\n唔做產品：印刷服務、二手印刷機\n推廣對象：印刷廠、包裝廠\n\n"
        "合作商：火炭山尾數碼營銷有限公司\n客戶：火炭嘉輝印刷機械有限公司\n\nIvan 何志輝\n山尾數碼"]
    eml = outlook_android(m, rng, "zh-HK")
    return m, eml, dict(
        kind="adjustment", family="traditional", client="Outlook for Android (zh-HK; approximated)",
        fields=fields(partner="火炭山尾數碼營銷有限公司", client="火炭嘉輝印刷機械有限公司", lead_ids=ids, lead_count=10),
        accept={"partner": ["山尾數碼", "火炭山尾数码营销有限公司", "山尾数码"],
                "client": ["嘉輝印刷機械", "火炭嘉辉印刷机械有限公司", "嘉辉印刷机械"]},
        extra={"keywords_add": ["柯式印刷機", "自動過膠機"], "keywords_remove": ["印刷"], "excluded_products": ["印刷服務", "二手印刷機"],
               "audience": ["印刷廠", "包裝廠"]},
        source_text={"lead_count": ["呢10單lead"]},
        notes="Outlook for Android (the Outlook on the web wire format: UTF-8 base64, the Date in UTC) from Fo Tan, written "
              "Cantonese; ten ids whose parts are joined by slashes ('FT/2612/0201' is one id, not a date); verdicts as "
              "✓ / ✗ marks ('啱' / '唔啱'); the count with the Cantonese measure word 單 ('呢10單lead'); simplified forms "
              "in accept.")


@entry
def T4():
    rng = R("T4")
    d = dt(2026, 12, 31, 16, 0, 0)
    m = dict(from_name="羅家豪", addr="kaho.law@wuifung-net.com.hk", date=d, subject="利達成衣機械 申訴 CSW-261231-008",
             host=host_of(rng, "own", "mail.wuifung-net.com.hk"), pc_name="KAHO-PC")
    m["blocks"] = [
        "總部你好：\n\n利達成衣機械有單lead想申訴：CSW-261231-008\n今日朝早九點四十五分推過嚟，客人今日晏晝一點半覆我，話對方一開口就問"
        "晒成條裁床線嘅配置同底價，傾落先知對方其實係同行，扮客人打嚟問價。錄音喺附件，麻煩總部跟進。\n\n"
        "合作商：長沙灣匯峰網絡科技有限公司\n客戶：長沙灣利達成衣機械有限公司\n\n羅家豪\n匯峰網絡\n2742 8816"]
    m["atts"] = [Att("通話錄音.aac", "audio/aac", aac(rng, 6), "audio/aac")]
    eml = kit7.windows_live(m, rng)
    return m, eml, dict(
        kind="appeal", family="traditional", client="Windows Live Mail 2012 (Big5-HKSCS)",
        fields=fields(partner="長沙灣匯峰網絡科技有限公司", client="長沙灣利達成衣機械有限公司", lead_ids=["CSW-261231-008"],
                      pushed_at=iso(2026, 12, 31, 9, 45), objected_at=iso(2026, 12, 31, 13, 30), reason_code=1),
        accept={"partner": ["匯峰網絡", "长沙湾汇峰网络科技有限公司", "汇峰网络"],
                "client": ["利達成衣機械", "长沙湾利达成衣机械有限公司", "利达成衣机械"]},
        source_text={"pushed_at": ["今日朝早九點四十五分"], "objected_at": ["今日晏晝一點半"], "reason_code": ["同行"]},
        notes="Windows Live Mail (Big5-HKSCS quoted-printable text + HTML) from Cheung Sha Wan, written Cantonese: "
              "'今日朝早九點四十五分' (朝早 = morning, 09:45) and '今日晏晝一點半' (晏晝 = early afternoon, 13:30) - 3 h 45 min, "
              "inside 8 h; an id with a six-digit date inside ('CSW-261231-008'); code 1 (a peer posing as a buyer) "
              "with an AAC recording; the office number is a distractor.")


@entry
def T5():
    rng = R("T5")
    d = dt(2027, 1, 8, 10, 30, 0)
    m = dict(from_name="梁詠詩", addr="wingsze.leung@singshan-digital.com.mo", date=d, subject="濠江包裝 商機彙總",
             host=host_of(rng, "own", "smtp.singshan-digital.com.mo"))
    m["blocks"] = [
        "總部：\n\n黑沙環嘅客戶濠江包裝彙總如下，麻煩安排續約方案：\n\n合作商：黑沙環星辰數碼推廣有限公司\n客戶：黑沙環濠江包裝機械有限公司\n"
        "合約生效：2026年2月1日\n合約屆滿：2027年1月31日\n合約單數：300單\n累計推咗205單（其中12月推咗26單）\n\n"
        "客人意見：封箱機、纏繞膜機嘅查詢幾準，已經成交3部；有啲係問紙箱批發。\n建議：排除「紙箱批發」，加「全自動封箱機」。\n"
        "續約：老闆話要等農曆新年後開會先決定。\n\n梁詠詩 Carina Leung\n星辰數碼 | Tel: +853 2845 6602"]
    eml = kit9.mac_outlook(m, rng)
    return m, eml, dict(
        kind="summary", family="traditional", client="Outlook for Mac 16 (approximated)",
        fields=fields(partner="黑沙環星辰數碼推廣有限公司", client="黑沙環濠江包裝機械有限公司", quota=300, pushed_count=205,
                      service_start="2026-02-01", service_end="2027-01-31"),
        accept={"partner": ["星辰數碼", "黑沙环星辰数码推广有限公司", "星辰数码"],
                "client": ["濠江包裝", "黑沙环濠江包装机械有限公司", "濠江包装"]},
        renewal=None,
        source_text={"quota": ["合約單數：300單"], "pushed_count": ["累計推咗205單"], "service_start": ["2026年2月1日"],
                     "service_end": ["2027年1月31日"]},
        notes="Outlook for Mac (UTF-8 quoted-printable text + Word HTML) from Areia Preta, Cantonese; the period as "
              "'合約生效' / '合約屆滿'; counts with the measure word 單 ('累計推咗205單' is the pushed count, December's "
              "'26單' is not); both triggers (68 %, 93 % of the period); '3部' and the phone number are distractors; "
              "renewal undecided (after the Lunar New Year).")


# ==========================================================================
# family: English and mixed-language writers (Yantai, Dongying, Daqing, Tongling, Luohe)
# ==========================================================================

@entry
def E1():
    rng = R("E1")
    d = dt(2027, 1, 5, 9, 30, 0)
    m = dict(from_name="Grace Qu", addr="grace.qu@hailian-net.com", date=d,
             subject="Appeal: YT-0104-2231 (Fushan Winery Equipment)", host=host_of(rng, "own", "mail.hailian-net.com"),
             mac="Graces-MacBook-Air.local")
    m["blocks"] = [
        "Hi DOR team,\n\nWe'd like to appeal lead YT-0104-2231 for our client Fushan Winery Equipment "
        "(烟台福山葡萄酒设备有限公司).\n\nThe lead was pushed yesterday at 4.50pm and the client raised the objection at "
        "11.05 last night, after calling the number three times. The number they left belongs to a hotel front desk - "
        "nobody there made the enquiry. Wrong number, in other words. A photo of the call log is attached.\n\n"
        "Best,\nGrace Qu\nHailian Network (烟台芝罘海联网络科技有限公司)\nTel 0535-6629 418"]
    m["atts"] = [Att("call_log.jpg", "image/jpeg", jpg(rng, rows=5, style="list"), "image/jpeg")]
    eml = airmail(m, rng)
    return m, eml, dict(
        kind="appeal", family="english", client="Airmail 5 (macOS; approximated)",
        fields=fields(partner="烟台芝罘海联网络科技有限公司", client="烟台福山葡萄酒设备有限公司", lead_ids=["YT-0104-2231"],
                      pushed_at=iso(2027, 1, 4, 16, 50), objected_at=iso(2027, 1, 4, 23, 5), reason_code=3),
        accept={"partner": ["Hailian Network"], "client": ["Fushan Winery Equipment"]},
        source_text={"pushed_at": ["yesterday at 4.50pm"], "objected_at": ["11.05 last night", "yesterday at 4.50pm"],
                     "reason_code": ["Wrong number"]},
        notes="Airmail (UTF-8 quoted-printable text + HTML, an etPan Message-ID); English; twelve-hour times with a dot "
              "('yesterday at 4.50pm' = 4 January 16:50) and 'last night' ('11.05 last night' = 23:05 the same day) - "
              "6 h 15 min, inside 8 h; code 3 ('Wrong number': a hotel front desk); JPEG photo of the call log; "
              "'three times' and the phone number are distractors.")


@entry
def E2():
    rng = R("E2")
    d = dt(2026, 12, 22, 14, 10, 0)
    m = dict(from_name="Kevin Bo", addr="kevin.bo@hekou-datalink.com", date=d,
             subject="Lead summary / renewal - Kenli Petroleum Equipment", host=host_of(rng, "own", "mail.hekou-datalink.com"),
             pc="KEVIN-LAPTOP")
    m["blocks"] = [
        "Dear HQ,\n\nHere is where Kenli Petroleum Equipment (东营垦利石油装备有限公司) stands.\n\n"
        "Contract: 1 Apr 2026 – 31 Mar 2027, 260 guaranteed leads\nLeads delivered: 170 of the 260 guaranteed\n\n"
        "Feedback: sucker-rod pump and wellhead enquiries are good; they closed 3 units and are quoting two rigs. "
        "A fair share asked for used drill pipe, which they do not sell.\nSuggestion: exclude \"used drill pipe\", add "
        "\"抽油杆扶正器\".\nRenewal: they do not plan to renew - budgets are frozen for next year.\n\n"
        "Kind regards,\nKevin Bo\nHekou DataLink (东营黄河口数联科技有限公司)"]
    eml = mailbird(m, rng)
    return m, eml, dict(
        kind="summary", family="english", client="Mailbird 3 (Windows; approximated)",
        fields=fields(partner="东营黄河口数联科技有限公司", client="东营垦利石油装备有限公司", quota=260, pushed_count=170,
                      service_start="2026-04-01", service_end="2027-03-31"),
        accept={"partner": ["Hekou DataLink"], "client": ["Kenli Petroleum Equipment"]},
        renewal=False,
        source_text={"quota": ["260 guaranteed leads"], "pushed_count": ["170 of the 260"], "service_start": ["1 Apr 2026"],
                     "service_end": ["31 Mar 2027"]},
        notes="Mailbird (a MimeKit writer: UTF-8 quoted-printable text + HTML, =-…== boundaries); English; the period as "
              "abbreviated day-month-year dates around an en dash ('1 Apr 2026 – 31 Mar 2027'); the pushed count as "
              "'170 of the 260 guaranteed'; both triggers (65 %, 73 % of the period); '3 units' and 'two rigs' are "
              "distractors; renewal declined.")


@entry
def E3():
    rng = R("E3")
    d = dt(2027, 1, 7, 10, 45, 0)
    ids = ["DQ-2612-0311", "DQ-2612-0312", "DQ-2612-0315", "DQ-2612-0318", "DQ-2612-0320"]
    rows = [["No.", "Lead", "Verdict", "Note"], ["1", ids[0], "accurate", "beam pumping unit"], ["2", ids[1], "accurate", ""],
            ["3", ids[2], "not accurate", "wants crude oil"], ["4", ids[3], "accurate", "gearbox for a 12-type unit"],
            ["5", ids[4], "not accurate", "a scrap yard"]]
    m = dict(from_name="Helen Guan", addr="helen.guan@saertu-netlink.com", date=d,
             subject="Feedback - Ranghulu Pumping Units, 5 leads", host=host_of(rng, "own", "mail.saertu-netlink.com"),
             webmail="webmail.saertu-netlink.com")
    m["blocks"] = [
        "Hello HQ,\n\nOur client Ranghulu Pumping Units (大庆让胡路抽油机制造有限公司) went through these five leads: "
        f"{ids[0]}, {ids[1]}, {ids[2]}, {ids[3]} & {ids[4]}.\n", Table(rows),
        "\nPlease adjust:\nAdd keywords: 游梁式抽油机, 抽油机减速箱\nRemove keyword: 石油\nExclude products: 原油, 废旧钢材\n"
        "Target audience: 油田服务公司, 采油厂\n\nThanks,\nHelen Guan\nSaertu NetLink (大庆萨尔图网联科技有限公司)"]
    eml = horde(m, rng)
    return m, eml, dict(
        kind="adjustment", family="english", client="Horde IMP 7 (approximated)",
        fields=fields(partner="大庆萨尔图网联科技有限公司", client="大庆让胡路抽油机制造有限公司", lead_ids=ids, lead_count=5),
        accept={"partner": ["Saertu NetLink"], "client": ["Ranghulu Pumping Units"]},
        extra={"keywords_add": ["游梁式抽油机", "抽油机减速箱"], "keywords_remove": ["石油"], "excluded_products": ["原油", "废旧钢材"],
               "audience": ["油田服务公司", "采油厂"]},
        source_text={"lead_count": ["these five leads"]},
        notes="Horde IMP (text/plain only, UTF-8 quoted-printable, format=flowed); English; five ids joined by commas and "
              "an ampersand, then a plain-text table whose 'No.' column (1 … 5) is neither ids nor a count; '12-type' "
              "is a distractor; the count 'these five leads'.")


@entry
def E4():
    rng = R("E4")
    d = dt(2026, 12, 24, 9, 5, 0)
    m = dict(from_name="Tony Fang", addr="tony.fang@tongguan-media.com", date=d,
             subject="Lead appeal TL-1223-0517 - WeChat ID cannot be added", host=host_of(rng, "google"))
    m["blocks"] = [
        "Dear DOR team,\n\nPlease review lead TL-1223-0517 for Yi'an Copper Processing Equipment "
        "(铜陵义安铜材加工设备有限公司).\n\nPushed: Dec 23rd, 8:55 a.m.\nClient objected: Dec 23rd, 5:20 p.m.\n\n"
        "The requester left only a WeChat ID. Searching it returns 'This user does not exist', so it cannot be added on "
        "WeChat. We are aware this is 25 minutes past the 8-hour window: the client was at the annealing line the whole "
        "afternoon. Screenshot attached.\n\nTony Fang\nTongguan Digital Media (铜陵铜官数字传媒有限公司)"]
    m["atts"] = [Att("wechat-search.png", "image/png", png(rng, rows=3, style="search"), "image/png")]
    eml = kit7.gmail(m, rng)
    return m, eml, dict(
        kind="appeal", family="english", client="Gmail (Google Workspace)",
        fields=fields(partner="铜陵铜官数字传媒有限公司", client="铜陵义安铜材加工设备有限公司", lead_ids=["TL-1223-0517"],
                      pushed_at=iso(2026, 12, 23, 8, 55), objected_at=iso(2026, 12, 23, 17, 20), reason_code=2),
        accept={"partner": ["Tongguan Digital Media"], "client": ["Yi'an Copper Processing Equipment"]},
        source_text={"pushed_at": ["Dec 23rd, 8:55 a.m."], "objected_at": ["Dec 23rd, 5:20 p.m."],
                     "reason_code": ["cannot be added"]},
        notes="Gmail (UTF-8 base64 text + QP HTML); English; month-day "
              "dates with ordinals and dotted a.m. / p.m. ('Dec 23rd, 8:55 a.m.', 'Dec 23rd, 5:20 p.m.'); the objection "
              "8 h 25 min after the push - outside 8 h (the partner says so); code 2 in words; '25 minutes' and "
              "'8-hour' are distractors.")


@entry
def E5():
    rng = R("E5")
    d = dt(2026, 12, 30, 15, 35, 0)
    m = dict(from_name="Nancy Han", addr="nancy.han@shali-net.com", date=d, subject="Appeal LH-1228-0066 (product mismatch)",
             host=host_of(rng, "own", "mail.shali-net.com"))
    m["blocks"] = [
        "Hi,\n\nLead LH-1228-0066 for Zhaoling Meat Machinery (漯河召陵肉制品机械有限公司) was pushed this Monday at 10:10am; "
        "the client objected the same day at 2:35pm.\n\nThe client makes sausage fillers and bowl cutters; the requester "
        "wanted a tunnel oven for bread. This is criterion five (product mismatch). No attachment needed, I think.\n\n"
        "Partner: Shali Network (漯河沙澧网络科技有限公司)\nNancy Han"]
    eml = kit7.outlook(m, rng, "en-US")
    return m, eml, dict(
        kind="appeal", family="english", client="Outlook 16 (en-US)",
        fields=fields(partner="漯河沙澧网络科技有限公司", client="漯河召陵肉制品机械有限公司", lead_ids=["LH-1228-0066"],
                      pushed_at=iso(2026, 12, 28, 10, 10), objected_at=iso(2026, 12, 28, 14, 35), reason_code=5),
        accept={"partner": ["Shali Network"], "client": ["Zhaoling Meat Machinery"]},
        source_text={"pushed_at": ["this Monday at 10:10am"], "objected_at": ["the same day at 2:35pm", "this Monday at 10:10am"],
                     "reason_code": ["criterion five"]},
        notes="Outlook 16 en-US (UTF-8 quoted-printable text + HTML); English; a weekday of the current week ('this Monday "
              "at 10:10am' = Monday 28 December, the mail is of Wednesday 30 December) and 'the same day at 2:35pm' - "
              "4 h 25 min, inside 8 h; the criterion as a number word ('criterion five' = 5); no attachment.")


# ==========================================================================
# family: dates and times (Hebi, Kashgar, Hengshui, Wanzhou, Fuyang)
# ==========================================================================

@entry
def D1():
    rng = R("D1")
    d = dt(2026, 12, 22, 8, 40, 0)
    m = dict(from_name="牛建军", addr="niujianjun_qb@126.com", date=d, subject="淇滨冷库设备 商机申诉 HB2612-0177",
             host=host_of(rng, "126"))
    m["blocks"] = [
        "总部：\n\n淇滨冷库设备这条商机申诉一下，编号HB2612-0177。\n夜儿个晌午十一点四十推过来的，后晌两点五十客户跟我说，对方留的微信号"
        "压根搜不着，换了俩手机都一样，加不了人。截图在附件里。\n麻烦给判一下。\n\n合作商：鹤壁淇河网络科技有限公司\n"
        "客户：鹤壁淇滨冷库设备制造有限公司\n牛建军 15839216604"]
    m["atts"] = [Att("搜索截图.png", "image/png", png(rng, rows=3, style="search"), "image/png")]
    eml = kit7.coremail(m, rng, "126")
    return m, eml, dict(
        kind="appeal", family="dates", client="126 webmail (Coremail)",
        fields=fields(partner="鹤壁淇河网络科技有限公司", client="鹤壁淇滨冷库设备制造有限公司", lead_ids=["HB2612-0177"],
                      pushed_at=iso(2026, 12, 21, 11, 40), objected_at=iso(2026, 12, 21, 14, 50), reason_code=2),
        accept={"client": ["淇滨冷库设备"]},
        source_text={"pushed_at": ["夜儿个晌午十一点四十"], "objected_at": ["后晌两点五十", "夜儿个晌午十一点四十"],
                     "reason_code": ["搜不着"]},
        notes="126 webmail (GBK base64 text + HTML) from Hebi, written in Henan speech: '夜儿个' (yesterday), '晌午' "
              "(around noon: 11:40 stays 11:40) and a bare '后晌两点五十' (后晌 = afternoon, 14:50 of the push's day) - "
              "3 h 10 min, inside 8 h; code 2 ('微信号压根搜不着'); PNG screenshot; '俩手机' and the mobile number are "
              "distractors.")


@entry
def D2():
    rng = R("D2")
    d = dt(2027, 1, 4, 10, 5, 0)
    m = dict(from_name="阿不都·热合曼", addr="abdu.rahman@kashi-silkroad.cn", date=d, subject="疏附馕坑设备 商机申诉（跨年那条）",
             host=host_of(rng, "aliyun"))
    m["blocks"] = [
        "总部您好：\n\n元旦前推送的一条商机申请不计入，放假耽误了几天才报上来：\n商机编号：KS-1231-0412\n"
        "推送时间：12月31日 16:20（北京时间）\n客户提出异议：1月1日 0:10（北京时间，客户跨年夜值班看到的）\n"
        "理由：对方要的是羊毛收购，跟客户做的烤馕炉完全不是一个行业。\n\n合作商：喀什丝路云网络科技有限公司\n"
        "客户：喀什疏附馕坑设备有限公司\n\n阿不都·热合曼\n丝路云网络"]
    eml = kit7.alimail(m, rng)
    return m, eml, dict(
        kind="appeal", family="dates", client="Alibaba enterprise mailbox (web; approximated)",
        fields=fields(partner="喀什丝路云网络科技有限公司", client="喀什疏附馕坑设备有限公司", lead_ids=["KS-1231-0412"],
                      pushed_at=iso(2026, 12, 31, 16, 20), objected_at=iso(2027, 1, 1, 0, 10), reason_code=4),
        accept={"partner": ["丝路云网络"], "client": ["疏附馕坑设备"]},
        source_text={"pushed_at": ["12月31日 16:20"], "objected_at": ["1月1日 0:10"], "reason_code": ["不是一个行业"]},
        notes="Alibaba enterprise mailbox (UTF-8 base64) from Kashgar, written on 4 January 2027; year-less dates across "
              "New Year ('12月31日 16:20' is 2026, '1月1日 0:10' is 2027; both marked 北京时间) - 7 h 50 min, inside 8 h; "
              "code 4 in words; no attachment; '几天' is a distractor.")


@entry
def D3():
    rng = R("D3")
    d = dt(2027, 1, 11, 9, 20, 0)
    m = dict(from_name="耿丽华", addr="genglihua@taocheng-net.com", date=d, subject="冀州暖气片 商机汇总反馈",
             host=host_of(rng, "qiye163"))
    m["blocks"] = [
        "总部您好：\n\n冀州暖气片的汇总反馈：\n合作商：衡水桃城网络科技有限公司\n客户：衡水冀州散热器制造有限公司\n"
        "服务期：自签约之日（2026年5月18日）起一年\n合同条数：280条\n已推送：176条\n\n"
        "客户分析：钢制暖气片、铜铝复合散热器的询盘精准，成交6单；也有不少问地暖安装的。\n"
        "解决方案：排除“地暖安装”，增加“铜铝复合暖气片”。\n续费意向：客户愿意续费，想明年加到400条。\n\n耿丽华\n桃城网络"]
    eml = kit7.coremail(m, rng, "qiye.163")
    return m, eml, dict(
        kind="summary", family="dates", client="NetEase enterprise mail (Coremail)",
        fields=fields(partner="衡水桃城网络科技有限公司", client="衡水冀州散热器制造有限公司", quota=280, pushed_count=176,
                      service_start="2026-05-18", service_end="2027-05-17"),
        accept={"partner": ["桃城网络"], "client": ["冀州暖气片"]},
        renewal=True,
        source_text={"quota": ["合同条数：280条"], "pushed_count": ["已推送：176条"], "service_start": ["2026年5月18日"],
                     "service_end": ["起一年", "2026年5月18日"]},
        notes="NetEase enterprise mail (Coremail, GBK base64 text + HTML); the period as a start and '起一年' ('自签约之日"
              "（2026年5月18日）起一年' = 2026-05-18 .. 2027-05-17); lead trigger only (63 %, 65 % of the period); "
              "'6单' and '400条' are distractors; renewal intended.")


@entry
def D4():
    rng = R("D4")
    d = dt(2027, 1, 25, 16, 30, 0)
    m = dict(from_name="冉小川", addr="ranxiaochuan@pingxi-dm.com", date=d, subject="万州榨菜机 商机汇总（合同快到期）",
             host=host_of(rng, "exmail"))
    m["blocks"] = [
        "总部好：\n\n万州榨菜机汇总：\n合作商：重庆万州平湖数字营销有限公司\n客户：重庆万州榨菜加工机械有限公司\n"
        "服务期：12个月，截至2027年4月30日\n保底条数：200条，目前推了94条。\n\n"
        "分析：榨菜切丝机、脱盐池设备询盘还可以，成交2台；问榨菜成品批发的很多。\n建议：排除“榨菜批发”，增加“榨菜脱盐机”。\n"
        "续费：客户表示不续了，明年预算砍了。\n\n冉小川\n平湖数字"]
    eml = kit7.tencent(m, rng, wecom=True)
    return m, eml, dict(
        kind="summary", family="dates", client="WeCom / Tencent Exmail",
        fields=fields(partner="重庆万州平湖数字营销有限公司", client="重庆万州榨菜加工机械有限公司", quota=200, pushed_count=94,
                      service_start="2026-05-01", service_end="2027-04-30"),
        accept={"partner": ["平湖数字"], "client": ["万州榨菜机"]},
        renewal=False,
        source_text={"quota": ["保底条数：200条"], "pushed_count": ["推了94条"], "service_start": ["12个月", "截至2027年4月30日"],
                     "service_end": ["截至2027年4月30日"]},
        notes="WeCom / Exmail (UTF-8 base64); the period known by its length and its end ('12个月，截至2027年4月30日': the "
              "start is 2026-05-01); time trigger only (47 %, 74 % of the period); '2台' is a distractor; renewal "
              "declined.")


@entry
def D5():
    rng = R("D5")
    d = dt(2026, 12, 23, 11, 10, 0)
    m = dict(from_name="葛文涛", addr="gewentao@yingzhou-it.com", date=d, subject="颍泉面粉机 商机申诉 FY-1218-0350",
             host=host_of(rng, "own", "mail.yingzhou-it.com"), pc="GEWT-PC")
    m["blocks"] = [
        "总部您好：\n\n颍泉面粉机有一条商机申请不计入（上周客户出差，今天才整理好）：\n商机编号：FY-1218-0350\n"
        "推送时间：上周五下午15:40\n客户异议：同一天晚上9点55分\n"
        "理由：客户是做面粉机、磨粉机的，对方要买的是榨油机，产品对不上。\n\n合作商：阜阳颍州网络科技有限公司\n"
        "客户：阜阳颍泉面粉机械有限公司\n\n葛文涛\n颍州网络"]
    eml = kit14.outlook_express(m, rng)
    return m, eml, dict(
        kind="appeal", family="dates", client="Outlook Express 6 (Windows XP; approximated)",
        fields=fields(partner="阜阳颍州网络科技有限公司", client="阜阳颍泉面粉机械有限公司", lead_ids=["FY-1218-0350"],
                      pushed_at=iso(2026, 12, 18, 15, 40), objected_at=iso(2026, 12, 18, 21, 55), reason_code=5),
        accept={"partner": ["颍州网络"], "client": ["颍泉面粉机"]},
        source_text={"pushed_at": ["上周五下午15:40"], "objected_at": ["同一天晚上9点55分", "上周五下午15:40"],
                     "reason_code": ["产品对不上"]},
        notes="Outlook Express 6 (gb2312 base64 text + HTML); last week's Friday ('上周五' = 18 December, the mail is of "
              "Wednesday 23 December) with a redundant afternoon marker on a 24-hour clock ('下午15:40' = 15:40, not "
              "03:40 + 12) and '同一天晚上9点55分' - 6 h 15 min, inside 8 h; code 5 in words; no attachment.")


# ==========================================================================
# family: numbers and id shorthand (Xinxiang, Xingtai, Huaibei, Yichun, Kaili)
# ==========================================================================

@entry
def N1():
    rng = R("N1")
    d = dt(2027, 1, 7, 14, 0, 0)
    m = dict(from_name="乔春梅", addr="qiaochunmei@muye-net.com", date=d, subject="辉县起重机 商机汇总反馈",
             host=host_of(rng, "own", "mail.muye-net.com"))
    m["blocks"] = [
        "总部您好：\n\n辉县起重机汇总反馈如下：\n合作商：新乡牧野网络科技有限公司\n客户：新乡辉县起重机械有限公司\n"
        "服务期：2026年6月1日至2027年5月31日\n合同360条，按月推送情况：6月18条，7月31条，8月29条，9月33条，10月36条，11月34条，"
        "12月35条，合计216条。\n\n客户分析：桥式起重机、电动葫芦询盘精准，成交5台；也有问起重机租赁的。\n"
        "方案：排除“起重机租赁”“吊车出租”，增加“防爆电动葫芦”。\n续费：客户有续费意向。\n\n乔春梅\n牧野网络"]
    eml = kit14.foxmail_mac(m, rng)
    return m, eml, dict(
        kind="summary", family="numbers", client="Foxmail for Mac 1.5 (UTF-8; approximated)",
        fields=fields(partner="新乡牧野网络科技有限公司", client="新乡辉县起重机械有限公司", quota=360, pushed_count=216,
                      service_start="2026-06-01", service_end="2027-05-31"),
        accept={"partner": ["牧野网络"], "client": ["辉县起重机"]},
        renewal=True,
        source_text={"quota": ["合同360条"], "pushed_count": ["合计216条"], "service_start": ["2026年6月1日"],
                     "service_end": ["2027年5月31日"]},
        notes="Foxmail for Mac (UTF-8 base64 text + QP HTML); the pushed count only as the total of a month-by-month list "
              "('合计216条'; the monthly counts are no totals); exactly 60 % of the quota (216 / 360: lead_60) and 60 % "
              "of the period; '5台' is a distractor; renewal intended.")


@entry
def N2():
    rng = R("N2")
    d = dt(2026, 12, 29, 16, 20, 0)
    ids = ["XT-2612-0602", "XT-2612-0603", "XT-2612-0605", "XT-2612-0608", "XT-2612-0611", "XT-2612-0613", "XT-2612-0614",
           "XT-2612-0617", "XT-2612-0620", "XT-2612-0624"]
    shown = [x if k % 2 == 0 else x.translate(str.maketrans("XT-0123456789", "ＸＴ－０１２３４５６７８９")) for k, x in enumerate(ids)]
    v = ["准", "准，轴承套圈", "不准，要买轴承", "准", "准，问磨床", "不准，五金店", "准", "准，超精机", "不准，回收废轴承", "准"]
    m = dict(from_name="齐振国", addr="qizhenguo@niuerwan-net.com", date=d, subject="临西轴承设备 商机调整反馈",
             host=host_of(rng, "sina"))
    m["blocks"] = [
        "总部好：\n\n临西轴承设备这一批一共十个商机，编号是从对账PDF里复制的（有几个是全角）：\n"
        + "；".join(shown) + "\n反馈依次为：" + "；".join(v) + "。\n"
        "调整：新增“轴承套圈磨床”“超精研机”，删除“轴承”；不做：轴承成品、废旧回收；推广对象：轴承厂、汽配厂。\n\n"
        "合作商：邢台牛尾河网络科技有限公司\n客户：邢台临西轴承设备有限公司\n齐振国"]
    eml = kit9.sina(m, rng)
    return m, eml, dict(
        kind="adjustment", family="numbers", client="Sina webmail (approximated)",
        fields=fields(partner="邢台牛尾河网络科技有限公司", client="邢台临西轴承设备有限公司", lead_ids=ids, lead_count=10),
        accept={"client": ["临西轴承设备"]},
        extra={"keywords_add": ["轴承套圈磨床", "超精研机"], "keywords_remove": ["轴承"], "excluded_products": ["轴承成品", "废旧回收"],
               "audience": ["轴承厂", "汽配厂"]},
        source_text={"lead_count": ["一共十个商机"]},
        notes="Sina webmail (GBK base64 text + HTML); ten ids on one line joined by full-width semicolons, every second "
              "one in full-width letters, digits and dash ('ＸＴ－２６１２－０６０３', NFKC XT-2612-0603); the verdicts "
              "follow in the same order; the count '一共十个商机'.")


@entry
def N3():
    rng = R("N3")
    d = dt(2026, 12, 28, 18, 0, 0)
    m = dict(from_name="任晓东", addr="renxiaodong@xiangshan-dt.com", date=d, subject="濉溪激光切割机 商机申诉",
             host=host_of(rng, "exmail"))
    m["blocks"] = [
        "总部您好：\n\n濉溪激光切割机这条询盘申请不计入：\n询盘编号：202612280417\n推送：12-28 09:12\n客户反馈：12-28 15:47\n"
        "原因：客户做的是光纤激光切割机，对方要买的是颚式粉碎机，属于判定标准里的最后一条。\n\n"
        "合作商：淮北相山数字科技有限公司\n客户：淮北濉溪激光设备有限公司\n任晓东 0561-3082297"]
    eml = kit7.tencent(m, rng, wecom=True)
    return m, eml, dict(
        kind="appeal", family="numbers", client="WeCom / Tencent Exmail",
        fields=fields(partner="淮北相山数字科技有限公司", client="淮北濉溪激光设备有限公司", lead_ids=["202612280417"],
                      pushed_at=iso(2026, 12, 28, 9, 12), objected_at=iso(2026, 12, 28, 15, 47), reason_code=5),
        accept={"client": ["濉溪激光切割机"]},
        source_text={"pushed_at": ["12-28 09:12"], "objected_at": ["12-28 15:47"], "reason_code": ["判定标准里的最后一条"]},
        notes="WeCom / Exmail (UTF-8 base64); a twelve-digit numeric id that looks like a date and a time "
              "('202612280417' after '询盘编号：' is the id, not 28 December 04:17); year-less month-day times with a dash "
              "('12-28 09:12', '12-28 15:47') - 6 h 35 min, inside 8 h; the criterion as 'the last one' ('判定标准里的"
              "最后一条' = 5, the seed's laser / crusher example); no attachment; the phone number is a distractor.")


@entry
def N4():
    rng = R("N4")
    d = dt(2027, 1, 6, 11, 0, 0)
    ids = ["YC-2612-0081", "YC-2612-0082", "YC-2612-0083", "YC-2612-0091", "YC-2612-0092"]
    m = dict(from_name="曲桂芝", addr="quguizhi@tieli-net.com", date=d, subject="铁力木工机械 5条商机反馈",
             host=host_of(rng, "own", "mail.tieli-net.com"))
    m["blocks"] = [
        "总部您好：\n\n铁力木工机械这5条：YC-2612-0081～83、0091～92。\n"
        "其中0081、0083、0092准确（问的都是多片锯、四面刨）；0082是买板材的；0091是林场招工。\n"
        "调整：新增关键词“多片锯”“四面刨床”，删除“木材”；不做：板材销售、林场劳务；推广对象：木业加工厂、家具厂。\n\n"
        "合作商：伊春铁力网络科技有限公司\n客户：伊春铁力木工机械有限公司\n曲桂芝"]
    eml = k9(m, rng)
    return m, eml, dict(
        kind="adjustment", family="numbers", client="K-9 Mail for Android (approximated)",
        fields=fields(partner="伊春铁力网络科技有限公司", client="伊春铁力木工机械有限公司", lead_ids=ids, lead_count=5),
        accept={"client": ["铁力木工机械"]},
        extra={"keywords_add": ["多片锯", "四面刨床"], "keywords_remove": ["木材"], "excluded_products": ["板材销售", "林场劳务"],
               "audience": ["木业加工厂", "家具厂"]},
        source_text={"lead_ids": ["YC-2612-0081～83、0091～92"], "lead_count": ["这5条"]},
        notes="K-9 Mail (UTF-8 quoted-printable text + HTML); the ids as two ranges with full-width tildes and short "
              "tails, the second range's prefix taken from the first ('YC-2612-0081～83、0091～92' = 0081, 0082, 0083, "
              "0091, 0092); the verdicts name bare tails again (no new ids); the count '这5条'.")


@entry
def N5():
    rng = R("N5")
    d = dt(2026, 12, 31, 10, 25, 0)
    ids = [f"KL-2612-{k:04d}" for k in (711, 712, 716, 717, 720, 723, 725, 728, 730, 731)]
    v = ["准", "准", "不准", "准", "准", "不准", "准", "准", "不准", "准"]
    c = ["问银饰压片机", "", "要买银饰", "蜡镶机", "", "个人", "抛光机报价", "", "招学徒", "铸造机"]
    rows = "\n".join(f"| {ids[k]} | {v[k]} | {c[k]} |" for k in range(10))
    m = dict(from_name="杨秀英", addr="yangxiuying_kl@163.com", date=d, subject="雷山银饰机 这10条的反馈",
             host=host_of(rng, "163"))
    m["blocks"] = [
        "总部您好：\n\n雷山银饰机这10条的反馈（从微信群里复制出来的表格）：\n| 编号 | 准/不准 | 备注 |\n|---|---|---|\n" + rows
        + "\n\n准确率7/10。调整：新增“银饰压片机”“蜡镶机”，删除“银饰”；不做：银饰成品、首饰培训；推广对象：银饰加工坊、首饰厂。\n\n"
        "合作商：凯里苗岭网络科技有限公司\n客户：黔东南雷山银饰机械有限公司\n杨秀英"]
    eml = kit7.coremail(m, rng, "163")
    return m, eml, dict(
        kind="adjustment", family="numbers", client="163 webmail (Coremail)",
        fields=fields(partner="凯里苗岭网络科技有限公司", client="黔东南雷山银饰机械有限公司", lead_ids=ids, lead_count=10),
        accept={"client": ["雷山银饰机"]},
        extra={"keywords_add": ["银饰压片机", "蜡镶机"], "keywords_remove": ["银饰"], "excluded_products": ["银饰成品", "首饰培训"],
               "audience": ["银饰加工坊", "首饰厂"]},
        source_text={"lead_count": ["这10条"]},
        notes="163 webmail (GBK base64 text + HTML); ten ids in a plain-text pipe table copied from a chat app "
              "('| KL-2612-0711 | 准 | … |'); '准确率7/10' is no count; the count '这10条'.")


# ==========================================================================
# family: filled forms (.docx / .xlsx)
# ==========================================================================

@entry
def F1():
    rng = R("F1")
    d = dt(2026, 12, 22, 15, 10, 0)
    grid = [["合作商", "@@0@@"], ["付费客户", "@@1@@"], ["商机编号", "@@2@@"], ["推送时间", "@@3@@"], ["客户异议时间", "@@4@@"],
            ["判定标准（勾选）", "@@5@@"], ["情况说明", "@@6@@"]]
    boxes = []
    for k, lab in enumerate(["同行骚扰", "微信加不上", "留错电话", "行业不符", "产品不一致"], 1):
        boxes += [("box", k == 3, f"Check{k}"), ("t", f"{k} {lab}  ")]
    rich = [[("ff", "濮阳龙都网络科技有限公司", "Text1")], [("ff", "濮阳范县石化阀门有限公司", "Text2")],
            [("ff", "PY-1222-0158", "Text3")], [("ff", "2026年12月22日 9:25", "Text4")], [("ff", "2026年12月22日 13:40", "Text5")],
            boxes, [("ff", "对方留的手机号是空号，客户打了三次都提示不存在。", "Text6")]]
    form = docx15("许明亮", "2026-12-22T06:50:00Z", "商机申诉书", grid, rich,
                  paras_after=["（本表为受保护的窗体，请在灰色域内填写）"])
    m = dict(from_name="许明亮", addr="xumingliang@longdu-net.com", date=d, subject="范县阀门 商机申诉书",
             host=host_of(rng, "own", "mail.longdu-net.com"))
    m["blocks"] = ["总部好，\n\n范县阀门的申诉书在附件（用的老版窗体模板），拨号截图一并附上。\n\n许明亮\n龙都网络"]
    m["atts"] = [Att("范县阀门申诉书.docx", CT_DOCX, form, CT_DOCX),
                 Att("拨号截图.png", "image/png", png(rng, rows=3, style="list"), "image/png")]
    eml = kit7.foxmail(m, rng, "GBK")
    return m, eml, dict(
        kind="appeal", family="forms", client="Foxmail 7.2",
        fields=fields(partner="濮阳龙都网络科技有限公司", client="濮阳范县石化阀门有限公司", lead_ids=["PY-1222-0158"],
                      pushed_at=iso(2026, 12, 22, 9, 25), objected_at=iso(2026, 12, 22, 13, 40), reason_code=3),
        accept={"partner": ["龙都网络"], "client": ["范县阀门"]},
        source_text={"pushed_at": ["2026年12月22日 9:25"], "objected_at": ["2026年12月22日 13:40"], "reason_code": ["空号"]},
        notes="Foxmail (GBK declared) with a protected Word form filled in legacy form fields (FORMTEXT fields: w:fldChar / "
              "w:instrText / w:ffData, the values between 'separate' and 'end') and legacy FORMCHECKBOX boxes (the third, "
              "留错电话, checked by w:default; no box glyph in the text) - the description agrees ('空号'); 4 h 15 min, "
              "inside 8 h; code 3; PNG screenshot.")


@entry
def F2():
    rng = R("F2")
    d = dt(2026, 12, 24, 17, 30, 0)
    opts = ["1 同行恶意骚扰", "2 微信加不上", "3 留错电话/不对口企业", "4 行业不符", "5 产品不一致"]
    grid = [["合作商", "廊坊安次网络科技有限公司"], ["客户", "廊坊霸州钢木家具机械有限公司"], ["商机编号", "LF-1224-0086"],
            ["推送时间", "@@0@@"], ["异议时间", "@@1@@"], ["判定标准", "@@2@@"],
            ["情况说明", "需求者留的电话是一家家具零售门店的座机，店里说没人询过价，属于不对口企业。"]]
    rich = [[("date", "2026年12月24日", "2026-12-24"), ("t", " 10:35")], [("date", "2026年12月24日", "2026-12-24"), ("t", " 16:50")],
            [("dd", opts[2], opts)]]
    form = docx15("边晓静", "2026-12-24T09:10:00Z", "商机申诉书", grid, rich, paras_before=["（日期用日期选择器，判定标准用下拉框）"])
    m = dict(from_name="边晓静", addr="bianxiaojing@anci-net.com", date=d, subject="霸州钢木家具机 申诉书（附截图）",
             host=host_of(rng, "own", "mail.anci-net.com"))
    m["blocks"] = ["总部您好：\n\n霸州钢木家具机的申诉书和聊天截图见附件，请审核。\n\n边晓静\n安次网络"]
    m["atts"] = [Att("申诉书（霸州钢木家具机）.docx", CT_DOCX, form, CT_DOCX),
                 Att("聊天截图.jpg", "image/jpeg", jpg(rng, rows=6), "image/jpeg")]
    eml = zimbra(m, rng)
    return m, eml, dict(
        kind="appeal", family="forms", client="Zimbra web client 9 (approximated)",
        fields=fields(partner="廊坊安次网络科技有限公司", client="廊坊霸州钢木家具机械有限公司", lead_ids=["LF-1224-0086"],
                      pushed_at=iso(2026, 12, 24, 10, 35), objected_at=iso(2026, 12, 24, 16, 50), reason_code=3),
        accept={"partner": ["安次网络"], "client": ["霸州钢木家具机"]},
        source_text={"pushed_at": ["2026年12月24日 10:35"], "objected_at": ["2026年12月24日 16:50"], "reason_code": ["留错电话/不对口企业"]},
        notes="Zimbra web client (UTF-8 quoted-printable) with a Word form whose dates are date-picker content controls "
              "(w:date with w:fullDate, shown '2026年12月24日') followed by the typed clock ('10:35', '16:50') - 6 h 15 min, "
              "inside 8 h; the criterion a drop-down content control (w:dropDownList) showing '3 留错电话/不对口企业' (its "
              "other items are no values); code 3; JPEG screenshot.")


@entry
def F3():
    rng = R("F3")
    d = dt(2027, 1, 5, 14, 45, 0)
    ids = [f"HA-2612-{k:04d}" for k in (401, 402, 405, 409, 410, 413, 416, 418, 421, 424)]
    mark = ["√", "√", "×", "√", "×", "√", "√", "×", "√", "√"]
    note = ["问稻米抛光机", "", "要买大米", "色选机报价", "粮站招工", "", "碾米机", "个人", "", "烘干机配件"]
    guide = {"A1": "填写说明", "A3": "1. 请在“反馈明细”表中填写，每行一条商机。", "A4": "2. 编号格式如 HA-YYMM-NNNN；是否精准填 √ 或 ×。",
             "A5": "3. 调整建议写在明细表下方。"}
    cells = {"A1": "商机反馈明细", "A2": "合作商", "B2": "淮安清江浦网络科技有限公司", "A3": "客户", "B3": "淮安盱眙粮食机械有限公司",
             "A5": "商机编号", "B5": "是否精准", "C5": "备注"}
    for i, x in enumerate(ids):
        cells[f"A{i + 6}"], cells[f"B{i + 6}"] = x, mark[i]
        if note[i]:
            cells[f"C{i + 6}"] = note[i]
    cells.update({"A17": "合计", "B17": "10条", "A18": "新增关键词", "B18": "稻米抛光机、大米色选机", "A19": "删除关键词", "B19": "大米",
                  "A20": "不做产品", "B20": "大米销售、粮食收购", "A21": "推广对象", "B21": "米厂、粮库"})
    book = xlsx15("韦海燕", "2027-01-05T06:20:00Z", [("填写说明", guide, [], {"A": 60}, {}),
                                                  ("反馈明细", cells, ["A1:C1"], {"A": 16, "B": 10, "C": 18}, {})])
    m = dict(from_name="韦海燕", addr="weihaiyan@qjp-net.com", date=d, subject="盱眙粮机 商机反馈表",
             host=host_of(rng, "own", "mail.qjp-net.com"), pc="WEIHY-NB")
    m["blocks"] = ["总部您好：\n\n盱眙粮机这一批的反馈表见附件（第二个工作表）。\n\n韦海燕"]
    m["atts"] = [Att("盱眙粮机商机反馈.xlsx", "application/vnd.ms-excel", book, CT_XLSX)]
    eml = mailbird(m, rng)
    return m, eml, dict(
        kind="adjustment", family="forms", client="Mailbird 3 (Windows; approximated)",
        fields=fields(partner="淮安清江浦网络科技有限公司", client="淮安盱眙粮食机械有限公司", lead_ids=ids, lead_count=10),
        accept={"client": ["盱眙粮机"]},
        extra={"keywords_add": ["稻米抛光机", "大米色选机"], "keywords_remove": ["大米"], "excluded_products": ["大米销售", "粮食收购"],
               "audience": ["米厂", "粮库"]},
        source_text={"lead_count": ["合计 10条"]},
        notes="Mailbird (RFC 2231 file name only) with an .xlsx declared application/vnd.ms-excel (the old Excel type for "
              "a new workbook); the first sheet is the instructions (its 'HA-YYMM-NNNN' is a pattern, not an id), the "
              "ten ids, the √ / × verdicts, partner, client and proposals are on the second; the count '合计 10条'.")


@entry
def F4():
    rng = R("F4")
    d = dt(2027, 1, 8, 16, 5, 0)
    cells = {"A1": "商机汇总反馈（惠民绳网机）", "A3": "合作商", "B3": "滨州渤海湾网络科技有限公司", "A4": "客户",
             "B4": "滨州惠民绳网机械有限公司", "A5": "服务开始", "B5": date(2026, 4, 15), "A6": "服务结束", "B6": date(2027, 4, 14),
             "A7": "合同条数", "B7": 300, "A8": "已推送", "B8": 171, "A9": "客户分析",
             "B9": "编织机、捻线机询盘精准，成交4台；部分询盘要买成品渔网。", "A10": "建议", "B10": "排除“渔网批发”，增加“经编网机”。",
             "A11": "续费意向", "B11": "续费（客户已口头确认）"}
    book = xlsx15("高振华", "2027-01-08T07:40:00Z", [("汇总", cells, ["A1:B1"], {"A": 12, "B": 46}, {})], epoch1904=True)
    m = dict(from_name="高振华", addr="gaozhenhua@bohaiwan-net.com", date=d, subject="惠民绳网机 商机汇总反馈",
             host=host_of(rng, "own", "mail.bohaiwan-net.com"), mac="gaozhenhuas-iMac.local")
    m["blocks"] = ["总部您好：\n\n惠民绳网机的汇总反馈表见附件（Mac上的Excel做的）。\n\n高振华\n渤海湾网络"]
    m["atts"] = [Att("惠民绳网机汇总反馈.xlsx", CT_XLSX, book, CT_XLSX)]
    eml = airmail(m, rng)
    return m, eml, dict(
        kind="summary", family="forms", client="Airmail 5 (macOS; approximated)",
        fields=fields(partner="滨州渤海湾网络科技有限公司", client="滨州惠民绳网机械有限公司", quota=300, pushed_count=171,
                      service_start="2026-04-15", service_end="2027-04-14"),
        accept={"partner": ["渤海湾网络"], "client": ["惠民绳网机"]},
        renewal=True,
        source_text={"quota": ["合同条数 300"], "pushed_count": ["已推送 171"], "service_start": ["2026-04-15"],
                     "service_end": ["2027-04-14"]},
        notes="Airmail with an .xlsx saved in the 1904 date system (workbookPr date1904: the serials of the date cells "
              "count from 1904-01-01, so the same numbers read in the 1900 system would be four years off); time "
              "trigger only (57 % of the quota, 73 % of the period); '4台' is a distractor; renewal intended.")


@entry
def F5():
    rng = R("F5")
    d = dt(2026, 12, 29, 15, 50, 0)
    heads = ["合作商", "客户", "商机编号", "推送日期", "推送时刻", "异议日期", "异议时刻", "判定标准序号", "情况说明"]
    vals = ["百色右江网络科技有限公司", "百色田阳芒果加工机械有限公司", "BS-1229-0094", date(2026, 12, 29), time(9, 40),
            date(2026, 12, 29), time(13, 5), 4, "客户做芒果分选机、清洗机，对方是做室内装修的，要找人刷墙，行业不符。"]
    cells = {"A1": "商机申诉表（横排）"}
    for k, (h, v) in enumerate(zip(heads, vals, strict=True)):
        col = "ABCDEFGHI"[k]
        cells[f"{col}3"], cells[f"{col}4"] = h, v
    fmts = {"D4": 'yyyy"年"m"月"d"日"', "F4": 'yyyy"年"m"月"d"日"', "E4": "hh:mm", "G4": "hh:mm"}
    book = xlsx15("黄秋菊", "2026-12-29T07:30:00Z", [("申诉", cells, ["A1:I1"], {"A": 22, "B": 24, "I": 40}, fmts)])
    m = dict(from_name="黄秋菊", addr="huangqiuju@youjiang-net.com", date=d, subject="田阳芒果机 商机申诉表",
             host=host_of(rng, "own", "mail.youjiang-net.com"))
    m["blocks"] = ["总部您好：\n附件是田阳芒果机的申诉表，请审核。\n黄秋菊\n右江网络"]
    m["atts"] = [Att("田阳芒果机申诉表.xlsx", "application/vnd.ms-excel", book, CT_XLSX)]
    eml = tom(m, rng)
    return m, eml, dict(
        kind="appeal", family="forms", client="TOM webmail (approximated)",
        fields=fields(partner="百色右江网络科技有限公司", client="百色田阳芒果加工机械有限公司", lead_ids=["BS-1229-0094"],
                      pushed_at=iso(2026, 12, 29, 9, 40), objected_at=iso(2026, 12, 29, 13, 5), reason_code=4),
        accept={"partner": ["右江网络"], "client": ["田阳芒果机"]},
        source_text={"pushed_at": ["2026-12-29 09:40:00"], "objected_at": ["2026-12-29 13:05:00"], "reason_code": ["行业不符"]},
        notes="TOM webmail (GBK base64, GBK B-word file name) with a horizontal .xlsx declared application/vnd.ms-excel "
              "whose dates and clock times are separate cells (a date cell shown '2026年12月29日' and a time cell shown "
              "'09:40'; push = date + time) - 3 h 25 min, inside 8 h; the criterion as a bare number under "
              "'判定标准序号' (4), the description agrees ('行业不符'); no evidence needed.")


# ==========================================================================
# family: mail that is none of the three requests
# ==========================================================================

@entry
def U1():
    rng = R("U1")
    d = dt(2026, 12, 30, 9, 50, 0)
    m = dict(from_name="邵红霞", addr="shaohongxia@shuiyan-net.com", date=d, subject="请教：元旦放假期间推送的商机怎么算8小时？",
             host=host_of(rng, "own", "mail.shuiyan-net.com"))
    m["blocks"] = ["总部老师好：\n\n元旦快到了，想提前问一下：1月1日到1月3日放假期间推送的商机，客户如果有异议，8小时是按自然时间算，"
                   "还是从1月4日上班开始算？另外放假期间提交的申诉，48个工作小时是不是节后才开始计？\n"
                   "目前没有要申诉的商机，先把规则问清楚，好跟客户解释。\n\n邵红霞\n周口水岩网络科技有限公司"]
    eml = zimbra(m, rng)
    return m, eml, dict(
        kind="unknown", family="non_request", topic="question", client="Zimbra web client 9 (approximated)",
        fields=fields(), accept={}, source_text={},
        notes="Zimbra web client: a known partner asks how the 8-hour window and the 48 working hours run over the New "
              "Year holiday; no lead is appealed - unknown (question); the dates, '8小时' and '48个工作小时' are no fields.")


@entry
def U2():
    rng = R("U2")
    d = dt(2026, 12, 21, 10, 30, 0)
    form = kit11_docx("刘春燕", "2026-12-21T02:00:00Z", "关键词确认函",
                      ["客户名称：信阳毛尖茶叶机械有限公司", "合同条数：240条", "服务期：2027年1月1日至2027年12月31日",
                       "推广关键词：杀青机、揉捻机、茶叶烘干机、理条机", "不做产品：茶叶成品、茶具",
                       "目标客户：茶厂、茶叶合作社", "以上关键词经客户书面确认。客户签字：________  日期：2026年12月18日"])
    m = dict(from_name="刘春燕", addr="liuchunyan@shihe-net.com", date=d, subject="新客户关键词确认函（毛尖茶机），请安排上线",
             host=host_of(rng, "qq"))
    m["blocks"] = ["总部您好：\n\n新签客户信阳毛尖茶叶机械有限公司的关键词确认函见附件（客户已签字），麻烦安排1月1日开始推广。\n\n"
                   "刘春燕\n信阳浉河网络科技有限公司"]
    m["atts"] = [Att("关键词确认函-毛尖茶机.docx", "application/octet-stream", form, CT_DOCX)]
    eml = kit7.tencent(m, rng)
    return m, eml, dict(
        kind="unknown", family="non_request", topic="onboarding", client="QQ Mail",
        fields=fields(), accept={}, source_text={},
        notes="QQ Mail (gb18030) with a signed keyword confirmation letter (.docx declared application/octet-stream: "
              "quota, period, keywords, excluded products) asking HQ to start a new client's promotion - unknown "
              "(onboarding), not an adjustment (no pushed leads are fed back) nor a summary; no fields.")


@entry
def U3():
    rng = R("U3")
    d = dt(2027, 1, 6, 14, 20, 0)
    m = dict(from_name="晏丽君", addr="yanlijun@xianan-dm.com", date=d, subject="申请2026年度对账单及更改发票邮寄地址",
             host=host_of(rng, "own", "mail.xianan-dm.com"))
    m["blocks"] = ["财务老师您好：\n\n年底结账需要，麻烦提供我司2026年度的服务费对账单（1-12月，合计约人民币86,400元）。\n"
                   "另外我司已搬迁，纸质发票请改寄：咸宁市咸安区温泉路118号创业大厦9楼，收件人晏丽君，电话0715-8261193。\n\n"
                   "晏丽君\n咸宁咸安数字营销有限公司 财务部"]
    eml = k9(m, rng)
    return m, eml, dict(
        kind="unknown", family="non_request", topic="invoice", client="K-9 Mail for Android (approximated)",
        fields=fields(), accept={}, source_text={},
        notes="K-9 Mail: a year-end statement request and a new postal address for paper invoices - unknown (invoice); "
              "the amount, the address and the phone number are no fields.")


@entry
def U4():
    rng = R("U4")
    d = dt(2026, 12, 28, 11, 0, 0)
    m = dict(from_name="郝志刚", addr="haozhigang@lishi-net.com", date=d, subject="会议通知：吕梁区域2026年度合作商总结会",
             host=host_of(rng, "own", "mail.lishi-net.com"))
    m["blocks"] = ["总部各位领导：\n\n兹定于2027年1月15日（周五）上午9:30在吕梁离石区迎宾路国际酒店三楼会议室召开区域年度总结会，"
                   "会期半天。\n议程：1. 2026年各客户商机推送情况通报（共11家客户）；2. 交城铸件机等3家客户的续费沟通；3. 2027年推广计划。\n"
                   "请总部派1-2位老师参会，回复参会人员名单即可。\n\n郝志刚\n吕梁离石网络科技有限公司"]
    eml = outlook_android(m, rng, "zh-CN")
    return m, eml, dict(
        kind="unknown", family="non_request", topic="meeting", client="Outlook for Android (zh-CN; approximated)",
        fields=fields(), accept={}, source_text={},
        notes="Outlook for Android (the Date in UTC): an invitation to a regional year-end meeting - unknown (meeting); "
              "the date and time, '11家', '3家' and the client named in the agenda are no fields.")


@entry
def U5():
    rng = R("U5")
    d = dt(2026, 12, 23, 9, 15, 0)
    m = dict(from_name="窦建新", addr="doujianxin@baiyin-dt.com", date=d, subject="申请：后台新增子账号并重置密码",
             host=host_of(rng, "aliyun"))
    m["blocks"] = ["总部您好：\n\n我司客服同事离职，麻烦：\n1. 停用子账号 by_kefu02；\n2. 新增子账号给新同事孙悦（sunyue@baiyin-dt.com，"
                   "手机13893051172）；\n3. 主账号密码连续输错5次被锁，麻烦重置。\n\n窦建新\n白银铜城数字科技有限公司"]
    eml = kit7.alimail(m, rng)
    return m, eml, dict(
        kind="unknown", family="non_request", topic="account", client="Alibaba enterprise mailbox (web; approximated)",
        fields=fields(), accept={}, source_text={},
        notes="Alibaba enterprise mailbox: a partner asks to close and open back-office sub-accounts and to reset a "
              "locked password - unknown (account); the account names, the address, the mobile number and '5次' are no "
              "fields.")


@entry
def U6():
    rng = R("U6")
    d = dt(2027, 1, 7, 17, 40, 0)
    m = dict(from_name="阿西木呷", addr="axi.muga@qionghai-net.com", date=d, subject="投诉：总部客服热线连续三天打不通",
             host=host_of(rng, "own", "mail.qionghai-net.com"))
    m["blocks"] = ["总部：\n\n本周一到周三，我们打总部客服热线一直是忙音或者无人接听，在线客服也只回复“请发邮件”。客户催着要推送报告，"
                   "我们夹在中间很被动。请总部重视，给个能打通的联系方式，并说明原因。\n\n阿西木呷\n西昌邛海网络科技有限公司"]
    eml = kit14.dingtalk_mail(m, rng)
    return m, eml, dict(
        kind="unknown", family="non_request", topic="complaint", client="DingTalk mail (approximated)",
        fields=fields(), accept={}, source_text={},
        notes="DingTalk mail: a complaint that HQ's hotline could not be reached for three days - unknown (complaint); "
              "no lead, no fields.")


@entry
def U7():
    rng = R("U7")
    d = dt(2026, 12, 24, 8, 20, 0)
    m = dict(from_name="满洲里中俄通商务", addr="market@zhongetong-trade.cn", date=d, subject="中俄跨境设备出口 一站式报关服务（限时优惠）",
             host=("edm.zhongetong-trade.cn", "47.104.33.18"))
    m["html"] = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"></head><body>'
                 '<h3>中俄跨境设备出口 一站式服务</h3><p>满洲里口岸报关、俄文说明书翻译、EAC认证代办，3-5个工作日出证。</p>'
                 '<p>2027年1月31日前签约，报关费8.5折，首单立减800元；已服务机械企业1200余家。</p>'
                 '<p>咨询：王经理 15847096637 / market@zhongetong-trade.cn</p><p>退订请回复TD</p></body></html>')
    eml = kit7.html_only(m, rng, "gbk", "base64", "EDM-Pro 3.1 (approximated)", "plain")
    return m, eml, dict(
        kind="unknown", family="non_request", topic="pitch", client="EDM sender (HTML only, GBK base64; approximated)",
        fields=fields(), accept={}, source_text={},
        notes="A cross-border customs service pitch sent as one GBK base64 text/html part from a stranger - unknown "
              "(pitch); the dates, discounts, '1200余家' and the phone number are no fields.")


@entry
def U8():
    rng = R("U8")
    d = dt(2026, 12, 31, 17, 0, 0)
    m = dict(from_name="钟美玲", addr="zhongmeiling@beibuwan-net.com", date=d, subject="新年快乐！",
             host=host_of(rng, "own", "mail.beibuwan-net.com"))
    m["blocks"] = ["总部各位老师：\n\n感谢2026年的支持！防城港北部湾网络全体同事祝大家新年快乐、万事顺意。附上一张我们的新年贺卡。\n\n"
                   "钟美玲\n防城港北部湾网络科技有限公司"]
    m["atts"] = [Att("新年贺卡.gif", "image/gif", kit8.gif_card(rng), "image/gif")]
    eml = kit7.gmail(m, rng)
    return m, eml, dict(
        kind="unknown", family="non_request", topic="other", client="Gmail (Google Workspace)",
        fields=fields(), accept={}, source_text={},
        notes="Gmail: a New Year greeting with a GIF card (role screenshot by its file type) - unknown (other); no fields.")


def kit11_docx(author, when, title, lines):
    """blind11's Word document of plain paragraphs."""
    return kit12.kit11.docx_paras(author, when, title, lines)


# ==========================================================================
# family: replies in a thread that correct one field
# ==========================================================================

@entry
def R1():
    rng = R("R1")
    d = dt(2026, 12, 22, 16, 0, 0)
    m = dict(from_name="牛建军", addr="niujianjun_qb@126.com", date=d, subject="回复: DOR#SS-2026-001512 商机申诉已受理",
             host=host_of(rng, "126"))
    m["irt"] = "<ack.SS-2026-001512@ptg139.com>"
    m["refs"] = ["<ack.SS-2026-001512@ptg139.com>"]
    qhead = "在 2026-12-22 10:41:07，\"总部商机服务\" <dor@ptg139.com> 写道："
    qbody = hq_text("SS-2026-001512", "商机申诉", ["商机编号：HB2612-0177", "推送时间：2026-12-21 11:40"])
    m["blocks"] = ["总部：\n\n推送时间我抄错了，后台显示是12月21日上午11:04，不是11:40。别的不变。\n\n牛建军\n",
                   Quote("\n" + qhead + "\n" + qbody, qhead, qbody)]
    eml = kit7.coremail(m, rng, "126")
    return m, eml, dict(
        kind="reply", family="thread", client="126 webmail (Coremail)",
        fields=fields(pushed_at=iso(2026, 12, 21, 11, 4)), accept={}, source_text={"pushed_at": ["12月21日上午11:04"]},
        notes="126 webmail '回复:' with the tag written bare (no brackets: 'DOR#SS-2026-001512') and In-Reply-To / "
              "References; the new text corrects the push time (11:04 - '11:40' is the old value, also in the quoted "
              "HQ text, which is ignored).")


@entry
def R2():
    rng = R("R2")
    d = dt(2026, 12, 23, 9, 40, 0)
    m = dict(from_name="Kevin Bo", addr="kevin.bo@hekou-datalink.com", date=d,
             subject="Re: Lead summary / renewal - Kenli Petroleum Equipment", host=host_of(rng, "own", "mail.hekou-datalink.com"),
             pc="KEVIN-LAPTOP")
    own = "<4F1C2A9B.77E0@KEVIN-LAPTOP>"
    m["irt"] = own
    m["refs"] = ["<ack.SS-2026-001514@ptg139.com>", own]
    qhead = "On 22/12/2026 14:10, Kevin Bo wrote:"
    qbody = "Contract: 1 Apr 2026 – 31 Mar 2027, 260 guaranteed leads\nLeads delivered: 170 of the 260 guaranteed"
    m["blocks"] = ["Hi again,\n\nSorry, one correction to my summary below: the contract guarantees 280 leads (the 260 was last "
                   "year's package). Everything else stands.\n\nKevin\n", Quote("\n" + qhead + "\n" + quote_gt(qbody), qhead, qbody)]
    eml = mailbird(m, rng)
    return m, eml, dict(
        kind="reply", family="thread", client="Mailbird 3 (Windows; approximated)",
        fields=fields(quota=280), accept={}, source_text={"quota": ["guarantees 280 leads"]},
        notes="Mailbird 'Re:' on the partner's own subject, In-Reply-To the partner's own earlier message; only "
              "References also holds HQ's acknowledgement (thread_case_ref from it), which makes it a reply; the new "
              "text corrects the quota (280; '260' is the old value and the quoted summary is not new data).")


@entry
def R3():
    rng = R("R3")
    d = dt(2026, 12, 31, 18, 30, 0)
    m = dict(from_name="羅家豪", addr="kaho.law@wuifung-net.com.hk", date=d, subject="回覆：【DOR#SS-2026-001515】商機申訴已受理",
             host=host_of(rng, "m365"))
    m["irt"] = "<ack.SS-2026-001515@ptg139.com>"
    m["refs"] = ["<ack.SS-2026-001515@ptg139.com>"]
    qhead = "寄件者: 總部商機服務 <dor@ptg139.com>\n寄件日期: 2026年12月31日 下午 04:32\n主旨: [DOR#SS-2026-001515] 商機申訴已受理"
    qbody = hq_text("SS-2026-001515", "商機申訴", ["異議時間：2026-12-31 13:30"])
    m["blocks"] = ["總部你好，\n\n更正：客人其實係今日下晝三點十分先覆我，唔係一點半，我之前睇錯咗WhatsApp嘅時間。其他資料唔變。\n\n羅家豪\n",
                   Quote("\n" + qhead + "\n\n" + qbody, qhead, qbody)]
    eml = outlook_android(m, rng, "zh-HK")
    return m, eml, dict(
        kind="reply", family="thread", client="Outlook for Android (zh-HK; approximated)",
        fields=fields(objected_at=iso(2026, 12, 31, 15, 10)), accept={}, source_text={"objected_at": ["今日下晝三點十分"]},
        notes="Outlook for Android (the Date in UTC: 10:30 UTC is 18:30 in Hong Kong, the same day) '回覆：' with the 【】 "
              "tag and In-Reply-To / References; Cantonese; the new text corrects the objection time ('今日下晝三點十分' = "
              "31 December 15:10; '一點半' and the quoted HQ time are the old value).")


@entry
def R4():
    rng = R("R4")
    d = dt(2027, 1, 5, 11, 20, 0)
    m = dict(from_name="李娜", addr="lina.suiyang@hotmail.com", date=d, subject="RE: RE: 商机申诉需补充录音 (DOR#SS-2026-001518)",
             host=host_of(rng, "m365"))
    m["irt"] = "<needinfo.SS-2026-001518@ptg139.com>"
    m["refs"] = ["<ack.SS-2026-001518@ptg139.com>", "<needinfo.SS-2026-001518@ptg139.com>"]
    qhead = "发件人: 总部商机服务 <dor@ptg139.com>\n发送时间: 2027年1月4日 17:02\n主题: RE: 商机申诉需补充录音 (DOR#SS-2026-001518)"
    qbody = hq_text("SS-2026-001518", "商机申诉", ["判定标准第1条需要录音或截图，请补充。"])
    m["blocks"] = ["总部好，录音已补上，见附件。\n\n李娜\n", Quote("\n" + qhead + "\n\n" + qbody, qhead, qbody)]
    m["atts"] = [Att("通话录音0104.amr", "application/octet-stream", amr(rng, 8), "audio/amr")]
    eml = kit14.huawei_email(m, rng)
    return m, eml, dict(
        kind="reply", family="thread", client="HUAWEI Email (Android; approximated)",
        fields=fields(), accept={}, source_text={},
        notes="HUAWEI Email 'RE: RE:' with the tag in round brackets at the end of the subject and In-Reply-To / "
              "References; the reply only adds the recording HQ asked for (AMR declared application/octet-stream); no "
              "case fields.")


@entry
def R5():
    rng = R("R5")
    d = dt(2027, 1, 13, 10, 0, 0)
    m = dict(from_name="贾永红", addr="jiayonghong@qiaoxi-net.com", date=d, subject="答复: 答复: 商机汇总反馈已受理",
             host=host_of(rng, "own", "mail.qiaoxi-net.com"))
    m["irt"] = "<ack.SS-2026-001520@ptg139.com>"
    m["refs"] = ["<ack.SS-2026-001520@ptg139.com>"]
    qhead = ("发件人: 总部商机服务 <dor@ptg139.com>\n发送时间: 2027年1月12日 15:18\n收件人: 贾永红 <jiayonghong@qiaoxi-net.com>\n"
             "主题: [DOR#SS-2026-001520] 商机汇总反馈已受理")
    qbody = hq_text("SS-2026-001520", "商机汇总反馈", ["服务期：2026-03-18 至 2027-03-17"])
    m["blocks"] = ["总部您好：\n\n服务开始日期应为2026年3月8日（见合同第2页），上次写成了3月18日，结束日期不变。\n\n贾永红\n桥西网络\n",
                   Quote("\n" + qhead + "\n\n" + qbody, qhead, qbody)]
    eml = kit14.outlook2010(m, rng, "zh-CN")
    return m, eml, dict(
        kind="reply", family="thread", client="Outlook 2010 (zh-CN)",
        fields=fields(service_start="2026-03-08"), accept={}, source_text={"service_start": ["2026年3月8日"]},
        notes="Outlook 2010 zh-CN '答复: 答复:' with no tag in the subject and only In-Reply-To / References pointing at "
              "HQ's acknowledgement; the new text corrects the service start (2026-03-08; '3月18日', '第2页' and the quoted "
              "period are no data).")


# ==========================================================================
# family: short names only
# ==========================================================================

@entry
def S1():
    rng = R("S1")
    d = dt(2027, 1, 4, 14, 30, 0)
    m = dict(from_name="李娜", addr="lina.suiyang@hotmail.com", date=d, subject="《永城矿机》商机申诉 SQ27-0104-011",
             host=host_of(rng, "m365"))
    m["blocks"] = ["总部好：\n\n我是睢阳网络的李娜。《永城矿机》今天有一条要申诉：SQ27-0104-011，今天上午9:15推的，11:30客户反馈说对方是同行，"
                   "来套价格和图纸的，问完就说自己也做刮板输送机。录音稍后补。\n\n谢谢"]
    eml = kit13.samsung(m, rng)
    return m, eml, dict(
        kind="appeal", family="short_names", client="Samsung Email (Android; approximated)",
        fields=fields(partner="睢阳网络", client="永城矿机", lead_ids=["SQ27-0104-011"], pushed_at=iso(2027, 1, 4, 9, 15),
                      objected_at=iso(2027, 1, 4, 11, 30), reason_code=1),
        accept={},
        source_text={"pushed_at": ["今天上午9:15"], "objected_at": ["11:30", "今天上午9:15"], "reason_code": ["同行"]},
        notes="Samsung Email (UTF-8 base64) from an outlook-hosted address; short names only: the client in 《》 in the "
              "subject and the body, the partner only in the self-introduction ('我是睢阳网络的李娜'); a bare '11:30' takes "
              "the push's day - 2 h 15 min, inside 8 h; code 1 with no recording yet ('录音稍后补'): evidence missing.")


@entry
def S2():
    rng = R("S2")
    d = dt(2026, 12, 29, 16, 45, 0)
    m = dict(from_name="汪海波", addr="wanghaibo.dp@gmail.com", date=d, subject="麻城石机 商机申诉（推送时间待查）",
             host=host_of(rng, "google"))
    m["blocks"] = ["总部您好：\n\n麻城那家做石材机械的客户（客户简称：麻城石机）有一条商机要申诉：\n商机编号：HG-1229-0233\n"
                   "推送时间：后台列表里没显示，我们查不到，麻烦总部帮忙查一下\n客户异议：今天下午2点20分\n"
                   "理由：对方是个人，装修自己家要买两块台面，不是企业采购。\n\n——\n东坡数字 汪海波"]
    eml = kit7.gmail(m, rng)
    return m, eml, dict(
        kind="appeal", family="short_names", client="Gmail (Google Workspace)",
        fields=fields(partner="东坡数字", client="麻城石机", lead_ids=["HG-1229-0233"], objected_at=iso(2026, 12, 29, 14, 20),
                      reason_code=3),
        accept={},
        source_text={"objected_at": ["今天下午2点20分"], "reason_code": ["个人"]},
        notes="Gmail (UTF-8); short names only: the client named by its abbreviation ('客户简称：麻城石机'), the partner only "
              "in the signature; the push time is not known ('后台列表里没显示'): pushed_at null and missing, the 8-hour "
              "check unknown; code 3 (an individual); '两块' is a distractor; no attachment.")


@entry
def S3():
    rng = R("S3")
    d = dt(2026, 12, 24, 10, 15, 0)
    ids = [f"XZ-2612-{k:04d}" for k in (1101, 1103, 1106, 1107, 1110, 1112, 1115, 1117, 1118, 1121)]
    v = ["准，问玉米收割机", "准", "不准，买化肥", "准，播种机", "准", "不准，驾校", "准，秸秆打捆机", "准", "不准，个人问价", "准"]
    m = dict(from_name="段志红", addr="duanzhihong@wutai-net.com", date=d, subject="原平农机 商机调整反馈",
             host=host_of(rng, "own", "mail.wutai-net.com"))
    m["blocks"] = ["总部好：\n\n我司（五台网络）客户原平农机这批共10条，反馈如下：\n" + "\n".join(f"{ids[i]}  {v[i]}" for i in range(10))
                   + "\n调整：新增“秸秆打捆机”“玉米免耕播种机”，删除“农机”；不做：化肥农药、驾校培训；推广对象：农机合作社、种植大户。\n\n段志红"]
    eml = kit10.lark(m, rng)
    return m, eml, dict(
        kind="adjustment", family="short_names", client="Lark / Feishu mail (approximated)",
        fields=fields(partner="五台网络", client="原平农机", lead_ids=ids, lead_count=10),
        accept={},
        extra={"keywords_add": ["秸秆打捆机", "玉米免耕播种机"], "keywords_remove": ["农机"], "excluded_products": ["化肥农药", "驾校培训"],
               "audience": ["农机合作社", "种植大户"]},
        source_text={"lead_count": ["这批共10条"]},
        notes="Lark / Feishu mail; short names only: the partner in parentheses after '我司' ('我司（五台网络）'), the client "
              "in the subject and body; ten ids with verdicts; the count '这批共10条'.")


@entry
def S4():
    rng = R("S4")
    d = dt(2027, 1, 12, 11, 20, 0)
    m = dict(from_name="普永昌", addr="puyongchang_yx@139.com", date=d, subject="禄丰钢构机 汇总反馈",
             host=("smtp.139.com", f"120.232.{rng.randint(1, 250)}.{rng.randint(1, 250)}"))
    m["blocks"] = ["总部：\n\n禄丰钢构机汇总：\n服务期：2026年3月1日至2027年2月28日\n合同250条。\n已推送数量：后台正在对账，下周补。\n"
                   "客户说H型钢组立机、焊接机询盘准，成交2套；问钢结构施工的较多，建议排除“钢结构施工”。续费：客户还在考虑。\n\n"
                   "彝乡网络 普永昌"]
    eml = kit9.mail139(m, rng)
    return m, eml, dict(
        kind="summary", family="short_names", client="139 webmail (approximated)",
        fields=fields(partner="彝乡网络", client="禄丰钢构机", quota=250, service_start="2026-03-01", service_end="2027-02-28"),
        accept={},
        renewal=None,
        source_text={"quota": ["合同250条"], "service_start": ["2026年3月1日"], "service_end": ["2027年2月28日"]},
        notes="139 webmail (GB18030 quoted-printable text + base64 HTML); short names only (the partner before the "
              "writer); the pushed count is not known yet ('已推送数量：后台正在对账'): pushed_count null and missing, the "
              "trigger judged on the period alone (87 %: time_70); '2套' is a distractor; renewal undecided.")


@entry
def S5():
    rng = R("S5")
    d = dt(2027, 1, 8, 15, 0, 0)
    ids = ["ZW-0105-031", "ZW-0105-034", "ZW-0106-002", "ZW-0106-009", "ZW-0107-015"]
    v = ["准，草方格铺设机", "不准，要买草种", "准", "准，沙障机", "不准，治沙工程招标"]
    m = dict(from_name="马晓燕", addr="maxiaoyan@zhongwei-netlink.com", date=d, subject="“沙坡头草方格机”这5条的反馈",
             host=host_of(rng, "own", "mail.zhongwei-netlink.com"))
    m["blocks"] = ["总部您好：\n\n“沙坡头草方格机”这5条：\n" + "\n".join(f"{ids[i]}：{v[i]}" for i in range(5))
                   + "\n调整：新增“草方格铺设机”“机械沙障”，删除“治沙”；不做：草种销售、工程施工；推广对象：治沙站、林业局。\n\n"
                   "中卫网联 马晓燕"]
    eml = kit13.fairemail(m, rng)
    return m, eml, dict(
        kind="adjustment", family="short_names", client="FairEmail (Android; approximated)",
        fields=fields(partner="中卫网联", client="沙坡头草方格机", lead_ids=ids, lead_count=5),
        accept={},
        extra={"keywords_add": ["草方格铺设机", "机械沙障"], "keywords_remove": ["治沙"], "excluded_products": ["草种销售", "工程施工"],
               "audience": ["治沙站", "林业局"]},
        source_text={"lead_count": ["这5条"]},
        notes="FairEmail; short names only: the client in Chinese double quotes in the subject and body, the partner "
              "before the writer; ids with a date part and a three-digit tail; the count '这5条'.")


# ==========================================================================
# family: clean requests
# ==========================================================================

@entry
def C1():
    rng = R("C1")
    d = dt(2026, 12, 28, 16, 20, 0)
    m = dict(from_name="翟红军", addr="zhaihongjun@tianzhong-net.com", date=d, subject="商机申诉 遂平食品机 ZMD-1228-0073",
             host=host_of(rng, "own", "mail.tianzhong-net.com"))
    m["blocks"] = ["总部您好：\n\n合作商：驻马店天中网络科技有限公司\n付费客户：驻马店遂平食品机械有限公司\n商机编号：ZMD-1228-0073\n"
                   "推送时间：2026-12-28 09:50\n客户异议时间：2026-12-28 12:15\n申诉理由：需求者属于同行恶意询价（判定标准第1条）\n"
                   "情况说明：对方以采购名义索要馒头生产线的全套图纸，后承认自己是同行。\n附件：通话录音、聊天截图\n\n翟红军\n天中网络"]
    m["atts"] = [Att("通话录音.mp3", "audio/mpeg", mp3(rng, 7), "audio/mpeg"),
                 Att("聊天截图.png", "image/png", png(rng, rows=6), "image/png")]
    eml = zimbra(m, rng)
    return m, eml, dict(
        kind="appeal", family="clean", client="Zimbra web client 9 (approximated)",
        fields=fields(partner="驻马店天中网络科技有限公司", client="驻马店遂平食品机械有限公司", lead_ids=["ZMD-1228-0073"],
                      pushed_at=iso(2026, 12, 28, 9, 50), objected_at=iso(2026, 12, 28, 12, 15), reason_code=1),
        accept={"partner": ["天中网络"], "client": ["遂平食品机"]},
        source_text={"pushed_at": ["2026-12-28 09:50"], "objected_at": ["2026-12-28 12:15"], "reason_code": ["判定标准第1条"]},
        notes="Zimbra web client (UTF-8 quoted-printable); a clean labelled appeal, code 1 with an MP3 recording and a "
              "PNG screenshot.")


@entry
def C2():
    rng = R("C2")
    d = dt(2027, 1, 5, 10, 40, 0)
    ids = [f"TA2701{k:04d}" for k in (51, 53, 54, 58, 60, 61, 65, 66, 69, 72)]
    v = ["精准，问石材雕刻机", "精准", "不精准，要买墓碑", "精准，切石机", "精准", "不精准，石材店", "精准，磨光机", "精准", "不精准，个人", "精准"]
    m = dict(from_name="孔德胜", addr="kongdesheng@tom.com", date=d, subject="肥城石材机 商机调整反馈（10条）",
             host=(f"smtp{rng.randint(1, 9)}.tom.com", f"106.75.{rng.randint(1, 250)}.{rng.randint(1, 250)}"))
    m["blocks"] = ["总部您好：\n\n肥城石材机本次10条商机的反馈：\n" + "\n".join(f"{ids[i]} {v[i]}" for i in range(10))
                   + "\n调整建议：\n新增关键词：石材雕刻机、桥式切石机\n删除关键词：石材\n不做产品：墓碑石材、石材加工服务\n"
                   "推广对象：石材厂、园林公司\n\n合作商：泰安岱宗网络科技有限公司\n客户：泰安肥城石材机械有限公司\n孔德胜"]
    eml = tom(m, rng)
    return m, eml, dict(
        kind="adjustment", family="clean", client="TOM webmail (approximated)",
        fields=fields(partner="泰安岱宗网络科技有限公司", client="泰安肥城石材机械有限公司", lead_ids=ids, lead_count=10),
        accept={"client": ["肥城石材机"]},
        extra={"keywords_add": ["石材雕刻机", "桥式切石机"], "keywords_remove": ["石材"], "excluded_products": ["墓碑石材", "石材加工服务"],
               "audience": ["石材厂", "园林公司"]},
        source_text={"lead_count": ["本次10条"]},
        notes="TOM webmail (GBK base64 text + HTML); a clean adjustment with ten ten-character ids, verdicts and "
              "labelled proposals.")


@entry
def C3():
    rng = R("C3")
    d = dt(2027, 1, 11, 15, 30, 0)
    m = dict(from_name="贾永红", addr="jiayonghong@qiaoxi-net.com", date=d, subject="宣化葡萄酒设备 商机汇总反馈",
             webmail="webmail.qiaoxi-net.com")
    m["blocks"] = ["总部您好：\n\n合作商：张家口桥西网络科技有限公司\n客户：张家口宣化葡萄酒设备有限公司\n合同商机数：180条\n已推送：122条\n"
                   "服务期：2026年3月18日至2027年3月17日\n客户情况：葡萄除梗机、发酵罐询盘精准，成交3台；有部分是买葡萄酒的。\n"
                   "解决方案：排除“葡萄酒批发”，增加“葡萄除梗破碎机”。\n续费意向：客户愿意续签。\n\n贾永红\n桥西网络"]
    eml = squirrel(m, rng)
    return m, eml, dict(
        kind="summary", family="clean", client="SquirrelMail 1.4 (8bit gb2312; approximated)",
        fields=fields(partner="张家口桥西网络科技有限公司", client="张家口宣化葡萄酒设备有限公司", quota=180, pushed_count=122,
                      service_start="2026-03-18", service_end="2027-03-17"),
        accept={"partner": ["桥西网络"], "client": ["宣化葡萄酒设备"]},
        renewal=True,
        source_text={"quota": ["合同商机数：180条"], "pushed_count": ["已推送：122条"], "service_start": ["2026年3月18日"],
                     "service_end": ["2027年3月17日"]},
        notes="SquirrelMail (one 8bit text/plain part declared gb2312); a clean labelled summary; both triggers (68 %, "
              "82 % of the period); '3台' is a distractor; renewal intended.")


@entry
def C4():
    rng = R("C4")
    d = dt(2026, 12, 30, 11, 40, 0)
    m = dict(from_name="武晓丽", addr="wuxiaoli@niangziguan-net.com", date=d, subject="平定砂锅机 商机申诉 YQ-1230-0029",
             host=host_of(rng, "own", "mail.niangziguan-net.com"))
    m["blocks"] = ["总部您好：\n\n合作商：阳泉娘子关网络科技有限公司\n付费客户：阳泉平定砂锅设备有限公司\n商机编号：YQ-1230-0029\n"
                   "推送时间：2026年12月30日 08:30\n异议时间：2026年12月30日 10:10\n申诉理由：需求者留错电话（判定标准第3条）\n"
                   "附件：拨号记录截图\n\n武晓丽\n娘子关网络"]
    m["atts"] = [Att("拨号记录截图.jpg", "image/jpeg", jpg(rng, rows=4, style="list"), "image/jpeg")]
    eml = k9(m, rng)
    return m, eml, dict(
        kind="appeal", family="clean", client="K-9 Mail for Android (approximated)",
        fields=fields(partner="阳泉娘子关网络科技有限公司", client="阳泉平定砂锅设备有限公司", lead_ids=["YQ-1230-0029"],
                      pushed_at=iso(2026, 12, 30, 8, 30), objected_at=iso(2026, 12, 30, 10, 10), reason_code=3),
        accept={"partner": ["娘子关网络"], "client": ["平定砂锅机"]},
        source_text={"pushed_at": ["2026年12月30日 08:30"], "objected_at": ["2026年12月30日 10:10"], "reason_code": ["判定标准第3条"]},
        notes="K-9 Mail (UTF-8 quoted-printable text + HTML, a sized disposition); a clean labelled appeal, code 3 with a "
              "JPEG screenshot.")


# ==========================================================================
# family: automatic mail
# ==========================================================================

@entry
def A1():
    rng = R("A1")
    d = dt(2027, 1, 6, 8, 0, 0)
    m = dict(from_name="随州市机械行业商会秘书处", addr="mishuchu@szjxsh.org.cn", date=d, list="huiyuan", listdom="list.szjxsh.org.cn",
             listname="随州机械商会会员通讯", subject="[随州机械商会] 2027年第1期会员通讯")
    m["text"] = ("各位会员单位：\n\n1. 1月20日召开2027年度会员大会，地点曾都区商会大厦；\n2. 专用汽车零部件对接会报名截止1月15日；\n"
                 "3. 会员单位广水风机设备有限公司、随县香菇机械有限公司新年获评“专精特新”。\n\n商会秘书处 0722-3316620")
    eml = mailman(m, rng)
    return m, eml, dict(
        kind="auto", family="auto", client="Mailman 2.1 list (approximated)",
        fields=fields(), accept={}, source_text={},
        notes="A business association's newsletter through a Mailman list: one UTF-8 base64 part with the list footer, "
              "'Precedence: list', List-Id / List-Unsubscribe / List-Post, Sender and Errors-To the bounce address, no "
              "Auto-Submitted, not a noreply sender - auto by its Precedence; the dates and company names are no fields.")


@entry
def A2():
    rng = R("A2")
    d = dt(2026, 12, 30, 14, 12, 33)
    host = "mail.echeng-net.com"
    m = dict(addr=f"postmaster@{host}", date=d, subject="Message undeliverable: [DOR#SS-2026-001509] 商机申诉判定结果",
             mta=host, mta_ip="58.49.112.36")
    m["text"] = ("Your message did not reach some or all of the intended recipients.\n\n"
                 "   Sent: Wed, 30 Dec 2026 14:12:20 +0800\n"
                 f"   Subject: {ew_one('[DOR#SS-2026-001509] 商机申诉判定结果', 'UTF-8')}\n\n"
                 "The following recipient(s) could not be reached:\n\n   kefu@echeng-net.com\n"
                 "   Error Type: SMTP\n   Remote server (127.0.0.1) issued an error.\n"
                 "   hMailServer sent: RCPT TO:<kefu@echeng-net.com>\n   Remote server replied: 550 Mailbox is full\n")
    eml = hmail_undeliverable(m, rng)
    return m, eml, dict(
        kind="auto", family="auto", client="hMailServer undeliverable notice (approximated)",
        fields=fields(), accept={}, source_text={},
        notes="An hMailServer 'Message undeliverable' notice from postmaster@ (a 7bit text/plain part, no Auto-Submitted, "
              "no multipart/report): auto by its postmaster sender; the subject keeps HQ's tag after the prefix, so "
              "case_ref is set, and there are no thread headers; no fields.")


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


README_HEAD = """# blind15 — 49 labelled partner mails for `maild parse`, by family of difficulty

The held-out set, written blind after the blind14 fixes: from `shared/spec/DOMAIN.md`, the seed
process document (`seed-139-lead-process.zh.txt`), `shared/samples/` (README, sNN.eml,
sNN.expected.json), the shared corpus tools (`layout.py`, `mimekit.py`, `rules.py`, `checkkit.py`)
and the generators and checkers of blind7 … blind14, whose generic helpers (header encodings,
mail-client builders, drawings, audio containers, Word / Excel forms, the label assembler, the MIME
walk and the source-text parsers) it imports rather than copies. Nobody looked at the parser, its
tests or any other set's mails while writing it, and nobody tuned the parser on it — nor is anybody
to: it is an untouched measure of how well the parser generalises. New fictitious partners and
clients in 淡水, 马祖 (连江, 南竿, 北竿), 火炭, 长沙湾, 黑沙环, 烟台, 东营, 大庆, 铜陵, 漯河, 鹤壁, 喀什, 衡水, 万州, 阜阳,
新乡, 邢台, 淮北, 伊春, 凯里 (黔东南), 濮阳, 廊坊, 淮安, 滨州, 百色, 周口, 信阳, 咸宁, 吕梁, 白银, 西昌, 满洲里, 防城港,
商丘, 黄冈 (麻城), 忻州 (原平), 楚雄 (禄丰), 中卫, 驻马店, 泰安, 张家口, 阳泉, 随州 and 鄂州 (none of the cities of the earlier sets), with
new people, phrasings, clients, mail clients, id shapes and form features; every person, phone
number, lead id and case id is invented.

- `tests/mail/blind15/NNN.eml` — the message as delivered (CRLF, the receiving server's
  Return-Path / Delivered-To / Received on top, bytes written the way each client writes them).
- `tests/mail/blind15/NNN.expected.json` — the samples' keys (`kind`, `message_id`, `sender`,
  `subject`, `case_ref`, `fields`, `missing`, `attachments` with `detected_type` / `inline`,
  `notes`, `mail_client`, `accept`, `thread_case_ref`, `malformed`, `checks`, `extra`,
  `source_key`) plus `family` (below), `topic` for `unknown` mail (question, onboarding, invoice,
  meeting, account, complaint, pitch, other) and `source_text`: the literal strings a time, number,
  date, reason or id shorthand was read from (further strings, each literal too, are the context it
  inherits: the day of an earlier time, the base of a length, the end a length is counted back
  from). `accept` is always present (`{}` when there is no alternative form).
- `tools/corpus/blind15/generate.py` — the deterministic generator (one `random.Random` per entry
  key, fixed zip and core.xml dates): `python -B tools/corpus/blind15/generate.py [--out DIR]`.
  It imports the generators of blind7 … blind14 for the generic machinery and adds only what is new:
  the texts and labels, and the builders none of them has (HiNet webmail in Big5, Airmail,
  Mailbird, Horde IMP, K-9 Mail, the Zimbra web client, TOM webmail, SquirrelMail in 8-bit gb2312,
  Outlook for Android, a Mailman list posting, an hMailServer 'undeliverable' notice, Word forms
  with legacy form fields and check boxes, date-picker and drop-down content controls, workbooks in
  the 1904 date system, with separate date and time cells, or with the data behind an instruction
  sheet). Needs python-docx, openpyxl and Pillow; the committed bytes were made with Python 3.11.7,
  Pillow 13.0.0, python-docx 1.2.0 and openpyxl 3.1.5 (other Pillow / zlib versions may change image
  and zip bytes, and so sizes and SHA-256 in the labels).
- `tools/corpus/blind15/check.py` — `python -B tools/corpus/blind15/check.py [--no-regen] [DIR]`:
  parses every message with Python's `email` package (and a raw header walk, through blind7's …
  blind14's checkers), re-finds the attachments by the samples' rule and compares name, declared
  type, size, sha256, role and sniffed type, reads Word forms as Word shows them (blind13's reader:
  content controls and field results included, field codes left out), checks every labelled value
  and alias against the decoded text (traditional→simplified aliases by its own character table),
  re-derives every time, count, date, reason code and expanded id from `source_text` (the earlier
  parsers, with this set's forms rewritten into theirs), checks `missing`, `checks`, the summary
  trigger, the kind / family / topic counts, the charset / encoding / client / form-feature coverage
  and this README, and regenerates the set byte for byte.

Compare as the samples' README says: kind, message_id, sender, subject, case_ref and attachments
exactly, `missing` as a set, fields exactly for appeal/adjustment/summary (NFKC; partner/client may
match an `accept` alias; times as instants); reply fields are the corrections the reply makes;
auto/unknown: no invented fields.

## Families

| family | what it exercises |
|---|---|
| `traditional` | Tamsui, Matsu, Fo Tan, Cheung Sha Wan and Areia Preta writers (HiNet webmail in Big5, Yahoo Mail, Outlook for Android, Windows Live Mail in Big5-HKSCS, Outlook for Mac; written Cantonese); month/day dates with the weekday in full-width parentheses (`12/28（一）下午2:40`), a period as ROC dates with slashes and a full-width tilde (`115/04/01～116/03/31`), the quota in financial numerals with 則 (`壹佰伍拾則`), ids joined by slashes (`FT/2612/0201`), ✓ / ✗ marks, the measure word 單 (`呢10單lead`, `累計推咗205單`), `朝早` / `晏晝`, `合約生效` / `合約屆滿`; simplified forms in `accept` |
| `english` | English and mixed writers: dotted twelve-hour times and `last night` (`yesterday at 4.50pm`, `11.05 last night`), abbreviated day-month-year dates around an en dash, `170 of the 260 guaranteed`, ids joined by `&` above a numbered table, ordinals with dotted a.m. / p.m. (`Dec 23rd, 8:55 a.m.`) 25 minutes past the window, `this Monday` and `the same day`, `criterion five` |
| `dates` | Henan speech (`夜儿个晌午十一点四十`, `后晌两点五十`), year-less dates across New Year (`12月31日 16:20` → 2026, `1月1日 0:10` → 2027), a period by its start and `起一年`, a period by its length and its end (`12个月，截至2027年4月30日`), last week's Friday with a redundant afternoon marker on a 24-hour clock (`上周五下午15:40`) |
| `numbers` | the pushed count as the total of a month-by-month list (`合计216条`, exactly 60 %), ten ids joined by full-width semicolons, half of them in full-width characters, a twelve-digit id that looks like a date and a time, year-less `12-28 09:12`, the criterion as `最后一条`, two ranges with full-width tildes and short tails (`YC-2612-0081～83、0091～92`), ids in a plain-text pipe table |
| `forms` | .docx / .xlsx: a protected Word form filled in legacy FORMTEXT fields with FORMCHECKBOX boxes, a Word form with date-picker and drop-down content controls, a workbook declared application/vnd.ms-excel whose data sit behind an instruction sheet, a summary workbook in the 1904 date system, a horizontal appeal workbook with separate date and time cells and the criterion as a bare number |
| `non_request` | mail that is none of the three requests → `unknown` with a `topic` |
| `thread` | replies that correct one field (the push time, the quota, the objection time, the service start) or only add the evidence HQ asked for: a bare tag without brackets (`DOR#SS-2026-001512`), a reply whose In-Reply-To is the partner's own message and whose References hold HQ's, a Cantonese '回覆：' with 【】, 'RE: RE:' with the tag in round brackets at the end, an Outlook 2010 '答复: 答复:' with no tag |
| `short_names` | partner and/or client only as short names: the client in 《》 and the partner only in a self-introduction, a client by its stated abbreviation (`客户简称：…`) and the partner only in a signature, the partner in parentheses after `我司`, the client in Chinese double quotes; a missing push time, a missing pushed count, a code-1 appeal whose recording is still to come |
| `clean` | ordinary requests (Zimbra, TOM webmail, SquirrelMail, K-9 Mail) |
| `auto` | a business association's newsletter through a Mailman list (`Precedence: list`, no Auto-Submitted) and an hMailServer 'Message undeliverable' notice from postmaster@ whose subject keeps HQ's tag |

## Labelling decisions a reader could make differently

- **Traditional script and Cantonese**: `partner` / `client` are the strings as written; the
  character-by-character simplified forms and the short forms are in `accept`, even when the
  simplified form is not in the message (数位 stays 数位). `12/28（一）` is month/day (Taiwan), the
  weekday agreeing; `朝早` is the morning and `晏晝` the early afternoon (`晏晝一點半` = 13:30);
  `115/04/01～116/03/31` is 2026-04-01 .. 2027-03-31; `壹佰伍拾則` is 150; `單` counts leads (`呢10單lead`
  = 10, `累計推咗205單` = 205 pushed; December's `26單` is no total). `FT/2612/0201` is one id, not a date.
- **English times and periods**: `4.50pm` is 16:50; `11.05 last night` is 23:05 of the day before
  the Date header; `Dec 23rd, 8:55 a.m.` is 23 December 08:55 of the most recent such day; `this
  Monday` is the Monday of the Date header's week and `the same day` that day; `1 Apr 2026 – 31 Mar
  2027` is day-month-year; `170 of the 260 guaranteed` is 170 pushed; `criterion five` is 5.
- **Dialect, holidays, periods**: Henan `夜儿个` is yesterday, `晌午` the hours around noon (11:40
  stays 11:40) and `后晌` the afternoon, a bare `后晌两点五十` taking the day of the push; year-less
  `12月31日` and `1月1日` in a mail of 4 January 2027 are 31 December 2026 and 1 January 2027; `上周五`
  is the Friday of the week before the Date header's; `下午15:40` is 15:40 (the marker adds nothing
  to a 24-hour clock); `自签约之日（2026年5月18日）起一年` runs 2026-05-18 .. 2027-05-17 and `12个月，截至
  2027年4月30日` 2026-05-01 .. 2027-04-30.
- **Numbers**: a month-by-month list is no count, its `合计216条` is the pushed count; 216 of 360 is
  exactly 60 % and reaches the lead trigger; `准确率7/10` is no count; `一共十个商机`, `这批共10条`,
  `these five leads` are lead counts; the `No.` column of a table and the list marks are neither ids
  nor counts.
- **Id shapes and shorthand**: full-width ids are the same ids after NFKC; `202612280417` after
  `询盘编号：` is an id (not 28 December 04:17); `YC-2612-0081～83、0091～92` is the five ids 0081, 0082,
  0083, 0091, 0092 (a range's short tail and a second range keep the first id's prefix); bare tails
  in verdict lines are no new ids.
- **Reasons**: `電話留錯了` and `Wrong number` are criterion 3, an individual (`对方是个人`) too;
  `搜不着` (a WeChat id that cannot be found) is criterion 2; `判定标准里的最后一条` is criterion 5;
  `产品对不上` is 5 and `不是一个行业` / `行业不符` 4.
- **Forms**: a legacy FORMTEXT field counts by its result text (the field code is no text); the
  checked FORMCHECKBOX agrees with the description, which the label follows; a date-picker content
  control counts by the date it shows, the typed clock after it completing the time; a drop-down
  content control counts by the item it shows, not by its list; the instruction sheet's pattern
  `HA-YYMM-NNNN` is no id; date cells count by their values whatever the workbook's date system
  (1904 here); a date cell and a time cell side by side make one time; `判定标准序号 4` is criterion 4.
- **Short names**: when only a short name is written it is the field — the client in 《》 or in
  double quotes, a stated abbreviation, the partner in a self-introduction (`我是睢阳网络的李娜`), in
  parentheses after `我司` or only in the signature. A missing push time misses `pushed_at` (the
  8-hour check is then null); a missing pushed count misses `pushed_count` and the trigger is judged
  on the period alone; a code-1 appeal without a recording or screenshot misses `evidence`.
- **Replies**: only the reply's own new text and attachments count; a correction gives the corrected
  value only (the old value it names and the quoted text are not data). A bare `DOR#SS-…` in the
  subject is a tag; a reply whose In-Reply-To is the partner's own message is a reply when its
  References hold an `@ptg139.com` id (thread_case_ref from it); a tag in round brackets at the end of
  'RE: RE:' is a tag. A reply that only adds the requested recording has no fields. `accept` of a
  reply is `{}`.
- **Not requests**: a question about the 8-hour and 48-hour clocks over the New Year holiday, a new
  client's signed keyword confirmation letter asking HQ to start the promotion, a year-end statement
  request with a new invoice address, a regional meeting invitation, back-office account changes, a
  complaint about HQ's hotline, a customs-service pitch and a New Year greeting are `unknown` with no
  fields, whatever they name. The confirmation letter is onboarding, not an adjustment.
- **Automatic**: a Mailman list posting (`Precedence: list`) is `auto` although it has no
  Auto-Submitted and its sender is no noreply address; an hMailServer notice from postmaster@ is
  `auto` without multipart/report, and the HQ tag in its subject sets `case_ref`.
- **Late appeals**: an objection more than 8 hours after the push (8 h 25 min) is still an appeal;
  `objection_within_8h` is false.
- **Attachments**: a workbook declared application/vnd.ms-excel and a Word letter declared
  application/octet-stream keep those `content_type`s; an AAC is `audio/aac`, an AMR declared
  application/octet-stream is `audio/amr` by its bytes; a New Year card (GIF) is role `screenshot`
  by its file type.

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
