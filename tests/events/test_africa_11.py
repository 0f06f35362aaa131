"""African politics and conflict reporting (Sahel juntas, ECOWAS and the AU, Sudan, eastern Congo), the rules alone.

- An organisation's acronym in the knowledge base ("ECOWAS", "SADC", "MONUSCO") is read by the parser as the proper
  noun it is: the small model took "ECOWAS" ("-was") for a verb and lost the subject of "ECOWAS imposed sanctions".
- A country's name the recogniser read as an organisation ("Niger", "Burkina Faso's") owns the group phrase it heads
  ("Niger's army" MIL, "Burkina Faso's junta" GOV), as any country's name does.
- "RSF" is Sudan's Rapid Support Forces in a story of Sudan and Reporters Without Borders in one of the press: an
  acronym two organisations share goes to the one the article's words tell.
- The Alliance of Sahel States and the AU's Peace and Security Council are bodies of their own (IGO), not the
  United States or the UN Security Council.
- A delegation or an envoy sent to a party is a visit (CAMEO 042/043: CONSULT); a member's suspension lifted, or the
  member reinstated, eases the body's sanction (CAMEO 081: CONCEDE); a defence cooperation agreement or a peace
  accord ended reduces relations (CAMEO 16: SANCTION); another's broadcasts or activities suspended or banned are
  censorship or a restriction (CAMEO 1721, 172: COERCE), one's own are no act.
"""

from __future__ import annotations

import pytest

from communique.nlp.model import load
from tests.events.rules import assert_coded, assert_not_coded, events, rules_alone  # noqa: F401

D = "2024-06-01"

CODED = [
    ("SANCTION", "ECOWAS imposed sanctions on Guinea, closing its borders and suspending financial transactions.",
     "ECOWAS", "Guinea"),
    ("RETREAT", "ECOWAS lifted sanctions on Guinea, citing the hardship of ordinary people.", "ECOWAS", "Guinea"),
    ("COERCE", "Burkina Faso's junta detained two magistrates in Ouagadougou.", "junta", "magistrates"),
    ("ASSAULT", "Niger's army killed 20 militants near Tillaberi on Monday.", "army", "militants"),
    ("CONSULT", "The African Union dispatched a high-level delegation to Khartoum.", "African Union", "Khartoum"),
    ("CONSULT", "Ghana dispatched an envoy to Bamako.", "Ghana", ""),
    ("CONCEDE", "The AU lifted Gabon's suspension on Friday.", "AU", "Gabon"),
    ("CONCEDE", "The African Union reinstated Sudan as a full member.", "African Union", "Sudan"),
    ("SANCTION", "Niger ended its defence cooperation agreement with Benin.", "Niger", "Benin"),
    ("SANCTION", "The transitional government ended the peace accord with the northern armed groups.", "government",
     "armed groups"),
    ("COERCE", "The military regime suspended the broadcasts of the BBC for two weeks.", "regime", "BBC"),
    ("COERCE", "The authorities suspended the activities of all associations.", "authorities", "associations"),
]


@pytest.mark.parametrize("kind,text,actor,recipient", CODED)
def test_coded(kind: str, text: str, actor: str, recipient: str) -> None:
    assert_coded(kind, text, actor, recipient, date=D)


NOT_CODED = [
    ("COERCE", "The airline suspended its activities in Khartoum because of the fighting."),
    ("COERCE", "The station halted its broadcasts during the storm."),
]


@pytest.mark.parametrize("kind,text", NOT_CODED)
def test_not_coded(kind: str, text: str) -> None:
    assert_not_coded(kind, text, date=D)


@pytest.mark.parametrize("text", ["ECOWAS lifted sanctions on Niger.", "SADC urged calm after the election.",
                                  "MONUSCO said it would leave by December."])
def test_acronym_is_a_subject(text: str) -> None:
    doc = load()(text)
    assert doc[0].pos_ == "PROPN" and doc[0].dep_ in ("nsubj", "compound"), [(t.text, t.tag_, t.dep_) for t in doc]


def _codes(text: str, kind: str, side: str) -> list[tuple]:
    return [(p.code, p.sector) for e in events(text, date=D) if e.type == kind for p in getattr(e, side)]


def test_rsf_in_sudan_is_the_rapid_support_forces() -> None:
    assert ("SDN", "PRM") in _codes("The RSF shelled a market in Omdurman, killing 12 civilians.", "ASSAULT", "actor")


def test_rsf_of_the_press_is_reporters_without_borders() -> None:
    got = _codes("RSF condemned the arrest of the journalist and demanded his release.", "ACCUSE", "actor")
    assert ("NGO", "JRN") in got, got


def test_country_read_as_an_organisation_keeps_its_group_sector() -> None:
    assert ("NER", "MIL") in _codes("Niger's army killed 20 militants near Tillaberi on Monday.", "ASSAULT", "actor")


def test_african_union_peace_and_security_council_is_no_un_body() -> None:
    got = _codes("The African Union's Peace and Security Council suspended Niger after the coup.", "SANCTION", "actor")
    assert ("IGO", "GOV") in got, got


def test_alliance_of_sahel_states_is_an_igo() -> None:
    got = _codes("ECOWAS urged the Alliance of Sahel States to reconsider its withdrawal.", "REQUEST", "recipient")
    assert ("IGO", None) in got, got
