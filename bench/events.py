"""Event coding benchmark: PLOVER gold sentences, ConfliBERT quad classes, false events on Reuters business
news, the founding page, and the speed of the full pipeline beside bare spaCy, in one run.

    python bench/events.py [--shared ../shared] [--texts 2000] [--reuters 1000] [--no-append]
                           [--only gsr,conflibert,reuters,...] [--errors]

``--only`` runs some sections (gsr, plv, conflibert, petrarch, dates, reuters, wikinews, wikinews-gold,
wikinews-gold-2, wikinews-gold-3, wikinews-gold-4, wikinews-gold-all, wikinews-agreement, founding, speed) and appends
nothing (unless ``--append``);
``--errors`` prints the misses of the dev sets' working halves (never the checking halves).
Every dev set is scored on its working half, its checking half (``communique.learn.split``) and all of it.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import sys
from pathlib import Path
from types import SimpleNamespace

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


def wikinews(shared: Path, pipeline: Pipeline, n: int = 40, seed: int = 11) -> list[dict[str, object]]:
    """Events on the 295 Wikinews stories (general news: interviews, science, elections, conflict), with a fixed
    sample of ``n`` written out to be read by hand: the dev sets hold sentences chosen for their events, so only
    reading says how many of the events coded on ordinary news are right. The sample of seed 11 has been read in
    every session since the first and rules were written after reading it; another seed draws a fresh sample,
    whose reading says what the first one can no longer."""
    path = shared / "data" / "corpora" / "wikinews" / "wikinews_en_2019_2020.jsonl"
    if not path.exists():
        return []
    rows = [json.loads(line) for line in path.open()]
    events = []
    for r in rows:
        [rec] = code_events(pipeline, [r["text"]], date=r.get("date"))
        events += [(r["id"], e) for e in rec.events]
    sample = random.Random(seed).sample(events, min(n, len(events)))
    OUT.mkdir(parents=True, exist_ok=True)
    out = OUT / ("wikinews_events_sample.md" if seed == 11 else f"wikinews_events_sample_seed{seed}.md")
    with out.open("w") as f:
        f.write(f"# {len(sample)} events coded on the Wikinews stories, drawn with seed {seed}, for reading\n\n")
        for rid, e in sample:
            f.write(f"- {rid}: {e.type} {[p.name + ':' + str(p.code) for p in e.actor]} -> "
                    f"{[p.name + ':' + str(p.code) for p in e.recipient]} [{e.modality}] "
                    f"({e.trigger.text if e.trigger else ''}): {' '.join(e.evidence.text.split())}\n")
    return [{"task": f"Wikinews, {len(rows)} stories", "system": "communique", "events": len(events),
             "events_per_story": len(events) / max(len(rows), 1),
             "stories_without_events": len(rows) - len({rid for rid, _ in events}),
             "sample": str(out.relative_to(ROOT))}]


PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
WIKINEWS_GOLD = ROOT / "bench" / "data" / "wikinews_events_gold.jsonl"
WIKINEWS_GOLD_2 = ROOT / "bench" / "data" / "wikinews_events_gold_2.jsonl"  # the second batch (60 other stories)
WIKINEWS_GOLD_3 = ROOT / "bench" / "data" / "wikinews_events_gold_3.jsonl"  # the third batch (59 other stories)
WIKINEWS_GOLD_4 = ROOT / "bench" / "data" / "wikinews_events_gold_4.jsonl"  # the fourth batch (59 other stories)
MODALITIES = ("asserted", "negated", "hypothetical", "future")
_STOP = frozenset(["the", "a", "an", "of", "and", "in", "on", "at", "to", "from", "for", "by", "with", "s"])


def read_wikinews_gold(path: Path = WIKINEWS_GOLD) -> list[dict]:
    """The hand-labelled Wikinews sentences (bench/data/README.md), checked: ids unique and made of the story id
    and the sentence index, types among PLOVER's 16, modalities known, and every actor and recipient text found in
    its sentence. Raises ValueError on the first fault."""
    rows, seen = [], set()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        r = json.loads(line)
        where = f"{path.name}:{n} ({r.get('id')})"
        if r["id"] in seen or not r["id"].startswith(r["story"] + "#s"):
            raise ValueError(f"{where}: id repeated or not <story>#s<index>")
        seen.add(r["id"])
        if not r["text"] or r["end"] - r["start"] != len(r["text"]):
            raise ValueError(f"{where}: empty text or offsets that do not fit it")
        for e in r["events"]:
            if e["type"] not in PLOVER_TYPES or not set(e.get("also", ())) <= set(PLOVER_TYPES):
                raise ValueError(f"{where}: type {e['type']} {e.get('also', '')} is not PLOVER's")
            if e.get("modality", "asserted") not in MODALITIES:
                raise ValueError(f"{where}: modality {e.get('modality')!r}")
            for s in (*e["actor"], *e["recipient"]):
                if not s or s not in r["text"]:
                    raise ValueError(f"{where}: party {s!r} is not in the sentence")
        rows.append(r)
    return rows


def _words(texts) -> set[str]:
    return {w for t in texts for w in re.findall(r"[a-z0-9]+", (t or "").lower()) if w not in _STOP}


def _party_ok(gold_texts: list[str], gold_refs: list[str], parties) -> bool:
    """A party right: the gold's words (the sentence's words and, for a pronoun, a description or a party left
    implicit, the name the story gives it) overlap the predicted parties' names and sentence words; an empty gold
    party is right only when none is predicted."""
    want = _words([*gold_texts, *gold_refs])
    got = _words([x for p in parties for x in (p.name, p.span.text if p.span else "")])
    return bool(want & got) if want else not parties


def _match(gold: list[dict], pred: list, level: int) -> list[tuple[int, int]]:
    """Greedy one-to-one (gold, predicted) pairs in one sentence at a level (1 type, 2 + actor, 3 + recipient),
    required gold events first, then optional ones. A type matches the gold type or one of its ``also``."""
    def ok(g, e) -> bool:
        return (e.type in (g["type"], *g.get("also", ()))
                and (level < 2 or _party_ok(g["actor"], g.get("actor_ref", []), e.actor))
                and (level < 3 or _party_ok(g["recipient"], g.get("recipient_ref", []), e.recipient)))
    pairs: list[tuple[int, int]] = []
    for gi in sorted(range(len(gold)), key=lambda i: bool(gold[i].get("optional"))):
        pi = next((j for j, e in enumerate(pred) if j not in {p for _, p in pairs} and ok(gold[gi], e)), None)
        if pi is not None:
            pairs.append((gi, pi))
    return pairs


def _prf(tp_g: int, n_g: int, tp_p: int, n_p: int) -> dict[str, float]:
    p, r = tp_p / n_p if n_p else 0.0, tp_g / n_g if n_g else 0.0
    return {"P": p, "R": r, "F1": 2 * p * r / (p + r) if p + r else 0.0}


_CODED: dict[int, dict[str, Record]] = {}
"""The stories coded in this run, by pipeline: two sections (wikinews-gold and wikinews-gold-all) score one story."""


def code_wikinews_gold(shared: Path, pipeline: Pipeline, rows: list[dict]) -> list[list] | None:
    """Each labelled sentence's predicted events: its whole story run through the pipeline as a user runs a JSONL
    corpus (read_jsonl, Pipeline.process), keeping the events whose trigger (else evidence) starts in the
    sentence, so that pronouns, titles and dates resolve as they do in use. None without the corpus."""
    from communique.sources.jsonl import read_jsonl

    path = shared / "data" / "corpora" / "wikinews" / "wikinews_en_2019_2020.jsonl"
    if not path.exists():
        return None
    stories = {r["story"] for r in rows}
    records = _CODED.setdefault(id(pipeline), {})
    todo = stories - set(records)
    if todo:
        pages = {p.source: p for p in read_jsonl(str(path), path.read_bytes(), 10**8) if p.source in todo}
        records |= {s: pipeline.process(pages[s]) for s in sorted(todo)}
    out = []
    for r in rows:
        text = records[r["story"]].article.text
        start = r["start"] if text[r["start"]:r["end"]] == r["text"] else text.find(r["text"])
        if start < 0:
            raise SystemExit(f"{r['id']}: the labelled sentence is no longer in the article text the pipeline reads")
        end = start + len(r["text"])
        out.append([e for e in records[r["story"]].events if start <= (e.trigger or e.evidence).start < end])
    return out


def wikinews_gold(shared: Path, pipeline: Pipeline, paths: tuple[Path, ...] = (WIKINEWS_GOLD,),
                  section: str = "wikinews-gold") -> list[dict[str, object]]:
    """Precision and recall of the events coded on ordinary news: Wikinews sentences, five consecutive from each
    story drawn with a fixed seed, every event labelled by hand (bench/data/README.md): the first file (400
    sentences, 80 stories, seed 12), the second (300, 60 other stories, seed 13), the third (295, 59 other
    stories, seed 14), the fourth (295, 59 other stories, seed 15), or several together (``paths``). Scored on
    each half of the sentence ids and all, on asserted events only and on all; optional gold events are neither
    missed when not found nor false when found. False alarm rate: the share of sentences with no gold event at
    all (not even optional) given one. The working half's errors go to ``--errors`` under ``section``."""
    rows = [r for path in paths for r in read_wikinews_gold(path)]
    if len({r["id"] for r in rows}) != len(rows):
        raise ValueError(f"{section}: a sentence id is in two of {[p.name for p in paths]}; a batch must draw only "
                         "new stories (bench/wikinews_gold_draw.py --exclude-file with each earlier batch)")
    preds = code_wikinews_gold(shared, pipeline, rows)
    if preds is None:
        return []
    out = []
    for view in ("asserted", "all"):
        for part in ("working", "checking", "all"):
            idx = [i for i, r in enumerate(rows) if part == "all" or half(r["id"]) == part]
            counts = {lv: [0, 0, 0, 0] for lv in (1, 2, 3)}  # required gold matched, required gold, pred matched, pred
            quiet = alarms = 0
            for i in idx:
                gold = [g for g in rows[i]["events"] if view == "all" or g.get("modality", "asserted") == "asserted"]
                pred = [e for e in preds[i] if view == "all" or e.modality in ("asserted", "reported")]
                quiet += not rows[i]["events"]
                alarms += not rows[i]["events"] and bool(pred)
                for lv, c in counts.items():
                    pairs = _match(gold, pred, lv)
                    on_optional = sum(1 for g, _ in pairs if gold[g].get("optional"))
                    c[0] += len(pairs) - on_optional
                    c[1] += sum(1 for g in gold if not g.get("optional"))
                    c[2] += len(pairs) - on_optional
                    c[3] += len(pred) - on_optional
            row: dict[str, object] = {"half": part, "events": view, "sentences": len(idx), "gold": counts[1][1],
                                      "predicted": counts[1][3]}
            for lv, name in ((1, "type"), (2, "+actor"), (3, "+recipient")):
                row |= {f"{name} {k}": v for k, v in _prf(*counts[lv]).items()}
            row |= {"no-event sentences": quiet, "false alarm rate": alarms / quiet if quiet else 0.0}
            out.append(row)
    _wikinews_errors(rows, preds, section)
    return out


