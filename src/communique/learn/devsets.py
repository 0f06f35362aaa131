"""The event dev sets of ../shared/data read into one shape, for training the coder and scoring it.

Each set labels events differently: PLOVER GSR gives types with coded actors, PLV gives (source span,
target span, type), ConfliBERT a five-way class with spans, the PETRARCH2 unit tests CAMEO codes for
fictional actors, and Reuters earn/acq business stories have no political events at all. Here every
sentence becomes an ``Item`` whose ``gold`` relations say which PLOVER types are allowed (a set: PLV's
YIELD is CONCEDE or RETREAT, a ConfliBERT class is any type of its quad) and, where known, where the
parties are in the text.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parents[3].parent / "shared" / "data"
QUADS = {
    1: frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE"}),
    2: frozenset({"COOPERATE", "AID", "RETREAT"}),
    3: frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION"}),
    4: frozenset({"PROTEST", "MOBILIZE", "COERCE", "ASSAULT"}),
}
"""ConfliBERT's classes 1-4 as PLOVER types, by the quad classes of data/plover.yaml (SANCTION is verbal there)."""
CAMEO_ROOTS = {"03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE", "07": "AID",
               "08": "CONCEDE|RETREAT", "09": "ACCUSE", "10": "REQUEST", "11": "ACCUSE", "12": "REJECT",
               "13": "THREATEN", "14": "PROTEST", "15": "MOBILIZE", "16": "SANCTION", "17": "COERCE",
               "18": "ASSAULT", "19": "ASSAULT", "20": "ASSAULT"}
"""CAMEO roots to PLOVER (CAMEO2PLOVER-2021 at root level; 01-02, statements and appeals, are no PLOVER event)."""


@dataclass(frozen=True)
class Gold:
    """One labelled relation: the PLOVER types it may be, and the parties' character spans and codes."""

    types: frozenset[str]
    source: tuple[tuple[int, int], ...] = ()
    target: tuple[tuple[int, int], ...] = ()
    source_codes: frozenset[str] = frozenset()
    target_codes: frozenset[str] = frozenset()
    trigger_words: frozenset[str] = frozenset()
    optional: bool = False  # a reading left open by the hand-labelled sets: neither missed nor false


@dataclass
class Item:
    id: str
    dataset: str
    text: str
    gold: list[Gold] = field(default_factory=list)
    date: str | None = None
    pentaclass: int | None = None


def _find(text: str, phrase: str | None) -> tuple[tuple[int, int], ...]:
    if not phrase:
        return ()
    i = text.find(phrase)
    return ((i, i + len(phrase)),) if i >= 0 else ()


def _marked_spans(marked: str, tag: str) -> tuple[tuple[int, int], ...]:
    """Character spans of <s>..</s> or <t>..</t> in PLV's marked text, as offsets into the unmarked text."""
    out, plain = [], 0
    pos = 0
    starts: list[int] = []
    for m in re.finditer(r"</?[st]>", marked):
        plain += m.start() - pos
        pos = m.end()
        if m.group() == f"<{tag}>":
            starts.append(plain)
        elif m.group() == f"</{tag}>" and starts:
            out.append((starts.pop(), plain))
    return tuple(out)


def _types(code: str) -> frozenset[str]:
    return frozenset({"CONCEDE", "RETREAT"}) if code == "YIELD" else frozenset({code})


def read_plv(path: Path) -> list[Item]:
    items = []
    for line in path.open(encoding="utf-8"):
        r = json.loads(line)
        gold = [Gold(types=_types(e["event_code_plover_current"]), source=_marked_spans(e["marked"], "s"),
                     target=_marked_spans(e["marked"], "t")) for e in r["events"]]
        items.append(Item(r["id"], "plv", r["text"], gold))
    return items


def read_gsr(path: Path) -> list[Item]:
    items = []
    for line in path.open(encoding="utf-8"):
        r = json.loads(line)
        gold = []
        for e in r["events"]:
            if not e.get("event_code_plover_current"):
                continue
            src = [a for a in e["source_actor"] if a.get("text")]
            tgt = [a for a in e["target_actor"] if a.get("text")]
            gold.append(Gold(
                types=frozenset({e["event_code_plover_current"]}),
                source=tuple(s for a in src for s in _find(r["text"], a["text"])),
                target=tuple(s for a in tgt for s in _find(r["text"], a["text"])),
                source_codes=frozenset(a["code"] for a in e["source_actor"] if a.get("code")),
                target_codes=frozenset(a["code"] for a in e["target_actor"] if a.get("code")),
                trigger_words=frozenset(w.lower() for w in (e.get("event_text") or "").split())))
        items.append(Item(r["id"], "gsr", r["text"], gold))
    return items


