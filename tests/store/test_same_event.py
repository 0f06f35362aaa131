"""Whether two event rows are one happening (store/same_event.py), rule by rule, on sentences written for these
tests: types of one quad class, asserted and reported, a code missing on one side, an unstated party, places
that contain one another, once-only acts and words for kin, and the trigger word that says only what kind."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from communique.store.same_event import (
    Mention,
    MergeDataError,
    Side,
    _rules,
    copied_act,
    rules_from,
    same_happening,
)

DAY = date(2021, 5, 4)


def m(evidence: str, *, type_: str = "CONSULT", actor: tuple[str | None, str | None] = ("FRA", "Emmanuel Macron"),
      recipient: tuple[str | None, str | None] = ("DEU", "Angela Merkel"), article: str = "a1",
      modality: str = "asserted", place: str = "", country: str | None = None, is_country: bool = False,
      trigger: str = "", when: tuple[date, str] = (DAY, "day")) -> Mention:
    return Mention(article, Side(actor[0], actor[1], "GOV", None), Side(recipient[0], recipient[1], "GOV", None),
                   when[0], when[0], when[1], place, evidence, type=type_, modality=modality, place_country=country,
                   place_is_country=is_country, trigger=trigger)


TALKS = m("Macron met Merkel in Aachen to discuss the eurozone budget and the border closures.", trigger="met")
TALKS_AGAIN = m("In Aachen, Macron held talks with Merkel over the eurozone budget and border closures.",
                article="a2", trigger="held")


def test_one_meeting_told_twice():
    assert same_happening(TALKS, TALKS_AGAIN) is not None


def test_types_of_one_quad_class_need_more_evidence():
    agreed = replace(TALKS_AGAIN, type="AGREE")  # verbal cooperation both: one quad class
    assert same_happening(TALKS, agreed) is not None
    thin = m("Macron agreed with Merkel on the budget.", type_="AGREE", article="a2", trigger="agreed")
    assert same_happening(TALKS, thin) is None  # one shared word ('budget') is too little
    assert same_happening(TALKS, replace(TALKS_AGAIN, type="ACCUSE")) is None  # another quad class


def test_reported_tells_the_asserted_happening_negated_does_not():
    assert same_happening(TALKS, replace(TALKS_AGAIN, modality="reported")) is not None
    assert same_happening(TALKS, replace(TALKS_AGAIN, modality="negated")) is None
    assert same_happening(replace(TALKS, modality="future"), replace(TALKS_AGAIN, modality="reported")) is None


def test_a_code_missing_on_one_side_is_compared_by_name():
    uncoded = replace(TALKS_AGAIN, actor=Side(None, "Emmanuel Macron", None, None))
    assert same_happening(TALKS, uncoded) is not None
    someone_else = replace(TALKS_AGAIN, actor=Side(None, "Jean Castex", None, None))
    assert same_happening(TALKS, someone_else) is None
    generic = replace(TALKS_AGAIN, actor=Side(None, "officials", None, None))  # no name to compare
    assert same_happening(TALKS, generic) is None
    assert same_happening(TALKS, replace(TALKS_AGAIN, actor=Side("BEL", "Emmanuel Macron", None, None))) is None


def test_an_unstated_recipient_is_compatible():
    alone = replace(TALKS_AGAIN, recipient=Side(None, None, None, None))
    assert same_happening(TALKS, alone) is not None


def test_places_that_contain_one_another():
    city = replace(TALKS, place="aachen", place_country="DEU")
    assert same_happening(city, replace(TALKS_AGAIN, place="germany", place_country="DEU",
                                        place_is_country=True)) is not None
    assert same_happening(city, replace(TALKS_AGAIN, place="the germany", place_country="DEU",
                                        place_is_country=True)) is not None  # "the" is no part of the name
    assert same_happening(city, replace(TALKS_AGAIN, place="lyon", place_country="FRA")) is None
    assert same_happening(city, replace(TALKS_AGAIN, place="bonn", place_country="DEU")) is None  # two cities
    unresolved = replace(TALKS_AGAIN, place="the town hall", place_country=None)
    assert same_happening(city, unresolved) is not None  # a name the gazetteer did not place contradicts nothing
    assert same_happening(replace(city, place_country=None), unresolved) is None  # two unplaced names


def test_a_person_dies_once():
    died = m("The former senator died on Monday at her home, her office said.", type_="ASSAULT",
             actor=("USA", "Mary Stone"), recipient=(None, None), trigger="died")
    cause = m("Stone died of a rare virus that inflamed the brain.", type_="ASSAULT", actor=("USA", "Mary Stone"),
              recipient=(None, None), article="a2", trigger="died", when=(date(2021, 5, 6), "article"))
    assert same_happening(died, cause) is not None  # nothing shared but the death: still one
    mother = replace(cause, evidence="Days before, Stone's mother died of the same virus.")
    assert same_happening(died, mother) is None  # a word for kin: someone else's death
    told = replace(cause, evidence="Her son said she died in her sleep.")
    assert same_happening(died, told) is not None  # a word for kin that only says who speaks
    assert same_happening(died, replace(told, evidence="Her son said her mother died in her sleep.")) is None
    other = replace(cause, actor=Side("USA", "John Hale", None, None))
    assert same_happening(died, other) is None
    visit = m("Stone visited the hospital.", type_="ASSAULT", actor=("USA", "Mary Stone"), recipient=(None, None),
              article="a2", trigger="visited", when=(date(2021, 5, 6), "article"))
    assert same_happening(died, visit) is None  # not a once-only act


def test_the_trigger_word_alone_is_no_evidence():
    asked = m("She asked me what had happened and came back later.", type_="REQUEST", actor=("IND", "Rani Devi"),
              recipient=(None, None), trigger="asked", when=(DAY, "article"))
    asked_again = m("She asked to wait at the bus stand until her husband came.", type_="REQUEST",
                    actor=("IND", "Rani Devi"), recipient=(None, None), trigger="asked", when=(DAY, "article"))
    assert same_happening(asked, asked_again) is None


def test_a_bare_mention_beyond_the_act_word():
    """'He declared a state of emergency the same day': beyond 'declared' only 'state' and 'emergency', both in
    the fuller sentence, so it is a bare mention of that declaration."""
    full = m("On Friday the president declared a state of emergency to build more wall along the border.",
             type_="COERCE", actor=("USA", "Donald Trump"), recipient=(None, None), trigger="declared")
    bare = m("He declared a state of emergency the same day.", type_="COERCE", actor=("USA", "Donald Trump"),
             recipient=(None, None), article="a2", trigger="declared", when=(date(2021, 5, 7), "article"))
    assert same_happening(full, bare) is not None
    other = replace(bare, evidence="He declared a national holiday the same day.")
    assert same_happening(full, other) is None


def test_merge_data_is_checked():
    shipped = _rules()
    assert shipped.modality_class["reported"] == shipped.modality_class["asserted"]
    assert shipped.once_only["died"] == ("die", "actor") and "mother" in shipped.kin
    with pytest.raises(MergeDataError, match="once_only_triggers 'die' needs party"):
        rules_from({"once_only_triggers": {"die": {"party": "victim", "words": ["died"]}}})
    assert "said" in shipped.speech
    with pytest.raises(MergeDataError, match="speech_verbs"):
        rules_from({"speech_verbs": "said"})
    with pytest.raises(MergeDataError, match="same_modality"):
        rules_from({"same_modality": ["asserted", "reported"]})
    with pytest.raises(MergeDataError, match="plan_modality"):
        rules_from({"plan_modality": ["future"]})
    with pytest.raises(MergeDataError, match="talk_type"):
        rules_from({"talk_type": "talks"})


def test_forms_of_one_word_meet():
    """'endorsed'/'endorse' and 'studies'/'study' are one word each: a bare mention of the joint endorsement."""
    joint = m("Macron and Merkel both endorsed the studies.", trigger="met")
    again = m("Macron and Merkel endorse a study, they said after meeting.", article="a2", trigger="meeting")
    assert same_happening(joint, again) is not None
    assert same_happening(joint, replace(again, evidence="Macron and Merkel discuss a pipeline.")) is None


RUIZ = dict(type_="AGREE", actor=("ESP", "Ana Ruiz"), recipient=(None, None), trigger="promised")
PROMISED = m("Ana Ruiz, the chair of the finance committee, previously promised to hold hearings on the budget.",
             when=(DAY, "article"), **RUIZ)  # undated: the article's date stands in
PROMISED_AGAIN = m("Ana Ruiz, the chair of the finance committee, had previously promised to hold hearings on the "
                   "budget, expected in July.", article="a2", when=(date(2021, 7, 1), "month"), **RUIZ)


def test_a_retelling_in_nearly_the_same_words_outweighs_the_dates():
    """An undated retelling of a named party's act in nearly the same words is that act, even where the other's
    date (taken from 'expected in July') is after it; not when both are dated, the words differ more, the party is
    only generic, or more than a year lies between."""
    july = replace(PROMISED_AGAIN, end=date(2021, 7, 31))
    assert same_happening(PROMISED, july) is not None
    assert same_happening(replace(PROMISED, granularity="day"), july) is None  # two dates that disagree
    looser = replace(july, evidence="Ruiz promised hearings on the budget in July, her office said.")
    assert same_happening(PROMISED, looser) is None
    generic = Side("ESP", "the committee chair", "GOV", None)
    assert same_happening(replace(PROMISED, actor=generic), replace(july, actor=generic)) is None
    later = replace(july, start=date(2022, 7, 1), end=date(2022, 7, 31))
    assert same_happening(PROMISED, later) is None


def test_one_surname_dies_once_in_one_story():
    """'Tom Reyes died' and 'his office said he died', the pronoun given to a relative of his, 'Maria Reyes':
    one death in one story; not across stories, not of another surname, not with a word for kin in one."""
    died = m("Representative Tom Reyes died early on Sunday in hospice care.", type_="ASSAULT",
             actor=("USA", "Tom Reyes"), recipient=(None, None), trigger="died")
    said = m("At 2:45 a.m., his office said, he died at the hospice.", type_="ASSAULT", actor=("USA", "Maria Reyes"),
             recipient=(None, None), trigger="died", when=(date(2021, 5, 5), "article"))
    assert same_happening(died, said) is not None
    assert same_happening(died, replace(said, article_id="a2")) is None  # two stories: two people
    assert same_happening(died, replace(said, actor=Side("USA", "Maria Lopez", None, None))) is None
    assert same_happening(died, replace(said, evidence="His mother died at the hospice at 2:45 a.m.")) is None


def _in_sentence(sentence: str, first: str, second: str, **kw) -> tuple[Mention, Mention]:
    """Two rows of one sentence, triggered by the words ``first`` and ``second`` (each row's evidence: the whole
    sentence), of different types unless told."""
    def row(word: str, type_: str) -> Mention:
        at = sentence.index(word)
        return replace(m(sentence, type_=type_, trigger=word, **kw), trigger_span=(100 + at, 100 + at + len(word)),
                       evidence_span=(100, 100 + len(sentence)))
    return row(first, "AID"), row(second, "ASSAULT")


def test_one_act_named_by_its_aim_or_means_is_one_happening():
    """The second trigger the first's aim or means; or the first a verb of motion joined by "and" to the act the
    same party then does: the coming tells how the act came about."""
    from communique.store.same_event import one_act

    for sentence, first, second in [
        ("Volunteers in Leeds queued for hours in a bid to help the flood victims.", "queued", "help"),
        ("The envoy flew to Nairobi to meet the rebel commanders.", "flew", "meet"),
        ("The mayor defied the ban by holding the parade anyway.", "defied", "holding"),
        ("To ease the shortage, the ministry released grain from its reserves.", "ease", "released"),
        ("The soldiers came back to the village at night and burned the granary.", "came", "burned"),
        ("Riot police arrived and fired tear gas at the crowd.", "arrived", "fired"),
        ("The envoy flew to Nairobi and met the rebel commanders.", "flew", "met"),
    ]:
        a, b = _in_sentence(sentence, first, second)
        assert one_act(a, b), sentence
        assert same_happening(a, b) is not None, sentence  # types of two quad classes, one act


def test_two_acts_of_one_sentence_stay_apart():
    from communique.store.same_event import one_act

    for sentence, first, second in [
        ("The council decided to close the library.", "decided", "close"),  # a decision and what it decides
        ("The senator criticised the budget and called for a new vote.", "criticised", "called"),
        ("He confessed to killing the guard.", "confessed", "killing"),  # 'to' before an -ing word: no aim
        ("The minister explained the decision to ban the march.", "explained", "ban"),
        ("The union urged members to strike on Monday.", "urged", "strike"),
        ("The museum returned the bronze heads and apologised to Benin.", "returned", "apologised"),  # an object
        ("The envoy arrived on Monday, and on Friday she signed the accord.", "arrived", "signed"),  # a comma
        ("The envoy arrived and the rebels released the hostages.", "arrived", "released"),  # a new subject
        ("The envoy went to Nairobi, then to Kampala and Kigali for a week and signed the accord.", "went", "signed"),
    ]:
        a, b = _in_sentence(sentence, first, second)
        assert not one_act(a, b), sentence
    a, b = _in_sentence("Volunteers in Leeds queued for hours in a bid to help the flood victims.", "queued", "help")
    assert not one_act(a, replace(b, actor=Side("GBR", "Theresa Lane", None, None)))  # another actor
    assert not one_act(a, replace(b, article_id="a2"))  # two articles
    apart = replace(b, evidence_span=(300, 360), trigger_span=(310, 314))
    assert not one_act(a, apart)  # two sentences


def test_purpose_data_is_checked():
    with pytest.raises(MergeDataError, match="infinitive_takers"):
        rules_from({"infinitive_takers": "decide"})


def test_a_recipient_named_by_its_kind_is_compared_by_the_evidence():
    shot = m("Officers cornered the gunman on the bridge and shot Karl Vinter near the ticket hall.",
             type_="ASSAULT", actor=("GBR", "police"), recipient=("GBR", "Karl Vinter"), trigger="shot")
    again = m("On the bridge, officers cornered the gunman near the ticket hall and shot him.", type_="ASSAULT",
              actor=("GBR", "police"), recipient=(None, "the gunman"), trigger="shot", article="a2")
    assert same_happening(shot, again) is not None  # "the gunman" has no country: it contradicts nothing
    elsewhere = replace(again, evidence="Officers shot a gunman who had fired at a petrol station in Hull.")
    assert same_happening(shot, elsewhere) is None  # the evidence still decides
    named_other = replace(again, recipient=Side(None, "Ola Berg", None, None))
    assert same_happening(shot, named_other) is None  # a name is someone: two names, two people
    kind_actor = replace(again, actor=Side(None, "officials", None, None), recipient=shot.recipient)
    assert same_happening(shot, kind_actor) is None  # an actor by its kind may be anyone's


def test_one_act_told_again_in_one_story_by_its_verb_and_object():
    """A story tells its subject's act in the lead and again in a quote: the same verb ('close', 'closing') and
    object ('the mine') whatever else the sentences say; not in two stories, not another verb or object, and
    the story's date does not contradict the year its coder read from 'this year's budget'."""
    lead = m("Mayor Ines Varga announced on Tuesday that the city will close the old coal mine by the summer.",
             type_="AGREE", actor=("HUN", "Ines Varga"), recipient=(None, None), modality="future", trigger="close",
             when=(DAY, "article"))
    quote = m("'We are closing the mine because the water there is poisoned,' Varga told the assembly.",
              type_="AGREE", actor=("HUN", "Ines Varga"), recipient=(None, None), modality="future",
              trigger="closing", when=(DAY, "article"))
    assert same_happening(lead, quote) is not None
    assert same_happening(lead, replace(quote, article_id="a2")) is None  # two stories: the words decide
    assert same_happening(lead, replace(quote, evidence="'We are closing the school because the water there is "
                                        "poisoned,' Varga told the assembly.")) is None  # another object
    assert same_happening(lead, replace(quote, evidence="'We are selling the mine because the water there is "
                                        "poisoned,' Varga told the assembly.", trigger="selling")) is None
    year = replace(lead, start=date(2021, 1, 1), end=date(2021, 12, 31), granularity="year",
                   evidence="Ines Varga said the city will close the old coal mine with this year's budget.")
    assert same_happening(year, quote) is not None  # one undated: the coder's year says nothing against it
    assert same_happening(year, replace(quote, granularity="day")) is None  # both dated, and they disagree
    rallies = m("Varga ramped up her campaign, holding rallies in every district.", type_="PROTEST",
                actor=("HUN", "Ines Varga"), recipient=(None, None), trigger="holding")
    again = replace(rallies, evidence="Varga spent the week holding up to five rallies a day in the north.")
    assert same_happening(rallies, again) is None  # a bare plural, a number: acts done many times
    asked = m("The reporter asked Ines Varga if the mine would reopen after the floods.", type_="REQUEST",
              actor=("HUN", "reporter Anna Kiss"), recipient=("HUN", "Ines Varga"), trigger="asked")
    asked_again = replace(asked, evidence="The reporter also asked Ines Varga how the miners would be paid.")
    assert same_happening(asked, asked_again) is None  # the person asked; what is asked is the act


def test_an_agreement_reached_is_agreeing():
    """'could not reach an agreement on the transit fee' and 'could not agree on the transit fee': the coder's
    two types of one quad class name one act by its verb and object (the noun in -ment is its verb's), so the
    evidence of one type suffices."""
    reach = m("Talks failed because Kyiv and Moscow could not reach an agreement on the transit fee.",
              type_="SUPPORT", actor=("UKR", "Kyiv"), recipient=("RUS", "Moscow"), modality="negated",
              trigger="reach")
    agree = m("Kyiv and Moscow could not agree on a transit fee, the talks ended.", type_="AGREE",
              actor=("UKR", "Kyiv"), recipient=("RUS", "Moscow"), modality="negated", trigger="agree",
              article="a2")
    assert same_happening(reach, agree) is not None
    assert same_happening(reach, replace(agree, evidence="Kyiv and Moscow could not agree on gas prices, the "
                                         "talks ended.")) is None  # another object


def test_one_material_act_of_one_precise_code_in_one_story():
    """'a man was arrested by the Kent police' and 'the Kent police detained the man': one story's one arrest
    (CAMEO 173) in other words; not two CAMEO roots, not a statement, not two people, not two stories."""
    arrested = replace(m("A 30-year-old man was arrested by Kent Police on suspicion of arson.", type_="COERCE",
                         actor=("GBR", "Kent Police"), recipient=(None, "-year-old man"), trigger="arrested"),
                       cameo="173")
    detained = replace(m("Officers arrived within minutes and detained the man outside the shop.", type_="COERCE",
                         actor=("GBR", "Kent Police"), recipient=(None, "man"), trigger="detained"), cameo="173")
    assert same_happening(arrested, detained) is not None
    assert same_happening(arrested, replace(detained, article_id="a2")) is None
    assert same_happening(arrested, replace(detained, cameo="17")) is None  # a root: a wide class of acts
    assert same_happening(arrested, replace(detained, recipient=Side(None, "Tom Hill", None, None))) is None
    said = replace(arrested, type="ACCUSE", cameo="112")
    assert same_happening(said, replace(detained, type="ACCUSE", cameo="112")) is None  # said twice, maybe twice
    assert same_happening(arrested, replace(detained, recipient=Side(None, None, None, None))) is None


def test_a_rejection_is_the_cooperation_refused():
    """'the senate rejected the treaty' and 'the senate did not ratify the treaty': one act from two sides
    (CAMEO 12 and PLOVER REJECT code a refusal to cooperate); not when the objects differ, not when the
    cooperation is asserted."""
    rejected = m("The Senate of Chile rejected the fisheries treaty on Thursday, voting 30 to 12 against it.",
                 type_="REJECT", actor=("CHL", "Senate of Chile"), recipient=(None, None), modality="reported",
                 trigger="rejected")
    not_ratified = m("The Senate of Chile did not ratify the fisheries treaty, voting 30 to 12 against.",
                     type_="SUPPORT", actor=("CHL", "Senate of Chile"), recipient=(None, None), modality="negated",
                     trigger="ratify", article="a2")
    assert same_happening(rejected, not_ratified) is not None
    assert same_happening(not_ratified, rejected) is not None
    assert same_happening(rejected, replace(not_ratified, modality="asserted")) is None
    assert same_happening(rejected, replace(not_ratified, evidence="The Senate of Chile did not ratify the "
                                            "budget, voting 30 to 12 against.")) is None


def test_talks_then_what_was_said_in_them_are_one_talk():
    """'Ana Ruiz met the German chancellor.' then 'She discussed the eurozone budget.': the next sentence,
    no partner stated, tells what was said in the talks just told; they share no words. Not two sentences
    apart, not a partner of its own, not words that start another act, not across stories."""
    said = "Ana Ruiz met the German chancellor in Aachen on Tuesday."
    then = "She discussed the eurozone budget and the border closures."
    met = replace(m(said, actor=("ESP", "Ana Ruiz"), recipient=("DEU", "the German chancellor"), trigger="met"),
                  evidence_span=(0, len(said)))
    discussed = replace(m(then, actor=("ESP", "Ana Ruiz"), recipient=(None, None), trigger="discussed"),
                        evidence_span=(len(said) + 1, len(said) + 1 + len(then)))
    assert same_happening(met, discussed) is not None and same_happening(discussed, met) is not None
    later = replace(discussed, evidence_span=(len(said) + 80, len(said) + 80 + len(then)))
    assert same_happening(met, later) is None  # a sentence between: perhaps other talks
    assert same_happening(met, replace(discussed, recipient=Side("FRA", "Macron", "GOV", None))) is None
    assert same_happening(met, replace(discussed, trigger="met")) is None  # "She met ...": another meeting
    assert same_happening(met, replace(discussed, article_id="a2")) is None
    assert same_happening(met, replace(discussed, actor=Side("ESP", "Luis Ortiz", "GOV", None))) is None


def test_a_light_verb_with_a_possessive_names_the_act_of_its_noun():
    """'filed her resignation' is resigning: the light verb names no act, the possessive makes the noun's the
    subject's; not 'the resignation of her deputy' (someone else's)."""
    resigned = m("Mayor Ilse Brandauer resigned on Friday after the audit.", type_="RETREAT",
                 actor=("AUT", "Ilse Brandauer"), recipient=(None, None), trigger="resigned")
    filed = m("Brandauer filed her resignation with the council.", type_="RETREAT", actor=("AUT", "Brandauer"),
              recipient=(None, None), trigger="filed")
    assert same_happening(resigned, filed) is not None
    deputy = replace(filed, evidence="Brandauer filed the resignation of her deputy with the council.")
    assert same_happening(resigned, deputy) is None


def test_a_death_told_with_no_doer_names_the_dead_as_recipient():
    """A death told twice, each row with no actor and the dead as recipient (how the coder leaves an act with no
    doer), is one death, as when the dead is the actor; another's death is not."""
    died = m("Retired judge Halvard Emsen died on Tuesday at his home in Bergen.", type_="ASSAULT",
             actor=(None, None), recipient=("NOR", "Halvard Emsen"), trigger="died")
    again = m("Emsen died peacefully, surrounded by friends.", type_="ASSAULT", actor=(None, None),
              recipient=("NOR", "Emsen"), trigger="died")
    assert same_happening(died, again) is not None
    other = replace(again, recipient=Side("NOR", "Ola Sande", None, None), evidence="Ola Sande died peacefully.")
    assert same_happening(died, other) is None


