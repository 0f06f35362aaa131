"""The annotate stage through the public API: entities with mentions and actors (issue: who is who)."""

from __future__ import annotations

import subprocess
import sys

import pytest

import communique


def ents(text, date="2022-01-23", **kw):
    rec = communique.process(clean_text=text, date=date, upto="annotate", **kw)
    assert rec.error is None, rec.error
    return rec


def by_name(rec):
    return {e.name: e for e in rec.entities}


def test_people_resolve_by_date():
    text = ("Foreign Minister Sergei Lavrov met his counterpart on Friday in a long meeting that both sides "
            "described as useful. Lavrov said the talks would continue next month in another capital.")
    lav = by_name(ents(text))["Sergei Lavrov"].actor
    assert (lav.code, lav.sector) == ("RUS", "GOV") and "Foreign" in lav.role
    pompeo = ("Mike Pompeo spoke to reporters in Washington on Tuesday about the trade talks that had stalled "
              "for a month, and Pompeo said a deal was still possible before the summer.")
    in_office = by_name(ents(pompeo, date="2019-05-01"))["Mike Pompeo"].actor
    before = by_name(ents(pompeo, date="2010-05-01"))["Mike Pompeo"].actor
    assert in_office.role == "Secretary of State" and in_office.code == "USA"
    assert before.code == "USA" and before.role != "Secretary of State"


def test_metonyms_demonyms_groups_and_igos():
    text = ("The Kremlin said on Monday that Ukrainian troops had crossed the line, while protesters in Minsk "
            "marched for a second day. NATO called for calm and the U.N. sent an envoy to the region.")
    rec = ents(text)
    found = {(e.label, e.actor.code if e.actor else None, e.actor.sector if e.actor else None) for e in rec.entities}
    names = by_name(rec)
    assert names["Kremlin"].actor.code == "RUS" and names["Kremlin"].actor.sector == "GOV"
    troops = next(e for e in rec.entities if "Ukrainian troops" in e.name)
    assert (troops.label, troops.actor.code, troops.actor.sector) == ("GROUP", "UKR", "MIL")
    assert any(e.label == "GROUP" and e.actor.code == "BLR" for e in rec.entities if "protesters" in e.name)
    assert names["NATO"].actor.code == "IGO" and names["NATO"].actor.name == "NATO"
    assert found


def test_entity_shape_and_provenance():
    text = ("Canada's Foreign Affairs Minister Melanie Joly spoke in Ottawa on Monday. Joly said she would "
            "travel to Brussels next week to meet allies about the crisis on the border.")
    rec = ents(text)
    d = rec.to_dict()
    assert set(d) == {"source", "error", "article", "entities", "quotes"}
    joly = next(e for e in d["entities"] if e["name"] == "Melanie Joly")
    assert joly["id"].startswith("e") and joly["label"] == "PERSON"
    assert joly["actor"]["code"] == "CAN" and joly["actor"]["sector"] == "GOV"
    assert [m["text"] for m in joly["mentions"]][:3] == ["Canada's Foreign Affairs Minister Melanie Joly", "Joly",
                                                          "she"]
    body = rec.article.text
    for e in d["entities"]:
        for m in e["mentions"]:
            assert body[m["start"]:m["end"]] == m["text"]


def test_founding_page_people(founding_page):
    rec = communique.process(founding_page, date="2022-01-23", upto="annotate")
    people = {e.name: e for e in rec.entities if e.label == "PERSON"}
    want = {
        "Melanie Joly": ("CAN", "GOV", ["Melanie Joly", "Joly", "Minister Joly", "Your excellency Joly",
                                         "the minister", "Canada’s Foreign Affairs Minister"]),
        "Oleg Stepanov": ("RUS", "GOV", ["Oleg Stepanov", "Stepanov", "he", "Ambassador to Canada"]),
        "Sergei Lavrov": ("RUS", "GOV", ["Lavrov", "[Foreign] Minister [Sergei] Lavrov", "my minister",
                                          "Foreign Minister Lavrov"]),
        "Antony Blinken": ("USA", "GOV", ["Antony Blinken", "Blinken"]),
        "Maeva Proteau": ("CAN", "GOV", ["Maeva Proteau"]),
    }
    for name, (code, sector, mentions) in want.items():
        e = people[name]
        assert (e.actor.code, e.actor.sector) == (code, sector), name
        assert e.actor.role
        got = [m.text.lower() for m in e.mentions]
        for m in mentions:
            assert any(m.lower() in g for g in got), (name, m)


def test_user_actor_file_adds_a_person(tmp_path):
    f = tmp_path / "mine.yaml"
    f.write_text("people:\n  - {name: Maria Fictiva, country: ARG, offices: [[Minister of Fishing, GOV, "
                 "2020-01-01]]}\n", encoding="utf-8")
    text = ("Maria Fictiva opened the new harbour on Tuesday in front of a large crowd, and Fictiva promised "
            "more investment in the fleet next year.")
    plain = by_name(ents(text))["Maria Fictiva"].actor
    mine = by_name(ents(text, actors=[f]))["Maria Fictiva"].actor
    assert plain is None or plain.code != "ARG"
    assert (mine.code, mine.sector, mine.role) == ("ARG", "GOV", "Minister of Fishing")


def test_malformed_actor_file_is_a_clear_cli_error(tmp_path, founding_page):
    f = tmp_path / "bad.yaml"
    f.write_text("people:\n  - name: Jane Roe\n    country: ZZZ\n    offices: [[Minister, GOV, 2020-01-01]]\n")
    p = subprocess.run([sys.executable, "-m", "communique.cli", "extract", str(founding_page), "--actors", str(f)],
                       capture_output=True, timeout=300)
    assert p.returncode == 2
    assert b"bad.yaml" in p.stderr and b"line" in p.stderr


