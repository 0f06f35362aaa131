"""Writing events to a file or stdout in one of the export formats."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable
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
    try:
        if fmt == "csv":
            w = csv.DictWriter(fh, fieldnames=FLAT_COLUMNS)
            w.writeheader()
        for ev in events:
            if fmt == "jsonl":
                fh.write(json.dumps(ev, ensure_ascii=False) + "\n")
            elif fmt == "csv":
                w.writerow(flat(ev))
            else:
                fh.write("\t".join(gdelt_row(ev)) + "\n")
            n += 1
    finally:
        if out is not None:
            fh.close()
    return n


def _parquet_schema(pa):
    ints = {"id", "cluster_id", "quad", "evidence_start", "evidence_end", "mentions", "sources", "articles"}
    floats = {"score", "lat", "lon", "confidence"}
    return pa.schema([(c, pa.int64() if c in ints else pa.float64() if c in floats else pa.string())
                      for c in FLAT_COLUMNS])
