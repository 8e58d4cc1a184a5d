"""How claims move through verification. ``MOVES`` is the transition table, the one place that
says which move leads from which status to which and who may make it; ``ClaimWorkflow.transition``
is the only code that changes a claim's status or its workflow fields. It checks the role, the
move, the version the user saw and the move's own rules, then writes the claim and one history
row per changed field in a single transaction.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import joinedload

from workbench.extensions import db
from workbench.models import Claim, ClaimHistory, ClaimStatus, Role, User, Verdict
from workbench.models.base import utcnow
from workbench.services.claim_edits import EditConflict, EditRejected
from workbench.services.claim_history import as_json
from workbench.services.claim_records import record
from workbench.services.evidence import evidence_count
from workbench.services.transactions import lock_for_writing

NEW, IN_PROGRESS, NEEDS_REVIEW, PUBLISHED, NOT_CHECKWORTHY = (s.value for s in ClaimStatus)
FACTCHECKER, EDITOR, ADMIN = (r.value for r in Role)
ASSIGNABLE_ROLES = (FACTCHECKER, EDITOR)


class MoveForbidden(EditRejected):
    """The user's role may not make this move (views answer 403)."""


@dataclass(frozen=True)
class Move:
    name: str
    action: str                     # written as the history rows' action
    roles: frozenset[str]
    steps: dict[str, str]           # status before -> status after
    needs_note: bool = False        # a comment or reason is part of the move
    label: str = ""
    fields: tuple[str, ...] = field(default=())   # workflow fields the move may set


MOVES: dict[str, Move] = {m.name: m for m in (
    Move("take", "taken", frozenset({FACTCHECKER, EDITOR}),
         {NEW: IN_PROGRESS, IN_PROGRESS: IN_PROGRESS}, label="Take it"),
    Move("assign", "assigned", frozenset({EDITOR, ADMIN}),
         {NEW: IN_PROGRESS, IN_PROGRESS: IN_PROGRESS}, label="Assign"),
    Move("unassign", "unassigned", frozenset({FACTCHECKER, EDITOR, ADMIN}),
         {IN_PROGRESS: IN_PROGRESS}, label="Unassign"),
    Move("propose", "proposed", frozenset({FACTCHECKER, EDITOR}),
         {IN_PROGRESS: NEEDS_REVIEW}, label="Propose verdict"),
    Move("approve", "published", frozenset({EDITOR}),
         {NEEDS_REVIEW: PUBLISHED}, label="Approve and publish"),
    Move("return", "returned", frozenset({EDITOR}),
         {NEEDS_REVIEW: IN_PROGRESS}, needs_note=True, label="Return to the fact-checker"),
    Move("reopen", "reopened", frozenset({EDITOR}),
         {PUBLISHED: IN_PROGRESS}, needs_note=True, label="Reopen"),
    Move("dismiss", "dismissed", frozenset({FACTCHECKER, EDITOR}),
         {NEW: NOT_CHECKWORTHY}, label="Dismiss as not check-worthy"),
    Move("restore", "restored", frozenset({FACTCHECKER, EDITOR}),
         {NOT_CHECKWORTHY: NEW}, label="Restore"),
)}


@dataclass(frozen=True)
class Details:
    """What a move carries besides the note: whom to assign, the verdict and its rationale."""
    assignee: User | None = None
    verdict: Verdict | None = None
    rationale: str = ""


class ClaimWorkflow:
    """Every status change and workflow field change of a claim goes through ``transition``."""

    def transition(self, claim: Claim, move_name: str, version: int, user: User,
                   note: str = "", details: Details = Details()) -> Claim:
        move = MOVES[move_name]
        if user.role not in move.roles:
            raise MoveForbidden(f"Your role may not {move.label.lower()}.")
        lock_for_writing(claim)
        try:
            self._check(claim, move, version, user, note)
            changes = {"status": move.steps[claim.status],
                       **RULES[move.name](claim, user, details)}
            self._apply(claim, move, changes, user, note.strip())
        except Exception:
            db.session.rollback()
            raise
        db.session.commit()
        return claim

    def moves_for(self, claim: Claim, user: User) -> list[Move]:
        """The moves the user may try on the claim as it is (the page offers only these); not
        taking a claim the user already has."""
        if claim.merged_into_id is not None:
            return []
        return [m for m in MOVES.values()
                if user.role in m.roles and claim.status in m.steps
                and not (m.name == "take" and claim.assignee_id == user.id)]

    def _check(self, claim: Claim, move: Move, version: int, user: User, note: str) -> None:
        if claim.version != version:
            raise EditConflict(claim)
        if claim.merged_into_id is not None:
            raise EditRejected("A merged claim follows the claim it was merged into.")
        if claim.status not in move.steps:
            raise EditRejected(f"A claim that is {claim.status.replace('_', ' ')} "
                               f"cannot be moved this way ({move.label.lower()}).")
        if move.needs_note and not note.strip():
            raise EditRejected("Say why: the comment is required.")

    def _apply(self, claim: Claim, move: Move, changes: dict, user: User, note: str) -> None:
        for name, value in changes.items():
            old = getattr(claim, name)
            if as_json(old) == as_json(value):
                continue
            setattr(claim, name, value)
            record(claim, user, move.action, name, as_json(old), as_json(value), note or None)