def _show_gold(g: dict) -> str:
    kinds = "/".join([g["type"], *g.get("also", ())])
    extra = "".join(f" [{x}]" for x in (g.get("modality"), "optional" if g.get("optional") else None) if x)
    return f"{kinds} {g['actor'] or g.get('actor_ref', [])}->{g['recipient'] or g.get('recipient_ref', [])}{extra}"


def _show_pred(e) -> str:
    mod = f" [{e.modality}]" if e.modality != "asserted" else ""
    trigger = e.trigger.text if e.trigger else ""
    return f"{e.type} {[p.name for p in e.actor]}->{[p.name for p in e.recipient]}{mod} ({trigger})"


def _wikinews_errors(rows: list[dict], preds: list[list], section: str = "wikinews-gold") -> None:
    """The coder's errors on the working half's sentences by kind, for ``--errors`` (never the checking half)."""
    for r, pred in zip(rows, preds, strict=True):
        if half(r["id"]) != "working":
            continue
        gold = r["events"]
        typed = _match(gold, pred, 1)
        lost_g = [g for k, g in enumerate(gold) if k not in {a for a, _ in typed} and not g.get("optional")]
        lost_p = [e for k, e in enumerate(pred) if k not in {b for _, b in typed}]
        line = (f"{r['id']} | gold {'; '.join(map(_show_gold, gold)) or 'none'} | got "
                f"{'; '.join(map(_show_pred, pred)) or 'nothing'} | {r['text'][:300]}")
        if lost_g and lost_p:
            ERRORS.setdefault(f"{section}: wrong type", []).append(line)
        elif lost_g:
            ERRORS.setdefault(f"{section}: missed {'/'.join(sorted({g['type'] for g in lost_g}))}",
                              []).append(line)
        elif lost_p:
            kind = "in a no-event sentence" if not gold else "beside the gold events"
            ERRORS.setdefault(f"{section}: invented {'/'.join(sorted({e.type for e in lost_p}))} {kind}",
                              []).append(line)
        actors = {g for g, _ in _match(gold, pred, 2)}
        recips = {g for g, _ in _match(gold, pred, 3)}
        required = [g for g, _ in typed if not gold[g].get("optional")]
        if any(g not in actors for g in required):
            ERRORS.setdefault(f"{section}: right type, wrong actor", []).append(line)
        elif any(g not in recips for g in required):
            ERRORS.setdefault(f"{section}: right type and actor, wrong recipient", []).append(line)


