"""In real headless Chromium, with the keyboard only: the article's highlights and its claim
list can be reached with Tab and operated with Enter or Space."""
from playwright.sync_api import expect

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


def selected(page) -> str:
    return page.evaluate("window.getSelection().toString()")


def test_a_claim_is_added_from_a_keyboard_selection(page, live_server):
    log_in(page, live_server, "sari")
    import_article(page, live_server.url)
    claims_before = page.locator("#claim-list .claim-item").count()
    assert page.is_disabled("#add-claim-button")

    tab_until(page, "#article-text")
    page.keyboard.press("ArrowDown")                  # the caret moves without selecting
    assert selected(page) == ""
    for _ in range(3):
        page.keyboard.press("Control+Shift+ArrowRight")
    words = selected(page)
    assert len(words.split()) == 3 and page.is_visible(".kbd-caret")
    page.wait_for_selector("#add-claim-button:enabled")
    # the preview and the spoken status follow the selection once it settles: wait for them
    expect(page.locator("#add-claim-preview")).to_have_text(words)
    expect(page.locator("#add-claim-status")).to_contain_text("Alt+Shift+A")
    expect(page.locator("#add-claim-status")).to_contain_text(words.strip())
    assert page.evaluate("document.activeElement.closest('#article-text') !== null")

    page.keyboard.press("Alt+Shift+A")
    page.wait_for_selector("text=added.")
    page.wait_for_load_state("load")
    new_item = page.locator("#claim-list .claim-item", has_text="added by hand")
    assert new_item.locator(".claim-text").inner_text() == words.strip()
    assert page.locator("#claim-list .claim-item").count() == claims_before + 1


def test_the_shortcut_without_a_selection_says_what_to_do(page, live_server):
    log_in(page, live_server, "sari")
    import_article(page, live_server.url)
    page.keyboard.press("Alt+Shift+A")
    assert "select some words first" in page.inner_text("#add-claim-status")
    assert "/articles/" in page.url and page.is_disabled("#add-claim-button")
