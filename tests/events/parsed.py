"""A sentence of our own parsed and annotated by the real pipeline, as the events stage receives it (the ``nlp``
and ``annotate`` fixtures are in conftest.py)."""

from __future__ import annotations

from communique.model import Article, Record, article_id


def record(nlp, annotate, text: str, date: str) -> Record:
    rec = Record(source="t", article=Article(id=article_id(text), title=None, text=text, date=date), stage="events")
    rec.doc = nlp(text)
    annotate(rec)
    return rec
