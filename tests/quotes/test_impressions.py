"""Verbs of seeming and "as" clauses (sentences of our own):
- "X seems / appears to V" reports an impression of X: the content is X with what it seems to do or be; the quote
  has no speaker when X only seems to be or have something ("appears to be slipping"), X speaks when it seems to
  do something ("appeared to mock the plan", "seemed to suggest that ...");
- "it seems that ..." attributes nothing;
- a verb with its own object in an "as" clause ("As the mayor praised the volunteers, ...") is a time clause: it
  reports its object, not the main clause ("As the Post reported, ..." still reports it)."""

from __future__ import annotations


def _by_cue(quotes_of, text: str, cue: str) -> list:
    return [q for q in quotes_of(text) if q.cue is not None and q.cue.text == cue]


def test_seeming_to_be_is_an_impression_with_no_speaker(quotes_of):
    got = _by_cue(quotes_of, "The harbour repairs appear to be running late.", "appear")
    assert [(q.text, q.speaker) for q in got] == [("The harbour repairs appear to be running late", None)], got


def test_a_reporting_verb_under_seem_keeps_its_speaker(quotes_of):
    quotes = quotes_of("The mayor seemed to suggest that the ferry would stop running in winter.")
    assert len(quotes) == 1 and quotes[0].text.endswith("the ferry would stop running in winter"), quotes
    assert quotes[0].speaker is not None and quotes[0].speaker.end == 9  # "The mayor"


def test_seeming_to_do_is_the_subjects_own(quotes_of):
    got = _by_cue(quotes_of, "The councillor appeared to mock the harbour board's plan.", "appeared")
    assert [q.text for q in got] == ["The councillor appeared to mock the harbour board's plan"], got
    assert got[0].speaker is not None and got[0].speaker.end == 14  # "The councillor"


def test_it_seems_that_attributes_nothing(quotes_of):
    assert _by_cue(quotes_of, "It seems that the ferry will stop running in winter.", "seems") == []


def test_an_as_clause_with_its_own_object_reports_the_object(quotes_of):
    got = _by_cue(quotes_of, "As the mayor praised the volunteers, the harbour board met behind closed doors.",
                  "praised")
    assert [q.text for q in got] == ["the volunteers"], got


def test_as_the_paper_reported_still_reports_the_main_clause(quotes_of):
    got = _by_cue(quotes_of, "As the Gazette reported, the ferry will stop running in winter.", "reported")
    assert [q.text for q in got] == ["the ferry will stop running in winter"], got
