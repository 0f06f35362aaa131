"""Repairs of broken page markup that would otherwise swallow the whole page before any extractor sees it.

An unclosed ``<title>`` (or one whose closing tag is misspelt) makes libxml2 read everything after it, the
story included, as the title's text: the page then parses to an empty body and every extractor finds nothing.
Browsers recover by ending the title at the next tag; so do we, before parsing.

Two documents served as one (a server include that printed a whole page, then the page): libxml2 stops
reading at the second ``<!DOCTYPE``, losing the story after it. Browsers ignore a misplaced doctype and the
early ``</body></html>``; so do we.
"""

from __future__ import annotations

import re

_TITLE_OPEN = re.compile(r"<title\b[^>]*>", re.IGNORECASE)
_TITLE_CLOSE = re.compile(r"</title\s*>", re.IGNORECASE)
# A tag that can never be inside a title's text: the end of the head, the body, another head element.
_NEXT_TAG = re.compile(r"<(?:/head|body|/?meta|link|script|style|/?div|/?table|/?p|h[1-6])\b", re.IGNORECASE)


_DOCTYPE = re.compile(r"<!DOCTYPE[^>]*>", re.IGNORECASE)
_END_DOC = re.compile(r"</(?:body|html)\s*>", re.IGNORECASE)


def repair_markup(html: str) -> str:
    """``html`` with an unclosed ``<title>`` ended where its text plainly stops and a second document's
    doctype (with the first's closing tags) removed; else unchanged."""
    return _one_document(_close_title(html))


def _one_document(html: str) -> str:
    late = [m for m in _DOCTYPE.finditer(html) if _END_DOC.search(html, 0, m.start())]
    if not late:
        return html
    # the page's closing tags before the last misplaced doctype end it early: drop them, and those doctypes
    before = html[: late[-1].start()]
    pieces, pos = [], 0
    for m in late[:-1]:
        pieces.append(before[pos : m.start()])
        pos = m.end()
    pieces.append(before[pos:])
    return _END_DOC.sub("", "".join(pieces)) + html[late[-1].end():]


def _close_title(html: str) -> str:
    m = _TITLE_OPEN.search(html, 0, 200_000)
    if m is None:
        return html
    start = m.end()
    close = _TITLE_CLOSE.search(html, start)
    nxt = _NEXT_TAG.search(html, start, close.start() if close else len(html))
    if nxt is None:
        return html
    return html[: nxt.start()] + "</title>" + html[nxt.start():]
