"""The vocabulary of the time resolver, read from ``data/time_words.yaml`` and checked at load.

Knowledge lives in the data file so users can add a language's abbreviations or a holiday without
touching code; a bad entry fails loudly at load with the key that is wrong, never later mid-article.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

DATA = Path(__file__).resolve().parents[1] / "data" / "time_words.yaml"
GRANULARITIES = ("day", "week", "weekend", "month", "season", "quarter", "half", "year", "decade", "century")


class TimeWordsError(ValueError):
    """A time-words file that cannot be used; the message names the section and the faulty entry."""


@dataclass(frozen=True)
class Holiday:
    month: int = 0
    day: int | None = None  # fixed date
    weekday: int | None = None  # or the n-th weekday of the month (n = -1: the last)
    n: int | None = None
    start: int = 1  # counting the n-th weekday from this day of the month
    easter: int | None = None  # or this many days from (Gregorian) Easter Sunday


@dataclass(frozen=True)
class Season:
    first: int  # first month
    last: int  # last month (winter: 2, of the next year)
    code: str  # TimeML's SP / SU / FA / WI


@dataclass(frozen=True)
class Words:
    months: dict[str, int]
    weekdays: dict[str, int]
    seasons: dict[str, Season]
    day_parts: tuple[str, ...]
    numbers: dict[str, int]
    ordinals: dict[str, int]
    decades: dict[str, int]
    units: dict[str, str]
    hedges: tuple[str, ...]
    holidays: dict[str, Holiday]
    parts: dict[str, tuple[float, float]]
    weekday_names_after: frozenset[str] = frozenset()
    weekday_names_before: frozenset[str] = frozenset()
    anchors: frozenset[str] = frozenset()
    """Prepositions whose time bounds a span, not the event ("since 1925", "before 1800", "until May")."""
    clock_zones: tuple[str, ...] = ()
    """Words after a four-digit clock time ("1625 UTC", "0900 GMT", "2200 local time"): a time of day, no year."""


def _fail(section: str, msg: str) -> TimeWordsError:
    return TimeWordsError(f"time words, section {section!r}: {msg}")


def _int(section: str, v: Any, lo: int, hi: int) -> int:
    if isinstance(v, bool) or not isinstance(v, int) or not lo <= v <= hi:
        raise _fail(section, f"{v!r} is not an integer in [{lo}, {hi}]")
    return v


def _word(section: str, v: Any) -> str:
    if not isinstance(v, str) or not v.strip() or v != v.strip().lower():
        raise _fail(section, f"{v!r} is not a lower-case word")
    return v


def _names(raw: dict[str, Any], section: str, lo: int, hi: int) -> dict[str, int]:
    out: dict[str, int] = {}
    block = raw.get(section)
    if not isinstance(block, dict) or not block:
        raise _fail(section, "missing or not a mapping")
    for k, names in block.items():
        num = _int(section, k, lo, hi)
        if not isinstance(names, list) or not names:
            raise _fail(section, f"{k}: expected a list of names")
        for name in names:
            if _word(section, name) in out and out[name] != num:
                raise _fail(section, f"{name!r} names both {out[name]} and {num}")
            out[name] = num
    missing = set(range(lo, hi + 1)) - set(out.values())
    if missing:
        raise _fail(section, f"no names for {sorted(missing)}")
    return out


def _word_map(raw: dict[str, Any], section: str, lo: int, hi: int) -> dict[str, int]:
    block = raw.get(section)
    if not isinstance(block, dict):
        raise _fail(section, "missing or not a mapping")
    return {_word(section, k): _int(section, v, lo, hi) for k, v in block.items()}


def _word_list(raw: dict[str, Any], section: str) -> tuple[str, ...]:
    block = raw.get(section)
    if not isinstance(block, list):
        raise _fail(section, "missing or not a list")
    return tuple(_word(section, w) for w in block)


def parse(raw: Any) -> Words:
    """Check a loaded mapping and build the vocabulary; raise TimeWordsError naming the first fault."""
    if not isinstance(raw, dict):
        raise TimeWordsError("time words: the file is not a mapping")
    seasons: dict[str, Season] = {}
    for name, s in (raw.get("seasons") or {}).items():
        if not isinstance(s, dict) or not isinstance(s.get("months"), list) or len(s["months"]) != 2:
            raise _fail("seasons", f"{name}: expected {{months: [first, last], code: XX}}")
        first, last = (_int("seasons", m, 1, 12) for m in s["months"])
        code = s.get("code")
        if not isinstance(code, str) or len(code) != 2 or not code.isupper():
            raise _fail("seasons", f"{name}: code {code!r} is not two capitals")
        seasons[_word("seasons", name)] = Season(first, last, code)
    if not seasons:
        raise _fail("seasons", "missing or empty")
    units = raw.get("units")
    if not isinstance(units, dict) or not units:
        raise _fail("units", "missing or not a mapping")
    for k, v in units.items():
        if _word("units", k) and v not in GRANULARITIES:
            raise _fail("units", f"{k}: {v!r} is not one of {GRANULARITIES}")
    holidays: dict[str, Holiday] = {}
    for name, h in (raw.get("holidays") or {}).items():
        if isinstance(h, dict) and "easter" in h:
            holidays[_word("holidays", name)] = Holiday(easter=_int("holidays", h["easter"], -70, 70))
            continue
        if not isinstance(h, dict) or "month" not in h:
            raise _fail("holidays", f"{name}: expected {{month, day}}, {{month, weekday, n}} or {{easter}}")
        month = _int("holidays", h["month"], 1, 12)
        if "day" in h:
            holidays[_word("holidays", name)] = Holiday(month, day=_int("holidays", h["day"], 1, 31))
        elif "weekday" in h and "n" in h:
            n = _int("holidays", h["n"], -1, 5)
            if n == 0:
                raise _fail("holidays", f"{name}: n must not be 0")
            weekday = _int("holidays", h["weekday"], 0, 6)
            start = _int("holidays", h.get("from", 1), 1, 25)
            holidays[_word("holidays", name)] = Holiday(month, weekday=weekday, n=n, start=start)
        else:
            raise _fail("holidays", f"{name}: needs a day, or a weekday and n")
    parts: dict[str, tuple[float, float]] = {}
    for name, p in (raw.get("parts") or {}).items():
        ok = isinstance(p, list) and len(p) == 2 and all(isinstance(x, int | float) for x in p)
        if not ok or not 0 <= p[0] < p[1] <= 1:
            raise _fail("parts", f"{name}: expected [from, to] with 0 <= from < to <= 1")
        parts[_word("parts", name)] = (float(p[0]), float(p[1]))
    return Words(
        months=_names(raw, "months", 1, 12),
        weekdays=_names(raw, "weekdays", 0, 6),
        seasons=seasons,
        day_parts=_word_list(raw, "day_parts"),
        numbers=_word_map(raw, "numbers", 0, 1000),
        ordinals=_word_map(raw, "ordinals", 1, 31),
        decades=_word_map(raw, "decades", 0, 90),
        units={str(k): str(v) for k, v in units.items()},
        hedges=_word_list(raw, "hedges"),
        holidays=holidays,
        parts=parts,
        weekday_names_after=frozenset(_word_list(raw, "weekday_names_after")),
        weekday_names_before=frozenset(_word_list(raw, "weekday_names_before")),
        anchors=frozenset(_word_list(raw, "anchors") if "anchors" in raw else ()),
        clock_zones=_word_list(raw, "clock_zones") if "clock_zones" in raw else (),
    )


@lru_cache(maxsize=4)
def load(path: Path = DATA) -> Words:
    """The vocabulary in ``path`` (the shipped file by default), parsed once."""
    with path.open(encoding="utf-8") as f:
        return parse(yaml.safe_load(f))
