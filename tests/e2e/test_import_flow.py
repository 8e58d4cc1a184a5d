"""In real headless Chromium: the import page puts the caret where the user types first, and
an address that could not be fetched comes back typed, open and focused for correcting."""
from tests.e2e.conftest import CHECKER, E2E, log_in

pytestmark = E2E


def focused_id(page) -> str:
    return page.evaluate("document.activeElement && document.activeElement.id")


def test_the_import_page_opens_with_the_caret_in_the_text_box(page, live_server):
    log_in(page, live_server, CHECKER)
    page.goto(live_server.url + "/articles/import")
    assert focused_id(page) == "paste-text"
    page.keyboard.type("Menurut dinas, harga gula naik 8 persen.")
    assert "gula" in page.input_value("#paste-text")


def test_an_address_that_fails_comes_back_focused_as_typed(page, live_server):
    log_in(page, live_server, CHECKER)
    page.goto(live_server.url + "/articles/import")
    page.click("#import-url summary")
    missing = live_server.url + "/tidak-ada/artikel"
    page.fill("#url-url", missing)
    page.click("#import-url button[type=submit]")
    page.wait_for_load_state("load")
    assert page.locator(".flash-error").count() == 1
    assert page.locator("#import-url").get_attribute("open") is not None
    assert focused_id(page) == "url-url" and page.input_value("#url-url") == missing
