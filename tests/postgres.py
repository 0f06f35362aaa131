"""Which PostgreSQL the tests use, and what happens without one.

COMMUNIQUE_TEST_PG names a server (postgresql://user@host/db). Without it the PostgreSQL tests skip
with a reason, except where COMMUNIQUE_REQUIRE_PG=1 (set by .ci/run): there they fail, because CI
must prove both stores.
"""

from __future__ import annotations

import os

import pytest

PG_URL = os.environ.get("COMMUNIQUE_TEST_PG")
REQUIRED = os.environ.get("COMMUNIQUE_REQUIRE_PG") == "1"
REASON = "no PostgreSQL: set COMMUNIQUE_TEST_PG=postgresql://user@host/db to run these"


def backends() -> list:
    """The store backends to parametrise over: SQLite always, then PostgreSQL (run, required or skipped)."""
    if PG_URL or REQUIRED:
        return ["sqlite", "postgresql"]
    return ["sqlite", pytest.param("postgresql", marks=pytest.mark.skip(reason=REASON))]


def url() -> str:
    """The server's URL; fails the test where PostgreSQL is required but not given."""
    if not PG_URL:
        pytest.fail("COMMUNIQUE_REQUIRE_PG=1 but COMMUNIQUE_TEST_PG is not set: .ci/run starts a server and sets it")
    return PG_URL


needs_postgres = pytest.mark.skipif(not (PG_URL or REQUIRED), reason=REASON)


def empty_store(backend: str, path):
    """A new, empty store: SQLite at ``path``, or the test server with every table dropped first."""
    from communique.store import open_store
    from communique.store import schema as s

    if backend == "sqlite":
        return open_store(path)
    st = open_store(url())
    s.metadata.drop_all(st.engine)
    st.close()
    return open_store(url())
