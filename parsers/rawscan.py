"""Byte-level work on a raw message beside the stdlib's parser: big base64 runs cut out before
it parses (and decoded straight from the raw bytes after), the exact bytes of enclosed messages
(the stdlib re-serialises them), and cheap peeks at Message-ID and References.
"""

from __future__ import annotations

import binascii
import codecs
import contextlib
import contextvars
import re
from collections.abc import Iterator

__all__ = ["enclosed_messages", "msgid", "offload", "offloaded", "peek_message_id", "peek_references", "reading"]


# A long run of base64 lines (a big attachment) is cut out before the stdlib parses the message
# and decoded straight from the raw bytes: the stdlib keeps every line as a str object, about
# eight times the size of the mail, where this keeps the decoded bytes only.
_OFFLOAD_MIN = 2 * 1024 * 1024  # only mail this big is worth it
_BASE64_RUN = re.compile(rb"(?:^[A-Za-z0-9+/=]{16,998}\r?\n){2048,}", re.M)
_TOKEN = b"MAILDOFFLOADED"
_OFFLOADED: contextvars.ContextVar[dict[str, memoryview] | None] = contextvars.ContextVar("offloaded", default=None)


def offload(raw: bytes) -> tuple[bytes, dict[str, memoryview]]:
    """The message with its big base64 runs replaced by token lines, and the runs by token."""
    if len(raw) < _OFFLOAD_MIN:
        return raw, {}
    pieces, runs, last = [], {}, 0
    for m in _BASE64_RUN.finditer(raw):
        if m.end() - m.start() < _OFFLOAD_MIN // 2:
            continue
        name = f"{_TOKEN.decode()}{len(runs)}"
        pieces += [raw[last:m.start()], name.encode() + b"\r\n"]
        runs[name] = memoryview(raw)[m.start():m.end()]
        last = m.end()
    if not runs:
        return raw, {}
    pieces.append(raw[last:])
    return b"".join(pieces), runs


@contextlib.contextmanager
def reading(runs: dict[str, memoryview]) -> Iterator[None]:
    """While a message's parts are read, its cut-out runs are where `offloaded` finds them."""
    token = _OFFLOADED.set(runs)
    try:
        yield
    finally:
        _OFFLOADED.reset(token)


def offloaded(body: str, transfer_encoding: str) -> bytes | None:
    """A part body that is a cut-out run: its decoded bytes (None for any other body)."""
    runs = _OFFLOADED.get()
    if not runs or body.strip() not in runs:
        return None
    run = runs[body.strip()]
    if transfer_encoding.strip().lower() == "base64":
        try:
            return binascii.a2b_base64(run)
        except binascii.Error:
            pass
    return bytes(run)


_BOUNDARY = re.compile(rb'boundary\s*=\s*(?:"([^"]+)"|([^\s;]+))', re.I)
_CTYPE = re.compile(rb"^content-type:\s*([^;\s]+)", re.I | re.M)
_CTE = re.compile(rb"^content-transfer-encoding:\s*(\S+)", re.I | re.M)


def _split_head(entity: bytes) -> tuple[bytes, bytes]:
    m = re.search(rb"\r?\n\r?\n", entity)
    return (entity[:m.start()], entity[m.end():]) if m else (entity, b"")


def enclosed_messages(raw: bytes, max_depth: int, depth: int = 0) -> list[bytes]:
    """Exact bytes of message/rfc822 bodies, depth first in document order (the stdlib re-serialises)."""
    if depth > max_depth:
        return []
    head, body = _split_head(raw)
    head = re.sub(rb"\r?\n[ \t]+", b" ", head)
    ctype = _CTYPE.search(head)
    kind = ctype.group(1).lower() if ctype else b"text/plain"
    if kind in (b"message/rfc822", b"message/global"):
        cte = _CTE.search(head)
        data = body
        if cte and cte.group(1).lower() == b"base64":
            try:
                data = codecs.decode(re.sub(rb"[^A-Za-z0-9+/=]", b"", body), "base64")
            except ValueError:
                data = body
        return [data, *enclosed_messages(data, max_depth, depth + 1)]
    if not kind.startswith(b"multipart/"):
        return []
    bm = _BOUNDARY.search(head)
    if not bm:
        return []
    delimiter = re.escape(b"--" + (bm.group(1) or bm.group(2)))
    pieces = re.split(rb"(?:^|\r?\n)" + delimiter + rb"(?:--)?[ \t]*(?=\r?\n|$)", body)
    out = []
    for piece in pieces[1:]:
        out.extend(enclosed_messages(re.sub(rb"^\r?\n", b"", piece, count=1), max_depth, depth + 1))
    return out


def msgid(value: str | None) -> str | None:
    """The <…> of a Message-ID-like header value, else the value itself (None when empty)."""
    if not value:
        return None
    m = re.search(r"<[^<>\s]+>", value)
    return m.group(0) if m else (value.strip() or None)


def peek_message_id(raw: bytes) -> str | None:
    """Message-ID from the header block only."""
    head = raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    m = re.search(rb"^message-id:[ \t]*(.*(?:\r?\n[ \t].*)*)", head, re.I | re.M)
    return msgid(m.group(1).decode("latin-1")) if m else None


def peek_references(raw: bytes) -> tuple[str, ...]:
    """Message-IDs named by In-Reply-To and References, from the header block only."""
    head = raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0].decode("latin-1")
    found = re.findall(r"^(?:in-reply-to|references):[ \t]*(.*(?:\r?\n[ \t].*)*)", head, re.I | re.M)
    return tuple(dict.fromkeys(re.findall(r"<[^<>\s]+>", " ".join(found))))
