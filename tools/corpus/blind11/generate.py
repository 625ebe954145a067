#!/usr/bin/env python3
"""Deterministic generator of the blind11 evaluation set (49 labelled partner mails).

Run:  python -B tools/corpus/blind11/generate.py [--out DIR]
      (default: the set into tests/mail/blind11, README.md next to this file;
      with --out, everything into DIR and the checkout is untouched)

Written blind: from shared/spec/DOMAIN.md, the seed process document, shared/samples/
and the shared corpus tools only, never from the parser, its tests or another set's
mails.  The generic machinery (header encodings, the mail-client builders, drawings,
audio containers, Word / Excel forms, the label assembler) is imported from the
generators of blind7 .. blind10; this file holds what is new to blind11: its partners,
clients, people and texts, its labels, and the builders the four lack (Mutt with 8bit
GB18030 text and RFC 2231 names in the local charset, eM Client with RFC 2231
continuations, Spark, Zoho Mail sending one HTML part, a Word form written as paragraphs
without a table, a Zimbra vacation reply whose subject looks like a reply, and an Exim
'Mail delivery failed' bounce in plain 7bit text).

Every partner, client, person, phone number, lead id and case id is fictitious.  One
random.Random per message (seeded from the entry key), fixed zip member dates and fixed
core.xml / PDF dates make a rerun byte-identical.  Needs python-docx, openpyxl, Pillow.
"""
from __future__ import annotations

import importlib.util
import json
import random
import sys
from datetime import date, time, timedelta
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
    saved,
)


