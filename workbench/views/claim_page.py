"""The claim page and its correction forms, shared by every correction view."""
from __future__ import annotations

from flask import abort, render_template
from sqlalchemy import select
from wtforms import SelectChoice

from workbench.extensions import db
from workbench.forms.claims import DetailsForm, MergeForm, SpanForm, SplitForm, StatusForm
from workbench.models import Claim
from workbench.services.transactions import load_for_writing

FORMS = {"span": SpanForm, "details": DetailsForm, "merge": MergeForm, "split": SplitForm,
         "dismiss": StatusForm, "restore": StatusForm}


def claim_forms(claim: Claim, only: str, form_class):
    """The submitted form named ``only`` (its fields are prefixed by the name, so the page can
    hold every form without clashing ids), with its choices set."""
    form = form_class(prefix=only)
    if only == "merge":
        form.others.choices = _merge_choices(claim)
    return form


def claim_to_change(claim_id: int, locked: bool = True) -> Claim:
    """The claim a correction or move will change, read under the write lock so that the
    service need not read it again (services/transactions.py); 404 when there is none.
    ``locked=False`` for a merge: it locks its claims itself, in id order."""
    if not locked:
        return db.get_or_404(Claim, claim_id)
    return load_for_writing(Claim, claim_id) or abort(404)


def render_claim_page(claim: Claim, panels: dict | None = None, **submitted):
    """``panels``: submitted forms of the page's other sections (evidence, notes), by the
    variable name their partial template reads."""
    forms = {name: submitted.get(name) or _blank(name, claim) for name in FORMS}
    history = sorted(claim.history, key=lambda row: row.id, reverse=True)
    return render_template("claims/show.html", claim=claim, article=claim.article,
                           forms=forms, history=history, **(panels or {}))


def render_conflict(current: Claim, name: str, form):
    """Both versions: the claim as it is now, and the user's form as typed; the form now
    carries the current version, so sending it again applies it over the other change."""
    form.version.data = str(current.version)
    if name == "merge":
        form.others.choices = _merge_choices(current)
    return render_template("claims/conflict.html", claim=current, article=current.article,
                           name=name, form=form)


def _blank(name: str, claim: Claim):
    form = FORMS[name](formdata=None, prefix=name, version=str(claim.version))
    if name == "span":
        form.start.data, form.end.data = claim.start, claim.end
    elif name == "details":
        form.fill_from(claim)
    elif name == "merge":
        form.others.choices = _merge_choices(claim)
    elif name == "split":
        form.offset.data = _middle(claim)
    return form


def _merge_choices(claim: Claim) -> list[SelectChoice]:
    others = db.session.scalars(select(Claim).where(
        Claim.article_id == claim.article_id, Claim.id != claim.id, Claim.anchored.is_(True),
        Claim.merged_into_id.is_(None)).order_by(Claim.start)).all()
    return [SelectChoice(f"{c.id}:{c.version}", f"#{c.id} {_excerpt(c.text)}") for c in others]


def _middle(claim: Claim) -> int:
    """A sensible default split point: the first sentence-like break inside the claim."""
    for mark in (". ", "; ", ", "):
        at = claim.text.find(mark, 1)
        if 0 < at < len(claim.text) - 2:
            return claim.start + at + len(mark)
    return claim.start + len(claim.text) // 2


def _excerpt(text: str, size: int = 90) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"
