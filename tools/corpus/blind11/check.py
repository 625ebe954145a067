#!/usr/bin/env python3
"""Self-check of the blind11 set, independent of maild and of generate.py's internals.

Run:  python -B tools/corpus/blind11/check.py [--no-regen] [DIR]
      (DIR defaults to tests/mail/blind11; the README is next to this file)

The generic reading machinery comes from the checkers of blind7 (the MIME walk and the parsers of
times, dates, counts, reasons and id shorthand), blind8 (the header / kind markers, the attachment
comparison, the rule checks, the README and regeneration checks), blind9 and blind10 (their further
forms and the per-message checks, which this file runs with its own parsers plugged in).  This file
adds only what blind11's messages need on top: a character table for its traditional names, the
forms none of the four reads, rewritten into forms they do (元月, Cantonese 尋日 / 下晝 / 夜晚 /
N點搭M, Shaanxi 昨儿 / 今儿 / 后晌 / 一早, 'on the 21st', 'at noon', 'N in the afternoon', month-day
with a hyphen, an objection as an offset from the push, N点差M分, US month-first dates fixed by the
other date of the pair, English months only, a period in days, English number words, 宗), its
reason words, prefix-and-tail and tilde-range id shorthand, and the set's own counts and coverage.
For every NNN.eml / NNN.expected.json pair it checks:
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
    a city of an earlier set, the charset / encoding / client coverage, the README;
  * unless --no-regen: generate.py, run into a temporary folder, reproduces every file.
Exit status 0 when everything holds.
"""
from __future__ import annotations

import calendar
import importlib.util
import json
import re
import sys
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "blind7"))  # blind7's checker: the generic readers and parsers
sys.path.insert(1, str(HERE.parent))  # tools/corpus: the shared modules

import check as kit7c  # noqa: E402  (tools/corpus/blind7/check.py)
import layout  # noqa: E402
from checkkit import nfkc  # noqa: E402


def _load(name, folder):
    """tools/corpus/<folder>/check.py under its own module name (each imports blind7's as `check`)."""
    spec = importlib.util.spec_from_file_location(name, HERE.parent / folder / "check.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


kit10c = _load("blind10_check", "blind10")
kit8c, kit9c = kit10c.kit8c, kit10c.kit9c

ARGS = [a for a in sys.argv[1:] if a != "--no-regen"]
DATA = Path(ARGS[0]) if ARGS else layout.data_dir("blind11")
ERRORS: list[str] = []
# blind8's and blind10's checks report into this set's list and read this set's folders
kit8c.ERRORS, kit8c.HERE, kit8c.DATA = ERRORS, HERE, DATA
kit10c.ERRORS = ERRORS

TOTAL = 49
WANT_KINDS = {"appeal": 15, "adjustment": 9, "summary": 10, "reply": 5, "auto": 2, "unknown": 8}
WANT_FAMILIES = {"traditional": 5, "english": 5, "dates": 5, "numbers": 5, "forms": 5, "non_request": 8, "thread": 5,
                 "short_names": 5, "clean": 4, "auto": 2}
TOPICS = kit8c.TOPICS
# blind10's list (blind2 .. blind9 and holdout) and blind10's own cities
USED_CITIES = kit10c.USED_CITIES + ("苗栗", "嘉义", "北角", "大埔", "潮州", "揭阳", "舟山", "黄山", "淮南", "景德镇", "萍乡", "邵阳",
                                    "怀化", "泸州", "达州", "保山", "咸阳", "乌海", "盘锦", "本溪")

# traditional -> simplified for the characters of this set's names, aliases and sources
T2S11 = dict(zip("蘭陽羅東製觀創劃發貨櫃維織襪農條為尋晝號應計",
                 "兰阳罗东制观创划发货柜维织袜农条为寻昼号应计", strict=True))
_t2s10 = kit10c.t2s10


def t2s11(s):
    return _t2s10("".join(T2S11.get(c, c) for c in s))


def err(name, msg):
    ERRORS.append(f"{name}: {msg}")


# --------------------------------------------------------------------------
# what blind7's .. blind10's parsers do not read: rewritten into forms they do
# --------------------------------------------------------------------------

NUM = kit7c.NUM
EN_MONTHS = kit8c.EN_MONTHS
EN_ONES = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
           "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
           "seventeen": 17, "eighteen": 18, "nineteen": 19}
EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
WORDS11 = (("寻日", "昨天"), ("下昼", "下午"), ("夜晚", "晚上"), ("昨儿", "昨天"), ("今儿", "今天"), ("后晌", "下午"),
           ("一早", "早上"), ("at noon", "中午12点"))
_parse_time10, _parse_day10, _count10, _reason10, _expand10 = (kit10c.parse_time10, kit10c.parse_day10, kit10c.count10,
                                                              kit10c.reason10, kit10c.expand10)


def ymd(y, mo, d):
    return f"{y}年{mo}月{d}日"


def norm11(s, when):
    """NFKC, this set's traditional characters, and its clock and day forms in blind10's forms."""
    s = t2s11(nfkc(s or "")).replace("元月", "1月")
    for a, b in WORDS11:
        s = s.replace(a, b)
    s = re.sub(rf"({NUM})点搭({NUM})", lambda m: f"{m[1]}点{kit7c.cn_int(m[2]) * 5}分", s)  # Cantonese 三點搭五
    s = re.sub(rf"({NUM})点差({NUM})分", lambda m: f"{kit7c.cn_int(m[1]) - 1}点{60 - kit7c.cn_int(m[2])}分", s)
    s = re.sub(r"\b(\d{1,2}) in the (morning|afternoon|evening)\b",
               lambda m: {"morning": "上午", "afternoon": "下午", "evening": "晚上"}[m[2]] + m[1] + "点", s)
    s = re.sub(r"\bon the (\d{1,2})(?:st|nd|rd|th)\b", lambda m: ymd(when.year, when.month, int(m[1])), s)
    s = re.sub(r"(?<![\d-])(\d{1,2})-(\d{1,2})(?=\s+\d{1,2}:\d{2})", lambda m: f"{m[1]}月{m[2]}日", s)  # 10-27 16:05
    return s


def parse_time11(srcs, when, dayfirst):
    first = norm11(srcs[0], when)
    m = re.search(rf"推送后\s*({NUM})个(半)?小时", first)
    if m:  # an offset from the push written after it
        base = parse_time11(srcs[1:], when, dayfirst)
        return base + timedelta(hours=kit7c.cn_int(m[1]), minutes=30 if m[2] else 0)
    return _parse_time10([first] + [norm11(x, when) for x in srcs[1:]], when, dayfirst)


def parse_day11(field, srcs, when, dayfirst):
    pairs = [re.findall(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})", x) for x in srcs]
    if any(int(b) > 12 >= int(a) for p in pairs for a, b, _y in p):  # the pair is month-first
        srcs = [re.sub(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})", lambda m: f"{m[3]}-{int(m[1]):02d}-{int(m[2]):02d}", x)
                for x in srcs]
    s = norm11(srcs[0], when)
    m = re.fullmatch(r"\s*([A-Za-z]+)\s+(\d{4})\s*", s)
    if m and m[1].lower() in EN_MONTHS:  # an English month only
        y, mo = int(m[2]), EN_MONTHS.index(m[1].lower()) + 1
        return date(y, mo, 1 if field == "service_start" else calendar.monthrange(y, mo)[1])
    m = re.search(rf"({NUM})\s*天", s)
    if m and field == "service_end":  # a length in days, counted from the start day
        return parse_day11("service_start", srcs[1:], when, dayfirst) + timedelta(days=kit7c.cn_int(m[1]) - 1)
    return _parse_day10(field, [s] + [norm11(x, when) for x in srcs[1:]], when, dayfirst)


def en_number(words):
    total = cur = 0
    for w in words:
        if w in EN_ONES:
            cur += EN_ONES[w]
        elif w in EN_TENS:
            cur += EN_TENS[w]
        elif w == "hundred":
            cur = (cur or 1) * 100
        elif w == "thousand":
            total += (cur or 1) * 1000
            cur = 0
        elif w != "and":
            raise ValueError(w)
    return total + cur


def count11(src):
    s = t2s11(nfkc(src)).lower()
    vocab = "|".join(list(EN_ONES) + list(EN_TENS) + ["hundred", "thousand"])
    m = re.search(rf"\b((?:{vocab})(?:[\s-]+(?:and[\s-]+)?(?:{vocab}))*)\b", s)
    if m and not re.search(r"\d", s):
        return en_number(re.split(r"[\s-]+", m[1]))
    m = re.search(rf"({NUM})\s*宗", s)
    if m:
        return kit7c.cn_int(m[1])
    return _count10(src)


