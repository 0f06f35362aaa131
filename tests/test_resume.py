"""Crash safety: `communique ingest` killed with SIGKILL mid-run, then run again, stores every document once."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import EXAMPLES

FAILING = {"empty.txt": b"", "binary.txt": b"\x00\x01\x02PNG\x00" * 50}


def make_docs(folder: Path, n: int = 14) -> tuple[set[str], set[str]]:
    """``n`` Wikinews articles as one text file each, plus two files that fail; (article sources, failing
    sources). Batches of 2 give the kill eight commits to land between; more articles only cost CI time."""
    folder.mkdir()
    good = set()
    for i, line in enumerate((EXAMPLES / "wikinews-sample.jsonl").read_text().splitlines()[:n]):
        row = json.loads(line)
        f = folder / f"doc{i:02d}.txt"
        f.write_text(row["title"] + "\n\n" + row["text"], encoding="utf-8")
        good.add(str(f))
    for name, data in FAILING.items():
        (folder / name).write_bytes(data)
    return good, {str(folder / n) for n in FAILING}


def ingest_cmd(docs: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "communique.cli", "ingest", str(docs), "--db", str(db), "--batch-size", "2",
            "--clean-text", "--date", "2019-01-01", "--quiet"]


def outcomes(db: Path) -> int:
    """Documents with a committed outcome (a source of an article, or a failure); 0 before the tables exist."""
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as con:
            return con.execute("SELECT (SELECT count(*) FROM article_sources) + (SELECT count(*) FROM failures)"
                               ).fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def test_killed_ingest_resumes_with_every_document_stored_once(tmp_path):
    docs = tmp_path / "docs"
    good, failing = make_docs(docs)
    db = tmp_path / "k.db"
    proc = subprocess.Popen(ingest_cmd(docs, db), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while (at_kill := outcomes(db)) == 0 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, proc.stderr.read().decode()[-2000:]
    assert 0 < at_kill < len(good) + len(failing), "the kill must land after some batches and before the end"

    again = subprocess.run(ingest_cmd(docs, db) + ["--summary-json", "-"], capture_output=True, timeout=300)
    assert again.returncode == 0, again.stderr.decode()[-2000:]
    summary = json.loads(again.stdout)
    assert summary["skipped"] >= at_kill  # what was committed before the kill is not parsed again

    with sqlite3.connect(db) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        sources = [r[0] for r in con.execute("SELECT source FROM article_sources")]
        failed = [r[0] for r in con.execute("SELECT source FROM failures")]
        articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert sorted(sources) == sorted(good)  # each article source exactly once, none lost
    assert sorted(failed) == sorted(failing)  # failures survive the kill too, once each
    assert articles == len(good)

    third = subprocess.run(ingest_cmd(docs, db) + ["--summary-json", "-"], capture_output=True, timeout=300)
    assert json.loads(third.stdout)["skipped"] == len(good) + len(failing)


def test_a_killed_worker_process_stops_the_run_cleanly_and_the_rerun_finishes(tmp_path):
    psutil = pytest.importorskip("psutil")
    docs = tmp_path / "docs"
    good, failing = make_docs(docs)
    db = tmp_path / "w.db"
    proc = psutil.Popen(ingest_cmd(docs, db) + ["--workers", "2"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while outcomes(db) == 0 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    workers = proc.children()
    assert workers, "expected worker processes"
    workers[0].kill()  # SIGKILL, as the kernel's OOM killer does
    proc.wait(timeout=120)
    assert proc.returncode == 1 and b"worker process died" in proc.stderr.read()
    again = subprocess.run(ingest_cmd(docs, db) + ["--workers", "2"], capture_output=True, timeout=300)
    assert again.returncode == 0, again.stderr.decode()[-2000:]
    with sqlite3.connect(db) as con:
        sources = [r[0] for r in con.execute("SELECT source FROM article_sources")]
        failed = [r[0] for r in con.execute("SELECT source FROM failures")]
    assert sorted(sources) == sorted(good) and sorted(failed) == sorted(failing)


# -- resume by name and content (issue 17, item 2): fast, article stage only -------------------------------------
def _story(n: int) -> str:
    return f"Story {n} begins here. " + " ".join(f"word{n}x{i}" for i in range(80)) + "."


def _ingest(paths, db: Path, stdin: bytes | None = None):
    import io

    from communique.ingest import ingest
    from communique.pipeline import Pipeline
    from communique.sources import read_paths
    from communique.store import open_store

    if stdin is not None:
        class _In:
            buffer = io.BytesIO(stdin)
        old, sys.stdin = sys.stdin, _In()
    try:
        with open_store(db) as store:
            report = ingest(read_paths(paths, clean_text=True), store, Pipeline("article"), batch_size=2)
            return report, store.counts(), store.failures()
    finally:
        if stdin is not None:
            sys.stdin = old


def test_a_changed_file_is_read_again_and_stored_as_updated(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(_story(1))
    db = tmp_path / "r.db"
    _ingest([f], db)
    report, counts, _ = _ingest([f], db)
    assert (report.skipped, report.documents) == (1, 0)  # unchanged: skipped before any stage
    f.write_text(_story(2))
    report, counts, _ = _ingest([f], db)
    assert (report.skipped, report.stored, report.updated) == (0, 1, 1)
    assert counts["articles"] == 1 and counts["sources"] == 1  # the new body took the old one's place


def test_stdin_is_never_skipped(tmp_path):
    db = tmp_path / "s.db"
    first, _, _ = _ingest(["-"], db, stdin=_story(3).encode())
    second, counts, _ = _ingest(["-"], db, stdin=_story(4).encode())
    assert (first.stored, second.stored, second.skipped) == (1, 1, 0)
    assert counts["articles"] == 2


def test_jsonl_ids_reused_in_another_file_are_not_skipped(tmp_path):
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text(json.dumps({"id": "1", "text": _story(5)}) + "\n")
    b.write_text(json.dumps({"id": "1", "text": _story(6)}) + "\n")
    db = tmp_path / "j.db"
    _ingest([a], db)
    report, counts, _ = _ingest([b], db)
    assert (report.skipped, report.stored) == (0, 1)


def test_a_failure_is_retried_once_fixed_and_the_summary_says_so(tmp_path):
    f = tmp_path / "later.txt"
    db = tmp_path / "f.db"
    report, _, failures = _ingest([f], db)  # not there yet
    assert report.failed == 1 and failures[0]["kind"] == "not_found"
    f.write_text(_story(7))
    report, counts, failures = _ingest([f], db)
    assert (report.retried, report.stored, report.skipped) == (1, 1, 0) and failures == []
    assert counts["articles"] == 1


def test_an_unchanged_failure_is_skipped_and_a_changed_one_retried(tmp_path):
    f = tmp_path / "empty.txt"
    f.write_bytes(b"")
    db = tmp_path / "e.db"
    _ingest([f], db)
    report, _, _ = _ingest([f], db)
    assert (report.skipped, report.retried) == (1, 0)
    f.write_text(_story(8))
    report, _, failures = _ingest([f], db)
    assert (report.retried, report.stored) == (1, 1) and failures == []


def test_a_store_from_before_content_hashes_still_resumes_by_name(tmp_path):
    f = tmp_path / "old.txt"
    f.write_text(_story(9))
    db = tmp_path / "o.db"
    _ingest([f], db)
    with sqlite3.connect(db) as con:  # as a version-3 store holds it: no hashes yet
        con.execute("UPDATE article_sources SET content_hash = '*'")
    report, _, _ = _ingest([f], db)
    assert report.skipped == 1
