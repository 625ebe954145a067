"""Alembic migrations, run by `maild db upgrade` (no alembic.ini needed).

Alembic itself loads only to migrate: every other command checks the schema against HEAD with
one SELECT (a third of a second of import saved on each `maild queue`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from maild.adapters.db.store import translated

if TYPE_CHECKING:
    from alembic.config import Config as AlembicConfig

HEAD = "0011"  # the newest file in versions/ (a test holds it to Alembic's own view)


def alembic_config(engine: Engine) -> AlembicConfig:
    from alembic.config import Config as AlembicConfig

    cfg = AlembicConfig()
    cfg.set_main_option("script_location", "maild.adapters.db:migrations")
    cfg.attributes["engine"] = engine
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    with translated():
        command.upgrade(alembic_config(engine), revision)


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    with translated():
        command.downgrade(alembic_config(engine), revision)


def head_revision() -> str | None:
    """The head as Alembic reads it from versions/ (HEAD is the cheap copy)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(None)).get_current_head()  # type: ignore[arg-type]


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at (None before the first upgrade), without loading Alembic."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        versions = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    if len(versions) > 1:  # branches: this project has none
        raise RuntimeError(f"several schema heads in alembic_version: {sorted(versions)}")
    return versions[0] if versions else None
