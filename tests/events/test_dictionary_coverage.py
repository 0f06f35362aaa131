"""Coverage on news nobody tuned on (issue 12): verbs the CAMEO dictionary knows, in uses where the rules proposed no
candidate for a reason that does not hold (bench/dictionary_audit.py counts the reasons on unlabelled news), and the
uses where blocking stays right. The rules alone code here (the classifier that weighs the candidates is tested in
test_classifier.py). Every sentence is our own."""

from __future__ import annotations

from .rules import events, rules_alone  # noqa: F401 (the module-wide fixture)


def _types(text: str) -> list[str]:
    return [e.type for e in events(text)]


def _parties(text: str, etype: str) -> list[tuple[list[str], list[str]]]:
    return [([a.name for a in e.actor], [r.name for r in e.recipient]) for e in events(text) if e.type == etype]


def test_a_heavy_object_moved_past_a_short_phrase_is_the_object():
    """"freed on bail two former ministers": the parser hangs the moved object on the preposition as its second
    object; a preposition takes one, so the second is the verb's object (coder._objects)."""
    for text in ("A Zimbabwe court has freed on bail two former ministers.",
                 "Police released on Friday three journalists held since March."):
        assert "RETREAT" in _types(text), (text, _types(text))
    # a phrase with one object moves nothing: "released on Friday" alone has no captive
    assert _types("The report was released on Friday.") == []
