"""Ordinary news, sixth round (issue 12, recall): a pronoun that stands only for a person ("he", "she", "him",
"her") and that the story's mentions left without an antecedent (a story's opening, a sentence quoted alone) is a
party of no country: the one who undergoes an act told without its doer ("he was fined", "she received a prison
term"), or the doer of an act on a party the sentence names ("she met the president"). Not "it" or "they", which
stand for things as often as for people, not a possessive, and not a doer whose act names no party. Every sentence
is our own; sentences that must stay without an event sit beside them."""

from __future__ import annotations

import pytest

from .rules import events, rules_alone  # noqa: F401 (the module-wide fixture)


def _types(text: str) -> list[str]:
    return [e.type for e in events(text)]


def _one(text: str, etype: str):
    found = [e for e in events(text) if e.type == etype]
    assert found, (text, events(text))
    return found[0]


UNDERGONE = [
    ("He was fined 3,000 euros last week.", "SANCTION", "He"),
    ("She was given a fine of 900 pounds for the offence.", "SANCTION", "She"),
    ("He was handed a fine of 40,000 rupees.", "SANCTION", "He"),
    ("She was arrested at the border crossing on Friday.", "COERCE", "She"),
    ("He was detained for three days without charge.", "COERCE", "He"),
    ("He was charged with bribery in March.", "ACCUSE", "He"),
    ("She was accused of hiding money in foreign accounts.", "ACCUSE", "She"),
    ("He was sentenced to six years in prison.", "COERCE", "He"),
    ("She received a four-year prison term.", "COERCE", "She"),
    ("He received a suspended sentence for the assault.", "COERCE", "He"),
    ("He was later deported to his home country.", "COERCE", "He"),
]


@pytest.mark.parametrize(("text", "etype", "who"), UNDERGONE)
def test_a_person_pronoun_undergoes_an_act_whose_doer_is_unsaid(text, etype, who):
    """The passive (or "received") names the one the act is done to and leaves the doer unsaid, as "the minister was
    fined" does: an event with an empty actor, its recipient the person the pronoun stands for."""
    ev = _one(text, etype)
    assert ev.actor == [], ev
    assert [r.name for r in ev.recipient] == [who], ev


DOER = [
    ("He met Chancellor Olaf Scholz in Berlin on Monday.", "CONSULT", "He", "Olaf Scholz"),
    ("She accused the governor of hiding the audit report.", "ACCUSE", "She", "governor"),
    ("He urged the United Nations to send more food.", "REQUEST", "He", "United Nations"),
    ("She thanked the French president for his help.", "SUPPORT", "She", "French president"),
    ("She promised Ukraine more air defence systems.", "AGREE", "She", "Ukraine"),
    ("She visited Kenya in the first week of May.", "CONSULT", "She", "Kenya"),
    ("He threatened the mayor with a lawsuit.", "THREATEN", "He", "mayor"),
    ("He expressed a desire to work with the governor of Ohio.", "AGREE", "He", "governor"),
]


@pytest.mark.parametrize(("text", "etype", "doer", "whom"), DOER)
def test_a_person_pronoun_does_an_act_on_a_named_party(text, etype, doer, whom):
    ev = _one(text, etype)
    assert [a.name for a in ev.actor] == [doer], ev
    assert any(whom in r.name for r in ev.recipient), ev


def test_a_named_antecedent_wins_over_the_pronoun():
    """Where the story names the person before, the pronoun is that person's mention, as before."""
    ev = _one("Maria Lopez is a lawyer in Quito. She was arrested on Friday.", "COERCE")
    assert [r.name for r in ev.recipient] == ["Maria Lopez"], ev
    ev = _one("Tomas Berg is a Danish banker. He was fined 20,000 kroner.", "SANCTION")
    assert [r.name for r in ev.recipient] == ["Tomas Berg"], ev


