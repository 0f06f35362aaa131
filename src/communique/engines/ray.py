"""The stages on Ray: one actor per worker, each holding one Pipeline (the model loaded once per actor).

The driver reads the input, cuts the same jobs as the local engine (``Pipeline.jobs``), sends at most
``inflight`` of them out at a time, and takes the records back in input order, so the caller stores them
from the driver exactly as a local run would. Ray is imported only here, and only when asked for.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

from ..model import Page, Record
from ..pipeline import RUNNERS, Pipeline, ordered_map

INSTALL_HINT = "pip install 'communique[ray]'"


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
    """A Ray actor died (out of memory, node lost): the run stops; what was stored is kept."""


class _Worker:
    """Body of a Ray actor: one Pipeline, built once, processing job after job."""

    def __init__(self, config: dict[str, Any]) -> None:
        self.pipeline = Pipeline(**config)

    def ready(self) -> bool:
        return True

    def process(self, pages: list[Page], counts: Counter[str], n: int) -> list[Record]:
        return self.pipeline.process_batch(pages, line_counts=counts, n_docs=n)


class RayRunner:
    """Starts Ray (locally with ``num_cpus=workers``, or connects to ``address``) and ``workers`` actors."""

    def __init__(self, config: dict[str, Any], *, workers: int = 1, address: str | None = None) -> None:
        self.ray = ray = import_ray()
        self.workers = max(1, workers)
        self._started = False
        if not ray.is_initialized():
            if address:
                ray.init(address=address, include_dashboard=False, log_to_driver=False, logging_level=logging.WARNING)
            else:
                ray.init(num_cpus=self.workers, include_dashboard=False, log_to_driver=False,
                         logging_level=logging.WARNING)
            self._started = True
        actor = ray.remote(num_cpus=1)(_Worker)
        self.actors = [actor.remote(config) for _ in range(self.workers)]
        ray.get([a.ready.remote() for a in self.actors])  # a model that fails to load fails here, once

    def map(self, jobs: Iterable[tuple[list[Page], Counter[str], int]], inflight: int | None = None
            ) -> Iterator[list[Record]]:
        """Records of each job, in order; job i goes to actor i mod workers."""
        turn = iter(range(1 << 62))

        def submit(job: tuple[list[Page], Counter[str], int]):
            return self.actors[next(turn) % self.workers].process.remote(*job)

        def result(ref):
            try:
                return self.ray.get(ref)
            except self.ray.exceptions.RayActorError as exc:
                raise WorkerDied(str(exc)) from exc

        yield from ordered_map(submit, result, jobs, inflight or 2 * self.workers)

    def close(self) -> None:
        for a in self.actors:
            self.ray.kill(a)
        self.actors = []
        if self._started:
            self.ray.shutdown()

    def __enter__(self) -> RayRunner:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


RUNNERS["ray"] = RayRunner  # Pipeline.pipe(engine="ray") runs here
