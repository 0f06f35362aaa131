"""Linking the right actor and recipient (issue 12): where the coder finds an event's type, the parties it links
must be the ones the act is done by and done to, as the PLOVER manual reads them.

- A bare count after a verb of harm or capture names the people harmed ("stormed a wedding, killing nine",
  "police detained 25", "dozens died"); after other verbs it may count things ("shot down two").
- A present participle on the act's noun says what the act does, and its object is whom the act is aimed at
  ("filed a lawsuit accusing Bayer", "joined calls urging Canada to ..."); the writers of a letter or a petition
  that urges or demands are its authors.
- The head of an adverbial idiom ("in response to", "with an eye to", "on behalf of") is no party.
- A joint exercise told in the passive ("drills were staged by A and B") is done between its parties: the first
  named the actor, the others its recipients, as CAMEO codes dyads; two-sided fighting keeps both as actors.
- A protest whose object is a thing ("blocked highways") is aimed at the party its clause of purpose names.
- A party is shown by its mention in the act's own clause, not by one in another clause nearer the trigger.
- A name as the possessor of the act's object says whose it is, before a party in a clause about the thing.

Every sentence is our own."""

from __future__ import annotations

import pytest

from .rules import events, rules_alone  # noqa: F401 (the rules alone, for every test here)


def _of(text: str, etype: str):
    got = [e for e in events(text) if e.type == etype]
    assert got, (text, [(e.type, [p.name for p in e.actor], [p.name for p in e.recipient]) for e in events(text)])
    return got


def _names(parties) -> list[str]:
    return [p.name for p in parties]


# -- a bare count of the people harmed -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, etype, actor, count", [
    ("Gunmen stormed a wedding in Kabul, killing nine.", "ASSAULT", "Gunmen", "nine"),
    ("A suicide bomber killed 14 in a market.", "ASSAULT", "suicide bomber", "14"),
    ("The soldiers shot dead three on Friday.", "ASSAULT", "soldiers", "three"),
    ("Troops wounded twelve near the checkpoint.", "ASSAULT", "Troops", "twelve"),
    ("The militia kidnapped five on the highway.", "ASSAULT", "militia", "five"),
    ("Police arrested at least 40 after the riot.", "COERCE", "Police", "40"),
    ("Security forces detained 25 during the protest.", "COERCE", "Security forces", "25"),
    ("Dozens died in the attack by the rebels.", "ASSAULT", "rebels", "Dozens"),
    ("Bandits abducted 30 from a village school.", "ASSAULT", "Bandits", "30"),
    ("The regime executed four on Tuesday.", "ASSAULT", "regime", "four"),
    ("Police detained dozens after the march.", "COERCE", "Police", "dozens"),
])
def test_a_bare_count_after_a_verb_of_harm_names_the_people_harmed(text, etype, actor, count):
    got = _of(text, etype)
    assert any(_names(e.actor) == [actor] and _names(e.recipient) == [count] for e in got), \
        [(_names(e.actor), _names(e.recipient)) for e in got]
    victims = [p for e in got for p in e.recipient if p.name == count]
    assert all(p.code is None and p.sector == "CVL" for p in victims)  # a crowd of no country, as "thousands protested"


@pytest.mark.parametrize("text, etype, count", [
    ("Rebels shot down two over the border.", "ASSAULT", "two"),  # a particle: aircraft, no people
    ("Police seized three near the coast.", "COERCE", "three"),  # seizing counts things as well as people
])
def test_a_count_after_other_verbs_is_no_party(text, etype, count):
    got = [e for e in events(text) if e.type == etype]
    assert all(count not in _names(e.recipient) for e in got), [_names(e.recipient) for e in got]


@pytest.mark.parametrize("text, victims", [
    ("The gunmen killed one of the guards.", "guards"),  # the of-phrase names whom the count counts
    ("Militants killed 12 people in the village.", "people"),
])
def test_a_count_with_its_noun_keeps_the_noun(text, victims):
    got = _of(text, "ASSAULT")
    assert any(_names(e.recipient) == [victims] for e in got), [_names(e.recipient) for e in got]


def test_a_count_of_people_hired_is_no_event():
    assert not [e for e in events("The company hired 300 last year.") if e.recipient]


# -- the object of a participle on the act's noun --------------------------------------------------------------------

