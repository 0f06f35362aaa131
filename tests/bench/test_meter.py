"""The overfitting meter's reading of one gold relation against the events coded for its sentence
(bench/meter.py): what it calls right, and which step failed first when it is not."""

from __future__ import annotations

import pytest

from communique.learn.devsets import Gold
from communique.model import Event, Party, Span

from .scripts import bench_script

TEXT = "Germany sent aid to Syria and Turkey."


@pytest.fixture(scope="module")
def meter():
    return bench_script("meter")


def party(words: str) -> Party:
    start = TEXT.index(words)
    return Party(name=words, code=None, span=Span(start, start + len(words), words))


def event(kind: str, actor: str | None, recipient: str | None) -> Event:
    return Event(type=kind, actor=[party(actor)] if actor else [], recipient=[party(recipient)] if recipient else [],
                 evidence=Span(0, len(TEXT), TEXT))


def spans(words: str) -> tuple[tuple[int, int], ...]:
    start = TEXT.index(words)
    return ((start, start + len(words)),)


GOLD = Gold(types=frozenset({"AID"}), source=spans("Germany"), target=spans("Syria"))


@pytest.mark.parametrize(("preds", "kind"), [
    ([], "no event at all"),
    ([event("AID", "Germany", "Syria")], "right"),
    ([event("SUPPORT", "Germany", "Syria")], "pair linked, type wrong"),
    ([event("ASSAULT", "Turkey", None)], "type missing"),
    ([event("AID", "Germany", "Turkey")], "recipient wrong"),
    ([event("AID", "Turkey", "Syria")], "actor wrong"),
    ([event("AID", "Germany", "Turkey"), event("COERCE", "Germany", "Syria")], "pair linked, type wrong"),
])
def test_error_kinds(meter, preds, kind):
    assert meter.error_kind(GOLD, preds) == kind


def test_a_relation_without_parties_needs_only_its_type(meter):
    gold = Gold(types=frozenset({"AID"}))
    assert meter.error_kind(gold, [event("AID", "Turkey", None)]) == "right"
    assert meter.error_kind(gold, [event("ASSAULT", "Turkey", None)]) == "type missing"


def test_rows_average_each_figure_over_runs(meter):
    runs = [{"plv": {"type_found": 0.8, "pair_linked": 0.7, "linked_typed": 0.6}, "reuters": {"events_per_story": 0.1}},
            {"plv": {"type_found": 0.6, "pair_linked": 0.5, "linked_typed": 0.4}, "reuters": {"events_per_story": 0.3}}]
    row = meter.row("test", runs)
    assert row["runs"] == 2
    assert row["PLV type found"] == pytest.approx(0.7)
    assert row["Reuters events/story"] == pytest.approx(0.2)
    assert "GSR type" not in row  # a set no run scored has no column
