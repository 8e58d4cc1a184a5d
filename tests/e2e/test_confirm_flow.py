"""In real headless Chromium: removing an evidence link asks first; cancelling keeps it,
accepting removes it."""
import pytest

from tests.e2e.conftest import CHECKER, E2E, log_in
from tests.workbench.evidence_fixtures import TEXT

pytestmark = E2E


@pytest.fixture
def claim_id(live_server) -> int:
    from workbench.services import accounts, importing
    from workbench.services.evidence import LinkDetails, add_evidence
    from workbench.services.sources import SourceDetails
    with live_server.context():
        sari = accounts.find_user(CHECKER)
        claim = importing.import_text(TEXT, sari).article.claims[0]
        add_evidence(claim, sari, SourceDetails("https://dinas.example/rilis", "Rilis"),
                     LinkDetails("refutes", "delapan persen"))
        return claim.id


def test_removing_an_evidence_link_asks_first(page, live_server, claim_id):
    log_in(page, live_server, CHECKER)
    page.goto(f"{live_server.url}/claims/{claim_id}")
    page.wait_for_load_state("load")
    item = page.locator("#evidence .evidence-item")
    item.locator("summary", has_text="Edit or remove").click()
    questions = []

    def answer(dialog, accept):
        questions.append(dialog.message)
        dialog.accept() if accept else dialog.dismiss()

    page.once("dialog", lambda d: answer(d, False))
    item.locator("button", has_text="Remove link").click()
    page.wait_for_timeout(300)
    assert "Remove this evidence link" in questions[0]
    assert page.locator("#evidence .evidence-item").count() == 1

    page.once("dialog", lambda d: answer(d, True))
    item.locator("button", has_text="Remove link").click()
    page.wait_for_selector("text=Evidence removed")
    assert page.locator("#evidence .evidence-item").count() == 0
