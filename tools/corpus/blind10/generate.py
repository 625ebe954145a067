#!/usr/bin/env python3
"""Deterministic generator of the blind10 evaluation set (49 labelled partner mails).

Run:  python -B tools/corpus/blind10/generate.py [--out DIR]
      (default: the set into tests/mail/blind10, README.md next to this file;
      with --out, everything into DIR and the checkout is untouched)

Written blind: from shared/spec/DOMAIN.md, the seed process document, shared/samples/
and the shared corpus tools only, never from the parser, its tests or another set's
mails.  The generic machinery (header encodings, the mail-client builders, drawings,
audio containers, Word / Excel forms, the label assembler) is imported from the
generators of blind7, blind8 and blind9; this file holds what is new to blind10: its
partners, clients, people and texts, its labels, and the builders the three lack
(self-hosted Roundcube with RFC 2231 names in Content-Type and Content-Disposition and
Q-encoded headers, 263 enterprise webmail with GB2312 quoted-printable text and Q-encoded
file names, Lark Mail, a Dovecot / Pigeonhole Sieve vacation reply and a Coremail
'系统退信' bounce carrying the returned message as an unnamed message/rfc822 part).

Every partner, client, person, phone number, lead id and case id is fictitious.  One
random.Random per message (seeded from the entry key), fixed zip member dates and fixed
core.xml / PDF dates make a rerun byte-identical.  Needs python-docx, openpyxl, Pillow.
"""
from __future__ import annotations

import hashlib
import importlib.util
import json
import random
import sys
from datetime import timedelta
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
    ew_fit,
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


kit8 = _load("blind8_generate", "blind8")
kit9 = _load("blind9_generate", "blind9")

Att, Quote = kit7.Att, kit7.Quote
dt, iso, fields, host_of, rs = kit7.dt, kit7.iso, kit7.fields, kit7.host_of, kit7.rs
png, jpg, amr, mp3 = kit7.png, kit7.jpg, kit7.amr, kit7.mp3
docx_form, xlsx_book, top, thread, mp = kit7.docx_form, kit7.xlsx_book, kit7.top, kit7.thread, kit7.mp
HEXL, HEXU, HQ, quote_gt = kit7.HEXL, kit7.HEXU, kit7.HQ, kit7.quote_gt

SET = "blind10"
SEED = "maild-blind10-2026"
HQ_NAME = "总部商机服务"


def R(key):
    return random.Random(f"{SEED}:{key}")


def isos(y, mo, d, h, mi, s):
    """An ISO instant that keeps the seconds the writer copied."""
    return dt(y, mo, d, h, mi, s).isoformat()


# --------------------------------------------------------------------------
# what blind7, blind8 and blind9 lack: mail clients
# --------------------------------------------------------------------------

def q_words(s, charset="UTF-8", codec=None):
    """A header text as Q-encoded words (Roundcube, 263), folded between words."""
    if s.isascii():
        return s
    return "\r\n ".join(ew_fit(s, charset, codec, mode="Q", maxlen=72))


def roundcube(m, rng):
    """Roundcube Webmail 1.6 (self-hosted; approximated): text/plain format=flowed quoted-printable,
    Q-encoded Subject / From, attachment names as RFC 2231 parameters in Content-Type (name*0*=…)
    and Content-Disposition (filename*0*=…)."""
    d = m["date"]
    plain = crlf(kit7.plain_of(m["blocks"], "\t"))
    tp = leaf(["Content-Transfer-Encoding: quoted-printable", "Content-Type: text/plain; charset=UTF-8;", " format=flowed"],
              qp(plain.encode("utf-8")) + CRLF)
    dom = m["addr"].split("@")[1]
    if m.get("atts"):
        b = "=_" + rs(rng, 32, HEXL)
        parts = [tp]
        for a in m["atts"]:
            if a.filename.isascii():
                h = [f"Content-Type: {a.declared};", f' name="{a.filename}"', "Content-Transfer-Encoding: base64",
                     "Content-Disposition: attachment;", f' filename="{a.filename}";', f" size={len(a.data)}"]
            else:
                names = kit7.rfc2231_params("name", a.filename, "UTF-8", width=54)
                files = kit7.rfc2231_params("filename", a.filename, "UTF-8", width=54)
                h = [f"Content-Type: {a.declared};"] + [" " + p + (";" if i < len(names) - 1 else "") for i, p in enumerate(names)]
                h += ["Content-Transfer-Encoding: base64", "Content-Disposition: attachment;"]
                h += [" " + p + ";" for p in files] + [f" size={len(a.data)}"]
            parts.append(leaf(h, b64_body(a.data)))
        ctype = ["Content-Type: multipart/mixed;", f' boundary="{b}"']
        body = mp(b, parts)
    else:
        ctype = ["Content-Type: text/plain; charset=UTF-8;", " format=flowed", "Content-Transfer-Encoding: quoted-printable"]
        body = qp(plain.encode("utf-8")) + CRLF
    mid = f"<{hashlib.md5(rs(rng, 20).encode()).hexdigest()}@{dom}>"
    m["message_id"] = mid
    h = top(rng, m["addr"], *m["host"], d, 2)
    frm = m["from_name"]
    h += ["MIME-Version: 1.0", "Date: " + rfcdate(d), f"From: {q_words(frm)} <{m['addr']}>", "To: " + HQ,
          "Subject: " + q_words(m["subject"]), "Message-ID: " + mid] + thread(m)
    h += ["X-Sender: " + m["addr"], "User-Agent: Roundcube Webmail/1.6.9"] + ctype
    return header_block(h) + CRLF + body


def mail263(m, rng):
    """263 enterprise webmail (approximated): text/plain quoted-printable and text/html base64, both
    declared GB2312 (and written as GB18030), attachment names as Q-encoded GB2312 words."""
    d = m["date"]
    plain = crlf(kit7.plain_of(m["blocks"], "  "))
    htm = crlf('<html><head><meta http-equiv="Content-Type" content="text/html; charset=GB2312"></head><body>'
               '<div style="font-size:10.5pt;font-family:宋体">' + kit7.html_blocks(m["blocks"], kit7.bq_quote)
               + "</div></body></html>")
    stamp = f"{int(d.timestamp())}{rng.randint(100, 999)}"
    alt_b = f"----=_Part_263_{stamp}_{rs(rng, 10, HEXU)}"
    alt = mp(alt_b, [leaf(["Content-Type: text/plain; charset=GB2312", "Content-Transfer-Encoding: quoted-printable"],
                          qp(plain.encode("gb18030")) + CRLF),
                     leaf(["Content-Type: text/html; charset=GB2312", "Content-Transfer-Encoding: base64"],
                          b64_body(htm.encode("gb18030")))])
    if m.get("atts"):
        ob = f"----=_Part_263_{stamp}_{rs(rng, 10, HEXU)}"
        parts = [leaf([f'Content-Type: multipart/alternative; boundary="{alt_b}"'], alt)]
        for a in m["atts"]:
            w = " ".join(ew_fit(a.filename, "GB2312", "gb18030", mode="Q", maxlen=70))
            parts.append(leaf([f'Content-Type: {a.declared}; name="{w}"', "Content-Transfer-Encoding: base64",
                               f'Content-Disposition: attachment; filename="{w}"'], b64_body(a.data)))
        ctype = f'Content-Type: multipart/mixed; boundary="{ob}"'
        body = mp(ob, parts)
    else:
        ctype = f'Content-Type: multipart/alternative; boundary="{alt_b}"'
        body = alt
    mid = f"<{d.strftime('%Y%m%d%H%M%S')}.{rs(rng, 12, HEXU)}@{m['addr'].split('@')[1]}>"
    m["message_id"] = mid
    h = top(rng, m["addr"], *m["host"], d, 3)
    h += ["Date: " + rfcdate(d), kit7.from_header(m["from_name"], m["addr"], "GB2312"), "To: " + HQ,
          kit7.subj_header(m["subject"], "GB2312"), "Message-ID: " + mid] + thread(m)
    h += ["MIME-Version: 1.0", ctype, f"X-263-Client-IP: 10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 250)}",
          "X-Mailer: 263 Enterprise Webmail (approximated)"]
    return header_block(h) + CRLF + body


def lark(m, rng):
    """Lark Mail / Feishu (approximated): UTF-8 base64 text + HTML, RFC 2047 B file names."""
    d = m["date"]
    plain = crlf(kit7.plain_of(m["blocks"], " "))
    htm = crlf('<div style="font-family:-apple-system,PingFang SC;font-size:14px;line-height:1.6" data-lark-mail-body="1">'
               + kit7.html_blocks(m["blocks"], kit7.bq_quote) + "</div>")
    alt_b = rs(rng, 24, HEXL)
    alt = mp(alt_b, [leaf(["Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: base64"],
                          b64_body(plain.encode("utf-8"))),
                     leaf(["Content-Type: text/html; charset=UTF-8", "Content-Transfer-Encoding: base64"],
                          b64_body(htm.encode("utf-8")))])
    if m.get("atts"):
        ob = rs(rng, 24, HEXL)
        parts = [leaf([f'Content-Type: multipart/alternative; boundary="{alt_b}"'], alt)]
        for a in m["atts"]:
            w = a.filename if a.filename.isascii() else ew_one(a.filename, "UTF-8")
            parts.append(leaf([f'Content-Type: {a.declared}; name="{w}"', f'Content-Disposition: attachment; filename="{w}"',
                               "Content-Transfer-Encoding: base64"], b64_body(a.data)))
        ctype = f'Content-Type: multipart/mixed; boundary="{ob}"'
        body = mp(ob, parts)
    else:
        ctype = f'Content-Type: multipart/alternative; boundary="{alt_b}"'
        body = alt
    mid = f"<{kit7.uuid_like(rng, upper=False)}@{m['addr'].split('@')[1]}>"
    m["message_id"] = mid
    h = top(rng, m["addr"], *m["host"], d, 2)
    h += ["X-Lms-Return-Path: <lba+" + rs(rng, 22, HEXL) + "@" + m["addr"].split("@")[1] + ">",
          "Date: " + rfcdate(d), "Message-Id: " + mid, "Mime-Version: 1.0", ctype,
          kit7.subj_header(m["subject"], "UTF-8"), kit7.from_header(m["from_name"], m["addr"], "UTF-8"),
          "To: " + f'"{HQ}" <{HQ}>'] + thread(m)
    h += ["X-Mailer: Lark Mail (approximated)", "Content-Language: zh"]
    return header_block(h) + CRLF + body


def sieve_vacation(m, rng):
    """A Dovecot / Pigeonhole Sieve vacation reply (approximated): null envelope sender,
    'Auto:' subject, Auto-Submitted with a comment, Precedence: bulk, UTF-8 8bit text only."""
    d = m["date"]
    mid = f"<dovecot-sieve-{int(d.timestamp())}-{rng.randint(1000, 99999)}-0@{m['mx']}>"
    m["message_id"] = mid
    h = top(rng, None, *m["host"], d, 1)
    h += ["Message-ID: " + mid, "Date: " + rfcdate(d), "X-Sieve: Pigeonhole Sieve 0.5.21 (f6cd4b8e)",
          f"From: <{m['addr']}>", f"To: <{HQ}>", kit7.subj_header(m["subject"], "utf-8"),
          "Auto-Submitted: auto-replied (vacation)", "Precedence: bulk"] + thread(m)
    h += ["MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"]
    text = crlf(m["text"])
    return header_block(h) + CRLF + text.encode("utf-8") + CRLF


def coremail_bounce(m, rng):
    """A Coremail '系统退信' from postmaster (approximated): no Auto-Submitted, multipart/mixed with a
    GBK HTML notice and the returned message as an unnamed message/rfc822 part."""
    d = m["date"]
    htm = crlf('<html><head><meta http-equiv="Content-Type" content="text/html; charset=GBK"></head><body>'
               '<div style="font-size:14px;font-family:Verdana">' + kit7.divs(m["text"]) + "</div></body></html>")
    b = f"----=_Part_{rng.randint(100000, 999999)}_{rng.randint(10 ** 8, 10 ** 9 - 1)}.{int(d.timestamp()) * 1000}"
    body = mp(b, [leaf(["Content-Type: text/html; charset=GBK", "Content-Transfer-Encoding: base64"],
                       b64_body(htm.encode("gbk"))),
                  leaf(["Content-Type: message/rfc822", "Content-Transfer-Encoding: 7bit"], crlf(m["returned"]).encode("ascii"))])
    mid = f"<{rs(rng, 8, HEXL)}.{rs(rng, 4, HEXL)}.{'19' + rs(rng, 9, HEXL)}.Coremail.{m['addr']}>"
    m["message_id"] = mid
    h = top(rng, None, *m["host"], d, 1)
    h += ["Date: " + rfcdate(d, cst=True), f"From: {m['addr']}", "To: " + HQ, kit7.subj_header(m["subject"], "GBK"),
          "Message-ID: " + mid, "MIME-Version: 1.0", f'Content-Type: multipart/mixed; boundary="{b}"',
          "X-Mailer: Coremail Postmaster (approximated)"]
    return header_block(h) + CRLF + body


# --------------------------------------------------------------------------
# entries
# --------------------------------------------------------------------------

ENTRIES = []


def entry(fn):
    ENTRIES.append(fn)
    return fn


# ==========================================================================
# family: traditional Chinese writers (Miaoli, Chiayi, North Point)
# ==========================================================================

@entry
def T1():
    rng = R("T1")
    d = dt(2026, 10, 21, 17, 12, 8)
    m = dict(from_name="彭雅婷", addr="yating.peng@shancheng-digital.com.tw", date=d,
             subject="申訴｜德昌木工 XP-2610-0528（電話是傳真機）", host=host_of(rng, "own", "mail.shancheng-digital.com.tw"))
    m["blocks"] = [
        "總部客服組 您好：\n\n敝司客戶德昌木工今天有一筆商機想提出申訴，資料如下，煩請協助判定。\n\n"
        "◎ 合作廠商：苗栗山城數位整合行銷有限公司\n◎ 付費客戶：苗栗頭份德昌木工機械股份有限公司\n◎ 商機編號：XP-2610-0528\n"
        "◎ 推播時間：115/10/21 (三) AM 09:48\n◎ 客戶反映時間：115/10/21 (三) PM 02:35\n"
        "◎ 申訴理由：需求者留的市話撥過去是傳真機的聲音，手機欄位空白，客戶打了四次都一樣，屬於留錯電話。\n\n"
        "附件為客戶業務的通話紀錄截圖，請參考。\n\n彭雅婷 Ya-Ting Peng\n山城數位｜客服專案部\nTEL：037-663-281 分機 22"]
    m["atts"] = [Att("通話紀錄截圖.png", "image/png", png(rng, rows=9, style="list"), "image/png")]
    eml = kit7.outlook(m, rng, "zh-TW")
    return m, eml, dict(
        kind="appeal", family="traditional", client="Outlook 16 (zh-TW, Big5)",
        fields=fields(partner="苗栗山城數位整合行銷有限公司", client="苗栗頭份德昌木工機械股份有限公司", lead_ids=["XP-2610-0528"],
                      pushed_at=iso(2026, 10, 21, 9, 48), objected_at=iso(2026, 10, 21, 14, 35), reason_code=3),
        accept={"partner": ["山城數位", "苗栗山城数位整合行销有限公司", "山城数位"],
                "client": ["德昌木工", "苗栗头份德昌木工机械股份有限公司"]},
        source_text={"pushed_at": ["115/10/21 (三) AM 09:48"], "objected_at": ["115/10/21 (三) PM 02:35"],
                     "reason_code": ["屬於留錯電話"]},
        notes="Outlook zh-TW (Big5 base64 text + Word HTML, Big5 RFC 2047 file name); Taiwanese labels behind '◎' "
              "bullets (合作廠商, 付費客戶, 推播時間, 客戶反映時間); ROC dates with slashes, the weekday in half-width "
              "brackets and the am/pm marker written before a zero-padded time ('115/10/21 (三) AM 09:48', "
              "'PM 02:35' = 14:35); code 3 (the landline is a fax, 留錯電話); '四次' and the extension '分機 22' are "
              "distractors; PNG call-log screenshot.")


