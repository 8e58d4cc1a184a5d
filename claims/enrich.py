"""Per-claim enrichment: quantities, dates, entities and types (rules 7-10)."""
from __future__ import annotations

import datetime as dt

from claims.claimtypes import claim_types
from claims.cut import Cut
from claims.dates import find_dates
from claims.entities import find_entities
from claims.model import Claim
from claims.quantities import find_quantities

# Units of measure and time: figures in these do not change from one day's report to the next.
_TIMELESS_UNITS = frozenset("""m km mi cm mm kg g ton l gal percent persen % years tahun months bulan
weeks minggu days hari hours jam minute menit idr usd rp $ kali putaran leg place goals""".split())


def build_claim(text: str, cut: Cut, language: str, reference: dt.date | None) -> Claim:
    """The finished Claim for one cut of ``text``."""
    quantities = tuple(q for q in find_quantities(text, cut.start, cut.end, language)
                       if not _inside(q.start, q.end, cut.inner))
    own_dates = _dates(text, cut.start, cut.end, language, reference, cut.inner)
    dates = own_dates + _frame_dates(text, cut, language, reference)
    if not dates and reference and _changing_figure(quantities):
        dates = (reference.isoformat(),)
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


def _changing_figure(quantities) -> bool:
    # Counts of people, votes or casualties change with each update (rule 9): date them.
    return any((q.unit or "").lower() not in _TIMELESS_UNITS for q in quantities)


def _inside(start: int, end: int, spans) -> bool:
    return any(a <= start and end <= b for a, b in spans)
