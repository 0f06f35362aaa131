"""JSONL inputs: one document per line, ``{"id"?, "url"?, "date"?, "title"?, "html" | "page_text" | "text"}``.

``html`` is extracted, ``page_text`` is cleaned as a scrape, ``text`` is taken verbatim
(corpora are usually clean already). A broken line becomes an error Page; the rest go on.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from ..model import DocError, Page
from .decode import no_surrogates

_FIELDS = (("html", "html"), ("page_text", "text"), ("text", "clean"))


def read_jsonl(path: str, data: bytes | Iterable[bytes], max_bytes: int) -> Iterator[Page]:
    """One Page per line of ``data`` (the bytes of a file, or its lines as they are read)."""
    lines = data.splitlines() if isinstance(data, bytes) else data
    for lineno, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        where = f"{path}:{lineno}"
        if len(raw.rstrip(b"\r\n")) > max_bytes:
            yield Page(source=where, content=b"", size=len(raw), error=DocError(
                "too_large", f"line {lineno} is over the {max_bytes:,}-byte limit; raise it with --max-bytes"))
            continue
        try:
            obj = json.loads(raw)
        except (ValueError, UnicodeDecodeError, RecursionError) as exc:  # RecursionError: nested 1000s deep
            yield Page(source=where, content=b"", size=len(raw), error=DocError(
                "unreadable", f"line {lineno} is not valid JSON ({exc}); fix or remove that line"))
            continue
        if not isinstance(obj, dict):
            yield Page(source=where, content=b"", size=len(raw), error=DocError(
                "unreadable", f"line {lineno} is JSON but not an object; expected {{\"id\", \"html\"|\"text\"}}"))
            continue
        source = no_surrogates(str(obj["id"])) if obj.get("id") not in (None, "") else where
        field = next(((k, kind) for k, kind in _FIELDS if isinstance(obj.get(k), str)), None)
        if field is None:
            yield Page(source=source, content=b"", size=len(raw), error=DocError(
                "unreadable", f"line {lineno} has none of the fields html, page_text or text (as a string)"))
            continue
        content = no_surrogates(obj[field[0]])
        if len(content) > max_bytes:
            yield Page(source=source, content=b"", size=len(raw), error=DocError(
                "too_large", f"line {lineno}: {len(content):,} characters is over the {max_bytes:,} limit"))
            continue
        yield Page(
            source=source,
            content=content,
            kind=field[1],
            url=_str(obj.get("url")),
            date=_raw_date(obj.get("date")),
            title=_str(obj.get("title")),
            size=len(raw),
        )


def _str(v: object) -> str | None:
    return no_surrogates(v).strip() or None if isinstance(v, str) else None


def _raw_date(v: object) -> str | None:
    """The date as given: a string as it is, any other JSON value as its JSON text (a number, a list), so that the
    article stage can say what it could not use (sources/dates.py)."""
    if v is None or isinstance(v, str):
        return _str(v)
    try:
        return json.dumps(v, ensure_ascii=False)[:200]
    except (TypeError, ValueError):  # pragma: no cover - json.loads gives only dumpable values
        return repr(v)[:200]
