"""Event merging across articles: one happening reported many times becomes one merged event.

A coded event is one happening: its rows (one per actor x recipient pair, GDELT's dyads) join one merged
event, and a merged event counts its mentions by coded event, not by dyad. A coded event joins the merged event
holding a row of a type of its quad class, a modality that tells the same happening (asserted or reported), and
the same actor and recipient codes (or a code missing on one side) when one of its rows is the same happening as
that row (same_event.py): the same who by name or entity, not only by flag; places that do not disagree; dates
that overlap within their granularity (an undated report reaches back a week; ranges wider than a month merge
only with the same range) or an undated mention that recalls the event in similar words or retells it, a year
either way, in nearly the same words; and evidence that says the same thing (more of it when types or codes
differ). A merged event keeps its first row's type, codes and modality. Codes alone made one "GBR -> GBR
REQUEST" of Blair on e-mail retention and the SNP on care funding.
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
    Side,
    bare_country,
    comparable_types,
    compatible_modalities,
    countries_named,
    country_forms,
    mention,
    modality_compatible,
    quad_of,
    same_happening,
)

MAX_CANDIDATES = 200  # merged events looked at per row (the newest first)
MAX_MEMBERS = 25  # rows of one merged event compared with the new row


def assign_event(conn: Connection, rows: list[dict[str, Any]]) -> int:
    """The merged event one coded event belongs to, created when none matches. Its rows are the dyads of one
    happening ("the delegations of Cyprus, Greece and Israel met": three parties, several rows, one meeting), so
    they join one merged event: the one that matches best any of them."""
    best: tuple[float, dict[str, Any], dict[str, Any]] | None = None
    for row in rows:
        found = _best_candidate(conn, row)
        if found is not None and (best is None or found[0] > best[0]):
            best = (found[0], found[1], row)
    if best is None:
        return new_cluster(conn, rows[0])
    _, cand, row = best
    update: dict[str, Any] = {}
    place = (row["place_name"] or "").lower()
    if place and not cand["place"]:
        update["place"] = place
    for k in ("actor_code", "recipient_code"):  # a named party's code fills in one the first row lacked
        if row[k] and not cand[k]:
            update[k] = row[k]
    if _more_precise(row, cand):
        update.update(start=row["date"], end=row["date_end"] or row["date"], granularity=row["granularity"])
    if update:
        conn.execute(s.event_clusters.update().where(s.event_clusters.c.id == cand["id"]).values(**update))
    return cand["id"]


def new_cluster(conn: Connection, row: dict[str, Any]) -> int:
    """A merged event of its own, keyed by the coded event's first row."""
    return conn.execute(s.event_clusters.insert().values(
        type=row["type"], actor_code=row["actor_code"], recipient_code=row["recipient_code"] or "",
        modality=row["modality"] or "asserted", place=(row["place_name"] or "").lower(), start=row["date"],
        end=row["date_end"] or row["date"], granularity=row["granularity"], mentions=0, sources=0, articles=0,
    )).inserted_primary_key[0]


def _best_candidate(conn: Connection, row: dict[str, Any]) -> tuple[float, dict[str, Any]] | None:
    """The merged event most like this row (its best score against one of its rows), or None. Candidates are
    the merged events holding a row of a compatible kind, compatible codes and a date within reach (the row's
    own, not the merged event's first: a coded event of several dyads is one merged event of several codes)."""
    me = mention(row)
    candidates: list[Any] = []
    c, e = s.event_clusters.c, s.events.c
    cols = (c.id, c.place, c.start, c.end, c.granularity, c.actor_code, c.recipient_code)
    if me.start is not None and me.end is not None:
        undated = row["granularity"] == "article"  # recalls, or retells, an event up to a year away either way
        lo = (me.start - (RECALL_REACH if undated else ARTICLE_REACH) - ARTICLE_REACH).isoformat()
        hi = (me.end + (RECALL_REACH if undated else ARTICLE_REACH)).isoformat()
        undated_near = and_(e.granularity == "article", e.date >= (me.start - RECALL_REACH).isoformat(),
                            e.date <= (me.end + RECALL_REACH).isoformat())
        holding = select(e.cluster_id).where(*_compatible_rows(row), e.cluster_id.is_not(None),
                                             or_(and_(e.date <= hi, e.date_end >= lo), undated_near))
        candidates = list(conn.execute(select(*cols).where(c.id.in_(holding)).order_by(c.id.desc())
                                       .limit(MAX_CANDIDATES)).mappings().all())
    candidates += _same_sentence(conn, row, {cand["id"] for cand in candidates})
    members = _members(conn, [cand["id"] for cand in candidates])
    best: tuple[float, dict[str, Any]] | None = None
    for cand in candidates:
        scores = [sc for m in members.get(cand["id"], []) if (sc := same_happening(me, mention(m))) is not None]
        if scores and (best is None or max(scores) > best[0]):
            best = (max(scores), dict(cand))
    return best


