"""Per-line features for telling story prose from site chrome in scraped text.

Each line gets numbers about itself (length, punctuation, case, stopwords, list markers), about where it is,
about its neighbours (menus and teaser lists are runs of short lines) and, when a batch is known, about how
many other documents carry the same line (site chrome repeats, stories do not).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping
from functools import lru_cache
from importlib import resources

from communique.extract.text_lines import Line, best_run

try:  # written by another module owner; optional until it lands
    from communique.extract.boilerplate import is_boilerplate_line as _is_boilerplate
except ImportError:  # pragma: no cover - depends on the checkout
    _is_boilerplate = None

WORD = re.compile(r"\w+", re.UNICODE)
_LETTER_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
END_SENTENCE = re.compile(r"[.!?…。！？][\"'”’»)\]]*$")
_SENTENCE_INSIDE = re.compile(r"[.!?…][\"'”’»)\]]*\s+[\"'“‘«(]?[A-Z0-9]")
_QUOTES = re.compile(r"[\"“”«»„]|(?:^|\s)[‘']|[’'](?:\s|$)")
_SEPARATORS = re.compile(r"\s[|»›/·•]\s|\s\|")
_DIGITS = re.compile(r"\d+")
_DATEISH = re.compile(r"\b\d{1,2}:\d{2}\b|\b(?:19[5-9]\d|20[0-4]\d)\b")
_URLISH = re.compile(r"https?://|www\.|@\w|\.(?:com|org|net)\b", re.IGNORECASE)

FEATURES = (
    "bias", "w_le3", "w_4_7", "w_8_15", "w_16_30", "w_gt30", "log_words",
    "end_sentence", "end_colon", "end_alnum", "bullet", "empty", "first_upper", "first_lower",
    "cap_ratio", "stop_density", "doc_function", "digit_ratio", "alpha_ratio", "separators", "n_sentences", "has_quote",
    "urlish", "copyright", "rep_any", "rep_frac", "doc_repeat", "boilerplate", "pos", "pos_sq",
    "indent_match", "indent_near", "block_single", "prev_words", "next_words", "prev_short", "next_short",
    "prev_bullet", "next_bullet", "prev_sentence", "next_sentence", "prev_headline", "next_headline",
    "shape_repeat", "dateish", "short_in_prose",
)
# Filled in by a second pass once a first reading of the story exists (see add_topic_features).
TOPIC_FEATURES = ("topic", "topic_low", "topic_lead", "lead_low", "nb_prob", "in_run")
SAMPLE = 20_000  # characters of a line that its features are computed from
SEED = 0.4  # probability above which a line pulls the first-pass story run forward
ALL_FEATURES = FEATURES + TOPIC_FEATURES


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """Function words from data/text_stopwords.txt (one per line, # comments)."""
    raw = resources.files("communique.data").joinpath("text_stopwords.txt").read_text(encoding="utf-8")
    words = {w.strip().lower() for w in raw.splitlines() if w.strip() and not w.lstrip().startswith("#")}
    if not words:
        raise ValueError("text_stopwords.txt holds no words")
    return frozenset(words)


def _own(line: Line) -> dict[str, float]:
    c = line.content[:SAMPLE]  # ratios and marks of a huge pasted line are read from its start
    words = WORD.findall(c)
    n = len(words)
    letter_words = _LETTER_WORD.findall(c)
    caps = sum(1 for w in letter_words if w[0].isupper())
    stops = stopwords()
    nonspace = (len(c) - sum(map(str.isspace, c))) or 1
    first = c[:1]
    return {
        "bias": 1.0,
        "w_le3": float(n <= 3), "w_4_7": float(4 <= n <= 7), "w_8_15": float(8 <= n <= 15),
        "w_16_30": float(16 <= n <= 30), "w_gt30": float(n > 30),
        "log_words": math.log1p(n),
        "end_sentence": float(bool(END_SENTENCE.search(c))),
        "end_colon": float(c.endswith(":")),
        "end_alnum": float(bool(c) and c[-1].isalnum()),
        "bullet": float(line.bullet),
        "empty": float(n == 0),
        "first_upper": float(bool(first) and (first.isupper() or first.isdigit() or first in "\"“‘'«")),
        "first_lower": float(bool(first) and first.islower()),
        "cap_ratio": caps / len(letter_words) if letter_words else 0.0,
        "stop_density": sum(1 for w in words if w.lower() in stops) / n if n else 0.0,
        "digit_ratio": sum(map(str.isdigit, c)) / nonspace,
        "alpha_ratio": sum(map(str.isalpha, c)) / nonspace,
        "separators": float(bool(_SEPARATORS.search(c))),
        "n_sentences": math.log1p(min(8, len(_SENTENCE_INSIDE.findall(c)) + bool(END_SENTENCE.search(c)))),
        "has_quote": float(bool(_QUOTES.search(c))),
        "urlish": float(bool(_URLISH.search(c))),
        "copyright": float("©" in c or "(c)" in c.lower()[:4]),
        "boilerplate": float(_safe_boilerplate(line.text)),
    }


@lru_cache(maxsize=4096)
def _safe_boilerplate(text: str) -> bool:
    if _is_boilerplate is None:
        return False
    try:
        return bool(_is_boilerplate(text))
    except Exception:  # noqa: BLE001 - a helper's bug must not stop cleaning
        return False


def _prose_indent(lines: list[Line], own: list[dict[str, float]]) -> int | None:
    """The indentation that carries most sentence-ending words, if the text has several indentations."""
    if len({ln.indent for ln in lines}) < 2:
        return None
    mass: Counter[int] = Counter()
    for ln, f in zip(lines, own, strict=True):
        if f["end_sentence"]:
            mass[ln.indent] += math.expm1(f["log_words"])
    return mass.most_common(1)[0][0] if mass else None


def _function_words(lines: list[Line]) -> frozenset[str]:
    """The document's most frequent short words: its function words, whatever the language."""
    freq: Counter[str] = Counter()
    for ln in lines:
        freq.update(w.lower() for w in WORD.findall(ln.content) if len(w) <= 4 and not w.isdigit())
    return frozenset(w for w, _ in freq.most_common(30))


def _batch_counts(
    lines: list[Line], own: list[dict[str, float]], line_counts: Mapping[str, int] | None, n_docs: int
) -> tuple[list[int], int]:
    """Per line, how many other documents of the batch repeat it, beyond copies of this same story.

    A story that the batch holds several times (syndicated, re-ingested) has its prose repeated too; the
    median count of its long sentences says how many copies there are, and only repetition beyond that
    marks a line as site chrome. Returns ([0] * n, 1) when no usable counts are given.
    """
    if not line_counts or n_docs < 3:
        return [0] * len(lines), 1
    raw = []
    for ln in lines:
        try:
            raw.append(max(1, int(line_counts.get(ln.text, 1) or 1)))
        except (TypeError, ValueError):
            raw.append(1)
    prose = sorted(c for c, f in zip(raw, own, strict=True) if f["end_sentence"] and f["log_words"] >= math.log1p(12))
    copies = prose[len(prose) // 2] if prose else 1
    return [max(1, c - (copies - 1)) for c in raw], copies


def line_features(
    lines: list[Line], line_counts: Mapping[str, int] | None = None, n_docs: int = 0
) -> list[dict[str, float]]:
    """One feature dict (keys = FEATURES) per line."""
    own = [_own(ln) for ln in lines]
    n = len(lines)
    in_doc = Counter(ln.text for ln in lines)
    # Feeds (comments, teaser lists, product boxes) repeat a template: "3 days ago at 07:52 am", "Rating: 9".
    shapes = [_DIGITS.sub("0", ln.content.lower()) if len(ln.content) <= 80 else "" for ln in lines]
    shape_count = Counter(shapes)
    blocks = Counter(ln.block for ln in lines)
    prose_indent = _prose_indent(lines, own)
    function_words = _function_words(lines)
    counts, copies = _batch_counts(lines, own, line_counts, n_docs)
    k = 3
    for i, (ln, f) in enumerate(zip(lines, own, strict=True)):
        count = counts[i]
        toks = WORD.findall(ln.content)
        f["doc_function"] = sum(1 for w in toks if w.lower() in function_words) / len(toks) if toks else 0.0
        f["rep_any"] = float(count >= 2)
        f["rep_frac"] = min(1.0, (count - 1) / (n_docs - copies)) if count >= 2 and n_docs > copies else 0.0
        f["doc_repeat"] = float(in_doc[ln.text] > 1)
        f["shape_repeat"] = float(bool(shapes[i]) and shape_count[shapes[i]] >= 3 and in_doc[ln.text] < 3)
        f["dateish"] = float(bool(_DATEISH.search(ln.content)))
        pos = i / (n - 1) if n > 1 else 0.5
        f["pos"] = pos
        f["pos_sq"] = pos * pos
        f["indent_match"] = 0.0 if prose_indent is None else (1.0 if ln.indent == prose_indent else -1.0)
        f["indent_near"] = 0.0 if prose_indent is None else (1.0 if abs(ln.indent - prose_indent) <= 4 else -1.0)
        f["block_single"] = float(blocks[ln.block] == 1)
        before, after = own[max(0, i - k):i], own[i + 1:i + 1 + k]
        # At either end of the text the other side stands in; a lone line is its own context.
        for side, ctx in (("prev", before or after or [f]), ("next", after or before or [f])):
            m = len(ctx)
            f[f"{side}_words"] = sum(c["log_words"] for c in ctx) / m
            f[f"{side}_short"] = sum(c["log_words"] <= math.log1p(4) for c in ctx) / m
            f[f"{side}_bullet"] = sum(c["bullet"] for c in ctx) / m
            f[f"{side}_sentence"] = sum(c["end_sentence"] for c in ctx) / m
        short = float(math.expm1(f["log_words"]) <= 7)
        f["short_in_prose"] = short * (f["prev_sentence"] + f["next_sentence"]) / 2
        f["prev_headline"] = float(i > 0 and _headline_like(own[i - 1]))
        f["next_headline"] = float(i + 1 < n and _headline_like(own[i + 1]))
    return own


def _headline_like(f: Mapping[str, float]) -> bool:
    """A teaser headline: a few capitalised words, not a sentence, not a list item."""
    return 3 <= math.expm1(f["log_words"]) <= 16 and not f["end_sentence"] and not f["bullet"] and bool(
        f["first_upper"]
    )


def content_words(s: str) -> set[str]:
    stops = stopwords()
    return {w for w in (t.lower() for t in WORD.findall(s)) if len(w) > 2 and w not in stops and not w.isdigit()}


def add_topic_features(lines: list[Line], feats: list[dict[str, float]], probs: list[float]) -> None:
    """Share of a line's content words used elsewhere in the likely story (teasers are about other things)."""
    words = [content_words(ln.content) for ln in lines]
    df: Counter[str] = Counter()
    for ws, p in zip(words, probs, strict=True):
        if p > 0.5:
            df.update(ws)
    n_story = sum(1 for p in probs if p > 0.5)
    start, end = best_run([(p - SEED) * (len(ln.content.split()) + 1.0) for ln, p in zip(lines, probs, strict=True)])
    lead = [i for i in range(start, end) if probs[i] > 0.5][:6]
    lead_df: Counter[str] = Counter()
    for i in lead:
        lead_df.update(words[i])
    n = len(lines)
    for i, f in enumerate(feats):
        nb = [probs[j] for j in range(max(0, i - 2), min(n, i + 3)) if j != i]
        f["nb_prob"] = sum(nb) / len(nb) if nb else 0.5
        f["in_run"] = float(start <= i < end)
    for i, (ws, p, f) in enumerate(zip(words, probs, feats, strict=True)):
        if not ws:
            f["topic"], f["topic_low"], f["topic_lead"], f["lead_low"] = 0.0, 0.0, 0.0, 0.0
            continue
        own = 1 if p > 0.5 else 0
        if n_story - own > 0:
            share = sum(1 for w in ws if df[w] - own > 0) / len(ws)
            f["topic"], f["topic_low"] = share, float(share < 0.2 and len(ws) >= 5)
        else:  # nothing else to compare with: neither on nor off topic
            f["topic"], f["topic_low"] = 0.5, 0.0
        own = 1 if i in lead else 0
        if len(lead) - own > 0:
            share = sum(1 for w in ws if lead_df[w] - own > 0) / len(ws)
            f["topic_lead"], f["lead_low"] = share, float(share < 0.15 and len(ws) >= 5)
        else:
            f["topic_lead"], f["lead_low"] = 0.5, 0.0


def vector(f: Mapping[str, float], names: tuple[str, ...] = ALL_FEATURES) -> list[float]:
    return [float(f.get(name, 0.0)) for name in names]
