"""parsers.evidence: sniffing, roles, durations and image sizes on files built here.

The sample attachments in tests/mail/attachments/ were cut once out of the
shared sample messages (s02, s05, s06, s16) so the tests stand on their own.
"""

from __future__ import annotations

import datetime as dt
import io
import struct
import wave
import zipfile
import zlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from parsers.evidence import DOC, DOCX, OLE, PDF, XLS, XLSX, MediaInfo, media_info, role, sniff
from parsers.records import Role

from kit.files import ATTACHMENTS

FREE, END_OF_CHAIN, FAT_SECTOR, NO_STREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF


def ole_container(streams: dict[str, bytes]) -> bytes:
    """A version-3 compound file: FAT, directory, then up to three streams padded to 4 KiB."""
    fat, body = [FAT_SECTOR, END_OF_CHAIN], b""
    entries = [struct.pack("<64sHBBIII16sIQQIQ", "Root Entry".encode("utf-16-le"), 22, 5, 1,
                           NO_STREAM, NO_STREAM, 1 if streams else NO_STREAM, b"", 0, 0, 0,
                           END_OF_CHAIN, 0)]
    for number, (name, data) in enumerate(streams.items(), start=1):
        padded = data.ljust(max(4096, -(-len(data) // 512) * 512), b"\0")
        start, count = len(fat), len(padded) // 512
        fat += list(range(start + 1, start + count)) + [END_OF_CHAIN]
        body += padded
        sibling = number + 1 if number < len(streams) else NO_STREAM
        entries.append(struct.pack("<64sHBBIII16sIQQIQ", name.encode("utf-16-le"),
                                   2 * len(name) + 2, 2, 1, NO_STREAM, sibling, NO_STREAM,
                                   b"", 0, 0, 0, start, len(padded)))
    directory = b"".join(entries).ljust(512, b"\0")
    fat_sector = struct.pack(f"<{len(fat)}I", *fat).ljust(512, b"\xff")
    header = struct.pack("<8s16sHHHHH6sIIIIIIIII", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"",
                         0x3E, 3, 0xFFFE, 9, 6, b"", 0, 1, 1, 0, 4096, END_OF_CHAIN, 0,
                         END_OF_CHAIN, 0)
    header += struct.pack("<109I", 0, *[FREE] * 108)
    return header + fat_sector + directory + body


def biff_record(kind: int, data: bytes = b"") -> bytes:
    return struct.pack("<HH", kind, len(data)) + data


def biff_string(text: str, length_bytes: int) -> bytes:
    length = struct.pack("<B" if length_bytes == 1 else "<H", len(text))
    return length + b"\x01" + text.encode("utf-16-le")


def xls_bytes(sheet: str, cells: dict[tuple[int, int], object]) -> bytes:
    """A one-sheet BIFF8 workbook: XF 0 is a plain number, XF 1 uses the built-in date format 14."""
    strings = [value for value in cells.values() if isinstance(value, str)]
    bof = struct.pack("<HHHHII", 0x0600, 0x0005, 0x0DBB, 0x07CC, 0, 6)

    def globals_(offset: int) -> bytes:
        return b"".join([
            biff_record(0x0809, bof), biff_record(0x0042, struct.pack("<H", 1200)),
            biff_record(0x0022, struct.pack("<H", 0)),
            *(biff_record(0x00E0, struct.pack("<HHHBBBBIiH", 0, fmt, 0, 0x20, 0, 0, 0, 0, 0, 0))
              for fmt in (0, 14)),
            biff_record(0x0085, struct.pack("<iBB", offset, 0, 0) + biff_string(sheet, 1)),
            biff_record(0x00FC, struct.pack("<ii", len(strings), len(strings))
                        + b"".join(biff_string(text, 2) for text in strings)),
            biff_record(0x000A)])

    body = [biff_record(0x0809, bof[:2] + struct.pack("<H", 0x0010) + bof[4:])]
    for (row, col), value in cells.items():
        if isinstance(value, str):
            body.append(biff_record(0x00FD, struct.pack("<HHHi", row, col, 0, strings.index(value))))
        elif isinstance(value, dt.datetime):
            serial = (value - dt.datetime(1899, 12, 30)).total_seconds() / 86400
            body.append(biff_record(0x0203, struct.pack("<HHHd", row, col, 1, serial)))
        else:
            body.append(biff_record(0x0203, struct.pack("<HHHd", row, col, 0, value)))
    body.append(biff_record(0x000A))
    workbook = globals_(len(globals_(0))) + b"".join(body)
    return ole_container({"Workbook": workbook})


def pdf_bytes(content: bytes, font_extra: bytes = b"", extra: tuple[bytes, ...] = ()) -> bytes:
    """A one-page PDF using Helvetica; `extra` objects are numbered from 6."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
               b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
               b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica" + font_extra + b" >>",
               *extra]
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    return out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)


def image_bytes(fmt: str) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 30, 30)).save(buffer, format=fmt)
    return buffer.getvalue()


def amr_nb(frame_types: list[int]) -> bytes:
    """AMR-NB storage format: magic, then per frame a header byte (FT, Q=1) and its payload."""
    sizes = {0: 12, 7: 31, 8: 5, 15: 0}
    return b"#!AMR\n" + b"".join(bytes([ft << 3 | 0x04]) + b"\x55" * sizes[ft] for ft in frame_types)


def small_zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize(("fmt", "mime"), [("PNG", "image/png"), ("JPEG", "image/jpeg"),
                                          ("GIF", "image/gif"), ("BMP", "image/bmp"),
                                          ("WEBP", "image/webp")])
def test_images_made_by_pillow_are_sniffed_and_measured(fmt, mime):
    data = image_bytes(fmt)
    assert sniff(data) == mime
    assert media_info(data, mime) == MediaInfo(width=64, height=48)


def test_a_wav_from_the_wave_module_is_audio_wav_with_its_exact_duration():
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setparams((1, 2, 8000, 0, "NONE", "not compressed"))
        out.writeframes(b"\0\0" * 8000 * 3)
    data = buffer.getvalue()
    assert sniff(data) == "audio/wav"
    assert media_info(data, "audio/wav").duration_s == pytest.approx(3.0)


def test_amr_nb_lasts_twenty_ms_per_frame_including_no_data_frames():
    data = amr_nb([7] * 40 + [8, 15, 15] + [0] * 7)
    assert sniff(data) == "audio/amr"
    assert media_info(data, "audio/amr").duration_s == pytest.approx(50 * 0.02)


def test_a_truncated_or_reserved_amr_frame_ends_the_count():
    data = amr_nb([7] * 10)
    assert media_info(data[:-5], "audio/amr").duration_s == pytest.approx(9 * 0.02)
    reserved = bytes([13 << 3 | 0x04])
    assert media_info(data + reserved + data[6:], "audio/amr").duration_s == pytest.approx(0.2)


def test_amr_wb_has_its_own_magic_and_wideband_frame_sizes():
    data = b"#!AMR-WB\n" + (bytes([8 << 3 | 0x04]) + b"\x11" * 60) * 25
    assert sniff(data) == "audio/amr-wb"
    assert media_info(data, "audio/amr-wb").duration_s == pytest.approx(0.5)
    assert role("voice.amr", "application/octet-stream", "audio/amr-wb") is Role.RECORDING


@pytest.mark.parametrize("prefix", [b"", b"\x02"])
def test_wechat_silk_is_recognised_with_or_without_its_leading_0x02(prefix):
    frames = b"".join(struct.pack("<H", 30) + b"\x42" * 30 for _ in range(15))
    data = prefix + b"#!SILK_V3" + frames + b"\xff\xff"
    assert sniff(data) == "audio/silk"
    assert media_info(data, "audio/silk").duration_s == pytest.approx(0.3)
    assert role("语音.amr", "audio/amr", "audio/silk") is Role.RECORDING


def test_adts_aac_with_a_crc_is_audio_aac():
    header = bytes([0xFF, 0xF0, 0x50, 0x80, 64 >> 3, (64 & 7) << 5 | 0x1F, 0xFC])  # 64-byte frames
    data = (header + b"\0" * (64 - len(header))) * 3
    assert sniff(data) == "audio/aac"


def test_mp3_frames_without_a_tag_are_audio_mpeg_and_mutagen_measures_them():
    frame = b"\xff\xfb\x90\x64" + b"\0" * 413  # MPEG-1 layer III, 128 kbit/s, 44.1 kHz
    data = frame * 100
    assert sniff(data) == "audio/mpeg"
    assert media_info(data, "audio/mpeg").duration_s == pytest.approx(100 * 1152 / 44100, abs=0.05)


@pytest.mark.parametrize(("member", "mime"), [
    ("word/document.xml", DOCX), ("xl/workbook.xml", XLSX), ("说明.txt", "application/zip")])
def test_small_zip_files_are_named_from_their_members(member, mime):
    data = small_zip({"[Content_Types].xml": b"<Types/>", member: b"<x/>"})
    assert len(data) < 8192
    assert sniff(data) == mime


@pytest.mark.parametrize(("stream", "mime"), [
    ("WordDocument", DOC), ("Workbook", XLS), ("Book", XLS), ("EncryptedPackage", OLE),
])
def test_legacy_office_files_are_told_apart_by_their_ole_streams(stream, mime):
    assert sniff(ole_container({"\x05SummaryInformation": b"", stream: b"\1" * 10})) == mime


def test_a_biff8_workbook_built_by_hand_is_an_excel_form():
    data = xls_bytes("明细", {(0, 0): "商机编号", (0, 1): dt.datetime(2026, 6, 4, 9, 35)})
    assert sniff(data) == XLS
    assert role("明细", "application/octet-stream", sniff(data)) is Role.FORM


def test_an_unreadable_ole_directory_is_just_ole_storage():
    data = ole_container({"WordDocument": b""})
    assert sniff(data[:600]) == OLE


def test_a_pdf_is_found_even_after_leading_junk():
    assert sniff(pdf_bytes(b"")) == PDF
    assert sniff(b"\r\n" * 50 + pdf_bytes(b"")) == PDF


@pytest.mark.parametrize("data", [b"", b"\0", b"hello, plain text", bytes(range(256)) * 4])
def test_unrecognised_bytes_have_no_type(data):
    assert sniff(data) is None


@pytest.mark.parametrize(("filename", "declared", "sniffed", "expected"), [
    ("通话录音.amr", "application/octet-stream", "audio/amr", Role.RECORDING),
    ("微信截图.png", "image/png", "image/png", Role.SCREENSHOT),
    ("反馈表（5条）.xlsx", "application/octet-stream", XLSX, Role.FORM),
    ("申诉书.pdf", "application/pdf", PDF, Role.FORM),
    ("申诉书.doc", "application/octet-stream", OLE, Role.FORM),
    ("申诉书.wps", "application/octet-stream", None, Role.FORM),
    ("统计.et", "", None, Role.FORM),
    ("截图.jpg", "IMAGE/JPEG", None, Role.SCREENSHOT),
    ("无扩展名", "audio/mpeg", None, Role.RECORDING),
    ("scan.PDF", "application/octet-stream; name=scan.PDF", None, Role.FORM),
    ("申诉书.docx", "application/octet-stream", "application/zip", Role.OTHER),
    ("看起来是图.png", "image/png", PDF, Role.FORM),
    ("说明.txt", "text/plain", None, Role.OTHER),
    ("", "application/octet-stream", None, Role.OTHER),
    ("C:\\Users\\汤颖\\录音.m4a", "application/octet-stream", None, Role.RECORDING),
])
def test_role_follows_the_bytes_then_the_declared_type_then_the_extension(
        filename, declared, sniffed, expected):
    assert role(filename, declared, sniffed) is expected


@pytest.mark.parametrize("mime", ["audio/amr", "audio/amr-wb", "audio/silk", "audio/mpeg",
                                  "audio/wav", "audio/mp4", "image/png", "image/heic", None])
def test_media_info_never_raises_on_garbage(mime):
    info = media_info(b"\x00\xff" * 50, mime)
    assert info.width is None and info.height is None


@settings(max_examples=300, deadline=None)
@given(st.sampled_from([b"", b"#!AMR\n", b"#!AMR-WB\n", b"\x02#!SILK_V3", b"PK\x03\x04",
                        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"\x89PNG\r\n\x1a\n",
                        b"RIFF\0\0\0\0WAVE", b"\xff\xfb", b"\xff\xf1", b"ID3", b"%PDF-"]),
       st.binary(max_size=4096))
def test_sniff_role_and_media_info_never_raise_on_arbitrary_bytes(magic, tail):
    data = magic + tail
    mime = sniff(data)
    assert role("附件", "application/octet-stream", mime) in Role
    assert isinstance(media_info(data, mime), MediaInfo)


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 1535), st.binary(min_size=1, max_size=64))
def test_a_damaged_ole_directory_never_breaks_sniffing(position, patch):
    data = bytearray(ole_container({"WordDocument": b"\1" * 100, "1Table": b"\2" * 100}))
    data[position:position + len(patch)] = patch
    assert isinstance(sniff(bytes(data)), str | None)


def test_a_decompression_bomb_gives_no_size_instead_of_an_error():
    ihdr = struct.pack(">IIBBBBB", 100_000, 100_000, 8, 2, 0, 0, 0)
    chunk = struct.pack(">I", len(ihdr)) + b"IHDR" + ihdr
    data = b"\x89PNG\r\n\x1a\n" + chunk + struct.pack(">I", zlib.crc32(chunk[4:]))
    assert sniff(data) == "image/png"
    assert media_info(data, "image/png") == MediaInfo()


@pytest.mark.parametrize(("name", "mime", "expected_role", "info"), [
    ("s05_call.amr", "audio/amr", Role.RECORDING, MediaInfo(duration_s=4.0)),
    ("s05_chat.png", "image/png", Role.SCREENSHOT, MediaInfo(width=360, height=420)),
    ("s02_appeal_form.docx", DOCX, Role.FORM, MediaInfo()),
    ("s16_blank_form.docx", DOCX, Role.FORM, MediaInfo()),
    ("s06_feedback.xlsx", XLSX, Role.FORM, MediaInfo()),
])
def test_sample_attachments_declared_octet_stream_are_typed_by_their_bytes(
        name, mime, expected_role, info):
    data = (ATTACHMENTS / name).read_bytes()
    assert sniff(data) == mime
    assert role(name, "application/octet-stream", mime) is expected_role
    assert media_info(data, mime) == info
