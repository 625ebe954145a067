#!/usr/bin/env python3
"""Deterministic generator of the blind17 evaluation set (49 labelled partner mails).

Run:  python -B tools/corpus/blind17/generate.py [--out DIR]
      (default: the set into tests/mail/blind17, README.md next to this file;
      with --out, everything into DIR and the checkout is untouched)

Written blind: from shared/spec/DOMAIN.md, the seed process document, shared/samples/
and the shared corpus tools only, never from the parser, its tests or another set's
mails.  The generic machinery (header encodings, the mail-client builders, drawings,
audio containers, Word / Excel forms, the label assembler) is imported from the
generators of blind7 .. blind16; this file holds what is new to blind17: its partners,
clients, people and texts, its labels, and the builders none of them has (Seednet webmail
in Big5, HKBN webmail in Big5-HKSCS quoted-printable with Q-encoded headers, Mailspring with
its Date in UTC, 21CN webmail, the Windows Mail app, BlueMail in 8bit, a 35.cn HTML-only
webmail, an e-signature platform's noreply notice, a NetEase enterprise-mail auto-reply).

Every partner, client, person, phone number, lead id and case id is fictitious.  One
random.Random per message (seeded from the entry key), fixed zip member dates and fixed
core.xml dates make a rerun byte-identical.  Needs python-docx, openpyxl, Pillow.
"""
from __future__ import annotations

import importlib.util
import json
import random
import sys
from datetime import UTC
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
    rfcdate,
)


def _load(name, folder):
    """tools/corpus/<folder>/generate.py under its own module name (each imports blind7's as `generate`)."""
    spec = importlib.util.spec_from_file_location(name, HERE.parent / folder / "generate.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


kit16 = _load("blind16_generate", "blind16")
kit15 = kit16.kit15
kit14, kit13, kit12, kit11, kit10 = kit16.kit14, kit16.kit13, kit16.kit12, kit16.kit11, kit16.kit10
kit9 = kit16.kit9

Att, Quote, Table = kit7.Att, kit7.Quote, kit7.Table
dt, iso, fields, host_of, rs = kit7.dt, kit7.iso, kit7.fields, kit7.host_of, kit7.rs
png, jpg, amr, mp3 = kit7.png, kit7.jpg, kit7.amr, kit7.mp3
top, thread, mp = kit7.top, kit7.thread, kit7.mp
HEXL, HEXU, ALNUM, HQ, quote_gt = kit7.HEXL, kit7.HEXU, kit7.ALNUM, kit7.HQ, kit7.quote_gt
hq_text = kit12.hq_text
own_ip, compose = kit15.own_ip, kit15._compose
xlsx16, local = kit16.xlsx16, kit16.local

SET = "blind17"
SEED = "maild-blind17-2027"
DIGITS = "0123456789"

# traditional -> simplified, for the aliases of this set's traditional names
T2S = dict(zip("豐數銷鴻農業機興匯網漢聯納鰂魚順達準印刷碼廣浩營固廈濠門傑昌品",
               "丰数销鸿农业机兴汇网汉联纳鲗鱼顺达准印刷码广浩营固厦濠门杰昌品", strict=True))


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


def M(rng, name, addr, d, subject, host, **kw):
    m = dict(from_name=name, addr=addr, date=d, subject=subject, host=host, pc=f"pc-{rs(rng, 6, HEXL)}.lan",
             org=kw.pop("org", ""), webmail="webmail." + addr.split("@")[1], mac=f"{rs(rng, 5, HEXL)}-macbook.local") | kw
    return m


# --------------------------------------------------------------------------
# what blind7 .. blind16 lack: mail clients
# --------------------------------------------------------------------------

def _b_att(cs, codec):
    def att(a):
        w = a.filename if a.filename.isascii() else ew_one(a.filename, cs, codec)
        return leaf([f'Content-Type: {a.declared}; name="{w}"', "Content-Transfer-Encoding: base64",
                     f'Content-Disposition: attachment; filename="{w}"'], b64_body(a.data))
    return att


def seednet(m, rng):
    """Seednet webmail (Taiwan; approximated): Big5 base64 text + HTML, ----=_SEEDMAIL_ boundaries, Big5 B words."""
    d = m["date"]
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"></head>'
           '<body style="font-family:新細明體">' + kit7.html_blocks(m["blocks"], kit7.bq_quote, para=kit7.brs) + "</body></html>")
    alt_b, mix_b = f"----=_SEEDMAIL_ALT_{rs(rng, 18, HEXU)}", f"----=_SEEDMAIL_MIX_{rs(rng, 18, HEXU)}"
    ctype, body = compose(m, "big5", "big5", "base64", "base64", htm, alt_b, mix_b, _b_att("big5", "big5"))
    mid = f"<SEED.{rs(rng, 14, HEXU)}.{int(d.timestamp())}@ms{rng.randint(11, 39)}.seed.net.tw>"
    m["message_id"] = mid
    h = top(rng, m["addr"], *m["host"], d, 2)
    h += ["Message-ID: " + mid, "Date: " + rfcdate(d), kit7.from_header(m["from_name"], m["addr"], "big5"), "To: " + HQ,
          kit7.subj_header(m["subject"], "big5")] + thread(m)
    h += ["MIME-Version: 1.0"] + ctype + ["X-Mailer: Seednet WebMail 6 (approximated)"]
    return header_block(h) + CRLF + body


def hkbn(m, rng):
    """HKBN webmail (Hong Kong; approximated): Big5-HKSCS quoted-printable text + HTML, Q-encoded Big5-HKSCS
    Subject / From, attachment names as Big5-HKSCS B words."""
    d = m["date"]
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5-hkscs"></head><body>'
           + kit7.html_blocks(m["blocks"], kit7.bq_quote) + "</body></html>")
    alt_b, mix_b = "=_hkbn_" + rs(rng, 22, ALNUM), "=_hkbn_" + rs(rng, 22, ALNUM)
    ctype, body = compose(m, "big5-hkscs", "big5hkscs", "quoted-printable", "quoted-printable", htm, alt_b, mix_b,
                          _b_att("big5-hkscs", "big5hkscs"))
    mid = f"<{rs(rng, 20, HEXL)}@webmail.hkbn.net>"
    m["message_id"] = mid
    disp = kit10.q_words(m["from_name"], "big5-hkscs", "big5hkscs")
    h = top(rng, m["addr"], *m["host"], d, 2)
    h += ["Date: " + rfcdate(d), f"From: {disp} <{m['addr']}>", "To: " + HQ,
          "Subject: " + kit10.q_words(m["subject"], "big5-hkscs", "big5hkscs"), "Message-ID: " + mid] + thread(m)
    h += ["MIME-Version: 1.0"] + ctype + ["X-Mailer: HKBN WebMail (approximated)", "X-Originating-IP: " + own_ip(rng)]
    return header_block(h) + CRLF + body


def mailspring(m, rng):
    """Mailspring 1.x (approximated): UTF-8 text + HTML (7bit when the text is ASCII, else quoted-printable), the
    Date header in UTC, a uuid@getmailspring.com Message-ID."""
    d = m["date"]
    htm = '<div>' + kit7.html_blocks(m["blocks"], kit7.bq_quote) + '</div>'
    ascii_ = kit7.plain_of(m["blocks"]).isascii() and htm.isascii()
    cte = "7bit" if ascii_ else "quoted-printable"
    alt_b, mix_b = "Mailspring-" + rs(rng, 20, ALNUM), "Mailspring-" + rs(rng, 20, ALNUM)
    ctype, body = compose(m, "utf-8", "utf-8", cte, cte, htm, alt_b, mix_b, lambda a: kit7.att_part("thunderbird", a))
    mid = f"<{kit7.uuid_like(rng, upper=False)}@getmailspring.com>"
    m["message_id"] = mid
    h = top(rng, m["addr"], *m["host"], d, 3)
    h += ["MIME-Version: 1.0", "Date: " + rfcdate(d.astimezone(UTC)), "Message-ID: " + mid,
          kit7.subj_header(m["subject"], "UTF-8"), kit7.from_header(m["from_name"], m["addr"], "UTF-8"), "To: " + HQ]
    h += thread(m) + ["X-Mailer: Mailspring"] + ctype
    return header_block(h) + CRLF + body


def mail21cn(m, rng):
    """21CN webmail (Guangdong Telecom; approximated): text + HTML declared GB2312 (written GB18030), base64,
    ----=_Part_ JavaMail boundaries and Message-ID."""
    d = m["date"]
    htm = '<html><body><div style="font-size:14px">' + kit7.html_blocks(m["blocks"], kit7.coremail_quote_html) + '</div></body></html>'
    ms = int(d.timestamp()) * 1000 + rng.randint(0, 999)
    alt_b, mix_b = f"----=_Part_{rng.randint(10 ** 5, 10 ** 6 - 1)}_{rng.randint(10 ** 8, 10 ** 9 - 1)}.{ms}", \
        f"----=_Part_{rng.randint(10 ** 5, 10 ** 6 - 1)}_{rng.randint(10 ** 8, 10 ** 9 - 1)}.{ms}"
    ctype, body = compose(m, "GB2312", "gb18030", "base64", "base64", htm, alt_b, mix_b, _b_att("GB2312", "gb18030"))
    mid = f"<{rng.randint(10 ** 8, 10 ** 9 - 1)}.{rng.randint(1000, 9999)}.{ms}.JavaMail.root@webmail{rng.randint(1, 9)}.21cn.com>"
    m["message_id"] = mid
    h = top(rng, m["addr"], *m["host"], d, 3)
    h += ["Date: " + rfcdate(d), kit7.from_header(m["from_name"], m["addr"], "GB2312"), "To: " + HQ,
          "Message-ID: " + mid, kit7.subj_header(m["subject"], "GB2312")] + thread(m)
    h += ["MIME-Version: 1.0"] + ctype + ["X-Mailer: 21CN WebMail 5 (approximated)"]
    return header_block(h) + CRLF + body


def windows_mail(m, rng):
    """Mail for Windows 10/11 (approximated): UTF-8 base64 text + HTML, _GUID_ boundaries, a signature line
    the app adds, sent through Outlook.com."""
    d = m["date"]
    m["blocks"] = list(m["blocks"]) + ["\n从 Windows 版邮件发送"]
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div class="WordSection1">'
           + kit7.html_blocks(m["blocks"], kit7.bq_quote, para=kit7.ps) + "</div></body></html>")
    alt_b, mix_b = "_" + kit7.uuid_like(rng) + "_", "_" + kit7.uuid_like(rng) + "_"
    ctype, body = compose(m, "utf-8", "utf-8", "base64", "base64", htm, alt_b, mix_b, lambda a: kit7.att_part("outlook-en", a))
    mid = f"<{rs(rng, 14, ALNUM)}{rs(rng, 14, ALNUM)}@{rs(rng, 6, ALNUM).upper()}P{rng.randint(100, 999)}.namprd.prod.outlook.com>"
    m["message_id"] = mid
    h = top(rng, m["addr"], *host_of(rng, "m365"), d, 3)
    h += ["MIME-Version: 1.0", "To: " + HQ, kit7.from_header(m["from_name"], m["addr"], "utf-8"),
          kit7.subj_header(m["subject"], "utf-8"), "Date: " + rfcdate(d), "Message-ID: " + mid] + thread(m)
    h += ["Importance: normal", "X-Priority: 3"] + ctype
    return header_block(h) + CRLF + body


def bluemail(m, rng):
    """BlueMail for Android (approximated): UTF-8 8bit text + HTML, ---- boundaries, a @bluemail.app Message-ID."""
    d = m["date"]
    htm = '<html><body><div dir="auto">' + kit7.html_blocks(m["blocks"], kit7.bq_quote) + '</div></body></html>'
    alt_b, mix_b = "----" + rs(rng, 28, ALNUM), "----" + rs(rng, 28, ALNUM)
    ctype, body = compose(m, "utf-8", "utf-8", "8bit", "8bit", htm, alt_b, mix_b, lambda a: kit7.att_part("yahoo", a))
    mid = f"<{kit7.uuid_like(rng, upper=False)}@bluemail.app>"
    m["message_id"] = mid
    h = top(rng, m["addr"], *m["host"], d, 4)
    h += ["Date: " + rfcdate(d), "From: " + m["from_name"] + f" <{m['addr']}>" if m["from_name"].isascii()
          else kit7.from_header(m["from_name"], m["addr"], "UTF-8"), "To: " + HQ, "Message-ID: " + mid,
          kit7.subj_header(m["subject"], "UTF-8")] + thread(m)
    h += ["MIME-Version: 1.0"] + ctype + ["X-Mailer: BlueMail (Android; approximated)"]
    return header_block(h) + CRLF + body


def mail35(m, rng):
    """35.cn enterprise webmail (approximated): one GBK base64 text/html part, nothing else."""
    d = m["date"]
    raw = crlf(m["html"]).encode("gbk")
    mid = f"<{d.strftime('%Y%m%d%H%M%S')}{rs(rng, 6, DIGITS)}@{m['addr'].split('@')[1]}>"
    m["message_id"] = mid
    h = top(rng, m["addr"], *m["host"], d, 2)
    h += [kit7.from_header(m["from_name"], m["addr"], "GBK"), "To: " + HQ, kit7.subj_header(m["subject"], "GBK"),
          "Date: " + rfcdate(d), "Message-ID: " + mid, "MIME-Version: 1.0", "Content-Type: text/html; charset=GBK",
          "Content-Transfer-Encoding: base64", "X-Mailer: 35.cn WebMail (approximated)"]
    return header_block(h) + CRLF + b64_body(raw)


