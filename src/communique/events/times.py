"""When an event happened: the time expression of its own clause, resolved against the article date."""

from __future__ import annotations

import datetime as dt

from ..model import Span, When
from .when import article_when, find_times


def _tense(trigger) -> str | None:
    aux = {c.lower_ for c in trigger.children if c.dep_ in ("aux", "auxpass")}
    if aux & {"will", "shall", "'ll"}:
        return "future"
    if trigger.tag_ in ("VBD", "VBN") or aux & {"did", "had", "was", "were", "has", "have"}:
        return "past"
    return None


def when_of(doc, trigger, anchor: dt.date | None) -> When | None:
    """The time expression inside the trigger's clause nearest to it; else the article date (granularity
    ``article``); None when the article has no date either."""
    if anchor is None:
        return None
    sent = trigger.sent
    lo = min(t.idx for t in trigger.subtree)
    hi = max(t.idx + len(t) for t in trigger.subtree)
    best = None
    dates = [(e.start_char - sent.start_char, e.end_char - sent.start_char) for e in sent.ents if e.label_ == "DATE"]
    for w in find_times(sent.text, anchor, _tense(trigger), entities=dates):
        s, e = w.span.start + sent.start_char, w.span.end + sent.start_char
        if lo <= s and e <= hi:
            dist = abs(s - trigger.idx)
            if best is None or dist < best[0]:
                w.span = Span(s, e, doc.text[s:e])
                best = (dist, w)
    return best[1] if best else article_when(anchor)
