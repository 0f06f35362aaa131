"""The SSRF-safe fetcher against real local HTTP servers (loopback addresses stand in for private ones)."""

from __future__ import annotations

import ipaddress
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from communique.web.fetch import FetchError, SafeFetcher, address_refusal

BODY = b"<html><body><p>hello</p></body></html>"


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):  # noqa: N802
        path = self.path
        if path.startswith("/redirect?to="):
            self.send_response(302)
            self.send_header("Location", path.split("=", 1)[1])
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/loop":
            self.send_response(301)
            self.send_header("Location", "/loop")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/big":
            self.send_response(200)
            self.end_headers_chunked()
            for _ in range(50):
                self._chunk(b"x" * 10_000)
            self._chunk(b"")
        elif path == "/big-declared":
            self.send_response(200)
            self.send_header("Content-Length", "10000000")
            self.end_headers()
            self.wfile.write(b"x" * 1000)
        elif path == "/slow":
            self.send_response(200)
            self.end_headers_chunked()
            for _ in range(20):
                self._chunk(b"x")
                time.sleep(0.2)
            self._chunk(b"")
        elif path == "/host":
            body = self.headers.get("Host", "").encode()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif path == "/404":
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
        else:
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(BODY)))
            self.end_headers()
            self.wfile.write(BODY)

    def end_headers_chunked(self):
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()

    def _chunk(self, data: bytes):
        try:
            self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
            self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, *args):
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):  # the fetcher hangs up on /big and /slow on purpose
        pass


@pytest.fixture(scope="module")
def server():
    srv = _Server(("127.0.0.1", 0), _Handler)
    srv.daemon_threads = True
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield srv.server_address[1]
    srv.shutdown()


@pytest.fixture(scope="module")
def server2():
    """The same pages on 127.0.0.2 (still loopback, but not the exempt 127.0.0.1)."""
    srv = _Server(("127.0.0.2", 0), _Handler)
    srv.daemon_threads = True
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield srv.server_address[1]
    srv.shutdown()


@pytest.mark.parametrize("ip,why", [
    ("127.0.0.1", "loopback"), ("127.0.0.2", "loopback"), ("10.1.2.3", "private"), ("192.168.0.1", "private"),
    ("172.16.5.5", "private"), ("169.254.169.254", "link-local"), ("0.0.0.0", "unspecified"),
    ("100.64.0.1", "not globally routable"), ("224.0.0.1", "multicast"), ("::1", "loopback"),
    ("fe80::1", "link-local"), ("fc00::1", "private"), ("::ffff:127.0.0.1", "loopback"),
    ("::ffff:169.254.169.254", "link-local"), ("2002:7f00:1::", "loopback"), ("64:ff9b::a00:1", "private"),
    ("8.8.8.8", None), ("2606:4700:4700::1111", None), ("93.184.216.34", None),
])
def test_address_refusal(ip, why):
    got = address_refusal(ipaddress.ip_address(ip))
    assert (got is None) if why is None else (got is not None)


def test_loopback_is_refused_by_default(server):
    with pytest.raises(FetchError, match="loopback") as exc:
        SafeFetcher().fetch(f"http://127.0.0.1:{server}/")
    assert exc.value.status == 403
    with pytest.raises(FetchError, match="loopback"):
        SafeFetcher().fetch(f"http://localhost:{server}/")
    with pytest.raises(FetchError, match="loopback"):
        SafeFetcher().fetch(f"http://[::ffff:127.0.0.1]:{server}/")


def test_every_resolved_address_is_checked(server):
    fetcher = SafeFetcher(resolver=lambda host, port: ["93.184.216.34", "127.0.0.1"])
    with pytest.raises(FetchError, match="127.0.0.1"):
        fetcher.fetch(f"http://news.example:{server}/")


def test_connection_goes_to_the_checked_address_with_the_host_kept(server):
    # The name resolves (once, here) to the allowed loopback address; the request carries the name.
    fetcher = SafeFetcher(exempt=["127.0.0.1/32"], resolver=lambda host, port: ["127.0.0.1"])
    got = fetcher.fetch(f"http://news.example:{server}/host")
    assert got.content == f"news.example:{server}".encode()


def test_allowed_when_asked(server):
    got = SafeFetcher(allow_private=True).fetch(f"http://127.0.0.1:{server}/story")
    assert got.content == BODY and got.content_type.startswith("text/html")


def test_redirects_are_rechecked_each_hop(server, server2):
    fetcher = SafeFetcher(exempt=["127.0.0.1/32"])
    ok = fetcher.fetch(f"http://127.0.0.1:{server}/redirect?to=/story")
    assert ok.content == BODY and ok.url.endswith("/story") and len(ok.redirects) == 1
    # 127.0.0.2 is loopback too but not exempt: the hop must be refused (a server answers there).
    with pytest.raises(FetchError, match="127.0.0.2"):
        fetcher.fetch(f"http://127.0.0.1:{server}/redirect?to=http://127.0.0.2:{server2}/story")
    with pytest.raises(FetchError, match="169.254.169.254"):
        fetcher.fetch(f"http://127.0.0.1:{server}/redirect?to=http://169.254.169.254/latest/meta-data/")
    with pytest.raises(FetchError, match="http"):
        fetcher.fetch(f"http://127.0.0.1:{server}/redirect?to=file:///etc/passwd")
    assert SafeFetcher(allow_private=True).fetch(
        f"http://127.0.0.1:{server}/redirect?to=http://127.0.0.2:{server2}/story").content == BODY


def test_redirect_loops_stop(server):
    with pytest.raises(FetchError, match="redirects"):
        SafeFetcher(allow_private=True, max_redirects=3).fetch(f"http://127.0.0.1:{server}/loop")


def test_size_limit(server):
    small = SafeFetcher(allow_private=True, max_bytes=100_000)
    with pytest.raises(FetchError, match="limit") as exc:
        small.fetch(f"http://127.0.0.1:{server}/big")
    assert exc.value.status == 413
    with pytest.raises(FetchError, match="10000000 bytes"):
        small.fetch(f"http://127.0.0.1:{server}/big-declared")


def test_time_limit(server):
    start = time.monotonic()
    with pytest.raises(FetchError, match="s") as exc:
        SafeFetcher(allow_private=True, timeout=1.0).fetch(f"http://127.0.0.1:{server}/slow")
    assert exc.value.status == 504 and time.monotonic() - start < 3


@pytest.mark.parametrize("url", ["ftp://example.org/x", "javascript:alert(1)", "http://user:pw@example.org/",
                                 "http:///nohost", "gopher://127.0.0.1/"])
def test_bad_urls(url):
    with pytest.raises(FetchError):
        SafeFetcher().fetch(url)


def test_http_errors_are_reported(server):
    with pytest.raises(FetchError, match="404") as exc:
        SafeFetcher(allow_private=True).fetch(f"http://127.0.0.1:{server}/404")
    assert exc.value.status == 502
