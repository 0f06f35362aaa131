"""The readings of a parse kept once per Doc for speed (nlp.perdoc, a verb's objects) say what the Token objects say,
and each Doc keeps its own."""

from __future__ import annotations

from communique.events.syntax import _objects
from communique.nlp.perdoc import arcs, lemma_forms, lower_forms, token_over

TEXT = ("The foreign ministers of Chile and Peru signed a trade accord in Lima on Monday, and the two governments "
        "released forty prisoners held since the war.")


def test_arrays_match_the_tokens(nlp):
    doc = nlp(TEXT)
    heads, deps = arcs(doc)
    assert heads == [t.head.i for t in doc]
    assert deps == [t.dep_ for t in doc]
    assert lemma_forms(doc) == [t.lemma_.lower() for t in doc]
    assert lower_forms(doc) == [t.lower_ for t in doc]


def test_token_over_a_character(nlp):
    doc = nlp(TEXT)
    for pos in range(-1, len(TEXT) + 2):
        want = next((t.i for t in doc if t.idx <= pos < t.idx + len(t)), None)
        got = token_over(doc, pos)
        assert (got.i if got is not None else None) == want


def test_objects_are_kept_per_document(nlp):
    first = nlp("Peru released forty prisoners.")
    second = nlp("Chile signed a trade accord with Peru.")
    verb = next(t for t in first if t.lemma_ == "release")
    assert [o.text for o in _objects(verb)] == ["prisoners"]
    assert [o.text for o in _objects(verb)] == ["prisoners"]  # read again from the Doc's own memo
    other = second[verb.i]  # the same offset in another Doc: its own object, not the first Doc's
    assert other.lemma_ == "sign"
    assert [o.text for o in _objects(other)] == ["accord"]
