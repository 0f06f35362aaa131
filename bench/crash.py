"""Crash safety of `communique ingest`: kill -9 at random points, run again, count what was lost or doubled.

Each trial starts `communique ingest` on the same small corpus into a fresh store (SQLite, or PostgreSQL with
--db URL; batches of 2; --workers 1 or 2), kills it with SIGKILL after a random delay, runs it again to
completion (resuming), and compares the store with one from an uninterrupted run: sources missing (lost),
sources or articles stored twice (duplicates), records that differ, SQLite's integrity check, and worker
processes still alive 10 s after their driver was killed (orphans). By default only the driver is killed, as
the OOM killer or `kill -9 PID` does, so that orphaned workers would show; --kill group kills the whole
process group instead.

    python bench/crash.py [--trials 20] [--workers 1 2] [--db postgresql://...] [--kill driver|group]
                          [--upto article|annotate|events]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil
from sqlalchemy import create_engine, text

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ROOT, run_sections  # noqa: E402

EXAMPLES = ROOT / "examples"
ORPHAN_WAIT_S = 10.0


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


class Target:
    """Where the trials store: a fresh SQLite file each, or one PostgreSQL database emptied before each."""

    def __init__(self, tmp: Path, url: str | None) -> None:
        self.tmp, self.url = tmp, url

    @property
    def name(self) -> str:
        return "postgresql" if self.url else "sqlite"

    def fresh(self, label: str) -> str:
        if not self.url:
            return str(self.tmp / f"{label}.db")
        engine = create_engine(self.url.replace("postgresql://", "postgresql+psycopg://", 1))
        with engine.begin() as conn:
            conn.execute(text("DROP TABLE IF EXISTS events, event_clusters, quotes, entities, story_bands, stories, "
                              "failures, article_sources, articles, communique_meta CASCADE"))
        engine.dispose()
        return self.url

    def engine(self, db: str):
        return create_engine(db.replace("postgresql://", "postgresql+psycopg://", 1) if self.url else
                             f"sqlite:///{db}")

    def snapshot(self, db: str) -> dict[str, object]:
        engine = self.engine(db)
        with engine.connect() as con:
            integrity = (con.execute(text("PRAGMA integrity_check")).scalar() if not self.url else "n/a")
            snap = {
                "integrity": integrity,
                "sources": [r[0] for r in con.execute(text("SELECT source FROM article_sources"))],
                "failures": [r[0] for r in con.execute(text("SELECT source FROM failures"))],
                "articles": dict(con.execute(text("SELECT id, record FROM articles")).all()),
            }
        engine.dispose()
        return snap

    def committed(self, db: str) -> int:
        try:
            engine = self.engine(db)
            with engine.connect() as con:
                n = con.execute(text("SELECT (SELECT count(*) FROM article_sources) + (SELECT count(*) FROM failures)"
                                     )).scalar()
            engine.dispose()
            return int(n or 0)
        except Exception:  # noqa: BLE001 - no tables yet
            return 0


UPTO = "events"
"""Last stage run (--upto): events, the default, is the real load; article makes a trial seconds long."""


def command(docs: Path, db: str, workers: int) -> list[str]:
    return [sys.executable, "-m", "communique.cli", "ingest", str(docs), "--db", db, "--batch-size", "2",
            "--clean-text", "--date", "2019-01-01", "--quiet", "--workers", str(workers), "--upto", UPTO]


def timed_run(target: Target, docs: Path, db: str, workers: int) -> tuple[float, float]:
    """Seconds to the first commit and to the end of an uninterrupted run."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(command(docs, db, workers), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    first = None
    while proc.poll() is None:
        if first is None and target.committed(db) > 0:
            first = time.perf_counter() - t0
        time.sleep(0.05)
    end = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"the uninterrupted ingest failed (exit {proc.returncode}): "
                         + proc.stderr.read().decode()[-2000:])
    return round(first or end, 2), round(end, 2)


def kill(proc: psutil.Popen, how: str) -> list[psutil.Process]:
    """SIGKILL the driver (or its whole group); the worker processes it had."""
    try:
        kids = proc.children(recursive=True)
    except psutil.Error:
        kids = []
    with contextlib.suppress(ProcessLookupError, psutil.Error):
        if how == "group":
            os.killpg(proc.pid, signal.SIGKILL)
        else:
            proc.send_signal(signal.SIGKILL)
    proc.wait()
    return kids


