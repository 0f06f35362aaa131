"""Ingest: pages -> records -> store, streaming, resumable, on any engine.

The driver reads the input, skips the sources the store already holds (stored or failed: a rerun
after a crash resumes where the last committed batch ended, before any NLP), runs the stages
(locally, in worker processes or on Ray) and writes each batch in one store transaction, so that a
kill at any point loses at most the batches in flight, which the next run processes again.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass
from itertools import islice
from typing import Any

from sqlalchemy import select, union

from .model import Page, Record
from .pipeline import Pipeline
from .store import IngestSummary, Store
from .store import schema as s


@dataclass
class IngestReport(IngestSummary):
    """What one ingest did; ``to_dict`` is the ``--summary-json`` contract. ``duplicates`` include the
    ``near_duplicates`` (the same story reworded); ``stored`` includes the ``updated`` (same URL, new body)."""

    skipped: int = 0
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


def known_sources(store: Store) -> set[str]:
    """Every source the store already holds an outcome for (an article source or a failure), in one query.

    Read once at the start of a run; about 100 bytes a source in memory."""
    q = union(select(s.article_sources.c.source), select(s.failures.c.source))
    with store.engine.connect() as conn:
        return {row[0] for row in conn.execute(q)}


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
) -> IngestReport:
    """Process ``pages`` and store the records ``batch_size`` at a time, each batch in one transaction.

    With ``resume`` (the default) pages whose source is already in the store are skipped unread by the
    stages; ``resume=False`` processes everything again (storing stays idempotent). ``on_batch`` is called
    after each commit with the running report and the batch (for progress bars)."""
    report = IngestReport(engine=engine, workers=workers)
    start = time.perf_counter()
    if resume:
        known = known_sources(store)
        if known:
            pages = _skipping(pages, known, report)
    records = pipeline.pipe(pages, workers=workers, engine=engine, address=address)
    while batch := list(islice(records, batch_size)):
        report.merge(store.add(batch))
        report.events += sum(len(r.events) for r in batch)
        report.seconds = time.perf_counter() - start
        if report.first_batch_s is None:
            report.first_batch_s = round(report.seconds, 3)
        if on_batch is not None:
            on_batch(report, batch)
    report.seconds = time.perf_counter() - start
    return report


def _skipping(pages: Iterable[Page], known: set[str], report: IngestReport) -> Iterator[Page]:
    for page in pages:
        if page.source in known:
            report.skipped += 1
            continue
        yield page
