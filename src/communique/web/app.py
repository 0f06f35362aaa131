"""The web app: a FastAPI application over a store, with a REST API under /api and server-rendered pages.

Safety is the app's own job, not the deployment's: every response carries a Content-Security-Policy
that allows no inline script and nothing from other origins, request bodies over a limit are refused
with 413 before they are read, and the store is read-only unless the server was given a token.
"""

from __future__ import annotations

import contextlib
import json
import os
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler, request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from . import api, pages
from .state import STATIC, TEMPLATES, WebState

__all__ = ["CSP", "STATIC", "TEMPLATES", "WebState", "create_app"]

DEFAULT_MAX_BODY = 8_000_000

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


class GuardMiddleware:
    """Pure ASGI middleware: security headers on every HTTP response; 413 for bodies over ``max_body``
    (told by Content-Length, or counted as a chunked body streams in)."""

    def __init__(self, app, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = refused = False

        async def send_with_headers(message) -> None:
            nonlocal started
            if refused:  # the 413 went out already: whatever the app answers after it is dropped
                return
            if message["type"] == "http.response.start":
                started = True
                names = {k.lower() for k, _ in message.get("headers", [])}
                message = dict(message)
                message["headers"] = list(message.get("headers", [])) + [
                    (k, v) for k, v in SECURITY_HEADERS if k not in names]
            await send(message)

        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    too_big = int(value) > self.max_body
                except ValueError:
                    too_big = False
                if too_big:
                    await self._refuse(send_with_headers)
                    return
        seen = 0

        async def counting_receive():
            nonlocal seen, refused
            if refused:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body:
                    if not started:
                        await self._refuse(send_with_headers)
                    refused = True
                    return {"type": "http.disconnect"}  # the app stops reading, as if the client had gone
            return message

        await self.app(scope, counting_receive, send_with_headers)

    async def _refuse(self, send) -> None:
        body = json.dumps({"detail": f"request body over the {self.max_body}-byte limit; send less "
                                     "(or start the server with a larger --max-body)"}).encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                                (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": body})


def create_app(store_url: str | os.PathLike[str], token: str | None = None, allow_private: bool = False,
               max_body: int = DEFAULT_MAX_BODY) -> FastAPI:
    """The app over the store at ``store_url`` (SQLite path or database URL).

    ``token``: the bearer token POST /api/ingest requires (None: the app is read-only);
    ``allow_private``: let ingest fetch URLs on private, loopback and link-local addresses;
    ``max_body``: the largest request body accepted, in bytes.
    """
    state = WebState(str(store_url), token, allow_private)

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        state.store.close()

    app = FastAPI(
        lifespan=lifespan,
        title="communique",
        description="News pages as structured records: articles, actors, quotes and PLOVER events. "
                    "Records follow SCHEMA.md. The app is read-only unless the server was started with --token.",
        version=_version(), docs_url=None, redoc_url=None, openapi_url="/openapi.json",
    )
    app.state.web = state
    app.add_middleware(GuardMiddleware, max_body=max_body)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        """The API answers 422 with the reasons as JSON; a page answers with an HTML page saying what is wrong."""
        if request.url.path.startswith("/api/"):
            return await request_validation_exception_handler(request, exc)
        reasons = "; ".join(f"{'.'.join(str(x) for x in e.get('loc', [])[1:])}: {e.get('msg')}" for e in exc.errors())
        return pages.render(request, "error.html", 422, title="Bad request",
                            message=f"Some of the values given are not valid ({reasons}).")

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException):
        """The API answers JSON; a mistyped page address gets an HTML page with the way back, not raw JSON."""
        if request.url.path.startswith("/api/") or exc.status_code != 404:
            return await http_exception_handler(request, exc)
        return pages.render(request, "error.html", 404, title="Not found",
                            message=f"There is no page at {request.url.path}.")

    @app.exception_handler(ValueError)
    async def _bad_value(request: Request, exc: ValueError):
        """The store's own checks (a dyad without ':', an unknown sort column, since after until) are the
        client's mistake: 400 with the store's explanation, never a 500."""
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": str(exc)}, status_code=400)
        return pages.render(request, "error.html", 400, title="Bad request", message=str(exc))

    @app.get("/docs", include_in_schema=False, response_class=HTMLResponse)
    def docs() -> HTMLResponse:
        """Swagger UI from the vendored copy, started by a static script (no CDN, no inline script)."""
        return HTMLResponse(_DOCS_HTML)

    return app


def _version() -> str:
    from .. import __version__

    return __version__


_DOCS_HTML = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>communique API</title>
<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/static/vendor/swagger-ui/swagger-ui.css"></head>
<body><div id="swagger-ui" data-url="/openapi.json"></div>
<script src="/static/vendor/swagger-ui/swagger-ui-bundle.js"></script>
<script src="/static/js/docs.js"></script></body></html>
"""


def json_ready(value: Any) -> Any:
    """Values as JSON would carry them (for embedding chart data in pages)."""
    return json.loads(json.dumps(value, default=str))