@entry
def T2():
    rng = R("T2")
    d = dt(2026, 11, 20, 10, 26, 41)
    m = dict(from_name="蕭宜蓁", addr="yizhen_hsiao@yahoo.com.tw", date=d, subject="大林乾燥機 商機彙總回饋（推播已過六成）",
             host=host_of(rng, "yahoo"))
    m["blocks"] = [
        "總部您好：\n\n大林乾燥機這一期的推播已超過六成，依流程彙總如下：\n\n合作廠商　嘉義諸羅網路科技股份有限公司\n"
        "客戶　　　嘉義大林稻米乾燥機械股份有限公司\n服務期　　民國115年4月1日起至116年3月底止\n保證商機　150 筆\n"
        "已推播　　96 筆（64%）\n\n客戶回饋：循環式穀物乾燥機的詢價最多也最準，已經成交2台；另有十來筆在問碾米廠整廠規劃，"
        "客戶只賣乾燥機，不做整廠工程。\n建議：排除「碾米整廠規劃」，增加「循環式乾燥機」「低溫乾燥機」。\n"
        "續約：客戶明年還要繼續做，想談兩年約。\n\n蕭宜蓁\n諸羅網路 業務二課\n05-2267-391"]
    eml = kit7.yahoo(m, rng)
    return m, eml, dict(
        kind="summary", family="traditional", client="Yahoo Mail (Taiwan web)",
        fields=fields(partner="嘉義諸羅網路科技股份有限公司", client="嘉義大林稻米乾燥機械股份有限公司", quota=150, pushed_count=96,
                      service_start="2026-04-01", service_end="2027-03-31"),
        accept={"partner": ["諸羅網路", "嘉义诸罗网路科技股份有限公司", "诸罗网路"],
                "client": ["大林乾燥機", "嘉义大林稻米干燥机械股份有限公司", "大林干燥机"]},
        renewal=True,
        source_text={"quota": ["保證商機　150 筆"], "pushed_count": ["已推播　　96 筆"], "service_start": ["民國115年4月1日"],
                     "service_end": ["116年3月底"]},
        notes="Yahoo Mail TW (UTF-8 quoted-printable text + HTML); labels and values separated by ideographic spaces; "
              "the period ends at a month's end in ROC years ('民國115年4月1日起至116年3月底止' = 2026-04-01 .. "
              "2027-03-31, the second year without 民國, '3月底' the last day of March); lead trigger only (64 %, "
              "64 % of the period); '64%', '2台', '十來筆' and '兩年約' are distractors; renewal intended.")


@entry
def T3():
    rng = R("T3")
    d = dt(2026, 10, 29, 15, 40, 17)
    ids = ["XP-2610-0611", "XP-2610-0618", "XP-2610-0625", "XP-2610-0630", "XP-2610-0637", "XP-2610-0642", "XP-2610-0649",
           "XP-2610-0655", "XP-2610-0661", "XP-2610-0668"]
    ver = ["OK，問緊真空包裝機", "OK", "唔啱，佢要買現成嘅膠袋", "OK，食品廠要成條封口線", "唔啱，搵人代工包裝", "OK",
           "OK，問熱收縮包裝機", "唔啱，學生做功課問資料", "OK", "OK，連續式封口機"]
    m = dict(from_name="麥志偉", addr="chiwai.mak@harbourpoint.com.hk", date=d, subject="宏基包裝 呢10單商機嘅回覆同調整建議",
             host=host_of(rng, "own", "smtp.harbourpoint.com.hk"), pc_name="HPBC-PC07")
    m["blocks"] = [
        "總部同事你好，\n\n宏基包裝已經逐單睇晒上兩個禮拜推過嚟嘅10單商機，結果如下：\n\n"
        + "\n".join(f"#{ids[i]} {ver[i]}" for i in range(10)) + "\n\n想調整嘅嘢：\n加關鍵字：真空包裝機、熱收縮包裝機\n"
        "刪關鍵字：包裝袋\n唔做嘅產品：膠袋、包裝代工\n主要對象：食品廠、凍肉廠\n\n合作商：北角海港商務顧問有限公司\n"
        "客戶：大埔工業邨宏基包裝機械有限公司\n\nChi Wai\n麥志偉 | 海港商務\nHarbour Point Business Consulting Ltd."]
    eml = kit7.windows_live(m, rng)
    return m, eml, dict(
        kind="adjustment", family="traditional", client="Windows Live Mail 2012 (Big5-HKSCS)",
        fields=fields(partner="北角海港商務顧問有限公司", client="大埔工業邨宏基包裝機械有限公司", lead_ids=ids, lead_count=10),
        accept={"partner": ["海港商務", "Harbour Point Business Consulting Ltd.", "北角海港商务顾问有限公司", "海港商务"],
                "client": ["宏基包裝", "大埔工业邨宏基包装机械有限公司", "宏基包装"]},
        extra={"keywords_add": ["真空包裝機", "熱收縮包裝機"], "keywords_remove": ["包裝袋"], "excluded_products": ["膠袋", "包裝代工"],
               "audience": ["食品廠", "凍肉廠"]},
        source_text={"lead_count": ["呢10單"]},
        notes="Windows Live Mail from North Point (Big5-HKSCS quoted-printable text + HTML), written Cantonese (睇晒, 嘅, "
              "唔啱, 搵); ten ids each behind a '#' ('#XP-2610-0611 OK' - the hash is not part of the id); the count "
              "'呢10單' (單 counts leads); '上兩個禮拜' is a distractor; simplified forms in accept.")


@entry
def T4():
    rng = R("T4")
    d = dt(2026, 11, 6, 11, 3, 52)
    m = dict(from_name="Karen Leung 梁嘉欣", addr="karen.leung@harbourpoint.com.hk", date=d,
             subject="恒興食品設備 商機申訴 (XP-2611-0127)", host=host_of(rng, "google"))
    m["blocks"] = [
        "Hello 總部，\n\n想幫恒興食品設備申訴一單：XP-2611-0127。\n呢單尋晚八點踏正推過嚟，客戶今朝十點三個字先覆我哋，"
        "話打過去對方一開口就問晒成本價、交貨期同埋代理政策，追問之下先認係觀塘另一間做食品機械嘅同行，專登嚟套價。\n"
        "我知已經超過8個鐘，不過真係同行嚟搞事，想總部睇下。錄音喺附件。\n\n合作商：北角海港商務顧問有限公司\n"
        "客戶：大埔汀角恒興食品設備有限公司\n\nKaren Leung 梁嘉欣\nSenior Account Executive | 海港商務\nT: +852 2561 7430"]
    m["atts"] = [Att("錄音_恒興_1105.aac", "audio/aac", kit8.aac(rng, 9), "audio/aac")]
    eml = kit7.gmail(m, rng)
    return m, eml, dict(
        kind="appeal", family="traditional", client="Gmail (Google Workspace)",
        fields=fields(partner="北角海港商務顧問有限公司", client="大埔汀角恒興食品設備有限公司", lead_ids=["XP-2611-0127"],
                      pushed_at=iso(2026, 11, 5, 20, 0), objected_at=iso(2026, 11, 6, 10, 15), reason_code=1),
        accept={"partner": ["海港商務", "北角海港商务顾问有限公司", "海港商务"],
                "client": ["恒興食品設備", "大埔汀角恒兴食品设备有限公司", "恒兴食品设备"]},
        source_text={"pushed_at": ["尋晚八點踏正"], "objected_at": ["今朝十點三個字"], "reason_code": ["同行，專登嚟套價"]},
        notes="Gmail (UTF-8) from North Point, written Cantonese with the clock read in 字 (five-minute steps): "
              "'尋晚八點踏正' (last night at eight sharp: 2026-11-05 20:00) and '今朝十點三個字' (this morning, three 字 "
              "past ten: 10:15) - 14 h 15 min, outside 8 h (the writer says so); code 1 (同行 fishing for prices); an "
              "ADTS AAC recording; '8個鐘' and the phone number are distractors.")


@entry
def T5():
    rng = R("T5")
    d = dt(2026, 10, 15, 9, 31, 26)
    m = dict(from_name="古明哲", addr="mingzhe.ku@shancheng-digital.com.tw", date=d, subject="民雄烘焙 商機彙總回饋（服務期已過七成）",
             host=host_of(rng, "own", "mail.shancheng-digital.com.tw"), html_lang="ZH-TW")
    m["blocks"] = [
        "總部 承辦窗口 您好，\n\n民雄烘焙合約已走過七成，彙總回饋如下：\n\n一、合作廠商：苗栗山城數位整合行銷有限公司\n"
        "二、付費客戶：嘉義民雄烘焙機械股份有限公司\n三、合約期間：114.12.01 - 115.11.30\n四、合約保證商機：120 則\n"
        "五、截至目前已推播：78 則\n六、客戶意見：隧道爐、旋風爐的詢價精準度高；有不少詢價是要買麵包成品或找烘焙課程，客戶只賣設備。\n"
        "七、調整方向：排除「烘焙課程」「麵包批發」，加強「隧道式烤爐」。\n八、續約意願：客戶口頭表示會續約，預計12月簽。\n\n"
        "古明哲 敬上\n山城數位 業務部 經理"]
    eml = kit9.mac_outlook(m, rng)
    return m, eml, dict(
        kind="summary", family="traditional", client="Outlook for Mac 16 (approximated)",
        fields=fields(partner="苗栗山城數位整合行銷有限公司", client="嘉義民雄烘焙機械股份有限公司", quota=120, pushed_count=78,
                      service_start="2025-12-01", service_end="2026-11-30"),
        accept={"partner": ["山城數位", "苗栗山城数位整合行销有限公司", "山城数位"],
                "client": ["民雄烘焙", "嘉义民雄烘焙机械股份有限公司"]},
        renewal=True,
        source_text={"quota": ["合約保證商機：120 則"], "pushed_count": ["已推播：78 則"], "service_start": ["114.12.01"],
                     "service_end": ["115.11.30"]},
        notes="Outlook for Mac (UTF-8 quoted-printable text + Word HTML); the period in ROC years with dots and zero "
              "padding ('114.12.01 - 115.11.30' = 2025-12-01 .. 2026-11-30); counts in '則'; both triggers (65 %, 87 % "
              "of the period); '七成' and '12月' are distractors; renewal intended.")


# ==========================================================================
# family: English and mixed-language writers
# ==========================================================================

@entry
def E1():
    rng = R("E1")
    d = dt(2026, 10, 21, 16, 22, 5)
    m = dict(from_name="Haibo Yu", addr="haibo.yu@donghai-net.cn", date=d,
             subject="Appeal request - Jintang Screw Barrel - lead XJ2610210093", host=host_of(rng, "own", "mail.donghai-net.cn"))
    m["blocks"] = [
        "Dear HQ,\n\nOn behalf of our client Jintang Screw (舟山金塘螺杆机械有限公司) we would like to appeal the following "
        "lead.\n\nPartner:          舟山东海互联网科技有限公司\nLead ID:          XJ2610210093\nPushed:           21/10 at 0905hrs\n"
        "Client objected:  21/10 at 1340hrs\n\nThe mobile number the requester left is wrong: it has only ten digits, and the "
        "landline on the enquiry rings at a kindergarten, not at a company. So the contact cannot be reached at all.\n\n"
        "A screenshot of the client's call log is attached.\n\nKind regards,\nHaibo Yu\nEast Sea Internet | Client Services\n"
        "Tel +86 580 203 6617"]
    m["atts"] = [Att("call_log_2110.png", "image/png", png(rng, rows=8, style="list"), "image/png")]
    eml = roundcube(m, rng)
    return m, eml, dict(
        kind="appeal", family="english", client="Roundcube Webmail 1.6 (self-hosted; approximated)",
        fields=fields(partner="舟山东海互联网科技有限公司", client="舟山金塘螺杆机械有限公司", lead_ids=["XJ2610210093"],
                      pushed_at=iso(2026, 10, 21, 9, 5), objected_at=iso(2026, 10, 21, 13, 40), reason_code=3),
        accept={"partner": ["East Sea Internet"], "client": ["Jintang Screw", "Jintang Screw Barrel"]},
        source_text={"pushed_at": ["21/10 at 0905hrs"], "objected_at": ["21/10 at 1340hrs"],
                     "reason_code": ["The mobile number the requester left is wrong"]},
        notes="Roundcube (UTF-8 quoted-printable format=flowed text only, Q-encoded subject); English with a day-first "
              "date without a year and military times ('21/10 at 0905hrs', '1340hrs' = 13:40); code 3 in English (a "
              "wrong mobile number, the landline a kindergarten's); 'ten digits', the file name '2110' and the phone "
              "number are distractors.")


@entry
def E2():
    rng = R("E2")
    d = dt(2026, 8, 24, 14, 5, 38)
    m = dict(from_name="Lina Ju", addr="lina.ju@honghaitan-net.com", date=d,
             subject="Lead summary - Xihu Refractory Equipment (over 60% delivered)", host=host_of(rng, "m365"))
    m["blocks"] = [
        "Hi HQ team,\n\nPlease find below the lead summary for our client 本溪溪湖耐火材料设备有限公司 (Xihu Refractory).\n\n"
        "Partner: 盘锦红海滩网络营销有限公司 (Red Beach Network Marketing)\nService term: Oct. 1st, 2025 through Sept. 30th, 2026\n"
        "Leads guaranteed: 300\nDelivered to date: 187\n\nObservations\n- Hydraulic brick press and shuttle kiln enquiries are "
        "strong; two contracts are being negotiated.\n- About 40 enquiries asked for refractory bricks (the product) rather "
        "than equipment.\n\nSuggestions\n- Exclude \"refractory bricks wholesale\" and \"fire clay\"; add \"hydraulic brick "
        "press\" and \"shuttle kiln\".\n\nRenewal: the client plans to renew for another year; please prepare an offer.\n\n"
        "Best regards,\nLina Ju (鞠丽娜)\nRed Beach Network Marketing"]
    eml = kit7.outlook(m, rng, "en-US")
    return m, eml, dict(
        kind="summary", family="english", client="Outlook 16 (en-US)",
        fields=fields(partner="盘锦红海滩网络营销有限公司", client="本溪溪湖耐火材料设备有限公司", quota=300, pushed_count=187,
                      service_start="2025-10-01", service_end="2026-09-30"),
        accept={"partner": ["Red Beach Network Marketing"], "client": ["Xihu Refractory", "Xihu Refractory Equipment"]},
        renewal=True,
        source_text={"quota": ["Leads guaranteed: 300"], "pushed_count": ["Delivered to date: 187"],
                     "service_start": ["Oct. 1st, 2025"], "service_end": ["Sept. 30th, 2026"]},
        notes="Outlook en-US (UTF-8 quoted-printable); a term written 'Oct. 1st, 2025 through Sept. 30th, 2026' (month "
              "abbreviations with a dot, 'Sept.', ordinals, 'through'); both triggers (62 %, 90 % of the term); 'About "
              "40', 'two contracts', 'another year' and the '60%' of the subject are distractors; renewal intended.")


