"""Ordinary news, third round (issue 12): statements told with event verbs (condolences to private people, a
stance on a policy voiced again, an interview granted) and private, medical or scientific life (blood donated, a
spacecraft launched) are no political acts; the acts beside them stay. Every sentence is our own."""

from __future__ import annotations

from .rules import events, rules_alone  # noqa: F401 (the module-wide fixture)


def _types(text: str) -> list[str]:
    return [e.type for e in events(text)]


def test_condolences_to_private_people_are_grief_shared():
    """Condolences or sympathy offered to private people only (needs_standing: "to the families of the flood
    victims") are grief shared, which the guide codes as no event; offered to a state or an office they are CAMEO's
    empathetic comment, a statement PLOVER drops (`statement`, round 4: no event either); solidarity with a government
    and help offered stay."""
    for text in ("The Prime Minister of Norway offered his condolences to the families of the flood victims.",
                 "The mayor expressed sympathy to the victims of the fire on Elm Street."):
        assert _types(text) == [], (text, _types(text))
    assert _types("The Chilean government expressed its condolences to Peru over the floods.") == []
    assert "SUPPORT" in _types("The Foreign Minister of Spain expressed solidarity with the government of Peru.")
    assert "AGREE" in _types("Poland offered help to Ukraine on Monday.")


def test_a_stance_on_a_policy_voiced_again_is_a_view():
    """A verb of voicing with a noun of stance ("renewed her support for the carbon tax") whose "for" phrase names
    a policy, a law or a cause states a view (voicing_verbs, view_nouns); backing voiced for a party stays SUPPORT."""
    for text in ("Senator Okafor renewed her support for the carbon tax on Tuesday.",
                 "The governor reiterated his support for the new housing law."):
        assert [t for t in _types(text) if t == "SUPPORT"] == [], (text, _types(text))
    assert "SUPPORT" in _types("Chancellor Scholz reaffirmed Germany's support for Ukraine.")
    assert "SUPPORT" in _types("The opposition leader reiterated his support for President Ruto.")


def test_an_interview_agreed_to_is_no_agreement():
    """Agreeing to answer questions or to comment is an interview granted, a statement to the press; agreeing to
    an act between parties stays AGREE."""
    assert _types("Mayor Dana Pike agreed to answer a few questions from our reporter.") == []
    assert _types("The minister agreed to comment on the report for the newspaper.") == []
    assert "AGREE" in _types("The rebels agreed to lay down their arms.")


def test_blood_donated_is_no_aid():
    """Blood, plasma or an organ donated is medical care (AID's not_obj); goods or weapons donated stay AID."""
    assert _types("Residents of Tulsa donated blood at the city hospital on Saturday.") == []
    assert _types("The young man donated a kidney to his sister.") == []
    assert "AID" in _types("Germany donated ten tanks to Poland.")


def test_a_spacecraft_launched_is_space_flight():
    """A satellite, a spacecraft or a crewed mission launched is science (dictionary_not_obj launch), and a bare
    "mission" is no mediation; missiles launched at a target stay ASSAULT and a mediation mission CONSULT."""
    for text in ("Rocket Lab launched a weather satellite for NASA on Monday.",
                 "The company launched its first crewed mission from Florida on Sunday.",
                 "The agency launched a spacecraft toward Jupiter."):
        assert _types(text) == [], (text, _types(text))
    assert "ASSAULT" in _types("Iran launched missiles at American bases in Iraq.")
    assert "CONSULT" in _types("Qatar launched a mediation mission between the two parties.")


def test_fleeing_to_a_place_is_refuge_sought():
    """A verb of leaving with a "to" or "into" phrase names the goal reached (fleeing_verbs): no embassy evacuated
    (the CAMEO dictionary's "EVACUATE * EMBASSY", SANCTION) and no aid; defecting to the rebels stays REJECT."""
    assert _types("Four American hostages fled to the Swiss embassy in Tehran.") == []
    assert _types("The Swedish diplomats escaped to the British embassy on Friday.") == []
    assert _types("Thousands of villagers fled into Chad.") == []
    assert "REJECT" in _types("Two army generals defected to the rebels.")
