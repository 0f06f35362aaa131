"""The web app in a real browser (Debian's Chromium driven by Playwright) against a real uvicorn server.

Skipped with a reason when /usr/bin/chromium is missing, unless COMMUNIQUE_REQUIRE_BROWSER is set (CI sets
it): then a missing browser fails instead.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from communique.web.app import create_app

from .conftest import XSS_ENTITY, XSS_TITLE, LiveServer

CHROMIUM = "/usr/bin/chromium"
REQUIRED = bool(os.environ.get("COMMUNIQUE_REQUIRE_BROWSER"))


def _browser_missing() -> str | None:
    if not Path(CHROMIUM).exists():
        return f"{CHROMIUM} is missing (apt-get install chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is missing (pip install -e '.[dev]')"
    return None


@pytest.fixture(scope="module")
def browser():
    why = _browser_missing()
    if why:
        if REQUIRED:
            pytest.fail(f"browser tests are required here (COMMUNIQUE_REQUIRE_BROWSER is set) but {why}")
        pytest.skip(why)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox"])
        yield b
        b.close()


@pytest.fixture(scope="module")
def server(web_db):
    with LiveServer(create_app(web_db)) as live:
        yield live


@pytest.fixture
def page(browser, server):
    """A fresh page that records dialogs, console errors, CSP violations and failed requests."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.problems = []  # type: ignore[attr-defined]

    def on_dialog(d):
        pg.problems.append(f"dialog: {d.message}")
        d.dismiss()

    pg.on("dialog", on_dialog)
    pg.on("console", lambda m: m.type == "error" and pg.problems.append(f"console: {m.text}"))
    pg.on("pageerror", lambda e: pg.problems.append(f"pageerror: {e}"))
    # a request the browser itself abandons when the page moves on (a favicon still loading as a link is clicked)
    # is no failure of the server's; any other network failure is
    pg.on("requestfailed", lambda r: r.failure != "net::ERR_ABORTED"
          and pg.problems.append(f"requestfailed: {r.url} ({r.failure})"))
    yield pg
    context.close()


def test_dashboard_draws_its_charts(page, server):
    page.goto(server.url + "/")
    page.wait_for_function("document.querySelectorAll('canvas').length === 2 && "
                           "Chart.getChart('chart-time') && Chart.getChart('chart-weeks')")
    assert page.locator("#top-dyads tbody tr").count() >= 3
    assert page.problems == []


def test_events_filter_by_actor_and_sort(page, server):
    page.goto(server.url + "/events")
    everything = page.locator("#events-table tbody tr").count()
    page.fill("input[name=actor]", "USA")
    page.click("#event-filters button[type=submit]")
    page.wait_for_url("**/events?*actor=USA*")
    rows = page.locator("#events-table tbody tr")
    assert 0 < rows.count() < everything
    actors = page.locator("#events-table tbody td.actor").all_inner_texts()
    assert all("USA" in a for a in actors)
    csv = page.locator("a.download", has_text="CSV").get_attribute("href")
    assert "actor=USA" in csv and "format=csv" in csv
    page.click("#events-table th a:has-text('type')")  # sorted by the store: all matches, not one page
    page.wait_for_url("**/events?*sort=type*")
    types = page.locator("#events-table tbody tr td:nth-child(2)").all_inner_texts()
    assert types == sorted(types) and all("USA" in a for a in page.locator("td.actor").all_inner_texts())
    page.click("#events-table th a:has-text('type')")  # again: descending
    page.wait_for_url("**/events?*sort=-type*")
    assert page.locator("#events-table tbody tr td:nth-child(2)").all_inner_texts() == sorted(types, reverse=True)
    assert page.problems == []


def test_article_quote_highlight_shows_its_speaker(page, server, founding_id):
    page.goto(server.url + "/articles")
    page.click("a:has-text('Joly has')")
    page.wait_for_url(f"**/articles/{founding_id}")
    quotes = page.locator("#article-text .hl-quote")
    assert quotes.count() >= 5
    stepanov = page.locator("#article-text .hl-quote[data-speaker='Oleg Stepanov']").first
    assert "quote by Oleg Stepanov" in stepanov.get_attribute("title")
    stepanov.click()
    popover = page.locator("#popover")
    popover.wait_for(state="visible")
    assert "Oleg Stepanov" in popover.inner_text()
    assert page.locator("#article-text .hl-evidence").count() >= 5
    assert page.locator("#side-events li").count() >= 5
    assert page.problems == []


def test_actor_page_links_each_dyad_to_its_own_page(page, server):
    page.goto(server.url + "/actors/RUS")
    page.wait_for_function("Chart.getChart('chart-actor') !== undefined")
    page.click("#dyad-links a:has-text('RUS and CAN')")
    page.wait_for_url("**/dyads/RUS/CAN")
    page.wait_for_selector("#chart-forward[data-loaded]")
    forward = page.locator("#count-forward").inner_text()
    backward = page.locator("#count-backward").inner_text()
    assert "RUS → CAN" in forward and "CAN → RUS" in backward  # each direction counted on its own
    axis = page.evaluate("Chart.getChart('chart-forward').options.scales.x.title.text")
    assert axis == "month"
    assert page.problems == []


