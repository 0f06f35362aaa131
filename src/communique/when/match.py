"""Running the time rules over a text: every candidate match, then the longest ones that do not overlap.

Tense may be fixed by the caller or guessed per expression from its sentence (``tense``).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from communique.when import calendar as cal
from communique.when.lexicon import lexicon
from communique.when.rules import DIGIT_TRIGGERS, Ctx, rules, triggers
from communique.when.tense import guess_tense, sentence_spans

TENSES = ("past", "present", "future")
WINDOW = 60
"""Rules run within this many characters of a trigger word; no expression is longer."""


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    range: cal.Range
    granularity: str
    rule: str


def _norm_tense(tense: object) -> str | None:
    return tense.lower() if isinstance(tense, str) and tense.lower() in TENSES else None


TenseHint = str | Callable[[int, int], "str | None"] | None
"""A tense for every expression, or a function giving the tense of the clause around a span (start, end)."""


def _hint(tense: TenseHint, start: int, end: int) -> str | None:
    if not callable(tense):
        return _norm_tense(tense)
    try:
        return _norm_tense(tense(start, end))
    except Exception:  # a caller's hint that fails must not lose the text's times
        return None


def candidates(text: str, anchor: dt.date, tense: TenseHint, strict: bool, guess: bool,
               within: tuple[int, int] | None = None) -> list[Hit]:
    """Every rule match that resolves (only inside ``within`` when given). With ``guess``, an expression
    the hint gives no tense for has its tense guessed from its sentence."""
    lex = lexicon()
    out: list[Hit] = []
    sentences = sentence_spans(text) if guess and (tense is None or callable(tense)) else []
    starts = [s for s, _ in sentences]
    spans = windows(text) if within is None else {r.name: [within] for r in rules()}
    for rule in rules():
        for ws, we in spans.get(rule.name, ()):
            for m in rule.regex.finditer(text, ws, we):
                t = _hint(tense, m.start(), m.end())
                if t is None and sentences:
                    sent = sentences[max(bisect.bisect_right(starts, m.start()) - 1, 0)]
                    t = guess_tense(text, m.start(), m.end(), sentence=sent)
                try:
                    res = rule.handler(m, Ctx(text, anchor, t, strict, _inner), lex)
                except (ValueError, OverflowError, KeyError, TypeError, IndexError):
                    res = None
                if res is not None:
                    out.append(Hit(m.start(), m.end(), res[0], res[1], rule.name))
    return out


_WORD = re.compile(r"\w+")


def windows(text: str, margin: int = WINDOW) -> dict[str, list[tuple[int, int]]]:
    """For each rule, the stretches of text within ``margin`` characters of one of its trigger words,
    merged where they touch."""
    table = triggers()
    out: dict[str, list[tuple[int, int]]] = {}
    for m in _WORD.finditer(text):
        word = m.group().lower()
        names = table.get(word)
        if names is None and word[:1].isdigit() or word[:1] in "qh" and len(word) == 2:
            names = next((n for rx, n in DIGIT_TRIGGERS if rx.fullmatch(word)), None)
        if not names:
            continue
        s, e = max(0, m.start() - margin), min(len(text), m.end() + margin)
        for name in names:
            spans = out.setdefault(name, [])
            if spans and s <= spans[-1][1]:
                spans[-1] = (spans[-1][0], max(spans[-1][1], e))
            else:
                spans.append((s, e))
    return out


def select(hits: list[Hit]) -> list[Hit]:
    """The longest hits first, each kept only if it overlaps none already kept; returned in text order."""
    kept: list[Hit] = []
    starts: list[int] = []  # kept hits by start: they never overlap, so their ends are in order too
    for h in sorted(hits, key=lambda h: (-(h.end - h.start), h.start)):
        i = bisect.bisect_left(starts, h.start)
        if (i > 0 and kept[i - 1].end > h.start) or (i < len(kept) and kept[i].start < h.end):
            continue
        starts.insert(i, h.start)
        kept.insert(i, h)
    return [h for h in kept if h.granularity != "invalid"]


def best_match(text: str, anchor: dt.date, tense: str | None,
               strict: bool = False) -> tuple[cal.Range, str] | None:
    """The range and granularity of the longest expression in ``text``, or None."""
    hits = select(candidates(text, anchor, _norm_tense(tense), strict, guess=False))
    if not hits:
        return None
    h = max(hits, key=lambda h: h.end - h.start)
    return h.range, h.granularity


def _inner(text: str, anchor: dt.date, tense: str | None) -> tuple[cal.Range, str] | None:
    """What a rule's inner expression means ("March 3" in "the week of March 3"), read leniently."""
    return best_match(text, anchor, tense, strict=False)
