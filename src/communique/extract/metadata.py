"""HTML page -> title, publication date, authors, site name, canonical URL, declared language.

The page is parsed once with lxml. Each field is taken from the most explicit declaration
available: JSON-LD and <meta> tags (what the publisher states) before page text (what a
layout happens to show). Which meta keys count, and in what order, lives in
``data/meta_fields.yaml``. Nothing here raises on bad input: a field that cannot be found
is None (or an empty list).
"""

from __future__ import annotations

import datetime as _dt
import html as _html
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any
from urllib.parse import urljoin, urlsplit

import lxml.html
import yaml
from lxml import etree


@dataclass
class Metadata:
    title: str | None = None
    date: str | None = None  # ISO YYYY-MM-DD
    authors: list[str] = field(default_factory=list)
    site: str | None = None
    url: str | None = None  # canonical URL
    language: str | None = None  # declared language, e.g. "en"


# ---------------------------------------------------------------- knowledge


@dataclass(frozen=True)
class _Fields:
    article_types: frozenset[str]
    keys: dict[str, tuple[str, ...]]
    byline_prefix: re.Pattern[str]
    byline_markers: tuple[str, ...]
    joiner: re.Pattern[str]
    months: dict[str, int]
    not_names: re.Pattern[str]


def _key(name: str) -> str:
    """Meta keys compare case-insensitively, with '.' and ':' alike (dc.title == DC:Title)."""
    return re.sub(r"\s+", "", name.lower().replace(".", ":"))


@lru_cache(maxsize=1)
def _fields() -> _Fields:
    raw = yaml.safe_load(resources.files("communique").joinpath("data/meta_fields.yaml").read_text("utf-8"))
    if not isinstance(raw, dict):
        raise ValueError("meta_fields.yaml: expected a mapping")
    keys: dict[str, tuple[str, ...]] = {}
    for name in ("title", "date", "author", "site", "language"):
        values = raw.get(name)
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            raise ValueError(f"meta_fields.yaml: '{name}' must be a list of strings")
        keys[name] = tuple(_key(v) for v in values)
    months: dict[str, int] = {}
    for num, names in (raw.get("months") or {}).items():
        if not (isinstance(num, int) and 1 <= num <= 12 and isinstance(names, list)):
            raise ValueError("meta_fields.yaml: 'months' maps 1..12 to lists of names")
        for n in names:
            months[str(n).lower()] = num
    prefixes = sorted((str(p) for p in raw.get("byline_prefixes") or []), key=len, reverse=True)
    joiners = [str(j) for j in raw.get("name_joiners") or []]
    markers = [str(m) for m in raw.get("byline_markers") or []]
    if not (prefixes and joiners and markers and months):
        raise ValueError("meta_fields.yaml: byline_prefixes, name_joiners, byline_markers, months required")
    return _Fields(
        article_types=frozenset(str(t).lower() for t in raw.get("article_types") or []),
        keys=keys,
        byline_prefix=re.compile(r"^\s*(?:" + "|".join(re.escape(p) for p in prefixes) + r")\b[\s:]*", re.IGNORECASE),
        byline_markers=tuple(m.lower() for m in markers if "'" not in m),
        joiner=re.compile(r"\s*(?:[,;|/]|&|\b(?:" + "|".join(map(re.escape, joiners)) + r")\b)\s*", re.I),
        months=months,
        not_names=re.compile(
            r"\b(?:" + "|".join(re.escape(str(w)) for w in raw.get("not_names") or ["\x00"]) + r")\b", re.I
        ),
    )


# ---------------------------------------------------------------- small helpers


def _norm(text: Any) -> str:
    """Unescape entities left in attribute values (often double-escaped) and collapse whitespace."""
    if not isinstance(text, str):
        return ""
    if "&" in text:
        text = _html.unescape(text)
    return " ".join(text.split())


def _text(el: Any) -> str:
    try:
        return _norm(el.text_content())
    except (ValueError, AttributeError):
        return ""


def _js_words(text: str) -> int:
    # Word count as a browser's split(/\s+/) gives it (leading/trailing blanks count as words).
    return len(re.split(r"\s+", text))


_PARSER = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)


