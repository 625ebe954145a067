"""What HQ reports on: statistics over the cases (`maild stats`), the system's health
(`maild health`), every case as rows (`maild export cases`), one partner (`maild partner show`).

    stats(tx, since)                    volume, time to outcome, SLA compliance, breaches, verdicts
    health(tx, config, terms, now)      checks with a level each: ok · warning · critical
    export_rows(tx, since, tz)          one flat dict per case
    partner_view(tx, name, terms, now)  one partner: its clients, open cases, compliance, reminders
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from enum import IntEnum
from typing import Any

from sqlalchemy.orm import Session

from maild.adapters.db import pushes, queries
from maild.config import Config
from maild.core import sla
from maild.core.reminders import period_share
from maild.core.sla import SlaStatus

__all__ = ["HealthCheck", "Level", "Stats", "export_rows", "health", "partner_view", "stats"]


# ---- statistics ------------------------------------------------------------------------------

@dataclass
class Stats:
    since: date | None
    volume_by_kind: dict[str, int] = field(default_factory=dict)
    volume_by_partner: dict[str, int] = field(default_factory=dict)
    median_hours_to_outcome: dict[str, float] = field(default_factory=dict)  # wall-clock hours, per kind
    compliance_by_kind: dict[str, tuple[int, int]] = field(default_factory=dict)  # (met, met + missed)
    compliance_by_partner: dict[str, tuple[int, int]] = field(default_factory=dict)
    breaches: int = 0
    open_breached: int = 0
    verdicts: dict[str, dict[str, int]] = field(default_factory=dict)  # criterion → {counted, not_counted}

    def to_json(self) -> dict[str, Any]:
        def rate(pair: tuple[int, int]) -> dict[str, Any]:
            met, total = pair
            return {"met": met, "judged": total, "rate": round(met / total, 4) if total else None}
        return {
            "since": self.since.isoformat() if self.since else None,
            "volume": {"by_kind": self.volume_by_kind, "by_partner": self.volume_by_partner},
            "median_hours_to_outcome": self.median_hours_to_outcome,
            "sla_compliance": {"by_kind": {k: rate(v) for k, v in self.compliance_by_kind.items()},
                               "by_partner": {k: rate(v) for k, v in self.compliance_by_partner.items()}},
            "breaches": self.breaches, "open_breached": self.open_breached, "verdicts": self.verdicts,
        }


def stats(tx: Session, since: datetime | None, terms: sla.Terms) -> Stats:
    """Everything `maild stats` shows, over the cases received since then (all when None)."""
    out = Stats(since.astimezone(terms.calendar.tz).date() if since else None)
    cases = queries.cases_since(tx, since)
    kinds, partners = Counter[str](), Counter[str]()
    hours: dict[str, list[float]] = defaultdict(list)
    by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_partner: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for c in cases:
        kind, partner = str(c.kind), c.partner_name or "(unknown)"
        kinds[kind] += 1
        partners[partner] += 1
        if c.outcome_at is not None:
            hours[kind].append((c.outcome_at - c.received_at) / timedelta(hours=1))
        if c.sla_status in (SlaStatus.MET, SlaStatus.MISSED):
            for table, key in ((by_kind, kind), (by_partner, partner)):
                table[key][1] += 1
                table[key][0] += c.sla_status is SlaStatus.MET
        if c.sla_status is SlaStatus.BREACHED:
            out.open_breached += 1
    out.volume_by_kind = dict(kinds.most_common())
    out.volume_by_partner = dict(partners.most_common())
    out.median_hours_to_outcome = {k: round(statistics.median(v), 1) for k, v in sorted(hours.items())}
    out.compliance_by_kind = {k: (v[0], v[1]) for k, v in sorted(by_kind.items())}
    out.compliance_by_partner = {k: (v[0], v[1]) for k, v in sorted(by_partner.items())}
    out.breaches = queries.breaches_since(tx, since)
    verdicts: dict[str, Counter[str]] = defaultdict(Counter)
    for data in queries.verdicts_since(tx, since):
        verdicts[str(data.get("criterion") or "none")][data["verdict"]] += 1
    out.verdicts = {k: {"counted": v["counted"], "not_counted": v["not_counted"]} for k, v in sorted(verdicts.items())}
    return out


# ---- health ------------------------------------------------------------------------------------

class Level(IntEnum):
    """A health check's result; `maild health` exits with the worst one (0, 1, 2)."""

    OK = 0
    WARNING = 1
    CRITICAL = 2


