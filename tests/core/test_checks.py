"""Precondition checks on worked examples from the samples and DOMAIN.md §3–§4."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from maild.core.checks import CRITERIA, Check, ClientFacts, Evidence, checks_for, that_matter
from parsers.records import AttachmentInfo, Fields, Kind, Role

CST = ZoneInfo("Asia/Shanghai")
RECEIVED = datetime(2026, 6, 5, 10, 0, tzinfo=CST)
PAYING = ClientFacts("宁波北仑海晟注塑机有限公司", paying=True)


def attachment(name: str, role: Role) -> AttachmentInfo:
    return AttachmentInfo(name, "application/octet-stream", None, 100, "0" * 64, role)


SCREENSHOT = attachment("通话记录.jpg", Role.SCREENSHOT)
RECORDING = attachment("录音.amr", Role.RECORDING)
FORM = attachment("商机申诉书.docx", Role.FORM)


def appeal(**fields) -> Fields:
    base = dict(
        client="宁波北仑海晟注塑机有限公司",
        pushed_at="2026-06-03T10:25:00+08:00",
        objected_at="2026-06-03T14:50:00+08:00",
        reason_code=3,
    )
    return Fields(**(base | fields))


def check(
    name: str, kind: Kind, fields: Fields, attachments=(), client=PAYING, received=RECEIVED
) -> Check:
    found = {c.name: c for c in checks_for(kind, fields, attachments, client, received)}
    return found[name]


def test_an_appeal_gets_its_four_checks_in_order():
    checks = checks_for(Kind.APPEAL, appeal(), [SCREENSHOT], PAYING, RECEIVED)
    assert [c.name for c in checks] == [
        "objection_within_8h",
        "paying_client",
        "evidence",
        "reason_code",
    ]


def test_an_objection_4h25m_after_the_push_is_inside_the_window():  # s01
    assert check("objection_within_8h", Kind.APPEAL, appeal()) == Check(
        "objection_within_8h", True, "objected 4h25m after the push, within the 8h window"
    )


def test_an_objection_16h35m_after_the_push_is_outside_the_window():  # s04
    fields = appeal(pushed_at="2026-05-20T16:40:00+08:00", objected_at="2026-05-21T09:15:00+08:00")
    assert check("objection_within_8h", Kind.APPEAL, fields) == Check(
        "objection_within_8h", False, "objected 16h35m after the push, outside the 8h window"
    )


@pytest.mark.parametrize(
    ("objected_at", "passed"),
    [
        ("2026-06-03T18:25:00+08:00", True),
        ("2026-06-03T18:26:00+08:00", False),
        ("2026-06-03T10:25:00+08:00", True),
    ],
)
def test_the_window_is_eight_hours_inclusive(objected_at, passed):
    assert (
        check("objection_within_8h", Kind.APPEAL, appeal(objected_at=objected_at)).passed is passed
    )


def test_an_objection_before_the_push_fails_and_asks_to_check_the_times():
    result = check(
        "objection_within_8h", Kind.APPEAL, appeal(objected_at="2026-06-03T09:00:00+08:00")
    )
    assert result.passed is False
    assert "1h25m before the push" in result.detail


def test_a_time_without_a_zone_is_shanghai_time():
    fields = appeal(pushed_at="2026-06-03T10:25:00", objected_at="2026-06-03T10:25:00+00:00")
    assert check("objection_within_8h", Kind.APPEAL, fields).detail.startswith(
        "objected 8h00m after"
    )


def test_the_window_cannot_be_told_without_both_times():
    result = check("objection_within_8h", Kind.APPEAL, appeal(pushed_at=None, objected_at=None))
    assert result == Check("objection_within_8h", None, "push time and objection time not known")


@pytest.mark.parametrize(
    ("client", "passed", "detail"),
    [
        (PAYING, True, "宁波北仑海晟注塑机有限公司 is a paying client in the registry"),
        (ClientFacts("海晟", paying=False), False, "海晟 is not a paying client in the registry"),
        (ClientFacts("海晟"), None, "the registry does not say whether 海晟 pays"),
        (None, None, "client 宁波北仑海晟注塑机有限公司 not found in the registry"),
    ],
)
def test_paying_client_comes_from_the_registry(client, passed, detail):
    assert check("paying_client", Kind.APPEAL, appeal(), client=client) == Check(
        "paying_client", passed, detail
    )


def test_code_1_without_a_recording_or_screenshot_fails_the_evidence_check():
    result = check("evidence", Kind.APPEAL, appeal(reason_code=1), attachments=[FORM])
    assert result.passed is False
    assert result.detail == (
        "code 1 (peer_harassment): evidence required; none attached, "
        "a recording or a screenshot is needed"
    )


@pytest.mark.parametrize("evidence", [[RECORDING], [SCREENSHOT], [FORM, RECORDING, SCREENSHOT]])
def test_code_1_with_a_recording_or_screenshot_passes(evidence):
    result = check("evidence", Kind.APPEAL, appeal(reason_code=1), attachments=evidence)
    assert result.passed is True
    assert RECORDING.filename in result.detail or SCREENSHOT.filename in result.detail


@pytest.mark.parametrize(
    ("code", "detail"),
    [
        (2, "code 2 (wechat_unreachable): evidence recommended; none attached"),
        (3, "code 3 (wrong_contact): evidence recommended; none attached"),
        (4, "code 4 (industry_mismatch): evidence not required; none attached"),
        (5, "code 5 (product_mismatch): evidence not required; none attached"),
    ],
)
def test_other_codes_pass_the_evidence_check_and_say_what_is_advised(code, detail):
    assert check("evidence", Kind.APPEAL, appeal(reason_code=code)) == Check(
        "evidence", True, detail
    )


def test_without_a_reason_code_the_need_for_evidence_cannot_be_told():
    assert check("evidence", Kind.APPEAL, appeal(reason_code=None)).passed is None


@pytest.mark.parametrize(
    ("code", "passed"), [(1, True), (3, True), (5, True), (None, False), (6, False)]
)
def test_the_reason_code_must_be_one_of_the_five_criteria(code, passed):
    assert check("reason_code", Kind.APPEAL, appeal(reason_code=code)).passed is passed


def test_a_recognised_reason_is_shown_with_the_criterion_wording():
    detail = check("reason_code", Kind.APPEAL, appeal(reason_code=3)).detail
    assert detail == "code 3 (wrong_contact): 需求者留错电话/个人或其他不对口企业"


def test_only_code_1_requires_evidence():
    required = [c.code for c in CRITERIA.values() if c.evidence is Evidence.REQUIRED]
    assert required == [1] and sorted(CRITERIA) == [1, 2, 3, 4, 5]


@pytest.mark.parametrize(
    ("fields", "passed", "detail"),
    [
        (Fields(lead_count=3), False, "covers 3 leads; adjustments come after every 5 or 10 leads"),
        (Fields(lead_count=10), True, "covers 10 leads"),
        (Fields(lead_ids=("a", "b", "c", "d", "e")), True, "covers 5 leads"),
        (
            Fields(lead_count=5, lead_ids=("a", "b", "c", "d")),
            True,
            "covers 5 leads (4 ids listed)",
        ),
        (Fields(), None, "neither a lead count nor lead ids given"),
    ],
)
def test_an_adjustment_covers_5_or_10_leads(fields, passed, detail):
    assert checks_for(Kind.ADJUSTMENT, fields, (), None, RECEIVED) == (
        Check("covers_5_or_10", passed, detail),
    )


def test_74_of_120_leads_reaches_the_60_percent_trigger():  # s09
    fields = Fields(
        quota=120, pushed_count=74, service_start="2025-12-15", service_end="2026-12-14"
    )
    leads, period, trigger = checks_for(
        Kind.SUMMARY, fields, (), None, datetime(2026, 6, 10, tzinfo=CST)
    )
    assert leads == Check(
        "lead_60",
        True,
        "74 of 120 leads pushed (61.7%, quota from the mail); the trigger is 60%",
    )
    assert period.passed is False
    assert trigger == Check("trigger", True, "lead_60 reached")


def test_a_period_70_percent_gone_reaches_the_time_trigger():  # s10
    fields = Fields(
        quota=200, pushed_count=105, service_start="2025-09-20", service_end="2026-09-19"
    )
    leads, period, trigger = checks_for(Kind.SUMMARY, fields, (), None, RECEIVED)
    assert leads.passed is False
    assert period == Check(
        "time_70",
        True,
        "70.8% of the service period 2025-09-20..2026-09-19 elapsed on 2026-06-05 "
        "(dates from the mail); the trigger is 70%",
    )
    assert trigger == Check("trigger", True, "time_70 reached")


@pytest.mark.parametrize(("pushed", "passed"), [(72, True), (71, False)])
def test_the_lead_trigger_is_exactly_60_percent(pushed, passed):
    assert check("lead_60", Kind.SUMMARY, Fields(quota=120, pushed_count=pushed)).passed is passed


def test_the_quota_falls_back_to_the_registry():
    client = ClientFacts("宏运叉车", paying=True, quota=100)
    result = check("lead_60", Kind.SUMMARY, Fields(pushed_count=60), client=client)
    assert result.passed is True
    assert "quota from the registry" in result.detail


def test_the_service_period_falls_back_to_the_registry():
    client = ClientFacts("宏运叉车", service_start=date(2025, 9, 20), service_end=date(2026, 9, 19))
    result = check("time_70", Kind.SUMMARY, Fields(), client=client)
    assert result.passed is True
    assert "dates from the registry" in result.detail


def test_a_period_not_yet_started_has_not_reached_the_time_trigger():
    fields = Fields(service_start="2026-07-01", service_end="2027-06-30")
    assert check("time_70", Kind.SUMMARY, fields).passed is False


def test_a_period_that_ends_before_it_starts_cannot_be_judged():
    fields = Fields(service_start="2026-07-01", service_end="2026-06-30")
    assert check("time_70", Kind.SUMMARY, fields).passed is None


def test_a_summary_with_no_facts_cannot_be_judged():
    assert checks_for(Kind.SUMMARY, Fields(), (), None, RECEIVED) == (
        Check("lead_60", None, "the number of leads pushed so far is not given"),
        Check("time_70", None, "no service period in the mail or the registry"),
        Check("trigger", None, "no trigger reached yet, and not all facts are known"),
    )


def test_a_summary_before_either_trigger_fails():
    fields = Fields(
        quota=120, pushed_count=30, service_start="2026-01-01", service_end="2026-12-31"
    )
    trigger = check("trigger", Kind.SUMMARY, fields)
    assert trigger == Check(
        "trigger", False, "neither 60% of the quota nor 70% of the period reached"
    )


def test_both_triggers_can_hold_at_once():
    fields = Fields(
        quota=100, pushed_count=90, service_start="2025-07-01", service_end="2026-06-30"
    )
    assert check("trigger", Kind.SUMMARY, fields).detail == "lead_60 and time_70 reached"


@pytest.mark.parametrize("kind", [Kind.REPLY, Kind.AUTO, Kind.UNKNOWN])
def test_mail_that_is_no_request_has_no_checks(kind):
    assert checks_for(kind, appeal(), [SCREENSHOT], PAYING, RECEIVED) == ()


def test_once_a_trigger_is_reached_the_unreached_one_no_longer_matters():
    reached = [Check("lead_60", False, "30%"), Check("time_70", True, "75%"), Check("trigger", True, "time_70 reached")]
    assert that_matter(reached) == [Check("trigger", True, "time_70 reached")]
    waiting = [Check("lead_60", None, "?"), Check("time_70", False, "10%"), Check("trigger", None, "not all known")]
    assert that_matter(waiting) == waiting


def test_each_criterion_carries_the_process_documents_wording():
    assert CRITERIA[2].wording == "需求者留微信，微信如何都加不上"
    assert [c.name for c in CRITERIA.values()] == [
        "peer_harassment", "wechat_unreachable", "wrong_contact", "industry_mismatch", "product_mismatch"]


def test_a_check_round_trips_through_its_stored_form():
    check = Check("evidence", None, "no recording or screenshot attached")
    assert Check.from_json(check.to_json()) == check
