"""The stages on Ray: one actor per worker, each holding one Pipeline (the model loaded once per actor).

The driver reads the input, cuts the same jobs as the local engine (``Pipeline.jobs``), sends at most
``inflight`` of them out at a time, and takes the records back in input order, so the caller stores them
from the driver exactly as a local run would. The driver never loads the model (build its Pipeline with
``preload=False``): the actors parse, the driver only reads and stores. Ray is imported only here, and only
when asked for.

A node that dies mid-run (killed, out of memory, lost from the network) loses no document: each job whose
actor died, or whose result died with its node, is sent again to a live actor, and a replacement actor is
asked for, which Ray places wherever a CPU is free. A job is tried ``MAX_ATTEMPTS`` times; one that kills
every actor it is sent to (a document that exhausts memory) stops the run with ``WorkerDied``, and what was
stored is kept.
"""

from __future__ import annotations

import contextlib
import logging
import re
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

from ..model import Page, Record
from ..pipeline import RUNNERS, Pipeline, ordered_map

INSTALL_HINT = "pip install 'communique[ray]'"
MAX_ATTEMPTS = 3
"""Tries of one job before the run stops: a node lost once or twice is a fault of the cluster, a job that kills
three actors in a row is a fault of its documents."""
REPLACE_WAIT_S = 120.0
"""How long the driver waits for an actor when none is live: at the start, or when every one died (a new node,
a freed CPU)."""
START_GRACE_S = 10.0
"""At the start, how long past the first actor's start the others are waited for; one not placed by then (no free
CPU) joins later."""

log = logging.getLogger(__name__)


class RayNotInstalled(RuntimeError):
    """The ray engine was asked for but Ray is not installed."""


def import_ray():
    """Ray, or an error that says how to install it."""
    try:
        import ray
    except ImportError as exc:
        raise RayNotInstalled(f"the ray engine needs Ray, which is not installed; install it with: {INSTALL_HINT}"
                              ) from exc
    return ray


class WorkerDied(RuntimeError):
    """Ray actors died and the run could not go on (a job failed MAX_ATTEMPTS times, or no actor was left):
    the run stops; what was stored is kept."""


class WorkerFailedToStart(RuntimeError):
    """An actor could not build its Pipeline (the model or an actor file missing on a node): one line, why."""


class _Worker:
    """Body of a Ray actor: one Pipeline, built once, processing job after job."""

    def __init__(self, config: dict[str, Any]) -> None:
        self.pipeline = Pipeline(**config)

    def ready(self) -> bool:
        return True

    def process(self, pages: list[Page], counts: Counter[str], n: int) -> list[Record]:
        return self.pipeline.process_batch(pages, line_counts=counts, n_docs=n)


Job = tuple[list[Page], Counter[str], int]


class _Sent:
    """A job out on an actor: what to send again if the actor or its node dies."""

    __slots__ = ("job", "actor", "ref", "attempt")

    def __init__(self, job: Job, actor: Any, ref: Any, attempt: int) -> None:
        self.job, self.actor, self.ref, self.attempt = job, actor, ref, attempt


