"""``python -m communique.cli``."""

from . import app

app()
