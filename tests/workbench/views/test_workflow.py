"""The workflow forms on the claim page and in the review queue: success, 400 (kept as
typed), 403 (role, four eyes), 409 (stale version, both versions shown), 422 (wrong status);
the work lists and the article scorecard."""
import re

import pytest

from tests.workbench.workflow_helpers import (  # noqa: F401  (fixtures)
    article, ctx, make_claim, people, scale)
from workbench.extensions import db
from workbench.models import Claim
from workbench.services.claim_workflow import Details, workflow


@pytest.fixture
def as_user(client, login):
    def log_in(name):
        client.post("/auth/logout")
        assert login(name).status_code == 302
        return client
    return log_in


def fresh(claim):
    db.session.expire_all()
    return claim


def test_claim_page_offers_the_moves_of_the_role_and_shows_the_timeline(make_claim, as_user):
    claim = make_claim("new")
    page = as_user("sari").get(f"/claims/{claim.id}").get_data(as_text=True)
    assert 'action="/claims/%d/take"' % claim.id in page
    assert "/approve" not in page and 'class="timeline' in page


def test_take_then_propose_through_the_forms(make_claim, as_user, scale):
    claim = make_claim("new")
    client = as_user("sari")
    assert client.post(f"/claims/{claim.id}/take", data={"take-version": 1}).status_code == 302
    response = client.post(f"/claims/{claim.id}/propose", data={
        "propose-version": 2, "propose-verdict": scale[4].id,
        "propose-rationale": "BPS: 4,97 persen."})
    assert response.status_code == 302
    assert (fresh(claim).status, claim.verdict_id) == ("needs_review", scale[4].id)


def test_a_proposal_without_rationale_is_400_and_keeps_what_was_typed(make_claim, as_user,
                                                                     scale):
    claim = make_claim("in_progress")
    response = as_user("sari").post(f"/claims/{claim.id}/propose", data={
        "propose-version": 1, "propose-verdict": scale[2].id, "propose-rationale": "",
        "propose-note": "draft <b>one</b>"})
    page = response.get_data(as_text=True)
    assert response.status_code == 400 and "Write why this verdict." in page
    assert f'<option selected value="{scale[2].id}">' in page
    assert "draft &lt;b&gt;one&lt;/b&gt;" in page


def test_a_factchecker_cannot_approve(make_claim, as_user):
    claim = make_claim("needs_review")
    response = as_user("budi").post(f"/claims/{claim.id}/approve", data={"approve-version": 1})
    assert response.status_code == 403 and fresh(claim).status == "needs_review"


def test_an_editor_cannot_approve_own_proposal_403(make_claim, as_user, people):
    claim = make_claim("needs_review", proposed_by_id=people.eka.id)
    response = as_user("eka").post(f"/claims/{claim.id}/approve", data={"approve-version": 1})
    assert response.status_code == 403 and "Four eyes" in response.get_data(as_text=True)


def test_a_stale_proposal_is_409_with_both_versions_and_the_typed_rationale(make_claim,
                                                                            as_user, people,
                                                                            scale):
    claim = make_claim("in_progress", assignee_id=people.sari.id)
    workflow.transition(claim, "assign", 1, people.eka, "", Details(assignee=people.budi))
    response = as_user("sari").post(f"/claims/{claim.id}/propose", data={
        "propose-version": 1, "propose-verdict": scale[4].id,
        "propose-rationale": "Typed <i>rationale</i>"})
    page = response.get_data(as_text=True)
    assert response.status_code == 409
    assert "budi" in page, "the claim as it is now"
    assert "Typed &lt;i&gt;rationale&lt;/i&gt;" in page, "what the user typed"
    assert re.search(r'name="propose-version" type="hidden" value="2"', page)


def test_a_move_from_the_wrong_status_is_422(make_claim, as_user):
    claim = make_claim("in_progress")
    response = as_user("eka").post(f"/claims/{claim.id}/approve", data={"approve-version": 1})
    assert response.status_code == 422 and "cannot be moved" in response.get_data(as_text=True)


def test_missing_version_is_400(make_claim, as_user):
    claim = make_claim("new")
    assert as_user("sari").post(f"/claims/{claim.id}/take", data={}).status_code == 400


