"""Dates said against the date just named rather than against the reference date.

"Oktober 2021 ... turun dari 7,3 persen pada bulan sebelumnya" -> September 2021;
"the first half of 2019, down from ... a year earlier" -> the first half of 2018;
"the April-June quarter, from ... the previous three months" -> January to March.
"""
from __future__ import annotations

import datetime as dt
import re

from claims.lexicon_dates import SMALL_NUMBERS
from claims.text_features import may_hold_any

# How far back one unit reaches: (days, months).
_UNIT_STEP = {
    "hari": (1, 0), "day": (1, 0), "days": (1, 0),
    "minggu": (7, 0), "pekan": (7, 0), "week": (7, 0), "weeks": (7, 0),
    "bulan": (0, 1), "month": (0, 1), "months": (0, 1),
    "kuartal": (0, 3), "triwulan": (0, 3), "quarter": (0, 3), "quarters": (0, 3),
    "semester": (0, 6), "half": (0, 6),
    "tahun": (0, 12), "year": (0, 12), "years": (0, 12),
}
_PLURAL = frozenset({"days", "weeks", "months", "quarters", "years"})


def step_back(groups: dict) -> tuple[int, int] | None:
    """(days, months) an "earlier"/"previous" expression reaches back, or None when vague
    ("months earlier" names no count)."""
    unit = (groups.get("u1") or groups.get("u") or "").lower()
    count = groups.get("n")
    if unit not in _UNIT_STEP or (count is None and unit in _PLURAL):
        return None
    n = int(count) if count and count.isdigit() else SMALL_NUMBERS.get((count or "satu").lower(), 1)
    days, months = _UNIT_STEP[unit]
    return days * n, months * n


def shifted_back(values: tuple[str, ...], days: int, months: int) -> tuple[str, ...]:
    """``values`` moved back, each at its own precision; () when a value cannot move that far
    at its precision (a month moved back by days)."""
    out = []
    for value in values:
        moved = _shift(value, days, months)
        if moved is None:
            return ()
        out.append(moved)
    return tuple(out)


def _shift(value: str, days: int, months: int) -> str | None:
    if len(value) == 10:
        day = dt.date.fromisoformat(value) - dt.timedelta(days=days)
        return _add_months(day, -months).isoformat()
    if days:
        return None
    if len(value) == 7:
        index = int(value[:4]) * 12 + int(value[5:7]) - 1 - months
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    if len(value) == 4 and months % 12 == 0:
        return f"{int(value) - months // 12:04d}"
    return None


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = index // 12, index % 12 + 1
    for last in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, last))
        except ValueError:
            continue
    return day


# "periode yang sama tahun lalu", "the same quarter last year": the period just named, a year back.
# The nouns cover plurals and "time" words: "the same months last year", "kurun waktu yang sama".
_PERIOD_NOUNS_ID = r"(?:periode|kuartal|triwulan|semester|bulan|pekan|minggu|(?:kurun\s+|rentang\s+)?waktu)"
_PERIOD_NOUNS_EN = r"(?:period|quarter|half|month|week|day|time\s+span|span|stretch)s?"
_SAME_PERIOD = re.compile(rf"(?i:{_PERIOD_NOUNS_ID}\s+yang\s+sama"
                          rf"|the\s+same\s+{_PERIOD_NOUNS_EN}(?:\s+of)?)\s+$")
_SAME_WORDS = ("sama", "same")


def same_period_a_year_back(text: str, start: int) -> bool:
    """True when a "tahun lalu"/"last year" at ``start`` closes a "the same period" phrase."""
    lo = max(0, start - 40)
    # Every match holds "sama" or "same": most windows hold neither and skip the search.
    return may_hold_any(text[lo:start], _SAME_WORDS) and bool(_SAME_PERIOD.search(text, lo, start))


# "the same period in 2023", "periode yang sama tahun 2023": the period just named, in that year.
def placed_in_year(values: tuple[str, ...], year: str) -> tuple[str, ...]:
    """``values`` moved into ``year``, each at its own precision; () when a day does not exist
    there (29 February)."""
    out = []
    for value in values:
        moved = year + value[4:]
        if len(moved) == 10:
            try:
                dt.date.fromisoformat(moved)
            except ValueError:
                return ()
        out.append(moved)
    return tuple(out)


# The same-period phrase with the year it is placed in, said of a period named in another
# sentence ("Jumlahnya turun ... dibandingkan periode yang sama tahun lalu").
_SAME_PERIOD_THEN = re.compile(
    rf"(?:{_PERIOD_NOUNS_ID}\s+yang\s+sama|the\s+same\s+{_PERIOD_NOUNS_EN})"
    r"\s+(?:(?:pada\s+)?tahun\s+(?:(?P<back>lalu|sebelumnya)|(?P<y1>(?:19|20)\d{2}))"
    r"|(?P<back2>last\s+year|(?:a|one)\s+year\s+(?:earlier|ago|before)|of\s+the\s+previous\s+year)"
    r"|(?:in|of)\s+(?P<y2>(?:19|20)\d{2}))\b", re.I)
SAME_PERIOD_WORDS = ("sama", "same")    # every _SAME_PERIOD_THEN match holds one


def same_period_then(text: str, period: tuple[str, ...]) -> tuple[tuple[str, ...], str] | None:
    """(``period`` placed where ``text``'s same-period phrase puts it, the bare year the phrase
    resolves to on its own), or None when ``text`` has no such phrase or ``period`` is a year."""
    if not period or len(period[0]) < 7 or not _SAME_PERIOD_THEN.search(text):
        return None
    found = _SAME_PERIOD_THEN.search(text)
    year = found.group("y1") or found.group("y2")
    if year:
        moved = placed_in_year(period, year)
    else:
        moved = shifted_back(period, 0, 12)
        year = moved[0][:4] if moved else ""
    return (moved, year) if moved else None
