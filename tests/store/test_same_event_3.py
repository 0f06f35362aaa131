"""Coded fields that two tellings of one happening may have apart (store/same_event.py), third set, on sentences
written for these tests: an act told before it is done and the same act told as done (plan_fulfilled); an act
after "failed to" is not done, and the failure is no act of its own (read_modality, one_act); a recipient named by
a thing or an issue rather than a party (a_thing); a kind of party in the plural ("frigates") is a kind. Each with
the different happening that must stay apart."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from communique.model import Party, Record, Span
from communique.store.same_event import (
    Mention,
    Side,
    _rules,
    a_thing,
    compatible_modalities,
    read_modality,
    rules_from,
    same_happening,
    same_party,
    who_of,
)

from .helpers import event, event_record, filler, ruiz_story

RUIZ = Side("ESP", "Ana Ruiz", "GOV", None)
COUNCIL = Side("ESP", "Aragon regional council", "GOV", None)
NOBODY = Side(None, None, None, None)


def m(evidence: str, trigger: str, *, modality: str = "asserted", article: str = "a1", day: date = date(2023, 3, 6),
      type_: str = "REQUEST", actor: Side = RUIZ, recipient: Side = COUNCIL, granularity: str = "article",
      evidence_span: tuple[int, int] | None = None, trigger_span: tuple[int, int] | None = None) -> Mention:
    return Mention(article, actor, recipient, day, day, granularity, "", evidence, type=type_, modality=modality,
                   trigger=trigger, evidence_span=evidence_span, trigger_span=trigger_span)


PLAN = m("Mayor Ana Ruiz said she will ask the Aragon regional council to close the old river harbour to cruise "
         "ships when she visits Zaragoza next month.", "ask", modality="future")
DEED = m("Ruiz asked the Aragon regional council on Tuesday to close the old river harbour to cruise ships, during "
         "her visit to Zaragoza.", "asked", article="a2", day=date(2023, 4, 11), granularity="day")


def test_an_act_told_before_it_is_done_and_told_as_done_are_one():
    assert same_happening(PLAN, DEED) is not None
    assert same_happening(DEED, PLAN) is not None
    assert same_happening(PLAN, replace(DEED, modality="reported")) is not None  # "aides said she asked"


def test_a_plan_stays_apart_from_another_deed():
    after = replace(PLAN, start=date(2023, 4, 20), end=date(2023, 4, 20))
    assert same_happening(after, DEED) is None  # told after the deed: a plan to ask again
    later_day = replace(PLAN, start=date(2023, 5, 2), end=date(2023, 5, 2), granularity="day")
    assert same_happening(later_day, DEED) is None  # planned for a later day than the deed's
    too_early = replace(PLAN, start=date(2021, 3, 6), end=date(2021, 3, 6))
    assert same_happening(too_early, DEED) is None  # two years before: beyond a plan's reach
    criticised = replace(DEED, evidence="Ruiz criticised the Aragon regional council on Tuesday for not closing the "
                                        "old river harbour to cruise ships.", trigger="criticised", type="ACCUSE")
    assert same_happening(PLAN, criticised) is None  # another act word: another act
    school = replace(DEED, evidence="Ruiz asked the Aragon regional council on Tuesday to fund a new primary school "
                                    "in the eastern district.")
    assert same_happening(PLAN, school) is None  # another request
    other = replace(DEED, actor=Side("ESP", "Pablo Ortega", "GOV", None))
    assert same_happening(PLAN, other) is None  # another actor
    elsewhere = replace(DEED, recipient=Side("ESP", "Catalan parliament", "GOV", None))
    assert same_happening(PLAN, elsewhere) is None  # another recipient named
    hoped = replace(PLAN, modality="hypothetical")
    assert same_happening(hoped, DEED) is None  # only a plan (future) is an act told before it is done


def test_the_plan_modality_is_data():
    assert _rules().plan == "future"
    assert rules_from({}).plan == ""  # no plan modality: plans meet only plans
    assert same_happening(PLAN, DEED) is not None


def test_the_store_meets_plans_and_deeds():
    assert "future" in compatible_modalities("asserted") and "future" in compatible_modalities("reported")
    assert {"asserted", "reported"} <= set(compatible_modalities("future"))
    assert "negated" not in compatible_modalities("future") and "hypothetical" not in compatible_modalities("future")
    assert "future" not in compatible_modalities("hypothetical")


def _story(i: int, said: str, word: str, modality: str, day: str) -> Record:
    return ruiz_story(i, "REQUEST", said, word, modality, day)


ASKED = "Ana Ruiz asked the council to close the old river harbour to cruise ships on her visit."


def test_the_store_merges_a_plan_with_its_deed(store):
    store.add([_story(1, "Ana Ruiz said she will ask the council to close the old river harbour to cruise ships.",
                      "ask", "future", "2023-03-06"),
               _story(2, ASKED, "asked", "asserted", "2023-04-11")])
    assert store.count_events() == 2 and store.count_events(merged=True) == 1


def test_the_store_keeps_a_plan_told_after_the_deed_apart(store):
    store.add([_story(2, ASKED, "asked", "asserted", "2023-04-11"),
               _story(3, "Ana Ruiz will ask the council again to close the old river harbour to cruise ships.",
                      "ask", "future", "2023-05-20")])
    assert store.count_events() == 2 and store.count_events(merged=True) == 2


def rows(sentence: str, *acts: tuple[str, str, Side, str]) -> list[Mention]:
    """One row per act of one sentence (trigger word, type, recipient, modality), at the story's offset 100."""
    out = []
    for word, type_, recipient, modality in acts:
        at = 100 + sentence.index(word)
        out.append(read_modality(m(sentence, word, type_=type_, recipient=recipient, modality=modality,
                                   evidence_span=(100, 100 + len(sentence)), trigger_span=(at, at + len(word)))))
    return out


