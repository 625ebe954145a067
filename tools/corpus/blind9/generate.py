#!/usr/bin/env python3
"""Deterministic generator of the blind9 evaluation set (49 labelled partner mails).

Run:  python -B tools/corpus/blind9/generate.py [--out DIR]
      (default: the set into tests/mail/blind9, README.md next to this file;
      with --out, everything into DIR and the checkout is untouched)

Written blind: from shared/spec/DOMAIN.md, the seed process document, shared/samples/
and the shared corpus tools only, never from the parser, its tests or another set's
mails.  The generic machinery (header encodings, the mail-client builders, drawings,
audio containers, Word / Excel forms, the label assembler) is imported from
tools/corpus/blind7/generate.py, and the NetEase Mail Master builder from
tools/corpus/blind8/generate.py; this file holds what is new to blind9: its partners,
clients, people and texts, its labels, and the builders the two lack (Sina webmail with
GBK RFC 2231 names, Outlook for Mac, the Windows Mail app, 139 webmail, an Exchange
out-of-office reply and a Postfix bounce with text/rfc822-headers).

Every partner, client, person, phone number, lead id and case id is fictitious.  One
random.Random per message (seeded from the entry key), fixed zip member dates and
fixed core.xml / PDF dates make a rerun byte-identical.  Needs python-docx, openpyxl, Pillow.
"""
from __future__ import annotations

import base64
import importlib.util
import json
import random
import sys
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
    local,
    qp,
    rfcdate,
)


