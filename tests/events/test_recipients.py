"""Event recipients (issue 12): PLOVER's recipient is the party an act is directed at, and a place is the event's
location. Where an act happened ("rallied at Freedom Plaza", "gathered outside the National Congress") is no party to
it, unless the act is done to the place (an attack on a town, a curfew in a district) and names no victim as its
object; a party's compound ("outside the Russian embassy") stands for its owner; a noun of an act ("condemned the
attack") is what was done, not who did it; the act's own nouns and the teller of the news are no recipients. Every
sentence is our own."""

from __future__ import annotations

import pytest

from communique.events.coder import Coder
from communique.events.entity_index import EntityIndex
from communique.events.roles import candidates
from communique.events.syntax import _sources
from communique.model import Record

from .parsed import record
from .rules import events


@pytest.fixture(scope="module")
def coder():
    return Coder()


def _record(nlp, annotate, text: str) -> Record:
    return record(nlp, annotate, text, "2021-06-01")


def _settings(nlp, annotate, coder, text: str, trigger: str, etype: str,
              mode: str | None = None) -> tuple[set[str], set[str]]:
    """(the candidate heads the coder reads as the act's setting, the other candidate heads)."""
    rec = _record(nlp, annotate, text)
    doc = rec.doc
    index = EntityIndex(doc, rec.entities, annotate.kb, coder.pats.opposing)
    trig = next(t for t in doc if t.text == trigger)
    cands = candidates(trig, excluded=set())
    out = coder._settings(trig, etype, cands, index, mode)
    return {c.head.text for c in cands if c.head.i in out}, {c.head.text for c in cands if c.head.i not in out}


# -- where it happened is the setting ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, trigger, etype, place", [
    ("Several thousand people rallied at Freedom Plaza in the capital on Sunday.", "rallied", "PROTEST", "Plaza"),
    ("Thousands of teachers gathered outside the National Assembly in Nairobi.", "gathered", "PROTEST", "Assembly"),
    ("Hundreds of farmers marched in the streets of Lahore on Friday.", "marched", "PROTEST", "Lahore"),
    ("Students demonstrated in Tahrir Square against the new fees.", "demonstrated", "PROTEST", "Square"),
    ("Nurses protested near the Royal Hospital in Belfast over their pay.", "protested", "PROTEST", "Hospital"),
    ("Taxi drivers held a rally in Lisbon against the ride-hailing law.", "rally", "PROTEST", "Lisbon"),
    ("Dockworkers staged a sit-in at the port of Antwerp.", "staged", "PROTEST", "port"),
    ("The two foreign ministers met in Geneva on Tuesday.", "met", "CONSULT", "Geneva"),
    ("The Kenyan president praised the peace deal at a summit in Nairobi.", "praised", "SUPPORT", "Nairobi"),
    ("The senator criticised the governor at a press conference in Austin.", "criticised", "ACCUSE", "conference"),
    ("Greece and Cyprus signed a defence pact in Athens.", "signed", "SUPPORT", "Athens"),
    ("The opposition leader apologised to voters at a rally in Durban.", "apologised", "CONCEDE", "Durban"),
    ("The union asked the government for talks at its congress in Manchester.", "asked", "REQUEST", "congress"),
    ("Thousands of supporters rallied at Freedom Plaza in the city of Washington.", "rallied", "PROTEST",
     "Washington"),
])
def test_a_place_named_as_where_the_act_happened_is_its_setting(nlp, annotate, coder, text, trigger, etype, place):
    setting, _ = _settings(nlp, annotate, coder, text, trigger, etype)
    assert place in setting, (text, setting)


@pytest.mark.parametrize("text, trigger, etype, party", [
    ("Students demonstrated in Tahrir Square against the new fees.", "demonstrated", "PROTEST", "fees"),
    ("The two foreign ministers met in Geneva with the Iranian envoy.", "met", "CONSULT", "envoy"),
    ("The senator criticised the governor at a press conference in Austin.", "criticised", "ACCUSE", "governor"),
    ("The union asked the government for talks at its congress in Manchester.", "asked", "REQUEST", "government"),
])
def test_the_party_beside_the_setting_stays_a_candidate(nlp, annotate, coder, text, trigger, etype, party):
    _, others = _settings(nlp, annotate, coder, text, trigger, etype)
    assert party in others, (text, others)


