"""How results look in a terminal: aligned tables (CJK-aware), local times, JSON, case rows.

No queries and no rules: the rules (which checks matter, what the clock says) come from the core.
Text that came in mail is a stranger's: `safe()` makes it inert before a terminal sees it
(escape sequences, control characters and line breaks become spaces or go).
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections.abc import Sequence
from datetime import datetime, tzinfo
from typing import Any

from maild.core.checks import Check, that_matter
from maild.core.sla import Assessment

__all__ = ["SLA_STYLES", "as_json", "case_row", "checks_summary", "clip", "console", "iso", "local", "mail_summary",
           "queue_json", "queue_table", "queue_text", "readable_mail", "safe", "table", "width"]

# Controls (C0, DEL, C1: ESC starts every terminal sequence) and the invisible bidi/format marks.
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]")

SLA_STYLES = {"ok": "green", "warning": "yellow", "breached": "bold red", "paused": "cyan", "met": "green",
              "missed": "red", "error": "magenta", "none": "dim"}


def safe(text: object, lines: bool = False) -> str:
    """Mail-derived text made harmless for a terminal, and visible: every control character,
    escape, bidi override or invisible mark is shown escaped (ESC as \\x1b, U+202E as \\u202e),
    so no sequence can act and a forged line break shows as \\x0a. Tabs become spaces; with
    `lines` real line breaks are kept (message bodies)."""
    value = "" if text is None else str(text)
    if lines:
        value = value.replace("\r\n", "\n")

    def shown(m: re.Match[str]) -> str:
        ch = m.group(0)
        if ch == "\t":
            return " "
        if lines and ch == "\n":
            return ch
        return f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}"

    return _UNSAFE.sub(shown, value)


def console() -> Any:
    """A rich console: colour on a terminal; plain, wide lines when piped (no wrapping mid-row)."""
    from rich.console import Console

    tty = sys.stdout.isatty()
    return Console(highlight=False, soft_wrap=not tty, width=None if tty else 200)


def iso(dt: datetime | None, tz: tzinfo) -> str | None:
    """ISO-8601 with the calendar zone's offset, or None."""
    return None if dt is None else dt.astimezone(tz).isoformat()


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
    """A plain aligned table; wide (CJK) characters count as two columns; every cell made safe."""
    cells = [[clip(safe(v), max_col) for v in row] for row in rows]
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


def _hours(left: Any) -> str:
    return "" if left is None else f"{left.total_seconds() / 3600:.1f}h"


def queue_json(rows: Sequence[Any], tz: tzinfo) -> list[dict[str, Any]]:
    """`maild queue --json`: one object per case. A contract: these keys stay, more may come."""
    out = []
    for r in rows:
        c = r.case
        sla_word = {"met": "ok", "missed": "breached", "error": "none"}.get(str(r.status), str(r.status or "none"))
        out.append({
            "number": c.number, "kind": str(c.kind), "state": str(c.state), "assignee": c.assignee,
            "partner": c.partner_name, "client": c.client_name, "sender": c.sender,
            "received_at": iso(c.received_at, tz), "due_at": iso(c.due_at, tz),
            "seconds_left": None if r.time_left is None else int(r.time_left.total_seconds()),
            "sla": sla_word, "sla_detail": str(r.status) if r.status else None,
            "checks": [{"name": ch["name"], "ok": ch["passed"], "detail": ch["detail"]} for ch in c.checks],
            "missing": list(c.missing), "mail": dict(r.mail_trouble), "topic": c.topic,
        })
    return out


QUEUE_COLUMNS = ("case", "kind", "partner", "client", "state", "assignee", "due", "left", "sla", "checks",
                 "missing", "mail")
RICH_ROWS = 2000  # above this (or when piped) the queue prints as a plain table: rich would take minutes


def _queue_cells(r: Any, tz: tzinfo) -> list[str]:
    c = r.case
    due = local(c.due_at, tz) if c.due_at else ("calendar gap" if c.sla_error else "")
    kind = f"{c.kind} ({c.topic})" if c.topic else str(c.kind)
    return [c.number, kind, c.partner_name or "", c.client_name or "", str(c.state), c.assignee or "",
            due, _hours(r.time_left), str(r.status) if r.status else "none",
            checks_summary([Check.from_json(ch) for ch in c.checks]), ", ".join(c.missing), mail_summary(r.mail_trouble)]


def queue_table(rows: Sequence[Any], tz: tzinfo) -> Any:
    """`maild queue` on a terminal: the SLA state in colour; every mail-derived cell inert."""
    from rich.table import Table
    from rich.text import Text

    grid = Table(show_edge=False, header_style="bold", pad_edge=False, box=None)
    for name in QUEUE_COLUMNS:
        grid.add_column(name, overflow="ellipsis", no_wrap=True, max_width=28 if name in ("partner", "client") else None)
    for r in rows:
        texts = [Text(safe(v)) for v in _queue_cells(r, tz)]
        texts[8].stylize(SLA_STYLES.get(texts[8].plain, ""))
        grid.add_row(*texts)
    return grid


def queue_text(rows: Sequence[Any], tz: tzinfo) -> str:
    """`maild queue` piped or very long: the same columns as a plain aligned table."""
    return table(QUEUE_COLUMNS, [_queue_cells(r, tz) for r in rows], max_col=28)


def readable_mail(raw: bytes) -> str:
    """A message as a person reads it: headers decoded, the body as text; all of it made inert."""
    import email
    from email import policy

    msg = email.message_from_bytes(raw, policy=policy.default)
    head = "\n".join(f"{name}: {safe(value)}" for name, value in msg.items())
    body = msg.get_content() if not msg.is_multipart() else ""
    return f"{head}\n\n{safe(body, lines=True)}"
