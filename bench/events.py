"""Event coding benchmark: PLOVER gold sentences, ConfliBERT quad classes, false events on Reuters business
news, the founding page, and the speed of the full pipeline beside bare spaCy, in one run.

    python bench/events.py [--shared ../shared] [--texts 2000] [--reuters 1000] [--no-append]
                           [--only gsr,conflibert,reuters,...] [--errors]

``--only`` runs some sections (gsr, dates, conflibert, reuters, founding, speed) and appends nothing;
``--errors`` prints the misses of the GSR and ConfliBERT sections grouped by kind, for error analysis.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ROOT, run_sections, score_founding_page  # noqa: E402

from communique.model import Article, Record, article_id  # noqa: E402
from communique.pipeline import Pipeline  # noqa: E402

IGO_FAMILY = {"IGO", "UNO", "EUR"}
OUT = ROOT / "bench" / "out"
ERRORS: dict[str, list[str]] = {}
"""Misses by kind, filled by the sections for ``--errors``."""


def _miss(kind: str, line: str) -> None:
    ERRORS.setdefault(kind, []).append(line)


def code_events(pipeline: Pipeline, texts: list[str], date: str | None = None) -> list[Record]:
    """Annotate and code texts exactly as the pipeline does after the article stage."""
    recs = [Record(source=str(i), article=Article(id=article_id(t), title=None, text=t, date=date), stage="events")
            for i, t in enumerate(texts)]
    for rec, doc in zip(recs, pipeline.nlp.pipe(texts), strict=True):
        rec.doc = doc
        pipeline.annotator(rec)
        rec.doc = None
    return recs


def _norm(code: str | None) -> str | None:
    return "IGO" if code in IGO_FAMILY else code


def _show(e) -> str:
    return (f"{e.type} {[f'{p.name}:{p.code}' for p in e.actor]}->{[f'{p.name}:{p.code}' for p in e.recipient]}"
            f" [{e.trigger.text if e.trigger else ''}]")


def gsr(shared: Path, pipeline: Pipeline) -> list[dict[str, object]]:
    path = shared / "data" / "events" / "plover-gsr-dev.jsonl"
    if not path.exists():
        return []
    rows = [json.loads(line) for line in path.open()]
    recs = code_events(pipeline, [r["text"] for r in rows])
    tp = fp = fn = ttp = tfp = tfn = 0
    for row, rec in zip(rows, recs, strict=True):
        gold = [e for e in row["events"] if e.get("event_code_plover_current")]
        preds = list(rec.events)
        used: set[int] = set()
        for g in gold:
            gtype = g["event_code_plover_current"]
            src = {_norm(a["code"]) for a in g["source_actor"] if a.get("code")}
            tgt = {_norm(a["code"]) for a in g["target_actor"] if a.get("code")}
            hit = None
            for i, p in enumerate(preds):
                if i in used or p.type != gtype:
                    continue
                codes = {_norm(x.code) for x in p.actor + p.recipient}
                if (src | tgt) <= codes:
                    hit = i
                    break
            if hit is None:
                fn += 1
                same = [p for i, p in enumerate(preds) if i not in used and p.type == gtype]
                got = "; ".join(_show(p) for p in preds) or "nothing"
                kind = "gsr: right type, wrong actors" if same else "gsr: type missed"
                _miss(kind, f"{gtype} {sorted(map(str, src))}->{sorted(map(str, tgt))} | got {got} | {row['text']}")
            else:
                used.add(hit)
                tp += 1
        fp += len(preds) - len(used)
        for i, p in enumerate(preds):
            if i not in used:
                gt = ",".join(sorted({e["event_code_plover_current"] for e in gold})) or "none"
                _miss("gsr: extra prediction", f"{_show(p)} (gold {gt}) | {row['text']}")
        gtypes = Counter(e["event_code_plover_current"] for e in gold)
        ptypes = Counter(p.type for p in preds)
        ttp += sum((gtypes & ptypes).values())
        tfp += sum((ptypes - gtypes).values())
        tfn += sum((gtypes - ptypes).values())

    def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    p, r, f = prf(tp, fp, fn)
    tp_, tr, tf = prf(ttp, tfp, tfn)
    return [{"task": "PLOVER GSR, type + actor codes", "system": "communique", "sentences": len(rows),
             "gold_events": tp + fn, "predicted": tp + fp, "precision": p, "recall": r, "f1": f},
            {"task": "PLOVER GSR, type only", "system": "communique", "sentences": len(rows),
             "gold_events": ttp + tfn, "predicted": ttp + tfp, "precision": tp_, "recall": tr, "f1": tf}]


NEUTRAL_ROOTS = frozenset({"01", "02"})


def pentaclass(event) -> int:
    """ConfliBERT's class of an event: 0 for CAMEO 01-02 (statements, appeals: PLOVER has no such class, so an
    event keeps its CAMEO root where its pattern is finer than its type), else the PLOVER type's quad class."""
    return 0 if event.cameo in NEUTRAL_ROOTS else event.quad


