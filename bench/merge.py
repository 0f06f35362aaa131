"""Event merging on hand-read pairs from the 295 Wikinews stories: false merges and merge recall.

bench/data/wikinews_merge_pairs.jsonl holds 628 pairs of event rows of one quad class, each read whole by a
reader (both sentences, parties, codes, dates, places, titles; the story where the sentences did not settle it)
and labelled ``same`` (one happening told twice) or ``different`` before the merging rule it scores was written.
A first reading (168 pairs, events as the coder of then gave them: every pair with one type, codes and
modality within a story, those across stories the old rule joined, and the 60 across stories sharing the most
words) and a second (460 pairs, ``"read": "second reading"``, events as today's coder gives them, each with a
one-line reason: across-story pairs of one quad class within 45 days ranked by shared evidence words, pairs
with a shared named party within 10 days or a shared rare proper noun within 30, and within-story pairs of one
party in different sentences, at most four a story). Each pair goes into a fresh SQLite store as the stories'
records (one record when both are of one story) and counts as merged when its two rows share a merged event.

Pairs are split by ``communique.learn.split.half(pair id)``: the rule was developed on the working half; the
checking half is only scored (its misses are counted by the first check that fails, never shown). The first
table scores the rule before merging by who (codes, dates within their granularity with a two-day reach for
undated reports, places) on the same pairs, for comparison.

The second set (bench/data/wikinews_merge_random.jsonl, bench/merge_sample.py) is 462 pairs drawn at random
(seeded, by strata of one story or two and evidence similarity) from the 35,138 pairs of event rows the store
meets on the 295 stories as today's pipeline codes them (the same actor code, recipient code or actor name within
31 days), each read and labelled before the rule was run on it: it is scored as read, by half, and weighted back
to all candidates (each pair standing for its stratum's candidates over the pairs drawn from it).

The third set (bench/data/wikinews_merge_more.jsonl, 133 pairs, 11 'same') is drawn the same way from the stories
as the coder of 2026-12-05 codes them: every pair of the two strata of Dice >= 0.35 not read before as the same two
acts, and 20 of 'within, Dice >= 0.20', each read and labelled before the rule was run on it. Its strata are of
another coding, so it is scored as read, by half, apart from the others and never weighted.

The Reuters set (bench/data/reuters_merge_pairs.jsonl, bench/merge_sample.py --reuters) is drawn the same way from the
political stories of the Reuters-21578 newswire of 1987, coded by the pipeline of 2026-12-05, where one happening (the
US chip tariffs on Japan, the October strike on Iran's Gulf platforms) is reported many times; no merging rule was
developed on it. Reuters text is for research only and is not shipped: the pairs hold story ids, offsets and the
coded fields, and each side's evidence, trigger and title are rebuilt here from the corpus in ../shared/data (the
section is left out, with a message, without it). Scored as read, by half, and weighted back by its strata.

With ``--recoded RECORDS`` the pairs are scored again as today's coder codes their stories: each side becomes the
row whose trigger starts where the labelled one did (the label says whether the two acts are one happening, not
how they were coded), a pair whose act is no longer coded is left out, and two acts now coded as one event count
as merged. The pairs' own rows are those of the coder of their reading; this says what merging makes of today's.

    python bench/merge.py [--no-append] [--show working] [--recoded records.jsonl] [--only reuters]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from common import run_sections  # noqa: E402
from merge_sample import reuters_date, reuters_text  # noqa: E402

from communique.learn.split import HALVES, half  # noqa: E402
from communique.model import Article, Record, article_id  # noqa: E402
from communique.store import open_store  # noqa: E402
from communique.store import rows as rows_of  # noqa: E402
from communique.store import same_event as se  # noqa: E402
from communique.store import schema as s  # noqa: E402

PAIRS = ROOT / "bench" / "data" / "wikinews_merge_pairs.jsonl"
RANDOM = ROOT / "bench" / "data" / "wikinews_merge_random.jsonl"
MORE = ROOT / "bench" / "data" / "wikinews_merge_more.jsonl"
REUTERS = ROOT / "bench" / "data" / "reuters_merge_pairs.jsonl"
REUTERS_CORPUS = ROOT.parent / "shared" / "data" / "corpora" / "reuters21578" / "reuters21578.jsonl"


def load_pairs(path: Path = PAIRS) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def _span(text: str, span: dict[str, Any], what: str, story: str) -> dict[str, Any]:
    start, end = span["start"], span["end"]
    if not 0 <= start < end <= len(text):
        raise ValueError(f"{story}: the {what} offsets {start}-{end} fall outside the story ({len(text)} characters)")
    return {**span, "text": text[start:end]}


def reuters_pairs(path: Path = REUTERS, corpus: Path = REUTERS_CORPUS) -> list[dict[str, Any]] | None:
    """The Reuters pairs with each side's evidence, trigger and title rebuilt from the corpus (the pair file holds
    no Reuters text: offsets count in merge_sample.reuters_text of the story's body); None without the corpus."""
    if not corpus.exists():
        return None
    pairs = load_pairs(path)
    wanted = {p[side]["story"] for p in pairs for side in ("a", "b")}
    stories: dict[str, dict[str, str]] = {}
    for line in corpus.open(encoding="utf-8"):
        r = json.loads(line)
        if r["id"] in wanted:
            stories[r["id"]] = {"text": reuters_text(r.get("text") or ""), "title": r.get("title") or "",
                                "date": reuters_date(r["date"])}
    missing = wanted - set(stories)
    if missing:
        raise ValueError(f"stories not in {corpus}: {sorted(missing)[:5]}")

    def rebuilt(side: dict[str, Any]) -> dict[str, Any]:
        story = stories[side["story"]]
        ev = dict(side["event"])
        ev["evidence"] = _span(story["text"], ev["evidence"], "evidence", side["story"])
        ev["trigger"] = _span(story["text"], ev["trigger"], "trigger", side["story"])
        return {**side, "title": story["title"], "url": None, "event": ev}

    return [{**p, "a": rebuilt(p["a"]), "b": rebuilt(p["b"])} for p in pairs]


