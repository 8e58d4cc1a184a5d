"""Word lists for dates: month and weekday names, relative words (Indonesian and English)."""
from __future__ import annotations

from claims.text_features import literal_alternation

# Each language's full month and weekday names in calendar order, for the rules that read one
# language's spelling ("Jumat (25/2)", "on Friday", "Ministry of Finance" but not "of March").
MONTH_NAMES_ID = ("januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus",
                  "september", "oktober", "november", "desember")
MONTH_NAMES_EN = ("january", "february", "march", "april", "may", "june", "july", "august",
                  "september", "october", "november", "december")
WEEKDAY_NAMES_ID = ("senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu")
WEEKDAY_NAMES_EN = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _numbered(names, first: int) -> dict[str, int]:
    return {name: first + i for i, name in enumerate(names)}


# Month names, their usual abbreviations and older or Malay spellings; both languages share
# one table because Indonesian articles quote English sources and the other way round.
MONTHS = {
    **_numbered(MONTH_NAMES_ID, 1), **_numbered(MONTH_NAMES_EN, 1),
    "jan": 1, "pebruari": 2, "feb": 2, "peb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
    "agu": 8, "agt": 8, "aug": 8, "sept": 9, "sep": 9, "okt": 10, "oct": 10,
    "nopember": 11, "nov": 11, "nop": 11, "des": 12, "dec": 12,
    # Malay's own spellings ("31 Mac", "12 Ogos lalu", "Julai 2024", "5 Disember ini")
    "mac": 3, "julai": 7, "ogos": 8, "disember": 12,
}

# Monday is 0, as in datetime.date.weekday().
WEEKDAYS = {
    **_numbered(WEEKDAY_NAMES_ID, 0), **_numbered(WEEKDAY_NAMES_EN, 0),
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thurs": 3,
    "jum'at": 4, "jum’at": 4, "fri": 4, "sat": 5, "ahad": 6, "sun": 6,
}

# Weekday names written out: FULL_WEEKDAYS leaves out every form that begins another form of
# the list ("tue", "tues" of "tuesday"); SPELLED_WEEKDAYS leaves out only the three-letter
# ones, which other words share ("sat", "wed").
FULL_WEEKDAYS = tuple(w for w in WEEKDAYS if not any(o != w and o.startswith(w) for o in WEEKDAYS))
SPELLED_WEEKDAYS = tuple(w for w in WEEKDAYS if len(w) > 3)
# Every month and weekday word, for the rules that only ask whether a word names one.
CALENDAR_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)

# Single words naming a day relative to the reference date.
RELATIVE_DAYS = {
    "kemarin": -1, "kemarin lusa": -2, "hari ini": 0, "besok": 1, "lusa": 2,
    "yesterday": -1, "today": 0, "tomorrow": 1, "semalam": -1, "tadi malam": -1, "malam tadi": -1,
    "last night": -1, "tonight": 0,
    # "tadi" is earlier today: "tadi pagi", "dini hari tadi"
    "tadi pagi": 0, "pagi tadi": 0, "tadi siang": 0, "siang tadi": 0, "tadi sore": 0, "sore tadi": 0,
    "dini hari tadi": 0, "this morning": 0, "pagi ini": 0, "malam ini": 0,
    "sore ini": 0, "siang ini": 0, "this afternoon": 0, "this evening": 0,
    # "now" words state the day of the report ("stok saat ini", "warga kini mengungsi")
    "kini": 0, "saat ini": 0, "sekarang": 0, "currently": 0,
}

# "pekan lalu", "last month"... : (unit, step) where step -1 is the previous one.
RELATIVE_UNITS = {
    "hari": "day", "day": "day", "days": "day",
    "minggu": "week", "pekan": "week", "week": "week", "weeks": "week",
    "bulan": "month", "month": "month", "months": "month",
    "tahun": "year", "year": "year", "years": "year",
    # "satu dekade lalu", "a decade ago": ten years, said at a year's precision
    "dekade": "decade", "dasawarsa": "decade", "decade": "decade", "decades": "decade",
}
PAST_WORDS = ("lalu", "kemarin", "yang lalu", "sebelumnya", "ago", "last", "previous")
NEXT_WORDS = ("depan", "mendatang", "next", "coming")
THIS_WORDS = ("ini", "this")

# One unit back, forward or now, in one word: "sepekan lalu", "setahun lalu".
ONE_UNIT_WORDS = {"sehari": "day", "seminggu": "week", "sepekan": "week", "sebulan": "month",
                  "setahun": "year"}

# Number words small enough for "dua hari lalu" / "three days ago".
SMALL_NUMBERS = {
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
    "delapan": 8, "sembilan": 9, "sepuluh": 10, "one": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "a": 1, "an": 1,
}


def alternation(words) -> str:
    """A regex alternation of ``words``, longest first so prefixes do not win."""
    import re
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def cased_alternation(words, lower: bool = True) -> str:
    """Alternation of the Capitalised and UPPER forms of ``words`` (and lower-case ones when
    ``lower``), prefix-factored: literal alternatives let the regex engine skip ahead, unlike
    IGNORECASE, and a shared prefix is tested once (about 1% of an article's instructions)."""
    forms = {w.capitalize() for w in words} | {w.upper() for w in words}
    return literal_alternation(forms | set(words) if lower else forms)
