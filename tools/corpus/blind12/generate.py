#!/usr/bin/env python3
"""Deterministic generator of the blind12 evaluation set (49 labelled partner mails).

Run:  python -B tools/corpus/blind12/generate.py [--out DIR]
      (default: the set into tests/mail/blind12, README.md next to this file;
      with --out, everything into DIR and the checkout is untouched)

Written blind: from shared/spec/DOMAIN.md, the seed process document, shared/samples/
and the shared corpus tools only, never from the parser, its tests or another set's
mails.  The generic machinery (header encodings, the mail-client builders, drawings,
audio containers, Word / Excel forms, the label assembler) is imported from the
generators of blind7 .. blind11; this file holds what is new to blind12: its partners,
clients, people and texts, its labels, and the builders the five lack (Claws Mail with
GB18030 quoted-printable text and RFC 2231 names in GB18030, an HCL Notes out-of-office
reply, a Gmail delivery-status notification as multipart/report with thread headers).

Every partner, client, person, phone number, lead id and case id is fictitious.  One
random.Random per message (seeded from the entry key), fixed zip member dates and fixed
core.xml / PDF dates make a rerun byte-identical.  Needs python-docx, openpyxl, Pillow.
"""
from __future__ import annotations

import importlib.util
import json
import random
import sys
from datetime import date, timedelta
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
)


