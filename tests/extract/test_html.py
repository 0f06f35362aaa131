"""Tests for HTML body extraction, on small hand-written pages."""

from __future__ import annotations

import pytest

from communique.extract.html import extract_body

STORY = [
    "The river council voted on Tuesday to rebuild the old stone bridge at Millford, ending a dispute "
    "that had divided the valley's farming villages for almost a decade.",
    "Engineers told the council that the new bridge would carry lorries of up to forty tonnes and would "
    "be raised two metres above the level of the flood that destroyed the old crossing in the spring.",
    "\u201cThis is the day we have waited for,\u201d said Ana Ferreira, who farms on the east bank and "
    "has driven a forty-minute detour to the market town every week since the flood.",
    "Work is due to begin in March and to last eighteen months, paid for by a regional grant and a levy "
    "on heavy vehicles that will end once the cost of the building has been covered.",
    "Opponents, who wanted a ferry instead, said they would not challenge the vote in the courts, but "
    "asked the council to publish the engineers' full report before the contracts are signed.",
]

RELATED = [
    "Flood defences fail again in the lower valley",
    "Ten things to know about the regional grant scheme",
    "Council leader steps down after a long career",
    "Market town celebrates its annual cheese festival",
]


def _page(story: list[str]) -> str:
    related = "".join(f'<li><a href="/news/{i}">{t}</a></li>' for i, t in enumerate(RELATED))
    half = len(story) // 2
    first = "".join(f"<p>{p}</p>" for p in story[:half])
    second = "".join(f"<p>{p}</p>" for p in story[half:])
    return f"""<!DOCTYPE html>
<html><head><title>Millford bridge to be rebuilt | The Valley Courier</title>
<meta property="og:title" content="Millford bridge to be rebuilt"></head>
<body>
<header><a href="/">The Valley Courier</a>
 <nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
 <li><a href="/weather">Weather</a></li><li><a href="/opinion">Opinion</a></li></ul></nav></header>
<main>
<article>
 <h1>Millford bridge to be rebuilt</h1>
 <div class="byline">By Jane Roe</div>
 <div class="share"><a href="#">Share</a> <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div>
 <div class="article-body">
 {first}
 <div class="newsletter-box"><h3>Sign up for our daily newsletter</h3>
  <form><input type="email" placeholder="Your email address"><button>Subscribe</button></form></div>
 {second}
 <p><a href="/news/older">Read more: Why the old bridge collapsed</a></p>
 </div>
 <p class="credit">Photo: John Doe / Getty Images</p>
 <p>Follow us on Twitter</p>
</article>
<aside><h2>Related stories</h2><ul>{related}</ul></aside>
</main>
<footer><p>Copyright 2024 The Valley Courier. All rights reserved.</p>
<a href="/privacy">Privacy policy</a> <a href="/terms">Terms of use</a></footer>
</body></html>"""


def _norm(s: str) -> str:
    return " ".join(s.split())


def test_story_only_from_cluttered_page() -> None:
    body = extract_body(_page(STORY), "https://example.org/news/millford-bridge")
    flat = _norm(body)
    for p in STORY:
        assert _norm(p) in flat
    for junk in ["Sign up", "newsletter", "Read more", "Getty", "Follow us", "Related stories", "Privacy",
                 "Copyright", "Facebook", "Weather", *RELATED, "By Jane Roe"]:
        assert junk not in body, junk


def test_paragraphs_separated_by_one_blank_line() -> None:
    body = extract_body(_page(STORY))
    paras = body.split("\n\n")
    assert [_norm(p) for p in paras] == [_norm(p) for p in STORY]
    assert "\n\n\n" not in body
    assert body == body.strip()


def test_title_is_not_repeated_in_body() -> None:
    body = extract_body(_page(STORY))
    assert "Millford bridge to be rebuilt" not in body


def test_headings_inside_story_are_kept() -> None:
    story = STORY[:3] + ["<h2>What happens next</h2>"] + STORY[3:]
    html = _page(story).replace("<p><h2>What happens next</h2></p>", "<h2>What happens next</h2>")
    body = extract_body(html)
    assert "What happens next" in body
    assert body.index("What happens next") < body.index("Work is due to begin")


