"""The search page, and the decisions on suggested similar claims."""
from __future__ import annotations

import logging
from urllib.parse import urlencode

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user

from workbench.extensions import db
from workbench.forms.search import FACETS, MatchDecisionForm, SearchForm
from workbench.models import Claim
from workbench.services import claim_matching, search_pages
from workbench.views.access import login_required

bp = Blueprint("search", __name__)
log = logging.getLogger(__name__)


@bp.get("/search")
@login_required
def index():
    form = SearchForm(request.args)
    form.validate()
    page = search_pages.search(form.q.data or "", form.filters(), form.sort_key(),
                               form.page_number())
    return render_template("search/index.html", form=form, page=page, facets=FACETS,
                           links=SearchLinks(form))


class SearchLinks:
    """The links of one results page (facets, pages, claims, articles): a page has ~100 of
    them, and ``url_for`` for each was a fifth of the page's time. Each kind of link is
    built with ``url_for`` once and filled in per value."""

    def __init__(self, form: SearchForm):
        self.base = url_for("search.index")
        self.claim = _url_pattern("claims.show", "claim_id")
        self.article = _url_pattern("articles.show", "article_id")
        # This search's arguments, each already encoded: a link re-encodes only the
        # ones it changes (form.args and urlencode for each of ~60 links were 3 ms).
        self._encoded = {name: _encode(name, value) for name, value in form.args().items()}

    def search(self, **changes) -> str:
        """This search with ``changes`` to its arguments (None, "" or [] drops one)."""
        encoded = self._encoded | {name: _encode(name, value) for name, value in changes.items()}
        query = "&".join(part for part in encoded.values() if part)
        return f"{self.base}?{query}" if query else self.base


def _encode(name: str, value) -> str:
    return "" if value in ("", [], (), None) else urlencode({name: value}, doseq=True)


def _url_pattern(endpoint: str, argument: str):
    # The URL of ``endpoint`` for an integer ``argument``, without url_for each time.
    marker = "987654321"
    prefix, _, suffix = url_for(endpoint, **{argument: int(marker)}).partition(marker)
    return lambda value: f"{prefix}{int(value)}{suffix}"


@bp.post("/claims/<int:claim_id>/similar/<int:other_id>")
@login_required
def decide(claim_id: int, other_id: int):
    claim, other = db.get_or_404(Claim, claim_id), db.get_or_404(Claim, other_id)
    form = MatchDecisionForm()
    if not form.validate_on_submit():
        flash("Choose whether it is the same claim.", "error")
        return redirect(url_for("claims.show", claim_id=claim.id))
    try:
        claim_matching.decide(claim, other, form.decision.data, current_user,
                              _score(form.score.data))
    except claim_matching.MatchRejected as problem:
        flash(str(problem), "error")
        return redirect(url_for("claims.show", claim_id=claim.id))
    flash(claim_matching.DONE[form.decision.data].format(other=other.id), "success")
    return redirect(url_for("claims.show", claim_id=claim.id, _anchor="similar"))


def _score(value: str | None) -> float | None:
    try:
        return round(float(value), 4) if value else None
    except ValueError:
        return None


# ---- panels other pages include (templates/claims/_similar.html, articles/_similar.html) ----

@bp.app_template_global("similar_panel")
def similar_panel(claim: Claim) -> dict:
    """Suggestions for the claim page; a failing encoder or index hides the panel's list,
    never the claim page."""
    from workbench.services import similar_claims
    try:
        rows = similar_claims.suggestions_for(claim)
        return {"suggestions": [s for s in rows if s.likely or s.decision],
                "weaker": [s for s in rows if not (s.likely or s.decision)], "error": False}
    except similar_claims.VectorsLoading:
        return {"suggestions": [], "weaker": [], "error": False, "loading": True}
    except Exception:
        log.exception("similar claims unavailable for claim %s", claim.id)
        return {"suggestions": [], "weaker": [], "error": True}


@bp.app_template_global("preview_similar")
def preview_similar(draft) -> dict | None:
    """{"start:end": [Suggestion]} for the claims of an import draft that may have been
    checked before; None when that cannot be looked up now (so the page claims nothing)."""
    from workbench.services import similar_claims
    found = draft.analysis.claims
    try:
        lists = similar_claims.suggestions_for_texts(
            [c.text for c in found], draft.previous.id if draft.previous else None)
    except similar_claims.VectorsLoading:
        return None
    except Exception:
        log.exception("similar claims unavailable for an import preview")
        return None
    return {f"{c.start}:{c.end}": rows for c, rows in zip(found, lists) if rows}