def _load_blind8():
    """tools/corpus/blind8/generate.py under its own module name (it imports blind7's as `generate`)."""
    spec = importlib.util.spec_from_file_location("blind8_generate", HERE.parent / "blind8" / "generate.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


kit8 = _load_blind8()

Att, Quote = kit7.Att, kit7.Quote
dt, iso, fields, host_of, rs = kit7.dt, kit7.iso, kit7.fields, kit7.host_of, kit7.rs
png, jpg, amr, mp3, wav, m4a = kit7.png, kit7.jpg, kit7.amr, kit7.mp3, kit7.wav, kit7.m4a
docx_form, xlsx_book, top, thread, mp = kit7.docx_form, kit7.xlsx_book, kit7.top, kit7.thread, kit7.mp
HEXL, HEXU, LOWER, HQ = kit7.HEXL, kit7.HEXU, kit7.LOWER, kit7.HQ

SET = "blind9"
SEED = "maild-blind9-2026"
HQ_NAME = "总部商机服务"
HQ_NAME_ASCII = "HQ Lead Service"


def R(key):
    return random.Random(f"{SEED}:{key}")


# --------------------------------------------------------------------------
# what blind7 and blind8 lack: mail clients
# --------------------------------------------------------------------------

def sina(m, rng):
    """Sina webmail (approximated): GBK base64 text + HTML; an attachment's name as a GBK RFC 2047
    word in name= and as an RFC 2231 parameter whose charset is GBK (filename*=GBK''...)."""
    d = m["date"]
    plain = crlf(kit7.plain_of(m["blocks"], "  "))
    htm = crlf('<html><head><meta http-equiv="Content-Type" content="text/html; charset=GBK"></head><body>'
               '<div style="font-size:14px;font-family:宋体,SimSun">' + kit7.html_blocks(m["blocks"], kit7.bq_quote)
               + "</div></body></html>")
    stamp = rs(rng, 10, HEXL)
    alt_b = f"=-sinamail_alt_{stamp}{rs(rng, 16, HEXL)}"
    alt = mp(alt_b, [leaf(["Content-Type: text/plain; charset=GBK", "Content-Transfer-Encoding: base64"],
                          b64_body(plain.encode("gbk"))),
                     leaf(["Content-Type: text/html; charset=GBK", "Content-Transfer-Encoding: base64"],
                          b64_body(htm.encode("gbk")))])
    if m.get("atts"):
        ob = f"=-sinamail_mix_{stamp}{rs(rng, 16, HEXL)}"
        parts = [leaf([f'Content-Type: multipart/alternative; boundary="{alt_b}"'], alt)]
        for a in m["atts"]:
            params = kit7.rfc2231_params("filename", a.filename, "GBK", width=66)
            h = [f'Content-Type: {a.declared}; name="{ew_one(a.filename, "GBK", "gbk")}"', "Content-Disposition: attachment;"]
            h += [" " + p + (";" if i < len(params) - 1 else "") for i, p in enumerate(params)]
            h += ["Content-Transfer-Encoding: base64"]
            parts.append(leaf(h, b64_body(a.data)))
        ctype = f'Content-Type: multipart/mixed; boundary="{ob}"'
        body = mp(ob, parts)
    else:
        ctype = f'Content-Type: multipart/alternative; boundary="{alt_b}"'
        body = alt
    mid = f"<{d.strftime('%Y%m%d%H%M%S')}.{rs(rng, 8, HEXL)}.{rng.randint(1000, 9999)}@sina.com>"
    m["message_id"] = mid
    h = top(rng, m["addr"], *m["host"], d, 3)
    h += [f"X-Originating-IP: [{rng.randint(36, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 250)}]",
          "Date: " + rfcdate(d), "Message-Id: " + mid, kit7.from_header(m["from_name"], m["addr"], "GBK"), "To: " + HQ,
          kit7.subj_header(m["subject"], "GBK"), "MIME-Version: 1.0", ctype, "X-Priority: 3",
          "X-Mailer: SinaMail 4.0 (approximated)"] + thread(m)
    return header_block(h) + CRLF + body


MAC_PRE = ("> This message is in MIME format. Since your mail reader does not understand\r\n"
           "this format, some or all of this message may not be legible.")


def mac_outlook(m, rng):
    """Outlook for Mac 16 (approximated): lower-case 'Content-type' headers, text and HTML both UTF-8
    quoted-printable, B_<n>_<n> boundaries and the old MIME preamble, attachment names as RFC 2047 words."""
    d = m["date"]
    plain = crlf(kit7.plain_of(m["blocks"], "\t"))
    htm = crlf('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
               'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv="Content-Type" content="text/html; '
               'charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>'
               f'<body lang="{m.get("html_lang", "ZH-TW")}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">'
               '<div class="WordSection1">' + kit7.html_blocks(m["blocks"], kit7.bq_quote) + "</div></body></html>")
    n = rng.randint(3_800_000_000, 3_899_999_999)

    def bnd():
        return f"B_{n}_{rng.randint(10 ** 8, 10 ** 9 - 1)}"
    alt_b = bnd()
    alt = mp(alt_b, [leaf(["Content-type: text/plain;", '\tcharset="UTF-8"', "Content-transfer-encoding: quoted-printable"],
                          qp(plain.encode("utf-8")) + CRLF),
                     leaf(["Content-type: text/html;", '\tcharset="UTF-8"', "Content-transfer-encoding: quoted-printable"],
                          qp(htm.encode("utf-8")) + CRLF)])
    if m.get("atts"):
        ob = bnd()
        parts = [leaf(["Content-type: multipart/alternative;", f'\tboundary="{alt_b}"'], alt)]
        for a in m["atts"]:
            w = a.filename if a.filename.isascii() else ew_one(a.filename, "UTF-8")
            parts.append(leaf([f"Content-type: {a.declared}; name=\"{w}\"", "Content-disposition: attachment;",
                               f'\tfilename="{w}"', "Content-transfer-encoding: base64"], b64_body(a.data)))
        ctype = ["Content-type: multipart/mixed;", f'\tboundary="{ob}"']
        body = mp(ob, parts, MAC_PRE)
    else:
        ctype = ["Content-type: multipart/alternative;", f'\tboundary="{alt_b}"']
        body = MAC_PRE.encode("ascii") + CRLF + CRLF + alt
    mid = f"<{kit7.uuid_like(rng)}@{m['addr'].split('@')[1]}>"
    m["message_id"] = mid
    h = top(rng, m["addr"], *m["host"], d, 4)
    h += ["User-Agent: Microsoft-MacOutlook/16.89.24091630", "Date: " + rfcdate(d), kit7.subj_header(m["subject"], "UTF-8"),
          kit7.from_header(m["from_name"], m["addr"], "UTF-8"), "To: " + f'"{HQ_NAME_ASCII}" <{HQ}>',
          "Message-ID: " + mid, kit7.subj_header(m["subject"], "UTF-8", name="Thread-Topic")] + thread(m)
    h += ["Mime-version: 1.0"] + ctype
    return header_block(h) + CRLF + body



def winmail(m, rng):
    """The Windows Mail app (approximated): UTF-8 base64 text + HTML, _uuid_ boundaries, quoted
    ASCII attachment names (spaces and dots kept)."""
    d = m["date"]
    plain = crlf(kit7.plain_of(m["blocks"], "\t"))
    htm = crlf('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40"><head>'
               '<meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body lang="ZH-HK" '
               'link="blue" vlink="#954F72"><div class="WordSection1">' + kit7.html_blocks(m["blocks"], kit7.bq_quote)
               + "</div></body></html>")
    alt_b = f"_{kit7.uuid_like(rng)}_"
    alt = mp(alt_b, [leaf(['Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: base64"],
                          b64_body(plain.encode("utf-8"))),
                     leaf(['Content-Type: text/html; charset="utf-8"', "Content-Transfer-Encoding: base64"],
                          b64_body(htm.encode("utf-8")))])
    if m.get("atts"):
        ob = f"_{kit7.uuid_like(rng)}_"
        parts = [leaf([f'Content-Type: multipart/alternative; boundary="{alt_b}"'], alt)]
        for a in m["atts"]:
            w = a.filename if a.filename.isascii() else ew_one(a.filename, "utf-8")
            parts.append(leaf([f'Content-Type: {a.declared}; name="{w}"', f'Content-Disposition: attachment; filename="{w}"',
                               "Content-Transfer-Encoding: base64"], b64_body(a.data)))
        ctype = f'Content-Type: multipart/mixed; boundary="{ob}"'
        body = mp(ob, parts)
    else:
        ctype = f'Content-Type: multipart/alternative; boundary="{alt_b}"'
        body = alt
    mid = f"<{rs(rng, 8, HEXU)}-{rs(rng, 4, HEXU)}-{rs(rng, 4, HEXU)}-{rs(rng, 4, HEXU)}-{rs(rng, 12, HEXU)}@{m['pc']}>"
    m["message_id"] = mid
    h = top(rng, m["addr"], *m["host"], d, 3)
    h += ["MIME-Version: 1.0", "To: " + HQ, kit7.from_header(m["from_name"], m["addr"], "utf-8"),
          kit7.subj_header(m["subject"], "utf-8"), "Date: " + rfcdate(d), "Message-ID: " + mid] + thread(m)
    h += ["Importance: normal", "X-Priority: 3", "X-Mailer: Microsoft Windows Mail 16005 (approximated)", ctype]
    return header_block(h) + CRLF + body


def mail139(m, rng):
    """139 webmail (China Mobile Richmail; approximated): GB18030 text quoted-printable + HTML base64,
    attachment names as GB18030 RFC 2047 words."""
    d = m["date"]
    plain = crlf(kit7.plain_of(m["blocks"], " "))
    htm = crlf('<div style="font-family:微软雅黑;font-size:14px;line-height:1.6">'
               + kit7.html_blocks(m["blocks"], kit7.bq_quote) + "</div>")
    alt_b = f"----=_Part_{rng.randint(100000, 999999)}_{rng.randint(10 ** 9, 10 ** 10 - 1)}.{int(d.timestamp())}"
    alt = mp(alt_b, [leaf(["Content-Type: text/plain; charset=GB18030", "Content-Transfer-Encoding: quoted-printable"],
                          qp(plain.encode("gb18030")) + CRLF),
                     leaf(["Content-Type: text/html; charset=GB18030", "Content-Transfer-Encoding: base64"],
                          b64_body(htm.encode("gb18030")))])
    if m.get("atts"):
        ob = f"----=_Part_{rng.randint(100000, 999999)}_{rng.randint(10 ** 9, 10 ** 10 - 1)}.{int(d.timestamp())}"
        parts = [leaf(["Content-Type: multipart/alternative;", f' boundary="{alt_b}"'], alt)]
        for a in m["atts"]:
            w = ew_one(a.filename, "GB18030", "gb18030")
            parts.append(leaf([f'Content-Type: {a.declared}; name="{w}"', "Content-Transfer-Encoding: base64",
                               f'Content-Disposition: attachment; filename="{w}"'], b64_body(a.data)))
        ctype = ["Content-Type: multipart/mixed;", f' boundary="{ob}"']
        body = mp(ob, parts)
    else:
        ctype = ["Content-Type: multipart/alternative;", f' boundary="{alt_b}"']
        body = alt
    tid = rs(rng, 4, HEXL) + rs(rng, 12, HEXL)
    mid = f"<{tid}-{rs(rng, 5, HEXL)}@139.com>"
    m["message_id"] = mid
    h = top(rng, m["addr"], *m["host"], d, 2)
    h += [f"X-RM-TRANSID:{tid}", "X-RM-TagInfo: emlType=0", "X-RM-SPAM-FLAG:00000000",
          "Date: " + rfcdate(d, cst=True), kit7.from_header(m["from_name"], m["addr"], "GB18030"), "To: " + HQ,
          kit7.subj_header(m["subject"], "GB18030"), "Message-ID: " + mid] + thread(m)
    h += ["MIME-Version: 1.0"] + ctype + ["X-Mailer: Richmail Webmail 139 (approximated)"]
    return header_block(h) + CRLF + body


def exchange_oof(m, rng):
    """An Exchange out-of-office reply (zh-CN; approximated): '自动答复:' subject, Auto-Submitted:
    auto-generated, X-Auto-Response-Suppress, HQ's thread headers kept; gb2312 base64 text + HTML."""
    d = m["date"]
    host = m["exch"]
    stamp = rs(rng, 32, HEXU)
    alt_b = f"_000_{stamp}{host.split('.')[0]}_"
    plain = crlf(m["text"])
    htm = crlf('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body>'
               + kit7.divs(m["text"]) + "</body></html>")
    body = mp(alt_b, [leaf(['Content-Type: text/plain; charset="gb2312"', "Content-Transfer-Encoding: base64"],
                           b64_body(plain.encode("gb18030"))),
                      leaf(['Content-Type: text/html; charset="gb2312"', "Content-Transfer-Encoding: base64"],
                           b64_body(htm.encode("gb18030")))])
    mid = f"<{rs(rng, 40, HEXU)}@{host}>"
    m["message_id"] = mid
    h = top(rng, m["addr"], *m["host"], d, 1)
    h += [kit7.from_header(m["from_name"], m["addr"], "gb2312"), kit7.from_header(HQ_NAME, HQ, "gb2312", name="To"),
          kit7.subj_header(m["subject"], "gb2312"), kit7.subj_header(m["subject"].split(": ", 1)[1], "gb2312", name="Thread-Topic"),
          "Thread-Index: AQ" + base64.b64encode(bytes(rng.getrandbits(8) for _ in range(21))).decode(),
          "Date: " + rfcdate(d), "Message-ID: " + mid] + thread(m)
    h += ["Content-Language: zh-CN", "X-MS-Has-Attach:", "X-MS-Exchange-Organization-SCL: -1",
          "Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
          "X-MS-Exchange-Inbox-Rules-Loop: " + m["addr"], f'Content-Type: multipart/alternative; boundary="{alt_b}"',
          "MIME-Version: 1.0"]
    return header_block(h) + CRLF + body


def postfix_bounce(m, rng):
    """A Postfix bounce: multipart/report with the notification, message/delivery-status and only the
    returned message's headers as text/rfc822-headers (all unnamed parts, none an attachment)."""
    d = m["date"]
    host = m["mta"]
    qid = rs(rng, 10, HEXU)
    b = f"{qid}.{int(d.timestamp())}/{host}"
    arrival = rfcdate(d - timedelta(seconds=2), cst=True)
    note = crlf(f"This is the mail system at host {host}.\n\nI'm sorry to have to inform you that your message could not\n"
                "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail "
                "to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete your own text from the "
                "attached returned message.\n\n                   The mail system\n\n"
                f"<{m['rcpt']}>: {m['why']}\n")
    status = crlf(f"Reporting-MTA: dns; {host}\nX-Postfix-Queue-ID: {qid}\nX-Postfix-Sender: rfc822; {HQ}\n"
                  f"Arrival-Date: {arrival}\n\nFinal-Recipient: rfc822; {m['rcpt']}\nOriginal-Recipient: rfc822;{m['rcpt']}\n"
                  f"Action: failed\nStatus: {m['status']}\nDiagnostic-Code: x-unix; {m['why']}\n")
    body = mp(b, [leaf(["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"],
                       note.encode("ascii")),
                  leaf(["Content-Description: Delivery report", "Content-Type: message/delivery-status"],
                       status.encode("ascii")),
                  leaf(["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers",
                        "Content-Transfer-Encoding: 7bit"], crlf(m["returned"]).encode("ascii"))],
              "This is a MIME-encapsulated message.")
    mid = f"<{d.astimezone(UTC).strftime('%Y%m%d%H%M%S')}.{qid}@{host}>"
    m["message_id"] = mid
    h = top(rng, None, host, m["ip"], d, 1)
    h += ["Date: " + rfcdate(d, cst=True), f"From: {m['addr']} (Mail Delivery System)",
          "Subject: Undelivered Mail Returned to Sender", f"To: {HQ}", "Auto-Submitted: auto-replied", "MIME-Version: 1.0",
          "Content-Type: multipart/report; report-type=delivery-status;", f'\tboundary="{b}"',
          "Content-Transfer-Encoding: 7bit", "Message-Id: " + mid]
    return header_block(h) + CRLF + body


# --------------------------------------------------------------------------
# entries
# --------------------------------------------------------------------------

ENTRIES = []


def entry(fn):
    ENTRIES.append(fn)
    return fn


def hq_notice(case, what, lines):
    """The body of an HQ message as a partner's client quotes it."""
    return f"您好！\n\n{what}（案件 {case}）登记信息如下：\n" + "\n".join(lines) + "\n\n——总部商机服务（系统邮件，可直接回复）"


# ==========================================================================
# family: traditional Chinese writers (Taoyuan, Hualien, Tseung Kwan O, Tuen Mun)
# ==========================================================================

@entry
def T1():
    rng = R("T1")
    d = dt(2026, 8, 3, 16, 41, 27)
    m = dict(from_name="游淑芬", addr="shufen.yu@dingfeng-digital.com.tw", date=d,
             subject="【申訴】宏昌模具 商機XJ2608030126 微信搜尋不到", host=host_of(rng, "own", "smtp.dingfeng-digital.com.tw"))
    m["blocks"] = [
        "總部窗口 您好，\n\n宏昌模具今天有一筆商機要申訴，麻煩協助判定：\n\n合作廠商：桃園鼎峰數位行銷股份有限公司\n"
        "客戶名稱：桃園龜山宏昌精密模具有限公司\n商機序號：XJ2608030126\n推播時間：8/3（一）上午09:12\n客戶反映：同日下午3:05\n"
        "申訴原因：需求者只留了微信號，客戶的業務換了三支手機都搜尋不到這個帳號，也沒有留電話，完全聯絡不上。\n\n"
        "附上業務的搜尋畫面截圖，謝謝！\n\n游淑芬 Shu-Fen Yu\n鼎峰數位｜客服專員\n03-328-6170 #15"]
    m["atts"] = [Att("搜尋畫面截圖.png", "image/png", png(rng, style="search"), "image/png")]
    eml = mac_outlook(m, rng)
    return m, eml, dict(
        kind="appeal", family="traditional", client="Outlook for Mac 16 (approximated)",
        fields=fields(partner="桃園鼎峰數位行銷股份有限公司", client="桃園龜山宏昌精密模具有限公司", lead_ids=["XJ2608030126"],
                      pushed_at=iso(2026, 8, 3, 9, 12), objected_at=iso(2026, 8, 3, 15, 5), reason_code=2),
        accept={"partner": ["鼎峰數位", "桃园鼎峰数位行销股份有限公司", "鼎峰数位"],
                "client": ["宏昌模具", "桃园龟山宏昌精密模具有限公司"]},
        source_text={"pushed_at": ["8/3（一）上午09:12"], "objected_at": ["同日下午3:05", "8/3（一）"],
                     "reason_code": ["搜尋不到"]},
        notes="Outlook for Mac (lower-case 'Content-type', UTF-8 quoted-printable text + Word HTML, the old MIME "
              "preamble, RFC 2047 file name); Taiwanese labels (合作廠商, 客戶名稱, 商機序號, 推播時間); a year-less "
              "month/day with the weekday in full-width parentheses ('8/3（一）上午09:12') and '同日下午3:05' (the push "
              "day); code 2 in words (the WeChat id 搜尋不到); '三支手機' and the extension '#15' are distractors.")


@entry
def T2():
    rng = R("T2")
    d = dt(2026, 8, 20, 22, 18, 5)
    m = dict(from_name="何詠詩", addr="wingsze.ho@polam-biz.com.hk", date=d, subject="力高印刷 商機匯總 (推咗過六成)",
             host=host_of(rng, "own", "mail.polam-biz.com.hk"))
    m["blocks"] = [
        "總部你好，\n\n力高印刷份合約做咗大半年，數字同你哋報一報：\n\n合作商：將軍澳寶琳商務拓展有限公司\n"
        "客戶：屯門新墟力高印刷機械有限公司\n合約期：1/10/2025 至 30/9/2026\n保證商機：200單\n到今日已經推咗124單\n\n"
        "客戶覺得柯式印刷機配件嘅查詢幾準，有兩單已經落咗訂；但係有唔少係問印卡片、印傳單嘅，佢哋唔做印刷服務。\n"
        "建議之後排除「印刷服務」「名片印刷」，多啲推「膠印機零件」。\n續約：老闆話想續多一年，下個月傾細節。\n\n"
        "Wing Sze\n寶琳商務 Po Lam Business Development Ltd.\n\n由我的 iPhone 傳送"]
    eml = kit7.iphone(m, rng)
    return m, eml, dict(
        kind="summary", family="traditional", client="iPhone Mail",
        fields=fields(partner="將軍澳寶琳商務拓展有限公司", client="屯門新墟力高印刷機械有限公司", quota=200, pushed_count=124,
                      service_start="2025-10-01", service_end="2026-09-30"),
        accept={"partner": ["寶琳商務", "Po Lam Business Development Ltd.", "将军澳宝琳商务拓展有限公司", "宝琳商务"],
                "client": ["力高印刷", "屯门新墟力高印刷机械有限公司"]},
        renewal=True,
        source_text={"quota": ["保證商機：200單"], "pushed_count": ["推咗124單"], "service_start": ["1/10/2025"],
                     "service_end": ["30/9/2026"]},
        notes="iPhone Mail from Tseung Kwan O (UTF-8 quoted-printable, text only), written Cantonese; Hong Kong day-first "
              "dates '1/10/2025 至 30/9/2026' (1 October, although both numbers could be months); counts in '單' "
              "('200單', '推咗124單'); both triggers (62 %, 89 % of the period); '兩單', '大半年', '六成' are "
              "distractors; renewal intended.")


@entry
def T3():
    rng = R("T3")
    d = dt(2026, 9, 9, 10, 26, 33)
    ids = ["2609010317", "2609020044", "2609030182", "2609050009", "2609070265"]
    m = dict(from_name="潘美玲", addr="meiling.pan@huilan-net.com.tw", date=d, subject="太魯閣石材 這5筆商機的回饋與調整",
             host=host_of(rng, "own", "mail.huilan-net.com.tw"))
    m["blocks"] = [
        "總部您好：\n\n太魯閣石材上週收到的這5筆商機，客戶逐筆看過了：\n\n"
        f"一、{ids[0]}　有效　問花崗岩圓盤切割機，已報價\n二、{ids[1]}　無效　對方要買石雕工藝品擺件\n三、{ids[2]}　有效\n"
        f"四、{ids[3]}　有效　礦場要橋式切石機\n五、{ids[4]}　無效　問石材地板翻新施工\n\n調整建議：\n"
        "1. 新增關鍵字：「橋式切石機」「花崗岩圓盤鋸」\n2. 刪除關鍵字：「石雕」\n3. 不做的產品：石雕工藝品、地板翻新施工\n"
        "4. 目標對象：石材加工廠、礦場\n\n合作商：花蓮洄瀾網路科技有限公司\n客戶：花蓮吉安太魯閣石材機械有限公司\n\n"
        "潘美玲\n洄瀾網路　客戶經營部\n(03)835-2217"]
    eml = kit7.foxmail(m, rng, "big5")
    return m, eml, dict(
        kind="adjustment", family="traditional", client="Foxmail 7.2 (Big5)",
        fields=fields(partner="花蓮洄瀾網路科技有限公司", client="花蓮吉安太魯閣石材機械有限公司", lead_ids=ids, lead_count=5),
        accept={"partner": ["洄瀾網路", "花莲洄澜网路科技有限公司", "洄澜网路"],
                "client": ["太魯閣石材", "花莲吉安太鲁阁石材机械有限公司", "太鲁阁石材"]},
        extra={"keywords_add": ["橋式切石機", "花崗岩圓盤鋸"], "keywords_remove": ["石雕"],
               "excluded_products": ["石雕工藝品", "地板翻新施工"], "audience": ["石材加工廠", "礦場"]},
        source_text={"lead_count": ["這5筆"]},
        notes="Foxmail in Hualien declaring and writing Big5 (text base64, HTML quoted-printable, Big5 RFC 2047 subject "
              "and sender); five 10-digit ids behind traditional list numbers '一、' … '五、' with 有效 / 無效 verdicts "
              "separated by ideographic spaces; the count '這5筆'; keywords in 「」 corner brackets; the numbered "
              "proposals and the phone number are distractors.")


@entry
def T4():
    rng = R("T4")
    d = dt(2026, 9, 16, 9, 47, 12)
    m = dict(from_name="陳浩然", addr="hoyin.chan@polam-biz.com.hk", date=d, subject="安達食機 商機 XP-2609-0583 申請唔計入",
             host=host_of(rng, "own", "mail.polam-biz.com.hk"), pc="DESKTOP-TKO7H2Q")
    m["blocks"] = [
        "Hi 總部，\n\n安達食機琴日下晝4點半收到一條推送（XP-2609-0583），對方要買嘅係凍肉切片機同埋絞肉機，但安達只係做麵條機、"
        "餃子機呢類麵食機械，兩樣嘢完全唔同。\n客戶今朝9點15分先睇到，即刻打嚟話唔要，我知已經過咗8個鐘，但都想總部睇睇，"
        "即係判定標準第五條：所需產品同客戶經營產品唔一致。\n\n附件係客戶同對方嘅WhatsApp語音，可以聽下。\n\n"
        "合作商：將軍澳寶琳商務拓展有限公司\n付費客戶：將軍澳工業邨安達食品機械有限公司\n\nHo Yin\n陳浩然｜寶琳商務\n\n"
        "從 Windows 的郵件傳送"]
    m["atts"] = [Att("WhatsApp Audio 2026-09-16 at 09.20.11.m4a", "audio/mp4", m4a(rng, 14), "audio/mp4")]
    eml = winmail(m, rng)
    return m, eml, dict(
        kind="appeal", family="traditional", client="Windows Mail app (approximated)",
        fields=fields(partner="將軍澳寶琳商務拓展有限公司", client="將軍澳工業邨安達食品機械有限公司", lead_ids=["XP-2609-0583"],
                      pushed_at=iso(2026, 9, 15, 16, 30), objected_at=iso(2026, 9, 16, 9, 15), reason_code=5),
        accept={"partner": ["寶琳商務", "将军澳宝琳商务拓展有限公司", "宝琳商务"],
                "client": ["安達食機", "将军澳工业邨安达食品机械有限公司", "安达食机"]},
        source_text={"pushed_at": ["琴日下晝4點半"], "objected_at": ["今朝9點15分"], "reason_code": ["判定標準第五條"]},
        notes="Windows Mail app (UTF-8 base64 text + HTML) from Tseung Kwan O, written Cantonese: '琴日下晝4點半' "
              "(yesterday afternoon: 2026-09-15 16:30) and '今朝9點15分' (this morning, 09:15) - 16 h 45 min, outside "
              "8 h (the writer says so); code 5 as '判定標準第五條'; an M4A voice note named 'WhatsApp Audio 2026-09-16 "
              "at 09.20.11.m4a' (the time in the name and '8個鐘' are distractors).")


@entry
def T5():
    rng = R("T5")
    d = dt(2026, 9, 7, 14, 3, 51)
    m = dict(from_name="賴冠宇", addr="kuanyu.lai@dingfeng-digital.com.tw", date=d,
             subject="永鑫射出 商機彙總回饋（服務期已逾七成）", host=host_of(rng, "google"))
    m["blocks"] = [
        "總部承辦同仁 您好：\n\n永鑫射出的服務期已超過七成，依流程提出彙總回饋如下。\n\n"
        "一、合作廠商：桃園鼎峰數位行銷股份有限公司\n二、客戶：桃園觀音永鑫塑膠射出機械股份有限公司\n"
        "三、合約期間：民國一一四年十月一日至一一五年九月三十日\n四、保證商機數：160筆\n五、已推播：90筆\n"
        "六、狀況說明：臥式射出機的詢價品質穩定；立式射出機與模具代工的詢價偏多，客戶不做代工。\n"
        "七、建議：排除「模具代工」，增加「雙色射出機」「立式射出成型機」。\n八、續約：客戶預算要等明年第一季才確定，目前未定。\n\n"
        "賴冠宇\n鼎峰數位 業務部"]
    eml = kit7.gmail(m, rng)
    return m, eml, dict(
        kind="summary", family="traditional", client="Gmail (Google Workspace)",
        fields=fields(partner="桃園鼎峰數位行銷股份有限公司", client="桃園觀音永鑫塑膠射出機械股份有限公司", quota=160,
                      pushed_count=90, service_start="2025-10-01", service_end="2026-09-30"),
        accept={"partner": ["鼎峰數位", "桃园鼎峰数位行销股份有限公司", "鼎峰数位"],
                "client": ["永鑫射出", "桃园观音永鑫塑胶射出机械股份有限公司"]},
        renewal=None,
        source_text={"quota": ["保證商機數：160筆"], "pushed_count": ["已推播：90筆"], "service_start": ["民國一一四年十月一日"],
                     "service_end": ["一一五年九月三十日"]},
        notes="Gmail from Taoyuan (UTF-8); the ROC period wholly in Chinese numerals, the year digit by digit "
              "('民國一一四年十月一日至一一五年九月三十日' = 2025-10-01 .. 2026-09-30, the second year without 民國); "
              "time trigger only (94 % of the period, 56 % of the leads); '七成', '明年第一季' and the list numbers are "
              "distractors; renewal undecided.")


# ==========================================================================
# family: English and mixed-language writers
# ==========================================================================

@entry
def E1():
    rng = R("E1")
    d = dt(2026, 8, 31, 17, 26, 40)
    m = dict(from_name="Leo Jin", addr="leo.jin@yalu-info.com", date=d,
             subject="Lead appeal: Zhenxing Valves / 2608310092 (competitor)", host=host_of(rng, "google"))
    m["blocks"] = [
        "Hello HQ team,\n\nPlease review the lead below for our client Zhenxing Instruments & Valves.\n\n"
        "Partner: 丹东鸭绿江信息科技有限公司 (Yalu River Info Tech)\nClient: 丹东振兴区仪表阀门有限公司\nLead no.: 2608310092\n"
        "Pushed: Monday, August 31st, 2026, 9:12 a.m.\nClient's objection: 2:40 p.m. that day\n"
        "Reason: the \"buyer\" is a purchasing agent working for a competitor - he asked for the full price list, lead "
        "times and OEM terms, then admitted that his boss runs a valve factory two streets away.\n\n"
        "The client recorded the call; the WAV file is attached (a short clip).\n\nBest,\nLeo Jin (金成浩)\n"
        "Yalu River Info Tech | Key Accounts\n+86 415 312 7748"]
    m["atts"] = [Att("call_recording_0831.wav", "audio/wav", wav(rng, 12), "audio/wav")]
    eml = kit7.gmail(m, rng)
    return m, eml, dict(
        kind="appeal", family="english", client="Gmail (Google Workspace)",
        fields=fields(partner="丹东鸭绿江信息科技有限公司", client="丹东振兴区仪表阀门有限公司", lead_ids=["2608310092"],
                      pushed_at=iso(2026, 8, 31, 9, 12), objected_at=iso(2026, 8, 31, 14, 40), reason_code=1),
        accept={"partner": ["Yalu River Info Tech"], "client": ["Zhenxing Instruments & Valves", "Zhenxing Valves"]},
        source_text={"pushed_at": ["Monday, August 31st, 2026, 9:12 a.m."],
                     "objected_at": ["2:40 p.m. that day", "August 31st, 2026"],
                     "reason_code": ["a purchasing agent working for a competitor"]},
        notes="Gmail (UTF-8), English; a long US date with a weekday and an ordinal ('Monday, August 31st, 2026, 9:12 "
              "a.m.') and '2:40 p.m. that day' (the push day; a.m./p.m. with dots); code 1 in English (a competitor's "
              "purchasing agent); a WAVE recording (audio/wav); 'OEM', 'two streets' and the mobile number are distractors.")


@entry
def E2():
    rng = R("E2")
    d = dt(2026, 9, 15, 11, 8, 19)
    ids = ["XP-2609-0102", "XP-2609-0117", "XP-2609-0125", "XP-2609-0131", "XP-2609-0148", "XP-2609-0156",
           "XP-2609-0163", "XP-2609-0170", "XP-2609-0184", "XP-2609-0199"]
    verdicts = ["OK - offset press spare parts, quoted", "OK", "Not relevant - wants 500 wedding cards printed",
                "OK - die-cutting machine, sample sent", "OK", "Not relevant - a student asking about print jobs",
                "OK - UV coating unit", "Not relevant - looking for a print shop in Mong Kok", "OK",
                "OK - folding machine, second enquiry from the same factory"]
    m = dict(from_name="Wing Sze Ho", addr="wingsze.ho@polam-biz.com.hk", date=d,
             subject="Lik Ko Printing - 10 leads reviewed (1-14 Sep) + keyword tweaks",
             host=host_of(rng, "own", "mail.polam-biz.com.hk"))
    m["blocks"] = [
        "Dear HQ,\n\nLik Ko Printing has gone through all 10 leads pushed between 1 and 14 September. Their verdicts:\n\n"
        + "\n".join(f"\u2022 {ids[i]}  {verdicts[i]}" for i in range(10)) + "\n\nRequested changes\n"
        " - Keywords to add: die-cutting machine, UV coating machine\n - Keywords to drop: printing service\n"
        " - Not made by the client: printed products (cards, flyers), print jobs\n"
        " - Audience: printing factories, packaging plants\n\n"
        "Partner: 將軍澳寶琳商務拓展有限公司 (Po Lam Business Development Ltd.)\n"
        "Client: 屯門新墟力高印刷機械有限公司 (Lik Ko Printing Machinery)\n\nKind regards,\nWing Sze Ho\n"
        "Account Manager, Po Lam Business Development Ltd."]
    eml = kit7.apple_mail(m, rng)
    return m, eml, dict(
        kind="adjustment", family="english", client="Apple Mail (macOS)",
        fields=fields(partner="將軍澳寶琳商務拓展有限公司", client="屯門新墟力高印刷機械有限公司", lead_ids=ids, lead_count=10),
        accept={"partner": ["Po Lam Business Development Ltd.", "将军澳宝琳商务拓展有限公司"],
                "client": ["Lik Ko Printing Machinery", "Lik Ko Printing", "屯门新墟力高印刷机械有限公司"]},
        extra={"keywords_add": ["die-cutting machine", "UV coating machine"], "keywords_remove": ["printing service"],
               "excluded_products": ["printed products (cards, flyers)", "print jobs"],
               "audience": ["printing factories", "packaging plants"]},
        source_text={"lead_count": ["all 10 leads"]},
        notes="Apple Mail (UTF-8 quoted-printable) from a Hong Kong writer in English; ten ids as '\u2022' bullets with "
              "OK / Not relevant verdicts; the count 'all 10 leads'; the full names are traditional (simplified forms in "
              "accept); '1 and 14 September', '500 wedding cards' and 'Mong Kok' are distractors.")


@entry
def E3():
    rng = R("E3")
    d = dt(2026, 10, 20, 10, 14, 22)
    m = dict(from_name="Mia Cui", addr="mia.cui@yalu-info.com", date=d, subject="Linghe Shock Absorbers - summary at 64% of quota",
             host=host_of(rng, "own", "mail.yalu-info.com"))
    m["blocks"] = [
        "Hi all,\n\nSummary for Linghe Shock Absorbers, now that more than 60% of the guaranteed leads have been delivered.\n\n"
        "  Partner:   丹东鸭绿江信息科技有限公司\n  Client:    锦州凌河汽车减振器有限公司 (Linghe Shock Absorbers)\n"
        "  Term:      03/15/2026 - 03/14/2027\n  Leads delivered: 128 of 200\n\n"
        "What we see: aftermarket distributors and repair chains send the best enquiries; OEM purchasing departments "
        "rarely reply. Around 30 enquiries were for motorcycle shocks, which Linghe doesn't make.\n"
        "Proposal: exclude \"motorcycle shock absorber\", add \"air suspension strut\" and \"cab shock absorber\".\n"
        "Renewal: they want to renew - a proposal for 2027 would be welcome.\n\nThanks,\nMia Cui 崔美善\nYalu River Info Tech"]
    eml = kit7.thunderbird(m, rng, "UTF-8")
    return m, eml, dict(
        kind="summary", family="english", client="Thunderbird 128 (UTF-8, 8bit)",
        fields=fields(partner="丹东鸭绿江信息科技有限公司", client="锦州凌河汽车减振器有限公司", quota=200, pushed_count=128,
                      service_start="2026-03-15", service_end="2027-03-14"),
        accept={"partner": ["Yalu River Info Tech"], "client": ["Linghe Shock Absorbers"]},
        renewal=True,
        source_text={"quota": ["of 200"], "pushed_count": ["Leads delivered: 128"], "service_start": ["03/15/2026"],
                     "service_end": ["03/14/2027"]},
        notes="Thunderbird (UTF-8 8bit, format=flowed, text only), English; US month-first dates '03/15/2026 - "
              "03/14/2027'; the counts as 'Leads delivered: 128 of 200'; lead trigger only (64 %, 60 % of the term); "
              "'60%', '64%', 'Around 30' and '2027' are distractors; renewal intended.")


@entry
def E4():
    rng = R("E4")
    d = dt(2026, 9, 7, 18, 2, 9)
    m = dict(from_name="Ray Lei", addr="ray.lei@hjyunfan.com", date=d, subject="Appeal - Qinzhou Switchgear, lead SJ20260907-0318",
             host=host_of(rng, "m365"))
    m["blocks"] = [
        "Dear colleagues,\n\nI'd like to appeal one lead for Qinzhou Switchgear (天水秦州电器开关设备有限公司).\n\n"
        "Lead SJ20260907-0318 was pushed at 1.20pm on 7 Sept. The buyer wants a complete rooftop solar power system "
        "installed on his warehouse - that is not the product our client sells: Qinzhou makes low- and medium-voltage "
        "switchgear cabinets only. The client raised it with us at 4.05pm.\n\nCould HQ rule it as not counted?\n\n"
        "Regards,\nRay Lei\nAccount Executive\n汉中汉江云帆网络科技有限公司 | Hanjiang Yunfan"]
    eml = kit7.outlook(m, rng, "en-US")
    return m, eml, dict(
        kind="appeal", family="english", client="Outlook 16 (en-US)",
        fields=fields(partner="汉中汉江云帆网络科技有限公司", client="天水秦州电器开关设备有限公司", lead_ids=["SJ20260907-0318"],
                      pushed_at=iso(2026, 9, 7, 13, 20), objected_at=iso(2026, 9, 7, 16, 5), reason_code=5),
        accept={"partner": ["Hanjiang Yunfan"], "client": ["Qinzhou Switchgear"]},
        source_text={"pushed_at": ["1.20pm on 7 Sept"], "objected_at": ["4.05pm", "7 Sept"],
                     "reason_code": ["not the product our client sells"]},
        notes="Outlook en-US (UTF-8 quoted-printable text + Word HTML); British style times with a dot ('1.20pm', "
              "'4.05pm') and a year-less 'on 7 Sept' (four-letter month); the objection inherits the push day; code 5 in "
              "English prose; the partner only in the signature; no attachment.")


@entry
def E5():
    rng = R("E5")
    d = dt(2026, 10, 28, 15, 31, 48)
    m = dict(from_name="Chichige", addr="qiqige_ordos@126.com", date=d, subject="Summary: Dongsheng Carding Machinery / 东胜梳机",
             host=host_of(rng, "126"))
    m["blocks"] = [
        "Dear HQ,\n\nHere is the lead summary for Dongsheng Carding Machinery (鄂尔多斯东胜羊绒梳理机械有限公司). "
        "Our company: 鄂尔多斯草原鸿途商务服务有限公司.\n\n- Contract: 120 leads, a 12-month term starting 1 April 2026\n"
        "- Delivered up to today: 74 leads\n- Quality: cashmere dehairing machine enquiries are good, 2 deals closed; "
        "wool washing line enquiries are weak.\n- Next steps: please add \"cashmere dehairing machine\", and exclude "
        "\"cashmere garments\" (they do not sell clothes).\n- Renewal: not decided yet, the boss will be back from a trade "
        "fair in November.\n\nBest regards\nChichige (其其格)\nHongtu Business Services, Ordos"]
    eml = kit7.coremail(m, rng, "126")
    return m, eml, dict(
        kind="summary", family="english", client="126 webmail (Coremail)",
        fields=fields(partner="鄂尔多斯草原鸿途商务服务有限公司", client="鄂尔多斯东胜羊绒梳理机械有限公司", quota=120,
                      pushed_count=74, service_start="2026-04-01", service_end="2027-03-31"),
        accept={"partner": ["Hongtu Business Services"], "client": ["Dongsheng Carding Machinery", "东胜梳机"]},
        renewal=None,
        source_text={"quota": ["120 leads"], "pushed_count": ["74 leads"], "service_start": ["1 April 2026"],
                     "service_end": ["a 12-month term", "1 April 2026"]},
        notes="126 webmail (GBK base64) written in English; the term as a length 'a 12-month term starting 1 April "
              "2026' (labelled 2026-04-01 .. 2027-03-31); lead trigger only (61.7 %, 58 % of the term); '2 deals' and "
              "'November' are distractors; renewal undecided.")


# ==========================================================================
# family: dates and times as people write them
# ==========================================================================

@entry
def D1():
    rng = R("D1")
    d = dt(2026, 9, 14, 9, 42, 10)
    m = dict(from_name="揭红梅", addr="jiehongmei_fz@163.com", date=d, subject="崇仁变配 上周六一条商机申诉", host=host_of(rng, "163"))
    m["blocks"] = [
        "总部老师，周一好！\n\n周末值班没来得及报，补一条崇仁变配的申诉：\n商机编号 SJ20260912-0077，上周六上午11点05分推送，"
        "对方留的手机号拨过去是空号，换座机也打不通。客户当天下午5点10分在群里跟我们说的。\n\n"
        "合作商：抚州临川赣东商务咨询有限公司\n客户：抚州崇仁变压器配件有限公司\n\n揭红梅\n赣东商务 客服部 | 0794-8263 517"]
    eml = kit7.coremail(m, rng, "163")
    return m, eml, dict(
        kind="appeal", family="dates", client="163 webmail (Coremail)",
        fields=fields(partner="抚州临川赣东商务咨询有限公司", client="抚州崇仁变压器配件有限公司", lead_ids=["SJ20260912-0077"],
                      pushed_at=iso(2026, 9, 12, 11, 5), objected_at=iso(2026, 9, 12, 17, 10), reason_code=3),
        accept={"partner": ["赣东商务"], "client": ["崇仁变配"]},
        source_text={"pushed_at": ["上周六上午11点05分"], "objected_at": ["当天下午5点10分", "上周六"], "reason_code": ["空号"]},
        notes="163 webmail (GBK base64) sent on a Monday; '上周六上午11点05分' is last week's Saturday (2026-09-12, not "
              "the coming one) and '当天下午5点10分' the same day; code 3 (the number is 空号); '周一', '周末' and the "
              "phone number are distractors; no attachment.")


@entry
def D2():
    rng = R("D2")
    d = dt(2026, 10, 22, 9, 30, 55)
    m = dict(from_name="敬小龙", addr="jingxiaolong@sanjiang-hz.cn", date=d, subject="南溪灌装 商机申诉 2610200415",
             host=host_of(rng, "own", "mail.sanjiang-hz.cn"))
    m["blocks"] = [
        "总部好，南溪灌装这条2610200415是前晚10点40推的，客户昨早7点打电话过去，对方一开口就问灌装线的报价单和电机品牌，"
        "后来说漏嘴是泸州一家灌装设备厂的，同行来套价格。录音在附件，麻烦判一下。\n"
        "晚上推的客户第二天才看到，超了20分钟，请总部酌情。\n\n三江汇智 敬小龙\n宜宾三江汇智信息服务有限公司"]
    m["atts"] = [Att("通话录音1021.mp3", "audio/mpeg", mp3(rng, 40, "通话录音"), "audio/mpeg")]
    eml = kit7.android(m, rng)
    return m, eml, dict(
        kind="appeal", family="dates", client="phone mail app (8bit GBK)", malformed=True,
        fields=fields(partner="宜宾三江汇智信息服务有限公司", client="南溪灌装", lead_ids=["2610200415"],
                      pushed_at=iso(2026, 10, 20, 22, 40), objected_at=iso(2026, 10, 21, 7, 0), reason_code=1),
        accept={"partner": ["三江汇智"]},
        source_text={"pushed_at": ["前晚10点40"], "objected_at": ["昨早7点"], "reason_code": ["同行来套价格"]},
        notes="Phone mail app (8bit GBK text, the MP3's name as raw 8-bit GBK: malformed), no labels; '前晚10点40' "
              "(the evening two days before the Date: 2026-10-20 22:40) and '昨早7点' (yesterday morning, 07:00) - "
              "8 h 20 min, just outside the window; the client only by its short name; code 1 (同行); '第二天' and "
              "'20分钟' are distractors.")


@entry
def D3():
    rng = R("D3")
    d = dt(2026, 9, 10, 16, 12, 37)
    m = dict(from_name="储晓芸", addr="chuxiaoyun@wanxi-qf.com", date=d, subject="恒力石膏 服务期已过七成 汇总反馈",
             host=host_of(rng, "own", "mail.wanxi-qf.com"))
    m["blocks"] = [
        "总部各位老师：\n\n恒力石膏的服务期已过七成，现报汇总：\n\n合作商：六安皖西企服网络科技有限公司\n"
        "客户：宿州埇桥恒力石膏板设备有限公司\n服务期：2025年11月至2026年10月\n合同商机：150条，已推送70条\n\n"
        "分析：石膏板生产线整线的询盘少但质量高，成交1条线；龙骨机、石膏砌块机询盘偏多，客户只做石膏板线。\n"
        "方案：关键词聚焦“纸面石膏板生产线”，排除“轻钢龙骨机”。推送进度偏慢，建议最后两个月加大投放。\n"
        "续费：客户有续费意向，想谈一个两年期的价格。\n\n储晓芸\n皖西企服"]
    eml = kit7.foxmail(m, rng, "GBK")
    return m, eml, dict(
        kind="summary", family="dates", client="Foxmail 7.2 (GBK)",
        fields=fields(partner="六安皖西企服网络科技有限公司", client="宿州埇桥恒力石膏板设备有限公司", quota=150, pushed_count=70,
                      service_start="2025-11-01", service_end="2026-10-31"),
        accept={"partner": ["皖西企服"], "client": ["恒力石膏"]},
        renewal=True,
        source_text={"quota": ["合同商机：150条"], "pushed_count": ["已推送70条"], "service_start": ["2025年11月"],
                     "service_end": ["2026年10月"]},
        notes="Foxmail declaring GBK; the period in months only ('2025年11月至2026年10月': labelled from the first day of "
              "the first month to the last day of the last, 2025-11-01 .. 2026-10-31); time trigger only (86 % of the "
              "period, 47 % of the leads); '两个月', '两年期' and '1条线' are distractors; renewal intended.")


@entry
def D4():
    rng = R("D4")
    d = dt(2026, 9, 8, 17, 55, 3)
    m = dict(from_name="罗兴艳", addr="luoxingyan@qianzhong-sz.com", date=d, subject="平坝印花 XP-2609-0642 申诉（行业不符）",
             host=host_of(rng, "exmail"))
    m["blocks"] = [
        "总部您好，\n\n平坝印花的一条商机申请不计入：\n编号：XP-2609-0642\n推送：9.8 10:35\n反馈：9.8 15:50\n"
        "说明：需求者是一家婚庆公司，要找人做婚礼现场布置和手绘背景墙，跟客户做的蜡染、印花机械不是一个行业，所需产品不符合客户行业。\n\n"
        "合作商：安顺西秀黔中数智科技有限公司\n客户：安顺平坝蜡染印花机械有限公司\n\n罗兴艳 | 黔中数智"]
    eml = kit7.tencent(m, rng, wecom=True)
    return m, eml, dict(
        kind="appeal", family="dates", client="WeCom / Tencent Exmail",
        fields=fields(partner="安顺西秀黔中数智科技有限公司", client="安顺平坝蜡染印花机械有限公司", lead_ids=["XP-2609-0642"],
                      pushed_at=iso(2026, 9, 8, 10, 35), objected_at=iso(2026, 9, 8, 15, 50), reason_code=4),
        accept={"partner": ["黔中数智"], "client": ["平坝印花"]},
        source_text={"pushed_at": ["9.8 10:35"], "objected_at": ["9.8 15:50"], "reason_code": ["所需产品不符合客户行业"]},
        notes="WeCom / Exmail (UTF-8 base64); year-less dotted month.day dates ('推送：9.8 10:35', '反馈：9.8 15:50' = "
              "8 September, the year from the Date header); code 4 in the seed's words; no attachment.")


@entry
def D5():
    rng = R("D5")
    d = dt(2026, 9, 25, 11, 20, 44)
    m = dict(from_name="季伟", addr="jiwei@oujiang-dm.cn", date=d, subject="缙云锯床 商机汇总反馈（已推过六成）",
             host=host_of(rng, "aliyun"))
    m["blocks"] = [
        "总部您好：\n\n缙云锯床的推送量已过六成，汇总如下。\n\n合作商：丽水瓯江数字营销有限公司\n付费客户：丽水缙云锯床制造有限公司\n"
        "服务期：2025年8月1日开始，为期两年\n合同保障商机：300条\n截至9月24日已推送：185条\n\n"
        "客户反馈：带锯床、圆锯机询盘质量好，数控锯床成交了3台；部分询盘要的是木工锯，客户只做金属锯床。\n"
        "建议：排除“木工带锯”，加“数控金属圆锯机”。\n续费：合同还有10个月，暂不考虑。\n\n季伟\n瓯江数字 运营中心"]
    eml = kit7.alimail(m, rng)
    return m, eml, dict(
        kind="summary", family="dates", client="Alibaba enterprise mailbox (web; approximated)",
        fields=fields(partner="丽水瓯江数字营销有限公司", client="丽水缙云锯床制造有限公司", quota=300, pushed_count=185,
                      service_start="2025-08-01", service_end="2027-07-31"),
        accept={"partner": ["瓯江数字"], "client": ["缙云锯床"]},
        renewal=False,
        source_text={"quota": ["合同保障商机：300条"], "pushed_count": ["已推送：185条"], "service_start": ["2025年8月1日开始"],
                     "service_end": ["为期两年", "2025年8月1日"]},
        notes="Alibaba enterprise mailbox (UTF-8 base64 text + HTML); the period as a start and a length in years "
              "('2025年8月1日开始，为期两年' = 2025-08-01 .. 2027-07-31); lead trigger only (61.7 %, 58 % of the period); "
              "'9月24日', '3台', '10个月' and '六成' are distractors; no renewal for now (false).")


# ==========================================================================
# family: numbers and ids as people write them
# ==========================================================================

@entry
def N1():
    rng = R("N1")
    d = dt(2026, 9, 17, 15, 6, 29)
    ids = ["XJ2609150047", "XJ2609150052", "XJ2609150061", "XJ2609150070", "XJ2609150083"]
    m = dict(from_name="温晓丽", addr="wenxiaoli_sg@sina.com", date=d, subject="粤北破碎9月15日五条商机反馈",
             host=host_of(rng, "sina"))
    m["blocks"] = [
        "总部老师好：\n\n粤北破碎9月15日推的五条商机（XJ2609150047、0052、0061、0070、0083，共五条），客户反馈如下：\n"
        "0047 精准，石料厂要圆锥破\n0052 精准\n0061 不精准，问的是家用粉碎机\n0070 精准，砂石骨料线整线询价\n"
        "0083 不精准，要买二手颚破\n\n调整建议：\n①新增关键词：圆锥破碎机、砂石骨料生产线\n②删除关键词：粉碎机\n"
        "③不做产品：家用粉碎机、二手设备\n④针对客户：矿山、砂石料场\n\n合作商：韶关丹霞云商信息技术有限公司\n"
        "客户：韶关曲江粤北矿山破碎设备有限公司\n\n客户的微信反馈截图附上。\n温晓丽"]
    m["atts"] = [Att("粤北破碎客户反馈截图.jpg", "image/jpeg", jpg(rng, rows=6), "image/jpeg")]
    eml = sina(m, rng)
    return m, eml, dict(
        kind="adjustment", family="numbers", client="Sina webmail (approximated)",
        fields=fields(partner="韶关丹霞云商信息技术有限公司", client="韶关曲江粤北矿山破碎设备有限公司", lead_ids=ids, lead_count=5),
        accept={"client": ["粤北破碎"]},
        extra={"keywords_add": ["圆锥破碎机", "砂石骨料生产线"], "keywords_remove": ["粉碎机"],
               "excluded_products": ["家用粉碎机", "二手设备"], "audience": ["矿山", "砂石料场"]},
        source_text={"lead_ids": ["XJ2609150047、0052、0061、0070、0083"], "lead_count": ["共五条"]},
        notes="Sina webmail (GBK base64 text + HTML; the JPEG's name as a GBK RFC 2047 word and a GBK RFC 2231 "
              "filename*=GBK''…); a full id without a dash followed by four-digit tails ('XJ2609150047、0052、0061…'), "
              "each replacing the id's last four digits; the count in words ('共五条'); circled proposal numbers ①–④ "
              "(NFKC digits, not ids or counts); the verdict lines start with the tails.")


@entry
def N2():
    rng = R("N2")
    d = dt(2026, 10, 12, 10, 48, 16)
    m = dict(from_name="汪国栋", addr="2718306459@qq.com", date=d, subject="舒城羽机 商机汇总反馈", host=host_of(rng, "qq"))
    m["blocks"] = [
        "总部好：\n\n舒城羽机的推送已经超过六成，汇总一下：\n合作商：六安皖西企服网络科技有限公司\n客户：六安舒城羽绒加工机械有限公司\n"
        "合同：两百条\n已推送一百二十六个商机，还剩七十四个\n服务期：2026年3月1日—2027年2月28日\n\n"
        "客户说羽绒分毛机、洗毛机的询盘多数靠谱，成交了两台；充绒机的询盘偏少，希望多推。\n建议新增“全自动充绒机”，排除“羽绒服加工”。\n"
        "续费：客户说效果可以，到期续。\n\n汪国栋 皖西企服"]
    eml = kit7.tencent(m, rng)
    return m, eml, dict(
        kind="summary", family="numbers", client="QQ Mail",
        fields=fields(partner="六安皖西企服网络科技有限公司", client="六安舒城羽绒加工机械有限公司", quota=200, pushed_count=126,
                      service_start="2026-03-01", service_end="2027-02-28"),
        accept={"partner": ["皖西企服"], "client": ["舒城羽机"]},
        renewal=True,
        source_text={"quota": ["两百条"], "pushed_count": ["一百二十六个"], "service_start": ["2026年3月1日"],
                     "service_end": ["2027年2月28日"]},
        notes="QQ Mail (gb18030 base64); the counts in Chinese numerals with 两 and the measure word 个 ('合同：两百条' = "
              "200, '已推送一百二十六个商机' = 126); lead trigger only (63 %, 62 % of the period); '还剩七十四个', '两台' "
              "and '六成' are distractors; renewal intended.")


@entry
def N3():
    rng = R("N3")
    d = dt(2026, 9, 21, 19, 40, 33)
    m = dict(from_name="褚敏", addr="chumin_hz@139.com", date=d, subject="洋县米机商机申诉", host=("smtp139-1.mail.139.com",
             f"221.176.{rng.randint(1, 250)}.{rng.randint(1, 250)}"))
    m["blocks"] = [
        "总部老师好！\n\n洋县米机九月二十一日十四点二十五分推送的商机（编号2609210158），需求者只留了一个微信号，客户加了三次都提示"
        "“该用户不存在”，电话也没留，属于判定标准之二。客户十九点零五分反馈给我们。附件是添加失败的截图。\n\n"
        "合作商：汉中汉江云帆网络科技有限公司\n客户：汉中洋县黑米加工机械有限公司\n\n褚敏"]
    m["atts"] = [Att("添加失败截图.jpg", "image/jpeg", jpg(rng, style="search"), "image/jpeg")]
    eml = mail139(m, rng)
    return m, eml, dict(
        kind="appeal", family="numbers", client="139 webmail (Richmail; approximated)",
        fields=fields(partner="汉中汉江云帆网络科技有限公司", client="汉中洋县黑米加工机械有限公司", lead_ids=["2609210158"],
                      pushed_at=iso(2026, 9, 21, 14, 25), objected_at=iso(2026, 9, 21, 19, 5), reason_code=2),
        accept={"client": ["洋县米机"]},
        source_text={"pushed_at": ["九月二十一日十四点二十五分"], "objected_at": ["十九点零五分", "九月二十一日"],
                     "reason_code": ["判定标准之二"]},
        notes="139 webmail (GB18030 quoted-printable text, base64 HTML, GB18030 RFC 2047 file name); the date and both "
              "times in Chinese numerals on the 24-hour clock ('九月二十一日十四点二十五分', '十九点零五分'); the criterion "
              "as '判定标准之二' (code 2); '三次' is a distractor; JPEG screenshot.")


@entry
def N4():
    rng = R("N4")
    d = dt(2026, 10, 14, 14, 36, 2)
    ids = ["XP-2609-0711", "XP-2609-0726", "XP-2609-0734", "XP-2609-0748", "XP-2609-0755", "XP-2609-0769",
           "XP-2609-0772", "XP-2609-0786", "XP-2609-0790", "XP-2609-0803"]
    ver = ["精准 陶瓷滚压成型机", "精准", "不精准 要买陶瓷餐具成品", "精准 窑炉配套", "精准", "不精准 问陶艺体验课",
           "精准 注浆成型设备", "精准", "不精准 要买二手拉坯机", "精准 施釉机"]
    marks = "①②③④⑤⑥⑦⑧⑨⑩"
    m = dict(from_name="吴启明", addr="wuqiming@qianzhong-sz.com", date=d, subject="华宁陶机10条商机反馈（9月下半月）",
             host=host_of(rng, "own", "mail.qianzhong-sz.com"))
    m["blocks"] = [
        "总部您好：\n\n华宁陶机9月下半月推送的商机共10条，客户逐条反馈：\n"
        + "\n".join(f"{marks[i]}{ids[i]} {ver[i]}" for i in range(10)) + "\n\n建议：\n新增关键词：滚压成型机、自动施釉线\n"
        "删除关键词：陶艺\n不做产品：陶瓷成品、陶艺培训、二手设备\n针对人群：陶瓷厂、卫浴厂\n\n合作商：安顺西秀黔中数智科技有限公司\n"
        "客户：玉溪华宁陶瓷机械有限公司\n吴启明"]
    eml = kit7.foxmail(m, rng)
    return m, eml, dict(
        kind="adjustment", family="numbers", client="Foxmail 7.2",
        fields=fields(partner="安顺西秀黔中数智科技有限公司", client="玉溪华宁陶瓷机械有限公司", lead_ids=ids, lead_count=10),
        accept={"client": ["华宁陶机"]},
        extra={"keywords_add": ["滚压成型机", "自动施釉线"], "keywords_remove": ["陶艺"],
               "excluded_products": ["陶瓷成品", "陶艺培训", "二手设备"], "audience": ["陶瓷厂", "卫浴厂"]},
        source_text={"lead_count": ["共10条"]},
        notes="Foxmail (gb2312 label); ten ids each glued to a circled row number ('①XP-2609-0711' … '⑩XP-2609-0803'; "
              "after NFKC the row digit touches the id: '1XP-2609-0711', '10XP-2609-0803' - the row numbers are not part "
              "of the ids); the count '共10条'; '9月下半月' is a distractor.")


@entry
def N5():
    rng = R("N5")
    d = dt(2026, 9, 29, 10, 5, 40)
    m = dict(from_name="饶建新", addr="raojianxin@gandong-sw.com", date=d, subject="关于涟源锻压合作情况的汇总反馈",
             host=host_of(rng, "own", "mail.gandong-sw.com"))
    m["blocks"] = [
        "总部商机服务中心：\n\n我司代理的涟源锻压项目推送量已达合同的六成以上，现将汇总情况函告如下：\n\n"
        "（一）合作商：抚州临川赣东商务咨询有限公司\n（二）付费客户：娄底涟源锻压机床有限公司\n（三）合同保底商机：壹佰捌拾条整\n"
        "（四）截至九月二十八日累计推送：壹佰壹拾贰条\n（五）服务期限：2026年3月1日起至2027年2月28日止\n"
        "（六）情况分析：闭式压力机、数控折弯机询盘较多且精准，成交4台；约二十条询盘为五金冲压加工件，客户不做来料加工。\n"
        "（七）解决方案：排除“冲压加工”“来料加工”，新增“闭式双点压力机”。\n"
        "（八）续费意向：客户表示明年会续签，并希望商机量提高到贰佰条。\n\n特此函告。\n\n抚州临川赣东商务咨询有限公司\n饶建新\n"
        "二〇二六年九月二十九日"]
    eml = kit7.outlook(m, rng, "zh-CN")
    return m, eml, dict(
        kind="summary", family="numbers", client="Outlook 16 (zh-CN)",
        fields=fields(partner="抚州临川赣东商务咨询有限公司", client="娄底涟源锻压机床有限公司", quota=180, pushed_count=112,
                      service_start="2026-03-01", service_end="2027-02-28"),
        accept={"client": ["涟源锻压"]},
        renewal=True,
        source_text={"quota": ["壹佰捌拾条整"], "pushed_count": ["壹佰壹拾贰条"], "service_start": ["2026年3月1日"],
                     "service_end": ["2027年2月28日"]},
        notes="Outlook zh-CN (gb2312 base64); a formal letter with the counts in financial numerals ('壹佰捌拾条整' = 180 "
              "with the bookkeeper's 整, '壹佰壹拾贰条' = 112); lead trigger only (62 %, 58 % of the period); "
              "'九月二十八日', '贰佰条', '约二十条' and the letter's date '二〇二六年九月二十九日' are distractors.")


# ==========================================================================
# family: filled forms (.docx / .xlsx)
# ==========================================================================

@entry
def F1():
    rng = R("F1")
    d = dt(2026, 9, 3, 16, 22, 48)
    m = dict(from_name="其其格", addr="qiqige@hongtu-ordos.com", date=d, subject="东胜梳机 商机申诉表", host=host_of(rng, "exmail"))
    m["blocks"] = ["总部好，\n\n附件是东胜梳机一条商机的申诉表（用的总部模板，第二页填好了），另附客户和对方的聊天截图。\n\n其其格\n鸿途商务"]
    guide = {"A1": "商机申诉表填写说明", "A2": "字段", "B2": "示例", "A3": "商机编号", "B3": "示例：SJ20260101-0001",
             "A4": "推送时间", "B4": "示例：2026-01-01 09:00", "A5": "判定标准", "B5": "填1-5的数字", "A6": "证据",
             "B6": "录音/截图另附"}
    form = {"A1": "商机申诉表", "A2": "合作商", "B2": "鄂尔多斯草原鸿途商务服务有限公司", "A3": "付费客户",
            "B3": "鄂尔多斯东胜羊绒梳理机械有限公司", "A4": "商机编号", "B4": "SJ20260903-0214", "A5": "推送时间",
            "B5": local(2026, 9, 3, 8, 50), "A6": "客户异议时间", "B6": local(2026, 9, 3, 13, 35), "A7": "判定标准", "B7": 3,
            "A8": "情况说明", "B8": "联系人自称个人创业，想买一台二手梳绒机放在自家院子里用，不是企业采购。", "A9": "证据",
            "B9": "截图1张"}
    book = xlsx_book("其其格", "2026-09-03T07:40:00Z", [("填写说明", guide, ["A1:B1"], {"A": 12, "B": 30}),
                                                     ("申诉表", form, ["A1:B1"], {"A": 14, "B": 44})])
    m["atts"] = [Att("商机申诉表-东胜梳机.xlsx", "application/octet-stream", book, CT_XLSX),
                 Att("聊天截图.png", "image/png", png(rng, rows=7), "image/png")]
    eml = kit7.tencent(m, rng, wecom=True)
    return m, eml, dict(
        kind="appeal", family="forms", client="WeCom / Tencent Exmail",
        fields=fields(partner="鄂尔多斯草原鸿途商务服务有限公司", client="鄂尔多斯东胜羊绒梳理机械有限公司",
                      lead_ids=["SJ20260903-0214"], pushed_at=iso(2026, 9, 3, 8, 50), objected_at=iso(2026, 9, 3, 13, 35),
                      reason_code=3),
        accept={"partner": ["鸿途商务"], "client": ["东胜梳机"]},
        source_text={"pushed_at": ["2026-09-03 08:50"], "objected_at": ["2026-09-03 13:35"], "reason_code": ["判定标准 3"]},
        notes="WeCom / Exmail with an .xlsx declared application/octet-stream holding two sheets: HQ's instruction sheet "
              "'填写说明' with example values ('示例：SJ20260101-0001', '示例：2026-01-01 09:00' - not data) and the "
              "filled '申诉表' (both times as date-time cells, the criterion as the number cell 3); PNG chat screenshot.")


@entry
def F2():
    rng = R("F2")
    d = dt(2026, 10, 9, 10, 31, 15)
    ids = ["2610010125", "2610010198", "2610020041", "2610030307", "2610040116", "2610050062", "2610060233",
           "2610070015", "2610080149", "2610080276"]
    good = [True, True, False, True, True, False, True, True, False, True]
    why = ["卡车减振器询价", "", "要买摩托车减震器", "公交公司批量采购", "", "问汽车改装店", "驾驶室减振器", "", "要买二手配件",
           "空气悬架"]
    m = dict(from_name="崔美善", addr="cuimeishan@yalu-info.com", date=d, subject="凌河减振 商机反馈表",
             host=host_of(rng, "aliyun"))
    m["blocks"] = ["总部您好：\n\n凌河减振这10条商机的反馈表见附件（Word），调整建议也写在表格下方了，请安排。\n\n崔美善\n鸭绿江信息"]
    grid = [["序号", "商机编号", "精准", "不精准", "客户说明"]]
    grid += [[str(i + 1), ids[i], "√" if good[i] else "", "" if good[i] else "×", why[i]] for i in range(10)]
    form = docx_form("崔美善", "2026-10-09T01:50:00Z", "商机反馈表", grid,
                     paras_before=["合作商：丹东鸭绿江信息科技有限公司", "客户：锦州凌河汽车减振器有限公司"],
                     paras_after=["调整建议：", "1. 新增关键词：空气悬架减振器、驾驶室减振器", "2. 删除关键词：摩托车减震",
                                  "3. 不做产品：摩托车减震器、汽车改装服务", "4. 针对人群：汽配批发商、商用车维修厂"])
    m["atts"] = [Att("凌河减振商机反馈表.docx", CT_DOCX, form, CT_DOCX)]
    eml = kit7.alimail(m, rng)
    return m, eml, dict(
        kind="adjustment", family="forms", client="Alibaba enterprise mailbox (web; approximated)",
        fields=fields(partner="丹东鸭绿江信息科技有限公司", client="锦州凌河汽车减振器有限公司", lead_ids=ids, lead_count=10),
        accept={"partner": ["鸭绿江信息"], "client": ["凌河减振"]},
        extra={"keywords_add": ["空气悬架减振器", "驾驶室减振器"], "keywords_remove": ["摩托车减震"],
               "excluded_products": ["摩托车减震器", "汽车改装服务"], "audience": ["汽配批发商", "商用车维修厂"]},
        source_text={"lead_count": ["这10条"]},
        notes="Alibaba enterprise mailbox with a .docx: partner and client in paragraphs above the table, ten 10-digit ids "
              "with the verdict as '√' in a 精准 column or '×' in a 不精准 column, the proposals in paragraphs below the "
              "table; the count only in the body ('这10条'); the row numbers are distractors.")


@entry
def F3():
    rng = R("F3")
    d = dt(2026, 8, 20, 15, 40, 12)
    m = dict(from_name="邝志强", addr="kuangzhiqiang@danxia-ys.com", date=d, subject="荔乡烘干 商机汇总反馈表",
             host=host_of(rng, "own", "mail.danxia-ys.com"))
    m["blocks"] = ["总部您好：\n\n荔乡烘干的商机汇总反馈表见附件，请查收。\n\n邝志强\n丹霞云商 客户成功部\n0751-8867 302"]
    grid = [["合作商", "韶关丹霞云商信息技术有限公司"], ["客户", "茂名高州荔乡烘干设备有限公司"], ["合同商机数", "120"],
            ["已推送商机数", "75"], ["服务期", "2026-02-01 至 2027-01-31"],
            ["触发条件", "☒ 推送量达到60%　☐ 服务期达到70%"],
            ["客户情况分析", "荔枝、龙眼烘干机询盘多且精准，成交5台；部分询盘要的是烘焙烤箱，客户不做食品烘焙设备。"],
            ["解决方案", "排除“烘焙烤箱”，新增“热泵荔枝烘干机”。"], ["续费意向", "☒ 续费　☐ 不续费　☐ 待定"]]
    form = docx_form("邝志强", "2026-08-20T07:10:00Z", "商机汇总反馈表", grid)
    m["atts"] = [Att("荔乡烘干-商机汇总反馈表.docx", CT_DOCX, form, CT_DOCX)]
    eml = kit7.outlook(m, rng, "zh-CN")
    return m, eml, dict(
        kind="summary", family="forms", client="Outlook 16 (zh-CN)",
        fields=fields(partner="韶关丹霞云商信息技术有限公司", client="茂名高州荔乡烘干设备有限公司", quota=120, pushed_count=75,
                      service_start="2026-02-01", service_end="2027-01-31"),
        accept={"partner": ["丹霞云商"], "client": ["荔乡烘干"]},
        renewal=True,
        source_text={"quota": ["合同商机数 120"], "pushed_count": ["已推送商机数 75"], "service_start": ["2026-02-01"],
                     "service_end": ["2027-01-31"]},
        notes="Outlook zh-CN with a .docx summary form: counts as bare numbers in their cells, the period '2026-02-01 至 "
              "2027-01-31' in one cell, the trigger and renewal as ballot boxes with an X ('☒' ticked, '☐' not); lead "
              "trigger only (62.5 %, 55 % of the period); '5台' and the phone number are distractors.")


@entry
def F4():
    rng = R("F4")
    d = dt(2026, 11, 16, 9, 55, 27)
    m = dict(from_name="苟玉兰", addr="1652093847@qq.com", date=d, subject="五通盐机汇总反馈表", host=host_of(rng, "qq"))
    m["blocks"] = ["总部好！五通盐机的汇总反馈表在附件里，麻烦查收，谢谢。\n苟玉兰（三江汇智）"]
    cells = {"A1": "商机汇总反馈表", "A2": "合作商", "B2": "宜宾三江汇智信息服务有限公司", "A3": "付费客户",
             "B3": "乐山五通桥盐化设备有限公司", "A4": "合同商机数", "B4": 100, "A5": "已推送", "B5": 58, "A6": "完成率",
             "B6": "=B5/B4", "A7": "服务期开始", "B7": date(2026, 1, 1), "A8": "服务期结束", "B8": date(2026, 12, 31),
             "A9": "客户情况", "B9": "真空制盐蒸发罐、离心机询盘稳定；食用盐批发的询盘较多，客户不卖盐。",
             "A10": "建议", "B10": "排除“食用盐批发”，新增“MVR蒸发结晶器”。", "A11": "续费意向", "B11": "待定（年底预算会议后确定）"}
    book = xlsx_book("苟玉兰", "2026-11-16T01:30:00Z", [("汇总", cells, ["A1:B1"], {"A": 14, "B": 48})])
    m["atts"] = [Att("五通盐机汇总反馈表.xlsx", "application/octet-stream", book, CT_XLSX)]
    eml = kit7.tencent(m, rng)
    return m, eml, dict(
        kind="summary", family="forms", client="QQ Mail",
        fields=fields(partner="宜宾三江汇智信息服务有限公司", client="乐山五通桥盐化设备有限公司", quota=100, pushed_count=58,
                      service_start="2026-01-01", service_end="2026-12-31"),
        accept={"partner": ["三江汇智"], "client": ["五通盐机"]},
        renewal=None,
        source_text={"quota": ["合同商机数 100"], "pushed_count": ["已推送 58"], "service_start": ["2026-01-01"],
                     "service_end": ["2026-12-31"]},
        notes="QQ Mail (gb18030) with an .xlsx declared application/octet-stream: label/value rows, numeric count cells, "
              "the completion rate as a formula cell '=B5/B4' without a cached value (a distractor), the period as two "
              "date cells; time trigger only (87.5 % of the period, 58 % of the leads); renewal '待定' (null).")


@entry
def F5():
    rng = R("F5")
    d = dt(2026, 9, 3, 11, 48, 30)
    m = dict(from_name="叶丽君", addr="yelijun@oujiang-dm.cn", date=d, subject="龙游竹机 商机申诉书",
             host=host_of(rng, "own", "mail.oujiang-dm.cn"))
    m["blocks"] = ["总部老师好：\n\n龙游竹机一条商机的《商机申诉书》见附件，属于行业不符，没有截图。\n\n叶丽君\n瓯江数字"]
    grid = [["合作商", "丽水瓯江数字营销有限公司", None], ["付费客户", "衢州龙游竹木加工机械有限公司", None],
            ["商机编号", "2609030087", None], ["推送时间", "2026年09月03日08时40分", None],
            ["客户异议时间", "2026年09月03日10时15分", None], ["序号", "判定标准", "选择（✓）"],
            ["1", "需求者属于同行恶意骚扰或不良询价", ""], ["2", "需求者留微信，微信无法添加", ""],
            ["3", "留错电话/个人/不对口企业", ""], ["4", "所需产品不符合客户行业", "✓"], ["5", "所需产品与客户经营产品不一致", ""],
            ["情况说明", "需求者是一家茶饮连锁店，要采购竹制吸管和竹编包装盒成品，客户是竹木加工机械制造商。", None]]
    form = docx_form("叶丽君", "2026-09-03T03:20:00Z", "商机申诉书", grid,
                     merges=[(0, 1, 0, 2), (1, 1, 1, 2), (2, 1, 2, 2), (3, 1, 3, 2), (4, 1, 4, 2), (11, 1, 11, 2)])
    m["atts"] = [Att("商机申诉书（龙游竹机）.docx", CT_DOCX, form, CT_DOCX)]
    eml = kit7.foxmail(m, rng)
    return m, eml, dict(
        kind="appeal", family="forms", client="Foxmail 7.2",
        fields=fields(partner="丽水瓯江数字营销有限公司", client="衢州龙游竹木加工机械有限公司", lead_ids=["2609030087"],
                      pushed_at=iso(2026, 9, 3, 8, 40), objected_at=iso(2026, 9, 3, 10, 15), reason_code=4),
        accept={"partner": ["瓯江数字"], "client": ["龙游竹机"]},
        source_text={"pushed_at": ["2026年09月03日08时40分"], "objected_at": ["2026年09月03日10时15分"],
                     "reason_code": ["所需产品不符合客户行业 ✓"]},
        notes="Foxmail (gb2312) with a .docx 《商机申诉书》: merged label/value rows, zero-padded times with 时/分 "
              "('2026年09月03日08时40分'), and the five criteria as a table whose third column '选择（✓）' holds one tick "
              "(row 4: code 4; the unticked rows are not reasons); no evidence (code 4 needs none).")


# ==========================================================================
# family: mail that is not a request (unknown, with a topic)
# ==========================================================================

@entry
def U1():
    rng = R("U1")
    d = dt(2026, 9, 24, 16, 33, 10)
    m = dict(from_name="敬小龙", addr="jxl_sanjiang@sina.com", date=d, subject="请教：国庆假期里的申诉时限怎么算？",
             host=host_of(rng, "sina"))
    m["html"] = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=GBK"></head><body>'
        '<div style="font-size:14px">总部老师您好：<br><br>国庆快到了，想提前确认几件事：<br>'
        "1. 10月1日到7日放假期间推送的商机，客户节后才看到，8小时的异议时限是按自然时间算，还是节后上班再算？<br>"
        "2. 10月10日（周六）调休上班，这一天算不算48个工作小时里的工作日？<br>"
        "3. 假期里我们值班同事提交的申诉，总部什么时候开始处理？<br><br>谢谢！<br>敬小龙<br>宜宾三江汇智信息服务有限公司</div>"
        "</body></html>")
    eml = kit7.html_only(m, rng, "GBK", "quoted-printable", "SinaMail 4.0 (approximated)", "sina")
    return m, eml, dict(
        kind="unknown", family="non_request", topic="question", client="Sina webmail (HTML only; approximated)",
        fields=fields(), accept={}, source_text={},
        notes="Sina webmail, one text/html part (GBK quoted-printable): a known partner asks how the 8-hour window and the "
              "48 working hours run over the National Day holiday and a make-up Saturday - a question, not a request: "
              "unknown (question); the dates, '8小时' and '48个工作小时' are not fields.")


@entry
def U2():
    rng = R("U2")
    d = dt(2026, 10, 26, 11, 12, 8)
    m = dict(from_name="雷振宇", addr="leizhenyu@hjyunfan.com", date=d, subject="新签客户：陇原保鲜 商机下单表及关键词确认",
             host=host_of(rng, "own", "mail.hjyunfan.com"))
    m["blocks"] = ["总部各位老师：\n\n我们新签了天水麦积区陇原果蔬保鲜设备有限公司，合同100条，一年期，计划11月10日上线。客户盖章的商机下单表"
                   "扫描件（PDF）和确认过的关键词清单照片附上，请安排审核和建词。\n\n雷振宇\n汉江云帆 商务部"]
    m["atts"] = [Att("陇原保鲜-商机下单表（盖章）.pdf", "application/pdf", kit7.pdf_scan(rng, "20261026103000+08'00'"),
                     "application/pdf"),
                 Att("关键词清单.jpg", "image/jpeg", kit7.jpg_of(kit7.paper(rng, stamp=False), rng, 74), "image/jpeg")]
    eml = kit7.outlook(m, rng, "zh-CN")
    return m, eml, dict(
        kind="unknown", family="non_request", topic="onboarding", client="Outlook 16 (zh-CN)",
        fields=fields(), accept={}, source_text={},
        notes="Outlook zh-CN: a new client's stamped 商机下单表 as a scanned PDF (role form) and a photo of the confirmed "
              "keyword list (JPEG, role screenshot by file type) before promotion starts - unknown (onboarding); the "
              "client, '100条', '一年期' and '11月10日' are named but no fields.")


@entry
def U3():
    rng = R("U3")
    d = dt(2026, 10, 9, 14, 27, 51)
    m = dict(from_name="瓯江数字 财务部", addr="caiwu@oujiang-dm.cn", date=d, subject="第三季度服务费已付款，请开具专票",
             host=host_of(rng, "aliyun"))
    m["blocks"] = [
        "总部财务老师您好：\n\n我司第三季度合作服务费¥52,800.00已于10月8日通过对公账户汇出，银行回单附后。请按以下信息开具增值税专用发票：\n"
        "名称：丽水瓯江数字营销有限公司\n税号：91331102MA2HX6Q83T\n开户行及账号：浙江丽水农商银行莲都支行 2010 0003 8816 5502\n"
        "地址电话：丽水市莲都区括苍路266号 0578-2216 358\n\n谢谢！\n瓯江数字 财务部 章会计"]
    m["atts"] = [Att("银行电子回单20261008.pdf", "application/pdf", kit7.pdf_scan(rng, "20261008154210+08'00'", "eReceipt 2.1"),
                     "application/pdf")]
    eml = kit7.alimail(m, rng)
    return m, eml, dict(
        kind="unknown", family="non_request", topic="invoice", client="Alibaba enterprise mailbox (web; approximated)",
        fields=fields(), accept={}, source_text={},
        notes="Alibaba enterprise mailbox: the partner's finance reports a quarter's payment and asks for a VAT special "
              "invoice, with the bank's e-receipt as a PDF (role form) - unknown (invoice); the company name, tax id, "
              "account number and amount are not fields.")


@entry
def U4():
    rng = R("U4")
    d = dt(2026, 10, 13, 17, 5, 22)
    m = dict(from_name="汪国栋", addr="wangguodong@wanxi-qf.com", date=d, subject="邀请：皖西企服季度复盘会（腾讯会议）",
             host=host_of(rng, "exmail"))
    m["blocks"] = [
        "总部各位老师：\n\n想约一次线上季度复盘，主要聊恒力石膏、舒城羽机两个客户四季度的推广安排，不涉及具体商机。\n\n"
        "汪国栋 邀请您参加腾讯会议\n会议主题：皖西企服×总部 四季度复盘\n会议时间：2026/10/20 14:30-15:30 (GMT+08:00) 中国标准时间 - 北京\n\n"
        "点击链接入会，或添加至会议列表：\nhttps://meeting.tencent.com/dm/" + rs(rng, 12) + "\n\n#腾讯会议：738-215-604\n\n"
        "复制该信息，打开手机腾讯会议即可参与"]
    eml = kit7.tencent(m, rng, wecom=True)
    return m, eml, dict(
        kind="unknown", family="non_request", topic="meeting", client="WeCom / Tencent Exmail",
        fields=fields(), accept={}, source_text={},
        notes="WeCom / Exmail: a Tencent Meeting invitation pasted into the body (topic, time range, link, meeting number) "
              "for a quarterly review about two clients - no calendar part at all: unknown (meeting); the times and the "
              "meeting number are not fields.")


@entry
def U5():
    rng = R("U5")
    d = dt(2026, 11, 2, 8, 58, 40)
    m = dict(from_name="白永刚", addr="baiyonggang_ordos@139.com", date=d, subject="对接人变更：其其格已离职，后续由白永刚负责",
             host=("smtp139-3.mail.139.com", f"221.176.{rng.randint(1, 250)}.{rng.randint(1, 250)}"))
    m["blocks"] = [
        "总部老师们好：\n\n我司客服其其格已于10月31日离职，她的邮箱 qiqige@hongtu-ordos.com 和 qiqige_ordos@126.com 以后不再使用，"
        "请从合作商联系人里删除。以后东胜梳机、太和硅装的申诉、调整和汇总都由我负责，邮箱 baiyonggang@hongtu-ordos.com，"
        "手机 139 4770 2168。这个139邮箱是我的备用邮箱。\n\n白永刚\n鄂尔多斯草原鸿途商务服务有限公司"]
    eml = mail139(m, rng)
    return m, eml, dict(
        kind="unknown", family="non_request", topic="account", client="139 webmail (Richmail; approximated)",
        fields=fields(), accept={}, source_text={},
        notes="139 webmail (GB18030): the partner reports that its service contact left and names the new contact and "
              "addresses - unknown (account); two clients, 申诉 / 调整 / 汇总 and the partner's full name are named "
              "but nothing is requested of the three kinds.")


@entry
def U6():
    rng = R("U6")
    d = dt(2026, 9, 14, 16, 20, 11)
    m = dict(from_name="吴启明", addr="3087215946@qq.com", date=d, subject="两条申诉一周多没有结果，请总部给个说法",
             host=host_of(rng, "qq"))
    m["blocks"] = [
        "总部：\n\n我们9月3日提交的平坝印花两条商机申诉（当时收到了受理邮件），到今天已经七个工作日了，还没有任何判定结果。"
        "说好的48个工作小时，客户天天问我们，我们也很被动。\n\n请尽快给出结果，也希望以后超时能主动告知原因。\n\n"
        "吴启明\n安顺西秀黔中数智科技有限公司"]
    eml = kit7.tencent(m, rng)
    return m, eml, dict(
        kind="unknown", family="non_request", topic="complaint", client="QQ Mail",
        fields=fields(), accept={}, source_text={},
        notes="QQ Mail (gb18030): the partner complains that two appeals have had no verdict for seven working days - "
              "no case tag and no thread headers, so not a reply, and none of the three requests: unknown (complaint); "
              "the client, '9月3日' and '48个工作小时' are not fields.")


@entry
def U7():
    rng = R("U7")
    d = dt(2026, 9, 30, 10, 2, 33)
    m = dict(from_name="张经理", addr="zhang.jl@qiyun-seo.com", date=d, subject="贵司官网百度排名提升方案，首月免费试用",
             host=host_of(rng, "own", "edm3.qiyun-seo.com"))
    m["html"] = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body>'
        '<table width="640" align="center" style="font-size:14px;font-family:宋体"><tr><td>'
        "<p>您好：</p><p>我们是一家专注工业品网络推广的服务商，可为贵司提供<b>百度首页排名、1688诚信通代运营、抖音企业号获客</b>等服务，"
        "合作客户平均询盘量提升3倍。</p><p>现推出<span style=\"color:red\">首月免费试用</span>，名额有限。如有意向请回复本邮件或添加微信 "
        "zhang_seo888。</p><p>此致<br>张经理<br>152 6618 0937</p></td></tr></table></body></html>")
    eml = kit7.html_only(m, rng, "gb2312", "base64", "EDM Sender 5.2", "generic")
    return m, eml, dict(
        kind="unknown", family="non_request", topic="pitch", client="bulk mailer (HTML only, gb2312)",
        fields=fields(), accept={}, source_text={},
        notes="A stranger's Chinese marketing mail (one text/html part, gb2312 base64) offering search-ranking services, "
              "without Precedence, Auto-Submitted or list headers - not automatic: unknown (pitch); '3倍', '1688' and the "
              "WeChat id are not fields.")


