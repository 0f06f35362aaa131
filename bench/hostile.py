"""Reliability: the hostile-input corpus (tests/fixtures/hostile/make_hostile.py) through the command line.

Each input goes through ``communique extract`` (every stage, in this process, so the model loads once and each
input's seconds are its own); then the whole corpus, with good documents mixed in, goes through a real
``communique ingest`` process into SQLite. An input is survived when every record it gives has an accepted
outcome (a documented error kind with a message, or a clean result), no ``internal`` error, and it finished
within --timeout plus reading time.

    python bench/hostile.py [--timeout 5] [--max-bytes N] [--no-append]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, append_results, table  # noqa: E402

SLACK = 7.0
"""Seconds beyond --timeout an input may take (reading and decoding are outside the per-document clock)."""


def load_corpus_module():
    path = ROOT / "tests" / "fixtures" / "hostile" / "make_hostile.py"
    spec = importlib.util.spec_from_file_location("make_hostile", path)
    mod = sys.modules.setdefault("make_hostile", importlib.util.module_from_spec(spec))
    spec.loader.exec_module(mod)
    return mod


def run_cases(corpus: Path, cases: dict, timeout: float, max_bytes: int | None) -> list[dict[str, object]]:
    """One row per hostile input: what it is, the outcomes of its records, seconds, survived."""
    from typer.testing import CliRunner

    from communique.cli import app

    runner = CliRunner()
    rows = []
    for name, case in cases.items():
        args = ["extract", str(corpus / name), "--format", "jsonl", "--timeout", f"{timeout:g}"]
        if max_bytes:
            args += ["--max-bytes", str(max_bytes)]
        t = time.monotonic()
        res = runner.invoke(app, args)
        took = time.monotonic() - t
        records = [json.loads(line) for line in res.stdout.splitlines() if line.strip()]
        outcomes = Counter((r["error"] or {}).get("kind") or "ok" for r in records)
        accepted = {k or "ok" for k in case.accept}
        crash = res.exception is not None and not isinstance(res.exception, SystemExit)
        ok = (not crash and len(records) == case.docs and set(outcomes) <= accepted
              and took <= case.docs * timeout + SLACK)
        rows.append({"input": name, "what": case.what.replace("<", "&lt;"),
                     "outcome": ", ".join(f"{k}×{v}" if v > 1 else k for k, v in sorted(outcomes.items()))
                     or f"crash: {type(res.exception).__name__}",
                     "seconds": round(took, 2), "survived": "yes" if ok else "**no**"})
        print(f"{name:28} {rows[-1]['outcome']:40} {took:6.2f}s {rows[-1]['survived']}", flush=True)
    return rows


def run_batch(corpus: Path, timeout: float, max_bytes: int | None) -> dict[str, object]:
    """The whole corpus plus good documents through a real ``communique ingest`` process."""
    with tempfile.TemporaryDirectory() as tmp:
        db, summary = Path(tmp) / "h.db", Path(tmp) / "s.json"
        cmd = [sys.executable, "-m", "communique.cli", "ingest", str(corpus), "--db", str(db), "--quiet",
               "--timeout", f"{timeout:g}", "--summary-json", str(summary)]
        if max_bytes:
            cmd += ["--max-bytes", str(max_bytes)]
        t = time.monotonic()
        proc = subprocess.run(cmd, capture_output=True, text=True)
        took = time.monotonic() - t
        rep = json.loads(summary.read_text()) if summary.exists() else {}
        from communique import open_store

        with open_store(db) as store:  # every source of every stored article (a duplicate adds a source)
            sources = [src["source"] for a in store.articles() for src in store.article(a["id"])["sources"]]
    return {"exit": proc.returncode, "seconds": round(took, 1), **rep, "stored_sources": sources}


def run(shared: Path | None = None, timeout: float = 5.0, max_bytes: int | None = None) -> list[dict[str, object]]:
    """Rows of the per-input table, then one row for the whole-batch ingest."""
    mod = load_corpus_module()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "hostile"
        cases = mod.make_corpus(corpus)
        rows = run_cases(corpus, cases, timeout, max_bytes)
        mod.add_good(corpus)
        batch = run_batch(corpus, timeout, max_bytes)
    good = [*mod.GOOD, *mod.GOOD_INSIDE]
    found = sum(any(s == g or s.endswith("/" + g) for s in batch["stored_sources"]) for g in good)
    n_docs = sum(c.docs for c in cases.values()) + len(mod.GOOD)
    reasons = batch.get("reasons", {})
    ok = (batch["exit"] == 0 and batch.get("documents") == n_docs and found == len(good)
          and "internal" not in reasons)
    rows.append({"input": f"**all {len(cases)} inputs + {len(mod.GOOD)} good, one `communique ingest`**",
                 "what": f"{n_docs} documents; good ones stored: {found}/{len(good)}",
                 "outcome": f"stored {batch.get('stored')}, duplicates {batch.get('duplicates')}, failed "
                            f"{batch.get('failed')} (" + ", ".join(f"{k} {v}" for k, v in sorted(reasons.items()))
                            + f"); exit {batch['exit']}",
                 "seconds": batch["seconds"], "survived": "yes" if ok else "**no**"})
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--timeout", type=float, default=5.0)
    ap.add_argument("--max-bytes", type=int, default=None, help="default: the CLI's (20 MB)")
    ap.add_argument("--no-append", action="store_true")
    args = ap.parse_args()
    rows = run(timeout=args.timeout, max_bytes=args.max_bytes)
    survived = sum(r["survived"] == "yes" for r in rows[:-1])
    body = (f"Hostile inputs survived: **{survived}/{len(rows) - 1}** (--timeout {args.timeout:g}, --max-bytes "
            f"{args.max_bytes or 'default'}); whole batch: {rows[-1]['survived']}.\n\n{table(rows)}\n")
    print(body)
    if not args.no_append:
        append_results("Reliability: hostile inputs (bench/hostile.py)", body)


if __name__ == "__main__":
    main()