def _record(story: dict[str, Any], events: list[dict[str, Any]]) -> Record:
    text = "\n\n".join(e["evidence"]["text"] for e in events)
    rec = Record(source=story["story"], article=Article(id=article_id(story["story"] + "\n" + text),
                                                         title=story["title"], text=text, date=story["date"],
                                                         url=story["url"]), stage="events")
    rec.events = events
    return rec


def merged(pair: dict[str, Any], workdir: Path, n: int) -> bool:
    """Store the pair's stories and say whether its two rows landed in one merged event."""
    a, b = pair["a"], pair["b"]
    if a["story"] == b["story"]:
        records = [_record(a, [a["event"], b["event"]])]
        refs = [(records[0].article.id, 0, a), (records[0].article.id, 1, b)]
    else:
        records = [_record(a, [a["event"]]), _record(b, [b["event"]])]
        refs = [(records[0].article.id, 0, a), (records[1].article.id, 0, b)]
    with open_store(workdir / f"p{n}.db") as store:
        store.add(records)
        e = s.events.c
        clusters = []
        with store.engine.connect() as conn:
            for aid, idx, side in refs:
                q = (s.events.select().with_only_columns(e.cluster_id)
                     .where(e.article_id == aid, e.n == idx, e.actor_name == side["actor_name"]))
                q = q.where(e.recipient_name == side["recipient_name"]) if side["recipient_name"] else q.where(
                    e.recipient_name.is_(None))
                clusters.append(conn.execute(q).scalar_one())
    return clusters[0] == clusters[1]


