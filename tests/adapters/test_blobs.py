"""Content-addressed files on a real disk."""

from __future__ import annotations

import hashlib
import shutil

import pytest

from maild.adapters.blobs import Blobs
from maild.errors import StoreError


def test_bytes_come_back_by_their_digest_and_are_kept_once(tmp_path):
    blobs = Blobs(tmp_path / "blobs")
    digest = blobs.put(b"raw mail")
    assert digest == hashlib.sha256(b"raw mail").hexdigest()
    assert blobs.put(b"raw mail") == digest and blobs.get(digest) == b"raw mail"
    assert [p.name for p in (tmp_path / "blobs").rglob("*") if p.is_file()] == [digest]


def test_bytes_put_without_fsync_are_kept_all_the_same(tmp_path):
    blobs = Blobs(tmp_path / "blobs")
    assert blobs.get(blobs.put(b"an attachment", durable=False)) == b"an attachment"


def test_a_folder_removed_while_running_is_made_again(tmp_path):
    blobs = Blobs(tmp_path / "blobs")
    blobs.put(b"first")
    shutil.rmtree(tmp_path / "blobs")  # an operator cleaning up, a disk remounted
    assert blobs.get(blobs.put(b"first")) == b"first"


def test_a_root_that_cannot_be_written_is_store_trouble(tmp_path):
    (tmp_path / "disk").write_text("not a folder")
    with pytest.raises(StoreError, match="blobs: cannot write"):
        Blobs(tmp_path / "disk" / "blobs").put(b"x")


def test_a_name_that_is_not_a_digest_never_becomes_a_path(tmp_path):
    with pytest.raises(ValueError):
        Blobs(tmp_path).path("../../etc/passwd")
