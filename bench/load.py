"""Load on the REST API over loopback: requests/s and latency of `communique serve`, idle and while `ingest` writes.

Bounded and local: a store is filled from examples/ (30 Wikinews stories and the founding page),
then C client threads send a fixed mix of API requests for S seconds to a server on 127.0.0.1,
first with the store idle, then while a second `communique ingest` writes 20 more stories into the
same store (SQLite WAL by default; --db postgresql://... for PostgreSQL: give an empty scratch
database). Errors are any non-200 answer.

    python -m bench.load [--clients 8] [--seconds 20] [--db postgresql://...] [--no-append]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

from bench.common import ROOT, run_sections
from communique.store import open_store
from tests.reliability.servers import cli, serve, stop

MIX = ["/api/stats", "/api/events?limit=50", "/api/events?actor=RUS", "/api/events?dyad=USA:RUS&merged=true",
       "/api/actors", "/api/articles?limit=20", "/api/articles?q=minister", "/api/dyads/USA/RUS/timeline"]


def _hammer(base: str, clients: int, seconds: float) -> dict[str, object]:
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds

    def client(k: int) -> None:
        nonlocal errors
        mine, bad = [], 0
        with httpx.Client(base_url=base, timeout=30) as c:
            i = k
            while time.monotonic() < stop_at:
                t0 = time.perf_counter()
                try:
                    ok = c.get(MIX[i % len(MIX)]).status_code == 200
                except httpx.HTTPError:
                    ok = False
                mine.append(time.perf_counter() - t0)
                bad += not ok
                i += 1
        with lock:
            latencies.extend(mine)
            errors += bad

    t0 = time.monotonic()
    threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.monotonic() - t0
    q = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else [0.0] * 99
    return {"clients": clients, "seconds": round(wall, 1), "requests": len(latencies), "errors": errors,
            "req/s": round(len(latencies) / wall, 1), "p50 ms": round(q[49] * 1000, 1),
            "p99 ms": round(q[98] * 1000, 1)}


def run(shared: Path | None = None, clients: int = 8, seconds: float = 20.0, db: str | None = None) -> list[dict]:
    """The two phases (``shared`` is unused: the corpus ships with the repository)."""
    examples = ROOT / "examples"
    with tempfile.TemporaryDirectory() as tmp:
        store = db or str(Path(tmp) / "load.db")
        first, rest = Path(tmp) / "first", Path(tmp) / "rest"
        first.mkdir()
        rest.mkdir()
        (first / "ctv.txt").write_bytes((examples / "ctv-joly-moscow-invitation.txt").read_bytes())
        lines = (examples / "wikinews-sample.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
        (first / "wikinews.jsonl").write_text("".join(lines[:10]), encoding="utf-8")
        (rest / "wikinews.jsonl").write_text("".join(lines[10:]), encoding="utf-8")
        subprocess.run([sys.executable, "-m", "communique.cli", "ingest", str(first), "--db", store, "--date",
                        "2022-01-23", "--quiet"], check=True, cwd=ROOT)
        server, base = serve(store)
        try:
            idle = {"phase": "store idle", **_hammer(base, clients, seconds)}
            # the writer: 20 more stories, processed and stored for real, one transaction each
            writer = cli("ingest", str(rest), "--db", store, "--date", "2022-01-23", "--quiet", "--batch-size", "1",
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            busy = {"phase": "ingest writing", **_hammer(base, clients, seconds)}
            busy["writer ok"] = writer.wait(600) == 0
            with open_store(store) as st:
                busy["articles after"] = st.counts()["articles"]
        finally:
            stop(server)
    backend = "PostgreSQL" if db and "://" in db else "SQLite"
    return [{"store": backend, **idle}, {"store": backend, **busy}]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--seconds", type=float, default=20.0)
    ap.add_argument("--db", help="an empty scratch PostgreSQL database to load instead of a temporary SQLite file")
    ap.add_argument("--no-append", action="store_true")
    a = ap.parse_args()
    run_sections("API load (loopback)", [("requests/s and latency", lambda: run(None, a.clients, a.seconds, a.db))],
                 append=not a.no_append)


if __name__ == "__main__":
    main()
