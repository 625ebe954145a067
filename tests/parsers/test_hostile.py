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
