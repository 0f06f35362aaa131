"""Ingest over a real Ray cluster (issue 17, beyond one machine): a head and a second node started by `ray start` as
separate processes on 127.0.0.1, `communique ingest --engine ray --address` against it as a user runs it. The store
equals the local engine's; the driver never loads the model (the actors parse, the driver only stores); a node
killed mid-run loses no document (its jobs are sent again); no Ray process outlives the cluster.

The cluster is started once for the module (Ray takes seconds to start), and stopped by its own process ids,
never by `ray stop` (which would stop every Ray on the machine).
"""

from __future__ import annotations

import importlib.util
import json
import os
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

if importlib.util.find_spec("ray") is None:  # the dev extras install it (CI runs these); not imported here
    pytest.skip("Ray is not installed", allow_module_level=True)
pytest.importorskip("psutil")

from communique.ingest import ingest  # noqa: E402
from communique.pipeline import Pipeline  # noqa: E402
from communique.sources import read_paths  # noqa: E402
from communique.store import open_store  # noqa: E402

from ..conftest import EXAMPLES  # noqa: E402
from .raycluster import LocalCluster  # noqa: E402
from .servers import committed  # noqa: E402

BATCH = "2"
"""Two documents a batch, one a job with two workers: many jobs, so that a node killed after the first commit
still holds some."""


@pytest.fixture(scope="module")
def starting():
    """The cluster, starting in the background (Ray takes seconds) while the local reference is made."""
    c = LocalCluster(cpus=1)  # one CPU a node: of two actors (one CPU each), one runs on each node
    failed: list[BaseException] = []

    def start() -> None:
        try:
            c.start()
        except BaseException as exc:  # noqa: BLE001 - raised in the test that needs the cluster
            failed.append(exc)

    thread = threading.Thread(target=start, name="ray-cluster-start")
    thread.start()
    try:
        yield c, thread, failed
    finally:
        thread.join()
        c.stop()


@pytest.fixture(scope="module")
def cluster(starting) -> LocalCluster:
    c, thread, failed = starting
    thread.join()
    if failed:
        raise failed[0]
    return c


N_DOCS = 20


@pytest.fixture(scope="module")
def docs(tmp_path_factory) -> Path:
    """20 of the Wikinews examples, cut to their first 700 characters (a short run that still codes events)."""
    path = tmp_path_factory.mktemp("ray") / "news.jsonl"
    rows = [json.loads(line) for line in (EXAMPLES / "wikinews-sample.jsonl").read_text().splitlines()][:N_DOCS]
    path.write_text("".join(json.dumps({**r, "text": r["text"][:700]}) + "\n" for r in rows))
    return path


@pytest.fixture(scope="module")
def reference(starting, docs, tmp_path_factory) -> dict[str, list[tuple]]:
    """The store the local engine makes of ``docs`` (in this process: the model may already be loaded here),
    made while the cluster starts."""
    db = tmp_path_factory.mktemp("ray") / "local.db"
    pipeline = Pipeline("events", timeout=120, batch_size=int(BATCH))
    with open_store(str(db)) as store:
        ingest(read_paths([str(docs)]), store, pipeline, batch_size=int(BATCH))
    return rows(db)


def rows(db: Path) -> dict[str, list[tuple]]:
    """Every row a run decides, table by table, in a stable order (times and row numbers left out)."""
    out = {}
    with sqlite3.connect(db) as con:
        for table in ("articles", "article_sources", "failures", "entities", "quotes", "events"):
            cols = [c for (c,) in con.execute(f"SELECT name FROM pragma_table_info('{table}')")
                    if c not in {"ingested_at", "at"} and not (c == "id" and table in {"events", "failures"})]
            sel = ", ".join(f'"{c}"' for c in cols)
            out[table] = con.execute(f"SELECT {sel} FROM {table} ORDER BY {sel}").fetchall()
    return out


def ingest_args(docs: Path, db: Path, cluster: LocalCluster) -> list[str]:
    return ["ingest", str(docs), "--db", str(db), "--engine", "ray", "--address", cluster.address,
            "--workers", "2", "--batch-size", BATCH, "--quiet"]


DRIVER = """
import json, sys
from communique.cli import app
from communique.nlp import model
try:
    app(sys.argv[1:])
except SystemExit as exc:
    code = exc.code
print(json.dumps({"exit": code, "loads": model.load.cache_info().misses,
                  "imported": model.model_name() in sys.modules}))
"""
"""`communique ingest` as its console script runs it, then what the driver process loaded: spaCy pipelines
loaded (``nlp.model.load`` calls) and whether the model's package was ever imported."""


def test_ingest_over_a_two_node_cluster_stores_what_the_local_engine_stores(reference, cluster, docs, tmp_path):
    db, summary = tmp_path / "ray.db", tmp_path / "summary.json"
    p = subprocess.run([sys.executable, "-c", DRIVER, *ingest_args(docs, db, cluster), "--summary-json",
                        str(summary)], env={**os.environ, **cluster.env}, capture_output=True, timeout=240)
    assert p.returncode == 0, p.stderr.decode()[-3000:]
    driver = json.loads(p.stdout.decode().strip().splitlines()[-1])
    assert driver == {"exit": 0, "loads": 0, "imported": False}  # the driver only read and stored
    s = json.loads(summary.read_text())
    assert (s["engine"], s["workers"], s["stored"], s["failed"]) == ("ray", 2, N_DOCS, 0)
    assert b"sent again" not in p.stderr  # no node was lost
    got = rows(db)
    assert len(got["articles"]) == N_DOCS and got["events"] and got["quotes"]
    assert got == reference


def test_a_model_missing_on_the_workers_is_one_line(cluster, docs, tmp_path):
    """The driver no longer loads the model, so a missing one is found where it is needed: on the workers."""
    p = subprocess.run([sys.executable, "-m", "communique.cli", *ingest_args(docs, tmp_path / "m.db", cluster),
                        "--model", "no_such_model"], env={**os.environ, **cluster.env}, capture_output=True,
                       timeout=240)
    err = p.stderr.decode()
    assert p.returncode == 2, err[-3000:]
    assert "a Ray worker could not start" in err and "'no_such_model' is not installed" in err
    assert "Traceback" not in err


def test_a_node_killed_mid_run_loses_no_document(reference, cluster, docs, tmp_path):
    db = tmp_path / "killed.db"
    proc = subprocess.Popen([sys.executable, "-m", "communique.cli", *ingest_args(docs, db, cluster)],
                            env={**os.environ, **cluster.env}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 180
        while committed(db) == 0 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        assert proc.poll() is None and committed(db) < N_DOCS, "the run ended before the node could be killed"
        killed = cluster.kill_node()  # the second node's raylet, agents and the worker running its actor
        _, err = proc.communicate(timeout=180)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert killed >= 3
    assert proc.returncode == 0, err.decode()[-3000:]
    assert b"its job (1 document) was sent again" in err, err.decode()[-3000:]  # the kill hit jobs in flight
    got = rows(db)
    sources = [src for _art, src, *_ in got["article_sources"]]
    assert len(sources) == len(set(sources)) == N_DOCS  # every document stored, none twice
    assert got == reference


def test_no_ray_process_outlives_the_cluster(cluster):
    cluster.stop()
    assert cluster.leftovers() == []