@entry
def E3():
    rng = R("E3")
    d = dt(2026, 11, 12, 9, 47, 3)
    ids = ["SJ20261102-0214", "SJ20261103-0087", "SJ20261105-0331", "SJ20261106-0019", "SJ20261109-0142"]
    m = dict(from_name="Tony Yu", addr="tony.yu@honghaitan-net.com", date=d,
             subject="Feedback on this batch of five leads - Dawa Petroleum Machinery", host=host_of(rng, "own", "mail.honghaitan-net.com"),
             lang="en-US")
    m["blocks"] = [
        "Hello,\n\nDawa Petroleum Machinery has reviewed this batch of five leads:\n\n"
        f"  1) {ids[0]}  -  relevant, asked for a sucker rod pump quote\n  2) {ids[1]}  -  relevant\n"
        f"  3) {ids[2]}  -  not relevant: wants crude oil, not equipment\n"
        f"  4) {ids[3]}  -  relevant, wellhead equipment for a field service company\n"
        f"  5) {ids[4]}  -  not relevant: a school asking for a lab demo unit\n\nPlease adjust as follows:\n"
        "  * add keywords: sucker rod pump, wellhead christmas tree\n  * remove keyword: oil price\n"
        "  * products the client does not offer: crude oil, laboratory demo units\n  * target: oilfield service companies\n\n"
        "Partner: 盘锦红海滩网络营销有限公司\nClient: 盘锦大洼石油机械有限公司\n\nThanks and regards,\nTony Yu 于洪涛\n"
        "Red Beach Network Marketing"]
    eml = kit7.thunderbird(m, rng, "UTF-8")
    return m, eml, dict(
        kind="adjustment", family="english", client="Thunderbird 128 (UTF-8, 8bit)",
        fields=fields(partner="盘锦红海滩网络营销有限公司", client="盘锦大洼石油机械有限公司", lead_ids=ids, lead_count=5),
        accept={"partner": ["Red Beach Network Marketing"], "client": ["Dawa Petroleum Machinery"]},
        extra={"keywords_add": ["sucker rod pump", "wellhead christmas tree"], "keywords_remove": ["oil price"],
               "excluded_products": ["crude oil", "laboratory demo units"], "audience": ["oilfield service companies"]},
        source_text={"lead_count": ["five leads"]},
        notes="Thunderbird (UTF-8 8bit, format=flowed, text only), English; five ids behind '1)' … '5)' list numbers with "
              "relevant / not relevant verdicts; the count as a word ('this batch of five leads'); the list numbers are "
              "distractors.")


@entry
def E4():
    rng = R("E4")
    d = dt(2026, 10, 22, 10, 18, 44)
    m = dict(from_name="Kevin Deng 邓国强", addr="kevin.deng@changnan-ds.com", date=d,
             subject="Appeal: 浮梁瓷机 lead SJ20261021-0456 (not what the client makes)", host=host_of(rng, "own", "smtp.changnan-ds.com"))
    m["blocks"] = [
        "Hi HQ,\n\nQuick appeal for 浮梁瓷机 (景德镇浮梁瓷业机械有限公司):\n\n- Lead: SJ20261021-0456\n- Pushed: Oct 21, 2:05 PM\n"
        "- Client complained: next morning 8:10 AM (they were at a kiln site all afternoon)\n- Reason: the buyer wants a "
        "complete tunnel kiln for a tile plant - not what the client makes; 浮梁 only builds forming and glazing machines "
        "for tableware.\n\n合作商：景德镇昌南数智科技有限公司\n\nThanks!\nKevin Deng | 昌南数智\n138 0798 2265"]
    eml = lark(m, rng)
    return m, eml, dict(
        kind="appeal", family="english", client="Lark Mail (approximated)",
        fields=fields(partner="景德镇昌南数智科技有限公司", client="景德镇浮梁瓷业机械有限公司", lead_ids=["SJ20261021-0456"],
                      pushed_at=iso(2026, 10, 21, 14, 5), objected_at=iso(2026, 10, 22, 8, 10), reason_code=5),
        accept={"partner": ["昌南数智"], "client": ["浮梁瓷机"]},
        source_text={"pushed_at": ["Oct 21, 2:05 PM"], "objected_at": ["next morning 8:10 AM", "Oct 21"],
                     "reason_code": ["not what the client makes"]},
        notes="Lark Mail (UTF-8 base64 text + HTML), English bullets with Chinese labels; 'Oct 21, 2:05 PM' without a "
              "year and 'next morning 8:10 AM' (the day after the push: 2026-10-22 08:10) - 18 h 5 min, outside 8 h; "
              "code 5 in English ('not what the client makes'); 'all afternoon' and the mobile number are distractors.")


@entry
def E5():
    rng = R("E5")
    d = dt(2026, 10, 9, 16, 40, 19)
    m = dict(from_name="Jun Dang", addr="dangxiaojun@qindu-media.com", date=d,
             subject="Xingping Textile Machinery - mid-term lead review", host=host_of(rng, "google"))
    m["blocks"] = [
        "Dear colleagues at HQ,\n\nHere is our summary for Xingping Textile Machinery (咸阳兴平纺织机械有限公司), written by "
        "咸阳秦都数字传媒有限公司.\n\nTerm: 1st Feb 2026 to 31st Jan 2027\nGuaranteed: 100 leads\nSo far we have delivered "
        "62 leads, i.e. 62 out of the 100.\n\nThe rapier loom and air-jet loom enquiries convert well (3 orders). Many "
        "requests are for finished fabric or yarn, which the client does not sell.\nProposal: block \"cotton yarn\" and "
        "\"grey fabric\"; add \"air-jet loom\" and \"rapier loom spare parts\".\nRenewal: positive, the owner wants a "
        "2027 quotation.\n\nBest,\nJun Dang\nQindu Digital Media"]
    eml = kit7.gmail(m, rng)
    return m, eml, dict(
        kind="summary", family="english", client="Gmail (Google Workspace)",
        fields=fields(partner="咸阳秦都数字传媒有限公司", client="咸阳兴平纺织机械有限公司", quota=100, pushed_count=62,
                      service_start="2026-02-01", service_end="2027-01-31"),
        accept={"partner": ["Qindu Digital Media"], "client": ["Xingping Textile Machinery"]},
        renewal=True,
        source_text={"quota": ["Guaranteed: 100 leads"], "pushed_count": ["delivered 62 leads"],
                     "service_start": ["1st Feb 2026"], "service_end": ["31st Jan 2027"]},
        notes="Gmail (UTF-8), English; British day-month dates with ordinals ('1st Feb 2026 to 31st Jan 2027'); the "
              "counts as 'Guaranteed: 100 leads' and 'delivered 62 leads'; lead trigger only (62 %, 68 % of the term); "
              "'62 out of the 100', '3 orders' and '2027' are distractors; renewal intended.")


# ==========================================================================
# family: dates and times as people write them
# ==========================================================================

@entry
def D1():
    rng = R("D1")
    d = dt(2026, 10, 26, 8, 52, 30)
    m = dict(from_name="先明亮", addr="xianmingliang@jiucheng-net.com", date=d, subject="纳溪泵阀 商机申诉",
             host=host_of(rng, "own", "mail.jiucheng-net.com"))
    m["blocks"] = [
        "总部老师早，\n\n纳溪泵阀大前天下午两点过十分推的那条商机，编号XP-2610-0733，客户当天傍晚六点找我们反映：回访时对方是个人，"
        "说是自己屋头装修想买个小水泵抽地下室的水，不是企业采购。客户做的是化工泵阀，这种不对口。\n通话录音附上，麻烦判一下。\n\n"
        "合作商：泸州酒城网络科技有限公司\n客户：泸州纳溪化工泵阀有限公司\n先明亮 酒城网络\n（手机发送，格式可能有点乱）"]
    m["atts"] = [Att("回访录音1023.mp3", "audio/mpeg", mp3(rng, 30, "回访录音"), "audio/mpeg")]
    eml = kit7.android(m, rng)
    return m, eml, dict(
        kind="appeal", family="dates", client="phone mail app (8bit GBK)", malformed=True,
        fields=fields(partner="泸州酒城网络科技有限公司", client="泸州纳溪化工泵阀有限公司", lead_ids=["XP-2610-0733"],
                      pushed_at=iso(2026, 10, 23, 14, 10), objected_at=iso(2026, 10, 23, 18, 0), reason_code=3),
        accept={"partner": ["酒城网络"], "client": ["纳溪泵阀"]},
        source_text={"pushed_at": ["大前天下午两点过十分"], "objected_at": ["当天傍晚六点", "大前天下午两点过十分"],
                     "reason_code": ["对方是个人"]},
        notes="Phone mail app (8bit GBK text, the MP3's name as raw 8-bit GBK: malformed) from Luzhou, Sichuan "
              "colloquial: '大前天' (three days before a Monday Date: Friday 2026-10-23) and '下午两点过十分' (两点过十分 = "
              "2:10, 14:10), the objection '当天傍晚六点' the same day at 18:00; code 3 (an individual, 对方是个人); '地下室' and "
              "'（手机发送…）' are no data.")


@entry
def D2():
    rng = R("D2")
    d = dt(2026, 10, 22, 10, 5, 11)
    m = dict(from_name="程志远", addr="chengzhiyuan@huizhou-yt.com", date=d, subject="歙县茶机 申诉 XJ2610210517（同行套价）",
             host=host_of(rng, "exmail"))
    m["blocks"] = [
        "总部各位好：\n\n歙县茶机这条商机申请不计入，信息如下（推送时间直接从推送记录里复制的）：\n合作商：黄山徽州云途信息技术有限公司\n"
        "客户：黄山歙县茶叶机械有限公司\n商机编号：XJ2610210517\n推送时间：2026-10-21T21:07:44+08:00\n"
        "异议时间：第二天一早7点20，客户回访后马上在服务群里提出异议：对方直接说自己也是做揉捻机的，想看看我们报什么价，属于同行套价。\n\n"
        "晚上推的，客户早上才看到，超出8小时的部分请总部酌情考虑。截图为对方微信里的公司简介。\n\n程志远\n徽州云途 客服中心"]
    m["atts"] = [Att("对方公司简介截图.jpg", "image/jpeg", jpg(rng, rows=6), "image/jpeg")]
    eml = kit7.tencent(m, rng, wecom=True)
    return m, eml, dict(
        kind="appeal", family="dates", client="WeCom / Tencent Exmail",
        fields=fields(partner="黄山徽州云途信息技术有限公司", client="黄山歙县茶叶机械有限公司", lead_ids=["XJ2610210517"],
                      pushed_at=isos(2026, 10, 21, 21, 7, 44), objected_at=iso(2026, 10, 22, 7, 20), reason_code=1),
        accept={"partner": ["徽州云途"], "client": ["歙县茶机"]},
        source_text={"pushed_at": ["2026-10-21T21:07:44+08:00"], "objected_at": ["第二天一早7点20", "2026-10-21T21:07:44+08:00"],
                     "reason_code": ["属于同行套价"]},
        notes="WeCom / Exmail (UTF-8 base64); the push time pasted from the system as ISO 8601 with 'T', seconds and "
              "offset ('2026-10-21T21:07:44+08:00', seconds kept); '第二天一早7点20' (the next morning, 07:20) - "
              "10 h 12 min, outside 8 h; code 1 (同行套价); '8小时' is a distractor; JPEG screenshot.")


@entry
def D3():
    rng = R("D3")
    d = dt(2026, 12, 18, 15, 20, 2)
    m = dict(from_name="曾凡军", addr="zengfanjun@baoqing-sw.com", date=d, subject="邵东五金机械 服务期过七成 汇总反馈",
             host=("smtp.263.net", f"211.150.{rng.randint(1, 250)}.{rng.randint(1, 250)}"))
    m["blocks"] = [
        "总部商机服务部：\n\n邵东五金机械的服务期已经过了七成，按流程做个汇总：\n\n合作商：邵阳宝庆商务服务有限公司\n"
        "客户：邵阳邵东五金工具机械有限公司\n服务时间：今年4月1日至明年3月31日\n合同商机：160条\n已推：98条\n\n"
        "情况：打磨机、钳子锻打设备的询盘比较准，成交了两套；约有二十条是买五金工具成品的（扳手、钳子批发），客户只做设备。\n"
        "建议：关键词里去掉“五金工具批发”，增加“钳子自动锻打线”“扳手抛光机”。\n续费：客户在犹豫，要看明年一季度的订单情况再定。\n\n"
        "曾凡军\n宝庆商务"]
    eml = mail263(m, rng)
    return m, eml, dict(
        kind="summary", family="dates", client="263 enterprise webmail (approximated)",
        fields=fields(partner="邵阳宝庆商务服务有限公司", client="邵阳邵东五金工具机械有限公司", quota=160, pushed_count=98,
                      service_start="2026-04-01", service_end="2027-03-31"),
        accept={"partner": ["宝庆商务"], "client": ["邵东五金机械"]},
        renewal=None,
        source_text={"quota": ["合同商机：160条"], "pushed_count": ["已推：98条"], "service_start": ["今年4月1日"],
                     "service_end": ["明年3月31日"]},
        notes="263 webmail (GB2312 label, GB18030 bytes; quoted-printable text, base64 HTML); the period in relative years "
              "('今年4月1日至明年3月31日' in a December 2026 mail = 2026-04-01 .. 2027-03-31); both triggers (61 %, 72 % "
              "of the period); '两套', '约有二十条' and '明年一季度' are distractors; renewal undecided.")


@entry
def D4():
    rng = R("D4")
    d = dt(2026, 10, 22, 11, 36, 49)
    m = dict(from_name="林晓纯", addr="linxiaochun_cz@163.com", date=d, subject="枫溪窑炉 21号晚上那条商机要申诉",
             host=host_of(rng, "163"))
    m["blocks"] = [
        "总部老师您好！\n\n枫溪窑炉21号晚上9点05推送了一条商机（编号SJ20261021-0382），对方是一家旅行社，要订“潮州陶瓷一日游”"
        "的参观线路，跟客户的行业八竿子打不着。客户22号上午9点半才看到消息，马上跟我们反映了。\n\n"
        "合作商：潮州韩江数字营销有限公司\n客户：潮州枫溪陶瓷窑炉设备有限公司\n\n林晓纯\n韩江数字 客户部\n0768-2213 650"]
    eml = kit7.coremail(m, rng, "163")
    return m, eml, dict(
        kind="appeal", family="dates", client="163 webmail (Coremail)",
        fields=fields(partner="潮州韩江数字营销有限公司", client="潮州枫溪陶瓷窑炉设备有限公司", lead_ids=["SJ20261021-0382"],
                      pushed_at=iso(2026, 10, 21, 21, 5), objected_at=iso(2026, 10, 22, 9, 30), reason_code=4),
        accept={"partner": ["韩江数字"], "client": ["枫溪窑炉"]},
        source_text={"pushed_at": ["21号晚上9点05"], "objected_at": ["22号上午9点半"], "reason_code": ["跟客户的行业八竿子打不着"]},
        notes="163 webmail (GBK base64); days given only as the day of the month ('21号晚上9点05', '22号上午9点半': "
              "the month and year from the Date header) - 12 h 25 min, outside 8 h; code 4 in an idiom (a travel "
              "agency, 行业八竿子打不着); '一日游' and the phone number are distractors; no attachment.")


