"""Dates in article text, resolved against a reference date.

Expressions are found by pattern (``date_patterns``) and only those spans are resolved
(``date_resolve``), so "9-10 km" or "2 menit" can never turn into dates.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from claims import date_resolve as r
from claims.date_patterns import DateMatch, scan_dates
from claims.datelines import date_from_url, parse_dateline

__all__ = ["DateMention", "find_dates", "parse_dateline", "date_from_url", "resolve_match"]


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int                  # span of the written date expression in the article text
    end: int
    values: tuple[str, ...]     # ISO dates: YYYY, YYYY-MM or YYYY-MM-DD (two for a period)


def find_dates(text: str, start: int, end: int, language: str,
               reference: dt.date | None) -> tuple[DateMention, ...]:
    """Date expressions inside ``text[start:end]``, resolved against ``reference``.

    Year-less and relative expressions are skipped when ``reference`` is None.
    """
    mentions: list[DateMention] = []
    for match in scan_dates(text, max(0, start), min(len(text), end)):
        values = _month_before_previous(text, match, mentions) or resolve_match(match, reference)
        if values:
            mentions.append(DateMention(match.start, match.end, values))
    return tuple(mentions)


_EARLIER = re.compile(r"\s+(?:sebelumnya|before|earlier|previously)\b", re.I)


def _month_before_previous(text: str, match: DateMatch, mentions: list[DateMention]) -> tuple[str, ...]:
    """"Desember 2014 ... bulan November sebelumnya": the month before the date just named."""
    if match.kind != "month" or match.groups.get("rel") or not mentions or not _EARLIER.match(text, match.end):
        return ()
    year, month = (int(part) for part in mentions[-1].values[0].split("-")[:2]) \
        if len(mentions[-1].values[0]) >= 7 else (0, 0)
    wanted = r.month_of(match.groups["m"])
    if not year:
        return ()
    return (r.iso_month(year if wanted < month else year - 1, wanted),)


def resolve_match(match: DateMatch, ref: dt.date | None) -> tuple[str, ...]:
    """ISO values of one found expression, or () when it cannot be resolved."""
    try:
        return _RESOLVERS[match.kind](match.groups, ref)
    except (KeyError, ValueError, TypeError, OverflowError):
        return ()


def _iso(day: dt.date | None) -> tuple[str, ...]:
    return (day.isoformat(),) if day else ()


def _day(g: dict, ref: dt.date | None, day_key="d", month_key="m") -> dt.date | None:
    """A calendar day from day/month(/year/weekday) groups; year-less ones need ``ref``."""
    month = int(g[month_key]) if g[month_key].isdigit() else r.month_of(g[month_key])
    year = r.year_of(g.get("y"))
    if year:
        return r.safe_date(year, month, int(g[day_key]))
    if ref is None:
        return None
    return r.nearest_day(month, int(g[day_key]), ref, r.weekday_of(g.get("w")))


def _numeric(g, ref):
    return _iso(_day(g, ref, month_key="mo"))


def _day_month(g, ref):
    return _iso(_day(g, ref))


def _day_period(g, ref):
    last = _day({"d": g["d2"], "m": g["m"], "y": g.get("y")}, ref)
    first = r.safe_date(last.year, last.month, int(g["d1"])) if last else None
    return (first.isoformat(), last.isoformat()) if first and last and first <= last else ()


def _daymonth_period(g, ref):
    last = _day({"d": g["d2"], "m": g["m2"], "y": g.get("y")}, ref)
    if not last:
        return ()
    m1 = r.month_of(g["m1"])
    year = r.year_of(g.get("y1")) or (last.year if m1 <= last.month else last.year - 1)
    first = r.safe_date(year, m1, int(g["d1"]))
    return (first.isoformat(), last.isoformat()) if first and first <= last else ()


def _month_period(g, ref):
    m1, m2 = r.month_of(g["m1"]), r.month_of(g["m2"])
    year = r.year_of(g.get("y"))
    if year is None:
        if ref is None:
            return ()
        year = r.nearest_month(m2, ref, None)[0]
    y1 = r.year_of(g.get("y1")) or (year if m1 <= m2 else year - 1)
    return r.iso_month(y1, m1), r.iso_month(year, m2)


def _month_year(g, ref):
    return (r.iso_month(r.year_of(g["y"]), r.month_of(g["m"])),)


def _month(g, ref):
    if ref is None:
        return ()
    return (r.iso_month(*r.nearest_month(r.month_of(g["m"]), ref, g.get("rel"))),)


def _year(g, ref):
    return (g["y"],)


def _relative_day(g, ref):
    return (r.shift(ref, "day", r.relative_day_offset(g["rd"])),) if ref else ()


def _ago(g, ref):
    return (r.shift(ref, r.unit_of(g["u"]), -r.small_number(g["n"])),) if ref else ()


_STEPS = {"lalu": -1, "kemarin": -1, "last": -1, "past": -1, "ini": 0, "this": 0,
          "depan": 1, "mendatang": 1, "next": 1}


def _relative_unit(g, ref):
    if ref is None:
        return ()
    unit, rel = (g["u"], g["rel"]) if g.get("u") else (g["u2"], g["rel2"])
    return (r.shift(ref, r.unit_of(unit), _STEPS[rel.lower()]),)


def _weekday(g, ref):
    if ref is None:
        return ()
    ahead = (g.get("pre") or "").lower() in ("next", "coming") or \
        (g.get("rel") or "").lower() in ("depan", "mendatang")
    return (r.weekday_near(r.weekday_of(g["w"]), ref, 1 if ahead else -1).isoformat(),)


_RESOLVERS = {
    "day_period": _day_period, "daymonth_period": _daymonth_period,
    "month_period": _month_period, "weekday_numeric": _numeric, "numeric": _numeric,
    "paren_numeric": _numeric, "iso": _numeric, "day_month": _day_month, "month_day": _day_month,
    "month_year": _month_year, "month": _month, "year": _year, "relative_day": _relative_day,
    "ago": _ago, "relative_unit": _relative_unit, "weekday": _weekday,
}
