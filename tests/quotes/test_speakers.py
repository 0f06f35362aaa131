"""Speakers: a pronoun is resolved to its entity or left unnamed, never given as a name; impersonal frames
("It is thought that ...") have no speaker; scare quotes stay out of the quotes said; a headline attribution
the body repeats is dropped."""

from __future__ import annotations

import re

import pytest

from communique.quotes import claims
from tests.conftest import SHARED

PRONOUNS = {"i", "me", "we", "us", "you", "he", "him", "she", "her", "it", "they", "them", "this", "that",
            "these", "those", "who", "one", "my", "our", "his", "its", "their"}


def _holding(quotes, words: str):
    return [q for q in quotes if words in q.text]


@pytest.mark.parametrize("sentence, words", [
    ("It is thought that the talks will resume next month.", "the talks will resume"),
    ("It is understood the minister will resign on Friday.", "the minister will resign"),
    ("It is said that the river floods every spring.", "the river floods"),
    ("It is believed the hostages are being held in the north.", "the hostages are being held"),
])
def test_impersonal_frames_have_no_speaker(quotes_of, sentence, words):
    hits = _holding(quotes_of(sentence), words)
    assert all(q.speaker is None for q in hits)


def test_unresolved_pronoun_is_unnamed_but_kept(quotes_of):
    text = "They said the bridge would reopen in June."
    hits = _holding(quotes_of(text), "the bridge would reopen")
    assert hits
    for q in hits:
        assert q.speaker is not None and q.speaker.name is None
        assert text[q.speaker.start:q.speaker.end] == "They"  # the words the attribution uses stay


def test_resolved_pronoun_names_its_person(quotes_of):
    text = ("Finance Minister Clara Vogt arrived in Brussels on Monday. She said the budget would be "
            "balanced by 2026.")
    q = _holding(quotes_of(text), "budget would be balanced")[0]
    assert q.speaker.name == "Clara Vogt"


def test_no_pronoun_name_in_a_short_story(quotes_of):
    text = ("\u201cWe will not back down,\u201d he said.\n\n\u201cIt is too late for that,\u201d it said in a "
            "statement.\n\nI think this is wrong, I told the crowd.")
    for q in quotes_of(text):
        if q.speaker is not None and q.speaker.name is not None:
            assert q.speaker.name.strip().lower() not in PRONOUNS


def test_scare_quotes_are_partial_and_not_claims(quotes_of):
    text = 'The minister has an \u201copen invitation\u201d to visit, the ambassador said on Sunday.'
    quotes = quotes_of(text)
    partial = [q for q in quotes if q.kind == "partial"]
    assert all(q.speaker is None for q in partial)
    assert all(q.kind != "partial" for q in claims(quotes))


def test_headline_repeated_by_the_body_is_dropped(quotes_of):
    text = ("Graham: the party is losing its way\n\n"
            "Senator Lindsey Graham said on Sunday that the party is losing its way and must change course.")
    quotes = quotes_of(text)
    assert len(_holding(quotes, "the party is losing its way")) == 1


def test_headline_not_repeated_is_kept(quotes_of):
    text = ("Graham: the party is losing its way\n\n"
            "Senator Lindsey Graham spoke to voters in Columbia on Sunday about taxes and trade.")
    quotes = quotes_of(text)
    assert _holding(quotes, "the party is losing its way")


def test_a_title_with_a_colon_is_no_headline_attribution(quotes_of):
    text = ("Delegate Update: The latest count in the Democratic race\n\n"
            "It takes 2,383 delegates to win the nomination, and the count changes every week.")
    assert not _holding(quotes_of(text), "latest count")


POLNEAR = SHARED / "data" / "quotes" / "polnear-train" / "text"


_WORKER: dict[str, object] = {}


def _pronoun_names(paths: list[str]) -> tuple[int, list[tuple[str, str, str]]]:
    """Quotes found and bare-pronoun speaker names in these articles, through the annotate stage as the
    pipeline runs it (parse, entities, quotes)."""
    from pathlib import Path

    from communique.model import Article, Record, article_id

    nlp, annotator = _WORKER["nlp"], _WORKER["annotator"]
    texts = [Path(p).read_text("utf-8") for p in paths]
    bad, n_quotes = [], 0
    for path, text, doc in zip(paths, texts, nlp.pipe(texts, batch_size=16), strict=True):
        rec = Record(source=Path(path).name, article=Article(id=article_id(text), title=None, text=text), doc=doc)
        for q in annotator(rec).quotes or []:
            n_quotes += 1
            name = q.speaker.name if q.speaker is not None else None
            if name is not None and all(w in PRONOUNS for w in re.findall(r"\w+", name.lower())):
                bad.append((Path(path).name, name, q.text[:60]))
    return n_quotes, bad


@pytest.mark.skipif(not POLNEAR.exists(), reason="needs ../shared/data/quotes/polnear-train")
def test_no_bare_pronoun_is_a_speaker_name_on_polnear():
    """Every article of polnear-train (840), through the annotate stage as the pipeline runs it. The parse
    is most of the time, so the articles are shared among the machine's cores (forked workers that inherit
    the loaded model), which CI's two cores halve."""
    import multiprocessing
    import os

    from communique.annotate import Annotator
    from communique.nlp.model import load

    _WORKER.update(nlp=load(), annotator=Annotator())
    paths = [str(p) for p in sorted(POLNEAR.glob("*.txt"))]
    workers = min(4, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)
    chunks = [paths[k::workers] for k in range(workers)]
    if workers > 1 and "fork" in multiprocessing.get_all_start_methods():
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            results = pool.map(_pronoun_names, chunks)
    else:
        results = [_pronoun_names(paths)]
    n_quotes = sum(n for n, _ in results)
    bad = [b for _, bs in results for b in bs]
    assert n_quotes > 10_000
    assert not bad, f"{len(bad)} pronoun names, e.g. {bad[:5]}"


def test_a_quotation_nobody_is_said_to_say_is_no_statement(quotes_of):
    text = ("The hall was quiet before the vote.\n\n"
            "\u201cWe will not give up on this city and on the people who live in it.\u201d\n\n"
            "The results were announced at midnight.")
    quotes = quotes_of(text)
    q = _holding(quotes, "We will not give up")[0]
    assert q.kind == "partial" and q.speaker is None and q not in claims(quotes)


def test_a_quotation_running_on_from_a_speaker_keeps_being_a_statement(quotes_of):
    text = ("\u201cWe will not give up on this city,\u201d Mayor Anna Keller said on Monday.\n\n"
            "\u201cThis city deserves far better than what it has been given for years.\u201d")
    q = _holding(quotes_of(text), "deserves far better")[0]
    assert q.kind == "direct" and q.speaker is not None and q.speaker.name == "Anna Keller"