def trials(n: int, seed: int, workers: list[int], url: str | None, how: str) -> list[dict[str, object]]:
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        target = Target(tmp, url)
        docs = tmp / "docs"
        expected_docs = make_corpus(docs)
        windows = {}
        ref = None
        for w in workers:
            db = target.fresh(f"ref{w}")
            windows[w] = timed_run(target, docs, db, w)
            if ref is None:
                ref = target.snapshot(db)
        want_sources = sorted(ref["sources"] + ref["failures"])
        assert len(want_sources) == expected_docs, (len(want_sources), expected_docs)
        print(f"{target.name}: uninterrupted runs (first commit, end) by workers: {windows}", flush=True)
        rows = []
        for i in range(n):
            db = target.fresh(f"t{i}")
            w = workers[i % len(workers)]
            first, end = windows[w]
            delay = rng.uniform(0.5 * first, end * 1.05)  # from start-up to just past the end
            proc = psutil.Popen(command(docs, db, w), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                start_new_session=True)
            time.sleep(delay)
            finished_before_kill = proc.poll() is not None
            kids = kill(proc, how)
            _, alive = psutil.wait_procs(kids, timeout=ORPHAN_WAIT_S)
            orphans = len(alive)
            for p in alive:  # do not leave them to the next trial
                with contextlib.suppress(psutil.Error):
                    p.kill()
            at_kill = target.committed(db)
            again = subprocess.run(command(docs, db, 1), capture_output=True)
            got = target.snapshot(db)
            have = sorted(got["sources"] + got["failures"])
            lost = len(set(want_sources) - set(have))
            dupes = (len(have) - len(set(have))) + (len(got["articles"]) - len(set(got["articles"])))
            differ = sum(1 for k, v in ref["articles"].items() if got["articles"].get(k) != v)
            rows.append({"trial": i + 1, "store": target.name, "workers": w, "upto": UPTO, "kill": how,
                         "kill_after_s": round(delay, 2), "finished_before_kill": finished_before_kill,
                         "committed_at_kill": at_kill, "rerun_exit": again.returncode, "expected": expected_docs,
                         "stored": len(set(have)), "lost": lost, "duplicates": dupes, "records_differing": differ,
                         "workers_at_kill": len(kids), "orphans": orphans, "integrity": got["integrity"]})
            print(f"trial {i + 1}: {rows[-1]}", flush=True)
    return rows


def summary(rows: list[dict[str, object]]) -> list[dict[str, object]]:
    out = []
    for store in sorted({r["store"] for r in rows}):
        for w in sorted({r["workers"] for r in rows}):
            part = [r for r in rows if r["store"] == store and r["workers"] == w]
            if not part:
                continue
            out.append({
                "store": store, "workers": w, "stages": f"up to {part[0]['upto']}", "trials": len(part),
                "killed mid-ingest (some batches committed)": sum(
                    1 for r in part if 0 < r["committed_at_kill"] < r["expected"]),
                "killed before any commit": sum(1 for r in part if r["committed_at_kill"] == 0),
                "documents expected": sum(r["expected"] for r in part),
                "documents stored": sum(r["stored"] for r in part),
                "lost": sum(r["lost"] for r in part), "duplicates": sum(r["duplicates"] for r in part),
                "records differing": sum(r["records_differing"] for r in part),
                "orphaned workers": sum(r["orphans"] for r in part),
                "integrity_check ok": ("n/a" if store == "postgresql" else
                                       f"{sum(r['integrity'] == 'ok' for r in part)}/{len(part)}"),
                "reruns exiting 0": f"{sum(r['rerun_exit'] == 0 for r in part)}/{len(part)}",
            })
    return out


def run(shared: Path | None = None, n: int = 20, seed: int = 1, workers: tuple[int, ...] = (1, 2),
        url: str | None = None, how: str = "driver") -> list[dict[str, object]]:
    """The trials (``shared`` is unused: the corpus ships with the repository)."""
    return trials(n, seed, list(workers), url, how)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--trials", type=int, default=20)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="worker counts, taken in turn")
    ap.add_argument("--db", default=None, help="a PostgreSQL URL to run the trials on (emptied before each)")
    ap.add_argument("--kill", choices=["driver", "group"], default="driver")
    ap.add_argument("--upto", choices=["article", "annotate", "events"], default="events")
    ap.add_argument("--no-append", action="store_true")
    a = ap.parse_args()
    global UPTO
    UPTO = a.upto
    rows: list[dict[str, object]] = []

    def all_trials() -> list[dict[str, object]]:
        rows.extend(run(n=a.trials, seed=a.seed, workers=tuple(a.workers), url=a.db, how=a.kill))
        return rows

    run_sections("Crash safety (bench/crash.py)", [
        (f"Trials: kill -9 of the ingest {'process group' if a.kill == 'group' else 'driver'} at a random moment, "
         "then the same command again", all_trials),
        ("Reliability", lambda: summary(rows)),
    ], append=not a.no_append)


if __name__ == "__main__":
    main()
