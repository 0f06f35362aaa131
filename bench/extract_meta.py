"""Benchmark: page metadata (title, date, byline) against the Readability test pages.

Reads ``<shared>/data/extract/readability-pages/pages/<name>/{source.html,expected-metadata.json}``
at run time and scores communique and trafilatura with the same normalisation:

- title: exact match after whitespace, Unicode quote/dash normalisation, over pages with a gold title;
- date: YYYY-MM-DD of the gold ``publishedTime`` as written (no timezone shift), over pages with one;
- site and language (information only): case-insensitive exact site name; two-letter language code;
- byline (information only): the set of names, lower-cased, equals the gold byline's names, both split
  by communique's own name splitter, over pages with a gold byline.

Run: ``python bench/extract_meta.py [--shared PATH]``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from pathlib import Path
from typing import Any

DATASET = Path("data/extract/readability-pages")

_QUOTES = str.maketrans(
    {
        "‘": "'",
        "’": "'",
        "‚": "'",
        "‛": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "«": '"',
        "»": '"',
        "–": "-",
        "—": "-",
        "‒": "-",
        "―": "-",
        "−": "-",
        "\u00a0": " ",
    }
)


def norm_title(text: str | None) -> str:
    """Whitespace and Unicode quote/dash normalisation, the same for every system."""
    text = unicodedata.normalize("NFC", text or "").translate(_QUOTES)
    return " ".join(text.split())


def gold_date(value: str | None) -> str | None:
    m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value or "")
    return f"{m[1]}-{m[2]}-{m[3]}" if m else None


def _names(value: Any) -> frozenset[str]:
    from communique.extract.metadata import _cut_byline, split_names

    if isinstance(value, list):
        value = ", ".join(v for v in value if isinstance(v, str))
    return frozenset(n.lower() for n in split_names(_cut_byline(value or "")))


def _lang(value: str | None) -> str | None:
    m = re.match(r"\s*([A-Za-z]{2})(?:$|[-_])", value or "")
    return m[1].lower() if m else None


def _ours(html: str) -> dict[str, Any]:
    from communique.extract.metadata import extract_metadata

    m = extract_metadata(html)
    return {"title": m.title, "date": m.date, "authors": m.authors, "site": m.site, "language": m.language}


def _trafilatura(html: str) -> dict[str, Any]:
    import trafilatura

    doc = trafilatura.extract_metadata(html)
    if doc is None:
        return {"title": None, "date": None, "authors": [], "site": None, "language": None}
    authors = [a.strip() for a in (doc.author or "").split(";") if a.strip()]
    return {"title": doc.title, "date": doc.date, "authors": authors, "site": doc.sitename, "language": doc.language}


def load(shared: Path) -> list[tuple[str, str, dict[str, Any]]]:
    root = shared / DATASET / "pages"
    if not root.is_dir():
        return []
    pages = []
    for d in sorted(root.iterdir()):
        src, gold = d / "source.html", d / "expected-metadata.json"
        if src.is_file() and gold.is_file():
            pages.append((d.name, src.read_text("utf-8", errors="replace"), json.loads(gold.read_text("utf-8"))))
    return pages


def score(system: str, fn: Any, pages: list[tuple[str, str, dict[str, Any]]], misses: dict | None = None) -> dict:
    t_ok = t_n = d_ok = d_n = b_ok = b_n = s_ok = s_n = l_ok = l_n = 0
    fn(pages[0][1])  # warm up: imports and data files load once, outside the timing
    start = time.perf_counter()
    outs = [(name, fn(html), gold) for name, html, gold in pages]
    ms = (time.perf_counter() - start) * 1000 / max(len(pages), 1)
    for name, out, gold in outs:
        if norm_title(gold.get("title")):
            t_n += 1
            if norm_title(out["title"]) == norm_title(gold["title"]):
                t_ok += 1
            elif misses is not None:
                misses.setdefault("title", []).append((name, out["title"], gold["title"]))
        gd = gold_date(gold.get("publishedTime"))
        if gd:
            d_n += 1
            if out["date"] == gd:
                d_ok += 1
            elif misses is not None:
                misses.setdefault("date", []).append((name, out["date"], gold["publishedTime"]))
        if norm_title(gold.get("siteName")):
            s_n += 1
            if norm_title(out["site"]).lower() == norm_title(gold["siteName"]).lower():
                s_ok += 1
            elif misses is not None:
                misses.setdefault("site", []).append((name, out["site"], gold["siteName"]))
        gl = _lang(gold.get("lang"))
        if gl:
            l_n += 1
            l_ok += _lang(out["language"]) == gl
        gb = _names(gold.get("byline"))
        if gb:
            b_n += 1
            if _names(out["authors"]) == gb:
                b_ok += 1
            elif misses is not None:
                misses.setdefault("byline", []).append((name, out["authors"], gold["byline"]))
    return {
        "task": "meta/readability-pages",
        "system": system,
        "n": len(pages),
        "title_n": t_n,
        "title_exact": round(t_ok / t_n, 3) if t_n else None,
        "date_n": d_n,
        "date_exact": round(d_ok / d_n, 3) if d_n else None,
        "byline_n": b_n,
        "byline_exact": round(b_ok / b_n, 3) if b_n else None,
        "site_exact": round(s_ok / s_n, 3) if s_n else None,
        # trafilatura's extract_metadata does not report a language: leave it blank, not 0
        "lang_exact": round(l_ok / l_n, 3) if l_n and any(o["language"] for _, o, _ in outs) else None,
        "ms_per_page": round(ms, 2),
    }


def headline_row(pages: list[tuple[str, str, dict[str, Any]]]) -> dict:
    """The Article's title (the headline: page title without the site's name) against the same gold, which is
    Readability.js's page title and so keeps the site's name on some pages ("... - Breitbart", "... | eHow")."""
    from communique.extract.article import page_to_record
    from communique.model import Page

    n = ok = 0
    for name, html, gold in pages:
        if not norm_title(gold.get("title")):
            continue
        rec = page_to_record(Page(source=name, content=html, kind="html"))
        n += 1
        ok += bool(rec.article) and norm_title(rec.article.title) == norm_title(gold["title"])
    return {"task": "meta/readability-pages", "system": "communique Article.title (headline, no site name)",
            "n": len(pages), "title_n": n, "title_exact": round(ok / n, 3) if n else None}


def run(shared: Path, misses: dict | None = None) -> list[dict]:
    pages = load(Path(shared))
    if not pages:
        return []
    return [score("communique", _ours, pages, misses), headline_row(pages), score("trafilatura", _trafilatura, pages)]


def _table(rows: list[dict]) -> str:
    if not rows:
        return "(no data: readability-pages not found)"
    cols = list(rows[0])
    lines = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    lines += ["| " + " | ".join(str(r.get(c)) for c in cols) + " |" for r in rows]
    return "\n".join(lines)


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared")
    ap.add_argument("--misses", action="store_true", help="print communique's misses by field")
    args = ap.parse_args()
    found: dict = {}
    print(_table(run(args.shared, found if args.misses else None)))
    for fld, items in found.items():
        print(f"\n## {fld} misses ({len(items)})", file=sys.stderr)
        for name, got, want in items:
            print(f"{name}: got {got!r} | gold {want!r}", file=sys.stderr)
