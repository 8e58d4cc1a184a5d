"""Claim corrections: add from a selection, adjust the span, edit details, merge, split,
dismiss and restore. Every change goes through ``services/claim_edits.py``."""
from __future__ import annotations

from flask import Blueprint, flash, redirect, request, url_for
from flask_login import current_user

from workbench.extensions import db
from workbench.forms.claims import AddClaimForm, DetailsForm, MergeForm, SpanForm, SplitForm, \
    StatusForm
from workbench.models import Article, Claim
from workbench.services import claim_edits
from workbench.views.access import login_required
from workbench.views.claim_page import claim_forms, claim_to_change, render_claim_page, \
    render_conflict
from workbench.views.redirects import safe_next

bp = Blueprint("claims", __name__)


@bp.post("/articles/<int:article_id>/claims")
@login_required
def add(article_id: int):
    article = db.get_or_404(Article, article_id)
    form = AddClaimForm()
    if not form.validate_on_submit():
        flash("Select some text in the article first.", "error")
        return redirect(url_for("articles.show", article_id=article.id))
    try:
        claim = claim_edits.add_claim(article, form.start.data, form.end.data, current_user,
                                      form.note.data or "")
    except claim_edits.EditRejected as problem:
        flash(str(problem), "error")
        return redirect(url_for("articles.show", article_id=article.id))
    flash(f"Claim #{claim.id} added.", "success")
    return redirect(url_for("articles.show", article_id=article.id, _anchor=f"claim-{claim.id}"))


@bp.get("/claims/<int:claim_id>")
@login_required
def show(claim_id: int):
    return render_claim_page(db.get_or_404(Claim, claim_id))


@bp.post("/claims/<int:claim_id>/span")
@login_required
def adjust_span(claim_id: int):
    return _correct(claim_id, "span", SpanForm, lambda c, f: claim_edits.adjust_span(
        c, f.seen_version, f.start.data, f.end.data, current_user, f.note.data))


@bp.post("/claims/<int:claim_id>/details")
@login_required
def edit_details(claim_id: int):
    return _correct(claim_id, "details", DetailsForm, lambda c, f: claim_edits.edit_details(
        c, f.seen_version, current_user, f.note.data, **f.values(c)))


@bp.post("/claims/<int:claim_id>/merge")
@login_required
def merge(claim_id: int):
    return _correct(claim_id, "merge", MergeForm, lambda c, f: claim_edits.merge(
        [c, *(db.get_or_404(Claim, i) for i in f.versions())],
        {c.id: f.seen_version, **f.versions()}, current_user, f.note.data))


@bp.post("/claims/<int:claim_id>/split")
@login_required
def split(claim_id: int):
    return _correct(claim_id, "split", SplitForm, lambda c, f: claim_edits.split(
        c, f.seen_version, f.offset.data, current_user, f.note.data))


@bp.post("/claims/<int:claim_id>/dismiss")
@login_required
def dismiss(claim_id: int):
    return _correct(claim_id, "dismiss", StatusForm, lambda c, f: claim_edits.dismiss(
        c, f.seen_version, current_user, f.note.data))


@bp.post("/claims/<int:claim_id>/restore")
@login_required
def restore(claim_id: int):
    return _correct(claim_id, "restore", StatusForm, lambda c, f: claim_edits.restore(
        c, f.seen_version, current_user, f.note.data))


DONE = {"span": "Span adjusted.", "details": "Details saved.", "merge": "Claims merged.",
        "dismiss": "Dismissed as not check-worthy.", "restore": "Claim restored."}


def _correct(claim_id: int, name: str, form_class, change):
    """The shared shape of a correction: validate, change through the service, then redirect;
    a stale version gives the conflict page, which keeps what the user typed."""
    claim = claim_to_change(claim_id, locked=name != "merge")
    form = claim_forms(claim, only=name, form_class=form_class)
    if not form.validate_on_submit():
        db.session.rollback()       # nothing to write: free the lock while the page renders
        return render_claim_page(claim, **{name: form}), 400
    try:
        outcome = change(claim, form)
    except claim_edits.EditConflict as conflict:
        return render_conflict(conflict.claim, name, form), 409
    except claim_edits.EditRejected as problem:
        form.form_errors.append(str(problem))
        return render_claim_page(claim, **{name: form}), 422
    flash(_done(name, outcome), "success")
    # Back to the list the form came from (the article's claims, for a dismissal), else the
    # claim page; claim_id, not claim.id: the commit expired the claim.
    return redirect(safe_next(request.form.get("next"), "claims.show", claim_id=claim_id))


def _done(name: str, outcome) -> str:
    # A split makes a claim the user has not seen yet: say which, to find it.
    if name == "split":
        return f"Claim split in two: the second part is claim #{outcome.id}."
    return DONE[name]
