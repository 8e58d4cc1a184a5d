"""As-of dates (labelling rule 9): figures that change over time, match events, statements
and clock times carry the date of the day the article reports on.

That day is the nearest full date the article's claims name before the claim (else the first
one after it), when it lies within a week before the reference date; else the reference date.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import replace

from claims.model import Claim

_WINDOW = dt.timedelta(days=7)
# Measures and durations do not change from one day's report to the next; counts do.
_TIMELESS_UNITS = frozenset("""m km mi cm mm kg g ton l gal percent persen % years tahun months bulan
weeks minggu days hari hours jam idr usd rp $ kali putaran place""".split())
_MATCH_UNITS = frozenset({"goals", "minute"})
_CLOCK = re.compile(r"\bpukul\s+\d|\b\d{1,2}(?:[.:]\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b|WIB|WITA|WIT)"
                    r"|\bpukul\s+\w+\s+(?:pagi|siang|sore|malam)", re.I)


def add_as_of_dates(text: str, claims: tuple[Claim, ...], reference: dt.date | None
                    ) -> tuple[Claim, ...]:
    """``claims`` (in text order) with as-of dates added where rule 9 asks for them."""
    anchors = [(c.start, d) for c in claims for d in c.dates if _is_anchor(d, reference)]
    out: list[Claim] = []
    for claim in claims:
        if not claim.dates and _is_rate(claim):
            before = _dated_before_in_paragraph(text, out, claim)
            claim = replace(claim, dates=before.dates) if before else \
                _dated(claim, _anchor_for(claim.start, anchors) or _iso(reference))
        elif not claim.dates and needs_as_of(claim):
            claim = _dated(claim, _anchor_for(claim.start, anchors) or _iso(reference))
        elif not claim.dates and (sibling := _dated_clause_before(text, out, claim)):
            claim = replace(claim, dates=sibling.dates)
        elif not claim.dates and _is_plain_event(claim):
            dated = _dated_claim_before(text, out, claim)
            claim = replace(claim, dates=dated.dates) if dated else claim
        out.append(claim)
    return tuple(out)


_RATE_UNITS = frozenset({"percent", "persen", "%"})


def _is_rate(claim: Claim) -> bool:
    # Shares and rates (coverage, electability, a policy rate) change from one report to the
    # next; inside a paragraph about a period ("inflasi September …") they belong to it.
    units = {(q.unit or "").lower() for q in claim.quantities}
    return bool(units) and units <= _RATE_UNITS and "prediction" not in claim.types


def _dated_before_in_paragraph(text: str, earlier: list[Claim], claim: Claim) -> Claim | None:
    for previous in reversed(earlier):
        if previous.end > claim.start:
            continue
        if "\n" in text[previous.end:claim.start]:
            return None
        if previous.dates:
            return previous
    return None


_CLAUSE_JOIN = re.compile(r"\s*[,;]?\s*(?:but|while|whereas|and|sedangkan|tetapi|tapi|namun|dan)?\s*$", re.I)


def _dated_clause_before(text: str, earlier: list[Claim], claim: Claim) -> Claim | None:
    # "X rose 3 percent on Tuesday, but Y fell 0.4 percent": a clause joined to a clause that
    # dates itself shares its time (the date is said once for both).
    previous = next((c for c in reversed(earlier) if c.end <= claim.start), None)
    if previous is None or "date" not in previous.types or "prediction" in claim.types:
        return None
    return previous if _CLAUSE_JOIN.fullmatch(text[previous.end:claim.start]) else None


def _is_plain_event(claim: Claim) -> bool:
    return "event" in claim.types and "status" not in claim.types \
        and "prediction" not in claim.types


def _dated_claim_before(text: str, earlier: list[Claim], claim: Claim) -> Claim | None:
    # "Pada Senin (3/6), badai melanda … . Angin merobohkan …": an event told after a sentence that
    # dates itself, in the same paragraph, happened on that date.
    for previous in reversed(earlier):
        if previous.end > claim.start:
            continue
        if "\n" in text[previous.end:claim.start]:
            return None
        if "date" in previous.types:
            return previous
    return None


def needs_as_of(claim: Claim) -> bool:
    """Counts that change (outside predictions), match events, quotations and clock times."""
    units = {(q.unit or "").lower() for q in claim.quantities}
    changing = any(u not in _TIMELESS_UNITS for u in units) and "prediction" not in claim.types
    return changing or bool(units & _MATCH_UNITS) or "quote" in claim.types \
        or bool(_CLOCK.search(claim.text))


def _is_anchor(value: str, reference: dt.date | None) -> bool:
    if len(value) != 10:
        return False
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        return False
    return reference is None or reference - _WINDOW <= day <= reference


def _anchor_for(start: int, anchors: list[tuple[int, str]]) -> str | None:
    # anchors are in text order: the last one at or before ``start``, else the first after.
    i = bisect.bisect_right(anchors, (start, "\uffff"))
    if i:
        return anchors[i - 1][1]
    return anchors[0][1] if anchors else None


def _dated(claim: Claim, value: str | None) -> Claim:
    return replace(claim, dates=(value,)) if value else claim


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None
