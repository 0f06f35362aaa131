"""The headline chosen by fitted weights among the page's candidates: its title declarations (with and without the
site's name), its headings, the lines of text set above the story's opening (in any markup: a 2008 table cell, a
plain ``<span>``) and its links to itself, each described by what the page says of it.

Where the page names its headline (declared in metadata, or a heading its title repeats: the publisher wrote it
twice), ``choose_headline`` takes it without weighing. Elsewhere (a title that names only the site or a
section, a title worded differently from the page's headings) the evidence is weighed: where a heading sits (its
tag, whether it is the page's one main heading, whether it is set right above the story's opening, how many
headings about the story come before it), what the page's markup calls it (its class or id: the story's title or
headline, a sub-title, the site's furniture), what it says (the words it shares with the story's opening, its
length, whether it is a section label, a byline, a sentence of the story) and what the title says (whether it
still names the site or lists its sections, the words it shares with the story). Each candidate's score is a
weighted sum of these features; the weights are fitted on labelled pages by ``communique.learn.train_title`` (a
softmax over each page's candidates) and shipped in ``data/title_weights.json``.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from communique.extract import headline as hl
from communique.extract.boilerplate import is_byline, is_comment_marker, is_teaser_marker

FEATURES = (
    # where the candidate comes from
    "title", "title_first", "title_declared", "title_cut", "title_raw", "title_names_site", "title_site_first",
    "title_label", "title_own_overlap", "title_no_overlap", "title_opens_site", "title_list",
    "heading", "h1", "h2", "h3", "h_other", "marked", "news_markup", "main", "aligned", "in_title",
    # what the page's markup calls a heading (its class, id, itemprop)
    "classed_title", "classed_story", "classed_sub", "classed_aside",
    # where a heading sits
    "above", "near", "gap", "first_about", "about_rank", "order", "later_than_about",
    "container", "over_deck", "under_heading",
    # a line of page text set above the story's opening, in any markup (see ``headline.lines_above_story``)
    "line_above", "line_first", "line_rank",
    # a link to the page itself (see ``headline.self_links``)
    "self_link",
    # what the candidate says
    "overlap", "shares", "no_overlap", "w1_2", "w3_5", "w6_15", "w16", "label", "byline", "date", "names_site",
    "teaser", "ends_punct", "in_body", "opens_body",
    # the page
    "declared_heading", "declared_main", "declared_title", "titled_heading",
)


# What a page's style sheet calls its headline ("articleTitle", "storyhead", "entry-title", "headline"; not the page
# "header"), the story's own ("article", "story", "post", "entry", "news"), and the page's furniture around it
_TITLE_MARK = re.compile(r"title|head(?!er)")
_STORY_MARK = re.compile(r"article|story|post|entry|news|art(?=title|head)")
_ASIDE_MARK = re.compile(r"site|logo|brand|masthead|nav|menu|footer|sidebar|widget|related|promo")


@dataclass
class Candidate:
    """A possible headline and its features (name -> value; absent is 0)."""

    text: str
    feats: dict[str, float] = field(default_factory=dict)
    gives_way: str | None = None
    """the heading this one gives way to when chosen: the heading an element holds with its time stamp or source
    ("Fulham wrap up Hangeland capture Fri 18 Jan, 11:45 AM"), the headline above a deck (see ``_deck_under``)"""

    @property
    def headline(self) -> str:
        """The headline this candidate gives, when it is chosen."""
        return self.gives_way or self.text


def _words_bin(text: str) -> str:
    n = len(text.split())
    return "w1_2" if n <= 2 else "w3_5" if n <= 5 else "w6_15" if n <= 15 else "w16"


def candidates(
    titles: Sequence[str], headings: Sequence[hl.Heading], body: str, site: str | None = None,
    url: str | None = None, *, declared: bool = False, page_text: str | None = None, tag_title: str | None = None,
    lines: Sequence[str] = (), links: Sequence[str] = (),
) -> list[Candidate]:
    """The page's headline candidates (one per distinct wording) with their features; arguments as for
    ``choose_headline``. ``tag_title``: the page's <title> element's text, so that a title declared in
    metadata (og:title, JSON-LD...) worded otherwise is known as the publisher's explicit headline. ``lines``:
    the lines of page text above the story's opening, nearest first (``headline.lines_above_story``); ``links``:
    the texts of the page's links to itself (``headline.self_links``)."""
    tag_key = hl._key(tag_title) if tag_title is not None else None
    titles = [t for t in (hl._before_markup(x) for x in titles if x) if t]
    lead = hl._content(" ".join(body.split()[:80]))
    opening = Counter(hl._WORD.findall(" ".join(body.split()[:80]).lower()))
    body_key = hl._key(body)
    keys = hl._site_keys(site, url)
    # (bold or classed text that ends like a sentence, or in a colon, is a sentence of the story or a lead-in)
    usable = [h for h in headings if not hl._MARKUP.search(h.text) and not hl._names_site(h.text, keys)
              and not is_comment_marker(h.text) and 2 <= len(h.text.split()) <= 25
              and (h.tag in ("h1", "h2", "h3") or h.text[-1] not in ".,;:")]
    out: dict[str, Candidate] = {}

    def add(text: str) -> Candidate:
        k = hl._key(text)
        if k not in out:
            out[k] = Candidate(text)
        return out[k]

    site_first = hl._site_first(titles, keys)
    for i, t in enumerate(titles):
        s = hl.strip_site(t, site, url)
        if s:
            c = add(s)
            f = c.feats
            f["title"] = 1.0
            if i == 0:
                f["title_first"] = 1.0
            if tag_key is not None and hl._key(t) != tag_key:
                f["title_declared"] = 1.0
            if declared:
                f["declared_title"] = 1.0
            if hl._key(s) != hl._key(t):
                f["title_cut"] = 1.0
            if hl._names_site(s, keys):
                f["title_names_site"] = 1.0
            if site_first:
                f["title_site_first"] = 1.0
            if hl._short_label(s):
                f["title_label"] = 1.0
            own = hl._after_site_name(s, keys)
            f["title_own_overlap"] = hl._overlap(own, lead)
            if f["title_own_overlap"] == 0:
                f["title_no_overlap"] = 1.0
            if own != s or (len(s.split()) > 3 and hl._opens_with_site(s, keys)):
                f["title_opens_site"] = 1.0
            if s.count(",") >= 2:  # a list of the site's sections or topics ("News, Sport, Weather")
                f["title_list"] = 1.0
        if hl._key(s) != hl._key(t) and len(t.split()) <= 40:
            out_raw = add(t)
            out_raw.feats["title_raw"] = 1.0
    raw_keys = [hl._key(t) for t in titles]
    stripped = [s for s in (hl.strip_site(t, site, url) for t in titles) if s and not hl._names_site(s, keys)]

    gaps = hl.gaps_above_story(page_text, body, usable)
    above = hl._heading_above(usable, gaps)
    h1s = sum(h.tag == "h1" and not hl._short_label(h.text) and not is_teaser_marker(h.text) for h in usable)
    h2s = sum(h.tag == "h2" for h in usable)
    marked = sum(h.marked for h in usable)
    inner = _inner_headings(usable)
    about_rank = 0
    first_about_seen = False
    for j, h in enumerate(usable):
        c = add(h.text)
        f = c.feats
        if f.get("heading"):  # (a repeated wording: its first, strongest reading stands)
            continue
        f["heading"] = 1.0
        tag = h.tag if h.tag in ("h1", "h2", "h3") else "h_other"
        f[tag] = 1.0
        if h.marked:
            f["marked"] = 1.0
        if h.tag in hl._NEWS_MARKUP:
            f["news_markup"] = 1.0
        if h.marks:
            if "sub" in h.marks:
                f["classed_sub"] = 1.0
            elif _TITLE_MARK.search(h.marks) or hl._FOREIGN_HEAD.search(h.marks):
                f["classed_title"] = 1.0
                if _STORY_MARK.search(h.marks):
                    f["classed_story"] = 1.0
            if _ASIDE_MARK.search(h.marks):
                f["classed_aside"] = 1.0
        if ((h.marked and marked == 1) or h.tag in hl._NEWS_MARKUP or (h.tag == "h1" and h1s == 1)
                or (h.tag == "h2" and h1s == 0 and h2s == 1)):
            f["main"] = 1.0
        if any(hl._aligned(h.text, t) and hl._rest_is_furniture(h.text, t, keys) for t in [*stripped, *titles]):
            f["aligned"] = 1.0
        elif any(hl._key(h.text) in k for k in raw_keys):
            f["in_title"] = 1.0
        if h is above:
            f["above"] = 1.0
        gap = gaps.get(h.text)
        if gap is not None:
            f["near"] = 1.0
            f["gap"] = math.log1p(gap) / math.log1p(hl._ABOVE_NEAR)
        about = hl._shares_topic(hl._content(h.text), lead, opening)
        true = h.tag in hl._TRUE_HEADINGS or h.marked
        if about:
            if true and not first_about_seen:
                f["first_about"] = 1.0
                first_about_seen = True
            f["about_rank"] = min(about_rank, 5) / 5
            about_rank += 1
        elif first_about_seen:
            f["later_than_about"] = 1.0
        f["order"] = min(h.order, 50) / 50
        if inner[j] is not None:
            f["container"] = 1.0
            c.gives_way = inner[j].text
        if j + 1 < len(usable) and (inner[j + 1] is usable[j] or (
                inner[j + 1] is None and _deck_under(usable[j + 1], usable[j], lead))):
            f["over_deck"] = 1.0
        if inner[j] is None and j and _deck_under(h, usable[j - 1], lead):
            f["under_heading"] = 1.0
            c.gives_way = usable[j - 1].text
        if declared:
            f["declared_heading"] = 1.0
            if f.get("main"):
                f["declared_main"] = 1.0
        if stripped:
            f["titled_heading"] = 1.0

    for rank, line in enumerate(lines):
        f = add(line).feats
        if not f.get("line_above"):  # (the nearest reading of a repeated line stands)
            f["line_above"] = 1.0
            f["line_rank"] = rank / max(len(lines) - 1, 1)
            if rank == 0:
                f["line_first"] = 1.0
    for link in links:
        add(link).feats["self_link"] = 1.0

    for c in out.values():
        f, text = c.feats, c.text
        # (a title that opens with the site's name is judged by its words after the name: the story may name the
        # site, "Terry told Gazette Live ...")
        said = hl._after_site_name(text, keys) if f.get("title_opens_site") else text
        ov = hl._overlap(said, lead)
        f["overlap"] = ov
        if ov == 0:
            f["no_overlap"] = 1.0
        if hl._shares_topic(hl._content(said), lead, opening):
            f["shares"] = 1.0
        f[_words_bin(text)] = 1.0
        if hl._is_label(text):
            f["label"] = 1.0
        if is_byline(text):
            f["byline"] = 1.0
        if hl._is_date_part(text):
            f["date"] = 1.0
        if hl._names_site(text, keys):
            f["names_site"] = 1.0
        if is_teaser_marker(text):
            f["teaser"] = 1.0
        if text.rstrip()[-1:] in ".,;:":
            f["ends_punct"] = 1.0
        k = hl._key(text)
        if body_key.startswith(k):
            f["opens_body"] = 1.0
        elif len(k.split()) >= 6 and k in body_key:
            f["in_body"] = 1.0
    return list(out.values())


