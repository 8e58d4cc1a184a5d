"""Numbers written as words, spelled out in digits for the lexical tie-break of similar claims.

The tie-break (``search/lexical.py``) compares the numbers two claims share, but only
numbers written in digits: "three were found alive" and "3 orang selamat", or
"Forty-nine climbers" and "49 pendaki", would share nothing. ``with_numerals`` appends the
value of each run of number words, read by the text pipeline's own reader.
"""
from __future__ import annotations

import re

from claims.lexicon_numbers import MULTIPLIERS, NUMBER_WORDS
from claims.number_read import read_words

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# Words that continue a run started by a number word ("dua puluh lima", "forty-nine").
_CONTINUE = {"belas", "puluh", "ratus", "ribu", "juta", "miliar", "triliun", "hundred",
             "thousand", "million", "billion", "trillion", "and"}
_STARTS = set(NUMBER_WORDS) | {"seratus", "seribu", "sejuta"}
_IS_SCALE = {w for w in MULTIPLIERS if len(w) > 2}


def number_word_values(text: str) -> list[float]:
    """Values of the runs of number words in ``text``, in order."""
    values, run = [], []
    for word in _words(text):
        if word in _STARTS or (run and (word in _CONTINUE or word in _IS_SCALE)):
            run.append(word)
            continue
        values += _read(run)
        run = []
    return values + _read(run)


def with_numerals(text: str) -> str:
    """``text`` followed by the digits of its number words (unchanged when it has none)."""
    values = number_word_values(text or "")
    if not values:
        return text
    return f"{text} ({' '.join(f'{v:g}' for v in values)})"


def _words(text: str):
    for match in _WORD.finditer(text):
        yield from match.group(0).lower().split("-")


def _read(run: list[str]) -> list[float]:
    while run and run[-1] == "and":
        run = run[:-1]
    value = read_words(run) if run else None
    return [value] if value is not None else []
