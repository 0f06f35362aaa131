"""Stopping an ingest (issue 17, item 4): SIGTERM and Ctrl-C end it with one line and no traceback, and its
worker processes never outlive it, even when it is killed with SIGKILL."""

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

from .servers import committed

psutil = pytest.importorskip("psutil")


def corpus(path: Path, n: int = 6000) -> Path:
    body = "Officials met on Friday to talk about the border and the troops there. " * 4
    path.write_text("\n".join(json.dumps({"id": f"doc{i}", "text": f"Story {i}. {body}"}) for i in range(n)) + "\n")
    return path


def start(tmp_path: Path, *extra: str) -> tuple[psutil.Popen, Path]:
    db = tmp_path / "s.db"
    cmd = [sys.executable, "-m", "communique.cli", "ingest", str(corpus(tmp_path / "in.jsonl")), "--db", str(db),
           "--upto", "article", "--batch-size", "5", "--workers", "2", "--quiet", *extra]
    proc = psutil.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + 120
    while committed(db) == 0 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert proc.poll() is None, "the ingest ended before it could be stopped: " + proc.stderr.read().decode()[-1000:]
    return proc, db


def workers_of(proc) -> list:
    deadline = time.monotonic() + 30
    while not (kids := proc.children(recursive=True)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert kids, "expected worker processes"
    return kids


def gone(procs, within: float = 10) -> bool:
    _, alive = psutil.wait_procs(procs, timeout=within)
    return not alive


@pytest.mark.parametrize(("sig", "code", "name"), [(signal.SIGTERM, 143, "SIGTERM"), (signal.SIGINT, 130, "SIGINT")])
def test_sigterm_and_ctrl_c_stop_with_one_line_and_take_the_workers_along(tmp_path, sig, code, name):
    proc, db = start(tmp_path)
    kids = workers_of(proc)
    if sig == signal.SIGINT:
        os.killpg(proc.pid, sig)  # Ctrl-C in a terminal reaches the whole foreground group
    else:
        proc.send_signal(sig)  # a service manager stops the main process
    proc.wait(timeout=60)
    stderr = proc.stderr.read().decode()
    assert proc.returncode == code, stderr[-2000:]
    assert "Traceback" not in stderr and "RuntimeError" not in stderr, stderr[-2000:]
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith(f"Stopped by {name}") and "run the same command again" in lines[0]
    assert gone(kids)
    with sqlite3.connect(db) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_workers_exit_when_their_parent_is_killed(tmp_path):
    proc, _db = start(tmp_path)
    kids = workers_of(proc)
    proc.kill()  # SIGKILL to the driver alone: nothing of it runs to stop the workers
    proc.wait(timeout=30)
    assert gone(kids, within=10), [k.pid for k in kids if k.is_running()]