@entry
def U8():
    rng = R("U8")
    d = dt(2026, 10, 16, 10, 41, 2)
    own = "<202610161032174118093@gandong-sw.com>"
    m = dict(from_name="饶建新", addr="raojianxin@gandong-sw.com", date=d, subject="请忽略上一封邮件（误发）",
             host=host_of(rng, "own", "mail.gandong-sw.com"))
    m["irt"] = own
    m["refs"] = [own]
    m["blocks"] = [
        "总部老师：\n\n不好意思，10点半那封《涟源锻压商机申诉》是同事测试模板时误发的，内容不是真实申诉，请直接忽略，不用受理，也不用回复。"
        "真正需要申诉的我们会另外发。\n\n给您添麻烦了。\n饶建新\n赣东商务"]
    eml = kit7.foxmail(m, rng)
    return m, eml, dict(
        kind="unknown", family="non_request", topic="other", client="Foxmail 7.2",
        fields=fields(), accept={}, source_text={},
        notes="Foxmail (gb2312): the partner asks HQ to ignore its previous mail, sent by mistake; In-Reply-To / References "
              "point at that own gandong-sw.com Message-ID (not @ptg139.com), so not a reply - none of the three "
              "requests: unknown (other); '商机申诉', the client and '10点半' are not fields.")


