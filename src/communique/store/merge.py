"""Event merging across articles: one happening reported many times becomes one merged event.

An event row joins a merged event of a type of its quad class, a modality that tells the same happening
(asserted or reported), and the same actor and recipient codes (or a code missing on one side) when it is the
same happening as one of its rows (same_event.py): the same who by name or entity, not only by flag; places
that do not disagree; dates that overlap within their granularity (an undated report reaches back a week;
ranges wider than a month merge only with the same range) or an undated mention that recalls the event in
similar words or retells it, a year either way, in nearly the same words; and evidence that says the same
thing (more of it when types or codes differ). A merged event keeps its first row's type and modality. Codes
alone made one "GBR -> GBR REQUEST" of Blair on e-mail retention and the SNP on care funding.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, and_, distinct, func, or_, select

from ..events.ontology import ontology
from . import schema as s
from .same_event import (
    ARTICLE_REACH,
    RECALL_REACH,
    REJECT,
    VERBAL_COOPERATION,
    compatible_modalities,
    mention,
    modality_compatible,
    quad_of,
    same_happening,
)

MAX_CANDIDATES = 200  # merged events looked at per row (the newest first)
MAX_MEMBERS = 25  # rows of one merged event compared with the new row


def assign_cluster(conn: Connection, row: dict[str, Any]) -> int:
    """The merged event this event row belongs to, created when none matches."""
    key = {"type": row["type"], "actor_code": row["actor_code"], "recipient_code": row["recipient_code"] or "",
           "modality": row["modality"] or "asserted"}
    place = (row["place_name"] or "").lower()
    me = mention(row)
    best: tuple[float, dict[str, Any]] | None = None
    candidates: list[Any] = []
    if me.start is not None and me.end is not None:
        c = s.event_clusters.c
        undated = row["granularity"] == "article"  # recalls, or retells, an event up to a year away either way
        lo = (me.start - (RECALL_REACH if undated else ARTICLE_REACH) - ARTICLE_REACH).isoformat()
        hi = (me.end + (RECALL_REACH if undated else ARTICLE_REACH)).isoformat()
        undated_near = and_(c.granularity == "article", c.start >= (me.start - RECALL_REACH).isoformat(),
                             c.start <= (me.end + RECALL_REACH).isoformat())
        candidates = list(conn.execute(
            select(c.id, c.place, c.start, c.end, c.granularity, c.actor_code, c.recipient_code)
            .where(*_compatible_keys(row))
            .where(or_(and_(c.start <= hi, c.end >= lo), undated_near))
            .order_by(c.id.desc()).limit(MAX_CANDIDATES)
        ).mappings().all())
    candidates += _same_sentence(conn, row, {cand["id"] for cand in candidates})
    members = _members(conn, [cand["id"] for cand in candidates])
    for cand in candidates:
        scores = [sc for m in members.get(cand["id"], []) if (sc := same_happening(me, mention(m))) is not None]
        if scores and (best is None or max(scores) > best[0]):
            best = (max(scores), dict(cand))
    if best is None:
        return conn.execute(s.event_clusters.insert().values(
            **key, place=place, start=row["date"], end=row["date_end"] or row["date"],
            granularity=row["granularity"], mentions=0, sources=0, articles=0,
        )).inserted_primary_key[0]
    cand = best[1]
    update: dict[str, Any] = {}
    if place and not cand["place"]:
        update["place"] = place
    for k in ("actor_code", "recipient_code"):  # a named party's code fills in one the first row lacked
        if key[k] and not cand[k]:
            update[k] = key[k]
    if _more_precise(row, cand):
        update.update(start=row["date"], end=row["date_end"] or row["date"], granularity=row["granularity"])
    if update:
        conn.execute(s.event_clusters.update().where(s.event_clusters.c.id == cand["id"]).values(**update))
    return cand["id"]


def _same_sentence(conn: Connection, row: dict[str, Any], seen: set[int]) -> list[Any]:
    """Merged events holding a row of this article whose evidence overlaps this row's, whatever their type or
    codes' quad class: one act named twice in one sentence (same_event.one_act) is compared with them."""
    e, c = s.events.c, s.event_clusters.c
    if row.get("evidence_start") is None or row.get("evidence_end") is None or not row.get("article_id"):
        return []
    ids = select(e.cluster_id).where(e.article_id == row["article_id"], e.evidence_start < row["evidence_end"],
                                     e.evidence_end > row["evidence_start"], e.cluster_id.is_not(None))
    where = [c.id.in_(ids)]
    if row["actor_code"]:
        where.append(c.actor_code.in_([row["actor_code"], ""]))
    if row["recipient_code"]:
        where.append(c.recipient_code.in_([row["recipient_code"], ""]))
    return [cand for cand in conn.execute(
        select(c.id, c.place, c.start, c.end, c.granularity, c.actor_code, c.recipient_code).where(*where)
    ).mappings().all() if cand["id"] not in seen]


