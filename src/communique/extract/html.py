"""HTML page -> article body text.

Two extractors with different failure modes vote block by block:

* trafilatura (fast mode, comments off) finds the story's blocks and keeps their kind (paragraph, heading,
  list item, quote, table row); how much of each block is link text is measured against the page's links;
* readability-lxml (run on the same parsed tree, with cheaper cleaning passes) picks the densest subtree.

trafilatura tends to over-include furniture that sits near the story (teaser lists, newsletter boxes,
"related" headlines); readability tends to lose the story on pages with unusual markup and to keep
captions and footers. A trafilatura block is kept when readability agrees with it, when it looks like
prose on its own, or when it is link-free text inside the story; strong paragraphs only readability
found are merged in at their place (the lead paragraph styled apart, the rest of a story trafilatura cut
short). Then furniture lines (see ``boilerplate``), captions, leading titles and bylines and teaser boxes
after the story are removed. A page whose text is mostly teaser cards, or that has no prose, gives "".
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property

import lxml.html
from lxml import etree

from communique.extract.boilerplate import is_boilerplate_line, is_byline, is_comment_marker, is_teaser_marker
from communique.extract.headline import CAPTION_TAGS, PageScan
from communique.extract.markup import repair_markup
from communique.extract.words import WORD as _WORD
from communique.extract.words import count_words

log = logging.getLogger(__name__)

# Inputs beyond this many characters are cut: bounded time and memory; no real story page is this big.
MAX_CHARS = 3_000_000
_WS = re.compile(r"[ \t\r\f\v\u00a0\u2000-\u200b\u3000]+")

# Silence the two extractors' chatter about pages they cannot handle (readability logs a traceback for
# each): a page without a story is an expected outcome here, not an error.
for _name in ("trafilatura", "readability"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)


@dataclass
class Block:
    """One unit of extracted text: a paragraph, heading, list item, quote or table row."""

    kind: str
    text: str
    link_chars: int = 0

    @cached_property
    def words(self) -> list[str]:
        return _WORD.findall(self.text.lower())

    @cached_property
    def shingles(self) -> set[tuple[str, ...]]:
        return _shingles(self.words)

    @cached_property
    def key(self) -> str:
        """The text as lower-case words joined by single spaces, for comparisons."""
        return " ".join(self.words)

    @cached_property
    def size(self) -> int:
        """Length in words; for scripts written without spaces, about two characters count as a word."""
        return count_words(self.text)

    @property
    def link_density(self) -> float:
        n = len(self.text.strip())
        return self.link_chars / n if n else 0.0


@dataclass
class Part:
    """What one extractor contributed to a page: its words, or why it gave none."""

    name: str
    words: int = 0
    error: str | None = None

    def describe(self) -> str:
        return f"{self.name}: {self.error}" if self.error else f"{self.name}: {self.words} words"


@dataclass
class BodyResult:
    """The story body and what each part (trafilatura, readability, their vote) found on the way."""

    text: str
    parts: list[Part]
    chosen: str = ""  # which reading gave the text: "vote", "trafilatura" or "readability"; "" when none

    def describe(self) -> str:
        return "; ".join(p.describe() for p in self.parts)


def extract_body(html: str, url: str | None = None, tree: lxml.html.HtmlElement | None = None) -> str:
    """Return the story body of an HTML page, paragraphs separated by blank lines; "" when there is none.

    ``tree``: the page as ``parse_html`` returned it, when the caller parsed it already; it may be changed."""
    return extract_body_result(html, url, tree).text


def extract_body_result(html: str, url: str | None = None, tree: lxml.html.HtmlElement | None = None,
                        scan: PageScan | None = None) -> BodyResult:
    """``extract_body`` with a record of each part: one that raises or finds little is noted and the others'
    output used; the page has no story only when no part, alone or in the vote, finds prose. ``scan``: what
    ``collect_headings`` found in ``tree`` besides its headings, when the caller has it (the tree unchanged since)."""
    try:
        return _extract(html, url, tree, scan)
    except Exception as exc:  # noqa: BLE001 - one bad page must never stop a batch (RecursionError too)
        log.debug("extract_body failed: %s", exc)
        return BodyResult("", [Part("extractor", error=f"{type(exc).__name__}: {exc}"[:200])])


def _run_part(name: str, fn, parts: list[Part]) -> list[Block]:
    """Run one extractor; its failure is recorded in ``parts`` and gives no blocks."""
    try:
        blocks = fn()
    except Exception as exc:  # noqa: BLE001 - a part failing is an expected outcome, recorded
        parts.append(Part(name, error=f"raised {type(exc).__name__}"))
        return []
    parts.append(Part(name, _n_words(blocks)))
    return blocks


def _extract(html: str, url: str | None, tree: lxml.html.HtmlElement | None = None,
             scan: PageScan | None = None) -> BodyResult:
    if not isinstance(html, str) or "<" not in html[:100_000]:
        return BodyResult("", [Part("parser", error="not HTML")])
    if len(html) > MAX_CHARS:
        html = html[:MAX_CHARS]
    if tree is None:  # (_parse repairs the markup; so does readability's retry, the one other parse of html)
        tree, scan = _parse(html), None
    if tree is None:
        return BodyResult("", [Part("parser", error="the page could not be parsed")])
    title = _page_title(tree)
    changed = drop_popups(tree)
    anchors, link_keys = _links(tree)
    if scan is not None and not changed:  # (the headings' walk found them in this very tree)
        captions, styled = _keys_of_captions(scan.captions), scan.styled
    else:
        captions, styled = _captions_and_styled(tree)
    cards = _card_keys(tree)
    parts: list[Part] = []
    t_blocks = _run_part("trafilatura", lambda: _trafilatura_blocks(tree, url, anchors), parts)
    r_blocks = _run_part("readability", lambda: _readability_blocks(tree, html, styled), parts)
    readings = [("vote", combine(t_blocks, r_blocks))]
    if t_blocks and r_blocks:  # each part alone, in case the vote threw the story away
        readings += [("trafilatura", [b for b in t_blocks if b.link_density <= 0.5]),
                     ("readability", [b for b in r_blocks if not _weak(b)])]
    for name, blocks in readings:
        _mark_link_blocks(blocks, link_keys)
        blocks = clean_blocks(blocks, title, captions)
        if has_prose(blocks) and not looks_like_index(blocks, cards):
            return BodyResult("\n\n".join(b.text for b in blocks), parts, name)
    # neither part found a story: the densest run of plain text, wherever it sits (a <span> in a table cell)
    fresh = _parse(html)  # the parts above changed the tree
    blocks = clean_blocks(_run_part("text density", lambda: densest_text(fresh) if fresh is not None else [], parts),
                          title, captions)
    if has_prose(blocks) and not looks_like_index(blocks, cards):
        return BodyResult("\n\n".join(b.text for b in blocks), parts, "text density")
    return BodyResult("", parts)


_DENSITY_SKIP = {"script", "style", "noscript", "nav", "footer", "aside", "form", "select", "button", "head", "title"}


def densest_text(tree: lxml.html.HtmlElement) -> list[Block]:
    """The element holding the most words of its own (text and inline children, not nested blocks), split
    into paragraphs at blank lines and double <br>: a last resort for markup neither extractor reads."""
    best: tuple[int, lxml.html.HtmlElement | None] = (0, None)
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in _DENSITY_SKIP or el.tag in _INLINE_TAGS:
            continue
        own = [el.text or ""]
        links = 0
        for c in el:
            if isinstance(c.tag, str) and (c.tag in _INLINE_TAGS or c.tag == "br"):
                t = c.text_content()
                own.append(t)
                links += len(t) if c.tag == "a" else 0
            own.append(c.tail or "")
        text = "".join(own)
        n = len(text.split())
        if n > best[0] and links < 0.3 * max(1, len(text.strip())):
            best = (n, el)
    if best[1] is None or best[0] < 40:
        return []
    buf: list[str] = []
    _inline_text(best[1], buf)
    paras = re.split(r"\n\s*\n", "".join(buf))
    return [Block("p", t) for t in (_norm(x).replace("\n", " ") for x in paras) if t]


def _inline_text(el: lxml.html.HtmlElement, buf: list[str]) -> None:
    """Text of ``el`` and its inline children with <br> as a line break (nested blocks left out)."""
    buf.append(el.text or "")
    for c in el:
        if c.tag == "br":
            buf.append("\n")
        elif isinstance(c.tag, str) and c.tag in _INLINE_TAGS:
            _inline_text(c, buf)
        buf.append(c.tail or "")


# ------------------------------------------------------------------------------------- structure of links

_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_INLINE_BOXES = "//p//span | //p//div | //li//span | //p//a//* | //li//a//*"


def drop_popups(tree: lxml.html.HtmlElement) -> bool:
    """Remove pop-up cards inside paragraphs so their text is never glued into a sentence: an element
    hidden by markup (``hidden``, ``aria-hidden``, ``display: none``), or one that opens by repeating the words
    just before it (a name's hover card: "Ilhan Omar<card>Ilhan Omar · Hillicon Valley: ...</card>"). True when
    it removed any."""
    try:
        found = tree.xpath(_INLINE_BOXES)
    except etree.XPathError:
        return False
    doomed = []
    for el in found[:5000]:
        hidden = el.get("hidden") is not None or el.get("aria-hidden") == "true"
        if hidden or _HIDDEN_STYLE.search(el.get("style") or ""):
            doomed.append(el)
            continue
        if not len(el) or el.tag == "a":
            continue
        first = " ".join((el.text or el[0].text or "").split())
        if len(first) < 3 or not el.xpath(".//a"):
            continue
        before = _text_before(el)
        if before.endswith(first):
            doomed.append(el)
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()  # keeps the tail: the sentence goes on
    return bool(doomed)


def _text_before(el: lxml.html.HtmlElement) -> str:
    """The words of the enclosing paragraph (or link) that come right before ``el``."""
    parent = el.getparent()
    if parent is None:
        return ""
    parts = [parent.text or ""]
    for sib in parent:
        if sib is el:
            break
        parts.append(sib.text_content() + (sib.tail or ""))
    text = " ".join("".join(parts).split())
    if not text and parent.tag != "p":
        return _text_before(parent)
    return text


def _links(tree: lxml.html.HtmlElement) -> tuple[list[str], set[str]]:
    """One pass over the page's links: the texts long enough to be headlines or menus (for the link density
    of blocks), longest first, and the word keys of every link's text, short ones included ('Ouvidoria SUS',
    'Contato'): a block that is exactly a link's text is a menu entry, in any language."""
    texts: set[str] = set()
    keys: set[str] = set()
    for a in tree.iter("a"):
        raw = a.text_content()
        if not raw or raw.isspace():
            continue
        key = _words_key(raw)
        if key and len(key) < 80:
            keys.add(key)
        if len(raw) >= 15:
            t = _norm(raw).replace("\n", " ")
            if len(t) >= 15:
                texts.add(t)
    return sorted(texts, key=len, reverse=True), keys


