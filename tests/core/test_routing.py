"""The case decision, as a value: each route with its reason, and the order threads are trusted in."""

from __future__ import annotations

from dataclasses import replace

import pytest

from maild.core.cases import CaseKind
from maild.core.routing import Decision, Facts, Route, ThreadMatch, candidates, decide, thread_refs
from parsers.records import Kind, ParsedMail

CASE = "SS-2026-000001"
OTHER = "SS-2026-000002"


def mail(kind: Kind, **values) -> ParsedMail:
    base = ParsedMail(message_id="<m@partner.cn>", sender="wang@partner.cn", sender_name=None,
                      subject="s", date=None, kind=kind)
    return replace(base, **values)


@pytest.mark.parametrize(("kind", "case_kind"), [(Kind.APPEAL, CaseKind.APPEAL),
                                                 (Kind.ADJUSTMENT, CaseKind.ADJUSTMENT),
                                                 (Kind.SUMMARY, CaseKind.SUMMARY)])
def test_a_request_opens_a_case_of_its_kind_and_says_which_signals_made_it_one(kind, case_kind):
    decision = decide(mail(kind, kind_signals=("subject:商机申诉",)), Facts())
    assert decision == Decision(Route.OPEN, f"{case_kind} request (signals: subject:商机申诉)", kind=case_kind)
    assert decision.opens_case


def test_a_request_opens_a_case_even_inside_another_cases_thread():
    appeal = mail(Kind.APPEAL, case_ref=CASE)
    assert decide(appeal, Facts(existing=frozenset({CASE}))).route is Route.OPEN


def test_a_reply_threads_into_the_case_its_subject_tag_names():
    decision = decide(mail(Kind.REPLY, case_ref=CASE), Facts(existing=frozenset({CASE})))
    assert decision == Decision(Route.THREAD, f"reply to {CASE}, found by subject tag",
                                case_number=CASE, via="subject tag")
    assert not decision.opens_case


def test_a_reply_found_only_through_the_threading_registry_threads():
    reply = mail(Kind.REPLY, in_reply_to="<ack.1@ptg139.com>")
    decision = decide(reply, Facts(registered={"<ack.1@ptg139.com>": CASE}, existing=frozenset({CASE})))
    assert (decision.route, decision.case_number, decision.via) == (Route.THREAD, CASE, "threading registry")


def test_automatic_mail_in_a_thread_is_linked_and_moves_nothing():
    decision = decide(mail(Kind.AUTO, case_ref=CASE), Facts(existing=frozenset({CASE})))
    assert decision.route is Route.LINK and decision.case_number == CASE
    assert decision.reason == f"automatic mail in the thread of {CASE} (found by subject tag): linked, moves nothing"


@pytest.mark.parametrize(("kind", "what"), [(Kind.REPLY, "a reply"), (Kind.AUTO, "automatic mail")])
def test_a_reply_or_automatic_mail_whose_case_does_not_exist_is_only_recorded(kind, what):
    decision = decide(mail(kind, case_ref=CASE), Facts(existing=frozenset()))
    assert decision == Decision(Route.RECORD, f"{what} that matches no case (subject tag, references, "
                                              f"body token): recorded only")


def test_unrecognised_mail_from_a_registered_partner_becomes_triage():
    decision = decide(mail(Kind.UNKNOWN), Facts(partner="常州龙城企服网络科技有限公司"))
    assert decision == Decision(Route.TRIAGE, "unrecognised mail from registered partner "
                                              "常州龙城企服网络科技有限公司: a triage case for HQ",
                                kind=CaseKind.TRIAGE)


def test_unrecognised_mail_from_a_stranger_is_only_recorded():
    decision = decide(mail(Kind.UNKNOWN), Facts())
    assert decision.route is Route.RECORD and "outside the partner registry" in decision.reason


def test_threads_are_trusted_subject_first_then_registry_then_references_then_body():
    reply = mail(Kind.REPLY, case_ref=CASE, in_reply_to="<x@partner.cn>",
                 references=("<DOR#SS-2026-000003.1@ptg139.com>", "<x@partner.cn>"),
                 body_text="…\n[DOR#SS-2026-000004]\n")
    assert candidates(reply, {"<x@partner.cn>": OTHER}) == [
        ThreadMatch(CASE, "subject tag"),
        ThreadMatch(OTHER, "threading registry"),
        ThreadMatch("SS-2026-000003", "case tag in References"),
        ThreadMatch("SS-2026-000004", "case token in the body"),
    ]


def test_the_first_candidate_that_exists_wins():
    reply = mail(Kind.REPLY, case_ref="SS-2026-000009", body_text="见 DOR#SS-2026-000004")
    decision = decide(reply, Facts(existing=frozenset({"SS-2026-000004"})))
    assert (decision.case_number, decision.via) == ("SS-2026-000004", "case token in the body")


def test_the_registry_is_asked_about_in_reply_to_then_references_nearest_first_once_each():
    reply = mail(Kind.REPLY, in_reply_to="<b@x>", references=("<a@x>", "<b@x>"))
    assert thread_refs(reply) == ("<b@x>", "<a@x>")


def test_a_registry_match_for_in_reply_to_wins_over_one_for_an_older_reference():
    reply = mail(Kind.REPLY, in_reply_to="<ack.new@ptg139.com>", references=("<ack.old@ptg139.com>",))
    registered = {"<ack.old@ptg139.com>": OTHER, "<ack.new@ptg139.com>": CASE}
    decision = decide(reply, Facts(registered=registered, existing=frozenset({CASE, OTHER})))
    assert decision.case_number == CASE


def test_unrecognised_mail_naming_an_existing_case_by_its_bare_number_joins_that_case():
    question = mail(Kind.UNKNOWN, subject="查询", new_text="麻烦查询一下 ss-2026-000001 的进度")
    decision = decide(question, Facts(existing=frozenset({CASE}), partner="常州龙城"))
    assert decision == Decision(Route.THREAD, f"unrecognised mail naming {CASE} (case number in the text): joins it",
                                case_number=CASE, via="case number in the text")


def test_a_bare_number_of_a_case_that_does_not_exist_changes_nothing():
    question = mail(Kind.UNKNOWN, new_text="SS-2026-000099 怎么样了")
    assert decide(question, Facts(existing=frozenset({CASE}), partner="常州龙城")).route is Route.TRIAGE


def test_a_lead_id_is_not_a_case_number():
    assert candidates(mail(Kind.UNKNOWN, new_text="商机 XSS-2026-0000011 有问题"), {}) == []
