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


def listed(tok, words) -> bool:
    """The token's word or its lemma is one of ``words`` (lower-cased word lists: "troops" or "troop")."""
    return tok.lower_ in words or tok.lemma_.lower() in words


def doc_text(doc) -> str:
    """``doc.text``, built once per Doc."""
    text = doc.user_data.get(TEXT)
    if text is None:
        text = doc.user_data[TEXT] = doc.text
    return text


def noun_chunk_bounds(doc) -> list[tuple[int, int, int]]:
    """(start, end, root) token offsets of ``doc.noun_chunks``, in order, computed once per Doc."""
    bounds = doc.user_data.get(NOUN_CHUNKS)
    if bounds is None:
        bounds = doc.user_data[NOUN_CHUNKS] = [(c.start, c.end, c.root.i) for c in doc.noun_chunks]
    return bounds


def _token_starts(doc) -> list[int]:
    starts = doc.user_data.get(STARTS)
    if starts is None:
        starts = doc.user_data[STARTS] = doc.to_array(IDX).tolist() if len(doc) else []
    return starts


def token_starts(doc) -> list[int]:
    """Each token's start offset in the Doc's text (``idx``), read once per Doc."""
    return _token_starts(doc)


def token_at(doc, start_char: int):
    """The token that starts at character ``start_char``, or None: found by bisection over the tokens' start
    offsets (read from the parse's arrays once per Doc), not by walking the tokens."""
    starts = _token_starts(doc)
    k = bisect_left(starts, start_char)
    return doc[k] if k < len(starts) and starts[k] == start_char else None


def token_over(doc, char: int):
    """The token whose characters include offset ``char`` (None in the space between tokens), found as
    ``token_at``: the last token that starts at or before it, if it reaches it."""
    k = bisect_right(_token_starts(doc), char) - 1
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
    lowers = doc.user_data.get(LOWERS)
    if lowers is None:
        lowers = doc.user_data[LOWERS] = _strings(doc, LOWER)
    return lowers


def lemma_forms(doc) -> list[str]:
    """Each token's ``lemma_.lower()``, read from the parse's arrays once per Doc, as ``lower_forms``."""
    lemmas = doc.user_data.get(LEMMAS)
    if lemmas is None:
        lemmas = doc.user_data[LEMMAS] = _strings(doc, LEMMA, lower=True)
    return lemmas


def arcs(doc) -> tuple[list[int], list[str]]:
    """Each token's head (its index; a root is its own) and dependency label, read from the parse's arrays once per
    Doc, for rules that walk up the tree without a Token object per step."""
    got = doc.user_data.get(ARCS)
    if got is None:
        heads = [i + h for i, h in enumerate(doc.to_array(HEAD).astype("int64").tolist())] if len(doc) else []
        got = doc.user_data[ARCS] = (heads, _strings(doc, DEP))
    return got


def pos_ids(doc) -> list[int]:
    """Each token's coarse part of speech (``spacy.symbols`` ids), read from the parse's arrays once per Doc."""
    pos = doc.user_data.get(POS_TAGS)
    if pos is None:
        pos = doc.user_data[POS_TAGS] = doc.to_array(POS).tolist() if len(doc) else []
    return pos


def words_tagged(doc, *tags: int) -> list[int]:
    """The indices of the tokens whose coarse part of speech is one of ``tags`` (``spacy.symbols`` VERB, NOUN,
    PROPN, ...), from the parse's arrays read once per Doc: the rules that look at a few kinds of word pick them
    without a Token object per word."""
    pos = pos_ids(doc)
    wanted = set(tags)
    return [i for i, p in enumerate(pos) if p in wanted]


def tag_forms(doc) -> list[str]:
    """Each token's fine-grained tag (``tag_``), read from the parse's arrays once per Doc."""
    tags = doc.user_data.get(TAGS)
    if tags is None:
        tags = doc.user_data[TAGS] = _strings(doc, TAG)
    return tags


def span_text(doc, start: int, end: int) -> str:
    """``doc[start:end].text`` (the tokens and the spaces between them), cut from the Doc's text kept once,
    without a Span (one Token, the last, for its length); "" for an empty range."""
    if start >= end:
        return ""
    starts = _token_starts(doc)
    return doc_text(doc)[starts[start]:starts[end - 1] + len(doc[end - 1])]


def tokens_once(tok, key: str, find) -> list:
    """``find(tok)``'s tokens, worked out once per token of a Doc: the rules ask the same of a word many times. Kept
    as token offsets in ``doc.user_data[key]``, not as Tokens, so nothing outlives the Doc."""
    doc = tok.doc
    cache = doc.user_data.setdefault(key, {})
    got = cache.get(tok.i)
    if got is None:
        got = cache[tok.i] = tuple(t.i for t in find(tok))
    return [doc[i] for i in got]
