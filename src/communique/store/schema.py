"""Tables of the store and the migrations that build them, one numbered step at a time.

The same schema serves SQLite and PostgreSQL (SQLAlchemy Core). A store records its
version; opening an older store applies the missing steps in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Connection,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    cast,
    distinct,
    func,
    inspect,
    select,
    text,
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
    Column("story_id", String(40), index=True, comment="the first article of its near-duplicate story"),
)

article_sources = Table(
    "article_sources", metadata,
    Column("article_id", String(40), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("source", Text, primary_key=True),
    Column("url", Text),
    Column("ingested_at", String(32), nullable=False),
    Column("site", Text),
    Column("kind", String(8), comment="first | exact | near | url: how this source joined the article"),
    Column("similarity", Float, comment="estimated Jaccard similarity for near duplicates"),
    Column("source_name", Text, comment="the full source name when `source` is its hashed key (keys.py)"),
    Column("content_hash", String(64), comment="SHA-256 of what was read; a rerun skips the same name and hash"),
)

failures = Table(
    "failures", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source", Text, nullable=False),
    Column("kind", String(40), nullable=False),
    Column("message", Text, nullable=False),
    Column("at", String(32), nullable=False),
    Column("source_name", Text, comment="the full source name when `source` is its hashed key (keys.py)"),
    Column("content_hash", String(64), comment="SHA-256 of what was read; NULL: nothing was read, retried"),
    UniqueConstraint("source", name="failures_source_key"),
)


# -- version 2: what the articles say, near-duplicate stories, merged events, full-text search --------------

stories = Table(
    "stories", metadata,
    Column("article_id", String(40), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("minhash", LargeBinary, comment="MinHash signature of the body's word shingles"),
)

story_bands = Table(
    "story_bands", metadata,
    Column("band", Integer, primary_key=True),
    Column("hash", BigInteger, primary_key=True),
    Column("article_id", String(40), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    comment="LSH buckets: articles that share a (band, hash) are near-duplicate candidates",
)

entities = Table(
    "entities", metadata,
    Column("article_id", String(40), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("eid", String(16), primary_key=True),
    Column("name", Text, nullable=False),
    Column("label", String(16)),
    Column("code", String(16), index=True),
    Column("sector", String(8)),
    Column("role", Text),
    Column("mentions", Text, nullable=False, comment="JSON list of spans"),
    Column("basis", String(12), comment="how the country was found: kb, title, institution, party, owner, context"),
)

quotes = Table(
    "quotes", metadata,
    Column("article_id", String(40), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("n", Integer, primary_key=True),
    Column("kind", String(10), nullable=False),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("speaker_name", Text),
    Column("speaker_entity", String(16)),
    Column("speaker_code", String(16), index=True),
    Column("speaker_sector", String(8)),
    Column("stance", String(10), comment="asserted | denied | questioned"),
)

event_clusters = Table(
    "event_clusters", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("type", String(16), nullable=False),
    Column("actor_code", String(16), nullable=False),
    Column("recipient_code", String(16), nullable=False, comment="'' when the event has no recipient"),
    Column("modality", String(16), nullable=False),
    Column("place", Text, nullable=False, comment="lower-case place name, '' when unknown"),
    Column("start", String(10)),
    Column("end", String(10)),
    Column("granularity", String(10)),
    Column("mentions", Integer, nullable=False, default=0),
    Column("sources", Integer, nullable=False, default=0),
    Column("articles", Integer, nullable=False, default=0),
    Index("event_clusters_key", "type", "actor_code", "recipient_code", "modality"),
)

events = Table(
    "events", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(40), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("n", Integer, nullable=False, comment="index of the event in its record"),
    Column("cluster_id", Integer, ForeignKey("event_clusters.id", ondelete="SET NULL"), index=True),
    Column("type", String(16), nullable=False, index=True),
    Column("mode", String(32)),
    Column("actor_code", String(16), nullable=False, comment="one row per actor x recipient pair (GDELT's dyads)"),
    Column("actor_sector", String(8)),
    Column("actor_name", Text),
    Column("recipient_code", String(16)),
    Column("recipient_sector", String(8)),
    Column("recipient_name", Text),
    Column("actor_basis", String(12), comment="the actor entity's basis (entities.basis)"),
    Column("recipient_basis", String(12), comment="the recipient entity's basis"),
    Column("cameo", String(8)),
    Column("quad", Integer, index=True),
    Column("score", Float),
    Column("modality", String(16)),
    Column("date", String(10), index=True, comment="when.start, else the article date"),
    Column("date_end", String(10)),
    Column("granularity", String(10)),
    Column("place_name", Text),
    Column("place_country", String(8)),
    Column("lat", Float),
    Column("lon", Float),
    Column("place_basis", String(10), comment="clause | dateline | article: what gave the place"),
    Column("place_level", String(10), comment="country: only a country is known (its coordinates), else city"),
    Column("evidence_start", Integer),
    Column("evidence_end", Integer),
    Column("evidence", Text),
    Column("lead", Boolean, nullable=False, default=False, comment="stated in the first paragraph"),
    Column("confidence", Float),
    Column("data", Text, nullable=False, comment="the event as JSON (SCHEMA.md)"),
    Index("events_dyad", "actor_code", "recipient_code", "date"),
    Index("events_recipient", "recipient_code", "date"),
    Index("events_actor", "actor_code", "date"),
)


def _v1(conn: Connection) -> None:
    metadata.create_all(conn, tables=[meta, articles, article_sources, failures])


def _add_missing_columns(conn: Connection, table: Table) -> None:
    """Tables are declared in their latest shape: a store made by step 1 gains the newer columns here."""
    have = {c["name"] for c in inspect(conn).get_columns(table.name)}
    for column in table.columns:
        if column.name not in have:
            kind = column.type.compile(dialect=conn.dialect)
            conn.execute(text(f'ALTER TABLE {table.name} ADD COLUMN "{column.name}" {kind}'))
            if column.index:
                conn.execute(text(f'CREATE INDEX ix_{table.name}_{column.name} ON {table.name} ("{column.name}")'))


def _v2(conn: Connection) -> None:
    _add_missing_columns(conn, articles)
    _add_missing_columns(conn, article_sources)
    conn.execute(articles.update().where(articles.c.story_id.is_(None)).values(story_id=articles.c.id))
    conn.execute(article_sources.update().where(article_sources.c.kind.is_(None)).values(kind="first"))
    metadata.create_all(conn, tables=[stories, story_bands, entities, quotes, event_clusters, events])
    if conn.dialect.name == "sqlite":
        conn.execute(text("CREATE VIRTUAL TABLE articles_fts USING fts5(article_id UNINDEXED, title, text)"))
        conn.execute(text("INSERT INTO articles_fts (article_id, title, text) SELECT id, title, text FROM articles"))
    else:
        conn.execute(text("CREATE INDEX articles_fts ON articles USING GIN "
                          "(to_tsvector('english', coalesce(title, '') || ' ' || text))"))


def _v3(conn: Connection) -> None:
    """An actor's newest events without sorting all of them (a page of a busy actor: 450 ms -> 5 ms at 100k)."""
    conn.execute(text("CREATE INDEX IF NOT EXISTS events_actor ON events (actor_code, date)"))