def _load(name, folder):
    """tools/corpus/<folder>/generate.py under its own module name (each imports blind7's as `generate`)."""
    spec = importlib.util.spec_from_file_location(name, HERE.parent / folder / "generate.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


kit10 = _load("blind10_generate", "blind10")
kit8, kit9 = kit10.kit8, kit10.kit9

Att, Quote = kit7.Att, kit7.Quote
dt, iso, fields, host_of, rs = kit7.dt, kit7.iso, kit7.fields, kit7.host_of, kit7.rs
png, jpg, amr, mp3, m4a, wav = kit7.png, kit7.jpg, kit7.amr, kit7.mp3, kit7.m4a, kit7.wav
docx_form, xlsx_book, top, thread, mp = kit7.docx_form, kit7.xlsx_book, kit7.top, kit7.thread, kit7.mp
HEXL, HEXU, ALNUM, HQ, quote_gt = kit7.HEXL, kit7.HEXU, kit7.ALNUM, kit7.HQ, kit7.quote_gt
isos = kit10.isos

SET = "blind11"
SEED = "maild-blind11-2026"
HQ_NAME = "总部商机服务"


def R(key):
    return random.Random(f"{SEED}:{key}")


# --------------------------------------------------------------------------
# what blind7 .. blind10 lack: mail clients
# --------------------------------------------------------------------------

def mutt(m, rng, charset="GB18030"):
    """Mutt 2.2 on a Linux desktop: text/plain 8bit in the local charset (inline), B-encoded headers
    in the same charset, attachment names as one RFC 2231 parameter in that charset (filename*=gb18030''…)."""
    d = m["date"]
    codec = kit7.CODEC.get(charset, charset.lower())
    text = crlf(kit7.plain_of(m["blocks"], "  "))
    if not text.endswith("\r\n"):
        text += "\r\n"
    tbody = text.encode(codec)
    host = m.get("pc", "localhost")
    mid = f"<{d.strftime('%Y%m%d%H%M%S')}.GA{rng.randint(1000, 99999)}@{host}>"
    m["message_id"] = mid
    h = top(rng, m["addr"], *m["host"], d, 2)
    h += ["Date: " + rfcdate(d), kit7.from_header(m["from_name"], m["addr"], charset.lower(), quoted=False), "To: " + HQ,
          kit7.subj_header(m["subject"], charset.lower()), "Message-ID: " + mid] + thread(m)
    h += ["MIME-Version: 1.0"]
    tpart = [f"Content-Type: text/plain; charset={charset.lower()}", "Content-Disposition: inline",
             "Content-Transfer-Encoding: 8bit"]
    if m.get("atts"):
        b = rs(rng, 16, ALNUM)
        parts = [leaf(tpart, tbody)]
        for a in m["atts"]:
            p = kit7.rfc2231_params("filename", a.filename, charset.lower(), width=10 ** 4)[0]
            parts.append(leaf([f"Content-Type: {a.declared}", f"Content-Disposition: attachment; {p}",
                               "Content-Transfer-Encoding: base64"], b64_body(a.data)))
        h += ["Content-Type: multipart/mixed; boundary=\"" + b + "\"", "Content-Disposition: inline"]
        body = mp(b, parts)
    else:
        h += tpart
        body = tbody
    h += ["User-Agent: Mutt/2.2.12 (2023-09-09)"]
    return header_block(h) + CRLF + body


def emclient(m, rng, charset="utf-8"):
    """eM Client 9 (approximated): text/plain and text/html quoted-printable in the chosen charset,
    ------=_MB boundaries, attachment names as a Q-encoded word in name= and RFC 2231 continuations
    (filename*0*=) in Content-Disposition."""
    d = m["date"]
    codec = kit7.CODEC.get(charset, charset)
    plain = crlf(kit7.plain_of(m["blocks"], "\t"))
    htm = crlf(f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head><body>'
               '<div style="font-family:Segoe UI;font-size:10pt">' + kit7.html_blocks(m["blocks"], kit7.bq_quote)
               + "</div></body></html>")

    def mb():
        return "------=_MB" + kit7.uuid_like(rng).replace("-", "")[:8] + "-" + rs(rng, 4, HEXU) + "-" + rs(rng, 12, HEXU)
    alt_b = mb()
    alt = mp(alt_b, [leaf([f'Content-Type: text/plain; format=flowed; charset="{charset}"',
                           "Content-Transfer-Encoding: quoted-printable"], qp(plain.encode(codec)) + CRLF),
                     leaf([f'Content-Type: text/html; charset="{charset}"', "Content-Transfer-Encoding: quoted-printable"],
                          qp(htm.encode(codec)) + CRLF)])
    if m.get("atts"):
        ob = mb()
        parts = [leaf([f'Content-Type: multipart/alternative; boundary="{alt_b}"'], alt)]
        for a in m["atts"]:
            if a.filename.isascii():
                h = [f'Content-Type: {a.declared}; name="{a.filename}"', f'Content-Disposition: attachment; filename="{a.filename}"']
            else:
                w = " ".join(ew_fit(a.filename, "utf-8", mode="Q", maxlen=70))
                params = kit7.rfc2231_params("filename", a.filename, "utf-8", width=48)
                h = [f'Content-Type: {a.declared}; name="{w}"', "Content-Disposition: attachment;"]
                h += [" " + p + (";" if i < len(params) - 1 else "") for i, p in enumerate(params)]
            parts.append(leaf(h + ["Content-Transfer-Encoding: base64"], b64_body(a.data)))
        ctype = f'Content-Type: multipart/mixed; boundary="{ob}"'
        body = mp(ob, parts, kit7.PRE)
    else:
        ctype = f'Content-Type: multipart/alternative; boundary="{alt_b}"'
        body = kit7.PRE.encode() + CRLF + CRLF + alt
    mid = f"<em{kit7.uuid_like(rng, upper=False)}@{m.get('pc', 'desktop-pc')}>"
    m["message_id"] = mid
    h = top(rng, m["addr"], *m["host"], d, 3)
    h += [kit7.from_header(m["from_name"], m["addr"], charset), kit7.subj_header(m["subject"], charset), "To: " + HQ,
          "Date: " + rfcdate(d), "Message-Id: " + mid] + thread(m)
    h += ["Reply-To: " + m["addr"], "User-Agent: eM_Client/9.2.2157.0", "Mime-Version: 1.0", ctype]
    return header_block(h) + CRLF + body


def spark(m, rng):
    """Spark by Readdle (approximated): UTF-8 quoted-printable text and HTML, hex boundaries,
    X-Readdle-Message-ID, attachment names as B-encoded UTF-8 words."""
    d = m["date"]
    plain = crlf(kit7.plain_of(m["blocks"], " "))
    htm = crlf('<html xmlns="http://www.w3.org/1999/xhtml"><head><title></title></head><body><div name="messageBodySection">'
               '<div dir="auto">' + kit7.html_blocks(m["blocks"], kit7.bq_quote) + "</div></div>"
               '<div name="messageSignatureSection"><br></div></body></html>')

    def bnd():
        return f"{rs(rng, 8, HEXL)}_{rs(rng, 8, HEXL)}_{rs(rng, 4, HEXL)}"
    alt_b = bnd()
    alt = mp(alt_b, [leaf(["Content-Type: text/plain; charset=\"utf-8\"", "Content-Transfer-Encoding: quoted-printable",
                           "Content-Disposition: inline"], qp(plain.encode("utf-8")) + CRLF),
                     leaf(["Content-Type: text/html; charset=\"utf-8\"", "Content-Transfer-Encoding: quoted-printable",
                           "Content-Disposition: inline"], qp(htm.encode("utf-8")) + CRLF)])
    if m.get("atts"):
        ob = bnd()
        parts = [leaf([f'Content-Type: multipart/alternative; boundary="{alt_b}"'], alt)]
        for a in m["atts"]:
            w = a.filename if a.filename.isascii() else ew_one(a.filename, "utf-8")
            parts.append(leaf([f'Content-Type: {a.declared}; name="{w}"', "Content-Transfer-Encoding: base64",
                               f'Content-Disposition: attachment; filename="{w}"'], b64_body(a.data)))
        ctype = f'Content-Type: multipart/mixed; boundary="{ob}"'
        body = mp(ob, parts)
    else:
        ctype = f'Content-Type: multipart/alternative; boundary="{alt_b}"'
        body = alt
    u = kit7.uuid_like(rng)
    mid = f"<{u}@Spark>"
    m["message_id"] = mid
    h = top(rng, m["addr"], *m["host"], d, 2)
    h += ["Date: " + rfcdate(d), kit7.from_header(m["from_name"], m["addr"], "utf-8", quoted=False), "To: " + HQ,
          "Message-ID: " + mid] + thread(m)
    h += [kit7.subj_header(m["subject"], "utf-8"), "X-Readdle-Message-ID: " + mid, "MIME-Version: 1.0", ctype]
    return header_block(h) + CRLF + body


def zoho_html(m, rng):
    """Zoho Mail (approximated) sending one text/html part, UTF-8 quoted-printable."""
    d = m["date"]
    raw = crlf('<!DOCTYPE html><html><head><meta content="text/html;charset=UTF-8" http-equiv="Content-Type"></head>'
               '<body><div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;">'
               + m["html"] + "</div><br></body></html>").encode("utf-8")
    ms = int(d.timestamp()) * 1000 + rng.randint(100, 999)
    mid = f"<{ms:x}.{rs(rng, 16, HEXL)}.{rng.randint(10 ** 18, 10 ** 19 - 1)}@zohomail.com>"
    m["message_id"] = mid
    h = top(rng, m["addr"], *m["host"], d, 2)
    h += ["Date: " + rfcdate(d), kit7.from_header(m["from_name"], m["addr"], "UTF-8"), "To: " + f'"{HQ}" <{HQ}>',
          "Message-Id: " + mid, kit7.subj_header(m["subject"], "UTF-8"), "MIME-Version: 1.0",
          "Content-Type: text/html; charset=\"UTF-8\"", "Content-Transfer-Encoding: quoted-printable", "Importance: Medium",
          "User-Agent: Zoho Mail", "X-Mailer: Zoho Mail"]
    return header_block(h) + CRLF + qp(raw) + CRLF


def zimbra_vacation(m, rng):
    """A Zimbra out-of-office reply (approximated): the subject is 'Re: ' + HQ's subject (so it looks
    like a reply), Auto-Submitted: auto-replied (zimbra; vacation), UTF-8 quoted-printable text."""
    d = m["date"]
    mid = f"<{rng.randint(10 ** 8, 10 ** 9 - 1)}.{rng.randint(100, 999)}.{int(d.timestamp()) * 1000}.JavaMail.zimbra@{m['mx']}>"
    m["message_id"] = mid
    h = top(rng, m["addr"], *m["host"], d, 1)
    h += ["Date: " + rfcdate(d), kit7.from_header(m["from_name"], m["addr"], "utf-8"), "To: " + HQ, "Message-ID: " + mid]
    h += thread(m) + [kit7.subj_header(m["subject"], "utf-8"), "MIME-Version: 1.0",
                      "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable",
                      "Auto-Submitted: auto-replied (zimbra; vacation)", "Precedence: bulk",
                      "X-Mailer: Zimbra 9.0.0_GA_4583 (zclient/9.0.0_GA_4583)"]
    return header_block(h) + CRLF + qp(crlf(m["text"]).encode("utf-8")) + CRLF


def exim_bounce(m, rng):
    """An Exim 4 'Mail delivery failed' bounce: no MIME structure, one 7bit text with the returned
    message copied below the '------ This is a copy of the message' line; X-Failed-Recipients."""
    d = m["date"]
    host = m["mta"]
    eid = f"1v{rs(rng, 4, ALNUM)}-{rs(rng, 6, ALNUM)}-{rs(rng, 2, ALNUM)}"
    mid = f"<E{eid}@{host}>"
    m["message_id"] = mid
    h = top(rng, None, host, m["ip"], d, 1, tls="ESMTP")
    h += [f"X-Failed-Recipients: {m['rcpt']}", "Auto-Submitted: auto-replied", f"From: Mail Delivery System <{m['addr']}>",
          f"To: {HQ}", "Content-Type: text/plain; charset=us-ascii", "Content-Transfer-Encoding: 7bit",
          "Subject: Mail delivery failed: returning message to sender", "Message-Id: " + mid, "Date: " + rfcdate(d)]
    return header_block(h) + CRLF + crlf(m["text"]).encode("ascii")


# --------------------------------------------------------------------------
# what blind7 .. blind10 lack: a Word form written as paragraphs (labels, blanks, check boxes)
# --------------------------------------------------------------------------

def docx_paras(author, when, title, lines):
    """A Word form without a table: a centred bold title and one paragraph per line."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    d = docx.Document()
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(title)
    r.bold = True
    r.font.size = Pt(16)
    for s in lines:
        d.add_paragraph(s)
    return kit7.fixed_zip(saved(d), author, when)


# --------------------------------------------------------------------------
# entries
# --------------------------------------------------------------------------

ENTRIES = []


def entry(fn):
    ENTRIES.append(fn)
    return fn


def hq_text(case, what, lines):
    """The body of an HQ message as a partner's client quotes it."""
    return f"您好，\n{what}已登记，案件编号 {case}。\n" + "\n".join(lines) + "\n总部商机服务 dor@ptg139.com"


# ==========================================================================
# family: traditional Chinese writers (Yilan, Changhua, Kwun Tong, Kwai Chung)
# ==========================================================================

@entry
def T1():
    rng = R("T1")
    d = dt(2026, 10, 21, 16, 40, 27)
    m = dict(from_name="游淑芬", addr="shufen.yu@lanyang-dm.com.tw", date=d, subject="【申訴】羅東製材 LD2610210133 對方是個人",
             host=host_of(rng, "own", "mail.lanyang-dm.com.tw"))
    m["blocks"] = [
        "總部客服中心 鈞鑒：\n\n本公司客戶羅東製材有一筆商機需要申訴，系統紀錄直接複製如下：\n\n"
        "商機編號 LD2610210133\n推播時間 2026/10/21 上午 09:12:37\n客戶回報時間 2026/10/21 下午 01:48:05\n\n"
        "說明：需求者是個人，要買一台家用小型帶鋸機自己在院子裡鋸柴，不是工廠也不是木材行。對方是個人，依第3條申請不計入。\n"
        "客戶業務與對方的LINE對話截圖如附件。\n\n合作廠商：宜蘭蘭陽數位行銷股份有限公司\n客戶名稱：宜蘭羅東製材機械股份有限公司\n\n"
        "游淑芬 敬上\n蘭陽數位 客戶經營部\n(03)954-2218 #31"]
    m["atts"] = [Att("LINE對話截圖.png", "image/png", png(rng, rows=7), "image/png")]
    eml = kit7.outlook(m, rng, "zh-TW")
    return m, eml, dict(
        kind="appeal", family="traditional", client="Outlook 16 (zh-TW, Big5)",
        fields=fields(partner="宜蘭蘭陽數位行銷股份有限公司", client="宜蘭羅東製材機械股份有限公司", lead_ids=["LD2610210133"],
                      pushed_at=isos(2026, 10, 21, 9, 12, 37), objected_at=isos(2026, 10, 21, 13, 48, 5), reason_code=3),
        accept={"partner": ["蘭陽數位", "宜兰兰阳数位行销股份有限公司", "兰阳数位"],
                "client": ["羅東製材", "宜兰罗东制材机械股份有限公司", "罗东制材"]},
        source_text={"pushed_at": ["2026/10/21 上午 09:12:37"], "objected_at": ["2026/10/21 下午 01:48:05"],
                     "reason_code": ["依第3條申請不計入"]},
        notes="Outlook zh-TW (Big5 base64 text + Word HTML, Big5 RFC 2047 file name); times copied from a Windows zh-TW "
              "system with the am/pm word before a zero-padded time and seconds ('2026/10/21 下午 01:48:05' = 13:48:05, "
              "seconds kept); labels without colons; code 3 by number ('第3條'); partner and client below the data; "
              "the extension '#31' is a distractor; PNG screenshot.")


@entry
def T2():
    rng = R("T2")
    d = dt(2026, 11, 16, 11, 22, 9)
    ids = ["LD-261104-015", "LD-261104-022", "LD-261105-008", "LD-261106-031", "LD-261106-044", "LD-261109-003",
           "LD-261110-019", "LD-261111-026", "LD-261112-007", "LD-261113-040"]
    ok = ["啱", "啱，問緊貨櫃吊具", "唔啱，佢想租貨櫃倉", "啱", "唔啱，搵人維修冷凍櫃", "啱，問龍門吊配件", "啱", "唔啱，學校參觀",
          "啱", "啱，碼頭要換吊索"]
    m = dict(from_name="區家樂", addr="lok.au@sunrealm.com.hk", date=d, subject="興發貨櫃 上個月10宗商機嘅回覆",
             host=host_of(rng, "own", "smtp.sunrealm.com.hk"), pc="SR-LAPTOP-03")
    m["blocks"] = [
        "Hi 總部，\n\n興發貨櫃嘅同事已經逐宗睇完上個月推過嚟嘅10宗商機，整理如下：\n\n"
        + "\n".join(f"第{i + 1}宗 {ids[i]} {ok[i]}" for i in range(10))
        + "\n\n想跟進：\n加關鍵字：貨櫃吊具、龍門吊配件\n刪關鍵字：貨櫃倉\n唔做：貨櫃倉租賃、冷凍櫃維修\n多啲推畀：碼頭營運商、物流公司\n\n"
        "合作商：觀塘創域商務策劃有限公司\n客戶：葵涌興發貨櫃維修設備有限公司\n\n區家樂 Lok Au\n創域商務 Sun Realm Consulting"]
    eml = emclient(m, rng, "big5-hkscs")
    return m, eml, dict(
        kind="adjustment", family="traditional", client="eM Client 9 (Big5-HKSCS; approximated)",
        fields=fields(partner="觀塘創域商務策劃有限公司", client="葵涌興發貨櫃維修設備有限公司", lead_ids=ids, lead_count=10),
        accept={"partner": ["創域商務", "Sun Realm Consulting", "观塘创域商务策划有限公司", "创域商务"],
                "client": ["興發貨櫃", "葵涌兴发货柜维修设备有限公司", "兴发货柜"]},
        extra={"keywords_add": ["貨櫃吊具", "龍門吊配件"], "keywords_remove": ["貨櫃倉"], "excluded_products": ["貨櫃倉租賃", "冷凍櫃維修"],
               "audience": ["碼頭營運商", "物流公司"]},
        source_text={"lead_count": ["10宗商機"]},
        notes="eM Client from Kwun Tong (Big5-HKSCS quoted-printable text + HTML, text only), written Cantonese; the count "
              "in '宗' ('10宗商機'); ten ids of a new shape (LD-261104-015) each behind '第N宗' (the ordinals are "
              "distractors) with 啱 / 唔啱 verdicts; '上個月' is no date; simplified forms in accept.")


@entry
def T3():
    rng = R("T3")
    d = dt(2026, 8, 20, 14, 3, 51)
    m = dict(from_name="施佳蓉", addr="jiarong_shih@yahoo.com.tw", date=d, subject="和美織襪機 商機彙整回報",
             host=host_of(rng, "yahoo"))
    m["blocks"] = [
        "總部窗口您好：\n\n以下是和美織襪機本期的商機彙整：\n\n・合作廠商／彰化八卦山網路科技有限公司\n・客戶／彰化和美織襪機械股份有限公司\n"
        "・合約期間／114年11月1日起，為期一年\n・保證則數／一百二十則\n・已推播／捌拾柒則\n\n"
        "客戶回饋：電腦織襪機、定型機的詢問很準，這期成交4台；但有兩成左右是襪子成品批發的詢問，客戶不賣襪子。\n"
        "建議排除「襪子批發」「童襪」，新增「電腦織襪機」「襪子定型機」。\n續約：客戶還在評估，下個月開會決定。\n\n"
        "施佳蓉\n八卦山網路 業務部\n04-7356-209"]
    eml = kit7.yahoo(m, rng)
    return m, eml, dict(
        kind="summary", family="traditional", client="Yahoo Mail (Taiwan web)",
        fields=fields(partner="彰化八卦山網路科技有限公司", client="彰化和美織襪機械股份有限公司", quota=120, pushed_count=87,
                      service_start="2025-11-01", service_end="2026-10-31"),
        accept={"partner": ["八卦山網路", "彰化八卦山网路科技有限公司", "八卦山网路"],
                "client": ["和美織襪機", "彰化和美织袜机械股份有限公司", "和美织袜机"]},
        renewal=None,
        source_text={"quota": ["一百二十則"], "pushed_count": ["捌拾柒則"], "service_start": ["114年11月1日"],
                     "service_end": ["為期一年", "114年11月1日"]},
        notes="Yahoo Mail TW (UTF-8 quoted-printable text + HTML); labels and values separated by a full-width slash "
              "behind '・' bullets; the period as an ROC start and a length ('114年11月1日起，為期一年' = 2025-11-01 .. "
              "2026-10-31); counts in Chinese numerals, one of them financial ('一百二十則', '捌拾柒則' = 87); both "
              "triggers (72.5 %, 80 % of the period); '4台', '兩成' and '下個月' are distractors; renewal undecided.")


@entry
def T4():
    rng = R("T4")
    d = dt(2026, 11, 13, 10, 20, 44)
    m = dict(from_name="鄺美玲", addr="meiling.kwong@sunrealm.com.hk", date=d, subject="裕泰印刷 申訴一單 LD-261112-052",
             host=host_of(rng, "google"))
    m["blocks"] = [
        "總部你好，\n\n裕泰印刷想申訴呢單：LD-261112-052。\n尋日下晝三點搭五推過嚟，對方淨係留低個微信號，客戶加極都加唔到，"
        "個微信號搜唔到，電話又冇留。客戶尋日夜晚七點半同我哋講。\n截圖喺附件，唔該晒。\n\n"
        "合作商：觀塘創域商務策劃有限公司\n客戶：觀塘裕泰印刷機械有限公司\n\n鄺美玲 Mei-ling Kwong\n創域商務\n+852 2798 3316"]
    m["atts"] = [Att("微信搜唔到.jpg", "image/jpeg", jpg(rng, rows=5, style="search"), "image/jpeg")]
    eml = kit7.gmail(m, rng)
    return m, eml, dict(
        kind="appeal", family="traditional", client="Gmail (Google Workspace)",
        fields=fields(partner="觀塘創域商務策劃有限公司", client="觀塘裕泰印刷機械有限公司", lead_ids=["LD-261112-052"],
                      pushed_at=iso(2026, 11, 12, 15, 25), objected_at=iso(2026, 11, 12, 19, 30), reason_code=2),
        accept={"partner": ["創域商務", "观塘创域商务策划有限公司", "创域商务"],
                "client": ["裕泰印刷", "观塘裕泰印刷机械有限公司"]},
        source_text={"pushed_at": ["尋日下晝三點搭五"], "objected_at": ["尋日夜晚七點半"], "reason_code": ["個微信號搜唔到"]},
        notes="Gmail (UTF-8) from Kwun Tong, written Cantonese: '尋日下晝三點搭五' (yesterday afternoon, 搭五 = 25 past: "
              "15:25) and '尋日夜晚七點半' (19:30) - 4 h 5 min, inside 8 h; code 2 (搜唔到 the WeChat id, 加唔到); JPEG "
              "screenshot; the phone number is a distractor.")


@entry
def T5():
    rng = R("T5")
    d = dt(2026, 9, 25, 9, 47, 2)
    m = dict(from_name="林育賢", addr="yuhsien.lin@lanyang-dm.com.tw", date=d, subject="冬山農機 商機彙總回饋（時間已過七成）",
             host=host_of(rng, "own", "mail.lanyang-dm.com.tw"), html_lang="ZH-TW")
    m["blocks"] = [
        "總部您好，\n\n冬山農機的合約時間已過七成，彙總如下：\n\n合作廠商：宜蘭蘭陽數位行銷股份有限公司\n付費客戶：宜蘭冬山農機具製造股份有限公司\n"
        "合約：115年元月1日至115年12月31日\n保證商機數：150筆\n目前累計推播：64筆\n\n"
        "客戶反應：插秧機零件、中耕機的詢問比較準；很多是農民要買二手耕耘機，客戶只做新機。\n"
        "建議：排除「二手耕耘機」，增加「中耕管理機」。\n續約：客戶表示明年不續約，預算要轉去參加農機展。\n\n林育賢\n蘭陽數位 業務部"]
    eml = kit9.mac_outlook(m, rng)
    return m, eml, dict(
        kind="summary", family="traditional", client="Outlook for Mac 16 (approximated)",
        fields=fields(partner="宜蘭蘭陽數位行銷股份有限公司", client="宜蘭冬山農機具製造股份有限公司", quota=150, pushed_count=64,
                      service_start="2026-01-01", service_end="2026-12-31"),
        accept={"partner": ["蘭陽數位", "宜兰兰阳数位行销股份有限公司", "兰阳数位"],
                "client": ["冬山農機", "宜兰冬山农机具制造股份有限公司", "冬山农机"]},
        renewal=False,
        source_text={"quota": ["保證商機數：150筆"], "pushed_count": ["目前累計推播：64筆"], "service_start": ["115年元月1日"],
                     "service_end": ["115年12月31日"]},
        notes="Outlook for Mac (UTF-8 quoted-printable text + Word HTML); the period in ROC years with '元月' for January "
              "('115年元月1日至115年12月31日' = 2026-01-01 .. 2026-12-31); time trigger only (43 % of the leads, 73 % of "
              "the period); '七成' and '明年' are distractors; renewal declined (不續約).")


# ==========================================================================
# family: English and mixed-language writers
# ==========================================================================

@entry
def E1():
    rng = R("E1")
    d = dt(2026, 10, 22, 9, 14, 30)
    m = dict(from_name="Jiamin Zhu", addr="jiamin.zhu@beijiang-yun.com", date=d,
             subject="Appeal | Fogang Extrusion | LD2610210057", host=host_of(rng, "own", "mail.beijiang-yun.com"))
    m["blocks"] = [
        "Hi team,\n\nWe'd like to appeal one lead for Fogang Extrusion (清远佛冈铝型材挤压设备有限公司).\n\n"
        "The lead LD2610210057 was pushed at 3:05pm on the 21st and the client came back to us at 9:40pm the same day. "
        "The \"buyer\" turned out to be a competitor posing as a window factory: he asked for the full die list and the "
        "price of a 1250-ton press, then admitted he sells extrusion presses himself.\n\n"
        "The call recording is attached (about 2 minutes).\n\nPartner: 清远北江云商网络科技有限公司\n\n"
        "Cheers,\nJiamin Zhu\nBeijiang Cloud Commerce | Customer Success"]
    m["atts"] = [Att("call_fogang.m4a", "audio/x-m4a", m4a(rng, 12), "audio/mp4")]
    eml = spark(m, rng)
    return m, eml, dict(
        kind="appeal", family="english", client="Spark (Readdle; approximated)",
        fields=fields(partner="清远北江云商网络科技有限公司", client="清远佛冈铝型材挤压设备有限公司", lead_ids=["LD2610210057"],
                      pushed_at=iso(2026, 10, 21, 15, 5), objected_at=iso(2026, 10, 21, 21, 40), reason_code=1),
        accept={"partner": ["Beijiang Cloud Commerce"], "client": ["Fogang Extrusion"]},
        source_text={"pushed_at": ["3:05pm on the 21st"], "objected_at": ["9:40pm the same day", "3:05pm on the 21st"],
                     "reason_code": ["a competitor posing as a window factory"]},
        notes="Spark (UTF-8 quoted-printable text + HTML); English prose: the push day as an ordinal day of the month "
              "without a month ('3:05pm on the 21st', the month from the Date header) and '9:40pm the same day' - "
              "6 h 35 min, inside 8 h; code 1 (a competitor posing as a buyer) with an M4A recording declared "
              "audio/x-m4a; '1250-ton' and 'about 2 minutes' are distractors.")


@entry
def E2():
    rng = R("E2")
    d = dt(2026, 11, 5, 15, 12, 40)
    m = dict(from_name="Haifeng Yan", addr="haifeng.yan@shitang-media.com", date=d,
             subject="Zeguo Pumps - lead summary (over 60% delivered)", host=host_of(rng, "m365"))
    m["blocks"] = [
        "Hello HQ,\n\nSummary for our client Zeguo Pumps below.\n\n"
        "Partner: 温岭石塘数字传媒有限公司 (Shitang Digital Media)\nClient: 温岭泽国水泵制造有限公司\n"
        "Contract period: 03/01/2026 - 02/28/2027\nContracted volume: 240 leads\nDelivered so far: 151 (63%)\n\n"
        "What works: deep-well submersible pumps and garden pumps, 6 orders closed.\nWhat does not: about a quarter of "
        "the enquiries want pump repair services, which the client does not offer.\nProposal: exclude \"pump repair\"; "
        "add \"deep well submersible pump\".\n\nRenewal: the client wants to renew and asks about a 300-lead package.\n\n"
        "Regards,\nHaifeng Yan\nShitang Digital Media"]
    eml = kit7.outlook(m, rng, "en-US")
    return m, eml, dict(
        kind="summary", family="english", client="Outlook 16 (en-US)",
        fields=fields(partner="温岭石塘数字传媒有限公司", client="温岭泽国水泵制造有限公司", quota=240, pushed_count=151,
                      service_start="2026-03-01", service_end="2027-02-28"),
        accept={"partner": ["Shitang Digital Media"], "client": ["Zeguo Pumps"]},
        renewal=True,
        source_text={"quota": ["Contracted volume: 240 leads"], "pushed_count": ["Delivered so far: 151"],
                     "service_start": ["03/01/2026", "02/28/2027"], "service_end": ["02/28/2027"]},
        notes="Outlook en-US (UTF-8 quoted-printable); the period in US month-first slashes ('03/01/2026 - 02/28/2027': "
              "the second date can only be month/day, so the first is 1 March, not 3 January); lead trigger only (63 %, "
              "68 % of the period); '(63%)', '6 orders', 'a quarter' and the '300-lead package' are distractors; renewal "
              "intended.")


@entry
def E3():
    rng = R("E3")
    d = dt(2026, 11, 24, 17, 2, 18)
    tails = ["0412", "0415", "0419", "0423", "0430"]
    ids = [f"YW-2611-{t}" for t in tails]
    m = dict(from_name="Xiaoli Lou", addr="lou.xiaoli@mall-link.cn", date=d, subject="Fotang Zipper Machinery: feedback on the latest 5 leads",
             host=host_of(rng, "own", "mail.mall-link.cn"))
    m["blocks"] = [
        "Dear HQ,\n\nFotang Zipper Machinery went through the latest batch (5 leads). Same prefix for all of them, "
        "so just the endings: prefix YW-2611-, endings 0412, 0415, 0419, 0423 and 0430.\n\n"
        "0412 good - zipper teeth forming machine\n0415 good\n0419 off-target - wants finished zippers by the ton\n"
        "0423 good - slider assembly line\n0430 off-target - a garment shop asking for zipper repair\n\n"
        "Changes we'd like:\n+ keywords: zipper teeth forming machine, slider assembly machine\n- keyword: zipper wholesale\n"
        "Not offered: finished zippers, zipper repair\nAudience: zipper factories, garment accessory plants\n\n"
        "Partner: 义乌商城通网络服务有限公司\nClient: 义乌佛堂拉链机械有限公司\n\nXiaoli Lou\nYiwu Mall-Link"]
    eml = kit7.apple_mail(m, rng)
    return m, eml, dict(
        kind="adjustment", family="english", client="Apple Mail (macOS)",
        fields=fields(partner="义乌商城通网络服务有限公司", client="义乌佛堂拉链机械有限公司", lead_ids=ids, lead_count=5),
        accept={"partner": ["Yiwu Mall-Link"], "client": ["Fotang Zipper Machinery"]},
        extra={"keywords_add": ["zipper teeth forming machine", "slider assembly machine"], "keywords_remove": ["zipper wholesale"],
               "excluded_products": ["finished zippers", "zipper repair"],
               "audience": ["zipper factories", "garment accessory plants"]},
        source_text={"lead_ids": ["prefix YW-2611-, endings 0412, 0415, 0419, 0423 and 0430"], "lead_count": ["5 leads"]},
        notes="Apple Mail (UTF-8 quoted-printable text + HTML), English; the ids given once as a prefix and their endings "
              "('prefix YW-2611-, endings 0412, 0415, 0419, 0423 and 0430' = YW-2611-0412 …); the verdict lines start "
              "with the bare endings; the count '(5 leads)'; '+' / '-' proposal lines.")


@entry
def E4():
    rng = R("E4")
    d = dt(2026, 11, 3, 16, 48, 5)
    m = dict(from_name="Gerile Bao", addr="gerile.bao@steppelink.cn", date=d, subject="Appeal - Hailar Dairy Machinery - LD2611030091",
             host=("mx.zohomail.com", f"136.143.{rng.randint(160, 190)}.{rng.randint(1, 250)}"))
    m["html"] = (
        "<div>Hello HQ,</div><div><br></div><div>An appeal for our client <b>Hailar Dairy Machinery</b> "
        "(呼伦贝尔海拉尔乳品机械有限公司):</div><div><br></div><ul><li>Lead: LD2611030091</li>"
        "<li>Pushed: 3 Nov, at noon</li><li>Client objected: 4 in the afternoon, same day</li>"
        "<li>Why: the requester wants a soft-serve ice-cream freezer for a shop. The client does not make that - they "
        "build pasteurisers and yoghurt filling lines.</li></ul><div><br></div><div>Partner: 呼伦贝尔草原智联科技有限公司</div>"
        "<div><br></div><div>Best,<br>Gerile Bao (包格日勒)<br>Steppe Link</div>")
    eml = zoho_html(m, rng)
    return m, eml, dict(
        kind="appeal", family="english", client="Zoho Mail (HTML only; approximated)",
        fields=fields(partner="呼伦贝尔草原智联科技有限公司", client="呼伦贝尔海拉尔乳品机械有限公司", lead_ids=["LD2611030091"],
                      pushed_at=iso(2026, 11, 3, 12, 0), objected_at=iso(2026, 11, 3, 16, 0), reason_code=5),
        accept={"partner": ["Steppe Link"], "client": ["Hailar Dairy Machinery"]},
        source_text={"pushed_at": ["3 Nov, at noon"], "objected_at": ["4 in the afternoon, same day", "3 Nov, at noon"],
                     "reason_code": ["The client does not make that"]},
        notes="Zoho Mail sending one text/html part (UTF-8 quoted-printable) with a bulleted list; clock words instead of "
              "digits with a colon ('3 Nov, at noon' = 12:00, '4 in the afternoon, same day' = 16:00), no year; code 5 "
              "(an ice-cream freezer asked of a maker of pasteurisers: 'does not make that'); no attachment.")


@entry
def E5():
    rng = R("E5")
    d = dt(2026, 12, 2, 10, 31, 57)
    m = dict(from_name="Lijuan Fu", addr="fulijuan@longwan-media.com", date=d, subject="Xingcheng Sewing Equipment - summary & renewal",
             host=host_of(rng, "own", "smtp.longwan-media.com"), pc="LW-PC-11")
    m["blocks"] = [
        "Dear HQ colleagues,\n\nOur summary for 葫芦岛兴城泳装缝制设备有限公司 (Xingcheng Sewing Equipment):\n\n"
        "Partner: 葫芦岛龙湾网络传媒有限公司\nTerm: March 2026 – February 2027\nQuota: one hundred and fifty leads\n"
        "Delivered: ninety-one so far\n\nFlatlock and coverstitch machine enquiries are accurate; many swimwear shops ask for "
        "finished swimsuits, which the client does not sell.\nSuggestion: exclude \"swimsuit wholesale\"; add \"flatlock "
        "sewing machine\".\nRenewal: yes, they will renew, probably for 200 leads.\n\nKind regards,\nLijuan Fu\nLongwan Media"]
    eml = emclient(m, rng, "utf-8")
    return m, eml, dict(
        kind="summary", family="english", client="eM Client 9 (UTF-8; approximated)",
        fields=fields(partner="葫芦岛龙湾网络传媒有限公司", client="葫芦岛兴城泳装缝制设备有限公司", quota=150, pushed_count=91,
                      service_start="2026-03-01", service_end="2027-02-28"),
        accept={"partner": ["Longwan Media"], "client": ["Xingcheng Sewing Equipment"]},
        renewal=True,
        source_text={"quota": ["one hundred and fifty leads"], "pushed_count": ["ninety-one so far"],
                     "service_start": ["March 2026"], "service_end": ["February 2027"]},
        notes="eM Client (UTF-8 quoted-printable text + HTML); counts written in English words ('one hundred and fifty "
              "leads', 'ninety-one'); the term as months only ('March 2026 – February 2027' = 2026-03-01 .. "
              "2027-02-28, an en dash); both triggers (60.7 %, 75 % of the term); '200 leads' is the renewal wish, a "
              "distractor; renewal intended.")


# ==========================================================================
# family: dates and times
# ==========================================================================

@entry
def D1():
    rng = R("D1")
    d = dt(2026, 11, 18, 9, 30, 12)
    m = dict(from_name="雷振武", addr="leizhenwu_wn@163.com", date=d, subject="富平柿饼机申诉", host=host_of(rng, "163"))
    m["blocks"] = [
        "总部好：\n富平柿饼机有一条商机要申诉。编号LD2611170208，昨儿后晌三点四十推过来的，客户今儿一早八点十分打过去，对方留的电话是空号，"
        "打了好几遍都是空号。录音附上。\n合作商：渭南华州网络营销有限公司\n客户：渭南富平柿饼加工设备有限公司\n雷振武\n（手机上发的，格式乱了见谅）"]
    m["atts"] = [Att("空号提示录音.amr", "audio/amr", amr(rng, 9), "audio/amr")]
    eml = kit7.android(m, rng)
    return m, eml, dict(
        kind="appeal", family="dates", client="phone mail app (8bit GBK)", malformed=True,
        fields=fields(partner="渭南华州网络营销有限公司", client="渭南富平柿饼加工设备有限公司", lead_ids=["LD2611170208"],
                      pushed_at=iso(2026, 11, 17, 15, 40), objected_at=iso(2026, 11, 18, 8, 10), reason_code=3),
        accept={"client": ["富平柿饼机"]},
        source_text={"pushed_at": ["昨儿后晌三点四十"], "objected_at": ["今儿一早八点十分"], "reason_code": ["对方留的电话是空号"]},
        notes="Phone mail app (8bit GBK text, the AMR's name as raw 8-bit GBK: malformed) from Weinan, Shaanxi "
              "colloquial: '昨儿后晌三点四十' (昨儿 = yesterday, 后晌 = afternoon: 2026-11-17 15:40) and '今儿一早八点十分' "
              "(this morning 08:10) - 16 h 30 min, outside 8 h; code 3 (空号); '好几遍' is a distractor.")


@entry
def D2():
    rng = R("D2")
    d = dt(2026, 10, 28, 9, 15, 3)
    m = dict(from_name="陶正华", addr="taozhenghua@wumeng-digi.cn", date=d, subject="鲁甸分选机 商机申诉（LD2610270166）",
             host=host_of(rng, "own", "mail.wumeng-digi.cn"), pc="wumeng-ws01")
    m["blocks"] = [
        "总部各位老师：\n\n申请以下商机不计入：\n  合作商    昭通乌蒙数字科技有限公司\n  客户      昭通鲁甸苹果分选设备有限公司\n"
        "  商机编号  LD2610270166\n  推送      10-27 16:05\n  异议      推送后两个半小时，客户在群里提出\n"
        "  理由      对方是水果批发市场的摊主，要一次进两吨丑苹果，跟客户做的分选设备根本不是一个行当\n\n"
        "陶正华\n乌蒙数字 运营部\n0870-2151 736"]
    m["atts"] = [Att("客户群聊天截图.png", "image/png", png(rng, rows=6), "image/png")]
    eml = mutt(m, rng, "GB18030")
    return m, eml, dict(
        kind="appeal", family="dates", client="Mutt 2.2 (GB18030, 8bit)",
        fields=fields(partner="昭通乌蒙数字科技有限公司", client="昭通鲁甸苹果分选设备有限公司", lead_ids=["LD2610270166"],
                      pushed_at=iso(2026, 10, 27, 16, 5), objected_at=iso(2026, 10, 27, 18, 35), reason_code=4),
        accept={"client": ["鲁甸分选机"]},
        source_text={"pushed_at": ["10-27 16:05"], "objected_at": ["推送后两个半小时", "10-27 16:05"],
                     "reason_code": ["根本不是一个行当"]},
        notes="Mutt (GB18030 8bit text only, B-encoded GB18030 headers); label / value columns aligned with spaces; the "
              "push as month-day with a hyphen and no year ('10-27 16:05'); the objection only as an offset from the "
              "push ('推送后两个半小时' = 18:35, inside 8 h); code 4 ('根本不是一个行当': a fruit stall wants apples); "
              "'两吨' and the phone number are distractors; a PNG of the client's group chat named by "
              "filename*=gb18030''….")


@entry
def D3():
    rng = R("D3")
    d = dt(2026, 12, 10, 14, 26, 38)
    m = dict(from_name="薛长青", addr="xuechangqing@yaodu-it.com", date=d, subject="谯城饮片机 商机汇总（服务期过七成）",
             host=host_of(rng, "own", "mail.yaodu-it.com"))
    m["blocks"] = [
        "总部商机服务：\n\n谯城饮片机服务期已过七成，汇总如下：\n合作商：亳州药都信息技术有限公司\n客户：亳州谯城中药饮片设备有限公司\n"
        "服务周期365天，自2026年3月1日起\n合同量：180条\n已推：97条\n"
        "分析：切药机、炒药机的询盘质量高，成交3台；不少是药材收购商来问中药材价格的，客户不做药材。\n"
        "方案：排除“中药材收购”，增加“全自动切药机”“滚筒炒药机”。\n续费：客户有意续，但想先看下个季度的效果。\n\n薛长青\n药都信息"]
    eml = kit7.foxmail(m, rng, "GBK")
    return m, eml, dict(
        kind="summary", family="dates", client="Foxmail 7.2 (GBK)",
        fields=fields(partner="亳州药都信息技术有限公司", client="亳州谯城中药饮片设备有限公司", quota=180, pushed_count=97,
                      service_start="2026-03-01", service_end="2027-02-28"),
        accept={"partner": ["药都信息"], "client": ["谯城饮片机"]},
        renewal=None,
        source_text={"quota": ["合同量：180条"], "pushed_count": ["已推：97条"], "service_start": ["2026年3月1日"],
                     "service_end": ["服务周期365天", "2026年3月1日"]},
        notes="Foxmail declaring GBK; the period as a length in days before its start ('服务周期365天，自2026年3月1日起': "
              "365 days counted from the start day = 2026-03-01 .. 2027-02-28); time trigger only (54 % of the leads, "
              "78 % of the period); '3台' and '下个季度' are distractors; renewal undecided.")


@entry
def D4():
    rng = R("D4")
    d = dt(2026, 11, 25, 10, 2, 47)
    m = dict(from_name="龙婷", addr="longting_tr@126.com", date=d, subject="万山锰机一条商机申诉", host=host_of(rng, "126"))
    m["blocks"] = [
        "总部您好：\n\n万山锰机前天夜里11点40推送的商机LD2611230071，客户昨天凌晨1点05就在对接群里提了异议：对方自称同行，问电解锰成套设备的报价和"
        "配置清单，明显是来摸底的，属于同行恶意询价。\n客户说通话录音还在手机里，这两天导出来补发。\n\n"
        "合作商：铜仁梵净数科信息有限公司\n客户：铜仁万山锰业设备有限公司\n\n龙婷\n梵净数科"]
    eml = kit7.coremail(m, rng, "126")
    return m, eml, dict(
        kind="appeal", family="dates", client="126 webmail (Coremail)",
        fields=fields(partner="铜仁梵净数科信息有限公司", client="铜仁万山锰业设备有限公司", lead_ids=["LD2611230071"],
                      pushed_at=iso(2026, 11, 23, 23, 40), objected_at=iso(2026, 11, 24, 1, 5), reason_code=1),
        accept={"partner": ["梵净数科"], "client": ["万山锰机"]},
        source_text={"pushed_at": ["前天夜里11点40"], "objected_at": ["昨天凌晨1点05"], "reason_code": ["属于同行恶意询价"]},
        notes="126 webmail (GBK base64); a push late at night and an objection after midnight ('前天夜里11点40' = "
              "2026-11-23 23:40, '昨天凌晨1点05' = 2026-11-24 01:05) - 1 h 25 min, inside 8 h; code 1 without evidence "
              "yet (the recording 补发 later): missing evidence; '这两天' is a distractor.")


@entry
def D5():
    rng = R("D5")
    d = dt(2026, 12, 4, 15, 8, 26)
    m = dict(from_name="唐红霞", addr="tanghongxia2026@sina.com", date=d, subject="苏仙矿机 商机不计入申请",
             host=host_of(rng, "sina"))
    m["blocks"] = [
        "总部老师好！\n\n苏仙矿机今天上午十点差五分推过来一条商机（LD2612040019），客户中午十二点一刻回复我们：对方要采购的是球磨机，"
        "客户只做颚式破碎机和圆锥破碎机，与客户经营产品不一致，申请不计入。\n\n合作商：永州潇湘汇智商务有限公司\n客户：郴州苏仙矿山机械有限公司\n\n"
        "唐红霞\n潇湘汇智 客服"]
    eml = kit9.sina(m, rng)
    return m, eml, dict(
        kind="appeal", family="dates", client="Sina webmail (approximated)",
        fields=fields(partner="永州潇湘汇智商务有限公司", client="郴州苏仙矿山机械有限公司", lead_ids=["LD2612040019"],
                      pushed_at=iso(2026, 12, 4, 9, 55), objected_at=iso(2026, 12, 4, 12, 15), reason_code=5),
        accept={"partner": ["潇湘汇智"], "client": ["苏仙矿机"]},
        source_text={"pushed_at": ["今天上午十点差五分"], "objected_at": ["中午十二点一刻", "今天上午十点差五分"],
                     "reason_code": ["与客户经营产品不一致"]},
        notes="Sina webmail (GBK base64); a clock time counted back from the hour ('十点差五分' = 09:55) and "
              "'中午十二点一刻' (12:15, the same day) - 2 h 20 min, inside 8 h; code 5 in the seed's words; no attachment.")


# ==========================================================================
# family: numbers (Chinese and financial numerals, id shorthand)
# ==========================================================================

@entry
def N1():
    rng = R("N1")
    d = dt(2026, 10, 9, 11, 40, 14)
    m = dict(from_name="倪文静", addr="niwenjing@langya-dm.com", date=d, subject="来安粮机 推送超六成 汇总反馈",
             host=("smtp.263.net", f"211.150.{rng.randint(1, 250)}.{rng.randint(1, 250)}"))
    m["blocks"] = [
        "总部您好：\n\n来安粮机的推送已经超过六成，按流程汇总：\n合作商：滁州琅琊数字营销有限公司\n客户：滁州来安粮油机械有限公司\n"
        "合同商机数：贰佰肆拾条\n已推送：壹佰伍拾陆条\n服务期：2026.02.16—2027.02.15\n"
        "客户情况：榨油机、油脂精炼设备的询盘较准，成交了一套日处理50吨的精炼线；有部分询盘是买食用油的。\n"
        "建议：排除“食用油批发”，增加“螺旋榨油机”。\n续费：客户确定续签。\n\n倪文静\n琅琊数营"]
    eml = kit10.mail263(m, rng)
    return m, eml, dict(
        kind="summary", family="numbers", client="263 enterprise webmail (approximated)",
        fields=fields(partner="滁州琅琊数字营销有限公司", client="滁州来安粮油机械有限公司", quota=240, pushed_count=156,
                      service_start="2026-02-16", service_end="2027-02-15"),
        accept={"partner": ["琅琊数营"], "client": ["来安粮机"]},
        renewal=True,
        source_text={"quota": ["合同商机数：贰佰肆拾条"], "pushed_count": ["已推送：壹佰伍拾陆条"], "service_start": ["2026.02.16"],
                     "service_end": ["2027.02.15"]},
        notes="263 webmail (GB2312 quoted-printable text, base64 HTML); both counts in financial numerals ('贰佰肆拾条' = "
              "240, '壹佰伍拾陆条' = 156); the period in dotted dates joined by an em dash; lead trigger only (65 %, 64 % "
              "of the period); '六成', '一套' and '50吨' are distractors; renewal intended.")


@entry
def N2():
    rng = R("N2")
    d = dt(2026, 11, 20, 20, 14, 9)
    tails = ["0102", "0107", "0115", "0121", "0133", "0140", "0152", "0158", "0163", "0171"]
    ids = [f"JA-2611-{t}" for t in tails]
    ver = ["准", "准", "不准（要买电容成品）", "准", "准", "不准（问贴片加工）", "准", "准", "不准（学生问资料）", "准"]
    m = dict(from_name="彭玉兰", addr="2847716350@qq.com", date=d, subject="泰和电子设备 共10条商机反馈", host=host_of(rng, "qq"))
    m["blocks"] = [
        "总部老师晚上好，\n\n泰和电子设备这一批共10条商机，编号前缀都是JA-2611-，后四位：" + "、".join(tails) + "。\n\n逐条反馈：\n"
        + "\n".join(f"{tails[i]}：{ver[i]}" for i in range(10))
        + "\n\n调整建议：增加关键词“电容卷绕机”“老化测试设备”；删除关键词“电子元件”；不做“电容成品”“贴片加工”；面向电容器厂、电子元件厂。\n\n"
        "合作商：吉安井冈云创科技有限公司\n客户：吉安泰和电子元件设备有限公司\n彭玉兰"]
    eml = kit7.tencent(m, rng)
    return m, eml, dict(
        kind="adjustment", family="numbers", client="QQ Mail",
        fields=fields(partner="吉安井冈云创科技有限公司", client="吉安泰和电子元件设备有限公司", lead_ids=ids, lead_count=10),
        accept={"client": ["泰和电子设备"]},
        extra={"keywords_add": ["电容卷绕机", "老化测试设备"], "keywords_remove": ["电子元件"], "excluded_products": ["电容成品", "贴片加工"],
               "audience": ["电容器厂", "电子元件厂"]},
        source_text={"lead_ids": ["编号前缀都是JA-2611-，后四位：" + "、".join(tails)], "lead_count": ["共10条"]},
        notes="QQ Mail (gb18030) in the evening; the ids as one prefix and ten four-digit tails ('编号前缀都是JA-2611-，"
              "后四位：0102、0107…' = JA-2611-0102 …); the verdict lines start with the tails; the count '共10条'.")


@entry
def N3():
    rng = R("N3")
    d = dt(2026, 11, 6, 18, 22, 50)
    m = dict(from_name="江海燕", addr="jianghaiyan@jinggang-yc.com", date=d, subject="贵溪铜机 商机异议 ＬＤ２６１１０６００８８",
             host=host_of(rng, "aliyun"))
    m["blocks"] = [
        "总部：\n\n贵溪铜机对下面这条商机有异议，请判定。\n商机编号：ＬＤ２６１１０６００８８\n推送时间：2026年11月6日 14时05分\n"
        "异议时间：2026年11月6日 17时50分\n判定依据：第④条\n说明：对方是电线电缆厂的采购，问的是8mm铜杆原料的吨价，客户做的是铜材加工机械，"
        "不卖铜材。\n\n合作商：吉安井冈云创科技有限公司\n客户：鹰潭贵溪铜材加工机械有限公司\n\n江海燕\n井冈云创"]
    eml = kit7.alimail(m, rng)
    return m, eml, dict(
        kind="appeal", family="numbers", client="Alibaba enterprise mailbox (web; approximated)",
        fields=fields(partner="吉安井冈云创科技有限公司", client="鹰潭贵溪铜材加工机械有限公司", lead_ids=["LD2611060088"],
                      pushed_at=iso(2026, 11, 6, 14, 5), objected_at=iso(2026, 11, 6, 17, 50), reason_code=4),
        accept={"partner": ["井冈云创"], "client": ["贵溪铜机"]},
        source_text={"pushed_at": ["2026年11月6日 14时05分"], "objected_at": ["2026年11月6日 17时50分"], "reason_code": ["第④条"]},
        notes="Alibaba enterprise mailbox (UTF-8 base64); the lead id in full-width letters and digits "
              "('ＬＤ２６１１０６００８８', NFKC LD2611060088) in the subject and body; times with 时 / 分 ('14时05分'); the "
              "criterion as a circled digit ('第④条' = 4); '8mm' is a distractor; no attachment.")


@entry
def N4():
    rng = R("N4")
    d = dt(2026, 11, 27, 10, 44, 31)
    ids = [f"ZG-2611-{k:04d}" for k in range(214, 219)]
    m = dict(from_name="钟思远", addr="zhongsiyuan@yandu-net.cn", date=d, subject="贡井阀门 5条商机客户意见",
             host=host_of(rng, "own", "mail.yandu-net.cn"))
    m["blocks"] = [
        "总部好，\n\n贡井阀门这5条（ZG-2611-0214～0218）客户意见如下：\n"
        "-0214 精准，盐化工厂要耐腐蚀蝶阀\n-0215 精准\n-0216 不精准，要买水龙头\n-0217 精准，天然气站要球阀\n-0218 不精准，问阀门维修上门\n\n"
        "调整：关键词加“耐腐蚀蝶阀”“天然气球阀”，减“水龙头”；不做“家用水龙头”“阀门维修”；主推化工厂、天然气公司。\n\n"
        "合作商：自贡盐都互联网科技有限公司\n客户：自贡贡井阀门制造有限公司\n\n钟思远 | 盐都互联"]
    eml = kit7.thunderbird(m, rng, "GB18030")
    return m, eml, dict(
        kind="adjustment", family="numbers", client="Thunderbird 128 (GB18030, 8bit)",
        fields=fields(partner="自贡盐都互联网科技有限公司", client="自贡贡井阀门制造有限公司", lead_ids=ids, lead_count=5),
        accept={"partner": ["盐都互联"], "client": ["贡井阀门"]},
        extra={"keywords_add": ["耐腐蚀蝶阀", "天然气球阀"], "keywords_remove": ["水龙头"], "excluded_products": ["家用水龙头", "阀门维修"],
               "audience": ["化工厂", "天然气公司"]},
        source_text={"lead_ids": ["ZG-2611-0214～0218"], "lead_count": ["这5条"]},
        notes="Thunderbird declaring GB18030 (8bit, format=flowed, text only); the ids as a range with a full-width tilde "
              "and only the last tail ('ZG-2611-0214～0218' = the five ids …-0214 … …-0218, no count inside); verdict "
              "lines start with '-0214' tails; the count '这5条'.")


@entry
def N5():
    rng = R("N5")
    d = dt(2026, 11, 20, 9, 52, 16)
    m = dict(from_name="曾晓霞", addr="zengxiaoxia@yandu-net.cn", date=d, subject="威远压砖机 汇总反馈",
             host=host_of(rng, "own", "mail.yandu-net.cn"))
    m["blocks"] = [
        "总部您好：\n\n威远压砖机合同是一百二十条加赠送的三十条，合计保底一百五十条，到目前已推送九十三条，服务期2026-04-01起至2027-03-31止。\n\n"
        "合作商：自贡盐都互联网科技有限公司\n客户：内江威远陶瓷压砖机有限公司\n\n"
        "情况：全自动压砖机、布料机的询盘精准；另有两百四十来个访客是问瓷砖价格的，没有留联系方式，不算商机。\n"
        "建议：排除“瓷砖批发”，增加“液压压砖机”。\n续费：客户有意向，年后谈。\n\n曾晓霞\n盐都互联"]
    eml = kit7.apple_mail(m, rng)
    return m, eml, dict(
        kind="summary", family="numbers", client="Apple Mail (macOS)",
        fields=fields(partner="自贡盐都互联网科技有限公司", client="内江威远陶瓷压砖机有限公司", quota=150, pushed_count=93,
                      service_start="2026-04-01", service_end="2027-03-31"),
        accept={"partner": ["盐都互联"], "client": ["威远压砖机"]},
        renewal=True,
        source_text={"quota": ["合计保底一百五十条"], "pushed_count": ["已推送九十三条"], "service_start": ["2026-04-01"],
                     "service_end": ["2027-03-31"]},
        notes="Apple Mail (UTF-8 quoted-printable); the quota as the total of a contract and a bonus ('一百二十条加赠送的三十条，"
              "合计保底一百五十条' = 150, the guaranteed total); counts in Chinese numerals inside one sentence; lead "
              "trigger only (62 %, 64 % of the period); '两百四十来个访客' and '年后' are distractors; renewal intended.")


# ==========================================================================
# family: filled forms (.docx / .xlsx)
# ==========================================================================

@entry
def F1():
    rng = R("F1")
    d = dt(2026, 11, 17, 15, 30, 45)
    lines = ["合作商：永州潇湘汇智商务有限公司", "付费客户：永州祁阳轴承设备有限公司", "商机编号：LD2611170046",
             "推送时间：2026年11月17日 上午 8:50", "客户提出异议时间：同日 下午 2:15",
             "不计入理由（请在□内打■）：□同行恶意骚扰  □微信加不上  ■留错电话  □行业不符  □产品不一致",
             "情况说明：对方留的手机号是一家早餐店老板的，说从没问过轴承设备。", "合作商经办人：唐红霞        日期：2026年11月17日"]
    form = docx_paras("唐红霞", "2026-11-17T06:20:00Z", "商机申诉书", lines)
    m = dict(from_name="唐红霞", addr="tanghongxia@xiaoxiang-hz.com", date=d, subject="祁阳轴承机 商机申诉书",
             host=host_of(rng, "own", "mail.xiaoxiang-hz.com"))
    m["blocks"] = ["总部您好，祁阳轴承机的申诉书见附件（Word），另附客户打电话的截图。\n唐红霞 潇湘汇智"]
    m["atts"] = [Att("商机申诉书（祁阳轴承机）.docx", "application/octet-stream", form, CT_DOCX),
                 Att("通话截图.png", "image/png", png(rng, rows=6, style="list"), "image/png")]
    eml = kit7.foxmail(m, rng)
    return m, eml, dict(
        kind="appeal", family="forms", client="Foxmail 7.2",
        fields=fields(partner="永州潇湘汇智商务有限公司", client="永州祁阳轴承设备有限公司", lead_ids=["LD2611170046"],
                      pushed_at=iso(2026, 11, 17, 8, 50), objected_at=iso(2026, 11, 17, 14, 15), reason_code=3),
        accept={"partner": ["潇湘汇智"], "client": ["祁阳轴承机"]},
        source_text={"pushed_at": ["2026年11月17日 上午 8:50"], "objected_at": ["同日 下午 2:15", "2026年11月17日 上午 8:50"],
                     "reason_code": ["■留错电话"]},
        notes="Foxmail (gb2312) with a .docx declared application/octet-stream that has no table: one 'label：value' "
              "paragraph per field, the criterion as a row of check boxes with the filled '■' on 留错电话 (code 3; the "
              "empty '□' ones name other criteria); '同日 下午 2:15' (14:15, the push day); '经办人 / 日期' is no time; "
              "PNG screenshot.")


@entry
def F2():
    rng = R("F2")
    d = dt(2026, 11, 9, 16, 12, 3)
    ids = ["LD2611020014", "LD2611020057", "LD2611030023", "LD2611040108", "LD2611040131", "LD2611050066", "LD2611060012",
           "LD2611060095", "LD2611070040", "LD2611080073"]
    mark = ["✔", "✔", "✘", "✔", "✔", "✘", "✔", "✘", "✔", "✔"]
    note = ["大理石桥切机", "", "要买石材成品", "石材厂扩产", "", "问墓碑刻字", "荒料锯", "装修公司要台面", "", "花岗岩磨抛线"]
    m = dict(from_name="朱嘉敏", addr="zhujiamin@beijiang-yun.com", date=d, subject="新兴石材机 商机反馈明细+调整建议（Excel）",
             host=host_of(rng, "exmail"))
    m["blocks"] = ["总部好：\n新兴石材机这一轮的反馈明细和调整建议做成了Excel（两个工作表），请查收。\n\n朱嘉敏 | 北江云商"]
    s1 = {"A1": "商机反馈明细", "A2": "合作商：清远北江云商网络科技有限公司", "A3": "客户：云浮新兴石材机械有限公司",
          "A5": "商机编号", "B5": "精准", "C5": "客户备注"}
    for i in range(10):
        s1[f"A{i + 6}"] = ids[i]
        s1[f"B{i + 6}"] = mark[i]
        if note[i]:
            s1[f"C{i + 6}"] = note[i]
    s2 = {"A1": "调整建议", "A2": "新增关键词", "B2": "桥式切石机、荒料锯", "A3": "删除关键词", "B3": "石材",
          "A4": "不做产品", "B4": "石材成品、墓碑刻字", "A5": "针对人群", "B5": "石材加工厂、矿山"}
    book = xlsx_book("朱嘉敏", "2026-11-09T07:40:00Z", [("反馈明细", s1, ["A1:C1", "A2:C2", "A3:C3"], {"A": 18, "B": 8, "C": 20}),
                                                     ("调整建议", s2, [], {"A": 12, "B": 30})])
    m["atts"] = [Att("新兴石材机_反馈明细.xlsx", "application/octet-stream", book, CT_XLSX)]
    eml = kit7.tencent(m, rng, wecom=True)
    return m, eml, dict(
        kind="adjustment", family="forms", client="WeCom / Tencent Exmail",
        fields=fields(partner="清远北江云商网络科技有限公司", client="云浮新兴石材机械有限公司", lead_ids=ids, lead_count=10),
        accept={"partner": ["北江云商"], "client": ["新兴石材机"]},
        extra={"keywords_add": ["桥式切石机", "荒料锯"], "keywords_remove": ["石材"], "excluded_products": ["石材成品", "墓碑刻字"],
               "audience": ["石材加工厂", "矿山"]},
        source_text={},
        notes="WeCom / Exmail with an .xlsx declared application/octet-stream holding two sheets: the ids with ✔ / ✘ "
              "verdicts (partner and client as 'label：value' text in merged rows above the table), the proposals on "
              "the second sheet; no count is written (the count is the number of ids).")


@entry
def F3():
    rng = R("F3")
    d = dt(2026, 10, 30, 11, 5, 40)
    m = dict(from_name="付丽娟", addr="fulijuan@longwan-media.com", date=d, subject="凌源钢构 商机汇总反馈表",
             host=host_of(rng, "own", "smtp.longwan-media.com"))
    m["blocks"] = ["总部您好：\n\n凌源钢构的汇总反馈表见附件Excel。\n\n付丽娟\n龙湾传媒"]
    cells = {"A1": "商机汇总反馈表", "A3": "合作商", "B3": "葫芦岛龙湾网络传媒有限公司", "A4": "客户", "B4": "朝阳凌源钢结构设备有限公司",
             "A5": "合同商机数", "B5": 200, "A6": "累计推送", "B6": 126, "A7": "完成比例", "B7": 0.63,
             "A8": "服务开始", "B8": date(2026, 1, 10), "A9": "服务结束", "B9": date(2027, 1, 9),
             "A10": "客户情况", "B10": "H型钢组立机、焊接机的询盘精准，成交2台；部分询盘是钢结构厂房工程承包，客户不做工程。",
             "A11": "续费意向", "B11": "有，计划追加到300条"}
    book = xlsx_book("付丽娟", "2026-10-30T02:50:00Z", [("汇总", cells, ["A1:B1"], {"A": 12, "B": 44})])
    m["atts"] = [Att("凌源钢构商机汇总反馈表.xlsx", CT_XLSX, book, CT_XLSX)]
    eml = kit7.outlook(m, rng, "zh-CN")
    return m, eml, dict(
        kind="summary", family="forms", client="Outlook 16 (zh-CN)",
        fields=fields(partner="葫芦岛龙湾网络传媒有限公司", client="朝阳凌源钢结构设备有限公司", quota=200, pushed_count=126,
                      service_start="2026-01-10", service_end="2027-01-09"),
        accept={"partner": ["龙湾传媒"], "client": ["凌源钢构"]},
        renewal=True,
        source_text={"quota": ["合同商机数 200"], "pushed_count": ["累计推送 126"], "service_start": ["2026-01-10"],
                     "service_end": ["2027-01-09"]},
        notes="Outlook zh-CN (gb2312) with an .xlsx: numeric count cells, the period as two real date cells (no text), "
              "a ratio cell 0.63 (a distractor, no count); both triggers (63 %, 80 % of the period); '2台' and "
              "'300条' (the renewal wish) are distractors; renewal intended.")


@entry
def F4():
    rng = R("F4")
    d = dt(2026, 12, 1, 17, 36, 20)
    cells = {"A1": "商机申诉表", "A2": "合作商", "B2": "渭南华州网络营销有限公司", "A3": "客户", "B3": "商洛柞水木耳设备有限公司",
             "A4": "商机编号", "B4": "LD2612010025", "A5": "推送时间", "B5": date(2026, 12, 1), "C5": time(9, 35),
             "A6": "异议时间", "B6": date(2026, 12, 1), "C6": time(16, 20), "A7": "申诉原因", "B7": "2-微信无法添加",
             "A8": "说明", "B8": "对方留的微信号提示“对方已将你拉黑或设置了隐私”，电话未留。"}
    book = xlsx_book("雷振武", "2026-12-01T09:10:00Z", [("申诉", cells, ["A1:C1"], {"A": 12, "B": 14, "C": 10})])
    m = dict(from_name="雷振武", addr="leizhenwu@huazhou-wy.com", date=d, subject="柞水木耳机 商机申诉表",
             host=host_of(rng, "own", "mail.huazhou-wy.com"))
    m["blocks"] = ["总部，柞水木耳机的申诉表和截图在附件。\n雷振武 华州网营"]
    m["atts"] = [Att("商机申诉表-柞水木耳机.xlsx", CT_XLSX, book, CT_XLSX),
                 Att("微信添加失败.png", "image/png", png(rng, style="search"), "image/png")]
    eml = kit9.mail139(m, rng)
    return m, eml, dict(
        kind="appeal", family="forms", client="139 webmail (Richmail; approximated)",
        fields=fields(partner="渭南华州网络营销有限公司", client="商洛柞水木耳设备有限公司", lead_ids=["LD2612010025"],
                      pushed_at=iso(2026, 12, 1, 9, 35), objected_at=iso(2026, 12, 1, 16, 20), reason_code=2),
        accept={"partner": ["华州网营"], "client": ["柞水木耳机"]},
        source_text={"pushed_at": ["2026-12-01 09:35:00"], "objected_at": ["2026-12-01 16:20:00"], "reason_code": ["2-微信无法添加"]},
        notes="139 webmail (GB18030; GB18030 RFC 2047 file names) with an .xlsx whose times are split into a real date "
              "cell and a real time cell ('2026-12-01' + '09:35:00'); 6 h 45 min, inside 8 h; the reason a text cell "
              "'2-微信无法添加' (code 2); PNG screenshot.")


@entry
def F5():
    rng = R("F5")
    d = dt(2026, 11, 30, 10, 18, 52)
    ids = ["LD2611160031", "LD2611180077", "LD2611200009", "LD2611230112", "LD2611250048"]
    good = [True, False, True, True, False]
    why = ["注塑鞋底机", "要买成品拖鞋", "", "鞋厂要硫化机", "问修鞋"]
    grid = [["商机反馈表", None, None, None, None], ["序号", "商机编号", "精准", "不精准", "备注"]]
    for i in range(5):
        grid.append([str(i + 1), ids[i], "√" if good[i] else "", "" if good[i] else "√", why[i]])
    form = docx_form("颜海峰", "2026-11-30T01:50:00Z", "大溪鞋机 商机反馈", grid, merges=[(0, 0, 0, 4)],
                     paras_before=["合作商：温岭石塘数字传媒有限公司", "客户：温岭大溪鞋机设备有限公司", "本轮共5条，客户逐条确认如下。"],
                     paras_after=["建议新增关键词：鞋底注塑机、橡胶硫化机", "建议删除关键词：拖鞋", "客户不做：成品鞋、修鞋服务",
                                  "目标客户：鞋厂、鞋底厂"])
    m = dict(from_name="颜海峰", addr="yanhaifeng@shitang-media.com", date=d, subject="大溪鞋机 商机反馈（附表）",
             host=host_of(rng, "google"))
    m["blocks"] = ["总部您好，\n\n大溪鞋机这一轮的反馈表附上，请按表里的建议调整。\n\n颜海峰\n石塘传媒"]
    m["atts"] = [Att("大溪鞋机商机反馈表.docx", CT_DOCX, form, CT_DOCX)]
    eml = kit7.gmail(m, rng)
    return m, eml, dict(
        kind="adjustment", family="forms", client="Gmail (Google Workspace)",
        fields=fields(partner="温岭石塘数字传媒有限公司", client="温岭大溪鞋机设备有限公司", lead_ids=ids, lead_count=5),
        accept={"partner": ["石塘传媒"], "client": ["大溪鞋机"]},
        extra={"keywords_add": ["鞋底注塑机", "橡胶硫化机"], "keywords_remove": ["拖鞋"], "excluded_products": ["成品鞋", "修鞋服务"],
               "audience": ["鞋厂", "鞋底厂"]},
        source_text={"lead_count": ["本轮共5条"]},
        notes="Gmail (UTF-8; the .docx name as an RFC 2047 word) with a Word table whose title row is merged across five "
              "columns and whose verdict is a '√' in either the 精准 or the 不精准 column; row numbers are distractors; "
              "the count '本轮共5条' above the table, proposals below it.")


# ==========================================================================
# family: mail that is not a request (unknown, with a topic)
# ==========================================================================

@entry
def U1():
    rng = R("U1")
    d = dt(2026, 9, 22, 10, 8, 33)
    m = dict(from_name="唐红霞", addr="tanghongxia2026@sina.com", date=d, subject="请教：国庆假期期间提交的申诉，48小时怎么算？",
             host=host_of(rng, "sina"))
    m["html"] = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=GBK"></head><body><div style="font-size:14px">'
        "<p>总部老师您好：</p><p>想确认两个时间上的问题：</p><p>1、如果客户10月2日（国庆假期中）提出异议，我们当天发申诉邮件，总部的48个工作小时"
        "是从10月9日开始算吗？10月10日周六调休上班算不算？</p><p>2、8小时的异议时限是不是也不管节假日，一律按自然时间算？"
        "比如晚上11点推送、第二天早上8点客户才看到，就已经超时了？</p><p>苏仙矿机、祁阳轴承机这两个客户假期也在推广，所以想先问清楚。</p>"
        "<p>唐红霞<br>永州潇湘汇智商务有限公司</p></div></body></html>")
    eml = kit7.html_only(m, rng, "GBK", "base64", "SinaMail Web (approximated)", "sina")
    return m, eml, dict(
        kind="unknown", family="non_request", topic="question", client="Sina webmail (HTML only; approximated)",
        fields=fields(), accept={}, source_text={},
        notes="Sina webmail sending one text/html part (GBK base64): a known partner asks how the 48 working hours and "
              "the 8-hour window are counted over the National Day holiday and a make-up working Saturday - a question: "
              "unknown (question); the dates, '晚上11点', '早上8点' and the two clients are no fields.")


