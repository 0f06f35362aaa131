"""Scraped plain text (menus, teasers, share lines around a story) -> title and body.

Every non-blank line is scored by a small fitted model (text_features, text_model); the story is the
maximum-scoring contiguous run of lines, from which lines that still look like chrome are dropped. The title
is the title-like line just above the story that shares most words with its first paragraphs.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from communique.extract.text_features import add_topic_features, line_features, stopwords
from communique.extract.text_lines import MAX_LINES, Line, line_document_counts, split_lines
from communique.extract.text_model import decode, probabilities, story_end, weights
from communique.extract.text_title import find_title

__all__ = ["MAX_LINES", "CleanedText", "clean_scraped_text", "line_document_counts"]


@dataclass
class CleanedText:
    title: str | None
    body: str  # paragraphs separated by blank lines; "" when no story was found


def clean_scraped_text(text: str, line_counts: Mapping[str, int] | None = None, n_docs: int = 0) -> CleanedText:
    """Cut the story out of scraped text; kept lines are verbatim (only surrounding whitespace stripped).

    `line_counts[line]` is how many documents of the current batch contain that stripped line and `n_docs`
    the batch size (see `line_document_counts`); lines repeated across a site's pages are then chrome.
    """
    params = weights()  # a broken data file is the installation's fault: let it raise, loudly
    story_end("")
    stopwords()
    try:
        return _clean(text if isinstance(text, str) else "", line_counts, n_docs, params)
    except Exception:  # noqa: BLE001 - bad input must give an empty result, never an exception
        return CleanedText(None, "")


def _clean(
    text: str, line_counts: Mapping[str, int] | None, n_docs: int, params: Mapping[str, Any]
) -> CleanedText:
    lines = split_lines(text, MAX_LINES)
    if not lines:
        return CleanedText(None, "")
    try:
        n_docs = int(n_docs or 0)
    except (TypeError, ValueError):
        n_docs = 0
    if not isinstance(line_counts, Mapping):
        line_counts = None
    feats = line_features(lines, line_counts, n_docs)
    add_topic_features(lines, feats, probabilities(feats, "stage1", params))
    probs = probabilities(feats, "stage2", params)
    kept = decode(lines, probs, params)
    title_idx = find_title(lines, feats, kept)
    title = lines[title_idx].text if title_idx is not None else None
    if kept and title is not None and lines[kept[0]].text == title:
        kept = kept[1:]
    return CleanedText(title, _join([lines[i] for i in kept]))


def _join(kept: list[Line]) -> str:
    """One blank line between paragraphs (a hard-wrapped paragraph keeps its inner newlines)."""
    return "\n\n".join(ln.text for ln in kept)
