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


def test_fire_across_a_line_or_toward_a_place_is_fire():
    """Fire aimed across a line or toward a place is ASSAULT as fire on or at it is (the fire pattern's
    prepositions); a worker fired, with no such phrase, is a dismissal and stays no event."""
    assert _types("Syria and Israel have fired across the ceasefire line.") == ["ASSAULT"]
    assert _types("Indian troops fired across the border into Pakistan on Tuesday.") == ["ASSAULT"]
    got = _parties("Hezbollah fired rockets toward northern Israel on Sunday.", "ASSAULT")
    assert got and got[0] == (["Hezbollah"], ["Israel"]), got
    assert _types("The company fired its chief executive, John Smith.") == []
    assert _types("The club fired its coach after three defeats.") == []


def test_a_person_who_declines_refuses():
    """A verb of refusal that also means a fall ("declined") is a fall for a quantity or a body, a refusal for a
    person (decrease_verbs: "asked to delay his ruling, the judge declined")."""
    text = "The government asked Judge Miller to delay his ruling, but he declined."
    assert "REJECT" in _types(text), _types(text)
    assert "REJECT" in _types("Asked to step aside, Senator Warren declined.")
    for text in ("Sales of new homes declined sharply in March.",
                 "The ruling party has declined since 2010.",
                 "The population of the island declined by ten percent."):
        assert _types(text) == [], (text, _types(text))


def test_the_press_as_recipient_of_a_refusal_is_a_party():
    """The press rule (an act of talk with the press is an interview) stays for talk and for the press as the one
    who asks; a refusal of the press's request is done to it (quad 3, the press as recipient)."""
    assert _parties("The FBI declined a request from the Associated Press.", "REJECT") == [
        (["FBI"], ["Associated Press"])]
    assert _types("Senator Walker discussed the budget with Wikinews.") == []
    assert _types("Wikinews spoke with Mayor Dana Pike about the election.") == []