@entry
def U2():
    rng = R("U2")
    d = dt(2026, 10, 12, 14, 47, 29)
    m = dict(from_name="付丽娟", addr="fulijuan@longwan-media.com", date=d, subject="新签客户 绥中家具机械 关键词确认单（盖章版）",
             host=host_of(rng, "own", "smtp.longwan-media.com"), pc="LW-PC-11")
    m["blocks"] = [
        "总部各位老师：\n\n我们新签了葫芦岛绥中实木家具机械有限公司，合同100条、服务期一年，客户盖章确认的关键词和不做产品清单（扫描件）附上，"
        "请安排建词上线，客户希望10月20日前开始推送。\n\n付丽娟\n龙湾传媒"]
    m["atts"] = [Att("绥中家具机械-关键词确认单（盖章）.pdf", "application/pdf", kit7.pdf_scan(rng, "20261012143000+08'00'"),
                     "application/pdf")]
    eml = emclient(m, rng, "gb2312")
    return m, eml, dict(
        kind="unknown", family="non_request", topic="onboarding", client="eM Client 9 (gb2312; approximated)",
        fields=fields(), accept={}, source_text={},
        notes="eM Client (gb2312 quoted-printable text + HTML; the PDF's Chinese name as a Q-encoded UTF-8 word and RFC "
              "2231 continuations): a new client's stamped keyword confirmation before promotion starts - unknown "
              "(onboarding); '100条', '一年' and '10月20日' belong to the new contract and are no fields.")


