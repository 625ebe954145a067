#!/usr/bin/env python3
"""Deterministic generator of the blind14 evaluation set (49 labelled partner mails).

Run:  python -B tools/corpus/blind14/generate.py [--out DIR]
      (default: the set into tests/mail/blind14, README.md next to this file;
      with --out, everything into DIR and the checkout is untouched)

Written blind: from shared/spec/DOMAIN.md, the seed process document, shared/samples/
and the shared corpus tools only, never from the parser, its tests or another set's
mails.  The generic machinery (header encodings, the mail-client builders, drawings,
audio containers, Word / Excel forms, the label assembler) is imported from the
generators of blind7 .. blind13; this file holds what is new to blind14: its partners,
clients, people and texts, its labels, and the builders none of them has (Outlook Express 6,
Outlook 2010, Outlook for iOS, Foxmail for Mac in UTF-8, the QQ Mail iPhone app, HUAWEI
Email, DingTalk mail, a partner helpdesk's bulk acknowledgement, a Postfix 'delayed' DSN,
Word forms with content controls / placeholders and spell-check-split runs, workbooks with
drop-down validation, Chinese date formats and unit number formats).

Every partner, client, person, phone number, lead id and case id is fictitious.  One
random.Random per message (seeded from the entry key), fixed zip member dates and fixed
core.xml / PDF dates make a rerun byte-identical.  Needs python-docx, openpyxl, Pillow.
"""
from __future__ import annotations

import html
import importlib.util
import json
import random
import re
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "blind7"))  # blind7's generator: the generic client builders
sys.path.insert(1, str(HERE.parent))  # tools/corpus: the shared modules

import generate as kit7  # noqa: E402  (tools/corpus/blind7/generate.py)
import layout  # noqa: E402
import mimekit  # noqa: E402
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


kit13 = _load("blind13_generate", "blind13")
kit12 = kit13.kit12
kit11 = kit12.kit11
kit10 = kit11.kit10
kit8, kit9 = kit10.kit8, kit10.kit9

Att, Quote = kit7.Att, kit7.Quote
dt, iso, fields, host_of, rs = kit7.dt, kit7.iso, kit7.fields, kit7.host_of, kit7.rs
png, jpg, m4a, amr, mp3, wav = kit7.png, kit7.jpg, kit7.m4a, kit7.amr, kit7.mp3, kit7.wav
top, thread, mp = kit7.top, kit7.thread, kit7.mp
HEXL, HEXU, ALNUM, HQ, quote_gt = kit7.HEXL, kit7.HEXU, kit7.ALNUM, kit7.HQ, kit7.quote_gt
hq_text = kit12.hq_text

SET = "blind14"
SEED = "maild-blind14-2026"
HQ_NAME = "总部商机服务"


def R(key):
    return random.Random(f"{SEED}:{key}")


def own_ip(rng):
    return f"{rng.randint(36, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 250)}"


def add_header_after(eml, anchor, line):
    """The message with one header line inserted after the first header line starting with ``anchor``."""
    head, sep, body = eml.partition(CRLF + CRLF)
    lines = head.split(CRLF)
    i = next(k for k, x in enumerate(lines) if x.startswith(anchor))
    while i + 1 < len(lines) and lines[i + 1][:1] in (b" ", b"\t"):
        i += 1
    lines.insert(i + 1, line)
    return CRLF.join(lines) + sep + body


# --------------------------------------------------------------------------
# what blind7 .. blind13 lack: mail clients
# --------------------------------------------------------------------------

def outlook_express(m, rng):
    """Outlook Express 6 (Windows XP; approximated): gb2312 base64 text + HTML, ----=_NextPart_000_ boundaries,
    a $-separated Message-ID from the PC's name, attachment names as gb2312 B words, X-MimeOLE."""
    d = m["date"]
    plain = crlf(kit7.plain_of(m["blocks"], "\t"))
    htm = crlf('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">\n<HTML><HEAD>\n'
               '<META http-equiv=Content-Type content="text/html; charset=gb2312">\n'
               '<META content="MSHTML 6.00.2900.6550" name=GENERATOR>\n<STYLE></STYLE>\n</HEAD>\n<BODY bgColor=#ffffff>'
               + "".join(f"<DIV><FONT size=2>{kit7.esc(x)}</FONT></DIV>" if x.strip() else "<DIV>&nbsp;</DIV>"
                         for x in kit7.plain_of(m["blocks"], " ").split("\n")) + "</BODY></HTML>")
    stamp = rs(rng, 8, HEXU)

    def nb(k):
        return f"----=_NextPart_000_{k:04X}_01D{rs(rng, 5, HEXU)}.{stamp}"
    alt_b = nb(rng.randint(1, 40))
    alt = mp(alt_b, [leaf(["Content-Type: text/plain;", '\tcharset="gb2312"', "Content-Transfer-Encoding: base64"],
                          b64_body(plain.encode("gb18030"))),
                     leaf(["Content-Type: text/html;", '\tcharset="gb2312"', "Content-Transfer-Encoding: base64"],
                          b64_body(htm.encode("gb18030")))])
    if m.get("atts"):
        ob = nb(rng.randint(41, 90))
        ctype = ["Content-Type: multipart/mixed;", f'\tboundary="{ob}"']
        body = mp(ob, [leaf(["Content-Type: multipart/alternative;", f'\tboundary="{alt_b}"'], alt)]
                  + [kit7.att_part("foxmail", a) for a in m["atts"]], kit7.PRE)
    else:
        ctype = ["Content-Type: multipart/alternative;", f'\tboundary="{alt_b}"']
        body = kit7.PRE.encode() + CRLF + CRLF + alt
    mid = f"<00{rs(rng, 2, HEXL)}01d{rs(rng, 5, HEXL)}${rs(rng, 8, HEXL)}${rs(rng, 8, HEXL)}@{m['pc']}>"
    m["message_id"] = mid
    h = top(rng, m["addr"], *m["host"], d, 5, tls="ESMTP")
    h += ["Message-ID: " + mid, kit7.from_header(m["from_name"], m["addr"], "gb2312"), "To: <" + HQ + ">",
          kit7.subj_header(m["subject"], "gb2312"), "Date: " + rfcdate(d)] + thread(m)
    h += ["MIME-Version: 1.0"] + ctype + ["X-Priority: 3", "X-MSMail-Priority: Normal",
                                          "X-Mailer: Microsoft Outlook Express 6.00.2900.5931",
                                          "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.6157"]
    return header_block(h) + CRLF + body


def outlook2010(m, rng, locale="zh-CN"):
    """Outlook 2010 (Office 14): blind7's Outlook 16 wire format with the older X-Mailer."""
    eml = kit7.outlook(m, rng, locale)
    return eml.replace(b"X-Mailer: Microsoft Outlook 16.0", b"X-Mailer: Microsoft Outlook 14.0", 1)


def outlook_ios(m, rng, lang="zh-TW"):
    """Outlook for iOS (approximated): blind13's Outlook on the web wire format (the Date in UTC, sized
    dispositions), sent from the phone app, which names itself in X-Mailer."""
    eml = kit13.owa(m, rng, lang)
    return add_header_after(eml, b"Message-ID:", b"X-Mailer: Outlook for iOS 4.2447.0 (approximated)")


def foxmail_mac(m, rng):
    """Foxmail for Mac 1.5 (approximated): UTF-8 base64 text + quoted-printable HTML, Foxmail boundaries,
    attachment names as UTF-8 B words."""
    d = m["date"]
    plain = crlf(kit7.plain_of(m["blocks"], " "))
    htm = crlf('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
               '<body style="font-family: PingFang SC; font-size: 14px">' + kit7.html_blocks(m["blocks"], kit7.bq_quote)
               + "</body></html>")

    def n(k):
        return f"----=_{k:03d}_NextPart{rng.randint(10 ** 11, 10 ** 12 - 1)}_=----"
    alt_b = n(2)
    alt = mp(alt_b, [leaf(["Content-Type: text/plain;", '\tcharset="utf-8"', "Content-Transfer-Encoding: base64"],
                          b64_body(plain.encode("utf-8"))),
                     leaf(["Content-Type: text/html;", '\tcharset="utf-8"', "Content-Transfer-Encoding: quoted-printable"],
                          qp(htm.encode("utf-8")) + CRLF)])
    if m.get("atts"):
        ob = n(1)
        parts = [leaf(["Content-Type: multipart/alternative;", f'\tboundary="{alt_b}"'], alt)]
        for a in m["atts"]:
            w = ew_one(a.filename, "utf-8")
            parts.append(leaf([f"Content-Type: {a.declared};", f'\tname="{w}"', "Content-Transfer-Encoding: base64",
                               "Content-Disposition: attachment;", f'\tfilename="{w}"'], b64_body(a.data)))
        ctype = ["Content-Type: multipart/mixed;", f'\tboundary="{ob}"']
        body = mp(ob, parts, kit7.PRE)
    else:
        ctype = ["Content-Type: multipart/alternative;", f'\tboundary="{alt_b}"']
        body = kit7.PRE.encode() + CRLF + CRLF + alt
    mid = "<{}{:09d}@{}>".format(d.strftime("%Y%m%d%H%M%S"), rng.randint(0, 10 ** 9 - 1), m["addr"].split("@")[1])
    m["message_id"] = mid
    h = top(rng, m["addr"], *m["host"], d, 3)
    h += ["Date: " + rfcdate(d), kit7.from_header(m["from_name"], m["addr"], "utf-8"), "To: " + HQ,
          kit7.subj_header(m["subject"], "utf-8")] + thread(m)
    h += ["X-Priority: 3", "X-Has-Attach: " + ("yes" if m.get("atts") else "no"),
          "X-Mailer: Foxmail for Mac 1.5.6.94779", "Mime-Version: 1.0", "Message-ID: " + mid] + ctype
    return header_block(h) + CRLF + body


def qqmail_iphone(m, rng):
    """The QQ Mail iPhone app (approximated): blind7's QQ Mail wire format (gb18030 base64 text + HTML)
    with the app's X-Mailer."""
    eml = kit7.tencent(m, rng)
    return eml.replace(b"X-Mailer: QQMail 2.x", b"X-Mailer: QQMail iPhone 6.6.3 (approximated)", 1)


def huawei_email(m, rng):
    """HUAWEI Email on Android (approximated): the AOSP-style wire format blind13 writes for Samsung
    (UTF-8 base64 text + HTML) with HUAWEI's boundaries and Message-ID host."""
    eml = kit13.samsung(m, rng)
    eml = eml.replace(b"_com.samsung.android.email_", b"_com.huawei.email_")
    old = m["message_id"]
    m["message_id"] = old.replace("@email.android.com>", "@email.huawei.com>")
    return eml.replace(old.encode(), m["message_id"].encode())


def dingtalk_mail(m, rng):
    """DingTalk mail (Alibaba Mail inside DingTalk; approximated): UTF-8 quoted-printable text + HTML,
    ----=_DingTalk_Part_ boundaries, attachment names as UTF-8 B words."""
    d = m["date"]
    plain = crlf(kit7.plain_of(m["blocks"], " "))
    htm = crlf('<div class="dt-mail-body" style="font-size:14px;font-family:PingFang SC,Microsoft YaHei">'
               + kit7.html_blocks(m["blocks"], kit7.bq_quote) + "</div>")
    alt_b = f"----=_DingTalk_Part_{rng.randint(10 ** 5, 10 ** 6 - 1)}_{rs(rng, 10, HEXL)}"
    alt = mp(alt_b, [leaf(["Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable"],
                          qp(plain.encode("utf-8")) + CRLF),
                     leaf(["Content-Type: text/html; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable"],
                          qp(htm.encode("utf-8")) + CRLF)])
    if m.get("atts"):
        ob = f"----=_DingTalk_Part_{rng.randint(10 ** 5, 10 ** 6 - 1)}_{rs(rng, 10, HEXL)}"
        parts = [leaf([f'Content-Type: multipart/alternative; boundary="{alt_b}"'], alt)]
        for a in m["atts"]:
            w = ew_one(a.filename, "UTF-8")
            parts.append(leaf([f'Content-Type: {a.declared}; name="{w}"', "Content-Transfer-Encoding: base64",
                               f'Content-Disposition: attachment; filename="{w}"'], b64_body(a.data)))
        ctype = f'Content-Type: multipart/mixed; boundary="{ob}"'
        body = mp(ob, parts)
    else:
        ctype = f'Content-Type: multipart/alternative; boundary="{alt_b}"'
        body = alt
    mid = f"<{rs(rng, 8, HEXL)}-{rs(rng, 4, HEXL)}-{rs(rng, 4, HEXL)}.{rng.randint(10 ** 9, 10 ** 10 - 1)}@dingtalk.{m['addr'].split('@')[1]}>"
    m["message_id"] = mid
    h = top(rng, m["addr"], *m["host"], d, 2)
    h += ["Date: " + rfcdate(d), kit7.from_header(m["from_name"], m["addr"], "UTF-8"), "To: " + HQ,
          "Message-ID: " + mid, kit7.subj_header(m["subject"], "UTF-8")] + thread(m)
    h += ["MIME-Version: 1.0", ctype, "X-Mailer: DingTalk-Mail 7.6 (approximated)"]
    return header_block(h) + CRLF + body


def helpdesk_ack(m, rng):
    """A partner's own helpdesk acknowledging HQ's mail (approximated): one UTF-8 quoted-printable text part,
    Precedence: bulk and X-Auto-Response-Suppress, a ticket number before HQ's subject, In-Reply-To HQ's
    Message-ID; no Auto-Submitted."""
    d = m["date"]
    text = crlf(m["text"])
    dom = m["addr"].split("@")[1]
    mid = f"<ticket-{m['ticket']}-{rs(rng, 10, HEXL)}@{dom}>"
    m["message_id"] = mid
    h = top(rng, m["addr"], *m["host"], d, 2)
    h += ["Date: " + rfcdate(d), kit7.from_header(m["from_name"], m["addr"], "UTF-8", quoted=False), "To: " + HQ,
          kit7.subj_header(m["subject"], "UTF-8"), "Message-ID: " + mid] + thread(m)
    h += ["Precedence: bulk", "X-Auto-Response-Suppress: All", "X-Mailer: osTicket Mailer (approximated)",
          "MIME-Version: 1.0", "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable"]
    return header_block(h) + CRLF + qp(text.encode("utf-8")) + CRLF


def postfix_delayed(m, rng):
    """A Postfix 'Delayed Mail (still being retried)' notice: multipart/report; report-type=delivery-status with
    the notification, the message/delivery-status (Action: delayed) and the returned headers as
    text/rfc822-headers; from MAILER-DAEMON with an empty Return-Path and Auto-Submitted: auto-replied."""
    d = m["date"]
    host = m["mta"]
    qid = rs(rng, 11, HEXU)
    b = f"{qid}.{int(d.timestamp())}/{host}"
    note = crlf(m["text"])
    status = crlf(f"Reporting-MTA: dns; {host}\nX-Postfix-Queue-ID: {qid}\nX-Postfix-Sender: rfc822; {HQ}\n"
                  f"Arrival-Date: {rfcdate(d - timedelta(hours=4))}\n\nFinal-Recipient: rfc822; {m['rcpt']}\n"
                  f"Original-Recipient: rfc822;{m['rcpt']}\nAction: delayed\nStatus: 4.4.1\n"
                  f"Diagnostic-Code: X-Postfix; connect to {m['rcpt_mx']}[{m['rcpt_ip']}]:25: Connection timed out\n"
                  f"Will-Retry-Until: {rfcdate(d + timedelta(days=4, hours=20))}\n")
    parts = [leaf(["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"],
                  note.encode("ascii")),
             leaf(["Content-Description: Delivery report", "Content-Type: message/delivery-status"], status.encode("ascii")),
             leaf(["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"],
                  crlf(m["returned"]).encode("ascii"))]
    mid = f"<{d.strftime('%Y%m%d%H%M%S')}.{qid}@{host}>"
    m["message_id"] = mid
    h = top(rng, None, host, m["mta_ip"], d, 1)
    h += ["Date: " + rfcdate(d) + " (CST)", f"From: MAILER-DAEMON@{host} (Mail Delivery System)",
          "Subject: Delayed Mail (still being retried)", f"To: {HQ}", "Auto-Submitted: auto-replied", "MIME-Version: 1.0",
          "Content-Type: multipart/report; report-type=delivery-status;", f'\tboundary="{b}"',
          "Content-Transfer-Encoding: 7bit", "Message-Id: " + mid]
    return header_block(h) + CRLF + kit7.mp(b, parts, "This is a MIME-encapsulated message.")


