"""In real headless Chromium: link a source with a snapshot fetched from a local page, discuss
the claim in notes with an @mention, and find the note on the mentioned user's Mentions page."""
import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import CHECKER, E2E, PASSWORD, log_in
from tests.workbench.evidence_fixtures import TEXT, claim_on, page_server  # noqa: F401

SCREENSHOT = "/tmp/claim-workbench-evidence.png"
PAGE = ("<html><head><title>Rilis harga pangan</title></head><body><article>"
        "<p>Harga beras medium naik delapan persen sejak Januari, bukan dua belas persen, "
        "menurut catatan dinas pangan kota.</p>"
        "<p>Angka dua belas persen berlaku untuk beras premium saja.</p></article></body></html>")

pytestmark = E2E


@pytest.fixture
def claim_id(live_server) -> int:
    """Beside the fact-checker: an editor to mention, and a claim to work on."""
    from workbench.services import accounts, importing
    with live_server.context():
        sari = accounts.find_user(CHECKER)
        accounts.create_user("dimas", PASSWORD, "editor", "Dimas")
        article = importing.import_text(TEXT, sari, url="https://kabar.example/lumbung").article
        return claim_on(article, "harga beras naik 12 persen sejak Januari 2024").id


def test_link_a_source_discuss_and_find_the_mention(page, live_server, claim_id,
                                                    page_server):
    base = live_server.url
    folder, pages = page_server
    (folder / "rilis.html").write_text(PAGE, encoding="utf-8")
    log_in(page, live_server, CHECKER)
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
    # (the flash sits above the evidence list: the page may still be parsing the list when the
    # flash shows, so the count is awaited, not read at once)
    item = page.locator("#evidence .evidence-item")
    expect(item).to_have_count(1)
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
    log_in(page, live_server, "dimas")
    page.click("nav >> text=Queues")
    page.click("nav >> text=Mentions")
    assert "angka BPS berbeda" in page.inner_text(".mention-list")
