"""Fetch a web page for import without letting a URL reach the server's own network (SSRF).

Every hop (the first request and each redirect) is resolved, every address it resolves to is
vetted, and the connection goes to the vetted address itself so a second DNS answer cannot
swap in a private one (DNS rebinding). Body size and total time are capped.
"""
from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
USER_AGENT = "ClaimWorkbench/0.1 (+fact-checking import)"


class FetchError(ValueError):
    """The URL cannot or may not be fetched; the message is fit to show to the user."""


@dataclass(frozen=True)
class FetchLimits:
    timeout: float = 10.0
    max_bytes: int = 5 * 1024 * 1024
    max_redirects: int = 5
    allow_private: bool = False

    @classmethod
    def from_config(cls, config) -> FetchLimits:
        return cls(timeout=float(config["FETCH_TIMEOUT"]), max_bytes=int(config["FETCH_MAX_BYTES"]),
                   max_redirects=int(config["FETCH_MAX_REDIRECTS"]),
                   allow_private=bool(config["FETCH_ALLOW_PRIVATE"]))


@dataclass(frozen=True)
class Fetched:
    url: str                  # after redirects
    content_type: str         # e.g. "text/html", lower case, no parameters
    charset: str | None       # from the Content-Type header, if any
    body: bytes


def is_public_address(address: str) -> bool:
    """True for globally routable unicast addresses. IPv4-mapped (``::ffff:127.0.0.1``) and
    6to4 IPv6 forms are judged by the IPv4 address inside: ``ipaddress`` alone does not."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if ip.version == 6:
        ip = ip.ipv4_mapped or ip.sixtofour or ip
    return not (ip.is_loopback or ip.is_private or ip.is_link_local or ip.is_multicast
                or ip.is_reserved or ip.is_unspecified or not ip.is_global)


def fetch(url: str, limits: FetchLimits) -> Fetched:
    """GET ``url`` (http/https), following at most ``limits.max_redirects`` redirects."""
    deadline = time.monotonic() + limits.timeout
    for _hop in range(limits.max_redirects + 1):
        status, headers, body = _request(url, limits, deadline)
        if status not in REDIRECT_STATUSES:
            break
        location = headers.get("Location")
        if not location:
            raise FetchError(f"The server answered {status} without saying where to go.")
        url = urljoin(url, location.strip())
    else:
        raise FetchError(f"Too many redirects (more than {limits.max_redirects}).")
    if status >= 400:
        raise FetchError(f"The server answered {status}.")
    content_type, charset = _parse_content_type(headers.get("Content-Type", ""))
    return Fetched(url=url, content_type=content_type, charset=charset, body=body)


def _request(url: str, limits: FetchLimits, deadline: float):
    parts = _check_url(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    addresses = _vetted_addresses(parts.hostname, port, limits.allow_private)
    conn = _connection(parts.scheme, parts.hostname, addresses, port, _remaining(deadline))
    try:
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        conn.request("GET", target, headers={"User-Agent": USER_AGENT, "Accept": "text/html,"
                                             "text/plain;q=0.9,*/*;q=0.1"})
        sock = conn.sock  # kept: the connection lets go of it once the response owns it
        response = conn.getresponse()
        if response.status in REDIRECT_STATUSES:
            return response.status, response.headers, b""
        return response.status, response.headers, _read_capped(response, sock, limits, deadline)
    except (OSError, http.client.HTTPException) as exc:
        raise FetchError(f"Could not fetch the page: {_describe(exc)}") from exc
    finally:
        conn.close()


def _check_url(url: str):
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018  (raises ValueError on a bad port)
    except ValueError as exc:
        raise FetchError("That is not a valid URL.") from exc
    if parts.scheme not in ("http", "https"):
        raise FetchError("Only http:// and https:// URLs can be fetched.")
    if not parts.hostname:
        raise FetchError("The URL has no host name.")
    if parts.username or parts.password:
        raise FetchError("URLs with a user name or password are not fetched.")
    return parts


def _vetted_addresses(host: str, port: int, allow_private: bool) -> list[str]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"The host name {host!r} could not be resolved.") from exc
    addresses = list(dict.fromkeys(info[4][0] for info in infos))
    # Refuse if *any* answer is private: a host that mixes them is not one to trust.
    if not allow_private and not all(is_public_address(a) for a in addresses):
        raise FetchError(f"{host} points to a private or local network address; "
                         "such addresses are not fetched.")
    return addresses


def _connect_pinned(addresses: list[str], port: int, timeout: float) -> socket.socket:
    """A connection to the first vetted address that answers (never a fresh DNS answer)."""
    error: OSError | None = None
    for address in addresses:
        try:
            return socket.create_connection((address, port), timeout)
        except OSError as exc:
            error = exc
    raise error or OSError("no address to connect to")


class _PinnedHTTPConnection(http.client.HTTPConnection):
    """Connects to a vetted address while sending the original host name."""

    def __init__(self, host, addresses, **kwargs):
        super().__init__(host, **kwargs)
        self._addresses = addresses

    def connect(self):
        self.sock = _connect_pinned(self._addresses, self.port, self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    """As above, with TLS verified against the host name (SNI and certificate)."""

    def __init__(self, host, addresses, **kwargs):
        super().__init__(host, context=ssl.create_default_context(), **kwargs)
        self._addresses = addresses

    def connect(self):
        sock = _connect_pinned(self._addresses, self.port, self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)


def _connection(scheme, host, addresses, port, timeout):
    cls = _PinnedHTTPSConnection if scheme == "https" else _PinnedHTTPConnection
    return cls(host, addresses, port=port, timeout=timeout)


def _read_capped(response, sock, limits: FetchLimits, deadline: float) -> bytes:
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > limits.max_bytes:
        raise FetchError(f"The page is larger than {limits.max_bytes} bytes.")
    chunks, size = [], 0
    while chunk := response.read1(64 * 1024):
        size += len(chunk)
        if size > limits.max_bytes:
            raise FetchError(f"The page is larger than {limits.max_bytes} bytes.")
        chunks.append(chunk)
        sock.settimeout(_remaining(deadline))  # a server trickling bytes still hits the cap
    return b"".join(chunks)


def _remaining(deadline: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise FetchError("Fetching the page took too long.")
    return left


def _parse_content_type(value: str) -> tuple[str, str | None]:
    kind, _, params = value.partition(";")
    charset = None
    for param in params.split(";"):
        name, _, val = param.partition("=")
        if name.strip().lower() == "charset" and val.strip():
            charset = val.strip().strip("\"'").lower()
    return kind.strip().lower(), charset


def _describe(exc: Exception) -> str:
    if isinstance(exc, TimeoutError | socket.timeout):
        return "the server took too long to answer"
    if isinstance(exc, ssl.SSLError):
        return "the secure connection failed"
    return str(exc) or exc.__class__.__name__
