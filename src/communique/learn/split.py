"""Fixed splits of the development sets by a hash of each item's id.

Every dev set a component is tuned on is cut in two once, by ``half(item_id)``: the *working* half is
read and debugged on, the *checking* half is never opened, only scored. The gap between the two halves'
figures measures how much the rules or weights were fitted to the items they were developed on. The
hash is fixed (SHA-256 of the id), so the halves are the same on every machine and in every run.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")
HALVES = ("working", "checking")


def _bucket(item_id: str, n: int, salt: str = "") -> int:
    return int(hashlib.sha256((salt + str(item_id)).encode("utf-8")).hexdigest(), 16) % n


def half(item_id: str) -> str:
    """'working' or 'checking' for this id, the same everywhere."""
    return HALVES[_bucket(item_id, 2)]


def split_halves(items: Iterable[T], key: Callable[[T], str]) -> dict[str, list[T]]:
    """Items grouped by their half: {'working': [...], 'checking': [...]}."""
    out: dict[str, list[T]] = {h: [] for h in HALVES}
    for item in items:
        out[half(key(item))].append(item)
    return out


def folds(items: list[T], key: Callable[[T], str], k: int = 5,
          salt: str = "fold:") -> Iterator[tuple[list[T], list[T]]]:
    """k (train, test) pairs; an item's fold is a salted hash of its id, so folds do not follow the halves; another
    ``salt`` deals the items into other folds (repeated cross-validation, bench/meter.py's fold seeds)."""
    fold_of = [_bucket(key(item), k, salt=salt) for item in items]
    for f in range(k):
        yield ([x for x, g in zip(items, fold_of, strict=True) if g != f],
               [x for x, g in zip(items, fold_of, strict=True) if g == f])