@entry
def U3():
    rng = R("U3")
    d = dt(2026, 11, 2, 9, 20, 7)
    m = dict(from_name="药都信息 财务", addr="caiwu@yaodu-it.com", date=d, subject="发票抬头变更，请重开10月服务费发票",
             host=host_of(rng, "own", "mail.yaodu-it.com"))
    m["blocks"] = [
        "总部财务老师好：\n\n我司已完成名称变更，10月份服务费的发票请按新抬头重开：\n"
        "新名称：亳州药都信息技术有限公司\n纳税人识别号：91341600MA8P3K2L7Q\n开户行：亳州农商银行谯城支行  账号 2010 3348 9921 0057\n"
        "原票（票号 04417726）已作废退回。金额不变，人民币捌仟元整。\n\n谢谢！\n药都信息 财务部 周会计 0558-5127 330"]
    eml = kit7.foxmail(m, rng)
    return m, eml, dict(
        kind="unknown", family="non_request", topic="invoice", client="Foxmail 7.2",
        fields=fields(), accept={}, source_text={},
        notes="Foxmail (gb2312): the partner's finance asks for an invoice to be reissued under a new company name - "
              "unknown (invoice); the tax id, the bank account, the invoice number and the amount in financial numerals "
              "are no fields.")


@entry
def U4():
    rng = R("U4")
    d = dt(2026, 11, 23, 16, 5, 12)
    m = dict(from_name="江海燕", addr="jianghaiyan@jinggang-yc.com", date=d, subject="邀请：申诉材料规范线上培训（腾讯会议）",
             host=host_of(rng, "aliyun"))
    m["blocks"] = [
        "总部商机服务各位老师：\n\n我司新来了三位客服，想请总部抽一个小时给她们讲讲申诉材料和调整反馈怎么写。暂定：\n"
        "时间：11月26日（周四）15:00-16:00\n腾讯会议：618-274-935，密码 1126\n参会：井冈云创客服部 5人\n\n"
        "如果时间不合适，27日上午10点也可以。谢谢！\n\n江海燕\n吉安井冈云创科技有限公司"]
    eml = kit7.alimail(m, rng)
    return m, eml, dict(
        kind="unknown", family="non_request", topic="meeting", client="Alibaba enterprise mailbox (web; approximated)",
        fields=fields(), accept={}, source_text={},
        notes="Alibaba enterprise mailbox: the partner invites HQ to an online training on a Tencent Meeting - unknown "
              "(meeting); the date, '15:00-16:00', the meeting number, the password and '5人' are no fields.")


