"""Ingest: pages -> records -> store, streaming, resumable, on any engine.

The driver reads the input, skips the sources the store already holds with the same content (the same
name and the same SHA-256 of what was read, stored or failed: a rerun after a crash resumes where the
last committed batch ended, before any NLP; a changed file is read again and stored as "updated"; stdin
is never skipped; a failure where nothing could be read, such as a missing file, is retried), runs the stages
(locally, in worker processes or on Ray) and writes each batch in one store transaction, so that a
kill at any point loses at most the batches in flight, which the next run processes again.
"""

from __future__ import annotations

import hashlib
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from itertools import islice
from typing import Any

from sqlalchemy import select, union

from .model import Page, Record
from .pipeline import Pipeline
from .store import IngestSummary, Store, keys
from .store import schema as s


@dataclass
class IngestReport(IngestSummary):
    """What one ingest did; ``to_dict`` is the ``--summary-json`` contract. ``duplicates`` include the
    ``near_duplicates`` (the same story reworded); ``stored`` includes the ``updated`` (same URL, new body)."""

    skipped: int = 0
    retried: int = 0  # sources that had failed before and were read again (a fixed file, a changed one)
    events: int = 0
    seconds: float = 0.0
    first_batch_s: float | None = None  # when the first batch was stored: start-up (model loads) plus one batch
    engine: str = "local"
    workers: int = 1

    @property
    def docs_per_s(self) -> float:
        return self.documents / self.seconds if self.seconds > 0 else 0.0

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["documents"] = self.documents
        d["seconds"] = round(self.seconds, 3)
        d["docs_per_s"] = round(self.docs_per_s, 3)
        return d


@dataclass
class Known:
    """What the store holds, read once at the start of a run (about 150 bytes a source in memory)."""

    done: set[tuple[str, str]] = field(default_factory=set)  # (source key, content hash) with an outcome
    by_name: set[str] = field(default_factory=set)  # keys stored before hashes were kept: skipped by name
    failed: set[str] = field(default_factory=set)  # keys of recorded failures

    def skip(self, key: str, digest: str | None) -> bool:
        return key in self.by_name or (digest is not None and (key, digest) in self.done)


def known_sources(store: Store) -> Known:
    """Every (source, content hash) the store already holds an outcome for (an article source or a failure)."""
    known = Known()
    q = union(select(s.article_sources.c.source, s.article_sources.c.content_hash),
              select(s.failures.c.source, s.failures.c.content_hash))
    with store.engine.connect() as conn:
        for key, digest in conn.execute(q):
            if digest == s.LEGACY_HASH:
                known.by_name.add(key)
            elif digest is not None:
                known.done.add((key, digest))
        known.failed = {key for (key,) in conn.execute(select(s.failures.c.source))}
    return known


def content_hash(page: Page) -> str | None:
    """SHA-256 of what a page was read as (content and the metadata that came with it); None when nothing could
    be read (a missing or unreadable file: its failure is retried) or the page is stdin (never skipped)."""
    if page.source == keys.STDIN or (page.error is not None and not page.content):
        return None
    h = hashlib.sha256()
    content = page.content
    h.update(content if isinstance(content, bytes) else content.encode("utf-8", "surrogatepass"))
    for part in (page.kind, page.url, page.date, page.title, page.error.kind if page.error else None):
        h.update(b"\x00" + (part or "").encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def ingest(
    pages: Iterable[Page],
    store: Store,
    pipeline: Pipeline,
    *,
    batch_size: int = 100,
    workers: int = 1,
    engine: str = "local",
    address: str | None = None,
    resume: bool = True,
    on_batch: Callable[[IngestReport, list[Record]], None] | None = None,
    on_record: Callable[[Record], None] | None = None,
) -> IngestReport:
    """Process ``pages`` and store the records ``batch_size`` at a time, each batch in one transaction.

    With ``resume`` (the default) pages whose source is already in the store with the same content hash are
    skipped unread by the stages; ``resume=False`` processes everything again (storing stays idempotent).
    ``on_batch`` is called after each commit with the running report and the batch (for progress bars);
    ``on_record`` with each record as the stages finish it, before its batch is stored (a bar that moves per
    document, not per batch)."""
    report = IngestReport(engine=engine, workers=workers)
    start = time.perf_counter()
    known = known_sources(store) if resume else Known()
    hashes: deque[tuple[str, str | None]] = deque()  # (source, hash) of each page sent, in order
    pages = _skipping(pages, known, report, hashes)
    records = pipeline.pipe(pages, workers=workers, engine=engine, address=address)
    stream = _each(records, on_record) if on_record is not None else records
    try:
        while batch := list(islice(stream, batch_size)):
            sent = [hashes.popleft() for _ in batch]
            digests = [d if src == r.source else None for (src, d), r in zip(sent, batch, strict=True)]
            report.merge(store.add(batch, digests))
            report.events += sum(len(r.events) for r in batch)
            report.seconds = time.perf_counter() - start
            if report.first_batch_s is None:
                report.first_batch_s = round(report.seconds, 3)
            if on_batch is not None:
                on_batch(report, batch)
    finally:  # stopped or failed: the workers go now, not when the traceback is collected
        close = getattr(records, "close", None)
        if close is not None:
            close()
    report.seconds = time.perf_counter() - start
    return report


def _each(records: Iterator[Record], call: Callable[[Record], None]) -> Iterator[Record]:
    for rec in records:
        call(rec)
        yield rec


def _skipping(pages: Iterable[Page], known: Known, report: IngestReport,
              hashes: deque[tuple[str, str | None]]) -> Iterator[Page]:
    for page in pages:
        digest = content_hash(page)
        key = keys.source_key(page.source)
        if page.source != keys.STDIN and known.skip(key, digest):
            report.skipped += 1
            continue
        report.retried += key in known.failed
        hashes.append((page.source, digest))
        yield page
