import pytest

from communique.sources.decode import declared_charset, decode, looks_binary


def test_utf8_plain():
    assert decode("Gdańsk – “quoted”".encode()) == "Gdańsk – “quoted”"


def test_bom_wins_over_declaration():
    data = b"\xef\xbb\xbf<meta charset='iso-8859-1'><p>caf\xc3\xa9</p>"
    assert "café" in decode(data)


def test_utf16_with_bom():
    assert decode("hello wörld".encode("utf-16")) == "hello wörld"


def test_declared_charset_used():
    data = "<meta charset='windows-1251'><p>Москва</p>".encode("cp1251")
    assert declared_charset(data) == "cp1251"
    assert "Москва" in decode(data)


def test_http_header_charset():
    assert decode("Zürich".encode("latin-1"), "text/html; charset=ISO-8859-1") == "Zürich"


def test_undeclared_latin1_detected():
    text = "Le président a déclaré que la réunion était terminée. " * 5
    assert decode(text.encode("cp1252")).startswith("Le président a déclaré")


def test_lying_declaration_falls_back():
    data = "<meta charset='utf-8'><p>Zürich café</p>".encode("cp1252")
    out = decode(data)
    assert "Zürich" in out and "café" in out


def test_mixed_and_invalid_bytes_never_raise():
    data = "naïve – “quoted” Gdańsk ".encode() + b"caf\xe9 \xff " + "“ok”".encode()
    out = decode(data)
    assert "naïve – “quoted” Gdańsk" in out and "café" in out and "“ok”" in out
    assert isinstance(decode(bytes(range(256)) * 3), str)


def test_binary_detection():
    assert looks_binary(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert not looks_binary(b"plain text, with punctuation.\n")
    assert not looks_binary(b"")


@pytest.mark.parametrize("enc", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_text_not_binary(enc):
    from communique.sources.decode import utf16_without_bom
    from communique.sources.sniff import html_or_text

    page = "<html><head><title>Ferry vote</title></head><body><p>The harbour authority voted on Tuesday.</p>"
    data = page.encode(enc)
    assert utf16_without_bom(data) == enc and not looks_binary(data)
    assert decode(data) == page and html_or_text(data) == "html"
    assert utf16_without_bom(bytes(range(256)) * 4) is None  # binary with zeros is still binary
