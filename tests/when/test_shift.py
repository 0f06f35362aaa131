"""'A year earlier' counted back from the time its sentence reports (communique.when.shift)."""

import datetime as dt

import pytest

from communique.when import find_times, resolve, timeml_value
from communique.when.shift import shiftable

ANCHOR = dt.date(2011, 10, 20)


def _value(sentence: str, words: str) -> str | None:
    return timeml_value(resolve(words, ANCHOR, "past", sentence))


@pytest.mark.parametrize("sentence, words, value", [
    # a reported quarter: the same quarter of the year before, with "earlier" and "ago" alike
    ("Acme posted third-quarter profit of $4 million, up from $3 million a year earlier.", "a year earlier",
     "2010-Q3"),
    ("Sales in the latest quarter rose to $9 million from $8 million a year ago.", "a year ago", "2010-Q3"),
    ("Its first-half loss narrowed from a year-earlier loss of $2 million.", "year-earlier", "2010-H1"),
    # an anaphoric shift takes a day or a month too; "ago" counts from the article's date there
    ("For the six months ended June 4, the group earned $5 million, against $6 million a year earlier.",
     "a year earlier", "2010-06-04"),
    ("The company opened a plant in March and closed another a year ago.", "a year ago", "2010"),
    # no time in the sentence: the year before the article's
    ("Borrowing costs were higher than a year earlier.", "a year earlier", "2010"),
])
def test_a_year_back_from_the_sentence(sentence: str, words: str, value: str) -> None:
    assert _value(sentence, words) == value


def test_without_a_sentence_the_words_alone() -> None:
    assert timeml_value(resolve("a year earlier", ANCHOR, "past")) == "2010"


def test_find_times_reads_the_same_way() -> None:
    text = "Acme posted third-quarter profit of $4 million, up from $3 million a year earlier. Rivals grew a year ago."
    got = {w.text: timeml_value(w) for w in find_times(text, ANCHOR)}
    assert got["a year earlier"] == "2010-Q3"
    assert got["a year ago"] == "2010"  # the next sentence reports no quarter


def test_only_one_year_shifts() -> None:
    assert shiftable("a year earlier") == "anaphoric"
    assert shiftable("A year ago") == "deictic"
    assert shiftable("two years earlier") is None
    assert shiftable("last year") is None


def test_a_period_a_year_back_in_one_expression() -> None:
    assert timeml_value(resolve("the quarter a year ago", ANCHOR, "past")) == "2010-Q3"
    assert timeml_value(resolve("March a year earlier", ANCHOR, "past")) == "2010-03"