def test_an_act_not_yet_done_retold_in_a_later_report_is_one():
    """'has not yet conceded' on one day and 'has yet to concede' ten days later tell one state lasting to each
    report; not an act refused once without 'yet', another act, or another party."""
    first = m("Senator Okafor has not yet conceded the race.", type_="CONCEDE", actor=("USA", "Ada Okafor"),
              recipient=(None, None), modality="negated", trigger="conceded", when=(date(2020, 11, 7), "article"))
    later = m("Okafor has yet to concede, her campaign said on Tuesday, citing uncounted ballots.", type_="CONCEDE",
              actor=("USA", "Okafor"), recipient=(None, None), modality="negated", trigger="concede",
              article="a2", when=(date(2020, 11, 17), "article"))
    assert same_happening(first, later) is not None
    assert same_happening(later, first) is not None
    once = replace(later, evidence="Okafor did not concede the point in Tuesday's debate over ballots.")
    assert same_happening(first, once) is None  # a refusal on a day, not a state lasting
    assert same_happening(first, replace(later, trigger="congratulate",
                                         evidence="Okafor has yet to congratulate her rival.")) is None
    assert same_happening(first, replace(later, actor=Side("USA", "Ben Lowry", "GOV", None))) is None
    assert same_happening(first, replace(later, modality="asserted")) is None


