"""Nouns of speech acts with their owner and what they are about (sentences of our own): an apology, a mention, a
joke, a reference is something its owner said ("the mayor's apology for the ferry delays")."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,cue,content,speaker", [
    ("The mayor's apology for the ferry delays was brief.", "apology", "the ferry delays", "mayor"),
    ("The captain's joke about the new quota fell flat.", "joke", "the new quota", "captain"),
])
def test_a_speech_act_noun_reports_what_its_owner_said(quotes_of, text, cue, content, speaker):
    got = [q for q in quotes_of(text) if q.cue is not None and q.cue.text == cue]
    assert [q.text for q in got] == [content], got
    assert speaker in (got[0].speaker.name or "")
