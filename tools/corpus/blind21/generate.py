#!/usr/bin/env python3
"""Deterministic generator of the blind21 evaluation set (49 labelled partner mails).

Run:  python -B tools/corpus/blind21/generate.py [--out DIR]
      (default: the set into tests/mail/blind21, README.md next to this file;
      with --out, everything into DIR and the checkout is untouched)

Written blind: from shared/spec/DOMAIN.md, the seed process document, shared/samples/
and the shared corpus tools only, never from the parser, its tests or another set's
mails.  The generic machinery (header encodings, the mail-client builders, drawings,
audio containers, Word / Excel forms, the label assembler) is imported from the
generators of blind7 .. blind20; this file holds what is new to blind21: its partners,
clients, people and texts, its labels, and the builders none of them has (an Aliyun
enterprise mail out-of-office reply, a 139 mail delivery-failure report).

Every partner, client, person, phone number, lead id and case id is fictitious.  One
random.Random per message (seeded from the entry key), fixed zip member dates and fixed
core.xml dates make a rerun byte-identical.  Needs python-docx, openpyxl, Pillow.
"""
from __future__ import annotations

import importlib.util
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "blind7"))  # blind7's generator: the generic client builders
sys.path.insert(1, str(HERE.parent))  # tools/corpus: the shared modules

import generate as kit7  # noqa: E402  (tools/corpus/blind7/generate.py)
import layout  # noqa: E402
from mimekit import CRLF, CT_DOCX, CT_XLSX, b64_body, crlf, header_block, leaf, rfcdate  # noqa: E402


