"""Commands about the registry: partners and clients imported from CSV files."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from maild.cli import Ctx, cli, pass_ctx
from maild.errors import RegistryError


@contextmanager
def all_or_nothing(path: str) -> Iterator[None]:
    """An import's problems, one line each on stderr and exit 1: nothing of the file was imported."""
    try:
        yield
    except RegistryError as exc:
        for problem in exc.problems:
            click.echo(f"{path}: {problem}", err=True)
        raise click.ClickException(f"{len(exc.problems)} problem(s): nothing was imported") from None


def _import(c: Ctx, path: str, kind: str) -> None:
    from maild.core import registry
    from maild.services import registry_import

    app = c.app()
    text = Path(path).read_text(encoding="utf-8-sig")
    with all_or_nothing(path):
        rows = registry.read_partners(text) if kind == "partners" else registry.read_clients(text)
        with app.store.transaction() as tx:
            done = (registry_import.import_partners if kind == "partners" else registry_import.import_clients)(
                tx, rows, app.clock.now())
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
