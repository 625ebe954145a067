"""Raw bytes → a decoded message tree: headers, text, HTML tables, attachments,
forwarded messages.

The standard library's compat32 parser gives the structure (raw 8-bit header
bytes stay recoverable); every header, text part and file name is decoded here
from those bytes (see charsets.py). Limits on depth and part count keep hostile
mail cheap.
"""

from __future__ import annotations

import email
import email.message
import email.parser
import email.utils
import re
from dataclasses import dataclass, field
from datetime import UTC, timedelta, timezone
from email.generator import BytesGenerator
from io import BytesIO

from parsers import rawscan
from parsers.charsets import Quality, decode_bytes, decode_header, header_bytes
from parsers.rawscan import msgid as _msgid
from parsers.rawscan import peek_message_id, peek_references
from parsers.records import Limits
from parsers.text import html_to_text, unflow

__all__ = ["MimeAttachment", "MimeMail", "NotAMessage", "peek_message_id", "peek_references", "read"]

_FAR_EAST = timezone(timedelta(hours=14))


@dataclass
class _Budget:
    """How much of the mail may still be read (Limits), and how much was."""

    limits: Limits
    parts: int = 0
_HEADER_LINE = re.compile(rb"^(From |[A-Za-z][A-Za-z0-9_.-]{0,75}[ \t]*:)")
_STRICT_HEADER_LINE = re.compile(rb"^[A-Za-z][A-Za-z0-9_.-]{0,75}:")


class NotAMessage(ValueError):
    """The input is not an email message at all (not merely malformed)."""


@dataclass
class MimeAttachment:
    filename: str
    content_type: str
    data: bytes
    inline: bool
    content_id: str | None


@dataclass
class MimeMail:
    """One message, decoded. Forwarded (attached) messages nest as MimeMail too."""

    headers: dict[str, list[str]]  # lower-case name → decoded values, in order
    subject: str | None
    sender: str | None
    sender_name: str | None
    to: list[str]
    cc: list[str]
    message_id: str | None
    in_reply_to: str | None
    references: list[str]
    date: str | None
    content_type: str
    plain: list[str] = field(default_factory=list)
    html: list[str] = field(default_factory=list)
    html_tables: list[list[list[str]]] = field(default_factory=list)
    attachments: list[MimeAttachment] = field(default_factory=list)
    forwarded: list[MimeMail] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # exact raw bytes of every message/rfc822 part, in document order (consumed while walking)
    enclosed: list[bytes] = field(default_factory=list, repr=False)

    def header(self, name: str) -> str | None:
        values = self.headers.get(name.lower())
        return values[0] if values else None

    @property
    def text(self) -> str:
        """The plain body, or the HTML body as text when there is no plain part."""
        if any(p.strip() for p in self.plain):
            return "\n".join(self.plain)
        return "\n".join(html_to_text(h).text for h in self.html)


def read(raw: bytes, limits: Limits | None = None) -> MimeMail:
    """Parse one raw message. Raises NotAMessage only for input that is not mail."""
    if not isinstance(raw, bytes | bytearray):
        raise NotAMessage("input is not bytes")
    raw = bytes(raw).removeprefix(b"\xef\xbb\xbf").lstrip(b" \t\r\n")
    lines = [line for line in raw[:8192].split(b"\n")[:12] if line.strip()]
    warnings = []
    if b"\x00" in raw[:1024]:
        # binary files are full of NULs and have no header lines; mail with NULs in its head
        # (hostile or broken) still has several: read it with the NULs of the head removed
        if sum(bool(_STRICT_HEADER_LINE.match(line.replace(b"\x00", b""))) for line in lines) < 2:
            raise NotAMessage("no RFC 5322 header block at the start of the input")
        head, sep, body = raw.partition(b"\r\n\r\n") if b"\r\n\r\n" in raw else raw.partition(b"\n\n")
        raw = head.replace(b"\x00", b"") + sep + body
        lines = [line.replace(b"\x00", b"") for line in lines]
        warnings.append("NUL bytes in the header were removed")
    if not any(_HEADER_LINE.match(line) for line in lines):
        raise NotAMessage("no RFC 5322 header block at the start of the input")
    small, offloaded = rawscan.offload(raw)
    msg, nested = _parse(small)
    if not msg.keys():  # junk before the first header line: start at the first one
        start = next((m.start() for m in re.finditer(rb"^.*$", small[:8192], re.M)
                      if _STRICT_HEADER_LINE.match(m.group(0))), None)
        if start is not None:
            msg, nested = _parse(small[start:])
        if not msg.keys():
            raise NotAMessage("no header fields found")
    if nested:
        warnings.append(f"MIME structure nested deeper than Python can parse: read as one text part ({nested})")
    limits = limits or Limits()
    budget = _Budget(limits)
    enclosed = rawscan.enclosed_messages(raw, limits.max_depth) if b"message/rfc822" in raw.lower() and not nested else []
    with rawscan.reading(offloaded):
        mail = _read_message(msg, depth=0, budget=budget, enclosed=enclosed)
    mail.warnings[:0] = warnings
    return mail


