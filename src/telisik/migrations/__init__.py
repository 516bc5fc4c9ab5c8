"""Alembic migrations of the telisik store (run by ``telisik.store.Store`` on open)."""
