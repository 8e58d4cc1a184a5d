"""Sources: the list (search by URL, title or publisher) and one source with its claims."""
from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for

from workbench.extensions import db
from workbench.forms.evidence import SourceSearchForm
from workbench.models import Source
from workbench.services import sources
from workbench.services.sources import SourceProblem
from workbench.views.access import login_required

bp = Blueprint("sources", __name__)


@bp.get("/sources")
@login_required
def index():
    form = SourceSearchForm(request.args)
    query = (form.q.data or "").strip() if form.validate() else ""
    found = sources.search_sources(query)
    return render_template("sources/index.html", form=form, sources=found, query=query,
                           claim_counts=sources.claim_counts(found))


@bp.get("/sources/<int:source_id>")
@login_required
def show(source_id: int):
    source = db.get_or_404(Source, source_id)
    return render_template("sources/show.html", source=source,
                           claims=sources.claims_served(source))


@bp.post("/sources/<int:source_id>/snapshot")
@login_required
def snapshot(source_id: int):
    source = db.get_or_404(Source, source_id)
    try:
        sources.refresh_snapshot(source)
        flash("Snapshot saved.", "success")
    except SourceProblem as problem:
        flash(str(problem), "error")
    return redirect(url_for("sources.show", source_id=source.id))
