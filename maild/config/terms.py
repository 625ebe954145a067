"""[calendar] and [sla.*] → the values the pure core takes (WorkCalendar, sla.Policy).

The one place where config strings become a calendar and policies; every bad value
becomes a ConfigError naming its key.
"""

from __future__ import annotations

import re
from datetime import date, time
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from maild.core import sla
from maild.core.calendar import WorkCalendar
from maild.errors import ConfigError

if TYPE_CHECKING:
    from maild.config.schema import Calendar, Sla

__all__ = ["calendar_from", "policies_from"]

_INTERVAL = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")


def _dates(key: str, values: tuple[str, ...]) -> frozenset[date]:
    out = set()
    for v in values:
        try:
            out.add(date.fromisoformat(v))
        except ValueError:
            raise ConfigError(f"config: calendar.{key}: expected YYYY-MM-DD, got {v!r}") from None
    return frozenset(out)


def calendar_from(cfg: Calendar) -> WorkCalendar:
    """A WorkCalendar from the [calendar] section."""
    try:
        tz = ZoneInfo(cfg.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(f"config: calendar.timezone: unknown time zone {cfg.timezone!r}") from None
    hours = []
    for text in cfg.office_hours:
        m = _INTERVAL.match(text)
        if not m:
            raise ConfigError(f'config: calendar.office_hours: expected "HH:MM-HH:MM", got {text!r}')
        try:
            hours.append((time(int(m[1]), int(m[2])), time(int(m[3]), int(m[4]))))
        except ValueError:
            raise ConfigError(f"config: calendar.office_hours: not a time of day: {text!r}") from None
    years = set()
    for y in cfg.covered_years:
        if not re.fullmatch(r"\d{4}", y):
            raise ConfigError(f'config: calendar.covered_years: expected a year like "2027", got {y!r}')
        years.add(int(y))
    try:
        return WorkCalendar(extra_holidays=_dates("extra_holidays", cfg.extra_holidays),
                            extra_workdays=_dates("extra_workdays", cfg.extra_workdays),
                            covered_years=frozenset(years), office_hours=tuple(hours), tz=tz)
    except ValueError as exc:
        raise ConfigError(f"config: calendar: {exc}") from None


def policies_from(cfg: Sla) -> dict[str, sla.Policy]:
    """The SLA policy of each request kind from the [sla.*] tables."""
    out = {}
    for kind in ("appeal", "adjustment", "summary"):
        section = getattr(cfg, kind)
        try:
            budget = sla.parse_budget(section.budget)
        except ValueError as exc:
            raise ConfigError(f"config: sla.{kind}.budget: {exc}") from None
        try:
            out[kind] = sla.Policy(kind, budget, section.unit, section.warn_at)
        except ValueError as exc:
            raise ConfigError(f"config: sla.{kind}: {exc}") from None
    return out
