"""The GDELT export read back with GDELT's own column names: every rule of the mapping checked on a real store
filled by the real pipeline (SQLite, and PostgreSQL when COMMUNIQUE_TEST_PG names one)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

import communique
from communique.exports import GDELT_COLUMNS, write_events
from communique.exports.cameo import GdeltTableError, cameo_codes, parse_goldstein
from communique.model import Party

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "ctv-joly-moscow-invitation.txt"
UK = ("The Labour Party accused the Conservative government of cutting police budgets on Monday, the BBC reported. "
      "Opposition leader Jeremy Corbyn demanded that Prime Minister Theresa May resign.\n\n"
      "Russia and Belarus sent troops to the border with Ukraine, officials in Kiev said.")

# GDELT event codebook 2.0, written out here independently of data/gdelt.yaml.
GDELT_QUAD = {**dict.fromkeys(range(1, 6), 1), **dict.fromkeys(range(6, 9), 2), **dict.fromkeys(range(9, 14), 3),
              **dict.fromkeys(range(14, 21), 4)}
# A few rows of GDELT's CAMEO.goldsteinscale.txt, to check the shipped table against.
GOLDSTEIN = {"040": 1.0, "100": -5.0, "110": -2.0, "150": -7.2, "160": -4.0, "020": 3.0, "1712": -9.2}


@pytest.fixture(scope="module")
def records() -> list[communique.Record]:
    uk = communique.process(clean_text=UK, date="2019-03-04")
    labour = next(e for e in uk.events if e.actor and e.actor[0].name == "Labour Party")
    # a party the coder knows no country for has code null (as the coder emits it when it knows none)
    labour.recipient = [Party(name="the Conservative government", code=None, sector="PTY")]
    return [communique.process(EXAMPLE, date="2022-01-23"), uk]


@pytest.fixture
def exported(store, records, tmp_path):
    store.add(records)
    rows = store.events()
    write_events(rows, "gdelt", tmp_path / "events.tsv")
    write_events(rows, "csv", tmp_path / "events.csv")
    write_events(store.events(merged=True), "gdelt", tmp_path / "merged.tsv")
    pd = pytest.importorskip("pandas")

    def read(name: str):
        return pd.read_csv(tmp_path / name, sep="\t", header=None, names=GDELT_COLUMNS, dtype=str,
                           keep_default_na=False, quoting=csv.QUOTE_NONE)

    with open(tmp_path / "events.csv", newline="", encoding="utf-8") as fh:
        flat = list(csv.DictReader(fh))
    return rows, read("events.tsv"), flat, read("merged.tsv")


def test_event_codes_quad_class_and_goldstein_are_gdelts(exported):
    rows, gd, _, _ = exported
    assert len(gd) == len(rows) > 5
    for ev, g in zip(rows, gd.to_dict("records"), strict=True):
        cameo = ev["cameo"]
        assert g["EventCode"].startswith(g["EventBaseCode"]) and g["EventBaseCode"].startswith(g["EventRootCode"])
        assert g["EventRootCode"] == cameo[:2] and len(g["EventBaseCode"]) == 3
        assert g["EventCode"] == (cameo + "0" if len(cameo) == 2 else cameo)  # as specific as the coder's code
        assert int(g["QuadClass"]) == GDELT_QUAD[int(cameo[:2])]
        if g["EventCode"] in GOLDSTEIN:
            assert float(g["GoldsteinScale"]) == GOLDSTEIN[g["EventCode"]]
    demand = gd[gd["EventRootCode"] == "10"].iloc[0]  # PLOVER's REQUEST: quad 3 and 0.0 there, -5.0 in GDELT
    assert (demand["QuadClass"], float(demand["GoldsteinScale"])) == ("3", -5.0)


def test_plover_values_stay_in_the_flat_export(exported):
    rows, _, flat, _ = exported
    request = next(f for f in flat if f["type"] == "REQUEST")
    assert (request["quad"], float(request["score"]), float(request["goldstein"])) == ("3", 0.0, -5.0)
    assert all(f["quad"] == str(r["quad"]) for f, r in zip(flat, rows, strict=True))


def test_actor_codes_geography_and_parties(exported):
    _, gd, _, _ = exported
    labour = gd[gd["Actor1Name"] == "LABOUR PARTY"].iloc[0]
    assert labour["Actor1Code"] == "GBRPTY" and labour["Actor1Type1Code"] == "PTY"
    assert (labour["Actor1Geo_Type"], labour["Actor1Geo_CountryCode"], labour["Actor1Geo_FullName"]) == (
        "1", "UK", "United Kingdom")
    # "the Conservative government": a party with no country is written empty, never "None"
    assert labour["Actor2Code"] == "" and labour["Actor2Geo_Type"] == "0"
    assert "None" not in set(gd.to_numpy().ravel())
    corbyn = gd[gd["Actor1Name"] == "JEREMY CORBYN"].iloc[0]
    assert corbyn["Actor1Code"] == "GBROPP" and corbyn["Actor2Code"] == "GBRGOV"
    russia = gd[gd["Actor1CountryCode"] == "RUS"].iloc[0]
    assert russia["Actor1Geo_CountryCode"] == "RS" and russia["Actor1Geo_FeatureID"] == "RS"  # FIPS, as GDELT


def test_rows_carry_their_own_counts_and_merged_rows_the_totals(exported, store):
    rows, gd, _, merged = exported
    assert (gd["NumMentions"] == "1").all() and (gd["NumArticles"] == "1").all()
    told = {(r["article_id"], r["n"]) for r in rows}  # a mention is one coded event, whatever its dyads
    assert len(told) < len(rows)  # "Russia and Belarus sent troops": two rows, one mention
    assert sum(map(int, merged["NumMentions"])) == len(told)  # every mention counted once, in its happening
    totals = {e["id"]: e["mentions"] for e in store.events(merged=True)}
    assert [int(m) for m in merged["NumMentions"]] == [totals[int(i)] for i in merged["GLOBALEVENTID"]]


def test_cameo_codes_follow_the_coder():
    c = cameo_codes("1712")
    assert (c.event_code, c.base_code, c.root_code, c.quad_class, c.goldstein) == ("1712", "171", "17", 4, -9.2)
    c = cameo_codes("0874")  # a 4-digit code the table knows
    assert (c.base_code, c.quad_class, c.goldstein) == ("087", 2, 10.0)
    c = cameo_codes("1399")  # unknown to the table: its base's score, then its root's
    assert (c.event_code, c.goldstein) == ("1399", -7.0)
    assert cameo_codes("029").goldstein == 3.0
    assert cameo_codes(None).event_code == "" and cameo_codes("x1").quad_class is None


def test_a_bad_goldstein_table_names_its_line():
    with pytest.raises(GdeltTableError, match=r"t.tsv:3: score 'x'"):
        parse_goldstein("# comment\nCAMEOEVENTCODE\tGOLDSTEINSCALE\n040\tx\n", "t.tsv")
    with pytest.raises(GdeltTableError, match=r"t.tsv:1: .*outside"):
        parse_goldstein("040\t12\n", "t.tsv")
    with pytest.raises(GdeltTableError, match=r"t.tsv:2: code 040 is listed twice"):
        parse_goldstein("040\t1\n040\t1\n", "t.tsv")
