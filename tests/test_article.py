"""The article stage end to end: HTML, scraped text and clean text to Article, through the public API."""

from __future__ import annotations

import json

import communique
from communique.model import article_id

from .conftest import FIXTURES


def test_html_page_to_article(story_html):
    rec = communique.process(story_html)
    a = rec.article
    assert rec.error is None
    assert a.title == "Harbour authority approves new ferry terminal"
    assert a.text.startswith("The regional harbour authority voted on Tuesday")
    assert "Related stories" not in a.text and "newsletter" not in a.text and "Share on" not in a.text
    assert "\n\n" in a.text  # paragraphs kept
    assert a.date == "2023-05-14"
    assert a.authors == ["Dana Whitfield"]
    assert a.wire == ["The Canadian Press"]
    assert a.site == "The Coastal Ledger"
    assert a.url == "https://ledger.example/news/ferry-terminal"
    assert a.language == "en"
    assert a.id == article_id(a.text)


def test_scraped_text_to_article():
    rec = communique.process(FIXTURES / "scraped-story.txt", date="2023-05-16")
    a = rec.article
    assert a.title == "Harbour authority approves new ferry terminal"
    assert a.text.startswith("The regional harbour authority voted on Tuesday")
    assert a.text.endswith("With files from The Canadian Press.")
    for junk in ("Skip to main content", "Share", "MORE NEWS", "Ferry fares to rise in June", "Stay Connected"):
        assert junk not in a.text.split("\n")
    assert a.date == "2023-05-16"  # from --date: the text gives none


def test_founding_page(founding_page):
    rec = communique.process(founding_page, date="2022-01-23")
    a = rec.article
    assert a.title == "Joly has 'open invitation' to visit with Russian officials in Moscow: ambassador"
    assert a.text.startswith("Canada’s Foreign Affairs Minister Melanie Joly has an “open invitation”")
    assert a.text.endswith("With files from The Associated Press.")
    assert "IN DEPTH" not in a.text and "Brian Mulroney" not in a.text and "Stay Connected" not in a.text
    assert a.wire == ["The Associated Press"]
    assert a.date == "2022-01-23"


def test_clean_text_is_verbatim(tmp_path):
    body = "First paragraph of a clean story that is long enough to count as an article text.\n\n" \
           "Second paragraph, also kept exactly as it was given by the user of the library."
    rec = communique.process(clean_text=body, date="2020-01-02")
    assert rec.article.text == body and rec.article.date == "2020-01-02"


def test_record_shape_follows_schema(story_html):
    d = communique.process(story_html, upto="article").to_dict()
    assert set(d) == {"source", "error", "article"}  # --upto article: no annotation keys
    assert set(d["article"]) >= {"id", "title", "text", "date", "authors", "wire", "site", "url", "language"}
    json.dumps(d)


def test_same_story_same_id_whatever_the_wrapping(story_html, tmp_path):
    a = communique.process(story_html).article
    b = communique.process(html=story_html.read_text().replace("<p>", "<p>  "))
    assert a.id == b.article.id


def test_jsonl_date_and_title_fill_the_article(tmp_path):
    f = tmp_path / "c.jsonl"
    text = "A clean story body that has more than twenty words in it so that it counts as an article, " \
           "with a second sentence for good measure."
    f.write_text(json.dumps({"id": "s1", "url": "https://n.example/1", "date": "2019-01-04", "title": "T",
                             "text": text}) + "\n")
    [rec] = communique.pipe([f])
    assert (rec.source, rec.article.title, rec.article.date, rec.article.url) == (
        "s1", "T", "2019-01-04", "https://n.example/1")


def test_process_rejects_ambiguous_input():
    import pytest

    with pytest.raises(TypeError):
        communique.process()
    with pytest.raises(ValueError, match="use communique.pipe"):
        communique.process(FIXTURES)


def test_workers_give_the_same_records(tmp_path):
    paths = [FIXTURES / "story.html", FIXTURES / "scraped-story.txt", FIXTURES / "homepage.html"]
    one = [r.to_dict() for r in communique.pipe(paths)]
    two = [r.to_dict() for r in communique.pipe(paths, workers=2)]
    assert one == two


def test_page_text_cleaned_of_surrogates_control_characters_and_cr():
    from communique.extract.article import _CONTROL, clean_page_text
    from communique.sources.decode import no_surrogates

    cases = ("plain <p>text</p>", "a\r\nb\rc\x00d\x1fe\x7ff\u00e9\u4e2d", "lone \ud800 surrogate\x0c", "\u2028\x85")
    for text in cases:
        want = _CONTROL.sub("", no_surrogates(text).replace("\r\n", "\n").replace("\r", "\n"))
        assert clean_page_text(text) == want
