#!/usr/bin/env python3
"""Deterministic generator of the blind8 evaluation set (49 labelled partner mails).

Run:  python -B tools/corpus/blind8/generate.py [--out DIR]
      (default: the set into tests/mail/blind8, README.md next to this file;
      with --out, everything into DIR and the checkout is untouched)

Written blind: from shared/spec/DOMAIN.md, the seed process document, shared/samples/
and the shared corpus tools only, never from the parser, its tests or another set's
mails.  The generic machinery (header encodings, the mail-client builders, drawings,
audio containers, Word / Excel forms, the label assembler) is imported from
tools/corpus/blind7/generate.py; this file holds what is new to blind8: its partners,
clients, people and texts, its labels, and the few builders blind7 lacks (an AAC
recording, a GIF card, a Google Calendar invitation, an Exchange non-delivery report,
the NetEase Mail Master app).

Every partner, client, person, phone number, lead id and case id is fictitious.  One
random.Random per message (seeded from the entry key), fixed zip member dates and
fixed core.xml dates make a rerun byte-identical.  Needs python-docx, openpyxl, Pillow.
"""
from __future__ import annotations

import base64
import io
import json
import random
import sys
from datetime import UTC, date, timedelta
from pathlib import Path

from PIL import Image, ImageDraw

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

Att, Table, Quote = kit7.Att, kit7.Table, kit7.Quote
dt, iso, fields, host_of, rs = kit7.dt, kit7.iso, kit7.fields, kit7.host_of, kit7.rs
png, jpg, amr, mp3 = kit7.png, kit7.jpg, kit7.amr, kit7.mp3
docx_form, xlsx_book, top, thread, mp = kit7.docx_form, kit7.xlsx_book, kit7.top, kit7.thread, kit7.mp
HEXL, LOWER, HQ = kit7.HEXL, kit7.LOWER, kit7.HQ

SET = "blind8"
SEED = "maild-blind8-2026"
HQ_NAME = "总部商机服务"


def R(key):
    return random.Random(f"{SEED}:{key}")


# --------------------------------------------------------------------------
# what blind7 lacks: payloads
# --------------------------------------------------------------------------