def recoded(pairs: list[dict[str, Any]], records: Path) -> tuple[list[dict[str, Any]], list[str]]:
    """The pairs with each side's row as today's coder gives it: the row of the same story whose trigger starts
    where the side's did (the act the reader labelled; of its dyads the one with the side's names, else its
    actor's, else the first). A pair one of whose acts today's coder no longer codes is left out (counted). The
    label stays: it says whether the two sentences tell one happening, whatever the coding."""
    by_trigger: dict[tuple[str, int], list[tuple[dict[str, Any], dict[str, Any]]]] = {}
    for line in records.open(encoding="utf-8"):
        rec = json.loads(line) if line.strip() else {}
        if not rec.get("article"):
            continue
        for row in rows_of.event_rows(rec["source"], rec):
            ev = rec["events"][row["n"]]
            by_trigger.setdefault((rec["source"], (ev.get("trigger") or {}).get("start")), []).append((row, ev))

    def today(side: dict[str, Any]) -> dict[str, Any] | None:
        found = by_trigger.get((side["story"], (side["event"].get("trigger") or {}).get("start")))
        if not found:
            return None
        row, ev = next((x for x in found if (x[0]["actor_name"], x[0]["recipient_name"]) == (
            side["actor_name"], side["recipient_name"])), None) or next(
            (x for x in found if x[0]["actor_name"] == side["actor_name"]), found[0])
        return {**side, "actor_name": row["actor_name"], "recipient_name": row["recipient_name"],
                "actor": row["actor_code"] or None, "recipient": row["recipient_code"] or None, "event": ev}

    out, lost = [], []
    for p in pairs:
        a, b = today(p["a"]), today(p["b"])
        if a is None or b is None:
            lost.append(p["id"])
            continue
        out.append({**p, "a": a, "b": b, "one_event": a["story"] == b["story"] and a["event"] is b["event"]})
    return out, lost


def same_codes(pair: dict[str, Any]) -> bool:
    """Both rows of one type, actor code, recipient code and modality (what merging by flag keyed on)."""
    a, b = pair["a"], pair["b"]
    return (a["event"]["type"], a["actor"] or "", a["recipient"] or "", a["event"]["modality"] or "asserted") == (
        b["event"]["type"], b["actor"] or "", b["recipient"] or "", b["event"]["modality"] or "asserted")


def by_flag(pair: dict[str, Any]) -> bool:
    """The rule before merging by who: same codes, places that do not disagree and dates that overlap within
    their granularity, an undated report reaching back two days."""
    if not same_codes(pair):
        return False
    ranges, places = [], []
    for side in (pair["a"], pair["b"]):
        ev = side["event"]
        when = ev.get("when") or {}
        lo = date.fromisoformat(when.get("start") or side["date"])
        hi = date.fromisoformat(when.get("end") or when.get("start") or side["date"])
        ranges.append((lo - timedelta(days=2) if (when.get("granularity") or "article") == "article" else lo, hi))
        places.append(((ev.get("where") or {}).get("name") or "").lower())
    (a0, a1), (b0, b1) = ranges
    if a0 > b1 or b0 > a1 or (places[0] and places[1] and places[0] != places[1]):
        return False
    wide = timedelta(days=31)
    return not (a1 - a0 > wide or b1 - b0 > wide) or ranges[0] == ranges[1]


def score(pairs: list[dict[str, Any]], workdir: Path) -> list[dict[str, Any]]:
    out = []
    for n, p in enumerate(pairs):
        one = p.get("one_event", False)  # today's coder codes both acts as one event: one happening already
        out.append({**p, "merged": one or merged(p, workdir, n), "by_flag": one or by_flag(p), "half": half(p["id"])})
    return out


