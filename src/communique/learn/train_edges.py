"""Train the argument tagger (``quotes/edges.py``) on PolNeAR's working half.

Each (word, dependent phrase) pair the tagger would score is an example, positive when the word lies inside a gold
Cue and the phrase overlaps that attribution's Content by at least 30% of the gold's characters (the share
bench/quotes.py counts as a match). Words the rules already take as cues are not examples (the tagger never looks at
them). Only the working half of the articles (``split.half`` of the text's file name) is read; the threshold ``ADD``
was chosen by 5-fold cross-validation on it, scored end to end with the cue tagger of each fold
(``python bench/quotes_cv.py``).

    python -m communique.learn.train_edges [--data ../shared/data/quotes/polnear-train] [--seed 13]
        [--out src/communique/data/quote_model/edges.npz] [--limit N]
"""

from __future__ import annotations

from bisect import bisect_right

import numpy as np

from ..nlp.quotemarks import quotations
from ..quotes.edges import DEFAULT_PATH, scan
from ..quotes.indirect import clause_candidates
from ..quotes.lexicon import Lexicon, default_lexicon
from ..quotes.speakers import subject_of
from .train_cues import MIN_SHARE, Attribution, _ov, fit, polnear_options, read_polnear

ADD = 0.85
"""The probability at which a pair becomes an attribution: the highest all recall with precision >= 0.90 by
working-half 5-fold CV scored end to end (``python bench/quotes_cv.py``, over 0.7-0.9): cue tagger alone
0.901 / 0.673, with this 0.900 / 0.676 (precision / all recall); 0.8 gave 0.899 / 0.678, 0.75 0.898 / 0.681,
0.7 0.896 / 0.683. The gain is too small to ship the weights (``quotes/edges.py``)."""
GATE = 0.6
"""A word is looked at only if the model scored one of its pairs at least this share of ``ADD`` in training."""


def _in_quote(text: str):
    """Whether a character is inside quote marks (what ``find_quotes`` asks of the cue word)."""
    marks = quotations(text)
    starts = [q.inner_start for q in marks]

    def inside(pos: int) -> bool:
        k = bisect_right(starts, pos) - 1
        return k >= 0 and pos < marks[k].inner_end

    return inside


def examples(doc, gold: list[Attribution], lex: Lexicon, text: str | None = None) -> tuple[list[list[str]], list[bool]]:
    """The features of every pair the tagger scores in ``doc`` and its label."""
    text = doc.text if text is None else text
    in_quote = _in_quote(text)
    cands = clause_candidates(doc, lex, subject_of, text)
    pairs, feats = scan(doc, cands, lex, subject_of, in_quote, text)
    labels = []
    for p in pairs:
        at = p.tok.idx
        s, e = p.span
        labels.append(any(any(a <= at < b for a, b in g.cue)
                          and sum(_ov(s, e, a, b) for a, b in g.content) >= MIN_SHARE * g.size for g in gold))
    return feats, labels


def reachable(model, items: list[tuple], cut: float) -> frozenset[str]:
    """The words the model scores at least ``cut`` somewhere in training: at run time no other word is looked at."""
    out = set()
    for it in items:
        for fs, p in zip(it[1], model.probs(it[1]), strict=True):
            if p >= cut:
                out.add(fs[0][2:])  # "l=<lemma>", always the first feature
    return frozenset(out)


def train(items: list[tuple], seed: int, add: float, meta: dict | None = None, fit_args: dict | None = None):
    """One model over (stem, features, labels) items, with its threshold and the words it looks at."""
    model = fit([f for it in items for f in it[1]], [y for it in items for y in it[2]], seed=seed,
                meta={"add": add, **(meta or {})}, **(fit_args or {}))
    model.lemmas = reachable(model, items, add * GATE)
    return model


def parse_examples(data: list[tuple[str, str, list[Attribution]]], lex: Lexicon, nlp=None):
    """Parse the texts and turn each into (stem, features, labels)."""
    if nlp is None:
        from ..nlp.model import load as load_model

        nlp = load_model()
    out = []
    for (stem, text, gold), doc in zip(data, nlp.pipe(t for _, t, _ in data), strict=True):
        out.append((stem, *examples(doc, gold, lex, text)))
    return out


def main(argv: list[str] | None = None) -> None:
    ap = polnear_options(__doc__.splitlines()[0], DEFAULT_PATH)
    ap.add_argument("--add", type=float, default=ADD, help="probability at which a pair becomes an attribution")
    a = ap.parse_args(argv)
    lex = default_lexicon()
    items = parse_examples(read_polnear(a.data, "working", a.limit), lex)
    y = np.array([v for it in items for v in it[2]], dtype=bool)
    meta = {"seed": a.seed, "articles": len(items), "examples": int(len(y)), "positives": int(y.sum()),
            "data": "PolNeAR working half"}
    model = train(items, a.seed, a.add, meta)
    model.meta["lemmas"] = len(model.lemmas)
    model.save(a.out)
    print(f"wrote {a.out}: {len(model.index)} features; {model.meta}")


if __name__ == "__main__":
    main()
