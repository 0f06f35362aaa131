"""The headline: the page title without the site's name or section labels, kept whole when the name is part of
the headline; a page heading when the title names only the site."""

from __future__ import annotations

from communique.extract.article import page_to_record
from communique.extract.headline import Heading, strip_site
from communique.extract.headline_model import choose_headline
from communique.model import Page

BODY = ("Terry will have a scan on his injured ankle on Monday, the club said, after he limped off in the second "
        "half of the win over Portsmouth. The captain is a doubt for the cup tie next weekend.")


def test_site_name_after_a_bar_or_dash_is_removed() -> None:
    assert strip_site("Terry set for scan - Gazette Live", None, "http://www.gazettelive.co.uk/x") == \
        "Terry set for scan"
    assert strip_site("Cowboys Could Assist Redskins | TheHill", "TheHill") == "Cowboys Could Assist Redskins"
    assert strip_site("Storm closes schools - Los Angeles Times", None, "https://www.latimes.com/a") == \
        "Storm closes schools"


def test_section_labels_and_from_credits_are_removed() -> None:
    assert strip_site("Toni Collette gives birth to baby girl - National - General") == \
        "Toni Collette gives birth to baby girl"
    assert strip_site("Aidy Recalls Big Guns (from Harrow Times)", None, "http://www.harrowtimes.co.uk/") == \
        "Aidy Recalls Big Guns"
    assert strip_site("LIVENEWS.com.au > League > Rabbitohs ready to fly", None, "http://livenews.com.au/a") == \
        "Rabbitohs ready to fly"


def test_a_double_colon_separates_parts_spaced_or_not() -> None:
    assert strip_site("News::Council approves ferry link", None, "http://www.example-tv.com/News/") == \
        "Council approves ferry link"
    assert strip_site("Council approves ferry link :: Harbour Gazette", "Harbour Gazette") == \
        "Council approves ferry link"


def test_site_name_inside_the_headline_is_kept() -> None:
    title = "Los Angeles Times wins Pulitzer for wildfire coverage - Los Angeles Times"
    assert strip_site(title, "Los Angeles Times") == "Los Angeles Times wins Pulitzer for wildfire coverage"
    assert strip_site("Why The Guardian changed its mind", "The Guardian") == "Why The Guardian changed its mind"


def test_site_colon_prefix_is_removed_but_a_headline_colon_stays() -> None:
    assert strip_site("Sound Politics: Fight! Fight! Fight!", None, "http://soundpolitics.com/a") == \
        "Fight! Fight! Fight!"
    assert strip_site("Bush to Saudis: More Oil Please", None, "http://www.cbn.com/a") == \
        "Bush to Saudis: More Oil Please"


def test_heading_that_is_a_part_of_the_title_wins() -> None:
    heads = [Heading("Sport", "h2", 0), Heading("Terry set for scan", "h1", 1)]
    got = choose_headline(["Terry set for scan - Latest Sport News - Gazette Live"], heads, BODY, None,
                          "http://www.gazettelive.co.uk/x")
    assert got == "Terry set for scan"


def test_title_naming_only_the_site_falls_back_to_the_heading_about_the_story() -> None:
    heads = [Heading("Top Stories", "h2", 0), Heading("Terry set for scan on injured ankle", "font", 1)]
    got = choose_headline(["Gazette Live"], heads, BODY, "Gazette Live", "http://www.gazettelive.co.uk/x")
    assert got == "Terry set for scan on injured ankle"


def test_article_title_from_a_page() -> None:
    paras = "".join(f"<p>{s}.</p>" for s in BODY.split(". ")) * 3
    page = ("<html><head><title>Terry set for scan | Sport | The Gazette</title>"
            '<meta property="og:site_name" content="The Gazette"></head><body><div class="story">'
            f"<h1>Terry set for scan</h1>{paras}</div></body></html>")
    rec = page_to_record(Page(source="g.html", content=page.encode(), kind="html", url="https://gazette.example/a"))
    assert rec.article is not None and rec.article.title == "Terry set for scan"


