"""What an attachment really is: MIME type from its bytes, role, duration and size.

Pure functions over bytes; they never raise on garbage. `sniff` trusts the bytes
only (filetype plus our own checks for AMR, SILK, ADTS AAC, OLE and small OOXML
files); `role` falls back to the declared type and then the file name extension
when the bytes say nothing. Durations of AMR (RFC 4867 §5: one frame per 20 ms)
and SILK are counted frame by frame; other audio goes to mutagen, images to Pillow.
"""

from __future__ import annotations

import io
import math
import re
import struct
import zipfile
from dataclasses import dataclass
from pathlib import PurePosixPath

import filetype
import mutagen
from PIL import Image

from parsers.records import Role

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
DOC = "application/msword"
XLS = "application/vnd.ms-excel"
PPT = "application/vnd.ms-powerpoint"
PDF = "application/pdf"
OLE = "application/x-ole-storage"  # an OLE container we cannot name (also encrypted OOXML)
ZIP = "application/zip"

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_OLE_STREAMS = {"WordDocument": DOC, "Workbook": XLS, "Book": XLS, "PowerPoint Document": PPT}
_OOXML_DIRS = {"word/": DOCX, "xl/": XLSX, "ppt/": PPTX}
_CANONICAL = {"audio/x-wav": "audio/wav", "audio/x-flac": "audio/flac", "image/apng": "image/png"}
_MP4_VIDEO = re.compile(rb"hdlr.{8}vide", re.DOTALL)

# Payload bytes after the one-byte frame header, by frame type; None = reserved (stop).
_AMR_NB = (12, 13, 15, 17, 19, 20, 26, 31, 5, 6, 5, 5, None, None, None, 0)
_AMR_WB = (17, 23, 32, 36, 40, 46, 50, 58, 60, 5, None, None, None, None, 0, 0)
_FRAME_S = 0.02

_FORM_TYPES = frozenset({
    DOC, XLS, DOCX, XLSX, PDF, "application/rtf",
    "application/vnd.ms-word.document.macroenabled.12",
    "application/vnd.ms-excel.sheet.macroenabled.12",
    "application/kswps", "application/kset",
    "application/wps-office.wps", "application/wps-office.et",
    "application/wps-office.doc", "application/wps-office.xls",
    "application/wps-office.docx", "application/wps-office.xlsx",
})
_UNINFORMATIVE = frozenset({
    "", OLE, "application/octet-stream", "application/binary", "application/unknown",
    "application/x-download", "application/force-download",
})
_AUDIO_EXT = frozenset({"amr", "awb", "silk", "slk", "mp3", "m4a", "wav", "aac", "ogg",
                        "opus", "flac", "wma"})
_IMAGE_EXT = frozenset({"png", "jpg", "jpeg", "gif", "bmp", "webp", "heic", "heif", "tif", "tiff"})
_FORM_EXT = frozenset({"doc", "docx", "xls", "xlsx", "pdf", "wps", "et"})


@dataclass(frozen=True, slots=True)
class MediaInfo:
    """Duration of a recording or pixel size of an image; None when unknown."""

    duration_s: float | None = None
    width: int | None = None
    height: int | None = None


def sniff(data: bytes) -> str | None:
    """Return the canonical MIME type of `data`, or None when the bytes are not recognised."""
    if not data:
        return None
    if data.startswith(b"#!AMR-WB\n"):
        return "audio/amr-wb"
    if data.startswith(b"#!AMR\n"):
        return "audio/amr"
    if data[data[:1] == b"\x02":].startswith(b"#!SILK_V3"):
        return "audio/silk"
    if data.startswith(_OLE_MAGIC):
        return _ole_type(data)
    mime = filetype.guess_mime(data[:8192])
    if mime == ZIP or mime in _OOXML_DIRS.values() or (mime is None and data[:4] == b"PK\x03\x04"):
        return _zip_type(data, mime)
    if mime == "video/mp4" and not _MP4_VIDEO.search(data):
        return "audio/mp4"
    if mime is None:
        return _fallback_type(data)
    return _CANONICAL.get(mime, mime)


def role(filename: str, declared: str, sniffed: str | None) -> Role:
    """Classify an attachment by the sniffed type, then the declared type, then the extension."""
    for mime in (sniffed, (declared or "").split(";")[0].strip().lower()):
        if mime and mime not in _UNINFORMATIVE:
            return _role_of_type(mime)
    ext = PurePosixPath((filename or "").replace("\\", "/")).suffix.lower().lstrip(".")
    if ext in _AUDIO_EXT:
        return Role.RECORDING
    if ext in _IMAGE_EXT:
        return Role.SCREENSHOT
    return Role.FORM if ext in _FORM_EXT else Role.OTHER


