"""communique: news pages to sourced, structured records.

    >>> import communique
    >>> record = communique.process("page.html")          # one document
    >>> record.article.title, record.to_dict()
    >>> for record in communique.pipe(["pages/", "crawl.warc.gz"]):   # many
    ...     ...
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from . import engines  # noqa: F401  (registers the Ray engine with the pipeline)
from .model import Article, DocError, Page, Record, Stage
from .pipeline import STAGES, Pipeline
from .sources import DEFAULT_MAX_BYTES, read_paths

__version__ = "0.1.0"
__all__ = [
    "Article", "DocError", "Page", "Pipeline", "Record", "open_store", "pipe", "process", "read_paths",
]


def process(
    source: str | os.PathLike[str] | Page | None = None,
    *,
    html: str | bytes | None = None,
    text: str | None = None,
    clean_text: str | None = None,
    url: str | None = None,
    date: str | None = None,
    upto: Stage = STAGES[-1],
    model: str | None = None,
    actors: Sequence[str | os.PathLike[str]] = (),
) -> Record:
    """Process one document: a path to a single-page file, a Page, or the page given as ``html=``,
    ``text=`` (a scrape to clean) or ``clean_text=`` (an article body taken verbatim).

    ``date`` (YYYY-MM-DD) is the publication date assumed when the page gives none; ``upto`` the last
    stage to run; ``model`` an installed spaCy pipeline; ``actors`` your own actor files.
    For files holding many documents (WARC, JSONL, directories) use :func:`pipe`.
    """
    given = [x for x in (source, html, text, clean_text) if x is not None]
    if len(given) != 1:
        raise TypeError("process() takes exactly one of: a path or Page, html=, text=, clean_text=")
    if html is not None:
        page = Page(source=url or "<html>", content=html, kind="html", url=url, date=date)
    elif text is not None:
        page = Page(source=url or "<text>", content=text, kind="text", url=url, date=date)
    elif clean_text is not None:
        page = Page(source=url or "<text>", content=clean_text, kind="clean", url=url, date=date)
    elif isinstance(source, Page):
        page = source
    else:
        pages = list(read_paths([Path(source)]))
        if len(pages) != 1:
            raise ValueError(f"{source} holds {len(pages)} documents; use communique.pipe() for it")
        page = pages[0]
    return _pipeline(upto, date=date, model=model, actors=actors).process(page)


def pipe(
    paths: Iterable[str | os.PathLike[str]],
    *,
    upto: Stage = STAGES[-1],
    date: str | None = None,
    clean_text: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = 0,
    workers: int = 1,
    model: str | None = None,
    actors: Sequence[str | os.PathLike[str]] = (),
) -> Iterator[Record]:
    """Process every document under ``paths`` (files, directories, WARC, JSONL), in order."""
    pages = read_paths(paths, clean_text=clean_text, max_bytes=max_bytes)
    pipeline = _pipeline(upto, date=date, timeout=timeout, model=model, actors=actors)
    yield from pipeline.pipe(pages, workers=workers)


@functools.lru_cache(maxsize=8)
def _cached_pipeline(upto: Stage, date: str | None, timeout: float, model: str | None,
                     actors: tuple[str, ...]) -> Pipeline:
    return Pipeline(upto, date=date, timeout=timeout, model=model, actors=actors)


def _pipeline(upto: Stage, *, date: str | None = None, timeout: float = 0, model: str | None = None,
              actors: Sequence[str | os.PathLike[str]] = ()) -> Pipeline:
    """Pipelines are reused across calls: loading the model and knowledge base is the slow part."""
    return _cached_pipeline(upto, date, timeout, model, tuple(str(a) for a in actors))


def open_store(url: str | os.PathLike[str] = "communique.db"):
    """Open (creating if needed) the store at a SQLite path or a database URL."""
    from .store import open_store as _open

    return _open(url)
