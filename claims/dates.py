"""Dates in article text, resolved against a reference date (PLACEHOLDER: being written)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int                  # span of the written date expression in the article text
    end: int
    values: tuple[str, ...]     # ISO dates: YYYY, YYYY-MM or YYYY-MM-DD (two for a period)


def find_dates(text: str, start: int, end: int, language: str,
               reference: dt.date | None) -> tuple[DateMention, ...]:
    """Date expressions inside ``text[start:end]``, resolved against ``reference``."""
    return ()


def parse_dateline(line: str) -> dt.date | None:
    """The publication date stated by a date line ("26 Februari 2022 10:02 WIB",
    "Kompas.com - 21/11/2022", "Rabu, 15 Februari 2023 - 16:39 WIB"), or None."""
    return None


def date_from_url(url: str | None) -> dt.date | None:
    """A publication date embedded in a URL path (/2022/02/26/, /20220226...), or None."""
    return None
