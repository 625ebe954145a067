"""Every shared sample comes out of `parse` as its .expected.json says."""

import json

import pytest
from conftest import SAMPLES

import parsers

NAMES = sorted(p.stem for p in SAMPLES.glob("*.eml"))


def expected(name: str) -> dict:
    return json.loads((SAMPLES / f"{name}.expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", NAMES)
def test_sample_headers_and_attachments_match_the_label(name):
    want = expected(name)
    got = parsers.parse((SAMPLES / f"{name}.eml").read_bytes()).to_json()
    assert got["sender"].lower() == want["sender"].lower()
    assert got["subject"] == want["subject"]
    assert got["message_id"] == want["message_id"]
    keys = ("filename", "content_type", "size", "sha256", "role")
    assert [{k: a[k] for k in keys} for a in got["attachments"]] == \
           [{k: a[k] for k in keys} for a in want["attachments"]]
    assert [a["detected_type"] for a in got["attachments"]] == [a["detected_type"] for a in want["attachments"]]