def _link_keys(tree: lxml.html.HtmlElement) -> set[str]:
    """Word keys of every link's text (see ``_links``)."""
    return _links(tree)[1]


def _mark_link_blocks(blocks: list[Block], link_keys: set[str]) -> None:
    """Short blocks whose whole text is a link's text count as all link (menus, tag lists, breadcrumbs)."""
    for b in blocks:
        if b.size <= 8 and b.kind != "head" and b.key in link_keys:
            b.link_chars = len(b.text.strip())


# ---------------------------------------------------------------------------------------------- parsing


def parse_html(html: str, *, clean: bool = False) -> lxml.html.HtmlElement | None:
    """The page parsed as the body extractor needs it (also fine for metadata); None when it is not HTML.
    ``clean``: the caller has removed lone surrogates and control characters (the article stage does), so the
    parse need not look for them again."""
    if not isinstance(html, str) or "<" not in html[:100_000]:
        return None
    return _parse(html[:MAX_CHARS], clean=clean)


class _Parser:
    """trafilatura's HTML parser settings, with lxml's class lookup done in C: lxml.html picks each element's
    Python class by a Python method (form fields get classes of their own), called for every element any
    pass touches, trafilatura's passes over its copies of the tree included; here every element is an
    ``HtmlElement`` (comments, PIs and entities lxml.html's own classes), which every reader of the tree needs."""

    parser: lxml.html.HTMLParser | None = None

    @classmethod
    def get(cls) -> lxml.html.HTMLParser:
        if cls.parser is None:
            parser = lxml.html.HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8",
                                          remove_comments=True, remove_pis=True)
            parser.set_element_class_lookup(etree.ElementDefaultClassLookup(
                element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment,
                pi=lxml.html.HtmlProcessingInstruction, entity=lxml.html.HtmlEntity))
            cls.parser = parser
        return cls.parser