@pytest.mark.parametrize("text, trigger, etype, party", [
    # "in support of", "in the wake of", "in response to": adverbials of cause or manner, no place
    ("Thousands rallied in support of President Ruto in Nairobi.", "rallied", "PROTEST", "Ruto"),
    ("Nurses marched in solidarity with the striking doctors.", "marched", "PROTEST", "doctors"),
    ("The ministry recalled its envoy in the wake of the Chinese ban.", "recalled", "SANCTION", "ban"),
    # a place inside a party's phrase says which party ("people in Malawi", "positions in Idlib")
    ("Britain is providing food aid to families in Malawi.", "providing", "AID", "Malawi"),
    ("The union praised the nurses working at the Royal Hospital.", "praised", "SUPPORT", "Hospital"),
    # a party of the occasion ("at talks with Iran", "at a summit on Sudan") is no place
    ("The ministers agreed at talks with Iran in Vienna to extend the deal.", "agreed", "AGREE", "Iran"),
    ("The envoy condemned the coup at a summit on Sudan in Cairo.", "condemned", "ACCUSE", "Sudan"),
    # a place inside a clause about something else is where that happened, not the act's setting
    ("The watchdog criticised how guards treated prisoners at a detention center in Texas.", "criticised",
     "ACCUSE", "center"),
])
def test_a_place_that_is_no_setting_stays_a_candidate(nlp, annotate, coder, text, trigger, etype, party):
    setting, others = _settings(nlp, annotate, coder, text, trigger, etype)
    assert party in others and party not in setting, (text, setting)


# -- acts done to the place itself -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, trigger, etype, place", [
    ("Rebels attacked the airport in Kandahar on Monday.", "attacked", "ASSAULT", "Kandahar"),
    ("Militants fired rockets at Sderot overnight.", "fired", "ASSAULT", "Sderot"),
    ("A car bomb exploded at a market in Baghdad.", "exploded", "ASSAULT", "market"),
    ("The army imposed a curfew in Jenin after the clashes.", "imposed", "COERCE", "Jenin"),
    ("The Pentagon deployed two thousand marines in Kuwait.", "deployed", "MOBILIZE", "Kuwait"),
    ("Police raided homes in Hamburg at dawn.", "raided", "COERCE", "Hamburg"),
    ("Japan delivered aid in Tonga after the eruption.", "delivered", "AID", "Tonga"),
])
def test_an_act_done_to_a_place_keeps_it(nlp, annotate, coder, text, trigger, etype, place):
    setting, others = _settings(nlp, annotate, coder, text, trigger, etype)
    assert place in others and not setting, (text, setting)


@pytest.mark.parametrize("text, trigger, place, victims", [
    ("A gunman shot shoppers at a supermarket in Boulder.", "shot", "supermarket", "shoppers"),
    ("Soldiers killed three villagers on Monday at the border post.", "killed", "post", "villagers"),
    ("Police beat protesters outside the parliament building.", "beat", "building", "protesters"),
    ("A man stabbed two worshippers at a church in Nice.", "stabbed", "church", "worshippers"),
    # the one a place held when it was struck ("where the commander was hiding") is the victim
    ("The air force carried out a strike at a farmhouse where the rebel commander was hiding.", "carried",
     "farmhouse", "commander"),
])
def test_violence_with_its_victims_named_leaves_the_place_as_the_setting(nlp, annotate, coder, text, trigger, place,
                                                                         victims):
    setting, others = _settings(nlp, annotate, coder, text, trigger, "ASSAULT")
    assert place in setting and victims in others, (text, setting, others)


# -- a party's compound stands for its owner ----------------------------------------------------------------------

@pytest.mark.parametrize("text, trigger, place", [
    ("Hundreds of Iranians protested outside the British embassy in Tehran.", "protested", "embassy"),
    ("Activists demonstrated at the Chinese consulate in Sydney.", "demonstrated", "consulate"),
    ("Miners went on strike at the Grasberg mine in Papua.", "went", "mine"),
    ("Workers protested outside the Ford factory in Valencia.", "protested", "factory"),
])
def test_a_protest_at_a_partys_compound_is_aimed_at_its_owner(nlp, annotate, coder, text, trigger, place):
    setting, others = _settings(nlp, annotate, coder, text, trigger, "PROTEST")
    assert place in others and place not in setting, (text, setting)


# -- the coder's events --------------------------------------------------------------------------------------------

def _recipients(nlp, annotate, text: str, etype: str, coder=None) -> list[list[str]]:
    rec = _record(nlp, annotate, text)
    evs = (coder or Coder())(rec.doc, rec.entities, None, annotate.kb)
    return [[p.name for p in e.recipient] for e in evs if e.type == etype]


@pytest.mark.parametrize("text", [
    "The foreign minister strongly condemned the bombing.",
    "The Pope condemned the attack on Sunday.",
    "The mayor denounced the shooting as cowardly.",
    "The governor condemned the car bomb that exploded on Sunday.",
])
def test_a_noun_of_an_act_is_never_the_recipient(nlp, annotate, text):
    """What was done is no party: the one condemned is its doer, who goes unnamed here."""
    got = _recipients(nlp, annotate, text, "ACCUSE")
    assert got and all(not any(w in " ".join(r).lower() for w in ("bomb", "attack", "shooting")) for r in got), got


