"""Where the test fixtures live, and small file helpers."""

from __future__ import annotations

from pathlib import Path

TESTS = Path(__file__).resolve().parent.parent
ROOT = TESTS.parent
MAIL = TESTS / "mail"
SAMPLES = MAIL / "samples"
ATTACHMENTS = MAIL / "attachments"


def sample(name: str) -> bytes:
    """The raw bytes of tests/mail/samples/NAME.eml."""
    return (SAMPLES / f"{name}.eml").read_bytes()


def write_config(tmp_path: Path, body: str) -> Path:
    """A maild.toml with this body in tmp_path."""
    path = tmp_path / "maild.toml"
    path.write_text(body, encoding="utf-8")
    return path
