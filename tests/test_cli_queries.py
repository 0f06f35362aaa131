"""The query commands over a store filled by the real `communique ingest` of the founding page and a reprint."""

from __future__ import annotations

import csv
import json
import shutil

import pytest
from typer.testing import CliRunner

from communique.cli import app
from communique.exports import GDELT_COLUMNS, read_gdelt
from communique.exports.gdelt import GdeltFormatError

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory, request):
    """The founding page, plus the same story as another site printed it (a near duplicate)."""
    root = tmp_path_factory.mktemp("q")
    page = request.config.rootpath / "examples" / "ctv-joly-moscow-invitation.txt"
    shutil.copy(page, root / "ctv.txt")
    text = page.read_text(encoding="utf-8")
    (root / "reprint.txt").write_text(text.replace("CTV News", "Another Outlet") + "\nShare this story\n",
                                      encoding="utf-8")
    path = root / "q.db"
    result = runner.invoke(app, ["ingest", str(root / "ctv.txt"), str(root / "reprint.txt"), "--db", str(path),
                                 "--date", "2022-01-23", "--quiet"])
    assert result.exit_code == 0, result.output
    return path


def test_events_table_and_filters(db):
    r = runner.invoke(app, ["events", "--db", str(db), "--dyad", "USA:RUS", "--type", "consult"])
    assert r.exit_code == 0 and "Geneva" in r.output and "2022-01-21" in r.output
    r = runner.invoke(app, ["events", "--db", str(db), "--quad", "4", "--format", "jsonl"])
    rows = [json.loads(line) for line in r.output.splitlines()]
    assert rows and all(e["quad"] == 4 for e in rows)
    assert "MOBILIZE" in {e["type"] for e in rows}  # SANCTION is quad 3 (verbal conflict) in PLOVER's quad table


def test_reprint_is_a_second_source_of_one_story(db):
    r = runner.invoke(app, ["events", "--db", str(db), "--dyad", "USA:RUS", "--merged", "--format", "jsonl"])
    geneva = next(e for e in map(json.loads, r.output.splitlines()) if e["type"] == "CONSULT")
    assert (geneva["mentions"], geneva["articles"], geneva["sources"]) == (1, 1, 2)


@pytest.mark.parametrize("args, message", [(["--dyad", "RUS"], "ACTOR:RECIPIENT"), (["--until", "soon"], "YYYY"),
                                           (["--format", "parquet"], "--out")])
def test_bad_requests_say_what_to_do(db, args, message):
    r = runner.invoke(app, ["events", "--db", str(db), *args])
    assert r.exit_code == 2 and message in r.output


def test_exports_round_trip(db, tmp_path):
    pd = pytest.importorskip("pandas")
    n = len(runner.invoke(app, ["events", "--db", str(db), "--format", "jsonl"]).output.splitlines())
    for fmt in ("csv", "parquet", "gdelt", "jsonl"):
        r = runner.invoke(app, ["events", "--db", str(db), "--format", fmt, "--out", str(tmp_path / f"e.{fmt}")])
        assert r.exit_code == 0, r.output
    with open(tmp_path / "e.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == n and {"actor_code", "evidence", "lat"} <= set(rows[0])
    df = pd.read_parquet(tmp_path / "e.parquet")
    assert len(df) == n and str(df["quad"].dtype) == "int64"
    gd = read_gdelt(tmp_path / "e.gdelt")
    assert len(gd) == n and all(len(row) == 61 == len(GDELT_COLUMNS) for row in gd)
    geneva = next(g for g in gd if g["EventRootCode"] == "04" and g["ActionGeo_FullName"] == "Geneva")
    assert geneva["ActionGeo_CountryCode"] == "SZ" and geneva["Actor1Code"].startswith("USA")  # FIPS, as GDELT
    assert geneva["SQLDATE"] == 20220121 and geneva["NumSources"] == 2 and geneva["EventCode"] == "040"
    assert isinstance(geneva["GoldsteinScale"], float) and geneva["ActionGeo_Type"] == 4


def test_gdelt_reader_rejects_what_is_not_gdelt(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("1\t2\t3\n", encoding="utf-8")
    with pytest.raises(GdeltFormatError, match="61"):
        read_gdelt(bad)
    bad.write_text("\t".join(["x"] * 61) + "\n", encoding="utf-8")
    with pytest.raises(GdeltFormatError, match="GLOBALEVENTID should be a number"):
        read_gdelt(bad)


def test_actors_and_search(db):
    r = runner.invoke(app, ["actors", "--db", str(db), "--format", "jsonl"])
    codes = [json.loads(line)["code"] for line in r.output.splitlines()]
    assert {"RUS", "CAN", "USA"} <= set(codes)
    r = runner.invoke(app, ["actors", "RUS", "--db", str(db)])
    assert r.exit_code == 0 and "partners of RUS" in r.output and "CAN" in r.output
    assert runner.invoke(app, ["actors", "ZZZ", "--db", str(db)]).exit_code == 1
    r = runner.invoke(app, ["search", "Stepanov", "ambassador", "--db", str(db), "--format", "jsonl"])
    [hit] = [json.loads(line) for line in r.output.splitlines()]
    assert hit["title"].startswith("Joly has") and "[Stepanov]" in hit["snippet"]


def test_queries_without_a_store_say_how_to_make_one(tmp_path):
    r = runner.invoke(app, ["events", "--db", str(tmp_path / "none.db")])
    assert r.exit_code == 1 and "communique ingest" in r.output


def test_data_is_printed_as_written_not_as_rich_markup(db):
    r = runner.invoke(app, ["search", "Stepanov", "--db", str(db)])
    assert r.exit_code == 0 and "[Stepanov]" in r.output  # the snippet's hit marks survive
    r = runner.invoke(app, ["events", "--db", str(db), "--dyad", "[bold]x:y"])
    assert r.exit_code == 0 and "0 of 0 events" in r.output
