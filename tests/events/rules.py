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