def esign_notice(m, rng):
    """An e-signature platform's notice (approximated): from a noreply@ address, UTF-8 base64 text + HTML, no
    Auto-Submitted and no Precedence: automatic by its sender."""
    d = m["date"]
    htm = '<html><body>' + kit7.html_blocks(m["blocks"], kit7.bq_quote, para=kit7.ps) + '</body></html>'
    alt_b = "----=_ESIGN_" + rs(rng, 24, HEXL)
    ctype, body = compose(m, "UTF-8", "utf-8", "base64", "base64", htm, alt_b, alt_b, None)
    mid = f"<{rs(rng, 24, HEXL)}.notify@{m['addr'].split('@')[1]}>"
    m["message_id"] = mid
    h = top(rng, m["addr"], *m["host"], d, 1)
    h += ["Date: " + rfcdate(d), kit7.from_header(m["from_name"], m["addr"], "UTF-8"), "To: " + HQ,
          kit7.subj_header(m["subject"], "UTF-8"), "Message-ID: " + mid, "MIME-Version: 1.0"] + ctype
    h += ["X-Mailer: eSignCloud Notify 3 (approximated)"]
    return header_block(h) + CRLF + body


def qiye_autoreply(m, rng):
    """A NetEase enterprise-mail auto-reply (approximated): one GBK base64 text part, Auto-Submitted: auto-replied,
    '自动答复：' before the subject it answers, In-Reply-To only."""
    d = m["date"]
    mid = f"<autoreply.{rs(rng, 16, HEXL)}@{m['addr'].split('@')[1]}>"
    m["message_id"] = mid
    h = top(rng, m["addr"], *m["host"], d, 1)
    h += ["Date: " + rfcdate(d), kit7.from_header(m["from_name"], m["addr"], "GBK"), "To: " + HQ,
          kit7.subj_header(m["subject"], "GBK"), "Message-ID: " + mid] + thread(m)
    h += ["MIME-Version: 1.0", "Content-Type: text/plain; charset=GBK", "Content-Transfer-Encoding: base64",
          "Auto-Submitted: auto-replied", "X-Autoreply: yes", "X-Mailer: Coremail qiye.163.com autoreply (approximated)"]
    return header_block(h) + CRLF + b64_body(crlf(m["text"]).encode("gbk"))


# --------------------------------------------------------------------------
# entries
# --------------------------------------------------------------------------

ENTRIES = []


def entry(fn):
    ENTRIES.append(fn)
    return fn


def appeal(family, client, partner, cust, ids, p, o, code, accept, src, notes, **kw):
    return dict(kind="appeal", family=family, client=client,
                fields=fields(partner=partner, client=cust, lead_ids=ids, pushed_at=p, objected_at=o, reason_code=code),
                accept=accept, source_text=src, notes=notes, **kw)


# ==========================================================================
# family: traditional Chinese writers (Douliu, Fengyuan, Quarry Bay, Tsing Yi, Mong Ha)
# ==========================================================================

@entry
def T1():
    rng = R("T1")
    d = dt(2027, 4, 13, 9, 20, 0)
    m = M(rng, "廖婉婷", "wanting.liao@seed.net.tw", d, "申請不計入：YL-270412-018（鴻展農機）",
          ("smtp.seed.net.tw", f"139.175.{rng.randint(1, 250)}.{rng.randint(1, 250)}"))
    m["blocks"] = [
        "總部 商機組 您好：\n\n鴻展農機昨天有一筆推播，客戶認為不該計入，麻煩判定。\n\n"
        "▍商機編號：YL-270412-018\n▍推播時間：4月12日（週一）上午 10：40\n▍客戶反應：同日 17：25\n"
        "▍原因：對方是同行，來套報價的，講到最後自己承認也在做插秧機。LINE對話截圖如附件。\n\n"
        "合作廠商：斗六禾豐數位行銷有限公司\n客戶：斗六鴻展農業機械股份有限公司\n\n"
        "廖婉婷\n禾豐數位 客服部\n(05)532-7781 分機 12"]
    m["atts"] = [Att("LINE對話.jpg", "image/jpeg", jpg(rng, rows=7), "image/jpeg")]
    eml = seednet(m, rng)
    return m, eml, appeal(
        "traditional", "Seednet webmail (Big5; approximated)", "斗六禾豐數位行銷有限公司", "斗六鴻展農業機械股份有限公司",
        ["YL-270412-018"], iso(2027, 4, 12, 10, 40), iso(2027, 4, 12, 17, 25), 1,
        {"partner": trad_accept("斗六禾豐數位行銷有限公司", "禾豐數位"), "client": trad_accept("斗六鴻展農業機械股份有限公司", "鴻展農機")},
        {"pushed_at": ["4月12日（週一）上午 10：40"], "objected_at": ["同日 17：25", "4月12日（週一）上午 10：40"],
         "reason_code": ["對方是同行，來套報價的"]},
        "Seednet webmail (Big5 base64 text + HTML, Big5 B-word names) from Douliu; field lines after a '▍' bar; the "
        "weekday as '（週一）' and clock times with a full-width colon and a space ('上午 10：40', '同日 17：25') - 6 h 45 min, "
        "inside 8 h; an id with a six-digit date part ('YL-270412-018'); code 1 (同行 … 套報價) with a JPEG LINE screenshot; "
        "'昨天' only names the day; the office number and its extension are distractors.")


@entry
def T2():
    rng = R("T2")
    d = dt(2027, 4, 14, 15, 10, 0)
    m = M(rng, "張雅惠", "yahui.chang@huitong-net.com.tw", d, "佳興木工 合約到期前彙總（請評估）",
          host_of(rng, "own", "mail.huitong-net.com.tw"))
    m["blocks"] = [
        "總部您好：\n\n佳興木工的合約快到期了，彙總如下：\n\n合作廠商：豐原匯通網路科技有限公司\n客戶：豐原佳興木工機械股份有限公司\n"
        "合約期間：2026/05/01~2027/04/30\n保障筆數：300 筆\n已推播：一百九十五筆（截至4/13）\n\n"
        "客戶狀況：CNC 雕刻機、封邊機的詢問品質不錯，今年成交了5台；但也有一些是問二手機台的。\n"
        "續約：客戶今年設備預算縮減，確定不續約，合約到期後先暫停。\n\n張雅惠\n匯通網路 04-2529-6638"]
    eml = kit14.outlook2010(m, rng, "zh-TW")
    return m, eml, dict(
        kind="summary", family="traditional", client="Outlook 2010 (zh-TW)",
        fields=fields(partner="豐原匯通網路科技有限公司", client="豐原佳興木工機械股份有限公司", quota=300, pushed_count=195,
                      service_start="2026-05-01", service_end="2027-04-30"),
        accept={"partner": trad_accept("豐原匯通網路科技有限公司", "匯通網路"), "client": trad_accept("豐原佳興木工機械股份有限公司", "佳興木工")},
        renewal=False,
        source_text={"quota": ["保障筆數：300 筆"], "pushed_count": ["已推播：一百九十五筆"], "service_start": ["2026/05/01"],
                     "service_end": ["2027/04/30"]},
        notes="Outlook 2010 zh-TW (Big5 base64 text + Word HTML) from Fengyuan; the period joined by a tilde "
              "('2026/05/01~2027/04/30'); the quota with 筆 and a space ('300 筆'), the pushed count in Chinese numerals "
              "('一百九十五筆') with a cut-off date ('截至4/13'); both triggers (65 %, 95 % of the period); '5台' and the phone "
              "number are distractors; renewal declined.")


@entry
def T3():
    rng = R("T3")
    d = dt(2027, 4, 15, 12, 5, 0)
    ids = [f"QB2704-{k}" for k in (101, 103, 104, 107, 108, 110, 112, 115, 116, 119)]
    verdict = ["準", "準", "唔準", "準", "準", "唔準", "準", "準", "唔準", "準"]
    note = ["問膠印機報價", "", "想搵人印傳單", "問啤機", "", "學生做功課", "問過膠機配件", "", "賣紙嘅", "問切紙機"]
    rows = [["編號", "準唔準", "備註"]] + [[ids[i], verdict[i], note[i]] for i in range(10)]
    m = M(rng, "麥詠詩", "wingsze.mak@wuichoi-digital.hk", d, "順達印刷 上一批lead反饋同調整",
          host_of(rng, "own", "smtp.wuichoi-digital.hk"))
    m["blocks"] = [
        "總部你好，\n\n順達印刷上一批嘅lead，客人睇完逐條回覆咗：\n", Table(rows),
        "\n想調整：\n加關鍵字：膠印機、自動切紙機\n減關鍵字：印刷\n唔做：印刷服務、紙品批發\n推廣對象：印刷廠、包裝廠\n\n"
        "合作商：鰂魚涌匯才數碼推廣有限公司\n客戶：鰂魚涌順達印刷機械有限公司\n\n麥詠詩 Wing\n匯才數碼 | 2561 8830"]
    eml = hkbn(m, rng)
    return m, eml, dict(
        kind="adjustment", family="traditional", client="HKBN webmail (Big5-HKSCS; approximated)",
        fields=fields(partner="鰂魚涌匯才數碼推廣有限公司", client="鰂魚涌順達印刷機械有限公司", lead_ids=ids, lead_count=10),
        accept={"partner": trad_accept("鰂魚涌匯才數碼推廣有限公司", "匯才數碼"), "client": trad_accept("鰂魚涌順達印刷機械有限公司", "順達印刷")},
        extra={"keywords_add": ["膠印機", "自動切紙機"], "keywords_remove": ["印刷"], "excluded_products": ["印刷服務", "紙品批發"],
               "audience": ["印刷廠", "包裝廠"]},
        source_text={},
        notes="HKBN webmail (Big5-HKSCS quoted-printable text + HTML table, Q-encoded Big5-HKSCS Subject and From) from "
              "Quarry Bay, Cantonese; ten ids in a table with the verdicts 準 / 唔準; no count written (the count is the "
              "ten listed ids); proposals in Cantonese ('加關鍵字', '減關鍵字', '唔做'); the office number is a distractor; "
              "simplified forms in accept.")


@entry
def T4():
    rng = R("T4")
    d = dt(2027, 4, 16, 9, 5, 0)
    m = M(rng, "岑浩賢", "hoyin.shum@houching-digital.com.hk", d, "永固模具 申訴一單 TY-1504-033",
          host_of(rng, "own", "smtp.houching-digital.com.hk"))
    m["blocks"] = [
        "總部你好，\n\n永固模具有單lead想申訴：\n編號 TY-1504-033\n15/4 晏晝1點40分推過嚟，客人當日夜晚7點先覆我，"
        "話個電話打過去係一間茶餐廳，即係留錯電話，唔關佢事。\n\n"
        "合作商：青衣浩程數碼營銷有限公司\n客戶：青衣永固五金模具有限公司\n\n岑浩賢\n浩程數碼\n青衣青敬路18號9樓"]
    eml = kit7.iphone(m, rng)
    return m, eml, appeal(
        "traditional", "iPhone Mail", "青衣浩程數碼營銷有限公司", "青衣永固五金模具有限公司", ["TY-1504-033"],
        iso(2027, 4, 15, 13, 40), iso(2027, 4, 15, 19, 0), 3,
        {"partner": trad_accept("青衣浩程數碼營銷有限公司", "浩程數碼"), "client": trad_accept("青衣永固五金模具有限公司", "永固模具")},
        {"pushed_at": ["15/4 晏晝1點40分"], "objected_at": ["當日夜晚7點", "15/4 晏晝1點40分"], "reason_code": ["留錯電話"]},
        "iPhone Mail (UTF-8 quoted-printable text only) from Tsing Yi, Cantonese; a day-first date with the Cantonese "
        "'晏晝' (early afternoon: '15/4 晏晝1點40分' = 15 April 13:40) and '當日夜晚7點' (19:00) - 5 h 20 min, inside 8 h; "
        "code 3 (留錯電話, a tea restaurant's number); an id whose date part is day-first ('TY-1504-033'); no attachment; "
        "the street address is a distractor.")


@entry
def T5():
    rng = R("T5")
    d = dt(2027, 4, 16, 11, 40, 0)
    m = M(rng, "梁嘉傑", "kakit.leung@houkong-digital.com.mo", d, "德昌食品機械 商機彙總反饋",
          host_of(rng, "own", "smtp.houkong-digital.com.mo"))
    m["blocks"] = [
        "總部你好：\n\n德昌食品機械嘅彙總如下，麻煩睇下續約方案。\n\n合作商：望廈濠江數碼科技有限公司\n客戶：望廈德昌食品機械有限公司\n"
        "服務期：2026年7月1日至2027年6月30日\n合約條數：一百八十條\n截至四月十五日已推一百一十二條\n\n"
        "客人反映：豬肉脯機、杏仁餅模嘅查詢幾準，今期報價 MOP 12,800 嗰款賣得最好；少量係問零售手信。\n"
        "續約：客人表示會續約，仲想加到二百四十條。\n\n梁嘉傑\n濠江數碼 | 2855 1207"]
    eml = kit15.k9(m, rng)
    return m, eml, dict(
        kind="summary", family="traditional", client="K-9 Mail for Android (approximated)",
        fields=fields(partner="望廈濠江數碼科技有限公司", client="望廈德昌食品機械有限公司", quota=180, pushed_count=112,
                      service_start="2026-07-01", service_end="2027-06-30"),
        accept={"partner": trad_accept("望廈濠江數碼科技有限公司", "濠江數碼"), "client": trad_accept("望廈德昌食品機械有限公司", "德昌食品機械")},
        renewal=True,
        source_text={"quota": ["合約條數：一百八十條"], "pushed_count": ["已推一百一十二條"], "service_start": ["2026年7月1日"],
                     "service_end": ["2027年6月30日"]},
        notes="K-9 Mail (UTF-8 quoted-printable text + HTML) from Mong Ha, Macau, Cantonese; the counts in Chinese "
              "numerals ('一百八十條', '已推一百一十二條') after a cut-off date also in numerals ('截至四月十五日'); both triggers "
              "(62 %, 79 % of the period); 'MOP 12,800', '二百四十條' (the wished size) and the phone number are distractors; "
              "renewal intended.")


# ==========================================================================
# family: English and mixed-language writers (Jiangyin, Kunshan, Zhangjiagang, Changshu, Jinjiang)
# ==========================================================================

