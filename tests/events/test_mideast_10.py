"""Middle East war and diplomacy reporting (2023-2025 wire register), the rules alone.

- An evacuation ordered of another country's place or people ("Israel ordered the evacuation of northern Gaza", "of
  22 villages in southern Lebanon"), evacuation orders issued for a place, and residents ordered to evacuate drive
  people from their homes: CAMEO 174, expel or deport individuals (COERCE deport). One's own staff or troops
  evacuated stay a withdrawal (RETREAT).
- Armed forces that "eliminated" a commander or militants killed them (CAMEO 18/19: ASSAULT); tariffs eliminated
  are no attack.
- A nation's strike that harms ("Israeli strikes killed 40 people") is its forces' attack, as "Israeli air strikes"
  is; a labour strike kills no one.
- Captives handed over are released (CAMEO 0841: RETREAT release).
- Fuel or supplies let into a place is aid allowed through (CAMEO 0863: RETREAT access); the entry of aid blocked is
  movement restricted (CAMEO 191: COERCE restrict), not a protest.
- A war carried on is the use of force (CAMEO 190); vowed, a threat of force (CAMEO 138), and the subject of its
  passive "until" clause is the one threatened ("until Hamas is destroyed").
- Retaliation or revenge vowed is a threat of force (CAMEO 138), as "vowed revenge" is; so is the speaker's own
  response warned of ("warned of a crushing response if Israel attacked"; consequences warned of stay a statement).
- Arms, exports or export licences to a country halted or suspended reduce relations (CAMEO 16: SANCTION).
- A field hospital sent is aid (CAMEO 07); a vehicle rammed into people is an attack (CAMEO 18).
- A verb of backing as a passive participle on a party ("a Shiite militant group backed by Iran", "the Houthis, who
  are backed by Iran") describes a standing tie in passing, no act of support (PLOVER's annotators code none).
"""

from __future__ import annotations

import pytest

from tests.events.rules import assert_coded, assert_not_coded, rules_alone  # noqa: F401

CODED = [
    ("COERCE", "Israel ordered the evacuation of northern Gaza.", "Israel", "Gaza"),
    ("COERCE", "The Israeli military ordered the evacuation of 22 villages in southern Lebanon.", "Israeli military",
     "Lebanon"),
    ("COERCE", "The IDF issued evacuation orders for parts of Khan Younis.", "IDF", ""),
    ("COERCE", "The Israeli military ordered residents of Beirut's southern suburbs to evacuate immediately.",
     "Israeli military", "residents"),
    ("ASSAULT", "The Israeli military said it eliminated a senior Hamas commander in an air strike.",
     "Israeli military", "Hamas"),
    ("ASSAULT", "Israeli strikes killed 40 people overnight.", "Israeli", ""),
    ("ASSAULT", "The Palestinian health ministry said Israeli strikes killed 40 people overnight.", "Israeli", ""),
    ("RETREAT", "Hamas handed over three Israeli hostages to the Red Cross in Khan Younis.", "Hamas", ""),
    ("RETREAT", "Israel allowed the first fuel shipment into Gaza.", "Israel", "Gaza"),
    ("COERCE", "Israel blocked the entry of humanitarian aid into Gaza.", "Israel", ""),
    ("THREATEN", "Netanyahu vowed to continue the war until Hamas is destroyed.", "Netanyahu", "Hamas"),
    ("THREATEN", "Iran vowed to retaliate against Israel for the killing of Haniyeh.", "Iran", "Israel"),
    ("THREATEN", "Iran warned of a crushing response if Israel attacked its territory.", "Iran", "Israel"),
    ("SANCTION", "The Netherlands halted the export of F-35 parts to Israel.", "Netherlands", "Israel"),
    ("SANCTION", "Britain suspended 30 arms export licences to Israel.", "Britain", "Israel"),
    ("AID", "The UAE sent a field hospital to Gaza.", "UAE", "Gaza"),
    ("ASSAULT", "A Palestinian man rammed his car into a group of soldiers near Hebron.", "Palestinian man",
     "soldiers"),
]

NOT_CODED = [
    ("SUPPORT", "Hezbollah is a Shiite militant group backed by Iran."),
    ("SUPPORT", "The Houthis, who are backed by Iran, control Sanaa."),
    ("PROTEST", "Israel blocked the entry of humanitarian aid into Gaza."),
    ("AGREE", "Netanyahu vowed to continue the war until Hamas is destroyed."),
    ("RETREAT", "Israel ordered the evacuation of northern Gaza."),
    ("AGREE", "Iran vowed to retaliate against Israel."),
]

# guards: what the rules above must leave alone
KEPT = [
    ("RETREAT", "The US ordered the evacuation of non-emergency staff from its embassy in Beirut.", "US", ""),
    ("SUPPORT", "Iran backed the Houthis with weapons and money.", "Iran", "Houthis"),
    ("ASSAULT", "Israeli airstrikes killed 40 people overnight.", "Israeli", ""),
    ("THREATEN", "Iran threatened Israel with a harsh punishment.", "Iran", "Israel"),
    ("THREATEN", "Iran warned Israel of a crushing response if it attacked Iranian territory.", "Iran", "Israel"),
]

KEPT_NOT = [
    ("COERCE", "The US ordered the evacuation of non-emergency staff from its embassy in Beirut."),
    ("ASSAULT", "The government eliminated tariffs on imported steel."),
    ("ASSAULT", "A French strike paralysed rail services."),
    ("ASSAULT", "The government rammed the bill through parliament."),
]


@pytest.mark.parametrize("kind,text,actor,recipient", CODED + KEPT)
def test_coded(kind, text, actor, recipient):
    assert_coded(kind, text, actor, recipient)


@pytest.mark.parametrize("kind,text", NOT_CODED + KEPT_NOT)
def test_not_coded(kind, text):
    assert_not_coded(kind, text)
