"""How results look in a terminal: aligned tables (CJK-aware) and JSON. No queries, no rules."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Sequence
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

SHANGHAI = ZoneInfo("Asia/Shanghai")


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def clip(text: str, limit: int) -> str:
    out, used = [], 0
    for ch in text:
        w = 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        if used + w > limit - 1 and used + w > limit:
            out.append("…")
            break
        out.append(ch)
        used += w
    return "".join(out)


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]], max_col: int = 48) -> str:
    """A plain aligned table; wide (CJK) characters count as two columns."""
    cells = [[clip("" if v is None else str(v), max_col) for v in row] for row in rows]
    widths = [max([width(h)] + [width(r[i]) for r in cells]) for i, h in enumerate(headers)]
    def line(values: Sequence[str]) -> str:
        return "  ".join(v + " " * (w - width(v)) for v, w in zip(values, widths, strict=True)).rstrip()
    return "\n".join([line(headers), line(["-" * w for w in widths])] + [line(r) for r in cells])


def local(dt: datetime | None) -> str:
    """A stored UTC time as Asia/Shanghai wall time."""
    if dt is None:
        return ""
    if dt.tzinfo is None:  # SQLite returns naive UTC
        dt = dt.replace(tzinfo=ZoneInfo("UTC"))
    return dt.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M")


def as_json(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, default=str)
