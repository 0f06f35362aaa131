"""Coded fields that two tellings of one happening may have apart, and two acts of one sentence (store/
same_event.py), on sentences written for these tests: an act after "yet to" is negated whatever modality it was
coded with (read_modality); in one sentence, an act's phase ("continued to attack") or its result in a free adjunct
("sent a letter, giving them permission") is that act, whatever types its rows were given, and two other acts of
one sentence stay apart whatever their evidence shares (one_sentence); each with the different happening that must
stay apart."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from communique.model import Record
from communique.store.same_event import (
    Mention,
    Side,
    _rules,
    compatible_modalities,
    one_sentence,
    read_modality,
    rules_from,
    same_happening,
)

from .helpers import ruiz_story

DAY = date(2023, 3, 6)
RUIZ = Side("ESP", "Ana Ruiz", "ELI", None)
NOBODY = Side(None, None, None, None)


def m(evidence: str, trigger: str, *, modality: str = "asserted", article: str = "a1", day: date = DAY,
      type_: str = "CONCEDE", actor: Side = RUIZ, recipient: Side = NOBODY,
      cameo: str = "", granularity: str = "article") -> Mention:
    return Mention(article, actor, recipient, day, day, granularity, "", evidence, type=type_, modality=modality,
                   trigger=trigger, cameo=cameo)


YET_TO = m("Ana Ruiz has yet to concede the mayoral race.", "concede")
NOT_YET = m("Ruiz has not yet conceded the race, and her campaign asked for a recount of the postal votes.",
            "conceded", modality="negated", article="a2", day=date(2023, 3, 9))


def test_an_act_after_yet_to_is_read_as_negated():
    assert read_modality(YET_TO).modality == "negated"
    assert read_modality(replace(YET_TO, modality="reported")).modality == "negated"  # "aides said she has yet to"
    assert read_modality(m("The treaty is yet to be signed by Ruiz.", "signed", type_="AGREE")).modality == "negated"
    # "yet" alone does not negate: the act is done, again
    assert read_modality(m("Ruiz has yet again conceded a point to the council.", "conceded")).modality == "asserted"
    # a plan stays a plan: only an asserted or reported label is read again
    future = m("Ruiz will concede the race if she has yet to win.", "concede", modality="future")
    assert read_modality(future).modality == "future"


def test_yet_to_and_not_yet_are_one_state_told_twice():
    assert same_happening(read_modality(YET_TO), read_modality(NOT_YET)) is not None
    assert same_happening(YET_TO, NOT_YET) is None  # as coded (asserted against negated) they stayed apart


def test_yet_to_stays_apart_from_the_act_done():
    done = m("Ana Ruiz conceded the mayoral race on Thursday evening.", "conceded", article="a2",
             day=date(2023, 3, 9))
    assert same_happening(read_modality(YET_TO), read_modality(done)) is None
    other = m("Pablo Ortega has yet to concede the mayoral race.", "concede", article="a2",
              actor=Side("ESP", "Pablo Ortega", "ELI", None))
    assert same_happening(read_modality(YET_TO), read_modality(other)) is None  # another candidate's


def test_the_store_meets_asserted_and_negated_rows_when_yet_to_is_read():
    assert "negated" in compatible_modalities("asserted") and "asserted" in compatible_modalities("negated")
    assert "hypothetical" not in compatible_modalities("asserted")  # a plan (future) meets its deed: test_same_event_3
    assert "negated" not in compatible_modalities("future")


def test_not_yet_markers_are_checked():
    import pytest

    from communique.store.same_event import MergeDataError

    with pytest.raises(MergeDataError, match="not_yet_markers"):
        rules_from({"not_yet_markers": "yet to"})
    assert rules_from({"not_yet_markers": ["yet to", "yet to be"]}).not_yet == (("yet", "to"), ("yet", "to", "be"))
    for key in ("phase_verbs", "result_adverbs", "clause_breaks"):
        with pytest.raises(MergeDataError, match=key):
            rules_from({key: "continue"})
    shipped = _rules()
    assert "continued" in shipped.phase and "stopped" not in shipped.phase
    assert "thereby" in shipped.result_adverbs and "including" in shipped.clause_breaks


def _story(i: int, said: str, word: str, modality: str, day: str) -> Record:
    return ruiz_story(i, "CONCEDE", said, word, modality, day)


def test_the_store_merges_yet_to_with_not_yet(store):
    store.add([_story(1, "Ana Ruiz has yet to concede the mayoral race.", "concede", "asserted", "2023-03-06"),
               _story(2, "Ana Ruiz has not yet conceded the mayoral race, her campaign said.", "conceded", "negated",
                      "2023-03-09"),
               _story(3, "Ana Ruiz conceded the mayoral race to her rival.", "conceded", "asserted", "2023-03-10")])
    assert store.count_events() == 3 and store.count_events(merged=True) == 2  # the concession itself apart




def rows(sentence: str, *acts: tuple[str, str, Side, str, str]) -> list[Mention]:
    """One row per act of one sentence: (trigger word, type, recipient, CAMEO code, actor name), the sentence at
    the story's offset 100, the actor coded ESP."""
    out = []
    for word, type_, recipient, cameo, actor in acts:
        at = 100 + sentence.index(word)
        out.append(Mention("a1", Side("ESP", actor, "GOV", None), recipient, DAY, DAY, "article", "", sentence,
                           type=type_, trigger=word, trigger_span=(at, at + len(word)),
                           evidence_span=(100, 100 + len(sentence)), cameo=cameo))
    return out


