"""Where quotations are: character ranges between paired quote marks.

Used to keep what is said inside a quotation apart from the narration around it (a pronoun
outside a quote never refers to a name inside it) and, later, to find the quotes themselves.
"""

from __future__ import annotations

import re

_QUOTE_CHARS = "\"“”«»„"


def quote_regions(text: str) -> list[tuple[int, int]]:
    """Character ranges inside paired double quotes, per paragraph (an unclosed quote runs to the paragraph end)."""
    regions = []
    for para in re.finditer(r"[^\n]+", text):
        s, chunk = para.start(), para.group()
        opened = None
        for m in re.finditer(f"[{_QUOTE_CHARS}]", chunk):
            ch = m.group()
            if opened is None and ch != "”":
                opened = s + m.start()
            elif opened is not None and ch != "“":
                regions.append((opened, s + m.end()))
                opened = None
        if opened is not None:
            regions.append((opened, para.end()))
    return regions


def inside(pos: int, regions: list[tuple[int, int]]) -> tuple[int, int] | None:
    for a, b in regions:
        if a <= pos < b:
            return (a, b)
    return None
