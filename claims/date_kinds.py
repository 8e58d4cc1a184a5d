"""Resolve each kind of found date expression (``date_patterns``) to ISO values.

Year-less and relative expressions need a reference date; without one they resolve to ().
"""
from __future__ import annotations

import calendar
import datetime as dt

from claims import date_resolve as r
from claims.date_patterns import DateMatch
from claims.lexicon_dates import ONE_UNIT_WORDS


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
    day = _day(g, ref)
    rel = (g.get("rel") or "").lower()
    if day and ref and not g.get("y") and rel:
        # "5 Mei lalu" is the last 5 May before the reference, "1 April mendatang" the next one
        if rel == "lalu" and day > ref:
            day = r.safe_date(day.year - 1, day.month, day.day) or day
        elif rel != "lalu" and day < ref:
            day = r.safe_date(day.year + 1, day.month, day.day) or day
    return _iso(day)


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
        # "Januari-Maret tahun lalu": the relative year places the end month like a lone month's
        year = r.nearest_month(m2, ref, g.get("rel"))[0]
    y1 = r.year_of(g.get("y1")) or (year if m1 <= m2 else year - 1)
    return r.iso_month(y1, m1), r.iso_month(year, m2)


def _months_to(g, ref):
    # measured months lie in the past: a year-less end month is the last one before the reference
    if not g.get("y") and ref is None:
        return ()
    last = _month_year(g, ref) if g.get("y") else \
        (r.iso_month(*r.nearest_month(r.month_of(g["m"]), ref, "lalu")),)
    year, month = (int(x) for x in last[0].split("-"))
    last_day = calendar.monthrange(year, month)[1]
    if g.get("d") and int(g["d"]) != last_day:
        return (dt.date(year, month, int(g["d"])).isoformat(),) if int(g["d"]) < last_day else ()
    months = r.small_number(g["n"]) if g.get("n") else 3 if g.get("q") else 12
    index = year * 12 + month - 1 - (months - 1)
    return (r.iso_month(index // 12, index % 12 + 1), last[0])


def _month_year(g, ref):
    return (r.iso_month(r.year_of(g["y"]), r.month_of(g["m"])),)


def _month(g, ref):
    if ref is None:
        return ()
    return (r.iso_month(*r.nearest_month(r.month_of(g["m"]), ref, g.get("rel"))),)


def _year(g, ref):
    return (g["y"],)


_SEASON_YEAR_STEP = {"last": -1, "this": 0, "next": 1}


def _season(g, ref):
    return (f"{ref.year + _SEASON_YEAR_STEP[g['rel'].lower()]:04d}",) if ref else ()


def _full_year(g, ref):
    if g.get("y"):
        return (g["y"],)
    return (f"{ref.year:04d}",) if ref else ()


def _now(g, ref):
    return (ref.isoformat(),) if ref else ()


def _relative_day(g, ref):
    return (r.shift(ref, "day", r.relative_day_offset(g["rd"])),) if ref else ()


def _ago(g, ref):
    return (r.shift(ref, r.unit_of(g["u"]), -r.small_number(g["n"])),) if ref else ()


def _one_unit_ago(g, ref):
    return (r.shift(ref, ONE_UNIT_WORDS[g["u"].lower()], -1),) if ref else ()


_STEPS = {"lalu": -1, "kemarin": -1, "last": -1, "past": -1, "ini": 0, "this": 0,
          "depan": 1, "mendatang": 1, "next": 1}


def _relative_unit(g, ref):
    if ref is None:
        return ()
    unit, rel = (g["u"], g["rel"]) if g.get("u") else (g["u2"], g["rel2"])
    steps = _STEPS[rel.lower()]
    if r.unit_of(unit) == "week":
        # "pekan lalu", "next week": a calendar week, from its Monday to its Sunday
        return r.week_of(ref + dt.timedelta(weeks=steps))
    return (r.shift(ref, r.unit_of(unit), steps),)


def _past_week(g, ref):
    # "over the past week" said on the 14th: the 7th to the 14th (unlike "last week", a calendar week)
    return ((ref - dt.timedelta(days=7)).isoformat(), ref.isoformat()) if ref else ()


def _last_n(g, ref):
    """The N whole months or years before the report's own: "tiga bulan terakhir" said in
    August is May to July."""
    if ref is None:
        return ()
    n = r.small_number(g.get("n") or g.get("n2") or g["n3"])
    unit = (g.get("u") or g["u2"]).lower()
    if n < 2:
        return ()
    if unit in ("tahun", "years"):
        return f"{ref.year - n:04d}", f"{ref.year - 1:04d}"
    last = ref.year * 12 + ref.month - 2
    first = last - (n - 1)
    return r.iso_month(first // 12, first % 12 + 1), r.iso_month(last // 12, last % 12 + 1)


def _first_months(g, ref):
    """"lima bulan pertama tahun ini", "the first five months of 2025": January to month N."""
    n = r.small_number(g.get("n") or g.get("n2") or g["n3"])
    written = g.get("y") or g.get("y2")
    if written:
        year = int(written)
    elif ref is None:
        return ()
    else:
        # "of the year" in a report on data not yet complete is the year before
        this_year = bool(g.get("this")) or (g.get("this2") or "").lower().startswith("this")
        year = ref.year if n <= ref.month or this_year else ref.year - 1
    if not 1 < n <= 12:
        return ()
    return r.iso_month(year, 1), r.iso_month(year, n)


_WEEKEND_STEPS = {"lalu": -1, "kemarin": -1, "last": -1, "past": -1, "over": -1, "during": -1,
                  "ini": 0, "this": 0, "depan": 1, "next": 1,
                  # a deadline ("by the weekend", "hingga akhir pekan") is the coming weekend
                  "by": 0, "until": 0, "till": 0, "before": 0, "hingga": 0, "sampai": 0,
                  "menjelang": 0, "jelang": 0}


def _weekend(g, ref):
    """"akhir pekan lalu" said on a Tuesday is the Saturday and Sunday just past; "this
    weekend" the coming ones of the same week."""
    if ref is None:
        return ()
    if g.get("start"):
        # "awal pekan (ini)" is the Monday of the week named, this one when none is
        monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=_WEEKEND_STEPS.get((g.get("rel3") or "ini").lower(), 0))
        return (monday.isoformat(),)
    rel = (g.get("rel") or g.get("rel2") or g.get("over") or g.get("by") or g.get("by2") or "").lower()
    monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=_WEEKEND_STEPS[rel])
    return r.weekend_of(monday)


# "sejak awal tahun", "since the start of the year": the year's first month, not the whole year;
# "hingga akhir tahun", "by the end of the year", "by year-end": its last month, December
_YEAR_START_WORDS = frozenset({"awal", "start", "beginning"})
YEAR_END_WORDS = frozenset({"akhir", "penghujung", "end", "close"})


def _part_of_unit(g, ref):
    if ref is None:
        return ()
    part = (g.get("part") or g.get("part2") or "").lower()
    if r.unit_of(g["u"]) == "year" and part in _YEAR_START_WORDS:
        return (r.iso_month(ref.year, 1),)
    if r.unit_of(g["u"]) == "year" and part in YEAR_END_WORDS:
        return (r.iso_month(ref.year, 12),)
    return (r.shift(ref, r.unit_of(g["u"]), 0),)


def _unit_end(g, ref):
    # "by year-end", "at month end": the end of the current year (December) or month
    return _part_of_unit({"u": g["u"], "part": "end"}, ref)


def _weekday(g, ref):
    if ref is None:
        return ()
    if (g.get("pre") or "").lower() == "this" or (g.get("rel") or "").lower() == "ini":
        # "this Friday", "Jumat ini": the Friday of the report's own week
        day = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(days=r.weekday_of(g["w"]))
        return (day.isoformat(),)
    ahead = (g.get("pre") or "").lower() in ("next", "coming") or \
        (g.get("rel") or "").lower() in ("depan", "mendatang", "besok")     # ("Selasa besok": the coming one)
    day = r.weekday_near(r.weekday_of(g["w"]), ref, 1 if ahead else -1)
    if day == ref and ((g.get("pre") or "").lower() == "last" or (g.get("rel") or "").lower() in ("lalu", "kemarin")):
        day -= dt.timedelta(days=7)     # "Senin lalu" said on a Monday is a week ago, not today
    return (day.isoformat(),)


_DASARIAN_PARTS = {"i": 1, "1": 1, "pertama": 1, "ii": 2, "2": 2, "kedua": 2, "iii": 3, "3": 3, "ketiga": 3}


def _dasarian(g, ref):
    """The first day of the first ten-day part named and the last day of the last one."""
    first_month, last_month = g.get("m1") or g.get("m2"), g.get("m2") or g.get("m1")
    if not first_month:
        return ()
    first = _dasarian_days(g["p1"], first_month, g.get("y1") or g.get("y2"), ref)
    last = _dasarian_days(g.get("p2") or g["p1"], last_month, g.get("y2") or g.get("y1"), ref)
    return (first[0], last[1]) if first and last else ()


def _dasarian_days(part: str, month_word: str, year: str | None, ref) -> tuple[str, str] | None:
    month = r.month_of(month_word)
    if year:
        y = int(year)
    elif ref is not None:
        y = r.nearest_month(month, ref, None)[0]
    else:
        return None
    n = _DASARIAN_PARTS[part.lower()]
    start = r.safe_date(y, month, 10 * (n - 1) + 1)
    end = r.safe_date(y, month, 10 * n) if n < 3 else \
        r.safe_date(y + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return (start.isoformat(), end.isoformat()) if start and end else None


_RESOLVERS = {
    "dasarian": _dasarian,
    "day_period": _day_period, "daymonth_period": _daymonth_period,
    "month_period": _month_period, "weekday_numeric": _numeric, "numeric": _numeric,
    "paren_numeric": _numeric, "iso": _numeric, "day_month": _day_month, "month_day": _day_month,
    "month_year": _month_year, "month": _month, "month_may": _month, "months_to": _months_to, "year": _year, "year_through": _year, "year_listed": _year, "year_base": _year, "year_between": _year, "named_year": _year, "year_of_a_name": _year,
    "month_day_period": _day_period, "relative_day": _relative_day, "now": _now, "season": _season,
    "full_year": _full_year,
    "ago": _ago, "one_unit_ago": _one_unit_ago, "part_of_unit": _part_of_unit, "unit_end": _unit_end,
    "relative_unit": _relative_unit, "past_week": _past_week, "weekday": _weekday, "last_n": _last_n,
    "first_months": _first_months, "weekend": _weekend,
}
