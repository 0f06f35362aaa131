"""Opposition leaders, party leaders, lost candidates, governors and often-quoted ministers of large democracies
(``people/opposition_and_party_leaders.yaml``) and the governing periods of their parties (``parties.yaml``).

The rules these sentences hold, through the real pipeline:

- a person the knowledge base knows is of their own country whatever role word stands before the name: "Congress
  leader Rahul Gandhi" is India's, not the US Congress's; "Labour" or "Conservative" before a name does not move it;
- an office holds only on its dates: a formal Leader of the Opposition, and the leader or candidate of a party out of
  national government, is the opposition (OPP); a minister, governor or mayor is GOV; a legislator LEG;
- names shared with common words or with other famous people stay put: those people are given ``surname: "-"`` where
  the bare surname would be ambiguous ("Patel", "Rahman", "Cotton", "Sessions", "Garland"), so a bare one is no-one.

Written for these tests, not taken from any corpus."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def run(entities_of):
    return entities_of


def actor_of(ents: dict, name: str) -> tuple:
    for e in ents.values():
        if e.name == name or any(name in m.text for m in e.mentions):
            return (e.actor.code, e.actor.sector) if e.actor else (None, None)
    raise AssertionError(f"no entity {name!r} in {list(ents)}")


@pytest.mark.parametrize(("date", "text", "name", "code", "sector"), [
    ("2022-05-10", "Congress leader Rahul Gandhi hit out at Prime Minister Narendra Modi on Tuesday.",
     "Rahul Gandhi", "IND", None),
    ("2021-10-05", "Priyanka Gandhi Vadra led a march in Lucknow against the killings.",
     "Priyanka Gandhi Vadra", "IND", None),
    ("2016-03-10", "Congress president Sonia Gandhi met the President on Monday.", "Sonia Gandhi", "IND", None),
    ("2022-06-12", "AIMIM chief Asaduddin Owaisi condemned the demolition.", "Asaduddin Owaisi", "IND", None),
    ("2022-05-20", "Interior Minister Rana Sanaullah warned PTI against marching on the capital.",
     "Rana Sanaullah", "PAK", "GOV"),
    ("2024-06-01", "Opposition leader Omar Ayub Khan accused the government of rigging the vote.",
     "Omar Ayub Khan", "PAK", "OPP"),
    ("2020-06-01", "Tejashwi Yadav demanded that Nitish Kumar resign.", "Tejashwi Yadav", "IND", None),
    ("2012-02-01", "Hina Rabbani Khar said Pakistan wanted good relations with India.",
     "Hina Rabbani Khar", "PAK", None),
    ("2024-03-21", "Anies Baswedan said he would challenge the election result in court.",
     "Anies Baswedan", "IDN", None),
    ("2017-03-01", "Vice President Leni Robredo criticised the drug war.", "Leni Robredo", "PHL", "GOV"),
    ("2023-07-19", "Move Forward leader Pita Limjaroenrat was suspended from parliament.",
     "Pita Limjaroenrat", "THA", "OPP"),
    ("2024-01-20", "Gadi Eisenkot urged the war cabinet to agree a hostage deal.", "Gadi Eisenkot", "ISR", None),
    ("2017-03-01", "Opposition Leader Bill Shorten attacked the government over penalty rates.",
     "Bill Shorten", "AUS", "OPP"),
    ("2023-01-03", "National Security Minister Itamar Ben-Gvir visited the Temple Mount.",
     "Itamar Ben-Gvir", "ISR", "GOV"),
    ("2025-03-22", "Ozgur Ozel called for mass protests after the arrest.", "Ozgur Ozel", "TUR", "OPP"),
    ("2017-05-01", "Opposition leader Mehdi Karroubi has been under house arrest since 2011.",
     "Mehdi Karroubi", "IRN", "OPP"),
    ("2025-01-20", "Rigathi Gachagua accused President William Ruto of betrayal.", "Rigathi Gachagua", "KEN", "OPP"),
    ("2021-06-01", "Lower house speaker Arthur Lira shelved the impeachment requests.", "Arthur Lira", "BRA", "LEG"),
    ("2024-09-08", "Edmundo Gonzalez fled to Spain after an arrest warrant was issued.",
     "Edmundo Gonzalez", "VEN", "OPP"),
    ("2021-12-19", "Jose Antonio Kast lost the runoff to Gabriel Boric.", "Jose Antonio Kast", "CHL", "OPP"),
    ("2022-09-30", "Communist leader Gennady Zyuganov backed the annexation.", "Gennady Zyuganov", "RUS", None),
    ("2022-04-14", "Home Secretary Priti Patel signed a deal with Rwanda.", "Priti Patel", "GBR", "GOV"),
    ("2024-07-01", "Jordan Bardella said the National Rally would not join a coalition.",
     "Jordan Bardella", "FRA", "OPP"),
    ("2024-09-09", "Interior Minister Nancy Faeser ordered border checks.", "Nancy Faeser", "DEU", "GOV"),
    ("2023-11-10", "PP leader Alberto Nunez Feijoo accused Sanchez of selling out to separatists.",
     "Alberto Nunez Feijoo", "ESP", "OPP"),
    ("2024-02-19", "Navalny's widow Yulia Navalnaya vowed to continue his work.", "Yulia Navalnaya", "RUS", "OPP"),
    ("2023-06-01", "House Majority Leader Steve Scalise said the bill would pass.", "Steve Scalise", "USA", "LEG"),
    ("2023-08-28", "Commerce Secretary Gina Raimondo met Chinese officials in Beijing.", "Gina Raimondo", "USA", "GOV"),
    ("2022-11-18", "Attorney General Merrick Garland appointed a special counsel.", "Merrick Garland", "USA", "GOV"),
])
def test_known_people_are_of_their_country(run, date, text, name, code, sector):
    got = actor_of(run(text, date), name)
    assert got[0] == code and (sector is None or got[1] == sector), got


@pytest.mark.parametrize(("date", "text", "name"), [
    ("2023-05-01", "Patel said the hospital had run out of oxygen in Ahmedabad.", "Patel"),  # shares a surname
    ("2023-05-01", "Rahman said the strike would continue in Dhaka.", "Rahman"),
])
def test_a_shared_surname_alone_is_no_known_person(run, date, text, name):
    assert actor_of(run(text, date), name) == (None, None)


def test_a_word_that_is_a_surname_is_no_person(run):
    ents = run("Cotton prices rose sharply in Karachi on Monday.", "2023-05-01")
    assert not any(e.label == "PERSON" for e in ents.values())


@pytest.mark.parametrize(("date", "party", "governing"), [
    ("2023-06-01", "Pakistan Tehreek-e-Insaf", False), ("2020-06-01", "Pakistan Tehreek-e-Insaf", True),
    ("2023-06-01", "Bangladesh Nationalist Party", False), ("2023-06-01", "Awami League", True),
    ("2025-01-01", "Awami League", False), ("2011-01-01", "All India Trinamool Congress", True),
    ("2023-06-01", "Kuomintang", False), ("2023-06-01", "Justice and Development Party", True),
    ("2018-01-01", "Law and Justice", True), ("2024-06-01", "Law and Justice", False),
])
def test_parties_know_when_they_governed(date, party, governing):
    import datetime as dt

    from communique.actors.affiliations import load_affiliations
    from communique.actors.kb import load_kb

    kb = load_kb()
    aff = load_affiliations({*kb.countries, *kb.codes}, set(kb.sectors))
    assert aff.party(party)[0].in_government(dt.date.fromisoformat(date)) is governing