@entry
def D5():
    rng = R("D5")
    d = dt(2026, 9, 21, 10, 12, 37)
    m = dict(from_name="段世清", addr="duanshiqing@yongchang-info.cn", date=d, subject="隆阳咖啡机械 商机汇总反馈",
             host=host_of(rng, "aliyun"))
    m["blocks"] = [
        "总部您好：\n\n隆阳咖啡机械的服务期已经走了八成多，汇总如下：\n合作商：保山永昌信息服务有限公司\n客户：保山隆阳咖啡加工机械有限公司\n"
        "服务期：一年半，从2025年6月16日起算\n合同保障商机：240条\n已推送：130条\n\n"
        "分析：咖啡脱壳机、烘焙机的询盘稳定，成交4台；有不少是问咖啡豆收购价格的，客户不做咖啡豆贸易。\n"
        "方案：排除“咖啡豆收购”“生豆价格”，新增“咖啡鲜果脱皮机”。推送量偏少，希望后面几个月加快。\n"
        "续费：客户暂时不考虑续费，先把剩下的量用完。\n\n段世清 永昌信息"]
    eml = kit7.alimail(m, rng)
    return m, eml, dict(
        kind="summary", family="dates", client="Alibaba enterprise mailbox (web; approximated)",
        fields=fields(partner="保山永昌信息服务有限公司", client="保山隆阳咖啡加工机械有限公司", quota=240, pushed_count=130,
                      service_start="2025-06-16", service_end="2026-12-15"),
        accept={"partner": ["永昌信息"], "client": ["隆阳咖啡机械"]},
        renewal=False,
        source_text={"quota": ["合同保障商机：240条"], "pushed_count": ["已推送：130条"], "service_start": ["2025年6月16日起算"],
                     "service_end": ["一年半", "2025年6月16日"]},
        notes="Alibaba enterprise mailbox (UTF-8 base64 text + HTML); the period as a length before its start ('一年半，"
              "从2025年6月16日起算' = 18 months: 2025-06-16 .. 2026-12-15); time trigger only (84 % of the period, 54 % "
              "of the leads); '八成多', '4台' and '后面几个月' are distractors; no renewal for now (false).")


# ==========================================================================
# family: numbers and ids as people write them
# ==========================================================================

@entry
def N1():
    rng = R("N1")
    d = dt(2026, 11, 25, 14, 48, 13)
    m = dict(from_name="鞠丽娜", addr="2839104576@qq.com", date=d, subject="大洼石油机械 商机汇总（过六成）", host=host_of(rng, "qq"))
    m["blocks"] = [
        "总部好：\n\n大洼石油机械这份大合同推送量过了六成，汇总一下：\n合作商：盘锦红海滩网络营销有限公司\n客户：盘锦大洼石油机械有限公司\n"
        "合同商机：1,200条\n已推送：768条（64%）\n服务期：2026年1月1日-2026年12月31日\n\n"
        "客户反馈抽油机、井口装置的询盘质量不错，成交7台套；油田劳保用品、原油贸易类的询盘有一百多条，客户不做。\n"
        "建议排除“劳保用品”“原油贸易”，加“游梁式抽油机”“采油树”。\n续费：客户要等年底总结会，暂未决定。\n\n鞠丽娜\n红海滩网络"]
    eml = kit7.tencent(m, rng)
    return m, eml, dict(
        kind="summary", family="numbers", client="QQ Mail",
        fields=fields(partner="盘锦红海滩网络营销有限公司", client="盘锦大洼石油机械有限公司", quota=1200, pushed_count=768,
                      service_start="2026-01-01", service_end="2026-12-31"),
        accept={"partner": ["红海滩网络"], "client": ["大洼石油机械"]},
        renewal=None,
        source_text={"quota": ["合同商机：1,200条"], "pushed_count": ["已推送：768条"], "service_start": ["2026年1月1日"],
                     "service_end": ["2026年12月31日"]},
        notes="QQ Mail (gb18030 base64); a four-digit quota with a thousands separator ('1,200条' = 1200, not 200); "
              "both triggers (64 %, 90 % of the period); '64%', '7台套' and '一百多条' are distractors; renewal "
              "undecided.")


@entry
def N2():
    rng = R("N2")
    d = dt(2026, 10, 22, 8, 40, 26)
    m = dict(from_name="惠敏", addr="huimin_xy@139.com", date=d, subject="兴平纺机商机申诉（判定标准第叁条）",
             host=("smtp139-4.mail.139.com", f"221.176.{rng.randint(1, 250)}.{rng.randint(1, 250)}"))
    m["blocks"] = [
        "总部老师好！\n\n兴平纺机十月廿一日晚上九点零七分推送的商机（编号2610210931），对方留的手机号码少了一位，只有十位数，打不通，"
        "也没留别的联系方式，属于判定标准第叁条。客户今天早上七点四十反馈的，截图附后。\n\n合作商：咸阳秦都数字传媒有限公司\n"
        "客户：咸阳兴平纺织机械有限公司\n惠敏"]
    m["atts"] = [Att("号码少一位截图.png", "image/png", png(rng, style="search"), "image/png")]
    eml = kit9.mail139(m, rng)
    return m, eml, dict(
        kind="appeal", family="numbers", client="139 webmail (Richmail; approximated)",
        fields=fields(partner="咸阳秦都数字传媒有限公司", client="咸阳兴平纺织机械有限公司", lead_ids=["2610210931"],
                      pushed_at=iso(2026, 10, 21, 21, 7), objected_at=iso(2026, 10, 22, 7, 40), reason_code=3),
        accept={"client": ["兴平纺机"]},
        source_text={"pushed_at": ["十月廿一日晚上九点零七分"], "objected_at": ["今天早上七点四十"], "reason_code": ["判定标准第叁条"]},
        notes="139 webmail (GB18030 quoted-printable text, base64 HTML, GB18030 RFC 2047 file name); a date in Chinese "
              "numerals with 廿 (twenty: '十月廿一日' = 21 October) and '晚上九点零七分' (21:07); '今天早上七点四十' - "
              "10 h 33 min, outside 8 h; the criterion as a financial numeral ('判定标准第叁条' = 3); '少了一位', '十位数' "
              "are distractors; PNG screenshot.")


@entry
def N3():
    rng = R("N3")
    d = dt(2026, 11, 4, 16, 15, 58)
    ids = [f"SJ20261102-{n:04d}" for n in range(301, 306)]
    m = dict(from_name="余晓燕", addr="yuxiaoyan@changnan-ds.com", date=d, subject="湘东填料 连续5条商机反馈",
             host=host_of(rng, "own", "smtp.changnan-ds.com"))
    m["blocks"] = [
        "总部您好：\n\n湘东填料11月2日推送的商机，从SJ20261102-0301开始连续5条（到0305），客户的反馈：\n0301 精准，塔填料整塔改造\n"
        "0302 不精准，要买活性炭\n0303 精准\n0304 精准，规整填料询价\n0305 不精准，问陶瓷球的零售价\n\n调整建议：\n"
        "关键词新增：规整填料、鲍尔环\n关键词删除：活性炭\n不做产品：活性炭、零售陶瓷球\n主要针对：化工厂、设计院\n\n"
        "合作商：景德镇昌南数智科技有限公司\n客户：萍乡湘东化工填料有限公司\n余晓燕"]
    eml = kit7.foxmail(m, rng, "GBK")
    return m, eml, dict(
        kind="adjustment", family="numbers", client="Foxmail 7.2 (GBK)",
        fields=fields(partner="景德镇昌南数智科技有限公司", client="萍乡湘东化工填料有限公司", lead_ids=ids, lead_count=5),
        accept={"client": ["湘东填料"]},
        extra={"keywords_add": ["规整填料", "鲍尔环"], "keywords_remove": ["活性炭"], "excluded_products": ["活性炭", "零售陶瓷球"],
               "audience": ["化工厂", "设计院"]},
        source_text={"lead_ids": ["SJ20261102-0301开始连续5条"], "lead_count": ["连续5条"]},
        notes="Foxmail declaring GBK; the ids as a start and a run ('从SJ20261102-0301开始连续5条（到0305）' = "
              "…-0301 … …-0305); the verdict lines start with the bare four-digit tails; '11月2日' is a distractor.")


@entry
def N4():
    rng = R("N4")
    d = dt(2026, 9, 8, 9, 20, 45)
    m = dict(from_name="苏日娜", addr="surina_wh@sina.com", date=d, subject="海勃湾焦化 商机消耗情况汇总", host=host_of(rng, "sina"))
    m["blocks"] = [
        "总部老师：\n\n海勃湾焦化的商机消耗已过六成，报一下汇总：\n合作商　乌海黄河商务咨询有限公司\n客户　　乌海海勃湾焦化设备有限公司\n"
        "商机配额　150\n已消耗　　93\n服务周期　26.01.01-26.12.31\n\n客户说焦炉设备、熄焦车的询盘最有价值，成交1台熄焦车；"
        "问焦炭价格、兰炭采购的占了三分之一，客户不卖焦炭。\n建议屏蔽“焦炭价格”“兰炭”，增加“捣固焦炉”“熄焦车”。\n"
        "续费意向：有，客户想明年把配额加到200。\n后台消耗页面截图附上。\n\n苏日娜\n黄河商务 运营"]
    m["atts"] = [Att("后台消耗截图.jpg", "image/jpeg", jpg(rng, w=720, h=420, rows=5, style="list"), "image/jpeg")]
    eml = kit9.sina(m, rng)
    return m, eml, dict(
        kind="summary", family="numbers", client="Sina webmail (approximated)",
        fields=fields(partner="乌海黄河商务咨询有限公司", client="乌海海勃湾焦化设备有限公司", quota=150, pushed_count=93,
                      service_start="2026-01-01", service_end="2026-12-31"),
        accept={"partner": ["黄河商务"], "client": ["海勃湾焦化"]},
        renewal=True,
        source_text={"quota": ["商机配额　150"], "pushed_count": ["已消耗　　93"], "service_start": ["26.01.01"],
                     "service_end": ["26.12.31"]},
        notes="Sina webmail (GBK base64 text + HTML; the JPEG's name as a GBK RFC 2047 word and a GBK RFC 2231 "
              "filename*=GBK''…); ad-platform words for the counts ('商机配额 150' is the quota, '已消耗 93' the pushed "
              "count); the period with two-digit years and dots ('26.01.01-26.12.31'); lead trigger only (62 %, 68 % of "
              "the period); '三分之一', '1台' and '200' are distractors; renewal intended.")


@entry
def N5():
    rng = R("N5")
    d = dt(2026, 10, 21, 15, 2, 34)
    m = dict(from_name="乐佳琪", addr="yuejiaqi_zs@126.com", date=d, subject="定海船配 申诉 XP-2610-0815", host=host_of(rng, "126"))
    m["blocks"] = [
        "总部您好：\n\n定海船配一条商机申诉：\n推送 10/21 0905\n反馈 10/21 1410\n编号 XP-2610-0815\n"
        "对方要买的是整条二手渔船，客户只做船用阀门、舾装件这些配件，按判定标准（五）申请不计入。\n\n"
        "合作商：舟山东海互联网科技有限公司\n客户：舟山定海船舶配件有限公司\n乐佳琪 东海互联"]
    eml = kit7.coremail(m, rng, "126")
    return m, eml, dict(
        kind="appeal", family="numbers", client="126 webmail (Coremail)",
        fields=fields(partner="舟山东海互联网科技有限公司", client="舟山定海船舶配件有限公司", lead_ids=["XP-2610-0815"],
                      pushed_at=iso(2026, 10, 21, 9, 5), objected_at=iso(2026, 10, 21, 14, 10), reason_code=5),
        accept={"partner": ["东海互联"], "client": ["定海船配"]},
        source_text={"pushed_at": ["10/21 0905"], "objected_at": ["10/21 1410"], "reason_code": ["判定标准（五）"]},
        notes="126 webmail (GBK base64); terse lines with month/day and four-digit clock times without a colon "
              "('推送 10/21 0905', '反馈 10/21 1410'); the criterion as a Chinese numeral in brackets ('判定标准（五）' "
              "= 5); no attachment (code 5 needs none).")


# ==========================================================================
# family: filled forms (.docx / .xlsx)
# ==========================================================================

@entry
def F1():
    rng = R("F1")
    d = dt(2026, 11, 10, 17, 30, 4)
    m = dict(from_name="蔡少鹏", addr="caishaopeng@hanjiang-dm.cn", date=d, subject="揭东塑机 商机申诉书", host=host_of(rng, "exmail"))
    m["blocks"] = ["总部好，揭东塑机一条商机的申诉书（Word）和客户加微信失败的截图都在附件，麻烦看一下。\n蔡少鹏 | 韩江数字"]
    grid = [["合作商", "潮州韩江数字营销有限公司"], ["付费客户", "揭阳揭东塑料机械有限公司"], ["商机编号", "XJ2611100264"],
            ["推送时间", "2026/11/10 08:26"], ["客户提出异议时间", "2026/11/10 11:52"],
            ["判定标准（单选）", "○1 同行恶意骚扰　●2 微信加不上　○3 留错电话　○4 行业不符　○5 产品不一致"],
            ["情况说明", "需求者只留了微信号，客户搜索提示“该账号已被封禁”，无法添加；没有留电话。"],
            ["填表人 / 日期", "蔡少鹏　2026年11月10日"]]
    form = docx_form("蔡少鹏", "2026-11-10T09:10:00Z", "商机申诉书", grid)
    m["atts"] = [Att("商机申诉书-揭东塑机.docx", "application/octet-stream", form, CT_DOCX),
                 Att("微信搜索截图.png", "image/png", png(rng, style="search"), "image/png")]
    eml = kit7.tencent(m, rng, wecom=True)
    return m, eml, dict(
        kind="appeal", family="forms", client="WeCom / Tencent Exmail",
        fields=fields(partner="潮州韩江数字营销有限公司", client="揭阳揭东塑料机械有限公司", lead_ids=["XJ2611100264"],
                      pushed_at=iso(2026, 11, 10, 8, 26), objected_at=iso(2026, 11, 10, 11, 52), reason_code=2),
        accept={"partner": ["韩江数字"], "client": ["揭东塑机"]},
        source_text={"pushed_at": ["2026/11/10 08:26"], "objected_at": ["2026/11/10 11:52"], "reason_code": ["●2 微信加不上"]},
        notes="WeCom / Exmail with a .docx 《商机申诉书》 declared application/octet-stream: the five criteria in one cell "
              "as radio bullets, '●' filled on criterion 2 and '○' empty on the others; slash dates with zero-padded "
              "times; '填表人 / 日期 … 2026年11月10日' is a distractor; PNG screenshot.")