def rows(scored: list[dict[str, Any]], key: str = "merged") -> list[dict[str, object]]:
    scored = [{**p, "merged": p[key]} for p in scored]
    table = []
    for name in (*HALVES, "all"):
        part = [p for p in scored if name == "all" or p["half"] == name]
        diff = [p for p in part if p["label"] == "different"]
        same = [p for p in part if p["label"] == "same"]
        false = sum(p["merged"] for p in diff)
        hits = sum(p["merged"] for p in same)
        table.append({"half": name, "pairs": len(part), "different": len(diff), "false merges": false,
                      "false-merge rate": false / len(diff) if diff else 0.0, "same": len(same),
                      "merged": hits, "merge recall": hits / len(same) if same else 0.0})
    return table


def recoded_rows(scored: list[dict[str, Any]], lost: list[str]) -> list[dict[str, object]]:
    """rows() of the pairs as today's coder gives them, with the pairs left out (an act no longer coded)."""
    table = rows(scored)
    for r in table:
        r["left out"] = sum(1 for i in lost if r["half"] == "all" or half(i) == r["half"])
        r["coded as one event"] = sum(1 for p in scored if p.get("one_event") and (
            r["half"] == "all" or p["half"] == r["half"]))
    return table


def weighted(scored: list[dict[str, Any]]) -> list[dict[str, object]]:
    """The random set's rates weighted back to all candidate pairs: each pair stands for stratum_size / (pairs drawn
    from its stratum) candidates, so the strata drawn more densely (high evidence similarity) count as often as
    they occur among the store's candidates."""
    drawn: dict[str, int] = {}
    for p in scored:
        drawn[p["stratum"]] = drawn.get(p["stratum"], 0) + 1
    table = []
    for name in (*HALVES, "all"):
        part = [p for p in scored if name == "all" or p["half"] == name]
        w = {id(p): p["stratum_size"] / drawn[p["stratum"]] for p in part}
        diff = sum(w[id(p)] for p in part if p["label"] == "different")
        same = sum(w[id(p)] for p in part if p["label"] == "same")
        false = sum(w[id(p)] for p in part if p["label"] == "different" and p["merged"])
        hits = sum(w[id(p)] for p in part if p["label"] == "same" and p["merged"])
        table.append({"half": name, "candidates (estimated)": round(diff + same), "same (estimated)": round(same),
                      "false-merge rate": false / diff if diff else 0.0,
                      "merge recall": hits / same if same else 0.0})
    return table


def by_stratum(scored: list[dict[str, Any]]) -> list[dict[str, object]]:
    table = []
    for name in sorted({p["stratum"] for p in scored}):
        part = [p for p in scored if p["stratum"] == name]
        table.append({"stratum": name, "candidates": part[0]["stratum_size"], "read": len(part),
                      "same": sum(p["label"] == "same" for p in part),
                      "false merges": sum(p["merged"] for p in part if p["label"] == "different"),
                      "merged same": sum(p["merged"] for p in part if p["label"] == "same")})
    return table


def by_kind(scored: list[dict[str, Any]]) -> list[dict[str, object]]:
    table = []
    groups = [("within one story", lambda p: p["kind"] == "within"),
              ("across stories", lambda p: p["kind"] == "across"),
              ("same type, codes and modality", same_codes),
              ("type, codes or modality differ", lambda p: not same_codes(p)),
              ("first reading (168)", lambda p: p.get("read", "first reading") == "first reading"),
              ("second reading", lambda p: p.get("read", "first reading") == "second reading")]
    for name, keep in groups:
        part = [p for p in scored if keep(p)]
        table.append({"pairs": name, "n": len(part), "same": sum(p["label"] == "same" for p in part),
                      "false merges": sum(p["merged"] for p in part if p["label"] == "different"),
                      "merged same": sum(p["merged"] for p in part if p["label"] == "same")})
    return table


def _mention(side: dict[str, Any]) -> se.Mention:
    rec = {"article": {"text": side["event"]["evidence"]["text"], "date": side["date"]}, "events": [side["event"]]}
    return next(se.mention(r) for r in rows_of.event_rows(side["story"], rec)
                if r["actor_name"] == side["actor_name"] and r["recipient_name"] == side["recipient_name"])


