"""In real headless Chromium at a narrow width: the claim page is one column with the
verification panel right after the claim, not below every other section."""
import pytest

from tests.e2e.conftest import CHECKER, E2E, PASSWORD, log_in
from tests.workbench.evidence_fixtures import TEXT

pytestmark = E2E


@pytest.fixture
def claim_id(live_server) -> int:
    from workbench.services import accounts, importing
    with live_server.context():
        return importing.import_text(TEXT, accounts.find_user(CHECKER)).article.claims[0].id


def top(page, selector):
    return page.locator(selector).bounding_box()["y"]


def test_claim_page_at_800px_puts_verification_first_and_history_last(page, live_server,
                                                                      claim_id):
    log_in(page, live_server, CHECKER)
    page.set_viewport_size({"width": 800, "height": 900})
    page.goto(f"{live_server.url}/claims/{claim_id}")
    assert top(page, "#claim-quote") < top(page, "#workflow") < top(page, "#facts")
    assert top(page, "#evidence") < top(page, "#history")
    assert top(page, "#notes") < top(page, "#history")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 800, "nothing overflows sideways"


LONG = "https://example.com/" + "a-very-long-path-segment" * 12
RUNAWAY = "Supercalifragilistic" + "x" * 90


@pytest.fixture
def long_claim_id(live_server) -> int:
    from workbench.services import accounts, importing
    text = (f"{RUNAWAY} headline about the budget\n\nThe ministry said spending rose 12 percent "
            f"in 2025 according to {LONG} which nobody could open.\n")
    with live_server.context():
        return importing.import_text(text, accounts.find_user(CHECKER)).article.claims[0].id


def test_unbroken_runs_of_text_wrap_at_800px(page, live_server, long_claim_id):
    log_in(page, live_server, CHECKER)
    page.set_viewport_size({"width": 800, "height": 900})
    for path in ("/", "/articles/1", f"/claims/{long_claim_id}"):
        page.goto(live_server.url + path)
        assert page.evaluate("document.documentElement.scrollWidth") <= 800, path


def test_tables_fit_their_box_at_800px(page, live_server, long_claim_id):
    from tests.e2e.conftest import PASSWORD
    from workbench.services import accounts
    with live_server.context():
        accounts.create_user("ada", PASSWORD, "admin", "Ada")
    log_in(page, live_server, "ada")
    page.set_viewport_size({"width": 800, "height": 900})
    for path in ("/admin/users", "/claims/unassigned", "/articles/"):
        page.goto(live_server.url + path)
        wrap = page.locator(".table-wrap")
        assert wrap.evaluate("el => el.scrollWidth <= el.clientWidth"), path


def test_article_page_at_800px_leads_to_the_claim_list(page, live_server, claim_id):
    log_in(page, live_server, CHECKER)
    page.set_viewport_size({"width": 800, "height": 900})
    page.goto(f"{live_server.url}/articles/1")
    page.click(".jump-link a")
    heading = page.locator("#claims-heading")
    assert heading.evaluate("el => el.getBoundingClientRect().top < innerHeight")
    page.set_viewport_size({"width": 1366, "height": 900})
    assert not page.locator(".jump-link").is_visible()


def test_a_date_filter_message_wraps_under_its_field_at_800px(page, live_server):
    log_in(page, live_server, CHECKER)
    page.set_viewport_size({"width": 800, "height": 900})
    page.goto(f"{live_server.url}/search?q=harga&date_from=2024-03-01&date_to=2024-01-01")
    start, end = (page.locator(s).bounding_box() for s in ("#date_from", "#date_to"))
    assert page.locator("#date_to-errors").is_visible()
    assert abs(end["width"] - start["width"]) < 2, "the message does not stretch its field"
    assert abs(end["y"] - start["y"]) < 2, "the two date boxes stay on one line"


def test_my_claims_at_800px_keeps_each_claim_number_on_one_line(page, live_server, claim_id):
    from workbench.extensions import db
    from workbench.models import Claim
    from workbench.services import accounts
    from workbench.services.claim_workflow import workflow
    with live_server.context():
        editor = accounts.create_user("dimas", PASSWORD, "editor")
        claim = db.session.get(Claim, claim_id)
        # Setup only: the claim as a proposal waiting for review, then the editor's return.
        claim.status, claim.assignee_id = "needs_review", accounts.find_user(CHECKER).id
        db.session.commit()
        workflow.transition(claim, "return", claim.version, editor, RETURN_COMMENT)
    log_in(page, live_server, CHECKER)
    page.set_viewport_size({"width": 800, "height": 900})
    page.goto(f"{live_server.url}/claims/mine")
    assert page.locator(".returned-note").is_visible()
    number = page.locator(f'td a[href="/claims/{claim_id}"]').first
    assert number.inner_text() == f"#{claim_id}"
    assert number.evaluate("el => el.getClientRects().length") == 1, "one line box"
    assert page.evaluate("document.documentElement.scrollWidth") <= 800


RETURN_COMMENT = ("Angka dari dinas belum cocok dengan rilis resmi bulan itu; tolong bandingkan "
                  "dengan tabel harga mingguan dan jelaskan selisihnya di rasional.")
