#!/usr/bin/env python3
"""Self-check of the blind13 set, independent of maild and of generate.py's internals.

Run:  python -B tools/corpus/blind13/check.py [--no-regen] [DIR]
      (DIR defaults to tests/mail/blind13; the README is next to this file)

The generic reading machinery comes from the checkers of blind7 … blind12 (the MIME walk, the
header / kind markers, the attachment comparison, the rule checks, the per-message checks, the
README and regeneration checks, and the parsers of times, dates, counts, reasons and id shorthand),
which this file runs with its own parsers plugged in.  It adds only what blind13's messages need on
top: a character table for its traditional names; its own reader of Word documents (the accepted
view of tracked changes - w:ins kept, w:del dropped - and Wingdings check boxes drawn with w:sym),
which python-docx does not give; the forms none of the six reads, rewritten into forms they do
(compact seven-digit ROC dates, European day-first dotted dates, a clock with a dot after the day,
Cantonese 'N點M' in five-minute marks, 前日 / 隔天 / 当晚 / N天前 / 这礼拜X / 元旦, 'the day before
yesterday', 'that same evening', Xinjiang time, an English offset 'N hrs M mins later', calendar
quarters, a period that starts the day after signing, slash dates fixed by a '(DD/MM/YYYY)' note);
its counts (what is still owed, a monthly allotment times months, 'five (5) leads'); its reasons
('第四种情况', '加不到'); its id shorthand (a range with an exclusion, 'thru'); and the set's own counts
and coverage.  For every NNN.eml / NNN.expected.json pair it checks:
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

import calendar
import importlib.util
import io
import json
import re
import sys
import zipfile
from datetime import date, timedelta
from pathlib import Path
from xml.etree import ElementTree

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "blind7"))  # blind7's checker: the generic readers and parsers
sys.path.insert(1, str(HERE.parent))  # tools/corpus: the shared modules

import check as kit7c  # noqa: E402  (tools/corpus/blind7/check.py)
import checkkit  # noqa: E402
import layout  # noqa: E402
from checkkit import nfkc  # noqa: E402
from mimekit import CT_DOCX  # noqa: E402


def _load(name, folder):
    """tools/corpus/<folder>/check.py under its own module name (each imports blind7's as `check`)."""
    spec = importlib.util.spec_from_file_location(name, HERE.parent / folder / "check.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


kit12c = _load("blind12_check", "blind12")
kit10c, kit8c = kit12c.kit10c, kit12c.kit8c

ARGS = [a for a in sys.argv[1:] if a != "--no-regen"]
DATA = Path(ARGS[0]) if ARGS else layout.data_dir("blind13")
ERRORS: list[str] = []
# the earlier checks report into this set's list and read this set's folders
kit8c.ERRORS, kit8c.HERE, kit8c.DATA = ERRORS, HERE, DATA
kit10c.ERRORS = ERRORS

TOTAL = 49
WANT_KINDS = {"appeal": 16, "adjustment": 9, "summary": 9, "reply": 5, "auto": 2, "unknown": 8}
WANT_FAMILIES = {"traditional": 5, "english": 5, "dates": 5, "numbers": 5, "forms": 5, "non_request": 8, "thread": 5,
                 "short_names": 5, "clean": 4, "auto": 2}
TOPICS = kit8c.TOPICS
# blind12's list (blind2 .. blind11 and holdout) and blind12's own cities
USED_CITIES = kit12c.USED_CITIES + ("南投", "云林", "西贡", "坚尼地城", "河源", "阳江", "余姚", "慈溪", "宣城", "池州", "宜春", "新余",
                                    "益阳", "张家界", "眉山", "雅安", "普洱", "六盘水", "延边", "通化", "阜新", "铁岭", "乌兰察布")

# traditional -> simplified for the characters of this set's names, aliases and sources
T2S13 = dict(zip("東鐵數銷機碼顧問環維設備紅廣裝務嶺聯島網馬漁屬錯電話價晝兩點這禮個約證陸",
                 "东铁数销机码顾问环维设备红广装务岭联岛网马渔属错电话价昼两点这礼个约证陆", strict=True))
_t2s12 = kit12c.t2s12


def t2s13(s):
    return _t2s12("".join(T2S13.get(c, c) for c in s))


def err(name, msg):
    ERRORS.append(f"{name}: {msg}")


# --------------------------------------------------------------------------
# Word documents as Word shows them: tracked changes accepted, Wingdings boxes as characters
# --------------------------------------------------------------------------

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
WINGDINGS = {"F0A8": "☐", "F06F": "☐", "F0FE": "☑", "F0FD": "☒", "F078": "☒"}


def _inline(el, out):
    if el.tag in (W + "del", W + "moveFrom"):
        return
    if el.tag == W + "t":
        out.append(el.text or "")
    elif el.tag == W + "tab":
        out.append("\t")
    elif el.tag in (W + "br", W + "cr"):
        out.append("\n")
    elif el.tag == W + "sym":
        out.append(WINGDINGS.get((el.get(W + "char") or "").upper(), "\ufffd"))
    for child in el:
        _inline(child, out)


def docx_accepted(data, sep=" "):
    """The body of a .docx in document order: a line per paragraph, a line per table row (cells
    joined by ``sep``), revisions accepted, Wingdings symbols as the boxes they draw."""
    root = ElementTree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))
    lines = []

    def para(p):
        out = []
        _inline(p, out)
        return "".join(out)

    def block(el):
        if el.tag == W + "p":
            lines.append(para(el))
        elif el.tag == W + "tbl":
            for tr in el.findall(W + "tr"):
                lines.append(sep.join("\n".join(para(p) for p in tc.findall(W + "p")) for tc in tr.findall(W + "tc")))
        elif el.tag == W + "sdt":
            for child in el.iter(W + "sdtContent"):
                for c in child:
                    block(c)
    for el in root.find(W + "body"):
        block(el)
    return "\n".join(lines)