@pytest.mark.parametrize("text, etype, actor, recipient", [
    ("Farmers' unions filed a lawsuit accusing Bayer of hiding the risks.", "ACCUSE", "Farmers' unions", "Bayer"),
    ("Veterans filed a complaint accusing the Defence Ministry of negligence.", "ACCUSE", "Veterans",
     "Defence Ministry"),
    ("The opposition filed a complaint accusing the electoral commission of fraud.", "ACCUSE", "opposition",
     "electoral commission"),
    ("Greenpeace filed a lawsuit accusing the Dutch government of inaction.", "ACCUSE", "Greenpeace",
     "Dutch government"),
    ("Students filed a complaint accusing the university of discrimination.", "ACCUSE", "Students", "university"),
    ("The mayor joined calls urging Canada to drop the charges.", "REQUEST", "mayor", "Canada"),
    ("The prime minister joined calls by European leaders asking China to release the activists.", "REQUEST",
     "prime minister", "China"),
])
def test_the_object_of_a_participle_on_the_acts_noun_is_the_recipient(text, etype, actor, recipient):
    got = _of(text, etype)
    assert any(_names(e.actor) == [actor] and _names(e.recipient) == [recipient] for e in got), \
        [(_names(e.actor), _names(e.recipient)) for e in got]


def test_the_agent_of_the_calls_joined_is_no_recipient():
    got = _of("The prime minister joined calls by European leaders asking China to release the activists.", "REQUEST")
    assert all("European" not in " ".join(_names(e.recipient)) for e in got)


@pytest.mark.parametrize("text, etype, recipient", [
    # the slot the pattern names still comes first
    ("Human rights groups filed a lawsuit against the Hungarian government.", "ACCUSE", "Hungarian government"),
])
def test_a_named_slot_still_wins(text, etype, recipient):
    got = _of(text, etype)
    assert any(_names(e.recipient) == [recipient] for e in got), [_names(e.recipient) for e in got]


def test_damages_sought_are_no_party():
    got = _of("The union filed a lawsuit seeking damages from the company.", "ACCUSE")
    assert all("damages" not in _names(e.recipient) for e in got)


@pytest.mark.parametrize("text, etype, actor, recipient, code", [
    ("Exiled journalists signed a petition demanding the Iranian government free the reporters.", "REQUEST",
     "Exiled journalists", "Iranian government", "IRN"),
    ("Local residents published a letter urging the mayor to resign.", "REQUEST", "Local residents", "mayor", None),
    ("Teachers signed a petition urging the ministry to reopen schools.", "REQUEST", "Teachers", "ministry", None),
    ("Opposition parties issued a joint statement calling on the army to return to barracks.", "REQUEST",
     "Opposition parties", "army", None),
])
def test_the_writers_of_a_text_that_urges_are_its_actors(text, etype, actor, recipient, code):
    got = _of(text, etype)
    assert any(_names(e.actor) == [actor] and _names(e.recipient) == [recipient]
               and e.recipient[0].code == code for e in got), [(_names(e.actor), _names(e.recipient)) for e in got]


def test_a_report_accusing_stays_its_authors():
    got = _of("Amnesty put out a report accusing the army of torture.", "ACCUSE")
    assert any(_names(e.actor) == ["Amnesty"] and _names(e.recipient) == ["army"] for e in got)


# -- the head of an adverbial idiom ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, etype, not_party", [
    ("Teachers staged a sit-in strike in response to the ministry's decision to cut salaries.", "PROTEST",
     "response"),
    ("The Italian senate approved the deployment of warships in the Red Sea with an eye to Egypt's naval ambitions.",
     "AGREE", "Egypt"),
])
def test_the_head_of_an_adverbial_idiom_is_no_recipient(text, etype, not_party):
    got = _of(text, etype)
    assert all(not_party not in _names(e.recipient) for e in got), [_names(e.recipient) for e in got]


@pytest.mark.parametrize("text, etype, recipient, code", [
    # the party of the act answered is named in the act's own slot
    ("The government expelled the ambassador in retaliation for Russia's sanctions.", "SANCTION", "ambassador",
     "RUS"),
    ("The cabinet approved new funds for Haiti with an eye to the elections.", "AID", "Haiti", "HTI"),
])
def test_the_acts_own_slot_beside_an_adverbial_stays(text, etype, recipient, code):
    got = _of(text, etype)
    assert any([(p.name, p.code) for p in e.recipient] == [(recipient, code)] for e in got), \
        [[(p.name, p.code) for p in e.recipient] for e in got]