@entry
def E1():
    rng = R("E1")
    d = dt(2027, 4, 14, 9, 0, 0)
    m = M(rng, "Grace Miao", "grace.miao@yangtze-dm.com", d, "Appeal - JY-0413-2207 (Huacheng Textile Machinery)",
          host_of(rng, "own", "mail.yangtze-dm.com"))
    m["blocks"] = [
        "Dear HQ team,\n\nWe'd like to appeal lead JY-0413-2207 for our client Jiangyin Huacheng Textile Machinery "
        "(江阴华澄纺织机械有限公司).\n\nPushed: 04/13/2027 2:15 p.m.\nClient objected: 6:50 p.m. the same day\n"
        "Reason: wrong number - the mobile number left by the requester belongs to a kindergarten, nobody there has "
        "heard of a loom.\n\nScreenshot of the call log is attached.\n\nKind regards,\nGrace Miao\n"
        "Jiangyin Yangtze Digital Marketing (江阴扬子数字营销有限公司)\nM: +86 139 1521 6604"]
    m["atts"] = [Att("call-log.png", "image/png", png(rng, rows=4, style="list"), "image/png")]
    eml = kit7.outlook(m, rng, "en-US")
    return m, eml, appeal(
        "english", "Outlook 16 (en-US)", "江阴扬子数字营销有限公司", "江阴华澄纺织机械有限公司", ["JY-0413-2207"],
        iso(2027, 4, 13, 14, 15), iso(2027, 4, 13, 18, 50), 3,
        {"partner": ["Jiangyin Yangtze Digital Marketing"], "client": ["Jiangyin Huacheng Textile Machinery"]},
        {"pushed_at": ["04/13/2027 2:15 p.m."], "objected_at": ["6:50 p.m. the same day", "04/13/2027 2:15 p.m."],
         "reason_code": ["wrong number"]},
        "Outlook 16 en-US (UTF-8 quoted-printable text + Word HTML); English; a US month-first date with 'p.m.' in "
        "dots ('04/13/2027 2:15 p.m.') and '6:50 p.m. the same day' - 4 h 35 min, inside 8 h; code 3 ('wrong number'); "
        "PNG call-log screenshot; the mobile number is a distractor.")


@entry
def E2():
    rng = R("E2")
    d = dt(2027, 4, 19, 16, 30, 0)
    m = M(rng, "Kevin Shen", "kevin.shen@lucheng-net.com", d, "Lead summary - Kunshan Jinrui Precision Mold",
          host_of(rng, "own", "mail.lucheng-net.com"))
    m["blocks"] = [
        "Hi HQ,\n\nHere is the summary for Kunshan Jinrui Precision Mold (昆山金锐精密模具有限公司).\n\n"
        "Term: June 1st 2026 – May 31st 2027\nContract volume: 360 leads\nDelivered to date: 228\n\n"
        "Analysis: most die-casting mold enquiries are genuine; they closed 7 orders, the biggest worth USD 48,000. "
        "Some buyers asked for plastic parts, not molds.\nSuggestion: exclude \"plastic parts\", add \"压铸模具\".\n"
        "Renewal: not decided yet, they will talk about it after their board meeting in May.\n\nThanks,\nKevin Shen\n"
        "Kunshan Lucheng Network Technology (昆山鹿城网络科技有限公司)"]
    eml = windows_mail(m, rng)
    return m, eml, dict(
        kind="summary", family="english", client="Mail for Windows (approximated)",
        fields=fields(partner="昆山鹿城网络科技有限公司", client="昆山金锐精密模具有限公司", quota=360, pushed_count=228,
                      service_start="2026-06-01", service_end="2027-05-31"),
        accept={"partner": ["Kunshan Lucheng Network Technology"], "client": ["Kunshan Jinrui Precision Mold"]},
        renewal=None,
        source_text={"quota": ["Contract volume: 360 leads"], "pushed_count": ["Delivered to date: 228"],
                     "service_start": ["June 1st 2026"], "service_end": ["May 31st 2027"]},
        notes="Mail for Windows (UTF-8 base64 text + HTML, the app's own signature line); English; the term as month-first "
              "dates with ordinals and an en dash ('June 1st 2026 – May 31st 2027'); 'Contract volume: 360 leads' and "
              "'Delivered to date: 228'; both triggers (63 %, 88 % of the period); '7 orders' and 'USD 48,000' are "
              "distractors; renewal undecided.")


@entry
def E3():
    rng = R("E3")
    d = dt(2027, 4, 15, 10, 10, 0)
    ids = ["ZJG.0414.07", "ZJG.0414.09", "ZJG.0414.12", "ZJG.0414.13", "ZJG.0414.16"]
    v = ["OK, PET bottle blower", "NOT OK - wants empty bottles", "OK", "OK, 5-gallon machine", "NOT OK - a recycler"]
    m = M(rng, "Lily Gu", "lily.gu@shazhou-it.com", d, "Gangcheng Blow Molding - feedback on 5 leads",
          host_of(rng, "own", "mail.shazhou-it.com"))
    m["blocks"] = [
        "Hello,\n\nGangcheng Blow Molding (张家港港城吹瓶机械有限公司) checked the five leads below:\n"
        + "\n".join(f"{ids[i]}: {v[i]}" for i in range(5))
        + "\n\nPlease adjust:\nadd keywords - PET吹瓶机, 全自动吹瓶机\nremove keyword - 瓶子\ndo not push - 塑料瓶成品, 废塑料回收\n"
        "target - 饮料厂, 日化厂\n\nLily Gu\nShazhou IT (张家港沙洲信息技术有限公司)\nSent from BlueMail"]
    eml = bluemail(m, rng)
    return m, eml, dict(
        kind="adjustment", family="english", client="BlueMail for Android (approximated)",
        fields=fields(partner="张家港沙洲信息技术有限公司", client="张家港港城吹瓶机械有限公司", lead_ids=ids, lead_count=5),
        accept={"partner": ["Shazhou IT"], "client": ["Gangcheng Blow Molding"]},
        extra={"keywords_add": ["PET吹瓶机", "全自动吹瓶机"], "keywords_remove": ["瓶子"], "excluded_products": ["塑料瓶成品", "废塑料回收"],
               "audience": ["饮料厂", "日化厂"]},
        source_text={"lead_count": ["the five leads"]},
        notes="BlueMail (UTF-8 8bit text + HTML); English; five ids whose parts are joined by dots ('ZJG.0414.07'); the "
              "count in words ('the five leads'); proposals as 'add keywords - …' lines; '5-gallon' is a distractor.")


@entry
def E4():
    rng = R("E4")
    d = dt(2027, 4, 15, 10, 0, 0)
    m = M(rng, "Tony Xu", "tony.xu@yushan-digital.com", d, "Late appeal CS-0414-7781 / Hengxin Loom",
          host_of(rng, "own", "mail.yushan-digital.com"))
    m["blocks"] = [
        "Dear DOR team,\n\nClient: Changshu Hengxin Rapier Loom Co., Ltd.\nLead: CS-0414-7781\n"
        "Pushed: Apr 14 (Wed), 11:05 PM\nObjected: Apr 15 (Thu), 9:30 AM\n\n"
        "Yes, this is more than 8 hours - the lead came in late at night and the sales manager only saw it this morning. "
        "Reason: product mismatch. The buyer wants finished bath towels; our client builds rapier looms, not towels.\n\n"
        "Tony Xu\nChangshu Yushan Digital Co., Ltd.\n+86 512 5263 0198"]
    eml = mailspring(m, rng)
    return m, eml, appeal(
        "english", "Mailspring (approximated)", "Changshu Yushan Digital Co., Ltd.", "Changshu Hengxin Rapier Loom Co., Ltd.",
        ["CS-0414-7781"], iso(2027, 4, 14, 23, 5), iso(2027, 4, 15, 9, 30), 5,
        {"partner": ["Yushan Digital"], "client": ["Hengxin Loom"]},
        {"pushed_at": ["Apr 14 (Wed), 11:05 PM"], "objected_at": ["Apr 15 (Thu), 9:30 AM"], "reason_code": ["product mismatch"]},
        "Mailspring (7bit ASCII text + HTML, the Date header in UTC); English only, the names in English; month-day dates "
        "with the weekday in parentheses ('Apr 14 (Wed), 11:05 PM', 'Apr 15 (Thu), 9:30 AM') - 10 h 25 min, outside 8 h "
        "(the partner says so); code 5 ('product mismatch'); no attachment; the phone number is a distractor.")


@entry
def E5():
    rng = R("E5")
    d = dt(2027, 4, 16, 15, 20, 0)
    m = M(rng, "Jason 许志强", "jason.xu@xiedu-net.com", d, "appeal lead JJ0416-3350 恒达制鞋",
          host_of(rng, "own", "mail.xiedu-net.com"))
    m["blocks"] = [
        "Hi 总部,\n\nthis lead JJ0416-3350 client want to appeal:\npush time: 16 April 9.30am\n"
        "customer complain: 11.45am same day\nreason: this buyer is our client's competitor, only ask price and "
        "machine detail, call record in attachment.\n\npartner: 晋江鞋都网络科技有限公司\nclient: 晋江恒达制鞋机械有限公司\n\n"
        "Jason 许志强 +86 135 0595 2231"]
    m["atts"] = [Att("call record.mp3", "audio/mpeg", mp3(rng, 7, "call record"), "audio/mpeg")]
    eml = kit14.dingtalk_mail(m, rng)
    return m, eml, appeal(
        "english", "DingTalk mail (approximated)", "晋江鞋都网络科技有限公司", "晋江恒达制鞋机械有限公司", ["JJ0416-3350"],
        iso(2027, 4, 16, 9, 30), iso(2027, 4, 16, 11, 45), 1, {"partner": [], "client": ["恒达制鞋"]},
        {"pushed_at": ["16 April 9.30am"], "objected_at": ["11.45am same day", "16 April 9.30am"], "reason_code": ["competitor"]},
        "DingTalk mail (UTF-8 quoted-printable text + HTML); Chinglish; a day-month date without a year and clock times "
        "with a dot ('16 April 9.30am', '11.45am same day') - 2 h 15 min, inside 8 h; code 1 ('competitor') with an MP3 "
        "call recording whose name has a space; the mobile number is a distractor.")


# ==========================================================================
# family: dates and times (Anyang, Jiyuan, Xiantao, Qianjiang, Tianmen)
# ==========================================================================

@entry
def D1():
    rng = R("D1")
    d = dt(2027, 4, 20, 10, 30, 0)
    m = M(rng, "牛红霞", "niuhongxia@126.com", d, "商机申诉（汤阴粮机）AY20270415-0093", host_of(rng, "126"))
    m["blocks"] = [
        "总部老师好：\n\n这条拖了几天才报，不好意思，客户一直在外地。\n商机编号：AY20270415-0093\n"
        "上周四下午三点一刻推送的，客户当天晚上七点整就跟我说了：对方留的微信号一直加不上，搜出来是空的。截图附上。\n\n"
        "合作商：安阳殷都网络科技有限公司\n客户：安阳汤阴粮机制造有限公司\n\n牛红霞 0372-559 8120"]
    m["atts"] = [Att("微信搜不到.png", "image/png", png(rng, rows=3, style="search"), "image/png")]
    eml = kit7.coremail(m, rng, "126")
    return m, eml, appeal(
        "dates", "126 webmail (Coremail)", "安阳殷都网络科技有限公司", "安阳汤阴粮机制造有限公司", ["AY20270415-0093"],
        iso(2027, 4, 15, 15, 15), iso(2027, 4, 15, 19, 0), 2, {"partner": [], "client": ["汤阴粮机"]},
        {"pushed_at": ["上周四下午三点一刻"], "objected_at": ["当天晚上七点整", "上周四下午三点一刻"], "reason_code": ["微信号一直加不上"]},
        "126 webmail (GBK base64 text + HTML); the push by a weekday of last week ('上周四下午三点一刻' = Thursday 15 April "
        "15:15, the mail is of Tuesday 20 April) and '当天晚上七点整' (19:00) - 3 h 45 min, inside 8 h; code 2; PNG "
        "screenshot; an id that begins with a full date ('AY20270415-0093'); the phone number is a distractor.")


@entry
def D2():
    rng = R("D2")
    d = dt(2027, 4, 22, 9, 10, 0)
    m = M(rng, "卫建国", "weijianguo@tom.com", d, "玉川冶金 商机申诉 JYS-0421-0517（超时）",
          ("smtp.tom.com", f"60.28.{rng.randint(1, 250)}.{rng.randint(1, 250)}"))
    m["blocks"] = [
        "总部：\n\n玉川冶金这条商机申诉一下，编号JYS-0421-0517。\n4月21日 早8:05推的，客户 晚8:20才跟我说，知道超过8小时了，"
        "客户白天一直在车间。\n对方要买的是铝锭，客户是做冶金炉的，所需产品与客户经营产品不一致。\n\n"
        "合作商：济源王屋山网络科技有限公司\n客户：济源玉川冶金设备有限公司\n卫建国"]
    eml = kit15.tom(m, rng)
    return m, eml, appeal(
        "dates", "TOM webmail (approximated)", "济源王屋山网络科技有限公司", "济源玉川冶金设备有限公司", ["JYS-0421-0517"],
        iso(2027, 4, 21, 8, 5), iso(2027, 4, 21, 20, 20), 5, {"partner": [], "client": ["玉川冶金"]},
        {"pushed_at": ["4月21日 早8:05"], "objected_at": ["晚8:20", "4月21日 早8:05"], "reason_code": ["所需产品与客户经营产品不一致"]},
        "TOM webmail; one-character day parts before the clock ('4月21日 早8:05' = 08:05, '晚8:20' = 20:20 the same day) - "
        "12 h 15 min, outside 8 h (the partner says so); code 5 in the seed's words; no attachment; '8小时' is a distractor.")


