"""``communique articles``: what is stored, and what failed."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.table import Table

from ..store import DEFAULT_DB
from .options import DbOpt, ListFormat, app, existing_store, out_console


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
