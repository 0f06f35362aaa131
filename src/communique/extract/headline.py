"""The story's headline: the page title without the site's name and section labels.

A page's ``<title>`` is usually the headline plus furniture: "Terry set for scan - Gazette Live",
"LIVENEWS.com.au > League > Rabbitohs ready...", "Aidy recalls big guns (from Harrow Times)". Some titles
are only the site's name or a section ("Press TV", "NY1: Top Stories"). The headline is:

1. where the page declares its headline in metadata (og:title, twitter:title, a JSON-LD or Dublin Core title
   other than its <title>), the first title declaration without the site's name, when it is about the story
   (two content words shared with its opening);
2. else a heading on the page (h1-h3, an element classed as a title or headline) whose text is a whole part of
   the title between separators: the publisher wrote it twice, so it is the headline;
3. else the candidate scored highest by fitted weights (``headline_model``): the titles without the site's name,
   the page's headings, the lines of text set above the story's opening in whatever markup (a table cell, a plain
   ``<span>``) and the page's links to itself (a permalinked headline), weighed by where each sits (its tag, the
   page's one main heading, set right above the story's opening) and what it says (words shared with the story's
   opening, a section label, a byline).

This module reads the page for them: the headings (``collect_headings``), where the story opens among them
(``gaps_above_story``), the lines above the story (``lines_above_story``), the links to the page (``self_links``),
and the title without the end parts that name the site (og:site_name or the domain, also
as initials: "NY Times" ~ nytimes.com; on a portal's domain the path's first folder; a news agency whose story a
portal prints; the site's name opening a tagline, "SBS World News Australia") or are short section labels
("National", "Match Reports") or a date; sections in a row after the site's name are a breadcrumb; the site's
name inside the headline itself is never cut ("Los Angeles Times wins Pulitzer") (``strip_site``).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import urljoin, urlsplit

from lxml import etree

from communique.extract.boilerplate import is_boilerplate_line, is_byline, is_comment_marker, is_teaser_marker
from communique.extract.credits import canonical_wire
from communique.extract.text_features import stopwords
from communique.extract.words import count_words

_WORD = re.compile(r"\w+", re.UNICODE)
# Separators between a title's parts: spaced dashes, bars (spaced or not), '::', '>', '»', '·', '•', '--',
# ' / ', ' : ', ' @ ', a double colon spaced or not ('News::Clinton, Obama Spar': never inside a headline), and a
# dash glued to the word before it ('collapse- Hindustan Times').
# An em or en dash whose UTF-8 bytes were read as Windows-1252 ("â€”", "â€“") still separates.
_SEP = re.compile(
    r"\s+(?:[-–—|>»·•~/:@]|--)\s+|\s*\|\s*|\s*::\s*|(?<=[^\W\d_])[-–—]\s+(?=[A-Z])|\s*â€[“”]\s*"
)
_COLON = re.compile(r":\s+")
_GLUED = re.compile(r"(?<=[^\W\d_])-(?=[A-Z][a-z])")
_FROM = re.compile(r"\s*\((?:from|via|source:?)\s+([^()]{2,60})\)\s*$", re.IGNORECASE)
_BRACKETED = re.compile(r"\s*\[([^\[\]]{2,60})\]\s*$")  # "... [LWN.net]", "... [Archive of Our Own]"
# Elements that may hold the headline: headings, bold and big type, and anything classed or id'd as a
# title, headline or head.
# NewsML's <HeadLine> and NITF's <hedline>/<hl1> are headlines by definition (a news feed item pasted into a page).
_HEAD_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6", "b", "strong", "big", "headline", "hedline", "hl1"}
_NEVER_HEADING = {"html", "body", "title", "head", "meta", "script", "style", "link", "noscript"}
_HEAD_WEIGHT = {"h1": 1.0, "h2": 0.6, "h3": 0.4, "h4": 0.3, "h5": 0.3, "h6": 0.3, "b": 0.2, "strong": 0.2,
                "font": 0.2, "big": 0.2, "headline": 1.0, "hedline": 1.0, "hl1": 1.0}
_NEWS_MARKUP = {"headline", "hedline", "hl1"}
_TRUE_HEADINGS = {"h1", "h2", "h3", "headline", "hedline", "hl1"}
_DOMAIN_NOISE = {"www", "com", "co", "org", "net", "uk", "au", "ca", "za", "in", "news", "tv", "ie", "nz", "de",
                 "fr", "es", "it", "info", "biz", "go", "the", "online"}
_MAX_HEADINGS = 150
# A date (and time) set after a heading: "... on transfer 27 December 2007 (15:29)", "... - 1/21/2008".
_TRAILING_STAMP = re.compile(
    r"\s*[-–|,]?\s*(?:\((?=[^()]*\)\s*$))?"  # (a date in brackets: "... Trojan (14/01/2008)")
    r"(?:\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{1,2},?\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4})"
    r"(?:\s*\(?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp][Mm])?\)?)?\)?\s*$"
)
_BIG_TYPE = re.compile(
    r"font-size\s*:\s*(?:(?:1[4-9]|[2-9]\d)(?:\.\d+)?px|(?:1[1-9]|[2-9]\d)(?:\.\d+)?pt|(?:1\.[2-9]|[2-9])(?:\d*)em"
    r"|x*-?large)|font-weight\s*:\s*(?:bold|[6-9]00)", re.IGNORECASE)
_STAMP_ENDS = frozenset("0123456789)mM")
_MARKUP = re.compile(r"</?[a-z]+|/>|=\"|\{|;\s*var\s", re.IGNORECASE)


@dataclass(frozen=True)
class Heading:
    """A heading-like element of the page: its text, tag and order on the page."""

    text: str
    tag: str
    order: int
    marked: bool = False
    """classed, id'd or itemprop'd as the headline: the page says this is its headline"""
    marks: str = ""
    """its element's class, id and itemprop, lower-cased, with those of an element of the same text around it or
    inside it ('articletitle', 'entry-title', 'storyhead'): what the page's style sheet calls it"""


