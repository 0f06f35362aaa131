"""Coups, crackdowns, domestic unrest and elections worldwide, the rules alone.

- A past tense the parser read as an adjective of the noun after it ("Russia jailed opposition politician Ilya
  Yashin": "jailed" an amod of "Yashin", with "Russia" its subject) is the clause's verb, and that noun its object.
- A month's name is no noun of the verb's in the CAMEO dictionary ("hold its congress in March": no march).
- An act said to be unlikely is foreseen not to happen ("the army is unlikely to intervene"): negated.
- Coups: a parliament, a government or a constitution dissolved or suspended by soldiers restricts a political
  institution (CAMEO 172: COERCE); a leader ousted or toppled by soldiers, or a coup staged, is an overthrow, which
  the CAMEO dictionary codes as unconventional violence (OVERTHROW, 180: ASSAULT); a parliament a president dissolves
  for an election, or a prime minister ousted by a vote, is neither.
- Bans of political parties and politicians (CAMEO 1722: COERCE): the opposition dissolved, candidates or parties
  disqualified from an election (not an athlete from a race), all political activity suspended by the state (not a
  party's own activities).
"""

from __future__ import annotations

import pytest

from tests.events.rules import assert_coded, assert_not_coded, events, rules_alone  # noqa: F401

D = "2025-05-10"

CODED = [
    ("COERCE", "Belarus jailed opposition activist Maria Kolesnikova for eleven years.", "Belarus", "Kolesnikova"),
    ("COERCE", "The army dissolved parliament and suspended the constitution.", "army", "parliament"),
    ("COERCE", "Soldiers detained the president and dissolved the government.", "Soldiers", "government"),
    ("ASSAULT", "Mutinous soldiers toppled President Ibrahim Keita in Bamako.", "soldiers", "Keita"),
    ("ASSAULT", "Soldiers staged a coup in Gabon.", "Soldiers", "Gabon"),
    ("COERCE", "The Supreme Court dissolved the main opposition Democratic Alliance.", "Court", "Democratic Alliance"),
    ("COERCE", "The junta in Niamey suspended all political activity.", "junta", "political activity"),
    ("COERCE", "The election commission disqualified two opposition candidates from the vote.", "commission",
     "candidates"),
]


@pytest.mark.parametrize("kind,text,actor,recipient", CODED)
def test_coded(kind: str, text: str, actor: str, recipient: str) -> None:
    assert_coded(kind, text, actor, recipient, date=D)


NOT_CODED = [
    ("PROTEST", "The ruling party will hold its congress in March to choose a leader."),
    ("THREATEN", "The ruling party will hold its congress in March to choose a leader."),
    ("COERCE", "The president dissolved parliament and called early elections."),
    ("ASSAULT", "Parliament ousted the prime minister in a no-confidence vote."),
    ("COERCE", "The party suspended its political activities during the mourning period."),
    ("COERCE", "The judges disqualified the sprinter from the final."),
]


@pytest.mark.parametrize("kind,text", NOT_CODED)
def test_not_coded(kind: str, text: str) -> None:
    assert_not_coded(kind, text, date=D)


def test_unlikely_act_is_negated() -> None:
    got = [e.modality for e in events("Analysts say the army is unlikely to attack the rebels.", date=D)
           if e.type == "ASSAULT"]
    assert got and all(m == "negated" for m in got), got
