"""`communique serve`: registered on the CLI, import-light, and clear when the store is missing."""

from __future__ import annotations

import subprocess
import sys

from typer.testing import CliRunner

from communique.cli import app


def test_serve_is_a_command():
    result = CliRunner().invoke(app, ["serve", "--help"])
    assert result.exit_code == 0 and "--allow-private" in result.output and "--token" in result.output


def test_serve_refuses_a_missing_store(tmp_path):
    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1 and "No store" in result.output


def test_short_token_refused(tmp_path):
    db = tmp_path / "x.db"
    db.write_bytes(b"")
    result = CliRunner().invoke(app, ["serve", "--db", str(db), "--token", "abc"])
    assert result.exit_code == 2 and "too short" in result.output


def test_serve_runs_a_server(web_db):
    """The real command, in its own process, answers on the port it was given."""
    import time

    import httpx

    from .conftest import free_port

    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "communique.cli", "serve", "--db", str(web_db), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=2)
                break
            except httpx.TransportError:
                assert proc.poll() is None, proc.stderr.read().decode()
                assert time.monotonic() < deadline, "communique serve did not answer within 60 s"
                time.sleep(0.2)
        assert r.status_code == 200 and r.json()["articles"] == 2
        assert "content-security-policy" in r.headers
        assert httpx.post(f"http://127.0.0.1:{port}/api/ingest", json={"text": "x"}).status_code == 403
    finally:
        proc.terminate()
        proc.wait(10)


def test_cli_does_not_import_the_web_stack():
    code = "import sys, communique.cli; print(sorted(m for m in ('fastapi', 'uvicorn', 'starlette', 'jinja2') " \
           "if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
