"""What the claim page's evidence and notes partials read: blank forms and the rows to list
(and the blank dismiss form of each new claim in an article's list).

Registered as template globals so ``render_claim_page`` stays one call; a view that rejects a
form passes it back through ``render_claim_page(claim, panels={...})`` and the partial shows
that one, as typed, instead of a blank.
"""
from __future__ import annotations

from flask import Flask

from workbench.forms.claims import StatusForm
from workbench.forms.evidence import EditEvidenceForm, EvidenceForm, RemoveEvidenceForm
from workbench.forms.notes import NoteForm
from workbench.services import claim_context, evidence, notes, sources


def blank_evidence_form() -> EvidenceForm:
    return EvidenceForm(formdata=None, prefix="evidence")


def blank_edit_evidence_form(link) -> EditEvidenceForm:
    form = EditEvidenceForm(formdata=None, prefix=f"edit-{link.id}")
    form.fill_from(link)
    return form


def blank_remove_evidence_form(link) -> RemoveEvidenceForm:
    return RemoveEvidenceForm(formdata=None, prefix=f"remove-{link.id}")


def blank_dismiss_form(claim) -> StatusForm:
    """The article page's "Dismiss as not check-worthy" button on a new claim in its list."""
    return StatusForm(formdata=None, prefix="dismiss", version=str(claim.version))


def blank_note_form(parent=None) -> NoteForm:
    return NoteForm(formdata=None, prefix=f"reply-{parent.id}" if parent else "note")


def init_app(app: Flask) -> None:
    for function in (blank_evidence_form, blank_edit_evidence_form, blank_remove_evidence_form,
                     blank_note_form, blank_dismiss_form):
        app.add_template_global(function)
    app.add_template_global(evidence.evidence_by_stance, "evidence_by_stance")
    app.add_template_global(sources.known_urls, "known_source_urls")
    app.add_template_global(notes.thread, "note_thread")
    app.add_template_global(claim_context.around, "claim_in_context")
    app.add_template_global(claim_context.facts, "claim_facts")
