import json

from communique.sources import read_paths

from ..conftest import gz, make_warc


def kinds(pages):
    return [(p.kind, p.error.kind if p.error else None) for p in pages]


def test_html_file_and_text_file(tmp_path):
    (tmp_path / "a.html").write_text("<html><body><p>Hello</p></body></html>")
    (tmp_path / "b.txt").write_text("Just a scraped line of text.\nAnother one.")
    assert kinds(read_paths([tmp_path / "a.html", tmp_path / "b.txt"])) == [("html", None), ("text", None)]


def test_kind_by_content_not_extension(tmp_path):
    (tmp_path / "page.txt").write_text("<!DOCTYPE html><html><body><p>x</p></body></html>")
    (tmp_path / "notes.html").write_text("No markup at all here.\nJust lines someone copied.")
    assert kinds(read_paths([tmp_path / "page.txt", tmp_path / "notes.html"])) == [("html", None), ("text", None)]


def test_clean_text_flag_takes_txt_verbatim(tmp_path):
    (tmp_path / "a.txt").write_text("A clean story.")
    assert [p.kind for p in read_paths([tmp_path / "a.txt"], clean_text=True)] == ["clean"]


def test_gzipped_html(tmp_path):
    (tmp_path / "a.html.gz").write_bytes(gz(b"<html><body><p>Hi</p></body></html>"))
    [page] = read_paths([tmp_path / "a.html.gz"])
    assert page.kind == "html" and b"<p>Hi</p>" in page.content


