"""The pipeline's lemmas of verbs in -e that have a doubling verb without the -e ("hope" / "hop"): the pinned
model's rule lemmatizer gave "hoped", "staged", "fined" and "waged" the short verb, which hid "hope to" from the
modality cues and "staged a protest" from the event patterns."""

from __future__ import annotations

import pytest

from communique.nlp.model import _doubles, load


@pytest.fixture(scope="module")
def nlp():
    return load(None)


@pytest.mark.parametrize(("text", "word", "lemma"), [
    ("The minister hopes to visit Kyiv.", "hopes", "hope"),
    ("He hoped to win the vote.", "hoped", "hope"),
    ("Nurses staged a walkout on Monday.", "staged", "stage"),
    ("The regulator fined the bank.", "fined", "fine"),
    ("The rebels waged war on the state.", "waged", "wage"),
    ("She is coding the survey.", "coding", "code"),
    # the short verbs keep their own lemmas, and a pair whose short verb does not double is left as it was
    ("The rabbits hopped across the field.", "hopped", "hop"),
    ("They planned the visit for weeks.", "planned", "plan"),
    ("The army routed the rebels.", "routed", "rout"),
])
def test_verb_lemmas(nlp, text, word, lemma):
    [tok] = [t for t in nlp(text) if t.text == word]
    assert tok.lemma_ == lemma


@pytest.mark.parametrize(("verb", "doubles"), [("hop", True), ("plan", True), ("stag", True), ("rout", False),
                                               ("bath", False), ("premier", False), ("show", False)])
def test_doubling_follows_english_spelling(verb, doubles):
    assert _doubles(verb) is doubles
