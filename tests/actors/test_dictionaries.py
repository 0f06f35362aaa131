"""The PETRARCH2 actor dictionaries: reading their formats, converting them, merging with the project's own
files, the shipped index, and people only the dictionaries know, resolved by the article's date."""

from __future__ import annotations

import datetime as dt
import gzip
import json
from pathlib import Path

import pytest

import communique
from communique.actors import load_kb, resolve_phrase
from communique.actors.imported import INDEX, build_index, csv_hash
from communique.actors.kb import _load, dictionaries_dir, shipped_files
from communique.dictionaries.actors import ACTOR_FILES, AGENT_FILE, convert, source_hash, write
from communique.dictionaries.petrarch import DictionaryError, parse_date, read_actors, read_agents

D = dt.date
SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "dictionaries" / "petrarch2"

COUNTRIES = """\
# a country record, then people
ARNOR_  [AFG]
+FORNOST_

TARANNON_FALASTUR_  # CountryInfo.txt
+KING_TARANNON_
+FALASTUR_
\t[AFGELI 750101-041206]
\t[AFGGOV 20041207-20091119]
\t[AFGELI]
ONDOHER_THE_BOLD_
\t[AFGMIL >100301]
\t[AFGGOV <891231]
SERGEY_LAVROV_
\t[UKRGOV >040309]
ARNOR_NATIONAL_ARMY
+ARNOR_ARMY_SOLDIERS
\t[AFGMIL]
"""
INTERNATIONAL = """\
THE_WHITE_COUNCIL_OF_NATIONS_ [IGOUNO]
+WHITE_COUNCIL_OF_ELVEN_NATIONS_(WCEN)_
GREY_HAVENS_TRADE_BLOC_ [IGOEUREEC]
ELROND_HALFELVEN_
\t[IGOUNO 19900101-19991231]
\t[ELI]
RIVENDELL_RELIEF_SOCIETY_	[NGOUSAHLH] # an NGO of one country
"""
MILNONSTATE = """\
ORC_LIBERATION_FRONT_(MORDOR)_ [INTREB]
"""
AGENTS = """\
!PERSON! = MAN, MEN, WOMAN, WOMEN
SHEPHERD [~AGR]
HOBBIT!PERSON! [~CVL]
WIZARD_COUNCIL {} [~GOV]
WIZARD_GUILD {} [~EDU]
"""


