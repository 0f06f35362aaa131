"""South Asian English-language news (The Hindu, Times of India, NDTV, Dawn, The Daily Star, PTI and ANI wires).

Rules (src/communique/data/event_patterns.yaml, actors/organisations.yaml, actors/sector_words.csv; the codebook's
reason with each):
- a "bandh" or a "hartal" (a general strike) called, enforced or observed, a shutter-down strike observed, is a strike
  (CAMEO 143: PROTEST strike); a "dharna" (a sit-in) held or sat on, a rally or a march "taken out", is a
  demonstration (CAMEO 141); "gherao" (encircling an official) and a "rasta roko" or "rail roko" are obstruction
  (CAMEO 144);
- a "lathi charge" on a crowd is violent repression (CAMEO 175: ASSAULT crowd-control);
- police or an agency that "booked" people under a law, for an offence or in a case, an FIR or a case registered or
  lodged against someone, a chargesheet or a (NAB) reference filed, charges slapped on: a criminal charge brought
  (ACCUSE allege, as "charge" codes it); booking a ticket, a room or one's place in a final is none;
- a court that "pulls up" or "raps" an authority, one who "takes a dig at" another, criticises it (CAMEO 111);
- "Section 144" (the prohibitory order) imposed or clamped restricts assembly (CAMEO 1721: COERCE restrict), lifted it
  is a restriction eased (CAMEO 081: CONCEDE); a curfew or an order "clamped" with no doer is the government's of the
  place;
- property "attached" by the ED is seized (CAMEO 1711: COERCE seize), from the one named by "of";
- militants "neutralised" are killed (ASSAULT); killed "in an encounter" they are killed in a shoot-out, no accident;
- bail granted frees someone (CAMEO 0841: RETREAT release); a high commissioner summoned is a protest lodged (ACCUSE);
- a line of credit or relief material given to a state is aid (CAMEO 07);
- the CBI, the ED and the NIA are India's police agencies (IND COP), "the Centre" India's government (IND GOV), where
  the text is Indian; an MLA is a legislator; Maoists and infiltrators are rebels, jawans soldiers;
- a capital the knowledge base lists outranks another country's city known by that name only as a former one
  ("Islamabad" is Pakistan's, though Chattogram once bore the name);
- cricket: a batter who "slammed a century" or "350 runs" scores, and a side that beat another "by seven wickets"
  plays (a game's score as the margin): no event.
"""

from __future__ import annotations

import pytest

from .rules import assert_coded, assert_none, events, rules_alone  # noqa: F401

