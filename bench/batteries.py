"""Batteries of our own sentences, one per register nobody tuned the coder on, scored right / partly / wrong.

bench/data/batteries/NAME.jsonl holds sentences written by the project's engineers (AI models, stop 30) in one
register each (trade wars, state-media diplomacy, parties of a known kind, clauses and coordination, South Asian
English, US politics, the Ukraine and Middle East wars), one JSON object a line: ``text``, ``type`` (a PLOVER type,
alternatives split by "|", or null where the sentence states no event), ``actor`` and ``recipient`` (words one of
the event's parties must hold, case aside, or its code; "|" splits alternatives, ", " words that must all be found,
empty: any)
and ``why``. NAME-heldout*.jsonl were written after the rules they score were last changed, so only they say
anything about sentences nobody fitted. A sentence is right when an event of its type has such parties (for a
sentence of no event: when it codes none that is not negated), partly when the type is found with other parties,
else wrong. The helpers' own scorers counted a few cases otherwise (a lead-in sentence's events, negated events), so
their figures in bench/RESULTS.md differ slightly from these.

    python bench/batteries.py [--only trade,wire] [--rules] [--show] [--append]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from common import append_results  # noqa: E402

BATTERIES = ROOT / "bench" / "data" / "batteries"


def _holds(parties: list[tuple[str, str]], want: str | None) -> bool:
    """Whether one alternative of ``want`` has every one of its words in some party's words, or is some party's
    code: a word written as a code ("RUS", "EU") matches a party's code as well as its words."""
    if not want:
        return True
    low = [w.lower() for w, _ in parties]
    codes = {c for _, c in parties if c}
    return any(all(w.strip() in codes or any(w.strip().lower() in p for p in low) for w in alt.split(", "))
               for alt in want.split("|"))


def verdict(item: dict, events: list) -> str:
    """right / partly / wrong for one sentence and the events coded on it."""
    told = [e for e in events if e.modality != "negated"]
    if not item.get("type"):
        return "right" if not told else "wrong"
    kinds = set(item["type"].split("|"))
    typed = [e for e in told if e.type in kinds]
    words = [([(p.span.text if p.span else p.name, p.code) for p in e.actor],
              [(p.span.text if p.span else p.name, p.code) for p in e.recipient]) for e in typed]
    if any(_holds(a, item.get("actor")) and _holds(r, item.get("recipient")) for a, r in words):
        return "right"
    return "partly" if typed else "wrong"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", default="", help="battery names, comma-separated (default: all)")
    ap.add_argument("--rules", action="store_true", help="the rules alone (COMMUNIQUE_EVENT_MODEL=none)")
    ap.add_argument("--show", action="store_true", help="list the sentences not right")
    ap.add_argument("--append", action="store_true", help="append the table to bench/RESULTS.md")
    a = ap.parse_args()
    if a.rules:
        os.environ["COMMUNIQUE_EVENT_MODEL"] = "none"
    import communique

    only = {n for n in a.only.split(",") if n}
    rows = ["| battery | sentences | of no event | right | partly | wrong |", "|---|---|---|---|---|---|"]
    for path in sorted(BATTERIES.glob("*.jsonl")):
        if only and path.stem.split("-")[0] not in only:
            continue
        items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        counts = {"right": 0, "partly": 0, "wrong": 0}
        for item in items:
            rec = communique.process(clean_text=item["text"], date=item.get("date", "2022-01-23"), upto="events")
            v = verdict(item, rec.events if rec.error is None else [])
            counts[v] += 1
            if a.show and v != "right":
                got = [(e.type, [p.name for p in e.actor], [p.name for p in e.recipient], e.modality)
                       for e in rec.events]
                print(f"{v:6} [{item.get('type')} {item.get('actor')} -> {item.get('recipient')}] {item['text']}\n"
                      f"       -> {got}")
        rows.append(f"| {path.stem} | {len(items)} | {sum(not i.get('type') for i in items)} | {counts['right']} | "
                    f"{counts['partly']} | {counts['wrong']} |")
    body = "\n".join(rows)
    print(body)
    if a.append:
        append_results(f"Batteries of our own sentences (bench/batteries.py{' --rules' if a.rules else ''})", body)


if __name__ == "__main__":
    main()