def _norm(text: str) -> str:
    return " ".join((text or "").split())


@lru_cache(maxsize=4096)
def _key(text: str) -> str:
    return " ".join(_WORD.findall((text or "").lower()))


CAPTION_TAGS = frozenset({"figcaption", "caption"})


@dataclass
class PageScan:
    """What the headings' walk over the page's elements also finds for the body extractor's later passes (valid
    while the tree is unchanged), each in page order: the picture captions and credits (a figcaption or caption,
    an element classed as a caption or credit or itemprop'd as a caption) and the elements with a ``hidden`` or
    ``style`` attribute."""

    captions: list[etree._Element] = field(default_factory=list)
    styled: list[etree._Element] = field(default_factory=list)


def collect_headings(tree: etree._Element, scan: PageScan | None = None) -> list[Heading]:
    """The page's headings and title-classed elements (2-40 words), in page order; call before anything
    changes the tree. ``scan``: filled in the same walk (see ``PageScan``)."""
    out: list[Heading] = []
    seen: dict[str, int] = {}
    news_markup = full = False
    try:
        elements = tree.iter()
    except AttributeError:
        return out
    for el in elements:
        tag = el.tag
        if not isinstance(tag, str):
            continue
        items = None
        if scan is not None:
            items = el.items()
            if not items:  # most elements: no attribute, so no caption by its marks and no styling
                if tag in CAPTION_TAGS:
                    scan.captions.append(el)
                if full or tag.lower() not in _HEAD_TAGS:  # (``_is_heading`` of an element without attributes)
                    continue
            else:  # one pass over the attributes: caption, styling, and ``_is_heading``'s tests
                caption, styled = tag in CAPTION_TAGS, False
                never = tag in _NEVER_HEADING
                low = tag.lower()
                heading = not never and low in _HEAD_TAGS
                for name, value in items:
                    if name == "class" or name == "id":
                        if name == "class":
                            caption = caption or "caption" in value or "credit" in value
                        if not heading and not never:
                            marks = value.lower()
                            heading = _marks_heading(marks)
                    elif name == "itemprop":
                        caption = caption or "caption" in value
                        heading = heading or (not never and value == "headline")
                    elif name == "style":
                        styled = True
                        heading = heading or (not never and bool(value) and _BIG_TYPE.search(value) is not None)
                    elif name == "hidden":
                        styled = True
                    elif name == "size":
                        heading = heading or (not never and low == "font" and bool(value))
                if caption:
                    scan.captions.append(el)
                if styled:
                    scan.styled.append(el)
                if full or not heading:
                    continue
        # (``_is_heading``, its cheap tests first: most elements are no heading tag and have no attribute)
        elif tag not in _HEAD_TAGS and (tag in _NEVER_HEADING or not _is_heading(el, tag)):
            continue
        if len(el) > 30:  # a container, not a heading
            continue
        try:
            text = _norm(repair_mojibake(_before_break(el)))
            if text[-1:] in _STAMP_ENDS:  # the stamp's pattern is costly to try at every position of every text
                text = _TRAILING_STAMP.sub("", text)
            lead_stamp = _LEADING_STAMP.match(text)  # (anchored: fails at the first word of most texts)
            if lead_stamp is not None:
                text = text[lead_stamp.end():]
        except ValueError:
            continue
        n = len(text.split())
        if not 2 <= n <= 40 or len(text) > 300:
            continue
        low = tag.lower()
        marks = " ".join(x for x in (el.get("class"), el.get("id"), el.get("itemprop")) if x).lower()
        if text in seen:  # "<b><h3>Headline</h3></b>": the same text, known by its strongest tag and all its marks
            i = seen[text]
            old = out[i]
            both = f"{old.marks} {marks}".strip() if marks else old.marks
            if _HEAD_WEIGHT.get(low, 0.5) > _HEAD_WEIGHT.get(old.tag, 0.5):
                out[i] = Heading(text, low, i, old.marked, both)
            elif both != old.marks:
                out[i] = Heading(text, old.tag, i, old.marked, both)
            continue
        if low in _NEWS_MARKUP:  # the item's own headline comes first; later ones head its photos
            if news_markup:
                continue
            news_markup = True
        seen[text] = len(out)
        out.append(Heading(text, low, len(out), "headline" in marks and "sub" not in marks, marks))
        if len(out) >= _MAX_HEADINGS:
            full = True
            if scan is None:
                break
    return out


