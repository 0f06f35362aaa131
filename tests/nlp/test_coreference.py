"""Sounder coreference (issue 13, item 3) on texts written for these tests: names that share a part, pronouns by
gender and position, and the expletive "it" that refers to nobody."""

from __future__ import annotations

import pytest

from communique.nlp.clusters import cluster_mentions, expletive_it
from communique.nlp.model import load


@pytest.fixture(scope="module")
def nlp():
    return load()


def people(nlp, text):
    return [c for c in cluster_mentions(nlp(text)) if c.label == "PERSON"]


def holding(ps, text):
    return next(c for c in ps if any(m.text == text for m in c.mentions))


def test_a_prince_is_not_a_man_with_his_name_as_given_name(nlp):
    ps = people(nlp, "Prince Charles visited a school in Wales. Charles Kennedy, the party leader, said the Prince "
                     "was welcome. Kennedy added that the day had gone well.")
    prince, kennedy = holding(ps, "Prince Charles"), holding(ps, "Charles Kennedy")
    assert prince is not kennedy
    assert "Kennedy" in [m.text for m in kennedy.mentions]


def test_a_king_is_not_a_man_with_his_name_as_surname(nlp):
    ps = people(nlp, "Ray Abdullah opened a bakery in Leeds. King Abdullah arrived in Amman on Monday.")
    assert holding(ps, "Ray Abdullah") is not holding(ps, "King Abdullah")


def test_another_given_name_is_another_person(nlp):
    ps = people(nlp, "Tony Blake spoke first. Cherie Blake spoke later. Mr Blake left early.")
    assert holding(ps, "Tony Blake") is not holding(ps, "Cherie Blake")


def test_a_title_of_the_other_gender_is_another_person(nlp):
    ps = people(nlp, "Mr Okonkwo opened the meeting. Mrs Okonkwo closed it.")
    assert holding(ps, "Mr Okonkwo") is not holding(ps, "Mrs Okonkwo")


def test_pronouns_take_the_compatible_subject_first(nlp):
    ps = people(nlp, "Mrs Adeyemi met Mr Tanaka on Monday. She said the talks were useful. "
                     "Mr Tanaka thanked Mrs Adeyemi and he left for Osaka.")
    she = holding(ps, "She")
    assert she is holding(ps, "Mrs Adeyemi")
    assert holding(ps, "he") is holding(ps, "Mr Tanaka")


def test_expletive_it_is_nobody(nlp):
    for text in ("It is thought that the vote will be close.", "It is understood the whips are worried.",
                 "It seems the plan failed.", "It is clear that the minister knew."):
        doc = nlp(text)
        assert expletive_it(doc[0]), text
        assert not any(m.text.lower() == "it" for c in cluster_mentions(doc) for m in c.mentions)
    for text in ("The party said it would vote against the bill.", "It is expected to pass easily."):
        doc = nlp(text)
        it = next(t for t in doc if t.lower_ == "it")
        assert not expletive_it(it), text
