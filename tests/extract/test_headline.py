"""The headline: the page title without the site's name or section labels, kept whole when the name is part of
the headline; a page heading when the title names only the site."""

from __future__ import annotations

from communique.extract.article import page_to_record
from communique.extract.headline import Heading, choose_headline, strip_site
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