def conflibert(shared: Path, pipeline: Pipeline) -> list[dict[str, object]]:
    path = shared / "data" / "events" / "conflibert-pentaclass-train.jsonl"
    if not path.exists():
        return []
    rows = [json.loads(line) for line in path.open()]
    recs = code_events(pipeline, [r["text"] for r in rows])
    confusion: Counter[tuple[int, int]] = Counter()
    for row, rec in zip(rows, recs, strict=True):
        gold = next((e["pentaclass"] for e in row["events"] if e.get("pentaclass") is not None), 0)
        asserted = [e for e in rec.events if e.modality != "negated"]
        pred = pentaclass(asserted[0]) if asserted else 0
        confusion[(gold, pred)] += 1
        if gold != pred:
            got = _show(asserted[0]) if asserted else "no event"
            _miss(f"conflibert: gold {gold} predicted {pred}", f"{got} | {row['text'][:300]}")
    n = sum(confusion.values())
    acc = sum(v for (g, p), v in confusion.items() if g == p) / max(n, 1)
    matrix = "; ".join(f"gold {g}: " + " ".join(f"{confusion[(g, p)]}" for p in range(5)) for g in range(5))
    return [{"task": "ConfliBERT class of the first event (CAMEO 01-02 as 0, else quad)", "system": "communique",
             "n": n, "accuracy": acc,
             "confusion (rows gold 0-4, cols predicted 0-4)": matrix}]


def reuters(shared: Path, pipeline: Pipeline, n: int) -> list[dict[str, object]]:
    path = shared / "data" / "corpora" / "reuters21578" / "reuters21578.jsonl"
    if not path.exists():
        return []
    texts = []
    for line in path.open():
        r = json.loads(line)
        if set(r.get("topics") or ()) & {"earn", "acq"} and len((r.get("text") or "").split()) >= 50:
            texts.append(" ".join(r["text"].split()))
        if len(texts) >= n:
            break
    recs = code_events(pipeline, texts, date="1987-03-01")
    events = [(i, e) for i, r in enumerate(recs) for e in r.events]
    random.Random(7).shuffle(events)
    OUT.mkdir(parents=True, exist_ok=True)
    sample = OUT / "reuters_events_sample.md"
    with sample.open("w") as f:
        f.write("# 30 events coded on Reuters earn/acq stories, for reading (not shipped data)\n\n")
        for _, e in events[:30]:
            f.write(f"- {e.type} {[p.name + ':' + str(p.code) for p in e.actor]} -> "
                    f"{[p.name + ':' + str(p.code) for p in e.recipient]} [{e.modality}]: {e.evidence.text}\n")
    return [{"task": f"Reuters earn/acq, {len(texts)} stories", "system": "communique", "events": len(events),
             "events_per_story": len(events) / max(len(texts), 1), "sample": str(sample.relative_to(ROOT))}]


def founding(shared: Path) -> list[dict[str, object]]:
    f = score_founding_page(shared)
    return [{"task": "founding page (score_seed.py)", "system": "communique",
             "result": " ".join(f"{k}={v}" for k, v in f.items())}] if f else []


def speed(shared: Path, pipeline: Pipeline, n: int) -> list[dict[str, object]]:
    path = shared / "data" / "corpora" / "reuters21578" / "reuters21578.jsonl"
    if not path.exists():
        return []
    texts = []
    for line in path.open():
        t = " ".join((json.loads(line).get("text") or "").split())
        if len(t.split()) >= 50:
            texts.append(t)
        if len(texts) >= n:
            break
    list(pipeline.nlp.pipe(texts[:50]))
    code_events(pipeline, texts[:50])
    t0 = time.perf_counter()
    for _ in pipeline.nlp.pipe(texts):
        pass
    bare = time.perf_counter() - t0
    t0 = time.perf_counter()
    code_events(pipeline, texts, date="1987-03-01")
    ours = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return [{"task": f"speed, {len(texts)} Reuters texts", "system": "spaCy nlp.pipe (bare)", "seconds": bare,
             "ratio": 1.0},
            {"task": f"speed, {len(texts)} Reuters texts", "system": "communique parse + entities + events",
             "seconds": ours, "ratio": ours / bare, "max_rss_mb": rss}]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--texts", type=int, default=2000)
    ap.add_argument("--reuters", type=int, default=1000)
    ap.add_argument("--no-append", action="store_true")
    ap.add_argument("--only", default="", help="comma-separated sections: gsr,dates,conflibert,reuters,founding,speed")
    ap.add_argument("--errors", action="store_true", help="print the misses grouped by kind")
    a = ap.parse_args()
    if not (a.shared / "data").exists():
        print(f"no development data at {a.shared}/data; nothing to measure")
        return
    pipeline = Pipeline("events")
    import dates

    sections = [
        ("gsr", "PLOVER gold sentences (plover-gsr-dev)", lambda: gsr(a.shared, pipeline)),
        ("dates", "Dates (timebank-aquaint, DATE timexes)", lambda: dates.run(a.shared)),
        ("conflibert", "ConfliBERT pentaclass", lambda: conflibert(a.shared, pipeline)),
        ("reuters", "False events on business news", lambda: reuters(a.shared, pipeline, a.reuters)),
        ("founding", "Founding page", lambda: founding(a.shared)),
        ("speed", "Speed and memory", lambda: speed(a.shared, pipeline, a.texts)),
    ]
    only = {x.strip() for x in a.only.split(",") if x.strip()}
    unknown = only - {k for k, _, _ in sections}
    if unknown:
        raise SystemExit(f"--only: unknown section(s) {sorted(unknown)}; use {[k for k, _, _ in sections]}")
    run_sections("Events (bench/events.py)", [(name, fn) for k, name, fn in sections if not only or k in only],
                 append=not (a.no_append or only))
    if a.errors:
        for kind, lines in sorted(ERRORS.items(), key=lambda kv: -len(kv[1])):
            print(f"\n## {kind}: {len(lines)}\n" + "\n".join(f"- {x}" for x in lines))


if __name__ == "__main__":
    main()
