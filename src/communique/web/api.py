"""The REST API under /api: articles, events, actors, dyad timelines, stats (read) and ingest (with the token).

Lists are pages: ``{"total", "limit", "offset", "next_offset", "items"}`` (``total`` is null where counting
would cost a second search). Records and events keep the SCHEMA.md shape and field names.
"""

from __future__ import annotations

import hmac
import json
from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.responses import StreamingResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field, model_validator

from ..exports.write import csv_chunks
from ..store.queries import EventFilter, directed_timeline
from .shown import shown_event, shown_record
from .state import WebState

router = APIRouter(prefix="/api")

DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"
CODE_PATTERN = r"^[A-Za-z0-9_.-]{1,40}$"
# Query filters also accept an empty value (a form sends its empty fields): it means "any".
OPT_DATE = r"^(\d{4}(-\d{2}(-\d{2})?)?)?$"
OPT_CODE = r"^[A-Za-z0-9_.,-]{0,80}$"  # one code or a comma list, as on the command line
SORT = r"^[-+]?[a-z]{0,12}$"
MAX_PAGE = 1000


def web(request: Request) -> WebState:
    """The app's shared state (store, token, settings)."""
    return request.app.state.web


Web = Annotated[WebState, Depends(web)]


class EventFormat(StrEnum):
    json = "json"
    csv = "csv"
    jsonl = "jsonl"


class Period(StrEnum):
    month = "month"
    week = "week"


@dataclass
class EventFilters(EventFilter):
    """The store's event filters (every one `communique events` has) plus ``merged``, as the routes read them."""

    merged: bool = False

    def model_dump(self) -> dict[str, Any]:
        return asdict(self)

    def store_kwargs(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v not in (None, "")}


def event_filters(
    actor: Annotated[str | None, Query(description="Actor code (e.g. RUS), as the one acting.",
                                       pattern=OPT_CODE)] = None,
    recipient: Annotated[str | None, Query(description="Recipient code.", pattern=OPT_CODE)] = None,
    dyad: Annotated[str | None, Query(description="ACTOR:RECIPIENT, e.g. RUS:UKR.",
                                      pattern=r"^([A-Za-z0-9_.-]{1,40}:[A-Za-z0-9_.-]{1,40})?$")] = None,
    type: Annotated[str | None, Query(description="PLOVER type, e.g. SANCTION.", pattern=r"^[A-Za-z_,]{0,80}$")] = None,
    quad: Annotated[str | None, Query(pattern=r"^[1-4]?$", description="Quad class: 1 verbal cooperation, "
                                      "2 material cooperation, 3 verbal conflict, 4 material conflict.")] = None,
    since: Annotated[str | None, Query(description="Event date on or after (YYYY[-MM[-DD]]).",
                                       pattern=OPT_DATE)] = None,
    until: Annotated[str | None, Query(description="Event date on or before (YYYY[-MM[-DD]]).",
                                       pattern=OPT_DATE)] = None,
    text: Annotated[str | None, Query(description="Words in the evidence or article.", max_length=200)] = None,
    modality: Annotated[str | None, Query(description="asserted, negated, hypothetical, future or reported.",
                                          pattern=r"^[a-z]{0,20}$")] = None,
    article: Annotated[str | None, Query(description="Only the events of this article id.",
                                         pattern=r"^([0-9a-f]{6,64})?$")] = None,
    merged: Annotated[bool, Query(description="One row per merged event (the same event told by several "
                                  "articles), with mentions, sources and articles counts.")] = False,
    sector: Annotated[str | None, Query(description="PLOVER sector(s) of the actor or the recipient, e.g. GOV "
                                        "or MIL,REB.", pattern=r"^[A-Za-z,]{0,40}$")] = None,
    place: Annotated[str | None, Query(description="The event's place, as named (e.g. Geneva).",
                                       max_length=200)] = None,
    dated_only: Annotated[bool, Query(description="Only events whose own words date them (not those dated by "
                                      "their article: when.granularity 'article').")] = False,
    place_basis: Annotated[str | None, Query(description="Where the place came from: clause, dateline, article "
                                             "(comma list), or none.", pattern=r"^[a-z,]{0,40}$")] = None,
) -> EventFilters:
    return EventFilters(actor=actor or None, recipient=recipient or None, dyad=dyad or None,
                        type=type.upper() if type else None, quad=int(quad) if quad else None,
                        since=since or None, until=until or None, text=(text or "").strip() or None,
                        modality=modality or None, article=article or None, merged=merged,
                        sector=sector or None, place=(place or "").strip() or None,
                        dated_only=dated_only, place_basis=place_basis or None)


