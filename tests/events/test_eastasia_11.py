"""East Asian security and diplomacy news (cross-strait, the Koreas, Japan, the South China Sea, Hong Kong).

Rules (src/communique/data/event_patterns.yaml, actors/organisations.yaml, actors/sector_words.csv,
actors/people/security_officials.yaml; the codebook's reason with each):
- a government's protest ("Tokyo protested to Beijing", "the Chinese government protested the visit") is a
  diplomatic protest, which the PLOVER manual codes ACCUSE (a state named bare keeps PROTEST, as
  test_clauses_10 pins);
- military craft crossing Taiwan's median line or the Korean military demarcation line, or entering another's air
  defence identification zone, airspace or territorial waters, and warships or bombers sailing or flying through a
  strait: military moves short of force (CAMEO 15: MOBILIZE);
- patrols conducted (with a partner, COOPERATE), a military satellite launched, a weapons test a leader oversaw, a
  carrier group or missile batteries deployed: MOBILIZE; "live-fire exercises" is looked up whole (the modifier the
  tokenizer split at its hyphen);
- communication lines or a hotline cut off: relations reduced (CAMEO 16: SANCTION);
- regret expressed over another's act is disapproval (CAMEO 11: ACCUSE);
- launchers, patrol vessels or warships given to another, an arms sale approved: military aid (CAMEO 07: AID);
- diplomatic recognition reaffirmed: backing (CAMEO 05: SUPPORT);
- calling someone a troublemaker or a separatist is an insult (CAMEO 111);
- the Taiwan Affairs Office (CHN), the Mainland Affairs Council (TWN), the PLA's theatre commands (CHN MIL),
  coast guard vessels (COP), Taiwan's presidential office (GOV), and spokespeople and ministers of the region.
"""

from __future__ import annotations

import pytest

from .rules import assert_coded, assert_none, assert_not_coded, events, rules_alone  # noqa: F401

DATE = "2024-12-10"

CODED = [
    ('ACCUSE', "Tokyo protested to Beijing over the survey ship's intrusion.", 'Tokyo', 'Beijing'),
    ('ACCUSE', "Seoul protested Japan's claim to the Dokdo islets.", 'Seoul', 'Japan'),
    ('ACCUSE', "The Chinese government protested the minister's visit to the shrine.", 'Chinese government', ''),
    ('MOBILIZE', 'Nineteen Chinese warplanes crossed the median line on Friday.', 'Chinese warplanes', ''),
    ('MOBILIZE', "Two Chinese drones entered Taiwan's air defence identification zone.", 'Chinese drones', ''),
    ('MOBILIZE', "Four Chinese coast guard ships entered Japan's territorial waters near the Senkakus.",
     'Chinese coast guard ships', ''),
    ('MOBILIZE', 'A Canadian frigate sailed through the Taiwan Strait on Sunday.', 'Canadian frigate', ''),
    ('MOBILIZE', 'The Chinese navy conducted patrols near the Paracel Islands.', 'Chinese navy', ''),
    ('MOBILIZE', 'Pyongyang launched a spy satellite on Tuesday.', 'Pyongyang', ''),
    ('MOBILIZE', 'Kim Jong Un oversaw a missile test at a site near Pyongyang.', 'Kim Jong Un', ''),
    ('MOBILIZE', 'The Japanese army held live-fire exercises in Hokkaido.', 'Japanese army', ''),
    ('MOBILIZE', 'Beijing deployed missile batteries to the Paracels.', 'Beijing', ''),
    ('SANCTION', 'Pyongyang cut off the military hotline with Seoul.', 'Pyongyang', 'Seoul'),
    ('ACCUSE', "Tokyo expressed deep regret over Seoul's court ruling.", 'Tokyo', 'Seoul'),
    ('AID', 'Washington approved an arms sale to Manila worth $500 million.', 'Washington', 'Manila'),
    ('AID', 'Japan provided three patrol boats to Vietnam.', 'Japan', 'Vietnam'),
    ('SUPPORT', 'Guatemala reaffirmed its recognition of Taiwan.', 'Guatemala', 'Taiwan'),
    ('ACCUSE', 'The Taiwan Affairs Office called the president a separatist.', 'Taiwan Affairs Office', 'president'),
    ('ASSAULT', 'The coast guard vessel fired water cannon at Filipino fishermen.', 'coast guard vessel',
     'fishermen'),
]

NONE = [
    'The Taiwan Strait ferry crossed the median of the channel in heavy fog.',
    'The airliner entered Japanese airspace on schedule.',
    'The weather agency launched a new satellite on Tuesday.',
]

# a protest by people of a place, not by its state, stays a protest (PROTEST, no diplomatic ACCUSE)
NOT_ACCUSE = [
    'Residents of Okinawa protested against the new runway.',
    'Hundreds of fishermen in Jeju protested against the discharge.',
]

# the party as coded: (sentence, type, actor or recipient words, its code, its sector)
PARTIES = [
    ('The Taiwan Affairs Office condemned the visit.', 'ACCUSE', 'Taiwan Affairs Office', 'CHN', 'GOV'),
    ('The Mainland Affairs Council condemned the arrest.', 'ACCUSE', 'Mainland Affairs Council', 'TWN', 'GOV'),
    ("Taiwan's presidential office condemned the drills.", 'ACCUSE', 'presidential office', 'TWN', 'GOV'),
    ('The Southern Theater Command condemned the patrol.', 'ACCUSE', 'Southern Theater Command', 'CHN', 'MIL'),
    ('Lin Jian condemned the sale.', 'ACCUSE', 'Lin Jian', 'CHN', 'GOV'),
    ('Choe Son Hui condemned the drills.', 'ACCUSE', 'Choe Son Hui', 'PRK', 'GOV'),
    ('Zhu Fenglian condemned the transit.', 'ACCUSE', 'Zhu Fenglian', 'CHN', 'GOV'),
    ('Wellington Koo condemned the incursion.', 'ACCUSE', 'Wellington Koo', 'TWN', 'GOV'),
]


@pytest.mark.parametrize("kind,text,actor,recipient", CODED)
def test_coded(kind, text, actor, recipient):
    assert_coded(kind, text, actor, recipient, date=DATE)


@pytest.mark.parametrize("text", NONE)
def test_none(text):
    assert_none(text)


@pytest.mark.parametrize("text", NOT_ACCUSE)
def test_not_accuse(text):
    assert_not_coded("ACCUSE", text, date=DATE)
    assert "PROTEST" in [e.type for e in events(text, date=DATE)]


@pytest.mark.parametrize("text,kind,words,code,sector", PARTIES)
def test_parties(text, kind, words, code, sector):
    got = [(p.span.text if p.span else p.name, p.code, p.sector) for e in events(text, date=DATE) if e.type == kind
           for p in (*e.actor, *e.recipient)]
    assert any(words in w and (code is None or c == code) and s == sector for w, c, s in got), (text, got)