def _parse(raw: bytes) -> tuple[email.message.Message, str]:
    """The stdlib's parse, or — for structure nested so deep that the stdlib's recursive parser
    gives up — the headers over the whole body as one text part; the second value says why."""
    try:
        return email.message_from_bytes(raw), ""
    except RecursionError:
        msg = email.parser.BytesHeaderParser().parsebytes(raw)
        declared = msg.get("Content-Type", "")
        del msg["Content-Type"]
        msg["Content-Type"] = "text/plain; charset=utf-8"
        return msg, f"declared {declared.split(';')[0].strip() or 'nothing'}"


_ADDR = re.compile(r"[\w.+!#$%&'*/=?^`{|}~-]+@[\w.-]+")


def _addr_list(values: list[str]) -> list[tuple[str, str]]:
    values = [v[:4096] for v in values if v]
    try:
        pairs = email.utils.getaddresses(values)
    except (RecursionError, ValueError, IndexError):  # pathological header: keep what looks like addresses
        pairs = [("", a) for v in values for a in _ADDR.findall(v)]
    out = []
    for name, addr in pairs:
        addr = addr.strip().strip("<>")
        if addr or name:
            out.append((decode_header(name)[0], addr))
    return out


def _read_message(msg: email.message.Message, depth: int, budget: _Budget,
                  enclosed: list[bytes] | None = None) -> MimeMail:
    warnings: list[str] = []
    headers: dict[str, list[str]] = {}
    for name, value in msg.raw_items():
        text, quality = decode_header(value) if isinstance(value, str) else (str(value), Quality.OK)
        headers.setdefault(name.lower(), []).append(text)
        if quality == Quality.REPLACED:
            warnings.append(f"header {name}: undecodable bytes replaced")
    raw_from = _raw_all(msg, "from") or _raw_all(msg, "sender")
    senders = _addr_list([header_bytes(v).decode("latin-1") for v in raw_from])
    sender_name, sender = (senders[0] if senders else (None, None))
    subject = headers["subject"][0] if "subject" in headers else None
    refs = re.findall(r"<[^<>\s]+>", " ".join(headers.get("references", [])))
    mail = MimeMail(
        enclosed=enclosed if enclosed is not None else [],
        headers=headers,
        subject=subject,
        sender=sender or None,
        sender_name=sender_name or None,
        to=[a for _, a in _addr_list(headers.get("to", []))],
        cc=[a for _, a in _addr_list(headers.get("cc", []))],
        message_id=_msgid(header_bytes(_raw_header(msg, "message-id")).decode("latin-1")),
        in_reply_to=_msgid(headers.get("in-reply-to", [None])[0]),
        references=refs,
        date=_date(headers.get("date", [None])[0]),
        content_type=_content_type(msg),
        warnings=warnings,
    )
    for defect in msg.defects:
        mail.warnings.append(f"defect: {type(defect).__name__}")
    _walk(msg, mail, depth, budget, parent_type=None)
    return mail


