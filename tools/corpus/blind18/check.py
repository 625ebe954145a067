#!/usr/bin/env python3
"""Self-check of the blind18 set, independent of maild and of generate.py's internals.

Run:  python -B tools/corpus/blind18/check.py [--no-regen] [DIR]
      (DIR defaults to tests/mail/blind18; the README is next to this file)

The generic reading machinery comes from the checkers of blind7 … blind17 (the MIME walk, the
header / kind markers, the attachment comparison, the rule checks, the per-message checks, the
README and regeneration checks, blind13's Word reader, and the parsers of times, dates, counts,
reasons and id shorthand), which this file runs with its own parsers plugged in.  It adds only what
blind18's messages need on top: a character table for its traditional names; the forms none of the
eleven reads, rewritten into forms they do (Minguo years, a bare weekday numeral in parentheses,
Cantonese 尋日 / 尋晚 / 下晝 / 朝早, 前天, 本周X, 去年 / 今年, 'hrs' clock times, AM / PM before the
clock, '(Beijing time)', day-month-year English dates, dotted month.day dates, 24-hour clock times
in Chinese numerals); its counts (件 / 單, 两百, two contract phases, 'N leads', a laid-across
table); its reasons; its id shorthand (a range with 'through', tails joined by slashes); and the
set's own counts and coverage.  For every NNN.eml / NNN.expected.json pair it checks:
  * CRLF-only bytes, the receiving server's three top headers, that Python's email package
    parses and walks the message under compat32 and policy.default;
  * message_id, sender, subject, case_ref and thread_case_ref against the raw headers, and
    the kind against the automatic / thread markers of the samples' README;
  * the attachments found by the samples' rule against the labelled ones (name, declared type,
    size, sha256, role, sniffed type, inline), in order;
  * the label's keys, family, topic and accept; every partner / client value and alias in
    the decoded text (or, for an alias, the simplified form of a present string);
  * every time, count, date, reason code and expanded id list re-derived from source_text;
  * missing, checks and the summary trigger by DOMAIN.md section 7;
  * the set: 49 files, the planned counts per kind / family / topic, no partner or client in
    a city of an earlier set, the charset / encoding / client / form-feature coverage, the README;
  * unless --no-regen: generate.py, run into a temporary folder, reproduces every file.
Exit status 0 when everything holds.
"""
from __future__ import annotations

import email
import email.header
import importlib.util
import io
import json
import re
import sys
import zipfile
from datetime import timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "blind7"))  # blind7's checker: the generic readers and parsers
sys.path.insert(1, str(HERE.parent))  # tools/corpus: the shared modules

import check as kit7c  # noqa: E402  (tools/corpus/blind7/check.py)
import checkkit  # noqa: E402
import layout  # noqa: E402
from checkkit import nfkc  # noqa: E402
from mimekit import CT_DOCX, CT_XLSX  # noqa: E402