# -- rules added for issue 14 (each on a page or title of our own making) --

PLANT = ("The Gazette will close two of its printing plants next year, the company said on Monday, moving the "
         "printing of its papers to a plant it shares with a rival. About 120 jobs will go at the plants.")


def _record(head: str, body_html: str, url: str = "https://gazette.example/a") -> str | None:
    page = f"<html><head>{head}</head><body>{body_html}</body></html>"
    rec = page_to_record(Page(source="p.html", content=page.encode(), kind="html", url=url))
    assert rec.article is not None
    return rec.article.title


def _paras(text: str, times: int = 3) -> str:
    return "".join(f"<p>{s}.</p>" for s in text.rstrip(".").split(". ")) * times


def test_a_headline_after_a_section_is_kept_though_it_looks_like_a_label() -> None:
    assert strip_site("herald.example - Music- Singer settles lawsuit", None, "http://herald.example/a") == \
        "Singer settles lawsuit"


def test_site_and_section_only_title_gives_way_to_a_heading() -> None:
    heads = [Heading("Terry set for scan on injured ankle", "h2", 0)]
    for title in ("gazettelive.com - Local Sports Wire", "Gazette Live: Sport"):
        got = choose_headline([title], heads, BODY, None, "http://www.gazettelive.com/x")
        assert got == "Terry set for scan on injured ankle", title


def test_headline_opening_with_the_site_name_is_not_the_site() -> None:
    heads = [Heading("Gazette to close two printing plants", "td", 0)]
    assert choose_headline(["Gazette Sports"], heads, PLANT, None, "http://www.gazette.example/a") == \
        "Gazette to close two printing plants"


def test_title_that_is_the_site_name_and_a_tagline_gives_way_to_the_heading() -> None:
    heads = [Heading("Terry set for scan on injured ankle", "span", 0)]
    body = "Terry told Gazette Live that he " + BODY.split(" ", 1)[1]
    got = choose_headline(["Gazette Live for Middlesbrough, Stockton and Redcar"], heads, body, None,
                          "http://www.gazettelive.co.uk/x")
    assert got == "Terry set for scan on injured ankle"


def test_comment_heading_naming_the_story_is_no_headline() -> None:
    heads = [Heading("Terry set for scan", "h3", 0),
             Heading("One Response to “Terry set for scan on injured ankle”", "h2", 1)]
    assert choose_headline([], heads, BODY) == "Terry set for scan"


def test_heading_ending_in_a_colon_is_no_headline() -> None:
    heads = [Heading("Terry set for scan", "div", 5), Heading("Injured ankle scan for Terry:", "b", 0)]
    assert choose_headline([], heads, BODY) == "Terry set for scan"


def test_heading_that_is_the_whole_title_wins_even_when_the_opening_differs() -> None:
    body = ("It began, as these things do, with a phone call late on a Sunday. Nobody at the club expected what "
            "the doctors would say when the pictures came back from the hospital that night.")
    heads = [Heading("Terry set for scan", "h1", 0), Heading("The phone call", "b", 1)]
    assert choose_headline(["Terry set for scan - Gazette Live"], heads, body, None,
                           "http://www.gazettelive.co.uk/x") == "Terry set for scan"


def test_bold_line_the_story_opens_with_is_the_headline_when_nothing_else_is() -> None:
    body = "Terry set for scan on his injured ankle after cup win\n\n" + BODY
    heads = [Heading("Terry set for scan on his injured ankle after cup win", "font", 0)]
    assert choose_headline(["Gazette Live: Top Stories"], heads, body, None, "http://www.gazettelive.co.uk/x") \
        == "Terry set for scan on his injured ankle after cup win"


