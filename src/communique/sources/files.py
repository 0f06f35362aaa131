"""Paths (files, directories, ``-`` for stdin) to Pages.

The kind of each input is told by its content (gzip, WARC, RSS/Atom feed, JSONL, HTML or text) with the
file name only as a tie-breaker, because scrapers save HTML as .txt and text as .html.
Anything unreadable becomes a Page carrying an error, so the batch goes on.
"""

from __future__ import annotations

import gzip
import io
import os
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..model import DocError, Page
from .feeds import read_feed
from .jsonl import read_jsonl
from .sniff import html_or_text, is_feed, is_gzip, is_jsonl, is_warc
from .warc import open_bytes, read_warc

DEFAULT_MAX_BYTES = 20_000_000
"""Largest document read (bytes, after decompression). A bigger one gets a ``too_large`` error."""

DIRECTORY_SUFFIXES = (
    ".html", ".htm", ".xhtml", ".shtml", ".txt", ".text", ".warc", ".jsonl", ".ndjson", ".gz", ".rss", ".atom", ".xml",
)
"""Files picked up when walking a directory; a file named explicitly is always read."""


def read_paths(
    paths: Iterable[str | os.PathLike[str]],
    *,
    clean_text: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Page]:
    """Yield a Page for every document in ``paths``, in a stable (sorted) order."""
    for p in paths:
        p = str(p)
        if p == "-":
            data = sys.stdin.buffer.read(max_bytes + 1)
            yield from _read_blob("<stdin>", data, clean_text=clean_text, max_bytes=max_bytes)
            continue
        path = Path(p)
        if path.is_dir():
            for f, error in _walk(path):
                if error is not None:
                    yield Page(source=str(f), content=b"", error=error)
                else:
                    yield from read_file(f, clean_text=clean_text, max_bytes=max_bytes)
        elif path.exists():
            yield from read_file(path, clean_text=clean_text, max_bytes=max_bytes)
        else:
            yield Page(source=p, content=b"", error=DocError(
                "not_found", f"no such file or directory: {p} (check the path; use - to read stdin)"))


def _walk(root: Path) -> list[tuple[Path, DocError | None]]:
    """The files of a directory tree to read, sorted, and the subdirectories that could not be listed, each with
    its error (so that a rerun retries it once fixed). Hidden files and folders and other suffixes are not read."""
    found: list[tuple[Path, DocError | None]] = []

    def unreadable(exc: OSError) -> None:
        where = exc.filename or str(root)
        found.append((Path(where), DocError("unreadable", f"cannot read the directory {where}: {exc.strerror or exc}"
                                                          "; fix its permissions and run again")))

    for folder, dirs, files in os.walk(root, onerror=unreadable):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found += [(Path(folder) / f, None) for f in files
                  if not f.startswith(".") and f.lower().endswith(DIRECTORY_SUFFIXES)]
    return sorted(found, key=lambda item: item[0])


def read_file(path: Path, *, clean_text: bool = False, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Page]:
    """Yield the Page(s) in one file: one for a page, one per record for WARC and JSONL."""
    source = str(path)
    name = path.name.lower()
    try:
        if not path.is_file():  # a device, FIFO or /dev/stdin: no size to trust, no second reading; read once, bounded
            with open(path, "rb") as fh:
                data = fh.read(max_bytes + 1)
            yield from _read_blob(source, data, clean_text=clean_text, max_bytes=max_bytes, name=name)
            return
        with open(path, "rb") as fh:
            head = fh.read(8192)
    except FileNotFoundError:  # listed, then gone before it was read (a crawler moved it)
        yield Page(source=source, content=b"", error=DocError(
            "not_found", f"{source} was removed before it could be read; it is read again on the next run"))
        return
    except OSError as exc:
        yield Page(source=source, content=b"", error=DocError("unreadable", f"cannot open {source}: {exc}"))
        return
    if is_warc(head) or (is_gzip(head) and ".warc" in name):
        yield from read_warc(source, lambda: open(path, "rb"), max_bytes)  # noqa: SIM115 - read_warc closes it
        return
    if is_feed(head):  # read as it is parsed, item by item, however large
        with open(path, "rb") as fh:
            yield from read_feed(source, fh, max_bytes)
        return
    inner = name[:-3] if is_gzip(head) and name.endswith(".gz") else name
    if inner.endswith((".jsonl", ".ndjson")) or (
            not is_gzip(head) and not inner.endswith((".html", ".htm", ".txt")) and is_jsonl(head)):
        yield from _read_jsonl_file(path, source, max_bytes, is_gzip(head))  # a corpus: --max-bytes is per line
        return
    try:
        size = path.stat().st_size
    except OSError as exc:
        yield Page(source=source, content=b"", error=DocError("not_found", f"{source} is gone ({exc})"))
        return
    if is_gzip(head):
        data, err = _gunzip_file(path, max_bytes)
        if err:
            yield Page(source=source, content=b"", size=size, error=err)
            return
        inner = name[:-3] if name.endswith(".gz") else name
        yield from _read_blob(source, data, clean_text=clean_text, max_bytes=max_bytes, name=inner, size=size)
        return
    if size > max_bytes:
        yield Page(source=source, content=b"", size=size, error=DocError(
            "too_large", f"{size:,} bytes is over the {max_bytes:,}-byte limit; raise it with --max-bytes"))
        return
    try:
        data = path.read_bytes()
    except OSError as exc:  # removed or made unreadable since its first bytes were read
        yield Page(source=source, content=b"", error=DocError("unreadable", f"cannot read {source}: {exc}"))
        return
    yield from _read_blob(source, data, clean_text=clean_text, max_bytes=max_bytes, name=name, size=size)