def first_failed(pair: dict[str, Any]) -> str:
    """The first of same_event.py's checks that keeps a pair apart (counted, never shown, for the checking
    half): what the coder gave (types, modality, codes, names, place, date) or the evidence."""
    a, b = _mention(pair["a"]), _mention(pair["b"])
    one = a.article_id == b.article_id
    if se.one_act(a, b) or se.copied_act(a, b):
        return "none (merged)" if se.same_happening(a, b) is not None else "evidence"
    refused = se.refusal(a, b)
    if not refused and not se.types_comparable(a.type, b.type):
        return "types of two quad classes"
    planned = not refused and se.planned_and_done(a, b) is not None
    if not refused and not planned and not se.modality_compatible(a.modality, b.modality):
        return "modalities"
    if not (se.codes_compatible(a.actor, b.actor, one)
            and se.codes_compatible(a.recipient, b.recipient, one, kind_ok=True)):
        return "codes"
    who = se.who_of(a, b)
    if "different" in (se.one_surname(a, b, who) if one and a.type == b.type and not planned else who):
        return "party names"
    if not se.places_compatible(a, b):
        return "places"
    if planned:
        return "none (merged)" if se.same_happening(a, b) is not None else "plan and deed (act word, dates, evidence)"
    if se.when_relation(a, b) is None and not se.retold(a, b, who) and not (
            se.told_again(a, b, who) and "article" in (a.granularity, b.granularity)):
        return "dates"
    return "evidence" if se.same_happening(a, b) is None else "none (merged)"


def joined_by(pair: dict[str, Any]) -> str:
    """Which of same_event.same_happening's ways joins the pair's two rows (the first that does, in its order), or
    'another dyad' when the store merged the pair by another dyad of one of its coded events: counted by half,
    it says which rules merge pairs beyond the working half they were written on."""
    a, b = _mention(pair["a"]), _mention(pair["b"])
    if se.same_happening(a, b) is None:
        return "another dyad (the store)"
    if se.one_act(a, b):
        return "one act in one sentence"
    if se.copied_act(a, b):
        return "copied by a later story, one act word"
    one = a.article_id == b.article_id
    who = se.who_of(a, b)
    relation = se.when_relation(a, b)
    if se.refusal(a, b):
        return "refusal"
    if se.planned_and_done(a, b) is not None:
        return "planned and done"
    if relation is None:
        return "told again, dates apart" if se.told_again(a, b, who) else "retold in nearly the same words"
    who = se.one_surname(a, b, who) if one and a.type == b.type else who
    if a.type == b.type and se.once_only(a, b, who):
        return "once-only act"
    if se.still_not(a, b, who):
        return "not yet done, retold"
    if relation == "recalled":
        return "evidence (recalled)"
    for name, rule in (("told again", se.told_again), ("one material act", se.one_material_act),
                       ("talk continued", se.talk_continued), ("copied by a later story", se.copied)):
        if rule(a, b, who):
            return name
    return "evidence"


def merged_by(scored: list[dict[str, Any]]) -> list[dict[str, object]]:
    """The 'same' pairs the store merged, by the way that joins them (joined_by), and the false merges, by half."""
    ways = {p["id"]: ("coded as one event" if p.get("one_event") else joined_by(p)) for p in scored if p["merged"]}
    out = []
    for way in sorted(set(ways.values())):
        row: dict[str, object] = {"joined by": way}
        for h in HALVES:
            row[f"same {h}"] = sum(1 for p in scored if ways.get(p["id"]) == way and p["half"] == h
                                   and p["label"] == "same")
            row[f"false {h}"] = sum(1 for p in scored if ways.get(p["id"]) == way and p["half"] == h
                                    and p["label"] == "different")
        out.append(row)
    return out