def load_html(html: str, *, clean: bool = False) -> lxml.html.HtmlElement | None:
    """``trafilatura.utils.load_html`` for a str, step by step, with ``_Parser``; ``clean``: no control
    characters in ``html`` (see ``parse_html``)."""
    from trafilatura.utils import is_dubious_html

    parser = _Parser.get()
    beginning = html[:50].lower()
    check_flag = is_dubious_html(beginning)
    html = _repair_faulty_html(html, beginning, clean)
    tree, fallback_parse = None, False
    try:
        tree = lxml.html.fromstring(html, parser=parser)
    except ValueError:  # "Unicode strings with encoding declaration are not supported."
        tree, fallback_parse = _fromstring_bytes(html, parser), True
    except Exception:  # noqa: BLE001 - as trafilatura: no tree
        tree = None
    if (tree is None or len(tree) < 1) and not fallback_parse:
        tree = _fromstring_bytes(html, parser)
    if tree is not None and check_flag is True and len(tree) < 2:
        tree = None
    return tree


_INVALID_XML = tuple(chr(c) for c in (*range(0, 9), 11, 12, *range(14, 32), 0xFFFE, 0xFFFF))


def _repair_faulty_html(html: str, beginning: str, clean: bool = False) -> str:
    """``trafilatura.utils.repair_faulty_html``, its regex pass over the whole page for characters XML forbids
    run only when one is there (looking for each is cheaper; most pages have none; with ``clean``, no control
    character is there)."""
    from trafilatura.utils import DOCTYPE_TAG, FAULTY_HTML, INVALID_XML_CHARS

    if any(c in html for c in (_INVALID_XML[-2:] if clean else _INVALID_XML)):
        html = INVALID_XML_CHARS.sub("", html)
    if "doctype" in beginning:
        firstline, _, rest = html.partition("\n")
        html = DOCTYPE_TAG.sub("", firstline, count=1) + "\n" + rest
    for line in html[:4096].splitlines()[:4]:
        if "<html" in line and line.endswith("/>"):
            html = FAULTY_HTML.sub(r"\1>", html, count=1)
            break
    return html


def _fromstring_bytes(html: str, parser: lxml.html.HTMLParser) -> lxml.html.HtmlElement | None:
    try:
        return lxml.html.fromstring(html.encode("utf8", "surrogatepass"), parser=parser)
    except Exception:  # noqa: BLE001
        return None


def _parse(html: str, *, clean: bool = False) -> lxml.html.HtmlElement | None:
    html = repair_markup(html.replace("\x00", "") if "\x00" in html else html)
    if not clean:
        try:
            html.encode("utf-8")
        except UnicodeEncodeError:  # lone surrogates (a bad decode upstream) make lxml fail on the page
            html = html.encode("utf-8", "replace").decode("utf-8")
    try:
        tree = load_html(html, clean=clean)
        if tree is None and not re.search(r"<(html|body)\b", html[:5000], re.IGNORECASE):
            # a fragment (a feed item's content, a pasted div): trafilatura refuses those bare
            tree = load_html(f"<html><body><div>{html}</div></body></html>")
        if tree is not None and _too_deep():
            tree = _parse_deep(html)
    except Exception:  # noqa: BLE001
        return None
    if tree is None or not isinstance(tree, lxml.html.HtmlElement):
        return None
    return tree


def _too_deep() -> bool:
    """Did the last parse stop at libxml2's nesting limit (256)? Pages with hundreds of unclosed tags
    do; everything below the limit is then lost."""
    return any("Excessive depth" in e.message for e in _Parser.get().error_log)


# Elements kept when a too-deep subtree is flattened: enough to keep paragraph boundaries.
_DEEP_KEEP = {"p", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "blockquote"}
_DEEP_LIMIT = 60


def _parse_deep(html: str) -> lxml.html.HtmlElement | None:
    """Parse without the nesting limit, then flatten every subtree below depth ``_DEEP_LIMIT`` to its
    text and paragraph tags, so that later passes (some recursive) see a shallow tree."""
    parser = lxml.html.HTMLParser(
        huge_tree=True, collect_ids=False, default_doctype=False, remove_comments=True, remove_pis=True
    )
    tree = lxml.html.document_fromstring(html.encode("utf-8"), parser=parser)
    stack = [(tree, 0)]
    while stack:
        el, depth = stack.pop()
        if depth >= _DEEP_LIMIT:
            tags = {d.tag for d in el.iterdescendants() if isinstance(d.tag, str)} - _DEEP_KEEP
            if tags:
                etree.strip_tags(el, *tags)
            continue
        stack.extend((c, depth + 1) for c in el)
    return tree


def _norm(text: str) -> str:
    # (the spaces are never line breaks: one substitution over the whole text is the same as one a line)
    text = _WS.sub(" ", text)
    if "\n" not in text:  # one line (most blocks): the same as the general case below, without its generators
        return text.strip()
    lines = (ln.strip() for ln in text.split("\n"))
    return "\n".join(ln for ln in lines if ln)


# A teaser card: a heading whose text is a link (a headline of another page) and a little text beside it.
_CARD_MAX_CHARS = 600


