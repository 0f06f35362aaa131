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
import sqlite3
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, and_, create_engine, distinct, event, func, or_, select, text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError, OperationalError

from ..model import Record
from ..sources.dates import iso_date
from . import keys, merge, near, queries, search
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
    unrecorded: int = 0  # failures that could not even be written to the failures table (counted in failed)

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
        for name in ("stored", "duplicates", "failed", "near_duplicates", "updated", "unrecorded"):
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


class NotAStore(ValueError):
    """``--db`` names a file that is not a communique store (another program's database, or not a database)."""


WRITE = {"communique_write": True}
"""Execution option of a writing connection: SQLite begins it with BEGIN IMMEDIATE (see _sqlite_begin)."""

RETRIES = 3
"""Times a document is tried again after a unique-key conflict with a concurrent ingest (which then holds it)."""


class Store:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        for attempt in range(RETRIES + 1):  # SQLite: two processes creating one file; the loser waits its turn
            try:
                with engine.connect().execution_options(**WRITE) as conn, conn.begin():
                    s.migrate(conn)
                break
            except OperationalError as exc:
                if attempt == RETRIES or engine.dialect.name != "sqlite" or "locked" not in str(exc):
                    raise
                time.sleep(0.2 * (attempt + 1))

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    # -- writing -------------------------------------------------------------------------
    def add(self, records: Iterable[Record], hashes: Iterable[str | None] | None = None) -> IngestSummary:
        """Store a batch of records in one transaction; returns what happened to each.

        An article commits with its entities, quotes and events or not at all, so a crash
        leaves the store as it was before the batch; a record the database refuses becomes
        a ``store_error`` failure and the others are stored. ``hashes`` are the content hashes of what
        each record was read from (ingest.py), kept so that a rerun skips only unchanged sources.
        """
        summary = IngestSummary()
        touched: set[int] = set()
        records = list(records)
        hashes = list(hashes) if hashes is not None else [None] * len(records)
        with self.engine.connect().execution_options(**WRITE) as conn, conn.begin():
            for rec, digest in zip(records, hashes, strict=True):
                outcome, kind = self._add_guarded(conn, rec, digest, touched)
                summary.add(outcome, kind)
                summary.unrecorded += kind == "unrecorded"
            merge.recount(conn, touched)
        return summary

    def _add_guarded(self, conn: Connection, rec: Record, digest: str | None,
                     touched: set[int]) -> tuple[str, str | None]:
        """One record in its own savepoint; a fault becomes its failure row, written in a savepoint of its own,
        so that nothing one document does can abort the batch's transaction."""
        for attempt in range(RETRIES + 1):
            mine: set[int] = set()
            try:
                with conn.begin_nested():  # one record that cannot be stored must not sink the batch
                    outcome = self._add_one(conn, rec, digest, mine)
                touched |= mine
                return outcome
            except (IntegrityError, OperationalError) as exc:  # a concurrent ingest stored it first, or a deadlock
                if attempt < RETRIES and (isinstance(exc, IntegrityError) or _transient(exc)):
                    continue
                fault: Exception = exc
            except Exception as exc:  # noqa: BLE001 - any fault of one record becomes its failure row
                fault = exc
            break
        message = (f"could not store this document ({type(fault).__name__}: {keys.storable(str(fault))[:300]}); "
                   "the rest of the batch was stored. Please report it with the document.")
        try:
            with conn.begin_nested():
                self._record_failure(conn, rec.source, "store_error", message, None)
        except Exception:  # noqa: BLE001 - not even the failure fits: counted, and the batch goes on
            return "failed", "unrecorded"
        return "failed", "store_error"

    def _record_failure(self, conn: Connection, source: str, kind: str, message: str, digest: str | None) -> None:
        """Insert or replace the failure of ``source`` (ON CONFLICT: a concurrent ingest may record it too)."""
        values = {"source": keys.source_key(source), "source_name": keys.full_name(source), "kind": kind,
                  "message": keys.storable(message), "at": _now(), "content_hash": digest}
        insert = pg_insert if self.dialect == "postgresql" else sqlite_insert if self.dialect == "sqlite" else None
        if insert is None:
            conn.execute(s.failures.delete().where(s.failures.c.source == values["source"]))
            conn.execute(s.failures.insert().values(**values))
            return
        stmt = insert(s.failures).values(**values)
        conn.execute(stmt.on_conflict_do_update(index_elements=["source"], set_={
            k: stmt.excluded[k] for k in ("source_name", "kind", "message", "at", "content_hash")}))

    def _add_one(self, conn: Connection, rec: Record, digest: str | None,
                 touched: set[int]) -> tuple[str, str | None]:
        now = _now()
        art = rec.article
        key = keys.source_key(rec.source)
        conn.execute(s.failures.delete().where(s.failures.c.source == key))
        if art is None:
            err = rec.error
            kind, message = (err.kind, err.message) if err else ("unknown", "no article and no reason given")
            self._record_failure(conn, rec.source, kind, message, digest)
            return "failed", kind
        source_row = {"source": key, "source_name": keys.full_name(rec.source), "content_hash": digest,
                      "url": _clean(art.url), "site": _clean(art.site), "ingested_at": now}
        before = self._previous_article(conn, key, art.id) if rec.source != keys.STDIN else None
        if conn.execute(select(s.articles.c.id).where(s.articles.c.id == art.id)).first():
            self._add_source(conn, art.id, source_row, "exact", None, touched)
            self._drop_source(conn, before, key, None, touched)
            return "duplicate", None
        replaced = self._same_url(conn, _clean(art.url), art.id)
        sig = near.signature(art.text)
        if replaced is None and sig is not None:
            match = self._near_duplicate(conn, sig)
            if match is not None:
                self._add_source(conn, match[0], source_row, "near", match[1], touched)
                self._drop_source(conn, before, key, None, touched)
                return "near_duplicate", None
        data = rec.to_dict()
        conn.execute(s.articles.insert().values(
            id=art.id, title=_clean(art.title), text=_clean(art.text), date=art.date,
            authors=json.dumps(art.authors), wire=json.dumps(art.wire), site=_clean(art.site), url=_clean(art.url),
            language=art.language,
            error_kind=rec.error.kind if rec.error else None,
            error_message=_clean(rec.error.message) if rec.error else None,
            record=keys.storable(json.dumps(data, ensure_ascii=False)), source=keys.storable(rec.source),
            ingested_at=now, story_id=art.id,
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
        for dyads in _by_event(rows_of.event_rows(art.id, data)):  # one coded event: one merged event
            cid = merge.assign_event(conn, dyads) if all(map(_mergeable, dyads)) else merge.new_cluster(conn, dyads[0])
            touched.add(cid)
            conn.execute(s.events.insert(), [{**row, "cluster_id": cid} for row in dyads])
        if replaced is not None:
            self._replace(conn, replaced, art.id, touched)
            return "updated", None
        if before is not None:  # the same source read again with another body: the new one takes its place
            self._drop_source(conn, before, key, art.id, touched)
            return "updated", None
        return "stored", None

    def _previous_article(self, conn: Connection, key: str, new_id: str) -> str | None:
        """The article this source was stored as before, when that was another body (the file changed)."""
        src = s.article_sources.c
        row = conn.execute(select(src.article_id).where(src.source == key, src.article_id != new_id)
                           .order_by(src.ingested_at.desc())).first()
        return row[0] if row else None

    def _drop_source(self, conn: Connection, old_id: str | None, key: str, new_id: str | None,
                     touched: set[int]) -> None:
        """The source no longer reads as ``old_id``; an article left with no source goes (``new_id`` takes over
        its story when given)."""
        if old_id is None:
            return
        src = s.article_sources.c
        conn.execute(s.article_sources.delete().where(src.article_id == old_id, src.source == key))
        touched.update(cid for (cid,) in conn.execute(
            select(s.events.c.cluster_id).where(s.events.c.article_id == old_id).distinct()))
        if conn.execute(select(src.source).where(src.article_id == old_id).limit(1)).first() is None:
            if new_id is not None:
                self._replace(conn, old_id, new_id, touched)
            else:
                self._delete(conn, old_id, touched)

    def _add_source(self, conn: Connection, article_id: str, row: dict[str, Any], kind: str,
                    similarity: float | None, touched: set[int]) -> None:
        src = s.article_sources.c
        if conn.execute(select(src.source).where(src.article_id == article_id, src.source == row["source"])).first():
            if row.get("content_hash") is not None:  # same body, read from changed bytes: remember what was read
                conn.execute(s.article_sources.update().where(src.article_id == article_id, src.source == row["source"])
                             .values(content_hash=row["content_hash"]))
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
        have = {x for (x,) in conn.execute(select(src.source).where(src.article_id == new_id))}
        for row in conn.execute(select(s.article_sources).where(src.article_id == old_id)).mappings().all():
            if row["source"] not in have:
                conn.execute(s.article_sources.insert().values(**{**row, "article_id": new_id, "kind": "url"}))
        conn.execute(s.articles.update().where(s.articles.c.story_id == old_id).values(story_id=new_id))
        self._delete(conn, old_id, touched)

    def _delete(self, conn: Connection, old_id: str, touched: set[int]) -> None:
        """An article and everything that hangs on it."""
        touched.update(cid for (cid,) in conn.execute(
            select(s.events.c.cluster_id).where(s.events.c.article_id == old_id).distinct()))
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
        if (limit is not None and limit < 0) or offset < 0:
            raise ValueError(f"limit {limit} and offset {offset} should be 0 or more (--limit 0 means all)")
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
            f = s.failures.c
            rows = conn.execute(select(func.coalesce(f.source_name, f.source).label("source"), f.kind, f.message,
                                       f.at).order_by(f.id)).mappings().all()
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


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _clean(value: str | None) -> str | None:
    """Text as every backend stores it: PostgreSQL refuses NUL (the stages strip it; URLs and names may keep it)."""
    return keys.storable(value) if isinstance(value, str) else value


def _transient(exc: OperationalError) -> bool:
    """A fault that trying again cures: PostgreSQL's deadlock (40P01) or serialization failure (40001)."""
    return getattr(exc.orig, "sqlstate", None) in ("40P01", "40001")


def _mergeable(row: dict[str, Any]) -> bool:
    """An event dated within the calendar of publications (sources/dates.py) may merge; one dated 0001-01-01 or
    9999-12-31 (a placeholder the text resolved to) is kept as read, alone: date arithmetic there overflows."""
    lo, hi = row.get("date"), row.get("date_end") or row.get("date")
    return all(v is None or iso_date(v) is not None for v in (lo, hi))


def _by_event(rows: Iterable[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Event rows grouped by the coded event they are dyads of (rows_of.event_rows yields them in order)."""
    out: list[list[dict[str, Any]]] = []
    for row in rows:
        if out and out[-1][0]["n"] == row["n"]:
            out[-1].append(row)
        else:
            out.append([row])
    return out


def check_sqlite_file(path: str | os.PathLike[str]) -> None:
    """Refuse, without changing a byte of it, a file that is not a communique store: not SQLite at all, or
    another program's SQLite database (tables, but no communique_meta). A missing or empty file is fine."""
    path = Path(path).expanduser()
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return
        with open(path, "rb") as fh:
            head = fh.read(16)
    except OSError:
        return  # the database layer reports it (permissions, a directory, ...)
    if head != b"SQLite format 3\x00":
        raise NotAStore(f"{path} is not a communique store (not a SQLite database); give --db a new file name "
                        "or an existing store")
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
        try:
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise NotAStore(f"{path} is not a readable communique store ({exc}); give --db a new file name, or "
                        "restore the store from a copy") from exc
    if tables and s.meta.name not in tables:
        names = ", ".join(sorted(tables)[:5]) + (", ..." if len(tables) > 5 else "")
        raise NotAStore(f"{path} is another program's SQLite database (tables: {names}), not a communique store; "
                        "it was left untouched: give --db a new file name")


def open_store(db: str | os.PathLike[str] = DEFAULT_DB) -> Store:
    """Open (creating if needed) the store at a SQLite path or a database URL. A file that is not a communique
    store is refused (NotAStore) and left as it was."""
    url = database_url(db)
    if url.startswith("sqlite:///"):
        check_sqlite_file(url[len("sqlite:///"):])
    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
    return Store(engine)


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    dbapi_conn.isolation_level = None  # SQLAlchemy emits BEGIN itself (_sqlite_begin): savepoints then work
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA busy_timeout=30000")  # first: switching a new file to WAL waits for a concurrent opener
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _sqlite_begin(conn: Connection) -> None:
    """Writers take the write lock when they begin (BEGIN IMMEDIATE), so two ingests queue on busy_timeout
    instead of one failing with "database is locked" when its read lock cannot be upgraded."""
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("communique_write") else "BEGIN")
