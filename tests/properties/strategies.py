"""Hypothesis strategies for news-like input: words that the stages react to (names, reporting verbs, quote marks,
time expressions), mixed with the characters that break naive code (quote marks of every kind, zero-width and
control characters, right-to-left and CJK text, lone line breaks), and HTML trees built from them.

Shared by the property tests here and by the fuzzer (bench/fuzz.py)."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

NAMES = ["Melanie Joly", "Joly", "Oleg Stepanov", "Sergei Lavrov", "Antony Blinken", "Mr. Blinken", "NATO",
         "the United Nations", "Russia", "Canada", "Ukraine", "Moscow", "Geneva", "the minister", "officials",
         "he", "she", "they", "Reuters", "The Associated Press", "President Biden", "Hamas", "the EU"]
VERBS = ["said", "says", "told reporters", "warned", "added", "according to", "met", "met with", "sanctioned",
         "rejected", "threatened", "denied", "accused", "agreed", "will visit", "could invade", "did not attack",
         "has amassed", "urged", "announced", "is", "was", "invited", "signed", "condemned"]
TIMES = ["on Friday", "last Friday", "next week", "in December", "last December", "on Jan. 21", "Jan. 21, 2022",
         "2022-01-21", "in 2021", "three days ago", "this spring", "in the 1990s", "Q3", "the first quarter",
         "yesterday", "tomorrow", "tonight", "on Christmas", "mid-March", "the weekend", "early 2023", "last year",
         "in the 21st century", "two weeks later", "since 1998", "21 January", "March 3rd", "fiscal 2024"]
MARKS = ['"', "\u201c", "\u201d", "\u00ab", "\u00bb", "\u201e", "''", "'", "\u2018", "\u2019", "\u2014", "\u2026"]
ODD = ["\u200b", "\u200d", "\ufeff", "\u00ad", "\u202e", "\u202c", "\x00", "\x07", "\x1b", "\r", "\r\n", "\t",
       "\u00a0", "\u3000", "\u2028", "\u2029", "\ufffd", "\U0001F600", "\u0301", "\u0645\u0641\u0627\u0648\u0636",
       "\u05e9\u05dc\u05d5\u05dd", "\u5916\u4ea4\u90e8", "\u30c6\u30b9\u30c8", "&amp;", "&#0;", "&lol;", "<", ">"]
PUNCT = [".", ",", ":", ";", "?", "!", "(", ")", "-", "\u2013", "\n", "\n\n", " "]
FILLER = ["the", "talks", "troops", "border", "sanctions", "a", "of", "to", "in", "and", "that", "will", "not",
          "invitation", "open", "visit", "100,000", "nine", "Canadian", "Russian", "very", "important", "player"]

ANCHORS = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))

word = st.one_of(
    st.sampled_from(NAMES), st.sampled_from(VERBS), st.sampled_from(TIMES), st.sampled_from(MARKS),
    st.sampled_from(FILLER), st.sampled_from(PUNCT), st.sampled_from(ODD),
    st.text(max_size=6),  # anything at all, surrogates aside
)


@st.composite
def news_text(draw, max_words: int = 80) -> str:
    """News-like text: words, names, times and quote marks, joined by spaces (sometimes not)."""
    words = draw(st.lists(word, max_size=max_words))
    seps = draw(st.lists(st.sampled_from([" ", " ", " ", "", "\n", "\n\n"]), min_size=len(words),
                         max_size=len(words)))
    return "".join(w + s for w, s in zip(words, seps, strict=True))


@st.composite
def quoted_news(draw) -> str:
    """Sentences that look like reported speech: [speaker verb] "quote" [speaker verb], in paragraphs."""
    paras = []
    for _ in range(draw(st.integers(1, 5))):
        sentences = []
        for _ in range(draw(st.integers(1, 3))):
            who, verb = draw(st.sampled_from(NAMES)), draw(st.sampled_from(VERBS))
            open_, close = draw(st.sampled_from([('"', '"'), ("\u201c", "\u201d"), ("\u00ab", "\u00bb"),
                                                 ("''", "''"), ('"', ""), ("", "\u201d"), ("\u201e", "\u201c")]))
            inner = draw(news_text(max_words=15))
            shape = draw(st.integers(0, 3))
            if shape == 0:
                sentences.append(f"{open_}{inner},{close} {who} {verb}.")
            elif shape == 1:
                sentences.append(f"{who} {verb}: {open_}{inner}.{close}")
            elif shape == 2:
                sentences.append(f"{who} {verb} that {inner} {draw(st.sampled_from(TIMES))}.")
            else:
                sentences.append(draw(news_text(max_words=20)))
        paras.append(" ".join(sentences))
    return "\n\n".join(paras)


TAGS = ["p", "div", "span", "a", "b", "i", "em", "article", "section", "main", "header", "footer", "nav", "aside",
        "h1", "h2", "h3", "ul", "li", "table", "tr", "td", "blockquote", "figure", "figcaption", "br", "script",
        "style", "noscript", "iframe", "form", "time", "svg", "template", "pre", "code", "font", "center"]
ATTRS = ['', ' class="story-body"', ' class="caption"', ' class="related"', ' id="main"', ' href="/x"',
         ' itemprop="articleBody"', ' style="display:none"', ' class="byline"', ' dir="rtl"', ' lang="en"',
         ' onload="alert(1)"', ' class=">"', " data-x='\"'"]


def _element(children):
    return st.tuples(st.sampled_from(TAGS), st.sampled_from(ATTRS), st.lists(children, max_size=4),
                     st.booleans()).map(lambda t: _render(*t))


def _render(tag: str, attrs: str, children: list[str], close: bool) -> str:
    inner = "".join(children)
    return f"<{tag}{attrs}>{inner}</{tag}>" if close else f"<{tag}{attrs}>{inner}"


html_fragment = st.recursive(st.one_of(news_text(max_words=25), quoted_news()), _element, max_leaves=12)

HEADS = ["", "<title>Joly invited to Moscow</title>", '<meta charset="utf-8">', '<meta charset="shift_jis">',
         '<meta property="og:title" content="Joly has &quot;open invitation&quot;">',
         '<meta property="article:published_time" content="2022-01-23T10:00:00Z">',
         '<meta name="author" content="By Reuters">', '<link rel="canonical" href="https://x.example/story">',
         '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "H", "datePublished": '
         '"2022-13-45", "author": [{"name": "A"}, {"name": ["B"]}]}</script>',
         '<script type="application/ld+json">[[[[[{"@graph": [{}]}]]]]]</script>',
         '<script type="application/ld+json">{"broken": </script>', "<base href='javascript:'>"]


@st.composite
def html_page(draw) -> str:
    """An HTML page: sometimes a whole document with head metadata, sometimes a bare fragment."""
    body = "".join(draw(st.lists(html_fragment, min_size=1, max_size=6)))
    if draw(st.booleans()):
        return body
    head = "".join(draw(st.lists(st.sampled_from(HEADS), max_size=4)))
    doctype = draw(st.sampled_from(["", "<!doctype html>", '<?xml version="1.0"?>', "<!DOCTYPE x [<!ENTITY a 'b'>]>"]))
    return f"{doctype}<html><head>{head}</head><body>{body}</body></html>"
