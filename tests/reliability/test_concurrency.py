"""`serve` answers while `ingest` writes the same store: no errors, no lost rows (SQLite WAL and PostgreSQL)."""

from __future__ import annotations

import json
import subprocess
import threading
import time

import httpx
import pytest
from sqlalchemy import text

from communique.store import open_store
from communique.store import schema as s

from ..postgres import backends
from ..postgres import url as pg_url
from .servers import cli, serve, stop

PATHS = ["/api/stats", "/api/events?limit=20", "/api/articles?limit=10", "/api/actors", "/api/events?actor=RUS",
         "/api/events?format=csv", "/"]


@pytest.mark.parametrize("backend", backends())
def test_serve_reads_while_ingest_writes(backend, tmp_path, request):
    examples = request.config.rootpath / "examples"
    docs = tmp_path / "docs"  # the founding page and 9 Wikinews stories: enough batches to interleave with reads
    docs.mkdir()
    (docs / "ctv.txt").write_bytes((examples / "ctv-joly-moscow-invitation.txt").read_bytes())
    lines = (examples / "wikinews-sample.jsonl").read_text(encoding="utf-8").splitlines()[:9]
    (docs / "wikinews.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    if backend == "sqlite":
        db = str(tmp_path / "live.db")
    else:
        db = pg_url()
        with open_store(db) as st:
            s.metadata.drop_all(st.engine)
            with st.engine.begin() as conn:
                conn.execute(text("DROP TABLE IF EXISTS articles_fts"))
    open_store(db).close()  # an empty store, as a fresh deployment has
    server, base = serve(db)
    errors: list[str] = []
    answered = 0
    done = threading.Event()

    def reader() -> None:
        nonlocal answered
        with httpx.Client(base_url=base, timeout=30) as client:
            i = 0
            while not done.is_set():
                path = PATHS[i % len(PATHS)]
                i += 1
                try:
                    r = client.get(path)
                    if r.status_code != 200:
                        errors.append(f"{path}: {r.status_code} {r.text[:200]}")
                    answered += 1
                except httpx.HTTPError as exc:
                    errors.append(f"{path}: {exc!r}")

    readers = [threading.Thread(target=reader) for _ in range(3)]
    try:
        for t in readers:
            t.start()
        summary = tmp_path / "summary.json"
        ingest = cli("ingest", str(docs), "--db", db, "--date", "2022-01-23", "--batch-size", "2", "--quiet",
                     "--summary-json", str(summary), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        out, err = ingest.communicate(timeout=300)
        assert ingest.returncode == 0, err.decode(errors="replace")[-2000:]
        time.sleep(0.5)
    finally:
        done.set()
        for t in readers:
            t.join(30)
        stop(server)
    assert not errors, errors[:5]
    assert answered > 20
    result = json.loads(summary.read_text())
    with open_store(db) as st:
        stats = st.stats()
        # every document the ingest reported stored is there, with every event row it wrote
        assert stats["articles"] == result["stored"] == 10
        assert stats["events"] == sum(1 for _ in st.events())
    if backend == "sqlite":
        import sqlite3

        assert sqlite3.connect(db).execute("PRAGMA integrity_check").fetchone()[0] == "ok"
