"""Odd and unbalanced quote marks never raise, and every offset stays inside the text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from communique.nlp.quotemarks import inside, quotations, quote_regions

ODD = [
    "", " ", '"', '""', '"""', "\u201c", "\u201d", "\u201c\u201d\u201c", "He said \u201cyes.",
    "\u201d backwards \u201c marks \u201d here", '"open at the end\n\n"and again', "\u00ab guillemets \u00bb said she.",
    "\u201cunclosed, he said.\n\nNext paragraph.", "'single' quotes 'only', he said.", "\u201e low opener\u201c",
    '" " " " "', 'He said: "', '"\n"\n"',
]


@pytest.mark.parametrize("text", ODD)
def test_odd_marks_parse_and_quote(quotes_of, text):
    quotes_of(text)  # the fixture checks every offset against the text


@pytest.mark.parametrize("text", ODD)
def test_quotations_stay_in_bounds(text):
    for q in quotations(text):
        assert 0 <= q.start <= q.inner_start <= q.inner_end <= q.end <= len(text)


def test_unclosed_quote_runs_to_paragraph_end_and_continues():
    text = "\u201cFirst part\n\n\u201cSecond part,\u201d she said."
    first, second = quotations(text)
    assert not first.closed and first.continued and text[first.inner_start:first.inner_end] == "First part"
    assert second.closed and text[second.inner_start:second.inner_end] == "Second part,"


def test_stray_closing_mark_does_not_swallow_the_paragraph():
    text = "a stray\u201d mark, then \u201cquoted\u201d words"
    (q,) = quotations(text)
    assert text[q.inner_start:q.inner_end] == "quoted"


def test_old_helpers_still_work():
    regions = quote_regions('He said "yes" twice.')
    assert regions == [(8, 13)] and inside(9, regions) == (8, 13) and inside(2, regions) is None


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('ab ,.\n"\u201c\u201d\u00ab\u00bb\'\u2019')), max_size=60))
def test_random_marks(text):
    for q in quotations(text):
        assert 0 <= q.start <= q.inner_start <= q.inner_end <= q.end <= len(text)


def test_typewriter_double_apostrophes_are_quote_marks():
    text = "''We will win,'' he said. Don't count on it."
    (q,) = quotations(text)
    assert text[q.inner_start:q.inner_end] == "We will win,"


_WORDS = ["He", "said", "the", "minister", "Anna", "Berg", "told", "reporters", "that", "according", "to", ",",
          ".", ":", '"', "\u201c", "\u201d", "''", "'", "\n\n", "added", "we", "will", "win", "officials"]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=40))
def test_random_articles_never_raise(quotes_of, words):
    quotes_of(" ".join(words))
