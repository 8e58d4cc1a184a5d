"""Turn a found date expression into ISO values, against a reference date.

Hand-written rather than dateparser: it is ~1000x faster and gets year-less weekday dates
("Selasa (8/3)") and "Januari lalu" right, which dateparser does not (see NOTES.md).
"""
from __future__ import annotations

import datetime as dt

from claims.lexicon_dates import MONTHS, RELATIVE_DAYS, RELATIVE_UNITS, SMALL_NUMBERS, WEEKDAYS


def month_of(word: str) -> int:
    return MONTHS[word.rstrip(".").lower()]


def year_of(text: str | None) -> int | None:
    if not text:
        return None
    year = int(text)
    return year + 2000 if year < 100 else year


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def nearest_day(month: int, day: int, ref: dt.date, weekday: int | None = None) -> dt.date | None:
    """The year-less day nearest ``ref``; with a weekday, the nearest whose weekday matches."""
    candidates = [d for y in (ref.year - 1, ref.year, ref.year + 1) if (d := safe_date(y, month, day))]
    if weekday is not None:
        matching = [d for d in candidates if d.weekday() == weekday]
        candidates = matching or candidates
    if not candidates:
        return None
    # Ties go to the past: news mostly reports what already happened.
    return min(candidates, key=lambda d: (abs((d - ref).days), d > ref))


def nearest_month(month: int, ref: dt.date, rel: str | None) -> tuple[int, int]:
    """(year, month) of a year-less month: "lalu" looks back, "depan" forward, else nearest."""
    rel = (rel or "").lower()
    if "tahun lalu" in rel or "last year" in rel:
        return ref.year - 1, month
    if "tahun ini" in rel or "this year" in rel:
        return ref.year, month
    if "tahun depan" in rel or "next year" in rel:
        return ref.year + 1, month
    if rel in ("lalu", "kemarin"):
        return (ref.year if month <= ref.month else ref.year - 1), month
    if rel in ("depan", "mendatang"):
        return (ref.year if month > ref.month else ref.year + 1), month
    if rel == "ini":
        return ref.year, month
    options = [(y, month) for y in (ref.year - 1, ref.year, ref.year + 1)]
    return min(options, key=lambda ym: (abs((ym[0] - ref.year) * 12 + ym[1] - ref.month),
                                        (ym[0], ym[1]) > (ref.year, ref.month)))


def shift(ref: dt.date, unit: str, steps: int) -> str:
    """ISO value of ``ref`` moved by ``steps`` units, at that unit's precision."""
    if unit == "day":
        return (ref + dt.timedelta(days=steps)).isoformat()
    if unit == "week":
        return (ref + dt.timedelta(weeks=steps)).isoformat()
    if unit == "month":
        index = ref.year * 12 + ref.month - 1 + steps
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    if unit == "decade":
        return f"{ref.year + 10 * steps:04d}"
    return f"{ref.year + steps:04d}"


def week_of(day: dt.date) -> tuple[str, str]:
    """The Monday and the Sunday of ``day``'s week: a week named against the report
    ("pekan lalu", "next week") is a period, and a period gives its two ends (rule 9)."""
    monday = day - dt.timedelta(days=day.weekday())
    return monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat()


def weekend_of(monday: dt.date) -> tuple[str, str]:
    """The Saturday and the Sunday of the week that starts on ``monday``."""
    return (monday + dt.timedelta(days=5)).isoformat(), (monday + dt.timedelta(days=6)).isoformat()


def weekday_near(weekday: int, ref: dt.date, direction: int) -> dt.date:
    """The weekday on or before ``ref`` (direction -1) or after it (direction +1)."""
    if direction > 0:
        return ref + dt.timedelta(days=(weekday - ref.weekday()) % 7 or 7)
    return ref - dt.timedelta(days=(ref.weekday() - weekday) % 7)


def small_number(word: str) -> int:
    return int(word) if word.isdigit() else SMALL_NUMBERS[word.lower()]


def unit_of(word: str) -> str:
    return RELATIVE_UNITS[word.lower()]


def relative_day_offset(words: str) -> int:
    return RELATIVE_DAYS[" ".join(words.lower().split())]


def weekday_of(word: str | None) -> int | None:
    return WEEKDAYS.get(word.lower()) if word else None


def iso_month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"
