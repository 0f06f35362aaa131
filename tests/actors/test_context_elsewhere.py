"""Where the text itself says a party is of another country than the story's (issue 12, Wikinews reading): a town
qualified by its state or country, a party name of several countries, an office the story's country lacks."""

from __future__ import annotations

import datetime as dt

import pytest

from communique.actors.offices import OfficeError, countries_without, load_offices


@pytest.fixture(scope="module")
def run(entities_of):
    return lambda text, date="2020-10-10": entities_of(text, date)


def code(ents: dict, name: str) -> str | None:
    a = ents[name].actor
    return a.code if a else None


def test_a_town_qualified_by_its_state_is_in_that_state(run):
    ents = run("A resident of Antioch, Illinois, Marvin Keel was charged on Tuesday.")
    assert code(ents, "Antioch") == "USA"  # not Antakya, the best-known Antioch


def test_the_qualifier_picks_the_namesake_in_that_state_or_country(run):
    ents = run("The conference was held in Athens, Georgia, last week. Delegates flew in from London, Ontario.")
    assert (code(ents, "Athens"), code(ents, "London")) == ("USA", "CAN")
    assert code(ents, "Georgia") == "USA"  # the state, only ever a qualifier here


def test_a_qualifier_agreeing_with_the_town_changes_nothing(run):
    ents = run("Officials in Tbilisi, Georgia, said the talks had failed. Paris, France, was quiet.")
    assert (code(ents, "Tbilisi"), code(ents, "Georgia"), code(ents, "Paris")) == ("GEO", "GEO", "FRA")


def test_a_party_of_a_country_the_story_never_names_is_not_the_persons(run):
    text = ("Voters in Ohio and Texas went to the polls in the United States on Tuesday. The United States "
            "election was close. Green Party nominee Harland Voss said American voters wanted change.")
    ents = run(text)
    assert code(ents, "Harland Voss") == "USA"


def test_a_title_naming_an_office_the_storys_country_lacks(run):
    base = "Ecuador's president Lenin Moreno spoke in Quito on Monday. Ecuador's officials agreed. "
    ents = run(base + "Ecuador will ask Prime Minister Karel Dvorak to investigate, Moreno said.")
    assert code(ents, "Karel Dvorak") is None  # Ecuador has no prime minister
    ents = run(base + "Ecuador and the Czech Republic asked Prime Minister Karel Dvorak to investigate.")
    assert code(ents, "Karel Dvorak") == "CZE"  # the one country of the sentence that has one
    ents = run(base + "Minister Karel Dvorak said Ecuador would pay.")
    assert code(ents, "Karel Dvorak") == "ECU"  # Ecuador has ministers


def test_offices_by_date():
    assert "ECU" in countries_without(["Prime Minister"], None)
    assert "IRN" not in countries_without(["Prime Minister"], dt.date(1985, 1, 1))
    assert "IRN" in countries_without(["former prime minister"], dt.date(1995, 1, 1))
    assert not countries_without(["Foreign Minister"], None)


def test_offices_file_is_validated(tmp_path):
    bad = tmp_path / "offices.yaml"
    bad.write_text("offices:\n  - office: Prime Minister\n    words: [prime minister]\n    absent: [Ecuador]\n")
    with pytest.raises(OfficeError, match="Ecuador"):
        load_offices(bad)
    assert load_offices()  # the shipped file is valid


def test_where_a_strike_landed_is_not_whose_it_was(run):
    ents = run("The commander was killed by an airstrike in Afghanistan on Monday.")
    strike = next(e for e in ents.values() if e.name.startswith("airstrike"))
    assert strike.name == "airstrike" and (strike.actor is None or strike.actor.code != "AFG")
    ents = run("A Danish military airstrike in Afghanistan killed the commander on Monday.")
    assert code(ents, "Danish military airstrike") == "DNK"
    ents = run("Russian troops in Syria shelled the town. Soldiers in Mali waited.")
    assert "Soldiers in Mali" in ents and code(ents, "Soldiers in Mali") == "MLI"  # people are where they are


US_STORY = "The race was held in the United States on Sunday. The United States team cheered. "


def test_a_demonym_before_the_name_or_an_apposition_places_the_person(run):
    ents = run(US_STORY + "The session was moderated by Canadian comedian Nathan Fielder in New York.")
    assert code(ents, "Nathan Fielder") == "CAN"
    ents = run(US_STORY + "Adil Abdul-Mahdi, the acting Prime Minister of Iraq, spoke out against the attack.")
    assert ents["Adil Abdul-Mahdi"].actor.code == "IRQ" and ents["Adil Abdul-Mahdi"].actor.basis == "title"


def test_a_country_as_a_modifier_or_a_relatives_nationality_says_nothing(run):
    ents = run(US_STORY + "Adam Kokesh, an Iraq War veteran, spoke on Monday. Amar Patel, the son of Indian "
               "immigrants, teaches in Chicago.")
    assert code(ents, "Adam Kokesh") != "IRQ" and code(ents, "Amar Patel") != "IND"


def test_from_a_country_after_a_pair_or_an_adverb(run):
    ents = run(US_STORY + "Second and third place went to Ababel Yeshaneh and Gelete Burka, both from Ethiopia, "
               "with good times. The record held by Mary Keitany, also from Kenya, remained intact.")
    assert [code(ents, n) for n in ("Ababel Yeshaneh", "Gelete Burka", "Mary Keitany")] == ["ETH", "ETH", "KEN"]


def test_a_country_the_office_holder_acts_on_is_not_theirs(run):
    # the one country of the sentence is whom the act is done to: the doer stays of no country, not the target's
    assert code(run("The foreign minister condemned Peru over its border closures."), "foreign minister") is None
    assert code(run("The prime minister defended her decision to send soldiers to Mali."), "prime minister") is None
    # where it happens, or whose body is acted on, is the doer's own country
    assert code(run("The prime minister declared a state of emergency in Peru."), "prime minister") == "PER"
    assert code(run("The president dissolved the Peruvian parliament."), "president") == "PER"