def _same_sentence(conn: Connection, row: dict[str, Any], seen: set[int]) -> list[Any]:
    """Merged events holding a row of this article whose evidence overlaps this row's, whatever their type's
    quad class or their recipient: one act named twice in one sentence (same_event.one_act) is compared with them,
    and its aim or means often has a party of its own ("pressured Ukraine ..., in order to help his campaign")."""
    e, c = s.events.c, s.event_clusters.c
    if row.get("evidence_start") is None or row.get("evidence_end") is None or not row.get("article_id"):
        return []
    ids = select(e.cluster_id).where(e.article_id == row["article_id"], e.evidence_start < row["evidence_end"],
                                     e.evidence_end > row["evidence_start"], e.cluster_id.is_not(None),
                                     *_party_codes({**row, "recipient_code": None}))
    return [cand for cand in conn.execute(
        select(c.id, c.place, c.start, c.end, c.granularity, c.actor_code, c.recipient_code).where(c.id.in_(ids))
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


def _compatible_rows(row: dict[str, Any]) -> list[Any]:
    """Stored rows a row may be one happening with: a type of its quad class and a modality that tells the same
    happening (or, for a rejection, a verbal cooperation said not to be done, and the other way round:
    same_event.refusal), and each party's code the same, or missing on either side (same_event.py then compares
    the parties by name)."""
    e = s.events.c
    quad = quad_of(row["type"])
    types = sorted(comparable_types(row["type"]))
    modality = row["modality"] or "asserted"
    kinds = [and_(e.type.in_(types), e.modality.in_(compatible_modalities(modality)))]
    if row["type"] == REJECT and modality_compatible(modality, "asserted"):  # and the cooperation refused
        coop = [t.name for t in ontology().types.values() if t.quad == VERBAL_COOPERATION]
        kinds.append(and_(e.type.in_(coop), e.modality == "negated"))
    elif modality == "negated" and quad == VERBAL_COOPERATION:
        kinds.append(and_(e.type == REJECT, e.modality.in_(compatible_modalities("asserted"))))
    return [or_(*kinds), *_party_codes(row)]


def _party_codes(row: dict[str, Any]) -> list[Any]:
    """Stored rows whose parties' codes are this row's, or missing on either side; for a recipient named by its
    country alone, also rows coding it as another country this row's sentence names, or whose sentence names this
    row's country (same_event.country_slip: one coder took a place or a neighbour for the target)."""
    e = s.events.c
    where = []
    if row["actor_code"]:
        where.append(e.actor_code.in_([row["actor_code"], ""]))
    code = row["recipient_code"]
    if code:
        allowed = [e.recipient_code.in_([code, ""]), e.recipient_code.is_(None)]
        if bare_country(Side(code, row.get("recipient_name"), None, None)):
            allowed.append(e.recipient_code.in_(sorted(countries_named(row.get("evidence") or ""))))
            allowed += [e.evidence.icontains(form, autoescape=True) for form in country_forms(code)]
        where.append(or_(*allowed))
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
    """Mentions, sources and articles of merged events, from their rows: a mention is one coded event (its dyads,
    "Canada and Britain sanctioned Russia", are one sentence telling one happening), an article may tell it more
    than once, and a reprint adds a source, not an article."""
    e, src = s.events.c, s.article_sources.c
    for cid in cluster_ids:
        told = select(e.article_id, e.n).where(e.cluster_id == cid).distinct().subquery()
        mentions, articles = conn.execute(
            select(func.count(), func.count(distinct(told.c.article_id))).select_from(told)).one()
        if not mentions:
            conn.execute(s.event_clusters.delete().where(s.event_clusters.c.id == cid))
            continue
        sources = conn.execute(select(func.count(distinct(src.source))).where(
            src.article_id.in_(select(e.article_id).where(e.cluster_id == cid)))).scalar_one()
        conn.execute(s.event_clusters.update().where(s.event_clusters.c.id == cid)
                     .values(mentions=mentions, articles=articles, sources=sources))
