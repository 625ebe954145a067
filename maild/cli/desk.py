"""The review desk's actions: rule, confirm, answer, ask, assign, reopen, close, note.

Each shows what it will do and the mail it will send, asks to confirm (`--yes` skips it,
`--dry-run` stops after showing), then records the reviewer (`--as`, MAILD_USER or the OS
user) on the case's event and puts the mail in the outbox. A refused action is one line and
exit 2; repeating an action never sends a second mail.
"""

from __future__ import annotations

from pathlib import Path

import click

from maild.cli import Ctx, pass_ctx, views
from maild.cli.queue import case_group
from maild.services.desk import ASKABLE, Request


def _confirming(f):
    f = click.option("--dry-run", is_flag=True, help="Only show what would happen and the mail it would send.")(f)
    return click.option("--yes", "-y", is_flag=True, help="Do it without asking.")(f)


def _act(c: Ctx, request: Request, yes: bool, dry_run: bool) -> None:
    from maild.services import desk

    app = c.app()
    with app.store.transaction() as tx:
        plan = desk.plan(tx, request, app.replying, app.clock.now())
    if plan.unchanged:
        click.echo(f"{plan.number}: {plan.unchanged}; nothing to do")
        return
    click.echo(f"{plan.number}: {plan.action} by {request.actor}" + (f" — {views.safe(plan.detail)}" if plan.detail else ""))
    if plan.letter is not None:
        click.echo("── the mail it sends ──")
        click.echo(views.readable_mail(plan.letter.raw).rstrip())
        click.echo("──")
    else:
        click.echo("(no mail: HQ only)")
    if dry_run:
        click.echo("dry run: nothing was changed or sent", err=True)
        return
    if not yes:
        click.confirm("Send it?" if plan.letter is not None else "Do it?", abort=True, err=True)
    with app.store.transaction() as tx:
        case, done = desk.carry(tx, request, app.replying, app.terms, app.clock.now())
        due = views.local(case.due_at, c.tz) or "-"
        click.echo(f"{case.number}: {case.state}, due {due} ({case.sla_status or 'no SLA'})"
                   + (f"; mail {done.letter.message_id} queued" if done.letter is not None else ""))


@case_group.command("rule")
@click.argument("number")
@click.option("--counted/--not-counted", "counted", default=None, help="The verdict: the lead counts, or it does not.")
@click.option("--criterion", type=click.IntRange(1, 5), help="The 商机判定标准 it meets (1..5); needed for --not-counted.")
@click.option("--comment", default="", help="The reviewer's words, quoted in the verdict mail.")
@_confirming
@pass_ctx
def case_rule(c: Ctx, number: str, counted: bool | None, criterion: int | None, comment: str, yes: bool,
              dry_run: bool) -> None:
    """Rule an appeal: the verdict mail quotes the criterion's wording; the clock stops.

    Example: maild --as wang case rule SS-2026-000001 --not-counted --criterion 1 --comment "录音为同行询价"
    """
    _act(c, Request("rule", number, c.user, counted=counted, criterion=criterion, comment=comment), yes, dry_run)


@case_group.command("confirm")
@click.argument("number")
@click.option("--note", required=True, help="What was changed in the promotion (sent to the partner).")
@_confirming
@pass_ctx
def case_confirm(c: Ctx, number: str, note: str, yes: bool, dry_run: bool) -> None:
    """Confirm an adjustment: tell the partner what was changed; the clock stops.

    Example: maild case confirm TZ-2026-000001 --note "新增关键词：液压站；删除：二手设备" --yes
    """
    _act(c, Request("confirm", number, c.user, note=note), yes, dry_run)


@case_group.command("answer")
@click.argument("number")
@click.option("--plan-file", required=True, type=click.Path(exists=True, dir_okay=False),
              help="A UTF-8 text file with the renewal plan (sent to the partner as written).")
@_confirming
@pass_ctx
def case_answer(c: Ctx, number: str, plan_file: str, yes: bool, dry_run: bool) -> None:
    """Answer a summary with the renewal plan; the clock stops.

    Example: maild case answer HZ-2026-000001 --plan-file plan.txt
    """
    text = Path(plan_file).read_text(encoding="utf-8-sig")
    _act(c, Request("answer", number, c.user, plan_text=text), yes, dry_run)


@case_group.command("ask")
@click.argument("number")
@click.option("--need", "needs", multiple=True, required=True, type=click.Choice(ASKABLE),
              help="What the partner must supply (repeatable).")
@click.option("--note", default="", help="The reviewer's words to the partner.")
@_confirming
@pass_ctx
def case_ask(c: Ctx, number: str, needs: tuple[str, ...], note: str, yes: bool, dry_run: bool) -> None:
    """Ask the partner for information: the clock pauses until the partner replies.

    Example: maild case ask SS-2026-000002 --need evidence --note "请补充通话录音"
    """
    _act(c, Request("ask", number, c.user, needs=needs, note=note), yes, dry_run)


@case_group.command("assign")
@click.argument("number")
@click.argument("user")
@_confirming
@pass_ctx
def case_assign(c: Ctx, number: str, user: str, yes: bool, dry_run: bool) -> None:
    """Assign a case to a reviewer (no mail).

    Example: maild case assign SS-2026-000001 wang --yes
    """
    _act(c, Request("assign", number, c.user, assignee=user), yes, dry_run)


@case_group.command("reopen")
@click.argument("number")
@click.option("--reason", required=True, help="Why the case is open again (recorded).")
@_confirming
@pass_ctx
def case_reopen(c: Ctx, number: str, reason: str, yes: bool, dry_run: bool) -> None:
    """Reopen a decided or closed case; it carries on with the budget it had left (no mail).

    Example: maild case reopen SS-2026-000001 --reason "合作商提供了新的录音"
    """
    _act(c, Request("reopen", number, c.user, note=reason), yes, dry_run)


@case_group.command("close")
@click.argument("number")
@_confirming
@pass_ctx
def case_close(c: Ctx, number: str, yes: bool, dry_run: bool) -> None:
    """Close a case (no mail).

    Example: maild case close TR-2026-000001 --yes
    """
    _act(c, Request("close", number, c.user), yes, dry_run)


@case_group.command("note")
@click.argument("number")
@click.argument("text")
@pass_ctx
def case_note(c: Ctx, number: str, text: str) -> None:
    """Add an internal note to a case (no mail, no confirmation).

    Example: maild case note SS-2026-000001 "已电话联系合作商"
    """
    _act(c, Request("note", number, c.user, note=text), True, False)
