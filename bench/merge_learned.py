"""A learned pair scorer for event merging, tried on the hand-read Wikinews pairs and not shipped: why.

The rule (store/same_event.py) is one feature of a logistic regression among the pair's coded fields taken as
evidence, not gates (types, CAMEO codes, modalities, each party's code and name, dates, places), its words (shared
content words, Dice, one act by PETRARCH2's verb dictionary: one stem, one verb block or one specific CAMEO code),
the once-only and retelling checks, and the stories (one story or two, how far apart the two sentences are, the
act or the actor in the title, the titles' words). Class-balanced L2 logistic regression (NumPy, Newton's
method), trained on the working half's pairs only and scored there by repeated 5-fold CV; a pair merges when the
rule does or the model's score reaches a threshold: per repeat, the lowest at which CV false merges stay at most
``--fp``; the median over repeats is used on the checking half, scored once, in aggregate (never item by item).

Not shipped (bench/RESULTS.md, 2026-12-04): the different pairs were picked for sharing words, parties or a
story, so the model learns the picking, not sameness (one modality and the same actor code count against a
pair); in the store, where a row meets every merged event of compatible codes in reach, it joined 161 more pairs
of the 295 stories' 1,510 rows (1,457 -> 1,340 merged events), nearly all different happenings.

    python bench/merge_learned.py [--fp 0.025] [--l2 0.3] [--repeats 10] [--seed 0] [--cv-only] [--no-append]
"""

from __future__ import annotations

import argparse
import functools
import math
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from common import run_sections  # noqa: E402
from merge import _mention, load_pairs  # noqa: E402

from communique.events.verb_dictionary import dictionary  # noqa: E402
from communique.learn.split import folds, split_halves  # noqa: E402
from communique.store import same_event as se  # noqa: E402

FEATURES = (
    "one story", "same type", "same CAMEO code", "same modality", "modalities compatible",
    "actor code same", "actor codes compatible", "actor same", "actor different", "actor unstated in one",
    "recipient code same", "recipient codes compatible", "recipient same", "recipient different",
    "recipient unstated in one", "parties swapped", "places compatible", "dates overlap", "dates recalled",
    "log days apart", "both undated", "shared words", "Dice", "Dice with the act", "one trigger stem", "one act",
    "once-only", "retold", "rule", "act in title", "actor in title", "titles' Dice", "evidence and title",
    "log characters apart",
)


@functools.lru_cache(maxsize=8192)
def _stems(text: str) -> frozenset[str]:
    function, _, stop, _ = se._vocab()
    return frozenset({se._stem(w) for w in se._words(text) if len(w) > 2 and w not in function and w not in stop})


