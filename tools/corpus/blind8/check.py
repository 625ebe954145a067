#!/usr/bin/env python3
"""Self-check of the blind8 set, independent of maild and of generate.py's internals.

Run:  python -B tools/corpus/blind8/check.py [--no-regen] [DIR]
      (DIR defaults to tests/mail/blind8; the README is next to this file)

The generic reading machinery comes from blind7's checker (its MIME walk, the RFC 2047 /
2231 file-name reader, and its parsers of times, dates, counts, reasons and id shorthand);
this file adds what blind8's messages need on top: a character table for its traditional
names, the date and number forms blind7 does not write (ROC dates with slashes, ROC and
two-digit years, Hong Kong day/month order, 昨晚 / 今早 / this morning, weekdays, 次日,
为期半年, spoken 一百二, English day-month-year, English count words, bare suffixes with a
dash, English 'A to B (N leads)' ranges), kept seconds, GIF / calendar / text sniffing, and
the set's own counts and coverage.  For every NNN.eml / NNN.expected.json pair it checks:
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
    a city of blind6 or blind7, the charset / encoding / client coverage, the README;
  * unless --no-regen: generate.py, run into a temporary folder, reproduces every file.
Exit status 0 when everything holds.
"""
from __future__ import annotations

import email
import email.policy
import email.utils
import hashlib
import json
import re
import subprocess
import sys
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "blind7"))  # blind7's checker: the generic readers and parsers
sys.path.insert(1, str(HERE.parent))  # tools/corpus: the shared modules

import check as kit7c  # noqa: E402  (tools/corpus/blind7/check.py)
import checkkit  # noqa: E402
import layout  # noqa: E402
import rules  # noqa: E402
from checkkit import decode_raw_header, nfkc  # noqa: E402
from checkkit import header_value as hval  # noqa: E402

ARGS = [a for a in sys.argv[1:] if a != "--no-regen"]
DATA = Path(ARGS[0]) if ARGS else layout.data_dir("blind8")
TZ = kit7c.TZ
ERRORS: list[str] = []

KEYS_HEAD = ["kind", "message_id", "sender", "subject", "case_ref", "fields", "missing", "attachments", "notes",
             "mail_client", "family", "accept"]
KEYS_OPT = ["topic", "thread_case_ref", "malformed", "checks", "extra"]
KEYS_TAIL = ["source_key", "source_text"]
TOTAL = 49
WANT_KINDS = {"appeal": 15, "adjustment": 8, "summary": 11, "reply": 5, "auto": 2, "unknown": 8}
WANT_FAMILIES = {"traditional": 5, "english": 5, "dates": 5, "numbers": 5, "forms": 5, "non_request": 8, "thread": 5,
                 "short_names": 5, "clean": 4, "auto": 2}
TOPICS = {"question", "onboarding", "invoice", "meeting", "account", "complaint", "pitch", "other"}
USED_CITIES = ("新竹", "台南", "九龙", "新界", "珠海", "中山", "扬州", "徐州", "洛阳", "开封", "西宁", "拉萨", "海口", "三亚",
               "大连", "长春", "台中", "高雄", "荃湾", "澳门", "汕头", "湛江", "包头", "鞍山", "吉林", "齐齐哈尔", "肇庆",
               "梅州", "威海", "秦皇岛")

# traditional -> simplified for the characters of this set's names, labels and sources
T2S8 = dict(zip("數銷豐凍設備國資訊東萬勝選別機內裝駿務顧問錦記廠達銹鋼廚與戶業標準條點兩號筆則個時約證臺灣",
                "数销丰冻设备国资讯东万胜选别机内装骏务顾问锦记厂达锈钢厨与户业标准条点两号笔则个时约证台湾", strict=True))


def t2s8(s):
    return "".join(T2S8.get(c, c) for c in s)


def err(name, msg):
    ERRORS.append(f"{name}: {msg}")


# --------------------------------------------------------------------------
# what blind7's parsers do not read: rewritten into forms they do
# --------------------------------------------------------------------------

WEEKDAY = "一二三四五六日"
EN_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
             "november", "december"]
