"""The `maild` command line: thin click commands over the service modules.

Errors a user can fix are one line on stderr (exit 1; 2 for refused actions);
tracebacks only with --debug.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import sys
from datetime import date, datetime
from pathlib import Path

import click

import parsers
from maild import config as config_mod
from maild import views
from maild.errors import IllegalTransition, MaildError

log = logging.getLogger("maild")


class Ctx:
    """Lazily built application: `maild parse` never opens the database."""

    def __init__(self, config_path: str | None, debug: bool) -> None:
        self.config_path = config_path
        self.debug = debug
        self._config = None
        self._app = None

    @property
    def config(self) -> config_mod.Config:
        if self._config is None:
            self._config = config_mod.load(self.config_path, os.environ)
        return self._config

    def app(self, migrated: bool = True):
        if self._app is None:
            from maild.app import build

            self._app = build(self.config)
        if migrated:
            self._app.store.require_migrated()
        return self._app


pass_ctx = click.make_pass_decorator(Ctx)


class MaildGroup(click.Group):
    def invoke(self, ctx: click.Context):  # noqa: D401 - click API
        try:
            return super().invoke(ctx)
        except IllegalTransition as exc:
            click.echo(f"maild: {exc}", err=True)
            ctx.exit(2)
        except (MaildError, parsers.NotAMessage) as exc:
            if ctx.obj is not None and getattr(ctx.obj, "debug", False):
                raise
            raise click.ClickException(str(exc)) from exc


@click.group(cls=MaildGroup)
@click.option("--config", "config_path", envvar="MAILD_CONFIG", type=click.Path(dir_okay=False),
              help="TOML configuration file (env MAILD_CONFIG). Without it, embedded defaults.")
@click.option("--debug", is_flag=True, help="Show tracebacks and debug logging.")
@click.version_option(package_name="maild")
@click.pass_context
def cli(ctx: click.Context, config_path: str | None, debug: bool) -> None:
    """maild: partner mail to dor@ptg139.com in, tracked cases with SLA clocks out.

    \b
    Quick start:
      maild db upgrade            create or migrate the database
      maild poll --once           read the mailbox once and exit
      maild run                   the daemon (foreground; SIGTERM stops it cleanly)
      maild parse MAIL.eml --json the record for one raw message (no database)
    """
    ctx.obj = Ctx(config_path, debug)
    level = logging.DEBUG if debug else logging.INFO
    logging.basicConfig(stream=sys.stderr, level=level,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("alembic").setLevel(logging.DEBUG if debug else logging.WARNING)


def _configure_logging(cfg: config_mod.Config, debug: bool) -> None:
    logging.getLogger().setLevel(logging.DEBUG if debug else cfg.log.level)


@cli.command("check-config")
@pass_ctx
def check_config(c: Ctx) -> None:
    """Validate the configuration and print it (secrets masked).

    Example: maild --config /etc/maild.toml check-config
    """
    from maild.clock import SystemClock
    from maild.schedule import calendar_from

    click.echo(config_mod.dump(c.config))
    calendar = calendar_from(c.config.calendar)
    today = SystemClock().now().astimezone(calendar.tz).date()
    year = calendar.uncovered_year_within(today)
    if year is not None:
        click.echo(f"warning: calendar: no holiday data for {year} (starts within 60 days): add the "
                   f"new chinesecalendar release or declare it under [calendar] covered_years", err=True)
    for warning in calendar.override_warnings():
        click.echo(f"warning: calendar: {warning}", err=True)
    click.echo("configuration OK", err=True)


@cli.group()
def db() -> None:
    """Database schema commands."""


@db.command("upgrade")
@pass_ctx
def db_upgrade(c: Ctx) -> None:
    """Create or migrate the database schema to this version.

    Example: maild db upgrade
    """
    from maild import migrations

    app = c.app(migrated=False)
    migrations.upgrade(app.store.engine)
    click.echo(f"database at revision {migrations.head_revision()}")


def _stop_on_sigterm(app) -> None:
    def handler(signum, _frame):
        log.info("signal %s: finishing the current message, then stopping", signum)
        app.stop.set()

    signal.signal(signal.SIGTERM, handler)
    signal.signal(signal.SIGINT, handler)


@cli.command()
@click.option("--max-messages", type=click.IntRange(min=1), help="Stop after this many messages.")
@pass_ctx
def run(c: Ctx, max_messages: int | None) -> None:
    """Run the daemon in the foreground (logs to stderr; SIGTERM exits 0).

    Example: MAILD_IMAP_PASSWORD=... maild --config maild.toml run
    """
    from maild.daemon import Daemon

    _configure_logging(c.config, c.debug)
    app = c.app()
    _stop_on_sigterm(app)
    Daemon(app).run(max_messages=max_messages)


@cli.command()
@click.option("--once", is_flag=True, required=True, help="Read what is waiting, then exit.")
@pass_ctx
def poll(c: Ctx, once: bool) -> None:
    """Read the mailbox once: ingest every waiting message, then exit.

    Example: maild poll --once
    """
    from maild.daemon import Daemon

    _configure_logging(c.config, c.debug)
    app = c.app()
    _stop_on_sigterm(app)
    n = Daemon(app).run(once=True)
    click.echo(f"{n} message(s) processed", err=True)


@cli.command()
@click.option("--since", required=True, type=click.DateTime(formats=["%Y-%m-%d"]),
              help="First day to import (YYYY-MM-DD).")
@pass_ctx
def backfill(c: Ctx, since) -> None:
    """Import older mail still in the mailbox, explicitly; safe to interrupt and re-run.

    Example: maild backfill --since 2026-09-01
    """
    from maild.daemon import Daemon

    _configure_logging(c.config, c.debug)
    app = c.app()
    _stop_on_sigterm(app)
    n = Daemon(app).backfill(since.date() if hasattr(since, "date") else date.fromisoformat(since))
    click.echo(f"{n} message(s) imported", err=True)


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line (DOMAIN.md §7).")
@click.option("--explain", is_flag=True, help="Show where each field value came from.")
@pass_ctx
def parse(c: Ctx, files: tuple[str, ...], as_json: bool, explain: bool) -> None:
    """Parse raw messages and print their records; no database, no network.

    Example: maild parse mail.eml --json
    """
    status = 0
    for name in files:
        try:
            mail = parsers.parse(Path(name).read_bytes())
        except parsers.NotAMessage as exc:
            click.echo(f"maild: {name}: not a mail message: {exc}", err=True)
            status = 1
            continue
        record = mail.to_json()
        if as_json:
            click.echo(views.as_json(record))
        else:
            click.echo(_describe(name, record))
        if explain:
            for p in mail.provenance:
                click.echo(f"  {p.field:<14} {p.value!s:<32} ← {p.source} ({p.rule})")
            click.echo(f"  kind signals: {', '.join(mail.kind_signals) or '-'}")
    sys.exit(status)


def _describe(name: str, record: dict) -> str:
    lines = [f"{name}: {record['kind']}  {record['subject'] or ''}",
             f"  from {record['sender']}  message-id {record['message_id']}"]
    for key, value in record["fields"].items():
        if value not in (None, []):
            lines.append(f"  {key}: {value}")
    if record["missing"]:
        lines.append(f"  missing: {', '.join(record['missing'])}")
    for a in record["attachments"]:
        lines.append(f"  attachment: {a['filename']} ({a['content_type']}, {a['size']} bytes, {a['role']})")
    return "\n".join(lines)


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@pass_ctx
def ingest(c: Ctx, files: tuple[str, ...]) -> None:
    """Push raw .eml files through the real pipeline, as if they had arrived.

    Example: maild ingest partner-mail.eml
    """
    from datetime import UTC, datetime

    from maild import ingest as ingest_mod
    from maild.rawmail import RawMail

    app = c.app()
    for name in files:
        path = Path(name).resolve()
        raw = RawMail(data=path.read_bytes(), source=f"file:{path.parent}",
                      received_at=datetime.fromtimestamp(path.stat().st_mtime, UTC), ref=path.name)
        outcome = ingest_mod.receive(raw, app)
        app.store.mark_settled(outcome.message_pk, "file", app.clock.now())
        click.echo(f"{name}: message {outcome.message_pk} {outcome.settlement}"
                   f"{' (already recorded)' if outcome.already else ''}{': ' + outcome.error if outcome.error else ''}")


@cli.command()
@click.option("--status", type=click.Choice(["received", "parsed", "quarantined"]), help="Only this status.")
@click.option("--limit", default=50, show_default=True, help="How many, newest first.")
@click.option("--json", "as_json", is_flag=True, help="JSON lines instead of a table.")
@pass_ctx
def messages(c: Ctx, status: str | None, limit: int, as_json: bool) -> None:
    """List stored messages, newest first.

    Example: maild messages --status quarantined
    """
    app = c.app()
    rows = app.store.messages(status=status, limit=limit)
    if as_json:
        for m in rows:
            click.echo(views.as_json(json.loads(m.record) if m.record else {"id": m.id, "status": m.status}))
        return
    click.echo(views.table(
        ["id", "received", "status", "kind", "from", "subject", "att"],
        [[m.id, views.local(m.received_at), m.status, m.kind or "", m.sender or "", m.subject or "",
          len(app.store.attachments(m.id))] for m in rows]))


@cli.command()
@click.argument("message_id", type=int)
@pass_ctx
def show(c: Ctx, message_id: int) -> None:
    """Show one stored message: record, attachments and audit events.

    Example: maild show 12
    """
    app = c.app()
    msg = app.store.message(message_id)
    if msg is None:
        raise click.ClickException(f"no message {message_id}")
    record = json.loads(msg.record) if msg.record else {}
    click.echo(f"message {msg.id}  status {msg.status}  received {views.local(msg.received_at)}")
    click.echo(f"sha256 {msg.sha256}  source {msg.source} {msg.folder or ''} {msg.uid or ''}")
    if msg.error:
        click.echo(f"error: {msg.error} (attempts {msg.attempts})")
    if record:
        click.echo(_describe(f"  {msg.message_id}", record))
    for e in app.store.events(msg.id):
        click.echo(f"  {views.local(e.at)}  {e.actor:<8} {e.kind:<18} {e.data or ''}")


@cli.group()
def quarantine() -> None:
    """Mail that could not be processed: list, show, retry, export."""


@quarantine.command("list")
@pass_ctx
def quarantine_list(c: Ctx) -> None:
    """List quarantined messages with their errors.

    Example: maild quarantine list
    """
    app = c.app()
    rows = app.store.messages(status="quarantined", limit=1000)
    click.echo(views.table(["id", "received", "attempts", "error"],
                           [[m.id, views.local(m.received_at), m.attempts, m.error] for m in rows], max_col=90))


@quarantine.command("show")
@click.argument("message_id", type=int)
@click.pass_context
def quarantine_show(ctx: click.Context, message_id: int) -> None:
    """Show one quarantined message (same as `maild show`).

    Example: maild quarantine show 7
    """
    ctx.invoke(show, message_id=message_id)


@quarantine.command("retry")
@click.argument("message_ids", type=int, nargs=-1, required=True)
@pass_ctx
def quarantine_retry(c: Ctx, message_ids: tuple[int, ...]) -> None:
    """Process quarantined messages again from their kept bytes (after a fix).

    Example: maild quarantine retry 7 8
    """
    from maild import ingest as ingest_mod

    app = c.app()
    failed = False
    for pk in message_ids:
        try:
            outcome = ingest_mod.retry(pk, app)
        except LookupError as exc:
            raise click.ClickException(str(exc)) from exc
        failed |= outcome.settlement != "processed"
        click.echo(f"message {pk}: {outcome.settlement}{': ' + outcome.error if outcome.error else ''}")
    sys.exit(1 if failed else 0)


@quarantine.command("export")
@click.argument("message_id", type=int)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), required=True,
              help="File to write the raw message to ('-' for stdout).")
@pass_ctx
def quarantine_export(c: Ctx, message_id: int, output: str) -> None:
    """Write a message's exact raw bytes to a file, for inspection or a bug report.

    Example: maild quarantine export 7 -o broken.eml
    """
    app = c.app()
    msg = app.store.message(message_id)
    if msg is None:
        raise click.ClickException(f"no message {message_id}")
    data = app.blobs.get(msg.sha256)
    if output == "-":
        sys.stdout.buffer.write(data)
    else:
        Path(output).write_bytes(data)
        click.echo(f"{len(data)} bytes written to {output}", err=True)


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
    from maild import sla
    from maild.schedule import calendar_from, policies_from

    calendar, policy = calendar_from(c.config.calendar), policies_from(c.config.sla)[kind]
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
    from maild import directory, registry

    app = c.app()
    text = Path(path).read_text(encoding="utf-8-sig")
    try:
        rows = registry.read_partners(text) if kind == "partners" else registry.read_clients(text)
        with app.store.transaction() as tx:
            done = (directory.import_partners if kind == "partners" else directory.import_clients)(
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
    from maild import casework

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

    from maild import casework
    from maild.models import Case, CaseEvent, Message

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
    from maild import casework

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
    from maild import casework

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
    from maild import casework

    app = c.app()
    with app.store.transaction() as tx:
        changes = casework.recompute(tx, app, app.clock.now())
    for number, before, after in changes:
        click.echo(f"{number}: {views.local(before) or '-'} → {views.local(after) or '-'}")
    click.echo(f"{len(changes)} case(s) changed", err=True)


def main() -> None:
    cli(prog_name="maild")