def test_the_pages_one_h1_about_the_story_beats_a_different_title() -> None:
    story = _paras(PLANT)
    got = _record("<title>Two plants to close - Gazette</title>",
                  f"<h1>Gazette to close two printing plants, 120 jobs go</h1>{story}<h2>More news</h2>")
    assert got == "Gazette to close two printing plants, 120 jobs go"


def test_heading_words_meet_the_story_in_another_form() -> None:
    body = ("PARIS (Reuters) - The French leader defended his decision on Tuesday against criticism from rights "
            "groups, who said he had said nothing of prisoners.")
    heads = [Heading("Leader defends stance against critics", "h4", 0)]
    assert choose_headline(["News | Europe - Reuters.com"], heads, body, None, "http://reuters.com/a") == \
        "Leader defends stance against critics"


def test_news_markup_headline_and_nested_heading_tags() -> None:
    story = _paras(PLANT)
    nitf = ("<newsitem><headline>Gazette to close two printing plants</headline>"
            f"<datacontent>{story}<headline>A printing press at the plant in Stockton</headline></datacontent>"
            "</newsitem>")
    assert _record("", nitf) == "Gazette to close two printing plants"
    # the same text in <b><h3>: known as the h3, so the title that repeats it is confirmed by it
    assert _record("<title>Gazette to close two printing plants</title>",
                   f"<font><b><h3>Gazette to close two printing plants</h3></b></font>{story}") == \
        "Gazette to close two printing plants"


def test_news_section_before_a_colon_is_removed() -> None:
    assert strip_site("Football News: Terry set for scan - Gazette Live", None, "http://www.gazettelive.co.uk/x") \
        == "Terry set for scan"
    assert strip_site("Kosovo: talks fail again") == "Kosovo: talks fail again"


def test_heading_text_stops_at_its_line_break_and_inline_big_type_is_a_heading() -> None:
    from communique.extract.headline import collect_headings
    from communique.extract.html import parse_html

    tree = parse_html("<html><body><h2>Terry set for scan<br><span>by Jo Bloggs, 3 May 2008</span></h2>"
                      '<span style="font-size: 16px">Captain doubtful for cup tie</span>'
                      '<span style="font-size: 10px">Small print here today</span></body></html>')
    texts = [h.text for h in collect_headings(tree)]
    assert texts == ["Terry set for scan", "Captain doubtful for cup tie"]


def test_a_lone_h2_on_a_page_without_h1_is_its_main_heading() -> None:
    story = _paras(PLANT)
    got = _record("<title>Two plants to close - Gazette</title>",
                  f"<h2>Gazette to close two printing plants, 120 jobs go</h2>{story}<h3>More news</h3>")
    assert got == "Gazette to close two printing plants, 120 jobs go"


# -- how titles are built (issue 14, round 3): each a fact about pages, on titles of our own making --

FERRY = ("A ferry carrying 40 passengers sank off the coast of Crete on Friday after a storm, the coastguard said. "
         "Divers searched the wreck for six passengers still missing as the storm eased.")


def test_a_news_agency_named_before_a_colon_or_after_a_dash_is_the_source_not_the_headline() -> None:
    # a portal printing an agency's story names the agency where a site names itself
    assert strip_site("The Associated Press: Ferry sinks off Crete", None, "http://news.portal.example/a") == \
        "Ferry sinks off Crete"
    assert strip_site("Ferry sinks off Crete - Reuters", None, "http://news.portal.example/a") == \
        "Ferry sinks off Crete"


def test_a_part_opening_with_the_sites_name_is_its_name_and_tagline() -> None:
    assert strip_site("Ferry sinks off Crete - SBS World News Australia", None, "http://news.sbs.com.au/x") == \
        "Ferry sinks off Crete"
    assert strip_site("Ferry sinks off Crete - Harbour Gazette for Stockton and Redcar", None,
                      "http://www.harbourgazette.example/x") == "Ferry sinks off Crete"
    # the site's name opening the headline itself, before any other part, stays
    assert strip_site("Harbour Gazette wins press award for ferry coverage - Awards", None,
                      "http://www.harbourgazette.example/x") == "Harbour Gazette wins press award for ferry coverage"


