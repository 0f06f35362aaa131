"""The web app and REST API over the store (``communique serve``).

Import-light on purpose: the CLI imports :mod:`communique.web.command` to register ``serve``, and FastAPI,
uvicorn and Jinja2 load only when the server starts. ``create_app`` lives in :mod:`communique.web.app`.
"""
