"""The learned argument tagger: a word and one of its dependents as an attribution's cue and content.

News attributes with more than verbs that have a clause after them: a noun ("attention on Jeb Bush", "a refrain in
praise of segregation"), a verb whose content is its subject ("Clinton's strength appears to be understated by public
counts") or the object of one of its prepositions ("launched into a lament for X"), a verb the lists hold used with a
frame the rules do not read ("would not discuss the investigation"). The rules and the cue tagger (``tagger.py``) miss
these; this model scores each pair (word, dependent phrase) of the parse — the phrase a dependent heads, or the object
of a preposition the word governs — as (cue, content), from the word's lemma, part of speech and place in the parse,
the dependent's relation, head word and size, the subject and the lexicon's lists. Pairs it is sure of become
attributions where nothing the rules found already covers them; the speaker is the word's subject (or a passive's
agent).

A binary logistic regression over sparse string features trained on PolNeAR's working half by ``python -m
communique.learn.train_edges`` (the cue tagger's format, a plain NumPy archive, with the threshold chosen by 5-fold
cross-validation). It is off unless weights are there: at precision >= 0.90 it adds about 0.003 all recall by
working-half CV (``python bench/quotes_cv.py``), too little for what it costs (about 5 ms a document), so the package
ships none. ``COMMUNIQUE_EDGE_MODEL`` names a file to use; training writes ``data/quote_model/edges.npz``, which is
then used by default, and ``none`` turns it off.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from pathlib import Path

import numpy as np
from spacy.attrs import LEMMA, POS
from spacy.symbols import ADJ, NOUN, VERB

from .indirect import Candidate, trim
from .lexicon import Lexicon
from .tagger import CueModel, lexicon_features, load_cue_model, material_acts

DEFAULT_PATH = Path(__file__).resolve().parents[1] / "data" / "quote_model" / "edges.npz"

_DEPS = frozenset({"dobj", "ccomp", "xcomp", "advcl", "acl", "oprd", "attr", "acomp", "pcomp", "conj", "relcl",
                   "nsubj", "nsubjpass", "csubj", "npadvmod", "appos", "dative"})
"""The dependents whose phrase can be what a word attributes (PolNeAR's contents, by how often each is one)."""
_BEFORE = frozenset({"nsubj", "nsubjpass", "csubj"})
"""Of these, the ones that may come before the word (its subject as the content: "X is seen as ...")."""
_MIN_CHARS = 8
_MAX_CHARS = 400
_WH = frozenset({"whether", "if", "what", "why", "how", "that", "who", "where", "when", "which"})


@lru_cache(maxsize=4)
def _cached(path: str) -> CueModel:
    return load_cue_model(path)


def default_edge_model() -> CueModel | None:
    """The model in the package (or $COMMUNIQUE_EDGE_MODEL; 'none' turns it off), loaded once per process; None
    when the package has none (as shipped)."""
    from ..events.classifier import chosen_weights

    path = chosen_weights("COMMUNIQUE_EDGE_MODEL", DEFAULT_PATH)
    return _cached(str(path)) if path is not None else None


class Pair:
    """A (cue word, content phrase) pair the model scores: the word, the content's head, where it is, its speaker."""

    __slots__ = ("tok", "head", "span", "subject")

    def __init__(self, tok, head, span: tuple[int, int], subject) -> None:
        self.tok, self.head, self.span, self.subject = tok, head, span, subject


def _size(n: int) -> str:
    return "s" if n < 20 else "m" if n < 60 else "l" if n < 150 else "x"


def _subject_kind(subj) -> str:
    if subj is None:
        return "none"
    if subj.pos_ == "PRON":
        return "pron"
    if subj.ent_type_:
        return "ent:" + subj.ent_type_
    return "propn" if subj.pos_ == "PROPN" else "noun"


def features(tok, head, rel: str, subj, size: int, lex: Lexicon, kids: list, quoted: bool) -> list[str]:
    """The pair's features: the word and its place, the relation, the content's head word and size, the subject."""
    lemma = tok.lemma_.lower()
    pos = tok.pos_
    doc = tok.doc
    prev = doc[tok.i - 1].lower_ if tok.i > 0 else "<s>"
    hl = head.lemma_.lower()
    first = doc[head.left_edge.i].lower_
    sk = _subject_kind(subj)
    out = ["l=" + lemma, "p=" + pos, "t=" + tok.tag_, "d=" + tok.dep_, "r=" + rel, "lr=" + lemma + "|" + rel,
           "pr=" + pos + "|" + rel, "dr=" + tok.dep_ + "|" + rel, "h=" + hl, "lh=" + lemma + "|" + hl,
           "ht=" + rel + "|" + head.tag_, "s=" + sk, "sr=" + sk + "|" + rel, "ls=" + lemma + "|" + sk,
           "z=" + rel + "|" + _size(size), "pv=" + prev, "lpv=" + lemma + "|" + prev,
           "hd=" + tok.head.lemma_.lower() + "|" + tok.dep_, "q=" + str(quoted), "he=" + rel + "|" + head.ent_type_,
           "sub=" + str(tok.i == tok.sent.root.i) + "|" + rel]
    if first in _WH:
        out += ["wh=" + first, "lwh=" + lemma + "|" + first]
    if subj is not None and subj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or \
            subj is not None and subj.lower_ in ("he", "she", "i", "we", "they", "who"):
        out += ["who=speaker", "wr=" + rel]
    for c in kids:
        d = c.dep_
        if d in ("neg", "prt", "aux", "auxpass", "advmod", "det", "poss"):
            out.append("c=" + d + ":" + c.lower_)
            if d == "prt":
                out.append("lp=" + lemma + "|" + c.lower_)
    out += lexicon_features(lemma, lex)
    if tok.lower_ in lex.speech_nouns:
        out.append("lex=speechnoun")
    if tok.lower_ in lex.stance_nouns or tok.lower_ in lex.stance_adjectives:
        out.append("lex=stance")
    return out


def _words(doc, lemmas: frozenset[str] | None, skip: set[int], never: frozenset[str]) -> list[int]:
    """The verbs, nouns and adjectives worth a look (of ``lemmas`` when given, never of ``never``: the lexicon's
    words that are no cue and the verbs of material acts), picked from the parse's arrays."""
    if not len(doc):
        return []
    arr = doc.to_array([POS, LEMMA])
    mask = np.isin(arr[:, 0], [VERB, NOUN, ADJ])
    strings = doc.vocab.strings
    keep = [h for h in np.unique(arr[mask, 1]).tolist()
            if (w := strings[h].lower()) not in never and (lemmas is None or w in lemmas)]
    mask &= np.isin(arr[:, 1], keep)
    return [i for i in np.flatnonzero(mask).tolist() if i not in skip]


def _union(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Character spans merged into sorted disjoint ones."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def scan(doc, cands: list[Candidate], lex: Lexicon, subject_of, in_quote, text: str,
         lemmas: frozenset[str] | None = None) -> tuple[list[Pair], list[list[str]]]:
    """Every (word, dependent) pair to score with its features: words that are not already a cue of ``cands`` nor
    inside one's content, phrases not mostly inside one's content (what the rules found stays theirs)."""
    skip = {c.cue.i for c in cands if hasattr(c.cue, "i")}
    taken = [(c.start, c.end) for c in cands]
    owned = _union([(c.start, c.end) for c in cands if c.shadows])
    owned_starts = [a for a, _ in owned]
    pairs: list[Pair] = []
    feats: list[list[str]] = []
    for i in _words(doc, lemmas, skip, lex.never | material_acts()):
        tok = doc[i]
        k = bisect_right(owned_starts, tok.idx) - 1
        if k >= 0 and tok.idx < owned[k][1]:
            continue
        kids = list(tok.children)
        subj = None
        agent = next((c for c in kids if c.dep_ == "agent"), None)
        by = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
        got = False
        for c in kids:
            d = c.dep_
            if d == "prep" and c.i > i:
                obj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
                if obj is None:
                    continue
                head, rel = obj, "prep:" + c.lower_
            elif d in _DEPS and (c.i > i or d in _BEFORE):
                head, rel = c, d + ("<" if c.i < i else ">")
            else:
                continue
            if not got:
                subj = by if by is not None else subject_of(tok)
                got = True
            who = None if d in _BEFORE and c.i < i and by is None else subj  # a subject content: the agent speaks
            if who is None or head.left_edge.i <= who.i <= head.right_edge.i:
                continue  # an attribution nobody is said to make is not this model's to add
            s, e = trim(text, head.left_edge.idx, head.right_edge.idx + len(head.right_edge.text))
            if not _MIN_CHARS <= e - s <= _MAX_CHARS \
                    or any(max(0, min(e, b) - max(s, a)) >= 0.5 * (e - s) for a, b in taken):
                continue
            pairs.append(Pair(tok, head, (s, e), who))
            feats.append(features(tok, head, rel, who, e - s, lex, kids, in_quote(tok.idx)))
    return pairs, feats


def propose(doc, cands: list[Candidate], lex: Lexicon, subject_of, model: CueModel, in_quote,
            text: str) -> list[Candidate]:
    """The pairs the model is sure of, one per word (its best), as weak candidates that shadow nothing."""
    pairs, feats = scan(doc, cands, lex, subject_of, in_quote, text, model.lemmas)
    if not pairs:
        return []
    best: dict[int, tuple[float, Pair]] = {}
    for p, prob in zip(pairs, model.probs(feats), strict=True):
        if prob < model.add or p.tok.i in best and prob <= best[p.tok.i][0]:
            continue
        best[p.tok.i] = (float(prob), p)
    return [Candidate(p.span[0], p.span[1], p.tok, p.subject, shadows=False) for _, p in best.values()]
