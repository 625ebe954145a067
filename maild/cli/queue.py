"""Commands about the case queue and SLA clocks."""

from __future__ import annotations

import logging
from datetime import datetime

import click

from maild.cli import Ctx, cli, json_option, pass_ctx, views
from maild.core.cases import Action, CaseKind, CaseState

log = logging.getLogger("maild")


@cli.group("sla")
def sla_group() -> None:
    """SLA clocks: due times on the working-day calendar."""


def _instant(text: str, tz) -> datetime:
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise click.BadParameter(f"not an ISO-8601 time: {text!r} (e.g. 2026-09-30T17:00)") from None
    return value if value.tzinfo else value.replace(tzinfo=tz)


@sla_group.command("due")
@click.argument("kind", type=click.Choice([k.value for k in CaseKind if k is not CaseKind.TRIAGE]))
@click.argument("received_at")
@click.option("--pause", "pauses", multiple=True, metavar="START/END",
              help="A wait for the partner (ISO times); repeatable. END may be empty: still waiting.")
@pass_ctx
def sla_due(c: Ctx, kind: str, received_at: str, pauses: tuple[str, ...]) -> None:
    """Print when a request received at RECEIVED_AT is due (the function cases use).

    Times without an offset are in the calendar's zone (Asia/Shanghai).

    Example: maild sla due appeal 2026-09-30T17:00 --pause 2026-10-08T09:00/2026-10-09T09:00
    """
    from maild.core import sla

    calendar, policy = c.config.work_calendar, c.config.policies[kind]
    spans = []
    for p in pauses:
        start, _, end = p.partition("/")
        spans.append((_instant(start, calendar.tz), _instant(end, calendar.tz) if end else None))
    watch = sla.Stopwatch(_instant(received_at, calendar.tz), tuple(spans))
    due = sla.due_at(watch, policy, calendar)
    if due is None:
        click.echo("paused: the clock is waiting for the partner")
        return
    click.echo(due.astimezone(calendar.tz).isoformat())


@cli.command("cases")
@click.option("--kind", type=click.Choice([k.value for k in CaseKind]), help="Only this kind.")
@click.option("--state", type=click.Choice([s.value for s in CaseState if s is not CaseState.CLOSED]),
              help="Only this state.")
@click.option("--partner", help="Only cases whose partner name contains this.")
@click.option("--overdue", is_flag=True, help="Only cases past their due time.")
@json_option()
@pass_ctx
def cases_list(c: Ctx, kind, state, partner, overdue, as_json) -> None:
    """The open cases, soonest due first, with their SLA state and checks.

    Example: maild cases --kind appeal --overdue
    """
    from maild.services import queue

    app = c.app()
    filters = queue.Filters(CaseKind(kind) if kind else None, CaseState(state) if state else None, partner, overdue)
    with app.store.transaction() as tx:
        out = [views.case_row(r.case, r.clock, c.tz, r.mail_trouble)
               for r in queue.open_cases(tx, app.terms, app.clock.now(), filters)]
    if as_json:
        for row in out:
            click.echo(views.as_json(row))
        return
    click.echo(views.table(["case", "state", "due", "left", "sla", "partner", "client", "checks", "mail"],
                           [[r["number"], r["state"], r["due"], r["left"], r["sla"], r["partner"], r["client"],
                             r["checks"], r["mail"]] for r in out], max_col=40))


@cli.group("case")
def case_group() -> None:
    """One case: show it, or act on it."""


@case_group.command("show")
@click.argument("number")
@pass_ctx
def case_show(c: Ctx, number: str) -> None:
    """Show a case: fields, checks, clock, messages and its event log.

    Example: maild case show SS-2026-000001
    """
    from maild.services import queue

    app = c.app()
    with app.store.transaction() as tx:
        f = queue.case_file(tx, number, app.terms, app.clock.now())
        click.echo(_case_text(f, c.tz))