# ==========================================================================
# family: corrections in a thread (replies)
# ==========================================================================

@entry
def R1():
    rng = R("R1")
    d = dt(2026, 11, 10, 9, 16, 47)
    m = dict(from_name="苟玉兰", addr="1652093847@qq.com", date=d, subject="回复：「DOR#SS-2026-000914」商机申诉已受理",
             host=host_of(rng, "qq"))
    m["irt"] = "<ack.SS-2026-000914@ptg139.com>"
    m["refs"] = ["<ack.SS-2026-000914@ptg139.com>"]
    qhead = ('发件人: "总部商机服务"<dor@ptg139.com>;\n发送时间: 2026年11月9日(星期一) 下午3:40\n收件人: "苟玉兰"<1652093847@qq.com>;\n'
             "主题: [DOR#SS-2026-000914] 商机申诉已受理")
    qbody = hq_notice("SS-2026-000914", "您的商机申诉已受理", ["合作商：宜宾三江信息服务有限公司", "客户：乐山五通桥盐化设备有限公司",
                                                       "商机编号：2611090072"])
    m["blocks"] = ["总部老师好，申诉书里我们公司名称写错了，全称应为宜宾三江汇智信息服务有限公司（之前写成了“宜宾三江信息服务有限公司”），"
                   "其他不变，麻烦更正。\n苟玉兰\n",
                   Quote("\n------------------ 原始邮件 ------------------\n" + qhead + "\n\n" + qbody, qhead, qbody)]
    eml = kit7.tencent(m, rng)
    return m, eml, dict(
        kind="reply", family="thread", client="QQ Mail",
        fields=fields(partner="宜宾三江汇智信息服务有限公司"), accept={}, source_text={},
        notes="QQ Mail '回复：「DOR#SS-2026-000914」' (the tag retyped inside corner brackets 「」) plus In-Reply-To / "
              "References; the new text corrects the partner's full name (the wrong name it quotes, and the quoted HQ "
              "notice with partner, client and id, are not data).")


