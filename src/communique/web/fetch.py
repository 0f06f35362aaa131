"""Fetching a page for POST /api/ingest without letting a caller reach the server's own network (SSRF).

Every host is resolved here and every address it resolves to is checked (private, loopback, link-local,
multicast, reserved, unspecified, and IPv4 hidden in IPv6 forms); the connection then goes to the checked
address itself, so a second DNS answer cannot swap in another one (DNS rebinding). Redirects are followed
by hand, each hop checked the same way. Bodies are read as a stream and cut off at a size limit, and the
whole fetch has a deadline.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
Resolver = Callable[[str, int], list[str]]

DEFAULT_MAX_BYTES = 5_000_000
DEFAULT_TIMEOUT = 15.0
MAX_REDIRECTS = 5
USER_AGENT = "communique (+https://github.com/communique; news ingest)"


class FetchError(Exception):
    """A URL that could not or must not be fetched; ``status`` is the HTTP status the API answers with."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


@dataclass
class Fetched:
    url: str  # after redirects
    content: bytes
    content_type: str
    redirects: list[str]


def address_refusal(ip: IPAddress) -> str | None:
    """Why a connection to ``ip`` is refused (None when it is a public address)."""
    if isinstance(ip, ipaddress.IPv6Address):
        mapped = ip.ipv4_mapped or ip.sixtofour or (ip.teredo[1] if ip.teredo else None)
        if mapped is not None:
            return address_refusal(mapped)
        if ip in ipaddress.IPv6Network("64:ff9b::/96"):  # NAT64: the IPv4 address is in the low bits
            return address_refusal(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
    checks = (("loopback", ip.is_loopback), ("link-local", ip.is_link_local), ("multicast", ip.is_multicast),
              ("unspecified", ip.is_unspecified), ("reserved", ip.is_reserved), ("private", ip.is_private),
              ("not globally routable", not ip.is_global))
    for name, hit in checks:
        if hit:
            return name
    return None


def system_resolver(host: str, port: int) -> list[str]:
    """Every address the system resolver gives for host:port."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise FetchError(f"cannot resolve host {host!r}: {exc.strerror or exc}", 400) from exc
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


class SafeFetcher:
    """Fetch http(s) URLs refusing non-public addresses unless ``allow_private``.

    ``exempt`` lists networks allowed even so (a deliberate hole, e.g. an intranet proxy); ``resolver``
    maps (host, port) to addresses (the system resolver by default).
    """

    def __init__(self, *, allow_private: bool = False, max_bytes: int = DEFAULT_MAX_BYTES,
                 timeout: float = DEFAULT_TIMEOUT, max_redirects: int = MAX_REDIRECTS,
                 exempt: Iterable[IPNetwork | str] = (), resolver: Resolver = system_resolver) -> None:
        self.allow_private = allow_private
        self.max_bytes = max_bytes
        self.timeout = timeout
        self.max_redirects = max_redirects
        self.exempt = [ipaddress.ip_network(n) for n in exempt]
        self.resolver = resolver

    def check_address(self, ip: IPAddress) -> str | None:
        if self.allow_private or any(ip in net for net in self.exempt):
            return None
        return address_refusal(ip)

    def resolve(self, url: str) -> tuple[str, int, list[IPAddress]]:
        """Check the URL's scheme and host; return host, port and the addresses it may be fetched from."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            raise FetchError(f"only http and https URLs can be fetched, not {parts.scheme or 'no scheme'!r}: {url}")
        if parts.username or parts.password:
            raise FetchError("URLs with a user name or password are not fetched")
        host = parts.hostname
        if not host:
            raise FetchError(f"the URL has no host: {url}")
        try:
            port = parts.port or (443 if parts.scheme == "https" else 80)
        except ValueError as exc:
            raise FetchError(f"the URL has a bad port: {url}") from exc
        try:
            addresses = [ipaddress.ip_address(host)]
        except ValueError:
            addresses = [ipaddress.ip_address(a.split("%", 1)[0]) for a in self.resolver(host, port)]
        if not addresses:
            raise FetchError(f"host {host!r} resolves to no address")
        for ip in addresses:
            why = self.check_address(ip)
            if why:
                raise FetchError(f"refusing to fetch {url}: {host} resolves to {ip}, a {why} address "
                                 "(start the server with --allow-private to allow it)", 403)
        return host, port, addresses

    def fetch(self, url: str) -> Fetched:
        """GET ``url``, following redirects by hand; raises FetchError with a reason."""
        deadline = time.monotonic() + self.timeout
        redirects: list[str] = []
        with httpx.Client(timeout=httpx.Timeout(self.timeout), follow_redirects=False, trust_env=False) as client:
            for _ in range(self.max_redirects + 1):
                host, port, addresses = self.resolve(url)
                response = self._get_pinned(client, url, host, port, addresses[0], deadline)
                try:
                    if response.is_redirect:
                        location = response.headers.get("location")
                        if not location:
                            raise FetchError(f"{url} answered {response.status_code} without a Location", 502)
                        url = urljoin(url, location)
                        redirects.append(url)
                        continue
                    if response.status_code >= 400:
                        raise FetchError(f"{url} answered HTTP {response.status_code}", 502)
                    content = self._read(response, url, deadline)
                    return Fetched(url=url, content=content,
                                   content_type=response.headers.get("content-type", ""), redirects=redirects)
                finally:
                    response.close()
        raise FetchError(f"more than {self.max_redirects} redirects, stopped at {url}", 502)

    def _get_pinned(self, client: httpx.Client, url: str, host: str, port: int, ip: IPAddress,
                    deadline: float) -> httpx.Response:
        """Connect to the checked address, keeping the host name for the Host header, SNI and certificate."""
        parts = urlsplit(url)
        ip_host = f"[{ip}]" if ip.version == 6 else str(ip)
        pinned = urlunsplit((parts.scheme, f"{ip_host}:{port}", parts.path or "/", parts.query, ""))
        default_port = 443 if parts.scheme == "https" else 80
        host_header = host if port == default_port else f"{host}:{port}"
        if ":" in host and not host.startswith("["):
            host_header = f"[{host}]" if port == default_port else f"[{host}]:{port}"
        left = deadline - time.monotonic()
        if left <= 0:
            raise FetchError(f"fetching took longer than {self.timeout:g} s", 504)
        request = client.build_request(
            "GET", pinned, headers={"Host": host_header, "User-Agent": USER_AGENT,
                                    "Accept": "text/html,text/plain;q=0.9,*/*;q=0.1"},
            extensions={"sni_hostname": host, "timeout": httpx.Timeout(left).as_dict()})
        try:
            return client.send(request, stream=True)
        except httpx.TimeoutException as exc:
            raise FetchError(f"{url} did not answer within {self.timeout:g} s", 504) from exc
        except httpx.HTTPError as exc:
            raise FetchError(f"cannot fetch {url}: {exc}", 502) from exc

    def _read(self, response: httpx.Response, url: str, deadline: float) -> bytes:
        declared = response.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > self.max_bytes:
            raise FetchError(f"{url} is {int(declared)} bytes, over the {self.max_bytes}-byte limit", 413)
        chunks, size = [], 0
        try:
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > self.max_bytes:
                    raise FetchError(f"{url} is over the {self.max_bytes}-byte limit", 413)
                if time.monotonic() > deadline:
                    raise FetchError(f"fetching {url} took longer than {self.timeout:g} s", 504)
                chunks.append(chunk)
        except httpx.TimeoutException as exc:
            raise FetchError(f"{url} stopped sending within {self.timeout:g} s", 504) from exc
        except httpx.HTTPError as exc:
            raise FetchError(f"cannot read {url}: {exc}", 502) from exc
        return b"".join(chunks)
