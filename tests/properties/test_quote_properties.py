"""Properties of the quote finder and of every offset the language stages give (issue #8): on any text, quotation
marks pair into well-formed, ordered quotations, and the annotate and events stages never raise and point only
at words of the text (``text[start:end]`` is the span's text)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from communique.model import Article, Record, article_id
from communique.nlp.quotemarks import quotations
from communique.quotes import find_quotes

from .strategies import MARKS, news_text, quoted_news

_OPENING = set('"\u201c\u201d\u00ab\u00bb\u201e')


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.one_of(news_text(max_words=60), quoted_news(),
                 st.lists(st.sampled_from([*MARKS, "a", "b", " ", "\n", ",", "."]), max_size=80).map("".join)))
def test_quotations_are_well_formed_and_in_order(text: str) -> None:
    prev_end = 0
    for q in quotations(text):
        assert prev_end <= q.start <= q.inner_start <= q.inner_end <= q.end <= len(text), q
        assert text[q.start] in _OPENING or text.startswith("''", q.start), (text, q)
        assert q.inner_start - q.start in (1, 2)
        if q.closed:
            assert q.end - q.inner_end in (1, 2)
        prev_end = q.end


@pytest.fixture(scope="module")
def stages():
    from communique.annotate import Annotator
    from communique.events.stage import EventStage
    from communique.nlp.model import load

    annotate = Annotator()
    return load(), annotate, EventStage(kb=annotate.kb)


def _span_ok(text: str, start: int | None, end: int | None, words: str | None = None) -> None:
    assert start is not None and end is not None
    assert 0 <= start <= end <= len(text), (start, end, len(text))
    if words is not None:
        assert words == text[start:end], (words, text[start:end])


@settings(max_examples=100, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(st.one_of(quoted_news(), news_text(max_words=120)), st.sampled_from([None, "2022-01-23", "1999-12-31"]))
def test_language_stages_never_raise_and_every_offset_points_at_the_text(stages, text: str, date) -> None:
    nlp, annotate, events = stages
    if not text.strip():
        return
    rec = Record(source="p", article=Article(id=article_id(text), title=None, text=text, date=date), doc=nlp(text))
    rec = events(annotate(rec))
    for e in rec.entities:
        for m in e.mentions:
            _span_ok(text, m.start, m.end, m.text)
    quotes = find_quotes(rec.doc, rec.entities)  # the quote finder on its own: the same quotes
    assert [(q.start, q.end) for q in quotes] == [(q.start, q.end) for q in rec.quotes]
    for q in rec.quotes:
        _span_ok(text, q.start, q.end, q.text)
        assert q.kind in ("direct", "indirect", "mixed", "partial")
        if q.speaker is not None and q.speaker.start is not None:
            _span_ok(text, q.speaker.start, q.speaker.end)
        if q.cue is not None:
            _span_ok(text, q.cue.start, q.cue.end, q.cue.text)
    for ev in rec.events:
        _span_ok(text, ev.evidence.start, ev.evidence.end, ev.evidence.text)
        if ev.trigger is not None:
            _span_ok(text, ev.trigger.start, ev.trigger.end, ev.trigger.text)
        if ev.when is not None:
            assert ev.when.start <= ev.when.end
    assert rec.to_dict()["article"]["text"] == text