EN_COUNT = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
            "eleven": 11, "twelve": 12}
WORDS = (("昨晚", "昨天晚上"), ("今早", "今天早上"), ("今晨", "今天早上"), ("this morning", "今天上午"),
         ("this afternoon", "今天下午"), ("yesterday afternoon", "昨天下午"), ("yesterday evening", "昨天晚上"))


def pre(s, when):
    """NFKC, this set's traditional characters, and its date forms rewritten for blind7's parsers."""
    s = t2s8(nfkc(s or ""))
    s = re.sub(r"(?<![\d/])(1\d\d)/(\d{1,2})/(\d{1,2})(?![\d/])", lambda m: f"{int(m[1]) + 1911}-{m[2]}-{m[3]}", s)  # ROC
    s = re.sub(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})", lambda m: f"{m[3]}-{m[2]}-{m[1]}" if int(m[1]) > 12 else m[0], s)
    s = re.sub(r"(?<![\d/.-])(\d{1,2})/(\d{1,2})(?![\d/])", lambda m: f"{m[1]}月{m[2]}日", s)  # month/day
    s = re.sub(r"(?<!\d)(1\d\d)年", lambda m: f"{int(m[1]) + 1911}年", s)  # ROC year without 民國
    s = re.sub(r"(?<!\d)(\d{2})年(?=\d{1,2}月)", r"20\1年", s)  # two-digit year
    s = re.sub(r"(?<![年\d])([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})[日号]",
               lambda m: f"{kit7c.cn_int(m[1])}月{kit7c.cn_int(m[2])}日", s)
    s = re.sub(r"\b(\d{1,2})-([A-Za-z]{3})-(\d{4})\b", r"\1 \2 \3", s)
    for a, b in WORDS:
        s = s.replace(a, b)
    m = re.search(r"本?(?:周|星期|礼拜)([一二三四五六日天])", s)
    if m:
        k = WEEKDAY.index("日" if m[1] == "天" else m[1])
        day = when - timedelta(days=(when.weekday() - k) % 7)
        s = s.replace(m[0], f"{day.year}年{day.month}月{day.day}日")
    return s


def parse_time8(srcs, when):
    s, c = pre(srcs[0], when), pre(" ".join(srcs[1:]), when)
    if "次日" in s:
        cd = kit7c.find_day(c, when)
        nd = date(*cd[:3]) + timedelta(days=1)
        s = s.replace("次日", f"{nd.year}年{nd.month}月{nd.day}日")
    got = kit7c.parse_time(s, c, when)
    sec = re.search(r"\d{1,2}:\d{2}:(\d{2})", s)
    return got.replace(second=int(sec[1])) if sec else got


def parse_day8(srcs, when):
    def en(x):
        return re.sub(r"\b(\d{1,2}) ([A-Za-z]+) (\d{4})\b",
                      lambda m: f"{m[3]}-{EN_MONTHS.index(m[2].lower()) + 1:02d}-{int(m[1]):02d}"
                      if m[2].lower() in EN_MONTHS else m[0], x)
    s = en(pre(srcs[0], when)).replace("半年", "6个月")
    return kit7c.parse_day("", s, en(pre(" ".join(srcs[1:]), when)), when)


def cn_int8(s):
    """Chinese numerals, with the spoken shortening '一百二' = 120, '三千五' = 3500."""
    m = re.fullmatch(r"([一二两三四五六七八九])([百千])([一二三四五六七八九])", s)
    if m:
        unit = kit7c.UNIT[m[2]]
        return kit7c.CN[m[1]] * unit + kit7c.CN[m[3]] * unit // 10
    return kit7c.cn_int(s)


def count8(src):
    s = t2s8(nfkc(src))
    m = re.search(rf"({kit7c.NUM})\s*[条笔则件]", s)
    if m:
        return cn_int8(m[1])
    m = re.search(r"\b(" + "|".join(EN_COUNT) + r")\s+leads?\b", s.lower())
    if m:
        return EN_COUNT[m[1]]
    m = re.search(r"(\d+)\s*leads?\b", s)
    if m:
        return int(m[1])
    m = re.search(r"\d+", s)
    if m:
        return int(m[0])
    raise ValueError(src)


