"""A party or body name several countries share ("Democratic Party", "Liberal Party") does not move a person the
knowledge base knows by full name to another country; a title that names a country still does."""

from __future__ import annotations

import pytest


def actor_of(ents: dict, name: str) -> tuple:
    for e in ents.values():
        if e.name == name:
            return (e.actor.code, e.actor.sector) if e.actor else (None, None)
    raise AssertionError(f"no entity {name!r} in {list(ents)}")


@pytest.mark.parametrize(("date", "text", "name", "code"), [
    ("2024-05-01", "Democratic Party leader Elly Schlein criticised the government's budget.", "Elly Schlein", "ITA"),
    ("2024-05-01", "Democratic Party chief Elly Schlein said the reform would fail.", "Elly Schlein", "ITA"),
    ("2024-05-01", "Labour leader Keir Starmer criticised the government's budget.", "Keir Starmer", "GBR"),
    ("2021-05-01", "Russian opposition leader Alexei Navalny criticised the Kremlin.", "Alexei Navalny", "RUS"),
])
def test_a_shared_party_name_does_not_move_a_known_person(entities_of, date, text, name, code):
    assert actor_of(entities_of(text, date), name)[0] == code
