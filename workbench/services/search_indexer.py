"""Draining the search outbox into the index: one writer, in batches, crash-safe.

A batch is: read the oldest outbox rows, read those claims' documents from the database,
write them to the index in one Whoosh commit, and only then delete the rows (by id, so a
row written meanwhile for the same claim stays and is done again). A process killed
mid-batch leaves its rows, and the next drain redoes them; upserts make that harmless.

One drainer at a time across processes: ``drain.lock`` (an ``flock``, released by the
kernel if its holder dies) beside the index. A process that finds it taken skips its turn:
the holder drains until the outbox is empty. Whoosh's own writer lock is never met
unprepared (``ClaimIndex`` queues writers on ``write.lock``).
"""
from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import threading
from collections.abc import Callable

from flask import Flask
from sqlalchemy import delete, select

from workbench.extensions import db
from workbench.models import SearchOutbox
from workbench.search import ClaimIndex
from workbench.services import search_documents

BATCH = 500
POLL_SECONDS = 1.0      # rows committed by other processes are seen within this
# After a wake-up, wait this long so a burst of saves becomes one batch (one Whoosh commit,
# ~50-150 ms at 100k claims, instead of one per save); search still sees a save within ~1 s.
SETTLE_SECONDS = 0.3

log = logging.getLogger(__name__)


def drain_batch(index: ClaimIndex, batch: int = BATCH,
                after_index: Callable[[list[int]], None] | None = None) -> int:
    """Index the oldest ``batch`` outbox rows and delete them; returns how many rows."""
    rows = db.session.execute(select(SearchOutbox.id, SearchOutbox.claim_id)
                              .order_by(SearchOutbox.id).limit(batch)).all()
    if not rows:
        db.session.rollback()
        return 0
    claim_ids = sorted({claim_id for _, claim_id in rows})
    docs, gone = search_documents.docs_for(claim_ids)
    index.apply(upserts=docs, deletes=gone)
    if after_index is not None:
        after_index(claim_ids)
    db.session.execute(delete(SearchOutbox).where(SearchOutbox.id.in_([i for i, _ in rows])))
    db.session.commit()
    return len(rows)


def drain(index: ClaimIndex, batch: int = BATCH, wait: bool = False,
          after_index=None) -> int | None:
    """Drain the outbox until empty; None when another process holds the drain lock and
    ``wait`` is false. Returns the number of rows done."""
    with drain_lock(index.folder, wait) as held:
        if not held:
            return None
        done = 0
        while n := drain_batch(index, batch, after_index):
            done += n
        return done


def pending() -> int:
    """Rows waiting in the outbox."""
    from sqlalchemy import func
    return db.session.scalar(select(func.count()).select_from(SearchOutbox)) or 0


@contextlib.contextmanager
def drain_lock(folder: str, wait: bool):
    os.makedirs(folder, exist_ok=True)
    fd = os.open(os.path.join(folder, "drain.lock"), os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


class BackgroundIndexer:
    """A daemon thread of the web process that drains the outbox after commits (woken by
    ``search_sync``) and every POLL_SECONDS (rows from other processes, or left by a crash).
    """

    def __init__(self, app: Flask, poll: float = POLL_SECONDS):
        self.app, self.poll = app, poll
        self._wake, self._stop = threading.Event(), threading.Event()
        self._thread = threading.Thread(target=self._run, name="search-indexer", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def wake(self) -> None:
        self._wake.set()

    def stop(self, timeout: float = 10) -> None:
        self._stop.set()
        self._wake.set()
        self._thread.join(timeout)

    def _run(self) -> None:
        while not self._stop.is_set():
            self._wake.clear()
            self.run_once()
            if self._wake.wait(self.poll):
                self._stop.wait(SETTLE_SECONDS)

    def run_once(self) -> int | None:
        from workbench.services import similar_claims
        from workbench.services.search_runtime import runtime
        try:
            with self.app.app_context():
                search = runtime(self.app)
                return drain(search.index, after_index=similar_claims.refresh_vectors)
        except Exception:       # keep the thread alive; the rows stay for the next turn
            log.exception("search indexing failed; will retry")
            return None
