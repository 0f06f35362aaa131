"""Writing events to a file or stdout in one of the export formats."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .flat import FLAT_COLUMNS, flat
from .gdelt import gdelt_row

FORMATS = ("jsonl", "csv", "parquet", "gdelt")


def write_events(events: Iterable[dict[str, Any]], fmt: str, out: str | Path | None = None) -> int:
    """Write events as ``fmt`` to ``out`` (stdout when None; Parquet needs a file). Returns how many."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        if out is None:
            raise ValueError("Parquet is binary: give a file with --out events.parquet")
        import pyarrow as pa
        import pyarrow.parquet as pq

        rows = [flat(e) for e in events]
        table = pa.Table.from_pylist(rows, schema=_parquet_schema(pa)) if rows else _parquet_schema(pa).empty_table()
        pq.write_table(table, out)
        return len(rows)
    fh = sys.stdout if out is None else open(out, "w", encoding="utf-8", newline="")  # noqa: SIM115
    n = 0

    def counted() -> Iterator[dict[str, Any]]:
        nonlocal n
        for ev in events:
            n += 1
            yield ev

    try:
        chunks = csv_chunks(counted()) if fmt == "csv" else (
            (json.dumps(ev, ensure_ascii=False) + "\n") if fmt == "jsonl" else ("\t".join(gdelt_row(ev)) + "\n")
            for ev in counted())
        for chunk in chunks:
            fh.write(chunk)
    finally:
        if out is not None:
            fh.close()
    return n


def csv_chunks(events: Iterable[dict[str, Any]], size: int = 64_000) -> Iterator[str]:
    """CSV text in pieces of about ``size`` characters (for files and streamed HTTP answers alike)."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=FLAT_COLUMNS)
    writer.writeheader()
    for ev in events:
        writer.writerow({k: csv_safe(v) for k, v in flat(ev).items()})
        if buf.tell() > size:
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
    yield buf.getvalue()


def csv_safe(value: Any) -> Any:
    """Text a spreadsheet would run as a formula gets a leading quote (CSV injection); article text is untrusted."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def _parquet_schema(pa):
    ints = {"id", "cluster_id", "quad", "cameo_quad", "evidence_start", "evidence_end", "mentions", "sources",
            "articles"}
    floats = {"score", "goldstein", "lat", "lon", "confidence"}
    bools = {"dated"}
    return pa.schema([(c, pa.int64() if c in ints else pa.float64() if c in floats else pa.bool_() if c in bools
                       else pa.string()) for c in FLAT_COLUMNS])
