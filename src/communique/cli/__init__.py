"""The command line: one small module per command over one options module.

``options`` holds the Typer app, the consoles and the shared options; ``extract``, ``ingest``, ``articles``,
``queries`` (events, actors, search) and ``serve`` each add their commands to it when imported here. No
module imports this package back, so there is no import circle.
"""

from . import articles, extract, ingest, queries, serve  # noqa: F401  (each registers its commands)
from .options import app

__all__ = ["app"]
