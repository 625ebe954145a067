"""Alembic environment: the engine comes from maild (never from an ini file)."""

from alembic import context

from maild.adapters.db.models import Base

engine = context.config.attributes["engine"]
with engine.connect() as connection:
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True,
                      transaction_per_migration=True)
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