def _date(value: str | None) -> str | None:
    if not value:
        return None
    try:
        dt = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if dt is None:
        return None
    try:  # a date every zone can hold (year 9999 at -12:00 is year 10000 in UTC): else unreadable
        (dt if dt.tzinfo else dt.replace(tzinfo=UTC)).astimezone(UTC).astimezone(_FAR_EAST)
    except OverflowError:
        return None
    return dt.isoformat()


def _walk(part: email.message.Message, mail: MimeMail, depth: int, budget: _Budget,
          parent_type: str | None) -> None:
    budget.parts += 1
    if budget.parts > budget.limits.max_parts:
        if budget.parts == budget.limits.max_parts + 1:
            mail.warnings.append(f"more than {budget.limits.max_parts} MIME parts (limits.max_parts): "
                                 f"the rest was not read")
        return
    ctype = _content_type(part)
    if ctype == "message/rfc822" or ctype == "message/global":
        _message_part(part, mail, depth, budget, _filename(part),
                      _raw_header(part, "content-disposition").split(";")[0].strip().lower(), parent_type)
        return
    if part.is_multipart():
        if depth >= budget.limits.max_depth:
            mail.warnings.append(f"MIME nested deeper than {budget.limits.max_depth} (limits.max_depth): "
                                 f"inner parts not read")
            return
        # multipart/alternative: every part is read; the text body prefers plain, HTML gives tables
        children = part.get_payload()
        for child in children if isinstance(children, list) else []:
            if isinstance(child, email.message.Message):
                try:
                    _walk(child, mail, depth + 1, budget, parent_type=ctype)
                except Exception as exc:  # noqa: BLE001 - one broken part must not lose the rest
                    mail.warnings.append(f"unreadable {ctype} child part: {type(exc).__name__}")
        return
    filename = _filename(part)
    disposition = _raw_header(part, "content-disposition").split(";")[0].strip().lower()
    in_report = parent_type == "multipart/report"
    is_attachment = bool(filename) or disposition == "attachment" or (
        parent_type == "multipart/related" and not ctype.startswith("text/"))
    if in_report and not filename:
        is_attachment = False
    if ctype.startswith("text/") and not is_attachment:
        if ctype == "text/rfc822-headers" or in_report and ctype != "text/plain":
            return
        charset = _param(part, "content-type", "charset")
        text, quality = decode_bytes(_payload(part), charset if isinstance(charset, str) else None)
        if quality == Quality.REPLACED:
            mail.warnings.append(f"{ctype} part: undecodable bytes replaced")
        elif quality == Quality.GUESSED:
            mail.warnings.append(f"{ctype} part: charset {charset!r} wrong or absent, detected")
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        if ctype == "text/plain" and str(_param(part, "content-type", "format")).lower() == "flowed":
            text = unflow(text, str(_param(part, "content-type", "delsp")).lower() == "yes")
        if ctype == "text/html":
            mail.html.append(text)
            mail.html_tables.extend(html_to_text(text).tables)
        else:
            mail.plain.append(text)
        return
    if not is_attachment:
        return
    cid = _raw_header(part, "content-id")
    mail.attachments.append(MimeAttachment(
        filename=filename or _fallback_name(ctype, len(mail.attachments) + 1),
        content_type=ctype,
        data=_payload(part),
        inline=disposition == "inline" or (parent_type == "multipart/related" and disposition != "attachment"),
        content_id=cid.strip().strip("<>") if cid else None,
    ))


def _content_type(part: email.message.Message) -> str:
    raw = _raw_header(part, "content-type")
    m = re.match(r"\s*([!#$%&'*+.^_`|~0-9A-Za-z-]+/[!#$%&'*+.^_`|~0-9A-Za-z-]+)", raw)
    if m:
        return m.group(1).lower()
    return part.get_default_type()


def _payload(part: email.message.Message) -> bytes:
    body = part.get_payload()
    if isinstance(body, str):
        kept = rawscan.offloaded(body, _raw_header(part, "content-transfer-encoding"))
        if kept is not None:
            return kept
    try:
        data = part.get_payload(decode=True)
    except Exception:  # noqa: BLE001 - a broken encoding must not stop the message
        data = None
    if isinstance(data, bytes):
        return data
    payload = part.get_payload()
    return header_bytes(payload) if isinstance(payload, str) else b""


