from sqlalchemy import ForeignKey, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from workbench.extensions import db


class NoteMention(db.Model):
    """``@username`` in a note, stored so a user can list the notes that mention them."""
    __tablename__ = "note_mention"
    __table_args__ = (UniqueConstraint("note_id", "user_id", name="uq_note_mention_note_user"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    note_id: Mapped[int] = mapped_column(ForeignKey("note.id", ondelete="RESTRICT"))
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="RESTRICT"), index=True)

    note = relationship("Note", back_populates="mentions")
    user = relationship("User")
