"""What two tellings of one happening share though their words differ (store/same_event.py), fourth set, on
sentences written for these tests: one act's words of one family ("raid" / "attack"), a country by any of its forms
("Danish" / "Denmark"), numbers as written ("14 protesters"); two sentences that each tell the same two acts, one
row of each, stay apart; a coder's slip of country for a party named by its country alone (a place the sentence
names, coded as the target) says nothing against the other telling. Each with the different happening that must
stay apart."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from communique.model import Party, Record, Span, When
from communique.store.same_event import (
    COUNTRY_TERM,
    Mention,
    MergeDataError,
    Side,
    content_terms,
    country_slip,
    evidence_similarity,
    families_from,
    same_happening,
)

from .helpers import event, event_record, filler

DAY = date(2024, 5, 6)
M23 = Side("COD", "M23 rebels", "REB", None)
ARMY = Side("COD", "Congolese army", "MIL", None)
HOUTHIS = Side("YEM", "Houthi rebels", "REB", None)
NOBODY = Side(None, None, None, None)


def m(evidence: str, trigger: str, *, type_: str = "ASSAULT", actor: Side = M23, recipient: Side = ARMY,
      article: str = "a1", day: date = DAY) -> Mention:
    return Mention(article, actor, recipient, day, day, "day", "", evidence, type=type_, trigger=trigger)


def test_words_of_one_act_meet():
    raid = m("M23 rebels seized the convoy after a raid at dawn.", "seized")
    attack = m("M23 rebels took the convoy in an attack near Goma.", "took", article="a2")
    assert same_happening(raid, attack) is not None  # "raid" / "attack": one act's words
    other = m("M23 rebels took the convoy in an ambush near Goma.", "took", article="a2")
    assert same_happening(raid, other) is None  # only "convoy" shared: a convoy is seized more than once


def test_a_family_met_adds_to_what_is_shared_not_to_a_sentence_size():
    one = m("The attack and the raid and the strike left the depot burning.", "left")
    other = m("Shelling near the depot went on for hours.", "went", article="a2")
    shared, sim = evidence_similarity(one, other)
    assert shared == 2  # the family and "depot"
    assert sim == pytest.approx(2 * 2 / (5 + 4))  # attack, raid, strike, depot, burning / shelling, near, depot, hours


def test_a_country_by_any_of_its_forms():
    assert COUNTRY_TERM + "DNK" in content_terms("a Danish tanker") & content_terms("a tanker from Denmark")
    assert COUNTRY_TERM + "USA" in content_terms("the U.S. Navy") & content_terms("American warships")
    assert COUNTRY_TERM + "USA" not in content_terms("he told us")  # "us", a pronoun, is not the U.S.
    danish = m("Houthi rebels fired on a Danish tanker.", "fired", actor=HOUTHIS, recipient=NOBODY)
    denmark = m("Houthi rebels hit a tanker from Denmark near Aden.", "hit", actor=HOUTHIS, recipient=NOBODY,
                article="a2")
    assert same_happening(danish, denmark) is not None
    greek = m("Houthi rebels hit a tanker from Greece near Aden.", "hit", actor=HOUTHIS, recipient=NOBODY,
              article="a2")
    assert same_happening(danish, greek) is None  # another country's tanker


def test_a_party_named_by_its_country_is_left_out_as_its_name_is():
    iran = Side("IRN", "Iran", None, None)
    a = m("The navy shelled Iran near the Rostam field.", "shelled", recipient=iran)
    assert COUNTRY_TERM + "IRN" not in evidence_similarity.__globals__["content_terms"](a.evidence, drop=frozenset(
        {"iran"}))
    assert COUNTRY_TERM + "IRN" in content_terms("an Iranian oil platform", drop=frozenset({"iran"}))


def test_numbers_as_written():
    police = Side("NGA", "Nigerian police", "COP", None)
    crowd = Side("NGA", "protesters", "CVL", None)
    detained = m("Nigerian police detained 14 protesters and 3 journalists outside the assembly.", "detained",
                 type_="COERCE", actor=police, recipient=crowd)
    held = m("Nigerian police held 14 protesters and 3 reporters at the state assembly in Abuja.", "held",
             type_="COERCE", actor=police, recipient=crowd, article="a2")
    assert same_happening(detained, held) is not None
    forty = replace(held, evidence="Nigerian police held 40 protesters and 9 reporters at the state assembly in Abuja.")
    assert same_happening(detained, forty) is None  # other numbers: another round-up


def test_a_number_in_a_name_or_a_year_is_no_number():
    terms = content_terms("The F-16 pilots caught COVID-19 in 2021 and 14 were flown home.")
    assert "14" in terms and not {"16", "19", "2021"} & terms


def test_two_sentences_telling_the_same_two_acts():
    seoul, tokyo = Side("KOR", "Seoul", "GOV", None), Side("JPN", "Tokyo", "GOV", None)
    korea, japan = Side("KOR", "South Korea", "GOV", None), Side("JPN", "Japan", "GOV", None)
    accused = m("Seoul accused Tokyo of breaking the fishing accord and threatened to expel its trawlers.",
                "accused", type_="ACCUSE", actor=seoul, recipient=tokyo)
    threatened = m("South Korea threatened to expel Japanese trawlers and accused Japan of violating the fishing "
                   "agreement.", "threatened", type_="THREATEN", actor=korea, recipient=japan, article="a2")
    assert same_happening(accused, threatened) is None  # one the accusation, the other the threat
    accused_too = replace(threatened, trigger="accused", type="ACCUSE")
    assert same_happening(accused, accused_too) is not None  # the accusation in both


US_NAVY = Side("USA", "U.S. destroyers", "MIL", None)
BAHRAIN, IRAN = Side("BHR", "Bahrain", None, None), Side("IRN", "Iran", None, None)
EAST_OF = "Four U.S. destroyers shelled an Iranian oil platform 120 miles east of Bahrain."
ABLAZE = "U.S. warships shelled and set ablaze an Iranian oil platform in the Gulf."


def test_a_coders_slip_of_country():
    east = m(EAST_OF, "shelled", actor=US_NAVY, recipient=BAHRAIN)
    gulf = m(ABLAZE, "shelled", actor=replace(US_NAVY, name="U.S. warships"), recipient=IRAN, article="a2")
    assert country_slip(east, gulf) and country_slip(gulf, east)
    assert same_happening(east, gulf) is not None and same_happening(gulf, east) is not None
    elsewhere = replace(east, evidence="Four U.S. destroyers shelled an oil platform 120 miles east of Bahrain.")
    assert same_happening(elsewhere, gulf) is None  # Iran not named: nothing says Bahrain was a slip
    named = Side("BHR", "Bahraini coast guard", None, None)
    assert not country_slip(replace(east, recipient=named), gulf)  # a party named by more than its country


def test_a_list_of_countries_is_two_parties():
    kuwait = Side("KWT", "Kuwait", "GOV", None)
    britain, china = Side("GBR", "Britain", None, None), Side("CHN", "China", None, None)
    first = m("Kuwait asked Britain, China and the United States to lease tankers to carry its oil.", "asked",
              type_="REQUEST", actor=kuwait, recipient=britain)
    second = m("Kuwait asked China and Britain for tankers to carry its oil through the Gulf.", "asked",
               type_="REQUEST", actor=kuwait, recipient=china, article="a2")
    assert not country_slip(first, second) and same_happening(first, second) is None


def test_act_families_are_checked():
    assert families_from([["attack", "raid"], ["talk", "met"]])["raid"] == "attack"
    with pytest.raises(MergeDataError, match="two families"):
        families_from([["attack", "raid"], ["strike", "raid"]])
    with pytest.raises(MergeDataError, match="act_word_families"):
        families_from([["attack"]])


def _platform_story(i: int, sentence: str, code: str, name: str, day: str = "2024-05-06") -> Record:
    body = sentence + "\n\n" + filler(i, 150)
    ev = event("ASSAULT", "USA", code, body, when=(day, day, "day"), quad=4,
               names={"USA": "U.S. destroyers", code: name})
    ev.recipient = [Party(name=name, code=code)]
    ev.evidence = Span(0, len(sentence), sentence)
    at = body.index("shelled")
    ev.trigger = Span(at, at + len("shelled"), "shelled")
    ev.when = When(day, day, "day", text="then")
    return event_record(f"platform{i}.html", body, [ev], date=day)


@pytest.mark.parametrize("first", [0, 1])
def test_the_store_meets_a_slip_of_country_either_way(store, first):
    stories = [_platform_story(1, EAST_OF, "BHR", "Bahrain"), _platform_story(2, ABLAZE, "IRN", "Iran")]
    store.add([stories[first], stories[1 - first]])
    assert store.count_events() == 2 and store.count_events(merged=True) == 1


def test_the_store_keeps_a_list_of_countries_apart(store):
    asked = ("Kuwait asked Britain, China and the United States to lease tankers to carry its oil.",
             "Kuwait asked China and Britain for tankers to carry its oil through the Gulf.")
    stories = []
    for i, (sentence, code, name) in enumerate(((asked[0], "GBR", "Britain"), (asked[1], "CHN", "China"))):
        body = sentence + "\n\n" + filler(10 + i, 150)
        ev = event("REQUEST", "KWT", code, body, when=("2024-05-06", "2024-05-06", "day"),
                   names={"KWT": "Kuwait", code: name})
        ev.evidence = Span(0, len(sentence), sentence)
        at = body.index("asked")
        ev.trigger = Span(at, at + len("asked"), "asked")
        stories.append(event_record(f"kuwait{i}.html", body, [ev], date="2024-05-06"))
    store.add(stories)
    assert store.count_events() == 2 and store.count_events(merged=True) == 2
