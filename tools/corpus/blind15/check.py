#!/usr/bin/env python3
"""Self-check of the blind15 set, independent of maild and of generate.py's internals.

Run:  python -B tools/corpus/blind15/check.py [--no-regen] [DIR]
      (DIR defaults to tests/mail/blind15; the README is next to this file)

The generic reading machinery comes from the checkers of blind7 … blind14 (the MIME walk, the
header / kind markers, the attachment comparison, the rule checks, the per-message checks, the
README and regeneration checks, blind13's Word reader, and the parsers of times, dates, counts,
reasons and id shorthand), which this file runs with its own parsers plugged in.  It adds only what
blind15's messages need on top: a character table for its traditional names; the forms none of the
eight reads, rewritten into forms they do (weekdays in parentheses after a month/day date,
Cantonese 朝早 / 晏晝, Henan 夜儿个 / 晌午 / 后晌, 上周X, year-less month-day dates with a dash,
English dotted twelve-hour times, 'last night', ordinals, dotted a.m. / p.m., 'this Monday', a
period by its start and 起N年, a period by its length and its end 截至…); its counts ('N个商机');
its reasons (搜不着, 最后一条, 'criterion five'); its id shorthand (ranges with full-width tildes and
short tails); and the set's own counts and coverage.  For every NNN.eml / NNN.expected.json pair it
checks:
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


kit14c = _load("blind14_check", "blind14")  # installs blind13's Word reader and blind14's parsers
kit13c, kit10c, kit8c = kit14c.kit13c, kit14c.kit10c, kit14c.kit8c

ARGS = [a for a in sys.argv[1:] if a != "--no-regen"]
DATA = Path(ARGS[0]) if ARGS else layout.data_dir("blind15")
ERRORS: list[str] = []
# the earlier checks report into this set's list and read this set's folders
kit8c.ERRORS, kit8c.HERE, kit8c.DATA = ERRORS, HERE, DATA
kit10c.ERRORS = ERRORS

TOTAL = 49
WANT_KINDS = {"appeal": 16, "adjustment": 9, "summary": 9, "reply": 5, "auto": 2, "unknown": 8}
WANT_FAMILIES = {"traditional": 5, "english": 5, "dates": 5, "numbers": 5, "forms": 5, "non_request": 8, "thread": 5,
                 "short_names": 5, "clean": 4, "auto": 2}
TOPICS = kit8c.TOPICS
# blind14's list (blind2 .. blind13 and holdout) and blind14's own cities
USED_CITIES = kit14c.USED_CITIES + ("新北", "板桥", "三重", "金门", "竹北", "柴湾", "深水埗", "荔枝角", "温州", "连云港", "唐山",
                                    "克拉玛依", "莆田", "三明", "佳木斯", "安庆", "沧州", "晋城", "许昌", "焦作", "攀枝花", "宿迁",
                                    "湘潭", "四平", "鸡西", "通辽", "临汾", "儋州", "孝感", "恩施", "酒泉", "丽江", "石嘴山", "贺州",
                                    "梧州", "阿克苏", "枣庄", "菏泽", "安康", "平凉")

# traditional -> simplified for the characters of this set's names, aliases and sources
T2S15 = dict(zip("漁數銷崙電話錯連藍淚馬機證則營碼輝長灣匯網絡達點晝環廣裝約單計",
                 "渔数销仑电话错连蓝泪马机证则营码辉长湾汇网络达点昼环广装约单计", strict=True))
_t2s14 = kit14c.t2s14


def t2s15(s):
    return _t2s14("".join(T2S15.get(c, c) for c in s))


def err(name, msg):
    ERRORS.append(f"{name}: {msg}")


# --------------------------------------------------------------------------
# what blind7's .. blind14's parsers do not read: rewritten into forms they do
# --------------------------------------------------------------------------

NUM = kit7c.NUM
cn_int = kit7c.cn_int
WEEK = "一二三四五六日"
EN_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
WORDS15 = (("朝早", "早上"), ("晏昼", "下午"), ("夜儿个", "昨天"), ("晌午", "中午"), ("后晌", "下午"))


def ymd(d):
    return f"{d.year}年{d.month}月{d.day}日"


def norm15(s, when):
    """NFKC, this set's traditional characters, and its day and clock forms in blind14's forms."""
    s = t2s15(nfkc(s or ""))
    s = re.sub(r"\(\s*[一二三四五六日天]\s*\)", "", s)  # a weekday after a month/day date
    for a, b in WORDS15:
        s = s.replace(a, b)

    def last_week(m):  # 上周X: that weekday of the week before the Date header's
        k = WEEK.index("日" if m[1] == "天" else m[1])
        return ymd(when - timedelta(days=when.weekday() + 7 - k))
    s = re.sub(r"上(?:周|星期|礼拜)([一二三四五六日天])", last_week, s)
    s = re.sub(r"(?<![\d-])(\d{1,2})-(\d{1,2})\s+(?=\d{1,2}:\d{2})", r"\1月\2日 ", s)  # 12-28 09:12
    s = re.sub(r"\b([ap])\.m\.", r"\1m", s, flags=re.I)
    s = re.sub(r"\b(\d{1,2})(?:st|nd|rd|th)\b", r"\1", s)
    s = re.sub(r"\b(\d{1,2})\.(\d{2})\s*(am|pm)\b", r"\1:\2 \3", s, flags=re.I)
    s = re.sub(r"\b(\d{1,2})\.(\d{2})\s+last night\b", r"昨天晚上 \1:\2", s, flags=re.I)
    s = re.sub(r"\blast night\b", "昨天晚上", s, flags=re.I)

    def this_day(m):  # 'this Monday': that weekday of the Date header's week
        return "本周" + WEEK[EN_DAYS.index(m[1].lower())]
    return re.sub(r"\bthis (" + "|".join(EN_DAYS) + r")\b", this_day, s, flags=re.I)


def parse_time15(srcs, when, dayfirst):
    return kit14c.parse_time14([norm15(x, when) for x in srcs], when, dayfirst)


def parse_day15(field, srcs, when, dayfirst):
    s = norm15(srcs[0], when)
    m = re.fullmatch(rf"\s*起({NUM})年\s*", s)
    if m and field == "service_end":  # a length in years from the start written beside it
        start = parse_day15("service_start", srcs[1:], when, dayfirst)
        return kit7c.add_months(start, 12 * cn_int(m[1])) - timedelta(days=1)
    m = re.fullmatch(rf"\s*({NUM})\s*个月\s*", s)
    if m and field == "service_start" and len(srcs) > 1 and "截至" in srcs[1]:  # a length counted back from the end
        end = parse_day15("service_end", srcs[1:], when, dayfirst)
        return kit7c.add_months(end + timedelta(days=1), -cn_int(m[1]))
    return kit14c.parse_day14(field, [s] + [norm15(x, when) for x in srcs[1:]], when, dayfirst)


def count15(src):
    s = t2s15(nfkc(src))
    m = re.search(rf"({NUM})\s*个商机", s)
    if m:
        return cn_int(m[1])
    return kit14c.count14(s)


REASON_WORDS15 = ((2, ("搜不着",)), (5, ("最后一条",)))
EN_NUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}


def reason15(src):
    s = t2s15(nfkc(src)).lower()
    m = re.search(r"criterion\s+(one|two|three|four|five)\b", s)
    if m:
        return EN_NUM[m[1]]
    code = next((c for c, words in REASON_WORDS15 if any(w in s for w in words)), None)
    return code if code is not None else kit14c.reason14(s)


def expand15(sources):
    out = []
    for src in sources:
        s = kit7c.dash(src)
        if "~" in s:  # ranges whose short tails keep the first id's prefix: A-0081~83、0091~92
            ids, prefix = [], None
            for tok in re.split(r"\s*[、,，;；]\s*", s.strip()):
                m = re.fullmatch(r"(.*?)(\d+)\s*~\s*(\d+)", tok)
                if not m:
                    raise ValueError(f"{src!r}: {tok!r}")
                head, a, b = m.groups()
                if head:
                    prefix = head
                if prefix is None:
                    raise ValueError(src)
                b = a[:-len(b)] + b
                ids += [f"{prefix}{k:0{len(a)}d}" for k in range(int(a), int(b) + 1)]
        else:
            ids = kit14c.expand14([src])
        out += [i for i in ids if i not in out]
    return out


# the earlier per-message checks, run with this set's parsers, table and cities
kit10c.parse_time10, kit10c.parse_day10, kit10c.count10 = parse_time15, parse_day15, count15
kit10c.reason10, kit10c.expand10, kit10c.t2s10, kit10c.USED_CITIES = reason15, expand15, t2s15, USED_CITIES
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
    if sum(1 for r in raws if re.search(rb"(?im)^date: [^\r\n]*(\+0000|\(utc\))", r.split(b"\r\n\r\n", 1)[0])) < 3:
        err("set", "fewer than three Date headers in UTC")
    if blob.count(b"filename*") < 3 or blob.count(b'filename="=?') < 12 or b"; size=" not in blob:
        err("set", "too few RFC 2231 / RFC 2047 / sized file names")
    for c in (b"hinet webmail", b"message-id: <etpan.", b"airmail", b"mailbird", b"user-agent: horde", b"k-9 mail",
              b"zimbrawebclient", b"javamail.zimbra", b"tom webmail", b"user-agent: squirrelmail", b"outlook for android",
              b"x-mailman-version", b"precedence: list", b"list-id:", b"hmailserver", b"from: postmaster@",
              b"windows live mail", b"ymailnorrin", b"microsoft-macoutlook", b"coremail", b"qiye.163", b"wecom",
              b"x-qq-mailer", b"alimail", b"sinamail", b"139.com", b"outlook express 6", b"foxmail for mac",
              b"x-mailer: foxmail 7.2", b"mail.gmail.com", b"dingtalk-mail", b"lark mail", b"com.samsung.android.email",
              b"_com.huawei.email_", b"x-mailer: microsoft outlook 14.0", b"x-mailer: microsoft outlook 16.0",
              b"edm-pro", b"text/plain;charset=gb2312"):
        if c not in blob:
            err("set", f"no message from / with {c.decode()}")


def form_features(paths):
    """The forms hold legacy text fields and check boxes, date-picker and drop-down content controls, a
    workbook in the 1904 date system, one with an instruction sheet before the data and one with time cells."""
    fftext = ffbox = sdate = sdd = d1904 = sheets2 = tcells = 0
    for p in paths:
        for part in email.message_from_bytes(p.read_bytes()).walk():
            data = part.get_payload(decode=True) if not part.is_multipart() else None
            if not data:
                continue
            kind = checkkit.sniff(data)
            if kind == CT_DOCX:
                xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")
                fftext += b" FORMTEXT " in xml and b"<w:ffData>" in xml
                ffbox += b" FORMCHECKBOX " in xml
                sdate += b"<w:date w:fullDate=" in xml
                sdd += b"<w:dropDownList>" in xml
            elif kind == CT_XLSX:
                import openpyxl
                z = zipfile.ZipFile(io.BytesIO(data))
                d1904 += b'date1904="1"' in z.read("xl/workbook.xml")
                wb = openpyxl.load_workbook(io.BytesIO(data))
                sheets2 += len(wb.worksheets) > 1
                tcells += any(type(c.value).__name__ == "time" for ws in wb.worksheets for row in ws.iter_rows() for c in row)
    if not (fftext and ffbox and sdate and sdd and d1904 and sheets2 and tcells):
        err("set", f"form features: FORMTEXT {fftext}, FORMCHECKBOX {ffbox}, date picker {sdate}, drop-down {sdd}, "
                   f"1904 workbook {d1904}, instruction sheet {sheets2}, time cells {tcells}")


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
