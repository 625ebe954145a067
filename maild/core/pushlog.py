"""HQ's push log as values: which lead was pushed to which client, and when.

Pure: CSV text in, rows out (`maild leads import` writes them). The file has a header row; column
names are case-insensitive and may be written in Chinese:

* ``client`` (客户, required): the client's name as the registry knows it
* ``lead_id`` (商机编号, required)
* ``pushed_at`` (推送时间, required): ``YYYY-MM-DD HH:MM[:SS]`` (or with ``/``, or ``T``) in the
  calendar's zone, or ISO 8601 with an offset
* ``keyword`` (关键词) and ``product`` (产品), optional

Any problem raises one RegistryError listing every bad row as "line N: column: problem", so an
import is all or nothing, as the registry's are. The same lead for the same client twice in one
file is a problem unless both rows say the same.

What an appeal's checks are told about the log is a `Logged`: each lead id the appeal names and
the log's record of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, tzinfo

from maild.core.registry import Problems, cell, csv_records, finish, nfkc, normalize_company

__all__ = ["Logged", "PushRow", "normalize_lead", "read_pushes"]

_COLUMNS = {"client": "客户", "lead_id": "商机编号", "pushed_at": "推送时间", "keyword": "关键词", "product": "产品"}
_TIME = re.compile(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?")


@dataclass(frozen=True, slots=True)
class PushRow:
    """One pushed lead: to whom, which, when (aware), and the keyword and product it came by."""

    client: str
    lead_id: str
    pushed_at: datetime
    keyword: str = ""
    product: str = ""
    line: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class Logged:
    """What the push log says about an appeal's leads: whether it knows the client at all, and for
    each lead id the time it was pushed to that client, or the other client it went to."""

    client: str
    has_pushes: bool  # the log holds any push to this client (else it cannot tell)
    # keyed by normalize_lead(lead id)
    pushed: dict[str, datetime] = field(default_factory=dict)  # lead → pushed at, to this client
    elsewhere: dict[str, str] = field(default_factory=dict)  # lead → the client it was pushed to instead


def normalize_lead(lead_id: str) -> str:
    """A lead id as the log keeps it and looks it up: NFKC (full-width letters, digits and dashes
    fold), no spaces, upper case."""
    return re.sub(r"\s+", "", nfkc(lead_id)).upper()


def _time(tz: tzinfo):
    def read(raw: str) -> datetime:
        if m := _TIME.fullmatch(raw):
            y, mo, d, h, mi, s = (int(g) if g else 0 for g in m.groups())
            try:
                return datetime(y, mo, d, h, mi, s, tzinfo=tz)
            except ValueError:
                pass
        try:
            t = datetime.fromisoformat(raw)
        except ValueError:
            t = None
        if t is None or t.tzinfo is None:
            raise ValueError("is not a time (YYYY-MM-DD HH:MM, or ISO 8601 with an offset)")
        return t
    return read


def read_pushes(text: str, tz: tzinfo) -> list[PushRow]:
    """Parse a push-log CSV; times without an offset are in `tz`. RegistryError lists every bad row."""
    problems = Problems()
    records = csv_records(text, _COLUMNS, ("client", "lead_id", "pushed_at"), problems)
    rows: list[PushRow] = []
    seen: dict[tuple[str, str], tuple[int, datetime | None]] = {}
    for line, row in records:
        for column in ("client", "lead_id", "pushed_at"):
            if not row[column]:
                problems.add(line, column, "empty")
        at = cell(row, line, "pushed_at", _time(tz), problems)
        if not (row["client"] and row["lead_id"]):
            continue
        key = (normalize_company(row["client"]), normalize_lead(row["lead_id"]))
        if key in seen and seen[key][1] != at:
            problems.add(line, "lead_id", f"{row['lead_id']} for {row['client']} is on line {seen[key][0]} "
                                          "with another time")
            continue
        if key in seen:
            continue
        seen[key] = (line, at)
        if at is not None:
            rows.append(PushRow(row["client"], row["lead_id"], at, row.get("keyword", ""), row.get("product", ""),
                                line))
    return finish(rows, problems)