# --------------------------------------------------------------------------
# what blind7 .. blind13 lack: Word content controls and split runs, workbooks with validation
# --------------------------------------------------------------------------

PLACEHOLDER = "单击或点击此处输入文字。"


def runs14(tokens, sdt_base):
    """WordprocessingML runs: ('t', text); ('split', [pieces]) as runs with rsids and spell-check marks
    between them, as Word leaves a word it flagged; ('sdt', text, tag) a filled plain-text content control;
    ('ph', tag) an empty one still showing its placeholder."""
    out = []
    for n, tok in enumerate(tokens):
        kind = tok[0]
        if kind == "t":
            out.append(f'<w:r><w:t xml:space="preserve">{html.escape(tok[1], quote=False)}</w:t></w:r>')
        elif kind == "split":
            pieces = []
            for k, p in enumerate(tok[1]):
                pieces.append(f'<w:r w:rsidR="00{k + 3:02d}A1F{n}"><w:t xml:space="preserve">{html.escape(p, quote=False)}</w:t></w:r>')
            out.append('<w:proofErr w:type="spellStart"/>' + "".join(pieces) + '<w:proofErr w:type="spellEnd"/>')
        elif kind in ("sdt", "ph"):
            tag = html.escape(tok[2] if kind == "sdt" else tok[1])
            pr = (f'<w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/><w:id w:val="{sdt_base + n}"/>'
                  + ('<w:showingPlcHdr/>' if kind == "ph" else "") + "<w:text/></w:sdtPr>")
            txt = PLACEHOLDER if kind == "ph" else tok[1]
            rpr = '<w:rPr><w:color w:val="808080"/></w:rPr>' if kind == "ph" else ""
            out.append(f'<w:sdt>{pr}<w:sdtContent><w:r>{rpr}<w:t xml:space="preserve">{html.escape(txt, quote=False)}</w:t>'
                       "</w:r></w:sdtContent></w:sdt>")
        else:
            raise ValueError(kind)
    return "".join(out)


def docx14(author, when, title, grid, rich, paras_before=(), paras_after=(), sdt_base=1000):
    """blind7's Word form whose cells '@@N@@' are replaced by the runs of rich[N] (content controls,
    spell-check-split runs)."""
    data = kit7.docx_form(author, when, title, grid, (), paras_before, paras_after)

    def fix(xml):
        s = xml.decode("utf-8")

        def sub(mo):
            return runs14(rich[int(mo[1])], sdt_base + 100 * int(mo[1]))
        s, n = re.subn(r'<w:r><w:t(?: xml:space="preserve")?>@@(\d+)@@</w:t></w:r>', sub, s)
        assert n == len(rich), (n, len(rich))
        return s.encode("utf-8")
    return kit7.fixed_zip(kit13.rewrite_zip(data, "word/document.xml", fix), author, when)


def xlsx14(author, when, sheets):
    """An Excel workbook: sheets of (title, cells, merges, widths, formats, validations); ``cells`` maps
    'B4' -> value, ``formats`` 'B4' -> number format, ``validations`` (list formula, 'B6:B15') drop-downs."""
    import openpyxl
    from openpyxl.styles import Alignment, Font
    from openpyxl.worksheet.datavalidation import DataValidation
    wb = openpyxl.Workbook()
    for k, (title, cells, merges, widths, formats, validations) in enumerate(sheets):
        ws = wb.active if k == 0 else wb.create_sheet()
        ws.title = title
        for ref, v in cells.items():
            ws[ref] = v
            if isinstance(v, datetime):
                ws[ref].number_format = "yyyy-mm-dd hh:mm"
            elif isinstance(v, date):
                ws[ref].number_format = "yyyy/m/d"
            ws[ref].alignment = Alignment(wrap_text=True, vertical="center")
        for ref, fmt in (formats or {}).items():
            ws[ref].number_format = fmt
        for r in merges:
            ws.merge_cells(r)
        for formula, sqref in validations or ():
            dv = DataValidation(type="list", formula1=formula, allow_blank=True)
            dv.add(sqref)
            ws.add_data_validation(dv)
        ws["A1"].font = Font(bold=True, size=13)
        for col, w in (widths or {}).items():
            ws.column_dimensions[col].width = w
    return kit7.fixed_zip(saved(wb), author, when)


def local(y, mo, d, h=0, mi=0):
    """A naive wall-clock time for an Excel cell (Excel holds no zone)."""
    return mimekit.local(y, mo, d, h, mi)


# --------------------------------------------------------------------------
# entries
# --------------------------------------------------------------------------

ENTRIES = []


def entry(fn):
    ENTRIES.append(fn)
    return fn


# ==========================================================================
# family: traditional Chinese writers (Banqiao, Kinmen, Zhubei, Chai Wan, Sham Shui Po)
# ==========================================================================

@entry
def T1():
    rng = R("T1")
    d = dt(2026, 12, 4, 10, 30, 0)
    m = dict(from_name="林佩珊", addr="peishan.lin@huichuan-dm.com.tw", date=d, subject="三重沖壓 商機申訴（產品不一致）BQ-1202-0551",
             host=host_of(rng, "own", "mail.huichuan-dm.com.tw"))
    m["blocks"] = [
        "總部 您好：\n\n三重沖壓這筆推播想申請不計入：\n\n商機編號：BQ-1202-0551\n推播時間：這週三午後2:15\n客戶反映：同日午後4:40\n"
        "理由：需求者要的是雷射切割機，客戶只做沖床（衝壓機），產品不一致。LINE對話截圖附上供參考。\n\n"
        "合作廠商：新北板橋匯川數位行銷有限公司\n客戶：新北三重精密沖壓股份有限公司\n\n林佩珊\n匯川數位 客服組\n(02)2958-3316"]
    m["atts"] = [Att("LINE對話截圖.jpg", "image/jpeg", jpg(rng, rows=6), "image/jpeg")]
    eml = outlook2010(m, rng, "zh-TW")
    return m, eml, dict(
        kind="appeal", family="traditional", client="Outlook 2010 (zh-TW, Big5)",
        fields=fields(partner="新北板橋匯川數位行銷有限公司", client="新北三重精密沖壓股份有限公司", lead_ids=["BQ-1202-0551"],
                      pushed_at=iso(2026, 12, 2, 14, 15), objected_at=iso(2026, 12, 2, 16, 40), reason_code=5),
        accept={"partner": ["匯川數位", "新北板桥汇川数位行销有限公司", "汇川数位"],
                "client": ["三重沖壓", "新北三重精密冲压股份有限公司", "三重冲压"]},
        source_text={"pushed_at": ["這週三午後2:15"], "objected_at": ["同日午後4:40", "這週三午後2:15"],
                     "reason_code": ["產品不一致"]},
        notes="Outlook 2010 zh-TW (Big5 base64 text + Word HTML, Big5 RFC 2047 file name) from Banqiao; the push as "
              "'這週三午後2:15' (週 for 周, and 午後 - Taiwanese for 下午: Wednesday 2 December 14:15, the mail is of Friday "
              "4 December) and '同日午後4:40' - 2 h 25 min, inside 8 h; code 5 in words; a LINE chat screenshot (JPEG); "
              "the phone number and '衝壓機' are distractors.")


@entry
def T2():
    rng = R("T2")
    d = dt(2026, 12, 9, 15, 20, 0)
    m = dict(from_name="陳志明", addr="chihming.chen@wuzhou-dx.com.tw", date=d, subject="金寧釀酒機 商機彙總反饋",
             host=host_of(rng, "google"))
    m["blocks"] = [
        "總部您好：\n\n金寧釀酒機的彙總如下，麻煩評估續約方案。\n\n合作廠商：金門浯洲數位整合有限公司\n客戶：金門金寧高粱釀造設備有限公司\n"
        "合約期間：民國115年3月起至116年2月止\n合約保證：180件商機\n目前已推播：121件\n\n"
        "客戶狀況：蒸餾設備、發酵槽的詢問很精準，今年已成交3套；少數是問高粱酒批發的。\n"
        "建議：排除「高粱酒批發」「酒品代理」，新增「固態發酵槽」。\n續約：客戶有意續約，希望下一期加到250件。\n\n"
        "陳志明\n浯洲數位"]
    eml = kit7.gmail(m, rng)
    return m, eml, dict(
        kind="summary", family="traditional", client="Gmail (Google Workspace)",
        fields=fields(partner="金門浯洲數位整合有限公司", client="金門金寧高粱釀造設備有限公司", quota=180, pushed_count=121,
                      service_start="2026-03-01", service_end="2027-02-28"),
        accept={"partner": ["浯洲數位", "金门浯洲数位整合有限公司", "浯洲数位"],
                "client": ["金寧釀酒機", "金门金宁高粱酿造设备有限公司", "金宁酿酒机"]},
        renewal=True,
        source_text={"quota": ["合約保證：180件"], "pushed_count": ["已推播：121件"], "service_start": ["民國115年3月"],
                     "service_end": ["116年2月"]},
        notes="Gmail (UTF-8 base64 text + QP HTML) from Kinmen; the period as ROC months only ('民國115年3月起至116年2月止' = "
              "2026-03-01 .. 2027-02-28: the first day of the first month, the last day of the last); counts with the "
              "measure word 件; both triggers (67 %, 78 % of the period); '3套' and '250件' are distractors; renewal "
              "intended.")


@entry
def T3():
    rng = R("T3")
    d = dt(2026, 12, 7, 17, 45, 0)
    ids = ["CP-1151201-07", "CP-1151201-12", "CP-1151202-03", "CP-1151203-09", "CP-1151203-15"]
    verdict = ["○ 問吐司切片機，準", "× 要買麵包成品", "○ 旋風烤箱報價", "○ 攪拌機，準", "× 烘焙教室招生"]
    m = dict(from_name="黃美玲", addr="meiling@dongxing-tech.com.tw", date=d, subject="頭前溪烘焙 這5筆商機回饋",
             host=host_of(rng, "own", "mail.dongxing-tech.com.tw"), lang="zh-TW")
    m["blocks"] = [
        "總部好，\n\n頭前溪烘焙這5筆的回饋如下（○ 準確 / × 不準確）：\n" + "\n".join(f"{ids[i]}  {verdict[i]}" for i in range(5))
        + "\n\n調整建議：\n新增關鍵字：吐司切片機、旋風烤箱\n刪除關鍵字：烘焙\n不做產品：麵包成品、烘焙材料\n推廣對象：麵包店、中央工廠\n\n"
        "合作廠商：竹北東興數位科技有限公司\n客戶：竹北頭前溪烘焙設備股份有限公司\n\n黃美玲\n東興數位"]
    eml = kit7.thunderbird(m, rng, "Big5")
    return m, eml, dict(
        kind="adjustment", family="traditional", client="Thunderbird 128 (Big5, 8bit)",
        fields=fields(partner="竹北東興數位科技有限公司", client="竹北頭前溪烘焙設備股份有限公司", lead_ids=ids, lead_count=5),
        accept={"partner": ["東興數位", "竹北东兴数位科技有限公司", "东兴数位"],
                "client": ["頭前溪烘焙", "竹北头前溪烘焙设备股份有限公司", "头前溪烘焙"]},
        extra={"keywords_add": ["吐司切片機", "旋風烤箱"], "keywords_remove": ["烘焙"], "excluded_products": ["麵包成品", "烘焙材料"],
               "audience": ["麵包店", "中央工廠"]},
        source_text={"lead_count": ["這5筆"]},
        notes="Thunderbird in Big5 (8bit text/plain, format=flowed) from Zhubei; ids that carry a compact ROC date "
              "inside ('CP-1151201-07' is an id, not a date); verdicts as ○ / × marks; the count '這5筆'; simplified "
              "forms in accept.")


@entry
def T4():
    rng = R("T4")
    d = dt(2026, 12, 10, 9, 40, 0)
    m = dict(from_name="梁嘉欣", addr="kayan.leung@eastdist-dm.com.hk", date=d, subject="興華膠袋 申訴 CW2612090417",
             host=host_of(rng, "m365"))
    m["blocks"] = [
        "總部你好，\n\n興華膠袋有單lead要申訴：CW2612090417\n噚日下晝三點半推過嚟，客人今朝九點零五先覆我，話對方問晒成條吹膜線嘅"
        "報價同出貨期，最後認咗自己都係做膠袋機嘅同行，即係嚟套料。\n時間係過咗8個鐘，因為客人噚晚去咗東莞睇貨，今朝先睇到推送再打返去，"
        "麻煩總部酌情處理。錄音喺附件。\n\n合作商：柴灣東區數碼推廣有限公司\n客戶：柴灣興華膠袋機械有限公司\n\n梁嘉欣 Kayan Leung\n東區數碼"]
    m["atts"] = [Att("通話錄音.m4a", "audio/mp4", m4a(rng, 9), "audio/mp4")]
    eml = outlook_ios(m, rng, "zh-HK")
    return m, eml, dict(
        kind="appeal", family="traditional", client="Outlook for iOS (zh-HK; approximated)",
        fields=fields(partner="柴灣東區數碼推廣有限公司", client="柴灣興華膠袋機械有限公司", lead_ids=["CW2612090417"],
                      pushed_at=iso(2026, 12, 9, 15, 30), objected_at=iso(2026, 12, 10, 9, 5), reason_code=1),
        accept={"partner": ["東區數碼", "柴湾东区数码推广有限公司", "东区数码"],
                "client": ["興華膠袋", "柴湾兴华胶袋机械有限公司", "兴华胶袋"]},
        source_text={"pushed_at": ["噚日下晝三點半"], "objected_at": ["今朝九點零五"], "reason_code": ["同行"]},
        notes="Outlook for iOS (the Outlook on the web wire format: UTF-8 base64 text + HTML, the Date header in UTC, a "
              "sized disposition) from Chai Wan, written Cantonese: '噚日下晝三點半' (噚日, the HK spelling of 尋日 = "
              "yesterday; 15:30) and '今朝九點零五' (09:05 today) - 17 h 35 min, outside 8 h (the partner says so); code "
              "1 (a peer fishing for prices) with an M4A recording; '噚晚', '東莞' and '8個鐘' are distractors.")


@entry
def T5():
    rng = R("T5")
    d = dt(2026, 12, 15, 16, 10, 0)
    m = dict(from_name="黃子聰", addr="tsz.wong@pakho-digital.com.hk", date=d, subject="恒昌製衣 商機彙總 / renewal",
             host=host_of(rng, "own", "smtp.pakho-digital.com.hk"))
    m["blocks"] = [
        "Hi 總部,\n\n恒昌製衣嘅彙總，請跟進續約：\n\n合約期：2026年6月1日至2027年5月31日\n合約保證：240個\n已派：168個（累計）\n"
        "上個月派咗18個，大部份都準。\n\n客人意見：自動裁床、拉布機嘅查詢好準，已經傾成咗2部；有啲係問成衣批發嘅。\n"
        "建議：排除「成衣批發」，加「自動拉布機」。\n續約：客人話會續，想下年加到300個。\n\n"
        "合作商：深水埗北河數碼策劃有限公司\n客戶：荔枝角恒昌製衣設備有限公司\n\nJason Wong 黃子聰\n北河數碼"]
    eml = kit9.mac_outlook(m, rng)
    return m, eml, dict(
        kind="summary", family="traditional", client="Outlook for Mac 16 (approximated)",
        fields=fields(partner="深水埗北河數碼策劃有限公司", client="荔枝角恒昌製衣設備有限公司", quota=240, pushed_count=168,
                      service_start="2026-06-01", service_end="2027-05-31"),
        accept={"partner": ["北河數碼", "深水埗北河数码策划有限公司", "北河数码"],
                "client": ["恒昌製衣", "荔枝角恒昌制衣设备有限公司", "恒昌制衣"]},
        renewal=True,
        source_text={"quota": ["合約保證：240個"], "pushed_count": ["已派：168個"], "service_start": ["2026年6月1日"],
                     "service_end": ["2027年5月31日"]},
        notes="Outlook for Mac (UTF-8 quoted-printable text + Word HTML) from Sham Shui Po, Cantonese mixed with "
              "English; the pushed count as '已派：168個（累計）' (派 for 推送), the last month's '18個' is no total; lead "
              "trigger only (70 %, 54 % of the period); '2部' and '300個' are distractors; renewal intended.")


