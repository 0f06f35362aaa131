"""Quotes are read from a real parse and real entities: the annotate stage exactly as the pipeline runs it."""

from __future__ import annotations

import pytest

from communique.annotate import Annotator
from communique.model import Article, Quote, Record, article_id
from communique.nlp.model import load
from communique.quotes import find_quotes


@pytest.fixture(scope="session")
def quotes_of():
    nlp = load()
    annotator = Annotator()

    def run(text: str) -> list[Quote]:
        rec = Record(source="t", article=Article(id=article_id(text), title=None, text=text), doc=nlp(text))
        annotator(rec)
        out = find_quotes(rec.doc, rec.entities)
        for q in out:  # the contract: offsets into the text, text equal to the slice
            assert 0 <= q.start <= q.end <= len(text) and q.text == text[q.start:q.end]
            if q.speaker is not None and q.speaker.start is not None:
                assert 0 <= q.speaker.start < q.speaker.end <= len(text)
        return out

    return run