def test_a_date_part_says_when_not_what() -> None:
    assert strip_site("Ferry sinks off Crete | Published January 18th, 2008") == "Ferry sinks off Crete"
    assert strip_site("Ferry sinks off Crete - Friday, 18 January 2008") == "Ferry sinks off Crete"


def test_sections_in_a_row_after_the_sites_name_are_a_breadcrumb() -> None:
    url = "http://www.harbourgazette.example/x"
    assert strip_site("Harbour Gazette: World: News: Ferry sinks off Crete", None, url) == "Ferry sinks off Crete"
    # one label after the site's name may be the headline's own
    assert strip_site("Harbour Gazette: Greece: Ferry sinks off Crete", None, url) == "Greece: Ferry sinks off Crete"


def test_a_portal_domain_names_no_site_and_its_first_folder_does() -> None:
    assert strip_site("Ferry sinks off Crete | Mercury - The Voice of Tasmania", None,
                      "http://www.news.com.au/mercury/story/0,1,2.html") == "Ferry sinks off Crete"


def test_a_greeting_bracketed_name_and_misread_dash_name_the_site() -> None:
    url = "http://www.harbourgazette.example/x"
    assert strip_site("Ferry sinks off Crete in a storm - Welcome to the Harbour Gazette Online", None, url) == \
        "Ferry sinks off Crete in a storm"
    assert strip_site("Ferry sinks off Crete [Harbour Gazette]", None, url) == "Ferry sinks off Crete"
    # an em dash whose UTF-8 bytes were read as Windows-1252
    assert strip_site("Ferry sinks off Crete - HarbourGazette.comâ€”Official Web Site of the Gazette", None, url) \
        == "Ferry sinks off Crete"


def test_a_date_in_brackets_after_a_heading_is_no_part_of_it() -> None:
    from communique.extract.headline import collect_headings
    from communique.extract.html import parse_html

    tree = parse_html("<html><body><h1>Ferry sinks off Crete (18/01/2008)</h1><p>x</p></body></html>")
    assert [h.text for h in collect_headings(tree)] == ["Ferry sinks off Crete"]


def test_a_heading_is_chosen_over_its_container_and_its_deck() -> None:
    # an element holding the heading and its time stamp gives way to the heading
    heads = [Heading("Ferry sinks off Crete Fri 18 Jan, 11:45 AM", "h3", 0),
             Heading("Ferry sinks off Crete", "h2", 1), Heading("Weather warnings for the islands", "h2", 2)]
    assert choose_headline([], heads, FERRY) == "Ferry sinks off Crete"
    # a long sentence right under a shorter heading about the story is its deck
    heads = [Heading("Ferry sinks off Crete", "div", 0),
             Heading("With six passengers missing, divers searched the wreck as the storm eased off Crete", "div", 1)]
    assert choose_headline([], heads, FERRY) == "Ferry sinks off Crete"


def test_the_first_real_heading_about_the_story_beats_a_related_storys_heading() -> None:
    heads = [Heading("Please support our coastal businesses!", "b", 0),
             Heading("Ferry sinks off Crete after storm", "h2", 1),
             Heading("CRETE DIVERS SEARCH FERRY WRECK AFTER STORM", "h2", 2)]
    assert choose_headline([], heads, FERRY) == "Ferry sinks off Crete after storm"


def test_a_sections_name_set_as_h1_is_not_a_second_main_heading() -> None:
    page = ("<h1>World News</h1><h1>Divers search ferry wreck off Crete</h1>" + _paras(FERRY))
    assert _record("<title>Ferry sinks off Crete - Harbour Gazette</title>", page) == \
        "Divers search ferry wreck off Crete"


