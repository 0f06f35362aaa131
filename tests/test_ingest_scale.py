"""Ingest at scale: feeds as input, streaming with bounded read-ahead, worker processes, the Ray engine,
progress and the machine-readable summary."""

from __future__ import annotations

import html
import json
import sqlite3
import subprocess
import sys
from itertools import count, islice
from pathlib import Path

import pytest

from communique.model import Page
from communique.pipeline import Pipeline
from communique.sources import read_paths
from communique.sources.sniff import is_feed

from .conftest import EXAMPLES, FIXTURES

ROWS = [json.loads(line) for line in (EXAMPLES / "wikinews-sample.jsonl").read_text().splitlines()]


def paragraphs(text: str) -> str:
    return "".join(f"<p>{html.escape(p.strip())}</p>" for p in text.split("\n") if p.strip())


def rss(rows: list[dict], *, teaser_only: bool = False) -> bytes:
    items = []
    for r in rows:
        body = "" if teaser_only else f"<content:encoded><![CDATA[{paragraphs(r['text'])}]]></content:encoded>"
        items.append(f"<item><title>{html.escape(r['title'])}</title><link>{r['url']}</link><guid>{r['id']}</guid>"
                     f"<pubDate>Fri, 04 Jan 2019 23:10:00 -0500</pubDate>"
                     f"<description>A short teaser.</description>{body}</item>")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<!-- a comment -->\n<rss version="2.0" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>News</title>'
            + "".join(items) + "</channel></rss>").encode()


def atom(rows: list[dict]) -> bytes:
    entries = "".join(
        f'<entry><title>{html.escape(r["title"])}</title><link rel="self" href="https://feed.example/self"/>'
        f'<link rel="alternate" href="{r["url"]}"/><id>{r["id"]}</id><updated>{r["date"]}T10:00:00Z</updated>'
        f'<summary>Teaser.</summary><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">'
        f'{paragraphs(r["text"])}</div></content></entry>' for r in rows)
    return f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>{entries}</feed>'.encode()


# -- feeds ---------------------------------------------------------------------------------------------------
def test_rss_items_become_pages_with_link_date_and_full_content(tmp_path):
    f = tmp_path / "news"  # no suffix: told by its content
    f.write_bytes(rss(ROWS[:3]))
    recs = list(Pipeline("article").pipe(read_paths([f])))
    assert [r.source for r in recs] == [r["url"] for r in ROWS[:3]]
    for rec, row in zip(recs, ROWS[:3], strict=True):
        assert rec.error is None and rec.article.title == row["title"]
        assert rec.article.url == row["url"]
        assert rec.article.date == "2019-01-04"  # the date the feed gives, where it was published
        assert len(rec.article.text.split()) > 100  # content:encoded, not the one-line description


def test_atom_xhtml_content_and_alternate_link(tmp_path):
    f = tmp_path / "feed.atom"
    f.write_bytes(atom(ROWS[3:5]))
    recs = list(Pipeline("article").pipe(read_paths([tmp_path])))  # .atom is picked up in a directory walk
    assert [r.article.url for r in recs] == [r["url"] for r in ROWS[3:5]]
    assert [r.article.date for r in recs] == [r["date"] for r in ROWS[3:5]]
    assert all("xmlns" not in r.article.text and len(r.article.text.split()) > 100 for r in recs)


def test_feed_teasers_and_broken_feeds_fail_per_item(tmp_path):
    teasers = tmp_path / "teasers.xml"
    teasers.write_bytes(rss(ROWS[:2], teaser_only=True))
    recs = list(Pipeline("article").pipe(read_paths([teasers])))
    assert [r.error.kind for r in recs] == ["not_article", "not_article"]  # a teaser is no story
    broken = tmp_path / "broken.rss"
    broken.write_bytes(rss(ROWS[:2])[:-200] + b"<item><title>cut")
    pages = list(read_paths([broken]))
    assert pages[0].error is None and pages[0].source == ROWS[0]["url"]  # the items before the damage are read
    assert pages[-1].error.kind == "unreadable" and "damaged" in pages[-1].error.message


def test_feed_sniffing():
    assert is_feed(b'\xef\xbb\xbf<?xml version="1.0"?>\n<!-- x -->\n<rss version="2.0">')
    assert is_feed(b'<feed xmlns="http://www.w3.org/2005/Atom">')
    assert is_feed(b'<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">')
    assert not is_feed((FIXTURES / "story.html").read_bytes()[:8192])
    assert not is_feed(b'<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body>feed</body></html>')


# -- streaming -----------------------------------------------------------------------------------------------
def endless(read: list[int]):
    for i in count():
        read.append(i)
        yield Page(source=f"p{i}", content=f"Story number {i}. " + "Words of a story go on here. " * 20,
                   kind="clean")


@pytest.mark.parametrize("workers", [1, 2])
def test_pipe_streams_an_endless_input_with_bounded_read_ahead(workers):
    read: list[int] = []
    pipeline = Pipeline("article", batch_size=4)
    out = list(islice(pipeline.pipe(endless(read), workers=workers), 10))
    assert [r.source for r in out] == [f"p{i}" for i in range(10)]  # in input order
    assert len(read) <= 4 * (2 * workers + 3)  # a few batches ahead at most, never the whole input


# -- the command line ------------------------------------------------------------------------------------------
def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "communique.cli", *args], capture_output=True, timeout=300)


def stored(db: Path) -> list[tuple]:
    """Every stored row that a run decides (ingested_at and failure times left out), in a stable order."""
    with sqlite3.connect(db) as con:
        arts = con.execute("SELECT id, title, text, date, authors, wire, site, url, language, error_kind, record, "
                           "source FROM articles ORDER BY id").fetchall()
        srcs = con.execute("SELECT article_id, source, url FROM article_sources ORDER BY 1, 2").fetchall()
        fails = con.execute("SELECT source, kind, message FROM failures ORDER BY source").fetchall()
    return arts + srcs + fails