def _parse(html: str) -> Any:
    if not isinstance(html, str) or not html.strip():
        return None
    try:
        root = lxml.html.document_fromstring(html.encode("utf-8", "replace"), parser=_PARSER)
    except (etree.ParserError, ValueError, TypeError):
        return None
    return root


# ---------------------------------------------------------------- collected declarations


@dataclass
class _Page:
    root: Any
    meta: dict[str, str]
    article: dict[str, Any]  # first JSON-LD object of an article type
    ld_other: list[dict[str, Any]]  # every other JSON-LD object


def _collect_meta(root: Any) -> dict[str, str]:
    """Every <meta> key -> its first value; a ``property`` declaration beats a ``name`` one (RDFa first)."""
    metas = []
    for m in root.iter("meta"):
        content = _norm(m.get("content") if m.get("content") is not None else m.get("value"))
        if content:
            metas.append((m, content))
    meta: dict[str, str] = {}
    for attr in ("property", "name", "itemprop", "http-equiv"):
        for m, content in metas:
            for k in (m.get(attr) or "").split():
                meta.setdefault(_key(k), content)
    return meta


def _loads(raw: str) -> Any:
    raw = raw.strip()
    raw = re.sub(r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$", "", raw)
    try:
        return json.loads(raw, strict=False)
    except (ValueError, RecursionError):
        pass
    try:  # common breakage: trailing commas
        return json.loads(re.sub(r",\s*([}\]])", r"\1", raw), strict=False)
    except (ValueError, RecursionError):
        return None


def _ld_objects(data: Any, depth: int = 0) -> list[dict[str, Any]]:
    if depth > 3:
        return []
    if isinstance(data, list):
        return [o for item in data for o in _ld_objects(item, depth + 1)]
    if not isinstance(data, dict):
        return []
    out = [data]
    for key in ("@graph", "mainEntity"):
        if key in data:
            out.extend(_ld_objects(data[key], depth + 1))
    return out


def _types(obj: dict[str, Any]) -> set[str]:
    t = obj.get("@type")
    if isinstance(t, str):
        return {t.lower()}
    if isinstance(t, list):
        return {x.lower() for x in t if isinstance(x, str)}
    return set()


def _collect(root: Any) -> _Page:
    f = _fields()
    article: dict[str, Any] = {}
    other: list[dict[str, Any]] = []
    for s in root.iter("script"):
        if (s.get("type") or "").strip().lower() != "application/ld+json":
            continue
        for obj in _ld_objects(_loads(s.text or "")):
            if not article and _types(obj) & f.article_types:
                article = obj
            else:
                other.append(obj)
    return _Page(root=root, meta=_collect_meta(root), article=article, ld_other=other)


def _first_meta(page: _Page, field_name: str) -> list[str]:
    return [page.meta[k] for k in _fields().keys[field_name] if k in page.meta]


# ---------------------------------------------------------------- title


def _covers(reference: str, text: str) -> float:
    """Share of ``text``'s word characters whose words also occur in ``reference`` (1.0: all of them)."""
    ref = set(re.findall(r"\w+", reference.lower()))
    words = re.findall(r"\w+", text.lower())
    total = sum(len(w) for w in words)
    return sum(len(w) for w in words if w in ref) / total if total else 0.0


_SEP = r"[|\-–—\\/>»]"


def _title_from_title_tag(root: Any) -> str:
    """The <title>, trimmed of a site name before or after a separator when enough remains."""
    el = root.find(".//title")
    orig = _text(el) if el is not None else ""
    cur = orig
    hierarchical = False
    seps = list(re.finditer(rf" {_SEP} ", orig))
    if seps:
        hierarchical = bool(re.search(r" [\\/>»] ", orig))
        cur = orig[: seps[-1].start()]
        if _js_words(cur) < 3:
            cur = re.sub(rf"^[^|\-–—\\/>»]*{_SEP}", "", orig)
    elif ": " in orig:
        headings = [_text(h) for h in root.iter("h1", "h2")]
        if orig not in headings:
            cur = orig[orig.rfind(":") + 1 :]
            if _js_words(cur) < 3:
                cur = orig[orig.find(":") + 1 :]
    elif len(orig) > 150 or len(orig) < 15:
        h1s = list(root.iter("h1"))
        if len(h1s) == 1:
            cur = _text(h1s[0])
    cur = " ".join(cur.split())
    n = _js_words(cur)
    if n <= 4 and (not hierarchical or n != _js_words(re.sub(r"[|\-–—\\/>»]+", "", orig)) - 1):
        cur = orig
    return cur


def _title(page: _Page) -> str | None:
    art = page.article
    headline, name = _norm(art.get("headline")), _norm(art.get("name"))
    from_tag = _title_from_title_tag(page.root)
    ld_title = name or headline
    # schema.org "name" is the usual title; "headline" wins only when it is the one the page's
    # <title> shows (some sites put a slug or the section in "name").
    if name and headline and _covers(from_tag, headline) > 0.75 and _covers(from_tag, name) <= 0.75:
        ld_title = headline
    for cand in [ld_title, *_first_meta(page, "title"), from_tag]:
        if cand:
            return cand
    return None


# ---------------------------------------------------------------- date

_ISO = re.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:$|[T\s])")
_DMY = re.compile(r"(?<!\d)(\d{1,2})([/.])(\d{1,2})\2(\d{4})(?!\d)")
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|[-_][a-z]|\.html?|$)", re.I)


