"""The work lists as pages: the review queue costs the same number of SQL statements however
many claims wait in it."""
import contextlib
import re

from sqlalchemy import event

from tests.workbench.workflow_helpers import (  # noqa: F401  (fixtures)
    article, ctx, make_claim, people, scale)
from tests.workbench.services.test_claim_queues import link
from workbench.extensions import db
from workbench.services.claim_workflow import workflow


@contextlib.contextmanager
def counted_statements():
    statements: list[str] = []

    def count(conn, cursor, statement, parameters, context, executemany):
        statements.append(statement)
    event.listen(db.engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", count)


def queue_page_statements(client) -> tuple[int, int]:
    """(claims shown, SQL statements run) for one request of the review queue."""
    db.session.expire_all()     # nothing fresh in the session: the page loads what it shows
    with counted_statements() as statements:
        page = client.get("/review").get_data(as_text=True)
    return page.count('class="card review-item"'), len(statements)


def queue_claims(make_claim, people, how_many: int) -> None:
    for n in range(how_many):
        claim = make_claim("needs_review")
        link(claim, people, f"https://sumber{claim.id}.example/data", "supports")


def test_the_review_queue_page_does_not_query_per_claim(client, login, make_claim, people):
    assert login("eka").status_code == 302
    queue_claims(make_claim, people, 2)
    shown, with_two = queue_page_statements(client)
    assert shown == 2
    queue_claims(make_claim, people, 6)
    shown, with_eight = queue_page_statements(client)
    assert shown == 8 and with_eight == with_two


def test_each_queued_claim_has_its_own_field_ids_and_labels(client, login, make_claim):
    first, second = make_claim("needs_review"), make_claim("needs_review")
    assert login("eka").status_code == 302
    page = client.get("/review").get_data(as_text=True)
    ids = re.findall(r'\sid="([^"]+)"', page)
    assert len(ids) == len(set(ids)), "an id used twice sends a label to another claim's field"
    for claim in (first, second):
        item = page[page.index(f'id="review-{claim.id}"'):]
        item = item[:item.index("</article>")]
        for target in re.findall(r'<label for="([^"]+)"', item):
            assert f'id="{target}"' in item
        assert 'name="return-note"' in item and 'name="approve-version"' in item


def test_my_claims_says_which_were_sent_back_and_why(client, login, make_claim, people):
    returned, taken = make_claim("needs_review"), make_claim("in_progress")
    workflow.transition(returned, "return", 1, people.eka, "Sumber angka belum jelas.")
    assert login("sari").status_code == 302
    page = client.get("/claims/mine").get_data(as_text=True)
    rows = {claim.id: page[page.index(f'href="/claims/{claim.id}"'):] for claim in (returned, taken)}
    first = rows[returned.id][:rows[returned.id].index("</tr>")]
    assert "Returned by eka" in first and "Sumber angka belum jelas." in first
    assert "Returned by" not in rows[taken.id][:rows[taken.id].index("</tr>")]


def test_a_claim_is_taken_from_the_unassigned_list_and_the_list_comes_back(
        client, login, make_claim, people):
    first, second = make_claim("new"), make_claim("new")
    assert login("sari").status_code == 302
    page = client.get("/claims/unassigned").get_data(as_text=True)
    assert page.count('>Take it<span class="visually-hidden">') == 2
    response = client.post(f"/claims/{second.id}/take", data={
        "take-version": 1, "next": "/claims/unassigned?page=1"})
    assert response.status_code == 302 and response.location.endswith("/claims/unassigned?page=1")
    db.session.expire_all()
    assert (first.assignee_id, second.assignee_id) == (None, people.sari.id)
    assert f"Claim #{second.id}: The claim is yours." in client.get(
        "/claims/unassigned").get_data(as_text=True)


def test_an_admin_sees_the_unassigned_list_without_take_buttons(client, login, make_claim):
    make_claim("new")
    assert login("adi").status_code == 302
    page = client.get("/claims/unassigned").get_data(as_text=True)
    assert "/take" not in page and "Take it" not in page
