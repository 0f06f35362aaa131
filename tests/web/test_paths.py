"""The small faults a researcher hit: huge offsets, mistyped addresses, the server's paths shown as sources."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from communique.web.app import create_app
from communique.web.shown import shown_source

from .conftest import EXAMPLE


@pytest.fixture(scope="module")
def client(web_db):
    with TestClient(create_app(web_db)) as c:
        yield c


@pytest.mark.parametrize("path", ["/api/events", "/api/articles", "/api/actors", "/events", "/articles"])
def test_huge_offsets_are_the_clients_mistake(client, path):
    r = client.get(path, params={"offset": 2**63})
    assert r.status_code == 422, r.text
    if not path.startswith("/api/"):
        assert r.headers["content-type"].startswith("text/html") and "offset" in r.text


def test_mistyped_addresses_get_an_html_page(client):
    r = client.get("/evnets")
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
    assert "There is no page at /evnets" in r.text and 'href="/events"' in r.text
    r = client.get("/api/evnets")
    assert r.status_code == 404 and r.json()["detail"]


def test_sources_never_show_the_servers_paths(client, founding_id):
    assert str(EXAMPLE).startswith("/")  # the fixture stored the founding page by its absolute path
    rec = client.get(f"/api/articles/{founding_id}").json()
    assert rec["source"] == EXAMPLE.name and [s["source"] for s in rec["sources"]] == [EXAMPLE.name]
    events = client.get("/api/events", params={"article": founding_id}).json()["items"]
    assert events and {e["source"] for e in events} == {EXAMPLE.name}
    listed = client.get("/api/articles").json()["items"]
    assert all(not (a["source"] or "").startswith("/") for a in listed)
    for page in (f"/articles/{founding_id}", "/articles", f"/api/events?format=csv&article={founding_id}"):
        assert str(EXAMPLE.parent) not in client.get(page).text


def test_shown_source_keeps_urls_and_relative_paths():
    assert shown_source("https://example.org/a?b=1") == "https://example.org/a?b=1"
    assert shown_source("pages/a.html") == "pages/a.html"
    assert shown_source("/srv/crawl/2022.warc.gz@1234") == "2022.warc.gz@1234"
    assert shown_source("C:\\data\\feed.jsonl:5") == "feed.jsonl:5"
    assert shown_source("<stdin>") == "<stdin>" and shown_source(None) is None


def _first_event(client, **params):
    return client.get("/api/events", params=params).json()["items"][0]


def test_event_permalink_points_at_its_evidence(client, founding_id):
    ev = _first_event(client, dyad="USA:RUS", type="CONSULT")
    r = client.get(f"/events/{ev['id']}")
    assert r.status_code == 200 and ev["evidence"]["text"][:60] in r.text
    assert f'href="/articles/{founding_id}#at-ev{ev["n"] + 1}"' in r.text
    article = client.get(f"/articles/{founding_id}").text
    assert f'id="at-ev{ev["n"] + 1}"' in article  # the anchor is the event's evidence
    events_page = client.get("/events", params={"dyad": "USA:RUS"}).text
    assert f'/events/{ev["id"]}"' in events_page and f'#at-ev{ev["n"] + 1}"' in events_page
    assert client.get("/events/999999").status_code == 404


def test_dyad_page_counts_each_direction(client):
    forward = client.get("/api/events", params={"dyad": "RUS:CAN"}).json()["total"]
    backward = client.get("/api/events", params={"dyad": "CAN:RUS"}).json()["total"]
    html = client.get("/dyads/RUS/CAN").text
    assert f"<b>{forward}</b> RUS → CAN" in html and f"<b>{backward}</b> CAN → RUS" in html
    t = client.get("/api/dyads/RUS/CAN/timeline").json()
    assert sum(p["events"] for p in t["directions"]["RUS->CAN"]) == forward
    assert sum(p["events"] for p in t["directions"]["CAN->RUS"]) == backward
    assert client.get("/actors/RUS").text.count('href="/dyads/RUS/') >= 2


def test_every_code_in_the_store_has_an_actor_page(client):
    with_events = {a["code"] for a in client.get("/api/actors", params={"limit": 1000}).json()["items"]}
    assert "SWE" not in with_events  # Stockholm's country: named, in no event
    r = client.get("/actors/SWE")
    assert r.status_code == 200 and 'id="named-in"' in r.text
    assert client.get("/actors/ZZZ").status_code == 404


def test_sector_and_place_filters(client):
    gov = client.get("/api/events", params={"sector": "GOV"}).json()["items"]
    assert gov and all("GOV" in (e["actor_sector"], e["recipient_sector"]) for e in gov)
    geneva = client.get("/api/events", params={"place": "geneva"}).json()["items"]
    assert geneva and all(e["where"]["name"] == "Geneva" for e in geneva)
    assert 'href="/events?sector=GOV"' in client.get("/events").text


def test_charts_run_on_a_time_axis_without_gaps(client):
    import json
    import re

    html = client.get("/").text
    data = json.loads(re.search(r'id="chart-data">(.*?)</script>', html, re.S).group(1))
    months = data["periods"]
    assert months == sorted(months) and len(months) == len(set(months))
    for a, b in zip(months, months[1:], strict=False):  # consecutive months, none skipped
        ya, ma = map(int, a.split("-"))
        assert b == (f"{ya + 1}-01" if ma == 12 else f"{ya}-{ma + 1:02d}")


def test_articles_list_counts_events_and_names_the_site(client):
    html = client.get("/articles").text
    assert "<th data-sort=\"num\">events</th>" in html and "/events?article=" in html


def test_a_merged_event_lists_each_mention_once(tmp_path):
    """'Canada and Britain sanctioned Russia' is two rows (dyads) of one mention: the event page says it was told
    once and lists the sentence once, whichever of its rows is opened."""
    from communique.store import open_store

    from ..store.helpers import event, event_record, filler

    body = "Canada and Britain imposed sanctions on Russian banks on Friday.\n\n" + filler(3, 150)
    with open_store(tmp_path / "s.db") as store:
        store.add([event_record("s.html", body, [event("SANCTION", ["CAN", "GBR"], "RUS", body, quad=4)])])
    with TestClient(create_app(tmp_path / "s.db")) as c:
        rows = c.get("/api/events").json()["items"]
        assert len(rows) == 2 and rows[0]["cluster_id"] == rows[1]["cluster_id"]
        for row in rows:
            html = c.get(f"/events/{row['id']}").text
            assert "Told once" in html and html.count('class="mention"') == 1