def _valid(y: int, m: int, d: int) -> str | None:
    try:
        day = _dt.date(y, m, d)
    except ValueError:
        return None
    if not 1980 <= y <= _dt.date.today().year + 1:
        return None
    return day.isoformat()


@lru_cache(maxsize=1)
def _month_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    names = "|".join(sorted((re.escape(n) for n in _fields().months), key=len, reverse=True))
    dmy = re.compile(
        rf"(?<!\d)(\d{{1,2}})(?:st|nd|rd|th|er|º)?\.?\s+(?:de\s+)?({names})\b\.?,?\s+(?:de\s+)?(\d{{4}})(?!\d)", re.I
    )
    mdy = re.compile(rf"\b({names})\b\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?!\d)", re.I)
    return dmy, mdy


def parse_date(text: str) -> str | None:
    """A date as written (no timezone shift) -> 'YYYY-MM-DD', or None when none is recognisable."""
    if not isinstance(text, str):
        return None
    s = text.strip()
    if not s:
        return None
    m = _COMPACT.match(s)
    if m:
        return _valid(int(m[1]), int(m[2]), int(m[3]))
    if re.fullmatch(r"\d{10}(?:\d{3})?", s):  # epoch seconds or milliseconds
        secs = int(s[:10])
        return _valid(*_dt.datetime.fromtimestamp(secs, tz=_dt.UTC).timetuple()[:3])
    m = _ISO.search(s)
    if m:
        return _valid(int(m[1]), int(m[2]), int(m[3]))
    m = _DMY.search(s)
    if m:
        a, sep, b, y = int(m[1]), m[2], int(m[3]), int(m[4])
        # Dots are European day.month.year; slashes are month/day/year unless that cannot be.
        if sep == "/" and a <= 12:
            return _valid(y, a, b)
        return _valid(y, b, a)
    dmy, mdy = _month_patterns()
    months = _fields().months
    m = dmy.search(s)
    if m:
        return _valid(int(m[3]), months[m[2].lower()], int(m[1]))
    m = mdy.search(s)
    if m:
        return _valid(int(m[3]), months[m[1].lower()], int(m[2]))
    return None


_TIME_XPATH = etree.XPath(
    "//*[@itemprop='datePublished' or contains(concat(' ', normalize-space(@itemprop), ' '), ' datePublished ')]"
    " | //time[@pubdate]"
    " | //article//time[@datetime]"
)


def _date_from_body(root: Any) -> str | None:
    try:
        els = _TIME_XPATH(root)
    except etree.XPathError:
        return None
    for el in els:
        for value in (el.get("datetime"), el.get("content"), _text(el)):
            d = parse_date(value or "")
            if d:
                return d
    return None


def _date_from_url(url: str | None) -> str | None:
    if not url:
        return None
    m = _URL_DATE.search(urlsplit(url).path if "://" in url else url)
    return _valid(int(m[1]), int(m[2]), int(m[3])) if m else None


