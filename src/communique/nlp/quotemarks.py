"""Where quotations are: character ranges between paired quote marks.

Used to keep what is said inside a quotation apart from the narration around it (a pronoun
outside a quote never refers to a name inside it) and, later, to find the quotes themselves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_QUOTE_CHARS = "\"“”«»„"


def quote_regions(text: str) -> list[tuple[int, int]]:
    """Character ranges of the quotations in ``text`` (marks included), as ``quotations`` pairs them."""
    return [(q.start, q.end) for q in quotations(text)]


def inside(pos: int, regions: list[tuple[int, int]]) -> tuple[int, int] | None:
    for a, b in regions:
        if a <= pos < b:
            return (a, b)
    return None


_OPENERS = "“«„"
_CLOSERS = "”»"
_LEFT_OPEN = "([{—–-/\u00a0"
_RIGHT_CLOSE = ".,;:!?)]}—–-…"


@dataclass(frozen=True)
class Quotation:
    """One quotation: ``start``/``end`` include its marks; ``inner_start``/``inner_end`` are the words inside.

    ``closed`` is False for a quotation still open at its paragraph's end; ``continued`` is True when the
    next paragraph opens with a quote mark, the convention for one speaker's quote running on."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    closed: bool
    continued: bool = False


def _side(text: str, i: int, j: int) -> tuple[bool, bool]:
    """Whether the mark at ``text[i:j]`` looks like an opener, and whether like a closer, by its neighbours."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[j] if j < len(text) else " "
    opener = (prev.isspace() or prev in _LEFT_OPEN or prev in _QUOTE_CHARS) and not nxt.isspace()
    closer = not prev.isspace() and (nxt.isspace() or nxt in _RIGHT_CLOSE or nxt in _QUOTE_CHARS or nxt in "'’")
    return opener, closer


_MARK = re.compile(f"''|[{_QUOTE_CHARS}]")
"""A double quote mark; two apostrophes stand for one in typewriter-style feeds (''like this'')."""


def quotations(text: str) -> list[Quotation]:
    """Every quotation between double quote marks (straight, curly, guillemets, ''), paragraph by paragraph.

    Marks are paired by their direction where they have one and by their neighbours otherwise, so a
    stray or mismatched mark ends a quotation early rather than swallowing the rest of the paragraph.
    Single quotes are left alone: inside a quotation they are nested quotes, outside mostly apostrophes."""
    out: list[Quotation] = []
    paras = list(re.finditer(r"[^\n]+", text))
    for n, para in enumerate(paras):
        s, chunk = para.start(), para.group()
        end_of_para = s + len(chunk.rstrip())
        opened: int | None = None
        width = 1
        for m in _MARK.finditer(chunk):
            i, ch = s + m.start(), m.group()
            j = i + len(ch)
            opener, closer = _side(text, i, j)
            if opened is None:
                if opener or (not closer and ch not in _CLOSERS):
                    opened, width = i, len(ch)
            elif closer or ch in ('"', "''") or (not opener and ch not in _OPENERS):
                out.append(Quotation(opened, j, opened + width, i, True))
                opened = None
            else:  # an opening mark while a quotation is open: the first one never closed
                out.append(Quotation(opened, i, opened + width, i, False))
                opened, width = i, len(ch)
        if opened is not None and opened + width < end_of_para:
            nxt = paras[n + 1].group().lstrip()[:2] if n + 1 < len(paras) else ""
            cont = nxt.startswith("''") or (nxt[:1] in _QUOTE_CHARS and nxt[:1] not in _CLOSERS)
            out.append(Quotation(opened, end_of_para, opened + width, end_of_para, False, continued=bool(nxt) and cont))
    return out
