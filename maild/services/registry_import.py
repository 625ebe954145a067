"""The partner and client registry, and the push log, in the database: imports that update in place.

Parsing and validation are pure (core/registry.py); an import writes every row or,
on any problem, nothing: the caller's transaction is all or nothing. Problems name
the line of the CSV file the row came from.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from maild.adapters.db import pushes, queries
from maild.adapters.db.models import Client, Partner, Push
from maild.core.pushlog import PushRow, normalize_lead
from maild.core.registry import ClientRow, PartnerRow, names_match, normalize_company
from maild.errors import RegistryError
from maild.services import casework


@dataclass(frozen=True)
class Imported:
    added: int
    updated: int


def import_partners(tx: Session, rows: Sequence[PartnerRow], now: datetime) -> Imported:
    """Insert new partners and update known ones (matched by normalised name)."""
    existing = {p.norm_name: p for p in queries.partners(tx)}
    added = updated = 0
    for row in rows:
        norm = normalize_company(row.name)
        partner = existing.get(norm)
        if partner is None:
            partner = Partner(name=row.name, norm_name=norm, updated_at=now)
            tx.add(partner)
            existing[norm] = partner
            added += 1
        else:
            updated += 1
        partner.name, partner.contact, partner.updated_at = row.name, row.contact or None, now
        partner.addresses = sorted(a.lower() for a in row.addresses)
        partner.domains = sorted(d.lower() for d in row.domains)
    tx.flush()
    return Imported(added, updated)


def import_clients(tx: Session, rows: Sequence[ClientRow], now: datetime) -> Imported:
    """Insert or update clients; each must name a partner already in the registry."""
    partners = queries.partners(tx)
    problems = []
    resolved = []
    for row in rows:
        partner = next((p for p in partners if names_match(p.name, row.partner)), None)
        if partner is None:
            problems.append(f"line {row.line}: partner: {row.partner!r} is not in the registry (import partners first)")
        resolved.append(partner)
    if problems:
        raise RegistryError(problems)
    existing = {c.norm_name: c for c in queries.clients(tx)}
    added = updated = 0
    for row, partner in zip(rows, resolved, strict=True):
        norm = normalize_company(row.name)
        client = existing.get(norm)
        if client is None:
            client = Client(name=row.name, norm_name=norm, partner_name=row.partner, paying=row.paying,
                            updated_at=now)
            tx.add(client)
            existing[norm] = client
            added += 1
        else:
            updated += 1
        client.name, client.partner_name, client.partner_pk = row.name, partner.name, partner.id
        client.paying, client.quota = row.paying, row.quota
        client.service_start, client.service_end = row.service_start, row.service_end
        client.keywords = list(row.keywords)
        client.excluded_products = list(row.excluded_products)
        client.updated_at = now
    tx.flush()
    return Imported(added, updated)


@dataclass(frozen=True)
class PushesImported:
    added: int
    updated: int  # a lead already logged for its client, with another time, keyword or product
    unchanged: int
    rechecked: tuple[str, ...] = ()  # open appeals whose checks were derived again from the log


def import_pushes(tx: Session, rows: Sequence[PushRow], now: datetime) -> PushesImported:
    """Log pushed leads; each row's client must be in the registry (matched as cases match it).

    Importing the same file twice changes nothing. Open appeals of the clients touched get their
    checks again, now with the log's times."""
    clients = queries.clients(tx)
    problems, resolved = [], []
    for row in rows:
        matches = [c for c in clients if names_match(c.name, row.client)]
        if len(matches) != 1:
            why = "is not in the registry (import clients first)" if not matches else \
                f"fits {len(matches)} clients ({', '.join(c.name for c in matches)}): write the full name"
            problems.append(f"line {row.line}: client: {row.client!r} {why}")
        resolved.append(matches[0] if len(matches) == 1 else None)
    if problems:
        raise RegistryError(problems)
    existing = pushes.pushes_of(tx, (c.id for c in resolved if c is not None))
    added = updated = unchanged = 0
    touched: set[int] = set()
    for row, client in zip(rows, resolved, strict=True):
        assert client is not None
        lead = normalize_lead(row.lead_id)
        push = existing.get((client.id, lead))
        values = (row.pushed_at, row.keyword or None, row.product or None)
        if push is None:
            push = Push(client_pk=client.id, lead_id=lead, imported_at=now)
            tx.add(push)
            existing[(client.id, lead)] = push
            added += 1
        elif (push.pushed_at, push.keyword, push.product) == values:
            unchanged += 1
            continue
        else:
            updated += 1
        push.pushed_at, push.keyword, push.product, push.imported_at = *values, now
        touched.add(client.id)
    tx.flush()
    rechecked = tuple(casework.recheck_appeals(tx, touched))
    return PushesImported(added, updated, unchanged, rechecked)
