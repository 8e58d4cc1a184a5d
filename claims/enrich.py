"""Per-claim enrichment: quantities, dates, entities and types (rules 7-10).

The finders are called on the lines around a claim rather than on the whole article: they
read context only within a claim's neighbourhood, and a bounded window keeps the cost of one
call independent of the article's length (offsets are shifted back into the article).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from claims.claimtypes import claim_types
from claims.cut import Cut
from claims.dates import find_dates
from claims.entities import find_entities
from claims.model import Claim
from claims.quantities import find_quantities


_CONTEXT = 300   # characters of context around a claim handed to the finders


def build_claim(text: str, cut: Cut, language: str, reference: dt.date | None) -> Claim:
    """The finished Claim for one cut of ``text``."""
    quantities = tuple(q for q in _local(find_quantities, text, cut.start, cut.end, language)
                       if not _inside(q.start, q.end, cut.inner))
    own_dates = _dates(text, cut.start, cut.end, language, reference, cut.inner_dated)
    dates = own_dates + _frame_dates(text, cut, language, reference)
    span = text[cut.start:cut.end]
    types = claim_types(span, quantities=bool(quantities), dated=bool(own_dates),
                        source=cut.source, quote=cut.quote)
    return Claim(start=cut.start, end=cut.end, text=span, types=types, score=cut.score,
                 source=cut.source, quantities=quantities, dates=tuple(dict.fromkeys(dates)),
                 entities=_local(find_entities, text, cut.start, cut.end, language))


def _local(finder, text: str, s: int, e: int, *args) -> tuple:
    """``finder(text, s, e, *args)`` run on the lines holding ``[s, e)``."""
    lo = max(text.rfind("\n", 0, s) + 1, s - _CONTEXT)
    hi = text.find("\n", e, e + _CONTEXT)
    hi = min(len(text), e + _CONTEXT) if hi < 0 else hi
    found = finder(text[lo:hi], s - lo, e - lo, *args)
    return tuple(replace(f, start=f.start + lo, end=f.end + lo) for f in found) if lo else found


def _dates(text, s, e, language, reference, inner=()) -> tuple[str, ...]:
    future = bool(_FUTURE.search(text, s, e))
    return tuple(_ahead(text, m, v, reference) if future else v
                 for m in _local(find_dates, text, s, e, language, reference)
                 if not _inside(m.start, m.end, inner) for v in m.values)


# "will visit … on Friday", "akan … pada Jumat": a bare weekday in a future clause is the next one.
_FUTURE = re.compile(r"\b(?:will|shall|akan|dijadwalkan|is scheduled to|are scheduled to|is set to"
                     r"|are set to|rencananya|berencana)\b", re.I)
_BARE_WEEKDAY = re.compile(r"(?i:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|monday|tuesday"
                           r"|wednesday|thursday|friday|saturday|sunday)")


def _ahead(text: str, mention, value: str, reference) -> str:
    if reference is None or len(value) != 10 or not _BARE_WEEKDAY.fullmatch(text[mention.start:mention.end]):
        return value
    day = dt.date.fromisoformat(value)
    while day < reference:
        day += dt.timedelta(days=7)
    return day.isoformat()


def _frame_dates(text: str, cut: Cut, language: str, reference) -> tuple[str, ...]:
    if not cut.frame or cut.embedded:
        return ()
    return _dates(text, cut.frame[0], cut.frame[1], language, reference)


def _inside(start: int, end: int, spans) -> bool:
    return any(a <= start and end <= b for a, b in spans)