HOME = """<html><head><title>The Valley Courier - news from the valley</title></head><body>
<nav><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav>
<h1>Top stories</h1>
<ul>
<li><a href="/a">Millford bridge to be rebuilt after council vote</a></li>
<li><a href="/b">Flood defences fail again in the lower valley</a></li>
<li><a href="/c">Market town celebrates its annual cheese festival</a></li>
<li><a href="/d">Council leader steps down after a long career in politics</a></li>
</ul>
<h2>Sport</h2>
<ul><li><a href="/e">Valley rovers win the cup final in extra time</a></li>
<li><a href="/f">Young swimmer breaks regional record at the lido</a></li></ul>
<footer>Copyright 2024 The Valley Courier</footer></body></html>"""

_SUMMARY = (
    "residents and officials spent the day weighing what the decision means for the valley, its farms "
    "and its market town, and what comes next for the council and the people who elected it."
)
CARDS = (
    """<html><head><title>The Valley Courier</title></head><body>
<nav><a href="/news">News</a> <a href="/sport">Sport</a></nav><main><h2>Latest</h2>"""
    + "".join(
        f'<div class="card"><h3><a href="/n/{i}">{t}</a></h3>'
        f"<p>In part {i + 1} of our series, {_SUMMARY}</p><span>2 hours ago</span></div>"
        for i, t in enumerate(RELATED + ["Millford bridge to be rebuilt", "Valley rovers win the cup"])
    )
    + "</main></body></html>"
)

LOGIN = """<html><head><title>Sign in</title></head><body>
<form><h1>Sign in to your account</h1>
<label>Email</label><input name="email"><label>Password</label><input type="password" name="pw">
<button>Sign in</button><a href="/forgot">Forgot your password?</a>
<p>Don't have an account? <a href="/register">Register</a></p></form></body></html>"""


@pytest.mark.parametrize("html", [HOME, CARDS, LOGIN], ids=["home", "teaser-cards", "login"])
def test_page_without_article_gives_empty(html: str) -> None:
    assert extract_body(html, "https://example.org/") == ""


@pytest.mark.parametrize(
    "junk",
    [
        "",
        "   ",
        "just some plain text, no markup at all",
        "\x00\x01\x02\xff\xfe garbage \x00" * 50,
        "<<<>>><<</>/>/<!--<![CDATA[",
        "<html><body><p>" + "\ud800" * 10 + "</p></body></html>",
        "<div>" * 5000 + "deep text" + "</div>" * 5000,
        "<p>" + "word " * 200_000 + "</p>",
        "<html>" + "<table><tr><td>" * 300 + "cell" + "</td></tr></table>" * 300 + "</html>",
    ],
    ids=["empty", "spaces", "plain", "binary", "brackets", "surrogates", "deep", "huge-para", "deep-tables"],
)
def test_garbage_never_raises(junk: str) -> None:
    out = extract_body(junk)
    assert isinstance(out, str)


@pytest.mark.parametrize("junk", [None, b"<p>bytes</p>", 42])
def test_wrong_types_give_empty(junk: object) -> None:
    assert extract_body(junk) == ""  # type: ignore[arg-type]


def test_plain_text_input_gives_empty() -> None:
    assert extract_body("A plain paragraph of text without any markup. " * 20) == ""


def test_fragment_without_html_wrapper() -> None:
    frag = "".join(f"<p>{p}</p>" for p in STORY)
    body = extract_body(frag)
    assert [_norm(p) for p in body.split("\n\n")] == [_norm(p) for p in STORY]


def test_teaser_box_after_story_is_cut() -> None:
    teasers = "".join(
        f"<p>{t}: a look at how the valley is changing, and what the changes mean for farmers there.</p>"
        for t in RELATED
    )
    html = _page(STORY).replace("</article>", f"<div><h3>Related stories</h3>{teasers}</div></article>")
    body = extract_body(html)
    assert "Related stories" not in body
    assert "a look at how the valley" not in body
    assert _norm(STORY[-1]) in _norm(body)


def test_link_heavy_page_is_bounded() -> None:
    import time

    para = "The council met again on Tuesday to discuss the bridge and the levy on heavy lorries. " * 3
    html = "<html><body>" + "".join(
        f"<div><p>{para}</p><a href='/x{i}'>Another headline number {i} here</a></div>" for i in range(2000)
    ) + "</body></html>"
    t0 = time.perf_counter()
    body = extract_body(html)
    assert body
    assert time.perf_counter() - t0 < 60


