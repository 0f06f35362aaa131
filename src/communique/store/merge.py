"""Event merging across articles: one happening reported many times becomes one merged event.

Two event rows are the same happening when they share type, actor, recipient and modality,
their places do not disagree, and their dates overlap within their granularity. Dates the
text did not give (granularity ``article``, the publication date) reach back two days: a
story published on Monday often reports Saturday's meeting without saying so. Ranges wider
than a month (seasons, years) only merge with the same range: "in 2022" says too little to
join two reports.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection, distinct, func, select

from . import schema as s

ARTICLE_REACH = timedelta(days=2)
WIDE = timedelta(days=31)


def _range(start: str | None, end: str | None, granularity: str | None) -> tuple[date, date] | None:
    try:
        lo, hi = date.fromisoformat(start or ""), date.fromisoformat(end or start or "")
    except ValueError:
        return None
    if granularity == "article":
        lo -= ARTICLE_REACH
    return lo, hi


def compatible(a: tuple[date, date], b: tuple[date, date]) -> bool:
    if a[0] > b[1] or b[0] > a[1]:
        return False
    if a[1] - a[0] > WIDE or b[1] - b[0] > WIDE:
        return a == b
    return True


def assign_cluster(conn: Connection, row: dict[str, Any]) -> int:
    """The merged event this event row belongs to, created when none matches."""
    key = {"type": row["type"], "actor_code": row["actor_code"], "recipient_code": row["recipient_code"] or "",
           "modality": row["modality"] or "asserted"}
    place = (row["place_name"] or "").lower()
    mine = _range(row["date"], row["date_end"], row["granularity"])
    best: tuple[timedelta, dict[str, Any]] | None = None
    if mine is not None:
        c = s.event_clusters.c
        candidates = conn.execute(
            select(c.id, c.place, c.start, c.end, c.granularity)
            .where(*(getattr(c, k) == v for k, v in key.items()))
            .where(c.start <= mine[1].isoformat(), c.end >= (mine[0] - ARTICLE_REACH).isoformat())
        ).mappings().all()
        for cand in candidates:
            theirs = _range(cand["start"], cand["end"], cand["granularity"])
            if theirs is None or not compatible(mine, theirs) or (place and cand["place"] and place != cand["place"]):
                continue
            width = theirs[1] - theirs[0]
            if best is None or width < best[0]:
                best = (width, dict(cand))
    if best is None:
        return conn.execute(s.event_clusters.insert().values(
            **key, place=place, start=row["date"], end=row["date_end"] or row["date"],
            granularity=row["granularity"], mentions=0, sources=0, articles=0,
        )).inserted_primary_key[0]
    cand = best[1]
    update: dict[str, Any] = {}
    if place and not cand["place"]:
        update["place"] = place
    if mine[1] - mine[0] < best[0] and row["granularity"] != "article":
        update.update(start=row["date"], end=row["date_end"] or row["date"], granularity=row["granularity"])
    if update:
        conn.execute(s.event_clusters.update().where(s.event_clusters.c.id == cand["id"]).values(**update))
    return cand["id"]


def recount(conn: Connection, cluster_ids: set[int]) -> None:
    """Mentions, sources and articles of merged events, from their rows: a reprint adds a source, not an article."""
    e, src = s.events.c, s.article_sources.c
    for cid in cluster_ids:
        mentions, articles = conn.execute(
            select(func.count(), func.count(distinct(e.article_id))).where(e.cluster_id == cid)).one()
        if not mentions:
            conn.execute(s.event_clusters.delete().where(s.event_clusters.c.id == cid))
            continue
        sources = conn.execute(select(func.count(distinct(src.source))).where(
            src.article_id.in_(select(e.article_id).where(e.cluster_id == cid)))).scalar_one()
        conn.execute(s.event_clusters.update().where(s.event_clusters.c.id == cid)
                     .values(mentions=mentions, articles=articles, sources=sources))
