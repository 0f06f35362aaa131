"""Where the CAMEO verb dictionary knows a verb but the rules propose no candidate, and why (issue 12).

    python bench/dictionary_audit.py [--shared ../shared] [--wikinews 400] [--reuters 300] [--cache FILE]
                                     [--examples N] [--lemma LEMMA]

Reads unlabelled news: the Wikinews stories of 2019 and 2020 (``data/corpora/wikinews/*.csv``) but the hand-labelled
ones (bench/data: their sentences are dev data, left unread), and Reuters-21578 stories that are not company results
or takeovers (topics trade, ship, crude or none: the wire's politics and trade). Each is parsed and annotated as the
pipeline does; the rule coder (``Coder(model=None, recorder=list)``) then proposes its candidates. For every verb
with a CAMEO dictionary event match (``coder.dictionary_matches``) whose clause names a party (an entity) as its
subject, its object, a passive subject or a prepositional object, the audit
records whether a candidate has that verb as its trigger and, if none has, why:

- in ``Coder._triggers`` (its ``trace``): a listed pattern held, one cancelled, a light verb's noun listed (its
  pattern's conditions unmet), a reporting verb, only inherited dictionary matches (a block's synonym with no code of
  its own), a listed verb with no specific dictionary pattern, or one of the fallback's word lists (decrease, causal,
  ranking, judgment, fleeing, yielding verbs, ``dictionary_not_obj``);
- after it: the clause is the content of another event (``_is_content``) or said in passing, no actor resolved,
  no recipient where the pattern needs one, or which of ``_finish``'s stops (``Coder._stop``: a generic actor,
  private life, an interview with the press, ...).

Prints the blocked counts by reason and by lemma (the 40 most blocked), and with ``--examples`` sentences of each.
Nothing is scored: the corpora are unlabelled, the table says where candidates are lost, not whether rightly.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ROOT, table  # noqa: E402

from communique.events import coder as coder_mod  # noqa: E402
from communique.events.coder import Coder  # noqa: E402
from communique.events.entity_index import EntityIndex  # noqa: E402
from communique.events.syntax import (  # noqa: E402
    _objects,
    _said_in_passing,
    dictionary_matches,
    passive_subjects,
    subject_of,
)
from communique.learn.devsets import Item  # noqa: E402
from communique.learn.train_coder import parse_cached  # noqa: E402

POLITICAL = frozenset({"trade", "ship", "crude"})
GOLD = [ROOT / "bench" / "data" / name for name in ("wikinews_events_gold.jsonl", "wikinews_events_gold_2.jsonl")]


def read_items(shared: Path, n_wiki: int, n_reuters: int) -> list[Item]:
    csv.field_size_limit(10**9)
    items: list[Item] = []
    wiki = shared / "data" / "corpora" / "wikinews"
    labelled = {json.loads(line)["url"] for f in GOLD for line in f.open(encoding="utf-8") if f.exists()}
    rows = [r for f in sorted(wiki.glob("wikinews_*.csv")) for r in csv.DictReader(f.open(encoding="utf-8"))
            if r.get("url") not in labelled]  # the hand-labelled stories stay unread: their sentences are dev data
    for k, r in enumerate(rows[:n_wiki]):
        text = " ".join((r.get("text") or "").split())
        if text:
            items.append(Item(f"wikinews-{k}", "wikinews", text, [], date=r.get("date") or None))
    path = shared / "data" / "corpora" / "reuters21578" / "reuters21578.jsonl"
    got = 0
    for line in path.open(encoding="utf-8"):
        if got >= n_reuters:
            break
        r = json.loads(line)
        topics = set(r.get("topics") or ())
        text = " ".join((r.get("text") or "").split())
        if topics - POLITICAL or len(text.split()) < 50:
            continue
        got += 1
        items.append(Item(f"{r['id']}", "reuters", text, [], date="1987-03-01"))
    return items


def _parties(tok, index) -> bool:
    """True when the verb's clause names an entity as subject, object, passive subject or prepositional object."""
    heads = [*subject_of(tok), *_objects(tok), *passive_subjects(tok)]
    heads += [p for c in tok.children if c.dep_ in ("prep", "agent") for p in c.children if p.dep_ == "pobj"]
    with index.leniency(True):
        return any(index.of_phrase(h) for h in heads)


