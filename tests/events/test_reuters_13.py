"""Business-people news (tender offers, board fights, executives and shareholders), the rules alone.

- An investor's, an executive's or a director's act about business (a seat on the board, a sale, an offer for
  shares, resigning as a director) is commerce, no political event, whatever country the story gives the
  person: ``business_people_sectors`` and ``business_objects`` in data/event_patterns.yaml. A state's or a
  regulator's act on a firm or on such a person stays.
- A company's legal form may stand before its place ("Dynamics Corp of America"): a firm all the same.
- Consent named by its noun ("had given its approval of the acquisition") is consent (``approval_nouns``).
- A company's short name is that company ("CPC" after "CPC International Inc" is no Communist party), and a
  company's officer by title ("Chief Financial Officer X") is no police officer.
"""

from __future__ import annotations

import pytest

import communique
from tests.events.rules import assert_coded, assert_none, rules_alone  # noqa: F401

D = "1987-03-01"

NONE = [
    "Former president Arthur L. Brenner is resigning as a director of the company.",
    "Hirsch, who holds 9.6 pct of the stock, requested two seats on the Corcoran board last year.",
    "He said Kramer pushed for the sale of the company's cable systems because the shares were cheap.",
    "Dynamics Corp of America said it agreed to limit its shareholdings to 35 pct of the stock.",
    "The department had given its tentative approval of the acquisition in January.",
]


@pytest.mark.parametrize("text", NONE)
def test_business_people(text: str) -> None:
    assert_none(text)


CODED = [
    ("REJECT", "The Transportation Department rejected the airline's application to acquire the rival carrier.",
     "Department", "airline"),
    ("REQUEST", "The judge ordered the investor to divest his stake in the casino company.", "judge", "investor"),
    ("ACCUSE", "The Securities and Exchange Commission charged the financier with insider trading.", "Commission",
     "financier"),
]


@pytest.mark.parametrize("kind,text,actor,recipient", CODED)
def test_state_on_business_stays(kind: str, text: str, actor: str, recipient: str) -> None:
    assert_coded(kind, text, actor, recipient, date=D)


def test_short_name_and_officer_title() -> None:
    rec = communique.process(clean_text="CPC International Inc said it would sell its corn business. CPC said the "
                             "deal was worth 630 mln dlrs. Chief Financial Officer Gary Erekson will retire.",
                             date=D, upto="events")
    sectors = {e.name: e.actor.sector if e.actor else None for e in rec.entities}
    assert sectors.get("CPC") == "BUS", sectors
    assert sectors.get("Gary Erekson") == "BUS", sectors