# Elements that start a new line: a heading's text stops at the first of them
_LINE_BREAKS = frozenset({"br", "div", "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "blockquote"})


# A character's UTF-8 bytes read one by one as Windows-1252 (or Latin-1): a lead byte (Â-ß, à-ï, ð-ô) then its
# continuation bytes (0x80-0xBF as Windows-1252 shows them: €, ‚, ™, ©, ...); "Kosovoâ€™s" is "Kosovo’s"
_CONT = "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a" \
        "\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
_MOJIBAKE = re.compile(f"[\u00c2-\u00df][{_CONT}]|[\u00e0-\u00ef][{_CONT}]{{2}}|[\u00f0-\u00f4][{_CONT}]{{3}}")


def _byte(ch: str) -> bytes:
    try:
        return ch.encode("cp1252")
    except UnicodeEncodeError:
        return ch.encode("latin-1")  # (0x81, 0x8d, 0x8f, 0x90, 0x9d: no Windows-1252 character, kept as read)


def _mended(m: re.Match[str]) -> str:
    try:
        return b"".join(_byte(ch) for ch in m.group(0)).decode("utf-8")
    except UnicodeError:
        return m.group(0)


def repair_mojibake(text: str) -> str:
    """``text`` with each character whose UTF-8 bytes were read as Windows-1252 made whole again (a page that
    declares one encoding and is written in another): the headline as its publisher wrote it."""
    if not text or text.isascii():
        return text
    mended = _MOJIBAKE.sub(_mended, text)
    return _MOJIBAKE.sub(_mended, mended) if mended != text else text  # (read twice over: "Ã‚Â©" is "©")


def _before_break(el: etree._Element) -> str:
    """A heading's text up to its first line break or block: what a heading sets on the next line is a deck, a
    byline or a date ("Harry rubbishes slump theory<br><span>by Chris Stanton, 30 December 2007</span>",
    "Microsoft faces two new cases<div class='sms_t'>The Commission has begun ...</div>")."""
    parts = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and child.tag.lower() in _LINE_BREAKS:
            head = "".join(parts)
            if len(head.split()) >= 2:
                return head
            break
        parts.append(child.text_content() if isinstance(child.tag, str) else "")
        parts.append(child.tail or "")
    return el.text_content()


# A headline's class or id in the languages pages are written in besides English ("titular", "titulo", "titolo",
# "titre", "titel", "manchete", "schlagzeile", "überschrift") and the newsroom's own short word ("hed")
_FOREIGN_HEAD = re.compile(r"titul|titol|titre|titel|manchet|schlagzeile|berschrift|(?<![a-z])hed(?![a-z])")


def _marks_heading(marks: str) -> bool:
    """Does a class or id (lower-cased) call its element a heading, a title or a headline?"""
    if "head" in marks or "title" in marks:
        return True
    # (the pattern only where one of its words may be: this runs for every classed element of the page)
    return ("tit" in marks or "hed" in marks or "schr" in marks or "schl" in marks or "manch" in marks) \
        and _FOREIGN_HEAD.search(marks) is not None


def _is_heading(el: etree._Element, tag: str, items: list[tuple[str, str]] | None = None) -> bool:
    if tag in _HEAD_TAGS:  # (lxml.html gives tag names in lower case)
        return True
    if tag in _NEVER_HEADING:
        return False
    tag = tag.lower()
    if tag in _HEAD_TAGS:
        return True
    # one pass over the attributes (most elements have none; this runs for every element of the page): classed
    # or id'd as a title or head, itemprop'd as the headline, big or bold type inline, a sized <font>
    for name, value in el.items() if items is None else items:
        if name == "class" or name == "id":
            value = value.lower()
            if _marks_heading(value):
                return True
        elif name == "itemprop":
            if value == "headline":
                return True
        elif name == "style":
            if value and _BIG_TYPE.search(value):  # an inline-styled heading: big or bold type
                return True
        elif name == "size" and tag == "font" and value:
            return True
    return False


def _site_keys(site: str | None, url: str | None) -> list[str]:
    """Squashed forms of the site's name and of the URL's host labels ('gazettelive', 'nytimes')."""
    keys = []
    if site:
        keys.append("".join(_WORD.findall(site.lower())))
    parsed = urlsplit(url) if url else None
    host = parsed.hostname if parsed else None
    if host:
        labels = [x for x in host.lower().split(".") if x and x not in _DOMAIN_NOISE]
        keys += labels
        if labels:
            keys.append("".join(labels))
        else:  # a portal's domain (news.com.au) says nothing of the paper: the path's first folder names it
            first = next((x for x in parsed.path.lower().split("/") if x), "")
            if first.isalpha() and first not in _DOMAIN_NOISE:
                keys.append(first)
    return [k for k in keys if len(k) >= 3]


def _names_site(part: str, keys: list[str]) -> bool:
    """Does this title part name the site (its words spell the site's name or host, or their initials do)?"""
    return _names_site_cached(part, tuple(keys))


@lru_cache(maxsize=4096)
def _names_site_cached(part: str, keys: tuple[str, ...]) -> bool:
    words = [w for w in _WORD.findall(part.lower()) if w not in ("the", "www", "com")]
    if words and len(words) <= 4 and _is_agency(part):
        return True
    if words[:2] == ["welcome", "to"]:  # the site's greeting: "Welcome to www.dailyrecord.com"
        words = words[2:]
    if not words or not keys or len(words) > 6:
        return False
    squashed = "".join(words)
    initials = {"".join(w[0] for w in words[:i]) + "".join(words[i:]) for i in range(1, len(words))}
    if len(words) <= 3:  # "Seattle Post-Intelligencer" ~ seattlepi (a name, not a headline's first word + initials)
        initials.add(words[0] + "".join(w[0] for w in words[1:]))
    for key in keys:
        # the part spells the name, give or take a suffix ('LIVENEWS.com.au'); a headline that only
        # contains the name ("SuperSport to put three on transfer") does not name the site
        if len(squashed) >= 3 and (squashed == key or (len(squashed) >= 5 and (
                squashed in key or (key in squashed and len(squashed) <= len(key) + 6)))):
            return True
        if any(len(f) >= 3 and (f == key or (len(f) >= 5 and f in key)) for f in initials):
            return True
        if len(words) >= 2 and all(len(w) >= 3 and w in key for w in words if w not in _DOMAIN_NOISE):
            return True
    return False


def _is_agency(part: str) -> bool:
    """Is this title part a news agency's name ("The Associated Press: ...", "... - Reuters")? A page that prints
    an agency's story (a portal, an aggregator) names its source where a site names itself."""
    name = part.strip()
    if name[:4].lower() == "the ":
        name = name[4:]
    return canonical_wire(name) is not None or canonical_wire(part) is not None


def _opens_with_site(part: str, keys: list[str]) -> bool:
    """Does this part open with the site's name and go on ("SBS World News Australia", "ABC News (Australian
    Broadcasting Corporation)", "CTV News, Shows and Sports")? A site's name with its tagline or description."""
    words = part.split()
    return any(_names_site(" ".join(words[:i]), keys) for i in range(1, min(3, len(words) - 1) + 1))


# A part that is only a date, or says when the page was published: "Published January 18th, 2008",
# "Updated: 5 Jan 2008", "Tuesday, January 8, 2008", "2008-01-08".
_MONTH = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?")
_DATE_PART = re.compile(
    r"(?:(?:published|updated|posted|last\s+updated|modified)\s*:?\s*(?:on\s+)?)?"
    r"(?:[a-z]+day,?\s+)?"
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})"
    r"(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[a-z]{2,4})?)?",
    re.IGNORECASE,
)


