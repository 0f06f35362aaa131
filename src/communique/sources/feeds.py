"""RSS and Atom feeds: each <item> / <entry> becomes a Page from its fullest content.

Content is taken from content:encoded (RSS), <content> (Atom), then <description> / <summary>,
with the item's link, title and date. The content is wrapped in a small HTML page that carries
the feed's title, link and date as metadata, so the article stage reads it like any page (and a
teaser too short to be a story fails as one). The file is parsed incrementally (lxml iterparse,
each item freed once read), so a large feed dump does not have to fit in memory; a broken feed
yields what could be read and then an error Page.

Feeds are written by hand and by careless templates: HTML entities such as ``&nbsp;`` that XML does not
declare are turned into character references as the bytes stream in (an undeclared entity would otherwise
cut the rest of its item), and a DTD's own entities are never expanded nor fetched (billion laughs, XXE).
feedparser, the usual parser of broken feeds, reads the whole file into memory; this reader streams.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from email.utils import parsedate_to_datetime
from html.entities import html5 as _HTML5
from typing import BinaryIO

from lxml import etree

from ..model import DocError, Page
from .sniff import html_or_text

_ITEMS = {"item", "entry"}
_CONTENT_ORDER = ("encoded", "content", "description", "summary")
_PARA = re.compile(r"\n\s*\n")


_XML_ENTITIES = {"amp", "lt", "gt", "quot", "apos"}
_ENTITY = re.compile(rb"&([A-Za-z][A-Za-z0-9]{1,31});")


_DOCTYPE = re.compile(rb"<!DOCTYPE[^>\[]*(?:\[.*?\]\s*)?>", re.S | re.I)
_ROOT = re.compile(rb"<(?:rss|rdf:RDF|feed)[\s>]")
HEAD = 1 << 20
"""Bytes searched for the doctype; a larger internal subset is left to libxml2's own limits."""


def _reference(m: re.Match[bytes]) -> bytes:
    name = m[1].decode("ascii")
    if name in _XML_ENTITIES:
        return m[0]
    chars = _HTML5.get(name + ";")
    if chars is None:  # declared nowhere now: kept as the text it is, instead of cutting the rest of its item
        return b"&amp;" + m[0][1:]
    return "".join(f"&#{ord(c)};" for c in chars).encode("ascii")


class HtmlEntities:
    """A feed's bytes made safe and readable for XML: the doctype and its internal subset are dropped (no entity
    of the feed's own is expanded or fetched: billion laughs, XXE), HTML's named entities (``&nbsp;``) become
    character references, and any other name stays as text. XML's own five are left alone."""

    def __init__(self, raw: BinaryIO) -> None:
        self.raw, self.tail, self.first = raw, b"", True

    def _head(self, size: int) -> bytes:
        """The first read: up to HEAD bytes, less the doctype when it stands before the root element."""
        self.first = False
        data = self.raw.read(max(size, 1 << 16))
        while b"]>" not in data and b"<!DOCTYPE" in data.upper() and len(data) < HEAD and (more := self.raw.read(
                1 << 16)):
            data += more
        m = _DOCTYPE.search(data)
        root = _ROOT.search(data)
        if m and (root is None or m.start() < root.start()):
            data = data[:m.start()] + data[m.end():]
        return data

    def read(self, n: int = -1) -> bytes:
        size = n if n and n > 0 else 1 << 16
        while True:
            chunk = self._head(size) if self.first else self.raw.read(size)
            data, self.tail = self.tail + chunk, b""
            if not chunk:  # the end: whatever is left goes as it is
                return _ENTITY.sub(_reference, data)
            cut = data.rfind(b"&")
            if cut != -1 and len(data) - cut < 34 and b";" not in data[cut:]:
                data, self.tail = data[:cut], data[cut:]  # an entity split across reads waits for its end
            if data:
                return _ENTITY.sub(_reference, data)


