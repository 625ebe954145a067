"""Named queries on the push log and the proactive mail sent from it, inside the caller's transaction.

    logged(tx, client, lead_ids)      what the log says about an appeal's leads (for its checks)
    pushes_of(tx, client_pks)         the logged pushes of these clients, by (client, lead), to import over
    standings(tx, clients, tz)        each client's counts for the reminders (core/reminders.py)
    last_sender(tx, partner_pk)       where a partner without registered addresses last wrote from
    notice(tx, key) · notices_since(tx, t) · notices_of(tx, partner_pk)   what was already sent
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import datetime, time, tzinfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from maild.adapters.db.models import Case, Client, Notice, Push
from maild.core.cases import CaseKind
from maild.core.pushlog import Logged, normalize_lead
from maild.core.reminders import ClientStanding

__all__ = ["last_sender", "logged", "notice", "notices_of", "notices_since", "pushes_of", "standings"]


def logged(tx: Session, client: Client, lead_ids: Iterable[str]) -> Logged:
    """The push log's record of these leads: pushed to `client` (when), or to another client."""
    leads = sorted({normalize_lead(lead) for lead in lead_ids})
    has = tx.scalar(select(Push.id).where(Push.client_pk == client.id).limit(1)) is not None
    pushed: dict[str, datetime] = {}
    elsewhere: dict[str, str] = {}
    if leads:
        rows = tx.execute(select(Push.lead_id, Push.client_pk, Push.pushed_at, Client.name)
                          .join(Client, Client.id == Push.client_pk).where(Push.lead_id.in_(leads))).all()
        for lead, client_pk, at, name in rows:
            if client_pk == client.id:
                pushed[lead] = at
            else:
                elsewhere.setdefault(lead, name)
    return Logged(client.name, has, pushed, {k: v for k, v in elsewhere.items() if k not in pushed})


def pushes_of(tx: Session, client_pks: Iterable[int]) -> dict[tuple[int, str], Push]:
    """The logged pushes of these clients, by (client pk, lead id)."""
    pks = sorted(set(client_pks))
    if not pks:
        return {}
    return {(p.client_pk, p.lead_id): p for p in tx.scalars(select(Push).where(Push.client_pk.in_(pks)))}


def standings(tx: Session, clients: Sequence[Client], tz: tzinfo, now: datetime) -> list[ClientStanding]:
    """Each client's standing at `now`: pushes in its service period, since its last adjustment
    feedback, the last push, the last summary feedback (cases received up to `now`)."""
    pks = [c.id for c in clients]
    if not pks:
        return []
    pushes: dict[int, list[datetime]] = defaultdict(list)
    for client_pk, at in tx.execute(select(Push.client_pk, Push.pushed_at)
                                    .where(Push.client_pk.in_(pks), Push.pushed_at <= now)):
        pushes[client_pk].append(at)
    feedback: dict[int, tuple[datetime, str]] = {}
    summary: dict[int, datetime] = {}
    for client_pk, kind, number, received in tx.execute(
            select(Case.client_pk, Case.kind, Case.number, Case.received_at)
            .where(Case.client_pk.in_(pks), Case.kind.in_([CaseKind.ADJUSTMENT, CaseKind.SUMMARY]),
                   Case.received_at <= now)
            .order_by(Case.received_at)):
        if kind is CaseKind.ADJUSTMENT:
            feedback[client_pk] = (received, number)
        else:
            summary[client_pk] = received
    in_use = tx.scalar(select(Push.id).limit(1)) is not None
    out = []
    for c in clients:
        start = datetime.combine(c.service_start, time.min, tz) if c.service_start else None
        times = [t for t in pushes.get(c.id, []) if start is None or t >= start]
        last_feedback = feedback.get(c.id)
        since = [t for t in times if last_feedback is None or t > last_feedback[0]]
        last_summary = summary.get(c.id)
        out.append(ClientStanding(
            c.id, c.name, c.partner_name, c.paying, c.quota, c.service_start, c.service_end,
            pushed=len(times), since_feedback=len(since),
            feedback_mark=last_feedback[1] if last_feedback else "start",
            last_push_at=max(pushes[c.id]) if pushes.get(c.id) else None,
            last_summary_at=last_summary if last_summary and (start is None or last_summary >= start) else None,
            log_in_use=in_use))
    return out


def last_sender(tx: Session, partner_pk: int) -> str | None:
    """The address a partner last wrote to HQ from (its latest case's sender)."""
    return tx.scalar(select(Case.sender).where(Case.partner_pk == partner_pk, Case.sender.is_not(None))
                     .order_by(Case.received_at.desc(), Case.id.desc()).limit(1))


def notice(tx: Session, key: str) -> Notice | None:
    return tx.scalar(select(Notice).where(Notice.key == key))


def notices_since(tx: Session, since: datetime, until: datetime | None = None) -> list[Notice]:
    q = select(Notice).where(Notice.created_at >= since)
    if until is not None:
        q = q.where(Notice.created_at < until)
    return list(tx.scalars(q.order_by(Notice.created_at, Notice.id)))


def notices_of(tx: Session, partner_pk: int) -> list[Notice]:
    return list(tx.scalars(select(Notice).where(Notice.partner_pk == partner_pk).order_by(Notice.created_at)))
