"""Stance: what a quote's speaker denies or questions is never shown as the speaker's claim.

DENIALS are 40 sentences written for this test (no dev item): denials by verb, noun, passive, direct quote, in
several tenses and frames. The issue's target is 38 of them marked denied; a sentence counts when the quote
that holds its denied words has stance ``denied``.
"""

from __future__ import annotations

import pytest

DENIALS = [
    ("The ministry denied that its troops had crossed the border.", "troops had crossed"),
    ("Moscow denies it plans to attack its neighbour.", "plans to attack"),
    ("The senator has denied taking money from the lobbyists.", "taking money"),
    ("Officials in Lagos denied reports that the election would be postponed.", "election would be postponed"),
    ("The company flatly denied any wrongdoing in the deal.", "wrongdoing"),
    ("Prime Minister Anna Berg dismissed the allegations as baseless.", "allegations"),
    ("The general rejected claims that civilians were targeted.", "civilians were targeted"),
    ("Beijing rejected the accusation that it had hidden the data.", "hidden the data"),
    ("The spokesman refuted the suggestion that the talks had collapsed.", "talks had collapsed"),
    ("The mayor disputed the figures published by the opposition.", "figures published"),
    ("Tehran has repeatedly denied seeking nuclear weapons.", "seeking nuclear weapons"),
    ("The embassy denied that the ambassador had been recalled.", "ambassador had been recalled"),
    ("Police denied using tear gas against the marchers.", "using tear gas"),
    ("The rebels denied they were behind the bombing.", "behind the bombing"),
    ("The minister dismissed the report as propaganda.", "report"),
    ("The board rejected the union's demand for higher pay.", "demand for higher pay"),
    ("Kyiv denied that its forces had shelled the town.", "forces had shelled"),
    ("The foreign ministry in Ankara denied the claims.", "claims"),
    ("The coach denied that he would resign at the end of the season.", "he would resign"),
    ("Washington rejected suggestions that it had approved the strike.", "approved the strike"),
    ("The party denies receiving funds from abroad.", "receiving funds"),
    ("The central bank dismissed fears that inflation would spiral.", "inflation would spiral"),
    ("The defendant denied all the charges against him.", "charges against him"),
    ("Pyongyang denied that it had fired a missile on Tuesday.", "fired a missile"),
    ("The governor rebutted the criticism from farmers.", "criticism from farmers"),
    ("The army denied that any soldiers were killed in the clash.", "soldiers were killed"),
    ("The minister denied the newspaper's report about secret talks.", "report about secret talks"),
    ("The airline denied that the pilots had ignored the warning.", "pilots had ignored"),
    ("Hospital officials denied that patients had been turned away.", "patients had been turned away"),
    ("The government refuted allegations of torture in its prisons.", "allegations of torture"),
    ("\u201cWe never sent troops there,\u201d the minister denied.", "We never sent troops there"),
    ("The spokeswoman denied that the president was ill.", "the president was ill"),
    ("The club rejected the offer from the Italian side.", "offer from the Italian side"),
    ("The opposition leader dismissed the poll as meaningless.", "poll"),
    ("The agency denied it had leaked the documents to reporters.", "leaked the documents"),
    ("Officials denied that the dam was at risk of collapse.", "dam was at risk"),
    ("The regime has denied using chemical weapons in the war.", "using chemical weapons"),
    ("Ministers rejected calls for an inquiry into the sale.", "calls for an inquiry"),
    ("The firm disputed the claim that its product was unsafe.", "its product was unsafe"),
    ("The prince denied ever meeting the businessman.", "meeting the businessman"),
]


def _holding(quotes, words: str):
    return [q for q in quotes if words in q.text]


def test_forty_denials(quotes_of):
    marked, misses = 0, []
    for sentence, words in DENIALS:
        hits = _holding(quotes_of(sentence), words)
        if hits and all(q.stance == "denied" for q in hits):
            marked += 1
        else:
            misses.append((sentence, [(q.text, q.stance) for q in hits]))
    assert len(DENIALS) == 40
    assert marked >= 38, f"{marked}/40 denied; misses: {misses}"


@pytest.mark.parametrize("sentence, words", [
    ("The minister said the talks would resume in May.", "talks would resume"),
    ("The minister did not deny that the talks had failed.", "talks had failed"),
    ("Officials confirmed that two soldiers were wounded.", "two soldiers were wounded"),
])
def test_assertions_stay_asserted(quotes_of, sentence, words):
    hits = _holding(quotes_of(sentence), words)
    assert hits and all(q.stance == "asserted" for q in hits)


@pytest.mark.parametrize("sentence, words", [
    ("The senator questioned whether the plan would work.", "the plan would work"),
    ("Analysts doubt that the ceasefire will hold.", "the ceasefire will hold"),
    ("Reporters asked whether the minister would resign.", "the minister would resign"),
])
def test_questioned(quotes_of, sentence, words):
    hits = _holding(quotes_of(sentence), words)
    assert hits and all(q.stance == "questioned" for q in hits)


def test_a_request_is_no_question(quotes_of):
    hits = _holding(quotes_of("The mayor asked residents to stay indoors."), "stay indoors")
    assert all(q.stance == "asserted" for q in hits)


def test_founding_sentence_is_denied(quotes_of):
    text = "Troops gathered near the border this week. Russia denies it intends to invade its neighbour."
    q = next(q for q in quotes_of(text) if "it intends to invade" in q.text)
    assert q.stance == "denied" and q.speaker.name == "Russia"
    assert q.to_dict()["stance"] == "denied"
