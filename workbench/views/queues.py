"""Work lists: my claims, unassigned claims, and the editors' review queue."""
from __future__ import annotations

from flask import Blueprint, render_template, request
from flask_login import current_user

from workbench.models import Role
from workbench.services import claim_queues, claim_workflow
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
    return render_template("queues/unassigned.html", claims=claims[:claim_queues.PAGE_SIZE],
                           page=page, more=len(claims) > claim_queues.PAGE_SIZE)


@bp.get("/review")
@roles_required(Role.EDITOR)
def review():
    items = claim_queues.review_queue()
    forms = {item.claim.id: _review_forms(item.claim) for item in items}
    return render_template("queues/review.html", items=items, forms=forms)


def _review_forms(claim) -> dict:
    """The approve and return forms of one queued claim. Many claims share the page, so their
    ids (and the labels that point at them) carry the claim's id; the names stay the ones the
    move's view reads."""
    forms = {name: make_form(name, claim, blank=True) for name in ("approve", "return")}
    for form in forms.values():
        for field in form:
            field.id = f"claim-{claim.id}-{field.id}"
            field.label.field_id = field.id
    return forms


@bp.app_template_global()
def article_scorecard(article):
    return claim_queues.scorecard(article)