@entry
def R2():
    rng = R("R2")
    d = dt(2026, 9, 2, 10, 22, 18)
    m = dict(from_name="邝志强", addr="kuangzhiqiang@danxia-ys.com", date=d,
             subject="RE: RE: [DOR#SS-2026-000921] 商机申诉需补充材料", host=host_of(rng, "own", "mail.danxia-ys.com"))
    m["irt"] = "<needinfo.SS-2026-000921@ptg139.com>"
    m["refs"] = ["<ack.SS-2026-000921@ptg139.com>", "<00b101dd3a2f$51e8c0a0$f5ba41e0$@danxia-ys.com>",
                 "<needinfo.SS-2026-000921@ptg139.com>"]
    qhead = ("From: 总部商机服务 <dor@ptg139.com>\nSent: Tuesday, September 1, 2026 6:05 PM\n"
             "To: 邝志强 <kuangzhiqiang@danxia-ys.com>\nSubject: RE: [DOR#SS-2026-000921] 商机申诉需补充材料")
    qbody = ("邝先生您好：\n\n案件 SS-2026-000921 的申诉理由填的是第3条（留错电话），但附件只有聊天记录，请补充说明或更正理由。\n\n"
             "总部商机服务")
    m["blocks"] = ["总部好，\n\n申诉理由我们选错了，应该是判定标准第2条（需求者留的微信加不上），不是第3条。客户添加微信失败的截图补在附件里。\n\n"
                   "邝志强\n丹霞云商\n",
                   Quote("\n________________________________\n" + qhead + "\n\n" + qbody, qhead, qbody)]
    m["atts"] = [Att("微信添加失败.png", "image/png", png(rng, style="search"), "image/png")]
    eml = kit7.outlook(m, rng, "en-US")
    return m, eml, dict(
        kind="reply", family="thread", client="Outlook 16 (en-US)",
        fields=fields(reason_code=2), accept={}, source_text={"reason_code": ["判定标准第2条"]},
        notes="Outlook en-US 'RE: RE: [DOR#SS-2026-000921]' (two prefixes) with In-Reply-To HQ's request for more "
              "information and References holding HQ's acknowledgement, the partner's own mail and that request; the new "
              "text corrects the reason to '判定标准第2条' ('第3条' is the old value) and adds a PNG screenshot; the "
              "quoted HQ text is ignored.")


