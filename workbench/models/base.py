"""Column helpers shared by the models."""
import datetime as dt

from sqlalchemy import DateTime
from sqlalchemy.orm import mapped_column


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def created_at_column():
    return mapped_column(DateTime(timezone=True), default=utcnow, nullable=False)
