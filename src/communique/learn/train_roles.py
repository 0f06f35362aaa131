"""Training data and fitting for the recipient chooser (events/roles.py).

Each dev-set relation with a labelled target (PLV, PLOVER GSR, ConfliBERT) is matched to the event the rules
find for it (its actor over the gold source, else its type); every noun phrase of that event's sentence is then an
example, positive when it overlaps the gold target. The rules alone make the events, so the examples do not
depend on the type classifier and are made once per training run.
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


def _overlaps(start: int, end: int, spans) -> bool:
    return any(start < e and s < end for s, e in spans)


def role_examples(parsed: Sequence, kb) -> list[RoleExample]:
    """Labelled (event, phrase) pairs over every item of the sets in ``ROLE_SETS``."""
    coder = Coder(model=None, roles=None)
    out: list[RoleExample] = []
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
            for c, f in zip(cands, feats, strict=True):
                sp = p.doc[c.start:c.end]
                out.append(RoleExample(i, f, _overlaps(sp.start_char, sp.end_char, g.target)))
    return out


def fit_roles(train: Sequence[RoleExample], seed: int = 13, epochs: int = 10, lr: float = 0.2, l2: float = 1e-5,
              min_count: int = 2) -> RoleModel:
    """Logistic regression by AdaGrad over the examples' sparse features."""
    counts = Counter(f for ex in train for f in set(ex.features))
    vocab = sorted(f for f, n in counts.items() if n >= min_count)
    index = {f: i for i, f in enumerate(vocab)}
    w = np.zeros(len(vocab))
    gw = np.full(len(vocab), 1e-6)
    b, gb = 0.0, 1e-6
    rows = [np.array(sorted({index[f] for f in ex.features if f in index}), dtype=np.int64) for ex in train]
    rng = np.random.default_rng(seed)
    for _ in range(epochs):
        for n in rng.permutation(len(train)):
            r = rows[n]
            z = b + w[r].sum()
            g = 1.0 / (1.0 + np.exp(-z)) - float(train[n].label)
            gr = g + l2 * w[r]
            gw[r] += gr ** 2
            w[r] -= lr * gr / np.sqrt(gw[r])
            gb += g * g
            b -= lr * g / np.sqrt(gb)
    return RoleModel(vocab, w.astype(np.float32), b)
