"""Hostile and broken mail parses as far as it can, with a warning, and never raises: nesting
deeper than the stdlib can follow, charsets that are not text codecs, NUL bytes, odd parts,
absurd dates; and hypothesis mutating real mail byte by byte."""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import parsers

from kit.files import MAIL
from kit.hostile import HOSTILE


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_mail_parses_as_far_as_it_can(name):
    raw, warning = HOSTILE[name]
    mail = parsers.parse(raw)
    assert mail.sender is not None
    if warning:
        assert any(warning in w for w in mail.warnings), mail.warnings


def test_a_binary_file_with_nuls_is_still_not_a_message():
    with pytest.raises(parsers.NotAMessage):
        parsers.parse(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 200)


REAL = sorted(MAIL.glob("*/*.eml"))[::7]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(REAL), st.integers(min_value=0, max_value=2**32), st.integers(min_value=1, max_value=40))
def test_real_mail_mutated_byte_by_byte_never_crashes_the_parser(path, seed, flips):
    data = bytearray(path.read_bytes())
    rnd = random.Random(seed)
    for _ in range(flips):
        at = rnd.randrange(len(data))
        choice = rnd.random()
        if choice < 0.4:
            data[at] = rnd.randrange(256)
        elif choice < 0.7:
            del data[at:at + rnd.randrange(1, 64)]
        else:
            data[at:at] = rnd.choice([b"\x00", b"\r\n", b"=?bz2?B?", b"--", b"\r\n\r\n", b";charset=undefined",
                                      b"Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n"])
    try:
        parsers.parse(bytes(data))
    except parsers.NotAMessage:
        pass


def test_a_big_attachment_is_decoded_straight_from_the_raw_bytes_exactly():
    import base64
    import email
    import hashlib
    import os

    payload = os.urandom(3 * 1024 * 1024)
    raw = (HEAD_BIG + base64.encodebytes(payload).replace(b"\n", b"\r\n") + b"--B--\r\n")
    mail = parsers.parse(raw)
    (attachment,) = mail.attachments
    assert attachment.sha256 == hashlib.sha256(payload).hexdigest() and attachment.size == len(payload)
    stdlib = [p for p in email.message_from_bytes(raw).walk() if p.get_filename()][0].get_payload(decode=True)
    assert stdlib == payload and mail.body_text.strip() == "see attached"


HEAD_BIG = (b"From: a@partner.cn\r\nTo: dor@ptg139.com\r\nSubject: big\r\nMessage-ID: <big@x>\r\nMIME-Version: 1.0\r\n"
            b"Content-Type: multipart/mixed; boundary=B\r\n\r\n--B\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
            b"see attached\r\n--B\r\nContent-Type: audio/mpeg; name=call.mp3\r\nContent-Disposition: attachment; "
            b"filename=call.mp3\r\nContent-Transfer-Encoding: base64\r\n\r\n")
