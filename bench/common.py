"""Helpers shared by the benchmark scripts: tables, the machine, and appending to RESULTS.md."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "RESULTS.md"


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (f"{platform.system()} {platform.machine()}, {cpu}, {os.cpu_count()} cores, "
            f"Python {platform.python_version()}")


def fmt(v: object) -> str:
    if isinstance(v, float):
        return f"{v:.3f}" if abs(v) < 100 else f"{v:.0f}"
    return "" if v is None else str(v)


def table(rows: list[dict[str, object]]) -> str:
    """A markdown table whose columns are the union of the rows' keys, in first-seen order."""
    cols: list[str] = []
    for r in rows:
        cols += [k for k in r if k not in cols]
    lines = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    lines += ["| " + " | ".join(fmt(r.get(c)) for c in cols) + " |" for r in rows]
    return "\n".join(lines)


def append_results(title: str, body: str) -> None:
    """Append a dated section with the command that produced it to bench/RESULTS.md."""
    cmd = "python " + " ".join([os.path.relpath(sys.argv[0], ROOT), *sys.argv[1:]])
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    head = "" if RESULTS.exists() else "# Benchmark results\n\nAppended by the scripts in bench/; newest last.\n"
    with RESULTS.open("a", encoding="utf-8") as f:
        f.write(f"{head}\n## {title}: {stamp}\n\n- command: `{cmd}`\n- machine: {machine()}\n\n{body}\n")


def run_sections(title: str, sections: list[tuple[str, object]], append: bool = True) -> None:
    """Run each (name, function returning rows) in turn, print its table as soon as it is done, and append
    them all, with the command, date and machine, to bench/RESULTS.md."""
    out = []
    for name, fn in sections:
        rows = fn()
        out.append(f"### {name}\n\n{table(rows)}\n")
        print(out[-1], flush=True)
    if append:
        append_results(title, "\n".join(out))


def score_founding_page(shared: Path, upto: str = "events") -> dict[str, str]:
    """The founding page through the CLI, as a user runs it, scored by shared/tools/score_seed.py: the fields
    of its summary line (body, title, quotes, events, unmatched_predictions, geneva_date); {} without it."""
    seed = shared / "seed" / "ctv-joly-moscow-invitation.txt"
    scorer = shared / "tools" / "score_seed.py"
    if not (seed.exists() and scorer.exists()):
        return {}
    out = subprocess.run([sys.executable, "-m", "communique.cli", "extract", str(seed), "--date", "2022-01-23",
                          "--upto", upto, "--format", "json"], capture_output=True, check=True).stdout
    line = subprocess.run([sys.executable, str(scorer), "--quiet"], input=out, capture_output=True,
                          check=True).stdout.decode().strip().splitlines()[-1]
    return dict(kv.split("=", 1) for kv in line.split()[1:] if "=" in kv)


def best_of_alternated(peer, ours, rounds: int = 2) -> dict[str, float]:
    """Wall and process CPU seconds of two callables, run alternately ``rounds`` times, best of each: on a
    shared machine the other jobs' load drifts during a run, and the CPU time is what an idle machine would
    take. Also the load average at the end, to say how shared the machine was."""
    import time

    def timed(fn) -> tuple[float, float]:
        t, c = time.perf_counter(), time.process_time()
        fn()
        return time.perf_counter() - t, time.process_time() - c

    runs = [(timed(peer), timed(ours)) for _ in range(rounds)]
    return {"peer": min(r[0][0] for r in runs), "peer_cpu": min(r[0][1] for r in runs),
            "ours": min(r[1][0] for r in runs), "ours_cpu": min(r[1][1] for r in runs),
            "load_avg": round(os.getloadavg()[0], 1)}
