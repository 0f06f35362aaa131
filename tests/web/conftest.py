"""A real SQLite store for the web tests, filled once per session by running the real pipeline.

It holds the founding page (examples/ctv-joly-moscow-invitation.txt, dated 2022-01-23) and a hostile
article whose title, text, entity names and URL carry HTML/JS payloads, to prove they stay text.
"""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import pytest

import communique
from communique.model import Where
from communique.store import open_store

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "ctv-joly-moscow-invitation.txt"

XSS_TITLE = "<script>alert('title')</script> Minister \"><img src=x onerror=alert('img')>"
XSS_ENTITY = "\"><img src=x onerror=alert('entity')>"
XSS_URL = "javascript:alert('url')"
XSS_PLACE = "</script><script>alert('place')</script>"
XSS_TEXT = (
    "Foreign Minister Sergei Lavrov met with U.S. Secretary of State Antony Blinken in Geneva on Friday, "
    "the ministry said.\n\n"
    "\"We will not accept </script><script>alert('quote')</script> threats,\" Lavrov said. "
    "Russia has amassed troops along the border with Ukraine, a <b onmouseover=alert('b')>sign</b> of "
    "escalation, and <a href=\"javascript:alert('link')\">click here</a> said officials.\n\n"
    "The United States imposed sanctions on Russian banks on Saturday, officials said."
)


def _hostile_record() -> communique.Record:
    rec = communique.process(clean_text=XSS_TEXT, date="2022-01-24")
    assert rec.article is not None and rec.entities, "the hostile fixture needs entities to poison"
    rec.article.title = XSS_TITLE
    rec.article.url = XSS_URL
    rec.entities[0].name = XSS_ENTITY
    assert rec.events, "the hostile fixture needs an event to put on the map"
    rec.events[0].where = Where(name=XSS_PLACE, country="TCD", lat=15.0, lon=19.0)
    return rec


@pytest.fixture(scope="session")
def web_records() -> list[communique.Record]:
    """The founding page and the hostile article, each through the whole pipeline."""
    founding = communique.process(EXAMPLE, date="2022-01-23")
    assert founding.events, "the founding page should give events"
    return [founding, _hostile_record()]


@pytest.fixture(scope="session")
def web_db(tmp_path_factory, web_records) -> Path:
    """The SQLite store file holding ``web_records``."""
    path = tmp_path_factory.mktemp("web") / "web.db"
    with open_store(path) as store:
        store.add(web_records)
    return path


@pytest.fixture(scope="session")
def founding_id(web_db) -> str:
    with open_store(web_db) as store:
        rows = [a for a in store.articles() if (a["title"] or "").startswith("Joly")]
    return rows[0]["id"]


@pytest.fixture(scope="session")
def hostile_id(web_db) -> str:
    with open_store(web_db) as store:
        rows = [a for a in store.articles() if a["title"] == XSS_TITLE]
    return rows[0]["id"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveServer:
    """A real uvicorn server on a free loopback port, in a thread."""

    def __init__(self, app) -> None:
        import uvicorn

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(10)