# ==========================================================================
# family: English and mixed-language writers (Wenzhou, Lianyungang, Tangshan, Karamay, Putian)
# ==========================================================================

@entry
def E1():
    rng = R("E1")
    d = dt(2026, 12, 10, 14, 30, 0)
    m = dict(from_name="Kevin Zhou", addr="kevin.zhou@ouhai-dm.com", date=d,
             subject="Appeal: lead WZ-2612-0416 (Lucheng Shoe Machinery)", host=host_of(rng, "google"))
    m["blocks"] = [
        "Hi team,\n\nPlease review lead WZ-2612-0416 for our client Lucheng Shoe Machinery (温州鹿城制鞋机械有限公司).\n\n"
        "It was pushed at twenty past ten this morning, and the client flagged it at ten to two this afternoon. The "
        "person on the phone is a college student doing a market survey for a course - an individual, not a company "
        "and not a buyer. Call log screenshot attached.\n\nThanks,\nKevin Zhou\nOuhai Digital Marketing | "
        "温州瓯海数字营销有限公司\n+86 577 8896 2210"]
    m["atts"] = [Att("call-log.png", "image/png", png(rng, rows=5, style="list"), "image/png")]
    eml = kit7.gmail(m, rng)
    return m, eml, dict(
        kind="appeal", family="english", client="Gmail (Google Workspace)",
        fields=fields(partner="温州瓯海数字营销有限公司", client="温州鹿城制鞋机械有限公司", lead_ids=["WZ-2612-0416"],
                      pushed_at=iso(2026, 12, 10, 10, 20), objected_at=iso(2026, 12, 10, 13, 50), reason_code=3),
        accept={"partner": ["Ouhai Digital Marketing"], "client": ["Lucheng Shoe Machinery"]},
        source_text={"pushed_at": ["twenty past ten this morning"], "objected_at": ["ten to two this afternoon"],
                     "reason_code": ["an individual, not a company"]},
        notes="Gmail (UTF-8); English; the times in words with minutes past / to the hour ('twenty past ten this "
              "morning' = 10:20, 'ten to two this afternoon' = 13:50) - 3 h 30 min, inside 8 h; code 3 in words (an "
              "individual); PNG screenshot; the phone number is a distractor.")


@entry
def E2():
    rng = R("E2")
    d = dt(2026, 12, 8, 11, 5, 0)
    m = dict(from_name="Linda Sun", addr="linda.sun@haizhou-tradelink.com", date=d,
             subject="Summary for renewal - Ganyu Seaweed Machinery", host=host_of(rng, "own", "mail.haizhou-tradelink.com"))
    m["blocks"] = [
        "Dear HQ,\n\nStatus of Ganyu Seaweed Machinery (连云港赣榆紫菜加工机械有限公司) for the renewal plan:\n\n"
        "Package: 300 leads over 12 months, starting 16 March 2026\nDelivered to date: 214 (71%)\n\n"
        "Client feedback: enquiries for seaweed roasting and cutting lines are on target; 2 containers shipped to buyers "
        "we found. Some enquiries were for dried seaweed itself.\nProposal: exclude \"dried seaweed\" and \"nori snacks\"; "
        "add \"seaweed roasting machine\".\nRenewal: they will renew and are thinking of 500 leads next year.\n\n"
        "Best regards,\nLinda Sun\nHaizhou TradeLink (连云港海州贸联网络科技有限公司)"]
    eml = kit7.apple_mail(m, rng)
    return m, eml, dict(
        kind="summary", family="english", client="Apple Mail (macOS)",
        fields=fields(partner="连云港海州贸联网络科技有限公司", client="连云港赣榆紫菜加工机械有限公司", quota=300, pushed_count=214,
                      service_start="2026-03-16", service_end="2027-03-15"),
        accept={"partner": ["Haizhou TradeLink"], "client": ["Ganyu Seaweed Machinery"]},
        renewal=True,
        source_text={"quota": ["300 leads"], "pushed_count": ["Delivered to date: 214"], "service_start": ["16 March 2026"],
                     "service_end": ["12 months", "16 March 2026"]},
        notes="Apple Mail (UTF-8 quoted-printable text + HTML); English; the term as a start and a length ('300 leads "
              "over 12 months, starting 16 March 2026' = 2026-03-16 .. 2027-03-15); both triggers (71 %, 73 % of the "
              "term); '71%', '2 containers' and '500 leads' are distractors; renewal intended.")


@entry
def E3():
    rng = R("E3")
    d = dt(2026, 12, 11, 16, 0, 0)
    ids = ["TS-2612-0101", "TS-2612-0104", "TS-2612-0107", "TS-2612-0110", "TS-2612-0113"]
    m = dict(from_name="Eric Ma", addr="eric.ma@yunfan-net.com", date=d, subject="Feedback on 5 leads - Fengnan Welded Pipe",
             host=host_of(rng, "own", "mail.yunfan-net.com"))
    m["blocks"] = [
        "Hello HQ,\n\nFeedback on the five leads below for Fengnan Welded Pipe (唐山丰南焊管设备有限公司): "
        "TS-2612-0101, -0104, -0107, -0110 and -0113.\n\n"
        "0101 - accurate, HF welded tube mill\n0104 - not accurate, wants steel pipe stock\n0107 - accurate\n"
        "0110 - accurate, asked for a 76 mm line\n0113 - not accurate, a scrap dealer\n\n"
        "Please adjust:\nAdd keywords: 高频焊管机, 直缝焊管机\nRemove keyword: 钢管\nExclude products: 钢管现货, 废钢回收\n"
        "Target audience: 钢结构厂, 管材厂\n\nRegards,\nEric Ma\nYunfan Network (唐山曹妃甸云帆网络科技有限公司)"]
    eml = kit7.outlook(m, rng, "en-US")
    return m, eml, dict(
        kind="adjustment", family="english", client="Outlook 16 (en-US)",
        fields=fields(partner="唐山曹妃甸云帆网络科技有限公司", client="唐山丰南焊管设备有限公司", lead_ids=ids, lead_count=5),
        accept={"partner": ["Yunfan Network"], "client": ["Fengnan Welded Pipe"]},
        extra={"keywords_add": ["高频焊管机", "直缝焊管机"], "keywords_remove": ["钢管"], "excluded_products": ["钢管现货", "废钢回收"],
               "audience": ["钢结构厂", "管材厂"]},
        source_text={"lead_ids": ["TS-2612-0101, -0104, -0107, -0110 and -0113"], "lead_count": ["the five leads"]},
        notes="Outlook 16 en-US (UTF-8 quoted-printable text + HTML); the ids as one full id followed by dash tails "
              "with an English 'and' before the last ('TS-2612-0101, -0104, -0107, -0110 and -0113' = five ids); the "
              "verdict lines start with bare tails (no new ids); '76 mm' is a distractor; the count 'the five leads'.")


@entry
def E4():
    rng = R("E4")
    d = dt(2026, 12, 9, 10, 15, 0)
    m = dict(from_name="Aydin Wang", addr="aydin.wang@youcheng-data.com", date=d,
             subject="Lead appeal KM-1208-2207 (WeChat cannot be added)", host=host_of(rng, "own", "mail.youcheng-data.com"))
    m["blocks"] = [
        "Dear DOR team,\n\nAppeal for lead KM-1208-2207, client Baijiantan Drilling Tools (克拉玛依白碱滩石油钻具有限公司).\n\n"
        "Pushed: 08 Dec, 09:40\nObjected: 08 Dec, 17:55\n\nThe requester left only a WeChat ID; the client tried from "
        "two accounts and the ID cannot be added (\"user not found\"). Screenshot attached. We know this is 15 minutes "
        "over the 8-hour window - the client was on a rig site without signal all day.\n\n"
        "Aydin Wang\nYoucheng Data (克拉玛依油城数联信息技术有限公司)"]
    m["atts"] = [Att("wechat_search.jpg", "image/jpeg", jpg(rng, rows=3, style="search"), "image/jpeg")]
    eml = huawei_email(m, rng)
    return m, eml, dict(
        kind="appeal", family="english", client="HUAWEI Email (Android; approximated)",
        fields=fields(partner="克拉玛依油城数联信息技术有限公司", client="克拉玛依白碱滩石油钻具有限公司", lead_ids=["KM-1208-2207"],
                      pushed_at=iso(2026, 12, 8, 9, 40), objected_at=iso(2026, 12, 8, 17, 55), reason_code=2),
        accept={"partner": ["Youcheng Data"], "client": ["Baijiantan Drilling Tools"]},
        source_text={"pushed_at": ["08 Dec, 09:40"], "objected_at": ["08 Dec, 17:55"], "reason_code": ["cannot be added"]},
        notes="HUAWEI Email (UTF-8 base64 text + HTML); English; year-less day-month dates with a comma before the clock "
              "('08 Dec, 09:40'); the objection 8 h 15 min after the push - just outside 8 h (the partner says so); "
              "code 2 in words; JPEG screenshot; 'two accounts' and '15 minutes' are distractors.")


@entry
def E5():
    rng = R("E5")
    d = dt(2026, 12, 15, 9, 0, 0)
    m = dict(from_name="Sophie Lin", addr="sophie.lin@licheng-xb.com", date=d,
             subject="Appeal - PT-1214-0930 / Hanjiang Shoe Materials", host=host_of(rng, "own", "mail.licheng-xb.com"))
    m["blocks"] = [
        "Hi,\n\nWe would like to appeal PT-1214-0930.\nClient: Putian Hanjiang Shoe Materials Machinery Co., Ltd. "
        "(莆田涵江鞋材机械有限公司)\nPartner: Licheng Cross-border (莆田荔城跨境电商服务有限公司)\n\n"
        "The lead came in yesterday at 22:45. The client added the WeChat ID this morning at 6:30 and it keeps saying the "
        "account is restricted, so it cannot be added - criterion no. 2. Screenshot attached.\n\nSophie Lin"]
    m["atts"] = [Att("IMG_20261215_063512.jpg", "image/jpeg", jpg(rng, rows=3, style="search"), "image/jpeg")]
    eml = kit7.apple_mail(m, rng)
    return m, eml, dict(
        kind="appeal", family="english", client="Apple Mail (macOS)",
        fields=fields(partner="莆田荔城跨境电商服务有限公司", client="莆田涵江鞋材机械有限公司", lead_ids=["PT-1214-0930"],
                      pushed_at=iso(2026, 12, 14, 22, 45), objected_at=iso(2026, 12, 15, 6, 30), reason_code=2),
        accept={"partner": ["Licheng Cross-border"], "client": ["Putian Hanjiang Shoe Materials Machinery Co., Ltd."]},
        source_text={"pushed_at": ["yesterday at 22:45"], "objected_at": ["this morning at 6:30"],
                     "reason_code": ["criterion no. 2"]},
        notes="Apple Mail (UTF-8 quoted-printable text + HTML, the JPEG's name as RFC 2231 filename*); English; a late-"
              "evening push ('yesterday at 22:45') and an early objection ('this morning at 6:30') across midnight - 7 h "
              "45 min, inside 8 h; the criterion as 'criterion no. 2'; the camera file name holds a date and a time "
              "that are no data.")


# ==========================================================================
# family: dates and times
# ==========================================================================

@entry
def D1():
    rng = R("D1")
    d = dt(2026, 12, 8, 17, 20, 0)
    m = dict(from_name="罗晓燕", addr="luoxiaoyan@shaxi-net.com", date=d, subject="永安林机 商机申诉 SM-1208-0273",
             host=host_of(rng, "own", "mail.shaxi-net.com"))
    m["blocks"] = [
        "总部您好：\n\n永安林机的商机 SM-1208-0273 申请不计入，推送时间是从后台直接导出的（系统给的是UTC时间）：\n"
        "推送时间（系统导出）：2026-12-08T01:35:00Z\n客户异议：今天下午3点10分\n"
        "情况：客户按需求者留的号码打过去，提示“您拨打的电话已停机”，连打两天都一样，属于留错电话。拨号截图附上。\n\n"
        "合作商：三明沙溪网络科技有限公司\n客户：三明永安林业机械有限公司\n\n罗晓燕\n沙溪网络"]
    m["atts"] = [Att("拨号截图.png", "image/png", png(rng, rows=4, style="list"), "image/png")]
    eml = foxmail_mac(m, rng)
    return m, eml, dict(
        kind="appeal", family="dates", client="Foxmail for Mac 1.5 (UTF-8; approximated)",
        fields=fields(partner="三明沙溪网络科技有限公司", client="三明永安林业机械有限公司", lead_ids=["SM-1208-0273"],
                      pushed_at=iso(2026, 12, 8, 9, 35), objected_at=iso(2026, 12, 8, 15, 10), reason_code=3),
        accept={"partner": ["沙溪网络"], "client": ["永安林机"]},
        source_text={"pushed_at": ["2026-12-08T01:35:00Z"], "objected_at": ["今天下午3点10分"], "reason_code": ["已停机"]},
        notes="Foxmail for Mac (UTF-8 base64 text + QP HTML); the push time pasted from a system export as ISO 8601 in "
              "UTC ('2026-12-08T01:35:00Z' = 09:35 Beijing time, the writer says it is UTC) and the objection as "
              "'今天下午3点10分' - 5 h 35 min, inside 8 h; code 3 from '已停机' (the number is out of service); PNG "
              "screenshot; '两天' is a distractor.")


@entry
def D2():
    rng = R("D2")
    d = dt(2026, 12, 11, 8, 50, 0)
    m = dict(from_name="赵德福", addr="zhaodefu@songhuajiang-net.com", date=d, subject="桦南农机 商机申诉",
             host=host_of(rng, "own", "mail.songhuajiang-net.com"), pc="ZHAODF-XP")
    m["blocks"] = [
        "总部：\n\n桦南农机这条商机申诉一下，编号JMS20261210-017。\n昨儿个头午十点二十推过来的，下晚儿五点半客户给我打电话，说对方是开饭店的，"
        "想整后厨的排烟管道，跟插秧机根本不是一个行业。\n麻烦给判一下。\n\n"
        "合作商：佳木斯松花江网络科技有限公司\n客户：佳木斯桦南农机制造有限公司\n赵德福 13904542176"]
    eml = outlook_express(m, rng)
    return m, eml, dict(
        kind="appeal", family="dates", client="Outlook Express 6 (Windows XP; approximated)",
        fields=fields(partner="佳木斯松花江网络科技有限公司", client="佳木斯桦南农机制造有限公司", lead_ids=["JMS20261210-017"],
                      pushed_at=iso(2026, 12, 10, 10, 20), objected_at=iso(2026, 12, 10, 17, 30), reason_code=4),
        accept={"client": ["桦南农机"]},
        source_text={"pushed_at": ["昨儿个头午十点二十"], "objected_at": ["下晚儿五点半", "昨儿个头午十点二十"],
                     "reason_code": ["根本不是一个行业"]},
        notes="Outlook Express 6 (gb2312 base64 text + HTML) from Jiamusi, written in north-eastern speech: '昨儿个头午"
              "十点二十' (yesterday, forenoon, 10:20) and '下晚儿五点半' (that evening 17:30, the day of the push) - 7 h "
              "10 min, inside 8 h; code 4 in words; no attachment; the mobile number and the id's date part are no "
              "times.")