@entry
def U5():
    rng = R("U5")
    d = dt(2026, 10, 19, 11, 33, 48)
    m = dict(from_name="包格日勒", addr="gerile.bao@steppelink.cn", date=d, subject="合作商后台：离职员工账号停用+新同事开号",
             host=host_of(rng, "own", "mail.steppelink.cn"), pc="steppe-laptop")
    m["blocks"] = [
        "总部您好：\n\n1）我司客服其其格已于10月16日离职，请停用她的后台账号 caoyuan_qqg，并把她名下海拉尔乳机等3个客户转到我的账号下。\n"
        "2）新同事萨仁（手机 147 0470 3321）请开一个只读账号。\n\n包格日勒\n呼伦贝尔草原智联科技有限公司"]
    eml = mutt(m, rng, "UTF-8")
    return m, eml, dict(
        kind="unknown", family="non_request", topic="account", client="Mutt 2.2 (UTF-8, 8bit)",
        fields=fields(), accept={}, source_text={},
        notes="Mutt (UTF-8 8bit text only): a request to disable a departed colleague's back-office account, move her "
              "clients and open a read-only account - unknown (account); the client, '3个客户', the date and the "
              "mobile number are no fields.")


@entry
def U6():
    rng = R("U6")
    d = dt(2026, 12, 9, 17, 50, 4)
    m = dict(from_name="钟思远", addr="zhongsiyuan@yandu-net.cn", date=d, subject="关于申诉判定一再超时的投诉",
             host=host_of(rng, "own", "mail.yandu-net.cn"))
    m["blocks"] = [
        "总部负责人：\n\n我司11月30日提交的贡井阀门申诉（案件号SS-2026-001130），按规定应在48个工作小时内给结果，到今天已经7个工作日了，"
        "中间催过两次也没有回音。客户已经在质疑我们的服务，说再这样就不续费了。\n\n希望总部重视，查明原因并给一个明确答复时间。\n\n"
        "钟思远\n自贡盐都互联网科技有限公司 总经理"]
    eml = kit7.thunderbird(m, rng, "UTF-8")
    return m, eml, dict(
        kind="unknown", family="non_request", topic="complaint", client="Thunderbird 128 (UTF-8, 8bit)",
        fields=fields(), accept={}, source_text={},
        notes="Thunderbird (UTF-8 8bit): a formal complaint that an appeal verdict is overdue; the case id is only in the "
              "body (no tag in the subject, no thread header) - not a reply: unknown (complaint); the client, the case "
              "id, '48个工作小时' and '7个工作日' are no fields.")


