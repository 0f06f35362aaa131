"""Train the learned pair scorer of event merging (store/pair_model.py) on hand-read pairs of event rows.

Only the working half of the pairs (``split.half(pair id)``) is trained on: a class-balanced L2 logistic
regression (NumPy, Newton's method) on standardised features. Its threshold comes from repeated 5-fold CV on the
working half: for each repeat, the lowest score at which "the rule merges it, or the model scores it that high"
keeps the false-merge rate at most ``--fp``; the median over the repeats is shipped. The checking half is never
read here (bench/merge.py scores it).

    python -m communique.learn.train_merge [--data bench/data/wikinews_merge_pairs.jsonl] [--seed 0]
        [--repeats 10] [--l2 0.3] [--fp 0.025] [--out src/communique/data/merge_model.npz]
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from ..store import rows as rows_of
from ..store.pair_model import FEATURES, MODEL, PairModel, features
from ..store.same_event import Mention, mention
from .split import folds, half

PAIRS = Path("bench/data/wikinews_merge_pairs.jsonl")
OUT = Path(__file__).resolve().parents[1] / "data" / MODEL


def load_pairs(path: Path) -> list[dict[str, Any]]:
    """The pairs of a JSONL file like bench/data/wikinews_merge_pairs.jsonl (see bench/data/README.md)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise SystemExit(f"cannot read the merge pairs at {path} ({exc}); pass --data with their JSONL file") from exc
    return [json.loads(line) for line in lines if line.strip()]


def side_mention(side: dict[str, Any]) -> Mention:
    """One side of a pair as the store sees its row: its evidence, story date and title, its event's data."""
    rec = {"article": {"text": side["event"]["evidence"]["text"], "date": side["date"]}, "events": [side["event"]]}
    row = next(r for r in rows_of.event_rows(side["story"], rec)
               if r["actor_name"] == side["actor_name"] and r["recipient_name"] == side["recipient_name"])
    return replace(mention(row), title=side.get("title") or "")


@dataclass
class PairData:
    x: np.ndarray  # one row of FEATURES a pair
    y: np.ndarray  # 1.0 for 'same'
    rule: np.ndarray  # the rule (same_event.py) merges it
    ids: list[str]


def pair_data(pairs: list[dict[str, Any]]) -> PairData:
    x = np.array([features(side_mention(p["a"]), side_mention(p["b"])) for p in pairs]).reshape(-1, len(FEATURES))
    return PairData(x, np.array([p["label"] == "same" for p in pairs], dtype=float),
                    x[:, FEATURES.index("rule")] == 1, [p["id"] for p in pairs])


def fit(x: np.ndarray, y: np.ndarray, l2: float = 0.3, steps: int = 25) -> PairModel:
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
    return PairModel(w, mean, scale, 0.0)


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


def train(data: PairData, seed: int = 0, repeats: int = 10, l2: float = 0.3, fp: float = 0.025
          ) -> tuple[PairModel, list[np.ndarray]]:
    """The model fitted on all of ``data`` with the median CV threshold, and each repeat's CV scores."""
    runs = [cv_scores(data, r, l2) for r in range(seed, seed + repeats)]
    t = float(np.median([threshold(s, data.y, data.rule, fp) for s in runs]))
    return replace(fit(data.x, data.y, l2), threshold=t), runs


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=PAIRS, help="hand-read pairs (JSONL); only the working half is used")
    ap.add_argument("--seed", type=int, default=0, help="the first CV repeat's fold salt")
    ap.add_argument("--repeats", type=int, default=10, help="repeats of 5-fold CV for the threshold")
    ap.add_argument("--l2", type=float, default=0.3, help="L2 penalty on the standardised weights")
    ap.add_argument("--fp", type=float, default=0.025, help="false-merge rate the CV threshold allows")
    ap.add_argument("--out", type=Path, default=OUT, help="where to write the model (.npz)")
    args = ap.parse_args(argv)
    data = pair_data([p for p in load_pairs(args.data) if half(p["id"]) == "working"])
    model, runs = train(data, args.seed, args.repeats, args.l2, args.fp)
    neg, pos = int((data.y == 0).sum()), int(data.y.sum())
    for s in runs:
        merged = data.rule | (s >= model.threshold)
        print(f"CV: false merges {int((merged & (data.y == 0)).sum())}/{neg}, "
              f"merged {int((merged & (data.y == 1)).sum())}/{pos}")
    model.save(args.out)
    print(f"threshold {model.threshold:.3f}; wrote {args.out}")


if __name__ == "__main__":
    main()