# A date (and time) set before a heading: "Wednesday, 09 January 2008 Jeremy Clarkson ripped off"; a headline
# follows it (two words at least)
_LEADING_STAMP = re.compile(rf"(?:{_DATE_PART.pattern})\s*[-–—|:,]?\s+(?=\S+\s+\S)", re.IGNORECASE)


def _is_date_part(part: str) -> bool:
    return _DATE_PART.fullmatch(part.strip()) is not None


def _is_label(part: str) -> bool:
    """A section label or date: at most three words starting with a capital or a number ('Match Reports',
    'Special reports', '6.0'), or one or two lower-case words ('european news')."""
    words = part.split()
    if not words or len(words) > 3 or part.rstrip()[-1:] in ".?!":
        return False
    first = words[0][0]
    return first.isupper() or first.isdigit() or not first.isalnum() or (len(words) <= 2 and part.islower())


def _short_label(part: str) -> bool:
    """A one- or two-word label ("Sports Wire", "Top Stories"): a section's name, never alone a headline."""
    return len(part.split()) <= 2 and _is_label(part)


def _site_first(titles: list[str], keys: list[str]) -> bool:
    """Does the first title open with the site's name (before a separator or a colon)?"""
    if not titles:
        return False
    c = _COLON.search(titles[0])
    return _names_site(_parts(titles[0])[0], keys) or bool(c and _names_site(titles[0][: c.start()], keys))


def _parts(title: str) -> list[str]:
    return [p for p in (x.strip() for x in _SEP.split(title)) if p]