@entry
def D3():
    rng = R("D3")
    d = dt(2027, 4, 22, 14, 0, 0)
    m = M(rng, "胡晓敏", "huxiaomin@sina.com", d, "彭场无纺布机械 商机汇总反馈", host_of(rng, "sina"))
    m["blocks"] = [
        "总部您好：\n\n彭场无纺布机械的服务期快满了，汇总一下：\n\n合作商：仙桃沔阳网络科技有限公司\n客户：仙桃彭场无纺布机械有限公司\n"
        "服务期：2026年4月28号至2027年4月27号\n合同量：250条\n截至昨天共推送130条\n\n"
        "情况：口罩机、熔喷布设备的询盘少了，问无纺布成品的多；客户成交2台。\n建议：新增“熔喷布生产线”，排除“无纺布成品”。\n"
        "续费：客户说等五一以后再定。\n\n胡晓敏 0728-333 6210"]
    eml = kit9.sina(m, rng)
    return m, eml, dict(
        kind="summary", family="dates", client="Sina webmail (approximated)",
        fields=fields(partner="仙桃沔阳网络科技有限公司", client="仙桃彭场无纺布机械有限公司", quota=250, pushed_count=130,
                      service_start="2026-04-28", service_end="2027-04-27"),
        accept={"client": ["彭场无纺布机械"]}, renewal=None,
        source_text={"quota": ["合同量：250条"], "pushed_count": ["共推送130条"], "service_start": ["2026年4月28号"],
                     "service_end": ["2027年4月27号"]},
        notes="Sina webmail (GBK base64 text + HTML); the period with 号 for the day ('2026年4月28号至2027年4月27号'); the time "
              "trigger only (52 % of the leads, 98 % of the period); '截至昨天' is a cut-off; '2台' and the phone number are "
              "distractors; renewal undecided ('等五一以后再定').")


@entry
def D4():
    rng = R("D4")
    d = dt(2027, 4, 22, 1, 30, 0)
    m = M(rng, "黄伟", "huangwei@shuixiang-net.com", d, "商机申诉 QJ-0421-1160 江汉龙虾机械",
          host_of(rng, "own", "mail.shuixiang-net.com"))
    m["blocks"] = [
        "总部您好，\n\n刚忙完，补报一条申诉：\n商机编号：QJ-0421-1160\n推送：昨天傍晚5点05分\n客户反馈：昨晚9点50分\n"
        "理由：对方是开劳务公司的，要招剥虾工，行业不符。\n\n合作商：潜江水乡网络科技有限公司\n客户：潜江江汉龙虾加工机械有限公司\n\n"
        "黄伟 水乡网络"]
    eml = mailspring(m, rng)
    return m, eml, appeal(
        "dates", "Mailspring (approximated)", "潜江水乡网络科技有限公司", "潜江江汉龙虾加工机械有限公司", ["QJ-0421-1160"],
        iso(2027, 4, 21, 17, 5), iso(2027, 4, 21, 21, 50), 4, {"partner": ["水乡网络"], "client": ["江汉龙虾机械"]},
        {"pushed_at": ["昨天傍晚5点05分"], "objected_at": ["昨晚9点50分"], "reason_code": ["行业不符"]},
        "Mailspring (UTF-8 quoted-printable text + HTML) sent at 01:30 Beijing time with the Date header in UTC "
        "(Wed, 21 Apr 2027 17:30:00 +0000): '昨天' and '昨晚' are 21 April by Beijing time, not the 20th; '昨天傍晚5点05分' "
        "= 17:05 and '昨晚9点50分' = 21:50 - 4 h 45 min, inside 8 h; code 4; no attachment.")


@entry
def D5():
    rng = R("D5")
    d = dt(2027, 5, 6, 9, 40, 0)
    m = M(rng, "刘芳", "liufang@jingling-net.com", d, "节后补报：岳口纺机 商机申诉", host_of(rng, "own", "mail.jingling-net.com"))
    m["blocks"] = [
        "总部您好：\n\n五一前推的一条，放假期间客户没看手机，今天才反馈：\n商机编号：TM-0430-0288\n推送时间：4月30号下午五点四十\n"
        "客户反馈：5月6日早上9点10分（节后第一天）\n情况：对方留的是个人号码，不是企业，问了半天是想自己买台旧纺纱机玩。\n"
        "我们知道已经过了8小时，还是报上来请总部酌情处理。\n\n合作商：天门竟陵网络科技有限公司\n客户：天门岳口纺织机械有限公司\n刘芳"]
    eml = kit13.fairemail(m, rng)
    return m, eml, appeal(
        "dates", "FairEmail (Android; approximated)", "天门竟陵网络科技有限公司", "天门岳口纺织机械有限公司", ["TM-0430-0288"],
        iso(2027, 4, 30, 17, 40), iso(2027, 5, 6, 9, 10), 3, {"partner": [], "client": ["岳口纺机"]},
        {"pushed_at": ["4月30号下午五点四十"], "objected_at": ["5月6日早上9点10分"], "reason_code": ["个人号码，不是企业"]},
        "FairEmail; a push on the eve of the May Day holiday ('4月30号下午五点四十' = 30 April 17:40) and the objection "
        "on the first working day after it ('5月6日早上9点10分') - five and a half days, outside 8 h (the partner says so); "
        "code 3 (an individual's number); no attachment; '五一' and '8小时' are no times.")


# ==========================================================================
# family: numbers and id shorthand (Zhuji, Yueqing, Rui'an, Yongjia, Cangnan)
# ==========================================================================

@entry
def N1():
    rng = R("N1")
    d = dt(2027, 4, 12, 11, 0, 0)
    m = M(rng, "楼佳丽", "loujiali@21cn.com", d, "大唐袜机 商机汇总反馈（续费）", ("smtp.21cn.com", f"183.62.{rng.randint(1, 250)}.{rng.randint(1, 250)}"))
    m["blocks"] = [
        "总部您好：\n\n大唐袜机的汇总：\n合作商：诸暨浣纱网络科技有限公司\n客户：诸暨大唐袜业机械有限公司\n服务期：2026.6.1—2027.5.31\n"
        "合同数量：300（条）\n已推送：一百八十七\n完成率62.3%\n\n分析：电脑袜机的询盘精准，今年卖了12台；问袜子成品的也不少。\n"
        "方案：排除“袜子批发”，新增“全自动电脑袜机”。\n续费：客户同意续费一年。\n\n楼佳丽"]
    eml = mail21cn(m, rng)
    return m, eml, dict(
        kind="summary", family="numbers", client="21CN webmail (approximated)",
        fields=fields(partner="诸暨浣纱网络科技有限公司", client="诸暨大唐袜业机械有限公司", quota=300, pushed_count=187,
                      service_start="2026-06-01", service_end="2027-05-31"),
        accept={"client": ["大唐袜机"]}, renewal=True,
        source_text={"quota": ["合同数量：300（条）"], "pushed_count": ["已推送：一百八十七"], "service_start": ["2026.6.1"],
                     "service_end": ["2027.5.31"]},
        notes="21CN webmail (text + HTML declared GB2312, base64); the unit in parentheses after the quota ('300（条）'); the "
              "pushed count in Chinese numerals without a unit ('一百八十七'); a dotted period joined by an em dash; both "
              "triggers (62 %, 86 % of the period); '62.3%' and '12台' are distractors; renewal intended.")


@entry
def N2():
    rng = R("N2")
    d = dt(2027, 4, 14, 16, 0, 0)
    ids = [f"YQ-0413-{k:03d}" for k in range(21, 26)]
    m = M(rng, "倪晓峰", "nixiaofeng@yandang-net.com", d, "柳市低压电器 商机调整反馈", host_of(rng, "google"))
    m["blocks"] = [
        "总部好，\n\n柳市低压电器本周这批是 YQ-0413-021至025，共5条，客户反馈：\n021 精准（问断路器生产线）\n022 不精准，要买空开成品\n"
        "023 精准\n024 精准，问接触器装配机\n025 不精准，电工个人\n\n调整：\n加关键词：断路器自动装配线、接触器装配机\n"
        "删关键词：空开\n不做：电器成品零售、电工上门\n对象：低压电器厂\n\n合作商：乐清雁荡网络科技有限公司\n客户：乐清柳市低压电器设备有限公司\n倪晓峰"]
    eml = kit7.gmail(m, rng)
    return m, eml, dict(
        kind="adjustment", family="numbers", client="Gmail (Google Workspace)",
        fields=fields(partner="乐清雁荡网络科技有限公司", client="乐清柳市低压电器设备有限公司", lead_ids=ids, lead_count=5),
        accept={"client": ["柳市低压电器"]},
        extra={"keywords_add": ["断路器自动装配线", "接触器装配机"], "keywords_remove": ["空开"], "excluded_products": ["电器成品零售", "电工上门"],
               "audience": ["低压电器厂"]},
        source_text={"lead_ids": ["YQ-0413-021至025"], "lead_count": ["共5条"]},
        notes="Gmail (UTF-8); five ids as a range with 至 ('YQ-0413-021至025' = YQ-0413-021 … YQ-0413-025); the verdicts "
              "name bare tails (no new ids); the count '共5条'.")


@entry
def N3():
    rng = R("N3")
    d = dt(2027, 4, 15, 9, 0, 0)
    m = M(rng, "陈海燕", "1839246620@qq.com", d, "塘下汽摩配 商机申诉 RA0414-00812", host_of(rng, "qq"))
    m["blocks"] = [
        "总部您好：\n\n商机编号：RA0414-00812\n推送：4月14日下午两点零五分\n客户反馈：当天傍晚六点差五分\n"
        "理由：需求者留错电话，打过去是一家幼儿园，属于判定标准第三种情况。\n\n合作商：瑞安飞云网络科技有限公司\n"
        "客户：瑞安塘下汽摩配件机械有限公司\n\n陈海燕 飞云网络 3楼客服部"]
    eml = kit7.tencent(m, rng)
    return m, eml, appeal(
        "numbers", "QQ Mail", "瑞安飞云网络科技有限公司", "瑞安塘下汽摩配件机械有限公司", ["RA0414-00812"],
        iso(2027, 4, 14, 14, 5), iso(2027, 4, 14, 17, 55), 3, {"partner": ["飞云网络"], "client": ["塘下汽摩配"]},
        {"pushed_at": ["4月14日下午两点零五分"], "objected_at": ["当天傍晚六点差五分", "4月14日下午两点零五分"], "reason_code": ["留错电话"]},
        "QQ Mail (GB18030 base64 text + HTML); the minutes in numerals with 零 ('下午两点零五分' = 14:05) and a time "
        "counted back from the hour ('傍晚六点差五分' = 17:55) - 3 h 50 min, inside 8 h; code 3 (留错电话, '第三种情况'); "
        "no attachment; '3楼' is a distractor.")


@entry
def N4():
    rng = R("N4")
    d = dt(2027, 4, 16, 10, 45, 0)
    tails = ["01", "02", "04", "05", "07", "08", "10", "11", "13", "15"]
    ids = [f"YJ-0415-{t}" for t in tails]
    wide = "；".join(f"ＹＪ－０４１５－{t.translate(str.maketrans('0123456789', '０１２３４５６７８９'))}" for t in tails)
    m = M(rng, "潘雪芬", "panxuefen@nanxijiang-net.com", d, "瓯北阀门机械 十条商机调整反馈", host_of(rng, "own", "mail.nanxijiang-net.com"))
    m["blocks"] = [
        "总部您好：\n\n瓯北阀门机械这十条的反馈：\n" + wide + "\n其中精准7条，不精准3条（04要买阀门成品，10是个人，13是同行）。\n\n"
        "调整建议：关键词加“阀门研磨机”“阀门试压机”，去掉“阀门”；不做阀门成品；对象：阀门厂。\n\n"
        "合作商：永嘉楠溪江网络科技有限公司\n客户：永嘉瓯北阀门机械有限公司\n潘雪芬"]
    eml = kit14.foxmail_mac(m, rng)
    return m, eml, dict(
        kind="adjustment", family="numbers", client="Foxmail for Mac (approximated)",
        fields=fields(partner="永嘉楠溪江网络科技有限公司", client="永嘉瓯北阀门机械有限公司", lead_ids=ids, lead_count=10),
        accept={"client": ["瓯北阀门机械"]},
        extra={"keywords_add": ["阀门研磨机", "阀门试压机"], "keywords_remove": ["阀门"], "excluded_products": ["阀门成品"],
               "audience": ["阀门厂"]},
        source_text={"lead_ids": [wide], "lead_count": ["这十条"]},
        notes="Foxmail for Mac; ten ids typed in full-width characters and joined by full-width semicolons "
              "('ＹＪ－０４１５－０１；…', NFKC YJ-0415-01 …); the count in a numeral ('这十条'); '精准7条，不精准3条' and the "
              "bare tails in the verdict line are no count and no ids.")


@entry
def N5():
    rng = R("N5")
    d = dt(2027, 4, 19, 10, 20, 0)
    m = M(rng, "林小燕", "linxiaoyan@139.com", d, "龙港印刷包装机械 汇总反馈", ("smtp.139.com", f"221.176.{rng.randint(1, 250)}.{rng.randint(1, 250)}"))
    m["blocks"] = [
        "总部您好：\n\n合作商：苍南玉苍网络科技有限公司\n客户：苍南龙港印刷包装机械有限公司\n合同：每月25条，合同期12个月\n"
        "服务期：2026年6月15日至2027年6月14日\n累计已推一百九十八条\n\n情况：纸袋机、无纺布袋机询盘不错，成交4台；有些问印刷加工的。\n"
        "建议：排除“印刷加工”，增加“全自动纸袋机”。\n续费：客户准备续费。\n\n林小燕 玉苍网络"]
    eml = kit9.mail139(m, rng)
    return m, eml, dict(
        kind="summary", family="numbers", client="139 webmail (approximated)",
        fields=fields(partner="苍南玉苍网络科技有限公司", client="苍南龙港印刷包装机械有限公司", quota=300, pushed_count=198,
                      service_start="2026-06-15", service_end="2027-06-14"),
        accept={"partner": ["玉苍网络"], "client": ["龙港印刷包装机械"]}, renewal=True,
        source_text={"quota": ["每月25条，合同期12个月"], "pushed_count": ["累计已推一百九十八条"], "service_start": ["2026年6月15日"],
                     "service_end": ["2027年6月14日"]},
        notes="139 webmail; the quota only as a monthly allotment ('每月25条，合同期12个月' = 300); the pushed count in Chinese "
              "numerals; both triggers (66 %, 84 % of the period); '4台' is a distractor; renewal intended.")


