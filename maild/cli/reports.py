"""Commands that report: stats (bar charts people read at a glance), health (for monitoring), export."""

from __future__ import annotations

import csv
import sys
from datetime import datetime

import click

from maild.cli import Ctx, cli, pass_ctx, views

_BAR = 30


def _since(c: Ctx, day) -> datetime | None:
    return None if day is None else datetime.combine(day.date(), datetime.min.time(), c.tz)


def _bars(title: str, values: dict[str, float], unit: str = "", scale: float | None = None) -> list[str]:
    if not values:
        return [title, "  (none)"]
    top = scale or max(values.values()) or 1
    width = max(views.width(views.safe(k)) for k in values)
    lines = [title]
    for key, value in values.items():
        name = views.safe(key)
        bar = "█" * max(1 if value else 0, round(_BAR * value / top))
        shown = f"{value:.0%}" if unit == "%" else f"{value:g}{unit}"
        lines.append(f"  {name}{' ' * (width - views.width(name))}  {bar} {shown}")
    return lines


@cli.command("stats")
@click.option("--since", type=click.DateTime(formats=["%Y-%m-%d"]), help="Only cases received from this day on.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object instead of charts.")
@pass_ctx
def stats_cmd(c: Ctx, since, as_json: bool) -> None:
    """Volume per kind and partner, median time to outcome, SLA compliance, breaches, verdicts per criterion.

    Example: maild stats --since 2026-11-01
    """
    from maild.services import reports

    app = c.app()
    with app.store.transaction() as tx:
        found = reports.stats(tx, _since(c, since), app.terms)
    if as_json:
        click.echo(views.as_json(found.to_json()))
        return
    rate = {k: met / total for k, (met, total) in found.compliance_by_kind.items() if total}
    partner_rate = {k: met / total for k, (met, total) in found.compliance_by_partner.items() if total}
    verdicts = {f"第{k}条 " + ("不计入" if kind == "not_counted" else "计入"): n
                for k, v in found.verdicts.items() for kind, n in v.items() if n}
    blocks = [
        _bars("cases by kind", found.volume_by_kind),
        _bars("cases by partner", found.volume_by_partner),
        _bars("median time to outcome (hours)", found.median_hours_to_outcome, "h"),
        _bars("SLA met, by kind", rate, "%", 1.0),
        _bars("SLA met, by partner", partner_rate, "%", 1.0),
        _bars("appeal verdicts by criterion", verdicts),
        [f"breaches recorded: {found.breaches}   open cases past their deadline: {found.open_breached}"],
    ]
    head = f"since {found.since}" if found.since else "all cases"
    click.echo(f"maild stats — {head}\n\n" + "\n\n".join("\n".join(b) for b in blocks))


@cli.command("health")
@click.option("--json", "as_json", is_flag=True, help="One JSON object: level and checks.")
@pass_ctx
def health_cmd(c: Ctx, as_json: bool) -> None:
    """Is maild well? The last good poll and since when errors last, inbox backlog, quarantine, outbox
    pending/failed/held, calendar coverage ahead. Exits 0 (ok), 1 (warning) or 2 (critical), for
    cron, Nagios-style checks or a systemd timer.

    Example: maild health || mail -s "maild needs a look" ops@ptg139.com < /dev/null
    """
    from maild.errors import MaildError
    from maild.services import reports

    try:
        app = c.app()
        with app.store.transaction() as tx:
            checks = reports.health(tx, c.config, app.terms, app.clock.now())
    except MaildError as exc:  # no database, an old schema: that is the health report
        checks = [reports.HealthCheck("database", reports.Level.CRITICAL, str(exc))]
    level = max((ch.level for ch in checks), default=reports.Level.OK)
    if as_json:
        click.echo(views.as_json({"level": level.name.lower(), "checks": [ch.to_json() for ch in checks]}))
    else:
        from rich.text import Text

        console = views.console()
        styles = {reports.Level.OK: "green", reports.Level.WARNING: "yellow", reports.Level.CRITICAL: "bold red"}
        for ch in checks:
            line = Text(f"{ch.level.name.lower():<9}", style=styles[ch.level])
            line.append(f"{ch.name:<11}{views.safe(ch.detail)}")
            console.print(line)
        console.print(Text(f"maild is {level.name.lower()}", style=styles[level]))
    sys.exit(int(level))


@cli.group("export")
def export_group() -> None:
    """Data out, for reporting."""


@export_group.command("cases")
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl"]), default="csv", show_default=True)
@click.option("--since", type=click.DateTime(formats=["%Y-%m-%d"]), help="Only cases received from this day on.")
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-",
              help="Where to write (default: stdout).")
@pass_ctx
def export_cases(c: Ctx, fmt: str, since, output) -> None:
    """Every case as one row: kind, state, partner, client, times, SLA outcome, verdict, what was missing.

    Example: maild export cases --format csv --since 2026-11-01 -o november.csv
    """
    from maild.services import reports

    app = c.app()
    with app.store.transaction() as tx:
        rows = reports.export_rows(tx, _since(c, since), c.tz)
    if fmt == "jsonl":
        for row in rows:
            output.write(views.as_json(row) + "\n")
    else:
        writer = csv.DictWriter(output, fieldnames=reports.EXPORT_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    click.echo(f"{len(rows)} case(s) exported", err=True)
