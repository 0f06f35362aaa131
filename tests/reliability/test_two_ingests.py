"""Two ingests at once (issue 17, item 5): on PostgreSQL no false store_error for documents the other run
stored; on SQLite two processes creating a new store at the same moment both succeed."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from communique.store import open_store
from communique.store import schema as s

from ..postgres import backends
from ..postgres import url as pg_url


def corpus(path: Path, n: int = 300) -> Path:
    lines = []
    for i in range(n):
        words = " ".join(f"w{i}x{k}" for k in range(60))
        lines.append(json.dumps({"id": f"doc{i}", "text": f"Story {i} says officials met. {words}."}))
    path.write_text("\n".join(lines) + "\n")
    return path


def fresh(backend: str, tmp_path: Path) -> str:
    if backend == "sqlite":
        return str(tmp_path / "two.db")
    db = pg_url()
    with open_store(db) as st:
        s.metadata.drop_all(st.engine)
        with st.engine.begin() as conn:
            conn.execute(text("DROP TABLE IF EXISTS articles_fts"))
    return db


@pytest.mark.parametrize("backend", backends())
def test_two_ingests_of_the_same_input_at_once_store_everything_with_no_false_failures(backend, tmp_path):
    db = fresh(backend, tmp_path)
    src = corpus(tmp_path / "in.jsonl")
    cmd = [sys.executable, "-m", "communique.cli", "ingest", str(src), "--db", db, "--upto", "article",
           "--batch-size", "3", "--quiet", "--no-resume"]
    procs = [subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) for _ in range(2)]
    for p in procs:
        p.wait(timeout=300)
        assert p.returncode == 0, p.stderr.read().decode()[-3000:]
    with open_store(db) as st:
        assert st.failures() == []
        assert st.counts() == {"articles": 300, "sources": 300, "failures": 0}


def test_processes_creating_one_new_sqlite_store_at_once_all_succeed(tmp_path):
    db = tmp_path / "new.db"
    at = time.time() + 3  # every process past its imports, then all open the store together
    code = ("import sys, time; from communique.store import open_store; t = float(sys.argv[2]); "
            "time.sleep(max(0, t - time.time())); open_store(sys.argv[1]).close()")
    procs = [subprocess.Popen([sys.executable, "-c", code, str(db), str(at)], stderr=subprocess.PIPE)
             for _ in range(6)]
    for p in procs:
        p.wait(timeout=120)
        assert p.returncode == 0, p.stderr.read().decode()[-2000:]
    with open_store(db) as st, st.engine.connect() as conn:
        assert s.current_version(conn) == s.SCHEMA_VERSION
