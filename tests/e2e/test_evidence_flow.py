"""In real headless Chromium: link a source with a snapshot fetched from a local page, discuss
the claim in notes with an @mention, and find the note on the mentioned user's Mentions page."""
import threading

import pytest
from werkzeug.serving import make_server

from tests.e2e.test_article_flow import pytestmark  # noqa: F401
from tests.workbench.evidence_fixtures import TEXT, claim_on, page_server  # noqa: F401

PASSWORD = "a long enough password"
SCREENSHOT = "/tmp/claim-workbench-evidence.png"
PAGE = ("<html><head><title>Rilis harga pangan</title></head><body><article>"
        "<p>Harga beras medium naik delapan persen sejak Januari, bukan dua belas persen, "
        "menurut catatan dinas pangan kota.</p>"
        "<p>Angka dua belas persen berlaku untuk beras premium saja.</p></article></body></html>")


@pytest.fixture
def live_server(tmp_path, monkeypatch):
    """The app (CSRF on, local fetches allowed for the page server) with a claim to work on."""
    from flask_migrate import upgrade

    from workbench import create_app
    from workbench.extensions import db
    from workbench.services import accounts, importing

    monkeypatch.setenv("WORKBENCH_INSTANCE_PATH", str(tmp_path))
    app = create_app({"SECRET_KEY": "e2e-secret", "WTF_CSRF_ENABLED": True,
                      "FETCH_ALLOW_PRIVATE": True,
                      "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'e2e.db'}",
                      "PASSWORD_HASHER": {"time_cost": 1, "memory_cost": 1024, "parallelism": 1}})
    with app.app_context():
        upgrade()
        sari = accounts.create_user("sari", PASSWORD, "factchecker", "Sari")
        accounts.create_user("dimas", PASSWORD, "editor", "Dimas")
        article = importing.import_text(TEXT, sari, url="https://kabar.example/lumbung").article
        claim_id = claim_on(article, "harga beras naik 12 persen sejak Januari 2024").id
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}", claim_id
    server.shutdown()
    thread.join(5)
    with app.app_context():
        db.engine.dispose()


def log_in(page, base, username):
    page.goto(base + "/auth/login")
    page.fill("#username", username)
    page.fill("#password", PASSWORD)
    page.click("button[type=submit], input[type=submit]")
    page.wait_for_url(base + "/")


def test_link_a_source_discuss_and_find_the_mention(page, live_server, page_server):
    base, claim_id = live_server
    folder, pages = page_server
    (folder / "rilis.html").write_text(PAGE, encoding="utf-8")
    log_in(page, base, "sari")
    page.goto(f"{base}/claims/{claim_id}")

    page.click("text=Link a source")
    page.fill("#evidence-url", f"{pages}/rilis.html?utm_source=wa")
    page.fill("#evidence-publisher", "Dinas Pangan Lumbung")
    page.select_option("#evidence-kind", "official")
    page.check("#evidence-fetch_snapshot")
    page.check("#evidence-stance-1")                      # refutes
    page.fill("#evidence-quote", "naik delapan persen sejak Januari, bukan dua belas persen")
    page.click("#evidence-form button[type=submit]")
    page.wait_for_selector("text=Evidence linked.")
    item = page.locator("#evidence .evidence-item")
    assert item.count() == 1
    assert "Rilis harga pangan" in item.inner_text()       # the title came from the snapshot
    assert page.locator(".stance-refutes").inner_text().startswith("Refutes (1)")

    page.fill("#note-body", "@dimas angka BPS berbeda, **cek** tabelnya <script>window.pwned=1</script>")
    page.click("#note-form button[type=submit]")
    page.wait_for_selector("text=Note added.")
    assert page.locator("#notes .mention").inner_text() == "@dimas"
    assert page.locator("#notes strong", has_text="cek").count() == 1
    assert page.evaluate("typeof window.pwned") == "undefined"
    page.click("#notes .note-reply summary")
    page.locator("#notes .note-reply textarea").first.fill("Saya cek besok pagi.")
    page.locator("#notes .note-reply button[type=submit]").first.click()
    page.wait_for_selector("text=Note added.")
    assert page.locator("#notes .note .note-thread .note-body").inner_text() == (
        "Saya cek besok pagi.")
    page.screenshot(path=SCREENSHOT, full_page=True)

    page.click("#evidence .evidence-item a >> nth=0")
    page.wait_for_selector("text=Claims it serves (1)")
    assert "bukan dua belas persen" in page.inner_text(".snapshot")

    page.click(".user-menu summary")
    page.click("text=Log out")
    log_in(page, base, "dimas")
    page.click("nav >> text=Mentions")
    assert "angka BPS berbeda" in page.inner_text(".mention-list")