@entry
def F2():
    rng = R("F2")
    d = dt(2026, 10, 30, 10, 10, 22)
    ids = [2610200113, 2610200187, 2610210046, 2610220210, 2610230078, 2610240155, 2610250031, 2610260199, 2610270064,
           2610280122]
    yn = ["Y", "Y", "N", "Y", "N", "Y", "Y", "Y", "N", "Y"]
    why = ["竹篾编织机", "", "要买竹编工艺品", "炭化竹材设备", "问竹地板铺装", "", "破篾机整线", "", "要买竹编工艺品", "竹木加工厂询价"]
    m = dict(from_name="肖红英", addr="xiaohongying@baoqing-sw.com", date=d, subject="鹤城竹机 本轮商机反馈及调整",
             host=("smtp.263.net", f"211.150.{rng.randint(1, 250)}.{rng.randint(1, 250)}"))
    m["blocks"] = ["总部您好：\n\n鹤城竹机本轮商机的逐条反馈和调整建议见附件Excel，请查收。\n\n肖红英\n宝庆商务 客服部"]
    cells = {"A1": "商机反馈表", "A2": "合作商", "B2": "邵阳宝庆商务服务有限公司", "A3": "客户", "B3": "怀化鹤城竹木机械有限公司",
             "A5": "序号", "B5": "商机编号", "C5": "是否精准(Y/N)", "D5": "客户说明"}
    for i in range(10):
        cells[f"A{i + 6}"] = i + 1
        cells[f"B{i + 6}"] = ids[i]
        cells[f"C{i + 6}"] = yn[i]
        if why[i]:
            cells[f"D{i + 6}"] = why[i]
    cells.update({"A16": "合计条数", "B16": "=COUNTA(B6:B15)", "A18": "新增关键词", "B18": "竹篾编织机、炭化竹材设备",
                  "A19": "删除关键词", "B19": "竹制品", "A20": "不做产品", "B20": "竹编工艺品、竹地板",
                  "A21": "针对人群", "B21": "竹木加工厂、竹编厂"})
    book = xlsx_book("肖红英", "2026-10-30T01:55:00Z", [("反馈", cells, ["A1:D1"], {"A": 10, "B": 16, "C": 14, "D": 20})])
    m["atts"] = [Att("鹤城竹机商机反馈表.xlsx", "application/vnd.ms-excel", book, CT_XLSX)]
    eml = kit7.outlook(m, rng, "zh-CN")
    return m, eml, dict(
        kind="adjustment", family="forms", client="Outlook 16 (zh-CN)",
        fields=fields(partner="邵阳宝庆商务服务有限公司", client="怀化鹤城竹木机械有限公司", lead_ids=[str(i) for i in ids],
                      lead_count=10),
        accept={"partner": ["宝庆商务"], "client": ["鹤城竹机"]},
        extra={"keywords_add": ["竹篾编织机", "炭化竹材设备"], "keywords_remove": ["竹制品"], "excluded_products": ["竹编工艺品", "竹地板"],
               "audience": ["竹木加工厂", "竹编厂"]},
        source_text={},
        notes="Outlook zh-CN (gb2312) with an .xlsx declared application/vnd.ms-excel (kept as the content_type): ten "
              "10-digit ids as numeric cells beside row numbers, Y / N verdicts, the total as a formula cell "
              "'=COUNTA(B6:B15)' without a cached value (the count is the number of ids); the proposals in label / "
              "value rows below the table.")


@entry
def F3():
    rng = R("F3")
    d = dt(2026, 11, 3, 14, 25, 50)
    m = dict(from_name="汪丽华", addr="wanglihua@huizhou-yt.com", date=d, subject="潘集矿机 商机汇总反馈表",
             host=host_of(rng, "own", "mail.huizhou-yt.com"))
    m["blocks"] = ["总部您好，潘集矿机的汇总反馈表见附件，客户的续费意向写在表里了。\n汪丽华（徽州云途）"]
    grid = [["项目", "内容"], ["合作商", "黄山徽州云途信息技术有限公司"], ["付费客户", "淮南潘集矿用设备有限公司"],
            ["合同商机数（条）", "150"], ["已推送（截至10月31日）", "96"], ["服务期", "2026年3月1日—2027年2月28日"],
            ["客户情况", "刮板输送机配件、液压支架立柱的询盘精准，成交3单；部分询盘要的是矿用劳保和煤炭，客户不做。"],
            ["建议", "排除“煤炭销售”“矿工劳保”，增加“刮板机中部槽”“单体液压支柱”。"], ["续费意向", "有意向，已口头确认"]]
    form = docx_form("汪丽华", "2026-11-03T06:05:00Z", "商机汇总反馈表", grid)
    m["atts"] = [Att("潘集矿机-商机汇总反馈表.docx", CT_DOCX, form, CT_DOCX)]
    eml = kit8.mailmaster(m, rng)
    return m, eml, dict(
        kind="summary", family="forms", client="NetEase Mail Master (iOS; approximated)",
        fields=fields(partner="黄山徽州云途信息技术有限公司", client="淮南潘集矿用设备有限公司", quota=150, pushed_count=96,
                      service_start="2026-03-01", service_end="2027-02-28"),
        accept={"partner": ["徽州云途"], "client": ["潘集矿机"]},
        renewal=True,
        source_text={"quota": ["合同商机数（条） 150"], "pushed_count": ["已推送（截至10月31日） 96"], "service_start": ["2026年3月1日"],
                     "service_end": ["2027年2月28日"]},
        notes="NetEase Mail Master (UTF-8; the .docx name as an RFC 2047 word and RFC 2231 continuations) with a "
              "two-column summary form: the unit in the label ('合同商机数（条）' → 150) and a cut-off date inside the "
              "pushed-count label ('已推送（截至10月31日）' → 96; '10月31日' is no count); the period in one cell with an "
              "em dash; renewal in words ('有意向，已口头确认'); lead trigger only (64 %, 68 % of the period).")


@entry
def F4():
    rng = R("F4")
    d = dt(2026, 10, 28, 19, 5, 31)
    m = dict(from_name="罗雪梅", addr="3316720458@qq.com", date=d, subject="通川燃气设备 商机申诉表", host=host_of(rng, "qq"))
    m["blocks"] = ["总部好！申诉表在附件，录音也一起发了。\n罗雪梅 酒城网络"]
    cells = {"A1": "商机申诉表", "A2": "合作商", "B2": "泸州酒城网络科技有限公司", "A3": "客户", "B3": "达州通川天然气设备有限公司",
             "A4": "商机编号", "B4": "XP-2610-0962", "A5": "推送时间", "B5": "10月28日 9:40", "A6": "异议时间",
             "B6": "10月28日 13:15", "A7": "申诉原因", "B7": "1-同行恶意询价",
             "A8": "说明", "B8": "对方自称天然气公司采购，问完调压箱全套参数和底价后承认自己是另一家调压设备厂的。", "A9": "附件",
             "B9": "通话录音1段"}
    book = xlsx_book("罗雪梅", "2026-10-28T10:50:00Z", [("申诉", cells, ["A1:B1"], {"A": 12, "B": 46})])
    m["atts"] = [Att("商机申诉表_通川燃气.xlsx", "application/octet-stream", book, CT_XLSX),
                 Att("录音_通川_1028.amr", "application/octet-stream", amr(rng, 28), "audio/amr")]
    eml = kit7.tencent(m, rng)
    return m, eml, dict(
        kind="appeal", family="forms", client="QQ Mail",
        fields=fields(partner="泸州酒城网络科技有限公司", client="达州通川天然气设备有限公司", lead_ids=["XP-2610-0962"],
                      pushed_at=iso(2026, 10, 28, 9, 40), objected_at=iso(2026, 10, 28, 13, 15), reason_code=1),
        accept={"partner": ["酒城网络"], "client": ["通川燃气设备"]},
        source_text={"pushed_at": ["10月28日 9:40"], "objected_at": ["10月28日 13:15"], "reason_code": ["1-同行恶意询价"]},
        notes="QQ Mail (gb18030) with an .xlsx and an AMR recording both declared application/octet-stream: the times "
              "are text cells without a year ('10月28日 9:40', the year from the Date header), the reason a text cell "
              "'1-同行恶意询价' (code 1); '通话录音1段' is a distractor.")


@entry
def F5():
    rng = R("F5")
    d = dt(2026, 11, 17, 11, 5, 9)
    ids = ["SJ20261103-0118", "SJ20261105-0046", "SJ20261109-0233", "SJ20261110-0071", "SJ20261112-0190"]
    m = dict(from_name="杨丽芬", addr="yanglifen@yongchang-info.cn", date=d, subject="隆阳咖啡机械 本批5条商机反馈表",
             host=host_of(rng, "own", "mail.yongchang-info.cn"))
    m["blocks"] = ["总部老师好：\n\n隆阳咖啡机械本批5条商机的反馈表（Word）附上，编号都在表里。\n\n杨丽芬\n永昌信息"]
    grid = [["商机编号", "客户反馈"], ["\n".join(ids[:3]), "精准（脱壳机、烘焙机询价）"],
            ["\n".join(ids[3:]), "不精准（一条要买咖啡豆，一条问咖啡店加盟）"]]
    form = docx_form("杨丽芬", "2026-11-17T02:40:00Z", "商机反馈表", grid,
                     paras_before=["合作商：保山永昌信息服务有限公司", "付费客户：保山隆阳咖啡加工机械有限公司"],
                     paras_after=["调整建议：", "新增关键词：咖啡脱壳机、咖啡烘焙机", "删除关键词：咖啡豆", "不做产品：咖啡豆、咖啡店加盟",
                                  "针对人群：咖啡庄园、咖啡初加工厂"])
    m["atts"] = [Att("隆阳咖啡机械商机反馈表.docx", CT_DOCX, form, CT_DOCX)]
    eml = kit7.foxmail(m, rng)
    return m, eml, dict(
        kind="adjustment", family="forms", client="Foxmail 7.2",
        fields=fields(partner="保山永昌信息服务有限公司", client="保山隆阳咖啡加工机械有限公司", lead_ids=ids, lead_count=5),
        accept={"partner": ["永昌信息"], "client": ["隆阳咖啡机械"]},
        extra={"keywords_add": ["咖啡脱壳机", "咖啡烘焙机"], "keywords_remove": ["咖啡豆"], "excluded_products": ["咖啡豆", "咖啡店加盟"],
               "audience": ["咖啡庄园", "咖啡初加工厂"]},
        source_text={"lead_count": ["本批5条"]},
        notes="Foxmail (gb2312) with a .docx: the ids grouped by verdict, several ids in one cell on separate lines "
              "(three 精准, two 不精准), partner and client in paragraphs above the table, proposals below it; the count "
              "'本批5条' in the subject and body.")


# ==========================================================================
# family: mail that is not a request (unknown, with a topic)
# ==========================================================================

@entry
def U1():
    rng = R("U1")
    d = dt(2026, 10, 13, 10, 44, 15)
    m = dict(from_name="郝建平", addr="haojianping@huanghe-bc.com", date=d, subject="咨询：一封邮件里能否同时申诉多个客户的商机？",
             host=host_of(rng, "own", "mail.huanghe-bc.com"))
    m["blocks"] = [
        "总部老师您好：\n\n有几个流程上的问题想请教：\n1. 同一天有三个客户各有一两条商机要申诉，能不能合并在一封邮件里发？还是必须一个客户一封？\n"
        "2. 客户在抖音私信里跟对方聊的截图（附件是一张样例），算不算有效证据？录音是必须的吗？\n"
        "3. 申诉书模板有没有新版？我们手上的是2024年的。\n\n谢谢解答！\n郝建平\n乌海黄河商务咨询有限公司"]
    m["atts"] = [Att("抖音私信截图示例（海勃湾焦化客户）.png", "image/png", png(rng, rows=6), "image/png")]
    eml = roundcube(m, rng)
    return m, eml, dict(
        kind="unknown", family="non_request", topic="question", client="Roundcube Webmail 1.6 (self-hosted; approximated)",
        fields=fields(), accept={}, source_text={},
        notes="Roundcube (the PNG's long Chinese name as RFC 2231 continuations in both name*0*= and filename*0*=): a "
              "known partner asks whether several clients' appeals may share one mail and whether a Douyin chat "
              "screenshot counts as evidence, with a sample screenshot - a question, not an appeal: unknown (question); "
              "the client in the file name, '三个客户' and '2024年' are no fields.")


@entry
def U2():
    rng = R("U2")
    d = dt(2026, 9, 29, 15, 18, 40)
    m = dict(from_name="党晓军", addr="dangxiaojun@qindu-media.com", date=d, subject="新客户上线：渭城果汁设备 商机下单表",
             host=host_of(rng, "aliyun"))
    m["blocks"] = ["总部各位老师：\n\n我们10月新签了咸阳渭城果汁浓缩设备有限公司，合同150条，服务期一年，客户已在商机下单表上确认了主做产品、"
                   "不做产品和关键词，表格附上，麻烦安排建词，计划10月8日开始推广。\n\n党晓军\n秦都数字 商务部"]
    cells = {"A1": "商机下单表", "A2": "客户名称", "B2": "咸阳渭城果汁浓缩设备有限公司", "A3": "合同商机数", "B3": 150,
             "A4": "服务期", "B4": "2026-10-08 至 2027-10-07", "A5": "主做产品", "B5": "果汁浓缩蒸发器、果汁杀菌机",
             "A6": "不做产品", "B6": "果汁饮料成品、包装瓶", "A7": "关键词", "B7": "果汁浓缩设备、苹果汁生产线、降膜蒸发器",
             "A8": "针对人群", "B8": "果汁厂、果蔬加工厂", "A9": "客户确认", "B9": "已盖章确认（纸质版另寄）"}
    book = xlsx_book("党晓军", "2026-09-29T06:40:00Z", [("下单表", cells, ["A1:B1"], {"A": 12, "B": 40})])
    m["atts"] = [Att("商机下单表-渭城果汁设备.xlsx", CT_XLSX, book, CT_XLSX)]
    eml = kit7.alimail(m, rng)
    return m, eml, dict(
        kind="unknown", family="non_request", topic="onboarding", client="Alibaba enterprise mailbox (web; approximated)",
        fields=fields(), accept={}, source_text={},
        notes="Alibaba enterprise mailbox: a new client's 商机下单表 as an .xlsx (role form) with the contract size, the "
              "service period, products, excluded products and keywords before promotion starts - unknown "
              "(onboarding): the 150 leads and the period are the new contract, not a summary; no fields.")


@entry
def U3():
    rng = R("U3")
    d = dt(2026, 10, 12, 11, 20, 9)
    m = dict(from_name="宝庆商务 财务部", addr="caiwu@baoqing-sw.com", date=d, subject="请提供三季度服务费收款收据及对账单",
             host=("smtp.263.net", f"211.150.{rng.randint(1, 250)}.{rng.randint(1, 250)}"))
    m["blocks"] = [
        "总部财务部：\n\n我司于9月30日通过对公账户支付第三季度服务费，金额人民币叁万陆仟元整（¥36,000.00），付款单位：邵阳宝庆商务服务有限公司。"
        "年底审计需要，麻烦提供：\n1. 该笔款项的收款收据（盖财务章）；\n2. 2026年1-9月的对账单。\n"
        "电子版发到本邮箱即可，纸质版请寄：邵阳市双清区宝庆东路88号 曾凡军 收，电话0739-5326 118。\n\n谢谢！\n宝庆商务 财务部 刘会计"]
    eml = mail263(m, rng)
    return m, eml, dict(
        kind="unknown", family="non_request", topic="invoice", client="263 enterprise webmail (approximated)",
        fields=fields(), accept={}, source_text={},
        notes="263 webmail (GB2312 quoted-printable): the partner's finance asks for a receipt and a statement of "
              "account for a quarter's fee - unknown (invoice); the amount in financial numerals, '1-9月', the address "
              "and the phone number are no fields.")


@entry
def U4():
    rng = R("U4")
    d = dt(2026, 11, 18, 9, 15, 44)
    m = dict(from_name="蔡少鹏", addr="caishaopeng@hanjiang-dm.cn", date=d, subject="拜访预约：12月2日到总部当面沟通两家客户续费",
             host=host_of(rng, "own", "mail.hanjiang-dm.cn"))
    m["blocks"] = [
        "总部商机服务各位老师：\n\n我司总经理计划12月2日（周三）下午2:30到总部拜访，约一个半小时，想当面沟通枫溪窑炉、揭东塑机明年的续费方案"
        "和推广节奏。参加人员：我司林总、蔡少鹏、林晓纯。\n如时间不方便，12月3日上午也可以，请回复确认，谢谢！\n\n蔡少鹏\n"
        "潮州韩江数字营销有限公司 | 0768-2213 651"]
    eml = kit7.outlook(m, rng, "zh-CN")
    return m, eml, dict(
        kind="unknown", family="non_request", topic="meeting", client="Outlook 16 (zh-CN)",
        fields=fields(), accept={}, source_text={},
        notes="Outlook zh-CN: the partner proposes an office visit to discuss two clients' renewals (no calendar part) - "
              "not a summary: unknown (meeting); the dates, '下午2:30', '一个半小时' and the clients are no fields.")


