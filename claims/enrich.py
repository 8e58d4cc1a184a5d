"""Per-claim enrichment: quantities, dates, entities and types (rules 7-10)."""
from __future__ import annotations

import datetime as dt

from claims.claimtypes import claim_types
from claims.cut import Cut
from claims.dates import find_dates
from claims.entities import find_entities
from claims.model import Claim
from claims.quantities import find_quantities

def build_claim(text: str, cut: Cut, language: str, reference: dt.date | None) -> Claim:
    """The finished Claim for one cut of ``text``."""
    quantities = tuple(q for q in find_quantities(text, cut.start, cut.end, language)
                       if not _inside(q.start, q.end, cut.inner))
    own_dates = _dates(text, cut.start, cut.end, language, reference, cut.inner)
    dates = own_dates + _frame_dates(text, cut, language, reference)
    span = text[cut.start:cut.end]
    types = claim_types(span, quantities=bool(quantities), dated=bool(own_dates),
                        source=cut.source, quote=cut.quote)
    return Claim(start=cut.start, end=cut.end, text=span, types=types, score=cut.score,
                 source=cut.source, quantities=quantities, dates=tuple(dict.fromkeys(dates)),
                 entities=find_entities(text, cut.start, cut.end, language))


def _dates(text, s, e, language, reference, inner=()) -> tuple[str, ...]:
    return tuple(v for m in find_dates(text, s, e, language, reference)
                 if not _inside(m.start, m.end, inner) for v in m.values)


def _frame_dates(text: str, cut: Cut, language: str, reference) -> tuple[str, ...]:
    if not cut.frame or cut.embedded:
        return ()
    return _dates(text, cut.frame[0], cut.frame[1], language, reference)


def _inside(start: int, end: int, spans) -> bool:
    return any(a <= start and end <= b for a, b in spans)