@entry
def U7():
    rng = R("U7")
    d = dt(2026, 10, 14, 10, 0, 21)
    m = dict(from_name="智询通 企业增长顾问", addr="growth@zhixuntong-b2b.com", date=d, subject="贵司商机获客成本还能再降40%？",
             host=("mx.zohomail.com", f"136.143.{rng.randint(160, 190)}.{rng.randint(1, 250)}"))
    m["html"] = (
        "<p>尊敬的负责人您好：</p><p>我们是<b>智询通</b> B2B 智能获客平台，已服务3,000+制造企业。平台可按关键词实时抓取全网采购询盘，"
        "每月稳定提供200条以上精准商机，获客成本比传统竞价低40%。</p><p>现推出合作商专属计划：首月免费试用，单条商机低至9.9元。"
        "如有兴趣，回复本邮件或致电 400-882-6617 预约演示。</p><p>智询通 市场部</p>"
        '<p style="font-size:11px;color:#999">如不希望再收到此类邮件，请回复“退订”。</p>')
    eml = zoho_html(m, rng)
    return m, eml, dict(
        kind="unknown", family="non_request", topic="pitch", client="Zoho Mail (HTML only; approximated)",
        fields=fields(), accept={}, source_text={},
        notes="A stranger's Chinese cold mail (one text/html part, UTF-8 quoted-printable, via Zoho) selling a lead "
              "platform, without Precedence, Auto-Submitted or list headers - not automatic: unknown (pitch); '200条', "
              "'3,000+', '40%' and the prices are no fields.")


@entry
def U8():
    rng = R("U8")
    d = dt(2026, 12, 14, 9, 40, 55)
    m = dict(from_name="曾晓霞", addr="zengxiaoxia@yandu-net.cn", date=d, subject="通知：我司办公地址及座机变更",
             host=host_of(rng, "own", "mail.yandu-net.cn"))
    m["blocks"] = [
        "总部各位同事：\n\n我司自12月21日起迁至自贡市自流井区汇东路318号盐都大厦11楼，座机改为0813-8201 566，邮箱不变。纸质合同和发票请寄新地址。"
        "搬迁通知函见附图。\n\n自贡盐都互联网科技有限公司 行政部 曾晓霞"]
    m["atts"] = [Att("搬迁通知函.jpg", "image/jpeg", jpg(rng, rows=8, style="list"), "image/jpeg")]
    eml = kit8.mailmaster(m, rng)
    return m, eml, dict(
        kind="unknown", family="non_request", topic="other", client="NetEase Mail Master (iOS; approximated)",
        fields=fields(), accept={}, source_text={},
        notes="NetEase Mail Master (the JPEG's name as an RFC 2047 word and RFC 2231 continuations): a change-of-address "
              "notice with a photo of the letter (role screenshot by its file type) - unknown (other); the date, the "
              "address and the phone number are no fields.")


# ==========================================================================
# family: corrections in a thread (replies)
# ==========================================================================

@entry
def R1():
    rng = R("R1")
    d = dt(2026, 11, 10, 9, 5, 44)
    m = dict(from_name="唐红霞", addr="tanghongxia@xiaoxiang-hz.com", date=d, subject="RE：【DOR#SS-2026-001105】商机申诉已受理",
             host=host_of(rng, "own", "mail.xiaoxiang-hz.com"), pc="XXHZ-PC02")
    m["irt"] = "<ack.SS-2026-001105@ptg139.com>"
    m["refs"] = ["<ack.SS-2026-001105@ptg139.com>"]
    qbody = hq_text("SS-2026-001105", "您提交的商机申诉", ["客户：郴州苏仙矿山机械有限公司", "推送时间：2026-11-09 09:10",
                                                       "异议时间：2026-11-09 04:10"])
    m["blocks"] = ["总部好：\n\n申诉里的异议时间写错了，应为11月9日下午4点10分，我误写成了凌晨。请按下午的时间核对8小时。\n\n唐红霞\n",
                   Quote("\n-----原始邮件-----\n" + qbody, "-----原始邮件-----", qbody)]
    eml = emclient(m, rng, "utf-8")
    return m, eml, dict(
        kind="reply", family="thread", client="eM Client 9 (UTF-8; approximated)",
        fields=fields(objected_at=iso(2026, 11, 9, 16, 10)), accept={}, source_text={"objected_at": ["11月9日下午4点10分"]},
        notes="eM Client 'RE：' with a full-width colon and the tag in 【】, In-Reply-To / References to HQ's "
              "acknowledgement; the new text corrects the objection time to '11月9日下午4点10分' (16:10; '凌晨' names the "
              "old value); the quoted HQ text with the old times is ignored.")


@entry
def R2():
    rng = R("R2")
    d = dt(2026, 11, 19, 15, 14, 30)
    m = dict(from_name="鄺美玲", addr="meiling.kwong@sunrealm.com.hk", date=d, subject="回覆: 〔DOR#SS-2026-001108〕商機申訴已受理",
             host=host_of(rng, "google"))
    m["irt"] = "<ack.SS-2026-001108@ptg139.com>"
    m["refs"] = ["<ack.SS-2026-001108@ptg139.com>"]
    qhead = "於 2026年11月18日 週三 10:02，總部商機服務 <dor@ptg139.com> 寫道："
    qbody = hq_text("SS-2026-001108", "商机申诉", ["客户：观塘裕泰印刷机械有限公司", "申诉理由：第5条（产品不一致）"])
    m["blocks"] = ["總部你好，\n\n唔好意思，申訴理由揀錯咗：應為第4條（行業不符），對方係做餐廳嘅，唔係第5條。其他資料不變。\n\n鄺美玲\n",
                   Quote("\n" + qhead + "\n" + quote_gt(qbody), qhead, qbody)]
    eml = kit7.gmail(m, rng)
    return m, eml, dict(
        kind="reply", family="thread", client="Gmail (Google Workspace)",
        fields=fields(reason_code=4), accept={}, source_text={"reason_code": ["應為第4條（行業不符）"]},
        notes="Gmail '回覆:' (traditional) with the tag in tortoise-shell brackets ('〔DOR#SS-2026-001108〕'), written "
              "Cantonese; the new text corrects the criterion to 4 ('第5條' is the old value, also in the quoted HQ text).")


@entry
def R3():
    rng = R("R3")
    d = dt(2026, 12, 3, 10, 40, 16)
    m = dict(from_name="倪文静", addr="niwenjing@langya-dm.com", date=d, subject="Re: DOR＃SS－2026－001111 商机汇总反馈已受理",
             host=("smtp.263.net", f"211.150.{rng.randint(1, 250)}.{rng.randint(1, 250)}"))
    m["irt"] = "<ack.SS-2026-001111@ptg139.com>"
    m["refs"] = ["<ack.SS-2026-001111@ptg139.com>"]
    qhead = "----- 原始邮件 -----\n发件人：总部商机服务 <dor@ptg139.com>\n时间：2026-12-02 16:48"
    qbody = hq_text("SS-2026-001111", "商机汇总反馈", ["合同商机数：240条", "已推送：156条"])
    m["blocks"] = ["总部您好：\n\n来安粮机的合同量是200条，不是240条，上次把另一个客户的数填进来了，已推送的数没错。\n\n倪文静\n",
                   Quote("\n" + qhead + "\n\n" + qbody, qhead, qbody)]
    eml = kit10.mail263(m, rng)
    return m, eml, dict(
        kind="reply", family="thread", client="263 enterprise webmail (approximated)",
        fields=fields(quota=200), accept={}, source_text={"quota": ["合同量是200条"]},
        notes="263 webmail 'Re:' with the tag written in full-width '＃' and '－' and no brackets ('DOR＃SS－2026－001111', "
              "NFKC 'DOR#SS-2026-001111'), In-Reply-To / References; the new text corrects the quota to 200 ('240条' is the "
              "old value, '已推送的数没错' gives no count).")


@entry
def R4():
    rng = R("R4")
    d = dt(2026, 10, 15, 11, 2, 8)
    m = dict(from_name="倪文静", addr="niwenjing@langya-dm.com", date=d, subject="回复：[DOR#SS-2026-001114] 商机调整已确认",
             host=host_of(rng, "own", "mail.langya-dm.com"))
    m["irt"] = "<confirm.SS-2026-001114@ptg139.com>"
    m["refs"] = ["<confirm.SS-2026-001114@ptg139.com>"]
    qhead = "发件人：总部商机服务\n发送时间：2026年10月14日 17:30\n收件人：倪文静\n主题：[DOR#SS-2026-001114] 商机调整已确认"
    qbody = hq_text("SS-2026-001114", "商机调整", ["合作商：滁州琅琊数字传媒有限公司", "客户：滁州来安粮油机械有限公司"])
    m["blocks"] = ["您好，确认邮件里我们公司的名字写错了：合作商全称是滁州琅琊数字营销有限公司（不是“数字传媒”），麻烦更正。\n倪文静\n",
                   Quote("\n" + qhead + "\n\n" + qbody, qhead, qbody)]
    eml = kit7.foxmail(m, rng)
    return m, eml, dict(
        kind="reply", family="thread", client="Foxmail 7.2",
        fields=fields(partner="滁州琅琊数字营销有限公司"), accept={}, source_text={},
        notes="Foxmail '回复：[DOR#SS-2026-001114]' with In-Reply-To / References; the new text corrects the partner's own "
              "full name (the wrong '数字传媒' it names and the quoted HQ confirmation are not data).")


@entry
def R5():
    rng = R("R5")
    d = dt(2026, 12, 11, 14, 20, 39)
    m = dict(from_name="薛长青", addr="xuechangqing@yaodu-it.com", date=d, subject="答复: 商机汇总反馈已受理",
             host=host_of(rng, "own", "mail.yaodu-it.com"))
    m["irt"] = "<ack.SS-2026-001117@ptg139.com>"
    m["refs"] = ["<20261210142638.8812094@yaodu-it.com>", "<ack.SS-2026-001117@ptg139.com>"]
    qhead = ("发件人: 总部商机服务 <dor@ptg139.com>\n发送时间: 2026年12月10日 16:02\n收件人: 薛长青 <xuechangqing@yaodu-it.com>\n"
             "主题: 商机汇总反馈已受理")
    qbody = hq_text("SS-2026-001117", "商机汇总反馈", ["服务期：2026-03-01 至 2027-02-28"])
    m["blocks"] = ["总部老师：\n\n核对合同后更正一下：谯城饮片机的服务期到期日是2027年4月30日（签了补充协议延期两个月），开始日不变。\n\n薛长青\n",
                   Quote("\n" + qhead + "\n\n" + qbody, qhead, qbody)]
    eml = kit7.outlook(m, rng, "zh-CN")
    return m, eml, dict(
        kind="reply", family="thread", client="Outlook 16 (zh-CN)",
        fields=fields(service_end="2027-04-30"), accept={}, source_text={"service_end": ["到期日是2027年4月30日"]},
        notes="Outlook zh-CN '答复:' without a case tag (case_ref null): the thread is reachable only through "
              "In-Reply-To / References to HQ's acknowledgement; the new text corrects the service end to 2027-04-30 "
              "('延期两个月' and '开始日不变' give no further field); the quoted HQ period is ignored.")


# ==========================================================================
# family: short names only
# ==========================================================================

