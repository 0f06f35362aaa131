"""The learned headline chooser: its candidates and features, its shipped weights, and its fitting."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from communique.extract.article import page_to_record
from communique.extract.headline import Heading
from communique.extract.headline_model import (
    FEATURES,
    Candidate,
    best,
    candidates,
    check_weights,
    choose_headline,
    weights,
)
from communique.learn.train_title import fit, matches
from communique.model import Page

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "extract"
STORY = ("The council voted on Tuesday to close the old harbour bridge for repairs after engineers found cracks in "
         "two of its piers. The bridge carries 9,000 cars a day, and drivers will be sent through the town centre.")


def _page(head: str, body: str) -> str | None:
    html = f"<html><head>{head}</head><body>{body}</body></html>"
    rec = page_to_record(Page(source="p.html", content=html.encode(), kind="html", url="https://harbour.example/a"))
    assert rec.article is not None
    return rec.article.title


def _paras(text: str) -> str:
    return "".join(f"<p>{s}.</p>" for s in text.rstrip(".").split(". ")) * 3


def test_shipped_weights_load_and_name_known_features() -> None:
    w = weights()
    assert w and set(w) <= set(FEATURES)
    with pytest.raises(ValueError):
        check_weights({"weights": {"no_such_feature": 1.0}})
    with pytest.raises(ValueError):
        check_weights({"weights": {"title": "high"}})


def test_candidates_merge_a_title_and_the_heading_that_repeats_it() -> None:
    heads = [Heading("Council closes harbour bridge", "h1", 0), Heading("Weather", "h3", 1)]
    cands = candidates(["Council closes harbour bridge - Harbour News"], heads, STORY, "Harbour News")
    merged = next(c for c in cands if c.text == "Council closes harbour bridge")
    assert merged.feats["title"] == merged.feats["heading"] == merged.feats["h1"] == 1.0
    assert merged.feats["title_cut"] == 1.0  # the site's name was cut off the title
    assert all(c.text != "Weather" for c in cands)  # one word: no headline


def test_a_site_name_title_gives_way_to_the_heading_about_the_story() -> None:
    page = ("<ul><li><a href='/n'>News</a></li><li><a href='/s'>Sport</a></li></ul>"
            "<h1>Council shuts harbour bridge over cracked piers</h1>" + _paras(STORY)
            + "<h3>Most read</h3><h3>Ferry timetable changes for winter</h3>")
    assert _page("<title>Harbour News</title>", page) == "Council shuts harbour bridge over cracked piers"


def test_a_title_listing_the_sites_sections_gives_way_to_the_heading() -> None:
    page = ("<div class='story'><h2>Cracked piers close harbour bridge</h2><p>By Jo Bloggs</p>" + _paras(STORY)
            + "</div>")
    head = "<title>Harbour News: Local news, sport, bridge works, weather and traffic</title>"
    assert _page(head, page) == "Cracked piers close harbour bridge"


def test_a_headline_declared_in_metadata_keeps_its_wording() -> None:
    page = "<h1>Bridge shut</h1><h1>Harbour bridge closed</h1>" + _paras(STORY)
    head = ("<title>Harbour bridge closed | Harbour News</title>"
            "<meta property='og:title' content='Council closes harbour bridge after cracks found in piers'>")
    assert _page(head, page) == "Council closes harbour bridge after cracks found in piers"


def test_a_chosen_heading_gives_way_to_the_heading_it_holds() -> None:
    heads = [Heading("Council closes harbour bridge Tue 4 Mar, 09:15 AM", "div", 0, True),
             Heading("Council closes harbour bridge", "h2", 1)]
    assert choose_headline(["Harbour News"], heads, STORY, "Harbour News") == "Council closes harbour bridge"


def test_fit_learns_which_feature_marks_the_right_candidate() -> None:
    pages = []
    for i in range(12):
        right = Candidate(f"Right headline number {i}", {"heading": 1.0, "above": 1.0})
        wrong = Candidate(f"Wrong heading number {i}", {"heading": 1.0, "later_than_about": 1.0})
        pages.append((f"p{i}", [wrong, right] if i % 2 else [right, wrong], (right.text,), None))
    w = fit(pages, l2=0.01)
    assert w["above"] > 0 > w["later_than_about"]
    assert all(best(cands, w).text == gold[0] for _, cands, gold, _ in pages)
    assert matches("RIGHT headline  number 3", "Right headline number 3\nits standfirst")


@pytest.mark.skipif(not (SHARED / "l3s-gn1-dev" / "ground-truth.json").exists(), reason="no dev data")
def test_training_on_a_small_slice_writes_weights_that_load(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    from communique.learn.train_title import main

    out = tmp_path / "w.json"
    main(["--data", str(SHARED), "--limit", "10", "--folds", "2", "--out", str(out)])
    assert "cross-validated" in capsys.readouterr().out
    assert set(check_weights(json.loads(out.read_text()))) <= set(FEATURES)


def test_a_heading_the_markup_calls_the_headline_stands_over_its_deck_though_short_and_punning() -> None:
    # a three-word pun shares no word with the story and reads like a label, yet the page classes it as its headline
    # and sets the long sentence under it as its deck
    heads = [Heading("Most popular stories", "h_other", 0), Heading("Cracks and Closures", "div", 1, True),
             Heading("Council shuts the harbour bridge after engineers find cracked piers", "b", 2)]
    got = choose_headline(["Welcome to Harbour News -- News, Sport, Weather, Traffic"], heads, STORY, "Harbour News")
    assert got == "Cracks and Closures"


# A 2008-style table layout: the headline in a plain table cell (no heading tag, no class naming it), links of the
# site's menu and of other stories, a byline, a date and share links between it and the story
_TABLE_PAGE = (
    "<table><tr><td><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></td></tr>"
    "<tr><td><a href='/b'>Ferry timetable changes for winter months</a></td></tr>"
    "<tr><td><span class='s3'>Council shuts harbour bridge over cracked piers</span></td></tr>"
    "<tr><td><div class='picture-caption'>The bridge seen from the quay in April</div></td></tr>"
    "<tr><td>By Jo Bloggs<br>4 March 2008</td></tr>"
    "<tr><td><a href='/print'>Print this article</a> | <a href='/mail'>Email a friend</a></td></tr>"
    "<tr><td>Click the picture to see more.</td></tr>"
    "<tr><td>" + "".join(f"<p>{s}.</p>" for s in STORY.rstrip(".").split(". ")) * 2 + "</td></tr></table>"
)


def _read(html: str):
    from communique.extract.article import read_html

    return read_html(f"<html><head><title>Harbour News</title></head><body>{html}</body></html>",
                     "https://harbour.example/a")


def test_the_lines_above_the_story_are_read_as_a_browser_breaks_them_menus_captions_and_sentences_left_out() -> None:
    lines, links = _read(_TABLE_PAGE).read_again()
    # nearest first: the share links (all link text), the notice (a sentence), the date and byline, the picture's
    # caption and the menus are no headline
    assert lines == ["Council shuts harbour bridge over cracked piers"]
    assert links == []  # (no link to the page itself)


def test_a_headline_in_markup_that_names_no_heading_is_found_above_the_story() -> None:
    read = _read(_TABLE_PAGE)
    assert read.headings == [] or all("Council shuts" not in h.text for h in read.headings)
    line = next(c for c in read.headline_candidates() if c.text == "Council shuts harbour bridge over cracked piers")
    assert line.feats["line_above"] == line.feats["line_first"] == 1.0
    assert read.headline() == "Council shuts harbour bridge over cracked piers"


def test_a_short_paragraph_the_body_opens_with_is_a_line_above_its_first_long_one() -> None:
    from lxml import html as lh

    from communique.extract.headline import lines_above_story

    page = ("<div><ul><li><a href='/x'>Weather</a></li></ul><div>Harbour Gazette</div></div>"
            "<div><p>• Local news</p><p>Bridge to close for a year</p>" + _paras(STORY) + "</div>")
    tree = lh.document_fromstring(page)
    body = "Bridge to close for a year\n\n" + STORY
    text = lh.tostring(tree.find("body"), method="text", encoding=str)
    # the bulleted list item is a menu's; the site's name above stays a candidate for the weights to judge
    assert lines_above_story(tree, text, body) == ["Bridge to close for a year", "Harbour Gazette"]
    assert lines_above_story(tree, text, "Nothing of this is on the page at all, not one of its words here") == []


def test_a_link_to_the_page_itself_is_its_permalinked_headline() -> None:
    from lxml import html as lh

    from communique.extract.headline import self_links

    page = ("<div class='post'><a href='/2008/03/04/bridge-shut/' rel='bookmark'>Council shuts harbour bridge</a>"
            "<a href='/2008/03/03/ferry/'>Ferry timetable changes for winter</a><a href='#top'>Back to top</a>"
            "<a href='/2008/03/04/bridge-shut/#comments'>Leave a comment</a><a href=''>Bridge works begin in May</a>"
            "</div>")
    tree = lh.document_fromstring(page)
    url = "http://www.harbour.example/2008/03/04/bridge-shut"
    # its own address, whatever its scheme, 'www.', last '/' or fragment; a link to another page, to a place on
    # this one or to nothing at all is not the headline's; furniture text never is
    assert self_links(tree, url) == ["Council shuts harbour bridge", "Bridge works begin in May"]
    assert self_links(tree, None) == []


def test_the_story_opens_at_its_first_long_paragraph_in_any_script() -> None:
    from communique.extract.headline import story_opening

    body = "市议会周二投票决定关闭旧港口大桥进行维修，因为工程师在两个桥墩上发现了裂缝。"
    text = "菜单 首页 新闻\n  港口大桥因桥墩裂缝关闭\n  记者 张三\n  " + body
    assert story_opening(text, body) == text.index("市议会")
    page = "Menu Home News\nHarbour bridge shut\n\nThe council   voted on Tuesday to close the old harbour bridge"
    assert story_opening(page, "Harbour bridge shut\n\n" + STORY) == page.index("The council")
