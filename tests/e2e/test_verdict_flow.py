"""In real headless Chromium: a fact-checker takes a claim, links a source and proposes a
verdict; an editor returns it with a comment; the fact-checker revises; the editor publishes;
the public page shows the verdict and its ClaimReview JSON-LD."""
import pytest

from tests.e2e.conftest import CHECKER, E2E, PASSWORD, log_in, log_out
from tests.fixtures.articles import read

pytestmark = E2E


@pytest.fixture
def claim_id(live_server) -> int:
    """Beside the fact-checker: an editor, the default scale and an article."""
    from workbench.services import accounts, importing, verdict_scale
    with live_server.context():
        accounts.create_user("eka", PASSWORD, "editor", "Eka")
        verdict_scale.ensure_defaults()
        article = importing.import_text(read("banjir_demak.txt"), accounts.find_user(CHECKER),
                                        url="https://warta.example/banjir-demak").article
        return article.claims[0].id


def propose(page, rationale):
    page.select_option("#propose-verdict", label="Keliru / False")
    page.fill("#propose-rationale", rationale)
    page.click("form[data-move=propose] button[type=submit]")
    page.wait_for_selector("text=Verdict proposed for review.")


def test_propose_return_revise_publish_and_the_public_page(page, live_server, claim_id):
    base = live_server.url
    claim_url = f"{base}/claims/{claim_id}"
    log_in(page, live_server, CHECKER)
    page.goto(claim_url)
    page.click("form[data-move=take] button[type=submit]")
    page.wait_for_selector("text=The claim is yours.")

    page.click("text=Link a source")
    page.fill("#evidence-url", "https://bpbd.jatengprov.go.id/laporan-banjir-demak")
    page.fill("#evidence-title", "Laporan banjir Demak")
    page.fill("#evidence-publisher", "BPBD Jawa Tengah")
    page.check("#evidence-stance-1")                      # refutes
    page.fill("#evidence-quote", "Banjir merendam 9 desa")
    page.click("#evidence-form button[type=submit]")
    page.wait_for_selector("#evidence .evidence-item")
    assert "1 link" in page.inner_text("#workflow")
    propose(page, "BPBD counts 9 villages, not 12.")
    log_out(page)

    log_in(page, live_server, "eka")
    page.goto(base + "/review")
    item = page.locator(f"#review-{claim_id}")
    assert "Keliru / False" in item.inner_text() and "Sari" in item.inner_text()
    item.locator("form[data-move=return] textarea").fill("Cite the BPBD table itself.")
    item.locator("form[data-move=return] button[type=submit]").click()
    page.wait_for_selector("text=Returned to the fact-checker.")
    log_out(page)

    log_in(page, live_server, CHECKER)
    page.goto(base + "/claims/mine")
    page.click(f'a[href="/claims/{claim_id}"]')
    assert "Cite the BPBD table itself." in page.inner_text("#history")
    propose(page, "BPBD table 3 lists 9 flooded villages, not 12.")
    log_out(page)

    log_in(page, live_server, "eka")
    page.goto(base + "/review")
    page.locator(f"#review-{claim_id} form[data-move=approve] button[type=submit]").click()
    page.wait_for_selector("text=Verdict published.")
    log_out(page)

    page.goto(f"{base}/verdicts/{claim_id}")
    assert "Keliru" in page.inner_text("h1")
    assert "9 flooded villages" in page.inner_text(".rationale")
    assert "Laporan banjir Demak" in page.inner_text(".evidence-list")
    review = page.evaluate("JSON.parse(document.querySelector("
                           "'script[type=\"application/ld+json\"]').textContent)")
    assert review["@type"] == "ClaimReview"
    assert review["reviewRating"]["alternateName"] == "Keliru"
    assert review["reviewRating"]["ratingValue"] == 1
    assert review["itemReviewed"]["appearance"]["url"] == "https://warta.example/banjir-demak"
    assert review["url"] == f"{base}/verdicts/{claim_id}"
