"""Stance: whether a quote's speaker asserts what it reports, denies it, or questions it.

"Russia denies it intends to invade" reports the words "it intends to invade", which Russia says are not so:
the quote keeps those words (they are what the attribution is about) with stance ``denied``, so that no list
of claims shows them as Russia's. The cue words are data (``denial_verbs``, ``denial_nouns``,
``question_verbs``, ``asking_verbs`` in ``data/quotes.yaml``).
"""

from __future__ import annotations

from .lexicon import Lexicon

STANCES = ("asserted", "denied", "questioned")
_WH = frozenset({"whether", "if", "why", "how", "what", "when", "where", "who"})


def _negated(cue) -> bool:
    """"did not deny", "never disputed": a negated denial denies nothing."""
    return any(c.dep_ == "neg" for c in cue.children)


def stance_of(cue, text: str, start: int, lex: Lexicon) -> str:
    """The stance of a quote whose cue is the token ``cue`` (None: asserted) and whose content starts at
    character ``start`` of ``text``."""
    if cue is None or not hasattr(cue, "lemma_"):
        return "asserted"
    lemma, word = cue.lemma_.lower(), cue.lower_
    if lemma in lex.denial or word in lex.denial_nouns:
        return "asserted" if _negated(cue) else "denied"
    if cue.pos_ == "NOUN" and cue.dep_ in ("dobj", "nsubjpass") and cue.head.lemma_.lower() in lex.denial \
            and not _negated(cue.head):
        return "denied"  # "rejected claims that ...": the claim is someone's, its rejection the speaker's
    if lemma in lex.questioning:
        return "asserted" if _negated(cue) else "questioned"
    if lemma in lex.asking:
        before = text[max(0, start - 12):start].split()
        first = text[start:start + 12].split()[:1]
        if any(w.lower().strip(",") in _WH for w in before[-1:] + first):
            return "questioned"
    return "asserted"