@entry
def S1():
    rng = R("S1")
    d = dt(2026, 12, 7, 10, 5, 22)
    m = dict(from_name="薛长青", addr="xuechangqing@yaodu-it.com", date=d, subject="谯城饮片机申诉（编号待补）",
             host=host_of(rng, "own", "mail.yaodu-it.com"))
    m["blocks"] = ["总部，谯城饮片机今天早上7点50推的那条，编号我这边后台暂时看不到，客户9点20打电话来说对方是收药材的贩子，"
                   "只想卖当归黄芪，跟客户的饮片设备行业不搭界。编号查到马上补。\n\n药都信息 薛长青\n\n发自我的iPhone"]
    eml = kit7.iphone(m, rng)
    return m, eml, dict(
        kind="appeal", family="short_names", client="iPhone Mail",
        fields=fields(partner="药都信息", client="谯城饮片机", pushed_at=iso(2026, 12, 7, 7, 50), objected_at=iso(2026, 12, 7, 9, 20),
                      reason_code=4),
        accept={},
        source_text={"pushed_at": ["今天早上7点50"], "objected_at": ["9点20", "今天早上7点50"], "reason_code": ["行业不搭界"]},
        notes="iPhone Mail (UTF-8 quoted-printable, text only); short names only (the partner before the writer in the "
              "signature); the lead id is not known yet ('编号…暂时看不到'): lead_ids empty and missing; '9点20' takes "
              "the push's day and morning; code 4 ('行业不搭界').")


@entry
def S2():
    rng = R("S2")
    d = dt(2026, 11, 12, 16, 40, 1)
    ids = ["LD2611020131", "LD2611040016", "LD2611050142", "LD2611090038", "LD2611100097"]
    m = dict(from_name="颜海峰", addr="yanhaifeng_wl@sina.com", date=d, subject="泽国水泵5条反馈", host=host_of(rng, "sina"))
    m["blocks"] = ["总部好，泽国水泵5条：" + " / ".join(ids) + "\n前三条准，后两条一个要买水管、一个要修水泵，不准。\n"
                   "建议词库加“井用潜水泵”，不做“水泵维修”“PVC水管”，多推农业灌溉合作社。\n\n—— 颜海峰 @ 石塘"]
    eml = kit9.sina(m, rng)
    return m, eml, dict(
        kind="adjustment", family="short_names", client="Sina webmail (approximated)",
        fields=fields(partner="石塘", client="泽国水泵", lead_ids=ids, lead_count=5), accept={},
        extra={"keywords_add": ["井用潜水泵"], "keywords_remove": [], "excluded_products": ["水泵维修", "PVC水管"],
               "audience": ["农业灌溉合作社"]},
        source_text={"lead_count": ["泽国水泵5条"]},
        notes="Sina webmail (GBK base64); short names only, the partner as a one-word name after '@' in the signature "
              "('—— 颜海峰 @ 石塘'); five ids joined by ' / '; verdicts by position ('前三条', '后两条'); the count "
              "'5条'.")


@entry
def S3():
    rng = R("S3")
    d = dt(2026, 11, 26, 11, 15, 30)
    m = dict(from_name="包格日勒", addr="gerile.bao@steppelink.cn", date=d, subject="海拉尔乳机 汇总（到期日待确认）",
             host=host_of(rng, "own", "mail.steppelink.cn"), pc="STEPPE-PC")
    m["blocks"] = ["总部您好：\n海拉尔乳机合同160条，已推101条，服务期2026年5月1日开始，到期日我得翻一下合同再告诉你们。\n"
                   "客户对巴氏杀菌机的询盘比较满意，酸奶灌装线偏少；续费还没谈。\n\n草原智联 包格日勒"]
    eml = kit9.winmail(m, rng)
    return m, eml, dict(
        kind="summary", family="short_names", client="Windows Mail (approximated)",
        fields=fields(partner="草原智联", client="海拉尔乳机", quota=160, pushed_count=101, service_start="2026-05-01"),
        accept={},
        renewal=None,
        source_text={"quota": ["合同160条"], "pushed_count": ["已推101条"], "service_start": ["2026年5月1日"]},
        notes="Windows Mail (UTF-8 base64); short names only (the partner before the writer in the signature); the "
              "service end is not known yet ('到期日我得翻一下合同'): service_end null and missing; lead trigger judged "
              "on the leads alone (63 %); renewal not discussed.")


@entry
def S4():
    rng = R("S4")
    d = dt(2026, 11, 2, 16, 0, 48)
    m = dict(from_name="陶正华", addr="taozhenghua@wumeng-digi.cn", date=d, subject="【乌蒙数字】鲁甸分选机 商机申诉",
             host=host_of(rng, "exmail"))
    m["blocks"] = ["总部：\n鲁甸分选机 LD2611020044，11月2日 10:40推送，11月2日 15:05客户提出。对方只留了微信，微信设置了禁止搜索添加，"
                   "客户加不上也没别的联系方式。截图见附件。\n陶正华"]
    m["atts"] = [Att("搜索添加被禁止.png", "image/png", png(rng, style="search"), "image/png")]
    eml = kit7.tencent(m, rng, wecom=True)
    return m, eml, dict(
        kind="appeal", family="short_names", client="WeCom / Tencent Exmail",
        fields=fields(partner="乌蒙数字", client="鲁甸分选机", lead_ids=["LD2611020044"], pushed_at=iso(2026, 11, 2, 10, 40),
                      objected_at=iso(2026, 11, 2, 15, 5), reason_code=2),
        accept={},
        source_text={"pushed_at": ["11月2日 10:40"], "objected_at": ["11月2日 15:05"], "reason_code": ["微信设置了禁止搜索添加"]},
        notes="WeCom / Exmail (UTF-8 base64); the partner's short name only in the subject's 【】 ('【乌蒙数字】'), the "
              "client by its short name; code 2 (the WeChat id forbids search, 禁止搜索添加); PNG screenshot.")


@entry
def S5():
    rng = R("S5")
    d = dt(2026, 12, 8, 14, 4, 10)
    ids = ["LD2611240012", "LD2611240058", "LD2611250101", "LD2611260027", "LD2611270064", "LD2611280019", "LD2611300083",
           "LD2612010046", "LD2612020008", "LD2612030115"]
    m = dict(from_name="Lijuan Fu", addr="fulijuan@longwan-media.com", date=d, subject="凌源钢构 10条反馈", host=host_of(rng, "own", "smtp.longwan-media.com"))
    m["blocks"] = ["总部好，\n凌源钢构这10条：\n" + "\n".join(f"{x}  {'OK' if k not in (2, 6) else 'NG'}" for k, x in enumerate(ids))
                   + "\nNG的两条都是找施工队的。想加“H型钢生产线”，去掉“钢结构工程”，不做施工承包，面向钢结构厂。\n\nLijuan\nLongwan Media"]
    eml = kit8.mailmaster(m, rng)
    return m, eml, dict(
        kind="adjustment", family="short_names", client="NetEase Mail Master (iOS; approximated)",
        fields=fields(partner="Longwan Media", client="凌源钢构", lead_ids=ids, lead_count=10), accept={},
        extra={"keywords_add": ["H型钢生产线"], "keywords_remove": ["钢结构工程"], "excluded_products": ["施工承包"],
               "audience": ["钢结构厂"]},
        source_text={"lead_count": ["这10条"]},
        notes="NetEase Mail Master (UTF-8 base64); the partner only as an English short name in the signature ('Longwan "
              "Media'), the client by its Chinese short name; ten ids with OK / NG verdicts; the count '这10条'.")


# ==========================================================================
# family: ordinary clean requests
# ==========================================================================

@entry
def C1():
    rng = R("C1")
    d = dt(2026, 10, 30, 9, 22, 15)
    m = dict(from_name="朱嘉敏", addr="zhujiamin@beijiang-yun.com", date=d, subject="转发: 佛冈挤压机商机申诉",
             host=host_of(rng, "own", "mail.beijiang-yun.com"))
    qhead = ("发件人: 何志强 <hezhiqiang@beijiang-yun.com>\n发送时间: 2026年10月29日 19:46\n收件人: 朱嘉敏 <zhujiamin@beijiang-yun.com>\n"
             "主题: 佛冈挤压机商机申诉")
    qbody = ("嘉敏：\n麻烦转总部。\n合作商：清远北江云商网络科技有限公司\n客户：清远佛冈铝型材挤压设备有限公司\n商机编号：LD2610290112\n"
             "推送时间：2026-10-29 10:25\n异议时间：2026-10-29 14:40\n原因：对方要买铝合金门窗成品，客户只做挤压机，与客户经营产品不一致\n何志强")
    m["blocks"] = ["总部好，转发同事何志强的申诉，请审核。\n\n朱嘉敏\n北江云商\n", Quote("\n" + qhead + "\n\n" + qbody, qhead, qbody)]
    eml = kit7.outlook(m, rng, "zh-CN")
    return m, eml, dict(
        kind="appeal", family="clean", client="Outlook 16 (zh-CN)",
        fields=fields(partner="清远北江云商网络科技有限公司", client="清远佛冈铝型材挤压设备有限公司", lead_ids=["LD2610290112"],
                      pushed_at=iso(2026, 10, 29, 10, 25), objected_at=iso(2026, 10, 29, 14, 40), reason_code=5),
        accept={"partner": ["北江云商"], "client": ["佛冈挤压机"]},
        source_text={"pushed_at": ["2026-10-29 10:25"], "objected_at": ["2026-10-29 14:40"], "reason_code": ["与客户经营产品不一致"]},
        notes="Outlook zh-CN '转发:' of a colleague's mail inside the partner (no thread headers): judged by content; the "
              "forwarded part carries the whole appeal (code 5, no attachment needed); '发送时间: 2026年10月29日 19:46' "
              "is a distractor.")


@entry
def C2():
    rng = R("C2")
    d = dt(2026, 11, 26, 9, 48, 37)
    own = "<7D1E0C52-44A1-4B8E-9F3A-2C61B0D9E417@mall-link.cn>"
    ids = ["YW-2611-0502", "YW-2611-0506", "YW-2611-0511", "YW-2611-0517", "YW-2611-0524"]
    m = dict(from_name="楼晓丽", addr="lou.xiaoli@mall-link.cn", date=d, subject="Re: 佛堂拉链机 商机调整反馈",
             host=host_of(rng, "own", "mail.mall-link.cn"))
    m["irt"] = own
    m["refs"] = [own]
    qhead = "2026年11月25日 17:10，楼晓丽 <lou.xiaoli@mall-link.cn> 写道："
    qbody = "总部您好，佛堂拉链机的反馈明天补齐，今天先占个位。\n楼晓丽"
    m["blocks"] = ["总部您好：\n\n补齐佛堂拉链机5条商机的反馈：\n" + f"{ids[0]} 精准\n{ids[1]} 精准（排齿机）\n{ids[2]} 不精准（要拉链头成品）\n"
                   f"{ids[3]} 精准\n{ids[4]} 不精准（服装厂问拉链维修）\n\n调整：新增“尼龙拉链排齿机”，删除“拉链头”；不做“拉链头成品”；针对拉链厂。\n\n"
                   "合作商：义乌商城通网络服务有限公司\n客户：义乌佛堂拉链机械有限公司\n楼晓丽\n",
                   Quote("\n" + qhead + "\n" + quote_gt(qbody), qhead, qbody)]
    eml = kit7.apple_mail(m, rng)
    return m, eml, dict(
        kind="adjustment", family="clean", client="Apple Mail (macOS)",
        fields=fields(partner="义乌商城通网络服务有限公司", client="义乌佛堂拉链机械有限公司", lead_ids=ids, lead_count=5),
        accept={"client": ["佛堂拉链机"]},
        extra={"keywords_add": ["尼龙拉链排齿机"], "keywords_remove": ["拉链头"], "excluded_products": ["拉链头成品"], "audience": ["拉链厂"]},
        source_text={},
        notes="Apple Mail 'Re:' to the partner's own earlier mail (In-Reply-To / References at mall-link.cn, not "
              "@ptg139.com): judged by content; five ids with verdicts (the count is the number of ids); the quoted "
              "own mail is no data.")


@entry
def C3():
    rng = R("C3")
    d = dt(2026, 10, 20, 15, 36, 2)
    m = dict(from_name="萨仁", addr="saren@steppelink.cn", date=d, subject="海拉尔乳机 商机汇总反馈", host=host_of(rng, "aliyun"))
    m["blocks"] = [
        "总部商机服务：\n\n合作商：呼伦贝尔草原智联科技有限公司\n客户：呼伦贝尔海拉尔乳品机械有限公司\n合同商机数：160条\n已推送：98条\n"
        "服务期：2026年1月15日至2027年1月14日\n客户情况：巴氏杀菌机、发酵罐询盘精准，成交2套；部分询盘是牧场要买奶牛。\n"
        "解决方案：排除“奶牛养殖”，增加“小型酸奶发酵罐”。\n续费意向：客户愿意续签。\n\n萨仁\n草原智联"]
    eml = kit7.alimail(m, rng)
    return m, eml, dict(
        kind="summary", family="clean", client="Alibaba enterprise mailbox (web; approximated)",
        fields=fields(partner="呼伦贝尔草原智联科技有限公司", client="呼伦贝尔海拉尔乳品机械有限公司", quota=160, pushed_count=98,
                      service_start="2026-01-15", service_end="2027-01-14"),
        accept={"partner": ["草原智联"], "client": ["海拉尔乳机"]},
        renewal=True,
        source_text={"quota": ["合同商机数：160条"], "pushed_count": ["已推送：98条"], "service_start": ["2026年1月15日"],
                     "service_end": ["2027年1月14日"]},
        notes="Alibaba enterprise mailbox (UTF-8 base64); a clean labelled summary; both triggers (61 %, 76 % of the "
              "period); '2套' is a distractor; renewal intended.")


@entry
def C4():
    rng = R("C4")
    d = dt(2026, 12, 15, 11, 9, 58)
    m = dict(from_name="钟思远", addr="zhongsiyuan_zg@163.com", date=d, subject="商机申诉 威远压砖机 LD2612150027", host=host_of(rng, "163"))
    m["blocks"] = [
        "总部您好：\n\n合作商：自贡盐都互联网科技有限公司\n付费客户：内江威远陶瓷压砖机有限公司\n商机编号：LD2612150027\n"
        "推送时间：2026-12-15 08:32\n客户异议时间：2026-12-15 10:05\n申诉理由：留错电话（判定标准第3条）\n"
        "情况说明：对方留的座机是一家幼儿园的，手机号码少一位。\n附件：客户拨号截图\n\n钟思远\n盐都互联"]
    m["atts"] = [Att("拨号截图.png", "image/png", png(rng, rows=5, style="list"), "image/png")]
    eml = kit7.coremail(m, rng, "163")
    return m, eml, dict(
        kind="appeal", family="clean", client="163 webmail (Coremail)",
        fields=fields(partner="自贡盐都互联网科技有限公司", client="内江威远陶瓷压砖机有限公司", lead_ids=["LD2612150027"],
                      pushed_at=iso(2026, 12, 15, 8, 32), objected_at=iso(2026, 12, 15, 10, 5), reason_code=3),
        accept={"partner": ["盐都互联"], "client": ["威远压砖机"]},
        source_text={"pushed_at": ["2026-12-15 08:32"], "objected_at": ["2026-12-15 10:05"], "reason_code": ["判定标准第3条"]},
        notes="163 webmail (GBK base64 text + HTML, GBK RFC 2047 file name); a clean labelled appeal, code 3 with a PNG "
              "screenshot.")


