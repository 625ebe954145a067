"""The database: typed models, the engine and transactions, named queries, Alembic migrations."""
