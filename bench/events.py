"""Event coding benchmark: PLOVER gold sentences, ConfliBERT quad classes, false events on Reuters business
news, the founding page, and the speed of the full pipeline beside bare spaCy, in one run.

    python bench/events.py [--shared ../shared] [--texts 2000] [--reuters 1000] [--no-append]
                           [--only gsr,conflibert,reuters,...] [--errors]

``--only`` runs some sections (gsr, plv, conflibert, petrarch, dates, reuters, wikinews, founding, speed) and appends
nothing; ``--errors`` prints the misses of the dev sets' working halves (never the checking halves).
Every dev set is scored on its working half, its checking half (``communique.learn.split``) and all of it.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ROOT, best_of_alternated, run_sections, score_founding_page  # noqa: E402

from communique.learn import devsets, scoring  # noqa: E402
from communique.learn.devsets import Item  # noqa: E402
from communique.learn.split import half  # noqa: E402
from communique.model import Article, Record, article_id  # noqa: E402
from communique.pipeline import Pipeline  # noqa: E402

OUT = ROOT / "bench" / "out"
ERRORS: dict[str, list[str]] = {}
"""Misses of the working halves by kind, filled by the sections for ``--errors`` (the checking halves are only
ever scored, never printed)."""


def code_events(pipeline: Pipeline, texts: list[str], date: str | None = None) -> list[Record]:
    """Annotate and code texts exactly as the pipeline does after the article stage."""
    recs = [Record(source=str(i), article=Article(id=article_id(t), title=None, text=t, date=date), stage="events")
            for i, t in enumerate(texts)]
    for rec, doc in zip(recs, pipeline.nlp.pipe(texts), strict=True):
        rec.doc = doc
        pipeline.annotator(rec)
        rec.doc = None
    return recs


def code_items(pipeline: Pipeline, items: list[Item]) -> list[list]:
    """The events coded for each dev item (its own date where the set gives one)."""
    out: list[list] = []
    for date in sorted({it.date or "" for it in items}):
        idx = [i for i, it in enumerate(items) if (it.date or "") == date]
        recs = code_events(pipeline, [items[i].text for i in idx], date=date or None)
        out += list(zip(idx, (r.events for r in recs), strict=True))
    return [ev for _, ev in sorted(out, key=lambda x: x[0])]


def _show(e) -> str:
    return (f"{e.type} {[f'{p.name}:{p.code}' for p in e.actor]}->{[f'{p.name}:{p.code}' for p in e.recipient]}"
            f" [{e.trigger.text if e.trigger else ''}]")


def _errors(name: str, items: list[Item], events: list[list]) -> None:
    """Working-half items whose gold types were not all found, for reading."""
    for it, evs in zip(items, events, strict=True):
        if half(it.id) != "working":
            continue
        missed = [g for g in it.gold if not any(e.type in g.types for e in evs)]
        if missed or (not it.gold and evs and name != "plv"):
            gold = "; ".join("|".join(sorted(g.types)) for g in it.gold) or "none"
            ERRORS.setdefault(f"{name}: type missed or extra", []).append(
                f"gold {gold} | got {'; '.join(_show(e) for e in evs) or 'nothing'} | {it.text[:300]}")


def dev_section(name: str, shared: Path, pipeline: Pipeline) -> list[dict[str, object]]:
    """One event dev set scored on its working half, its checking half, and all of it."""
    readers = {"gsr": ("plover-gsr-dev.jsonl", devsets.read_gsr), "plv": ("plv-train.jsonl", devsets.read_plv),
               "conflibert": ("conflibert-pentaclass-train.jsonl", devsets.read_conflibert),
               "petrarch": ("petrarch2-unittest.jsonl", devsets.read_petrarch)}
    file, read = readers[name]
    path = shared / "data" / "events" / file
    if not path.exists():
        return []
    items = read(path)
    events = code_items(pipeline, items)
    _errors(name, items, events)
    rows = []
    for part in ("working", "checking", "all"):
        idx = [i for i, it in enumerate(items) if part == "all" or half(it.id) == part]
        scores = scoring.SCORERS[name]([items[i] for i in idx], [events[i] for i in idx])
        rows.append({"set": name, "half": part, "items": len(idx), **scores})
    return rows


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


def wikinews(shared: Path, pipeline: Pipeline, n: int = 40) -> list[dict[str, object]]:
    """Events on the 295 Wikinews stories (general news: interviews, science, elections, conflict), with a fixed
    sample of ``n`` written out to be read by hand: the dev sets hold sentences chosen for their events, so only
    reading says how many of the events coded on ordinary news are right."""
    path = shared / "data" / "corpora" / "wikinews" / "wikinews_en_2019_2020.jsonl"
    if not path.exists():
        return []
    rows = [json.loads(line) for line in path.open()]
    events = []
    for r in rows:
        [rec] = code_events(pipeline, [r["text"]], date=r.get("date"))
        events += [(r["id"], e) for e in rec.events]
    sample = random.Random(11).sample(events, min(n, len(events)))
    OUT.mkdir(parents=True, exist_ok=True)
    out = OUT / "wikinews_events_sample.md"
    with out.open("w") as f:
        f.write(f"# {len(sample)} events coded on the Wikinews stories, drawn with a fixed seed, for reading\n\n")
        for rid, e in sample:
            f.write(f"- {rid}: {e.type} {[p.name + ':' + str(p.code) for p in e.actor]} -> "
                    f"{[p.name + ':' + str(p.code) for p in e.recipient]} [{e.modality}] "
                    f"({e.trigger.text if e.trigger else ''}): {' '.join(e.evidence.text.split())}\n")
    return [{"task": f"Wikinews, {len(rows)} stories", "system": "communique", "events": len(events),
             "events_per_story": len(events) / max(len(rows), 1),
             "stories_without_events": len(rows) - len({rid for rid, _ in events}),
             "sample": str(out.relative_to(ROOT))}]


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
    t = best_of_alternated(lambda: [None for _ in pipeline.nlp.pipe(texts)],
                           lambda: code_events(pipeline, texts, date="1987-03-01"))
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    task = f"speed, {len(texts)} Reuters texts (alternated, best of 2)"
    return [{"task": task, "system": "spaCy nlp.pipe (bare)", "seconds": t["peer"], "cpu_seconds": t["peer_cpu"],
             "ratio": 1.0, "cpu_ratio": 1.0, "load_avg": t["load_avg"]},
            {"task": task, "system": "communique parse + entities + events", "seconds": t["ours"],
             "cpu_seconds": t["ours_cpu"], "ratio": t["ours"] / t["peer"], "cpu_ratio": t["ours_cpu"] / t["peer_cpu"],
             "max_rss_mb": rss, "load_avg": t["load_avg"]}]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--texts", type=int, default=2000)
    ap.add_argument("--reuters", type=int, default=1000)
    ap.add_argument("--no-append", action="store_true")
    ap.add_argument("--only", default="",
                    help="comma-separated sections: gsr,plv,conflibert,petrarch,dates,reuters,wikinews,founding,"
                         "speed")
    ap.add_argument("--errors", action="store_true", help="print the misses grouped by kind")
    ap.add_argument("--append", action="store_true", help="append to bench/RESULTS.md even with --only")
    a = ap.parse_args()
    if not (a.shared / "data").exists():
        print(f"no development data at {a.shared}/data; nothing to measure")
        return
    pipeline = Pipeline("events")
    import dates

    sections = [
        ("gsr", "PLOVER gold sentences (plover-gsr-dev): F1", lambda: dev_section("gsr", a.shared, pipeline)),
        ("plv", "PLV relations (plv-train)", lambda: dev_section("plv", a.shared, pipeline)),
        ("conflibert", "ConfliBERT pentaclass (class of the first event; CAMEO 01-02 as 0, else quad)",
         lambda: dev_section("conflibert", a.shared, pipeline)),
        ("petrarch", "PETRARCH2 unit-test sentences (fictional actors)",
         lambda: dev_section("petrarch", a.shared, pipeline)),
        ("dates", "Dates (timebank-aquaint, DATE timexes)", lambda: dates.run(a.shared)),
        ("reuters", "False events on business news", lambda: reuters(a.shared, pipeline, a.reuters)),
        ("wikinews", "Events on general news (Wikinews; a sample to read)", lambda: wikinews(a.shared, pipeline)),
        ("founding", "Founding page", lambda: founding(a.shared)),
        ("speed", "Speed and memory", lambda: speed(a.shared, pipeline, a.texts)),
    ]
    only = {x.strip() for x in a.only.split(",") if x.strip()}
    unknown = only - {k for k, _, _ in sections}
    if unknown:
        raise SystemExit(f"--only: unknown section(s) {sorted(unknown)}; use {[k for k, _, _ in sections]}")
    run_sections("Events (bench/events.py)", [(name, fn) for k, name, fn in sections if not only or k in only],
                 append=a.append or not (a.no_append or only))
    if a.errors:
        for kind, lines in sorted(ERRORS.items(), key=lambda kv: -len(kv[1])):
            print(f"\n## {kind}: {len(lines)}\n" + "\n".join(f"- {x}" for x in lines))


if __name__ == "__main__":
    main()
