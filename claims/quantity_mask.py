"""Spans whose digits are not quantities: clock times, dates, years, ballot and model numbers.

Rule 8 of the spec: clock times, ballot numbers, years and numbers that are part of a name
are not quantities. They are masked before numbers are read.
"""
from __future__ import annotations

import re
from functools import lru_cache

from claims.date_patterns import overlapping_date_spans
from claims.lexicon_dates import alternation
from claims.lexicon_numbers import NUMBER_WORDS
from claims.lexicon_units import CURRENCY_CODES, LETTER_MARKS, SHILLING_MARKS
from claims.text_features import features

_I = re.IGNORECASE
_ZONE = r"(?:WIB|WITA|WIT|GMT|UTC|[ap]\.\s?m\.|[ap]m\b|pagi|siang|sore|malam|dini\s+hari)"
_MASKS = [
    # "pukul 18.00 WIB", "jam 7 pagi", "pukul 7"
    (re.compile(rf"(?i:pukul|pkl\.?|jam)\s+\d{{1,2}}(?:[.:]\d{{2}})?(?:\s*[-–]\s*\d{{1,2}}(?:[.:]\d{{2}})?)?"
                rf"(?:\s*{_ZONE})?"), frozenset({"pukul", "pkl", "jam"})),
    # "14.54 WIB", "9:02 AM", "7 a.m.", "4 p.m." (\d\d?, not \d{1,2}: a pattern opening with a
    # repeat gets no skip-ahead in the regex engine)
    (re.compile(rf"\d\d?[.:]\d{{2}}(?:[.:]\d{{2}})?\s*{_ZONE}"), frozenset(":.")),      # "10.15.30 WIB" too
    (re.compile(r"\d\d?\s*(?i:[ap]\.\s?m\.|[ap]m\b|o'clock)"), frozenset({"a.", "p.", "am", "pm", "o'clock"})),
    (re.compile(r"\d\d?:\d{2}(?::\d{2})?(?![\d])"), frozenset(":")),                                  # 10:02
    (re.compile(r"\d\d\d\d\s*(?:GMT|UTC|WIB|hrs|hours\s+GMT)\b"), frozenset({"gmt", "utc", "wib", "hrs"})),   # 0500 GMT
    # ballot and serial numbers: "nomor urut 3", "No. 5", "#2"; the slots of one phrase ("nomor
    # urut 1 dan 2", "nomor urut 1, 2, dan 3") are all ballot numbers
    (re.compile(r"(?i:nomor|nomer|no\.?|number|nr\.?)\s*(?i:urut\s*)?\d+(?:[-/]\d+)?(?!\s*(?:%|persen))"
                r"(?:(?:\s*,)?\s+(?i:dan|atau|serta)\s+\d+(?![\d.,]?\d)|\s*,\s*\d+(?![\d.,]?\d)(?=\s*,?\s*(?i:dan|atau)\s+\d))*"
                r"|#\d+|(?i:urut)\s+\d+"), frozenset({"no", "nomor", "nomer", "number", "nr", "#", "urut"})),
    # phone numbers: "0812-3456-7890", "+62 21 555 0100", "08123456789"
    (re.compile(r"(?:\+\d{1,3}[\s-]?)?\(?0\d{1,4}\)?[\s-]\d{3,4}[\s-]?\d{2,5}(?!\d)|\+\d{1,3}[\s-]?\d{2,4}[\s-]\d{3,4}"
                r"[\s-]?\d{2,5}(?!\d)|0\d{9,13}(?!\d)"), frozenset({"0", "+"})),
    # decades: "1990-an", "1990s", "'90s"
    (re.compile(r"(?:19|20)\d0(?:-?an|s)\b|['’]\d0s\b"), frozenset({"19", "20", "'", "’"})),
    # year ranges and seasons: "2023-2024", "2023/24"
    (re.compile(r"(?:19|20)\d{2}\s*[-–/]\s*(?:(?:19|20)\d{2}|\d{2})(?![\d.,]?\d)"), frozenset("-–/")),
    # article numbers of laws: "Pasal 2 ayat (1) huruf b", "Article 27", "Chapter 11"
    (re.compile(r"(?i:pasal|ayat|butir|section|article|chapter|clause)\s*\(?\d+[a-z]?\)?"
                r"(?:\s*(?i:ayat|huruf|angka|butir)\s*\(?\d*[a-z]?\)?)*"),
     frozenset({"pasal", "ayat", "butir", "section", "article", "chapter", "clause"})),
]
# Stretches that every match of a mask must hold, found in one fast pass (they start with a
# literal) before the mask's own pattern, which opens with a digit or a group of alternatives
# and so is tried at every position. Gates never change what is masked.
_PHONE_GATE = re.compile(r"0\d{1,4}\)?[\s-]\d{3}|\+\d|0\d{9}")


def _may_hold_a_phone_number(text: str, start: int, end: int) -> bool:
    # The phone mask opens on any digit (its needle "0" is the feature of every digit), yet
    # each of its matches holds a "0" or a "+": two character searches rule most windows out.
    if text.find("0", start, end) < 0 and text.find("+", start, end) < 0:
        return False
    return _PHONE_GATE.search(text, start, end) is not None