def test_a_lasting_act_not_yet_done_keeps_its_recipient_when_a_report_leaves_it_unstated():
    """Whom the act is owed does not change between reports: 'has yet to concede to Mendes' and 'has not yet
    conceded the race' are one state; a report naming another recipient is another."""
    first = m("Senator Okafor has yet to concede to Rita Mendes, her aides said.", type_="CONCEDE",
              actor=("USA", "Ada Okafor"), recipient=("USA", "Rita Mendes"), modality="negated", trigger="concede",
              when=(date(2020, 11, 7), "article"))
    later = m("Okafor has not yet conceded the race, citing ballots still uncounted.", type_="CONCEDE",
              actor=("USA", "Okafor"), recipient=(None, None), modality="negated", trigger="conceded",
              article="a2", when=(date(2020, 11, 17), "article"))
    assert same_happening(first, later) is not None
    assert same_happening(later, first) is not None
    other = replace(later, recipient=Side("USA", "Paul Ostrow", "GOV", None),
                    evidence="Okafor has not yet conceded to Paul Ostrow in the primary.")
    assert same_happening(first, other) is None


def test_a_sentence_a_later_story_copies_is_one_happening():
    """A follow-up story reuses the sentence of the one before with a word changed: one act, though beyond the
    names and the act the two share one word. Not in one story, not of other parties, not on other days."""
    expelled = m("Oslo expelled the Iranian envoy to Norway over the dispute.", type_="SANCTION",
                 actor=("NOR", "Oslo"), recipient=("IRN", "Iranian envoy"), trigger="expelled", when=(DAY, "article"))
    again = replace(expelled, article_id="a2", evidence="Oslo expelled the Iranian envoy to Norway over the affair.",
                    start=DAY + timedelta(days=1), end=DAY + timedelta(days=1))
    assert same_happening(expelled, again) is not None
    assert same_happening(expelled, replace(again, article_id="a1")) is None  # one story: perhaps two acts
    syrian = replace(again, recipient=Side("SYR", "Syrian envoy", "GOV", None),
                     evidence="Oslo expelled the Syrian envoy to Norway over the affair.")
    assert same_happening(expelled, syrian) is None
    later = DAY + timedelta(days=60)
    assert same_happening(expelled, replace(again, start=later, end=later, granularity="day")) is None


