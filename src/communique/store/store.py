"""The store: articles with their entities, quotes and events, and the failures of every ingest,
in SQLite (default) or PostgreSQL.

Each batch is one transaction: a crash loses at most the batch in flight, never what
was stored before. Storing is idempotent: an article already stored (same body) or a
reprint of it (near duplicate) only gains the new source it was read from, and its
events join the merged events they belong to. Reading is in queries.py and search.py.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, and_, create_engine, distinct, event, func, or_, select, text

from ..model import Record
from . import merge, near, queries, search
from . import rows as rows_of
from . import schema as s

DEFAULT_DB = "communique.db"


@dataclass
class IngestSummary:
    """What one ingest did, for the closing summary line."""

    stored: int = 0
    duplicates: int = 0
    failed: int = 0
    reasons: dict[str, int] = field(default_factory=dict)

    near_duplicates: int = 0
    updated: int = 0

    def add(self, outcome: str, kind: str | None = None) -> None:
        """Count one outcome: stored, updated (same URL, new body), duplicate, near_duplicate or failed."""
        if outcome == "stored":
            self.stored += 1
        elif outcome == "updated":
            self.stored += 1
            self.updated += 1
        elif outcome in ("duplicate", "near_duplicate"):
            self.duplicates += 1
            self.near_duplicates += outcome == "near_duplicate"
        else:
            self.failed += 1
            self.reasons[kind or "unknown"] = self.reasons.get(kind or "unknown", 0) + 1

    def merge(self, other: IngestSummary) -> None:
        """Fold a batch's summary into a run's."""
        for name in ("stored", "duplicates", "failed", "near_duplicates", "updated"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for k, v in other.reasons.items():
            self.reasons[k] = self.reasons.get(k, 0) + v

    @property
    def documents(self) -> int:
        """Documents this summary counts (stored, duplicate or failed)."""
        return self.stored + self.duplicates + self.failed


def database_url(db: str | os.PathLike[str]) -> str:
    """A SQLite path or any SQLAlchemy URL -> a URL (PostgreSQL URLs use the psycopg 3 driver)."""
    db = str(db)
    if "://" not in db:
        return f"sqlite:///{Path(db).expanduser()}"
    if db.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + db.split("://", 1)[1]
    return db


class Store:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        with engine.begin() as conn:
            s.migrate(conn)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    # -- writing -------------------------------------------------------------------------
    def add(self, records: Iterable[Record]) -> IngestSummary:
        """Store a batch of records in one transaction; returns what happened to each.

        An article commits with its entities, quotes and events or not at all, so a crash
        leaves the store as it was before the batch; a record the database refuses becomes
        a ``store_error`` failure and the others are stored.
        """
        summary = IngestSummary()
        touched: set[int] = set()
        with self.engine.begin() as conn:
            for rec in records:
                try:
                    with conn.begin_nested():  # one record that cannot be stored must not sink the batch
                        outcome, kind = self._add_one(conn, rec, touched)
                except Exception as exc:  # noqa: BLE001 - any fault of one record becomes its failure row
                    outcome, kind = "failed", "store_error"
                    message = (f"could not store this document ({type(exc).__name__}: {str(exc)[:300]}); "
                               "the rest of the batch was stored. Please report it with the document.")
                    conn.execute(s.failures.delete().where(s.failures.c.source == rec.source))
                    conn.execute(s.failures.insert().values(source=rec.source, kind=kind, message=message,
                                                            at=datetime.now(UTC).isoformat(timespec="seconds")))
                summary.add(outcome, kind)
            merge.recount(conn, touched)
        return summary

    def _add_one(self, conn: Connection, rec: Record, touched: set[int]) -> tuple[str, str | None]:
        now = datetime.now(UTC).isoformat(timespec="seconds")
        art = rec.article
        conn.execute(s.failures.delete().where(s.failures.c.source == rec.source))
        if art is None:
            err = rec.error
            kind, message = (err.kind, err.message) if err else ("unknown", "no article and no reason given")
            conn.execute(s.failures.insert().values(source=rec.source, kind=kind, message=message, at=now))
            return "failed", kind
        source_row = {"source": rec.source, "url": art.url, "site": art.site, "ingested_at": now}
        if conn.execute(select(s.articles.c.id).where(s.articles.c.id == art.id)).first():
            self._add_source(conn, art.id, source_row, "exact", None, touched)
            return "duplicate", None
        replaced = self._same_url(conn, art.url, art.id)
        sig = near.signature(art.text)
        if replaced is None and sig is not None:
            match = self._near_duplicate(conn, sig)
            if match is not None:
                self._add_source(conn, match[0], source_row, "near", match[1], touched)
                return "near_duplicate", None
        data = rec.to_dict()
        conn.execute(s.articles.insert().values(
            id=art.id, title=art.title, text=art.text, date=art.date,
            authors=json.dumps(art.authors), wire=json.dumps(art.wire), site=art.site, url=art.url,
            language=art.language,
            error_kind=rec.error.kind if rec.error else None,
            error_message=rec.error.message if rec.error else None,
            record=json.dumps(data, ensure_ascii=False), source=rec.source, ingested_at=now, story_id=art.id,
        ))
        conn.execute(s.article_sources.insert().values(article_id=art.id, kind="first", **source_row))
        if sig is not None:
            conn.execute(s.stories.insert().values(article_id=art.id, minhash=near.to_bytes(sig)))
            conn.execute(s.story_bands.insert(), [{"band": b, "hash": h, "article_id": art.id}
                                                   for b, h in near.bands(sig)])
        if self.dialect == "sqlite":
            conn.execute(text("INSERT INTO articles_fts (article_id, title, text) VALUES (:i, :t, :x)"),
                         {"i": art.id, "t": art.title or "", "x": art.text})
        if rows := rows_of.entity_rows(art.id, data):
            conn.execute(s.entities.insert(), rows)
        if rows := rows_of.quote_rows(art.id, data):
            conn.execute(s.quotes.insert(), rows)
        for row in rows_of.event_rows(art.id, data):
            row["cluster_id"] = merge.assign_cluster(conn, row)
            touched.add(row["cluster_id"])
            conn.execute(s.events.insert().values(**row))
        if replaced is not None:
            self._replace(conn, replaced, art.id, touched)
            return "updated", None
        return "stored", None

    def _add_source(self, conn: Connection, article_id: str, row: dict[str, Any], kind: str,
                    similarity: float | None, touched: set[int]) -> None:
        src = s.article_sources.c
        if conn.execute(select(src.source).where(src.article_id == article_id, src.source == row["source"])).first():
            return
        conn.execute(s.article_sources.insert().values(article_id=article_id, kind=kind, similarity=similarity, **row))
        touched.update(cid for (cid,) in conn.execute(
            select(s.events.c.cluster_id).where(s.events.c.article_id == article_id).distinct()))

    def _same_url(self, conn: Connection, url: str | None, new_id: str) -> str | None:
        """The article a re-fetch of the same URL replaces (the page changed since it was stored)."""
        if not url:
            return None
        row = conn.execute(select(s.articles.c.id).where(s.articles.c.url == url, s.articles.c.id != new_id)
                           .order_by(s.articles.c.ingested_at.desc())).first()
        return row[0] if row else None

    def _near_duplicate(self, conn: Connection, sig) -> tuple[str, float] | None:
        keys = near.bands(sig)
        b = s.story_bands.c
        candidates = {aid for (aid,) in conn.execute(select(b.article_id).where(
            or_(*(and_(b.band == band, b.hash == h) for band, h in keys))).distinct())}
        best: tuple[str, float] | None = None
        for aid in sorted(candidates):
            raw = conn.execute(select(s.stories.c.minhash).where(s.stories.c.article_id == aid)).scalar_one()
            sim = near.similarity(sig, near.from_bytes(raw))
            if sim >= near.THRESHOLD and (best is None or sim > best[1]):
                best = (aid, sim)
        if best is None:
            return None
        story = conn.execute(select(s.articles.c.story_id).where(s.articles.c.id == best[0])).scalar_one()
        return (story or best[0], best[1])

    def _replace(self, conn: Connection, old_id: str, new_id: str, touched: set[int]) -> None:
        """Same URL, new body: the new article takes over the old one's sources; the old one goes."""
        src = s.article_sources.c
        touched.update(cid for (cid,) in conn.execute(
            select(s.events.c.cluster_id).where(s.events.c.article_id == old_id).distinct()))
        have = {x for (x,) in conn.execute(select(src.source).where(src.article_id == new_id))}
        for row in conn.execute(select(s.article_sources).where(src.article_id == old_id)).mappings().all():
            if row["source"] not in have:
                conn.execute(s.article_sources.insert().values(**{**row, "article_id": new_id, "kind": "url"}))
        conn.execute(s.articles.update().where(s.articles.c.story_id == old_id).values(story_id=new_id))
        if self.dialect == "sqlite":
            conn.execute(text("DELETE FROM articles_fts WHERE article_id = :i"), {"i": old_id})
        for table in (s.events, s.entities, s.quotes, s.story_bands, s.stories, s.article_sources):
            conn.execute(table.delete().where(table.c.article_id == old_id))
        conn.execute(s.articles.delete().where(s.articles.c.id == old_id))

    # -- reading -------------------------------------------------------------------------
    def articles(self, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        """Stored articles, newest publication date first, with how many sources printed each."""
        n_sources = (select(s.article_sources.c.article_id, func.count().label("sources"))
                     .group_by(s.article_sources.c.article_id).subquery())
        n_events = (select(s.events.c.article_id, func.count(distinct(s.events.c.n)).label("events"))
                    .group_by(s.events.c.article_id).subquery())
        q = (select(s.articles.c.id, s.articles.c.title, s.articles.c.date, s.articles.c.site,
                    s.articles.c.url, s.articles.c.language, s.articles.c.source, s.articles.c.wire,
                    s.articles.c.authors, s.articles.c.error_kind, s.articles.c.text, n_sources.c.sources,
                    n_events.c.events)
             .join(n_sources, n_sources.c.article_id == s.articles.c.id, isouter=True)
             .join(n_events, n_events.c.article_id == s.articles.c.id, isouter=True)
             .order_by(s.articles.c.date.desc(), s.articles.c.id).offset(offset))
        if limit:
            q = q.limit(limit)
        with self.engine.connect() as conn:
            rows = conn.execute(q).mappings().all()
        out = []
        for r in rows:
            d = dict(r)
            d["authors"], d["wire"] = json.loads(d["authors"]), json.loads(d["wire"])
            d["words"] = len(d.pop("text").split())
            d["sources"], d["events"] = d["sources"] or 0, d["events"] or 0
            out.append(d)
        return out

    def article(self, article_id: str) -> dict[str, Any] | None:
        """One stored record (SCHEMA.md) with every source that printed it; a unique id prefix is enough."""
        a = s.articles.c
        with self.engine.connect() as conn:
            rows = conn.execute(select(a.id, a.record, a.story_id).where(a.id.like(article_id.strip() + "%"))
                                .limit(2)).all()
            if len(rows) != 1:
                return None
            aid, raw, story = rows[0]
            src = s.article_sources.c
            sources = conn.execute(select(src.source, src.url, src.site, src.kind, src.similarity, src.ingested_at)
                                   .where(src.article_id == aid).order_by(src.ingested_at, src.source)).mappings()
            rec = json.loads(raw)
            rec["sources"] = [dict(r) for r in sources]
            rec["story_id"] = story
            return rec

    def search(self, words: str, limit: int = 20, offset: int = 0) -> list[dict[str, Any]]:
        """Articles holding every word (full-text index), best match first, with a snippet."""
        with self.engine.connect() as conn:
            return search.search(conn, words, limit, offset)

    def events(self, *, merged: bool = False, limit: int | None = None, offset: int = 0, sort: str | None = None,
               **filters: Any) -> list[dict[str, Any]]:
        """Events matching the filters (actor, recipient, dyad "RUS:UKR", type, quad, since, until, text,
        modality, article), newest first unless ``sort`` says otherwise ("type", "-mentions", ...);
        ``merged`` gives one row per happening across articles."""
        with self.engine.connect() as conn:
            return queries.events(conn, queries.EventFilter(**filters), merged, limit, offset, sort)

    def count_events(self, *, merged: bool = False, **filters: Any) -> int:
        with self.engine.connect() as conn:
            return queries.count_events(conn, queries.EventFilter(**filters), merged)

    def events_frame(self, *, merged: bool = False, **filters: Any):
        """The same events as a pandas DataFrame, one flat row each (the CSV export's columns)."""
        from ..exports.flat import frame

        return frame(self.events(merged=merged, **filters))

    def actors(self, limit: int | None = None) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            return queries.actors(conn, limit)

    def actor(self, code: str) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            return queries.actor(conn, code)

    def dyad_timeline(self, a: str, b: str, by: str = "month") -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            return queries.dyad_timeline(conn, a, b, by)

    def timeline(self, by: str = "month", **filters: Any) -> list[dict[str, Any]]:
        """Events matching the filters by month or week (Monday) and quad class, with summed scores."""
        filters.pop("merged", None)  # counts are of event rows (dyads) either way
        with self.engine.connect() as conn:
            return queries.timeline(conn, queries.EventFilter(**filters), by)

    def places(self, **filters: Any) -> list[dict[str, Any]]:
        """Places of the matching events with coordinates, counts by quad class and the commonest types."""
        filters.pop("merged", None)
        with self.engine.connect() as conn:
            return queries.places(conn, queries.EventFilter(**filters))

    def stats(self) -> dict[str, Any]:
        with self.engine.connect() as conn:
            return queries.stats(conn)

    def records(self) -> Iterator[dict[str, Any]]:
        """The stored records in the SCHEMA.md shape."""
        with self.engine.connect() as conn:
            for (rec,) in conn.execute(select(s.articles.c.record).order_by(s.articles.c.id)):
                yield json.loads(rec)

    def failures(self) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(s.failures.c.source, s.failures.c.kind, s.failures.c.message,
                                       s.failures.c.at).order_by(s.failures.c.id)).mappings().all()
        return [dict(r) for r in rows]

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {
                "articles": conn.execute(select(func.count()).select_from(s.articles)).scalar_one(),
                "sources": conn.execute(select(func.count()).select_from(s.article_sources)).scalar_one(),
                "failures": conn.execute(select(func.count()).select_from(s.failures)).scalar_one(),
            }

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_store(db: str | os.PathLike[str] = DEFAULT_DB) -> Store:
    """Open (creating if needed) the store at a SQLite path or a database URL."""
    url = database_url(db)
    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
    return Store(engine)


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    dbapi_conn.isolation_level = None  # SQLAlchemy emits BEGIN itself (_sqlite_begin): savepoints then work
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


def _sqlite_begin(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN")
