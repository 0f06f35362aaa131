"""The parties, institutions and media files: validated with file and line, extendable by a user's own file."""

from __future__ import annotations

import datetime as dt

import pytest

from communique.actors.affiliations import AffiliationError, load_affiliations
from communique.actors.kb import load_kb


@pytest.fixture(scope="module")
def codes():
    kb = load_kb()
    return {*kb.countries, *kb.codes}, set(kb.sectors)


def test_shipped_files_load_and_answer(codes):
    aff = load_affiliations(*codes)
    assert aff.outlet("CTV News").country == "CAN" and aff.outlet("CTV's Question Period").name == "CTV News"
    assert aff.outlet("Xinhua").sector == "GOV" and aff.outlet("BBC").sector == "JRN"
    assert {p.country for p in aff.party("Tory")} == {"GBR", "CAN"}
    assert {i.name for i in aff.member_of("MPs")} >= {"House of Commons"}
    lab = next(p for p in aff.party("Labour Party") if p.country == "GBR")
    assert lab.in_government(dt.date(2004, 1, 1)) and not lab.in_government(dt.date(2015, 1, 1))
    assert lab.in_government(None) is None


def test_every_wire_agency_has_a_country(codes):
    from importlib import resources

    import yaml

    wires = yaml.safe_load((resources.files("communique") / "data" / "wires.yaml").read_text("utf-8"))
    aff = load_affiliations(*codes)
    missing = [a["name"] for a in wires["agencies"] if aff.outlet(a["name"]) is None]
    assert missing == []


def test_a_bad_entry_names_file_and_line(tmp_path, codes):
    bad = tmp_path / "mine.yaml"
    bad.write_text("parties:\n  - {name: Good Party, country: GBR}\n  - {name: Typo Party, country: XYZ}\n")
    with pytest.raises(AffiliationError, match=r"mine.yaml, line 3: parties entry: country 'XYZ'"):
        load_affiliations(*codes, extra_files=[bad])
    bad.write_text("outlets:\n  - {name: Paper, country: GBR, colour: red}\n")
    with pytest.raises(AffiliationError, match=r"line 2: .*unknown field"):
        load_affiliations(*codes, extra_files=[bad])
    bad.write_text("institutions:\n  - {name: Moot, country: GBR, sector: XXX}\n")
    with pytest.raises(AffiliationError, match="sector 'XXX'"):
        load_affiliations(*codes, extra_files=[bad])
    bad.write_text("parties:\n  - {name: P, country: GBR, governing: [[2010, 2001]]}\n")
    with pytest.raises(AffiliationError, match="ends 2001-12-31 before it starts 2010-01-01"):
        load_affiliations(*codes, extra_files=[bad])


def test_a_users_file_adds_entries_and_reaches_the_pipeline(tmp_path):
    from communique.annotate import Annotator
    from communique.model import Article, Record, article_id
    from communique.nlp.model import load

    mine = tmp_path / "outlets.yaml"
    mine.write_text("outlets:\n  - {name: Valley Courier, country: NZL}\n")
    annotator = Annotator(actors=[mine])
    text = "The Valley Courier reported the decision on Monday."
    rec = Record(source="t", article=Article(id=article_id(text), title=None, text=text, date="2022-01-01"),
                 stage="annotate")
    rec.doc = load()(text)
    annotator(rec)
    courier = next(e for e in rec.entities if "Courier" in e.name)
    assert (courier.actor.code, courier.actor.sector) == ("NZL", "JRN")
