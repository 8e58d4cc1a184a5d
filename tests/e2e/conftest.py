"""What every end-to-end test drives: Debian's Chromium through Playwright, and one live app
for the whole run (CSRF on, a real port), which each test gets back on a fresh copy of its
migrated database with an empty search index."""
import os
import shutil
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from flask import Flask
from werkzeug.serving import make_server

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
PASSWORD = "a long enough password"
CHECKER = "sari"            # a fact-checker every test starts with


# Every e2e module: ``pytestmark = E2E``.
# When Chromium drops a connection while werkzeug's development server (the live server here,
# never the app in production) is sending a static file, the server leaves that file for the
# garbage collector, which warns at a random later moment in whichever test is running. The
# warning is about the test server, not the app, so only that one is ignored.
_DROPPED_STATIC_FILE = [
    pytest.mark.filterwarnings(r"ignore:unclosed file <_io\.BufferedReader name='[^']*/static/:ResourceWarning"),
    pytest.mark.filterwarnings(r"ignore:Exception ignored in. <_io\.FileIO name='[^']*/static/"
                               r":pytest.PytestUnraisableExceptionWarning"),
]
E2E = [pytest.mark.e2e,
       pytest.mark.skipif(not os.path.exists(CHROMIUM),
                          reason=f"{CHROMIUM} is missing (Debian's chromium package)"),
       *_DROPPED_STATIC_FILE]


@dataclass
class LiveServer:
    url: str
    app: Flask
    database: Path          # the SQLite file the server uses
    template: Path          # migrated, with the fact-checker: each test starts from a copy

    @contextmanager
    def context(self):
        """The server's own app context, to put a test's data in place."""
        from workbench.extensions import db
        with self.app.app_context():
            yield
            db.session.remove()

    def reset(self) -> None:
        """A fresh database and search index; the server is idle between tests."""
        _close(self.app)
        for leftover in (f"{self.database}-wal", f"{self.database}-shm"):
            Path(leftover).unlink(missing_ok=True)
        shutil.copyfile(self.template, self.database)
        shutil.rmtree(Path(self.app.instance_path) / "search", ignore_errors=True)


@pytest.fixture(scope="session")
def shared_server(tmp_path_factory):
    from flask_migrate import upgrade

    from workbench import create_app
    from workbench.extensions import db
    from workbench.services import accounts

    instance = tmp_path_factory.mktemp("e2e-instance")
    database = instance / "e2e.db"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("WORKBENCH_INSTANCE_PATH", str(instance))
        app = create_app({"SECRET_KEY": "e2e-secret", "WTF_CSRF_ENABLED": True,
                          "FETCH_ALLOW_PRIVATE": True,      # the pages tests serve locally
                          "SQLALCHEMY_DATABASE_URI": f"sqlite:///{database}",
                          "PASSWORD_HASHER": {"time_cost": 1, "memory_cost": 1024,
                                              "parallelism": 1}})
    with app.app_context():
        upgrade()
        accounts.create_user(CHECKER, PASSWORD, "factchecker", "Sari")
        db.engine.dispose()
    template = instance / "template.db"
    shutil.copyfile(database, template)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield LiveServer(f"http://127.0.0.1:{server.server_port}", app, database, template)
    server.shutdown()
    thread.join(5)
    _close(app)


def _close(app) -> None:
    """Stop the app's search runtime (its indexer thread, the index) and close its
    database connections."""
    from workbench.extensions import db
    from workbench.services.search_runtime import EXTENSION
    with app.app_context():
        search = app.extensions.pop(EXTENSION, None)
        if search is not None:
            search.close()
        db.engine.dispose()


@pytest.fixture
def live_server(shared_server) -> LiveServer:
    """The shared server, on a fresh database with only the fact-checker in it."""
    shared_server.reset()
    return shared_server


@pytest.fixture
def page():
    from playwright.sync_api import sync_playwright
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1366, "height": 900})
        page = context.new_page()
        page.set_default_timeout(10_000)
        yield page
        context.close()
        browser.close()


def log_in(page, server: LiveServer, username: str) -> None:
    page.goto(server.url + "/auth/login")
    page.fill("#username", username)
    page.fill("#password", PASSWORD)
    page.click("button[type=submit], input[type=submit]")
    page.wait_for_url(server.url + "/")


def log_out(page) -> None:
    page.click(".user-menu summary")
    page.click("text=Log out")
    page.wait_for_selector("text=Log in")
