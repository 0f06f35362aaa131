"""The learned pair scorer of event merging (store/pair_model.py) on the hand-read Wikinews pairs, as pairs alone.

bench/merge.py scores what the store does (the model applied to the merged events a row may join); this scores
the decision "the rule merges it, or the model's score reaches the threshold" on every pair, no coded field a
gate. The model is trained on the working half (learn/train_merge.py) and scored there by repeated 5-fold CV;
then, trained on the whole working half with the median CV threshold, on the checking half once, in aggregate
(never item by item). The weights are printed, trained on the whole working half.

    python bench/merge_learned.py [--fp 0.025] [--l2 0.3] [--repeats 10] [--seed 0] [--cv-only] [--no-append]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from common import run_sections  # noqa: E402
from merge import load_pairs  # noqa: E402

from communique.learn.split import split_halves  # noqa: E402
from communique.learn.train_merge import pair_data, threshold, train  # noqa: E402
from communique.store.pair_model import FEATURES  # noqa: E402


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
    model, runs = train(work, args.seed, args.repeats, args.l2, args.fp)
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
                 counts(f"checking: the rule or the model (threshold {model.threshold:.2f}, the CV median)",
                        check.rule | (model.decision(check.x) >= model.threshold), check.y)]
    weights = sorted(zip(FEATURES, model.weights[:-1], strict=True), key=lambda fw: -abs(fw[1]))
    run_sections("Event merging, a learned pair scorer (Wikinews hand-read pairs)",
                 [(f"false merges and merge recall, CV threshold at a false-merge rate of {args.fp}", lambda: rows),
                  ("weights (standardised features), trained on the whole working half",
                   lambda: [{"feature": f, "weight": float(w)} for f, w in weights])],
                 append=not args.no_append)


if __name__ == "__main__":
    main()