REASON_WORDS = ((1, ("同业", "探价", "competitor")), (2, ("无法添加", "couldn't add", "can't add")),
                (3, ("个人", "误填", "留错")), (4, ("行业不符",)), (5, ("产品不一致",)))


def reason8(src):
    s = t2s8(nfkc(src)).lower()
    code = kit7c.reason_of(s)
    if code is None:
        code = next((c for c, words in REASON_WORDS if any(w in s for w in words)), None)
    return code


def expand8(sources):
    out = []
    for src in sources:
        s = kit7c.dash(src)
        m = re.search(rf"({kit7c.ID_RE})\s+to\s+(\d+)\s*\(\s*(\d+)\s+leads?\s*\)", s)
        if m:
            a, b, n = m[1], m[2], int(m[3])
            b = a[:-len(b)] + b
            pa, na = re.match(r"(.*?)(\d+)$", a).groups()
            nb = re.match(r".*?(\d+)$", b)[1]
            if int(nb) - int(na) + 1 != n:
                raise ValueError(f"{src!r}: the range does not hold {n} ids")
            ids = [f"{pa}{k:0{len(na)}d}" for k in range(int(na), int(nb) + 1)]
        elif re.search(r"[、,，]\s*-\d", s):
            toks = [t.strip() for t in re.split(r"[、,，]", s)]
            if not re.fullmatch(kit7c.ID_RE, toks[0]) or not all(re.fullmatch(r"-\d+", t) for t in toks[1:]):
                raise ValueError(src)
            ids = [toks[0]] + [toks[0].rsplit("-", 1)[0] + t for t in toks[1:]]
        else:
            ids = kit7c.expand_ids([src])
        out += [i for i in ids if i not in out]
    return out


def sniff8(data, declared):
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if data.startswith(b"BEGIN:VCALENDAR"):
        return "text/calendar"
    got = checkkit.sniff(data, declared)
    if got == "application/octet-stream":
        for codec in ("utf-8", "gb18030"):
            try:
                t = data.decode(codec)
            except UnicodeDecodeError:
                continue
            if not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", t):
                return "text/plain"
    return got


# --------------------------------------------------------------------------
# one message
# --------------------------------------------------------------------------

def check_headers(name, raw, lab, msg):
    """Header-derived keys and the kind markers; returns (decoded subject, sender address, Date)."""
    hdrs = checkkit.raw_headers(raw, lower=True)
    if [k for k, _ in hdrs[:3]] != ["return-path", "delivered-to", "received"]:
        err(name, f"top headers {[k for k, _ in hdrs[:3]]}")
    mid = hval(hdrs, "message-id")
    if (mid.decode() if mid else None) != lab["message_id"]:
        err(name, f"message_id {mid!r}")
    addr = email.utils.parseaddr(decode_raw_header(hval(hdrs, "from")))[1]
    if addr.lower() != lab["sender"].lower():
        err(name, f"sender {addr!r}")
    subj = decode_raw_header(hval(hdrs, "subject"))
    if subj != lab["subject"]:
        err(name, f"subject {subj!r}")
    tag = re.search(r"DOR#(SS-\d{4}-\d{6})", nfkc(subj or ""))
    if (tag[1] if tag else None) != lab["case_ref"]:
        err(name, "case_ref")
    refs = b" ".join(v for k, v in hdrs if k in ("in-reply-to", "references")).decode()
    tids = re.findall(r"<[^<>]*?(SS-\d{4}-\d{6})[^<>]*@ptg139\.com>", refs)
    if (tids[-1] if tids else None) != lab.get("thread_case_ref"):
        err(name, f"thread_case_ref {tids}")
    auto_h = hval(hdrs, "auto-submitted")
    prec = (hval(hdrs, "precedence") or b"").decode().lower()
    automatic = ((auto_h is not None and not auto_h.decode().lower().startswith("no")) or prec in ("bulk", "junk", "list")
                 or msg.get_content_type() == "multipart/report"
                 or re.match(r"(mailer-daemon|postmaster|no-?reply)@", addr.lower()) is not None
                 or re.match(r"(自动回复|自动答复|自動回覆|自動答覆|Automatic reply)", subj or "") is not None)
    kind = lab["kind"]
    if automatic != (kind == "auto"):
        err(name, f"automatic markers {automatic}, kind {kind}")
    if not automatic and (bool(tag) or bool(tids)) != (kind == "reply"):
        err(name, f"thread markers {bool(tag) or bool(tids)}, kind {kind}")
    when = email.utils.parsedate_to_datetime(hval(hdrs, "date").decode()).astimezone(TZ)
    return subj, when


