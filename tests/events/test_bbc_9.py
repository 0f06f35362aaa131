"""British political news of 2004-05 (issue 12's BBC helper): long, reported sentences about ministers, parties,
Parliament, Northern Ireland and the unions. Each case is a minimal pair: the sentence that codes the event and one
of the same words that must not. The rules, from the PLOVER codebook and English:

- Wrongdoing told of a party in what someone says ("Howard said Mr Blair had misled the country", "the Tories
  claimed Labour had broken its promise", "Ahern said the IRA had been behind the robbery") is the speaker's
  allegation or criticism of that party (CAMEO 11, PLOVER ACCUSE); negated, or said of no party, it is none.
  Failing the country is letting it down, no refusal.
- Backing a person of an office ("backed his chancellor") backs a party (SUPPORT), where "defended his record" is
  one's own conduct; confidence or faith in a party, had or voiced, is backing too (CAMEO 051).
- Members of a legislature who rebel, or defy the whip, refuse their party's line (CAMEO 128, REJECT); peers are
  members of a legislature.
- What is refused is not done: "refused to rule out tax rises" rules nothing out.
- A demand that something be done to a party ("called for the Welsh Assembly to be given more powers") is a demand
  (REQUEST), as "called for the minister to resign" is.
- A blockade by civilians or farmers is public dissent (PROTEST lists blockades); by a state a restriction.
- Weapons put beyond use are decommissioned (RETREAT: disarm); a walkout warned of is threatened (CAMEO 133); a link
  broken with a party reduces relations (SANCTION); a member suspended from a chamber is excluded from the group for
  a time (SANCTION); a bitter attack on a party's leadership is words, and a legal challenge to a law a suit (ACCUSE).
- "Opposition MPs called on Mr Blunkett to resign": a past tense the parser hangs on the sentence's only noun is its
  verb. Every sentence is our own."""

from __future__ import annotations

import pytest

from .rules import (
    assert_coded,
    assert_not_coded,
    rules_alone,  # noqa: F401 (the module-wide fixture)
)

TOLD = {"date": "2005-02-01", "modalities": ("asserted", "reported")}
"""The stories' time, and the events that happened (as the meter counts them)."""


def _coded(kind: str, text: str, actor: str, recipient: str | None) -> None:
    assert_coded(kind, text, actor, recipient, **TOLD)


def _not_coded(kind: str, text: str) -> None:
    assert_not_coded(kind, text, **TOLD)


@pytest.mark.parametrize("text, actor, recipient, unlike", [
    ("Tory leader Michael Howard said Mr Blair had misled the country about the war.", "Howard", "Blair",
     "Tory leader Michael Howard said Mr Blair had not misled the country about the war."),
    ("The Conservatives claimed Labour had broken its promise not to raise taxes.", "Conservatives", "Labour",
     "The Conservatives claimed Labour had broken the record for new members."),
    ("The SNP said ministers had deceived Scotland's fishermen.", "SNP", "ministers",
     "The SNP said ministers had briefed Scotland's fishermen."),
    ("Mr Howard said the prime minister had misled Parliament.", "Howard", "minister",
     "Mr Howard admitted he had misled Parliament."),
    ("Irish premier Bertie Ahern said the IRA had been behind the Northern Bank robbery.", "Ahern", "IRA",
     "Irish premier Bertie Ahern said the IRA had been behind schedule on decommissioning."),
    ("Lib Dem leader Charles Kennedy said Mr Blair had lied to the country about the war.", "Kennedy", "Blair",
     "Lib Dem leader Charles Kennedy said Mr Blair's house lies near the river."),
    ("Tory leader Michael Howard said Mr Blair had failed the country over the war in Iraq.", "Howard", "Blair",
     "Tory leader Michael Howard said the talks on the budget had failed."),
])
def test_wrongdoing_told_of_a_party_is_an_allegation(text, actor, recipient, unlike):
    _coded("ACCUSE", text, actor, recipient)
    _not_coded("ACCUSE", unlike)