REASON_WORDS11 = ((2, ("搜唔到", "禁止搜索添加")), (4, ("不是一个行当", "不搭界")), (5, ("does not make",)))


def reason11(src):
    s = t2s11(nfkc(src)).lower()
    code = next((c for c, words in REASON_WORDS11 if any(w in s for w in words)), None)
    return code if code is not None else _reason10(t2s11(src))


def expand11(sources):
    out = []
    for src in sources:
        s = kit7c.dash(src)
        m = (re.search(r"前缀(?:都是)?\s*([A-Z]{0,3}-?\d{4}-)\s*[,，]\s*后[四五六]位\s*[:：]\s*(.+)", s)
             or re.search(r"prefix\s+([A-Z]{0,3}-?\d{4}-)\s*,\s*endings\s+(.+)", s))
        r = re.fullmatch(rf"\s*({kit7c.ID_RE})\s*~\s*(\d+)\s*", s)
        if m:
            ids = [m[1] + t for t in re.split(r"\s*(?:[、,，]|\band\b)\s*", m[2].strip()) if t]
            if not all(re.fullmatch(r"\d{4,6}", i[len(m[1]):]) for i in ids):
                raise ValueError(src)
        elif r:
            pa, na = re.match(r"(.*?)(\d+)$", r[1]).groups()
            nb = int(na[:-len(r[2])] + r[2])
            ids = [f"{pa}{k:0{len(na)}d}" for k in range(int(na), nb + 1)]
        else:
            ids = _expand10([src])
        out += [i for i in ids if i not in out]
    return out


# blind10's per-message checks, run with this set's parsers, table and cities
kit10c.parse_time10, kit10c.parse_day10, kit10c.count10 = parse_time11, parse_day11, count11
kit10c.reason10, kit10c.expand10, kit10c.t2s10, kit10c.USED_CITIES = reason11, expand11, t2s11, USED_CITIES
kit10c.WANT_FAMILIES = kit8c.WANT_FAMILIES = WANT_FAMILIES


# --------------------------------------------------------------------------
# the set
# --------------------------------------------------------------------------

def coverage(raws):
    blob = b"\n".join(raws).lower()
    for cs in (b"gbk", b"gb18030", b"gb2312", b"utf-8", b"big5", b"big5-hkscs", b"us-ascii"):
        if not re.search(rb'charset="?' + re.escape(cs) + rb'"?[;\s]', blob):
            err("set", f"no part declares charset {cs.decode()}")
    for cte in (b"base64", b"quoted-printable", b"8bit", b"7bit"):
        if b"content-transfer-encoding: " + cte not in blob:
            err("set", f"no {cte.decode()} part")
    if sum(1 for r in raws if re.search(rb"(?im)^content-type: text/html", r.split(b"\r\n\r\n", 1)[0])) < 3:
        err("set", "fewer than three HTML-only messages")
    if (blob.count(b"filename*0*=utf-8''") < 2 or blob.count(b"filename*=gb18030''") < 1
            or blob.count(b'filename="=?') < 8 or blob.count(b'name="=?utf-8?q?') < 1):
        err("set", "too few RFC 2231 / RFC 2047 file names")
    if not any(re.search(rb'filename="[^"\r\n]*[\x80-\xff]', r) for r in raws):
        err("set", "no raw 8-bit file name")
    for c in (b"x-mailer: microsoft outlook", b"microsoft-macoutlook", b"ymailnorrin", b"x-mailer: foxmail", b"x-qq-mailer",
              b"coremail", b"x-mailer: iphone mail", b"mail.gmail.com", b"thunderbird", b"wecom", b"alimail", b"sinamail",
              b"richmail", b"mailmaster", b"263 enterprise", b"x-mailer: apple mail", b"microsoft windows mail",
              b"email.android.com", b"user-agent: mutt/", b"em_client", b"x-readdle-message-id", b"x-mailer: zoho mail",
              b"auto-submitted: auto-replied (zimbra; vacation)", b"x-failed-recipients"):
        if c not in blob:
            err("set", f"no message from {c.decode()}")


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
