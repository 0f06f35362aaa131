"""Places: the event's clause first, then the story's dateline, then its setting; each says its basis."""

from __future__ import annotations

import pytest

from communique.events.setting import dateline, read_dateline
from communique.model import Where


@pytest.mark.parametrize("text, place", [
    ("BAGHDAD, Jan 3 (Reuters) - Iraq's parliament voted on Sunday.", "BAGHDAD"),
    ("MANILA, Nov. 24 (Xinhua) -- The Philippine navy said ...", "MANILA"),
    ("NEW YORK, March 2 - Stocks rose on Monday.", "NEW YORK"),
    ("WASHINGTON (AP) \u2014 The Senate voted on Tuesday.", "WASHINGTON"),
    ("Kabul, Afghanistan (AP) \u2014 A bomb exploded.", "Kabul"),
    ("ST. LOUIS, Feb 3 - Grain prices fell.", "ST. LOUIS"),
    ("Iloilo City--Firefighters put out a blaze on Sunday.", "Iloilo City"),  # glued by a typed double hyphen
])
def test_datelines(text, place):
    found = dateline(text)
    assert found is not None and found[0] == place
    assert text[found[1]:found[2]] == place


@pytest.mark.parametrize("text", [
    "Friday, January 4, 2019\n\nAn apartment building collapsed.",
    "Officials said - without giving details - that the talks failed.",
    "The minister said on Monday that the talks would resume.",
    "The Israel\u2013Hamas war entered its third month on Friday.",  # a dash between two names
    "",
])
def test_no_dateline(text):
    assert dateline(text) is None


def test_dateline_resolves_to_a_city():
    where = read_dateline("BAGHDAD, Jan 3 (Reuters) - Iraq's parliament voted on Sunday.")
    assert where is not None and where.name == "Baghdad" and where.country == "IRQ"
    assert where.basis == "dateline" and where.level == "city" and where.lat is not None


@pytest.fixture(scope="module")
def pipeline():
    from communique.pipeline import Pipeline

    return Pipeline(upto="events", date="2020-05-01")


def _events(pipeline, text):
    from communique.model import Page

    rec = pipeline.process(Page(source="t", content=text, kind="clean"))
    assert rec.error is None, rec.error
    return rec.events


def _place(events, word):
    ev = next(e for e in events if word in e.evidence.text)
    return ev.where


def test_clause_place_wins(pipeline):
    events = _events(pipeline, "BAGHDAD, May 1 (Reuters) - Iraqi troops attacked rebel positions in Mosul on "
                               "Friday, the army said.")
    w = _place(events, "attacked")
    assert w.name == "Mosul" and w.basis == "clause"


def test_dateline_when_the_clause_has_none(pipeline):
    events = _events(pipeline, "BAGHDAD, May 1 (Reuters) - Iraqi police arrested three protesters on Friday.")
    w = _place(events, "arrested")
    assert isinstance(w, Where) and w.name == "Baghdad" and w.basis == "dateline"


def test_dateline_not_given_to_another_country_event(pipeline):
    events = _events(pipeline, "WASHINGTON (Reuters) - Iran arrested three French journalists on Friday, "
                               "state media said.")
    w = _place(events, "arrested")
    assert w is None or w.basis != "dateline"


def test_country_level_is_flagged(pipeline):
    events = _events(pipeline, "Egyptian police arrested twelve activists in Egypt on Friday.")
    w = _place(events, "arrested")
    assert w.country == "EGY" and w.level == "country" and w.lat is not None


def test_a_statement_takes_no_story_place_of_another_country(pipeline):
    events = _events(pipeline, "WASHINGTON, May 1 (Reuters) - Iran's foreign minister criticised Turkey on Friday.")
    for ev in events:
        assert ev.where is None or ev.where.basis == "clause"


def test_a_statement_of_the_story_place_country_takes_it(pipeline):
    events = _events(pipeline, "BAGHDAD, May 1 (Reuters) - Iraq's prime minister praised the Iraqi army on Friday.")
    w = _place(events, "praised")
    assert w is not None and w.name == "Baghdad" and w.basis == "dateline"


def test_a_statement_between_two_countries_takes_no_story_place(pipeline):
    events = _events(pipeline, "BAGHDAD, May 1 (Reuters) - Iraq's prime minister criticised Turkey on Friday.")
    for ev in events:
        assert ev.where is None or ev.where.basis == "clause"


def test_the_setting_from_places_beside_a_locative_phrase(pipeline):
    text = ("A five-storey building collapsed in a poor neighbourhood of Mosul, Iraq, on Saturday.\n\n"
            "Rescue workers searched the rubble for survivors through the night.\n\n"
            "Police later arrested the owner of the building, officials said.")
    w = _place(_events(pipeline, text), "arrested")
    assert w.basis == "article" and w.country == "IRQ"


def test_the_setting_from_places_named_without_a_preposition(pipeline):
    text = ("Kenya's government declared a state of emergency on Sunday after weeks of flooding.\n\n"
            "Kenya's health ministry said clinics would stay open through the holidays.\n\n"
            "Police arrested two men for looting a pharmacy, officials said.")
    w = _place(_events(pipeline, text), "arrested")
    assert w.basis == "article" and w.country == "KEN" and w.level == "country"


def test_a_compound_place_keeps_its_whole_name(pipeline):
    events = _events(pipeline, "Police arrested the suspect at his New Jersey home on Saturday.")
    w = _place(events, "arrested")
    assert w.name.startswith("New Jersey") and w.country == "USA"


@pytest.mark.parametrize("text, expected", [
    pytest.param("A gas explosion destroyed a warehouse in Lyon on Monday.\n\n"
                 "Firefighters from across France fought the blaze for six hours before it was under control.\n\n"
                 "Police later arrested two men over the explosion, officials said.",
                 {"basis": "article", "country": "FRA", "level": "country"}, id="a city named once sets its country"),
    pytest.param("A gas explosion destroyed a warehouse in Lyon on Monday.\n\n"
                 "Firefighters in Lyon fought the blaze for six hours before it was under control.\n\n"
                 "Police later arrested two men over the explosion, officials said.",
                 {"basis": "article", "name": "Lyon", "level": "city"}, id="a city named twice is the setting"),
    pytest.param("The Peruvian government declared a state of emergency on Sunday after days of heavy rain.\n\n"
                 "Peruvian officials said that clinics would stay open through the week.\n\n"
                 "Police arrested two men for looting a pharmacy, officials said.",
                 {"basis": "article", "country": "PER", "level": "country", "name": "Peru"},
                 id="the setting counts a country's people"),
])
def test_the_story_setting(pipeline, text, expected):
    w = _place(_events(pipeline, text), "arrested")
    assert {k: getattr(w, k) for k in expected} == expected


def test_an_act_abroad_does_not_take_the_actor_s_home(pipeline):
    events = _events(pipeline, "WASHINGTON, May 1 (Reuters) - The United States killed an Iranian general in an "
                               "airstrike on Friday.")
    ev = next(e for e in events if "killed" in e.evidence.text)
    assert ev.where is None or ev.where.basis != "dateline"