# ==========================================================================
# family: filled forms (.docx / .xlsx)
# ==========================================================================

@entry
def F1():
    rng = R("F1")
    d = dt(2027, 4, 15, 16, 0, 0)
    grid = [["合作商", "德清莫干网络科技有限公司"], ["客户", "德清新市竹木机械有限公司"], ["商机编号", "DQ-0415-3302"],
            ["推送时间", "2027年4月15日 9时20分"], ["客户异议时间", "2027年4月15日 14时05分"],
            ["不计入理由（在括号内打√）", "1.同行恶意骚扰（ ）\n2.微信加不上（√）\n3.留错电话/个人（ ）\n4.行业不符（ ）\n5.产品不一致（ ）"],
            ["情况说明", "需求者留的微信号搜索显示“该用户不存在”，电话也不接。"]]
    form = kit7.docx_form("沈丽娟", "2027-04-15T07:40:00Z", "商机申诉书", grid)
    m = M(rng, "沈丽娟", "shenlijuan@mogan-net.com", d, "新市竹木机械 商机申诉书", host_of(rng, "own", "mail.mogan-net.com"))
    m["blocks"] = ["总部您好：\n\n申诉书和截图见附件。\n\n沈丽娟\n莫干网络"]
    m["atts"] = [Att("商机申诉书-新市竹木.docx", CT_DOCX, form, CT_DOCX),
                 Att("微信搜索结果.png", "image/png", png(rng, rows=3, style="search"), "image/png")]
    eml = kit7.apple_mail(m, rng)
    return m, eml, appeal(
        "forms", "Apple Mail (macOS)", "德清莫干网络科技有限公司", "德清新市竹木机械有限公司", ["DQ-0415-3302"],
        iso(2027, 4, 15, 9, 20), iso(2027, 4, 15, 14, 5), 2, {"partner": ["莫干网络"], "client": ["新市竹木机械"]},
        {"pushed_at": ["2027年4月15日 9时20分"], "objected_at": ["2027年4月15日 14时05分"], "reason_code": ["2.微信加不上（√）"]},
        "Apple Mail with a Word form whose criterion is ticked by a check mark inside parentheses ('2.微信加不上（√）' among "
        "empty '（ ）', one option a paragraph); times with 时 / 分 ('9时20分', '14时05分') - 4 h 45 min, inside 8 h; PNG "
        "screenshot.")


@entry
def F2():
    rng = R("F2")
    d = dt(2027, 4, 16, 14, 30, 0)
    ids = [2704150031 + k for k in (0, 2, 3, 5, 8, 9, 11, 14, 15, 17)]
    yn = ["Y", "Y", "N", "Y", "Y", "N", "Y", "Y", "N", "Y"]
    note = ["问转椅底盘机", "", "买办公椅", "", "气杆机", "个人", "", "五星脚模具", "招聘", ""]
    cells = {"A1": "商机调整反馈（递铺办公椅）", "A2": "合作商", "B2": "安吉竹乡网络科技有限公司", "A3": "客户", "B3": "安吉递铺办公椅机械有限公司",
             "A4": "商机编号", "B4": "精准(Y/N)", "C4": "说明"}
    for i, x in enumerate(ids):
        cells[f"A{i + 5}"], cells[f"B{i + 5}"] = x, yn[i]
        if note[i]:
            cells[f"C{i + 5}"] = note[i]
    cells.update({"A16": "关键词新增", "B16": "办公椅底盘机、气杆生产线", "A17": "关键词删除", "B17": "办公椅", "A18": "不做", "B18": "办公椅成品",
                  "A19": "推广对象", "B19": "椅业配件厂"})
    book = xlsx16("钟晓东", "2027-04-16T06:10:00Z", [
        {"title": "反馈", "cells": cells, "merges": ["A1:C1"], "widths": {"A": 16, "B": 30, "C": 18},
         "formats": {f"A{i + 5}": "0" for i in range(10)}}])
    m = M(rng, "钟晓东", "zhongxiaodong@zhuxiang-net.com", d, "递铺办公椅 调整反馈表", host_of(rng, "own", "mail.zhuxiang-net.com"))
    m["blocks"] = ["总部好：\n\n递铺办公椅这批的反馈表见附件，编号一栏是直接从后台导出粘贴的。\n\n钟晓东"]
    m["atts"] = [Att("递铺办公椅反馈.xlsx", CT_XLSX, book, CT_XLSX)]
    eml = kit15.mailbird(m, rng)
    return m, eml, dict(
        kind="adjustment", family="forms", client="Mailbird 3 (Windows; approximated)",
        fields=fields(partner="安吉竹乡网络科技有限公司", client="安吉递铺办公椅机械有限公司", lead_ids=[str(x) for x in ids], lead_count=10),
        accept={"client": ["递铺办公椅"]},
        extra={"keywords_add": ["办公椅底盘机", "气杆生产线"], "keywords_remove": ["办公椅"], "excluded_products": ["办公椅成品"],
               "audience": ["椅业配件厂"]},
        source_text={},
        notes="Mailbird with an .xlsx whose ten lead ids are numeric cells (ten-digit numbers pasted from the back office, "
              "format '0'); verdicts as Y / N; partner and client as label / value cells; no count written (the count "
              "is the ten listed ids).")


@entry
def F3():
    rng = R("F3")
    d = dt(2027, 4, 20, 11, 20, 0)
    months = [("2026-05", 14), ("2026-06", 13), ("2026-07", 15), ("2026-08", 12), ("2026-09", 14), ("2026-10", 11),
              ("2026-11", 13), ("2026-12", 15), ("2027-01", 12), ("2027-02", 10), ("2027-03", 16), ("2027-04", 13)]
    assert sum(n for _m, n in months) == 158
    detail = {"A1": "月度推送明细", "A2": "月份", "B2": "推送条数"}
    for i, (mo, n) in enumerate(months):
        detail[f"A{i + 3}"], detail[f"B{i + 3}"] = mo, n
    cells = {"A1": "商机汇总反馈", "A2": "合作商", "B2": "长兴太湖网络科技有限公司", "A3": "客户", "B3": "长兴煤山蓄电池设备有限公司",
             "A4": "服务开始", "B4": local(2026, 5, 10).date(), "A5": "服务结束", "B5": local(2027, 5, 9).date(),
             "A6": "合同条数", "B6": 240, "A7": "已推送条数", "B7": 158, "A8": "客户情况", "B8": "铅酸电池设备询盘精准，锂电设备询盘偏少。",
             "A9": "解决方案", "B9": "新增“锂电池注液机”等关键词。", "A10": "续费意向", "B10": "暂不续费"}
    book = xlsx16("闵建平", "2027-04-20T03:00:00Z", [
        {"title": "汇总", "cells": cells, "merges": ["A1:B1"], "widths": {"A": 14, "B": 40}},
        {"title": "明细", "cells": detail, "merges": ["A1:B1"], "widths": {"A": 12, "B": 12}}])
    m = M(rng, "闵建平", "minjianping@taihu-net.com", d, "煤山蓄电池设备 汇总反馈表", host_of(rng, "own", "mail.taihu-net.com"))
    m["blocks"] = ["总部您好：\n\n煤山蓄电池设备的汇总表见附件，第二页是每月推送明细。\n\n闵建平\n太湖网络"]
    m["atts"] = [Att("煤山蓄电池汇总.xlsx", CT_XLSX, book, CT_XLSX)]
    eml = kit11.emclient(m, rng)
    return m, eml, dict(
        kind="summary", family="forms", client="eM Client (approximated)",
        fields=fields(partner="长兴太湖网络科技有限公司", client="长兴煤山蓄电池设备有限公司", quota=240, pushed_count=158,
                      service_start="2026-05-10", service_end="2027-05-09"),
        accept={"partner": ["太湖网络"], "client": ["煤山蓄电池设备"]}, renewal=False,
        source_text={"quota": ["合同条数 240"], "pushed_count": ["已推送条数 158"], "service_start": ["2026-05-10"],
                     "service_end": ["2027-05-09"]},
        notes="eM Client with an .xlsx of two visible sheets: the summary with date cells for the period and number cells "
              "for the counts, and a monthly detail sheet whose twelve monthly counts (10 … 16) add up to the pushed count "
              "and are no values themselves; both triggers (66 %, 95 % of the period); renewal declined.")


@entry
def F4():
    rng = R("F4")
    d = dt(2027, 4, 19, 17, 0, 0)
    grid = [["商机编号", "推送时间", "客户反馈时间", "判定标准", "情况说明"],
            ["HN-0419-0452", "4/19 10:05", "4/19 15:40", "第5条", "需求者要买经编布，客户做的是经编机"]]
    form = kit7.docx_form("孙梦洁", "2027-04-19T08:30:00Z", "商机申诉书", grid,
                          paras_before=["合作商：海宁潮城网络科技有限公司", "客户：海宁许村经编机械有限公司"],
                          paras_after=["（附件无录音截图，第5条无需证据）"])
    m = M(rng, "孙梦洁", "sunmengjie@chaocheng-net.com", d, "许村经编机械 商机申诉", host_of(rng, "own", "mail.chaocheng-net.com"))
    m["blocks"] = ["总部您好：\n\n附件是许村经编机械的申诉书，请查收。\n\n孙梦洁 潮城网络"]
    m["atts"] = [Att("申诉书（许村经编）.docx", CT_DOCX, form, CT_DOCX)]
    eml = kit14.outlook2010(m, rng, "zh-CN")
    return m, eml, appeal(
        "forms", "Outlook 2010 (zh-CN)", "海宁潮城网络科技有限公司", "海宁许村经编机械有限公司", ["HN-0419-0452"],
        iso(2027, 4, 19, 10, 5), iso(2027, 4, 19, 15, 40), 5, {"partner": ["潮城网络"], "client": ["许村经编机械"]},
        {"pushed_at": ["4/19 10:05"], "objected_at": ["4/19 15:40"], "reason_code": ["第5条"]},
        "Outlook 2010 zh-CN with a Word form laid out across: one header row and one data row (编号 | 推送时间 | 反馈时间 | "
        "判定标准 | 说明), partner and client in paragraphs above the table; year-less slash dates ('4/19 10:05', "
        "'4/19 15:40') - 5 h 35 min, inside 8 h; code 5 ('第5条'); no evidence needed.")


@entry
def F5():
    rng = R("F5")
    d = dt(2027, 4, 21, 10, 15, 0)
    ids = ["TX-0420-061", "TX-0420-064", "TX-0420-065", "TX-0420-069", "TX-0420-072"]
    grid = [["序号", "商机编号", "是否精准", "备注"]]
    marks = ["精准", "不精准", "精准", "精准", "不精准"]
    notes = ["问横机", "买羊毛衫", "电脑横机配件", "", "学生"]
    for i, x in enumerate(ids):
        grid.append([str(i + 1), x, marks[i], notes[i]])
    form = kit7.docx_form("吴佳慧", "2027-04-21T01:50:00Z", "商机调整反馈表（共5条）", grid,
                          paras_before=["合作商：桐乡乌镇网络科技有限公司", "客户：桐乡濮院羊毛衫机械有限公司"],
                          paras_after=["建议新增关键词：电脑横机、套口机；删除关键词：羊毛衫；不做产品：羊毛衫成品；推广对象：毛衫厂。"])
    m = M(rng, "吴佳慧", "wujiahui.wz@gmail.com", d, "濮院羊毛衫机械 调整反馈", host_of(rng, "google"))
    m["blocks"] = ["总部好，反馈表附上。\n吴佳慧"]
    m["atts"] = [Att("商机调整反馈表.DOCX", CT_DOCX, form, CT_DOCX)]
    eml = kit7.gmail(m, rng)
    return m, eml, dict(
        kind="adjustment", family="forms", client="Gmail",
        fields=fields(partner="桐乡乌镇网络科技有限公司", client="桐乡濮院羊毛衫机械有限公司", lead_ids=ids, lead_count=5),
        accept={"client": ["濮院羊毛衫机械"]},
        extra={"keywords_add": ["电脑横机", "套口机"], "keywords_remove": ["羊毛衫"], "excluded_products": ["羊毛衫成品"],
               "audience": ["毛衫厂"]},
        source_text={"lead_count": ["共5条"]},
        notes="Gmail from a gmail.com address with a Word form named in capitals ('商机调整反馈表.DOCX': role form by its "
              "type); the count in the title ('共5条'); a 序号 column (1 … 5) that is no id and no count; partner and client "
              "in paragraphs above the table.")


# ==========================================================================
# family: mail that is none of the three requests
# ==========================================================================

def unknown(topic, client, notes):
    return dict(kind="unknown", family="non_request", topic=topic, client=client, fields=fields(), accept={},
                source_text={}, notes=notes)


@entry
def U1():
    rng = R("U1")
    d = dt(2027, 4, 27, 15, 30, 0)
    m = M(rng, "钱雨婷", "qianyuting@danghu-net.com", d, "请教：五一假期申诉的48小时怎么算", host_of(rng, "own", "mail.danghu-net.com"))
    m["blocks"] = ["总部老师好：\n\n想提前问一下，如果我们4月30日下午提交申诉，5月1日到5日放假，总部的48个工作小时是从5月6日开始算吗？"
                   "5月8日（周六）调休上班那天算不算？客户那边比较急，我们好提前跟客户解释。\n\n谢谢！\n钱雨婷\n平湖当湖网络科技有限公司"]
    eml = kit15.horde(m, rng)
    return m, eml, unknown("question", "Horde IMP (approximated)",
                           "Horde: a known partner asks how the 48 working hours are counted over the May Day holiday "
                           "and a make-up working Saturday - unknown (question); the dates are no fields.")