@entry
def R3():
    rng = R("R3")
    d = dt(2026, 10, 5, 12, 40, 9)
    m = dict(from_name="陳浩然", addr="hoyin.chan@polam-biz.com.hk", date=d, subject="Re: 〖DOR#SS-2026-000926〗商機匯總反饋已受理",
             host=host_of(rng, "own", "mail.polam-biz.com.hk"))
    m["irt"] = "<ack.SS-2026-000926@ptg139.com>"
    m["refs"] = ["<ack.SS-2026-000926@ptg139.com>"]
    qbody = hq_notice("SS-2026-000926", "商机汇总反馈已受理", ["合作商：将军澳宝琳商务拓展有限公司",
                                                       "客户：将军澳工业邨安达食品机械有限公司", "服务期：2025-11-01 至 2026-10-31"])
    m["blocks"] = ["唔好意思，合約完結日寫錯咗，應該係30/11/2026，唔係31/10/2026。其他冇變。\n\nHo Yin\n\n由我的 iPhone 傳送\n",
                   Quote("\n> 於 2026年10月3日 下午5:12，總部商機服務 <dor@ptg139.com> 寫道：\n>\n" + kit7.quote_gt(qbody), "", qbody)]
    eml = kit7.iphone(m, rng)
    return m, eml, dict(
        kind="reply", family="thread", client="iPhone Mail",
        fields=fields(service_end="2026-11-30"), accept={}, source_text={"service_end": ["應該係30/11/2026"]},
        notes="iPhone Mail 'Re: 〖DOR#SS-2026-000926〗' (white lenticular brackets) with In-Reply-To / References; written "
              "Cantonese; the new text corrects the service end to '30/11/2026' (Hong Kong day first: 2026-11-30; "
              "'31/10/2026' is the old value); the quoted HQ notice is ignored.")


@entry
def R4():
    rng = R("R4")
    d = dt(2026, 9, 17, 11, 5, 37)
    m = dict(from_name="罗兴艳", addr="luoxingyan_as@163.com", date=d, subject="回复:关于商机申诉需补充信息", host=host_of(rng, "163"))
    m["refs"] = ["<needinfo.SS-2026-000929@ptg139.com>"]
    qhead = '在 2026-09-16 18:30:12，"总部商机服务" <dor@ptg139.com> 写道：'
    qbody = "罗女士您好：\n\n您9月16日提交的商机申诉（平坝印花，XP-2609-0875）缺少客户提出异议的时间，请补充。\n\n总部商机服务"
    m["blocks"] = ["总部老师好：\n客户提出异议的时间是9月16日下午2点20分，之前的邮件漏写了，麻烦补上。\n罗兴艳\n",
                   Quote("\n\n" + qhead + "\n" + kit7.quote_gt(qbody), qhead, qbody)]
    eml = kit7.coremail(m, rng, "163")
    return m, eml, dict(
        kind="reply", family="thread", client="163 webmail (Coremail)",
        fields=fields(objected_at=iso(2026, 9, 16, 14, 20)), accept={}, source_text={"objected_at": ["9月16日下午2点20分"]},
        notes="163 webmail '回复:' without a tag in the subject and without In-Reply-To: the only thread header is "
              "References <needinfo.SS-2026-000929@ptg139.com> (case_ref null, thread_case_ref set); the new text gives "
              "the missing objection time '9月16日下午2点20分'; the quoted HQ request (client, id, '9月16日') is ignored.")


@entry
def R5():
    rng = R("R5")
    d = dt(2026, 10, 21, 15, 12, 40)
    m = dict(from_name="游淑芬", addr="shufen.yu@dingfeng-digital.com.tw", date=d,
             subject="FW: [DOR#SS-2026-000933] 商机汇总反馈已受理", host=host_of(rng, "own", "smtp.dingfeng-digital.com.tw"))
    qhead = ("寄件者: 總部商機服務 <dor@ptg139.com>\n日期: 2026年10月20日 星期二 下午4:05\n"
             "收件者: 游淑芬 <shufen.yu@dingfeng-digital.com.tw>\n主旨: [DOR#SS-2026-000933] 商机汇总反馈已受理")
    qbody = hq_notice("SS-2026-000933", "商机汇总反馈已受理", ["合作商：桃园鼎峰数位行销股份有限公司", "客户：桃园龟山宏昌精密模具有限公司",
                                                       "合同商机数：160条", "已推送：101条"])
    m["blocks"] = ["總部您好，\n\n下面這封受理通知裡的合約保證商機數有誤，應為180筆，不是160筆，麻煩更正。\n\n游淑芬\n鼎峰數位\n",
                   Quote("\n\n" + qhead + "\n\n" + qbody, qhead, qbody)]
    eml = mac_outlook(m, rng)
    return m, eml, dict(
        kind="reply", family="thread", client="Outlook for Mac 16 (approximated)",
        fields=fields(quota=180), accept={}, source_text={"quota": ["應為180筆"]},
        notes="Outlook for Mac forwarding HQ's notice back ('FW: [DOR#SS-2026-000933]', no In-Reply-To / References): a "
              "reply by its tag (case_ref set, no thread_case_ref); traditional script; the new text corrects the quota "
              "to '180筆' ('160筆' is the old value); the forwarded HQ text with partner, client and counts is ignored.")


# ==========================================================================
# family: short names only
# ==========================================================================

@entry
def S1():
    rng = R("S1")
    d = dt(2026, 9, 28, 22, 47, 51)
    m = dict(from_name="褚敏", addr="chumin@hjyunfan.com", date=d, subject="秦州开关 今晚一条申诉",
             host=host_of(rng, "own", "mail.hjyunfan.com"))
    m["blocks"] = ["总部，秦州开关今天晚8点15推的SJ20260928-0507，客户9点40看到就打过去了，对方是装修队要找电工做家装水电，"
                   "跟客户行业不沾边。麻烦明天帮忙判一下。\n\n汉江云帆 褚敏\n\n发自我的iPhone"]
    eml = kit7.iphone(m, rng)
    return m, eml, dict(
        kind="appeal", family="short_names", client="iPhone Mail",
        fields=fields(partner="汉江云帆", client="秦州开关", lead_ids=["SJ20260928-0507"], pushed_at=iso(2026, 9, 28, 20, 15),
                      objected_at=iso(2026, 9, 28, 21, 40), reason_code=4),
        accept={},
        source_text={"pushed_at": ["今天晚8点15"], "objected_at": ["9点40", "今天晚8点15"], "reason_code": ["跟客户行业不沾边"]},
        notes="iPhone Mail (UTF-8 quoted-printable, text only) late in the evening; short names only (the partner in the "
              "signature); '晚8点15' (晚 without 上: 20:15) and '9点40' inheriting the evening (21:40); code 4 in "
              "colloquial words (行业不沾边); '明天' is a distractor; no attachment.")


