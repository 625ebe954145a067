"""The database: typed models and their column types, the engine and transactions, named queries,
leases (one daemon per mailbox), Alembic migrations.

Modules: models, columns, store, queries, pushes (the push log and notices), leases, migrations.
"""
