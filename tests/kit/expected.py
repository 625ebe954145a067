"""Compare a parsed record with a label (.expected.json) the way the samples README says."""

from __future__ import annotations

import unicodedata
from datetime import datetime
from typing import Any

REQUESTS = ("appeal", "adjustment", "summary")
ATTACHMENT_KEYS = ("filename", "content_type", "size", "sha256", "role")


def _n(value: Any) -> Any:
    if isinstance(value, str):
        return unicodedata.normalize("NFKC", value)
    if isinstance(value, list):
        return [_n(v) for v in value]
    return value


def field_matches(name: str, got: Any, want: Any, accept: dict[str, list[str]]) -> bool:
    if name in ("partner", "client") and got is not None:
        return _n(got) == _n(want) or _n(got) in [_n(a) for a in accept.get(name, [])]
    if name in ("pushed_at", "objected_at") and got and want:
        return datetime.fromisoformat(got) == datetime.fromisoformat(want)
    return _n(got) == _n(want)


def differences(got: dict, want: dict) -> list[str]:
    """Every way `got` departs from the label; [] when it agrees."""
    out = []
    for key in ("kind", "message_id", "subject", "case_ref"):
        if got[key] != want[key]:
            out.append(f"{key}: {got[key]!r} != {want[key]!r}")
    if (got["sender"] or "").lower() != (want["sender"] or "").lower():
        out.append(f"sender: {got['sender']!r} != {want['sender']!r}")
    if want["kind"] in REQUESTS:
        for name, value in want["fields"].items():
            if not field_matches(name, got["fields"][name], value, want.get("accept", {})):
                out.append(f"fields.{name}: {got['fields'][name]!r} != {value!r}")
        if set(got["missing"]) != set(want["missing"]):
            out.append(f"missing: {sorted(got['missing'])} != {sorted(want['missing'])}")
    elif want["kind"] == "reply":  # only what the reply newly supplies
        for name, value in want["fields"].items():
            if not field_matches(name, got["fields"][name], value, {}):
                out.append(f"reply fields.{name}: {got['fields'][name]!r} != {value!r}")
    else:
        invented = {k: v for k, v in got["fields"].items() if v not in (None, [])}
        if invented:
            out.append(f"fields invented for {want['kind']} mail: {invented}")
    if "topic" in want and got.get("topic") != want["topic"]:
        out.append(f"topic: {got.get('topic')!r} != {want['topic']!r}")
    if want["kind"] not in REQUESTS and got["missing"]:
        out.append(f"missing must be empty for {want['kind']}: {got['missing']}")
    if [{k: a[k] for k in ATTACHMENT_KEYS} for a in got["attachments"]] != \
            [{k: a[k] for k in ATTACHMENT_KEYS} for a in want["attachments"]]:
        out.append("attachments differ")
    return out


def field_counts(got: dict, want: dict) -> tuple[int, int, int]:
    """(true positives, predicted non-null, labelled non-null) over the fields of a request."""
    tp = predicted = labelled = 0
    for name, value in want["fields"].items():
        g = got["fields"][name]
        g_set = g not in (None, [])
        w_set = value not in (None, [])
        predicted += g_set
        labelled += w_set
        tp += g_set and w_set and field_matches(name, g, value, want.get("accept", {}))
    return tp, predicted, labelled
