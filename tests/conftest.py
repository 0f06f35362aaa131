"""Shared fixtures: the example pages shipped with the repo and a few generated inputs."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"


@pytest.fixture
def story_html() -> Path:
    return FIXTURES / "story.html"


@pytest.fixture
def founding_page() -> Path:
    return EXAMPLES / "ctv-joly-moscow-invitation.txt"


def make_warc(records: list[tuple[str, bytes]], *, gzip_records: bool = True) -> bytes:
    """A real WARC (via warcio) holding one HTML response record per (url, html)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gzip_records)
    for url, html in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html),
                                                      http_headers=headers))
    return buf.getvalue()


def gz(data: bytes) -> bytes:
    return gzip.compress(data)
