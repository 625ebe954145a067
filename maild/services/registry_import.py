"""The partner and client registry in the database: imports that update in place.

Parsing and validation are pure (core/registry.py); an import writes every row or,
on any problem, nothing: the caller's transaction is all or nothing. Problems name
the line of the CSV file the row came from.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from maild.adapters.db import queries
from maild.adapters.db.models import Client, Partner
from maild.core.registry import ClientRow, PartnerRow, names_match, normalize_company
from maild.errors import RegistryError


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
