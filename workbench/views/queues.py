"""Work lists: my claims, unassigned claims, and the editors' review queue."""
from __future__ import annotations

from flask import Blueprint, render_template, request
from flask_login import current_user

from workbench.models import Role
from workbench.services import claim_queues, claim_workflow
from workbench.services.claim_workflow import MOVES
from workbench.views.access import login_required, roles_required
from workbench.views.workflow import make_form

bp = Blueprint("queues", __name__)


@bp.get("/claims/mine")
@login_required
def mine():
    claims = claim_queues.my_claims(current_user)
    return render_template("queues/mine.html", claims=claims,
                           returned=claim_workflow.return_comments(claims))


@bp.get("/claims/unassigned")
@login_required
def unassigned():
    page = request.args.get("page", 1, type=int)
    claims = claim_queues.unassigned(page)
    shown = claims[:claim_queues.PAGE_SIZE]
    # Take claims from the list itself: opening each one to take it was a detour.
    may_take = current_user.role in MOVES["take"].roles
    forms = {claim.id: _with_own_ids(make_form("take", claim, blank=True), claim.id)
             for claim in shown} if may_take else {}
    return render_template("queues/unassigned.html", claims=shown, forms=forms, page=page,
                           more=len(claims) > claim_queues.PAGE_SIZE)


@bp.get("/review")
@roles_required(Role.EDITOR)
def review():
    items = claim_queues.review_queue()
    forms = {item.claim.id: _review_forms(item.claim) for item in items}
    return render_template("queues/review.html", items=items, forms=forms)


def _review_forms(claim) -> dict:
    """The approve and return forms of one queued claim."""
    return {name: _with_own_ids(make_form(name, claim, blank=True), claim.id)
            for name in ("approve", "return")}


def _with_own_ids(form, claim_id: int):
    """Many claims' forms share a list page, so their ids (and the labels that point at
    them) carry the claim's id; the names stay the ones the move's view reads."""
    for field in form:
        field.id = f"claim-{claim_id}-{field.id}"
        field.label.field_id = field.id
    return form


@bp.app_template_global()
def article_scorecard(article):
    return claim_queues.scorecard(article)
