"""Where and when on real news: event places and dates on the 295 Wikinews stories, and Reuters datelines.

    python bench/places.py [--shared ../shared] [--only wikinews,datelines] [--no-append]

- ``wikinews``: every story through the whole pipeline (its own date as the anchor). Reported: events, the
  share with a place, by basis (clause, dateline, article) and at country level; the share dated only by the
  article (granularity ``article``); events dated before 1900 and how many of them have the year in their
  evidence (the event's clause); the earliest date. Samples to read are written to
  ``bench/out/wikinews_places.md`` and ``bench/out/wikinews_dates.md`` (30 events each, a fixed seed); the
  counts found right by reading them are reported by hand in the README.
- ``datelines``: each Reuters-21578 story that has a dateline (19,043), printed as a wire story prints it
  (dateline, then the body); ``read`` is the share whose dateline place ``dateline()`` finds exactly,
  ``resolved`` the share whose place is also found as a city or country.
The Wikinews corpus is no dev set any rule was tuned on item by item, so it is not split in halves.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ROOT, run_sections  # noqa: E402

WIKINEWS = Path("data") / "corpora" / "wikinews" / "wikinews_en_2019_2020.jsonl"
REUTERS = Path("data") / "corpora" / "reuters21578" / "reuters21578.jsonl"
OUT = ROOT / "bench" / "out"
SAMPLE = 30


def wikinews(shared: Path) -> list[dict[str, object]]:
    from communique.model import Page
    from communique.pipeline import Pipeline

    path = shared / WIKINEWS
    if not path.exists():
        return []
    stories = [json.loads(line) for line in path.open(encoding="utf-8")]
    pipe = Pipeline(upto="events")
    events = []
    for s in stories:
        rec = pipe.process(Page(source=s["id"], content=s["text"], kind="clean", date=s["date"]))
        for ev in rec.events or []:
            events.append((s, ev))
    n = len(events)
    placed = [(s, e) for s, e in events if e.where is not None]
    basis = Counter(getattr(e.where, "basis", "clause") for _, e in placed)  # older Where: clause only
    country_level = sum(getattr(e.where, "level", None) == "country" for _, e in placed)
    with_coords = sum(e.where.lat is not None for _, e in placed)
    undated = sum(1 for _, e in events if e.when is None or e.when.granularity == "article")
    old = [(s, e) for s, e in events if e.when and e.when.start < "1900"]
    old_named = sum(e.when.start[:4] in e.evidence.text for _, e in old)
    dated = [(s, e) for s, e in events if e.when and e.when.granularity != "article"]
    earliest = min((e.when.start for _, e in events if e.when), default="")
    _samples(placed, dated)
    return [{"task": "Wikinews 295 stories: places", "system": "communique", "stories": len(stories),
             "events": n, "with_place": len(placed) / max(n, 1),
             "clause": basis["clause"], "dateline": basis["dateline"], "article": basis["article"],
             "country_level": country_level, "with_coordinates": with_coords},
            {"task": "Wikinews 295 stories: dates", "system": "communique", "events": n,
             "article_dated": undated / max(n, 1), "text_dated": len(dated),
             "before_1900": len(old), "before_1900_year_in_clause": old_named, "earliest": earliest}]


def _samples(placed, dated) -> None:
    """30 placed and 30 text-dated events, drawn with a fixed seed, for reading."""
    OUT.mkdir(parents=True, exist_ok=True)
    rng = random.Random(16)
    lines = ["# 30 Wikinews events with a place (bench/places.py)", ""]
    for k, (s, e) in enumerate(rng.sample(placed, min(SAMPLE, len(placed))), 1):
        w = e.where
        lines += [f"{k}. **{e.type}** @ {w.name}, {w.country} ({getattr(w, 'basis', '')}, {getattr(w, 'level', '')}) "
                  f"-- {s['id']} "
                  f"\"{s['title']}\"", f"   > {e.evidence.text}", ""]
    (OUT / "wikinews_places.md").write_text("\n".join(lines), encoding="utf-8")
    lines = ["# 30 Wikinews events dated by their own words (bench/places.py)", ""]
    for k, (s, e) in enumerate(rng.sample(dated, min(SAMPLE, len(dated))), 1):
        w = e.when
        lines += [f"{k}. **{e.type}** {w.start}..{w.end} ({w.granularity}) from \"{w.text}\"; article "
                  f"{s['date']} -- {s['id']}", f"   > {e.evidence.text}", ""]
    (OUT / "wikinews_dates.md").write_text("\n".join(lines), encoding="utf-8")


def datelines(shared: Path) -> list[dict[str, object]]:
    from communique.actors.kb import load_kb
    from communique.events.setting import dateline, read_dateline

    path = shared / REUTERS
    if not path.exists():
        return []
    kb = load_kb()
    n = read = resolved = 0
    for line in path.open(encoding="utf-8"):
        r = json.loads(line)
        d = (r.get("dateline") or "").strip()
        if not d:
            continue
        n += 1
        text = f"{d} {r.get('text') or ''}"
        want = d.split(",")[0].strip()
        found = dateline(text)
        if found is not None and found[0].strip() == want:
            read += 1
            resolved += read_dateline(text, kb) is not None
    return [{"task": "Reuters-21578 datelines", "system": "communique dateline()", "stories_with_dateline": n,
             "read": read / max(n, 1), "resolved_to_place": resolved / max(n, 1)}]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--only", default="", help="comma-separated sections: wikinews,datelines")
    ap.add_argument("--no-append", action="store_true", help="print only; do not append to bench/RESULTS.md")
    a = ap.parse_args()
    only = {s.strip() for s in a.only.split(",") if s.strip()}
    sections = [("wikinews", "Wikinews: event places and dates", lambda: wikinews(a.shared)),
                ("datelines", "Reuters datelines", lambda: datelines(a.shared))]
    run_sections("Places and dates on real news (bench/places.py)",
                 [(title, fn) for key, title, fn in sections if not only or key in only],
                 append=not a.no_append)


if __name__ == "__main__":
    main()
