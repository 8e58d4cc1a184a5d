"""Narrow a span down to the windows around digits and trigger words.

Why: the pipeline must read >= 200 articles/s, and most of a news text holds no number or
date. Running every pattern only near a digit or a listed word makes extraction several
times faster without changing what is found (patterns are shorter than the margin).
"""
from __future__ import annotations

import re
from functools import lru_cache

from claims.text_features import features

# A pattern that opens with a repeat ("[0-9]+", "\\d{1,2}") gets no first-character skip from
# Python's regex engine, which then tries every position: written with one plain class first.
_DIGITS = re.compile(r"[0-9][0-9]*")
_LOWER_TOKENS = re.compile(r"[^\W\d_]+")
_WORD_RUNS = re.compile(r"\w+")
_ASCII_WORD = re.compile(r"[a-z]+")
MARGIN = 60


@lru_cache(maxsize=16)
def _letter_words(words: frozenset[str]) -> frozenset[str]:
    """The ``words`` made of letters only: a word holding a digit, "-" or a space can never
    stand alone as a letter token, so it never opens a window."""
    return frozenset(w for w in words if _LOWER_TOKENS.fullmatch(w))


@lru_cache(maxsize=16)
def _all_ascii(letters: frozenset[str]) -> bool:
    return all(_ASCII_WORD.fullmatch(w) for w in letters)


def _words_standing_alone(text: str, start: int, end: int, letters: frozenset[str]) -> frozenset[str] | None:
    """The words of ``letters`` (words of a-z) that are words of ``text[start:end]``, told from
    the span's cached word set (text_features.features, which the date scan of the same span
    computes anyway); None when that set cannot tell. Every word standing alone is among them:
    it is bounded by non-word characters, and of those only the apostrophes extend a word of
    that set, so a span without them holds each such word as one of its words."""
    if not _all_ascii(letters) or text.find("'", start, end) >= 0 or text.find("’", start, end) >= 0:
        return None
    return letters & features(text, start, end)


def _standing_spans(low: str, found: frozenset[str], offset: int) -> list[tuple[int, int]]:
    """Spans of the words ``found`` standing alone in ``low`` (no word character on either
    side: exactly a whole ``\\w+`` run), found with ``str.find`` instead of a scan of every run."""
    spans = []
    for word in found:
        at = low.find(word)
        while at >= 0:
            after = at + len(word)
            if (at == 0 or not _is_word_char(low[at - 1])) and (after == len(low) or not _is_word_char(low[after])):
                spans.append((offset + at, offset + after))
            at = low.find(word, at + 1)
    return spans


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"          # what \w matches in a str pattern


def _word_hits(low: str, words: frozenset[str], offset: int) -> list[tuple[int, int]]:
    """Spans of ``words`` standing alone in ``low``. A letters-only word with no word
    character on either side is exactly a whole ``\\w+`` run, so one scan over the runs
    with a set look-up finds them all (one regex per word cost a compile-cache look-up and
    a pass over the text each)."""
    letters = _letter_words(words)
    if letters.isdisjoint(_WORD_RUNS.findall(low)):
        return []                          # the usual case: no trigger word at all
    return [(offset + m.start(), offset + m.end()) for m in _WORD_RUNS.finditer(low)
            if m.group() in letters]


def trigger_windows(text: str, start: int, end: int, words: frozenset[str],
                    margin: int = MARGIN) -> list[tuple[int, int]]:
    """Disjoint ``(lo, hi)`` windows in ``[start, end)`` around digit runs and ``words``
    (compared lower-cased), widened by ``margin`` on both sides and merged."""
    hits = [m.span() for m in _DIGITS.finditer(text, start, end)]
    if hits and _span_whole(hits, start, end, margin):
        return [(start, end)]              # (most claim windows: a short line with a number)
    if words:
        found = _words_standing_alone(text, start, end, _letter_words(words))
        if found is None:
            hits += _word_hits(text[start:end].lower(), words, start)
        elif found:                        # (the spans are sorted below: their order is free)
            hits += _standing_spans(text[start:end].lower(), found, start)
    if not hits:
        return []
    hits.sort()
    return _widened_and_merged(hits, start, end, margin)


def _span_whole(digits: list[tuple[int, int]], start: int, end: int, margin: int) -> bool:
    """True when the windows of the sorted ``digits`` alone merge into one ``[start, end)``.
    Then the words need not be looked for: each word's window lies inside that range and
    overlaps the one window, so merging it in changes nothing."""
    if digits[0][0] - margin > start or digits[-1][1] + margin < end:
        return False                       # (a long paragraph: its edges lie beyond the digits' reach)
    return _widened_and_merged(digits, start, end, margin) == [(start, end)]


def _widened_and_merged(hits: list[tuple[int, int]], start: int, end: int, margin: int) -> list[tuple[int, int]]:
    """The sorted, non-empty ``hits`` widened by ``margin`` within ``[start, end)``, those that
    overlap merged. (Compared inline, not with max()/min(): a window holds several hits.)"""
    windows: list[tuple[int, int]] = []
    for lo, hi in hits:
        lo = lo - margin if lo - margin > start else start
        hi = hi + margin if hi + margin < end else end
        if windows and lo <= windows[-1][1]:
            if hi > windows[-1][1]:
                windows[-1] = (windows[-1][0], hi)
        else:
            windows.append((lo, hi))
    return windows
