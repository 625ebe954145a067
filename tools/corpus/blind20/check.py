#!/usr/bin/env python3
"""Self-check of the blind20 set, independent of maild and of generate.py's internals.

Run:  python -B tools/corpus/blind20/check.py [--no-regen] [DIR]
      (DIR defaults to tests/mail/blind20; the README is next to this file)

The generic reading machinery comes from the checkers of blind7 … blind19 (the MIME walk, the
header / kind markers, the attachment comparison, the rule checks, the per-message checks, the
README and regeneration checks, and the parsers of times, dates, counts, reasons and id
shorthand), which this file runs with its own parsers plugged in.  It adds only what blind20's
messages need on top: a character table for its traditional names; the forms none of the earlier
checkers reads, rewritten into forms they do; its reasons and id shorthand; and the set's own
counts and coverage.  Exit status 0 when everything holds.
"""
from __future__ import annotations

import importlib.util
import json
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


kit19c = _load("blind19_check", "blind19")  # installs the earlier sets' readers and parsers
kit10c, kit8c = kit19c.kit10c, kit19c.kit8c

ARGS = [a for a in sys.argv[1:] if a != "--no-regen"]
DATA = Path(ARGS[0]) if ARGS else layout.data_dir("blind20")
ERRORS: list[str] = []
kit8c.ERRORS, kit8c.HERE, kit8c.DATA = ERRORS, HERE, DATA
kit10c.ERRORS = ERRORS

TOTAL = 49
WANT_KINDS = {"appeal": 16, "adjustment": 9, "summary": 9, "reply": 5, "auto": 2, "unknown": 8}
WANT_FAMILIES = {"traditional": 5, "english": 5, "dates": 5, "numbers": 5, "forms": 5, "non_request": 8, "thread": 5,
                 "short_names": 5, "clean": 4, "auto": 2}
TOPICS = kit8c.TOPICS
# blind19's list and blind19's own cities
USED_CITIES = kit19c.USED_CITIES + (
    "北港", "竹东", "东涌", "筲箕湾", "林茂塘", "海门", "启东", "靖江", "泰兴", "兴化", "诸城", "高密", "青州", "临朐", "安丘", "滕州",
    "邳州", "新沂", "沭阳", "泗洪", "乐平", "丰城", "樟树", "高安", "贵溪", "弥勒", "个旧", "开远", "蒙自", "瑞丽", "芒市", "腾冲",
    "图们", "牙克石", "扎兰屯", "霍林郭勒", "根河", "额尔古纳", "敦化", "珲春", "梅河口", "公主岭")

T2S20 = dict(zip("數據營銷機械設備實業東華電線飲陳菇寶農澳環網絡貿務廠頭濃鳳櫻園藝資訊漁話係筆週國時間號條則點約區體兩晝",
                 "数据营销机械设备实业东华电线饮陈菇宝农澳环网络贸务厂头浓凤樱园艺资讯渔话系笔周国时间号条则点约区体两昼", strict=True))


def t2s20(s):
    return kit19c.t2s19("".join(T2S20.get(c, c) for c in s))


def err(name, msg):
    ERRORS.append(f"{name}: {msg}")


NUM = kit19c.NUM
cn_int = kit19c.cn_int
EN_MON = kit19c.EN_MON
WEEK_CN = kit19c.WEEK_CN
FIN = dict(zip("壹贰叁肆伍陆柒捌玖拾佰仟", "一二三四五六七八九十百千", strict=True))


def ymd(d):
    return f"{d.year}年{d.month}月{d.day}日"