@entry
def S2():
    rng = R("S2")
    d = dt(2026, 10, 19, 14, 14, 3)
    ids = ["2610120088", "2610130214", "2610140031", "2610150176", "2610160049"]
    m = dict(from_name="鸿途商务-白永刚", addr="baiyonggang_ht@163.com", date=d, subject="太和硅装 5条商机反馈",
             host=host_of(rng, "163"))
    m["blocks"] = [f"总部好：\n\n太和硅装这5条商机客户看过了：{ids[0]}、{ids[1]} 精准；{ids[2]} 不精准（要买多晶硅料，客户只做设备）；"
                   f"{ids[3]} 精准；{ids[4]} 不精准（问光伏电站安装）。\n\n建议：不做产品加上“硅料”“光伏电站安装”；关键词加“单晶炉”“硅芯炉”。\n\n"
                   "白永刚"]
    eml = kit7.coremail(m, rng, "163")
    return m, eml, dict(
        kind="adjustment", family="short_names", client="163 webmail (Coremail)",
        fields=fields(client="太和硅装", lead_ids=ids, lead_count=5), accept={},
        extra={"keywords_add": ["单晶炉", "硅芯炉"], "keywords_remove": [], "excluded_products": ["硅料", "光伏电站安装"],
               "audience": []},
        source_text={"lead_count": ["这5条"]},
        notes="163 webmail (GBK); the partner's short name appears only in the From display name ('鸿途商务-白永刚'), "
              "which never names the partner: partner null and missing; the client by its short name; five ids inline "
              "with their verdicts; the count '这5条'.")


@entry
def S3():
    rng = R("S3")
    d = dt(2026, 9, 22, 10, 37, 19)
    m = dict(from_name="叶丽君", addr="yelijun@oujiang-dm.cn", date=d, subject="龙游竹机汇总", host=host_of(rng, "exmail"))
    m["blocks"] = ["总部好，\n龙游竹机的情况汇报一下：合同100条，已推62条，过六成了。服务期从3月1日开始算，到期日合同上我再核对一下，"
                   "回头补给你们。\n客户对竹片开片机、竹筷机的询盘比较满意，想续，但希望多推江西、福建的竹制品厂。\n\n瓯江数字 叶丽君"]
    eml = kit7.tencent(m, rng, wecom=True)
    return m, eml, dict(
        kind="summary", family="short_names", client="WeCom / Tencent Exmail",
        fields=fields(partner="瓯江数字", client="龙游竹机", quota=100, pushed_count=62, service_start="2026-03-01"),
        accept={},
        renewal=True,
        source_text={"quota": ["合同100条"], "pushed_count": ["已推62条"], "service_start": ["3月1日"]},
        notes="WeCom / Exmail (UTF-8 base64); short names only (the partner in the signature); the service start without "
              "a year ('从3月1日开始': 2026-03-01 from the Date header) and no end (promised later): service_end null and "
              "missing; lead trigger (62 %; the time share cannot be computed); '六成' is a distractor; renewal intended.")


@entry
def S4():
    rng = R("S4")
    d = dt(2026, 9, 9, 15, 2, 44)
    m = dict(from_name="揭红梅", addr="jiehongmei@139.com", date=d, subject="崇仁变配 申诉（编号待补）",
             host=("smtp139-2.mail.139.com", f"221.176.{rng.randint(1, 250)}.{rng.randint(1, 250)}"))
    m["blocks"] = ["总部老师：\n崇仁变配今天上午10:26推的一条商机（要不锈钢储罐的那条），编号我这边系统里一时没找到，先报过来。客户做的是变压器配件，"
                   "对方要的是化工用不锈钢储罐，产品跟客户经营的不一致。客户当天中午12点就反馈了。\n编号找到后补发。\n\n赣东商务 揭红梅"]
    eml = mail139(m, rng)
    return m, eml, dict(
        kind="appeal", family="short_names", client="139 webmail (Richmail; approximated)",
        fields=fields(partner="赣东商务", client="崇仁变配", pushed_at=iso(2026, 9, 9, 10, 26), objected_at=iso(2026, 9, 9, 12, 0),
                      reason_code=5),
        accept={},
        source_text={"pushed_at": ["今天上午10:26"], "objected_at": ["当天中午12点", "今天上午10:26"],
                     "reason_code": ["产品跟客户经营的不一致"]},
        notes="139 webmail (GB18030 quoted-printable); short names only (the partner in the signature); the lead id is "
              "not known yet ('编号…一时没找到'): lead_ids empty and missing; '当天中午12点' is 12:00 on the push day; "
              "code 5 in words; no attachment.")


@entry
def S5():
    rng = R("S5")
    d = dt(2026, 11, 11, 16, 45, 30)
    ids = ["2611020143", "2611020177", "2611030025", "2611040318", "2611050066", "2611050209", "2611060134",
           "2611090051", "2611090188", "2611100093"]
    marks = ["√", "×  要买小型酿酒设备", "√", "√  白酒灌装线整线", "×  问玻璃酒瓶批发", "√", "√", "√  洗瓶机", "×  要找代加工白酒", "√"]
    m = dict(from_name="敬小龙", addr="jingxiaolong@sanjiang-hz.cn", date=d, subject="南溪灌装：10条商机反馈+调整",
             host=host_of(rng, "google"))
    m["blocks"] = ["总部好，\n\n南溪灌装最近10条的反馈（客户标了√的是准的）：\n" + "\n".join(f"{ids[i]} {marks[i]}" for i in range(10))
                   + "\n\n调整：关键词加“白酒自动灌装线”“洗瓶烘干机”；不做产品：酿酒设备、酒瓶、白酒代加工；主要针对酒厂。\n\n——三江汇智 敬小龙"]
    eml = kit7.gmail(m, rng)
    return m, eml, dict(
        kind="adjustment", family="short_names", client="Gmail (Google Workspace)",
        fields=fields(partner="三江汇智", client="南溪灌装", lead_ids=ids, lead_count=10), accept={},
        extra={"keywords_add": ["白酒自动灌装线", "洗瓶烘干机"], "keywords_remove": [],
               "excluded_products": ["酿酒设备", "酒瓶", "白酒代加工"], "audience": ["酒厂"]},
        source_text={"lead_count": ["最近10条"]},
        notes="Gmail (UTF-8); short names only (the partner after a '——' dash in the signature); ten 10-digit ids with "
              "'√' / '×' marks; the count '最近10条'; proposals in one line separated by '；'.")


# ==========================================================================
# family: ordinary clean requests
# ==========================================================================

@entry
def C1():
    rng = R("C1")
    d = dt(2026, 10, 15, 11, 33, 6)
    m = dict(from_name="邝志强", addr="kuangzq_sg@126.com", date=d, subject="商机申诉-粤北破碎-XJ2610150029", host=host_of(rng, "126"))
    m["blocks"] = [
        "总部您好：\n\n合作商：韶关丹霞云商信息技术有限公司\n付费客户：韶关曲江粤北矿山破碎设备有限公司\n商机编号：XJ2610150029\n"
        "推送时间：2026-10-15 08:20\n异议时间：2026-10-15 10:05\n申诉理由：同行恶意询价（判定标准第1条）\n"
        "情况说明：对方自称砂石厂采购，客户回电后对方承认是本地另一家破碎机厂的业务员，索要报价单和锤头材质参数。\n"
        "证据：通话录音1段、聊天截图1张\n\n邝志强\n丹霞云商"]
    m["atts"] = [Att("回访录音.amr", "audio/amr", amr(rng, 36), "audio/amr"),
                 Att("聊天截图.png", "image/png", png(rng, rows=8), "image/png")]
    eml = kit7.coremail(m, rng, "126")
    return m, eml, dict(
        kind="appeal", family="clean", client="126 webmail (Coremail)",
        fields=fields(partner="韶关丹霞云商信息技术有限公司", client="韶关曲江粤北矿山破碎设备有限公司", lead_ids=["XJ2610150029"],
                      pushed_at=iso(2026, 10, 15, 8, 20), objected_at=iso(2026, 10, 15, 10, 5), reason_code=1),
        accept={"partner": ["丹霞云商"], "client": ["粤北破碎"]},
        source_text={"pushed_at": ["2026-10-15 08:20"], "objected_at": ["2026-10-15 10:05"], "reason_code": ["同行恶意询价"]},
        notes="126 webmail (GBK base64 text + HTML, GBK RFC 2047 file names); a clean labelled appeal, code 1 with both "
              "kinds of evidence (AMR recording, PNG chat screenshot); '1段', '1张' are distractors.")


@entry
def C2():
    rng = R("C2")
    d = dt(2026, 10, 30, 9, 20, 14)
    m = dict(from_name="雷振宇", addr="leizhenyu@hjyunfan.com", date=d, subject="Fwd: 洋县米机商机反馈", host=host_of(rng, "google"))
    qhead = ("---------- 转发的邮件 ---------\n发件人： 褚敏 <chumin@hjyunfan.com>\nDate: 2026年10月29日周四 下午5:48\n"
             "Subject: 洋县米机商机反馈\nTo: 雷振宇 <leizhenyu@hjyunfan.com>")
    qbody = ("振宇：\n洋县米机10月的5条商机客户反馈：\nSJ20261008-0112 精准，黑米抛光机\nSJ20261012-0045 精准\n"
             "SJ20261016-0230 不精准，要买黑米成品\nSJ20261021-0097 精准，色选机\nSJ20261027-0164 不精准，问大米包装袋\n"
             "调整建议：新增关键词“黑米抛光机”“杂粮色选机”；不做产品“粮食成品”“包装袋”；针对人群：米厂、杂粮加工厂。\n"
             "合作商：汉中汉江云帆网络科技有限公司\n客户：汉中洋县黑米加工机械有限公司\n褚敏")
    m["blocks"] = ["总部好，转发同事褚敏整理的洋县米机商机反馈，请按建议调整。\n\n雷振宇\n汉江云帆\n",
                   Quote("\n" + qhead + "\n\n" + qbody, qhead, qbody)]
    eml = kit7.gmail(m, rng)
    ids = ["SJ20261008-0112", "SJ20261012-0045", "SJ20261016-0230", "SJ20261021-0097", "SJ20261027-0164"]
    return m, eml, dict(
        kind="adjustment", family="clean", client="Gmail (Google Workspace)",
        fields=fields(partner="汉中汉江云帆网络科技有限公司", client="汉中洋县黑米加工机械有限公司", lead_ids=ids, lead_count=5),
        accept={"partner": ["汉江云帆"], "client": ["洋县米机"]},
        extra={"keywords_add": ["黑米抛光机", "杂粮色选机"], "keywords_remove": [], "excluded_products": ["粮食成品", "包装袋"],
               "audience": ["米厂", "杂粮加工厂"]},
        source_text={"lead_count": ["5条商机"]},
        notes="Gmail 'Fwd:' of a colleague's mail inside the partner ('---------- 转发的邮件 ---------'): no thread headers, "
              "judged by content; the forwarded part carries the whole adjustment (five ids with verdicts, proposals, full "
              "names); '10月', '下午5:48' (the colleague's send time) are distractors.")


@entry
def C3():
    rng = R("C3")
    d = dt(2026, 11, 18, 10, 8, 55)
    own = "<000201dd5a3b$8c1f2e40$a45d8ac0$@yalu-info.com>"
    m = dict(from_name="金成浩", addr="jinchenghao@yalu-info.com", date=d, subject="RE: 振兴仪表 商机汇总反馈",
             host=host_of(rng, "own", "mail.yalu-info.com"))
    m["irt"] = own
    m["refs"] = [own]
    qhead = ("From: 金成浩 <jinchenghao@yalu-info.com>\nSent: Tuesday, November 17, 2026 5:40 PM\nTo: dor@ptg139.com\n"
             "Subject: 振兴仪表 商机汇总反馈")
    qbody = "总部您好：振兴仪表合同150条，已推送97条，汇总见下……\n金成浩"
    m["blocks"] = [
        "总部您好：\n\n补充完整版如下（上一封漏了服务期），以本封为准：\n合作商：丹东鸭绿江信息科技有限公司\n客户：丹东振兴区仪表阀门有限公司\n"
        "合同商机数：150条\n已推送：97条\n服务期：2026年1月5日至2027年1月4日\n"
        "情况分析：电磁流量计、调节阀询盘稳定，成交6台；约十几条询盘是家用水表，客户不做民用表。\n"
        "解决方案：排除“家用水表”“智能水表”，增加“电磁流量计”“气动调节阀”。\n续费意向：客户有意续费，等年底评估。\n\n金成浩\n鸭绿江信息\n",
        Quote("\n________________________________\n" + qhead + "\n\n" + qbody, qhead, qbody)]
    eml = kit7.outlook(m, rng, "en-US")
    return m, eml, dict(
        kind="summary", family="clean", client="Outlook 16 (en-US)",
        fields=fields(partner="丹东鸭绿江信息科技有限公司", client="丹东振兴区仪表阀门有限公司", quota=150, pushed_count=97,
                      service_start="2026-01-05", service_end="2027-01-04"),
        accept={"partner": ["鸭绿江信息"], "client": ["振兴仪表"]},
        renewal=True,
        source_text={"quota": ["合同商机数：150条"], "pushed_count": ["已推送：97条"], "service_start": ["2026年1月5日"],
                     "service_end": ["2027年1月4日"]},
        notes="Outlook with an English UI ('RE:', 'From: / Sent:' quote header, UTF-8 quoted-printable) written in Chinese: "
              "a 'RE:' to the partner's own earlier mail to HQ (In-Reply-To / References point at its yalu-info.com "
              "Message-ID, not @ptg139.com), judged by content; both triggers (65 %, 87 % of the period); '6台', "
              "'十几条' and the quoted own mail are distractors.")


@entry
def C4():
    rng = R("C4")
    d = dt(2026, 11, 24, 14, 52, 9)
    ids = ["SJ20261103-0058", "SJ20261106-0127", "SJ20261110-0019", "SJ20261117-0204", "SJ20261120-0086"]
    m = dict(from_name="储晓芸", addr="chuxy_wx@163.com", date=d, subject="恒力石膏 商机调整反馈", host=host_of(rng, "163"))
    m["blocks"] = [
        "总部老师好：\n\n恒力石膏11月的5条商机反馈如下，明细也做成了表格附在后面：\n"
        f"1. {ids[0]} 精准（石膏板生产线改造）\n2. {ids[1]} 不精准（要买石膏粉）\n3. {ids[2]} 精准\n"
        f"4. {ids[3]} 精准（纸面石膏板线）\n5. {ids[4]} 不精准（问石膏线条装修）\n\n"
        "调整建议：新增关键词“石膏板生产线改造”；删除关键词“石膏线”；不做产品：石膏粉、石膏线条；针对人群：建材厂、石膏板厂。\n\n"
        "合作商：六安皖西企服网络科技有限公司\n客户：宿州埇桥恒力石膏板设备有限公司\n\n储晓芸"]
    cells = {"A1": "恒力石膏11月商机反馈明细", "A2": "商机编号", "B2": "是否精准", "C2": "备注"}
    notes_ = [("精准", "石膏板生产线改造"), ("不精准", "要买石膏粉"), ("精准", ""), ("精准", "纸面石膏板线"), ("不精准", "问石膏线条装修")]
    for i, (v, c) in enumerate(notes_):
        cells[f"A{i + 3}"] = ids[i]
        cells[f"B{i + 3}"] = v
        if c:
            cells[f"C{i + 3}"] = c
    book = xlsx_book("储晓芸", "2026-11-24T06:30:00Z", [("明细", cells, ["A1:C1"], {"A": 20, "B": 10, "C": 22})])
    m["atts"] = [Att("恒力石膏11月商机反馈明细（SJ20261103-0058等5条）.xlsx", CT_XLSX, book, CT_XLSX)]
    eml = kit8.mailmaster(m, rng)
    return m, eml, dict(
        kind="adjustment", family="clean", client="NetEase Mail Master (iOS; approximated)",
        fields=fields(partner="六安皖西企服网络科技有限公司", client="宿州埇桥恒力石膏板设备有限公司", lead_ids=ids, lead_count=5),
        accept={"client": ["恒力石膏"]},
        extra={"keywords_add": ["石膏板生产线改造"], "keywords_remove": ["石膏线"], "excluded_products": ["石膏粉", "石膏线条"],
               "audience": ["建材厂", "石膏板厂"]},
        source_text={"lead_count": ["11月的5条"]},
        notes="NetEase Mail Master (UTF-8 base64 text + HTML; the long .xlsx name as an RFC 2047 word in name= and RFC 2231 "
              "continuations filename*0*= …); a clean adjustment with five numbered ids in the body and the same rows in "
              "the workbook (role form); the id and '5条' inside the file name are not new data; '11月' is a distractor.")