def strip_site(title: str, site: str | None = None, url: str | None = None) -> str:
    """The title without end parts that name the site or are section labels; whole when nothing would remain
    or the title has no separators (a name inside the headline stays)."""
    title = _norm(title)
    keys = _site_keys(site, url)
    m = _FROM.search(title)
    if m and (_names_site(m.group(1), keys) or _is_label(m.group(1))):
        title = title[: m.start()]
    m = _BRACKETED.search(title)
    if m and _names_site(m.group(1), keys) and title[: m.start()].strip():
        title = title[: m.start()]
    glued = [p.strip() for p in _GLUED.split(title)]
    if len(_parts(title)) == 1 and len(glued) > 1 and _names_site(glued[-1], keys):
        title = " - ".join(glued)  # "Kat to go to London-India Buzz-The Times of India"
    parts = _parts(title)
    if len(parts) > 1:
        lead_names = 0  # the site's name in front ("CANOE -- JAM! Movies - ..."), possibly in two parts
        while lead_names < len(parts) and _names_site(parts[lead_names], keys):
            lead_names += 1
        named = [i for i, p in enumerate(parts) if i > max(lead_names, 0) and _names_site(p, keys)]
        # the site's name opening a part after the headline (a part of 3 words or more that is not the site's):
        # the name with its tagline or description ("... - SBS World News Australia")
        named += [i for i, p in enumerate(parts) if i > max(lead_names, 0) and _opens_with_site(p, keys)
                  and any(len(q.split()) >= 3 and not _names_site(q, keys) for q in parts[lead_names:i])]
        if named:  # the site's name and whatever follows it (its tagline: "SPORTBOX.tv - Nothing Inside But Sport")
            parts = parts[: min(named)]
        # a short end part is a section label, but not when it is the longest part after a section ("... -
        # Music- Lavigne lawsuit settled": a headline after a section is capitalised like a label too); a date
        # at the end says when, not what
        while len(parts) > 1 and (_names_site(parts[-1], keys) or _is_date_part(parts[-1]) or (
                _is_label(parts[-1]) and (len(parts[-1].split()) <= max(len(p.split()) for p in parts[:-1])
                                          or all(_names_site(p, keys) for p in parts[:-1])))):
            parts.pop()
        while len(parts) > 1 and _names_site(parts[0], keys):
            parts.pop(0)
        longest = max(parts, key=lambda p: len(p.split()))
        n = len(longest.split())
        if len(parts) > 1 and n >= 3 and all(_is_label(p) and len(p.split()) < n for p in parts if p is not longest):
            parts = [longest]  # "Calcutta | Nation | Samjhauta Express back on track"
        if len(parts) == 1 or _parts(title)[: len(parts)] == parts or _parts(title)[-len(parts):] == parts:
            title = _rejoin(title, parts)
    # "Site: Headline", "Site: Section" -- a colon after the site's name only; "Xbox News: Headline" -- a
    # section of news before the colon
    c = _COLON.search(title)
    if c and title[c.end():].strip():
        before = title[: c.start()]
        if _names_site(before, keys) or (_is_label(before) and before.split()[-1].lower() == "news"
                                         and len(title[c.end():].split()) >= 2):
            site_first = _names_site(before, keys)
            title = title[c.end():]
            # after the site's name, two or more sections each closed by a colon are a breadcrumb ("Home of Sport:
            # Formula One: News: BMW confirms ..."); one is kept, it may be the headline's own ("Israel: ...")
            crumbs = _COLON.split(title)
            if site_first and len(crumbs) >= 3 and all(_is_label(x) for x in crumbs[:-1]) \
                    and len(crumbs[-1].split()) >= 3:
                title = crumbs[-1]
    return title.strip()


def _after_site_name(title: str, keys: list[str]) -> str:
    """``title`` without its first words when they spell the site's name ("Summit Daily News for ..." on
    summitdaily.com); the whole title otherwise."""
    words = title.split()
    for i in range(min(4, len(words) - 1), 0, -1):
        if _names_site(" ".join(words[:i]), keys):
            return " ".join(words[i:])
    return title


def _rejoin(title: str, parts: list[str]) -> str:
    """The stretch of ``title`` from the first to the last of ``parts`` (keeping its own separators)."""
    start = title.find(parts[0])
    end = title.rfind(parts[-1]) + len(parts[-1])
    return title[start:end] if 0 <= start < end else " ".join(parts)


_SUFFIX = re.compile(r"(?:ing|ed|es|s)$")


def _stem(word: str) -> str:
    """A crude English stem, so a headline's "defends" meets the story's "defended" ("critics", "critic")."""
    cut = _SUFFIX.sub("", word)
    return cut if len(cut) >= 4 and not word.endswith("ss") else word


@lru_cache(maxsize=4096)
def _content(text: str) -> frozenset[str]:
    stops = stopwords()
    return frozenset(_stem(w) for w in _WORD.findall(text.lower())
                     if len(w) > 2 and w not in stops and not w.isdigit())


def _overlap(text: str, lead: set[str]) -> float:
    words = _content(text)
    return len(words & lead) / (len(words) + 1.0) if words else 0.0


def _rest_is_furniture(heading: str, title: str, keys: list[str]) -> bool:
    """Is everything in ``title`` besides ``heading`` the site's name or section labels?"""
    h = _key(heading)
    rest = [p for p in _parts(title) if _key(p) not in h]
    c = _COLON.search(title)
    if c and _key(title[c.end():]) == h:
        rest = [title[: c.start()]]
    return all(_names_site(p, keys) or _is_label(p) for p in rest)