def _card_keys(tree: lxml.html.HtmlElement) -> list[str]:
    """Word keys of the teaser cards on the page: the container of each linked headline, when small."""
    out: list[str] = []
    try:
        heads = tree.xpath("//h2[.//a] | //h3[.//a] | //h4[.//a]")
    except etree.XPathError:
        return out
    for h in heads[:1000]:
        if len(h.text_content().split()) < 3:
            continue
        box = h.getparent()
        if box is None:
            continue
        text = " ".join(box.itertext())
        if len(text) - len(h.text_content()) > 40 and len(text) <= _CARD_MAX_CHARS:
            out.append(_words_key(text))
    return out


def looks_like_index(blocks: list[Block], cards: list[str]) -> bool:
    """True when most of the text comes from teaser cards (headline link + summary): a home or section
    page listing other stories, not a story."""
    if len(cards) < 4 or not blocks:
        return False
    total = sum(b.size for b in blocks)
    hit_cards: set[int] = set()
    in_cards = 0
    for b in blocks:
        for i, c in enumerate(cards):
            if b.key and b.key in c:
                hit_cards.add(i)
                in_cards += b.size
                break
    return len(hit_cards) >= 4 and in_cards >= 0.5 * total


def _page_title(tree: lxml.html.HtmlElement) -> str:
    for xp in ('//meta[@property="og:title"]/@content', '//meta[@name="twitter:title"]/@content', "//title//text()"):
        try:
            found = tree.xpath(xp)
        except etree.XPathError:
            continue
        if found:
            return _norm(str(found[0]))
    return ""


# ------------------------------------------------------------------------------------------ trafilatura

_BLOCK_KINDS = {"p": "p", "head": "head", "quote": "quote", "code": "code"}


def _anchor_texts(tree: lxml.html.HtmlElement) -> list[str]:
    """Texts of the page's links long enough to be headlines or menus (see ``_links``)."""
    return _links(tree)[0]


def _caption_keys(tree: lxml.html.HtmlElement) -> set[str]:
    """Word keys of the page's picture captions and credits: they describe images, not the story."""
    return _captions_and_styled(tree)[0]


def _captions_and_styled(tree: lxml.html.HtmlElement) -> tuple[set[str], list[lxml.html.HtmlElement]]:
    """In one walk over the elements (an XPath union walks the tree once for each of its tests): the caption keys
    (see ``_caption_keys``) and the elements with a ``hidden`` or ``style`` attribute, in page order, which
    readability's clean step looks at next (the XPath "//*[@hidden or @style]"). The walk ``collect_headings``
    makes finds both too (``PageScan``)."""
    captions: list[lxml.html.HtmlElement] = []
    styled: list[lxml.html.HtmlElement] = []
    for el in tree.iter():
        caption = el.tag in CAPTION_TAGS
        for name, value in el.items():
            if name == "class":
                caption = caption or "caption" in value or "credit" in value
            elif name == "itemprop":
                caption = caption or "caption" in value
            elif (name == "hidden" or name == "style") and (not styled or styled[-1] is not el):
                styled.append(el)
        if caption:
            captions.append(el)
    return _keys_of_captions(captions), styled


def _keys_of_captions(captions: list[lxml.html.HtmlElement]) -> set[str]:
    """Word keys of the first 500 caption elements' texts."""
    out: set[str] = set()
    for el in captions[:500]:
        key = _words_key(el.text_content())
        if key and len(key) < 1000:
            out.add(key)
    return out


def _link_chars(text: str, anchors: list[str]) -> int:
    flat = text.replace("\n", " ")
    n = 0
    for a in anchors:
        if len(a) <= len(flat) and a in flat:
            n += len(a)
    return min(n, len(flat))


def _link_chars_indexed(text: str, index: dict[str, tuple[list[int], set[str]]]) -> int:
    """Same measure in one pass over the text, for pages with so many links and blocks that testing every
    link against every block is too slow. ``index``: first 15 characters -> (the lengths of the links that
    start so, longest first; those links), so that thousands of links alike ("Read more: ...") cost one
    set lookup per length, not a scan of them all."""
    flat = text.replace("\n", " ")
    n, i = 0, 0
    end = len(flat) - 14
    while i < end:
        found = index.get(flat[i : i + 15])
        if found:
            hit = next((k for k in found[0] if flat[i : i + k] in found[1]), 0)
            if hit:
                n += hit
                i += hit
                continue
        i += 1
    return min(n, len(flat))


def _anchor_index(anchors: list[str]) -> dict[str, tuple[list[int], set[str]]]:
    """The index ``_link_chars_indexed`` reads: first 15 characters -> (lengths, longest first; links)."""
    index: dict[str, tuple[list[int], set[str]]] = {}
    for a in sorted(anchors, key=len, reverse=True):  # longest first, so the longest link at a position wins
        lengths, texts = index.setdefault(a[:15], ([], set()))
        if not lengths or lengths[-1] != len(a):
            lengths.append(len(a))
        texts.add(a)
    return index


class _TrafOptions:
    """trafilatura's options for our call, made once (reading them from its config costs ~0.4 ms a page) and copied
    with each page's URL set as ``Extractor`` sets it. The output format is "txt": the extraction is the same (the
    format only shapes output), and bare_extraction then skips writing a text we do not read (we read the body)."""

    template = None

    @classmethod
    def get(cls, url: str | None):
        import copy

        if cls.template is None:
            from trafilatura.settings import Extractor

            cls.template = Extractor(
                output_format="txt",
                formatting=False,
                fast=True,
                comments=False,
                tables=True,
                links=False,  # links change trafilatura's choices; link text is measured from anchors
                images=False,
                with_metadata=False,
                dedup=False,
            )
        options = copy.copy(cls.template)
        options.url = url
        options.source = url and url.encode("utf-8", "replace").decode("utf-8")
        return options


