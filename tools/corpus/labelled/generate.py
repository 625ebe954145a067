#!/usr/bin/env python3
"""Generate the labelled partner-mail test set (NNN.eml + NNN.expected.json + README.md).

Deterministic: every message draws from ``random.Random("maild-labelled:<key>:…")``,
Office files are re-zipped with fixed timestamps, and no clock or environment
value is read, so running it twice gives identical bytes.

    python tools/corpus/labelled/generate.py            # writes tests/mail/labelled (+ README.md here)
    python tools/corpus/labelled/generate.py --out DIR  # writes everything into DIR (for comparison)

The mail bytes are assembled by hand in ``_clients.py`` (one function per mail
client); the labels follow /work/shared/samples/README.md ("Labelling
conventions") and DOMAIN.md §7.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import os
import random
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep the tool folders free of __pycache__
sys.path.insert(1, os.path.dirname(HERE))  # tools/corpus: the shared modules

import _appeals  # noqa: E402
import _others  # noqa: E402
import layout  # noqa: E402
import rules  # noqa: E402
from _clients import CLIENTS  # noqa: E402
from _world import FIELD_KEYS, PARTNERS, SHORT, fields  # noqa: E402
from check_labels import Walk  # noqa: E402

ALL_CASES = _appeals.CASES + _others.CASES
CASE_TAG = re.compile(r"DOR#([A-Z]{2}-\d{4}-\d{6})")
KIND_ORDER = ["appeal", "adjustment", "summary", "reply", "auto", "unknown"]


def thread_ref(mail) -> str | None:
    ids = ([mail.in_reply_to] if mail.in_reply_to else []) + list(mail.references)
    for mid in ids:
        if mid.rstrip(">").endswith("@ptg139.com"):
            m = re.search(r"([A-Z]{2}-\d{4}-\d{6})", mid)
            if m:
                return m.group(1)
    return None


def build(case):
    if case.client == "raw":
        raw, msgid, atts, client_name, subject, sender = case.raw
        refs = None
    else:
        fn, client_name = CLIENTS[case.client]
        rng = random.Random(f"maild-labelled:{case.key}:mime")
        raw, msgid, atts = fn(rng, case.mail)
        subject, sender = case.mail.subject, case.mail.from_addr
        refs = thread_ref(case.mail)
    kind = case.kind
    f = case.fields if case.fields is not None else fields()
    assert list(f) == FIELD_KEYS, case.key
    if kind in ("auto", "unknown"):
        assert f == fields(), f"{case.key}: {kind} mail must not carry fields"
    label = {
        "kind": kind,
        "message_id": msgid,
        "sender": sender,
        "subject": subject,
        "case_ref": (m.group(1) if (m := CASE_TAG.search(unicodedata.normalize("NFKC", subject or ""))) else None),
        "fields": f,
        "missing": rules.missing_fields(kind, f, [a.role for a in atts]),
        "attachments": [{"filename": a.filename, "content_type": a.ctype.lower(), "size": len(a.data),
                         "sha256": hashlib.sha256(a.data).hexdigest(), "role": a.role, "detected_type": a.detected,
                         "inline": a.inline} for a in atts],
        "notes": case.notes,
        "mail_client": case.mail_client or client_name,
        "accept": case.accept,
    }
    tref = case.thread_case_ref or refs
    if tref:
        label["thread_case_ref"] = tref
    if case.thread_via:
        label["thread_via"] = case.thread_via
    if kind == "appeal":
        label["checks"] = {"objection_within_8h": rules.within_8h(f["pushed_at"], f["objected_at"]),
                           "evidence_present": rules.evidence_present(a.role for a in atts)}
    if case.extra is not None:
        label["extra"] = case.extra
    if case.malformed:
        label["malformed"] = True
    label["source_key"] = case.key
    if kind in ("appeal", "adjustment", "summary"):
        assert_accept_complete(case.key, raw, label)
    return raw, label


def assert_accept_complete(key, raw, label):
    """Every short company name present in the message is in `accept`, and a missing partner is truly absent."""
    walk = Walk()
    walk.entity(raw)
    text = unicodedata.normalize("NFKC", "\n".join(walk.texts + [label["subject"] or ""]))
    for role in ("partner", "client"):
        full = label["fields"][role]
        if full is None:
            names = PARTNERS if role == "partner" else [n for n in SHORT if n not in PARTNERS]
            present = [n for n in names for s in [n] + SHORT[n] if s in text]
            assert not present, f"{key}: {role} is null but {present} is named"
            continue
        rest = text.replace(full, "")
        present = sorted(s for s in SHORT.get(full, []) if s in rest)
        assert present == sorted(label["accept"].get(role, [])), f"{key}: accept[{role}] should be {present}"


README_HEAD = """# Labelled partner mail for `maild parse`

{total} raw messages of the kinds regional partners (and the machines around
them) send to the HQ mailbox `dor@ptg139.com`, each with the JSON that
`maild parse MESSAGE.eml --json` should print (DOMAIN.md §7) plus extra keys
that explain the label. This is the measuring set for the parser; the sixteen
examples in `/work/shared/samples/` are its style guide and the labelling
conventions there ("Labelling conventions") apply here unchanged.

Everything is fictitious: partner agencies, clients, people, phone numbers,
tax ids, lead ids and case ids.

