"""Article metadata: language, title, outlet and publication date.

Language comes from pycld2 on the whole article (short sentences mislead every detector, see
../shared/NOTES.md); Malay is folded into Indonesian because short Indonesian text is often
labelled Malay.
"""
from __future__ import annotations

import datetime as dt
import re
from itertools import islice
from urllib.parse import urlsplit

import pycld2

from claims.clean import is_dateline, is_section_label
from claims.dates import date_from_url, parse_dateline
from claims.segment import DATED_DATELINE, line_spans

SUPPORTED_LANGUAGES = ("id", "en")
_FOLD = {"ms": "id", "id": "id", "en": "en"}
_ID_HINTS = re.compile(r"\b(yang|dan|di|ini|itu|dengan|untuk|dari|tidak|akan|pada|kata|ujar)\b", re.I)
_EN_HINTS = re.compile(r"\b(the|and|of|to|in|is|was|that|for|with|said|were)\b", re.I)


def detect_language(text: str) -> str:
    """"id" or "en" for the whole text; function-word counts decide when pycld2 cannot."""
    try:
        reliable, _, details = _cld(text)
    except pycld2.error:
        reliable, details = False, ()
    code = details[0][1] if details else "un"
    if reliable and code in _FOLD:
        return _FOLD[code]
    return "en" if len(_EN_HINTS.findall(text)) > len(_ID_HINTS.findall(text)) else "id"


def _cld(text: str):
    try:
        return pycld2.detect(text)
    except (pycld2.error, UnicodeEncodeError):
        return pycld2.detect(_printable(text))


def _printable(text: str) -> str:
    # pycld2 rejects unpaired surrogates and some control characters: keep letters and spaces.
    cleaned = "".join(ch if ch.isprintable() or ch in "\n\t" else " " for ch in text)
    return cleaned.encode("utf-8", "replace").decode("utf-8")


def url_host(url: str | None) -> str:
    """The lower-cased host of a URL, with or without its scheme ("" when there is none)."""
    if not url:
        return ""
    return (urlsplit(url if "//" in url else "//" + url).hostname or "").lower()


def outlet_from_url(url: str | None) -> str | None:
    """The site's name from a URL host: "https://news.detik.com/x" -> "detik"."""
    host = url_host(url)
    if not host:
        return None
    parts = [p for p in host.split(".") if p not in ("www", "m", "amp")]
    if len(parts) < 2:
        return parts[0] if parts else None
    if len(parts) >= 3 and parts[-2] in ("co", "com", "or", "ac", "go", "net", "org"):
        return parts[-3]
    return parts[-2]


def find_title(text: str) -> tuple[int, int] | None:
    """Span of the first non-empty line when it reads like a headline (no final full stop);
    of the line under it when the first is the site's section name ("News|Courts")."""
    spans = list(islice(line_spans(text), 2))
    lines = [text[a:b].strip() for a, b in spans]
    pick = 1 if len(lines) == 2 and is_section_label(lines[0], lines[1]) else 0
    if not lines or len(lines[pick]) >= 200 or lines[pick].endswith("."):
        return None
    return spans[pick]


def find_published(text: str, url: str | None, dateline_spans=()) -> dt.date | None:
    """Publication date from a date line in the text, else from a dated dateline opening the
    first paragraph ("JAKARTA, 12 Februari 2025 - …"), else from the URL."""
    for a, b in dateline_spans:
        found = parse_dateline(text[a:b].strip())
        if found:
            return found
    return _date_of_a_dated_dateline(text) or (date_from_url(url) if url else None)


_AGENCY_AND_DASH = re.compile(r"\s*(?:\([^)]*\))?\s*(?:-{1,2}|–|—)\s*$")


def _date_of_a_dated_dateline(text: str, limit: int = 12) -> dt.date | None:
    # The wire form puts the day between the place and the dash; it opens the body, so only
    # the first lines are read.
    for a, b in islice(line_spans(text), limit):
        m = DATED_DATELINE.match(text, a, b) if text[a:a + 2].isupper() else None
        if m:
            date_part = _AGENCY_AND_DASH.sub("", text[a:m.end()]).split(",", 1)[1]
            return parse_dateline(date_part.strip())
    return None


def dateline_spans(text: str, limit: int = 12) -> list[tuple[int, int]]:
    """Date lines among the first ``limit`` lines (where sites print them)."""
    spans = []
    for i, (a, b) in enumerate(line_spans(text)):
        if i >= limit:
            break
        if is_dateline(text[a:b].strip()):
            spans.append((a, b))
    return spans