def _trafilatura_blocks(tree: lxml.html.HtmlElement, url: str | None, anchors: list[str]) -> list[Block]:
    from trafilatura import bare_extraction

    doc = bare_extraction(tree, url=url, options=_TrafOptions.get(url))
    body = getattr(doc, "body", None)
    if body is None:
        return []
    blocks = list(_walk_traf(body))
    whole = " ".join(b.text.replace("\n", " ") for b in blocks)
    if len(anchors) * len(whole) <= 50_000_000:
        anchors = [a for a in anchors if a in whole]  # most menus and teasers are not in the text at all
    if len(anchors) * len(blocks) <= 50_000 and len(anchors) * len(whole) <= 200_000_000:  # cost of the scan below
        for b in blocks:
            b.link_chars = _link_chars(b.text, anchors) if anchors else 0
    else:
        index = _anchor_index(anchors)
        for b in blocks:
            b.link_chars = _link_chars_indexed(b.text, index)
    return blocks


def _text(el: etree._Element, skip: tuple[str, ...] = ()) -> str:
    """Text of a trafilatura output element; <lb/> becomes a line break; ``skip`` children are left out
    (a nested list inside a list item is emitted as items of its own)."""
    parts: list[str] = []

    def rec(e: etree._Element) -> None:
        if e.tag == "lb":
            parts.append("\n")
        if e.text:
            parts.append(e.text)
        for c in e:
            if c.tag not in skip:
                rec(c)
            if c.tail:
                parts.append(c.tail)

    rec(el)
    return _norm("".join(parts))


def _walk_traf(el: etree._Element) -> Iterator[Block]:
    for child in el:
        tag = child.tag
        if tag in _BLOCK_KINDS:
            text = _text(child)
            if text:
                yield Block(_BLOCK_KINDS[tag], text)
        elif tag == "list":
            for item in child.iter("item"):
                text = _text(item, skip=("list",))
                if text:
                    yield Block("item", text)
        elif tag == "table":
            for row in child.iter("row"):
                cells = [t.replace("\n", " ") for t in (_text(c, skip=("table",)) for c in row.iter("cell")) if t]
                if cells:
                    yield Block("row", " | ".join(cells))
        elif tag in ("div", "section", "article", "main", "body"):
            yield from _walk_traf(child)
        else:
            text = _text(child)
            if text:
                yield Block("p", text)


# ------------------------------------------------------------------------------------------ readability

_READ_BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "blockquote", "tr", "dd", "dt"}
# Captions and figures describe pictures, not the story.
_READ_SKIP = {"figure", "figcaption", "caption", "button", "select", "textarea"}


def _readability_blocks(tree: lxml.html.HtmlElement, source: str | None = None,
                        styled: list[lxml.html.HtmlElement] | None = None) -> list[Block]:
    """Readability's choice of content as blocks. Mutates ``tree`` (call after trafilatura). ``styled``: the
    tree's elements with a ``hidden`` or ``style`` attribute, in page order, when the caller has them (see
    ``_captions_and_styled``; the tree unchanged since)."""
    doc = _FastReadability(tree)
    doc.source = source
    doc.styled = styled
    summary = doc.summary(html_partial=True)
    if not summary:
        return []
    try:
        root = lxml.html.fragment_fromstring(summary, create_parent="div", parser=_Parser.get())
    except (etree.ParserError, ValueError):
        return []
    out: list[Block] = []
    _walk_read(root, out)
    return out


def _walk_read(root: lxml.html.HtmlElement, out: list[Block]) -> None:
    """Emit a block per block-level element, text not inside a nested block going to the enclosing one."""
    buf: list[str] = []
    link = [0]

    def flush() -> None:
        text = _norm("".join(buf))
        if text:
            out.append(Block("p", text, link[0]))
        buf.clear()
        link[0] = 0

    def rec(e: lxml.html.HtmlElement, in_link: bool) -> None:
        tag = e.tag if isinstance(e.tag, str) else ""
        if tag in _READ_SKIP:
            return
        is_block = tag in _READ_BLOCKS or tag in ("div", "section", "article", "ul", "ol", "table", "figure")
        if is_block:
            flush()
        if tag == "br":
            buf.append("\n")
        in_link = in_link or tag == "a"
        if e.text:
            buf.append(e.text)
            if in_link:
                link[0] += len(e.text.strip())
        for c in e:
            rec(c, in_link)
            if c.tail:
                buf.append(c.tail)
                if in_link:
                    link[0] += len(c.tail.strip())
        if is_block:
            flush()

    rec(root, False)
    flush()


# Never story text; removing them first makes readability's scoring passes much cheaper.
_READ_PRUNE = (
    "script", "style", "noscript", "link", "template", "svg", "nav", "footer", "aside", "iframe",
    "button", "select", "input", "textarea", "object", "embed", "canvas", "video", "audio", "picture",
)


_INLINE_TAGS = {"a", "b", "cite", "code", "em", "font", "i", "small", "span", "strong", "sub", "sup", "u"}
# readability's divToPElementsRe, "<(blockquote|dl|div|img|ol|p|pre|table|ul)" over serialised HTML,
# matches any tag name starting with one of these.
_BLOCK_PREFIXES = ("p", "blockquote", "dl", "div", "img", "ol", "table", "ul")


def _has_block_markup(el: lxml.html.HtmlElement) -> bool:
    """True when ``el`` or a descendant is an element that readability treats as block markup."""
    for d in el.iter():
        tag = d.tag
        if isinstance(tag, str) and tag.lower().startswith(_BLOCK_PREFIXES):
            return True
    return False


def _text_len(el: lxml.html.HtmlElement) -> int:
    return len(" ".join((el.text_content() or "").split()))


def _literal_search(rx: re.Pattern[str]):
    """``bool(rx.search(s))`` for readability's class-name patterns, which are alternations of plain words matched
    ignoring case: on an ASCII string that is the same words matched on the lower-cased string, case-sensitively
    (several times faster on the short class and id strings it tests for every element); any other string, or
    pattern, goes to ``rx``."""
    words = rx.pattern.split("|")
    if not rx.flags & re.IGNORECASE or not all(re.fullmatch(r"[A-Za-z0-9_-]+", w) for w in words):
        return lambda s: rx.search(s) is not None
    plain = re.compile("|".join(re.escape(w.lower()) for w in words))  # the words, matched on lower case

    def search(s: str) -> bool:
        return (plain.search(s.lower()) if s.isascii() else rx.search(s)) is not None

    return search