def test_ingest_workers_summary_json_quiet_and_progress(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in ROWS[:6]) + "\n{broken\n")
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    a = cli("ingest", str(src), "--db", str(one), "--batch-size", "2")
    assert a.returncode == 0, a.stderr.decode()[-2000:]
    bar = a.stderr.decode()
    assert "pages/s" in bar and "events" in bar and "failed" in bar
    summary = tmp_path / "summary.json"
    b = cli("ingest", str(src), "--db", str(two), "--batch-size", "2", "--workers", "2", "--quiet",
            "--summary-json", str(summary))
    assert b.returncode == 0 and b.stderr == b"", b.stderr.decode()[-2000:]
    s = json.loads(summary.read_text())
    assert (s["stored"], s["duplicates"], s["failed"], s["reasons"], s["workers"]) == (6, 0, 1, {"unreadable": 1}, 2)
    assert s["events"] > 0 and s["seconds"] > 0 and s["docs_per_s"] > 0
    assert stored(one) == stored(two)  # two worker processes store exactly what one process does


def test_ray_engine_stores_what_the_local_engine_stores(tmp_path):
    pytest.importorskip("ray")
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in ROWS[6:10]) + "\n")
    local, ray = tmp_path / "local.db", tmp_path / "ray.db"
    a = cli("ingest", str(src), "--db", str(local), "--batch-size", "2", "--quiet")
    b = cli("ingest", str(src), "--db", str(ray), "--batch-size", "2", "--engine", "ray", "--workers", "1",
            "--quiet", "--summary-json", "-")
    assert a.returncode == 0 and b.returncode == 0, b.stderr.decode()[-3000:]
    assert json.loads(b.stdout.decode().strip().splitlines()[-1])["engine"] == "ray"
    assert len(stored(local)) > 4 and stored(local) == stored(ray)


def test_ray_missing_says_how_to_install(monkeypatch):
    from communique.engines.ray import RayNotInstalled, import_ray

    monkeypatch.setitem(sys.modules, "ray", None)  # as if Ray were not installed
    with pytest.raises(RayNotInstalled, match=r"pip install 'communique\[ray\]'"):
        import_ray()


def test_address_without_ray_engine_is_refused(tmp_path):
    p = cli("ingest", str(EXAMPLES / "wikinews-sample.jsonl"), "--db", str(tmp_path / "x.db"),
            "--address", "auto")
    assert p.returncode == 2 and b"--engine ray" in p.stderr


def test_parse_minibatches_bound_padding_memory():
    from communique.pipeline import minibatches

    lengths = [1_500] * 50 + [150_000] + [2_000] * 10 + [400_000, 10]
    groups = minibatches(lengths, budget=200_000)
    assert [i for g in groups for i in g] == list(range(len(lengths)))  # every text once, in order
    for g in groups:
        assert len(g) == 1 or len(g) * max(lengths[i] for i in g) <= 200_000
    assert [50] in groups and [61] in groups  # long texts are parsed alone
    assert max(len(g) for g in groups) > 40  # short ones still share a minibatch


# -- feeds written carelessly (issue 17, item 8) ------------------------------------------------------------------
def _feed(items: str, doctype: str = "") -> bytes:
    return (f'<?xml version="1.0"?>\n{doctype}<rss version="2.0"><channel><title>t</title>{items}</channel></rss>'
            ).encode()


def _item(n: int, body: str) -> str:
    return f"<item><title>Item {n}</title><link>https://x.example/{n}</link><description>{body}</description></item>"


BODY = "Officials met in Geneva on Friday to talk about the border, the report said. " * 3


def test_an_undeclared_html_entity_keeps_the_rest_of_its_item(tmp_path):
    f = tmp_path / "nbsp.xml"
    f.write_bytes(_feed(_item(1, f"{BODY}&nbsp;&eacute;t&eacute; and the rest of item one.") + _item(2, BODY)))
    pages = list(read_paths([f]))
    assert [p.error for p in pages] == [None, None]  # no damaged-feed page either
    assert "\u00a0\u00e9t\u00e9 and the rest of item one." in html.unescape(pages[0].content)


def test_a_feed_with_an_internal_dtd_subset_is_a_feed_and_its_entities_are_not_expanded(tmp_path):
    laughs = "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
    doctype = f'<!DOCTYPE rss [\n<!ENTITY lol0 "lol">\n{laughs}\n<!ENTITY ext SYSTEM "file:///etc/passwd">\n]>\n'
    f = tmp_path / "dtd.xml"
    f.write_bytes(_feed("".join(_item(n, f"{BODY} &lol9; &ext; item {n}") for n in range(3)), doctype))
    assert is_feed(f.read_bytes()[:8192])
    pages = list(read_paths([f]))
    assert [p.source for p in pages] == [f"https://x.example/{n}" for n in range(3)]
    assert all("lollol" not in p.content and "root:" not in p.content for p in pages)


def test_a_recovered_feed_does_not_say_later_items_are_lost(tmp_path):
    f = tmp_path / "bad.xml"
    f.write_bytes(_feed(_item(1, BODY + " <b>unclosed") + _item(2, BODY) + _item(3, BODY)))
    pages = list(read_paths([f]))
    [damaged] = [p for p in pages if p.source.endswith("#damaged")]
    items = len(pages) - 1
    assert items >= 1 and f"{items} items were read" in damaged.error.message
    assert "are lost" not in damaged.error.message and "reading went on" in damaged.error.message
