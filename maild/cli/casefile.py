"""How one case file looks: `maild case show` as text and as JSON.

The timeline merges the thread's mail, the case's events and the mail sent for it, oldest first.
Every string that came in mail passes views.safe() before it reaches the terminal.
"""

from __future__ import annotations

from datetime import tzinfo
from typing import Any

from maild.cli import views
from maild.core.checks import Check

__all__ = ["as_json", "as_text", "timeline"]

_WHAT = {
    "open": "opened", "acknowledge": "acknowledged", "review": "in review", "ask_partner": "asked the partner",
    "partner_replied": "partner replied", "evidence_added": "evidence added", "decide": "ruled / answered",
    "close": "closed", "reopen": "reopened", "reassign": "assigned", "note": "note",
}


def timeline(f: Any, tz: tzinfo) -> list[dict[str, Any]]:
    """The thread as one list of {at, what, by, detail}, oldest first."""
    items = []
    for m in f.messages:
        items.append((m.received_at, 0, {"what": f"received {m.kind or 'mail'}", "by": m.sender,
                                         "detail": m.subject, "message": m.id}))
    for e in f.events:
        detail = e.detail or ""
        if e.data and e.data.get("verdict"):
            detail = detail or e.data["verdict"]
        changed = (e.data or {}).get("changed") or {}
        if changed:  # a reply that corrected the request: old → new, from that reply's message
            detail = "; ".join([detail] * bool(detail) + [f"{name}: {_shown(old)} → {_shown(new)}"
                                                          for name, (old, new) in changed.items()])
        items.append((e.at, 1, {"what": _WHAT.get(str(e.action), str(e.action)), "by": e.actor,
                                "detail": detail, "state": f"{e.from_state or '-'} → {e.to_state}",
                                **({"changed": changed, "message": e.message_pk} if changed else {})}))
    for m in f.mail:
        when = m.sent_at or m.created_at
        delivery = f"{m.status}" + (f" ({m.last_error or m.note})" if (m.last_error or m.note) else "")
        items.append((when, 2, {"what": f"mail {m.purpose}", "by": "maild", "detail": f"to {', '.join(m.recipients)}: "
                                f"{m.subject}", "delivery": delivery, "message_id": m.message_id}))
    items.sort(key=lambda i: (i[0], i[1]))
    return [{"at": views.iso(at, tz), **item} for at, _, item in items]


def _topic_signal(f: Any) -> str | None:
    """Why a triage case has its topic: the cue the parser saw, kept on the case's first event."""
    return next(((e.data or {}).get("topic_signal") for e in f.events if str(e.action) == "open"), None)


def _shown(value: Any) -> str:
    if value in (None, [], ""):
        return "(none)"
    return ", ".join(map(str, value)) if isinstance(value, list) else str(value)


def _attachment(n: int, a: Any) -> dict[str, Any]:
    return {"n": n, "filename": a.filename, "type": a.detected_type or a.content_type, "declared": a.content_type,
            "size": a.size, "role": str(a.role), "duration_s": a.duration_s,
            "image": f"{a.width}×{a.height}" if a.width else None, "message": a.message_pk, "sha256": a.sha256}


def _provenance(f: Any) -> dict[str, str]:
    record = (f.opened.record or {}) if f.opened else {}
    return {p["field"]: f"{p['source']} ({p['rule']})" for p in record.get("provenance", [])}


def as_json(f: Any, tz: tzinfo) -> dict[str, Any]:
    c, row = f.case, views.case_row(f.case, f.clock, tz)
    where = _provenance(f)
    return {
        "number": c.number, "kind": str(c.kind), "state": str(c.state), "assignee": c.assignee,
        "topic": c.topic, "topic_signal": _topic_signal(f),
        "partner": c.partner_name, "client": c.client_name, "sender": c.sender,
        "received_at": views.iso(c.received_at, tz), "due_at": views.iso(c.due_at, tz),
        "sla": str(c.sla_status) if c.sla_status else "none", "sla_error": c.sla_error,
        "seconds_left": int(f.clock.time_left.total_seconds()) if f.clock is not None and c.due_at else None,
        "fields": {k: {"value": v, "from": where.get(k, "a later reply" if v not in (None, []) else None)}
                   for k, v in c.fields.items()},
        "checks": [{"name": ch["name"], "ok": ch["passed"], "detail": ch["detail"]} for ch in c.checks],
        "missing": list(c.missing), "left": row["left"],
        "timeline": timeline(f, tz),
        "attachments": [_attachment(n, a) for n, a in enumerate(f.attachments, start=1)],
    }


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{n / 1024:.0f} KB" if n >= 1024 else f"{n} B"


def as_text(f: Any, tz: tzinfo) -> str:
    c, row, s = f.case, views.case_row(f.case, f.clock, tz), views.safe
    left = f", {row['left']} left" if row["left"] else ""
    lines = [f"{c.number}  {c.kind}  {c.state}  received {views.local(c.received_at, tz)}"
             + (f"  assigned to {s(c.assignee)}" if c.assignee else ""),
             f"  due {row['due'] or '-'}  ({row['sla'] or 'no SLA'}{left})",
             f"  partner {s(row['partner']) or '-'}   client {s(row['client']) or '-'}   sender {s(c.sender)}"]
    if c.topic:
        signal = _topic_signal(f)
        lines.append(f"  topic: {c.topic}" + (f"    ← {s(signal)}" if signal else ""))
    where = _provenance(f)
    for key, value in c.fields.items():
        if value not in (None, []):
            lines.append(f"  {key}: {s(value)}" + (f"    ← {s(where[key])}" if key in where else "    ← a later reply"))
    if row["missing"]:
        lines.append(f"  missing: {', '.join(row['missing'])}")
    marks = {True: "✓", False: "✗", None: "?"}
    lines += [f"  {marks[ch['passed']]} {ch['name']}: {s(ch['detail'])}" for ch in c.checks]
    summary = views.checks_summary([Check.from_json(ch) for ch in c.checks])
    lines.append(f"  checks that matter: {summary}")
    if f.attachments:
        lines.append("  attachments (maild case attachment NUMBER N -o FILE):")
        for n, a in enumerate(f.attachments, start=1):
            facts = [a.detected_type or a.content_type, _size(a.size), str(a.role)]
            if a.duration_s is not None:
                facts.append(f"{a.duration_s:.0f} s")
            if a.width:
                facts.append(f"{a.width}×{a.height}")
            lines.append(f"    {n}. {s(a.filename)}  ({', '.join(facts)})")
    lines.append("  timeline:")
    for item in timeline(f, tz):
        at = item["at"][:16].replace("T", " ")
        extra = f" [{item['delivery']}]" if "delivery" in item else f" ({item['state']})" if "state" in item else ""
        detail = f": {s(item['detail'])}" if item.get("detail") else ""
        lines.append(f"    {at}  {item['what']}{extra} by {s(item['by'])}{detail}")
    return "\n".join(lines)
