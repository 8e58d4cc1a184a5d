import datetime as dt

from sqlalchemy import DateTime, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from workbench.extensions import db
from workbench.models.base import utcnow


class LoginAttempt(db.Model):
    """A failed login. Kept in the database, not in memory, so the limit holds across every
    gunicorn worker; rows older than the window are deleted as new failures arrive."""
    __tablename__ = "login_attempt"
    __table_args__ = (Index("ix_login_attempt_username_address_at",
                            "username", "address", "attempted_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64))
    address: Mapped[str] = mapped_column(String(64))
    attempted_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow,
                                                      index=True)
