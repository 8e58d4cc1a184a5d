"""Evidence links on the claim page: add (with a new or known source), edit, remove."""
from __future__ import annotations

from flask import Blueprint, flash, redirect, url_for
from flask_login import current_user

from workbench.extensions import db
from workbench.forms.evidence import EditEvidenceForm, EvidenceForm, RemoveEvidenceForm
from workbench.models import Claim, Evidence
from workbench.services import evidence as evidence_service
from workbench.services import sources
from workbench.services.evidence import EvidenceProblem
from workbench.services.sources import SourceProblem
from workbench.views.access import login_required
from workbench.views.claim_page import render_claim_page

bp = Blueprint("evidence", __name__)


@bp.post("/claims/<int:claim_id>/evidence")
@login_required
def add(claim_id: int):
    claim = db.get_or_404(Claim, claim_id)
    form = EvidenceForm(prefix="evidence")
    if not form.validate_on_submit():
        return render_claim_page(claim, panels={"evidence_form": form}), 400
    try:
        snapshot = sources.take_snapshot(form.url.data) if form.fetch_snapshot.data else None
        _link, created = evidence_service.add_evidence(
            claim, current_user, form.source_details(), form.link_details(), snapshot)
    except (SourceProblem, EvidenceProblem) as problem:
        form.form_errors.append(str(problem))
        return render_claim_page(claim, panels={"evidence_form": form}), 422
    flash("Evidence linked." if created else "That link was already there.",
          "success" if created else "info")
    return _back(claim.id)


@bp.post("/evidence/<int:evidence_id>/edit")
@login_required
def edit(evidence_id: int):
    evidence = db.get_or_404(Evidence, evidence_id)
    form = EditEvidenceForm(prefix=f"edit-{evidence.id}")
    if form.validate_on_submit():
        try:
            evidence_service.edit_evidence(evidence, current_user, form.link_details())
            flash("Evidence updated.", "success")
            return _back(evidence.claim_id)
        except EvidenceProblem as problem:
            form.form_errors.append(str(problem))
    return _page_with(evidence, "edit_evidence_forms", form)


@bp.post("/evidence/<int:evidence_id>/remove")
@login_required
def remove(evidence_id: int):
    evidence = db.get_or_404(Evidence, evidence_id)
    form = RemoveEvidenceForm(prefix=f"remove-{evidence.id}")
    if form.validate_on_submit():
        try:
            evidence_service.remove_evidence(evidence, current_user, form.reason.data or "")
            flash("Evidence removed; it stays in the claim's history.", "success")
            return _back(evidence.claim_id)
        except EvidenceProblem as problem:
            form.form_errors.append(str(problem))
    return _page_with(evidence, "remove_evidence_forms", form)


def _page_with(evidence: Evidence, panel: str, form):
    """The claim page with this link's form as the user sent it, errors shown."""
    return render_claim_page(evidence.claim, panels={panel: {evidence.id: form}}), 422


def _back(claim_id: int):
    return redirect(url_for("claims.show", claim_id=claim_id, _anchor="evidence"))
