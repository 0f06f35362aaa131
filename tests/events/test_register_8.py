"""British political news (issue 12's register helper): long BBC-style sentences about ministers, parties and
Parliament. Telling a party to act is an order or a demand (CAMEO 10, PLOVER REQUEST): "Mr Straw told Iran to
suspend enrichment"; telling someone that something is so ("Mr Blair told MPs that ...") is speech and codes no
request. A government that suffers a defeat in a chamber over a measure, or on which peers inflict one, lost a vote:
the chamber rejected its measure (as "the Lords defeated the government over ..."); a defeat with no measure at issue
(an election, a war, a match) is none. A strike "over" a grievance is a labour dispute, whoever strikes. Every
sentence is our own."""

from __future__ import annotations

import pytest

from .rules import assert_coded as _assert_coded
from .rules import roles as _pairs
from .rules import rules_alone  # noqa: F401 (the module-wide fixture)


@pytest.mark.parametrize("text, actor, recipient", [
    ("Chancellor Gordon Brown told the Bank of England to cut interest rates.", "Brown", "Bank of England"),
    ("Northern Ireland Secretary Peter Hain told Sinn Fein to end its links with the IRA.", "Hain", "Sinn Fein"),
    ("The prime minister told rebel Labour MPs to back the bill or face the consequences.", "minister", "Labour"),
    ("Home Secretary Charles Clarke told the police to arrest the men.", "Clarke", "police"),
])
def test_telling_a_party_to_act_is_a_request(text, actor, recipient):
    _assert_coded("REQUEST", text, actor, recipient)


@pytest.mark.parametrize("text", [
    "Mr Blair told MPs that the government had done nothing wrong.",
    "Mr Brown told reporters he was happy to serve another term as chancellor.",
    "Tory leader Michael Howard told the BBC that the plans were unworkable.",
    "Mr Kennedy told the Lib Dem conference he expected to win more seats.",
])
def test_telling_someone_that_something_is_so_is_no_request(text):
    assert not any(t == "REQUEST" for t, _, _ in _pairs(text)), _pairs(text)


@pytest.mark.parametrize("text, actor, recipient", [
    ("The government suffered a defeat in the Lords over its plans to curb jury trials.", "Lords", "government"),
    ("Ministers suffered a defeat in the Commons over the university funding bill.", "Commons", "Ministers"),
    ("Peers inflicted a defeat on the government over the anti-terror bill.", "Peers", "government"),
    ("The government suffered a defeat in the House of Lords over its plans for identity cards.", "Lords",
     "government"),
])
def test_a_government_defeated_in_a_chamber_over_a_measure_is_rejected(text, actor, recipient):
    _assert_coded("REJECT", text, actor, recipient)


@pytest.mark.parametrize("text", [
    "Labour suffered a heavy defeat in the Hartlepool by-election.",
    "The Conservatives suffered their third defeat in a row at the general election.",
    "Chelsea suffered a defeat over the weekend.",
    "The army inflicted a heavy defeat on the rebels.",
])
def test_a_defeat_with_no_measure_at_issue_is_no_rejection(text):
    assert not any(t == "REJECT" for t, _, _ in _pairs(text)), _pairs(text)


@pytest.mark.parametrize("text", [
    "Civil servants staged a one-day strike over job cuts at the Department for Work and Pensions.",
    "Prison officers staged a strike over pay and conditions.",
    "Immigration officers began a strike over pensions on Monday.",
])
def test_a_strike_over_a_grievance_is_a_labour_dispute(text):
    """A strike "over" pay, jobs or pensions is a labour dispute (CAMEO 143, PLOVER PROTEST), whoever strikes: civil
    servants and prison officers are state employees, not armed forces."""
    got = [t for t, _, _ in _pairs(text)]
    assert "PROTEST" in got and "ASSAULT" not in got, (text, _pairs(text))


@pytest.mark.parametrize("text", [
    "The government launched strikes on rebel positions.",
    "The army launched strikes over the border.",
    "Israel launched strikes over Gaza overnight.",
    "US jets launched strikes over northern Iraq.",
])
def test_strikes_over_a_place_or_by_armed_forces_stay_attacks(text):
    got = [t for t, _, _ in _pairs(text)]
    assert "ASSAULT" in got and "PROTEST" not in got, (text, _pairs(text))