def norm20(s, when):
    """This set's day and clock forms in blind19's forms."""
    s = t2s20(nfkc(s or ""))
    s = s.replace("民国", "")
    s = re.sub(r"(?<![\d年])(1[01]\d)年", lambda m: f"{1911 + int(m[1])}年", s)
    s = s.replace("前天", ymd(when - timedelta(days=2))).replace("昨天", ymd(when - timedelta(days=1)))
    s = s.replace("去年", f"{when.year - 1}年").replace("今年", f"{when.year}年")
    s = s.replace("下昼", "下午").replace("夜晚", "晚上")

    def this_week(m):
        monday = when.date() - timedelta(days=when.weekday())
        return ymd(monday + timedelta(days=WEEK_CN.index(m[1].replace("天", "日"))))
    s = re.sub(r"本(?:周|礼拜|星期)([一二三四五六日天])", this_week, s)
    s = re.sub(r"(?<![\d.])(\d{4})\.(\d{1,2})\.(\d{1,2})(?![\d.])", lambda m: f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}", s)
    s = re.sub(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\s*(晚|早)(?=\d)",
               lambda m: f"{when.year}年{int(m[1])}月{int(m[2])}日 {'晚上' if m[3] == '晚' else '早上'}", s)
    s = re.sub(r"\b(\d{1,2})\s+([A-Za-z]{3})\s+at\s+(\d{1,2}):(\d{2})",
               lambda m: f"{EN_MON.index(m[2].lower()) + 1}月{int(m[1])}日 {m[3]}:{m[4]}", s)
    s = re.sub(r"\b(\d{1,2}):(\d{2})\s+on\s+(\d{1,2})\s+([A-Za-z]+)",
               lambda m: f"{EN_MON.index(m[4][:3].lower()) + 1}月{int(m[3])}日 {m[1]}:{m[2]}", s)
    s = re.sub(r"\b([A-Za-z]{3})\s+(\d{1,2}),\s*(\d{1,2}):(\d{2})\s*(AM|PM)",
               lambda m: f"{EN_MON.index(m[1].lower()) + 1}月{int(m[2])}日 {m[3]}:{m[4]} {m[5]}", s)
    s = re.sub(r"\b(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})\b",
               lambda m: f"{m[3]}-{EN_MON.index(m[2].lower()) + 1:02d}-{int(m[1]):02d}", s)
    s = s.replace(" the same day", "")
    return s


def parse_time20(srcs, when, dayfirst):
    return kit19c.parse_time19([norm20(x, when) for x in srcs], when, dayfirst)


def parse_day20(field, srcs, when, dayfirst):
    return kit19c.parse_day19(field, [norm20(x, when) for x in srcs], when, dayfirst)


def count20(src):
    s = t2s20(nfkc(src))
    s = "".join(FIN.get(c, c) for c in s).replace("笔", "条").replace("两百", "二百")
    m = re.search(r"(\d+)\s*leads", s)
    if m:
        return int(m[1])
    m = re.search(r"\s(\d+)\s*$", s)
    if m:
        return int(m[1])
    return kit19c.count19(s)


REASON_WORDS20 = ((1, ("对方是同行",)), (2, ("wechat id加不上",)), (3, ("电话系错", "对方是个人", "空号", "number left by the buyer is wrong")),
                  (4, ("wrong industry", "行业不符")))


def reason20(src):
    s = t2s20(nfkc(src)).lower()
    m = re.match(r"\s*([1-5])\s", s)
    if m:
        return int(m[1])
    m = re.search(r"第\s*([1-5])\s*条", s)
    if m:
        return int(m[1])
    code = next((c for c, words in REASON_WORDS20 if any(w in s for w in words)), None)
    return code if code is not None else kit19c.reason19(src)


def expand20(sources):
    out = []
    for src in sources:
        s = nfkc(src)
        m = re.fullmatch(r"\s*([A-Z]+-\d{4}-)(\d+)~(\d+)\s*", s)
        m2 = re.fullmatch(r"\s*([A-Z]+\d*?)(\d{3})-(\d{3})\s*", s)
        if m:  # one id and the last tail after a tilde
            w = len(m[2])
            ids = [f"{m[1]}{k:0{w}d}" for k in range(int(m[2]), int(m[3]) + 1)]
        elif m2:  # the first id and the last tail after a hyphen
            ids = [f"{m2[1]}{k:03d}" for k in range(int(m2[2]), int(m2[3]) + 1)]
        else:
            ids = kit19c.expand19([src])
        out += [i for i in ids if i not in out]
    return out


kit10c.parse_time10, kit10c.parse_day10, kit10c.count10 = parse_time20, parse_day20, count20
kit10c.reason10, kit10c.expand10, kit10c.t2s10, kit10c.USED_CITIES = reason20, expand20, t2s20, USED_CITIES
kit10c.WANT_FAMILIES = kit8c.WANT_FAMILIES = WANT_FAMILIES


def coverage(raws):
    blob = b"\n".join(raws).lower()
    for cs in (b"gbk", b"gb18030", b"utf-8", b"big5-hkscs"):
        if not re.search(rb'charset="?' + re.escape(cs) + rb'"?[;\s]', blob):
            err("set", f"no part declares charset {cs.decode()}")
    for cte in (b"base64", b"quoted-printable"):
        if b"content-transfer-encoding: " + cte not in blob:
            err("set", f"no {cte.decode()} part")
    if sum(1 for r in raws if re.search(rb"(?im)^content-type: text/html", r.split(b"\r\n\r\n", 1)[0])) < 1:
        err("set", "no HTML-only message")
    for c in (b"report-type=delivery-status", b"text/rfc822-headers", b"precedence: auto_reply", b"action: delayed"):
        if c not in blob:
            err("set", f"no message with {c.decode()}")


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
