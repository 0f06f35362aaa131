"""Progress moves per document: ingest reports each record as the stages finish it, before its batch commits."""

from __future__ import annotations

from communique.ingest import ingest
from communique.model import Page
from communique.pipeline import Pipeline
from communique.store import open_store


def test_each_record_is_reported_before_its_batch_is_stored(tmp_path):
    texts = [f"Story {i}. Officials in Geneva met on Friday to discuss the crisis number {i}." for i in range(3)]
    pages = [Page(source=f"p{i}.txt", content=t, kind="clean", size=len(t)) for i, t in enumerate(texts)]
    order: list[str] = []
    with open_store(tmp_path / "p.db") as store:
        report = ingest(pages, store, Pipeline(upto="article"), batch_size=100,
                        on_record=lambda rec: order.append(f"record {rec.source}"),
                        on_batch=lambda rep, batch: order.append(f"batch of {len(batch)}"))
    assert order == ["record p0.txt", "record p1.txt", "record p2.txt", "batch of 3"]
    assert report.stored == 3
