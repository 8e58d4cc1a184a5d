"""In real headless Chromium, a fact-checker's daily round: paste an article, see its claims
highlighted, open one, and find it again on the search page, the words it matched marked in
the snippet (the server indexes in its background thread, as in production)."""
import re
import time

from tests.e2e.conftest import CHECKER, E2E, log_in
from tests.fixtures.articles import read

SCREENSHOT = "/tmp/claim-workbench-search.png"
INDEXED_WITHIN = 30         # seconds: the first drain also loads the sentence encoder

pytestmark = E2E


def test_paste_an_article_open_a_claim_and_find_it_by_search(page, live_server):
    log_in(page, live_server, CHECKER)
    page.click("text=Import an article")
    page.fill("#paste-text", read("banjir_demak.txt"))
    page.fill("#paste-url", "https://warta.example/banjir-demak")
    page.click("#import-paste button[type=submit]")
    page.wait_for_selector("text=Preview the import")
    page.click("text=Save the article")
    page.wait_for_selector("#article-text")
    assert page.locator("#article-text .seg.hl").count() > 0

    item = page.locator("#claim-list .claim-item", has_text="40 meter")
    item.locator("text=Correct this claim").click()
    page.wait_for_url("**/claims/*")
    claim_id = int(re.search(r"/claims/(\d+)$", page.url).group(1))
    assert "tanggul yang jebol" in page.inner_text("#claim-quote")

    page.click("nav >> text=Search")
    page.fill("input[name=q]", "tanggul")
    page.click("form[role=search] button[type=submit]")
    result = wait_for_result(page, claim_id)
    marks = [m.lower() for m in result.locator("mark").all_inner_texts()]
    assert marks and set(marks) == {"tanggul"}
    page.screenshot(path=SCREENSHOT, full_page=False)

    result.locator(f'a[href="/claims/{claim_id}"]').click()
    page.wait_for_url(f"**/claims/{claim_id}")
    assert "tanggul yang jebol" in page.inner_text("#claim-quote")


def wait_for_result(page, claim_id: int):
    """The search result of ``claim_id``, reloading until the indexer has caught up."""
    result = page.locator(".result-list .result", has=page.locator(
        f'a[href="/claims/{claim_id}"]'))
    deadline = time.monotonic() + INDEXED_WITHIN
    while result.count() == 0:
        assert time.monotonic() < deadline, f"claim {claim_id} was not found by search"
        page.wait_for_timeout(300)
        page.reload()
    return result
