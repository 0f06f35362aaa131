"""A seat's city standing for an organisation ("Brussels" for the EU) does so only as a whole mention: inside a longer
phrase ("police in Brussels", "the mayor of Brussels") it is the city, of its country."""

from __future__ import annotations

import pytest

import communique
from communique.actors.phrases import resolve_phrase


@pytest.mark.parametrize(("phrase", "code"), [
    ("Brussels", "EUR"),
    ("police in Brussels", "BEL"),
    ("the mayor of Brussels", "BEL"),
    ("Brussels police", "BEL"),
    ("the European Union", "EUR"),
])
def test_a_seat_stands_for_its_organisation_only_alone(phrase, code):
    got = resolve_phrase(phrase)
    assert got is not None and got.code == code, got


def test_the_eu_by_its_seat_is_the_party_of_an_event():
    rec = communique.process(clean_text="Brussels warned Budapest that it would freeze billions of euros in funds.",
                             date="2022-01-23", upto="events")
    got = [(e.type, [p.code for p in e.actor], [p.code for p in e.recipient]) for e in rec.events]
    assert got and got[0][1] == ["EUR"] and got[0][2] == ["HUN"], got