def test_a_copied_sentence_is_its_act_whatever_the_coder_made_of_its_other_party():
    """One sentence in two stories, its act named by one word and its actor named in both, is one act though one
    story's coder took 'the running' for the recipient; not in one story, not said of 'he', not another act's word,
    not negated in one."""
    funds = m("Nordfjell Energy also funds the Tindra research station.", type_="AID",
              actor=("NOR", "Nordfjell Energy"), recipient=("NOR", "Tindra research station"), trigger="funds",
              when=(DAY, "article"))
    again = replace(funds, article_id="a2", recipient=Side(None, "running", None, None), trigger="funds",
                    evidence="Nordfjell Energy also funds the running of the Tindra research station.")
    assert same_happening(funds, again) is not None
    assert same_happening(again, funds) is not None
    # in one story the copy rule does not apply (a template told of several parties); the act told again by its
    # verb and object, its recipient named by a kind on one side ("running"), is told_again's
    assert not copied_act(funds, replace(again, article_id="a1"))
    he = replace(funds, evidence="He also funds the Tindra research station.")
    he_again = replace(again, evidence="He also funds the running of the Tindra research station.")
    assert same_happening(he, he_again) is None
    runs = replace(again, trigger="runs",
                   evidence="Nordfjell Energy also runs the kitchen of the Tindra research station.")
    assert same_happening(funds, runs) is None
    assert same_happening(funds, replace(again, modality="negated")) is None