_office_text = checkkit.office_text


def office_text13(data, sep="\t", *, empty=""):
    if checkkit.sniff(data) == CT_DOCX:
        return docx_accepted(data, sep)
    return _office_text(data, sep, empty=empty)


checkkit.office_text = office_text13  # blind7's MIME walk reads every attachment through this


# --------------------------------------------------------------------------
# what blind7's .. blind12's parsers do not read: rewritten into forms they do
# --------------------------------------------------------------------------

NUM = kit7c.NUM
cn_int = kit7c.cn_int


def ymd(d):
    return f"{d.year}年{d.month}月{d.day}日"


def norm13(s, when, dayfirst):
    """NFKC, this set's traditional characters, and its day and clock forms in blind12's forms."""
    s = t2s13(nfkc(s or ""))
    # a compact ROC date exported by a Taiwanese system: 1151201 = 115-12-01
    s = re.sub(r"(?<!\d)(1[01]\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)",
               lambda m: f"{int(m[1]) + 1911}-{m[2]}-{m[3]}", s)
    # European day-first dotted dates with a four-digit year
    s = re.sub(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.])", lambda m: f"{m[3]}-{int(m[2]):02d}-{int(m[1]):02d}", s)
    # a clock written with a dot right after a day: 12月3日 09.05
    s = re.sub(r"([日号])\s*(\d{1,2})\.(\d{2})(?![\d.])", lambda m: f"{m[1]} {int(m[2])}:{m[3]}", s)
    if dayfirst:  # Hong Kong Cantonese: N點M is N o'clock and M five-minute marks
        s = re.sub(r"点(十一|[一二三四五六七八九十])(?![分个字点半刻\d一二三四五六七八九十])",
                   lambda m: f"点{cn_int(m[1]) * 5}分", s)
    s = s.replace("前日", "前天").replace("隔天", "次日").replace("当晚", "当天晚上")
    s = re.sub(r"这(?=(?:周|星期|礼拜)[一二三四五六日天])", "本", s)
    s = re.sub(rf"({NUM})天前", lambda m: ymd(when - timedelta(days=cn_int(m[1]))), s)
    s = s.replace("元旦", f"{when.year}年1月1日")  # the most recent 1 January not after the Date header
    s = re.sub(r"\bthe day before yesterday\b", "前天", s, flags=re.I)
    return re.sub(r"\bthat same (morning|afternoon|evening)\b",
                  lambda m: "same day " + {"morning": "上午", "afternoon": "下午", "evening": "晚上"}[m[1]], s)


def parse_time13(srcs, when, dayfirst):
    first = norm13(srcs[0], when, dayfirst)
    if "新疆时间" in first:  # Xinjiang time is UTC+6, two hours behind Beijing time
        return parse_time13([first.replace("新疆时间", "")] + list(srcs[1:]), when, dayfirst) + timedelta(hours=2)
    m = re.search(r"(\d+)\s*hrs?\s+(\d+)\s*mins?\s+later", first)
    if m:  # an English offset from the time written before it
        return parse_time13(srcs[1:], when, dayfirst) + timedelta(hours=int(m[1]), minutes=int(m[2]))
    return kit12c.parse_time12([first] + [norm13(x, when, dayfirst) for x in srcs[1:]], when, dayfirst)


def parse_day13(field, srcs, when, dayfirst):
    s = norm13(srcs[0], when, dayfirst)
    m = re.fullmatch(r"\s*Q([1-4])\s*(\d{4})\s*", s)
    if m:  # a calendar quarter: its first day starts a period, its last day ends one
        q, y = int(m[1]), int(m[2])
        return date(y, 3 * q - 2, 1) if field == "service_start" else date(y, 3 * q, calendar.monthrange(y, 3 * q)[1])
    if "次日起" in s:  # the day after the date written beside it
        base = parse_day13("service_start", srcs[1:], when, dayfirst)
        return base + timedelta(days=1)
    m = re.search(rf"为期({NUM})年", s)
    if m and field == "service_end":  # a length counted from the start written after it
        start = parse_day13("service_start", srcs[1:], when, dayfirst)
        return kit7c.add_months(start, 12 * cn_int(m[1])) - timedelta(days=1)
    if any("DD/MM" in x.upper() for x in srcs[1:]):  # the writer declares day-first slash dates
        s = re.sub(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])", lambda m: f"{m[3]}-{int(m[2]):02d}-{int(m[1]):02d}", s)
    return kit12c.parse_day12(field, [s] + [norm13(x, when, dayfirst) for x in srcs[1:]], when, dayfirst)


