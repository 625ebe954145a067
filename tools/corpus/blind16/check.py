#!/usr/bin/env python3
"""Self-check of the blind16 set, independent of maild and of generate.py's internals.

Run:  python -B tools/corpus/blind16/check.py [--no-regen] [DIR]
      (DIR defaults to tests/mail/blind16; the README is next to this file)

The generic reading machinery comes from the checkers of blind7 … blind15 (the MIME walk, the
header / kind markers, the attachment comparison, the rule checks, the per-message checks, the
README and regeneration checks, blind13's Word reader, and the parsers of times, dates, counts,
reasons and id shorthand), which this file runs with its own parsers plugged in.  It adds only what
blind16's messages need on top: a character table for its traditional names; the forms none of the
nine reads, rewritten into forms they do (weekdays in words in parentheses, Wu 下半天 / 上半天, an
hour with am / pm and no minutes, an offset in English words after the push ('three and a half
hours later'), a time exported in UTC with a space, 上个月最后一天, 国庆 with a relative year); its
counts (a quarterly allotment times the quarters); its reasons (行业完全两样); its id shorthand (a
prefix and tails in parentheses); and the set's own counts and coverage.  For every
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
import importlib.util
import io
import json
import re
import sys
import zipfile
from datetime import UTC, datetime, timedelta, timezone
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


kit15c = _load("blind15_check", "blind15")  # installs blind13's Word reader and blind14's / blind15's parsers
kit14c, kit10c, kit8c = kit15c.kit14c, kit15c.kit10c, kit15c.kit8c

ARGS = [a for a in sys.argv[1:] if a != "--no-regen"]
DATA = Path(ARGS[0]) if ARGS else layout.data_dir("blind16")
ERRORS: list[str] = []
# the earlier checks report into this set's list and read this set's folders
kit8c.ERRORS, kit8c.HERE, kit8c.DATA = ERRORS, HERE, DATA
kit10c.ERRORS = ERRORS

TOTAL = 49
WANT_KINDS = {"appeal": 16, "adjustment": 9, "summary": 9, "reply": 5, "auto": 2, "unknown": 8}
WANT_FAMILIES = {"traditional": 5, "english": 5, "dates": 5, "numbers": 5, "forms": 5, "non_request": 8, "thread": 5,
                 "short_names": 5, "clean": 4, "auto": 2}
TOPICS = kit8c.TOPICS
# blind15's list (blind2 .. blind14 and holdout) and blind15's own cities
USED_CITIES = kit15c.USED_CITIES + ("淡水", "马祖", "连江", "南竿", "北竿", "火炭", "长沙湾", "黑沙环", "烟台", "东营", "大庆", "铜陵",
                                    "漯河", "鹤壁", "喀什", "衡水", "万州", "阜阳", "新乡", "邢台", "淮北", "伊春", "凯里", "黔东南",
                                    "濮阳", "廊坊", "淮安", "滨州", "百色", "周口", "信阳", "咸宁", "吕梁", "白银", "西昌", "满洲里",
                                    "防城港", "商丘", "黄冈", "麻城", "忻州", "原平", "楚雄", "禄丰", "中卫", "驻马店", "泰安",
                                    "张家口", "阳泉", "随州", "鄂州")

# traditional -> simplified for the characters of this set's names, aliases and sources
T2S16 = dict(zip("風數銷機網絡創製興沖壓膠蓮漢豐灣壢碼營廣業專來價號晝當點單條貳叁證則積計為",
                 "风数销机网络创制兴冲压胶莲汉丰湾坜码营广业专来价号昼当点单条贰叁证则积计为", strict=True))
_t2s15 = kit15c.t2s15


def t2s16(s):
    return _t2s15("".join(T2S16.get(c, c) for c in s))


def err(name, msg):
    ERRORS.append(f"{name}: {msg}")


# --------------------------------------------------------------------------
# what blind7's .. blind15's parsers do not read: rewritten into forms they do
# --------------------------------------------------------------------------

NUM = kit7c.NUM
cn_int = kit7c.cn_int
CST = timezone(timedelta(hours=8))
WORDS16 = (("下半天", "下午"), ("上半天", "上午"))
EN_SMALL = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def ymd(d):
    return f"{d.year}年{d.month}月{d.day}日"


def norm16(s, when):
    """NFKC, this set's traditional characters, and its day and clock forms in blind15's forms."""
    s = t2s16(nfkc(s or ""))
    for a, b in WORDS16:
        s = s.replace(a, b)
    s = re.sub(r"\(\s*(?:星期|周|礼拜)[一二三四五六日天]\s*\)", "", s)  # a weekday in words after a date

    def utc(m):  # a back-office time in UTC: Beijing time is eight hours ahead
        t = datetime(int(m[1]), int(m[2]), int(m[3]), int(m[4]), int(m[5]), tzinfo=UTC).astimezone(CST)
        return t.strftime("%Y-%m-%d %H:%M")
    s = re.sub(r"(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}) UTC\b", utc, s)
    s = re.sub(r"(?<![:\d])(\d{1,2})\s*(am|pm)\b", r"\1:00 \2", s, flags=re.I)  # '3pm'

    def last_of_prev(_m):  # 上个月最后一天: the last day of the month before the Date header's
        return ymd(when.replace(day=1) - timedelta(days=1))
    s = re.sub(r"上个?月最后一天", last_of_prev, s)
    s = re.sub(r"(去年|今年)国庆节?", lambda m: f"{when.year - (m[1] == '去年')}年10月1日", s)
    return s.replace("今年", f"{when.year}年")


def parse_time16(srcs, when, dayfirst):
    first = norm16(srcs[0], when)
    m = re.search(r"\b(\d+|" + "|".join(EN_SMALL) + r")( and a half)? hours? later\b", first, re.I)
    if m:  # an offset in English words from the time written after it
        h = int(m[1]) if m[1].isdigit() else EN_SMALL[m[1].lower()]
        return parse_time16(srcs[1:], when, dayfirst) + timedelta(hours=h, minutes=30 if m[2] else 0)
    return kit15c.parse_time15([first] + [norm16(x, when) for x in srcs[1:]], when, dayfirst)


def parse_day16(field, srcs, when, dayfirst):
    return kit15c.parse_day15(field, [norm16(x, when) for x in srcs], when, dayfirst)


def count16(src):
    s = t2s16(nfkc(src))
    m = re.search(rf"每季度\s*({NUM})\s*条[^。\n]*?({NUM})\s*个季度", s)
    if m:  # a quarterly allotment times the quarters
        return cn_int(m[1]) * cn_int(m[2])
    return kit15c.count15(s)


REASON_WORDS16 = ((4, ("行业完全两样",)),)


def reason16(src):
    s = t2s16(nfkc(src)).lower()
    code = next((c for c, words in REASON_WORDS16 if any(w in s for w in words)), None)
    return code if code is not None else kit15c.reason15(s)


def expand16(sources):
    out = []
    for src in sources:
        s = kit7c.dash(src)
        m = re.fullmatch(r"\s*([A-Z]{1,4}-\d{4}-)\s*\(([\d、,，\s]+)\)\s*", s)
        if m:  # a prefix written once and its tails in parentheses
            ids = [m[1] + t for t in re.split(r"\s*[、,，]\s*", m[2].strip()) if t]
        else:
            ids = kit15c.expand15([src])
        out += [i for i in ids if i not in out]
    return out


# the earlier per-message checks, run with this set's parsers, table and cities
kit10c.parse_time10, kit10c.parse_day10, kit10c.count10 = parse_time16, parse_day16, count16
kit10c.reason10, kit10c.expand10, kit10c.t2s10, kit10c.USED_CITIES = reason16, expand16, t2s16, USED_CITIES
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
    if sum(1 for r in raws if re.search(rb"(?im)^date: [^\r\n]*(\+0000|\(utc\))", r.split(b"\r\n\r\n", 1)[0])) < 1:
        err("set", "no Date header in UTC")
    if (blob.count(b"filename*") < 3 or blob.count(b"filename*=big5-hkscs''") < 1 or blob.count(b'filename="=?') < 10
            or b"subject: =?gb2312?q?" not in blob):
        err("set", "too few RFC 2231 / RFC 2047 file names or no Q-encoded GB2312 subject")
    for c in (b"pchome webmail", b"netvigator", b"webmail.macau.ctm.net", b"user-agent: kmail", b"x-mailer: geary",
              b"edison mail", b"user-agent: postbox", b"womail", b"pegasus mail", b"auto-submitted: auto-generated\r\n",
              b"auto-submitted: auto-replied", b"outlook for ios", b"x-mailer: microsoft outlook 16.0", b"coremail",
              b"x-qq-mailer", b"wecom", b"alimail", b"sinamail", b"139.com", b"outlook express 6", b"mail.gmail.com",
              b"lark mail", b"roundcube", b"263", b"x-mailer: foxmail 7.2", b"apple mail", b"thunderbird", b"claws",
              b"evolution", b"spark", b"flashmail", b"mutt", b"em_client", b"sohu"):
        if c not in blob:
            err("set", f"no message from / with {c.decode()}")


def form_features(paths):
    """The forms hold Word comments, check-box content controls, typed ■ boxes, a hidden sheet, a list
    validation and a formula cell, and one Word form is declared application/msword."""
    comments = boxes = typed = hidden = valid = formula = msword = 0
    for p in paths:
        for part in email.message_from_bytes(p.read_bytes()).walk():
            data = part.get_payload(decode=True) if not part.is_multipart() else None
            if not data:
                continue
            kind = checkkit.sniff(data)
            if kind == CT_DOCX:
                z = zipfile.ZipFile(io.BytesIO(data))
                xml = z.read("word/document.xml")
                comments += "word/comments.xml" in z.namelist() and b"<w:commentReference" in xml
                boxes += b"<w14:checkbox>" in xml
                typed += "■".encode() in xml
                msword += part.get_content_type() == "application/msword"
            elif kind == CT_XLSX:
                import openpyxl
                wb = openpyxl.load_workbook(io.BytesIO(data))
                hidden += any(ws.sheet_state == "hidden" for ws in wb.worksheets)
                valid += any(ws.data_validations.dataValidation for ws in wb.worksheets)
                formula += any(isinstance(c.value, str) and c.value.startswith("=")
                               for ws in wb.worksheets for row in ws.iter_rows() for c in row)
    if not (comments >= 2 and boxes and typed and hidden and valid and formula and msword):
        err("set", f"form features: comments {comments}, check-box controls {boxes}, typed boxes {typed}, hidden sheet "
                   f"{hidden}, validation {valid}, formula {formula}, msword {msword}")


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
