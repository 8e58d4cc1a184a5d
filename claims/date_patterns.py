"""Compiled patterns that find date expressions (no resolution here).

Dates are found by pattern first and only then resolved, because free-text date search
reads ranges such as "9-10 km" as dates. Quantities reuse ``date_spans`` to mask dates.
Patterns and their gates live in ``date_specs``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from claims.date_specs import (BEFORE_ENDINGS, DIGIT_KINDS, GATES, LAST_RESORT_KINDS, LOOK_BACK, NEEDLES, PATTERNS,
                               YEAR_KINDS)
from claims.text_features import DIGIT, features
from claims.quick_init import quick_init


@quick_init
@dataclass(frozen=True, slots=True)
class DateMatch:
    """One found date expression: its span, its kind and the groups the resolver reads."""
    start: int
    end: int
    kind: str
    groups: dict


def _starts_a_word(text: str, pos: int) -> bool:
    return pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] in "_.,/")


def _with_words_before(text, match, before, required, lo, endings=None) -> tuple[int, dict] | None:
    """Extend ``match`` backwards over the optional (or required) words ``before`` it."""
    pos = match.start()
    # Every words-before pattern that matches something ends with white space or a hyphen
    # ("pada ", "mid-"), so a date glued to anything else has none: the search, which tries
    # each of the LOOK_BACK positions, is spared ("$" may also match before a final "\n",
    # white space itself).
    last = text[pos - 1:pos]
    if not last.isspace() and last != "-":
        return None if required else (pos, match.groupdict())
    start = max(lo, pos - LOOK_BACK)
    found = before.search(text, start, pos) if endings is None or _may_end_with(text, start, pos, endings) else None
    if not found or found.start() == found.end():
        # (the groups are read only for a match kept: most required words are missing)
        return None if required else (pos, match.groupdict())
    groups = match.groupdict()
    groups.update({k: v for k, v in found.groupdict().items() if v})
    return found.start(), groups


_STRIPPED = "".join(c for c in map(chr, range(128)) if c.isspace()) + "-"


def _may_end_with(text: str, start: int, pos: int, endings: tuple[tuple[str, ...], tuple[str, ...]]) -> bool:
    """False only when no words-before match can end at ``pos``: ``text[start:pos]``, less its
    trailing white space and hyphens, ends with none of ``endings`` (date_specs.BEFORE_ENDINGS).
    Text that is not ASCII is left to the pattern: a case-blind pattern matches "ſ" and "İ" as
    "s" and "i", which lower-casing does not."""
    head = text[start:pos]
    if not head.isascii():
        return True
    head = head.rstrip(_STRIPPED)
    return head.lower().endswith(endings[0]) or head.endswith(endings[1])


# Each pattern with what gates it, looked up once rather than per window.
_GATED = [(kind, pattern, before, required, GATES.get(kind), BEFORE_ENDINGS.get(kind))
          for kind, pattern, before, required in PATTERNS]
# The patterns each needle may open (bit i: ``_GATED[i]``), and those that also need a digit.
_OPENED_BY = {needle: sum(1 << i for i, (kind, *_) in enumerate(PATTERNS) if needle in NEEDLES[kind])
              for needle in frozenset().union(*NEEDLES.values())}
# (a frozenset: ``&`` then walks the smaller side; ``keys() & present`` copies every key first)
_NEEDLES = frozenset(_OPENED_BY)
_NEED_A_DIGIT = sum(1 << i for i, (kind, *_) in enumerate(PATTERNS) if kind in DIGIT_KINDS)


def _patterns_for(present: frozenset[str]) -> tuple:
    """The patterns whose needles (and digit) ``present`` holds, in their order: one set
    intersection instead of a test per pattern (a window opens few of them)."""
    bits = 0
    for needle in _NEEDLES & present:
        bits |= _OPENED_BY[needle]
    if DIGIT not in present:
        bits &= ~_NEED_A_DIGIT
    return _patterns_of(bits)


@lru_cache(maxsize=512)
def _patterns_of(bits: int) -> tuple:
    return tuple(g for i, g in enumerate(_GATED) if bits >> i & 1)


def _all_matches(text: str, start: int, end: int) -> list[DateMatch]:
    found: list[DateMatch] = []
    years = None            # the years the year kinds may read, found once for all of them
    for kind, pattern, before, required, gate, endings in _patterns_for(features(text, start, end)):
        if gate is not None and gate.search(text, start, end) is None:
            continue
        if kind in YEAR_KINDS:
            if years is None:
                years = _year_candidates(text, start, end)
            found += _year_matches(text, end, years, kind, pattern, before, endings)
            continue
        for match in pattern.finditer(text, start, end):
            if not _starts_a_word(text, match.start()) and kind != "paren_numeric":
                continue
            if before is None:      # (most kinds read no words before the date)
                found.append(DateMatch(match.start(), match.end(), kind, match.groupdict()))
                continue
            extended = _with_words_before(text, match, before, required, start, endings)
            if extended:
                found.append(DateMatch(extended[0], match.end(), kind, extended[1]))
    return found


# Where every match of a year kind (date_specs.YEAR_KINDS) stands: a year "(19|20)dd" that no
# digit or word character follows (each kind's core is that year and look-arounds that imply
# these). Such years never overlap, so each kind's matches are its pattern's matches at them.
_YEAR_AT = re.compile(r"(?:19|20)\d{2}(?![\d.,/-]?\d)(?!\w)")


def _year_candidates(text: str, start: int, end: int) -> list[tuple[int, int, tuple[str, str] | None]]:
    """(position, look-back start, the look-back less its trailing white space and hyphens,
    lower-cased and as written, or None when not ASCII) of each year a year kind may read in
    ``text[start:end]``: one that starts a word after white space or a hyphen, as the words
    every year kind requires before it end with (``_with_words_before``). Read once for the
    several year kinds a window opens (most of these years are counts, read by none)."""
    found = []
    for m in _YEAR_AT.finditer(text, start, end):
        pos = m.start()
        last = text[pos - 1:pos]
        if not last.isspace() and last != "-" or not _starts_a_word(text, pos):
            continue
        lo = max(start, pos - LOOK_BACK)
        head = text[lo:pos]
        if head.isascii():
            head = head.rstrip(_STRIPPED)
            found.append((pos, lo, (head.lower(), head)))
        else:
            found.append((pos, lo, None))       # (left to the pattern: see _may_end_with)
    return found


def _year_matches(text: str, end: int, years, kind: str, pattern, before, endings) -> list[DateMatch]:
    """The matches of the year kind ``kind`` at ``years`` (``_year_candidates``), as
    ``_all_matches`` finds those of other kinds: the required words before are read first
    (one test of the shared look-back rules out most years), the pattern only then."""
    found = []
    for pos, lo, head in years:
        if endings is None:
            # (no plain test of the words before: the pattern, which most years fail, goes first)
            match = pattern.match(text, pos, end)
            if match is None:
                continue
        elif head is not None and not (head[0].endswith(endings[0]) or head[1].endswith(endings[1])):
            continue
        words = before.search(text, lo, pos)
        if not words or words.start() == words.end():
            continue
        if endings is not None and (match := pattern.match(text, pos, end)) is None:
            continue
        groups = match.groupdict()
        groups.update({k: v for k, v in words.groupdict().items() if v})
        found.append(DateMatch(words.start(), match.end(), kind, groups))
    return found


def scan_dates(text: str, start: int = 0, end: int | None = None) -> list[DateMatch]:
    """Non-overlapping date expressions in ``text[start:end]``, longest first where they clash.

    The whole text is scanned once and cached (the pipeline asks about many spans of one
    article); a span that cuts through a found expression is scanned on its own.
    """
    end = len(text) if end is None else min(end, len(text))
    if start <= 0 and end >= len(text):
        return list(_whole_text(text))
    inside = []
    for m in _whole_text(text):
        if m.end <= start or m.start >= end:
            continue
        if m.start < start or m.end > end:
            return _scan(text, start, end)
        inside.append(m)
    return inside


# 64, not 8: a short line that the boilerplate reader checks for a date line is read again as a
# claim's window after the sentences are read, and eight scans later it was gone.
@lru_cache(maxsize=64)
def _whole_text(text: str) -> tuple[DateMatch, ...]:
    return tuple(_scan(text, 0, len(text)))


def _scan(text: str, start: int, end: int) -> list[DateMatch]:
    found = _all_matches(text, start, end)
    if len(found) < 2:
        return found                       # most windows: nothing can clash, nothing to order
    taken = bytearray(max(0, end - start))
    chosen: list[DateMatch] = []
    # (a year read as a name's, "Undang-Undang APBN 2022", only where no other kind reads it)
    for m in sorted(found, key=lambda m: (m.kind in LAST_RESORT_KINDS, -(m.end - m.start), m.start)):
        if not any(taken[m.start - start:m.end - start]):
            taken[m.start - start:m.end - start] = b"\1" * (m.end - m.start)
            chosen.append(m)
    return sorted(chosen, key=lambda m: m.start)


# "dua bulan sebelumnya", "dalam dua bulan terakhir" name a date through a duration: the labels
# count the duration as a quantity too, so these expressions are not masked out of number search.
_UNMASKED = frozenset({"earlier", "previous", "later", "last_n"})


def date_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of every date expression, for masking them out of number search."""
    return [(m.start, m.end) for m in scan_dates(text, start, end) if m.kind not in _UNMASKED]


def overlapping_date_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the article's date expressions that touch ``[start, end)`` (for masking)."""
    return [(m.start, m.end) for m in _whole_text(text)
            if m.start < end and start < m.end and m.kind not in _UNMASKED]
