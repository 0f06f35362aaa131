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
"""How long the driver waits for a replacement actor when no live actor is left (a new node, a freed CPU)."""

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
        self.actors = [self._actor.remote(config) for _ in range(self.workers)]
        self._pending: dict[Any, Any] = {}  # ready() ref -> replacement actor not yet placed
        self._turn = 0
        try:
            ray.get([a.ready.remote() for a in self.actors])  # a model that fails to load fails here, once
        except ray.exceptions.RayActorError as exc:
            self.close()
            raise WorkerFailedToStart(f"a Ray worker could not start: {_reason(exc)}") from exc

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
        new = self._actor.remote(self.config)
        self._pending[new.ready.remote()] = new

    def _next_actor(self) -> Any:
        self._adopt(timeout=0 if self.actors else REPLACE_WAIT_S)
        if not self.actors:
            raise WorkerDied(f"every Ray worker died and no replacement started within {REPLACE_WAIT_S:.0f} s; "
                             "check the cluster (ray status)")
        self._turn += 1
        return self.actors[self._turn % len(self.actors)]

    def _adopt(self, timeout: float) -> None:
        """Move the replacements that have started into the pool (with no live actor, wait up to ``timeout``
        for one)."""
        if not self._pending:
            return
        refs = list(self._pending)
        ready, _ = self.ray.wait(refs, num_returns=len(refs) if self.actors else 1, timeout=timeout)
        for ref in ready:
            actor = self._pending.pop(ref)
            try:
                self.ray.get(ref)
            except self.ray.exceptions.RayActorError:  # its node died too: not replaced again
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


def _reason(exc: BaseException) -> str:
    """The last line of a Ray error (the original exception, for an actor whose __init__ raised), without colour."""
    text = _ANSI.sub("", getattr(exc, "error_msg", None) or str(exc))
    lines = [line.strip() for line in text.splitlines() if line.strip() and set(line.strip()) != {"^"}]
    return lines[-1] if lines else type(exc).__name__


RUNNERS["ray"] = RayRunner  # Pipeline.pipe(engine="ray") runs here
