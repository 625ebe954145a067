"""Commands about the case queue and SLA clocks."""

from __future__ import annotations

import logging
import sys
from datetime import datetime

import click

from maild.cli import Ctx, cli, pass_ctx, views
from maild.core.cases import Action, CaseKind, CaseState

PAGE = 500  # the default --limit of `maild queue`
# parsers/topics.py's topics, named here so that `maild --help` needs no parser, and `silence`:
# the triage case maild opens itself for a paying client with no lead pushed for weeks
TOPIC_NAMES = ("question", "onboarding", "invoice", "meeting", "account", "complaint", "pitch", "other", "silence")

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


@click.command("queue")
@click.option("--kind", type=click.Choice([k.value for k in CaseKind]), help="Only this kind.")
@click.option("--state", type=click.Choice([s.value for s in CaseState if s is not CaseState.CLOSED]),
              help="Only this state.")
@click.option("--partner", help="Only cases whose partner name contains this.")
@click.option("--client", help="Only cases whose client name contains this.")
@click.option("--assignee", help="Only cases assigned to this reviewer.")
@click.option("--mine", is_flag=True, help="Only cases assigned to me (--as / MAILD_USER / the OS user).")
@click.option("--overdue", is_flag=True, help="Only cases past their due time.")
@click.option("--topic", type=click.Choice(TOPIC_NAMES),
              help="Only triage cases about this (what mail that is no request is about).")
@click.option("--limit", type=click.IntRange(min=1), default=PAGE, show_default=True,
              help="At most this many rows (the soonest due).")
@click.option("--offset", type=click.IntRange(min=0), default=0, help="Skip this many rows first (the next page).")
@click.option("--all", "every", is_flag=True, help="Every open case that passes the filters, however many.")
@click.option("--json", "as_json", is_flag=True,
              help="One JSON array: number, kind, state, assignee, partner, client, received_at, due_at, "
                   "seconds_left, sla, checks, missing (a contract: these keys stay). Paged as the table is.")
@pass_ctx
def queue_cmd(c: Ctx, kind, state, partner, client, assignee, mine, overdue, topic, limit, offset, every,
              as_json) -> None:
    """The reviewer's main screen: open cases, soonest due first, the SLA state in colour.

    Columns: case, kind, partner, client, state, assignee, due (local time), time left (in the
    SLA's unit: working hours for appeals), SLA state (ok / warning / breached / paused), the
    precondition checks, what is missing, and mail that failed or is held.

    One screen is the 500 soonest due (--limit, --offset to page, --all for every one); stderr
    says how many there are in all. Filters run in the database, before the page is cut.

    Triage cases (mail that is no request) carry a topic: question, onboarding, invoice,
    meeting, account, complaint, pitch or other (silence: opened by maild for a client with no
    lead pushed for weeks); --topic keeps one of them.

    Example: maild queue --kind appeal --overdue
    """
    from maild.services import queue

    app = c.app()
    who = c.user if mine else assignee
    filters = queue.Filters(CaseKind(kind) if kind else None, CaseState(state) if state else None, partner, client,
                            who, overdue, topic)
    with app.store.transaction() as tx:
        page = queue.open_cases(tx, app.terms, app.clock.now(), filters, None if every else limit, offset)
        if as_json:
            click.echo(views.as_json(views.queue_json(page.rows, c.tz)))
        elif sys.stdout.isatty() and len(page.rows) <= views.RICH_ROWS:
            views.console().print(views.queue_table(page.rows, c.tz))
        else:
            click.echo(views.queue_text(page.rows, c.tz))
    click.echo(_page_note(page), err=True)


def _page_note(page) -> str:
    shown = len(page.rows)
    if shown == page.total:
        return f"{page.total} open case(s)"
    first, last = page.offset + 1, page.offset + shown
    more = f"; --offset {last} for the next, --all for every one" if last < page.total else ""
    return f"{first}–{last} of {page.total} open case(s) shown{more}" if shown else \
        f"none of {page.total} open case(s) from offset {page.offset}"


cli.add_command(queue_cmd)
cli.add_command(queue_cmd, "cases")  # the older name


@cli.group("case")
def case_group() -> None:
    """One case: show it, take out its evidence, and act on it (each action sends the mail it implies)."""


@case_group.command("show")
@click.argument("number")
@click.option("--json", "as_json", is_flag=True, help="The whole case file as one JSON object.")
@pass_ctx
def case_show(c: Ctx, number: str, as_json: bool) -> None:
    """Show a case: fields and where each came from, checks, missing, its thread as one timeline
    (received, acknowledged, asked, replied, ruled, every mail sent and its delivery state) and its
    attachments, numbered for `maild case attachment`.

    Example: maild case show SS-2026-000001
    """
    from maild.cli import casefile
    from maild.services import queue

    app = c.app()
    with app.store.transaction() as tx:
        f = queue.case_file(tx, number, app.terms, app.clock.now())
        if as_json:
            click.echo(views.as_json(casefile.as_json(f, c.tz)))
        else:
            click.echo(casefile.as_text(f, c.tz))


@case_group.command("attachment")
@click.argument("number")
@click.argument("n", type=click.IntRange(min=1))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help="Where to write it ('-' for stdout). A name from the mail never chooses the path.")
@click.option("--force", is_flag=True, help="Overwrite the file if it exists.")
@pass_ctx
def case_attachment(c: Ctx, number: str, n: int, output: str, force: bool) -> None:
    """Write attachment N of a case (numbered from 1, as `maild case show` lists them), exact bytes.

    Example: maild case attachment SS-2026-000001 1 -o /tmp/call.amr
    """
    import sys
    from pathlib import Path

    from maild.errors import InvalidRequest, NotFound
    from maild.services import queue

    app = c.app()
    with app.store.transaction() as tx:
        f = queue.case_file(tx, number, app.terms, app.clock.now())
        if n > len(f.attachments):
            raise NotFound(f"{f.case.number} has {len(f.attachments)} attachment(s), not {n}")
        item = f.attachments[n - 1]
        sha, name = item.sha256, item.filename
    data = app.blobs.get(sha)
    if output == "-":
        sys.stdout.buffer.write(data)
        return
    target = Path(output)
    if target.exists() and not force:
        raise InvalidRequest(f"{target} exists: give --force to overwrite it")
    target.write_bytes(data)
    click.echo(f"{len(data)} bytes of {views.safe(name)!r} written to {target}", err=True)


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