@entry
def D3():
    rng = R("D3")
    d = dt(2026, 12, 10, 10, 0, 0)
    m = dict(from_name="汪海燕", addr="wanghaiyan@yicheng-net.com", date=d, subject="桐城编织机 商机汇总反馈",
             host=host_of(rng, "own", "mail.yicheng-net.com"))
    m["blocks"] = [
        "总部您好：\n\n桐城编织机汇总反馈：\n合作商：安庆宜城网络科技有限公司\n客户：安庆桐城塑料编织机械有限公司\n"
        "服务期：2026年下半年至2027年上半年（合同按半年度结算）\n合同量300条，已推198条。\n\n"
        "客户分析：圆织机、拉丝机组的询盘很准，成交4台；也有不少是买编织袋成品的。\n"
        "解决方案：排除“编织袋批发”，增加“六梭圆织机”。\n续费：客户说要看明年上半年的效果再决定。\n\n汪海燕\n宜城网络"]
    eml = dingtalk_mail(m, rng)
    return m, eml, dict(
        kind="summary", family="dates", client="DingTalk mail (approximated)",
        fields=fields(partner="安庆宜城网络科技有限公司", client="安庆桐城塑料编织机械有限公司", quota=300, pushed_count=198,
                      service_start="2026-07-01", service_end="2027-06-30"),
        accept={"partner": ["宜城网络"], "client": ["桐城编织机"]},
        renewal=None,
        source_text={"quota": ["合同量300条"], "pushed_count": ["已推198条"], "service_start": ["2026年下半年"],
                     "service_end": ["2027年上半年"]},
        notes="DingTalk mail (UTF-8 quoted-printable text + HTML); the period in half-years ('2026年下半年至2027年上半年' = "
              "2026-07-01 .. 2027-06-30); lead trigger only (66 %, 44 % of the period); '4台' and '明年上半年' are "
              "distractors; renewal undecided.")


@entry
def D4():
    rng = R("D4")
    d = dt(2026, 12, 3, 14, 40, 0)
    m = dict(from_name="刘建华", addr="liujianhua@shicheng-dm.com", date=d, subject="泊头铸造机 商机汇总（服务期快到了）",
             host=("smtp.263.net", f"211.150.{rng.randint(1, 250)}.{rng.randint(1, 250)}"))
    m["blocks"] = [
        "总部好：\n\n泊头铸造机的情况汇总：\n合作商：沧州狮城数字营销有限公司\n客户：沧州泊头铸造机械有限公司\n"
        "合同两年期，2027年2月28日到期。两年总共600条，已推了340条。\n\n"
        "分析：射芯机、造型机的询盘质量不错，成交2台；有一部分是要买铸件的。后面两个多月还要推260条，客户担心推不完。\n"
        "建议：排除“铸件加工”“铸铁件采购”，增加“覆膜砂射芯机”。\n续费：客户暂时不打算续。\n\n刘建华\n狮城数字"]
    eml = kit10.mail263(m, rng)
    return m, eml, dict(
        kind="summary", family="dates", client="263 enterprise webmail (approximated)",
        fields=fields(partner="沧州狮城数字营销有限公司", client="沧州泊头铸造机械有限公司", quota=600, pushed_count=340,
                      service_start="2025-03-01", service_end="2027-02-28"),
        accept={"partner": ["狮城数字"], "client": ["泊头铸造机"]},
        renewal=False,
        source_text={"quota": ["两年总共600条"], "pushed_count": ["已推了340条"],
                     "service_start": ["两年期", "2027年2月28日到期"], "service_end": ["2027年2月28日到期"]},
        notes="263 webmail (GB2312-declared quoted-printable text + base64 HTML); only the end and the length of the "
              "contract are written ('合同两年期，2027年2月28日到期': the start is 2025-03-01); time trigger only (57 %, "
              "88 % of the period); '2台', '两个多月' and '260条' (what is left) are distractors; renewal declined.")


@entry
def D5():
    rng = R("D5")
    d = dt(2026, 12, 10, 9, 10, 0)
    m = dict(from_name="常志刚", addr="changzhigang@taihang-ys.com", date=d, subject="阳城陶瓷机 商机申诉 JC-1209-0388",
             host=host_of(rng, "qiye163"))
    m["blocks"] = [
        "总部领导：\n\n阳城陶瓷机申诉一条商机，情况如下：\n商机编号：JC-1209-0388\n推送时间：2026年12月9日23时50分\n"
        "异议时间：次日0时35分（客户值夜班，收到推送就回了电话）\n"
        "申诉理由：需求者只留了微信，搜索显示“该账号已被封”，无法联系。截图附后。\n\n"
        "合作商：晋城太行云数科技有限公司\n客户：晋城阳城陶瓷机械有限公司\n\n常志刚\n太行云数"]
    m["atts"] = [Att("微信搜索结果.png", "image/png", png(rng, rows=3, style="search"), "image/png")]
    eml = kit7.coremail(m, rng, "qiye.163")
    return m, eml, dict(
        kind="appeal", family="dates", client="NetEase enterprise mail (Coremail)",
        fields=fields(partner="晋城太行云数科技有限公司", client="晋城阳城陶瓷机械有限公司", lead_ids=["JC-1209-0388"],
                      pushed_at=iso(2026, 12, 9, 23, 50), objected_at=iso(2026, 12, 10, 0, 35), reason_code=2),
        accept={"partner": ["太行云数"], "client": ["阳城陶瓷机"]},
        source_text={"pushed_at": ["2026年12月9日23时50分"], "objected_at": ["次日0时35分", "2026年12月9日23时50分"],
                     "reason_code": ["该账号已被封"]},
        notes="NetEase enterprise mail (Coremail, GBK base64 text + HTML); official-style times with 时 / 分 across "
              "midnight ('2026年12月9日23时50分' and '次日0时35分' = 10 December 00:35) - 45 min, inside 8 h; code 2 from "
              "'该账号已被封' (the WeChat account is banned); PNG screenshot.")


# ==========================================================================
# family: numbers and id shorthand
# ==========================================================================

@entry
def N1():
    rng = R("N1")
    d = dt(2026, 12, 11, 15, 0, 0)
    m = dict(from_name="郭丽娟", addr="guolijuan_wd@139.com", date=d, subject="禹州窑炉 商机汇总反馈",
             host=("smtp.139.com", f"120.232.{rng.randint(1, 250)}.{rng.randint(1, 250)}"))
    m["blocks"] = [
        "总部您好：\n\n禹州窑炉汇总反馈：\n合作商：许昌魏都网络科技有限公司\n客户：许昌禹州钧瓷窑炉设备有限公司\n"
        "服务期：2026年3月20日-2027年3月19日\n合同是二百四十条，目前推到第147条了（上个月推了22条）。\n\n"
        "情况：梭式窑、电窑的询盘精准，成交3台；也有问钧瓷工艺品的。\n方案：排除“钧瓷摆件”，增加“燃气梭式窑”。\n"
        "续费：客户有续费意向。\n\n郭丽娟\n魏都网络"]
    eml = kit9.mail139(m, rng)
    return m, eml, dict(
        kind="summary", family="numbers", client="139 webmail (approximated)",
        fields=fields(partner="许昌魏都网络科技有限公司", client="许昌禹州钧瓷窑炉设备有限公司", quota=240, pushed_count=147,
                      service_start="2026-03-20", service_end="2027-03-19"),
        accept={"partner": ["魏都网络"], "client": ["禹州窑炉"]},
        renewal=True,
        source_text={"quota": ["合同是二百四十条"], "pushed_count": ["推到第147条"], "service_start": ["2026年3月20日"],
                     "service_end": ["2027年3月19日"]},
        notes="139 webmail (GB18030 quoted-printable text + base64 HTML); the quota in Chinese numerals ('二百四十条'); "
              "the pushed count only as the number of the latest lead ('推到第147条了' = 147 pushed); both triggers "
              "(61 %, 73 % of the period); '上个月推了22条' and '3台' are distractors; renewal intended.")


@entry
def N2():
    rng = R("N2")
    d = dt(2026, 12, 9, 16, 30, 0)
    ids = ["JZ2612-0301", "JZ2612-0303", "JZ2612-0304", "JZ2612-0308", "JZ2612-0311", "JZ2612-0312", "JZ2612-0315",
           "JZ2612-0317", "JZ2612-0320", "JZ2612-0322"]
    v = ["准，问高铝砖成型机", "准", "不准，要买耐火砖", "准，隧道窑", "准", "不准，个人问价", "准，压砖机", "准", "不准，要招窑工", "准"]
    circ = "①②③④⑤⑥⑦⑧⑨⑩"
    m = dict(from_name="秦晓辉", addr="2417735081@qq.com", date=d, subject="修武耐材机 商机调整（十条）", host=host_of(rng, "qq"))
    m["blocks"] = [
        "总部好：\n\n修武耐材机这一批共十条的反馈：\n" + "\n".join(f"{circ[i]} {ids[i]} {v[i]}" for i in range(10))
        + "\n\n调整：新增“高铝砖成型机”“全自动压砖机”，删除“耐火材料”；不做：耐火砖成品、窑炉施工；推广对象：耐材厂、钢厂。\n\n"
        "合作商：焦作云台网络传媒有限公司\n客户：焦作修武耐火材料设备有限公司\n秦晓辉"]
    eml = kit7.tencent(m, rng)
    return m, eml, dict(
        kind="adjustment", family="numbers", client="QQ Mail",
        fields=fields(partner="焦作云台网络传媒有限公司", client="焦作修武耐火材料设备有限公司", lead_ids=ids, lead_count=10),
        accept={"client": ["修武耐材机"]},
        extra={"keywords_add": ["高铝砖成型机", "全自动压砖机"], "keywords_remove": ["耐火材料"], "excluded_products": ["耐火砖成品", "窑炉施工"],
               "audience": ["耐材厂", "钢厂"]},
        source_text={"lead_count": ["共十条"]},
        notes="QQ Mail (gb18030 base64 text + HTML) from a QQ number address; ten ids each after a circled number "
              "(① … ⑩, NFKC 1 … 10: list marks, not ids or counts); the count '共十条'; no attachment.")


@entry
def N3():
    rng = R("N3")
    d = dt(2026, 12, 10, 17, 0, 0)
    m = dict(from_name="何永强", addr="heyongqiang@fantai-dt.com", date=d, subject="米易破碎机 商机申诉（第2次提交）",
             host=host_of(rng, "exmail"))
    m["blocks"] = [
        "总部您好：\n\n米易破碎机这条商机申请不计入（上一封附件没带上，这是第2次提交）：\n商机ID：720113586\n推送：12月10日 9:05\n"
        "客户反馈：12月10日 15:50\n原因：客户是做颚式破碎机、反击破的，对方要买的是激光打标机，属于判定标准第⑤项。\n\n"
        "合作商：攀枝花钒钛数字科技有限公司\n客户：攀枝花米易破碎机械有限公司\n何永强 0812-3345678"]
    eml = kit7.tencent(m, rng, wecom=True)
    return m, eml, dict(
        kind="appeal", family="numbers", client="WeCom / Tencent Exmail",
        fields=fields(partner="攀枝花钒钛数字科技有限公司", client="攀枝花米易破碎机械有限公司", lead_ids=["720113586"],
                      pushed_at=iso(2026, 12, 10, 9, 5), objected_at=iso(2026, 12, 10, 15, 50), reason_code=5),
        accept={"client": ["米易破碎机"]},
        source_text={"pushed_at": ["12月10日 9:05"], "objected_at": ["12月10日 15:50"], "reason_code": ["判定标准第⑤项"]},
        notes="WeCom / Exmail (UTF-8 base64); a nine-digit numeric lead id after '商机ID：'; the criterion as a circled "
              "numeral ('第⑤项' = criterion 5, the seed's own crusher / laser example); 6 h 45 min, inside 8 h; '第2次' "
              "and the phone number are distractors; no attachment.")


@entry
def N4():
    rng = R("N4")
    d = dt(2026, 12, 14, 10, 20, 0)
    tails = ["0101", "0104", "0108", "0112", "0115"]
    ids = [f"SQ-2612-{t}" for t in tails]
    m = dict(from_name="陆文静", addr="luwenjing_yh@sina.com", date=d, subject="泗阳板材机 商机反馈", host=host_of(rng, "sina"))
    m["blocks"] = [
        "总部您好：\n\n泗阳板材机这一批5条，编号都是SQ-2612-开头，尾号分别为0101、0104、0108、0112、0115。\n"
        "反馈：0101、0108、0115 准确（问的都是多层板热压机、旋切机）；0104 要买胶合板成品；0112 是木材贸易商。\n"
        "调整建议：新增关键词“多层板热压机”“无卡旋切机”，删除“板材”；不做：胶合板成品、原木贸易；推广对象：板材厂、家具厂。\n\n"
        "合作商：宿迁洋河网络科技有限公司\n客户：宿迁泗阳板材机械有限公司\n陆文静"]
    eml = kit9.sina(m, rng)
    return m, eml, dict(
        kind="adjustment", family="numbers", client="Sina webmail (approximated)",
        fields=fields(partner="宿迁洋河网络科技有限公司", client="宿迁泗阳板材机械有限公司", lead_ids=ids, lead_count=5),
        accept={"client": ["泗阳板材机"]},
        extra={"keywords_add": ["多层板热压机", "无卡旋切机"], "keywords_remove": ["板材"], "excluded_products": ["胶合板成品", "原木贸易"],
               "audience": ["板材厂", "家具厂"]},
        source_text={"lead_ids": ["编号都是SQ-2612-开头，尾号分别为0101、0104、0108、0112、0115"], "lead_count": ["这一批5条"]},
        notes="Sina webmail (GBK base64 text + HTML); the ids as a prefix said once and the tails listed ('编号都是SQ-2612-"
              "开头，尾号分别为0101、0104…' = SQ-2612-0101 … SQ-2612-0115); the verdicts name bare tails again (no new "
              "ids); the count '这一批5条'.")


@entry
def N5():
    rng = R("N5")
    d = dt(2026, 12, 8, 15, 45, 0)
    ids = ["XT_2612_0511", "XT_2612_0513", "XT_2612_0516", "XT_2612_0518", "XT_2612_0519"]
    v = ["有效，问无刷电机定子绕线机", "无效，要买电动车电机", "有效", "有效，嵌线机报价", "无效，维修店要配件"]
    m = dict(from_name="彭志远", addr="pengzhiyuan@shaoshan-it.com", date=d, subject="湘乡电机配件 5个商机的反馈",
             host=host_of(rng, "own", "mail.shaoshan-it.com"))
    m["blocks"] = [
        "总部：\n\n湘乡电机配件这5个商机（编号是从导出表的文件名里复制的）：\n" + "\n".join(f"{ids[i]}：{v[i]}" for i in range(5))
        + "\n\n调整：加“定子绕线机”“自动嵌线机”，去掉“电机”；不做：整机电机、电机维修；推广对象：电机厂、电动工具厂。\n\n"
        "合作商：湘潭韶山网络科技有限公司\n客户：湘潭湘乡电机配件有限公司\n彭志远"]
    eml = qqmail_iphone(m, rng)
    return m, eml, dict(
        kind="adjustment", family="numbers", client="QQ Mail iPhone app (approximated)",
        fields=fields(partner="湘潭韶山网络科技有限公司", client="湘潭湘乡电机配件有限公司", lead_ids=ids, lead_count=5),
        accept={"client": ["湘乡电机配件"]},
        extra={"keywords_add": ["定子绕线机", "自动嵌线机"], "keywords_remove": ["电机"], "excluded_products": ["整机电机", "电机维修"],
               "audience": ["电机厂", "电动工具厂"]},
        source_text={"lead_count": ["这5个商机"]},
        notes="QQ Mail iPhone app (gb18030 base64 text + HTML); ids whose separators are underscores, copied from an "
              "export file name ('XT_2612_0511' is one id, kept as written); verdicts 有效 / 无效 after a full-width "
              "colon; the count '这5个商机'.")


# ==========================================================================
# family: filled forms (.docx / .xlsx)
# ==========================================================================

