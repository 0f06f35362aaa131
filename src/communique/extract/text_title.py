"""Find the headline of a scraped story: a short, capitalised line without a final period, close above the
story, that shares words with its first paragraphs (menus and section labels share none)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from communique.extract.text_features import WORD, stopwords
from communique.extract.text_lines import Line

_FINAL_PERIOD = re.compile(r"[.;,][\"'”’)]*$")
LOOKBACK = 40  # non-blank lines above the story searched for the title
MIN_SCORE = 1.0


def _content_words(s: str) -> set[str]:
    stops = stopwords()
    return {w for w in (t.lower() for t in WORD.findall(s)) if len(w) > 2 and w not in stops and not w.isdigit()}


def title_score(line: Line, feats: Mapping[str, float], lead_words: set[str], distance: int) -> float:
    """How much `line` looks like the headline of a story whose opening words are `lead_words`."""
    c = line.content
    n = len(c.split())
    if not c or n < 2 or n > 30 or len(c) > 250 or line.bullet:
        return float("-inf")
    words = _content_words(c)
    if not words:
        return float("-inf")
    overlap = len(words & lead_words) / (len(words) + 1.5)  # smoothed: two shared words say little
    score = 4.0 * overlap + (1.0 if 4 <= n <= 20 else -0.5 if n <= 3 else 0.0)
    score -= 1.5 if c.endswith(":") else 0.0
    score += 0.5 if c[0].isupper() or c[0].isdigit() or c[0] in "\"“‘'" else -1.0
    score -= 3.0 if _FINAL_PERIOD.search(c) else 0.0
    score -= 2.0 * feats.get("boilerplate", 0.0) + 1.5 * feats.get("rep_frac", 0.0) + 1.0 * feats.get("rep_any", 0.0)
    score -= 1.0 * feats.get("separators", 0.0) + 1.0 * feats.get("urlish", 0.0)
    score -= 0.04 * distance
    return score


def find_title(lines: Sequence[Line], feats: Sequence[Mapping[str, float]], kept: Sequence[int]) -> int | None:
    """Index of the title line, or None. The first kept line may be the title (then the caller drops it)."""
    if not lines:
        return None
    first = kept[0] if kept else min(len(lines), LOOKBACK)
    lead = " ".join(lines[i].content for i in kept[:6]) if kept else ""
    lead_words = _content_words(lead)
    candidates = list(range(max(0, first - LOOKBACK), first))
    if kept:
        candidates.append(kept[0])
    best, best_i = MIN_SCORE, None
    for i in candidates:
        own_lead = lead_words
        if kept and i == kept[0]:  # a title inside the run must be judged against what follows it
            own_lead = _content_words(" ".join(lines[j].content for j in kept[1:7]))
        s = title_score(lines[i], feats[i], own_lead, abs(first - i))
        if s > best:
            best, best_i = s, i
    return best_i
