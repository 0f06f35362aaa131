"""Linking, eleventh round (the linking helper): who did it to whom, by the structure of English. A nation's attack
named by its possessor is that nation's forces' ("Russia's shelling of the city killed ..."), people named in a
place the tagger took for an organisation are those people ("clashed with gunmen in Sinaloa"), and whoever reports
an act is not its recipient ("..., the regional administration said"). Every sentence is our own."""

from __future__ import annotations

import pytest

from communique.events.classifier import DEFAULT_PATH, load_model
from communique.events.coder import Coder
from communique.events.recipients import _a_place, _tellers
from communique.events.roles import DEFAULT_ROLE_PATH, load_role_model
from communique.model import Actor, Entity

from .parsed import record
from .rules import (
    assert_coded,
    assert_not_coded,
    rules_alone,  # noqa: F401 (the module-wide fixture)
)


@pytest.mark.parametrize("text, actor, recipient", [
    ("Russia's bombardment of Mariupol killed dozens of residents.", "Russia", ""),
    ("Turkey's shelling of Kurdish villages wounded six farmers.", "Turkey", ""),
    ("Israel's strikes on the Gaza Strip killed at least 30 people overnight.", "Israel", ""),
])
def test_a_nations_attack_named_by_its_possessor_is_its_forces(text, actor, recipient):
    """"Israeli strikes killed 40" names whose forces struck by a modifier; "Israel's bombardment killed 40" by the
    possessor of the attack's noun: the same doer."""
    assert_coded("ASSAULT", text, actor, recipient)


def test_people_in_a_place_the_tagger_took_for_an_organisation_are_those_people():
    """"Sinaloa" read as an organisation is still a place of Mexico: "gunmen in Sinaloa" are the gunmen, of Mexico,
    not the place."""
    assert_coded("ASSAULT", "Mexican marines clashed with cartel gunmen in Sinaloa on Friday.", "marines", "gunmen")
    place = Entity(id="x", name="Sinaloa", label="ORG", actor=Actor(code="MEX"))
    ministry = Entity(id="y", name="Interior Ministry", label="ORG", actor=Actor(code="MEX", sector="GOV"))
    assert _a_place(place) and not _a_place(ministry)
    assert not _a_place(Entity(id="z", name="Lopez", label="PERSON", actor=Actor(code="MEX")))
    assert not _a_place(Entity(id="u", name="UN", label="ORG", actor=Actor(code="UNO")))


def test_the_teller_of_an_act_is_never_its_recipient(nlp, annotate):
    """The subject of the verb of saying that reports the act ("..., the Kurdish-led administration said", "Kyiv's
    air force said ...") tells of the act; the learned chooser does not make it the recipient."""
    doc = nlp("A Turkish drone hit a farm near Kobani, the Kurdish-led administration said.")
    told = {doc[i].text for i in _tellers(next(t for t in doc if t.text == "hit"))}
    assert {"Kurdish", "administration"} <= told and "farm" not in told
    doc = nlp("Ukraine's air force said Russian missiles struck Odesa overnight.")
    trigger = next(t for t in doc if t.text == "struck")
    assert {"Ukraine", "force"} <= {doc[i].text for i in _tellers(trigger)}
    coder = Coder(model=load_model(DEFAULT_PATH), roles=load_role_model(DEFAULT_ROLE_PATH))
    rec = record(nlp, annotate, "A Turkish drone strike hit a bakery near Hasakah, the Kurdish-led authorities said.",
                 "2022-01-23")
    got = [p.span.text if p.span else p.name for e in coder(rec.doc, rec.entities, None, annotate.kb)
           if e.type == "ASSAULT" for p in e.recipient]
    assert not any("Kurdish" in g for g in got), got


@pytest.mark.parametrize("text", [
    "A storm hit a power station in the Kyiv region, cutting electricity to thousands.",
    "Russia's victory over Ukraine in the hockey final delighted fans in Moscow.",
])
def test_no_attack_where_nothing_attacks(text):
    assert_not_coded("ASSAULT", text)