WIKINEWS_READER2 = ROOT / "bench" / "data" / "wikinews_events_gold_reader2.jsonl"


def reader_as_predictions(events: list[dict]) -> list:
    """A reader's labelled events in the shape of the coder's, for the scorer's ``_match``: each party by the words
    the sentence names it with and the name the story gives it (``actor_ref``/``recipient_ref``), so a party left
    implicit but named by the story counts as named; ``optional`` and ``modality`` kept."""
    def parties(texts: list[str], refs: list[str]) -> list:
        return [SimpleNamespace(name=t, span=None) for t in (*texts, *refs)]
    return [SimpleNamespace(type=e["type"], actor=parties(e["actor"], e.get("actor_ref", [])),
                            recipient=parties(e["recipient"], e.get("recipient_ref", [])),
                            optional=bool(e.get("optional")), modality=e.get("modality", "asserted"))
            for e in events]


def _kappa(a: list[bool], b: list[bool]) -> float:
    """Cohen's kappa of two readers' yes/no judgements of the same items."""
    n = len(a)
    po = sum(x == y for x, y in zip(a, b, strict=True)) / n
    pa, pb = sum(a) / n, sum(b) / n
    pe = pa * pb + (1 - pa) * (1 - pb)
    return (po - pe) / (1 - pe) if pe < 1 else 1.0


