"""Where the corpus tools and the fixture sets they write live.

The tools sit in ``tools/corpus/<set>/``; the data they generate and check sits in
``tests/mail/<set>/`` (``NNN.eml`` + ``NNN.expected.json``).  A set's README.md is
documentation of its generator and stays next to it in ``tools/corpus/<set>/``.

Every entry script puts ``tools/corpus`` (this folder) and the repository root on
``sys.path`` before importing the shared modules, so ``import mimekit`` and
``import parsers`` work however the script is started.
"""

from __future__ import annotations

import sys
from pathlib import Path

TOOLS = Path(__file__).resolve().parent  # tools/corpus
ROOT = TOOLS.parents[1]  # the repository root
MAIL = ROOT / "tests" / "mail"

if str(ROOT) not in sys.path:
    sys.path.insert(1, str(ROOT))  # `import parsers` from this checkout (after the script's own folder)


def data_dir(name: str) -> Path:
    """tests/mail/<name>: the committed .eml / .expected.json of one set."""
    return MAIL / name


def tool_dir(name: str) -> Path:
    """tools/corpus/<name>: the generator, the checker and the README of one set."""
    return TOOLS / name


def outputs(name: str, out: str | Path | None = None) -> tuple[Path, Path]:
    """(folder for the NNN files, path of README.md) for one generator run.

    With no ``out`` the set is written in place: the data into tests/mail/<name>,
    the README next to the generator.  With ``out`` (a comparison run) everything,
    README.md included, goes into that one folder and the checkout is not touched.
    """
    if out is None:
        return data_dir(name), tool_dir(name) / "README.md"
    out = Path(out)
    return out, out / "README.md"
