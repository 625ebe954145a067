"""Cases: their numbers, their states, the table of allowed actions, and the SLA stopwatch.

Everything here is a pure function of its arguments: an action on a case yields one audit
`CaseEvent`, and a case's `sla.Stopwatch` is derived from its event log, so replaying the same
log always gives the same stopwatch. Nothing here reads the clock or touches the database.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from maild.core.calendar import aware_utc
from maild.core.sla import Pause, Stopwatch
from maild.errors import IllegalTransition, InvalidRequest
from parsers.records import CASE_PREFIXES, PREFIX_ALTERNATION, Kind

__all__ = [
    "PREFIX", "REQUESTS", "TRANSITIONS", "Action", "CaseEvent", "CaseKind", "CaseState", "Move",
    "case_number", "parse_case_number", "reply_action", "stopwatch", "transition",
]


class CaseKind(StrEnum):
    """What a case is about: the three requests of the spec, and triage for HQ to sort out."""

    APPEAL = "appeal"
    ADJUSTMENT = "adjustment"
    SUMMARY = "summary"
    TRIAGE = "triage"  # unrecognised mail from a registered partner


# The parsed kinds that open a case of their own kind.
REQUESTS: dict[Kind, CaseKind] = {
    Kind.APPEAL: CaseKind.APPEAL, Kind.ADJUSTMENT: CaseKind.ADJUSTMENT, Kind.SUMMARY: CaseKind.SUMMARY,
}


class CaseState(StrEnum):
    """Where a case is in its life, in the words of the spec."""

    NEW = "new"
    ACKNOWLEDGED = "acknowledged"
    IN_REVIEW = "in_review"
    WAITING_PARTNER = "waiting_partner"
    DECIDED = "decided"
    CLOSED = "closed"
    REOPENED = "reopened"


class Action(StrEnum):
    """What someone (HQ, the partner's mail, the daemon) does to a case."""

    OPEN = "open"  # the first event of every case: its first mail arrived
    ACKNOWLEDGE = "acknowledge"
    REVIEW = "review"
    ASK_PARTNER = "ask_partner"
    PARTNER_REPLIED = "partner_replied"
    DECIDE = "decide"
    CLOSE = "close"
    REOPEN = "reopen"
    REASSIGN = "reassign"
    NOTE = "note"
    EVIDENCE_ADDED = "evidence_added"


# Case number prefixes (SS-2026-000123), from the vocabulary the parser shares.
PREFIX: dict[CaseKind, str] = {CaseKind(kind): prefix for kind, prefix in CASE_PREFIXES.items()}

_NUMBER = re.compile(rf"({PREFIX_ALTERNATION})-(\d{{4}})-(\d{{6}})", re.ASCII)


def case_number(prefix: str, year: int, seq: int) -> str:
    """Format a case number: case_number("SS", 2026, 123) == "SS-2026-000123"."""
    if prefix not in PREFIX.values():
        raise ValueError(f"case prefix must be one of {', '.join(PREFIX.values())}; got {prefix!r}")
    if not 1000 <= year <= 9999:
        raise ValueError(f"case year must have four digits, got {year}")
    if not 1 <= seq <= 999_999:
        raise ValueError(f"case sequence must be 1..999999, got {seq}")
    return f"{prefix}-{year}-{seq:06d}"


def parse_case_number(text: str) -> tuple[str, int, int] | None:
    """Split "SS-2026-000123" into ("SS", 2026, 123); None for anything that is not one."""
    m = _NUMBER.fullmatch(text.strip().upper())
    if m is None or int(m.group(3)) == 0:
        return None
    return m.group(1), int(m.group(2)), int(m.group(3))


@dataclass(frozen=True, slots=True)
class Move:
    """One row of the transition table: the states an action is allowed from, and where it goes.

    `to` is None for actions that leave the state as it is (a note, a reassignment, new evidence).
    """

    allowed_from: tuple[CaseState, ...]
    to: CaseState | None


def _move(allowed_from: str, to: str) -> Move:
    """Build a table row from the spec's words: _move("new acknowledged", "in_review")."""
    states = {CaseState(word) for word in allowed_from.split()}
    ordered = tuple(s for s in CaseState if s in states)
    return Move(ordered, None if to == "stays" else CaseState(to))


_ANY = " ".join(CaseState)
_OPEN = " ".join(s for s in CaseState if s is not CaseState.CLOSED)

TRANSITIONS: dict[Action, Move] = {
    # action                      allowed from                                  to
    Action.OPEN:            _move("",                                           "new"),
    Action.ACKNOWLEDGE:     _move("new",                                        "acknowledged"),
    Action.REVIEW:          _move("new acknowledged waiting_partner reopened",  "in_review"),
    Action.ASK_PARTNER:     _move("new acknowledged in_review reopened",        "waiting_partner"),
    Action.PARTNER_REPLIED: _move("waiting_partner",                            "in_review"),
    Action.DECIDE:          _move("new acknowledged in_review reopened",        "decided"),
    Action.CLOSE:           _move(_OPEN,                                        "closed"),
    Action.REOPEN:          _move("decided closed",                             "reopened"),
    Action.REASSIGN:        _move(_OPEN,                                        "stays"),
    Action.NOTE:            _move(_ANY,                                         "stays"),
    Action.EVIDENCE_ADDED:  _move(_ANY,                                         "stays"),
}


@dataclass(frozen=True, slots=True)
class CaseEvent:
    """One audit record: who did what to the case, when, and the state before and after."""

    action: Action
    from_state: CaseState
    to_state: CaseState
    actor: str
    at: datetime
    detail: str | None = None


def transition(
    number: str,
    state: CaseState,
    action: Action,
    actor: str,
    now: datetime,
    detail: str | None = None,
) -> CaseEvent:
    """Return the event for doing action to case `number` in `state`, or raise IllegalTransition.

    The refusal is one line naming the case, the action, the state and what is allowed, e.g.
    "cannot decide SS-2026-000001: it is closed (decide is allowed from new, acknowledged, ...)".
    """
    state, action = CaseState(state), Action(action)
    if not actor.strip():
        raise InvalidRequest(f"{action} on {number}: every event needs an actor")
    move = TRANSITIONS[action]
    if state not in move.allowed_from:
        allowed = ", ".join(move.allowed_from) or "no state: a case is opened once, by its first mail"
        raise IllegalTransition(
            f"cannot {action} {number}: it is {state} ({action} is allowed from {allowed})"
        )
    to = state if move.to is None else move.to
    return CaseEvent(action, state, to, actor, aware_utc(now, "now"), detail)


def reply_action(state: CaseState) -> Action:
    """Return what a partner's reply does: resume a case waiting for it, else just add evidence."""
    if state is CaseState.WAITING_PARTNER:
        return Action.PARTNER_REPLIED
    return Action.EVIDENCE_ADDED


_STOPPING = (CaseState.DECIDED, CaseState.CLOSED)


def stopwatch(events: Sequence[CaseEvent], received_at: datetime) -> Stopwatch:
    """Derive the case's SLA stopwatch from its event log, oldest event first.

    The rules look only at each event's from/to states:

    * the watch starts at `received_at`, in state new;
    * entering waiting_partner opens a pause; leaving it (partner_replied, review or close) ends
      the pause;
    * entering decided stops the watch; so does entering closed while it still runs (a case
      closed without a decision, e.g. a finished triage case, no longer owes an outcome);
    * reopen clears the stop and counts the whole gap from the stop to the reopening as a pause,
      so a reopened case carries on with the budget it had left when it was decided.

    A log whose events do not chain (each from_state the previous to_state) is a ValueError.
    """
    pauses: list[Pause] = []
    stopped_at: datetime | None = None
    state = CaseState.NEW
    for event in events:
        if event.from_state is not state:
            raise ValueError(
                f"event log broken at {event.action} {event.at.isoformat()}: "
                f"it starts from {event.from_state} but the case was {state}"
            )
        at, state = event.at, event.to_state
        if state is event.from_state:
            continue
        if event.from_state is CaseState.WAITING_PARTNER:
            pauses[-1] = (pauses[-1][0], at)
        if state is CaseState.WAITING_PARTNER:
            pauses.append((at, None))
        elif state in _STOPPING and stopped_at is None:
            stopped_at = at
        elif state is CaseState.REOPENED and stopped_at is not None:
            if pauses and pauses[-1][1] == stopped_at:
                pauses[-1] = (pauses[-1][0], at)
            else:
                pauses.append((stopped_at, at))
            stopped_at = None
    return Stopwatch(received_at, tuple(pauses), stopped_at)
