"""Tell what a blob is by its content, not only by its name."""

from __future__ import annotations

import codecs
import re

from ..model import PageKind
from .decode import decode, utf16_without_bom

GZIP_MAGIC = b"\x1f\x8b"
_TAG = re.compile(
    rb"<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|section|span|a\s|br|table|script)\b", re.I
)
_TAGS_ANY = re.compile(rb"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]{0,300})?/?>")


def is_gzip(head: bytes) -> bool:
    return head.startswith(GZIP_MAGIC)


def is_warc(head: bytes) -> bool:
    return head.lstrip()[:6] == b"WARC/1" or head.lstrip()[:5] == b"WARC/"


_PROLOG = re.compile(rb"\s*(?:<\?[^>]*\?>|<!--.*?-->|<!DOCTYPE[^>\[]*(?:\[.*?\]\s*)?>|\s+)*", re.S | re.I)
"""XML declaration, comments and a doctype, with its internal subset ``[<!ENTITY ...>]`` (which holds '>')."""
_FEED_ROOT = re.compile(rb"<(?:rss|rdf:RDF|feed)[\s>]")


def is_feed(head: bytes) -> bool:
    """An RSS or Atom feed: after the XML prolog, the root element is <rss>, <rdf:RDF> or <feed>."""
    head = head[3:] if head.startswith(b"\xef\xbb\xbf") else head
    start = _PROLOG.match(head[:8192])
    return bool(_FEED_ROOT.match(head, start.end() if start else 0))


def is_jsonl(head: bytes) -> bool:
    """A blob whose first non-blank line is a JSON object with a content field."""
    first = head.lstrip().split(b"\n", 1)[0]
    return first.startswith(b"{") and any(k in first for k in (b'"html"', b'"page_text"', b'"text"'))


def html_or_text(head: bytes | str) -> PageKind:
    """HTML when the start of the content is markup; otherwise a plain-text scrape."""
    if isinstance(head, bytes) and (head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
                                    or utf16_without_bom(head)):
        head = decode(head[:8192])  # UTF-16 markup has a zero byte between the letters of every tag
    sample = head[:8192] if isinstance(head, bytes) else head[:8192].encode("utf-8", "replace")
    if _TAG.search(sample[:2048]):
        return "html"
    tags = len(_TAGS_ANY.findall(sample))
    return "html" if tags >= 5 and tags * 40 > len(sample.split()) else "text"
