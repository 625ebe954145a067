"""The same partner mail as other clients and habits would deliver it: for tests that a reading
does not depend on the wire format (metamorphic tests). Each rewrite returns new bytes, or None
when the mail has nothing it applies to or cannot be re-serialised (raw 8-bit headers)."""

from __future__ import annotations

import email
import email.encoders
import email.errors
import email.header
import email.utils
from datetime import timedelta, timezone
from email.message import Message
from email.policy import compat32
from functools import lru_cache

__all__ = ["REWRITES"]

_GBK = {"gb2312", "gbk", "x-gbk", "gb_2312-80", "euc-cn"}
_DISCLAIMER = ("\n\n本邮件及其附件可能包含保密信息，仅供指定收件人使用。如您误收本邮件，请立即删除并通知发件人。\n"
               "This e-mail and any attachments are confidential and intended solely for the addressee. 服务热线 400-820-1234\n")


def _text(part: Message) -> str:
    charset = (part.get_content_charset() or "utf-8").lower()
    charset = "gb18030" if charset in _GBK else charset
    data = part.get_payload(decode=True) or b""
    try:
        return data.decode(charset, errors="replace")
    except LookupError:
        return data.decode("utf-8", errors="replace")


def _body_parts(msg: Message) -> list[Message]:
    return [p for p in msg.walk() if p.get_content_type() == "text/plain" and not p.get_filename()
            and (p.get("Content-Disposition") or "").split(";")[0].strip().lower() != "attachment"]


def _put(part: Message, text: str, charset: str = "utf-8", **params: str) -> None:
    del part["Content-Transfer-Encoding"]
    part.set_payload(text.replace("\r\n", "\n").replace("\n", "\r\n").encode(charset))
    email.encoders.encode_base64(part)
    part.set_param("charset", charset)
    for name, value in params.items():
        part.set_param(name, value)


def _rewrite_plain(raw: bytes, change, **params: str) -> bytes | None:
    msg = email.message_from_bytes(raw, policy=compat32)
    parts = _body_parts(msg)
    if not parts:
        return None
    for part in parts:
        text = change(_text(part), msg)
        if text is None:
            return None
        _put(part, text, **params)
    return _bytes(msg)


def _subject(msg: Message) -> str | None:
    """The decoded subject; None for a raw 8-bit one (no rewrite can re-serialise it faithfully)."""
    raw = msg.get("Subject", "")
    if not isinstance(raw, str) or any(ord(ch) > 127 for ch in raw):  # compat32 gives a Header for raw bytes
        return None
    try:
        return str(email.header.make_header(email.header.decode_header(raw)))
    except (UnicodeError, LookupError, email.errors.HeaderParseError):
        return None


def _bytes(msg: Message) -> bytes | None:
    try:
        return msg.as_bytes()
    except (UnicodeError, ValueError):
        return None


def html_only(raw: bytes) -> bytes | None:
    """A webmail that sends only HTML: the text/plain alternative dropped."""
    msg = email.message_from_bytes(raw, policy=compat32)
    changed = False
    for part in msg.walk():
        if part.get_content_type() == "multipart/alternative":
            children = part.get_payload()
            if any(c.get_content_type() == "text/plain" for c in children) and \
                    any(c.get_content_type() != "text/plain" for c in children):
                part.set_payload([c for c in children if c.get_content_type() != "text/plain"])
                changed = True
    return _bytes(msg) if changed else None


def gb18030(raw: bytes) -> bytes | None:
    """A mainland client's GB18030 in base64 instead of whatever the mail had."""
    def encodable(text: str, _msg: Message) -> str | None:
        try:
            text.encode("gb18030")
        except UnicodeEncodeError:
            return None
        return text
    msg = email.message_from_bytes(raw, policy=compat32)
    parts = _body_parts(msg)
    if not parts:
        return None
    for part in parts:
        if (text := encodable(_text(part), msg)) is None:
            return None
        _put(part, text, "gb18030")
    return _bytes(msg)


def disclaimer(raw: bytes) -> bytes | None:
    """A company's confidentiality footer after the signature, phone number and all."""
    return _rewrite_plain(raw, lambda text, _msg: text.rstrip() + _DISCLAIMER)


def forwarded_by_a_colleague(raw: bytes) -> bytes | None:
    """The partner's colleague forwards the request with a line on top, as Foxmail writes it."""
    def wrap(text: str, msg: Message) -> str | None:
        if not isinstance(msg.get("From", ""), str):
            return None
        sender = email.utils.parseaddr(msg.get("From", ""))[1]
        try:
            sent = email.utils.parsedate_to_datetime(msg["Date"]).astimezone(timezone(timedelta(hours=8)))
        except (TypeError, ValueError):
            return None
        if "@" not in sender:
            return None
        domain = sender.rsplit("@", 1)[1]
        subject = _subject(msg)
        if subject is None:
            return None
        return (f"请总部处理，谢谢。\n\n-------- 转发邮件信息 --------\n发件人：\"王芳\" <wangfang@{domain}>\n"
                f"发送时间：{(sent - timedelta(minutes=10)):%Y-%m-%d %H:%M}\n收件人：\"李强\" <liqiang@{domain}>\n"
                f"主题：{' '.join(subject.split())}\n\n{text}")
    return _rewrite_plain(raw, wrap)


def flowed(raw: bytes) -> bytes | None:
    """A format=flowed client (RFC 3676, DelSp=Yes) that soft-wraps long lines at 36 characters."""
    def wrap(text: str, _msg: Message) -> str:
        out = []
        for line in text.replace("\r\n", "\n").split("\n"):
            line = line.rstrip(" ")
            if line.startswith(">") or line == "--":
                out.append(line)
                continue
            chunks = [line[i:i + 36] for i in range(0, len(line), 36)] or [""]
            stuffed = [(" " + c if c.startswith((" ", ">", "From ")) else c) for c in chunks]
            out.extend([c + " " for c in stuffed[:-1]] + stuffed[-1:])
        return "\n".join(out)
    return _rewrite_plain(raw, wrap, format="flowed", delsp="yes")


@lru_cache(maxsize=1)
def _s2hk():
    import opencc

    return opencc.OpenCC("s2hk")


def traditional(raw: bytes) -> bytes | None:
    """A Hong Kong writer: the text and subject in traditional characters (OpenCC s2hk), UTF-8."""
    convert = _s2hk().convert
    msg = email.message_from_bytes(raw, policy=compat32)
    parts = _body_parts(msg)
    if not parts:
        return None
    html = [p for p in msg.walk() if p.get_content_type() == "text/html" and not p.get_filename()
            and (p.get("Content-Disposition") or "").split(";")[0].strip().lower() != "attachment"]
    for part in parts + html:  # the HTML alternative too, so neither reading is left simplified
        _put(part, convert(_text(part)))
    if msg.get("Subject") is not None:
        if (text := _subject(msg)) is None:
            return None
        del msg["Subject"]
        msg["Subject"] = email.header.Header(convert(" ".join(text.split())), "utf-8").encode()
    return _bytes(msg)


REWRITES = {f.__name__: f for f in (html_only, gb18030, disclaimer, forwarded_by_a_colleague, flowed, traditional)}