_CLOCK_GATE = re.compile(r"[.:]\d\d\s*(?:WI|GMT|UTC|[ap]|pagi|siang|sore|malam|dini)")      # "14.54 WIB"
# Each ASCII byte as "." when it is a full stop or a colon, "0" when a digit, " " otherwise.
_STOP_DIGIT_CLASSES = bytes(46 if byte in (46, 58) else 48 if 48 <= byte <= 57 else 32 for byte in range(256))


def _may_hold_a_clock_time(text: str, start: int, end: int) -> bool:
    # Nearly every window holds a full stop (its sentence's end), few a stop or colon before two
    # digits: a byte translation rules those out before the engine's scan for the stops.
    stretch = text[start:end]
    if stretch.isascii() and b".00" not in stretch.encode("ascii").translate(_STOP_DIGIT_CLASSES):
        return False
    return _CLOCK_GATE.search(text, start, end) is not None


def _may_hold_am_or_pm(text: str, start: int, end: int) -> bool:
    # The marks "a." and "p." open this mask after any word ending in "a" or "p" ("juta.",
    # "kata."): every match holds "m." ("a.m."), "o'clock", or "am"/"pm" as a word of the
    # window's word set. (Case-blind, these letters match only their own two cases, which
    # lower() keeps; an apostrophe joins a word of that set, "7am's", so then the mask decides.)
    low = text[start:end].lower()
    if "m." in low or "'" in low or "’" in low:
        return True
    return not _AM_PM.isdisjoint(features(text, start, end))


_AM_PM = frozenset({"am", "pm"})


def _may_hold_a_year_range(text: str, start: int, end: int) -> bool:
    # Its separators ("-", "/") open this mask in most windows; every match opens with "19" or "20".
    return text.find("19", start, end) >= 0 or text.find("20", start, end) >= 0
# (each a test of (text, start, end))
_GATES = {
    1: _may_hold_a_clock_time,
    2: _may_hold_am_or_pm,
    6: _may_hold_a_phone_number,
    7: re.compile(r"0(?:-?an|s)\b").search,                                                 # decades
    8: _may_hold_a_year_range,
}
_GATED_MASKS = [(pattern, _GATES.get(i)) for i, (pattern, _) in enumerate(_MASKS)]
# The masks each needle may open (bit i: ``_GATED_MASKS[i]``): a window opens few of them, and
# one set intersection finds those instead of a test per mask.
_OPENED_BY = {needle: sum(1 << i for i, (_, needles) in enumerate(_MASKS) if needle in needles)
              for needle in frozenset().union(*(needles for _, needles in _MASKS))}
# (a frozenset: ``&`` then walks the smaller side; ``keys() & present`` copies every key first)
_NEEDLES = frozenset(_OPENED_BY)
# Model names and codes: letters glued to digits ("G20", "COVID-19", "MH17", "F-16"), but
# not currency prefixes ("Rp50") or the ordinal marker "ke-60".
# (only runs glued to what may be a letter or a hyphen: the look-behind after the first digit
# keeps the engine's skip to digits, and rules out in C the runs that follow a space)
_GLUED_DIGIT_RUN = re.compile(r"[0-9](?<=[^\W\d_][0-9]|-[0-9])[0-9]*[A-Za-z]*")
_LETTERS_BEFORE = re.compile(r"(?<![A-Za-z])([A-Za-z]{1,12})-?$")
_NOT_NAME_PREFIXES = {"rp", "us", "usd", "idr", "rm", "ke", "sgd", "eur", "s", "a", "rs", "inr", "myr", "aud", "gbp",
                      "jpy", "cny"}


# "KRW40 billion", "THB2,750", "P2.4 million", "R95 million": a currency code glued to an amount; "COP31" (a summit)
# and "P5" are names.
_AMOUNT_AFTER = re.compile(r"[.,]\d|m\b|\s?(?i:thousand|million|billion|trillion|bn|mn|tn|ribu|juta|miliar|milyar"
                           r"|triliun)\b")


def _code_before_amount(text: str, letters: re.Match, digits: re.Match) -> bool:
    if letters.group(1) not in CURRENCY_CODES and letters.group(1).lower() not in SHILLING_MARKS \
            and letters.group(1) not in LETTER_MARKS:    # (the peso's and the rand's letters: "P2.4 million")
        return False
    number_end = digits.start() + len(digits.group().rstrip("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"))
    return bool(_AMOUNT_AFTER.match(text, number_end))


# Each ASCII byte as "a" when a digit after it is glued (a letter or "-"), "0" when it is a
# digit, " " otherwise: a glued digit run shows as "a0" in the translated window.
_GLUE_CLASSES = bytes(97 if (65 <= byte <= 90 or 97 <= byte <= 122 or byte == 45) else 48 if 48 <= byte <= 57 else 32
                      for byte in range(256))


