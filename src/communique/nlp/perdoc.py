"""Readings of a parsed Doc that several stages need, computed once per Doc and kept in ``doc.user_data``.

``Doc.text`` joins every token and ``Doc.noun_chunks`` walks the whole parse in Python on every read; the clusters,
the known names, the group phrases, the quotes and the event coder each read them. Only plain values are kept
(a string, token offsets), so a Doc serialised with its user data stays small. The Doc is never changed after the
parse, so a reading kept once stays true.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.attrs import DEP, HEAD, IDX, LEMMA, LOWER, POS, TAG

TEXT = "communique_text"
"""The key of the Doc's text."""
NOUN_CHUNKS = "communique_noun_chunks"
STARTS = "communique_token_starts"
LOWERS = "communique_lowers"
POS_TAGS = "communique_pos"
LEMMAS = "communique_lemma_lowers"
ARCS = "communique_arcs"
TAGS = "communique_tags"


def _kept(doc, key: str, make):
    """``make()``, worked out once per Doc and kept in ``doc.user_data[key]``."""
    got = doc.user_data.get(key)
    if got is None:
        got = doc.user_data[key] = make()
    return got


def listed(tok, words) -> bool:
    """The token's word or its lemma is one of ``words`` (lower-cased word lists: "troops" or "troop")."""
    return tok.lower_ in words or tok.lemma_.lower() in words


def doc_text(doc) -> str:
    """``doc.text``, built once per Doc."""
    return _kept(doc, TEXT, lambda: doc.text)


def noun_chunk_bounds(doc) -> list[tuple[int, int, int]]:
    """(start, end, root) token offsets of ``doc.noun_chunks``, in order, computed once per Doc."""
    return _kept(doc, NOUN_CHUNKS, lambda: [(c.start, c.end, c.root.i) for c in doc.noun_chunks])


def token_starts(doc) -> list[int]:
    """Each token's start offset in the Doc's text (``idx``), read once per Doc."""
    return _kept(doc, STARTS, lambda: doc.to_array(IDX).tolist() if len(doc) else [])


def token_at(doc, start_char: int):
    """The token that starts at character ``start_char``, or None: found by bisection over the tokens' start
    offsets (read from the parse's arrays once per Doc), not by walking the tokens."""
    starts = token_starts(doc)
    k = bisect_left(starts, start_char)
    return doc[k] if k < len(starts) and starts[k] == start_char else None


def token_over(doc, char: int):
    """The token whose characters include offset ``char`` (None in the space between tokens), found as
    ``token_at``: the last token that starts at or before it, if it reaches it."""
    k = bisect_right(token_starts(doc), char) - 1
    tok = doc[k] if k >= 0 else None
    return tok if tok is not None and char < tok.idx + len(tok) else None


def _strings(doc, attr, lower: bool = False) -> list[str]:
    """Each token's string of ``attr`` (each distinct string looked up once), lower-cased if asked."""
    ids = doc.to_array(attr).tolist() if len(doc) else []
    strings = doc.vocab.strings
    word = {h: strings[h].lower() if lower else strings[h] for h in set(ids)}
    return [word[h] for h in ids]


def lower_forms(doc) -> list[str]:
    """Each token's ``lower_``, read from the parse's arrays once per Doc (each distinct word's string looked up
    once), for the rules that pick a few words out of every token without a Token object per word."""
    return _kept(doc, LOWERS, lambda: _strings(doc, LOWER))


def lemma_forms(doc) -> list[str]:
    """Each token's ``lemma_.lower()``, read from the parse's arrays once per Doc, as ``lower_forms``."""
    return _kept(doc, LEMMAS, lambda: _strings(doc, LEMMA, lower=True))


def arcs(doc) -> tuple[list[int], list[str]]:
    """Each token's head (its index; a root is its own) and dependency label, read from the parse's arrays once per
    Doc, for rules that walk up the tree without a Token object per step."""
    return _kept(doc, ARCS, lambda: (
        [i + h for i, h in enumerate(doc.to_array(HEAD).astype("int64").tolist())] if len(doc) else [],
        _strings(doc, DEP)))


def pos_ids(doc) -> list[int]:
    """Each token's coarse part of speech (``spacy.symbols`` ids), read from the parse's arrays once per Doc."""
    return _kept(doc, POS_TAGS, lambda: doc.to_array(POS).tolist() if len(doc) else [])


def words_tagged(doc, *tags: int) -> list[int]:
    """The indices of the tokens whose coarse part of speech is one of ``tags`` (``spacy.symbols`` VERB, NOUN,
    PROPN, ...), from the parse's arrays read once per Doc: the rules that look at a few kinds of word pick them
    without a Token object per word."""
    pos = pos_ids(doc)
    wanted = set(tags)
    return [i for i, p in enumerate(pos) if p in wanted]


def tag_forms(doc) -> list[str]:
    """Each token's fine-grained tag (``tag_``), read from the parse's arrays once per Doc."""
    return _kept(doc, TAGS, lambda: _strings(doc, TAG))


def span_text(doc, start: int, end: int) -> str:
    """``doc[start:end].text`` (the tokens and the spaces between them), cut from the Doc's text kept once,
    without a Span (one Token, the last, for its length); "" for an empty range."""
    if start >= end:
        return ""
    starts = token_starts(doc)
    return doc_text(doc)[starts[start]:starts[end - 1] + len(doc[end - 1])]


def tokens_once(tok, key: str, find) -> list:
    """``find(tok)``'s tokens, worked out once per token of a Doc: the rules ask the same of a word many times. Kept
    as token offsets in ``doc.user_data[key]``, not as Tokens, so nothing outlives the Doc."""
    doc = tok.doc
    cache = _kept(doc, key, dict)
    got = cache.get(tok.i)
    if got is None:
        got = cache[tok.i] = tuple(t.i for t in find(tok))
    return [doc[i] for i in got]
