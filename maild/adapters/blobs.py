"""Content-addressed files: raw messages and attachments stored by sha256.

`put` is idempotent and crash-safe (temp file, fsync, rename); paths never
leave the root whatever a file name says, because names are digests. A disk
that cannot be written (full, read-only, gone) is StoreError.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from pathlib import Path

from maild.errors import StoreError

__all__ = ["Blobs"]

_HEX64 = re.compile(r"[0-9a-f]{64}")


class Blobs:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def path(self, sha256: str) -> Path:
        if not _HEX64.fullmatch(sha256):
            raise ValueError(f"not a sha256 digest: {sha256!r}")
        return self.root / sha256[:2] / sha256[2:4] / sha256

    def put(self, data: bytes) -> str:
        """Store bytes (once) and return their sha256."""
        digest = hashlib.sha256(data).hexdigest()
        target = self.path(digest)
        if target.exists() and target.stat().st_size == len(data):
            return digest
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
        except OSError as exc:
            raise StoreError(f"blobs: cannot write under {self.root}: {exc}") from exc
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, target)
        except OSError as exc:
            Path(tmp).unlink(missing_ok=True)
            raise StoreError(f"blobs: cannot write {target.name[:12]}…: {exc}") from exc
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return digest

    def get(self, sha256: str) -> bytes:
        """The stored bytes; FileNotFoundError when they are not here, StoreError when the disk fails."""
        try:
            return self.path(sha256).read_bytes()
        except FileNotFoundError:
            raise
        except OSError as exc:
            raise StoreError(f"blobs: cannot read {sha256[:12]}…: {exc}") from exc