@entry
def F1():
    rng = R("F1")
    d = dt(2026, 12, 9, 15, 0, 0)
    when = "2026-12-09T06:40:00Z"
    grid = [["合作商", "@@0@@"], ["付费客户", "@@1@@"], ["商机编号", "@@2@@"], ["推送时间", "@@3@@"], ["客户异议时间", "@@4@@"],
            ["申诉理由", "@@5@@"], ["情况说明", "@@6@@"]]
    rich = [[("sdt", "四平英雄网络科技有限公司", "合作商")], [("sdt", "四平铁东换热器制造有限公司", "付费客户")],
            [("sdt", "SP-1209-0062", "商机编号")], [("sdt", "2026年12月9日 8:05", "推送时间")], [("ph", "客户异议时间")],
            [("sdt", "需求者留的电话是空号", "申诉理由")],
            [("sdt", "客户连打三次都提示空号，短信也发不出去。", "情况说明")]]
    form = docx14("吕春雨", when, "商机申诉书", grid, rich, paras_after=["（本表为总部模板，灰色文字处填写）"])
    m = dict(from_name="吕春雨", addr="lvchunyu@yingxiong-net.com", date=d, subject="铁东换热器 商机申诉书",
             host=host_of(rng, "own", "mail.yingxiong-net.com"))
    m["blocks"] = ["总部好，\n\n铁东换热器的申诉书见附件。表里的异议时间漏填了：客户是今天上午10点20分提出的。拨号截图也附上了。\n\n吕春雨\n英雄网络"]
    m["atts"] = [Att("铁东换热器申诉书.docx", CT_DOCX, form, CT_DOCX),
                 Att("拨号截图.png", "image/png", png(rng, rows=3, style="list"), "image/png")]
    eml = kit7.foxmail(m, rng)
    return m, eml, dict(
        kind="appeal", family="forms", client="Foxmail 7.2",
        fields=fields(partner="四平英雄网络科技有限公司", client="四平铁东换热器制造有限公司", lead_ids=["SP-1209-0062"],
                      pushed_at=iso(2026, 12, 9, 8, 5), objected_at=iso(2026, 12, 9, 10, 20), reason_code=3),
        accept={"partner": ["英雄网络"], "client": ["铁东换热器"]},
        source_text={"pushed_at": ["2026年12月9日 8:05"], "objected_at": ["今天上午10点20分"], "reason_code": ["空号"]},
        notes="Foxmail (gb2312) with a Word form filled in plain-text content controls (w:sdt inside the cells); the "
              "objection-time control is empty and still shows Word's placeholder ('单击或点击此处输入文字。', "
              "w:showingPlcHdr) - no value; the body supplies it ('今天上午10点20分') - 2 h 15 min, inside 8 h; code 3 "
              "('空号'); PNG screenshot.")


@entry
def F2():
    rng = R("F2")
    d = dt(2026, 12, 10, 14, 10, 0)
    when = "2026-12-10T05:30:00Z"
    grid = [["合作商", "客户", "商机编号", "推送时间", "异议时间", "申诉理由"],
            ["鸡西兴凯湖网络传媒有限公司", "鸡西密山煤矿机械有限公司", "@@0@@", "2026/12/10 8:30", "2026/12/10 11:45", "@@1@@"]]
    rich = [[("split", ["JX-2612-", "0833"])], [("split", ["同行", "摸底"]), ("t", "，对方自称煤矿，其实是做刮板机的厂家")]]
    form = docx14("韩立新", when, "商机申诉书", grid, rich, paras_before=["（横排填写，一行一条）"])
    m = dict(from_name="韩立新", addr="hanlixin_xkh@163.com", date=d, subject="密山煤机 商机申诉（附申诉书和录音）",
             host=host_of(rng, "163"))
    m["blocks"] = ["总部您好：\n\n密山煤机一条商机申诉，申诉书（横排的那种）和通话录音都在附件里，麻烦审核。\n\n韩立新\n兴凯湖网络"]
    m["atts"] = [Att("申诉书-密山煤机.docx", CT_DOCX, form, CT_DOCX),
                 Att("通话录音.mp3", "audio/mpeg", mp3(rng, 8), "audio/mpeg")]
    eml = kit7.coremail(m, rng, "163")
    return m, eml, dict(
        kind="appeal", family="forms", client="163 webmail (Coremail)",
        fields=fields(partner="鸡西兴凯湖网络传媒有限公司", client="鸡西密山煤矿机械有限公司", lead_ids=["JX-2612-0833"],
                      pushed_at=iso(2026, 12, 10, 8, 30), objected_at=iso(2026, 12, 10, 11, 45), reason_code=1),
        accept={"partner": ["兴凯湖网络"], "client": ["密山煤机"]},
        source_text={"pushed_at": ["2026/12/10 8:30"], "objected_at": ["2026/12/10 11:45"], "reason_code": ["同行摸底"]},
        notes="163 webmail (GBK base64, GBK RFC 2047 file names) with a Word form laid out horizontally (a header row of "
              "labels, one row of values) whose id and reason were split by Word's spell check into several runs "
              "between w:proofErr marks ('JX-2612-' + '0833'); 3 h 15 min, inside 8 h; code 1 from '同行摸底' with an "
              "MP3 recording; the fields only in the form.")


@entry
def F3():
    rng = R("F3")
    d = dt(2026, 12, 14, 11, 30, 0)
    ids = [f"TL-2612-{k:04d}" for k in (701, 703, 704, 709, 712, 714, 715, 718, 721, 725)]
    yn = ["精准", "精准", "不精准", "精准", "精准", "不精准", "精准", "精准", "不精准", "精准"]
    mark = ["✔", "✔", "✘", "✔", "✔", "✘", "✔", "✔", "✘", "✔"]
    note = ["玉米脱粒机", "", "要买玉米种子", "烘干塔报价", "", "个人问价", "剥皮机", "", "粮站招工", "脱粒机配件"]
    cells = {"A1": "商机调整反馈（开鲁玉米机）共10条", "A2": "合作商", "B2": "通辽科尔沁网络科技有限公司", "A3": "客户",
             "B3": "通辽开鲁玉米机械有限公司", "A5": "商机编号", "B5": "是否精准", "C5": "标记", "D5": "备注"}
    for i, x in enumerate(ids):
        cells[f"A{i + 6}"], cells[f"B{i + 6}"], cells[f"C{i + 6}"] = x, yn[i], mark[i]
        if note[i]:
            cells[f"D{i + 6}"] = note[i]
    cells.update({"A17": "新增关键词", "B17": "玉米脱粒机、玉米烘干塔", "A18": "删除关键词", "B18": "玉米", "A19": "不做产品",
                  "B19": "玉米种子、粮食收购", "A20": "推广对象", "B20": "粮库、农机合作社"})
    book = xlsx14("包雅琴", "2026-12-14T02:50:00Z", [("反馈", cells, ["A1:D1"], {"A": 16, "B": 12, "C": 8, "D": 18}, {},
                                                   [('"精准,不精准"', "B6:B15")])])
    m = dict(from_name="包雅琴", addr="baoyaqin@horqin-net.com", date=d, subject="开鲁玉米机 商机调整反馈（10条）",
             host=host_of(rng, "aliyun"))
    m["blocks"] = ["总部您好：\n\n开鲁玉米机这一批的反馈表见附件（是否精准一栏用的下拉选项）。\n\n包雅琴\n科尔沁网络"]
    m["atts"] = [Att("开鲁玉米机商机反馈.xlsx", CT_XLSX, book, CT_XLSX)]
    eml = dingtalk_mail(m, rng)
    return m, eml, dict(
        kind="adjustment", family="forms", client="DingTalk mail (approximated)",
        fields=fields(partner="通辽科尔沁网络科技有限公司", client="通辽开鲁玉米机械有限公司", lead_ids=ids, lead_count=10),
        accept={"partner": ["科尔沁网络"], "client": ["开鲁玉米机"]},
        extra={"keywords_add": ["玉米脱粒机", "玉米烘干塔"], "keywords_remove": ["玉米"], "excluded_products": ["玉米种子", "粮食收购"],
               "audience": ["粮库", "农机合作社"]},
        source_text={"lead_count": ["共10条"]},
        notes="DingTalk mail (UTF-8 quoted-printable) with an .xlsx whose verdict column is a drop-down list (data "
              "validation '精准,不精准') and a ✔ / ✘ column; ten ids, the proposals below the table; partner and client "
              "only in the workbook; the count '共10条'.")


@entry
def F4():
    rng = R("F4")
    d = dt(2026, 12, 14, 16, 40, 0)
    cells = {"A1": "商机汇总反馈（侯马铸管）", "A3": "合作商", "B3": "临汾尧都网络科技有限公司", "A4": "客户",
             "B4": "临汾侯马铸铁管设备有限公司", "A5": "服务开始", "B5": date(2026, 3, 15), "A6": "服务结束", "B6": date(2027, 3, 14),
             "A7": "合同条数", "B7": 260, "A8": "已推送", "B8": 190, "A9": "客户分析",
             "B9": "离心铸管机、退火炉询盘精准，成交1套；部分询盘要买铸铁管成品。", "A10": "建议", "B10": "排除“铸铁管批发”，增加“离心球墨铸管机”。",
             "A11": "续费意向", "B11": "待定（客户年后开会再定）"}
    fmts = {"B5": 'yyyy"年"m"月"d"日"', "B6": 'yyyy"年"m"月"d"日"', "B7": '0"条"', "B8": '0"条"'}
    book = xlsx14("贺志斌", "2026-12-14T08:20:00Z", [("汇总", cells, ["A1:B1"], {"A": 12, "B": 46}, fmts, [])])
    m = dict(from_name="贺志斌", addr="hezhibin@yaodu-net.com", date=d, subject="侯马铸管 商机汇总反馈",
             host=host_of(rng, "own", "mail.yaodu-net.com"))
    m["blocks"] = ["总部您好：\n\n侯马铸管的汇总反馈见附件表格。\n\n贺志斌\n尧都网络"]
    m["atts"] = [Att("侯马铸管汇总反馈.xlsx", CT_XLSX, book, CT_XLSX)]
    eml = kit7.outlook(m, rng, "zh-CN")
    return m, eml, dict(
        kind="summary", family="forms", client="Outlook 16 (zh-CN)",
        fields=fields(partner="临汾尧都网络科技有限公司", client="临汾侯马铸铁管设备有限公司", quota=260, pushed_count=190,
                      service_start="2026-03-15", service_end="2027-03-14"),
        accept={"partner": ["尧都网络"], "client": ["侯马铸管"]},
        renewal=None,
        source_text={"quota": ["合同条数 260"], "pushed_count": ["已推送 190"], "service_start": ["2026-03-15"],
                     "service_end": ["2027-03-14"]},
        notes="Outlook zh-CN with an .xlsx whose dates are real date cells in a Chinese number format "
              "('yyyy\"年\"m\"月\"d\"日\"': the stored values are dates, Excel shows 2026年3月15日) and whose counts are "
              "numbers shown with a unit format ('0\"条\"': 260, 190); both triggers (73 %, 75 % of the period); '1套' "
              "and '年后' are distractors; renewal undecided.")


@entry
def F5():
    rng = R("F5")
    d = dt(2026, 12, 11, 17, 15, 0)
    cells = {"A1": "商机申诉表", "A3": "合作商", "B3": "儋州那大网络科技有限公司", "A4": "付费客户", "B4": "儋州木棠橡胶机械有限公司",
             "A5": "商机编号", "B5": "DZ-1211-0045", "A6": "推送时间", "B6": local(2026, 12, 11, 10, 40), "A7": "异议时间",
             "B7": local(2026, 12, 11, 14, 5), "A8": "判定标准", "B8": "☐1 同行骚扰  ☑2 微信加不上  ☐3 留错电话  ☐4 行业不符  ☐5 产品不一致",
             "A9": "情况说明", "B9": "需求者只留了微信号，搜索提示不存在。"}
    fmts = {"B6": 'm"月"d"日" h:mm', "B7": 'm"月"d"日" h:mm'}
    book = xlsx14("符海妹", "2026-12-11T08:55:00Z", [("申诉", cells, ["A1:B1"], {"A": 12, "B": 60}, fmts, [])])
    m = dict(from_name="符海妹", addr="3308451926@qq.com", date=d, subject="木棠橡胶机 商机申诉表", host=host_of(rng, "qq"))
    m["blocks"] = ["总部您好：\n附件是木棠橡胶机的申诉表（Excel版）和微信截图，请审核。\n符海妹"]
    m["atts"] = [Att("商机申诉表-木棠橡胶机.xlsx", "application/octet-stream", book, CT_XLSX),
                 Att("微信截图.jpg", "image/jpeg", jpg(rng, rows=3, style="search"), "image/jpeg")]
    eml = kit7.tencent(m, rng)
    return m, eml, dict(
        kind="appeal", family="forms", client="QQ Mail",
        fields=fields(partner="儋州那大网络科技有限公司", client="儋州木棠橡胶机械有限公司", lead_ids=["DZ-1211-0045"],
                      pushed_at=iso(2026, 12, 11, 10, 40), objected_at=iso(2026, 12, 11, 14, 5), reason_code=2),
        accept={"client": ["木棠橡胶机"]},
        source_text={"pushed_at": ["2026-12-11 10:40"], "objected_at": ["2026-12-11 14:05"], "reason_code": ["☑2 微信加不上"]},
        notes="QQ Mail (gb18030) with the appeal form as an .xlsx declared application/octet-stream: the times are "
              "real date-time cells shown year-less ('m\"月\"d\"日\" h:mm': Excel shows 12月11日 10:40, the value holds "
              "2026); ☑ / ☐ criterion boxes as text; 3 h 25 min, inside 8 h; code 2; JPEG screenshot.")


# ==========================================================================
# family: mail that is none of the three requests
# ==========================================================================

@entry
def U1():
    rng = R("U1")
    d = dt(2026, 12, 7, 11, 20, 0)
    m = dict(from_name="韩立新", addr="hanlixin_xkh@126.com", date=d, subject="咨询：试用期客户的商机能不能申诉？",
             host=host_of(rng, "126"))
    m["blocks"] = ["总部老师好：\n\n想咨询一个规则问题：我们有个客户还在试用期（合同签了但首款还没到账），这期间推送的商机如果客户有异议，"
                   "能按申诉流程走吗？判定标准里写的是“付费客户且在8小时之内反馈的”，试用期算不算付费客户？\n"
                   "目前没有具体要申诉的商机，先问清楚。\n\n韩立新\n鸡西兴凯湖网络传媒有限公司"]
    eml = kit7.coremail(m, rng, "126")
    return m, eml, dict(
        kind="unknown", family="non_request", topic="question", client="126 webmail (Coremail)",
        fields=fields(), accept={}, source_text={},
        notes="126 webmail: a known partner asks whether a client in its trial period (first payment not yet received) "
              "counts as a paying client for appeals; it quotes the criterion ('付费客户且在8小时之内反馈的') and says "
              "there is no lead to appeal - unknown (question); the partner's name and '8小时' are no fields.")


@entry
def U2():
    rng = R("U2")
    d = dt(2026, 12, 2, 10, 5, 0)
    cells = {"A1": "商机下单表", "A3": "合作商", "B3": "孝感槐荫网络科技有限公司", "A4": "客户", "B4": "孝感汉川针织机械有限公司",
             "A5": "合同条数", "B5": 200, "A6": "服务期", "B6": "2026年12月15日至2027年12月14日", "A7": "主做产品", "B7": "电脑横机、袜机",
             "A8": "关键词", "B8": "电脑横机、全自动袜机、针织横机", "A9": "不做产品", "B9": "二手横机、针织成衣", "A10": "目标人群", "B10": "针织厂、毛衫厂"}
    book = xlsx14("肖红梅", "2026-12-02T01:40:00Z", [("下单表", cells, ["A1:B1"], {"A": 12, "B": 40}, {}, [])])
    m = dict(from_name="肖红梅", addr="xiaohongmei@huaiyin-net.com", date=d, subject="新客户商机下单表（汉川针织机）",
             host=host_of(rng, "exmail"))
    m["blocks"] = ["总部您好：\n\n我们新签了一家客户：孝感汉川针织机械有限公司，附件是商机下单表（关键词和不做产品已经和客户书面确认过），"
                   "麻烦安排开通推广，服务期从12月15日开始。\n\n肖红梅\n孝感槐荫网络科技有限公司"]
    m["atts"] = [Att("商机下单表-汉川针织机.xlsx", CT_XLSX, book, CT_XLSX)]
    eml = kit7.tencent(m, rng, wecom=True)
    return m, eml, dict(
        kind="unknown", family="non_request", topic="onboarding", client="WeCom / Tencent Exmail",
        fields=fields(), accept={}, source_text={},
        notes="WeCom / Exmail (UTF-8 base64) with a new client's order form (商机下单表: quota, period, keywords, excluded "
              "products, audience) asking HQ to start the promotion - a client being onboarded, not an adjustment (no "
              "leads are fed back) nor a summary: unknown (onboarding); the client, '200', the period and the keywords "
              "are no fields.")


