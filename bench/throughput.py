"""Ingest throughput and memory: `communique ingest` with 1 and 2 worker processes and on Ray, beside bare
spaCy `nlp.pipe` on the same article texts in the same run, and the store's actor / dyad queries over
100,000+ events.

Corpora: 2,000 Reuters-21578 stories (JSONL, as `bench/events.py` reads them) and the HTML development pages
(scrapinghub-dev and readability-pages). Each configuration runs the real command line in a subprocess into
a fresh SQLite store; the peak resident memory of every process in its tree is sampled (psutil, every 0.2 s).
The event store for the query timings is the Reuters store with copies of its real event rows inserted
with dates shifted by whole weeks, until it holds 100,000 events (stated in the results).

    python bench/throughput.py [--shared ../shared] [--texts 2000] [--events 100000] [--pages N] [--only reuters|html]
                               [--no-append]
"""

from __future__ import annotations

import argparse
import gzip
import json
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ROOT, run_sections  # noqa: E402

CONFIGS = [("local", 1), ("local", 2), ("ray", 2)]


def reuters_jsonl(shared: Path, n: int, out: Path) -> int:
    """The first ``n`` Reuters stories of 50+ words (as bench/events.py picks them) as ingest JSONL."""
    path = shared / "data" / "corpora" / "reuters21578" / "reuters21578.jsonl"
    k = 0
    with out.open("w", encoding="utf-8") as f:
        for line in path.open():
            r = json.loads(line)
            t = " ".join((r.get("text") or "").split())
            if len(t.split()) < 50:
                continue
            try:
                day = datetime.strptime(r["date"].split()[0], "%d-%b-%Y").date().isoformat()
            except (KeyError, ValueError):
                day = None
            f.write(json.dumps({"id": r["id"], "date": day, "title": r.get("title"), "text": t}) + "\n")
            k += 1
            if k >= n:
                break
    return k


def html_pages(shared: Path, out: Path, limit: int | None = None) -> int:
    """The HTML development pages, one file each (readability-pages' source.html only, not its expected.html)."""
    out.mkdir()
    k = 0
    for f in sorted((shared / "data" / "extract" / "scrapinghub-dev" / "html").glob("*.html.gz")):
        (out / f.name[:-3]).write_bytes(gzip.decompress(f.read_bytes()))
        k += 1
    for f in sorted((shared / "data" / "extract" / "readability-pages" / "pages").glob("*/source.html")):
        shutil.copyfile(f, out / f"readability-{f.parent.name}.html")
        k += 1
    if limit is not None:  # a quick trial run
        for f in sorted(out.iterdir())[limit:]:
            f.unlink()
        k = min(k, limit)
    return k


def ingest(inp: Path, db: Path, engine: str, workers: int, summary: Path) -> dict[str, object]:
    """One `communique ingest` run, with the peak RSS of the driver and of each worker process."""
    import psutil

    cmd = [sys.executable, "-m", "communique.cli", "ingest", str(inp), "--db", str(db), "--workers", str(workers),
           "--engine", engine, "--batch-size", "64", "--quiet", "--summary-json", str(summary),
           "--date", "1987-03-01"]
    t0 = time.perf_counter()
    proc = psutil.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak: dict[int, tuple[str, int]] = {}
    while proc.poll() is None:
        try:
            tree = [proc, *proc.children(recursive=True)]
        except psutil.NoSuchProcess:
            break
        for p in tree:
            try:
                rss, name = p.memory_info().rss, " ".join(p.cmdline()[:3])
            except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
                continue
            if rss > peak.get(p.pid, ("", 0))[1]:
                peak[p.pid] = (name, rss)
        time.sleep(0.2)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"ingest failed ({engine}, {workers}): {proc.stderr.read().decode()[-2000:]}")
    s = json.loads(summary.read_text())
    driver = peak.get(proc.pid, ("", 0))[1]
    if engine == "ray":
        workers_rss = [rss for name, rss in peak.values() if name.startswith("ray::") and "Worker" in name]
        services = sum(rss for pid, (name, rss) in peak.items() if pid != proc.pid and not name.startswith("ray::"))
    elif workers > 1:
        workers_rss = [rss for pid, (_, rss) in peak.items() if pid != proc.pid]
        services = 0
    else:
        workers_rss, services = [driver], 0
    mb = 1 / 2**20
    return {"engine": engine, "workers": workers, "documents": s["documents"], "stored": s["stored"],
            "failed": s["failed"], "events": s["events"], "seconds": s["seconds"], "wall_s": round(wall, 1),
            "docs_per_s": s["docs_per_s"], "docs_per_s_per_core": round(s["docs_per_s"] / workers, 3),
            "first_batch_s": s["first_batch_s"],
            "peak_rss_driver_mb": round(driver * mb), "peak_rss_per_worker_mb": round(max(workers_rss or [0]) * mb),
            "ray_services_rss_mb": round(services * mb) if engine == "ray" else None}


