"""Bad input of every kind gets a per-document error; the batch goes on (issue: foundation, 'Bad input')."""

from __future__ import annotations

import gzip

import pytest

import communique

from .conftest import FIXTURES, make_warc


def _by_name(records):
    return {r.source.rsplit("/", 1)[-1]: r for r in records}


@pytest.fixture
def hostile_dir(tmp_path):
    d = tmp_path / "batch"
    d.mkdir()
    (d / "empty.html").write_bytes(b"")
    (d / "blank.txt").write_bytes(b"   \n\n  \n")
    (d / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 20)
    (d / "big.html").write_bytes(b"<html><body>" + b"<p>word word word word</p>\n" * (50_000_000 // 27) + b"</body>")
    full = gzip.compress((FIXTURES / "story.html").read_bytes())
    (d / "cut.html.gz").write_bytes(full[: len(full) // 2])
    data = make_warc([("https://x.example/a", (FIXTURES / "story.html").read_bytes())] * 2)
    (d / "cut.warc.gz").write_bytes(data[: len(data) - 200])
    (d / "invalid-utf8.html").write_bytes((FIXTURES / "story.html").read_bytes().replace(b"regional", b"r\xffgional"))
    (d / "home.html").write_bytes((FIXTURES / "homepage.html").read_bytes())
    (d / "login.html").write_text("<html><body><form><h1>Sign in</h1><input name=u><input name=p type=password>"
                                  "<button>Log in</button><a href='/forgot'>Forgot password?</a></form></body></html>")
    (d / "good.html").write_bytes((FIXTURES / "story.html").read_bytes())
    return d


def test_every_bad_document_gets_a_clear_error_and_the_good_one_survives(hostile_dir):
    records = list(communique.pipe([hostile_dir]))
    by = _by_name(records)
    expect = {
        "empty.html": "empty",
        "blank.txt": "empty",
        "image.html": "unreadable",
        "big.html": "too_large",
        "cut.html.gz": "unreadable",
        "home.html": "not_article",
        "login.html": "not_article",
    }
    for name, kind in expect.items():
        assert by[name].error is not None, name
        assert by[name].error.kind == kind, (name, by[name].error)
        assert len(by[name].error.message) > 10
        assert by[name].article is None
    assert "truncated" in by["cut.html.gz"].error.message
    assert by["good.html"].error is None and "ferry terminal" in by["good.html"].article.text
    # invalid bytes decode with a replacement character, the story still comes out
    assert by["invalid-utf8.html"].error is None and "ferry terminal" in by["invalid-utf8.html"].article.text
    warc = [r for r in records if "cut.warc.gz" in r.source or r.source.startswith("https://x.example")]
    assert any(r.article for r in warc) and any(r.error and r.error.kind == "unreadable" for r in warc)


def test_max_bytes_is_configurable(tmp_path):
    f = tmp_path / "page.html"
    f.write_bytes((FIXTURES / "story.html").read_bytes())
    [rec] = communique.pipe([f], max_bytes=500)
    assert rec.error.kind == "too_large" and "--max-bytes" in rec.error.message


def test_non_english_is_kept_and_marked():
    rec = communique.process(FIXTURES / "french.html")
    assert rec.article is not None and rec.article.language == "fr"
    assert rec.error.kind == "unsupported_language"


def test_a_document_over_its_time_limit_gets_a_timeout_error_and_the_batch_goes_on(tmp_path):
    slow = tmp_path / "a.html"
    slow.write_bytes((FIXTURES / "story.html").read_bytes())
    [rec] = communique.pipe([slow], upto="article", timeout=0.0005)
    assert rec.error.kind == "timeout" and "--timeout" in rec.error.message
    [again] = communique.pipe([slow], upto="article", timeout=30)
    assert again.error is None and again.article is not None


# -- dates checked where they enter (issue 17, item 3) -------------------------------------------------------------
BAD_DATES = ["0001-01-01", "2022-02-31", "9999-99-99", 20220123, [2022, 1, 23], "9999-12-31", "next Tuesday"]


def test_impossible_dates_become_warnings_that_keep_the_raw_value(tmp_path):
    import json

    body = "Officials met in Geneva on Friday to talk about the border. " * 5
    lines = [{"id": f"d{i}", "date": d, "text": body + str(i)} for i, d in enumerate(BAD_DATES)]
    lines.append({"id": "ok", "date": "2022-01-23T10:00:00Z", "text": body})
    f = tmp_path / "dates.jsonl"
    f.write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    recs = {r.source: r for r in communique.pipe([f], upto="article")}
    for i, raw in enumerate(BAD_DATES):
        rec = recs[f"d{i}"]
        assert rec.error is None and rec.article.date is None, (raw, rec.article.date)
        [warning] = rec.to_dict()["warnings"]
        assert warning["kind"] == "bad_date" and str(raw).replace(" ", "") in warning["value"].replace(" ", "")
    assert recs["ok"].article.date == "2022-01-23" and "warnings" not in recs["ok"].to_dict()


def test_an_impossible_assumed_date_is_refused_on_the_command_line():
    import subprocess
    import sys

    p = subprocess.run([sys.executable, "-m", "communique.cli", "extract", "-", "--date", "2022-02-31"],
                       input=b"text", capture_output=True, timeout=120)
    assert p.returncode == 2 and b"not a date" in p.stderr


# -- the time limit covers the whole document (issue 17, item 7) ---------------------------------------------------
def test_time_left_after_reading_bounds_the_parse_and_a_shared_parse_is_charged_by_length():
    from communique.model import DocError
    from communique.pipeline import Pipeline, charge, remaining

    assert remaining(10, 4) == 6 and remaining(10, 12) < 0 and remaining(0, 1e9) == float("inf")
    assert charge(3.0, [100, 200]) == [1.0, 2.0] and charge(1.0, []) == []
    pipeline = Pipeline("annotate", timeout=30)
    docs, used = pipeline._parse(["Officials met in Geneva on Friday.", "The army left the border town."],
                                 [30.0, -0.5])  # the second document spent its time being read
    assert not isinstance(docs[0], DocError) and used[0] > 0
    assert isinstance(docs[1], DocError) and docs[1].kind == "timeout" and used[1] == 0
    assert "reading, parsing and annotating" in docs[1].message