# ==========================================================================
# family: automatic mail
# ==========================================================================

@entry
def A1():
    rng = R("A1")
    d = dt(2026, 10, 3, 8, 15, 40)
    m = dict(from_name="江海燕", addr="jianghaiyan@jinggang-yc.com", date=d, subject="Re: [DOR#SS-2026-001120] 商机申诉判定结果",
             host=host_of(rng, "own", "mail.jinggang-yc.com"), mx="mail.jinggang-yc.com")
    m["irt"] = "<verdict.SS-2026-001120@ptg139.com>"
    m["refs"] = ["<verdict.SS-2026-001120@ptg139.com>"]
    m["text"] = ("您好！我10月1日至10月7日休假，期间不能及时回复邮件。泰和电子设备、贵溪铜机的事务请联系彭玉兰（2847716350@qq.com）。\n\n"
                 "江海燕\n吉安井冈云创科技有限公司")
    eml = zimbra_vacation(m, rng)
    return m, eml, dict(
        kind="auto", family="auto", client="Zimbra vacation reply (approximated)",
        fields=fields(), accept={}, source_text={},
        notes="A Zimbra out-of-office reply whose subject is 'Re: ' + HQ's subject (it looks like a reply: tag and thread "
              "headers) but carries Auto-Submitted: auto-replied (zimbra; vacation) and Precedence: bulk - automatic wins: "
              "auto, case_ref from the subject, thread_case_ref from the thread headers; two clients and a colleague "
              "are named: no fields.")


@entry
def A2():
    rng = R("A2")
    d = dt(2026, 11, 11, 15, 2, 6)
    sent = d - timedelta(seconds=5)
    mta = "mx.yandu-net.cn"
    body64 = b64_body("钟先生您好：\r\n\r\n案件 SS-2026-001123 请补充商机编号。\r\n\r\n总部商机服务\r\n".encode()).decode("ascii")
    m = dict(from_name="", addr=f"Mailer-Daemon@{mta}", date=d, subject="Mail delivery failed: returning message to sender",
             host=(mta, f"118.123.{rng.randint(1, 250)}.{rng.randint(1, 250)}"), mta=mta, ip=f"118.123.{rng.randint(1, 250)}.{rng.randint(1, 250)}",
             rcpt="zhongsy@yandu-net.cn")
    m["text"] = (
        "This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered "
        "to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n"
        "  zhongsy@yandu-net.cn\n    mailbox is full: retry timeout exceeded\n\n"
        "------ This is a copy of the message, including all the headers. ------\n\n"
        f"Return-path: <dor@ptg139.com>\nReceived: from mx1.ptg139.com ([203.0.113.25])\n\tby {mta} with esmtps (Exim 4.97)\n"
        f"\t(envelope-from <dor@ptg139.com>)\n\tid 1v{rs(rng, 4)}-{rs(rng, 6)}-{rs(rng, 2)}\n\tfor zhongsy@yandu-net.cn; {rfcdate(sent)}\n"
        f"From: {ew_one(HQ_NAME, 'utf-8')} <dor@ptg139.com>\nTo: zhongsy@yandu-net.cn\n"
        f"Subject: {ew_one('[DOR#SS-2026-001123] 商机申诉需补充信息', 'utf-8')}\nDate: {rfcdate(sent - timedelta(seconds=3))}\n"
        "Message-ID: <needinfo.SS-2026-001123@ptg139.com>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n"
        "Content-Transfer-Encoding: base64\n\n" + body64.replace("\r\n", "\n"))
    eml = exim_bounce(m, rng)
    return m, eml, dict(
        kind="auto", family="auto", client="Exim 4 bounce (approximated)",
        fields=fields(), accept={}, source_text={},
        notes="An Exim 'Mail delivery failed: returning message to sender' from Mailer-Daemon (empty Return-Path, "
              "Auto-Submitted: auto-replied, X-Failed-Recipients), one 7bit text part with HQ's returned message copied "
              "below the '------ This is a copy of the message' line (no MIME part, no attachment); the case tag is only "
              "in the copied headers: case_ref null, no thread_case_ref.")


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


README_HEAD = """# blind11 — 49 labelled partner mails for `maild parse`, by family of difficulty

A blind held-out set: written from `shared/spec/DOMAIN.md`, the seed process document
(`seed-139-lead-process.zh.txt`), `shared/samples/` (README, sNN.eml, sNN.expected.json), the
shared corpus tools (`layout.py`, `mimekit.py`, `rules.py`, `checkkit.py`) and the generators and
checkers of blind7, blind8, blind9 and blind10, whose generic helpers (header encodings, mail-client
builders, drawings, audio containers, Word / Excel forms, the label assembler, the MIME walk and
the source-text parsers) it imports rather than copies. Nobody looked at the parser, its tests or
any other set's mails while writing it, and nobody tuned the parser on it — nor is anybody to: it
is an untouched measure of how well the parser generalises. New fictitious partners and clients in
宜兰, 彰化, 观塘, 葵涌, 清远, 云浮, 温岭, 义乌, 亳州, 滁州, 吉安, 鹰潭, 永州, 郴州, 自贡, 内江, 昭通,
铜仁, 渭南, 商洛, 呼伦贝尔, 朝阳 and 葫芦岛 (none of the cities of the earlier sets), with new people,
phrasings, clients, mail clients and id shapes; every person, phone number, tax id, lead id and
case id is invented.

- `tests/mail/blind11/NNN.eml` — the message as delivered (CRLF, the receiving server's
  Return-Path / Delivered-To / Received on top, bytes written the way each client writes them).
- `tests/mail/blind11/NNN.expected.json` — the samples' keys (`kind`, `message_id`, `sender`,
  `subject`, `case_ref`, `fields`, `missing`, `attachments` with `detected_type` / `inline`,
  `notes`, `mail_client`, `accept`, `thread_case_ref`, `malformed`, `checks`, `extra`,
  `source_key`) plus `family` (below), `topic` for `unknown` mail (question, onboarding, invoice,
  meeting, account, complaint, pitch, other) and `source_text`: the literal strings a time, number,
  date, reason or id shorthand was read from (further strings, each literal too, are the context it
  inherits: the day of an earlier time, the start of a period given as a length, or the other date
  of a pair that fixes the day/month order). `accept` is always present (`{}` when there is no
  alternative form).
- `tools/corpus/blind11/generate.py` — the deterministic generator (one `random.Random` per entry
  key, fixed zip, core.xml and PDF dates): `python -B tools/corpus/blind11/generate.py [--out DIR]`.
  It imports the generators of blind7 … blind10 for the generic machinery and adds only what is
  new: the texts and labels, and the builders none of them has (Mutt with 8bit GB18030 / UTF-8 text
  and `filename*=gb18030''…`, eM Client with RFC 2231 continuations in Big5-HKSCS, gb2312 and UTF-8
  mail, Spark, Zoho Mail sending one HTML part, a Word form written as paragraphs without a table,
  a Zimbra vacation reply whose subject starts with `Re:`, an Exim 7bit bounce). Needs python-docx,
  openpyxl and Pillow; the committed bytes were made with Python 3.11.7, Pillow 13.0.0, python-docx
  1.2.0 and openpyxl 3.1.5 (other Pillow / zlib versions may change image and zip bytes, and so
  sizes and SHA-256 in the labels).
- `tools/corpus/blind11/check.py` — `python -B tools/corpus/blind11/check.py [--no-regen] [DIR]`:
  parses every message with Python's `email` package (and a raw header walk, using blind7's
  checker's MIME walk and blind8's header, attachment and rule checks), re-finds the attachments by
  the samples' rule and compares name, declared type, size, sha256, role and sniffed type, checks
  every labelled value and alias against the decoded text (traditional→simplified aliases by its own
  character table), re-derives every time, count, date, reason code and expanded id from
  `source_text` (blind7's … blind10's parsers, with this set's forms rewritten into theirs), checks
  `missing`, `checks`, the summary trigger, the kind / family / topic counts, the charset /
  encoding / client coverage and this README, and regenerates the set byte for byte.

Compare as the samples' README says: kind, message_id, sender, subject, case_ref and attachments
exactly, `missing` as a set, fields exactly for appeal/adjustment/summary (NFKC; partner/client may
match an `accept` alias; times as instants); reply fields are the corrections the reply makes;
auto/unknown: no invented fields.

## Families

| family | what it exercises |
|---|---|
| `traditional` | Yilan, Changhua and Kwun Tong writers (Outlook zh-TW in Big5, eM Client in Big5-HKSCS, Yahoo Mail TW, Gmail, Outlook for Mac; written Cantonese); Windows zh-TW timestamps with the am/pm word before the time and seconds (`2026/10/21 下午 01:48:05`), an ROC start with a length (`114年11月1日起，為期一年`), `元月` for January, Cantonese `下晝三點搭五`, counts in `宗` and in financial numerals (`捌拾柒則`); simplified forms in `accept` |
| `english` | English and mixed writers: `3:05pm on the 21st`, US month-first `03/01/2026 - 02/28/2027`, the id prefix once with its endings, `at noon` / `4 in the afternoon`, counts in words (`one hundred and fifty`, `ninety-one`), a term in months only (`March 2026 – February 2027`) |
| `dates` | Shaanxi `昨儿后晌` / `今儿一早`, month-day with a hyphen (`10-27 16:05`) and an objection as an offset (`推送后两个半小时`), a period as a number of days (`服务周期365天`), a night push and an objection after midnight (`前天夜里` / `昨天凌晨`), a time counted back from the hour (`十点差五分`) |
| `numbers` | financial numerals (`贰佰肆拾条`), a prefix with four-digit tails (`前缀…，后四位：…`), full-width ids and a circled criterion (`第④条`), a range with a full-width tilde and only the last tail (`…-0214～0218`), a quota as contract plus bonus (`一百二十条加赠送的三十条，合计保底一百五十条`) |
| `forms` | .docx / .xlsx: a Word form of paragraphs with `□` / `■` check boxes, a two-sheet workbook with ✔ / ✘ verdicts, real date cells and a ratio cell, a date cell beside a time cell, a Word table with a merged title row and `√` in one of two verdict columns |
| `non_request` | mail that is none of the three requests → `unknown` with a `topic` |
| `thread` | replies that correct one field (objection time, criterion, quota, partner name, service end): `RE：【】`, `回覆: 〔〕`, a tag in full-width `＃` / `－` without brackets, `回复：[]`, `答复:` with no tag and only the thread headers |
| `short_names` | partner and/or client only as short names: in the signature, after `@`, only in the subject's 【】, an English short name; a missing lead id, a missing service end |
| `clean` | ordinary requests (one `转发:` inside the partner, one `Re:` to the partner's own earlier mail) |
| `auto` | a Zimbra vacation reply with a `Re:` subject and HQ's tag (Auto-Submitted with a comment, Precedence: bulk) and an Exim 7bit bounce from Mailer-Daemon |

## Labelling decisions a reader could make differently

- **Traditional script**: `partner` / `client` are the strings as written (宜蘭蘭陽數位行銷股份有限公司,
  葵涌興發貨櫃維修設備有限公司); the character-by-character simplified forms and the short forms are in
  `accept`, even when the simplified form is not in the message. Written Cantonese is labelled like
  Mandarin: `尋日` is yesterday, `下晝` afternoon, `夜晚` evening, and `三點搭五` is 3:25 (搭 N = N × 5
  minutes past); `宗` counts leads like 条.
- **ROC years and months**: `114年…`, `115年…` are ROC years (+ 1911) without 民國; `元月` is January;
  `114年11月1日起，為期一年` ends one year later less a day (2026-10-31).
- **Clock forms**: `下午 01:48:05` (the am/pm word before a zero-padded time) is 13:48:05 and keeps its
  seconds; `后晌` is afternoon, `一早` morning, `夜里` night (p.m.), `凌晨` after midnight (a.m.);
  `十点差五分` is 9:55; `中午十二点一刻` is 12:15; `at noon` is 12:00 and `4 in the afternoon` 16:00;
  a bare `9点20` takes the day and the morning of the time written before it.
- **Relative days**: `昨儿` / `今儿` are yesterday / today of the Date header; `on the 21st` is that day
  of the Date header's month; `10-27` without a year is 27 October of the Date header's year;
  `推送后两个半小时` is the push time plus 2 h 30 min.
- **Day/month order**: `03/01/2026` is 1 March because the same period's `02/28/2027` can only be
  month/day; otherwise a slash date follows the earlier sets' rules.
- **Periods**: `服务周期365天，自2026年3月1日起` is 365 days counted from the start day (ends
  2027-02-28); `March 2026 – February 2027` (months only) starts on the first and ends on the last day
  of those months.
- **Numbers**: financial numerals (`贰佰肆拾`, `捌拾柒`) and English number words (`one hundred and
  fifty`, `ninety-one`) are counts; `一百二十条加赠送的三十条，合计保底一百五十条` gives the quota as the
  guaranteed total, 150; a ratio cell (0.63) and percentages are no counts; `第④条` is criterion 4.
- **Id shorthand**: `编号前缀都是JA-2611-，后四位：0102、0107…` and `prefix YW-2611-, endings 0412, …`
  are the full ids prefix + tail; `ZG-2611-0214～0218` is the five ids …-0214 … …-0218; full-width
  ids are NFKC-normalised; the tails at the start of verdict lines and the `第N宗` ordinals are no ids.
- **Forms**: in a row of check boxes the filled `■` is the chosen criterion and the empty `□` are
  not; ✔ / ✘ and a `√` in the 精准 or 不精准 column are verdicts; a date cell beside a time cell is one
  instant; `经办人 / 日期` is no time.
- **Short names**: when only a short name is written it is the field, also when it is English
  (`Longwan Media`), after `@` (`石塘`) or only in the subject's 【】 (`【乌蒙数字】`); an appeal whose lead
  id is still being looked up misses `lead_ids`; a summary whose end date is not known misses
  `service_end` and its trigger is judged on the leads alone.
- **Replies**: only the reply's own new text and attachments count; a correction gives the corrected
  value only (the old value it names and the quoted HQ text are not data). A tag inside `【】` or `〔〕`,
  or written with full-width `＃` / `－` and no brackets, is a tag; a reply without a tag in its
  subject is still a reply through its `@ptg139.com` thread headers (case_ref null). `accept` of a
  reply is `{}`.
- **Not requests**: a question about holiday deadlines, a new client's stamped keyword list (PDF), an
  invoice reissue under a new name, an online-training invitation, back-office account changes, a
  complaint about an overdue verdict that names a case id only in its body, a stranger's Chinese
  lead-platform pitch and a change-of-address notice are `unknown` with no fields, whatever they name.
- **Automatic**: a Zimbra vacation reply whose subject is `Re: [DOR#…] …` and whose thread headers
  point at HQ is still `auto` (Auto-Submitted wins over the thread markers), with case_ref from its
  subject and thread_case_ref from its thread headers; an Exim bounce from Mailer-Daemon copies HQ's
  message as plain text, so it has no attachment and neither case_ref nor thread_case_ref.
- **Attachments**: an `.m4a` declared `audio/x-m4a` keeps that `content_type`; names given as RFC
  2231 `filename*=gb18030''…` (Mutt) or `filename*0*=` continuations (eM Client, Mail Master) are
  decoded; a raw 8-bit GBK name is malformed but still the attachment's name.

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