def _read_blob(
    source: str, data: bytes, *, clean_text: bool, max_bytes: int, name: str = "", size: int | None = None
) -> Iterator[Page]:
    size = len(data) if size is None else size
    if len(data) > max_bytes:
        yield Page(source=source, content=b"", size=size, error=DocError(
            "too_large", f"over the {max_bytes:,}-byte limit; raise it with --max-bytes"))
        return
    head = data[:8192]
    if is_gzip(head):
        inner, err = _gunzip_bytes(data, max_bytes)
        if err:
            yield Page(source=source, content=b"", size=size, error=err)
            return
        yield from _read_blob(source, inner, clean_text=clean_text, max_bytes=max_bytes, name=name, size=size)
        return
    if is_warc(head):
        yield from read_warc(source, open_bytes(data), max_bytes)
        return
    if is_feed(head):
        yield from read_feed(source, io.BytesIO(data), max_bytes)
        return
    if name.endswith((".jsonl", ".ndjson")) or (not name.endswith((".html", ".htm", ".txt")) and is_jsonl(head)):
        yield from read_jsonl(source, data, max_bytes)
        return
    kind = "clean" if name.endswith((".txt", ".text")) and clean_text else html_or_text(head)
    yield Page(source=source, content=data, kind=kind, size=size)


def _read_jsonl_file(path: Path, source: str, max_bytes: int, gzipped: bool) -> Iterator[Page]:
    """A JSONL corpus read line by line, however large: only a line over ``max_bytes`` is refused."""
    fh = gzip.open(path, "rb") if gzipped else open(path, "rb")  # noqa: SIM115 - closed below
    n = 0

    def lines() -> Iterator[bytes]:
        nonlocal n
        while line := fh.readline(max_bytes + 1):
            if len(line) > max_bytes and not line.endswith(b"\n"):  # skip the rest of an over-long line
                while (rest := fh.readline(1 << 20)) and not rest.endswith(b"\n"):
                    pass
            n += 1
            yield line

    try:
        yield from read_jsonl(source, lines(), max_bytes)
    except (EOFError, OSError, zlib.error) as exc:
        yield Page(source=f"{source}:{n + 1}", content=b"", error=DocError(
            "unreadable", f"the file is cut or damaged after line {n} ({type(exc).__name__}: {exc}); the lines "
                          "before it were read"))
    finally:
        fh.close()


def _gunzip_file(path: Path, max_bytes: int) -> tuple[bytes, DocError | None]:
    with open(path, "rb") as fh:
        return _gunzip_stream(fh, max_bytes)


def _gunzip_bytes(data: bytes, max_bytes: int) -> tuple[bytes, DocError | None]:
    return _gunzip_stream(io.BytesIO(data), max_bytes)


def _gunzip_stream(raw, max_bytes: int) -> tuple[bytes, DocError | None]:
    try:
        with gzip.GzipFile(fileobj=raw) as gz:
            data = gz.read(max_bytes + 1)
    except EOFError:
        return b"", DocError("unreadable", "the gzip stream is truncated (the file ends before the "
                                           "compressed data does); re-download or re-compress it")
    except (OSError, zlib.error) as exc:
        return b"", DocError("unreadable", f"not a valid gzip file ({exc})")
    if len(data) > max_bytes:
        return b"", DocError("too_large", f"decompresses to over the {max_bytes:,}-byte limit; "
                                          "raise it with --max-bytes")
    return data, None
