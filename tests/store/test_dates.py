"""Dates at the edge of the calendar never overflow the store (issue 17, item 3): event merging reaches back
from an event's date, which at 0001-01-01 is before the first day Python can hold. Such an event (a placeholder
date the text resolved to) is stored as read, merged with nothing."""

from __future__ import annotations

from .helpers import event, event_record, filler


def test_events_dated_the_first_day_of_the_calendar_are_stored_unmerged(store):
    body = filler(11)
    early = event_record("early.html", body, [event("CONSULT", "RUS", "UKR", body,
                                                    when=("0001-01-01", "0001-01-01", "day"))])
    again = event_record("again.html", filler(12), [event("CONSULT", "RUS", "UKR", filler(12),
                                                          when=("0001-01-02", "0001-01-02", "article"))])
    summary = store.add([early, again])
    assert (summary.stored, summary.failed) == (2, 0), store.failures()
    assert sorted(e["mentions"] for e in store.events(merged=True)) == [1, 1]
    assert sorted(e["date"] for e in store.events()) == ["0001-01-01", "0001-01-02"]  # kept as read
