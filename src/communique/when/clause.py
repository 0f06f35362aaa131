"""When an event happened: the time expression of its own clause, resolved against the article date.

Only an expression that modifies the event's own clause dates it: one inside a relative or subordinate clause
("Putin, who came to power in 2000, said ...") belongs to that clause's event; one under "since", "before",
"until" ("the first rally since 1925") bounds a span, not the event; a season or month word that modifies a
noun ("winter fuel payments", "the May Day march") names a kind of thing, not a date; a date that modifies a
noun ("sued over its 2018 act", "asked for help in the 2020 election") is that thing's, unless the event
happens in it ("In a July 9 speech, Biden introduced a plan").

A possessive time ("this year's race", "last week's summit", "Monday's talks") says which thing, not when the
act happened: in the event's object or complement ("endorsed Lee for this year's mayoral race", "rejected
Monday's proposal") or its passive subject ("last week's summit was criticised") it is no date of the event.
It dates the event where the thing is the event itself, a nominal event ("Monday's talks between X and Y",
as "the March 3 attack" does), its setting ("at Saturday's rally", "in this year's first quarter"), or the
happening that does the act, its active subject ("Monday's blast killed 12": the killing was in the blast;
a subject that is no happening, "last year's winner endorsed ...", is misread so, a known limit).
"""

from __future__ import annotations

import datetime as dt

from ..model import Span, When
from . import article_when, find_times
from .lexicon import lexicon

_MODIFIER = frozenset({"compound", "amod", "nmod", "nummod"})
"""Dependencies by which a time expression modifies a noun ("the 2020 election", "winter fuel payments")."""
_SETTING = frozenset({"in", "at", "during", "on", "throughout"})
"""Prepositions of the event's own clause whose noun it happens in: its time is the event's."""
_OTHER_CLAUSE = frozenset({"relcl", "acl", "ccomp", "csubj", "advcl", "parataxis"})
"""Dependencies that open a clause of another event; a time under one of them is that event's."""


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
    tense = _tense(trigger)
    for w in find_times(sent.text, anchor, tense, entities=dates):
        s, e = w.span.start + sent.start_char, w.span.end + sent.start_char
        if tense == "past" and w.start > anchor.isoformat():
            continue  # "had attacked a vessel in late February", read in November: not next February
        if lo <= s and e <= hi and dates_event(trigger.doc, s, e, trigger):
            dist = abs(s - trigger.idx)
            if best is None or dist < best[0]:
                w.span = Span(s, e, w.text)  # = doc.text[s:e]; Doc.text joins every token, per event too dear
                best = (dist, w)
    return best[1] if best else article_when(anchor)


def _span(doc, start: int, end: int):
    """The tokens of [start, end), or None (never ``doc.text``: it is rebuilt on every access, per event)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span if span is not None and len(span) else None


def _setting(noun, trigger) -> bool:
    """Whether ``noun`` is what the event happens in: the object of "in", "at", "during" ... on its trigger."""
    return noun.dep_ == "pobj" and noun.head.lower_ in _SETTING and noun.head.head.i == trigger.i


def dates_event(doc, start: int, end: int, trigger) -> bool:
    """Whether the time expression at [start, end) modifies ``trigger``'s own clause (see the module's doc)."""
    span = _span(doc, start, end)
    if span is None:
        return True
    root = span.root
    words = lexicon().words
    noun = root.head
    if root.dep_ in _MODIFIER and noun.pos_ in ("NOUN", "PROPN") and noun.i != root.i:
        if not any(t.like_num or any(ch.isdigit() for ch in t.text) for t in span):
            return False  # "winter fuel payments", "the May Day march": a kind of thing, no date
        if not (noun.i == trigger.i or _setting(noun, trigger)):  # "the 2020 election", "its 2018 act": that
            return False  # thing's date, unless the event is it or happens in it ("In a July 9 speech, ...")
    if root.dep_ == "poss" and noun.pos_ in ("NOUN", "PROPN") and noun.i != root.i and not (
            noun.i == trigger.i or _setting(noun, trigger) or noun.dep_ == "nsubj" and noun.head.i == trigger.i):
        return False  # "endorsed Lee for this year's race", "last week's summit was criticised": which thing
    tok = root
    for _ in range(len(doc)):
        if tok.i == trigger.i:
            return True
        if tok.dep_ == "prep" and tok.lower_ in words.anchors or tok.lower_ in words.anchors and tok.dep_ == "mark":
            return False  # "since 1925", "before 1800", "until May"
        if tok.dep_ in _OTHER_CLAUSE or tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX"):
            return False
        if tok.head.i == tok.i:
            return True  # not under the trigger after all (a non-projective parse): keep what the span said
        tok = tok.head
    return True
