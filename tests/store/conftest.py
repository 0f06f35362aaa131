"""Every store test runs on SQLite and, when COMMUNIQUE_TEST_PG names one, on PostgreSQL over a real connection."""

from __future__ import annotations

import pytest

from ..postgres import backends, empty_store


@pytest.fixture(params=backends())
def store(request, tmp_path):
    st = empty_store(request.param, tmp_path / "t.db")
    yield st
    st.close()