def reader_agreement(first: list[dict], second: list[dict]) -> list[dict[str, object]]:
    """Agreement of a second reader with the first on the sentences both labelled: event-level P/R/F1 of the second
    reader's events scored as predictions against the first's as gold, with the scorer's matching (``_match``: type
    or ``also``, + actor, + recipient; every modality); optional events count as in the scorer (a first-reader
    optional event is neither missed when unmatched nor counted when matched), and a second-reader optional event
    left unmatched is not counted as false (that reader said it need not be found). Sentence level: Cohen's kappa
    of event vs no event, counting any event (optional too) and counting required events only."""
    other = {r["id"]: r for r in second}
    rows = [r for r in first if r["id"] in other]
    counts = {lv: [0, 0, 0, 0] for lv in (1, 2, 3)}
    for r in rows:
        gold, pred = r["events"], reader_as_predictions(other[r["id"]]["events"])
        for lv, c in counts.items():
            pairs = _match(gold, pred, lv)
            on_optional = sum(1 for g, _ in pairs if gold[g].get("optional"))
            loose = sum(1 for j, e in enumerate(pred) if e.optional and j not in {p for _, p in pairs})
            c[0] += len(pairs) - on_optional
            c[1] += sum(1 for g in gold if not g.get("optional"))
            c[2] += len(pairs) - on_optional
            c[3] += len(pred) - on_optional - loose
    out: dict[str, object] = {"sentences": len(rows), "stories": len({r["story"] for r in rows}),
                              "reader 1 events (required)": counts[1][1],
                              "reader 2 events (required)": sum(1 for r in rows for e in other[r["id"]]["events"]
                                                                if not e.get("optional"))}
    for lv, name in ((1, "type"), (2, "+actor"), (3, "+recipient")):
        out |= {f"{name} {k}": v for k, v in _prf(*counts[lv]).items()}
    for name, keep in (("any event", lambda e: True), ("required event", lambda e: not e.get("optional"))):
        a = [any(keep(e) for e in r["events"]) for r in rows]
        b = [any(keep(e) for e in other[r["id"]]["events"]) for r in rows]
        out |= {f"kappa, {name}": _kappa(a, b), f"sentences with {name}, r1/r2/both":
                f"{sum(a)}/{sum(b)}/{sum(x and y for x, y in zip(a, b, strict=True))}"}
    return [out]


