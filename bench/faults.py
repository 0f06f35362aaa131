"""Operational faults of `communique ingest` (issue 17): each fault provoked for real, what the run did.

Every case runs the real command line in a subprocess against a real store (SQLite, and PostgreSQL with --pg)
and reports the exit status, the lines it wrote to stderr (one line wanted, never a traceback) and what was
stored. The table is the README's fault table.

    python bench/faults.py [--pg postgresql://user@host/db] [--timeout 5] [--only names resume ...] [--no-append]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, run_sections  # noqa: E402

EXAMPLES = ROOT / "examples"
ROWS = [json.loads(line) for line in (EXAMPLES / "wikinews-sample.jsonl").read_text().splitlines()]


def cli(*args: str, stdin: bytes | None = None, prelude: str = "") -> tuple[subprocess.CompletedProcess, float]:
    code = f"{prelude}\nfrom communique.cli import app\napp()"
    t = time.monotonic()
    p = subprocess.run([sys.executable, "-c", code, *args], input=stdin, capture_output=True, timeout=1800)
    return p, time.monotonic() - t


def said(p) -> str:
    err = p.stderr.decode(errors="replace")
    lines = [line for line in err.splitlines() if line.strip()]
    tb = " + traceback" if "Traceback" in err else ""
    return f"exit {p.returncode}, {len(lines)} line{'s' if len(lines) != 1 else ''}{tb}"


def summary(p) -> dict:
    out = p.stdout.decode().strip().splitlines()
    return json.loads(out[-1]) if out else {}


def fresh_pg(url: str) -> str:
    from sqlalchemy import create_engine, text

    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE IF EXISTS events, event_clusters, quotes, entities, story_bands, stories, "
                          "failures, article_sources, articles, communique_meta CASCADE"))
    engine.dispose()
    return url


def stores(tmp: Path, pg: str | None, label: str) -> list[tuple[str, str]]:
    out = [("SQLite", str(tmp / f"{label}.db"))]
    if pg:
        out.append(("PostgreSQL", fresh_pg(pg)))
    return out


def case_names(tmp: Path, pg: str | None) -> list[dict]:
    rows = []
    long_id = "https://example.org/" + "".join(hashlib.sha256(b"%d" % i).hexdigest() for i in range(200))
    lines = [{"id": "id\x00nul", "text": ROWS[0]["text"]}, {"id": long_id, "text": ROWS[1]["text"]},
             {"id": "plain", "text": ROWS[2]["text"]}]
    src = tmp / "names.jsonl"
    src.write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    for name, db in stores(tmp, pg, "names"):
        p, _ = cli("ingest", str(src), "--db", db, "--upto", "article", "--quiet", "--summary-json", "-")
        again, _ = cli("ingest", str(src), "--db", db, "--upto", "article", "--quiet", "--summary-json", "-")
        s, a = summary(p), summary(again)
        rows.append({"fault": f"JSONL ids with NUL and of 12,800 characters ({name})",
                     "expected": "all stored; a rerun skips them",
                     "measured": f"{said(p)}; stored {s.get('stored')}/3, failed {s.get('failed')}; "
                                 f"rerun skipped {a.get('skipped')}/3"})
    return rows


def case_resume(tmp: Path) -> list[dict]:
    rows = []
    db = str(tmp / "resume.db")
    base = ["--db", db, "--upto", "article", "--quiet", "--summary-json", "-", "--clean-text"]
    a, _ = cli("ingest", "-", *base, stdin=ROWS[3]["text"].encode())
    b, _ = cli("ingest", "-", *base, stdin=ROWS[4]["text"].encode())
    rows.append({"fault": "a second, different page on stdin", "expected": "stored, not skipped",
                 "measured": f"stored {summary(a).get('stored')} then {summary(b).get('stored')}, "
                             f"skipped {summary(b).get('skipped')}"})
    f = tmp / "page.txt"
    f.write_text(ROWS[5]["text"])
    cli("ingest", str(f), *base)
    f.write_text(ROWS[6]["text"])
    c, _ = cli("ingest", str(f), *base)
    rows.append({"fault": "a file changed since it was stored", "expected": "read again, stored as updated",
                 "measured": f"updated {summary(c).get('updated')}, skipped {summary(c).get('skipped')}"})
    g = tmp / "later.txt"
    cli("ingest", str(g), *base)
    g.write_text(ROWS[7]["text"])
    d, _ = cli("ingest", str(g), *base)
    rows.append({"fault": "a file missing, then created", "expected": "retried, stored; the summary says so",
                 "measured": f"retried {summary(d).get('retried')}, stored {summary(d).get('stored')}"})
    return rows


def case_dates(tmp: Path, pg: str | None) -> list[dict]:
    rows = []
    bad = ["0001-01-01", "2022-02-31", "9999-99-99", 20220123, [2022, 1, 23]]
    src = tmp / "dates.jsonl"
    src.write_text("\n".join(json.dumps({"id": f"d{i}", "date": d, "text": ROWS[10 + i]["text"]})
                             for i, d in enumerate(bad)) + "\n")
    for name, db in stores(tmp, pg, "dates"):
        p, _ = cli("ingest", str(src), "--db", db, "--quiet", "--summary-json", "-")  # every stage, events merged
        s = summary(p)
        from communique.store import open_store

        with open_store(db) as st:
            recs = list(st.records())
        dated = sum(1 for r in recs if r["article"]["date"])
        warned = sum(1 for r in recs if r.get("warnings"))
        rows.append({"fault": f"dates 0001-01-01, 2022-02-31, 9999-99-99, a number, a list ({name})",
                     "expected": "stored, date null, a warning with the raw value",
                     "measured": f"{said(p)}; stored {s.get('stored')}/5, failed {s.get('failed')}, "
                                 f"dated {dated}, warnings {warned}/5"})
    return rows


def corpus(path: Path, n: int = 6000) -> Path:
    body = "Officials met on Friday to talk about the border and the troops there. " * 4
    path.write_text("\n".join(json.dumps({"id": f"doc{i}", "text": f"Story {i}. {body}"}) for i in range(n)) + "\n")
    return path


def _start(tmp: Path, label: str) -> tuple[psutil.Popen, list]:
    db = tmp / f"{label}.db"
    cmd = [sys.executable, "-m", "communique.cli", "ingest", str(corpus(tmp / f"{label}.jsonl")), "--db", str(db),
           "--upto", "article", "--batch-size", "5", "--workers", "2", "--quiet"]
    proc = psutil.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as con:
                if con.execute("SELECT count(*) FROM article_sources").fetchone()[0]:
                    break
        except sqlite3.Error:
            pass
        time.sleep(0.05)
    return proc, proc.children(recursive=True)


def case_stop(tmp: Path) -> list[dict]:
    rows = []
    for sig, how in ((signal.SIGTERM, "SIGTERM to the driver"), (signal.SIGINT, "Ctrl-C (SIGINT to the group)"),
                     (signal.SIGKILL, "kill -9 of the driver")):
        proc, kids = _start(tmp, f"stop{int(sig)}")
        t = time.monotonic()
        if sig == signal.SIGINT:
            os.killpg(proc.pid, sig)
        else:
            proc.send_signal(sig)
        proc.wait(timeout=120)
        took = time.monotonic() - t
        _, alive = psutil.wait_procs(kids, timeout=10)
        for k in alive:
            k.kill()
        lines = [x for x in proc.stderr.read().decode().splitlines() if x.strip()] if sig != signal.SIGKILL else []
        rows.append({"fault": f"{how}, --workers 2", "expected": "stops with one line; no worker left",
                     "measured": f"exit {proc.returncode} in {took:.1f} s, {len(lines)} line(s); "
                                 f"{len(alive)} of {len(kids)} workers alive 10 s later"})
    return rows


def case_concurrent(tmp: Path, pg: str | None) -> list[dict]:
    rows = []
    src = tmp / "two.jsonl"
    src.write_text("\n".join(json.dumps({"id": f"c{i}", "text": f"Story {i}. " + " ".join(
        f"w{i}x{k}" for k in range(60))}) for i in range(300)) + "\n")
    for name, db in stores(tmp, pg, "two"):
        cmd = [sys.executable, "-m", "communique.cli", "ingest", str(src), "--db", db, "--upto", "article",
               "--batch-size", "3", "--quiet", "--no-resume"]
        procs = [subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) for _ in range(2)]
        codes = [p.wait() for p in procs]
        from communique.store import open_store

        with open_store(db) as st:
            counts, failures = st.counts(), st.failures()
        rows.append({"fault": f"two ingests of the same 300 documents at once ({name})",
                     "expected": "all stored once, no false failures",
                     "measured": f"exits {codes}; articles {counts['articles']}, false failures {len(failures)}"})
    db = tmp / "new.db"
    at = time.time() + 3
    code = ("import sys, time; from communique.store import open_store; t = float(sys.argv[2]); "
            "time.sleep(max(0, t - time.time())); open_store(sys.argv[1]).close()")
    procs = [subprocess.Popen([sys.executable, "-c", code, str(db), str(at)], stderr=subprocess.DEVNULL)
             for _ in range(6)]
    codes = [p.wait() for p in procs]
    rows.append({"fault": "6 processes creating one new SQLite store at the same moment",
                 "expected": "all succeed", "measured": f"{sum(c == 0 for c in codes)}/6 exit 0"})
    return rows


def case_messages(tmp: Path) -> list[dict]:
    rows = []
    page = tmp / "m.html"
    page.write_text("<html><body><article>" + "".join(f"<p>{p}</p>" for p in ROWS[0]["text"].split("\n")) +
                    "</article></body></html>")
    other = tmp / "other.db"
    with sqlite3.connect(other) as con:
        con.execute("CREATE TABLE users (name TEXT)")
    before = hashlib.sha256(other.read_bytes()).hexdigest()
    garbage = tmp / "garbage.db"
    garbage.write_text("not a database\n")
    cases = [
        ("--db another program's SQLite file", "refused, file untouched, exit 2", str(other), ""),
        ("--db a file that is not a database", "refused, exit 2", str(garbage), ""),
        ("PostgreSQL not running", "one line, exit 1", "postgresql://u:secret@127.0.0.1:1/db", ""),
        ("--db with an unknown scheme", "one line, exit 2", "nosuch://x@y/z", ""),
        ("psycopg not installed", "install hint, exit 1", "postgresql://u@127.0.0.1:1/db",
         "import sys; sys.modules['psycopg'] = None"),
        ("--db in a missing folder", "one line, exit 1", str(tmp / "no" / "such" / "x.db"), ""),
    ]
    for fault, expected, db, prelude in cases:
        p, _ = cli("ingest", str(page), "--db", db, "--upto", "article", "--quiet", prelude=prelude)
        note = ""
        if db == str(other):
            note = "; file unchanged" if hashlib.sha256(other.read_bytes()).hexdigest() == before else "; CHANGED"
        rows.append({"fault": fault, "expected": expected, "measured": said(p) + note})
    return rows


def case_inputs(tmp: Path, timeout: float) -> list[dict]:
    rows = []
    body = "Officials met in Geneva on Friday to talk about the border, the report said. " * 3
    items = "".join(f"<item><title>I{n}</title><link>https://x.example/{n}</link><description>{body}"
                    f"{'&nbsp;and the rest of the item' if n == 0 else ''}</description></item>" for n in range(10000))
    feed = tmp / "dtd.xml"
    feed.write_text('<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY c "copy">\n]>\n<rss version="2.0"><channel>'
                    f"<title>t</title>{items}</channel></rss>")
    db = str(tmp / "feed.db")
    p, _ = cli("ingest", str(feed), "--db", db, "--upto", "article", "--quiet", "--summary-json", "-")
    with sqlite3.connect(db) as con:
        kept = con.execute("SELECT count(*) FROM articles WHERE text LIKE '%and the rest of the item%'").fetchone()[0]
    s = summary(p)
    rows.append({"fault": "feed with an internal DTD subset, 10,000 items, &nbsp; in the first",
                 "expected": "10,000 items read; the rest of the first item kept",
                 "measured": f"{s.get('documents')} documents ({s.get('stored')} stored, {s.get('duplicates')} "
                             f"duplicates: the items share a body); rest of item kept: {'yes' if kept else 'no'}"})
    nul = tmp / "nul.html"
    nul.write_bytes(("<html><body><article>" + "".join(f"<p>{p}</p>" for p in ROWS[1]["text"].split("\n"))
                     + "</article></body></html>").encode().replace(b"<p>", b"<p>\x00", 1))
    p, _ = cli("ingest", str(nul), "--db", str(tmp / "nul.db"), "--upto", "article", "--quiet", "--summary-json", "-")
    rows.append({"fault": "one NUL byte in an HTML page", "expected": "stored",
                 "measured": f"stored {summary(p).get('stored')}, failed {summary(p).get('failed')}"})
    return rows


def case_timeout(tmp: Path, timeout: float) -> list[dict]:
    """A page that takes far longer than --timeout, as the issue's 900k-character page did (239 s under 120)."""
    rows = []
    big = tmp / "big.txt"
    text = "\n\n".join(r["text"] for r in ROWS)
    big.write_text((text + "\n\n") * (900_000 // len(text) + 1))
    db = tmp / "big.db"
    p, took = cli("ingest", str(big), "--db", str(db), "--clean-text", "--timeout", f"{timeout:g}",
                  "--quiet", "--summary-json", "-",
                  prelude="import resource, atexit, sys; atexit.register(lambda: sys.stderr.write("
                          "f'maxrss {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB\\n'))")
    rss = p.stderr.decode().strip().splitlines()[-1] if p.stderr.strip() else "?"
    with sqlite3.connect(db) as con:  # an article that ran out of time is kept, with its error
        kinds = [r[0] for r in con.execute("SELECT error_kind FROM articles UNION ALL SELECT kind FROM failures")]
    rows.append({"fault": f"a {big.stat().st_size / 1e6:.1f}-million-character page, --timeout {timeout:g}",
                 "expected": f"a timeout error after about {timeout:g} s of processing",
                 "measured": f"error {kinds}; ingest {summary(p).get('seconds')} s (storing the article and its "
                             f"MinHash included), {took:.0f} s with model loading; {rss} peak"})
    return rows


def case_feedparser(tmp: Path) -> list[dict]:
    """The issue's feed cases through feedparser (not a dependency: skipped without it) and through communique's
    streaming reader: items read, the rest of an item after &nbsp; kept, DTD entities expanded, seconds, peak
    Python memory (tracemalloc)."""
    import io
    import tracemalloc

    try:
        import feedparser
    except ImportError:
        return [{"case": "feedparser not installed: pip install feedparser to compare"}]
    from communique.sources.feeds import read_feed

    body = "Officials met in Geneva on Friday to talk about the border, the report said. " * 3

    def item(n: int, text: str) -> str:
        return f"<item><title>I{n}</title><link>https://x.example/{n}</link><description>{text}</description></item>"

    def feed(items: str, doctype: str = "") -> bytes:
        return (f'<?xml version="1.0"?>\n{doctype}<rss version="2.0"><channel><title>t</title>{items}</channel>'
                "</rss>").encode()

    laughs = "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
    cases = {
        "&nbsp; in an item": feed(item(1, body + "&nbsp;and the rest of item one.") + item(2, body)),
        "billion laughs in the DTD": feed("".join(item(n, body + " &lol9; x") for n in range(3)),
                                          f'<!DOCTYPE rss [<!ENTITY lol0 "lol">{laughs}]>\n'),
        "10,000 items, DTD subset": feed("".join(item(n, body) for n in range(10000)),
                                         '<!DOCTYPE rss [<!ENTITY c "copy">]>\n'),
    }
    feedparser.parse(feed(item(0, body)))  # imports and first-call set-up outside the clock
    list(read_feed("warm", io.BytesIO(feed(item(0, body))), 10**8))
    rows = []
    for name, data in cases.items():
        for reader in ("feedparser", "communique"):
            tracemalloc.start()
            t = time.perf_counter()
            if reader == "feedparser":
                texts = [e.get("summary", "") for e in feedparser.parse(data).entries]
            else:
                texts = [p.content for p in read_feed("f", io.BytesIO(data), 10**8) if p.error is None]
            took = time.perf_counter() - t
            peak = tracemalloc.get_traced_memory()[1] / 1e6
            tracemalloc.stop()
            rows.append({"case": name, "reader": reader, "items": len(texts),
                         "rest of item kept": any("rest of item one" in x for x in texts) if "nbsp" in name else "",
                         "entities expanded": any("lollol" in x for x in texts),
                         "seconds": round(took, 2), "peak MB": round(peak, 1)})
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pg", default=os.environ.get("COMMUNIQUE_TEST_PG"))
    ap.add_argument("--timeout", type=float, default=5)
    ap.add_argument("--only", nargs="+", default=None,
                    choices=["names", "resume", "dates", "stop", "concurrent", "messages", "inputs", "timeout",
                                                                            "feedparser"])
    ap.add_argument("--no-append", action="store_true")
    a = ap.parse_args()
    tmp_dir = tempfile.TemporaryDirectory()
    tmp = Path(tmp_dir.name)
    sections = [
        ("names", "Source names", lambda: case_names(tmp, a.pg)),
        ("resume", "Resume", lambda: case_resume(tmp)),
        ("dates", "Dates", lambda: case_dates(tmp, a.pg)),
        ("stop", "Stopping", lambda: case_stop(tmp)),
        ("concurrent", "Concurrent ingests", lambda: case_concurrent(tmp, a.pg)),
        ("messages", "Messages", lambda: case_messages(tmp)),
        ("inputs", "Inputs", lambda: case_inputs(tmp, a.timeout)),
        ("timeout", "Time limit", lambda: case_timeout(tmp, a.timeout)),
        ("feedparser", "Feeds: feedparser against the streaming reader", lambda: case_feedparser(tmp)),
    ]
    run_sections("Operational faults (bench/faults.py)", [(title, fn) for key, title, fn in sections
                                                          if a.only is None or key in a.only],
                 append=not a.no_append)
    tmp_dir.cleanup()


if __name__ == "__main__":
    main()
