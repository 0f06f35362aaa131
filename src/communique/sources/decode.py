"""Bytes to text without ever crashing: BOM, declared charset, detection, then lossless-enough fallback.

Pages in the wild lie about their encoding, mix encodings, or are not text at all.
The order here is the one browsers use (BOM beats the declaration beats guessing);
whatever is left undecodable becomes U+FFFD rather than an exception.
"""

from __future__ import annotations

import codecs
import re

_BOMS = [
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]{2,40})""", re.I)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]{0,100}encoding\s*=\s*["']([A-Za-z0-9_.\-]{2,40})""", re.I)


def _codec(name: str | bytes | None) -> str | None:
    if not name:
        return None
    if isinstance(name, bytes):
        name = name.decode("ascii", "ignore")
    try:
        codec = codecs.lookup(name.strip().lower()).name
    except LookupError:
        return None
    # Browsers read latin-1 and ascii labels as windows-1252 (WHATWG encoding standard).
    return "cp1252" if codec in ("latin-1", "iso8859-1", "ascii") else codec


def declared_charset(data: bytes, content_type: str | None = None) -> str | None:
    """The charset a page says it has: HTTP header, then <meta>, then the XML declaration."""
    if content_type:
        m = re.search(r"charset\s*=\s*[\"']?([\w:.\-]+)", content_type, re.I)
        if m and (c := _codec(m.group(1))):
            return c
    head = data[:4096]
    for pattern in (_META_CHARSET, _XML_ENCODING):
        m = pattern.search(head)
        if m and (c := _codec(m.group(1))):
            return c
    return None


def utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' for UTF-16 text that lacks a BOM (Windows tools write it): mostly Latin
    text has a zero byte in every other position and almost none in the others; a binary file does not."""
    sample = data[:8192]
    sample = sample[: len(sample) - len(sample) % 2]
    if len(sample) < 64:
        return None
    even, odd = sample[0::2], sample[1::2]
    zeros_even, zeros_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    for enc, text_half, zero_half in (("utf-16-le", zeros_even, zeros_odd), ("utf-16-be", zeros_odd, zeros_even)):
        if zero_half > 0.5 and text_half < 0.02:
            text = sample.decode(enc, errors="replace")
            printable = sum(ch.isprintable() or ch in "\n\r\t" for ch in text) / len(text)
            if printable > 0.95:
                return enc
    return None


_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))
"""Control bytes that text never holds (tab, line ends, form feed and escape aside)."""


def looks_binary(data: bytes) -> bool:
    """True for content that is not text in any encoding (images, archives, executables)."""
    if not data:
        return False
    sample = data[:8192]
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or utf16_without_bom(sample):
        return False
    control = len(sample) - len(sample.translate(None, _CONTROL_BYTES))  # NUL included: one stray NUL in
    return control / len(sample) > 0.05  # a page is not binary (the article stage drops it), images have thousands


def decode(data: bytes, content_type: str | None = None) -> str:
    """Decode page bytes to str; never raises. Invalid bytes become U+FFFD."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(enc, errors="replace")
    if utf16 := utf16_without_bom(data):
        return data.decode(utf16, errors="replace")
    declared = declared_charset(data, content_type)
    if declared:
        try:
            return data.decode(declared)
        except UnicodeDecodeError:
            if declared != "utf-8":
                pass  # the declaration lied; fall through to detection
            else:
                return _mixed_utf8(data)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(data):
        return _mixed_utf8(data)
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
        if best is not None and best.encoding:
            return data.decode(best.encoding, errors="replace")
    except Exception:  # noqa: BLE001 - detection is a best effort; the fallback below always works
        pass
    return _mixed_utf8(data)


_SURROGATE = re.compile(r"[\ud800-\udfff]")


def no_surrogates(text: str) -> str:
    """Lone UTF-16 surrogates (JSON may escape them, "\\ud800"; a caller's str may hold them) become U+FFFD:
    no UTF-8 output, hash or database accepts them."""
    return _SURROGATE.sub("\ufffd", text)


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8 with a few stray bytes (a page pasted together from two sources) rather than another encoding."""
    text = data[:200_000].decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ord(ch) > 127) - bad
    return good > 0 and bad <= good


def _mixed_utf8(data: bytes) -> str:
    """Mostly-UTF-8 with stray single-byte text: keep the UTF-8, read the strays as windows-1252."""

    def handler(err: UnicodeDecodeError) -> tuple[str, int]:
        chunk = err.object[err.start:err.end]
        return chunk.decode("cp1252", errors="replace"), err.end

    name = "communique-mixed"
    try:
        codecs.lookup_error(name)
    except LookupError:
        codecs.register_error(name, handler)
    return data.decode("utf-8", errors=name)
