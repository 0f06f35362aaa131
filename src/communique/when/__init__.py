"""When did it happen: time expressions in English news text, resolved against the article's date (the one
time package: events, quotes and the store use it from here).

    resolve("last December", date(2022, 1, 23))  ->  When(2021-12-01 .. 2021-12-31, month)
    find_times("Talks ended Friday and resume next week.", date(2022, 1, 23))  ->  [Friday, next week]
    article_when(date(2022, 1, 23))  ->  the fallback, granularity "article"

A ``When`` is an inclusive ISO date range with a granularity: day, week, weekend, month, season,
quarter, half, year, decade (or ``article``). Weeks are ISO weeks (Monday to Sunday). Seasons are
northern-hemisphere meteorological seasons (spring = March to May, summer = June to August, fall =
September to November, winter = December to February, named by the year it starts in). Parts of a
day ("tonight", "Friday morning") resolve to the day. Recurring names without "last"/"next"
("Friday", "December", "spring") take the latest occurrence on or before the anchor unless the clause
is in the future tense; a month and day without a year ("Jan. 21") with no tense known take the
nearest one. Vague words ("now", "recently", "the future") resolve to nothing: the caller falls back
to ``article_when``. The vocabulary is data: ``communique/data/time_words.yaml``.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable
from dataclasses import replace

from communique.model import Span, When
from communique.when import calendar as cal
from communique.when.lexicon import lexicon
from communique.when.match import Hit, TenseHint, _norm_tense, best_match, candidates, select
from communique.when.shift import shiftable, trailing_shift, year_back
from communique.when.tense import guess_tense, sentence_spans

MAX_TEXT = 200_000
"""Longer texts are cut: time expressions are looked for in the first 200,000 characters only."""

__all__ = ["resolve", "find_times", "article_when", "timeml_value", "guess_tense"]


def _anchor(anchor: object) -> dt.date | None:
    if isinstance(anchor, dt.datetime):
        return anchor.date()
    if isinstance(anchor, dt.date):
        return anchor
    if isinstance(anchor, str):
        try:
            return dt.date.fromisoformat(anchor.strip()[:10])
        except ValueError:
            return None
    return None


def resolve(expression: str, anchor: dt.date, tense: str | None = None, sentence: str | None = None) -> When | None:
    """The time one expression names, or None when it names none (or is not a string).

    ``tense`` ('past', 'present', 'future') is that of the clause the expression stands in; it decides
    whether a bare "Friday" is the last or the next one. When the expression holds more than a time
    ("9 a.m. EDT Thursday"), its longest time expression is resolved. ``sentence``, the sentence the
    expression stands in, when given, is what "a year earlier" counts back from (``when.shift``)."""
    a = _anchor(anchor)
    if not isinstance(expression, str) or a is None or not expression.strip():
        return None
    found = best_match(expression[:1000], a, tense)
    if found is None:
        return None
    head = trailing_shift(expression)
    if head is not None:  # "the quarter a year ago": that period, a year back
        inner = best_match(head, a, tense)
        moved = year_back("anaphoric", [inner]) if inner is not None else None
        if moved is not None:
            found = moved
    kind = shiftable(expression) if isinstance(sentence, str) else None
    if kind is not None:
        at = sentence.find(expression.strip())
        others = [h for h in candidates_in(sentence[:1000], a, tense)
                  if at < 0 or h.end <= at or h.start >= at + len(expression.strip())]
        others.sort(key=lambda h: abs(h.start - at))
        found = year_back(kind, [(h.range, h.granularity) for h in others]) or found
    (start, end), gran = found
    return When(start=start.isoformat(), end=end.isoformat(), granularity=gran, text=expression.strip())


def find_times(text: str, anchor: dt.date, tense: TenseHint = None,
               entities: Iterable[tuple[int, int]] | None = None) -> list[When]:
    """Every time expression in ``text``, in text order, each with its ``span`` (``When.text ==
    text[span.start:span.end]``). Overlaps are settled longest first ("Monday, Jan. 21, 2022" is one
    expression, not three).

    ``tense`` is 'past', 'present' or 'future' for every expression, or a function ``(start, end) ->
    tense or None`` for the clause around each expression's span (a caller with a parse passes the tense
    of the governing verb). Where it gives none, the tense is guessed from the expression's sentence.

    ``entities``: (start, end) spans a tagger marked as dates (spaCy's DATE entities). Inside them the
    rules run without the running-text caution (a lower-case month, a bare "fall", an old year without
    "in" are taken), so a tagger's recall adds to this module's; outside them nothing changes."""
    a = _anchor(anchor)
    if not isinstance(text, str) or a is None or not text:
        return []
    text = text[:MAX_TEXT]
    out: list[When] = []
    hint = tense if callable(tense) else _norm_tense(tense)
    hits = candidates(text, a, hint, strict=True, guess=True)
    for s, e in _spans(entities, len(text)):
        hits += candidates(text, a, hint, strict=False, guess=True, within=(s, e))
    kept = _year_back(text, select(hits))
    for h in kept:
        words = text[h.start:h.end]
        out.append(When(start=h.range[0].isoformat(), end=h.range[1].isoformat(), granularity=h.granularity,
                        text=words, span=Span(h.start, h.end, words)))
    return out


def candidates_in(text: str, anchor: dt.date, tense: str | None) -> list[Hit]:
    """The time expressions of a running text (a sentence), longest first where they overlap."""
    return select(candidates(text, anchor, _norm_tense(tense), strict=True, guess=tense is None))


def _year_back(text: str, hits: list[Hit]) -> list[Hit]:
    """Each "a year earlier" / "a year ago" counted back from its sentence's reported time (``when.shift``)."""
    if not any(shiftable(text[h.start:h.end]) for h in hits):
        return hits
    spans = sentence_spans(text)
    starts = [s for s, _ in spans]

    def sent(pos: int) -> int:
        return bisect.bisect_right(starts, pos) - 1

    out = []
    for h in hits:
        kind = shiftable(text[h.start:h.end])
        if kind is not None:
            k = sent(h.start)
            others = sorted((o for o in hits if o is not h and sent(o.start) == k),
                            key=lambda o: abs(o.start - h.start))
            moved = year_back(kind, [(o.range, o.granularity) for o in others])
            if moved is not None:
                h = replace(h, range=moved[0], granularity=moved[1])
        out.append(h)
    return out


def _spans(entities: object, n: int) -> list[tuple[int, int]]:
    """The well-formed (start, end) pairs among ``entities``, clipped to the text."""
    out: list[tuple[int, int]] = []
    try:
        for pair in entities or ():  # type: ignore[attr-defined]
            s, e = (int(x) for x in pair)
            s, e = max(0, s), min(n, e)
            if s < e:
                out.append((s, e))
    except (TypeError, ValueError):
        return out
    return out


def article_when(anchor: dt.date) -> When:
    """The fallback when the text says nothing: the article's own date, granularity ``article``."""
    a = _anchor(anchor) or dt.date.today()
    return When(start=a.isoformat(), end=a.isoformat(), granularity="article", text="")


def timeml_value(when: When | None) -> str | None:
    """The TimeML TIMEX3 value of a resolved time: 2022-01-21, 2022-W03, 2022-W03-WE, 2021-12, 2021-WI,
    1998-Q1, 1998-H2, 2019, 199 (a decade); None when there is none."""
    if when is None:
        return None
    try:
        start, end = dt.date.fromisoformat(when.start), dt.date.fromisoformat(when.end)
    except (TypeError, ValueError):
        return None
    codes = {s.first: s.code for s in lexicon().words.seasons.values()}
    return cal.timeml(start, end, when.granularity, codes)