def _date_htmldate(root: Any, url: str | None) -> str | None:
    try:
        from htmldate import find_date

        found = find_date(
            root, original_date=True, extensive_search=False, outputformat="%Y-%m-%d", url=url, verbose=False
        )
    except Exception:  # htmldate is a best-effort fallback; its failures must not reach the caller
        return None
    return found if isinstance(found, str) and _ISO.fullmatch(found) else None


def _date(page: _Page, url: str | None) -> str | None:
    candidates: list[Any] = [page.article.get("datePublished")]
    candidates += _first_meta(page, "date")
    candidates += [o.get("datePublished") for o in page.ld_other]
    candidates += [page.article.get("dateCreated")]
    for c in candidates:
        if isinstance(c, list) and c:
            c = c[0]
        d = parse_date(c) if isinstance(c, str) else None
        if d:
            return d
    return _date_from_body(page.root) or _date_from_url(url) or _date_htmldate(page.root, url)


# ---------------------------------------------------------------- authors

_NOT_NAME = re.compile(r"https?://|www\.|@|\.com\b|\d{3,}", re.I)


def split_names(raw: str) -> list[str]:
    """A byline ("By Jane Doe and John Roe") -> ["Jane Doe", "John Roe"]; junk is dropped."""
    f = _fields()
    text = _norm(raw)
    if re.match(r"(?:https?:)?//|www\.", text, re.I):
        return []
    text = f.byline_prefix.sub("", text)
    parts = [p for p in f.joiner.split(text) if p]
    # "Doe, Jane" is one name written surname first: keep commas when every part is one word.
    if "," in text and all(len(p.split()) == 1 for p in parts) and len(parts) == 2:
        parts = [text]
    out: list[str] = []
    for p in parts:
        p = f.byline_prefix.sub("", p).strip(" .:-–—()[]\"'")
        if not p or len(p) > 60 or len(p.split()) > 6 or not re.search(r"\w", p):
            continue
        if len(p) <= 3 and " " not in p:  # "MA", "Jr": a credential or suffix split off, not a name
            continue
        if _NOT_NAME.search(p) or f.not_names.search(p):
            continue
        if p.lower() not in {o.lower() for o in out}:
            out.append(p)
    return out


def _ld_names(value: Any, depth: int = 0) -> list[str]:
    if depth > 3:
        return []
    if isinstance(value, str):
        return split_names(value)
    if isinstance(value, list):
        return [n for v in value for n in _ld_names(v, depth + 1)]
    if isinstance(value, dict):
        return _ld_names(value.get("name"), depth + 1)
    return []


_NOT_BYLINE_TAGS = frozenset({"meta", "link", "script", "style", "body", "html", "head"})


@lru_cache(maxsize=1)
def _byline_xpath() -> tuple[etree.XPath, etree.XPath, re.Pattern[str]]:
    # Walking attribute nodes (//@class) is several times faster than testing every element.
    # contains() on the marker less its first letter is a cheap, case-tolerant prefilter
    # ("uthor" finds Author and author); the regex then checks the whole marker, ignoring case.
    markers = _fields().byline_markers
    test = " or ".join(f"contains(., '{m[1:]}')" for m in markers if len(m) > 2)
    strong = etree.XPath("//@rel[. = 'author']/.. | //@itemprop[contains(., 'author')]/..")
    weak = etree.XPath(f"//@class[{test}]/.. | //@id[{test}]/..")
    return strong, weak, re.compile("|".join(re.escape(m) for m in markers), re.I)


def _in_comments(el: Any) -> bool:
    for _ in range(6):
        if el is None:
            return False
        if re.search(r"comment|related|footer|sidebar", f"{el.get('class') or ''} {el.get('id') or ''}", re.I):
            return True
        el = el.getparent()
    return False


def _authors_from_body(root: Any) -> list[str]:
    strong, weak, marker = _byline_xpath()
    for xp in (strong, weak):
        try:
            els = xp(root)
        except etree.XPathError:
            continue
        for el in els[:30]:
            if not isinstance(el.tag, str) or el.tag in _NOT_BYLINE_TAGS:
                continue
            if xp is weak and not marker.search(f"{el.get('class') or ''} {el.get('id') or ''}"):
                continue
            if xp is strong and el.get("rel") != "author" and "author" not in (el.get("itemprop") or "").split():
                continue
            if len(el) > 15 or _in_comments(el):  # a container, not a byline
                continue
            inner = el.xpath(".//*[@itemprop='name']") if xp is strong else []
            text = _norm(inner[0].get("content") or _text(inner[0])) if inner else _text(el)
            if 2 <= len(text) <= 100:
                names = split_names(_cut_byline(text))
                if names:
                    return names
    return []


