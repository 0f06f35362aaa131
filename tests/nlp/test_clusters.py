"""Mention clustering on texts written for these tests (names, titles, brackets, appositions, role nouns, pronouns)."""

from __future__ import annotations

import pytest

from communique.nlp.clusters import cluster_mentions
from communique.nlp.model import load


@pytest.fixture(scope="module")
def nlp():
    return load()


def people(nlp, text):
    return {c.name: c for c in cluster_mentions(nlp(text)) if c.label == "PERSON"}


def texts(c):
    return [m.text for m in c.mentions]


def test_surname_and_title_variants_join_the_full_name(nlp):
    text = ("Brazil's Foreign Minister Paulo Mendes arrived in Lisbon on Monday. Mendes met business leaders. "
            "Later, Minister Mendes toured the port.")
    c = people(nlp, text)["Paulo Mendes"]
    assert texts(c) == ["Brazil's Foreign Minister Paulo Mendes", "Mendes", "Minister Mendes"]
    assert "Brazil's Foreign Minister" in c.titles


def test_two_people_with_one_surname_stay_apart(nlp):
    text = ("Senator Laura Okafor and her brother David Okafor attended the hearing. "
            "David Okafor later told reporters that the hearing was long.")
    ps = people(nlp, text)
    assert {"Laura Okafor", "David Okafor"} <= set(ps)
    assert len(ps["David Okafor"].mentions) >= 2


def test_a_bare_surname_is_the_person_the_story_names_most(nlp):
    text = ("President Laura Okafor spoke in Abuja. Okafor said the budget would pass. Her son, David Okafor, "
            "runs a bank. Okafor later left for Lagos.")
    ps = people(nlp, text)
    assert texts(ps["Laura Okafor"])[-1] == "Okafor"
    assert texts(ps["David Okafor"]) == ["David Okafor"]


def test_editorial_brackets(nlp):
    text = "\"We spoke with [Defence] Minister [Hans] Weber about it,\" the envoy said. Weber declined to comment."
    c = people(nlp, text)["Hans Weber"]
    assert texts(c)[0] == "[Defence] Minister [Hans] Weber" and "Weber" in texts(c)


def test_apposition_gives_a_title(nlp):
    text = "Kenya's trade minister, Grace Wanjiru, said the talks would resume. Wanjiru did not give a date."
    c = people(nlp, text)["Grace Wanjiru"]
    assert any("trade minister" in t for t in c.titles)
    assert "Wanjiru" in texts(c)


def test_role_noun_joins_the_nearest_person_with_that_title(nlp):
    text = ("Defence Minister Ana Ruiz visited the base on Monday with Governor Tomas Vidal. "
            "The minister said more troops would arrive.")
    ps = people(nlp, text)
    assert "The minister" in texts(ps["Ana Ruiz"])
    assert "The minister" not in texts(ps["Tomas Vidal"])


def test_pronouns_follow_the_subject_and_gender(nlp):
    text = ("Ms. Helen Park met Governor Victor Lang in Seoul. She said the meeting went well. "
            "Lang said he would return next year.")
    ps = people(nlp, text)
    assert "She" in texts(ps["Helen Park"])
    assert "he" in texts(ps["Victor Lang"])


def test_pronoun_outside_a_quote_does_not_reach_into_it(nlp):
    text = ("Ambassador Ivan Petrov spoke on Sunday. \"Our president Marek Novak met the minister,\" he said.")
    ps = people(nlp, text)
    assert "he" in texts(ps["Ivan Petrov"])
    assert "he" not in texts(ps.get("Marek Novak", ps["Ivan Petrov"])) or ps.get("Marek Novak") is None


def test_acronym_and_spelled_out_organisation_are_one(nlp):
    text = ("Delegates of the Organization for Security and Co-operation in Europe met in Vienna. "
            "The OSCE said it would send observers.")
    orgs = [c for c in cluster_mentions(nlp(text)) if c.label == "ORG"]
    assert len(orgs) == 1 and {m.text for m in orgs[0].mentions} >= {"OSCE"}


def test_spans_are_exact_offsets(nlp):
    text = "Prime Minister Lena Holm spoke. Holm said she was pleased."
    for c in cluster_mentions(nlp(text)):
        for m in c.mentions:
            assert text[m.start:m.end] == m.text