CODED = [
    ('ACCUSE', 'The Supreme Court pulled up the Delhi Police for its tardy investigation.', 'Supreme Court',
     'Delhi Police'),
    ('ACCUSE', 'The Madras High Court pulled up the state government over illegal sand mining.', 'Madras High Court',
     'state government'),
    ('ACCUSE', 'The high court rapped the municipal corporation for failing to clear garbage.', 'high court',
     'municipal corporation'),
    ('ACCUSE', 'Rahul Gandhi took a dig at Prime Minister Narendra Modi over unemployment.', 'Rahul Gandhi',
     'Narendra Modi'),
    ('PROTEST', "Farmers' unions announced a nationwide bandh on Friday.", 'unions', ''),
    ('PROTEST', 'Shops and markets remained shut during the bandh called by the trade unions.', 'trade unions', ''),
    ('PROTEST', 'The BNP enforced a dawn-to-dusk hartal across Bangladesh.', 'BNP', ''),
    ('PROTEST', 'Traders observed a shutter-down strike in Lahore against the new tax.', 'Traders', ''),
    ('PROTEST', 'Transporters went on a strike across Punjab.', 'Transporters', ''),
    ('PROTEST', "Bank employees' unions observed a two-day strike against privatisation.", 'unions', ''),
    ('PROTEST', 'The Kashmir valley observed a complete shutdown called by separatists.', 'separatists', ''),
    ('PROTEST', 'Farmers held a dharna at the district headquarters demanding loan waivers.', 'Farmers', ''),
    ('PROTEST', 'Thousands of farmers took out a tractor rally in Delhi.', 'farmers', ''),
    ('PROTEST', 'Villagers gheraoed the police station demanding the arrest of the accused.', 'Villagers',
     'police station'),
    ('PROTEST', 'Protesters held a rasta roko on the Mumbai-Pune highway.', 'Protesters', ''),
    ('ASSAULT', 'Police lathicharged the agitating teachers in Bhubaneswar.', 'Police', 'teachers'),
    ('ACCUSE', 'The CBI booked the former minister under the Prevention of Corruption Act.', 'CBI', 'minister'),
    ('ACCUSE', 'The police booked five people for rioting.', 'police', 'people'),
    ('ACCUSE', 'The Delhi Police booked the YouTuber under the IT Act.', 'Delhi Police', 'YouTuber'),
    ('ACCUSE', 'The Enforcement Directorate booked the businessman in a money laundering case.',
     'Enforcement Directorate', 'businessman'),
    ('ACCUSE', 'The woman lodged an FIR against her husband for dowry harassment.', 'woman', 'husband'),
    ('ACCUSE', 'The Mumbai Police registered an FIR against the actor.', 'Mumbai Police', 'actor'),
    ('ACCUSE', 'The police registered a case against the MLA for hate speech.', 'police', 'MLA'),
    ('ACCUSE', 'The CBI filed a chargesheet against the former chief minister.', 'CBI', 'chief minister'),
    ('ACCUSE', 'The National Accountability Bureau filed a reference against the former prime minister.',
     'National Accountability Bureau', 'prime minister'),
    ('ACCUSE', 'The police slapped sedition charges on the activist.', 'police', 'activist'),
    ('COERCE', 'The police clamped Section 144 around the Assembly.', 'police', ''),
    ('COERCE', 'Curfew was clamped in parts of Jammu after the clashes.', 'Jammu', ''),
    ('COERCE', 'The ED attached properties of the former minister worth Rs 50 crore.', 'ED', 'minister'),
    ('COERCE', 'The Enforcement Directorate provisionally attached assets of the jeweller.',
     'Enforcement Directorate', 'jeweller'),
    ('COERCE', 'The NIA raided 40 locations across Tamil Nadu.', 'NIA', ''),
    ('ASSAULT', 'Security forces neutralised three terrorists in Shopian.', 'Security forces', 'terrorists'),
    ('RETREAT', 'The high court granted bail to the activist.', 'high court', 'activist'),
    ('RETREAT', 'The Supreme Court granted interim bail to Arvind Kejriwal.', 'Supreme Court', 'Arvind Kejriwal'),
    ('RETREAT', 'A special court granted bail to the journalist in the UAPA case.', 'court', 'journalist'),
    ('RETREAT', 'The Islamabad High Court granted bail to Imran Khan.', 'Islamabad High Court', 'Imran Khan'),
    ('ACCUSE', "India summoned Pakistan's deputy high commissioner over the killing.", 'India',
     'deputy high commissioner'),
    ('ACCUSE', 'Bangladesh summoned the Indian high commissioner over the border killings.', 'Bangladesh',
     'high commissioner'),
    ('AID', 'India extended a $1 billion line of credit to Sri Lanka.', 'India', 'Sri Lanka'),
    ('AID', 'India dispatched relief material to earthquake-hit Nepal.', 'India', 'Nepal'),
    ('CONCEDE', 'The district administration lifted Section 144 in Nuh.', 'administration', ''),
]

NONE = [
    'The Indian team slammed 350 runs against Sri Lanka.',
    'Rohit Sharma slammed a century in Chennai.',
    'India beat Pakistan by seven wickets in the Asia Cup.',
]

# the party as coded: (sentence, type, actor or recipient words, its code, its sector)
PARTIES = [
    ('The Centre slammed the Kerala government over its handling of the floods.', 'ACCUSE', 'Centre', 'IND', 'GOV'),
    ('The ED attached properties of the former minister worth Rs 50 crore.', 'COERCE', 'ED', 'IND', 'COP'),
    ('The CBI booked the former minister under the Prevention of Corruption Act.', 'ACCUSE', 'CBI', 'IND', 'COP'),
    ('The NIA arrested two suspects in Srinagar.', 'COERCE', 'NIA', 'IND', 'COP'),
    ('Protesters rallied in Islamabad.', 'PROTEST', 'Protesters', 'PAK', 'CVL'),
    ('Police detained TLP workers in Lahore.', 'COERCE', 'TLP', 'PAK', 'PTY'),
    ('Two militants were killed in an encounter with security forces in Pulwama.', 'ASSAULT', 'militants', None, 'REB'),
    ('Terrorists were neutralised in Kupwara.', 'ASSAULT', 'Terrorists', None, 'REB'),
]


@pytest.mark.parametrize("kind,text,actor,recipient", CODED)
def test_coded(kind, text, actor, recipient):
    assert_coded(kind, text, actor, recipient)


@pytest.mark.parametrize("text", NONE)
def test_none(text):
    assert_none(text)


@pytest.mark.parametrize("text,kind,words,code,sector", PARTIES)
def test_parties(text, kind, words, code, sector):
    got = [(p.span.text if p.span else p.name, p.code, p.sector) for e in events(text) if e.type == kind
           for p in (*e.actor, *e.recipient)]
    assert any(words in w and (code is None or c == code) and s == sector for w, c, s in got), (text, got)