NONE = [
    # "fine" and "term" in other senses, and a prison term that is only talked about
    "He was fine after the match.",
    "She read the fine print of the contract.",
    "He said the weather was fine.",
    "The prison term was the main topic of the debate.",
    "Prison terms for minor thefts are too long, he wrote.",
    # "it" and "they" stand for things as often as for people
    "It was banned in 2019.",
    "They were seized at the port.",
    # a possessive is no party
    "Her car was seized.",
    "His passport was confiscated.",
    # an act with no party named besides the pronoun: whose view or deed it is, the sentence does not say
    "He criticised the new tax.",
    "She rejected the proposal.",
    # private life: no party of public standing
    "He met his wife in college.",
    "She thanked her parents.",
    # cooperation without its giver names no interaction, and a discharge from hospital is no release
    "He was praised for his courage.",
    "She was released from hospital on Sunday.",
    "He received a letter from his brother.",
    "She was given flowers by her children.",
]


@pytest.mark.parametrize("text", NONE)
def test_no_event(text):
    assert _types(text) == []


UNDERGONE_NOUNS = [
    ("The arrest of opposition leader Tomas Berg sparked protests.", "COERCE", "Tomas Berg"),
    ("Anna Kowalska's arrest angered her supporters.", "COERCE", "Anna Kowalska"),
    ("The detention of three Kenyan fishermen lasted a week.", "COERCE", "Kenyan fishermen"),
    ("Pedro Alves's conviction was overturned on appeal.", "ACCUSE", "Pedro Alves"),
    ("The indictment of the former mayor of Lima shocked the city.", "ACCUSE", "mayor of Lima"),
    ("The expulsion of four Russian diplomats angered Moscow.", "SANCTION", "Russian diplomats"),
    ("The deportation of the Afghan refugees began in May.", "COERCE", "Afghan refugees"),
]


@pytest.mark.parametrize(("text", "etype", "whom"), UNDERGONE_NOUNS)
def test_an_act_named_by_its_noun_without_its_doer(text, etype, whom):
    """The noun of an act an authority does to someone ("the arrest of", "X's conviction") tells the act as the
    passive does, its doer unsaid: an event with an empty actor, done to the party of its "of" phrase or to the
    person its possessor names."""
    ev = _one(text, etype)
    assert ev.actor == [], ev
    assert any(whom in r.name for r in ev.recipient), ev


def test_a_possessor_that_is_a_state_stays_the_doer():
    """"Russia's arrest of the journalist": with an "of" phrase the possessor is who did it, as before."""
    ev = _one("Russia's arrest of the American journalist angered Washington.", "COERCE")
    assert [a.name for a in ev.actor] == ["Russia"], ev


NOT_UNDERGONE = [
    # a belief, not a verdict
    "Berg's conviction that the plan would fail was well known.",
    "He spoke with conviction about the economy.",
    # a kind of place or a rate, and a possessive pronoun with no one named
    "The detention centre in Calais was closed.",
    "The arrest rate fell last year.",
    "Her arrest was a mistake, the lawyer said.",
]


@pytest.mark.parametrize("text", NOT_UNDERGONE)
def test_no_undergone_act(text):
    assert _types(text) == []


def test_a_person_pronoun_in_reported_speech_is_the_speaker():
    """"X said he would ...": a pronoun subject of reported speech stands for the one speaker, as "it" does for a
    state ("Hungary said it will ..."), where the speaker is one person."""
    found = [e for e in events("The governor of Ohio said she would meet the Kenyan president.") if e.recipient]
    assert found and [a.name for a in found[0].actor] == ["governor of Ohio"], found
    assert not any(a.name == "ministers" for e in events("The ministers said he would resign.") for a in e.actor)


OF_DOER = [
    ("The resignation of Interior Minister Paul Okafor was announced on Monday.", "RETREAT", "Paul Okafor"),
    ("The withdrawal of Russian troops from Kherson began in November.", "RETREAT", "Russian troops"),
    ("The visit of the Pope to Mexico lasted five days.", "CONSULT", "Pope"),
    ("Protests of farmers blocked the roads to Brussels.", "PROTEST", "farmers"),
    ("The deployment of 500 soldiers to the border was approved.", "MOBILIZE", "soldiers"),
]