def _inner_headings(usable: Sequence[hl.Heading]) -> list[hl.Heading | None]:
    """For each heading, the longest other heading (two words or more) its text opens with and goes on after
    (an element holding a heading and its time stamp or source), None when there is none; by word prefixes, so
    linear in the page's headings."""
    by_key: dict[str, hl.Heading] = {}
    keys = [hl._key(h.text) for h in usable]
    for h, k in zip(usable, keys, strict=True):
        by_key.setdefault(k, h)
    out: list[hl.Heading | None] = []
    for k in keys:
        words = k.split()
        found = None
        for i in range(len(words) - 1, 1, -1):
            found = by_key.get(" ".join(words[:i]))
            if found is not None:
                break
        out.append(found)
    return out


def _deck_under(this: hl.Heading, above: hl.Heading, lead: frozenset[str]) -> bool:
    """Is ``this`` a long sentence set right under a shorter heading about the story (a deck under its
    headline, its standfirst)?"""
    n, m = len(this.text.split()), len(above.text.split())
    named = above.marked and not this.marked  # the page calls the one above its headline (a pun may share no word)
    return (above.order == this.order - 1 and n >= 7 and 3 <= m <= n - 3
            and (named or not hl._is_label(above.text))
            and above.text.rstrip()[-1:] not in ":." and not is_byline(above.text)
            and not is_teaser_marker(above.text)
            and (named or hl._HEAD_WEIGHT.get(above.tag, 0.5) >= hl._HEAD_WEIGHT.get(this.tag, 0.5))
            and (named or bool(hl._content(above.text) & lead)))