def test_clean_blocks_cuts_teasers_after_marker() -> None:
    from communique.extract.html import Block, clean_blocks

    story = [Block("p", p) for p in STORY]
    teasers = [Block("head", "More stories"), *(Block("p", t + " and what it means for you.") for t in RELATED)]
    out = clean_blocks(story + teasers)
    assert [b.text for b in out] == STORY
    # a marker with story prose after it is a box inside the story: only the marker line goes
    out = clean_blocks(story[:2] + [Block("head", "Related")] + story[2:])
    assert [b.text for b in out] == STORY


def test_list_inside_story_is_kept_once() -> None:
    steps = "<ul><li>Close the old crossing to all traffic<ul><li>Put up signs on both banks</li></ul></li>" \
        "<li>Build the new piers in the dry season</li></ul>"
    html = _page(STORY[:3] + [steps] + STORY[3:]).replace(f"<p>{steps}</p>", steps)
    body = extract_body(html)
    assert body.count("Put up signs on both banks") == 1
    assert "Build the new piers in the dry season" in body
    assert body.index("Build the new piers") < body.index("Work is due to begin")


def test_random_markup_never_raises() -> None:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    tags = st.sampled_from(["<p>", "</p>", "<div>", "</div>", "<a href='x'>", "</a>", "<table><tr><td>", "<br>",
                            "<script>", "</script>", "<!--", "-->", "<html>", "<body>", "<h2>", "</h2>", "<li>"])
    pieces = st.lists(st.one_of(tags, st.text(max_size=80)), max_size=60)

    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(pieces)
    def check(parts: list[str]) -> None:
        out = extract_body("".join(parts))
        assert isinstance(out, str)
        assert "\n\n\n" not in out

    check()


def test_standfirst_heading_dropped_section_heading_kept() -> None:
    from communique.extract.html import Block, clean_blocks

    stand = Block("head", "A long-running quarrel over a river crossing ends with a vote that pleases almost nobody")
    out = clean_blocks([Block("head", "Millford bridge to be rebuilt"), stand, Block("head", "The vote"),
                        *(Block("p", p) for p in STORY)], title="Millford bridge to be rebuilt | Courier")
    assert [b.text for b in out] == ["The vote", *STORY]


def test_stray_surrogate_does_not_spoil_the_page() -> None:
    body = extract_body(_page(STORY).replace("Engineers told", "Engineers \ud800 told"))
    assert body.startswith(STORY[0])
    assert "Facebook" not in body


def test_story_below_hundreds_of_unclosed_tags() -> None:
    # hundreds of unclosed tags push the story past libxml2's default nesting limit
    paras = "".join(f"<p>{p}</p>" for p in STORY)
    body = extract_body("<html><body>" + "<font><b>" * 400 + paras + "</body></html>")
    assert _norm(STORY[0]) in _norm(body)
    assert _norm(STORY[-1]) in _norm(body)


def test_page_parsed_as_trafilatura_parses_it() -> None:
    # one parse, with trafilatura's parser settings and C class lookup: the same tree as trafilatura's own
    # load_html, form fields included, and the story read around a form
    import lxml.html
    from lxml import etree
    from trafilatura.utils import load_html as traf_load

    from communique.extract.html import parse_html

    form = '<form><label>Name <input name="n" value="x"></label><select><option>A</option></select>' \
           "<textarea>t</textarea></form>"
    html = _page(STORY).replace("<footer", form + "<footer", 1)
    ours, theirs = parse_html(html), traf_load(html)
    assert etree.tostring(ours) == etree.tostring(theirs)
    assert all(isinstance(el, lxml.html.HtmlElement) for el in ours.iter() if isinstance(el.tag, str))
    body = extract_body(html)
    assert body.startswith(STORY[0]) and "Name" not in body


@pytest.mark.parametrize("html", [
    "<!DOCTYPE html/>\n<html><body><p>a\x01b\x0c c\ufffe</p></body></html>",
    "<html/>\n<body><p>story</p></body>",
    "<!doctype html>\n<html lang='en'><body>\x00<p>x</p></body></html>",
    "<p>plain</p>",
])
def test_markup_repair_as_trafilatura_repairs_it(html: str) -> None:
    from trafilatura.utils import repair_faulty_html

    from communique.extract.html import _repair_faulty_html

    assert _repair_faulty_html(html, html[:50].lower()) == repair_faulty_html(html, html[:50].lower())