def test_review_queue_oldest_first_with_verdict_evidence_and_proposer(make_claim, as_user,
                                                                      people):
    first = make_claim("needs_review", proposed_by_id=people.sari.id)
    second = make_claim("needs_review", proposed_by_id=people.budi.id)
    second.proposed_at, first.proposed_at = first.proposed_at, second.proposed_at
    db.session.commit()
    page = as_user("eka").get("/review").get_data(as_text=True)
    assert page.index(f"review-{second.id}") < page.index(f"review-{first.id}")
    assert "Keliru / False" in page and "1 link<" in page and "budi" in page


def test_approve_and_return_from_the_queue(make_claim, as_user):
    approved, returned = make_claim("needs_review"), make_claim("needs_review")
    client = as_user("eka")
    response = client.post(f"/claims/{approved.id}/approve",
                           data={"approve-version": 1, "next": "/review"})
    assert response.status_code == 302 and response.location.endswith("/review")
    empty = client.post(f"/claims/{returned.id}/return", data={"return-version": 1,
                                                               "next": "/review"})
    assert empty.status_code == 400
    client.post(f"/claims/{returned.id}/return",
                data={"return-version": 1, "return-note": "Add the BPS table", "next": "/review"})
    assert (fresh(approved).status, returned.status) == ("published", "in_progress")


def test_next_never_leaves_the_site(make_claim, as_user):
    claim = make_claim("new")
    response = as_user("sari").post(f"/claims/{claim.id}/take", data={
        "take-version": 1, "next": "https://evil.example/"})
    assert response.location.endswith(f"/claims/{claim.id}")


def test_my_claims_and_unassigned_lists(make_claim, as_user, people):
    mine = make_claim("in_progress", assignee_id=people.sari.id)
    open_claim = make_claim("new")
    others = make_claim("in_progress", assignee_id=people.budi.id)
    client = as_user("sari")
    my_page = client.get("/claims/mine").get_data(as_text=True)
    assert f"/claims/{mine.id}\"" in my_page and f"/claims/{others.id}\"" not in my_page
    unassigned = client.get("/claims/unassigned").get_data(as_text=True)
    assert f"/claims/{open_claim.id}\"" in unassigned and f"/claims/{mine.id}\"" not in unassigned


def test_article_scorecard_counts_checked_claims_and_verdicts(make_claim, as_user, article):
    make_claim("published")
    make_claim("published")
    make_claim("new")
    page = as_user("sari").get(f"/articles/{article.id}").get_data(as_text=True)
    card = page[page.index('class="scorecard"'):]
    assert "<strong>2</strong> of 3 claims checked" in card
    assert re.search(r"Keliru</span> 2", card)


