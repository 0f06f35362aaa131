"""Server-rendered pages: dashboard, events, actors, articles (highlighted), map and search.

Templates autoescape everything; article data never goes through ``|safe``. The only markup built in
Python is the highlighted article text, which escapes every piece itself (highlight.py). Chart data is
embedded as ``<script type="application/json">`` with Jinja's ``tojson`` (which escapes ``<``, ``>``, ``&``
and ``'``), and read by the static scripts: no inline script, as the Content-Security-Policy demands.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Annotated, Any
from urllib.parse import urlencode, urlsplit

import jinja2
from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates

from ..store import queries
from ..store.queries import periods
from .api import CODE_PATTERN, SORT, Filters, Offset, Web, web
from .highlight import event_summary, highlight, record_highlights
from .shown import shown_record
from .state import TEMPLATES

router = APIRouter(include_in_schema=False)
PAGE = 50
QUADS = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


def _safe_url(url: str | None) -> str | None:
    """Only http(s) URLs become links; anything else (javascript:, data:) is shown as text."""
    if not url:
        return None
    try:
        return url if urlsplit(url.strip()).scheme.lower() in ("http", "https") else None
    except ValueError:
        return None


def _query(**params: Any) -> str:
    return urlencode({k: v for k, v in params.items() if v not in (None, "", False)})


env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True,
                         trim_blocks=True, lstrip_blocks=True)
env.globals.update(safe_url=_safe_url, quads=QUADS, query=_query, event_summary=event_summary)
env.filters["parties"] = lambda ps: "+".join((p.get("code") or "?") for p in ps or []) or "–"
env.filters["names"] = lambda ps: ", ".join((p.get("name") or "?") for p in ps or [])
templates = Jinja2Templates(env=env)


def render(request: Request, name: str, status: int = 200, **context: Any) -> Response:
    w = web(request)
    return templates.TemplateResponse(request, name, {"read_only": w.read_only, **context}, status_code=status)


@router.get("/", response_class=HTMLResponse)
def dashboard(request: Request, w: Web) -> Response:
    stats = w.store.stats()
    start = chart_start(stats)
    by_period = [p for p in stats.get("by_period") or [] if not start or p["period"] >= start]
    hidden = sum(p["events"] for p in stats.get("by_period") or [] if start and p["period"] < start)
    months = {p["period"]: p for p in by_period}
    axis = periods(min(months), max(months), "month") if months else []  # empty months too: time runs evenly
    chart = {
        "periods": axis,
        "articles": [months.get(m, {}).get("articles", 0) for m in axis],
        "events": [months.get(m, {}).get("events", 0) for m in axis],
        "quads": {str(q): [months.get(m, {}).get(f"quad{q}", 0) for m in axis] for q in (1, 2, 3, 4)},
    }
    chart["weeks"] = _weekly_quads(w.store.timeline(by="week", since=start))
    before = None
    if start:
        y, m = int(start[:4]), int(start[5:7])
        before = f"{y - (m == 1):04d}-{12 if m == 1 else m - 1:02d}"  # the month before the charts start
    return render(request, "dashboard.html", stats=stats, chart=chart, title="Dashboard",
                  hidden=hidden, chart_from=start, hidden_until=before)


def chart_start(stats: dict[str, Any]) -> str | None:
    """The first month the charts show: a year before the earliest article. Events dated long before
    ("the treaty of 1648") are real but would squeeze the news of the day into one corner."""
    first = stats.get("articles_first_date")
    if not first:
        return None
    return f"{int(first[:4]) - 1:04d}{first[4:7]}"


def _weekly_quads(rows: list[dict[str, Any]]) -> dict[str, list[Any]]:
    """Cooperation (quad 1, 2) against conflict (quad 3, 4) per week (labelled by its Monday)."""
    coop: Counter[str] = Counter()
    conflict: Counter[str] = Counter()
    for row in rows:
        if row["quad"] in (1, 2):
            coop[row["period"]] += row["events"]
        elif row["quad"] in (3, 4):
            conflict[row["period"]] += row["events"]
    seen = sorted(set(coop) | set(conflict))
    keys = periods(seen[0], seen[-1], "week") if seen else []
    return {"weeks": keys, "cooperation": [coop[k] for k in keys], "conflict": [conflict[k] for k in keys]}


@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request, w: Web, filters: Filters, offset: Offset = 0,
                sort: Annotated[str | None, Query(pattern=SORT)] = None) -> Response:
    """Sorting is the store's (every matching event, not just this page): a header link per column."""
    kwargs = filters.store_kwargs()
    rows = w.store.events(**kwargs, limit=PAGE + 1, offset=offset, sort=sort)
    total = w.store.count_events(**kwargs)
    params = filters.model_dump()
    with w.store.engine.connect() as conn:
        choices = queries.sectors(conn)
    return render(request, "events.html", title="Events", events=rows[:PAGE], total=total, offset=offset,
                  sectors=choices,
                  page=PAGE, more=len(rows) > PAGE, f=params, sort=sort or "-date",
                  filter_query=_query(**params, sort=sort))