def choose_headline(
    titles: list[str], headings: list[hl.Heading], body: str, site: str | None = None, url: str | None = None,
    *, declared: bool = False, page_text: str | None = None, tag_title: str | None = None,
    read_again: Callable[[], tuple[Sequence[str], Sequence[str]]] | None = None,
) -> str | None:
    """The headline from the page's title declarations (``titles``: the metadata's title, og:title, <title>, ... in
    order) and its ``headings``, checked against the story ``body``'s opening words; None when there is nothing.
    The one the page names (``headline.ruled_headline``: declared in metadata, or a heading its title repeats), else
    the candidate the fitted weights score highest. ``declared``: the page names its headline in metadata
    (og:title, JSON-LD, Dublin Core...). ``page_text``: the page's text in document order (see
    ``headline.gaps_above_story``); without it no heading is known to sit above the story. ``tag_title``: the
    <title> element's text (see ``candidates``). ``read_again``: gives the lines of page text above the story's
    opening and the texts of the page's links to itself (``candidates``' ``lines`` and ``links``), asked for
    only when the candidates are weighed (it may parse the page again)."""
    found = hl.ruled_headline(titles, headings, body, site, url, declared=declared)
    if found is not None:
        return found
    lines, links = read_again() if read_again is not None else ((), ())
    top = best(candidates(titles, headings, body, site, url, declared=declared, page_text=page_text,
                          tag_title=tag_title, lines=lines, links=links))
    if top is not None:
        return top.headline
    clean = [t for t in (hl._before_markup(x) for x in titles if x) if t]
    return clean[0] if clean else None


