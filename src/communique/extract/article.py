"""The article stage: a Page becomes a Record holding the Article (or an error saying why not)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from lxml import etree

from ..model import Article, DocError, Page, Record, article_id
from ..sources.dates import check_date
from ..sources.decode import decode, looks_binary, no_surrogates
from .credits import canonical_wire, find_wire
from .headline import (
    Heading,
    PageScan,
    collect_headings,
    declared_titles,
    has_metadata_title,
    lines_above_story,
    repair_mojibake,
    self_links,
    title_tags,
)
from .headline_model import Candidate, candidates, choose_headline
from .html import extract_body_result, parse_html
from .language import detect_language
from .metadata import Metadata, extract_metadata
from .text import clean_scraped_text
from .words import count_words

MIN_WORDS = 20
"""A body shorter than this is not an article (a home page, an index, a login or error page)."""
SUPPORTED_LANGUAGES = frozenset({"en"})

_PARA_BREAK = re.compile(r"\n\s*\n\s*")


def decode_page(page: Page) -> Page:
    """Turn a Page's bytes into text in place (or set its error); idempotent."""
    if page.error or isinstance(page.content, str):
        return page
    data = page.content
    if not data.strip():
        page.error = DocError("empty", "the document is empty")
    elif looks_binary(data):
        page.error = DocError("unreadable", "binary content (an image, PDF, archive or executable?), "
                                            "not an HTML page or text")
    else:
        page.content = decode(data, getattr(page, "content_type", None))
    return page


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
"""Control characters carry no text; NUL cannot even be stored in PostgreSQL."""
_CONTROL_BYTES = bytes((*range(0, 9), 11, 12, *range(14, 32), 127))


def clean_page_text(text: str) -> str:
    """``text`` without lone surrogates (as U+FFFD), with \n line ends and without control characters. Tested
    first on its UTF-8 bytes: encoding fails only on a lone surrogate, and a control character is a byte of its
    own in UTF-8 (every byte of a longer sequence is >= 0x80); most pages need no regex pass at all."""
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        text = no_surrogates(text)
        data = text.encode("utf-8")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if len(data.translate(None, _CONTROL_BYTES)) != len(data):
        text = _CONTROL.sub("", text)
    return text


@dataclass
class HtmlRead:
    """What the article stage reads from an HTML page: its metadata, the story's body, what each body extractor
    found, and what the headline is chosen from (title declarations, headings, the page's text in order)."""

    meta: Metadata
    body: str
    parts: str
    titles: list[str] = field(default_factory=list)
    headings: list[Heading] = field(default_factory=list)
    declared: bool = False
    page_text: str | None = None
    url: str | None = None
    tag_title: str | None = None
    """the <title> element's text"""
    content: str | None = None
    """the page's HTML as read: parsed again for the lines above the story and the links to the page itself only
    when the headline is weighed (the body extractor changes the first parse; most pages name their headline and
    never need it)"""
    _again: tuple[list[str], list[str]] | None = field(default=None, repr=False)

    def read_again(self) -> tuple[list[str], list[str]]:
        """The lines of page text above the story's opening (``headline.lines_above_story``) and the texts of the
        page's links to itself (``headline.self_links``), from a fresh parse, read once."""
        if self._again is None:
            tree = parse_html(self.content, clean=True) if self.content and self.body else None
            self._again = ((lines_above_story(tree, self.page_text, self.body), self_links(tree, self.url))
                           if tree is not None else ([], []))
        return self._again

    def headline(self) -> str | None:
        """The story's headline (see ``headline_model.choose_headline``)."""
        return choose_headline(self.titles, self.headings, self.body, self.meta.site, self.url,
                               declared=self.declared, page_text=self.page_text, tag_title=self.tag_title,
                               read_again=self.read_again)

    def headline_candidates(self) -> list[Candidate]:
        """The headline's candidates and their features, for fitting the chooser's weights."""
        lines, links = self.read_again()
        return candidates(self.titles, self.headings, self.body, self.meta.site, self.url,
                          declared=self.declared, page_text=self.page_text, tag_title=self.tag_title,
                          lines=lines, links=links)


