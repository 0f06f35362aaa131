"""Operational faults as one actionable line: what went wrong and what to do, with the exit status.

The command line shows these instead of a traceback (``--debug`` shows the traceback): the store cannot be
reached or opened, a driver is missing, the disk is full, a file is not a store. 2 is a usage error (fix the
command), 1 a runtime one (fix the environment and run it again).
"""

from __future__ import annotations

import errno

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, SQLAlchemyError

from .store import NotAStore

USAGE, RUNTIME = 2, 1


def shown(db: str) -> str:
    """The store as it may be printed: a URL without its password."""
    if "://" not in db:
        return db
    try:
        return make_url(db).render_as_string(hide_password=True)
    except ArgumentError:
        return db.split("@", 1)[-1]


def _first_line(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).strip().splitlines()
    return text[0][:200] if text else type(orig).__name__


def describe(exc: BaseException, db: str) -> tuple[int, str] | None:
    """``(exit status, message)`` for a fault the user can act on; None for anything else (a bug: traceback)."""
    where = shown(db)
    if isinstance(exc, NotAStore):
        return USAGE, str(exc)
    if isinstance(exc, ModuleNotFoundError) and exc.name and exc.name.split(".")[0] in ("psycopg", "psycopg2"):
        return RUNTIME, ("a PostgreSQL store needs the psycopg driver, which is not installed: "
                         "pip install 'communique[postgres]'")
    if isinstance(exc, ModuleNotFoundError) and exc.name and not exc.name.startswith("communique"):
        return USAGE, (f"--db {where} needs the Python module {exc.name}, which is not installed; communique "
                       "stores in a SQLite file or in PostgreSQL (postgresql://user@host/db)")
    if isinstance(exc, NoSuchModuleError | ArgumentError):
        return USAGE, (f"--db {where} is not a usable database URL ({_first_line(exc)}); give a SQLite file path "
                       "or postgresql://user@host/db")
    if isinstance(exc, DBAPIError | SQLAlchemyError):
        line = _first_line(exc)
        low = line.lower()
        if "full" in low or "no space" in low:
            hint = "the disk is full: free space, then run the same command again (what was stored is kept)"
        elif "readonly" in low or "read-only" in low or "read only" in low:
            hint = "the store is read-only: check its permissions (and its folder's), or give another --db"
        elif "malformed" in low or "not a database" in low or "corrupt" in low:
            hint = "the store is damaged: restore it from a copy, or give another --db"
        elif "unable to open" in low:
            hint = "cannot open the file: does its folder exist, and may you write there?"
        elif "locked" in low:
            hint = "another process holds the store's write lock for too long: try again when it is done"
        elif "connect" in low or "could not translate host" in low or "does not exist" in low or "password" in low:
            hint = "check that the server is running and the URL (host, port, user, database) is right"
        else:
            hint = "check the store, then run the same command again (what was stored is kept)"
        return RUNTIME, f"store {where}: {line}: {hint}"
    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC:
            return RUNTIME, "the disk is full: free space, then run the same command again (what was stored is kept)"
        return RUNTIME, f"{exc.strerror or exc}: {exc.filename or where}"
    return None
