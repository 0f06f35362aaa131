"""British political news (issue 12's register helper): long BBC-style sentences about ministers, parties and
Parliament. Telling a party to act is an order or a demand (CAMEO 10, PLOVER REQUEST): "Mr Straw told Iran to
suspend enrichment"; telling someone that something is so ("Mr Blair told MPs that ...") is speech and codes no
request. Every sentence is our own."""

from __future__ import annotations

import pytest

from .rules import (
    events,
    rules_alone,  # noqa: F401 (the module-wide fixture)
)


def _pairs(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(e.type, [p.span.text if p.span else p.name for p in e.actor],
             [p.span.text if p.span else p.name for p in e.recipient]) for e in events(text)]


@pytest.mark.parametrize("text, actor, recipient", [
    ("Chancellor Gordon Brown told the Bank of England to cut interest rates.", "Brown", "Bank of England"),
    ("Northern Ireland Secretary Peter Hain told Sinn Fein to end its links with the IRA.", "Hain", "Sinn Fein"),
    ("The prime minister told rebel Labour MPs to back the bill or face the consequences.", "minister", "Labour"),
    ("Home Secretary Charles Clarke told the police to arrest the men.", "Clarke", "police"),
])
def test_telling_a_party_to_act_is_a_request(text, actor, recipient):
    got = [(a, r) for t, a, r in _pairs(text) if t == "REQUEST"]
    assert got, (text, _pairs(text))
    assert any(actor in " ".join(a) for a, _ in got), got
    assert any(recipient in " ".join(r) for _, r in got), got


@pytest.mark.parametrize("text", [
    "Mr Blair told MPs that the government had done nothing wrong.",
    "Mr Brown told reporters he was happy to serve another term as chancellor.",
    "Tory leader Michael Howard told the BBC that the plans were unworkable.",
    "Mr Kennedy told the Lib Dem conference he expected to win more seats.",
])
def test_telling_someone_that_something_is_so_is_no_request(text):
    assert not any(t == "REQUEST" for t, _, _ in _pairs(text)), _pairs(text)
