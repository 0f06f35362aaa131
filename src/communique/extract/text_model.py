"""Line scores from the fitted weights in data/text_weights.json, and the decoding of the story run."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from importlib import resources
from typing import Any

from communique.extract.boilerplate import is_comment_marker
from communique.extract.text_features import ALL_FEATURES, END_SENTENCE, content_words
from communique.extract.text_lines import Line, best_run

__all__ = ["best_run", "decode", "probabilities", "story_end", "weights"]


TEASER_OVERLAP = 0.2  # below this share of words in common with the story, a headline+blurb tail is teasers
LIST_MAX = 60  # items kept after a line ending in a colon
LIST_FLOOR = 0.02  # an item below this probability ends the list
COMMENTS_AFTER = 50  # words of the run before a comments heading that ends it (a story has begun)


@lru_cache(maxsize=1)
def weights() -> dict[str, Any]:
    """Weights and decoding thresholds; validated so a hand-edited file fails loudly at load."""
    raw = resources.files("communique.data").joinpath("text_weights.json").read_text(encoding="utf-8")
    data = json.loads(raw)
    for stage in ("stage1", "stage2"):
        w = data.get(stage)
        if not isinstance(w, dict) or not all(isinstance(v, int | float) for v in w.values()):
            raise ValueError(f"text_weights.json: '{stage}' must map feature names to numbers")
        unknown = set(w) - set(ALL_FEATURES)
        if unknown:
            raise ValueError(f"text_weights.json: unknown features {sorted(unknown)}")
    for key in ("keep", "seed"):
        if not isinstance(data.get(key), int | float):
            raise ValueError(f"text_weights.json: '{key}' threshold missing")
    return data


def probabilities(
    feats: Sequence[Mapping[str, float]], stage: str = "stage2", params: Mapping[str, Any] | None = None
) -> list[float]:
    """P(line belongs to the story) for each feature dict, by the weights of `stage`."""
    p = params or weights()
    w = [(name, float(p[stage].get(name, 0.0))) for name in ALL_FEATURES]
    w = [(name, x) for name, x in w if x]
    out = []
    for f in feats:
        z = sum(x * f.get(name, 0.0) for name, x in w)
        out.append(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))))
    return out


def _pattern_file(name: str, tail: str = "") -> re.Pattern[str]:
    """One regex per line of a data file (``#`` starts a comment), as one case-insensitive alternation, each
    followed by ``tail``."""
    raw = resources.files("communique.data").joinpath(name).read_text(encoding="utf-8")
    pats = [ln.strip() for ln in raw.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    for pat in pats:
        re.compile(pat)  # a bad pattern fails here, naming itself
    return re.compile("(?:" + "|".join(f"(?:{p})" for p in pats) + ")" + tail, re.IGNORECASE)


@lru_cache(maxsize=1)
def _story_end() -> re.Pattern[str]:
    return _pattern_file("text_story_end.txt")


@lru_cache(maxsize=1)
def _offers() -> re.Pattern[str]:
    """Headings that offer other pages (data/text_offers.txt), with an optional colon or ellipsis after."""
    return _pattern_file("text_offers.txt", r"\s*(?::|\.{2,}|…)?")


@lru_cache(maxsize=4096)
def story_end(text: str) -> bool:
    """Whether a line is a credit or sign-off that closes a story ("With files from ...", "(Reuters)")."""
    return len(text) <= 250 and bool(_story_end().fullmatch(text.strip()))


def decode(lines: Sequence[Line], probs: Sequence[float], params: Mapping[str, Any] | None = None) -> list[int]:
    """Indices of the story lines: the best-scoring run, cut after its closing credit, minus chrome inside."""
    p = params or weights()
    seed, keep = float(p["seed"]), float(p["keep"])
    sizes = [len(ln.content.split()) + 1.0 for ln in lines]
    start, end = best_run([(pr - seed) * n for pr, n in zip(probs, sizes, strict=True)])
    if end <= start:
        return []
    # A credit line that the run stopped just short of still belongs to the story.
    for j in range(end, min(len(lines), end + 2)):
        if story_end(lines[j].text):
            end = j + 1
            break
    # A credit line late in the run closes the story: what follows is teasers.
    total = sum(sizes[start:end])
    seen = 0.0
    for j in range(start, end):
        seen += sizes[j]
        if seen >= 0.5 * total and story_end(lines[j].text):
            end = j + 1
            break
    end = _before_teasers(lines, sizes, probs, seed, start, end)
    end = _before_markers(lines, sizes, start, end)
    kept = [i for i in range(start, end) if lines[i].content and (probs[i] > keep or story_end(lines[i].text))]
    if kept and end < len(lines) and _announces(lines[end], lines[kept[-1]]):
        kept.append(end)  # the story's last line announces a list ("The tour dates:") that the run stopped before
    return _with_announced_lists(lines, probs, kept)


def _before_markers(lines: Sequence[Line], sizes: Sequence[float], start: int, end: int) -> int:
    """End of the run at a line that opens the readers' comments ("[ 167 comments ]", "Top Rated Comments") once
    a story's worth of the run lies before it, or at one that offers other pages ("You may also like...",
    "Você pode gostar..."): comments and teasers are prose, and what follows such a heading is never the story
    (the HTML extractor cuts them alike). "More:" and "Related" are not cut at: stories set them inside their
    text."""
    seen = 0.0
    for j in range(start, end):
        text = lines[j].text
        if sizes[j] <= 13 and seen >= COMMENTS_AFTER and (
                is_comment_marker(text) or _offers().fullmatch(lines[j].content.strip(" *•-")) is not None):
            return j
        seen += sizes[j]
    return end


def _with_announced_lists(lines: Sequence[Line], probs: Sequence[float], kept: list[int]) -> list[int]:
    """Keep the items of a list that a story line announces with a colon ("The tour dates:")."""
    out: list[int] = []
    for i in kept:
        out.append(i)
        if not lines[i].content.endswith(":"):
            continue
        j = i + 1
        while j < len(lines) and j - i <= LIST_MAX and probs[j] > LIST_FLOOR and not _prose(lines[j]):
            if lines[j].indent != lines[i].indent and not lines[j].bullet:
                break
            out.append(j)
            j += 1
    return sorted(set(out))


def _announces(line: Line, last: Line) -> bool:
    """A sentence that introduces a list with a colon, set like the story's last line, right after it."""
    c = line.content
    return (c.endswith(":") and len(c.split()) >= 4 and not line.bullet and line.indent == last.indent
            and c[:1].isupper())