@dataclass(frozen=True)
class HealthCheck:
    name: str
    level: Level
    detail: str

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "level": self.level.name.lower(), "detail": self.detail}


# When a check turns from ok to warning or critical.
STALE_POLL = timedelta(minutes=20)  # no good cycle for this long: the daemon is down or stuck
FAILING_TOO_LONG = timedelta(minutes=15)  # failing for this long: critical (shorter: a warning)
BACKLOG_WARNING = 200  # messages waiting in the inbox
PENDING_TOO_LONG = timedelta(minutes=30)  # mail due this long ago and still not sent
CALENDAR_AHEAD = 60  # days


def _ago(now: datetime, then: datetime) -> str:
    minutes = int((now - then) / timedelta(minutes=1))
    return f"{minutes} min ago" if minutes < 120 else f"{minutes / 60:.1f} h ago"


def health(tx: Session, config: Config, terms: sla.Terms, now: datetime) -> list[HealthCheck]:
    """The checks `maild health` shows, each ok, warning or critical, with what it saw."""
    checks: list[HealthCheck] = []
    stale = max(STALE_POLL, timedelta(seconds=2 * max(config.daemon.poll_interval, config.imap.idle_renew)))
    statuses = queries.source_statuses(tx)
    if not statuses:
        checks.append(HealthCheck("poll", Level.CRITICAL, "the daemon has never completed a cycle"))
    for s in statuses:
        if s.error_since is not None:
            level = Level.CRITICAL if now - s.error_since >= FAILING_TOO_LONG else Level.WARNING
            checks.append(HealthCheck("poll", level, f"{s.source}: failing since {_ago(now, s.error_since)}: "
                                                     f"{s.last_error}"))
        elif s.last_ok_at is None or now - s.last_ok_at > stale:
            seen = _ago(now, s.last_ok_at) if s.last_ok_at else "never"
            checks.append(HealthCheck("poll", Level.CRITICAL, f"{s.source}: last good cycle {seen}"))
        else:
            checks.append(HealthCheck("poll", Level.OK, f"{s.source}: last good cycle {_ago(now, s.last_ok_at)}"))
        level = Level.WARNING if s.backlog >= BACKLOG_WARNING else Level.OK
        checks.append(HealthCheck("backlog", level, f"{s.source}: {s.backlog} message(s) waiting"))
    quarantined = queries.quarantine_count(tx)
    checks.append(HealthCheck("quarantine", Level.WARNING if quarantined else Level.OK,
                              f"{quarantined} message(s) quarantined (maild quarantine list)"))
    counts = queries.outbox_counts(tx)
    late = queries.oldest_due_pending(tx)
    pending_level = Level.WARNING if late is not None and now - late > PENDING_TOO_LONG else Level.OK
    checks.append(HealthCheck("outbox", max(pending_level, Level.WARNING if counts.get("failed") or
                                            counts.get("held") or counts.get("bounced") else Level.OK),
                              ", ".join(f"{k} {counts.get(k, 0)}" for k in ("pending", "failed", "held", "bounced"))
                              + (f"; oldest due {_ago(now, late)}" if late else "")))
    checks.append(_reminders_check(tx, config, terms, now))
    today = now.astimezone(terms.calendar.tz).date()
    gap = terms.calendar.uncovered_year_within(today, timedelta(days=CALENDAR_AHEAD))
    errors = queries.cases_with_sla_error(tx)
    if gap is not None or errors:
        checks.append(HealthCheck("calendar", Level.WARNING,
                                  (f"no holiday data for {gap} (starts within {CALENDAR_AHEAD} days)" if gap else "")
                                  + (f"; {errors} case(s) cannot compute a deadline" if errors else "")))
    else:
        years = terms.calendar.years_covered()
        checks.append(HealthCheck("calendar", Level.OK, f"covered through {years[-1]}"))
    return checks


def _reminders_check(tx: Session, config: Config, terms: sla.Terms, now: datetime) -> HealthCheck:
    """What went out in the last day, and what is due but cannot go (a partner without an address)."""
    from maild.services import reminders

    sent = Counter(n.trigger for n in pushes.notices_since(tx, now - timedelta(days=1)))
    held = [p for p in reminders.due_now(tx, reminders.settings_of(config.reminders), terms, now) if p.held_back]
    detail = (", ".join(f"{k} {v}" for k, v in sorted(sent.items())) or "none") + " sent in the last day"
    if held:
        who = sorted({p.due.standing.partner for p in held})
        detail += f"; {len(held)} due but held: no address for {', '.join(who)} (maild reminders due)"
    return HealthCheck("reminders", Level.WARNING if held else Level.OK, detail)


