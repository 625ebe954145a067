"""When the 139 process expects mail from a partner: the reminder rules as values."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from fractions import Fraction
from zoneinfo import ZoneInfo

from maild.core.reminders import ClientStanding, Settings, Trigger, due, period_share

SH = ZoneInfo("Asia/Shanghai")
SETTINGS = Settings()
# a year's service from 2026-01-01: 70 % of 365 days (255.5) is passed on 2026-09-13 at 12:00
CLIENT = ClientStanding(7, "金岳激光", "龙城企服", paying=True, quota=100, service_start=date(2026, 1, 1),
                        service_end=date(2026, 12, 31), pushed=10, since_feedback=3,
                        last_push_at=datetime(2026, 6, 1, 10, tzinfo=SH))


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=SH)


def triggers(standing: ClientStanding, now: str, settings: Settings = SETTINGS) -> dict[Trigger, str]:
    return {d.trigger: d.key for d in due(standing, settings, at(now), SH)}


def test_period_share_counts_whole_days_of_the_period_in_the_calendars_zone():
    assert period_share(date(2026, 1, 1), date(2026, 12, 31), at("2026-01-01T00:00"), SH) == 0
    assert period_share(date(2026, 1, 1), date(2026, 12, 31), at("2027-01-01T00:00"), SH) == 1
    assert period_share(date(2026, 1, 1), date(2026, 1, 10), at("2026-01-08T00:00"), SH) == Fraction(7, 10)
    assert period_share(None, date(2026, 1, 10), at("2026-01-08T00:00"), SH) is None


def test_a_summary_is_asked_for_at_seventy_percent_of_the_period_not_before():
    quiet = replace(CLIENT, last_push_at=at("2026-09-12T10:00"))
    assert Trigger.SUMMARY not in triggers(quiet, "2026-09-13T11:59")
    assert triggers(quiet, "2026-09-13T12:00")[Trigger.SUMMARY] == "summary:7:2026-01-01"


def test_a_summary_is_asked_for_at_sixty_percent_of_the_quota():
    standing = replace(CLIENT, pushed=59, last_push_at=at("2026-03-01T10:00"))
    assert Trigger.SUMMARY not in triggers(standing, "2026-03-02T10:00")
    (d,) = [d for d in due(replace(standing, pushed=60), SETTINGS, at("2026-03-02T10:00"), SH)
            if d.trigger is Trigger.SUMMARY]
    assert d.facts["lead_trigger"] is True and d.facts["time_trigger"] is False
    assert "60 of 100 leads pushed (60%)" in d.reason


def test_no_summary_reminder_once_a_summary_came_in_this_period():
    standing = replace(CLIENT, pushed=80, last_summary_at=at("2026-08-01T10:00"))
    assert Trigger.SUMMARY not in triggers(standing, "2026-09-20T10:00")


def test_feedback_is_asked_for_every_ten_leads_since_the_last_adjustment_feedback_one_key_a_batch():
    assert Trigger.FEEDBACK not in triggers(replace(CLIENT, since_feedback=9), "2026-05-01T10:00")
    ten = replace(CLIENT, since_feedback=10, feedback_mark="TZ-2026-000004")
    assert triggers(ten, "2026-05-01T10:00")[Trigger.FEEDBACK] == "feedback:7:TZ-2026-000004:1"
    assert triggers(replace(ten, since_feedback=19), "2026-05-01T10:00")[Trigger.FEEDBACK].endswith(":1")
    assert triggers(replace(ten, since_feedback=20), "2026-05-01T10:00")[Trigger.FEEDBACK].endswith(":2")


def test_feedback_every_five_when_configured():
    five = Settings(feedback_every=5)
    assert triggers(replace(CLIENT, since_feedback=5), "2026-05-01T10:00", five)[Trigger.FEEDBACK] == \
        "feedback:7:start:1"


def test_a_client_without_a_push_for_twenty_one_days_is_noticed_once_per_silence():
    standing = replace(CLIENT, last_push_at=at("2026-05-01T16:00"))
    assert Trigger.SILENT not in triggers(standing, "2026-05-21T23:00")
    assert triggers(standing, "2026-05-22T00:00")[Trigger.SILENT] == "silent:7:2026-05-01"
    # a push ends the silence; the next one has its own key
    again = replace(standing, last_push_at=at("2026-06-03T09:00"))
    assert triggers(again, "2026-06-24T09:00")[Trigger.SILENT] == "silent:7:2026-06-03"


def test_a_client_never_pushed_to_counts_from_its_period_start_only_once_the_log_is_in_use():
    never = replace(CLIENT, last_push_at=None, pushed=0, since_feedback=0)
    assert triggers(never, "2026-02-01T10:00")[Trigger.SILENT] == "silent:7:2026-01-01"
    assert Trigger.SILENT not in triggers(replace(never, log_in_use=False), "2026-02-01T10:00")


def test_only_paying_clients_inside_their_period_are_reminded():
    busy = replace(CLIENT, pushed=90, since_feedback=30, last_push_at=at("2026-01-02T10:00"))
    assert triggers(replace(busy, paying=False), "2026-10-01T10:00") == {}
    assert triggers(busy, "2027-01-01T00:00") == {}  # the period ended
    assert triggers(replace(busy, service_start=date(2026, 11, 1)), "2026-10-01T10:00") == {}  # not yet begun
    assert set(triggers(busy, "2026-10-01T10:00")) == {Trigger.SUMMARY, Trigger.FEEDBACK, Trigger.SILENT}


def test_each_trigger_can_be_turned_off():
    busy = replace(CLIENT, pushed=90, since_feedback=30, last_push_at=at("2026-01-02T10:00"))
    off = Settings(summary=False, feedback=False, silent=False)
    assert triggers(busy, "2026-10-01T10:00", off) == {}
    assert set(triggers(busy, "2026-10-01T10:00", Settings(silent_days=365))) == {Trigger.SUMMARY, Trigger.FEEDBACK}