@router.get("/actors", response_class=HTMLResponse)
def actors_page(request: Request, w: Web) -> Response:
    return render(request, "actors.html", title="Actors", actors=w.store.actors())


@router.get("/actors/{code}", response_class=HTMLResponse)
def actor_page(request: Request, code: Annotated[str, Path(pattern=CODE_PATTERN)], w: Web) -> Response:
    actor = w.store.actor(code)
    if actor is None:
        with w.store.engine.connect() as conn:  # named in articles, in no event: still an actor of the store
            actor = queries.entity_actor(conn, code)
        if actor is None:
            return render(request, "error.html", 404, title="Not found",
                          message=f"No actor {code!r} in the store: no event and no entity has this code.")
        articles = [a for a in (w.store.article(i) for i in actor["article_ids"][:20]) if a]
        return render(request, "actor.html", title=f"Actor {actor['code']}", actor=actor, chart=None,
                      partners=[], recent=[], named_in=articles, hidden=0)
    start = chart_start(w.store.stats())
    by_month: dict[str, Counter[str]] = defaultdict(Counter)
    hidden = 0
    for role, rows in (("as actor", w.store.timeline(actor=code)), ("as recipient", w.store.timeline(recipient=code))):
        for row in rows:
            if start and row["period"] < start:  # "the treaty of 1625" is counted, not charted
                hidden += row["events"]
                continue
            by_month[row["period"]][role] += row["events"]
    months = periods(min(by_month), max(by_month), "month") if by_month else []
    chart = {"months": months, "as_actor": [by_month[m]["as actor"] for m in months],
             "as_recipient": [by_month[m]["as recipient"] for m in months], "code": actor["code"]}
    partners = actor.get("partners") or []
    return render(request, "actor.html", title=f"Actor {actor['code']}", actor=actor, chart=chart,
                  partners=partners, recent=w.store.events(actor=code, limit=20), named_in=[], hidden=hidden,
                  chart_from=start)