def _case_text(f, tz) -> str:
    case, row = f.case, views.case_row(f.case, f.clock, tz)
    left = f", {row['left']} left" if row["left"] else ""
    lines = [f"{case.number}  {case.kind}  {case.state}  received {views.local(case.received_at, tz)}",
             f"  due {row['due'] or '-'}  ({row['sla'] or 'no SLA'}{left})",
             f"  partner {row['partner'] or '-'}   client {row['client'] or '-'}   sender {case.sender}"]
    lines += [f"  {key}: {value}" for key, value in case.fields.items() if value not in (None, [])]
    if row["missing"]:
        lines.append(f"  missing: {', '.join(row['missing'])}")
    provenance = (f.opened.record or {}).get("provenance", []) if f.opened else []
    lines += [f"    {p['field']:<13} ← {p['source']} ({p['rule']})" for p in provenance]
    marks = {True: "✓", False: "✗", None: "?"}
    lines += [f"  {marks[ch['passed']]} {ch['name']}: {ch['detail']}" for ch in case.checks]
    lines.append("  messages:")
    lines += [f"    {m.id}  {views.local(m.received_at, tz)}  {m.kind or '':<10} {m.sender}  {m.subject}"
              for m in f.messages]
    lines.append("  events:")
    lines += [f"    {views.local(e.at, tz)}  {e.action:<16} {e.from_state or '-'} → {e.to_state}  by {e.actor}"
              for e in f.events]
    if f.mail:
        lines.append("  mail sent:")
        lines += [f"    {views.local(m.created_at, tz)}  {m.purpose:<12} {m.status:<9} to {', '.join(m.recipients)}"
                  f"  {m.message_id}{'  (' + (m.last_error or m.note) + ')' if (m.last_error or m.note) else ''}"
                  for m in f.mail]
    return "\n".join(lines)


def _actor(_ctx: click.Context, _param: click.Parameter, value: str) -> str:
    if not value.strip():
        raise click.BadParameter("give the name of who acts (it goes into the audit log)")
    return value.strip()


@case_group.command("act")
@click.argument("number")
@click.argument("action", type=click.Choice([a.value for a in Action if a not in (Action.OPEN, Action.EVIDENCE_ADDED)]))
@click.option("--actor", required=True, callback=_actor, help="Who acts (recorded in the audit log).")
@click.option("--detail", help="A note, the verdict, or the new assignee for reassign.")
@pass_ctx
def case_act(c: Ctx, number: str, action: str, actor: str, detail: str | None) -> None:
    """Move a case through its states; a refused move exits 2 and says what is allowed.

    ask_partner pauses the clock; the partner's reply (or partner_replied) resumes it; decide stops it.

    Example: maild case act SS-2026-000001 ask_partner --actor wang --detail "请补充录音"
    """
    from maild.services import casework

    app = c.app()
    with app.store.transaction() as tx:
        case = casework.act(tx, number, action, actor, app.terms, app.clock.now(), detail)
        click.echo(f"{case.number}: {case.state}, due {views.local(case.due_at, c.tz) or '-'}"
                   f" ({case.sla_status or 'no SLA'})")


@sla_group.command("tick")
@pass_ctx
def sla_tick(c: Ctx) -> None:
    """Record new SLA warnings and breaches (once each; breaches queue an escalation).

    The daemon does this every cycle; alerts are only raised inside working time.

    Example: maild sla tick
    """
    from maild.services import alerts

    app = c.app()
    with app.store.transaction() as tx:
        done = alerts.tick(tx, app.terms, app.escalation, app.clock.now())
    for number, threshold in done:
        click.echo(f"{number}: {threshold}")
    click.echo(f"{len(done)} alert(s) recorded", err=True)


@sla_group.command("recompute")
@pass_ctx
def sla_recompute(c: Ctx) -> None:
    """Recompute open cases' due times after a calendar or policy change (logs before/after).

    Met and missed outcomes stay as they were.

    Example: maild --config maild.toml sla recompute
    """
    from maild.services import casework

    app = c.app()
    with app.store.transaction() as tx:
        changes = casework.recompute(tx, app.terms, app.clock.now())
    for number, before, after in changes:
        click.echo(f"{number}: {views.local(before, c.tz) or '-'} → {views.local(after, c.tz) or '-'}")
    click.echo(f"{len(changes)} case(s) changed", err=True)
