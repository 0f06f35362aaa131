"""HTML page -> title, publication date, authors, site name, canonical URL, declared language."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Metadata:
    title: str | None = None
    date: str | None = None  # ISO YYYY-MM-DD
    authors: list[str] = field(default_factory=list)
    site: str | None = None
    url: str | None = None  # canonical URL
    language: str | None = None  # declared language, e.g. "en"


def extract_metadata(html: str, url: str | None = None) -> Metadata:
    raise NotImplementedError