# ---- export ------------------------------------------------------------------------------------

EXPORT_COLUMNS = ("number", "kind", "state", "partner", "client", "sender", "assignee", "received_at", "due_at",
                  "outcome_at", "sla", "verdict", "criterion", "lead_ids", "reason_code", "missing", "checks_failed")


def export_rows(tx: Session, since: datetime | None, tz: tzinfo) -> list[dict[str, Any]]:
    """One flat row per case received since then (all when None), oldest first."""
    verdicts = queries.verdict_by_case(tx)
    rows = []
    for c in queries.cases_since(tx, since):
        verdict = verdicts.get(c.id, {})
        rows.append({
            "number": c.number, "kind": str(c.kind), "state": str(c.state), "partner": c.partner_name,
            "client": c.client_name, "sender": c.sender, "assignee": c.assignee,
            "received_at": c.received_at.astimezone(tz).isoformat(),
            "due_at": c.due_at.astimezone(tz).isoformat() if c.due_at else None,
            "outcome_at": c.outcome_at.astimezone(tz).isoformat() if c.outcome_at else None,
            "sla": str(c.sla_status) if c.sla_status else None, "verdict": verdict.get("verdict"),
            "criterion": verdict.get("criterion"), "lead_ids": " ".join(c.fields.get("lead_ids") or []),
            "reason_code": c.fields.get("reason_code"), "missing": " ".join(c.missing),
            "checks_failed": " ".join(ch["name"] for ch in c.checks if ch["passed"] is False),
        })
    return rows


# ---- one partner ---------------------------------------------------------------------------------

def partner_view(tx: Session, name: str, terms: sla.Terms, now: datetime) -> dict[str, Any]:
    """`maild partner show`: a partner's clients (quota, pushed, service period, feedback due), its
    open cases, its SLA compliance and the reminders sent to it. NotFound/InvalidRequest for a name
    that fits no partner or several."""
    from maild.core.registry import names_match
    from maild.errors import InvalidRequest, NotFound

    found = [p for p in queries.partners(tx) if names_match(p.name, name)]
    if not found:
        raise NotFound(f"no partner {name!r} in the registry (maild partners import)")
    if len(found) > 1:
        raise InvalidRequest(f"{name!r} fits {len(found)} partners: {', '.join(p.name for p in found)}")
    partner, tz = found[0], terms.calendar.tz
    clients = [c for c in queries.clients(tx) if c.partner_pk == partner.id]
    rows = []
    for c, s in zip(clients, pushes.standings(tx, clients, tz, now), strict=True):
        share = period_share(c.service_start, c.service_end, now, tz)
        rows.append({"name": c.name, "paying": c.paying, "quota": c.quota, "pushed": s.pushed,
                     "quota_share": round(100 * s.pushed / c.quota) if c.quota else None,
                     "service_start": c.service_start.isoformat() if c.service_start else None,
                     "service_end": c.service_end.isoformat() if c.service_end else None,
                     "period_share": round(float(share) * 100) if share is not None else None,
                     "since_feedback": s.since_feedback,
                     "last_push": s.last_push_at.astimezone(tz).isoformat(timespec="minutes") if s.last_push_at else None})
    cases = queries.cases_of_partner(tx, partner.id)
    closed = [c for c in cases if c.sla_status in (SlaStatus.MET, SlaStatus.MISSED)]
    met = sum(c.sla_status is SlaStatus.MET for c in closed)
    return {
        "partner": partner.name, "addresses": list(partner.addresses), "clients": rows,
        "open_cases": [{"number": c.number, "kind": str(c.kind), "state": str(c.state), "client": c.client_name,
                        "due_at": c.due_at.astimezone(tz).isoformat(timespec="minutes") if c.due_at else None,
                        "sla": str(c.sla_status) if c.sla_status else None}
                       for c in cases if c.state != "closed"],
        "sla": {"met": met, "missed": len(closed) - met, "rate": round(met / len(closed), 3) if closed else None},
        "reminders": [{"key": n.key, "trigger": n.trigger, "at": n.created_at.astimezone(tz).isoformat(timespec="minutes"),
                       "to": list(n.recipients), "reason": n.reason, "message_id": n.message_id}
                      for n in pushes.notices_of(tx, partner.id)],
    }
