#!/usr/bin/env python3
"""Self-check of the blind12 set, independent of maild and of generate.py's internals.

Run:  python -B tools/corpus/blind12/check.py [--no-regen] [DIR]
      (DIR defaults to tests/mail/blind12; the README is next to this file)

The generic reading machinery comes from the checkers of blind7 … blind11 (the MIME walk, the
header / kind markers, the attachment comparison, the rule checks, the per-message checks, the
README and regeneration checks, and the parsers of times, dates, counts, reasons and id shorthand),
which this file runs with its own parsers plugged in.  It adds only what blind12's messages need on
top: a character table for its traditional names, the forms none of the five reads, rewritten into
forms they do (昨个 / 晌午 / 擦黑儿, 本月N号, 上上周X, 'quarter past two that afternoon', '0930H', an
objection as an offset in minutes, months written 'Apr-2026', a contract length 'N年期'), its reason
forms (a Roman-numeral criterion, a crossed ballot box ☒, Cantonese words), and the set's own
counts and coverage.  For every NNN.eml / NNN.expected.json pair it checks:
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


kit11c = _load("blind11_check", "blind11")
kit10c, kit8c = kit11c.kit10c, kit11c.kit8c

ARGS = [a for a in sys.argv[1:] if a != "--no-regen"]
DATA = Path(ARGS[0]) if ARGS else layout.data_dir("blind12")
ERRORS: list[str] = []
# the earlier checks report into this set's list and read this set's folders
kit8c.ERRORS, kit8c.HERE, kit8c.DATA = ERRORS, HERE, DATA
kit10c.ERRORS = ERRORS

TOTAL = 49
WANT_KINDS = {"appeal": 16, "adjustment": 9, "summary": 9, "reply": 5, "auto": 2, "unknown": 8}
WANT_FAMILIES = {"traditional": 5, "english": 5, "dates": 5, "numbers": 5, "forms": 5, "non_request": 8, "thread": 5,
                 "short_names": 5, "clean": 4, "auto": 2}
TOPICS = kit8c.TOPICS
# blind11's list (blind2 .. blind10 and holdout) and blind11's own cities
USED_CITIES = kit11c.USED_CITIES + ("宜兰", "彰化", "观塘", "葵涌", "清远", "云浮", "温岭", "义乌", "亳州", "滁州", "吉安", "鹰潭",
                                    "永州", "郴州", "自贡", "内江", "昭通", "铜仁", "渭南", "商洛", "呼伦贝尔", "朝阳", "葫芦岛")

# traditional -> simplified for the characters of this set's names, aliases and sources
T2S12 = dict(zip("雲貢灣碼營濤遊堅氣藝標準價當兩", "云贡湾码营涛游坚气艺标准价当两", strict=True))
_t2s11 = kit11c.t2s11


def t2s12(s):
    return _t2s11("".join(T2S12.get(c, c) for c in s))


def err(name, msg):
    ERRORS.append(f"{name}: {msg}")


# --------------------------------------------------------------------------
# what blind7's .. blind11's parsers do not read: rewritten into forms they do
# --------------------------------------------------------------------------

NUM = kit7c.NUM
WEEKDAY = "一二三四五六日"
EN_SMALL = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
            "eleven": 11, "twelve": 12}
EN_MON3 = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
WORDS12 = (("昨个", "昨天"), ("晌午", "中午"), ("擦黑儿", "傍晚"))


def norm12(s, when):
    """NFKC, this set's traditional characters, and its clock and day forms in blind11's forms."""
    s = t2s12(nfkc(s or ""))
    for a, b in WORDS12:
        s = s.replace(a, b)
    s = re.sub(r"本月(\d{1,2})[号日]", lambda m: f"{when.year}年{when.month}月{int(m[1])}日", s)

    def two_weeks_ago(m):
        k = WEEKDAY.index("日" if m[1] == "天" else m[1])
        day = when.date() - timedelta(days=when.weekday() + 14 - k)
        return f"{day.year}年{day.month}月{day.day}日"
    s = re.sub(r"上上(?:周|星期|礼拜)([一二三四五六日天])", two_weeks_ago, s)

    def clock(m):
        h = EN_SMALL.get(m[2].lower()) or int(m[2])
        return {"quarter past": f"{h}:15", "half past": f"{h}:30", "quarter to": f"{h - 1}:45"}[m[1].lower()]
    s = re.sub(r"\b(quarter past|half past|quarter to) (\w+)\b", clock, s, flags=re.I)
    s = re.sub(r"\bthat (afternoon|evening|morning)\b",
               lambda m: "same day " + {"afternoon": "下午", "evening": "晚上", "morning": "上午"}[m[1]], s)
    return re.sub(r"\b(\d{2})(\d{2})H\b", r"\1:\2", s)


def parse_time12(srcs, when, dayfirst):
    first = norm12(srcs[0], when)
    m = re.search(rf"推送后\s*({NUM})\s*分钟", first)
    if m:  # an offset in minutes from the push written after it
        return parse_time12(srcs[1:], when, dayfirst) + timedelta(minutes=kit7c.cn_int(m[1]))
    return kit11c.parse_time11([norm12(x, when) for x in srcs], when, dayfirst)


def parse_day12(field, srcs, when, dayfirst):
    s = norm12(srcs[0], when)
    m = re.fullmatch(r"\s*([A-Za-z]{3})-(\d{4})\s*", s)
    if m and m[1].lower() in EN_MON3:  # a month only, 'Apr-2026'
        y, mo = int(m[2]), EN_MON3.index(m[1].lower()) + 1
        return date(y, mo, 1 if field == "service_start" else calendar.monthrange(y, mo)[1])
    m = re.search(rf"({NUM})\s*年期", s)
    if m and field == "service_end":  # a contract length in years, counted from the start day
        start = parse_day12("service_start", srcs[1:], when, dayfirst)
        return kit7c.add_months(start, 12 * kit7c.cn_int(m[1])) - timedelta(days=1)
    return kit11c.parse_day11(field, [s] + [norm12(x, when) for x in srcs[1:]], when, dayfirst)


def count12(src):
    return kit11c.count11(t2s12(nfkc(src)))


ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5}
REASON_WORDS12 = ((1, ("行家扮客",)),)


def reason12(src):
    s = t2s12(nfkc(src)).lower()
    m = re.search(r"第\s*(iv|v|i{1,3})\s*条", s)
    if m:
        return ROMAN[m[1]]
    m = re.search(r"☒\s*([1-5])", s)
    if m:
        return int(m[1])
    code = next((c for c, words in REASON_WORDS12 if any(w in s for w in words)), None)
    return code if code is not None else kit11c.reason11(s)


def expand12(sources):
    return kit11c.expand11(sources)


# the earlier per-message checks, run with this set's parsers, table and cities
kit10c.parse_time10, kit10c.parse_day10, kit10c.count10 = parse_time12, parse_day12, count12
kit10c.reason10, kit10c.expand10, kit10c.t2s10, kit10c.USED_CITIES = reason12, expand12, t2s12, USED_CITIES
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
    if blob.count(b"filename*=gb18030''") < 1 or blob.count(b"filename*") < 4 or blob.count(b'filename="=?') < 8:
        err("set", "too few RFC 2231 / RFC 2047 file names")
    for c in (b"x-mailer: microsoft outlook", b"microsoft-macoutlook", b"ymailnorrin", b"x-mailer: foxmail", b"x-qq-mailer",
              b"coremail", b"x-mailer: iphone mail", b"mail.gmail.com", b"thunderbird", b"wecom", b"alimail", b"sinamail",
              b"mailmaster", b"263", b"x-mailer: apple mail", b"microsoft windows mail", b"windows live mail",
              b"email.android.com", b"user-agent: mutt/", b"x-readdle-message-id", b"x-mailer: zoho mail", b"roundcube",
              b"lark", b"richmail", b"x-mailer: claws mail", b"x-mailer: hcl notes", b"auto-submitted: auto-generated",
              b"report-type=delivery-status", b"mailer-daemon@googlemail.com"):
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