def _dice(a: frozenset[str], b: frozenset[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


@functools.cache
def _acts(trigger: str) -> tuple[frozenset[str], frozenset[str]]:
    """The verb dictionary's blocks (its groups of verbs of one act: "speak", "discuss") and specific CAMEO codes
    ("arrest", "detain": 173; roots 01/02 of saying and appeals left out) of a trigger's first word."""
    words = se._words(trigger)
    if not words:
        return frozenset(), frozenset()
    stem = se._stem(words[0])
    by_key = dictionary().by_key
    verbs = next((vs for k in (words[0], stem, stem + "e", stem + "y") if (vs := by_key.get(k))), [])
    codes = {c for v in verbs if (c := v.fields["cameo"]) and len(c) == 3 and c[:2] not in ("01", "02")}
    return frozenset(v.block for v in verbs), frozenset(codes)


def features(pair: dict[str, Any]) -> np.ndarray:
    """The pair's features, in FEATURES order: its two rows as the store sees them, with their stories' titles,
    CAMEO codes and where their evidence starts."""
    a, b = _mention(pair["a"]), _mention(pair["b"])
    cameo = [side["event"].get("cameo") or "" for side in (pair["a"], pair["b"])]
    one = a.article_id == b.article_id
    f: dict[str, float] = {"one story": float(one), "same type": float(a.type == b.type),
                           "same CAMEO code": float(cameo[0] == cameo[1] != ""),
                           "same modality": float(a.modality == b.modality),
                           "modalities compatible": float(se.modality_compatible(a.modality, b.modality))}
    who = se.who_of(a, b)  # the rule's reading of both parties: a thing done to is compatible with a party
    for (role, x, y), party in zip((("actor", a.actor, b.actor), ("recipient", a.recipient, b.recipient)), who,
                                   strict=True):
        f[f"{role} code same"] = float(bool(x.code) and x.code == y.code)
        f[f"{role} codes compatible"] = float(se.codes_compatible(x, y, one))
        f[f"{role} same"] = float(party == "same" and bool(x.name or y.name))
        f[f"{role} different"] = float(party == "different")
        f[f"{role} unstated in one"] = float(not (x.name and y.name))
    f["parties swapped"] = float(any(x.name and y.name and se.same_party(x, y, one) == "same"
                                     for x, y in ((a.actor, b.recipient), (b.actor, a.recipient))))
    f["places compatible"] = float(se.places_compatible(a, b))
    relation = se.when_relation(a, b)
    f["dates overlap"], f["dates recalled"] = float(relation == "overlap"), float(relation == "recalled")
    f["log days apart"] = math.log1p(abs((a.start - b.start).days) if a.start and b.start else 400) / 6
    f["both undated"] = float(a.granularity == b.granularity == "article")
    shared, sim = se.evidence_similarity(a, b)
    f["shared words"], f["Dice"] = min(shared, 6) / 6, sim
    sa, sb = _stems(a.evidence), _stems(b.evidence)
    f["Dice with the act"] = _dice(sa, sb)
    ta, tb = {se._stem(w) for w in se._words(a.trigger)}, {se._stem(w) for w in se._words(b.trigger)}
    (block_a, code_a), (block_b, code_b) = _acts(a.trigger), _acts(b.trigger)
    f["one trigger stem"] = float(bool(ta & tb))
    f["one act"] = float(bool(ta & tb or block_a & block_b or code_a & code_b))
    f["once-only"], f["retold"] = float(se.once_only(a, b, who)), float(se.retold(a, b, who))
    f["rule"] = float(se.same_happening(a, b) is not None)
    title_a, title_b = _stems(pair["a"]["title"]), _stems(pair["b"]["title"])
    f["act in title"] = float(bool(ta & title_a)) + float(bool(tb & title_b))
    name_a = {se._stem(w) for w in se.specific_words(a.actor.name, a.actor.code)}
    name_b = {se._stem(w) for w in se.specific_words(b.actor.name, b.actor.code)}
    f["actor in title"] = float(bool(name_a & title_a)) + float(bool(name_b & title_b))
    f["titles' Dice"] = 0.0 if one else _dice(title_a, title_b)
    f["evidence and title"] = _dice(sa, title_a) + _dice(sb, title_b)
    gap = abs(pair["a"]["event"]["evidence"]["start"] - pair["b"]["event"]["evidence"]["start"])
    f["log characters apart"] = math.log1p(gap) / 12 if one else 1.0
    return np.array([f[n] for n in FEATURES])

@dataclass(frozen=True)
class Model:
    """Weights (the intercept last) on features standardised by ``mean`` and ``scale``."""

    weights: np.ndarray
    mean: np.ndarray
    scale: np.ndarray

    def decision(self, x: np.ndarray) -> np.ndarray:
        return (np.atleast_2d(x) - self.mean) / self.scale @ self.weights[:-1] + self.weights[-1]


@dataclass
class PairData:
    x: np.ndarray  # one row of FEATURES a pair
    y: np.ndarray  # 1.0 for 'same'
    rule: np.ndarray  # the rule (same_event.py) merges it
    ids: list[str]


def pair_data(pairs: list[dict[str, Any]]) -> PairData:
    x = np.array([features(p) for p in pairs]).reshape(-1, len(FEATURES))
    return PairData(x, np.array([p["label"] == "same" for p in pairs], dtype=float),
                    x[:, FEATURES.index("rule")] == 1, [p["id"] for p in pairs])


def fit(x: np.ndarray, y: np.ndarray, l2: float = 0.3, steps: int = 25) -> Model:
    """Class-balanced L2 logistic regression by Newton's method (threshold 0 until one is chosen)."""
    if not y.any() or y.all():
        raise ValueError("training needs pairs of both labels ('same' and 'different')")
    mean, scale = x.mean(0), x.std(0) + 1e-6
    z = np.hstack([(x - mean) / scale, np.ones((len(x), 1))])
    sw = np.where(y == 1, (len(y) - y.sum()) / y.sum(), 1.0)
    sw = sw / sw.mean()
    reg = np.full(z.shape[1], l2)
    reg[-1] = 0.0  # the intercept is not shrunk
    w = np.zeros(z.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(z @ w)))
        grad = z.T @ (sw * (p - y)) + reg * w
        hess = (z * (sw * p * (1 - p))[:, None]).T @ z + np.diag(reg) + 1e-9 * np.eye(len(w))
        w = w - np.linalg.solve(hess, grad)
    return Model(w, mean, scale)


def threshold(scores: np.ndarray, y: np.ndarray, rule: np.ndarray, fp: float) -> float:
    """The lowest score at which "the rule, or the model at this score" keeps false merges at most ``fp`` of the
    different pairs (inf when the rule alone exceeds it)."""
    budget = int(fp * (y == 0).sum()) - int((rule & (y == 0)).sum())
    neg = np.sort(scores[(y == 0) & ~rule])[::-1]
    if budget < 0:
        return float("inf")
    return float(neg[budget]) + 1e-9 if budget < len(neg) else -float("inf")


def cv_scores(data: PairData, seed: int, l2: float) -> np.ndarray:
    """Each pair's score by a model trained on the other 4 of 5 folds (folds salted by ``seed``)."""
    index = {pid: i for i, pid in enumerate(data.ids)}
    scores = np.zeros(len(data.y))
    for train, test in folds(data.ids, key=lambda pid: f"{seed}:{pid}", k=5):
        tr, te = [index[i] for i in train], [index[i] for i in test]
        scores[te] = fit(data.x[tr], data.y[tr], l2).decision(data.x[te])
    return scores


def counts(label: str, merged: np.ndarray, y: np.ndarray) -> dict[str, object]:
    false, hits = int((merged & (y == 0)).sum()), int((merged & (y == 1)).sum())
    return {"scored": label, "different": int((y == 0).sum()), "false merges": false,
            "false-merge rate": false / max((y == 0).sum(), 1), "same": int(y.sum()), "merged": hits,
            "merge recall": hits / max(y.sum(), 1)}


def mean_row(label: str, runs: list[dict[str, object]]) -> dict[str, object]:
    return {k: label if k == "scored" else float(np.mean([float(r[k]) for r in runs])) for k in runs[0]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--fp", type=float, default=0.025, help="false-merge rate the CV threshold allows")
    ap.add_argument("--repeats", type=int, default=10, help="repeats of 5-fold CV on the working half")
    ap.add_argument("--l2", type=float, default=0.3, help="L2 penalty on the standardised weights")
    ap.add_argument("--seed", type=int, default=0, help="first repeat's fold salt")
    ap.add_argument("--cv-only", action="store_true", help="the working half's CV only; the checking half unscored")
    ap.add_argument("--no-append", action="store_true", help="print only; do not append to bench/RESULTS.md")
    args = ap.parse_args()
    halves = split_halves(load_pairs(), key=lambda p: p["id"])
    work = pair_data(halves["working"])
    runs = [cv_scores(work, r, args.l2) for r in range(args.seed, args.seed + args.repeats)]
    t = float(np.median([threshold(s, work.y, work.rule, args.fp) for s in runs]))
    model = fit(work.x, work.y, args.l2)
    y, n = work.y, args.repeats
    alone, either = [], []
    for s in runs:
        either.append(counts("", work.rule | (s >= threshold(s, y, work.rule, args.fp)), y))
        cut = np.sort(s[y == 0])[::-1][int(args.fp * (y == 0).sum())] + 1e-9
        alone.append(counts("", s >= cut, y))
    rows = [counts("working, CV: the rule alone", work.rule, y),
            mean_row(f"working, CV: the model alone (mean of {n} repeats)", alone),
            mean_row(f"working, CV: the rule or the model (mean of {n} repeats)", either)]
    if not args.cv_only:
        check = pair_data(halves["checking"])
        rows += [counts("checking: the rule alone", check.rule, check.y),
                 counts(f"checking: the rule or the model (threshold {t:.2f}, the CV median)",
                        check.rule | (model.decision(check.x) >= t), check.y)]
    weights = sorted(zip(FEATURES, model.weights[:-1], strict=True), key=lambda fw: -abs(fw[1]))
    run_sections("Event merging, a learned pair scorer (Wikinews hand-read pairs)",
                 [(f"false merges and merge recall, CV threshold at a false-merge rate of {args.fp}", lambda: rows),
                  ("weights (standardised features), trained on the whole working half",
                   lambda: [{"feature": f, "weight": float(w)} for f, w in weights])],
                 append=not args.no_append)


if __name__ == "__main__":
    main()
