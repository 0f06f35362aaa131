"""Who "I" is in a quote, what a pledge of money is, heckling, and targets struck (issue 12), on sentences of our
own, by the rules alone."""

from __future__ import annotations

from .rules import events, rules_alone  # noqa: F401 (the module-wide fixture)


def _coded(text: str) -> list[tuple]:
    return [(e.type, [p.code for p in e.actor], [p.code for p in e.recipient]) for e in events(text)]


def test_i_in_a_quote_is_the_one_person_quoted():
    assert ("REQUEST", ["RUS"], ["UKR"]) in _coded('"I urge Ukraine to stop," Foreign Minister Sergei Lavrov said.')
    assert ("REQUEST", ["RUS"], ["UKR"]) in _coded('Foreign Minister Sergei Lavrov said: "I urge Ukraine to stop."')
    # officials are several people: "I" is none of them, and no one is named
    assert [e for e in events('"I urge Ukraine to stop," officials said.') if e.type == "REQUEST"] == []


def test_a_pledge_of_money_is_an_intent_to_give():
    # CAMEO 0331, express intent to provide economic aid: PLOVER's AGREE; the aid given is AID
    assert ("AGREE", ["JPN"], ["NPL"]) in _coded("Japan pledged $10 million to Nepal.")
    assert ("AID", ["JPN"], ["NPL"]) in _coded("Japan gave $10 million to Nepal.")


def test_heckling_and_jeering_are_verbal_attacks():
    # CAMEO 111 (criticise or denounce, the block of JEER): PLOVER's ACCUSE
    assert [e.type for e in events("Opposition MPs heckled Prime Minister Boris Johnson in parliament.")] == ["ACCUSE"]


def test_targets_struck_in_war_are_attacked_and_goals_met_are_not():
    assert "ASSAULT" in [e.type for e in events("Israeli warplanes struck military targets overnight.")]
    assert "ASSAULT" in [e.type for e in events("Israeli warplanes struck targets in Gaza overnight.")]
    assert "ASSAULT" in [e.type for e in events("The US military hit Islamic State targets in Syria.")]
    assert events("The German government hit its deficit target last year.") == []


def test_a_reporters_own_forces_are_the_reporter():
    # "its", "their" on an actor noun in what a body says are that body's own people
    assert ("ASSAULT", ["IRQ"], ["IRN"]) in _coded("Iraq said its jets hit an Iranian oil platform in the Gulf.")
    assert ("ASSAULT", ["RUS"], ["UKR"]) in _coded("Russia said its forces had shot down two Ukrainian drones.")


def test_assent_alone_is_a_view_and_parties_between_whom_agree():
    assert [e.type for e in events("Governor Maria Santos agreed, saying only the police could end the strike.")
            if e.type == "AGREE"] == []
    assert ("AGREE", ["RUS"], ["UKR"]) in _coded("Russia and Ukraine agreed on Friday.")
    assert ("AGREE", ["IRN"], ["EUR"]) in _coded("Iran agreed to resume talks with the European Union.")


def test_backing_away_is_no_backing():
    assert [e.type for e in events("The senator backed away from his support for President Joe Biden.")
            if e.type == "SUPPORT"] == []
    assert "SUPPORT" in [e.type for e in events("The senator backed President Joe Biden.")]


def test_a_modal_perfect_is_a_guess_about_the_past_not_a_threat():
    evs = events("Russia may have attacked the Ukrainian power grid.")
    assert [(e.type, e.modality) for e in evs] == [("ASSAULT", "hypothetical")]
    assert ("THREATEN", "future") in [(e.type, e.modality) for e in events("Rebels could attack the capital soon.")]