def test_a_purpose_after_a_comma_is_the_main_act_aim_even_after_a_verb_that_asks():
    """"Pressured the council to reopen the mine, in order to win the vote": after a comma, "in order to" gives the
    aim of the sentence's act (the pressing), not of the council's reopening; without the comma the asked act keeps
    its own aim; "committing to send" is a complement, no aim."""
    from communique.store.same_event import one_act

    a, b = _in_sentence("The governor tried to pressure the council to reopen the mine, in order to win the vote.",
                        "pressure", "win")
    assert one_act(a, b)
    a, b = _in_sentence("The governor urged the council to reopen the mine.", "urged", "reopen")
    assert not one_act(a, b)
    a, b = _in_sentence("The envoy blamed Ankara for the raid, committing to send more troops to the border.",
                        "blamed", "send")
    assert not one_act(a, b)


def test_types_one_cameo_root_splits_are_compared_as_one_quad_class():
    """CAMEO 16 (reduce relations) is PLOVER's SANCTION or COERCE, 08 (yield) its CONCEDE or RETREAT: one act read
    from one root by two coders meets across the two quad classes, with the evidence asked of two types."""
    from communique.store.same_event import comparable_types, one_root_from

    expelled = m("Athens expelled the Libyan ambassador over the maritime border deal with Ankara.", type_="SANCTION",
                 actor=("GRC", "Greece"), recipient=("LBY", "Libyan ambassador"), trigger="expelled")
    again = replace(expelled, type="COERCE", article_id="a2", trigger="ordered",
                    evidence="Greece ordered the Libyan ambassador out over the maritime border deal with Ankara.")
    assert same_happening(expelled, again) is not None
    assert same_happening(expelled, replace(again, type="ASSAULT")) is None  # no root of SANCTION's
    thin = replace(again, evidence="Greece ordered the Libyan ambassador out on Friday.")
    assert same_happening(expelled, thin) is None  # two types: more than one shared word
    assert "RETREAT" in comparable_types("CONCEDE") and "ACCUSE" not in comparable_types("CONCEDE")
    with pytest.raises(MergeDataError, match="one_root_types"):
        one_root_from([["SANCTION", "EMBARGO"]])


def test_one_name_spelt_otherwise_is_one_party():
    """Diacritics, one letter of a transliteration, a given name's short form: one person in two stories; one
    different word of a two-word name, or a short word, is still another person."""
    from communique.store.same_event import same_party

    def who(x: str, y: str) -> str:
        return same_party(Side("SAU", x, None, None), Side("SAU", y, None, None), False)

    assert who("Ricardo Rosselló", "Ricardo Rossello") == "same"
    assert who("Mohammad bin Salman", "Mohammed bin Salman") == "same"
    assert who("Joe Biden", "Joseph R. Biden Jr.") == "same"
    assert who("Mike Pompeo", "Michael Pompeo") == "same"
    assert who("Joe Biden", "Hunter Biden") == "different"
    assert who("Sanna Marin", "Sanna Martin") == "different"  # a word under SPELLING_MIN letters
    assert who("Zelensky", "Zelenskyy") == "different"  # one word alone: no other word to agree
    assert who("Volodymyr Zelensky", "Volodymyr Zelenskyy") == "same"

    from communique.store.same_event import given_names_from

    with pytest.raises(MergeDataError, match="given_name_forms"):
        given_names_from([["joseph"]])
