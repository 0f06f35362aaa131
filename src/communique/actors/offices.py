"""Offices only some countries have (``data/actors/offices.yaml``): a title naming one ("Prime Minister X") rules
out, as the holder's country, every country that has no such office on the article's date."""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import yaml

__all__ = ["Office", "OfficeError", "countries_without", "load_offices"]


class OfficeError(ValueError):
    """An offices file that cannot be used; the message names the file, the entry and the fault."""


@dataclass(frozen=True)
class Office:
    office: str
    words: tuple[str, ...]
    absent: tuple[tuple[str, dt.date | None], ...]  # (country, since when it has none; None: throughout)

    def lacking(self, on: dt.date | None) -> frozenset[str]:
        """The countries without the office on ``on`` (today when None)."""
        when = on or dt.date.today()
        return frozenset(code for code, since in self.absent if since is None or since <= when)


def _entry(n: int, item: object, where: str) -> Office:
    if not isinstance(item, dict) or not isinstance(item.get("office"), str):
        raise OfficeError(f"{where}: entry {n}: needs an office name")
    words = item.get("words")
    if not isinstance(words, list) or not words or not all(isinstance(w, str) and w.strip() for w in words):
        raise OfficeError(f"{where}: entry {n} ({item['office']}): words must be a list of title words")
    absent = []
    for a in item.get("absent") or []:
        parts = str(a).split()
        if not parts or not re.fullmatch(r"[A-Z]{3}", parts[0]) or len(parts) > 2:
            raise OfficeError(f"{where}: entry {n} ({item['office']}): {a!r} is not 'CODE' or 'CODE YYYY-MM-DD'")
        try:
            since = dt.date.fromisoformat(parts[1]) if len(parts) == 2 else None
        except ValueError:
            raise OfficeError(f"{where}: entry {n} ({item['office']}): bad date in {a!r}") from None
        absent.append((parts[0], since))
    return Office(item["office"], tuple(w.lower() for w in words), tuple(absent))


def load_offices(path: Path | None = None) -> tuple[Office, ...]:
    """The offices of ``path`` (the shipped file when None), validated."""
    path = path or Path(str(resources.files("communique.data").joinpath("actors"))) / "offices.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    items = data.get("offices") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise OfficeError(f"{path.name}: the file must hold a list 'offices'")
    return tuple(_entry(n, item, path.name) for n, item in enumerate(items, start=1))


@functools.lru_cache(maxsize=1)
def _shipped() -> tuple[tuple[Office, re.Pattern[str]], ...]:
    return tuple((o, re.compile(r"\b(?:" + "|".join(re.escape(w) for w in o.words) + r")\b", re.I))
                 for o in load_offices())


def countries_without(titles: list[str], on: dt.date | None) -> frozenset[str]:
    """The countries that cannot be the holder's: those lacking an office the titles name ("Prime Minister")."""
    out: set[str] = set()
    for office, rx in _shipped():
        if any(rx.search(t) for t in titles if t):
            out |= office.lacking(on)
    return frozenset(out)