def test_map_shows_points(page, server):
    page.goto(server.url + "/map")
    page.wait_for_selector("#map[data-points][data-outlines]")
    assert int(page.locator("#map").get_attribute("data-points")) >= 1
    assert page.locator("#map path.leaflet-interactive").count() >= 1
    assert page.problems == []


def test_hostile_article_stays_text(page, server, hostile_id):
    page.goto(server.url + f"/articles/{hostile_id}")
    assert page.locator("#article-title").inner_text() == XSS_TITLE
    body = page.locator("#article-text").inner_text()
    assert "</script><script>alert('quote')</script>" in body and "<b onmouseover=alert('b')>" in body
    assert page.locator("#article-text img, #article-text script, #article-text b, #article-text a").count() == 0
    assert page.get_by_text(XSS_ENTITY).first.is_visible()
    assert page.locator("a[href^='javascript:']").count() == 0
    page.locator("#article-text .hl").first.click()
    page.locator("#article-text .hl-entity").first.hover()
    for path in ("/", "/events", "/articles", "/search?q=Lavrov", "/map", "/actors/RUS"):
        page.goto(server.url + path)
    assert not [p for p in page.problems if p.startswith(("dialog", "pageerror"))], page.problems


def test_api_docs_render_offline(page, server):
    page.goto(server.url + "/docs")
    page.wait_for_selector(".swagger-ui .opblock", timeout=15_000)
    assert page.locator(".opblock-summary-path", has_text="/api/events").count() >= 1
    assert page.problems == []


def test_event_to_its_evidence_in_one_click(page, server, founding_id):
    page.goto(server.url + "/events?" + "type=CONSULT&dyad=USA:RUS")
    link = page.locator("#events-table a.to-evidence").first
    words = link.inner_text().rstrip("…").strip()[:40]
    link.click()
    page.wait_for_url(f"**/articles/{founding_id}#at-ev*")
    target = page.locator(":target")
    assert target.count() == 1 and "hl-evidence" in target.get_attribute("class")
    assert words in target.inner_text() and target.is_visible()
    assert page.problems == []


def test_event_permalink_lists_the_stories_that_told_it(page, server):
    page.goto(server.url + "/events?type=MOBILIZE&merged=true")
    page.locator("#events-table a.permalink").first.click()
    page.wait_for_url("**/events/*")
    assert page.locator("#event-evidence").inner_text().strip()
    assert page.locator("#mentions-table tbody tr").count() >= 1
    assert page.locator("#mentions-table tr.current").count() == 1
    story = page.locator("#mentions-table tbody tr td a").first.get_attribute("href")
    assert story.startswith("/articles/")
    page.click("#to-evidence")
    page.wait_for_url("**#at-ev*")
    assert page.locator(":target").count() == 1
    assert page.problems == []


def test_month_filter_is_kept_when_another_is_applied(page, server):
    page.goto(server.url + "/events?since=2022-01")
    assert page.locator("input[name=since]").input_value() == "2022-01"
    dated = page.locator("#events-table tbody tr").count()
    page.fill("input[name=actor]", "RUS")
    page.click("#event-filters button[type=submit]")
    page.wait_for_url("**/events?*actor=RUS*")
    assert page.locator("input[name=since]").input_value() == "2022-01"  # not blanked by a date field
    assert "since=2022-01" in page.url
    assert 0 < page.locator("#events-table tbody tr").count() <= dated
    page.select_option("select[name=sector]", "GOV")
    page.click("#event-filters button[type=submit]")
    page.wait_for_url("**/events?*sector=GOV*")
    assert page.locator("input[name=since]").input_value() == "2022-01"
    assert all("GOV" in s for s in page.locator("#events-table td.sector").all_inner_texts())
    assert page.problems == []


def test_map_has_a_legend_and_places_link_to_their_events(page, server):
    page.goto(server.url + "/map")
    page.wait_for_selector("#map[data-points]")
    assert "material conflict" in page.locator("#map-legend").inner_text()
    page.locator("#map path.leaflet-interactive").first.click()
    link = page.locator(".leaflet-popup a.place-events")
    link.wait_for()
    link.click()
    page.wait_for_url("**/events?*place=*")
    assert page.locator("#events-table tbody tr").count() >= 1
    assert page.problems == []


def test_every_actor_code_has_a_page_and_bad_addresses_an_html_404(page, server):
    page.goto(server.url + "/actors/SWE")  # named in the founding page (Stockholm), in no event
    assert page.locator("#named-in a").count() >= 1
    response = page.goto(server.url + "/no-such-page")
    assert response.status == 404 and "There is no page at /no-such-page" in page.locator("main").inner_text()
