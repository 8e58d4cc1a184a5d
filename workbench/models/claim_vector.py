"""One sentence vector per claim, for "already checked" matching (search/similarity.py)."""
import datetime as dt

from sqlalchemy import DateTime, ForeignKey, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from workbench.extensions import db
from workbench.models.base import utcnow


class ClaimVector(db.Model):
    """``vector``: little-endian float32 bytes of a unit vector (``vector_to_bytes``).
    ``text_hash`` is the hash of the text it was computed from: a claim whose text has
    changed since (a new span, a split) has a stale vector and is encoded again."""
    __tablename__ = "claim_vector"

    claim_id: Mapped[int] = mapped_column(ForeignKey("claim.id", ondelete="RESTRICT"),
                                          primary_key=True)
    vector: Mapped[bytes] = mapped_column(LargeBinary)
    model: Mapped[str] = mapped_column(String(40))
    text_hash: Mapped[str] = mapped_column(String(64))
    # Processes holding vectors in memory load the rows changed since they last looked.
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow,
                                                    onupdate=utcnow, index=True)
