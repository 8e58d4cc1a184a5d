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
    """``claims`` (in text order) with as-of dates added where rule 9 asks for them.

    One pass over the claims: what a claim needs (the anchors, the observation periods, the
    claims before it) is gathered once for the article, never by rescanning its text.
    """
    anchors = [(c.start, d) for c in claims for d in c.dates if _is_anchor(d, reference)]
    periods = _observation_periods(claims)
    out: list[Claim] = []
    for claim in claims:
        claim = _with_referent_dates(claim, out)
        if claim.dates:
            pass
        elif (outer := _container(claim, out)) is not None and _is_time_bound(claim):
            claim = replace(claim, dates=outer.dates)
        elif (same := _same_period_before(claim, out)) is not None:
            claim = replace(claim, dates=same)
        elif _is_rate(claim):
            before = _dated_before_in_paragraph(text, out, claim)
            claim = replace(claim, dates=before.dates) if before else \
                _period_or_day(claim, periods, anchors, reference)
        elif needs_as_of(claim):
            claim = _period_or_day(claim, periods, anchors, reference) if _is_count(claim) else \
                _dated(claim, _anchor_for(claim.start, anchors) or _iso(reference))
        elif sibling := _dated_clause_before(text, out, claim):
            claim = replace(claim, dates=sibling.dates)
        elif _is_plain_event(claim) or _is_reported_state(claim):
            dated = _dated_claim_before(text, out, claim)
            claim = replace(claim, dates=dated.dates) if dated else \
                _dated(claim, _anchor_for(claim.start, anchors))
        out.append(claim)
    return tuple(out)


# Words of a survey, poll or count taken over a stated period ("Survei dilakukan pada 1-7 Maret",
# "mencatat 126 kasus selama periode ...", "the poll, conducted between January and March").
_OBSERVATION = re.compile(r"\b(?:survei|survey|surveys|polling|poll|jajak\s+pendapat|sigi|sensus|census|pendataan"
                          r"|responden|respondents|periode|period)\b", re.I)


def _observation_periods(claims: tuple[Claim, ...]) -> list[tuple[int, tuple[str, str], frozenset]]:
    """(start, period, units counted) of the claims that state the period a survey or a count
    was taken over."""
    found = []
    for claim in claims:
        period = _primary(claim.dates)
        if len(period) == 2 and _OBSERVATION.search(claim.text):
            found.append((claim.start, period, _units(claim)))
    return found


def _period_or_day(claim: Claim, periods, anchors, reference) -> Claim:
    # A share from a survey, or a count of the same things a count over a stated period counted,
    # is as of that period (rule 9: the same number means different things at different times);
    # otherwise the report's day.
    units = _units(claim)
    fitting = [(s, p) for s, p, counted in periods if units & _RATE_UNITS or units & counted]
    if fitting:
        return replace(claim, dates=_nearest(claim.start, fitting))
    return _dated(claim, _anchor_for(claim.start, anchors) or _iso(reference))


def _units(claim: Claim) -> frozenset:
    return frozenset((q.unit or "").lower() for q in claim.quantities)


def _nearest(start: int, items: list[tuple[int, tuple[str, ...]]]) -> tuple[str, ...]:
    before = [v for s, v in items if s <= start]
    return before[-1] if before else items[0][1]


def _primary(dates: tuple[str, ...]) -> tuple[str, ...]:
    """The first date a claim names: a period's two ends, else its first value."""
    if len(dates) >= 2 and len(dates[0]) == len(dates[1]) and dates[0] < dates[1]:
        return dates[:2]
    return dates[:1]


# A claim whose subject points back at the figure just stated is about that figure's time:
# "Angka itu naik dari ...", "Jumlah tersebut ...", "It was the highest ...".
_REFERENT = re.compile(r"(?:(?:angka|jumlah|capaian|catatan|hasil|kenaikan|penurunan|realisasi|nilai|posisi)"
                       r"\s+(?:itu|ini|tersebut)|(?:it|this|that)\s+(?:was|is)|(?:the|this|that)\s+"
                       r"(?:figure|number|result|increase|rise|drop|decline|total))\b", re.I)


def _with_referent_dates(claim: Claim, earlier: list[Claim]) -> Claim:
    if "prediction" in claim.types or not _REFERENT.match(claim.text):
        return claim
    referent = next((c for c in reversed(earlier) if c.end <= claim.start), None)
    if referent is None or not referent.dates:
        return claim
    return replace(claim, dates=tuple(dict.fromkeys(_primary(referent.dates) + claim.dates)))


_SAME_PERIOD = re.compile(r"\b(?:(?:periode|kurun\s+waktu|waktu|bulan|pekan|tahun|kuartal|triwulan)\s+yang\s+sama"
                          r"|periode\s+(?:itu|tersebut)|the\s+same\s+(?:period|time|month|week|quarter|year)"
                          r"|that\s+period)\b", re.I)


def _same_period_before(claim: Claim, earlier: list[Claim]) -> tuple[str, ...] | None:
    """"pada periode yang sama", "in the same period": the nearest period named before, a
    span of days or a month, quarter or year (a single day is no period)."""
    if not _SAME_PERIOD.search(claim.text):
        return None
    for i in range(len(earlier) - 1, -1, -1):
        previous = earlier[i]
        if previous.end > claim.start or _container(previous, earlier[:i]) is not None:
            continue    # an embedded fact's period is not the one the story is about
        primary = _primary(previous.dates)
        if len(primary) == 2 or (primary and len(primary[0]) < 10):
            return primary
    return None


def _is_count(claim: Claim) -> bool:
    units = {(q.unit or "").lower() for q in claim.quantities}
    return any(u not in _TIMELESS_UNITS for u in units) and not units & _MATCH_UNITS \
        and "quote" not in claim.types


def _is_reported_state(claim: Claim) -> bool:
    # "officials said there was no tsunami threat": a state someone reports holds on the day
    # of the report; an unreported status (a role, a location) is timeless.
    return "status" in claim.types and claim.source is not None and "prediction" not in claim.types


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


def _container(claim: Claim, earlier: list[Claim]) -> Claim | None:
    """The claim this one is embedded in (rule 4), if it came just before it."""
    for outer in reversed(earlier[-3:]):
        if outer.start <= claim.start and claim.end <= outer.end and (outer.start, outer.end) != (claim.start, claim.end):
            return outer
    return None


def _is_time_bound(claim: Claim) -> bool:
    # An embedded ranking holds when its sentence does ("Cibatu, yang menjadi wilayah dengan
    # kasus terbanyak" over the sentence's period); a role or a place does not.
    return "comparison" in claim.types and "prediction" not in claim.types