def return_comment(claim: Claim) -> ClaimHistory | None:
    """The editor's comment that sent the claim back, while the claim is still back in
    progress: its latest status change, when that was a return with a comment."""
    changes = [row for row in claim.history if row.field == "status"]
    return _if_returned(claim, max(changes, key=lambda row: row.id, default=None))


def return_comments(claims: list[Claim]) -> dict[int, ClaimHistory]:
    """``return_comment`` of each claim of a work list, by claim id (only those that have
    one), in one query."""
    if not claims:
        return {}
    latest = (select(func.max(ClaimHistory.id))
              .where(ClaimHistory.claim_id.in_([claim.id for claim in claims]),
                     ClaimHistory.field == "status")
              .group_by(ClaimHistory.claim_id))
    rows = {row.claim_id: row for row in db.session.scalars(
        select(ClaimHistory).where(ClaimHistory.id.in_(latest))
        .options(joinedload(ClaimHistory.user)))}
    found = {claim.id: _if_returned(claim, rows.get(claim.id)) for claim in claims}
    return {claim_id: row for claim_id, row in found.items() if row is not None}


def _if_returned(claim: Claim, latest_status_change: ClaimHistory | None) -> ClaimHistory | None:
    row = latest_status_change
    if claim.status != IN_PROGRESS or row is None:
        return None
    return row if row.action == MOVES["return"].action and row.note else None


# ---- the rules of each move: check, then return the fields it sets -----------------------

def _take(claim: Claim, user: User, details: Details) -> dict:
    if claim.assignee_id is not None:
        raise EditRejected(f"This claim is already assigned to {claim.assignee.name}.")
    return {"assignee_id": user.id}


def _assign(claim: Claim, user: User, details: Details) -> dict:
    person = details.assignee
    if person is None or not person.active or person.role not in ASSIGNABLE_ROLES:
        raise EditRejected("Choose an active fact-checker or editor.")
    if person.id == claim.assignee_id:
        raise EditRejected(f"This claim is already assigned to {person.name}.")
    return {"assignee_id": person.id}


def _unassign(claim: Claim, user: User, details: Details) -> dict:
    if claim.assignee_id is None:
        raise EditRejected("Nobody is assigned to this claim.")
    _only_the_assignee(claim, user)
    return {"assignee_id": None}


def _propose(claim: Claim, user: User, details: Details) -> dict:
    _only_the_assignee(claim, user)
    if details.verdict is None or not details.verdict.active:
        raise EditRejected("Choose a verdict from the scale.")
    if not details.rationale.strip():
        raise EditRejected("Write the rationale: why this verdict.")
    if evidence_count(claim) == 0:
        raise EditRejected("Link at least one piece of evidence before proposing a verdict.")
    return {"verdict_id": details.verdict.id, "rationale": details.rationale.strip(),
            "proposed_by_id": user.id, "proposed_at": utcnow()}


def _approve(claim: Claim, user: User, details: Details) -> dict:
    if claim.proposed_by_id == user.id:
        raise MoveForbidden("Four eyes: another editor must approve a verdict you proposed.")
    return {"reviewed_by_id": user.id, "published_at": utcnow()}


def _return(claim: Claim, user: User, details: Details) -> dict:
    return {"reviewed_by_id": user.id}


def _status_only(claim: Claim, user: User, details: Details) -> dict:
    return {}


RULES = {"take": _take, "assign": _assign, "unassign": _unassign, "propose": _propose,
         "approve": _approve, "return": _return, "reopen": _status_only,
         "dismiss": _status_only, "restore": _status_only}


def _only_the_assignee(claim: Claim, user: User) -> None:
    # Editors may act on anyone's claim; a fact-checker only on their own (or an open one).
    if user.role == FACTCHECKER and claim.assignee_id not in (None, user.id):
        raise MoveForbidden(f"This claim is assigned to {claim.assignee.name}.")


workflow = ClaimWorkflow()
