"""Draw, at random (seeded), event-row pairs the store could meet, for reading: the second merge set.

The first set (bench/data/wikinews_merge_pairs.jsonl) chose its 'different' pairs for what they share (words, a named
party, a story), so a scorer tuned on it learns the choosing. This draws instead from every pair of event rows a
permissive blocking compares over the 295 Wikinews stories as today's pipeline codes them: two rows of different
events (never two dyads of one sentence) with the same actor code, the same recipient code or the same actor name,
whose dates (an undated report reaching back a week) come within WINDOW days. Any types, modalities and places.
The pairs are cut into strata by story (one or two) and by the Dice similarity of the two evidences' content words,
and an equal number drawn from each, so that 'same' pairs, rare among all candidates, appear; each pair keeps its
stratum and the stratum's size, so figures can be weighted back to the whole candidate population.

    communique extract wikinews_en_2019_2020.jsonl --upto events -f jsonl > records.jsonl
    python bench/merge_sample.py records.jsonl --per 18 --seed 15 > drawn.jsonl
    python bench/merge_sample.py records.jsonl --per 18 --seed 16 --exclude drawn.jsonl > drawn2.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from communique.store import rows as rows_of  # noqa: E402
from communique.store import same_event as se  # noqa: E402

WINDOW = timedelta(days=31)
REACH = timedelta(days=7)
BANDS = (0.0, 0.1, 0.2, 0.35)  # Dice lower bounds of the strata


def _stems(text: str) -> frozenset[str]:
    function, _, stop, _ = se._vocab()
    return frozenset(se._stem(w) for w in se._words(text) if len(w) > 2 and w not in function and w not in stop)


def dice(a: str, b: str) -> float:
    sa, sb = _stems(a), _stems(b)
    return 2 * len(sa & sb) / (len(sa) + len(sb)) if sa and sb else 0.0


def side(rec: dict[str, Any], row: dict[str, Any]) -> dict[str, Any]:
    """One row as the merge bench stores it (bench/merge.py)."""
    art = rec["article"]
    return {"story": rec["source"], "actor_name": row["actor_name"], "recipient_name": row["recipient_name"],
            "url": art.get("url"), "date": art.get("date"), "title": art.get("title"), "n": row["n"],
            "actor": row["actor_code"] or None, "recipient": row["recipient_code"] or None,
            "event": rec["events"][row["n"]]}


def _range(row: dict[str, Any]) -> tuple[date, date]:
    lo, hi = date.fromisoformat(row["date"]), date.fromisoformat(row["date_end"] or row["date"])
    return (lo - REACH if row["granularity"] == "article" else lo), hi


def candidates(records: list[dict[str, Any]]) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """Every pair of rows the permissive blocking compares."""
    rows = []
    for rec in records:
        for row in rows_of.event_rows(rec["source"], rec):
            if row["date"]:
                rows.append((rec, row, _range(row)))
    out = []
    for i, (ra, a, (a0, a1)) in enumerate(rows):
        for rb, b, (b0, b1) in rows[i + 1:]:
            if (ra["source"], a["n"]) == (rb["source"], b["n"]) or a["evidence"] == b["evidence"]:
                continue
            if a0 - b1 > WINDOW or b0 - a1 > WINDOW:
                continue
            if not ((a["actor_code"] and a["actor_code"] == b["actor_code"])
                    or (a["recipient_code"] and a["recipient_code"] == b["recipient_code"])
                    or (a["actor_name"] and (a["actor_name"] or "").lower() == (b["actor_name"] or "").lower())):
                continue
            out.append((side(ra, a), side(rb, b)))
    return out


def pair_id(a: dict[str, Any], b: dict[str, Any]) -> str:
    return "|".join(f"{s['story']}#{s['n']}:{s['actor_name'] or ''}>{s['recipient_name'] or ''}" for s in (a, b))


def act_pair(a: dict[str, Any], b: dict[str, Any]) -> str:
    """The pair's two acts by story and trigger offset: a pair drawn before under a coding whose rows were numbered
    or named otherwise is the same pair of acts."""
    return "|".join(sorted(f"{s['story']}@{(s['event'].get('trigger') or {}).get('start')}" for s in (a, b)))


def stratum(a: dict[str, Any], b: dict[str, Any]) -> str:
    d = dice(a["event"]["evidence"]["text"], b["event"]["evidence"]["text"])
    band = max(lo for lo in BANDS if d >= lo)
    return f"{'within' if a['story'] == b['story'] else 'across'} dice>={band:.2f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("records", type=Path)
    ap.add_argument("--per", type=int, default=18, help="pairs drawn per stratum")
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--exclude", type=Path, action="append", default=[],
                    help="pairs already drawn (JSONL with ids): a later draw takes more of the same strata; a pair "
                         "of the same two acts (story and trigger offset) counts as drawn")
    ap.add_argument("--stratum", action="append", default=[], help="draw only from these strata (default: all)")
    args = ap.parse_args()
    before = [json.loads(line) for f in args.exclude for line in f.open(encoding="utf-8") if line.strip()]
    drawn = {p["id"] for p in before} | {act_pair(p["a"], p["b"]) for p in before}
    records = [json.loads(line) for line in args.records.open(encoding="utf-8") if line.strip()]
    strata: dict[str, list[tuple[dict[str, Any], dict[str, Any]]]] = defaultdict(list)
    for a, b in candidates(records):
        strata[stratum(a, b)].append((a, b))
    rng = random.Random(args.seed)
    for name in sorted(strata):
        if args.stratum and name not in args.stratum:
            continue
        size = len(strata[name])
        pool = [(a, b) for a, b in strata[name] if pair_id(a, b) not in drawn and act_pair(a, b) not in drawn]
        print(f"{name}: {size} candidates, {len(pool)} not drawn before", file=sys.stderr)
        for a, b in rng.sample(pool, min(args.per, len(pool))):
            kind = "within" if a["story"] == b["story"] else "across"
            print(json.dumps({"id": pair_id(a, b), "kind": kind, "stratum": name, "stratum_size": size,
                              "draw_seed": args.seed, "a": a, "b": b}, ensure_ascii=False))


if __name__ == "__main__":
    main()
