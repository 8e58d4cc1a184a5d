import datetime as dt
import enum

from sqlalchemy import JSON, DateTime, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from workbench.extensions import db
from workbench.models.base import created_at_column, utcnow


class ClaimStatus(str, enum.Enum):
    NEW = "new"
    IN_PROGRESS = "in_progress"
    NEEDS_REVIEW = "needs_review"
    PUBLISHED = "published"
    NOT_CHECKWORTHY = "not_checkworthy"


class Claim(db.Model):
    """A check-worthy assertion anchored to ``article.text[start:end]``."""
    __tablename__ = "claim"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("article.id", ondelete="RESTRICT"),
                                            index=True)
    start: Mapped[int]
    end: Mapped[int]
    text: Mapped[str] = mapped_column(Text)
    types: Mapped[list] = mapped_column(JSON, default=list)
    score: Mapped[float] = mapped_column(Float, default=0.0)
    source: Mapped[str | None] = mapped_column(String(300))
    quantities: Mapped[list] = mapped_column(JSON, default=list)
    dates: Mapped[list] = mapped_column(JSON, default=list)
    entities: Mapped[list] = mapped_column(JSON, default=list)
    status: Mapped[str] = mapped_column(String(24), default=ClaimStatus.NEW.value, index=True)
    origin: Mapped[str] = mapped_column(String(16), default="splitter")  # or "manual"
    # False when an updated article no longer contains the claim's text: flagged, never deleted.
    anchored: Mapped[bool] = mapped_column(default=True)
    # Set when merged into another claim: hidden from the article, kept, undone by clearing it.
    merged_into_id: Mapped[int | None] = mapped_column(
        ForeignKey("claim.id", ondelete="RESTRICT"), index=True)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="RESTRICT"))
    created_at: Mapped[dt.datetime] = created_at_column()
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow,
                                                    onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1, nullable=False)
    # The verification workflow (services/claim_workflow.py is the only code that sets these).
    assignee_id: Mapped[int | None] = mapped_column(
        ForeignKey("user.id", ondelete="RESTRICT"), index=True)
    verdict_id: Mapped[int | None] = mapped_column(ForeignKey("verdict.id", ondelete="RESTRICT"))
    rationale: Mapped[str | None] = mapped_column(Text)
    proposed_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="RESTRICT"))
    proposed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    reviewed_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="RESTRICT"))
    published_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))

    __mapper_args__ = {"version_id_col": version}

    article = relationship("Article", back_populates="claims")
    merged_into = relationship("Claim", remote_side=[id])
    assignee = relationship("User", foreign_keys=[assignee_id])
    proposed_by = relationship("User", foreign_keys=[proposed_by_id])
    reviewed_by = relationship("User", foreign_keys=[reviewed_by_id])
    verdict = relationship("Verdict")
    history = relationship("ClaimHistory", back_populates="claim",
                           order_by="ClaimHistory.id", viewonly=True)


class ClaimHistory(db.Model):
    """One change to a claim. Append-only: rows are never updated or deleted."""
    __tablename__ = "claim_history"

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claim.id", ondelete="RESTRICT"),
                                          index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="RESTRICT"))
    action: Mapped[str] = mapped_column(String(32))     # created, edited, merged, split, ...
    field: Mapped[str | None] = mapped_column(String(32))
    old_value: Mapped[object | None] = mapped_column(JSON)
    new_value: Mapped[object | None] = mapped_column(JSON)
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = created_at_column()

    claim = relationship("Claim", back_populates="history")
    user = relationship("User")
