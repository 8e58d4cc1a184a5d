"""In real headless Chromium: what a user sees right after an action. A rejected form far down
the claim page comes back with its error in view and focused; a success message stays in view
when the page opens at an anchor further down."""
import pytest

from tests.e2e.conftest import CHECKER, E2E, log_in
from tests.workbench.evidence_fixtures import TEXT, claim_on

pytestmark = E2E

IN_VIEW = "el => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }"


@pytest.fixture
def claim_id(live_server) -> int:
    from workbench.services import accounts, importing
    with live_server.context():
        article = importing.import_text(TEXT, accounts.find_user(CHECKER)).article
        return claim_on(article, "harga beras naik 12 persen sejak Januari 2024").id


def test_a_rejected_correction_comes_back_with_its_error_in_view(page, live_server, claim_id):
    log_in(page, live_server, CHECKER)
    page.goto(f"{live_server.url}/claims/{claim_id}")
    page.click("summary:has-text('Adjust the span')")
    page.fill("#span-start", "5000")
    page.fill("#span-end", "10")
    page.click("button:has-text('Adjust span')")
    page.wait_for_load_state("load")
    error = page.locator("form[action$='/span'] .flash-error")
    assert error.count() == 1
    focused = page.evaluate_handle("document.activeElement")
    assert focused.evaluate("el => el.closest('form') && el.closest('form').action") \
        .endswith("/span")
    assert error.evaluate(IN_VIEW)


def test_a_success_message_stays_in_view_at_an_anchor(page, live_server, claim_id):
    log_in(page, live_server, CHECKER)
    page.goto(f"{live_server.url}/claims/{claim_id}")
    page.click("text=Link a source")
    page.fill("#evidence-url", "https://dinas.example/rilis-harga")
    page.check("#evidence-stance-0")
    page.click("#evidence-form button[type=submit]")
    page.wait_for_url("**#evidence")
    page.wait_for_load_state("load")
    assert page.evaluate("scrollY") > 0                 # the page opened at the evidence
    message = page.locator(".page-flashes .flash", has_text="Evidence linked.")
    assert message.evaluate(IN_VIEW)
    assert page.locator("#evidence").evaluate(
        "el => el.getBoundingClientRect().top >= document.querySelector('.page-flashes')"
        ".getBoundingClientRect().bottom - 1")


def test_a_claim_is_dismissed_from_the_article_page(page, live_server, claim_id):
    log_in(page, live_server, CHECKER)
    page.goto(f"{live_server.url}/articles/1")
    item = page.locator(f"#claim-{claim_id}")
    item.locator("button", has_text="Dismiss as not check-worthy").click()
    page.wait_for_url(f"**/articles/1#claim-{claim_id}")
    page.wait_for_load_state("load")
    message = page.locator(".page-flashes .flash", has_text="Dismissed as not check-worthy.")
    assert message.evaluate(IN_VIEW)
    assert "is-dismissed" in item.get_attribute("class")
    assert item.locator("button", has_text="Dismiss").count() == 0