def test_an_act_after_failed_to_is_not_done():
    failed = m("Ruiz and the Basque delegates failed to conclude an agreement on water rights in Bilbao.", "conclude",
               type_="AGREE", modality="reported")
    assert read_modality(failed).modality == "negated"
    tried = replace(failed, evidence="Ruiz and the Basque delegates tried to conclude an agreement on water rights.")
    assert read_modality(tried).modality == "reported"  # trying is no failing
    concluded = m("Ruiz and the Basque delegates concluded an agreement on water rights in Bilbao.", "concluded",
                  type_="AGREE", article="a2")
    assert same_happening(read_modality(failed), concluded) is None  # the agreement not made is no agreement made
    assert "failed" in _rules().failure and rules_from({"failure_verbs": ["fail"]}).failure == {"fail"}


def test_a_failure_and_the_act_not_done_are_one():
    talks = Side("ESP", "Basque delegates", "GOV", None)
    one = rows("Ruiz failed to conclude an agreement with the Basque delegates on water rights in Bilbao.",
               ("failed", "REJECT", talks, "reported"), ("conclude", "AGREE", talks, "reported"))
    assert one[1].modality == "negated"
    assert same_happening(*one) is not None  # two quad classes, one (non-)act
    two = rows("Ruiz failed in March and concluded an agreement with the Basque delegates in May.",
               ("failed", "REJECT", talks, "reported"), ("concluded", "AGREE", talks, "reported"))
    assert same_happening(*two) is None  # two acts of one sentence


PLATFORM = Side(None, "oil platform", None, None)
VARGAS = Side("VEN", "Venezuela", "GOV", None)
SHELLED = m("Colombian frigates shelled and destroyed a Venezuelan oil platform about 40 miles north of Maracaibo "
            "before dawn.", "shelled", type_="ASSAULT", actor=Side("COL", "Colombian frigates", "MIL", None),
            recipient=VARGAS, day=date(2023, 6, 5))
HIT = m("Three Colombian frigates shelled the oil platform about 40 miles north of Maracaibo with heavy guns.",
        "shelled", type_="ASSAULT", actor=Side("COL", "Colombian warships", "MIL", None), recipient=PLATFORM,
        article="a2", day=date(2023, 6, 5))


def test_a_recipient_named_by_a_thing_says_nothing_against_a_party():
    assert a_thing(PLATFORM) and a_thing(Side(None, "television sets", None, None))
    assert not a_thing(Side(None, "Petroleos Unidos", None, None))  # a name is someone
    assert not a_thing(Side(None, "officials", None, None))  # a kind of party, read as before
    assert not a_thing(Side(None, "-year-old man", None, None))  # "a 30-year-old man": someone
    assert not a_thing(Side("VEN", "platform", None, None))  # coded: a party
    assert who_of(SHELLED, HIT) == ["same", "compatible"]
    assert same_happening(SHELLED, HIT) is not None


