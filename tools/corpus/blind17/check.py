#!/usr/bin/env python3
"""Self-check of the blind17 set, independent of maild and of generate.py's internals.

Run:  python -B tools/corpus/blind17/check.py [--no-regen] [DIR]
      (DIR defaults to tests/mail/blind17; the README is next to this file)

The generic reading machinery comes from the checkers of blind7 … blind16 (the MIME walk, the
header / kind markers, the attachment comparison, the rule checks, the per-message checks, the
README and regeneration checks, blind13's Word reader, and the parsers of times, dates, counts,
reasons and id shorthand), which this file runs with its own parsers plugged in.  It adds only what
blind17's messages need on top: a character table for its traditional names; the forms none of the
ten reads, rewritten into forms they do (Cantonese 晏晝 / 夜晚, one-character day parts 早 / 晚 before a
clock, 上周X, 号 for the day, 'N点差M分', US month-first dates, 'p.m.' with dots, clock times with a
dot, English weekdays in parentheses, day-month and month-day-ordinal English dates); its counts (a
monthly allotment times the months, English number words); its reasons; its id shorthand (a range
with 至, full-width ids joined by semicolons); and the set's own counts and coverage.  For every
NNN.eml / NNN.expected.json pair it checks:
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


kit16c = _load("blind16_check", "blind16")  # installs the earlier sets' readers and parsers
kit15c, kit10c, kit8c = kit16c.kit15c, kit16c.kit10c, kit16c.kit8c

ARGS = [a for a in sys.argv[1:] if a != "--no-regen"]
DATA = Path(ARGS[0]) if ARGS else layout.data_dir("blind17")
ERRORS: list[str] = []
# the earlier checks report into this set's list and read this set's folders
kit8c.ERRORS, kit8c.HERE, kit8c.DATA = ERRORS, HERE, DATA
kit10c.ERRORS = ERRORS

TOTAL = 49
WANT_KINDS = {"appeal": 16, "adjustment": 9, "summary": 9, "reply": 5, "auto": 2, "unknown": 8}
WANT_FAMILIES = {"traditional": 5, "english": 5, "dates": 5, "numbers": 5, "forms": 5, "non_request": 8, "thread": 5,
                 "short_names": 5, "clean": 4, "auto": 2}
TOPICS = kit8c.TOPICS
# blind16's list (blind2 .. blind15 and holdout) and blind16's own cities
USED_CITIES = kit16c.USED_CITIES + (
    "鹿港", "中坜", "旺角", "土瓜湾", "新口岸", "祐汉", "金华", "永康", "黄石", "大冶", "荆门", "沙洋", "三门峡", "陕州", "灵宝",
    "平顶山", "宝丰", "宁波", "北仑", "运城", "稷山", "晋中", "平遥", "太谷", "朔州", "右玉", "怀仁", "绥化", "北林", "海伦", "黑河",
    "爱辉", "逊克", "临沧", "凤庆", "广安", "岳池", "华蓥", "资阳", "雁江", "安岳", "武威", "凉州", "天祝", "吐鲁番", "鄯善", "石河子",
    "巴中", "恩阳", "通江", "南平", "武夷", "建瓯", "河池", "金城江", "南丹", "来宾", "崇左", "凭祥", "固原", "临夏", "迪庆", "锡林郭勒",
    "锡林浩特", "乌拉盖", "林芝", "巴宜", "兴义", "海西", "格尔木", "察尔汗", "景洪", "白城", "洮北", "洮南", "辽源", "东丰", "抚顺",
    "兴安盟", "乌兰浩特", "阿尔山")

# traditional -> simplified for the characters of this set's names, aliases and sources
T2S17 = dict(zip("豐數銷鴻農業機興匯網漢聯納鰂魚順達準印刷碼廣浩營固廈濠門傑昌品週應訴請晝當點錯話條筆額約與單關內證據",
                 "丰数销鸿农业机兴汇网汉联纳鲗鱼顺达准印刷码广浩营固厦濠门杰昌品周应诉请昼当点错话条笔额约与单关内证据", strict=True))
_t2s16 = kit16c.t2s16


def t2s17(s):
    return _t2s16("".join(T2S17.get(c, c) for c in s))


def err(name, msg):
    ERRORS.append(f"{name}: {msg}")


# --------------------------------------------------------------------------
# what blind7's .. blind16's parsers do not read: rewritten into forms they do
# --------------------------------------------------------------------------

NUM = kit7c.NUM
cn_int = kit7c.cn_int
EN_MON = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
EN_SMALL = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
WEEK_CN = "一二三四五六日"


def ymd(d):
    return f"{d.year}年{d.month}月{d.day}日"


def norm17(s, when, dayfirst):
    """NFKC, this set's traditional characters, and its day and clock forms in blind16's forms."""
    s = t2s17(nfkc(s or ""))
    s = s.replace("晏昼", "下午").replace("夜晚", "晚上")
    s = re.sub(r"(?<![\u4e00-\u9fff])早\s*(?=\d)", "上午", s)
    s = re.sub(r"(?<![\u4e00-\u9fff])晚\s*(?=\d)", "晚上", s)
    s = re.sub(r"(\d{1,2})月(\d{1,2})号", r"\1月\2日", s)
    s = re.sub(r"(\d{4})年(\d{1,2})月(\d{1,2})号", r"\1年\2月\3日", s)

    def last_week(m):  # 上周X: that weekday of the week before the Date header's
        monday = when.date() - timedelta(days=when.weekday() + 7)
        return ymd(monday + timedelta(days=WEEK_CN.index(m[1].replace("天", "日"))))
    s = re.sub(r"上(?:周|星期|礼拜)([一二三四五六日天])", last_week, s)

    def back(m):  # 'N点差M分': M minutes before the hour N
        h, mi = cn_int(m[1]), cn_int(m[2])
        return f"{h - 1}点{60 - mi}分"
    s = re.sub(rf"({NUM})点差({NUM})分", back, s)
    s = re.sub(r"\b([ap])\.m\.", r"\1m", s, flags=re.I)
    s = re.sub(r"\((?:mon|tue|wed|thu|fri|sat|sun)\)", "", s, flags=re.I)
    s = re.sub(r"\b(\d{1,2})\.(\d{2})\s*(am|pm)\b", r"\1:\2 \3", s, flags=re.I)

    def us(m):
        a, b = int(m[1]), int(m[2])
        mo, dd = (b, a) if dayfirst else (a, b)
        return f"{m[3]}-{mo:02d}-{dd:02d}"
    s = re.sub(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])", us, s)

    def en_md(m):  # 'June 1st 2026': month first, an ordinal, the year
        mo = m[1][:3].lower()
        return f"{m[3]}-{EN_MON.index(mo) + 1:02d}-{int(m[2]):02d}" if mo in EN_MON else m[0]
    s = re.sub(r"\b([A-Za-z]{3,9})\s+(\d{1,2})(?:st|nd|rd|th)\s*,?\s+(\d{4})\b", en_md, s)

    def en_dm(m):  # '16 April' without a year
        mo = m[2][:3].lower()
        return f"{EN_MON.index(mo) + 1}月{int(m[1])}日" if mo in EN_MON else m[0]
    s = re.sub(r"\b(\d{1,2})\s+([A-Za-z]{3,9})\b(?!\s*,?\s*\d{4})", en_dm, s)
    return s


def parse_time17(srcs, when, dayfirst):
    return kit16c.parse_time16([norm17(x, when, dayfirst) for x in srcs], when, dayfirst)


def parse_day17(field, srcs, when, dayfirst):
    return kit16c.parse_day16(field, [norm17(x, when, dayfirst) for x in srcs], when, dayfirst)


def count17(src):
    s = t2s17(nfkc(src))
    m = re.search(rf"每月\s*({NUM})\s*条[^。\n]*?({NUM})\s*个月", s)
    if m:  # a monthly allotment times the months
        return cn_int(m[1]) * cn_int(m[2])
    m = re.search(r"\b(" + "|".join(EN_SMALL) + r")\s+leads?\b", s, re.I)
    if m:
        return EN_SMALL[m[1].lower()]
    m = re.fullmatch(rf".*?[:：]\s*({NUM})\s*", s)
    if m:  # a bare numeral after a label, without a unit
        return cn_int(m[1])
    return kit16c.count16(s)


REASON_WORDS17 = ((1, ("competitor", "同行，来套报价")), (2, ("微信号一直加不上",)), (3, ("wrong number", "个人号码")),
                  (5, ("product mismatch", "所需产品与客户经营产品不一致")))


def reason17(src):
    s = t2s17(nfkc(src)).lower()
    m = re.search(r"([1-5])\.[^()]*\(\s*[√✓]\s*\)", s)
    if m:  # the option ticked with a check mark in parentheses
        return int(m[1])
    code = next((c for c, words in REASON_WORDS17 if any(w in s for w in words)), None)
    return code if code is not None else kit16c.reason16(s)


def expand17(sources):
    out = []
    for src in sources:
        s = kit7c.dash(nfkc(src))
        m = re.fullmatch(r"\s*([A-Z]{1,4}-\d{4}-)(\d+)\s*至\s*(\d+)\s*", s)
        if m:  # a range: the first id and the last tail
            w = len(m[2])
            ids = [f"{m[1]}{k:0{w}d}" for k in range(int(m[2]), int(m[3]) + 1)]
        elif ";" in s:  # ids joined by (full-width) semicolons
            ids = [x.strip() for x in s.split(";") if x.strip()]
        else:
            ids = kit16c.expand16([src])
        out += [i for i in ids if i not in out]
    return out


# the earlier per-message checks, run with this set's parsers, table and cities
kit10c.parse_time10, kit10c.parse_day10, kit10c.count10 = parse_time17, parse_day17, count17
kit10c.reason10, kit10c.expand10, kit10c.t2s10, kit10c.USED_CITIES = reason17, expand17, t2s17, USED_CITIES
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
    if sum(1 for r in raws if re.search(rb"(?im)^content-type: text/html", r.split(b"\r\n\r\n", 1)[0])) < 2:
        err("set", "fewer than two HTML-only messages")
    if sum(1 for r in raws if re.search(rb"(?im)^date: [^\r\n]*\+0000", r.split(b"\r\n\r\n", 1)[0])) < 2:
        err("set", "fewer than two Date headers in UTC")
    if b"subject: =?big5-hkscs?q?" not in blob or blob.count(b'filename="=?') < 8:
        err("set", "no Q-encoded Big5-HKSCS subject or too few RFC 2047 file names")
    for c in (b"seednet webmail", b"webmail.hkbn.net", b"x-mailer: mailspring", b"21cn webmail", b"namprd.prod.outlook.com", b"bluemail",
              b"35.cn webmail", b"esigncloud", b"x-autoreply: yes", b"auto-submitted: auto-replied", b"noreply@",
              b"x-mailer: microsoft outlook 14.0", b"x-mailer: microsoft outlook 16.0", b"coremail", b"x-qq-mailer",
              b"iphone mail", b"k-9", b"dingtalk", b"tom.com", b"sinamail", b"format=flowed", b"mail.gmail.com", b"foxmail",
              b"139.com", b"apple mail", b"mailbird", b"em_client", b"horde", b"189.cn", b"samsung", b"zimbra",
              b"thunderbird", b"airmail", b"huawei", b"263", b"lark"):
        if c not in blob:
            err("set", f"no message from / with {c.decode()}")


def form_features(paths):
    """The forms hold a check mark in parentheses, a table laid out across, numeric id cells, two visible
    sheets and a Word form whose file name ends in capitals."""
    ticks = across = numeric = two = upper = 0
    for p in paths:
        for part in email.message_from_bytes(p.read_bytes()).walk():
            data = part.get_payload(decode=True) if not part.is_multipart() else None
            if not data:
                continue
            kind = checkkit.sniff(data)
            if kind == CT_DOCX:
                xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")
                ticks += "（√）".encode() in xml
                across += b"<w:tblGrid>" in xml and xml.count(b"<w:gridCol ") >= 5
                fn = part.get_filename() or ""
                upper += str(email.header.make_header(email.header.decode_header(fn))).endswith(".DOCX")
            elif kind == CT_XLSX:
                import openpyxl
                wb = openpyxl.load_workbook(io.BytesIO(data))
                two += sum(ws.sheet_state == "visible" for ws in wb.worksheets) >= 2
                numeric += any(isinstance(c.value, int) and c.value > 10 ** 9 for ws in wb.worksheets
                               for row in ws.iter_rows() for c in row)
    if not (ticks and across and numeric and two and upper):
        err("set", f"form features: ticks {ticks}, across {across}, numeric ids {numeric}, two sheets {two}, "
                   f"upper-case name {upper}")


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