def test_trafilatura_options_made_once_as_trafilatura_makes_them() -> None:
    import copy

    from lxml import etree
    from trafilatura import bare_extraction
    from trafilatura.settings import Extractor

    from communique.extract.html import _TrafOptions, parse_html

    url = "https://example.org/news/millford-bridge"
    ours = _TrafOptions.get(url)
    theirs = Extractor(output_format="python", fast=True, comments=False, links=False, images=False, tables=True,
                       dedup=False, url=url, with_metadata=False)
    assert [s for s in Extractor.__slots__ if getattr(ours, s) != getattr(theirs, s)] == ["format"]
    tree = parse_html(_page(STORY))
    a = bare_extraction(copy.deepcopy(tree), url=url, options=ours)
    b = bare_extraction(copy.deepcopy(tree), url=url, fast=True, include_comments=False, with_metadata=False)
    assert etree.tostring(a.body) == etree.tostring(b.body)


def test_readability_paragraph_goes_after_the_earlier_of_two_equal_matches() -> None:
    # a paragraph only readability found goes after the trafilatura block its preceding block matched most; when
    # that block matches two equally (readability joined two of trafilatura's), the earlier wins, whatever the
    # hash seed (it had depended on the order of a set)
    from communique.extract.html import Block, combine

    first = "the council will meet again on the first monday of next month to decide"
    second = "residents have until the end of the week to send letters to the mayor"
    t_blocks = [Block("p", STORY[0]), Block("p", first), Block("p", STORY[1]), Block("p", second),
                Block("p", STORY[2])]
    extra = "A resident who has crossed the bridge every morning for forty years said she would miss the old stones."
    r_blocks = [Block("p", STORY[0]), Block("p", f"{first} {second}"), Block("p", extra), Block("p", STORY[1]),
                Block("p", STORY[2])]
    texts = [b.text for b in combine(t_blocks, r_blocks)]
    assert texts.index(extra) == 2


def test_caption_keys_by_tag_class_and_itemprop() -> None:
    from communique.extract.html import _caption_keys, parse_html

    tree = parse_html("<html><body><figure><figcaption>The old bridge, 1910</figcaption></figure>"
                      "<div class='photo-credit'>Photo: J. Smith</div><span itemprop='caption'>A vote</span>"
                      "<table><caption>Votes cast</caption></table><p class='lead'>Story text here.</p>"
                      "</body></html>")
    assert _caption_keys(tree) == {"the old bridge 1910", "photo j smith", "a vote", "votes cast"}


@pytest.mark.parametrize("text", ["menu-main", "SideBar left", "post-Comments", "x", "", "nav", "Ad-Break",
                                  "combx", "menü header", "K-footer", "ſidebar", "pagination", "article-body"])
def test_readability_class_patterns_tested_as_readability_tests_them(text: str) -> None:
    from readability.readability import REGEXES

    from communique.extract.html import _literal_search

    for name in ("unlikelyCandidatesRe", "okMaybeItsACandidateRe", "negativeRe", "positiveRe"):
        rx = REGEXES[name]
        assert _literal_search(rx)(text) == (rx.search(text) is not None), (name, text)


def test_the_headings_walk_finds_the_captions_and_styled_elements_a_fresh_walk_finds() -> None:
    from communique.extract.headline import PageScan, collect_headings
    from communique.extract.html import _captions_and_styled, _keys_of_captions, drop_popups, parse_html

    page = ("<html><body><h1>Millford bridge to be rebuilt</h1><figure><figcaption>The old bridge, 1910"
            "</figcaption></figure><div class='photo-credit' style='color: red'>Photo: J. Smith</div>"
            "<p hidden>Subscribe now</p><p style='display: none'>Sign in</p>"
            + "".join(f"<p>{p}</p>" for p in STORY) + "</body></html>")
    tree = parse_html(page)
    scan = PageScan()
    collect_headings(tree, scan)
    assert not drop_popups(tree)  # nothing to drop: the scan still describes the tree
    keys, styled = _captions_and_styled(tree)
    assert _keys_of_captions(scan.captions) == keys == {"the old bridge 1910", "photo j smith"}
    assert scan.styled == styled and len(styled) == 3
