"""Read-only queries behind the articles list and the dashboard."""
from __future__ import annotations

from dataclasses import dataclass

from flask import current_app
from sqlalchemy import func, or_, select
from wtforms import SelectChoice

from workbench.extensions import db
from workbench.models import Article, Claim, ClaimHistory, ClaimStatus, User


def fill_filter_choices(form) -> None:
    """Outlets and importers that actually occur, for the list's filter menus."""
    outlets = db.session.scalars(select(Article.outlet).where(Article.outlet.is_not(None))
                                 .distinct().order_by(Article.outlet)).all()
    form.outlet.choices = [SelectChoice("", "Any"), *(SelectChoice(o) for o in outlets)]
    users = db.session.execute(select(User.id, User.username).join(
        Article, Article.imported_by_id == User.id).distinct().order_by(User.username)).all()
    form.importer.choices = [SelectChoice("", "Anyone"),
                             *(SelectChoice(str(i), name) for i, name in users)]


def filtered_page(form, page: int):
    """One page of articles, newest import first, narrowed by the valid filters."""
    query = select(Article).order_by(Article.created_at.desc(), Article.id.desc())
    if form.outlet.data:
        query = query.where(Article.outlet == form.outlet.data)
    if form.language.data:
        query = query.where(Article.language == form.language.data)
    if form.published_from.data and not form.published_from.errors:
        query = query.where(Article.published >= form.published_from.data)
    if form.published_to.data and not form.published_to.errors:
        query = query.where(Article.published <= form.published_to.data)
    if (form.importer.data or "").isdigit():
        query = query.where(Article.imported_by_id == int(form.importer.data))
    return db.paginate(query, page=max(page, 1), per_page=current_app.config["ARTICLES_PER_PAGE"],
                       error_out=False)


def claim_counts(article_ids: list[int]) -> dict[int, int]:
    """Claims shown per article (merged-away ones are not counted)."""
    rows = db.session.execute(select(Claim.article_id, func.count()).where(
        Claim.article_id.in_(article_ids), Claim.merged_into_id.is_(None))
        .group_by(Claim.article_id)).all()
    return dict(rows)


@dataclass
class Dashboard:
    counts: dict[str, int]
    my_articles: list[Article]
    my_claims: list[Claim]


def dashboard(user: User, limit: int = 8) -> Dashboard:
    """Claims by status over the whole workbench, and the user's own recent work."""
    rows = db.session.execute(select(Claim.status, func.count()).where(
        Claim.merged_into_id.is_(None)).group_by(Claim.status)).all()
    counts = {s.value: 0 for s in ClaimStatus} | dict(rows)
    mine = db.session.scalars(select(Article).where(Article.imported_by_id == user.id)
                              .order_by(Article.created_at.desc(), Article.id.desc())
                              .limit(limit)).all()
    return Dashboard(counts, list(mine), _recently_edited(user, limit))


def _recently_edited(user: User, limit: int) -> list[Claim]:
    # Saving an import "creates" the splitter's claims: that is not correcting them.
    latest = (select(ClaimHistory.claim_id, func.max(ClaimHistory.id).label("last"))
              .join(Claim, Claim.id == ClaimHistory.claim_id)
              .where(ClaimHistory.user_id == user.id,
                     or_(ClaimHistory.action != "created", Claim.origin == "manual"))
              .group_by(ClaimHistory.claim_id).subquery())
    return list(db.session.scalars(select(Claim).join(latest, latest.c.claim_id == Claim.id)
                                   .order_by(latest.c.last.desc()).limit(limit)).all())
