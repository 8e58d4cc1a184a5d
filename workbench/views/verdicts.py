"""The public page of a published verdict (no login), with its ClaimReview JSON-LD."""
from __future__ import annotations

from flask import Blueprint, abort, current_app, render_template, url_for
from sqlalchemy import select

from workbench.extensions import db
from workbench.models import Claim, ClaimStatus, Evidence
from workbench.services.claim_review import claim_review, script_json
from workbench.views.access import public

bp = Blueprint("verdicts", __name__)


@bp.get("/verdicts/<int:claim_id>")
@public
def show(claim_id: int):
    claim = db.session.get(Claim, claim_id)
    if claim is None or claim.status != ClaimStatus.PUBLISHED.value or claim.verdict is None:
        abort(404)
    url = url_for("verdicts.show", claim_id=claim.id, _external=True)
    review = claim_review(claim, url, current_app.config["NEWSROOM_NAME"],
                          current_app.config.get("NEWSROOM_URL"))
    return render_template("verdicts/show.html", claim=claim, article=claim.article,
                           evidence=_evidence(claim), json_ld=script_json(review))


def _evidence(claim: Claim) -> list[Evidence]:
    return list(db.session.scalars(select(Evidence).where(
        Evidence.claim_id == claim.id, Evidence.removed_at.is_(None)).order_by(Evidence.id)))
