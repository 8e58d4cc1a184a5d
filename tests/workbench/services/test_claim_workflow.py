"""The transition table, move by move, status by status, role by role; the rules each move
carries (four eyes, evidence, comments, assignment); version conflicts."""
import pytest
from sqlalchemy import select

from tests.workbench.workflow_helpers import (  # noqa: F401  (fixtures)
    article, ctx, make_claim, people, scale)
from workbench.extensions import db
from workbench.models import ClaimHistory, ClaimStatus, Evidence
from workbench.services.claim_edits import EditConflict, EditRejected
from workbench.services.claim_workflow import (MOVES, Details, MoveForbidden, return_comment,
                                               return_comments, workflow)

FC, ED, AD = "factchecker", "editor", "admin"
ACTOR = {FC: "sari", ED: "eka", AD: "adi"}
# Written out rather than read from MOVES, so that a wrong table fails here:
# (move, status before) -> (status after, roles allowed, fields written besides status).
ALLOWED = {
    ("take", "new"): ("in_progress", {FC, ED}, ["assignee_id"]),
    ("take", "in_progress"): ("in_progress", {FC, ED}, ["assignee_id"]),
    ("assign", "new"): ("in_progress", {ED, AD}, ["assignee_id"]),
    ("assign", "in_progress"): ("in_progress", {ED, AD}, ["assignee_id"]),
    ("unassign", "in_progress"): ("in_progress", {FC, ED, AD}, ["assignee_id"]),
    ("propose", "in_progress"): ("needs_review", {FC, ED},
                                 ["verdict_id", "rationale", "proposed_by_id", "proposed_at"]),
    ("approve", "needs_review"): ("published", {ED}, ["reviewed_by_id", "published_at"]),
    ("return", "needs_review"): ("in_progress", {ED}, ["reviewed_by_id"]),
    ("reopen", "published"): ("in_progress", {ED}, []),
    ("dismiss", "new"): ("not_checkworthy", {FC, ED}, []),
    ("restore", "not_checkworthy"): ("new", {FC, ED}, []),
}
ACTIONS = {"take": "taken", "assign": "assigned", "unassign": "unassigned",
           "propose": "proposed", "approve": "published", "return": "returned",
           "reopen": "reopened", "dismiss": "dismissed", "restore": "restored"}
CASES = [(move, status.value, role) for move in ACTIONS for status in ClaimStatus
         for role in (FC, ED, AD)]


def setup_for(move: str, status: str, actor, people) -> dict:
    """Claim fields that let the move's own rules pass, so only role and status decide."""
    if status == "in_progress":
        return {"assignee_id": actor.id if move in ("unassign", "propose") else None}
    if status == "needs_review":
        return {"proposed_by_id": people.budi.id}
    return {}


def details_for(move: str, people, scale) -> Details:
    return {"assign": Details(assignee=people.budi),
            "propose": Details(verdict=scale[4], rationale="BPS: 4,97 persen.")}.get(
        move, Details())


def rows(claim) -> list[ClaimHistory]:
    return list(db.session.scalars(select(ClaimHistory).where(
        ClaimHistory.claim_id == claim.id, ClaimHistory.action != "created")
        .order_by(ClaimHistory.id)))


def test_the_table_in_the_service_is_the_table_in_this_test():
    table = {(m.name, before): (after, set(m.roles)) for m in MOVES.values()
             for before, after in m.steps.items()}
    assert table == {key: value[:2] for key, value in ALLOWED.items()}
    assert {m.name: m.action for m in MOVES.values()} == ACTIONS


@pytest.mark.parametrize("move, status, role", CASES, ids=["-".join(c) for c in CASES])
def test_transition(make_claim, people, scale, move, status, role):
    actor = getattr(people, ACTOR[role])
    claim = make_claim(status, **setup_for(move, status, actor, people))
    allowed = ALLOWED.get((move, status))
    if allowed is None or role not in allowed[1]:
        role_may = any(role in roles for (m, _), (_, roles, _) in ALLOWED.items() if m == move)
        with pytest.raises(EditRejected) as refused:
            workflow.transition(claim, move, 1, actor, "why", details_for(move, people, scale))
        assert isinstance(refused.value, MoveForbidden) == (not role_may)
        db.session.refresh(claim)
        assert (claim.status, claim.version, rows(claim)) == (status, 1, [])
        return
    after, _, fields = allowed
    workflow.transition(claim, move, 1, actor, "why", details_for(move, people, scale))
    assert (claim.status, claim.version) == (after, 2)
    written = rows(claim)
    expected_fields = (["status"] if after != status else []) + fields
    assert [(r.action, r.field) for r in written] == [(ACTIONS[move], f) for f in expected_fields]
    assert all(r.user_id == actor.id and r.note == "why" for r in written)
    if after != status:
        assert (written[0].old_value, written[0].new_value) == (status, after)


def test_editor_cannot_approve_own_verdict(make_claim, people, scale):
    claim = make_claim("in_progress", assignee_id=people.eka.id)
    workflow.transition(claim, "propose", 1, people.eka, "",
                        Details(verdict=scale[0], rationale="Sesuai data."))
    with pytest.raises(MoveForbidden, match="Four eyes"):
        workflow.transition(claim, "approve", 2, people.eka)
    workflow.transition(claim, "approve", 2, people.dewi)
    assert (claim.status, claim.reviewed_by_id) == ("published", people.dewi.id)


def test_stale_version_is_a_conflict_and_writes_nothing(make_claim, people):
    claim = make_claim("new")
    workflow.transition(claim, "take", 1, people.sari)
    with pytest.raises(EditConflict) as conflict:
        workflow.transition(claim, "unassign", 1, people.sari)
    assert conflict.value.claim.version == 2
    assert [r.action for r in rows(claim)] == ["taken", "taken"]


