"""The store: articles and failures of every ingest, in SQLite (default) or PostgreSQL.

Each batch is one transaction: a crash loses at most the batch in flight, never what
was stored before. Storing is idempotent: an article already stored (same body) only
gains the new source it was read from.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, func, select

from ..model import Record
from . import schema as s

DEFAULT_DB = "communique.db"


@dataclass
class IngestSummary:
    """What one ingest did, for the closing summary line."""

    stored: int = 0
    duplicates: int = 0
    failed: int = 0
    reasons: dict[str, int] = field(default_factory=dict)

    def add(self, outcome: str, kind: str | None = None) -> None:
        if outcome == "stored":
            self.stored += 1
        elif outcome == "duplicate":
            self.duplicates += 1
        else:
            self.failed += 1
            self.reasons[kind or "unknown"] = self.reasons.get(kind or "unknown", 0) + 1

    @property
    def total(self) -> int:
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

    # -- writing -------------------------------------------------------------------------
    def add(self, records: Iterable[Record]) -> IngestSummary:
        """Store a batch of records in one transaction; returns what happened to each."""
        summary = IngestSummary()
        with self.engine.begin() as conn:
            for rec in records:
                outcome, kind = self._add_one(conn, rec)
                summary.add(outcome, kind)
        return summary

    def _add_one(self, conn, rec: Record) -> tuple[str, str | None]:
        now = datetime.now(UTC).isoformat(timespec="seconds")
        art = rec.article
        if art is None:
            err = rec.error
            kind, message = (err.kind, err.message) if err else ("unknown", "no article and no reason given")
            conn.execute(s.failures.delete().where(s.failures.c.source == rec.source))
            conn.execute(s.failures.insert().values(source=rec.source, kind=kind, message=message, at=now))
            return "failed", kind
        conn.execute(s.failures.delete().where(s.failures.c.source == rec.source))
        exists = conn.execute(select(s.articles.c.id).where(s.articles.c.id == art.id)).first()
        seen_source = conn.execute(select(s.article_sources.c.source).where(
            s.article_sources.c.article_id == art.id, s.article_sources.c.source == rec.source)).first()
        if not exists:
            conn.execute(s.articles.insert().values(
                id=art.id, title=art.title, text=art.text, date=art.date,
                authors=json.dumps(art.authors), wire=json.dumps(art.wire), site=art.site, url=art.url,
                language=art.language,
                error_kind=rec.error.kind if rec.error else None,
                error_message=rec.error.message if rec.error else None,
                record=json.dumps(rec.to_dict(), ensure_ascii=False), source=rec.source, ingested_at=now,
            ))
        if not seen_source:
            conn.execute(s.article_sources.insert().values(
                article_id=art.id, source=rec.source, url=art.url, ingested_at=now))
        return ("duplicate" if exists else "stored"), None

    # -- reading -------------------------------------------------------------------------
    def articles(self, limit: int | None = None) -> list[dict[str, Any]]:
        """Stored articles, newest publication date first, with how many sources printed each."""
        n_sources = (select(s.article_sources.c.article_id, func.count().label("sources"))
                     .group_by(s.article_sources.c.article_id).subquery())
        q = (select(s.articles.c.id, s.articles.c.title, s.articles.c.date, s.articles.c.site,
                    s.articles.c.url, s.articles.c.language, s.articles.c.source, s.articles.c.wire,
                    s.articles.c.authors, s.articles.c.error_kind, s.articles.c.text, n_sources.c.sources)
             .join(n_sources, n_sources.c.article_id == s.articles.c.id, isouter=True)
             .order_by(s.articles.c.date.desc(), s.articles.c.id))
        if limit:
            q = q.limit(limit)
        with self.engine.connect() as conn:
            rows = conn.execute(q).mappings().all()
        out = []
        for r in rows:
            d = dict(r)
            d["authors"], d["wire"] = json.loads(d["authors"]), json.loads(d["wire"])
            d["words"] = len(d.pop("text").split())
            d["sources"] = d["sources"] or 0
            out.append(d)
        return out

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
    return Store(engine)


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()