def read_conflibert(path: Path) -> list[Item]:
    items = []
    for line in path.open(encoding="utf-8"):
        r = json.loads(line)
        cls = next((e["pentaclass"] for e in r["events"] if e.get("pentaclass") is not None), 0)
        gold = []
        for e in r["events"]:
            if cls in QUADS:
                src = [s for a in e.get("source_actor") or [] for s in _find(r["text"], a.get("text"))]
                tgt = [s for a in e.get("target_actor") or [] for s in _find(r["text"], a.get("text"))]
                gold.append(Gold(types=QUADS[cls], source=tuple(src), target=tuple(tgt)))
        items.append(Item(r["id"], "conflibert", r["text"], gold, pentaclass=cls))
    return items


def read_petrarch(path: Path) -> list[Item]:
    items = []
    for line in path.open(encoding="utf-8"):
        r = json.loads(line)
        meta = r.get("meta") or {}
        if meta.get("error_expected"):
            continue
        gold = []
        for e in r["events"]:
            root = (e.get("event_code") or "")[:2]
            if root in CAMEO_ROOTS:
                gold.append(Gold(types=frozenset(CAMEO_ROOTS[root].split("|"))))
        date = meta.get("date")
        date = f"{date[:4]}-{date[4:6]}-{date[6:8]}" if date and len(date) == 8 else None
        items.append(Item(r["id"], "petrarch", r["text"], gold, date=date))
    return items


def read_reuters(path: Path, n: int = 300, skip: int = 1000) -> list[Item]:
    """Business stories (earn/acq) as sentences with no political event: the coder's negatives. The first
    ``skip`` stories are left to the false-event benchmark (bench/events.py reads the first 1,000)."""
    items, seen = [], 0
    for line in path.open(encoding="utf-8"):
        r = json.loads(line)
        text = " ".join((r.get("text") or "").split())
        if not (set(r.get("topics") or ()) & {"earn", "acq"}) or len(text.split()) < 50:
            continue
        seen += 1
        if seen <= skip:
            continue
        items.append(Item(f"reuters-{r['id']}", "reuters", text, [], date="1987-03-01"))
        if len(items) >= n:
            break
    return items


LABELLED = tuple(p for p in sorted((Path(__file__).resolve().parents[3] / "bench" / "data").glob(
    "wikinews_events_gold*.jsonl")) if "reader" not in p.name)
"""The project's hand-labelled ordinary news (bench/data/README.md; the second reader's file excluded): every event
of five consecutive sentences of Wikinews stories, labelled before any coder output on them was read."""


def read_labelled(path: Path, part: str | None = "working") -> list[Item]:
    """A hand-labelled Wikinews batch as items of the set "wikinews", only its ``part`` (split.half of the sentence
    id; None: all): the working halves teach the classifier ordinary news, its every event labelled (an unmatched
    candidate is no event); the checking halves stay unseen by it, for bench/events.py. A gold event's actor and
    recipient are words of its sentence; ``also`` types are allowed too."""
    from .split import half

    items = []
    for line in path.open(encoding="utf-8"):
        r = json.loads(line)
        if part is not None and half(r["id"]) != part:
            continue
        gold = [Gold(types=frozenset({e["type"], *(e.get("also") or ())}),
                     source=tuple(s for a in e.get("actor") or () for s in _find(r["text"], a)),
                     target=tuple(s for a in e.get("recipient") or () for s in _find(r["text"], a)),
                     optional=bool(e.get("optional"))) for e in r.get("events") or ()]
        items.append(Item(r["id"], "wikinews", r["text"], gold, date=r.get("date")))
    return items


def read_all(data: Path = DEFAULT_DATA, reuters: int = 300, labelled: tuple[Path, ...] = ()) -> list[Item]:
    """Every event dev set found under ``data`` (missing files are skipped), and the working halves of the
    hand-labelled batches ``labelled``."""
    ev = data / "events"
    readers = [(ev / "plv-train.jsonl", read_plv), (ev / "plover-gsr-dev.jsonl", read_gsr),
               (ev / "conflibert-pentaclass-train.jsonl", read_conflibert),
               (ev / "petrarch2-unittest.jsonl", read_petrarch)]
    items = [it for path, read in readers if path.exists() for it in read(path)]
    reuters_path = data / "corpora" / "reuters21578" / "reuters21578.jsonl"
    if reuters and reuters_path.exists():
        items += read_reuters(reuters_path, reuters)
    return items + [it for path in labelled for it in read_labelled(path)]
