"""Repairs of broken page markup that would otherwise swallow the whole page before any extractor sees it.

An unclosed ``<title>`` (or one whose closing tag is misspelt) makes libxml2 read everything after it, the
story included, as the title's text: the page then parses to an empty body and every extractor finds nothing.
Browsers recover by ending the title at the next tag; so do we, before parsing.
"""

from __future__ import annotations

import re

_TITLE_OPEN = re.compile(r"<title\b[^>]*>", re.IGNORECASE)
_TITLE_CLOSE = re.compile(r"</title\s*>", re.IGNORECASE)
# A tag that can never be inside a title's text: the end of the head, the body, another head element.
_NEXT_TAG = re.compile(r"<(?:/head|body|/?meta|link|script|style|/?div|/?table|/?p|h[1-6])\b", re.IGNORECASE)


def repair_markup(html: str) -> str:
    """``html`` with an unclosed or overlong ``<title>`` ended where its text plainly stops; else unchanged."""
    m = _TITLE_OPEN.search(html, 0, 200_000)
    if m is None:
        return html
    start = m.end()
    close = _TITLE_CLOSE.search(html, start)
    nxt = _NEXT_TAG.search(html, start, close.start() if close else len(html))
    if nxt is None:
        return html
    return html[: nxt.start()] + "</title>" + html[nxt.start():]
