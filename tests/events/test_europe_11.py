"""European Union institutions and European national politics (2022-2025 wire register), the rules alone.

- The Commission's infringement procedure, or formal proceedings opened against a party, is its suit before the EU's
  court (CAMEO 115, bring lawsuit against: ACCUSE allege); so is a member state referred to a court.
- A package of sanctions agreed, and the EU's "restrictive measures" adopted against or on a party, are sanctions
  imposed (CAMEO 16); plain "measures" only against a party ("measures on housing" are policy).
- Funds frozen, suspended or withheld are aid cut (CAMEO 162: SANCTION discontinue), also when counted as a sum the
  tagger left outside its entity ("froze 22 billion euros of cohesion funds for Hungary"); so is visa-free travel
  suspended for a party.
- Border controls reintroduced or imposed restrict movement (CAMEO 191: COERCE restrict), as a border closed.
- A treaty, a convention or a coalition left is one withdrawn from (RETREAT withdraw).
- A party classified as extremist is designated, as "designated" is (COERCE restrict).
- A confidence vote won or survived is the government's survival, no act between parties.
- A defeat by which a contest is won or reached ("beat Dortmund to win the final") is sport, no attack.
- EU commissioners and European party leaders missing from the actor data are known by their country or the EU.
"""

from __future__ import annotations

import pytest

from tests.events.rules import assert_coded, assert_not_coded, events, rules_alone  # noqa: F401

CODED = [
    ("ACCUSE", "The Commission opened an infringement procedure against Slovakia over its new media law.",
     "Commission", "Slovakia"),
    ("ACCUSE", "Brussels opened formal proceedings against TikTok over its recommender system.", "Brussels",
     "TikTok"),
    ("ACCUSE", "The Commission referred Greece to the Court of Justice over illegal landfills.", "Commission",
     "Greece"),
    ("SANCTION", "The 27 member states agreed a new package of sanctions against Iran.", "member states", "Iran"),
    ("SANCTION", "EU ministers adopted restrictive measures against six Moldovan oligarchs.", "EU", "Moldovan"),
    ("SANCTION", "The EU imposed measures against Belarus over the forced landing of a Ryanair jet.", "EU",
     "Belarus"),
    ("SANCTION", "The Commission froze about 7.5 billion euros of cohesion funds for Hungary.", "Commission",
     "Hungary"),
    ("SANCTION", "The EU suspended 1.2 billion euros in funding to Poland.", "EU", "Poland"),
    ("SANCTION", "The European Commission suspended visa-free travel for holders of Georgian diplomatic passports.",
     "Commission", "Georgian"),
    ("COERCE", "Germany reintroduced border controls at its frontier with Poland.", "Germany", ""),
    ("RETREAT", "The Greens left the governing coalition over the budget.", "Greens", ""),
    ("RETREAT", "Latvia quit the convention on cluster munitions.", "Latvia", ""),
    ("COERCE", "The interior ministry classified the party as a right-wing extremist group.", "interior ministry",
     "party"),
]

NOT_CODED = [
    ("SANCTION", "The government introduced new measures on housing."),
    ("COOPERATE", "Prime Minister Petr Fiala won a confidence vote in parliament."),
    ("ASSAULT", "Inter Milan beat Barcelona to reach the Champions League final."),
]

# guards: what the rules above must leave alone
KEPT = [
    ("ASSAULT", "Russian forces attacked the town to win control of the bridge.", "Russian", ""),
    ("REJECT", "Parliament passed a motion of no confidence against the government.", "Parliament", "government"),
    ("SANCTION", "The EU imposed sanctions on Russian oil companies.", "EU", "Russian"),
    ("COERCE", "Finland closed its border with Russia.", "Finland", "Russia"),
]

KEPT_NOT = [
    ("SANCTION", "The central bank took measures to curb inflation."),
    ("RETREAT", "The minister left the building after the meeting."),
    ("ASSAULT", "Spain defeated Germany to win the European championship."),
]


@pytest.mark.parametrize("kind,text,actor,recipient", CODED + KEPT)
def test_coded(kind, text, actor, recipient):
    assert_coded(kind, text, actor, recipient)


@pytest.mark.parametrize("kind,text", NOT_CODED + KEPT_NOT)
def test_not_coded(kind, text):
    assert_not_coded(kind, text)


@pytest.mark.parametrize("text,name,code", [
    ("Herbert Kickl accused the chancellor of betraying voters.", "Herbert Kickl", "AUT"),
    ("Geert Wilders criticised the asylum plan.", "Geert Wilders", "NLD"),
    ("Margrethe Vestager criticised Google's advertising business.", "Margrethe Vestager", "EUR"),
    ("Jimmie Akesson criticised the government's migration policy.", "Akesson", "SWE"),
])
def test_european_people(text, name, code):
    actors = [p for e in events(text) for p in e.actor]
    assert any(name in (p.name or "") and p.code == code for p in actors), [(p.name, p.code) for p in actors]