def test_directory_is_recursive_sorted_and_skips_hidden_and_unknown(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.html").write_text("<p>b</p>")
    (tmp_path / "a.txt").write_text("a")
    (tmp_path / ".hidden.html").write_text("<p>h</p>")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    assert [p.source.rsplit("/", 1)[-1] for p in read_paths([tmp_path])] == ["a.txt", "b.html"]


def test_jsonl_fields(tmp_path):
    lines = [
        {"id": "one", "url": "https://x.example/1", "date": "2020-05-01", "html": "<p>x</p>"},
        {"id": "two", "page_text": "Menu\nStory"},
        {"id": "three", "title": "T", "text": "Clean body."},
        {"text": "no id"},
    ]
    f = tmp_path / "in.jsonl"
    f.write_text("\n".join(json.dumps(x) for x in lines) + "\nnot json at all\n[1, 2]\n{\"id\": \"x\"}\n")
    pages = list(read_paths([f]))
    assert [(p.source, p.kind) for p in pages[:4]] == [
        ("one", "html"), ("two", "text"), ("three", "clean"), (f"{f}:4", "clean")]
    assert pages[0].url == "https://x.example/1" and pages[0].date == "2020-05-01" and pages[2].title == "T"
    errors = [p.error.kind for p in pages[4:]]
    assert errors == ["unreadable", "unreadable", "unreadable"]
    assert "line 5 is not valid JSON" in pages[4].error.message


def test_warc_records(tmp_path):
    f = tmp_path / "crawl.warc.gz"
    f.write_bytes(make_warc([("https://a.example/1", b"<html><p>one</p></html>"),
                             ("https://a.example/2", b"<html><p>two</p></html>")]))
    pages = list(read_paths([f]))
    assert [p.url for p in pages] == ["https://a.example/1", "https://a.example/2"]
    assert all(p.kind == "html" and p.error is None for p in pages)


def test_uncompressed_warc_detected_by_content(tmp_path):
    f = tmp_path / "crawl.dat"
    f.write_bytes(make_warc([("https://a.example/1", b"<html><p>one</p></html>")], gzip_records=False))
    [page] = read_paths([f])
    assert page.url == "https://a.example/1"


def test_corrupt_warc_record_in_the_middle_keeps_the_others(tmp_path):
    recs = [make_warc([(f"https://a.example/{i}", f"<html><p>page {i}</p></html>".encode())]) for i in range(3)]
    bad = bytearray(recs[1])
    bad[20:60] = b"\x00" * 40  # break the middle gzip member
    f = tmp_path / "broken.warc.gz"
    f.write_bytes(recs[0] + bytes(bad) + recs[2])
    pages = list(read_paths([f]))
    good = [p.url for p in pages if p.error is None]
    assert good == ["https://a.example/0", "https://a.example/2"]
    assert any(p.error and p.error.kind == "unreadable" and "corrupt" in p.error.message for p in pages)


def test_truncated_warc(tmp_path):
    data = make_warc([("https://a.example/1", b"<html><p>one</p></html>"),
                      ("https://a.example/2", b"<html><p>" + b"two " * 2000 + b"</p></html>")])
    f = tmp_path / "cut.warc.gz"
    f.write_bytes(data[: len(data) - 300])
    pages = list(read_paths([f]))
    assert pages[0].url == "https://a.example/1" and pages[0].error is None
    assert pages[-1].error is not None and pages[-1].error.kind == "unreadable"


def test_missing_path_is_an_error_page(tmp_path):
    [page] = read_paths([tmp_path / "nope.html"])
    assert page.error.kind == "not_found" and "no such file" in page.error.message


def test_stdin(monkeypatch, tmp_path):
    import io
    import sys

    class FakeStdin:
        buffer = io.BytesIO(b"<html><body><p>from stdin</p></body></html>")

    monkeypatch.setattr(sys, "stdin", FakeStdin)
    [page] = read_paths(["-"])
    assert page.source == "<stdin>" and page.kind == "html"


# -- every path that is not read is recorded with its reason (issue 17, item 9) -------------------------------------
def test_a_file_removed_after_the_directory_was_listed_gets_a_not_found_page(tmp_path):
    (tmp_path / "a.html").write_text("<p>a</p>")
    (tmp_path / "b.html").write_text("<p>b</p>")
    pages = read_paths([tmp_path])
    first = next(pages)
    (tmp_path / "b.html").unlink()  # a crawler moved it while the run was going
    [second] = list(pages)
    assert first.error is None
    assert second.source.endswith("b.html") and second.error.kind == "not_found"


def test_an_unreadable_subdirectory_is_a_failure_not_a_silent_skip(tmp_path):
    import os
    import shutil
    import subprocess
    import sys

    import pytest

    (tmp_path / "ok.html").write_text("<p>ok</p>")
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "x.html").write_text("<p>x</p>")
    os.chmod(tmp_path / "locked", 0)
    code = ("import json, sys; from communique.sources import read_paths; "
            "print(json.dumps([[p.source, p.error.kind if p.error else None] for p in read_paths([sys.argv[1]])]))")
    cmd = [sys.executable, "-c", code, str(tmp_path)]
    if os.geteuid() == 0:  # root reads everything: take away its power to ignore permissions
        if not shutil.which("setpriv"):
            pytest.skip("running as root without setpriv (util-linux) to drop CAP_DAC_OVERRIDE")
        cmd = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search", *cmd]
    try:
        out = subprocess.run(cmd, capture_output=True, timeout=60)
    finally:
        os.chmod(tmp_path / "locked", 0o755)
    assert out.returncode == 0, out.stderr.decode()[-2000:]
    assert dict(json.loads(out.stdout)) == {str(tmp_path / "locked"): "unreadable", str(tmp_path / "ok.html"): None}


def test_one_nul_byte_does_not_make_an_html_page_binary(tmp_path):
    from communique.pipeline import Pipeline

    body = "".join(f"<p>Officials met in Geneva on Friday to talk about the border, said report {i}.</p>"
                   for i in range(8))
    f = tmp_path / "nul.html"
    f.write_bytes(f"<html><body><article>{body}</article></body></html>".encode().replace(b"Geneva", b"Gen\x00eva", 1))
    [rec] = Pipeline("article").pipe(read_paths([f]))
    assert rec.error is None and "Geneva" in rec.article.text and "\x00" not in rec.article.text
    (tmp_path / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    [img] = Pipeline("article").pipe(read_paths([tmp_path / "image.html"]))
    assert img.error.kind == "unreadable"  # a real binary still is
