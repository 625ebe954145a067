"""Precondition checks shown on a case (DOMAIN.md §3 and §4), each with its reason.

`maild` never rules on a case: it checks what it can (the 8-hour window, the push log, a paying client, evidence
for code 1, a recognised reason; 5 or 10 leads per adjustment; the 60 % / 70 % summary triggers)
and shows the reviewer a `Check` per precondition. `passed` is None when the facts are missing,
and `detail` then says which. Pure: the receipt time is a parameter.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from fractions import Fraction

from maild.core.calendar import aware_utc
from maild.core.pushlog import Logged, normalize_lead
from parsers.records import REASONS, SHANGHAI, AttachmentInfo, Fields, Kind, Role

__all__ = ["CRITERIA", "Check", "ClientFacts", "Criterion", "Evidence", "checks_for", "that_matter"]

OBJECTION_WINDOW = timedelta(hours=8)
ADJUSTMENT_SIZES = (5, 10)
LEAD_TRIGGER = Fraction(60, 100)
TIME_TRIGGER = Fraction(70, 100)
EVIDENCE_ROLES = (Role.RECORDING, Role.SCREENSHOT)
_TICK = timedelta(microseconds=1)


class Evidence(StrEnum):
    """How much a criterion needs a recording or a screenshot."""

    REQUIRED = "required"
    RECOMMENDED = "recommended"
    NOT_REQUIRED = "not required"


@dataclass(frozen=True, slots=True)
class Criterion:
    """One of the five reasons a lead may be ruled not counted (商机判定标准)."""

    code: int
    name: str
    wording: str
    evidence: Evidence


# How much each reason needs a recording or screenshot; the reasons themselves (code, name,
# the process document's wording, partners' words) are the one table parsers.records.REASONS.
_EVIDENCE = {1: Evidence.REQUIRED, 2: Evidence.RECOMMENDED, 3: Evidence.RECOMMENDED,
             4: Evidence.NOT_REQUIRED, 5: Evidence.NOT_REQUIRED}
CRITERIA: dict[int, Criterion] = {
    code: Criterion(code, reason.name, reason.wording, _EVIDENCE[code]) for code, reason in REASONS.items()
}


@dataclass(frozen=True, slots=True)
class Check:
    """One precondition: passed True/False, or None when it cannot be told; detail says why."""

    name: str
    passed: bool | None
    detail: str

    def to_json(self) -> dict[str, object]:
        return {"name": self.name, "passed": self.passed, "detail": self.detail}

    @classmethod
    def from_json(cls, data: dict[str, object]) -> Check:
        passed = data["passed"]
        return cls(str(data["name"]), None if passed is None else bool(passed), str(data["detail"]))


@dataclass(frozen=True, slots=True)
class ClientFacts:
    """What the registry knows about a client; None where it does not know."""

    name: str
    paying: bool | None = None
    quota: int | None = None
    service_start: date | None = None
    service_end: date | None = None


def checks_for(
    kind: Kind,
    fields: Fields,
    attachments: Sequence[AttachmentInfo],
    client: ClientFacts | None,
    received_at: datetime,
    logged: Logged | None = None,
) -> tuple[Check, ...]:
    """Return the checks for a request of this kind; () for reply, auto and unknown mail.

    `logged` is what HQ's push log says about an appeal's leads (None: no client to look up)."""
    if kind is Kind.APPEAL:
        checks = (
            _objection_window(fields, logged),
            _push_log(fields, logged),
            _paying_client(fields, client),
            _evidence(fields, attachments),
            _reason_code(fields),
        )
        return tuple(c for c in checks if c is not None)
    if kind is Kind.ADJUSTMENT:
        return (_adjustment_size(fields),)
    if kind is Kind.SUMMARY:
        leads = _lead_60(fields, client)
        period = _time_70(fields, client, aware_utc(received_at, "received_at"))
        return leads, period, _trigger(leads, period)
    return ()


def _duration(d: timedelta) -> str:
    """Format a duration as hours and minutes: "16h35m"."""
    minutes = abs(d) // timedelta(minutes=1)
    return f"{minutes // 60}h{minutes % 60:02d}m"


def _instant(text: str | None) -> datetime | None:
    """Read an ISO-8601 field; a time without a zone is Asia/Shanghai (DOMAIN §7)."""
    if text is None:
        return None
    try:
        t = datetime.fromisoformat(text)
    except ValueError:
        return None
    return t if t.tzinfo is not None else t.replace(tzinfo=SHANGHAI)


def _logged_push(fields: Fields, logged: Logged | None) -> datetime | None:
    """The push log's time of the appeal's (first logged) lead, when the log has one."""
    if logged is None:
        return None
    leads = (normalize_lead(lead) for lead in fields.lead_ids)
    return next((logged.pushed[lead] for lead in leads if lead in logged.pushed), None)


def _objection_window(fields: Fields, logged: Logged | None = None) -> Check:
    """The client objected no earlier than the push and at most 8 hours after it; the push time is
    the push log's when it has one, else the mail's."""
    name = "objection_within_8h"
    from_log = _logged_push(fields, logged)
    pushed, objected = from_log or _instant(fields.pushed_at), _instant(fields.objected_at)
    if pushed is None or objected is None:
        unknown = " and ".join(
            label
            for label, value in (("push time", pushed), ("objection time", objected))
            if value is None
        )
        return Check(name, None, f"{unknown} not known")
    gap = objected - pushed
    if gap < timedelta():
        return Check(name, False, f"objection {_duration(gap)} before the push: check the times")
    within = gap <= OBJECTION_WINDOW
    verdict = "within" if within else "outside"
    source = " (push time from the push log)" if from_log else ""
    return Check(name, within, f"objected {_duration(gap)} after the push{source}, {verdict} the 8h window")


def _local(t: datetime) -> str:
    return t.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M")


def _push_log(fields: Fields, logged: Logged | None) -> Check | None:
    """Each lead was pushed to this client, at the time the mail claims (within a minute).
    None (no check) when the push log holds nothing for the client: then it cannot tell."""
    name = "push_log"
    if logged is None or not logged.has_pushes:
        return None
    if not fields.lead_ids:
        return Check(name, None, "no lead id to look up in the push log")
    problems, seen = [], []
    claimed = _instant(fields.pushed_at)
    for lead in fields.lead_ids:
        key = normalize_lead(lead)
        if key not in logged.pushed:
            other = logged.elsewhere.get(key)
            problems.append(f"{lead} was never pushed to {logged.client}" + (f" (the log has it pushed to {other})"
                                                                           if other else ""))
        elif claimed is not None and abs(claimed - logged.pushed[key]) >= timedelta(minutes=1):
            problems.append(f"{lead}: the mail says pushed at {_local(claimed)}, the push log says "
                            f"{_local(logged.pushed[key])}")
        else:
            seen.append(f"{lead} pushed at {_local(logged.pushed[key])}")
    if problems:
        return Check(name, False, "; ".join(problems))
    return Check(name, True, "the push log agrees: " + "; ".join(seen))


def _paying_client(fields: Fields, client: ClientFacts | None) -> Check:
    """The registry says the client pays."""
    name = "paying_client"
    if client is None:
        who = f"client {fields.client}" if fields.client else "the client"
        return Check(name, None, f"{who} not found in the registry")
    if client.paying is None:
        return Check(name, None, f"the registry does not say whether {client.name} pays")
    status = "a paying client" if client.paying else "not a paying client"
    return Check(name, client.paying, f"{client.name} is {status} in the registry")


def _evidence(fields: Fields, attachments: Sequence[AttachmentInfo]) -> Check:
    """A recording or screenshot is attached when the criterion requires one (code 1)."""
    name = "evidence"
    found = [a.filename for a in attachments if a.role in EVIDENCE_ROLES]
    attached = f"attached: {', '.join(found)}" if found else "none attached"
    criterion = CRITERIA.get(fields.reason_code) if fields.reason_code is not None else None
    if criterion is None:
        return Check(name, None, f"no recognised reason code, so the need is unknown; {attached}")
    need = f"code {criterion.code} ({criterion.name}): evidence {criterion.evidence}"
    if criterion.evidence is Evidence.REQUIRED:
        missing = "" if found else ", a recording or a screenshot is needed"
        return Check(name, bool(found), f"{need}; {attached}{missing}")
    return Check(name, True, f"{need}; {attached}")


def _reason_code(fields: Fields) -> Check:
    """The reason is one of the five criteria."""
    name = "reason_code"
    if fields.reason_code is None:
        return Check(name, False, "the reason matches none of the criteria 1-5 (or is not given)")
    criterion = CRITERIA.get(fields.reason_code)
    if criterion is None:
        return Check(name, False, f"code {fields.reason_code} is not one of the criteria 1-5")
    return Check(name, True, f"code {criterion.code} ({criterion.name}): {criterion.wording}")


def _adjustment_size(fields: Fields) -> Check:
    """An adjustment covers 5 or 10 leads: the stated count, else the number of listed ids."""
    name = "covers_5_or_10"
    count = fields.lead_count if fields.lead_count is not None else len(fields.lead_ids) or None
    if count is None:
        return Check(name, None, "neither a lead count nor lead ids given")
    listed = len(fields.lead_ids)
    aside = f" ({listed} ids listed)" if listed and listed != count else ""
    ok = count in ADJUSTMENT_SIZES
    rule = "" if ok else "; adjustments come after every 5 or 10 leads"
    return Check(name, ok, f"covers {count} leads{aside}{rule}")


def _lead_60(fields: Fields, client: ClientFacts | None) -> Check:
    """At least 60 % of the quota is pushed; quota from the mail, else from the registry."""
    name = "lead_60"
    quota, source = fields.quota, "the mail"
    if quota is None and client is not None and client.quota is not None:
        quota, source = client.quota, "the registry"
    if fields.pushed_count is None:
        return Check(name, None, "the number of leads pushed so far is not given")
    if quota is None or quota <= 0:
        return Check(name, None, "no usable quota in the mail or the registry")
    share = Fraction(fields.pushed_count, quota)
    ok = share >= LEAD_TRIGGER
    return Check(
        name,
        ok,
        f"{fields.pushed_count} of {quota} leads pushed ({float(share):.1%}, quota from {source}); "
        f"the trigger is {float(LEAD_TRIGGER):.0%}",
    )


def _day(text: str | None) -> date | None:
    """Read a YYYY-MM-DD field; None when absent or not a date."""
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _time_70(fields: Fields, client: ClientFacts | None, received_at: datetime) -> Check:
    """At least 70 % of the service period elapsed at receipt; dates from mail, else registry."""
    name = "time_70"
    mail = (_day(fields.service_start), _day(fields.service_end))
    registry = (client.service_start, client.service_end) if client else (None, None)
    start, end = mail[0] or registry[0], mail[1] or registry[1]
    if start is None or end is None:
        return Check(name, None, "no service period in the mail or the registry")
    source = {registry: "the registry", mail: "the mail"}.get((start, end), "mail and registry")
    if end < start:
        return Check(name, None, f"the service period {start}..{end} ends before it starts")
    begin = datetime.combine(start, time.min, SHANGHAI)
    total = datetime.combine(end + timedelta(days=1), time.min, SHANGHAI) - begin
    share = Fraction((received_at - begin) // _TICK, total // _TICK)
    ok = share >= TIME_TRIGGER
    on = received_at.astimezone(SHANGHAI).date()
    return Check(
        name,
        ok,
        f"{max(float(share), 0.0):.1%} of the service period {start}..{end} elapsed on {on} "
        f"(dates from {source}); the trigger is {float(TIME_TRIGGER):.0%}",
    )


def _trigger(leads: Check, period: Check) -> Check:
    """A summary is due when either trigger holds: says which, or why it cannot tell."""
    reached = [c.name for c in (leads, period) if c.passed]
    if reached:
        return Check("trigger", True, f"{' and '.join(reached)} reached")
    if leads.passed is False and period.passed is False:
        return Check("trigger", False, "neither 60% of the quota nor 70% of the period reached")
    return Check("trigger", None, "no trigger reached yet, and not all facts are known")


_TRIGGERS = ("lead_60", "time_70")


def that_matter(checks: Sequence[Check]) -> list[Check]:
    """The checks a reviewer must look at: once a summary's trigger is reached, the trigger that
    was not reached (60 % of the quota, or 70 % of the period) no longer matters."""
    if any(c.name == "trigger" and c.passed for c in checks):
        return [c for c in checks if c.name not in _TRIGGERS]
    return list(checks)
