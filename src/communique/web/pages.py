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

from .api import CODE_PATTERN, SORT, Filters, Offset, Web, web
from .app import TEMPLATES
from .highlight import event_summary, highlight, record_highlights
from .shown import shown_record

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
    chart = {
        "periods": [p["period"] for p in by_period],
        "articles": [p.get("articles", 0) for p in by_period],
        "events": [p.get("events", 0) for p in by_period],
        "quads": {str(q): [p.get(f"quad{q}", 0) for p in by_period] for q in (1, 2, 3, 4)},
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
    keys = sorted(set(coop) | set(conflict))
    return {"weeks": keys, "cooperation": [coop[k] for k in keys], "conflict": [conflict[k] for k in keys]}


@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request, w: Web, filters: Filters, offset: Offset = 0,
                sort: Annotated[str | None, Query(pattern=SORT)] = None) -> Response:
    """Sorting is the store's (every matching event, not just this page): a header link per column."""
    kwargs = filters.store_kwargs()
    rows = w.store.events(**kwargs, limit=PAGE + 1, offset=offset, sort=sort)
    total = w.store.count_events(**kwargs)
    params = filters.model_dump()
    return render(request, "events.html", title="Events", events=rows[:PAGE], total=total, offset=offset,
                  page=PAGE, more=len(rows) > PAGE, f=params, sort=sort or "-date",
                  filter_query=_query(**params, sort=sort))


@router.get("/actors", response_class=HTMLResponse)
def actors_page(request: Request, w: Web) -> Response:
    return render(request, "actors.html", title="Actors", actors=w.store.actors())


@router.get("/actors/{code}", response_class=HTMLResponse)
def actor_page(request: Request, code: Annotated[str, Path(pattern=CODE_PATTERN)], w: Web) -> Response:
    actor = w.store.actor(code)
    if actor is None:
        return render(request, "error.html", 404, title="Not found",
                      message=f"No actor {code!r} in the store.")
    by_month: dict[str, Counter[str]] = defaultdict(Counter)
    for role, rows in (("as actor", w.store.timeline(actor=code)), ("as recipient", w.store.timeline(recipient=code))):
        for row in rows:
            by_month[row["period"]][role] += row["events"]
    months = sorted(by_month)
    chart = {"months": months, "as_actor": [by_month[m]["as actor"] for m in months],
             "as_recipient": [by_month[m]["as recipient"] for m in months], "code": actor["code"]}
    partners = actor.get("partners") or []
    return render(request, "actor.html", title=f"Actor {actor['code']}", actor=actor, chart=chart,
                  partners=partners, recent=w.store.events(actor=code, limit=20))


@router.get("/articles", response_class=HTMLResponse)
def articles_page(request: Request, w: Web, q: Annotated[str | None, Query(max_length=200)] = None,
                  offset: Offset = 0) -> Response:
    if q and q.strip():
        rows = w.store.search(q, limit=PAGE + 1, offset=offset)
        total = None
    else:
        rows = w.store.articles(limit=PAGE + 1, offset=offset)
        total = w.store.counts()["articles"]
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
    points = w.store.places(**filters.store_kwargs())
    return render(request, "map.html", title="Map", points=points, f=filters.model_dump())


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