def bare_pipe(db: Path) -> tuple[float, int]:
    """Seconds for bare ``nlp.pipe`` over the article texts the ingest stored (same texts, same model)."""
    from communique.nlp.model import load

    with sqlite3.connect(db) as con:
        texts = [t for (t,) in con.execute("SELECT text FROM articles ORDER BY rowid")]
    nlp = load()
    for _ in nlp.pipe(texts[:20]):
        pass
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts):
        pass
    return time.perf_counter() - t0, len(texts)


def speed(shared: Path, n: int, work: Path, keep: dict[str, Path], pages: int | None = None,
          only: str | None = None) -> list[dict[str, object]]:
    rows = []
    corpora = {"Reuters": work / "reuters.jsonl", "HTML dev pages": work / "html"}
    counts = {"Reuters": reuters_jsonl(shared, n, corpora["Reuters"]),
              "HTML dev pages": html_pages(shared, corpora["HTML dev pages"], pages)}
    if only:
        corpora = {k: v for k, v in corpora.items() if k.lower().startswith(only)}
    for corpus, inp in corpora.items():
        runs = []
        for engine, workers in CONFIGS:
            db = work / f"{corpus[:4]}-{engine}-{workers}.db"
            runs.append(ingest(inp, db, engine, workers, work / "summary.json"))
            print(f"{corpus}: {runs[-1]}", flush=True)
            if (engine, workers) == ("local", 1):
                keep[corpus] = db
        bare, n_texts = bare_pipe(keep[corpus])
        rows.append({"corpus": f"{corpus} ({counts[corpus]} docs)", "system": "spaCy nlp.pipe (bare), 1 core",
                     "documents": n_texts, "seconds": round(bare, 1), "docs_per_s_per_core": round(n_texts / bare, 3),
                     "ratio_to_bare": 1.0})
        one = runs[0]["seconds"]
        for r in runs:
            ratio = r["seconds"] * r["workers"] / bare  # core-seconds of ingest per core-second of bare parsing
            steady = (r["documents"] - 64) / max(r["seconds"] - r["first_batch_s"], 1e-9)  # after start-up
            r["steady_docs_per_s_per_core"] = round(steady / r["workers"], 3)
            r["steady_ratio_to_bare"] = round(n_texts / bare / (steady / r["workers"]), 3)
            rows.append({"corpus": f"{corpus} ({counts[corpus]} docs)",
                         "system": f"ingest --engine {r['engine']} --workers {r['workers']}",
                         **{k: v for k, v in r.items() if k not in ("engine", "workers")},
                         "ratio_to_bare": round(ratio, 3), "speedup_vs_1_worker": round(one / r["seconds"], 2)})
    return rows


