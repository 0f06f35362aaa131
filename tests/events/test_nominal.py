"""Event nouns as triggers: nominalisations of event verbs, support verbs with an event noun, coordinated event
nouns. Sentences written for these tests, one construction each; the rules alone (no classifier)."""

from __future__ import annotations

import pytest

from communique.events.patterns import load_patterns, patterns

from .rules import events, rules_alone  # noqa: F401 (the module-wide fixture)


def coded(text: str) -> set[tuple]:
    return {(e.type, tuple(sorted(p.code or "" for p in e.actor)), tuple(sorted(p.code or "" for p in e.recipient)))
            for e in events(text)}


def test_support_verbs_make_every_event_noun_a_light_pattern():
    pats = patterns()
    assert "express" in pats.support_verbs
    p = pats.light[("launch", "crackdown")]
    assert (p.type, p.kind, p.weak) == ("COERCE", "support", True)
    # a pair the light verbs list keeps its own reading: "offered support" is a promise (AGREE)
    assert pats.light[("offer", "support")].type == "AGREE" and pats.light[("offer", "support")].kind == "light"
    assert not any(n == "donor" for _, n in pats.light)  # nouns of the doer are no act a verb carries out
    assert pats.nouns["refusal"].kind == "nominal" and pats.nouns["sanctions"].kind == "noun"


def test_user_nouns_take_the_shipped_support_verbs(tmp_path):
    user = tmp_path / "mine.yaml"
    user.write_text("nouns:\n  - {nouns: [snub], type: REJECT, recipient: [of], derived: true}\n")
    pats = load_patterns()
    pats.extend(load_patterns(user))
    assert pats.light[("voice", "snub")].type == "REJECT"


@pytest.mark.parametrize("text, want", [
    # REJECT: a refusal, its infinitive's party the recipient
    ("Norway's refusal to negotiate with Sweden angered officials.", ("REJECT", ("NOR",), ("SWE",))),
    # AID: funding, the possessor gives it
    ("Canada's funding for Haiti doubled last year.", ("AID", ("CAN",), ("HTI",))),
    # COERCE: a crackdown by a named doer
    ("A crackdown by Egypt on Sudanese traders began in May.", ("COERCE", ("EGY",), ("SDN",))),
    # THREATEN: a threat's "against" phrase
    ("India's threat against Nepal alarmed diplomats.", ("THREATEN", ("IND",), ("NPL",))),
])
def test_nominalisation_with_its_doer(text, want):
    assert want in coded(text)


@pytest.mark.parametrize("text, want", [
    ("Chile voiced its rejection of Peru's proposal on Monday.", ("REJECT", ("CHL",), ("PER",))),
    ("Japan gave its backing to Vietnam at the summit.", ("SUPPORT", ("JPN",), ("VNM",))),
    ("Turkey launched a crackdown on Syrian smugglers.", ("COERCE", ("TUR",), ("SYR",))),
    ("Poland issued a threat against Belarus over the border.", ("THREATEN", ("POL",), ("BLR",))),
])
def test_support_verb_with_event_noun(text, want):
    assert want in coded(text)


def test_coordinated_event_nouns_each_name_their_act():
    got = coded("Ghana expressed its rejection and condemnation of Togo's decision.")
    assert ("REJECT", ("GHA",), ("TGO",)) in got and ("ACCUSE", ("GHA",), ("TGO",)) in got


def test_nominalisation_without_a_doer_is_no_event():
    assert not [e for e in events("The refusal to negotiate angered officials.") if e.type == "REJECT"]


def test_from_phrase_names_the_source_of_what_is_given_or_said():
    assert ("AGREE", ("NOR",), ("ISL",)) in coded("An invitation from Norway to Iceland surprised observers.")
    assert ("THREATEN", ("RUS",), ("FIN",)) in coded("Threats from Russia against Finland grew louder.")
    # where "from" names whom the act is done to, it stays the recipient
    assert ("RETREAT", ("USA",), ("AFG",)) in coded("The U.S. withdrawal from Afghanistan ended in August.")


def test_growth_noun_names_more_of_the_act():
    assert ("AID", ("DEU",), ("GHA",)) in coded("Germany announced a threefold increase in funding to Ghana.")
    # a noun of decline is no growth: no aid given
    assert not [e for e in events("Germany announced a sharp cut in funding to Ghana.") if e.type == "AID"]
