"""Compose the stages: Page -> Record (article) -> annotations -> events.

A stage is a function from Record to Record. The pipeline catches what a stage raises
and turns it into that document's error, so one bad page never stops a batch.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from typing import Any

from .extract.article import decode_page, page_to_record
from .model import DocError, Page, Record, Stage

STAGES: tuple[Stage, ...] = ("article", "annotate", "events")
AVAILABLE_STAGES: tuple[Stage, ...] = ("article",)
"""Stages built so far; asking for a later one is a clear error rather than a silent no-op."""

StageFn = Callable[[Record], Record]


class DocumentTimeout(Exception):
    pass


class Pipeline:
    """Runs pages through the stages up to ``upto``.

    ``date`` is the publication date assumed when a page gives none; ``timeout`` bounds
    the seconds one document may take (0 = no limit).
    """

    def __init__(
        self,
        upto: Stage = "article",
        *,
        date: str | None = None,
        timeout: float = 0,
        batch_size: int = 256,
    ) -> None:
        if upto not in STAGES:
            raise ValueError(f"unknown stage {upto!r}; choose one of {', '.join(STAGES)}")
        if upto not in AVAILABLE_STAGES:
            raise NotImplementedError(
                f"the {upto!r} stage is not built yet; use upto='article' (available: "
                f"{', '.join(AVAILABLE_STAGES)})"
            )
        self.upto: Stage = upto
        self.date = date
        self.timeout = timeout
        self.batch_size = batch_size
        self.stages: list[StageFn] = []

    def process(self, page: Page, *, line_counts: Counter[str] | None = None, n_docs: int = 0) -> Record:
        """One page to one record; errors become ``record.error``."""
        try:
            with _time_limit(self.timeout):
                record = page_to_record(page, default_date=self.date, line_counts=line_counts, n_docs=n_docs)
                record.stage = self.upto
                for stage in self.stages:
                    if record.article is None or (record.error and record.error.kind == "unsupported_language"):
                        break
                    record = stage(record)
        except DocumentTimeout:
            return Record(source=page.source, stage=self.upto, error=DocError(
                "timeout", f"processing took over {self.timeout:g} s; raise the limit with --timeout"))
        except MemoryError:
            return Record(source=page.source, stage=self.upto, error=DocError(
                "too_large", "ran out of memory on this document; lower --max-bytes or split it"))
        except Exception as exc:  # noqa: BLE001 - per-document failure, reported, batch goes on
            return Record(source=page.source, stage=self.upto, error=DocError(
                "internal", f"{type(exc).__name__}: {exc} (a bug in communique: please report it with this input)"))
        return record

    def pipe(self, pages: Iterable[Page], workers: int = 1) -> Iterator[Record]:
        """Records for ``pages`` in input order. Scraped-text pages of a batch are cleaned together,
        so lines repeated across the batch (menus, footers, teasers) are recognised as boilerplate."""
        it = iter(pages)
        pool = ProcessPoolExecutor(max_workers=workers) if workers > 1 else None
        try:
            while batch := list(islice(it, self.batch_size)):
                for page in batch:
                    decode_page(page)
                counts, n = line_counts(batch)
                if pool is None:
                    yield from (self.process(p, line_counts=counts, n_docs=n) for p in batch)
                else:
                    jobs = [(self._config(), p, counts if p.kind == "text" else None, n) for p in batch]
                    yield from pool.map(_process_in_worker, jobs, chunksize=max(1, len(batch) // (workers * 4)))
        finally:
            if pool is not None:
                pool.shutdown(cancel_futures=True)

    def _config(self) -> dict[str, Any]:
        return {"upto": self.upto, "date": self.date, "timeout": self.timeout}


def line_counts(pages: list[Page]) -> tuple[Counter[str], int]:
    """How many scraped-text pages of the batch contain each (stripped) line."""
    counts: Counter[str] = Counter()
    n = 0
    for p in pages:
        if p.kind == "text" and p.error is None and isinstance(p.content, str):
            n += 1
            counts.update({ln.strip() for ln in p.content.splitlines() if ln.strip()})
    return counts, n


_WORKER_PIPELINES: dict[tuple, Pipeline] = {}


def _process_in_worker(args: tuple[dict[str, Any], Page, Counter[str] | None, int]) -> Record:
    config, page, counts, n = args
    key = tuple(sorted(config.items()))
    pipeline = _WORKER_PIPELINES.get(key) or _WORKER_PIPELINES.setdefault(key, Pipeline(**config))
    return pipeline.process(page, line_counts=counts, n_docs=n)


@contextlib.contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    """Raise DocumentTimeout after ``seconds`` (main thread on Unix only; elsewhere no limit)."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "SIGALRM"):
        yield
        return

    def on_alarm(signum, frame):
        raise DocumentTimeout

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