def _make_fast_readability():
    from readability import Document
    from readability.readability import REGEXES

    unlikely_words = _literal_search(REGEXES["unlikelyCandidatesRe"])
    maybe_words = _literal_search(REGEXES["okMaybeItsACandidateRe"])
    negative_words = _literal_search(REGEXES["negativeRe"])
    positive_words = _literal_search(REGEXES["positiveRe"])

    class FastReadability(Document):
        """readability's Document with a cheaper clean step: its lxml Cleaner pass (rewriting every link
        to strip javascript) costs about half of its run time and changes nothing we read."""

        source: str | None = None
        styled: list | None = None

        def _parse(self, input):  # noqa: A002 - the parent's signature
            # The first pass works on the caller's tree; a retry (the ruthless pass found too little)
            # needs a pristine tree, so it parses the source again as the parent class does.
            first, doc = not getattr(self, "_used", False), input
            if not first and self.source is not None:
                doc = lxml.html.document_fromstring(repair_markup(self.source))
            self._used = True
            self.encoding = "utf-8"
            # hidden elements and those styled 'display: none', in one pass (one inside a box dropped before
            # it is dropped from that box, which changes nothing); a page repeats a few style strings
            display_none, verdicts = REGEXES["displayNoneRe"], {}
            # (the caller's list from its walk, else a walk in Python, not the XPath "//*[@hidden or @style]": the same
            # elements in the same order, faster)
            styled = self.styled if first and self.styled is not None else \
                [e for e in doc.iter() if e.get("hidden") is not None or e.get("style") is not None]
            for elem in styled:
                if elem.get("hidden") is None:
                    style = elem.get("style") or ""
                    verdict = verdicts.get(style)
                    if verdict is None:
                        verdict = verdicts[style] = bool(display_none.search(style))
                    if not verdict:
                        continue
                elem.drop_tree()
            etree.strip_elements(doc, *_READ_PRUNE, with_tail=False)
            etree.strip_elements(doc, etree.Comment, etree.ProcessingInstruction, with_tail=False)
            return doc

        def remove_unlikely_candidates(self):
            # The parent's rule, visiting only elements that have a class or an id (the others can never
            # match) and without formatting a debug message for each one.
            # The verdict on a class-and-id string is kept: a page repeats a few of them hundreds of times.
            verdicts: dict[tuple[str, str], bool] = {}
            # (the XPath ".//*[@class or @id]" as a walk in Python: the same elements in the same order, faster)
            found = [e for e in self.html.iterdescendants() if e.get("class") is not None or e.get("id") is not None]
            for elem in found:
                key = (elem.get("class", ""), elem.get("id", ""))
                verdict = verdicts.get(key)
                if verdict is None:
                    s = "{} {}".format(*key)
                    verdict = verdicts[key] = len(s) >= 2 and unlikely_words(s) and not maybe_words(s)
                if (
                    verdict
                    and elem.tag not in ("html", "body")
                    and elem.tag not in ("pre", "code")
                    and next(elem.iterancestors("pre", "code"), None) is None
                    and next(elem.iter("main", "article", "math"), None) is None
                ):
                    elem.drop_tree()

        def transform_misused_divs_into_paragraphs(self):
            # The parent's rule. It tests "contains block markup" by serialising every div's children and
            # searching the HTML with a regex (quadratic on nested divs); this walks the elements instead.
            for elem in self.tags(self.html, "div"):
                if not any(_has_block_markup(c) for c in elem):
                    elem.tag = "p"
            for elem in self.tags(self.html, "div"):
                children = list(elem)
                paragraph = None
                if elem.text and elem.text.strip():
                    p = elem.makeelement("p")
                    p.text = elem.text
                    elem.text = None
                    elem.insert(0, p)
                    paragraph = p
                for child in children:
                    if child.tag == "br":
                        paragraph = None
                        continue
                    if child.tag not in _INLINE_TAGS or _has_block_markup(child):
                        paragraph = None
                        continue
                    if paragraph is None:
                        paragraph = elem.makeelement("p")
                        child.addprevious(paragraph)
                    paragraph.append(child)
                for pos, child in reversed(list(enumerate(elem))):
                    if child.tail and child.tail.strip():
                        p = elem.makeelement("p")
                        p.text = child.tail
                        child.tail = None
                        elem.insert(pos + 1, p)
                    if child.tag == "br":
                        child.drop_tree()

        def class_weight(self, e):
            # The parent's weights, its two patterns tested as ``_literal_search`` does.
            weight = 0
            for feature in [e.get("class", None), e.get("id", None)]:
                if feature:
                    if negative_words(feature):
                        weight -= 25
                    if positive_words(feature):
                        weight += 25
                    if self.positive_keywords and self.positive_keywords.search(feature):
                        weight += 25
                    if self.negative_keywords and self.negative_keywords.search(feature):
                        weight -= 25
            if self.positive_keywords and self.positive_keywords.match("tag-" + e.tag):
                weight += 25
            if self.negative_keywords and self.negative_keywords.match("tag-" + e.tag):
                weight -= 25
            return weight

        def get_link_density(self, elem):
            # Same measure as the parent's, with whitespace collapsed by split/join instead of three
            # regex passes per call (it is called for every candidate and every link inside it).
            links = sum(_text_len(a) for a in elem.iterfind(".//a"))
            return links / max(_text_len(elem), 1)

    _quiet_parent_methods(FastReadability, Document)
    return FastReadability


_CLEAN_RUN = re.compile(r"\s{255,}")
_CLEAN_NEWLINE = re.compile(r"\s*\n\s*")
_CLEAN_SPACES = re.compile(r"\t|[ \t]{2,}")


