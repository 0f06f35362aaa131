"""Coded fields that two tellings of one happening may have apart (store/same_event.py), on sentences written for
these tests: an act after "yet to" is negated whatever modality it was coded with (read_modality), and CAMEO codes
one under the other name one act (cameo_compatible); each with the different happening that must stay apart."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from communique.model import Span
from communique.store.same_event import (
    Mention,
    Side,
    cameo_compatible,
    compatible_modalities,
    read_modality,
    rules_from,
    same_happening,
)

from .helpers import event, event_record, filler

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
    assert "future" not in compatible_modalities("asserted")
    assert "negated" not in compatible_modalities("future")


def test_not_yet_markers_are_checked():
    import pytest

    from communique.store.same_event import MergeDataError

    with pytest.raises(MergeDataError, match="not_yet_markers"):
        rules_from({"not_yet_markers": "yet to"})
    assert rules_from({"not_yet_markers": ["yet to", "yet to be"]}).not_yet == (("yet", "to"), ("yet", "to", "be"))


def _story(i: int, said: str, word: str, modality: str, day: str):
    body = said + "\n\n" + filler(i, 150)
    ev = event("CONCEDE", "ESP", None, body, when=(day, day, "article"), modality=modality,
               names={"ESP": "Ana Ruiz"})
    at = body.index(word)
    ev.trigger = Span(at, at + len(word), word)
    return event_record(f"story{i}.html", body, [ev], date=day)


def test_the_store_merges_yet_to_with_not_yet(store):
    store.add([_story(1, "Ana Ruiz has yet to concede the mayoral race.", "concede", "asserted", "2023-03-06"),
               _story(2, "Ana Ruiz has not yet conceded the mayoral race, her campaign said.", "conceded", "negated",
                      "2023-03-09"),
               _story(3, "Ana Ruiz conceded the mayoral race to her rival.", "conceded", "asserted", "2023-03-10")])
    assert store.count_events() == 3 and store.count_events(merged=True) == 2  # the concession itself apart


ARREST = Side("GBR", "Thames Valley Police", "COP", None)
MAN = Side("GBR", "a 41-year-old man", None, None)


def test_a_cameo_code_and_a_finer_one_under_it_name_one_act():
    assert cameo_compatible("182", "1822") and cameo_compatible("1822", "182") and cameo_compatible("173", "173")
    assert not cameo_compatible("172", "173")  # two acts of one root (coerce)
    assert not cameo_compatible("17", "173") and not cameo_compatible("17", "17")  # a root names no one act
    assert not cameo_compatible("1821", "1822")
    assert not cameo_compatible("", "173")


def test_one_story_tells_one_assault_with_a_finer_code():
    first = m("Thames Valley Police said officers beat a 41-year-old man outside the station.", "beat",
              type_="ASSAULT", actor=ARREST, recipient=MAN, cameo="182", granularity="day")
    again = m("Footage shows Thames Valley Police officers torturing the man in a cell for an hour.", "torturing",
              type_="ASSAULT", actor=ARREST, recipient=MAN, cameo="1822", granularity="day")
    assert same_happening(first, again) is not None
    other = replace(again, cameo="183")  # a bombing: another act under the root (18, assault)
    assert same_happening(first, other) is None
    elsewhere = replace(again, article_id="a2")  # two stories: the evidence decides, and it differs
    assert same_happening(first, elsewhere) is None