def _shares_topic(words: set[str], lead: set[str], opening: Counter[str]) -> bool:
    """Two content words shared with the story's opening; a one-word heading's word twice in the opening."""
    if len(words) == 1:
        return opening[next(iter(words))] >= 2
    return len(words & lead) >= 2


def _aligned(heading: str, title: str) -> bool:
    """Is ``heading`` a whole run of ``title``'s parts (between separators, or after a 'Site:' colon)?"""
    h, t = _key(heading), _key(title)
    if not h or h not in t:
        return False
    if h == t:
        return True
    parts = [_key(p) for p in _parts(title)]
    for i in range(len(parts)):
        for j in range(i + 1, len(parts) + 1):
            if " ".join(parts[i:j]) == h:
                return True
    c = _COLON.search(title)
    return bool(c) and _key(title[c.end():]) == h


_ABOVE_WINDOW = 4000  # characters of page text read back from the story's opening
_ABOVE_NEAR = 500  # at most this much text (a byline, a date, a picture's caption, share links) between the two


def gaps_above_story(page_text: str | None, body: str, headings: list[Heading]) -> dict[str, int]:
    """For each heading set shortly above the story's opening on the page, how many characters of text lie between
    its end and that opening. ``page_text``: the page's text in document order, as read before the body extractor
    changed the tree. A page sets its headline right above the story, with at most a byline, a date, a picture and
    share links between; menus, teasers and related stories sit elsewhere. A heading the body opens with is at 0.
    {} when the opening is not found."""
    if not page_text or not headings:
        return {}
    words = body.split()[:8]
    m = None
    for n in (8, 5):  # (five: the body's first line may be a heading, set apart from what follows it)
        if len(words) >= n:
            m = re.search(r"\s+".join(map(re.escape, words[:n])), page_text)
            if m is not None:
                break
    if m is None:
        return {}
    # (the headings' text is made whole where the page was read in the wrong encoding; the body is not)
    before = _norm(repair_mojibake(page_text[max(0, m.start() - _ABOVE_WINDOW): m.start()]))
    out = {}
    for h in headings:
        q = before.rfind(h.text)
        if q >= 0 and len(before) - q - len(h.text) <= _ABOVE_NEAR:
            out[h.text] = len(before) - q - len(h.text)
    first = body.split("\n\n", 1)[0].strip()
    if any(h.text == first for h in headings):
        out[first] = 0
    return out


def story_opening(page_text: str, body: str) -> int | None:
    """Where the story's first paragraph of ten words or more (as the body extractor counts them: about two
    characters a word in Chinese or Japanese) begins in ``page_text`` (the short ones before it,
    a heading, a kicker or a notice the body opens with, are lines above it), by its first eight words with any
    space or none between them (a page may set a paragraph's words apart or run two blocks together); else its
    first paragraph; None when neither is found."""

    paras = body.split("\n\n", 8)
    long = next((p for p in paras if count_words(p) >= 10), None)
    for para in (long, paras[0]) if long is not paras[0] else (long,):
        words = (para or "").split()[:8]
        if len(words) < 2 and len(words[0] if words else "") >= 8:  # (a script written without spaces)
            words = list(words[0][:16])
        if len(words) < 2:
            continue
        m = re.search(r"\s*".join(map(re.escape, words)), page_text)
        if m is not None:
            return m.start()
    return None


# Elements that end a line of the page as a browser shows it, and elements whose text is never shown as a line
_BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
    "iframe", "img", "legend", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot",
    "th", "thead", "tr", "ul", "html"})
_UNSHOWN = frozenset({"script", "style", "noscript", "select", "option", "textarea", "button", "title", "head",
                      "object", "embed", "map", "iframe"})
_LINES_READ = 60  # lines of page text read back from the story's opening
_LINES_KEPT = 4  # of them, this many that could be a headline


def lines_above_story(tree: etree._Element, page_text: str | None, body: str) -> list[str]:
    """The lines of text set right above the story's opening, nearest first, that could be its headline: a
    line as a browser breaks them (at a block element or a ``<br>``), of 2-25 words once a leading or trailing
    date is cut, not wholly link text (a menu, a related story's headline), not a byline, a date or a box's
    furniture ("Print this article"). A page sets its headline above its story, in whatever markup (a table
    cell, a ``<span>`` its style sheet sets in big type, a plain ``<div>``), with at most a byline, a date and
    share links between. ``tree``: the page as parsed before the body extractor changed it; ``page_text``: its
    text in order (see ``gaps_above_story``). [] when the opening is not found."""
    if not page_text or not body:
        return []
    start = story_opening(page_text, body)
    if start is None:
        return []
    shown = tree.find("body")
    nodes = (tree if shown is None else shown).xpath(".//text()")
    pos, first = 0, None
    for i, t in enumerate(nodes):  # (the page's text is its text nodes in order)
        pos += len(t)
        if pos > start:
            first = i
            break
    if first is None:
        return []
    out: list[str] = []
    words: list[str] = []
    linked = [0, 0]  # characters of the line in links, in all
    block = None
    read = 0

    def close() -> None:
        nonlocal words, linked, read
        if words:
            read += 1
            text = _clean_line(" ".join(reversed(words)))
            if text and linked[0] < linked[1]:
                out.append(text)
        words, linked = [], [0, 0]

    for t in reversed(nodes[:first]):
        el = t.getparent()
        if el is None or not isinstance(el.tag, str):
            continue
        host = el.getparent() if t.is_tail else el
        if host is None or _unshown(host) or (not t.is_tail and el.tag in _UNSHOWN) or _captioned(host):
            continue
        own = _block_of(host)
        if own is not block:
            close()
        block = own
        s = t.strip()
        if s:
            words.append(s)
            linked[1] += len(s)
            if _in_link(host, own):
                linked[0] += len(s)
        if t.is_tail and el.tag in _BLOCKS:  # text after a block or a <br> starts a line of its own
            close()
            block = None
        if len(out) >= _LINES_KEPT or read >= _LINES_READ:
            break
    if len(out) < _LINES_KEPT:
        close()
    return out[:_LINES_KEPT]