def check_attachments(name, found, latts):
    if len(found) != len(latts):
        err(name, f"found {len(found)} attachments, labelled {len(latts)}")
    for (fn, ct, data, inline), a in zip(found, latts, strict=False):
        if list(a) != rules.ATT_KEYS:
            err(name, "attachment keys")
        got = {"filename": fn, "content_type": ct.lower(), "size": len(data), "sha256": hashlib.sha256(data).hexdigest(),
               "role": rules.role_of(fn), "detected_type": sniff8(data, ct), "inline": inline}
        for k in rules.ATT_KEYS:
            if got[k] != a[k]:
                err(name, f"attachment {a['filename']}: {k} {got[k]!r} != {a[k]!r}")


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
        present = {t2s8(x) for x in [f[k]] + [a for a in aliases if a in text]}
        for a in aliases:
            if a not in text and a not in present:
                err(name, f"accept {k} {a!r} neither in text nor a simplified form")
        if fam == "traditional" and t2s8(f[k]) != f[k] and t2s8(f[k]) not in aliases:
            err(name, f"traditional {k} without its simplified form in accept")
        if any(c in t2s8(v) for v in [f[k]] + aliases for c in USED_CITIES):
            err(name, f"{k} in a city of blind6 / blind7")


def check_values(name, lab, text, when):
    f, src, kind = lab["fields"], lab["source_text"], lab["kind"]
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
    if any(nfkc(i) != i or not i.isascii() for i in ids):
        err(name, f"lead ids not normalised {ids}")
    if "lead_ids" in src:
        try:
            exp = expand8(src["lead_ids"])
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
            got = parse_time8(src[k], when)
        except (KeyError, ValueError, AttributeError, TypeError) as e:
            err(name, f"{k}: cannot re-derive from {src.get(k)!r}: {e!r}")
            continue
        if got != datetime.fromisoformat(f[k]):
            err(name, f"{k}: {src[k]!r} gives {got.isoformat()}, label {f[k]}")
    if f["reason_code"] is not None and ("reason_code" not in src or reason8(src["reason_code"][0]) != f["reason_code"]):
        err(name, f"reason_code {f['reason_code']} vs {src.get('reason_code')}")
    for k in ("quota", "pushed_count", "lead_count"):
        if f[k] is None:
            continue
        if k not in src:
            if not (k == "lead_count" and len(ids) == f[k]):
                err(name, f"no source_text for {k}")
            continue
        try:
            got = count8(src[k][0])
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
            got = parse_day8(src[k], when).isoformat()
        except (KeyError, ValueError, AttributeError, TypeError) as e:
            err(name, f"{k}: cannot re-derive: {e!r}")
            continue
        if got != f[k]:
            err(name, f"{k}: {src[k]!r} gives {got}, label {f[k]}")


