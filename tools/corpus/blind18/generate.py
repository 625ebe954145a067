#!/usr/bin/env python3
"""Deterministic generator of the blind18 evaluation set (49 labelled partner mails).

Run:  python -B tools/corpus/blind18/generate.py [--out DIR]
      (default: the set into tests/mail/blind18, README.md next to this file;
      with --out, everything into DIR and the checkout is untouched)

Written blind: from shared/spec/DOMAIN.md, the seed process document, shared/samples/
and the shared corpus tools only, never from the parser, its tests or another set's
mails.  The generic machinery (header encodings, the mail-client builders, drawings,
audio containers, Word / Excel forms, the label assembler) is imported from the
generators of blind7 .. blind17; this file holds what is new to blind18: its partners,
clients, people and texts, its labels, and the builders none of them has (Canary Mail,
the AliMail PC client, a Coremail read receipt, a Gmail vacation responder, a Word form
with two tables).

Every partner, client, person, phone number, lead id and case id is fictitious.  One
random.Random per message (seeded from the entry key), fixed zip member dates and fixed
core.xml dates make a rerun byte-identical.  Needs python-docx, openpyxl, Pillow.
"""
from __future__ import annotations

import importlib.util
import json
import random
import sys
from datetime import datetime, timedelta, timezone
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
    header_block,
    leaf,
    rfcdate,
    saved,
)


