"""The command line as a user runs it: a real subprocess of the installed entry point."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from .conftest import FIXTURES


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "communique.cli", *args], input=stdin, capture_output=True,
                          cwd=cwd, timeout=300)


def test_help_teaches():
    out = run("--help").stdout.decode()
    for word in ("extract", "ingest", "articles", "warc", "jsonl", "stdin"):
        assert word in out
    assert "--upto" in run("extract", "--help").stdout.decode()


def test_extract_json_single_record(founding_page):
    p = run("extract", str(founding_page), "--date", "2022-01-23", "--format", "json")
    assert p.returncode == 0, p.stderr
    rec = json.loads(p.stdout)
    assert rec["article"]["title"].startswith("Joly has 'open invitation'")
    assert any(e["name"] == "Melanie Joly" for e in rec["entities"])  # the furthest stage built is the default
    only = json.loads(run("extract", str(founding_page), "--upto", "article").stdout)
    assert "entities" not in only


def test_extract_jsonl_many_and_json_array(tmp_path):
    paths = [str(FIXTURES / "story.html"), str(FIXTURES / "homepage.html")]
    lines = run("extract", *paths, "--format", "jsonl").stdout.decode().splitlines()
    assert [json.loads(x)["error"] for x in lines][0] is None
    assert json.loads(lines[1])["error"]["kind"] == "not_article"
    arr = json.loads(run("extract", *paths).stdout)
    assert isinstance(arr, list) and len(arr) == 2


def test_extract_text_format_and_stdin():
    p = run("extract", "-", "--format", "text", stdin=(FIXTURES / "story.html").read_bytes())
    out = p.stdout.decode()
    assert p.returncode == 0
    assert "title: Harbour authority approves new ferry terminal" in out and "ferry terminal" in out


def test_extract_exit_status(tmp_path):
    (tmp_path / "empty.html").write_bytes(b"")
    assert run("extract", str(tmp_path / "empty.html")).returncode == 1  # nothing at all could be read
    assert run("extract", str(tmp_path / "empty.html"), str(FIXTURES / "story.html")).returncode == 0
    assert run("extract", str(FIXTURES / "homepage.html")).returncode == 0  # read fine, just no article


def test_stages_and_a_bad_date():
    rec = json.loads(run("extract", str(FIXTURES / "story.html"), "--upto", "events").stdout)
    assert set(rec) == {"source", "error", "article", "entities", "quotes", "events"}
    p = run("extract", str(FIXTURES / "story.html"), "--upto", "nonsense")
    assert p.returncode == 2
    p = run("extract", str(FIXTURES / "story.html"), "--date", "last friday")
    assert p.returncode == 2 and b"YYYY-MM-DD" in p.stderr


def test_ingest_is_idempotent_and_articles_lists(tmp_path):
    db = str(tmp_path / "c.db")
    batch = [str(FIXTURES / "story.html"), str(FIXTURES / "scraped-story.txt"), str(FIXTURES / "homepage.html")]
    first = run("ingest", *batch, "--db", db)
    assert first.returncode == 0, first.stderr
    err = first.stderr.decode()
    # the page and its scrape are one story: the second is a near duplicate, another source of the first
    assert "3 documents" in err and "1 stored" in err and "1 duplicates (1 near)" in err
    assert "1 failed" in err and "not_article" in err
    second = run("ingest", *batch, "--db", db).stderr.decode()  # resumes: nothing left to do
    assert "0 stored" in second and "3 skipped" in second
    forced = run("ingest", *batch, "--db", db, "--force").stderr.decode()
    assert "0 stored" in forced and "2 duplicates" in forced
    table = run("articles", "--db", db).stdout.decode()
    assert "Harbour authority approves" in table and "1 articles, 1 failures" in table
    lines = run("articles", "--db", db, "--format", "jsonl").stdout.decode().splitlines()
    assert len(lines) == 1 and all(json.loads(x)["article"]["text"] for x in lines)
    fails = run("articles", "--db", db, "--failures", "--format", "jsonl").stdout.decode().splitlines()
    assert json.loads(fails[0])["kind"] == "not_article"


def test_articles_without_a_store_says_how_to_make_one(tmp_path):
    p = run("articles", "--db", str(tmp_path / "none.db"))
    assert p.returncode == 1 and b"communique ingest" in p.stderr
