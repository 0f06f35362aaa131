"""Real processes for reliability tests and benchmarks: `communique serve` and `communique ingest` as users run them."""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import httpx


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cli(*args: str, **kw) -> subprocess.Popen:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen([sys.executable, "-m", "communique.cli", *args], env=env, **kw)


def serve(db: str | Path, port: int | None = None, timeout: float = 60.0) -> tuple[subprocess.Popen, str]:
    """Start `communique serve` on a free loopback port and wait until it answers."""
    port = port or free_port()
    proc = cli("serve", "--db", str(db), "--port", str(port), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"communique serve exited: {proc.stderr.read().decode(errors='replace')[-2000:]}")
        try:
            if httpx.get(base + "/api/stats", timeout=2).status_code == 200:
                return proc, base
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError(f"communique serve did not answer on {base} within {timeout} s")


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def committed(db: str | Path) -> int:
    """Article sources a running ingest has committed to a SQLite store (0 before its tables exist)."""
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as con:
            return con.execute("SELECT count(*) FROM article_sources").fetchone()[0]
    except sqlite3.Error:
        return 0
