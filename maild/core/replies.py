"""Outgoing mail text: jinja2 templates (Chinese by default) shipped in the wheel.

`templates/` at the top of the repository is installed as the package data
`maild.templates` (see pyproject.toml); `template_loader()` is the one place
that knows it. Rendering is strict: a missing value is an error, never a blank.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

__all__ = ["Rendered", "environment", "render", "template_loader"]


def template_loader() -> FileSystemLoader:
    """Templates from the installed package data (maild/templates in a wheel), or from the
    checkout's top-level templates/ when maild runs from source (editable install, tests)."""
    package = Path(__file__).resolve().parent.parent  # maild/
    installed, checkout = package / "templates", package.parent / "templates"
    return FileSystemLoader(str(installed if installed.is_dir() else checkout))


def environment() -> Environment:
    return Environment(loader=template_loader(), undefined=StrictUndefined,
                       autoescape=select_autoescape(default=False), keep_trailing_newline=True)


@dataclass(frozen=True)
class Rendered:
    subject: str
    body: str


def render(name: str, env: Environment | None = None, **context: Any) -> Rendered:
    """Subject and body of template `name` (without .j2); CR/LF can never reach the subject."""
    template = (env or environment()).get_template(f"{name}.j2")
    ctx = template.new_context(context)
    subject = "".join(template.blocks["subject"](ctx))
    body = "".join(template.blocks["body"](ctx))
    return Rendered(" ".join(subject.split()), body.strip() + "\n")
