"""The overfitting meter of the event coder, and the working half's errors by kind.

    python bench/meter.py [--shared ../shared] [--cache /tmp/parse.pkl] [--seeds 13,7,29] [--reuters 1000]
                          [--checking] [--errors plv|gsr|conflibert|wikinews] [--examples 15] [--append]

With the shipped model's settings (its no-event thresholds, retype and role settings, read from the weights'
meta), the coder is scored two ways on the event dev sets (../shared/data and bench/data's labelled working halves):
- working-half cross-validation: each working item coded by a model trained on the other folds, repeated over
  fold seeds (each seed salts the hash that deals items into folds), the mean printed;
- ``--checking``: trained on the whole working half (one model per training seed), scored on the checking half as
  totals. Nothing may be chosen by this figure: it is the meter. A change that lifts the working figure and not
  this one was fitted to the items read.
``--errors SET`` lists the working-half CV errors of one set by kind (no event at all, type missing, actor or
recipient not linked), with examples: what to read when looking for what the coder misses. Checking items are
never listed.

The objective printed is train_coder's (the mean of its target figures, less the business-news penalty). The
parse is slow (about 4 minutes); ``--cache`` keeps it between runs (a new file whenever the annotator changes).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from common import append_results, table  # noqa: E402

from communique.annotate import Annotator  # noqa: E402
from communique.events.classifier import DEFAULT_PATH, load_model  # noqa: E402
from communique.events.coder import Coder  # noqa: E402
from communique.events.roles import DEFAULT_ROLE_PATH, load_role_model  # noqa: E402
from communique.learn import scoring  # noqa: E402
from communique.learn.devsets import LABELLED, read_all  # noqa: E402
from communique.learn.split import folds, half  # noqa: E402
from communique.learn.train_coder import examples, fit, objective, parse_cached  # noqa: E402
from communique.learn.train_roles import fit_roles, role_examples  # noqa: E402

K = 5


def settings() -> tuple[dict, dict | None]:
    """The shipped models' settings: the type model's (threshold, retype) and the role model's (None: none)."""
    meta = load_model(DEFAULT_PATH).meta
    roles = load_role_model(DEFAULT_ROLE_PATH).meta if DEFAULT_ROLE_PATH.exists() else None
    return {"threshold": meta["threshold"], "retype": meta.get("retype")}, (
        {k: roles[k] for k in ("threshold", "margin", "thing_margin") if k in roles} if roles else None)


def trained(exs, rex, items: set[int], seed: int, config: tuple[dict, dict | None]) -> Coder:
    model = fit([ex for ex in exs if ex.item in items], seed=seed)
    model.meta.update(config[0])
    if config[1] is None:
        return Coder(model=model, roles=None)
    roles = fit_roles([ex for ex in rex if ex.item in items], seed=seed)
    roles.meta = dict(config[1])
    return Coder(model=model, roles=roles)


def cross_validated(parsed, exs, rex, working: list[int], seed: int, config, kb) -> list:
    """Each working item coded by a model trained on the other folds; the folds dealt by a hash salted by seed."""
    predicted: list = [None] * len(parsed)
    for train, test in folds(working, key=lambda i: parsed[i].item.id, k=K, salt=f"fold{seed}:"):
        coder = trained(exs, rex, set(train), 13, config)
        for i in test:
            p = parsed[i]
            predicted[i] = coder(p.doc, p.entities, p.date, kb)
    return predicted


FIGURES = (("objective", None), ("PLV type found", ("plv", "type_found")), ("PLV pair linked", ("plv", "pair_linked")),
           ("PLV linked typed", ("plv", "linked_typed")), ("GSR type+actors", ("gsr", "f1_actors")),
           ("GSR type", ("gsr", "f1_type")), ("ConfliBERT", ("conflibert", "accuracy")),
           ("Reuters events/story", ("reuters", "events_per_story")), ("ordinary news P", ("wikinews", "precision")),
           ("ordinary news R", ("wikinews", "recall")), ("ordinary news F1", ("wikinews", "f1")))


def row(name: str, runs: list[dict]) -> dict:
    """The mean of each figure over runs (seeds)."""
    out: dict[str, object] = {"evaluation": name, "runs": len(runs)}
    for label, key in FIGURES:
        vals = [objective(r) if key is None else r.get(key[0], {}).get(key[1]) for r in runs]
        vals = [v for v in vals if v is not None]
        if vals:
            out[label] = float(np.mean(vals))
    return out


def _names(parties) -> str:
    return "+".join(p.span.text if p.span else p.name for p in parties) or "-"


def error_kind(gold, preds) -> str:
    """What went wrong with one gold relation: no event at all; the pair (where the set names its parties) linked
    with the right type, with another type, or not linked: the type missing, the actor or the recipient wrong."""
    def actor_ok(p) -> bool:
        return not gold.source or any(scoring._overlaps(a, gold.source) for a in p.actor)

    def recipient_ok(p) -> bool:
        return not gold.target or any(scoring._overlaps(r, gold.target) for r in p.recipient)

    if not preds:
        return "no event at all"
    if not (gold.source or gold.target):
        return "right" if any(p.type in gold.types for p in preds) else "type missing"
    pair = [p for p in preds if actor_ok(p) and recipient_ok(p)]
    if any(p.type in gold.types for p in pair):
        return "right"
    if pair:
        return "pair linked, type wrong"
    typed = [p for p in preds if p.type in gold.types]
    if not typed:
        return "type missing"
    return "recipient wrong" if any(actor_ok(p) for p in typed) else "actor wrong"


