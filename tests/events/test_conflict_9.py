"""Local conflict and crime news (issue 12's register helper): short wire sentences from Africa, South Asia, the
Middle East and Latin America, told in the passive or with no doer named. The rules, from the PLOVER codebook and
CAMEO:
- a weapon or an attack as the subject of an act of violence ("a roadside bomb killed two soldiers"), or as its
  means in the passive ("killed by shelling", "were killed when a car bomb exploded"), tells an ASSAULT whose doer
  is unnamed: the event keeps an empty actor, as "were killed in an ambush" does; an explosion, a fire or a fall
  with no weapon named may be an accident, and is none, and an attack of illness ("a heart attack") is no one's;
- people counted as a passive's subject ("dozens were arrested", "hundreds of protesters were detained") are a
  party the act befell (COERCE, arrest, CAMEO 173), its doer unnamed; a count evacuated or injured in a stampede is
  no one's act;
- aid convoys or deliveries blocked or turned back are a blockade (CAMEO 191: COERCE restrict), a crowd's blocking
  them is obstruction (PROTEST); a bill blocked stays a rejection;
- a protest camp cleared by force is crowd control (ASSAULT, as a crowd dispersed); a site cleared for building is
  none; "was taken into custody" is an arrest (its doer unnamed); "laid siege to" a town a blockade; patrols
  stepped up and police deployed are force shown (CAMEO 153, MOBILIZE), a marketing push stepped up is none;
- an armed body named by its kind alone ("pirates", "government troops", with no country) is a party of the
  codebook, weighed by the classifier as a coded party is (a company's act is not).
Every sentence is our own."""

from __future__ import annotations

import pytest

import communique

from .rules import (
    events,
    rules_alone,  # noqa: F401 (the module-wide fixture)
)


def _coded(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(e.type, [p.name for p in e.actor], [p.span.text if p.span else p.name for p in e.recipient])
            for e in events(text)]


@pytest.mark.parametrize("text, victims", [
    ("A roadside bomb killed two soldiers near the border.", "soldiers"),
    ("A suicide attack on an army camp killed 14 soldiers.", "soldiers"),
    ("Shells landed on the camp, killing six children.", "children"),
    ("Six civilians were killed by shelling overnight.", "civilians"),
    ("Nine people were killed when a car bomb exploded outside a hotel.", "people"),
    ("Four policemen were wounded when a bomb went off near their post.", "policemen"),
])
def test_a_weapon_or_an_attack_as_the_means_is_an_assault_with_no_doer_named(text, victims):
    got = [(a, r) for t, a, r in _coded(text) if t == "ASSAULT"]
    assert got, (text, _coded(text))
    assert any(not a and any(victims in x for x in r) for a, r in got), got


@pytest.mark.parametrize("text", [
    "Three miners were killed when a gas cylinder exploded.",
    "Four workers were killed by a gas explosion.",
    "A falling tree killed two hikers.",
    "Ten people died in a bus crash.",
    "An explosion at the factory killed five workers.",
    "A heart attack killed the singer in 1998.",
    "The driver was killed by a heart attack.",
])
def test_an_accident_is_no_assault(text):
    assert "ASSAULT" not in [t for t, _, _ in _coded(text)], _coded(text)


@pytest.mark.parametrize("text", [
    "Dozens were arrested after the clashes.",
    "Hundreds of protesters were detained overnight.",
    "Scores of opposition supporters were arrested at dawn.",
])
def test_people_counted_and_arrested_are_coerced_with_no_doer_named(text):
    got = [(a, r) for t, a, r in _coded(text) if t == "COERCE"]
    assert got and not got[0][0] and got[0][1], (text, _coded(text))


@pytest.mark.parametrize("text", [
    "Hundreds of people were evacuated from the town.",
    "Dozens were injured in the stampede.",
])
def test_a_count_evacuated_or_hurt_in_a_stampede_is_no_act(text):
    assert not [t for t, _, _ in _coded(text) if t in ("COERCE", "ASSAULT")], _coded(text)


@pytest.mark.parametrize("text, kind", [
    ("Government forces blocked aid convoys from entering the city.", "COERCE"),
    ("Militiamen turned back relief convoys at the checkpoint.", "COERCE"),
    ("Gunmen stopped aid trucks on the road to the camp.", "COERCE"),
    ("Troops cleared a protest camp outside parliament.", "ASSAULT"),
    ("The opposition leader was taken into custody on Monday.", "COERCE"),
    ("The rebels laid siege to the town.", "COERCE"),
    ("Police stepped up patrols in the northern districts.", "MOBILIZE"),
    ("Hundreds of riot police were deployed in the city centre.", "MOBILIZE"),
])
def test_blockades_crowds_cleared_custody_and_force_shown(text, kind):
    assert kind in [t for t, _, _ in _coded(text)], (text, _coded(text))


@pytest.mark.parametrize("text, kind", [
    ("The senator blocked the bill.", "COERCE"),
    ("Protesters blocked aid trucks on the highway.", "COERCE"),
    ("Workers cleared the site for a new hospital.", "ASSAULT"),
    ("The company stepped up its marketing push.", "MOBILIZE"),
    ("The donor stopped aid deliveries to the region.", "COERCE"),
])
def test_what_is_no_blockade_no_crowd_cleared_and_no_force_shown(text, kind):
    assert kind not in [t for t, _, _ in _coded(text)], (text, _coded(text))


@pytest.fixture
def shipped_model(monkeypatch):
    """The shipped classifier, for the weighing of candidates (the module runs the rules alone otherwise)."""
    monkeypatch.setenv("COMMUNIQUE_EVENT_MODEL", "")
    communique._cached_pipeline.cache_clear()
    yield
    communique._cached_pipeline.cache_clear()


@pytest.mark.parametrize("text, kind", [
    ("Pirates hijacked a fishing vessel off the coast.", "ASSAULT"),
    ("Government troops withdrew from the town.", "RETREAT"),
    ("Armed men burned dozens of homes in the village.", "ASSAULT"),
])
def test_an_armed_body_named_by_its_kind_is_weighed_as_a_party(shipped_model, text, kind):
    assert kind in [e.type for e in events(text)], (text, [e.type for e in events(text)])


@pytest.mark.parametrize("text", [
    "The company withdrew from the market.",
    "The chain withdrew from the deal.",
])
def test_a_company_is_not_weighed_as_an_armed_body(shipped_model, text):
    assert "RETREAT" not in [e.type for e in events(text)], (text, [e.type for e in events(text)])
