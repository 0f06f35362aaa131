"""Crash safety of `communique ingest`: kill -9 at random points, run again, count what was lost or doubled.

Each trial starts `communique ingest` on the same small corpus into a fresh SQLite store (batches of 2, one
or two worker processes), kills its whole process group with SIGKILL after a random delay, runs it again
to completion (resuming), and compares the store with one from an uninterrupted run: sources missing
(lost), sources or articles stored twice (duplicates), records that differ, and SQLite's integrity check.

    python bench/crash.py [--trials 20] [--seed 1] [--no-append]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ROOT, run_sections  # noqa: E402

EXAMPLES = ROOT / "examples"


def make_corpus(folder: Path) -> int:
    """The 30 Wikinews examples as text files, 4 of them twice under another name (duplicates), and 2 files
    that fail (empty, binary): 36 documents."""
    folder.mkdir(parents=True)
    rows = [json.loads(line) for line in (EXAMPLES / "wikinews-sample.jsonl").read_text().splitlines()]
    for i, row in enumerate(rows):
        (folder / f"doc{i:02d}.txt").write_text(row["title"] + "\n\n" + row["text"], encoding="utf-8")
    for i, row in enumerate(rows[:4]):
        (folder / f"copy{i:02d}.txt").write_text(row["title"] + "\n\n" + row["text"], encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01PNG\x00" * 100)
    return len(rows) + 4 + 2


def command(docs: Path, db: Path, workers: int) -> list[str]:
    return [sys.executable, "-m", "communique.cli", "ingest", str(docs), "--db", str(db), "--batch-size", "2",
            "--clean-text", "--date", "2019-01-01", "--quiet", "--workers", str(workers)]


def snapshot(db: Path) -> dict[str, object]:
    with sqlite3.connect(db) as con:
        return {
            "integrity": con.execute("PRAGMA integrity_check").fetchone()[0],
            "sources": [r[0] for r in con.execute("SELECT source FROM article_sources")],
            "failures": [r[0] for r in con.execute("SELECT source FROM failures")],
            "articles": dict(con.execute("SELECT id, record FROM articles")),
        }


def committed(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as con:
            return con.execute("SELECT (SELECT count(*) FROM article_sources) + (SELECT count(*) FROM failures)"
                               ).fetchone()[0]
    except sqlite3.Error:
        return 0


def timed_run(docs: Path, db: Path, workers: int) -> tuple[float, float]:
    """Seconds to the first commit and to the end of an uninterrupted run."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(command(docs, db, workers), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    first = None
    while proc.poll() is None:
        if first is None and committed(db) > 0:
            first = time.perf_counter() - t0
        time.sleep(0.02)
    end = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"the uninterrupted ingest failed (exit {proc.returncode}); run it by hand to see why")
    return round(first or end, 2), round(end, 2)


def trials(n: int, seed: int) -> list[dict[str, object]]:
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        docs = tmp / "docs"
        expected_docs = make_corpus(docs)
        windows = {w: timed_run(docs, tmp / f"ref{w}.db", w) for w in (1, 2)}
        ref = snapshot(tmp / "ref1.db")
        want_sources = sorted(ref["sources"] + ref["failures"])
        assert len(want_sources) == expected_docs, (len(want_sources), expected_docs)
        print(f"uninterrupted runs (first commit, end) by workers: {windows}", flush=True)
        rows = []
        for i in range(n):
            db = tmp / f"t{i}.db"
            workers = 1 + i % 2
            first, end = windows[workers]
            delay = rng.uniform(0.5 * first, end * 1.05)  # from start-up to just past the end
            proc = subprocess.Popen(command(docs, db, workers), stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL, start_new_session=True)
            time.sleep(delay)
            finished_before_kill = proc.poll() is not None
            with contextlib.suppress(ProcessLookupError):  # (unless it had finished)
                os.killpg(proc.pid, signal.SIGKILL)  # the whole group: the driver and its worker processes
            proc.wait()
            at_kill = committed(db)
            again = subprocess.run(command(docs, db, 1), capture_output=True)
            got = snapshot(db)
            have = sorted(got["sources"] + got["failures"])
            lost = len(set(want_sources) - set(have))
            dupes = (len(have) - len(set(have))) + (len(got["articles"]) - len(set(got["articles"])))
            differ = sum(1 for k, v in ref["articles"].items() if got["articles"].get(k) != v)
            rows.append({"trial": i + 1, "workers": workers, "kill_after_s": round(delay, 2),
                         "finished_before_kill": finished_before_kill, "committed_at_kill": at_kill,
                         "rerun_exit": again.returncode, "expected": expected_docs, "stored": len(set(have)),
                         "lost": lost, "duplicates": dupes, "records_differing": differ,
                         "integrity": got["integrity"]})
            print(f"trial {i + 1}: {rows[-1]}", flush=True)
    return rows


def summary(rows: list[dict[str, object]]) -> list[dict[str, object]]:
    mid = [r for r in rows if 0 < r["committed_at_kill"] < r["expected"]]
    return [{"trials": len(rows), "killed mid-ingest (some batches committed)": len(mid),
             "killed before any commit": sum(1 for r in rows if r["committed_at_kill"] == 0),
             "documents expected": sum(r["expected"] for r in rows), "documents stored": sum(r["stored"] for r in rows),
             "lost": sum(r["lost"] for r in rows), "duplicates": sum(r["duplicates"] for r in rows),
             "records differing from an uninterrupted run": sum(r["records_differing"] for r in rows),
             "integrity_check ok": f"{sum(r['integrity'] == 'ok' for r in rows)}/{len(rows)}",
             "reruns exiting 0": f"{sum(r['rerun_exit'] == 0 for r in rows)}/{len(rows)}"}]


def run(shared: Path | None = None, n: int = 20, seed: int = 1) -> list[dict[str, object]]:
    """The trials (``shared`` is unused: the corpus ships with the repository)."""
    return trials(n, seed)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--trials", type=int, default=20)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--no-append", action="store_true")
    a = ap.parse_args()
    rows: list[dict[str, object]] = []

    def all_trials() -> list[dict[str, object]]:
        rows.extend(run(n=a.trials, seed=a.seed))
        return rows

    run_sections("Crash safety (bench/crash.py)", [
        ("Trials: kill -9 of the ingest process group at a random moment, then the same command again", all_trials),
        ("Reliability", lambda: summary(rows)),
    ], append=not a.no_append)


if __name__ == "__main__":
    main()