Filters = Annotated[EventFilters, Depends(event_filters)]


def page(items: list[Any], limit: int, offset: int, total: int | None) -> dict[str, Any]:
    """A page of a list: the items asked for (one more was fetched to know whether there is a next page)."""
    more = len(items) > limit
    return {"total": total, "limit": limit, "offset": offset,
            "next_offset": offset + limit if more else None, "items": items[:limit]}


Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"Items per page (at most {MAX_PAGE}).")]
MAX_OFFSET = 1_000_000_000  # a database integer holds it; 2**63 would overflow SQLite (a 500, not the client's 422)
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description=f"Items to skip (at most {MAX_OFFSET}).")]


@router.get("/articles", summary="Articles, newest first, or those matching a search")
def list_articles(w: Web, q: Annotated[str | None, Query(max_length=200, description="Words to search "
                  "for (full-text); ranks the results.")] = None,
                  limit: Limit = 20, offset: Offset = 0) -> dict[str, Any]:
    if q and q.strip():
        return page(w.store.search(q, limit=limit + 1, offset=offset), limit, offset, None)
    total = w.store.counts()["articles"]
    return page([shown_record(a) for a in w.store.articles(limit=limit + 1, offset=offset)], limit, offset, total)


@router.get("/articles/{article_id}", summary="One article: the full record (SCHEMA.md) with its sources")
def get_article(article_id: str, w: Web) -> dict[str, Any]:
    rec = w.store.article(article_id)
    if rec is None:
        raise HTTPException(404, f"no article {article_id!r} in the store; list them at /api/articles")
    return shown_record(rec)


@router.get("/events", summary="Events, filtered; JSON pages, or the whole selection as CSV or JSONL")
def list_events(w: Web, filters: Filters,
                fmt: Annotated[EventFormat, Query(alias="format", description="json (a page), csv or jsonl "
                               "(every matching event unless limit is given).")] = EventFormat.json,
                limit: Annotated[int | None, Query(ge=1, le=1_000_000, description="Items per page (json: "
                                 "default 100, at most 1000).")] = None,
                offset: Offset = 0,
                sort: Annotated[str | None, Query(pattern=SORT, description="Column to sort by: date, type, actor, "
                                "recipient, place, modality, quad, score, confidence, mentions, articles, sources; "
                                "prefix - for descending (default -date).")] = None):
    kwargs = filters.store_kwargs()
    if fmt is EventFormat.json:
        n = min(limit or 100, MAX_PAGE)
        return page([shown_event(e) for e in w.store.events(**kwargs, limit=n + 1, offset=offset, sort=sort)], n,
                    offset, w.store.count_events(**kwargs))
    events = [shown_event(e) for e in w.store.events(**kwargs, limit=limit, offset=offset, sort=sort)]
    name = "events" + "".join(f"-{v}" for k, v in kwargs.items() if k in ("actor", "recipient", "type", "dyad"))
    name = "".join(c if c.isalnum() or c in "-_" else "_" for c in name)
    if fmt is EventFormat.csv:
        return StreamingResponse(csv_chunks(events), media_type="text/csv; charset=utf-8",
                                 headers={"Content-Disposition": f'attachment; filename="{name}.csv"'})
    lines = (json.dumps(ev, ensure_ascii=False) + "\n" for ev in events)
    return StreamingResponse(lines, media_type="application/x-ndjson; charset=utf-8",
                             headers={"Content-Disposition": f'attachment; filename="{name}.jsonl"'})