def test_headings_found_alike_with_and_without_the_scan() -> None:
    from communique.extract.headline import PageScan, collect_headings
    from communique.extract.html import parse_html

    page = ("<html><head><title>Ferry sinks</title></head><body><div class='Story-Headline'>Ferry sinks off Crete"
            "</div><span itemprop='headline'>Divers search the wreck</span><p style='font-size: 22px'>Storm eases"
            " over the island</p><font size='5'>Coastguard names the ship</font><h2 id='x'>Passengers still"
            " missing</h2><b>Six people missing</b><div id='page-title' hidden>Hidden title text here</div>"
            "<p class='caption' style='font-weight: bold'>The ferry in port</p></body></html>")
    plain = [(h.text, h.tag, h.order, h.marked) for h in collect_headings(parse_html(page))]
    scan = PageScan()
    scanned = [(h.text, h.tag, h.order, h.marked) for h in collect_headings(parse_html(page), scan)]
    assert plain == scanned and len(plain) == 8
    assert len(scan.captions) == 1 and len(scan.styled) == 3


# -- the heading set right above the story (issue 14, round 4) --

def test_a_heading_right_above_the_story_beats_an_earlier_teaser_about_it() -> None:
    # a site-name-only title; a "top stories" teaser about the same story higher up, over the site's menu (a true
    # heading, first on the page); the headline sits over the story with only a byline between
    menu = "".join(f"<li><a href='/s{i}'>Section number {i}</a></li>" for i in range(40))
    far = ("<div class='top'><h2>Crete ferry: divers search wreck for passengers</h2><ul>" + menu + "</ul></div>"
           "<div class='story'><h2>Storm sinks ferry off Crete</h2><p class='byline'>By Anna Smith, Harbour Gazette"
           "</p>" + _paras(FERRY) + "</div>")
    assert _record("<title>Harbour Gazette</title>", far) == "Storm sinks ferry off Crete"
    page = ("<div class='top'><h2>Crete ferry: divers search wreck for passengers</h2><ul><li><a href='/a'>Home</a>"
            "</li><li><a href='/b'>World</a></li></ul></div><div class='story'><h2>Storm sinks ferry off Crete</h2>"
            "<p class='byline'>By Anna Smith, Harbour Gazette</p>" + _paras(FERRY) + "</div>")
    # without the page's text the position is unknown: the first real heading about the story wins, as before
    from communique.extract.headline import collect_headings, gaps_above_story
    from communique.extract.html import parse_html

    heads = collect_headings(parse_html(f"<html><body>{page}</body></html>"))
    assert choose_headline(["Harbour Gazette"], heads, FERRY, "Harbour Gazette") == \
        "Crete ferry: divers search wreck for passengers"
    # how far above the story's opening each heading ends, in characters of the page's text
    text = ("Harbour Gazette\nCrete ferry: divers search wreck for passengers\nHome World\nStorm sinks ferry off Crete"
            f"\nBy Anna Smith\n{FERRY}")
    assert gaps_above_story(text, FERRY, heads) == {"Storm sinks ferry off Crete": 14,
                                                     "Crete ferry: divers search wreck for passengers": 53}
    assert gaps_above_story(text, "Unrelated words that the page does not hold at all", heads) == {}


def test_an_untitled_pages_headline_is_the_heading_right_above_its_story() -> None:
    # no <title>, no h1: a pun headline sharing no word with the story, set over it; menu labels elsewhere
    from communique.extract.headline import collect_headings
    from communique.extract.html import parse_html

    tree = parse_html("<html><body><div class='nav'><b>Weather and traffic</b><b>Contact the newsroom</b></div>"
                      "<div class='post'><span class='post-title'>Fight! Fight! Fight!</span><span>Posted by Ann"
                      f"</span><p>{FERRY}</p></div><div class='side'><b>Storm warnings for the islands</b></div>"
                      "</body></html>")
    heads, text = collect_headings(tree), tree.text_content()
    assert choose_headline([], heads, FERRY, page_text=text) == "Fight! Fight! Fight!"