def aac(rng, seconds, sr_index=8):
    """ADTS AAC-LC, mono, 16 kHz (a phone recorder's .aac): 7-byte headers, random payloads."""
    out = bytearray()
    for _ in range(seconds * 16000 // 1024):
        n = rng.randint(90, 140)
        flen = 7 + n
        out += bytes([0xFF, 0xF1, (1 << 6) | (sr_index << 2), (1 << 6) | ((flen >> 11) & 3), (flen >> 3) & 0xFF,
                      ((flen & 7) << 5) | 0x1F, 0xFC])
        out += bytes(rng.getrandbits(8) for _ in range(n))
    return bytes(out)


def gif_card(rng, w=480, h=320):
    """A Spring Festival e-card as a GIF: red ground, a gold frame, a lantern row and scribbled lines."""
    im = Image.new("RGB", (w, h), (200, 30, 40))
    d = ImageDraw.Draw(im)
    d.rectangle([14, 14, w - 14, h - 14], outline=(245, 205, 100), width=5)
    for k in range(5):
        x = 60 + k * 90
        d.line([x, 14, x, 48], fill=(245, 205, 100), width=2)
        d.ellipse([x - 18, 48, x + 18, 92], fill=(250, 120, 40))
    kit7.scribble(d, rng, w // 2 - 110, 150, 220, ink=(250, 230, 170), hgt=26)
    for y in (210, 240):
        kit7.scribble(d, rng, 90, y, rng.randint(220, 300), ink=(250, 235, 200))
    buf = io.BytesIO()
    im.convert("P", palette=Image.Palette.ADAPTIVE, colors=32).save(buf, "GIF")
    return buf.getvalue()


# --------------------------------------------------------------------------
# what blind7 lacks: mail clients
# --------------------------------------------------------------------------

def mailmaster(m, rng):
    """NetEase Mail Master (iOS app; approximated): UTF-8 base64 text + HTML, attachment names as an
    RFC 2047 word in name= and RFC 2231 continuations in filename*0*= / filename*1*=."""
    d = m["date"]
    plain = crlf(kit7.plain_of(m["blocks"], " "))
    htm = crlf('<div style="font-family:PingFang SC;font-size:14px">' + kit7.html_blocks(m["blocks"], kit7.bq_quote)
               + '</div><div><br></div><div style="color:#909090;font-size:12px">来自网易邮箱大师</div>')
    ms = int(d.timestamp()) * 1000 + rng.randint(100, 999)
    alt_b = f"--=_MailMaster_{ms}_{rs(rng, 6, HEXL)}"
    alt = mp(alt_b, [leaf(["Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: base64"],
                          b64_body(plain.encode("utf-8"))),
                     leaf(["Content-Type: text/html; charset=UTF-8", "Content-Transfer-Encoding: base64"],
                          b64_body(htm.encode("utf-8")))])
    if m.get("atts"):
        ob = f"--=_MailMaster_{ms}_{rs(rng, 6, HEXL)}"
        parts = [leaf([f'Content-Type: multipart/alternative; boundary="{alt_b}"'], alt)]
        for a in m["atts"]:
            params = kit7.rfc2231_params("filename", a.filename, "UTF-8", width=40)
            h = [f'Content-Type: {a.declared}; name="{ew_one(a.filename, "UTF-8")}"', "Content-Transfer-Encoding: base64",
                 "Content-Disposition: attachment;"]
            h += [" " + p + (";" if i < len(params) - 1 else "") for i, p in enumerate(params)]
            parts.append(leaf(h, b64_body(a.data)))
        ctype = f'Content-Type: multipart/mixed; boundary="{ob}"'
        body = mp(ob, parts)
    else:
        ctype = f'Content-Type: multipart/alternative; boundary="{alt_b}"'
        body = alt
    mid = f"<{rs(rng, 8, HEXL)}.{rs(rng, 4, HEXL)}.{rs(rng, 11, HEXL)}@{m['addr'].split('@')[1]}>"
    m["message_id"] = mid
    h = top(rng, m["addr"], *m["host"], d, 5)
    h += ["Date: " + rfcdate(d), kit7.from_header(m["from_name"], m["addr"], "UTF-8"), "To: " + HQ,
          "Message-ID: " + mid, kit7.subj_header(m["subject"], "UTF-8")] + thread(m)
    h += ["MIME-Version: 1.0", ctype, "X-Mailer: MailMaster iOS 7.19.4 (approximated)", "X-Priority: 3"]
    return header_block(h) + CRLF + body


def gmail_invite(m, rng, ics):
    """A Google Calendar invitation sent through Gmail: text, HTML and a text/calendar
    method=REQUEST alternative, plus the same calendar as an attachment named invite.ics."""
    d = m["date"]
    plain = crlf(kit7.plain_of(m["blocks"], "\t"))
    htm = crlf('<div itemscope itemtype="http://schema.org/EventReservation">' + kit7.html_blocks(m["blocks"], kit7.bq_quote)
               + "</div>")

    def gb():
        return "000000000000" + rs(rng, 16, HEXL)
    alt_b, ob = gb(), gb()
    alt = mp(alt_b, [
        leaf(['Content-Type: text/plain; charset="UTF-8"; format=flowed; delsp=yes', "Content-Transfer-Encoding: base64"],
             b64_body(plain.encode("utf-8"))),
        leaf(['Content-Type: text/html; charset="UTF-8"', "Content-Transfer-Encoding: quoted-printable"],
             qp(htm.encode("utf-8")) + CRLF),
        leaf(['Content-Type: text/calendar; charset="UTF-8"; method=REQUEST', "Content-Transfer-Encoding: base64"],
             b64_body(ics))])
    att = leaf(['Content-Type: application/ics; name="invite.ics"', 'Content-Disposition: attachment; filename="invite.ics"',
                "Content-Transfer-Encoding: base64"], b64_body(ics))
    body = mp(ob, [leaf([f'Content-Type: multipart/alternative; boundary="{alt_b}"'], alt), att])
    m["atts"] = [Att("invite.ics", "application/ics", ics, "text/calendar")]
    mid = f"<calendar-{kit7.uuid_like(rng, upper=False)}@google.com>"
    m["message_id"] = mid
    h = top(rng, "calendar-notification@google.com", *m["host"], d, 2)
    h += ["MIME-Version: 1.0", "Reply-To: " + m["addr"], "Sender: Google Calendar <calendar-notification@google.com>",
          "Message-ID: " + mid, "Date: " + rfcdate(d), kit7.subj_header(m["subject"], "UTF-8"),
          kit7.from_header(m["from_name"], m["addr"], "UTF-8", quoted=False), "To: " + HQ,
          f'Content-Type: multipart/mixed; boundary="{ob}"']
    return header_block(h) + CRLF + body


def exchange_ndr(m, rng):
    """An Exchange Server non-delivery report (zh-TW): multipart/report with a human-readable
    alternative, message/delivery-status and the returned message as an unnamed message/rfc822 part."""
    d = m["date"]
    host = m["exch"]
    stamp = rs(rng, 32, HEXL)
    outer = f"_000_{stamp}_"
    alt_b = f"_001_{stamp}_"
    human = crlf(m["text"])
    htm = crlf('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
               + kit7.divs(m["text"]) + "</body></html>")
    alt = mp(alt_b, [leaf(['Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: base64"],
                          b64_body(human.encode("utf-8"))),
                     leaf(['Content-Type: text/html; charset="utf-8"', "Content-Transfer-Encoding: base64"],
                          b64_body(htm.encode("utf-8")))])
    arrival = rfcdate(d.astimezone(UTC) - timedelta(seconds=3))
    status = crlf(f"Reporting-MTA: dns;{host}\nReceived-From-MTA: dns;mx1.ptg139.com\nArrival-Date: {arrival}\n\n"
                  f"Final-Recipient: rfc822;{m['rcpt']}\nAction: failed\nStatus: 5.1.10\n"
                  "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n")
    body = mp(outer, [leaf([f'Content-Type: multipart/alternative; differences=Content-Type; boundary="{alt_b}"'], alt),
                      leaf(["Content-Type: message/delivery-status"], status.encode("ascii")),
                      leaf(["Content-Type: message/rfc822"], m["returned"])])
    mid = f"<{rs(rng, 8, HEXL)}-{rs(rng, 4, HEXL)}-{rs(rng, 4, HEXL)}-{rs(rng, 4, HEXL)}-{rs(rng, 12, HEXL)}@{host}>"
    m["message_id"] = mid
    h = top(rng, None, host, m["ip"], d, 1, tls="ESMTPS")
    h += [f"From: <{m['addr']}>", f"To: <{HQ}>", "Date: " + rfcdate(d), kit7.subj_header(m["subject"], "utf-8"),
          "Message-ID: " + mid] + thread(m, " ")
    h += ["Content-Language: zh-TW", "Content-Type: multipart/report; report-type=delivery-status;",
          f'\tboundary="{outer}"', "MIME-Version: 1.0", "X-MS-Exchange-Message-Is-Ndr:", "Auto-Submitted: auto-replied",
          "X-MS-Exchange-Organization-SCL: -1"]
    return header_block(h) + CRLF + body


# --------------------------------------------------------------------------
# entries
# --------------------------------------------------------------------------

ENTRIES = []


def entry(fn):
    ENTRIES.append(fn)
    return fn


def quote_gt(text):
    return "\n".join("> " + x if x else ">" for x in text.split("\n"))


# ==========================================================================
# family: traditional Chinese writers (Keelung, Pingtung, Sha Tin)
# ==========================================================================

@entry
def T1():
    rng = R("T1")
    d = dt(2026, 7, 14, 16, 52, 9)
    m = dict(from_name="林怡君", addr="yichun.lin@yudu-digital.com.tw", date=d,
             subject="申訴｜德豐冷凍 商機2607140219（非本行業）", host=host_of(rng, "own", "mail.yudu-digital.com.tw"),
             lang="zh-TW")
    m["blocks"] = [
        "您好：\n\n德豐冷凍今天的一筆商機想提出申訴，資料如下，請總部協助判定。\n\n"
        "◆ 合作商　基隆雨都數位行銷有限公司\n◆ 客　戶　基隆七堵德豐冷凍設備股份有限公司\n◆ 商機號碼　2607140219\n"
        "◆ 推送　115/07/14 09:48\n◆ 客戶異議　115/07/14 13:30\n"
        "◆ 原因　對方要找的是「冷凍食品代工」，德豐是做冷凍庫、急速冷凍機等設備的工廠，並不代工食品，與客戶行業不符。\n\n"
        "客戶已回電確認，對方是一家食品貿易商，想找OEM廠。附上客戶的LINE對話截圖一張。\n\n"
        "林怡君 Yi-Chun Lin\n雨都數位 客服組\n(02)2428-6613 分機 21"]
    m["atts"] = [Att("LINE對話截圖.png", "image/png", png(rng, rows=6), "image/png")]
    eml = kit7.thunderbird(m, rng, charset="Big5")
    return m, eml, dict(
        kind="appeal", family="traditional", client="Thunderbird 128 (Big5, 8bit)",
        fields=fields(partner="基隆雨都數位行銷有限公司", client="基隆七堵德豐冷凍設備股份有限公司", lead_ids=["2607140219"],
                      pushed_at=iso(2026, 7, 14, 9, 48), objected_at=iso(2026, 7, 14, 13, 30), reason_code=4),
        accept={"partner": ["雨都數位", "基隆雨都数位行销有限公司", "雨都数位"],
                "client": ["德豐冷凍", "基隆七堵德丰冷冻设备股份有限公司", "德丰冷冻"]},
        source_text={"pushed_at": ["115/07/14 09:48"], "objected_at": ["115/07/14 13:30"], "reason_code": ["與客戶行業不符"]},
        notes="Thunderbird writing the body in Big5 (8bit text/plain, headers and file name in UTF-8: RFC 2047 name=, "
              "RFC 2231 filename*=); '◆' bullets with labels split by an ideographic space ('客　戶'); ROC dates with "
              "slashes ('115/07/14 09:48' = 2026-07-14); code 4 in words (與客戶行業不符: frozen-food OEM asked of a "
              "freezer maker); 'OEM' and the extension number are distractors; PNG screenshot.")


@entry
def T2():
    rng = R("T2")
    d = dt(2026, 9, 16, 10, 5, 33)
    m = dict(from_name="鄭雅婷", addr="yating.cheng@nanguo-info.com.tw", date=d,
             subject="勝裕選別 商機彙總回饋（推播已逾六成）", host=host_of(rng, "yahoo"))
    m["blocks"] = [
        "總部窗口您好，\n\n勝裕選別的推播數已經超過六成，依規定提出彙總回饋：\n\n"
        "合作商名稱：屏東南國資訊整合股份有限公司\n客戶名稱：屏東萬丹勝裕選別機械有限公司\n合約期間：115年3月1日至116年2月28日\n"
        "保證商機150筆，截至本週已推播96筆。\n\n【客戶狀況】\n推播的商機中，紅豆、黑豆色選機的詢價最多，客戶已成交兩台；"
        "另有十幾筆是問稻米烘乾機，客戶沒有做。\n【建議】\n排除「稻米烘乾機」，增加「光學色選機」「豆類篩選機」。\n"
        "【續約】\n客戶有意願續約，只是想等明年農曆年後再簽。\n\n南國資訊　鄭雅婷\n08-7362-5190"]
    eml = kit7.yahoo(m, rng)
    return m, eml, dict(
        kind="summary", family="traditional", client="Yahoo Mail (Taiwan, web)",
        fields=fields(partner="屏東南國資訊整合股份有限公司", client="屏東萬丹勝裕選別機械有限公司", quota=150, pushed_count=96,
                      service_start="2026-03-01", service_end="2027-02-28"),
        accept={"partner": ["南國資訊", "屏东南国资讯整合股份有限公司", "南国资讯"],
                "client": ["勝裕選別", "屏东万丹胜裕选别机械有限公司", "胜裕选别"]},
        renewal=True,
        source_text={"quota": ["保證商機150筆"], "pushed_count": ["已推播96筆"], "service_start": ["115年3月1日"],
                     "service_end": ["116年2月28日"]},
        notes="Yahoo Mail Taiwan (UTF-8 quoted-printable); ROC years without '民國' ('115年3月1日至116年2月28日'); counts "
              "in '筆' inside a sentence; lead trigger only (64 %, 54 % of the period); '六成', '兩台', '十幾筆' are "
              "distractors; renewal intended (the signing date is later, the intent is yes).")


@entry
def T3():
    rng = R("T3")
    d = dt(2026, 8, 11, 11, 26, 40)
    ids = ["SJ20260728-0105", "SJ20260729-0032", "SJ20260730-0217", "SJ20260731-0088", "SJ20260803-0141",
           "SJ20260804-0009", "SJ20260805-0196", "SJ20260806-0073", "SJ20260807-0120", "SJ20260810-0064"]
    notes_ = ["準，問切管機，已報價", "唔準，要買家用工具套裝", "準", "準，工廠訂沖床", "唔準，搵五金零售批發", "準",
              "準，彎管機", "唔準，問二手機", "準", "準，攻牙機"]
    m = dict(from_name="麥嘉欣", addr="kayan.mak@chunching-biz.hk", date=d, subject="祥記五金 商機調整 (呢10條)",
             host=host_of(rng, "own", "smtp.chunching-biz.hk"), pc_name="KAYAN-NB")
    m["blocks"] = [
        "Hello 總部,\n\n祥記五金最近收到嘅10條商機，客戶逐條睇過，回覆如下：\n\n"
        + "\n".join(f"{i + 1}) {ids[i]} {notes_[i]}" for i in range(10)) + "\n\n"
        "調整建議 (pls follow):\n- 加關鍵字：液壓彎管機、金屬圓鋸切管機\n- 刪除關鍵字：五金工具\n"
        "- 唔做嘅產品：家用工具套裝、二手機械\n- 目標客戶：金屬加工廠、傢俬廠\n\n"
        "合作商：沙田駿程商務顧問有限公司\n客戶：元朗錦田祥記五金機械廠有限公司\n\nThx!\nKa Yan\n"
        "麥嘉欣 | Chun Ching Business Consultants Ltd.\nTel: 2691 8207"]
    eml = kit7.windows_live(m, rng)
    return m, eml, dict(
        kind="adjustment", family="traditional", client="Windows Live Mail 2012 (Big5-HKSCS)",
        fields=fields(partner="沙田駿程商務顧問有限公司", client="元朗錦田祥記五金機械廠有限公司", lead_ids=ids, lead_count=10),
        accept={"partner": ["Chun Ching Business Consultants Ltd.", "沙田骏程商务顾问有限公司"],
                "client": ["祥記五金", "元朗锦田祥记五金机械厂有限公司", "祥记五金"]},
        extra={"keywords_add": ["液壓彎管機", "金屬圓鋸切管機"], "keywords_remove": ["五金工具"],
               "excluded_products": ["家用工具套裝", "二手機械"], "audience": ["金屬加工廠", "傢俬廠"]},
        source_text={"lead_count": ["呢10條"]},
        notes="Windows Live Mail from Sha Tin (Big5-HKSCS quoted-printable text and HTML, HKSCS-only 嘅 / 搵); written "
              "Cantonese mixed with English ('pls follow', 'Thx'); ten ids as '1) … 10)' lines with 準 / 唔準 verdicts (the "
              "list numbers are not ids); the count '呢10條' in the subject and the body; the client in 元朗.")


@entry
def T4():
    rng = R("T4")
    d = dt(2026, 7, 15, 17, 45, 12)
    m = dict(from_name="Wong Tsz Hin", addr="tszhin.wong@chunching-biz.hk", date=d, subject="商機申訴 – 恒達廚具 XP-2607-0588",
             host=host_of(rng, "google"))
    m["blocks"] = [
        "總部同事：\n\n恒達廚具有一條商機想申請唔計入，詳情如下：\n\n合作商：沙田駿程商務顧問有限公司\n"
        "付費客戶：沙田火炭恒達不銹鋼廚具設備有限公司\n商機編號：XP-2607-0588\n推送時間：15/7/2026 10:20\n"
        "客戶提出異議：15/7/2026 16:05\n\n需求者留低嘅電話打極都唔通，WhatsApp都冇，查過原來係一間補習社嘅舊號碼，"
        "根本唔係餐廳或者廚房設備買家——即係留錯電話，屬判定標準第3條。\n\n客戶打咗三次電話，通話記錄截圖已附上。\n\n"
        "Tsz Hin\n黃子軒 Wong Tsz Hin\n駿程商務 客戶服務\n+852 2691 8213"]
    m["atts"] = [Att("通話記錄截圖.jpg", "image/jpeg", jpg(rng, rows=6, style="list"), "image/jpeg")]
    eml = kit7.gmail(m, rng)
    return m, eml, dict(
        kind="appeal", family="traditional", client="Gmail (Google Workspace)",
        fields=fields(partner="沙田駿程商務顧問有限公司", client="沙田火炭恒達不銹鋼廚具設備有限公司", lead_ids=["XP-2607-0588"],
                      pushed_at=iso(2026, 7, 15, 10, 20), objected_at=iso(2026, 7, 15, 16, 5), reason_code=3),
        accept={"partner": ["駿程商務", "沙田骏程商务顾问有限公司", "骏程商务"],
                "client": ["恒達廚具", "沙田火炭恒达不锈钢厨具设备有限公司", "恒达厨具"]},
        source_text={"pushed_at": ["15/7/2026 10:20"], "objected_at": ["15/7/2026 16:05"], "reason_code": ["判定標準第3條"]},
        notes="Gmail from Sha Tin (UTF-8), written Cantonese; Hong Kong day/month order '15/7/2026 10:20' (day first: "
              "2026-07-15, unambiguous as 15 is no month); code 3 as '判定標準第3條'; the HK form 銹 in the client's name "
              "(simplified 锈 in accept); '三次' and the phone number are distractors; JPEG call-log screenshot.")


@entry
def T5():
    rng = R("T5")
    d = dt(2026, 8, 20, 15, 30, 27)
    m = dict(from_name="吳俊宏", addr="chunhung.wu@nanguo-info.com.tw", date=d, subject="嘉和包裝機 商機申訴（同業探價）",
             host=host_of(rng, "m365"))
    m["blocks"] = [
        "總部您好：\n\n嘉和包裝機今天上午十點二十分收到一筆推播商機（編號 XP-2608-0714），業務回電時對方支支吾吾，"
        "後來承認自己在桃園也是做真空包裝機的，只是想了解嘉和的報價與交期。客戶下午兩點十分向我們反映，"
        "認為屬於同業惡意探價（判定標準第一條），申請不計入。\n\n通話錄音已附上，請查收。\n\n"
        "合作商：屏東南國資訊整合股份有限公司\n付費客戶：屏東內埔嘉和真空包裝機有限公司\n\n吳俊宏\n南國資訊 客服部"]
    m["atts"] = [Att("通話錄音0820.mp3", "audio/mpeg", mp3(rng, 75, "通話錄音"), "audio/mpeg")]
    eml = kit7.outlook(m, rng, "zh-TW")
    return m, eml, dict(
        kind="appeal", family="traditional", client="Outlook 16 (zh-TW)",
        fields=fields(partner="屏東南國資訊整合股份有限公司", client="屏東內埔嘉和真空包裝機有限公司", lead_ids=["XP-2608-0714"],
                      pushed_at=iso(2026, 8, 20, 10, 20), objected_at=iso(2026, 8, 20, 14, 10), reason_code=1),
        accept={"partner": ["南國資訊", "屏东南国资讯整合股份有限公司", "南国资讯"],
                "client": ["嘉和包裝機", "屏东内埔嘉和真空包装机有限公司", "嘉和包装机"]},
        source_text={"pushed_at": ["今天上午十點二十分"], "objected_at": ["下午兩點十分", "今天"], "reason_code": ["判定標準第一條"]},
        notes="Outlook zh-TW (Big5 base64 text + Word HTML); prose only; times in traditional Chinese numerals "
              "('今天上午十點二十分', '下午兩點十分' = 14:10 on the same day); code 1 as '判定標準第一條' with an MP3 "
              "recording; the labels come after the story.")


# ==========================================================================
# family: English and mixed-language writers
# ==========================================================================

@entry
def E1():
    rng = R("E1")
    d = dt(2026, 7, 22, 17, 5, 41)
    m = dict(from_name="Kevin Sui", addr="kevin.sui@liaobo-net.com", date=d,
             subject="[Appeal] Liaonan Hydraulics - lead 2607220314 - competitor price fishing", host=host_of(rng, "m365"))
    m["blocks"] = [
        "Dear HQ,\n\nOur client Liaonan Hydraulics disputes one lead. Details:\n\n"
        "Partner ........ 营口鲅鱼圈辽渤网络科技有限公司 (Liaobo Network)\nClient ......... 营口西市辽南液压件有限公司\n"
        "Lead ID ........ 2607220314\nPushed ......... 22-Jul-2026 10:40\nDisputed ....... 22-Jul-2026 16:15\n"
        "Grounds ........ peer harassment - the \"buyer\" turned out to be a sales rep of another hydraulic cylinder plant "
        "in Tieling, asking for our client's price list and bore sizes (criterion 1).\n\n"
        "Evidence: the call recording (AAC, about 2 min) and a screenshot of his WeChat moments showing his own company's "
        "products.\n\nKind regards,\nKevin Sui\nOverseas & Key Accounts | Liaobo Network\nMob. +86 139 4178 2260"]
    m["atts"] = [Att("call_0722.aac", "audio/aac", aac(rng, 20), "audio/aac"),
                 Att("wechat_moments.png", "image/png", png(rng, rows=5, style="list"), "image/png")]
    eml = kit7.outlook(m, rng, "en-US")
    return m, eml, dict(
        kind="appeal", family="english", client="Outlook 16 (en-US)",
        fields=fields(partner="营口鲅鱼圈辽渤网络科技有限公司", client="营口西市辽南液压件有限公司", lead_ids=["2607220314"],
                      pushed_at=iso(2026, 7, 22, 10, 40), objected_at=iso(2026, 7, 22, 16, 15), reason_code=1),
        accept={"partner": ["Liaobo Network"], "client": ["Liaonan Hydraulics"]},
        source_text={"pushed_at": ["22-Jul-2026 10:40"], "objected_at": ["22-Jul-2026 16:15"],
                     "reason_code": ["peer harassment"]},
        notes="Outlook en-US (UTF-8 quoted-printable text + Word HTML); labels padded with dot leaders ('Pushed .........'); "
              "times as '22-Jul-2026 10:40'; code 1 in English ('peer harassment', 'criterion 1'); an ADTS AAC recording "
              "(audio/aac) and a PNG; 'about 2 min' and the mobile number are distractors.")


@entry
def E2():
    rng = R("E2")
    d = dt(2026, 8, 19, 11, 40, 6)
    m = dict(from_name="Mak Ka Yan", addr="kayan.mak@chunching-biz.hk", date=d,
             subject="Hang Tat Kitchen - feedback on 5 leads & keyword changes", host=host_of(rng, "google"))
    m["blocks"] = [
        "Hi team,\n\nHang Tat Kitchen (沙田火炭恒達不銹鋼廚具設備有限公司) went through leads XP-2608-3301 to 3305 (5 leads):\n\n"
        "3301 - good, a restaurant group fitting out a central kitchen\n3302 - good\n"
        "3303 - off target, wants a single domestic range hood\n3304 - good, hotel kitchen, asked for a quotation\n"
        "3305 - off target, looking for kitchen renovation contractors\n\nCould you please:\n"
        "(a) add keywords: commercial induction wok, stainless steel work table\n(b) remove keyword: range hood\n"
        "(c) mark as not made: domestic kitchen appliances, renovation services\n(d) target: restaurants, hotels, central kitchens\n\n"
        "Many thanks,\nKa Yan Mak\nChun Ching Business Consultants Ltd. | 沙田駿程商務顧問有限公司"]
    eml = kit7.gmail(m, rng)
    ids = [f"XP-2608-{n}" for n in range(3301, 3306)]
    return m, eml, dict(
        kind="adjustment", family="english", client="Gmail (Google Workspace)",
        fields=fields(partner="沙田駿程商務顧問有限公司", client="沙田火炭恒達不銹鋼廚具設備有限公司", lead_ids=ids, lead_count=5),
        accept={"partner": ["Chun Ching Business Consultants Ltd.", "沙田骏程商务顾问有限公司"],
                "client": ["Hang Tat Kitchen", "沙田火炭恒达不锈钢厨具设备有限公司"]},
        extra={"keywords_add": ["commercial induction wok", "stainless steel work table"], "keywords_remove": ["range hood"],
               "excluded_products": ["domestic kitchen appliances", "renovation services"],
               "audience": ["restaurants", "hotels", "central kitchens"]},
        source_text={"lead_ids": ["XP-2608-3301 to 3305 (5 leads)"], "lead_count": ["(5 leads)"]},
        notes="Gmail (UTF-8), English; an English range with a bare end 'XP-2608-3301 to 3305 (5 leads)' expanded to five "
              "ids (the stated count confirms it); the verdict lines repeat only the suffixes; proposals as (a)-(d); the "
              "client's full traditional name only in parentheses, the partner's only in the signature.")


@entry
def E3():
    rng = R("E3")
    d = dt(2026, 10, 13, 9, 35, 50)
    m = dict(from_name="Wen Bo", addr="wenbo@kczh-mianyang.com", date=d, subject="Summary - Fule CNC Tools (both triggers reached)",
             host=host_of(rng, "own", "mail.kczh-mianyang.com"))
    m["blocks"] = [
        "Hello HQ colleagues,\n\nQuick summary for Fule CNC Tools - both triggers are hit now (over 60% of leads delivered, "
        "and the term is almost over).\n\nPartner: 绵阳科城智汇企业服务有限公司\nClient: 绵阳游仙富乐数控刀具有限公司 (Fule CNC Tools)\n"
        "Guaranteed leads: 120\nDelivered so far: 81 (67.5%)\nTerm: 1 November 2025 to 31 October 2026\n\n"
        "How it went: most useful leads were carbide end mills and indexable inserts for mould shops; about a dozen asked "
        "for woodworking blades, which Fule does not make.\nSuggestion for the next term: keep the insert keywords, drop "
        "'saw blade', and push more to Chongqing and Guizhou.\nRenewal: Fule has agreed in principle to renew for one more "
        "year at 150 leads.\n\nBest regards,\nWen Bo\nKecheng Zhihui | 科城智汇\n0816-2389 457"]
    eml = kit7.apple_mail(m, rng)
    return m, eml, dict(
        kind="summary", family="english", client="Apple Mail (macOS)",
        fields=fields(partner="绵阳科城智汇企业服务有限公司", client="绵阳游仙富乐数控刀具有限公司", quota=120, pushed_count=81,
                      service_start="2025-11-01", service_end="2026-10-31"),
        accept={"partner": ["Kecheng Zhihui", "科城智汇"], "client": ["Fule CNC Tools"]},
        renewal=True,
        source_text={"quota": ["Guaranteed leads: 120"], "pushed_count": ["Delivered so far: 81"],
                     "service_start": ["1 November 2025"], "service_end": ["31 October 2026"]},
        notes="Apple Mail (UTF-8 quoted-printable); English labels ('Guaranteed leads', 'Delivered so far'); the term in "
              "day-month-year words '1 November 2025 to 31 October 2026'; both triggers (67.5 %, 95 % of the term); "
              "'60%', '67.5%', 'a dozen', 'one more year' and the renewal wish '150 leads' are distractors.")


@entry
def E4():
    rng = R("E4")
    d = dt(2026, 9, 9, 9, 12, 18)
    m = dict(from_name="Sophie Yang", addr="sophie.yang@cangerinfo.cn", date=d, subject="Appeal - Erhai Tea Machinery SJ20260908-0421",
             host=host_of(rng, "own", "mail.cangerinfo.cn"))
    shot = Att("IMG_7734.jpeg", "image/jpeg", jpg(rng, style="search"), "image/jpeg", inline=True)
    m["atts"] = [shot]
    m["segments"] = [
        "Hi HQ,\n\nAppeal for Erhai Tea Machinery (大理下关洱海茶叶机械有限公司), lead SJ20260908-0421.\n\n"
        "It was pushed yesterday 4:20 pm. The client only saw it this morning 8:45 and told us straight away - I know "
        "that's more than 8 hours, but please have a look anyway: the buyer left only a WeChat ID and the client couldn't "
        "add the WeChat ID at all (\"user does not exist\"), no phone number either.\n\nScreenshot:\n\n",
        shot,
        "\n\nThanks,\nSophie\n\nSophie Yang 杨丽娟\nCang'er Info | 大理苍洱信息科技有限公司\n\nSent from my iPhone"]
    m["blocks"] = [m["segments"][0], m["segments"][2]]
    eml = kit7.iphone(m, rng)
    return m, eml, dict(
        kind="appeal", family="english", client="iPhone Mail",
        fields=fields(partner="大理苍洱信息科技有限公司", client="大理下关洱海茶叶机械有限公司", lead_ids=["SJ20260908-0421"],
                      pushed_at=iso(2026, 9, 8, 16, 20), objected_at=iso(2026, 9, 9, 8, 45), reason_code=2),
        accept={"partner": ["Cang'er Info"], "client": ["Erhai Tea Machinery"]},
        source_text={"pushed_at": ["yesterday 4:20 pm"], "objected_at": ["this morning 8:45"],
                     "reason_code": ["couldn't add the WeChat ID"]},
        notes="iPhone Mail (UTF-8 quoted-printable text parts around an inline JPEG); English prose; 'yesterday 4:20 pm' "
              "(the Date's day minus one) and 'this morning 8:45' (the Date's day, a.m.): 16 h 25 min apart, outside the "
              "8-hour window (the writer says so); code 2 in English; '8 hours' is a distractor.")


@entry
def E5():
    rng = R("E5")
    d = dt(2026, 8, 21, 14, 3, 55)
    m = dict(from_name="Kevin", addr="1847302956@qq.com", date=d, subject="Pengyuan Garage Equipment: feedback on last 10 leads",
             host=host_of(rng, "qq"))
    m["blocks"] = [
        "Hello,\n\nFeedback from Pengyuan Garage Equipment on the last ten leads we received (pushed between 3 and 17 "
        "August): seven were real buyers of car lifts and tyre changers, three were not.\n\nThe three off-target ones all "
        "asked for car wash machines, which Pengyuan does not produce.\n\nPlease adjust:\n"
        "* New keywords: two-post car lift, scissor lift\n* Delete: car wash\n* Products NOT made: car wash machines\n"
        "* Target buyers: auto repair shops, 4S dealers\n\nPartner: 营口鲅鱼圈辽渤网络科技有限公司\n"
        "Client: 营口老边鹏远汽保设备有限公司\n\nKevin Sui\nLiaobo Network"]
    eml = kit7.tencent(m, rng)
    return m, eml, dict(
        kind="adjustment", family="english", client="QQ Mail",
        fields=fields(partner="营口鲅鱼圈辽渤网络科技有限公司", client="营口老边鹏远汽保设备有限公司", lead_count=10),
        accept={"partner": ["Liaobo Network"], "client": ["Pengyuan Garage Equipment"]},
        extra={"keywords_add": ["two-post car lift", "scissor lift"], "keywords_remove": ["car wash"],
               "excluded_products": ["car wash machines"], "audience": ["auto repair shops", "4S dealers"]},
        source_text={"lead_count": ["the last ten leads"]},
        notes="QQ Mail (gb18030 base64) written in English; the count as a word ('the last ten leads'), no ids; 'seven', "
              "'three' and 'between 3 and 17 August' are distractors; '*' bullets; English client name in the subject, "
              "the Chinese full names at the end.")


# ==========================================================================
# family: dates and times as people write them
# ==========================================================================

@entry
def D1():
    rng = R("D1")
    d = dt(2026, 6, 25, 8, 30, 2)
    m = dict(from_name="保丽萍", addr="baoliping_qj@163.com", date=d, subject="宏晟管材设备 商机 2606240377 申诉",
             host=host_of(rng, "163"))
    m["blocks"] = [
        "总部老师早上好！\n\n宏晟管材设备这边有一条商机需要申诉：\n编号 2606240377，是昨晚8点10分推过来的，客户今早7点50给我打电话"
        "说这条不对——对方是个人，想给自家院子买几根PVC管子，不是要管材生产线设备。\n\n"
        "客户晚上不看手机，所以今早才反馈，超出8小时的情况麻烦总部酌情考虑。\n\n"
        "合作商：曲靖麒麟珠源商务咨询有限公司\n付费客户：曲靖陆良宏晟塑料管材设备有限公司\n\n珠源商务 保丽萍\n139 8741 5026"]
    eml = kit7.coremail(m, rng, "163")
    return m, eml, dict(
        kind="appeal", family="dates", client="163 webmail (Coremail)",
        fields=fields(partner="曲靖麒麟珠源商务咨询有限公司", client="曲靖陆良宏晟塑料管材设备有限公司", lead_ids=["2606240377"],
                      pushed_at=iso(2026, 6, 24, 20, 10), objected_at=iso(2026, 6, 25, 7, 50), reason_code=3),
        accept={"partner": ["珠源商务"], "client": ["宏晟管材设备"]},
        source_text={"pushed_at": ["昨晚8点10分"], "objected_at": ["今早7点50"], "reason_code": ["对方是个人"]},
        notes="163 webmail (GBK base64) sent early in the morning; '昨晚8点10分' (yesterday evening: 2026-06-24 20:10) and "
              "'今早7点50' (this morning: 07:50) - 11 h 40 min, outside 8 h; code 3 (the requester is an individual); "
              "'8小时', '几根' and the phone number are distractors; no attachment.")


@entry
def D2():
    rng = R("D2")
    d = dt(2026, 9, 17, 10, 20, 44)
    m = dict(from_name="段晓东", addr="duanxiaodong@cangerinfo.cn", date=d, subject="滇西建机两条商机申诉",
             host=host_of(rng, "own", "mail.cangerinfo.cn"))
    m["blocks"] = [
        "总部好，\n\n滇西建机本周二上午10:40推送的两条商机 XP-2609-0117 和 XP-2609-0123，是同一家单位留的，要的都是混凝土搅拌站"
        "整站设备。客户只生产液压制砖机和砌块成型机，周二下午3点就跟我们反馈了。请按第5条（所需产品与客户经营产品不一致）判定。\n\n"
        "合作商 大理苍洱信息科技有限公司\n客户 大理祥云县滇西建材机械有限公司\n\n段晓东\n苍洱信息 | 0872-2136 508"]
    eml = kit7.foxmail(m, rng)
    return m, eml, dict(
        kind="appeal", family="dates", client="Foxmail 7.2",
        fields=fields(partner="大理苍洱信息科技有限公司", client="大理祥云县滇西建材机械有限公司",
                      lead_ids=["XP-2609-0117", "XP-2609-0123"], pushed_at=iso(2026, 9, 15, 10, 40),
                      objected_at=iso(2026, 9, 15, 15, 0), reason_code=5),
        accept={"partner": ["苍洱信息"], "client": ["滇西建机"]},
        source_text={"pushed_at": ["本周二上午10:40"], "objected_at": ["周二下午3点"], "reason_code": ["第5条"]},
        notes="Foxmail (gb2312 label); days as weekdays: '本周二上午10:40' and '周二下午3点' in a mail sent on Thursday "
              "2026-09-17 (this week's Tuesday: 2026-09-15); two ids joined by '和' sharing one push time; labels without "
              "a colon ('合作商 …'); code 5 as '第5条'; '两条' is a distractor; no attachment.")


@entry
def D3():
    rng = R("D3")
    d = dt(2026, 8, 18, 15, 48, 20)
    m = dict(from_name="邓雨婷", addr="dengyuting@kczh-mianyang.com", date=d, subject="金鼎空压 商机汇总反馈",
             host=host_of(rng, "own", "mail.kczh-mianyang.com"))
    m["blocks"] = [
        "总部您好！\n\n金鼎空压的服务期已经过了七成多，按流程报一下汇总情况。\n\n合作商：绵阳科城智汇企业服务有限公司\n"
        "客户：绵阳安州金鼎空压机制造有限公司\n服务期：2026/4/1起，为期半年\n合同约定商机60条，目前已推31条。\n\n"
        "情况分析：金鼎主做螺杆空压机，推过来的询盘里有一部分是要活塞式小空压机（汽修店用），客户不做；有效询盘大约二十条，成交3台。\n"
        "建议：关键词加“永磁变频螺杆空压机”，排除“小型活塞空压机”。\n续费：客户表示看最后一个半月的效果再定。\n\n"
        "邓雨婷\n科城智汇 客户服务中心"]
    eml = kit7.outlook(m, rng, "zh-CN")
    return m, eml, dict(
        kind="summary", family="dates", client="Outlook 16 (zh-CN)",
        fields=fields(partner="绵阳科城智汇企业服务有限公司", client="绵阳安州金鼎空压机制造有限公司", quota=60, pushed_count=31,
                      service_start="2026-04-01", service_end="2026-09-30"),
        accept={"partner": ["科城智汇"], "client": ["金鼎空压"]},
        renewal=None,
        source_text={"quota": ["合同约定商机60条"], "pushed_count": ["已推31条"], "service_start": ["2026/4/1起"],
                     "service_end": ["为期半年", "2026/4/1"]},
        notes="Outlook zh-CN (gb2312 base64); the period as a start and a length in words: '2026/4/1起，为期半年' - "
              "labelled 2026-04-01 .. 2026-09-30 (six months less a day); time trigger only (76 %, 52 % of the leads); "
              "'七成多', '二十条', '3台' and '一个半月' are distractors; renewal undecided.")


@entry
def D4():
    rng = R("D4")
    d = dt(2026, 7, 28, 10, 2, 17)
    m = dict(from_name="包文华", addr="3065128874@qq.com", date=d, subject="北疆选矿 推送过六成 汇总", host=host_of(rng, "qq"))
    m["blocks"] = [
        "总部好：\n\n北疆选矿的商机推送量已到66条，超过合同的六成了，汇总如下。\n\n合作商：赤峰红山汇达信息服务有限公司\n"
        "客户：赤峰元宝山北疆选矿设备有限公司\n合同商机：100条\n服务时间：26年1月10日至27年1月9日\n已推送：66条\n\n"
        "客户反馈：球磨机、浮选机的询盘质量不错，已有2单在谈；磁选机询盘偏少。\n建议：磁选机相关关键词再加强，比如“永磁筒式磁选机”。\n"
        "续费：客户暂时没有续费打算，想先看看谈着的两单能不能成。\n\n包文华 红山汇达"]
    eml = kit7.tencent(m, rng)
    return m, eml, dict(
        kind="summary", family="dates", client="QQ Mail",
        fields=fields(partner="赤峰红山汇达信息服务有限公司", client="赤峰元宝山北疆选矿设备有限公司", quota=100, pushed_count=66,
                      service_start="2026-01-10", service_end="2027-01-09"),
        accept={"partner": ["红山汇达"], "client": ["北疆选矿"]},
        renewal=False,
        source_text={"quota": ["合同商机：100条"], "pushed_count": ["已推送：66条"], "service_start": ["26年1月10日"],
                     "service_end": ["27年1月9日"]},
        notes="QQ Mail (gb18030); two-digit years '26年1月10日至27年1月9日' (2026-01-10 .. 2027-01-09); lead trigger only "
              "(66 %, 54 % of the period); '六成', '2单', '两单' are distractors; no renewal for now (false).")


@entry
def D5():
    rng = R("D5")
    d = dt(2026, 7, 31, 9, 40, 38)
    m = dict(from_name="白海燕", addr="baihaiyan@yanhe-dm.com", date=d, subject="秦北矿机 商机不计入申请（夜间推送）",
             host=host_of(rng, "aliyun"))
    m["blocks"] = [
        "总部：\n\n秦北矿机有一条商机申请不计入，情况说明如下。\n\n商机编号：SJ20260730-0587\n推送时间：7月30日晚上10点20分\n"
        "客户异议时间：次日上午8点05分\n理由：需求者自称是煤矿采购，客户回拨后发现对方是府谷一家矿山机械厂的销售，来套价格和参数的，"
        "属于同行不良询价。\n\n晚上推送的商机客户第二天一早才看到，超了一个多小时，请总部考虑实际情况。录音已附。\n\n"
        "合作商：延安宝塔延河数字传媒有限公司\n客户：榆林神木秦北矿山机械有限公司\n\n白海燕\n延河数字 客服部"]
    m["atts"] = [Att("回拨录音0731.amr", "audio/amr", amr(rng, 52), "audio/amr")]
    eml = kit7.alimail(m, rng)
    return m, eml, dict(
        kind="appeal", family="dates", client="Alibaba enterprise mailbox (web; approximated)",
        fields=fields(partner="延安宝塔延河数字传媒有限公司", client="榆林神木秦北矿山机械有限公司", lead_ids=["SJ20260730-0587"],
                      pushed_at=iso(2026, 7, 30, 22, 20), objected_at=iso(2026, 7, 31, 8, 5), reason_code=1),
        accept={"partner": ["延河数字"], "client": ["秦北矿机"]},
        source_text={"pushed_at": ["7月30日晚上10点20分"], "objected_at": ["次日上午8点05分", "7月30日"],
                     "reason_code": ["同行不良询价"]},
        notes="Alibaba enterprise mailbox (UTF-8 base64 text + HTML); '7月30日晚上10点20分' (22:20) and '次日上午8点05分' "
              "(the day after the push: 2026-07-31 08:05, which is also the Date's day) - 9 h 45 min, outside 8 h; code 1 "
              "in words (同行不良询价) with an AMR recording; '第二天', '一个多小时' are distractors.")


# ==========================================================================
# family: numbers and ids as people write them
# ==========================================================================

@entry
def N1():
    rng = R("N1")
    d = dt(2026, 7, 27, 14, 10, 25)
    m = dict(from_name="何建平", addr="hejp_nc@126.com", date=d, subject="华西钻采 7月21日5条商机反馈", host=host_of(rng, "126"))
    m["blocks"] = [
        "总部老师好：\n\n华西钻采7月21日这批商机（SJ20260721-0041、-0044、-0047、-0052、-0058，共五条）的客户反馈：\n"
        "-0041 精准，油田用抽油机配件\n-0044 不精准，问的是家用水井钻机\n-0047 精准\n-0052 精准，钻杆接头询价\n"
        "-0058 不精准，要找钻井劳务队\n\n调整建议：\n一、新增关键词：抽油机配件、钻杆接头\n二、删除关键词：水井钻机\n"
        "三、不做产品：家用水井钻机、钻井劳务\n四、针对客户：油田服务公司、钻采设备厂\n\n"
        "合作商：南充果州启航网络科技有限公司\n客户：南充顺庆华西钻采设备有限公司\n\n何建平"]
    eml = kit7.coremail(m, rng, "126")
    ids = [f"SJ20260721-{n}" for n in ("0041", "0044", "0047", "0052", "0058")]
    return m, eml, dict(
        kind="adjustment", family="numbers", client="126 webmail (Coremail)",
        fields=fields(partner="南充果州启航网络科技有限公司", client="南充顺庆华西钻采设备有限公司", lead_ids=ids, lead_count=5),
        accept={"client": ["华西钻采"]},
        extra={"keywords_add": ["抽油机配件", "钻杆接头"], "keywords_remove": ["水井钻机"],
               "excluded_products": ["家用水井钻机", "钻井劳务"], "audience": ["油田服务公司", "钻采设备厂"]},
        source_text={"lead_ids": ["SJ20260721-0041、-0044、-0047、-0052、-0058"], "lead_count": ["共五条"]},
        notes="126 webmail (GBK base64); one full id followed by bare suffixes with their dash "
              "('SJ20260721-0041、-0044、-0047…'), each taking the full id's prefix; the count in words ('共五条'); the "
              "verdict lines start with '-0041' etc.; '7月21日' and the list numbers 一、… are distractors.")


@entry
def N2():
    rng = R("N2")
    d = dt(2026, 9, 8, 16, 25, 3)
    m = dict(from_name="蒲晓燕", addr="puxiaoyan@gz-qihang.com", date=d, subject="嘉陵丝机合作情况汇总反馈函",
             host=host_of(rng, "own", "mail.gz-qihang.com"))
    m["blocks"] = [
        "总部商机服务部：\n\n现将嘉陵丝机合作情况汇总反馈如下：\n\n一、合作商：南充果州启航网络科技有限公司\n"
        "二、付费客户：南充嘉陵丝绸机械制造有限公司\n三、合同保障商机数：壹佰伍拾条\n四、已推送商机数：玖拾陆条（截至9月7日）\n"
        "五、服务期：2026年02月01日—2027年01月31日\n六、情况分析：缫丝机、络筒机询盘占多数，有效率约六成五；服装加工类询盘较多，客户不做。\n"
        "七、解决方案：排除“服装加工”“丝绸面料”；新增“自动缫丝机”。\n八、续费意向：客户有意向续签，数量待定。\n\n"
        "南充果州启航网络科技有限公司\n蒲晓燕\n2026年9月8日"]
    eml = kit7.foxmail(m, rng, "GBK")
    return m, eml, dict(
        kind="summary", family="numbers", client="Foxmail 7.2 (GBK)",
        fields=fields(partner="南充果州启航网络科技有限公司", client="南充嘉陵丝绸机械制造有限公司", quota=150, pushed_count=96,
                      service_start="2026-02-01", service_end="2027-01-31"),
        accept={"client": ["嘉陵丝机"]},
        renewal=True,
        source_text={"quota": ["壹佰伍拾条"], "pushed_count": ["玖拾陆条"], "service_start": ["2026年02月01日"],
                     "service_end": ["2027年01月31日"]},
        notes="Foxmail declaring GBK; a formal letter with the counts in financial numerals ('壹佰伍拾条' = 150, '玖拾陆条' = 96: "
              "the lead trigger at 64 %, 60 % of the period); zero-padded dates joined by an em dash; '9月7日', '六成五' "
              "and the letter's own date '2026年9月8日' are distractors.")


@entry
def N3():
    rng = R("N3")
    d = dt(2026, 7, 22, 16, 30, 14)
    m = dict(from_name="乌兰", addr="wulan@hongshan-hd.com", date=d, subject="牧野草机 2607220096 申诉", host=host_of(rng, "exmail"))
    m["blocks"] = [
        "总部您好，\n\n牧野草机七月二十二日上午十点零五分推送的商机（编号：2607220096），需求者要采购的是成品青贮饲料和草捆，"
        "而客户是生产打捆机、割草机的，不卖饲草。客户下午三点四十跟我们反馈，申请按判定标准第⑤条不计入。\n\n"
        "合作商：赤峰红山汇达信息服务有限公司\n付费客户：赤峰松山牧野饲草机械有限公司\n\n乌兰\n红山汇达 客服"]
    eml = kit7.tencent(m, rng, wecom=True)
    return m, eml, dict(
        kind="appeal", family="numbers", client="WeCom / Tencent Exmail",
        fields=fields(partner="赤峰红山汇达信息服务有限公司", client="赤峰松山牧野饲草机械有限公司", lead_ids=["2607220096"],
                      pushed_at=iso(2026, 7, 22, 10, 5), objected_at=iso(2026, 7, 22, 15, 40), reason_code=5),
        accept={"partner": ["红山汇达"], "client": ["牧野草机"]},
        source_text={"pushed_at": ["七月二十二日上午十点零五分"], "objected_at": ["下午三点四十", "七月二十二日"],
                     "reason_code": ["判定标准第⑤条"]},
        notes="WeCom / Exmail (UTF-8 base64); the date and both times entirely in Chinese numerals ('七月二十二日上午十点零五分', "
              "'下午三点四十' on the same day); the criterion as a circled digit ('第⑤条', NFKC 5); no attachment (code 5).")


@entry
def N4():
    rng = R("N4")
    d = dt(2026, 10, 21, 11, 8, 36)
    ids = ["2609220135", "2609240062", "2609280217", "2609300048", "2610080391", "2610090124", "2610120306", "2610140055",
           "2610150270", "2610160113"]
    ver = [("精准", "揉捻机询价"), ("精准", ""), ("不精准", "问普洱茶批发"), ("精准", "杀青机，已寄样"), ("精准", ""),
           ("不精准", "茶叶包装袋"), ("精准", "烘干机"), ("精准", ""), ("不精准", "问茶叶代加工"), ("精准", "理条机")]
    m = dict(from_name="杨丽娟", addr="yanglijuan@cangerinfo.cn", date=d, subject="洱海茶机 商机反馈与调整",
             host=host_of(rng, "own", "mail.cangerinfo.cn"))
    m["blocks"] = [
        "总部好！\n\n洱海茶机9月下旬到10月中旬的10条商机，客户反馈汇总如下（No.为序号）：\n",
        Table([["No.", "商机编号", "是否精准", "备注"]] + [[f"No.{i + 1}", ids[i], ver[i][0], ver[i][1]] for i in range(10)]),
        "\n建议：\n1. 新增关键词：茶叶揉捻机、滚筒杀青机\n2. 删除关键词：普洱茶\n3. 不做产品：茶叶包装袋、茶叶代加工\n"
        "4. 针对人群：茶厂、茶叶合作社\n\n合作商：大理苍洱信息科技有限公司\n客户：大理下关洱海茶叶机械有限公司\n杨丽娟"]
    eml = kit7.outlook(m, rng, "zh-CN")
    return m, eml, dict(
        kind="adjustment", family="numbers", client="Outlook 16 (zh-CN)",
        fields=fields(partner="大理苍洱信息科技有限公司", client="大理下关洱海茶叶机械有限公司", lead_ids=ids, lead_count=10),
        accept={"client": ["洱海茶机"]},
        extra={"keywords_add": ["茶叶揉捻机", "滚筒杀青机"], "keywords_remove": ["普洱茶"],
               "excluded_products": ["茶叶包装袋", "茶叶代加工"], "audience": ["茶厂", "茶叶合作社"]},
        source_text={"lead_count": ["10条商机"]},
        notes="Outlook zh-CN (gb2312); ten 10-digit ids in a table whose first column is a row number 'No.1' … 'No.10' "
              "(not ids); '9月下旬', '10月中旬' and the numbered proposals are distractors.")


@entry
def N5():
    rng = R("N5")
    d = dt(2026, 9, 20, 21, 14, 7)
    m = dict(from_name="白海燕", addr="baihaiyan@yanhe-dm.com", date=d, subject="果源分选汇总",
             host=host_of(rng, "own", "mail.yanhe-dm.com"))
    m["blocks"] = [
        "总部老师好，说一下果源分选的情况：合同一百二条，到今天推了七十二条，刚好六成。服务期2026年3月15日到2027年3月14日。\n"
        "苹果分选机的询盘占大半，客户比较满意，成交了两条线。猕猴桃分选的需求也多，希望加上“猕猴桃分选机”这个词。客户说到期肯定续。\n\n"
        "合作商：延安宝塔延河数字传媒有限公司\n客户：延安洛川果源分选设备有限公司\n\n白海燕\n\n发自我的iPhone"]
    eml = kit7.iphone(m, rng)
    return m, eml, dict(
        kind="summary", family="numbers", client="iPhone Mail",
        fields=fields(partner="延安宝塔延河数字传媒有限公司", client="延安洛川果源分选设备有限公司", quota=120, pushed_count=72,
                      service_start="2026-03-15", service_end="2027-03-14"),
        accept={"client": ["果源分选"]},
        renewal=True,
        source_text={"quota": ["合同一百二条"], "pushed_count": ["推了七十二条"], "service_start": ["2026年3月15日"],
                     "service_end": ["2027年3月14日"]},
        notes="iPhone Mail (UTF-8 quoted-printable, text only); spoken numerals: '一百二条' is 120 (a hundred and twenty, "
              "not 102) and '七十二条' 72 - exactly 60 %, the lead trigger (52 % of the period); '六成', '大半', '两条线' "
              "are distractors.")


# ==========================================================================
# family: filled forms (.docx / .xlsx)
# ==========================================================================

@entry
def F1():
    rng = R("F1")
    d = dt(2026, 8, 4, 16, 40, 51)
    m = dict(from_name="常丽", addr="changli@liaobo-net.com", date=d, subject="鹏远汽保 商机申诉书",
             host=host_of(rng, "m365"))
    m["blocks"] = ["总部您好：\n\n鹏远汽保一条商机的申诉书和截图见附件，请审核。\n\n辽渤网络 常丽\n0417-6258 390"]
    reasons = ("□ 1 同行恶意骚扰或不良询价\n□ 2 微信无法添加\n■ 3 留错电话/个人/不对口企业\n□ 4 产品不符合客户行业\n"
               "□ 5 产品与客户经营产品不一致")
    grid = [["合作商", "营口鲅鱼圈辽渤网络科技有限公司"], ["付费客户", "营口老边鹏远汽保设备有限公司"], ["商机编号", "SJ20260804-0166"],
            ["推送时间", "2026.08.04 10:12"], ["客户异议时间", "2026.08.04 15:37"], ["申诉理由（勾选）", reasons],
            ["情况说明", "需求者留的号码是一家驾校的总机，前台表示没有人询过举升机，号码应为误填。"], ["证据", "通话记录截图（另附）"],
            ["合作商盖章", "（盖章）　　2026年8月4日"]]
    form = docx_form("常丽", "2026-08-04T08:20:00Z", "商机申诉书", grid)
    m["atts"] = [Att("商机申诉书-鹏远汽保0804.docx", CT_DOCX, form, CT_DOCX),
                 Att("通话记录.png", "image/png", png(rng, rows=5, style="list"), "image/png")]
    eml = kit7.outlook(m, rng, "zh-CN")
    return m, eml, dict(
        kind="appeal", family="forms", client="Outlook 16 (zh-CN)",
        fields=fields(partner="营口鲅鱼圈辽渤网络科技有限公司", client="营口老边鹏远汽保设备有限公司", lead_ids=["SJ20260804-0166"],
                      pushed_at=iso(2026, 8, 4, 10, 12), objected_at=iso(2026, 8, 4, 15, 37), reason_code=3),
        accept={"partner": ["辽渤网络"], "client": ["鹏远汽保"]},
        source_text={"pushed_at": ["2026.08.04 10:12"], "objected_at": ["2026.08.04 15:37"],
                     "reason_code": ["■ 3 留错电话/个人/不对口企业"]},
        notes="Outlook zh-CN with a two-column .docx 《商机申诉书》: dotted dates '2026.08.04 10:12'; the reason as five "
              "boxes with a filled square '■' on criterion 3 (the '□' lines are not reasons); the seal line's "
              "'2026年8月4日' is a distractor; PNG call-log screenshot as evidence.")


@entry
def F2():
    rng = R("F2")
    d = dt(2026, 9, 3, 17, 10, 29)
    m = dict(from_name="邓雨婷", addr="dengyuting@kczh-mianyang.com", date=d, subject="富乐刀具 异议申请表",
             host=host_of(rng, "exmail"))
    m["blocks"] = ["总部好，\n\n附件是富乐刀具的异议申请表，麻烦查收。产品不符的情况，没有截图。\n\n——邓雨婷 科城智汇"]
    cells = {"A1": "商机异议申请表（科城智汇）", "A2": "合作商", "B2": "绵阳科城智汇企业服务有限公司", "A3": "客户",
             "B3": "绵阳游仙富乐数控刀具有限公司", "A4": "商机编号", "B4": 2609030118, "C4": "推送时间",
             "D4": local(2026, 9, 3, 9, 55), "A5": "异议提出时间", "B5": local(2026, 9, 3, 14, 20), "C5": "判定标准",
             "D5": "第5条", "A6": "说明", "B6": "需求者要采购木工带锯条，客户只做金属切削用硬质合金刀具，产品不一致。",
             "A8": "填报人", "B8": "邓雨婷", "C8": "填报日期", "D8": date(2026, 9, 3)}
    form = xlsx_book("邓雨婷", "2026-09-03T08:55:00Z", [("异议申请", cells, ["A1:D1", "B2:D2", "B3:D3", "B6:D6"],
                                                     {"A": 14, "B": 22, "C": 12, "D": 20})])
    m["atts"] = [Att("异议申请表_富乐刀具_0903.xlsx", "application/octet-stream", form, CT_XLSX)]
    eml = kit7.tencent(m, rng, wecom=True)
    return m, eml, dict(
        kind="appeal", family="forms", client="WeCom / Tencent Exmail",
        fields=fields(partner="绵阳科城智汇企业服务有限公司", client="绵阳游仙富乐数控刀具有限公司", lead_ids=["2609030118"],
                      pushed_at=iso(2026, 9, 3, 9, 55), objected_at=iso(2026, 9, 3, 14, 20), reason_code=5),
        accept={"partner": ["科城智汇"], "client": ["富乐刀具"]},
        source_text={"pushed_at": ["2026-09-03 09:55"], "objected_at": ["2026-09-03 14:20"], "reason_code": ["第5条"]},
        notes="WeCom / Exmail with an .xlsx declared application/octet-stream: merged label/value rows, the id as a numeric "
              "cell, both times as real date-time cells (one beside the id, one under it), the criterion as '第5条' in a "
              "'判定标准' cell; the fill-in date cell is a distractor; no evidence (code 5 needs none).")


@entry
def F3():
    rng = R("F3")
    d = dt(2026, 10, 26, 9, 16, 2)
    ids = ["XP-2610-0203", "XP-2610-0219", "XP-2610-0244", "XP-2610-0251", "XP-2610-0270"]
    m = dict(from_name="保丽萍", addr="baoliping@zhuyuan-qj.com", date=d, subject="滇东煤机 商机反馈表",
             host=host_of(rng, "own", "mail.zhuyuan-qj.com"))
    m["blocks"] = ["总部：\n滇东煤机最近5条商机的反馈表在附件，请按表里的建议调整。\n保丽萍（珠源商务）"]
    ok, ng = "☑精准 □不精准", "□精准 ☑不精准"
    grid = [["序号", "商机编号", "是否精准", "客户意见"], ["1", ids[0], ok, "刮板输送机配件"], ["2", ids[1], ng, "问煤炭销售"],
            ["3", ids[2], ok, ""], ["4", ids[3], ok, "液压支架维修"], ["5", ids[4], ng, "要买二手掘进机"],
            ["调整建议", "新增关键词：刮板输送机、液压支架\n删除关键词：煤炭\n不做产品：二手设备、煤炭销售\n针对人群：煤矿、洗煤厂", None, None]]
    form = docx_form("保丽萍", "2026-10-26T01:05:00Z", "商机反馈及调整表（5条）", grid, merges=[(6, 1, 6, 3)],
                     paras_before=["合作商：曲靖麒麟珠源商务咨询有限公司　　客户：曲靖沾益滇东煤矿机械装备有限公司　　填表：保丽萍"])
    m["atts"] = [Att("滇东煤机商机反馈调整表.docx", CT_DOCX, form, CT_DOCX)]
    eml = kit7.foxmail(m, rng)
    return m, eml, dict(
        kind="adjustment", family="forms", client="Foxmail 7.2",
        fields=fields(partner="曲靖麒麟珠源商务咨询有限公司", client="曲靖沾益滇东煤矿机械装备有限公司", lead_ids=ids, lead_count=5),
        accept={"partner": ["珠源商务"], "client": ["滇东煤机"]},
        extra={"keywords_add": ["刮板输送机", "液压支架"], "keywords_remove": ["煤炭"], "excluded_products": ["二手设备", "煤炭销售"],
               "audience": ["煤矿", "洗煤厂"]},
        source_text={"lead_count": ["商机反馈及调整表（5条）"]},
        notes="Foxmail with a .docx: partner and client in one paragraph above the table, separated by ideographic spaces; "
              "five ids with '☑精准 □不精准' box pairs per row; the proposals in one merged cell; the count only in the "
              "form's title '（5条）'; the row numbers are distractors.")


@entry
def F4():
    rng = R("F4")
    d = dt(2026, 7, 10, 10, 44, 13)
    m = dict(from_name="段晓东", addr="duanxd.dali@gmail.com", date=d, subject="滇西建机 商机汇总反馈表", host=host_of(rng, "google"))
    m["blocks"] = ["总部好：\n\n附件为滇西建机的商机汇总反馈表，推送已过六成。\n\n段晓东\n苍洱信息"]
    cells = {"A1": "商机汇总反馈", "A2": "合作商", "B2": "客户", "C2": "合同商机数", "D2": "已推送", "E2": "完成率",
             "F2": "服务期起", "G2": "服务期止", "H2": "续费意向",
             "A3": "大理苍洱信息科技有限公司", "B3": "大理祥云县滇西建材机械有限公司", "C3": 80, "D3": 50, "E3": 0.625,
             "F3": date(2026, 1, 1), "G3": date(2026, 12, 31), "H3": "续费",
             "A5": "客户情况", "B5": "砖机询盘稳定，砌块成型机询盘少；有效率约七成。", "A6": "建议", "B6": "增加“免烧砖机”关键词。"}
    form = xlsx_book("段晓东", "2026-07-10T02:30:00Z", [("汇总", cells, ["A1:H1", "B5:H5", "B6:H6"],
                                                     {"A": 24, "B": 28, "C": 11, "D": 9, "E": 8, "F": 12, "G": 12, "H": 10})])
    m["atts"] = [Att("滇西建机-商机汇总反馈.xlsx", CT_XLSX, form, CT_XLSX)]
    eml = kit7.gmail(m, rng)
    return m, eml, dict(
        kind="summary", family="forms", client="Gmail",
        fields=fields(partner="大理苍洱信息科技有限公司", client="大理祥云县滇西建材机械有限公司", quota=80, pushed_count=50,
                      service_start="2026-01-01", service_end="2026-12-31"),
        accept={"partner": ["苍洱信息"], "client": ["滇西建机"]},
        renewal=True,
        source_text={"quota": ["80"], "pushed_count": ["50"], "service_start": ["2026-01-01"], "service_end": ["2026-12-31"]},
        notes="Gmail with a horizontal .xlsx: eight labels in one row and the values in the row below (numbers as numeric "
              "cells, the period as two date cells, '续费' as the renewal cell); lead trigger only (62.5 %, 52 % of the "
              "period); the completion-rate cell 0.625 and '七成' are distractors.")


@entry
def F5():
    rng = R("F5")
    d = dt(2026, 8, 12, 14, 22, 48)
    m = dict(from_name="簡志豪", addr="chihhao.chien@yudu-digital.com.tw", date=d, subject="德豐冷凍 商機彙總回饋表",
             host=host_of(rng, "own", "mail.yudu-digital.com.tw"))
    m["blocks"] = ["總部您好：\n\n德豐冷凍服務期已過七成，彙總回饋表如附件（Word檔），請查收。\n\n簡志豪\n雨都數位 業務部"]
    grid = [["合作商", "基隆雨都數位行銷有限公司"], ["客戶", "基隆七堵德豐冷凍設備股份有限公司"],
            ["服務期間", "2025年10月1日起至2026年9月30日止"], ["合約保證商機數", "200"], ["已推送商機數", "118"],
            ["觸發條件", "□ 推送數量達60%\n☑ 服務期達70%"],
            ["客戶狀況分析", "冷凍庫工程詢價穩定，急速冷凍機詢價偏少；部分詢價為家用冰箱維修，與客戶無關。"],
            ["解決方案", "排除「冰箱維修」；加強「隧道式急凍機」。"], ["續約意向", "☑ 續約　□ 不續約　□ 未定"]]
    form = docx_form("簡志豪", "2026-08-12T05:40:00Z", "商機彙總回饋表", grid)
    m["atts"] = [Att("商機彙總回饋表（德豐冷凍）.docx", CT_DOCX, form, CT_DOCX)]
    eml = kit7.apple_mail(m, rng)
    return m, eml, dict(
        kind="summary", family="forms", client="Apple Mail (macOS)",
        fields=fields(partner="基隆雨都數位行銷有限公司", client="基隆七堵德豐冷凍設備股份有限公司", quota=200, pushed_count=118,
                      service_start="2025-10-01", service_end="2026-09-30"),
        accept={"partner": ["雨都數位", "基隆雨都数位行销有限公司", "雨都数位"],
                "client": ["德豐冷凍", "基隆七堵德丰冷冻设备股份有限公司", "德丰冷冻"]},
        renewal=True,
        source_text={"quota": ["合約保證商機數 200"], "pushed_count": ["已推送商機數 118"], "service_start": ["2025年10月1日"],
                     "service_end": ["2026年9月30日"]},
        notes="Apple Mail (UTF-8 quoted-printable, RFC 2231 file name) with a traditional-script .docx summary form: counts "
              "as bare numbers in their own cells, the period '2025年10月1日起至2026年9月30日止' in one cell, the trigger and "
              "renewal as ticked boxes ('☑ 服務期達70%', '☑ 續約'); time trigger only (86 %, 59 % of the leads).")


# ==========================================================================
# family: short names only
# ==========================================================================

@entry
def S1():
    rng = R("S1")
    d = dt(2026, 8, 18, 17, 2, 31)
    m = dict(from_name="何建平", addr="hejianping@gz-qihang.com", date=d, subject="嘉陵丝机 不计入申请",
             host=host_of(rng, "own", "mail.gz-qihang.com"))
    m["blocks"] = ["嘉陵丝机今天下午2点15推的那条SJ20260818-0263，客户4点40打电话说不想要，理由是对方只买一台小络筒机，量太小不划算。"
                   "能不能按不计入处理？通话录音附上。\n\n启航网络 老何"]
    m["atts"] = [Att("通话录音0818.amr", "audio/amr", amr(rng, 33), "audio/amr")]
    eml = kit7.android(m, rng)
    return m, eml, dict(
        kind="appeal", family="short_names", client="phone mail app (8bit GBK)", malformed=True,
        fields=fields(partner="启航网络", client="嘉陵丝机", lead_ids=["SJ20260818-0263"], pushed_at=iso(2026, 8, 18, 14, 15),
                      objected_at=iso(2026, 8, 18, 16, 40)),
        accept={},
        source_text={"pushed_at": ["今天下午2点15"], "objected_at": ["客户4点40", "今天下午"]},
        notes="Phone mail app (8bit GBK text, raw 8-bit GBK file name: malformed); no greeting, no labels; partner and "
              "client only as short names (the partner in the signature); '4点40' inherits the 下午 of the earlier time "
              "(16:40); the client's reason (an order too small) matches no criterion: reason_code null and missing; AMR "
              "recording.")


@entry
def S2():
    rng = R("S2")
    d = dt(2026, 9, 1, 11, 18, 9)
    m = dict(from_name="常丽", addr="changli_yk@163.com", date=d, subject="〔辽渤网络〕辽南液压 商机汇总", host=host_of(rng, "163"))
    m["blocks"] = ["总部好：\n辽南液压合同120条，已推75条，过六成了。服务期2026-03-01~2027-02-28。\n"
                   "客户反馈液压油缸的询盘比较准，液压站的少一些，希望多推液压站。续费要等年底做预算再说。\n常丽"]
    eml = kit7.coremail(m, rng, "163")
    return m, eml, dict(
        kind="summary", family="short_names", client="163 webmail (Coremail)",
        fields=fields(partner="辽渤网络", client="辽南液压", quota=120, pushed_count=75, service_start="2026-03-01",
                      service_end="2027-02-28"),
        accept={},
        renewal=None,
        source_text={"quota": ["合同120条"], "pushed_count": ["已推75条"], "service_start": ["2026-03-01"],
                     "service_end": ["2027-02-28"]},
        notes="163 webmail (GBK); the partner only as the short name in the subject's '〔…〕' prefix (tortoise-shell "
              "brackets), the client only by its short name; the period joined by an ASCII tilde; lead trigger only "
              "(62.5 %, 50 % of the period); renewal undecided; '六成' is a distractor.")


@entry
def S3():
    rng = R("S3")
    d = dt(2026, 7, 6, 15, 33, 40)
    m = dict(from_name="保丽萍", addr="baoliping@zhuyuan-qj.com", date=d, subject="宏晟管材 商机调整",
             host=host_of(rng, "own", "mail.zhuyuan-qj.com"))
    m["blocks"] = ["总部老师您好，我是珠源商务的保丽萍。\n宏晟管材最近推的5条，客户说有2条是问PE管材成品的，他们只做管材挤出生产线。"
                   "麻烦把“PE管材”加到不做产品里，关键词加上“PE管材挤出机”“PVC管材生产线”。\n谢谢！"]
    eml = kit7.foxmail(m, rng, "GBK")
    return m, eml, dict(
        kind="adjustment", family="short_names", client="Foxmail 7.2 (GBK)",
        fields=fields(partner="珠源商务", client="宏晟管材", lead_count=5),
        accept={},
        extra={"keywords_add": ["PE管材挤出机", "PVC管材生产线"], "keywords_remove": [], "excluded_products": ["PE管材"],
               "audience": []},
        source_text={"lead_count": ["最近推的5条"]},
        notes="Foxmail (GBK); the partner named only in the writer's self-introduction ('我是珠源商务的保丽萍'), no "
              "signature; the client by a short name; the count only ('最近推的5条'), no ids; '2条' is a distractor.")


@entry
def S4():
    rng = R("S4")
    d = dt(2026, 9, 24, 19, 5, 22)
    m = dict(from_name="乌兰", addr="wulan@hongshan-hd.com", date=d, subject="北疆选矿 2609240152", host=host_of(rng, "exmail"))
    m["blocks"] = ["总部：\n北疆选矿  推送 9/24 11:30  反馈 9/24 17:50\n编号 2609240152\n"
                   "情况：对方说是选矿厂的，客户一聊发现是做破碎机的同行，来打听球磨机衬板价格。申请不计入。录音在客户手机上，明天导出来补发。\n\n"
                   "红山汇达 乌兰\n\n发自我的iPhone"]
    eml = kit7.iphone(m, rng)
    return m, eml, dict(
        kind="appeal", family="short_names", client="iPhone Mail",
        fields=fields(partner="红山汇达", client="北疆选矿", lead_ids=["2609240152"], pushed_at=iso(2026, 9, 24, 11, 30),
                      objected_at=iso(2026, 9, 24, 17, 50), reason_code=1),
        accept={},
        source_text={"pushed_at": ["9/24 11:30"], "objected_at": ["9/24 17:50"], "reason_code": ["做破碎机的同行"]},
        notes="iPhone Mail (UTF-8 quoted-printable, text only); short names only (the partner in the signature); "
              "year-less month/day with a slash ('9/24 11:30'); code 1 (a competitor) but the recording is promised for "
              "later: no evidence attached, so 'evidence' is missing.")


@entry
def S5():
    rng = R("S5")
    d = dt(2026, 9, 25, 10, 41, 57)
    m = dict(from_name="白海燕", addr="baihaiyan@yanhe-dm.com", date=d, subject="秦北矿机 服务期过七成", host=host_of(rng, "exmail"))
    m["blocks"] = ["总部好，\n秦北矿机服务期过七成了，汇报一下：合同150条，推送刚过一半，服务期2026.1.1—2026.12.31。\n"
                   "客户对刮板机、破碎机的询盘满意，想续费，但希望明年多推陕北、内蒙的客户。\n\n延河数字 白海燕"]
    eml = kit7.tencent(m, rng, wecom=True)
    return m, eml, dict(
        kind="summary", family="short_names", client="WeCom / Tencent Exmail",
        fields=fields(partner="延河数字", client="秦北矿机", quota=150, service_start="2026-01-01", service_end="2026-12-31"),
        accept={},
        renewal=True,
        source_text={"quota": ["合同150条"], "service_start": ["2026.1.1"], "service_end": ["2026.12.31"]},
        notes="WeCom / Exmail (UTF-8 base64); short names only; the pushed count is given only as '推送刚过一半' (no number): "
              "pushed_count null and missing; time trigger (73 % of the period); '七成' is a distractor.")


# ==========================================================================
# family: ordinary clean requests
# ==========================================================================

@entry
def C1():
    rng = R("C1")
    d = dt(2026, 7, 7, 11, 20, 15)
    m = dict(from_name="文博", addr="wenbo@kczh-mianyang.com", date=d, subject="商机申诉 金鼎空压 SJ20260707-0052",
             host=host_of(rng, "aliyun"))
    m["blocks"] = [
        "总部您好:\n\n合作商: 绵阳科城智汇企业服务有限公司\n付费客户: 绵阳安州金鼎空压机制造有限公司\n商机编号: SJ20260707-0052\n"
        "推送时间: 2026-07-07 08:35:42\n反馈时间: 2026-07-07 10:50\n申诉理由: 需求者只留了微信，微信无法添加（提示对方已关闭搜索）。\n"
        "证据: 截图2张\n\n文博\n科城智汇"]
    m["atts"] = [Att("微信添加失败.png", "image/png", png(rng, style="search"), "image/png"),
                 Att("搜索结果.png", "image/png", png(rng, rows=3, style="list"), "image/png")]
    eml = kit7.alimail(m, rng)
    return m, eml, dict(
        kind="appeal", family="clean", client="Alibaba enterprise mailbox (web; approximated)",
        fields=fields(partner="绵阳科城智汇企业服务有限公司", client="绵阳安州金鼎空压机制造有限公司", lead_ids=["SJ20260707-0052"],
                      pushed_at="2026-07-07T08:35:42+08:00", objected_at=iso(2026, 7, 7, 10, 50), reason_code=2),
        accept={"partner": ["科城智汇"], "client": ["金鼎空压"]},
        source_text={"pushed_at": ["2026-07-07 08:35:42"], "objected_at": ["2026-07-07 10:50"], "reason_code": ["微信无法添加"]},
        notes="Alibaba enterprise mailbox (UTF-8 base64 text + HTML); a clean labelled appeal with ASCII colons; the push "
              "time copied from the system with seconds ('08:35:42', kept); code 2 in words; two PNG screenshots.")


@entry
def C2():
    rng = R("C2")
    d = dt(2026, 8, 31, 9, 12, 44)
    ids = ["32608015", "32608047", "32608093", "32608112", "32608158", "32608201", "32608236", "32608274", "32608309",
           "32608355"]
    ver = ["精准", "精准 缫丝机", "不精准 问蚕茧收购", "精准", "精准 络筒机配件", "不精准 服装厂找面料", "精准", "精准 并丝机",
           "不精准 问丝绸围巾批发", "精准"]
    own = "<tencent_5E2A90C4B17D3F68A0E9C215D47B86F03A1C9E27@qq.com>"
    m = dict(from_name="何建平", addr="2846017359@qq.com", date=d, subject="回复：嘉陵丝机商机反馈", host=host_of(rng, "qq"))
    m["irt"] = own
    m["refs"] = [own]
    qhead = ('发件人: "何建平"<2846017359@qq.com>;\n发送时间: 2026年8月28日(星期五) 下午4:12\n收件人: "dor"<dor@ptg139.com>;\n'
             "主题: 嘉陵丝机商机反馈")
    qbody = "总部好，嘉陵丝机8月份的商机反馈见下，请调整。\n何建平"
    m["blocks"] = [
        "总部好：\n\n上周五发的邮件忘了贴明细，这里补上，以这封为准。\n\n嘉陵丝机8月份的10条商机客户反馈：\n"
        + "\n".join(f"{ids[i]} {ver[i]}" for i in range(10)) + "\n\n"
        "调整建议：不做产品增加“蚕茧”“丝绸成品”；关键词增加“自动缫丝机”“并丝机”；针对人群以缫丝厂、纺织厂为主。\n\n"
        "合作商：南充果州启航网络科技有限公司\n客户：南充嘉陵丝绸机械制造有限公司\n何建平\n",
        Quote("\n------------------ 原始邮件 ------------------\n" + qhead + "\n\n" + qbody, qhead, qbody)]
    eml = kit7.tencent(m, rng)
    return m, eml, dict(
        kind="adjustment", family="clean", client="QQ Mail",
        fields=fields(partner="南充果州启航网络科技有限公司", client="南充嘉陵丝绸机械制造有限公司", lead_ids=ids, lead_count=10),
        accept={"client": ["嘉陵丝机"]},
        extra={"keywords_add": ["自动缫丝机", "并丝机"], "keywords_remove": [], "excluded_products": ["蚕茧", "丝绸成品"],
               "audience": ["缫丝厂", "纺织厂"]},
        source_text={"lead_count": ["8月份的10条商机"]},
        notes="QQ Mail '回复：' to the partner's own earlier mail to HQ (In-Reply-To / References point at its qq.com "
              "Message-ID, not @ptg139.com): judged by content, a clean adjustment with ten 8-digit ids and verdicts; the "
              "quoted own mail adds nothing; '上周五', '下午4:12' and '8月份' are distractors.")


@entry
def C3():
    rng = R("C3")
    d = dt(2026, 10, 15, 9, 5, 30)
    m = dict(from_name="包文华", addr="baowenhua@hongshan-hd.com", date=d, subject="转发: 牧野草机汇总",
             host=host_of(rng, "own", "mail.hongshan-hd.com"))
    qhead = "发件人: 乌兰 <wulan@hongshan-hd.com>\n发送时间: 2026年10月14日 17:20\n收件人: 包文华 <baowenhua@hongshan-hd.com>\n主题: 牧野草机汇总"
    qbody = ("文华：\n牧野草机的汇总我整理好了：\n合作商：赤峰红山汇达信息服务有限公司\n客户：赤峰松山牧野饲草机械有限公司\n"
             "合同商机数：90条\n已推送：58条\n服务期：2025年12月1日至2026年11月30日\n"
             "分析：打捆机询盘质量高，割草机询盘一般；有几条是问饲草收购的，不对口。\n方案：增加“圆捆打捆机”“搂草机”，排除“饲草收购”。\n"
             "续费：客户倾向续费。\n乌兰")
    m["blocks"] = ["总部好，转发同事整理的牧野草机商机汇总反馈，请查收。\n\n包文华\n赤峰红山汇达信息服务有限公司\n",
                   Quote("\n" + qhead + "\n\n" + qbody, qhead, qbody)]
    eml = kit7.outlook(m, rng, "zh-CN")
    return m, eml, dict(
        kind="summary", family="clean", client="Outlook 16 (zh-CN)",
        fields=fields(partner="赤峰红山汇达信息服务有限公司", client="赤峰松山牧野饲草机械有限公司", quota=90, pushed_count=58,
                      service_start="2025-12-01", service_end="2026-11-30"),
        accept={"client": ["牧野草机"]},
        renewal=True,
        source_text={"quota": ["合同商机数：90条"], "pushed_count": ["已推送：58条"], "service_start": ["2025年12月1日"],
                     "service_end": ["2026年11月30日"]},
        notes="Outlook zh-CN '转发:' of a colleague's mail inside the partner: the forwarded part carries the whole summary; "
              "no thread headers, judged by content; both triggers (64 %, 87 % of the period); '17:20' (the colleague's "
              "send time) and '有几条' are distractors.")


@entry
def C4():
    rng = R("C4")
    d = dt(2026, 8, 26, 14, 16, 8)
    m = dict(from_name="段晓东", addr="duanxd_dali@163.com", date=d, subject="商机申诉：洱海茶机 XP-2608-0950", host=host_of(rng, "163"))
    m["blocks"] = [
        "总部老师好：\n\n合作商：大理苍洱信息科技有限公司\n付费客户：大理下关洱海茶叶机械有限公司\n商机编号：XP-2608-0950\n"
        "推送时间：2026年8月26日 09:15\n客户反馈时间：2026年8月26日 11:40\n申诉理由：所需产品不符合客户行业（第4条）\n"
        "情况说明：需求者要找的是茶园托管和采茶劳务服务，客户是茶叶机械制造厂，不提供此类服务。询盘截图见附件。\n\n段晓东\n苍洱信息 客户部"]
    m["atts"] = [Att("询盘详情截图（XP-2608-0950）洱海茶机.jpg", "image/jpeg", jpg(rng, rows=4, style="list"), "image/jpeg")]
    eml = mailmaster(m, rng)
    return m, eml, dict(
        kind="appeal", family="clean", client="NetEase Mail Master (iOS; approximated)",
        fields=fields(partner="大理苍洱信息科技有限公司", client="大理下关洱海茶叶机械有限公司", lead_ids=["XP-2608-0950"],
                      pushed_at=iso(2026, 8, 26, 9, 15), objected_at=iso(2026, 8, 26, 11, 40), reason_code=4),
        accept={"partner": ["苍洱信息"], "client": ["洱海茶机"]},
        source_text={"pushed_at": ["2026年8月26日 09:15"], "objected_at": ["2026年8月26日 11:40"],
                     "reason_code": ["所需产品不符合客户行业"]},
        notes="NetEase Mail Master (UTF-8 base64 text + HTML; the long Chinese file name as an RFC 2047 word in name= and "
              "RFC 2231 continuations filename*0*= / filename*1*=…); a clean labelled appeal, code 4 in the seed's words; "
              "the id inside the file name is not a second id; JPEG screenshot.")


# ==========================================================================
# family: corrections in a thread (replies)
# ==========================================================================

def hq_ack(case, kind_cn, lines):
    return f"您好：\n\n您提交的{kind_cn}已受理，案件号 {case}。\n" + "\n".join(lines) + "\n\n总部商机服务"


@entry
def R1():
    rng = R("R1")
    d = dt(2026, 7, 22, 8, 14, 50)
    m = dict(from_name="林怡君", addr="yichun.lin@yudu-digital.com.tw", date=d, subject="Re: 【DOR#SS-2026-000812】商機申訴已受理",
             host=host_of(rng, "own", "mail.yudu-digital.com.tw"))
    m["irt"] = "<ack.SS-2026-000812@ptg139.com>"
    m["refs"] = ["<ack.SS-2026-000812@ptg139.com>"]
    qbody = hq_ack("SS-2026-000812", "商机申诉", ["合作商：基隆雨都數位行銷有限公司", "客户：基隆七堵德豐冷凍設備股份有限公司",
                                              "推送时间：2026-07-21 09:50", "客户反馈时间：2026-07-21 15:10"])
    m["blocks"] = ["不好意思，推送時間寫錯了，正確是7月21日早上八點五十，不是九點五十。其他資料不變。\n\n怡君\n\n從我的 iPhone 傳送\n",
                   Quote("\n> 2026年7月21日 17:02，總部商機服務 <dor@ptg139.com> 寫道：\n>\n" + quote_gt(qbody), "", qbody)]
    eml = kit7.iphone(m, rng)
    return m, eml, dict(
        kind="reply", family="thread", client="iPhone Mail",
        fields=fields(pushed_at=iso(2026, 7, 21, 8, 50)), accept={},
        source_text={"pushed_at": ["7月21日早上八點五十"]},
        notes="iPhone Mail 'Re: 【DOR#SS-2026-000812】' (full-width brackets around an ASCII tag) with In-Reply-To / "
              "References; traditional script; the new text corrects the push time to '7月21日早上八點五十' (08:50; "
              "'九點五十' is the old value); the quoted HQ acknowledgement (partner, client, times) is ignored.")


@entry
def R2():
    rng = R("R2")
    d = dt(2026, 9, 4, 9, 30, 12)
    m = dict(from_name="邓雨婷", addr="dengyuting@kczh-mianyang.com", date=d, subject="答复: 商机申诉已受理 [DOR#SS-2026-000826]",
             host=host_of(rng, "own", "mail.kczh-mianyang.com"))
    m["irt"] = "<ack.SS-2026-000826@ptg139.com>"
    m["refs"] = ["<ack.SS-2026-000826@ptg139.com>"]
    new = ("总部好：\n\n申请表里客户全称写错了，应为“绵阳游仙富乐数控刀具有限公司”，我们误写成了“绵阳富乐刀具有限公司”，请更正。\n\n"
           "邓雨婷\n科城智汇\n")
    qhead = ("发件人: 总部商机服务 <dor@ptg139.com>\n发送时间: 2026年9月3日 18:02\n收件人: 邓雨婷 <dengyuting@kczh-mianyang.com>\n"
             "主题: 商机申诉已受理 [DOR#SS-2026-000826]")
    qbody = hq_ack("SS-2026-000826", "商机申诉", ["合作商：绵阳科城智汇企业服务有限公司", "付费客户：绵阳富乐刀具有限公司",
                                              "商机编号：2609030118"])
    m["blocks"] = [new, Quote("\n" + qhead + "\n\n" + qbody, qhead, qbody)]
    eml = kit7.outlook(m, rng, "zh-CN")
    return m, eml, dict(
        kind="reply", family="thread", client="Outlook 16 (zh-CN)",
        fields=fields(client="绵阳游仙富乐数控刀具有限公司"), accept={},
        source_text={},
        notes="Outlook '答复:' with the tag at the end of the subject ('[DOR#SS-2026-000826]') plus In-Reply-To / "
              "References; the new text corrects the client's full name (the old name it quotes, and the quoted HQ text "
              "with partner, old client and id, are not data).")


@entry
def R3():
    rng = R("R3")
    d = dt(2026, 10, 9, 14, 30, 26)
    m = dict(from_name="包文华", addr="baowenhua_cf@163.com", date=d, subject="转发: [DOR#SS-2026-000833] 商机汇总反馈已受理",
             host=host_of(rng, "163"))
    qhead = ('-------- 转发邮件信息 --------\n发件人："总部商机服务" <dor@ptg139.com>\n发送日期：2026-10-08 10:12:05\n'
             '收件人："包文华" <baowenhua_cf@163.com>\n主题：[DOR#SS-2026-000833] 商机汇总反馈已受理')
    qbody = hq_ack("SS-2026-000833", "商机汇总反馈", ["合作商：赤峰红山汇达信息服务有限公司", "客户：赤峰元宝山北疆选矿设备有限公司",
                                                "合同商机数：100条", "已推送：78条", "服务期：2026-01-10 至 2027-01-09"])
    m["blocks"] = ["总部好，下面这封受理通知里的已推送数我们报错了，实际截至9月30日是八十八条，不是七十八条，麻烦改一下。\n包文华\n",
                   Quote("\n\n" + qhead + "\n\n" + qbody, qhead, qbody)]
    eml = kit7.coremail(m, rng, "163")
    return m, eml, dict(
        kind="reply", family="thread", client="163 webmail (Coremail)",
        fields=fields(pushed_count=88), accept={},
        source_text={"pushed_count": ["是八十八条"]},
        notes="163 webmail forwarding HQ's acknowledgement back ('转发: [DOR#SS-2026-000833]', no In-Reply-To / "
              "References): a reply by its tag (case_ref set, no thread_case_ref); the new text corrects the pushed count "
              "to '八十八条' (88; '七十八条' is the old value, '9月30日' a distractor); the forwarded HQ text is ignored.")


@entry
def R4():
    rng = R("R4")
    d = dt(2026, 9, 11, 10, 48, 19)
    m = dict(from_name="蒲晓燕", addr="puxiaoyan@gz-qihang.com", date=d, subject="Re: 商机汇总反馈已受理",
             host=host_of(rng, "own", "mail.gz-qihang.com"))
    m["irt"] = "<ack.SS-2026-000839@ptg139.com>"
    qbody = hq_ack("SS-2026-000839", "商机汇总反馈", ["合作商：南充果州启航网络科技有限公司", "客户：南充嘉陵丝绸机械制造有限公司",
                                                "合同商机数：150条", "已推送：96条", "服务期：2026-02-01 至 2027-01-31"])
    qhead = "From: 总部商机服务\nDate: 2026-09-09 15:41\nTo: 蒲晓燕\nSubject: [DOR#SS-2026-000839] 商机汇总反馈已受理"
    m["blocks"] = ["总部老师：\n\n服务期开始日期应为2026年2月16日（合同盖章日），不是2月1日，结束日期不变。抱歉！\n\n蒲晓燕\n",
                   Quote("\n\n" + qhead + "\n\n" + qbody, qhead, qbody)]
    eml = kit7.foxmail(m, rng)
    return m, eml, dict(
        kind="reply", family="thread", client="Foxmail 7.2",
        fields=fields(service_start="2026-02-16"), accept={},
        source_text={"service_start": ["应为2026年2月16日"]},
        notes="Foxmail 'Re:' whose subject lost the tag and whose only thread header is In-Reply-To "
              "<ack.SS-2026-000839@ptg139.com> (no References): case_ref null, thread_case_ref set; the new text corrects "
              "the service start to 2026-02-16 ('2月1日' is the old value); the quoted HQ header and text are ignored.")


@entry
def R5():
    rng = R("R5")
    d = dt(2026, 8, 14, 16, 2, 3)
    m = dict(from_name="常丽", addr="changli@liaobo-net.com", date=d, subject="回复：DOR＃SS-2026-000847 商机调整已受理",
             host=host_of(rng, "exmail"))
    m["irt"] = "<ack.SS-2026-000847@ptg139.com>"
    m["refs"] = ["<ack.SS-2026-000847@ptg139.com>"]
    qhead = ('发件人: "总部商机服务"<dor@ptg139.com>;\n发送时间: 2026年8月13日(星期四) 上午11:20\n收件人: "常丽"<changli@liaobo-net.com>;\n'
             "主题: DOR#SS-2026-000847 商机调整已受理")
    qbody = hq_ack("SS-2026-000847", "商机调整", ["客户：营口西市辽南液压件有限公司", "商机：SJ20260812-0121、SJ20260812-0139 等5条"])
    m["blocks"] = ["总部好，5条里第3条的编号抄错了，应为SJ20260812-0193（原来写的是0139），麻烦更正。\n常丽\n",
                   Quote("\n------------------ 原始邮件 ------------------\n" + qhead + "\n\n" + qbody, qhead, qbody)]
    eml = kit7.tencent(m, rng, wecom=True)
    return m, eml, dict(
        kind="reply", family="thread", client="WeCom / Tencent Exmail",
        fields=fields(lead_ids=["SJ20260812-0193"]), accept={},
        source_text={},
        notes="WeCom '回复：DOR＃SS-2026-000847' (only the number sign full-width; NFKC gives the tag) plus In-Reply-To / "
              "References; the new text corrects one lead id to SJ20260812-0193 ('0139' is the old suffix); '第3条' "
              "is the third lead of the list, not a criterion (no reason); the quoted HQ ids are ignored.")


# ==========================================================================
# family: mail that is not a request (unknown, with a topic)
# ==========================================================================

@entry
def U1():
    rng = R("U1")
    d = dt(2026, 6, 29, 13, 47, 5)
    m = dict(from_name="鄭雅婷", addr="yating.cheng@nanguo-info.com.tw", date=d, subject="請教：申訴書需要蓋章嗎？",
             host=host_of(rng, "yahoo"))
    m["blocks"] = [
        "總部您好：\n\n想請教幾個流程上的問題：\n1. 商機申訴書一定要客戶蓋公司章嗎？手機拍照或掃描成PDF可以嗎？\n"
        "2. 同一個需求者在同一天重複留言兩次，系統推播了兩筆，客戶只想算一筆，這種情況要走申訴，還是總部會自動合併？\n"
        "3. 申訴的48個工作小時，遇到颱風停班停課的日子要怎麼算？\n\n麻煩撥空回覆，謝謝！\n\n鄭雅婷\n南國資訊"]
    eml = kit7.yahoo(m, rng)
    return m, eml, dict(
        kind="unknown", family="non_request", topic="question", client="Yahoo Mail (Taiwan, web)",
        fields=fields(), accept={}, source_text={},
        notes="Yahoo Mail Taiwan (UTF-8 quoted-printable): a known partner asks three questions about the process (seal on "
              "the form, duplicate inquiries, typhoon days and the 48 working hours) - nothing is requested: unknown "
              "(question); '兩筆', '一筆', '48個工作小時' are not fields.")


@entry
def U2():
    rng = R("U2")
    d = dt(2026, 10, 19, 10, 31, 46)
    m = dict(from_name="保丽萍", addr="baoliping_qj@163.com", date=d, subject="新客户资料：马龙云岭冷链 关键词列表+商机下单表",
             host=host_of(rng, "163"))
    m["blocks"] = [
        "总部各位老师好：\n\n新签客户曲靖马龙区云岭冷链设备有限公司，合同60条，计划11月1日开始推广。客户确认过的关键词列表（Excel）和"
        "商机下单表（Word）都在附件里，不做产品已在下单表里标明，请安排审核上线。\n\n珠源商务 保丽萍"]
    kw = {"A1": "关键词列表（客户已确认）", "A2": "序号", "B2": "关键词", "C2": "备注"}
    for i, (k, note) in enumerate([("冷库板", "主推"), ("冷库门", ""), ("冷链保温车厢", ""), ("速冻库工程", "主推"),
                                   ("气调保鲜库", "新增"), ("冷库制冷机组", "")]):
        kw[f"A{i + 3}"] = i + 1
        kw[f"B{i + 3}"] = k
        if note:
            kw[f"C{i + 3}"] = note
    sheet = xlsx_book("保丽萍", "2026-10-18T09:00:00Z", [("关键词", kw, ["A1:C1"], {"A": 8, "B": 22, "C": 10})])
    order = docx_form("保丽萍", "2026-10-18T09:10:00Z", "商机下单表",
                      [["客户名称", "曲靖马龙区云岭冷链设备有限公司"], ["主营产品", "冷库板、冷库门、速冻库工程"],
                       ["不做产品", "家用冰箱、冷柜零售"], ["针对人群", "食品厂、农产品合作社、物流公司"], ["合同商机数", "60条"],
                       ["服务期", "2026年11月1日起一年"]])
    m["atts"] = [Att("云岭冷链关键词列表.xlsx", CT_XLSX, sheet, CT_XLSX),
                 Att("云岭冷链商机下单表.docx", "application/msword", order, CT_DOCX)]
    eml = kit7.coremail(m, rng, "163")
    return m, eml, dict(
        kind="unknown", family="non_request", topic="onboarding", client="163 webmail (Coremail)",
        fields=fields(), accept={}, source_text={},
        notes="163 webmail (GBK): a new client's confirmed keyword list (.xlsx) and 商机下单表 (.docx declared "
              "application/msword, the old Word type) before promotion starts - not a request: unknown (onboarding); the "
              "client, '60条' and the start date are named but no fields; both attachments have role form.")


@entry
def U3():
    rng = R("U3")
    d = dt(2026, 10, 10, 9, 58, 12)
    m = dict(from_name="启航网络 财务 罗会计", addr="caiwu@gz-qihang.com", date=d, subject="三季度服务费改开增值税专用发票的申请",
             host=host_of(rng, "own", "mail.gz-qihang.com"))
    m["blocks"] = [
        "总部财务部老师：\n\n我司三季度的服务费发票（¥36,500.00）之前开的是普通发票，因年审需要，麻烦作废后改开增值税专用发票，"
        "原发票已按要求退回。开票信息见附件文本，谢谢！\n\n南充果州启航网络科技有限公司 财务部\n罗会计 0817-2291 066"]
    info = crlf("名称：南充果州启航网络科技有限公司\n纳税人识别号：91511302MA6C7Q2L4X\n地址：南充市顺庆区滨江中路188号\n"
                "电话：0817-2291066\n开户行：中国工商银行南充顺庆支行\n账号：2313 0250 0920 0157 316\n").encode("gbk")
    m["atts"] = [Att("开票信息.txt", "text/plain", info, "text/plain")]
    eml = kit7.foxmail(m, rng)
    return m, eml, dict(
        kind="unknown", family="non_request", topic="invoice", client="Foxmail 7.2",
        fields=fields(), accept={}, source_text={},
        notes="Foxmail (gb2312): the partner's finance asks to reissue a quarter's invoice as a VAT special invoice - "
              "unknown (invoice); the company name, tax id, bank account and amount are not fields; a GBK text file "
              "attachment '开票信息.txt' (declared text/plain; role other, sniffed as text).")


ICS8 = ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:REQUEST\n"
        "BEGIN:VEVENT\nDTSTART:20261203T060000Z\nDTEND:20261203T073000Z\nDTSTAMP:20261118T020000Z\n"
        "ORGANIZER;CN=文博:mailto:wenbo@kczh-mianyang.com\n"
        "UID:{uid}@google.com\nATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=dor@ptg139.com;\n"
        " X-NUM-GUESTS=0:mailto:dor@ptg139.com\nCREATED:20261118T020000Z\n"
        "DESCRIPTION:议题：富乐刀具、金鼎空压年度合作复盘及明年续费计划\\n腾讯会议：612 480 337\n"
        "LAST-MODIFIED:20261118T020000Z\nLOCATION:腾讯会议\nSEQUENCE:0\nSTATUS:CONFIRMED\nSUMMARY:年度合作复盘会\n"
        "TRANSP:OPAQUE\nEND:VEVENT\nEND:VCALENDAR\n")


@entry
def U4():
    rng = R("U4")
    d = dt(2026, 11, 18, 10, 0, 21)
    m = dict(from_name="文博", addr="wenbo@kczh-mianyang.com", date=d,
             subject="邀请：年度合作复盘会 @ 2026年12月3日周四 14:00 - 15:30 (GMT+8) (dor@ptg139.com)",
             host=host_of(rng, "google"))
    m["blocks"] = ["您已受邀参加以下活动。\n\n年度合作复盘会\n时间\t2026年12月3日周四 14:00 – 15:30 中国标准时间 - 北京\n地点\t腾讯会议\n"
                   "日历\tdor@ptg139.com\n参与者\t文博 - 组织者, dor@ptg139.com\n\n议题：富乐刀具、金鼎空压年度合作复盘及明年续费计划\n"
                   "腾讯会议：612 480 337\n\n通过 Google 日历发出的邀请"]
    ics = crlf(ICS8.replace("{uid}", rs(rng, 26, LOWER))).encode("utf-8")
    eml = gmail_invite(m, rng, ics)
    return m, eml, dict(
        kind="unknown", family="non_request", topic="meeting", client="Google Calendar invitation (Gmail)",
        fields=fields(), accept={}, source_text={},
        notes="A Google Calendar invitation: text, HTML and a text/calendar method=REQUEST alternative (no file name), plus "
              "the same calendar as an attachment 'invite.ics' (declared application/ics; role other); sent by Google "
              "with the organizer in From - a review meeting about two clients: unknown (meeting); the times are not fields.")


@entry
def U5():
    rng = R("U5")
    d = dt(2026, 11, 2, 16, 12, 55)
    m = dict(from_name="延河数字 白海燕", addr="yanhe_kf@sohu.com", date=d, subject="客服邮箱变更通知（请更新白名单）",
             host=host_of(rng, "own", "smtp2-117.mail.sohu.com"))
    m["html"] = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=GBK"></head><body>'
        '<div style="font-size:14px;font-family:微软雅黑">总部各位老师：<br><br>'
        "我司客服对接邮箱自11月5日起由本邮箱（yanhe_kf@sohu.com）改为企业邮箱 kf@yanhe-dm.com，"
        "以后秦北矿机、果源分选两家客户的申诉、调整和汇总都从新邮箱发出。<br>"
        "麻烦把新邮箱加入合作商白名单，旧邮箱一个月后停用。<br><br>"
        "延安宝塔延河数字传媒有限公司<br>白海燕 0911-8236 145</div></body></html>")
    eml = kit7.html_only(m, rng, "GBK", "base64", "Sohu WebMail (approximated)", "generic")
    return m, eml, dict(
        kind="unknown", family="non_request", topic="account", client="Sohu webmail (HTML only, GBK; approximated)",
        fields=fields(), accept={}, source_text={},
        notes="Sohu webmail, one text/html part (GBK, base64): the partner moves its service mailbox and asks HQ to "
              "whitelist the new address - unknown (account); 申诉 / 调整 / 汇总, two clients and the partner's full name "
              "are named but nothing of the three kinds is requested.")


@entry
def U6():
    rng = R("U6")
    d = dt(2026, 10, 22, 17, 26, 40)
    m = dict(from_name="包文华", addr="baowenhua@hongshan-hd.com", date=d, subject="牧野草机已三周无推送，请总部核查",
             host=host_of(rng, "own", "mail.hongshan-hd.com"))
    m["blocks"] = [
        "总部：\n\n牧野草机从9月28日最后一条以后，到今天已经三个多星期没有推送任何商机了。10月12日我们在服务群里问过一次，"
        "到现在也没有人回复。客户很着急，问是不是推广停了，我们也没法解释。\n\n"
        "请总部尽快核查推广情况并给我们一个答复，这样的响应速度我们很难向客户交代。\n\n"
        "包文华\n赤峰红山汇达信息服务有限公司"]
    eml = kit7.outlook(m, rng, "zh-CN")
    return m, eml, dict(
        kind="unknown", family="non_request", topic="complaint", client="Outlook 16 (zh-CN)",
        fields=fields(), accept={}, source_text={},
        notes="Outlook zh-CN: the partner complains that a client has had no lead for three weeks and that the service "
              "group went unanswered - a frequency problem the seed asks partners to raise, but none of the three "
              "requests: unknown (complaint); the client, the partner's full name and the dates are not fields.")


@entry
def U7():
    rng = R("U7")
    d = dt(2026, 5, 12, 3, 15, 0)
    m = dict(from_name="TradeLink Asia", addr="marketing@tradelinkasia-b2b.com", date=d,
             subject="Boost your factory's export leads by 300% - 14-day free trial", host=host_of(rng, "own", "mta7.tradelinkasia-b2b.com"))
    m["html"] = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="background:#f4f6f8">'
        '<table width="600" align="center" style="font-family:Arial;font-size:14px;background:#fff"><tr><td>'
        "<h2>Dear Sales Manager,</h2><p>TradeLink Asia connects machinery manufacturers with <b>verified overseas "
        "buyers</b>. Our members receive on average 45 RFQs per month.</p><ul><li>Gold membership from USD 1,980 / year"
        "</li><li>Dedicated account manager</li><li>14-day free trial - no credit card needed</li></ul>"
        '<p><a href="https://www.tradelinkasia-b2b.com/trial">Start your free trial</a></p>'
        '<p style="color:#888;font-size:11px">You receive this email because your company is listed in a public '
        'directory. <a href="https://www.tradelinkasia-b2b.com/unsub">Unsubscribe</a></p></td></tr></table></body></html>')
    m["extra"] = ["List-Unsubscribe: <https://www.tradelinkasia-b2b.com/unsub?u=" + rs(rng, 16, LOWER) + ">",
                  "List-Unsubscribe-Post: List-Unsubscribe=One-Click"]
    eml = kit7.html_only(m, rng, "utf-8", "quoted-printable", "TLMailer 3.2", "generic")
    return m, eml, dict(
        kind="unknown", family="non_request", topic="pitch", client="bulk-mail service (HTML only, UTF-8)",
        fields=fields(), accept={}, source_text={},
        notes="A stranger's English marketing mail (one text/html part, UTF-8 quoted-printable) with List-Unsubscribe "
              "headers but no Precedence and no Auto-Submitted - by the samples' markers not automatic: unknown (pitch); "
              "'300%', '45 RFQs' and the price are not fields.")


