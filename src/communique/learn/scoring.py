"""Scores of coded events against the dev sets' gold, shared by bench/events.py and the coder's training script.

The same functions score cross-validation folds, the working and checking halves, and the shipped model, so
a figure in the README means one thing wherever it was measured.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np

from ..model import Event, Party
from .devsets import Item

IGO_FAMILY = frozenset({"IGO", "UNO", "EUR"})
NEUTRAL_ROOTS = frozenset({"01", "02"})


def _norm(code: str | None) -> str | None:
    return "IGO" if code in IGO_FAMILY else code


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def gsr(items: Sequence[Item], events: Sequence[list[Event]]) -> dict[str, float]:
    """PLOVER GSR: F1 of (type, actor and recipient codes) and of types alone, per sentence."""
    tp = fp = fn = ttp = tfp = tfn = 0
    for item, preds in zip(items, events, strict=True):
        used: set[int] = set()
        for g in item.gold:
            src, tgt = {_norm(c) for c in g.source_codes}, {_norm(c) for c in g.target_codes}
            hit = next((i for i, p in enumerate(preds) if i not in used and p.type in g.types
                        and (src | tgt) <= {_norm(x.code) for x in p.actor + p.recipient}), None)
            if hit is None:
                fn += 1
            else:
                used.add(hit)
                tp += 1
        fp += len(preds) - len(used)
        gtypes = Counter(next(iter(g.types)) for g in item.gold)
        ptypes = Counter(p.type for p in preds)
        ttp += sum((gtypes & ptypes).values())
        tfp += sum((ptypes - gtypes).values())
        tfn += sum((gtypes - ptypes).values())
    p, r, f = prf(tp, fp, fn)
    tp_, tr, tf = prf(ttp, tfp, tfn)
    return {"f1_actors": f, "p_actors": p, "r_actors": r, "f1_type": tf, "p_type": tp_, "r_type": tr}


def pentaclass(event: Event) -> int:
    """ConfliBERT's class of an event: 0 for CAMEO 01-02 (statements, appeals), else its PLOVER quad class."""
    return 0 if (event.cameo or "")[:2] in NEUTRAL_ROOTS else int(event.quad or 0)


def conflibert(items: Sequence[Item], events: Sequence[list[Event]]) -> dict[str, float]:
    """Accuracy of the class of the first event that is not negated (no event: class 0)."""
    right = 0
    for item, preds in zip(items, events, strict=True):
        asserted = [e for e in preds if e.modality != "negated"]
        right += (pentaclass(asserted[0]) if asserted else 0) == (item.pentaclass or 0)
    return {"accuracy": right / max(len(items), 1)}


def _overlaps(party: Party, spans: tuple[tuple[int, int], ...]) -> bool:
    if party.span is None:
        return False
    return any(party.span.start < e and s < party.span.end for s, e in spans)


def plv(items: Sequence[Item], events: Sequence[list[Event]]) -> dict[str, float]:
    """PLV relations: the gold type found among the sentence's events; the (source, target) pair linked as one
    event's actor and recipient (their spans overlap the gold spans); linked with the right type."""
    n = found = linked = typed = 0
    for item, preds in zip(items, events, strict=True):
        for g in item.gold:
            n += 1
            found += any(p.type in g.types for p in preds)
            pairs = [p for p in preds if any(_overlaps(a, g.source) for a in p.actor)
                     and any(_overlaps(r, g.target) for r in p.recipient)]
            linked += bool(pairs)
            typed += any(p.type in g.types for p in pairs)
    return {"type_found": found / max(n, 1), "pair_linked": linked / max(n, 1), "linked_typed": typed / max(n, 1),
            "relations": n}


