"""Read-only lists of the workflow: my claims, unassigned claims, the editors' review queue and
an article's scorecard."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import joinedload

from workbench.extensions import db
from workbench.models import Article, Claim, ClaimStatus, Evidence, User, Verdict

OPEN = (ClaimStatus.IN_PROGRESS.value, ClaimStatus.NEEDS_REVIEW.value)
PAGE_SIZE = 50


@dataclass(frozen=True)
class QueueItem:
    claim: Claim
    evidence: int


@dataclass(frozen=True)
class Scorecard:
    total: int
    checked: int                         # published
    by_status: dict[str, int]
    verdicts: list[tuple[Verdict, int]]  # published claims per verdict, in scale order


def _shown():
    return Claim.merged_into_id.is_(None)


def my_claims(user: User) -> list[Claim]:
    """Open claims assigned to ``user``: returned ones (in progress) first, oldest first."""
    return list(db.session.scalars(
        select(Claim).where(Claim.assignee_id == user.id, Claim.status.in_(OPEN), _shown())
        .options(joinedload(Claim.article), joinedload(Claim.verdict))
        .order_by(Claim.status, Claim.updated_at, Claim.id)))


def unassigned(page: int = 1) -> list[Claim]:
    """Claims nobody has taken, most check-worthy first; ``PAGE_SIZE`` a page."""
    waiting = (ClaimStatus.NEW.value, ClaimStatus.IN_PROGRESS.value)
    return list(db.session.scalars(
        select(Claim).where(Claim.assignee_id.is_(None), Claim.status.in_(waiting), _shown())
        .options(joinedload(Claim.article))
        .order_by(Claim.score.desc(), Claim.id)
        .limit(PAGE_SIZE + 1).offset((max(page, 1) - 1) * PAGE_SIZE)))


def review_queue() -> list[QueueItem]:
    """Claims awaiting review, the longest waiting first, with their evidence count."""
    evidence = (select(func.count(Evidence.id))
                .where(Evidence.claim_id == Claim.id, Evidence.removed_at.is_(None))
                .correlate(Claim).scalar_subquery())
    rows = db.session.execute(
        select(Claim, evidence).where(Claim.status == ClaimStatus.NEEDS_REVIEW.value, _shown())
        .options(joinedload(Claim.article), joinedload(Claim.verdict),
                 joinedload(Claim.proposed_by))
        .order_by(Claim.proposed_at, Claim.id))
    return [QueueItem(claim, count) for claim, count in rows]


def scorecard(article: Article) -> Scorecard:
    statuses = dict(db.session.execute(
        select(Claim.status, func.count(Claim.id))
        .where(Claim.article_id == article.id, _shown()).group_by(Claim.status)).all())
    verdicts = db.session.execute(
        select(Verdict, func.count(Claim.id)).join(Claim, Claim.verdict_id == Verdict.id)
        .where(Claim.article_id == article.id, _shown(),
               Claim.status == ClaimStatus.PUBLISHED.value)
        .group_by(Verdict.id).order_by(Verdict.sort_order, Verdict.id)).all()
    return Scorecard(total=sum(statuses.values()),
                     checked=statuses.get(ClaimStatus.PUBLISHED.value, 0),
                     by_status=statuses, verdicts=[(v, n) for v, n in verdicts])