@entry
def U8():
    rng = R("U8")
    d = dt(2026, 2, 13, 11, 6, 18)
    m = dict(from_name="乌兰", addr="2950736184@qq.com", date=d, subject="新春快乐！红山汇达给总部拜年", host=host_of(rng, "qq"))
    m["blocks"] = ["总部各位老师：\n\n马年将至，感谢一年来对我们的支持！我们2月14日到2月22日放假，节后2月23日正常上班，期间的商机申诉"
                   "我们会安排值班同事处理。附上一张电子贺卡，祝大家新春快乐、万事如意！\n\n赤峰红山汇达信息服务有限公司 乌兰 敬上"]
    m["atts"] = [Att("新春贺卡.gif", "image/gif", gif_card(rng), "image/gif")]
    eml = kit7.tencent(m, rng)
    return m, eml, dict(
        kind="unknown", family="non_request", topic="other", client="QQ Mail",
        fields=fields(), accept={}, source_text={},
        notes="QQ Mail (gb18030): Spring Festival greetings with the partner's holiday dates and a GIF e-card (role "
              "screenshot by file type, sniffed image/gif) - unknown (other); '商机申诉' and the dates appear but "
              "nothing is requested.")


# ==========================================================================
# family: automatic mail
# ==========================================================================

@entry
def A1():
    rng = R("A1")
    d = dt(2026, 8, 3, 9, 40, 3)
    m = dict(from_name="Mak Ka Yan", addr="kayan.mak@chunching-biz.hk", date=d, subject="Out of office until 10 Aug / 休假至8月10日",
             host=host_of(rng, "google"))
    m["irt"] = "<ack.SS-2026-000851@ptg139.com>"
    m["refs"] = ["<ack.SS-2026-000851@ptg139.com>"]
    m["extra"] = ["Auto-Submitted: auto-replied"]
    m["blocks"] = ["Thank you for your email. I am on annual leave and will be back on 10 August 2026.\n"
                   "For urgent matters about Hang Tat Kitchen or Cheung Kee Hardware, please contact my colleague Wong Tsz Hin "
                   "(tszhin.wong@chunching-biz.hk).\n\n多謝來信！本人休假至8月10日，急事請聯絡同事黃子軒。\n\n"
                   "Ka Yan\n沙田駿程商務顧問有限公司"]
    eml = kit7.gmail(m, rng)
    return m, eml, dict(
        kind="auto", family="auto", client="Gmail vacation responder",
        fields=fields(), accept={}, source_text={},
        notes="Gmail vacation responder: a custom subject without any '自动回复' / 'Automatic reply' prefix and no case tag, "
              "marked only by Auto-Submitted: auto-replied; In-Reply-To / References to HQ's acknowledgement - auto "
              "(case_ref null, thread_case_ref set); companies and a colleague are named: no fields, never answered.")


