"""Who-is-who benchmark: actor phrases (NGEC), actor spans in PLOVER gold sentences, the founding page's
people, the speed and memory of the annotate stage beside bare spaCy, and the knowledge base's cold start.

    python bench/actors.py [--shared ../shared] [--texts 2000] [--no-append] [--only ngec,gsr,founding,speed,load]
                           [--errors] [--append]

``--only`` runs some sections and appends nothing (unless ``--append``); ``--errors`` lists the working-half
gold spans resolved wrongly. Accuracy figures are given for the working half, the checking half and all
(``communique.learn.split``).
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ROOT, best_of_alternated, run_sections  # noqa: E402

from communique.model import Article, Record, article_id  # noqa: E402
from communique.pipeline import Pipeline  # noqa: E402

IGO_FAMILY = {"IGO", "UNO", "EUR"}
"""The gold set (PLOVER 0.5 era) writes IGO where PLOVER now has UNO (UN bodies) and EUR (EU bodies)."""
ERRORS: list[str] = []


def _records(texts: list[str], date: str | None = None) -> list[Record]:
    return [Record(source=str(i), article=Article(id=article_id(t), title=None, text=t, date=date))
            for i, t in enumerate(texts)]


def annotate_texts(pipeline: Pipeline, texts: list[str], date: str | None = None) -> list[Record]:
    """The annotate stage exactly as the pipeline runs it: one nlp.pipe over the batch, then each record."""
    recs = _records(texts, date)
    out = []
    for rec, doc in zip(recs, pipeline.nlp.pipe(t for t in texts), strict=True):
        rec.doc = doc
        out.append(pipeline.annotator(rec))
        rec.doc = None
    return out


def gsr_actor_spans(shared: Path, pipeline: Pipeline) -> list[dict[str, object]]:
    """For every gold actor/recipient span with a country code, the code of the entity resolved there; by
    half of the sentence id (``communique.learn.split.half``) and all. Only working-half misses are listed."""
    from communique.learn.split import HALVES, half

    path = shared / "data" / "events" / "plover-gsr-dev.jsonl"
    if not path.exists():
        return []
    rows = [json.loads(line) for line in path.open()]
    recs = annotate_texts(pipeline, [r["text"] for r in rows])
    tally: dict[str, Counter[str]] = {h: Counter() for h in (*HALVES, "all")}
    for row, rec in zip(rows, recs, strict=True):
        which = half(row["id"])
        gold = [a for ev in row["events"] for a in ev["source_actor"] + ev["target_actor"] if a.get("code")]
        for a in gold:
            start = row["text"].find(a["text"])
            if start < 0:
                continue
            end = start + len(a["text"])
            marks: Counter[str] = Counter(n=1)
            # the entity resolved there: of those overlapping the span, the one ending nearest its end (the head)
            hits = [(abs(end - m.end), e) for e in rec.entities if e.actor and e.actor.code
                    for m in e.mentions if m.start < end and start < m.end]
            hit = min(hits, key=lambda h: h[0])[1] if hits else None
            marks["found"] += hit is not None
            if hit is not None and hit.actor.code == a["code"]:
                marks["ok"] += 1
            elif hit is not None and {hit.actor.code, a["code"]} <= IGO_FAMILY:
                marks["lenient"] += 1
            else:
                marks["miss: no entity there" if hit is None else "miss: wrong code"] += 1
                if which == "working":
                    got = hit.actor.code if hit else None
                    ERRORS.append(f"{a['code']:4} {a['text']!r} got {got} | {row['text'][:150]}")
            for h in (which, "all"):
                tally[h].update(marks)
    out: list[dict[str, object]] = []
    for h in (*HALVES, "all"):
        t = tally[h]
        n = max(t["n"], 1)
        out.append({"task": "PLOVER GSR actor spans", "half": h, "system": "communique", "n": t["n"],
                    "country_accuracy": t["ok"] / n, "igo_family_as_one": (t["ok"] + t["lenient"]) / n,
                    "entity_found": t["found"] / n,
                    "misses": ", ".join(f"{k[6:]}: {v}" for k, v in sorted(t.items()) if k.startswith("miss: "))})
    return out


def founding_people(shared: Path) -> list[dict[str, object]]:
    import communique

    exp = json.loads((shared / "seed" / "expected.json").read_text())
    rec = communique.process(shared / "seed" / "ctv-joly-moscow-invitation.txt", date="2022-01-23", upto="annotate")
    out = []
    for person in exp["people"]:
        surname = person["name"].split()[-1]
        ent = next((e for e in rec.entities if e.label == "PERSON" and e.name.split()[-1] == surname), None)
        got = [m.text.lower().replace("’", "'") for m in ent.mentions] + [ent.name.lower()] if ent else []
        missing = [m for m in person["mentions"] if not any(m.lower().replace("’", "'") in g for g in got)]
        actor = ent.actor if ent else None
        role_ok = bool(actor and actor.role and any(
            w in person["role"].lower() for w in actor.role.lower().split() if len(w) > 3))
        out.append({"task": "founding page people", "system": "communique", "person": person["name"],
                    "country": "ok" if actor and actor.code == person["country"] else f"got {actor and actor.code}",
                    "sector": "ok" if actor and actor.sector == person["sector"] else f"got {actor and actor.sector}",
                    "role": "ok" if role_ok else f"got {actor and actor.role}",
                    "mentions": "all in one cluster" if not missing else f"missing {missing}"})
    return out


def speed(shared: Path, pipeline: Pipeline, n_texts: int) -> list[dict[str, object]]:
    path = shared / "data" / "corpora" / "reuters21578" / "reuters21578.jsonl"
    if not path.exists():
        return []
    texts = []
    for line in path.open():
        t = json.loads(line).get("text") or ""
        if len(t.split()) >= 50:
            texts.append(" ".join(t.split()))
        if len(texts) >= n_texts:
            break
    nlp = pipeline.nlp
    list(nlp.pipe(texts[:50]))  # warm up both
    annotate_texts(pipeline, texts[:50])
    t = best_of_alternated(lambda: [None for _ in nlp.pipe(texts)], lambda: annotate_texts(pipeline, texts))
    bare, bare_cpu, ours, ours_cpu, load = t["peer"], t["peer_cpu"], t["ours"], t["ours_cpu"], t["load_avg"]
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    words = sum(len(t.split()) for t in texts)
    return [
        {"task": f"speed, {len(texts)} Reuters texts", "system": "spaCy nlp.pipe (bare)", "seconds": bare,
         "cpu_seconds": bare_cpu, "words_per_s": words / bare, "ratio": 1.0, "cpu_ratio": 1.0, "load_avg": load},
        {"task": f"speed, {len(texts)} Reuters texts", "system": "communique annotate (parse + entities)",
         "seconds": ours, "cpu_seconds": ours_cpu, "words_per_s": words / ours, "ratio": ours / bare,
         "cpu_ratio": ours_cpu / bare_cpu, "max_rss_mb": rss, "load_avg": load},
    ]


_COLD = """
import resource, time
t = time.perf_counter()
from communique.actors import load_kb
t1, c1 = time.perf_counter(), time.process_time()
kb = load_kb()
t2, c2 = time.perf_counter(), time.process_time()
print(t1 - t, t2 - t1, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, len(kb.imported or ()), c2 - c1)
"""


def kb_cold_start(runs: int = 3) -> list[dict[str, object]]:
    """The whole knowledge base (the project's files and the converted dictionaries) loaded in a fresh process:
    ``load_kb()`` itself (wall and CPU seconds: on a shared machine the CPU time is what an idle one would
    take), and the package import before it (which loads much more than the knowledge base)."""
    import os
    import subprocess

    rows = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", _COLD], capture_output=True, text=True, check=True).stdout.split()
        rows.append([float(x) for x in out])
    load = sorted(r[1] for r in rows)
    imp = sorted(r[0] for r in rows)
    return [{"task": "knowledge base cold start (fresh process)", "system": "communique", "runs": runs,
             "load_kb_median_s": load[runs // 2], "load_kb_max_s": load[-1],
             "load_kb_cpu_median_s": sorted(r[4] for r in rows)[runs // 2], "import_median_s": imp[runs // 2],
             "max_rss_mb": max(r[2] for r in rows), "dictionary_people": int(rows[0][3]),
             "load_avg": round(os.getloadavg()[0], 1)}]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--texts", type=int, default=2000)
    ap.add_argument("--no-append", action="store_true")
    ap.add_argument("--append", action="store_true", help="append to RESULTS.md even with --only")
    ap.add_argument("--only", default="", help="comma-separated sections: ngec,gsr,founding,speed,load")
    ap.add_argument("--errors", action="store_true", help="list the working-half PLOVER gold spans resolved wrongly")
    a = ap.parse_args()
    if not (a.shared / "data").exists():
        print(f"no development data at {a.shared}/data; nothing to measure")
        return
    import actors_ngec

    pipeline = Pipeline("annotate")
    sections = [
        ("ngec", "Actor phrases (ngec-actors-dev)", lambda: actors_ngec.run(a.shared)),
        ("gsr", "Actor spans in PLOVER gold sentences (plover-gsr-dev)", lambda: gsr_actor_spans(a.shared, pipeline)),
        ("founding", "Founding page people", lambda: founding_people(a.shared)),
        ("speed", "Annotate speed and memory", lambda: speed(a.shared, pipeline, a.texts)),
        ("load", "Knowledge base cold start", kb_cold_start),
    ]
    only = {x.strip() for x in a.only.split(",") if x.strip()}
    unknown = only - {k for k, _, _ in sections}
    if unknown:
        raise SystemExit(f"--only: unknown section(s) {sorted(unknown)}; use {[k for k, _, _ in sections]}")
    run_sections("Who is who (bench/actors.py)", [(name, fn) for k, name, fn in sections if not only or k in only],
                 append=a.append or not (a.no_append or only))
    if a.errors:
        print("\n".join(ERRORS))


if __name__ == "__main__":
    main()