def _load(name, folder):
    """tools/corpus/<folder>/generate.py under its own module name (each imports blind7's as `generate`)."""
    spec = importlib.util.spec_from_file_location(name, HERE.parent / folder / "generate.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


kit17 = _load("blind17_generate", "blind17")
kit16, kit15 = kit17.kit16, kit17.kit15
kit14, kit13, kit12, kit11, kit10, kit9 = kit17.kit14, kit17.kit13, kit17.kit12, kit17.kit11, kit17.kit10, kit17.kit9
kit8 = kit9.kit8 if hasattr(kit9, "kit8") else _load("blind8_generate", "blind8")

Att, Quote, Table = kit7.Att, kit7.Quote, kit7.Table
dt, iso, fields, host_of, rs = kit7.dt, kit7.iso, kit7.fields, kit7.host_of, kit7.rs
png, jpg, amr, mp3, m4a = kit7.png, kit7.jpg, kit7.amr, kit7.mp3, kit7.m4a
top, thread, mp = kit7.top, kit7.thread, kit7.mp
HEXL, HEXU, ALNUM, HQ, quote_gt = kit7.HEXL, kit7.HEXU, kit7.ALNUM, kit7.HQ, kit7.quote_gt
hq_text = kit12.hq_text
own_ip, compose = kit15.own_ip, kit15._compose
xlsx16, local = kit16.xlsx16, kit16.local
M, appeal, unknown = kit17.M, kit17.appeal, kit17.unknown

SET = "blind18"
SEED = "maild-blind18-2027"
DIGITS = "0123456789"
CT_DOC = "application/msword"

# traditional -> simplified, for the aliases of this set's traditional names
T2S = dict(zip("員園藝數銷機號碼錯話雲鼎穗農鴨脷濱碼廣陞啟發豐澳殼乾門專麗",
               "员园艺数销机号码错话云鼎穗农鸭脷滨码广升启发丰澳壳干门专丽", strict=True))


def s2(s):
    return "".join(T2S.get(c, c) for c in s)


def trad_accept(full, short):
    """The aliases of a traditional name: its short form, then the simplified forms that differ."""
    out = [short]
    for x in (s2(full), s2(short)):
        if x not in out and x != full:
            out.append(x)
    return out


def R(key):
    return random.Random(f"{SEED}:{key}")


def ip(rng, a, b):
    return f"{a}.{b}.{rng.randint(1, 250)}.{rng.randint(1, 250)}"


# --------------------------------------------------------------------------
# what blind7 .. blind17 lack: mail clients
# --------------------------------------------------------------------------

def canary(m, rng):
    """Canary Mail for macOS (approximated): UTF-8 quoted-printable text + HTML, Canary- boundaries, a
    uuid@canarymail.io Message-ID, attachment names as UTF-8 B words."""
    d = m["date"]
    htm = '<html><body><div dir="ltr">' + kit7.html_blocks(m["blocks"], kit7.bq_quote) + "</div></body></html>"
    alt_b, mix_b = "Canary-" + rs(rng, 24, ALNUM), "Canary-" + rs(rng, 24, ALNUM)
    ctype, body = compose(m, "utf-8", "utf-8", "quoted-printable", "quoted-printable", htm, alt_b, mix_b,
                          lambda a: kit7.att_part("thunderbird", a))
    mid = f"<{kit7.uuid_like(rng)}@canarymail.io>"
    m["message_id"] = mid
    h = top(rng, m["addr"], *m["host"], d, 3)
    h += ["Date: " + rfcdate(d), kit7.from_header(m["from_name"], m["addr"], "UTF-8"), "To: " + HQ,
          "Message-ID: " + mid, kit7.subj_header(m["subject"], "UTF-8")] + thread(m)
    h += ["MIME-Version: 1.0"] + ctype + ["X-Mailer: Canary Mail for macOS 4 (approximated)"]
    return header_block(h) + CRLF + body


def alimail_pc(m, rng):
    """The AliMail PC client (阿里邮箱 Windows; approximated): GB18030 base64 text + HTML, ----=ALIBOUNDARY_
    boundaries, attachment names as GB18030 B words."""
    d = m["date"]
    htm = ('<html><body><div style="font-family:微软雅黑;font-size:14px">'
           + kit7.html_blocks(m["blocks"], kit7.bq_quote, para=kit7.ps) + "</div></body></html>")
    alt_b, mix_b = "----=ALIBOUNDARY_" + rs(rng, 16, DIGITS), "----=ALIBOUNDARY_" + rs(rng, 16, DIGITS)
    ctype, body = compose(m, "GB18030", "gb18030", "base64", "base64", htm, alt_b, mix_b, kit17._b_att("GB18030", "gb18030"))
    mid = f"<{rs(rng, 8, DIGITS)}.{rs(rng, 6, HEXL)}.alipc@{m['addr'].split('@')[1]}>"
    m["message_id"] = mid
    h = top(rng, m["addr"], *m["host"], d, 2)
    h += ["Date: " + rfcdate(d), kit7.from_header(m["from_name"], m["addr"], "GB18030"), "To: " + HQ,
          "Message-ID: " + mid, kit7.subj_header(m["subject"], "GB18030")] + thread(m)
    h += ["MIME-Version: 1.0"] + ctype + ["X-Mailer: AliMail-PC 2.6 (approximated)"]
    return header_block(h) + CRLF + body


def coremail_mdn(m, rng):
    """A 163 webmail read receipt (Coremail; approximated): multipart/report; report-type=disposition-notification,
    a GBK text part and the message/disposition-notification part, '已读：' before the subject it answers."""
    d = m["date"]
    b = "----=_Part_MDN_" + rs(rng, 20, DIGITS)
    mdn = crlf(f"Reporting-UA: {m['addr'].split('@')[1]}; Coremail\nFinal-Recipient: rfc822;{m['addr']}\n"
               f"Original-Message-ID: {m['orig']}\nDisposition: manual-action/MDN-sent-manually; displayed\n")
    body = mp(b, [leaf(["Content-Type: text/plain; charset=GBK", "Content-Transfer-Encoding: base64"],
                       b64_body(crlf(m["text"]).encode("gbk"))),
                  leaf(["Content-Type: message/disposition-notification", "Content-Transfer-Encoding: 7bit"],
                       mdn.encode("ascii"))])
    mid = f"<{rs(rng, 8, HEXL)}.{rs(rng, 6, DIGITS)}.mdn@{m['addr'].split('@')[1]}>"
    m["message_id"] = mid
    h = top(rng, m["addr"], *m["host"], d, 2)
    h += ["Date: " + rfcdate(d), kit7.from_header(m["from_name"], m["addr"], "GBK"), "To: " + HQ,
          kit7.subj_header(m["subject"], "GBK"), "Message-ID: " + mid, "MIME-Version: 1.0",
          "Content-Type: multipart/report; report-type=disposition-notification;", f'\tboundary="{b}"',
          "X-Mailer: Coremail Webmail Server Version XT5.0.14 (approximated)"]
    return header_block(h) + CRLF + body


def gmail_vacation(m, rng):
    """A Gmail vacation responder (approximated): one UTF-8 quoted-printable text part, Auto-Submitted:
    auto-replied, the writer's own subject, In-Reply-To / References of the mail it answers."""
    d = m["date"]
    mid = "<CA" + rs(rng, 1, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") + rs(rng, 40, ALNUM) + "@mail.gmail.com>"
    m["message_id"] = mid
    h = top(rng, m["addr"], *m["host"], d, 1)
    h += ["MIME-Version: 1.0", "Date: " + rfcdate(d), "Auto-Submitted: auto-replied", "Message-ID: " + mid] + thread(m)
    h += [kit7.subj_header(m["subject"], "UTF-8"), kit7.from_header(m["from_name"], m["addr"], "UTF-8"), "To: " + HQ,
          "Content-Type: text/plain; charset=\"UTF-8\"", "Content-Transfer-Encoding: quoted-printable"]
    return header_block(h) + CRLF + kit15.qp(crlf(m["text"]).encode("utf-8")) + CRLF


def docx_two(author, when, title, tables, between=(), after=()):
    """A Word form with two 'Table Grid' tables (``tables`` a pair of row lists), a paragraph between them
    and paragraphs after the second."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    d = docx.Document()
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(title)
    r.bold = True
    r.font.size = Pt(16)
    for k, grid in enumerate(tables):
        if k:
            for s in between:
                d.add_paragraph(s)
        t = d.add_table(rows=len(grid), cols=max(len(x) for x in grid))
        t.style = "Table Grid"
        for i, row in enumerate(grid):
            for j, v in enumerate(row):
                t.cell(i, j).text = v
    for s in after:
        d.add_paragraph(s)
    return kit7.fixed_zip(saved(d), author, when)


# --------------------------------------------------------------------------
# entries
# --------------------------------------------------------------------------

ENTRIES = []


def entry(fn):
    ENTRIES.append(fn)
    return fn


# ==========================================================================
# family: traditional Chinese writers (Yuanlin, Huwei, Ap Lei Chau, Tai Kok Tsui, Fai Chi Kei)
# ==========================================================================

@entry
def T1():
    rng = R("T1")
    d = dt(2027, 5, 19, 10, 20, 0)
    m = M(rng, "謝佩君", "peichun.hsieh@ms28.hinet.net", d, "商機申訴－福星園藝機械（YL116-0518-027）",
          ("msa.hinet.net", ip(rng, 168, 95)))
    m["blocks"] = [
        "總部商機組 您好：\n\n敝公司客戶福星園藝機械反映一筆推播有問題，煩請判定是否不計入：\n\n"
        "一、商機編號：YL116-0518-027\n二、推播時間：116年5月18日（二）下午2:30\n三、客戶反映時間：同日晚上7點15分\n"
        "四、原因：需求者留的手機號碼是空號，撥了三次都是「您撥的號碼是空號」，應屬留錯電話。\n\n附上撥號畫面截圖一張。\n\n"
        "合作廠商：員林百果數位行銷有限公司\n客戶：員林福星園藝機械股份有限公司\n\n謝佩君 敬上\n百果數位 客服專員\n(04)833-5120 #205"]
    m["atts"] = [Att("撥號畫面.jpg", "image/jpeg", jpg(rng, rows=4, style="list"), "image/jpeg")]
    eml = kit15.hinet(m, rng)
    return m, eml, appeal(
        "traditional", "HiNet webmail (Big5; approximated)", "員林百果數位行銷有限公司", "員林福星園藝機械股份有限公司",
        ["YL116-0518-027"], iso(2027, 5, 18, 14, 30), iso(2027, 5, 18, 19, 15), 3,
        {"partner": trad_accept("員林百果數位行銷有限公司", "百果數位"), "client": trad_accept("員林福星園藝機械股份有限公司", "福星園藝機械")},
        {"pushed_at": ["116年5月18日（二）下午2:30"], "objected_at": ["同日晚上7點15分", "116年5月18日（二）下午2:30"],
         "reason_code": ["留錯電話"]},
        "HiNet webmail (Big5) from Yuanlin; numbered field lines ('一、' … '四、'); the date in the Minguo calendar with "
        "the weekday as a bare numeral ('116年5月18日（二）下午2:30' = 2027-05-18 14:30) and '同日晚上7點15分' - 4 h 45 min, "
        "inside 8 h; an id holding the Minguo year ('YL116-0518-027'); code 3 (an empty number, 留錯電話) with a JPEG; "
        "the office number and its extension are distractors.")


@entry
def T2():
    rng = R("T2")
    d = dt(2027, 5, 20, 15, 45, 0)
    m = M(rng, "蔡宗翰", "tsunghan.tsai@yunding-dm.com.tw", d, "金穗農機 合約彙總（請評估續約）",
          host_of(rng, "own", "mail.yunding-dm.com.tw"))
    m["blocks"] = [
        "總部您好：\n\n金穗農機的彙總資料如下，請協助評估續約方案。\n\n合作廠商：虎尾雲鼎數位科技有限公司\n客戶：虎尾金穗農機股份有限公司\n"
        "服務期間：民國115/06/01 至 116/05/31\n保障件數：240件\n目前已推播：158件\n\n"
        "客戶回饋：花生脫殼機、烘乾機的詢問大致精準，今年出了6台；少數是問代工烘焙的。\n"
        "續約：客戶已確認續約一年，希望維持原關鍵字。\n\n蔡宗翰\n雲鼎數位 (05)632-8817"]
    eml = kit7.outlook(m, rng, "zh-TW")
    return m, eml, dict(
        kind="summary", family="traditional", client="Outlook 16 (zh-TW)",
        fields=fields(partner="虎尾雲鼎數位科技有限公司", client="虎尾金穗農機股份有限公司", quota=240, pushed_count=158,
                      service_start="2026-06-01", service_end="2027-05-31"),
        accept={"partner": trad_accept("虎尾雲鼎數位科技有限公司", "雲鼎數位"), "client": trad_accept("虎尾金穗農機股份有限公司", "金穗農機")},
        renewal=True,
        source_text={"quota": ["保障件數：240件"], "pushed_count": ["已推播：158件"], "service_start": ["民國115/06/01"],
                     "service_end": ["116/05/31"]},
        notes="Outlook 16 zh-TW (Big5) from Huwei; the period in Minguo years with slashes ('民國115/06/01 至 116/05/31' = "
              "2026-06-01 … 2027-05-31); the counts with 件 ('保障件數：240件', '已推播：158件'); both triggers (66 %, 97 % of the "
              "period); '6台' and the phone number are distractors; renewal intended.")


@entry
def T3():
    rng = R("T3")
    d = dt(2027, 5, 20, 11, 30, 0)
    ids = ["HK27-0519-A11", "HK27-0519-A14", "HK27-0519-A15", "HK27-0519-A18", "HK27-0519-A20"]
    m = M(rng, "鄧凱琳", "karen.tang@hoibun-digital.com.hk", d, "利陞船舶 呢批lead嘅feedback同調整",
          host_of(rng, "own", "smtp.hoibun-digital.com.hk"))
    m["blocks"] = [
        "總部你好，\n\n利陞船舶話呢5單lead佢哋睇過晒：\n" + " / ".join(ids) + "\n"
        "A11、A15、A20 啱（問船用發電機同埋舷外機）；A14 唔啱，係想租遊艇；A18 唔啱，係賣船飛嘅旅行社。\n\n"
        "想調整吓：\n加關鍵字：船用發電機、舷外機維修設備\n減關鍵字：遊艇\n唔做：遊艇租賃、船飛\n推廣對象：船廠、船務公司\n\n"
        "合作商：鴨脷洲海濱數碼推廣有限公司\n客戶：鴨脷洲利陞船舶機械有限公司\n\nKaren 鄧凱琳\n海濱數碼 | 2873 6610"]
    eml = kit16.netvigator(m, rng)
    return m, eml, dict(
        kind="adjustment", family="traditional", client="Netvigator webmail (Big5-HKSCS; approximated)",
        fields=fields(partner="鴨脷洲海濱數碼推廣有限公司", client="鴨脷洲利陞船舶機械有限公司", lead_ids=ids, lead_count=5),
        accept={"partner": trad_accept("鴨脷洲海濱數碼推廣有限公司", "海濱數碼"), "client": trad_accept("鴨脷洲利陞船舶機械有限公司", "利陞船舶")},
        extra={"keywords_add": ["船用發電機", "舷外機維修設備"], "keywords_remove": ["遊艇"], "excluded_products": ["遊艇租賃", "船飛"],
               "audience": ["船廠", "船務公司"]},
        source_text={"lead_count": ["呢5單"]},
        notes="Netvigator webmail (Big5-HKSCS) from Ap Lei Chau, Cantonese with English words; five ids with a letter in "
              "the tail joined by ' / ' on one line; the count as '呢5單'; the verdicts name bare tails ('A11、A15、A20 啱') "
              "that are no ids; Cantonese proposals ('唔做'); the phone number is a distractor.")


@entry
def T4():
    rng = R("T4")
    d = dt(2027, 5, 20, 9, 30, 0)
    m = M(rng, "何志偉", "chiwai.ho@kaiming-media.hk", d, "申訴：TKT-190527-08（永發印刷機械）",
          host_of(rng, "own", "smtp.kaiming-media.hk"))
    m["blocks"] = [
        "總部你好，\n\n有單lead想申訴下：\n編號：TKT-190527-08\n尋日下晝3點10分推過嚟，客人尋晚8點同我講，佢打過去問過，對方話要買嘅係影印紙，"
        "同客人賣嘅印刷機完全唔同，即係所需產品同客人經營產品唔一致。\n\n"
        "合作商：大角咀啟明數碼媒體有限公司\n客戶：大角咀永發印刷機械有限公司\n\n何志偉\n啟明數碼"]
    eml = kit16.edison(m, rng)
    return m, eml, appeal(
        "traditional", "Edison Mail for iOS (approximated)", "大角咀啟明數碼媒體有限公司", "大角咀永發印刷機械有限公司",
        ["TKT-190527-08"], iso(2027, 5, 19, 15, 10), iso(2027, 5, 19, 20, 0), 5,
        {"partner": trad_accept("大角咀啟明數碼媒體有限公司", "啟明數碼"), "client": trad_accept("大角咀永發印刷機械有限公司", "永發印刷機械")},
        {"pushed_at": ["尋日下晝3點10分"], "objected_at": ["尋晚8點"], "reason_code": ["所需產品同客人經營產品唔一致"]},
        "Edison Mail (UTF-8) from Tai Kok Tsui, Cantonese; relative days in Cantonese ('尋日下晝3點10分' = yesterday 15:10, "
        "'尋晚8點' = last night 20:00, the mail is of 20 May) - 4 h 50 min, inside 8 h; code 5 in Cantonese "
        "('所需產品同客人經營產品唔一致'); an id with a day-first date ('TKT-190527-08'); no attachment.")


@entry
def T5():
    rng = R("T5")
    d = dt(2027, 5, 21, 16, 0, 0)
    m = M(rng, "黃詠欣", "wingyan.wong@aosan-digital.com.mo", d, "利豐食品機械 商機彙總反饋",
          host_of(rng, "own", "smtp.aosan-digital.com.mo"))
    m["blocks"] = [
        "總部你好：\n\n利豐食品機械份合約差唔多到期，彙總如下：\n合作商：筷子基澳新數碼科技有限公司\n客戶：筷子基利豐食品機械有限公司\n"
        "服務期：由2026年7月15日至2027年7月14日\n合約條數：200條\n到而家推咗一百二十六條，仲差七十四條\n\n"
        "客人意見：蛋卷機、焗爐嘅查詢幾好，今年做咗 MOP 35,000 嘅生意；有啲係問手信批發。\n續約：老闆話要再諗下，下個月先覆。\n\n"
        "黃詠欣 Wing\n澳新數碼 2822 6173"]
    eml = kit16.ctm(m, rng)
    return m, eml, dict(
        kind="summary", family="traditional", client="CTM webmail (Macau; approximated)",
        fields=fields(partner="筷子基澳新數碼科技有限公司", client="筷子基利豐食品機械有限公司", quota=200, pushed_count=126,
                      service_start="2026-07-15", service_end="2027-07-14"),
        accept={"partner": trad_accept("筷子基澳新數碼科技有限公司", "澳新數碼"), "client": trad_accept("筷子基利豐食品機械有限公司", "利豐食品機械")},
        renewal=None,
        source_text={"quota": ["合約條數：200條"], "pushed_count": ["推咗一百二十六條"], "service_start": ["2026年7月15日"],
                     "service_end": ["2027年7月14日"]},
        notes="CTM webmail from Fai Chi Kei, Macau, Cantonese; the pushed count in Chinese numerals ('推咗一百二十六條') next to "
              "what is left ('仲差七十四條', no value); both triggers (63 %, 85 % of the period); 'MOP 35,000' and the phone "
              "number are distractors; renewal undecided ('要再諗下').")


# ==========================================================================
# family: English and mixed-language writers (Taicang, Danyang, Yixing, Liyang, Rugao)
# ==========================================================================

@entry
def E1():
    rng = R("E1")
    d = dt(2027, 5, 18, 9, 10, 0)
    m = M(rng, "Wendy Lu", "wendy.lu@loujiang-dm.com", d, "Appeal: lead TC5-0517-0419 / Gangfeng Logistics Equipment",
          host_of(rng, "own", "mail.loujiang-dm.com"))
    m["blocks"] = [
        "Dear HQ,\n\nPlease review lead TC5-0517-0419 for our client Taicang Gangfeng Logistics Equipment "
        "(太仓港丰物流设备有限公司).\n\nPushed: 1410 hrs, 17 May\nClient objection: 1835 hrs, same day\n"
        "Reason: industry mismatch - the requester runs a travel agency and wanted to charter a coach, nothing to do "
        "with forklifts or conveyors.\n\nBest regards,\nWendy Lu\nTaicang Loujiang Digital Marketing Co., Ltd. "
        "(太仓娄江数字营销有限公司)\nTel +86 512 5357 2084 | Booth 5.2-C31"]
    eml = kit7.outlook(m, rng, "en-US")
    return m, eml, appeal(
        "english", "Outlook 16 (en-US)", "太仓娄江数字营销有限公司", "太仓港丰物流设备有限公司", ["TC5-0517-0419"],
        iso(2027, 5, 17, 14, 10), iso(2027, 5, 17, 18, 35), 4,
        {"partner": ["Taicang Loujiang Digital Marketing Co., Ltd."], "client": ["Taicang Gangfeng Logistics Equipment"]},
        {"pushed_at": ["1410 hrs, 17 May"], "objected_at": ["1835 hrs, same day", "1410 hrs, 17 May"],
         "reason_code": ["industry mismatch"]},
        "Outlook 16 en-US; English; four-digit clock times with 'hrs' before a day-month date ('1410 hrs, 17 May', "
        "'1835 hrs, same day') - 4 h 25 min, inside 8 h; code 4 ('industry mismatch'); no attachment; the phone number "
        "and the fair booth ('5.2-C31') are distractors.")


@entry
def E2():
    rng = R("E2")
    d = dt(2027, 5, 24, 14, 0, 0)
    m = M(rng, "Leo Zhang", "leo.zhang@yunyang-net.com", d, "Summary - Danyang Mingshi Optical Equipment",
          host_of(rng, "own", "mail.yunyang-net.com"))
    m["blocks"] = [
        "Hi team,\n\nSummary for Danyang Mingshi Optical Equipment (丹阳明视眼镜设备有限公司) below.\n\n"
        "- Service period: 1 Sep 2026 to 31 Aug 2027\n- Leads guaranteed: 500\n- Leads pushed so far: 312 (62.4%)\n\n"
        "Feedback: lens edging machine enquiries are accurate; they shipped 9 units this spring. Quite a few buyers "
        "only want finished glasses.\nProposal: exclude \"finished eyeglasses\", add \"自动磨边机\".\n"
        "Renewal: yes, they plan to renew for another year.\n\nCheers,\nLeo Zhang\n"
        "Danyang Yunyang Network Technology (丹阳云阳网络科技有限公司)"]
    eml = canary(m, rng)
    return m, eml, dict(
        kind="summary", family="english", client="Canary Mail for macOS (approximated)",
        fields=fields(partner="丹阳云阳网络科技有限公司", client="丹阳明视眼镜设备有限公司", quota=500, pushed_count=312,
                      service_start="2026-09-01", service_end="2027-08-31"),
        accept={"partner": ["Danyang Yunyang Network Technology"], "client": ["Danyang Mingshi Optical Equipment"]},
        renewal=True,
        source_text={"quota": ["Leads guaranteed: 500"], "pushed_count": ["Leads pushed so far: 312"],
                     "service_start": ["1 Sep 2026"], "service_end": ["31 Aug 2027"]},
        notes="Canary Mail (UTF-8 quoted-printable text + HTML); English bullet lines; day-month-year dates with "
              "abbreviated months ('1 Sep 2026 to 31 Aug 2027'); 'Leads guaranteed: 500', 'Leads pushed so far: 312 "
              "(62.4%)'; both triggers (62 %, 73 % of the period); '62.4%' and '9 units' are distractors; renewal intended.")


@entry
def E3():
    rng = R("E3")
    d = dt(2027, 5, 21, 10, 30, 0)
    ids = [f"YX-0520-{k:03d}" for k in range(31, 36)]
    m = M(rng, "Amy Shao", "amy.shao@jingxi-it.com", d, "Taodu Environmental - feedback on 5 leads", host_of(rng, "google"))
    m["blocks"] = [
        "Hello HQ,\n\nTaodu Environmental (宜兴陶都环保设备有限公司) went through leads YX-0520-031 through 035 (5 leads):\n"
        "031 - good, sludge dewatering press\n032 - good\n033 - bad, wants to hire a wastewater operator\n"
        "034 - good, asks about MBR membrane racks\n035 - bad, student project\n\n"
        "Changes we'd like:\n+ keywords: 污泥脱水机, MBR膜组件\n- keywords: 污水\nexclude: 污水处理运营服务, 环评咨询\n"
        "audience: 印染厂, 电镀厂\n\nAmy Shao\nYixing Jingxi IT (宜兴荆溪信息技术有限公司)"]
    eml = kit7.gmail(m, rng)
    return m, eml, dict(
        kind="adjustment", family="english", client="Gmail (Google Workspace)",
        fields=fields(partner="宜兴荆溪信息技术有限公司", client="宜兴陶都环保设备有限公司", lead_ids=ids, lead_count=5),
        accept={"partner": ["Yixing Jingxi IT"], "client": ["Taodu Environmental"]},
        extra={"keywords_add": ["污泥脱水机", "MBR膜组件"], "keywords_remove": ["污水"], "excluded_products": ["污水处理运营服务", "环评咨询"],
               "audience": ["印染厂", "电镀厂"]},
        source_text={"lead_ids": ["YX-0520-031 through 035"], "lead_count": ["5 leads"]},
        notes="Gmail; English; five ids as a range with 'through' and a bare last tail ('YX-0520-031 through 035' = "
              "YX-0520-031 … YX-0520-035); '5 leads'; proposals as '+ keywords:' / '- keywords:' lines; the verdict lines "
              "name bare tails (no new ids).")


@entry
def E4():
    rng = R("E4")
    d = datetime(2027, 5, 19, 9, 5, 0, tzinfo=timezone(timedelta(hours=2)))
    m = M(rng, "Eric Pan", "eric.pan@licheng-digital.com", d, "Appeal LY-0518-2263 (Tianmuhu Cable)",
          host_of(rng, "own", "mail.licheng-digital.com"))
    m["blocks"] = [
        "Hi HQ,\n\nI'm at a trade fair in Germany this week, so writing from my phone.\n\n"
        "Client: Liyang Tianmuhu Cable Equipment Co., Ltd. (溧阳天目湖电缆设备有限公司)\nLead ID: LY-0518-2263\n"
        "Pushed: May 18, 10:05 (Beijing time)\nObjection: May 18, 15:40 (Beijing time)\n"
        "Reason: competitor. The caller admitted he works for another cable machinery maker and was only collecting "
        "quotes. Call recording attached.\n\nEric Pan\nLiyang Licheng Digital Technology (溧阳溧城数字科技有限公司)"]
    m["atts"] = [Att("call_0518.m4a", "audio/mp4", m4a(rng, 11), "audio/mp4")]
    m["segments"] = [m["blocks"][0] + "\n", m["atts"][0], "\nSent from my iPhone"]
    eml = kit7.iphone(m, rng)
    stamp = b"Wed, 19 May 2027 09:05:06 +0200 (CST)"  # the receiving server stamps its own zone
    assert eml.count(stamp) == 1
    eml = eml.replace(stamp, b"Wed, 19 May 2027 15:05:06 +0800 (CST)")
    return m, eml, appeal(
        "english", "iPhone Mail", "溧阳溧城数字科技有限公司", "溧阳天目湖电缆设备有限公司", ["LY-0518-2263"],
        iso(2027, 5, 18, 10, 5), iso(2027, 5, 18, 15, 40), 1,
        {"partner": ["Liyang Licheng Digital Technology"], "client": ["Liyang Tianmuhu Cable Equipment Co., Ltd."]},
        {"pushed_at": ["May 18, 10:05 (Beijing time)"], "objected_at": ["May 18, 15:40 (Beijing time)"],
         "reason_code": ["competitor"]},
        "iPhone Mail sent from Germany: the Date header is in +0200 (09:05 local = 15:05 Beijing time) while the times "
        "are written in Beijing time ('May 18, 10:05 (Beijing time)', 'May 18, 15:40 (Beijing time)') - 5 h 35 min, "
        "inside 8 h; code 1 ('competitor') with an M4A call recording.")


@entry
def E5():
    rng = R("E5")
    d = dt(2027, 5, 21, 15, 20, 0)
    m = M(rng, "Kevin Chen 陈凯", "kevin.chen@shuihui-net.com", d, "lead RG0521-0716 appeal pls", host_of(rng, "own", "mail.shuihui-net.com"))
    m["blocks"] = [
        "Hi 总部,\n\nlead RG0521-0716 need appeal pls.\npush time: 5/21 AM 9:40\nclient feedback time: PM 1:55 same day\n"
        "reason: the phone number buyer leave is wrong, call it is a hair salon, not any company want machine.\n\n"
        "partner: 如皋水绘网络科技有限公司\nclient: 如皋寿乡园林机械有限公司\n\nKevin Chen 陈凯\nmob 138 1216 5097"]
    eml = kit11.spark(m, rng)
    return m, eml, appeal(
        "english", "Spark (approximated)", "如皋水绘网络科技有限公司", "如皋寿乡园林机械有限公司", ["RG0521-0716"],
        iso(2027, 5, 21, 9, 40), iso(2027, 5, 21, 13, 55), 3, {},
        {"pushed_at": ["5/21 AM 9:40"], "objected_at": ["PM 1:55 same day", "5/21 AM 9:40"],
         "reason_code": ["the phone number buyer leave is wrong"]},
        "Spark (UTF-8 quoted-printable); Chinglish; AM / PM written before the clock ('5/21 AM 9:40', 'PM 1:55 same day') "
        "- 4 h 15 min, inside 8 h; code 3 (a wrong number: a hair salon); no attachment; the mobile number is a "
        "distractor.")


# ==========================================================================
# family: dates and times (Shouguang, Qufu, Xintai, Feicheng, Zoucheng)
# ==========================================================================

@entry
def D1():
    rng = R("D1")
    d = dt(2027, 5, 20, 10, 40, 0)
    m = M(rng, "孙丽丽", "sunlili_sg@yeah.net", d, "商机申诉 绿源温室 SG-0518-3307", host_of(rng, "163"))
    m["blocks"] = [
        "总部好：\n\n前天的一条商机，客户拖到今天才让我报，麻烦看一下。\n商机编号：SG-0518-3307\n推送：前天下午四点二十\n客户反馈：当晚九点\n"
        "原因：对方留的微信号搜不到，添加好友一直提示“对方账号异常”，属于微信加不上。截图附后。\n\n"
        "合作商：寿光菜乡网络科技有限公司\n客户：寿光绿源温室设备有限公司\n孙丽丽 136 8536 2219"]
    m["atts"] = [Att("微信添加失败.png", "image/png", png(rng, rows=3, style="search"), "image/png")]
    eml = kit13.coremail_yeah(m, rng)
    return m, eml, appeal(
        "dates", "yeah.net webmail (Coremail)", "寿光菜乡网络科技有限公司", "寿光绿源温室设备有限公司", ["SG-0518-3307"],
        iso(2027, 5, 18, 16, 20), iso(2027, 5, 18, 21, 0), 2, {"client": ["绿源温室"]},
        {"pushed_at": ["前天下午四点二十"], "objected_at": ["当晚九点", "前天下午四点二十"], "reason_code": ["微信加不上"]},
        "yeah.net webmail (GBK); the day before yesterday ('前天下午四点二十' = 18 May 16:20, the mail is of 20 May) and "
        "'当晚九点' (21:00) - 4 h 40 min, inside 8 h; '今天' is only when the partner reports; code 2 with a PNG; the phone "
        "number is a distractor.")


@entry
def D2():
    rng = R("D2")
    d = dt(2027, 5, 19, 14, 10, 0)
    m = M(rng, "孔祥云", "kongxiangyun@queli-net.com", d, "商机申诉 尼山石雕机械 QF20270517-044", host_of(rng, "own", "mail.queli-net.com"))
    m["blocks"] = [
        "总部：\n\n本周一上午十点半推的商机 QF20270517-044，客户周一下午两点就提出异议了，我这边忙展会今天才报。\n"
        "对方要的是石雕成品（狮子摆件），客户是做石材雕刻机的，所需产品与客户经营的产品不一致。\n\n"
        "合作商：曲阜阙里网络科技有限公司\n客户：曲阜尼山石雕机械有限公司\n孔祥云"]
    eml = kit13.flashmail(m, rng)
    return m, eml, appeal(
        "dates", "NetEase Flash Mail (approximated)", "曲阜阙里网络科技有限公司", "曲阜尼山石雕机械有限公司", ["QF20270517-044"],
        iso(2027, 5, 17, 10, 30), iso(2027, 5, 17, 14, 0), 5, {"client": ["尼山石雕机械"]},
        {"pushed_at": ["本周一上午十点半"], "objected_at": ["周一下午两点", "本周一上午十点半"],
         "reason_code": ["所需产品与客户经营的产品不一致"]},
        "NetEase Flash Mail (GBK quoted-printable); a weekday of this week ('本周一上午十点半' = Monday 17 May 10:30, the "
        "mail is of Wednesday 19 May) and '周一下午两点' (14:00) - 3 h 30 min, inside 8 h; code 5; no attachment.")


@entry
def D3():
    rng = R("D3")
    d = dt(2027, 5, 25, 11, 0, 0)
    m = M(rng, "刘建华", "liujianhua@pingyang-net.com", d, "青云矿山机械 商机汇总反馈", host_of(rng, "own", "mail.pingyang-net.com"))
    m["blocks"] = [
        "总部您好：\n\n青云矿山机械服务期快满了，汇总如下：\n合作商：新泰平阳网络科技有限公司\n客户：新泰青云矿山机械有限公司\n"
        "服务期：去年6月10日到今年6月9日\n合同条数：300条\n已推送：165条\n\n"
        "情况：液压支架、刮板机的询盘还可以，问煤炭买卖的偏多；成交3台。\n续费：客户今年资金紧，不打算续了。\n\n刘建华 0538-725 6610"]
    eml = kit7.outlook(m, rng, "zh-CN")
    return m, eml, dict(
        kind="summary", family="dates", client="Outlook 16 (zh-CN)",
        fields=fields(partner="新泰平阳网络科技有限公司", client="新泰青云矿山机械有限公司", quota=300, pushed_count=165,
                      service_start="2026-06-10", service_end="2027-06-09"),
        accept={"client": ["青云矿山机械"]}, renewal=False,
        source_text={"quota": ["合同条数：300条"], "pushed_count": ["已推送：165条"], "service_start": ["去年6月10日"],
                     "service_end": ["今年6月9日"]},
        notes="Outlook 16 zh-CN; the period by relative years ('去年6月10日到今年6月9日' in a mail of 2027 = 2026-06-10 … "
              "2027-06-09); the time trigger only (55 % of the leads, 96 % of the period); '3台' and the phone number are "
              "distractors; renewal declined.")


@entry
def D4():
    rng = R("D4")
    d = dt(2027, 5, 24, 9, 0, 0)
    m = M(rng, "尹志强", "yinzhiqiang@126.com", d, "转发：佛桃食品机械 商机有问题 FC-0523-0158", host_of(rng, "126"))
    qhead = ("-------- 转发邮件信息 --------\n发件人：\"佛桃食品机械 李春生\" <lichunsheng@fotao-food.com>\n"
             "发送日期：2027-05-23 17:36:12\n收件人：yinzhiqiang@126.com\n主题：商机有问题 FC-0523-0158")
    qbody = ("小尹：\n编号FC-0523-0158这条，推送：2027.5.23 中午12:40，我们当天下午5点半已经打电话跟你反映过：对方是物流公司招司机的，"
             "跟食品机械不是一个行业。麻烦帮我们申诉。\n李春生")
    m["blocks"] = ["总部您好：\n\n客户的反馈转给总部，请按申诉处理。\n合作商：肥城桃都网络科技有限公司\n客户：肥城佛桃食品机械有限公司\n\n尹志强\n",
                   Quote("\n" + qhead + "\n\n" + qbody, qhead, qbody)]
    eml = kit7.coremail(m, rng, "126")
    return m, eml, appeal(
        "dates", "126 webmail (Coremail)", "肥城桃都网络科技有限公司", "肥城佛桃食品机械有限公司", ["FC-0523-0158"],
        iso(2027, 5, 23, 12, 40), iso(2027, 5, 23, 17, 30), 4, {"client": ["佛桃食品机械"]},
        {"pushed_at": ["2027.5.23 中午12:40"], "objected_at": ["当天下午5点半", "2027.5.23 中午12:40"], "reason_code": ["不是一个行业"]},
        "126 webmail (GBK) forwarding the client's own mail ('转发：'): the id, the times and the reason are only in the "
        "forwarded part; a dotted date and 中午 before the clock ('2027.5.23 中午12:40' = 12:40 on a Sunday) and "
        "'当天下午5点半' (17:30) - 4 h 50 min, inside 8 h; code 4 ('不是一个行业'); the forward header's 17:36 is no time; "
        "no attachment.")


@entry
def D5():
    rng = R("D5")
    d = dt(2027, 5, 24, 10, 15, 0)
    m = M(rng, "颜红梅", "yanhongmei@mengfu-net.com", d, "周末积压的一条申诉（峄山矿用设备）", host_of(rng, "own", "mail.mengfu-net.com"))
    m["blocks"] = [
        "总部您好：\n\n上周五傍晚6点10分推送的商机 ZC-0521-0932，客户周末没上班，今天早上8点50分才看到并反馈："
        "对方留的是个人电话，不是企业，说是帮亲戚随便问问。\n我们知道已超过8小时，还是请总部酌情判定。\n\n"
        "合作商：邹城孟府网络科技有限公司\n客户：邹城峄山矿用设备有限公司\n颜红梅"]
    eml = kit16.geary(m, rng)
    return m, eml, appeal(
        "dates", "Geary (approximated)", "邹城孟府网络科技有限公司", "邹城峄山矿用设备有限公司", ["ZC-0521-0932"],
        iso(2027, 5, 21, 18, 10), iso(2027, 5, 24, 8, 50), 3, {"client": ["峄山矿用设备"]},
        {"pushed_at": ["上周五傍晚6点10分"], "objected_at": ["今天早上8点50分"], "reason_code": ["个人电话，不是企业"]},
        "Geary (UTF-8 quoted-printable, format=flowed); a push on Friday evening of last week ('上周五傍晚6点10分' = 21 May "
        "18:10, the mail is of Monday 24 May) and '今天早上8点50分' - 62 h 40 min, outside 8 h (the partner says so); "
        "code 3 (an individual's phone); no attachment; '8小时' is no time.")


# ==========================================================================
# family: numbers and id shorthand (Gongyi, Changge, Yuzhou, Yanshi, Linzhou)
# ==========================================================================

@entry
def N1():
    rng = R("N1")
    d = dt(2027, 5, 26, 10, 0, 0)
    m = M(rng, "杨洁", "yangjie@heluo-net.com", d, "嵩岳耐材 商机汇总反馈", host_of(rng, "own", "mail.heluo-net.com"))
    m["blocks"] = [
        "总部您好：\n\n嵩岳耐材的汇总反馈：\n合作商：巩义河洛网络科技有限公司\n客户：巩义嵩岳耐火材料机械有限公司\n"
        "服务期：2026年8月1日—2027年7月31日\n合同总量：两百四十条\n已推送：一百五十六条\n\n"
        "分析：压砖机、混砂机询盘精准，成交5台；问耐火砖成品的较多。\n方案：排除“耐火砖批发”，新增“全自动压砖机”。\n续费：客户同意续费。\n\n杨洁"]
    eml = kit16.wo_mail(m, rng)
    return m, eml, dict(
        kind="summary", family="numbers", client="Wo Mail webmail (China Unicom; approximated)",
        fields=fields(partner="巩义河洛网络科技有限公司", client="巩义嵩岳耐火材料机械有限公司", quota=240, pushed_count=156,
                      service_start="2026-08-01", service_end="2027-07-31"),
        accept={"client": ["嵩岳耐材"]}, renewal=True,
        source_text={"quota": ["合同总量：两百四十条"], "pushed_count": ["已推送：一百五十六条"], "service_start": ["2026年8月1日"],
                     "service_end": ["2027年7月31日"]},
        notes="Wo Mail (GB18030 base64); both counts in Chinese numerals, the quota with the colloquial 两 ('两百四十条' = "
              "240, '一百五十六条' = 156); both triggers (65 %, 82 % of the period); '5台' is a distractor; renewal intended.")


@entry
def N2():
    rng = R("N2")
    d = dt(2027, 5, 20, 16, 30, 0)
    ids = [f"CG-0519-{k:03d}" for k in (21, 22, 25, 26, 30)]
    m = M(rng, "翟晓丽", "zhaixiaoli@jundu-net.com", d, "鑫源再生 本批商机调整反馈", host_of(rng, "own", "mail.jundu-net.com"))
    m["blocks"] = [
        "总部好：\n\n长葛鑫源本批商机 CG-0519-021/022/025/026/030，共五条，客户意见：\n021 精准，问铝屑打包机\n022 精准\n"
        "025 不精准，要卖废铝\n026 精准，问破碎机\n030 不精准，个人收废品\n\n"
        "调整：\n加关键词：铝屑打包机、金属破碎机\n删关键词：废铝\n不做：废品回收、废铝收购\n对象：再生资源企业\n\n"
        "合作商：长葛钧都网络科技有限公司\n客户：长葛鑫源再生资源设备有限公司\n翟晓丽"]
    eml = kit13.evolution(m, rng)
    return m, eml, dict(
        kind="adjustment", family="numbers", client="GNOME Evolution (approximated)",
        fields=fields(partner="长葛钧都网络科技有限公司", client="长葛鑫源再生资源设备有限公司", lead_ids=ids, lead_count=5),
        accept={"client": ["长葛鑫源"]},
        extra={"keywords_add": ["铝屑打包机", "金属破碎机"], "keywords_remove": ["废铝"], "excluded_products": ["废品回收", "废铝收购"],
               "audience": ["再生资源企业"]},
        source_text={"lead_ids": ["CG-0519-021/022/025/026/030"], "lead_count": ["共五条"]},
        notes="Evolution (UTF-8 quoted-printable); five ids as one id and further tails joined by slashes "
              "('CG-0519-021/022/025/026/030'); the count in a numeral ('共五条'); the verdict lines name bare tails.")


@entry
def N3():
    rng = R("N3")
    d = dt(2027, 5, 20, 8, 45, 0)
    m = M(rng, "郭红艳", "guohongyan@junci-net.com", d, "商机申诉 神垕陶瓷机械 YZ-0519-0287", host_of(rng, "own", "mail.junci-net.com"))
    m["blocks"] = [
        "总部：\n\n商机编号：YZ-0519-0287\n推送时间：5月19日15点整\n客户提出异议：5月19日二十一点四十\n"
        "申诉理由：对方要采购的是医疗器械，与客户的陶瓷机械行业不符，按判定标准第四条。\n\n"
        "合作商：禹州钧瓷网络科技有限公司\n客户：禹州神垕陶瓷机械有限公司\n\n郭红艳 0374-822 3101"]
    eml = kit15.squirrel(m, rng)
    return m, eml, appeal(
        "numbers", "SquirrelMail (approximated)", "禹州钧瓷网络科技有限公司", "禹州神垕陶瓷机械有限公司", ["YZ-0519-0287"],
        iso(2027, 5, 19, 15, 0), iso(2027, 5, 19, 21, 40), 4, {"client": ["神垕陶瓷机械"]},
        {"pushed_at": ["5月19日15点整"], "objected_at": ["5月19日二十一点四十"], "reason_code": ["判定标准第四条"]},
        "SquirrelMail (declared gb2312, 8bit GB18030); 24-hour clock times, one in digits with 整 ('15点整') and one in "
        "Chinese numerals ('二十一点四十' = 21:40) - 6 h 40 min, inside 8 h; code 4 by the criterion number in a numeral "
        "('第四条') agreeing with '行业不符'; no attachment.")


@entry
def N4():
    rng = R("N4")
    d = dt(2027, 5, 21, 9, 40, 0)
    ids = [f"YS-2705-{k:03d}" for k in (11, 13, 14, 16, 17, 19, 20, 22, 23, 25)]
    m = M(rng, "周晓红", "zhouxiaohong@erlitou-net.com", d, "伊洛针织机械 十条商机反馈", host_of(rng, "own", "mail.erlitou-net.com"))
    m["blocks"] = [
        "总部您好：\n\n伊洛针织机械上周这十条商机：" + "，".join(ids) + "，客户逐条看过，7条精准，3条不精准（014问针织衫，019是个人，023是同行）。\n"
        "调整建议：加“电脑针织横机”“圆机”，删“针织”；不做针织成品；推广对象：毛织厂、针织厂。\n\n"
        "合作商：偃师二里头网络科技有限公司\n客户：偃师伊洛针织机械有限公司\n\n周晓红"]
    eml = kit12.claws(m, rng)
    return m, eml, dict(
        kind="adjustment", family="numbers", client="Claws Mail (approximated)",
        fields=fields(partner="偃师二里头网络科技有限公司", client="偃师伊洛针织机械有限公司", lead_ids=ids, lead_count=10),
        accept={"client": ["伊洛针织机械"]},
        extra={"keywords_add": ["电脑针织横机", "圆机"], "keywords_remove": ["针织"], "excluded_products": ["针织成品"],
               "audience": ["毛织厂", "针织厂"]},
        source_text={"lead_count": ["这十条"]},
        notes="Claws Mail (GB18030 quoted-printable); ten ids inline in a sentence, joined by full-width commas; the count "
              "in a numeral ('这十条'); '7条精准，3条不精准' and the bare tails in parentheses are no count and no ids.")


@entry
def N5():
    rng = R("N5")
    d = dt(2027, 5, 26, 15, 0, 0)
    m = M(rng, "申红霞", "shenhongxia@hongqiqu-net.com", d, "太行建机 商机汇总", host_of(rng, "own", "mail.hongqiqu-net.com"))
    m["blocks"] = [
        "总部您好：\n\n太行建机汇总：\n合作商：林州红旗渠网络科技有限公司\n客户：林州太行建筑机械有限公司\n合同量：首期120条＋追加80条\n"
        "已推138条\n服务期：2026.9.1-2027.8.31\n\n情况：塔吊、施工升降机询盘精准，成交2台；有些是问租赁的。\n建议：排除“塔吊租赁”。\n"
        "续费：客户确定续费，希望单价优惠一些。\n\n申红霞"]
    eml = kit16.postbox(m, rng)
    return m, eml, dict(
        kind="summary", family="numbers", client="Postbox (approximated)",
        fields=fields(partner="林州红旗渠网络科技有限公司", client="林州太行建筑机械有限公司", quota=200, pushed_count=138,
                      service_start="2026-09-01", service_end="2027-08-31"),
        accept={"client": ["太行建机"]}, renewal=True,
        source_text={"quota": ["首期120条＋追加80条"], "pushed_count": ["已推138条"], "service_start": ["2026.9.1"],
                     "service_end": ["2027.8.31"]},
        notes="Postbox (UTF-8 8bit); the quota as the sum of two contract phases ('首期120条＋追加80条' = 200, a full-width "
              "plus); a dotted period with a hyphen; both triggers (69 %, 73 % of the period); '2台' is a distractor; "
              "renewal intended.")


# ==========================================================================
# family: filled forms (.docx / .xlsx) (Liling, Liuyang, Ningxiang, Xiangxiang, Youxian)
# ==========================================================================

@entry
def F1():
    rng = R("F1")
    d = dt(2027, 5, 18, 17, 20, 0)
    cells = {"A1": "商机申诉书", "A2": "合作商", "B2": "醴陵瓷城网络科技有限公司", "A3": "客户", "B3": "醴陵华瓷窑炉设备有限公司",
             "A4": "商机编号", "B4": "LL-0518-0062", "A5": "推送时间", "B5": local(2027, 5, 18, 10, 25),
             "A6": "客户异议时间", "B6": local(2027, 5, 18, 16, 5), "A7": "判定标准（填序号）", "B7": 3,
             "A8": "情况说明", "B8": "对方留的电话是一家花店，店主不认识这个人。", "A9": "附件", "B9": "通话截图"}
    book = xlsx16("易芳", "2027-05-18T09:00:00Z", [{"title": "申诉书", "cells": cells, "merges": ["A1:B1"],
                                                   "widths": {"A": 20, "B": 40}}])
    m = M(rng, "易芳", "yifang@cicheng-net.com", d, "华瓷窑炉 商机申诉", host_of(rng, "own", "mail.cicheng-net.com"))
    m["blocks"] = ["总部您好：\n\n申诉书（Excel）和截图见附件。\n\n易芳\n瓷城网络"]
    m["atts"] = [Att("申诉书-华瓷窑炉.xlsx", "application/octet-stream", book, CT_XLSX),
                 Att("通话截图.png", "image/png", png(rng, rows=4, style="list"), "image/png")]
    eml = kit7.foxmail(m, rng, "GBK")
    return m, eml, appeal(
        "forms", "Foxmail 7.2", "醴陵瓷城网络科技有限公司", "醴陵华瓷窑炉设备有限公司", ["LL-0518-0062"],
        iso(2027, 5, 18, 10, 25), iso(2027, 5, 18, 16, 5), 3, {"partner": ["瓷城网络"], "client": ["华瓷窑炉"]},
        {"pushed_at": ["2027-05-18 10:25"], "objected_at": ["2027-05-18 16:05"], "reason_code": ["判定标准（填序号） 3"]},
        "Foxmail (GBK) with an appeal form as an .xlsx declared application/octet-stream: label / value cells, the times as "
        "date-time cells, the criterion as a number cell after '判定标准（填序号）' (3, agreeing with the description) - "
        "5 h 40 min, inside 8 h; PNG screenshot.")


@entry
def F2():
    rng = R("F2")
    d = dt(2027, 5, 20, 11, 0, 0)
    ids = ["LYH-0519-101", "LYH-0519-104", "LYH-0519-105", "LYH-0519-108", "LYH-0519-109"]
    cells = {"A1": "商机调整反馈（本批5条）", "A2": "合作商", "B2": "浏阳河网络科技有限公司", "A3": "客户", "B3": "浏阳红日烟花机械有限公司",
             "A4": "商机编号", "B4": "\n".join(ids), "A5": "客户反馈", "B5": "101、105、109精准；104要买烟花成品；108是个人",
             "A6": "新增关键词", "B6": "烟花组装机、引线机", "A7": "删除关键词", "B7": "烟花", "A8": "不做产品", "B8": "烟花爆竹成品",
             "A9": "推广对象", "B9": "烟花厂"}
    book = xlsx16("汤敏", "2027-05-20T02:30:00Z", [{"title": "调整反馈", "cells": cells, "merges": ["A1:B1"],
                                                   "widths": {"A": 14, "B": 44}}])
    m = M(rng, "汤敏", "tangmin@liuyanghe-net.com", d, "红日烟花机械 调整反馈", host_of(rng, "own", "mail.liuyanghe-net.com"))
    m["blocks"] = ["总部好：\n\n红日烟花机械本批的调整反馈表见附件。\n\n汤敏"]
    m["atts"] = [Att("调整反馈-红日烟花.xlsx", CT_XLSX, book, CT_XLSX)]
    eml = kit14.outlook_express(m, rng)
    return m, eml, dict(
        kind="adjustment", family="forms", client="Outlook Express 6 (approximated)",
        fields=fields(partner="浏阳河网络科技有限公司", client="浏阳红日烟花机械有限公司", lead_ids=ids, lead_count=5),
        accept={"client": ["红日烟花机械"]},
        extra={"keywords_add": ["烟花组装机", "引线机"], "keywords_remove": ["烟花"], "excluded_products": ["烟花爆竹成品"],
               "audience": ["烟花厂"]},
        source_text={"lead_count": ["本批5条"]},
        notes="Outlook Express (gb2312) with an .xlsx whose five ids are in one cell, one a line (Alt+Enter); the count in "
              "the title ('本批5条'); the feedback cell names bare tails (no new ids).")


@entry
def F3():
    rng = R("F3")
    d = dt(2027, 5, 25, 16, 10, 0)
    form = docx_two("龙婷", "2027-05-25T07:40:00Z", "商机汇总反馈表", [
        [["合作商", "宁乡沩山网络科技有限公司"], ["客户", "宁乡沩水食品机械有限公司"], ["服务开始", "2026-06-20"], ["服务结束", "2027-06-19"]],
        [["合同条数", "已推送", "占比"], ["200", "118", "59%"]]],
        between=["推送情况："],
        after=["客户情况：腊肉烘烤设备询盘精准，问腊肉成品的不少。", "解决方案：排除“腊肉批发”，新增“烟熏炉”。", "续费意向：客户同意续费。"])
    m = M(rng, "龙婷", "longting@weishan-net.com", d, "沩水食品机械 汇总反馈表", host_of(rng, "own", "mail.weishan-net.com"))
    m["blocks"] = ["总部您好：\n\n沩水食品机械的汇总反馈表见附件，请查收。\n\n龙婷\n沩山网络"]
    m["atts"] = [Att("汇总反馈表-沩水食品机械.docx", CT_DOCX, form, CT_DOCX)]
    eml = kit16.kmail(m, rng)
    return m, eml, dict(
        kind="summary", family="forms", client="KMail (approximated)",
        fields=fields(partner="宁乡沩山网络科技有限公司", client="宁乡沩水食品机械有限公司", quota=200, pushed_count=118,
                      service_start="2026-06-20", service_end="2027-06-19"),
        accept={"partner": ["沩山网络"], "client": ["沩水食品机械"]}, renewal=True,
        source_text={"quota": ["合同条数 已推送 占比\n200"], "pushed_count": ["118"], "service_start": ["2026-06-20"],
                     "service_end": ["2027-06-19"]},
        notes="KMail with a Word form of two tables: the names and the period as label / value rows, then the counts laid "
              "across (a header row and one value row: 200 / 118 / 59%); the time trigger only (59 % of the leads, 93 % "
              "of the period); '59%' is a distractor; renewal intended.")


@entry
def F4():
    rng = R("F4")
    d = dt(2027, 5, 20, 15, 0, 0)
    grid = [["合作商", "湘乡东山网络科技有限公司"], ["客户", "湘乡龙洞铸造机械有限公司"], ["商机编号", "XS-0520-0311"],
            ["推送时间", "5.20 9:05"], ["客户异议时间", "5.20 13:30"], ["判定标准", "②（微信加不上）"],
            ["情况说明", "对方微信号设置了不允许搜索添加，电话也打不通。"]]
    form = kit7.docx_form("谭卫东", "2027-05-20T06:20:00Z", "商机申诉书", grid)
    m = M(rng, "谭卫东", "tanweidong@dongshan-net.com", d, "龙洞铸造机械 申诉书", host_of(rng, "own", "mail.dongshan-net.com"))
    m["blocks"] = ["总部您好：\n\n申诉书和微信截图附上，请判定。\n\n谭卫东 东山网络"]
    m["atts"] = [Att("申诉书.docx", CT_DOCX, form, CT_DOCX),
                 Att("微信截图.jpg", "image/jpeg", jpg(rng, rows=3, style="search"), "image/jpeg")]
    eml = alimail_pc(m, rng)
    return m, eml, appeal(
        "forms", "AliMail PC client (approximated)", "湘乡东山网络科技有限公司", "湘乡龙洞铸造机械有限公司", ["XS-0520-0311"],
        iso(2027, 5, 20, 9, 5), iso(2027, 5, 20, 13, 30), 2, {"partner": ["东山网络"], "client": ["龙洞铸造机械"]},
        {"pushed_at": ["5.20 9:05"], "objected_at": ["5.20 13:30"], "reason_code": ["②（微信加不上）"]},
        "AliMail PC client (GB18030 base64) with a Word form; year-less dotted month.day dates before the clock "
        "('5.20 9:05', '5.20 13:30') - 4 h 25 min, inside 8 h; the criterion as a circled numeral ('②（微信加不上）', code 2); "
        "JPEG screenshot.")


@entry
def F5():
    rng = R("F5")
    d = dt(2027, 5, 21, 14, 20, 0)
    ids = [f"YX2705-{k:04d}" for k in (201, 202, 204, 207, 208, 210, 213, 215, 216, 219)]
    marks = ["精准", "精准", "不精准", "精准", "不精准", "精准", "精准", "不精准", "精准", "不精准"]
    notes = ["问剥壳机", "", "买茶油", "问榨油机", "个人", "", "烘干机", "同行", "", "招聘"]
    grid = [["商机编号", "判断", "备注"]] + [[ids[i], marks[i], notes[i]] for i in range(10)] + [["合计", "10条", "精准6条，不精准4条"]]
    form = kit7.docx_form("彭丽华", "2027-05-21T05:50:00Z", "商机调整反馈表", grid,
                          paras_before=["合作商：攸县湘东网络科技有限公司", "客户：攸县酒仙湖油茶机械有限公司"],
                          paras_after=["建议：新增关键词“油茶剥壳机”“榨油机”；删除关键词“茶油”；不做产品：茶油成品；推广对象：油茶合作社、榨油厂。"])
    m = M(rng, "彭丽华", "penglihua@xiangdong-net.com", d, "酒仙湖油茶机械 调整反馈", host_of(rng, "own", "mail.xiangdong-net.com"))
    m["blocks"] = ["总部好，\n附件是酒仙湖油茶机械这10条的反馈表。\n彭丽华"]
    m["atts"] = [Att("调整反馈表.docx", CT_DOC, form, CT_DOCX)]
    eml = kit10.roundcube(m, rng)
    return m, eml, dict(
        kind="adjustment", family="forms", client="Roundcube Webmail (approximated)",
        fields=fields(partner="攸县湘东网络科技有限公司", client="攸县酒仙湖油茶机械有限公司", lead_ids=ids, lead_count=10),
        accept={"client": ["酒仙湖油茶机械"]},
        extra={"keywords_add": ["油茶剥壳机", "榨油机"], "keywords_remove": ["茶油"], "excluded_products": ["茶油成品"],
               "audience": ["油茶合作社", "榨油厂"]},
        source_text={"lead_count": ["这10条"]},
        notes="Roundcube with a Word form declared application/msword (an .docx by its bytes and name); ten ids in a table "
              "with a '合计' row ('10条'; '精准6条，不精准4条' is no count); partner and client in paragraphs above the table.")


# ==========================================================================
# family: mail that is none of the three requests (Dujiangyan, Pengzhou, Chongzhou, Qionglai, Jianyang,
# Shifang, Guanghan, Jiangyou)
# ==========================================================================

@entry
def U1():
    rng = R("U1")
    d = dt(2027, 5, 24, 15, 30, 0)
    m = M(rng, "罗晓琴", "luoxiaoqin@lidui-net.com", d, "请教：夜间推送的商机，8小时从什么时候算？", host_of(rng, "own", "mail.lidui-net.com"))
    m["blocks"] = ["总部老师好：\n\n想确认一下规则：如果商机是晚上11点推送的，客户第二天早上9点才看到，8小时是从推送时算，"
                   "还是从第二天上班算？另外周末推送的商机怎么处理？我们好统一跟客户解释。\n\n谢谢！\n罗晓琴\n都江堰离堆网络科技有限公司"]
    eml = kit7.outlook(m, rng, "zh-CN")
    return m, eml, unknown("question", "Outlook 16 (zh-CN)",
                           "Outlook 16 zh-CN: a known partner asks from when the 8 hours run for leads pushed at night and "
                           "at weekends - unknown (question); the times are no fields.")


@entry
def U2():
    rng = R("U2")
    d = dt(2027, 5, 21, 10, 0, 0)
    grid = [["客户名称", "彭州天府蔬菜加工机械有限公司"], ["联系人", "付建军 139 8012 6637"], ["合同条数", "180条"],
            ["服务期", "2027年6月1日至2028年5月31日"], ["主营产品", "蔬菜清洗机、切菜机、脱水机"], ["不做产品", "蔬菜批发、净菜配送"]]
    form = kit7.docx_form("何丹", "2027-05-21T01:30:00Z", "新客户开户信息表", grid)
    m = M(rng, "何丹", "hedan@tianpeng-net.com", d, "新签客户开户资料（天府蔬菜加工机械）", host_of(rng, "own", "mail.tianpeng-net.com"))
    m["blocks"] = ["总部您好：\n\n新签了一家客户，6月1日开始服务，开户信息表见附件，麻烦开通后台并安排关键词上线。\n\n何丹\n彭州天彭网络科技有限公司"]
    m["atts"] = [Att("开户信息表.docx", CT_DOCX, form, CT_DOCX)]
    eml = kit9.mac_outlook(m, rng)
    return m, eml, unknown("onboarding", "Outlook for Mac (approximated)",
                           "Outlook for Mac with a new client's account-opening sheet (.docx: quota, period, products) - "
                           "unknown (onboarding), not a summary; no fields.")


@entry
def U3():
    rng = R("U3")
    d = dt(2027, 5, 19, 16, 45, 0)
    m = M(rng, "王雪", "wangxue_cz@163.com", d, "电子发票抬头有误，申请重开", host_of(rng, "163"))
    m["blocks"] = ["总部财务您好：\n\n5月12日开给我司的电子发票（发票号码：24512000000038817，金额12,600元）抬头少了“有限”两个字，"
                   "正确抬头：崇州文井江网络科技有限公司，税号：91510184MA6CX7Q21K。麻烦作废重开，谢谢！\n\n王雪"]
    eml = kit7.coremail(m, rng, "163")
    return m, eml, unknown("invoice", "163 webmail (Coremail)",
                           "163 webmail: a request to re-issue an electronic invoice with a wrong title - unknown (invoice); "
                           "the invoice number, amount and tax id are no fields.")


@entry
def U4():
    rng = R("U4")
    d = dt(2027, 5, 20, 9, 50, 0)
    m = M(rng, "陈永刚", "chenyonggang@wenjun-net.com", d, "邀请：5月28日线上客服培训", host_of(rng, "own", "mail.wenjun-net.com"))
    m["blocks"] = ["总部各位老师好：\n\n我们计划5月28日（周五）下午3点组织一次线上客服培训，主题是申诉材料怎么准备，"
                   "想邀请总部派一位老师讲20分钟。\n腾讯会议号：582-617-309\n参会约15人。\n请回复是否方便。\n\n陈永刚\n邛崃文君网络科技有限公司"]
    eml = kit10.lark(m, rng)
    return m, eml, unknown("meeting", "Lark / Feishu mail (approximated)",
                           "Lark mail: a partner invites HQ to an online training - unknown (meeting); the date, time, "
                           "meeting number and head count are no fields.")


@entry
def U5():
    rng = R("U5")
    d = dt(2027, 5, 25, 14, 5, 0)
    m = M(rng, "肖敏", "xiaomin@sancha-net.com", d, "申请增加授权发件邮箱", host_of(rng, "own", "mail.sancha-net.com"))
    m["blocks"] = ["总部您好：\n\n我司新来的客服同事邓佳（dengjia@sancha-net.com）以后也会给总部发申诉和调整，麻烦加为授权发件邮箱；"
                   "离职的同事李娜（lina@sancha-net.com）的邮箱请停用。\n\n肖敏\n简阳三岔湖网络科技有限公司 028-2703 1168"]
    eml = kit16.geary(m, rng)
    return m, eml, unknown("account", "Geary (approximated)",
                           "Geary: a partner asks to authorise a new sender address and stop an old one - unknown (account); "
                           "the addresses and the phone number are no fields.")


@entry
def U6():
    rng = R("U6")
    d = dt(2027, 5, 26, 11, 15, 0)
    m = M(rng, "黄强", "huangqiang@yinghua-net.com", d, "反映：同一个询盘推了两次", host_of(rng, "own", "mail.yinghua-net.com"))
    m["blocks"] = ["总部您好：\n\n最近发现同一个询盘隔两天推了两次，编号不同（SF-0517-0021 和 SF-0519-0113），是同一个人同一个电话，"
                   "客户认为被重复计数了，很不满意。希望总部查一下推送系统有没有去重，别再出现这种情况。\n\n"
                   "黄强\n什邡蓥华网络科技有限公司"]
    eml = kit14.huawei_email(m, rng)
    return m, eml, unknown("complaint", "HUAWEI Email (Android; approximated)",
                           "HUAWEI Email: a complaint that the same inquiry was pushed twice under two ids - unknown "
                           "(complaint), not an appeal; the ids named are no fields.")


@entry
def U7():
    rng = R("U7")
    d = dt(2027, 5, 22, 20, 12, 0)
    m = M(rng, "星河短视频代运营", "bd@xinghe-video.cn", d, "抖音企业号代运营，30天涨粉1万+", host_of(rng, "own", "smtp.xinghe-video.cn"))
    m["html"] = ('<html><body><div style="max-width:640px"><h3>工厂老板都在做的抖音获客</h3>'
                 "<p>我们已为500+家制造企业提供短视频代运营，平均30天涨粉1万+，询盘成本降低40%。</p>"
                 "<p>套餐：基础版2980元/月，含12条视频拍摄剪辑。</p><p>联系人：小周 177 2836 5091（微信同号）</p>"
                 "<p>地址：广汉三星堆大道 创业园3栋</p><p style=\"color:#888\">回复TD退订</p></div></body></html>")
    eml = kit11.zoho_html(m, rng)
    return m, eml, unknown("pitch", "Zoho Mail (HTML only; approximated)",
                           "A short-video marketing pitch sent as one UTF-8 text/html part from a stranger - unknown (pitch); "
                           "'500+家', '2980元', '12条' and the phone number are no fields.")


@entry
def U8():
    rng = R("U8")
    d = dt(2027, 6, 8, 9, 0, 0)
    m = M(rng, "赵敏", "zhaomin@taibai-net.com", d, "端午安康", host_of(rng, "own", "mail.taibai-net.com"))
    m["blocks"] = ["总部各位同事：\n\n端午将至，江油太白网络全体同事祝大家端午安康！假期如有急事请打值班电话 0816-322 5188。\n\n"
                   "江油太白网络科技有限公司\n赵敏"]
    m["atts"] = [Att("端午贺卡.gif", "image/gif", kit8.gif_card(rng), "image/gif")]
    eml = kit15.k9(m, rng)
    return m, eml, unknown("other", "K-9 Mail for Android (approximated)",
                           "K-9 Mail: a Dragon Boat Festival greeting with a GIF card - unknown (other); the dates and the "
                           "phone number are no fields; the GIF is a screenshot by its type.")


# ==========================================================================
# family: replies in a thread
# ==========================================================================

@entry
def R1():
    rng = R("R1")
    d = dt(2027, 5, 19, 10, 0, 0)
    m = M(rng, "易芳", "yifang@cicheng-net.com", d, "Re：【DOR#SS-2027-000451】商机申诉已受理", host_of(rng, "own", "mail.cicheng-net.com"))
    m["irt"] = "<ack.SS-2027-000451@ptg139.com>"
    m["refs"] = ["<ack.SS-2027-000451@ptg139.com>"]
    qbody = hq_text("SS-2027-000451", "商机申诉", ["客户异议时间：2027-05-18 16:05"])
    m["blocks"] = ["总部您好：\n\n更正一下，表里客户异议时间填错了，应为5月18日下午4点10分。\n\n易芳\n",
                   Quote("\n------------------ 原始邮件 ------------------\n" + qbody, "------------------ 原始邮件 ------------------", qbody)]
    eml = kit7.foxmail(m, rng, "gb2312")
    return m, eml, dict(
        kind="reply", family="thread", client="Foxmail 7.2",
        fields=fields(objected_at=iso(2027, 5, 18, 16, 10)), accept={}, source_text={"objected_at": ["5月18日下午4点10分"]},
        notes="Foxmail 'Re：' with a full-width colon and the tag in full-width brackets ('【DOR#SS-2027-000451】'), "
              "In-Reply-To / References; the new text corrects the objection time (5月18日下午4点10分; the quoted time is "
              "the old value).")


@entry
def R2():
    rng = R("R2")
    d = dt(2027, 5, 21, 9, 20, 0)
    m = M(rng, "雷丹", "leidan_gy@189.cn", d, "回复：[DOR#SS-2027-000455] 请补充商机编号", ("smtp.189.cn", ip(rng, 61, 140)))
    m["irt"] = "<needinfo.SS-2027-000455@ptg139.com>"
    m["refs"] = ["<ack.SS-2027-000455@ptg139.com>", "<needinfo.SS-2027-000455@ptg139.com>"]
    qbody = "您好，\n案件 SS-2027-000455 缺少商机编号，请补充。\n总部商机服务"
    m["blocks"] = ["您好，补充商机编号：GY-0519-0033。客户后台截图里找到的。\n\n雷丹\n",
                   Quote("\n-----原始邮件-----\n" + qbody, "-----原始邮件-----", qbody)]
    eml = kit13.mail189(m, rng)
    return m, eml, dict(
        kind="reply", family="thread", client="189 webmail (China Telecom; approximated)",
        fields=fields(lead_ids=["GY-0519-0033"]), accept={}, source_text={},
        notes="189 webmail '回复：' with the tag and In-Reply-To / References; the reply only supplies the lead id HQ asked "
              "for (GY-0519-0033).")


@entry
def R3():
    rng = R("R3")
    d = dt(2027, 5, 20, 18, 40, 0)
    m = M(rng, "Eric Pan", "eric.pan@licheng-digital.com", d, "Re: Evidence needed for your appeal", host_of(rng, "own", "mail.licheng-digital.com"))
    m["irt"] = "<needinfo.SS-2027-000458@ptg139.com>"
    qbody = "Dear partner,\ncase SS-2027-000458 needs a recording or a screenshot for criterion 1.\nHQ lead service"
    m["blocks"] = ["Hi, the second call recording is attached - the caller names his own company at 0:40.\n\nEric\n",
                   Quote("\nOn 20 May 2027, at 11:02, HQ lead service wrote:\n" + quote_gt(qbody),
                         "On 20 May 2027, at 11:02, HQ lead service wrote:", qbody)]
    m["atts"] = [Att("call_0518_2.m4a", "audio/mp4", m4a(rng, 14), "audio/mp4")]
    eml = kit7.apple_mail(m, rng)
    return m, eml, dict(
        kind="reply", family="thread", client="Apple Mail (macOS)",
        fields=fields(), accept={}, source_text={},
        notes="Apple Mail 'Re:' with no tag and In-Reply-To only (no References) to HQ's request; the reply only adds an "
              "M4A recording; no case fields.")


@entry
def R4():
    rng = R("R4")
    d = dt(2027, 5, 27, 9, 40, 0)
    m = M(rng, "申红霞", "shenhongxia@hongqiqu-net.com", d, "答复: [DOR#SS-2027-000463] 商机汇总反馈已受理",
          host_of(rng, "own", "mail.hongqiqu-net.com"))
    m["irt"] = "<ack.SS-2027-000463@ptg139.com>"
    m["refs"] = ["<ack.SS-2027-000463@ptg139.com>"]
    qhead = "发件人: 总部商机服务 <dor@ptg139.com>\n发送时间: 2027年5月26日 16:12\n主题: [DOR#SS-2027-000463] 商机汇总反馈已受理"
    qbody = hq_text("SS-2027-000463", "商机汇总反馈", ["合同量：200条"])
    m["blocks"] = ["总部您好：\n\n更正：合同量应为260条，上次漏算了第三期的60条，其他不变。\n\n申红霞\n",
                   Quote("\n" + qhead + "\n\n" + qbody, qhead, qbody)]
    eml = kit14.outlook2010(m, rng, "zh-CN")
    return m, eml, dict(
        kind="reply", family="thread", client="Outlook 2010 (zh-CN)",
        fields=fields(quota=260), accept={}, source_text={"quota": ["合同量应为260条"]},
        notes="Outlook 2010 '答复:' with the tag and In-Reply-To / References; the new text corrects the quota (260; "
              "'60条' is the part that was left out, the quoted 200 the old value).")


@entry
def R5():
    rng = R("R5")
    d = dt(2027, 5, 21, 10, 5, 0)
    m = M(rng, "鄧凱琳", "karen.tang@hoibun-digital.com.hk", d, "回覆: [DOR#SS-2027-000470] 商機申訴已受理",
          host_of(rng, "own", "smtp.hoibun-digital.com.hk"))
    m["irt"] = "<ack.SS-2027-000470@ptg139.com>"
    m["refs"] = ["<ack.SS-2027-000470@ptg139.com>"]
    qbody = "您好，\n案件 SS-2027-000470 已受理。\n推送時間：2027-05-20 08:15\n總部商機服務"
    m["blocks"] = ["你好，唔好意思，推送時間寫錯咗，應該係5月20號朝早9點15分。\n\nKaren\n",
                   Quote("\n----- Original Message -----\n" + qbody, "----- Original Message -----", qbody)]
    eml = kit16.netvigator(m, rng)
    return m, eml, dict(
        kind="reply", family="thread", client="Netvigator webmail (Big5-HKSCS; approximated)",
        fields=fields(pushed_at=iso(2027, 5, 20, 9, 15)), accept={}, source_text={"pushed_at": ["5月20號朝早9點15分"]},
        notes="Netvigator webmail (Big5-HKSCS) '回覆:' with the tag and In-Reply-To / References, Cantonese; the new text "
              "corrects the push time ('5月20號朝早9點15分' = 09:15, 朝早 is the morning; the quoted 08:15 is the old value).")


# ==========================================================================
# family: short names only (Wanning, Qionghai, Hailar, Erenhot, Wenchang)
# ==========================================================================

@entry
def S1():
    rng = R("S1")
    d = dt(2027, 5, 19, 16, 20, 0)
    m = M(rng, "符小梅", "2861930475@qq.com", d, "椰风网络-万宁槟榔机械-商机申诉", host_of(rng, "qq"))
    m["blocks"] = ["总部您好：\n\n客户万宁槟榔机械有一条要申诉：\n编号：WN-0519-0075\n推送：5月19日 10:12\n客户提出：5月19日 13:50\n"
                   "对方是同行，冒充采购来套价格，聊天记录里自己说漏嘴了，截图附上。\n\n椰风网络｜符小梅"]
    m["atts"] = [Att("聊天记录.jpg", "image/jpeg", jpg(rng, rows=6), "image/jpeg")]
    eml = kit14.qqmail_iphone(m, rng)
    return m, eml, appeal(
        "short_names", "QQ Mail iPhone app (approximated)", "椰风网络", "万宁槟榔机械", ["WN-0519-0075"],
        iso(2027, 5, 19, 10, 12), iso(2027, 5, 19, 13, 50), 1, {},
        {"pushed_at": ["5月19日 10:12"], "objected_at": ["5月19日 13:50"], "reason_code": ["对方是同行，冒充采购来套价格"]},
        "QQ Mail iPhone app; short names only: partner and client joined by hyphens in the subject, the client after "
        "'客户' in the body, the partner before a full-width bar in the sign-off ('椰风网络｜符小梅'); 3 h 38 min, inside "
        "8 h; code 1 with a JPEG chat screenshot.")


@entry
def S2():
    rng = R("S2")
    d = dt(2027, 5, 20, 11, 10, 0)
    ids = ["QH-0520-11", "QH-0520-12", "QH-0520-15", "QH-0520-17", "QH-0520-18"]
    m = M(rng, "王海燕", "wanghaiyan@boao-sk.com", d, "「琼海胡椒机械」这批5条反馈", host_of(rng, "own", "mail.boao-sk.com"))
    m["blocks"] = ["总部好：\n\n「琼海胡椒机械」这批5条的反馈：\n" + "\n".join(f"{x}：{v}" for x, v in zip(
        ids, ["精准", "精准（问脱粒机）", "不精准，要买白胡椒", "精准", "不精准，游客问路"], strict=True))
        + "\n建议：加关键词“胡椒脱粒机”“胡椒烘干机”，删“胡椒”；不做胡椒成品；对象：农垦合作社。\n\n发件单位：博鳌数科\n王海燕"]
    eml = kit11.mutt(m, rng)
    return m, eml, dict(
        kind="adjustment", family="short_names", client="Mutt (approximated)",
        fields=fields(partner="博鳌数科", client="琼海胡椒机械", lead_ids=ids, lead_count=5), accept={},
        extra={"keywords_add": ["胡椒脱粒机", "胡椒烘干机"], "keywords_remove": ["胡椒"], "excluded_products": ["胡椒成品"],
               "audience": ["农垦合作社"]},
        source_text={"lead_count": ["这批5条"]},
        notes="Mutt (GB18030 8bit); short names only: the client in corner brackets 「」 in the subject and the body, the "
              "partner after '发件单位：'; five ids; the count '这批5条'.")


@entry
def S3():
    rng = R("S3")
    d = dt(2027, 5, 26, 15, 30, 0)
    m = M(rng, "乌云", "wuyun@caoyuanyun.com", d, "阿拉善驼奶机械 商机汇总", host_of(rng, "own", "mail.caoyuanyun.com"))
    m["blocks"] = ["总部您好：\n\n阿拉善驼奶机械的汇总：合同300条，服务期2026年7月1日至2027年6月30日。推送了多少条我们后台看不到了，麻烦总部帮忙查一下。\n"
                   "客户反映奶罐、均质机的询盘不错，有续费意向。\n\n草原云网络 客服部 乌云"]
    eml = kit7.thunderbird(m, rng)
    return m, eml, dict(
        kind="summary", family="short_names", client="Thunderbird",
        fields=fields(partner="草原云网络", client="阿拉善驼奶机械", quota=300, service_start="2026-07-01", service_end="2027-06-30"),
        accept={}, renewal=True,
        source_text={"quota": ["合同300条"], "service_start": ["2026年7月1日"], "service_end": ["2027年6月30日"]},
        notes="Thunderbird; short names only (the partner before its department in the sign-off); the pushed count is not "
              "known ('后台看不到了'): pushed_count null and missing, the trigger judged on the period alone (90 %: "
              "time_70); renewal intended.")


@entry
def S4():
    rng = R("S4")
    d = dt(2027, 5, 21, 16, 50, 0)
    m = M(rng, "王娜", "wangna@erlian-sk.com", d, "国门冷链 申诉 EL-0521-0019", host_of(rng, "own", "mail.erlian-sk.com"))
    m["blocks"] = ["总部：\n\n国门冷链今天的一条商机 EL-0521-0019，5月21日上午9点40分推的。客户说当天就提了，具体几点没说清楚，我再问。"
                   "理由是对方留错电话，打过去是个修车铺。\n\n二连数科 王娜"]
    eml = kit15.outlook_android(m, rng, "zh-CN")
    return m, eml, appeal(
        "short_names", "Outlook for Android (approximated)", "二连数科", "国门冷链", ["EL-0521-0019"],
        iso(2027, 5, 21, 9, 40), None, 3, {},
        {"pushed_at": ["5月21日上午9点40分"], "reason_code": ["留错电话"]},
        "Outlook for Android (the Date in UTC); short names only (the partner before the writer); the objection time is "
        "not known ('具体几点没说清楚'): objected_at null and missing, objection_within_8h null; code 3; no attachment.")


@entry
def S5():
    rng = R("S5")
    d = dt(2027, 5, 25, 10, 30, 0)
    m = M(rng, "林小慧", "linxiaohui.wc@gmail.com", d, "文昌禽业机械 调整反馈", host_of(rng, "google"))
    m["blocks"] = ["总部您好：\n\n文昌禽业机械上周这10条商机客户都看过了，6条精准，4条不精准（有问鸡苗的、有卖饲料的）。\n"
                   "建议：加关键词“家禽屠宰线”“脱毛机”，删“文昌鸡”；不做鸡苗、饲料；推广对象：禽类屠宰场。\n\n铜鼓岭网络 · 林小慧"]
    eml = kit7.gmail(m, rng)
    return m, eml, dict(
        kind="adjustment", family="short_names", client="Gmail",
        fields=fields(partner="铜鼓岭网络", client="文昌禽业机械", lead_count=10), accept={},
        extra={"keywords_add": ["家禽屠宰线", "脱毛机"], "keywords_remove": ["文昌鸡"], "excluded_products": ["鸡苗", "饲料"],
               "audience": ["禽类屠宰场"]},
        source_text={"lead_count": ["这10条"]},
        notes="Gmail from a gmail.com address; short names only: the partner before a middle dot in the sign-off "
              "('铜鼓岭网络 · 林小慧'), the client in the subject and the body; a count without ids ('这10条'; '6条精准，4条不精准' "
              "is no count), so lead_ids is not missing.")


# ==========================================================================
# family: clean requests (Wafangdian, Zhuanghe, Haicheng, Fengcheng)
# ==========================================================================

@entry
def C1():
    rng = R("C1")
    d = dt(2027, 5, 24, 11, 25, 0)
    m = M(rng, "于海波", "2397715082@qq.com", d, "商机申诉 精工轴承 WF-0524-0107", host_of(rng, "qq"))
    m["blocks"] = ["总部您好：\n\n合作商：瓦房店渤海网络科技有限公司\n客户：瓦房店精工轴承设备有限公司\n商机编号：WF-0524-0107\n"
                   "推送时间：2027-05-24 09:20\n客户异议时间：2027-05-24 11:05\n申诉理由：同行恶意询价（判定标准第1条）\n"
                   "情况说明：对方自称轴承厂采购，后来承认是同行，来打听磨床报价。\n附件：通话录音\n\n于海波"]
    m["atts"] = [Att("通话录音.mp3", "audio/mpeg", mp3(rng, 9), "audio/mpeg")]
    eml = kit7.tencent(m, rng)
    return m, eml, appeal(
        "clean", "QQ Mail", "瓦房店渤海网络科技有限公司", "瓦房店精工轴承设备有限公司", ["WF-0524-0107"],
        iso(2027, 5, 24, 9, 20), iso(2027, 5, 24, 11, 5), 1, {"client": ["精工轴承"]},
        {"pushed_at": ["2027-05-24 09:20"], "objected_at": ["2027-05-24 11:05"], "reason_code": ["判定标准第1条"]},
        "QQ Mail (GB18030); a clean labelled appeal, code 1 with an MP3 recording.")


@entry
def C2():
    rng = R("C2")
    d = dt(2027, 5, 21, 15, 40, 0)
    ids = [f"ZH0521{k:04d}" for k in (301, 303, 304, 306, 309)]
    marks = ["精准", "不精准", "精准", "精准", "不精准"]
    m = M(rng, "宋佳", "songjia_zh@163.com", d, "商机调整 海珍品加工机械 本次5条", host_of(rng, "163"))
    m["blocks"] = ["总部您好：\n\n合作商：庄河海韵网络科技有限公司\n客户：庄河海珍品加工机械有限公司\n本次反馈：5条\n"
                   + "\n".join(f"{x} {v}" for x, v in zip(ids, marks, strict=True))
                   + "\n新增关键词：海参加工设备、扇贝清洗机\n删除关键词：海参\n不做产品：海参成品\n推广对象：水产加工厂\n\n宋佳"]
    eml = kit7.coremail(m, rng, "163")
    return m, eml, dict(
        kind="adjustment", family="clean", client="163 webmail (Coremail)",
        fields=fields(partner="庄河海韵网络科技有限公司", client="庄河海珍品加工机械有限公司", lead_ids=ids, lead_count=5),
        accept={"client": ["海珍品加工机械"]},
        extra={"keywords_add": ["海参加工设备", "扇贝清洗机"], "keywords_remove": ["海参"], "excluded_products": ["海参成品"],
               "audience": ["水产加工厂"]},
        source_text={"lead_count": ["本次反馈：5条"]},
        notes="163 webmail (GBK); a clean adjustment with five ids, verdicts and labelled proposals.")


@entry
def C3():
    rng = R("C3")
    d = dt(2027, 5, 27, 9, 30, 0)
    rows = [("合作商", "海城玉都网络科技有限公司"), ("客户", "海城菱镁耐材设备有限公司"), ("合同条数", "260条"), ("已推送", "170条"),
            ("服务期", "2026年10月1日至2027年9月30日"), ("客户情况", "轻烧窑、球磨机询盘精准，成交4台。"),
            ("解决方案", "排除“镁砂批发”。"), ("续费意向", "客户准备续费。")]
    tr = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows)
    m = M(rng, "白雪", "baixue_hc@sohu.com", d, "菱镁耐材设备 商机汇总反馈", ("smtp.sohu.com", ip(rng, 123, 126)))
    m["html"] = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=GB18030"></head><body>'
                 '<p>总部您好：</p><p>菱镁耐材设备的汇总反馈如下：</p><table border="1" cellpadding="4">' + tr
                 + "</table><p>白雪</p></body></html>")
    eml = kit7.html_only(m, rng, "GB18030", "base64", "Sohu WebMail (approximated)", "sohu")
    return m, eml, dict(
        kind="summary", family="clean", client="Sohu webmail (HTML only; approximated)",
        fields=fields(partner="海城玉都网络科技有限公司", client="海城菱镁耐材设备有限公司", quota=260, pushed_count=170,
                      service_start="2026-10-01", service_end="2027-09-30"),
        accept={"client": ["菱镁耐材设备"]}, renewal=True,
        source_text={"quota": ["260条"], "pushed_count": ["170条"], "service_start": ["2026年10月1日"],
                     "service_end": ["2027年9月30日"]},
        notes="Sohu webmail sending one GB18030 base64 text/html part with the fields in an HTML table; a clean labelled "
              "summary; lead trigger only (65 %, 65 % of the period); '4台' is a distractor; renewal intended.")


@entry
def C4():
    rng = R("C4")
    d = dt(2027, 5, 25, 19, 10, 0)
    m = M(rng, "姜丽", "jiangli@fenghuangshan-net.com", d, "商机申诉 FH-0525-0046", host_of(rng, "exmail"))
    m["blocks"] = ["总部您好：\n\n合作商：凤城凤凰山网络科技有限公司\n客户：凤城凯达汽车配件机械有限公司\n商机编号：FH-0525-0046\n"
                   "推送时间：2027年5月25日 14:00\n异议时间：2027年5月25日 18:20\n申诉理由：所需产品与客户经营产品不一致（判定标准第5条）\n"
                   "情况说明：对方要买汽车脚垫，客户做的是刹车片生产设备。\n\n姜丽"]
    eml = kit7.tencent(m, rng, wecom=True)
    return m, eml, appeal(
        "clean", "WeCom / Tencent Exmail", "凤城凤凰山网络科技有限公司", "凤城凯达汽车配件机械有限公司", ["FH-0525-0046"],
        iso(2027, 5, 25, 14, 0), iso(2027, 5, 25, 18, 20), 5, {},
        {"pushed_at": ["2027年5月25日 14:00"], "objected_at": ["2027年5月25日 18:20"], "reason_code": ["判定标准第5条"]},
        "WeCom / Exmail (UTF-8); a clean labelled appeal, code 5, no attachment.")


# ==========================================================================
# family: automatic mail
# ==========================================================================

@entry
def A1():
    rng = R("A1")
    d = dt(2027, 5, 21, 9, 2, 0)
    m = M(rng, "王雪", "wangxue_cz@163.com", d, "已读：[DOR#SS-2027-000476] 发票重开已受理", host_of(rng, "163"))
    m["orig"] = "<ack.SS-2027-000476@ptg139.com>"
    m["text"] = ("这是邮件已读回执。\n您于2027年5月20日 17:40 发送给 wangxue_cz@163.com 的邮件\n"
                 "“[DOR#SS-2027-000476] 发票重开已受理”\n已于2027年5月21日 09:02 被阅读。")
    eml = coremail_mdn(m, rng)
    return m, eml, dict(
        kind="auto", family="auto", client="163 webmail read receipt (Coremail; approximated)", fields=fields(), accept={},
        source_text={},
        notes="A 163 webmail read receipt: multipart/report; report-type=disposition-notification, '已读：' before HQ's "
              "subject with its tag (case_ref set), no Auto-Submitted and no In-Reply-To - auto by its structure; the "
              "times are no fields.")


@entry
def A2():
    rng = R("A2")
    d = dt(2027, 5, 26, 16, 3, 20)
    m = M(rng, "林小慧", "linxiaohui.wc@gmail.com", d, "休假中（5月26日至5月30日）", host_of(rng, "google"))
    m["irt"] = "<confirm.SS-2027-000480@ptg139.com>"
    m["refs"] = ["<confirm.SS-2027-000480@ptg139.com>"]
    m["text"] = ("您好，我5月26日至5月30日休假，期间不看邮件。\n申诉、调整的急事请联系同事 陈海生 138 7692 0415。\n\n林小慧\n铜鼓岭网络")
    eml = gmail_vacation(m, rng)
    return m, eml, dict(
        kind="auto", family="auto", client="Gmail vacation responder (approximated)", fields=fields(), accept={},
        source_text={},
        notes="A Gmail vacation responder with Auto-Submitted: auto-replied, the writer's own subject (no prefix, no tag) "
              "and In-Reply-To / References to HQ's confirmation (thread_case_ref set, case_ref null): auto wins over the "
              "thread marker; the dates, the phone number and the partner name are no fields.")


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
    path.write_text(README_TEXT + "\n".join(rows) + tail, encoding="utf-8")


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


README_TEXT = """# blind18 — 49 labelled partner mails for `maild parse`, by family of difficulty

A second held-out set, written blind alongside blind17 after the blind16 fixes, from the spec, the
samples and the shared corpus tools: from `shared/spec/DOMAIN.md`, the seed process document
(`seed-139-lead-process.zh.txt`), `shared/samples/` (README, sNN.eml, sNN.expected.json), the shared
corpus tools (`layout.py`, `mimekit.py`, `rules.py`, `checkkit.py`) and the generators and checkers of
blind7 … blind17, whose generic helpers (header encodings, mail-client builders, drawings, audio
containers, Word / Excel forms, the label assembler, the MIME walk and the source-text parsers) it
imports rather than copies. Nobody looked at the parser, its tests or any other set's mails while
writing it, and nobody tuned the parser on it: it measures how well the parser generalises to mail
it was never fitted to. New fictitious partners and clients in 員林, 虎尾, 鴨脷洲, 大角咀, 筷子基, 太仓,
丹阳, 宜兴, 溧阳, 如皋, 寿光, 曲阜, 新泰, 肥城, 邹城, 巩义, 长葛, 禹州 (神垕), 偃师, 林州, 醴陵, 浏阳, 宁乡,
湘乡, 攸县, 都江堰, 彭州, 崇州, 邛崃, 简阳, 什邡, 广汉, 江油, 万宁, 琼海 (博鳌), 阿拉善, 二连浩特, 文昌,
瓦房店, 庄河, 海城 and 凤城 (none of the cities of the earlier sets), with new people, phrasings, clients,
mail clients, id shapes and form features; every person, phone number, lead id and case id is
invented.

- `tests/mail/blind18/NNN.eml` — the message as delivered (CRLF, the receiving server's
  Return-Path / Delivered-To / Received on top, bytes written the way each client writes them).
- `tests/mail/blind18/NNN.expected.json` — the samples' keys (`kind`, `message_id`, `sender`,
  `subject`, `case_ref`, `fields`, `missing`, `attachments` with `detected_type` / `inline`,
  `notes`, `mail_client`, `accept`, `thread_case_ref`, `malformed`, `checks`, `extra`,
  `source_key`) plus `family` (below), `topic` for `unknown` mail (question, onboarding, invoice,
  meeting, account, complaint, pitch, other) and `source_text`: the literal strings a time, number,
  date, reason or id shorthand was read from (further strings, each literal too, are the context it
  inherits: the day of an earlier time). `accept` is always present (`{}` when there is no
  alternative form).
- `tools/corpus/blind18/generate.py` — the deterministic generator (one `random.Random` per entry
  key, fixed zip and core.xml dates): `python -B tools/corpus/blind18/generate.py [--out DIR]`.
  It imports the generators of blind7 … blind17 for the generic machinery and adds only what is new:
  the texts and labels, and the builders none of them has (Canary Mail, the AliMail PC client, a
  163 webmail read receipt, a Gmail vacation responder, a Word form with two tables). Needs
  python-docx, openpyxl and Pillow; other Pillow / zlib versions may change image and zip bytes, and
  so sizes and SHA-256 in the labels.
- `tools/corpus/blind18/check.py` — `python -B tools/corpus/blind18/check.py [--no-regen] [DIR]`:
  parses every message with Python's `email` package (and a raw header walk, through blind7's …
  blind17's checkers), re-finds the attachments by the samples' rule and compares name, declared
  type, size, sha256, role and sniffed type, reads Word forms as Word shows them, checks every
  labelled value and alias against the decoded text (traditional→simplified aliases by its own
  character table), re-derives every time, count, date, reason code and expanded id from
  `source_text` (the earlier parsers, with this set's forms rewritten into theirs), checks `missing`,
  `checks`, the summary trigger, the kind / family / topic counts, the charset / encoding / client /
  form-feature coverage and this README, and regenerates the set byte for byte.

Compare as the samples' README says: kind, message_id, sender, subject, case_ref and attachments
exactly, `missing` as a set, fields exactly for appeal/adjustment/summary (NFKC; partner/client may
match an `accept` alias; times as instants); reply fields are the corrections the reply makes;
auto/unknown: no invented fields.

## Families

| family | what it exercises |
|---|---|
| `traditional` | Yuanlin, Huwei, Ap Lei Chau, Tai Kok Tsui and Fai Chi Kei (Macau) writers (HiNet webmail in Big5, Outlook 16 zh-TW, Netvigator webmail in Big5-HKSCS, Edison Mail, CTM webmail; written Cantonese); Minguo years (`116年5月18日（二）`, `民國115/06/01 至 116/05/31`) and an id holding one, a bare weekday numeral in parentheses, counts with `件`, five ids joined by ` / ` with `呢5單`, Cantonese relative days (`尋日下晝`, `尋晚`), a pushed count next to what is left (`仲差七十四條`); simplified forms in `accept` |
| `english` | English and mixed writers: `hrs` clock times before a day-month date (`1410 hrs, 17 May`), day-month-year dates with abbreviated months (`1 Sep 2026 to 31 Aug 2027`), a range with `through` and a bare last tail, a Date header in +0200 with the times written in Beijing time, AM / PM before the clock (`5/21 AM 9:40`) |
| `dates` | the day before yesterday (`前天下午四点二十`, `当晚九点`), a weekday of this week (`本周一`), a period by relative years (`去年6月10日到今年6月9日`), a dotted date with `中午` in a forwarded client mail, a Friday-evening push of last week objected on Monday morning |
| `numbers` | the colloquial `两百四十条`, tails joined by slashes (`CG-0519-021/022/025/026/030`) with `共五条`, 24-hour clock times with `整` and in Chinese numerals (`二十一点四十`) with `第四条`, ten ids inline with full-width commas and `这十条`, a quota as two contract phases (`首期120条＋追加80条`) |
| `forms` | .docx / .xlsx: an appeal workbook with date-time cells and the criterion as a number cell; a workbook with five ids in one cell on five lines; a Word form with two tables, the counts laid across; a Word form with dotted month.day dates and a circled criterion numeral (`②`); a Word form declared application/msword with a `合计` row |
| `non_request` | mail that is none of the three requests → `unknown` with a `topic` |
| `thread` | replies that correct one field (the objection time, the quota, the push time in Cantonese) or only add what HQ asked for (a lead id, a recording): `Re：【DOR#…】` with full-width marks, `回复：` from 189 webmail, `Re:` with In-Reply-To only, `答复:` from Outlook 2010, `回覆:` in Big5-HKSCS |
| `short_names` | partner and/or client only as short names: both joined by hyphens in the subject and the partner before a full-width bar, the client in 「」 and the partner after `发件单位：`, the partner before its department with a missing pushed count, a missing objection time, the partner before a middle dot with a count and no ids |
| `clean` | ordinary requests (QQ Mail with an MP3, 163 webmail, Sohu HTML only, WeCom) |
| `auto` | a 163 webmail read receipt (multipart/report, no Auto-Submitted) whose subject carries HQ's tag, and a Gmail vacation responder with its own subject and In-Reply-To / References to HQ |

## Labelling decisions a reader could make differently

- **Traditional script and Cantonese**: `partner` / `client` are the strings as written; the
  character-by-character simplified forms and the short forms are in `accept`. `116年` is the Minguo
  year 2027 (`115/06/01` is 2026-06-01); `（二）` only names the weekday, which agrees; `同日晚上7點15分`
  is 19:15; `尋日下晝3點10分` in a mail of 20 May is 19 May 15:10 and `尋晚8點` 19 May 20:00; `朝早9點15分`
  is 09:15; `保障件數：240件` is the quota; `推咗一百二十六條` is the pushed count (`仲差七十四條` is what is
  left); `呢5單` is the count.
- **English times and counts**: `1410 hrs, 17 May` is 14:10 of the Date header's year; `1 Sep 2026`
  is 1 September; `YX-0520-031 through 035` is five ids; times marked `(Beijing time)` are +08:00
  whatever the Date header's zone; `5/21 AM 9:40` is 21 May 09:40 and `PM 1:55 same day` 13:55;
  `industry mismatch` is 4, `competitor` 1 and a wrong phone number 3.
- **Relative days**: `前天` in a mail of 20 May is 18 May and `当晚` its evening; `本周一` / `周一` in a
  mail of Wednesday 19 May are Monday 17 May; `去年` / `今年` are the years before and of the Date
  header; `上周五` in a mail of Monday 24 May is Friday 21 May and `今天` the 24th; `中午12:40` is 12:40.
  A forwarded client mail is read like the partner's own text; its forward header's time is no value.
- **Numbers**: `两百四十条` is 240; `CG-0519-021/022/025/026/030` is five ids; `15点整` is 15:00 and
  `二十一点四十` 21:40; `第四条` agrees with `行业不符` (4); ten ids inline give the count `这十条` = 10
  (`7条精准，3条不精准` is no count); `首期120条＋追加80条` is a quota of 200.
- **Forms**: a number cell after `判定标准（填序号）` is the criterion; date-time cells are the times;
  five ids in one cell are five ids; in a table laid across the value row under `合同条数 / 已推送` gives
  the quota and the pushed count (`59%` is no value); `②` is criterion 2; a `.docx` declared
  application/msword is a form by its name and a Word document by its bytes; a `合计` row is the count.
- **Short names**: when only a short name is written it is the field — in a hyphen-joined subject,
  before `｜`, in 「」, after `发件单位：`, before a department, before `·`. A missing pushed count
  misses `pushed_count` and the trigger is judged on the period; a missing objection time misses
  `objected_at` and `objection_within_8h` is null; an adjustment with a count and no ids misses nothing.
- **Replies**: only the reply's own new text and attachments count; a correction gives the corrected
  value only. A tag in full-width 【】 after `Re：` counts; In-Reply-To alone makes a reply. `accept`
  of a reply is `{}`.
- **Not requests**: a question about when the 8 hours start, a new client's account-opening sheet,
  an invoice re-issue, an invitation to an online training, a change of authorised senders, a
  complaint about a lead pushed twice, a short-video marketing pitch and a festival greeting with a
  GIF card are `unknown` with no fields, whatever they name.
- **Automatic**: a read receipt (multipart/report) is `auto` even with HQ's tag in its subject
  (case_ref is still set); a vacation responder with Auto-Submitted and In-Reply-To to HQ is `auto`,
  not `reply` (thread_case_ref is still set).
- **Late appeals**: an objection 62 h 40 min after the push is still an appeal;
  `objection_within_8h` is false.
- **Attachments**: a workbook declared application/octet-stream is an .xlsx by its bytes; a GIF is
  a screenshot by its type; an M4A is a recording.

## Files

| file | key | kind | family | mail client | what it exercises |
|---|---|---|---|---|---|
"""

if __name__ == "__main__":
    main()