LEGACY_HASH = "*"
"""The content hash of a source stored before hashes were kept: a rerun skips it by its name alone, as before."""


def _v4(conn: Connection) -> None:
    """Resume by name and content: sources and failures gain the full name and the hash of what was read."""
    _add_missing_columns(conn, article_sources)
    _add_missing_columns(conn, failures)
    _add_missing_columns(conn, quotes)  # stance
    _add_missing_columns(conn, events)  # place_basis, place_level, actor_basis, recipient_basis
    _add_missing_columns(conn, entities)  # basis
    conn.execute(article_sources.update().where(article_sources.c.content_hash.is_(None))
                 .values(content_hash=LEGACY_HASH))


def _v5(conn: Connection) -> None:
    """One coded event, one merged event: the dyads of an event that an older version put in several merged events
    join the first of them, and every merged event's mentions are counted again by coded event, not by row (merged
    events left with no rows go)."""
    e, c = events.c, event_clusters.c
    split = (select(e.article_id, e.n, func.min(e.cluster_id)).where(e.cluster_id.is_not(None))
             .group_by(e.article_id, e.n).having(func.count(distinct(e.cluster_id)) > 1))
    for article_id, n, first in conn.execute(split).all():
        conn.execute(events.update().where(e.article_id == article_id, e.n == n).values(cluster_id=first))
    conn.execute(event_clusters.delete().where(~c.id.in_(select(e.cluster_id).where(e.cluster_id.is_not(None)))))
    told = select(func.count(distinct(e.article_id + ":" + cast(e.n, String)))).where(e.cluster_id == c.id)
    stories = select(func.count(distinct(e.article_id))).where(e.cluster_id == c.id)
    src = article_sources.c
    sources = select(func.count(distinct(src.source))).where(
        src.article_id.in_(select(e.article_id).where(e.cluster_id == c.id)))
    conn.execute(event_clusters.update().values(mentions=told.scalar_subquery(), articles=stories.scalar_subquery(),
                                                sources=sources.scalar_subquery()))


MIGRATIONS: list[Callable[[Connection], None]] = [_v1, _v2, _v3, _v4, _v5]
"""Step i brings a store from version i to i + 1. Append; never edit a released step."""

SCHEMA_VERSION = len(MIGRATIONS)

MIGRATION_LOCK = 0x636F6D6D
"""PostgreSQL advisory lock key ('comm') taken while a store is created or migrated."""


def current_version(conn: Connection) -> int:
    if not conn.dialect.has_table(conn, meta.name):
        return 0
    row = conn.execute(select(meta.c.value).where(meta.c.key == "schema_version")).first()
    return int(row[0]) if row else 0


def migrate(conn: Connection) -> int:
    """Apply the missing steps; return the version reached. Two processes opening a new store at once take
    turns: PostgreSQL by an advisory lock held to the end of the transaction, SQLite by its write lock (the
    store opens its migration with BEGIN IMMEDIATE)."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": MIGRATION_LOCK})
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
