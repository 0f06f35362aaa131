"""Split scraped text into lines that keep their position, indentation and block (blank-line group)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# List markers as flatteners (inscriptis, lynx, w3m) or people write them before menu items.
_BULLET = re.compile(r"^(?:[*+•·▪◦‣○●■□–—-]|o|\d{1,3}[.)])\s+")
_MARKERS = frozenset("*+•·▪◦‣○●■□–—-")
# Invisible characters that some pages put on otherwise empty lines; they count as whitespace here.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
# A line ending in one of these closes its sentence, so the next line is not its continuation.
_CLOSED = tuple(".!?…:;\"'”’)]|")

@dataclass
class Line:
    index: int  # position among the non-blank lines
    text: str  # the line with surrounding whitespace stripped (what is kept verbatim)
    indent: int  # leading whitespace width in the source
    block: int  # id of the blank-line separated group the line belongs to
    content: str  # text without a leading list marker
    bullet: bool  # the line starts with a list marker


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def split_lines(text: str, limit: int | None = None) -> list[Line]:
    """Non-blank lines of `text` (any newline convention), each stripped, with its block id; at most
    `limit` source lines are read."""
    out: list[Line] = []
    block = 0
    prev_blank = True
    for raw in normalise_newlines(text).split("\n"):
        if limit is not None and len(out) >= limit:
            break
        stripped = raw.strip().strip(_INVISIBLE).strip()
        if not stripped:
            if not prev_blank:
                block += 1
            prev_blank = True
            continue
        prev_blank = False
        expanded = raw.expandtabs(4)
        indent = len(expanded) - len(expanded.lstrip())
        m = _BULLET.match(stripped)
        if m:
            bullet, content = True, stripped[m.end():]
        elif stripped in _MARKERS:
            bullet, content = True, ""
        else:
            bullet, content = False, stripped
        out.append(Line(len(out), stripped, indent, block, content, bullet))
    return _unwrap(out)


def _unwrap(lines: list[Line]) -> list[Line]:
    """Join the lines of hard-wrapped paragraphs (e-mail, terminal copies) into one Line each.

    A line continues the previous one in its block when the previous one is long (40+ characters), does not
    close a sentence, and either this one starts in lower case or the previous one fills the block's width.
    The joined text keeps the original newlines, so it is still a verbatim piece of the input.
    """
    width: dict[int, int] = {}
    size: Counter[int] = Counter()
    for ln in lines:
        width[ln.block] = max(width.get(ln.block, 0), len(ln.text))
        size[ln.block] += 1
    groups: list[list[Line]] = []
    for ln in lines:
        prev = groups[-1][-1] if groups else None
        if (
            prev is not None
            and prev.block == ln.block
            and not prev.bullet
            and not ln.bullet
            and not prev.text.endswith(_CLOSED)
            and len(prev.text) >= 40
            and (
                ln.text[:1].islower()
                or (size[ln.block] >= 3 and width[ln.block] <= 120 and len(prev.text) >= 0.75 * width[ln.block])
            )
        ):
            groups[-1].append(ln)
        else:
            groups.append([ln])
    out: list[Line] = []
    for g in groups:
        first = g[0]
        if len(g) == 1:
            out.append(Line(len(out), first.text, first.indent, first.block, first.content, first.bullet))
        else:
            out.append(Line(len(out), "\n".join(x.text for x in g), first.indent, first.block,
                            "\n".join(x.content for x in g), False))
    return out


MAX_LINES = 5_000
"""A page has a few hundred non-blank lines; past this, the rest of a huge paste is ignored (bounded time)."""


def line_document_counts(texts: Iterable[str]) -> Counter[str]:
    """How many of `texts` contain each stripped line: the `line_counts` that clean_scraped_text takes
    (of the first MAX_LINES lines, the ones it reads)."""
    counts: Counter[str] = Counter()
    for text in texts:
        try:
            counts.update({line.text for line in split_lines(text, MAX_LINES)})
        except Exception:  # noqa: BLE001 - a bad document must not spoil the batch
            continue
    return counts


def best_run(scores: Sequence[float]) -> tuple[int, int]:
    """Maximum-sum contiguous segment [start, end) of `scores`; (0, 0) when every score is negative."""
    best, best_span = 0.0, (0, 0)
    cur, start = 0.0, 0
    for i, s in enumerate(scores):
        if cur <= 0:
            cur, start = 0.0, i
        cur += s
        if cur > best:
            best, best_span = cur, (start, i + 1)
    return best_span
