"""Turn bytes and MIME-encoded header text into str, the way Chinese mail needs.

Every GB label (gb2312, gbk, cp936, euc-cn, ...) is decoded as GB18030, its
superset; undeclared or lying 8-bit text is detected (UTF-8 strict, then
GB18030 strict, then charset-normalizer); at worst replacement characters, and
the caller learns the quality so the record can carry a warning.
"""

from __future__ import annotations

import codecs
import re
from enum import StrEnum

__all__ = ["Quality", "canonical_charset", "decode_bytes", "decode_header", "header_bytes"]


class Quality(StrEnum):
    OK = "ok"  # decoded strictly with the declared charset
    GUESSED = "guessed"  # declared charset absent or wrong; another one decoded strictly
    REPLACED = "replaced"  # nothing decoded strictly: replacement characters inserted


_GB = "gb18030"
ALIASES = {
    "gb2312": _GB, "gbk": _GB, "cp936": _GB, "ms936": _GB, "euc-cn": _GB, "euccn": _GB,
    "x-gbk": _GB, "x-euc-cn": _GB, "gb_2312-80": _GB, "gb2312-80": _GB, "csgb2312": _GB,
    "chinese": _GB, "x-gb2312": _GB, "gb-2312": _GB, "gb18030-2000": _GB, "windows-936": _GB,
    "utf8": "utf-8", "unicode-1-1-utf-8": "utf-8", "x-unicode20utf8": "utf-8",
    "ks_c_5601-1987": "cp949", "x-mac-chinesesimp": _GB, "big5-hkscs": "big5hkscs",
    "unicode": "utf-16", "ansi_x3.4-1968": "ascii", "us-ascii": "ascii", "x-user-defined": "latin-1",
}
# Declarations that never fail on 8-bit bytes, so they cannot be trusted on Chinese mail.
_PERMISSIVE = {"ascii", "latin-1", "iso8859-1", "cp1252", "iso-8859-1", "windows-1252"}


def canonical_charset(name: str | None) -> str | None:
    """A Python codec name for a MIME charset label, or None when unknown.

    >>> canonical_charset('"GB2312"')
    'gb18030'
    """
    if not name:
        return None
    label = name.strip().strip("\"'").lower()
    label = ALIASES.get(label, label)
    try:
        info = codecs.lookup(label)
    except (LookupError, ValueError):
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name == "undefined":
        return None  # bz2, base64, rot13, "undefined": a label, but not a text charset
    codec = info.name
    if codec in ("gbk", "gb2312"):  # the codec registry may already have resolved an alias
        return _GB
    return codec


def _has_high_bytes(data: bytes) -> bool:
    return any(b >= 0x80 for b in data)


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, Quality]:
    """Decode text bytes: declared charset, else detection; never raises."""
    codec = canonical_charset(declared)
    if codec and not (codec in _PERMISSIVE and _has_high_bytes(data)):
        try:
            return data.decode(codec), Quality.OK
        except (UnicodeError, LookupError):
            pass
    if not _has_high_bytes(data):
        return data.decode("ascii", "replace"), (Quality.OK if codec or not declared else Quality.GUESSED)
    for candidate in ("utf-8", _GB):
        try:
            text = data.decode(candidate)
        except UnicodeDecodeError:
            continue
        return text, (Quality.OK if candidate == codec else Quality.GUESSED)
    if codec in _PERMISSIVE:  # us-ascii declared over 8-bit bytes fails as ascii: never raise
        return data.decode(codec, "replace"), Quality.GUESSED
    guess = _detect(data)
    if guess:
        return guess, Quality.GUESSED
    return data.decode(codec or _GB, "replace"), Quality.REPLACED


def _detect(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - it is a declared dependency
        return None
    best = from_bytes(data[:65536]).best()
    if best is None:
        return None
    codec = canonical_charset(best.encoding)
    try:
        return data.decode(codec or best.encoding)
    except (UnicodeError, LookupError):
        return None


def header_bytes(value: str) -> bytes:
    """Recover the raw bytes of a compat32 header value (8-bit bytes ride as surrogates)."""
    try:
        return value.encode("ascii", "surrogateescape")
    except UnicodeEncodeError:  # already-decoded text (not from compat32)
        return value.encode("utf-8", "surrogateescape")


_ENCODED_WORD = re.compile(rb"=\?([^?\s]+?)\?([bBqQ])\?([^?\s]*)\?=")
_FOLD = re.compile(rb"\r?\n[ \t]")


def _word_bytes(encoding: bytes, text: bytes) -> bytes | None:
    if encoding in b"bB":
        text = re.sub(rb"[^A-Za-z0-9+/]", b"", text)
        text += b"=" * (-len(text) % 4)
        try:
            return codecs.decode(text, "base64")
        except ValueError:
            return None
    return codecs.decode(text.replace(b"_", b" "), "quopri")


def decode_header(value: str | bytes | None) -> tuple[str, Quality]:
    """Decode an RFC 2047 (multi-chunk, split-character) or raw 8-bit header value.

    Adjacent encoded-words in one charset are joined as bytes before decoding, so a
    GBK character split across two words survives.
    """
    if value is None:
        return "", Quality.OK
    raw = value if isinstance(value, bytes) else header_bytes(str(value))
    raw = _FOLD.sub(b" ", raw).replace(b"\r", b"").replace(b"\n", b"")
    pieces: list[tuple[str | None, bytes]] = []  # (charset or None for plain), bytes
    pos = 0
    for m in _ENCODED_WORD.finditer(raw):
        between = raw[pos:m.start()]
        if between and not (pieces and pieces[-1][0] is not None and between.isspace()):
            pieces.append((None, between))
        charset = m.group(1).split(b"*")[0].decode("ascii", "replace")  # drop RFC 2231 language
        decoded = _word_bytes(m.group(2), m.group(3))
        if decoded is None:
            pieces.append((None, m.group(0)))
        elif pieces and pieces[-1][0] == charset.lower():
            pieces[-1] = (charset.lower(), pieces[-1][1] + decoded)
        else:
            pieces.append((charset.lower(), decoded))
        pos = m.end()
    if pos < len(raw):
        pieces.append((None, raw[pos:]))
    worst = Quality.OK
    out = []
    for charset, data in pieces:
        text, quality = decode_bytes(data, charset)
        out.append(text)
        if quality != Quality.OK and worst != Quality.REPLACED:
            worst = quality
    return "".join(out).strip(), worst