def _read_clean(text: str) -> str:
    """readability's ``clean`` (the same three substitutions) with its patterns compiled once, each run only
    when the text holds what it needs (255 characters, a line break, a tab or two spaces)."""
    if len(text) >= 255:
        text = _CLEAN_RUN.sub(" " * 255, text)
    if "\n" in text:
        text = _CLEAN_NEWLINE.sub("\n", text)
    if "\t" in text or "  " in text:
        text = _CLEAN_SPACES.sub(" ", text)
    return text.strip()


def _read_text_length(el: lxml.html.HtmlElement) -> int:
    return len(_read_clean(el.text_content() or ""))


def _quiet_parent_methods(cls: type, parent: type) -> None:
    """Give ``cls`` the parent's methods run with cheaper module helpers: ``clean`` and ``text_length`` with
    precompiled patterns, and ``describe``/``text_content``, which only build debug-log messages (formatted
    before the logger drops them, for every element sanitize keeps), as no-ops. Same code, same results; the
    readability module itself is left as it is."""
    import types

    import readability.readability as module

    scope = dict(vars(module))
    scope.update(clean=_read_clean, text_length=_read_text_length, describe=lambda *a, **k: "",
                 text_content=lambda *a, **k: "")
    for name, fn in vars(parent).items():
        if isinstance(fn, types.FunctionType) and name not in vars(cls):
            quiet = types.FunctionType(fn.__code__, scope, fn.__name__, fn.__defaults__, fn.__closure__)
            quiet.__kwdefaults__ = fn.__kwdefaults__
            setattr(cls, name, quiet)


class _LazyReadability:
    cls = None

    def __call__(self, tree: lxml.html.HtmlElement):
        if self.cls is None:
            self.cls = _make_fast_readability()
        return self.cls(tree)


_FastReadability = _LazyReadability()


# --------------------------------------------------------------------------------------------- combining


def _shingles(words: list[str], n: int = 3) -> set[tuple[str, ...]]:
    if len(words) < n:
        return {tuple(words)} if words else set()
    if n == 3:  # (the same tuples, made in C)
        return set(zip(words, words[1:], words[2:], strict=False))
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def _support(block: Block, shingles: set[tuple[str, ...]], joined: str = "") -> float:
    """Share of the block's word trigrams that the other extractor also produced.

    Blocks of one or two words have no trigram: they count as supported when the other extractor has
    the same words in a row (``joined`` is its text as space-separated words).
    """
    words = block.words
    if len(words) < 3:
        return 1.0 if words and f" {' '.join(words)} " in joined else 0.0
    sh = block.shingles
    return len(sh & shingles) / len(sh)


LITTLE = 100
"""A part that finds fewer words of prose than this on a page found little: another part may have the story."""


def _n_words(blocks: Iterable[Block]) -> int:
    return sum(b.size for b in blocks)


def combine(t_blocks: list[Block], r_blocks: list[Block]) -> list[Block]:
    """Vote between the two extractors' blocks (see the module docstring)."""
    tw = _n_words(t_blocks)
    if not r_blocks:
        return [b for b in t_blocks if not _weak(b)] if tw else []
    if not t_blocks:
        return [b for b in r_blocks if not _weak(b)]
    r_sh: set[tuple[str, ...]] = set()
    for b in r_blocks:
        r_sh |= b.shingles
    r_joined = " " + " | ".join(b.key for b in r_blocks) + " "
    t_index: dict[tuple[str, ...], int] = {}  # shingle -> the first block that has it (filled last to first, in C)
    for i in range(len(t_blocks) - 1, -1, -1):
        t_index.update(dict.fromkeys(t_blocks[i].shingles, i))
    # How much of trafilatura's text readability also found: low means readability chose another region.
    t_sup = [_support(b, r_sh, r_joined) for b in t_blocks]
    agree = sum(s * b.size for s, b in zip(t_sup, t_blocks, strict=True)) / max(tw, 1)
    if agree < 0.5:
        # The extractors disagree about where the story is (readability often locks onto one box):
        # trust trafilatura, without its link lists, unless it found little prose and readability much more
        # (trafilatura stopped at an odd container and kept a scrap of the story).
        t_keep = [b for b in t_blocks if b.link_density <= 0.5]
        r_keep = [b for b in r_blocks if not _weak(b)]
        t_prose = _n_words(b for b in t_keep if not _weak(b))
        if t_prose < LITTLE and _n_words(r_keep) >= 2 * max(t_prose, 1):
            return r_keep
        return t_keep
    rows = sum(b.size for b in t_blocks if b.kind == "row" and b.size > 80)
    if rows > 0.5 * tw:
        # trafilatura flattened a layout table into rows; readability's paragraphs are the better cut.
        return [b for b in r_blocks if not _weak(b)]
    keep = [s >= 0.5 or not _weak(b) for b, s in zip(t_blocks, t_sup, strict=True)]
    _keep_interior(t_blocks, keep)
    _drop_unsupported_tail(t_blocks, t_sup, keep, _n_words(b for b in r_blocks if not _weak(b)))
    # Strong paragraphs only readability saw (a lead paragraph styled apart, text split by an ad) go in
    # after the trafilatura block that the preceding readability block matched. Those after the last
    # block both agree on are usually page footers (citation boxes, licence notes)...
    extra: dict[int, list[Block]] = {}
    last = -1
    pending: list[Block] = []
    cut: int | None = None  # where, in pending, a teaser-box marker ("Related", "More stories") was seen
    for b in r_blocks:
        sh = b.shingles
        common = sh & t_index.keys()  # (the shared shingles by a set operation in C)
        hits = Counter(map(t_index.__getitem__, common))
        if sh and len(common) >= 0.5 * len(sh):
            if pending:
                extra.setdefault(last, []).extend(pending)
                pending = []
            cut = None
            last = min(hits.items(), key=lambda kv: (-kv[1], kv[0]))[0]  # most shingles; ties: the earlier block
        elif not _weak(b) and b.size >= 15:
            pending.append(b)
        elif cut is None and is_teaser_marker(b.text):
            cut = len(pending)
    # ...unless they are a long run of text before any "Related"-style marker: the rest of a story
    # that trafilatura cut short.
    tail = pending[:cut] if cut is not None else pending
    # ... and no longer than what trafilatura found (a tail many times the story is comments or an archive)
    if tail and max(100, 0.25 * tw) <= sum(b.size for b in tail) <= max(3 * tw, 3 * LITTLE):
        extra.setdefault(last, []).extend(tail)
    out: list[Block] = list(extra.get(-1, []))
    for i, b in enumerate(t_blocks):
        if keep[i]:
            out.append(b)
        out.extend(extra.get(i, []))
    return out


