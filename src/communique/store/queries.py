"""Questions a researcher asks of the store: events by actor, dyad, type and time; actors; timelines; counts.

Event rows are dyads (one per actor x recipient pair). ``merged=True`` asks for one row per
merged event (the same happening across articles; the dyads of one coded event are one happening), shown by
its first row the filters select, with its mention (coded events, not dyads), source and article counts.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection, Select, and_, distinct, func, literal, or_, select, union

from . import schema as s

E = s.events.c
C = s.event_clusters.c
A = s.articles.c


@dataclass
class EventFilter:
    """The filters shared by the CLI, the Python API and the REST API. Codes and types are case-insensitive;
    several may be given comma-separated ("RUS,BLR")."""

    actor: str | None = None
    recipient: str | None = None
    dyad: str | None = None
    type: str | None = None
    quad: int | None = None
    since: str | None = None
    until: str | None = None
    text: str | None = None
    modality: str | None = None
    article: str | None = None
    sector: str | None = None  # PLOVER sector(s) of the actor or the recipient ("GOV", "MIL,REB")
    place: str | None = None  # the event's place name, as written (case-insensitive)
    cluster: int | None = None  # the rows of one merged event
    dated_only: bool = False  # only events whose own words date them (granularity other than "article")
    place_basis: str | None = None  # clause, dateline, article (comma list), or "none" for events with no place

    def clauses(self) -> list[Any]:
        out: list[Any] = []
        if self.actor:
            out.append(E.actor_code.in_(_codes(self.actor)))
        if self.recipient:
            out.append(E.recipient_code.in_(_codes(self.recipient)))
        if self.dyad:
            a, sep, b = self.dyad.partition(":")
            if not sep or not a or not b or ":" in b:
                raise ValueError(f"dyad {self.dyad!r} should be ACTOR:RECIPIENT, e.g. RUS:UKR")
            out += [E.actor_code.in_(_codes(a)), E.recipient_code.in_(_codes(b))]
        if self.type:
            out.append(E.type.in_(_codes(self.type)))
        if self.quad is not None:
            if self.quad not in (1, 2, 3, 4):
                raise ValueError(f"quad {self.quad} should be 1, 2, 3 or 4")
            out.append(E.quad == self.quad)
        if self.since:
            out.append(E.date >= _iso(self.since, "since"))
        if self.until:
            out.append(E.date <= _iso(self.until, "until", end=True))
        if self.modality:
            wanted = [m.strip().lower() for m in self.modality.split(",") if m.strip()]
            if bad := [m for m in wanted if m not in MODALITIES]:
                raise ValueError(f"modality {', '.join(bad)!r} is none of {', '.join(MODALITIES)}")
            out.append(E.modality.in_(wanted))
        if self.article:
            out.append(E.article_id.startswith(self.article.strip(), autoescape=True))
        if self.sector:
            sectors = _codes(self.sector)
            out.append(or_(E.actor_sector.in_(sectors), E.recipient_sector.in_(sectors)))
        if self.place:
            out.append(func.lower(E.place_name) == self.place.strip().lower())
        if self.cluster is not None:
            out.append(E.cluster_id == self.cluster)
        if self.text:
            out += [E.evidence.icontains(w, autoescape=True) for w in self.text.split()]  # % and _ are letters
        if self.dated_only:
            out.append(and_(E.granularity.is_not(None), E.granularity != "article"))
        if self.place_basis:
            out.append(_place_basis(self.place_basis))
        return out


PLACE_BASES = ("clause", "dateline", "article", "none")


def _place_basis(value: str) -> Any:
    """Events whose place came from one of these (``none``: events with no place)."""
    wanted = [v.strip().lower() for v in value.split(",") if v.strip()]
    bad = [v for v in wanted if v not in PLACE_BASES]
    if bad or not wanted:
        raise ValueError(f"place basis {value!r} should be one or more of {', '.join(PLACE_BASES)}")
    named = [v for v in wanted if v != "none"]
    parts = [E.place_name.is_(None)] if "none" in wanted else []
    if named:  # a row stored before the basis was kept had its place from its own clause
        parts.append(and_(E.place_name.is_not(None), func.coalesce(E.place_basis, "clause").in_(named)))
    return or_(*parts)


def _codes(value: str) -> list[str]:
    return [v.strip().upper() for v in value.split(",") if v.strip()]


MODALITIES = ("asserted", "negated", "hypothetical", "future", "reported")


def _iso(value: str, name: str, end: bool = False) -> str:
    """Accept 2022, 2022-01 or 2022-01-21 (an ``until`` month or year runs to its end), and ISO's basic and
    week forms (20220121, 2022-W03-5; an ``until`` week runs to its Sunday) as the day they name: the store
    compares dates as YYYY-MM-DD text, so every form becomes that. Say so on a typo."""
    v = value.strip()
    short = len(v) in (4, 7) and v[:4].isdigit() and (len(v) == 4 or v[4] == "-")
    try:
        day = date.fromisoformat({4: v + "-01-01", 7: v + "-01"}[len(v)] if short else v)
    except (ValueError, KeyError):
        raise ValueError(f"--{name} {value!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD") from None
    if short:
        return v + {4: "-99-99", 7: "-99"}[len(v)] if end else v
    if end and "W" in v.upper() and len(v.upper().replace("-", "").split("W", 1)[1]) == 2:  # a whole week
        day += timedelta(days=6)
    return day.isoformat()


def _article_sources() -> Any:
    """How many sources printed each article: a row's own NumSources (its story's reprints)."""
    src = s.article_sources.c
    return (select(src.article_id.label("aid"), func.count().label("n_sources"))
            .group_by(src.article_id).subquery("own_sources"))


def _event_select(f: EventFilter, merged: bool) -> Select:
    """Rows carry their own counts (one mention, one article, their article's sources); merged rows carry
    their happening's totals. Copying a cluster's totals onto each row made summed mentions meaningless."""
    own = _article_sources()
    counts = ([C.mentions, C.sources, C.articles] if merged else
              [literal(1).label("mentions"), own.c.n_sources.label("sources"), literal(1).label("articles")])
    cols = [s.events, *counts, A.title, A.date.label("article_date"), A.url,
            A.site, A.source]
    q = (select(*cols).join(s.event_clusters, C.id == E.cluster_id, isouter=True)
         .join(s.articles, A.id == E.article_id).join(own, own.c.aid == E.article_id, isouter=True))
    where = f.clauses()
    if merged:
        first = select(func.min(E.id)).where(*where).group_by(func.coalesce(E.cluster_id, -E.id))
        return q.where(E.id.in_(first))
    return q.where(*where)


def event_row(r: dict[str, Any]) -> dict[str, Any]:
    """A stored event row in the SCHEMA.md event shape, plus where it sits in the store and its merged counts."""
    ev = json.loads(r["data"])
    ev.update({
        "id": r["id"], "article_id": r["article_id"], "n": r["n"], "cluster_id": r["cluster_id"],
        "actor_code": r["actor_code"], "actor_sector": r["actor_sector"], "actor_name": r["actor_name"],
        "recipient_code": r["recipient_code"], "recipient_sector": r["recipient_sector"],
        "recipient_name": r["recipient_name"], "date": r["date"],
        "actor_basis": r.get("actor_basis"), "recipient_basis": r.get("recipient_basis"),
        "title": r["title"], "article_date": r["article_date"], "url": r["url"], "site": r["site"],
        "source": r["source"],
        "mentions": r["mentions"] or 1, "sources": r["sources"] or 1, "articles": r["articles"] or 1,
        "lead": bool(r["lead"]),
    })
    return ev


SORT_KEYS = {"date": E.date, "type": E.type, "actor": E.actor_code, "recipient": E.recipient_code,
             "place": E.place_name, "modality": E.modality, "quad": E.quad, "score": E.score,
             "confidence": E.confidence, "mentions": C.mentions, "articles": C.articles, "sources": C.sources}


def order(sort: str | None) -> list[Any]:
    """'-date' (the default: newest first), 'type', '-mentions', ...: a column and a direction, ties by id."""
    key = (sort or "-date").strip()
    desc, name = key.startswith("-"), key.lstrip("-+ ")
    if name not in SORT_KEYS:
        raise ValueError(f"cannot sort by {name!r}: use one of {', '.join(SORT_KEYS)} (prefix - for descending)")
    col = SORT_KEYS[name]
    return [(col.desc() if desc else col.asc()).nulls_last(), E.id]


def events(conn: Connection, f: EventFilter, merged: bool = False, limit: int | None = None,
           offset: int = 0, sort: str | None = None) -> list[dict[str, Any]]:
    q = _event_select(f, merged).order_by(*order(sort)).offset(offset)
    if limit:
        q = q.limit(limit)
    return [event_row(dict(r)) for r in conn.execute(q).mappings()]


def count_events(conn: Connection, f: EventFilter, merged: bool = False) -> int:
    target = distinct(func.coalesce(E.cluster_id, -E.id)) if merged else E.id
    return conn.execute(select(func.count(target)).where(*f.clauses())).scalar_one()


def actors(conn: Connection, limit: int | None = None) -> list[dict[str, Any]]:
    """Every actor code in the events, busiest first, with the names it was written as."""
    stats: dict[str, dict[str, Any]] = defaultdict(lambda: {"as_actor": 0, "as_recipient": 0, "names": Counter()})
    for role, code, name in ((E.actor_code, E.actor_code, E.actor_name),
                             (E.recipient_code, E.recipient_code, E.recipient_name)):
        key = "as_actor" if role is E.actor_code else "as_recipient"
        for c, n, k in conn.execute(select(code, name, func.count()).where(code.is_not(None)).group_by(code, name)):
            stats[c][key] += k
            if n:
                stats[c]["names"][n] += k
    either = union(select(E.actor_code.label("code"), E.article_id),
                   select(E.recipient_code.label("code"), E.article_id)).subquery()
    arts = dict(conn.execute(select(either.c.code, func.count(distinct(either.c.article_id)))
                             .group_by(either.c.code)).all())
    out = []
    for code, st in stats.items():
        out.append({"code": code, "names": [n for n, _ in st["names"].most_common(5)],
                    "as_actor": st["as_actor"], "as_recipient": st["as_recipient"],
                    "events": st["as_actor"] + st["as_recipient"], "articles": arts.get(code, 0)})
    out.sort(key=lambda a: (-a["events"], a["code"]))
    return out[:limit] if limit else out


def actor(conn: Connection, code: str) -> dict[str, Any] | None:
    """One actor: who it deals with, how (quad classes), what kinds of events, and when."""
    code = code.strip().upper()
    found = [a for a in actors(conn) if a["code"] == code]
    if not found:
        return None
    out = found[0]
    partners: dict[str, dict[str, Any]] = defaultdict(lambda: {"events": 0, "quad": {1: 0, 2: 0, 3: 0, 4: 0}})
    for mine, other in ((E.actor_code, E.recipient_code), (E.recipient_code, E.actor_code)):
        for partner, quad, n in conn.execute(select(other, E.quad, func.count()).where(
                mine == code, other.is_not(None)).group_by(other, E.quad)):
            partners[partner]["events"] += n
            if quad in (1, 2, 3, 4):
                partners[partner]["quad"][quad] += n
    out["partners"] = sorted(({"code": p, **v} for p, v in partners.items()), key=lambda p: (-p["events"], p["code"]))
    involved = or_(E.actor_code == code, E.recipient_code == code)
    out["types"] = dict(conn.execute(select(E.type, func.count()).where(involved).group_by(E.type)
                                     .order_by(func.count().desc())).all())
    out["timeline"] = _timeline(conn, "month", involved)
    return out


def dyad_timeline(conn: Connection, a: str, b: str, by: str = "month") -> list[dict[str, Any]]:
    """Events between two actors (both directions) by period and quad class, with summed scores."""
    a, b = a.strip().upper(), b.strip().upper()
    pair = or_(and_(E.actor_code == a, E.recipient_code == b), and_(E.actor_code == b, E.recipient_code == a))
    return _timeline(conn, by, pair)


def period(day: str | None, by: str) -> str | None:
    """The month (YYYY-MM) or the Monday of the ISO week (YYYY-MM-DD) a date falls in."""
    if not day:
        return None
    if by == "month":
        return day[:7]
    if by == "week":
        d = date.fromisoformat(day[:10])
        return (d - timedelta(days=d.weekday())).isoformat()
    raise ValueError(f"by={by!r}: use 'month' or 'week'")


def timeline(conn: Connection, f: EventFilter, by: str = "month") -> list[dict[str, Any]]:
    """Any selection of events by period and quad class, counted in the database (dashboards over big stores)."""
    return _timeline(conn, by, *f.clauses())


def _timeline(conn: Connection, by: str, *where: Any) -> list[dict[str, Any]]:
    period(None, by)  # reject a bad ``by`` before querying
    acc: dict[tuple[str, int], dict[str, Any]] = {}
    for day, quad, n, score in conn.execute(select(E.date, E.quad, func.count(), func.sum(E.score))
                                            .where(*where, E.date.is_not(None)).group_by(E.date, E.quad)):
        key = (period(day, by), quad)
        row = acc.setdefault(key, {"period": key[0], "quad": quad, "events": 0, "score": 0.0})
        row["events"] += n
        row["score"] = round(row["score"] + (score or 0.0), 3)
    return sorted(acc.values(), key=lambda r: (r["period"], r["quad"] or 0))


def places(conn: Connection, f: EventFilter) -> list[dict[str, Any]]:
    """Where the selected events happened: one row per place with coordinates, counts by quad class and type."""
    out: dict[tuple[float, float], dict[str, Any]] = {}
    rows = conn.execute(select(E.place_name, E.place_country, E.lat, E.lon, E.place_level, E.quad, E.type,
                               func.count())
                        .where(*f.clauses(), E.lat.is_not(None), E.lon.is_not(None))
                        .group_by(E.place_name, E.place_country, E.lat, E.lon, E.place_level, E.quad, E.type))
    for name, country, lat, lon, level, quad, type_, n in rows:
        p = out.setdefault((round(lat, 3), round(lon, 3)), {"name": name or "?", "country": country, "lat": lat,
                                                            "lon": lon, "level": level or "city", "events": 0,
                                                            "quads": Counter(), "types": Counter()})
        p["events"] += n
        p["quads"][str(quad)] += n
        p["types"][type_] += n
    return [{**p, "quads": dict(p["quads"]), "types": dict(p["types"].most_common(5))}
            for p in sorted(out.values(), key=lambda p: -p["events"])]


def stats(conn: Connection) -> dict[str, Any]:
    """The whole store at a glance: counts, date range, activity by month, busiest dyads."""
    def count(table) -> int:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()

    first, last = conn.execute(select(func.min(E.date), func.max(E.date))).one()
    a_first, a_last = conn.execute(select(func.min(A.date), func.max(A.date))).one()
    by_period: dict[str, dict[str, Any]] = {}

    def slot(p: str) -> dict[str, Any]:
        return by_period.setdefault(p, {"period": p, "articles": 0, "events": 0, "quad1": 0, "quad2": 0,
                                        "quad3": 0, "quad4": 0})

    a_month, e_month = func.substr(A.date, 1, 7).label("month"), func.substr(E.date, 1, 7).label("month")
    for month, n in conn.execute(select(a_month, func.count()).where(A.date.is_not(None)).group_by(a_month)):
        slot(month)["articles"] += n
    for month, quad, n in conn.execute(select(e_month, E.quad, func.count())
                                       .where(E.date.is_not(None)).group_by(e_month, E.quad)):
        row = slot(month)
        row["events"] += n
        if quad in (1, 2, 3, 4):
            row[f"quad{quad}"] += n
    top = conn.execute(select(E.actor_code, E.recipient_code, func.count().label("n"))
                       .where(E.recipient_code.is_not(None), E.recipient_code != E.actor_code)
                       .group_by(E.actor_code, E.recipient_code).order_by(func.count().desc(), E.actor_code)
                       .limit(10)).all()
    return {
        "articles": count(s.articles), "sources": count(s.article_sources),
        "stories": conn.execute(select(func.count(distinct(A.story_id)))).scalar_one(),
        "failures": count(s.failures), "entities": count(s.entities), "quotes": count(s.quotes),
        "events": count(s.events), "merged_events": count(s.event_clusters),
        "first_date": first or a_first, "last_date": last or a_last,
        "articles_first_date": a_first, "articles_last_date": a_last,
        "by_period": sorted(by_period.values(), key=lambda r: r["period"]),
        "top_dyads": [{"actor": a, "recipient": r, "events": n} for a, r, n in top],
    }


def event(conn: Connection, event_id: int) -> dict[str, Any] | None:
    """One event row (its own counts) with its merged event's totals under ``happening``, for a permalink."""
    r = conn.execute(_event_select(EventFilter(), False).where(E.id == event_id)).mappings().first()
    if r is None:
        return None
    ev = event_row(dict(r))
    if ev["cluster_id"] is not None:
        c = conn.execute(select(C.mentions, C.sources, C.articles).where(C.id == ev["cluster_id"])).mappings().first()
        ev["happening"] = dict(c) if c else None
    return ev


def entity_actor(conn: Connection, code: str) -> dict[str, Any] | None:
    """An actor code the articles name but no event involves: its names and the articles naming it."""
    n = s.entities.c
    code = code.strip().upper()
    rows = conn.execute(select(n.name, n.article_id, n.sector).where(n.code == code)).all()
    if not rows:
        return None
    names = Counter(name for name, _, _ in rows)
    articles = sorted({aid for _, aid, _ in rows})
    return {"code": code, "names": [x for x, _ in names.most_common(8)], "as_actor": 0, "as_recipient": 0,
            "events": 0, "articles": len(articles), "article_ids": articles[:50],
            "sectors": sorted({sec for _, _, sec in rows if sec}), "partners": [], "types": {}, "timeline": []}


def directed_timeline(conn: Connection, a: str, b: str, by: str = "month") -> dict[str, list[dict[str, Any]]]:
    """Events of a dyad by period and quad class, each direction on its own: A -> B is not B -> A."""
    a, b = a.strip().upper(), b.strip().upper()
    return {"forward": _timeline(conn, by, E.actor_code == a, E.recipient_code == b),
            "backward": _timeline(conn, by, E.actor_code == b, E.recipient_code == a)}


def periods(first: str, last: str, by: str, cap: int = 600) -> list[str]:
    """Every month (YYYY-MM) or ISO week (its Monday) from ``first`` to ``last``, gaps included, so a chart's
    axis runs at the pace of time (at most ``cap`` periods: the latest ones)."""
    start, end = date.fromisoformat(period(first, "week") if by == "week" else first[:7] + "-01"), date.fromisoformat(
        period(last, "week") if by == "week" else last[:7] + "-01")
    out: list[str] = []
    d = start
    while d <= end:
        out.append(d.isoformat() if by == "week" else d.isoformat()[:7])
        d = d + timedelta(days=7) if by == "week" else date(d.year + d.month // 12, d.month % 12 + 1, 1)
    return out[-cap:]


def sectors(conn: Connection) -> list[str]:
    """The PLOVER sectors the stored events' parties have, for a filter's choices."""
    found = {x for (x,) in conn.execute(select(E.actor_sector).distinct()) if x}
    found |= {x for (x,) in conn.execute(select(E.recipient_sector).distinct()) if x}
    return sorted(found)
