"""Coordinated owners, speakers for a body and instruments (issue 12), on sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.actors import load_kb
from communique.actors.entities import instrument, instruments, speaker_titles, speaks_for_a_body
from communique.nlp.model import load


@pytest.fixture(scope="module")
def kb():
    return load_kb()


@pytest.fixture(scope="module")
def nlp():
    return load()


@pytest.mark.parametrize(("text", "code"), [
    ("Kenyan", "KEN"), ("UK", "GBR"), ("EU", "EUR"), ("NATO", "IGO"), ("negotiators", None), ("Western", None),
])
def test_an_owner_is_a_country_or_a_named_organisation(kb, text, code):
    # each conjunct of "UK and EU negotiators" says whose negotiators they are
    assert kb.owner(text) == code


def test_a_country_name_before_and_is_a_party_of_its_own(entities_of):
    ents = entities_of("The US and Arab allies held joint naval drills in the Gulf on Monday.", "2021-05-10")
    assert not any(n.startswith("US and") for n in ents)
    assert any(e.actor is not None and e.actor.code == "USA" and n in ("US", "United States") for n, e in ents.items())


@pytest.mark.parametrize(("text", "speaks"), [
    ("The rebel alliance spokesman Major Omar Said said that they back the truce.", True),
    ("The union's chairwoman said that they will strike again.", True),
    ("Omar Said said that they back the truce.", False),
])
def test_a_speaker_for_a_body_is_named_by_a_title(nlp, text, speaks):
    doc = nlp(text)
    said = next(t for t in doc if t.lemma_ == "say")
    [subj] = [c for c in said.children if c.dep_ == "nsubj"]
    assert speaks_for_a_body(subj.subtree) is speaks


def test_strikes_and_projectiles_are_instruments(nlp):
    assert {"missiles", "bombs", "shells", "mortars"} <= instruments()
    assert {"spokesman", "chairman"} <= speaker_titles()
    doc = nlp("The army fired mortars and shells at the camp.")
    assert [t.text for t in doc if instrument(t)] == ["mortars", "shells"]


def test_a_group_phrase_never_ends_on_a_nationality(entities_of):
    ents = entities_of("Officials of the Peruvian government denied the report on Tuesday.", "2021-05-10")
    assert "Officials of the Peruvian government" in ents and "Officials of the Peruvian" not in ents
    assert ents["Officials of the Peruvian government"].actor.code == "PER"


def test_a_party_of_one_country_decides_a_chamber_of_several(entities_of):
    # "Senate" is several countries' chamber; a party named beside it that is one country's tells which
    ents = entities_of("A Democratic Assembly and Republican Senate could not agree on the farm budget.", "2021-05-10")
    assert ents["Senate"].actor.code == "USA"
