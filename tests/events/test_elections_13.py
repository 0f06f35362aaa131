"""Elections and their administration worldwide, the rules alone.

- A request to the public at large, as voters, citizens or one's own supporters ("urged voters to turn out", "called
  on young people to register"), is an appeal to the electorate (advice or notice to the public), no request
  between parties; whoever addresses it, and whether or not the addressee is a coded party.
- Access granted to a contest of votes ("granted the candidate access to the ballot") admits a candidacy: no material
  de-escalation (PLOVER's RETREAT, access: aid let in, a crossing opened) but the concession that PLOVER's gold record
  codes for a court that "decided to allow candidate Alassane Ouattara to participate in the country's upcoming
  elections" (CONCEDE). Access for aid, inspectors or the UN stays RETREAT.
- A hyphenated word the tokenizer splits ("run-off": "run", "-", "off") is the word its lists name, so a boycott of
  the presidential run-off is a boycott, not a campaign stop.
- The bodies that run elections (an electoral board, a board of elections) are state bodies (GOV), not companies.
- A text that speaks for its author ("the monitors' final report urged ...", "a report by Amnesty accused ...") has
  that author for its actor: its possessor, the word before it, or its "from", "by" or "of" phrase; so has a summit
  that speaks ("the SADC summit urged ...": the body that met).
- Wrongdoing told in the passive in what someone says ("said the vote had been rigged by the commission") is an
  allegation against the "by" phrase's party, as the active is; an election stolen is one rigged, no seizure.
"""

from __future__ import annotations

import pytest

from tests.events.rules import assert_coded, assert_not_coded, events, rules_alone  # noqa: F401

D = "2025-03-14"

NOT_CODED = [
    ("REQUEST", "Peru's electoral chief urged voters to cast their ballots early."),
    ("REQUEST", "Malawi's president called on young people to register before the deadline."),
    ("REQUEST", "The opposition leader urged his supporters to stay calm while the votes were counted."),
    ("RETREAT", "A state judge granted the Green candidate access to the ballot in Arizona."),
    ("RETREAT", "The board granted ballot access to the Constitution Party."),
    ("COERCE", "Rival candidates said the election had been stolen by the president's allies."),
]


@pytest.mark.parametrize("kind,text", NOT_CODED)
def test_not_coded(kind: str, text: str) -> None:
    assert_not_coded(kind, text, date=D)


CODED = [
    ("REQUEST", "Ghana's president urged the opposition to accept the result.", "president", "opposition"),
    ("RETREAT", "Israel granted the UN access to the Kerem Shalom crossing.", "Israel", "UN"),
    ("PROTEST", "The opposition boycotted the presidential run-off.", "opposition", ""),
    ("CONCEDE", "The board granted ballot access to the Constitution Party.", "board", "Constitution Party"),
    ("CONCEDE", "The state court granted the Socialist Party access to the November ballot.", "court", ""),
    ("REQUEST", "The election monitors' final report urged Honduras to overhaul its voter rolls.", "monitors",
     "Honduras"),
    ("ACCUSE", "A report by Amnesty International accused the army of abusing detained protesters.", "Amnesty",
     "army"),
    ("REQUEST", "The SADC summit urged Zimbabwe's government to release the detained poll monitors.", "SADC",
     "government"),
    ("ACCUSE", "The opposition leader said the vote had been rigged by the electoral commission.", "opposition",
     "commission"),
]


@pytest.mark.parametrize("kind,text,actor,recipient", CODED)
def test_coded(kind: str, text: str, actor: str, recipient: str) -> None:
    assert_coded(kind, text, actor, recipient, date=D)


def test_electoral_board_is_a_state_body() -> None:
    got = [p.sector for e in events("The electoral board rejected the nomination of the opposition candidate.",
                                    date=D) for p in e.actor]
    assert got and all(s == "GOV" for s in got), got


def test_central_election_commission_is_its_countrys() -> None:
    got = [(p.code, p.sector) for e in events(
        "Belarus's Central Election Commission refused to register the opposition candidate.", date=D) for p in e.actor]
    assert ("BLR", "GOV") in got, got
