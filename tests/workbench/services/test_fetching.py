import shutil
import socket
import ssl
import subprocess
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.fixtures.articles import read_bytes
from workbench.services import fetching
from workbench.services.fetching import FetchError, FetchLimits, fetch, is_public_address

ALLOW = FetchLimits(timeout=5, max_bytes=100_000, max_redirects=3, allow_private=True)
GUARD = FetchLimits(timeout=5, max_bytes=100_000, max_redirects=3, allow_private=False)

PAGES = {
    "/berita.html": (200, "text/html; charset=utf-8", read_bytes("harga_cabai.html")),
    "/latin1.txt": (200, "text/plain; charset=iso-8859-1", "Café".encode("latin-1")),
    "/besar.txt": (200, "text/plain", b"x" * 200_000),
    "/hilang": (404, "text/plain", b"not here"),
}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path.startswith("/redirect?to="):
            self.send_response(302)
            self.send_header("Location", self.path.split("=", 1)[1])
            self.end_headers()
            return
        if self.path == "/loop":
            self.send_response(301)
            self.send_header("Location", "/loop")
            self.end_headers()
            return
        if self.path == "/chunked-big":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()   # no Content-Length: the cap must hold while reading
            for _ in range(50):
                self.wfile.write(b"y" * 10_000)
            return
        status, kind, body = PAGES.get(self.path, (404, "text/plain", b""))
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


class QuietServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        pass   # the fetcher hangs up on oversize bodies on purpose: no traceback on stderr


@pytest.fixture(scope="module")
def server():
    httpd = QuietServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_fetches_a_page_when_private_addresses_are_allowed(server):
    page = fetch(f"{server}/berita.html", ALLOW)
    assert (page.content_type, page.charset) == ("text/html", "utf-8")
    assert b"Rp 90.000" in page.body


def test_follows_redirects_and_reports_the_final_url(server):
    page = fetch(f"{server}/redirect?to=/latin1.txt", ALLOW)
    assert page.url == f"{server}/latin1.txt"
    assert page.body.decode(page.charset) == "Café"


@pytest.mark.parametrize("path, message", [
    ("/besar.txt", "larger than"),
    ("/chunked-big", "larger than"),
    ("/loop", "Too many redirects"),
    ("/hilang", "404"),
])
def test_caps_and_errors(server, path, message):
    with pytest.raises(FetchError, match=message):
        fetch(f"{server}{path}", ALLOW)


@pytest.mark.parametrize("url", [
    "http://127.0.0.1:{port}/berita.html",
    "http://localhost:{port}/berita.html",
    "http://[::ffff:127.0.0.1]:{port}/berita.html",
    "http://2130706433:{port}/berita.html",       # 127.0.0.1 as one number
    "http://0x7f.1:{port}/berita.html",
    "http://127.1:{port}/berita.html",
    "http://[::1]:{port}/berita.html",
])
def test_guard_refuses_loopback_in_every_spelling(server, url):
    port = server.rsplit(":", 1)[1]
    with pytest.raises(FetchError, match="private or local"):
        fetch(url.format(port=port), GUARD)


@pytest.mark.parametrize("address", [
    "127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "0.0.0.0",
    "224.0.0.1", "100.64.0.1", "::1", "fe80::1", "fc00::1", "::ffff:127.0.0.1",
    "::ffff:10.0.0.1", "::ffff:169.254.169.254", "2002:7f00:1::", "240.0.0.1",
])
def test_non_public_addresses(address):
    assert not is_public_address(address)


@pytest.mark.parametrize("address", ["93.184.216.34", "2606:4700::1111", "::ffff:8.8.8.8"])
def test_public_addresses(address):
    assert is_public_address(address)


def test_guard_refuses_a_redirect_to_a_private_address(server, monkeypatch):
    # Only the test server's own address passes as public: the first hop is fetched, and
    # the redirect is judged by the real rule.
    real = fetching.is_public_address
    monkeypatch.setattr(fetching, "is_public_address",
                        lambda a: a == "127.0.0.1" or real(a))
    assert fetch(f"{server}/berita.html", GUARD).body
    with pytest.raises(FetchError, match="private or local"):
        fetch(f"{server}/redirect?to=http://169.254.169.254/latest/meta-data", GUARD)
    with pytest.raises(FetchError, match="private or local"):
        fetch(f"{server}/redirect?to=http://[::ffff:10.0.0.1]/", GUARD)


def test_guard_refuses_a_name_that_resolves_to_a_private_address(monkeypatch):
    def resolve(host, port, **kwargs):
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("192.168.0.10", port))]
    monkeypatch.setattr(fetching.socket, "getaddrinfo", resolve)
    with pytest.raises(FetchError, match="private or local"):
        fetch("http://news.example/berita", GUARD)


@pytest.mark.parametrize("url, message", [
    ("file:///etc/passwd", "Only http"),
    ("ftp://example.com/a.txt", "Only http"),
    ("gopher://127.0.0.1:70/", "Only http"),
    ("javascript:alert(1)", "Only http"),
    ("http:///nohost", "no host"),
    ("http://user:pw@example.com/", "user name"),
    ("http://example.com:99999/", "not a valid URL"),
])
def test_refuses_other_schemes_and_odd_urls(url, message):
    with pytest.raises(FetchError, match=message):
        fetch(url, GUARD)


def test_total_time_is_capped(monkeypatch):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)   # accepts the connection, never answers
    port = listener.getsockname()[1]
    try:
        with pytest.raises(FetchError, match="too long"):
            fetch(f"http://127.0.0.1:{port}/", FetchLimits(timeout=0.5, allow_private=True))
    finally:
        listener.close()


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory):
    """An HTTPS test server with a throw-away self-signed certificate for localhost."""
    if not shutil.which("openssl"):
        pytest.skip("openssl is needed to make a test certificate")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                    "-keyout", str(key), "-out", str(cert), "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=DNS:localhost"], check=True, capture_output=True)
    httpd = QuietServer(("127.0.0.1", 0), Handler)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"https://localhost:{httpd.server_address[1]}", cert
    httpd.shutdown()
    httpd.server_close()


def test_https_verifies_the_certificate(tls_server):
    url, _cert = tls_server
    with pytest.raises(FetchError, match="secure connection failed"):
        fetch(f"{url}/berita.html", ALLOW)


def test_https_to_the_vetted_address_checks_the_host_name(tls_server, monkeypatch):
    url, cert = tls_server
    trusting = ssl.create_default_context(cafile=str(cert))
    monkeypatch.setattr(fetching.ssl, "create_default_context", lambda: trusting)
    assert b"Rp 90.000" in fetch(f"{url}/berita.html", ALLOW).body
