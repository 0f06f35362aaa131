"""RSS and Atom feeds: each <item> / <entry> becomes a Page from its fullest content.

Content is taken from content:encoded (RSS), <content> (Atom), then <description> / <summary>,
with the item's link, title and date. The content is wrapped in a small HTML page that carries
the feed's title, link and date as metadata, so the article stage reads it like any page (and a
teaser too short to be a story fails as one). The file is parsed incrementally (lxml iterparse,
each item freed once read), so a large feed dump does not have to fit in memory; a broken feed
yields what could be read and then an error Page.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from email.utils import parsedate_to_datetime
from typing import BinaryIO

from lxml import etree

from ..model import DocError, Page
from .sniff import html_or_text

_ITEMS = {"item", "entry"}
_CONTENT_ORDER = ("encoded", "content", "description", "summary")
_PARA = re.compile(r"\n\s*\n")


def read_feed(source: str, stream: BinaryIO, max_bytes: int) -> Iterator[Page]:
    """Yield one Page per item of the RSS / Atom feed in ``stream``."""
    n = 0
    items = etree.iterparse(stream, events=("end",), recover=True, resolve_entities=False, no_network=True,
                            huge_tree=True, remove_comments=True)
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
        yield _damaged(source, n, str(exc))
        return
    fatal = [e for e in items.error_log if e.level >= etree.ErrorLevels.FATAL]
    if fatal:
        yield _damaged(source, n, f"line {fatal[0].line}: {(fatal[0].message.splitlines() or [''])[0][:120]}")
    elif n == 0:
        yield Page(source=source, content=b"", error=DocError(
            "not_article", "an RSS/Atom feed with no <item> or <entry> in it"))


def _damaged(source: str, n: int, why: str) -> Page:
    return Page(source=f"{source}#damaged", content=b"", error=DocError(
        "unreadable", f"the feed is damaged ({why}); {n} items were read, any after the damage are lost: "
                      "fetch the feed again"))


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
