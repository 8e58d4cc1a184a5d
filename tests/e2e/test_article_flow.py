"""In real headless Chromium: log in, import a fixture article, see its claims highlighted,
add a claim from a text selection, log out."""
from tests.e2e.conftest import CHECKER, E2E, PASSWORD
from tests.fixtures.articles import read

SCREENSHOT = "/tmp/claim-workbench-article.png"

pytestmark = E2E


SELECT_PHRASE = """phrase => {
  const seg = [...document.querySelectorAll('#article-text .seg')]
      .find(el => el.textContent.includes(phrase));
  const node = seg.firstChild, at = node.data.indexOf(phrase);
  const range = document.createRange();
  range.setStart(node, at);
  range.setEnd(node, at + phrase.length);
  const selection = window.getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
}"""


SELECT_IN_CONTEXT = """phrase => {
  const context = document.getElementById('claim-context');
  const text = context.textContent, at = text.indexOf(phrase);
  let node = null, start = null, end = null, seen = 0;
  for (const el of context.children) {
    const n = el.firstChild, len = n ? n.data.length : 0;
    if (start === null && at < seen + len) start = [n, at - seen];
    if (at + phrase.length <= seen + len) { end = [n, at + phrase.length - seen]; break; }
    seen += len;
  }
  const range = document.createRange();
  range.setStart(...start);
  range.setEnd(...end);
  window.getSelection().removeAllRanges();
  window.getSelection().addRange(range);
}"""


def test_import_highlight_add_claim_and_log_out(page, live_server):
    base = live_server.url
    page.goto(base + "/")
    assert "/auth/login" in page.url
    page.fill("#username", CHECKER)
    page.fill("#password", PASSWORD)
    page.click("button[type=submit], input[type=submit]")
    page.wait_for_url(base + "/")

    page.click("text=Import an article")
    page.fill("#paste-text", read("banjir_demak.txt"))
    page.fill("#paste-url", "https://warta.example/banjir-demak")
    page.click("#import-paste button[type=submit]")
    page.wait_for_selector("text=Preview the import")
    assert page.locator("input[name=keep]:checked").count() > 0
    page.click("text=Save the article")

    page.wait_for_selector("#article-text")
    page.wait_for_load_state("load")       # article.js (deferred) is listening from here on
    highlights = page.locator("#article-text .seg.hl")
    assert highlights.count() > 0
    claims_before = page.locator("#claim-list .claim-item").count()
    assert claims_before > 0
    highlights.first.click()
    assert page.locator("#claim-list .claim-item.is-active").count() == 1
    last = page.locator("#claim-list .claim-item").last
    last.locator(".claim-text").click()
    last_id = last.get_attribute("data-claim")
    assert page.locator(f'#article-text .seg.is-active[data-claims~="{last_id}"]').count() > 0
    assert page.locator("#article-text .seg.is-active").count() == page.locator(
        f'#article-text .seg[data-claims~="{last_id}"]').count()
    assert page.locator("details.boilerplate").count() > 0
    assert not page.is_visible("text=ADVERTISEMENT"), "boilerplate starts collapsed"

    page.evaluate(SELECT_PHRASE, "Rendam 12 Desa")
    page.wait_for_selector("#add-claim-button:enabled")
    assert page.inner_text("#add-claim-preview") == "Rendam 12 Desa"
    page.click("#add-claim-button")
    page.wait_for_selector("text=added.")
    page.wait_for_load_state("load")
    new_item = page.locator("#claim-list .claim-item", has_text="added by hand")
    assert new_item.count() == 1
    assert new_item.locator(".claim-text").inner_text() == "Rendam 12 Desa"
    assert page.locator("#claim-list .claim-item").count() == claims_before + 1
    claim_id = new_item.get_attribute("data-claim")
    marked = page.locator(f'#article-text .seg[data-claims~="{claim_id}"]')
    assert "".join(marked.all_inner_texts()) == "Rendam 12 Desa"
    page.screenshot(path=SCREENSHOT, full_page=False)

    # On the claim page, selecting words in the passage sets the span to exactly them.
    new_item.locator("text=Correct this claim").click()
    page.wait_for_url("**/claims/*")
    page.wait_for_load_state("load")
    page.evaluate(SELECT_IN_CONTEXT, "Banjir Rendam 12 Desa")
    page.click("text=Adjust span")
    page.wait_for_selector("text=Span adjusted.")
    assert page.inner_text("#claim-quote") == "Banjir Rendam 12 Desa"

    page.click(".user-menu summary")
    page.click("text=Log out")
    page.wait_for_selector("text=Log in")
    page.goto(base + "/articles/")
    assert "/auth/login" in page.url