@entry
def U5():
    rng = R("U5")
    d = dt(2026, 9, 15, 16, 2, 27)
    m = dict(from_name="于洪涛", addr="yuhongtao_pj@126.com", date=d, subject="申请开通新员工后台子账号并重置密码",
             host=host_of(rng, "126"))
    m["blocks"] = [
        "总部您好：\n\n我司新来一位客服同事鞠丽娜，负责大洼石油机械、溪湖耐火两个客户，麻烦在合作商后台给她开一个子账号（手机号 152 4270 8816），"
        "权限和我一样即可。另外我自己的后台账号 honghaitan01 连续输错密码被锁了，麻烦帮忙重置。\n\n"
        "以后发给总部的申诉、调整、汇总邮件都会抄送她。\n\n于洪涛\n盘锦红海滩网络营销有限公司"]
    eml = kit7.coremail(m, rng, "126")
    return m, eml, dict(
        kind="unknown", family="non_request", topic="account", client="126 webmail (Coremail)",
        fields=fields(), accept={}, source_text={},
        notes="126 webmail (GBK): the partner asks for a back-office sub-account for a new colleague and a password reset "
              "- unknown (account); the clients, the mobile number, the account name and 申诉 / 调整 / 汇总 are named "
              "but nothing of the three kinds is requested.")


@entry
def U6():
    rng = R("U6")
    d = dt(2026, 10, 27, 13, 30, 6)
    m = dict(from_name="邓国强", addr="dengguoqiang@changnan-ds.com", date=d, subject="总部发来的判定结果邮件全是乱码，请处理",
             host=host_of(rng, "own", "smtp.changnan-ds.com"))
    m["html"] = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=GB18030"></head><body>'
        '<div style="font-family:微软雅黑;font-size:14px"><p>总部各位：</p><p>这两周总部发给我们的判定结果和受理通知，在我们公司邮箱里打开'
        "全是乱码（标题是一串“=?utf-8?B?”开头的字符，正文是问号和方块），浮梁瓷机那两条申诉的结果我们到现在都看不懂，客户也一直在催。"
        "之前从来没有这个问题。</p><p>请技术同事查一下编码设置，并把最近两周的结果用附件或者截图重新发一次。这个问题已经影响到我们给客户的答复了。"
        "</p><p>邓国强<br>景德镇昌南数智科技有限公司</p></div></body></html>")
    eml = kit7.html_only(m, rng, "GB18030", "base64", "Winmail Server Webmail 7.1 (approximated)", "generic")
    return m, eml, dict(
        kind="unknown", family="non_request", topic="complaint", client="Winmail Server webmail (HTML only; approximated)",
        fields=fields(), accept={}, source_text={},
        notes="A self-hosted webmail sending one text/html part (GB18030 base64): the partner complains that HQ's verdict "
              "mails arrive garbled - no case tag, no thread header: unknown (complaint); the client, '两条申诉' and the "
              "quoted '=?utf-8?B?' are no fields.")


@entry
def U7():
    rng = R("U7")
    d = dt(2026, 9, 30, 2, 14, 52)
    m = dict(from_name="Alice Zhang", addr="alice@b2b-leadsdata.net", date=d,
             subject="Verified buyer database for industrial machinery - 50,000 contacts", host=host_of(rng, "own", "mta2.b2b-leadsdata.net"))
    m["html"] = (
        '<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">'
        "<p>Dear Sir/Madam,</p><p>Are your sales teams still waiting for enquiries? We provide <b>50,000 verified buyer "
        "contacts</b> from the machinery, packaging and chemical industries, updated every month, with purchasing "
        "manager names, phone numbers and WeChat IDs.</p><p>Reply <b>YES</b> for a free sample of 100 leads, or visit "
        "our website for the 2026 price list (from USD 0.08 per contact).</p><p>Best regards,<br>Alice Zhang<br>"
        "Business Development, B2B Leads Data Ltd.<br>Hong Kong office: +852 3008 1217</p></body></html>")
    eml = kit7.html_only(m, rng, "utf-8", "quoted-printable", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)",
                         "generic")
    return m, eml, dict(
        kind="unknown", family="non_request", topic="pitch", client="PHPMailer bulk sender (HTML only, UTF-8)",
        fields=fields(), accept={}, source_text={},
        notes="A stranger's English cold mail (one text/html part, UTF-8 quoted-printable, PHPMailer) selling a buyer "
              "database, without Precedence, Auto-Submitted or list headers - not automatic: unknown (pitch); "
              "'50,000', '100 leads' and the prices are no fields.")


@entry
def U8():
    rng = R("U8")
    d = dt(2026, 11, 13, 16, 50, 28)
    m = dict(from_name="段世清", addr="duanshiqing@yongchang-info.cn", date=d,
             subject="转发客户表扬信：隆阳咖啡机械感谢总部推广团队", host=host_of(rng, "exmail"))
    m["blocks"] = ["总部各位老师：\n\n隆阳咖啡机械的杨总托我们转达谢意：今年通过推送的商机成交了4台脱壳机，其中一台出口老挝。客户写了一封表扬信"
                   "（照片附上），想请我们转给总部推广团队。没有需要处理的事项，分享一下好消息。\n\n段世清\n永昌信息"]
    m["atts"] = [Att("表扬信.jpg", "image/jpeg", kit7.jpg_of(kit7.paper(rng, stamp=True), rng, 78), "image/jpeg")]
    eml = kit7.tencent(m, rng, wecom=True)
    return m, eml, dict(
        kind="unknown", family="non_request", topic="other", client="WeCom / Tencent Exmail",
        fields=fields(), accept={}, source_text={},
        notes="WeCom / Exmail: the partner passes on a client's letter of thanks (a JPEG photo, role screenshot by its "
              "file type) and says nothing needs doing - unknown (other); the client, '4台' and '今年' are no fields.")


# ==========================================================================
# family: corrections in a thread (replies)
# ==========================================================================

@entry
def R1():
    rng = R("R1")
    d = dt(2026, 10, 23, 9, 12, 36)
    m = dict(from_name="肖红英", addr="xiaohongying@baoqing-sw.com", date=d,
             subject="答复: 答复: ［DOR#SS-2026-001012］商机申诉已受理", host=("smtp.263.net", f"211.150.{rng.randint(1, 250)}.{rng.randint(1, 250)}"))
    m["irt"] = "<more.SS-2026-001012@ptg139.com>"
    m["refs"] = ["<ack.SS-2026-001012@ptg139.com>", "<003a01dd62c4$1f0e8b70$5d2ba250$@baoqing-sw.com>",
                 "<more.SS-2026-001012@ptg139.com>"]
    qhead = ("发件人: 总部商机服务 <dor@ptg139.com>\n发送时间: 2026年10月22日 17:40\n收件人: 肖红英 <xiaohongying@baoqing-sw.com>\n"
             "主题: 答复: ［DOR#SS-2026-001012］商机申诉已受理")
    qbody = "肖女士您好：\n\n已收到您的说明，案件 SS-2026-001012（邵东五金机械，商机编号 XP-2610-0471）正在审核。\n\n总部商机服务"
    m["blocks"] = ["您好，\n\n核对后发现申诉的商机编号抄错了一位：正确的是XP-2610-0417，之前写成了XP-2610-0471。其余信息不变，请按新编号判定。\n\n"
                   "肖红英\n宝庆商务\n", Quote("\n" + qhead + "\n\n" + qbody, qhead, qbody)]
    eml = kit7.outlook(m, rng, "zh-CN")
    return m, eml, dict(
        kind="reply", family="thread", client="Outlook 16 (zh-CN)",
        fields=fields(lead_ids=["XP-2610-0417"]), accept={}, source_text={},
        notes="Outlook zh-CN 'Re' in Chinese twice ('答复: 答复:') with the tag in full-width square brackets "
              "('［DOR#SS-2026-001012］', NFKC '[…]'), In-Reply-To HQ's follow-up and References with HQ's acknowledgement "
              "and the partner's own mail; the new text corrects the lead id to XP-2610-0417 (XP-2610-0471 is the old "
              "value, also in the quoted HQ text).")


@entry
def R2():
    rng = R("R2")
    d = dt(2026, 11, 9, 10, 30, 21)
    m = dict(from_name="程志远", addr="chengzhiyuan@huizhou-yt.com", date=d, subject="Re: 《DOR#SS-2026-001015》商机申诉已受理",
             host=host_of(rng, "google"))
    m["irt"] = "<ack.SS-2026-001015@ptg139.com>"
    m["refs"] = ["<ack.SS-2026-001015@ptg139.com>"]
    qhead = "在 2026年11月7日周六 09:02，总部商机服务 <dor@ptg139.com> 写道："
    qbody = ("程先生您好：\n\n您的商机申诉已受理（案件 SS-2026-001015）。\n客户：淮南潘集矿用设备有限公司\n推送时间：2026-11-06 08:50\n"
             "异议时间：2026-11-07 08:15\n\n总部商机服务")
    m["blocks"] = ["总部好，\n\n更正一下推送时间：应为11月6日晚上8:50，我们上一封写成了早上8:50，把晚上的推送看成上午了。其他不变。\n\n"
                   "程志远\n徽州云途\n", Quote("\n" + qhead + "\n\n" + quote_gt(qbody), qhead, qbody)]
    eml = kit7.gmail(m, rng)
    return m, eml, dict(
        kind="reply", family="thread", client="Gmail (Google Workspace)",
        fields=fields(pushed_at=iso(2026, 11, 6, 20, 50)), accept={}, source_text={"pushed_at": ["11月6日晚上8:50"]},
        notes="Gmail 'Re: 《DOR#SS-2026-001015》' (the tag inside double angle brackets) with In-Reply-To / References; "
              "the new text corrects the push time to '11月6日晚上8:50' (20:50; '早上8:50' is the old value); the quoted "
              "HQ acknowledgement with client and times is ignored.")


@entry
def R3():
    rng = R("R3")
    d = dt(2026, 10, 16, 11, 48, 2)
    m = dict(from_name="Lina Ju", addr="lina.ju@honghaitan-net.com", date=d, subject="Re: [DOR#SS-2026-001018] 商机汇总反馈已受理",
             host=host_of(rng, "own", "mail.honghaitan-net.com"), lang="en-US")
    m["irt"] = "<ack.SS-2026-001018@ptg139.com>"
    m["refs"] = ["<ack.SS-2026-001018@ptg139.com>"]
    qbody = ("鞠女士您好：\n\n您的商机汇总反馈已受理（案件 SS-2026-001018）。\n合同商机数：220条\n已推送：134条\n\n总部商机服务")
    m["blocks"] = ["Hello,\n\nOne correction to our summary: the delivered count should read 143, not 134 - the digits were "
                   "swapped when I copied it from the back office. Everything else stays the same.\n\nBest,\nLina Ju\n"
                   "Red Beach Network Marketing\n",
                   Quote("\nOn 2026/10/15 17:20, 总部商机服务 wrote:\n" + quote_gt(qbody), "", qbody)]
    eml = kit7.thunderbird(m, rng, "UTF-8")
    return m, eml, dict(
        kind="reply", family="thread", client="Thunderbird 128 (UTF-8, 8bit)",
        fields=fields(pushed_count=143), accept={}, source_text={"pushed_count": ["should read 143"]},
        notes="Thunderbird (UTF-8 8bit) 'Re: [DOR#SS-2026-001018]' with In-Reply-To / References, written in English: "
              "the new text corrects the pushed count ('should read 143, not 134' - the swapped digits are the old "
              "value); the quoted HQ notice with 220 / 134 is ignored.")


@entry
def R4():
    rng = R("R4")
    d = dt(2026, 11, 20, 14, 40, 55)
    m = dict(from_name="林晓纯", addr="linxiaochun@hanjiang-dm.cn", date=d, subject="回复： DOR#SS-2026-001021（商机调整已确认）",
             host=host_of(rng, "own", "mail.hanjiang-dm.cn"))
    m["irt"] = "<confirm.SS-2026-001021@ptg139.com>"
    m["refs"] = ["<confirm.SS-2026-001021@ptg139.com>"]
    qhead = "发件人：总部商机服务\n发送时间：2026-11-19 16:05\n收件人：林晓纯\n主题：[DOR#SS-2026-001021] 商机调整已确认"
    qbody = ("林女士您好：\n\n客户潮州枫溪陶瓷设备有限公司的推广已按您的建议调整：新增关键词2个，删除1个。\n\n总部商机服务")
    m["blocks"] = ["总部老师：\n\n调整确认邮件里的客户名称有误，客户全称是潮州枫溪陶瓷窑炉设备有限公司，不是“潮州枫溪陶瓷设备有限公司”，"
                   "麻烦系统里改一下。\n\n林晓纯\n", Quote("\n\n" + qhead + "\n\n" + qbody, qhead, qbody)]
    eml = kit7.foxmail(m, rng)
    return m, eml, dict(
        kind="reply", family="thread", client="Foxmail 7.2",
        fields=fields(client="潮州枫溪陶瓷窑炉设备有限公司"), accept={}, source_text={},
        notes="Foxmail '回复： DOR#SS-2026-001021（商机调整已确认）' - the tag without brackets, followed by the rest of "
              "HQ's subject in parentheses - plus In-Reply-To / References; the new text corrects the client's full name "
              "(the wrong name it quotes and the quoted HQ confirmation are not data).")


@entry
def R5():
    rng = R("R5")
    d = dt(2026, 12, 2, 10, 5, 47)
    m = dict(from_name="苏日娜", addr="surina_wh@163.com", date=d, subject="回复:<DOR#SS-2026-001024> 商机汇总反馈已受理",
             host=host_of(rng, "163"))
    m["irt"] = "<ack.SS-2026-001024@ptg139.com>"
    m["refs"] = ["<ack.SS-2026-001024@ptg139.com>"]
    qhead = '在 2026-12-01 17:22:08，"总部商机服务" <dor@ptg139.com> 写道：'
    qbody = "苏女士您好：\n\n商机汇总反馈已受理（案件 SS-2026-001024），服务期：2026-01-01 至 2026-12-31。\n\n总部商机服务"
    m["blocks"] = ["总部老师好：\n服务期的起始日填错了，应该从2026年2月1日开始算，不是1月1日，结束日不变。\n苏日娜\n",
                   Quote("\n\n" + qhead + "\n" + quote_gt(qbody), qhead, qbody)]
    eml = kit7.coremail(m, rng, "163")
    return m, eml, dict(
        kind="reply", family="thread", client="163 webmail (Coremail)",
        fields=fields(service_start="2026-02-01"), accept={}, source_text={"service_start": ["应该从2026年2月1日开始算"]},
        notes="163 webmail '回复:<DOR#SS-2026-001024>' (the tag in ASCII angle brackets) with In-Reply-To / References; "
              "the new text corrects the service start to 2026-02-01 ('1月1日' is the old value, '结束日不变' gives no "
              "end); the quoted HQ notice with the old period is ignored.")


# ==========================================================================
# family: short names only
# ==========================================================================

@entry
def S1():
    rng = R("S1")
    d = dt(2026, 11, 11, 21, 20, 14)
    m = dict(from_name="虞海波", addr="haibo.yu@donghai-net.cn", date=d, subject="金塘螺杆 一条申诉（反馈时间待补）",
             host=host_of(rng, "own", "mail.donghai-net.cn"))
    m["blocks"] = ["总部，金塘螺杆今天下午4点20推的XJ2611110378，对方要买的是整台注塑机，客户只做螺杆机筒这类配件，产品对不上。"
                   "客户具体几点提的我还在问，明天补。\n\n东海互联 虞海波\n\n发自我的iPhone"]
    eml = kit7.iphone(m, rng)
    return m, eml, dict(
        kind="appeal", family="short_names", client="iPhone Mail",
        fields=fields(partner="东海互联", client="金塘螺杆", lead_ids=["XJ2611110378"], pushed_at=iso(2026, 11, 11, 16, 20),
                      reason_code=5),
        accept={},
        source_text={"pushed_at": ["今天下午4点20"], "reason_code": ["产品对不上"]},
        notes="iPhone Mail (UTF-8 quoted-printable, text only) late in the evening; short names only (the partner in the "
              "signature); the objection time is not known yet ('具体几点提的我还在问'): objected_at null and missing; "
              "code 5 in colloquial words (产品对不上); '明天' is a distractor.")