def test_a_status_change_reads_its_claim_once_and_does_not_reload_it(app, make_claim,
                                                                     as_user):
    from sqlalchemy import event
    claim_id = make_claim("new").id
    client = as_user("sari")
    reads = []

    def seen(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().startswith("SELECT") and "FROM claim " in statement + " ":
            reads.append(statement)
    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        response = client.post(f"/claims/{claim_id}/dismiss", data={"dismiss-version": 1})
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
    assert response.status_code == 302 and response.location == f"/claims/{claim_id}"
    assert len(reads) == 1
    db.session.expire_all()
    assert db.session.get(Claim, claim_id).status == "not_checkworthy"


def test_the_assignee_is_not_offered_to_take_the_claim_again(make_claim, as_user, people):
    claim = make_claim("in_progress", assignee_id=people.sari.id)
    mine = as_user("sari").get(f"/claims/{claim.id}").get_data(as_text=True)
    assert f'action="/claims/{claim.id}/take"' not in mine
    assert f'action="/claims/{claim.id}/propose"' in mine
    theirs = as_user("budi").get(f"/claims/{claim.id}").get_data(as_text=True)
    assert f'action="/claims/{claim.id}/take"' in theirs


def test_work_lists_link_each_claim_to_its_place_in_the_article(make_claim, as_user, people):
    claim = make_claim("needs_review", proposed_by_id=people.sari.id)
    open_claim = make_claim("new")
    unassigned = as_user("sari").get("/claims/unassigned").get_data(as_text=True)
    assert f'href="/articles/{open_claim.article_id}#claim-{open_claim.id}"' in unassigned
    assert 'href="/claims/unassigned" aria-current="page"' in unassigned    # in the nav
    review = as_user("eka").get("/review").get_data(as_text=True)
    assert f'href="/articles/{claim.article_id}#claim-{claim.id}"' in review


def test_review_queue_heads_each_move_so_its_field_is_not_taken_for_the_other(make_claim,
                                                                             as_user):
    claim = make_claim("needs_review")
    page = as_user("eka").get("/review").get_data(as_text=True)
    publish, send_back = page.index(f'id="approve-{claim.id}"'), page.index(f'id="return-{claim.id}"')
    assert publish < page.index(f'/claims/{claim.id}/approve') < send_back
    assert send_back < page.index(f'/claims/{claim.id}/return')


def test_a_returned_claim_shows_the_editors_comment_in_the_verification_panel(make_claim,
                                                                              as_user):
    claim = make_claim("needs_review")
    as_user("eka").post(f"/claims/{claim.id}/return",
                        data={"return-version": 1, "return-note": "Cite the BPS table itself."})
    page = as_user("sari").get(f"/claims/{claim.id}").get_data(as_text=True)
    panel = page.split('id="workflow"')[1].split("</dl>")[0]
    assert "Returned by" in panel and "Cite the BPS table itself." in panel


def test_review_queue_shows_what_each_verdict_rests_on(make_claim, as_user):
    claim = make_claim("needs_review")
    page = as_user("eka").get("/review").get_data(as_text=True)
    item = page[page.index(f'id="review-{claim.id}"'):]
    evidence = item[item.index('class="plain-list review-evidence"'):item.index("</ul>")]
    assert "Refutes" in evidence and ">Inflasi Maret 2023</a>" in evidence
    assert "inflasi 4,97 persen" in evidence and "BPS" in evidence


@pytest.mark.parametrize("evidence", [False, True])
def test_the_proposal_form_says_up_front_that_it_needs_evidence(make_claim, as_user,
                                                                people, evidence):
    claim = make_claim("in_progress", evidence=evidence)
    page = as_user("sari").get(f"/claims/{claim.id}").get_data(as_text=True)
    assert f'action="/claims/{claim.id}/propose"' in page
    assert ("needs at least one piece of evidence" in page) is not evidence


def test_the_proposal_form_says_when_the_verdict_scale_is_empty(make_claim, as_user, scale):
    claim = make_claim("in_progress")
    for verdict in scale:
        verdict.active = False
    db.session.commit()
    page = as_user("sari").get(f"/claims/{claim.id}").get_data(as_text=True)
    assert "The verdict scale is empty" in page


def test_a_move_from_the_queue_says_which_claim_moved(make_claim, as_user):
    claim = make_claim("needs_review")
    client = as_user("eka")
    client.post(f"/claims/{claim.id}/approve", data={"approve-version": 1, "next": "/review"})
    assert f"Claim #{claim.id}: Verdict published." in client.get("/review").get_data(
        as_text=True)


def test_workflow_panel_carries_the_return_comment_only_while_the_claim_is_back(
        app, make_claim, people, scale):
    from flask_login import login_user

    from workbench.views.workflow import workflow_panel
    claim = make_claim("needs_review")
    workflow.transition(claim, "return", 1, people.eka, "Sumbernya siaran pers, bukan data.")
    with app.test_request_context():
        login_user(people.sari)
        assert workflow_panel(claim)["returned"].note == "Sumbernya siaran pers, bukan data."
        workflow.transition(claim, "propose", claim.version, people.sari, "",
                            Details(verdict=scale[4], rationale="BPS says 4.97 percent."))
        assert workflow_panel(claim)["returned"] is None


@pytest.mark.parametrize("move, status, data", [
    ("take", "new", {}),
    ("return", "needs_review", {"return-note": "Tabelnya salah bulan."}),
])
def test_the_conflict_page_names_the_move_it_would_send_again(make_claim, as_user, people,
                                                              move, status, data):
    claim = make_claim(status)
    claim.rationale = "Changed meanwhile."      # any saved change makes the form stale
    db.session.commit()
    response = as_user("eka").post(f"/claims/{claim.id}/{move}",
                                   data={f"{move}-version": 1, **data})
    page = response.get_data(as_text=True)
    label = {"take": "Take it", "return": "Return to the fact-checker"}[move]
    assert response.status_code == 409
    assert f"You asked to <strong>{label.lower()}</strong>" in page
    assert f">{label} now</button>" in page


def test_a_published_claim_says_when_and_by_whom_it_was_approved(make_claim, as_user, people):
    claim = make_claim("needs_review", proposed_by_id=people.sari.id)
    workflow.transition(claim, "approve", 1, people.dewi)
    page = as_user("sari").get(f"/claims/{claim.id}").get_data(as_text=True)
    panel = page.split('id="workflow"')[1].split("</dl>")[0]
    assert "<dt>Published</dt>" in panel and "approved by dewi" in panel
