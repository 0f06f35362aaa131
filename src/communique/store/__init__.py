"""Where records are kept: SQLite by default, PostgreSQL by URL."""

from .store import DEFAULT_DB, IngestSummary, NotAStore, Store, database_url, open_store

__all__ = ["DEFAULT_DB", "IngestSummary", "NotAStore", "Store", "database_url", "open_store"]