@pytest.fixture(scope="module")
def excerpt(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("petrarch2")
    for name, text in zip((*ACTOR_FILES, AGENT_FILE), (COUNTRIES, INTERNATIONAL, MILNONSTATE, AGENTS), strict=True):
        (d / name).write_text(text, encoding="utf-8")
    return d


@pytest.fixture(scope="module")
def converted(excerpt):
    return convert(excerpt, as_of=D(2015, 2, 17))


def test_reader_keeps_synonyms_dates_and_lines(excerpt):
    recs = read_actors(excerpt / ACTOR_FILES[0])
    ruler = next(r for r in recs if r.names[0] == "TARANNON FALASTUR")
    assert ruler.names == ["TARANNON FALASTUR", "KING TARANNON", "FALASTUR"]
    assert [(c.code, c.start, c.end) for c in ruler.codes] == [
        ("AFGELI", D(1975, 1, 1), D(2004, 12, 6)), ("AFGGOV", D(2004, 12, 7), D(2009, 11, 19)), ("AFGELI", None, None)]
    bold = next(r for r in recs if r.names[0] == "ONDOHER THE BOLD")
    assert [(c.code, c.start, c.end) for c in bold.codes] == [("AFGMIL", D(2010, 3, 1), None),
                                                              ("AFGGOV", None, D(1989, 12, 31))]
    assert ruler.line == 5
    assert parse_date("300101") == D(2030, 1, 1) and parse_date("310101") == D(1931, 1, 1)


def test_agents_expand_substitutions_and_plurals(excerpt):
    agents = {a.phrase: a for a in read_agents(excerpt / AGENT_FILE)}
    assert agents["SHEPHERD"].code == "AGR" and agents["SHEPHERD"].plurals == ("SHEPHERDS",)
    assert {"HOBBITMAN", "HOBBITWOMEN"} <= set(agents) and agents["HOBBITMEN"].plurals == ()
    assert agents["WIZARD COUNCIL"].plurals == ()


def test_a_malformed_line_names_its_file_and_line(tmp_path):
    f = tmp_path / "bad.actors.txt"
    f.write_text("GOOD_NAME_\n\t[AFGGOV 041207-091119]\nBAD_NAME_\n\t[KORGOV 2004017-20061201]\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match=r"bad\.actors\.txt, line 4: .*2004017"):
        read_actors(f)
    problems: list[str] = []
    assert [r.names[0] for r in read_actors(f, problems)] == ["GOOD NAME", "BAD NAME"] and len(problems) == 1
    f.write_text("\t[AFGGOV]\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="line 1: a code line before any actor phrase"):
        read_actors(f)
    g = tmp_path / "bad.agents.txt"
    g.write_text("SHEPHERD [~AGR]\nWIZARD\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="line 2"):
        read_agents(g)


def test_converter_maps_codes_dates_and_synonyms(converted):
    people = {}
    for r in converted.people:
        people.setdefault(r["name"], []).append(r)
    ruler = people["Tarannon Falastur"]
    assert {r["country"] for r in ruler} == {"AFG"} and ruler[0]["aliases"] == "Falastur"  # "King ..." is a title
    assert [(r["sector"], r["start"], r["end"]) for r in ruler] == [
        ("ELI", "1975-01-01", "2004-12-06"), ("GOV", "2004-12-07", "2009-11-19")]  # the default ELI is implied
    bold = people["Ondoher the Bold"]
    # "<date": from any time to it; ">date" of an office of state: to the dictionaries' as-of date
    assert [(r["sector"], r["start"], r["end"]) for r in bold] == [
        ("GOV", "1900-01-01", "1989-12-31"), ("MIL", "2010-03-01", "2015-02-17")]
    elrond = people["Elrond Halfelven"]
    assert [(r["country"], r["sector"], r["start"], r["end"]) for r in elrond] == [
        ("UNO", "GOV", "1990-01-01", "1999-12-31")]  # a UN official: the UN's code, a government-like office
    orgs = {o["name"]: o for o in converted.organisations}
    assert orgs["The White Council of Nations"]["code"] == "UNO"
    assert "WCEN" in orgs["The White Council of Nations"]["names"].split("|")  # an acronym of its initials
    assert orgs["Orc Liberation Front"]["names"] == ""  # "(MORDOR)" is a gloss, no name of it
    assert orgs["Grey Havens Trade Bloc"]["code"] == "EUR"
    assert (orgs["Rivendell Relief Society"]["code"], orgs["Rivendell Relief Society"]["sector"]) == ("NGO", "MED")
    assert (orgs["Orc Liberation Front"]["code"], orgs["Orc Liberation Front"]["sector"]) == ("IMG", "REB")
    army = orgs["Arnor National Army"]
    assert (army["code"], army["sector"], army["names"]) == ("AFG", "MIL", "Arnor Army Soldiers")
    words = {w["word"].split("|")[0]: w["sector"] for w in converted.words}
    assert words["shepherd"] == "AGR" and words["hobbitman"] == "CVL" and words["wizard guild"] == "EDU"
    assert "wizard council" not in words  # the project's "council" reads it already
    assert "Arnor" not in orgs and "Arnor" not in people  # country names are the project's own


def test_the_projects_people_win_and_conflicts_are_listed(converted, excerpt, tmp_path):
    assert "Sergey Lavrov" not in {r["name"] for r in converted.people}
    lavrov = [c for c in converted.conflicts if c["name"] == "Sergey Lavrov"]
    assert lavrov and "country RUS (project) vs UKR (PETRARCH2)" in lavrov[0]["disagreement"]
    write(converted, tmp_path, source_hash(excerpt))
    assert "Sergey Lavrov" in (tmp_path / "conflicts.csv").read_text(encoding="utf-8")
    assert (tmp_path / INDEX).exists() and "source_sha256: " in (tmp_path / "report.txt").read_text()


def test_converted_files_are_valid_knowledge_base_files(converted, tmp_path):
    write(converted, tmp_path, "x")
    kb = _load([*shipped_files(), tmp_path / "organisations.csv", tmp_path / "sector_words.csv",
                tmp_path / "people.csv"], dictionaries=False)
    pm = kb.person("Tarannon Falastur", D(2006, 1, 1))
    assert (pm.country, pm.sector) == ("AFG", "GOV")
    assert kb.person("Sergey Lavrov", D(2022, 1, 1)).country == "RUS"


def test_the_shipped_index_matches_the_shipped_files():
    folder = dictionaries_dir()
    shipped = json.loads(gzip.decompress((folder / INDEX).read_bytes()))
    assert shipped["sha256"] == csv_hash(folder), "rerun python -m communique.dictionaries.actors"
    assert shipped == build_index(folder)
    assert (folder / "LICENSE").read_text().startswith("The MIT License")


@pytest.mark.skipif(not SHARED.is_dir(), reason="the PETRARCH2 dictionaries are not in ../shared")
def test_the_shipped_conversion_is_of_the_current_dictionaries_and_mapping():
    report = (dictionaries_dir() / "report.txt").read_text(encoding="utf-8")
    assert f"source_sha256: {source_hash(SHARED)}" in report, "rerun python -m communique.dictionaries.actors"


# -- the shipped dictionaries in use: a South African justice minister of 2004-2008 whom only they know


def test_an_imported_person_by_full_name_follows_the_date():
    kb = load_kb()
    assert kb.person("Bridgette Mabandla", D(2005, 3, 1), titles=False).person.imported
    a = resolve_phrase("Bridgette Mabandla", D(2005, 3, 1))
    assert (a.code, a.sector) == ("ZAF", "GOV")
    a = resolve_phrase("Bridgette Mabandla", D(2012, 3, 1))
    assert (a.code, a.sector) == ("ZAF", "ELI")  # out of office by then: a former official


def test_an_imported_surname_alone_needs_an_agreeing_title():
    assert resolve_phrase("Mabandla", D(2005, 3, 1)) is None
    a = resolve_phrase("Minister Mabandla", D(2005, 3, 1))
    assert (a.code, a.sector) == ("ZAF", "GOV")
    a = resolve_phrase("General Mabandla", D(2005, 3, 1))
    assert a is None or a.code != "ZAF"  # a military title does not fit her office


def test_a_dictionary_minister_in_a_2005_story_through_the_pipeline():
    # no title: the sector is the dictionary's, by the story's date; the article names her country
    text = ("South Africa will open eleven new courts. Bridgette Mabandla said on Tuesday that they would open "
            "in March. Mabandla told reporters the backlog of cases had fallen by a third.")
    rec = communique.process(clean_text=text, date="2005-03-01", upto="annotate")
    ent = next(e for e in rec.entities if e.name.endswith("Mabandla"))
    assert (ent.actor.code, ent.actor.sector) == ("ZAF", "GOV")
    assert text[ent.mentions[0].start:ent.mentions[0].end] == "Bridgette Mabandla"
    rec = communique.process(clean_text=text, date="2013-03-01", upto="annotate")
    ent = next(e for e in rec.entities if e.name.endswith("Mabandla"))
    assert (ent.actor.code, ent.actor.sector) == ("ZAF", "ELI")


def test_a_dictionary_name_needs_support_in_the_article():
    # a full name alone, in a story that never names the person's country, is too often a namesake
    alone = communique.process(clean_text="Bridgette Mabandla told reporters the backlog had fallen by a third.",
                               date="2005-03-01", upto="annotate")
    assert not any(e.actor and e.actor.code == "ZAF" for e in alone.entities)
    assert resolve_phrase("Mabandla", D(2005, 3, 1), context="South Africa's courts") is None  # surname: a title
