"""How results look in a terminal: aligned tables (CJK-aware), local times, JSON, case rows.

No queries and no rules: the rules (which checks matter, what the clock says) come from the core.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Sequence
from datetime import datetime, tzinfo
from typing import Any

from maild.core.checks import Check, that_matter
from maild.core.sla import Assessment

__all__ = ["as_json", "case_row", "checks_summary", "clip", "local", "mail_summary", "table", "width"]


def _char_width(ch: str) -> int:
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def width(text: str) -> int:
    """Terminal columns of text: wide (CJK) characters count as two."""
    return sum(_char_width(ch) for ch in text)


def clip(text: str, limit: int) -> str:
    """Text cut to at most `limit` columns, an ellipsis (one column) included when it is cut."""
    if width(text) <= limit:
        return text
    out, used = [], 0
    for ch in text:
        w = _char_width(ch)
        if used + w > limit - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…"


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]], max_col: int = 48) -> str:
    """A plain aligned table; wide (CJK) characters count as two columns."""
    cells = [[clip("" if v is None else str(v), max_col) for v in row] for row in rows]
    widths = [max([width(h)] + [width(r[i]) for r in cells]) for i, h in enumerate(headers)]

    def line(values: Sequence[str]) -> str:
        return "  ".join(v + " " * (w - width(v)) for v, w in zip(values, widths, strict=True)).rstrip()

    return "\n".join([line(headers), line(["-" * w for w in widths])] + [line(r) for r in cells])


def local(dt: datetime | None, tz: tzinfo) -> str:
    """A stored (aware UTC) time as wall time in the calendar's zone; "" for none."""
    return "" if dt is None else dt.astimezone(tz).strftime("%Y-%m-%d %H:%M")


def as_json(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, default=str)


def checks_summary(checks: Sequence[Check]) -> str:
    """"ok" when every check that matters passed, else ✗name for failed and ?name for unknown."""
    shown = that_matter(checks)
    failed = [c.name for c in shown if c.passed is False]
    unknown = [c.name for c in shown if c.passed is None]
    if shown and not failed and not unknown:
        return "ok"
    return ", ".join([f"✗{n}" for n in failed] + [f"?{n}" for n in unknown]) or "-"


def mail_summary(trouble: dict[str, int]) -> str:
    """"failed 1, held 2": the case's mail that did not (yet) reach the partner."""
    return ", ".join(f"{status} {n}" for status, n in sorted(trouble.items()))


def case_row(case: Any, result: Assessment | None, tz: tzinfo, trouble: dict[str, int] | None = None) -> dict[str, Any]:
    """One line of the case queue (`maild cases`, and the head of `maild case show`)."""
    left = ""
    if result is not None and result.due_at is not None:
        left = f"{result.time_left.total_seconds() / 3600:.1f}h"
    return {"number": case.number, "kind": case.kind, "state": case.state,
            "due": local(case.due_at, tz) if case.due_at else (case.sla_error or ""),
            "left": left, "sla": case.sla_status or "", "partner": case.partner_name or "",
            "client": case.client_name or "", "checks": checks_summary([Check.from_json(c) for c in case.checks]),
            "missing": list(case.missing), "mail": mail_summary(trouble or {})}
