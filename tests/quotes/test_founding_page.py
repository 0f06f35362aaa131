"""The founding page (shipped in examples/): every quote of the reference reading, with its speaker."""

from __future__ import annotations

import pytest

import communique


def test_founding_page_speakers(founding_page):
    if not founding_page.exists():
        pytest.skip("examples/ has no founding page")
    rec = communique.process(founding_page, date="2022-01-23", upto="annotate")
    from communique.nlp.model import load
    from communique.quotes import find_quotes

    quotes = find_quotes(load()(rec.article.text), rec.entities)
    said = [(q.kind, q.speaker.name if q.speaker else None) for q in quotes]
    direct = [name for kind, name in said if kind == "direct"]
    assert direct.count("Oleg Stepanov") == 3 and direct.count("Maeva Proteau") == 2
    assert direct.count("Antony Blinken") == 1
    assert {name for kind, name in said if kind == "indirect"} >= {"Oleg Stepanov", "Antony Blinken",
                                                                     "Sergei Lavrov", "Russia"}
    assert not any(kind == "partial" and name for kind, name in said)
