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
                 "Police released on Friday three journalists held since March.",
                 "Iran released on Monday four British sailors.",
                 "The junta freed on Sunday the two opposition leaders."):
        assert "RETREAT" in _types(text), (text, _types(text))
    # a phrase with one object moves nothing: "released on Friday" alone has no captive
    assert _types("The report was released on Friday.") == []


def test_a_compound_split_by_the_tokenizer_moves_no_object():
    """Only a noun phrase that begins where the preposition's first object ends, after a space, is a moved object:
    the pieces of a hyphenated word ("e-commerce") or a phrase set off by a comma are none."""
    from communique.events.syntax import _objects
    from communique.nlp.model import load

    nlp = load()
    doc = nlp("The army freed on bail two former ministers.")
    assert [o.text for o in _objects(doc[2])] == ["ministers"]
    doc = nlp("The company invested in e-commerce last year.")
    assert _objects(next(t for t in doc if t.lower_ == "invested")) == []


def test_fire_across_a_line_or_toward_a_place_is_fire():
    """Fire aimed across a line or toward a place is ASSAULT as fire on or at it is (the fire pattern's
    prepositions); a worker fired, with no such phrase, is a dismissal and stays no event."""
    assert _types("Syria and Israel have fired across the ceasefire line.") == ["ASSAULT"]
    assert _types("Indian troops fired across the border into Pakistan on Tuesday.") == ["ASSAULT"]
    got = _parties("Hezbollah fired rockets toward northern Israel on Sunday.", "ASSAULT")
    assert got and got[0] == (["Hezbollah"], ["Israel"]), got
    assert _types("Hamas fired rockets toward Tel Aviv.") == ["ASSAULT"]
    assert _types("The company fired its chief executive, John Smith.") == []
    assert _types("The club fired its coach after three defeats.") == []


def test_people_in_a_post_fired_are_dismissed():
    """Workers, a coach or a minister fired are dismissed, even with an "at" phrase of the place (the fire
    pattern's not_obj); fire at workers, or tear gas fired at protesters, stays ASSAULT."""
    assert _types("The company fired 200 workers at its Ohio plant.") == []
    assert _types("The prime minister fired the finance minister at a cabinet meeting.") == []
    assert _types("Israeli soldiers fired at Palestinian workers near the fence.") == ["ASSAULT"]
    assert _types("Police fired tear gas at protesters in Nairobi.") == ["ASSAULT"]

def test_a_person_who_declines_refuses():
    """A verb of refusal that also means a fall ("declined") is a fall for a quantity or a body, a refusal for a
    person (decrease_verbs: "asked to delay his ruling, the judge declined")."""
    text = "The government asked Judge Miller to delay his ruling, but he declined."
    assert "REJECT" in _types(text), _types(text)
    assert "REJECT" in _types("Asked to step aside, Senator Warren declined.")
    assert "REJECT" in _types("Asked to resign, Prime Minister Johnson declined.")
    for text in ("Sales of new homes declined sharply in March.",
                 "The ruling party has declined since 2010.",
                 "The population of the island declined by ten percent.",
                 "Exports to Japan declined by five percent in March."):
        assert _types(text) == [], (text, _types(text))


def test_the_press_as_recipient_of_a_refusal_is_a_party():
    """The press rule (an act of talk with the press is an interview) stays for talk and for the press as the one
    who asks; a refusal of the press's request is done to it (quad 3, the press as recipient)."""
    assert _parties("The FBI declined a request from the Associated Press.", "REJECT") == [
        (["FBI"], ["Associated Press"])]
    assert _parties("The Pentagon declined a request from CNN for the records.", "REJECT") == [(["Pentagon"], ["CNN"])]
    assert _types("Senator Walker discussed the budget with Wikinews.") == []
    assert _types("Wikinews spoke with Mayor Dana Pike about the election.") == []


def test_a_thing_named_is_no_captive():
    """A release needs a party freed (needs_obj_actor): a proper noun the entity recogniser gave no type, found only
    by its words, names a product or a work ("released a new iPhone"); people named or counted stay freed."""
    assert _types("Apple released a new iPhone in September.") == []
    assert _types("Sony released the PlayStation 5 in November.") == []
    assert _parties("The Taliban freed Abdul Rahman on Friday.", "RETREAT") == [(["Taliban"], ["Abdul Rahman"])]
    assert _types("Hamas freed two Thai hostages.") == ["RETREAT"]
    assert _types("The junta released Aung San Suu Kyi.") == ["RETREAT"]


def test_blocks_the_audit_found_right_stay():
    """What bench/dictionary_audit.py counts as blocked and reads right on unlabelled news stays no event: a
    reporting verb, "according to", a cause and its effect, a judgment, a poll's standing, a verb the dictionary
    lists only among a block's synonyms (serve, take place, lead), a naming, a document released, a requirement met,
    a death."""
    for text in ("Officials added that the road would reopen on Monday.",
                 "According to the Interior Ministry, the storm damaged 300 homes.",
                 "The dispute between the two parties led to a delay in the budget.",
                 "The mayor considered the plan unwise.",
                 "Biden led Trump by seven points in the latest poll.",
                 "Obama served as president from 2009 to 2017.",
                 "The summit took place in Geneva last week.",
                 "Senator Smith leads the Senate finance committee.",
                 "Schiff called the plan a non-starter.",
                 "The Supreme Court released its ruling on Friday.",
                 "The United Nations released its annual report on Monday.",
                 "Harris meets the requirement to run for president.",
                 "Former president Jacques Chirac died in Paris on Thursday."):
        assert _types(text) == [], (text, _types(text))


def test_the_phrase_a_dictionary_pattern_names_holds_its_recipient():
    """A dictionary candidate finds its recipient in the phrase of a preposition its CAMEO pattern names too ("LEAVE
    FOR", 042: a visit made), where that phrase names a coded party: a trip to a capital is a visit to its country,
    one to a hospital or on a holiday none."""
    assert _parties("Foreign Minister Lavrov left for Beijing on Monday.", "CONSULT") == [(["Lavrov"], ["Beijing"])]
    assert _types("A Taiwanese trade delegation leaves for Washington tomorrow.") == ["CONSULT"]
    assert _types("The president left for the hospital after the speech.") == []
    assert _types("The minister left for a holiday in Spain.") == []
