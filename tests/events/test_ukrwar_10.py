"""The register of Russia-Ukraine war reporting, 2022-2025 (Reuters, AP, the Kyiv Independent, Ukrainska Pravda,
TASS, Meduza).

Rules (src/communique/data/event_patterns.yaml, actors/sector_words.csv; the codebook's reason with each):
- "air defence(s)" are a state's armed forces (MIL): "Ukrainian air defences shot down a Su-34" is Ukraine's military
  attacking the aircraft (aircraft and drones shot down: ASSAULT, the project's convention, CAMEO 19);
- speaking "by phone" (or video link) is a consultation (CAMEO 041: CONSULT phone), both coordinated speakers actors;
- a sanctions package adopted or imposed is sanctions (CAMEO 163), as "sanctions" are;
- jets scrambled raise military alert (CAMEO 152: MOBILIZE troops);
- a place liberated, recaptured or retaken is taken by force (CAMEO 19: ASSAULT), the party it is freed from the
  recipient; attacks or assaults repelled or beaten back are fought off by force (ASSAULT, the attackers recipient);
- an organisation designated "undesirable", "extremist", "terrorist" or a "foreign agent" is restricted in law
  (CAMEO 172: COERCE restrict);
- a weapons, arms or security-assistance package announced or sent to a party is military aid (CAMEO 072: AID);
- declining or refusing to comment, to elaborate or to say is a reply withheld from the press (a statement, CAMEO
  01, dropped), no refusal of any party's request;
- preparing an offensive or an attack is no intent to cooperate (the dictionary's PREPARE, 030, does not apply);
- an act said "likely" lies ahead, foreseen by others (future), as one "expected" is: no act done.
"""

from __future__ import annotations

import pytest

from .rules import assert_coded, assert_not_coded, events, rules_alone  # noqa: F401

CODED = [
    ('ASSAULT', 'Ukrainian air defences shot down a Russian Su-34 fighter jet over the Donetsk region.',
     'Ukrainian air defences', 'Russian'),
    ('ASSAULT', 'Ukrainian air defence shot down 31 of 40 Shahed drones overnight.', 'Ukrainian air defence', ''),
    ('CONSULT', 'Putin and Trump spoke by phone for two hours on Tuesday.', 'Putin', ''),
    ('CONSULT', 'Macron spoke to Zelensky by phone on Monday.', 'Macron', 'Zelensky'),
    ('SANCTION', 'The EU adopted its 14th sanctions package against Russia.', 'EU', 'Russia'),
    ('SANCTION', 'Japan imposed a fresh sanctions package on Russia.', 'Japan', 'Russia'),
    ('MOBILIZE', 'Poland scrambled fighter jets after Russian drones entered its airspace.', 'Poland', ''),
    ('MOBILIZE', 'Romania scrambled warplanes after a drone strayed over its border.', 'Romania', ''),
    ('ASSAULT', 'Ukraine liberated Kherson in November 2022 after months of Russian occupation.', 'Ukraine', ''),
    ('ASSAULT', 'Ukrainian troops liberated the village of Klishchiivka from Russian forces.', 'Ukrainian troops',
     'Russian forces'),
    ('ASSAULT', 'Ukrainian troops recaptured the village of Robotyne in the Zaporizhzhia region.',
     'Ukrainian troops', ''),
    ('ASSAULT', "Kyiv's forces repelled 20 Russian assaults near Pokrovsk over the past day.", "Kyiv's forces",
     'Russian'),
    ('ASSAULT', 'Ukrainian forces fended off Russian assault groups near Toretsk.', 'Ukrainian forces',
     'Russian assault groups'),
    ('COERCE', 'Russia designated Meduza an undesirable organisation.', 'Russia', 'Meduza'),
    ('COERCE', "Russia's justice ministry designated the journalist a foreign agent.", 'Russia', 'journalist'),
    ('AID', 'The United States announced a new $2 billion weapons package for Kyiv.', 'United States', 'Kyiv'),
    ('AID', 'Canada sent a security assistance package to Ukraine.', 'Canada', 'Ukraine'),
]

NOT_CODED = [
    ('REJECT', 'Kremlin spokesman Dmitry Peskov declined to comment.'),
    ('REJECT', 'Russian Deputy Foreign Minister Sergei Ryabkov refused to comment on the report.'),
    ('REJECT', "Ukraine's defence ministry declined to say how many drones were launched."),
    ('REJECT', 'The SBU refused to elaborate on the operation.'),
    ('AGREE', 'Zelensky warned that Russia was preparing a new offensive in the north.'),
    ('AGREE', 'Kyiv said Moscow was preparing a ground offensive in the Sumy region.'),
]

# foreseen, no act done: whatever the sentence codes is no asserted event
FORESEEN = [
    'The Institute for the Study of War said Russian forces were likely to intensify their attacks.',
    'Russian forces are likely to attack Kharkiv, the think tank said.',
]

# the party as coded: (sentence, type, actor or recipient words, its code, its sector)
PARTIES = [
    ('Ukrainian air defences shot down a Russian Su-34 fighter jet over the Donetsk region.', 'ASSAULT',
     'Ukrainian air defences', 'UKR', 'MIL'),
]


@pytest.mark.parametrize("kind,text,actor,recipient", CODED)
def test_coded(kind, text, actor, recipient):
    assert_coded(kind, text, actor, recipient)


@pytest.mark.parametrize("kind,text", NOT_CODED)
def test_not_coded(kind, text):
    assert_not_coded(kind, text)


@pytest.mark.parametrize("text", FORESEEN)
def test_foreseen(text):
    got = [(e.type, e.modality) for e in events(text)]
    assert got and all(m != "asserted" for _, m in got), (text, got)


@pytest.mark.parametrize("text,kind,words,code,sector", PARTIES)
def test_parties(text, kind, words, code, sector):
    got = [(p.span.text if p.span else p.name, p.code, p.sector) for e in events(text) if e.type == kind
           for p in (*e.actor, *e.recipient)]
    assert any(words in w and (code is None or c == code) and s == sector for w, c, s in got), (text, got)
