"""Every shared sample comes out of `parse` exactly as its .expected.json says."""

import json

import pytest

import parsers

from kit.expected import differences
from kit.files import SAMPLES

NAMES = sorted(p.stem for p in SAMPLES.glob("*.eml"))


def expected(name: str) -> dict:
    return json.loads((SAMPLES / f"{name}.expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", NAMES)
def test_sample_agrees_with_its_label(name):
    got = parsers.parse((SAMPLES / f"{name}.eml").read_bytes()).to_json()
    assert differences(got, expected(name)) == []


@pytest.mark.parametrize("name", NAMES)
def test_sample_attachments_have_the_labelled_detected_type(name):
    got = parsers.parse((SAMPLES / f"{name}.eml").read_bytes()).to_json()
    assert [a["detected_type"] for a in got["attachments"]] == \
           [a["detected_type"] for a in expected(name)["attachments"]]