@router.get("/actors", summary="Actors (codes) with how often they act and are acted upon")
def list_actors(w: Web, limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    actors = w.store.actors()
    return page(actors[offset:offset + limit + 1], limit, offset, len(actors))


@router.get("/actors/{code}", summary="One actor: names, partners with quad counts, event types")
def get_actor(code: Annotated[str, Path(pattern=CODE_PATTERN)], w: Web) -> dict[str, Any]:
    actor = w.store.actor(code)
    if actor is None:
        raise HTTPException(404, f"no actor {code!r} in the store; list them at /api/actors")
    return actor


def pivot_timeline(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Store rows (period, quad, events, score) -> one row per period with quad1..quad4 counts and summed scores."""
    out: dict[str, dict[str, Any]] = {}
    for r in rows:
        p = out.setdefault(r["period"], {"period": r["period"], "events": 0, "score": 0.0,
                                         "quad1": 0, "quad2": 0, "quad3": 0, "quad4": 0})
        p["events"] += r.get("events") or 0
        p["score"] = round(p["score"] + (r.get("score") or 0.0), 3)
        if r.get("quad") in (1, 2, 3, 4):
            p[f"quad{r['quad']}"] += r.get("events") or 0
    return [out[k] for k in sorted(out)]


@router.get("/dyads/{a}/{b}/timeline",
            summary="Events between actors a and b by week or month and quad class: both directions together "
                    "(periods) and each on its own (directions)")
def dyad_timeline(a: Annotated[str, Path(pattern=CODE_PATTERN)], b: Annotated[str, Path(pattern=CODE_PATTERN)],
                  w: Web, by: Period = Period.month) -> dict[str, Any]:
    rows = w.store.dyad_timeline(a, b, by=by.value)
    with w.store.engine.connect() as conn:
        directed = directed_timeline(conn, a, b, by.value)
    a, b = a.upper(), b.upper()
    return {"actor": a, "recipient": b, "by": by.value, "periods": pivot_timeline(rows), "rows": rows,
            "directions": {f"{a}->{b}": pivot_timeline(directed["forward"]),
                           f"{b}->{a}": pivot_timeline(directed["backward"])}}


@router.get("/stats", summary="What the store holds: counts, dates, activity by period, the most active dyads")
def stats(w: Web) -> dict[str, Any]:
    return w.store.stats()


class IngestRequest(BaseModel):
    """One page to process and store: exactly one of url, html, text (a scrape to clean) or clean_text."""

    url: str | None = Field(None, max_length=2000, description="An http(s) URL to fetch (public addresses only "
                            "unless the server runs with --allow-private).")
    html: str | None = Field(None, description="The page's HTML.")
    text: str | None = Field(None, description="A scraped page's text, to be cleaned.")
    clean_text: str | None = Field(None, description="An article body, taken verbatim.")
    date: str | None = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}$", description="Publication date to assume "
                             "when the page gives none (YYYY-MM-DD).")
    source: str | None = Field(None, max_length=500, description="What to record as the source (default: the URL "
                               "or 'api').")

    @model_validator(mode="after")
    def _one_input(self) -> IngestRequest:
        given = [k for k in ("url", "html", "text", "clean_text") if getattr(self, k) is not None]
        if len(given) != 1:
            raise ValueError(f"give exactly one of url, html, text, clean_text (got {', '.join(given) or 'none'})")
        return self


bearer = HTTPBearer(auto_error=False, description="The token the server was started with (--token).")


def require_token(w: Web, cred: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> None:
    """Ingest writes to the store: only with the server's token, compared in constant time."""
    if w.token is None:
        raise HTTPException(403, "the server is read-only: start it with --token T to allow ingest")
    given = cred.credentials.strip() if cred and cred.scheme.lower() == "bearer" else ""
    if not given or not hmac.compare_digest(given.encode(), w.token.encode()):
        raise HTTPException(401, "ingest needs the server's token: send the header 'Authorization: Bearer T'",
                            headers={"WWW-Authenticate": "Bearer"})


@router.post("/ingest", summary="Process one page (HTML, text or a URL) and store it; needs the token",
             dependencies=[Depends(require_token)])
def ingest(body: IngestRequest, w: Web) -> dict[str, Any]:
    from .. import process
    from ..model import Page
    from .fetch import FetchError, SafeFetcher

    if body.url is not None:
        try:
            got = SafeFetcher(allow_private=w.allow_private).fetch(body.url)
        except FetchError as exc:
            raise HTTPException(exc.status, str(exc)) from exc
        kind = "text" if got.content_type.split(";")[0].strip().lower() == "text/plain" else "html"
        page_ = Page(source=body.source or got.url, content=got.content, kind=kind, url=got.url, date=body.date,
                     size=len(got.content))
    else:
        content, kind = ((body.html, "html") if body.html is not None else (body.text, "text")
                         if body.text is not None else (body.clean_text, "clean"))
        page_ = Page(source=body.source or "api", content=content, kind=kind, date=body.date,
                     size=len(content.encode("utf-8", "replace")))
    with w.pipeline_lock:
        record = process(page_, date=body.date)
        summary = w.store.add([record])
    outcome = "stored" if summary.stored else "duplicate" if summary.duplicates else "failed"
    art = record.article
    return {"outcome": outcome, "source": record.source,
            "error": record.error.to_dict() if record.error else None,
            "id": art.id if art else None, "title": art.title if art else None,
            "entities": len(record.entities or []), "quotes": sum(q.kind != "partial" for q in record.quotes or []),
            "events": len(record.events or []),
            "url": f"/api/articles/{art.id}" if art else None}