def test_failing_the_country_is_no_refusal():
    _not_coded("REJECT", "Tory leader Michael Howard said Mr Blair had failed the country over the war in Iraq.")


@pytest.mark.parametrize("text, actor, recipient, unlike", [
    ("Mr Blair backed his chancellor in the row over the timing of the election.", "Blair", None,
     "Mr Blair defended his record on the economy."),
    ("The prime minister said he had full confidence in the home secretary.", "minister", "home secretary",
     "The prime minister said he had full confidence that the economy would grow."),
])
def test_backing_a_person_or_confidence_in_a_party_is_support(text, actor, recipient, unlike):
    _coded("SUPPORT", text, actor, recipient)
    _not_coded("SUPPORT", unlike)


@pytest.mark.parametrize("text, actor, unlike", [
    ("Seventy Labour MPs rebelled over the bill.", "Labour", "Seventy Labour MPs voted for the bill."),
    ("Forty Labour MPs rebelled over the plans on Tuesday.", "Labour", "Forty Labour MPs backed the plans on Tuesday."),
    ("Tory MPs defied the party whip to vote for the civil partnerships bill.", "Tory",
     "Tory MPs defied expectations to win the seat."),
    ("Peers threw out the government's plans to restrict jury trials.", "Peers",
     "Peers debated the government's plans to restrict jury trials."),
])
def test_backbench_rebellions_and_chambers_reject(text, actor, unlike):
    _coded("REJECT", text, actor, None)
    _not_coded("REJECT", unlike)


@pytest.mark.parametrize("text", [
    "Mr Brown refused to rule out tax rises after the election.",
    "The home secretary refused to rule out talks with the union.",
])
def test_refusing_to_rule_out_rules_nothing_out(text):
    _not_coded("REJECT", text)


@pytest.mark.parametrize("text, actor", [
    ("Plaid Cymru called for the Welsh Assembly to be given more powers.", "Plaid Cymru"),
    ("The Lib Dems called for the attorney general's advice on the war to be published.", "Lib Dems"),
    ("The Ulster Unionists called for Sinn Fein to be excluded from the executive.", "Ulster Unionists"),
    ("Opposition MPs called on Mr Blunkett to resign.", "MPs"),
])
def test_demands_that_something_be_done_are_requests(text, actor):
    _coded("REQUEST", text, actor, None)


@pytest.mark.parametrize("kind, text, actor, unlike", [
    ("PROTEST", "Farmers blockaded fuel depots in protest at rising fuel prices.", "Farmers",
     "The navy blockaded the port of Basra."),
    ("RETREAT", "The IRA has put its weapons beyond use.", "IRA",
     "The IRA has put its case beyond doubt."),
    ("THREATEN", "Nurses' leaders warned of a walkout if the pay deal was not honoured.", "leaders",
     "Nurses' leaders warned of a crisis in the health service."),
    ("SANCTION", "The Fire Brigades Union voted to break its link with Labour.", "Fire Brigades Union",
     "The Fire Brigades Union voted to break the deadlock."),
    ("SANCTION", "The Commons suspended the MP for a month for breaching its rules.", "Commons",
     "The Commons suspended the sitting for an hour."),
    ("ACCUSE", "The Countryside Alliance launched a legal challenge to the hunting ban.", "Countryside Alliance",
     "The Countryside Alliance launched a recruitment drive for the hunting season."),
    ("ACCUSE", "Robert Kilroy-Silk launched a bitter attack on the party's leadership.", "Kilroy-Silk",
     "Robert Kilroy-Silk launched a bitter campaign for the leadership."),
])
def test_acts_of_the_british_political_register(kind, text, actor, unlike):
    _coded(kind, text, actor, None)
    _not_coded(kind, unlike)


def test_a_bitter_attack_is_no_assault():
    _not_coded("ASSAULT", "Robert Kilroy-Silk launched a bitter attack on the party's leadership.")