def _cut_byline(text: str) -> str:
    """A byline shown on the page often runs on into a date or a time: keep what comes before."""
    _, mdy = _month_patterns()
    cuts = [m.start() for m in (re.search(r"\s[|•·]|\s\d|\d{1,2}:\d{2}", text), mdy.search(text)) if m]
    return text[: min(cuts)] if cuts else text


def _authors(page: _Page) -> list[str]:
    names = _ld_names(page.article.get("author"))
    if names:
        return names
    for value in _first_meta(page, "author"):
        names = split_names(value)
        if names:
            return names
    return _authors_from_body(page.root)


# ---------------------------------------------------------------- site, url, language


def _site(page: _Page) -> str | None:
    """The story's publisher (JSON-LD) before the site's own name for itself (og:site_name)."""
    publisher = page.article.get("publisher")
    if isinstance(publisher, list) and publisher:
        publisher = publisher[0]
    if isinstance(publisher, dict) and _norm(publisher.get("name")):
        return _norm(publisher.get("name"))
    metas = _first_meta(page, "site")
    if metas:
        return metas[0]
    for obj in page.ld_other:
        if "website" in _types(obj) and _norm(obj.get("name")):
            return _norm(obj.get("name"))
    return None


def _canonical(page: _Page, url: str | None) -> str | None:
    base = url or ""
    b = page.root.find(".//base")
    if b is not None and b.get("href"):
        base = urljoin(base, b.get("href").strip())
    for link in page.root.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and (link.get("href") or "").strip():
            cand = urljoin(base, link.get("href").strip())
            if cand.startswith(("http://", "https://")):
                return cand
    og = page.meta.get("og:url")
    if og:
        cand = urljoin(base, og)
        if cand.startswith(("http://", "https://")):
            return cand
    return url or None


def normalise_language(value: str | None) -> str | None:
    """'en-US', 'EN_gb', 'fr' -> two-letter lower-case code; anything else -> None."""
    if not isinstance(value, str):
        return None
    head = re.split(r"[-_\s,;]", value.strip().lower(), maxsplit=1)[0]
    return head if re.fullmatch(r"[a-z]{2}", head) else None


def _language(page: _Page) -> str | None:
    root = page.root
    candidates = [root.get("lang"), root.get("{http://www.w3.org/XML/1998/namespace}lang"), root.get("xml:lang")]
    body = root.find("body")
    if body is not None:
        candidates.append(body.get("lang"))
    candidates += _first_meta(page, "language")
    candidates.append(page.article.get("inLanguage") if isinstance(page.article.get("inLanguage"), str) else None)
    for c in candidates:
        code = normalise_language(c)
        if code:
            return code
    return None


# ---------------------------------------------------------------- entry point


def extract_metadata(html: str, url: str | None = None, tree: Any = None) -> Metadata:
    """Title, date (YYYY-MM-DD as written), authors, site, canonical URL and language of a page.

    ``tree``: the page already parsed by lxml, when the caller has it (one parse serves body and metadata).
    Never raises: unparseable input gives an empty Metadata (with ``url`` as given).
    """
    url = url if isinstance(url, str) and url.strip() else None
    meta = Metadata(url=url)
    root = tree if tree is not None else _parse(html)
    if root is None:
        return meta
    try:
        page = _collect(root)
    except Exception:  # a page lxml parsed but we cannot read: report what we know
        return meta
    steps = (
        ("title", lambda: _title(page)),
        ("date", lambda: _date(page, url)),
        ("authors", lambda: _authors(page)),
        ("site", lambda: _site(page)),
        ("url", lambda: _canonical(page, url)),
        ("language", lambda: _language(page)),
    )
    for name, step in steps:
        try:
            value = step()
        except Exception:  # one broken field must not cost the others
            continue
        if value:
            setattr(meta, name, value)
    return meta