@lru_cache(maxsize=1)
def weights() -> dict[str, float]:
    """The fitted weights; validated so a hand-edited file fails loudly at load."""
    raw = resources.files("communique.data").joinpath("title_weights.json").read_text(encoding="utf-8")
    return check_weights(json.loads(raw))


def check_weights(data: Any) -> dict[str, float]:
    """``data['weights']`` as {feature: weight}; ValueError when it is malformed or names unknown features."""
    w = data.get("weights") if isinstance(data, dict) else None
    if not isinstance(w, dict) or not all(isinstance(v, int | float) for v in w.values()):
        raise ValueError("title_weights.json: 'weights' must map feature names to numbers")
    unknown = set(w) - set(FEATURES)
    if unknown:
        raise ValueError(f"title_weights.json: unknown features {sorted(unknown)}")
    return {k: float(v) for k, v in w.items()}


def score(c: Candidate, w: Mapping[str, float]) -> float:
    """The candidate's score: the weighted sum of its features."""
    return sum(w.get(name, 0.0) * x for name, x in c.feats.items())


def best(cands: Sequence[Candidate], w: Mapping[str, float] | None = None) -> Candidate | None:
    """The highest-scoring candidate (the first of equals), None when there is none."""
    w = weights() if w is None else w
    top: tuple[float, Candidate] | None = None
    for c in cands:
        s = score(c, w)
        if top is None or s > top[0]:
            top = (s, c)
    return top[1] if top else None
