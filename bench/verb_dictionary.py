"""The CAMEO verb dictionary (data/cameo_verbs/): its size, its coverage of gold events, and its speed.

    python bench/verb_dictionary.py [--shared ../shared] [--texts 2000] [--only size,coverage,speed] [--no-append]

- size: verb lemmas and patterns, by PLOVER type.
- coverage: on the WORKING halves only (``communique.learn.split``) of plv-train and plover-gsr-dev, the share
  of gold events whose sentence has a verb with a dictionary match of the gold PLOVER type (any match; the
  first, most specific match), and the share whose sentence has any dictionary verb at all. The dictionary
  is PETRARCH2's, not fitted to these sets; the checking halves are kept for the learned coder's scores.
- speed: ``matches`` on every verb of 2,000 Reuters texts parsed by the project's pipeline, beside the parse.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ROOT, run_sections  # noqa: E402

from communique.events.verb_dictionary import dictionary  # noqa: E402
from communique.learn.split import half  # noqa: E402
from communique.nlp.model import load  # noqa: E402

YIELD = frozenset({"CONCEDE", "RETREAT"})


def size() -> list[dict[str, object]]:
    d = dictionary()
    rows = [{"what": "verb lemmas", "count": len(d.lemmas())}, {"what": "patterns", "count": d.n_patterns},
            {"what": "synsets", "count": len(d.synsets)}]
    by_type: Counter = Counter()
    for lemma in d.lemmas():
        for t in d.verb_types(lemma):
            by_type[t] += 1
    rows += [{"what": f"verb lemmas that can give {t}", "count": n} for t, n in sorted(by_type.items())]
    return rows


def _working(path: Path) -> list[dict]:
    """The working half's items; a checking-half line is skipped before it is parsed as JSON."""
    out = []
    for line in path.open(encoding="utf-8"):
        item_id = line.split('"id": "', 1)[1].split('"', 1)[0] if '"id": "' in line else json.loads(line)["id"]
        if half(item_id) == "working":
            out.append(json.loads(line))
    return out


def _gold_types(ev: dict) -> frozenset[str]:
    t = ev.get("event_code_plover_current")
    return YIELD if t == "YIELD" else frozenset({t}) if t else frozenset()


def coverage(shared: Path) -> list[dict[str, object]]:
    nlp = load()
    d = dictionary()
    rows = []
    for name in ("plv-train.jsonl", "plover-gsr-dev.jsonl"):
        path = shared / "data" / "events" / name
        if not path.exists():
            continue
        items = _working(path)
        golds = any_match = first_match = any_verb = 0
        for item, doc in zip(items, nlp.pipe(it["text"] for it in items), strict=True):
            found: set[str] = set()
            first: set[str] = set()
            has_verb = False
            for tok in doc:
                ms = d.matches(tok)
                has_verb |= bool(d.candidates(tok)) and tok.pos_ in ("VERB", "AUX")
                for k, m in enumerate(ms):
                    types = {m.plover, m.reciprocal.plover if m.reciprocal else None} - {None}
                    found |= types
                    if k == 0:
                        first |= types
            for ev in item["events"]:
                types = _gold_types(ev)
                if not types:
                    continue
                golds += 1
                any_match += bool(types & found)
                first_match += bool(types & first)
                any_verb += has_verb
        rows.append({"set": f"{name} (working half)", "sentences": len(items), "gold events": golds,
                     "gold type among matches": any_match / max(golds, 1),
                     "gold type in a verb's first match": first_match / max(golds, 1),
                     "sentence has a dictionary verb": any_verb / max(golds, 1)})
    return rows


def speed(shared: Path, n: int) -> list[dict[str, object]]:
    path = shared / "data" / "corpora" / "reuters21578" / "reuters21578.jsonl"
    if not path.exists():
        return []
    texts = []
    for line in path.open(encoding="utf-8"):
        t = " ".join((json.loads(line).get("text") or "").split())
        if len(t.split()) >= 50:
            texts.append(t)
        if len(texts) >= n:
            break
    nlp = load()
    d = dictionary()
    list(nlp.pipe(texts[:20]))
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts))
    parse = time.perf_counter() - t0
    per_verb: list[float] = []
    n_matches = 0
    t0 = time.perf_counter()
    for doc in docs:
        for tok in doc:
            if tok.pos_ in ("VERB", "AUX"):
                s = time.perf_counter()
                n_matches += len(d.matches(tok))
                per_verb.append(time.perf_counter() - s)
    match = time.perf_counter() - t0
    per_verb.sort()
    return [{"texts": len(texts), "parse s": parse, "matching s": match,
             "added per doc ms": 1000 * match / len(docs), "parse per doc ms": 1000 * parse / len(docs),
             "added / parse": match / parse, "verbs": len(per_verb), "matches": n_matches,
             "per verb mean us": 1e6 * statistics.fmean(per_verb),
             "per verb p95 us": 1e6 * per_verb[int(0.95 * (len(per_verb) - 1))],
             "per verb max ms": 1000 * per_verb[-1]}]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--texts", type=int, default=2000)
    ap.add_argument("--only", default="", help="comma-separated sections: size,coverage,speed (appends nothing)")
    ap.add_argument("--no-append", action="store_true")
    a = ap.parse_args()
    sections = [("size", "Size", size),
                ("coverage", "Coverage of gold events (working halves)", lambda: coverage(a.shared)),
                ("speed", "Speed beside the parse", lambda: speed(a.shared, a.texts))]
    only = {s for s in a.only.split(",") if s}
    run_sections("CAMEO verb dictionary", [(title, fn) for key, title, fn in sections if not only or key in only],
                 append=not (a.no_append or only))


if __name__ == "__main__":
    main()