def _load(name, folder):
    """tools/corpus/<folder>/generate.py under its own module name (each imports blind7's as `generate`)."""
    spec = importlib.util.spec_from_file_location(name, HERE.parent / folder / "generate.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


kit11 = _load("blind11_generate", "blind11")
kit10 = kit11.kit10
kit8, kit9 = kit10.kit8, kit10.kit9

Att, Quote, Table = kit7.Att, kit7.Quote, kit7.Table
dt, iso, fields, host_of, rs = kit7.dt, kit7.iso, kit7.fields, kit7.host_of, kit7.rs
png, jpg, wav, m4a, amr = kit7.png, kit7.jpg, kit7.wav, kit7.m4a, kit7.amr
docx_form, xlsx_book, top, thread, mp = kit7.docx_form, kit7.xlsx_book, kit7.top, kit7.thread, kit7.mp
HEXL, HEXU, ALNUM, HQ, quote_gt = kit7.HEXL, kit7.HEXU, kit7.ALNUM, kit7.HQ, kit7.quote_gt

SET = "blind12"
SEED = "maild-blind12-2026"
HQ_NAME = "总部商机服务"


def R(key):
    return random.Random(f"{SEED}:{key}")


# --------------------------------------------------------------------------
# what blind7 .. blind11 lack: mail clients and automatic mail
# --------------------------------------------------------------------------

def claws(m, rng, charset="GB18030"):
    """Claws Mail 4 (approximated): text/plain quoted-printable in GB18030, B-encoded headers in the same
    charset, attachment names as an RFC 2047 word in name= and one RFC 2231 parameter in filename*=."""
    d = m["date"]
    codec = kit7.CODEC[charset]
    text = crlf(kit7.plain_of(m["blocks"], "  "))
    tpart = [f"Content-Type: text/plain; charset={charset}", "Content-Transfer-Encoding: quoted-printable"]
    tbody = qp(text.encode(codec)) + CRLF
    mid = f"<{d.strftime('%Y%m%d%H%M%S')}.{rs(rng, 8, HEXU)}@{m.get('pc', 'claws')}>"
    m["message_id"] = mid
    h = top(rng, m["addr"], *m["host"], d, 2)
    h += ["Date: " + rfcdate(d), kit7.from_header(m["from_name"], m["addr"], charset, quoted=False), "To: " + HQ,
          kit7.subj_header(m["subject"], charset), "Message-ID: " + mid] + thread(m)
    h += ["Organization: " + ew_one(m.get("org", ""), charset, codec)] if m.get("org") else []
    h += ["X-Mailer: Claws Mail 4.2.0 (GTK 3.24.41; x86_64-pc-linux-gnu)", "Mime-Version: 1.0"]
    if m.get("atts"):
        b = "MP_/" + rs(rng, 22, ALNUM)
        parts = [leaf(tpart + ["Content-Disposition: inline"], tbody)]
        for a in m["atts"]:
            w = ew_one(a.filename, charset, codec)
            p = kit7.rfc2231_params("filename", a.filename, charset, width=10 ** 4)[0]
            parts.append(leaf([f'Content-Type: {a.declared}; name="{w}"', "Content-Transfer-Encoding: base64",
                               f"Content-Disposition: attachment; {p}"], b64_body(a.data)))
        h += [f'Content-Type: multipart/mixed; boundary="{b}"']
        body = mp(b, parts)
    else:
        h += tpart
        body = tbody
    return header_block(h) + CRLF + body


def notes_oof(m, rng):
    """An HCL Notes / Domino out-of-office reply (approximated): the subject starts with '外出自动回复：'
    (not one of the usual prefixes), Auto-Submitted: auto-generated, gb2312 base64 text."""
    d = m["date"]
    mid = f"<OF{rs(rng, 8, HEXU)}.{rs(rng, 8, HEXU)}-ON{rs(rng, 8, HEXU)}.{rs(rng, 8, HEXU)}@{m['mx']}>"
    m["message_id"] = mid
    h = top(rng, m["addr"], *m["host"], d, 1)
    h += [kit7.subj_header(m["subject"], "gb2312"), kit7.from_header(m["from_name"], m["addr"], "gb2312"), "To: " + HQ,
          "Message-ID: " + mid, "Date: " + rfcdate(d)] + thread(m)
    h += ["Auto-Submitted: auto-generated", "X-Mailer: HCL Notes Release 12.0.2 FP1 June 08, 2023", "MIME-Version: 1.0",
          "Content-Type: text/plain; charset=\"GB2312\"", "Content-Transfer-Encoding: base64"]
    return header_block(h) + CRLF + b64_body(kit7.enc(crlf(m["text"]), "gb2312"))


def gmail_dsn(m, rng):
    """A Gmail 'Delivery Status Notification (Failure)': multipart/report with a text/plain and a text/html
    explanation, the message/delivery-status part and the returned headers as text/rfc822-headers;
    In-Reply-To / References point at HQ's message."""
    d = m["date"]
    b = f"{rs(rng, 28, HEXL)}"
    mid = f"<{rs(rng, 16, ALNUM)}.{rng.randint(10 ** 5, 10 ** 6 - 1)}@mx.google.com>"
    m["message_id"] = mid
    expl = crlf(m["text"])
    htm = crlf("<html><head></head><body><h2>" + kit7.esc("Address not found") + "</h2><p>"
               + kit7.esc(m["text"]).replace("\n", "<br>") + "</p></body></html>")
    status = crlf(f"Reporting-MTA: dns; googlemail.com\nArrival-Date: {rfcdate(d - timedelta(seconds=4))}\n\n"
                  f"Final-Recipient: rfc822; {m['rcpt']}\nAction: failed\nStatus: 5.1.1\n"
                  f"Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.\n"
                  f"Last-Attempt-Date: {rfcdate(d)}\n")
    alt_b = rs(rng, 28, HEXL)
    alt = mp(alt_b, [leaf(["Content-Type: text/plain; charset=\"UTF-8\"", "Content-Transfer-Encoding: 7bit"],
                          expl.encode("ascii")),
                     leaf(["Content-Type: text/html; charset=\"UTF-8\"", "Content-Transfer-Encoding: 7bit"],
                          htm.encode("ascii"))])
    parts = [leaf([f'Content-Type: multipart/alternative; boundary="{alt_b}"'], alt),
             leaf(["Content-Type: message/delivery-status"], status.encode("ascii")),
             leaf(["Content-Type: text/rfc822-headers"], crlf(m["returned"]).encode("ascii"))]
    h = top(rng, None, *m["host"], d, 1)
    h += ["Received: by 2002:a05:6a10:" + rs(rng, 4, HEXL) + " with SMTP id " + rs(rng, 14, ALNUM) + ";",
          f"\t{rfcdate(d)}", "Return-Path: <>", "Content-Type: multipart/report; boundary=\"" + b + "\"; report-type=delivery-status",
          f"From: Mail Delivery Subsystem <{m['addr']}>", f"To: {HQ}", "Auto-Submitted: auto-replied",
          "Message-ID: " + mid, "Date: " + rfcdate(d), "Subject: Delivery Status Notification (Failure)"] + thread(m)
    h += ["MIME-Version: 1.0"]
    return header_block(h) + CRLF + mp(b, parts)


# --------------------------------------------------------------------------
# entries
# --------------------------------------------------------------------------

ENTRIES = []


def entry(fn):
    ENTRIES.append(fn)
    return fn


def hq_text(case, what, lines):
    """The body of an HQ message as a partner's client quotes it."""
    return f"您好，\n{what}已收到并登记，案件号 {case}。\n" + "\n".join(lines) + "\n—— 总部商机服务（dor@ptg139.com）"


# ==========================================================================
# family: traditional Chinese writers (Nantou, Yunlin, Sai Kung, Kennedy Town)
# ==========================================================================

@entry
def T1():
    rng = R("T1")
    d = dt(2026, 11, 3, 18, 5, 12)
    m = dict(from_name="賴怡君", addr="yijun.lai@sunmoon-dm.com.tw", date=d, subject="竹山竹機：推播不符申請不計入（NT-1103-2291）",
             host=host_of(rng, "own", "mail.sunmoon-dm.com.tw"))
    m["blocks"] = [
        "總部商機組 您好：\n\n竹山竹機反映一筆推播不符，申請不計入，資料如下\n\n◎商機編號：NT-1103-2291\n◎推播時間：115.11.03（二）09:48\n"
        "◎客戶反映：同日傍晚五點五十\n◎理由：需求者要買竹筷子成品，與客戶生產的竹材剖片機無關（判定標準第5條）\n\n"
        "合作廠商：南投日月潭數位行銷有限公司\n客戶：南投竹山竹材加工機械股份有限公司\n\n賴怡君\n日月潭數位 客服課\n049-2657-318"]
    m["atts"] = [Att("需求者訊息.jpg", "image/jpeg", jpg(rng, rows=6), "image/jpeg")]
    eml = kit7.outlook(m, rng, "zh-TW")
    return m, eml, dict(
        kind="appeal", family="traditional", client="Outlook 16 (zh-TW, Big5)",
        fields=fields(partner="南投日月潭數位行銷有限公司", client="南投竹山竹材加工機械股份有限公司", lead_ids=["NT-1103-2291"],
                      pushed_at=iso(2026, 11, 3, 9, 48), objected_at=iso(2026, 11, 3, 17, 50), reason_code=5),
        accept={"partner": ["日月潭數位", "南投日月潭数位行销有限公司", "日月潭数位"],
                "client": ["竹山竹機", "南投竹山竹材加工机械股份有限公司", "竹山竹机"]},
        source_text={"pushed_at": ["115.11.03（二）09:48"], "objected_at": ["同日傍晚五點五十", "115.11.03（二）09:48"],
                     "reason_code": ["判定標準第5條"]},
        notes="Outlook zh-TW (Big5 base64 text + Word HTML, Big5 RFC 2047 file name); '◎' bullets; the push as an ROC "
              "dotted date with the weekday in full-width parentheses ('115.11.03（二）09:48' = 2026-11-03 09:48); the "
              "objection '同日傍晚五點五十' (17:50) - 8 h 2 min, just outside 8 h; code 5 by number; JPEG screenshot; the "
              "phone number is a distractor.")


@entry
def T2():
    rng = R("T2")
    d = dt(2026, 11, 20, 10, 31, 7)
    m = dict(from_name="蔡宗翰", addr="tsai.tsunghan@yahoo.com.tw", date=d, subject="虎尾烘焙機 商機彙總（請評估續約）",
             host=host_of(rng, "yahoo"))
    m["blocks"] = [
        "總部您好：\n雲林虎尾花生烘焙設備股份有限公司（虎尾烘焙機）本期商機彙總如下，麻煩評估續約方案。\n\n"
        "合約期間：115年3月1日～116年2月28日\n合約保證：180 筆\n已推播：一百十二筆（統計至11/19）\n\n"
        "客戶回饋：花生烘焙機、脫膜機詢問精準，成交3台；但有不少是要買花生仁的貿易商。\n建議：排除「花生仁批發」，加「花生脫紅衣機」。\n"
        "續約：老闆有意願續約，希望加量到250筆。\n\n合作商：雲林斗六網創科技有限公司\n斗六網創 業務經理 蔡宗翰"]
    eml = kit7.yahoo(m, rng)
    return m, eml, dict(
        kind="summary", family="traditional", client="Yahoo Mail (Taiwan web)",
        fields=fields(partner="雲林斗六網創科技有限公司", client="雲林虎尾花生烘焙設備股份有限公司", quota=180, pushed_count=112,
                      service_start="2026-03-01", service_end="2027-02-28"),
        accept={"partner": ["斗六網創", "云林斗六网创科技有限公司", "斗六网创"],
                "client": ["虎尾烘焙機", "云林虎尾花生烘焙设备股份有限公司", "虎尾烘焙机"]},
        renewal=True,
        source_text={"quota": ["180 筆"], "pushed_count": ["一百十二筆"], "service_start": ["115年3月1日"],
                     "service_end": ["116年2月28日"]},
        notes="Yahoo Mail TW (UTF-8 quoted-printable text + HTML); the period in ROC years joined by a full-width tilde "
              "('115年3月1日～116年2月28日'); the pushed count as '一百十二筆' (112, 十 without a digit before it); both "
              "triggers (62 %, 72 % of the period); '11/19', '3台' and '250筆' are distractors; renewal intended.")


@entry
def T3():
    rng = R("T3")
    d = dt(2026, 11, 24, 18, 12, 40)
    ids = ["SK-261116-07", "SK-261117-02", "SK-261118-11", "SK-261119-05", "SK-261120-09"]
    verdict = ["啱，問船用絞盤", "唔啱，佢想租遊艇出海", "啱", "啱，問不鏽鋼欄杆配件", "唔啱，係遊艇會請人"]
    m = dict(from_name="黃嘉欣", addr="kayan.wong@saikung-bay.com.hk", date=d, subject="翠濤遊艇 上星期5個商機回覆",
             host=host_of(rng, "own", "mail.saikung-bay.com.hk"), pc_name="SKBAY-PC11")
    m["blocks"] = [
        "Hello 總部，\n\n翠濤遊艇尋日睇晒上星期推過嚟嘅5個商機，回覆如下：\n\n" + "\n".join(f"{ids[i]}　{verdict[i]}" for i in range(5))
        + "\n\n建議：\n加關鍵字：船用絞盤、遊艇五金\n減關鍵字：遊艇\n唔做：遊艇租賃、船員招聘\n對象：船廠、遊艇維修公司\n\n"
        "合作商：西貢海灣數碼營銷有限公司\n客戶：西貢翠濤遊艇零件有限公司\n\n黃嘉欣 Ka-yan Wong\n海灣數碼"]
    eml = kit7.windows_live(m, rng)
    return m, eml, dict(
        kind="adjustment", family="traditional", client="Windows Live Mail 2012 (Big5-HKSCS)",
        fields=fields(partner="西貢海灣數碼營銷有限公司", client="西貢翠濤遊艇零件有限公司", lead_ids=ids, lead_count=5),
        accept={"partner": ["海灣數碼", "西贡海湾数码营销有限公司", "海湾数码"],
                "client": ["翠濤遊艇", "西贡翠涛游艇零件有限公司", "翠涛游艇"]},
        extra={"keywords_add": ["船用絞盤", "遊艇五金"], "keywords_remove": ["遊艇"], "excluded_products": ["遊艇租賃", "船員招聘"],
               "audience": ["船廠", "遊艇維修公司"]},
        source_text={"lead_count": ["5個商機"]},
        notes="Windows Live Mail from Sai Kung (Big5-HKSCS), written Cantonese; five ids of a new shape (SK-261116-07) "
              "each followed by an ideographic space and 啱 / 唔啱; the count '5個商機'; '尋日' and '上星期' are no dates; "
              "simplified forms in accept.")


@entry
def T4():
    rng = R("T4")
    d = dt(2026, 12, 1, 17, 40, 3)
    m = dict(from_name="梁浩賢", addr="hoyin.leung@kennedytown-biz.com.hk", date=d, subject="泰昌冷氣 申訴 KT2611300158",
             host=host_of(rng, "own", "smtp.kennedytown-biz.com.hk"))
    m["blocks"] = [
        "總部你好，\n\n泰昌冷氣想申訴一單：KT2611300158。\n琴日晏晝兩點零五分推過嚟，客戶四點一個字就打畀我，話對方一開口就問成套冷氣機組嘅入貨價同代理折扣，"
        "之後認咗自己都係做冷氣工程，即係行家扮客套價。\n錄音喺附件。\n\n合作商：堅尼地城卓越商務顧問有限公司\n客戶：堅尼地城泰昌冷氣工程設備有限公司\n\n"
        "梁浩賢\n卓越商務 Kennedy Town\nT: 2817 4462"]
    m["atts"] = [Att("泰昌錄音.wav", "audio/wav", wav(rng, 6), "audio/wav")]
    eml = kit7.apple_mail(m, rng)
    return m, eml, dict(
        kind="appeal", family="traditional", client="Apple Mail (macOS)",
        fields=fields(partner="堅尼地城卓越商務顧問有限公司", client="堅尼地城泰昌冷氣工程設備有限公司", lead_ids=["KT2611300158"],
                      pushed_at=iso(2026, 11, 30, 14, 5), objected_at=iso(2026, 11, 30, 16, 5), reason_code=1),
        accept={"partner": ["卓越商務", "坚尼地城卓越商务顾问有限公司", "卓越商务"],
                "client": ["泰昌冷氣", "坚尼地城泰昌冷气工程设备有限公司", "泰昌冷气"]},
        source_text={"pushed_at": ["琴日晏晝兩點零五分"], "objected_at": ["四點一個字", "琴日晏晝兩點零五分"],
                     "reason_code": ["行家扮客套價"]},
        notes="Apple Mail (UTF-8 quoted-printable; the WAV's name by RFC 2231 and a Q word) from Kennedy Town, written "
              "Cantonese: '琴日晏晝兩點零五分' (yesterday afternoon 14:05) and a bare '四點一個字' (4:05, the day and "
              "afternoon of the push) - 2 h, inside 8 h; code 1 ('行家扮客套價': a peer posing as a buyer) with a WAV "
              "recording; the phone number is a distractor.")


@entry
def T5():
    rng = R("T5")
    d = dt(2026, 11, 13, 9, 2, 30)
    m = dict(from_name="賴怡君", addr="yijun.lai@sunmoon-dm.com.tw", date=d, subject="草屯木工機 商機申訴（微信加不上）",
             host=host_of(rng, "own", "mail.sunmoon-dm.com.tw"), html_lang="ZH-TW")
    m["blocks"] = [
        "總部您好，\n\n客戶草屯木工機有一筆商機想申訴：\n編號 NT-1112-0436，系統推播時間 115/11/12 下午3:07，客戶當天晚上8點22分回報。\n"
        "需求者只留了微信號，客戶業務試了好幾次，微信號搜尋不到，也沒有留電話。截圖附上。\n\n"
        "合作廠商：南投日月潭數位行銷有限公司\n客戶：南投草屯工藝木工機械有限公司\n\n賴怡君 敬上"]
    m["atts"] = [Att("微信搜尋結果.png", "image/png", png(rng, rows=4, style="search"), "image/png")]
    eml = kit9.mac_outlook(m, rng)
    return m, eml, dict(
        kind="appeal", family="traditional", client="Outlook for Mac 16 (approximated)",
        fields=fields(partner="南投日月潭數位行銷有限公司", client="南投草屯工藝木工機械有限公司", lead_ids=["NT-1112-0436"],
                      pushed_at=iso(2026, 11, 12, 15, 7), objected_at=iso(2026, 11, 12, 20, 22), reason_code=2),
        accept={"partner": ["南投日月潭数位行销有限公司"], "client": ["草屯木工機", "南投草屯工艺木工机械有限公司", "草屯木工机"]},
        source_text={"pushed_at": ["115/11/12 下午3:07"], "objected_at": ["當天晚上8點22分", "115/11/12 下午3:07"],
                     "reason_code": ["微信號搜尋不到"]},
        notes="Outlook for Mac (UTF-8 quoted-printable text + Word HTML); the push as an ROC slash date with 下午 "
              "('115/11/12 下午3:07' = 15:07) and '當天晚上8點22分' (20:22) - 5 h 15 min, inside 8 h; code 2 in words; "
              "PNG screenshot; '好幾次' is a distractor.")


# ==========================================================================
# family: English and mixed-language writers (Yuyao, Cixi, Meishan, Pu'er, Zhangjiajie)
# ==========================================================================

@entry
def E1():
    rng = R("E1")
    d = dt(2026, 11, 10, 19, 22, 50)
    m = dict(from_name="Ivy Shen", addr="ivy.shen@shunjiang-biz.com", date=d, subject="Lead appeal - Simen Mould - YY-2611-10087",
             host=host_of(rng, "own", "webmail.shunjiang-biz.com"))
    m["blocks"] = [
        "Hello DOR team,\n\nPlease review lead YY-2611-10087 for our client Simen Mould (余姚泗门模具设备有限公司).\n\n"
        "Pushed: Tue 10 Nov, 08:45\nClient objected: at quarter past two that afternoon\n\n"
        "The enquiry came from a private person who wants one plastic mould for a hobby project at home - not a company at all, "
        "so we think it falls under criterion 3.\nScreenshot of the chat attached.\n\nBest regards,\nIvy Shen\n"
        "余姚舜江商务信息有限公司 | Shunjiang Business\n+86 574 6251 0388"]
    m["atts"] = [Att("聊天记录.png", "image/png", png(rng, rows=6), "image/png")]
    eml = kit10.roundcube(m, rng)
    return m, eml, dict(
        kind="appeal", family="english", client="Roundcube Webmail 1.6 (approximated)",
        fields=fields(partner="余姚舜江商务信息有限公司", client="余姚泗门模具设备有限公司", lead_ids=["YY-2611-10087"],
                      pushed_at=iso(2026, 11, 10, 8, 45), objected_at=iso(2026, 11, 10, 14, 15), reason_code=3),
        accept={"partner": ["Shunjiang Business"], "client": ["Simen Mould"]},
        source_text={"pushed_at": ["Tue 10 Nov, 08:45"], "objected_at": ["quarter past two that afternoon", "Tue 10 Nov, 08:45"],
                     "reason_code": ["criterion 3"]},
        notes="Roundcube (UTF-8 quoted-printable, RFC 2231 file name); English labels; the push as 'Tue 10 Nov, 08:45' "
              "(weekday, day, month, no year) and the objection in clock words ('quarter past two that afternoon' = "
              "14:15 the same day) - 5 h 30 min, inside 8 h; code 3 by number ('criterion 3'); PNG screenshot; the phone "
              "number is a distractor.")


@entry
def E2():
    rng = R("E2")
    d = dt(2026, 10, 28, 11, 3, 19)
    m = dict(from_name="Kevin Hu", addr="kevin.hu@shanglinhu-mkt.com", date=d, subject="Status: Zhouxiang Appliance Equipment (renewal)",
             host=host_of(rng, "m365"))
    m["blocks"] = [
        "Hi HQ,\n\nQuick status on Zhouxiang Appliance Equipment (慈溪周巷小家电设备有限公司) so you can prepare the renewal offer.\n\n"
        "- Term: 1 Dec 2025 through 30 Nov 2026\n- Package: 150-lead package\n- Delivered to date: 97\n\n"
        "Most enquiries for the blender housing injection lines were spot on (2 deals). Roughly one in five asked for finished "
        "kettles, which they don't sell.\nSuggest: exclude \"electric kettle\", add \"kettle base injection mould\".\n"
        "The client intends to renew.\n\nKevin Hu\nShanglin Lake Marketing (慈溪上林湖网络营销有限公司)"]
    eml = kit7.outlook(m, rng, "en-US")
    return m, eml, dict(
        kind="summary", family="english", client="Outlook 16 (en-US)",
        fields=fields(partner="慈溪上林湖网络营销有限公司", client="慈溪周巷小家电设备有限公司", quota=150, pushed_count=97,
                      service_start="2025-12-01", service_end="2026-11-30"),
        accept={"partner": ["Shanglin Lake Marketing"], "client": ["Zhouxiang Appliance Equipment"]},
        renewal=True,
        source_text={"quota": ["150-lead package"], "pushed_count": ["Delivered to date: 97"], "service_start": ["1 Dec 2025"],
                     "service_end": ["30 Nov 2026"]},
        notes="Outlook en-US (UTF-8 quoted-printable); the term as 'through' between day-month-year dates; the quota as a "
              "hyphenated '150-lead package'; both triggers (64.7 %, 90.7 % of the term); '2 deals' and 'one in five' are "
              "distractors; renewal intended.")


@entry
def E3():
    rng = R("E3")
    d = dt(2026, 11, 18, 9, 40, 11)
    ids = ["MS261109003", "MS261109017", "MS261110006", "MS261110021", "MS261111002", "MS261111030", "MS261112008",
           "MS261113014", "MS261113025", "MS261114001"]
    marks = ["👍 bamboo strip splitter", "👍", "👎 wants bamboo baskets, the finished product", "👍", "👍 weaving machine for bamboo mats",
             "👎 a school asking for a factory visit", "👍", "👍", "👎 craft shop buying souvenirs", "👍"]
    m = dict(from_name="Vivian Su", addr="vivian.su@dongpo-dm.com", date=d, subject="Qingshen Bamboo Machinery – feedback on all ten leads",
             host=host_of(rng, "own", "smtp.dongpo-dm.com"))
    m["blocks"] = [
        "Hi team,\n\nQingshen Bamboo Machinery checked all ten leads from last week. 👍 = on target, 👎 = off target.\n\n"
        + "\n".join(f"{i + 1}) {ids[i]} {marks[i]}" for i in range(10))
        + "\n\nPlease:\n- add keywords: bamboo strip splitter, bamboo mat weaving machine\n- remove keyword: bamboo crafts\n"
        "- client does not make: bamboo baskets, souvenirs\n- target: bamboo processing plants, furniture factories\n\n"
        "Partner: 眉山东坡数字营销有限公司\nClient: 眉山青神竹编机械有限公司\n\nVivian Su | Dongpo Digital"]
    eml = kit11.spark(m, rng)
    return m, eml, dict(
        kind="adjustment", family="english", client="Spark (Readdle; approximated)",
        fields=fields(partner="眉山东坡数字营销有限公司", client="眉山青神竹编机械有限公司", lead_ids=ids, lead_count=10),
        accept={"partner": ["Dongpo Digital"], "client": ["Qingshen Bamboo Machinery"]},
        extra={"keywords_add": ["bamboo strip splitter", "bamboo mat weaving machine"], "keywords_remove": ["bamboo crafts"],
               "excluded_products": ["bamboo baskets", "souvenirs"],
               "audience": ["bamboo processing plants", "furniture factories"]},
        source_text={"lead_count": ["all ten leads"]},
        notes="Spark (UTF-8 quoted-printable text + HTML), English; the verdicts as emoji (👍 / 👎) after numbered ids "
              "('1) MS261109003 👍'); the count as a word ('all ten leads'); the list numbers are distractors; an en dash "
              "in the subject.")


@entry
def E4():
    rng = R("E4")
    d = dt(2026, 11, 17, 10, 12, 30)
    m = dict(from_name="Chunmei Li", addr="chunmei.li@teahorse-net.com", date=d, subject="Appeal: PE-2611-0416 (Simao Coffee Equipment)",
             host=host_of(rng, "google"))
    m["blocks"] = [
        "Dear colleagues,\n\nAppeal for Simao Coffee Equipment, lead PE-2611-0416.\n\nLead pushed on 11/16 at 0930H; the client "
        "raised it at 1545H the same day.\nReason: the buyer asked for a commercial espresso machine for a café. Simao makes "
        "green-bean hulling and washing lines, so this is not their product (criterion 5).\n\nNo attachment needed for this one.\n\n"
        "Thanks,\nChunmei Li\nTea Horse Road Network Services\n普洱茶马古道网络服务有限公司"]
    eml = kit7.gmail(m, rng)
    return m, eml, dict(
        kind="appeal", family="english", client="Gmail (Google Workspace)",
        fields=fields(partner="普洱茶马古道网络服务有限公司", client="Simao Coffee Equipment", lead_ids=["PE-2611-0416"],
                      pushed_at=iso(2026, 11, 16, 9, 30), objected_at=iso(2026, 11, 16, 15, 45), reason_code=5),
        accept={"partner": ["Tea Horse Road Network Services"], "client": []},
        source_text={"pushed_at": ["11/16 at 0930H"], "objected_at": ["1545H the same day", "11/16 at 0930H"],
                     "reason_code": ["criterion 5"]},
        notes="Gmail (UTF-8); military-style times with an 'H' suffix ('0930H', '1545H') after a month-first '11/16' "
              "without a year - 6 h 15 min, inside 8 h; the client only by its English name; code 5 by number; no "
              "attachment.")


@entry
def E5():
    rng = R("E5")
    d = dt(2026, 12, 4, 15, 20, 0)
    m = dict(from_name="Fang Xiang", addr="xiangfang@tianmen-net.cn", date=d, subject="Lead summary – Cili Oil Press",
             host=host_of(rng, "own", "mail.tianmen-net.cn"))
    m["blocks"] = [
        "Hi,\n\nSummary for Cili Oil Press (张家界慈利茶油压榨设备有限公司), as requested.\n\nFY: Apr-2026 to Mar-2027\nquota = 300\n"
        "pushed = 187\n\nThe camellia oil press enquiries are accurate (4 machines sold). About 30 enquiries were for bottled "
        "camellia oil, which the client does not sell.\nSuggestion: exclude \"camellia oil retail\"; add \"cold press oil machine\".\n"
        "Renewal: not decided yet.\n\nFang Xiang\nTianmen Network (张家界天门网络科技有限公司)"]
    eml = kit10.lark(m, rng)
    return m, eml, dict(
        kind="summary", family="english", client="Lark Mail (approximated)",
        fields=fields(partner="张家界天门网络科技有限公司", client="张家界慈利茶油压榨设备有限公司", quota=300, pushed_count=187,
                      service_start="2026-04-01", service_end="2027-03-31"),
        accept={"partner": ["Tianmen Network"], "client": ["Cili Oil Press"]},
        renewal=None,
        source_text={"quota": ["quota = 300"], "pushed_count": ["pushed = 187"], "service_start": ["Apr-2026"],
                     "service_end": ["Mar-2027"]},
        notes="Lark (UTF-8 base64 text + HTML); the term as a fiscal year in months with a hyphen ('FY: Apr-2026 to "
              "Mar-2027' = 2026-04-01 .. 2027-03-31); counts as 'quota = 300' / 'pushed = 187'; lead trigger only "
              "(62 %, 68 % of the term); '4 machines' and '30 enquiries' are distractors; renewal undecided.")


# ==========================================================================
# family: dates and times
# ==========================================================================

@entry
def D1():
    rng = R("D1")
    d = dt(2026, 11, 26, 9, 15, 33)
    m = dict(from_name="白雪峰", addr="baixuefeng@manaocheng-biz.com", date=d, subject="彰武铸机 商机申诉 FX26112507",
             host=host_of(rng, "sina"))
    m["blocks"] = [
        "总部您好：\n\n彰武铸机这条商机要申诉，编号FX26112507。\n昨个晌午12点40推过来的，客户昨个擦黑儿7点给我打的电话，说对方是倒腾废铁的，"
        "要收他们厂的边角料，根本不是买铸造设备的。\n我寻思这属于行业不符，麻烦给看看。\n\n合作商：阜新玛瑙城商务服务有限公司\n"
        "客户：阜新彰武铸造设备有限公司\n\n白雪峰\n玛瑙城商务\n手机 139 4180 2736"]
    eml = kit9.sina(m, rng)
    return m, eml, dict(
        kind="appeal", family="dates", client="Sina webmail (approximated)",
        fields=fields(partner="阜新玛瑙城商务服务有限公司", client="阜新彰武铸造设备有限公司", lead_ids=["FX26112507"],
                      pushed_at=iso(2026, 11, 25, 12, 40), objected_at=iso(2026, 11, 25, 19, 0), reason_code=4),
        accept={"partner": ["玛瑙城商务"], "client": ["彰武铸机"]},
        source_text={"pushed_at": ["昨个晌午12点40"], "objected_at": ["昨个擦黑儿7点"], "reason_code": ["行业不符"]},
        notes="Sina webmail (GBK base64 text + HTML) from Fuxin, north-eastern colloquial: '昨个晌午12点40' (昨个 = "
              "yesterday, 晌午 = noon: 12:40) and '昨个擦黑儿7点' (擦黑儿 = dusk: 19:00) - 6 h 20 min, inside 8 h; code 4 "
              "in words; no attachment; the mobile number is a distractor.")


@entry
def D2():
    rng = R("D2")
    d = dt(2026, 11, 21, 8, 50, 10)
    m = dict(from_name="赵大勇", addr="zhaodayong@longshou-it.com", date=d, subject="开原起重 申诉 TL-1120-0093",
             host=host_of(rng, "own", "mail.longshou-it.com"))
    m["blocks"] = [
        "总部：\n开原起重的商机 TL-1120-0093 申诉一下。\n推送时间：11月20日下午三点整\n客户在推送后四十五分钟就回了电话，说留的号码是空号，打了三遍都一样。\n"
        "拨号截图附上。\n合作商 铁岭龙首山信息技术有限公司\n付费客户 铁岭开原起重机械有限公司\n赵大勇（龙首信息）"]
    m["atts"] = [Att("空号截图.png", "image/png", png(rng, rows=3, style="list"), "image/png")]
    eml = claws(m, rng)
    return m, eml, dict(
        kind="appeal", family="dates", client="Claws Mail 4.2 (GB18030; approximated)",
        fields=fields(partner="铁岭龙首山信息技术有限公司", client="铁岭开原起重机械有限公司", lead_ids=["TL-1120-0093"],
                      pushed_at=iso(2026, 11, 20, 15, 0), objected_at=iso(2026, 11, 20, 15, 45), reason_code=3),
        accept={"partner": ["龙首信息"]},
        source_text={"pushed_at": ["11月20日下午三点整"], "objected_at": ["推送后四十五分钟", "11月20日下午三点整"],
                     "reason_code": ["空号"]},
        notes="Claws Mail (GB18030 quoted-printable text, B-encoded GB18030 headers, the PNG's name as a GB18030 word and "
              "filename*=GB18030''…); labels without colons; '下午三点整' (15:00) and the objection only as an offset in "
              "minutes ('推送后四十五分钟' = 15:45); code 3 ('空号'); '三遍' is a distractor.")


@entry
def D3():
    rng = R("D3")
    d = dt(2026, 11, 12, 14, 26, 0)
    m = dict(from_name="汪雨桐", addr="wangyutong@jingting-it.com", date=d, subject="宁国胶机 商机汇总反馈",
             host=host_of(rng, "own", "mail.jingting-it.com"))
    m["blocks"] = [
        "总部领导好：\n\n宁国胶机的商机汇总反馈如下。\n合作商：宣城敬亭山信息技术有限公司\n客户：宣城宁国橡胶机械有限公司\n"
        "合同：两年期合同，2026年1月8日生效\n保底商机：400条\n已推送：260条\n\n情况：密炼机、开炼机的询盘质量高，成交2台；有部分询盘要买橡胶原料。\n"
        "方案：排除“橡胶颗粒”“再生胶”，增加“小型密炼机”。\n续费：合同后年初才到期，客户说到时候再谈。\n\n汪雨桐\n敬亭信息"]
    eml = kit7.foxmail(m, rng)
    return m, eml, dict(
        kind="summary", family="dates", client="Foxmail 7.2",
        fields=fields(partner="宣城敬亭山信息技术有限公司", client="宣城宁国橡胶机械有限公司", quota=400, pushed_count=260,
                      service_start="2026-01-08", service_end="2028-01-07"),
        accept={"partner": ["敬亭信息"], "client": ["宁国胶机"]},
        renewal=None,
        source_text={"quota": ["保底商机：400条"], "pushed_count": ["已推送：260条"], "service_start": ["2026年1月8日"],
                     "service_end": ["两年期", "2026年1月8日"]},
        notes="Foxmail (gb2312); the period as a contract length and an effective date ('两年期合同，2026年1月8日生效' = "
              "2026-01-08 .. 2028-01-07); lead trigger only (65 %, 42 % of the period); '2台' and '后年初' are "
              "distractors; renewal undecided.")


@entry
def D4():
    rng = R("D4")
    d = dt(2026, 11, 25, 10, 2, 44)
    m = dict(from_name="龚丽华", addr="1847302256@qq.com", date=d, subject="桃江竹机 商机申诉",
             host=host_of(rng, "qq"))
    m["blocks"] = [
        "总部老师好：\n\n桃江竹机一条商机申诉：YY261124-0311\n推送是本月24号晚8点10分，客户25号早7点半才看到，打过去对方说是给学校买课桌的，"
        "要的是成品课桌椅，客户只做竹木加工机械，产品不一致。\n超了8小时我们知道，但还是想请总部酌情看一下。\n\n"
        "合作商：益阳资江商务策划有限公司\n客户：益阳桃江竹木机械有限公司\n龚丽华"]
    eml = kit7.tencent(m, rng)
    return m, eml, dict(
        kind="appeal", family="dates", client="QQ Mail",
        fields=fields(partner="益阳资江商务策划有限公司", client="益阳桃江竹木机械有限公司", lead_ids=["YY261124-0311"],
                      pushed_at=iso(2026, 11, 24, 20, 10), objected_at=iso(2026, 11, 25, 7, 30), reason_code=5),
        accept={"client": ["桃江竹机"]},
        source_text={"pushed_at": ["本月24号晚8点10分"], "objected_at": ["25号早7点半"], "reason_code": ["产品不一致"]},
        notes="QQ Mail (gb18030 base64 text + HTML) from a QQ number address; days as '本月24号' and a bare '25号' (the "
              "Date header's month), '晚8点10分' (20:10) and '早7点半' (07:30) - 11 h 20 min, outside 8 h (the partner "
              "says so); code 5 in words; '8小时' is a distractor; no attachment.")


@entry
def D5():
    rng = R("D5")
    d = dt(2026, 12, 2, 11, 30, 0)
    m = dict(from_name="杨洪", addr="yanghong@yucheng-it.com", date=d, subject="补报：荥经窑炉商机申诉 YA20261120-17",
             host=host_of(rng, "own", "mail.yucheng-it.com"), pc="YC-OFFICE-07")
    m["blocks"] = [
        "总部您好，\n\n荥经窑炉有一条商机上上周五就该申诉的，我这边漏报了，现在补上：\n编号 YA20261120-17\n推送：上上周五上午10:20\n"
        "客户反馈：当天13:35\n原因：对方是同行，自己也做砂器窑炉，打电话来套报价和炉膛尺寸。录音客户当时没留，只能口述。\n\n"
        "合作商：雅安雨城信息科技有限公司\n客户：雅安荥经砂器窑炉设备有限公司\n\n杨洪"]
    eml = kit9.winmail(m, rng)
    return m, eml, dict(
        kind="appeal", family="dates", client="Windows Mail (approximated)",
        fields=fields(partner="雅安雨城信息科技有限公司", client="雅安荥经砂器窑炉设备有限公司", lead_ids=["YA20261120-17"],
                      pushed_at=iso(2026, 11, 20, 10, 20), objected_at=iso(2026, 11, 20, 13, 35), reason_code=1),
        accept={},
        source_text={"pushed_at": ["上上周五上午10:20"], "objected_at": ["当天13:35", "上上周五上午10:20"],
                     "reason_code": ["对方是同行"]},
        notes="Windows Mail (UTF-8 base64); a late appeal whose push day is '上上周五' (the Friday of the week before "
              "last: 2026-11-20, the mail is of Wednesday 2 December) - 3 h 15 min, inside 8 h; code 1 without a recording "
              "or screenshot ('录音…没留'): missing evidence.")


# ==========================================================================
# family: numbers and id shorthand
# ==========================================================================

@entry
def N1():
    rng = R("N1")
    d = dt(2026, 12, 8, 16, 40, 21)
    m = dict(from_name="易思敏", addr="yisimin_ymx@163.com", date=d, subject="樟树药机 商机汇总反馈", host=host_of(rng, "163"))
    m["blocks"] = [
        "总部：\n樟树药机 商机汇总反馈\n合作商：宜春明月山互联网服务有限公司\n客户：宜春樟树药机制造有限公司\n合同条数：贰佰条\n已推送：壹佰零伍条\n"
        "服务期：2026.01.05—2027.01.04\n\n分析：压片机、胶囊填充机询盘精准，但有三成是药材收购商，客户不收药材。\n"
        "方案：排除“中药材收购”，增加“旋转式压片机”。\n续费：客户同意续一年。\n\n易思敏 明月山互联"]
    eml = kit7.coremail(m, rng, "163")
    return m, eml, dict(
        kind="summary", family="numbers", client="163 webmail (Coremail)",
        fields=fields(partner="宜春明月山互联网服务有限公司", client="宜春樟树药机制造有限公司", quota=200, pushed_count=105,
                      service_start="2026-01-05", service_end="2027-01-04"),
        accept={"partner": ["明月山互联"], "client": ["樟树药机"]},
        renewal=True,
        source_text={"quota": ["合同条数：贰佰条"], "pushed_count": ["已推送：壹佰零伍条"], "service_start": ["2026.01.05"],
                     "service_end": ["2027.01.04"]},
        notes="163 webmail (GBK base64 text + HTML); counts in financial numerals with a zero ('壹佰零伍条' = 105, "
              "'贰佰条' = 200); the period in dotted dates joined by an em dash; time trigger only (52.5 %, 92 % of the "
              "period); '三成' and '一年' are distractors; renewal intended.")


@entry
def N2():
    rng = R("N2")
    d = dt(2026, 11, 30, 15, 5, 44)
    ids = ["XY26112501", "XY26112507", "XY26112513", "XY26112519", "XY26112526"]
    m = dict(from_name="敖志刚", addr="aozhigang@xiannvhu-media.com", date=d, subject="分宜绳机 商机调整反馈（5条）",
             host=host_of(rng, "aliyun"))
    m["blocks"] = [
        "总部您好：\n分宜绳机本批商机（XY26112501/07/13/19/26，共5条）客户反馈如下：\n01 精准，钢丝绳捻股机\n07 不精准，要买成品钢丝绳\n13 精准\n"
        "19 精准，问镀锌线设备\n26 不精准，建筑工地要吊装服务\n调整建议：\n新增关键词：钢丝绳捻股机、镀锌钢丝生产线\n删除关键词：钢丝绳\n"
        "不做产品：成品钢丝绳、吊装服务\n推广对象：钢丝绳厂、金属制品厂\n\n合作商：新余仙女湖网络传媒有限公司\n客户：新余分宜钢丝绳设备有限公司\n敖志刚"]
    eml = kit7.alimail(m, rng)
    return m, eml, dict(
        kind="adjustment", family="numbers", client="Alibaba enterprise mailbox (web; approximated)",
        fields=fields(partner="新余仙女湖网络传媒有限公司", client="新余分宜钢丝绳设备有限公司", lead_ids=ids, lead_count=5),
        accept={"client": ["分宜绳机"]},
        extra={"keywords_add": ["钢丝绳捻股机", "镀锌钢丝生产线"], "keywords_remove": ["钢丝绳"], "excluded_products": ["成品钢丝绳", "吊装服务"],
               "audience": ["钢丝绳厂", "金属制品厂"]},
        source_text={"lead_ids": ["XY26112501/07/13/19/26"], "lead_count": ["共5条"]},
        notes="Alibaba enterprise mailbox (UTF-8 base64); one full id and four two-digit tails joined by slashes "
              "('XY26112501/07/13/19/26' = XY26112501, XY26112507 …); the verdict lines start with the bare tails (no ids); "
              "the count '共5条'.")


@entry
def N3():
    rng = R("N3")
    d = dt(2026, 11, 19, 21, 18, 6)
    m = dict(from_name="吴国栋", addr="wuguodong@liangdu-link.com", date=d, subject="盘州煤机 申诉 LPS-261119-044",
             host=host_of(rng, "own", "mail.liangdu-link.com"))
    m["blocks"] = [
        "总部您好\n盘州煤机 LPS-261119-044 这条申诉\n推送 11月19日 10:02\n客户反馈 11月19日 15:47\n依据第Ⅲ条：对方留的电话是个烧烤摊老板的，他说从没问过刮板输送机。\n"
        "截图见附件\n合作商 六盘水凉都互联科技有限公司\n客户 六盘水盘州煤机配件有限公司\n吴国栋"]
    m["atts"] = [Att("IMG_4127.JPG", "image/jpeg", jpg(rng, rows=5, style="list"), "image/jpeg", inline=True)]
    m["segments"] = [m["blocks"][0] + "\n", m["atts"][0], "\n\n发自我的iPhone"]
    eml = kit7.iphone(m, rng)
    return m, eml, dict(
        kind="appeal", family="numbers", client="iPhone Mail",
        fields=fields(partner="六盘水凉都互联科技有限公司", client="六盘水盘州煤机配件有限公司", lead_ids=["LPS-261119-044"],
                      pushed_at=iso(2026, 11, 19, 10, 2), objected_at=iso(2026, 11, 19, 15, 47), reason_code=3),
        accept={"client": ["盘州煤机"]},
        source_text={"pushed_at": ["11月19日 10:02"], "objected_at": ["11月19日 15:47"], "reason_code": ["依据第Ⅲ条"]},
        notes="iPhone Mail (UTF-8 quoted-printable); the criterion as a Roman numeral ('第Ⅲ条', U+2162, NFKC 'III' = 3); "
              "an id with a three-letter prefix and two dashes; 5 h 45 min, inside 8 h; JPEG screenshot.")


@entry
def N4():
    rng = R("N4")
    d = dt(2026, 10, 15, 10, 10, 10)
    m = dict(from_name="于海涛", addr="yuhaitao@jiugu-mkt.com", date=d, subject="集安参机 商机汇总（推送过六成）",
             host=host_of(rng, "own", "mail.jiugu-mkt.com"))
    m["blocks"] = [
        "总部好，\n集安参机的商机汇总：\n合作商：通化葡萄酒谷网络营销有限公司\n客户：通化集安人参加工机械有限公司\n合同180条\t已推108条\t完成60%\n"
        "服务期：2026-03-10 至 2027-03-09\n客户情况：人参清洗机、烘干机询盘准，成交1套；有些是要买人参的。\n方案：排除“人参批发”“鲜参”，加“人参烘干设备”。\n"
        "续费：客户倾向续费。\n于海涛"]
    eml = kit7.thunderbird(m, rng, "GB18030")
    return m, eml, dict(
        kind="summary", family="numbers", client="Thunderbird 128 (GB18030, 8bit)",
        fields=fields(partner="通化葡萄酒谷网络营销有限公司", client="通化集安人参加工机械有限公司", quota=180, pushed_count=108,
                      service_start="2026-03-10", service_end="2027-03-09"),
        accept={"client": ["集安参机"]},
        renewal=True,
        source_text={"quota": ["合同180条"], "pushed_count": ["已推108条"], "service_start": ["2026-03-10"],
                     "service_end": ["2027-03-09"]},
        notes="Thunderbird (GB18030 8bit, format=flowed); counts on one tab-separated line; the lead trigger reached "
              "exactly (108 / 180 = 60 %: lead_60; 60 % of the period); '完成60%', '六成' and '1套' are distractors; "
              "renewal intended.")


@entry
def N5():
    rng = R("N5")
    d = dt(2026, 12, 1, 9, 33, 47)
    ids = ["2611280331", "2611280347", "2611280352", "2611290306", "2611290318", "2611290325", "2611300301", "2611300314",
           "2611300329", "2611300340"]
    v = ["准", "准 马铃薯切片机", "不准 要买土豆种薯", "准", "准", "不准 超市收购土豆", "准 淀粉加工线", "准", "不准 个人问薯条机", "准"]
    m = dict(from_name="乔建军", addr="qiaojianjun@jining-net.cn", date=d, subject="丰镇薯机 这批商机反馈",
             host=host_of(rng, "own", "mail.jining-net.cn"))
    m["blocks"] = [
        "总部：\n丰镇薯机这批10个商机的反馈：\n" + "\n".join(f"No.{ids[i]} {v[i]}" for i in range(10))
        + "\n调整：加“马铃薯淀粉生产线”“切片机”，去掉“土豆”。不做：种薯、鲜土豆收购。多推：淀粉厂、薯条加工厂。\n联系人手机 15847402296\n"
        "合作商：乌兰察布集宁网络科技有限公司\n客户：乌兰察布丰镇马铃薯机械有限公司\n乔建军"]
    eml = kit8.mailmaster(m, rng)
    return m, eml, dict(
        kind="adjustment", family="numbers", client="NetEase Mail Master (iOS; approximated)",
        fields=fields(partner="乌兰察布集宁网络科技有限公司", client="乌兰察布丰镇马铃薯机械有限公司", lead_ids=ids, lead_count=10),
        accept={"client": ["丰镇薯机"]},
        extra={"keywords_add": ["马铃薯淀粉生产线", "切片机"], "keywords_remove": ["土豆"], "excluded_products": ["种薯", "鲜土豆收购"],
               "audience": ["淀粉厂", "薯条加工厂"]},
        source_text={"lead_count": ["这批10个"]},
        notes="NetEase Mail Master (UTF-8 base64); ten purely numeric ten-digit ids behind 'No.' with 准 / 不准 verdicts; "
              "an eleven-digit mobile number is no id; the count '这批10个'.")


# ==========================================================================
# family: filled forms (.docx / .xlsx)
# ==========================================================================

@entry
def F1():
    rng = R("F1")
    d = dt(2026, 11, 27, 16, 20, 0)
    grid = [["合作商", "河源万绿湖网络科技有限公司", None, None], ["付费客户", "河源连平钨矿设备有限公司", None, None],
            ["商机编号", "HY-2611-2708", None, None], ["推送日期", "2026/11/27", "推送时刻", "09:40"],
            ["异议日期", "2026/11/27", "异议时刻", "13:05"],
            ["不计入标准", "☐1 同行骚扰 ☐2 微信加不上 ☒3 留错电话 ☐4 行业不符 ☐5 产品不一致", None, None],
            ["情况说明", "对方电话是一家美容院的前台，说没人问过选矿设备。", None, None]]
    merges = [(0, 1, 0, 3), (1, 1, 1, 3), (2, 1, 2, 3), (5, 1, 5, 3), (6, 1, 6, 3)]
    form = docx_form("曾俊彦", "2026-11-27T07:30:00Z", "商机申诉表", grid, merges)
    m = dict(from_name="曾俊彦", addr="2210387745@qq.com", date=d, subject="连平钨机申诉表", host=host_of(rng, "qq"))
    m["blocks"] = ["总部好，连平钨机申诉表在附件，客户拨号截图一并附上。\n曾俊彦 万绿网络"]
    m["atts"] = [Att("连平钨机申诉表.docx", "application/octet-stream", form, CT_DOCX),
                 Att("拨号.png", "image/png", png(rng, rows=4, style="list"), "image/png")]
    eml = kit7.tencent(m, rng)
    return m, eml, dict(
        kind="appeal", family="forms", client="QQ Mail",
        fields=fields(partner="河源万绿湖网络科技有限公司", client="河源连平钨矿设备有限公司", lead_ids=["HY-2611-2708"],
                      pushed_at=iso(2026, 11, 27, 9, 40), objected_at=iso(2026, 11, 27, 13, 5), reason_code=3),
        accept={"partner": ["万绿网络"], "client": ["连平钨机"]},
        source_text={"pushed_at": ["2026/11/27 推送时刻 09:40"], "objected_at": ["2026/11/27 异议时刻 13:05"],
                     "reason_code": ["☒3 留错电话"]},
        notes="QQ Mail (gb18030) with a .docx declared application/octet-stream: a four-column table whose value cells "
              "are merged, the date and the time in separate cells of one row, the criterion as ballot boxes with the "
              "crossed '☒' on 3 (the empty '☐' ones name other criteria); 3 h 25 min, inside 8 h; PNG screenshot.")


@entry
def F2():
    rng = R("F2")
    d = dt(2026, 11, 16, 11, 11, 11)
    ids = [2611090412, 2611100135, 2611110277, 2611120093, 2611130460]
    yn = ["Y", "Y", "N", "Y", "N"]
    note = ["厨刀开刃机", "", "要买成品菜刀", "剪刀铆合机", "刀具店批发"]
    cells = {"A1": "商机调整反馈（阳东刀机）", "A2": "合作商", "B2": "阳江漠阳江数字传媒有限公司", "A3": "客户", "B3": "阳江阳东刀剪机械有限公司",
             "A5": "编号", "B5": "是否精准(Y/N)", "C5": "备注"}
    for i, x in enumerate(ids):
        cells[f"A{i + 6}"] = x
        cells[f"B{i + 6}"] = yn[i]
        if note[i]:
            cells[f"C{i + 6}"] = note[i]
    cells.update({"A12": "新增关键词", "B12": "开刃机、刀剪铆合机", "A13": "删除关键词", "B13": "菜刀", "A14": "不做产品", "B14": "成品刀具",
                  "A15": "推广人群", "B15": "刀剪厂、五金厂"})
    book = xlsx_book("冯晓琳", "2026-11-16T03:00:00Z", [("反馈", cells, ["A1:C1"], {"A": 14, "B": 16, "C": 20})])
    m = dict(from_name="冯晓琳", addr="fengxiaolin@moyang-dm.com", date=d, subject="阳东刀机 商机调整反馈表",
             host=host_of(rng, "own", "mail.moyang-dm.com"))
    m["blocks"] = ["总部您好：\n\n阳东刀机本轮5条商机的反馈见附件表格，调整建议也在表里。\n\n冯晓琳\n漠阳数媒"]
    m["atts"] = [Att("阳东刀机调整反馈.xlsx", CT_XLSX, book, CT_XLSX)]
    eml = kit7.outlook(m, rng, "zh-CN")
    return m, eml, dict(
        kind="adjustment", family="forms", client="Outlook 16 (zh-CN)",
        fields=fields(partner="阳江漠阳江数字传媒有限公司", client="阳江阳东刀剪机械有限公司", lead_ids=[str(x) for x in ids], lead_count=5),
        accept={"partner": ["漠阳数媒"], "client": ["阳东刀机"]},
        extra={"keywords_add": ["开刃机", "刀剪铆合机"], "keywords_remove": ["菜刀"], "excluded_products": ["成品刀具"],
               "audience": ["刀剪厂", "五金厂"]},
        source_text={"lead_count": ["本轮5条"]},
        notes="Outlook zh-CN (gb2312) with an .xlsx whose ids are numeric cells (2611090412, read as digits) with Y / N "
              "verdicts; partner and client only in the workbook (short names in the body); the count '本轮5条' in the "
              "body.")


@entry
def F3():
    rng = R("F3")
    d = dt(2026, 12, 10, 10, 0, 0)
    cells = {"A1": "商机汇总反馈", "A3": "合作商", "B3": "池州秋浦数字科技有限公司", "A4": "客户", "B4": "池州青阳石材切割设备有限公司",
             "A5": "保底条数", "B5": 220, "A6": "已推条数", "B6": 141, "A7": "推送比例", "B7": "=B6/B5",
             "A8": "起", "B8": date(2026, 2, 1), "A9": "止", "B9": date(2027, 1, 31),
             "A10": "情况分析", "B10": "红外线切石机询盘精准，成交2台；近一个月有不少询盘要买石材荒料。",
             "A11": "续费意向", "B11": "暂不续费，客户明年预算压缩"}
    book = xlsx_book("章立群", "2026-12-10T01:40:00Z", [("汇总", cells, ["A1:B1"], {"A": 12, "B": 46})])
    m = dict(from_name="章立群", addr="zhangliqun@qiupu-tech.com", date=d, subject="青阳石机 汇总反馈（附表）",
             host=("smtp.263.net", f"211.150.{rng.randint(1, 250)}.{rng.randint(1, 250)}"))
    m["blocks"] = ["总部您好：\n青阳石机的汇总反馈表见附件，请查收。\n章立群 秋浦数科"]
    m["atts"] = [Att("青阳石机汇总反馈.xlsx", "application/vnd.ms-excel", book, CT_XLSX)]
    eml = kit10.mail263(m, rng)
    return m, eml, dict(
        kind="summary", family="forms", client="263 enterprise webmail (approximated)",
        fields=fields(partner="池州秋浦数字科技有限公司", client="池州青阳石材切割设备有限公司", quota=220, pushed_count=141,
                      service_start="2026-02-01", service_end="2027-01-31"),
        accept={"partner": ["秋浦数科"], "client": ["青阳石机"]},
        renewal=False,
        source_text={"quota": ["保底条数 220"], "pushed_count": ["已推条数 141"], "service_start": ["2026-02-01"],
                     "service_end": ["2027-01-31"]},
        notes="263 webmail with an .xlsx declared application/vnd.ms-excel (the old Excel type): numeric count cells, "
              "the period as two date cells labelled only '起' / '止', a formula cell '=B6/B5' (no cached value, no "
              "count); both triggers (64 %, 85 % of the period); '2台' and '明年' are distractors; renewal declined.")


@entry
def F4():
    rng = R("F4")
    d = dt(2026, 12, 2, 18, 40, 0)
    lines = ["合作商名称：张家界天门网络科技有限公司", "付费企业名称：张家界桑植白茶机械有限公司", "商机编号：ZJJ-1202-0077",
             "推送时间：12月2日10:15", "客户提出异议：12月2日15:50",
             "申诉理由：对方要买的是茶叶包装盒，客户生产的是白茶萎凋机、揉捻机，所需产品与客户经营产品不一致", "填表人：向芳　2026年12月2日"]
    form = kit11.docx_paras("向芳", "2026-12-02T10:20:00Z", "《商机申诉书》", lines)
    m = dict(from_name="向芳", addr="xiangfang_tm@126.com", date=d, subject="商机申诉书-桑植茶机", host=host_of(rng, "126"))
    m["blocks"] = ["总部您好：\n\n附件是桑植茶机的申诉书，请审核。\n\n向芳"]
    m["atts"] = [Att("商机申诉书-桑植茶机.docx", CT_DOCX, form, CT_DOCX)]
    eml = kit7.coremail(m, rng, "126")
    return m, eml, dict(
        kind="appeal", family="forms", client="126 webmail (Coremail)",
        fields=fields(partner="张家界天门网络科技有限公司", client="张家界桑植白茶机械有限公司", lead_ids=["ZJJ-1202-0077"],
                      pushed_at=iso(2026, 12, 2, 10, 15), objected_at=iso(2026, 12, 2, 15, 50), reason_code=5),
        accept={"client": ["桑植茶机"]},
        source_text={"pushed_at": ["12月2日10:15"], "objected_at": ["12月2日15:50"], "reason_code": ["所需产品与客户经营产品不一致"]},
        notes="126 webmail (GBK base64, GBK RFC 2047 file name) with a .docx of paragraphs (no table): the fields only in "
              "the form, times with the date glued to the clock ('12月2日10:15'); code 5 in the seed's words; '填表人 … "
              "2026年12月2日' is no time; no other attachment.")


@entry
def F5():
    rng = R("F5")
    d = dt(2026, 11, 23, 13, 45, 0)
    ids = ["YB2611-1501", "YB2611-1507", "YB2611-1512", "YB2611-1603", "YB2611-1609", "YB2611-1614", "YB2611-1702",
           "YB2611-1706", "YB2611-1711", "YB2611-1715"]
    mk = ["○", "○", "×", "○", "×", "○", "○", "×", "○", "○"]
    rem = ["压面机", "", "要买冷面成品", "", "问辣白菜调料", "荞麦面条机", "", "餐馆要招厨师", "", "面条厂扩线"]
    grid = [["序号", "商机编号", "判定", "备注"]] + [[str(i + 1), ids[i], mk[i], rem[i]] for i in range(10)]
    form = docx_form("金美英", "2026-11-23T05:10:00Z", "商机调整反馈表", grid,
                     paras_before=["合作商：延边长白山数字传媒有限公司", "客户：延边延吉冷面机械有限公司", "本次反馈共十条（○准确 ×不准确）。"],
                     paras_after=["建议新增关键词：冷面压面机、荞麦面条机", "建议删除关键词：冷面", "客户不做：冷面成品、调料",
                                  "目标人群：面条加工厂、朝鲜族餐饮连锁"])
    m = dict(from_name="金美英", addr="jinmeiying.cb@gmail.com", date=d, subject="延吉面机 调整反馈表", host=host_of(rng, "google"))
    m["blocks"] = ["总部您好，\n延吉面机的调整反馈表（Word）见附件。\n金美英 | 长白数媒"]
    m["atts"] = [Att("延吉面机调整反馈表.docx", CT_DOCX, form, CT_DOCX)]
    eml = kit7.gmail(m, rng)
    return m, eml, dict(
        kind="adjustment", family="forms", client="Gmail (Google Workspace)",
        fields=fields(partner="延边长白山数字传媒有限公司", client="延边延吉冷面机械有限公司", lead_ids=ids, lead_count=10),
        accept={"partner": ["长白数媒"], "client": ["延吉面机"]},
        extra={"keywords_add": ["冷面压面机", "荞麦面条机"], "keywords_remove": ["冷面"], "excluded_products": ["冷面成品", "调料"],
               "audience": ["面条加工厂", "朝鲜族餐饮连锁"]},
        source_text={"lead_count": ["共十条"]},
        notes="Gmail (UTF-8; the .docx name as an RFC 2047 word) with a Word table of ten ids and ○ / × verdicts (the "
              "legend in the paragraph above); the count '共十条' in Chinese numerals; the row numbers are distractors; "
              "proposals as paragraphs below the table.")


# ==========================================================================
# family: mail that is none of the three requests
# ==========================================================================

@entry
def U1():
    rng = R("U1")
    d = dt(2026, 11, 6, 15, 48, 12)
    m = dict(from_name="章立群", addr="zhangliqun@qiupu-tech.com", date=d, subject="请教：同一需求者重复询盘怎么算",
             host=host_of(rng, "own", "mail.qiupu-tech.com"), pc="qiupu-ws")
    m["blocks"] = [
        "总部您好：\n\n想请教一个规则问题。青阳石机这周有同一个需求者（同一个手机号）隔了两天又发了一次询盘，系统推送了两次。\n"
        "这种情况是算两条还是一条？如果算两条，第二条能不能按申诉处理？还是要走别的流程？\n我们暂时不提申诉，先问清楚。\n\n章立群\n秋浦数科"]
    eml = kit11.mutt(m, rng, "GB18030")
    return m, eml, dict(
        kind="unknown", family="non_request", topic="question", client="Mutt 2.2 (GB18030, 8bit)",
        fields=fields(), accept={}, source_text={},
        notes="Mutt (GB18030 8bit text only): a known partner asks whether a repeated inquiry from the same requester "
              "counts once or twice and whether the second may be appealed - a question, not an appeal (it says so): "
              "unknown (question); '两天', '两次' and the client are no fields.")


@entry
def U2():
    rng = R("U2")
    d = dt(2026, 10, 19, 10, 25, 0)
    m = dict(from_name="易思敏", addr="yisimin@mingyueshan-net.com", date=d, subject="新签客户资料：万载花炮机械（请安排开通）",
             host=host_of(rng, "own", "mail.mingyueshan-net.com"))
    m["blocks"] = [
        "总部您好：\n\n我们新签了一家客户：宜春万载花炮机械有限公司，合同一年、保底120条，合同扫描件见附件。\n"
        "关键词清单客户已签字确认（第2页），不做产品：烟花成品零售。请安排开通推广，预计11月1日起推送。\n\n易思敏\n明月山互联 客服部"]
    m["atts"] = [Att("万载花炮合同扫描件.pdf", "application/pdf", kit7.pdf_scan(rng, "D:20261019101500+08'00'"), "application/pdf")]
    eml = kit9.mail139(m, rng)
    return m, eml, dict(
        kind="unknown", family="non_request", topic="onboarding", client="139 webmail (approximated)",
        fields=fields(), accept={}, source_text={},
        notes="139 webmail with a scanned contract PDF (role form by its file type): a new client's contract and "
              "signed keyword list before promotion starts - unknown (onboarding); '一年', '120条' and '11月1日' belong "
              "to the new contract and are no fields.")


@entry
def U3():
    rng = R("U3")
    d = dt(2026, 11, 9, 14, 2, 55)
    m = dict(from_name="于海涛", addr="yuhaitao@jiugu-mkt.com", date=d, subject="11月服务费发票开具信息",
             host=host_of(rng, "google"))
    m["blocks"] = [
        "财务同事您好：\n\n我司11月的代理服务费发票请开增值税专用发票，信息如下：\n名称：通化葡萄酒谷网络营销有限公司\n"
        "税号：91220502MA7K3Q8X2T\n开户行：通化东昌支行\n账号：0712 6600 1930 0028 461\n金额：¥38,600.00\n\n"
        "开好后寄到公司前台即可。\n于海涛"]
    eml = kit7.gmail(m, rng)
    return m, eml, dict(
        kind="unknown", family="non_request", topic="invoice", client="Gmail (Google Workspace)",
        fields=fields(), accept={}, source_text={},
        notes="Gmail: the partner sends its billing details for a VAT invoice - unknown (invoice); the company name, the "
              "tax id, the account number and the amount are no fields.")


@entry
def U4():
    rng = R("U4")
    d = dt(2026, 11, 11, 17, 20, 0)
    m = dict(from_name="龚丽华", addr="gonglihua@zijiang-biz.com", date=d, subject="邀请：益阳区域客户年度复盘会（12月3日）",
             host=host_of(rng, "own", "mail.zijiang-biz.com"))
    m["blocks"] = [
        "总部各位老师：\n\n我们定于12月3日（周四）下午14:30在益阳市资阳区会展路18号三楼会议室召开区域客户年度复盘会，"
        "桃江竹机等6家客户会参加，想邀请总部派一位老师线上或现场讲20分钟推广数据。\n腾讯会议号：583 201 774。\n请回复是否方便。\n\n龚丽华\n资江商务"]
    eml = kit10.lark(m, rng)
    return m, eml, dict(
        kind="unknown", family="non_request", topic="meeting", client="Lark Mail (approximated)",
        fields=fields(), accept={}, source_text={},
        notes="Lark: the partner invites HQ to a regional client review meeting - unknown (meeting); the date, '14:30', "
              "the address, '6家', '20分钟' and the meeting number are no fields.")


@entry
def U5():
    rng = R("U5")
    d = dt(2026, 11, 2, 9, 8, 30)
    m = dict(from_name="曾俊彦", addr="zengjunyan@wanlvhu-net.com", date=d, subject="后台账号：新增一名客服、重置密码",
             host=host_of(rng, "aliyun"))
    m["blocks"] = [
        "总部您好：\n\n1. 我司新来一位客服邱慧敏（手机 13712409358），请给她开一个合作商后台子账号，权限同我的账号；\n"
        "2. 我的账号 wanlv_zjy 登录提示密码过期，麻烦重置，重置后发我手机即可。\n\n谢谢！\n曾俊彦\n河源万绿湖网络科技有限公司"]
    eml = kit7.alimail(m, rng)
    return m, eml, dict(
        kind="unknown", family="non_request", topic="account", client="Alibaba enterprise mailbox (web; approximated)",
        fields=fields(), accept={}, source_text={},
        notes="Alibaba enterprise mailbox: a sub-account for a new colleague and a password reset - unknown (account); "
              "the partner's name, the mobile number and the user name are no fields.")


@entry
def U6():
    rng = R("U6")
    d = dt(2026, 12, 7, 16, 5, 9)
    m = dict(from_name="赵大勇", addr="zhaodayong_ls@126.com", date=d, subject="开原起重三周没有推送，客户意见很大",
             host=host_of(rng, "126"))
    m["blocks"] = [
        "总部：\n\n开原起重从11月16日到现在已经三个礼拜一条商机都没推过来，客户老板天天打电话问我，说钱交了没效果，要求退款。\n"
        "之前反映过一次也没人回。请总部尽快查一下推广是不是停了，给个说法。\n\n赵大勇\n龙首信息"]
    eml = kit7.coremail(m, rng, "126")
    return m, eml, dict(
        kind="unknown", family="non_request", topic="complaint", client="126 webmail (Coremail)",
        fields=fields(), accept={}, source_text={},
        notes="126 webmail: a complaint that no lead has been pushed for three weeks (the seed's frequency problem) and "
              "that an earlier report went unanswered - none of the three requests: unknown (complaint); the client, "
              "'11月16日' and '三个礼拜' are no fields.")


@entry
def U7():
    rng = R("U7")
    d = dt(2026, 11, 4, 10, 0, 5)
    m = dict(from_name="智呼科技 孟经理", addr="meng.bd@zhihu-callbot.cn", date=d, subject="AI外呼+商机清洗，帮贵司降低无效商机投诉",
             host=("mail.zoho.com.cn", f"124.42.{rng.randint(1, 250)}.{rng.randint(1, 250)}"))
    m["html"] = ("<p>贵公司负责人您好：</p><p>我们是智呼科技，专注AI外呼与商机清洗：</p><ul><li>推送前自动回拨核验，空号、错号识别率98%</li>"
                 "<li>同行询价识别，减少客户申诉</li><li>按条计费，0.8元/条起</li></ul><p>可免费试用7天，回复“试用”即可开通。</p>"
                 "<p>孟经理 138 1692 4470</p>")
    eml = kit11.zoho_html(m, rng)
    return m, eml, dict(
        kind="unknown", family="non_request", topic="pitch", client="Zoho Mail (HTML only; approximated)",
        fields=fields(), accept={}, source_text={},
        notes="Zoho Mail sending one text/html part: a stranger's pitch for AI call-back lead cleaning that uses the "
              "appeal words (空号, 同行询价, 申诉) - unknown (pitch); '98%', '0.8元/条' and '7天' are no fields.")


@entry
def U8():
    rng = R("U8")
    d = dt(2026, 12, 31, 16, 30, 0)
    m = dict(from_name="李春梅", addr="lichunmei@teahorse-net.com", date=d, subject="新年快乐！茶马网络致总部的一封贺卡",
             host=host_of(rng, "own", "mail.teahorse-net.com"))
    m["blocks"] = ["总部各位老师：\n\n感谢一年来的支持！附上我们团队的新年贺卡，祝2027年一切顺利。\n元旦放假1月1日至3日，期间有急事请打值班电话 0879-2136 508。\n\n"
                   "李春梅\n普洱茶马古道网络服务有限公司"]
    m["atts"] = [Att("新年贺卡.gif", "image/gif", kit8.gif_card(rng), "image/gif")]
    eml = kit8.mailmaster(m, rng)
    return m, eml, dict(
        kind="unknown", family="non_request", topic="other", client="NetEase Mail Master (iOS; approximated)",
        fields=fields(), accept={}, source_text={},
        notes="NetEase Mail Master (the GIF's name as an RFC 2047 word and RFC 2231 continuations): a New Year card and "
              "the holiday duty number - unknown (other); the GIF is role screenshot by its file type; the dates and the "
              "phone number are no fields.")


# ==========================================================================
# family: replies in a thread that correct one field
# ==========================================================================

@entry
def R1():
    rng = R("R1")
    d = dt(2026, 11, 6, 10, 12, 0)
    m = dict(from_name="賴怡君", addr="yijun.lai@sunmoon-dm.com.tw", date=d, subject="回覆: [DOR#SS-2026-001201] 商機申訴已受理",
             host=host_of(rng, "own", "mail.sunmoon-dm.com.tw"))
    m["irt"] = "<ack.SS-2026-001201@ptg139.com>"
    m["refs"] = ["<ack.SS-2026-001201@ptg139.com>"]
    qhead = "寄件者: 总部商机服务 <dor@ptg139.com>\n寄件日期: 2026年11月5日 下午 04:10\n主旨: [DOR#SS-2026-001201] 商机申诉已受理"
    qbody = hq_text("SS-2026-001201", "商机申诉", ["推送时间：2026-11-05 09:26", "异议时间：2026-11-05 15:40"])
    m["blocks"] = ["總部您好：\n\n更正一下，推播時間應為 115/11/05 上午 10:26，我前一封少打了一小時。其餘資料不變。\n\n賴怡君\n",
                   Quote("\n" + qhead + "\n\n" + qbody, qhead, qbody)]
    eml = kit7.gmail(m, rng)
    return m, eml, dict(
        kind="reply", family="thread", client="Gmail (Google Workspace)",
        fields=fields(pushed_at=iso(2026, 11, 5, 10, 26)), accept={}, source_text={"pushed_at": ["115/11/05 上午 10:26"]},
        notes="Gmail '回覆:' (a Taiwanese writer) with the tag in [], In-Reply-To / References; the new text corrects the push time "
              "to an ROC slash date ('115/11/05 上午 10:26' = 2026-11-05 10:26); '一小時' is no field; the quoted HQ "
              "text with the old times is ignored.")


@entry
def R2():
    rng = R("R2")
    d = dt(2026, 11, 12, 9, 1, 40)
    m = dict(from_name="Ivy Shen", addr="ivy.shen@shunjiang-biz.com", date=d, subject="Re: Re: [DOR#SS-2026-001204] 商机申诉已受理",
             host=host_of(rng, "own", "webmail.shunjiang-biz.com"))
    m["irt"] = "<needinfo.SS-2026-001204@ptg139.com>"
    m["refs"] = ["<ack.SS-2026-001204@ptg139.com>", "<needinfo.SS-2026-001204@ptg139.com>"]
    qbody = hq_text("SS-2026-001204", "商机申诉", ["商机编号：YY-2611-10087（系统中查无此编号，请核对）"])
    qhead = "On 2026-11-11 17:05, 总部商机服务 wrote:"
    m["blocks"] = ["Hi,\n\nSorry, typo on our side: the correct lead ID is YY-2611-10078 (the last two digits were swapped).\n\nIvy\n",
                   Quote("\n" + qhead + "\n" + quote_gt(qbody), qhead, qbody)]
    eml = kit10.roundcube(m, rng)
    return m, eml, dict(
        kind="reply", family="thread", client="Roundcube Webmail 1.6 (approximated)",
        fields=fields(lead_ids=["YY-2611-10078"]), accept={}, source_text={},
        notes="Roundcube 'Re: Re:' with the tag in [], In-Reply-To to HQ's request for information; the new English text "
              "corrects the lead id (YY-2611-10078); the wrong id is only in the quoted HQ text.")


@entry
def R3():
    rng = R("R3")
    d = dt(2026, 11, 13, 16, 33, 2)
    m = dict(from_name="汪雨桐", addr="wangyutong@jingting-it.com", date=d, subject="回复:(DOR#SS-2026-001207)商机汇总反馈已受理",
             host=host_of(rng, "own", "mail.jingting-it.com"))
    m["irt"] = "<ack.SS-2026-001207@ptg139.com>"
    m["refs"] = ["<ack.SS-2026-001207@ptg139.com>"]
    qhead = "------------------ 原始邮件 ------------------\n发件人: \"总部商机服务\"<dor@ptg139.com>\n发送时间: 2026年11月12日(星期四) 下午5:02"
    qbody = hq_text("SS-2026-001207", "商机汇总反馈", ["保底商机：400条", "已推送：260条"])
    m["blocks"] = ["总部好，昨天的数据是上周的，已推送应为268条，这周又推了8条。\n汪雨桐\n", Quote("\n" + qhead + "\n" + qbody, qhead, qbody)]
    eml = kit7.foxmail(m, rng)
    return m, eml, dict(
        kind="reply", family="thread", client="Foxmail 7.2",
        fields=fields(pushed_count=268), accept={}, source_text={"pushed_count": ["已推送应为268条"]},
        notes="Foxmail '回复:' with the tag in ASCII parentheses ('(DOR#SS-2026-001207)'); the new text corrects the pushed "
              "count to 268 ('8条' is the week's increase, a distractor); the quoted HQ numbers are ignored.")


@entry
def R4():
    rng = R("R4")
    d = dt(2026, 11, 17, 10, 48, 26)
    m = dict(from_name="冯晓琳", addr="fengxiaolin@moyang-dm.com", date=d, subject="答复: 答复: 商机调整已确认",
             host=host_of(rng, "sina"))
    m["irt"] = "<confirm.SS-2026-001209@ptg139.com>"
    m["refs"] = ["<20261116111111.3308@moyang-dm.com>", "<confirm.SS-2026-001209@ptg139.com>"]
    qhead = "----- 原始邮件 -----\n发件人：总部商机服务 <dor@ptg139.com>\n时间：2026-11-16 18:20"
    qbody = hq_text("SS-2026-001209", "商机调整", ["客户：阳东刀具厂"])
    m["blocks"] = ["总部您好：\n确认邮件里客户名写成了“阳东刀具厂”，正确全称：阳江阳东刀剪机械有限公司。麻烦更正。\n冯晓琳\n",
                   Quote("\n" + qhead + "\n" + qbody, qhead, qbody)]
    eml = kit9.sina(m, rng)
    return m, eml, dict(
        kind="reply", family="thread", client="Sina webmail (approximated)",
        fields=fields(client="阳江阳东刀剪机械有限公司"), accept={}, source_text={},
        notes="Sina webmail '答复: 答复:' without a case tag (case_ref null): a reply through In-Reply-To / References to "
              "HQ's confirmation; the new text corrects the client's full name (the wrong '阳东刀具厂' it quotes is not "
              "data).")


@entry
def R5():
    rng = R("R5")
    d = dt(2026, 12, 3, 8, 55, 17)
    m = dict(from_name="敖志刚", addr="aozhigang@xiannvhu-media.com", date=d, subject="RE: 【DOR#SS-2026-001212】 商机申诉已受理",
             host=host_of(rng, "aliyun"))
    m["irt"] = "<ack.SS-2026-001212@ptg139.com>"
    m["refs"] = ["<ack.SS-2026-001212@ptg139.com>"]
    qhead = "在 2026/12/2 17:44, 总部商机服务 写道:"
    qbody = hq_text("SS-2026-001212", "商机申诉", ["申诉理由：第3条（留错电话）"])
    m["blocks"] = ["总部：\n申诉理由应为第2条，不是第3条——对方留的微信号加了三次都提示不存在，电话其实没留。\n敖志刚\n",
                   Quote("\n" + qhead + "\n" + quote_gt(qbody), qhead, qbody)]
    eml = kit7.thunderbird(m, rng, "UTF-8")
    return m, eml, dict(
        kind="reply", family="thread", client="Thunderbird 128 (UTF-8, 8bit)",
        fields=fields(reason_code=2), accept={}, source_text={"reason_code": ["申诉理由应为第2条"]},
        notes="Thunderbird 'RE:' with the tag in 【】 after a space; the new text corrects the criterion to 2 ('第3条' is "
              "the old value, '三次' a distractor); the quoted HQ text is ignored.")


# ==========================================================================
# family: short names only
# ==========================================================================

@entry
def S1():
    rng = R("S1")
    d = dt(2026, 11, 30, 14, 20, 8)
    m = dict(from_name="杨洪", addr="yanghong@yucheng-it.com", date=d, subject="荥经窑炉 商机申诉 YA20261130-04",
             host=host_of(rng, "exmail"))
    m["blocks"] = ["总部您好：\n荥经窑炉的商机 YA20261130-04，11月30日 9:05推送，客户11月30日 11:40提出：对方要订做陶瓷茶具，是做茶具批发的，"
                   "跟窑炉设备根本不是一个行业。\n\n雨城信息 杨洪"]
    eml = kit7.tencent(m, rng, wecom=True)
    return m, eml, dict(
        kind="appeal", family="short_names", client="WeCom / Tencent Exmail",
        fields=fields(partner="雨城信息", client="荥经窑炉", lead_ids=["YA20261130-04"], pushed_at=iso(2026, 11, 30, 9, 5),
                      objected_at=iso(2026, 11, 30, 11, 40), reason_code=4),
        accept={},
        source_text={"pushed_at": ["11月30日 9:05"], "objected_at": ["11月30日 11:40"], "reason_code": ["不是一个行业"]},
        notes="WeCom / Exmail (UTF-8 base64); short names only (the partner before the writer in the signature, the client "
              "in the subject and body); 2 h 35 min; code 4 in words; no attachment.")


@entry
def S2():
    rng = R("S2")
    d = dt(2026, 11, 27, 11, 6, 30)
    ids = ["LPS-261123-011", "LPS-261124-027", "LPS-261124-035", "LPS-261125-002", "LPS-261126-019"]
    m = dict(from_name="吴国栋", addr="wuguodong@liangdu-link.com", date=d, subject="盘州煤机 5条商机反馈",
             host=host_of(rng, "own", "mail.liangdu-link.com"))
    m["blocks"] = ["总部好：\n盘州煤机这5条：\n" + "\n".join(f"{x}：{v}" for x, v in zip(ids, ["准", "准", "不准，问煤炭价格", "准", "不准，矿工找工作"], strict=True))
                   + "\n建议删除关键词：煤矿；不做：煤炭销售、劳务招聘；多推：煤矿机电科、洗煤厂。\n\nWu Guodong\nLiangdu Link"]
    eml = kit7.apple_mail(m, rng)
    return m, eml, dict(
        kind="adjustment", family="short_names", client="Apple Mail (macOS)",
        fields=fields(partner="Liangdu Link", client="盘州煤机", lead_ids=ids, lead_count=5),
        accept={},
        extra={"keywords_add": [], "keywords_remove": ["煤矿"], "excluded_products": ["煤炭销售", "劳务招聘"], "audience": ["煤矿机电科", "洗煤厂"]},
        source_text={"lead_count": ["这5条"]},
        notes="Apple Mail (UTF-8 quoted-printable); the partner only as an English short name in the signature ('Liangdu "
              "Link'), the client by its Chinese short name; five ids with full-width colons and verdicts; the count '这5条'.")


@entry
def S3():
    rng = R("S3")
    d = dt(2026, 11, 28, 15, 44, 0)
    m = dict(from_name="乔建军", addr="qiaojianjun@jining-net.cn", date=d, subject="丰镇薯机 汇总反馈",
             host=host_of(rng, "own", "mail.jining-net.cn"))
    m["blocks"] = ["总部：\n丰镇薯机汇总一下：服务期2026年1月1日到2026年12月31日，目前推了88条；合同量我得翻一下合同再补给您。\n"
                   "客户说淀粉设备的询盘准，薯片线的少；想续费，但要等年底结算。\n\n—— 乔建军@集宁网络"]
    eml = kit7.android(m, rng)
    return m, eml, dict(
        kind="summary", family="short_names", client="phone mail app (8bit GBK)",
        fields=fields(partner="集宁网络", client="丰镇薯机", pushed_count=88, service_start="2026-01-01", service_end="2026-12-31"),
        accept={},
        renewal=True,
        source_text={"pushed_count": ["推了88条"], "service_start": ["2026年1月1日"], "service_end": ["2026年12月31日"]},
        notes="Phone mail app (8bit GBK, text only); short names only, the partner after '@' in the signature; the quota "
              "is not known yet ('合同量我得翻一下合同再补'): quota null and missing; time trigger only (91 % of the "
              "period; the lead ratio cannot be judged); renewal intended ('想续费').")


@entry
def S4():
    rng = R("S4")
    d = dt(2026, 12, 4, 9, 40, 2)
    m = dict(from_name="白雪峰", addr="baixuefeng@manaocheng-biz.com", date=d, subject="【玛瑙城】彰武铸机 商机申诉 FX26120311",
             host=("smtp.263.net", f"211.150.{rng.randint(1, 250)}.{rng.randint(1, 250)}"))
    m["blocks"] = ["总部：\n彰武铸机 FX26120311，推送时间12月3日下午2点15分。对方留了个微信，客户咋加都加不上，截图在附件。\n"
                   "客户具体啥时候提的我再问问，问到了补上。\n白雪峰"]
    m["atts"] = [Att("微信加不上.jpg", "image/jpeg", jpg(rng, rows=4, style="search"), "image/jpeg")]
    eml = kit10.mail263(m, rng)
    return m, eml, dict(
        kind="appeal", family="short_names", client="263 enterprise webmail (approximated)",
        fields=fields(partner="玛瑙城", client="彰武铸机", lead_ids=["FX26120311"], pushed_at=iso(2026, 12, 3, 14, 15), reason_code=2),
        accept={},
        source_text={"pushed_at": ["12月3日下午2点15分"], "reason_code": ["加不上"]},
        notes="263 webmail; the partner's short name only in the subject's 【】 ('【玛瑙城】'), the client by its short name; "
              "the objection time is not known yet ('啥时候提的我再问问'): objected_at null and missing, the 8-hour check "
              "null; code 2; JPEG screenshot.")


@entry
def S5():
    rng = R("S5")
    d = dt(2026, 12, 9, 10, 18, 44)
    m = dict(from_name="金美英", addr="jinmeiying@changbai-dm.com", date=d, subject="延吉面机 最近10条商机的反馈",
             host=host_of(rng, "own", "mail.changbai-dm.com"))
    m["blocks"] = ["总部您好，\n延吉面机最近推的10条，客户说7条准、3条不准，不准的都是饭店要买冷面成品。\n"
                   "建议：不做产品加上“冷面成品”；推广对象侧重面条厂。编号客户没导出来，后面补。\n\n长白数媒 金美英"]
    eml = kit9.mac_outlook(m, rng)
    return m, eml, dict(
        kind="adjustment", family="short_names", client="Outlook for Mac 16 (approximated)",
        fields=fields(partner="长白数媒", client="延吉面机", lead_count=10),
        accept={},
        extra={"keywords_add": [], "keywords_remove": [], "excluded_products": ["冷面成品"], "audience": ["面条厂"]},
        source_text={"lead_count": ["最近推的10条"]},
        notes="Outlook for Mac (UTF-8 quoted-printable + Word HTML); short names only (the partner before the writer); "
              "a count without ids ('最近推的10条'; '7条' / '3条' are the verdict split, distractors): lead_ids empty but "
              "not missing.")


# ==========================================================================
# family: clean requests
# ==========================================================================

@entry
def C1():
    rng = R("C1")
    d = dt(2026, 12, 7, 17, 2, 0)
    inner = ("合作商：眉山东坡数字营销有限公司\n付费客户：眉山仁寿枇杷分选设备有限公司\n商机编号：MS261207012\n推送时间：2026-12-07 09:30\n"
             "异议时间：2026-12-07 11:55\n申诉理由：需求者留的微信加不上（判定标准第2条）\n附件：搜索截图")
    qhead = "发件人: 苏晓燕\n发送时间: 2026年12月7日 12:10\n收件人: 彭磊\n主题: 仁寿分选机 申诉材料"
    m = dict(from_name="彭磊", addr="penglei@dongpo-dm.com", date=d, subject="转发: 仁寿分选机 申诉材料",
             host=host_of(rng, "own", "mail.dongpo-dm.com"))
    m["blocks"] = ["总部您好，转发同事整理的申诉材料，请受理。\n彭磊\n", Quote("\n" + qhead + "\n\n" + inner, qhead, inner)]
    m["atts"] = [Att("搜索截图.png", "image/png", png(rng, rows=3, style="search"), "image/png")]
    eml = kit7.outlook(m, rng, "zh-CN")
    return m, eml, dict(
        kind="appeal", family="clean", client="Outlook 16 (zh-CN)",
        fields=fields(partner="眉山东坡数字营销有限公司", client="眉山仁寿枇杷分选设备有限公司", lead_ids=["MS261207012"],
                      pushed_at=iso(2026, 12, 7, 9, 30), objected_at=iso(2026, 12, 7, 11, 55), reason_code=2),
        accept={"client": ["仁寿分选机"]},
        source_text={"pushed_at": ["2026-12-07 09:30"], "objected_at": ["2026-12-07 11:55"], "reason_code": ["判定标准第2条"]},
        notes="Outlook zh-CN '转发:' of a colleague's mail inside the partner (no thread headers): judged by content; the "
              "forwarded part carries the appeal (code 2, PNG screenshot); '发送时间: 2026年12月7日 12:10' is a distractor.")


@entry
def C2():
    rng = R("C2")
    d = dt(2026, 11, 20, 10, 5, 0)
    ids = ["YA20261113-02", "YA20261114-09", "YA20261116-05", "YA20261117-12", "YA20261118-03"]
    m = dict(from_name="杨洪", addr="yanghong@yucheng-it.com", date=d, subject="Re: 荥经窑炉 商机调整反馈",
             host=host_of(rng, "own", "mail.yucheng-it.com"))
    m["irt"] = "<20261119163015.6627@yucheng-it.com>"
    m["refs"] = ["<20261119163015.6627@yucheng-it.com>"]
    qhead = "杨洪 <yanghong@yucheng-it.com> 于2026年11月19日周四 16:30写道："
    qbody = "荥经窑炉的调整反馈明天发，客户还在核对。"
    m["blocks"] = ["总部您好：\n荥经窑炉客户核对完了，本次5条：\n" + "\n".join(f"{x} {v}" for x, v in zip(ids, ["精准", "精准，电窑炉", "不精准，买砂锅", "精准", "不精准，个人DIY"], strict=True))
                   + "\n新增关键词：梭式窑、电窑炉\n删除关键词：砂锅\n不做产品：砂锅成品\n推广对象：陶瓷厂、耐火材料厂\n\n"
                   "合作商：雅安雨城信息科技有限公司\n客户：雅安荥经砂器窑炉设备有限公司\n杨洪\n",
                   Quote("\n" + qhead + "\n" + quote_gt(qbody), qhead, qbody)]
    eml = kit10.lark(m, rng)
    return m, eml, dict(
        kind="adjustment", family="clean", client="Lark Mail (approximated)",
        fields=fields(partner="雅安雨城信息科技有限公司", client="雅安荥经砂器窑炉设备有限公司", lead_ids=ids, lead_count=5),
        accept={"client": ["荥经窑炉"]},
        extra={"keywords_add": ["梭式窑", "电窑炉"], "keywords_remove": ["砂锅"], "excluded_products": ["砂锅成品"], "audience": ["陶瓷厂", "耐火材料厂"]},
        source_text={"lead_count": ["本次5条"]},
        notes="Lark 'Re:' to the partner's own earlier mail (In-Reply-To / References at yucheng-it.com, not @ptg139.com): "
              "judged by content; a clean adjustment with five ids and verdicts; the quoted own mail is no data.")


@entry
def C3():
    rng = R("C3")
    d = dt(2026, 12, 14, 11, 25, 0)
    m = dict(from_name="李春梅", addr="lichunmei@teahorse-net.com", date=d, subject="思茅咖机 商机汇总反馈",
             host=("smtp.139.com", f"120.232.{rng.randint(1, 250)}.{rng.randint(1, 250)}"))
    m["blocks"] = ["总部您好：\n\n合作商：普洱茶马古道网络服务有限公司\n客户：普洱思茅咖啡加工设备有限公司\n合同商机数：160条\n已推送：101条\n"
                   "服务期：2026年3月1日至2027年2月28日\n客户情况：咖啡脱壳机、烘焙机询盘精准，成交3台；有些是咖啡馆要买咖啡豆。\n"
                   "解决方案：排除“咖啡豆零售”，增加“咖啡鲜果脱皮机”。\n续费意向：客户愿意续签。\n\n李春梅\n茶马网络"]
    eml = kit9.mail139(m, rng)
    return m, eml, dict(
        kind="summary", family="clean", client="139 webmail (approximated)",
        fields=fields(partner="普洱茶马古道网络服务有限公司", client="普洱思茅咖啡加工设备有限公司", quota=160, pushed_count=101,
                      service_start="2026-03-01", service_end="2027-02-28"),
        accept={"partner": ["茶马网络"]},
        renewal=True,
        source_text={"quota": ["合同商机数：160条"], "pushed_count": ["已推送：101条"], "service_start": ["2026年3月1日"],
                     "service_end": ["2027年2月28日"]},
        notes="139 webmail; a clean labelled summary; both triggers (63 %, 79 % of the period); '3台' is a distractor; "
              "renewal intended.")


@entry
def C4():
    rng = R("C4")
    d = dt(2026, 12, 11, 15, 9, 58)
    m = dict(from_name="章立群", addr="zhangliqun_qp@163.com", date=d, subject="商机申诉 青阳石机 CZ2612110035", host=host_of(rng, "163"))
    m["blocks"] = ["总部您好：\n\n合作商：池州秋浦数字科技有限公司\n付费客户：池州青阳石材切割设备有限公司\n商机编号：CZ2612110035\n"
                   "推送时间：2026-12-11 08:20\n客户异议时间：2026-12-11 13:10\n申诉理由：需求者属于同行恶意骚扰（判定标准第1条）\n"
                   "情况说明：对方自称石材厂，反复索要切石机图纸和报价，后承认自己是切石机厂家。\n附件：通话录音\n\n章立群\n秋浦数科"]
    m["atts"] = [Att("通话录音.mp3", "audio/mpeg", kit7.mp3(rng, 9), "audio/mpeg")]
    eml = kit7.coremail(m, rng, "163")
    return m, eml, dict(
        kind="appeal", family="clean", client="163 webmail (Coremail)",
        fields=fields(partner="池州秋浦数字科技有限公司", client="池州青阳石材切割设备有限公司", lead_ids=["CZ2612110035"],
                      pushed_at=iso(2026, 12, 11, 8, 20), objected_at=iso(2026, 12, 11, 13, 10), reason_code=1),
        accept={"partner": ["秋浦数科"]},
        source_text={"pushed_at": ["2026-12-11 08:20"], "objected_at": ["2026-12-11 13:10"], "reason_code": ["判定标准第1条"]},
        notes="163 webmail (GBK base64 text + HTML, GBK RFC 2047 file name); a clean labelled appeal, code 1 with an MP3 "
              "recording.")


# ==========================================================================
# family: automatic mail
# ==========================================================================

@entry
def A1():
    rng = R("A1")
    d = dt(2026, 12, 14, 9, 0, 31)
    m = dict(from_name="龚丽华", addr="gonglihua@zijiang-biz.com", date=d, subject="外出自动回复：[DOR#SS-2026-001215] 商机申诉判定结果",
             host=host_of(rng, "own", "domino.zijiang-biz.com"), mx="zijiang-biz.com")
    m["irt"] = "<verdict.SS-2026-001215@ptg139.com>"
    m["refs"] = ["<verdict.SS-2026-001215@ptg139.com>"]
    m["text"] = ("我将于2026年12月14日至12月18日出差，届时无法及时查看邮件。\n桃江竹机相关事宜请联系同事周敏 zhoumin@zijiang-biz.com，电话 0737-4218 630。\n\n"
                 "龚丽华\n益阳资江商务策划有限公司")
    eml = notes_oof(m, rng)
    return m, eml, dict(
        kind="auto", family="auto", client="HCL Notes out-of-office (approximated)",
        fields=fields(), accept={}, source_text={},
        notes="An HCL Notes out-of-office reply (gb2312 base64) whose subject starts with '外出自动回复：' (not one of the "
              "usual prefixes) before HQ's tag, with Auto-Submitted: auto-generated and thread headers to HQ's verdict: "
              "auto (case_ref from the subject, thread_case_ref from the headers); a client, a colleague and a phone "
              "number are named: no fields.")


@entry
def A2():
    rng = R("A2")
    d = dt(2026, 11, 18, 14, 33, 9)
    rcpt = "yuhaitao@jiugu-mtk.com"
    m = dict(from_name="", addr="mailer-daemon@googlemail.com", date=d, subject="Delivery Status Notification (Failure)",
             host=(f"mail-sor-f{rng.randint(40, 99)}.google.com", f"209.85.220.{rng.randint(1, 250)}"), rcpt=rcpt)
    m["irt"] = "<needinfo.SS-2026-001218@ptg139.com>"
    m["refs"] = ["<needinfo.SS-2026-001218@ptg139.com>"]
    m["text"] = (f"Address not found\n\nYour message wasn't delivered to {rcpt} because the address couldn't be found, or is "
                 "unable to receive mail.\n\nThe response from the remote server was:\n550 5.1.1 The email account that you "
                 "tried to reach does not exist.\n")
    m["returned"] = (f"From: =?UTF-8?B?5oC76YOo5ZWG5py65pyN5Yqh?= <dor@ptg139.com>\nTo: {rcpt}\n"
                     "Subject: =?UTF-8?B?W0RPUiNTUy0yMDI2LTAwMTIxOF0g5ZWG5py655Sz6K+J6ZyA6KGl5YWF5L+h5oGv?=\n"
                     f"Date: {rfcdate(d - timedelta(seconds=9))}\nMessage-ID: <needinfo.SS-2026-001218@ptg139.com>\n"
                     "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n")
    eml = gmail_dsn(m, rng)
    return m, eml, dict(
        kind="auto", family="auto", client="Gmail delivery status notification (approximated)",
        fields=fields(), accept={}, source_text={},
        notes="A Gmail 'Delivery Status Notification (Failure)' from mailer-daemon@googlemail.com: multipart/report "
              "(7bit text + HTML, message/delivery-status, the returned headers as text/rfc822-headers, no attachment) "
              "with Auto-Submitted and In-Reply-To / References to HQ's message: auto; no tag in its own subject "
              "(case_ref null), thread_case_ref from the headers.")


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


README_HEAD = """# blind12 — 49 labelled partner mails for `maild parse`, by family of difficulty

A blind held-out set: written from `shared/spec/DOMAIN.md`, the seed process document
(`seed-139-lead-process.zh.txt`), `shared/samples/` (README, sNN.eml, sNN.expected.json), the
shared corpus tools (`layout.py`, `mimekit.py`, `rules.py`, `checkkit.py`) and the generators and
checkers of blind7, blind8, blind9, blind10 and blind11, whose generic helpers (header encodings,
mail-client builders, drawings, audio containers, Word / Excel forms, the label assembler, the MIME
walk and the source-text parsers) it imports rather than copies. Nobody looked at the parser, its
tests or any other set's mails while writing it, and nobody tuned the parser on it — nor is anybody
to: it is an untouched measure of how well the parser generalises. New fictitious partners and
clients in 南投, 云林, 西贡, 坚尼地城, 河源, 阳江, 余姚, 慈溪, 宣城, 池州, 宜春, 新余, 益阳, 张家界, 眉山,
雅安, 普洱, 六盘水, 延边, 通化, 阜新, 铁岭 and 乌兰察布 (none of the cities of the earlier sets), with
new people, phrasings, clients, mail clients and id shapes; every person, phone number, tax id,
lead id and case id is invented.

- `tests/mail/blind12/NNN.eml` — the message as delivered (CRLF, the receiving server's
  Return-Path / Delivered-To / Received on top, bytes written the way each client writes them).
- `tests/mail/blind12/NNN.expected.json` — the samples' keys (`kind`, `message_id`, `sender`,
  `subject`, `case_ref`, `fields`, `missing`, `attachments` with `detected_type` / `inline`,
  `notes`, `mail_client`, `accept`, `thread_case_ref`, `malformed`, `checks`, `extra`,
  `source_key`) plus `family` (below), `topic` for `unknown` mail (question, onboarding, invoice,
  meeting, account, complaint, pitch, other) and `source_text`: the literal strings a time, number,
  date, reason or id shorthand was read from (further strings, each literal too, are the context it
  inherits: the day of an earlier time, or the start of a period given as a length). `accept` is
  always present (`{}` when there is no alternative form).
- `tools/corpus/blind12/generate.py` — the deterministic generator (one `random.Random` per entry
  key, fixed zip, core.xml and PDF dates): `python -B tools/corpus/blind12/generate.py [--out DIR]`.
  It imports the generators of blind7 … blind11 for the generic machinery and adds only what is
  new: the texts and labels, and the builders none of them has (Claws Mail with GB18030
  quoted-printable text and `filename*=GB18030''…`, an HCL Notes out-of-office reply, a Gmail
  delivery-status notification with thread headers). Needs python-docx, openpyxl and Pillow; the
  committed bytes were made with Python 3.11.7, Pillow 13.0.0, python-docx 1.2.0 and openpyxl 3.1.5
  (other Pillow / zlib versions may change image and zip bytes, and so sizes and SHA-256 in the
  labels).
- `tools/corpus/blind12/check.py` — `python -B tools/corpus/blind12/check.py [--no-regen] [DIR]`:
  parses every message with Python's `email` package (and a raw header walk, through blind7's …
  blind11's checkers), re-finds the attachments by the samples' rule and compares name, declared
  type, size, sha256, role and sniffed type, checks every labelled value and alias against the
  decoded text (traditional→simplified aliases by its own character table), re-derives every time,
  count, date, reason code and expanded id from `source_text` (the earlier parsers, with this set's
  forms rewritten into theirs), checks `missing`, `checks`, the summary trigger, the kind / family /
  topic counts, the charset / encoding / client coverage and this README, and regenerates the set
  byte for byte.

Compare as the samples' README says: kind, message_id, sender, subject, case_ref and attachments
exactly, `missing` as a set, fields exactly for appeal/adjustment/summary (NFKC; partner/client may
match an `accept` alias; times as instants); reply fields are the corrections the reply makes;
auto/unknown: no invented fields.

## Families

| family | what it exercises |
|---|---|
| `traditional` | Nantou, Yunlin, Sai Kung and Kennedy Town writers (Outlook zh-TW in Big5, Yahoo Mail TW, Windows Live Mail in Big5-HKSCS, Apple Mail, Outlook for Mac; written Cantonese); an ROC dotted date with the weekday (`115.11.03（二）09:48`), an ROC slash date with 下午, ROC periods with a full-width tilde, `一百十二筆`, `琴日晏晝`, a bare `四點一個字`; simplified forms in `accept` |
| `english` | English and mixed writers: `Tue 10 Nov, 08:45` and `quarter past two that afternoon`, `0930H` / `1545H` after a month-first `11/16`, `1 Dec 2025 through 30 Nov 2026`, a `150-lead package`, 👍 / 👎 verdicts and `all ten leads`, a fiscal year in months (`Apr-2026 to Mar-2027`), `quota = 300` |
| `dates` | north-eastern `昨个晌午` / `昨个擦黑儿`, an objection as an offset in minutes (`推送后四十五分钟`), a period as a contract length (`两年期合同，2026年1月8日生效`), `本月24号晚8点10分` / `25号早7点半` (outside 8 h), `上上周五` in a late appeal without evidence |
| `numbers` | financial numerals with a zero (`壹佰零伍条`), an id and slash-separated two-digit tails (`XY26112501/07/13/19/26`), a Roman-numeral criterion (`第Ⅲ条`), the lead trigger reached exactly (108 / 180), numeric ten-digit ids behind `No.` |
| `forms` | .docx / .xlsx: a table with merged value cells, date and time in separate cells and ☒ / ☐ boxes, numeric id cells with Y / N, date cells labelled 起 / 止 and a formula cell, a Word form of paragraphs with the date glued to the clock, a Word table with ○ / × verdicts |
| `non_request` | mail that is none of the three requests → `unknown` with a `topic` |
| `thread` | replies that correct one field (push time, lead id, pushed count, client name, criterion): `回覆: []`, `Re: Re: []`, `回复:()` with ASCII parentheses, `答复: 答复:` with no tag and only the thread headers, `RE: 【】` |
| `short_names` | partner and/or client only as short names: before the writer, an English short name, after `@`, only in the subject's 【】; a missing quota, a missing objection time, a count without ids |
| `clean` | ordinary requests (one `转发:` inside the partner, one `Re:` to the partner's own earlier mail) |
| `auto` | an HCL Notes out-of-office reply whose subject starts with `外出自动回复：` before HQ's tag (Auto-Submitted: auto-generated, thread headers) and a Gmail delivery-status notification with In-Reply-To / References to HQ |

## Labelling decisions a reader could make differently

- **Traditional script**: `partner` / `client` are the strings as written; the character-by-character
  simplified forms and the short forms are in `accept`, even when the simplified form is not in the
  message. Written Cantonese is labelled like Mandarin: `琴日` is yesterday, `晏晝` afternoon, `N點M個字`
  is N:(M × 5); a bare `四點一個字` takes the day and the afternoon of the time before it.
- **ROC years**: `115.11.03`, `115/11/12` and `115年…` are ROC years (+ 1911); the weekday `（二）` is no
  part of the time.
- **Clock forms**: `晌午` is noon, `擦黑儿` dusk (p.m.), `晚8点10分` 20:10, `早7点半` 07:30, `下午三点整`
  15:00; `quarter past two that afternoon` is 14:15 on the day of the push; `0930H` is 09:30.
- **Relative days**: `昨个` is yesterday of the Date header; `本月24号` and a bare `25号` are days of the
  Date header's month; `上上周五` is the Friday of the week before last (weeks start on Monday);
  `推送后四十五分钟` is the push time plus 45 minutes.
- **Periods**: `两年期合同，2026年1月8日生效` ends two years later less a day (2028-01-07); `Apr-2026 to
  Mar-2027` (months only) starts on the first and ends on the last day of those months; cells
  labelled only `起` / `止` are the start and end.
- **Numbers**: `壹佰零伍条` is 105, `一百十二筆` 112; a `150-lead package` is the quota; 108 of 180 is
  exactly 60 % and reaches the lead trigger; a formula cell and percentages are no counts; `第Ⅲ条`
  is criterion 3; 👍 / 👎, Y / N and ○ / × are verdicts.
- **Id shorthand**: `XY26112501/07/13/19/26` is five ids, the tails replacing the last two digits;
  the bare tails at the start of verdict lines, `No.` and the row numbers are no ids; numeric
  ten-digit ids are ids, an eleven-digit mobile number is not.
- **Short names**: when only a short name is written it is the field, also when it is English
  (`Liangdu Link`), after `@` (`集宁网络`) or only in the subject's 【】 (`【玛瑙城】`); an appeal whose
  objection time is still being asked misses `objected_at` (the 8-hour check is null); a summary
  without a quota misses `quota` and its trigger is judged on the period alone; an adjustment with a
  count but no ids misses nothing.
- **Replies**: only the reply's own new text and attachments count; a correction gives the corrected
  value only (the old value it names and the quoted HQ text are not data). A tag inside ASCII
  parentheses is a tag; a reply without a tag in its subject is still a reply through its
  `@ptg139.com` thread headers (case_ref null). `accept` of a reply is `{}`.
- **Not requests**: a question about repeated inquiries (it says it is not an appeal), a new
  client's contract scan, billing details for an invoice, a meeting invitation, account changes, a
  complaint that nothing was pushed for three weeks, a stranger's pitch that uses the appeal words
  and a New Year card are `unknown` with no fields, whatever they name.
- **Automatic**: Auto-Submitted wins over a `[DOR#…]` tag and over thread headers; a DSN with
  In-Reply-To / References to HQ is `auto` with thread_case_ref and no case_ref; its delivery-status
  and returned-header parts are not attachments.
- **Late appeals**: an objection more than 8 hours after the push (`8 h 2 min`, `11 h 20 min`) is
  still an appeal; `objection_within_8h` is false.

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
