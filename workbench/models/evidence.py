import datetime as dt

from sqlalchemy import DateTime, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from workbench.extensions import db
from workbench.models.base import created_at_column

SOURCE_KINDS = ("official", "primary", "secondary", "social", "expert")
STANCES = ("supports", "refutes", "context")


class Source(db.Model):
    """A reusable record of where evidence comes from; one URL, one row."""
    __tablename__ = "source"

    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(String(2000))
    normalized_url: Mapped[str] = mapped_column(String(2000), unique=True)
    title: Mapped[str] = mapped_column(String(500), default="")
    publisher: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[str] = mapped_column(String(16), default="secondary")
    accessed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    snapshot_text: Mapped[str | None] = mapped_column(Text)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="RESTRICT"))
    created_at: Mapped[dt.datetime] = created_at_column()

    evidence = relationship("Evidence", back_populates="source", viewonly=True)


class Evidence(db.Model):
    """Links a claim to a source with a stance and the passage that matters."""
    __tablename__ = "evidence"
    __table_args__ = (UniqueConstraint("claim_id", "source_id", "stance", "quote",
                                       name="uq_evidence_claim_source_stance_quote"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claim.id", ondelete="RESTRICT"),
                                          index=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("source.id", ondelete="RESTRICT"),
                                           index=True)
    stance: Mapped[str] = mapped_column(String(16))
    quote: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    created_by_id: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="RESTRICT"))
    created_at: Mapped[dt.datetime] = created_at_column()
    # Removal only sets these: the link stays on record (and in the claim's history).
    removed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    removed_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="RESTRICT"))

    source = relationship("Source", back_populates="evidence")
    claim = relationship("Claim")
    created_by = relationship("User", foreign_keys=[created_by_id])


class Note(db.Model):
    """A note on a claim; ``parent_id`` makes threads."""
    __tablename__ = "note"

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claim.id", ondelete="RESTRICT"),
                                          index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("note.id", ondelete="RESTRICT"))
    author_id: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="RESTRICT"))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = created_at_column()

    author = relationship("User")
    claim = relationship("Claim")
    mentions = relationship("NoteMention", back_populates="note")
