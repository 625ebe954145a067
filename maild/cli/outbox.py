"""Commands about outgoing mail: the outbox (list, show, retry, cancel, send) and template previews."""

from __future__ import annotations

import sys

import click

from maild.adapters.db.models import OutboxStatus
from maild.cli import Ctx, cli, json_option, pass_ctx, views
from maild.cli.views import readable_mail as _readable
from maild.core.replies import TEMPLATES


@cli.group("outbox")
def outbox_group() -> None:
    """Outgoing mail: what waits, what went, what failed or is held for HQ."""


def _row(item, tz) -> dict:
    return {"id": item.id, "created_at": views.local(item.created_at, tz), "status": item.status,
            "purpose": item.purpose, "to": ", ".join(item.recipients), "subject": item.subject,
            "message_id": item.message_id, "attempts": item.attempts,
            "next_attempt_at": views.local(item.next_attempt_at, tz), "sent_at": views.local(item.sent_at, tz),
            "error": item.last_error or "", "note": item.note or ""}


@outbox_group.command("list")
@click.option("--status", "statuses", multiple=True, type=click.Choice([s.value for s in OutboxStatus]),
              help="Only these statuses (repeatable). Default: everything.")
@click.option("--limit", default=50, show_default=True, help="How many, newest first.")
@json_option()
@pass_ctx
def outbox_list(c: Ctx, statuses: tuple[str, ...], limit: int, as_json: bool) -> None:
    """List outgoing mail, newest first: its status, recipient and why it is held or failed.

    Example: maild outbox list --status failed --status held
    """
    from maild.adapters.db import queries

    app = c.app()
    with app.store.transaction() as tx:
        rows = [_row(i, c.tz) for i in queries.outbox(tx, [OutboxStatus(s) for s in statuses], limit)]
    if as_json:
        for row in rows:
            click.echo(views.as_json(row))
        return
    click.echo(views.table(["id", "created", "status", "purpose", "to", "subject", "tries", "error / note"],
                           [[r["id"], r["created_at"], r["status"], r["purpose"], r["to"], r["subject"],
                             r["attempts"], r["error"] or r["note"]] for r in rows], max_col=40))


@outbox_group.command("show")
@click.argument("item_id", type=int)
@pass_ctx
def outbox_show(c: Ctx, item_id: int) -> None:
    """Show one outgoing mail: its delivery state and the message exactly as it goes.

    Example: maild outbox show 3
    """
    from maild.adapters.db import queries
    from maild.errors import NotFound

    app = c.app()
    with app.store.transaction() as tx:
        item = queries.outbox_item(tx, item_id)
        if item is None:
            raise NotFound(f"no outbox mail {item_id}")
        row, raw = _row(item, c.tz), item.raw
    click.echo(f"outbox {row['id']}  {row['status']}  {row['purpose']}  created {row['created_at']}  "
               f"attempts {row['attempts']}")
    for key in ("next_attempt_at", "sent_at", "error", "note"):
        if row[key]:
            click.echo(f"  {key}: {views.safe(row[key])}")
    click.echo("")
    click.echo(_readable(raw) if raw else f"Subject: {views.safe(row['subject'])}\n\n{views.safe(item.body, lines=True)}")




@outbox_group.command("retry")
@click.argument("item_ids", type=int, nargs=-1, required=True)
@pass_ctx
def outbox_retry(c: Ctx, item_ids: tuple[int, ...]) -> None:
    """Send held, failed, bounced or cancelled mail again (the daemon sends it on its next cycle).

    Example: maild outbox retry 7
    """
    from maild.services import outbox

    app = c.app()
    with app.store.transaction() as tx:
        for pk in item_ids:
            item = outbox.release(tx, pk, app.clock.now())
            click.echo(f"outbox {pk}: {item.status} (to {', '.join(item.recipients)})")


@outbox_group.command("cancel")
@click.argument("item_ids", type=int, nargs=-1, required=True)
@click.option("--note", default="", help="Why (kept with the mail).")
@pass_ctx
def outbox_cancel(c: Ctx, item_ids: tuple[int, ...], note: str) -> None:
    """Keep pending, held or failed mail from going out.

    Example: maild outbox cancel 7 --note "partner phoned instead"
    """
    from maild.services import outbox

    app = c.app()
    with app.store.transaction() as tx:
        for pk in item_ids:
            item = outbox.cancel(tx, pk, app.clock.now(), note)
            click.echo(f"outbox {pk}: {item.status}")


@outbox_group.command("send")
@pass_ctx
def outbox_send(c: Ctx) -> None:
    """Deliver the mail that is due now, then exit (for cron; the daemon does this every cycle).

    Mail a crash left half-sent is first looked up in the Sent folder (IMAP) or the outgoing
    Maildir and only sent again when it is not there.

    Example: maild outbox send
    """
    from contextlib import nullcontext

    from maild.services import outbox

    app = c.app()
    sender, now = app.sender(), app.clock.now()
    imap = app.config.daemon.source == "imap" and app.config.replies.sent_folder
    with app.source() if imap else nullcontext() as source:
        sent_folder = source if isinstance(source, outbox.SentFolder) else None
        # a send claimed just now may be the running daemon's: only older ones were cut off
        outbox.recover(app.store, sender, sent_folder, now, claimed_before=now - outbox.RECOVER_AFTER,
                       mailbox=app.outgoing.mailbox)
        done = outbox.drain(app.store, sender, sent_folder, app.outgoing, now, limit=10_000)
    click.echo(f"{len(done.sent)} sent, {len(done.retried)} to retry, {len(done.failed)} failed", err=True)
    sys.exit(1 if done.failed else 0)


_PREVIEW_HELP = """Print the mail TEMPLATE would send for case NUMBER now (headers and body); nothing is sent.

Template values a case cannot supply (a verdict's comment, a renewal plan, …) default to
placeholders; give them with --set.

\b
Templates:
""" + "\n".join(f"  {name:<21} {what}" for name, what in TEMPLATES.items()) + """

Example: maild preview SS-2026-000001 verdict --set counted=false --set comment="同行询价，录音为证"
"""


@cli.command("preview", help=_PREVIEW_HELP)
@click.argument("number")
@click.argument("template", type=click.Choice(list(TEMPLATES)), metavar="TEMPLATE")
@click.option("--set", "values", multiple=True, metavar="NAME=VALUE",
              help="A template value (e.g. note=..., comment=..., plan=..., counted=false); repeatable.")
@pass_ctx
def preview(c: Ctx, number: str, template: str, values: tuple[str, ...]) -> None:
    from maild.services import answers

    overrides: dict[str, object] = {}
    for item in values:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise click.BadParameter(f"expected NAME=VALUE, got {item!r}", param_hint="--set")
        overrides[name.strip()] = {"true": True, "false": False}.get(value.strip().lower(), value)
    app = c.app()
    with app.store.transaction() as tx:
        raw = answers.preview(tx, number, template, overrides, app.replying, app.config.sla.supervisors,
                              app.clock.now())
    click.echo(_readable(raw))
