"""Find written numbers (digits, number words, vague words) and read their values."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple
from decimal import Decimal

from claims.text_features import DIGIT, by_ending, features, plain_lower
from claims.lexicon_dates import alternation
from claims.lexicon_numbers import INDIAN_SCALES, MULTIPLIERS, NUMBER_WORDS, SCALE_AFTER_DIGITS, UNITS_WORDS_ID, VAGUE
from claims.lexicon_units import CURRENCY_CODES, CURRENCY_PREFIXES, LETTER_MARKS, SHILLING_MARKS, UNITS
from claims.number_read import read_numeral, read_words

_I = re.IGNORECASE
# The first letters of the scale words, in both cases: a look-ahead for them tests every word
# at once, and nearly every number has none after it (each word was tried in turn, twice).
# Case-blind, only these letters match them (unlike "k" and "s", which also match the Kelvin
# sign and the long s: no scale word starts with either).
_SCALE_FIRST = "".join(sorted({w[0] for w in SCALE_AFTER_DIGITS} | {w[0].upper() for w in SCALE_AFTER_DIGITS}))
# Anchored on one digit (not a repeat of them) so the regex engine can skip ahead; a currency prefix is read
# backwards in Python (``_CURRENCY_BEFORE``).
_DIGITS = re.compile(
    rf"(?P<num>[0-9][0-9]{{0,23}}(?:[.,][0-9]{{1,24}}){{0,8}})"
    rf"(?P<glued>[A-Za-z%²]{{1,9}})?(?:[\s-]?(?=[{_SCALE_FIRST}])(?P<scale>(?i:{alternation(SCALE_AFTER_DIGITS)}))\b)?")
# "C$", "NZ$", "HK$": the dollars of other countries carry their own letters before the sign.
_CURRENCY_BEFORE = re.compile(r"(?:(?i:rp\.?|idr|us\$|usd|s\$|sgd|a\$|au\$|aud|(?<![a-z])(?:c|ca|cdn|nz|hk|nt)\$"
                              r"|(?<![a-z])k?sh|rm|myr|eur"
                              r"|gbp|jpy|cny|inr|cad|nzd|hkd|(?<![a-z])rs\.?)\s?"
                              r"|[$€£¥₹₱]\s?"
                              # the Philippine peso's and the South African rand's letters, read only with
                              # money's shape ("P2.4 million", "R95 million", "R12,000")
                              r"|(?<![A-Za-z])[PR]"
                              rf"|(?<![A-Za-z])(?:{'|'.join(sorted(CURRENCY_CODES))})\s?)$")
_NOT_BEFORE = frozenset(".,$€£¥₹₱+")
_WORD_MULTIPLIERS = ("belas", "puluh", "ratus", "ribu", "juta", "miliar", "milyar", "triliun",
                     "hundred", "thousand", "million", "billion", "trillion", "dozen", *INDIAN_SCALES)


def _by_first_letter(words) -> str:
    """``alternation(words)`` with the words that share a first letter grouped behind it, in
    the same order. A case-blind letter gets no quick skip in the regex engine's alternation,
    which then enters every word at every word start; grouped, it enters one group. Words with
    different first letters never match at the same place, so the match found is the same."""
    groups: dict[str, list[str]] = {}
    for word in alternation(words).split("|"):
        groups.setdefault(word[0], []).append(word[1:])
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())


_W = _by_first_letter(list(NUMBER_WORDS) + ["seratus", "seribu", "sejuta"])
_WM = alternation(list(NUMBER_WORDS) + list(_WORD_MULTIPLIERS))
# "a dozen", "a million": the article stands for "one".
_A_SCALE = r"an?\s+(?:hundred|dozen|thousand|million|billion|trillion)\b"
# What a number in words opens with: a case-blind pattern gets no first-character skip from the
# engine, the lookahead gives it (twice as fast on sentences).
_WORDS_FIRST = re.escape("".join(sorted({w[0].lower() for w in list(NUMBER_WORDS) + ["seratus", "seribu", "sejuta", "a"]})))
_WORDS = re.compile(
    rf"(?=[{_WORDS_FIRST}])(?<![\w-])(?P<words>(?:{_A_SCALE}|(?:{_W}))(?:(?:\s+|-)(?:{_WM}))*)(?!\w)", _I)
_VAGUE = re.compile(
    rf"\b(?P<vague>{alternation(VAGUE)}|tens)(?:\s+(?:of\s+)?(?P<vscale>ribu|juta|thousands|millions))?\b", _I)
_VAGUE_NEEDLES = frozenset(VAGUE) | {"tens"}
_WORD_NEEDLES = frozenset(NUMBER_WORDS) | {"seratus", "seribu", "sejuta", "dozen", "hundred",
                                            "thousand", "million", "billion", "trillion"}
# "selama sebulan", "hampir sepekan": "se-" before a time noun is one of it. Only after a word
# that makes it an amount: bare "sehari" is mostly a rate ("dua kali sehari").
ONE_OF_A_UNIT = ("setahun", "sebulan", "sepekan", "seminggu", "sehari", "sejam")
_ONE_OF = re.compile(r"\bse(?P<unit>tahun|bulan|pekan|minggu|hari|jam)\b", _I)
_AMOUNT_BEFORE = re.compile(r"\b(?:selama|hampir|sekitar|nyaris|lebih dari|kurang dari|dalam waktu) $", _I)
_ONE_OF_NEEDLES = frozenset(ONE_OF_A_UNIT)
A_UNIT_WORDS = frozenset({"year", "month", "week", "day", "hour", "decade", "century"})
_A_UNIT_NEEDLES = A_UNIT_WORDS
# "5.000-an orang": the "-an" suffix makes a round figure approximate ("some 5,000").
_AN_SUFFIX = re.compile(r"-an\b")
# "about a week", "nearly a year", "less than an hour": after an amount word, "a" is one.
_A_UNIT = re.compile(r"\ban?\s+(?P<unit>year|month|week|day|hour|decade|century)\b", _I)
# "an hour or more", "a week or so": a bound after "a" + unit makes it an amount too.
_BOUND_AFTER_EN = re.compile(r"\s+or\s+(?:more|longer|less|so)\b", _I)
_AMOUNT_BEFORE_EN = re.compile(r"\b(?:about|around|nearly|almost|roughly|some|more than|less than|over|under"
                               r"|within|at least|at most|up to|just over|just under) $", _I)
# "1.3 lakh crore", "10 thousand crore": a scale word of crores
_SCALES_BEFORE_CRORE = frozenset({"lakh", "lakhs", "lac", "lacs", "thousand"})
_CRORE_AFTER = re.compile(r"[\s-]+crores?\b", re.I)
_GLUED_SCALES = {"k": 1e3, "rb": 1e3, "jt": 1e6, "bn": 1e9, "b": 1e9, "mn": 1e6, "tn": 1e12,
                 "mln": 1e6, "bln": 1e9, "trln": 1e12}
# After a currency, "M" is "miliar" (1e9) in rupiah but "million" elsewhere; "T" is a trillion.
# "Cr" is a crore only after rupees ("Rs 12 cr"); elsewhere it is no scale.
# Malaysian papers glue "bil"/"mil" to ringgit ("RM3.1bil", "RM500mil").
_GLUED_AFTER_CURRENCY = {"m": {"IDR": 1e9, "*": 1e6}, "t": {"*": 1e12}, "cr": {"INR": 1e7, "*": 1.0},
                         "bil": {"*": 1e9}, "mil": {"*": 1e6}}
_SPACED_SCALE = re.compile(r" (M|T|Jt|jt|Rb|rb|bn|mn|tn|K|k|[Cc]r)(?![\w.,]\w|\w)")
_SCALE_VALUE = {"thousands": 1e3, "millions": 1e6, "ribu": 1e3, "juta": 1e6}
# "seorang", "sebuah" are mostly articles ("a woman"); in a list of counts ("dua anak dan
# seorang perempuan", "sebuah mobil, dua linggis") they count one.
ONE_ITEM_WORDS = ("seorang", "sebuah", "seekor")
_ONE_ITEM = re.compile(rf"\b(?:{alternation(ONE_ITEM_WORDS)})\b", _I)
# A count in a list: digits that are no year or date part, or an Indonesian number word.
_ID_COUNT = rf"(?:(?<![\w.,])\d{{1,3}}(?:[.,]\d{{3}})*(?![\d.,]\d)|\b(?:{alternation([w for w, v in UNITS_WORDS_ID.items() if v >= 2])})\b)"
_LIST_JOIN = r"(?:\s*,\s*(?:dan\s+)?|\s+dan\s+)"
_COUNT_LISTED_BEFORE = re.compile(rf"{_ID_COUNT}\s+(?-i:[a-z]+)(?:\s+(?-i:[a-z]+))?{_LIST_JOIN}$", _I)
_COUNT_LISTED_AFTER = re.compile(rf"\s+(?-i:[a-z]+)(?:\s+(?-i:[a-z]+)){{0,2}}{_LIST_JOIN}{_ID_COUNT}", _I)


def _one_item_atom(text: str, m: re.Match) -> Atom | None:
    listed = _COUNT_LISTED_BEFORE.search(text, max(0, m.start() - 40), m.start()) \
        or _COUNT_LISTED_AFTER.match(text, m.end())
    return Atom(m.start(), m.end(), 1.0, 1.0, words=True) if listed else None


class Atom(NamedTuple):
    """One written number and its value (a named tuple: a window builds one per number, and
    a tuple is built several times faster than a frozen dataclass of eleven fields)."""
    start: int
    end: int
    low: float
    high: float
    currency: str | None = None
    glued_unit: str | None = None   # letters glued to the digits that are not a scale ("3km")
    scaled: bool = False            # a scale word was read ("2,5 miliar")
    words: bool = False             # written in words ("dua", "Forty-nine")
    vague: bool = False
    factor: float = 1.0             # the scale applied, passed on to a range's first number
    approx: bool = False            # written as an approximate figure ("300-an")


_COMMA_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")
_SCALE_AFTER = re.compile(r"[\s-]*(?:ribu|rb|juta|jt|miliar|milyar|triliun|thousand|million|billion"
                          r"|trillion|bn|mn|[mkbt])\b", re.I)


def _rupiah_reading(text: str, m: re.Match, language: str) -> str:
    # An English page writes "Rp 1,890" for 1890 rupiah: a comma before groups of three digits
    # with no scale word after is a thousands mark there; otherwise rupiah keep Indonesian
    # grouping ("Rp15.600", "Rp 2,5 miliar").
    if language == "en" and _COMMA_THOUSANDS.fullmatch(m.group("num")) \
            and not _SCALE_AFTER.match(text, m.end("num")):
        return "en"
    return "id"


# The last characters of the currency marks in _CURRENCY_BEFORE (letters in lower case).
# (a code in capitals, "VND", ends in a capital letter: tested apart, on the original character)
_CURRENCY_ENDS = frozenset("p.r$dmysh€£¥₹₱")


def _may_follow_currency(text: str, start: int) -> bool:
    """False when no currency mark can end right before ``start`` (a mark, then at most one
    white space character): most numbers follow a word, and the pattern is then skipped."""
    before = start - 1
    if before >= 0 and text[before].isspace():
        before -= 1
    return before >= 0 and (text[before].lower() in _CURRENCY_ENDS or "A" <= text[before] <= "Z") \
        and _may_end_a_mark(text, before)


# The marks of _CURRENCY_BEFORE written in letters (case-blind there), and the last two
# characters they end with: "merendam 2030" and "said 886" end in "am" and "id", no mark.
_WORD_MARKS = ("rp", "rp.", "idr", "us$", "usd", "s$", "sgd", "a$", "au$", "aud", "c$", "ca$", "cdn$", "nz$", "hk$",
               "nt$", "sh", "ksh", "rm", "myr", "eur", "gbp", "jpy", "cny", "inr", "cad", "nzd", "hkd", "rs", "rs.")
_WORD_MARK_ENDINGS = frozenset(mark[-2:] for mark in _WORD_MARKS)


def _may_end_a_mark(text: str, last: int) -> bool:
    """False when no currency mark can end at ``text[last]``: a sign, the ending of a mark in
    letters, or two capitals (a code is three). Characters that are not ASCII are left to the
    pattern (a case-blind "s" or "k" there also matches the long s or the Kelvin sign)."""
    if text[last] in "$€£¥₹₱" or text[last] in LETTER_MARKS and (last == 0 or not text[last - 1].isalpha()):
        return True
    pair = text[last - 1:last + 1] if last else ""
    if len(pair) < 2:
        return False                       # a mark in letters or a code has two characters or more
    if not pair.isascii():
        return True
    return pair.lower() in _WORD_MARK_ENDINGS or ("A" <= pair[0] <= "Z" and "A" <= pair[1] <= "Z")


def _digit_atom(text: str, m: re.Match, language: str, digits: str) -> Atom | None:
    start, end = m.span("num")                          # (the match opens with its digits)
    before = text[start - 1] if start else ""
    if before.isdigit() or (end < len(text) and text[end].isdigit()):
        return None                                     # part of a longer digit string
    if text.startswith("-", end) and _COHORT_AFTER.match(text, end):
        return None                                     # "10-year-olds" names an age group
    cur = _CURRENCY_BEFORE.search(text, max(0, start - 6), start) if _may_follow_currency(text, start) else None
    if cur and _mark_needs_amount(cur.group()) and not _written_amount(text, m, cur.group().strip()) \
            or cur and language != "en" and cur.group() == "R":
        cur = None      # "COP 28 in Dubai", "SH1", "Tim SAR 2 orang", "P3K"; Indonesian "R2", "R4" are vehicle classes
    if cur:
        start = cur.start()
        before = text[start - 1] if start else ""
    if before and (before.isalnum() or before in _NOT_BEFORE or before == "_"):
        return None
    if not cur and _numbered_place(text, start):
        return None
    currency = _currency_of_mark(cur.group().strip()) if cur else None
    # Rupiah amounts keep Indonesian digit grouping even inside English text ("Rp15.600").
    value = read_numeral(m.group("num"), _rupiah_reading(text, m, language) if currency == "IDR" else digits)
    if value is None:
        return None
    glued, scale = m.group("glued"), m.group("scale")
    factor, glued_unit, end = 1.0, None, m.end()
    if currency and not glued and not scale:
        abbreviation = _SPACED_SCALE.match(text, end)      # "Rp 2,5 M", "US$ 3 bn"
        if abbreviation:
            glued, end = abbreviation.group(1), abbreviation.end()
    if glued:
        key = glued.lower()
        if _glued_name(glued, key, currency) or _bracketed_initials(text, start, m.end(), glued, currency):
            return None
        if currency and key in _GLUED_AFTER_CURRENCY:
            factor = _GLUED_AFTER_CURRENCY[key].get(currency, _GLUED_AFTER_CURRENCY[key]["*"])
        elif key in _GLUED_SCALES:
            factor = _GLUED_SCALES[key]
        else:
            glued_unit = glued
    if scale:
        factor *= MULTIPLIERS[plain_lower(scale)]
        crore = _CRORE_AFTER.match(text, end) if plain_lower(scale) in _SCALES_BEFORE_CRORE else None
        if crore:                           # "₹1.3 lakh crore": a lakh of crores
            factor, end = factor * INDIAN_SCALES["crore"], crore.end()
    approx = not glued and text.startswith("-an", end) and _AN_SUFFIX.match(text, end) is not None
    if factor != 1.0:                      # (most numbers: no scale)
        value = _scaled(value, factor)
    if approx and value in TENS_WITH_AN:
        return Atom(start, end + 3, value, value + 9, vague=True)
    return _new_atom(Atom, (start, end + 3 * approx, value, value, currency, glued_unit, factor != 1.0, False, False,
                            factor, approx))


# Atom(...) runs the named tuple's __new__, written in Python; tuple.__new__ with every field in
# order builds the same Atom in C (one per number read).
_new_atom = tuple.__new__

_LETTER_MARK_SCALES = frozenset({"bn", "mn", "tn", "m"})


# Marks that are ordinary names or words too: Kenya's "Sh"/"KSh" (a road "SH1", a law degree
# "SH"), and ISO codes that are also a summit, a language or a team ("COP 28", "PHP 8.3", "Tim
# SAR 2 orang"); other codes before a number are money ("THB 900", "CHF 40").
_AMBIGUOUS_MARKS = SHILLING_MARKS | {"cop", "php", "sar", "try", "all", "top", "cup", "mop", "bob"}
_THOUSANDS = re.compile(r"\d[.,]\d{3}(?!\d)")
_CENTS = re.compile(r"\d[.,]\d\d$")
_SHILLING_CASED = frozenset(("Sh", "KSh", "Ksh"))
_SHARE_OR_UNIT_AFTER = re.compile(r"\s*(?:%|(?:persen|per\s*cent|percent|km|m|cm|mm|kg|g|t|ha|mi|ft|mph|km/h)\b)")


def _mark_needs_amount(mark: str) -> bool:
    code = mark.strip()
    low = code.lower()
    return low in _AMBIGUOUS_MARKS or code in LETTER_MARKS     # ("P5 members", "P2P", "R2 road": codes)


def _written_amount(text: str, m: re.Match, mark: str) -> bool:
    """An amount in money's own shape: a scale word after it or a thousands separator in it; or
    cents after its point behind Kenya's own mark ("Sh179.40", "KSh 2.50"): a law degree's "SH"
    is written in capitals, and a share or a measure follows its figure ("SH 48,75 persen")."""
    glued = (m.group("glued") or "").lower()
    if mark in LETTER_MARKS and glued:
        # "P3K", "P2B", "R2D2": names; an amount's letter takes only a scale of millions or more
        return glued in _LETTER_MARK_SCALES
    return bool(m.group("scale") or glued in _GLUED_SCALES or glued in _GLUED_AFTER_CURRENCY
                or _THOUSANDS.search(m.group("num")) or _SPACED_SCALE.match(text, m.end())
                or mark in _SHILLING_CASED and _CENTS.search(m.group("num")) and not glued
                and not _SHARE_OR_UNIT_AFTER.match(text, m.end()))


def _currency_of_mark(mark: str) -> str | None:
    if mark in LETTER_MARKS:
        return LETTER_MARKS[mark]
    return CURRENCY_PREFIXES.get(mark.lower()) or (mark if mark in CURRENCY_CODES else None)


def _bracketed_initials(text: str, start: int, end: int, glued: str, currency: str | None) -> bool:
    """"wilayah terdepan, terluar, dan tertinggal (3T)": a count glued to one capital, alone in
    brackets, abbreviates the words before it; it measures nothing."""
    return not currency and len(glued) == 1 and glued.isupper() and text[start - 1:start] == "(" \
        and text.startswith(")", end)


def _glued_name(glued: str, key: str, currency: str | None) -> bool:
    """"1MDB", "3M": capitals glued to digits that are no unit and no scale make a name; so do
    a network's or a picture's generation and dimensions ("jaringan 5G", "film 3D")."""
    if not currency and glued in ("G", "D"):
        return True
    return not currency and len(glued) > 1 and glued.isupper() and key not in UNITS \
        and key not in _GLUED_SCALES


# "60-an", "usia 30-an": a round ten with "-an" is the decade of numbers it opens (60-69);
# a larger figure with "-an" is approximate ("2.300-an").
TENS_WITH_AN = frozenset(float(n) for n in range(10, 100, 10))


_POWERS_OF_TEN = {10.0 ** n: n for n in range(1, 16)}


def _scaled(value: float, factor: float) -> float:
    """``4.1`` times a billion is 4100000000.0, not 4099999999.9999995: scaled in decimal."""
    if factor == 1.0:
        return value
    exponent = _POWERS_OF_TEN.get(factor)
    # Scale words are powers of ten: shifting the written decimal is exact and cheap.
    return float(f"{value!r}e{exponent}") if exponent else float(Decimal(repr(value)) * Decimal(repr(factor)))


_WORD_SEPARATORS = re.compile(r"[\s-]+")
_FRACTION_AFTER = re.compile(r"[\s-]?(?:thirds?|quarters?|fifths?|halves|tenths?|pertiga|perempat)\b", _I)


# A number right after these nouns names which one ("lantai dua" = the second floor, "kamar 12",
# "sepeda motor roda dua" = two-wheeled motorbikes), it counts nothing.
_PLACE_NOUNS = ("lantai", "kamar", "ruang", "ruangan", "pintu", "gerbang", "peron", "jalur", "lajur", "roda",
                "tingkat", "kelas", "blok", "gang", "loket", "platform", "gate", "floor", "room", "seksi", "segmen",
                "zona", "platforms", "gates", "floors", "rooms", "line", "lines", "ward", "wards", "terminal",
                "terminals", "lane", "lanes")
# (?=…): a case-blind pattern gets no first-character skip from the engine; the lookahead gives it.
_PLACE_NOUNS_BY_ENDING = by_ending(_PLACE_NOUNS)       # (asked before nearly every number)
_NUMBERED_PLACE = re.compile(rf"(?=[bfgjklprstz])(?<!\w)(?:{'|'.join(_PLACE_NOUNS)})\s+$", _I)


def _numbered_place(text: str, start: int) -> bool:
    before = text[max(0, start - 12):start]
    # Gate: a match is a noun, then white space up to ``start``; an ASCII stretch whose words
    # end otherwise holds none (elsewhere a case-blind "k" or "s" also matches the Kelvin sign
    # or the long s, which lower() keeps apart, so the pattern decides).
    if before.isascii():
        words_end = before.rstrip().lower()
        if not words_end.endswith(_PLACE_NOUNS_BY_ENDING.get(words_end[-3:], ())):
            # "lines 1 to 8", "kamar 3 dan 4": the last number of a span of numbered places
            return words_end.endswith(_SPAN_JOINS) and bool(_NUMBERED_PLACE_SPAN.search(text, max(0, start - 30), start))
    return bool(_NUMBERED_PLACE.search(text, max(0, start - 12), start))


_SPAN_JOINS = ("to", "and", "or", "-", "–", "hingga", "sampai", "dan", "atau")
_NUMBERED_PLACE_SPAN = re.compile(rf"(?<!\w)(?:{'|'.join(_PLACE_NOUNS)})\s+\d{{1,4}}\s*(?:to|and|or|-|–|hingga|sampai|dan|atau)\s*$",
                                  _I)


# Unit names that open with a number word ("twenty-foot equivalent units"): the word is no count.
_UNIT_NAMED_BY_NUMBER = re.compile(alternation([u for u in UNITS if u.split("-")[0] in NUMBER_WORDS]) or r"(?!)", _I)


def _word_atom(text: str, m: re.Match) -> Atom | None:
    if _UNIT_NAMED_BY_NUMBER.match(text, m.start()):
        return None
    if _FRACTION_AFTER.match(text, m.end()) or _numbered_place(text, m.start()):
        return None                                     # "two-thirds" is a share, not a count
    if _COHORT_AFTER.match(text, m.end()):
        return None                                     # "seven-year-olds" names an age group
    words = _WORD_SEPARATORS.split(m.group("words"))
    alternatives = _hyphened_alternatives(m.group("words"))
    if alternatives:
        if not _counts_after(text, m.start(), m.end()):
            return None                                 # "a one-two punch": a name, not a count
        return Atom(m.start(), m.end(), alternatives[0], alternatives[1], words=True)
    value = read_words(words)
    if value is None:
        return None
    half = _AND_A_HALF.match(text, m.end())     # "six and a half years": 6.5
    if half:
        return Atom(m.start(), half.end(), value + 0.5, value + 0.5, words=True)
    return Atom(m.start(), m.end(), value, value, words=True)


_COHORT_AFTER = re.compile(r"-(?:year|month|week)-olds\b", _I)


# (not before a scale word: "two and a half million" is read whole with its scale elsewhere)
_AND_A_HALF = re.compile(rf"[\s-]+and[\s-]+a[\s-]+half\b(?!\s+(?:{alternation(SCALE_AFTER_DIGITS)})\b)", _I)


# "dua-tiga hari", "satu-dua orang": two small number words joined by a hyphen, rising, are
# alternatives (a rough range), not one number ("twenty-one" joins a ten and a unit).
_SMALL_WORDS = {w: v for w, v in NUMBER_WORDS.items() if 1 <= v <= 12 and v == int(v)}


# ... only when they count something: a word follows ("dua-tiga hari", "two-three weeks"), and no
# singular article stands before them ("a one-two finish", "sebuah satu-dua pukulan" name a thing).
# A unit after them always counts ("a two-three week wait").
_WORD_AFTER = re.compile(r"\s+(?P<word>[^\W\d_]+)")
_SINGULAR_ARTICLE_BEFORE = re.compile(r"(?:^|\W)(?:a|an|sebuah|seorang|satu)\s+$", re.I)


def _counts_after(text: str, start: int, end: int) -> bool:
    after = _WORD_AFTER.match(text, end)
    if not after:
        return False
    if after.group("word").lower() in UNITS:
        return True
    return not _SINGULAR_ARTICLE_BEFORE.search(text, max(0, start - 12), start)


def _hyphened_alternatives(written: str) -> tuple[float, float] | None:
    parts = written.lower().split("-")
    if len(parts) != 2 or not all(p in _SMALL_WORDS for p in parts):
        return None
    low, high = _SMALL_WORDS[parts[0]], _SMALL_WORDS[parts[1]]
    return (float(low), float(high)) if low < high else None


def _one_of_atom(m: re.Match) -> Atom:
    return Atom(m.start(), m.end(), 1.0, 1.0, glued_unit=m.group("unit").lower(), words=True)


def _vague_atom(m: re.Match) -> Atom:
    word, vscale = m.group("vague").lower(), (m.group("vscale") or "").lower()
    low, high = VAGUE.get(word, (10, 99))
    factor = _SCALE_VALUE.get(vscale, 1.0)
    return Atom(m.start(), m.end(), low * factor, (high + 1) * factor - 1 if factor > 1 else high,
                vague=True)


# Malay (read as Indonesian) groups thousands with commas and writes decimals with a point, as
# English does: "58,000 penonton", "1,862 kes". Indonesian writes "58.000" and "5,31". A text
# that groups with commas and shows no Indonesian mark ("1.250", "5,31") is read the English way.
# (before a scale word, "2,340 juta", the comma is the Indonesian decimal one)
_COMMA_GROUPS = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![.,]?\d)"
                           r"(?!\s*(?:ribu|rb|juta|jt|miliar|milyar|bilion|billion|triliun|trilion)\b)", re.I)
_INDONESIAN_MARK = re.compile(r"\d\.\d{3}(?!\d)|\d,\d{1,2}(?!\d)")


@lru_cache(maxsize=32)
def _digit_grouping(text: str, language: str) -> str:
    """The language whose digit grouping ``text`` follows."""
    if language != "id" or "," not in text or not _COMMA_GROUPS.search(text) or _INDONESIAN_MARK.search(text):
        return language
    return "en"


def find_atoms(text: str, start: int, end: int, language: str, skip=None) -> list[Atom]:
    """Every written number in ``text[start:end]``, in order, not overlapping; digits for
    which ``skip(start, end)`` is true (masked times, dates...) are not read at all."""
    present = features(text, start, end)
    # (a window around number words alone holds no digit: the engine's scan of it is spared)
    found = []
    if DIGIT in present:
        digits = _digit_grouping(text, language)
        found = [a for m in _DIGITS.finditer(text, start, end)
                 if not (skip and skip(m.start("num"), m.end("num"))) and (a := _digit_atom(text, m, language, digits))]
    if not _VAGUE_NEEDLES.isdisjoint(present):
        found += [_vague_atom(m) for m in _VAGUE.finditer(text, start, end)
                  if m.group("vague").lower() != "tens" or m.group("vscale")]
    if not _WORD_NEEDLES.isdisjoint(present):
        found += [a for m in _WORDS.finditer(text, start, end) if (a := _word_atom(text, m))]
    if language == "en" and not _A_UNIT_NEEDLES.isdisjoint(present):
        found += [_one_of_atom(m) for m in _A_UNIT.finditer(text, start, end)
                  if _AMOUNT_BEFORE_EN.search(text, max(0, m.start() - 12), m.start())
                  or _BOUND_AFTER_EN.match(text, m.end())]
    if language == "id" and not present.isdisjoint(ONE_ITEM_WORDS):
        found += [a for m in _ONE_ITEM.finditer(text, start, end) if (a := _one_item_atom(text, m))]
    if not _ONE_OF_NEEDLES.isdisjoint(present):
        found += [_one_of_atom(m) for m in _ONE_OF.finditer(text, start, end)
                  if _AMOUNT_BEFORE.search(text, max(0, m.start() - 14), m.start())]
    if len(found) < 2:
        return found                    # most windows: one number, nothing to order or overlap
    found.sort(key=lambda a: (a.start, -a.end))
    kept: list[Atom] = []
    for atom in found:
        if not kept or atom.start >= kept[-1].end:
            kept.append(atom)
    return kept