def _event(p) -> str:
    return f"{p.type} {_names(p.actor)} -> {_names(p.recipient)} [{p.trigger.text if p.trigger else ''}]"


def errors(parsed, predicted, working: list[int], dataset: str, n_examples: int, kb) -> str:
    """The working half's CV errors on one set by kind, with examples; on sets that label every event (ordinary
    news, business news) also the events no gold event of their type allows ("false event"). Where the event is
    missing, the rules' own candidates are shown too: a candidate there that the output lacks was dropped by the
    classifier; none means the rules never proposed it."""
    kinds: Counter[str] = Counter()
    shown: dict[str, list[str]] = {}
    rules = Coder(model=None, roles=None)

    def show(kind: str, item, want: str, preds, i: int) -> None:
        kinds[kind] += 1
        if kind != "right" and len(shown.setdefault(kind, [])) < n_examples:
            got = "; ".join(_event(p) for p in preds) or "nothing"
            line = f"- `{item.id}` want {want}; got {got}"
            if kind in ("no event at all", "type missing"):
                p = parsed[i]
                line += "; rules alone: " + ("; ".join(_event(e) for e in rules(p.doc, p.entities, p.date, kb))
                                             or "nothing")
            shown[kind].append(f"{line}\n  > {item.text[:300]}")

    for i in working:
        item, preds = parsed[i].item, predicted[i]
        if item.dataset != dataset:
            continue
        text = item.text
        for g in item.gold:
            if not g.optional:
                want = "|".join(sorted(g.types)) + (
                    f" {'+'.join(text[s:e] for s, e in g.source) or '-'} -> "
                    f"{'+'.join(text[s:e] for s, e in g.target) or '-'}" if g.source or g.target else "")
                show(error_kind(g, preds), item, want, preds, i)
        if dataset in ("wikinews", "reuters"):
            for p in preds:
                if not any(p.type in g.types for g in item.gold):
                    show("false event", item, "; ".join("|".join(sorted(g.types)) for g in item.gold) or "nothing",
                         [p], i)
    out = [f"### Working-half CV errors on {dataset} (first fold seed)", "",
           table([{"kind": k, "count": v} for k, v in kinds.most_common()]), ""]
    for kind, lines in shown.items():
        out += [f"#### {kind}", "", *lines, ""]
    return "\n".join(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--cache", type=Path, default=None, help="keep the parse here between runs")
    ap.add_argument("--seeds", default="13,7,29", help="fold seeds (working CV) and training seeds (checking)")
    ap.add_argument("--reuters", type=int, default=1000, help="Reuters business stories, as sentences of no event")
    ap.add_argument("--checking", action="store_true", help="also train on the working half, score the checking half")
    ap.add_argument("--errors", default="", help="list the working-half CV errors of this set by kind")
    ap.add_argument("--examples", type=int, default=15, help="examples listed per kind of error")
    ap.add_argument("--append", action="store_true", help="append the table to bench/RESULTS.md")
    a = ap.parse_args()
    if not (a.shared / "data" / "events").is_dir():
        raise SystemExit(f"no event dev sets under {a.shared / 'data'}; pass --shared PATH (the folder holding data/)")
    seeds = [int(s) for s in a.seeds.split(",")]
    items = read_all(a.shared / "data", reuters=a.reuters, labelled=LABELLED)
    kb = Annotator().kb
    parsed = parse_cached(items, None, a.cache)
    exs, rex = examples(parsed, kb), role_examples(parsed, kb)
    config = settings()
    working = [i for i, p in enumerate(parsed) if half(p.item.id) == "working"]
    checking = [i for i, p in enumerate(parsed) if half(p.item.id) == "checking" and p.item.dataset != "wikinews"]
    rows, first = [], None
    runs = []
    for seed in seeds:
        predicted = cross_validated(parsed, exs, rex, working, seed, config, kb)
        first = first or predicted
        runs.append(scoring.score([parsed[i].item for i in working], [predicted[i] for i in working]))
    rows.append(row(f"working half, {K}-fold CV (fold seeds {a.seeds})", runs))
    if a.checking:
        runs = []
        for seed in seeds:
            coder = trained(exs, rex, set(working), seed, config)
            runs.append(scoring.score([parsed[i].item for i in checking],
                                      [coder(parsed[i].doc, parsed[i].entities, parsed[i].date, kb) for i in checking]))
        rows.append(row(f"trained on working, scored on checking (training seeds {a.seeds})", runs))
    body = table(rows) + ("\n\nThe labelled ordinary news's checking half is scored by bench/events.py "
                          "(--only wikinews-gold-all), not here." if a.checking else "")
    print(body, flush=True)
    if a.errors:
        print(errors(parsed, first, working, a.errors, a.examples, kb))
    if a.append:
        append_results("Overfitting meter (bench/meter.py)", body)


if __name__ == "__main__":
    main()
