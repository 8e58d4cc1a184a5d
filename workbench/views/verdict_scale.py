"""The verdict scale: admins add, relabel, reorder and deactivate verdicts."""
from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, url_for

from workbench.extensions import db
from workbench.forms.workflow import VerdictForm
from workbench.models import Role, Verdict
from workbench.services import verdict_scale
from workbench.views.access import roles_required

bp = Blueprint("verdict_scale", __name__, url_prefix="/admin/verdicts")
admin_only = roles_required(Role.ADMIN)


@bp.get("")
@admin_only
def index():
    return _page()


@bp.post("")
@admin_only
def add():
    form = VerdictForm(prefix="new")
    return _save(form, lambda: verdict_scale.add_verdict(_details(form)), "new", form)


@bp.post("/<int:verdict_id>")
@admin_only
def update(verdict_id: int):
    verdict = db.get_or_404(Verdict, verdict_id)
    form = VerdictForm(prefix=f"v{verdict.id}")
    return _save(form, lambda: verdict_scale.update_verdict(verdict, _details(form)),
                 verdict.id, form)


def _save(form, change, key, typed):
    if form.validate_on_submit():
        try:
            verdict = change()
        except verdict_scale.ScaleProblem as problem:
            form.form_errors.append(str(problem))
        else:
            flash(f"Verdict “{verdict.label_en}” saved.", "success")
            return redirect(url_for(".index"))
    return _page({key: typed}), 400


def _page(submitted: dict | None = None):
    submitted = submitted or {}
    verdicts = verdict_scale.scale()
    forms = {v.id: submitted.get(v.id) or VerdictForm(formdata=None, prefix=f"v{v.id}", obj=v)
             for v in verdicts}
    new = submitted.get("new") or VerdictForm(formdata=None, prefix="new")
    return render_template("admin/verdicts.html", verdicts=verdicts, forms=forms, new=new)


def _details(form: VerdictForm) -> verdict_scale.VerdictDetails:
    return verdict_scale.VerdictDetails(form.label_id.data, form.label_en.data,
                                        form.value.data, form.sort_order.data,
                                        bool(form.active.data))
