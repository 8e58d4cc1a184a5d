"""Write transactions that read the rows they change under a lock.

SQLite: a transaction that reads and then writes fails with "database is locked" when another
process commits in between (its snapshot is stale, and waiting cannot fix that), while
``BEGIN IMMEDIATE`` takes the write lock first, waiting up to the busy timeout, so what it reads
next is current (../shared/NOTES.md, "Web and data safety"). Only write paths do this: the
driver keeps its default mode, in which plain reads take no lock at all.
PostgreSQL: ``SELECT ... FOR UPDATE`` on the rows to change.

A row read once under the lock is not read again in the same transaction: a view that loads
the claim it changes with ``load_for_writing`` saves the service's second read (each statement
is a round trip that, beside a busy indexer thread, also waits for the GIL).
"""
from __future__ import annotations

from sqlalchemy.orm import Session

from workbench.extensions import db

LOCKED = "rows_read_under_the_write_lock"


def lock_for_writing(*objects) -> None:
    """Start the write transaction and reload ``objects`` inside it (those not already read
    under it); the caller commits or rolls back. Unsaved changes to reloaded objects are
    discarded."""
    session = db.session()
    _begin_writing(session)
    locked = _locked(session)
    for obj in objects:
        if obj not in locked:
            session.refresh(obj, with_for_update=True)
            locked.add(obj)


def load_for_writing(model, ident):
    """Start the write transaction and read one row inside it (current, and locked on
    PostgreSQL); None when there is no such row."""
    session = db.session()
    known = session.identity_map.get(session.identity_key(model, ident))
    if known is not None:
        # Refreshed, not loaded again: a load refuses a row whose version moved on.
        lock_for_writing(known)
        return known
    _begin_writing(session)
    obj = session.get(model, ident, with_for_update=True)
    if obj is not None:
        _locked(session).add(obj)
    return obj


def _begin_writing(session: Session) -> None:
    if session.get_bind().dialect.name == "sqlite":
        driver = session.connection().connection.driver_connection
        # Already inside a transaction that wrote: it holds the write lock, reads are current.
        if not driver.in_transaction:
            driver.execute("BEGIN IMMEDIATE")
    else:
        session.connection()


def _locked(session: Session) -> set:
    """The objects read under this transaction's lock (forgotten when it ends)."""
    transaction = session.get_transaction()
    held = session.info.get(LOCKED)
    if held is None or held[0] is not transaction:
        held = session.info[LOCKED] = (transaction, set())
    return held[1]
