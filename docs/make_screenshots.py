"""Write docs/screenshots/*.png: each page of the web app over the examples (what `make run` stores).

    python docs/make_screenshots.py

Ingests examples/ (the founding page dated 2022-01-23 and the Wikinews sample) into a temporary store,
serves it with uvicorn on a free loopback port and photographs each page with Debian's Chromium
(/usr/bin/chromium) through Playwright. Nothing is downloaded.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import communique
from communique.store import open_store
from communique.web.app import create_app

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
sys.path.insert(0, str(ROOT))

from tests.web.conftest import LiveServer  # noqa: E402


def main() -> None:
    from playwright.sync_api import sync_playwright

    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "examples.db"
        with open_store(db) as store:
            os.chdir(ROOT)  # sources are stored as given: examples/..., as `make run` stores them
            store.add(communique.pipe(["examples"], date="2022-01-23"))
            founding = next(a["id"] for a in store.articles() if (a["title"] or "").startswith("Joly"))
            told = store.events(merged=True, sort="-mentions", limit=1)  # the happening told most often
            top = store.stats()["top_dyads"][0]
        shots = [
            ("dashboard", "/", None),
            ("events", "/events?actor=RUS", None),
            ("event", f"/events/{told[0]['id']}" if told else "/events", None),
            ("actor", "/actors/RUS", "#dyad-links"),
            ("dyad", f"/dyads/{top['actor']}/{top['recipient']}", "#chart-forward[data-loaded]"),
            ("article", f"/articles/{founding}", "#article-text .hl-quote"),
            ("map", "/map", "#map[data-outlines]"),
            ("search", "/search?q=Moscow", None),
            ("api-docs", "/docs", ".swagger-ui .opblock"),
        ]
        print("event page:", told[0]["type"] if told else None, told[0]["mentions"] if told else 0, "mentions")
        with LiveServer(create_app(db)) as server, sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--headless", "--no-sandbox"])
            page = browser.new_page(viewport={"width": 1360, "height": 900})
            for name, path, ready in shots:
                page.goto(server.url + path)
                if ready:
                    page.wait_for_selector(ready)
                if name == "article":  # show the popover a click on a quote opens
                    page.locator("#article-text .hl-quote[data-speaker='Oleg Stepanov']").first.click()
                page.wait_for_timeout(300)
                page.screenshot(path=str(OUT / f"{name}.png"), full_page=name not in ("article", "api-docs"))
                print(f"docs/screenshots/{name}.png  <- {path}")
            browser.close()


if __name__ == "__main__":
    main()