def grow_events(db: Path, target: int) -> tuple[int, int]:
    """Insert copies of the stored events, dates shifted by whole weeks, until there are ``target``."""
    with sqlite3.connect(db) as con:
        real = con.execute("SELECT count(*) FROM events").fetchone()[0]
        if real == 0:
            raise SystemExit("no events stored: nothing to copy")
        cols = [r[1] for r in con.execute("PRAGMA table_info(events)") if r[1] != "id"]
        last = con.execute("SELECT max(id) FROM events").fetchone()[0]
        k, total = 0, real
        while total < target:
            k += 7
            sel = ", ".join(f"date(date, '+{k} days')" if c == "date" else c for c in cols)
            con.execute(f"INSERT INTO events ({', '.join(cols)}) SELECT {sel} FROM events WHERE id <= ? "
                        "ORDER BY id LIMIT ?", (last, target - total))
            total = con.execute("SELECT count(*) FROM events").fetchone()[0]
        con.commit()
        return real, con.execute("SELECT count(*) FROM events").fetchone()[0]


def queries(keep: dict[str, Path], work: Path, target: int) -> list[dict[str, object]]:
    from communique import open_store

    db = work / "events.db"
    shutil.copyfile(keep["Reuters"], db)
    real, total = grow_events(db, target)
    with sqlite3.connect(db) as con:
        actor = con.execute("SELECT actor_code, count(*) n FROM events GROUP BY 1 ORDER BY n DESC LIMIT 1").fetchone()
        dyad = con.execute("SELECT actor_code, recipient_code, count(*) n FROM events WHERE recipient_code IS NOT NULL "
                           "AND recipient_code != '' GROUP BY 1, 2 ORDER BY n DESC LIMIT 1").fetchone()
    rows = []
    dyad = dyad or (actor[0], actor[0], 0)
    with open_store(db) as store:
        cases = [
            (f"events(actor={actor[0]}, limit=100)", lambda: store.events(actor=actor[0], limit=100)),
            (f"events(dyad={dyad[0]}:{dyad[1]}, limit=100)",
             lambda: store.events(dyad=f"{dyad[0]}:{dyad[1]}", limit=100)),
            (f"count_events(actor={actor[0]})", lambda: store.count_events(actor=actor[0])),
            (f"events(dyad={dyad[0]}:{dyad[1]}) (all)", lambda: store.events(dyad=f"{dyad[0]}:{dyad[1]}")),
            (f"events(actor={actor[0]}) (all)", lambda: store.events(actor=actor[0])),
        ]
        for name, fn in cases:
            fn()  # warm
            times, out = [], None
            for _ in range(5):
                t0 = time.perf_counter()
                out = fn()
                times.append(time.perf_counter() - t0)
            rows.append({"query (SQLite)": name, "events in store": total,
                         "real events copied from": real, "rows returned": out if isinstance(out, int) else len(out),
                         "median_ms": round(statistics.median(times) * 1000, 1),
                         "max_ms": round(max(times) * 1000, 1)})
    return rows


def run(shared: Path, texts: int = 2000, events: int = 100_000, pages: int | None = None) -> list[dict[str, object]]:
    """Both tables' rows, for scripts that gather benchmarks."""
    keep: dict[str, Path] = {}
    with tempfile.TemporaryDirectory() as tmp:
        return speed(shared, texts, Path(tmp), keep, pages) + queries(keep, Path(tmp), events)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--texts", type=int, default=2000)
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--pages", type=int, default=None, help="at most this many HTML pages (a quick trial)")
    ap.add_argument("--only", choices=["reuters", "html"], help="one corpus, and no query timings")
    ap.add_argument("--no-append", action="store_true")
    a = ap.parse_args()
    if not (a.shared / "data").exists():
        print(f"no development data at {a.shared}/data; nothing to measure")
        return
    keep: dict[str, Path] = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        run_sections("Ingest throughput (bench/throughput.py)", [
            ("Throughput and memory (2 cores shared with other jobs: compare ratios, not seconds)",
             lambda: speed(a.shared, a.texts, work, keep, a.pages, a.only)),
            *([] if a.only else [("Actor / dyad queries over the event store", lambda: queries(keep, work, a.events))]),
        ], append=not a.no_append)


if __name__ == "__main__":
    main()