@entry
def U3():
    rng = R("U3")
    d = dt(2026, 12, 4, 15, 30, 0)
    m = dict(from_name="向春燕", addr="xiangchunyan@qingjiang-dm.com", date=d, subject="11月服务费发票抬头有误，申请红冲重开",
             host=host_of(rng, "own", "mail.qingjiang-dm.com"), pc="QINGJIANG-FIN01")
    m["blocks"] = ["财务老师您好：\n\n贵司12月1日开给我司的11月服务费发票（金额12,800.00元），抬头写成了“恩施清江网络科技有限公司”，"
                   "我司全称是“恩施清江数字营销有限公司”，税号 91422800MA4F3K7Q2X。麻烦红冲后按正确抬头重开，原发票扫描件附上。\n\n"
                   "向春燕\n恩施清江数字营销有限公司 财务部"]
    m["atts"] = [Att("原发票扫描件.pdf", "application/pdf", kit7.pdf_scan(rng, "20261204151000+08'00'"), "application/pdf")]
    eml = kit9.winmail(m, rng)
    return m, eml, dict(
        kind="unknown", family="non_request", topic="invoice", client="Windows Mail (approximated)",
        fields=fields(), accept={}, source_text={},
        notes="Windows Mail (UTF-8 base64) with a scanned invoice (PDF, role form by its file type): a wrong invoice "
              "title to be reversed and reissued - unknown (invoice); both company names, the tax id and the amount "
              "are no fields.")


@entry
def U4():
    rng = R("U4")
    d = dt(2026, 12, 11, 9, 30, 0)
    m = dict(from_name="魏晓东", addr="weixiaodong@feitian-net.com", date=d, subject="邀请：酒泉区域季度商机复盘（腾讯会议）",
             host=host_of(rng, "own", "mail.feitian-net.com"))
    m["blocks"] = ["总部各位老师：\n\n魏晓东 邀请您参加腾讯会议\n会议主题：酒泉区域第四季度商机复盘\n"
                   "会议时间：2026/12/16 14:30-15:30 (GMT+08:00) 中国标准时间 - 北京\n\n点击链接入会，或添加至会议列表：\n"
                   "https://meeting.tencent.com/dm/Q7hV2pLk3XYz\n\n#腾讯会议：482-337-906\n\n"
                   "议题：1. 瓜州枸杞机等4家客户的商机质量；2. 明年续费计划。\n\n魏晓东\n酒泉飞天网络科技有限公司"]
    eml = kit7.gmail(m, rng)
    return m, eml, dict(
        kind="unknown", family="non_request", topic="meeting", client="Gmail (Google Workspace)",
        fields=fields(), accept={}, source_text={},
        notes="Gmail: a Tencent Meeting invitation pasted into the body - unknown (meeting); the date, the time range, "
              "the meeting number '482-337-906', '4家' and the client named in the agenda are no fields.")


@entry
def U5():
    rng = R("U5")
    d = dt(2026, 12, 1, 9, 0, 0)
    m = dict(from_name="和丽萍", addr="helipin@yulong-dm.com", date=d, subject="公司更名通知（原丽江玉龙网络科技有限公司）",
             host=host_of(rng, "aliyun"))
    m["blocks"] = ["总部您好：\n\n我司已于2026年11月28日完成工商变更，名称由“丽江玉龙网络科技有限公司”变更为“丽江玉龙雪山数字科技有限公司”，"
                   "统一社会信用代码不变。请更新合作商档案和后台名称，之前的合同和在服务客户（共6家）不受影响。变更通知书附后。\n\n"
                   "和丽萍\n丽江玉龙雪山数字科技有限公司"]
    m["atts"] = [Att("名称变更通知书.jpg", "image/jpeg", kit13.scan_jpg(rng), "image/jpeg")]
    eml = kit7.alimail(m, rng)
    return m, eml, dict(
        kind="unknown", family="non_request", topic="account", client="Alibaba enterprise mailbox (web; approximated)",
        fields=fields(), accept={}, source_text={},
        notes="Alibaba enterprise mailbox (UTF-8 base64) with a photographed notice (JPEG, role screenshot by its file "
              "type): the partner's change of company name - unknown (account); the old and new names, the date and "
              "'6家' are no fields.")


@entry
def U6():
    rng = R("U6")
    d = dt(2026, 12, 14, 17, 50, 0)
    m = dict(from_name="何永强", addr="heyongqiang@fantai-dt.com", date=d, subject="投诉：申诉超过48小时仍未给判定结果",
             host=host_of(rng, "exmail"))
    m["blocks"] = ["总部：\n\n我们12月10日17点提交的米易破碎机那条商机（720113586）申诉，到今天已经过了两个工作日，超过了承诺的48小时，"
                   "到现在还没有判定结果，也没有人要补充材料。客户每天都在问，请尽快处理，并说明一下为什么超时。\n\n何永强\n钒钛数字"]
    eml = kit7.tencent(m, rng, wecom=True)
    return m, eml, dict(
        kind="unknown", family="non_request", topic="complaint", client="WeCom / Tencent Exmail",
        fields=fields(), accept={}, source_text={},
        notes="WeCom / Exmail: a complaint that an appeal's verdict is overdue (more than 48 working hours); it names the "
              "lead id and the submission time but carries no case tag and no thread header - unknown (complaint); the "
              "id, the client and the times are no fields.")


@entry
def U7():
    rng = R("U7")
    d = dt(2026, 12, 3, 8, 45, 0)
    m = dict(from_name="中原农机展组委会", addr="expo@cnzy-agri-expo.cn", date=d, subject="2027中原国际农机展 展位预订最后10天（8折）",
             host=("edm3.cnzy-agri-expo.cn", "101.37.88.14"))
    m["html"] = ('<html><body><h2>2027中原国际农业机械博览会</h2><p>展期：2027年3月18日—20日　地点：郑州国际会展中心</p>'
                 '<p>标准展位（9㎡）原价12800元，12月13日前预订享8折，光地36㎡起租。预计观众5万人次，采购商3000家。</p>'
                 '<p>联系人：展务部 王经理 13703851126（微信同号）</p><p>如不希望再收到此类邮件，请回复“退订”。</p></body></html>')
    eml = kit7.html_only(m, rng, "utf-8", "quoted-printable", "EDM-Sender 5.2 (approximated)", "plain")
    return m, eml, dict(
        kind="unknown", family="non_request", topic="pitch", client="EDM sender (HTML only; approximated)",
        fields=fields(), accept={}, source_text={},
        notes="A trade-fair booth sales mail sent as one quoted-printable text/html part from a stranger - unknown "
              "(pitch); the dates, prices, '5万人次', '3000家' and the phone number are no fields.")


@entry
def U8():
    rng = R("U8")
    d = dt(2026, 12, 1, 8, 31, 0)
    m = dict(from_name="马玉兰", addr="mayulan.szs@gmail.com", date=d, subject="测试", host=host_of(rng, "google"))
    m["blocks"] = ["测试一下新邮箱能不能发到总部，收到请忽略。以后石嘴山这边的申诉和汇总都用这个邮箱发。\n\n马玉兰"]
    eml = kit7.android(m, rng)
    return m, eml, dict(
        kind="unknown", family="non_request", topic="other", client="phone mail app (8bit GBK)",
        fields=fields(), accept={}, source_text={},
        notes="A phone mail app (8bit GBK, text only): a partner's test mail from a new mailbox ('测试', '收到请忽略'), "
              "which mentions appeals and summaries - unknown (other); no fields.")


# ==========================================================================
# family: replies in a thread that correct one field
# ==========================================================================

@entry
def R1():
    rng = R("R1")
    d = dt(2026, 12, 10, 10, 5, 0)
    m = dict(from_name="吕春雨", addr="2853310947@qq.com", date=d, subject="回复：［DOR＃SS－2026－001421］商机申诉已受理",
             host=host_of(rng, "qq"))
    m["irt"] = "<ack.SS-2026-001421@ptg139.com>"
    m["refs"] = ["<ack.SS-2026-001421@ptg139.com>"]
    qhead = "------------------ 原始邮件 ------------------\n发件人: \"总部商机服务\" <dor@ptg139.com>\n发送时间: 2026年12月9日(星期三) 下午4:02"
    qbody = hq_text("SS-2026-001421", "商机申诉", ["客户：四平铁东换热器厂", "推送时间：2026-12-09 08:05"])
    m["blocks"] = ["总部您好：\n\n客户全称更正为：四平铁东换热器制造有限公司（登记时写成了“四平铁东换热器厂”）。其他信息不变。\n\n吕春雨\n",
                   Quote("\n" + qhead + "\n" + qbody, qhead, qbody)]
    eml = kit7.tencent(m, rng)
    return m, eml, dict(
        kind="reply", family="thread", client="QQ Mail",
        fields=fields(client="四平铁东换热器制造有限公司"), accept={}, source_text={},
        notes="QQ Mail '回复：' with the tag written in full-width characters ('［DOR＃SS－2026－001421］', NFKC "
              "[DOR#SS-2026-001421]) and In-Reply-To / References; the new text corrects the client's full name (the old "
              "'四平铁东换热器厂' and the quoted HQ text are no data).")


@entry
def R2():
    rng = R("R2")
    d = dt(2026, 12, 11, 9, 20, 0)
    m = dict(from_name="何永强", addr="heyongqiang@fantai-dt.com", date=d, subject="Re: 商机申诉需补充说明",
             host=host_of(rng, "own", "mail.fantai-dt.com"), lang="zh-CN")
    m["refs"] = ["<ack.SS-2026-001423@ptg139.com>", "<needinfo.SS-2026-001423@ptg139.com>"]
    qhead = "在 2026/12/10 18:12, 总部商机服务 写道:"
    qbody = hq_text("SS-2026-001423", "商机申诉", ["申诉理由：第4条（行业不符）", "请确认申诉理由。"])
    m["blocks"] = ["总部：\n\n申诉理由改为第5条（产品不一致）——客户和对方都是做机械的，只是产品不同，不是行业不符。\n\n何永强\n",
                   qhead + "\n" + quote_gt(qbody)]
    eml = kit7.thunderbird(m, rng, "UTF-8")
    return m, eml, dict(
        kind="reply", family="thread", client="Thunderbird 128 (UTF-8, 8bit)",
        fields=fields(reason_code=5), accept={}, source_text={"reason_code": ["申诉理由改为第5条"]},
        notes="Thunderbird (UTF-8 8bit) 'Re:' without a tag and without In-Reply-To: only References points at HQ's "
              "messages (thread_case_ref from it); the new text changes the criterion to 5 ('第4条' and '行业不符' in "
              "the quote and in the explanation are the old value); the quoted HQ text is ignored.")


@entry
def R3():
    rng = R("R3")
    d = dt(2026, 12, 10, 16, 25, 0)
    m = dict(from_name="Linda Sun", addr="linda.sun@haizhou-tradelink.com", date=d,
             subject="RE: [DOR#SS-2026-001425] 商机汇总反馈已受理", host=host_of(rng, "own", "mail.haizhou-tradelink.com"))
    m["irt"] = "<ack.SS-2026-001425@ptg139.com>"
    m["refs"] = ["<ack.SS-2026-001425@ptg139.com>"]
    qhead = "From: 总部商机服务 <dor@ptg139.com>\nSent: Tuesday, December 8, 2026 5:40 PM\nTo: Linda Sun <linda.sun@haizhou-tradelink.com>"
    qbody = hq_text("SS-2026-001425", "商机汇总反馈", ["服务期：2026-03-16 至 2027-03-15"])
    m["blocks"] = ["Hi,\n\nOne correction: the contract actually ends on 31 March 2027 - the client signed a two-week extension "
                   "in October. The start date is unchanged.\n\nLinda\n", Quote("\n" + qhead + "\n\n" + qbody, qhead, qbody)]
    eml = kit7.outlook(m, rng, "en-US")
    return m, eml, dict(
        kind="reply", family="thread", client="Outlook 16 (en-US)",
        fields=fields(service_end="2027-03-31"), accept={}, source_text={"service_end": ["31 March 2027"]},
        notes="Outlook en-US 'RE:' with the tag and In-Reply-To / References; English; the new text corrects the service "
              "end ('31 March 2027'); 'two-week' and 'October' are no dates; the quoted HQ period is ignored.")


@entry
def R4():
    rng = R("R4")
    d = dt(2026, 12, 15, 14, 0, 0)
    m = dict(from_name="郭丽娟", addr="guolijuan@weidu-net.com", date=d, subject="答复: 商机汇总反馈已受理",
             host=host_of(rng, "own", "mail.weidu-net.com"))
    m["irt"] = "<ack.SS-2026-001427@ptg139.com>"
    qhead = ("发件人: 总部商机服务 <dor@ptg139.com>\n发送时间: 2026年12月11日 16:30\n收件人: 郭丽娟 <guolijuan@weidu-net.com>\n"
             "主题: [DOR#SS-2026-001427] 商机汇总反馈已受理")
    qbody = hq_text("SS-2026-001427", "商机汇总反馈", ["已推送：167条"])
    m["blocks"] = ["总部您好：\n\n已推送数量更正为176条（我上封写的是167，数字打反了）。\n\n郭丽娟\n魏都网络\n",
                   Quote("\n" + qhead + "\n\n" + qbody, qhead, qbody)]
    eml = outlook2010(m, rng, "zh-CN")
    return m, eml, dict(
        kind="reply", family="thread", client="Outlook 2010 (zh-CN)",
        fields=fields(pushed_count=176), accept={}, source_text={"pushed_count": ["更正为176条"]},
        notes="Outlook 2010 zh-CN '答复:' with no tag in the subject and only In-Reply-To pointing at HQ's "
              "acknowledgement (no References); the new text corrects the pushed count (176; '167' is the old value); "
              "the quoted HQ header with its tag and the quoted text are ignored.")


@entry
def R5():
    rng = R("R5")
    d = dt(2026, 12, 11, 8, 55, 0)
    m = dict(from_name="韩立新", addr="hanlixin_xkh@163.com", date=d, subject="Re:【DOR#SS-2026-001429】商机申诉需补充材料",
             host=host_of(rng, "163"))
    m["irt"] = "<needinfo.SS-2026-001429@ptg139.com>"
    m["refs"] = ["<ack.SS-2026-001429@ptg139.com>", "<needinfo.SS-2026-001429@ptg139.com>"]
    qhead = "在 2026-12-10 18:30:12，\"总部商机服务\" <dor@ptg139.com> 写道："
    qbody = hq_text("SS-2026-001429", "商机申诉", ["商机编号：JX-2612-0833", "请补充客户的聊天截图。"])
    m["blocks"] = ["总部您好：\n\n截图补上了（见附件）。另外编号我抄错了一位，应为 JX-2612-0838，不是0833。\n\n韩立新\n",
                   Quote("\n" + qhead + "\n" + qbody, qhead, qbody)]
    m["atts"] = [Att("聊天截图.png", "image/png", png(rng, rows=7), "image/png")]
    eml = kit7.coremail(m, rng, "163")
    return m, eml, dict(
        kind="reply", family="thread", client="163 webmail (Coremail)",
        fields=fields(lead_ids=["JX-2612-0838"]), accept={}, source_text={},
        notes="163 webmail 'Re:' glued to the 【】 tag, In-Reply-To / References; the reply adds the screenshot HQ asked "
              "for (PNG) and corrects the lead id (JX-2612-0838; '0833' and the quoted id are the old value).")


# ==========================================================================
# family: short names only
# ==========================================================================

