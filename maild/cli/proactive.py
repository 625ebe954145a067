"""Commands about what HQ knows before mail comes: the push log, reminders, the brief, a partner."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import click

from maild.cli import Ctx, cli, pass_ctx, views
from maild.cli.registry import all_or_nothing

_AT = click.option("--at", "at", type=click.DateTime(formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%d"]),
                   help="As of this local time (YYYY-MM-DDTHH:MM) instead of now: what Monday 09:00 will bring.")


def _now(c: Ctx, app, at: datetime | None) -> datetime:
    return at.replace(tzinfo=c.tz).astimezone(UTC) if at else app.clock.now()


@cli.group()
def leads() -> None:
    """HQ's push log: which lead was pushed to which client, and when."""


@leads.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@pass_ctx
def leads_import(c: Ctx, file: str) -> None:
    """Import pushed leads from a CSV file (all rows or none; importing it again changes nothing).

    Columns: client, lead_id, pushed_at (YYYY-MM-DD HH:MM in the calendar's zone, or ISO 8601
    with an offset), and optional keyword, product (Chinese headers 客户/商机编号/推送时间/关键词/产品
    work too). Each client must be in the registry. Appeals then check their lead ids and push
    time against the log, and reminders count the pushes.

    Example: maild leads import pushes.csv
    """
    from maild.core import pushlog
    from maild.services import registry_import

    app = c.app()
    text = Path(file).read_text(encoding="utf-8-sig")
    with all_or_nothing(file):
        rows = pushlog.read_pushes(text, c.tz)
        with app.store.transaction() as tx:
            done = registry_import.import_pushes(tx, rows, app.clock.now())
    click.echo(f"pushes: {done.added} added, {done.updated} updated, {done.unchanged} unchanged"
               + (f"; appeals checked again: {', '.join(done.rechecked)}" if done.rechecked else ""))


@cli.group()
def reminders() -> None:
    """Reminders to partners, from the push log and the 139 process's rules."""


@reminders.command("due")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@_AT
@pass_ctx
def reminders_due(c: Ctx, as_json: bool, at: datetime | None) -> None:
    """What reminders would go out now, to whom and why (nothing is sent).

    A summary reminder when a client reached 60 % of its quota or 70 % of its service period
    and no summary feedback came in this period; a feedback reminder every 5 or 10 leads pushed
    since the client's last adjustment feedback; a note (and a triage case for HQ) when a paying
    client had no lead pushed for 21 days. Each goes once; the daemon sends them in working time.

    Example: maild reminders due --at 2026-10-08T09:00
    """
    from maild.services import alerts
    from maild.services import reminders as service

    app = c.app()
    now = _now(c, app, at)
    with app.store.transaction() as tx:
        found = service.pending(tx, app.proactive, app.terms, now)
        rows = [{"trigger": str(p.due.trigger), "key": p.due.key, "partner": p.due.standing.partner,
                 "client": p.due.standing.client, "to": list(p.recipients), "reason": p.due.reason,
                 "status": "sent" if p.sent else "held" if p.held_back else "due",
                 "note": f"sent {views.local(p.sent.created_at, c.tz)} as {p.sent.message_id}" if p.sent
                 else p.held_back or ""}
                for p in found]
    if as_json:
        for row in rows:
            click.echo(views.as_json(row))
        return
    if not rows:
        click.echo("no reminders due")
        return
    s = views.safe
    click.echo(views.table(["trigger", "partner", "client", "status", "why"],
                           [[r["trigger"], s(r["partner"]), s(r["client"]), r["status"],
                             s(r["reason"] + (f"; {r['note']}" if r["note"] else ""))] for r in rows], max_col=90))
    working = "" if alerts.is_working_time(app.terms, now) else " (now is outside working time: the daemon waits)"
    click.echo(f"\n{sum(r['status'] == 'due' for r in rows)} to send{working}")


@reminders.command("send")
@pass_ctx
def reminders_send(c: Ctx) -> None:
    """Queue the reminders and the morning brief due now, each once (the daemon does this every
    minute; this is for a cron job without one). `maild outbox send` delivers them.

    Example: maild reminders send && maild outbox send
    """
    from maild.services import brief
    from maild.services import reminders as service

    app = c.app()
    with app.store.transaction() as tx:
        keys = service.tick(tx, app.proactive, app.terms, app.clock.now())
        day = brief.tick(tx, app.proactive, app.terms, app.clock.now())
    for key in [*keys, *([day] if day else [])]:
        click.echo(f"queued {key}")
    click.echo(f"{len(keys)} reminder(s){' and the brief' if day else ''} queued", err=True)


@cli.command("brief")
@click.option("--json", "as_json", is_flag=True, help="One JSON object.")
@_AT
@pass_ctx
def brief_cmd(c: Ctx, as_json: bool, at: datetime | None) -> None:
    """The morning brief as of now: cases due today, at risk, breached, waiting on a partner,
    the reminders sent since the last working day, quarantine and outbox trouble, the calendar.

    The daemon mails the same to [sla] supervisors once each working day from
    [reminders] brief_at.

    Example: maild brief
    """
    from maild.services import brief

    app = c.app()
    with app.store.transaction() as tx:
        found = brief.gather(tx, app.proactive, app.terms, _now(c, app, at))
    if as_json:
        click.echo(views.as_json(found.to_json()))
        return
    rendered = brief.render(found, app.proactive)
    click.echo(views.safe(rendered.subject) + "\n\n" + views.safe(rendered.body, lines=True), nl=False)


@cli.group()
def partner() -> None:
    """One partner: its clients, cases and reminders."""


@partner.command("show")
@click.argument("name")
@click.option("--json", "as_json", is_flag=True, help="One JSON object.")
@_AT
@pass_ctx
def partner_show(c: Ctx, name: str, as_json: bool, at: datetime | None) -> None:
    """A partner's clients (quota, pushed, service period passed, leads since the last feedback),
    its open cases, its SLA compliance and the reminders sent to it.

    NAME is the partner's name or a short form of it.

    Example: maild partner show 鑫达
    """
    from maild.services import reports

    app = c.app()
    with app.store.transaction() as tx:
        view = reports.partner_view(tx, name, app.terms, _now(c, app, at))
    if as_json:
        click.echo(views.as_json(view))
        return
    s = views.safe
    rate = view["sla"]["rate"]
    lines = [f"partner: {s(view['partner'])}   addresses: {s(', '.join(view['addresses'])) or '(none)'}", "",
             "clients:",
             views.table(["client", "paying", "quota", "pushed", "period", "since feedback", "last push"],
                         [[s(r["name"]), "yes" if r["paying"] else "no", r["quota"] or "",
                           f"{r['pushed']}" + (f" ({r['quota_share']}%)" if r["quota_share"] is not None else ""),
                           f"{r['service_start']}..{r['service_end']} ({r['period_share']}%)"
                           if r["period_share"] is not None else "", r["since_feedback"], r["last_push"] or ""]
                          for r in view["clients"]]) if view["clients"] else "  (none)", "",
             f"open cases: {len(view['open_cases'])}"]
    lines += [f"  {o['number']}  {o['kind']:<10} {o['state']:<15} {s(o['client'] or '')}  due {o['due_at'] or '-'}"
              for o in view["open_cases"]]
    lines += ["", f"SLA: {view['sla']['met']} met, {view['sla']['missed']} missed"
              + (f" ({rate:.0%})" if rate is not None else ""), "", f"reminders sent: {len(view['reminders'])}"]
    lines += [f"  {r['at']}  {r['trigger']:<9} {s(r['reason'])}" for r in view["reminders"]]
    click.echo("\n".join(lines))
