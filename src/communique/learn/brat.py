"""Reading brat standoff annotation files (the format PolNeAR ships in), for the quote bench and the cue
tagger's training script; the annotations themselves stay in ../shared/data.

Several annotators' files share one article text (``<stem>_<4 hex>.ann``); the article's stem is what the
working/checking split is keyed on, so every annotation of an article falls in the same half.
"""

from __future__ import annotations

import re
from pathlib import Path


def text_stem(ann_stem: str) -> str:
    """The article an annotation file belongs to (several annotators' files share one text): the split key."""
    return re.sub(r"_[0-9a-f]{4}$", "", ann_stem)


def _spans(field: str) -> list[tuple[int, int]]:
    out = []
    for part in field.split(" ", 1)[1].split(";"):
        a, b = part.split()
        out.append((int(a), int(b)))
    return out


def attributions(path: Path) -> list[dict[str, list[tuple[int, int]]]]:
    """Each attribution event of one brat standoff file as its roles' character spans ({"Content": [...],
    "Cue": [...], "Source": [...]}); a role whose text-bound annotation is malformed or missing has no spans."""
    spans: dict[str, list[tuple[int, int]]] = {}
    events = []
    for line in path.read_text("utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) < 2:
            continue
        if cols[0].startswith("T"):
            try:
                spans[cols[0]] = _spans(cols[1])
            except ValueError:
                continue
        elif cols[0].startswith("E"):
            events.append(dict(p.split(":", 1) for p in cols[1].split() if ":" in p))
    return [{role: [s for t in ids.split(",") if t in spans for s in spans[t]] for role, ids in e.items()}
            for e in events]
