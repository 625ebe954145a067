"""Mail → record, with no I/O: `parse(raw)` is the one public entry.

    raw bytes ─ mime.read ─ charsets/text ─ classify (kind, case tag) ─ fields/forms ─ evidence
                                                                         └─ ParsedMail (records.py)

It never raises on malformed mail; input that is not mail at all raises NotAMessage.

The package loads its stages on first use (`parse`, `Context`, …): importing `parsers.records` for
the shared vocabulary costs no MIME, form or media machinery. pipeline.py holds the stages in order.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from parsers.records import Kind, Limits, ParsedMail, Role

if TYPE_CHECKING:
    from parsers.mime import NotAMessage
    from parsers.pipeline import (
        AUTO_HEADERS,
        DEFAULT_CONTEXT,
        Context,
        attachment,
        parse,
        peek_message_id,
        peek_references,
    )

__all__ = ["AUTO_HEADERS", "DEFAULT_CONTEXT", "Context", "Kind", "Limits", "NotAMessage", "ParsedMail", "Role",
           "attachment", "parse", "peek_message_id", "peek_references"]

_LAZY = {"parse": "pipeline", "Context": "pipeline", "DEFAULT_CONTEXT": "pipeline", "attachment": "pipeline",
         "peek_message_id": "pipeline", "peek_references": "pipeline", "AUTO_HEADERS": "pipeline",
         "NotAMessage": "mime"}


def __getattr__(name: str):
    if name not in _LAZY:
        raise AttributeError(f"module 'parsers' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f"parsers.{_LAZY[name]}"), name)
    globals()[name] = value
    return value
