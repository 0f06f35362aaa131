"""The events stage: code the parsed, annotated article into PLOVER events."""

from __future__ import annotations

from ..annotate import article_date
from ..model import Record
from .coder import Coder


class EventStage:
    """Record with ``doc`` and ``entities`` -> the same record with ``events`` filled."""

    def __init__(self, kb=None, coder: Coder | None = None, pipeline: str | None = None) -> None:
        self.kb = kb
        self.coder = coder or Coder(pipeline=pipeline)

    def __call__(self, record: Record) -> Record:
        record.events = self.coder(record.doc, record.entities, article_date(record), self.kb)
        return record