@entry
def S1():
    rng = R("S1")
    d = dt(2026, 12, 11, 11, 0, 0)
    m = dict(from_name="魏晓东", addr="weixiaodong@feitian-net.com", date=d, subject="【瓜州枸杞机】商机申诉 JQ-1211-0117",
             host=host_of(rng, "own", "mail.feitian-net.com"))
    m["blocks"] = ["总部好：\n\n瓜州枸杞机的 JQ-1211-0117 申诉：今早8点40推的，10点15分客户反馈说对方是同行过来摸底的，问了半天烘干线的"
                   "报价和电控配置，最后说漏了嘴自己也是做枸杞烘干设备的。通话录音附上。\n\n"
                   "——\n飞天网络 魏晓东\n让每一条商机都算数"]
    m["atts"] = [Att("通话录音.wav", "audio/wav", wav(rng, 3), "audio/wav")]
    eml = qqmail_iphone(m, rng)
    return m, eml, dict(
        kind="appeal", family="short_names", client="QQ Mail iPhone app (approximated)",
        fields=fields(partner="飞天网络", client="瓜州枸杞机", lead_ids=["JQ-1211-0117"], pushed_at=iso(2026, 12, 11, 8, 40),
                      objected_at=iso(2026, 12, 11, 10, 15), reason_code=1),
        accept={},
        source_text={"pushed_at": ["今早8点40"], "objected_at": ["10点15分", "今早8点40"], "reason_code": ["同行过来摸底"]},
        notes="QQ Mail iPhone app (gb18030 base64 text + HTML); short names only: the client in 【】 in the subject and "
              "in the body, the partner only in the signature below '——' (with a slogan line); '今早8点40' and a bare "
              "'10点15分' (the morning of the push) - 1 h 35 min, inside 8 h; code 1 with a WAV recording.")


@entry
def S2():
    rng = R("S2")
    d = dt(2026, 12, 14, 15, 0, 0)
    m = dict(from_name="马玉兰", addr="mayulan.szs@gmail.com", date=d, subject="惠农铁合金设备 申诉（编号待补）",
             host=host_of(rng, "google"))
    m["blocks"] = ["总部您好：\n\n惠农铁合金设备今天有一条商机要申诉，但编号客户那边没截到，后台也还没同步，先把情况报上来，编号查到了马上补：\n"
                   "推送：12月14日上午9点50分\n客户反馈：12月14日下午1点10分\n"
                   "理由：对方是做婚庆的，要找人搭舞台，跟矿热炉、铁合金设备不是一个行业。\n\n大武口网络 马玉兰"]
    eml = kit7.gmail(m, rng)
    return m, eml, dict(
        kind="appeal", family="short_names", client="Gmail (Google Workspace)",
        fields=fields(partner="大武口网络", client="惠农铁合金设备", pushed_at=iso(2026, 12, 14, 9, 50),
                      objected_at=iso(2026, 12, 14, 13, 10), reason_code=4),
        accept={},
        source_text={"pushed_at": ["12月14日上午9点50分"], "objected_at": ["12月14日下午1点10分"], "reason_code": ["不是一个行业"]},
        notes="Gmail (UTF-8); short names only (the partner before the writer, the client in the subject and body); the "
              "lead id is not known yet ('编号客户那边没截到'): lead_ids empty and missing; 3 h 20 min, inside 8 h; code 4 "
              "in words; no attachment.")


@entry
def S3():
    rng = R("S3")
    d = dt(2026, 12, 9, 14, 20, 0)
    ids = ["HZ-1207-0231", "HZ-1207-0236", "HZ-1208-0240", "HZ-1208-0244", "HZ-1209-0250"]
    v = ["准，问脐橙分选线", "准", "不准，要买脐橙", "准，清洗打蜡机", "不准，果园招工"]
    m = dict(from_name="莫晓琳", addr="moxiaolin@gupo-net.com", date=d, subject="姑婆山网络/富川分选机 第二批5条反馈",
             host=host_of(rng, "own", "mail.gupo-net.com"))
    m["blocks"] = ["总部好：\n\n第二批5条客户看过了：\n" + "\n".join(f"{ids[i]} {v[i]}" for i in range(5))
                   + "\n调整：加“脐橙分选线”“清洗打蜡机”，删“脐橙”；不做：鲜果销售；推广对象：果品公司、冷库。\n\n莫晓琳"]
    eml = kit10.roundcube(m, rng)
    return m, eml, dict(
        kind="adjustment", family="short_names", client="Roundcube Webmail 1.6 (approximated)",
        fields=fields(partner="姑婆山网络", client="富川分选机", lead_ids=ids, lead_count=5),
        accept={},
        extra={"keywords_add": ["脐橙分选线", "清洗打蜡机"], "keywords_remove": ["脐橙"], "excluded_products": ["鲜果销售"],
               "audience": ["果品公司", "冷库"]},
        source_text={"lead_count": ["第二批5条"]},
        notes="Roundcube (UTF-8 quoted-printable); partner and client only as short names joined by a slash in the "
              "subject ('姑婆山网络/富川分选机'), none in the body; five ids with verdicts; '第二批' is no count; the count "
              "'第二批5条'.")


@entry
def S4():
    rng = R("S4")
    d = dt(2026, 12, 7, 10, 40, 0)
    m = dict(from_name="覃志华", addr="qinzhihua_ql@139.com", date=d, subject="藤县陶瓷机 汇总反馈",
             host=("smtp.139.com", f"120.232.{rng.randint(1, 250)}.{rng.randint(1, 250)}"))
    m["blocks"] = ["总部：\n\n藤县陶瓷机汇总：\n服务开始：2026年2月1日\n到期日：合同复印件上字迹不清，我们再去客户那边核对后补。\n"
                   "合同220条，已推150条。\n客户说压砖机、施釉线询盘准，成交1条线；问瓷砖成品的比较多，建议排除“瓷砖批发”。续费：客户倾向续。\n\n"
                   "骑楼网络 覃志华"]
    eml = kit9.mail139(m, rng)
    return m, eml, dict(
        kind="summary", family="short_names", client="139 webmail (approximated)",
        fields=fields(partner="骑楼网络", client="藤县陶瓷机", quota=220, pushed_count=150, service_start="2026-02-01"),
        accept={},
        renewal=True,
        source_text={"quota": ["合同220条"], "pushed_count": ["已推150条"], "service_start": ["2026年2月1日"]},
        notes="139 webmail (GB18030 quoted-printable text + base64 HTML); short names only (the partner before the "
              "writer); the end of the period cannot be read ('到期日：合同复印件上字迹不清'): service_end null and "
              "missing, the trigger judged on the leads alone (68 %: lead_60); '1条线' is no count; renewal intended.")


@entry
def S5():
    rng = R("S5")
    d = dt(2026, 12, 15, 11, 40, 0)
    ids = ["AKS-2612-1101", "AKS-2612-1104", "AKS-2612-1105", "AKS-2612-1109", "AKS-2612-1112", "AKS-2612-1113",
           "AKS-2612-1118", "AKS-2612-1120", "AKS-2612-1124", "AKS-2612-1127"]
    v = ["准", "准，红枣烘干房", "不准，要买干枣", "准", "准，去核机", "不准，枣园招工", "准", "准，分级机", "不准，个人", "准"]
    m = dict(from_name="买买提·艾力", addr="maimaiti@duolang-net.com", date=d, subject="「鑫泰」10条商机反馈",
             host=host_of(rng, "own", "mail.duolang-net.com"))
    m["blocks"] = ["总部您好：\n\n「鑫泰」（做红枣烘干的那家）这10条的反馈：\n" + "\n".join(f"{ids[i]} {v[i]}" for i in range(10))
                   + "\n调整：新增“红枣烘干房”“红枣去核机”，删除“红枣”；不做：干枣批发、枣园管理；推广对象：枣业合作社、果品加工厂。\n\n"
                   "多浪网络 买买提·艾力"]
    eml = kit8.mailmaster(m, rng)
    return m, eml, dict(
        kind="adjustment", family="short_names", client="NetEase Mail Master (iOS; approximated)",
        fields=fields(partner="多浪网络", client="鑫泰", lead_ids=ids, lead_count=10),
        accept={},
        extra={"keywords_add": ["红枣烘干房", "红枣去核机"], "keywords_remove": ["红枣"], "excluded_products": ["干枣批发", "枣园管理"],
               "audience": ["枣业合作社", "果品加工厂"]},
        source_text={"lead_count": ["这10条"]},
        notes="NetEase Mail Master (UTF-8 base64); the client only as a brand in corner brackets ('「鑫泰」', with a "
              "description of what it makes), the partner before a writer whose name holds a middle dot; ten ids "
              "with a three-letter prefix; the count '这10条'.")


# ==========================================================================
# family: clean requests
# ==========================================================================

@entry
def C1():
    rng = R("C1")
    d = dt(2026, 12, 16, 15, 30, 0)
    m = dict(from_name="孔祥军", addr="kongxiangjun@tengzhou-dm.com", date=d, subject="商机申诉 薛城机床 ZZ-1216-0152",
             host=host_of(rng, "own", "mail.tengzhou-dm.com"))
    m["blocks"] = ["总部您好：\n\n合作商：枣庄滕州数字营销有限公司\n付费客户：枣庄薛城数控机床有限公司\n商机编号：ZZ-1216-0152\n"
                   "推送时间：2026-12-16 10:05\n客户异议时间：2026-12-16 13:40\n申诉理由：需求者属于同行恶意询价（判定标准第1条）\n"
                   "情况说明：对方反复索要数控车床的电气图纸和报价单，最后承认自己是做机床的。\n附件：通话录音、聊天截图\n\n孔祥军\n滕州数字"]
    m["atts"] = [Att("通话录音.amr", "audio/amr", amr(rng, 7), "audio/amr"),
                 Att("聊天截图.jpg", "image/jpeg", jpg(rng, rows=6), "image/jpeg")]
    eml = dingtalk_mail(m, rng)
    return m, eml, dict(
        kind="appeal", family="clean", client="DingTalk mail (approximated)",
        fields=fields(partner="枣庄滕州数字营销有限公司", client="枣庄薛城数控机床有限公司", lead_ids=["ZZ-1216-0152"],
                      pushed_at=iso(2026, 12, 16, 10, 5), objected_at=iso(2026, 12, 16, 13, 40), reason_code=1),
        accept={"partner": ["滕州数字"], "client": ["薛城机床"]},
        source_text={"pushed_at": ["2026-12-16 10:05"], "objected_at": ["2026-12-16 13:40"], "reason_code": ["判定标准第1条"]},
        notes="DingTalk mail (UTF-8 quoted-printable); a clean labelled appeal, code 1 with an AMR recording and a JPEG "
              "screenshot.")


@entry
def C2():
    rng = R("C2")
    d = dt(2026, 12, 15, 10, 10, 0)
    ids = ["HZ2612150301", "HZ2612150304", "HZ2612150309", "HZ2612150311", "HZ2612150316"]
    v = ["精准，问牡丹籽榨油机", "精准", "不精准，要买牡丹油", "精准，冷榨机", "不精准，花卉市场"]
    m = dict(from_name="田晓雯", addr="tianxiaowen_mdc@163.com", date=d, subject="牡丹籽油机 商机调整反馈（5条）",
             host=host_of(rng, "163"))
    m["blocks"] = ["总部您好：\n\n牡丹籽油机本次5条商机的反馈：\n" + "\n".join(f"{ids[i]} {v[i]}" for i in range(5))
                   + "\n调整建议：\n新增关键词：牡丹籽榨油机、冷榨榨油机\n删除关键词：牡丹\n不做产品：牡丹籽油成品、花卉苗木\n"
                   "推广对象：油坊、油脂加工厂\n\n合作商：菏泽牡丹城网络科技有限公司\n客户：菏泽曹县牡丹籽油设备有限公司\n田晓雯"]
    eml = kit7.coremail(m, rng, "163")
    return m, eml, dict(
        kind="adjustment", family="clean", client="163 webmail (Coremail)",
        fields=fields(partner="菏泽牡丹城网络科技有限公司", client="菏泽曹县牡丹籽油设备有限公司", lead_ids=ids, lead_count=5),
        accept={"client": ["牡丹籽油机"]},
        extra={"keywords_add": ["牡丹籽榨油机", "冷榨榨油机"], "keywords_remove": ["牡丹"], "excluded_products": ["牡丹籽油成品", "花卉苗木"],
               "audience": ["油坊", "油脂加工厂"]},
        source_text={"lead_count": ["本次5条"]},
        notes="163 webmail (Coremail, GBK base64 text + HTML); a clean adjustment with five ids, verdicts and labelled "
              "proposals.")


@entry
def C3():
    rng = R("C3")
    d = dt(2026, 12, 16, 11, 0, 0)
    m = dict(from_name="柯建平", addr="kejianping@hanjiang-net.com", date=d, subject="汉阴魔芋机 商机汇总反馈",
             host=host_of(rng, "own", "mail.hanjiang-net.com"))
    m["blocks"] = ["总部您好：\n\n合作商：安康汉江网络科技有限公司\n客户：安康汉阴魔芋加工机械有限公司\n合同商机数：200条\n已推送：131条\n"
                   "服务期：2026年1月5日至2027年1月4日\n客户情况：魔芋切片机、烘干线询盘精准，成交2台；有部分是买魔芋粉的。\n"
                   "解决方案：排除“魔芋粉批发”，增加“魔芋凝胶生产线”。\n续费意向：客户愿意续签。\n\n柯建平\n汉江网络"]
    eml = outlook2010(m, rng, "zh-CN")
    return m, eml, dict(
        kind="summary", family="clean", client="Outlook 2010 (zh-CN)",
        fields=fields(partner="安康汉江网络科技有限公司", client="安康汉阴魔芋加工机械有限公司", quota=200, pushed_count=131,
                      service_start="2026-01-05", service_end="2027-01-04"),
        accept={"partner": ["汉江网络"], "client": ["汉阴魔芋机"]},
        renewal=True,
        source_text={"quota": ["合同商机数：200条"], "pushed_count": ["已推送：131条"], "service_start": ["2026年1月5日"],
                     "service_end": ["2027年1月4日"]},
        notes="Outlook 2010 zh-CN (gb2312 base64 text + Word HTML); a clean labelled summary; both triggers (65.5 %, "
              "95 % of the period); '2台' is a distractor; renewal intended.")


@entry
def C4():
    rng = R("C4")
    d = dt(2026, 12, 17, 14, 20, 0)
    m = dict(from_name="苏文博", addr="suwenbo_kt@qq.com", date=d, subject="崆峒果蔬机 商机申诉 PL-1217-0064",
             host=host_of(rng, "qq"))
    m["blocks"] = ["总部您好：\n\n合作商：平凉崆峒网络科技有限公司\n付费客户：平凉静宁果蔬机械有限公司\n商机编号：PL-1217-0064\n"
                   "推送时间：2026年12月17日 09:20\n异议时间：2026年12月17日 11:05\n申诉理由：需求者留的微信加不上（判定标准第2条）\n"
                   "附件：添加失败截图\n\n苏文博\n崆峒网络"]
    m["atts"] = [Att("添加失败截图.png", "image/png", png(rng, rows=3, style="search"), "image/png")]
    eml = qqmail_iphone(m, rng)
    return m, eml, dict(
        kind="appeal", family="clean", client="QQ Mail iPhone app (approximated)",
        fields=fields(partner="平凉崆峒网络科技有限公司", client="平凉静宁果蔬机械有限公司", lead_ids=["PL-1217-0064"],
                      pushed_at=iso(2026, 12, 17, 9, 20), objected_at=iso(2026, 12, 17, 11, 5), reason_code=2),
        accept={"partner": ["崆峒网络"], "client": ["崆峒果蔬机"]},
        source_text={"pushed_at": ["2026年12月17日 09:20"], "objected_at": ["2026年12月17日 11:05"], "reason_code": ["判定标准第2条"]},
        notes="QQ Mail iPhone app (gb18030 base64 text + HTML); a clean labelled appeal, code 2 with a PNG screenshot.")


# ==========================================================================
# family: automatic mail
# ==========================================================================

