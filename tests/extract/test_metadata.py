"""Page metadata: each field from each of its sources, precedence between them, and garbage input."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from communique.extract.metadata import (
    Metadata,
    extract_metadata,
    normalise_language,
    parse_date,
    split_names,
)


def page(head: str = "", body: str = "", html_attrs: str = "") -> str:
    return f"<!DOCTYPE html><html {html_attrs}><head>{head}</head><body>{body}</body></html>"


# ---------------------------------------------------------------- title


@pytest.mark.parametrize(
    "head",
    [
        '<meta property="og:title" content="Harbour bridge reopens to traffic">',
        '<meta name="twitter:title" content="Harbour bridge reopens to traffic">',
        '<meta name="DC.title" content="Harbour bridge reopens to traffic">',
        '<meta name="parsely-title" content="Harbour bridge reopens to traffic">',
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",'
        ' "headline": "Harbour bridge reopens to traffic"}</script>',
    ],
)
def test_title_from_declared_metadata(head: str) -> None:
    html = page("<title>Something else entirely | Daily Gull</title>" + head)
    assert extract_metadata(html).title == "Harbour bridge reopens to traffic"


def test_og_title_beats_title_tag() -> None:
    html = page('<title>Short tag title here | Gull</title><meta property="og:title" content="Open graph wins">')
    assert extract_metadata(html).title == "Open graph wins"


def test_property_beats_name_for_the_same_key() -> None:
    head = '<meta name="dc.title" content="By name"><meta property="dc:title" content="By property">'
    assert extract_metadata(page(head)).title == "By property"


def test_json_ld_headline_beats_og_title_and_graph_is_searched() -> None:
    head = (
        '<meta property="og:title" content="Social title">'
        '<script type="application/ld+json">{"@graph": [{"@type": "WebSite", "name": "Gull"},'
        ' {"@type": ["NewsArticle"], "headline": "Structured headline"}]}</script>'
    )
    assert extract_metadata(page(head)).title == "Structured headline"


def test_json_ld_name_versus_headline_decided_by_title_tag() -> None:
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "name": "%s",'
        ' "headline": "Harbour bridge reopens to traffic"}</script>'
    )
    tag = "<title>Harbour bridge reopens to traffic | Gull</title>"
    assert extract_metadata(page(tag + ld % "bridge-story-1234")).title == "Harbour bridge reopens to traffic"
    both = "Harbour bridge reopens to traffic today"
    assert extract_metadata(page(tag + ld % both)).title == both
    assert extract_metadata(page("<title>Elsewhere entirely</title>" + ld % "x")).title == "x"


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("Council votes to close the old harbour road | The Daily Gull", "Council votes to close the old harbour road"),
        ("Council votes to close the old harbour road - The Daily Gull", "Council votes to close the old harbour road"),
        ("Council votes to close the old harbour road – Gull", "Council votes to close the old harbour road"),
        ("Daily Gull | Council votes to close the old harbour road", "Council votes to close the old harbour road"),
        # what is left would be too short: keep the whole title
        ("Gull News | Weather", "Gull News | Weather"),
    ],
)
def test_title_tag_site_name_removed_when_rest_is_long_enough(tag: str, expected: str) -> None:
    assert extract_metadata(page(f"<title>{tag}</title>")).title == expected


def test_title_colon_kept_when_a_heading_repeats_it() -> None:
    title = "Harbour works: what the closure means for you"
    html = page(f"<title>{title}</title>", f"<h1>{title}</h1><p>Text.</p>")
    assert extract_metadata(html).title == title


def test_short_title_tag_falls_back_to_single_h1() -> None:
    html = page("<title>Gull</title>", "<h1>Harbour bridge reopens after two years</h1><p>Text</p>")
    assert extract_metadata(html).title == "Harbour bridge reopens after two years"


def test_title_entities_unescaped_and_whitespace_normalised() -> None:
    html = page('<meta property="og:title" content="Fish &amp;amp; chips\n   prices &#8216;soar&#8217;">')
    assert extract_metadata(html).title == "Fish & chips prices \u2018soar\u2019"


# ---------------------------------------------------------------- date


@pytest.mark.parametrize(
    ("head", "body"),
    [
        (
            '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2021-03-04T23:30:00-08:00"}'
            "</script>",
            "",
        ),
        ('<meta property="article:published_time" content="2021-03-04T23:30:00-08:00">', ""),
        ('<meta name="parsely-pub-date" content="2021-03-04">', ""),
        ('<meta name="sailthru.date" content="2021-03-04 23:30:00">', ""),
        ('<meta name="DC.date.issued" content="2021/03/04">', ""),
        ('<meta name="pubdate" content="20210304">', ""),
        ("", '<article><time datetime="2021-03-04T10:00">Thursday</time><p>Text</p></article>'),
        ("", '<div><span itemprop="datePublished" content="2021-03-04">4 March</span></div>'),
        ("", '<p><time pubdate datetime="2021-03-04">March 4</time></p>'),
    ],
)
def test_date_sources(head: str, body: str) -> None:
    assert extract_metadata(page(head, body)).date == "2021-03-04"


def test_date_kept_local_not_shifted_to_utc() -> None:
    head = '<meta property="article:published_time" content="2021-03-04T23:30:00-08:00">'
    assert extract_metadata(page(head)).date == "2021-03-04"


def test_json_ld_date_beats_meta_date() -> None:
    head = (
        '<meta name="date" content="2020-01-01">'
        '<script type="application/ld+json">{"@type": "Article", "datePublished": "2019-05-06"}</script>'
    )
    assert extract_metadata(page(head)).date == "2019-05-06"


def test_date_from_url_pattern() -> None:
    assert extract_metadata(page("<title>x</title>"), "https://gull.example/2018/11/23/bridge-opens/").date == (
        "2018-11-23"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2015-07-24T05:36:09+01:00", "2015-07-24"),
        ("July 24, 2015", "2015-07-24"),
        ("24 juillet 2015", "2015-07-24"),
        ("24.07.2015", "2015-07-24"),
        ("07/24/2015", "2015-07-24"),
        ("1437716169", "2015-07-24"),
        ("not a date", None),
        ("2015-13-45", None),
        ("1850-01-01", None),
    ],
)
def test_parse_date(text: str, expected: str | None) -> None:
    assert parse_date(text) == expected


# ---------------------------------------------------------------- authors


def test_authors_from_json_ld_list_of_people() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": '
        '[{"@type": "Person", "name": "Ada Byron"}, {"@type": "Person", "name": "Alan Turing"}]}</script>'
    )
    assert extract_metadata(page(head)).authors == ["Ada Byron", "Alan Turing"]


def test_authors_from_meta_author_split_and_by_stripped() -> None:
    assert extract_metadata(page('<meta name="author" content="By Ada Byron and Alan Turing">')).authors == [
        "Ada Byron",
        "Alan Turing",
    ]


def test_article_author_url_is_not_a_name() -> None:
    head = '<meta property="article:author" content="https://www.facebook.com/ada.byron">'
    body = '<p class="byline">By Ada Byron</p>'
    assert extract_metadata(page(head, body)).authors == ["Ada Byron"]


def test_authors_from_rel_author_link() -> None:
    body = '<div>Posted by <a rel="author" href="/people/ada">Ada Byron</a></div><p>Story.</p>'
    assert extract_metadata(page("", body)).authors == ["Ada Byron"]


def test_byline_element_cut_before_date() -> None:
    body = '<div class="article-byline">By Ada Byron March 4, 2021 10:00 am</div>'
    assert extract_metadata(page("", body)).authors == ["Ada Byron"]


def test_comment_authors_are_ignored() -> None:
    body = '<div id="comments"><span class="author">troll99</span></div>'
    assert extract_metadata(page("", body)).authors == []


@pytest.mark.parametrize(
    ("raw", "names"),
    [
        ("By Jane Doe", ["Jane Doe"]),
        ("Jane Doe, John Roe & Max Mustermann", ["Jane Doe", "John Roe", "Max Mustermann"]),
        ("Par Jean Dupont et Marie Curie", ["Jean Dupont", "Marie Curie"]),
        ("Doe, Jane", ["Doe, Jane"]),
        ("By Jane Doe, MA", ["Jane Doe"]),
        ("Last Updated", []),
        ("http://example.com/author/jane", []),
    ],
)
def test_split_names(raw: str, names: list[str]) -> None:
    assert split_names(raw) == names


# ---------------------------------------------------------------- site, canonical URL, language


def test_site_from_og_site_name_then_publisher() -> None:
    assert extract_metadata(page('<meta property="og:site_name" content="The Daily Gull">')).site == "The Daily Gull"
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "publisher": {"name": "Gull Media"}}</script>'
    assert extract_metadata(page(head)).site == "Gull Media"
    assert extract_metadata(page('<meta name="application-name" content="GullApp">')).site == "GullApp"


def test_json_ld_publisher_beats_og_site_name() -> None:
    head = (
        '<meta property="og:site_name" content="gull.example - all the news">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "publisher": {"name": "The Daily Gull"}}</script>'
    )
    assert extract_metadata(page(head)).site == "The Daily Gull"


def test_canonical_link_resolved_against_given_url() -> None:
    html = page('<link rel="canonical" href="/news/bridge"><meta property="og:url" content="https://x.example/og">')
    assert extract_metadata(html, "https://gull.example/amp/bridge").url == "https://gull.example/news/bridge"


def test_canonical_falls_back_to_og_url_then_given_url() -> None:
    assert extract_metadata(page('<meta property="og:url" content="https://gull.example/a">')).url == (
        "https://gull.example/a"
    )
    assert extract_metadata(page(), "https://gull.example/b").url == "https://gull.example/b"


@pytest.mark.parametrize(
    ("html", "lang"),
    [
        (page(html_attrs='lang="en-GB"'), "en"),
        (page(html_attrs='xml:lang="fr"'), "fr"),
        (page('<meta http-equiv="Content-Language" content="de-DE">'), "de"),
        (page('<meta property="og:locale" content="es_ES">'), "es"),
        (page(html_attrs='lang="x-klingon"'), None),
    ],
)
def test_language(html: str, lang: str | None) -> None:
    assert extract_metadata(html).language == lang


def test_normalise_language() -> None:
    assert normalise_language("PT_br") == "pt"
    assert normalise_language("") is None


# ---------------------------------------------------------------- garbage


@pytest.mark.parametrize(
    "html",
    [
        "",
        "   ",
        "\x00\x01\x02",
        "<<<>>>",
        '<?xml version="1.0" encoding="utf-8"?><html><head><title>XML declared title</title></head></html>',
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>',
        '<script type="application/ld+json">[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]</script>',
        "<meta name='date' content='9999-99-99'><meta property='og:title' content=''>",
        "\ud800 lone surrogate",
    ],
)
def test_garbage_never_raises(html: str) -> None:
    assert isinstance(extract_metadata(html), Metadata)


def test_xml_declaration_still_parsed() -> None:
    html = '<?xml version="1.0" encoding="utf-8"?><html><head><title>XML declared title</title></head></html>'
    assert extract_metadata(html).title == "XML declared title"


def test_non_string_input_gives_empty_metadata() -> None:
    assert extract_metadata(None, None) == Metadata()  # type: ignore[arg-type]


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>/=\"' ametitlscrpogdh:&;#1{}[]")) | st.characters(), max_size=300))
def test_random_text_never_raises(html: str) -> None:
    assert isinstance(extract_metadata(html, html[:20]), Metadata)
