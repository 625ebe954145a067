"""Cases: numbering, the transition table (every move and every refusal), and the stopwatch."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from maild.core.calendar import WorkCalendar
from maild.core.cases import (
    PREFIX,
    TRANSITIONS,
    Action,
    CaseEvent,
    CaseKind,
    CaseState,
    case_number,
    parse_case_number,
    reply_action,
    stopwatch,
    transition,
)
from maild.core.sla import DEFAULT_POLICIES, Stopwatch, due_at
from maild.errors import IllegalTransition, MaildError

CST = ZoneInfo("Asia/Shanghai")
CALENDAR = WorkCalendar()
APPEAL = DEFAULT_POLICIES["appeal"]
NUMBER = "SS-2026-000001"


def at(mo: int, d: int, h: int = 0, mi: int = 0) -> datetime:
    return datetime(2026, mo, d, h, mi, tzinfo=CST)


# The spec, written out by hand: what each action does from each state.
# "-" is refused, "=" leaves the state as it is.
MATRIX = """
action           new              acknowledged     in_review        waiting_partner  decided   closed    reopened
open             -                -                -                -                -         -         -
acknowledge      acknowledged     -                -                -                -         -         -
review           in_review        in_review        -                in_review        -         -         in_review
ask_partner      waiting_partner  waiting_partner  waiting_partner  -                -         -         waiting_partner
partner_replied  -                -                -                in_review        -         -         -
decide           decided          decided          decided          -                -         -         decided
close            closed           closed           closed           closed           closed    -         closed
reopen           -                -                -                -                reopened  reopened  -
reassign         =                =                =                =                =         -         =
note             =                =                =                =                =         =         =
evidence_added   =                =                =                =                =         =         =
"""
_HEADER, *_ROWS = [line.split() for line in MATRIX.strip().splitlines()]
STATES = _HEADER[1:]
EXPECTED = {
    (row[0], state): cell for row in _ROWS for state, cell in zip(STATES, row[1:], strict=True)
}
ALLOWED = [(a, s, s if to == "=" else to) for (a, s), to in EXPECTED.items() if to != "-"]
REFUSED = [(a, s) for (a, s), to in EXPECTED.items() if to == "-"]


def test_the_matrix_covers_every_action_and_every_state():
    assert set(STATES) == set(CaseState)
    assert {row[0] for row in _ROWS} == set(Action) == set(TRANSITIONS)


@pytest.mark.parametrize(("action", "state", "to"), ALLOWED)
def test_an_allowed_action_moves_the_case_to_its_next_state(action, state, to):
    event = transition(NUMBER, CaseState(state), Action(action), "li", at(6, 8, 10))
    assert (event.action, event.from_state, event.to_state) == (action, state, to)


@pytest.mark.parametrize(("action", "state"), REFUSED)
def test_a_refused_action_names_the_case_the_state_and_what_is_allowed(action, state):
    allowed = ", ".join(s for s in STATES if EXPECTED[action, s] != "-") \
        or "no state: a case is opened once, by its first mail"
    with pytest.raises(IllegalTransition) as refused:
        transition(NUMBER, CaseState(state), Action(action), "li", at(6, 8, 10))
    assert str(refused.value) == (
        f"cannot {action} {NUMBER}: it is {state} ({action} is allowed from {allowed})"
    )


def test_ruling_a_closed_case_is_refused_in_one_clear_line():
    with pytest.raises(IllegalTransition) as refused:
        transition(NUMBER, CaseState.CLOSED, Action.DECIDE, "li", at(6, 8, 10))
    assert str(refused.value) == (
        "cannot decide SS-2026-000001: it is closed "
        "(decide is allowed from new, acknowledged, in_review, reopened)"
    )
    assert isinstance(refused.value, MaildError)


def test_an_event_records_actor_time_in_utc_and_detail():
    event = transition(NUMBER, "in_review", "decide", "zhang", at(6, 8, 10), "不计入, 第3条")
    assert event == CaseEvent(
        Action.DECIDE, CaseState.IN_REVIEW, CaseState.DECIDED, "zhang",
        datetime(2026, 6, 8, 2, tzinfo=UTC), "不计入, 第3条",
    )


def test_an_event_needs_an_actor_and_an_aware_time():
    with pytest.raises(ValueError, match="needs an actor"):
        transition(NUMBER, CaseState.NEW, Action.ACKNOWLEDGE, " ", at(6, 8))
    with pytest.raises(ValueError, match="naive"):
        transition(NUMBER, CaseState.NEW, Action.ACKNOWLEDGE, "maild", datetime(2026, 6, 8))


@pytest.mark.parametrize(
    ("state", "action"),
    [(CaseState.WAITING_PARTNER, Action.PARTNER_REPLIED)]
    + [(s, Action.EVIDENCE_ADDED) for s in CaseState if s is not CaseState.WAITING_PARTNER],
)
def test_a_partner_reply_resumes_a_waiting_case_and_otherwise_adds_evidence(state, action):
    assert reply_action(state) is action


def test_case_prefixes_follow_the_kinds():
    assert PREFIX == {
        CaseKind.APPEAL: "SS", CaseKind.ADJUSTMENT: "TZ", CaseKind.SUMMARY: "HZ", CaseKind.TRIAGE: "TR"
    }


@pytest.mark.parametrize(
    ("parts", "text"),
    [(("SS", 2026, 1), "SS-2026-000001"), (("TZ", 2026, 123), "TZ-2026-000123"),
     (("HZ", 2027, 999_999), "HZ-2027-999999"), (("TR", 2026, 42), "TR-2026-000042")],
)
def test_case_numbers_format_and_parse_back(parts, text):
    assert case_number(*parts) == text
    assert parse_case_number(text) == parts


@pytest.mark.parametrize(
    ("parts", "message"),
    [(("XX", 2026, 1), "prefix"), (("SS", 26, 1), "four digits"),
     (("SS", 2026, 0), "1..999999"), (("SS", 2026, 1_000_000), "1..999999")],
)
def test_impossible_case_numbers_are_refused(parts, message):
    with pytest.raises(ValueError, match=message):
        case_number(*parts)


@pytest.mark.parametrize(
    "text",
    ["", "SS-2026-123", "SS-2026-0000001", "XX-2026-000001", "SS-2026-000000", "SS2026000001"],
)
def test_parse_case_number_rejects_what_is_not_a_case_number(text):
    assert parse_case_number(text) is None


def test_parse_case_number_tolerates_case_and_spaces():
    assert parse_case_number(" ss-2026-000457 ") == ("SS", 2026, 457)


def replay(received: datetime, *steps: tuple[Action, datetime]) -> list[CaseEvent]:
    """Apply actions in order from new, as the shell would, and return the log."""
    events, state = [], CaseState.NEW
    for action, when in steps:
        events.append(transition(NUMBER, state, action, "li", when))
        state = events[-1].to_state
    return events


RECEIVED = at(6, 8, 10)  # Monday; 48 working hours on whole workdays → Wednesday 10:00


def test_a_case_without_events_runs_from_receipt():
    watch = stopwatch([], RECEIVED)
    assert watch == Stopwatch(RECEIVED)
    assert due_at(watch, APPEAL, CALENDAR) == at(6, 10, 10)


def test_the_outcome_stops_the_watch_and_does_not_move_the_due_time():
    events = replay(RECEIVED, (Action.ACKNOWLEDGE, at(6, 8, 10, 1)), (Action.REVIEW, at(6, 9, 9)),
                    (Action.DECIDE, at(6, 9, 15)))
    watch = stopwatch(events, RECEIVED)
    assert watch == Stopwatch(RECEIVED, (), at(6, 9, 15))
    assert due_at(watch, APPEAL, CALENDAR) == at(6, 10, 10)


def test_waiting_for_the_partner_pauses_the_watch_and_the_reply_resumes_it():
    events = replay(RECEIVED, (Action.REVIEW, at(6, 8, 11)), (Action.ASK_PARTNER, at(6, 8, 14)),
                    (Action.PARTNER_REPLIED, at(6, 9, 14)))
    watch = stopwatch(events, RECEIVED)
    assert watch == Stopwatch(RECEIVED, ((at(6, 8, 14), at(6, 9, 14)),))
    assert due_at(watch, APPEAL, CALENDAR) == at(6, 11, 10)


def test_a_case_still_waiting_for_the_partner_has_no_due_time():
    events = replay(RECEIVED, (Action.ASK_PARTNER, at(6, 8, 14)), (Action.NOTE, at(6, 9, 9)))
    watch = stopwatch(events, RECEIVED)
    assert watch.paused
    assert due_at(watch, APPEAL, CALENDAR) is None


def test_hq_taking_a_waiting_case_back_into_review_also_resumes_the_watch():
    events = replay(RECEIVED, (Action.ASK_PARTNER, at(6, 8, 14)), (Action.REVIEW, at(6, 8, 20)))
    assert stopwatch(events, RECEIVED).pauses == ((at(6, 8, 14), at(6, 8, 20)),)


def test_reopening_counts_the_gap_since_the_decision_as_a_pause():
    events = replay(RECEIVED, (Action.DECIDE, at(6, 9, 10)), (Action.CLOSE, at(6, 9, 11)),
                    (Action.REOPEN, at(6, 11, 10)))
    watch = stopwatch(events, RECEIVED)
    assert watch == Stopwatch(RECEIVED, ((at(6, 9, 10), at(6, 11, 10)),))
    assert due_at(watch, APPEAL, CALENDAR) == at(6, 12, 10)  # the 24 h left when decided


def test_a_reopened_case_stops_again_at_its_next_decision():
    events = replay(RECEIVED, (Action.DECIDE, at(6, 9, 10)), (Action.REOPEN, at(6, 11, 10)),
                    (Action.DECIDE, at(6, 11, 12)))
    assert stopwatch(events, RECEIVED) == Stopwatch(
        RECEIVED, ((at(6, 9, 10), at(6, 11, 10)),), at(6, 11, 12)
    )


def test_closing_a_waiting_case_ends_its_pause_and_reopening_extends_that_pause():
    events = replay(RECEIVED, (Action.ASK_PARTNER, at(6, 8, 14)), (Action.CLOSE, at(6, 9, 14)),
                    (Action.REOPEN, at(6, 10, 9)))
    closed, reopened = stopwatch(events[:2], RECEIVED), stopwatch(events, RECEIVED)
    assert closed == Stopwatch(RECEIVED, ((at(6, 8, 14), at(6, 9, 14)),), at(6, 9, 14))
    assert reopened == Stopwatch(RECEIVED, ((at(6, 8, 14), at(6, 10, 9)),))


def test_closing_a_case_without_a_decision_stops_the_watch():
    events = replay(RECEIVED, (Action.ACKNOWLEDGE, at(6, 8, 10, 1)), (Action.CLOSE, at(6, 8, 12)))
    assert stopwatch(events, RECEIVED).stopped_at == at(6, 8, 12)


def test_notes_reassignments_and_evidence_leave_the_watch_alone():
    events = replay(RECEIVED, (Action.NOTE, at(6, 8, 11)), (Action.REASSIGN, at(6, 8, 12)),
                    (Action.EVIDENCE_ADDED, at(6, 8, 13)))
    assert stopwatch(events, RECEIVED) == Stopwatch(RECEIVED)


def test_a_log_whose_events_do_not_chain_is_refused():
    events = [transition(NUMBER, CaseState.IN_REVIEW, Action.DECIDE, "li", at(6, 9))]
    with pytest.raises(ValueError, match="starts from in_review but the case was new"):
        stopwatch(events, RECEIVED)


@given(
    received=st.datetimes(
        min_value=datetime(2026, 1, 5), max_value=datetime(2026, 10, 31), timezones=st.just(CST)
    ),
    data=st.data(),
)
def test_the_stopwatch_is_a_deterministic_function_of_the_log(received, data):
    events, state, now = [], CaseState.NEW, received
    for _ in range(data.draw(st.integers(min_value=0, max_value=12))):
        allowed = [a for a, move in TRANSITIONS.items() if state in move.allowed_from]
        now += timedelta(minutes=data.draw(st.integers(min_value=0, max_value=36 * 60)))
        events.append(transition(NUMBER, state, data.draw(st.sampled_from(allowed)), "li", now))
        state = events[-1].to_state
    watch = stopwatch(events, received)
    assert watch == stopwatch(list(events), received)
    due = due_at(watch, APPEAL, CALENDAR)
    assert due is None or due >= due_at(Stopwatch(received), APPEAL, CALENDAR) >= received
