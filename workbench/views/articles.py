"""Articles: import (preview, then save), the list, and the article page."""
from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user

from workbench.extensions import db
from workbench.forms.articles import ArticleFilterForm, ImportForm, PreviewForm
from workbench.forms.claims import AddClaimForm
from workbench.models import Article
from workbench.services import article_queries, importing
from workbench.views.access import login_required
from workbench.views.article_layout import layout
from workbench.views.import_flow import draft_from_form, preview_form_for, redo_draft

bp = Blueprint("articles", __name__, url_prefix="/articles")
bp.add_app_template_filter(lambda status: STATUS_LABELS.get(status, status), "status_label")
STATUS_LABELS = {"in_progress": "in progress", "needs_review": "needs review",
                 "not_checkworthy": "not check-worthy"}


@bp.get("/")
@login_required
def index():
    form = ArticleFilterForm(request.args)
    article_queries.fill_filter_choices(form)
    form.validate()
    page = article_queries.filtered_page(form, request.args.get("page", 1, type=int))
    return render_template("articles/index.html", form=form, page=page,
                           counts=article_queries.claim_counts([a.id for a in page.items]),
                           filters={k: v for k, v in request.args.items() if k != "page" and v})


@bp.route("/import", methods=["GET", "POST"])
@login_required
def new():
    form = ImportForm()
    if not form.validate_on_submit():
        return render_template("articles/import.html", form=form), 400 if form.errors else 200
    try:
        draft = draft_from_form(form)
    except importing.DuplicateArticle as dup:
        return _to_existing(dup.article)
    except importing.ImportProblem as problem:
        flash(str(problem), "error")
        return render_template("articles/import.html", form=form), 422
    return render_template("articles/preview.html", form=preview_form_for(draft), draft=draft)


@bp.post("/import/save")
@login_required
def save():
    form = PreviewForm()
    try:
        draft = redo_draft(form)
    except importing.DuplicateArticle as dup:
        return _to_existing(dup.article)
    except importing.ImportProblem as problem:
        flash(str(problem), "error")
        return redirect(url_for("articles.new"))
    if not form.validate_on_submit():
        return render_template("articles/preview.html", form=form, draft=draft), 400
    try:
        result = importing.save_draft(draft, form.corrections(), current_user)
    except importing.DuplicateArticle as dup:
        return _to_existing(dup.article)
    flash(_SAVED[result.outcome], "success")
    return redirect(url_for("articles.show", article_id=result.article.id))


@bp.get("/<int:article_id>")
@login_required
def show(article_id: int):
    article = db.get_or_404(Article, article_id)
    shown = [c for c in article.claims if c.anchored and c.merged_into_id is None]
    return render_template("articles/show.html", article=article, claims=article.claims,
                           blocks=layout(article.text, shown, article.boilerplate or []),
                           dismissed={c.id for c in shown if c.status == "not_checkworthy"},
                           add_form=AddClaimForm())


@bp.get("/<int:article_id>/revisions/<int:number>")
@login_required
def revision(article_id: int, number: int):
    article = db.get_or_404(Article, article_id)
    earlier = next((r for r in article.revisions if r.number == number), None)
    if earlier is None:
        abort(404)
    return render_template("articles/revision.html", article=article, revision=earlier)


_SAVED = {"created": "Article imported.",
          "updated": "A new version of this article was imported; its claims were "
                     "re-anchored (see the flags on any whose text is gone)."}


def _to_existing(article: Article):
    flash("This article was imported before: here it is.", "info")
    return redirect(url_for("articles.show", article_id=article.id))
