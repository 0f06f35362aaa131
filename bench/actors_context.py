"""Country from context on domestic politics: the share of named people that get a country, on 30 Wikinews stories.

    python bench/actors_context.py [--shared ../shared] [--stories 30] [--no-append] [--show N]

The stories are chosen by a fixed rule, not by hand: English Wikinews 2019-2020 (../shared/data/corpora/wikinews,
CC BY 2.5) whose title names politics (election, parliament, minister, party, ...) and whose text
names one country for at least 60% of its country mentions (at least 3); the first ``--stories`` by id.
"Named people" are PERSON entities written as a proper name (capitalised words: "Boris Johnson", "Corbyn"), not
role nouns ("the minister"). Figures are given for the working half, the checking half (communique.learn.split)
and all; ``--show N`` prints N resolutions of working-half stories to read by hand (never the checking half).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ROOT, run_sections  # noqa: E402

from communique.learn.split import HALVES, half  # noqa: E402
from communique.model import Article, Record, article_id  # noqa: E402
from communique.pipeline import Pipeline  # noqa: E402

POLITICS = re.compile(r"\b(elect\w*|parliament\w*|minister\w*|president\w*|part(y|ies)|vot(e|ed|ers?|ing)|senat\w+|"
                      r"congress\w*|government|referendum|impeach\w*|cabinet|coalition|mayor|governor|legislat\w+|"
                      r"premier|opposition|MPs?)\b", re.I)
_CAPS = re.compile(r"\b[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}")


def domestic_politics(rows: list[dict], kb, n: int) -> list[dict]:
    """The first ``n`` stories (by id) about one country's politics, by the rule in the module docstring."""
    out = []
    for row in sorted(rows, key=lambda r: r["id"]):
        if not POLITICS.search(row.get("title") or ""):
            continue
        tally: Counter[str] = Counter()
        for m in _CAPS.finditer(row["text"]):
            words = m.group(0).split()
            for k in (3, 2, 1):
                hit = kb.country(" ".join(words[:k])) if len(words) >= k else None
                if hit is not None and hit.kind in ("name", "demonym", "capital"):
                    tally[hit.code] += 1
                    break
        if not tally:
            continue
        top, count = tally.most_common(1)[0]
        if count >= 3 and count >= 0.6 * sum(tally.values()):
            out.append(row | {"country": top})
        if len(out) == n:
            break
    return out


def named(e) -> bool:
    """A person written as a proper name, not a title alone ("the Speaker" is a role noun, however written)."""
    from communique.nlp.titles import title_words

    words = e.name.split()
    tw = title_words()
    title_only = all(w.lower().strip(".") in tw.roles | tw.honorifics | tw.modifiers for w in words)
    return e.label == "PERSON" and bool(words) and not title_only and all(w[:1].isupper() for w in words
                                                                             if w.isalpha())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--stories", type=int, default=30)
    ap.add_argument("--no-append", action="store_true")
    ap.add_argument("--show", type=int, default=0, help="print N resolutions from working-half stories")
    args = ap.parse_args()
    path = args.shared / "data" / "corpora" / "wikinews" / "wikinews_en_2019_2020.jsonl"
    if not path.exists():
        print(f"skipped: {path} not found")
        return
    pipeline = Pipeline(upto="annotate")
    rows = domestic_politics([json.loads(line) for line in path.open()], pipeline.annotator.kb, args.stories)
    texts = [r["text"] for r in rows]
    recs = []
    for row, doc in zip(rows, pipeline.nlp.pipe(texts), strict=True):
        rec = Record(source=row["id"], article=Article(id=article_id(row["text"]), title=row.get("title"),
                                                        text=row["text"], date=row.get("date")), stage="annotate")
        rec.doc = doc
        recs.append(pipeline.annotator(rec))
        rec.doc = None

    def share() -> list[dict[str, object]]:
        out = []
        for h in (*HALVES, "all"):
            people = [e for row, rec in zip(rows, recs, strict=True) if h in ("all", half(row["id"]))
                      for e in rec.entities if named(e)]
            coded = [e for e in people if e.actor and e.actor.code]
            bases = Counter(e.actor.basis for e in coded)
            out.append({"task": "named people with a country", "half": h,
                        "stories": sum(1 for r in rows if h in ("all", half(r["id"]))), "people": len(people),
                        "with_country": len(coded), "share": len(coded) / len(people) if people else 0.0,
                        "story_country": sum(1 for e in coded if e.actor.code == _row_country(rows, recs, e)),
                        "basis": ", ".join(f"{b}: {n}" for b, n in bases.most_common())})
        return out

    run_sections("Country from context (Wikinews domestic politics)",
                 [("Named people with a country (30 Wikinews domestic-politics stories, target >= 85%)", share)],
                 append=not args.no_append)
    if args.show:
        working = [(row, e) for row, rec in zip(rows, recs, strict=True) if half(row["id"]) == "working"
                   for e in rec.entities if named(e)]
        step = max(1, len(working) // args.show)
        for row, e in working[::step][:args.show]:
            a = e.actor
            first = e.mentions[0]
            ctx = row["text"][max(0, first.start - 60):first.end + 60].replace("\n", " ")
            print(f"{row['id']} | {e.name} | {a.code if a else None} {a.sector if a else None} "
                  f"{a.role if a else None} [{a.basis if a else None}] | ...{ctx}...")


def _row_country(rows, recs, e) -> str | None:
    for row, rec in zip(rows, recs, strict=True):
        if any(x is e for x in rec.entities):
            return row["country"]
    return None


if __name__ == "__main__":
    main()
