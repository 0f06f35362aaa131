"""Operational faults of `communique ingest` (issue 17, items 6 and 10): one actionable line, no traceback
(exit 2 for usage, 1 for runtime), and a file that is not a communique store is never altered."""

from __future__ import annotations

import errno
import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from communique.faults import describe

PAGE = "<html><body><article>" + "<p>Officials met in Geneva on Friday to talk about the border.</p>" * 5 + \
       "</article></body></html>"


def ingest(tmp_path: Path, db: str, *, prelude: str = "") -> subprocess.CompletedProcess:
    page = tmp_path / "page.html"
    page.write_text(PAGE)
    code = f"{prelude}\nfrom communique.cli import app\napp()"
    return subprocess.run([sys.executable, "-c", code, "ingest", str(page), "--db", db, "--upto", "article",
                           "--quiet"], capture_output=True, timeout=120)


def one_line(p: subprocess.CompletedProcess) -> str:
    err = p.stderr.decode()
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in err, err[-3000:]
    return lines[0]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_another_programs_sqlite_file_is_refused_and_left_untouched(tmp_path):
    other = tmp_path / "app.db"
    with sqlite3.connect(other) as con:
        con.execute("CREATE TABLE users (name TEXT)")
        con.execute("INSERT INTO users VALUES ('ada')")
    before = digest(other)
    p = ingest(tmp_path, str(other))
    assert p.returncode == 2 and "not a communique store" in one_line(p)
    assert digest(other) == before and sorted(f.name for f in tmp_path.iterdir()) == ["app.db", "page.html"]


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    notes = tmp_path / "notes.db"
    notes.write_text("my notes, not a database\n")
    p = ingest(tmp_path, str(notes))
    assert p.returncode == 2 and "not a communique store" in one_line(p)
    assert notes.read_text() == "my notes, not a database\n"


def test_a_store_that_cannot_be_reached_says_what_to_check(tmp_path):
    p = ingest(tmp_path, "postgresql://nobody:secret@127.0.0.1:1/none")
    line = one_line(p)
    assert p.returncode == 1 and "server is running" in line and "secret" not in line


def test_a_store_in_a_missing_folder(tmp_path):
    p = ingest(tmp_path, str(tmp_path / "no" / "such" / "dir" / "x.db"))
    assert p.returncode == 1 and "folder exist" in one_line(p)


def test_missing_psycopg_says_how_to_install_it(tmp_path):
    p = ingest(tmp_path, "postgresql://u@127.0.0.1:1/db", prelude="import sys; sys.modules['psycopg'] = None")
    assert p.returncode == 1 and "pip install 'communique[postgres]'" in one_line(p)


def test_debug_shows_the_traceback(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(PAGE)
    p = subprocess.run([sys.executable, "-m", "communique.cli", "ingest", str(page), "--db",
                        str(tmp_path / "no" / "x.db"), "--upto", "article", "--debug"],
                       capture_output=True, timeout=120)
    assert p.returncode == 1 and b"Traceback" in p.stderr


@pytest.mark.parametrize(("exc", "words"), [
    (OSError(errno.ENOSPC, "No space left on device"), "disk is full"),
    (OperationalError("INSERT", {}, sqlite3.OperationalError("database or disk is full")), "disk is full"),
    (OperationalError("INSERT", {}, sqlite3.OperationalError("attempt to write a readonly database")), "read-only"),
    (OperationalError("SELECT", {}, sqlite3.DatabaseError("database disk image is malformed")), "damaged"),
])
def test_runtime_faults_are_one_actionable_line(exc, words):
    code, message = describe(exc, "news.db")
    assert code == 1 and words in message and "\n" not in message


def test_a_bug_is_not_disguised_as_a_fault():
    assert describe(KeyError("x"), "news.db") is None
