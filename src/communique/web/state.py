"""What the web app's modules share: where templates and static files are, and the state of a running app.

Its own module so that ``api`` and ``pages`` need not import ``app`` (which imports them): no import circle.
"""

from __future__ import annotations

import threading
from pathlib import Path

HERE = Path(__file__).parent
STATIC = HERE / "static"
TEMPLATES = HERE / "templates"


class WebState:
    """What the routes share: the store, the token, the fetcher settings and a lock around the pipeline."""

    def __init__(self, store_url: str, token: str | None, allow_private: bool) -> None:
        from ..store import open_store

        self.store_url = str(store_url)
        self.store = open_store(store_url)
        self.token = token or None
        self.allow_private = allow_private
        self.pipeline_lock = threading.Lock()

    @property
    def read_only(self) -> bool:
        return self.token is None
