"""``communique ingest``: process pages and store them, with a progress bar, a summary and clean stops."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures.process import BrokenProcessPool
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from ..model import Page, Record
from ..sources import DEFAULT_MAX_BYTES, read_paths
from ..store import DEFAULT_DB, open_store
from .options import (
    DEFAULT_UPTO,
    READ_FAILURES,
    ActorsOpt,
    CleanTextOpt,
    DateOpt,
    DbOpt,
    MaxBytesOpt,
    ModelOpt,
    Paths,
    TimeoutOpt,
    Upto,
    WorkersOpt,
    app,
    err,
    make_pipeline,
)


class Engine(StrEnum):
    local = "local"
    ray = "ray"


@app.command()
def ingest(
    paths: Paths,
    db: DbOpt = DEFAULT_DB,
    upto: Annotated[Upto, typer.Option(help="Last stage to run before storing.")] = DEFAULT_UPTO,
    date: DateOpt = None,
    clean_text: CleanTextOpt = False,
    max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
    timeout: TimeoutOpt = 120,
    workers: WorkersOpt = 1,
    batch_size: Annotated[int, typer.Option(help="Documents parsed together and stored in one transaction.",
                                            min=1)] = 100,
    model: ModelOpt = None,
    actors: ActorsOpt = None,
    engine: Annotated[Engine, typer.Option(
        help="Where the stages run: local (this machine, --workers processes) or ray (Ray actors; "
             "pip install 'communique[ray]').")] = Engine.local,
    address: Annotated[str | None, typer.Option(
        help="Ray cluster to join with --engine ray (e.g. ray://head:10001 or auto); default: start Ray here "
             "with --workers CPUs.")] = None,
    resume: Annotated[bool, typer.Option(
        "--resume/--no-resume", help="Skip documents whose source the store already holds (stored or failed), "
                                     "so a rerun after a crash or kill goes on where it stopped. --no-resume "
                                     "(or --force) processes everything again.")] = True,
    force: Annotated[bool, typer.Option("--force", help="Same as --no-resume.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary line.")] = False,
    summary_json: Annotated[str | None, typer.Option(
        "--summary-json", help="Write a machine-readable summary (stored, duplicates, failed, reasons, events, "
                               "skipped, seconds, docs_per_s) to this file, or - for stdout.")] = None,
    debug: Annotated[bool, typer.Option("--debug", help="Show the full traceback of a fault instead of one line.")
                     ] = False,
) -> None:
    """Process pages and store them (SQLite by default), with a progress bar and a summary.

    Streaming: memory stays flat however large the input. Resumable: killed at any point and run
    again, it skips what is already stored (or failed) and finishes the rest; each batch is one
    transaction. Idempotent: an article already stored (same body text) is counted as a duplicate
    and only gains the new source; pages that fail are kept in the store's failures with the reason.

    Example: communique ingest crawl.warc.gz feeds/ --db news.db --workers 4
    """
    if address and engine is not Engine.ray:
        err.print("[red]--address names a Ray cluster;[/] add --engine ray to use it.")
        raise typer.Exit(2)
    if engine is Engine.ray:
        from ..engines.ray import RayNotInstalled, import_ray

        try:
            import_ray()
        except RayNotInstalled as exc:
            err.print(f"[red]{exc}[/]")
            raise typer.Exit(2) from exc
    from ..engines.ray import WorkerDied, WorkerFailedToStart

    # on Ray the actors parse and the driver only reads and stores: it never loads the model
    pipeline = make_pipeline(upto, date, timeout, model, actors, preload=engine is Engine.local)
    pipeline.batch_size = batch_size
    total_bytes = 0 if quiet else _total_bytes(paths)
    from ..ingest import ingest as run_ingest

    progress = Progress(
        TextColumn("[bold]ingest"), BarColumn(), DownloadColumn(), TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(), console=err, transient=False,
        disable=quiet,
    )
    from ..faults import describe, shown

    latest: list = []  # the running report, for the line printed when the run is stopped
    try:
        with _stopping() as stop, open_store(db) as store, progress:
            task = progress.add_task("ingest", total=total_bytes or None, rate="")
            sizes: deque[int] = deque()  # sizes of the pages read, in order, until their records come back
            seen = {"docs": 0, "events": 0, "failed": 0}
            started = time.perf_counter()
            pages = read_paths(paths, clean_text=clean_text, max_bytes=max_bytes)
            if not quiet:
                pages = _counting(pages, sizes.append)

            def on_record(rec: Record) -> None:
                """The bar moves as each document leaves the stages (reading runs ahead by whole batches)."""
                seen["docs"] += 1
                seen["events"] += len(rec.events or [])
                seen["failed"] += rec.article is None
                progress.advance(task, (sizes.popleft() if sizes else 0) or 0)
                elapsed = time.perf_counter() - started
                progress.update(task, rate=f"{seen['docs']} docs, {seen['docs'] / elapsed:.1f} pages/s, "
                                           f"{seen['events']} events, {seen['failed']} failed")

            def on_batch(rep, _batch) -> None:
                latest[:] = [rep]
                rate = rep.documents / rep.seconds if rep.seconds else 0.0
                skipped = f", {rep.skipped} skipped" if rep.skipped else ""
                progress.update(task, rate=f"{rep.documents} docs, {rate:.1f} pages/s, {rep.events} events, "
                                           f"{rep.failed} failed{skipped}")

            try:
                report = run_ingest(pages, store, pipeline, batch_size=batch_size, workers=workers,
                                    engine=engine.value, address=address, resume=resume and not force,
                                    on_batch=on_batch, on_record=None if quiet else on_record)
            except (BrokenProcessPool, WorkerDied) as exc:
                if stop:  # the signal reached the workers too: a stop, not a crash
                    raise KeyboardInterrupt from exc
                progress.stop()
                err.print("[red]A worker process died[/] (out of memory? killed?). What was stored so far is kept: "
                          "run the same command again to go on where it stopped, with fewer --workers or a smaller "
                          "--batch-size if memory is short." + (f" ({escape(str(exc))})" if str(exc) else ""),
                          soft_wrap=True)
                raise typer.Exit(1) from exc
            except WorkerFailedToStart as exc:
                progress.stop()
                err.print(f"[red]{escape(str(exc))}[/]", soft_wrap=True)
                raise typer.Exit(2) from exc
            if total_bytes:
                progress.update(task, completed=total_bytes)
    except KeyboardInterrupt as exc:
        _stop_bar(progress)
        name = stop[0] if stop else "SIGINT"
        done = latest[0] if latest else None
        kept = (f"{done.stored} stored, {done.duplicates} duplicates, {done.failed} failed" if done
                else "nothing committed yet")
        err.print(f"Stopped by {name}: {kept} (kept in {escape(shown(db))}); run the same command again to go on.",
                  soft_wrap=True)
        raise typer.Exit(143 if name == "SIGTERM" else 130) from exc
    except typer.Exit:
        raise
    except Exception as exc:
        fault = None if debug else describe(exc, db)
        if fault is None:
            raise
        _stop_bar(progress)
        err.print(f"[red]{escape(fault[1])}[/]  (--debug shows the traceback)", soft_wrap=True)
        raise typer.Exit(fault[0]) from exc
    if summary_json:
        text = json.dumps(report.to_dict(), ensure_ascii=False)
        if summary_json == "-":
            typer.echo(text)
        else:
            Path(summary_json).write_text(text + "\n", encoding="utf-8")
    reasons = ", ".join(f"{k}: {v}" for k, v in sorted(report.reasons.items()))
    if not quiet:
        err.print(f"[bold]{report.documents}[/] documents: [green]{report.stored} stored[/], "
                  f"{report.duplicates} duplicates"
                  + (f" ({report.near_duplicates} near)" if report.near_duplicates else "")
                  + f", [red]{report.failed} failed[/]"
                  + (f" ({reasons})" if reasons else "") + f", {report.events} events  -> {db}")
        err.print(f"{report.seconds:.1f} s, {report.docs_per_s:.1f} documents/s ({report.engine}, "
                  f"{report.workers} worker{'s' if report.workers > 1 else ''})")
        if report.skipped:
            err.print(f"{report.skipped} skipped: already in the store (--force processes them again)")
        if report.failed:
            err.print(f"See why with: communique articles --db {db} --failures")
    if report.documents + report.skipped == 0 or (report.stored + report.duplicates + report.skipped == 0
                                                  and set(report.reasons) <= READ_FAILURES):
        raise typer.Exit(1)


def _stop_bar(progress: Progress) -> None:
    if progress.live.is_started:
        progress.stop()


class _Stop(list):
    """The name of the signal that stopped the run (empty while running)."""


@contextlib.contextmanager
def _stopping() -> Iterator[_Stop]:
    """SIGTERM stops an ingest as Ctrl-C does: the batch in flight is dropped, what was committed stays."""
    stop = _Stop()

    def on_signal(signum, _frame) -> None:
        if not stop:
            stop.append(signal.Signals(signum).name)
        raise KeyboardInterrupt

    previous = {s: signal.signal(s, on_signal) for s in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield stop
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)


def _total_bytes(paths: Iterable[str]) -> int:
    """Bytes to read, for the progress bar; what cannot be read counts nothing (its failure is recorded later)."""
    total = 0
    for p in paths:
        path = Path(p)
        try:
            if path.is_file():
                total += path.stat().st_size
            elif path.is_dir():
                for root, _dirs, files in os.walk(path):
                    for name in files:
                        with contextlib.suppress(OSError):
                            total += os.stat(os.path.join(root, name)).st_size
        except OSError:
            continue
    return total


def _counting(pages: Iterator[Page], advance) -> Iterator[Page]:
    for page in pages:
        advance(page.size)
        yield page
