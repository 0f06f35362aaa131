"""``communique serve``: the web app and REST API over a store.

FastAPI and uvicorn are imported inside the command, so other commands start as fast as before.
"""

from __future__ import annotations

import os
from typing import Annotated

import typer

from ..store import DEFAULT_DB
from .options import DbOpt, app, err, existing_store


@app.command()
def serve(
    db: DbOpt = DEFAULT_DB,
    host: Annotated[str, typer.Option(help="Address to listen on (127.0.0.1: this machine only).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.", min=1, max=65535)] = 8000,
    token: Annotated[str | None, typer.Option(
        help="Allow POST /api/ingest for clients sending 'Authorization: Bearer TOKEN' (default: read-only). "
             "Also read from $COMMUNIQUE_TOKEN.", envvar="COMMUNIQUE_TOKEN", show_envvar=False)] = None,
    allow_private: Annotated[bool, typer.Option(
        "--allow-private", help="Let ingest fetch URLs on private, loopback and link-local addresses.")] = False,
    max_body: Annotated[int, typer.Option(help="Largest request body accepted, in bytes (bigger: 413).",
                                          min=1024)] = 8_000_000,
) -> None:
    """Serve the web app (dashboard, events, actors, articles, map, search) and the REST API over a store.

    Pages at http://HOST:PORT/, the API under /api, its OpenAPI docs at /docs. Read-only unless --token.

    Example: make run && communique serve --db examples.db
    """
    existing_store(db, hint="  (after `make run`, try: communique serve --db examples.db)").close()
    if token is not None and len(token) < 8:
        err.print("[red]--token is too short.[/] Use at least 8 characters, e.g. from: python -c "
                  "'import secrets; print(secrets.token_urlsafe())'")
        raise typer.Exit(2)
    import uvicorn

    from ..web.app import create_app

    application = create_app(db, token=token, allow_private=allow_private, max_body=max_body)
    mode = "ingest allowed with the token" if token else "read-only"
    err.print(f"communique: serving {db} at http://{host}:{port}/ ({mode}); API docs at /docs")
    uvicorn.run(application, host=host, port=port, log_level=os.environ.get("COMMUNIQUE_LOG", "warning"),
                server_header=False)
