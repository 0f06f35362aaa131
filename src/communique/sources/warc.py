"""WARC files (plain or gzipped): each HTML response record becomes a Page.

A corrupt or truncated record yields an error Page; reading then resumes at the next
record boundary found in the file, so one bad record never loses the rest of an archive.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator

from ..model import DocError, Page
from .sniff import html_or_text

_PAGE_TYPES = ("text/html", "application/xhtml", "text/plain")
_MAX_RESYNC = 200


def read_warc(path: str, opener, max_bytes: int) -> Iterator[Page]:
    """Yield Pages from the WARC at ``path``; ``opener`` returns a fresh binary stream of it."""
    offset = 0
    for _ in range(_MAX_RESYNC):
        with opener() as stream:
            stream.seek(offset) if offset else None
            resume = yield from _iterate(path, stream, offset, max_bytes)
        if resume is None:
            return
        nxt = _next_boundary(opener, resume)
        if nxt is None or nxt <= offset:
            return
        offset = nxt


def _iterate(path: str, stream: BinaryIO, base: int, max_bytes: int) -> Iterator[Page]:
    """Yield pages; return where to look for the next record after a failure, or None when done.

    A damaged gzip member can also end warcio's reading without an error (it takes the rest as the
    damaged record's remainder), so a pass that read nothing after a resync counts as a failure too."""
    it = ArchiveIterator(stream, check_digests=False)
    last = base  # start of the record being read
    read = 0
    try:
        for record in it:
            page = _page(path, record, max_bytes)  # before the offset: asking warcio for it consumes the record
            last = base + it.get_record_offset()
            read += 1
            if page is not None:
                page.size = it.get_record_length() or 0
                yield page
            last += it.get_record_length() or 0
    except Exception as exc:  # noqa: BLE001 - any failure of the archive reader is this record's failure
        yield _damaged(path, last, f"{type(exc).__name__}: {exc}")
        return last + 1
    if read == 0 and base > 0:
        yield _damaged(path, base, "nothing readable from here")
        return base + 1
    return None


def _damaged(path: str, at: int, why: str) -> Page:
    why = "".join(ch if ch.isprintable() else "?" for ch in why[:160])  # readers quote the raw bytes they choked on
    return Page(source=f"{path}@{at}", content=b"", error=DocError(
        "unreadable", f"WARC record near byte {at} is corrupt or truncated ({why}); the records before it were "
                      "read and reading resumes at the next record if there is one."))


class CorruptRecord(Exception):
    pass


def _page(path: str, record, max_bytes: int) -> Page | None:
    if record.rec_type is None:
        raise CorruptRecord("the record header is missing or cut off")
    if record.rec_type not in ("response", "resource"):
        return None
    http = record.http_headers
    if http is not None:
        status = http.get_statuscode() or ""
        if not status.startswith("2"):
            return None
        ctype = (http.get_header("Content-Type") or "").lower()
    else:
        ctype = (record.rec_headers.get_header("Content-Type") or "").lower()
    if ctype and not any(t in ctype for t in _PAGE_TYPES):
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    fetched = record.rec_headers.get_header("WARC-Date")
    source = url or f"{path}#{record.rec_headers.get_header('WARC-Record-ID')}"
    body = record.content_stream().read(max_bytes + 1)
    if len(body) <= max_bytes and getattr(record.raw_stream, "limit", 0) > 0:
        raise CorruptRecord(f"the record ends {record.raw_stream.limit:,} bytes before its declared length")
    if len(body) > max_bytes:
        return Page(source=source, content=b"", url=url, fetched=fetched,
                    error=DocError("too_large", f"record is over the {max_bytes:,}-byte limit (--max-bytes)"))
    kind = "text" if "text/plain" in ctype else html_or_text(body)
    page = Page(source=source, content=body, kind=kind, url=url, fetched=fetched)
    page.content_type = ctype  # type: ignore[attr-defined]
    return page


def _next_boundary(opener, start: int) -> int | None:
    """File offset of the next plausible record start (a gzip member or a WARC header) after ``start``."""
    with opener() as stream:
        stream.seek(start)
        pos = start
        tail = b""
        while chunk := stream.read(1 << 20):
            data = tail + chunk
            markers = [i for i in (data.find(b"\x1f\x8b\x08"), data.find(b"WARC/1.")) if i >= 0]
            if markers:
                return pos - len(tail) + min(markers)
            tail = data[-8:]
            pos += len(chunk)
    return None


def open_bytes(data: bytes):
    """An opener for WARC content already in memory (stdin)."""
    return lambda: io.BytesIO(data)
