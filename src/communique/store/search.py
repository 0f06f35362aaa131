"""Full-text search over articles: SQLite's FTS5 or PostgreSQL's tsvector, one answer shape."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Connection, text

_WORD = re.compile(r"\w+", re.UNICODE)


def search(conn: Connection, words: str, limit: int = 20, offset: int = 0) -> list[dict[str, Any]]:
    """Articles holding every word, best match first, with a snippet around the hits ([brackets] mark them)."""
    terms = _WORD.findall(words)
    if not terms:
        return []
    if conn.dialect.name == "sqlite":
        q = " ".join(f'"{t}"' for t in terms)  # quoted: user words are never FTS5 syntax
        sql = text(
            "SELECT a.id, a.title, a.date, a.site, a.url, "
            "snippet(articles_fts, 2, '[', ']', '…', 16) AS snippet, bm25(articles_fts) AS rank "
            "FROM articles_fts JOIN articles a ON a.id = articles_fts.article_id "
            "WHERE articles_fts MATCH :q ORDER BY rank LIMIT :limit OFFSET :offset")
    else:
        q = " ".join(terms)
        sql = text(
            "SELECT a.id, a.title, a.date, a.site, a.url, "
            "ts_headline('english', a.text, plainto_tsquery('english', :q), "
            "'StartSel=[, StopSel=], MaxWords=24, MinWords=8, MaxFragments=1') AS snippet, "
            "-ts_rank(to_tsvector('english', coalesce(a.title, '') || ' ' || a.text), "
            "plainto_tsquery('english', :q)) AS rank "
            "FROM articles a WHERE to_tsvector('english', coalesce(a.title, '') || ' ' || a.text) "
            "@@ plainto_tsquery('english', :q) ORDER BY rank LIMIT :limit OFFSET :offset")
    return [dict(r) for r in conn.execute(sql, {"q": q, "limit": limit, "offset": offset}).mappings()]
