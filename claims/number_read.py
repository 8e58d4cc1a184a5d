"""Read one written number: digits in Indonesian or English format, or number words."""
from __future__ import annotations

import math

from claims.lexicon_numbers import MULTIPLIERS, NUMBER_WORDS

_MAX_DIGITS = 24        # longer digit strings are identifiers, not amounts


def read_numeral(digits: str, language: str) -> float | None:
    """``"4.360.629"`` -> 4360629 and ``"5,95"`` -> 5.95 in Indonesian; ``"130,000"`` ->
    130000 and ``"1.5"`` -> 1.5 in English. None for what is not a plain amount."""
    if digits.isdecimal():              # (most numbers: digits alone, no separator to read)
        return float(digits) if len(digits) <= _MAX_DIGITS else None
    dots, commas = digits.count("."), digits.count(",")
    if len(digits) - dots - commas > _MAX_DIGITS:
        return None
    if not dots and not commas:
        return float(digits)
    if dots and commas:                 # the later separator is the decimal one
        decimal = "." if digits.rfind(".") > digits.rfind(",") else ","
    elif dots + commas == 0:
        decimal = None
    else:
        decimal = _single_separator_role("." if dots else ",", digits, language)
    if decimal:
        whole, _, frac = digits.rpartition(decimal)
        normal = _bare(whole) + "." + frac
        if "." in frac or "," in frac:
            return None
    else:
        normal = _bare(digits)
    value = float(normal)
    return value if math.isfinite(value) else None


def _bare(digits: str) -> str:
    return digits.replace(".", "").replace(",", "")


def _single_separator_role(sep: str, digits: str, language: str) -> str | None:
    """Decimal separator, or None when ``sep`` groups thousands."""
    groups = digits.split(sep)
    thousands_like = len(groups) > 1 and all(len(g) == 3 for g in groups[1:]) and len(groups[0]) <= 3
    if not thousands_like and sep == "," and _indian_grouping(groups):
        return None         # "1,52,513", "12,34,567": lakhs and crores grouped by twos before the last three
    if not thousands_like:
        return sep
    if len(groups) > 2:
        return None
    # One separator before exactly three digits: the language's convention decides.
    thousands_sep = "." if language == "id" else ","
    return None if sep == thousands_sep else sep


_HUNDREDS = {"ratus": 100, "hundred": 100, "dozen": 12, "seratus": None}
_WHOLE_SE = {"seratus": 100, "seribu": 1e3, "sejuta": 1e6}


def read_words(words: list[str]) -> float | None:
    """Value of number words: ``["dua", "puluh", "lima"]`` -> 25, ``["forty", "nine"]`` -> 49.

    ``small`` is the chunk below a hundred, ``current`` the chunk below a thousand.
    """
    total = current = small = 0.0
    for word in (w.lower() for w in words):
        if word in ("a", "an", "and"):
            continue
        if word == "seratus":
            current += 100
        elif word in ("seribu", "sejuta"):
            total += _WHOLE_SE[word]
        elif word in NUMBER_WORDS:
            small += NUMBER_WORDS[word]
        elif word == "belas":
            small += 10
        elif word == "puluh":
            small = (small or 1) * 10
        elif word in _HUNDREDS:
            current, small = current + (small or 1) * _HUNDREDS[word], 0.0
        elif word in MULTIPLIERS:
            total, current, small = total + ((current + small) or 1) * MULTIPLIERS[word], 0.0, 0.0
        else:
            return None
    value = total + current + small
    return value if math.isfinite(value) else None


def _indian_grouping(groups: list[str]) -> bool:
    return len(groups) >= 3 and len(groups[-1]) == 3 and all(len(g) == 2 for g in groups[1:-1]) \
        and 1 <= len(groups[0]) <= 2
