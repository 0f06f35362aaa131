"""A learned scorer of whether two event rows are one happening, beside the rule of same_event.py.

The rule asks for shared words; one happening told twice is often told in other words ("arrested" /
"detained", a quote split in two) and two outlets code it differently. So the rule's answer is one feature of a
logistic regression among the pair's coded fields taken as evidence, not gates (types, CAMEO codes, modalities,
each party's code and name, dates, places), its evidence (shared content words, Dice, one act by PETRARCH2's verb
dictionary: one stem, one verb block or one specific CAMEO code), the once-only and retelling checks, and the
stories (one story or two, how far apart the two sentences are, the act or the actor in the title, the titles'
words). Weights, feature scales and the decision threshold are in data/merge_model.npz, trained on the working
half of the hand-read Wikinews pairs by ``python -m communique.learn.train_merge`` (the threshold chosen on
cross-validated scores for a false-merge rate at most 2.5%).
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np

from ..events.verb_dictionary import dictionary
from . import same_event as se

MODEL = "merge_model.npz"

FEATURES = (
    "one story", "same type", "same CAMEO code", "same modality", "modalities compatible",
    "actor code same", "actor codes compatible", "actor same", "actor different", "actor unstated in one",
    "recipient code same", "recipient codes compatible", "recipient same", "recipient different",
    "recipient unstated in one", "parties swapped", "places compatible", "dates overlap", "dates recalled",
    "log days apart", "both undated", "shared words", "Dice", "Dice with the act", "one trigger stem", "one act",
    "once-only", "retold", "rule", "act in title", "actor in title", "titles' Dice", "evidence and title",
    "log characters apart",
)


class PairModelError(ValueError):
    """data/merge_model.npz is missing or does not fit this code's features."""


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


def features(a: se.Mention, b: se.Mention) -> np.ndarray:
    """The pair's features, in FEATURES order."""
    one = a.article_id == b.article_id
    f: dict[str, float] = {"one story": float(one), "same type": float(a.type == b.type),
                           "same CAMEO code": float(a.cameo == b.cameo != ""),
                           "same modality": float(a.modality == b.modality),
                           "modalities compatible": float(se.modality_compatible(a.modality, b.modality))}
    for role, x, y in (("actor", a.actor, b.actor), ("recipient", a.recipient, b.recipient)):
        party = se.same_party(x, y, one)
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
    who = [se.same_party(a.actor, b.actor, one), se.same_party(a.recipient, b.recipient, one)]
    f["once-only"], f["retold"] = float(se.once_only(a, b, who)), float(se.retold(a, b, who))
    f["rule"] = float(se.same_happening(a, b) is not None)
    title_a, title_b = _stems(a.title), _stems(b.title)
    f["act in title"] = float(bool(ta & title_a)) + float(bool(tb & title_b))
    name_a = {se._stem(w) for w in se.specific_words(a.actor.name, a.actor.code)}
    name_b = {se._stem(w) for w in se.specific_words(b.actor.name, b.actor.code)}
    f["actor in title"] = float(bool(name_a & title_a)) + float(bool(name_b & title_b))
    f["titles' Dice"] = 0.0 if one else _dice(title_a, title_b)
    f["evidence and title"] = _dice(sa, title_a) + _dice(sb, title_b)
    gap = abs((a.offset or 0) - (b.offset or 0))
    f["log characters apart"] = math.log1p(gap) / 12 if one else 1.0
    return np.array([f[n] for n in FEATURES])


@dataclass(frozen=True)
class PairModel:
    """A logistic regression on standardised features; pairs scoring ``threshold`` or more are one happening."""

    weights: np.ndarray  # one per feature, then the intercept
    mean: np.ndarray
    scale: np.ndarray
    threshold: float

    def decision(self, x: np.ndarray) -> np.ndarray:
        """Scores (log-odds) of the rows of a feature matrix."""
        z = (np.atleast_2d(x) - self.mean) / self.scale
        return z @ self.weights[:-1] + self.weights[-1]

    def score(self, a: se.Mention, b: se.Mention) -> float:
        return float(self.decision(features(a, b))[0])

    def save(self, path: Path) -> None:
        np.savez(path, features=np.array(FEATURES), weights=self.weights, mean=self.mean, scale=self.scale,
                 threshold=np.array(self.threshold))


def load_model(path: str | Path | None = None) -> PairModel:
    """The model at ``path`` (default: the shipped data/merge_model.npz), checked against FEATURES."""
    where = str(path) if path else f"communique/data/{MODEL}"
    try:
        src = open(path, "rb") if path else resources.files("communique.data").joinpath(MODEL).open("rb")  # noqa: SIM115
        with src, np.load(src, allow_pickle=False) as z:
            names, weights = tuple(str(n) for n in z["features"]), z["weights"].astype(float)
            mean, scale, threshold = z["mean"].astype(float), z["scale"].astype(float), float(z["threshold"])
    except (OSError, KeyError, ValueError) as exc:
        raise PairModelError(f"{where}: cannot read the merge model ({exc}); retrain it with "
                             "python -m communique.learn.train_merge") from exc
    n = len(FEATURES)
    if names != FEATURES or weights.shape != (n + 1,) or mean.shape != (n,) or scale.shape != (n,):
        raise PairModelError(f"{where}: its features are not this code's {len(FEATURES)}; retrain it with "
                             "python -m communique.learn.train_merge")
    return PairModel(weights, mean, scale, threshold)


@functools.cache
def shipped() -> PairModel:
    return load_model()


def same_by_model(a: se.Mention, b: se.Mention) -> bool:
    """Whether the shipped model takes the two rows for one happening."""
    model = shipped()
    return model.score(a, b) >= model.threshold
