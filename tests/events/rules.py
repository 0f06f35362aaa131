"""The rules alone, for tests that pin the codebook's patterns (the classifier that weighs their candidates is
tested in test_classifier.py), and the helper that codes one sentence with them. A test module imports both:
the fixture applies to every test of that module."""

from __future__ import annotations

import pytest

import communique


@pytest.fixture(scope="module", autouse=True)
def rules_alone():
    """Pipelines are cached per process, so they are rebuilt on both sides of the module."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("COMMUNIQUE_EVENT_MODEL", "none")
        communique._cached_pipeline.cache_clear()
        yield
    communique._cached_pipeline.cache_clear()


def events(text: str, date: str = "2022-01-23"):
    rec = communique.process(clean_text=text, date=date, upto="events")
    assert rec.error is None, rec.error
    return rec.events


def types(text: str) -> list[str]:
    return [e.type for e in events(text)]


def assert_none(text: str) -> None:
    """The sentence codes no event (the message shows what it coded)."""
    assert types(text) == [], (text, types(text))


def assert_has(kind: str, text: str) -> None:
    assert kind in types(text), (text, types(text))


def party_words(parties) -> list[str]:
    """Each party as the sentence says it (its span's text), else its name."""
    return [p.span.text if p.span else p.name for p in parties]


def roles(text: str, date: str = "2022-01-23", modalities: tuple[str, ...] | None = None) -> list[tuple]:
    """(type, actor words, recipient words) of each event of the sentence (of those modalities, if given)."""
    return [(e.type, party_words(e.actor), party_words(e.recipient)) for e in events(text, date=date)
            if modalities is None or e.modality in modalities]


def assert_coded(kind: str, text: str, actor: str, recipient: str | None = "", **how) -> None:
    """An event of ``kind`` one of whose actors holds the words ``actor`` and, unless ``recipient`` is empty or None,
    one of whose recipients holds ``recipient`` (``how``: ``roles``'s date and modalities)."""
    got = [(a, r) for t, a, r in roles(text, **how) if t == kind]
    assert any(any(actor in x for x in a) and (not recipient or any(recipient in y for y in r)) for a, r in got), (
        text, roles(text, **how))


def assert_not_coded(kind: str, text: str, **how) -> None:
    """No event of ``kind`` in the sentence."""
    assert kind not in [t for t, _, _ in roles(text, **how)], (text, roles(text, **how))
