"""In real headless Chromium, with the keyboard only: the article's highlights and its claim
list can be reached with Tab and operated with Enter or Space."""
from tests.e2e.conftest import E2E, log_in

pytestmark = E2E

ARTICLE = """Bridge budget approved

The Riverton council voted 7-2 on Tuesday, 3 March 2026, to approve a budget of $4.2 million for a new bridge.
About 12,000 people cross the river every day, according to the council's own figures.
"""


def import_article(page, base):
    page.goto(base + "/articles/import")
    page.fill("#paste-text", ARTICLE)
    page.click("#import-paste button[type=submit]")
    page.click("text=Save the article")
    page.wait_for_selector("#article-text")
    page.wait_for_load_state("load")


def tab_until(page, selector, limit=60):
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("s => document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"Tab never reached {selector}")


def test_highlights_and_claim_list_work_from_the_keyboard(page, live_server):
    log_in(page, live_server, "sari")
    import_article(page, live_server.url)
    assert page.locator("#article-text .seg.hl").count() > 0

    tab_until(page, "#article-text .seg.hl")
    focused = page.evaluate("document.activeElement.dataset.claims.split(' ')[0]")
    page.keyboard.press("Enter")
    item = page.locator(f"#claim-{focused}")
    assert "is-active" in item.get_attribute("class")
    assert item.get_attribute("aria-current") == "true"

    tab_until(page, "#claim-list .claim-item")
    chosen = page.evaluate("document.activeElement.dataset.claim")
    page.keyboard.press(" ")
    active = page.locator("#article-text .seg.is-active")
    assert active.count() > 0
    assert all(chosen in seg.split() for seg in
               active.evaluate_all("els => els.map(e => e.dataset.claims)"))