def test_a_date_set_before_a_heading_is_no_part_of_it() -> None:
    from communique.extract.headline import collect_headings
    from communique.extract.html import parse_html

    tree = parse_html("<html><body><h1>Wednesday, 09 January 2008 Ferry sinks off Crete</h1><h2>May Day rally"
                      " draws thousands</h2><h2>10 killed in ferry blast</h2><h2>Port closed on January 8, 2008 after"
                      " storm</h2><p>x</p></body></html>")
    assert [h.text for h in collect_headings(tree)] == ["Ferry sinks off Crete", "May Day rally draws thousands",
                                                         "10 killed in ferry blast",
                                                         "Port closed on January 8, 2008 after storm"]


def test_the_real_heading_right_above_the_story_is_its_main_heading_among_several() -> None:
    # two h1s (a box's heading and the story's), a <title> worded differently from the visible headline
    page = ("<div class='box'><h1>Weather warnings for the islands tonight</h1><p>Gales expected.</p></div>"
            "<div class='story'><h1>Storm sinks ferry off Crete</h1><p class='byline'>By Anna Smith</p>"
            + _paras(FERRY) + "</div>")
    head = "<title>Crete ferry sinking: forty aboard as storm hits - Harbour Gazette</title>"
    assert _record(head, page) == "Storm sinks ferry off Crete"
    # a page that declares its headline in metadata keeps the declared wording
    og = "<meta property='og:title' content='Crete ferry sinking: forty aboard as storm hits'>"
    assert _record(head + og, page) == "Crete ferry sinking: forty aboard as storm hits"


def test_the_main_heading_gives_way_to_the_heading_it_holds() -> None:
    # the element marked as the headline holds the heading and its time stamp; a one-word menu item is no heading
    heads = [Heading("- Crete", "font", 0), Heading("Ferry sinks off Crete Fri 18 Jan, 11:45 AM", "div", 1, True),
             Heading("Ferry sinks off Crete", "h2", 2)]
    assert choose_headline(["Harbour Gazette"], heads, FERRY, "Harbour Gazette") == "Ferry sinks off Crete"
    heads = [Heading("Crete ferry sinks after storm Fri 18 Jan, 11:45 AM", "div", 0, True),
             Heading("- Crete", "font", 1)]
    assert choose_headline(["Harbour Gazette"], heads, FERRY, "Harbour Gazette") == \
        "Crete ferry sinks after storm Fri 18 Jan, 11:45 AM"


# -- issue 14, round 5: h5/h6, short labels, what the markup calls a heading --

def test_h5_and_h6_are_headings_and_the_title_repeating_one_names_the_headline() -> None:
    from communique.extract.headline import aligned_heading, collect_headings
    from communique.extract.html import parse_html

    tree = parse_html("<html><body><h5>Ferry sinks off Crete</h5><h3>Divers search for six missing</h3>"
                      "<h6>Storm eases over the islands</h6><p>x</p></body></html>")
    assert [(h.text, h.tag) for h in collect_headings(tree)] == [
        ("Ferry sinks off Crete", "h5"), ("Divers search for six missing", "h3"),
        ("Storm eases over the islands", "h6")]
    page = ("<div align='right'><b>Fri, January 18, 2008</b></div><h5>Ferry sinks off Crete</h5>"
            "<h3>Divers search for six passengers still missing</h3>" + _paras(FERRY))
    assert _record("<title>gazette.example - World- Ferry sinks off Crete</title>", page) == "Ferry sinks off Crete"
    heads = [Heading("Ferry sinks off Crete", "h5", 0), Heading("Divers search for six missing", "h3", 1)]
    assert aligned_heading(["gazette.example - World- Ferry sinks off Crete"], heads, FERRY, None,
                           "https://gazette.example/a") == "Ferry sinks off Crete"