def read_html(content: str, url: str | None = None, page_title: str | None = None) -> HtmlRead:
    """Read an HTML page once: metadata, headings and title declarations before the body extractor changes the
    tree, then the body. ``page_title``: a title the input gave with the page (last among the declarations)."""
    tree = parse_html(content, clean=True)  # one parse: metadata reads it, then the body extractor may change it
    meta = extract_metadata(content, url, tree=tree) if tree is not None else extract_metadata(content, url)
    scan = PageScan()  # (what the headings' walk also finds for the body extractor)
    headings = collect_headings(tree, scan) if tree is not None else []  # before the body extractor changes it
    tags = title_tags(tree) if tree is not None else None  # og:title, twitter:title, <title>: read once
    titles = declared_titles(tree, tags) if tree is not None else []
    declared = tree is not None and has_metadata_title(tree, meta.title, tags)
    # the page's text in order, read before the body extractor changes the tree: where the story opens on it
    page_text = None
    if tree is not None:
        shown = tree.find("body")
        page_text = etree.tostring(tree if shown is None else shown, method="text", encoding=str)
    result = extract_body_result(content, url, tree=tree, scan=scan)
    # (the headline's sources with any character whose UTF-8 bytes were read as Windows-1252 made whole, as the
    # headings are: see ``headline.repair_mojibake``; the body and the metadata keep the page's text as decoded)
    titles = [repair_mojibake(t) for t in [meta.title or "", *titles, page_title or ""]]
    return HtmlRead(meta, result.text, result.describe(), titles, headings,
                    declared, page_text, meta.url or url, repair_mojibake(tags[2]) if tags else None, content)


def page_to_record(
    page: Page,
    *,
    default_date: str | None = None,
    line_counts: Mapping[str, int] | None = None,
    n_docs: int = 0,
) -> Record:
    """Cut the story out of a page. Never raises for bad content: errors go into ``Record.error``."""
    decode_page(page)
    if page.error:
        return Record(source=page.source, error=page.error)
    content = clean_page_text(str(page.content))
    if page.title:
        page.title = _CONTROL.sub("", no_surrogates(page.title))
    if not content.strip():
        return Record(source=page.source, error=DocError("empty", "the document has no text"))

    meta = Metadata()
    parts = ""  # what each HTML extractor found, for the error when none found a story
    if page.kind == "html":
        read = read_html(content, page.url, page.title)
        meta, body, parts = read.meta, read.body, read.parts
        title = read.headline() or meta.title or page.title
    elif page.kind == "text":
        cleaned = clean_scraped_text(content, line_counts, n_docs)
        body, title = cleaned.body, page.title or cleaned.title
    else:
        body, title = _PARA_BREAK.sub("\n\n", content.strip()), page.title

    words = count_words(body)  # Japanese or Chinese text has few spaces: count as the extractor does
    if not words and body.strip() and not body.replace("\ufffd", "").strip():
        return Record(source=page.source, error=DocError(
            "unreadable", "the text is only characters that could not be decoded (U+FFFD); check its encoding"))
    if words < (1 if page.kind == "clean" else MIN_WORDS):  # a clean body is the user's word for an article
        what = "HTML page" if page.kind == "html" else "text"
        found = f"; {parts}" if parts else ""
        return Record(source=page.source, error=DocError(
            "not_article", f"no article found in this {what} ({words} words of story text{found}): "
                           "a home page, section index, login or error page?"))

    language = detect_language(body, meta.language)
    wire = find_wire(body)
    authors = []
    for name in meta.authors:  # "By Reuters": an agency named as the author is a wire credit
        agency = canonical_wire(name)
        if agency is None:
            authors.append(name)
        elif agency not in wire:
            wire.append(agency)
    published, warnings = _published(meta.date, page.date, default_date)
    article = Article(
        id=article_id(body),
        title=title,
        text=body,
        date=published,
        authors=authors,
        wire=wire,
        site=meta.site,
        url=meta.url or page.url,
        language=language,
    )
    error = None
    if language and language not in SUPPORTED_LANGUAGES:
        error = DocError("unsupported_language",
                         f"the article is in '{language}'; it is kept, but entity, quote and event "
                         "stages read English only")
    return Record(source=page.source, article=article, error=error, warnings=warnings)


def _published(*candidates: object) -> tuple[str | None, list[dict[str, object]]]:
    """The first valid date of the page's own, the input's and the assumed one; each invalid one given is a
    warning that keeps the raw value (sources/dates.py says why)."""
    warnings: list[dict[str, object]] = []
    for value in candidates:
        day, why = check_date(value)
        if day is not None:
            return day, warnings
        if why is not None:
            warnings.append({"kind": "bad_date", "field": "date", "value": value, "message": why})
    return None, warnings


def iso_date(value: str | None) -> str | None:
    """'2022-01-23T10:00:00Z' -> '2022-01-23'; anything that is not a real ISO date in range -> None."""
    return check_date(value)[0]