@entry
def U2():
    rng = R("U2")
    d = dt(2027, 4, 23, 10, 0, 0)
    cells = {"A1": "新客户关键词确认表", "A2": "客户名称", "B2": "嘉善西塘木业机械有限公司", "A3": "合同条数", "B3": 200,
             "A4": "服务期", "B4": "2027年5月1日至2028年4月30日", "A5": "确认关键词", "B5": "多层板热压机、砂光机、排板机",
             "A6": "不做产品", "B6": "木板成品、家具", "A7": "客户签字", "B7": "已盖章（扫描件另寄）"}
    book = xlsx16("姚振华", "2027-04-23T01:40:00Z", [{"title": "关键词确认", "cells": cells, "merges": ["A1:B1"],
                                                     "widths": {"A": 14, "B": 40}}])
    m = M(rng, "姚振华", "yaozhenhua@xitang-net.com", d, "新签客户 西塘木业机械 关键词确认表", host_of(rng, "own", "mail.xitang-net.com"))
    m["blocks"] = ["总部您好：\n\n西塘木业机械是新签的客户，5月1日开始服务，关键词确认表见附件，请安排上线推广。\n\n姚振华\n嘉善西塘网络"]
    m["atts"] = [Att("西塘木业关键词确认表.xlsx", "application/octet-stream", book, CT_XLSX)]
    eml = kit7.foxmail(m, rng, "GBK")
    return m, eml, unknown("onboarding", "Foxmail 7.2",
                           "Foxmail (declared GBK) with a new client's keyword confirmation sheet (quota, period, keywords; "
                           ".xlsx declared application/octet-stream) - unknown (onboarding), not a summary or an "
                           "adjustment; no fields.")


@entry
def U3():
    rng = R("U3")
    d = dt(2027, 4, 21, 16, 45, 0)
    m = M(rng, "何嘉敏", "hejiamin@189.cn", d, "续费款发票（专票）开具申请", ("smtp.189.cn", f"61.140.{rng.randint(1, 250)}.{rng.randint(1, 250)}"))
    m["blocks"] = ["总部财务您好：\n\n北滘客户的续费款36,000元已于4月20日转账，麻烦开增值税专用发票：\n"
                   "抬头：佛岭北滘电器机械有限公司\n税号：91440606MA5C8RT21X\n开户行：工行北滘支行 2012 0034 0920 0118 762\n"
                   "寄送地址：顺德大良凤山路88号\n\n何嘉敏\n顺德凤城网络科技有限公司"]
    eml = kit13.mail189(m, rng)
    return m, eml, unknown("invoice", "189 webmail (China Telecom; approximated)",
                           "189 webmail: a request for a special VAT invoice for a renewal payment - unknown (invoice); "
                           "the amount, tax id, account number and address are no fields.")


@entry
def U4():
    rng = R("U4")
    d = dt(2027, 4, 19, 9, 50, 0)
    m = M(rng, "区伟聪", "ouweicong@xiqiao-net.com", d, "拜访总部的时间安排", host_of(rng, "own", "mail.xiqiao-net.com"))
    m["blocks"] = ["总部您好：\n\n我们想安排一次到总部的拜访，当面沟通下半年的推广计划和几个大客户的续费。\n"
                   "初定4月28日下午2点，我们去3个人（我、销售总监和客服主管），大概两个小时。\n如时间不方便，4月29日上午也可以。\n"
                   "请回复确认，谢谢。\n\n区伟聪\n南海西樵网络科技有限公司 0757-8688 2301"]
    eml = kit14.dingtalk_mail(m, rng)
    return m, eml, unknown("meeting", "DingTalk mail (approximated)",
                           "DingTalk mail: a partner proposes a visit to HQ - unknown (meeting); the dates, times, '3个人' "
                           "and the phone number are no fields.")


@entry
def U5():
    rng = R("U5")
    d = dt(2027, 4, 20, 14, 5, 0)
    m = M(rng, "莫志明", "mozhiming@humen-net.com", d, "对接人变更及授权邮箱", host_of(rng, "own", "mail.humen-net.com"))
    m["blocks"] = ["总部您好：\n\n我司客服对接人从5月起由陈小婷（chenxiaoting@humen-net.com）接替我，\n"
                   "以后她发来的申诉、调整和汇总请视同我司正式提交；我的邮箱4月30日后停用。\n麻烦在系统里更新一下对接人和授权邮箱。\n\n"
                   "莫志明\n虎门威远网络科技有限公司\n0769-8551 3096"]
    eml = kit9.mac_outlook(m, rng)
    return m, eml, unknown("account", "Outlook for Mac (approximated)",
                           "Outlook for Mac: a partner changes its contact person and the authorised sender address - "
                           "unknown (account); the addresses, dates and phone number are no fields.")


@entry
def U6():
    rng = R("U6")
    d = dt(2027, 4, 22, 11, 15, 0)
    m = M(rng, "钟国强", "zhongguoqiang@lizhi-net.com", d, "意见：商机推送时间太晚，客户来不及反馈", host_of(rng, "own", "mail.lizhi-net.com"))
    m["blocks"] = ["总部您好：\n\n最近两周我们几个客户的商机大多是晚上10点以后才推送的，有的凌晨1点多。客户第二天上班才看到，早就过了8小时，"
                   "有问题的商机也没法申诉了。\n客户意见很大，希望总部调整推送时段，最好在早8点到晚8点之间推送。\n\n"
                   "钟国强\n增城荔枝网络科技有限公司"]
    eml = kit13.samsung(m, rng)
    return m, eml, unknown("complaint", "Samsung Email (Android; approximated)",
                           "Samsung Email: a complaint that leads are pushed late at night so clients cannot object within "
                           "8 hours - unknown (complaint), not an appeal; the times are no fields.")


@entry
def U7():
    rng = R("U7")
    d = dt(2027, 4, 18, 20, 12, 0)
    m = M(rng, "企业邮箱搬家服务", "service@mailmove-pro.cn", d, "企业邮箱一键搬家，0丢信，首月免费", host_of(rng, "own", "smtp.mailmove-pro.cn"))
    m["html"] = ('<html><body><div style="width:600px;font-family:微软雅黑"><h2>企业邮箱一键搬家</h2>'
                 "<p>贵公司还在为换邮箱丢邮件烦恼吗？我们已为3000+家企业完成邮箱迁移，支持腾讯、网易、阿里等全部平台。</p>"
                 "<p>限时优惠：50个账号以内首月免费，第二年起每账号每年仅需99元。</p>"
                 "<p>咨询热线：400-882-3170　微信同号</p><p>从化温泉大道 科技园B座</p>"
                 '<p style="color:#999">如不想再收到此类邮件，请回复TD退订。</p></div></body></html>')
    eml = mail35(m, rng)
    return m, eml, unknown("pitch", "35.cn webmail (HTML only, GBK base64; approximated)",
                           "A mailbox-migration sales pitch sent as one GBK base64 text/html part from a stranger - unknown "
                           "(pitch); '3000+家', '50个账号', '99元' and the phone number are no fields.")


@entry
def U8():
    rng = R("U8")
    d = dt(2027, 4, 26, 9, 0, 0)
    m = M(rng, "蔡秀琴", "caixiuqin@baohe-net.com", d, "办公地址变更通知", host_of(rng, "own", "mail.baohe-net.com"))
    m["blocks"] = ["各位总部同事：\n\n我司自5月6日起搬到新办公室：石狮市宝盖镇科技路6号5楼，座机改为0595-8898 1160，"
                   "邮箱不变。五一期间（5月1日至5日）放假，有急事请打手机。\n\n石狮宝盖网络科技有限公司\n蔡秀琴"]
    eml = kit15.zimbra(m, rng)
    return m, eml, unknown("other", "Zimbra web client (approximated)",
                           "Zimbra: a partner's office-move notice - unknown (other); the address, dates and numbers are "
                           "no fields.")


# ==========================================================================
# family: replies in a thread
# ==========================================================================

@entry
def R1():
    rng = R("R1")
    d = dt(2027, 4, 14, 10, 0, 0)
    m = M(rng, "冯丽", "fengli_sy@163.com", d, "回复: 回复: DOR#SS-2027-000318 商机申诉已受理", host_of(rng, "163"))
    m["irt"] = "<needinfo.SS-2027-000318@ptg139.com>"
    m["refs"] = ["<ack.SS-2027-000318@ptg139.com>", "<needinfo.SS-2027-000318@ptg139.com>"]
    qhead = "在 2027-04-13 17:20:05，\"总部商机服务\" <dor@ptg139.com> 写道："
    qbody = hq_text("SS-2027-000318", "商机申诉", ["推送时间：2027-04-13 08:50", "请核对推送时间。"])
    m["blocks"] = ["总部您好，核对过了，推送时间写错了，应为4月13日上午9点50分，不是8点50分。\n\n冯丽\n",
                   Quote("\n" + qhead + "\n" + qbody, qhead, qbody)]
    eml = kit7.coremail(m, rng, "163")
    return m, eml, dict(
        kind="reply", family="thread", client="163 webmail (Coremail)",
        fields=fields(pushed_at=iso(2027, 4, 13, 9, 50)), accept={}, source_text={"pushed_at": ["4月13日上午9点50分"]},
        notes="163 webmail '回复: 回复:' with the tag written bare, without brackets ('DOR#SS-2027-000318'), and "
              "In-Reply-To / References; the new text corrects the push time (4月13日上午9点50分; '8点50分' and the "
              "quoted time are the old value).")


@entry
def R2():
    rng = R("R2")
    d = dt(2027, 4, 16, 15, 0, 0)
    m = M(rng, "朱文杰", "zhuwenjie@yandang-net.com", d, "答复: [DOR#SS-2027-000322] 商机调整反馈已受理",
          host_of(rng, "own", "mail.yandang-net.com"))
    m["refs"] = ["<ack.SS-2027-000322@ptg139.com>"]
    qhead = "发件人: 总部商机服务 <dor@ptg139.com>\n发送时间: 2027年4月15日 10:12\n主题: [DOR#SS-2027-000322] 商机调整反馈已受理"
    qbody = hq_text("SS-2027-000322", "商机调整反馈", ["商机编号：ZJ-0415-0031、ZJ-0415-0032、ZJ-0415-0038"])
    m["blocks"] = ["总部您好：\n\n第3条编号写错了，应为 ZJ-0415-0033（不是0038），其余不变。\n\n朱文杰\n",
                   Quote("\n" + qhead + "\n\n" + qbody, qhead, qbody)]
    eml = kit7.outlook(m, rng, "zh-CN")
    return m, eml, dict(
        kind="reply", family="thread", client="Outlook 16 (zh-CN)",
        fields=fields(lead_ids=["ZJ-0415-0033"]), accept={}, source_text={},
        notes="Outlook 16 zh-CN '答复:' with the tag and References only (no In-Reply-To); the new text corrects one lead "
              "id (ZJ-0415-0033; '0038' and the quoted ids are the old values).")


@entry
def R3():
    rng = R("R3")
    d = dt(2027, 4, 14, 11, 30, 0)
    m = M(rng, "廖婉婷", "wanting.liao@seed.net.tw", d, "回覆：[DOR#SS-2027-000327] 請補充證據",
          ("smtp.seed.net.tw", f"139.175.{rng.randint(1, 250)}.{rng.randint(1, 250)}"))
    m["irt"] = "<needinfo.SS-2027-000327@ptg139.com>"
    m["refs"] = ["<ack.SS-2027-000327@ptg139.com>", "<needinfo.SS-2027-000327@ptg139.com>"]
    qbody = "您好，\n案件 SS-2027-000327 判定標準第1條需要截圖或錄音，請補充。\n總部商機服務"
    m["blocks"] = ["您好，補上客戶跟對方的通話截圖兩張，請查收。\n\n廖婉婷\n",
                   Quote("\n----- 原始郵件 -----\n" + qbody, "----- 原始郵件 -----", qbody)]
    m["atts"] = [Att("通話截圖1.jpg", "image/jpeg", jpg(rng, rows=5), "image/jpeg"),
                 Att("通話截圖2.jpg", "image/jpeg", jpg(rng, rows=4, style="list"), "image/jpeg")]
    eml = seednet(m, rng)
    return m, eml, dict(
        kind="reply", family="thread", client="Seednet webmail (Big5; approximated)",
        fields=fields(), accept={}, source_text={},
        notes="Seednet webmail (Big5) '回覆：' with a full-width colon, the tag and In-Reply-To / References; the reply "
              "only adds the two screenshots HQ asked for; no case fields.")


@entry
def R4():
    rng = R("R4")
    d = dt(2027, 4, 20, 9, 40, 0)
    m = M(rng, "林小燕", "linxiaoyan@139.com", d, "RE: [DOR#SS-2027-000331] 商机汇总反馈已受理",
          ("smtp.139.com", f"221.176.{rng.randint(1, 250)}.{rng.randint(1, 250)}"))
    m["irt"] = "<ack.SS-2027-000331@ptg139.com>"
    m["refs"] = ["<ack.SS-2027-000331@ptg139.com>"]
    qhead = "在 2027-04-19 14:02，总部商机服务 写道："
    qbody = hq_text("SS-2027-000331", "商机汇总反馈", ["服务期：2026-06-15 至 2027-06-14"])
    m["blocks"] = ["总部您好：\n\n更正：服务期截止日应为2027年7月14日，合同后来顺延了一个月，开始日不变。\n\n林小燕\n",
                   Quote("\n" + qhead + "\n" + quote_gt(qbody), qhead, qbody)]
    eml = kit15.airmail(m, rng)
    return m, eml, dict(
        kind="reply", family="thread", client="Airmail 5 (macOS; approximated)",
        fields=fields(service_end="2027-07-14"), accept={}, source_text={"service_end": ["2027年7月14日"]},
        notes="Airmail 'RE:' with the tag and In-Reply-To / References; the new text corrects the service end "
              "(2027-07-14; the quoted period is the old value, '一个月' is no date).")


