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
