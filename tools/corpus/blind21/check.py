#!/usr/bin/env python3
"""Self-check of the blind21 set, independent of maild and of generate.py's internals.

Run:  python -B tools/corpus/blind21/check.py [--no-regen] [DIR]
      (DIR defaults to tests/mail/blind21; the README is next to this file)

The generic reading machinery comes from the checkers of blind7 … blind20 (the MIME walk, the
header / kind markers, the attachment comparison, the rule checks, the per-message checks, the
README and regeneration checks, and the parsers of times, dates, counts, reasons and id
shorthand), which this file runs with its own parsers plugged in.  It adds only what blind21's
messages need on top: a character table for its traditional names; the forms none of the earlier
checkers reads, rewritten into forms they do; its reasons and id shorthand; and the set's own
counts and coverage.  Exit status 0 when everything holds.
"""
from __future__ import annotations

import importlib.util
import re
import sys
from datetime import timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "blind7"))  # blind7's checker: the generic readers and parsers
sys.path.insert(1, str(HERE.parent))  # tools/corpus: the shared modules

import layout  # noqa: E402
from checkkit import nfkc  # noqa: E402


def _load(name, folder):
    """tools/corpus/<folder>/check.py under its own module name (each imports blind7's as `check`)."""
    spec = importlib.util.spec_from_file_location(name, HERE.parent / folder / "check.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


kit20c = _load("blind20_check", "blind20")  # installs the earlier sets' readers and parsers
kit10c, kit8c = kit20c.kit10c, kit20c.kit8c

ARGS = [a for a in sys.argv[1:] if a != "--no-regen"]
DATA = Path(ARGS[0]) if ARGS else layout.data_dir("blind21")
ERRORS: list[str] = []
kit8c.ERRORS, kit8c.HERE, kit8c.DATA = ERRORS, HERE, DATA
kit10c.ERRORS = kit20c.ERRORS = ERRORS

TOTAL = kit20c.TOTAL
WANT_KINDS = kit20c.WANT_KINDS
WANT_FAMILIES = kit20c.WANT_FAMILIES
TOPICS = kit8c.TOPICS
# blind20's list and blind20's own cities
USED_CITIES = kit20c.USED_CITIES + (
    "埔里", "集集", "美浓", "大澳", "沙梨头", "东台", "大丰", "仪征", "高邮", "宝应", "平度", "莱西", "胶州", "即墨", "龙口", "枣阳",
    "老河口", "宜城", "钟祥", "京山", "汨罗", "临湘", "沅江", "津市", "韶山", "招远", "蓬莱", "莱阳", "海阳", "乳山", "荣成", "文登",
    "东宁", "绥芬河", "穆棱", "海林", "宁安", "龙井", "和龙", "舒兰", "蛟河", "栖霞")

T2S21 = dict(zip("鄉數銷倉機藝網絡漁產長島業貿環電話係", "乡数销仓机艺网络渔产长岛业贸环电话系", strict=True))


def t2s21(s):
    return kit20c.t2s20("".join(T2S21.get(c, c) for c in s))


def err(name, msg):
    ERRORS.append(f"{name}: {msg}")


WEEK_CN = kit20c.WEEK_CN
ymd = kit20c.ymd


def norm21(s, when):
    """This set's day forms in blind20's forms."""
    s = nfkc(s or "")
    s = s.replace("大前天", ymd(when - timedelta(days=3)))

    def last_week(m):
        monday = when.date() - timedelta(days=when.weekday() + 7)
        return ymd(monday + timedelta(days=WEEK_CN.index(m[1].replace("天", "日"))))
    s = re.sub(r"上(?:礼拜|星期)([一二三四五六日天])", last_week, s)
    return s


def parse_time21(srcs, when, dayfirst):
    return kit20c.parse_time20([norm21(x, when) for x in srcs], when, dayfirst)


def parse_day21(field, srcs, when, dayfirst):
    return kit20c.parse_day20(field, [norm21(x, when) for x in srcs], when, dayfirst)


def count21(src):
    return kit20c.count20(src)


REASON_WORDS21 = ((1, ("buyer is a competitor",)), (3, ("电话系错",)), (5, ("产品不符",)))


def reason21(src):
    s = t2s21(nfkc(src)).lower()
    code = next((c for c, words in REASON_WORDS21 if any(w in s for w in words)), None)
    return code if code is not None else kit20c.reason20(src)


def expand21(sources):
    out = []
    for src in sources:
        s = nfkc(src)
        m = re.fullmatch(r"\s*([A-Z]+\d*-)(\d+)((?:/\d+)+)\s*", s)
        if m:  # the first id and the other tails after slashes
            w = len(m[2])
            ids = [m[1] + m[2]] + [m[1] + t.zfill(w) for t in m[3].split("/")[1:]]
        else:
            ids = kit20c.expand20([src])
        out += [i for i in ids if i not in out]
    return out


kit10c.parse_time10, kit10c.parse_day10, kit10c.count10 = parse_time21, parse_day21, count21
kit10c.reason10, kit10c.expand10, kit10c.t2s10, kit10c.USED_CITIES = reason21, expand21, t2s21, USED_CITIES
kit10c.WANT_FAMILIES = kit8c.WANT_FAMILIES = WANT_FAMILIES


def coverage(raws):
    blob = b"\n".join(raws).lower()
    for cs in (b"gbk", b"gb18030", b"utf-8", b"big5", b"big5-hkscs"):
        if not re.search(rb'charset="?' + re.escape(cs) + rb'"?[;\s]', blob):
            err("set", f"no part declares charset {cs.decode()}")
    for cte in (b"base64", b"quoted-printable"):
        if b"content-transfer-encoding: " + cte not in blob:
            err("set", f"no {cte.decode()} part")
    if sum(1 for r in raws if re.search(rb"(?im)^content-type: text/html", r.split(b"\r\n\r\n", 1)[0])) < 1:
        err("set", "no HTML-only message")
    for c in (b"report-type=delivery-status", b"text/rfc822-headers", b"x-auto-response-suppress", b"action: failed"):
        if c not in blob:
            err("set", f"no message with {c.decode()}")


kit20c.coverage = coverage
kit20c.DATA, kit20c.TOPICS = DATA, TOPICS


def main():
    return kit20c.main()


if __name__ == "__main__":
    sys.exit(main())
