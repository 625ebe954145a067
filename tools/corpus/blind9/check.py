#!/usr/bin/env python3
"""Self-check of the blind9 set, independent of maild and of generate.py's internals.

Run:  python -B tools/corpus/blind9/check.py [--no-regen] [DIR]
      (DIR defaults to tests/mail/blind9; the README is next to this file)

The generic reading machinery comes from blind7's checker (its MIME walk and its parsers of
times, dates, counts, reasons and id shorthand) and from blind8's (the header / kind markers,
the attachment comparison, the rule checks, its extended parsers, the README and regeneration
checks); this file adds what blind9's messages need on top: a character table for its
traditional names, the forms neither parser reads, rewritten into forms they do (Cantonese day
words 琴日 / 今朝 / 下晝, 上周六, 前晚 / 昨早, 晚8点, dotted month.day, Hong Kong day-first and US
month-first dates, three-digit Chinese-numeral ROC years, ordinals and a.m./p.m., British 1.20pm,
'7 Sept', 'that day', 'a 12-month term', 为期两年, periods in months only, year-less starts), the
counts in 个 / 單 and 'of N', the criteria as 之二 / a number cell, and the set's own counts and
coverage.  For every NNN.eml / NNN.expected.json pair it checks:
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
    a city of blind6, blind7 or blind8, the charset / encoding / client coverage, the README;
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
from datetime import date, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "blind7"))  # blind7's checker: the generic readers and parsers
sys.path.insert(1, str(HERE.parent))  # tools/corpus: the shared modules

import check as kit7c  # noqa: E402  (tools/corpus/blind7/check.py)
import layout  # noqa: E402
import rules  # noqa: E402
from checkkit import nfkc  # noqa: E402


def _load_blind8():
    """tools/corpus/blind8/check.py under its own module name (it imports blind7's as `check`)."""
    spec = importlib.util.spec_from_file_location("blind8_check", HERE.parent / "blind8" / "check.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


kit8c = _load_blind8()

ARGS = [a for a in sys.argv[1:] if a != "--no-regen"]
DATA = Path(ARGS[0]) if ARGS else layout.data_dir("blind9")
TZ = kit7c.TZ
ERRORS: list[str] = []
# blind8's checks report into this set's list and read this set's folders
kit8c.ERRORS, kit8c.HERE, kit8c.DATA = ERRORS, HERE, DATA

KEYS_HEAD, KEYS_OPT, KEYS_TAIL = kit8c.KEYS_HEAD, kit8c.KEYS_OPT, kit8c.KEYS_TAIL
TOTAL = 49
WANT_KINDS = {"appeal": 13, "adjustment": 9, "summary": 12, "reply": 5, "auto": 2, "unknown": 8}
WANT_FAMILIES = {"traditional": 5, "english": 5, "dates": 5, "numbers": 5, "forms": 5, "non_request": 8, "thread": 5,
                 "short_names": 5, "clean": 4, "auto": 2}
TOPICS = kit8c.TOPICS
USED_CITIES = kit8c.USED_CITIES + ("基隆", "屏东", "沙田", "元朗", "南充", "绵阳", "曲靖", "大理", "延安", "榆林", "赤峰", "营口")

# traditional -> simplified for the characters of this set's names, aliases and sources
T2S9 = dict(zip("園數銷龜觀膠機蓮瀾網魯閣將軍寶務門達業廠號點筆條標準單個晝尋應該係為國戶與產經營時間約證商鐘問誤寫",
                "园数销龟观胶机莲澜网鲁阁将军宝务门达业厂号点笔条标准单个昼寻应该系为国户与产经营时间约证商钟问误写", strict=True))


def t2s9(s):
    return "".join(T2S9.get(c, c) for c in s)


def err(name, msg):
    ERRORS.append(f"{name}: {msg}")


# --------------------------------------------------------------------------
# what blind7's and blind8's parsers do not read: rewritten into forms they do
# --------------------------------------------------------------------------

WEEKDAY = "一二三四五六日"
EN_MON = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
DAY_WORDS = (("琴日", "昨天"), ("寻日", "昨天"), ("今朝", "今天上午"), ("朝早", "上午"), ("下昼", "下午"), ("晏昼", "下午"),
             ("前晚", "前天晚上"), ("昨早", "昨天早上"))


def norm9(s, when, dayfirst):
    """NFKC, this set's traditional characters, and its date and time forms in blind7's / blind8's forms."""
    s = t2s9(nfkc(s or ""))
    for a, b in DAY_WORDS:
        s = s.replace(a, b)
    s = re.sub(r"(?<![上今昨前明傍夜])晚(?=\d)", "晚上", s)
    s = re.sub(r"(?<![今昨前明])早(?=\d)", "早上", s)
    m = re.search(r"上(?:周|星期|礼拜)([一二三四五六日天])", s)
    if m:
        k = WEEKDAY.index("日" if m[1] == "天" else m[1])
        day = when.date() - timedelta(days=when.weekday() + 7 - k)
        s = s.replace(m[0], f"{day.year}年{day.month}月{day.day}日")
    s = re.sub(r"(?<![〇零一二三四五六七八九])([〇零一二三四五六七八九]{3})年",
               lambda m: "".join(str(kit7c.CN[c]) for c in m[1]) + "年", s)  # ROC year digit by digit
    s = re.sub(r"\b(\d{1,2})(?:st|nd|rd|th)\b", r"\1", s)
    s = re.sub(r"\b([ap])\.m\.", r"\1m", s, flags=re.I)
    s = re.sub(r"\b(\d{1,2})\.(\d{2})\s*([ap]m)\b", r"\1:\2 \3", s, flags=re.I)
    s = re.sub(r"\b(?:that|the same) day\b", "same day", s)
    s = re.sub(r"\b(\d+)[- ]months?\b", r"\1个月", s)
    s = re.sub(rf"为期({kit7c.NUM})年", lambda m: f"为期{kit7c.cn_int(m[1]) * 12}个月", s)

    def en_day(m):
        mo = m[2][:3].lower()
        if mo not in EN_MON:
            return m[0]
        mo, d = EN_MON.index(mo) + 1, int(m[1])
        return f"{kit7c.latest_year(mo, d, when)}-{mo:02d}-{d:02d}"
    s = re.sub(r"\b(\d{1,2}) ([A-Za-z]{3,9})\.?\b(?!,? \d{4})", en_day, s)

    def dmy(m):
        a, b, y = int(m[1]), int(m[2]), int(m[3])
        if dayfirst or (a > 12 >= b):
            return f"{y}-{b:02d}-{a:02d}"
        if b > 12 >= a:
            return f"{y}-{a:02d}-{b:02d}"
        return m[0]
    s = re.sub(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])", dmy, s)
    return re.sub(r"(?<![\d.:])(\d{1,2})\.(\d{1,2})(?![\d.:])", r"\1月\2日", s)  # year-less month.day


def parse_time9(srcs, when, dayfirst):
    return kit8c.parse_time8([norm9(x, when, dayfirst) for x in srcs], when)


def parse_day9(field, srcs, when, dayfirst):
    s = norm9(srcs[0], when, dayfirst)
    m = re.fullmatch(r"\s*(?:自|从)?(\d{4})年(\d{1,2})月\s*", s)
    if m:  # a month only: its first day starts a period, its last day ends one
        y, mo = int(m[1]), int(m[2])
        return date(y, mo, 1 if field == "service_start" else calendar.monthrange(y, mo)[1])
    m = re.search(r"(?<!\d)(\d{1,2})月(\d{1,2})日", s)
    if m and not re.search(r"\d{4}", s):
        mo, d = int(m[1]), int(m[2])
        return date(kit7c.latest_year(mo, d, when), mo, d)
    return kit8c.parse_day8([s] + [norm9(x, when, dayfirst) for x in srcs[1:]], when)


def count9(src):
    s = t2s9(nfkc(src))
    m = re.search(r"\bof\s+(\d+)", s)
    if m:
        return int(m[1])
    m = re.search(rf"({kit7c.NUM})\s*[个单]", s)
    if m:
        return kit8c.cn_int8(m[1])
    return kit8c.count8(s)


REASON_WORDS9 = ((2, ("搜寻不到", "搜不到", "用户不存在")), (4, ("行业不沾边", "不是一个行业")),
                 (5, ("not the product", "经营的不一致", "唔一致")))


def reason9(src):
    s = t2s9(nfkc(src)).lower()
    m = re.search(r"之\s*([一二三四五1-5])", s) or re.search(r"判定标准\s*[:：]?\s*([1-5])(?!\d)", s)
    if m:
        return kit7c.cn_int(m[1])
    code = kit8c.reason8(s)
    if code is None:
        code = next((c for c, words in REASON_WORDS9 if any(w in s for w in words)), None)
    return code


def trigger9(f, when):
    if f["service_start"] and f["service_end"]:
        return kit7c.trigger(f, when)
    lead = f["quota"] is not None and f["pushed_count"] is not None and f["pushed_count"] / f["quota"] >= 0.6
    return "lead_60" if lead else None


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
        present = {t2s9(x) for x in [f[k]] + [a for a in aliases if a in text]}
        for a in aliases:
            if a not in text and a not in present:
                err(name, f"accept {k} {a!r} neither in text nor a simplified form")
        if fam == "traditional" and t2s9(f[k]) != f[k] and t2s9(f[k]) not in aliases:
            err(name, f"traditional {k} without its simplified form in accept")
        if any(c in t2s9(v) for v in [f[k]] + aliases for c in USED_CITIES):
            err(name, f"{k} in a city of blind6 / blind7 / blind8")


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
            exp = kit8c.expand8(src["lead_ids"])
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
            got = parse_time9(src[k], when, dayfirst)
        except (KeyError, ValueError, AttributeError, TypeError) as e:
            err(name, f"{k}: cannot re-derive from {src.get(k)!r}: {e!r}")
            continue
        if got != datetime.fromisoformat(f[k]):
            err(name, f"{k}: {src[k]!r} gives {got.isoformat()}, label {f[k]}")
    if f["reason_code"] is not None and ("reason_code" not in src or reason9(src["reason_code"][0]) != f["reason_code"]):
        err(name, f"reason_code {f['reason_code']} vs {src.get('reason_code')}")
    for k in ("quota", "pushed_count", "lead_count"):
        if f[k] is None:
            continue
        if k not in src:
            if not (k == "lead_count" and len(ids) == f[k]):
                err(name, f"no source_text for {k}")
            continue
        try:
            got = count9(src[k][0])
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
            got = parse_day9(k, src[k], when, dayfirst).isoformat()
        except (KeyError, ValueError, AttributeError, TypeError) as e:
            err(name, f"{k}: cannot re-derive: {e!r}")
            continue
        if got != f[k]:
            err(name, f"{k}: {src[k]!r} gives {got}, label {f[k]}")
    if kind == "summary" and lab["extra"]["trigger"] != trigger9(f, when):
        err(name, f"trigger {lab['extra']['trigger']} != {trigger9(f, when)}")


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
    for cs in (b"gbk", b"gb18030", b"gb2312", b"utf-8", b"big5"):
        if not re.search(rb'charset="?' + re.escape(cs) + rb'"?[;\s]', blob):
            err("set", f"no part declares charset {cs.decode()}")
    for cte in (b"base64", b"quoted-printable", b"8bit", b"7bit"):
        if b"content-transfer-encoding: " + cte not in blob:
            err("set", f"no {cte.decode()} part")
    if sum(1 for r in raws if re.search(rb"(?im)^content-type: text/html", r.split(b"\r\n\r\n", 1)[0])) < 2:
        err("set", "fewer than two HTML-only messages")
    if (blob.count(b"filename*0*=") < 1 or blob.count(b"filename*") < 2 or blob.count(b"filename*=gbk''") < 1
            or blob.count(b'filename="=?') < 8):
        err("set", "too few RFC 2231 / RFC 2047 file names")
    if not any(re.search(rb'filename="[^"\r\n]*[\x80-\xff]', r) for r in raws):
        err("set", "no raw 8-bit file name")
    for c in (b"x-mailer: microsoft outlook", b"microsoft-macoutlook", b"x-mailer: microsoft windows mail", b"x-mailer: foxmail",
              b"x-qq-mailer", b"coremail", b"x-mailer: iphone mail", b"mail.gmail.com", b"x-mailer: apple mail", b"thunderbird",
              b"wecom", b"alimail", b"sinamail", b"richmail", b"mailmaster", b"x-auto-response-suppress",
              b"x-postfix-queue-id", b"text/rfc822-headers"):
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
