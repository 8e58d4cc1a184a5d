"""Write transactions that read the rows they change under a lock.

SQLite: a transaction that reads and then writes fails with "database is locked" when another
process commits in between (its snapshot is stale, and waiting cannot fix that), while
``BEGIN IMMEDIATE`` takes the write lock first, waiting up to the busy timeout, so what it reads
next is current (../shared/NOTES.md, "Web and data safety"). Only write paths do this: the
driver keeps its default mode, in which plain reads take no lock at all.
PostgreSQL: ``SELECT ... FOR UPDATE`` on the rows to change.
"""
from __future__ import annotations

from workbench.extensions import db


def lock_for_writing(*objects) -> None:
    """Start the write transaction and reload ``objects`` inside it; the caller commits or
    rolls back. Unsaved changes to ``objects`` are discarded by the reload."""
    session = db.session
    if session.get_bind().dialect.name == "sqlite":
        driver = session.connection().connection.driver_connection
        # Already inside a transaction that wrote: it holds the write lock, reads are current.
        if not driver.in_transaction:
            driver.execute("BEGIN IMMEDIATE")
    for obj in objects:
        session.refresh(obj, with_for_update=True)
