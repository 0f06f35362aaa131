"""A cheap guess at the tense of the clause around a time expression, for when no parse is at hand.

"Friday" is last Friday in "talks ended Friday" and next Friday in "talks will resume Friday". The
marker nearest the expression decides (a comma between them counts as distance), so that in
"said Monday that talks will resume" the past "said" governs "Monday". A caller with a dependency
parse should pass the tense of the governing verb instead.
"""

from __future__ import annotations

import re

_FUTURE = re.compile(
    r"\b(will|won't|wo|shall|'ll|would|might|going\s+to|gonna|until|till|as\s+soon\s+as|upcoming"
    r"|(?:is|are|am|was|were|'s|'re)\s+(?:to|due|scheduled|slated|set|expected|planning|going)"
    r"|(?:set|plans?|intends?|intended|expected|hopes?|hoped|aims?)\s+to|scheduled|slated|planned|planning)\b",
    re.IGNORECASE)
_PAST = re.compile(
    r"\b((?i:was|were|had|did|didn't|said|told|ago|went|came|met|made|took|gave|held|began|saw|left|won|lost"
    r"|fell|rose|sold|bought|paid|found|got|became)|[a-z]{2,}ed)\b")
"""Past markers; a regular past ("-ed") only in lower case, so that "United" is not one."""
_PRESENT = re.compile(r"\b(is|are|am|has|have|does|says)\b", re.IGNORECASE)
_AUX_BEFORE = re.compile(r"\b(?:be|been|being|is|are|am)\s+$", re.IGNORECASE)
REACH = 200
"""Markers are looked for this many characters either side of the expression, within its sentence."""
_SENTENCE = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)]*\s+(?=[\"'\u201c\u2018(]*[A-Z])")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of every sentence of a text, split as ``sentence_around`` splits."""
    out, s = [], 0
    for m in _SENTENCE.finditer(text):
        out.append((s, m.start()))
        s = m.end()
    out.append((s, len(text)))
    return out


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of the sentence holding ``text[start:end]`` (split at . ! ? before a capital)."""
    s = 0
    for m in _SENTENCE.finditer(text):
        if m.end() <= start:
            s = m.end()
        elif m.start() >= end:
            return s, m.start()
    return s, len(text)


def guess_tense(text: str, start: int | None = None, end: int | None = None,
                sentence: tuple[int, int] | None = None) -> str | None:
    """'future', 'past', 'present' or None: the tense marker nearest ``text[start:end]`` (the whole text
    when no span is given) within its sentence."""
    if not isinstance(text, str) or not text:
        return None
    if start is None and end is None:
        markers = (("future", _FUTURE), ("past", _PAST), ("present", _PRESENT))
        found = [t for t, rx in markers if rx.search(text)]
        return found[0] if found else None
    start = 0 if start is None else max(0, min(start, len(text)))
    end = len(text) if end is None else max(start, min(end, len(text)))
    if sentence is not None:
        s, e = sentence
    else:
        s, e = sentence_around(text, start, end) if end > start else (0, len(text))
    s, e = max(s, start - REACH), min(e, end + REACH)  # a long "sentence" stays cheap
    best: tuple[float, str] | None = None
    for tense, rx in (("future", _FUTURE), ("past", _PAST), ("present", _PRESENT)):
        for m in rx.finditer(text, s, e):
            if start <= m.start() < end:
                continue  # inside the expression itself ("last", "yesterday" are handled there)
            before = max(0, m.start() - 8)
            participle = m.group().endswith("ed") and _AUX_BEFORE.search(text, before, m.start())
            if tense == "past" and participle:
                continue  # a participle after "be" ("will be redeemed"): its auxiliary tells the tense
            gap = text[m.end():start] if m.end() <= start else text[end:m.start()]
            dist = len(gap.split()) + 3 * gap.count(",") + (0.5 if m.start() >= end else 0)
            dist += {"future": 0.0, "past": 0.2, "present": 0.4}[tense]
            if best is None or dist < best[0]:
                best = (dist, tense)
    return best[1] if best else None
