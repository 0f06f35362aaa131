"""An event's time comes only from words that modify its own clause (a real parse of sentences written here)."""

from __future__ import annotations

import datetime as dt

import pytest

from communique.nlp.model import load
from communique.when import find_times, resolve
from communique.when.clause import when_of

ANCHOR = dt.date(2020, 5, 1)  # a Friday


@pytest.fixture(scope="module")
def nlp():
    return load()


def _when(nlp, text: str, trigger: str):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == trigger)
    return when_of(doc, tok, ANCHOR)


@pytest.mark.parametrize("text, trigger", [
    ("Protesters marched in the capital for the first time since 1925.", "marched"),
    ("The army has shelled the city since March.", "shelled"),
    ("The settlers left the valley before 1800.", "left"),
    ("The government cut winter fuel payments.", "cut"),
    ("Thousands joined the May Day march in the capital.", "joined"),
    ("The strike on the depot began at 1625 UTC.", "began"),
    ("The minister, who took office in 2016, met the envoy.", "met"),
    ("The talks will go on until June.", "go"),
    ("After his arrest last summer, the mayor agreed to resign.", "agreed"),
    ("The governor extended the curfew to May 20.", "extended"),
    ("Customs officers seized 40 tusks from 2013 to 2019.", "seized"),
    ("The union filed a lawsuit over the 2018 election law.", "filed"),
    ("The mayor asked donors for help in the 2022 campaign.", "asked"),
    ("Divers found that a bomber had sunk the ship in late June.", "sunk"),  # read in May: not next June
    # a possessive time in the object says which thing ("this year's race"), not when the act was
    ("The union endorsed Maria Ortiz for this year's mayoral race.", "endorsed"),
    ("The ministers criticised last week's summit in Brussels.", "criticised"),
    ("The rebels rejected Monday's ceasefire proposal.", "rejected"),
    ("The party will name a candidate for next month's election.", "name"),
    ("Last week's summit was criticised by the opposition.", "criticised"),
])
def test_words_that_do_not_date_the_event(nlp, text, trigger):
    w = _when(nlp, text, trigger)
    assert w.granularity == "article" and w.start == ANCHOR.isoformat()


@pytest.mark.parametrize("text, trigger, start, gran", [
    ("Russia annexed Crimea in 2014.", "annexed", "2014-01-01", "year"),
    ("The minister, who took office in 2016, met the envoy on Tuesday.", "met", "2020-04-28", "day"),
    ("The two leaders will meet next week in Geneva.", "meet", "2020-05-04", "week"),
    ("Rebels seized the town last December.", "seized", "2019-12-01", "month"),
    ("The court sentenced him on April 3 to ten years.", "sentenced", "2020-04-03", "day"),
    ("In a March 9 speech, the governor announced a new budget.", "announced", "2020-03-09", "day"),
    # a possessive time of the event itself: a nominal event, the happening that acts, or the setting
    ("Monday's talks between the two ministers ended without a deal.", "talks", "2020-04-27", "day"),
    ("Tuesday's raid on the village left three dead.", "raid", "2020-04-28", "day"),
    ("The March 3 attack on the embassy was condemned.", "attack", "2020-03-03", "day"),
    ("Sunday's blast killed twelve people.", "killed", "2020-04-26", "day"),
    ("Police detained two men at Saturday's rally.", "detained", "2020-04-25", "day"),
    ("During Tuesday's debate, the senator attacked his rival.", "attacked", "2020-04-28", "day"),
    ("In this year's first quarter, the carmaker cut 300 jobs.", "cut", "2020-01-01", "quarter"),
    ("The carmaker cut 300 jobs in this year's first month.", "cut", "2020-01-01", "year"),
])
def test_the_event_own_time(nlp, text, trigger, start, gran):
    w = _when(nlp, text, trigger)
    assert (w.start, w.granularity) == (start, gran)


def test_clock_times_are_no_years():
    assert resolve("1922 UTC", ANCHOR) is None
    assert [w.text for w in find_times("Sirens sounded at 0905 GMT and again at 1625 UTC.", ANCHOR)] == []
    assert [w.text for w in find_times("The treaty was signed in 1922.", ANCHOR)] == ["1922"]
    assert [w.text for w in find_times("In 1998 hours were cut.", ANCHOR)] == ["1998"]  # 98 is no minute