class RayRunner:
    """Starts Ray (locally with ``num_cpus=workers``, or connects to ``address``) and ``workers`` actors, spread
    over the cluster's nodes."""

    def __init__(self, config: dict[str, Any], *, workers: int = 1, address: str | None = None) -> None:
        self.ray = ray = import_ray()
        self.workers = max(1, workers)
        self.config = config
        self.resent = 0  # jobs sent again after their actor or its node died
        self._started = False
        if not ray.is_initialized():
            if address:
                ray.init(address=address, include_dashboard=False, log_to_driver=False, logging_level=logging.WARNING)
            else:
                ray.init(num_cpus=self.workers, include_dashboard=False, log_to_driver=False,
                         logging_level=logging.WARNING)
            self._started = True
        self._actor = ray.remote(num_cpus=1, scheduling_strategy="SPREAD")(_Worker)
        self.actors: list[Any] = []  # started and ready
        self._pending: dict[Any, Any] = {}  # ready() ref -> actor loading its model, or waiting for a free CPU
        self._requests = 0
        self._turn = 0
        self._starting = True  # an actor whose Pipeline fails to build stops the run only while starting
        for _ in range(self.workers):
            self._request()
        try:
            self._start_up()
        except BaseException:
            self.close()
            raise

    def _request(self) -> None:
        """Ask Ray for one more actor (placed wherever a CPU is free, spread over the nodes)."""
        self._requests += 1
        actor = self._actor.remote(self.config)
        self._pending[actor.ready.remote()] = actor

    def _start_up(self) -> None:
        """Wait for the first actor (a model that fails to load fails here, once, with ``WorkerFailedToStart``),
        then as long again for the others, which load in parallel; one still waiting for a CPU then joins when
        Ray places it."""
        t0 = time.monotonic()
        self._wait_for_one(WorkerFailedToStart)
        if self._pending:
            self.ray.wait(list(self._pending), num_returns=len(self._pending),
                          timeout=time.monotonic() - t0 + START_GRACE_S)
            self._adopt(0)
        if self._pending:
            log.warning("%d of %d Ray workers are waiting for a free CPU on the cluster; going on with %d",
                        len(self._pending), self.workers, len(self.actors))
        self._starting = False

    def map(self, jobs: Iterable[Job], inflight: int | None = None) -> Iterator[list[Record]]:
        """Records of each job, in order; jobs go to the live actors in turn, and a job whose actor died is sent
        again to another."""
        yield from ordered_map(lambda job: self._send(job, 1), self._result, jobs, inflight or 2 * self.workers)

    def _send(self, job: Job, attempt: int) -> _Sent:
        actor = self._next_actor()
        return _Sent(job, actor, actor.process.remote(*job), attempt)

    def _result(self, sent: _Sent) -> list[Record]:
        lost = (self.ray.exceptions.RayActorError, self.ray.exceptions.ObjectLostError)
        while True:
            try:
                return self.ray.get(sent.ref)
            except lost as exc:
                self._lose(sent.actor, exc)
                if sent.attempt >= MAX_ATTEMPTS:
                    raise WorkerDied(f"a job of {len(sent.job[0])} documents (first: {sent.job[0][0].source}) "
                                     f"killed its Ray worker {sent.attempt} times; last: {_reason(exc)}") from exc
                self.resent += 1
                n = len(sent.job[0])
                log.warning("a Ray worker was lost (%s): its job (%d document%s) was sent again, try %d of %d",
                            _reason(exc), n, "" if n == 1 else "s", sent.attempt + 1, MAX_ATTEMPTS)
                sent = self._send(sent.job, sent.attempt + 1)

    def _lose(self, actor: Any, exc: BaseException) -> None:
        """Drop a dead actor (once, however many of its jobs report it) and ask Ray for a replacement."""
        if not any(a is actor for a in self.actors):
            return
        self.actors = [a for a in self.actors if a is not actor]
        with contextlib.suppress(Exception):  # already gone with its node
            self.ray.kill(actor, no_restart=True)
        if self._requests < self.workers * MAX_ATTEMPTS:
            self._request()

    def _next_actor(self) -> Any:
        self._adopt(0)
        if not self.actors:
            self._wait_for_one(WorkerDied)
        self._turn += 1
        return self.actors[self._turn % len(self.actors)]

    def _wait_for_one(self, error: type[RuntimeError]) -> None:
        """Wait up to REPLACE_WAIT_S for a live actor, else raise ``error``."""
        deadline = time.monotonic() + REPLACE_WAIT_S
        while not self.actors:
            left = deadline - time.monotonic()
            if not self._pending or left <= 0:
                raise error(f"no Ray worker is running and none started within {REPLACE_WAIT_S:.0f} s: does the "
                            "cluster have a free CPU and communique installed on its nodes? (ray status)")
            self._adopt(left)

    def _adopt(self, timeout: float) -> None:
        """Move the actors that have started into the pool (with none live, wait up to ``timeout`` for one). One
        whose node died while it started is asked for again; one whose Pipeline failed to build stops the start
        (``WorkerFailedToStart``), or later, a replacement, is left out with a warning."""
        if not self._pending:
            return
        refs = list(self._pending)
        ready, _ = self.ray.wait(refs, num_returns=len(refs) if self.actors else 1, timeout=timeout)
        for ref in ready:
            actor = self._pending.pop(ref)
            try:
                self.ray.get(ref)
            except self.ray.exceptions.RayActorError as exc:
                if getattr(exc, "actor_init_failed", False):
                    if self._starting:
                        raise WorkerFailedToStart(f"a Ray worker could not start: {_reason(exc)}") from exc
                    log.warning("a replacement Ray worker could not start (%s); going on without it", _reason(exc))
                elif self._requests < self.workers * MAX_ATTEMPTS:
                    self._request()  # its node died under it
                continue
            self.actors.append(actor)

    def close(self) -> None:
        for a in [*self.actors, *self._pending.values()]:
            with contextlib.suppress(Exception):  # gone with its node
                self.ray.kill(a)
        self.actors, self._pending = [], {}
        if self._started:
            self.ray.shutdown()

    def __enter__(self) -> RayRunner:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


_ANSI = re.compile(r"\x1b\[[0-9;]*m")


def _reason(exc: BaseException, limit: int = 160) -> str:
    """One short line from a Ray error: the original exception for an actor whose __init__ raised (the last line
    of its traceback), else Ray's first sentence, without colour."""
    text = _ANSI.sub("", getattr(exc, "error_msg", None) or str(exc))
    lines = [line.strip() for line in text.splitlines() if line.strip() and set(line.strip()) != {"^"}]
    if not lines:
        return type(exc).__name__
    line = lines[-1] if getattr(exc, "actor_init_failed", False) else lines[0]
    return line if len(line) <= limit else line[:limit - 1] + "…"


RUNNERS["ray"] = RayRunner  # Pipeline.pipe(engine="ray") runs here
