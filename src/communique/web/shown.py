"""What the web app shows of where an article was read: never the server's own file system.

A source is stored as the ingest was given it: a URL, a path relative to where ingest ran, or an absolute
path of the server's disk. The app shows URLs and relative paths as they are and an absolute path as its
file name (with its record: ``crawl.warc.gz@1234``, ``feed.jsonl:5``), so a public app leaks no layout.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any

_WINDOWS = re.compile(r"^[A-Za-z]:[\\/]")


def shown_source(source: str | None) -> str | None:
    """A source as the app may show it."""
    if not source or "://" in source or source.startswith("<"):
        return source
    if source.startswith(("/", "\\", "~")):
        return PurePosixPath(source).name or source
    if _WINDOWS.match(source):
        return PureWindowsPath(source).name or source
    return source


def shown_event(ev: dict[str, Any]) -> dict[str, Any]:
    """A ``Store.events`` row with its source shown as above."""
    return {**ev, "source": shown_source(ev.get("source"))} if ev.get("source") else ev


def shown_record(rec: dict[str, Any]) -> dict[str, Any]:
    """A stored record (with its ``sources``) with every source shown as above."""
    out = {**rec, "source": shown_source(rec.get("source"))}
    if isinstance(rec.get("sources"), list):  # a record's sources; an articles row counts them instead
        out["sources"] = [{**s, "source": shown_source(s.get("source"))} for s in rec["sources"]]
    return out
