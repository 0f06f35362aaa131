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


def _date_spans(sent) -> list[tuple[int, int]]:
    """The DATE entities wholly inside ``sent``, as offsets into its text: what ``sent.ents`` gives, read off the
    sentence's own tokens (``Span.ents`` walks every entity of the document, and this runs once per event)."""
    doc, out, begin, end = sent.doc, [], None, 0
    for t in sent:
        if begin is not None and t.ent_iob_ != "I":
            out.append((begin, end))
            begin = None
        if t.ent_iob_ == "B" and t.ent_type_ == "DATE":
            begin = t.idx
        if begin is not None:
            end = t.idx + len(t)
    if begin is not None and (sent.end == len(doc) or doc[sent.end].ent_iob_ != "I"):
        out.append((begin, end))
    return [(s - sent.start_char, e - sent.start_char) for s, e in out]


def when_of(doc, trigger, anchor: dt.date | None) -> When | None:
    """The time expression inside the trigger's clause nearest to it; else the article date (granularity
    ``article``); None when the article has no date either."""
    if anchor is None:
        return None
    sent = trigger.sent
    lo = min(t.idx for t in trigger.subtree)
    hi = max(t.idx + len(t) for t in trigger.subtree)
    best = None
    dates = _date_spans(sent)
    for w in find_times(sent.text, anchor, _tense(trigger), entities=dates):
        s, e = w.span.start + sent.start_char, w.span.end + sent.start_char
        if lo <= s and e <= hi:
            dist = abs(s - trigger.idx)
            if best is None or dist < best[0]:
                w.span = Span(s, e, w.text)  # = doc.text[s:e]; Doc.text joins every token, per event too dear
                best = (dist, w)
    return best[1] if best else article_when(anchor)