def test_a_thing_recipient_still_needs_the_evidence_and_the_actor():
    port = replace(HIT, evidence="Three Colombian frigates shelled the port of Punto Fijo far to the east with heavy "
                                 "guns.", recipient=Side(None, "port", None, None))
    assert same_happening(SHELLED, port) is None  # another target: the words differ
    named = replace(HIT, recipient=Side(None, "Petroleos Unidos", None, None))
    assert same_happening(SHELLED, named) is None  # an uncoded name is a party: two parties
    uncoded = replace(SHELLED, recipient=Side(None, "Petroleos Unidos", None, None))
    assert same_happening(uncoded, HIT) is None  # a lower-case phrase against an uncoded name: compared by name
    missile = replace(HIT, actor=Side(None, "missile", None, None), recipient=VARGAS)
    assert same_happening(SHELLED, missile) is None  # a thing as actor stays apart from a coded actor


def test_a_plural_kind_of_party_is_a_kind():
    frigates, warships = SHELLED.actor, HIT.actor
    assert same_party(frigates, warships, False) == "same"
    assert same_party(frigates, Side("COL", "Admiral Rosa Duarte", "MIL", None), False) == "compatible"


def test_recipients_of_things_in_the_store(store):
    def story(i: int, said: str, recipient: Party) -> object:
        body = said + "\n\n" + filler(i, 150)
        ev = event("ASSAULT", "COL", None, body, when=("2023-06-05", "2023-06-05", "day"),
                   names={"COL": "Colombian frigates"})
        ev.recipient = [recipient]
        ev.trigger = Span(body.index("shelled"), body.index("shelled") + 7, "shelled")
        return event_record(f"s{i}.html", body, [ev], date="2023-06-05")

    store.add([story(1, SHELLED.evidence, Party("Venezuela", "VEN")),
               story(2, HIT.evidence, Party("oil platform", None)),
               story(3, "Colombian frigates shelled the port of Punto Fijo far to the east with heavy guns.",
                     Party("port", None))])
    assert store.count_events() == 3 and store.count_events(merged=True) == 2


def test_a_thing_names_no_party_for_one_material_act():
    """In one story, one material act of one precise code needs a party named on both sides: "skipped the debate
    rehearsals, holding rallies" names no one the rallies were for, so it is not the rallies told again elsewhere."""
    rallies = m("Ruiz skipped the debate rehearsals, holding rallies instead.", "holding", type_="PROTEST",
                recipient=Side(None, "debate rehearsals", None, None))
    tour = m("Ruiz stepped up her campaign, holding up to four rallies a day in Zaragoza, Huesca and Teruel.",
             "holding", type_="PROTEST", recipient=Side("ESP", "Zaragoza", None, None))
    rallies, tour = replace(rallies, cameo="141"), replace(tour, cameo="141")
    assert same_happening(rallies, tour) is None
    march = replace(rallies, recipient=Side("ESP", "Zaragoza", None, None))
    assert same_happening(march, tour) is not None  # both name the party: one material act, as before


def test_an_act_not_yet_done_told_with_a_thing_is_the_same_state():
    """'has yet to concede to Ortega' and 'has not yet conceded the race, citing errors in postal ballots' (the coder
    taking the ballots for the recipient): the thing names no one, so the state told twice is one."""
    ortega = Side("ESP", "Pablo Ortega", "GOV", None)
    yet_to = m("Ana Ruiz has yet to concede to Pablo Ortega, her campaign said on Sunday.", "concede",
               type_="CONCEDE", recipient=ortega)
    not_yet = m("Ruiz has not yet conceded the race, citing errors in the counting of postal ballots.", "conceded",
                type_="CONCEDE", modality="negated", article="a2", day=date(2023, 3, 16),
                recipient=Side(None, "postal ballots", None, None))
    assert same_happening(read_modality(yet_to), not_yet) is not None
    other = replace(not_yet, recipient=Side("ESP", "Marta Gil", "GOV", None))
    assert same_happening(read_modality(yet_to), other) is None  # another candidate owed the concession