# ==========================================================================
# family: automatic mail
# ==========================================================================

@entry
def A1():
    rng = R("A1")
    d = dt(2026, 10, 2, 10, 15, 33)
    host = "EXCH02.yalu-info.com"
    m = dict(from_name="金成浩", addr="jinchenghao@yalu-info.com", date=d, subject="自动答复: [DOR#SS-2026-000938] 商机申诉判定结果",
             host=(host, f"118.{rng.randint(100, 250)}.{rng.randint(1, 250)}.{rng.randint(1, 250)}"), exch=host)
    m["irt"] = "<verdict.SS-2026-000938@ptg139.com>"
    m["refs"] = ["<verdict.SS-2026-000938@ptg139.com>"]
    m["text"] = ("您好，我10月1日至10月8日国庆休假，期间邮件无法及时回复。振兴仪表、凌河减振的商机事宜请联系同事崔美善"
                 "（cuimeishan@yalu-info.com）。\n\n金成浩\n丹东鸭绿江信息科技有限公司")
    eml = exchange_oof(m, rng)
    return m, eml, dict(
        kind="auto", family="auto", client="Microsoft Exchange auto-reply (zh-CN; approximated)",
        fields=fields(), accept={}, source_text={},
        notes="An Exchange out-of-office reply: '自动答复:' subject prefix, Auto-Submitted: auto-generated, "
              "X-Auto-Response-Suppress: All, and In-Reply-To / References to HQ's verdict (gb2312 base64 text + HTML): "
              "auto, with case_ref from the subject and thread_case_ref from the thread headers; the partner, two "
              "clients and a colleague are named: no fields, never answered.")


@entry
def A2():
    rng = R("A2")
    d = dt(2026, 9, 25, 3, 16, 22)
    host = "mail.danxia-ys.com"
    sent = d - timedelta(seconds=6)
    returned = (
        "Return-Path: <dor@ptg139.com>\n"
        f"Received: from mx1.ptg139.com (mx1.ptg139.com [203.0.113.25])\n\tby {host} (Postfix) with ESMTPS id "
        f"{rs(rng, 10, HEXU)}\n\tfor <wenxiaoli@danxia-ys.com>; {rfcdate(sent, cst=True)}\n"
        f"From: {ew_one(HQ_NAME, 'utf-8')} <dor@ptg139.com>\nTo: <wenxiaoli@danxia-ys.com>\n"
        f"Subject: {ew_one('[DOR#SS-2026-000919] 商机调整已完成', 'utf-8')}\nDate: {rfcdate(sent - timedelta(seconds=3))}\n"
        "Message-ID: <done.SS-2026-000919@ptg139.com>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n"
        "Content-Transfer-Encoding: base64\nAuto-Submitted: auto-generated\n")
    m = dict(from_name="", addr=f"MAILER-DAEMON@{host}", date=d, subject="Undelivered Mail Returned to Sender", mta=host,
             ip=f"119.{rng.randint(100, 250)}.{rng.randint(1, 250)}.{rng.randint(1, 250)}", rcpt="wenxiaoli@danxia-ys.com",
             status="5.2.2", why="mailbox full: quota exceeded (#5.2.2)", returned=returned)
    eml = postfix_bounce(m, rng)
    return m, eml, dict(
        kind="auto", family="auto", client="Postfix bounce (DSN)",
        fields=fields(), accept={}, source_text={},
        notes="A Postfix bounce 'Undelivered Mail Returned to Sender' from MAILER-DAEMON (empty Return-Path, Auto-Submitted: "
              "auto-replied, multipart/report with the notification, message/delivery-status and only the returned "
              "message's headers as text/rfc822-headers - unnamed report parts, no attachment); the HQ case tag is only "
              "inside the returned headers and no thread header points at HQ (case_ref null, no thread_case_ref).")


# --------------------------------------------------------------------------
# assembling the set
# --------------------------------------------------------------------------

FAMILIES = kit7.FAMILIES


def trigger9(f, when):
    """blind7's trigger, or the lead share alone when a service date is missing (the time share is unknown)."""
    if f["service_start"] and f["service_end"]:
        return kit7_trigger(f, when)
    lead = f["quota"] is not None and f["pushed_count"] is not None and f["pushed_count"] / f["quota"] >= 0.6
    return "lead_60" if lead else None


kit7_trigger = kit7.trigger_of


def label_of(key, m, lab):
    """blind7's label assembler, with the trigger of a summary that lacks a service date."""
    kit7.trigger_of = trigger9
    try:
        return kit7.label_of(key, m, lab)
    finally:
        kit7.trigger_of = kit7_trigger


def build_all():
    built = {}
    for fn in ENTRIES:
        m, eml, lab = fn()
        assert b"\n" not in eml.replace(b"\r\n", b""), fn.__name__
        assert b"\r" not in eml.replace(b"\r\n", b""), fn.__name__
        built[fn.__name__] = (m, eml, lab)
    order = [fn.__name__ for fn in ENTRIES]
    random.Random(SEED).shuffle(order)
    return [(f"{i:03d}", k, built[k][1], label_of(k, built[k][0], built[k][2])) for i, k in enumerate(order, 1)]


README_HEAD = """# blind9 — 49 labelled partner mails for `maild parse`, by family of difficulty

A blind held-out set: written from `shared/spec/DOMAIN.md`, the seed process document
(`seed-139-lead-process.zh.txt`), `shared/samples/` (README, sNN.eml, sNN.expected.json), the
shared corpus tools (`layout.py`, `mimekit.py`, `rules.py`, `checkkit.py`) and the generators and
checkers of blind7 and blind8, whose generic helpers (header encodings, mail-client builders,
drawings, audio containers, Word / Excel forms, the label assembler, the MIME walk and the
source-text parsers) it imports rather than copies. Nobody looked at the parser, its tests or any
other set's mails while writing it, and nobody tuned the parser on it — nor is anybody to: it is an
untouched measure of how well the parser generalises. New fictitious partners and clients in 桃园,
花莲, 将军澳, 屯门, 韶关, 茂名, 丽水, 衢州, 六安, 宿州, 抚州, 娄底, 宜宾, 乐山, 安顺, 玉溪, 汉中, 天水,
鄂尔多斯, 锦州 and 丹东 (none of blind6's, blind7's or blind8's cities), with new people, phrasings,
clients, mail clients and id shapes; every person, phone number, tax id, lead id and case id is
invented.

- `tests/mail/blind9/NNN.eml` — the message as delivered (CRLF, the receiving server's
  Return-Path / Delivered-To / Received on top, bytes written the way each client writes them).
- `tests/mail/blind9/NNN.expected.json` — the samples' keys (`kind`, `message_id`, `sender`,
  `subject`, `case_ref`, `fields`, `missing`, `attachments` with `detected_type` / `inline`,
  `notes`, `mail_client`, `accept`, `thread_case_ref`, `malformed`, `checks`, `extra`,
  `source_key`) plus `family` (below), `topic` for `unknown` mail (question, onboarding, invoice,
  meeting, account, complaint, pitch, other) and `source_text`: the literal strings a time, number,
  date, reason or id shorthand was read from (further strings, each literal too, are the context it
  inherits: the day of an earlier time, the 今天 / 晚 of the sentence, or the start of a period
  given as a length). `accept` is always present (`{}` when there is no alternative form).
- `tools/corpus/blind9/generate.py` — the deterministic generator (one `random.Random` per entry
  key, fixed zip, core.xml and PDF dates): `python -B tools/corpus/blind9/generate.py [--out DIR]`.
  It imports `tools/corpus/blind7/generate.py` (and blind8's NetEase Mail Master builder) for the
  generic machinery and adds only what is new: the texts and labels, and the clients neither has
  (Sina webmail with GBK RFC 2231 names, Outlook for Mac, the Windows Mail app, 139 webmail, an
  Exchange out-of-office reply, a Postfix bounce). Needs python-docx, openpyxl and Pillow; the
  committed bytes were made with Python 3.11.7, Pillow 13.0.0, python-docx 1.2.0 and openpyxl
  3.1.5 (other Pillow / zlib versions may change image and zip bytes, and so sizes and SHA-256 in
  the labels).
- `tools/corpus/blind9/check.py` — `python -B tools/corpus/blind9/check.py [--no-regen] [DIR]`:
  parses every message with Python's `email` package (and a raw header walk, using blind7's
  checker's MIME walk and blind8's header, attachment and rule checks), re-finds the attachments by
  the samples' rule and compares name, declared type, size, sha256, role and sniffed type, checks
  every labelled value and alias against the decoded text (traditional→simplified aliases by its own
  character table), re-derives every time, count, date, reason code and expanded id from
  `source_text` (blind7's and blind8's parsers, with this set's forms rewritten into theirs), checks
  `missing`, `checks`, the summary trigger, the kind / family / topic counts, the charset / encoding
  / client coverage and this README, and regenerates the set byte for byte.

Compare as the samples' README says: kind, message_id, sender, subject, case_ref and attachments
exactly, `missing` as a set, fields exactly for appeal/adjustment/summary (NFKC; partner/client may
match an `accept` alias; times as instants); reply fields are the corrections the reply makes;
auto/unknown: no invented fields.

## Families

| family | what it exercises |
|---|---|
| `traditional` | Taoyuan, Hualien, Tseung Kwan O and Tuen Mun writers (Outlook for Mac, Foxmail writing Big5, the Windows Mail app, iPhone, Gmail; written Cantonese); `8/3（一）上午09:12` with the weekday in brackets, `同日`, Hong Kong day-first `1/10/2025`, counts in `單` and `筆`, Cantonese day words (`琴日下晝4點半`, `今朝9點15分`), an ROC period wholly in Chinese numerals (`民國一一四年十月一日至一一五年九月三十日`); simplified forms in `accept` |
| `english` | English and mixed writers: `Monday, August 31st, 2026, 9:12 a.m.` + `2:40 p.m. that day`, British `1.20pm on 7 Sept`, US month-first `03/15/2026 - 03/14/2027`, `128 of 200`, `a 12-month term starting 1 April 2026`, `all 10 leads`, English reasons |
| `dates` | `上周六` in a Monday mail, `前晚` / `昨早`, dotted month.day `9.8 10:35`, a period in months only (`2025年11月至2026年10月`), a start and `为期两年` |
| `numbers` | four-digit tails after a dash-less id (`XJ2609150047、0052、…`), `两百条` and the measure word `个`, 24-hour times in Chinese numerals (`十四点二十五分`), `判定标准之二`, circled row numbers glued to ids (`①XP-2609-0711`), financial numerals with `整` |
| `forms` | .docx / .xlsx: a workbook whose first sheet is HQ's instructions with example values, `√` / `×` verdict columns, `☒` / `☐` ballot boxes, a formula cell without a cached value, a criteria table with one `✓` in a choice column |
| `non_request` | mail that is none of the three requests → `unknown` with a `topic` |
| `thread` | replies that correct or add one field (partner name, reason code with a new screenshot, service end, objection time, quota): tag in `「」`, two `RE:` prefixes, `〖〗`, only References, a `FW:` of HQ's mail |
| `short_names` | partner and/or client only as short names: in the signature, after `——`; a partner named only in the From display name (missing), a missing service end, a missing lead id |
| `clean` | ordinary requests (one `Fwd:` inside the partner, one `RE:` to the partner's own earlier mail) |
| `auto` | an Exchange out-of-office reply and a Postfix bounce carrying only the returned headers |

## Labelling decisions a reader could make differently

- **Traditional script**: `partner` / `client` are the strings as written (桃園鼎峰數位行銷股份有限公司,
  將軍澳工業邨安達食品機械有限公司); the character-by-character simplified forms and the short forms are in
  `accept`, even when the simplified form is not in the message. Written Cantonese is labelled like
  Mandarin: `琴日` is 昨天, `今朝` this morning (a.m.), `下晝` 下午.
- **ROC years**: `民國一一四年十月一日` is read digit by digit (114 → 2025-10-01); the second year of a
  range without 民國 (`一一五年九月三十日`) is ROC too.
- **Day/month order**: a Hong Kong writer's `1/10/2025` is 1 October 2025 (Hong Kong writes the day
  first, although both numbers could be months); a US writer's `03/15/2026` is 15 March (month
  first); `9.8 10:35` without a year is month.day, the year from the Date header; `8/3（一）` is
  3 August with its weekday.
- **Relative days**: `上周六` is the Saturday of the week before the Date header's week (a Monday
  mail of 2026-09-14 → 2026-09-12); `前晚` is two days before the Date, in the evening; `昨早` is
  yesterday morning; `同日` / `当天` / `that day` are the day of the time written before them; `晚8点15`
  (晚 without 上) is 20:15 and a later `9点40` inherits the evening; `中午12点` is 12:00.
- **English times**: `a.m.` / `p.m.` with dots are am / pm; `1.20pm` is 13:20; ordinals (`31st`) are
  the day; `7 Sept` without a year takes the Date's year.
- **Periods**: a period in months only (`2025年11月至2026年10月`) runs from the first day of the first
  month to the last day of the last; `2025年8月1日开始，为期两年` ends two years later less a day
  (2027-07-31); `a 12-month term starting 1 April 2026` ends 2027-03-31. A summary that gives only the
  start (`从3月1日开始`, year from the Date) has `service_end` null and missing; its trigger is judged
  on the leads alone.
- **Numbers**: `两百条` is 200, `一百二十六个` 126 (个 counts leads like 条), `壹佰捌拾条整` 180 (整 only
  closes the amount); `128 of 200` gives pushed 128 of quota 200. `判定标准之二` is criterion 2.
  Circled row numbers glued to ids (`①XP-2609-0711`, NFKC `1XP-2609-0711`) are not part of the ids;
  circled proposal numbers are not counts.
- **Id shorthand**: after a full id without a dash, a four-digit tail replaces the id's last four
  digits (`XJ2609150047、0052` → XJ2609150052). Ids named inside a file name are not listed again.
- **Forms**: HQ's example values on a template's instruction sheet (`示例：SJ20260101-0001`) are not
  data; a criterion given as a number cell beside `判定标准` is that code; `☒` is ticked and `☐` is
  not; a `✓` in a choice column picks its row's criterion; a formula cell (`=B5/B4`) is no field.
- **Short names**: when only a short name is written it is the field; a partner that appears only
  in the From display name (`鸿途商务-白永刚`) is not written in the message: partner null and missing.
  An appeal whose lead id is not known yet misses `lead_ids`.
- **Replies**: only the reply's own new text and attachments count; a correction gives the corrected
  value only (the old value it names and the quoted or forwarded HQ text are not data); a reply that
  supplies a value HQ asked for (the objection time) gives that value. A tag inside `「」` or `〖〗`
  is a tag; a reply whose only thread header is References is a reply through it (case_ref null,
  thread_case_ref set); a `FW:` of HQ's mail that keeps the tag is a reply (case_ref, no
  thread_case_ref). `accept` of a reply is `{}`.
- **Not requests**: a question about holiday deadlines, a new client's stamped order form and keyword
  photo, a payment notice asking for an invoice, a Tencent Meeting invitation pasted as text, a
  contact change, a complaint about late verdicts (no tag, no thread header), a stranger's Chinese
  marketing mail and a retraction of the partner's own previous mail (In-Reply-To its own
  Message-ID) are `unknown` with no fields, whatever they name.
- **Automatic**: an Exchange out-of-office reply (`自动答复:`, Auto-Submitted: auto-generated) is
  `auto` with case_ref from its subject and thread_case_ref from its thread headers; a Postfix bounce
  whose only trace of HQ's case is inside the returned headers (text/rfc822-headers) has neither.
  Unnamed multipart/report parts are no attachments.
- **Attachments**: an M4A voice note named `WhatsApp Audio 2026-09-16 at 09.20.11.m4a` is a
  recording (sniffed `audio/mp4`); a WAVE file is `audio/wav`; PDFs are role `form`; a JPEG photo of
  a paper list is role `screenshot` by its file type; a name given as `filename*=GBK''…` is decoded in
  GBK.

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