@pytest.mark.parametrize(("text", "etype", "doer"), OF_DOER)
def test_the_of_phrase_of_an_intransitive_act_is_its_doer(text, etype, doer):
    """The "of" phrase of the noun of an act whose verb takes no object (resign, protest) or names whom it is done to
    by another preposition (visit to, withdraw from) is the doer, as the possessor is ("the minister's resignation")."""
    ev = _one(text, etype)
    assert any(doer in a.name for a in ev.actor), ev


@pytest.mark.parametrize("text", [
    "The withdrawal of funds from the bank worried investors.",
    "A visit of two hours was planned.",
    "The resignation of the contract was unusual.",
])
def test_an_of_phrase_naming_no_one_is_no_doer(text):
    assert _types(text) == []


ANSWERED = [
    ("The troops stayed at the request of the Iraqi government.", "REQUEST", "Iraqi government", "troops"),
    ("The talks were postponed at the request of Ethiopia.", "REQUEST", "Ethiopia", None),
    ("Per request of the Turkish president, the vote was delayed.", "REQUEST", "Turkish president", None),
]


@pytest.mark.parametrize(("text", "etype", "asker", "asked"), ANSWERED)
def test_at_the_request_of_names_who_asked(text, etype, asker, asked):
    """"At the request of X", "at the invitation of X": the act was done in answer to X's request, so X asked (the
    "of" phrase is its doer), and the clause's subject is whom X asked."""
    ev = _one(text, etype)
    assert [a.name for a in ev.actor] == [asker], ev
    if asked:
        assert [r.name for r in ev.recipient] == [asked], ev


def test_at_a_place_is_no_request():
    assert _types("The minister spoke at the opening of the new bridge.") == []


PEOPLE = [
    ("They were arrested at the border on Friday.", "COERCE", "They"),
    ("They were sentenced to five years in prison.", "COERCE", "They"),
    ("They were expelled from the country in June.", "SANCTION", "They"),
    ("They received ten-year prison terms.", "COERCE", "They"),
    ("Both on Monday received ten-year prison terms.", "COERCE", "Both"),
]


@pytest.mark.parametrize(("text", "etype", "who"), PEOPLE)
def test_they_undergoing_an_act_only_people_undergo(text, etype, who):
    """An arrest, a sentence, a deportation or an expulsion is done only to people (people_modes): "they" or "both"
    told as undergoing one stands for them."""
    ev = _one(text, etype)
    assert ev.actor == [] and [r.name for r in ev.recipient] == [who], ev


@pytest.mark.parametrize("text", [
    "They were seized at the port.",
    "They were banned in 2019.",
    "Both sides met in Geneva.",
])
def test_they_undergoing_what_things_undergo_stays_none(text):
    assert _types(text) == []


RELEASED = [
    ("The release of the political prisoners was discussed on Monday.", "political prisoners"),
    ("The liberation of the hostages ended the crisis.", "hostages"),
    ("The release of opposition leader Tomas Berg was welcomed.", "Tomas Berg"),
]


@pytest.mark.parametrize(("text", "whom"), RELEASED)
def test_a_release_named_by_its_noun(text, whom):
    """A release (or liberation) of people, its doer unsaid, is done to them as an arrest is (RETREAT, release)."""
    ev = _one(text, "RETREAT")
    assert ev.actor == [] and any(whom in r.name for r in ev.recipient), ev


@pytest.mark.parametrize("text", [
    "The release of Apple's earnings lifted the shares.",
    "The release of the new phone was delayed.",
    "The detention of the ships angered the owners.",
])
def test_a_release_of_a_thing_is_none(text):
    """The "of" phrase must itself name people or a body, not a thing of theirs."""
    assert _types(text) == []
