"""Commands about the mailbox and stored messages."""

from __future__ import annotations

import logging
import signal
import sys
from datetime import datetime
from pathlib import Path

import click

import parsers
from maild.adapters.db.models import MessageStatus
from maild.cli import Ctx, cli, configure_logging, json_option, pass_ctx, views

log = logging.getLogger("maild")


def _daemon(c: Ctx, acknowledge: bool = True):
    """The daemon on the configured app, logging configured, stopping cleanly on SIGTERM/SIGINT."""
    from maild.daemon import Daemon

    configure_logging(c.config, c.debug)
    app = c.app()

    def handler(signum, _frame):
        log.info("signal %s: finishing the current message, then stopping", signum)
        app.stop.set()

    signal.signal(signal.SIGTERM, handler)
    signal.signal(signal.SIGINT, handler)
    return Daemon(app, acknowledge=acknowledge)


@cli.command()
@click.option("--max-messages", type=click.IntRange(min=1), help="Stop after this many messages.")
@pass_ctx
def run(c: Ctx, max_messages: int | None) -> None:
    """Run the daemon in the foreground (logs to stderr; SIGTERM exits 0).

    Example: MAILD_IMAP_PASSWORD=... maild --config maild.toml run
    """
    _daemon(c).run(max_messages=max_messages)


@cli.command()
@click.option("--once", is_flag=True, required=True, help="Read what is waiting, then exit.")
@pass_ctx
def poll(c: Ctx, once: bool) -> None:
    """Read the mailbox once: ingest every waiting message, then exit.

    Example: maild poll --once
    """
    n = _daemon(c).run(once=True)
    click.echo(f"{n} message(s) processed", err=True)


@cli.command()
@click.option("--since", required=True, type=click.DateTime(formats=["%Y-%m-%d"]),
              help="First day to import (YYYY-MM-DD).")
@click.option("--acknowledge", is_flag=True,
              help="Send the automatic answers too (by default old mail gets none: its senders heard long ago).")
@pass_ctx
def backfill(c: Ctx, since, acknowledge: bool) -> None:
    """Import older mail still in the mailbox, explicitly; safe to interrupt and re-run.

    Cases open with their clocks from each mail's receipt; no acknowledgement goes out
    unless --acknowledge is given.

    Example: maild backfill --since 2026-09-01
    """
    n = _daemon(c, acknowledge).backfill(since.date())
    click.echo(f"{n} message(s) imported", err=True)


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@json_option("One JSON object per line (DOMAIN.md §7).")
@click.option("--explain", is_flag=True, help="Show where each field value came from.")
@pass_ctx
def parse(c: Ctx, files: tuple[str, ...], as_json: bool, explain: bool) -> None:
    """Parse raw messages and print their records; no database, no network.

    Example: maild parse mail.eml --json
    """
    from dataclasses import replace

    from maild.app import parse_context

    # the daemon's view of the same bytes, with forensics always (asked for here); no database
    context = replace(parse_context(c.config), forensics=True)
    status = 0
    for name in files:
        try:
            mail = parsers.parse(Path(name).read_bytes(), context)
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
                click.echo(f"  {p.field:<14} {views.safe(p.value):<32} ← {views.safe(p.source)} ({views.safe(p.rule)})")
            click.echo(f"  kind signals: {views.safe(', '.join(mail.kind_signals)) or '-'}")
    sys.exit(status)


