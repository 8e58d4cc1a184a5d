"""Notes on the claim page (new threads and replies) and the notes that mention me."""
from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, url_for
from flask_login import current_user

from workbench.extensions import db
from workbench.forms.notes import NoteForm
from workbench.models import Claim, Note
from workbench.services import notes
from workbench.services.notes import NoteProblem
from workbench.views.access import login_required
from workbench.views.claim_page import render_claim_page

bp = Blueprint("notes", __name__)


@bp.post("/claims/<int:claim_id>/notes")
@login_required
def add(claim_id: int):
    claim = db.get_or_404(Claim, claim_id)
    return _save(claim, NoteForm(prefix="note"), None, "note_form")


@bp.post("/notes/<int:note_id>/reply")
@login_required
def reply(note_id: int):
    parent = db.get_or_404(Note, note_id)
    form = NoteForm(prefix=f"reply-{parent.id}")
    return _save(parent.claim, form, parent.id, "reply_forms")


@bp.get("/mentions")
@login_required
def mentions():
    found = notes.mentions_of(current_user)
    return render_template("notes/mentions.html", notes=found,
                           rendered={n.id: notes.render_note(n) for n in found})


def _save(claim: Claim, form: NoteForm, parent_id: int | None, panel: str):
    """Add the note, or show the claim page again with the form as typed and why."""
    if not form.validate_on_submit():
        return _page_with(claim, form, parent_id, panel), 400
    try:
        note = notes.add_note(claim, current_user, form.body.data, parent_id)
    except NoteProblem as problem:
        form.form_errors.append(str(problem))
        return _page_with(claim, form, parent_id, panel), 422
    flash("Note added.", "success")
    return redirect(url_for("claims.show", claim_id=claim.id, _anchor=f"note-{note.id}"))


def _page_with(claim: Claim, form: NoteForm, parent_id: int | None, panel: str):
    submitted = {parent_id: form} if panel == "reply_forms" else form
    return render_claim_page(claim, panels={panel: submitted})
