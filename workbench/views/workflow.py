"""The verification workflow on a claim: take, assign, unassign, propose, approve, return,
reopen. Each view is form -> ClaimWorkflow.transition -> redirect; what a move requires is
checked by the service (services/claim_workflow.py)."""
from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy import select

from workbench.extensions import db
from workbench.forms.workflow import AssignForm, CommentForm, MoveForm, ProposeForm
from workbench.models import Claim, User, Verdict
from workbench.services import claim_history, verdict_scale
from workbench.services.claim_edits import EditConflict, EditRejected
from workbench.services.claim_workflow import (ASSIGNABLE_ROLES, MOVES, Details, MoveForbidden,
                                               return_comment, workflow)
from workbench.services.evidence import evidence_count
from workbench.views.access import roles_required
from workbench.views.claim_page import claim_to_change, render_claim_page
from workbench.views.redirects import is_same_host

bp = Blueprint("workflow", __name__)
FORMS = {"take": MoveForm, "assign": AssignForm, "unassign": MoveForm, "propose": ProposeForm,
         "approve": MoveForm, "return": CommentForm, "reopen": CommentForm}
DONE = {"take": "The claim is yours.", "assign": "Claim assigned.",
        "unassign": "Nobody is assigned now.", "propose": "Verdict proposed for review.",
        "approve": "Verdict published.", "return": "Returned to the fact-checker.",
        "reopen": "Reopened."}


def allowed(name: str):
    """Access declared from the transition table: the roles that may make the move."""
    return roles_required(*MOVES[name].roles)


@bp.post("/claims/<int:claim_id>/take")
@allowed("take")
def take(claim_id: int):
    return _move(claim_id, "take")


@bp.post("/claims/<int:claim_id>/assign")
@allowed("assign")
def assign(claim_id: int):
    return _move(claim_id, "assign", lambda form: Details(
        assignee=db.session.get(User, form.assignee.data)))


@bp.post("/claims/<int:claim_id>/unassign")
@allowed("unassign")
def unassign(claim_id: int):
    return _move(claim_id, "unassign")


@bp.post("/claims/<int:claim_id>/propose")
@allowed("propose")
def propose(claim_id: int):
    return _move(claim_id, "propose", lambda form: Details(
        verdict=db.session.get(Verdict, form.verdict.data),
        rationale=form.rationale.data or ""))


@bp.post("/claims/<int:claim_id>/approve")
@allowed("approve")
def approve(claim_id: int):
    return _move(claim_id, "approve")


@bp.post("/claims/<int:claim_id>/return", endpoint="return")
@allowed("return")
def return_(claim_id: int):
    return _move(claim_id, "return")


@bp.post("/claims/<int:claim_id>/reopen")
@allowed("reopen")
def reopen(claim_id: int):
    return _move(claim_id, "reopen")


def _move(claim_id: int, name: str, details=lambda form: Details()):
    """Validate, transition, redirect (to ``next`` when the form came from a list); a failure
    shows the claim page, or the conflict page, with the form as typed."""
    claim = claim_to_change(claim_id)
    form = make_form(name, claim)
    if not form.validate_on_submit():
        db.session.rollback()       # nothing to write: free the lock while the page renders
        return _page(claim, name, form), 400
    try:
        workflow.transition(claim, name, form.seen_version, current_user,
                            form.note.data or "", details(form))
    except EditConflict as conflict:
        form.version.data = str(conflict.claim.version)
        return render_template("workflow/conflict.html", claim=conflict.claim, name=name,
                               move=MOVES[name], form=form), 409
    except EditRejected as problem:
        form.form_errors.append(str(problem))
        return _page(claim, name, form), 403 if isinstance(problem, MoveForbidden) else 422
    target = request.form.get("next")
    if target and is_same_host(target):
        # Back in a list of many claims: say which one moved.
        flash(f"Claim #{claim_id}: {DONE[name]}", "success")
        return redirect(target)
    flash(DONE[name], "success")
    return redirect(url_for("claims.show", claim_id=claim_id))   # no reload after commit


def _page(claim: Claim, name: str, form):
    return render_claim_page(claim, panels={"workflow_submitted": {name: form}})


def make_form(name: str, claim: Claim, blank: bool = False):
    """The move's form, its fields prefixed by the move's name; blank ones carry the claim's
    current version and, for a proposal, the verdict and rationale drafted so far."""
    extra = {"formdata": None, "version": str(claim.version)} if blank else {}
    if blank and name == "propose":
        extra.update(verdict=claim.verdict_id, rationale=claim.rationale or "")
    form = FORMS[name](prefix=name, **extra)
    if name == "assign":
        form.assignee.choices = [(u.id, f"{u.name} ({u.role})") for u in _assignable()]
    elif name == "propose":
        form.verdict.choices = [(v.id, f"{v.label_id} / {v.label_en}")
                                for v in verdict_scale.scale(active_only=True)]
    return form


def _assignable() -> list[User]:
    return list(db.session.scalars(select(User).where(
        User.active.is_(True), User.role.in_(ASSIGNABLE_ROLES)).order_by(User.username)))


@bp.app_template_global()
def workflow_panel(claim: Claim, submitted: dict | None = None) -> dict:
    """What the claim page's workflow section shows: the moves this user may try, each with
    its form (the submitted one after a failure), the evidence count, and the editor's
    comment while a returned claim is back with the fact-checker."""
    submitted = submitted or {}
    moves = [m for m in workflow.moves_for(claim, current_user) if m.name in DONE]
    # A refused form is shown with its message even when its move is not on offer now.
    moves += [MOVES[name] for name in submitted if MOVES[name] not in moves]
    return {"moves": moves, "evidence": evidence_count(claim), "returned": return_comment(claim),
            "forms": {m.name: submitted.get(m.name) or make_form(m.name, claim, blank=True)
                      for m in moves}}


@bp.app_template_global()
def claim_timeline(rows):
    return claim_history.timeline(rows)