def petrarch(items: Sequence[Item], events: Sequence[list[Event]]) -> dict[str, float]:
    """PETRARCH2 unit tests: the share of expected events whose PLOVER type is among the sentence's events,
    and the share of sentences expected to have no event that get none."""
    n = found = empty = none = 0
    for item, preds in zip(items, events, strict=True):
        if not item.gold:
            empty += 1
            none += not preds
        for g in item.gold:
            n += 1
            found += any(p.type in g.types for p in preds)
    return {"type_found": found / max(n, 1), "no_event_right": none / max(empty, 1), "events": n}


def reuters(items: Sequence[Item], events: Sequence[list[Event]]) -> dict[str, float]:
    """Business news with no political events: events per story (lower is better)."""
    return {"events_per_story": sum(len(e) for e in events) / max(len(items), 1)}


def wikinews(items: Sequence[Item], events: Sequence[list[Event]]) -> dict[str, float]:
    """Hand-labelled ordinary news: precision, recall and F1 of event types per sentence (any modality), each gold
    event matched once; an optional gold event is neither missed when not found nor false when found."""
    tp = fp = fn = 0
    for item, preds in zip(items, events, strict=True):
        left = list(item.gold)
        for p in preds:
            g = next((g for g in left if p.type in g.types), None)
            if g is None:
                fp += 1
            else:
                left.remove(g)
                tp += not g.optional
        fn += sum(1 for g in left if not g.optional)
    p, r, f = prf(tp, fp, fn)
    return {"precision": p, "recall": r, "f1": f, "events": tp + fn}


SCORERS = {"gsr": gsr, "conflibert": conflibert, "plv": plv, "petrarch": petrarch, "reuters": reuters,
           "wikinews": wikinews}


def score(items: Sequence[Item], events: Sequence[list[Event]]) -> dict[str, dict[str, float]]:
    """Every dataset's scores, computed on the items of that dataset."""
    out = {}
    for name, fn in SCORERS.items():
        idx = [i for i, it in enumerate(items) if it.dataset == name]
        if idx:
            out[name] = fn([items[i] for i in idx], [events[i] for i in idx])
    return out


def recall_by_type(items: Sequence[Item], events: Sequence[list[Event]],
                   datasets: Sequence[str] = ("gsr", "plv")) -> dict[str, dict[str, str]]:
    """Per set, the share of gold events of each type whose type is among their sentence's events ("found/n"):
    where a set's figure comes from, type by type (the unseen sets were first read this way: SUPPORT and PROTEST
    fell most). A gold event allowed several types (PLV's YIELD) counts under their names joined by "|"."""
    out: dict[str, dict[str, str]] = {}
    for ds in datasets:
        tally: dict[str, list[int]] = {}
        for item, preds in zip(items, events, strict=True):
            if item.dataset != ds:
                continue
            types = {p.type for p in preds}
            for g in item.gold:
                t = tally.setdefault("|".join(sorted(g.types)), [0, 0])
                t[0] += bool(types & g.types)
                t[1] += 1
        if tally:
            out[ds] = {k: f"{f}/{n} ({f / n:.2f})" for k, (f, n) in sorted(tally.items(), key=lambda kv: -kv[1][1])}
    return out


def interval(items: Sequence[Item], events: Sequence[list[Event]], dataset: str, key: str, n: int = 1000,
             seed: int = 13, level: float = 0.95) -> tuple[float, float]:
    """A bootstrap interval of one figure on one set: its items drawn again with replacement ``n`` times (seeded),
    the figure recomputed on each draw. A half holds a few hundred items, and a change smaller than this interval's
    half-width says nothing of unseen news (the overfitting meter needs it to be read)."""
    idx = [i for i, it in enumerate(items) if it.dataset == dataset]
    if not idx:
        raise ValueError(f"no items of the set {dataset!r} to draw from")
    fn = SCORERS[dataset]
    rng = np.random.default_rng(seed)
    values = []
    for _ in range(n):
        pick = rng.choice(idx, size=len(idx))
        values.append(fn([items[i] for i in pick], [events[i] for i in pick])[key])
    lo, hi = np.quantile(values, [(1 - level) / 2, 1 - (1 - level) / 2])
    return float(lo), float(hi)