# -- a joint exercise told in the passive -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, actor, recipient", [
    ("The naval drills were staged by Indian marines and French naval forces.", "IND", "FRA"),
    ("Military exercises were conducted by Egyptian troops and Saudi forces near the border.", "EGY", "SAU"),
    ("Joint naval exercises were held by Japanese forces and Australian troops.", "JPN", "AUS"),
    ("Drills were carried out by Ukrainian soldiers and Polish troops last week.", "UKR", "POL"),
    ("Naval exercises were staged by Chilean and Peruvian sailors.", "CHL", "PER"),
    ("The war games were staged by Egyptian troops and Jordanian forces.", "EGY", "JOR"),
    ("The war game was staged by Kenyan soldiers and Tanzanian troops last month.", "KEN", "TZA"),
    # told in the active, as before
    ("Greece and Turkey held military exercises in the Aegean.", "GRC", "TUR"),
])
def test_a_joint_exercise_is_coded_as_a_dyad(text, actor, recipient):
    got = _of(text, "COOPERATE")
    assert any([p.code for p in e.actor] == [actor] and [p.code for p in e.recipient] == [recipient] for e in got), \
        [([p.code for p in e.actor], [p.code for p in e.recipient]) for e in got]


def test_two_sided_fighting_keeps_both_sides_as_actors():
    got = _of("Israel and Hamas exchanged fire across the border.", "ASSAULT")
    assert any({p.code for p in e.actor} == {"ISR", "PSE"} and not e.recipient for e in got)


# -- a protest's target named by its purpose -----------------------------------------------------------------------

@pytest.mark.parametrize("text, actor, recipient, code", [
    ("Farmers blocked highways to press their demands for higher prices from the Modi government.", "Farmers",
     "Modi government", "IND"),
    ("Students held a rally to demand the resignation of the Chilean president.", "Students", "Chilean president",
     "CHL"),
    ("Workers went on strike to demand that Renault raise wages.", "Workers", "Renault", None),
])
def test_a_protest_is_aimed_at_the_party_its_purpose_names(text, actor, recipient, code):
    got = _of(text, "PROTEST")
    assert any(_names(e.actor) == [actor] and [(p.name, p.code) for p in e.recipient] == [(recipient, code)]
               for e in got), [(_names(e.actor), _names(e.recipient)) for e in got]


@pytest.mark.parametrize("text, thing", [
    ("Miners blocked the railway to demand higher wages.", "railway"),  # a demand of no one: the thing stays
    ("Protesters blocked roads in Lagos on Monday.", "Lagos"),  # no purpose: as before
])
def test_a_protest_whose_purpose_names_no_party_keeps_its_recipient(text, thing):
    got = _of(text, "PROTEST")
    assert any(thing in _names(e.recipient) for e in got), [_names(e.recipient) for e in got]


# -- the mention of a party in the act's own clause --------------------------------------------------------------------

@pytest.mark.parametrize("text, etype, role, name, words_after", [
    # the offensive's Iraq is the one it goes into, not the government's two clauses before
    ("The Kurdish militia announced it had entered into an agreement with the government of Iraq after Turkey "
     "began a military offensive into northern Iraq on Monday.", "ASSAULT", "recipient", "Iraq", " on Monday."),
    # near misses: the act's own clause names it first, or a name outranks a pronoun in the act's clause
    ("Turkey began a military offensive into northern Iraq after the government of Iraq signed a deal with the "
     "Kurdish militia.", "ASSAULT", "recipient", "Iraq", " after the government"),
    ("Israel said it had hit Hamas positions after Hamas fired rockets at Israel.", "ASSAULT", "actor", "Israel",
     " said it had hit"),
])
def test_a_party_is_shown_by_its_mention_in_the_acts_own_clause(text, etype, role, name, words_after):
    got = _of(text, etype)
    parties = [p for e in got for p in getattr(e, role) if p.name == name]
    assert parties, [(_names(e.actor), _names(e.recipient)) for e in got]
    assert all(text[p.span.end:].startswith(words_after) for p in parties), [text[p.span.end:][:20] for p in parties]


# -- whose the act's object is ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, etype, recipient", [
    # a name as the possessor, though of no known country, before a party in the clause about the thing
    ("The economist welcomed the NDA's attempt to square Britain's climate targets with its budget.", "SUPPORT",
     "NDA"),
    ("Campaigners praised Ofcom's move to curb Russia's state broadcaster.", "SUPPORT", "Ofcom"),
    ("The mayor criticised Transco's plan to cut gas supplies to Belgium.", "ACCUSE", "Transco"),
    ("The minister welcomed Japan's decision to lift its ban on Chinese imports.", "SUPPORT", "Japan"),
])
def test_the_possessor_of_the_object_is_the_recipient(text, etype, recipient):
    got = _of(text, etype)
    assert any(_names(e.recipient) == [recipient] for e in got), [_names(e.recipient) for e in got]
