"""The labelling rules every set follows (shared/samples/README.md, DOMAIN.md §7).

One implementation for the generators (which write the labels) and the checkers
(which re-derive what a label must say from its own fields and attachments).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import datetime, timedelta

KINDS = ("appeal", "adjustment", "summary", "reply", "auto", "unknown")
FIELD_KEYS = ["partner", "client", "lead_ids", "pushed_at", "objected_at", "reason_code", "lead_count", "quota",
              "pushed_count", "service_start", "service_end"]
ATT_KEYS = ["filename", "content_type", "size", "sha256", "role", "detected_type", "inline"]

# what a request of each kind must carry; an empty one is listed in `missing`
REQUIRED = {
    "appeal": ("partner", "client", "lead_ids", "pushed_at", "objected_at", "reason_code"),
    "adjustment": ("partner", "client"),
    "summary": ("partner", "client", "quota", "pushed_count", "service_start", "service_end"),
}
EVIDENCE_ROLES = ("recording", "screenshot")

AUDIO_EXT = (".mp3", ".amr", ".m4a", ".wav", ".aac")
IMAGE_EXT = (".png", ".jpg", ".jpeg", ".gif", ".bmp")
FORM_EXT = (".doc", ".docx", ".xls", ".xlsx", ".pdf")


def role_of(filename: str | None) -> str:
    """The role follows the file type only: audio, image, form, anything else."""
    f = (filename or "").lower()
    if f.endswith(AUDIO_EXT):
        return "recording"
    if f.endswith(IMAGE_EXT):
        return "screenshot"
    if f.endswith(FORM_EXT):
        return "form"
    return "other"


def evidence_present(roles: Iterable[str]) -> bool:
    return any(r in EVIDENCE_ROLES for r in roles)


def missing_fields(kind: str, fields: dict, roles: Iterable[str]) -> list[str]:
    """DOMAIN.md §7: the empty required fields in order, plus `evidence` for a code-1 appeal
    without a recording or screenshot, plus `lead_ids` for an adjustment with neither ids
    nor a count.  Replies, auto and unknown mail miss nothing."""
    if kind not in REQUIRED:
        return []
    miss = [k for k in REQUIRED[kind] if fields[k] in (None, "", [])]
    if kind == "appeal" and fields["reason_code"] == 1 and not evidence_present(roles):
        miss.append("evidence")
    if kind == "adjustment" and not fields["lead_count"] and not fields["lead_ids"]:
        miss.append("lead_ids")
    return miss


def within_8h(pushed: str | datetime | None, objected: str | datetime | None) -> bool | None:
    """checks.objection_within_8h: None unless both instants are known."""
    if not pushed or not objected:
        return None
    if isinstance(pushed, str):
        pushed = datetime.fromisoformat(pushed)
    if isinstance(objected, str):
        objected = datetime.fromisoformat(objected)
    return timedelta(0) <= objected - pushed <= timedelta(hours=8)


def att_label(filename: str, content_type: str, data: bytes, role: str, detected: str, inline: bool) -> dict:
    """One entry of `attachments`, keys in the samples' order; content_type lower-cased."""
    return {"filename": filename, "content_type": content_type.lower(), "size": len(data),
            "sha256": hashlib.sha256(data).hexdigest(), "role": role, "detected_type": detected, "inline": inline}
