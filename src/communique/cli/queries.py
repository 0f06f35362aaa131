"""``communique events``, ``actors`` and ``search``: questions to the store, and exports."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from ..exports import write_events
from ..store import DEFAULT_DB
from .options import DbOpt, ListFormat, app, clip, err, existing_store, out_console


class EventFormat(StrEnum):
    table = "table"
    csv = "csv"
    jsonl = "jsonl"
    parquet = "parquet"
    gdelt = "gdelt"


def _code(value: str | None) -> str:
    return value or "-"


def _date_cell(e: dict[str, Any]) -> str:
    """The event's date; "(article)" when its own words gave none and the article's date stands in."""
    gran = (e.get("when") or {}).get("granularity") or e.get("granularity")
    return f"{e.get('date') or ''} (article)" if gran == "article" else e.get("date") or ""


def _place_cell(where: dict[str, Any]) -> str:
    """The place, marked with what gave it when not the event's own clause ("Baghdad (dateline)")."""
    name = where.get("name") or ""
    basis = where.get("basis")
    return f"{name} ({basis})" if name and basis and basis != "clause" else name


@app.command()
def events(
    db: DbOpt = DEFAULT_DB,
    actor: Annotated[str | None, typer.Option(help="Actor code(s), e.g. RUS or RUS,BLR.")] = None,
    recipient: Annotated[str | None, typer.Option(help="Recipient code(s).")] = None,
    dyad: Annotated[str | None, typer.Option(help="ACTOR:RECIPIENT, e.g. RUS:UKR (directed).")] = None,
    type_: Annotated[str | None, typer.Option("--type", help="PLOVER type(s), e.g. SANCTION or CONSULT,AGREE.")] = None,
    quad: Annotated[int | None, typer.Option(help="Quad class: 1 verbal coop., 2 material coop., "
                                                  "3 verbal conflict, 4 material conflict.")] = None,
    since: Annotated[str | None, typer.Option(help="On or after this date: YYYY, YYYY-MM or YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="On or before this date (a month or year: to its end).")] = None,
    text: Annotated[str | None, typer.Option(help="Words that must all appear in the evidence.")] = None,
    modality: Annotated[str | None, typer.Option(help="asserted, negated, hypothetical, future, reported.")] = None,
    merged: Annotated[bool, typer.Option("--merged", help="One row per happening across articles, "
                                                          "with its mentions, sources and articles.")] = False,
    dated_only: Annotated[bool, typer.Option("--dated-only", help="Only events whose own words date them "
                                                                  "(leave out those dated by their article).")] = False,
    place_basis: Annotated[str | None, typer.Option(help="Where the place came from: clause, dateline, article "
                                                         "(comma list), or none.")] = None,
    fmt: Annotated[EventFormat, typer.Option("--format", "-f", help="table, csv, jsonl, parquet or gdelt "
                                                                    "(GDELT 2.0 event TSV).")] = EventFormat.table,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write to this file (needed for parquet).")] = None,
    limit: Annotated[int, typer.Option(help="At most this many (0 = all).")] = 0,
) -> None:
    """Events in the store, newest first, filtered; exported in the format you analyse with.

    Examples: communique events --dyad RUS:UKR --quad 4 · communique events --actor CAN --format csv -o can.csv
    · communique events --since 2022-01 --format gdelt -o events.tsv · communique events --dated-only
    --place-basis clause,dateline
    """
    filters = {"actor": actor, "recipient": recipient, "dyad": dyad, "type": type_, "quad": quad, "since": since,
               "until": until, "text": text, "modality": modality, "dated_only": dated_only,
               "place_basis": place_basis}
    with existing_store(db) as store:
        try:
            rows = store.events(merged=merged, limit=limit or None, **filters)
        except ValueError as exc:
            err.print(f"[red]{escape(str(exc))}[/]")
            raise typer.Exit(2) from None
        total = store.count_events(merged=merged, **filters)
    if fmt is not EventFormat.table:
        try:
            n = write_events(rows, fmt.value, out)
        except ValueError as exc:
            err.print(f"[red]{escape(str(exc))}[/]")
            raise typer.Exit(2) from None
        if out is not None:
            err.print(escape(f"{n} events -> {out}"))
        return
    table = Table("date", "type", "actor", "recipient", "where", "modality", "n", "evidence",
                  title=escape(f"{len(rows)} of {total} {'merged ' if merged else ''}events in {db}"))
    for e in rows:  # article words are data, never Rich markup: "[Iraq]" must print as written
        table.add_row(*map(escape, (
            _date_cell(e), e["type"], f"{_code(e['actor_code'])} {e['actor_name'] or ''}".strip(),
            f"{_code(e['recipient_code'])} {e['recipient_name'] or ''}".strip(),
            _place_cell(e.get("where") or {}), e.get("modality") or "",
            str(e["mentions"]), clip((e.get("evidence") or {}).get("text") or "", 90))))
    out_console.print(table)


@app.command()
def actors(
    code: Annotated[str | None, typer.Argument(help="One actor code (e.g. RUS) for its partners and activity.")] = None,
    db: DbOpt = DEFAULT_DB,
    fmt: Annotated[ListFormat, typer.Option("--format", "-f", help="table or jsonl.")] = ListFormat.table,
    limit: Annotated[int, typer.Option(help="At most this many (0 = all).")] = 0,
) -> None:
    """Who acts in the stored events: codes with their names and counts; with CODE, its partners.

    Examples: communique actors · communique actors RUS
    """
    with existing_store(db) as store:
        if code:
            one = store.actor(code)
            if one is None:
                err.print(f"[red]No events with actor or recipient {escape(code.upper())}.[/] See the codes with: "
                          f"communique actors --db {escape(str(db))}")
                raise typer.Exit(1)
            _print(fmt, [one], ("code", "names", "as_actor", "as_recipient", "types"))
            if fmt is ListFormat.table:
                table = Table("partner", "events", "verbal coop.", "material coop.", "verbal conflict",
                              "material conflict", title=f"partners of {one['code']}")
                for p in one["partners"][: limit or None]:
                    table.add_row(escape(p["code"]), str(p["events"]), *(str(p["quad"][q]) for q in (1, 2, 3, 4)))
                out_console.print(table)
            return
        _print(fmt, store.actors(limit or None), ("code", "names", "events", "as_actor", "as_recipient", "articles"))


@app.command()
def search(
    words: Annotated[list[str], typer.Argument(help='Words that must all appear; "a phrase" in quotes, OR '
                                                    'between alternatives, Russ* for a prefix.')],
    db: DbOpt = DEFAULT_DB,
    fmt: Annotated[ListFormat, typer.Option("--format", "-f", help="table or jsonl.")] = ListFormat.table,
    limit: Annotated[int, typer.Option(help="At most this many.", min=1)] = 20,
) -> None:
    """Full-text search over the stored articles, best match first, with a snippet (\\[hits] marked).

    Examples: communique search Lavrov Geneva · communique search '"peace talks"' OR ceasefire · communique search Russ*
    """
    with existing_store(db) as store:
        rows = store.search(" ".join(words), limit=limit)
    _print(fmt, rows, ("date", "title", "snippet", "id"))


def _print(fmt: ListFormat, rows: list[dict[str, Any]], columns: tuple[str, ...]) -> None:
    if fmt is ListFormat.jsonl:
        for r in rows:
            typer.echo(json.dumps(r, ensure_ascii=False))
        return
    table = Table(*columns)
    for r in rows:
        table.add_row(*(escape(_cell(r.get(c))) for c in columns))  # snippets mark hits with [brackets]
    out_console.print(table)


def _cell(v: Any) -> str:
    if isinstance(v, list):
        return ", ".join(map(str, v[:3]))
    if isinstance(v, dict):
        return ", ".join(f"{k} {n}" for k, n in list(v.items())[:4])
    if isinstance(v, str) and len(v) == 40 and all(c in "0123456789abcdef" for c in v):
        return v[:10]
    return "" if v is None else str(v)