@pytest.mark.parametrize("text", ["", "\u201c" * 50, "no verbs here " * 200])
def test_odd_texts_do_not_break_the_stage(text):
    rec = communique.process(clean_text=text or "x", upto="annotate")
    assert rec.error is None or rec.error.kind in ("not_article", "unsupported_language")


def test_organisation_names_follow_the_date_and_the_article():
    # 1987: "ICC" is a US regulator, "the Commission" is no EU body, a company named Commonwealth is a company
    text = ("The ICC had ordered the holding company to divest one of the railroads, a ruling the Commission "
            "stayed last week. Commonwealth Freight Lines said it held talks with the railroad's owners.")
    rec = ents(text, date="1987-03-01")
    codes = {e.name: (e.actor.code if e.actor else None) for e in rec.entities}
    assert not {"IGO", "EUR"} & set(codes.values()), codes
    later = ents("The ICC prosecutor in The Hague said the court would open an inquiry into the killings.",
                 date="2019-05-02")
    assert "IGO" in {e.actor.code for e in later.entities if e.actor}


def test_known_names_the_recogniser_misses_or_cuts_short():
    text = ("Theresa May has met Angela Merkel in Berlin. Sri Lanka said Pakistan had been sharing intelligence "
            "with the Liberation Tigers of Tamil Eelam, and that Nato knew.")
    rec = ents(text, date="2018-01-01")
    codes = {e.name: (e.label, e.actor.code if e.actor else None) for e in rec.entities}
    assert codes.get("Theresa May") == ("PERSON", "GBR"), codes
    assert codes.get("Liberation Tigers of Tamil Eelam") == ("ORG", "LKA"), codes
    assert codes.get("Nato", ("", ""))[1] == "IGO", codes


def test_an_organisation_read_as_a_person_is_an_organisation():
    rec = ents("Abu Sayyaf gunmen killed six soldiers in an ambush on Basilan island on Monday.", date="2018-01-01")
    assert ("ORG", "PHL") in {(e.label, e.actor.code if e.actor else None) for e in rec.entities}


def test_a_people_read_as_a_person_is_a_group_of_its_country():
    rec = ents("Bosnian Serbs demanded a truce in the east on Monday, the agency said.", date="1994-03-01")
    assert "BIH" in {e.actor.code for e in rec.entities if e.actor}, [(e.name, e.actor) for e in rec.entities]


def test_an_acronym_the_recogniser_missed_but_not_in_a_headline_in_capitals():
    rec = ents("ICE returned two paintings to Peru on Monday, officials said.", date="2015-01-01")
    assert ("ICE", "USA") in {(e.name, e.actor.code if e.actor else None) for e in rec.entities}
    rec = ents("WHO WILL WIN THE VOTE IN PERU", date="2015-01-01")
    assert "UNO" not in {e.actor.code for e in rec.entities if e.actor}


def test_an_occupation_in_apposition_gives_an_unknown_person_a_country():
    rec = ents("Amina Bello, Nigeria's best-known human rights activist, began a hunger strike on Monday.")
    bello = by_name(rec)["Amina Bello"]
    assert bello.actor is not None and bello.actor.code == "NGA"
    rec = ents("Brazilian singer Joana Prado cancelled her tour.")
    assert by_name(rec)["Joana Prado"].actor.code == "BRA"


def test_an_unknown_place_situated_in_a_known_country_takes_its_code():
    rec = ents("Police imposed a curfew in the village of Yenikent in southeastern Turkey on Monday.")
    assert by_name(rec)["Yenikent"].actor.code == "TUR"
    rec = ents("Militias attacked Dorbu, Nigeria, on Sunday.")
    assert by_name(rec)["Dorbu"].actor.code == "NGA"
    rec = ents("Rebels shelled Kaboko in the Democratic Republic of the Congo.")
    assert by_name(rec)["Kaboko"].actor.code == "COD"
    # a list is not a location: "Dorbu, Kenya and Uganda"
    rec = ents("Talks were held in Dorbu, Kenya and Uganda last week.")
    dorbu = by_name(rec).get("Dorbu")
    assert dorbu is None or dorbu.actor is None or dorbu.actor.code is None


def test_a_country_named_only_as_a_stance_is_no_participant():
    rec = ents("An anti-Iran newspaper editor was shot dead in central Baghdad on Tuesday.")
    names = by_name(rec)
    assert "Iran" not in names
    editor = next(e for e in rec.entities if "editor" in e.name)
    assert editor.actor.code == "IRQ"


def test_two_countries_sharing_one_group_noun_are_two_actors():
    rec = ents("Kenyan and Ugandan troops crossed the border on Friday.")
    groups = [e for e in rec.entities if e.label == "GROUP"]
    assert [(g.name, g.actor.code) for g in groups] == [("Ugandan troops", "UGA")]
    assert any(e.actor and e.actor.code == "KEN" for e in rec.entities if e.label != "GROUP")


def test_a_group_in_a_region_of_a_country_is_of_that_country():
    rec = ents("Troops in eastern Ukraine shelled the town.")
    assert by_name(rec)["Troops in eastern Ukraine"].actor.code == "UKR"


def test_a_group_operating_in_a_country_is_of_it_unless_it_has_a_nationality():
    rec = ents("Rebels based in Sudan attacked the border town on Monday.")
    assert by_name(rec)["Rebels based in Sudan"].actor.code == "SDN"
    rec = ents("Chadian troops stationed in Niger left on Monday.")
    assert by_name(rec)["Chadian troops stationed in Niger"].actor.code == "TCD"
