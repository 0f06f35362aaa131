"""Running the time rules over a text: every candidate match, then the longest ones that do not overlap.

Tense may be fixed by the caller or guessed per expression from its sentence (``when_tense``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from communique.events import when_calendar as cal
from communique.events.when_lexicon import lexicon
from communique.events.when_rules import Ctx, rules
from communique.events.when_tense import guess_tense

TENSES = ("past", "present", "future")


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    range: cal.Range
    granularity: str
    rule: str


def _norm_tense(tense: object) -> str | None:
    return tense.lower() if isinstance(tense, str) and tense.lower() in TENSES else None


def candidates(text: str, anchor: dt.date, tense: str | None, strict: bool, guess: bool) -> list[Hit]:
    """Every rule match that resolves. With ``guess`` the tense of each match is guessed from its sentence."""
    lex = lexicon()
    out: list[Hit] = []
    for rule in rules():
        for m in rule.regex.finditer(text):
            t = guess_tense(text, m.start(), m.end()) if guess and tense is None else tense
            try:
                res = rule.handler(m, Ctx(text, anchor, t, strict), lex)
            except (ValueError, OverflowError, KeyError, TypeError, IndexError):
                res = None
            if res is not None:
                out.append(Hit(m.start(), m.end(), res[0], res[1], rule.name))
    return out


def select(hits: list[Hit]) -> list[Hit]:
    """The longest hits first, each kept only if it overlaps none already kept; returned in text order."""
    kept: list[Hit] = []
    for h in sorted(hits, key=lambda h: (-(h.end - h.start), h.start)):
        if all(h.end <= k.start or k.end <= h.start for k in kept):
            kept.append(h)
    return sorted((h for h in kept if h.granularity != "invalid"), key=lambda h: h.start)


def best_match(text: str, anchor: dt.date, tense: str | None,
               strict: bool = False) -> tuple[cal.Range, str] | None:
    """The range and granularity of the longest expression in ``text``, or None."""
    hits = select(candidates(text, anchor, _norm_tense(tense), strict, guess=False))
    if not hits:
        return None
    h = max(hits, key=lambda h: h.end - h.start)
    return h.range, h.granularity
