"""Linking, thirteenth round (the linking helper): whom an act is done to, by facts of English. A sum of money is
never a party ("a fine of 535 million EUR", "fined Meta 1.2 billion euros": the one fined); the one met at an
occasion ("in a meeting with X", "during talks with X") is whom an agreement made there is made with; the goal of a
verb of sending is the one its purpose of helping helps ("sent engineers to Malawi to help the government"); help to
a mission or a force is help to the country it works in; a force sent is aimed at whom its hostile purpose acts on;
a phrase of time ("during the X incident") names no recipient. Every sentence is our own."""

from __future__ import annotations

import pytest

from communique.events.classifier import DEFAULT_PATH, load_model
from communique.events.coder import Coder
from communique.events.roles import DEFAULT_ROLE_PATH, load_role_model

from .parsed import record
from .rules import (
    assert_coded,
    roles,
    rules_alone,  # noqa: F401 (the module-wide fixture)
)


@pytest.mark.parametrize("kind, text, actor, recipient", [
    ("ACCUSE", "In March 2019, a Stuttgart court convicted Porsche to pay a fine of 535 million EUR for cheating.",
     "Stuttgart", "Porsche"),
    ("SANCTION", "The European Commission fined Google 2.4 billion euros for abusing its dominance.",
     "Commission", "Google"),
])
def test_a_sum_is_no_party(kind, text, actor, recipient):
    """A currency's code counted by a number is an amount though the tagger calls it an organisation; a name the
    sum's entity swallowed before its number is the one fined (a double object)."""
    assert_coded(kind, text, actor, recipient)
    assert not any("EUR" in r or "euros" in r for _, _, rs in roles(text) for r in rs), roles(text)


@pytest.mark.parametrize("text, actor, recipient", [
    ("During talks with President Emmanuel Macron in Paris, the Nigerian president agreed to a new security "
     "partnership.", "Nigerian", "Macron"),
    ("In a meeting with Macron in Paris, the Nigerian president agreed to a new security partnership.",
     "Nigerian", "Macron"),
])
def test_the_one_met_is_whom_an_agreement_is_made_with(text, actor, recipient):
    """An agreement made in a meeting, a call or talks with someone, naming no party of its own, is made with them."""
    assert_coded("AGREE", text, actor, recipient)


@pytest.mark.parametrize("kind, text, actor, recipient", [
    ("AGREE", "Germany will send more resources to Moldova to help the country shelter thousands of Ukrainians.",
     "Germany", "Moldova"),
    ("AID", "Britain sent engineers to Malawi to help the government rebuild bridges.", "Britain", "Malawi"),
])
def test_the_goal_of_sending_is_the_one_helped(kind, text, actor, recipient):
    """"Send X to C to help the country ...": "the country" is C, and not the people the country shelters."""
    assert_coded(kind, text, actor, recipient)
    assert not any("Ukrainians" in r for _, _, rs in roles(text) for r in rs), roles(text)


def test_help_naming_its_own_party_keeps_it():
    """A purpose that helps a party it names keeps that party ("to help Malian soldiers": whose soldiers)."""
    got = [r for t, _, rs in roles("France sent troops to Mali to help Malian soldiers fight jihadists.") for r in rs
           if t == "AID"]
    assert got and not any("jihadists" in r for r in got), got


@pytest.mark.parametrize("kind, text, actor, recipient", [
    ("AGREE", "Kenya is ready to contribute troops to an African Union peacekeeping force in Somalia.", "Kenya",
     "Somalia"),
    ("AGREE", "Brazil will contribute more to United Nations peacekeeping operations in Lebanon.", "Brazil",
     "Lebanon"),
])
def test_help_to_a_mission_is_help_to_its_country(kind, text, actor, recipient):
    assert_coded(kind, text, actor, recipient)


def test_an_attack_on_a_mission_stays_on_its_body():
    assert_coded("ASSAULT", "Gunmen attacked the UN mission in Mali.", "Gunmen", "UN")


def test_a_force_sent_is_aimed_at_its_hostile_purpose():
    """"Moved troops to the border to pressure Ukraine": aimed at Ukraine, not at the border."""
    assert_coded("MOBILIZE", "Russia moved troops to the border to pressure Ukraine.", "Russia", "Ukraine")


def test_a_phrase_of_time_names_no_recipient(nlp, annotate):
    """The role model may not take the phrase after "during": when it happened, not to whom."""
    coder = Coder(model=load_model(DEFAULT_PATH), roles=load_role_model(DEFAULT_ROLE_PATH))
    rec = record(nlp, annotate, "Armenia and Azerbaijan are guilty of violating the truce during the Lachin "
                                "incident.", "2022-01-23")
    got = [p.span.text if p.span else p.name for e in coder(rec.doc, rec.entities, None, annotate.kb)
           for p in e.recipient]
    assert not any("Lachin" in g for g in got), got


@pytest.mark.parametrize("kind, text, actor, recipient", [
    ("COERCE", "Police raided the offices of the newspaper Nasha Niva in Minsk.", "Police", "Nasha Niva"),
    ("ASSAULT", "Security forces stormed the headquarters of the opposition party Tisza in Budapest.", "forces",
     "Tisza"),
])
def test_a_buildings_named_owner_before_its_city(kind, text, actor, recipient):
    """An act on a building is done to its owner, named though of no known country, not to the city it is in."""
    assert_coded(kind, text, actor, recipient)


def test_a_refusal_until_the_refuser_is_satisfied_is_aimed_at_whom_it_judges():
    """"Will not resume aid until it is convinced Myanmar is doing everything": Myanmar must act, not the refuser,
    nor the people Myanmar is to protect."""
    assert_coded("REJECT", "Japan has said it will not resume aid until it is convinced Myanmar is doing everything "
                           "it can to protect the Rohingya.", "Japan", "Myanmar")


def test_a_titles_apposed_person_is_the_party():
    """"The head of the Wagner group, Yevgeny Prigozhin,": the head is the person, not the group's name."""
    assert_coded("ACCUSE", "The head of the Wagner group, Yevgeny Prigozhin, accused the Russian defence ministry of "
                           "lying.", "Prigozhin", "defence ministry")


@pytest.mark.parametrize("kind, text, actor, recipient", [
    ("ASSAULT", "Ukrainian forces shot down 20 Iranian-made drones launched by Russia overnight.", "Ukrainian",
     "Russia"),
    ("COERCE", "The navy seized a ship sent by Iran.", "navy", "Iran"),
])
def test_a_weapon_sent_by_a_party_is_that_partys(kind, text, actor, recipient):
    """An act against drones a party launched is against that party, not the country that made them."""
    assert_coded(kind, text, actor, recipient)
