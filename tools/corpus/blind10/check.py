#!/usr/bin/env python3
"""Self-check of the blind10 set, independent of maild and of generate.py's internals.

Run:  python -B tools/corpus/blind10/check.py [--no-regen] [DIR]
      (DIR defaults to tests/mail/blind10; the README is next to this file)

The generic reading machinery comes from blind7's checker (its MIME walk and its parsers of
times, dates, counts, reasons and id shorthand), from blind8's (the header / kind markers, the
attachment comparison, the rule checks, its extended parsers, the README and regeneration
checks) and from blind9's (its further date, count and reason forms); this file adds what
blind10's messages need on top: a character table for its traditional names, the forms none
of the three reads, rewritten into forms they do (Cantonese 尋晚 / 踏正 / N個字, 大前天, 两点过十分,
第二天, next morning, the am/pm marker before a time, four-digit clock times, day-first dates
without a year, ROC dotted dates and years without 民國, month ends 月底, relative years 今年 /
明年, two-digit dotted years, day-of-month-only 21号, English day-month-year with ordinals, 一年半,
廿), counts with a thousands separator or a bracketed label, radio-bullet and bracketed criteria,
a start id with a run (连续N条), and the set's own counts and coverage.  For every
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
    a city of an earlier set, the charset / encoding / client coverage, the README;
  * unless --no-regen: generate.py, run into a temporary folder, reproduces every file.
Exit status 0 when everything holds.
"""
from __future__ import annotations

import calendar
import email
import email.policy
import importlib.util
import json
import re
import sys
from datetime import datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "blind7"))  # blind7's checker: the generic readers and parsers
sys.path.insert(1, str(HERE.parent))  # tools/corpus: the shared modules

import check as kit7c  # noqa: E402  (tools/corpus/blind7/check.py)
import layout  # noqa: E402
import rules  # noqa: E402
from checkkit import nfkc  # noqa: E402


