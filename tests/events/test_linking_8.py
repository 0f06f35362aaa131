"""Linking, eighth round (issue 12's linking helper): who did it to whom, by the structure of English. A force
posture's own noun and the forces it moves are never its recipient ("put a Marine battalion in Spain on alert"), and
the person an apposition names is the party before a modifier's country ("his Iranian counterpart, Ebrahim Raisi"),
and a pronoun object no mention resolved is the one acted on ("police detained him"). Every sentence is our own."""

from __future__ import annotations

from communique.events.classifier import DEFAULT_PATH, load_model
from communique.events.coder import Coder
from communique.events.roles import DEFAULT_ROLE_PATH, load_role_model

from .parsed import record
from .rules import (
    events,
    rules_alone,  # noqa: F401 (the module-wide fixture)
)
from .rules import roles as _pairs


def _recipients(text: str, etype: str) -> list[str]:
    got = [r for t, _, rs in _pairs(text) if t == etype for r in rs]
    assert any(t == etype for t, _, _ in _pairs(text)), (text, _pairs(text))
    return got




def test_a_force_posture_is_not_done_to_its_own_noun_or_forces(nlp, annotate):
    """A force posture ("put the army on high alert", "placed two divisions on combat readiness") is aimed at no one
    its words name as the act itself (the alert) or as the force moved (the actor's own, with its modifiers and where
    it is): with the learned recipient chooser too, such a phrase is never the recipient; a posture against someone
    keeps them."""
    coder = Coder(model=load_model(DEFAULT_PATH), roles=load_role_model(DEFAULT_ROLE_PATH))
    doc = nlp("The Pentagon put a Marine battalion in Spain on alert.")
    own = {doc[i].text for i in coder._act_words(doc[2], "MOBILIZE")}
    assert {"Marine", "battalion", "alert"} <= own, own
    assert "Pentagon" not in own

    def recipients(text: str) -> list[str]:
        rec = record(nlp, annotate, text, "2020-01-01")
        evs = coder(rec.doc, rec.entities, None, annotate.kb)
        assert any(e.type == "MOBILIZE" for e in evs), (text, [e.type for e in evs])
        return [p.span.text if p.span else p.name for e in evs if e.type == "MOBILIZE" for p in e.recipient]

    for text, bad in (("The Pentagon put a Marine battalion in Spain on alert.", "Marine"),
                      ("Moscow put paratroopers in Pskov on alert.", "alert"),
                      ("The Kremlin placed two airborne divisions on combat readiness on Friday.", "readiness"),
                      ("India kept its navy on high alert after the clash.", "alert")):
        got = recipients(text)
        assert not any(bad in r for r in got), (text, got)
    assert recipients("Israel placed its air force on alert against Hezbollah.") == ["Hezbollah"]
    assert recipients("Japan dispatched two destroyers to the Gulf of Aden.") == ["Gulf of Aden"]


def test_the_person_an_apposition_names_before_a_modifiers_country():
    """"called his Iranian counterpart, Ebrahim Raisi": the party is the person the apposition names (the
    counterpart is Raisi; "Iranian" says whose), where the person's country is known; without the name, the
    modifier's country stays the party, and a name in apposition to an ordinary noun is the party, as before."""
    assert _recipients("The Turkish president called his Iranian counterpart, Ebrahim Raisi, on Monday.",
                       "CONSULT") == ["Ebrahim Raisi"]
    assert _recipients("Biden criticised his Russian counterpart, Vladimir Putin, over the invasion.",
                       "ACCUSE") == ["Vladimir Putin"]
    assert _recipients("Erdogan telephoned his Russian counterpart, Vladimir Putin, on Friday.",
                       "CONSULT") == ["Vladimir Putin"]
    assert _recipients("Police detained a Palestinian activist, Omar Nasser, in Hebron.", "COERCE") == [
        "Omar Nasser"]
    # without the name, the counterpart is the phrase of its modifier's country (Iran's), not its possessor's
    assert _recipients("The Turkish president called his Iranian counterpart on Monday.", "CONSULT") == [
        "his Iranian counterpart"]
    assert [[p.code for p in e.recipient] for e in events("The Turkish president called his Iranian counterpart.")
            if e.type == "CONSULT"] == [["IRN"]]


def test_a_pronoun_object_no_mention_resolved_is_the_one_acted_on():
    """"Police detained him": the object is someone, though the story's mentions give the pronoun no antecedent, as
    "he was detained" names the one it befell; "them" only for acts only people undergo (an arrest: "seized them at
    the port" may be goods); a pronoun actor still needs a party named ("she met him": no one PLOVER can name)."""
    assert _recipients("Police detained him on Monday.", "COERCE") == ["him"]
    assert _recipients("The coast guard arrested them near the harbour.", "COERCE") == ["them"]
    assert _recipients("Soldiers beat her in the street.", "ASSAULT") == ["her"]
    assert _recipients("The army seized them at the port.", "COERCE") == []
    assert _pairs("She met him in Paris.") == []
