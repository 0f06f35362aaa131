"""Companies in business stories (issue 12: Reuters events read wrong): what a company's own name says about its
country wins over the story's other countries; a company the recogniser read as a person is not placed by a
party's or the story's words. Sentences written for these tests, through the real pipeline."""

from __future__ import annotations

import pytest

from communique.actors.affiliations import load_affiliations
from communique.actors.context import ContextResolver
from communique.actors.entities import form_countries, legal_forms
from communique.actors.kb import load_kb
from communique.nlp.clusters import _acronym_of


@pytest.fixture(scope="module")
def run(entities_of):
    return lambda text, date="1987-03-01": entities_of(text, date)


@pytest.fixture(scope="module")
def resolver() -> ContextResolver:
    kb = load_kb()
    return ContextResolver(kb, load_affiliations({*kb.countries, *kb.codes}, kb.sectors))


def code(ents: dict, name: str) -> tuple:
    a = ents[name].actor
    return (a.code, a.basis) if a else (None, None)


def test_country_after_a_particle_is_the_names(resolver):
    assert resolver.country_in_name("Petroleos de Venezuela") == "VEN"
    assert resolver.country_in_name("Banco de Venezuela SA") == "VEN"
    assert resolver.country_in_name("Bank of Japan") == "JPN"
    assert resolver.country_in_name("Hernando de Soto") is None  # a surname, not a country
    assert resolver.country_in_name("University of California") is None  # a state is no country


def test_company_named_for_its_country_in_a_story_about_another(run):
    ents = run("Union Pacific Corp said its refinery in Corpus Christi, Texas, was sold to Petroles de Venezuela. "
               "Union Pacific said Petroles de Venezuela also signed a ten-year agreement to supply crude oil to "
               "the Texas refinery.")
    assert code(ents, "Petroles de Venezuela") == ("VEN", "title")


def test_acronym_keeps_particles_and_legal_form():
    assert _acronym_of("PDVSA", "Petroleos de Venezuela")
    assert _acronym_of("PDV", "Petroleos de Venezuela")
    assert _acronym_of("OSCE", "Organization for Security and Co-operation in Europe")
    assert not _acronym_of("PDVSA", "Petroleos Mexicanos")
    assert not _acronym_of("Pdvsa", "Petroleos de Venezuela")  # only a name written in capitals


def test_acronym_is_one_entity_with_its_name(run):
    ents = run("Petroleos de Venezuela said it will buy half of a refinery in Corpus Christi, Texas. "
               "Union Pacific said PDVSA will pay 30 mln dlrs in cash.")
    assert "PDVSA" not in ents
    assert len(ents["Petroleos de Venezuela"].mentions) == 2
    assert code(ents, "Petroleos de Venezuela")[0] == "VEN"


def test_legal_form_places_a_company():
    assert form_countries("Montefibre SpA") == ("ITA",)
    assert form_countries("Erbamont N.V.>") == legal_forms()["nv"]
    assert form_countries("Viacom International Inc") is None  # a form of many countries says nothing


def test_company_read_as_a_person_takes_no_party(run):
    # the recogniser reads both as people; "National" is also New Zealand's National Party
    ents = run("The chiefs of Dale Burdett Inc and National Amusements Inc said they agreed to merge. "
               "A spokeswoman for Dale Burdett Inc declined to comment.")
    for name in ("Dale Burdett Inc", "National Amusements Inc"):
        assert ents[name].label == "ORG"
        assert ents[name].actor.code is None and ents[name].actor.sector == "BUS"


def test_company_read_as_a_person_is_of_its_legal_forms_country(run):
    ents = run("Walter Kessler Inc of Ohio said it sold its unit to Montefibre Spa. Kessler said U.S. regulators "
               "in Washington approved the sale to Montefibre Spa, and the U.S. unit stays in Texas.")
    assert code(ents, "Montefibre Spa") == ("ITA", "title")
    assert code(ents, "Walter Kessler Inc") == ("USA", "title")  # "of Ohio"


def test_company_read_as_a_person_may_take_the_storys_country(run):
    ents = run("Peter Miller Apparel Group Inc said it would buy Hancock Textile Co of Atlanta. Peter Miller "
               "Apparel Group Inc, based in New York, said the U.S. deal would close in May.")
    e = ents["Peter Miller Apparel Group Inc"]
    assert e.label == "ORG" and (e.actor.code, e.actor.sector, e.actor.basis) == ("USA", "BUS", "context")


def test_bad_legal_forms_file_says_what_to_write(tmp_path):
    from communique.actors.entities import LegalFormsError

    bad = tmp_path / "legal_forms.yaml"
    bad.write_text("legal_forms:\n  - {forms: [spa], countries: [Italy]}\n")
    with pytest.raises(LegalFormsError, match="ISO alpha-3"):
        legal_forms(bad)


def test_of_a_city_and_its_country(run):
    ents = run("Lexmont Corp of Dallas said it sold 200,000 shares to Hans Gruber of Lugano, Switzerland. Lexmont "
               "said U.S. regulators in Washington approved the sale, and the Texas company will keep its plants in "
               "Ohio.")
    assert code(ents, "Hans Gruber") == ("CHE", "title")  # not the story's United States