TAIL_RUN = 2
"""Unsupported blocks in a row after the last block both extractors found that make a separate box."""


def _drop_unsupported_tail(blocks: list[Block], support: list[float], keep: list[bool], r_prose: int) -> None:
    """Drop the run of blocks after the last one readability also found, when readability read a story of its
    own and the run is several blocks long: teasers of other stories with their summaries, readers' comments
    (prose, so they pass every other test). A single block after the story is kept (a last line set apart),
    and so are quotes."""
    if r_prose < LITTLE:
        return
    supported = [i for i, s in enumerate(support) if s >= 0.5 and not _weak(blocks[i])]
    if not supported:
        return
    # embedded posts and block quotes are the story's own (a tweet the story cites): never part of such a run
    tail = [i for i in range(supported[-1] + 1, len(blocks)) if keep[i] and blocks[i].kind != "quote"]
    if len(tail) >= TAIL_RUN:
        for i in tail:
            keep[i] = False


def _keep_interior(blocks: list[Block], keep: list[bool]) -> None:
    """Keep link-free short blocks that sit between strong story blocks (a list of ingredients, a
    one-line paragraph): furniture gathers at the edges of a story or is made of links."""
    strong = [i for i, b in enumerate(blocks) if keep[i] and not _weak(b)]
    if len(strong) < 2:
        return
    first, last = strong[0], strong[-1]
    for i in range(first + 1, last):
        b = blocks[i]
        if not keep[i] and b.link_density < 0.2 and b.kind != "head":
            keep[i] = True


def _weak(b: Block) -> bool:
    """A block that is not clearly prose: short, link-heavy, a heading or a list item."""
    n = b.size
    if b.link_density > 0.5:
        return True
    if b.kind in ("item", "head", "row"):
        return n < 25
    return n < 12


# ----------------------------------------------------------------------------------------- cleaning up


def clean_blocks(blocks: list[Block], title: str = "", captions: set[str] | None = None) -> list[Block]:
    """Drop page furniture, picture captions, leading title/byline lines and trailing headings."""
    if captions:
        blocks = [b for b in blocks if b.key not in captions]
    # a "Related stories" box after the story: a marker followed by no more prose
    blocks = _cut_teaser_tail(blocks)
    # a short block that is nearly all link text is a teaser or a menu, whoever voted for it
    out = [b for b in blocks if not (b.link_density >= 0.8 and b.size < 40)]
    out = [b for b in (_strip_lines(b) for b in out) if b is not None]
    tnorm = _words_key(title)
    # leading title, standfirst and kicker headings, bylines; a short section heading right above the
    # first paragraph ("THE VERDICT") belongs to the story
    while out:
        b = out[0]
        if is_byline(b.text) or _is_title(b.key, tnorm):
            out.pop(0)
            continue
        if b.kind == "head":
            section_head = b.size < 6 and len(out) > 1 and out[1].kind != "head"
            if not section_head:
                out.pop(0)
                continue
        break
    # headings anywhere that repeat the title
    if tnorm:
        out = [b for b in out if not (b.kind == "head" and b.key and b.key in tnorm)]
    # trailing headings with nothing under them
    while out and out[-1].kind == "head":
        out.pop()
    # a pull quote or heading repeating a paragraph; paragraphs the page itself repeats (a refrain, a line of a
    # meal plan written out each day) are kept
    seen: set[str] = {b.key for b in out if b.kind not in ("quote", "head")}
    uniq = []
    for b in out:
        if b.kind in ("quote", "head") and b.key and len(b.key) > 30 and b.key in seen:
            continue
        seen.add(b.key)
        uniq.append(b)
    return uniq


def _cut_teaser_tail(blocks: list[Block]) -> list[Block]:
    """Cut at the readers' comments once most of the text is behind, and at the first teaser-box marker
    that has no story paragraph after it."""
    total, seen = _n_words(blocks), 0
    for i, b in enumerate(blocks):
        if i and b.size <= 12 and seen >= 0.4 * total and is_comment_marker(b.text):
            blocks = blocks[:i]
            break
        seen += b.size
    last_strong = -1
    for i, b in enumerate(blocks):
        if b.size >= 30 and b.link_density < 0.2:
            last_strong = i
    for i in range(last_strong + 1, len(blocks)):
        if is_teaser_marker(blocks[i].text):
            return blocks[:i]
    return blocks


def _strip_lines(b: Block) -> Block | None:
    """Drop the block if it is furniture; in a multi-line block drop the furniture lines only."""
    if "\n" not in b.text:
        return None if is_boilerplate_line(b.text) else b
    lines = [ln for ln in b.text.split("\n") if not is_boilerplate_line(ln)]
    if not lines:
        return None
    if len(lines) == b.text.count("\n") + 1:
        return b
    return Block(b.kind, "\n".join(lines), b.link_chars)


def has_prose(blocks: list[Block], min_words: int = 15) -> bool:
    """True when the text reads as prose: enough words on lines of sentence length.

    A form, a menu or a list of headlines breaks into short lines; a story, however short, does not.
    """
    n = 0
    for b in blocks:
        if "\n" not in b.text:  # one line: the block's own size (cached)
            n += b.size if b.size >= 8 else 0
            continue
        for line in b.text.split("\n"):
            w = count_words(line)
            if w >= 8:
                n += w
    return n >= min_words


def _is_title(key: str, tnorm: str) -> bool:
    if not key or not tnorm:
        return False
    return key in tnorm or (tnorm in key and len(key) < 1.5 * len(tnorm))


def _words_key(text: str) -> str:
    return " ".join(_WORD.findall((text or "").lower()))