@entry
def A2():
    rng = R("A2")
    d = dt(2026, 10, 13, 10, 14, 13)
    host = "EXCH01.nanguo-info.com.tw"
    orig_date = d - timedelta(seconds=9)
    inner_body = base64.b64encode(crlf("鄭雅婷 您好：\n\n勝裕選別的商機申訴已判定：計入。\n\n總部商機服務\n").encode("utf-8")).decode()
    returned = crlf(
        "Received: from mx1.ptg139.com (203.0.113.25) by EXCH01.nanguo-info.com.tw (10.8.1.21) with Microsoft SMTP "
        f"Server id 15.2.1544.4; {rfcdate(orig_date)}\n"
        f"From: {ew_one(HQ_NAME, 'utf-8')} <dor@ptg139.com>\nTo: <yating.cheng@nanguo-info.com.tw>\n"
        f"Subject: {ew_one('[DOR#SS-2026-000858] 商機申訴判定結果', 'utf-8')}\nDate: {rfcdate(orig_date)}\n"
        "Message-ID: <verdict.SS-2026-000858@ptg139.com>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n"
        "Content-Transfer-Encoding: base64\n\n" + inner_body + "\n").encode("ascii")
    m = dict(from_name="", addr="postmaster@nanguo-info.com.tw", date=d, subject="無法傳遞: [DOR#SS-2026-000858] 商機申訴判定結果",
             host=(host, f"61.220.{rng.randint(1, 250)}.{rng.randint(1, 250)}"), exch=host,
             rcpt="yating.cheng@nanguo-info.com.tw", returned=returned)
    m["ip"] = m["host"][1]
    m["irt"] = "<verdict.SS-2026-000858@ptg139.com>"
    m["refs"] = ["<verdict.SS-2026-000858@ptg139.com>"]
    m["text"] = ("無法傳遞給下列收件者或群組：\n\nyating.cheng@nanguo-info.com.tw\n找不到您輸入的電子郵件地址。請檢查收件者的電子郵件地址，"
                 "然後再次嘗試傳送郵件。若問題持續發生，請連絡您的技術支援人員。\n\n給電子郵件管理員的診斷資訊：\n"
                 f"產生伺服器：{host}\nyating.cheng@nanguo-info.com.tw\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound'")
    eml = exchange_ndr(m, rng)
    return m, eml, dict(
        kind="auto", family="auto", client="Microsoft Exchange NDR (zh-TW)",
        fields=fields(), accept={}, source_text={},
        notes="An Exchange non-delivery report from postmaster (empty Return-Path, Auto-Submitted: auto-replied, "
              "multipart/report with text + HTML, message/delivery-status and the returned HQ verdict as an unnamed "
              "message/rfc822 part - no attachment); the subject '無法傳遞: [DOR#SS-2026-000858] …' keeps the tag "
              "(case_ref set) and In-Reply-To / References give thread_case_ref: auto, never answered.")


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
        built[fn.__name__] = (m, eml, lab)
    order = [fn.__name__ for fn in ENTRIES]
    random.Random(SEED).shuffle(order)
    return [(f"{i:03d}", k, built[k][1], kit7.label_of(k, built[k][0], built[k][2])) for i, k in enumerate(order, 1)]