def media_info(data: bytes, sniffed: str | None) -> MediaInfo:
    """Measure a recording's duration or an image's size; all None when unknown or unreadable."""
    try:
        if sniffed in ("audio/amr", "audio/amr-wb"):
            return MediaInfo(duration_s=_amr_duration(data, sniffed == "audio/amr-wb"))
        if sniffed == "audio/silk":
            return MediaInfo(duration_s=_silk_duration(data))
        if sniffed and sniffed.startswith("audio/"):
            return MediaInfo(duration_s=_mutagen_duration(data))
        if sniffed and sniffed.startswith("image/"):
            with Image.open(io.BytesIO(data)) as image:
                width, height = image.size
            return MediaInfo(width=width, height=height)
    except Exception:  # noqa: BLE001 - decoders raise anything on hostile input
        pass
    return MediaInfo()


def _role_of_type(mime: str) -> Role:
    if mime.startswith("audio/"):
        return Role.RECORDING
    if mime.startswith("image/"):
        return Role.SCREENSHOT
    return Role.FORM if mime in _FORM_TYPES else Role.OTHER


def _zip_type(data: bytes, guessed: str | None) -> str:
    """Name an OOXML package from its member names (filetype needs 8 KiB for that)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
    except Exception:  # noqa: BLE001 - truncated or corrupt archive
        return guessed or ZIP
    if "[Content_Types].xml" in names:
        for prefix, mime in _OOXML_DIRS.items():
            if any(name.startswith(prefix) for name in names):
                return mime
    return ZIP


def _ole_type(data: bytes) -> str:
    """Name a legacy Office file by the streams in its OLE directory."""
    names = _ole_stream_names(data)
    for stream, mime in _OLE_STREAMS.items():
        if stream in names:
            return mime
    return OLE


def _ole_stream_names(data: bytes) -> set[str]:
    """Entry names of an OLE compound file's directory, read without olefile."""
    if len(data) < 512 or struct.unpack_from("<H", data, 30)[0] not in (9, 12):
        return set()
    size = 1 << struct.unpack_from("<H", data, 30)[0]

    def sector(sid: int) -> bytes:
        return data[(sid + 1) * size:(sid + 2) * size]

    difat = list(struct.unpack_from("<109I", data, 76))
    sid, remaining = struct.unpack_from("<2I", data, 68)
    remaining = min(remaining, len(data) // size)  # a looping DIFAT chain must end
    while sid < 0xFFFFFFFA and remaining > 0 and len(sector(sid)) == size:
        ids = struct.unpack(f"<{size // 4}I", sector(sid))
        difat.extend(ids[:-1])
        sid, remaining = ids[-1], remaining - 1
    fat: list[int] = []
    for fat_sid in difat:
        if fat_sid < 0xFFFFFFFA and len(sector(fat_sid)) == size:
            fat.extend(struct.unpack(f"<{size // 4}I", sector(fat_sid)))
    names: set[str] = set()
    sid, seen = struct.unpack_from("<I", data, 48)[0], set()
    while sid < 0xFFFFFFFA and sid not in seen and len(sector(sid)) == size:
        seen.add(sid)
        block = sector(sid)
        for off in range(0, size, 128):
            length = struct.unpack_from("<H", block, off + 64)[0]
            if 2 <= length <= 64:
                names.add(block[off:off + length - 2].decode("utf-16-le", "replace"))
        sid = fat[sid] if sid < len(fat) else 0xFFFFFFFE
    return names


def _fallback_type(data: bytes) -> str | None:
    """Types filetype misses: ADTS AAC with CRC, MP3 without ID3, PDF after junk."""
    if len(data) >= 7 and data[0] == 0xFF and data[1] & 0xF6 == 0xF0:
        frame = (data[3] & 0x03) << 11 | data[4] << 3 | data[5] >> 5
        if len(data) < frame + 2 or (data[frame] == 0xFF and data[frame + 1] & 0xF6 == 0xF0):
            return "audio/aac"
    if len(data) >= 4 and data[0] == 0xFF and data[1] & 0xE6 == 0xE2 and data[2] >> 4 != 0xF:
        return "audio/mpeg"
    if b"%PDF-" in data[:1024]:
        return PDF
    return None


def _amr_duration(data: bytes, wideband: bool) -> float:
    """Count storage-format frames after the magic; a reserved or truncated frame ends the walk."""
    sizes = _AMR_WB if wideband else _AMR_NB
    pos, frames = (9 if wideband else 6), 0
    while pos < len(data):
        header = data[pos]
        payload = sizes[(header >> 3) & 0x0F]
        if header & 0x83 or payload is None or pos + 1 + payload > len(data):
            break
        pos += 1 + payload
        frames += 1
    return frames * _FRAME_S


def _silk_duration(data: bytes) -> float:
    """Count SILK v3 frames (little-endian u16 length, then payload), 20 ms each."""
    pos, frames = (10 if data[:1] == b"\x02" else 9), 0
    while pos + 2 <= len(data):
        (length,) = struct.unpack_from("<H", data, pos)
        if length == 0xFFFF or pos + 2 + length > len(data):
            break
        pos += 2 + length
        frames += 1
    return frames * _FRAME_S


def _mutagen_duration(data: bytes) -> float | None:
    """Ask mutagen; an untagged WAVE is falsy, hence the explicit None check."""
    audio = mutagen.File(io.BytesIO(data))
    if audio is None or audio.info is None:
        return None
    length = getattr(audio.info, "length", None)
    return float(length) if length is not None and math.isfinite(length) else None
