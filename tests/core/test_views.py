"""The CLI's presentation helpers (pure): widths, clipping, local times, the checks column."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from maild.cli.views import checks_summary, clip, local, safe, width
from maild.core.checks import Check
from parsers.records import SHANGHAI


@pytest.mark.parametrize(("text", "limit", "clipped"), [
    ("abcd", 3, "ab…"),
    ("abc", 3, "abc"),
    ("商机申诉", 5, "商机…"),
    ("商机申诉", 8, "商机申诉"),
    ("a商机", 4, "a商…"),
    ("", 1, ""),
])
def test_a_clipped_cell_never_overflows_its_width_ellipsis_included(text, limit, clipped):
    assert clip(text, limit) == clipped
    assert width(clip(text, limit)) <= limit


def test_wide_characters_count_as_two_columns():
    assert width("SS商机") == 6


def test_a_stored_time_is_shown_in_the_calendars_zone():
    assert local(datetime(2026, 9, 30, 1, 0, tzinfo=UTC), SHANGHAI) == "2026-09-30 09:00"
    assert local(None, SHANGHAI) == ""


def test_the_checks_column_names_failures_and_unknowns_and_says_ok_when_all_pass():
    assert checks_summary([Check("a", True, ""), Check("b", True, "")]) == "ok"
    assert checks_summary([Check("a", False, ""), Check("b", None, "")]) == "✗a, ?b"
    assert checks_summary([]) == "-"


def test_once_a_summary_trigger_is_reached_the_other_trigger_is_not_a_failure():
    checks = [Check("lead_60", False, ""), Check("time_70", True, ""), Check("trigger", True, "time_70 reached")]
    assert checks_summary(checks) == "ok"


@pytest.mark.parametrize(("text", "shown"), [
    ("a\x1b]0;pwned\x07b", "a\\x1b]0;pwned\\x07b"),  # OSC: window title
    ("\x1b]52;c;cGF3bmVk\x07", "\\x1b]52;c;cGF3bmVk\\x07"),  # OSC 52: the clipboard
    ("Re: x\r\nX-Injected: yes", "Re: x\\x0d\\x0aX-Injected: yes"),  # a forged row
    ("invoice\u202egpj.exe", "invoice\\u202egpj.exe"),  # a bidi override
    ("tab\there", "tab here"),
    ("普通中文", "普通中文"),
])
def test_text_from_mail_is_shown_escaped_so_no_sequence_can_act(text, shown):
    assert safe(text) == shown


def test_a_clipped_cell_cannot_cut_an_escape_sequence_in_half():
    cell = clip(safe("\x1b[31m" * 10), 9)
    assert "\x1b" not in cell and width(cell) <= 9


def test_a_message_body_keeps_its_lines_but_not_its_escapes():
    assert safe("一\r\n二\x1b[2J", lines=True) == "一\n二\\x1b[2J"