def _may_hold_glued_digits(text: str, lo: int, hi: int) -> bool:
    """False when no digit in ``[lo, hi)`` follows a letter or "-" (the look-behind of
    ``_GLUED_DIGIT_RUN`` reads the character before ``lo`` too). Most windows hold none, and a
    byte translation costs a fraction of the engine's scan; text outside ASCII (other
    letters) is left to the pattern."""
    stretch = text[max(0, lo - 1):hi]
    return not stretch.isascii() or b"a0" in stretch.encode("ascii").translate(_GLUE_CLASSES)


def _glued_name_spans(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    spans = []
    if not _may_hold_glued_digits(text, lo, hi):
        return spans
    for m in _GLUED_DIGIT_RUN.finditer(text, lo, hi):
        prev = text[m.start() - 1] if m.start() else " "
        if not (prev.isalpha() or prev == "-"):
            continue
        before = _LETTERS_BEFORE.search(text, max(0, m.start() - 14), m.start())
        if before and before.group(1).lower() not in _NOT_NAME_PREFIXES and not _code_before_amount(text, before, m):
            spans.append((before.start(), m.end()))
    return spans


# "BI 7-Day Reverse Repo Rate", "the 24-Hour Fitness chain": a number glued by a hyphen to a
# capitalised word that goes on in a capitalised name is part of the name.
_HYPHENED_NAME = re.compile(r"(?<![\w.,])\d{1,3}-[A-Z][a-z]+(?=\s+[A-Z][a-z])")


def _hyphened_name_spans(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    if text.find("-", lo, hi) < 0:
        return []       # most windows: no hyphen at all
    return [m.span() for m in _HYPHENED_NAME.finditer(text, lo, hi)]


def masked_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans inside ``text[start:end]`` holding digits that are not quantities."""
    spans = overlapping_date_spans(text, start, end) + _glued_name_spans(text, start, end) \
        + _hyphened_name_spans(text, start, end)
    for pattern, gate in _masks_for(features(text, start, end)):
        if gate is None or gate(text, start, end):
            spans.extend(_clock_span(text, m) for m in pattern.finditer(text, start, end)
                         if _word_start(text, m.start()) and not _duration_hours(text, m))
    return spans


def _clock_span(text: str, m: re.Match) -> tuple[int, int]:
    """The span of a clock time; "tanggal 12 jam 10 pagi" takes in the day before it too (a date
    is no quantity, and "12 jam" is no duration there)."""
    if text[m.start()] in "jJ":
        day = _DAY_NUMBER_BEFORE.search(text, max(0, m.start() - 4), m.start())
        if day:
            return day.start(), m.end()
    return m.span()


# "1 jam 20 menit", "dua jam 15 menit": "jam" after a count is the unit of a duration (hours),
# not the "jam 7" of a clock time, and the number after it is the duration's minutes. (Shared
# with quantity_special: "menit" after a count is a duration's unit too.)
COUNT_BEFORE = re.compile(rf"(?:\d|\b(?i:{alternation(list(NUMBER_WORDS))}))\s+$")
# "tanggal 12 jam 10 pagi", "Pada 5 jam 7 malam": the number before is a day of the month, and a
# half of the day after the number (or "tanggal" before the day) shows a clock time.
_DAY_BEFORE_COUNT = re.compile(r"\b(?i:tanggal|tgl\.?)\s+\d{1,2}\s+$")
_ZONE_END = re.compile(rf"{_ZONE}$")
_DAY_NUMBER_BEFORE = re.compile(r"(?<![\d.,])\d{1,2}\s+$")


def _duration_hours(text: str, m: re.Match) -> bool:
    pos = m.start()
    if text[pos] not in "jJ":
        return False                       # gate: only the "jam" mask opens with a j
    if not COUNT_BEFORE.search(text, max(0, pos - 12), pos):
        return False
    return not (_ZONE_END.search(m.group()) or _DAY_BEFORE_COUNT.search(text, max(0, pos - 16), pos))


def _masks_for(present: frozenset[str]) -> tuple:
    """The masks (with their gates) one of whose needles ``present`` holds, in their order."""
    bits = 0
    for needle in _NEEDLES & present:
        bits |= _OPENED_BY[needle]
    return _masks_of(bits)


@lru_cache(maxsize=256)
def _masks_of(bits: int) -> tuple:
    return tuple(mask for i, mask in enumerate(_GATED_MASKS) if bits >> i & 1)


def _word_start(text: str, pos: int) -> bool:
    return pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] in ".,:")


class Mask:
    """Masked characters of one window, for constant-time overlap checks (a text full of
    dates must not make every number scan every masked span)."""

    def __init__(self, spans: list[tuple[int, int]], lo: int, hi: int):
        self.lo, self.hi = lo, hi
        self.marks = bytearray(max(0, hi - lo))
        self.add(spans)

    def add(self, spans) -> None:
        for start, end in spans:
            start, end = max(start, self.lo), min(end, self.hi)
            if start < end:
                self.marks[start - self.lo:end - self.lo] = b"\1" * (end - start)

    def hits(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` overlaps a masked character."""
        # (asked for every number read: no max()/min() calls, and find() copies no slice)
        lo, hi = self.lo, self.hi
        first = start - lo if start > lo else 0
        stop = end - lo if end < hi else hi - lo
        return first < stop and self.marks.find(1, first, stop) >= 0
