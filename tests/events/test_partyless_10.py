"""Parties named by their kind alone, with no country ("families of the victims", "censors", "captors", "jurors").

The rules this file pins (the rules alone; bench/meter.py weighs the classifier's side):
- A plural noun that names a kind of people by itself ("families", "relatives", "parents", "neighbours": a sector
  word that is not a generic head such as "members" or "leaders") is the party of its phrase; its "of" phrase says
  whose kin or neighbours they are, and names the party instead only where it has a country ("soldiers of the
  Russian army"). "Families of the victims accused the police": the families accuse, not the victims.
- Words for kinds of people the codebook's sectors cover and the sector list lacked: state censors (GOV), a
  captive's captors (CRM), jurors (JUD); an act of theirs has a doer.
"""

from __future__ import annotations

import pytest

from .rules import assert_coded, roles, rules_alone  # noqa: F401

CODED = [
    ("ACCUSE", "Families of the victims accused the police of a cover-up.", "Families", "police"),
    ("ACCUSE", "Relatives of the hostages condemned the government.", "Relatives", "government"),
    ("PROTEST", "Parents of the students protested outside the ministry.", "Parents", ""),
    ("REQUEST", "Mothers of the detainees demanded their release.", "Mothers", ""),
    ("PROTEST", "Relatives of the missing men blocked the highway.", "Relatives", ""),
    ("REQUEST", "Families of the soldiers appealed to the president.", "Families", "president"),
    ("CONCEDE", "Police apologised to the families of the victims.", "Police", "families"),
    ("COERCE", "Censors blocked access to several news websites.", "Censors", ""),
    ("RETREAT", "The captors released two of the hostages.", "captors", "hostages"),
    ("REQUEST", "The captors demanded a ransom.", "captors", ""),
]


@pytest.mark.parametrize(("kind", "text", "actor", "recipient"), CODED)
def test_party_named_by_its_kind(kind, text, actor, recipient):
    assert_coded(kind, text, actor, recipient)


NOT_THE_OWNER = [
    ("Families of the victims accused the police of a cover-up.", "victims"),
    ("Relatives of the hostages condemned the government.", "hostages"),
    ("Parents of the students protested outside the ministry.", "students"),
    ("Mothers of the detainees demanded their release.", "detainees"),
    ("Families of the soldiers appealed to the president.", "soldiers"),
]


@pytest.mark.parametrize(("text", "owner"), NOT_THE_OWNER)
def test_whose_kin_is_no_party(text, owner):
    """The people the "of" phrase names are whose kin the party is: neither the doer nor the one acted on."""
    got = roles(text)
    assert got and not any(owner in w for _, a, r in got for w in a + r), (text, got)
