"""Decisions on suggested similar claims: "the same claim" or "not the same"."""
from __future__ import annotations

from sqlalchemy import select

from workbench.extensions import db
from workbench.models import Claim, ClaimMatch, User
from workbench.models.claim_match import CONFIRMED, DISMISSED
from workbench.services.claim_records import record

DECISIONS = (CONFIRMED, DISMISSED)
DONE = {CONFIRMED: "Recorded: the same claim as #{other}.",
        DISMISSED: "Suggestion #{other} dismissed."}


class MatchRejected(ValueError):
    """The decision makes no sense; the message is fit to show to the user."""


def decide(claim: Claim, other: Claim, decision: str, user: User,
           score: float | None = None) -> ClaimMatch:
    """Record ``decision`` on ``other`` as a match for ``claim``, with a history row;
    commits. A later decision on the same pair replaces the earlier one."""
    if decision not in DECISIONS:
        raise MatchRejected("Unknown decision.")
    if claim.id == other.id or claim.article_id == other.article_id:
        raise MatchRejected("Only claims from other articles can be matched.")
    match = db.session.scalars(select(ClaimMatch).where(
        ClaimMatch.claim_id == claim.id, ClaimMatch.other_id == other.id)).first()
    old = match.decision if match else None
    if old == decision:
        return match
    if match is None:
        match = ClaimMatch(claim_id=claim.id, other_id=other.id)
        db.session.add(match)
    match.decision, match.score, match.decided_by_id = decision, score, user.id
    record(claim, user, "matched" if decision == CONFIRMED else "match dismissed", "match",
           _describe(other, old), _describe(other, decision))
    db.session.commit()
    return match


def confirmed_matches(claim: Claim) -> list[Claim]:
    """The claims confirmed as the same as ``claim`` (its prior verifications)."""
    return list(db.session.scalars(
        select(Claim).join(ClaimMatch, ClaimMatch.other_id == Claim.id)
        .where(ClaimMatch.claim_id == claim.id, ClaimMatch.decision == CONFIRMED)
        .order_by(ClaimMatch.updated_at.desc())))


def _describe(other: Claim, decision: str | None):
    return None if decision is None else {"claim": other.id, "decision": decision}