def why_apart(pair: dict[str, Any]) -> str:
    """'none (merged)' when the store merged the pair (by its own two rows, or by another dyad of one of their
    coded events), else the first check that fails on the two rows; 'none (the store kept apart)' when none
    does (the store compares a row with a merged event's newest rows only)."""
    if pair["merged"]:
        return "none (merged)"
    reason = first_failed(pair)
    return "none (the store kept apart)" if reason == "none (merged)" else reason


def missed(scored: list[dict[str, Any]]) -> list[dict[str, object]]:
    reasons = {p["id"]: why_apart(p) for p in scored if p["label"] == "same"}
    return [{"first check failed": r, **{h: sum(1 for p in scored if p["label"] == "same" and p["half"] == h
                                             and reasons[p["id"]] == r) for h in HALVES}}
            for r in sorted(set(reasons.values()))]


CODED = ("types of two quad classes", "modalities", "codes", "party names", "places", "dates")


def ceiling(scored: list[dict[str, Any]]) -> list[dict[str, object]]:
    """How far better evidence alone could take recall, by half: the 'same' pairs kept apart only by the evidence
    comparison (every coded check passed) against those a coded field (type, modality, code, name, place, date)
    keeps apart before any evidence is compared. With every evidence miss merged, recall is at most the ceiling;
    the rest is the coding's (counts only: the checking half's pairs are never shown)."""
    table = []
    for name in (*HALVES, "all"):
        same = [p for p in scored if p["label"] == "same" and (name == "all" or p["half"] == name)]
        reasons = [why_apart(p) for p in same]
        hits, evidence = reasons.count("none (merged)"), reasons.count("evidence")
        coded = sum(reasons.count(r) for r in CODED)
        table.append({"half": name, "same": len(same), "merged": hits, "kept apart by the evidence": evidence,
                      "kept apart by a coded field": coded,
                      "merge recall": hits / len(same) if same else 0.0,
                      "ceiling with every evidence miss merged": (hits + evidence) / len(same) if same else 0.0})
    return table


def show(scored: list[dict[str, Any]], which: str) -> None:
    """Print the working half's mistakes (never the checking half's: it is only scored)."""
    if which != "working":
        raise SystemExit("only the working half may be shown item by item")
    for p in scored:
        if p["half"] == "working" and p["merged"] != (p["label"] == "same"):
            reason = "" if p["merged"] else f"  [{why_apart(p)}]"
            print(f"{'FALSE MERGE' if p['merged'] else 'MISSED'} {p['id']}  {p['why']}{reason}")
            for side in (p["a"], p["b"]):
                ev = side["event"]
                when = ev.get("when") or {}
                print(f"   {side['actor_name']} ({side['actor']}) -> {side['recipient_name']} ({side['recipient']}) "
                      f"{ev['type']}/{ev.get('cameo')} {ev.get('modality')} {when.get('start')}..{when.get('end')} "
                      f"{when.get('granularity')} @{(ev.get('where') or {}).get('name')} "
                      f"'{(ev.get('trigger') or {}).get('text')}': {ev['evidence']['text'][:240]}")


