"""In real headless Chromium: the import page puts the caret where the user types first, and
an address that could not be fetched comes back typed, open and focused for correcting."""
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tests.e2e.conftest import CHECKER, E2E, log_in

pytestmark = E2E


def focused_id(page) -> str:
    return page.evaluate("document.activeElement && document.activeElement.id")


def settled_focus(page, expected: str) -> str:
    """The focused element's id once the browser has run its autofocus task: Chromium applies
    ``autofocus`` in a task after the page loads, so a read right after ``goto`` may come first
    on a loaded machine. Waits at most two seconds, then reads whatever has the focus."""
    try:
        page.wait_for_function(f"document.activeElement && document.activeElement.id === {expected!r}",
                               timeout=2000)
    except PlaywrightTimeout:
        pass                # the caller's assertion reports what has the focus instead
    return focused_id(page)


def test_the_import_page_opens_with_the_caret_in_the_text_box(page, live_server):
    log_in(page, live_server, CHECKER)
    page.goto(live_server.url + "/articles/import")
    assert settled_focus(page, "paste-text") == "paste-text"
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
    assert settled_focus(page, "url-url") == "url-url" and page.input_value("#url-url") == missing
