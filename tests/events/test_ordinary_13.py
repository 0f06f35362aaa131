"""Ordinary international news (Wikinews-like), the rules alone: acts that are none, and parties misread.

- Appeals to the public at large ("asked voters to request absentee ballots", "urged residents to be patient",
  "called on citizens to wear masks") are notices to the public (CAMEO 02, dropped by PLOVER), no REQUEST made of a
  party; nor is what the public is asked to do an act of the public's.
- Condemning a kind of act as a whole ("any form of violence", "all acts of terrorism") names no target: no ACCUSE.
- A bill or a measure introduced, proposed or debated is law-making at home; what it "would" do is not the act of
  whoever introduces it.
- A relative clause is a clause of its own: "X, who led a coup in 2023, visited Moscow" gives the coup no recipient
  from the main clause, and dates it by its own year.
- An adjective heading a subject with its determiner is a noun ("The military dissolved parliament").
- A verb stressed on its last syllable doubles its consonant: "readmitted" is "readmit".
- Hyphenated words are one word ("counter-protesters", "the secretary-general"), and "the secretary-general" is the
  one the story named with that title.
- The mediator of talks ("UN-mediated talks", "talks mediated by the African Union") and their topic ("over the
  dam") are no party the talks are held with.
- A noun phrase said again in its own clause names others ("Villagers accused villagers from ...").
"""

from __future__ import annotations

import pytest

import communique
from tests.events.rules import assert_coded, assert_none, assert_not_coded, events, roles, rules_alone  # noqa: F401

D = "2024-09-10"

NONE = [
    "Election officials in Ohio asked voters to request absentee ballots before October.",
    "The governor called on residents to boycott the referendum.",
    "Police urged the public to stay away from the city centre on Saturday.",
    "The health ministry encouraged citizens to get vaccinated before the winter.",
    "The interior minister condemned any form of violence ahead of the vote.",
    "The president denounced all acts of terrorism in his address.",
    "Republicans introduced a bill that would impose sanctions on Chinese officials.",
    "Lawmakers debated a resolution that would expel the Russian ambassador.",
    "Police appealed for information about the missing teenager.",
]


@pytest.mark.parametrize("text", NONE)
def test_no_event(text: str) -> None:
    assert [(t, a, r) for t, a, r in roles(text, date=D, modalities=("asserted",))] == [], roles(text, date=D)


CODED = [
    ("COERCE", "The military dissolved parliament on Wednesday and imposed a curfew.", "military", "parliament"),
    ("CONCEDE", "Turkey readmitted Swedish diplomats expelled last year.", "Turkey", "Swedish diplomats"),
    ("ASSAULT", "Protesters clashed with counter-protesters outside the parliament.", "Protesters",
     "counter-protesters"),
    ("ACCUSE", "Villagers accused villagers from a neighbouring district of stealing cattle.", "Villagers",
     "villagers"),
    ("ACCUSE", "Germany condemned all Russian attacks on civilians.", "Germany", "Russia"),
    ("ACCUSE", "The UN condemned all parties to the conflict for attacking hospitals.", "UN", "parties"),
    ("ACCUSE", "Armenia and Azerbaijan accused each other of shelling villages.", "Armenia", "Azerbaijan"),
    ("REQUEST", "The opposition leader called on the government to hold early elections.", "opposition leader",
     "government"),
    # a country's or a place's people are its civilians, a party: an appeal to them is a request
    ("REQUEST", "Israel told Gaza residents to move south.", "Israel", "Gaza residents"),
    ("REQUEST", "Russia urged Ukrainian citizens to lay down their arms.", "Russia", "Ukrainian citizens"),
]


@pytest.mark.parametrize("kind,text,actor,recipient", CODED)
def test_coded(kind: str, text: str, actor: str, recipient: str) -> None:
    assert_coded(kind, text, actor, recipient, date=D)


def test_secretary_general_is_the_one_named() -> None:
    text = ("NATO Secretary General Mark Rutte arrived in Warsaw on Monday. "
            "The secretary-general later met Polish President Andrzej Duda.")
    got = [[p.name for p in e.actor] for e in events(text, date=D) if e.type == "CONSULT"]
    assert ["Mark Rutte"] in got, got


@pytest.fixture()
def with_models(monkeypatch):
    """The shipped models on (the role model chooses the recipients the rules' slots leave open), for one test."""
    monkeypatch.setenv("COMMUNIQUE_EVENT_MODEL", "")
    communique._cached_pipeline.cache_clear()
    yield
    communique._cached_pipeline.cache_clear()


@pytest.mark.usefixtures("with_models")
@pytest.mark.parametrize("text,mediator", [
    ("Armenia and Azerbaijan held UN-mediated talks in Geneva.", "UN"),
    ("Ethiopia and Egypt resumed talks mediated by the African Union over the dam.", "African Union"),
])
def test_mediator_is_no_recipient(text: str, mediator: str) -> None:
    got = [(a, r) for t, a, r in roles(text, date=D) if t == "CONSULT"]
    assert got and all(not any(mediator in x or "dam" in x for x in r) for _, r in got), got


@pytest.mark.usefixtures("with_models")
def test_relative_clause_act_keeps_to_its_clause() -> None:
    text = "General Abdourahamane Tiani, who led a coup in 2023, visited Moscow on Monday."
    evs = events(text, date=D)
    assert any(e.type == "CONSULT" and any(p.code == "RUS" for p in e.recipient) for e in evs), roles(text, date=D)
    for e in evs:
        if e.type == "ASSAULT":
            assert not any(p.code == "RUS" for p in e.recipient), roles(text, date=D)
            assert e.when is not None and e.when.start.startswith("2023"), e.when


def test_appeal_to_a_party_is_still_a_request() -> None:
    assert_coded("REQUEST", "Germany urged Serbia to reduce tensions with Kosovo.", "Germany", "Serbia", date=D)
    assert_not_coded("REQUEST", "Officials encouraged travellers to check their flights.", date=D)