def _prose(line: Line) -> bool:
    return len(line.content.split()) >= 5 and bool(END_SENTENCE.search(line.content))


def _headline(line: Line) -> bool:
    c = line.content
    return 3 <= len(c.split()) <= 16 and not line.bullet and c[:1].isupper() and not c.endswith((".", ":", ","))


def _before_teasers(
    lines: Sequence[Line], sizes: Sequence[float], probs: Sequence[float], seed: float, start: int, end: int
) -> int:
    """End of the run before a tail of teasers: after two non-prose lines (a section label and a headline),
    headline + blurb pairs about something else than the story."""
    gaps: list[int] = []  # first line of each run of 2+ non-prose lines
    i = start
    while i < end:
        j = i
        while j < end and not _prose(lines[j]):
            j += 1
        if j - i >= 2 and j < end and i > start and _headline(lines[j - 1]):
            gaps.append(i)
        i = j + 1
    if not gaps:
        return end
    bounds = [start, *gaps, end]
    pieces = [(a, b) for a, b in zip(bounds, bounds[1:], strict=False)]
    score = [sum((probs[k] - seed) * sizes[k] for k in range(a, b)) for a, b in pieces]
    main = max(range(len(pieces)), key=score.__getitem__)
    story_words: set[str] = set()
    for k in range(*pieces[main]):
        story_words |= content_words(lines[k].content)
    for a, b in pieces[main + 1:]:
        words = [w for k in range(a, b) for w in content_words(lines[k].content)]
        if words and sum(w in story_words for w in words) / len(words) < TEASER_OVERLAP:
            return a
        for k in range(a, b):
            story_words |= content_words(lines[k].content)
    return end