def _page_key(url: str) -> str:
    """A page's address without its scheme, a leading 'www.', a trailing '/' and its fragment."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    host = (parts.hostname or "").removeprefix("www.")
    return f"{host}{parts.path.rstrip('/')}?{parts.query}"


def self_links(tree: etree._Element, url: str | None) -> list[str]:
    """The texts of the page's links to itself that could be its headline (2-25 words, not a byline, a date or
    furniture; see ``lines_above_story``), in page order: a story page links its headline to its own address (the
    permalink a blog or a CMS sets on the headline, ``href=""``); other links name other pages. [] without the
    page's address."""
    if not url:
        return []
    own = _page_key(url)
    out: list[str] = []
    for a in tree.iter("a"):
        href = a.get("href")
        if href is None or href.startswith(("#", "javascript:", "mailto:")):
            continue
        if href.strip() and _page_key(urljoin(url, href.strip())) != own:
            continue
        text = _clean_line(a.text_content())
        if text and text not in out:
            out.append(text)
    return out


def _block_of(el: etree._Element) -> etree._Element | None:
    while el is not None and el.tag not in _BLOCKS:
        el = el.getparent()
    return el


def _unshown(el: etree._Element) -> bool:
    while el is not None and el.tag not in _BLOCKS:
        if el.tag in _UNSHOWN:
            return True
        el = el.getparent()
    return el is not None and el.tag in _UNSHOWN


def _captioned(el: etree._Element, depth: int = 5) -> bool:
    """Is the element in a picture's caption or credit (``figcaption``, ``caption``, classed so), within
    ``depth`` levels? A caption describes a picture, never the story."""
    while el is not None and depth:
        if el.tag in CAPTION_TAGS:
            return True
        cls = el.get("class")
        if cls and ("caption" in cls or "credit" in cls):
            return True
        el = el.getparent()
        depth -= 1
    return False


def _in_link(el: etree._Element, block: etree._Element | None) -> bool:
    while el is not None and el is not block:
        if el.tag == "a":
            return True
        el = el.getparent()
    return False


_BULLETS = frozenset("•·»«◦▪▸►‣*-–—|")
_SENTENCE_ENDS = frozenset(".:;,。．：；，、")


def _clean_line(text: str) -> str:
    """A line of page text as a headline candidate ("" when it cannot be one): its dates cut, 2-25 words, not a
    byline, a date, a box's marker or the site's furniture; not a list's item (it opens with a bullet: a menu) and
    not a sentence (it ends in a full stop, a colon, a comma or a semicolon, in any script: a story's paragraph,
    a caption, a notice or a lead-in; a headline ends in a word, a quote, '?' or '!')."""
    text = _norm(repair_mojibake(text))
    if text[:1] in _BULLETS or text[-1:] in _SENTENCE_ENDS:
        return ""
    if text[-1:] in _STAMP_ENDS:
        text = _TRAILING_STAMP.sub("", text)
    lead = _LEADING_STAMP.match(text)
    if lead is not None:
        text = text[lead.end():]
    if not 2 <= len(text.split()) <= 25 or len(text) > 300 or _MARKUP.search(text) or is_byline(text) \
            or _is_date_part(text) or is_teaser_marker(text) or is_comment_marker(text) or is_boilerplate_line(text):
        return ""
    return text


def _before_markup(title: str) -> str:
    """A title as far as the first scrap of markup or script in it (a page's broken <title> tag), or ""."""
    title = _norm(title)
    m = _MARKUP.search(title)
    if m is None:
        return title
    cut = title[: m.start()].strip()
    return cut if len(cut.split()) >= 3 else ""


def ruled_headline(titles: list[str], headings: list[Heading], body: str, site: str | None = None,
                   url: str | None = None, *, declared: bool = False) -> str | None:
    """The headline where the page says which it is: the headline it declares in metadata (see
    ``declared_headline``), else a heading that is a whole part of its title (see ``aligned_heading``); None
    else."""
    found = declared_headline(titles, body, site, url) if declared else None
    return found if found is not None else aligned_heading(titles, headings, body, site, url)


