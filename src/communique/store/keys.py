"""Source names as the store keeps them: a key that fits any index, and the full name beside it.

A source name comes from outside (a file path, a JSONL ``id``, a WARC URL) and may be any length or hold
characters a database refuses: PostgreSQL rejects NUL in text and cannot index a value over ~2,700 bytes,
and neither backend stores a lone surrogate (a file name that is not UTF-8). The key is the name itself
when it is short and plain; otherwise a readable prefix and the SHA-256 of the name, so two names never
share a key. The full name, made storable, goes in a text column without an index.
"""

from __future__ import annotations

import hashlib

KEY_CHARS = 400
"""Longest name used as its own key: 400 characters are at most 1,600 bytes of UTF-8, under PostgreSQL's limit."""

PREFIX_CHARS = 120
"""Characters of a long or odd name kept in front of its hash, so that the key still reads as the name."""

STDIN = "<stdin>"
"""The source name of standard input: never a reason to skip a document (each run reads new content)."""


def storable(name: str) -> str:
    """The name with NUL written as ``\\x00`` and unencodable surrogates as ``\\udcxx``: text every database takes."""
    return name.replace("\x00", "\\x00").encode("utf-8", "backslashreplace").decode("utf-8")


def source_key(name: str) -> str:
    """The indexed key of a source name: the name when short and storable, else prefix + ``#sha256:`` + digest."""
    clean = storable(name)
    if clean == name and len(name) <= KEY_CHARS:
        return name
    digest = hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()
    return f"{clean[:PREFIX_CHARS]}#sha256:{digest}"


def full_name(name: str) -> str | None:
    """What the ``source_name`` column holds: the storable full name when the key is not the name, else None."""
    return None if source_key(name) == name else storable(name)
