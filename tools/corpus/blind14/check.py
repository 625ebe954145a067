#!/usr/bin/env python3
"""Self-check of the blind14 set, independent of maild and of generate.py's internals.

Run:  python -B tools/corpus/blind14/check.py [--no-regen] [DIR]
      (DIR defaults to tests/mail/blind14; the README is next to this file)

The generic reading machinery comes from the checkers of blind7 … blind13 (the MIME walk, the
header / kind markers, the attachment comparison, the rule checks, the per-message checks, the
README and regeneration checks, blind13's Word reader, and the parsers of times, dates, counts,
reasons and id shorthand), which this file runs with its own parsers plugged in.  It adds only what
blind14's messages need on top: a character table for its traditional names; the forms none of the
seven reads, rewritten into forms they do (ISO 8601 times in UTC with a Z, Taiwanese 午後 / 週,
Hong Kong 噚日, north-eastern 昨儿个 / 头午 / 下晚儿, 当日, English minutes past / to the hour in words,
half-years, a period counted back from its end by its length); its reasons (已停机, 被封, 摸底,
'criterion no. N'); its id shorthand (dash tails joined by 'and', a prefix said once with its tails);
and the set's own counts and coverage.  For every NNN.eml / NNN.expected.json pair it checks:
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
from datetime import UTC, date, datetime, timedelta, timezone
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


kit13c = _load("blind13_check", "blind13")  # also installs blind13's Word reader (content controls, revisions)
kit10c, kit8c = kit13c.kit10c, kit13c.kit8c

ARGS = [a for a in sys.argv[1:] if a != "--no-regen"]
DATA = Path(ARGS[0]) if ARGS else layout.data_dir("blind14")
ERRORS: list[str] = []
# the earlier checks report into this set's list and read this set's folders
kit8c.ERRORS, kit8c.HERE, kit8c.DATA = ERRORS, HERE, DATA
kit10c.ERRORS = ERRORS

TOTAL = 49
WANT_KINDS = {"appeal": 16, "adjustment": 9, "summary": 9, "reply": 5, "auto": 2, "unknown": 8}
WANT_FAMILIES = {"traditional": 5, "english": 5, "dates": 5, "numbers": 5, "forms": 5, "non_request": 8, "thread": 5,
                 "short_names": 5, "clean": 4, "auto": 2}
TOPICS = kit8c.TOPICS
# blind13's list (blind2 .. blind12 and holdout) and blind13's own cities
USED_CITIES = kit13c.USED_CITIES + ("台东", "澎湖", "红磡", "上水", "粉岭", "氹仔", "路环", "北海", "钦州", "龙岩", "日照", "德州",
                                    "遂宁", "广元", "巴彦淖尔", "张掖", "松原", "白山", "库尔勒", "哈密", "承德", "十堰", "荆州",
                                    "宁德", "汕尾", "邯郸", "大同", "长治", "毕节", "文山", "牡丹江", "辽阳", "吴忠")

# traditional -> simplified for the characters of this set's names, aliases and sources
T2S14 = dict(zip("橋匯數銷沖壓門寧釀設備機東興頭灣區碼廣華膠劃製週後這晝點個約證筆國時間準確異議民",
                 "桥汇数销冲压门宁酿设备机东兴头湾区码广华胶划制周后这昼点个约证笔国时间准确异议民", strict=True))
_t2s13 = kit13c.t2s13


def t2s14(s):
    return _t2s13("".join(T2S14.get(c, c) for c in s))


def err(name, msg):
    ERRORS.append(f"{name}: {msg}")


# --------------------------------------------------------------------------
# what blind7's .. blind13's parsers do not read: rewritten into forms they do
# --------------------------------------------------------------------------

NUM = kit7c.NUM
cn_int = kit7c.cn_int
CST = timezone(timedelta(hours=8))
WORDS14 = (("午后", "下午"), ("午前", "上午"), ("噚日", "昨天"), ("噚晚", "昨天晚上"), ("昨儿个", "昨天"), ("头午", "上午"),
           ("头晌", "上午"), ("下晚儿", "晚上"), ("当日", "当天"))
EN_HOURS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
            "eleven": 11, "twelve": 12}
EN_MINUTES = {"five": 5, "ten": 10, "twenty": 20, "twenty-five": 25}


def norm14(s):
    """NFKC, this set's traditional characters, and its clock and day forms in blind13's forms."""
    s = t2s14(nfkc(s or ""))

    def utc(m):  # an ISO 8601 time in UTC: Beijing time is eight hours ahead
        t = datetime(int(m[1]), int(m[2]), int(m[3]), int(m[4]), int(m[5]), tzinfo=UTC).astimezone(CST)
        return t.strftime("%Y-%m-%d %H:%M")
    s = re.sub(r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2})?Z", utc, s)
    for a, b in WORDS14:
        s = s.replace(a, b)

    def past_to(m):  # 'twenty past ten', 'ten to two'
        mins, h = EN_MINUTES[m[1].lower()], EN_HOURS[m[3].lower()]
        return f"{h}:{mins:02d}" if m[2].lower() == "past" else f"{h - 1 if h > 1 else 12}:{60 - mins:02d}"
    s = re.sub(r"\b(twenty-five|twenty|ten|five) (past|to) (" + "|".join(EN_HOURS) + r")\b", past_to, s, flags=re.I)
    return re.sub(r"\bcriterion\s*(?:no\.?|#)\s*(\d)", r"criterion \1", s, flags=re.I)


def parse_time14(srcs, when, dayfirst):
    return kit13c.parse_time13([norm14(x) for x in srcs], when, dayfirst)


def parse_day14(field, srcs, when, dayfirst):
    s = norm14(srcs[0])
    m = re.fullmatch(r"\s*(\d{4})年([上下])半年\s*", s)
    if m:  # a half-year: its first day starts a period, its last day ends one
        y, first = int(m[1]), m[2] == "上"
        if field == "service_start":
            return date(y, 1 if first else 7, 1)
        return date(y, 6, 30) if first else date(y, 12, 31)
    m = re.search(rf"({NUM})\s*年期", s)
    if m and field == "service_start":  # a length in years counted back from the end written beside it
        end = parse_day14("service_end", srcs[1:], when, dayfirst)
        return kit7c.add_months(end + timedelta(days=1), -12 * cn_int(m[1]))
    return kit13c.parse_day13(field, [s] + [norm14(x) for x in srcs[1:]], when, dayfirst)


def count14(src):
    return kit13c.count13(t2s14(nfkc(src)))


REASON_WORDS14 = ((1, ("摸底",)), (2, ("被封",)), (3, ("停机",)))


def reason14(src):
    s = norm14(src).lower()
    code = next((c for c, words in REASON_WORDS14 if any(w in s for w in words)), None)
    return code if code is not None else kit13c.reason13(s)


def expand14(sources):
    out = []
    for src in sources:
        s = kit7c.dash(src)
        m = re.search(r"都是\s*([A-Z]{0,3}-?\d{4}-)\s*开头\s*[,，]\s*尾号(?:分别)?[为是]?\s*[:：]?\s*(.+)", s)
        if m:
            tails = [t for t in re.split(r"\s*[、,，]\s*", m[2].strip().rstrip("。")) if t]
            if not all(re.fullmatch(r"\d{3,6}", t) for t in tails):
                raise ValueError(src)
            ids = [m[1] + t for t in tails]
        else:
            ids = kit13c.expand13([re.sub(r"\s+and\s+(?=-\d)", ", ", s)])
        out += [i for i in ids if i not in out]
    return out


# the earlier per-message checks, run with this set's parsers, table and cities
kit10c.parse_time10, kit10c.parse_day10, kit10c.count10 = parse_time14, parse_day14, count14
kit10c.reason10, kit10c.expand10, kit10c.t2s10, kit10c.USED_CITIES = reason14, expand14, t2s14, USED_CITIES
kit10c.WANT_FAMILIES = kit8c.WANT_FAMILIES = WANT_FAMILIES


# --------------------------------------------------------------------------
# the set
# --------------------------------------------------------------------------

def coverage(raws):
    blob = b"\n".join(raws).lower()
    for cs in (b"gbk", b"gb18030", b"gb2312", b"utf-8", b"big5"):
        if not re.search(rb'charset="?' + re.escape(cs) + rb'"?[;\s]', blob):
            err("set", f"no part declares charset {cs.decode()}")
    for cte in (b"base64", b"quoted-printable", b"8bit", b"7bit"):
        if b"content-transfer-encoding: " + cte not in blob:
            err("set", f"no {cte.decode()} part")
    if sum(1 for r in raws if re.search(rb"(?im)^content-type: text/html", r.split(b"\r\n\r\n", 1)[0])) < 1:
        err("set", "no HTML-only message")
    if sum(1 for r in raws if re.search(rb"(?im)^date: [^\r\n]*\+0000", r.split(b"\r\n\r\n", 1)[0])) < 1:
        err("set", "no Date header in UTC")
    if blob.count(b"filename*") < 1 or blob.count(b'filename="=?') < 12 or b"; size=" not in blob:
        err("set", "too few RFC 2231 / RFC 2047 / sized file names")
    for c in (b"x-mailer: microsoft outlook express 6", b"x-mailer: microsoft outlook 14.0", b"x-mailer: microsoft outlook 16.0",
              b"outlook for ios", b"foxmail for mac", b"qqmail iphone", b"_com.huawei.email_", b"@email.huawei.com",
              b"dingtalk-mail", b"osticket", b"precedence: bulk", b"delayed mail (still being retried)", b"action: delayed",
              b"x-mailer: foxmail 7.2", b"x-qq-mailer", b"coremail", b"qiye.163", b"mail.gmail.com", b"thunderbird", b"wecom",
              b"alimail", b"sinamail", b"mailmaster", b"263 enterprise", b"x-mailer: apple mail", b"microsoft windows mail",
              b"roundcube", b"microsoft-macoutlook", b"edm-sender", b"email.android.com", b"charset=big5; format=flowed",
              b"139.com"):
        if c not in blob:
            err("set", f"no message from / with {c.decode()}")


def form_features(paths):
    """The forms hold content controls with a placeholder, spell-check-split runs, a drop-down list, a
    Chinese date format and a unit number format (what this set adds to the forms)."""
    sdt = plc = proof = dv = cn_date = unit = 0
    for p in paths:
        for part in email.message_from_bytes(p.read_bytes()).walk():
            data = part.get_payload(decode=True) if not part.is_multipart() else None
            if not data:
                continue
            kind = checkkit.sniff(data)
            if kind == CT_DOCX:
                xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")
                sdt += b"<w:sdt>" in xml
                plc += b"<w:showingPlcHdr/>" in xml
                proof += b'<w:proofErr w:type="spellStart"/>' in xml
            elif kind == CT_XLSX:
                z = zipfile.ZipFile(io.BytesIO(data))
                sheets = b"".join(z.read(n) for n in z.namelist() if n.startswith("xl/worksheets/sheet"))
                styles = z.read("xl/styles.xml").decode("utf-8")
                dv += b"<dataValidation " in sheets
                cn_date += "&quot;年&quot;" in styles or '"年"' in styles
                unit += "&quot;条&quot;" in styles or '"条"' in styles
    if not (sdt and plc and proof and dv and cn_date and unit):
        err("set", f"form features: sdt {sdt}, placeholder {plc}, split runs {proof}, drop-down {dv}, "
                   f"Chinese date format {cn_date}, unit format {unit}")


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
