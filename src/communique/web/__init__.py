"""The web app and REST API over the store (``communique serve``).

Import-light on purpose: ``communique serve`` (cli/serve.py) imports :mod:`communique.web.app` only when the
server starts, so FastAPI, uvicorn and Jinja2 load then. ``create_app`` lives in :mod:`communique.web.app`;
``api`` and ``pages`` share ``state`` and never import ``app``.
"""