UNIONS = Side("ESP", "dock workers' unions", "LAB", None)


def test_an_acts_phase_is_that_act():
    went_on = rows("The Valencia port authority continued to attack the dock workers' unions over the strike.",
                   ("continued", "PROTEST", UNIONS, "14", "Valencia port authority"),
                   ("attack", "ACCUSE", UNIONS, "11", "Valencia port authority"))
    assert same_happening(*went_on) is not None  # two quad classes, one act
    began = rows("Ortega started shelling the rebel positions north of the town.",
                 ("started", "PROTEST", NOBODY, "14", "Pablo Ortega"), ("shelling", "ASSAULT", NOBODY, "190",
                                                                        "Pablo Ortega"))
    assert same_happening(*began) is not None
    stopped = rows("Ortega stopped shelling the rebel positions north of the town.",
                   ("stopped", "CONCEDE", NOBODY, "08", "Pablo Ortega"), ("shelling", "ASSAULT", NOBODY, "190",
                                                                          "Pablo Ortega"))
    assert same_happening(*stopped) is None  # the end of an act is a happening of its own


def test_an_acts_result_in_a_free_adjunct_is_that_act():
    letter = rows("Ruiz sent a letter to the council on Monday, giving it permission to audit the port accounts.",
                  ("sent", "SUPPORT", Side("ESP", "council", "GOV", None), "05", "Ana Ruiz"),
                  ("giving", "CONCEDE", Side("ESP", "council", "GOV", None), "080", "Ana Ruiz"))
    assert same_happening(*letter) is not None
    thereby = rows("Ruiz lost the party vote, thereby denying Ortega a place on the ballot.",
                   ("lost", "RETREAT", NOBODY, "08", "Ana Ruiz"), ("denying", "REJECT", NOBODY, "12", "Ana Ruiz"))
    assert same_happening(*thereby) is not None
    instances = rows("Ruiz met many mayors this year, including opening a bridge in Huesca, meeting the bishop "
                     "of Teruel.", ("met", "CONSULT", NOBODY, "040", "Ana Ruiz"),
                     ("meeting", "CONSULT", Side("ESP", "bishop of Teruel", "REL", None), "040", "Ana Ruiz"))
    assert same_happening(*instances) is None  # a pattern and one instance of it
    clause = rows("Ruiz sent a letter to the council, and the mayor, citing the law, refused it.",
                  ("sent", "SUPPORT", NOBODY, "05", "Ana Ruiz"), ("citing", "ACCUSE", NOBODY, "11", "Ana Ruiz"))
    assert same_happening(*clause) is None  # another clause: not the letter's result


def test_two_acts_of_one_sentence_stay_apart_whatever_their_words_share():
    two = rows("The Valencia port authority has broken with the unions and has urged them to end the strike.",
               ("broken", "THREATEN", UNIONS, "130", "Valencia port authority"),
               ("urged", "REQUEST", UNIONS, "02", "Valencia port authority"))
    assert one_sentence(*two) and same_happening(*two) is None
    told_again = replace(two[1], article_id="a2", evidence_span=None, trigger_span=None)
    assert not one_sentence(two[1], told_again)  # another story's sentence: the evidence decides
    steps = rows("Police surrounded the gunman in the square and shot him.",
                 ("surrounded", "ASSAULT", Side("ESP", "gunman", None, None), "190", "Ana Ruiz"),
                 ("shot", "ASSAULT", Side("ESP", "gunman", None, None), "190", "Ana Ruiz"))
    assert not one_sentence(*steps)  # one material act's steps, one precise code: compared as before


def test_one_act_told_again_to_a_party_named_by_its_kind():
    """In one story, the act told again by its verb and object: a recipient named only by its kind ("people") on
    one side says nothing against the other's; another object or another named recipient stays apart."""
    lead = m("On Friday, Mayor Ana Ruiz signed a municipal decree barring cruise lines from the old harbour.", "signed",
             type_="SANCTION", recipient=Side(None, "cruise lines", None, None), granularity="day")
    again = m("Ruiz signed the municipal decree, which keeps people on large ships away, after weeks of protests.",
              "signed", type_="SANCTION", recipient=Side(None, "people", None, None), day=date(2023, 3, 9))
    assert same_happening(lead, again) is not None
    budget = replace(again, evidence="Ruiz signed the harbour budget, which gives people on large ships a new "
                                     "quay, after weeks of protests.")
    assert same_happening(lead, budget) is None  # another object: another act
    named = replace(again, recipient=Side(None, "Costa Cruceros", None, None))
    assert same_happening(lead, named) is None  # another named party
