"""The `maild` command line: thin click commands over the service modules.

mailbox.py: run, poll, backfill, parse, ingest, messages, show, quarantine.
queue.py: queue (cases), case show/attachment/act, sla.   desk.py: case rule/confirm/answer/ask/
assign/reopen/close/note.   registry.py: partners, clients.   outbox.py: outbox, preview.
reports.py: stats, health, export.   proactive.py: leads import, reminders due, brief,
partner show.   views.py, casefile.py: how results look.

Errors a user can fix are one line on stderr (exit 1; 2 for refused actions);
tracebacks only with --debug.
"""

from __future__ import annotations

import getpass
import logging
import os
import sys
from datetime import tzinfo

import click

import parsers
from maild import config as config_mod
from maild.errors import GaveUp, IllegalTransition, MaildError

log = logging.getLogger("maild")


class Ctx:
    """Lazily built application: `maild parse` never opens the database."""

    def __init__(self, config_path: str | None, debug: bool, user: str | None = None) -> None:
        self.config_path = config_path
        self.debug = debug
        self._user = user
        self._config = None
        self._app = None

    @property
    def config(self) -> config_mod.Config:
        if self._config is None:
            self._config = config_mod.load(self.config_path, os.environ)
        return self._config

    @property
    def user(self) -> str:
        """The reviewer: --as, else $MAILD_USER, else the OS user."""
        if self._user and self._user.strip():
            return self._user.strip()
        try:
            return getpass.getuser()
        except (KeyError, OSError):
            return "unknown"

    @property
    def tz(self) -> tzinfo:
        """The calendar's zone: every local time shown is in it."""
        return self.config.work_calendar.tz

    def app(self, migrated: bool = True):
        if self._app is None:
            from maild.app import build

            self._app = build(self.config)
        if migrated:
            self._app.store.require_migrated()
        return self._app


pass_ctx = click.make_pass_decorator(Ctx)


def json_option(help: str = "JSON lines instead of a table."):
    """The shared `--json` flag (as `as_json`)."""
    return click.option("--json", "as_json", is_flag=True, help=help)


class MaildGroup(click.Group):
    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except IllegalTransition as exc:
            click.echo(f"maild: {exc}", err=True)
            ctx.exit(2)
        except GaveUp as exc:
            click.echo(f"maild: stopped: {exc}", err=True)
            ctx.exit(3)  # systemd: RestartPreventExitStatus=3 (restarting would only repeat it)
        except (MaildError, parsers.NotAMessage) as exc:
            if ctx.obj is not None and getattr(ctx.obj, "debug", False):
                raise
            raise click.ClickException(str(exc)) from exc


@click.group(cls=MaildGroup)
@click.option("--config", "config_path", envvar="MAILD_CONFIG", type=click.Path(dir_okay=False),
              help="TOML configuration file (env MAILD_CONFIG). Without it, embedded defaults.")
@click.option("--debug", is_flag=True, help="Show tracebacks and debug logging.")
@click.option("--as", "user", envvar="MAILD_USER", metavar="USER",
              help="Who is acting, recorded on every audit event (env MAILD_USER; default: the OS user).")
@click.version_option(package_name="maild")
@click.pass_context
def cli(ctx: click.Context, config_path: str | None, debug: bool, user: str | None) -> None:
    """maild: partner mail to dor@ptg139.com in, tracked cases with SLA clocks out.

    \b
    Quick start:
      maild db upgrade            create or migrate the database
      maild poll --once           read the mailbox once and exit
      maild run                   the daemon (foreground; SIGTERM stops it cleanly)
      maild parse MAIL.eml --json the record for one raw message (no database)
    """
    ctx.obj = Ctx(config_path, debug, user)
    level = logging.DEBUG if debug else logging.INFO
    logging.basicConfig(stream=sys.stderr, level=level,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("alembic").setLevel(logging.DEBUG if debug else logging.WARNING)
    logging.getLogger("mailparser").setLevel(logging.DEBUG if debug else logging.ERROR)  # a WARNING per defect


def configure_logging(cfg: config_mod.Config, debug: bool) -> None:
    logging.getLogger().setLevel(logging.DEBUG if debug else cfg.log.level)


@cli.command("check-config")
@click.option("--today", type=click.DateTime(formats=["%Y-%m-%d"]),
              help="Check calendar coverage as of this day (default: today).")
@pass_ctx
def check_config(c: Ctx, today) -> None:
    """Validate the configuration and print it (secrets masked).

    Warns when the holiday calendar does not cover a year starting within 60 days.

    Example: maild --config /etc/maild.toml check-config
    """
    from maild.clock import SystemClock

    click.echo(config_mod.dump(c.config))
    calendar = c.config.work_calendar
    today = today.date() if today else SystemClock().now().astimezone(calendar.tz).date()
    year = calendar.uncovered_year_within(today)
    if year is not None:
        click.echo(f"warning: calendar: no holiday data for {year} (starts within 60 days): add the "
                   f"new chinesecalendar release or declare it under [calendar] covered_years", err=True)
    for warning in calendar.override_warnings():
        click.echo(f"warning: calendar: {warning}", err=True)
    for warning in config_mod.warnings(c.config):
        click.echo(f"warning: {warning}", err=True)
    missing = config_mod.missing_secrets(c.config)
    for problem in missing:
        click.echo(f"error: {problem} (the daemon cannot log in without it)", err=True)
    if missing:
        ctx = click.get_current_context()
        ctx.exit(1)
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
    from maild.adapters.db import migrations

    app = c.app(migrated=False)
    migrations.upgrade(app.store.engine)
    click.echo(f"database at revision {migrations.head_revision()}")


# The commands live in submodules by subject; importing them registers them on `cli`.
from maild.cli import desk, mailbox, outbox, proactive, queue, registry, reports  # noqa: E402,F401


def main() -> None:
    cli(prog_name="maild")
