"""Spans whose digits are not quantities: clock times, dates, years, ballot and model numbers.

Rule 8 of the spec: clock times, ballot numbers, years and numbers that are part of a name
are not quantities. They are masked before numbers are read.
"""
from __future__ import annotations

import re

from claims.date_patterns import date_spans

_I = re.IGNORECASE
_ZONE = r"(?:WIB|WITA|WIT|GMT|UTC|[ap]\.\s?m\.|[ap]m\b|pagi|siang|sore|malam|dini\s+hari)"
_MASKS = [
    # "pukul 18.00 WIB", "jam 7 pagi", "pukul 7"
    re.compile(rf"\b(?:pukul|pkl\.?|jam)\s+\d{{1,2}}(?:[.:]\d{{2}})?(?:\s*[-–]\s*\d{{1,2}}(?:[.:]\d{{2}})?)?"
               rf"(?:\s*{_ZONE})?", _I),
    # "14.54 WIB", "9:02 AM", "7 a.m.", "4 p.m."
    re.compile(rf"(?<![\d.,])\d{{1,2}}[.:]\d{{2}}\s*{_ZONE}", _I),
    re.compile(r"(?<![\d.,])\d{1,2}\s*(?:[ap]\.\s?m\.|[ap]m\b|o'clock)", _I),
    re.compile(r"(?<![\d.,:])\d{1,2}:\d{2}(?::\d{2})?(?![\d])"),          # 10:02
    re.compile(r"(?<![\d.,])\d{4}\s*(?:GMT|UTC|WIB|hrs|hours\s+GMT)\b"),   # 0500 GMT
    # ballot and serial numbers: "nomor urut 3", "No. 5", "#2"
    re.compile(r"\b(?:nomor|nomer|no\.?|number|nr\.?)\s*(?:urut\s*)?\d+(?:[-/]\d+)?(?!\s*(?:%|persen))"
               r"|#\d+|\burut\s+\d+", _I),
    # model names and codes: "G20", "COVID-19", "MH17", "F-16" (letters glued to digits)
    re.compile(r"\b(?!(?:rp|us|usd|idr|rm|ke|sgd|eur)-?\d)[A-Za-z]{1,12}-?\d+[A-Za-z]*\b", _I),
    # year ranges and seasons: "2023-2024", "2023/24"
    re.compile(r"(?<![\d.,])(?:19|20)\d{2}\s*[-–/]\s*(?:(?:19|20)\d{2}|\d{2})(?![\d.,]?\d)"),
]


def masked_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans inside ``text[start:end]`` holding digits that are not quantities."""
    spans = date_spans(text, start, end)
    for pattern in _MASKS:
        spans.extend(m.span() for m in pattern.finditer(text, start, end))
    return spans


def is_masked(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """True when ``[start, end)`` overlaps any masked span."""
    return any(s < end and start < e for s, e in spans)
