"""The reply guard: one test per rule, each asserting the reason (never a loop, no backscatter)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from maild.core.guard import History, Policy, Verdict, authentication_failures, may_auto_reply
from maild.core.routing import Decision, Route
from parsers.records import Kind, ParsedMail

POLICY = Policy(own_addresses=("dor@ptg139.com",), own_domains=("ptg139.com",), hourly_cap=5)
OPEN = Decision(Route.OPEN, "appeal request")
RECORD = Decision(Route.RECORD, "unrecognised mail from a stranger")


def mail(**values) -> ParsedMail:
    base = ParsedMail(message_id="<m@partner.cn>", sender="wang@partner.cn", sender_name=None, subject="商机申诉",
                      date=None, kind=Kind.APPEAL)
    return replace(base, **values)


def test_a_request_from_anyone_that_passes_every_rule_is_answered():
    assert may_auto_reply(mail(), OPEN, History(), POLICY) == Verdict(True, "may be answered")


def test_automatic_mail_is_never_answered_and_the_signals_are_named():
    auto = mail(kind=Kind.AUTO, kind_signals=("Auto-Submitted: auto-replied",))
    verdict = may_auto_reply(auto, Decision(Route.LINK, "linked"), History(), POLICY)
    assert verdict == Verdict(False, "automatic mail is never answered (RFC 3834): Auto-Submitted: auto-replied")


@pytest.mark.parametrize("sender", ["dor@ptg139.com", "DOR@PTG139.COM", "someone@ptg139.com"])
def test_our_own_address_and_domain_get_no_answer(sender):
    verdict = may_auto_reply(mail(sender=sender), OPEN, History(), POLICY)
    assert not verdict.allowed and verdict.reason == f"{sender} is our own address or domain"


@pytest.mark.parametrize("headers", [(("list-id", "<partners.lists.example>"),),
                                     (("list-unsubscribe", "<mailto:off@example>"),),
                                     (("precedence", "bulk"),), (("precedence", "list"),)])
def test_mailing_list_mail_gets_no_answer(headers):
    verdict = may_auto_reply(mail(auto_headers=headers), OPEN, History(), POLICY)
    assert verdict == Verdict(False, "mailing-list mail is never answered")


def test_a_sender_our_server_found_forged_gets_no_answer():
    forged = mail(auth_results=("mx.ptg139.com; spf=fail smtp.mailfrom=partner.cn; dmarc=fail header.from=partner.cn",))
    verdict = may_auto_reply(forged, OPEN, History(), POLICY)
    assert verdict == Verdict(False, "the sender may be forged (spf=fail, dmarc=fail at our server): no reply")


def test_only_our_own_servers_authentication_results_count():
    # a forger can put any Authentication-Results in the mail; ours is the topmost one
    mail_with_both = mail(auth_results=("mx.ptg139.com; spf=pass; dmarc=pass", "evil.example; dmarc=fail"))
    assert authentication_failures(mail_with_both) == []
    assert may_auto_reply(mail_with_both, OPEN, History(), POLICY).allowed
    named = replace(POLICY, authserv_ids=("mx.ptg139.com",))
    spoofed_top = mail(auth_results=("evil.example; dmarc=fail", "mx.ptg139.com; dmarc=pass"))
    assert authentication_failures(spoofed_top, named.authserv_ids) == []
    assert authentication_failures(mail(auth_results=("MX.ptg139.com; dmarc=fail",)), named.authserv_ids) == [
        "dmarc=fail"]


def test_unrecognised_mail_from_a_stranger_gets_no_answer_unless_the_operator_wants_it():
    stranger = mail(kind=Kind.UNKNOWN, sender="who@nowhere.example")
    verdict = may_auto_reply(stranger, RECORD, History(), POLICY)
    assert not verdict.allowed and "reply_to_unknown is off" in verdict.reason
    assert may_auto_reply(stranger, RECORD, History(), replace(POLICY, reply_to_unknown=True)).allowed


def test_a_sender_over_the_hourly_cap_is_held_for_hq_not_dropped():
    verdict = may_auto_reply(mail(), OPEN, History(automatic_last_hour=5), POLICY)
    assert verdict == Verdict(False, "wang@partner.cn got 5 automatic replies in the last hour (cap 5): held for HQ",
                              hold=True)
    assert may_auto_reply(mail(), OPEN, History(automatic_last_hour=4), POLICY).allowed


def test_mail_without_a_sender_address_gets_no_answer():
    assert may_auto_reply(mail(sender=None), OPEN, History(), POLICY) == Verdict(False, "no sender address to answer")


def test_automatic_mail_is_refused_before_the_cap_is_counted():
    auto = mail(kind=Kind.AUTO, kind_signals=("x-autoreply present",))
    assert not may_auto_reply(auto, OPEN, History(automatic_last_hour=99), POLICY).hold
