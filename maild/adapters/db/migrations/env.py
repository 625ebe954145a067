"""Alembic environment: the engine comes from maild (never from an ini file).

On SQLite, batch migrations rebuild a table (copy, drop, rename); with foreign keys enforced the
drop would fail, so they are off while migrating and checked once at the end.
"""

from alembic import context

from maild.adapters.db.models import Base

engine = context.config.attributes["engine"]
sqlite = engine.dialect.name == "sqlite"
with engine.connect() as connection:
    if sqlite:  # outside any transaction: the pragma is a no-op inside one
        connection.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True,
                      transaction_per_migration=True)
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
    if sqlite:
        dbapi = connection.connection.driver_connection
        broken = dbapi.execute("PRAGMA foreign_key_check").fetchall()
        dbapi.execute("PRAGMA foreign_keys=ON")
        if broken:
            raise RuntimeError(f"migration left {len(broken)} row(s) with broken foreign keys: {broken[:3]}")