def check_rules(name, lab, text, when):
    f, kind = lab["fields"], lab["kind"]
    roles = [a["role"] for a in lab["attachments"]]
    if sorted(lab["missing"]) != sorted(rules.missing_fields(kind, f, roles)):
        err(name, f"missing {lab['missing']}")
    if kind == "appeal" and lab.get("checks") != {"objection_within_8h": rules.within_8h(f["pushed_at"], f["objected_at"]),
                                                  "evidence_present": rules.evidence_present(roles)}:
        err(name, f"checks {lab.get('checks')}")
    if kind == "adjustment":
        ex = lab["extra"]
        if list(ex) != ["keywords_add", "keywords_remove", "excluded_products", "audience"]:
            err(name, "adjustment extra keys")
        for v in (v for vals in ex.values() for v in vals):
            if v not in text:
                err(name, f"extra {v!r} not in text")
    if kind == "summary":
        ex = lab["extra"]
        if list(ex) != ["trigger", "renewal_intent"] or ex["renewal_intent"] not in (True, False, None):
            err(name, "summary extra")
        if f["service_start"] and f["service_end"] and ex["trigger"] != kit7c.trigger(f, when):
            err(name, f"trigger {ex['trigger']} != {kit7c.trigger(f, when)}")
    if kind in ("auto", "unknown") and (any(v not in (None, []) for v in f.values()) or lab["source_text"] or lab["accept"]):
        err(name, f"{kind} with fields, sources or aliases")
    if kind == "reply" and lab["accept"]:
        err(name, "reply with aliases")


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
    subj, when = check_headers(name, raw, lab, msg)
    texts, found = [subj or ""], []
    kit7c.walk(msg, texts, found)
    text = "\n".join(texts)
    check_attachments(name, found, lab["attachments"])
    check_names(name, lab, text)
    check_values(name, lab, text, when)
    check_rules(name, lab, text, when)
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
    if blob.count(b"filename*0*=") < 1 or blob.count(b"filename*") < 3 or blob.count(b'filename="=?') < 8:
        err("set", "too few RFC 2231 / RFC 2047 file names")
    if not any(re.search(rb'filename="[^"\r\n]*[\x80-\xff]', r) for r in raws):
        err("set", "no raw 8-bit file name")
    for c in (b"x-mailer: microsoft outlook", b"x-mailer: foxmail", b"x-qq-mailer", b"coremail", b"x-mailer: iphone mail",
              b"mail.gmail.com", b"x-mailer: apple mail", b"thunderbird", b"wecom", b"alimail", b"ymailnorrin",
              b"windows live mail", b"mailmaster", b"calendar-notification@google.com", b"x-ms-exchange-message-is-ndr",
              b"sohu"):
        if c not in blob:
            err("set", f"no message from {c.decode()}")


def check_readme(emls, kinds, fams):
    readme = (HERE / "README.md").read_text(encoding="utf-8") if (HERE / "README.md").exists() else ""
    for p in emls:
        if f"| {p.stem} |" not in readme:
            err("README", f"{p.stem} not listed")
    if "nobody tuned the parser on it" not in readme:
        err("README", "does not say that nobody tuned the parser on it")
    for k, n in list(kinds.items()) + list(fams.items()):
        if f"| {k} | {n} |" not in readme:
            err("README", f"count of {k} is not {n}")
    for fam in WANT_FAMILIES:
        if f"| `{fam}` |" not in readme:
            err("README", f"family {fam} not described")


def regenerate(emls, jsons):
    with tempfile.TemporaryDirectory() as td:
        r = subprocess.run([sys.executable, "-B", str(HERE / "generate.py"), "--out", td], capture_output=True, text=True)
        if r.returncode:
            err("regen", r.stderr[-2000:])
            return
        made = sorted(Path(td).iterdir())
        for q in made:
            ref = (HERE if q.name == "README.md" else DATA) / q.name
            if not ref.exists() or ref.read_bytes() != q.read_bytes():
                err("regen", f"{q.name} differs on regeneration")
        if len(made) != len(emls) + len(jsons) + 1:
            err("regen", "file count differs")


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
    check_readme(emls, kinds, fams)
    if "--no-regen" not in sys.argv:
        regenerate(emls, jsons)
    for e in ERRORS:
        print("FAIL", e)
    print("checked {} messages, kinds {}, families {}: {}".format(
        len(emls), dict(sorted(kinds.items())), dict(sorted(fams.items())), "OK" if not ERRORS else f"{len(ERRORS)} problems"))
    return 1 if ERRORS else 0


if __name__ == "__main__":
    sys.exit(main())
