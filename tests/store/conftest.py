"""Every store test runs on SQLite and, when COMMUNIQUE_TEST_PG names one, on PostgreSQL over a real connection."""

from __future__ import annotations

import os

import pytest

from communique.store import open_store
from communique.store import schema as s

PG_URL = os.environ.get("COMMUNIQUE_TEST_PG")


def _backends():
    yield "sqlite"
    if PG_URL:
        yield "postgresql"
    elif os.environ.get("CI"):
        yield pytest.param("postgresql", marks=pytest.mark.xfail(strict=True, reason="CI must provide "
                           "COMMUNIQUE_TEST_PG (.ci/run starts PostgreSQL)"))
    else:
        yield pytest.param("postgresql", marks=pytest.mark.skip(
            reason="no PostgreSQL: set COMMUNIQUE_TEST_PG=postgresql://user@host/db to run these"))


@pytest.fixture(params=list(_backends()))
def store(request, tmp_path):
    if request.param == "sqlite":
        st = open_store(tmp_path / "t.db")
    else:
        if not PG_URL:
            pytest.fail("COMMUNIQUE_TEST_PG is not set")
        st = open_store(PG_URL)
        s.metadata.drop_all(st.engine)
        st.close()
        st = open_store(PG_URL)
    yield st
    st.close()
