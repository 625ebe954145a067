"""Content-addressed files: raw messages and attachments stored by sha256.

`put` is idempotent and crash-safe (temp file, fsync unless told otherwise, rename); paths never
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
        self._made: set[Path] = set()  # folders known to exist (a mkdir per put costs a syscall or two)

    def path(self, sha256: str) -> Path:
        if not _HEX64.fullmatch(sha256):
            raise ValueError(f"not a sha256 digest: {sha256!r}")
        return self.root / sha256[:2] / sha256[2:4] / sha256

    def put(self, data: bytes, durable: bool = True) -> str:
        """Store bytes (once) and return their sha256. `durable=False` skips the fsync: for bytes
        that durable ones already hold (an attachment, inside its fsynced raw mail)."""
        digest = hashlib.sha256(data).hexdigest()
        target = self.path(digest)
        if target.exists() and target.stat().st_size == len(data):
            return digest
        try:
            fd, tmp = self._temp_in(target.parent)
        except OSError as exc:
            raise StoreError(f"blobs: cannot write under {self.root}: {exc}") from exc
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                if durable:
                    os.fsync(fh.fileno())
            os.replace(tmp, target)
        except OSError as exc:
            Path(tmp).unlink(missing_ok=True)
            raise StoreError(f"blobs: cannot write {target.name[:12]}…: {exc}") from exc
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return digest

    def _temp_in(self, folder: Path) -> tuple[int, str]:
        """A new temporary file in `folder`, made when this process has not seen it yet (or it has
        gone since: removed by hand, a disk remounted)."""
        if folder in self._made:
            try:
                return tempfile.mkstemp(dir=folder, prefix=".tmp-")
            except FileNotFoundError:
                self._made.discard(folder)
        folder.mkdir(parents=True, exist_ok=True)
        self._made.add(folder)
        return tempfile.mkstemp(dir=folder, prefix=".tmp-")

    def get(self, sha256: str) -> bytes:
        """The stored bytes; FileNotFoundError when they are not here, StoreError when the disk fails."""
        try:
            return self.path(sha256).read_bytes()
        except FileNotFoundError:
            raise
        except OSError as exc:
            raise StoreError(f"blobs: cannot read {sha256[:12]}…: {exc}") from exc

