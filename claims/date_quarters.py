"""Quarters, half-years and spans of years as periods of months (labelling rule 9: a period gives its end points).

"kuartal IV 2024" / "triwulan kedua" / "the fourth quarter of 2024" / "Q3" -> first and last
month; "semester I 2024" / "the first half of 2024" / "H1 2024" -> months 1 and 6 (or 7 and 12).
A year-less period takes the reference date's year.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from claims.lexicon_dates import MONTHS, alternation
from claims.text_features import may_hold_any

_ORDINALS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4,
             "pertama": 1, "kesatu": 1, "kedua": 2, "ketiga": 3, "keempat": 4,
             "first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
             "4th": 4}
# the year written, or said against the report: "kuartal II tahun lalu", "the first quarter of last year"
# ("kuartal III/2025", "kuartal II-2024", "semester I/2026": the Indonesian business press writes
# the year after a slash or a hyphen; a spaced dash sets off a count, "kuartal I - 2000 unit")
_YEAR = (r"(?:(?:\s+(?:of\s+|tahun\s+)?|\s*/\s*|[–-])(?P<y>(?:19|20)\d{2})"
         r"|\s+(?P<ry>tahun\s+(?:lalu|ini|depan)|(?:of\s+)?(?:last|this|next)\s+year)(?!\w))?")
_ID_ORD = r"(?P<n>IV|III|II|I|[1-4]|pertama|kesatu|kedua|ketiga|keempat)"
_EN_ORD = r"(?P<n>first|second|third|fourth|1st|2nd|3rd|4th)"
_PATTERNS = (
    ("quarter", re.compile(rf"\b(?:kuartal|triwulan)\s+(?:ke-?)?{_ID_ORD}\b{_YEAR}", re.I)),
    ("half", re.compile(rf"\bsemester\s+(?:ke-?)?{_ID_ORD}\b{_YEAR}", re.I)),
    ("quarter", re.compile(rf"\b{_EN_ORD}[\s-]+quarter\b{_YEAR}", re.I)),
    # "the second half" alone is usually a match's half: an English half-year needs its year.
    ("half", re.compile(rf"\b{_EN_ORD}[\s-]+half\s+of\s+(?:the\s+year|(?P<y>(?:19|20)\d{{2}}))", re.I)),
    # ... or words of earnings or data around it ("revenue grew 9 percent in the second half").
    ("business_half", re.compile(rf"\b{_EN_ORD}[\s-]+half\b(?!\s+of)", re.I)),
    ("quarter", re.compile(r"\bQ(?P<n>[1-4])\b(?:(?:\s*/\s*|[–-]|\s*)(?P<y>(?:19|20)\d{2}))?")),
    ("half", re.compile(r"\bH(?P<n>[12])\b(?:(?:\s*/\s*|[–-]|\s*)(?P<y>(?:19|20)\d{2}))?")),
    # A span of years ("pada 2019-2021", "from 2015 to 2018") gives its end points.
    ("years", re.compile(r"\b(?P<y1>(?:19|20)\d{2})\s*(?:-|–|—|hingga|sampai|to|until)\s*"
                         r"(?P<y>(?:19|20)\d{2})\b(?!\s*(?:-|–|—|/)\s*\d)", re.I)),
)
_MONTHS = {"quarter": 3, "half": 6}
# What every period above holds; one pass for it spares the seven patterns on the many
# spans that name no period (find_dates runs for every claim).
_BUSINESS = re.compile(r"\b(?:sales|revenue|revenues|profit|profits|income|earnings|percent|growth|exports|imports"
                       r"|output|inflation|GDP|economy|shares|dividend)\b", re.I)
_ANY_PERIOD = re.compile(r"(?i:kuartal|triwulan|semester|quarter|half)|Q[1-4]|H[12]"
                         r"|(?:19|20)\d{2}\s*(?i:-|–|—|hingga|sampai|to|until)\s*(?:19|20)\d{2}")


def find_periods(text: str, start: int, end: int, reference: dt.date | None
                 ) -> list[tuple[int, int, tuple[str, str]]]:
    """(start, end, (first month, last month)) of each quarter or half-year in the span."""
    found = []
    if not _may_name_a_period(text) or not _ANY_PERIOD.search(text, start, end):
        return found
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text, start, end):
            values = _months(kind, m, reference)
            if values and kind in ("quarter", "half") and _UP_TO.search(text, max(start, m.start() - 12), m.start()) \
                    and not _FROM_BEFORE.search(text, max(start, m.start() - 60), m.start()):
                values = (values[0][:5] + "01", values[1])
            if values and _data_to_be_released(text, start, m, end):
                continue
            if kind == "quarter" and _ENDED_ON.match(text, m.end(), end):
                continue    # "the second quarter ended July 28": the day it ended tells (date_specs "months_to")
            if values and not any(a <= m.start() < b for a, b, _ in found):
                found.append((m.start(), m.end(), values))
    return sorted(found)


_ENDED_ON = re.compile(rf"\s+(?:ended|ending)\s+(?i:{alternation(MONTHS)})\.?\s+\d")


# "HDB will release the full second-quarter data on July 24", "BPS akan merilis data kuartal III
# pada 5 November": the period names the data a release will bring; the claim is about the
# release, dated by its day, not about the period (rule 9). Released data with its figure
# ("announced third-quarter earnings of $90 billion") is about the period.
_DATA_AFTER = re.compile(r"[\s-]*(?:data|figures|results|earnings|numbers|statistics|report|gdp)\b", re.I)
_RELEASE_BEFORE = re.compile(r"\b(?:releas|publish|announc|unveil|issu)\w*\s+(?:(?:the|its|their|full|final|official"
                             r"|preliminary)\s+){0,3}$", re.I)
_ID_RELEASE_BEFORE = re.compile(r"\b(?:merilis|mengumumkan|menerbitkan|mempublikasikan|rilis)\s+(?:data|angka"
                                r"|laporan)(?:\s+[a-z]+){0,3}\s+$", re.I)
_TO_COME = re.compile(r"\b(?:will|to|due|set|scheduled|expected|plans?|akan|dijadwalkan|rencananya|berencana"
                      r"|direncanakan)\b", re.I)
_FIGURE_AFTER = re.compile(r"[^.;]{0,40}?(?:\d|\b(?:of|sebesar|showing|dengan|yang)\b)", re.I)


def _data_to_be_released(text: str, start: int, m, end: int) -> bool:
    before = text[max(start, m.start() - 60):m.start()]
    released = _DATA_AFTER.match(text, m.end(), end) and _RELEASE_BEFORE.search(before) \
        or _ID_RELEASE_BEFORE.search(before)
    return bool(released) and _TO_COME.search(before) is not None \
        and not _FIGURE_AFTER.match(text, m.end(), _next_date_or_end(text, m.end(), end))


# "… data on July 24": the date of the release is no figure of the data.
_DATE_NEXT = re.compile(r"\s(?:on|pada|tanggal)\s")


def _next_date_or_end(text: str, a: int, end: int) -> int:
    found = _DATE_NEXT.search(text, a, end)
    return found.start() if found else end


# ``_ANY_PERIOD`` split in its case-blind words and a case-sensitive rest, which opens with
# literals the regex engine skips ahead to. (Each alternative opens with a bare literal: one
# that opens with a group, "(?:19|20)", leaves the engine no first characters to skip to, and it
# tries the whole pattern at every position of the window.)
_PERIOD_WORDS = ("kuartal", "triwulan", "semester", "quarter", "half")
_YEARS_AFTER_THE_CENTURY = r"\d{2}\s*(?i:-|–|—|hingga|sampai|to|until)\s*(?:19|20)\d{2}"
_CASED_PERIOD = re.compile(rf"Q[1-4]|H[12]|19{_YEARS_AFTER_THE_CENTURY}|20{_YEARS_AFTER_THE_CENTURY}")


@lru_cache(maxsize=16)
def _may_name_a_period(text: str) -> bool:
    # find_dates asks about several spans of one window, most of which name no period: one
    # look at the window spares the search of each span (``_ANY_PERIOD`` looks at no
    # context, so a span can match only where the whole text does).
    return may_hold_any(text, _PERIOD_WORDS) or _CASED_PERIOD.search(text) is not None


def _months(kind: str, m, reference: dt.date | None) -> tuple[str, str] | None:
    if kind == "years":
        first, last = m.group("y1"), m.group("y")
        return (first, last) if first < last and not _season(m) else None
    if not m.groupdict().get("y") and _in_a_game(m):
        return None
    if kind == "business_half":
        if not _BUSINESS.search(m.string, max(0, m.start() - 80), min(len(m.string), m.end() + 40)):
            return None
        kind = "half"
    n = _ORDINALS.get(m.group("n").lower())
    written = m.groupdict().get("y")
    said = (m.groupdict().get("ry") or "").lower()
    year = int(written) if written else (reference.year + _year_step(said) if reference else None)
    if not n or year is None or (kind == "half" and n > 2):
        return None
    size = _MONTHS[kind]
    first = (n - 1) * size + 1
    return f"{year:04d}-{first:02d}", f"{year:04d}-{first + size - 1:02d}"


# "laba bersih hingga kuartal III/2025": results up to a quarter's end run from January (the
# year to date); "dari kuartal I hingga kuartal III" is a period of its own ends.
_UP_TO = re.compile(r"\b(?:hingga|sampai(?:\s+dengan)?|s\.?d\.?)\s+(?:akhir\s+)?$", re.I)
_FROM_BEFORE = re.compile(r"\b(?:dari|sejak|antara|from|since|between)\b", re.I)


def _year_step(said: str) -> int:
    if not said:
        return 0
    return -1 if ("lalu" in said or "last" in said) else 1 if ("depan" in said or "next" in said) else 0


def without_a_year(text: str, start: int, end: int) -> bool:
    """True when the period at ``text[start:end]`` states no year of its own (it took the report's)."""
    return _STATED_YEAR.search(text, start, end) is None


_STATED_YEAR = re.compile(r"(?:19|20)\d{2}|\b(?:tahun|year)\b", re.I)


_WORD_BEFORE = re.compile(r"(\S+)\s*$")


def _season(m) -> bool:
    # "Liga 1 2023-2024", "musim 2022-2023": years that close a competition's name or a season
    # name the competition, not the time the claim is about ("Pada 2023-2024", "In 2019-2021"
    # open a sentence with a preposition, capitalised).
    before = _WORD_BEFORE.search(m.string, max(0, m.start() - 30), m.start())
    word = before.group(1) if before else ""
    if word.lower() in _PREPOSITIONS:
        return False
    return bool(word) and (word[:1].isupper() or word[:1].isdigit()
                           or word.lower() in ("musim", "season", "edisi", "edition"))


_PREPOSITIONS = frozenset("""pada sejak selama sepanjang periode tahun antara dari hingga in from during between
since for over through""".split())


# "12 points in the fourth quarter", "scored in the second half": a period of a game, not of
# the year (a year-less quarter or half is read as one of the year only outside a game).
# ("points" alone is no sign: index and percentage points are counted in quarters too.)
_GAME = re.compile(r"\b(?:goals?|scored|touchdowns?|baskets?|game|match|overtime|tip-off|kick-off"
                   r"|gol|mencetak|pertandingan|babak)\b", re.I)


def _in_a_game(m) -> bool:
    text = m.string
    return bool(_GAME.search(text, max(0, m.start() - 80), min(len(text), m.end() + 40)))
