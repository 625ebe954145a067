#!/usr/bin/env python3
"""Self-check of the blind19 set, independent of maild and of generate.py's internals.

Run:  python -B tools/corpus/blind19/check.py [--no-regen] [DIR]
      (DIR defaults to tests/mail/blind19; the README is next to this file)

The generic reading machinery comes from the checkers of blind7 … blind18 (the MIME walk, the
header / kind markers, the attachment comparison, the rule checks, the per-message checks, the
README and regeneration checks, and the parsers of times, dates, counts, reasons and id
shorthand), which this file runs with its own parsers plugged in.  It adds only what blind19's
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

import check as kit7c  # noqa: E402  (tools/corpus/blind7/check.py)
import layout  # noqa: E402
from checkkit import nfkc  # noqa: E402


def _load(name, folder):
    """tools/corpus/<folder>/check.py under its own module name (each imports blind7's as `check`)."""
    spec = importlib.util.spec_from_file_location(name, HERE.parent / folder / "check.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


kit18c = _load("blind18_check", "blind18")  # installs the earlier sets' readers and parsers
kit10c, kit8c = kit18c.kit10c, kit18c.kit8c

ARGS = [a for a in sys.argv[1:] if a != "--no-regen"]
DATA = Path(ARGS[0]) if ARGS else layout.data_dir("blind19")
ERRORS: list[str] = []
kit8c.ERRORS, kit8c.HERE, kit8c.DATA = ERRORS, HERE, DATA
kit10c.ERRORS = ERRORS

TOTAL = 49
WANT_KINDS = {"appeal": 16, "adjustment": 9, "summary": 9, "reply": 5, "auto": 2, "unknown": 8}
WANT_FAMILIES = {"traditional": 5, "english": 5, "dates": 5, "numbers": 5, "forms": 5, "non_request": 8, "thread": 5,
                 "short_names": 5, "clean": 4, "auto": 2}
TOPICS = kit8c.TOPICS
# blind18's list and blind18's own cities
USED_CITIES = kit18c.USED_CITIES + (
    "员林", "虎尾", "鸭脷洲", "大角咀", "筷子基", "太仓", "丹阳", "宜兴", "溧阳", "如皋", "寿光", "曲阜", "新泰", "肥城", "邹城",
    "巩义", "长葛", "禹州", "神垕", "偃师", "林州", "醴陵", "浏阳", "宁乡", "湘乡", "攸县", "都江堰", "彭州", "崇州", "邛崃",
    "简阳", "什邡", "广汉", "江油", "万宁", "琼海", "博鳌", "阿拉善", "二连浩特", "文昌", "瓦房店", "庄河", "海城", "凤城")

T2S19 = dict(zip("聯興機械數位銷設備冷凍東鼎製碼營運灣線筲箕寶貨豐達澳門網絡閣時間號條則晝點約區體兩",
                 "联兴机械数位销设备冷冻东鼎制码营运湾线筲箕宝货丰达澳门网络阁时间号条则昼点约区体两", strict=True))


def t2s19(s):
    return kit18c.t2s18("".join(T2S19.get(c, c) for c in s))


def err(name, msg):
    ERRORS.append(f"{name}: {msg}")


NUM = kit7c.NUM
cn_int = kit7c.cn_int
EN_MON = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
WEEK_CN = "一二三四五六日"


def ymd(d):
    return f"{d.year}年{d.month}月{d.day}日"


def norm19(s, when):
    """This set's day and clock forms in blind18's forms."""
    s = t2s19(nfkc(s or ""))
    s = re.sub(r"(?<![\d.])(1[01]\d)\.(\d{1,2})\.(\d{1,2})(?![\d.])", lambda m: f"{1911 + int(m[1])}年{int(m[2])}月{int(m[3])}日", s)
    s = re.sub(r"(\d{1,2})时(\d{1,2})分", r"\1点\2分", s).replace("晚间", "晚上")
    s = s.replace("今朝", "今天上午").replace("晏昼", "下午").replace("昨儿", "昨天").replace("今儿", "今天")
    s = re.sub(r"(\d{1,2})号", r"\1日", s) if re.search(r"\d月\d{1,2}号", s) else s
    s = s.replace("这个月", f"{when.year}年{when.month}月").replace("凌晨", "")
    s = re.sub(rf"({NUM})点一刻", lambda m: f"{cn_int(m[1])}点15分", s)
    s = re.sub(rf"({NUM})点三刻", lambda m: f"{cn_int(m[1])}点45分", s)
    s = re.sub(rf"({NUM})点差({NUM})分", lambda m: f"{cn_int(m[1]) - 1}点{60 - cn_int(m[2])}分", s)
    s = re.sub(rf"({NUM})点零({NUM})(?!\d)", lambda m: f"{cn_int(m[1])}点{cn_int(m[2])}分", s)
    s = re.sub(rf"(?<![\d一二三四五六七八九十])({NUM})点({NUM})分", lambda m: f"{cn_int(m[1])}:{cn_int(m[2]):02d}", s)

    def last_week(m):  # 上礼拜X: that weekday of the week before the Date header's
        monday = when.date() - timedelta(days=when.weekday() + 7)
        return ymd(monday + timedelta(days=WEEK_CN.index(m[1].replace("天", "日"))))
    s = re.sub(r"上(?:礼拜|周|星期)([一二三四五六日天])", last_week, s)
    s = re.sub(r"(\d{4})年([一二三四五六七八九十]+)月([一二三四五六七八九十]+)日",
               lambda m: f"{m[1]}年{cn_int(m[2])}月{cn_int(m[3])}日", s)
    s = re.sub(r"\b(\d{1,2}):(\d{2})\s+on\s+(?:[A-Za-z]+day\s+)?(\d{1,2})\s+([A-Za-z]+)",
               lambda m: f"{EN_MON.index(m[4][:3].lower()) + 1}月{int(m[3])}日 {m[1]}:{m[2]}", s)
    s = re.sub(r"\b(\d{1,2})-([A-Za-z]{3})-(\d{4})\b", lambda m: f"{m[3]}年{EN_MON.index(m[2].lower()) + 1}月{int(m[1])}日", s)
    s = re.sub(r"\b([A-Za-z]{3})\s+(\d{1,2}),\s*(\d{4})\b",
               lambda m: f"{m[3]}-{EN_MON.index(m[1].lower()) + 1:02d}-{int(m[2]):02d}" if m[1].lower() in EN_MON else m[0], s)
    s = re.sub(r"\b(\d{1,2}):(\d{2})\s*(am|pm)\b", lambda m: f"{m[1]}:{m[2]} {m[3].upper()}", s, flags=re.I)
    return s.replace(" the same afternoon", "").replace("the same afternoon", "")


def parse_time19(srcs, when, dayfirst):
    return kit18c.parse_time18([norm19(x, when) for x in srcs], when, dayfirst)


def parse_day19(field, srcs, when, dayfirst):
    return kit18c.parse_day18(field, [norm19(x, when) for x in srcs], when, dayfirst)


def count19(src):
    s = t2s19(nfkc(src))
    m = re.search(r"一百([一二三四五六七八九])的量", s)
    if m:  # the shortened 一百二 = 120
        return 100 + 10 * cn_int(m[1])
    s = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", s).replace("伍", "五").replace("则", "条")
    m = re.search(rf"({NUM})\s*条", s)
    if m:
        return cn_int(m[1])
    m = re.search(r"(?:leads|to date):\s*(\d+)", s) or re.search(r"\s(\d+)\s*$", s)
    if m:
        return int(m[1])
    return kit18c.count18(s)


REASON_WORDS19 = ((1, ("peer harassment",)), (2, ("加极都加唔到", "一直加不上")), (3, ("个人，并非企业", "wrong contact")),
                  (5, ("product does not match",)))


def reason19(src):
    s = t2s19(nfkc(src)).lower()
    m = re.search(r"([1-5])[^\d()]*\(√\)", s)
    if m:  # a tick after one of the listed criteria
        return int(m[1])
    m = re.search(r"第\s*([1-5])\s*项", s)
    if m:
        return int(m[1])
    code = next((c for c, words in REASON_WORDS19 if any(w in s for w in words)), None)
    return code if code is not None else kit18c.reason18(src)


def expand19(sources):
    out = []
    for src in sources:
        s = nfkc(src)
        m = re.fullmatch(r"\s*([A-Z]+-\d{4}-)(\d+)((?:,\s*-\d+)*)(?:\s+and\s+-(\d+))?\s*", s)
        m2 = re.fullmatch(r"\s*前缀([A-Z]+-\d{4}-),\s*后三位:\s*([\d、]+)\s*", s)
        m3 = re.fullmatch(r"\s*([A-Z]+)(\d+)\s*—\s*\1(\d+)\s*", s)
        if m:  # one id and further tails after hyphens
            tails = [m[2]] + re.findall(r"-(\d+)", m[3] or "") + ([m[4]] if m[4] else [])
            ids = [m[1] + t for t in tails]
        elif m2:  # a prefix written once and the tails
            ids = [m2[1] + t for t in m2[2].split("、") if t]
        elif m3:  # two full ids joined by an em dash
            w = len(m3[2])
            ids = [f"{m3[1]}{k:0{w}d}" for k in range(int(m3[2]), int(m3[3]) + 1)]
        else:
            ids = kit18c.expand18([src])
        out += [i for i in ids if i not in out]
    return out


kit10c.parse_time10, kit10c.parse_day10, kit10c.count10 = parse_time19, parse_day19, count19
kit10c.reason10, kit10c.expand10, kit10c.t2s10, kit10c.USED_CITIES = reason19, expand19, t2s19, USED_CITIES
kit10c.WANT_FAMILIES = kit8c.WANT_FAMILIES = WANT_FAMILIES


def coverage(raws):
    blob = b"\n".join(raws).lower()
    for cs in (b"gbk", b"gb18030", b"gb2312", b"utf-8", b"big5", b"big5-hkscs"):
        if not re.search(rb'charset="?' + re.escape(cs) + rb'"?[;\s]', blob):
            err("set", f"no part declares charset {cs.decode()}")
    for cte in (b"base64", b"quoted-printable"):
        if b"content-transfer-encoding: " + cte not in blob:
            err("set", f"no {cte.decode()} part")
    if sum(1 for r in raws if re.search(rb"(?im)^content-type: text/html", r.split(b"\r\n\r\n", 1)[0])) < 1:
        err("set", "no HTML-only message")
    for c in (b"report-type=delivery-status", b"text/rfc822-headers", b"x-autoreply: yes", b"protonmail.com",
              b"application/vnd.ms-excel"):
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
