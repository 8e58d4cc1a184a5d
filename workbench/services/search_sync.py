"""Announcing changes to the search index: outbox rows written by session events.

After each flush, the claims whose search document may have changed (a claim itself; the
notes and evidence of a claim; an article's title, outlet, URL, date or language; a
source's title or publisher) get a ``search_outbox`` row, inserted on the flush's own
connection, so it commits or rolls back with the change (the warehouse / h pattern in
STYLE.md). No service has to remember it. After a commit that wrote rows, the indexer is
woken; it reads the documents from the database, so the rows only name claims.

Bulk ``update()``/``delete()`` statements bypass flushes: `flask search check` repairs what
they leave behind.
"""
from __future__ import annotations

from flask import current_app, has_app_context
from sqlalchemy import event, insert, inspect, select
from sqlalchemy.orm import Session

from workbench.models import (Article, Claim, ClaimHistory, ClaimMatch, ClaimVector, Evidence,
                              SearchOutbox, Source)
from workbench.models.base import utcnow
from workbench.models.search_outbox import DELETE, UPSERT

ARTICLE_FIELDS = ("title", "outlet", "url", "published", "language")
SOURCE_FIELDS = ("title", "publisher")
# Rows that name a claim but are not part of its search document.
UNTRACKED = (ClaimHistory, ClaimMatch, ClaimVector, SearchOutbox)
WROTE = "search_outbox_written"


def changed_claims(session: Session) -> dict[int, str]:
    """{claim id: op} for what this flush changed (called in ``after_flush``)."""
    ops: dict[int, str] = {}
    for obj in session.new | session.dirty:
        if obj in session.dirty and not session.is_modified(obj, include_collections=False):
            continue
        for claim_id in _claims_of(session, obj):
            ops.setdefault(claim_id, UPSERT)
    for obj in session.deleted:
        if isinstance(obj, Claim):
            ops[obj.id] = DELETE
        else:
            for claim_id in _claims_of(session, obj):
                ops.setdefault(claim_id, UPSERT)
    return ops


def _claims_of(session: Session, obj) -> list[int]:
    if isinstance(obj, Claim):
        return [obj.id]
    if isinstance(obj, Article):
        if obj in session.new or not _changed(obj, ARTICLE_FIELDS):
            return []       # a new article's claims are new claims
        return list(session.connection().scalars(
            select(Claim.id).where(Claim.article_id == obj.id)))
    if isinstance(obj, Source):
        if obj in session.new or not _changed(obj, SOURCE_FIELDS):
            return []
        return list(session.connection().scalars(
            select(Evidence.claim_id).where(Evidence.source_id == obj.id)))
    claim_id = getattr(obj, "claim_id", None)
    if isinstance(obj, UNTRACKED) or not isinstance(claim_id, int):
        return []
    old = inspect(obj).attrs.claim_id.history.deleted     # moved to another claim
    return [claim_id, *(i for i in old if isinstance(i, int))]


def _changed(obj, fields) -> bool:
    state = inspect(obj)
    return any(state.attrs[name].history.has_changes() for name in fields)


@event.listens_for(Session, "after_flush")
def _write_outbox(session, flush_context):
    ops = changed_claims(session)
    if not ops:
        return
    now = utcnow()
    session.connection().execute(insert(SearchOutbox.__table__), [
        {"claim_id": claim_id, "op": op, "created_at": now} for claim_id, op in ops.items()])
    session.info[WROTE] = True


@event.listens_for(Session, "after_commit")
def _wake_indexer(session):
    if session.info.pop(WROTE, False) and has_app_context():
        from workbench.services.search_runtime import runtime
        runtime(current_app._get_current_object()).changes_committed()


@event.listens_for(Session, "after_rollback")
def _forget(session):
    # The outbox rows went with the rollback; nothing to index.
    session.info.pop(WROTE, None)
