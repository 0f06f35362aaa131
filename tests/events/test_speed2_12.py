"""The second round of readings kept once for speed (nlp.perdoc's tags and span texts, a phrase's conjuncts, the
quotes' cue lemmas, the coder's noun filter) say what the Token objects and the uncached rules say."""

from __future__ import annotations

from dataclasses import replace

from spacy.symbols import NOUN

from communique.events.syntax import _conjuncts, _verb_lemmas
from communique.nlp.perdoc import pos_ids, span_text, tag_forms
from communique.quotes.indirect import _cue_lemmas
from communique.quotes.lexicon import default_lexicon

TEXT = ("The foreign ministers of Chile and Peru signed a trade accord in Lima on Monday, and the two governments, "
        "along with the Red Cross, began freeing prisoners held since the war.\n\nTalks resume   in May .")


def test_tags_and_span_texts_match_the_tokens(nlp):
    doc = nlp(TEXT)
    assert tag_forms(doc) == [t.tag_ for t in doc]
    for start in range(len(doc) + 1):
        for end in range(start, min(len(doc), start + 6) + 1):
            assert span_text(doc, start, end) == doc[start:end].text


def test_conjuncts_are_kept_per_document(nlp):
    first = nlp("Chile and Peru signed a trade accord.")
    second = nlp("Brazil signed a trade accord with Peru.")
    chile = first[0]
    assert [t.text for t in _conjuncts(chile)] == ["Peru"]
    assert [t.text for t in _conjuncts(chile)] == ["Peru"]  # read again from the Doc's own memo
    assert _conjuncts(second[0]) == []  # the same offset in another Doc: its own reading


def test_cue_lemmas_are_joined_per_lexicon():
    lex = default_lexicon()
    assert _cue_lemmas(lex) is _cue_lemmas(lex)
    other = replace(lex, as_verbs=lex.as_verbs | {"zzcue"})
    assert "zzcue" in _cue_lemmas(other) and "zzcue" not in _cue_lemmas(lex)


def test_the_nouns_the_coder_skips_have_no_verb_lemma(nlp):
    """The main pass skips a noun with no verb's tag and no "-ing" ending before it makes a Token:
    ``_verb_lemmas`` gives such a noun nothing."""
    doc = nlp(TEXT + " The bombing of the building and the meeting of the leaders followed the shelling.")
    pos, tags = pos_ids(doc), tag_forms(doc)
    skipped = [t for t in doc if pos[t.i] == NOUN and not tags[t.i].startswith("VB")
               and not (len(t.lower_) > 5 and t.lower_.endswith("ing"))]
    assert skipped
    assert all(_verb_lemmas(t) == [] for t in skipped)
