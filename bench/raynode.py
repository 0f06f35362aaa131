"""A Ray node killed mid-ingest: `communique ingest --engine ray --address` on a real two-node cluster (a head and a
second node, each started by `ray start` on 127.0.0.1, one CPU each, so that each holds one of the two actors);
the second node is killed with SIGKILL (raylet, agents and the worker running its actor at once, as a power cut)
at a random moment of the run, and the same run, not a rerun, must still store every document once.

Each trial compares the store with one from an uninterrupted run of the local engine (the corpus of bench/crash.py:
36 documents, 4 of them duplicates and 2 failing): sources missing (lost), stored twice (duplicates), records that
differ; the run's exit status; the jobs it sent again (the "sent again" lines); and, at the end, the processes of
the cluster still alive after it was stopped. The second node is started again before the next trial.

    python bench/raynode.py [--trials 5] [--seed 1] [--upto events]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import crash  # noqa: E402
from common import ROOT, run_sections  # noqa: E402

from tests.reliability.raycluster import LocalCluster  # noqa: E402


def command(docs: Path, db: str, engine: list[str], upto: str) -> list[str]:
    return [sys.executable, "-m", "communique.cli", "ingest", str(docs), "--db", db, "--batch-size", "2",
            "--clean-text", "--date", "2019-01-01", "--quiet", "--upto", upto, *engine]


def timed(cmd: list[str], db: str, target: crash.Target, env: dict[str, str]) -> tuple[float, float]:
    """Seconds to the first commit and to the end of an uninterrupted run."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    first = None
    while proc.poll() is None:
        if first is None and target.committed(db) > 0:
            first = time.perf_counter() - t0
        time.sleep(0.05)
    if proc.returncode != 0:
        raise SystemExit(f"the uninterrupted ingest failed (exit {proc.returncode}): "
                         + proc.stderr.read().decode()[-2000:])
    end = time.perf_counter() - t0
    return round(first or end, 2), round(end, 2)


def trials(n: int, seed: int, upto: str, keep: Path | None = None) -> list[dict[str, object]]:
    rng = random.Random(seed)
    rows: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory() as tmp_:
        tmp = Path(tmp_)
        # every process (the local reference, the drivers, the nodes' workers) runs one copy of the code taken
        # now: the working tree may change during the trials, which would make records differ for no fault
        shutil.copytree(ROOT / "src", tmp / "src")
        os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(tmp / "src"), os.environ.get("PYTHONPATH")]))
        target = crash.Target(tmp, None)
        docs = tmp / "docs"
        expected = crash.make_corpus(docs)
        ref_db = target.fresh("local")
        local = timed(command(docs, ref_db, ["--engine", "local"], upto), ref_db, target, dict(os.environ))
        ref = target.snapshot(ref_db)
        want = sorted(ref["sources"] + ref["failures"])
        cluster = LocalCluster(cpus=1)
        try:
            cluster.start()
            env = {**os.environ, **cluster.env}
            ray = ["--engine", "ray", "--address", cluster.address, "--workers", "2"]
            db = target.fresh("ray")
            first, end = timed(command(docs, db, ray, upto), db, target, env)
            print(f"uninterrupted: local {local}, ray {(first, end)} (first commit, end) s", flush=True)
            for i in range(n):
                if cluster.nodes[1].proc.poll() is not None:
                    cluster.restart_node()
                db = target.fresh(f"t{i}")
                delay = rng.uniform(0.5 * first, end)
                t0 = time.perf_counter()
                proc = subprocess.Popen(command(docs, db, ray, upto), stdout=subprocess.DEVNULL,
                                        stderr=subprocess.PIPE, env=env)
                time.sleep(max(0.0, delay - (time.perf_counter() - t0)))
                ended_before = proc.poll() is not None
                at_kill = target.committed(db)
                killed = 0 if ended_before else cluster.kill_node()
                _, err = proc.communicate(timeout=600)
                got = target.snapshot(db)
                have = sorted(got["sources"] + got["failures"])
                rows.append({
                    "trial": i + 1, "upto": upto, "kill_after_s": round(delay, 2),
                    "finished_before_kill": ended_before, "committed_at_kill": at_kill,
                    "node_processes_killed": killed, "exit": proc.returncode,
                    "jobs_sent_again": err.decode().count("was sent again"), "expected": expected,
                    "stored": len(set(have)), "lost": len(set(want) - set(have)),
                    "duplicates": (len(have) - len(set(have))) + (len(got["articles"]) - len(set(got["articles"]))),
                    "records_differing": sum(1 for k, v in ref["articles"].items() if got["articles"].get(k) != v),
                    "integrity": got["integrity"],
                })
                print(f"trial {i + 1}: {rows[-1]}", flush=True)
                if rows[-1]["records_differing"]:
                    print("  differing:", differences(ref["articles"], got["articles"]), flush=True)
                    if keep:
                        shutil.copy(db, keep / f"trial{i + 1}.db")
                if proc.returncode != 0:
                    print(err.decode()[-2000:], flush=True)
        finally:
            cluster.stop()
            left = len(cluster.leftovers())
        for r in rows:
            r["cluster_processes_left"] = left
    return rows


def differences(want: dict[str, str], got: dict[str, str]) -> dict[str, int]:
    """Which parts of the records differ, and how often (a missing record counts as 'missing')."""
    out: dict[str, int] = {}
    for key, rec in want.items():
        if got.get(key) == rec:
            continue
        if key not in got:
            out["missing"] = out.get("missing", 0) + 1
            continue
        a, b = json.loads(rec), json.loads(got[key])
        for part in sorted(set(a) | set(b)):
            if a.get(part) != b.get(part):
                out[part] = out.get(part, 0) + 1
    return out


def summary(rows: list[dict[str, object]]) -> list[dict[str, object]]:
    hit = [r for r in rows if not r["finished_before_kill"]]
    return [{
        "trials": len(rows), "node killed mid-run": len(hit),
        "killed before any commit": sum(r["committed_at_kill"] == 0 for r in hit),
        "runs exiting 0": f"{sum(r['exit'] == 0 for r in rows)}/{len(rows)}",
        "jobs sent again": sum(r["jobs_sent_again"] for r in rows),
        "documents expected": sum(r["expected"] for r in rows), "documents stored": sum(r["stored"] for r in rows),
        "lost": sum(r["lost"] for r in rows), "duplicates": sum(r["duplicates"] for r in rows),
        "records differing": sum(r["records_differing"] for r in rows),
        "integrity_check ok": f"{sum(r['integrity'] == 'ok' for r in rows)}/{len(rows)}",
        "cluster processes left after stop": rows[0]["cluster_processes_left"] if rows else 0,
    }]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--trials", type=int, default=5)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--upto", choices=["article", "annotate", "events"], default="events")
    ap.add_argument("--keep", type=Path, default=None, help="copy the store of any trial whose records differ here")
    ap.add_argument("--no-append", action="store_true")
    a = ap.parse_args()
    rows: list[dict[str, object]] = []

    def all_trials() -> list[dict[str, object]]:
        rows.extend(trials(a.trials, a.seed, a.upto, a.keep))
        return rows

    run_sections("A Ray node killed mid-ingest (bench/raynode.py)", [
        ("Trials: the second node of a two-node cluster killed with SIGKILL at a random moment of the run",
         all_trials),
        ("Summary", lambda: summary(rows)),
    ], append=not a.no_append)


if __name__ == "__main__":
    main()