def _raw_all(part: email.message.Message, name: str) -> list[str]:
    """Every raw value of a header (8-bit bytes kept as surrogates)."""
    return [v if isinstance(v, str) else str(v) for k, v in part.raw_items() if k.lower() == name]


def _raw_header(part: email.message.Message, name: str) -> str:
    """The first raw value of a header (8-bit bytes kept as surrogates), or ''."""
    for key, value in part.raw_items():
        if key.lower() == name:
            return value if isinstance(value, str) else str(value)
    return ""


_PARAM = re.compile(r';\s*([^\s=;]+)\s*=\s*("(?:[^"\\]|\\.)*"?|[^;]*)', re.S)


def _param(part: email.message.Message, header: str, name: str) -> str | tuple[str, str, str] | None:
    """One MIME parameter from the raw header: str, or an RFC 2231 (charset, lang, text) tuple."""
    raw = _raw_header(part, header)
    if not raw:
        return None
    pairs = [("", "")] + [(k.lower(), v.strip()) for k, v in _PARAM.findall(raw.replace("\r\n", " ").replace("\n", " "))]
    try:
        params = email.utils.decode_params(pairs)[1:]
    except Exception:  # noqa: BLE001 - malformed continuations: fall back to the plain values
        params = [(k, email.utils.unquote(v)) for k, v in pairs[1:]]
    for key, value in params:
        if key == name:
            return email.utils.unquote(value) if isinstance(value, str) else value
    return None


def _filename(part: email.message.Message) -> str:
    for header, param in (("content-disposition", "filename"), ("content-type", "name")):
        value = _param(part, header, param)
        if value is None:
            continue
        if isinstance(value, tuple):  # RFC 2231: percent-decoded bytes held as latin-1 text
            charset, _lang, text = value
            name, _q = decode_bytes(header_bytes(text) if _is_surrogate(text) else text.encode("latin-1", "replace"),
                                    charset or None)
        else:
            name, _q = decode_header(value)
        name = name.replace("\\", "/").split("/")[-1].strip().strip("\"'")
        name = re.sub(r"[\x00-\x1f]", "", name)
        if name:
            return name
    return ""


def _is_surrogate(text: str) -> bool:
    return any("\udc80" <= ch <= "\udcff" for ch in text)


def _fallback_name(ctype: str, n: int) -> str:
    ext = {"message/rfc822": "eml", "image/png": "png", "image/jpeg": "jpg", "application/pdf": "pdf"}
    return f"attachment-{n}.{ext.get(ctype, 'bin')}"


def _message_part(part: email.message.Message, mail: MimeMail, depth: int, budget: _Budget,
                  filename: str, disposition: str, parent_type: str | None) -> None:
    payload = part.get_payload()
    inner = payload[0] if isinstance(payload, list) and payload else None
    exact = mail.enclosed.pop(0) if mail.enclosed else None
    if parent_type == "multipart/report":
        return  # the returned message of a DSN is evidence of the bounce, not new content
    if filename or disposition == "attachment":
        mail.attachments.append(MimeAttachment(
            filename=filename or _fallback_name("message/rfc822", len(mail.attachments) + 1),
            content_type=_content_type(part), data=exact if exact is not None else _message_bytes(part, inner),
            inline=False, content_id=None))
    if isinstance(inner, email.message.Message) and depth < budget.limits.max_depth:
        forwarded = _read_message(inner, depth + 1, budget, mail.enclosed)
        mail.forwarded.append(forwarded)
        mail.attachments.extend(forwarded.attachments)  # evidence inside a forward is evidence


def _message_bytes(part: email.message.Message, inner: email.message.Message | None) -> bytes:
    data = _payload(part)
    if data:
        return data
    if inner is None:
        return b""
    buf = BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=inner.policy.clone(linesep="\r\n")).flatten(inner)
    return buf.getvalue()
