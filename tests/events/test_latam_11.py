"""Latin American politics and security news (wires and regional outlets: Venezuela, Colombia, Brazil, Mexico, the
Andes, Central America, Cuba, Haiti).

Rules (src/communique/data/event_patterns.yaml; the actors' data under src/communique/data/actors; the codebook's
reason with each):
- a ministry that "protested to" another government lodges an official complaint (CAMEO 114: ACCUSE); crowds protest
  against or outside a body, never to it;
- road blockades, roadblocks or barricades set up or erected by truckers, farmers or protesters block roads (CAMEO 144:
  PROTEST obstruct); set up by soldiers or police they are a restriction (COERCE);
- a raid by prosecutors (the Public Ministry, the Attorney General's Office) is a search and seizure, as a police raid
  is (COERCE), not an attack;
- preventive or pretrial detention ordered for someone holds them (CAMEO 173: COERCE arrest);
- actors: "Congress", "the National Assembly", "the Chamber of Deputies", "the Public Ministry", "the Supreme Electoral
  Tribunal" are the legislature or body of the country the article names (the United States' Congress where it names
  none); "Latin American", "South American", "Central American" name a region's people, not the United States';
  Latin American cities the gazetteer misses (Puno, Guayaquil), and people and groups the wires name (Alejandro
  Toledo, "El Chapo", Moraes, Diaz-Canel, Argentina's CGT) are of their countries.
"""

from __future__ import annotations

import pytest

from .rules import assert_coded, assert_not_coded, events, rules_alone  # noqa: F401

DATE = "2025-03-20"

CODED = [
    ('ACCUSE', "Peru's Foreign Ministry protested to Mexico over the asylum granted to the former prime minister.",
     'Foreign Ministry', 'Mexico'),
    ('ACCUSE', 'The Argentine government protested to London over the military exercises near the Falklands.',
     'government', 'London'),
    ('PROTEST', 'Miners set up roadblocks on the highway to demand the release of their leaders.', 'Miners', ''),
    ('PROTEST', 'Truckers erected barricades on the main road into Santa Cruz.', 'Truckers', ''),
    ('COERCE', 'Prosecutors raided the offices of the electoral tribunal on Friday.', 'Prosecutors', ''),
    ('COERCE', 'A judge ordered pretrial detention for the former governor of Veracruz.', 'judge', 'governor'),
    ('COERCE', 'The court ordered preventive detention for the three police officers.', 'court', 'officers'),
]


@pytest.mark.parametrize("kind,text,actor,recipient", CODED)
def test_coded(kind: str, text: str, actor: str, recipient: str) -> None:
    assert_coded(kind, text, actor, recipient, date=DATE)


NOT_CODED = [
    ('PROTEST', 'Soldiers set up roadblocks around the town after the attack.'),
    ('ASSAULT', 'Prosecutors raided the headquarters of the electoral body in Guatemala City.'),
]


@pytest.mark.parametrize("kind,text", NOT_CODED)
def test_not_coded(kind: str, text: str) -> None:
    assert_not_coded(kind, text, date=DATE)


def _codes(text: str, words: str) -> set[str | None]:
    """The codes of the parties (actor or recipient) whose words hold ``words``."""
    out = set()
    for e in events(text, date=DATE):
        for p in (*e.actor, *e.recipient):
            said = p.span.text if p.span else p.name
            if words in said:
                out.add(p.code)
    return out


COUNTRIES = [
    ("Peru's lawmakers met on Wednesday. Congress impeached President Dina Boluarte late on Thursday.", 'Congress',
     'PER'),
    ("Brazil's lower house met on Tuesday. The Chamber of Deputies rejected Lula's decree on fuel taxes.",
     'Chamber of Deputies', 'BRA'),
    ('Congress rejected the president\'s veto of the spending bill on Thursday.', 'Congress', 'USA'),
    ("Guatemala's crisis deepened. The Public Ministry raided the offices of the Supreme Electoral Tribunal.",
     'Public Ministry', 'GTM'),
    ('The National Assembly in Caracas condemned the oil concessions granted by Guyana.', 'National Assembly', 'VEN'),
    ("Argentina's CGT union called a general strike against the government's austerity measures.", 'CGT', 'ARG'),
    ('Alejandro Toledo criticised the prosecutors on Monday.', 'Toledo', 'PER'),
    ('El Chapo accused the prosecutors of lying.', 'El Chapo', 'MEX'),
    ('Moraes ordered the arrest of the former president.', 'Moraes', 'BRA'),
    ('Diaz-Canel accused Washington of strangling the island.', 'Diaz-Canel', 'CUB'),
    ('The government declared a curfew in Puno after the clashes.', 'Puno', 'PER'),
    ('Police fired tear gas at protesters in Guayaquil.', 'Guayaquil', 'ECU'),
]


@pytest.mark.parametrize("text,words,code", COUNTRIES)
def test_country(text: str, words: str, code: str) -> None:
    assert code in _codes(text, words), (text, [(e.type, [(p.name, p.code) for p in e.actor],
                                                 [(p.name, p.code) for p in e.recipient]) for e in events(text, DATE)])


REGIONS = [
    ('Latin American leaders condemned the coup in Bolivia.', 'Latin American leaders'),
    ('South American governments criticised the election result.', 'South American governments'),
]


@pytest.mark.parametrize("text,words", REGIONS)
def test_region_is_no_country(text: str, words: str) -> None:
    assert 'USA' not in _codes(text, words), text
