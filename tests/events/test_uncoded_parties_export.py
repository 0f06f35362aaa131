"""A party with no country travels through the store and every export with an empty code, never "None"."""

from __future__ import annotations

import csv
import io

import communique
from communique.exports.write import write_events


def test_uncoded_party_is_stored_and_exported_with_an_empty_code(tmp_path, capsys):
    rec = communique.process(clean_text="A suicide bomber killed five people in the market on Monday.",
                             date="2005-03-01")
    [ev] = [e for e in rec.events if e.type == "ASSAULT"]
    assert ev.actor[0].code is None and ev.actor[0].name == "suicide bomber"
    with communique.open_store(str(tmp_path / "s.db")) as store:
        store.add([rec])
        rows = store.events(type="ASSAULT")
        assert rows and rows[0]["actor"][0]["code"] is None
        out = tmp_path / "events.csv"
        write_events(rows, "csv", out)
        [row] = list(csv.DictReader(out.open()))
        assert row["actor_code"] == "" and row["actor_name"] == "suicide bomber"
        gdelt = tmp_path / "events.tsv"
        write_events(rows, "gdelt", gdelt)
        cols = gdelt.read_text().splitlines()[0].split("\t")
        assert "None" not in cols and cols[5] == ""  # Actor1Code empty
    assert "None" not in io.StringIO(out.read_text()).getvalue()
