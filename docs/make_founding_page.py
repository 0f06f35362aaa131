"""Write docs/founding-page.md: the founding example's people, quotes and events as tables, from a real run.

    python docs/make_founding_page.py
"""

from __future__ import annotations

from pathlib import Path

import communique

ROOT = Path(__file__).resolve().parents[1]
PAGE = ROOT / "examples" / "ctv-joly-moscow-invitation.txt"


def cell(text: str | None, n: int = 110) -> str:
    text = " ".join((text or "").split()).replace("|", "\\|")
    return text if len(text) <= n else text[: n - 1] + "…"


def main() -> None:
    rec = communique.process(PAGE, date="2022-01-23")
    a = rec.article
    out = [
        "# The founding page, read by communique",
        "",
        "`examples/ctv-joly-moscow-invitation.txt` (a CTV News story as a scraper saw it), processed with",
        "`communique extract examples/ctv-joly-moscow-invitation.txt --date 2022-01-23`. This page is written",
        "by `python docs/make_founding_page.py` from that run; nothing in it is typed by hand.",
        "",
        f"**Title:** {a.title}  ",
        f"**Date:** {a.date} (from `--date`: the page gives none) · **Wire:** {', '.join(a.wire) or '-'} · "
        f"**Words:** {len(a.text.split())}",
        "",
        "## People",
        "",
        "| entity | name | country | sector | role | mentions |",
        "|---|---|---|---|---|---|",
    ]
    for e in rec.entities:
        if e.label != "PERSON":
            continue
        act = e.actor
        mentions = cell("; ".join(dict.fromkeys(m.text for m in e.mentions)))
        out.append(f"| {e.id} | {e.name} | {act.code if act else ''} | {act.sector if act else ''} | "
                   f"{act.role if act and act.role else ''} | {mentions} |")
    out += ["", "## Quotes", "", "| kind | speaker | quote |", "|---|---|---|"]
    for q in rec.quotes:
        out.append(f"| {q.kind} | {q.speaker.name if q.speaker else ''} | {cell(q.text)} |")
    out += ["", "## Events", "",
            "| type | mode | actor | recipient | when | where | modality | CAMEO | quad | evidence |",
            "|---|---|---|---|---|---|---|---|---|---|"]
    for ev in rec.events:
        when = f"{ev.when.start}..{ev.when.end} ({ev.when.granularity}{': ' + ev.when.text if ev.when.text else ''})" \
            if ev.when else ""
        where = f"{ev.where.name}, {ev.where.country or '?'}" if ev.where else ""
        out.append(
            f"| {ev.type} | {ev.mode or ''} | {', '.join(f'{p.name} ({p.code})' for p in ev.actor)} | "
            f"{', '.join(f'{p.name} ({p.code})' for p in ev.recipient)} | {when} | {where} | {ev.modality} | "
            f"{ev.cameo} | {ev.quad} | {cell(ev.evidence.text, 90)} |")
    (ROOT / "docs" / "founding-page.md").write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"wrote {ROOT / 'docs' / 'founding-page.md'}")


if __name__ == "__main__":
    main()
