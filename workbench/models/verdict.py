from sqlalchemy import Float, String
from sqlalchemy.orm import Mapped, mapped_column

from workbench.extensions import db


class Verdict(db.Model):
    """One step of the rating scale. Rows are deactivated, never deleted: published claims and
    their history point to them."""
    __tablename__ = "verdict"

    id: Mapped[int] = mapped_column(primary_key=True)
    label_id: Mapped[str] = mapped_column(String(80), unique=True)
    label_en: Mapped[str] = mapped_column(String(80), unique=True)
    # Exported as the ClaimReview ratingValue; higher is truer.
    value: Mapped[float] = mapped_column(Float)
    sort_order: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)

    def label(self, language: str = "en") -> str:
        return self.label_id if language == "id" else self.label_en

    def __repr__(self) -> str:
        return f"<Verdict {self.label_en}>"
