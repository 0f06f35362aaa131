"""Business wire news (earnings, mergers, tender offers, regulators' consents), the rules alone.

- Firms and their people acting among themselves ("the board approved the merger", "shareholders agreed to the
  offer", "the company withdrew its bid") do a commercial act, no political event (PLOVER codes political
  interactions): ``commercial_parties`` in data/event_patterns.yaml; a firm the story names in full ("Keystone Bank
  Corp") is one under its short name too ("Keystone rejected the bid").
- An official's consent to a deal ("regulators cleared the acquisition", "the commission allowed the takeover")
  is business where no public party is its recipient (``approval_verbs``).
- A party that is no state agreeing, asking or refusing to buy or sell a firm's assets or shares is commerce
  (``commerce_verbs``); a state's purchase stays.
- A decree, an act or a settlement is a text of rules, no doer (``rule_texts``).
"""

from __future__ import annotations

import pytest

from tests.events.rules import (
    assert_none,
    rules_alone,  # noqa: F401
)

NONE = [
    "The board of Castle Brands agreed to the merger with Ridgeway Foods Inc.",
    "Shareholders of Pioneer Savings agreed to sell their stock to Citizens Corp for 30 dlrs a share.",
    "Marlow Tools said its directors accepted the revised offer from Brant Industries.",
    "The Federal Trade Commission allowed the takeover of Harrow Paper by Linden Corp.",
    "Banking regulators approved the sale of the savings unit to Dalton Financial Corp.",
    "Hollis Corp said it agreed to buy the chemicals division of Orbis for 90 mln dlrs.",
    "Keystone Bank Corp said its offer stands. Keystone rejected the rival bid as inadequate.",
    "The government decree allowed a longer period for the repayment of the export loans.",
    "Oldfield Industries Inc withdrew its 20 dlr a share offer for Sandpiper Mills.",
]


@pytest.mark.parametrize("text", NONE)
def test_no_event(text):
    assert_none(text)
