"""Commands about the registry, the case queue and SLA clocks."""

from __future__ import annotations

import json
import logging
from datetime import datetime
from pathlib import Path

import click

from maild.cli import Ctx, cli, pass_ctx, views

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
@click.argument("kind", type=click.Choice(["appeal", "adjustment", "summary"]))
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


def _import(c: Ctx, path: str, kind: str) -> None:
    from maild.core import registry
    from maild.services import registry_import

    app = c.app()
    text = Path(path).read_text(encoding="utf-8-sig")
    try:
        rows = registry.read_partners(text) if kind == "partners" else registry.read_clients(text)
        with app.store.transaction() as tx:
            done = (registry_import.import_partners if kind == "partners" else registry_import.import_clients)(
                tx, rows, app.clock.now())
    except registry.RegistryError as exc:
        for problem in exc.problems:
            click.echo(f"{path}: {problem}", err=True)
        raise click.ClickException(f"{len(exc.problems)} problem(s): nothing was imported") from None
    click.echo(f"{kind}: {done.added} added, {done.updated} updated")


@cli.group()
def partners() -> None:
    """The partner registry (who may write to HQ, from which addresses)."""


@partners.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@pass_ctx
def partners_import(c: Ctx, file: str) -> None:
    """Import or update partners from a CSV file (all rows or none).

    Columns: name, addresses, domains, contact (Chinese headers 名称/邮箱/域名/联系人 work too).

    Example: maild partners import partners.csv
    """
    _import(c, file, "partners")


@cli.group()
def clients() -> None:
    """The client registry (paying, quota, service period)."""


@clients.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@pass_ctx
def clients_import(c: Ctx, file: str) -> None:
    """Import or update clients from a CSV file (all rows or none).

    Columns: name, partner, paying, quota, service_start, service_end, keywords, excluded_products.

    Example: maild clients import clients.csv
    """
    _import(c, file, "clients")


@cli.command("cases")
@click.option("--kind", type=click.Choice(["appeal", "adjustment", "summary", "triage"]), help="Only this kind.")
@click.option("--state", help="Only this state (new, acknowledged, in_review, waiting_partner, decided, reopened).")
@click.option("--partner", help="Only cases whose partner name contains this.")
@click.option("--overdue", is_flag=True, help="Only cases past their due time.")
@click.option("--json", "as_json", is_flag=True, help="JSON lines instead of a table.")
@pass_ctx
def cases_list(c: Ctx, kind, state, partner, overdue, as_json) -> None:
    """The open cases, soonest due first, with their SLA state and checks.

    Example: maild cases --kind appeal --overdue
    """
    from maild.services import casework

    app = c.app()
    now = app.clock.now()
    with app.store.transaction() as tx:
        rows = []
        for case in casework.open_cases(tx):
            result = casework.refresh_clock(tx, case, app, now)
            if (kind and case.kind != kind) or (state and case.state != state) \
                    or (partner and partner not in (case.partner_name or "")) \
                    or (overdue and case.sla_status not in ("breached", "missed")):
                continue
            rows.append((case, result))
        out = [_case_row(case, result, app) for case, result in rows]
    if as_json:
        for row in out:
            click.echo(views.as_json(row))
        return
    click.echo(views.table(["case", "state", "due", "left", "sla", "partner", "client", "checks"],
                           [[r["number"], r["state"], r["due"], r["left"], r["sla"], r["partner"], r["client"],
                             r["checks"]] for r in out], max_col=40))