def test_the_doer_of_a_condemned_act_stays_the_recipient(nlp, annotate):
    assert ["Taliban"] in _recipients(nlp, annotate, "The minister condemned the Taliban attack.", "ACCUSE")


def test_the_acts_own_nouns_are_never_its_recipient(nlp, annotate):
    """"A series of seven pardons and four commutations": a conjunct of the act's noun is the act too."""
    got = _recipients(nlp, annotate, "On Friday President Biden issued a series of six pardons and three "
                      "commutations.", "CONCEDE")
    assert got and all("commutations" not in " ".join(r) for r in got), got


def test_the_teller_of_the_news_is_no_candidate(nlp):
    doc = nlp("Police are investigating the shooting as terrorism, according to prosecutor Ana Diaz.")
    told = {doc[i].text for i in _sources(doc[:].sents.__next__())}
    assert {"Ana", "Diaz", "prosecutor"} <= told and "shooting" not in told
    doc = nlp("The army shelled the town overnight, according to a statement by the ministry.")
    told = {doc[i].text for i in _sources(next(iter(doc.sents)))}
    assert {"statement", "ministry"} <= told and "town" not in told


@pytest.mark.parametrize("text, victims, country", [
    ("Gunmen killed villagers near Maiduguri on Sunday.", "villagers", "NGA"),
    ("A gunman shot shoppers at a supermarket in Boulder, Colorado.", "shoppers", "USA"),
])
def test_victims_of_no_country_in_located_violence_are_the_places(text, victims, country):
    """Violence whose doer is named only by kind takes the place's country (PLOVER codes "gunmen in Karachi" as
    Pakistan's); its victims of no country are the place's too, named by their own words."""
    got = [e for e in events(text) if e.type == "ASSAULT"]
    assert got, text
    rec = [p for e in got for p in e.recipient]
    assert any(p.name == victims and p.code == country for p in rec), [(p.name, p.code) for p in rec]


@pytest.mark.parametrize("text, etype, recipient", [
    ("Protesters hurled stones at police officers outside the parliament in Tbilisi.", "ASSAULT", "police officers"),
    ("Israeli jets bombed a school in Gaza City on Tuesday.", "ASSAULT", "school"),
    ("President Macron telephoned Joe Biden from his office in Paris.", "CONSULT", "Biden"),
    ("The Kremlin accused Ukraine of shelling a hospital in Donetsk.", "ACCUSE", "Ukraine"),
    ("Thousands of workers protested against the government in Bangkok.", "PROTEST", "government"),
    ("The Turkish foreign minister criticised Greece at a news conference in Ankara.", "ACCUSE", "Greece"),
    ("Egypt sent medical aid to Sudan from its base in Aswan.", "AID", "Sudan"),
])
def test_the_party_the_act_is_aimed_at_stays_beside_a_place(text, etype, recipient):
    """The shipped models: a landmark beside the party ("police officers outside the parliament in Tbilisi") and
    the setting of a meeting, a protest or a criticism give way to the party named."""
    got = [p.name for e in events(text) if e.type == etype for p in e.recipient]
    assert any(recipient in n for n in got), (text, got)


@pytest.mark.parametrize("text, trigger, etype, landmark, party", [
    ("Protesters hurled stones at police officers outside the parliament in Tbilisi.", "hurled", "ASSAULT",
     "parliament", "officers"),
    ("The army shelled villages near the city of Idlib.", "shelled", "ASSAULT", "city", "villages"),
    ("The minister praised the volunteers outside the town hall.", "praised", "SUPPORT", "hall", "volunteers"),
])
def test_a_landmark_beside_a_party_is_never_the_party(nlp, annotate, coder, text, trigger, etype, landmark, party):
    setting, others = _settings(nlp, annotate, coder, text, trigger, etype)
    assert landmark in setting and party in others, (text, setting, others)


@pytest.mark.parametrize("text, expected", [
    ("The mayor requested an exemption for the city.", []),
    ("The farmers' union demanded guarantees.", []),
    ("The union demanded guarantees from the ministry.", ["ministry"]),
])
def test_a_thing_asked_for_is_no_addressee(nlp, annotate, text, expected):
    """A request's recipient is the party asked (addressed_types); what it asks for is its content."""
    got = _recipients(nlp, annotate, text, "REQUEST")
    assert got and all(r == expected for r in got), (text, got)


@pytest.mark.parametrize("text, etype, recipient", [
    ("The Heads of Government condemned the blockade and the repeated threats made by the Saudi government.",
     "ACCUSE", "Saudi"),
    ("The ministry condemned the violence and the intimidation carried out by Syrian forces.", "ACCUSE", "Syrian"),
    ("Amnesty International denounced the detentions and the beatings carried out by Iranian police.", "ACCUSE",
     "Iranian"),
])
def test_the_doer_of_coordinated_things_is_the_one_disapproved_of(text, etype, recipient):
    """A thing condemned and the thing coordinated with it are the same doer's ("the act of aggression and the
    threats made by X"): the doer named on the last is the recipient."""
    got = [p.name for e in events(text) if e.type == etype for p in e.recipient]
    assert any(recipient in n for n in got), (text, got)