The `NNN.eml` / `NNN.expected.json` files live in `tests/mail/labelled/`; the
scripts that write and check them, and this README, in `tools/corpus/labelled/`.

**Do not edit the `.eml` / `.expected.json` files by hand.** They are written
by `generate.py` (deterministic; running it twice gives identical bytes) and
checked by `check_labels.py`:

    .venv/bin/python tools/corpus/labelled/generate.py
    .venv/bin/python tools/corpus/labelled/check_labels.py

## Files

- `NNN.eml` - the message as delivered: CRLF line endings, the receiving
  server's `Return-Path` / `Delivered-To` / `Received` lines on top, then the
  headers and MIME structure exactly as the sending client writes them (built
  by hand in `_clients.py`, one function per client; no generic serializer).
- `NNN.expected.json` - `kind`, `message_id`, `sender`, `subject`, `case_ref`,
  `fields`, `missing`, `attachments` (+ `detected_type`, `inline`) and the extra
  keys `notes`, `mail_client`, `accept`, `source_key`, and where relevant
  `thread_case_ref`, `thread_via`, `checks` (appeals), `extra` (adjustments and
  summaries), `malformed`.
- `generate.py` (driver and labels), `_clients.py` (wire formats per client),
  `_payloads.py` (PNG/JPEG/AMR/WAV/MP3/M4A/DOCX/XLSX/PDF/ZIP bytes), `_world.py`
  (people, companies, HQ mail and quote styles), `_appeals.py`, `_others.py`
  (the messages), `check_labels.py` (invariants; not a parser).

## Decisions beyond the samples' conventions

- A reply with no subject tag and no threading headers whose quoted HQ mail
  carries the footer marker `案件标记：[DOR#SS-…]` is labelled `reply`; the id
  is given as `thread_case_ref` with `thread_via: "body footer"` (`case_ref`
  stays null because it comes from the subject only).
- A reply's fields come from its own new text: when a partner answers HQ's
  request for missing data (times, ids, contract data) in the reply, those
  values are labelled; `lead_count` is left null on replies (adjustments only).
  `missing` is always [] for replies.
- A message with a `List-Id` header (mailing-list traffic) is labelled `auto`
  even without `Precedence`.
- A forward attached as `message/rfc822` is itself an attachment (it has a file
  name and Content-Disposition attachment; role `other`; size/sha256 of the
  enclosed message bytes as they appear between the part header and the next
  boundary), followed by the attachments of the enclosed message in document
  order; fields and evidence inside it count.
- An adjustment that names only the first and last id of a range
  ("SJ… 至 SJ…") lists those two ids; `lead_count` is the stated count.
- Summary `extra.trigger` is computed from the stated numbers and dates
  (pushed/quota ≥ 60 %, elapsed service time at the Date header ≥ 70 %).

## Counts

{counts}

## Messages

| file | kind | mail client | what it exercises |
|---|---|---|---|
"""


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", help="write everything, README.md included, into this directory "
                                   "(default: the set into tests/mail/labelled, README.md next to this script)")
    args = ap.parse_args(argv)
    args.out, readme_path = layout.outputs("labelled", args.out)
    os.makedirs(args.out, exist_ok=True)
    for name in os.listdir(args.out):
        if re.fullmatch(r"\d{3}\.(eml|expected\.json)", name):
            os.remove(os.path.join(args.out, name))
    cases = [fn(random.Random(f"maild-labelled:{fn.__name__}:content")) for fn in ALL_CASES]
    keys = [c.key for c in cases]
    assert len(keys) == len(set(keys)), "duplicate case keys"
    rows, by_kind, by_client, by_cs = [], collections.Counter(), collections.Counter(), collections.Counter()
    for n, case in enumerate(cases, 1):
        raw, label = build(case)
        stem = f"{n:03d}"
        with open(os.path.join(args.out, stem + ".eml"), "wb") as fh:
            fh.write(raw)
        with open(os.path.join(args.out, stem + ".expected.json"), "w", encoding="utf-8", newline="\n") as fh:
            json.dump(label, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        by_kind[case.kind] += 1
        by_client[label["mail_client"]] += 1
        by_cs[case.charset or "us-ascii"] += 1
        rows.append(f"| {stem} | {case.kind} | {label['mail_client']} | {case.exercises or case.notes} |")
    counts = ["| kind | messages |", "|---|---|"]
    counts += [f"| {k} | {by_kind[k]} |" for k in KIND_ORDER]
    counts += ["", "| mail client | messages |", "|---|---|"]
    counts += [f"| {k} | {v} |" for k, v in sorted(by_client.items(), key=lambda kv: (-kv[1], kv[0]))]
    counts += ["", "| charset / transfer encoding of the text | messages |", "|---|---|"]
    counts += [f"| {k} | {v} |" for k, v in sorted(by_cs.items(), key=lambda kv: (-kv[1], kv[0]))]
    with open(readme_path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(README_HEAD.format(total=len(cases), counts="\n".join(counts)))
        fh.write("\n".join(rows) + "\n")
    print(f"wrote {len(cases)} messages to {args.out}: " + ", ".join(f"{k} {by_kind[k]}" for k in KIND_ORDER))
    return 0


if __name__ == "__main__":
    sys.exit(main())
