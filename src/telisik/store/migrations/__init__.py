"""Alembic migrations of the telisik store (run by ``telisik.store.repository.Store`` on open)."""
