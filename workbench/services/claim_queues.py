"""Read-only lists of the workflow: my claims, unassigned claims, the editors' review queue and
an article's scorecard."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import joinedload

from workbench.extensions import db
from workbench.models import Article, Claim, ClaimStatus, Evidence, User, Verdict
from workbench.services import evidence

OPEN = (ClaimStatus.IN_PROGRESS.value, ClaimStatus.NEEDS_REVIEW.value)
PAGE_SIZE = 50


@dataclass(frozen=True)
class QueueItem:
    claim: Claim
    evidence: dict[str, list[Evidence]]  # active links by stance: supports, refutes, context
    evidence_count: int


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
    """Claims awaiting review, the longest waiting first, each with the evidence it rests on:
    two queries however long the queue is."""
    claims = list(db.session.scalars(
        select(Claim).where(Claim.status == ClaimStatus.NEEDS_REVIEW.value, _shown())
        .options(joinedload(Claim.article), joinedload(Claim.verdict),
                 joinedload(Claim.proposed_by))
        .order_by(Claim.proposed_at, Claim.id)))
    links = evidence.active_evidence_of([claim.id for claim in claims])
    return [_queue_item(claim, links.get(claim.id, [])) for claim in claims]


def _queue_item(claim: Claim, links: list[Evidence]) -> QueueItem:
    return QueueItem(claim, evidence.group_by_stance(links), len(links))


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
