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

The Reuters-21578 newswire of 1987 (research use only: never shipped) reports one happening in many stories. Its
political stories are written for `communique extract`, and a draw from their coding keeps no text of Reuters: each
side holds the story id, the offsets of its evidence and trigger and the coded fields; bench/merge.py rebuilds the
text from the corpus (bench/data/reuters_merge_pairs.jsonl):

    python bench/merge_sample.py --reuters-stories ../shared/data/corpora/reuters21578/reuters21578.jsonl > st.jsonl
    communique extract st.jsonl --upto events -f jsonl > reuters_records.jsonl
    python bench/merge_sample.py reuters_records.jsonl --reuters --per 20 --seed 21 > drawn.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import defaultdict
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from communique.store import rows as rows_of  # noqa: E402
from communique.store import same_event as se  # noqa: E402

WINDOW = timedelta(days=31)
REACH = timedelta(days=7)
BANDS = (0.0, 0.1, 0.2, 0.35)  # Dice lower bounds of the strata


REUTERS_TOPICS = frozenset({"trade", "ship", "crude", "money-fx", "grain"})  # where politics is reported
REUTERS_BUSINESS = frozenset({"earn", "acq"})  # company results and takeovers: no political events
# words of political happenings (sanctions, attacks, talks, threats); a story with three is a political one
POLITICAL = re.compile(r"\b(sanction|tariff|retaliat|attack|missile|tanker|embargo|boycott|protest|accus|threat|warn"
                       r"|talks|negotiat|summit|visit|veto|reagan|nakasone|opec)\w*", re.IGNORECASE)
REUTERS_MIN_WORDS, REUTERS_MIN_POLITICAL = 50, 3


def reuters_text(raw: str) -> str:
    """A Reuters story's body as the pipeline reads it: lines wrapped at 65 columns joined, each indented line
    opening a paragraph (paragraphs apart by a blank line). Offsets in the pair file count in this text."""
    paras = re.split(r"\n(?=[ \t]{2,}\S)", raw.strip("\n"))
    return "\n\n".join(" ".join(p.split()) for p in paras if p.split())


def reuters_date(raw: str) -> str:
    """'26-FEB-1987 15:01:01.79' -> '1987-02-26'."""
    return datetime.strptime(raw.split()[0], "%d-%b-%Y").date().isoformat()


def reuters_stories(corpus: Path) -> list[dict[str, Any]]:
    """The political stories of Reuters-21578 as `communique extract` reads them (id, date, title, text): of the
    topics that report political happenings, not company news, with a body of 50 words and three words of
    political happenings (their title counted)."""
    out = []
    for line in corpus.open(encoding="utf-8"):
        r = json.loads(line)
        topics = set(r.get("topics") or [])
        text = reuters_text(r.get("text") or "")
        if (not topics & REUTERS_TOPICS or topics & REUTERS_BUSINESS or len(text.split()) < REUTERS_MIN_WORDS
                or len(POLITICAL.findall(f"{r.get('title') or ''} {text}")) < REUTERS_MIN_POLITICAL):
            continue
        out.append({"id": r["id"], "date": reuters_date(r["date"]), "title": r.get("title") or "", "text": text})
    return out


def without_text(s: dict[str, Any]) -> dict[str, Any]:
    """One side of a Reuters pair with no word of Reuters text: the title, the evidence's, trigger's and date
    phrase's text left out (offsets kept; bench/merge.py rebuilds them from the corpus)."""
    ev = dict(s["event"])
    ev["evidence"] = {k: v for k, v in (ev.get("evidence") or {}).items() if k != "text"}
    ev["trigger"] = {k: v for k, v in (ev.get("trigger") or {}).items() if k != "text"}
    ev["when"] = {k: v for k, v in (ev.get("when") or {}).items() if k != "text"}
    return {k: v for k, v in s.items() if k not in ("title", "url")} | {"event": ev}


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
    ap.add_argument("records", type=Path, nargs="?")
    ap.add_argument("--reuters-stories", type=Path, metavar="CORPUS",
                    help="print the political stories of Reuters-21578 (its JSONL) for `communique extract`, and stop")
    ap.add_argument("--reuters", action="store_true",
                    help="the records are of Reuters stories: the pairs keep offsets, no text (research-only licence)")
    ap.add_argument("--per", type=int, default=18, help="pairs drawn per stratum")
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--exclude", type=Path, action="append", default=[],
                    help="pairs already drawn (JSONL with ids): a later draw takes more of the same strata; a pair "
                         "of the same two acts (story and trigger offset) counts as drawn")
    ap.add_argument("--stratum", action="append", default=[], help="draw only from these strata (default: all)")
    args = ap.parse_args()
    if args.reuters_stories:
        for story in reuters_stories(args.reuters_stories):
            print(json.dumps(story, ensure_ascii=False))
        return
    if args.records is None:
        ap.error("records is required")
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
            if args.reuters:
                a, b = without_text(a), without_text(b)
            print(json.dumps({"id": pair_id(a, b), "kind": kind, "stratum": name, "stratum_size": size,
                              "draw_seed": args.seed, "a": a, "b": b}, ensure_ascii=False))


if __name__ == "__main__":
    main()
