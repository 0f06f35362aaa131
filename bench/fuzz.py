"""Fuzzing the extractors (issue #8): mutated pages through HTML and scraped-text extraction, then the language
stages, for a fixed time budget. Not run in CI.

A finding is an uncaught exception (the stages must turn bad input into ``record.error``, so any exception out of
``page_to_record`` / the annotate and events stages is one), an ``internal`` error, a result that breaks the
record contract (an offset outside the text, a span whose text is not ``text[start:end]``, a lone surrogate), or
an input that takes longer than --slow CPU seconds. Findings are written to bench/out/fuzz/ for replay.

Engines: ``mutate`` (default): a mutational fuzzer seeded with the test fixtures, the examples and the small
hostile inputs, with byte, token and structure mutations; ``atheris``: coverage-guided (libFuzzer) over the same
target, when ``pip install atheris`` works.

    python bench/fuzz.py [--seconds 120] [--engine mutate|atheris] [--target html|text|both] [--no-stages]
    python bench/fuzz.py --replay bench/out/fuzz/<finding>
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, append_results, table  # noqa: E402

OUT = ROOT / "bench" / "out" / "fuzz"
MAX_STAGE_CHARS = 30_000
"""Articles longer than this skip the language stages (their time is the parser's, not a finding)."""

TOKENS = [b"<div>", b"</div>", b"<p>", b"</p>", b"<a href='/x'>", b"</a>", b"<script>", b"</script>", b"<!--",
          b"-->", b"<![CDATA[", b"]]>", b"<table><tr><td>", b"<br>", b"<h1>", b"<title>", b"</title>", b"<meta ",
          b"charset=", b"utf-16", b"shift_jis", b'<meta property="og:title" content="', b'"', b"'", b">", b"<",
          b"&amp;", b"&#0;", b"&#x110000;", b"&lol;", b"&nbsp;", b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", b"\xc3(",
          b"\xed\xa0\x80", "\u201c".encode(), "\u201d".encode(), "\u00ab".encode(), "\u200b".encode(),
          "\u202e".encode(), "\u5916\u4ea4".encode(), b"\r", b"\n\n", b"said", b" he said.", b"Reuters",
          b"last Friday", b"Jan. 21, 2022", b"<script type='application/ld+json'>{\"@type\":\"NewsArticle\",",
          b"\"datePublished\":\"2022-99-99\"}", b"WARC/1.0\r\n", b"\x1f\x8b\x08", b"{\"text\": \""]


def seeds() -> list[tuple[str, bytes]]:
    """(kind, bytes) to start from: the fixtures, the examples, and the hostile inputs under 200 kB."""
    out: list[tuple[str, bytes]] = []
    for f in sorted((ROOT / "tests" / "fixtures").glob("*")):
        if f.is_file():
            out.append(("html" if f.suffix == ".html" else "text", f.read_bytes()))
    for f in sorted((ROOT / "examples").glob("*.txt")):
        out.append(("text", f.read_bytes()))
    sys.path.insert(0, str(ROOT / "bench"))
    from hostile import load_corpus_module

    mod = load_corpus_module()
    with tempfile.TemporaryDirectory() as tmp:
        cases = mod.make_corpus(Path(tmp), big_bytes=1_000)
        for name in cases:
            data = (Path(tmp) / name).read_bytes()
            if len(data) < 200_000 and not name.endswith((".gz", ".warc", ".jsonl")):
                out.append(("html" if ".htm" in name else "text", data))
    return out


def mutate(data: bytes, pool: list[bytes], rng: random.Random) -> bytes:
    """One to four random mutations: flip, insert, delete, duplicate, splice, token, nest, truncate."""
    b = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        n = len(b)
        op = rng.randrange(9)
        i = rng.randint(0, n)
        if op == 0 and n:
            b[min(i, n - 1)] = rng.randrange(256)
        elif op == 1:
            b[i:i] = rng.randbytes(rng.randint(1, 16))
        elif op == 2 and n:
            del b[i:i + rng.randint(1, max(1, n // 8))]
        elif op == 3 and n:
            j = rng.randint(i, min(n, i + 2000))
            b[j:j] = b[i:j] * rng.randint(1, 50)
        elif op == 4:
            other = rng.choice(pool)
            k = rng.randint(0, len(other))
            b[i:] = other[k:k + rng.randint(0, 5000)]
        elif op in (5, 6):
            b[i:i] = rng.choice(TOKENS) * (1 if op == 5 else rng.randint(2, 300))
        elif op == 7:
            tag = rng.choice([b"div", b"span", b"p", b"b", b"li", b"table", b"a"])
            depth = rng.choice([10, 100, 300, 3000])
            b[i:i] = b"<" + tag + b">" * 1 + (b"<" + tag + b">") * depth
        elif op == 8 and n:
            del b[rng.randint(0, n):]
    return bytes(b[:2_000_000])


class Target:
    """The harness: one input through extraction (and the language stages), every rule of the contract checked."""

    def __init__(self, stages: bool, slow: float) -> None:
        self.stages = stages
        self.slow = slow
        self.annotate = self.events = self.nlp = None
        if stages:
            from communique.annotate import Annotator
            from communique.events.stage import EventStage
            from communique.nlp.model import load

            self.nlp = load()
            self.annotate = Annotator()
            self.events = EventStage(kb=self.annotate.kb)

    def __call__(self, data: bytes, kind: str) -> str | None:
        """None when the input is handled by the contract; otherwise what went wrong, one line."""
        from communique.extract.article import page_to_record
        from communique.model import Page

        rec = page_to_record(Page(source="fuzz", content=data, kind=kind))  # must not raise
        problem = _check(rec)
        if problem or not self.stages or rec.article is None or rec.error is not None:
            return problem
        if len(rec.article.text) > MAX_STAGE_CHARS:
            return None
        rec.doc = self.nlp(rec.article.text)
        rec = self.events(self.annotate(rec))
        return _check(rec)


def _check(rec) -> str | None:
    d = rec.to_dict()
    try:
        json.dumps(d, ensure_ascii=False).encode("utf-8")
    except (UnicodeEncodeError, TypeError, ValueError) as exc:
        return f"record does not serialise: {exc}"
    if rec.error is not None and rec.error.kind == "internal":
        return f"internal error: {rec.error.message[:200]}"
    if rec.article is None:
        return None
    text = rec.article.text
    spans = [("mention", m) for e in d.get("entities") or [] for m in e["mentions"]]
    for q in d.get("quotes") or []:
        spans += [("quote", q)] + ([("cue", q["cue"])] if q.get("cue") else [])
        sp = q.get("speaker") or {}
        if sp.get("start") is not None:
            spans.append(("speaker", {"start": sp["start"], "end": sp["end"]}))
    for ev in d.get("events") or []:
        spans += [("evidence", ev["evidence"])] + ([("trigger", ev["trigger"])] if ev.get("trigger") else [])
    for what, s in spans:
        if not (0 <= s["start"] <= s["end"] <= len(text)):
            return f"{what} offsets {s['start']}:{s['end']} outside the text ({len(text)} characters)"
        if "text" in s and s["text"] != text[s["start"]:s["end"]]:
            return f"{what} text {s['text'][:40]!r} is not text[{s['start']}:{s['end']}]"
    return None


class _Slow(BaseException):
    pass


def _on_alarm(signum, frame):
    raise _Slow


def _signature(exc: BaseException) -> str:
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if "communique" in f.filename] or \
        traceback.extract_tb(exc.__traceback__)[-1:]
    where = f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "?"
    return f"{type(exc).__name__} at {where}: {str(exc)[:120]}"


def _save(kind: str, data: bytes, why: str) -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    name = hashlib.sha1(data).hexdigest()[:12] + (".html" if kind == "html" else ".txt")
    (OUT / name).write_bytes(data)
    (OUT / (name + ".why")).write_text(why + "\n", encoding="utf-8")
    return OUT / name


def run_one(target: Target, data: bytes, kind: str) -> str | None:
    """Run one input under the --slow alarm (CPU seconds, so that a busy machine does not make findings); the
    finding's one-line description, or None."""
    signal.signal(signal.SIGPROF, _on_alarm)
    signal.setitimer(signal.ITIMER_PROF, target.slow)
    try:
        return target(data, kind)
    except _Slow:
        return f"slow: over {target.slow:g} CPU s"
    except RecursionError as exc:
        return _signature(exc)
    except Exception as exc:  # noqa: BLE001 - every exception out of the stages is a finding
        return _signature(exc)
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)


def fuzz_mutate(seconds: float, kinds: list[str], stages: bool, slow: float, seed: int) -> dict[str, object]:
    rng = random.Random(seed)
    target = Target(stages, slow)
    pool = seeds()
    by_kind = {k: [d for kk, d in pool if kk == k] or [d for _, d in pool] for k in kinds}
    raw = [d for _, d in pool]
    tried = 0
    findings: Counter[str] = Counter()
    examples: dict[str, Path] = {}
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        kind = rng.choice(kinds)
        data = mutate(rng.choice(by_kind[kind]), raw, rng)
        why = run_one(target, data, kind)
        tried += 1
        if why is not None:
            key = why if why.startswith("slow") else why.split(": ", 1)[0] if "offsets" not in why else why[:60]
            findings[key] += 1
            if key not in examples:
                examples[key] = _save(kind, data, why)
                print(f"finding: {why}  -> {examples[key]}", flush=True)
        elif rng.random() < 0.02 and len(by_kind[kind]) < 500:
            by_kind[kind].append(data)  # keep some survivors: mutations of mutations reach deeper
    return {"tried": tried, "findings": findings, "examples": examples}


def fuzz_atheris(seconds: float, kinds: list[str], stages: bool, slow: float) -> dict[str, object]:
    """libFuzzer in a child process; it reports through a stats file (libFuzzer exits without Python's atexit)."""
    stats = Path(tempfile.mkstemp(suffix=".json")[1])
    corpus = Path(tempfile.mkdtemp())
    for i, (_, data) in enumerate(seeds()):
        (corpus / f"seed{i}").write_bytes(data)
    code = (
        "import sys, json, time, atheris\n"
        f"sys.path.insert(0, {str(ROOT / 'bench')!r})\n"
        "with atheris.instrument_imports(include=['communique']):\n"
        "    import communique.extract.article, communique.extract.html, communique.extract.text\n"
        "import fuzz\n"
        f"target = fuzz.Target({stages!r}, {slow!r}); kinds = {kinds!r}\n"
        "st = {'tried': 0, 'findings': {}, 'examples': {}}; last = [0.0]\n"
        "def one(data):\n"
        "    kind = kinds[data[0] % len(kinds)] if data else kinds[0]\n"
        "    why = fuzz.run_one(target, data[1:], kind); st['tried'] += 1\n"
        "    if why is not None:\n"
        "        st['findings'][why[:80]] = st['findings'].get(why[:80], 0) + 1\n"
        "        st['examples'].setdefault(why[:80], str(fuzz._save(kind, data[1:], why)))\n"
        "    if time.monotonic() - last[0] > 1:\n"
        f"        last[0] = time.monotonic(); open({str(stats)!r}, 'w').write(json.dumps(st))\n"
        f"atheris.Setup([sys.argv[0], '-max_total_time={int(seconds)}', '-rss_limit_mb=4096', "
        f"'-max_len=200000', {str(corpus)!r}], one)\n"
        "atheris.Fuzz()\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT / "bench", timeout=seconds + 600,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    st = json.loads(stats.read_text() or "{}") if stats.exists() and stats.stat().st_size else {}
    return {"tried": st.get("tried", 0), "findings": Counter(st.get("findings", {})),
            "examples": {k: Path(v) for k, v in st.get("examples", {}).items()}}


def run(shared: Path | None = None, seconds: float = 120, engine: str = "mutate", targets: tuple[str, ...] = (
        "html", "text"), stages: bool = True, slow: float = 10.0, seed: int = 8) -> list[dict[str, object]]:
    """One row per target: inputs tried, per second, findings (distinct) and how often each came up."""
    rows = []
    for kind in targets:
        t = time.monotonic()
        if engine == "atheris":
            res = fuzz_atheris(seconds / len(targets), [kind], stages, slow)
        else:
            res = fuzz_mutate(seconds / len(targets), [kind], stages, slow, seed)
        took = time.monotonic() - t
        findings: Counter[str] = res["findings"]
        rows.append({"engine": engine, "target": f"{kind} extraction" + (" + annotate + events" if stages else ""),
                     "seconds": round(took), "inputs": res["tried"], "inputs/s": round(res["tried"] / took, 1),
                     "crashes": sum(1 for k in findings if not k.startswith("slow")),
                     f"slow (> {slow:g} CPU s)": sum(v for k, v in findings.items() if k.startswith("slow")),
                     "findings": "; ".join(f"{k} ×{v}" for k, v in findings.most_common(5)) or "none"})
        print(rows[-1], flush=True)
    return rows


def replay(path: Path, stages: bool, slow: float) -> None:
    kind = "html" if path.suffix == ".html" else "text"
    why = run_one(Target(stages, slow), path.read_bytes(), kind)
    print(why or "handled: no finding")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seconds", type=float, default=120)
    ap.add_argument("--engine", choices=["mutate", "atheris"], default="mutate")
    ap.add_argument("--target", choices=["html", "text", "both"], default="both")
    ap.add_argument("--no-stages", action="store_true", help="extraction only, no annotate and events stages")
    ap.add_argument("--slow", type=float, default=10.0, help="CPU seconds after which an input is a finding")
    ap.add_argument("--seed", type=int, default=8)
    ap.add_argument("--replay", type=Path)
    ap.add_argument("--no-append", action="store_true")
    args = ap.parse_args()
    if args.replay:
        replay(args.replay, not args.no_stages, args.slow)
        return
    targets = ("html", "text") if args.target == "both" else (args.target,)
    rows = run(seconds=args.seconds, engine=args.engine, targets=targets, stages=not args.no_stages,
               slow=args.slow, seed=args.seed)
    body = (f"{sum(r['inputs'] for r in rows):,} inputs in {sum(r['seconds'] for r in rows)} s; "
            f"{sum(r['crashes'] for r in rows)} distinct crashes.\n\n{table(rows)}\n")
    print(body)
    if not args.no_append:
        append_results(f"Reliability: fuzzing ({args.engine}, bench/fuzz.py)", body)
    os._exit(0) if args.engine == "atheris" else None


if __name__ == "__main__":
    main()
