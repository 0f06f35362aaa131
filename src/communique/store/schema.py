"""Tables of the store and the migrations that build them, one numbered step at a time.

The same schema serves SQLite and PostgreSQL (SQLAlchemy Core). A store records its
version; opening an older store applies the missing steps in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import (
    Column,
    Connection,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    select,
)

metadata = MetaData()

meta = Table(
    "communique_meta", metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

articles = Table(
    "articles", metadata,
    Column("id", String(40), primary_key=True, comment="sha1 of the normalised body"),
    Column("title", Text),
    Column("text", Text, nullable=False),
    Column("date", String(10), index=True),
    Column("authors", Text, nullable=False, default="[]", comment="JSON list"),
    Column("wire", Text, nullable=False, default="[]", comment="JSON list"),
    Column("site", Text),
    Column("url", Text, index=True),
    Column("language", String(8)),
    Column("error_kind", String(40)),
    Column("error_message", Text),
    Column("record", Text, nullable=False, comment="the full record as JSON (SCHEMA.md)"),
    Column("source", Text, nullable=False, comment="where it was first read"),
    Column("ingested_at", String(32), nullable=False),
)

article_sources = Table(
    "article_sources", metadata,
    Column("article_id", String(40), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("source", Text, primary_key=True),
    Column("url", Text),
    Column("ingested_at", String(32), nullable=False),
)

failures = Table(
    "failures", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source", Text, nullable=False),
    Column("kind", String(40), nullable=False),
    Column("message", Text, nullable=False),
    Column("at", String(32), nullable=False),
    UniqueConstraint("source", name="failures_source_key"),
)


def _v1(conn: Connection) -> None:
    metadata.create_all(conn, tables=[meta, articles, article_sources, failures])


MIGRATIONS: list[Callable[[Connection], None]] = [_v1]
"""Step i brings a store from version i to i + 1. Append; never edit a released step."""

SCHEMA_VERSION = len(MIGRATIONS)


def current_version(conn: Connection) -> int:
    if not conn.dialect.has_table(conn, meta.name):
        return 0
    row = conn.execute(select(meta.c.value).where(meta.c.key == "schema_version")).first()
    return int(row[0]) if row else 0


def migrate(conn: Connection) -> int:
    """Apply the missing steps; return the version reached."""
    version = current_version(conn)
    if version > SCHEMA_VERSION:
        raise RuntimeError(
            f"this store has schema version {version}, newer than this communique understands "
            f"({SCHEMA_VERSION}); upgrade communique to open it"
        )
    for step in MIGRATIONS[version:]:
        step(conn)
    if version < SCHEMA_VERSION:
        conn.execute(meta.delete().where(meta.c.key == "schema_version"))
        conn.execute(meta.insert().values(key="schema_version", value=str(SCHEMA_VERSION)))
    return SCHEMA_VERSION
