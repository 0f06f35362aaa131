"""Properties of the text extractors (issue #8): whatever the page, extraction returns, never raises, and keeps
only words that are on the page; a scrape's kept lines are verbatim lines of the scrape."""

from __future__ import annotations

import html as htmllib
import re
import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from communique.extract.article import page_to_record
from communique.extract.html import extract_body, parse_html
from communique.extract.metadata import extract_metadata
from communique.extract.text import clean_scraped_text
from communique.extract.text_lines import normalise_newlines
from communique.model import Page, Record

from .strategies import html_page, news_text, quoted_news

SETTINGS = settings(max_examples=100, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
KINDS = {"empty", "unreadable", "too_large", "not_article", "unsupported_language"}
_WORD = re.compile(r"\w+")
_DROPPABLE = frozenset({"Cc", "Cf", "Cs", "Co", "Cn"})


def _words(text: str) -> set[str]:
    """The page's words, also as they read once the characters a parser may drop (controls, format characters,
    private-use and non-characters) are gone and the words on either side joined."""
    kept = "".join(ch for ch in text if ch in "\t\n\r" or unicodedata.category(ch) not in _DROPPABLE)
    return set(_WORD.findall(text)) | set(_WORD.findall(kept))


def _glued(word: str, page_words: set[str]) -> bool:
    """Two words of the page run together: a dropped element between them ("Joly<footer>…</footer>Joly")
    leaves no space (a known limit of the extraction, not a word from nowhere)."""
    return any(word[:k] in page_words and word[k:] in page_words for k in range(1, len(word)))


def _check_record(rec: Record) -> None:
    assert isinstance(rec, Record)
    assert rec.error is None or rec.error.kind in KINDS, rec.error
    if rec.article is not None:
        assert rec.article.text.strip() and "\x00" not in rec.article.text
        rec.article.text.encode("utf-8")  # no lone surrogates


@SETTINGS
@given(html_page())
def test_html_extraction_never_raises_and_keeps_only_words_of_the_page(html: str) -> None:
    body = extract_body(html)
    assert isinstance(body, str)
    tree = parse_html(html)  # the page as the extractor's parser reads it (it drops what XML cannot hold)
    page_words = _words(htmllib.unescape(html)) | (_words(tree.text_content()) if tree is not None else set())
    new = {w for w in _WORD.findall(body) if w not in page_words and not _glued(w, page_words)}
    assert not new, new
    meta = extract_metadata(html, "https://x.example/2022/01/23/story")
    assert meta.title is None or isinstance(meta.title, str)
    _check_record(page_to_record(Page(source="p", content=html, kind="html")))


@SETTINGS
@given(st.one_of(news_text(max_words=200), quoted_news(), st.text(max_size=300)), st.integers(0, 4))
def test_scrape_cleaning_never_raises_and_keeps_lines_verbatim(text: str, n_docs: int) -> None:
    res = clean_scraped_text(text, {text.split("\n", 1)[0].strip(): n_docs}, n_docs)
    source = normalise_newlines(text)
    for para in filter(None, res.body.split("\n\n")):
        for line in para.split("\n"):
            assert line in source, line
    assert res.title is None or all(line in source for line in res.title.split("\n"))
    _check_record(page_to_record(Page(source="t", content=text, kind="text")))
    _check_record(page_to_record(Page(source="c", content=text, kind="clean")))


@SETTINGS
@given(st.binary(max_size=400), st.sampled_from(["html", "text", "clean"]))
def test_any_bytes_give_a_record_never_an_exception(data: bytes, kind: str) -> None:
    _check_record(page_to_record(Page(source="b", content=data, kind=kind)))
