"""Every store test runs on SQLite and, when COMMUNIQUE_TEST_PG names one, on PostgreSQL over a real connection."""

from __future__ import annotations

import pytest

from communique.store import open_store
from communique.store import schema as s

from ..postgres import backends
from ..postgres import url as pg_url


@pytest.fixture(params=backends())
def store(request, tmp_path):
    if request.param == "sqlite":
        st = open_store(tmp_path / "t.db")
    else:
        st = open_store(pg_url())
        s.metadata.drop_all(st.engine)
        st.close()
        st = open_store(pg_url())
    yield st
    st.close()