@entry
def S2():
    rng = R("S2")
    d = dt(2026, 11, 24, 10, 40, 33)
    ids = ["XJ2611160042", "XJ2611170115", "XJ2611180208", "XJ2611190033", "XJ2611200187"]
    m = dict(from_name="方敏", addr="fangmin@huizhou-yt.com", date=d, subject="歙县茶机 5条商机反馈",
             host=host_of(rng, "own", "mail.huizhou-yt.com"))
    m["blocks"] = [f"总部好：\n歙县茶机这5条客户反馈如下——\n{ids[0]} 精准（揉捻机）\n{ids[1]} 精准\n{ids[2]} 不精准，要买茶叶\n"
                   f"{ids[3]} 精准（杀青机整线）\n{ids[4]} 不精准，问茶叶包装设计\n"
                   "建议：关键词加“滚筒杀青机”“名优茶揉捻机”，不做产品加“茶叶”“包装设计”，主要面向茶厂、茶叶合作社。\n\n方敏【徽州云途】"]
    eml = lark(m, rng)
    return m, eml, dict(
        kind="adjustment", family="short_names", client="Lark Mail (approximated)",
        fields=fields(partner="徽州云途", client="歙县茶机", lead_ids=ids, lead_count=5), accept={},
        extra={"keywords_add": ["滚筒杀青机", "名优茶揉捻机"], "keywords_remove": [], "excluded_products": ["茶叶", "包装设计"],
               "audience": ["茶厂", "茶叶合作社"]},
        source_text={"lead_count": ["这5条"]},
        notes="Lark Mail (UTF-8 base64); short names only (the partner in 【】 after the writer's name in the signature); "
              "five 12-character ids with verdicts; the count '这5条'; all proposals in one sentence.")


@entry
def S3():
    rng = R("S3")
    d = dt(2026, 12, 8, 15, 30, 18)
    m = dict(from_name="乐佳琪", addr="yuejiaqi@donghai-net.cn", date=d, subject="定海船配汇总", host=host_of(rng, "own", "mail.donghai-net.cn"))
    m["blocks"] = ["总部好，\n定海船配推到现在是87条，服务期是2026年3月16日到2027年3月15日。合同数我手上的表格没写，回头跟销售确认后补给你们。\n"
                   "客户觉得船用阀门的询盘挺准的，舾装件偏少，希望多推一些造船厂、修船厂。续费客户说再看看。\n\n东海互联 乐佳琪"]
    eml = roundcube(m, rng)
    return m, eml, dict(
        kind="summary", family="short_names", client="Roundcube Webmail 1.6 (self-hosted; approximated)",
        fields=fields(partner="东海互联", client="定海船配", pushed_count=87, service_start="2026-03-16", service_end="2027-03-15"),
        accept={},
        renewal=None,
        source_text={"pushed_count": ["推到现在是87条"], "service_start": ["2026年3月16日"], "service_end": ["2027年3月15日"]},
        notes="Roundcube (UTF-8 quoted-printable, text only, Q-encoded subject and sender); short names only; the quota is "
              "not known yet ('合同数我手上的表格没写'): quota null and missing; time trigger (73 % of the period; the lead "
              "share cannot be computed); renewal undecided ('再看看').")


@entry
def S4():
    rng = R("S4")
    d = dt(2026, 9, 17, 18, 10, 40)
    m = dict(from_name="罗雪梅", addr="3316720458@qq.com", date=d, subject="通川燃气设备 商机申诉", host=host_of(rng, "qq"))
    m["blocks"] = ["总部老师好，我们酒城网络这边帮通川燃气设备申诉一条：编号2609170284，今天上午10点12推的，对方留的微信号搜出来是个已注销的账号，"
                   "加不了好友，电话也没留。客户下午1点半反馈的。截图附上。\n罗雪梅"]
    m["atts"] = [Att("微信已注销.png", "image/png", png(rng, style="search"), "image/png")]
    eml = kit7.tencent(m, rng)
    return m, eml, dict(
        kind="appeal", family="short_names", client="QQ Mail",
        fields=fields(partner="酒城网络", client="通川燃气设备", lead_ids=["2609170284"], pushed_at=iso(2026, 9, 17, 10, 12),
                      objected_at=iso(2026, 9, 17, 13, 30), reason_code=2),
        accept={},
        source_text={"pushed_at": ["今天上午10点12"], "objected_at": ["下午1点半", "今天上午10点12"], "reason_code": ["加不了好友"]},
        notes="QQ Mail (gb18030); one paragraph, short names only (the partner in '我们酒城网络这边'); '今天上午10点12' and "
              "'下午1点半' (13:30, the same day); code 2 (a cancelled WeChat account, 加不了好友); PNG screenshot.")


@entry
def S5():
    rng = R("S5")
    d = dt(2026, 10, 19, 17, 25, 7)
    good = ["2610080145", "2610090062", "2610110027", "2610120233", "2610140076", "2610150291", "2610170188"]
    m = dict(from_name="惠敏", addr="huimin@qindu-media.com", date=d, subject="兴平纺机 一轮商机反馈+调整建议", host=host_of(rng, "google"))
    m["blocks"] = ["总部您好，\n\n兴平纺机这一轮10条商机客户都看过了。\n准的：" + "、".join(good)
                   + "\n不准的：2610100318（要买坯布）、2610130109（问纺织厂招工）、2610160054（要买棉纱）\n\n"
                   "建议：新增关键词“喷气织机配件”“整经机”；不做产品：坯布、棉纱；针对：织造厂。\n\nHui Min\nQindu Digital"]
    eml = kit7.gmail(m, rng)
    ids = good + ["2610100318", "2610130109", "2610160054"]
    return m, eml, dict(
        kind="adjustment", family="short_names", client="Gmail (Google Workspace)",
        fields=fields(partner="Qindu Digital", client="兴平纺机", lead_ids=ids, lead_count=10), accept={},
        extra={"keywords_add": ["喷气织机配件", "整经机"], "keywords_remove": [], "excluded_products": ["坯布", "棉纱"],
               "audience": ["织造厂"]},
        source_text={"lead_count": ["这一轮10条"]},
        notes="Gmail (UTF-8); the partner only as an English short name in the signature ('Qindu Digital'), the client "
              "by its Chinese short name; ten ids grouped by verdict on two lines joined by '、' (listed in order of "
              "appearance); the count '这一轮10条'.")


# ==========================================================================
# family: ordinary clean requests
# ==========================================================================

@entry
def C1():
    rng = R("C1")
    d = dt(2026, 9, 24, 9, 40, 50)
    m = dict(from_name="党晓军", addr="dangxiaojun@qindu-media.com", date=d, subject="FW: 兴平纺机商机申诉材料",
             host=host_of(rng, "own", "mail.qindu-media.com"))
    qhead = ("发件人: 惠敏 <huimin@qindu-media.com>\n发送时间: 2026年9月23日 18:02\n收件人: 党晓军 <dangxiaojun@qindu-media.com>\n"
             "主题: 兴平纺机商机申诉材料")
    qbody = ("党总：\n兴平纺机的申诉材料整理好了：\n合作商：咸阳秦都数字传媒有限公司\n客户：咸阳兴平纺织机械有限公司\n商机编号：XP-2609-0544\n"
             "推送时间：2026年9月23日 10:16\n异议时间：2026年9月23日 15:48\n原因：同行冒充布厂采购来套参数，对方是外省一家织机厂的销售\n"
             "证据：通话录音\n惠敏")
    m["blocks"] = ["总部好，转发同事惠敏整理的兴平纺机申诉材料，录音在附件，请审核。\n\n党晓军\n秦都数字\n",
                   Quote("\n" + qhead + "\n\n" + qbody, qhead, qbody)]
    m["atts"] = [Att("兴平纺机回访录音0923.mp3", "audio/mpeg", mp3(rng, 34, "兴平纺机回访"), "audio/mpeg")]
    eml = kit7.outlook(m, rng, "zh-CN")
    return m, eml, dict(
        kind="appeal", family="clean", client="Outlook 16 (zh-CN)",
        fields=fields(partner="咸阳秦都数字传媒有限公司", client="咸阳兴平纺织机械有限公司", lead_ids=["XP-2609-0544"],
                      pushed_at=iso(2026, 9, 23, 10, 16), objected_at=iso(2026, 9, 23, 15, 48), reason_code=1),
        accept={"partner": ["秦都数字"], "client": ["兴平纺机"]},
        source_text={"pushed_at": ["2026年9月23日 10:16"], "objected_at": ["2026年9月23日 15:48"],
                     "reason_code": ["同行冒充布厂采购来套参数"]},
        notes="Outlook zh-CN 'FW:' of a colleague's mail inside the partner ('发件人: / 发送时间:' header, no thread "
              "headers): judged by content; the forwarded part carries the whole appeal (code 1 with an MP3 recording); "
              "'发送时间: 2026年9月23日 18:02' is a distractor.")


@entry
def C2():
    rng = R("C2")
    d = dt(2026, 10, 16, 10, 20, 13)
    own = "<20261015163202457718264@changnan-ds.com>"
    ids = ["SJ20261005-0211", "SJ20261006-0094", "SJ20261008-0152", "SJ20261009-0037", "SJ20261012-0266"]
    m = dict(from_name="余晓燕", addr="yuxiaoyan@changnan-ds.com", date=d, subject="回复：浮梁瓷机 商机反馈（补明细）",
             host=host_of(rng, "own", "smtp.changnan-ds.com"))
    m["irt"] = own
    m["refs"] = [own]
    rows = [("1", ids[0], "精准", "等静压成型机"), ("2", ids[1], "不精准", "要定制酒店用瓷"), ("3", ids[2], "精准", ""),
            ("4", ids[3], "精准", "自动修坯机"), ("5", ids[4], "不精准", "问瓷器旅游线路")]
    table = "序号\t商机编号\t是否精准\t备注\n" + "\n".join("\t".join(r) for r in rows)
    qhead = "发件人：余晓燕\n发送时间：2026-10-15 16:32\n收件人：dor@ptg139.com\n主题：浮梁瓷机 商机反馈"
    qbody = "总部您好：浮梁瓷机这一轮的商机反馈和调整建议如下……（明细漏贴了）\n余晓燕"
    m["blocks"] = ["总部您好：\n\n昨天那封漏了明细，补上（从Excel直接粘的）：\n\n" + table + "\n\n"
                   "调整建议：新增关键词“等静压成型机”“自动修坯机”；删除关键词“酒店用瓷”；不做产品“成品瓷器”“旅游线路”；"
                   "针对人群：日用瓷厂、卫生瓷厂。\n\n合作商：景德镇昌南数智科技有限公司\n客户：景德镇浮梁瓷业机械有限公司\n\n余晓燕\n",
                   Quote("\n\n" + qhead + "\n\n" + qbody, qhead, qbody)]
    eml = kit7.foxmail(m, rng)
    return m, eml, dict(
        kind="adjustment", family="clean", client="Foxmail 7.2",
        fields=fields(partner="景德镇昌南数智科技有限公司", client="景德镇浮梁瓷业机械有限公司", lead_ids=ids, lead_count=5),
        accept={"client": ["浮梁瓷机"]},
        extra={"keywords_add": ["等静压成型机", "自动修坯机"], "keywords_remove": ["酒店用瓷"], "excluded_products": ["成品瓷器", "旅游线路"],
               "audience": ["日用瓷厂", "卫生瓷厂"]},
        source_text={},
        notes="Foxmail '回复：' to the partner's own earlier mail to HQ (In-Reply-To / References point at its "
              "changnan-ds.com Message-ID, not @ptg139.com), judged by content; five ids in a table pasted from Excel "
              "with tab separators and row numbers (the count is the number of ids); the quoted own mail is no data.")


@entry
def C3():
    rng = R("C3")
    d = dt(2026, 11, 27, 16, 5, 39)
    m = dict(from_name="肖红英", addr="xiaohongying@baoqing-sw.com", date=d, subject="鹤城竹机 商机汇总反馈",
             host=("smtp.263.net", f"211.150.{rng.randint(1, 250)}.{rng.randint(1, 250)}"))
    m["blocks"] = [
        "总部商机服务：\n\n鹤城竹机推送量已达合同六成以上，汇总反馈如下。\n合作商：邵阳宝庆商务服务有限公司\n客户：怀化鹤城竹木机械有限公司\n"
        "合同商机数：200条\n已推送商机：124条\n服务期：2026年2月10日至2027年2月9日\n"
        "客户情况：竹材破篾机、竹编织机询盘较多且精准，成交5台；部分询盘是竹编工艺品成品采购，客户不做成品。\n"
        "解决方案：排除“竹编工艺品”，增加“自动破篾机”。\n续费意向：客户表示到期续签。\n"
        "附：客户确认的关键词清单。\n\n肖红英\n宝庆商务"]
    m["atts"] = [Att("鹤城竹机关键词清单（客户确认版）.pdf", "application/pdf", kit7.pdf_scan(rng, "20261127153000+08'00'"),
                     "application/pdf")]
    eml = mail263(m, rng)
    return m, eml, dict(
        kind="summary", family="clean", client="263 enterprise webmail (approximated)",
        fields=fields(partner="邵阳宝庆商务服务有限公司", client="怀化鹤城竹木机械有限公司", quota=200, pushed_count=124,
                      service_start="2026-02-10", service_end="2027-02-09"),
        accept={"partner": ["宝庆商务"]},
        renewal=True,
        source_text={"quota": ["合同商机数：200条"], "pushed_count": ["已推送商机：124条"], "service_start": ["2026年2月10日"],
                     "service_end": ["2027年2月9日"]},
        notes="263 webmail (GB2312 quoted-printable text, base64 HTML; the PDF's name as Q-encoded GB2312 words); a "
              "clean labelled summary with a scanned keyword list (PDF, role form); both triggers (62 %, 81 % of the "
              "period); '5台' is a distractor; renewal intended.")


@entry
def C4():
    rng = R("C4")
    d = dt(2026, 12, 3, 14, 22, 16)
    m = dict(from_name="先明亮", addr="xianml_lz@126.com", date=d, subject="商机申诉—纳溪泵阀—SJ20261203-0129", host=host_of(rng, "126"))
    m["blocks"] = [
        "总部您好：\n\n合作商：泸州酒城网络科技有限公司\n付费客户：泸州纳溪化工泵阀有限公司\n商机编号：SJ20261203-0129\n"
        "推送时间：2026-12-03 09:02\n客户异议时间：2026-12-03 11:37\n申诉理由：同行来套报价（判定标准第1条）\n"
        "情况说明：对方自称化肥厂设备科，客户回电核实后，对方承认是外地一家泵阀公司的销售，专门来要报价和选型资料。\n"
        "附件：回访录音、微信聊天记录截图\n\n先明亮\n酒城网络"]
    m["atts"] = [Att("1203回访.amr", "audio/amr", amr(rng, 40), "audio/amr"),
                 Att("对方微信聊天记录.jpg", "image/jpeg", jpg(rng, rows=8), "image/jpeg")]
    eml = kit7.coremail(m, rng, "126")
    return m, eml, dict(
        kind="appeal", family="clean", client="126 webmail (Coremail)",
        fields=fields(partner="泸州酒城网络科技有限公司", client="泸州纳溪化工泵阀有限公司", lead_ids=["SJ20261203-0129"],
                      pushed_at=iso(2026, 12, 3, 9, 2), objected_at=iso(2026, 12, 3, 11, 37), reason_code=1),
        accept={"partner": ["酒城网络"], "client": ["纳溪泵阀"]},
        source_text={"pushed_at": ["2026-12-03 09:02"], "objected_at": ["2026-12-03 11:37"], "reason_code": ["判定标准第1条"]},
        notes="126 webmail (GBK base64 text + HTML, GBK RFC 2047 file names); a clean labelled appeal, code 1 with both "
              "kinds of evidence (AMR recording, JPEG chat screenshot); the file name '1203回访' is a distractor.")