def reuters_sections(show_which: str | None) -> list[tuple[str, object]]:
    """The Reuters set's tables, or none (with a message) where the corpus is not there to rebuild its text."""
    pairs = reuters_pairs()
    if pairs is None:
        print(f"Reuters merge set skipped: the corpus is not at {REUTERS_CORPUS} (research-only text, not shipped)",
              file=sys.stderr)
        return []
    with tempfile.TemporaryDirectory() as tmp:
        got = score(pairs, Path(tmp))
    if show_which:
        show(got, show_which)
    n, same = len(got), sum(p["label"] == "same" for p in got)
    return [(f"Reuters-21578 draw (reuters_merge_pairs.jsonl, {n} pairs, {same} 'same'): by half, as read",
             lambda: rows(got)),
            ("Reuters draw: weighted back to all candidate pairs of its strata", lambda: weighted(got)),
            ("Reuters draw: by stratum", lambda: by_stratum(got)),
            ("Reuters draw: 'same' pairs by the first check that keeps them apart", lambda: missed(got)),
            ("Reuters draw: merged pairs by the way that joins them (counts by half)", lambda: merged_by(got)),
            ("Reuters draw: what better evidence alone could reach (counts by half)", lambda: ceiling(got))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--no-append", action="store_true", help="print only; do not append to bench/RESULTS.md")
    ap.add_argument("--show", choices=["working"], help="print the working half's mistakes")
    ap.add_argument("--only", choices=["reuters"], help="score only the Reuters set")
    ap.add_argument("--recoded", type=Path, metavar="RECORDS",
                    help="also score the pairs as today's coder codes their stories (the JSONL of `communique "
                         "extract wikinews_en_2019_2020.jsonl --upto events -f jsonl`), labels carried by trigger")
    args = ap.parse_args()
    reuters = reuters_sections(args.show)
    if args.only == "reuters":
        run_sections("Event merging (Reuters-21578 hand-read pairs)", reuters,
                     append=not args.no_append and bool(reuters))
        return
    pairs = load_pairs()
    with tempfile.TemporaryDirectory() as tmp:
        scored = score(pairs, Path(tmp))
    with tempfile.TemporaryDirectory() as tmp:
        drawn = score(load_pairs(RANDOM), Path(tmp))
    with tempfile.TemporaryDirectory() as tmp:
        more = score(load_pairs(MORE), Path(tmp))
    today: list[tuple[str, object]] = []
    if args.recoded:
        for name, path in (("first set", PAIRS), ("random draw", RANDOM)):
            kept, lost = recoded(load_pairs(path), args.recoded)
            with tempfile.TemporaryDirectory() as tmp:
                got = score(kept, Path(tmp))
            if args.show:
                show(got, args.show)
            today.append((f"{name} as today's coder codes its stories (--recoded): by half",
                          lambda got=got, lost=lost: recoded_rows(got, lost)))
            today.append((f"{name}, recoded: 'same' pairs by the first check that keeps them apart",
                          lambda got=got: missed(got)))
            today.append((f"{name}, recoded: what better evidence alone could reach (counts by half)",
                          lambda got=got: ceiling(got)))
    if args.show:
        show(scored, args.show)
        show(drawn, args.show)
        show(more, args.show)
    run_sections("Event merging (Wikinews hand-read pairs)",
                 [("before: merging by codes, dates and places", lambda: rows(scored, "by_flag")),
                  ("merging by who (store/same_event.py): false merges and merge recall by half", lambda: rows(scored)),
                  ("by kind of pair", lambda: by_kind(scored)),
                  ("'same' pairs by the first check that keeps them apart", lambda: missed(scored)),
                  ("merged pairs by the way that joins them (counts by half)", lambda: merged_by(scored)),
                  ("what better evidence alone could reach (counts by half)", lambda: ceiling(scored)),
                  ("random draw from the store's candidates (wikinews_merge_random.jsonl): by half, as read",
                   lambda: rows(drawn)),
                  ("random draw: weighted back to all 35,138 candidate pairs", lambda: weighted(drawn)),
                  ("random draw: by stratum", lambda: by_stratum(drawn)),
                  ("random draw: 'same' pairs by the first check that keeps them apart", lambda: missed(drawn)),
                  ("random draw: merged pairs by the way that joins them (counts by half)", lambda: merged_by(drawn)),
                  ("random draw: what better evidence alone could reach (counts by half)", lambda: ceiling(drawn)),
                  ("third draw (wikinews_merge_more.jsonl, 2026-12-05's coding): by half, as read", lambda: rows(more)),
                  ("third draw: 'same' pairs by the first check that keeps them apart", lambda: missed(more)),
                  ("third draw: merged pairs by the way that joins them (counts by half)", lambda: merged_by(more)),
                  *today, *reuters],
                 append=not args.no_append)


if __name__ == "__main__":
    main()