def _load(name, folder):
    """tools/corpus/<folder>/check.py under its own module name (each imports blind7's as `check`)."""
    spec = importlib.util.spec_from_file_location(name, HERE.parent / folder / "check.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


kit17c = _load("blind17_check", "blind17")  # installs the earlier sets' readers and parsers
kit10c, kit8c = kit17c.kit10c, kit17c.kit8c

ARGS = [a for a in sys.argv[1:] if a != "--no-regen"]
DATA = Path(ARGS[0]) if ARGS else layout.data_dir("blind18")
ERRORS: list[str] = []
# the earlier checks report into this set's list and read this set's folders
kit8c.ERRORS, kit8c.HERE, kit8c.DATA = ERRORS, HERE, DATA
kit10c.ERRORS = ERRORS

TOTAL = 49
WANT_KINDS = {"appeal": 16, "adjustment": 9, "summary": 9, "reply": 5, "auto": 2, "unknown": 8}
WANT_FAMILIES = {"traditional": 5, "english": 5, "dates": 5, "numbers": 5, "forms": 5, "non_request": 8, "thread": 5,
                 "short_names": 5, "clean": 4, "auto": 2}
TOPICS = kit8c.TOPICS
# blind17's list (blind2 .. blind16 and holdout) and blind17's own cities
USED_CITIES = kit17c.USED_CITIES + (
    "斗六", "丰原", "鲗鱼涌", "青衣", "望厦", "江阴", "昆山", "张家港", "常熟", "晋江", "安阳", "汤阴", "济源", "仙桃", "彭场", "潜江",
    "天门", "岳口", "诸暨", "大唐", "乐清", "柳市", "瑞安", "塘下", "永嘉", "瓯北", "苍南", "龙港", "德清", "新市", "安吉", "递铺",
    "长兴", "煤山", "海宁", "许村", "桐乡", "濮院", "平湖", "嘉善", "西塘", "顺德", "南海", "西樵", "虎门", "增城", "从化", "石狮",
    "伊犁", "昌吉", "阿勒泰", "和田", "延吉", "铜川", "庆阳", "定西", "嘉峪关")

# traditional -> simplified for the characters of this set's names, aliases and sources
T2S18 = dict(zip("員園藝數銷機號碼錯話雲鼎穗農鴨脷濱碼廣陞啟發豐澳殼乾門專麗尋晝點國時間單條產經營與資訊",
                 "员园艺数销机号码错话云鼎穗农鸭脷滨码广升启发丰澳壳干门专丽寻昼点国时间单条产经营与资讯", strict=True))
_t2s17 = kit17c.t2s17


def t2s18(s):
    return _t2s17("".join(T2S18.get(c, c) for c in s))


def err(name, msg):
    ERRORS.append(f"{name}: {msg}")


# --------------------------------------------------------------------------
# what blind7's .. blind17's parsers do not read: rewritten into forms they do
# --------------------------------------------------------------------------

NUM = kit7c.NUM
cn_int = kit7c.cn_int
EN_MON = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
WEEK_CN = "一二三四五六日"


def ymd(d):
    return f"{d.year}年{d.month}月{d.day}日"


def norm18(s, when):
    """NFKC, this set's traditional characters, and its day and clock forms in blind17's forms."""
    s = t2s18(nfkc(s or ""))
    s = s.replace("民国", "")
    s = re.sub(r"(?<!\d)(1[01]\d)年", lambda m: f"{1911 + int(m[1])}年", s)  # a Minguo year
    s = re.sub(r"(?<![\d/])(1[01]\d)/(\d{1,2})/(\d{1,2})", lambda m: f"{1911 + int(m[1])}/{m[2]}/{m[3]}", s)
    s = re.sub(r"\(\s*[一二三四五六日]\s*\)", "", s)  # a bare weekday numeral after a date
    s = s.replace("(Beijing time)", "").replace("寻日", "昨天").replace("寻晚", "昨晚").replace("下昼", "下午")
    s = s.replace("朝早", "上午").replace("当晚", "当天晚上").replace("中午", "")
    s = s.replace("前天", ymd(when - timedelta(days=2)))
    s = s.replace("去年", f"{when.year - 1}年").replace("今年", f"{when.year}年")

    def this_week(m):  # 本周X / a bare 周X: that weekday of the Date header's week
        monday = when.date() - timedelta(days=when.weekday())
        return ymd(monday + timedelta(days=WEEK_CN.index(m[1].replace("天", "日"))))
    s = re.sub(r"(?<![上下])(?:本|这)?(?:周|星期|礼拜)([一二三四五六日天])", this_week, s)
    s = re.sub(r"(\d{1,2})点整", r"\1点", s)
    s = re.sub(rf"(?<![\d一二三四五六七八九十])({NUM})点({NUM})(?![\d分])", lambda m: f"{cn_int(m[1])}:{cn_int(m[2]):02d}", s)

    def hrs(m):  # '1410 hrs, 17 May'
        mo = EN_MON.index(m[4][:3].lower()) + 1
        return f"{mo}月{int(m[3])}日 {m[1]}:{m[2]}"
    s = re.sub(r"\b(\d{2})(\d{2})\s*hrs,\s*(\d{1,2})\s+([A-Za-z]{3,9})\b", hrs, s)
    s = re.sub(r"\b(\d{2})(\d{2})\s*hrs\b", r"\1:\2", s)
    s = re.sub(r"\b(AM|PM)\s*(\d{1,2}:\d{2})", r"\2 \1", s)

    def dmy(m):  # '1 Sep 2026'
        mo = m[2][:3].lower()
        return f"{m[3]}-{EN_MON.index(mo) + 1:02d}-{int(m[1]):02d}" if mo in EN_MON else m[0]
    s = re.sub(r"\b(\d{1,2})\s+([A-Za-z]{3,9})\s+(\d{4})\b", dmy, s)
    s = re.sub(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\s+(\d{1,2}:\d{2})", r"\1月\2日 \3", s)  # '5.20 9:05'
    s = re.sub(r"(?<!\d)(\d{4})\.(\d{1,2})\.(\d{1,2})(?![\d.])", r"\1年\2月\3日", s)
    return s


def parse_time18(srcs, when, dayfirst):
    return kit17c.parse_time17([norm18(x, when) for x in srcs], when, dayfirst)


def parse_day18(field, srcs, when, dayfirst):
    return kit17c.parse_day17(field, [norm18(x, when) for x in srcs], when, dayfirst)


def count18(src):
    s = t2s18(nfkc(src))
    m = re.search(rf"首期\s*({NUM})\s*条\s*\+\s*追加\s*({NUM})\s*条", s)
    if m:  # two contract phases
        return cn_int(m[1]) + cn_int(m[2])
    m = re.search(r"(?s)合同条数 已推送 占比\n(\d+)", s)
    if m:  # the value row of a table laid across
        return int(m[1])
    m = re.search(r"\b(\d+)\s+leads?\b", s)
    if m:
        return int(m[1])
    s = s.replace("两百", "二百")
    m = re.search(rf"({NUM})\s*[件单]", s)
    if m:
        return cn_int(m[1])
    m = re.fullmatch(r"\s*(\d+)\s*", s)
    if m:  # a number cell
        return int(m[1])
    return kit17c.count17(s)


REASON_WORDS18 = ((1, ("对方是同行",)), (3, ("phone number buyer leave is wrong", "个人电话，不是企业")),
                  (4, ("industry mismatch", "不是一个行业", "行业不符")),
                  (5, ("产品唔一致", "所需产品与客户经营的产品不一致")))


def reason18(src):
    s = t2s18(nfkc(src)).lower()
    m = re.search(r"填序号\)\s*([1-5])\b", s)
    if m:  # the criterion number in a form's cell
        return int(m[1])
    m = re.match(r"\s*([1-5])\s*\(", s)
    if m:  # a circled numeral (NFKC: a digit) before the criterion's words
        return int(m[1])
    code = next((c for c, words in REASON_WORDS18 if any(w in s for w in words)), None)
    return code if code is not None else kit17c.reason17(src)


def expand18(sources):
    out = []
    for src in sources:
        s = kit7c.dash(nfkc(src))
        m = re.fullmatch(r"\s*([A-Z]{1,4}-\d{4}-)(\d+)\s+through\s+(\d+)\s*", s)
        m2 = re.fullmatch(r"\s*([A-Z]{1,4}-\d{4}-)(\d+)((?:/\d+)+)\s*", s)
        if m:  # a range: the first id and the last tail
            w = len(m[2])
            ids = [f"{m[1]}{k:0{w}d}" for k in range(int(m[2]), int(m[3]) + 1)]
        elif m2:  # one id and further tails after slashes
            ids = [m2[1] + m2[2]] + [m2[1] + t for t in m2[3].split("/") if t]
        else:
            ids = kit17c.expand17([src])
        out += [i for i in ids if i not in out]
    return out


# the earlier per-message checks, run with this set's parsers, table and cities
kit10c.parse_time10, kit10c.parse_day10, kit10c.count10 = parse_time18, parse_day18, count18
kit10c.reason10, kit10c.expand10, kit10c.t2s10, kit10c.USED_CITIES = reason18, expand18, t2s18, USED_CITIES
kit10c.WANT_FAMILIES = kit8c.WANT_FAMILIES = WANT_FAMILIES


# --------------------------------------------------------------------------
# the set
# --------------------------------------------------------------------------

def coverage(raws):
    blob = b"\n".join(raws).lower()
    for cs in (b"gbk", b"gb18030", b"gb2312", b"utf-8", b"big5", b"big5-hkscs"):
        if not re.search(rb'charset="?' + re.escape(cs) + rb'"?[;\s]', blob):
            err("set", f"no part declares charset {cs.decode()}")
    for cte in (b"base64", b"quoted-printable", b"8bit", b"7bit"):
        if b"content-transfer-encoding: " + cte not in blob:
            err("set", f"no {cte.decode()} part")
    if sum(1 for r in raws if re.search(rb"(?im)^content-type: text/html", r.split(b"\r\n\r\n", 1)[0])) < 1:
        err("set", "no HTML-only message")
    if not any(re.search(rb"(?im)^date: [^\r\n]*\+0200", r.split(b"\r\n\r\n", 1)[0]) for r in raws):
        err("set", "no Date header in +0200")
    if b"report-type=disposition-notification" not in blob or blob.count(b'filename="=?') < 6:
        err("set", "no read receipt or too few RFC 2047 file names")
    for c in (b"canary mail", b"alimail-pc", b"coremail webmail server", b"auto-submitted: auto-replied", b"hinet",
              b"x-mailer: microsoft outlook 16.0", b"x-mailer: microsoft outlook 14.0", b"x-qq-mailer", b"iphone mail",
              b"edison", b"netvigator", b"ctm", b"yeah.net", b"126.com", b"geary", b"mail.gmail.com", b"foxmail",
              b"apple mail", b"outlook express", b"kmail", b"roundcube", b"evolution", b"claws", b"squirrelmail",
              b"postbox", b"wo.cn", b"spark", b"mutt", b"thunderbird", b"lark", b"zoho", b"huawei", b"k-9", b"189.cn",
              b"wecom", b"flash", b"sohu"):
        if c not in blob:
            err("set", f"no message from / with {c.decode()}")


def form_features(paths):
    """The forms hold a circled criterion numeral, two tables in one Word form, ids in one Excel cell on several
    lines, a number cell for the criterion, and a Word form declared application/msword."""
    circled = two_tables = multiline = number_cell = msword = 0
    for p in paths:
        for part in email.message_from_bytes(p.read_bytes()).walk():
            data = part.get_payload(decode=True) if not part.is_multipart() else None
            if not data:
                continue
            kind = checkkit.sniff(data)
            if kind == CT_DOCX:
                xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")
                circled += "②".encode() in xml
                two_tables += xml.count(b"<w:tbl>") >= 2
                msword += part.get_content_type() == "application/msword"
            elif kind == CT_XLSX:
                import openpyxl
                wb = openpyxl.load_workbook(io.BytesIO(data))
                cells = [c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row]
                multiline += any(isinstance(v, str) and v.count("\n") >= 4 for v in cells)
                number_cell += any(isinstance(v, int) and 1 <= v <= 5 for v in cells)
    if not (circled and two_tables and multiline and number_cell and msword):
        err("set", f"form features: circled {circled}, two tables {two_tables}, multi-line cell {multiline}, "
                   f"number cell {number_cell}, msword {msword}")


def main():
    emls = sorted(DATA.glob("[0-9][0-9][0-9].eml"))
    jsons = sorted(DATA.glob("[0-9][0-9][0-9].expected.json"))
    kinds, fams, topics, raws = {}, {}, set(), []
    for p in emls:
        jp = DATA / (p.stem + ".expected.json")
        if not jp.exists():
            err(p.name, "no label")
            continue
        lab = json.loads(jp.read_text(encoding="utf-8"))
        try:
            k, fam, topic, raw = kit10c.check_one(p, lab)
        except Exception as e:  # noqa: BLE001 - report and go on
            import traceback
            err(p.name, f"exception {e!r}\n{traceback.format_exc()}")
            continue
        kinds[k] = kinds.get(k, 0) + 1
        fams[fam] = fams.get(fam, 0) + 1
        if topic:
            topics.add(topic)
        raws.append(raw)
    if len(emls) != TOTAL or len(jsons) != TOTAL:
        err("set", f"{len(emls)} eml / {len(jsons)} json, expected {TOTAL}")
    if [p.stem for p in emls] != [f"{i:03d}" for i in range(1, TOTAL + 1)]:
        err("set", f"files are not 001..{TOTAL:03d}")
    if kinds != WANT_KINDS:
        err("set", f"kind counts {kinds}")
    if fams != WANT_FAMILIES:
        err("set", f"family counts {fams}")
    if topics != TOPICS:
        err("set", f"topics {sorted(topics)}")
    coverage(raws)
    form_features(emls)
    kit8c.check_readme(emls, kinds, fams)
    if "--no-regen" not in sys.argv:
        kit8c.regenerate(emls, jsons)
    for e in ERRORS:
        print("FAIL", e)
    print("checked {} messages, kinds {}, families {}: {}".format(
        len(emls), dict(sorted(kinds.items())), dict(sorted(fams.items())), "OK" if not ERRORS else f"{len(ERRORS)} problems"))
    return 1 if ERRORS else 0


if __name__ == "__main__":
    sys.exit(main())
