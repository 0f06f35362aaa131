"""``communique extract``: process pages and print their records."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer

from ..model import Record
from ..sources import DEFAULT_MAX_BYTES, read_paths
from .options import (
    DEFAULT_UPTO,
    READ_FAILURES,
    ActorsOpt,
    CleanTextOpt,
    DateOpt,
    MaxBytesOpt,
    ModelOpt,
    OutFormat,
    Paths,
    TimeoutOpt,
    Upto,
    WorkersOpt,
    app,
    clip,
    err,
    make_pipeline,
)


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
    pipeline = make_pipeline(upto, date, timeout, model, actors)
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
            lines.append(f"  {q.kind:<8} {who}{stance}: {clip(q.text, 90)}")
        lines.append("")
    if rec.events:
        lines.append("events:")
        for ev in rec.events:
            parties = ("+".join(p.code or "?" for p in ev.actor) or "(unnamed)") + " -> " + ("+".join(
                p.code or "?" for p in ev.recipient) or "-")
            when = f"{ev.when.start[:7] if ev.when.granularity in ('month', 'season') else ev.when.start}" \
                   f" ({ev.when.granularity})" if ev.when else ""
            where = f" @ {ev.where.name}, {ev.where.country or '?'}" if ev.where else ""
            if ev.where and ev.where.basis != "clause":
                where += f" ({ev.where.basis})"
            lines.append(f"  {ev.type:<9} {parties:<14} {when}{where} [{ev.modality}] {clip(ev.evidence.text, 70)}")
        lines.append("")
    return "\n".join(lines)
