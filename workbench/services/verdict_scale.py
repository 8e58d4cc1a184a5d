"""The rating scale: the default verdicts, and the admin's changes to it.

Verdicts are never deleted (claims and their history point to them): an admin deactivates one,
and it is no longer offered for new proposals.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from workbench.extensions import db
from workbench.models import Verdict

DEFAULTS = (("Benar", "True", 5.0), ("Sebagian benar", "Partly true", 4.0),
            ("Menyesatkan", "Misleading", 3.0), ("Tidak terbukti", "Unproven", 2.0),
            ("Keliru", "False", 1.0))


class ScaleProblem(ValueError):
    """The change would break the scale; the message is fit to show to the user."""


@dataclass(frozen=True)
class VerdictDetails:
    label_id: str
    label_en: str
    value: float
    sort_order: int
    active: bool = True


def ensure_defaults() -> int:
    """Add the default scale to an empty verdict table; returns how many were added. Safe to
    repeat: a scale an admin has edited is left alone."""
    if db.session.scalar(select(func.count(Verdict.id))):
        return 0
    for order, (label_id, label_en, value) in enumerate(DEFAULTS, start=1):
        db.session.add(Verdict(label_id=label_id, label_en=label_en, value=value,
                               sort_order=order, active=True))
    db.session.commit()
    return len(DEFAULTS)


def scale(active_only: bool = False) -> list[Verdict]:
    query = select(Verdict).order_by(Verdict.sort_order, Verdict.id)
    if active_only:
        query = query.where(Verdict.active.is_(True))
    return list(db.session.scalars(query))


def bounds() -> tuple[float, float]:
    """(worst, best) rating values of the active scale, for ClaimReview."""
    worst, best = db.session.execute(select(func.min(Verdict.value), func.max(Verdict.value))
                                     .where(Verdict.active.is_(True))).one()
    return (worst if worst is not None else 1.0), (best if best is not None else 5.0)


def add_verdict(details: VerdictDetails) -> Verdict:
    verdict = Verdict()
    return _save(verdict, details)


def update_verdict(verdict: Verdict, details: VerdictDetails) -> Verdict:
    return _save(verdict, details)


def _save(verdict: Verdict, details: VerdictDetails) -> Verdict:
    verdict.label_id, verdict.label_en = details.label_id.strip(), details.label_en.strip()
    verdict.value, verdict.sort_order = details.value, details.sort_order
    verdict.active = details.active
    db.session.add(verdict)
    try:
        db.session.commit()
    except IntegrityError:
        db.session.rollback()
        raise ScaleProblem("Another verdict already has this label.") from None
    return verdict
