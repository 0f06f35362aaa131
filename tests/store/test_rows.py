"""The lead flag of an event row (GDELT's IsRootEvent): the story's first paragraph of prose, not a dateline above
it, on a story written for this test."""

from __future__ import annotations

from communique.store.rows import event_rows, lead_end_of

DATELINED = ("Tuesday, May 4, 2021\n\n"
             "On Monday, the mayor of Lyon announced that the city will close its old bridge to cars.\n\n"
             "The council had voted on the plan in March, the mayor said.")


def _event(text: str, sentence: str) -> dict:
    start = text.index(sentence)
    return {"type": "AGREE", "actor": [{"name": "the mayor of Lyon", "code": "FRA"}], "recipient": [],
            "evidence": {"start": start, "end": start + len(sentence), "text": sentence}}


def test_a_dateline_is_not_the_lead():
    record = {"article": {"text": DATELINED, "date": "2021-05-04"},
              "events": [_event(DATELINED, "the mayor of Lyon announced"), _event(DATELINED, "The council had voted")]}
    assert [row["lead"] for row in event_rows("a1", record)] == [True, False]


def test_where_the_lead_ends():
    assert DATELINED[:lead_end_of(DATELINED)].endswith("to cars.")
    assert lead_end_of("One paragraph only.") == len("One paragraph only.")
    assert lead_end_of("Bridge closed.\n\nMore words follow here.") == len("Bridge closed.")  # short, but a sentence
    assert lead_end_of("") == 0


def test_an_act_with_an_unnamed_doer_is_stored_exported_and_found(store, tmp_path):
    """"The former minister was sentenced": no actor, one row with an empty actor code, kept by every path."""
    from communique.exports import write_events
    from communique.exports.gdelt import read_gdelt

    from .helpers import event, event_record, filler

    body = filler(3)
    ev = event("SANCTION", [], "KEN", body, quad=4, score=-5.0)
    store.add([event_record("a.html", body, [ev], date="2021-05-04")])
    [row] = store.events()
    assert (row["type"], row["actor_code"], row["recipient_code"]) == ("SANCTION", "", "KEN")
    assert [r["type"] for r in store.events(recipient="KEN")] == ["SANCTION"]
    assert len(store.events(merged=True)) == 1
    out = tmp_path / "e.tsv"
    write_events(store.events(), "gdelt", out)
    [g] = read_gdelt(out)
    assert (g["Actor1Code"], g["Actor2Code"]) == ("", "KEN")
