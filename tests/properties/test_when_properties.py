"""Properties of the date resolver (issue #8): for any text, anchor date (year 1 to 9999) and tense, finding and
resolving time expressions never raises, every found expression is the text at its span, and every resolved
time is a well-formed ISO range of a known granularity."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from communique.model import When
from communique.when import article_when, find_times, resolve, timeml_value

from .strategies import ANCHORS, TIMES, news_text

GRANULARITIES = {"day", "weekend", "week", "month", "season", "quarter", "half", "year", "decade", "century",
                 "article"}
anchors = st.one_of(ANCHORS, st.dates(), st.dates().map(lambda d: d.isoformat()),
                    st.datetimes().map(lambda d: d), st.sampled_from([None, "", "2022-02-30", "garbage", 20220123]))
tenses = st.one_of(st.sampled_from([None, "past", "present", "future", "PAST", "bogus"]),
                   st.just(lambda s, e: "future"), st.just(lambda s, e: 1 / 0))
time_heavy = st.lists(st.one_of(st.sampled_from(TIMES), news_text(max_words=6)), max_size=12).map(" ".join)


def _well_formed(w: When) -> None:
    start, end = dt.date.fromisoformat(w.start), dt.date.fromisoformat(w.end)
    assert start <= end and w.granularity in GRANULARITIES, w
    timeml_value(w)  # never raises


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.one_of(time_heavy, news_text(max_words=60), st.text(max_size=120)), anchors, tenses,
       st.one_of(st.none(), st.lists(st.tuples(st.integers(-5, 200), st.integers(-5, 200)), max_size=4)))
def test_find_times_never_raises_and_spans_are_the_words_of_the_text(text, anchor, tense, entities) -> None:
    found = find_times(text, anchor, tense, entities=entities)
    last = -1
    for w in found:
        assert w.span is not None and 0 <= w.span.start < w.span.end <= len(text)
        assert w.text == text[w.span.start:w.span.end] == w.span.text
        assert w.span.start >= last  # in text order, no overlaps
        last = w.span.end
        _well_formed(w)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.one_of(st.sampled_from(TIMES), time_heavy, st.text(max_size=40)), anchors, tenses)
def test_resolve_never_raises_and_gives_a_well_formed_range(expression, anchor, tense) -> None:
    w = resolve(expression, anchor, tense)
    if w is not None:
        _well_formed(w)
        assert w.text == expression.strip()


@settings(max_examples=100, deadline=None, derandomize=True)
@given(anchors)
def test_the_article_fallback_is_always_a_day(anchor) -> None:
    w = article_when(anchor)
    assert w.granularity == "article" and w.start == w.end
    dt.date.fromisoformat(w.start)
