"""Claims whose search document must be rewritten: the outbox of the search index.

A row is written in the same transaction as the change it announces (see
``services/search_sync.py``), so a committed change always has its row and a rolled-back
one never does. The indexer deletes rows only after the index has committed them: a
batch cut short by a crash is simply done again.
"""
import datetime as dt

from sqlalchemy import Index, String
from sqlalchemy.orm import Mapped, mapped_column

from workbench.extensions import db
from workbench.models.base import created_at_column

UPSERT, DELETE = "upsert", "delete"


class SearchOutbox(db.Model):
    __tablename__ = "search_outbox"
    __table_args__ = (Index("ix_search_outbox_claim_id", "claim_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # No foreign key: a row must be able to outlive its claim, to remove it from the index.
    claim_id: Mapped[int]
    op: Mapped[str] = mapped_column(String(8), default=UPSERT)
    created_at: Mapped[dt.datetime] = created_at_column()