@entry
def R5():
    rng = R("R5")
    d = dt(2027, 4, 20, 16, 10, 0)
    m = M(rng, "Lily Gu", "lily.gu@shazhou-it.com", d, "Re: Adjustment confirmed", host_of(rng, "own", "mail.shazhou-it.com"))
    m["irt"] = "<20270419.confirm.SS-2027-000335@ptg139.com>"
    m["refs"] = ["<ack.SS-2027-000335@ptg139.com>", "<20270419.confirm.SS-2027-000335@ptg139.com>"]
    qbody = "Dear partner,\nthe keyword changes for case SS-2027-000335 are live.\nHQ lead service"
    m["blocks"] = ["Thanks - the client confirmed the new keywords are showing up. Nothing else to add for now.\n\nLily\n",
                   Quote("\nOn 2027-04-19 18:02, HQ lead service wrote:\n" + quote_gt(qbody),
                         "On 2027-04-19 18:02, HQ lead service wrote:", qbody)]
    eml = kit7.thunderbird(m, rng)
    return m, eml, dict(
        kind="reply", family="thread", client="Thunderbird",
        fields=fields(), accept={}, source_text={},
        notes="Thunderbird 'Re:' with no tag; In-Reply-To and References point at HQ ids of a dated shape "
              "('<20270419.confirm.SS-2027-000335@ptg139.com>'); English thanks with no case fields.")


# ==========================================================================
# family: short names only
# ==========================================================================

@entry
def S1():
    rng = R("S1")
    d = dt(2027, 4, 16, 16, 20, 0)
    m = M(rng, "古丽娜尔", "gulinaer_nlt@163.com", d, "《果子沟冷链》商机申诉 GZG-0416-0071", host_of(rng, "163"))
    m["blocks"] = ["总部您好：\n\n商机编号：GZG-0416-0071\n推送：4月16日9:15\n客户反馈：4月16日13:40\n"
                   "客户果子沟冷链说对方是搞婚庆的，要租冷焰火设备，跟冷库冷链完全不是一个行业，行业不符。\n\n那拉提网络 古丽娜尔"]
    eml = kit7.coremail(m, rng, "163")
    return m, eml, appeal(
        "short_names", "163 webmail (Coremail)", "那拉提网络", "果子沟冷链", ["GZG-0416-0071"],
        iso(2027, 4, 16, 9, 15), iso(2027, 4, 16, 13, 40), 4, {},
        {"pushed_at": ["4月16日9:15"], "objected_at": ["4月16日13:40"], "reason_code": ["行业不符"]},
        "163 webmail from a 163.com address; short names only: the client in 《》 in the subject and in the body, the "
        "partner only before the writer's name in the sign-off ('那拉提网络 古丽娜尔'); 4 h 25 min, inside 8 h; code 4.")


@entry
def S2():
    rng = R("S2")
    d = dt(2027, 4, 19, 11, 0, 0)
    ids = ["TC-0418-201", "TC-0418-203", "TC-0418-206", "TC-0418-207", "TC-0418-210"]
    m = M(rng, "马晓燕", "2936618420@qq.com", d, "“庭州暖通”这5条的反馈", host_of(rng, "qq"))
    m["blocks"] = ["总部好：\n\n客户“庭州暖通”反馈这5条：\n" + "\n".join(f"{x} {v}" for x, v in zip(
        ids, ["精准", "不精准（要买暖气片成品）", "精准", "精准", "不精准（个人装修）"], strict=True))
        + "\n建议加关键词“空气源热泵机组”，删“暖气片”；不做暖气片零售；对象：暖通工程公司。\n\n—— 天池数科 马晓燕"]
    eml = kit14.qqmail_iphone(m, rng)
    return m, eml, dict(
        kind="adjustment", family="short_names", client="QQ Mail iPhone app (approximated)",
        fields=fields(partner="天池数科", client="庭州暖通", lead_ids=ids, lead_count=5), accept={},
        extra={"keywords_add": ["空气源热泵机组"], "keywords_remove": ["暖气片"], "excluded_products": ["暖气片零售"],
               "audience": ["暖通工程公司"]},
        source_text={"lead_count": ["这5条"]},
        notes="QQ Mail iPhone app from a qq.com address; short names only: the client in curly quotes “” in the subject "
              "and the body, the partner in a dash-led sign-off ('—— 天池数科 马晓燕'); five ids; the count '这5条'.")


@entry
def S3():
    rng = R("S3")
    d = dt(2027, 4, 21, 15, 30, 0)
    m = M(rng, "巴合提", "bahati_js@sina.com", d, "喀纳斯皮草机械 商机汇总", host_of(rng, "sina"))
    m["blocks"] = ["总部您好：\n\n喀纳斯皮草机械的汇总：合同200条，已推126条；服务到2027年6月30日截止，开始日期要等我查了合同再补。\n"
                   "客户觉得询盘质量还行，成交了3台剥皮机，准备续费。\n\n金山网络 敬上"]
    eml = kit9.sina(m, rng)
    return m, eml, dict(
        kind="summary", family="short_names", client="Sina webmail (approximated)",
        fields=fields(partner="金山网络", client="喀纳斯皮草机械", quota=200, pushed_count=126, service_end="2027-06-30"),
        accept={}, renewal=True,
        source_text={"quota": ["合同200条"], "pushed_count": ["已推126条"], "service_end": ["2027年6月30日"]},
        notes="Sina webmail; short names only (the partner before '敬上'); the service start is not known yet: "
              "service_start null and missing, the trigger judged on the leads alone (63 %: lead_60); '3台' is a "
              "distractor; renewal intended.")


@entry
def S4():
    rng = R("S4")
    d = dt(2027, 4, 16, 18, 10, 0)
    m = M(rng, "艾合买提", "aihemaiti@kunlun-sk.com", d, "玉龙玉雕机 申诉一条", host_of(rng, "own", "mail.kunlun-sk.com"))
    m["blocks"] = ["总部：\n\n玉龙玉雕机有一条商机要申诉。编号客户没给我，只说是4月16号上午10点推的那条问切割机的，当天下午3点客户就反馈了："
                   "对方要的是石材切割机，客户只做玉雕机，产品不一致。编号我问到了再补。\n\n昆仑数科 艾合买提"]
    eml = kit14.huawei_email(m, rng)
    return m, eml, appeal(
        "short_names", "HUAWEI Email (Android; approximated)", "昆仑数科", "玉龙玉雕机", [],
        iso(2027, 4, 16, 10, 0), iso(2027, 4, 16, 15, 0), 5, {},
        {"pushed_at": ["4月16号上午10点"], "objected_at": ["当天下午3点", "4月16号上午10点"], "reason_code": ["产品不一致"]},
        "HUAWEI Email; short names only (the partner before the writer); the lead id is not known ('编号客户没给我'): "
        "lead_ids empty and missing; '4月16号上午10点' and '当天下午3点' - 5 h, inside 8 h; code 5; no attachment.")


@entry
def S5():
    rng = R("S5")
    d = dt(2027, 4, 22, 10, 30, 0)
    m = M(rng, "金美善", "jinmeishan@changbai-net.com", d, "海兰江食品机械 调整反馈", host_of(rng, "own", "mail.changbai-net.com"))
    m["blocks"] = ["总部您好：\n\n海兰江食品机械上周推的这10条商机客户都看了，其中7条精准，3条不精准（两个是买冷面成品的，一个是饭店招工）。\n"
                   "建议：加关键词“冷面机”“打糕机”，删“冷面”；不做冷面、打糕成品；推广对象：食品厂、朝鲜族餐饮连锁。\n\n"
                   "【布尔哈通网络】金美善"]
    eml = kit10.mail263(m, rng)
    return m, eml, dict(
        kind="adjustment", family="short_names", client="263 enterprise mail (approximated)",
        fields=fields(partner="布尔哈通网络", client="海兰江食品机械", lead_count=10), accept={},
        extra={"keywords_add": ["冷面机", "打糕机"], "keywords_remove": ["冷面"], "excluded_products": ["冷面", "打糕成品"],
               "audience": ["食品厂", "朝鲜族餐饮连锁"]},
        source_text={"lead_count": ["这10条"]},
        notes="263 enterprise mail; short names only: the partner in 【】 before the writer's name, the client in the subject "
              "and the body; a count without ids ('这10条'; '7条精准，3条不精准' is no count), so lead_ids is not missing.")


# ==========================================================================
# family: clean requests
# ==========================================================================

@entry
def C1():
    rng = R("C1")
    d = dt(2027, 4, 21, 11, 25, 0)
    m = M(rng, "雷振华", "leizhenhua@yaozhou-net.com", d, "商机申诉 耀州陶瓷机械 TC-0421-0136", host_of(rng, "own", "mail.yaozhou-net.com"))
    m["blocks"] = ["总部您好：\n\n合作商：铜川耀州网络科技有限公司\n付费客户：铜川耀州陶瓷机械有限公司\n商机编号：TC-0421-0136\n"
                   "推送时间：2027-04-21 08:40\n客户异议时间：2027-04-21 10:15\n申诉理由：同行恶意询价（判定标准第1条）\n"
                   "情况说明：对方自称陶瓷厂采购，后来承认是同行，来打听窑炉报价。\n附件：通话录音\n\n雷振华"]
    m["atts"] = [Att("通话录音.amr", "application/octet-stream", amr(rng, 6), "audio/amr")]
    eml = kit7.foxmail(m, rng, "gb2312")
    return m, eml, appeal(
        "clean", "Foxmail 7.2", "铜川耀州网络科技有限公司", "铜川耀州陶瓷机械有限公司", ["TC-0421-0136"],
        iso(2027, 4, 21, 8, 40), iso(2027, 4, 21, 10, 15), 1, {"partner": ["耀州网络"], "client": ["耀州陶瓷机械"]},
        {"pushed_at": ["2027-04-21 08:40"], "objected_at": ["2027-04-21 10:15"], "reason_code": ["判定标准第1条"]},
        "Foxmail (gb2312 declared); a clean labelled appeal, code 1 with an AMR recording declared "
        "application/octet-stream.")


@entry
def C2():
    rng = R("C2")
    d = dt(2027, 4, 20, 15, 40, 0)
    ids = [f"QY0420{k:04d}" for k in (101, 102, 104, 105, 108, 109, 111, 113, 114, 117)]
    marks = ["精准", "精准", "不精准", "精准", "精准", "不精准", "精准", "精准", "精准", "不精准"]
    m = M(rng, "王丽萍", "3052718843@qq.com", d, "商机调整 陇东石油机械 10条", host_of(rng, "qq"))
    m["blocks"] = ["总部您好：\n\n合作商：庆阳陇东网络科技有限公司\n客户：庆阳陇东石油机械有限公司\n商机数量：10条\n"
                   + "\n".join(f"{x} {v}" for x, v in zip(ids, marks, strict=True))
                   + "\n新增关键词：抽油机、抽油杆\n删除关键词：石油\n不做产品：成品油\n推广对象：油田服务公司\n\n王丽萍"]
    eml = kit7.tencent(m, rng)
    return m, eml, dict(
        kind="adjustment", family="clean", client="QQ Mail",
        fields=fields(partner="庆阳陇东网络科技有限公司", client="庆阳陇东石油机械有限公司", lead_ids=ids, lead_count=10),
        accept={"client": ["陇东石油机械"]},
        extra={"keywords_add": ["抽油机", "抽油杆"], "keywords_remove": ["石油"], "excluded_products": ["成品油"],
               "audience": ["油田服务公司"]},
        source_text={"lead_count": ["商机数量：10条"]},
        notes="QQ Mail (GB18030); a clean adjustment with ten ten-character ids, verdicts and labelled proposals.")


@entry
def C3():
    rng = R("C3")
    d = dt(2027, 4, 23, 9, 30, 0)
    rows = [("合作商", "定西安定网络科技有限公司"), ("客户", "定西马铃薯淀粉机械有限公司"), ("合同条数", "200条"), ("已推送", "124条"),
            ("服务期", "2026年9月1日至2027年8月31日"), ("客户情况", "淀粉设备询盘精准，成交2套；部分问马铃薯收购。"),
            ("解决方案", "排除“马铃薯收购”，新增“淀粉加工设备”。"), ("续费意向", "客户有续费意向")]
    tr = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows)
    m = M(rng, "杨建军", "yangjianjun@anding-net.com", d, "马铃薯淀粉机械 商机汇总反馈", host_of(rng, "own", "mail.anding-net.com"))
    m["html"] = ('<html><body><p>总部您好：</p><p>马铃薯淀粉机械的汇总反馈如下：</p><table border="1" cellspacing="0">'
                 + tr + "</table><p>杨建军</p></body></html>")
    eml = mail35(m, rng)
    return m, eml, dict(
        kind="summary", family="clean", client="35.cn webmail (HTML only, GBK base64; approximated)",
        fields=fields(partner="定西安定网络科技有限公司", client="定西马铃薯淀粉机械有限公司", quota=200, pushed_count=124,
                      service_start="2026-09-01", service_end="2027-08-31"),
        accept={"client": ["马铃薯淀粉机械"]}, renewal=True,
        source_text={"quota": ["200条"], "pushed_count": ["124条"], "service_start": ["2026年9月1日"], "service_end": ["2027年8月31日"]},
        notes="35.cn webmail sending one GBK base64 text/html part with the fields in an HTML table; a clean labelled "
              "summary; lead trigger only (62 %, 64 % of the period); '2套' is a distractor; renewal intended.")