README_HEAD = """# blind8 — 49 labelled partner mails for `maild parse`, by family of difficulty

A blind held-out set: written from `shared/spec/DOMAIN.md`, the seed process document
(`seed-139-lead-process.zh.txt`), `shared/samples/` (README, sNN.eml, sNN.expected.json), the
shared corpus tools (`layout.py`, `mimekit.py`, `rules.py`, `checkkit.py`) and blind7's generator
and checker, whose generic helpers (header encodings, mail-client builders, drawings, audio
containers, Word / Excel forms, the label assembler, the source-text parsers) it imports rather
than copies. Nobody looked at the parser, its tests or any other set's mails while writing it, and
nobody tuned the parser on it — nor is anybody to: it is an untouched measure of how well the
parser generalises. New fictitious partners and clients in 基隆, 屏东, 沙田, 元朗, 南充, 绵阳, 曲靖,
大理, 延安, 榆林, 赤峰 and 营口 (none of blind6's or blind7's cities), with new people, phrasings,
clients and id shapes; every person, phone number, tax id, lead id and case id is invented.

- `tests/mail/blind8/NNN.eml` — the message as delivered (CRLF, the receiving server's
  Return-Path / Delivered-To / Received on top, bytes written the way each client writes them).
- `tests/mail/blind8/NNN.expected.json` — the samples' keys (`kind`, `message_id`, `sender`,
  `subject`, `case_ref`, `fields`, `missing`, `attachments` with `detected_type` / `inline`,
  `notes`, `mail_client`, `accept`, `thread_case_ref`, `malformed`, `checks`, `extra`,
  `source_key`) plus `family` (below), `topic` for `unknown` mail (question, onboarding, invoice,
  meeting, account, complaint, pitch, other) and `source_text`: the literal strings a time, number,
  date, reason or id shorthand was read from (further strings, each literal too, are the context it
  inherits: the day of an earlier time, the 今天 / 下午 of the sentence, or the start of a period
  given as a length). `accept` is always present (`{}` when there is no alternative form).
- `tools/corpus/blind8/generate.py` — the deterministic generator (one `random.Random` per entry
  key, fixed zip and core.xml dates): `python -B tools/corpus/blind8/generate.py [--out DIR]`.
  It imports `tools/corpus/blind7/generate.py` for the generic machinery and adds only what is
  new (the texts and labels, an ADTS AAC recording, a GIF card, a Google Calendar invitation, an
  Exchange non-delivery report, the NetEase Mail Master app). Needs python-docx, openpyxl and
  Pillow; the committed bytes were made with Python 3.11.7, Pillow 13.0.0, python-docx 1.2.0 and
  openpyxl 3.1.5 (other Pillow / zlib versions may change image and zip bytes, and so sizes and
  SHA-256 in the labels).
- `tools/corpus/blind8/check.py` — `python -B tools/corpus/blind8/check.py [--no-regen] [DIR]`:
  parses every message with Python's `email` package (and a raw header walk, using blind7's
  checker's MIME walk), re-finds the attachments by the samples' rule and compares name, declared
  type, size, sha256, role and sniffed type, checks every labelled value and alias against the
  decoded text (traditional→simplified aliases by its own character table), re-derives every
  time, count, date, reason code and expanded id from `source_text` (blind7's parsers, extended
  for this set's forms), checks `missing`, `checks`, the summary trigger, the kind / family /
  topic counts, the charset / encoding / client coverage and this README, and regenerates the set
  byte for byte.

Compare as the samples' README says: kind, message_id, sender, subject, case_ref and attachments
exactly, `missing` as a set, fields exactly for appeal/adjustment/summary (NFKC; partner/client may
match an `accept` alias; times as instants); reply fields are the corrections the reply makes;
auto/unknown: no invented fields.

## Families

| family | what it exercises |
|---|---|
| `traditional` | Keelung, Pingtung and Sha Tin writers (Thunderbird writing Big5, Yahoo Mail TW, Big5-HKSCS Windows Live Mail, Gmail, Outlook zh-TW; written Cantonese mixed with English); ROC dates with slashes (`115/07/14`) and ROC years without 民國 (`115年3月1日`), Hong Kong day/month order (`15/7/2026`), times in traditional numerals (`下午兩點十分`); simplified forms in `accept` |
| `english` | English and mixed writers: `22-Jul-2026 10:40` behind dot leaders, an English range with a bare end (`XP-2608-3301 to 3305 (5 leads)`), `1 November 2025 to 31 October 2026`, `yesterday 4:20 pm` + `this morning 8:45`, a count as a word (`the last ten leads`), English reasons |
| `dates` | `昨晚` / `今早`, weekdays (`本周二上午10:40`), a period as a start and `为期半年`, two-digit years (`26年1月10日`), `次日` after an evening push |
| `numbers` | bare suffixes with their dash (`SJ20260721-0041、-0044、…`), financial numerals (`壹佰伍拾条`), dates and times wholly in Chinese numerals (`七月二十二日上午十点零五分`), a circled criterion (`第⑤条`), row numbers `No.1` beside ids, spoken `一百二条` (120) |
| `forms` | .docx / .xlsx: a '■' box among '□', dotted dates, date-time cells beside a numeric id cell, `☑精准 □不精准` pairs and the count in the form's title, a horizontal summary row, a traditional-script summary form with ticked trigger and renewal |
| `non_request` | mail that is none of the three requests → `unknown` with a `topic` |
| `thread` | replies that correct one field (push time, client name, pushed count, service start, one lead id): tag in 【】, at the end of the subject, in a forward of HQ's mail, only In-Reply-To, a full-width ＃ |
| `short_names` | partner and/or client only as short names: in the signature, in a `〔…〕` subject prefix, in the writer's self-introduction; with a missing reason, missing evidence, a missing pushed count |
| `clean` | ordinary requests (one forwarded inside the partner, one `回复：` to the partner's own earlier mail) |
| `auto` | a Gmail vacation reply marked only by Auto-Submitted and an Exchange non-delivery report |

## Labelling decisions a reader could make differently

- **Traditional script**: `partner` / `client` are the strings as written (基隆雨都數位行銷有限公司,
  沙田火炭恒達不銹鋼廚具設備有限公司); the character-by-character simplified forms and the short forms
  are in `accept`, even when the simplified form is not in the message. Written Cantonese is
  labelled like Mandarin.
- **ROC and short years**: `115/07/14` and `115年3月1日` are ROC dates (year + 1911 = 2026) even
  without 民國; `26年1月10日` is 2026-01-10.
- **Day/month order**: `15/7/2026` from a Hong Kong writer is 15 July (the first number cannot be a
  month); `9/24 11:30` without a year is month/day, the year from the Date header.
- **Relative days**: `昨晚` is the Date's day minus one, in the evening (p.m.); `今早` / `this morning`
  the Date's day, a.m.; `yesterday` is 昨天; `次日` is the day after the time written before it in the
  same mail; `本周二` / `周二` is the most recent Tuesday not after the Date header (Asia/Shanghai).
  A time without a day inherits the day and the 上午/下午 of the time before it (`今天下午2点15` …
  `4点40` is 16:40).
- **Seconds**: a time copied with seconds (`2026-07-07 08:35:42`) keeps them; otherwise :00.
- **Periods as a length**: `2026/4/1起，为期半年` ends six months later minus one day (2026-09-30).
- **Numbers**: `一百二条` is 120 (spoken Chinese drops the trailing 十), `壹佰伍拾条` 150, `玖拾陆条`
  96; `第⑤条` is criterion 5 (NFKC); list positions (`第3条的编号`, `No.1`, `1)`) are neither
  criteria nor ids.
- **Id shorthand** is expanded: after a full id, `、-0044` takes the full id's prefix
  (SJ20260721-0044); `XP-2608-3301 to 3305 (5 leads)` is the five ids when the stated count
  matches. Ids named inside a file name are not listed again.
- **Counts**: `lead_count` of an adjustment is the stated count (`共五条`, `the last ten leads`,
  `（5条）` in a form's title) or the number of ids; tallies (`seven were real buyers`, `有2条`) are
  not fields. A summary's `推送刚过一半` gives no pushed count (null, and missing).
- **Reasons**: an objection that matches no criterion (the order is too small) is `reason_code`
  null and missing; a code-1 appeal whose recording is only promised for later misses `evidence`.
- **Short names**: when only a short name is written (`启航网络`, `红山汇达`), it is the field, also
  when it is only in a `〔辽渤网络〕` subject prefix or in `我是珠源商务的保丽萍`; the sender's address
  and display name never name the partner.
- **Replies**: only the reply's own new text and attachments count; a correction gives the corrected
  value only (the old value it names and the quoted or forwarded HQ text are not data). A forward of
  HQ's mail whose subject keeps the tag is a reply (case_ref, no thread_case_ref); a reply whose only
  thread header is In-Reply-To is a reply through it (case_ref null, thread_case_ref set); a tag
  with only a full-width ＃ is the tag after NFKC. `accept` of a reply is `{}`.
- **Not requests**: a question about the process, an onboarding hand-over (keyword list, 商机下单表),
  an invoice re-issue, a Google Calendar invitation, a mailbox change, a complaint that a client has
  had no lead for three weeks, a stranger's marketing mail and holiday greetings are `unknown` with
  no fields, whatever they name. List-Unsubscribe headers alone do not make mail automatic. A
  `回复：` whose In-Reply-To points at the partner's own earlier mail is judged by its content.
- **Automatic**: a vacation reply whose only marker is `Auto-Submitted: auto-replied` (custom subject,
  no prefix) is `auto` and keeps thread_case_ref from its thread headers; an Exchange NDR from
  postmaster is `auto`, with case_ref from its subject and thread_case_ref from In-Reply-To; the
  returned message inside it is no attachment.
- **Attachments**: a GIF card is role `screenshot`, sniffed `image/gif`; `invite.ics` (declared
  `application/ics`) and a `.txt` are role `other`, sniffed `text/calendar` / `text/plain`; a
  .docx declared `application/msword` keeps that `content_type`; an ADTS `.aac` is `audio/aac`;
  the text/calendar alternative without a name is not an attachment.

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
