"""Where a message came from and what is wrong with it, via mail-parser.

mail-parser is built for forensics (the Received chain, sender IP, defects) and
that is all it is used for here: its text decoding garbles GBK mail, so every
header, body and file name is decoded by mime.py/charsets.py instead. It logs
every defect at WARNING; quietening it is the entry point's business (maild's CLI does).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Forensics", "MAX_BYTES", "inspect"]

# mail-parser keeps base64 copies of every attachment; big messages skip it.
MAX_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Forensics:
    hops: int  # Received headers
    first_hop: str | None  # the outermost "from …" clause: who handed the mail to our server
    defects: tuple[str, ...]  # RFC defect categories the stdlib parser reported

    def to_json(self) -> dict:
        return {"hops": self.hops, "first_hop": self.first_hop, "defects": list(self.defects)}


def inspect(raw: bytes) -> Forensics | None:
    """The Received chain and defect categories; None when skipped or mail-parser gives up."""
    if len(raw) > MAX_BYTES:
        return None
    try:
        import mailparser

        parsed = mailparser.parse_from_bytes(raw)
        received = parsed.received or []
        first = received[0].get("from") if received else None
        return Forensics(len(received), first, tuple(sorted(parsed.defects_categories)))
    except Exception:  # noqa: BLE001 - forensics are optional; parsing goes on without them
        return None