def reader_disagreements(first: list[dict], second: list[dict]) -> list[tuple[str, str]]:
    """(sentence id, what the readers disagree on) for each sentence where the type-level matching leaves a required
    event of either reader unmatched, or the matched events' actor, recipient, modality or optional mark differ."""
    other = {r["id"]: r for r in second}
    out = []
    for r in first:
        if r["id"] not in other:
            continue
        g, o = r["events"], other[r["id"]]["events"]
        pred = reader_as_predictions(o)
        typed = _match(g, pred, 1)
        lost_1 = [g[i] for i in range(len(g)) if i not in {a for a, _ in typed} and not g[i].get("optional")]
        lost_2 = [o[j] for j in range(len(o)) if j not in {b for _, b in typed} and not o[j].get("optional")]
        actors, recips = {a for a, _ in _match(g, pred, 2)}, {a for a, _ in _match(g, pred, 3)}
        kinds = [f"only reader 1: {_show_gold(e)}" for e in lost_1]
        kinds += [f"only reader 2: {_show_gold(e)}" for e in lost_2]
        for a, b in typed:
            both = f"{_show_gold(g[a])} vs {_show_gold(o[b])}"
            if a not in actors:
                kinds.append(f"actor: {both}")
            elif a not in recips:
                kinds.append(f"recipient: {both}")
            if g[a].get("modality", "asserted") != o[b].get("modality", "asserted"):
                kinds.append(f"modality: {both}")
            if bool(g[a].get("optional")) != bool(o[b].get("optional")):
                kinds.append(f"required or optional: {both}")
        out += [(r["id"], k) for k in kinds]
    return out


def wikinews_agreement() -> list[dict[str, object]]:
    """The second reader's agreement with the first on the sentences both labelled (bench/data/README.md); for
    ``--errors``, the disagreements of the working half's sentences (the checking half's are only counted)."""
    if not WIKINEWS_READER2.exists():
        return []
    first, second = read_wikinews_gold(), read_wikinews_gold(WIKINEWS_READER2)
    rows = reader_agreement(first, second)
    found = reader_disagreements(first, second)
    rows[0]["disagreements (working/checking)"] = (f"{sum(half(i) == 'working' for i, _ in found)}/"
                                                   f"{sum(half(i) == 'checking' for i, _ in found)}")
    text = {r["id"]: r["text"] for r in first}
    for rid, kind in found:
        if half(rid) == "working":
            ERRORS.setdefault("wikinews-agreement: reader 1 vs reader 2", []).append(
                f"{rid} | {kind} | {text[rid][:200]}")
    return rows


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
                    help="comma-separated sections: gsr,plv,conflibert,petrarch,dates,reuters,wikinews,"
                         "wikinews-gold,wikinews-gold-2,wikinews-gold-3,wikinews-gold-4,wikinews-gold-all,wikinews-agreement,founding,speed")
    ap.add_argument("--errors", action="store_true", help="print the misses grouped by kind")
    ap.add_argument("--draw-seed", type=int, default=11,
                    help="the seed of the Wikinews sample to read (11: the one read since the first session)")
    ap.add_argument("--draw", type=int, default=40, help="how many Wikinews events to draw for reading")
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
        ("wikinews", "Events on general news (Wikinews; a sample to read)",
         lambda: wikinews(a.shared, pipeline, a.draw, a.draw_seed)),
        ("wikinews-gold", "Events on ordinary news: hand-labelled Wikinews sentences (P/R/F1 by type, + actor,"
         " + recipient; predicted: less those matching an optional gold event)",
         lambda: wikinews_gold(a.shared, pipeline)),
        ("wikinews-gold-2", "Events on ordinary news: the second hand-labelled batch (300 sentences of 60 other"
         " Wikinews stories; scored as wikinews-gold)",
         lambda: wikinews_gold(a.shared, pipeline, (WIKINEWS_GOLD_2,), "wikinews-gold-2")),
        ("wikinews-gold-3", "Events on ordinary news: the third hand-labelled batch (295 sentences of 59 other"
         " Wikinews stories; scored as wikinews-gold)",
         lambda: wikinews_gold(a.shared, pipeline, (WIKINEWS_GOLD_3,), "wikinews-gold-3")),
        ("wikinews-gold-4", "Events on ordinary news: the fourth hand-labelled batch (295 sentences of 59 other"
         " Wikinews stories; scored as wikinews-gold)",
         lambda: wikinews_gold(a.shared, pipeline, (WIKINEWS_GOLD_4,), "wikinews-gold-4")),
        ("wikinews-gold-all", "Events on ordinary news: the four hand-labelled batches together (1290 sentences of"
         " 258 Wikinews stories; scored as wikinews-gold)",
         lambda: wikinews_gold(a.shared, pipeline, (WIKINEWS_GOLD, WIKINEWS_GOLD_2, WIKINEWS_GOLD_3,
                                                    WIKINEWS_GOLD_4), "wikinews-gold-all")),
        ("wikinews-agreement", "Hand-labelled Wikinews sentences: a second reader against the first (event-level"
         " P/R/F1 by the scorer's matching; Cohen's kappa of event vs no event by sentence)", wikinews_agreement),
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
