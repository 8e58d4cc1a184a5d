"""Publication dates from a date line of the page or from the article URL."""
from __future__ import annotations

import datetime as dt
import re

from claims import date_resolve as r
from claims.date_patterns import scan_dates
from claims.lexicon_dates import CALENDAR_WORDS, MONTHS

_MAX_DATELINE = 120
_HAS_YEAR = re.compile(r"(?:19|20)\d{2}")      # every accepted date line states its year
_FULL_DATE_KINDS = {"day_month", "month_day", "numeric", "iso", "weekday_numeric"}
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?|T\d{2}:\d{2}\S*", re.I)
# Time zones printed after the clock ("11:05 IST", "7:42 AM GMT+8", "SGT", "AEDT"): page
# furniture, like the clock itself; an offset after the zone is read with it.
_ZONES = {"wib", "wita", "wit", "gmt", "utc", "am", "pm", "et", "est", "pst", "cet", "bst", "pukul", "jam",
          "ist", "sgt", "myt", "pht", "ict", "jst", "kst", "hkt", "aest", "aedt", "awst", "nzst", "nzdt",
          "cest", "eet", "eest", "msk", "gst", "pkt", "sast", "eat", "wat", "cat", "edt", "cdt", "cst",
          "mdt", "mst", "pdt", "wet", "west"}
_ZONE_OFFSET = re.compile(r"[+\u2212-]\d{1,2}(?::?\d{2})?$")
# Labels that may share a line with a publication date.
_LABELS = {"published", "publish", "posted", "updated", "update", "diperbarui", "diterbitkan",
           "dipublikasikan", "terbit", "tayang", "dibuat", "last", "on", "at", "first", "date",
           "tanggal", "oleh", "by", "waktu", "modified", "|", "penulis", "editor", "reporter", "pewarta",
           "redaktur", "writer", "wib", "wita", "wit", "ago", "hours", "hour", "minutes", "minute", "min",
           "mins", "read", "jam", "menit", "lalu", "yang",
           # a reading-time note printed beside the date: "4 mins to read", "2 menit baca"
           "to", "reading", "time", "baca", "dibaca",
           # an age of the page: "Updated about 5 hours ago", "sekitar 2 jam lalu"
           "about", "sekitar"}
# Separators between a byline, the outlet and the date: "Name · Outlet · Posted: …", "Name • 14 …".
_WORD = re.compile(r"[^\s,|:()\-–—/·•∙‧]+")
# A scraped line may glue the time to the year ("June 6, 20253:20 AM"): the year is four digits.
# (The look-behind, "no digit before the year", is checked after "19"/"20": a pattern that opens
# with a look-behind gets no first-character skip from the regex engine.)
_GLUED_TIME = re.compile(r"((?:19|20)(?<!\d..)\d{2})(\d{1,2}[:.]\d{2})(?!\d)")


# A desk's byline and the site's name may share the line: "Metro Desk / EXAMPLE.COM / Jun 3, …".
_MAX_NAMES = 4
# Two names, the outlet, and labels for two dates ("Posted: … AM MDT | Last Updated: …").
_MAX_WORDS = 10


def _leftover_is_furniture(words: list[str]) -> bool:
    """Besides the date, a date line holds labels ("Last updated on ... at") and at most a
    few names (an outlet, a city, a byline such as "City Desk / Example.com")."""
    if len(words) > _MAX_WORDS:
        return False
    names = 0
    for word in words:
        low = _ZONE_OFFSET.sub("", word.lower().strip("."))
        if low in _LABELS or low in _ZONES or low in CALENDAR_WORDS or not low or low.isdigit():
            continue
        if not (word[0].isupper() or "." in word):
            return False
        names += 1
    return names <= _MAX_NAMES


def parse_dateline(line: str) -> dt.date | None:
    """The publication date stated by a date line ("26 Februari 2022 10:02 WIB",
    "Kompas.com - 21/11/2022", "Rabu, 15 Februari 2023 - 16:39 WIB"), or None.

    A sentence that merely contains a date is not a date line and gives None.
    """
    line = (line or "").strip()
    if _GLUED_TIME.search(line):     # (rare: a search in C spares the substitution's own set-up)
        line = _GLUED_TIME.sub(r"\1 \2", line)
    if not line or len(line) > _MAX_DATELINE or not _HAS_YEAR.search(line):
        return None
    matches = [m for m in scan_dates(line) if m.kind in _FULL_DATE_KINDS and m.groups.get("y")]
    if not matches:
        return None
    first = matches[0]
    rest = line[:first.start] + " " + line[first.end:]
    for other in matches[1:]:           # "Published ... Updated ..." lines carry two dates
        rest = rest.replace(line[other.start:other.end], " ")
    if not _leftover_is_furniture(_WORD.findall(_TIME.sub(" ", rest))):
        return None
    month_key = "mo" if first.groups.get("mo") else "m"
    month = first.groups[month_key]
    month = int(month) if month.isdigit() else r.month_of(month)
    return r.safe_date(r.year_of(first.groups["y"]), month, int(first.groups["d"]))


_URL_DATES = [
    re.compile(r"/(?P<y>(?:19|20)\d{2})/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?=[/\-_.]|$)"),
    re.compile(r"(?<![\d])(?P<y>(?:19|20)\d{2})[-_](?P<m>\d{2})[-_](?P<d>\d{2})(?!\d)"),
    # Compact stamps, possibly followed by a time of day: /20220226, -20150620154035-
    re.compile(r"(?<![\d])(?P<y>(?:19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})(?:\d{4}|\d{6})?(?!\d)"),
    re.compile(r"(?<![\w])(?P<d>\d{1,2})-(?P<mn>[A-Za-z]{3,9})-(?P<y>(?:19|20)\d{2})(?!\d)"),
]


def date_from_url(url: str | None) -> dt.date | None:
    """A publication date embedded in a URL path (/2022/02/26/, /20220226...), or None."""
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]*", "", url.strip(), flags=re.I)[:2000]
    for pattern in _URL_DATES:
        for m in pattern.finditer(path):
            month = m.groupdict().get("m") or str(MONTHS.get((m.group("mn") or "").lower(), 0))
            day = r.safe_date(int(m.group("y")), int(month), int(m.group("d")))
            if day:
                return day
    return None