def declared_headline(titles: list[str], body: str, site: str | None = None, url: str | None = None) -> str | None:
    """The first title declaration (the metadata's title: JSON-LD, og:title...) without the site's name, when it is
    about the story (two content words shared with its opening, see ``_shares_topic``): the publisher named its
    headline; None when it names only the site, a section or the site's topics."""
    first = next((t for t in (_before_markup(x) for x in titles if x) if t), None)
    if first is None:
        return None
    keys = _site_keys(site, url)
    found = strip_site(first, site, url)
    opening = " ".join(body.split()[:80])
    if found and not _names_site(found, keys) and not _short_label(found) and _shares_topic(
            _content(found), _content(opening), Counter(_WORD.findall(opening.lower()))):
        return found
    return None


def aligned_heading(titles: list[str], headings: list[Heading], body: str, site: str | None = None,
                    url: str | None = None) -> str | None:
    """A heading that is a whole part of a title whose other parts name the site or a section (the publisher
    wrote the headline twice), when it shares a word with the story's opening or is a real heading (h1-h3) that
    is the whole title bar the site's name; None when there is none."""
    titles = [t for t in (_before_markup(x) for x in titles if x) if t]
    lead = _content(" ".join(body.split()[:80]))
    keys = _site_keys(site, url)
    usable = [h for h in headings if not _MARKUP.search(h.text) and not _names_site(h.text, keys)
              and not is_comment_marker(h.text) and not _short_label(h.text)]
    best: tuple[float, str] | None = None
    stripped = [s for s in (strip_site(t, site, url) for t in titles) if s and not _names_site(s, keys)]
    whole = {_key(s) for s in stripped if not _short_label(s)}
    for h in usable:
        if any(_aligned(h.text, t) and _rest_is_furniture(h.text, t, keys) for t in [*stripped, *titles]):
            score = len(h.text) + 100 * _HEAD_WEIGHT.get(h.tag, 0.5)
            if best is None or score > best[0]:
                best = (score, h.text)
            # a real heading (h1-h3) that is the whole title bar the site's name is the headline even when
            # the body found shares no word with it (a feature with an unrelated opening, a body gone wrong)
            if h.tag in _TRUE_HEADINGS and _key(h.text) in whole:
                best = (best[0] + 1000, best[1]) if best[1] == h.text else (score + 1000, h.text)
    if best is not None and (best[0] >= 1000 or _overlap(best[1], lead) > 0 or not lead):
        return best[1]
    return None


_RANK = {"headline": 5, "hedline": 5, "hl1": 5, "h1": 4, "h2": 3, "h3": 2}


def _heading_above(usable: list[Heading], gaps: dict[str, int]) -> Heading | None:
    """The heading set right above the story (see ``gaps_above_story``): of those there, not a byline, a date, a
    section label or a box's marker, the strongest (marked as the headline, then h1, h2, h3, other), then the
    nearest."""
    best = None
    for h in usable:
        gap = gaps.get(h.text)
        if gap is None or not 2 <= len(h.text.split()) <= 25 or is_byline(h.text) or _is_label(h.text) \
                or _is_date_part(h.text) or is_teaser_marker(h.text):
            continue
        rank = (5 if h.marked else _RANK.get(h.tag, 1), -gap)
        if best is None or rank > best[0]:
            best = (rank, h)
    return best[1] if best else None


def title_tags(tree: etree._Element) -> tuple[str, str, str]:
    """og:title, twitter:title and the <title> (the one in <head> first) of a page, "" for each it lacks; one
    pass over its <meta> and <title> elements."""
    og = tw = head_title = any_title = ""
    try:
        elements = tree.iter("meta", "title")
    except AttributeError:
        return "", "", ""
    for el in elements:
        if el.tag == "title":
            text = el.text_content()
            if not any_title:
                any_title = text
            parent = el.getparent()
            if not head_title and parent is not None and parent.tag == "head":
                head_title = text
        elif not og and el.get("property") == "og:title":
            og = el.get("content") or ""
        elif not tw and el.get("name") == "twitter:title":
            tw = el.get("content") or ""
    return og, tw, head_title or any_title


def has_metadata_title(tree: etree._Element, meta_title: str | None,
                       tags: tuple[str, str, str] | None = None) -> bool:
    """Does the page name its headline in metadata (og:title, twitter:title, or a metadata title that is not
    its <title> element's text or a part of it)? A publisher's explicit headline outranks the wording of a
    heading. ``tags``: ``title_tags(tree)`` when the caller has it."""
    og, tw, title = tags or title_tags(tree)
    if og.strip() or tw.strip():
        return True
    return bool(meta_title) and _key(meta_title) not in _key(title)  # not the <title>, or a part of it


def declared_titles(tree: etree._Element, tags: tuple[str, str, str] | None = None) -> list[str]:
    """The page's own title declarations, most explicit first: og:title, twitter:title, <title>."""
    out: list[str] = []
    for found in tags or title_tags(tree):
        text = _norm(found)
        if text and text not in out:
            out.append(text)
    return out