@entry
def A1():
    rng = R("A1")
    d = dt(2026, 12, 16, 10, 2, 9)
    m = dict(from_name="钒钛数字客服中心", addr="support@fantai-dt.com", date=d, ticket="48213",
             subject="[工单#48213] Re: 【DOR#SS-2026-001431】商机申诉判定结果", host=host_of(rng, "own", "helpdesk.fantai-dt.com"))
    m["irt"] = "<verdict.SS-2026-001431@ptg139.com>"
    m["refs"] = ["<verdict.SS-2026-001431@ptg139.com>"]
    m["text"] = ("您好，\n\n您的邮件已收到，系统已自动创建工单 #48213，客服人员将在1个工作日内处理。\n"
                 "原邮件主题：【DOR#SS-2026-001431】商机申诉判定结果\n请勿直接回复本邮件；如需补充，请在主题中保留工单号。\n\n"
                 "—— 钒钛数字客服中心（自动发送）")
    eml = helpdesk_ack(m, rng)
    return m, eml, dict(
        kind="auto", family="auto", client="osTicket helpdesk acknowledgement (approximated)",
        fields=fields(), accept={}, source_text={},
        notes="The partner's own helpdesk answering HQ's verdict: one UTF-8 quoted-printable text part from support@ (not "
              "a noreply address), 'Precedence: bulk' and X-Auto-Response-Suppress, no Auto-Submitted, a ticket number "
              "before 'Re:' and HQ's tag, In-Reply-To HQ's verdict - auto by its Precedence (case_ref from the subject, "
              "thread_case_ref from the headers); never answered, no fields.")


@entry
def A2():
    rng = R("A2")
    d = dt(2026, 12, 12, 14, 31, 40)
    host = "mail.huaiyin-net.com"
    returned = ("Return-Path: <dor@ptg139.com>\nReceived: from mx1.ptg139.com (mx1.ptg139.com [203.0.113.25])\n"
                f"\tby {host} (Postfix) with ESMTPS id 4F2A1C0B7E\n\tfor <kefu@huaiyin-net.com>; Sat, 12 Dec 2026 10:30:55 +0800 (CST)\n"
                f"From: {ew_one(HQ_NAME, 'UTF-8')} <dor@ptg139.com>\nTo: kefu@huaiyin-net.com\n"
                f"Subject: {ew_one('[DOR#SS-2026-001433] 商机调整已确认', 'UTF-8')}\n"
                "Message-ID: <confirm.SS-2026-001433@ptg139.com>\nDate: Sat, 12 Dec 2026 10:30:51 +0800\n")
    m = dict(addr=f"MAILER-DAEMON@{host}", date=d, subject="Delayed Mail (still being retried)", mta=host,
             mta_ip="121.40.77.193", rcpt="kefu@huaiyin-net.com", rcpt_mx="mx.huaiyin-net.com", rcpt_ip="121.40.77.200",
             returned=returned)
    m["text"] = (f"This is the mail system at host {host}.\n\n####################################################################\n"
                 "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
                 "####################################################################\n\n"
                 "Your message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\n"
                 "For further assistance, please send mail to postmaster.\n\n                   The mail system\n\n"
                 f"<kefu@huaiyin-net.com>: connect to mx.huaiyin-net.com[121.40.77.200]:25:\n    Connection timed out\n")
    eml = postfix_delayed(m, rng)
    return m, eml, dict(
        kind="auto", family="auto", client="Postfix delay notification (DSN, delayed)",
        fields=fields(), accept={}, source_text={},
        notes="A Postfix 'Delayed Mail (still being retried)' warning from MAILER-DAEMON (empty Return-Path, "
              "Auto-Submitted: auto-replied): multipart/report with the notification, message/delivery-status "
              "(Action: delayed, not failed) and HQ's returned headers as text/rfc822-headers - HQ's tag and Message-ID "
              "are only inside that part, so case_ref is null and there is no thread_case_ref; no attachment.")


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


README_HEAD = """# blind14 — 49 labelled partner mails for `maild parse`, by family of difficulty

A blind held-out set: written from `shared/spec/DOMAIN.md`, the seed process document
(`seed-139-lead-process.zh.txt`), `shared/samples/` (README, sNN.eml, sNN.expected.json), the
shared corpus tools (`layout.py`, `mimekit.py`, `rules.py`, `checkkit.py`) and the generators and
checkers of blind7 … blind13, whose generic helpers (header encodings, mail-client builders,
drawings, audio containers, Word / Excel forms, the label assembler, the MIME walk and the
source-text parsers) it imports rather than copies. Nobody looked at the parser, its tests or any
other set's mails while writing it, and nobody tuned the parser on it — nor is anybody to: it is an
untouched measure of how well the parser generalises. New fictitious partners and clients in 新北
(板桥, 三重), 金门, 竹北, 柴湾, 深水埗, 荔枝角, 温州, 连云港, 唐山, 克拉玛依, 莆田, 三明, 佳木斯, 安庆, 沧州, 晋城, 许昌,
焦作, 攀枝花, 宿迁, 湘潭, 四平, 鸡西, 通辽, 临汾, 儋州, 孝感, 恩施, 酒泉, 丽江, 石嘴山, 贺州, 梧州, 阿克苏, 枣庄,
菏泽, 安康 and 平凉 (none of the cities of the earlier sets), with new people, phrasings, clients, mail
clients, id shapes and form features; every person, phone number, lead id and case id is invented.

- `tests/mail/blind14/NNN.eml` — the message as delivered (CRLF, the receiving server's
  Return-Path / Delivered-To / Received on top, bytes written the way each client writes them).
- `tests/mail/blind14/NNN.expected.json` — the samples' keys (`kind`, `message_id`, `sender`,
  `subject`, `case_ref`, `fields`, `missing`, `attachments` with `detected_type` / `inline`,
  `notes`, `mail_client`, `accept`, `thread_case_ref`, `malformed`, `checks`, `extra`,
  `source_key`) plus `family` (below), `topic` for `unknown` mail (question, onboarding, invoice,
  meeting, account, complaint, pitch, other) and `source_text`: the literal strings a time, number,
  date, reason or id shorthand was read from (further strings, each literal too, are the context it
  inherits: the day of an earlier time, the base of a length, the end a length is counted back
  from). `accept` is always present (`{}` when there is no alternative form).
- `tools/corpus/blind14/generate.py` — the deterministic generator (one `random.Random` per entry
  key, fixed zip, core.xml and PDF dates): `python -B tools/corpus/blind14/generate.py [--out DIR]`.
  It imports the generators of blind7 … blind13 for the generic machinery and adds only what is new:
  the texts and labels, and the builders none of them has (Outlook Express 6, Outlook 2010, Outlook
  for iOS, Foxmail for Mac in UTF-8, the QQ Mail iPhone app, HUAWEI Email, DingTalk mail, a partner
  helpdesk's bulk acknowledgement, a Postfix 'delayed' DSN, Word forms with content controls /
  placeholders and spell-check-split runs, workbooks with drop-down validation, Chinese date formats
  and unit number formats). Needs python-docx, openpyxl and Pillow; the committed bytes were made
  with Python 3.11.7, Pillow 13.0.0, python-docx 1.2.0 and openpyxl 3.1.5 (other Pillow / zlib
  versions may change image and zip bytes, and so sizes and SHA-256 in the labels).
- `tools/corpus/blind14/check.py` — `python -B tools/corpus/blind14/check.py [--no-regen] [DIR]`:
  parses every message with Python's `email` package (and a raw header walk, through blind7's …
  blind13's checkers), re-finds the attachments by the samples' rule and compares name, declared
  type, size, sha256, role and sniffed type, reads Word forms as Word shows them (blind13's reader:
  content controls included), checks every labelled value and alias against the decoded text
  (traditional→simplified aliases by its own character table), re-derives every time, count, date,
  reason code and expanded id from `source_text` (the earlier parsers, with this set's forms
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
| `traditional` | Banqiao, Kinmen, Zhubei, Chai Wan and Sham Shui Po writers (Outlook 2010 zh-TW in Big5, Gmail, Thunderbird in Big5 8bit, Outlook for iOS, Outlook for Mac; written Cantonese); Taiwanese `這週三午後2:15` (週, 午後), a period as ROC months only (`民國115年3月起至116年2月止`), the measure words 件 / 筆 / 個, ids that carry a compact ROC date (`CP-1151201-07`), ○ / × verdict marks, `噚日下晝三點半` (the HK spelling 噚日) + `今朝九點零五`, `已派` for pushed; simplified forms in `accept` |
| `english` | English and mixed writers: minutes past / to the hour in words (`twenty past ten this morning`, `ten to two this afternoon`), a term as a start and a length (`300 leads over 12 months, starting 16 March 2026`), a full id followed by dash tails joined by `and`, year-less `08 Dec, 09:40` with an objection 15 minutes past the window, `criterion no. 2`, a push late at night and an objection early the next morning |
| `dates` | an ISO 8601 time in UTC pasted from a system export (`2026-12-08T01:35:00Z`), north-eastern speech (`昨儿个头午十点二十`, `下晚儿五点半`), a period in half-years (`2026年下半年至2027年上半年`), a period known only by its end and its length (`合同两年期，2027年2月28日到期`), official-style `23时50分` / `次日0时35分` across midnight |
| `numbers` | the quota in Chinese numerals and the pushed count as the number of the latest lead (`推到第147条了`), circled list numbers before ten ids (`①` … `⑩`), a nine-digit numeric id and the criterion as a circled numeral (`第⑤项`), a prefix said once and the tails listed (`编号都是SQ-2612-开头，尾号分别为…`), ids with underscores (`XT_2612_0511`) |
| `forms` | .docx / .xlsx: a Word form filled in content controls with one still showing its placeholder, a horizontal Word form (labels in a header row) whose id and reason are split into runs by spell-check marks, a workbook with a drop-down verdict column and ✔ / ✘ marks, a summary workbook with date cells in a Chinese number format and counts in a unit format (`0"条"`), an appeal workbook declared application/octet-stream with year-less date-time formats |
| `non_request` | mail that is none of the three requests → `unknown` with a `topic` |
| `thread` | replies that correct one field (the client's full name, the criterion, the service end, the pushed count, a lead id with the requested screenshot): a tag written in full-width characters (`［DOR＃SS－2026－001421］`), a reply reachable only through References, an English 'RE:', an Outlook 2010 '答复:' with only In-Reply-To, 'Re:' glued to `【】` |
| `short_names` | partner and/or client only as short names: the partner only in a signature below '——' with a slogan, the client in 【】, short names joined by a slash in the subject, a client known only by its brand in 「」; a missing lead id, a missing service end |
| `clean` | ordinary requests (DingTalk, 163, Outlook 2010, the QQ Mail iPhone app) |
| `auto` | a partner helpdesk's acknowledgement of HQ's verdict (Precedence: bulk, no Auto-Submitted, a ticket number before 'Re:' and HQ's tag) and a Postfix 'delayed' DSN whose only tag is inside the returned headers |

## Labelling decisions a reader could make differently

- **Traditional script and Cantonese**: `partner` / `client` are the strings as written; the
  character-by-character simplified forms and the short forms are in `accept`, even when the
  simplified form is not in the message (数位 stays 数位). Taiwanese `午後` is 下午 and `週三` is 周三
  (this week's Wednesday, the most recent one not after the Date header); Hong Kong `噚日` is 尋日
  (yesterday) and `今朝` this morning. `民國115年3月起至116年2月止` runs from the first day of the first
  month to the last day of the last (2026-03-01 .. 2027-02-28). `已派：168個（累計）` is the pushed count
  (派 = 推送); the last month's `18個` is not.
- **English times and periods**: `twenty past ten this morning` is 10:20 and `ten to two this
  afternoon` 13:50 of the Date header's day; `08 Dec, 09:40` without a year is the most recent
  8 December; `300 leads over 12 months, starting 16 March 2026` runs 2026-03-16 .. 2027-03-15.
- **Zones, dialect, official style**: a time the writer marks as a UTC system export
  (`2026-12-08T01:35:00Z`) is converted to Beijing time (09:35 +08:00); north-eastern `昨儿个` is
  yesterday, `头午` the forenoon and `下晚儿` the evening, a bare `下晚儿五点半` taking the day of the
  push; `次日0时35分` is 00:35 of the day after the push.
- **Periods by length**: `2026年下半年至2027年上半年` is 2026-07-01 .. 2027-06-30; `合同两年期，
  2027年2月28日到期` has its start counted back from the end (2025-03-01); a summary whose end date
  cannot be read misses `service_end` and its trigger is judged on the leads alone.
- **Numbers**: `推到第147条了` is 147 pushed (the latest lead's number); `二百四十条` is 240; `两年总共600条`
  is the quota of a two-year contract; what is still to be pushed (`还要推260条`) and monthly counts are
  no counts; circled list numbers (`①` … `⑩`) are neither ids nor counts; `第⑤项` is criterion 5;
  `共十条`, `这5个商机`, `这5筆`, `the five leads` are lead counts.
- **Id shapes and shorthand**: `CP-1151201-07` is one id although it holds an ROC date;
  `XT_2612_0511` is one id written with underscores and kept as written; `TS-2612-0101, -0104, -0107,
  -0110 and -0113` is five ids; `编号都是SQ-2612-开头，尾号分别为0101、0104、0108、0112、0115` is the five ids
  SQ-2612-0101 … SQ-2612-0115; the bare tails at the start of verdict lines are no new ids; a
  nine-digit number after `商机ID：` is an id, the phone numbers are not.
- **Reasons**: `已停机` (the number is out of service) is criterion 3, `该账号已被封` (the WeChat account
  is banned) criterion 2, `同行摸底` / `同行过来摸底` criterion 1, `an individual, not a company`
  criterion 3, `criterion no. 2` criterion 2.
- **Forms**: a Word content control counts like typed text; one that still shows Word's placeholder
  (`单击或点击此处输入文字。`) is empty, and the body's time fills that field; runs split by spell-check
  marks are read joined; in a horizontal form each label in the header row names the value below
  it; Excel date and date-time cells count by their values, whatever number format shows them
  (`m"月"d"日" h:mm` hides a year the value holds), and a count shown through `0"条"` is the number.
- **Short names**: when only a short name is written it is the field — also when the partner is
  only in the signature below '——', when both are only in the subject joined by a slash
  (`姑婆山网络/富川分选机`: the agency is the partner), or when the client is only a brand in 「」
  (`「鑫泰」`); an appeal whose lead id is not known yet misses `lead_ids`.
- **Replies**: only the reply's own new text and attachments count; a correction gives the corrected
  value only (the old value it names and the quoted HQ text are not data). A tag in full-width
  characters is a tag after NFKC; a reply with only References (no In-Reply-To) or only In-Reply-To
  (no References) pointing at `@ptg139.com` is a reply; the client's full name corrected in a reply
  is the reply's `client`. `accept` of a reply is `{}`.
- **Not requests**: a question whether a trial-period client counts as paying, a new client's order
  form (商机下单表: keywords, excluded products, quota, period) asking HQ to start the promotion, a
  wrong invoice title, a Tencent Meeting invitation, a change of the partner's company name, a
  complaint that a verdict is overdue (it names the lead id but has no tag and no thread header), a
  trade-fair booth pitch and a partner's test mail from a new mailbox are `unknown` with no fields,
  whatever they name. The order form is onboarding, not an adjustment: no pushed leads are fed back.
- **Automatic**: a helpdesk acknowledgement with `Precedence: bulk` is `auto` although its sender is
  not a noreply address, it has no Auto-Submitted and its subject carries 'Re:' and HQ's tag (case_ref
  from the subject, thread_case_ref from In-Reply-To); a Postfix 'delayed' DSN is `auto` like a
  failure DSN, and its returned headers (HQ's tag, HQ's Message-ID) are no thread markers.
- **Late appeals**: an objection more than 8 hours after the push (17 h 35 min, 8 h 15 min) is still
  an appeal; `objection_within_8h` is false.
- **Attachments**: an .xlsx declared application/octet-stream keeps that `content_type`; an M4A is
  `audio/mp4`, an MP3 `audio/mpeg`, a WAV `audio/wav`; a photographed notice (JPEG) is role
  `screenshot` and a scanned invoice (PDF) role `form` by their file types.

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
