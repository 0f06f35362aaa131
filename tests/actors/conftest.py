"""The real pipeline's entities for a sentence written for a test, shared by the actor tests."""

from __future__ import annotations

import pytest

from communique.annotate import Annotator
from communique.model import Article, Record, article_id
from communique.nlp.model import load


@pytest.fixture(scope="package")
def entities_of():
    """A function from a text (and the article date assumed) to its entities by name."""
    nlp, annotator = load(), Annotator()

    def go(text: str, date: str) -> dict:
        rec = Record(source="t", article=Article(id=article_id(text), title=None, text=text, date=date),
                     stage="annotate")
        rec.doc = nlp(text)
        annotator(rec)
        return {e.name: e for e in rec.entities}

    return go
