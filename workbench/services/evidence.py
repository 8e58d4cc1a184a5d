"""Evidence: a claim linked to a source with a stance, the quoted passage and a note.

Every change (add, edit, remove) writes a ``claim_history`` row in the same transaction.
Removing a link marks it (``removed_at``) instead of deleting it, so what a verdict rested on
stays on record; adding the identical link again brings the marked row back.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import joinedload

from workbench.extensions import db
from workbench.models import Claim, Evidence, User
from workbench.models.base import utcnow
from workbench.models.evidence import STANCES
from workbench.services import sources
from workbench.services.claim_records import record
from workbench.services.sources import Snapshot, SourceDetails, SourceProblem
from workbench.services.transactions import lock_for_writing

QUOTE_MAX = 800    # the quote is part of a unique index: PostgreSQL caps index rows (~2.7 kB)
NOTE_MAX = 4000
SPACES = re.compile(r"\s+")


class EvidenceProblem(ValueError):
    """The link cannot be made or changed; the message is fit to show to the user."""


@dataclass(frozen=True)
class LinkDetails:
    stance: str
    quote: str = ""
    note: str = ""


def add_evidence(claim: Claim, user: User, source: SourceDetails, link: LinkDetails,
                 snapshot: Snapshot | None = None) -> tuple[Evidence, bool]:
    """Link ``claim`` to the source at ``source.url`` (found or created); commits.
    Returns (link, created): an identical link already there is returned, not doubled."""
    link = _checked(link)
    # The claim's row lock makes "is this link there already?" and the insert one step.
    lock_for_writing(claim)
    try:
        found = sources.find_or_create(source, user)
    except SourceProblem as exc:
        db.session.rollback()
        raise EvidenceProblem(str(exc)) from exc
    if snapshot is not None:
        sources.apply_snapshot(found, snapshot)
    evidence, created = _link(claim, found, user, link)
    claim_id, source_id = claim.id, found.id
    try:
        db.session.commit()
    except IntegrityError:
        # The same link was saved by someone else meanwhile: theirs is the one.
        db.session.rollback()
        return _find(claim_id, source_id, link), False
    return evidence, created


def edit_evidence(evidence: Evidence, user: User, link: LinkDetails) -> Evidence:
    """Change stance, quote or note of a link; one history row with before and after."""
    link = _checked(link)
    lock_for_writing(evidence)
    _check_active(evidence)
    other = _find(evidence.claim_id, evidence.source_id, link)
    if other is not None and other.id != evidence.id:
        db.session.rollback()
        raise EvidenceProblem("The claim already has a link to this source with that stance "
                              "and quote.")
    old = describe(evidence)
    evidence.stance, evidence.quote, evidence.note = link.stance, link.quote, link.note
    if describe(evidence) != old:
        record(evidence.claim, user, "evidence_edited", "evidence", old, describe(evidence))
    db.session.commit()
    return evidence


def remove_evidence(evidence: Evidence, user: User, reason: str = "") -> Evidence:
    """Take the link off the claim; the row and its history stay."""
    lock_for_writing(evidence)
    _check_active(evidence)
    evidence.removed_at, evidence.removed_by_id = utcnow(), user.id
    record(evidence.claim, user, "evidence_removed", "evidence", describe(evidence), None,
           reason.strip() or None)
    db.session.commit()
    return evidence


def evidence_count(claim: Claim) -> int:
    """How many links the claim has now (removed ones not counted)."""
    return db.session.scalar(select(func.count(Evidence.id)).where(
        Evidence.claim_id == claim.id, Evidence.removed_at.is_(None))) or 0


def active_evidence(claim: Claim) -> list[Evidence]:
    return list(db.session.scalars(
        select(Evidence).where(Evidence.claim_id == claim.id, Evidence.removed_at.is_(None))
        .order_by(Evidence.id)))


def active_evidence_of(claim_ids: list[int]) -> dict[int, list[Evidence]]:
    """The links of many claims by claim id, in one query, their sources loaded with them
    (a list of claims then shows what each rests on without a query per claim)."""
    if not claim_ids:
        return {}
    found: dict[int, list[Evidence]] = {}
    for link in db.session.scalars(
            select(Evidence).where(Evidence.claim_id.in_(claim_ids),
                                   Evidence.removed_at.is_(None))
            .options(joinedload(Evidence.source)).order_by(Evidence.id)):
        found.setdefault(link.claim_id, []).append(link)
    return found


def evidence_by_stance(claim: Claim) -> dict[str, list[Evidence]]:
    """The claim's links grouped supports / refutes / context, in that order."""
    return group_by_stance(active_evidence(claim))


def group_by_stance(links: list[Evidence]) -> dict[str, list[Evidence]]:
    """``links`` grouped supports / refutes / context, in that order."""
    groups: dict[str, list[Evidence]] = {stance: [] for stance in STANCES}
    for evidence in links:
        groups[evidence.stance].append(evidence)
    return groups


def describe(evidence: Evidence) -> dict:
    """What the history row keeps of a link: enough to show it after the source changes."""
    return {"evidence_id": evidence.id, "source_id": evidence.source_id,
            "url": evidence.source.url if evidence.source else None,
            "stance": evidence.stance, "quote": evidence.quote, "note": evidence.note}


def clean_quote(quote: str) -> str:
    """Quotes pasted twice differ in white space only; one space makes them one link."""
    return SPACES.sub(" ", quote or "").strip()


def _checked(link: LinkDetails) -> LinkDetails:
    if link.stance not in STANCES:
        raise EvidenceProblem("Choose whether the source supports, refutes or gives context.")
    quote, note = clean_quote(link.quote), (link.note or "").strip()
    if len(quote) > QUOTE_MAX:
        raise EvidenceProblem(f"Quote at most {QUOTE_MAX} characters; say more in the note.")
    if len(note) > NOTE_MAX:
        raise EvidenceProblem(f"The note is longer than {NOTE_MAX} characters.")
    return LinkDetails(link.stance, quote, note)


def _link(claim: Claim, source, user: User, link: LinkDetails) -> tuple[Evidence, bool]:
    evidence = _find(claim.id, source.id, link)
    if evidence is not None and evidence.removed_at is None:
        return evidence, False
    if evidence is None:
        evidence = Evidence(claim=claim, source=source, stance=link.stance, quote=link.quote,
                            note=link.note, created_by_id=user.id)
        db.session.add(evidence)
    else:
        evidence.removed_at, evidence.removed_by_id, evidence.note = None, None, link.note
    db.session.flush()
    record(claim, user, "evidence_added", "evidence", None, describe(evidence))
    return evidence, True


def _find(claim_id: int, source_id: int, link: LinkDetails) -> Evidence | None:
    return db.session.scalar(select(Evidence).where(
        Evidence.claim_id == claim_id, Evidence.source_id == source_id,
        Evidence.stance == link.stance, Evidence.quote == link.quote))


def _check_active(evidence: Evidence) -> None:
    if evidence.removed_at is not None:
        db.session.rollback()
        raise EvidenceProblem("That link was removed already.")