def test_a_two_word_label_the_title_repeats_is_weighed_not_taken() -> None:
    # the title is only the station's brand, printed in bold in a link on the page; the brand shares a word with
    # the story ("Crete"), yet a one- or two-word label is never alone taken as the headline without weighing
    from communique.extract.headline import aligned_heading

    heads = [Heading("Radio Crete", "strong", 0), Heading("Ferry sinks off Crete after storm", "span", 1)]
    assert aligned_heading(["Radio Crete"], heads, FERRY, None, "https://www.crete940.example/n.php?id=3") is None
    page = ("<a href='#'><strong>Radio Crete</strong> for your homepage</a>"
            "<span class='tahoma11'><b>Ferry sinks off Crete after storm</b></span>" + _paras(FERRY))
    assert _record("<title>Radio Crete</title>", page, "https://www.crete940.example/n.php?id=3") == \
        "Ferry sinks off Crete after storm"


def test_a_headings_marks_are_read_from_its_element_and_one_of_the_same_text_around_it() -> None:
    from communique.extract.headline import collect_headings
    from communique.extract.headline_model import candidates
    from communique.extract.html import parse_html

    tree = parse_html("<html><body><div class='articleTitle'><h1>Ferry sinks off Crete</h1></div>"
                      "<h2 class='subTitle'>Six passengers still missing</h2>"
                      "<div id='site-title'>Harbour Gazette online</div><p>x</p></body></html>")
    heads = collect_headings(tree)
    assert [(h.text, h.tag, h.marks) for h in heads] == [
        ("Ferry sinks off Crete", "h1", "articletitle"), ("Six passengers still missing", "h2", "subtitle"),
        ("Harbour Gazette online", "div", "site-title")]
    feats = {c.text: c.feats for c in candidates(["Harbour Gazette"], heads, FERRY, "Harbour Gazette")}
    assert feats["Ferry sinks off Crete"]["classed_title"] == feats["Ferry sinks off Crete"]["classed_story"] == 1.0
    assert feats["Six passengers still missing"]["classed_sub"] == 1.0
    assert "classed_title" not in feats["Six passengers still missing"]


def test_a_headline_classed_in_another_language_or_as_a_hed_is_a_heading() -> None:
    from communique.extract.headline import collect_headings
    from communique.extract.html import parse_html

    tree = parse_html("<html><body><table><tr><td class='titular'> Ferry sinks off Crete (2)</td></tr></table>"
                      "<div class='story-hed'>Divers search the wreck</div><p class='titolo'>Storm eases at last</p>"
                      "<span class='date published'>Posted January 8</span><div id='Überschrift'>Six still missing"
                      "</div><p>x</p></body></html>")
    assert [h.text for h in collect_headings(tree)] == ["Ferry sinks off Crete (2)", "Divers search the wreck",
                                                        "Storm eases at last", "Six still missing"]


def test_a_headings_text_stops_at_a_block_inside_it() -> None:
    from communique.extract.headline import collect_headings
    from communique.extract.html import parse_html

    tree = parse_html("<html><body><div class='article_header'>Ferry sinks off Crete<div class='dek'>Divers"
                      " search for six passengers still missing</div></div><p>x</p></body></html>")
    assert [h.text for h in collect_headings(tree)][0] == "Ferry sinks off Crete"


def test_a_headline_whose_utf8_bytes_were_read_as_windows_1252_is_made_whole() -> None:
    from communique.extract.headline import repair_mojibake

    assert repair_mojibake("Nearly 12 Years Old, â€˜Rentâ€™ Is to Close") == "Nearly 12 Years Old, ‘Rent’ Is to Close"
    assert repair_mojibake("Ã‚Â© Harbour Gazette") == "© Harbour Gazette"
    for text in ("São Paulo: café naïve ©2008 – déjà vu", "Ferry sinks off Crete"):  # written right: unchanged
        assert repair_mojibake(text) == text
    page = "<h1>Crete’s ferry sinks in storm</h1>" + _paras(FERRY)
    assert _record("<title>Creteâ€™s ferry sinks in storm - Harbour Gazette</title>", page) == \
        "Crete’s ferry sinks in storm"
