"""A year back from the period a sentence reports: "Citadel posted a third-quarter net loss of $2.3 million,
versus net income of $5.3 million a year earlier" compares the third quarter with the third quarter of the
year before, not with the whole of last year.

"A year earlier" and "the year before" are anaphoric: they shift the time the sentence is about (its
reference time) by a year, at that time's granularity ("For the six months ended Aug. 12 ... a year
earlier" is Aug. 12 of the year before). "A year ago" and "year-ago" count from the article's date, but
beside a reported quarter or half ("third-quarter net ... up from $66.8 million a year ago") they name
that period a year back, as results stories (and TimeML annotators) read them. With no such time in the
sentence the expression keeps its own reading (the year before the anchor).
"""

from __future__ import annotations

import datetime as dt
import re

from communique.when import calendar as cal

_ANAPHORIC = re.compile(r"(?:a|one)\s+year\s+(?:earlier|before)|the\s+(?:year|previous\s+year)\s+before"
                        r"|(?:a\s+)?year-earlier")
_DEICTIC = re.compile(r"(?:a|one)\s+year\s+ago|(?:a\s+)?year-ago")
_PERIODS = frozenset({"quarter", "half"})
"""Reported periods: beside them even "a year ago" names the same period a year back."""
_REFERENCES = _PERIODS | {"month", "day"}
"""The granularities an anaphoric "a year earlier" takes from its sentence's time."""


_TRAILING = re.compile(r"(?P<head>.+?)\s+(?:a|one)\s+year\s+(?:ago|earlier|before)", re.IGNORECASE)


def trailing_shift(words: str) -> str | None:
    """The period a "<period> a year ago/earlier" expression names before its shift ("the quarter a year ago"
    -> "the quarter"), else None."""
    m = _TRAILING.fullmatch(" ".join(words.split()))
    return m["head"] if m else None


def shiftable(words: str) -> str | None:
    """'anaphoric' or 'deictic' when ``words`` are a one-year shift this module reads, else None."""
    w = " ".join(words.lower().split())
    if _ANAPHORIC.fullmatch(w):
        return "anaphoric"
    if _DEICTIC.fullmatch(w):
        return "deictic"
    return None


def year_back(kind: str, references: list[tuple[cal.Range, str]]) -> tuple[cal.Range, str] | None:
    """The reference a year back: the first of ``references`` (the sentence's other times, nearest first)
    of a granularity the kind of shift takes, moved a year earlier; None when there is none."""
    allowed = _REFERENCES if kind == "anaphoric" else _PERIODS
    for (start, end), gran in references:
        if gran not in allowed:
            continue
        try:
            if gran == "day":
                return cal.day_range(_minus_year(start)), gran
            return (_minus_year(start), _minus_year(end + cal.DAY) - cal.DAY), gran
        except (ValueError, OverflowError):
            return None
    return None


def _minus_year(d: dt.date) -> dt.date:
    try:
        return d.replace(year=d.year - 1)
    except ValueError:  # February 29
        return d.replace(year=d.year - 1, day=28)
