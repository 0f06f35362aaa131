"""A real two-node Ray cluster on one machine, for tests and benchmarks: a head and a second node, each started
by `ray start --block` as its own process (in its own session), both bound to 127.0.0.1, sharing a short temporary
folder. Every process it starts carries a marker in its environment (Ray's workers inherit it from their raylet), so
that stopping it kills exactly its own processes (never `ray stop`, which would stop every Ray on the machine) and
``leftovers`` can prove none outlived it.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

from .servers import free_port

RAY = str(Path(sys.executable).with_name("ray"))
MARK = "COMMUNIQUE_TEST_RAY_CLUSTER"


class Node:
    """One `ray start --block` process, and the output it printed."""

    def __init__(self, name: str, args: list[str], env: dict[str, str]) -> None:
        self.name = name
        self.lines: list[str] = []
        self._up = threading.Event()
        self.proc = subprocess.Popen([RAY, "start", *args], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                     stdin=subprocess.DEVNULL, text=True, env=env, start_new_session=True)
        threading.Thread(target=self._read, daemon=True, name=f"ray-{name}-output").start()

    def wait_up(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while not self._up.wait(0.1):
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"ray {self.name} did not start: " + "".join(self.lines)[-3000:])

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.append(line)
            if "Ray runtime started" in line:
                self._up.set()

    def processes(self) -> list[psutil.Process]:
        """The `ray start` process and everything under it now (raylet, GCS, agents, the workers running actors)."""
        try:
            top = psutil.Process(self.proc.pid)
            return [top, *top.children(recursive=True)]
        except psutil.NoSuchProcess:
            return []


class LocalCluster:
    """``start()`` a head and a second node (``cpus`` each); ``address`` for ``--address`` and ``env`` for the
    driver's environment; ``kill_node()`` kills the second node as a power cut would; ``stop()`` ends everything
    (idempotent, safe after any failure)."""

    def __init__(self, cpus: int = 1, timeout: float = 90.0) -> None:
        self.cpus, self.timeout = cpus, timeout
        self.nodes: list[Node] = []
        self.seen: dict[int, psutil.Process] = {}
        self.tmp: Path | None = None
        self.port = 0
        # token authentication, the token given to every node and driver (not ~/.ray/auth_token, which
        # an earlier local Ray may have written, or not)
        self.env = {"RAY_AUTH_MODE": "token", "RAY_AUTH_TOKEN": secrets.token_hex(32), "RAY_USAGE_STATS_ENABLED": "0"}

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def start(self) -> LocalCluster:
        # a short folder: Ray's Unix sockets live under it, and a socket path may not pass 107 bytes
        self.tmp = Path(tempfile.mkdtemp(prefix="cqray", dir="/tmp"))
        self.port = free_port()
        try:
            self._node("head", ["--head", "--port", str(self.port), "--include-dashboard", "false",
                                "--dashboard-port", str(free_port())])
            self._node("node", ["--address", self.address])
        except BaseException:
            self.stop()
            raise
        return self

    def restart_node(self) -> None:
        """A new second node in place of a killed one (the head keeps running)."""
        assert self.nodes[1].proc.poll() is not None, "the second node is still running"
        self._node("node", ["--address", self.address], replace=1)

    def _node(self, name: str, args: list[str], replace: int | None = None) -> None:
        env = {**os.environ, **self.env, MARK: str(self.tmp)}
        node = Node(name, [*args, "--node-ip-address", "127.0.0.1", "--num-cpus", str(self.cpus),
                           "--temp-dir", str(self.tmp), "--dashboard-agent-listen-port", str(free_port()),
                           "--block", "--disable-usage-stats"], env)
        if replace is None:
            self.nodes.append(node)
        else:
            self.nodes[replace] = node
        node.wait_up(self.timeout)
        self._remember()

    def _remember(self) -> None:
        for node in self.nodes:
            for p in node.processes():
                self.seen.setdefault(p.pid, p)

    def kill_node(self) -> int:
        """SIGKILL every process of the second node at once (raylet, agents, its actors' workers); how many."""
        node = self.nodes[1]
        procs = node.processes()
        for p in procs:
            self.seen.setdefault(p.pid, p)
            with contextlib.suppress(psutil.Error):
                p.kill()
        psutil.wait_procs(procs, timeout=10)
        node.proc.wait(timeout=10)
        return len(procs)

    def stop(self) -> None:
        """The second node, then the head: SIGTERM each `ray start --block` (it stops its processes), then
        SIGKILL whatever of ours is still alive after 15 s; the temporary folder goes last."""
        self._remember()
        for node in reversed(self.nodes):
            if node.proc.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    node.proc.send_signal(signal.SIGTERM)
                try:
                    node.proc.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    node.proc.kill()
                    node.proc.wait(timeout=10)
        for p in self.leftovers():
            with contextlib.suppress(psutil.Error):
                p.kill()
        psutil.wait_procs(list(self.seen.values()), timeout=10)
        if self.tmp is not None:
            shutil.rmtree(self.tmp, ignore_errors=True)

    def leftovers(self) -> list[psutil.Process]:
        """Processes of this cluster still alive: any seen under its nodes, or carrying its marker."""
        alive = {pid: p for pid, p in self.seen.items() if _running(p)}
        if self.tmp is not None:
            for p in psutil.process_iter():
                with contextlib.suppress(psutil.Error):
                    if p.pid not in alive and p.environ().get(MARK) == str(self.tmp) and _running(p):
                        alive[p.pid] = p
        return list(alive.values())


def _running(p: psutil.Process) -> bool:
    try:
        return p.is_running() and p.status() != psutil.STATUS_ZOMBIE
    except psutil.Error:
        return False
