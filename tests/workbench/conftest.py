"""Fixtures for the article and claim tests: an app context, a user, an imported article."""
import functools
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.fixtures.articles import HERE, read
from workbench.extensions import db
from workbench.models import Role, User


@pytest.fixture
def ctx(app):
    with app.app_context():
        yield


@pytest.fixture
def checker(ctx, make_user) -> User:
    return db.session.get(User, make_user("sari", Role.FACTCHECKER))


@pytest.fixture
def article(checker):
    from workbench.services import importing
    text = read("banjir_demak.txt")
    return importing.import_text(text, checker, url="https://warta.example/banjir-demak").article


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def fixture_server():
    """http://127.0.0.1:PORT serving tests/fixtures/articles/ (.html as text/html)."""
    handler = functools.partial(_QuietHandler, directory=str(HERE))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def allow_local_fetch(app):
    app.config["FETCH_ALLOW_PRIVATE"] = True