def read_feed(source: str, stream: BinaryIO, max_bytes: int) -> Iterator[Page]:
    """Yield one Page per item of the RSS / Atom feed in ``stream``."""
    n = 0
    items = etree.iterparse(HtmlEntities(stream), events=("end",), recover=True, resolve_entities=False,
                            no_network=True, load_dtd=False, huge_tree=True, remove_comments=True)
    try:
        for _, el in items:
            if not isinstance(el.tag, str) or etree.QName(el).localname not in _ITEMS:
                continue
            n += 1
            yield _page(source, n, el, max_bytes)
            el.clear()
            while el.getprevious() is not None:  # free the items already read
                del el.getparent()[0]
    except etree.XMLSyntaxError as exc:
        yield _damaged(source, n, str(exc), stopped=True)
        return
    fatal = [e for e in items.error_log if e.level >= etree.ErrorLevels.FATAL]
    if fatal:
        yield _damaged(source, n, f"line {fatal[0].line}: {(fatal[0].message.splitlines() or [''])[0][:120]}",
                       stopped=False)
    elif n == 0:
        yield Page(source=source, content=b"", error=DocError(
            "not_article", "an RSS/Atom feed with no <item> or <entry> in it"))


def _damaged(source: str, n: int, why: str, *, stopped: bool) -> Page:
    """The error Page of a damaged feed. ``stopped``: reading ended at the damage (later items are lost);
    otherwise the parser recovered and read on, and only the item at the damage may be cut."""
    what = ("items after the damage are lost" if stopped
            else "reading went on past the damage, but the item there may be incomplete")
    return Page(source=f"{source}#damaged", content=b"", error=DocError(
        "unreadable", f"the feed is damaged ({why}); {n} items were read and {what}: fetch the feed again"))


def _page(source: str, n: int, item: etree._Element, max_bytes: int) -> Page:
    fields: dict[str, etree._Element] = {}
    link = None
    for child in item:
        if not isinstance(child.tag, str):
            continue
        name = etree.QName(child).localname
        if name == "link":
            href = child.get("href")
            if href and child.get("rel", "alternate") == "alternate" and link is None:
                link = href.strip()
            elif not href and (child.text or "").strip() and link is None:
                link = child.text.strip()
            continue
        fields.setdefault(name, child)
    title = _text(fields.get("title"))
    guid = _text(fields.get("guid")) or _text(fields.get("id"))
    date = _date(_text(fields.get("pubDate")) or _text(fields.get("date")) or _text(fields.get("published"))
                 or _text(fields.get("updated")))
    where = link or guid or f"{source}#item{n}"
    body = next((b for b in (_content(fields.get(k)) for k in _CONTENT_ORDER) if b and b.strip()), "")
    if not body.strip():
        return Page(source=where, content=b"", url=link, date=date, title=title, error=DocError(
            "empty", f"feed item {n} has no content:encoded, content, description or summary"))
    if len(body) > max_bytes:
        return Page(source=where, content=b"", url=link, date=date, title=title, error=DocError(
            "too_large", f"feed item {n}: {len(body):,} characters is over the {max_bytes:,} limit (--max-bytes)"))
    page = _wrap(body, title, link, date)
    return Page(source=where, content=page, kind="html", url=link, date=date, title=title, size=len(body))


def _text(el: etree._Element | None) -> str | None:
    if el is None:
        return None
    t = "".join(el.itertext()).strip()
    return t or None


def _content(el: etree._Element | None) -> str | None:
    """The item's content as HTML: escaped HTML is unescaped by the parser already; XHTML children are
    serialised; plain text becomes paragraphs."""
    if el is None:
        return None
    if len(el) and el.get("type", "") == "xhtml" or any(isinstance(c.tag, str) for c in el):
        inner = (el.text or "") + "".join(etree.tostring(c, encoding="unicode", with_tail=True) for c in el)
        return re.sub(r'\sxmlns(:\w+)?="[^"]*"', "", inner)
    text = el.text or ""
    if el.get("type", "") == "text" or html_or_text(text) == "text":
        return "".join(f"<p>{html.escape(p.strip())}</p>\n" for p in _PARA.split(text) if p.strip())
    return text


def _wrap(body: str, title: str | None, link: str | None, date: str | None) -> str:
    head = [f"<title>{html.escape(title)}</title>" if title else ""]
    if link:
        head.append(f'<link rel="canonical" href="{html.escape(link, quote=True)}">')
    if date:
        head.append(f'<meta property="article:published_time" content="{date}">')
    return (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\">{''.join(head)}</head>"
            f"<body><article>\n{body}</article></body></html>")


def _date(value: str | None) -> str | None:
    """RFC 822 (RSS) or ISO 8601 (Atom, dc:date) -> YYYY-MM-DD; anything else -> None."""
    if not value:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value.strip())
    if m:
        return "-".join(m.groups())
    try:
        dt = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return dt.date().isoformat()  # the date where it was published, as the feed writes it
