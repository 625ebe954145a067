"""The same request reads the same however it is delivered: every labelled request mail, rewritten
as another client or habit would send it (HTML only, GB18030, a confidentiality footer, forwarded by
a colleague, format=flowed soft wraps, traditional script), parses to the kind, fields and missing
list of the original. A reading that depends on the wire format is a reading that will fail on
partner mail nobody has seen."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

import parsers
from parsers.text import normalize

from kit.files import MAIL, TUNED_SETS
from kit.rewrite import REWRITES

REQUESTS = ("appeal", "adjustment", "summary")
FILES = [p for name in TUNED_SETS for p in sorted(MAIL.glob(f"{name}/*.eml"))  # never the held-out set
         if json.loads(p.with_suffix(".expected.json").read_text(encoding="utf-8"))["kind"] in REQUESTS]


@cache
def _original(path: Path, loose_names: bool) -> dict:
    return _reading(path.read_bytes(), loose_names)


def _reading(raw: bytes, loose_names: bool) -> dict:
    got = parsers.parse(raw).to_json()
    fields = dict(got["fields"])
    if loose_names:  # a name in traditional script is the same name
        fields = {k: normalize(v) if k in ("partner", "client") and v else v for k, v in fields.items()}
    return {"kind": got["kind"], "fields": fields, "missing": sorted(got["missing"])}


@pytest.mark.parametrize("name", sorted(REWRITES))
def test_a_request_reads_the_same_however_it_is_delivered(name):
    rewrite, loose = REWRITES[name], name == "traditional"
    changed, differ = 0, []
    for path in FILES:
        raw = path.read_bytes()
        if (new := rewrite(raw)) is None:
            continue
        changed += 1
        before, after = _original(path, loose), _reading(new, loose)
        if before != after:
            diff = {k: (after["fields"][k], v) for k, v in before["fields"].items() if after["fields"][k] != v}
            differ.append(f"{path.parent.name}/{path.stem}: {after['kind']} vs {before['kind']}, {diff}, "
                          f"missing {after['missing']} vs {before['missing']}")
    assert changed >= 100, f"{name} applied to only {changed} mails"
    assert differ == []
