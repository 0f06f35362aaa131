"""Highlighted article HTML: well nested whatever the spans do, and every piece escaped."""

from __future__ import annotations

import random
from html.parser import HTMLParser

import pytest

from communique.web.highlight import Highlight, highlight, record_highlights


class _Check(HTMLParser):
    """Collects the text and checks every tag is a span that closes in order (no other element can appear)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []
        self.covered: list[set[str]] = []
        self.refs: list[str] = []

    def handle_starttag(self, tag, attrs):
        assert tag == "span", tag
        self.stack.append(tag)
        self.refs.append(dict(attrs)["data-ref"])

    def handle_endtag(self, tag):
        assert tag == "span" and self.stack, tag
        self.stack.pop()
        self.refs.pop()

    def handle_data(self, data):
        self.text.append(data)
        self.covered.extend(set(self.refs) for _ in data)


def parse(html: str) -> _Check:
    p = _Check()
    p.feed(html)
    p.close()
    assert not p.stack, "unclosed span"
    return p


def test_plain_text_is_escaped():
    text = "<script>alert(1)</script> & \"quotes\" 'and' <img src=x onerror=alert(2)>"
    html = str(highlight(text, []))
    assert "<" not in html.replace("&lt;", "") and "".join(parse(html).text) == text


def test_attribute_values_are_escaped():
    h = Highlight(0, 3, "entity", '"><img src=x onerror=alert(1)>', 'e1" onclick="x')
    html = str(highlight("abc def", [h]))
    assert html.count("<") == 2 and "onclick=\"x" not in html and "&#34;&gt;&lt;img" in html


def test_crossing_and_nested_spans_stay_well_formed_and_cover_the_right_characters():
    text = "0123456789abcdefghij"
    spans = [Highlight(2, 12, "evidence", "ev", "ev1"), Highlight(5, 15, "quote", "q", "q1"),
             Highlight(5, 8, "entity", "e", "e1"), Highlight(10, 18, "evidence", "ev2", "ev2"),
             Highlight(14, 15, "speaker", "s", "q1s")]
    p = parse(str(highlight(text, spans)))
    assert "".join(p.text) == text
    for i in range(len(text)):
        want = {h.ref for h in spans if h.start <= i < h.end}
        assert p.covered[i] == want, (i, p.covered[i], want)


@pytest.mark.parametrize("seed", range(30))
def test_random_spans(seed):
    rng = random.Random(seed)
    text = "".join(rng.choice("ab <>&\"'\n") for _ in range(60))
    kinds = ["evidence", "quote", "trigger", "entity", "speaker"]
    spans = []
    for n in range(rng.randint(0, 12)):
        a, b = sorted(rng.sample(range(-2, 64), 2))
        spans.append(Highlight(a, b, rng.choice(kinds), f"t{n}", f"r{n}"))
    p = parse(str(highlight(text, spans)))
    assert "".join(p.text) == text
    valid = [h for h in spans if 0 <= h.start < h.end <= len(text)]
    for i in range(len(text)):
        assert p.covered[i] == {h.ref for h in valid if h.start <= i < h.end}


def test_record_highlights_name_speakers_and_events():
    rec = {
        "article": {"text": 'Lavrov said: "No." Russia sanctioned Canada.'},
        "entities": [{"id": "e1", "name": "Sergei Lavrov", "label": "PERSON",
                      "actor": {"code": "RUS", "sector": "GOV", "role": "Minister"},
                      "mentions": [{"start": 0, "end": 6, "text": "Lavrov"}]}],
        "quotes": [{"kind": "direct", "text": "No.", "start": 13, "end": 18,
                    "speaker": {"name": "Lavrov", "entity": "e1", "actor": {"code": "RUS", "sector": "GOV"},
                                "start": 0, "end": 6}}],
        "events": [{"type": "SANCTION", "actor": [{"code": "RUS", "name": "Russia"}],
                    "recipient": [{"code": "CAN", "name": "Canada"}], "modality": "asserted",
                    "when": {"start": "2022-01-23", "end": "2022-01-23", "granularity": "article"},
                    "where": None, "evidence": {"start": 19, "end": 44, "text": "Russia sanctioned Canada."},
                    "trigger": {"start": 26, "end": 36, "text": "sanctioned"}}],
    }
    hs = record_highlights(rec)
    quote = next(h for h in hs if h.kind == "quote")
    assert "Sergei Lavrov" in quote.title and "RUS" in quote.title
    ev = next(h for h in hs if h.kind == "evidence")
    assert ev.title.startswith("event 1: SANCTION RUS -> CAN")
    html = str(highlight(rec["article"]["text"], hs))
    assert 'id="at-q1"' in html and 'id="at-ev1"' in html
