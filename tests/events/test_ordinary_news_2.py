"""Ordinary news, second round (issue 12): private life, generic statements, goals sought and judgments are no
political acts; the acts beside them stay. Every sentence is our own."""

from __future__ import annotations

from .rules import events, rules_alone  # noqa: F401 (the module-wide fixture)


def _types(text: str) -> list[str]:
    return [e.type for e in events(text)]


def test_musicians_and_athletes_meeting_is_private_life():
    """A meeting or a collaboration between people of no public role (standing_types) is not coded; leaders who
    meet, or a minister who works with a police force, still are."""
    for text in ("The drummer met bassist Tom Hale at a jazz club in Leeds in 1964.",
                 "Mara Quist collaborated with the singer Ana Ruiz and the guitarist Paul Dorne on three albums.",
                 "The young striker met coach Luis Ortega at the training ground."):
        assert [t for t in _types(text) if t in ("CONSULT", "COOPERATE")] == [], text
    assert "CONSULT" in _types("Chancellor Olaf Scholz met President Emmanuel Macron in Paris on Monday.")
    assert "COOPERATE" in _types("The Interior Minister of Spain collaborated with the French police on the case.")


def test_a_kind_that_can_or_does_act_is_no_act():
    """A bare plural subject with a modal of ability, permission or duty, or with the present and an adverb of
    habit, is a generic statement ("courts can nullify orders"); the same verbs said of one court, in the past, or
    in a headline's bare present stay."""
    for text in ("Federal courts can nullify executive orders.",
                 "Members of parliament may not debate laws while parliament is prorogued.",
                 "Presidents often pardon their political allies."):
        assert _types(text) == [], (text, _types(text))
    assert _types("Rebels attacked the convoy near Goma on Tuesday.") == ["ASSAULT"]
    assert _types("Rebels attack a convoy near Goma.") == ["ASSAULT"]
    assert "CONCEDE" in _types("President Biden pardoned his political allies on Monday.")
    one = events("The Supreme Court can nullify the executive order.")  # one court: a possible act, kept as such
    assert one and all(e.modality in ("hypothetical", "future") for e in one), [(e.type, e.modality) for e in one]


def test_a_passive_clause_is_undergone_by_its_controller():
    """"after being shot": the one the clause is said of was shot, he did not shoot; a passive infinitive under a
    verb of striving ("is suing to be allowed to vote") is the goal sought, not an allowing done by the suer."""
    evs = events("The reporter died in a hospital in Aden on Tuesday after being shot by gunmen.")
    assert not [e for e in evs if e.type == "ASSAULT" and any("reporter" in p.name for p in e.actor)], \
        [(e.type, [p.name for p in e.actor]) for e in evs]
    evs = events("A group of former prisoners in Alabama is suing the state to be allowed to vote.")
    assert [e.type for e in evs if e.type in ("CONCEDE", "AGREE", "RETREAT")] == [], [(e.type, e.modality) for e in evs]
    assert "ACCUSE" in [e.type for e in evs]


def test_a_judgment_of_someone_is_no_consultation():
    """A verb of judgment with what its object is said to be ("considered him a flight risk") is a view
    (judgment_verbs); the dictionary's reading of "consider" as consultation is not asked."""
    assert _types("Judge Ellen Moore said she considered the defendant a serious flight risk.") == []


def test_hearing_news_and_attending_a_memorial_are_no_meetings():
    """Hearing news is learning of it, and a memorial or a viewing attended is an occasion (dictionary_not_obj)."""
    assert _types("Vladimir Putin heard the news of the crash in Moscow.") == []
    assert _types("Barack Obama did not attend the viewing for John McCain.") == []


def test_discharged_from_hospital_is_no_release():
    """Released from a hospital or from quarantine is discharged (not_from); captives released stay."""
    assert _types("The senator was released from the hospital on Friday.") == []
    assert _types("Iran released the British sailors on Friday.") == ["RETREAT"]


def test_letting_someone_know_is_telling():
    """"let him know" tells (not_clause); letting trucks enter allows."""
    assert _types("The governor let him know about the plan.") == []
    assert "CONCEDE" in _types("Israel let the aid trucks enter Gaza.")


def test_a_plan_executed_or_a_championship_hosted_is_no_event():
    """Executing a plan carries it out (only people executed are killed); hosting a championship stages an
    occasion, no visit received; releasing games publishes them."""
    assert _types("The government of Samoa executed a planned shutdown of public services.") == []
    assert _types("Iran executed two political prisoners.") == ["ASSAULT"]
    assert _types("Qatar hosted the 2022 World Cup.") == []
    assert _types("The studio released two new games in March.") == []


def test_a_contest_of_sport_is_no_violence():
    """A fight or a beating whose object or setting is a contest (contests: a match, a final) is sport; fighting
    troops in a town, or during a battle, stays an assault."""
    assert _types("Mika Sato fought her last match on May 17 against Yui Aoki.") == []
    assert _types("Serena Williams beat Venus Williams in the final at Wimbledon.") == []
    assert _types("Russian forces fought Ukrainian troops during the battle for Bakhmut.") == ["ASSAULT"]


def test_what_one_is_known_for_is_no_act():
    """An act in the "for" gerund of an adjective of repute ("famous for hosting peace talks") is a character
    (repute_governors), no act; the same act told as done stays."""
    assert _types("Norway is famous for hosting peace talks.") == []
    assert "CONSULT" in _types("Norway hosted peace talks in Oslo on Monday.")


def test_a_lead_in_a_poll_is_no_act():
    """A verb of ranking with a share or a margin (ranking_verbs, ranking_measures) gives a standing in a count; the
    same verb with a delegation keeps the dictionary's reading."""
    assert _types("In a May poll, Joe Biden led Donald Trump 47 percent to 40 percent.") == []
    assert _types("Sergei Lavrov led a delegation to Beijing.") != []


def test_help_and_praise_in_private_life_are_no_events():
    """Help or praise between people of no public standing (standing_types with AID and SUPPORT) is private life;
    an endorsement of a candidate in office or a donation to an international body stays."""
    assert _types("The actress Mia Sol praised her co-star Tom Vale.") == []
    assert _types("Mia Sol helped her neighbour Tom Vale repair his roof.") == []
    assert "SUPPORT" in _types("Oprah Winfrey endorsed President Joe Biden.")