@entry
def C4():
    rng = R("C4")
    d = dt(2027, 4, 22, 14, 50, 0)
    m = M(rng, "张海燕", "zhanghaiyan@xiongguan-net.com", d, "商机申诉 XG-0422-0057", host_of(rng, "own", "mail.xiongguan-net.com"))
    m["blocks"] = ["总部您好：\n\n合作商：嘉峪关雄关网络科技有限公司\n客户：嘉峪关酒钢耐材机械有限公司\n商机编号：XG-0422-0057\n"
                   "推送时间：2027年4月22日 09:10\n异议时间：2027年4月22日 11:30\n申诉理由：需求者留错电话（判定标准第3条）\n"
                   "附件：通话截图\n\n张海燕"]
    m["atts"] = [Att("通话截图.png", "image/png", png(rng, rows=4, style="list"), "image/png")]
    eml = kit10.lark(m, rng)
    return m, eml, appeal(
        "clean", "Lark / Feishu mail (approximated)", "嘉峪关雄关网络科技有限公司", "嘉峪关酒钢耐材机械有限公司", ["XG-0422-0057"],
        iso(2027, 4, 22, 9, 10), iso(2027, 4, 22, 11, 30), 3, {},
        {"pushed_at": ["2027年4月22日 09:10"], "objected_at": ["2027年4月22日 11:30"], "reason_code": ["判定标准第3条"]},
        "Lark / Feishu mail; a clean labelled appeal, code 3 with a PNG screenshot.")


# ==========================================================================
# family: automatic mail
# ==========================================================================

@entry
def A1():
    rng = R("A1")
    d = dt(2027, 4, 23, 8, 2, 0)
    m = M(rng, "签约云", "noreply@esigncloud-notice.cn", d, "【签署提醒】《商机推广服务合同（续约）》待您签署",
          ("mta3.esigncloud-notice.cn", "47.104.61.19"))
    m["blocks"] = ["尊敬的用户：\n\n您有一份合同待签署：《商机推广服务合同（续约）》\n发起方：苍南龙港印刷包装机械有限公司\n"
                   "合同要点：推送300条，服务期2027年6月15日至2028年6月14日\n请于2027年4月30日前登录签约云完成签署。\n\n"
                   "本邮件由系统自动发出，请勿直接回复。"]
    eml = esign_notice(m, rng)
    return m, eml, dict(
        kind="auto", family="auto", client="eSignCloud notice (approximated)", fields=fields(), accept={}, source_text={},
        notes="An e-signature platform's notice from a noreply@ address, UTF-8 base64 text + HTML, no Auto-Submitted "
              "and no Precedence - auto by its sender; the client, quota and period it quotes are no fields.")


@entry
def A2():
    rng = R("A2")
    d = dt(2027, 4, 16, 15, 3, 20)
    m = M(rng, "朱文杰", "zhuwenjie@yandang-net.com", d, "自动答复：商机调整反馈已确认", ("mail.yandang-net.com", "115.236.83.40"))
    m["irt"] = "<confirm.SS-2027-000322@ptg139.com>"
    m["text"] = ("您好，我4月16日至4月18日外出参展，期间回复可能不及时。\n急事请联系同事 倪晓峰 0577-6271 3308。\n\n"
                 "朱文杰\n乐清雁荡网络科技有限公司")
    eml = qiye_autoreply(m, rng)
    return m, eml, dict(
        kind="auto", family="auto", client="NetEase enterprise mail auto-reply (approximated)", fields=fields(), accept={},
        source_text={},
        notes="A GBK auto-reply '自动答复：' with Auto-Submitted: auto-replied and In-Reply-To only to HQ's confirmation "
              "(thread_case_ref set, no tag so case_ref null): auto wins over the thread marker; the dates, the phone "
              "number and the partner name are no fields.")


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


README_TEXT = """# blind17 — 49 labelled partner mails for `maild parse`, by family of difficulty

A held-out set, written blind from the spec, the samples and the shared corpus tools while the
parser was being fixed on blind16: from `shared/spec/DOMAIN.md`, the seed process document
(`seed-139-lead-process.zh.txt`), `shared/samples/` (README, sNN.eml, sNN.expected.json), the shared
corpus tools (`layout.py`, `mimekit.py`, `rules.py`, `checkkit.py`) and the generators and checkers of
blind7 … blind16, whose generic helpers (header encodings, mail-client builders, drawings, audio
containers, Word / Excel forms, the label assembler, the MIME walk and the source-text parsers) it
imports rather than copies. Nobody looked at the parser, its tests or any other set's mails while
writing it, and nobody tuned the parser on it: it measures how well the parser generalises to mail
it was never fitted to. New fictitious partners and clients in 斗六, 豐原, 鰂魚涌, 青衣, 望廈, 江阴, 昆山,
张家港, 常熟, 晋江, 安阳 (汤阴), 济源, 仙桃 (彭场), 潜江, 天门 (岳口), 诸暨 (大唐), 乐清 (柳市), 瑞安 (塘下),
永嘉 (瓯北), 苍南 (龙港), 德清 (新市), 安吉 (递铺), 长兴 (煤山), 海宁 (许村), 桐乡 (濮院), 平湖, 嘉善 (西塘),
顺德, 南海 (西樵), 虎门, 增城, 从化, 石狮, 伊犁, 昌吉, 阿勒泰, 和田, 延吉, 铜川, 庆阳, 定西 and 嘉峪关 (none
of the cities of the earlier sets), with new people, phrasings, clients, mail clients, id shapes and
form features; every person, phone number, lead id and case id is invented.

- `tests/mail/blind17/NNN.eml` — the message as delivered (CRLF, the receiving server's
  Return-Path / Delivered-To / Received on top, bytes written the way each client writes them).
- `tests/mail/blind17/NNN.expected.json` — the samples' keys (`kind`, `message_id`, `sender`,
  `subject`, `case_ref`, `fields`, `missing`, `attachments` with `detected_type` / `inline`,
  `notes`, `mail_client`, `accept`, `thread_case_ref`, `malformed`, `checks`, `extra`,
  `source_key`) plus `family` (below), `topic` for `unknown` mail (question, onboarding, invoice,
  meeting, account, complaint, pitch, other) and `source_text`: the literal strings a time, number,
  date, reason or id shorthand was read from (further strings, each literal too, are the context it
  inherits: the day of an earlier time). `accept` is always present (`{}` when there is no
  alternative form).
- `tools/corpus/blind17/generate.py` — the deterministic generator (one `random.Random` per entry
  key, fixed zip and core.xml dates): `python -B tools/corpus/blind17/generate.py [--out DIR]`.
  It imports the generators of blind7 … blind16 for the generic machinery and adds only what is new:
  the texts and labels, and the builders none of them has (Seednet webmail in Big5, HKBN webmail in
  Big5-HKSCS quoted-printable with Q-encoded headers, Mailspring with its Date in UTC and 7bit ASCII
  parts, 21CN webmail, Mail for Windows, BlueMail in 8bit, a 35.cn HTML-only webmail, an
  e-signature platform's noreply notice, a NetEase enterprise-mail auto-reply). Needs python-docx,
  openpyxl and Pillow; the committed bytes were made with Python 3.11.7, Pillow 13.0.0,
  zlib 1.2.13, python-docx 1.2.0 and openpyxl 3.1.5 (other Pillow / zlib versions may change image
  and zip bytes, and so sizes and SHA-256 in the labels).
- `tools/corpus/blind17/check.py` — `python -B tools/corpus/blind17/check.py [--no-regen] [DIR]`:
  parses every message with Python's `email` package (and a raw header walk, through blind7's …
  blind16's checkers), re-finds the attachments by the samples' rule and compares name, declared
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
| `traditional` | Douliu, Fengyuan, Quarry Bay, Tsing Yi and Mong Ha (Macau) writers (Seednet webmail in Big5, Outlook 2010 zh-TW, HKBN webmail in Big5-HKSCS, iPhone Mail, K-9 Mail; written Cantonese); field lines after a `▍` bar, `（週一）` and full-width colons in clock times (`上午 10：40`), a period joined by a tilde, `300 筆` and `一百九十五筆`, a table of ids with `準` / `唔準`, Cantonese `晏晝` and `夜晚`, counts in Chinese numerals after a cut-off date in numerals; simplified forms in `accept` |
| `english` | English and mixed writers: a US month-first date with `p.m.` (`04/13/2027 2:15 p.m.`), month-first ordinals with an en dash (`June 1st 2026 – May 31st 2027`), dotted ids with `the five leads`, English-only names with weekdays in parentheses 10 h 25 min after the push, Chinglish with dotted clock times (`16 April 9.30am`) |
| `dates` | a weekday of last week (`上周四下午三点一刻`), one-character day parts (`早8:05`, `晚8:20`), days with 号 in a period, a mail sent at 01:30 Beijing time with its Date header in UTC (`昨天` is the Beijing day), a push on the eve of the May Day holiday and an objection on the first working day after it |
| `numbers` | a unit in parentheses (`300（条）`) and a unitless Chinese numeral, a range with 至 (`YQ-0413-021至025`), `两点零五分` and a time counted back from the hour (`六点差五分`), full-width ids joined by full-width semicolons with `这十条`, a quota as a monthly allotment (`每月25条，合同期12个月`) |
| `forms` | .docx / .xlsx: a Word form ticked with `（√）`; a workbook whose lead ids are numeric cells; a workbook with two visible sheets (date cells, number cells, a monthly detail sheet); a Word form laid out across with partner and client in paragraphs above it; a Word form whose file name ends in `.DOCX` |
| `non_request` | mail that is none of the three requests → `unknown` with a `topic` |
| `thread` | replies that correct one field (the push time, a lead id, the service end) or only add the evidence HQ asked for: a bare tag without brackets after `回复: 回复:`, References without In-Reply-To, `回覆：` in Big5 with two screenshots, `RE:` from Airmail, `Re:` without a tag whose thread headers hold HQ ids of a dated shape |
| `short_names` | partner and/or client only as short names: the client in `《》` and the partner before the writer, the client in `“”` and the partner in a `——` sign-off, the partner before `敬上` with a missing service start, a missing lead id, the partner in 【】 before the writer with a count and no ids |
| `clean` | ordinary requests (Foxmail with an AMR, QQ Mail, 35.cn HTML only, Lark mail) |
| `auto` | an e-signature platform's notice from a noreply@ address (no Auto-Submitted), and a GBK auto-reply `自动答复：` with In-Reply-To only |

## Labelling decisions a reader could make differently

- **Traditional script and Cantonese**: `partner` / `client` are the strings as written; the
  character-by-character simplified forms and the short forms are in `accept`. `（週一）` only names
  the weekday, which agrees; `上午 10：40` is 10:40 and `同日 17：25` 17:25; `15/4` from a Hong Kong
  writer is 15 April; `晏晝1點40分` is 13:40 and `當日夜晚7點` 19:00; `一百九十五筆` is 195 (`截至4/13` is a
  cut-off), `一百八十條` 180 and `已推一百一十二條` 112 (`截至四月十五日` is a date, `二百四十條` the size the
  client wishes for). Ten ids in a table with no count written give the count 10.
- **English times and counts**: `04/13/2027` from a mainland writer in English is 13 April (month
  first); `2:15 p.m.` is 14:15; `June 1st 2026 – May 31st 2027` is the period; `Contract volume: 360
  leads` is the quota, `Delivered to date: 228` the pushed count; `the five leads` is the count;
  `ZJG.0414.07` is one id; `Apr 14 (Wed), 11:05 PM` is 23:05; `16 April 9.30am` is 09:30 of the Date
  header's year and `11.45am same day` 11:45; `wrong number` is 3, `product mismatch` 5 and
  `competitor` 1.
- **Relative days and zones**: `上周四` in a mail of Tuesday 20 April is Thursday 15 April; `早8:05` is
  08:05 and `晚8:20` 20:20; `2026年4月28号` is 28 April; a Date header of `Wed, 21 Apr 2027 17:30:00 +0000`
  is 01:30 on 22 April in Beijing, so `昨天傍晚5点05分` is 21 April 17:05 and `昨晚9点50分` 21 April 21:50.
- **Numbers**: `300（条）` is 300; `已推送：一百八十七` is 187; `YQ-0413-021至025` is five ids; `两点零五分` is
  14:05 and `傍晚六点差五分` 17:55; `第三种情况` agrees with `留错电话` (3); full-width ids are the same
  ids after NFKC; `精准7条，不精准3条` is no count; `每月25条，合同期12个月` is a quota of 300.
- **Forms**: `2.微信加不上（√）` among empty `（ ）` is criterion 2; numeric id cells are ids written as
  digits; a monthly detail sheet's counts are no values; a `序号` column is no id; a file name ending in
  `.DOCX` is a form by its type.
- **Short names**: when only a short name is written it is the field — in 《》, in “”, before the
  writer's name, before `敬上`, in 【】. A missing service start misses `service_start` and the trigger
  is judged on the leads; a missing lead id misses `lead_ids`; an adjustment with a count and no ids
  misses nothing.
- **Replies**: only the reply's own new text and attachments count; a correction gives the corrected
  value only. A bare `DOR#SS-…` without brackets counts as the tag; References alone make a reply; HQ
  ids of a dated shape in In-Reply-To / References give `thread_case_ref`. `accept` of a reply is `{}`.
- **Not requests**: a question about the 48 working hours over a holiday, a new client's keyword
  confirmation sheet, a VAT invoice request, a visit to HQ, a change of contact person, a complaint
  about late-night pushes, a mailbox-migration pitch and an office-move notice are `unknown` with no
  fields, whatever they name.
- **Automatic**: a noreply@ sender makes a notice `auto` without any Auto-Submitted header; an
  auto-reply `自动答复：` with In-Reply-To to HQ is `auto`, not `reply` (thread_case_ref is still set).
- **Late appeals**: objections 10 h 25 min, 12 h 15 min and five and a half days after the push are
  still appeals; `objection_within_8h` is false.
- **Attachments**: an AMR declared application/octet-stream is `audio/amr` by its bytes; a workbook
  declared application/octet-stream is an .xlsx by its bytes.

## Files

| file | key | kind | family | mail client | what it exercises |
|---|---|---|---|---|---|
"""

if __name__ == "__main__":
    main()