# ==========================================================================
# family: automatic mail
# ==========================================================================

@entry
def A1():
    rng = R("A1")
    d = dt(2026, 10, 5, 9, 0, 12)
    m = dict(from_name="", addr="dengguoqiang@changnan-ds.com", date=d, subject="Auto: [DOR#SS-2026-001031] 商机申诉判定结果",
             host=host_of(rng, "own", "mail.changnan-ds.com"), mx="mail.changnan-ds.com")
    m["irt"] = "<verdict.SS-2026-001031@ptg139.com>"
    m["refs"] = ["<verdict.SS-2026-001031@ptg139.com>"]
    m["text"] = ("您好，国庆假期（10月1日—10月8日）我不在办公室，邮件会在10月9日后统一处理。浮梁瓷机、湘东填料的急事请联系余晓燕 "
                 "yuxiaoyan@changnan-ds.com。\n\n邓国强\n景德镇昌南数智科技有限公司")
    eml = sieve_vacation(m, rng)
    return m, eml, dict(
        kind="auto", family="auto", client="Dovecot Pigeonhole Sieve vacation (approximated)",
        fields=fields(), accept={}, source_text={},
        notes="A Sieve vacation reply from the partner's own server: null Return-Path, subject prefix 'Auto:' (none of "
              "the Chinese prefixes), Auto-Submitted: auto-replied (vacation) with a comment and Precedence: bulk, "
              "In-Reply-To / References to HQ's verdict (UTF-8 8bit text only): auto, case_ref from the subject and "
              "thread_case_ref from the thread headers; the partner, two clients and a colleague are named: no fields.")


@entry
def A2():
    rng = R("A2")
    d = dt(2026, 11, 2, 10, 31, 5)
    sent = d - timedelta(seconds=9)
    returned = (
        f"Received: from mx1.ptg139.com (unknown [203.0.113.25])\n\tby mx{rng.randint(10, 99)}.mail.163.com (Coremail) with SMTP id "
        f"{rs(rng, 22)};\n\t{rfcdate(sent, cst=True)}\nFrom: {ew_one(HQ_NAME, 'utf-8')} <dor@ptg139.com>\n"
        "To: <linxiaochun_cz@163.com>\n"
        f"Subject: {ew_one('[DOR#SS-2026-001036] 商机申诉需补充信息', 'utf-8')}\nDate: {rfcdate(sent - timedelta(seconds=2))}\n"
        "Message-ID: <needinfo.SS-2026-001036@ptg139.com>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n"
        "Content-Transfer-Encoding: base64\n\n"
        + b64_body("林女士您好：\r\n\r\n案件 SS-2026-001036 缺少客户提出异议的时间，请补充。\r\n\r\n总部商机服务\r\n".encode())
        .decode("ascii").replace("\r\n", "\n"))
    m = dict(from_name="", addr="postmaster@163.com", date=d, subject="系统退信",
             host=(f"m{rng.randint(10, 99)}-{rng.randint(10, 99)}.163.com", f"220.197.{rng.randint(1, 250)}.{rng.randint(1, 250)}"),
             returned=returned)
    m["text"] = ("很抱歉您的邮件投递失败，原因如下：\n\n收件人：linxiaochun_cz@163.com\n退信原因：收件人邮箱空间已满\n"
                 "(552 Requested mail action aborted: exceeded mailsize limit)\n\n原邮件主题：[DOR#SS-2026-001036] 商机申诉需补充信息\n"
                 "原邮件见附件。\n\n此邮件由系统自动发出，请勿直接回复。")
    eml = coremail_bounce(m, rng)
    return m, eml, dict(
        kind="auto", family="auto", client="Coremail 系统退信 (approximated)",
        fields=fields(), accept={}, source_text={},
        notes="A Coremail '系统退信' from postmaster@163.com (empty Return-Path; no Auto-Submitted, no multipart/report: "
              "automatic by its postmaster sender) with a GBK HTML notice and HQ's returned message as an unnamed "
              "message/rfc822 part (no attachment); the case tag is only in the notice's text and the returned subject, "
              "no thread header points at HQ (case_ref null, no thread_case_ref).")


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
    return [(f"{i:03d}", k, built[k][1], kit9.label_of(k, built[k][0], built[k][2])) for i, k in enumerate(order, 1)]


README_HEAD = """# blind10 — 49 labelled partner mails for `maild parse`, by family of difficulty

A blind held-out set: written from `shared/spec/DOMAIN.md`, the seed process document
(`seed-139-lead-process.zh.txt`), `shared/samples/` (README, sNN.eml, sNN.expected.json), the
shared corpus tools (`layout.py`, `mimekit.py`, `rules.py`, `checkkit.py`) and the generators and
checkers of blind7, blind8 and blind9, whose generic helpers (header encodings, mail-client builders,
drawings, audio containers, Word / Excel forms, the label assembler, the MIME walk and the
source-text parsers) it imports rather than copies. Nobody looked at the parser, its tests or any
other set's mails while writing it, and nobody tuned the parser on it — nor is anybody to: it is an
untouched measure of how well the parser generalises. New fictitious partners and clients in 苗栗,
嘉义, 北角, 大埔, 潮州, 揭阳, 舟山, 黄山, 淮南, 景德镇, 萍乡, 邵阳, 怀化, 泸州, 达州, 保山, 咸阳, 乌海,
盘锦 and 本溪 (none of the cities of the earlier sets), with new people, phrasings, clients, mail
clients and id shapes; every person, phone number, tax id, lead id and case id is invented.

- `tests/mail/blind10/NNN.eml` — the message as delivered (CRLF, the receiving server's
  Return-Path / Delivered-To / Received on top, bytes written the way each client writes them).
- `tests/mail/blind10/NNN.expected.json` — the samples' keys (`kind`, `message_id`, `sender`,
  `subject`, `case_ref`, `fields`, `missing`, `attachments` with `detected_type` / `inline`,
  `notes`, `mail_client`, `accept`, `thread_case_ref`, `malformed`, `checks`, `extra`,
  `source_key`) plus `family` (below), `topic` for `unknown` mail (question, onboarding, invoice,
  meeting, account, complaint, pitch, other) and `source_text`: the literal strings a time, number,
  date, reason or id shorthand was read from (further strings, each literal too, are the context it
  inherits: the day of an earlier time, or the start of a period given as a length). `accept` is
  always present (`{}` when there is no alternative form).
- `tools/corpus/blind10/generate.py` — the deterministic generator (one `random.Random` per entry
  key, fixed zip, core.xml and PDF dates): `python -B tools/corpus/blind10/generate.py [--out DIR]`.
  It imports the generators of blind7, blind8 and blind9 for the generic machinery and adds only
  what is new: the texts and labels, and the clients none of them has (self-hosted Roundcube with
  RFC 2231 names in Content-Type and Content-Disposition, 263 enterprise webmail with Q-encoded
  GB2312 file names, Lark Mail, a Dovecot / Pigeonhole Sieve vacation reply, a Coremail '系统退信'
  bounce). Needs python-docx, openpyxl and Pillow; the committed bytes were made with Python
  3.11.7, Pillow 13.0.0, python-docx 1.2.0 and openpyxl 3.1.5 (other Pillow / zlib versions may
  change image and zip bytes, and so sizes and SHA-256 in the labels).
- `tools/corpus/blind10/check.py` — `python -B tools/corpus/blind10/check.py [--no-regen] [DIR]`:
  parses every message with Python's `email` package (and a raw header walk, using blind7's
  checker's MIME walk and blind8's header, attachment and rule checks), re-finds the attachments by
  the samples' rule and compares name, declared type, size, sha256, role and sniffed type, checks
  every labelled value and alias against the decoded text (traditional→simplified aliases by its own
  character table), re-derives every time, count, date, reason code and expanded id from
  `source_text` (blind7's, blind8's and blind9's parsers, with this set's forms rewritten into
  theirs), checks `missing`, `checks`, the summary trigger, the kind / family / topic counts, the
  charset / encoding / client coverage and this README, and regenerates the set byte for byte.

Compare as the samples' README says: kind, message_id, sender, subject, case_ref and attachments
exactly, `missing` as a set, fields exactly for appeal/adjustment/summary (NFKC; partner/client may
match an `accept` alias; times as instants); reply fields are the corrections the reply makes;
auto/unknown: no invented fields.

## Families

| family | what it exercises |
|---|---|
| `traditional` | Miaoli, Chiayi and North Point writers (Outlook zh-TW in Big5, Yahoo Mail TW, Windows Live Mail in Big5-HKSCS, Gmail, Outlook for Mac; written Cantonese); ROC slash dates with the am/pm marker before the time (`115/10/21 (三) AM 09:48`), a period ending at a month's end (`116年3月底`), ROC dotted dates (`114.12.01 - 115.11.30`), Cantonese clock words (`尋晚八點踏正`, `今朝十點三個字`), ids behind `#`, counts in `單` and `則`; simplified forms in `accept` |
| `english` | English and mixed writers: day-first `21/10` with military `0905hrs`, `Oct. 1st, 2025 through Sept. 30th, 2026`, `Oct 21, 2:05 PM` + `next morning 8:10 AM`, `1st Feb 2026 to 31st Jan 2027`, `this batch of five leads`, English reasons |
| `dates` | `大前天` and Sichuan `两点过十分`, an ISO 8601 time copied with `T`, seconds and offset plus `第二天一早`, relative years `今年…至明年…`, days of the month only (`21号晚上9点05`), a length before its start (`一年半，从…起算`) |
| `numbers` | a thousands separator (`1,200条`), `廿` in a Chinese-numeral date and `第叁条`, a start id and a run (`…-0301开始连续5条`), ad-platform words `配额` / `已消耗` with two-digit dotted years, four-digit clock times without a colon and `判定标准（五）` |
| `forms` | .docx / .xlsx: radio bullets `●` / `○` for the criterion, Y / N verdicts beside numeric id cells and a `COUNTA` formula without a cached value, units and a cut-off date inside labels, year-less text times in cells, several ids in one cell |
| `non_request` | mail that is none of the three requests → `unknown` with a `topic` |
| `thread` | replies that correct one field (lead id, push time, pushed count, client name, service start): `答复: 答复:` with `［］`, `《》`, a tag without brackets followed by `（…）`, ASCII angle brackets `<…>`, an English reply |
| `short_names` | partner and/or client only as short names: in the signature, in 【】 after the writer, in `我们…这边`, an English short name; a missing objection time, a missing quota |
| `clean` | ordinary requests (one `FW:` inside the partner, one `回复：` to the partner's own earlier mail) |
| `auto` | a Sieve vacation reply (`Auto:`, Auto-Submitted with a comment, Precedence: bulk) and a Coremail '系统退信' from postmaster |

## Labelling decisions a reader could make differently

- **Traditional script**: `partner` / `client` are the strings as written (苗栗山城數位整合行銷有限公司,
  大埔工業邨宏基包裝機械有限公司); the character-by-character simplified forms (乾燥 as 干燥) and the short
  forms are in `accept`, even when the simplified form is not in the message. Written Cantonese is
  labelled like Mandarin: `尋晚` is last night (昨晚), `今朝` this morning, `踏正` on the hour, and the
  minutes counted in 字 of five minutes (`十點三個字` = 10:15).
- **ROC years**: `115/10/21`, `114.12.01` and `116年3月底` are ROC dates (year + 1911) even without
  民國; `3月底` / `…月底` is the last day of that month.
- **Am/pm and clock forms**: `AM 09:48` / `PM 02:35` (the marker before the time) are am / pm;
  `0905hrs`, `10/21 0905` are 09:05; `两点过十分` is 2:10 (with 下午: 14:10); `next morning` is the
  day after the time written before it, a.m.; a time copied as `2026-10-21T21:07:44+08:00` keeps its
  seconds.
- **Day/month order**: `21/10` without a year is 21 October (the first number cannot be a month);
  `10/21 0905` is month/day; `1st Feb 2026` is day-month-year.
- **Relative days**: `大前天` is three days before the Date header; `第二天` is the day after the time
  written before it; `21号` without a month is that day of the Date header's month; `今年` / `明年`
  are the Date header's year and the next one.
- **Periods**: `一年半，从2025年6月16日起算` ends 18 months later less a day (2026-12-15);
  `26.01.01-26.12.31` has two-digit years (2026).
- **Numbers**: `1,200条` is 1200 (the comma groups thousands); `廿` is twenty (`十月廿一日` = 21
  October); `第叁条` and `判定标准（五）` are criteria 3 and 5; `商机配额` is the quota and `已消耗`
  the pushed count; a label's unit or cut-off date in brackets (`已推送（截至10月31日）`) is no count.
- **Id shorthand**: `从SJ20261102-0301开始连续5条` is the five consecutive ids from …-0301; a `#`
  before an id is not part of it; bare four-digit tails at the start of verdict lines are the ids
  already listed.
- **Forms**: in a row of radio bullets the filled `●` is the chosen criterion and the empty `○` are
  not; a `COUNTA` formula without a cached value is no count (the count is the number of ids);
  Y / N are verdicts; a text cell `10月28日 9:40` takes the Date header's year; `填表人 / 日期` is no
  time.
- **Short names**: when only a short name is written it is the field, also when it is English
  (`Qindu Digital`) or only in `我们酒城网络这边`; an appeal whose objection time is still being
  asked misses `objected_at`; a summary whose quota is not known misses `quota` and its trigger is
  judged on the time alone.
- **Replies**: only the reply's own new text and attachments count; a correction gives the corrected
  value only (the old value it names and the quoted HQ text are not data). A tag inside `［］`, `《》`
  or `<>`, or without brackets, is a tag. `accept` of a reply is `{}`.
- **Not requests**: a question about bundling appeals and Douyin screenshots (with a sample
  screenshot), a new client's 商机下单表 as .xlsx (contract size and period included), a request for a
  receipt and a statement of account, an office-visit proposal, a back-office account request, a
  complaint that HQ's mails arrive garbled, a stranger's English database pitch and a client's
  letter of thanks are `unknown` with no fields, whatever they name.
- **Automatic**: a Sieve vacation reply (`Auto:` prefix, `Auto-Submitted: auto-replied (vacation)`,
  `Precedence: bulk`) is `auto` with case_ref from its subject and thread_case_ref from its thread
  headers; a Coremail '系统退信' from postmaster without Auto-Submitted is `auto` by its sender, and the
  returned message inside it (unnamed message/rfc822) is no attachment and gives neither case_ref nor
  thread_case_ref.
- **Attachments**: an `.xlsx` declared `application/vnd.ms-excel` keeps that `content_type`; an ADTS
  `.aac` is `audio/aac`; a JPEG photo of a letter is role `screenshot` by its file type; PDFs are role
  `form`; names given as RFC 2231 `name*0*=` / `filename*0*=` continuations or as Q-encoded GB2312
  words are decoded.

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