def _members(conn: Connection, cluster_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    """The newest MAX_MEMBERS rows of each merged event, in one query (not one per candidate)."""
    if not cluster_ids:
        return {}
    e = s.events.c
    newest = func.row_number().over(partition_by=e.cluster_id, order_by=e.id.desc()).label("newest")
    inner = (select(e.cluster_id, e.article_id, e.type, e.quad, e.modality, e.actor_code, e.actor_name,
                    e.actor_sector, e.recipient_code, e.recipient_name, e.recipient_sector, e.date, e.date_end,
                    e.granularity, e.place_name, e.place_country, e.place_level, e.evidence, e.evidence_start,
                    e.evidence_end, e.data, newest)
             .where(e.cluster_id.in_(cluster_ids)).subquery())
    out: dict[int, list[dict[str, Any]]] = {}
    for m in conn.execute(select(inner).where(inner.c.newest <= MAX_MEMBERS)
                          .order_by(inner.c.cluster_id, inner.c.newest)).mappings():
        out.setdefault(m["cluster_id"], []).append(dict(m))
    return out


def _compatible_keys(row: dict[str, Any]) -> list[Any]:
    """Merged events a row may join: a type of its quad class and a modality that tells the same happening (or, for a
    rejection, a verbal cooperation said not to be done, and the other way round: same_event.refusal), and each
    party's code the same, or missing on either side (same_event.py then compares the parties by name)."""
    c = s.event_clusters.c
    quad = quad_of(row["type"])
    types = sorted({row["type"]} | {t.name for t in ontology().types.values() if quad and t.quad == quad})
    modality = row["modality"] or "asserted"
    kinds = [and_(c.type.in_(types), c.modality.in_(compatible_modalities(modality)))]
    if row["type"] == REJECT and modality_compatible(modality, "asserted"):  # and the cooperation refused
        coop = [t.name for t in ontology().types.values() if t.quad == VERBAL_COOPERATION]
        kinds.append(and_(c.type.in_(coop), c.modality == "negated"))
    elif modality == "negated" and quad == VERBAL_COOPERATION:
        kinds.append(and_(c.type == REJECT, c.modality.in_(compatible_modalities("asserted"))))
    where = [or_(*kinds)]
    if row["actor_code"]:
        where.append(c.actor_code.in_([row["actor_code"], ""]))
    if row["recipient_code"]:
        where.append(c.recipient_code.in_([row["recipient_code"], ""]))
    return where


def _more_precise(row: dict[str, Any], cand: dict[str, Any]) -> bool:
    """A dated row narrows its merged event's dates; an undated one (the article's date) never does."""
    if row["granularity"] == "article" or not row["date"]:
        return False
    if cand["granularity"] == "article" or not cand["start"]:
        return True
    mine = _days(row["date"], row["date_end"] or row["date"])
    theirs = _days(cand["start"], cand["end"] or cand["start"])
    return mine is not None and (theirs is None or mine < theirs)


def _days(start: str, end: str) -> int | None:
    from datetime import date

    try:
        return (date.fromisoformat(end) - date.fromisoformat(start)).days
    except ValueError:
        return None


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