def _load(name, folder):
    """tools/corpus/<folder>/generate.py under its own module name (each imports blind7's as `generate`)."""
    spec = importlib.util.spec_from_file_location(name, HERE.parent / folder / "generate.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


kit20 = _load("blind20_generate", "blind20")
kit19, kit18 = kit20.kit19, kit20.kit18
kit17, kit16, kit15, kit14, kit13 = kit18.kit17, kit18.kit16, kit18.kit15, kit18.kit14, kit18.kit13
kit12, kit11, kit10, kit9, kit8 = kit18.kit12, kit18.kit11, kit18.kit10, kit18.kit9, kit18.kit8

Att, Quote = kit7.Att, kit7.Quote
dt, iso, fields, host_of, rs = kit7.dt, kit7.iso, kit7.fields, kit7.host_of, kit7.rs
png, jpg, amr, mp3, m4a = kit7.png, kit7.jpg, kit7.amr, kit7.mp3, kit7.m4a
top, thread, mp = kit7.top, kit7.thread, kit7.mp
HEXL, HEXU, HQ, quote_gt = kit7.HEXL, kit7.HEXU, kit7.HQ, kit7.quote_gt
xlsx16, local = kit16.xlsx16, kit16.local
M, appeal, unknown, ip = kit17.M, kit17.appeal, kit17.unknown, kit18.ip
summary, adjustment, ex = kit19.summary, kit19.adjustment, kit19.ex

SET = "blind21"
SEED = "maild-blind21-2027"
DIGITS = "0123456789"

# traditional -> simplified, for the aliases of this set's traditional names
T2S = dict(zip("鄉數銷倉機藝網絡漁產長島業貿環電話係",
               "乡数销仓机艺网络渔产长岛业贸环电话系", strict=True))


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


# --------------------------------------------------------------------------
# what blind7 .. blind20 lack: automatic mail
# --------------------------------------------------------------------------

def aliyun_oof(m, rng):
    """An Aliyun enterprise mail out-of-office reply (approximated): '自动回复:' before the subject it answers,
    Auto-Submitted: auto-replied and X-Auto-Response-Suppress, In-Reply-To, one UTF-8 base64 text part."""
    d = m["date"]
    mid = f"<{rs(rng, 8, HEXL)}-{rs(rng, 4, HEXL)}.autoreply@{m['addr'].split('@')[1]}>"
    m["message_id"] = mid
    h = top(rng, m["addr"], *m["host"], d, 1)
    h += ["Date: " + rfcdate(d), kit7.from_header(m["from_name"], m["addr"], "UTF-8"), "To: " + HQ,
          kit7.subj_header(m["subject"], "UTF-8"), "Message-ID: " + mid] + thread(m)
    h += ["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", "X-Mailer: Alimail-Autoreply (approximated)",
          "MIME-Version: 1.0", "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: base64"]
    return header_block(h) + CRLF + b64_body(crlf(m["text"]).encode("utf-8"))


def mail139_failed(m, rng):
    """A 139 mail delivery-failure report (approximated): multipart/report; report-type=delivery-status with a
    UTF-8 base64 text part, message/delivery-status saying 'failed' and the returned headers as text/rfc822-headers."""
    d = m["date"]
    b = "=_Part_Report_" + rs(rng, 16, HEXU)
    dsn = crlf(f"Reporting-MTA: dns; {m['host'][0]}\nArrival-Date: {rfcdate(d)}\n\n"
               f"Final-Recipient: rfc822; {m['rcpt']}\nAction: failed\nStatus: 5.1.1\n"
               "Diagnostic-Code: smtp; 550 5.1.1 mailbox unavailable\n")
    body = mp(b, [leaf(["Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: base64"],
                       b64_body(crlf(m["text"]).encode("utf-8"))),
                  leaf(["Content-Type: message/delivery-status"], dsn.encode("ascii")),
                  leaf(["Content-Type: text/rfc822-headers"], crlf(m["orig_headers"]).encode("utf-8"))])
    mid = f"<dsn{rs(rng, 12, DIGITS)}.{rs(rng, 6, HEXL)}@139.com>"
    m["message_id"] = mid
    h = top(rng, m["addr"], *m["host"], d, 1)
    h += ["Date: " + rfcdate(d), kit7.from_header(m["from_name"], m["addr"], "UTF-8"), "To: " + HQ,
          kit7.subj_header(m["subject"], "UTF-8"), "Message-ID: " + mid, "Auto-Submitted: auto-replied", "MIME-Version: 1.0",
          "Content-Type: multipart/report; report-type=delivery-status;", f'\tboundary="{b}"']
    return header_block(h) + CRLF + body


# --------------------------------------------------------------------------
# entries
# --------------------------------------------------------------------------

ENTRIES = []


def entry(fn):
    ENTRIES.append(fn)
    return fn


# ==========================================================================
# family: traditional Chinese writers (Chishang, Zhushan, Wuqi, Cheung Chau, Ilha Verde (Macau))
# ==========================================================================

@entry
def T1():
    rng = R("T1")
    d = dt(2027, 10, 13, 9, 35, 0)
    m = M(rng, "邱怡君", "yichun.chiu@pchome.com.tw", d, "米倉碾米機械 商機申訴 CS-1012-0093", ("smtp.pchome.com.tw", ip(rng, 210, 59)))
    m["blocks"] = [
        "總部 您好：\n\n客戶米倉碾米機械對昨天下午的一筆推播有意見，麻煩判定是否不計。\n\n"
        "商機編號：CS-1012-0093\n推播時間：2027/10/12 14:20\n客戶反應：2027/10/12 18:45\n"
        "說明：對方是同行，自稱碾米廠採購，問完規格和報價後承認自己也在賣碾米機。LINE 對話截圖附上。\n\n"
        "合作廠商：池上稻鄉數位行銷有限公司\n客戶：池上米倉碾米機械股份有限公司\n\n邱怡君\n稻鄉數位 (089)862-417"]
    m["atts"] = [Att("LINE對話截圖.jpg", "image/jpeg", jpg(rng, rows=6), "image/jpeg")]
    eml = kit16.pchome(m, rng)
    return m, eml, appeal(
        "traditional", "PChome webmail (approximated)", "池上稻鄉數位行銷有限公司", "池上米倉碾米機械股份有限公司",
        ["CS-1012-0093"], iso(2027, 10, 12, 14, 20), iso(2027, 10, 12, 18, 45), 1,
        {"partner": trad_accept("池上稻鄉數位行銷有限公司", "稻鄉數位"), "client": trad_accept("池上米倉碾米機械股份有限公司", "米倉碾米機械")},
        {"pushed_at": ["2027/10/12 14:20"], "objected_at": ["2027/10/12 18:45"], "reason_code": ["對方是同行"]},
        "PChome webmail (Big5) from Chishang; slashed dates with a 24-hour clock - 4 h 25 min, inside 8 h; code 1 (a "
        "competitor) with a JPEG of the chat; the phone number is a distractor.")


@entry
def T2():
    rng = R("T2")
    d = dt(2027, 10, 14, 16, 10, 0)
    m = M(rng, "林冠廷", "kuanting.lin@zhushan-bamboo.com.tw", d, "竹藝機械 年度推播彙總", host_of(rng, "own", "mail.zhushan-bamboo.com.tw"))
    m["blocks"] = [
        "總部 您好：\n\n竹藝機械今年的推播情形整理如下：\n\n"
        "(1) 合作廠商：竹山竹藝數位行銷有限公司\n(2) 客戶：竹山竹藝機械股份有限公司\n"
        "(3) 服務期間：民國116年1月1日至116年12月31日\n(4) 合約保證：300筆\n(5) 已推播：126筆\n\n"
        "客戶意見：竹片刨光機、竹筷成型機的詢問不錯，成交2台；有些是觀光客問竹筒飯。\n續約：客戶還在評估，年底前回覆。\n\n"
        "林冠廷\n竹藝數位 (049)265-0318"]
    eml = kit13.owa(m, rng, "zh-TW")
    return m, eml, summary(
        "traditional", "Outlook on the web (zh-TW; approximated)", "竹山竹藝數位行銷有限公司", "竹山竹藝機械股份有限公司",
        300, 126, "2027-01-01", "2027-12-31",
        {"partner": trad_accept("竹山竹藝數位行銷有限公司", "竹藝數位"), "client": trad_accept("竹山竹藝機械股份有限公司", "竹藝機械")},
        None, {"quota": ["合約保證：300筆"], "pushed_count": ["已推播：126筆"], "service_start": ["民國116年1月1日"],
               "service_end": ["116年12月31日"]},
        "Outlook on the web (zh-TW) from Zhushan; items numbered (1) (2) …; a Minguo period inside one year with '民國' "
        "written once ('民國116年1月1日至116年12月31日' = 2027-01-01 … 2027-12-31); counts with 筆; the time trigger only "
        "(42 %, 78 % of the period); '2台' and the phone number are distractors; renewal undecided.")


@entry
def T3():
    rng = R("T3")
    d = dt(2027, 10, 15, 11, 5, 0)
    ids = ["WQ-1014-0041", "WQ-1014-0043", "WQ-1014-0044", "WQ-1014-0047", "WQ-1014-0050"]
    marks = ["準", "不準（要買魚貨）", "準", "準", "不準（學生報告）"]
    m = M(rng, "蔡孟儒", "mengju.tsai@wuqi-harbor.tw", d, "海產加工機械 5筆商機回饋", host_of(rng, "own", "mail.wuqi-harbor.tw"))
    m["blocks"] = [
        "總部好：\n\n海產加工機械這週5筆商機的回饋：\n" + "\n".join(f"{i} → {v}" for i, v in zip(ids, marks, strict=True))
        + "\n\n調整建議\n新增關鍵字：魚漿成型機、急速冷凍庫\n移除關鍵字：魚貨\n不承接：生鮮魚貨買賣\n推廣對象：水產加工廠、魚丸廠\n\n"
        "合作廠商：梧棲漁港數位行銷有限公司\n客戶：梧棲海產加工機械有限公司\n\n蔡孟儒"]
    eml = kit14.outlook_ios(m, rng, "zh-TW")
    return m, eml, adjustment(
        "traditional", "Outlook for iOS (zh-TW; approximated)", "梧棲漁港數位行銷有限公司", "梧棲海產加工機械有限公司", ids, 5,
        {"partner": trad_accept("梧棲漁港數位行銷有限公司", "漁港數位"), "client": trad_accept("梧棲海產加工機械有限公司", "海產加工機械")},
        ex(["魚漿成型機", "急速冷凍庫"], ["魚貨"], ["生鮮魚貨買賣"], ["水產加工廠", "魚丸廠"]), {"lead_count": ["5筆商機"]},
        "Outlook for iOS (zh-TW) from Wuqi; five ids with arrows and '準' / '不準' verdicts; the count with 筆; Taiwanese "
        "proposal labels.")


@entry
def T4():
    rng = R("T4")
    d = dt(2027, 10, 15, 9, 20, 0)
    m = M(rng, "陳家豪", "kaho.chan@cheungchau-net.hk", d, "長洲漁業機械 申訴 CC1014/27", host_of(rng, "own", "smtp.cheungchau-net.hk"))
    m["blocks"] = [
        "總部你好，\n\n長洲漁業機械琴日收到條lead，想申訴一下：\nLead編號：CC1014/27\n推送：10月14號下晝2點15分\n"
        "客人反映：10月14號夜晚8點\n原因：個客留低個電話係錯嘅，打咗三次都係一個阿婆接，佢話唔知咩冰機。\n\n"
        "合作商：長洲島網絡科技有限公司\n客戶：長洲漁業機械工程有限公司\n\n陳家豪 Ka Ho\n長洲島網絡 | 2981 4402"]
    eml = kit17.hkbn(m, rng)
    return m, eml, appeal(
        "traditional", "HKBN webmail (Big5-HKSCS; approximated)", "長洲島網絡科技有限公司", "長洲漁業機械工程有限公司",
        ["CC1014/27"], iso(2027, 10, 14, 14, 15), iso(2027, 10, 14, 20, 0), 3,
        {"partner": trad_accept("長洲島網絡科技有限公司", "長洲島網絡"), "client": trad_accept("長洲漁業機械工程有限公司", "長洲漁業機械")},
        {"pushed_at": ["10月14號下晝2點15分"], "objected_at": ["10月14號夜晚8點"], "reason_code": ["電話係錯嘅"]},
        "HKBN webmail (Big5-HKSCS) from Cheung Chau, Cantonese; '下晝2點15分' = 14:15 and '夜晚8點' = 20:00 with 號 - 5 h "
        "45 min, inside 8 h; code 3; an id with one slash; '三次' and the phone number are distractors.")


@entry
def T5():
    rng = R("T5")
    d = dt(2027, 10, 18, 15, 30, 0)
    m = M(rng, "何嘉欣", "kayan.ho@ilhaverde.com.mo", d, "環保電器 合約彙總", host_of(rng, "own", "mail.ilhaverde.com.mo"))
    m["blocks"] = [
        "總部你好：\n\n環保電器份合約仲有四個幾月到期，同你哋彙總吓：\n\n合作商：青洲網絡貿易有限公司\n客戶：青洲環保電器有限公司\n"
        "服務期：2027年3月1號至2028年2月29號\n合約：三百條\n已推咗：二百一十條\n\n"
        "客人意見：淨水器、空氣淨化機嘅查詢都算準，有啲係街坊問點樣換濾芯。\n續約：老闆話會續。\n\n何嘉欣\n青洲網絡 2822 6071"]
    eml = kit15.mailbird(m, rng)
    return m, eml, summary(
        "traditional", "Mailbird (approximated)", "青洲網絡貿易有限公司", "青洲環保電器有限公司", 300, 210, "2027-03-01", "2028-02-29",
        {"partner": trad_accept("青洲網絡貿易有限公司", "青洲網絡"), "client": trad_accept("青洲環保電器有限公司", "環保電器")},
        True, {"quota": ["合約：三百條"], "pushed_count": ["已推咗：二百一十條"], "service_start": ["2027年3月1號"],
               "service_end": ["2028年2月29號"]},
        "Mailbird from Ilha Verde, Macau, Cantonese; dates with 號 ending on a leap day; both counts in numerals "
        "('三百條', '二百一十條'); the lead trigger only (70 %, 63 % of the period); renewal intended.")


# ==========================================================================
# family: English and mixed-language writers (Jurong, Jintan, Yangzhong, Lishui, Gaochun)
# ==========================================================================

@entry
def E1():
    rng = R("E1")
    d = dt(2027, 10, 13, 10, 15, 0)
    m = M(rng, "Grace Tang", "grace.tang@jurong-maoshan.com", d, "Dispute on lead JR-1012-3318 (Maoshan Tea Machinery)",
          host_of(rng, "own", "mail.jurong-maoshan.com"))
    m["blocks"] = [
        "Hello HQ,\n\nMaoshan Tea Machinery (句容茅山茶叶机械有限公司) asks us to dispute lead JR-1012-3318.\n\n"
        "It was pushed on 12 Oct at 09:15 and the client told us at 14:50 the same day that the enquirer sells bubble tea "
        "and wants tea powder - the wrong industry for a maker of tea rollers.\n\n"
        "Kind regards,\nGrace Tang\nJurong Maoshan Digital Co., Ltd. (句容茅山数字科技有限公司)\nTel 0511-8720 3346"]
    eml = kit11.emclient(m, rng)
    return m, eml, appeal(
        "english", "eM Client (approximated)", "句容茅山数字科技有限公司", "句容茅山茶叶机械有限公司", ["JR-1012-3318"],
        iso(2027, 10, 12, 9, 15), iso(2027, 10, 12, 14, 50), 4,
        {"partner": ["Jurong Maoshan Digital Co., Ltd."], "client": ["Maoshan Tea Machinery"]},
        {"pushed_at": ["12 Oct at 09:15"], "objected_at": ["14:50 the same day", "12 Oct at 09:15"],
         "reason_code": ["the wrong industry"]},
        "eM Client; English prose with '12 Oct at 09:15' and '14:50 the same day' - 5 h 35 min, inside 8 h; code 4; the "
        "phone number is a distractor.")


@entry
def E2():
    rng = R("E2")
    d = dt(2027, 10, 14, 9, 40, 0)
    m = M(rng, "Peter Yu", "peter.yu@jintan-qianzi.com", d, "Yearly summary: Jintan Qianzi Lake Aquaculture Equipment",
          host_of(rng, "own", "mail.jintan-qianzi.com"))
    m["blocks"] = [
        "Dear colleagues,\n\nHere are this year's numbers for Jintan Qianzi Lake Aquaculture Equipment.\n\n"
        "Partner: 金坛钱资湖网络科技有限公司\nClient: 金坛钱资湖水产养殖设备有限公司\nTerm: 1 Dec 2026 – 30 Nov 2027\n"
        "Quota: 240 leads\nPushed so far: 180 leads\n\n"
        "Comments: aerator and feeder leads are solid, 4 units sold; a few anglers only wanted bait.\n"
        "Renewal: the client has not decided yet.\n\nBest,\nPeter"]
    eml = kit13.fairemail(m, rng)
    return m, eml, summary(
        "english", "FairEmail (approximated)", "金坛钱资湖网络科技有限公司", "金坛钱资湖水产养殖设备有限公司", 240, 180,
        "2026-12-01", "2027-11-30", {"client": ["Jintan Qianzi Lake Aquaculture Equipment"]}, None,
        {"quota": ["Quota: 240 leads"], "pushed_count": ["Pushed so far: 180 leads"], "service_start": ["1 Dec 2026"],
         "service_end": ["30 Nov 2027"]},
        "FairEmail; English labels with Chinese names; a day-month-year period with an en dash; counts followed by "
        "'leads'; both triggers (75 %, 87 % of the period); '4 units' is a distractor; renewal undecided.")


@entry
def E3():
    rng = R("E3")
    d = dt(2027, 10, 15, 14, 20, 0)
    ids = ["YZ-E-10141", "YZ-E-10142", "YZ-E-10145", "YZ-E-10146", "YZ-E-10149"]
    m = M(rng, "Vivian Xu", "vivian.xu@yangzhong-island.cn", d, "Feedback on 5 leads + keyword tweak (Yangzhong Puffer Fish Equipment)",
          host_of(rng, "own", "mail.yangzhong-island.cn"))
    m["blocks"] = [
        "Hi,\n\nYangzhong Puffer Fish Equipment (扬中河豚食品设备有限公司) checked 5 leads from this batch:\n"
        + "\n".join(f"- {x}: {v}" for x, v in zip(ids, ["valid", "invalid, a restaurant guest", "valid", "valid",
                                                       "invalid, wants frozen fish"], strict=True))
        + "\n\nAdd keywords: 鱼类去皮机, 真空包装机\nRemove keywords: 河豚\nExcluded products: 冷冻河豚\nAudience: 水产加工厂\n\n"
        "Cheers,\nVivian\nYangzhong Island Digital (扬中江岛数字营销有限公司)"]
    eml = kit17.bluemail(m, rng)
    return m, eml, adjustment(
        "english", "BlueMail (approximated)", "扬中江岛数字营销有限公司", "扬中河豚食品设备有限公司", ids, 5,
        {"partner": ["Yangzhong Island Digital"], "client": ["Yangzhong Puffer Fish Equipment"]},
        ex(["鱼类去皮机", "真空包装机"], ["河豚"], ["冷冻河豚"], ["水产加工厂"]), {"lead_count": ["5 leads from this batch"]},
        "BlueMail; English labels with Chinese keywords; five ids as dash bullets with 'valid' / 'invalid'; the count as "
        "'5 leads from this batch'.")


@entry
def E4():
    rng = R("E4")
    d = dt(2027, 10, 14, 16, 5, 0)
    m = M(rng, "Jason 邵", "jason.shao@lishui-tianshan.com", d, "lead LS-1014-0727 申诉 (WeChat加不上)",
          host_of(rng, "own", "mail.lishui-tianshan.com"))
    m["blocks"] = [
        "Hi 总部，\n\nlead LS-1014-0727，推送 Oct 14, 8:50 AM，客户 feedback 1:30 PM：WeChat ID加不上，提示 account banned。"
        "screenshot attached。\n\n合作商：溧水天山网络科技有限公司\n客户：溧水天山草莓种植设备有限公司\n\nJason 邵"]
    m["atts"] = [Att("wechat_banned.png", "image/png", png(rng, rows=3, style="search"), "image/png")]
    eml = kit19.proton(m, rng)
    return m, eml, appeal(
        "english", "Proton Mail (approximated)", "溧水天山网络科技有限公司", "溧水天山草莓种植设备有限公司", ["LS-1014-0727"],
        iso(2027, 10, 14, 8, 50), iso(2027, 10, 14, 13, 30), 2, {},
        {"pushed_at": ["Oct 14, 8:50 AM"], "objected_at": ["1:30 PM", "Oct 14, 8:50 AM"], "reason_code": ["WeChat ID加不上"]},
        "Proton Mail; Chinese and English mixed with a year-less US date and a 12-hour clock - 4 h 40 min, inside 8 h; "
        "code 2 with a PNG screenshot.")


@entry
def E5():
    rng = R("E5")
    d = dt(2027, 10, 15, 17, 0, 0)
    m = M(rng, "Helen Kong", "helen.kong@gaochun-gucheng.com", d, "Appeal - lead GC-1015-0058 (Gucheng Lake Crab Equipment)",
          host_of(rng, "own", "mail.gaochun-gucheng.com"))
    m["blocks"] = [
        "Hi HQ,\n\nLead: GC-1015-0058\nPushed: 2027-10-15 10:05\nObjected: 2027-10-15 16:20\n"
        "Reason: the buyer is a competitor - he makes crab-pond aerators himself and only wanted our price list.\n\n"
        "Partner: Gaochun Gucheng Network Co., Ltd. (高淳固城网络科技有限公司)\n"
        "Client: Gaochun Gucheng Lake Crab Farming Equipment Co., Ltd. (高淳固城湖螃蟹养殖设备有限公司)\n\nHelen"]
    eml = kit15.k9(m, rng)
    return m, eml, appeal(
        "english", "K-9 Mail (approximated)", "高淳固城网络科技有限公司", "高淳固城湖螃蟹养殖设备有限公司", ["GC-1015-0058"],
        iso(2027, 10, 15, 10, 5), iso(2027, 10, 15, 16, 20), 1,
        {"partner": ["Gaochun Gucheng Network Co., Ltd."], "client": ["Gaochun Gucheng Lake Crab Farming Equipment Co., Ltd."]},
        {"pushed_at": ["2027-10-15 10:05"], "objected_at": ["2027-10-15 16:20"], "reason_code": ["the buyer is a competitor"]},
        "K-9 Mail; English labels with the Chinese names in brackets; 6 h 15 min, inside 8 h; code 1 in English words "
        "('the buyer is a competitor'); no attachment.")


# ==========================================================================
# family: dates and times (Laoling, Ningyang, Dongping, Pingyin, Wenshang)
# ==========================================================================

@entry
def D1():
    rng = R("D1")
    d = dt(2027, 10, 15, 10, 0, 0)
    m = M(rng, "冯秀芝", "fengxiuzhi@laoling-jz.com", d, "申诉 LL-1012-0417 金丝小枣烘干设备", host_of(rng, "own", "mail.laoling-jz.com"))
    m["blocks"] = [
        "总部您好：\n\n大前天下午三点二十分推的 LL-1012-0417，客户前天上午9点10分才反馈：对方是个人，说自家院子有两棵枣树，"
        "想买个小烘干箱，不是企业客户。\n知道已经过了8小时，客户还是希望申诉，麻烦看看。\n\n"
        "合作商：乐陵金丝网络科技有限公司\n客户：乐陵金丝小枣烘干设备有限公司\n\n冯秀芝"]
    eml = kit13.thebat(m, rng)
    return m, eml, appeal(
        "dates", "The Bat! (approximated)", "乐陵金丝网络科技有限公司", "乐陵金丝小枣烘干设备有限公司", ["LL-1012-0417"],
        iso(2027, 10, 12, 15, 20), iso(2027, 10, 13, 9, 10), 3, {"client": ["金丝小枣烘干设备"]},
        {"pushed_at": ["大前天下午三点二十分"], "objected_at": ["前天上午9点10分"], "reason_code": ["对方是个人"]},
        "The Bat!; three days back ('大前天下午三点二十分' = 12 Oct 15:20, the mail is of 15 Oct) and two days back "
        "('前天上午9点10分' = 13 Oct 09:10) - 17 h 50 min, outside 8 h (the partner says so); code 3 (an individual).")


@entry
def D2():
    rng = R("D2")
    d = dt(2027, 10, 18, 9, 25, 0)
    m = M(rng, "鞠海涛", "juhaitao_ny@126.com", d, "商机申诉（宁阳蟋蟀机械）NY-1014-0262", host_of(rng, "126"))
    m["blocks"] = [
        "总部：\n\n上礼拜四上午10:40推的商机 NY-1014-0262，客户当天下午3点05分就反馈了：对方是开宠物店的，想进一批蟋蟀罐，"
        "和客户做的农产品分选机械完全不搭，属于行业不符。\n\n合作商：宁阳蟋蟀网络科技有限公司\n客户：宁阳蟋蟀农产品机械有限公司\n鞠海涛"]
    eml = kit7.coremail(m, rng, "126")
    return m, eml, appeal(
        "dates", "126 webmail (Coremail)", "宁阳蟋蟀网络科技有限公司", "宁阳蟋蟀农产品机械有限公司", ["NY-1014-0262"],
        iso(2027, 10, 14, 10, 40), iso(2027, 10, 14, 15, 5), 4, {"client": ["宁阳蟋蟀机械"]},
        {"pushed_at": ["上礼拜四上午10:40"], "objected_at": ["当天下午3点05分", "上礼拜四上午10:40"], "reason_code": ["行业不符"]},
        "126 webmail (GBK); a weekday of last week written with 礼拜 ('上礼拜四上午10:40' = Thursday 14 Oct, the mail is of "
        "Monday 18 Oct) and '当天下午3点05分' - 4 h 25 min, inside 8 h; code 4.")


@entry
def D3():
    rng = R("D3")
    d = dt(2027, 10, 19, 14, 30, 0)
    m = M(rng, "单玉兰", "shanyulan@dongping-hu.com", d, "州城渔具设备 服务期汇总", host_of(rng, "own", "mail.dongping-hu.com"))
    m["blocks"] = [
        "总部您好：\n\n州城渔具设备的服务期快到头了，汇总如下：\n合作商：东平州城网络科技有限公司\n客户：东平州城渔具设备有限公司\n"
        "服务期：去年11月1日至今年10月31日\n合同条数：200条\n实际推送：188条\n\n"
        "情况：网箱、投饵机询盘精准，成交6套；问鱼苗价格的不少。\n续费：客户说要续，关键词再加“增氧泵”。\n\n单玉兰"]
    eml = kit12.claws(m, rng)
    return m, eml, summary(
        "dates", "Claws Mail (approximated)", "东平州城网络科技有限公司", "东平州城渔具设备有限公司", 200, 188,
        "2026-11-01", "2027-10-31", {"client": ["州城渔具设备"]}, True,
        {"quota": ["合同条数：200条"], "pushed_count": ["实际推送：188条"], "service_start": ["去年11月1日"],
         "service_end": ["今年10月31日"]},
        "Claws Mail (GB18030); the period by relative years ('去年11月1日至今年10月31日' = 2026-11-01 … 2027-10-31); both "
        "triggers (94 %, 96 % of the period); '6套' is a distractor; renewal intended.")


@entry
def D4():
    rng = R("D4")
    d = dt(2027, 10, 14, 11, 10, 0)
    m = M(rng, "时磊", "shilei@pingyin-ej.com", d, "平阴玫瑰精油设备 申诉PY1013-82", host_of(rng, "own", "mail.pingyin-ej.com"))
    m["blocks"] = [
        "总部好\n\n商机PY1013-82\n推送 10.13 晚9:20\n客户 10.14 早8:10 看到后提出\n原因：对方是同行，冒充化妆品厂套报价，聊天截图附上\n"
        "（夜里推的，客户没人值班，超了8小时，望谅解）\n\n合作商：平阴玫瑰网络科技有限公司\n客户：平阴玫瑰精油设备有限公司\n时磊"]
    m["atts"] = [Att("聊天截图1014.png", "image/png", png(rng, rows=6), "image/png")]
    eml = kit14.foxmail_mac(m, rng)
    return m, eml, appeal(
        "dates", "Foxmail for Mac (approximated)", "平阴玫瑰网络科技有限公司", "平阴玫瑰精油设备有限公司", ["PY1013-82"],
        iso(2027, 10, 13, 21, 20), iso(2027, 10, 14, 8, 10), 1, {"client": ["平阴玫瑰精油设备"]},
        {"pushed_at": ["10.13 晚9:20"], "objected_at": ["10.14 早8:10"], "reason_code": ["对方是同行"]},
        "Foxmail for Mac; dotted month.day without a year and short 晚 / 早 - 10 h 50 min, outside 8 h (the partner "
        "says so); code 1 with a PNG; no punctuation after the greeting.")


@entry
def D5():
    rng = R("D5")
    d = dt(2027, 10, 14, 15, 40, 0)
    m = M(rng, "孟凡强", "mengfanqiang@wenshang-bt.com", d, "本周二的一条商机 汶上宝塔芦笋机械", host_of(rng, "own", "mail.wenshang-bt.com"))
    m["blocks"] = [
        "总部您好：\n\n本周二上午9点30分推送的 WS-1012-0135，客户当天晚上7点回复：对方要买新鲜芦笋，客户做的是芦笋清洗分级设备，"
        "所需产品与客户经营产品不一致。客户这两天出差，今天才转给我。\n\n合作商：汶上宝塔网络科技有限公司\n客户：汶上宝塔芦笋机械有限公司\n\n孟凡强"]
    eml = kit17.mail21cn(m, rng)
    return m, eml, appeal(
        "dates", "21CN mail (approximated)", "汶上宝塔网络科技有限公司", "汶上宝塔芦笋机械有限公司", ["WS-1012-0135"],
        iso(2027, 10, 12, 9, 30), iso(2027, 10, 12, 19, 0), 5, {"client": ["宝塔芦笋机械"]},
        {"pushed_at": ["本周二上午9点30分"], "objected_at": ["当天晚上7点", "本周二上午9点30分"],
         "reason_code": ["所需产品与客户经营产品不一致"]},
        "21CN mail; a weekday of this week ('本周二' = Tuesday 12 Oct, the mail is of Thursday 14 Oct) and '当天晚上7点' - "
        "9 h 30 min, outside 8 h; code 5; '今天' is only when the partner reports.")


# ==========================================================================
# family: numbers and id shorthand (Wuxue, Chibi, Songzi, Zhijiang, Dangyang)
# ==========================================================================

@entry
def N1():
    rng = R("N1")
    d = dt(2027, 10, 13, 15, 0, 0)
    m = M(rng, "蔡晓燕", "caixiaoyan@wuxue-gm.com", d, "广木机械 汇总（续费意向）", host_of(rng, "own", "mail.wuxue-gm.com"))
    m["blocks"] = [
        "总部您好：\n\n广木机械这一期的情况：合同量三百条，截至昨天已推两百一十五条。服务期 2027年1月1日—2027年12月31日。\n"
        "木材干燥窑、旋切机的询盘精准，成交5台；问家具的占三成。\n续费：客户肯定续。\n\n"
        "合作商：武穴广木网络科技有限公司\n客户：武穴广木木工机械有限公司\n蔡晓燕"]
    eml = kit15.zimbra(m, rng)
    return m, eml, summary(
        "numbers", "Zimbra webmail (approximated)", "武穴广木网络科技有限公司", "武穴广木木工机械有限公司", 300, 215, "2027-01-01", "2027-12-31",
        {"client": ["广木机械"]}, True,
        {"quota": ["合同量三百条"], "pushed_count": ["已推两百一十五条"], "service_start": ["2027年1月1日"],
         "service_end": ["2027年12月31日"]},
        "Zimbra; the quota in a numeral ('三百条') and the pushed count with 两 ('两百一十五条'); a period joined by an em "
        "dash; both triggers (72 %, 78 % of the period); '5台' and '三成' are distractors; renewal intended.")


@entry
def N2():
    rng = R("N2")
    d = dt(2027, 10, 14, 10, 50, 0)
    ids = [f"CB-1014-{k}" for k in range(201, 207)]
    m = M(rng, "熊伟", "xiongwei@chibi-qz.com", d, "青砖茶机 本批调整（6条）", host_of(rng, "own", "mail.chibi-qz.com"))
    m["blocks"] = [
        "总部好：\n\n青砖茶机本批共六条，编号 CB-1014-201~206（连号）。\n客户反馈：201、203、204、206精准；202要买砖茶；205是茶艺培训。\n"
        "调整：新增关键词“压砖机”“茶叶渥堆设备”；删除“砖茶”；不做茶叶零售；推广对象：茶厂。\n\n"
        "合作商：赤壁青砖网络科技有限公司\n客户：赤壁青砖茶叶机械有限公司\n熊伟"]
    eml = kit11.mutt(m, rng)
    return m, eml, adjustment(
        "numbers", "Mutt (approximated)", "赤壁青砖网络科技有限公司", "赤壁青砖茶叶机械有限公司", ids, 6, {"client": ["青砖茶机"]},
        ex(["压砖机", "茶叶渥堆设备"], ["砖茶"], ["茶叶零售"], ["茶厂"]),
        {"lead_ids": ["CB-1014-201~206"], "lead_count": ["共六条"]},
        "Mutt (GB18030); six consecutive ids as one id and the last tail after a tilde ('CB-1014-201~206'); the count in "
        "a numeral ('共六条'); the verdict line names bare tails.")


@entry
def N3():
    rng = R("N3")
    d = dt(2027, 10, 15, 9, 0, 0)
    m = M(rng, "黎俊", "lijun@songzi-wx.com", d, "商机申诉 SZ-1014-0309（卧龙榨油机械）", host_of(rng, "own", "mail.songzi-wx.com"))
    m["blocks"] = [
        "总部：\n\n商机编号：SZ-1014-0309\n推送时间：10月14日十点四十五分\n客户异议：10月14日十五点二十分\n"
        "申诉理由：判定标准第4条，对方是招聘网站的销售，想让客户买招聘会员，客户是做榨油机械的。\n\n"
        "合作商：松滋卧龙网络科技有限公司\n客户：松滋卧龙榨油机械有限公司\n黎俊 0716-623 8842"]
    eml = kit13.samsung(m, rng)
    return m, eml, appeal(
        "numbers", "Samsung Email (approximated)", "松滋卧龙网络科技有限公司", "松滋卧龙榨油机械有限公司", ["SZ-1014-0309"],
        iso(2027, 10, 14, 10, 45), iso(2027, 10, 14, 15, 20), 4, {"client": ["卧龙榨油机械"]},
        {"pushed_at": ["10月14日十点四十五分"], "objected_at": ["10月14日十五点二十分"], "reason_code": ["判定标准第4条"]},
        "Samsung Email; a 24-hour clock in Chinese numerals ('十点四十五分' = 10:45, '十五点二十分' = 15:20) - 4 h 35 min, "
        "inside 8 h; code 4 by the criterion number; the phone number is a distractor.")


@entry
def N4():
    rng = R("N4")
    d = dt(2027, 10, 18, 14, 10, 0)
    ids = [f"ZJ1015-{k:03d}" for k in (31, 33, 34, 37, 38)]
    m = M(rng, "向丽", "xiangli@zhijiang-yx.com", d, "杨溪柑橘机械 5条反馈", host_of(rng, "own", "mail.zhijiang-yx.com"))
    m["blocks"] = [
        "总部您好：\n\n10月15日推的 ZJ1015-031/033/034/037/038 共5条，客户看过：3条精准，2条不精准（1条要买橘子，1条是学生）。\n"
        "建议：加“柑橘分级机”“打蜡机”；删“橘子”；不做水果销售；推广对象：果品合作社。\n\n"
        "合作商：枝江杨溪网络科技有限公司\n客户：枝江杨溪柑橘机械有限公司\n\n向丽"]
    eml = kit16.pegasus(m, rng)
    return m, eml, adjustment(
        "numbers", "Pegasus Mail (approximated)", "枝江杨溪网络科技有限公司", "枝江杨溪柑橘机械有限公司", ids, 5,
        {"client": ["杨溪柑橘机械"]},
        ex(["柑橘分级机", "打蜡机"], ["橘子"], ["水果销售"], ["果品合作社"]),
        {"lead_ids": ["ZJ1015-031/033/034/037/038"], "lead_count": ["共5条"]},
        "Pegasus Mail; five ids as the first id and the other tails after slashes ('ZJ1015-031/033/034/037/038'); "
        "'共5条'; '3条精准，2条不精准' and '1条' are no count.")


@entry
def N5():
    rng = R("N5")
    d = dt(2027, 10, 19, 10, 20, 0)
    m = M(rng, "覃小平", "qinxiaoping@dangyang-yq.com", d, "玉泉豆制品机械 商机汇总", host_of(rng, "own", "mail.dangyang-yq.com"))
    m["blocks"] = [
        "总部您好：\n\n玉泉豆制品机械汇总（数字按合同大写）：\n合作商：当阳玉泉网络科技有限公司\n客户：当阳玉泉豆制品机械有限公司\n"
        "合同条数：叁佰条\n已推送：壹佰伍拾陆条\n服务期：2027年4月1日至2028年3月31日\n\n"
        "情况：豆腐机、腐竹机询盘精准；也有问豆腐怎么做的。\n续费：客户有续费意向。\n\n覃小平"]
    eml = kit10.roundcube(m, rng)
    return m, eml, summary(
        "numbers", "Roundcube", "当阳玉泉网络科技有限公司", "当阳玉泉豆制品机械有限公司", 300, 156, "2027-04-01", "2028-03-31",
        {"client": ["玉泉豆制品机械"]}, True,
        {"quota": ["合同条数：叁佰条"], "pushed_count": ["已推送：壹佰伍拾陆条"], "service_start": ["2027年4月1日"],
         "service_end": ["2028年3月31日"]},
        "Roundcube; both counts in financial numerals ('叁佰条', '壹佰伍拾陆条'); no trigger (52 %, 55 % of the period); "
        "renewal intended.")


# ==========================================================================
# family: filled forms (.docx / .xlsx) (Lianyuan, Lengshuijiang, Hongjiang, Zixing, Leiyang)
# ==========================================================================

@entry
def F1():
    rng = R("F1")
    d = dt(2027, 10, 13, 16, 0, 0)
    grid = [["合作商", "涟源湄江网络科技有限公司"], ["客户", "涟源湄江竹木工艺机械有限公司"], ["商机编号", "LY-1013-0520"],
            ["推送时间", "2027年10月13日 09时15分"], ["异议时间", "2027年10月13日 15时40分"], ["判定标准", "5 产品不符"],
            ["情况说明", "对方要买成品竹凉席，客户做的是竹片加工设备。"]]
    form = kit7.docx_form("龚丽华", "2027-10-13T07:30:00Z", "商机申诉登记表", grid)
    m = M(rng, "龚丽华", "gonglihua@lianyuan-mj.com", d, "湄江竹木工艺机械 申诉登记表", host_of(rng, "own", "mail.lianyuan-mj.com"))
    m["blocks"] = ["总部您好：申诉登记表见附件，请审核。\n龚丽华"]
    m["atts"] = [Att("申诉登记表-LY-1013-0520.docx", CT_DOCX, form, CT_DOCX)]
    eml = kit10.mail263(m, rng)
    return m, eml, appeal(
        "forms", "263 enterprise mail (approximated)", "涟源湄江网络科技有限公司", "涟源湄江竹木工艺机械有限公司", ["LY-1013-0520"],
        iso(2027, 10, 13, 9, 15), iso(2027, 10, 13, 15, 40), 5, {"client": ["湄江竹木工艺机械"]},
        {"pushed_at": ["2027年10月13日 09时15分"], "objected_at": ["2027年10月13日 15时40分"], "reason_code": ["5 产品不符"]},
        "263 mail with a two-column Word form; times with 时 / 分 - 6 h 25 min, inside 8 h; the criterion as '5 产品不符'.")


@entry
def F2():
    rng = R("F2")
    d = dt(2027, 10, 14, 15, 30, 0)
    ids = ["LSJ-1014-11", "LSJ-1014-12", "LSJ-1014-15", "LSJ-1014-16", "LSJ-1014-19"]
    cells = {"A1": "商机调整登记", "A2": "合作商", "B2": "冷水江锑都网络科技有限公司", "A3": "客户", "B3": "冷水江锑都矿山设备有限公司",
             "A4": "本次条数", "B4": 5, "A6": "商机编号", "B6": "判断", "C6": "说明",
             "A13": "新增关键词", "B13": "浮选机、球磨机衬板", "A14": "删除关键词", "B14": "锑锭", "A15": "不做产品", "B15": "有色金属贸易",
             "A16": "推广对象", "B16": "选矿厂"}
    for i, (x, v, note) in enumerate(zip(ids, ["精准", "不精准", "精准", "精准", "不精准"], ["", "要买锑锭", "", "", "学生论文"], strict=True)):
        cells[f"A{7 + i}"], cells[f"B{7 + i}"], cells[f"C{7 + i}"] = x, v, note
    book = xlsx16("罗建国", "2027-10-14T06:40:00Z", [{"title": "调整", "cells": cells, "widths": {"A": 16, "B": 30, "C": 14}}])
    m = M(rng, "罗建国", "luojianguo@lsj-td.com", d, "锑都矿山设备 调整登记表", host_of(rng, "own", "mail.lsj-td.com"))
    m["blocks"] = ["总部好：\n锑都矿山设备本次调整见附表。\n\n罗建国"]
    m["atts"] = [Att("调整登记.xlsx", CT_XLSX, book, CT_XLSX)]
    eml = kit9.winmail(m, rng)
    return m, eml, adjustment(
        "forms", "Windows Live Mail (approximated)", "冷水江锑都网络科技有限公司", "冷水江锑都矿山设备有限公司", ids, 5,
        {"client": ["锑都矿山设备"]}, ex(["浮选机", "球磨机衬板"], ["锑锭"], ["有色金属贸易"], ["选矿厂"]),
        {"lead_count": ["本次条数 5"]},
        "Windows Live Mail with a workbook: labels in column A, the count as a number cell ('本次条数' 5), five ids with "
        "'精准' / '不精准' in a table, the proposals in label rows below.")


@entry
def F3():
    rng = R("F3")
    d = dt(2027, 10, 15, 10, 30, 0)
    grid = [["项目", "填写"], ["合作商", "洪江古商城网络科技有限公司"], ["客户", "洪江古商城油桐加工设备有限公司"],
            ["服务期", "2027.02.01—2028.01.31"], ["合同条数", "160条"], ["已推送", "70条"],
            ["客户反馈", "桐油压榨机询盘精准，成交2台。"], ["续费意向", "有"]]
    form = kit7.docx_form("杨帆", "2027-10-15T02:00:00Z", "商机汇总登记表", grid)
    m = M(rng, "杨帆", "yangfan@hongjiang-gsc.com", d, "古商城油桐加工设备 汇总登记表", host_of(rng, "own", "mail.hongjiang-gsc.com"))
    m["blocks"] = ["总部您好：\n\n汇总登记表（Word）见附件。\n\n杨帆\n古商城网络"]
    m["atts"] = [Att("汇总登记表.docx", CT_DOCX, form, CT_DOCX)]
    eml = kit11.spark(m, rng)
    return m, eml, summary(
        "forms", "Spark (approximated)", "洪江古商城网络科技有限公司", "洪江古商城油桐加工设备有限公司", 160, 70, "2027-02-01", "2028-01-31",
        {"partner": ["古商城网络"], "client": ["古商城油桐加工设备"]}, True,
        {"quota": ["160条"], "pushed_count": ["70条"], "service_start": ["2027.02.01"], "service_end": ["2028.01.31"]},
        "Spark with a Word form; the period with dotted dates joined by an em dash; no trigger (44 %, 70 % of the "
        "period); '2台' is a distractor; renewal intended.")


@entry
def F4():
    rng = R("F4")
    d = dt(2027, 10, 18, 16, 15, 0)
    cells = {"A1": "商机申诉登记", "A2": "合作商", "B2": "资兴东江网络科技有限公司", "A3": "客户", "B3": "资兴东江冷水鱼设备有限公司",
             "A4": "商机编号", "B4": "ZX-1018-0077", "A5": "推送时间", "B5": local(2027, 10, 18, 8, 30), "A6": "异议时间",
             "B6": local(2027, 10, 18, 11, 55), "A7": "判定标准", "B7": "第3条 留错电话", "A8": "说明", "B8": "打过去是空号。"}
    book = xlsx16("李春生", "2027-10-18T07:00:00Z", [{"title": "申诉", "cells": cells, "widths": {"A": 12, "B": 34}}])
    m = M(rng, "李春生", "lichunsheng@zixing-dj.com", d, "东江冷水鱼设备 申诉", host_of(rng, "own", "mail.zixing-dj.com"))
    m["blocks"] = ["总部：申诉登记和通话录音附上，请判定。\n李春生"]
    m["atts"] = [Att("申诉登记.xlsx", CT_XLSX, book, CT_XLSX), Att("拨号录音.m4a", "audio/mp4", m4a(rng, 6), "audio/mp4")]
    eml = kit14.outlook2010(m, rng, "zh-CN")
    return m, eml, appeal(
        "forms", "Outlook 2010 (zh-CN; approximated)", "资兴东江网络科技有限公司", "资兴东江冷水鱼设备有限公司", ["ZX-1018-0077"],
        iso(2027, 10, 18, 8, 30), iso(2027, 10, 18, 11, 55), 3, {"client": ["东江冷水鱼设备"]},
        {"pushed_at": ["2027-10-18 08:30"], "objected_at": ["2027-10-18 11:55"], "reason_code": ["第3条 留错电话"]},
        "Outlook 2010 with a workbook laid down (labels in column A, values in B, the times as date-time cells) - 3 h 25 "
        "min, inside 8 h; code 3; an M4A of the call.")


@entry
def F5():
    rng = R("F5")
    d = dt(2027, 10, 19, 11, 0, 0)
    ids = [f"LYG-{k}" for k in (7701, 7702, 7704, 7705, 7708, 7709, 7711, 7712, 7714, 7716)]
    grid = [["编号", "判定", "编号", "判定"]] + [[ids[i], "√", ids[i + 5], "√"] for i in range(5)]
    grid[3][1], grid[5][3] = "× 买油茶籽", "× 个人"
    form = kit7.docx_form("谢冬梅", "2027-10-19T02:40:00Z", "商机反馈登记", grid,
                          paras_before=["合作商：耒阳蔡伦网络科技有限公司", "客户：耒阳蔡伦油茶机械有限公司", "合计：10条（两栏排列）"],
                          paras_after=["新增关键词：油茶果脱壳机、茶油精炼设备", "删除关键词：茶油", "不做产品：食用茶油", "推广对象：油茶合作社"])
    m = M(rng, "谢冬梅", "xiedongmei@leiyang-cl.com", d, "蔡伦油茶机械 10条反馈", host_of(rng, "own", "mail.leiyang-cl.com"))
    m["blocks"] = ["总部您好！附件是本批10条商机的反馈登记（Word，两栏排）。谢冬梅"]
    m["atts"] = [Att("反馈登记.docx", CT_DOCX, form, CT_DOCX)]
    eml = kit18.alimail_pc(m, rng)
    return m, eml, adjustment(
        "forms", "Alimail desktop (approximated)", "耒阳蔡伦网络科技有限公司", "耒阳蔡伦油茶机械有限公司", ids, 10,
        {"client": ["蔡伦油茶机械"]},
        ex(["油茶果脱壳机", "茶油精炼设备"], ["茶油"], ["食用茶油"], ["油茶合作社"]), {"lead_count": ["合计：10条"]},
        "Alimail desktop with a Word form: ten ids laid in two column pairs ('编号 / 判定' twice) with '√' / '×' marks; "
        "the count above the table ('合计：10条'); the proposals below.")


# ==========================================================================
# family: mail that is none of the three requests (Changyi, Donggang, Pulandian, Gaizhou, Dashiqiao, Beizhen,
# Xingcheng, Diaobingshan)
# ==========================================================================

@entry
def U1():
    rng = R("U1")
    d = dt(2027, 10, 12, 14, 10, 0)
    m = M(rng, "姜春梅", "jiangchunmei@changyi-yf.com", d, "咨询：客户换了联系电话，推送要怎么改？", host_of(rng, "own", "mail.changyi-yf.com"))
    m["blocks"] = ["总部老师好：\n\n我们有个客户的接单电话换了，以后的商机推送短信要发到新号码，这个是在后台改还是要发邮件申请？"
                   "改了以后多久生效？\n\n谢谢\n姜春梅\n昌邑渔港网络科技有限公司"]
    eml = kit7.foxmail(m, rng)
    return m, eml, unknown("question", "Foxmail",
                           "Foxmail: a partner asks how to change the phone the pushes go to - unknown (question).")


@entry
def U2():
    rng = R("U2")
    d = dt(2027, 10, 13, 10, 40, 0)
    m = M(rng, "于海波", "yuhaibo@donggang-hy.com", d, "新客户建档：东港黄海草莓种苗设备", host_of(rng, "own", "mail.donggang-hy.com"))
    m["blocks"] = ["总部您好：\n\n我们新签了东港黄海草莓种苗设备有限公司，合同150条，服务期打算从11月1日起算。营业执照和授权书扫描件"
                   "见附件，请帮忙建档并开通推广。\n\n于海波\n东港黄海网络科技有限公司"]
    m["atts"] = [Att("营业执照及授权书.png", "image/png", png(rng, rows=4, style="list"), "image/png")]
    eml = kit9.mail139(m, rng)
    return m, eml, unknown("onboarding", "139 mail (approximated)",
                           "139 mail: a new client's papers for opening an account - unknown (onboarding), not a summary; "
                           "the quota and start date are no fields.")


@entry
def U3():
    rng = R("U3")
    d = dt(2027, 10, 14, 9, 50, 0)
    m = M(rng, "邹静", "zoujing@pulandian-bh.com", d, "9月服务费发票开错税率，请重开", host_of(rng, "own", "mail.pulandian-bh.com"))
    m["blocks"] = ["总部财务您好：\n\n9月的服务费发票（金额8,400.00元）税率开成了13%，合同约定是6%，麻烦红冲后重开，"
                   "我司税号 91210282MA0Y7Q3C2K 不变。\n\n邹静\n普兰店渤海网络科技有限公司"]
    eml = kit7.alimail(m, rng)
    return m, eml, unknown("invoice", "Alimail (approximated)",
                           "Alimail: an invoice with the wrong tax rate to be reissued - unknown (invoice); the amount, rates "
                           "and tax id are no fields.")


@entry
def U4():
    rng = R("U4")
    d = dt(2027, 10, 15, 16, 30, 0)
    m = M(rng, "常宏伟", "changhongwei@gaizhou-xy.com", d, "约个电话会，聊聊四季度的推广安排", host_of(rng, "own", "mail.gaizhou-xy.com"))
    m["blocks"] = ["总部各位好：\n\n想约个电话会议，一个小时左右，聊一下四季度几个苹果机械客户的推广安排。下周二上午10点或周三下午3点都可以，"
                   "请定一个时间。\n\n常宏伟\n盖州熊岳网络科技有限公司"]
    eml = kit15.tom(m, rng)
    return m, eml, unknown("meeting", "TOM mail (approximated)",
                           "TOM mail: a partner proposes a phone meeting - unknown (meeting); the weekdays and times are no "
                           "fields.")


@entry
def U5():
    rng = R("U5")
    d = dt(2027, 10, 18, 11, 15, 0)
    m = M(rng, "白雪", "baixue@dsq-ms.com", d, "离职同事账号停用申请", host_of(rng, "own", "mail.dsq-ms.com"))
    m["blocks"] = ["总部技术支持：\n\n我司客服刘畅已离职，麻烦把合作商后台 dsq_liuchang 这个子账号停用，她名下的客户转到 dsq_baixue 下面。\n\n"
                   "白雪\n大石桥镁砂网络科技有限公司"]
    eml = kit7.yahoo(m, rng)
    return m, eml, unknown("account", "Yahoo Mail (approximated)",
                           "Yahoo Mail: a request to disable a departed colleague's sub-account - unknown (account); the user "
                           "names are no fields.")


@entry
def U6():
    rng = R("U6")
    d = dt(2027, 10, 19, 17, 10, 0)
    m = M(rng, "吴国庆", "wuguoqing@beizhen-lw.com", d, "意见：申诉处理太慢", host_of(rng, "own", "mail.beizhen-lw.com"))
    m["blocks"] = ["总部领导：\n\n最近我们提交的申诉，有的两个星期都没有结果，客户天天来问，我们很被动。希望总部加快处理速度，"
                   "至少给个预计时间。\n\n吴国庆\n北镇闾巫网络科技有限公司"]
    eml = kit13.evolution(m, rng)
    return m, eml, unknown("complaint", "GNOME Evolution (approximated)",
                           "Evolution: a complaint about slow appeal handling - unknown (complaint), not an appeal (no lead "
                           "id, no times).")


@entry
def U7():
    rng = R("U7")
    d = dt(2027, 10, 17, 21, 0, 0)
    m = M(rng, "觉华云", "news@juehua-cloud.cn", d, "【双十一】短视频代运营套餐 首月1元", host_of(rng, "own", "smtp.juehua-cloud.cn"))
    m["html"] = ('<html><head><meta charset="utf-8"></head><body><div style="width:600px">'
                 "<h2>觉华云 · 短视频代运营</h2><p>抖音、视频号代运营，每月 12 条原创视频，首月仅需 1 元。</p>"
                 "<p>活动截止 2027年11月11日，前 30 名加送直播间搭建。</p><p>热线：400-816-2290</p>"
                 '<p style="font-size:12px;color:#888">退订回复 N</p></div></body></html>')
    eml = kit7.html_only(m, rng, "utf-8", "base64", "JuehuaCloud Mailer 3.0 (approximated)", "own")
    return m, eml, unknown("pitch", "bulk mailer (HTML only; approximated)",
                           "A short-video service pitch sent as one UTF-8 base64 text/html part - unknown (pitch); the prices, "
                           "date, counts and phone number are no fields.")


@entry
def U8():
    rng = R("U8")
    d = dt(2027, 10, 20, 10, 0, 0)
    m = M(rng, "崔佳", "cuijia@dbs-tl.com", d, "我司办公地址变更通知", host_of(rng, "own", "mail.dbs-tl.com"))
    m["blocks"] = ["总部各位同事：\n\n我司自11月1日起搬到调兵山市铁法大街88号3楼，座机改为 024-7689 3350，邮箱不变。\n\n"
                   "调兵山铁岭网络科技有限公司\n崔佳"]
    eml = kit17.windows_mail(m, rng)
    return m, eml, unknown("other", "Windows Mail (approximated)",
                           "Windows Mail: a partner's change of address - unknown (other); the date, address and phone number "
                           "are no fields.")


# ==========================================================================
# family: replies in a thread
# ==========================================================================

@entry
def R1():
    rng = R("R1")
    d = dt(2027, 10, 13, 15, 20, 0)
    m = M(rng, "Grace Tang", "grace.tang@jurong-maoshan.com", d, "Re: [DOR#SS-2027-000771] Appeal received",
          host_of(rng, "own", "mail.jurong-maoshan.com"))
    m["irt"] = "<ack.SS-2027-000771@ptg139.com>"
    m["refs"] = ["<ack.SS-2027-000771@ptg139.com>"]
    qbody = "Dear partner,\ncase SS-2027-000771 received.\nObjected: 2027-10-12 14:50\nHQ lead service"
    m["blocks"] = ["Hello,\n\na correction: the client objected at 13:50 on 12 October, not at 14:50.\n\nGrace\n",
                   Quote("\nOn 13 Oct 2027, at 11:02, HQ lead service wrote:\n" + quote_gt(qbody),
                         "On 13 Oct 2027, at 11:02, HQ lead service wrote:", qbody)]
    eml = kit11.emclient(m, rng)
    return m, eml, dict(
        kind="reply", family="thread", client="eM Client (approximated)", fields=fields(objected_at=iso(2027, 10, 12, 13, 50)),
        accept={}, source_text={"objected_at": ["13:50 on 12 October"]},
        notes="eM Client 'Re:' with the tag and In-Reply-To / References; the new English text corrects the objection "
              "time ('13:50 on 12 October'; 14:50 is the old value).")


@entry
def R2():
    rng = R("R2")
    d = dt(2027, 10, 16, 10, 0, 0)
    m = M(rng, "冯秀芝", "fengxiuzhi@laoling-jz.com", d, "回复：[DOR#SS-2027-000774] 请补充证据", host_of(rng, "own", "mail.laoling-jz.com"))
    m["irt"] = "<needinfo.SS-2027-000774@ptg139.com>"
    m["refs"] = ["<needinfo.SS-2027-000774@ptg139.com>"]
    qbody = "您好，\n案件 SS-2027-000774 请补充客户与对方的通话录音。\n总部商机服务"
    m["blocks"] = ["您好，通话录音补上（客户手机录的）。\n冯秀芝\n",
                   Quote("\n------------------ 原始邮件 ------------------\n" + qbody,
                         "------------------ 原始邮件 ------------------", qbody)]
    m["atts"] = [Att("通话录音1013.m4a", "audio/mp4", m4a(rng, 9), "audio/mp4")]
    eml = kit7.thunderbird(m, rng)
    return m, eml, dict(
        kind="reply", family="thread", client="Thunderbird", fields=fields(), accept={}, source_text={},
        notes="Thunderbird '回复：' with a full-width colon, the tag and In-Reply-To / References; the reply only adds an M4A "
              "recording; no case fields.")


@entry
def R3():
    rng = R("R3")
    d = dt(2027, 10, 15, 14, 40, 0)
    m = M(rng, "林冠廷", "kuanting.lin@zhushan-bamboo.com.tw", d, "回覆：[DOR#SS-2027-000777] 請確認合約保證數",
          host_of(rng, "own", "mail.zhushan-bamboo.com.tw"))
    m["irt"] = "<needinfo.SS-2027-000777@ptg139.com>"
    m["refs"] = ["<needinfo.SS-2027-000777@ptg139.com>"]
    qbody = "您好，\n案件 SS-2027-000777 請確認合約保證數（來信為300筆）。\n總部商機服務"
    m["blocks"] = ["您好，和客戶核對過合約，保證數應為320筆，前一封寫錯了，不好意思。\n\n林冠廷\n",
                   Quote("\n-----原始郵件-----\n" + qbody, "-----原始郵件-----", qbody)]
    eml = kit13.owa(m, rng, "zh-TW")
    return m, eml, dict(
        kind="reply", family="thread", client="Outlook on the web (zh-TW; approximated)", fields=fields(quota=320), accept={},
        source_text={"quota": ["保證數應為320筆"]},
        notes="Outlook on the web '回覆：' in traditional script with the tag and In-Reply-To / References; the new text "
              "corrects the quota (320; the quoted 300 is the old value).")


@entry
def R4():
    rng = R("R4")
    d = dt(2027, 10, 15, 11, 30, 0)
    m = M(rng, "熊伟", "xiongwei@chibi-qz.com", d, "RE: [DOR#SS-2027-000780] 商机调整已受理", host_of(rng, "own", "mail.chibi-qz.com"))
    m["irt"] = "<ack.SS-2027-000780@ptg139.com>"
    m["refs"] = ["<ack.SS-2027-000780@ptg139.com>"]
    qbody = "您好，\n案件 SS-2027-000780 已受理。\n商机编号：CB-1014-201~206\n总部商机服务"
    m["blocks"] = ["总部好：\n\n更正：第三条的编号应为CB-1014-213（之前写成了尾号203），其他五条不变。\n\n熊伟\n",
                   Quote("\n________________________________\n" + qbody, "________________________________", qbody)]
    eml = kit11.mutt(m, rng)
    return m, eml, dict(
        kind="reply", family="thread", client="Mutt (approximated)", fields=fields(lead_ids=["CB-1014-213"]),
        accept={}, source_text={},
        notes="Mutt 'RE:' in capitals with the tag and In-Reply-To / References; the new text corrects one lead id "
              "(CB-1014-213; the bare tail 203 and the quoted range are the old values).")


@entry
def R5():
    rng = R("R5")
    d = dt(2027, 10, 15, 15, 5, 0)
    m = M(rng, "陳家豪", "kaho.chan@cheungchau-net.hk", d, "Re: 回覆: [DOR#SS-2027-000783] 商機申訴已受理",
          host_of(rng, "own", "smtp.cheungchau-net.hk"))
    m["irt"] = "<ack.SS-2027-000783@ptg139.com>"
    m["refs"] = ["<ack.SS-2027-000783@ptg139.com>"]
    qbody = "您好，\n案件 SS-2027-000783 已受理。\n推送時間：2027-10-14 14:15\n總部商機服務"
    m["blocks"] = ["你好，唔好意思，後台記錄其實係10月14號下晝1點15分推嘅，麻煩改返。\n\n家豪\n",
                   Quote("\n----- Original Message -----\n" + qbody, "----- Original Message -----", qbody)]
    eml = kit17.hkbn(m, rng)
    return m, eml, dict(
        kind="reply", family="thread", client="HKBN webmail (Big5-HKSCS; approximated)",
        fields=fields(pushed_at=iso(2027, 10, 14, 13, 15)), accept={}, source_text={"pushed_at": ["10月14號下晝1點15分"]},
        notes="HKBN webmail with a doubled prefix ('Re: 回覆:'), the tag and In-Reply-To / References, Cantonese; the new "
              "text corrects the push time ('10月14號下晝1點15分' = 13:15; the quoted 14:15 is the old value).")


# ==========================================================================
# family: short names only (Bei'an, Nehe, Hulin, Mishan, Tieli)
# ==========================================================================

@entry
def S1():
    rng = R("S1")
    d = dt(2027, 10, 12, 11, 20, 0)
    m = M(rng, "丛丽", "2217409381@qq.com", d, "申诉 BA-1012-0061 —— 大豆机械（北安数科）", host_of(rng, "qq"))
    m["blocks"] = ["总部好：\n\n编号：BA-1012-0061\n推送：10月12日 8:40\n反馈：10月12日 10:55\n"
                   "对方留的号码是空号，打了好几遍。\n\n丛丽"]
    eml = kit7.tencent(m, rng)
    return m, eml, appeal(
        "short_names", "QQ Mail", "北安数科", "大豆机械", ["BA-1012-0061"],
        iso(2027, 10, 12, 8, 40), iso(2027, 10, 12, 10, 55), 3, {},
        {"pushed_at": ["10月12日 8:40"], "objected_at": ["10月12日 10:55"], "reason_code": ["空号"]},
        "QQ Mail (GB18030); short names only, both in the subject: the client after a double dash and the partner in "
        "parentheses; 2 h 15 min, inside 8 h; code 3 (an empty number).")


@entry
def S2():
    rng = R("S2")
    d = dt(2027, 10, 13, 14, 50, 0)
    ids = ["NH-1012-21", "NH-1012-23", "NH-1012-24", "NH-1012-26", "NH-1012-29"]
    m = M(rng, "关宏", "guanhong@nehe-sk.com", d, "【马铃薯机械】本批5条反馈", host_of(rng, "own", "mail.nehe-sk.com"))
    m["blocks"] = ["总部您好：\n\n【马铃薯机械】这5条：\n" + "\n".join(f"{x} {v}" for x, v in zip(
        ids, ["√", "× 要买土豆", "√", "√", "× 做淀粉贸易"], strict=True))
        + "\n建议：加“马铃薯收获机”，删“土豆”；不做土豆销售；对象：种植合作社。\n\n关宏 / 讷河数科"]
    eml = kit10.lark(m, rng)
    return m, eml, adjustment(
        "short_names", "Lark Mail (approximated)", "讷河数科", "马铃薯机械", ids, 5, {},
        ex(["马铃薯收获机"], ["土豆"], ["土豆销售"], ["种植合作社"]), {"lead_count": ["这5条"]},
        "Lark Mail; short names only: the client in 【】 in the subject and the body, the partner after a slash in the "
        "sign-off; five ids with '√' / '×'; '这5条'.")


@entry
def S3():
    rng = R("S3")
    d = dt(2027, 10, 14, 10, 30, 0)
    m = M(rng, "齐立新", "qilixin@hulin-sk.com", d, "珍宝岛蜂蜜设备 汇总", host_of(rng, "own", "mail.hulin-sk.com"))
    m["blocks"] = ["总部：\n\n珍宝岛蜂蜜设备汇总：合同180条，服务期2027年2月1日至2028年1月31日。已推送条数后台在升级查不到，"
                   "过两天补报。\n客户对摇蜜机的询盘挺满意，会续费。\n\n齐立新 · 虎林数科"]
    eml = kit15.squirrel(m, rng)
    return m, eml, summary(
        "short_names", "SquirrelMail (approximated)", "虎林数科", "珍宝岛蜂蜜设备", 180, None, "2027-02-01", "2028-01-31", {}, True,
        {"quota": ["合同180条"], "service_start": ["2027年2月1日"], "service_end": ["2028年1月31日"]},
        "SquirrelMail; short names only (the client in the subject and the text, the partner after a middle dot); the "
        "pushed count is not known ('已推送条数后台在升级查不到'): pushed_count null and missing, the trigger judged on the "
        "period (70 %: time_60); renewal intended.")


@entry
def S4():
    rng = R("S4")
    d = dt(2027, 10, 15, 15, 45, 0)
    m = M(rng, "任春雨", "renchunyu@mishan-sk.com", d, "兴凯湖大米机械 申诉", host_of(rng, "own", "mail.mishan-sk.com"))
    m["blocks"] = ["总部您好：\n\n兴凯湖大米机械有一条商机要申诉：推送时间2027-10-15 08:50，客户中午12点40分提出：对方要订兴凯湖旅游团，"
                   "跟客户的碾米设备行业不符。编号客户没记下来，我再到后台查。\n\n密山数科 任春雨"]
    eml = kit16.edison(m, rng)
    return m, eml, appeal(
        "short_names", "Edison Mail (approximated)", "密山数科", "兴凯湖大米机械", [],
        iso(2027, 10, 15, 8, 50), iso(2027, 10, 15, 12, 40), 4, {},
        {"pushed_at": ["2027-10-15 08:50"], "objected_at": ["中午12点40分", "2027-10-15 08:50"], "reason_code": ["行业不符"]},
        "Edison Mail; short names only (the partner before the writer's name); the lead id is not known ('编号客户没记下"
        "来'): lead_ids empty and missing; 3 h 50 min, inside 8 h; code 4.")


@entry
def S5():
    rng = R("S5")
    d = dt(2027, 10, 18, 9, 30, 0)
    ids = ["TL1015-401", "TL1015-403", "TL1015-404", "TL1015-407", "TL1015-408"]
    m = M(rng, "甄凯", "zhenkai_tl@yeah.net", d, "呼兰河林机 调整反馈", host_of(rng, "own", "mx.yeah.net"))
    m["blocks"] = ["总部您好：\n\n呼兰河林机本批：" + "、".join(ids) + "\n401、404、408精准；403要买木耳；407是护林员问工资。\n"
                   "建议加“割灌机”，删“木耳”，不做山货销售，对象：林场。\n\n铁力林海 甄凯"]
    eml = kit13.coremail_yeah(m, rng)
    return m, eml, adjustment(
        "short_names", "yeah.net webmail (Coremail; approximated)", "铁力林海", "呼兰河林机", ids, 5, {},
        ex(["割灌机"], ["木耳"], ["山货销售"], ["林场"]), {},
        "yeah.net webmail; short names only: the client at the head of the subject and the text, the partner before the "
        "writer's name; five ids separated by '、' (the count is the number of ids).")


# ==========================================================================
# family: clean requests (Antu, Wangqing, Huadian, Panshi)
# ==========================================================================

@entry
def C1():
    rng = R("C1")
    d = dt(2027, 10, 12, 10, 20, 0)
    m = M(rng, "崔英爱", "cuiyingai@antu-cbs.com", d, "商机申诉 二道人参机械 AT-1012-0038", host_of(rng, "own", "mail.antu-cbs.com"))
    m["blocks"] = ["总部您好：\n\n合作商：安图长白网络科技有限公司\n客户：安图二道人参机械有限公司\n商机编号：AT-1012-0038\n"
                   "推送时间：2027-10-12 08:05\n异议时间：2027-10-12 09:40\n申诉理由：微信加不上（判定标准第2条）\n"
                   "情况说明：搜索微信号提示该用户不存在，截图附上。\n\n崔英爱"]
    m["atts"] = [Att("微信搜索.png", "image/png", png(rng, rows=3, style="search"), "image/png")]
    eml = kit7.outlook(m, rng, "zh-CN")
    return m, eml, appeal(
        "clean", "Outlook 16 (zh-CN)", "安图长白网络科技有限公司", "安图二道人参机械有限公司", ["AT-1012-0038"],
        iso(2027, 10, 12, 8, 5), iso(2027, 10, 12, 9, 40), 2, {"client": ["二道人参机械"]},
        {"pushed_at": ["2027-10-12 08:05"], "objected_at": ["2027-10-12 09:40"], "reason_code": ["判定标准第2条"]},
        "Outlook 16 zh-CN; a clean labelled appeal, code 2 with a PNG screenshot.")


@entry
def C2():
    rng = R("C2")
    d = dt(2027, 10, 13, 15, 10, 0)
    m = M(rng, "金明哲", "jinmingzhe@wangqing-mt.com", d, "满天星黑木耳设备 商机汇总反馈", host_of(rng, "own", "mail.wangqing-mt.com"))
    m["blocks"] = ["总部您好：\n\n合作商：汪清满天星网络科技有限公司\n客户：汪清满天星黑木耳设备有限公司\n合同条数：200条\n已推送：84条\n"
                   "服务期：2027年4月1日至2028年3月31日\n客户情况：菌包生产线询盘精准，成交2套。\n解决方案：保持现有关键词。\n"
                   "续费意向：有续费意向。\n\n金明哲"]
    eml = kit7.thunderbird(m, rng)
    return m, eml, summary(
        "clean", "Thunderbird", "汪清满天星网络科技有限公司", "汪清满天星黑木耳设备有限公司", 200, 84, "2027-04-01", "2028-03-31",
        {"client": ["满天星黑木耳设备"]}, True,
        {"quota": ["合同条数：200条"], "pushed_count": ["已推送：84条"], "service_start": ["2027年4月1日"],
         "service_end": ["2028年3月31日"]},
        "Thunderbird; a clean labelled summary; no trigger (42 %, 53 % of the period); '2套' is a distractor; renewal "
        "intended.")


@entry
def C3():
    rng = R("C3")
    d = dt(2027, 10, 14, 16, 30, 0)
    ids = [f"HD1014{k:03d}" for k in (11, 12, 14, 15, 18)]
    m = M(rng, "曹玉梅", "caoyumei_hd@163.com", d, "商机调整 桦甸红石人参加工设备 本次5条", host_of(rng, "163"))
    m["blocks"] = ["总部您好：\n\n合作商：桦甸红石网络科技有限公司\n客户：桦甸红石人参加工设备有限公司\n本次反馈：5条\n"
                   + "\n".join(f"{x} {v}" for x, v in zip(ids, ["精准", "精准", "不精准", "精准", "不精准"], strict=True))
                   + "\n新增关键词：人参清洗机、红参蒸制设备\n删除关键词：人参\n不做产品：人参零售\n推广对象：参业合作社\n\n曹玉梅"]
    eml = kit7.coremail(m, rng, "163")
    return m, eml, adjustment(
        "clean", "163 webmail (Coremail)", "桦甸红石网络科技有限公司", "桦甸红石人参加工设备有限公司", ids, 5,
        {"client": ["红石人参加工设备"]}, ex(["人参清洗机", "红参蒸制设备"], ["人参"], ["人参零售"], ["参业合作社"]),
        {"lead_count": ["本次反馈：5条"]}, "163 webmail (GBK); a clean adjustment with five ids, verdicts and labelled proposals.")


@entry
def C4():
    rng = R("C4")
    d = dt(2027, 10, 15, 11, 10, 0)
    m = M(rng, "孙立军", "sunlijun@panshi-hm.com", d, "商机申诉 PS-1015-0146", host_of(rng, "exmail"))
    m["blocks"] = ["总部您好：\n\n合作商：磐石红旗网络科技有限公司\n客户：磐石红旗铸造机械有限公司\n商机编号：PS-1015-0146\n"
                   "推送时间：2027年10月15日 08:30\n异议时间：2027年10月15日 10:45\n申诉理由：产品不符（判定标准第5条）\n"
                   "情况说明：对方要买铸铁井盖成品，客户做的是铸造设备。\n\n孙立军"]
    eml = kit7.tencent(m, rng, wecom=True)
    return m, eml, appeal(
        "clean", "WeCom / Tencent Exmail", "磐石红旗网络科技有限公司", "磐石红旗铸造机械有限公司", ["PS-1015-0146"],
        iso(2027, 10, 15, 8, 30), iso(2027, 10, 15, 10, 45), 5, {"client": ["红旗铸造机械"]},
        {"pushed_at": ["2027年10月15日 08:30"], "objected_at": ["2027年10月15日 10:45"], "reason_code": ["判定标准第5条"]},
        "WeCom / Exmail (UTF-8); a clean labelled appeal, code 5, no attachment.")


# ==========================================================================
# family: automatic mail
# ==========================================================================

@entry
def A1():
    rng = R("A1")
    d = dt(2027, 10, 14, 9, 0, 6)
    m = M(rng, "常宏伟", "changhongwei@gaizhou-xy.com", d, "自动回复: [DOR#SS-2027-000786] 请补充录音",
          host_of(rng, "own", "smtp.gaizhou-xy.com"))
    m["irt"] = "<needinfo.SS-2027-000786@ptg139.com>"
    m["refs"] = ["<needinfo.SS-2027-000786@ptg139.com>"]
    m["text"] = "您好，我10月14日至10月20日外出参展，邮件回复会延迟，急事请打 139 4176 2208。\n盖州熊岳网络 常宏伟"
    eml = aliyun_oof(m, rng)
    return m, eml, dict(
        kind="auto", family="auto", client="Aliyun enterprise mail out-of-office reply (approximated)", fields=fields(),
        accept={}, source_text={},
        notes="An Aliyun enterprise mail out-of-office reply: '自动回复:' before HQ's subject with its tag (case_ref set), "
              "Auto-Submitted: auto-replied and X-Auto-Response-Suppress, In-Reply-To / References to HQ (thread_case_ref "
              "set): auto, not reply; the dates and phone number are no fields.")


@entry
def A2():
    rng = R("A2")
    d = dt(2027, 10, 18, 14, 20, 9)
    m = M(rng, "Postmaster", "postmaster@139.com", d, "退信通知：[DOR#SS-2027-000789] 商机调整已受理", host_of(rng, "own", "mx.139.com"))
    m["rcpt"] = "kefu@wangqing-mt.com"
    m["text"] = ("很抱歉，您发送的邮件未能送达以下收件人：\nkefu@wangqing-mt.com\n原因：收件人邮箱不存在（550）\n"
                 "原邮件主题：[DOR#SS-2027-000789] 商机调整已受理\n")
    m["orig_headers"] = ("From: dor@ptg139.com\nTo: kefu@wangqing-mt.com\nSubject: [DOR#SS-2027-000789] 商机调整已受理\n"
                         "Message-ID: <ack.SS-2027-000789@ptg139.com>\nDate: Mon, 18 Oct 2027 14:18:40 +0800\n")
    eml = mail139_failed(m, rng)
    return m, eml, dict(
        kind="auto", family="auto", client="139 mail delivery-failure report (approximated)", fields=fields(), accept={},
        source_text={},
        notes="A 139 mail delivery-failure report from postmaster@: multipart/report; report-type=delivery-status "
              "('Action: failed') with the returned headers as text/rfc822-headers (no attachment); HQ's subject with its "
              "tag after a Chinese prefix (case_ref set), Auto-Submitted: auto-replied; the times are no fields.")


# --------------------------------------------------------------------------
# assembling the set (blind20's assembler and README writer, run on this set's entries)
# --------------------------------------------------------------------------

FAMILIES = kit7.FAMILIES


def build_all():
    kit20.ENTRIES, kit20.SEED = ENTRIES, SEED
    return kit20.build_all()


def write_readme(path, files):
    kit20.README_TEXT = README_TEXT
    kit20.write_readme(path, files)


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


README_TEXT = """# blind21 — 49 labelled partner mails for `maild parse`, by family of difficulty

A held-out set, written blind from the spec, the samples and the shared corpus tools while the parser
was being fixed on blind20: from `shared/spec/DOMAIN.md`, the seed process document
(`seed-139-lead-process.zh.txt`), `shared/samples/` (README, sNN.eml, sNN.expected.json), the shared
corpus tools (`layout.py`, `mimekit.py`, `rules.py`, `checkkit.py`) and the generators and checkers of
blind7 … blind20, whose generic helpers (header encodings, mail-client builders, drawings, audio
containers, Word / Excel forms, the label assembler, the MIME walk and the source-text parsers) it
imports rather than copies. Nobody looked at the parser, its tests or any other set's mails while
writing it, and nobody tuned the parser on it: it measures how well the parser generalises to mail
it was never fitted to. New fictitious partners and clients in 池上, 竹山, 梧棲, 長洲, 青洲 (Macau),
句容, 金坛, 扬中, 溧水, 高淳, 乐陵, 宁阳, 东平, 平阴, 汶上, 武穴, 赤壁, 松滋, 枝江, 当阳, 涟源, 冷水江, 洪江,
资兴, 耒阳, 昌邑, 东港, 普兰店, 盖州, 大石桥, 北镇, 调兵山, 北安, 讷河, 虎林, 密山, 铁力, 安图, 汪清, 桦甸 and
磐石 (none of the cities of the earlier sets), with new people, phrasings, clients, mail clients, id
shapes and form features; every person, phone number, lead id and case id is invented.

- `tests/mail/blind21/NNN.eml` — the message as delivered (CRLF, the receiving server's
  Return-Path / Delivered-To / Received on top, bytes written the way each client writes them).
- `tests/mail/blind21/NNN.expected.json` — the samples' keys (`kind`, `message_id`, `sender`,
  `subject`, `case_ref`, `fields`, `missing`, `attachments` with `detected_type` / `inline`,
  `notes`, `mail_client`, `accept`, `thread_case_ref`, `malformed`, `checks`, `extra`,
  `source_key`) plus `family` (below), `topic` for `unknown` mail (question, onboarding, invoice,
  meeting, account, complaint, pitch, other) and `source_text`: the literal strings a time, number,
  date, reason or id shorthand was read from (further strings, each literal too, are the context it
  inherits: the day of an earlier time). `accept` is always present (`{}` when there is no
  alternative form).
- `tools/corpus/blind21/generate.py` — the deterministic generator (one `random.Random` per entry
  key, fixed zip and core.xml dates): `python -B tools/corpus/blind21/generate.py [--out DIR]`.
  It imports the generators of blind7 … blind20 for the generic machinery and adds only what is new:
  the texts and labels, and the builders none of them has (an Aliyun enterprise mail out-of-office
  reply, a 139 mail delivery-failure report). Needs python-docx, openpyxl and Pillow; other Pillow /
  zlib versions may change image and zip bytes, and so sizes and SHA-256 in the labels.
- `tools/corpus/blind21/check.py` — `python -B tools/corpus/blind21/check.py [--no-regen] [DIR]`:
  parses every message with Python's `email` package (through blind7's … blind20's checkers),
  re-finds the attachments by the samples' rule and compares them, checks every labelled value and
  alias against the decoded text, re-derives every time, count, date, reason code and expanded id
  from `source_text` (the earlier parsers, with this set's forms rewritten into theirs), checks
  `missing`, `checks`, the summary trigger, the kind / family / topic counts, the coverage and this
  README, and regenerates the set byte for byte.

Compare as the samples' README says: kind, message_id, sender, subject, case_ref and attachments
exactly, `missing` as a set, fields exactly for appeal/adjustment/summary (NFKC; partner/client may
match an `accept` alias; times as instants); reply fields are the corrections the reply makes;
auto/unknown: no invented fields.

## Families

| family | what it exercises |
|---|---|
| `traditional` | Chishang, Zhushan, Wuqi, Cheung Chau and Ilha Verde (Macau) writers (PChome webmail in Big5, Outlook on the web zh-TW, Outlook for iOS zh-TW, HKBN webmail in Big5-HKSCS, Mailbird; written Cantonese); a Minguo period inside one year with `民國` written once, counts with `筆`, `下晝` / `夜晚` with `號`, counts in numerals |
| `english` | English and mixed writers: `12 Oct at 09:15` and `14:50 the same day`, a day-month-year period, counts followed by `leads`, a year-less US date with a 12-hour clock, a competitor in English words |
| `dates` | `大前天` / `前天`, `上礼拜四` with `当天`, `去年…至今年…`, dotted month.day with short `晚` / `早`, `本周二` with `当天晚上` |
| `numbers` | `三百` and `两百一十五`, a tilde tail range (`-201~206`), a 24-hour clock in Chinese numerals, slash-separated tails (`-031/033/034/037/038`), financial numerals for both counts |
| `forms` | .docx / .xlsx: a two-column Word appeal form with `时` / `分`; a workbook with a number-cell count; a Word summary with dotted dates; a workbook laid down with date-time cells; a Word table of ids in two column pairs |
| `non_request` | mail that is none of the three requests → `unknown` with a `topic` |
| `thread` | replies that correct one field (the objection time in English, the quota in traditional script, a lead id, the push time in Cantonese) or only add a recording: `回复：`, `回覆：`, `RE:`, a doubled `Re: 回覆:` |
| `short_names` | partner and/or client only as short names: both in the subject, the client in `【】`, a missing pushed count, a missing lead id, the partner before the writer's name |
| `clean` | ordinary requests (Outlook 16, Thunderbird, 163 webmail, WeCom) |
| `auto` | an Aliyun enterprise mail out-of-office reply (`自动回复:`, X-Auto-Response-Suppress) with In-Reply-To to HQ, and a 139 mail delivery-failure report (multipart/report, `Action: failed`) whose subject carries HQ's tag |

## Labelling decisions a reader could make differently

- **Traditional script and Cantonese**: `partner` / `client` are the strings as written; the
  character-by-character simplified forms and the short forms are in `accept`. `民國116年1月1日至116年12月31日`
  is 2027-01-01 … 2027-12-31; `下晝2點15分` is 14:15 and `夜晚8點` 20:00; `300筆` is 300.
- **English**: `14:50 the same day` is of the day of the push; `1 Dec 2026` is 1 December;
  `Oct 14, 8:50 AM` is of the Date header's year; `the buyer is a competitor` is code 1.
- **Relative days**: `大前天` in a mail of 15 October is 12 October and `前天` 13 October; `上礼拜四` in a
  mail of Monday 18 October is 14 October; `去年` / `今年` are years before / of the Date header's;
  `10.13 晚9:20` is 13 October 21:20; `本周二` in a mail of Thursday 14 October is 12 October.
- **Numbers**: `两百一十五` is 215; `CB-1014-201~206` is six ids; `十点四十五分` is 10:45;
  `ZJ1015-031/033/034/037/038` is five ids; `叁佰` is 300 and `壹佰伍拾陆` 156.
- **Forms**: a two-column table gives label and value; a number cell next to its label is the count;
  the two column pairs of ids are one list.
- **Short names**: when only a short name is written it is the field. A missing pushed count misses
  `pushed_count` and the trigger is judged on the period; a missing lead id misses `lead_ids`.
- **Replies**: only the reply's own new text and attachments count; a correction gives the corrected
  value only. `accept` of a reply is `{}`.
- **Not requests**: a question on changing the push phone, a new client's opening papers, an invoice
  reissue, a meeting proposal, a sub-account request, a complaint about slow appeals, a short-video
  service pitch and an address-change notice are `unknown` with no fields.
- **Automatic**: an out-of-office reply with `自动回复:` and Auto-Submitted is `auto`, not `reply`; a
  delivery-failure report (multipart/report) is `auto` with its case_ref from the subject.
- **Late appeals**: objections 10 h 50 min, 9 h 30 min and 17 h 50 min after the push are still
  appeals; `objection_within_8h` is false.

## Files

| file | key | kind | family | mail client | what it exercises |
|---|---|---|---|---|---|
"""

if __name__ == "__main__":
    main()