def _load(name, folder):
    """tools/corpus/<folder>/check.py under its own module name (each imports blind7's as `check`)."""
    spec = importlib.util.spec_from_file_location(name, HERE.parent / folder / "check.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


kit8c = _load("blind8_check", "blind8")
kit9c = _load("blind9_check", "blind9")

ARGS = [a for a in sys.argv[1:] if a != "--no-regen"]
DATA = Path(ARGS[0]) if ARGS else layout.data_dir("blind10")
TZ = kit7c.TZ
ERRORS: list[str] = []
# blind8's checks report into this set's list and read this set's folders
kit8c.ERRORS, kit8c.HERE, kit8c.DATA = ERRORS, HERE, DATA

KEYS_HEAD, KEYS_OPT, KEYS_TAIL = kit8c.KEYS_HEAD, kit8c.KEYS_OPT, kit8c.KEYS_TAIL
TOTAL = 49
WANT_KINDS = {"appeal": 15, "adjustment": 8, "summary": 11, "reply": 5, "auto": 2, "unknown": 8}
WANT_FAMILIES = {"traditional": 5, "english": 5, "dates": 5, "numbers": 5, "forms": 5, "non_request": 8, "thread": 5,
                 "short_names": 5, "clean": 4, "auto": 2}
kit8c.WANT_FAMILIES = WANT_FAMILIES
TOPICS = kit8c.TOPICS
# the cities of blind6 .. blind9 (blind8's list holds blind6's and blind7's), of blind2 .. blind5 and of holdout
USED_CITIES = kit9c.USED_CITIES + (
    "桃园", "花莲", "将军澳", "屯门", "韶关", "茂名", "丽水", "衢州", "六安", "宿州", "抚州", "娄底", "宜宾", "乐山", "安顺", "玉溪",
    "汉中", "天水", "鄂尔多斯", "锦州", "丹东",
    "东莞", "南通", "嘉兴", "保定", "宜昌", "赣州", "漳州", "盐城", "惠州", "江门", "湖州", "绍兴", "淄博", "株洲", "岳阳", "九江",
    "上饶", "德阳", "遵义", "泰州", "镇江", "蚌埠", "济宁", "聊城", "南阳", "衡阳", "常德", "桂林", "玉林", "宝鸡", "台北", "香港",
    "厦门", "无锡", "常州", "南昌", "贵阳", "昆明", "兰州", "银川", "呼和浩特", "佛山", "泉州", "潍坊", "襄阳", "柳州", "台州",
    "芜湖", "临沂")

# traditional -> simplified for the characters of this set's names, aliases and sources
T2S10 = dict(zip("數銷頭機屬錯電話義諸羅網乾證務顧問業裝興設備單個點尋國筆則",
                 "数销头机属错电话义诸罗网干证务顾问业装兴设备单个点寻国笔则", strict=True))


def t2s10(s):
    return "".join(T2S10.get(c, c) for c in s)


def err(name, msg):
    ERRORS.append(f"{name}: {msg}")


# --------------------------------------------------------------------------
# what blind7's, blind8's and blind9's parsers do not read: rewritten into forms they do
# --------------------------------------------------------------------------

NUM = kit7c.NUM
EN_MON = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


def ymd(d):
    return f"{d.year}年{d.month}月{d.day}日"


def norm10(s, when, dayfirst):
    """NFKC, this set's traditional characters, and its date and time forms in blind9's forms."""
    s = t2s10(nfkc(s or "")).replace("廿", "二十").replace("卅", "三十")
    s = re.sub(r"(?<=[\d\u4e00-\u9fff])(,)(?=\d{3}(?!\d))", "", s)
    # Cantonese clock words
    s = s.replace("寻晚", "昨天晚上").replace("琴晚", "昨天晚上").replace("踏正", "")
    s = re.sub(rf"({NUM})点({NUM})个字", lambda m: f"{m[1]}点{kit7c.cn_int(m[2]) * 5}分", s)
    s = re.sub(r"点过(?=[零一二三四五六七八九十\d])", "点", s)  # 两点过十分
    s = s.replace("大前天", ymd(when - timedelta(days=3)))
    s = s.replace("第二天", "次日").replace("next morning", "次日上午").replace("the next day", "次日")
    # years: ROC without 民国, relative years
    s = re.sub(r"民国(1\d\d)年", lambda m: f"{int(m[1]) + 1911}年", s)
    s = re.sub(r"(?<!\d)(1\d\d)年", lambda m: f"{int(m[1]) + 1911}年", s)
    s = s.replace("今年", f"{when.year}年").replace("明年", f"{when.year + 1}年").replace("去年", f"{when.year - 1}年")
    s = re.sub(r"(\d{4})年(\d{1,2})月底",
               lambda m: f"{m[1]}年{m[2]}月{calendar.monthrange(int(m[1]), int(m[2]))[1]}日", s)
    # dotted dates: ROC (three-digit year) and two-digit years
    s = re.sub(r"(?<![\d.])(1\d\d)\.(\d{1,2})\.(\d{1,2})(?![\d.])", lambda m: f"{int(m[1]) + 1911}-{m[2]}-{m[3]}", s)
    s = re.sub(r"(?<![\d.])(\d{2})\.(\d{2})\.(\d{2})(?![\d.])", r"20\1-\2-\3", s)
    # day of the month only: 21号
    def day_only(m):
        dd = int(m[1])
        y, mo = when.year, when.month
        if dd > when.day:
            y, mo = (y, mo - 1) if mo > 1 else (y - 1, 12)
        return f"{y}年{mo}月{dd}日"
    s = re.sub(r"(?<![月\d])(\d{1,2})[号號](?!码)", day_only, s)
    # clock forms: the am/pm marker first, four-digit times
    s = re.sub(r"\b(AM|PM)\s*(\d{1,2}:\d{2})", lambda m: f"{m[2]} {m[1].lower()}", s, flags=re.I)
    s = re.sub(r"\b(\d{2})(\d{2})\s*hrs\b", r"\1:\2", s)
    s = re.sub(r"(?<![\d/])(\d{1,2}/\d{1,2})\s+(\d{2})(\d{2})(?![\d:])", r"\1 \2:\3", s)
    # day-first d/m without a year
    def dm(m):
        a, b = int(m[1]), int(m[2])
        if dayfirst or (a > 12 >= b):
            return f"{b}月{a}日"
        return m[0]
    s = re.sub(r"(?<![\d/])(\d{1,2})/(\d{1,2})(?![\d/])", dm, s)
    # English day-month-year with ordinals
    def en(m):
        mo = m[2][:3].lower()
        return f"{m[3]}-{EN_MON.index(mo) + 1:02d}-{int(m[1]):02d}" if mo in EN_MON else m[0]
    s = re.sub(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b", en, s)
    return s.replace("一年半", "18个月")


def parse_time10(srcs, when, dayfirst):
    return kit9c.parse_time9([norm10(x, when, dayfirst) for x in srcs], when, dayfirst)


def parse_day10(field, srcs, when, dayfirst):
    return kit9c.parse_day9(field, [norm10(x, when, dayfirst) for x in srcs], when, dayfirst)


def count10(src):
    s = t2s10(nfkc(src))
    s = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", s)
    s = re.sub(r"[(（][^)）]*[)）]", " ", s)  # a label's unit or cut-off date
    return kit9c.count9(s)


REASON_WORDS10 = ((1, ("套价", "套报价", "套参数")), (2, ("加不了",)), (3, ("传真机", "left is wrong", "个人")),
                  (4, ("八竿子打不着",)), (5, ("not what the client makes", "产品对不上")))


def reason10(src):
    s = t2s10(nfkc(src)).lower()
    m = re.search(r"[●◉]\s*([1-5])", s) or re.search(r"标准\s*[(（]\s*([一二三四五1-5])\s*[)）]", s)
    if m:
        return kit7c.cn_int(m[1])
    code = next((c for c, words in REASON_WORDS10 if any(w in s for w in words)), None)
    return code if code is not None else kit9c.reason9(s)


def expand10(sources):
    out = []
    for src in sources:
        s = kit7c.dash(src)
        m = re.fullmatch(rf"\s*({kit7c.ID_RE})\s*(?:开始|起)?\s*连续\s*({NUM})\s*条\s*", s)
        if m:
            pa, na = re.match(r"(.*?)(\d+)$", m[1]).groups()
            ids = [f"{pa}{k:0{len(na)}d}" for k in range(int(na), int(na) + kit7c.cn_int(m[2]))]
        else:
            ids = kit8c.expand8([src])
        out += [i for i in ids if i not in out]
    return out


# --------------------------------------------------------------------------
# one message
# --------------------------------------------------------------------------

def check_names(name, lab, text):
    f, fam = lab["fields"], lab["family"]
    for k in ("partner", "client"):
        aliases = lab["accept"].get(k, [])
        if f[k] is None:
            if aliases:
                err(name, f"aliases for a null {k}")
            continue
        if f[k] not in text:
            err(name, f"{k} {f[k]!r} not in text")
        if f[k] in aliases or len(set(aliases)) != len(aliases):
            err(name, f"{k}: accept repeats a value")
        present = {t2s10(x) for x in [f[k]] + [a for a in aliases if a in text]}
        for a in aliases:
            if a not in text and a not in present:
                err(name, f"accept {k} {a!r} neither in text nor a simplified form")
        if fam == "traditional" and t2s10(f[k]) != f[k] and t2s10(f[k]) not in aliases:
            err(name, f"traditional {k} without its simplified form in accept")
        if any(c in t2s10(v) for v in [f[k]] + aliases for c in USED_CITIES):
            err(name, f"{k} in a city of an earlier set")


def check_values(name, lab, text, when):
    f, src, kind = lab["fields"], lab["source_text"], lab["kind"]
    dayfirst = lab["sender"].lower().endswith(".hk")
    for k, vals in src.items():
        if k not in rules.FIELD_KEYS or not vals:
            err(name, f"source_text key {k}")
            continue
        for v in vals:
            if v not in text:
                err(name, f"source_text {k} {v!r} not in text")
        if f[k] in (None, []):
            err(name, f"source_text for an empty {k}")
    ids = f["lead_ids"]
    if any(nfkc(i) != i or not i.isascii() for i in ids) or len(set(ids)) != len(ids):
        err(name, f"lead ids not normalised or repeated {ids}")
    if "lead_ids" in src:
        try:
            exp = expand10(src["lead_ids"])
        except (ValueError, AssertionError, AttributeError, TypeError) as e:
            exp = f"unparsable {e}"
        if exp != ids:
            err(name, f"lead ids {ids} != expansion {exp}")
    else:
        dtext = kit7c.dash(text)
        for i in ids:
            if i not in dtext:
                err(name, f"lead id {i} not in text")
    for k in ("pushed_at", "objected_at"):
        if f[k] is None:
            continue
        try:
            got = parse_time10(src[k], when, dayfirst)
        except (KeyError, ValueError, AttributeError, TypeError) as e:
            err(name, f"{k}: cannot re-derive from {src.get(k)!r}: {e!r}")
            continue
        if got != datetime.fromisoformat(f[k]):
            err(name, f"{k}: {src[k]!r} gives {got.isoformat()}, label {f[k]}")
    if f["reason_code"] is not None and ("reason_code" not in src or reason10(src["reason_code"][0]) != f["reason_code"]):
        err(name, f"reason_code {f['reason_code']} vs {src.get('reason_code')}")
    for k in ("quota", "pushed_count", "lead_count"):
        if f[k] is None:
            continue
        if k not in src:
            if not (k == "lead_count" and len(ids) == f[k]):
                err(name, f"no source_text for {k}")
            continue
        try:
            got = count10(src[k][0])
        except ValueError as e:
            got = f"unparsable {e}"
        if got != f[k]:
            err(name, f"{k}: {src[k][0]!r} gives {got}, label {f[k]}")
    if f["lead_count"] is not None and ids and len(ids) != f["lead_count"]:
        err(name, "lead_count != number of ids")
    if kind != "adjustment" and f["lead_count"] is not None:
        err(name, "lead_count outside an adjustment")
    if kind not in ("summary", "reply") and any(f[k] is not None for k in ("quota", "pushed_count", "service_start",
                                                                             "service_end")):
        err(name, "summary fields outside a summary")
    for k in ("service_start", "service_end"):
        if f[k] is None:
            continue
        try:
            got = parse_day10(k, src[k], when, dayfirst).isoformat()
        except (KeyError, ValueError, AttributeError, TypeError) as e:
            err(name, f"{k}: cannot re-derive: {e!r}")
            continue
        if got != f[k]:
            err(name, f"{k}: {src[k]!r} gives {got}, label {f[k]}")
    if kind == "summary" and lab["extra"]["trigger"] != kit9c.trigger9(f, when):
        err(name, f"trigger {lab['extra']['trigger']} != {kit9c.trigger9(f, when)}")


def check_one(path, lab):
    name = path.name
    raw = path.read_bytes()
    if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
        err(name, "line endings are not CRLF-only")
    want = KEYS_HEAD + [k for k in KEYS_OPT if k in lab] + KEYS_TAIL
    if list(lab) != want:
        err(name, f"keys {list(lab)}")
    if list(lab["fields"]) != rules.FIELD_KEYS:
        err(name, "field keys")
    kind, fam = lab["kind"], lab["family"]
    if kind not in rules.KINDS or fam not in WANT_FAMILIES:
        err(name, f"kind {kind} / family {fam}")
    if (kind == "unknown") != ("topic" in lab) or lab.get("topic", "question") not in TOPICS:
        err(name, "topic")
    if (kind == "appeal") != ("checks" in lab) or (kind in ("adjustment", "summary")) != ("extra" in lab):
        err(name, "checks / extra presence")
    msg = email.message_from_bytes(raw)
    try:
        strict = email.message_from_bytes(raw, policy=email.policy.default)
        for p in strict.walk():
            if not p.is_multipart():
                p.get_payload(decode=True)
        str(strict.get("Subject", ""))
    except Exception as e:  # noqa: BLE001 - the stdlib failing on our mail is the finding
        err(name, f"policy.default parse failed: {e!r}")
    subj, when = kit8c.check_headers(name, raw, lab, msg)
    texts, found = [subj or ""], []
    kit7c.walk(msg, texts, found)
    text = "\n".join(texts)
    kit8c.check_attachments(name, found, lab["attachments"])
    check_names(name, lab, text)
    check_values(name, lab, text, when)
    kit8c.check_rules(name, lab, text, when)
    return kind, fam, lab.get("topic"), raw


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
    if (blob.count(b"filename*0*=") < 2 or blob.count(b"name*0*=utf-8''") < 2 or blob.count(b"filename*=gbk''") < 1
            or blob.count(b'filename="=?') < 8 or blob.count(b'filename="=?gb2312?q?') < 1):
        err("set", "too few RFC 2231 / RFC 2047 file names")
    if not any(re.search(rb'filename="[^"\r\n]*[\x80-\xff]', r) for r in raws):
        err("set", "no raw 8-bit file name")
    if b"subject: =?utf-8?q?" not in blob:
        err("set", "no Q-encoded subject")
    for c in (b"x-mailer: microsoft outlook", b"microsoft-macoutlook", b"windows live mail", b"ymailnorrin", b"x-mailer: foxmail",
              b"x-qq-mailer", b"coremail", b"x-mailer: iphone mail", b"mail.gmail.com", b"thunderbird", b"wecom", b"alimail",
              b"sinamail", b"richmail", b"mailmaster", b"roundcube", b"263 enterprise", b"lark mail", b"pigeonhole",
              b"email.android.com", b"phpmailer", b"auto-submitted: auto-replied (vacation)", b"message/rfc822"):
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
            k, fam, topic, raw = check_one(p, lab)
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
