"""Training data and fitting for the recipient chooser (events/roles.py).

Each dev-set relation with a labelled target (PLV, PLOVER GSR, ConfliBERT) is matched to the event the rules
find for it (its actor over the gold source, else its type); the noun phrases of that event's sentence are then one
group of examples, competing to be the one that overlaps the gold target (or none, where no phrase does). The rules
alone make the events, so the examples do not depend on the type classifier and are made once per training run.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..events.coder import Coder, EntityIndex
from ..events.roles import RoleModel, event_candidates

ROLE_SETS = frozenset({"plv", "gsr", "conflibert"})
"""The dev sets that label a relation's target by its words."""


@dataclass
class RoleExample:
    item: int  # index into the parsed items
    features: list[str]
    label: bool
    group: int  # the event whose candidate phrase this is (the phrases of one event compete)


def _overlaps(start: int, end: int, spans) -> bool:
    return any(start < e and s < end for s, e in spans)


def role_examples(parsed: Sequence, kb) -> list[RoleExample]:
    """Labelled (event, phrase) pairs over every item of the sets in ``ROLE_SETS``."""
    coder = Coder(model=None, roles=None)
    out: list[RoleExample] = []
    group = 0
    for i, p in enumerate(parsed):
        if p.item.dataset not in ROLE_SETS or not any(g.target for g in p.item.gold):
            continue
        events = coder(p.doc, p.entities, p.date, kb)
        index = EntityIndex(p.doc, p.entities, kb)
        used: set[int] = set()
        for g in p.item.gold:
            if not g.target:
                continue
            scored = []
            for n, ev in enumerate(events):
                if n in used:
                    continue
                src = bool(g.source) and any(a.span is not None and _overlaps(a.span.start, a.span.end, g.source)
                                             for a in ev.actor)
                s = 2 * src + (ev.type in g.types)
                if s >= (2 if g.source else 1):
                    scored.append((s, -n, n))
            if not scored:
                continue
            n = max(scored)[2]
            used.add(n)
            got = event_candidates(p.doc, events[n], index.any)
            if got is None:
                continue
            _, cands, feats, _ = got
            group += 1
            for c, f in zip(cands, feats, strict=True):
                sp = p.doc[c.start:c.end]
                out.append(RoleExample(i, f, _overlaps(sp.start_char, sp.end_char, g.target), group))
    return out


def fit_roles(train: Sequence[RoleExample], seed: int = 13, epochs: int = 10, lr: float = 0.2,
                       l2: float = 1e-5, min_count: int = 2) -> RoleModel:
    """The phrases of one event compete: a softmax over them and "no recipient" (score 0), trained by AdaGrad
    towards the gold phrase the model already prefers (or none where no phrase is the gold target)."""
    counts = Counter(f for ex in train for f in set(ex.features))
    vocab = sorted(f for f, n in counts.items() if n >= min_count)
    index = {f: i for i, f in enumerate(vocab)}
    w = np.zeros(len(vocab))
    gw = np.full(len(vocab), 1e-6)
    groups: dict[int, list[int]] = {}
    for n, ex in enumerate(train):
        groups.setdefault(ex.group, []).append(n)
    keys = sorted(groups)
    rows = [np.array(sorted({index[f] for f in ex.features if f in index}), dtype=np.int64) for ex in train]
    rng = np.random.default_rng(seed)
    for _ in range(epochs):
        for k in rng.permutation(len(keys)):
            members = groups[keys[k]]
            z = np.array([0.0] + [w[rows[n]].sum() for n in members])
            p = np.exp(z - z.max())
            p /= p.sum()
            gold = [j + 1 for j, n in enumerate(members) if train[n].label]
            target = max(gold, key=lambda j: p[j]) if gold else 0
            g = p.copy()
            g[target] -= 1.0
            for j, n in enumerate(members):
                r = rows[n]
                gr = g[j + 1] + l2 * w[r]
                gw[r] += gr ** 2
                w[r] -= lr * gr / np.sqrt(gw[r])
    return RoleModel(vocab, w.astype(np.float32))
