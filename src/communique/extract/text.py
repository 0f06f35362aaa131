"""Scraped plain text (menus, teasers, share lines around a story) -> title and body."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass
class CleanedText:
    title: str | None
    body: str  # paragraphs separated by blank lines; "" when no story was found


def clean_scraped_text(text: str, line_counts: Mapping[str, int] | None = None, n_docs: int = 0) -> CleanedText:
    raise NotImplementedError