def count13(src):
    s = t2s13(nfkc(src))
    m = re.search(rf"({NUM})\s*条[^。\n]*?还差\s*({NUM})\s*条", s)
    if m:  # the quota and what is still owed: the pushed count is the difference
        return cn_int(m[1]) - cn_int(m[2])
    m = re.search(rf"每月\s*({NUM})\s*条[^。\n]*?({NUM})\s*个月", s)
    if m:  # a monthly allotment times the months
        return cn_int(m[1]) * cn_int(m[2])
    m = re.search(r"\b[a-z]+\s*\((\d+)\)\s*leads?\b", s.lower())
    if m:  # 'five (5) leads'
        return int(m[1])
    return kit12c.count12(src)


REASON_WORDS13 = ((2, ("加不到",)),)


def reason13(src):
    s = t2s13(nfkc(src)).lower()
    m = re.search(rf"第\s*({NUM})\s*种", s)
    if m:
        return cn_int(m[1])
    code = next((c for c, words in REASON_WORDS13 if any(w in s for w in words)), None)
    return code if code is not None else kit12c.reason12(src)


def expand13(sources):
    out = []
    for src in sources:
        s = kit7c.dash(src)
        m = re.search(rf"({kit7c.ID_RE})\s*(?:到|至)\s*(\d+)\s*\(\s*([\d、,，\s]+?)\s*已[^)]*不算[^)]*\)", s)
        t = re.search(rf"({kit7c.ID_RE})\s+thru\s+(\d+)\b", s)
        if m or t:
            g = m or t
            pa, na = re.match(r"(.*?)(\d+)$", g[1]).groups()
            nb = int(na[:-len(g[2])] + g[2])
            skip = {int(x) for x in re.split(r"[、,，\s]+", m[3]) if x} if m else set()
            ids = [f"{pa}{k:0{len(na)}d}" for k in range(int(na), nb + 1) if k not in skip]
        else:
            ids = kit12c.expand12([src])
        out += [i for i in ids if i not in out]
    return out


# the earlier per-message checks, run with this set's parsers, table and cities
kit10c.parse_time10, kit10c.parse_day10, kit10c.count10 = parse_time13, parse_day13, count13
kit10c.reason10, kit10c.expand10, kit10c.t2s10, kit10c.USED_CITIES = reason13, expand13, t2s13, USED_CITIES
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
    if sum(1 for r in raws if re.search(rb"(?im)^content-type: text/html", r.split(b"\r\n\r\n", 1)[0])) < 2:
        err("set", "fewer than two HTML-only messages")
    if sum(1 for r in raws if re.search(rb"(?im)^date: [^\r\n]*\+0000", r.split(b"\r\n\r\n", 1)[0])) < 3:
        err("set", "fewer than three Date headers in UTC")
    if (blob.count(b"name*=utf-8''") < 1 or blob.count(b"filename*") < 3 or blob.count(b'filename="=?') < 10
            or b"; size=" not in blob or b"creation-date=" not in blob):
        err("set", "too few RFC 2231 / RFC 2047 / sized file names")
    for c in (b"x-mailer: microsoft outlook", b"apcprd06.prod.outlook.com", b"com.samsung.android.email", b".camel@",
              b"user-agent: evolution", b"netease flash mail", b"189mail", b"the bat!", b"user-agent: mutt/1.5",
              b"microsoft-macoutlook", b"ymailnorrin", b"x-mailer: foxmail", b"x-qq-mailer", b"coremail", b"yeahcom",
              b"x-mailer: iphone mail", b"mail.gmail.com", b"thunderbird", b"wecom", b"alimail", b"sinamail", b"richmail",
              b"mailmaster", b"263 enterprise", b"x-mailer: apple mail", b"microsoft windows mail", b"email.android.com",
              b"x-readdle-message-id", b"roundcube", b"lark mail", b"em_client", b"x-mailer: claws mail", b"phpmailer",
              b"report-type=disposition-notification", b"noreply@notice.yunxi-crm.cn", b"application/wps-office.xlsx"):
        if c not in blob:
            err("set", f"no message from / with {c.decode()}")


def form_features(paths):
    """The Word forms hold tracked changes and Wingdings boxes (the reasons this set has its own reader)."""
    ins = sym = 0
    import email
    for p in paths:
        for part in email.message_from_bytes(p.read_bytes()).walk():
            data = part.get_payload(decode=True) if not part.is_multipart() else None
            if data and checkkit.sniff(data) == CT_DOCX:
                xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")
                ins += b"<w:ins " in xml and b"<w:del " in xml
                sym += b'w:font="Wingdings"' in xml
    if not ins or not sym:
        err("set", f"Word forms: {ins} with tracked changes, {sym} with Wingdings boxes")


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
