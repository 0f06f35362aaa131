"""Full-text search over articles: SQLite's FTS5 or PostgreSQL's tsvector, one answer shape.

The query language is a researcher's: words (all must appear), "quoted phrases", OR between alternatives and
a trailing * for a prefix (``Russ*``). It is parsed here into words made only of letters and digits and
rebuilt in each engine's syntax, so user text is never engine syntax: ``"a" OR b*`` cannot break out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text

_WORD = re.compile(r"\w+", re.UNICODE)
_TOKEN = re.compile(r'"([^"]*)"?|(\S+)')


@dataclass(frozen=True)
class Term:
    """Words that must appear together in this order (one word, or a phrase); ``prefix``: the last word is a
    prefix."""

    words: tuple[str, ...]
    prefix: bool = False


def parse(query: str) -> list[list[Term]]:
    """'Lavrov "Geneva talks" OR Russ*' -> [[Lavrov, "Geneva talks"], [Russ*]]: alternatives of all-of terms."""
    groups: list[list[Term]] = [[]]
    for phrase, bare in _TOKEN.findall(query):
        if bare == "OR":
            if groups[-1]:
                groups.append([])
            continue
        raw = phrase if phrase or not bare else bare
        words = tuple(_WORD.findall(raw))
        if words:
            groups[-1].append(Term(words, prefix=not phrase and bare.endswith("*")))
    return [g for g in groups if g]


def fts5_query(groups: list[list[Term]]) -> str:
    def term(t: Term) -> str:
        return '"' + " ".join(t.words) + '"' + ("*" if t.prefix else "")

    return " OR ".join("(" + " ".join(term(t) for t in g) + ")" for g in groups)


def tsquery(groups: list[list[Term]]) -> str:
    def term(t: Term) -> str:
        words = [w.lower() for w in t.words]
        if t.prefix:
            words[-1] += ":*"
        return words[0] if len(words) == 1 else "(" + " <-> ".join(words) + ")"

    return " | ".join("(" + " & ".join(term(t) for t in g) + ")" for g in groups)


def search(conn: Connection, words: str, limit: int = 20, offset: int = 0) -> list[dict[str, Any]]:
    """Articles matching the query, best match first, with a snippet around the hits ([brackets] mark them)."""
    groups = parse(words)
    if not groups:
        return []
    if conn.dialect.name == "sqlite":
        q = fts5_query(groups)
        sql = text(
            "SELECT a.id, a.title, a.date, a.site, a.url, "
            "snippet(articles_fts, 2, '[', ']', '…', 16) AS snippet, bm25(articles_fts) AS rank "
            "FROM articles_fts JOIN articles a ON a.id = articles_fts.article_id "
            "WHERE articles_fts MATCH :q ORDER BY rank LIMIT :limit OFFSET :offset")
    else:
        q = tsquery(groups)
        sql = text(
            "SELECT a.id, a.title, a.date, a.site, a.url, "
            "ts_headline('english', a.text, to_tsquery('english', :q), "
            "'StartSel=[, StopSel=], MaxWords=24, MinWords=8, MaxFragments=1') AS snippet, "
            "-ts_rank(to_tsvector('english', coalesce(a.title, '') || ' ' || a.text), "
            "to_tsquery('english', :q)) AS rank "
            "FROM articles a WHERE to_tsvector('english', coalesce(a.title, '') || ' ' || a.text) "
            "@@ to_tsquery('english', :q) ORDER BY rank LIMIT :limit OFFSET :offset")
    return [dict(r) for r in conn.execute(sql, {"q": q, "limit": limit, "offset": offset}).mappings()]
