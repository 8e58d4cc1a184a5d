"""A person's decision on a suggested similar claim: the same claim, or not."""
import datetime as dt

from sqlalchemy import DateTime, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from workbench.extensions import db
from workbench.models.base import created_at_column, utcnow

CONFIRMED, DISMISSED = "confirmed", "dismissed"


class ClaimMatch(db.Model):
    """``claim`` states the same fact as ``other`` (confirmed), or the suggestion of
    ``other`` for ``claim`` was dismissed. One row per pair; a new decision replaces the
    old one, and every decision is also in the claim's history."""
    __tablename__ = "claim_match"
    __table_args__ = (UniqueConstraint("claim_id", "other_id",
                                       name="uq_claim_match_claim_id_other_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claim.id", ondelete="RESTRICT"),
                                          index=True)
    other_id: Mapped[int] = mapped_column(ForeignKey("claim.id", ondelete="RESTRICT"),
                                          index=True)
    decision: Mapped[str] = mapped_column(String(16))
    score: Mapped[float | None]
    decided_by_id: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="RESTRICT"))
    created_at: Mapped[dt.datetime] = created_at_column()
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow,
                                                    onupdate=utcnow)

    claim = relationship("Claim", foreign_keys=[claim_id])
    other = relationship("Claim", foreign_keys=[other_id])
    decided_by = relationship("User")
