"""Corrections of the splitter's claims. Each one checks the version the user saw (optimistic
locking), changes the claim and writes its history rows in one transaction.

Nothing here deletes: a merged claim points to the claim it was merged into, a dismissed one
has the status ``not_checkworthy``; ``restore`` undoes either.
"""
from __future__ import annotations

import string

from sqlalchemy.orm.exc import StaleDataError

from workbench.extensions import db
from workbench.models import Article, Claim, ClaimStatus, User
from workbench.services.claim_records import record, record_created
from workbench.services.transactions import lock_for_writing

DETAIL_FIELDS = ("source", "types", "quantities", "dates")
GAP_CHARS = set(string.whitespace + string.punctuation + "“”‘’–—…")


class EditConflict(Exception):
    """Someone changed the claim since the user loaded it."""

    def __init__(self, claim: Claim):
        super().__init__(f"claim {claim.id} was changed by someone else")
        self.claim = claim


class EditRejected(ValueError):
    """The correction does not make sense; the message is fit to show to the user."""


def add_claim(article: Article, start: int, end: int, user: User, note: str = "") -> Claim:
    """A claim the splitter missed, from a selection ``article.text[start:end]``."""
    # Under the write lock, like every correction: the text is current (a new version may
    # have been saved since the page was read) and the write cannot fail on a stale read.
    lock_for_writing(article)
    start, end = _trimmed_span(article.text, start, end)
    claim = Claim(article=article, start=start, end=end, text=article.text[start:end],
                  origin="manual", created_by_id=user.id)
    db.session.add(claim)
    record_created(claim, user, note or "added from a selection")
    _commit(claim)
    return claim


def adjust_span(claim: Claim, version: int, start: int, end: int, user: User,
                note: str = "") -> Claim:
    _check(claim, version)
    start, end = _trimmed_span(claim.article.text, start, end)
    _set_span(claim, start, end, user, "edited", note)
    _commit(claim)
    return claim


def edit_details(claim: Claim, version: int, user: User, note: str = "", **values) -> Claim:
    """Change any of source, types, quantities, dates; one history row per changed field."""
    _check(claim, version)
    for name in DETAIL_FIELDS:
        if name in values:
            _set(claim, name, values[name], user, "edited", note)
    _commit(claim)
    return claim


def merge(claims: list[Claim], versions: dict[int, int], user: User, note: str = "") -> Claim:
    """Merge adjacent or overlapping claims into the first; the others point to it."""
    ordered = _mergeable(claims, versions)
    survivor, others = ordered[0], ordered[1:]
    names = ", ".join(f"#{c.id}" for c in others)
    end = max(c.end for c in ordered)
    _set_span(survivor, survivor.start, end, user, "merged", note or f"merged with {names}")
    for name in ("types", "dates", "quantities", "entities"):
        _set(survivor, name, _union(getattr(c, name) for c in ordered), user, "merged", names)
    if not survivor.source:
        _set(survivor, "source", next((c.source for c in others if c.source), None),
             user, "merged", names)
    for other in others:
        _set(other, "merged_into_id", survivor.id, user, "merged",
             note or f"merged into #{survivor.id}")
    _commit(*ordered)
    return survivor


def split(claim: Claim, version: int, offset: int, user: User, note: str = "") -> Claim:
    """Cut the claim at ``offset`` (into the article text); returns the new second part."""
    _check(claim, version)
    if not claim.start < offset < claim.end:
        raise EditRejected("The split point must fall inside the claim.")
    text = claim.article.text
    first, second = _trimmed_span(text, claim.start, offset), _trimmed_span(text, offset, claim.end)
    part = Claim(article=claim.article, start=second[0], end=second[1],
                 text=text[second[0]:second[1]], types=list(claim.types), score=claim.score,
                 source=claim.source, dates=list(claim.dates), origin="manual",
                 quantities=[q for q in claim.quantities if q.get("start", 0) >= offset],
                 entities=[e for e in claim.entities if e.get("start", 0) >= offset],
                 created_by_id=user.id)
    db.session.add(part)
    db.session.flush()
    record_created(part, user, note or f"split from #{claim.id}")
    _set(claim, "quantities", [q for q in claim.quantities if q.get("start", 0) < offset],
         user, "split", f"split off #{part.id}")
    _set(claim, "entities", [e for e in claim.entities if e.get("start", 0) < offset],
         user, "split", f"split off #{part.id}")
    _set_span(claim, *first, user, "split", note or f"split off #{part.id}")
    _commit(claim, part)
    return part


