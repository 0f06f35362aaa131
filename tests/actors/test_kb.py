"""The actor knowledge base: look-ups, dates of office, and user files (good and malformed)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from communique.actors import KnowledgeBaseError, load_kb, resolve_phrase

D = dt.date


@pytest.fixture(scope="module")
def kb():
    return load_kb()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("U.S.", "USA"),
        ("US", "USA"),
        ("the United States", "USA"),
        ("America", "USA"),
        ("Britain", "GBR"),
        ("Great Britain", "GBR"),
        ("U.K.", "GBR"),
        ("South Korea", "KOR"),
        ("Republic of Korea", "KOR"),
        ("DPRK", "PRK"),
        ("Ivory Coast", "CIV"),
        ("Côte d’Ivoire", "CIV"),
        ("Czechia", "CZE"),
        ("Burma", "MMR"),
        ("Republic of China", "TWN"),
        ("People's Republic of China", "CHN"),
        ("Russians", "RUS"),
        ("Britons", "GBR"),
        ("Saudis", "SAU"),
        ("Emirati", "ARE"),
        ("Filipinos", "PHL"),
        ("Kiev", "UKR"),
        ("Kyiv", "UKR"),
    ],
)
def test_country_forms(kb, text, code):
    hit = kb.country(text)
    assert hit is not None and hit.code == code


def test_acronyms_need_capitals(kb):
    assert kb.country("us") is None
    assert kb.organisation("who") is None
    assert kb.organisation("WHO").code == "UNO"


@pytest.mark.parametrize(
    ("text", "code", "sector"),
    [
        ("the Kremlin", "RUS", "GOV"),
        ("the White House", "USA", "GOV"),
        ("the Pentagon", "USA", "MIL"),
        ("Downing Street", "GBR", "GOV"),
        ("Whitehall", "GBR", "GOV"),
        ("the Elysee", "FRA", "GOV"),
        ("Zhongnanhai", "CHN", "GOV"),
        ("Foggy Bottom", "USA", "GOV"),
        ("Quai d'Orsay", "FRA", "GOV"),
        ("the Blue House", "KOR", "GOV"),
        ("Moscow", "RUS", "GOV"),
    ],
)
def test_metonyms_imply_a_sector(kb, text, code, sector):
    hit = kb.country(text)
    assert (hit.code, hit.sector) == (code, sector)


def test_organisations_and_sector_words(kb):
    assert kb.organisation("the U.N.").code == "UNO"
    assert kb.organisation("The North Atlantic Treaty Organization").name == "NATO"
    assert kb.organisation("European Commission").code == "EUR"
    assert kb.sector_word("troops").sector == "MIL"
    assert kb.sector_word("policemen").sector == "COP"
    assert kb.sector_word("Foreign Minister").role == "Minister of Foreign Affairs"
    assert kb.sector_word("supremicists").sector == "CRM"  # one typo in a long word
    assert kb.sector_word("goverment").sector == "GOV"
    assert kb.sector_word("terrorism") is None  # a different ending is a different word
    assert kb.sector_word("teapot") is None


def test_person_in_and_out_of_office(kb):
    lavrov = kb.person("Lavrov", D(2022, 1, 23))
    assert (lavrov.country, lavrov.sector, lavrov.role) == ("RUS", "GOV", "Minister of Foreign Affairs")
    johnson = kb.person("Boris Johnson", D(2023, 6, 1))  # after his offices: the country, no role
    assert (johnson.country, johnson.role, johnson.sector) == ("GBR", None, "ELI")
    rubio = kb.person("Marco Rubio", D(2005, 1, 1))  # before any listed office: country only
    assert (rubio.country, rubio.role, rubio.sector) == ("USA", None, None)
    assert kb.person("Secretary of State Rubio", D(2025, 3, 1)).role == "Secretary of State"


def test_person_office_changes_with_the_date(kb):
    assert kb.person("Vladimir Putin", D(2009, 1, 1)).role == "Prime Minister"
    assert kb.person("Vladimir Putin", D(2015, 1, 1)).role == "President"
    assert kb.person("Zelenskyy", D(2023, 1, 1)).person.name == "Volodymyr Zelensky"


def test_shared_surname_resolved_by_date(kb):
    assert kb.person("Li", D(2015, 6, 1)).person.name == "Li Keqiang"
    assert kb.person("Li", D(2024, 6, 1)).person.name == "Li Qiang"
    assert kb.person("Clinton", D(2010, 1, 1)).person.name == "Hillary Clinton"


def test_international_posts_carry_their_code(kb):
    assert kb.person("Ursula von der Leyen", D(2016, 1, 1)).country == "DEU"
    assert kb.person("Ursula von der Leyen", D(2022, 1, 1)).country == "EUR"
    assert kb.person("Jens Stoltenberg", D(2020, 1, 1)).country == "IGO"


# -- user files -------------------------------------------------------------------------------------


def test_user_yaml_adds_and_overrides(tmp_path: Path):
    f = tmp_path / "mine.yaml"
    f.write_text(
        "countries:\n"
        "  - {code: XRU, name: Ruritania, demonyms: [Ruritanian], capitals: [Strelsau]}\n"
        "organisations:\n"
        "  - {name: Ministry of Silly Walks, code: GBR, sector: GOV}\n"
        "  - {name: NATO, code: IGO, sector: GOV, names: [the alliance]}\n",
        encoding="utf-8",
    )
    kb = load_kb(extra_files=[f])
    assert resolve_phrase("Ruritanian troops", kb=kb).code == "XRU"
    assert resolve_phrase("Strelsau", kb=kb).sector == "GOV"
    walks = resolve_phrase("the Ministry of Silly Walks", kb=kb)
    assert (walks.code, walks.sector) == ("GBR", "GOV")
    assert kb.organisation("the alliance").sector == "GOV"  # the shipped NATO entry is replaced
    assert load_kb().organisation("the alliance") is None  # the default base is untouched


def test_user_csv_people_one_office_per_row(tmp_path: Path):
    f = tmp_path / "people.csv"
    f.write_text(
        "name,aliases,country,office,sector,start,end\n"
        "Jane Roe,J. Roe,CAN,Minister of Fisheries,GOV,2020-01-01,2021-06\n"
        "Jane Roe,,CAN,Senator,LEG,2022,\n",
        encoding="utf-8",
    )
    kb = load_kb(extra_files=[f])
    assert kb.person("Roe", D(2021, 6, 30)).role == "Minister of Fisheries"  # a month end is inclusive
    assert kb.person("Jane Roe", D(2021, 8, 1)).sector == "ELI"
    actor = resolve_phrase("Jane Roe", D(2023, 5, 1), kb=kb)
    assert (actor.code, actor.sector, actor.role, actor.name) == ("CAN", "LEG", "Senator", "Jane Roe")


def test_user_csv_sector_words(tmp_path: Path):
    f = tmp_path / "words.csv"
    f.write_text("word,sector,role\nbeekeeper|apiarist,AGR,Beekeeper\n", encoding="utf-8")
    kb = load_kb(extra_files=[f])
    actor = resolve_phrase("Kenyan beekeepers", kb=kb)
    assert (actor.code, actor.sector) == ("KEN", "AGR")


@pytest.mark.parametrize(
    ("name", "body", "where", "what"),
    [
        ("bad.csv", "name,country,office,sector,start,end\nA B,CAN,Minister,GOV,2020-01-01,\n"
         "C D,CAN,Minister,GOV,sometime,\n", "line 3", "not a date"),
        ("bad2.csv", "word,sector,role\ncopper,XXX,\n", "line 2", "sector 'XXX'"),
        ("bad3.csv", "name,country,office,sector,start,end\nA B,ZZZ,Minister,GOV,2020,\n", "line 2", "'ZZZ'"),
        ("bad.yaml", "people:\n  - name: Jane Roe\n    country: CAN\n    offices:\n"
         "      - [Minister, GOV, 2021-01-01, 2020-01-01]\n", "line 2", "ends 2020-01-01 before"),
        ("bad2.yaml", "organisations:\n  - {name: X}\n  - {code: IGO}\n", "line 2", "missing field 'code'"),
        ("bad3.yaml", "places:\n  - {names: [Here], country: CAN\n", "line 3", "not valid YAML"),
        ("bad4.yaml", "people: 3\n", "bad4.yaml", "must be a list"),
    ],
)  # fmt: skip
def test_malformed_user_file_names_file_and_line(tmp_path: Path, name, body, where, what):
    f = tmp_path / name
    f.write_text(body, encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as err:
        load_kb(extra_files=[f])
    msg = str(err.value)
    assert name in msg and where in msg and what in msg, msg


def test_unknown_file_kind_and_header(tmp_path: Path):
    f = tmp_path / "x.txt"
    f.write_text("hello", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match="unknown file type"):
        load_kb(extra_files=[f])
    g = tmp_path / "x.csv"
    g.write_text("foo,bar\n1,2\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match="line 1: header"):
        load_kb(extra_files=[g])


def test_an_organisation_exists_only_from_its_founding(kb):
    # the acronym of a body founded in 2002 means something else in a 1987 story
    assert kb.organisation("ICC", D(2019, 5, 2)).code == "IGO"
    assert kb.organisation("ICC", D(1987, 3, 1)) is None
    assert resolve_phrase("The ICC ruled on the railroad merger", D(1987, 3, 1)) is None
    assert kb.organisation("WTO", D(1990, 1, 1)) is None
    assert kb.organisation("World Trade Organization", D(2001, 1, 1)).name == "WTO"


def test_an_ambiguous_acronym_needs_support_in_the_article(kb):
    pension = "Savers may put up to 2,000 dlrs a year into an IRA, the bank said."
    ulster = "The IRA said it planted the bomb in Belfast."
    assert kb.organisation("IRA", D(1990, 1, 1), context=pension) is None
    assert kb.organisation("IRA", D(1990, 1, 1), context=ulster).code == "GBR"
    assert kb.organisation("IRA") is not None  # a phrase alone, with no article: the entry still answers


def test_a_bare_generic_word_is_no_organisation(kb):
    assert kb.organisation("the Commission") is None
    assert kb.organisation("European Commission").code == "EUR"
    a = resolve_phrase("Federal Maritime Commission", D(1987, 3, 1))
    assert a is None or a.code is None


def test_an_organisation_inside_a_longer_name_is_another_body():
    assert resolve_phrase("Commonwealth Fertilizer Co", D(1987, 3, 1)) is None or \
        resolve_phrase("Commonwealth Fertilizer Co", D(1987, 3, 1)).code is None
    assert resolve_phrase("the Arab League secretary-general").code == "IGO"
    assert resolve_phrase("NATO Secretary General Mark Rutte", D(2025, 1, 2)).code == "IGO"


def test_a_surname_alone_needs_a_public_life_by_the_date(kb):
    assert kb.person("Harper", D(2010, 1, 1)).person.country == "CAN"
    assert kb.person("Harper", D(1987, 3, 1)) is None  # "Harper" in 1987 is a company, not the prime minister
    assert kb.person("Stephen Harper", D(1987, 3, 1)) is not None  # the full name still names him


def test_organisation_dates_and_ambiguity_are_validated(tmp_path):
    bad = tmp_path / "orgs.yaml"
    bad.write_text("organisations:\n  - {name: XYZ Forum, code: IGO, since: 2001, until: 1999}\n")
    with pytest.raises(KnowledgeBaseError, match="before since"):
        load_kb([bad])
    bad.write_text("organisations:\n  - {name: XYZ Forum, code: IGO, names: [XYZ], ambiguous: [XYZ]}\n")
    with pytest.raises(KnowledgeBaseError, match="context"):
        load_kb([bad])
    bad.write_text("organisations:\n  - {name: XYZ Forum, code: IGO, ambiguous: [QQQ], context: [forum]}\n")
    with pytest.raises(KnowledgeBaseError, match="not among"):
        load_kb([bad])


@pytest.mark.parametrize(("name", "on", "country", "role"), [
    ("Ronald Reagan", D(1986, 5, 1), "USA", "President"),
    ("Eduard Shevardnadze", D(1988, 1, 1), "RUS", "Minister of Foreign Affairs"),  # Soviet offices carry RUS
    ("Douglas Hurd", D(1991, 3, 1), "GBR", "Foreign Secretary"),
    ("Francois Mitterrand", D(1990, 1, 1), "FRA", "President"),
    ("Li Peng", D(1995, 1, 1), "CHN", "Premier"),
    ("Carlos Menem", D(1995, 1, 1), "ARG", "President"),
    ("Kim Hwang-sik", D(2012, 1, 1), "KOR", "Prime Minister"),
    ("Rafael Bielsa", D(2004, 1, 1), "ARG", "Minister of Foreign Affairs"),
    ("Christopher Miller", D(2020, 12, 1), "USA", "Acting Secretary of Defense"),
    ("Alain Juppé", D(1994, 1, 1), "FRA", "Minister of Foreign Affairs"),
    ("Alain Juppé", D(2011, 6, 1), "FRA", "Minister of Foreign Affairs"),
])
def test_office_holders_of_the_permanent_members_and_the_g20_by_date(kb, name, on, country, role):
    pm = kb.person(name, on)
    assert pm is not None and pm.country == country and pm.role == role, pm


def test_common_word_surnames_do_not_name_people(kb):
    assert kb.person("Major", D(1992, 1, 1)) is None and kb.person("King", D(1991, 1, 1)) is None
    assert kb.person("John Major", D(1992, 1, 1)).role == "Prime Minister"


def test_soviet_and_yugoslav_names(kb):
    assert kb.country("Soviet Union").code == "RUS" and kb.country("Soviets").code == "RUS"
    assert kb.country("Yugoslavia").code == "SRB"


def test_more_heads_of_government_ministers_and_armed_groups(kb):
    assert kb.person("Hassan Ali Khaire", D(2018, 1, 1)).role == "Prime Minister"
    assert kb.person("Juan Carlos Pinzon", D(2013, 1, 1)).person.country == "COL"
    assert kb.person("George Osborne", D(2012, 1, 1)).role == "Chancellor of the Exchequer"
    assert kb.organisation("ASWJ").code == "SOM" and kb.organisation("CODECO").code == "COD"


def test_one_slip_in_a_long_surname_with_the_first_name_right(kb):
    assert kb.person("Francois Mitterand", D(1990, 1, 1)).person.country == "FRA"
    assert kb.person("Emmanuel Macronn", D(2020, 1, 1)) is None  # short surnames: no guessing
    assert kb.person("Pierre Mitterand", D(1990, 1, 1)) is None  # another first name: someone else


def test_transliterated_given_names_match_one_person(kb):
    # the KB spells these "Mohamed Hussein Roble" and "Muammar Gaddafi"; news writes them otherwise
    a = resolve_phrase("Prime Minister Mohammed Hussein Roble", D(2021, 5, 2), kb)
    assert a is not None and (a.code, a.sector, a.name) == ("SOM", "GOV", "Mohamed Hussein Roble")
    b = resolve_phrase("Moammar Qadhafi", D(2005, 1, 1), kb)
    assert b is not None and b.code == "LBY" and b.name == "Muammar Gaddafi"
    assert resolve_phrase("Mohammed Hussein Smith", D(2021, 5, 2), kb) is None


def test_user_name_variants_join_spellings_and_refuse_a_word_in_two_groups(tmp_path: Path):
    good = tmp_path / "variants.yaml"
    good.write_text("name_variants:\n  - {forms: [Zeynep, Zainab]}\n"
                    "people:\n  - {name: Zeynep Testova, country: TUR, offices: [[Mayor of Nowhere, GOV, 2001]]}\n")
    mine = load_kb(extra_files=[good])
    assert mine.person("Zainab Testova", D(2010, 1, 1)).person.name == "Zeynep Testova"
    bad = tmp_path / "bad.yaml"
    bad.write_text("name_variants:\n  - {forms: [Zeynep, Zainab]}\n  - {forms: [Zaynab, Zeynep]}\n")
    with pytest.raises(KnowledgeBaseError, match="one group only"):
        load_kb(extra_files=[bad])


@pytest.mark.parametrize(
    ("text", "on", "want"),
    [
        ("Foreign Minister Farouk al-Sharaa", D(1995, 6, 1), ("SYR", "GOV")),
        ("Jaafar Numeiri", D(1983, 3, 1), ("SDN", "GOV")),
        ("Shimon Peres", D(1985, 1, 1), ("ISR", "GOV")),
        ("Shimon Peres", D(2000, 1, 1), ("ISR", "ELI")),
        ("Jonas Savimbi", D(1993, 1, 1), ("AGO", "REB")),
        ("Archbishop Desmond Tutu", D(1990, 1, 1), ("ZAF", "REL")),
        ("Ferdinand Marcos", D(1984, 1, 1), ("PHL", "GOV")),
        ("Ferdinand Marcos", D(2023, 1, 1), ("PHL", "GOV")),
    ],
)
def test_office_holders_of_the_1980s_and_1990s(kb, text, on, want):
    a = resolve_phrase(text, on, kb)
    assert a is not None and (a.code, a.sector) == want


def test_father_and_son_of_one_name_told_apart_by_date(kb):
    assert kb.person("Ferdinand Marcos", D(1984, 1, 1)).person.name == "Ferdinand Marcos"
    assert kb.person("Ferdinand Marcos", D(2023, 1, 1)).person.name == "Ferdinand Marcos Jr."


@pytest.mark.parametrize(
    ("text", "on", "want"),
    [
        ("Chief Minister Usman Buzdar", D(2020, 2, 1), ("PAK", "GOV")),
        ("Senator Lindsey Graham", D(2019, 5, 1), ("USA", "LEG")),
        ("Gov. Ron DeSantis", D(2022, 9, 1), ("USA", "GOV")),
        ("Yogi Adityanath", D(2020, 1, 1), ("IND", "GOV")),
        ("Timur Ivanov", D(2020, 1, 1), ("RUS", "GOV")),
        ("Tedros Adhanom Ghebreyesus", D(2020, 3, 1), ("UNO", "MED")),
        ("Kristalina Georgieva", D(2021, 3, 1), ("UNO", "GOV")),
        ("Mark Zuckerberg", D(2018, 4, 1), ("USA", "BUS")),
        ("Robert Kyagulanyi", D(2019, 1, 1), ("UGA", "LEG")),
    ],
)
def test_office_holders_below_heads_of_government(kb, text, on, want):
    a = resolve_phrase(text, on, kb)
    assert a is not None and (a.code, a.sector) == want


def test_a_shared_surname_out_of_office_names_who_left_last(kb):
    # Laurent-Desire Kabila left office in 2001, Joseph Kabila in 2019: in 2021 "Kabila" is Joseph
    assert kb.person("Kabila", D(2021, 6, 1)).person.name == "Joseph Kabila"
    assert kb.person("Kabila", D(1998, 6, 1)).person.name == "Laurent-Désiré Kabila"


@pytest.mark.parametrize(("text", "code"), [("Upper Volta", "BFA"), ("Dahomey", "BEN"), ("Rhodesia", "ZWE"),
                                            ("Katmandu", "NPL"), ("Alma-Ata", "KAZ"), ("Tiflis", "GEO")])
def test_names_and_spellings_of_the_1980s(kb, text, code):
    assert kb.country(text).code == code


def test_a_place_name_of_two_countries_follows_the_country_the_article_names(kb):
    assert kb.country("Tripoli").code == "LBY"
    assert kb.country("Tripoli", "Shells fell on the port city, Lebanese police said.").code == "LBN"
    assert kb.country("Tripoli", "Libyan and Lebanese envoys met.").code == "LBY"  # both named: the usual sense
    assert kb.country("Hyderabad", "Floods hit Sindh, Pakistani officials said.").code == "PAK"
    a = resolve_phrase("gunmen in Tripoli", None, kb, context="Gunmen in Tripoli fired on a Lebanese army post.")
    assert a is not None and a.code == "LBN"


def test_the_typo_search_finds_an_edit_anywhere_inside_a_long_word(kb):
    """The search looks only at words sharing the first or last four letters: an edit at the start, in the middle
    and a swap near the end of the first half must all still be found."""
    assert kb.sector_word("xommissioner") is not None  # first letter substituted
    assert kb.sector_word("comissioner") is not None  # a letter dropped in the middle
    assert kb.sector_word("demonstartors") is not None  # neighbours swapped
    assert kb.sector_word("xommissionxr") is None  # two edits


def test_a_dictionary_member_of_a_non_state_group_is_supported_by_the_group_named(kb):
    """A dictionary person named in full needs the article to name their country; for one coded as a non-state
    group (IMG, al-Qaeda's code) the group's own name in the article is that support, in either case."""
    text = "Osama bin Laden and al-Qaeda warned Washington of new attacks."
    found = kb.person("Osama bin Laden", on=dt.date(2001, 6, 1), context=text)
    assert found is not None and found.person.country == "IMG"
    assert kb.person("Osama bin Laden", on=dt.date(2001, 6, 1), context="He warned Washington of attacks.") is None


@pytest.mark.parametrize("word,sector", [("backbenchers", "LEG"), ("MSPs", "LEG"), ("Taoiseach", "GOV"),
                                         ("coroner", "JUD")])
def test_westminster_and_irish_office_words(kb, word, sector):
    # parliaments' own words for their members and offices name a sector like "MPs" and "Prime Minister" do
    assert kb.sector_word(word).sector == sector
