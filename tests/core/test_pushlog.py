"""The push log as values: CSV rules, and what an appeal's checks make of it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from maild.core.checks import checks_for
from maild.core.pushlog import Logged, normalize_lead, read_pushes
from maild.errors import RegistryError
from parsers.records import Fields, Kind

SH = ZoneInfo("Asia/Shanghai")


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=SH)


def test_a_push_log_reads_english_or_chinese_headers_and_times_in_the_calendars_zone():
    english = read_pushes("client,lead_id,pushed_at,keyword,product\n金岳激光,SJ20260929-0001,2026-09-29 10:00,激光,切割机\n",
                          SH)
    chinese = read_pushes("客户,商机编号,推送时间\n金岳激光,SJ20260929-0002,2026/9/29 10:05:30\n", SH)
    offset = read_pushes("client,lead_id,pushed_at\n金岳激光,SJ20260929-0003,2026-09-29T02:00:00+00:00\n", SH)
    assert [(r.client, r.lead_id, r.pushed_at, r.keyword, r.product) for r in english] == [
        ("金岳激光", "SJ20260929-0001", at("2026-09-29T10:00"), "激光", "切割机")]
    assert chinese[0].pushed_at == at("2026-09-29T10:05:30") and chinese[0].keyword == ""
    assert offset[0].pushed_at == at("2026-09-29T10:00")
    assert english[0].line == 2


def test_every_bad_row_is_named_by_its_line_and_nothing_is_returned():
    text = ("client,lead_id,pushed_at\n"
            "金岳激光,SJ1,2026-09-29 10:00\n"
            ",SJ2,2026-09-29 10:00\n"  # no client
            "金岳激光,SJ3,yesterday\n"  # no time
            "金岳激光,SJ4,2026-02-30 10:00\n"  # no such day
            "金岳激光,SJ1,2026-09-29 11:00\n")  # SJ1 again, with another time
    with pytest.raises(RegistryError) as caught:
        read_pushes(text, SH)
    problems = caught.value.problems
    assert any(p.startswith("line 3: client") for p in problems)
    assert any(p.startswith("line 4: pushed_at") for p in problems)
    assert any(p.startswith("line 5: pushed_at") for p in problems)
    assert any(p.startswith("line 6: lead_id") and "line 2" in p for p in problems)
    assert len(problems) == 4


def test_a_file_without_a_required_column_is_refused():
    with pytest.raises(RegistryError) as caught:
        read_pushes("client,pushed_at\n金岳激光,2026-09-29 10:00\n", SH)
    assert "lead_id" in " ".join(caught.value.problems)


def test_the_same_push_twice_in_one_file_is_one_row_and_lead_ids_fold_full_width_forms():
    rows = read_pushes("client,lead_id,pushed_at\n金岳激光,ＳＪ20260929－0001,2026-09-29 10:00\n"
                       "金岳激光,sj20260929-0001,2026-09-29 10:00\n", SH)
    assert len(rows) == 1
    assert normalize_lead("ＳＪ20260929－0001") == normalize_lead(" sj20260929-0001 ") == "SJ20260929-0001"


# ---- the appeal's checks ---------------------------------------------------------------------

def appeal(lead_ids=("SJ20260929-0001",), pushed="2026-09-29T10:00:00+08:00", objected="2026-09-29T15:00:00+08:00"):
    return Fields(partner="龙城企服", client="金岳激光", lead_ids=tuple(lead_ids), pushed_at=pushed,
                  objected_at=objected, reason_code=2)


def checks(fields: Fields, logged: Logged | None) -> dict[str, tuple[bool | None, str]]:
    return {c.name: (c.passed, c.detail) for c in checks_for(Kind.APPEAL, fields, (), None, at("2026-09-29T16:00"),
                                                               logged)}


def test_without_a_log_for_the_client_there_is_no_push_log_check():
    assert "push_log" not in checks(appeal(), None)
    assert "push_log" not in checks(appeal(), Logged("金岳激光", has_pushes=False))


def test_the_log_agrees_when_the_lead_was_pushed_to_this_client_at_the_claimed_time():
    passed, detail = checks(appeal(), Logged("金岳激光", True, {"SJ20260929-0001": at("2026-09-29T10:00:20")}))["push_log"]
    assert passed is True and "SJ20260929-0001 pushed at 2026-09-29 10:00" in detail


def test_a_lead_never_pushed_to_the_client_fails_and_names_where_it_went():
    logged = Logged("金岳激光", True, {}, {"SJ20260929-0001": "别家公司"})
    passed, detail = checks(appeal(), logged)["push_log"]
    assert passed is False and "never pushed to 金岳激光" in detail and "别家公司" in detail


def test_a_claimed_time_other_than_the_logs_fails_with_both_values():
    logged = Logged("金岳激光", True, {"SJ20260929-0001": at("2026-09-29T08:30")})
    passed, detail = checks(appeal(), logged)["push_log"]
    assert passed is False
    assert "the mail says pushed at 2026-09-29 10:00" in detail and "the push log says 2026-09-29 08:30" in detail


def test_the_eight_hour_window_uses_the_logs_time():
    # the mail says 10:00 (5h before the objection): the log says 06:30, 8h30 before it
    logged = Logged("金岳激光", True, {"SJ20260929-0001": at("2026-09-29T06:30")})
    passed, detail = checks(appeal(), logged)["objection_within_8h"]
    assert passed is False and "push time from the push log" in detail and "8h30m" in detail
    assert checks(appeal(), None)["objection_within_8h"][0] is True


def test_a_lead_id_written_full_width_in_the_mail_is_found_in_the_log():
    logged = Logged("金岳激光", True, {"SJ20260929-0001": at("2026-09-29T10:00")})
    assert checks(appeal(lead_ids=("ＳＪ20260929－0001",)), logged)["push_log"][0] is True


def test_an_appeal_without_a_lead_id_cannot_be_looked_up():
    assert checks(appeal(lead_ids=()), Logged("金岳激光", True, {"X": at("2026-09-29T10:00")}))["push_log"][0] is None


def test_times_compare_as_instants_whatever_zone_they_were_written_in():
    logged = Logged("金岳激光", True, {"SJ20260929-0001": datetime(2026, 9, 29, 2, 0, tzinfo=UTC)})
    assert checks(appeal(), logged)["push_log"][0] is True
    late = Logged("金岳激光", True, {"SJ20260929-0001": at("2026-09-29T10:00") + timedelta(minutes=1)})
    assert checks(appeal(), late)["push_log"][0] is False
