"""Dates at the edge of the calendar never overflow the store (issue 17, item 3): event merging reaches back two
days from an article's date, which at 0001-01-01 is before the first day Python can hold."""

from __future__ import annotations

from .helpers import event, event_record, filler


def test_events_dated_the_first_day_of_the_calendar_are_stored_and_merged(store):
    body = filler(11)
    early = event_record("early.html", body, [event("CONSULT", "RUS", "UKR", body,
                                                    when=("0001-01-01", "0001-01-01", "day"))])
    again = event_record("again.html", filler(12), [event("CONSULT", "RUS", "UKR", filler(12),
                                                          when=("0001-01-02", "0001-01-02", "article"))])
    summary = store.add([early, again])
    assert (summary.stored, summary.failed) == (2, 0), store.failures()
    [merged] = store.events(merged=True)
    assert merged["mentions"] == 2