def _downstream(coder: Coder, doc, index, tok, anchor, kb) -> str:
    """Why a trigger ``_triggers`` proposes gives no candidate: the first of __call__'s or _finish's stops."""
    pats = list(coder._triggers(tok))
    if not pats:
        return "no pattern (other)"
    pattern, trigger, obj_noun = pats[0]
    if coder._is_content(trigger):
        return "content of another event's clause"
    if _said_in_passing(trigger):
        return "said in passing"
    seen: dict[str, object] = {}
    finish = coder._finish

    def spy(doc_, pattern_, trigger_, obj_noun_, actors, recipients, *a, **k):
        seen["actors"] = list(actors)
        return finish(doc_, pattern_, trigger_, obj_noun_, actors, recipients, *a, **k)

    coder._finish = spy
    try:
        saved, coder.recorder = coder.recorder, []
        ev = coder._event(doc, index, pattern, trigger, obj_noun, anchor, kb, lenient=True)
    finally:
        coder._finish = finish
        coder.recorder = saved
    if ev is not None:
        return "event made, then merged or superseded"
    if "actors" not in seen:
        return "no recipient the pattern needs"
    if not seen["actors"]:
        return "no actor resolved"
    return "_finish: " + (coder.trace or {}).get(-1 - trigger.i, "?")


def audit(parsed, kb, examples: int, only: str | None) -> tuple[list[dict], list[dict], dict]:
    reasons: Counter = Counter()
    by_lemma: dict[str, Counter] = defaultdict(Counter)
    total: Counter = Counter()
    shown: dict[tuple[str, str], list[str]] = defaultdict(list)
    for p in parsed:
        rec: list = []
        coder = Coder(model=None, recorder=rec)
        coder.trace = {}
        events = coder(p.doc, p.entities, p.date, kb)
        triggers = {ev.trigger.start for _, _, ev in rec if ev.trigger is not None}
        triggers |= {ev.trigger.start for ev in events if ev.trigger is not None}
        index = EntityIndex(p.doc, p.entities, kb, coder.pats.opposing)
        for tok in p.doc:
            if tok.pos_ not in ("VERB", "AUX") or not dictionary_matches(tok):
                continue
            lemma = tok.lemma_.lower()
            if only and lemma != only:
                continue
            if not _parties(tok, index):
                continue
            total["verbs"] += 1
            if tok.idx in triggers:
                total["candidate"] += 1
                continue
            why = coder.trace.get(tok.i)
            if why is None:
                why = "no lemma or a proposition's support"
            elif why in ("", "listed pattern held") or (why == "light verb's noun listed" and next(
                    iter(coder._triggers(tok)), None) is not None):
                head = {"": "dictionary: ", "listed pattern held": "listed: "}.get(why, "light verb: ")
                why = head + _downstream(coder, p.doc, index, tok, p.date, kb)
            reasons[why] += 1
            by_lemma[lemma][why] += 1
            if len(shown[(why, lemma)]) < examples:
                shown[(why, lemma)].append(str(tok.sent).strip()[:220])
    n = total["verbs"] or 1
    rows = [{"reason": "candidate proposed", "verbs": total["candidate"], "share": total["candidate"] / n}]
    rows += [{"reason": r, "verbs": c, "share": c / n} for r, c in reasons.most_common()]
    rows.append({"reason": "all dictionary verbs with a party", "verbs": total["verbs"], "share": 1.0})
    lemmas = sorted(by_lemma, key=lambda lem: -sum(by_lemma[lem].values()))[:40]
    lrows = [{"lemma": lem, "blocked": sum(by_lemma[lem].values()),
              "reasons": "; ".join(f"{r} {c}" for r, c in by_lemma[lem].most_common(3))} for lem in lemmas]
    return rows, lrows, shown


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    ap.add_argument("--wikinews", type=int, default=400, help="unlabelled Wikinews stories read (155 there are)")
    ap.add_argument("--reuters", type=int, default=300)
    ap.add_argument("--cache", type=Path, default=None, help="a file to keep the parse in between runs")
    ap.add_argument("--examples", type=int, default=0, help="sentences shown per reason and lemma")
    ap.add_argument("--lemma", default=None, help="audit this verb only")
    args = ap.parse_args()
    from communique.annotate import Annotator

    items = read_items(args.shared, args.wikinews, args.reuters)
    parsed = parse_cached(items, None, args.cache)
    kb = Annotator().kb
    rows, lrows, shown = audit(parsed, kb, args.examples, args.lemma)
    print(f"### dictionary verbs with a party ({len(items)} stories)\n\n{table(rows)}\n")
    print(f"### blocked, by lemma (top 40)\n\n{table(lrows)}\n")
    if args.examples:
        top = {r["lemma"] for r in lrows}
        for (why, lemma), sents in sorted(shown.items(), key=lambda kv: (kv[0][1], kv[0][0])):
            if lemma in top or args.lemma:
                for s in sents:
                    print(f"[{lemma} | {why}] {s}")


assert coder_mod  # the module whose checks are audited
if __name__ == "__main__":
    main()