@pytest.mark.parametrize("change, message", [
    ({"evidence": False}, "at least one piece of evidence"),
    ({"rationale": "  "}, "rationale"),
    ({"verdict": None}, "Choose a verdict"),
    ({"inactive": True}, "Choose a verdict"),
])
def test_a_proposal_needs_verdict_rationale_and_evidence(make_claim, people, scale, change,
                                                         message):
    claim = make_claim("in_progress", evidence=change.get("evidence", True))
    verdict = change.get("verdict", scale[1])
    if change.get("inactive"):
        verdict.active = False
        db.session.commit()
    with pytest.raises(EditRejected, match=message):
        workflow.transition(claim, "propose", 1, people.sari, "", Details(
            verdict=verdict, rationale=change.get("rationale", "Karena data BPS.")))
    assert claim.status == "in_progress"


def test_removed_evidence_does_not_count(make_claim, people, scale):
    claim = make_claim("in_progress")
    for link in db.session.scalars(select(Evidence).where(Evidence.claim_id == claim.id)):
        link.removed_at = claim.created_at
    db.session.commit()
    with pytest.raises(EditRejected, match="evidence"):
        workflow.transition(claim, "propose", 1, people.sari, "",
                            Details(verdict=scale[0], rationale="x"))


@pytest.mark.parametrize("move, status", [("return", "needs_review"), ("reopen", "published")])
def test_return_and_reopen_need_a_comment(make_claim, people, move, status):
    claim = make_claim(status)
    with pytest.raises(EditRejected, match="comment"):
        workflow.transition(claim, move, 1, people.eka, "   ")


def test_reopening_keeps_the_published_verdict_in_history(make_claim, people, scale):
    claim = make_claim("needs_review", proposed_by_id=people.sari.id)
    workflow.transition(claim, "approve", 1, people.eka)
    workflow.transition(claim, "reopen", 2, people.eka, "New BPS figures")
    published = [r for r in rows(claim) if r.action == "published"]
    assert published[0].new_value == "published" and claim.status == "in_progress"
    assert claim.verdict_id == scale[4].id, "the verdict stays as the draft of the next round"


def test_a_factchecker_acts_only_on_own_or_open_claims(make_claim, people, scale):
    claim = make_claim("in_progress", assignee_id=people.budi.id)
    with pytest.raises(MoveForbidden):
        workflow.transition(claim, "unassign", 1, people.sari)
    with pytest.raises(MoveForbidden):
        workflow.transition(claim, "propose", 1, people.sari, "",
                            Details(verdict=scale[0], rationale="x"))
    with pytest.raises(EditRejected, match="already assigned"):
        workflow.transition(claim, "take", 1, people.sari)
    workflow.transition(claim, "unassign", 1, people.eka)
    assert claim.assignee_id is None


@pytest.mark.parametrize("who", ["adi", "budi-inactive", "nobody"])
def test_assign_only_to_active_factcheckers_and_editors(make_claim, people, who):
    claim = make_claim("new")
    person = {"adi": people.adi, "budi-inactive": people.budi, "nobody": None}[who]
    if who == "budi-inactive":
        people.budi.active = False
        db.session.commit()
    with pytest.raises(EditRejected, match="active fact-checker"):
        workflow.transition(claim, "assign", 1, people.eka, "", Details(assignee=person))


def test_merged_claims_have_no_moves(make_claim, people):
    survivor = make_claim("new")
    merged = make_claim("new", merged_into_id=survivor.id)
    assert workflow.moves_for(merged, people.eka) == []
    with pytest.raises(EditRejected, match="merged"):
        workflow.transition(merged, "take", 1, people.sari)


def test_moves_offered_follow_role_and_status(make_claim, people):
    claim = make_claim("needs_review")
    assert [m.name for m in workflow.moves_for(claim, people.eka)] == ["approve", "return"]
    assert workflow.moves_for(claim, people.sari) == []


# What follows a return, move by move (who moves, the comment): the return comment shown after.
AFTER_RETURN = {
    "only the return": ([], "Cite the BPS table itself."),
    "reassigned while back in progress": ([("assign", "eka", "")], "Cite the BPS table itself."),
    "proposed again": ([("propose", "sari", "")], None),
    "returned a second time": ([("propose", "sari", ""), ("return", "dewi", "Tabel 2, bukan 3.")],
                               "Tabel 2, bukan 3."),
    "published after all": ([("propose", "sari", ""), ("approve", "dewi", "")], None),
    "reopened after publication": ([("propose", "sari", ""), ("approve", "dewi", ""),
                                    ("reopen", "eka", "Angka BPS direvisi.")], None),
}


@pytest.mark.parametrize("moves, shown", AFTER_RETURN.values(), ids=AFTER_RETURN.keys())
def test_return_comment_is_the_latest_return_while_the_claim_is_back(make_claim, people, scale,
                                                                     moves, shown):
    claim = make_claim("needs_review")
    workflow.transition(claim, "return", 1, people.eka, "Cite the BPS table itself.")
    for move, who, note in moves:
        details = Details(verdict=scale[4], rationale="BPS says 4.97 percent.",
                          assignee=people.budi)
        workflow.transition(claim, move, claim.version, getattr(people, who), note, details)
    comment = return_comment(claim)
    assert (comment.note if comment else None) == shown
    in_a_list = return_comments([claim, make_claim("in_progress")])
    assert {i: row.note for i, row in in_a_list.items()} == ({claim.id: shown} if shown else {})


def test_no_return_comment_on_a_claim_never_returned(make_claim, people):
    claim = make_claim("new")
    workflow.transition(claim, "take", 1, people.sari)
    assert return_comment(claim) is None