@router.get("/dyads/{a}/{b}", response_class=HTMLResponse)
def dyad_page(request: Request, a: Annotated[str, Path(pattern=CODE_PATTERN)],
              b: Annotated[str, Path(pattern=CODE_PATTERN)], w: Web,
              by: Annotated[str, Query(pattern="^(month|week)$")] = "month") -> Response:
    """Two actors: what A did to B and what B did to A, each direction counted and charted on its own."""
    a, b = a.upper(), b.upper()
    with w.store.engine.connect() as conn:
        timeline = queries.directed_timeline(conn, a, b, by)
    forward, backward = (w.store.events(dyad=f"{x}:{y}", limit=50) for x, y in ((a, b), (b, a)))
    counts = {"forward": w.store.count_events(dyad=f"{a}:{b}"), "backward": w.store.count_events(dyad=f"{b}:{a}")}
    seen = sorted({r["period"] for rows in timeline.values() for r in rows})
    axis = periods(seen[0], seen[-1], by) if seen else []
    chart = {"periods": axis, "by": by, "a": a, "b": b, **{
        d: {str(q): [sum(r["events"] for r in rows if r["period"] == x and r["quad"] == q) for x in axis]
            for q in (1, 2, 3, 4)} for d, rows in timeline.items()}}
    return render(request, "dyad.html", title=f"{a} and {b}", a=a, b=b, by=by, chart=chart, counts=counts,
                  forward=forward, backward=backward)


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, event_id: Annotated[int, Path(ge=1, le=2**62)], w: Web) -> Response:
    """An event's permalink: what it is, the words that say it (a link into the article, highlighted) and,
    when several stories told it, every mention with its story and sources."""
    with w.store.engine.connect() as conn:
        ev = queries.event(conn, event_id)
    if ev is None:
        return render(request, "error.html", 404, title="Not found", message=f"No event {event_id} in the store.")
    rows = w.store.events(cluster=ev["cluster_id"], sort="date", limit=500) if ev["cluster_id"] else [ev]
    mentions: dict[tuple[str, int], dict[str, Any]] = {}  # a mention is one coded event, whatever its dyads
    for m in rows:
        if (m["article_id"], m["n"]) == (ev["article_id"], ev["n"]):
            m = ev
        mentions.setdefault((m["article_id"], m["n"]), m)
    stories: dict[str, dict[str, Any]] = {}
    for m in mentions.values():
        stories.setdefault(m["article_id"], {"article_id": m["article_id"], "title": m["title"],
                                             "date": m["article_date"], "mentions": []})["mentions"].append(m)
    sources = {aid: shown_record(w.store.article(aid) or {}).get("sources") or [] for aid in stories}
    return render(request, "event.html", title=f"{ev['type']} event {ev['id']}", ev=ev, stories=list(stories.values()),
                  sources=sources, summary=event_summary(ev))


@router.get("/articles", response_class=HTMLResponse)
def articles_page(request: Request, w: Web, q: Annotated[str | None, Query(max_length=200)] = None,
                  offset: Offset = 0) -> Response:
    if q and q.strip():
        rows = w.store.search(q, limit=PAGE + 1, offset=offset)
        total = None
    else:
        rows = w.store.articles(limit=PAGE + 1, offset=offset)
        total = w.store.counts()["articles"]
    for r in rows:  # JSONL and API input often has a URL but no site name: the URL's host says where
        if not r.get("site") and _safe_url(r.get("url")):
            r["site"] = urlsplit(r["url"]).hostname
    return render(request, "articles.html", title="Articles", articles=rows[:PAGE], q=q or "", total=total,
                  offset=offset, page=PAGE, more=len(rows) > PAGE)


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: Annotated[str, Path(max_length=100)], w: Web) -> Response:
    rec = w.store.article(article_id)
    if rec is None:
        return render(request, "error.html", 404, title="Not found", message=f"No article {article_id!r} in the store.")
    rec = shown_record(rec)
    art = rec.get("article") or {}
    body = highlight(art.get("text") or "", record_highlights(rec))
    events = [{"n": i, **ev, "summary": event_summary(ev)} for i, ev in enumerate(rec.get("events") or [], 1)]
    return render(request, "article.html", title=art.get("title") or "Article", rec=rec, art=art, body=body,
                  events=events, quotes=list(enumerate(rec.get("quotes") or [], 1)),
                  entities=rec.get("entities") or [])


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request, w: Web, filters: Filters) -> Response:
    kwargs = filters.store_kwargs()
    points = w.store.places(**kwargs)
    return render(request, "map.html", title="Map", points=points, f=filters.model_dump(),
                  placed=sum(p["events"] for p in points), total=w.store.count_events(**kwargs),
                  filter_query=_query(**{k: v for k, v in filters.model_dump().items() if k != "merged"}))


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, w: Web, q: Annotated[str, Query(max_length=200)] = "") -> Response:
    q = q.strip()
    articles, actors, n_events = [], [], 0
    if q:
        articles = w.store.search(q, limit=20)
        needle = q.lower()
        actors = [a for a in w.store.actors() if needle == (a.get("code") or "").lower()
                  or any(needle in (n or "").lower() for n in a.get("names") or [])][:20]
        n_events = w.store.count_events(text=q)
    return render(request, "search.html", title="Search", q=q, articles=articles, actors=actors, n_events=n_events)