def dismiss(claim: Claim, version: int, user: User, note: str = "") -> Claim:
    """Mark as not check-worthy; ``restore`` brings it back. A status change: the workflow
    makes it (services/claim_workflow.py)."""
    return _workflow().transition(claim, "dismiss", version, user, note)


def restore(claim: Claim, version: int, user: User, note: str = "") -> Claim:
    """Undo a merge (the claim shows again) or a dismissal (its earlier status returns)."""
    if claim.merged_into_id is None and claim.status == ClaimStatus.NOT_CHECKWORTHY.value:
        return _workflow().transition(claim, "restore", version, user, note)
    _check(claim, version)
    if claim.merged_into_id is None:
        raise EditRejected("Only a dismissed or merged claim can be restored.")
    _set(claim, "merged_into_id", None, user, "restored", note or "unmerged")
    _commit(claim)
    return claim


def _workflow():
    # Imported here: the workflow module builds on this one's exceptions.
    from workbench.services.claim_workflow import workflow
    return workflow


def _check(claim: Claim, version: int) -> None:
    # Compared under the write lock (re-read), so a concurrent writer waits rather than
    # failing with "database is locked" (services/transactions.py).
    lock_for_writing(claim)
    if claim.version != version:
        raise EditConflict(claim)


def _commit(*claims: Claim) -> None:
    try:
        db.session.commit()
    except StaleDataError:
        # Another request committed between our check and our write.
        db.session.rollback()
        raise EditConflict(db.session.get(Claim, claims[0].id)) from None


def _set(claim: Claim, name: str, value, user: User, action: str, note: str | None) -> None:
    old = getattr(claim, name)
    if old == value:
        return
    setattr(claim, name, value)
    record(claim, user, action, name, old, value, note or None)


def _set_span(claim: Claim, start: int, end: int, user: User, action: str, note: str) -> None:
    old = [claim.start, claim.end]
    if old == [start, end]:
        return
    claim.start, claim.end = start, end
    claim.text = claim.article.text[start:end]
    claim.anchored = True
    record(claim, user, action, "span", old, [start, end], note or None)


def _trimmed_span(text: str, start: int, end: int) -> tuple[int, int]:
    if not 0 <= start < end <= len(text):
        raise EditRejected("The selection is outside the article text.")
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        raise EditRejected("The selection holds no text.")
    return start, end


def _mergeable(claims: list[Claim], versions: dict[int, int]) -> list[Claim]:
    if len(claims) < 2:
        raise EditRejected("Choose at least two claims to merge.")
    for claim in sorted(claims, key=lambda c: c.id):   # one lock order: no deadlock
        _check(claim, versions.get(claim.id, -1))
    if len({c.article_id for c in claims}) > 1 or any(c.merged_into_id or not c.anchored
                                                      for c in claims):
        raise EditRejected("Only claims shown in the same article can be merged.")
    ordered = sorted(claims, key=lambda c: (c.start, c.end))
    text, reach = ordered[0].article.text, ordered[0].end
    for claim in ordered[1:]:
        if claim.start > reach and not set(text[reach:claim.start]) <= GAP_CHARS:
            raise EditRejected("Only adjacent or overlapping claims can be merged.")
        reach = max(reach, claim.end)
    return ordered


def _union(lists) -> list:
    merged = []
    for items in lists:
        merged.extend(item for item in items if item not in merged)
    return merged