def test_the_place_a_visit_is_paid_to_is_its_host(nlp, annotate, coder):
    """A visit's place is its host (place_types CONSULT/visit); a meeting's place is only where it was held."""
    text = "The Indian prime minister arrived in Moscow on Monday for a two-day visit."
    setting, others = _settings(nlp, annotate, coder, text, "arrived", "CONSULT", "visit")
    assert "Moscow" in others and not setting, setting
    setting, _ = _settings(nlp, annotate, coder, "The two prime ministers met in Moscow on Monday.", "met", "CONSULT")
    assert "Moscow" in setting


@pytest.mark.parametrize("text, trigger, idiom", [
    ("UN officials, in turn, complained about the new rules.", "complained", "turn"),
    ("The rebels, for their part, rejected the ceasefire.", "rejected", "part"),
    ("Greece, in response, recalled its ambassador.", "recalled", "response"),
    ("The union, in return, dropped its lawsuit.", "dropped", "return"),
])
def test_the_noun_of_an_adverbial_idiom_is_no_candidate(nlp, trigger, text, idiom):
    """"In turn", "for its part", "in response", "in return" (adjunct_nouns): a manner of telling, no party."""
    doc = nlp(text)
    trig = next(t for t in doc if t.text == trigger)
    assert idiom not in {c.head.text for c in candidates(trig, excluded=set())}


@pytest.mark.parametrize("text, etype, words, country", [
    ("Soldiers opened fire on people in Khartoum.", "ASSAULT", "people", "SDN"),
    ("The militia abducted dozens of villagers in Borno.", "ASSAULT", "villagers", "NGA"),
    ("Britain is providing food aid to families in Malawi.", "AID", "families", "MWI"),
])
def test_people_named_with_their_place_are_the_places_people(text, etype, words, country):
    """People of no country named with a place inside their phrase ("people in Khartoum", "families in
    Malawi") are the recipient, of the place's country: the victims before the place."""
    got = [p for e in events(text) if e.type == etype for p in e.recipient]
    assert any(words in p.name and p.code == country for p in got), [(p.name, p.code) for p in got]


@pytest.mark.parametrize("text, trigger, place", [
    ("On Friday a man stabbed reportedly several people at Fishmongers' Hall in London.", "stabbed", "London"),
    ("At the police headquarters in Paris, an employee went on a stabbing spree, killing four.", "killing", "Paris"),
])
def test_where_the_victims_were_is_the_setting(nlp, annotate, coder, text, trigger, place):
    """Where the victims were ("people at Fishmongers' Hall") and the place of the clause a participle hangs on ("at
    the police headquarters in Paris, ..., killing four") are the setting of the violence."""
    setting, others = _settings(nlp, annotate, coder, text, trigger, "ASSAULT")
    assert place in setting, (text, setting, others)


def test_the_whole_doer_of_a_coordinated_act_is_no_candidate(nlp):
    """"..., but thousands of Swedes eventually joined the protest": the doer of the coordinated verb, with the
    people its quantity counts, does its own act; not whom the first protest is directed at."""
    doc = nlp("The teenager protested alone on the first day, but thousands of Swedes eventually joined the protest.")
    heads = {c.head.text for c in candidates(doc[2], excluded={0, 1})}
    assert "Swedes" not in heads and "thousands" not in heads
    doc = nlp("Germany welcomed the plan, but the foreign minister of France rejected it.")
    heads = {c.head.text for c in candidates(doc[1], excluded={0})}
    assert "France" not in heads and "plan" in heads


def test_a_means_of_violence_is_never_the_recipient(nlp, annotate):
    """"Went on a stabbing spree, killing four": the spree is the act, named by its means; no party."""
    got = _recipients(nlp, annotate, "At the police headquarters in Paris, an employee went on a stabbing spree, "
                      "killing four.", "ASSAULT")
    assert got and all("spree" not in " ".join(r) for r in got), got


@pytest.mark.parametrize("text, prop", [
    ("Thousands of teachers gathered outside the parliament with banners supporting the strike.", "banners"),
    ("Students marched through the capital with flags and placards.", "placards"),
    ("Residents held a vigil with candles in the main square.", "candles"),
])
def test_what_protesters_carry_is_no_party(nlp, annotate, coder, text, prop):
    """The object of "with" that protesters carry (props: slogans, banners, flags, candles) is a means."""
    doc = nlp(text)
    assert prop in {doc[i].text for i in coder._means(next(iter(doc.sents)))}