def _describe(name: str, record: dict) -> str:
    """A record as text; every value that came in the mail is made inert (views.safe)."""
    s = views.safe
    lines = [f"{s(name)}: {record['kind']}  {s(record['subject'] or '')}",
             f"  from {s(record['sender'])}  message-id {s(record['message_id'])}"]
    for key, value in record["fields"].items():
        if value not in (None, []):
            lines.append(f"  {key}: {s(value)}")
    if record["missing"]:
        lines.append(f"  missing: {', '.join(record['missing'])}")
    for a in record["attachments"]:
        lines.append(f"  attachment: {s(a['filename'])} ({s(a['content_type'])}, {a['size']} bytes, {a['role']})")
    return "\n".join(lines)


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@pass_ctx
def ingest(c: Ctx, files: tuple[str, ...]) -> None:
    """Push raw .eml files through the real pipeline, as if they had arrived.

    Example: maild ingest partner-mail.eml
    """
    from datetime import UTC

    from maild.rawmail import Location, RawMail
    from maild.services import ingest as ingest_mod

    app = c.app()
    for name in files:
        path = Path(name).resolve()
        raw = RawMail(data=path.read_bytes(), location=Location(f"file:{path.parent}", ref=path.name),
                      received_at=datetime.fromtimestamp(path.stat().st_mtime, UTC))
        outcome = ingest_mod.receive(raw, app)
        app.store.mark_settled(outcome.message_pk, "file", app.clock.now())
        click.echo(f"{views.safe(name)}: message {outcome.message_pk} {outcome.settlement}"
                   f"{' (already recorded)' if outcome.already else ''}{': ' + views.safe(outcome.error) if outcome.error else ''}")


@cli.command()
@click.option("--status", type=click.Choice([s.value for s in MessageStatus]), help="Only this status.")
@click.option("--limit", default=50, show_default=True, help="How many, newest first.")
@json_option()
@pass_ctx
def messages(c: Ctx, status: str | None, limit: int, as_json: bool) -> None:
    """List stored messages, newest first.

    Example: maild messages --status quarantined
    """
    app = c.app()
    rows = app.store.messages(status=MessageStatus(status) if status else None, limit=limit)
    if as_json:
        for m in rows:
            click.echo(views.as_json(m.record if m.record else {"id": m.id, "status": m.status}))
        return
    cases = app.store.case_numbers([m.case_pk for m in rows if m.case_pk])
    counts = app.store.attachment_counts([m.id for m in rows])
    click.echo(views.table(
        ["id", "received", "status", "kind", "case", "from", "subject", "att"],
        [[m.id, views.local(m.received_at, c.tz), m.status, m.kind or "", cases.get(m.case_pk, ""),
          m.sender or "", m.subject or "", counts.get(m.id, 0)] for m in rows]))


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
    record = msg.record or {}
    click.echo(f"message {msg.id}  status {msg.status}  received {views.local(msg.received_at, c.tz)}")
    click.echo(f"sha256 {msg.sha256}  source {views.safe(msg.source)} {views.safe(msg.folder or '')} {msg.uid or ''}")
    if msg.error:
        click.echo(f"error: {views.safe(msg.error)} (attempts {msg.attempts})")
    if record:
        click.echo(_describe(f"  {msg.message_id or ''}", record))
    for e in app.store.events(msg.id):
        data = views.safe(views.as_json(e.data)) if e.data else ""
        click.echo(f"  {views.local(e.at, c.tz)}  {views.safe(e.actor):<8} {e.kind:<18} {data}")


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
    rows = app.store.messages(status=MessageStatus.QUARANTINED, limit=1000)
    click.echo(views.table(["id", "received", "attempts", "error"],
                           [[m.id, views.local(m.received_at, c.tz), m.attempts, m.error] for m in rows],
                           max_col=90))


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
    from maild.rawmail import Settlement
    from maild.services import ingest as ingest_mod

    app = c.app()
    failed = False
    released = []
    for pk in message_ids:
        outcome = ingest_mod.retry(pk, app)
        failed |= outcome.settlement is not Settlement.PROCESSED
        click.echo(f"message {pk}: {outcome.settlement}{': ' + views.safe(outcome.error) if outcome.error else ''}")
        if outcome.settlement is Settlement.PROCESSED and not outcome.already:
            released.append(pk)
    if released:
        _release(app, released)
    sys.exit(1 if failed else 0)


def _release(app, message_pks: list[int]) -> None:
    """Move retried mail out of the source's quarantine folder into the processed one."""
    from maild.errors import SourceError

    try:
        with app.source() as source:
            for pk in message_pks:
                msg = app.store.message(pk)
                where = source.release(msg.location, msg.message_id)
                if where:
                    app.store.mark_settled(pk, where, app.clock.now())
                    click.echo(f"message {pk}: moved from quarantine to {where}", err=True)
    except SourceError as exc:
        click.echo(f"warning: recorded, but not moved out of the quarantine folder: {exc}", err=True)


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