def _case_row(case, result, app) -> dict:
    checks = json.loads(case.checks)
    if any(ch["name"] == "trigger" and ch["passed"] for ch in checks):  # one trigger reached is enough
        checks = [ch for ch in checks if ch["name"] not in ("lead_60", "time_70")]
    failed = [ch["name"] for ch in checks if ch["passed"] is False]
    unknown = [ch["name"] for ch in checks if ch["passed"] is None]
    summary = "ok" if checks and not failed and not unknown else ", ".join(
        [f"✗{n}" for n in failed] + [f"?{n}" for n in unknown]) or "-"
    left = ""
    if result is not None and result.due_at is not None:
        hours = result.time_left.total_seconds() / 3600
        left = f"{hours:.1f}h"
    return {"number": case.number, "kind": case.kind, "state": case.state,
            "due": views.local(case.due_at) if case.due_at else (case.sla_error or ""),
            "left": left, "sla": case.sla_status or "", "partner": case.partner_name or "",
            "client": case.client_name or "", "checks": summary, "missing": json.loads(case.missing)}


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
    from sqlalchemy import select

    from maild.adapters.db.models import Case, CaseEvent, Message
    from maild.services import casework

    app = c.app()
    now = app.clock.now()
    with app.store.transaction() as tx:
        case = tx.scalar(select(Case).where(Case.number == number.strip().upper()))
        if case is None:
            raise click.ClickException(f"no case {number}")
        result = casework.refresh_clock(tx, case, app, now)
        row = _case_row(case, result, app)
        click.echo(f"{case.number}  {case.kind}  {case.state}  received {views.local(case.received_at)}")
        click.echo(f"  due {row['due'] or '-'}  ({row['sla'] or 'no SLA'}{', ' + row['left'] + ' left' if row['left'] else ''})")
        click.echo(f"  partner {row['partner'] or '-'}   client {row['client'] or '-'}   sender {case.sender}")
        for key, value in json.loads(case.fields).items():
            if value not in (None, []):
                click.echo(f"  {key}: {value}")
        if row["missing"]:
            click.echo(f"  missing: {', '.join(row['missing'])}")
        opened = tx.get(Message, case.opened_message_pk) if case.opened_message_pk else None
        for p in (json.loads(opened.record).get("provenance", []) if opened and opened.record else []):
            click.echo(f"    {p['field']:<13} ← {p['source']} ({p['rule']})")
        for ch in json.loads(case.checks):
            mark = {True: "✓", False: "✗", None: "?"}[ch["passed"]]
            click.echo(f"  {mark} {ch['name']}: {ch['detail']}")
        click.echo("  messages:")
        for m in tx.scalars(select(Message).where(Message.case_pk == case.id).order_by(Message.id)):
            click.echo(f"    {m.id}  {views.local(m.received_at)}  {m.kind:<10} {m.sender}  {m.subject}")
        click.echo("  events:")
        for e in tx.scalars(select(CaseEvent).where(CaseEvent.case_pk == case.id).order_by(CaseEvent.id)):
            click.echo(f"    {views.local(e.at)}  {e.action:<16} {e.from_state or '-'} → {e.to_state}  by {e.actor}")


@case_group.command("act")
@click.argument("number")
@click.argument("action", type=click.Choice(["acknowledge", "review", "ask_partner", "partner_replied", "decide",
                                             "close", "reopen", "reassign", "note"]))
@click.option("--actor", required=True, help="Who acts (recorded in the audit log).")
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
        try:
            case = casework.act(tx, number, action, actor, app, app.clock.now(), detail)
        except LookupError as exc:
            raise click.ClickException(str(exc)) from None
        click.echo(f"{case.number}: {case.state}, due {views.local(case.due_at) if case.due_at else '-'}"
                   f" ({case.sla_status or 'no SLA'})")


@sla_group.command("tick")
@pass_ctx
def sla_tick(c: Ctx) -> None:
    """Record new SLA warnings and breaches (once each; breaches queue an escalation).

    The daemon does this every cycle; alerts are only raised inside working time.

    Example: maild sla tick
    """
    from maild.services import casework

    app = c.app()
    with app.store.transaction() as tx:
        done = casework.alerts(tx, app, app.clock.now())
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
        changes = casework.recompute(tx, app, app.clock.now())
    for number, before, after in changes:
        click.echo(f"{number}: {views.local(before) or '-'} → {views.local(after) or '-'}")
    click.echo(f"{len(changes)} case(s) changed", err=True)
