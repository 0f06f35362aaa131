"""Search as a researcher types it: phrases, OR, prefix*, passed safely to FTS5 (SQLite) and tsvector
(PostgreSQL)."""

from __future__ import annotations

import pytest

from communique.store.search import Term, fts5_query, parse, tsquery

from .helpers import filler, rec

BODIES = {
    "geneva": "Lavrov and Blinken held talks in Geneva on Friday about Ukraine.",
    "moscow": "Russian officials in Moscow rejected the proposal on Saturday.",
    "kyiv": "Zelensky spoke in Kyiv about the war with Russia and the talks.",
}


@pytest.fixture
def filled(store):
    store.add([rec(f"{k}.html", v + "\n\n" + filler(i, 40)) for i, (k, v) in enumerate(BODIES.items())])
    return store


def _found(store, q: str) -> set[str]:
    ids = {h["id"] for h in store.search(q)}
    return {k for k, v in BODIES.items() if _id(v) in ids}


def _id(body: str) -> str:
    from communique.model import article_id

    return article_id(body + "\n\n" + filler(list(BODIES.values()).index(body), 40))


def test_words_phrases_or_and_prefixes(filled):
    assert _found(filled, "talks") == {"geneva", "kyiv"}
    assert _found(filled, "talks Geneva") == {"geneva"}
    assert _found(filled, '"held talks"') == {"geneva"}
    assert _found(filled, '"talks held"') == set()  # a phrase keeps its order
    assert _found(filled, "Moscow OR Kyiv") == {"moscow", "kyiv"}
    assert _found(filled, "Russ*") == {"moscow", "kyiv"}  # Russian, Russia
    assert _found(filled, "Russ") == set()


@pytest.mark.parametrize("q", ['"', "*", "OR", 'NEAR(a b)', "a:* & !b", "') OR 1=1 --", '"unclosed phrase',
                               "Geneva AND NOT", "col:Geneva", "^Geneva", "{title}: x"])
def test_user_text_is_never_engine_syntax(filled, q):
    filled.search(q)  # no syntax error from either engine


def test_parse_rebuilds_each_engines_syntax():
    groups = parse('Lavrov "Geneva talks" OR Russ*')
    assert groups == [[Term(("Lavrov",)), Term(("Geneva", "talks"))], [Term(("Russ",), prefix=True)]]
    assert fts5_query(groups) == '("Lavrov" "Geneva talks") OR ("Russ"*)'
    assert tsquery(groups) == "(lavrov & (geneva <-> talks)) | (russ:*)"
    assert parse("OR OR") == [] and parse("U.S.") == [[Term(("U", "S"))]]
