"""What a quantity takes from around it: the bound of the measure a bracketed conversion
restates, the counted noun the clause's subject names, the money of an amount before it in the
sentence, the currency of the one country named (spec rule 8: units and qualifiers)."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from claims.lexicon_numbers import OPEN_ABOVE, OPEN_BELOW
from claims.lexicon_units import COUNTRY_NAMES_OF_CODE, CURRENCY_PREFIXES, CURRENCY_WORDS, CITIES_OF_CODE, UNITS
from claims.model import Quantity
from claims.quantity_context import STOPWORDS
from claims.text_features import holds_any

SENTENCE_BREAK = re.compile(r"[.!?\n]\s")
_CURRENCY_CODES = frozenset(CURRENCY_PREFIXES.values()) | frozenset(CURRENCY_WORDS.values())
_MEASURES = frozenset(UNITS.values()) | _CURRENCY_CODES

_OPEN_BOUNDS = frozenset(OPEN_ABOVE | OPEN_BELOW)
_INTO_BRACKET = re.compile(r"[^\d().,;]{0,30}\(")      # the first unit, then the bracket


def bounds_into_brackets(text: str, found: list[Quantity]) -> list[Quantity]:
    """"as deep as 7 meters (23 feet)": a conversion in brackets restates the measure before it,
    bound and all, so it takes that measure's open bound."""
    if len(found) < 2:
        return found                    # most windows: one number, nothing before it to restate
    result = list(found)
    for i in range(1, len(found)):
        before, q = result[i - 1], found[i]
        if before.qualifier in _OPEN_BOUNDS and q.qualifier is None and q.unit in _MEASURES \
                and before.unit in _MEASURES and q.value_min == q.value_max \
                and _INTO_BRACKET.fullmatch(text, before.end, q.start):
            low, high = (q.value_min, None) if before.value_max is None else (None, q.value_max)
            result[i] = replace(q, value_min=low, value_max=high, qualifier=before.qualifier)
    return result


# "the number of hotel bookings dropped by 3,400", "passenger numbers rose to 9.6 million", "the
# death toll climbed to 57": the subject names what a bare count counts.
_SUBJECT_NOUN = re.compile(r"\bnumbers? of (?:[a-z]+[^\Ws] )?(?P<of>[a-z]+(?:s|people|children))\b"
                           r"|\b(?P<each>[a-z]{3,}[^\Ws]) numbers\b"
                           # ("total suara sah", "total penonton"; not money: "the total cost")
                           r"|\b(?:jumlah|total) (?P<jumlah>(?!(?:cost|costs|value|amount|sum|revenue|spending|debt|of)\b)[a-z]{3,})\b"
                           r"|\b(?P<toll>death toll|jumlah korban meninggal)\b|\b(?P<population>population|penduduknya)\b"
                           r"|\b(?P<gathering>crowd|audience|workforce|fleet) of\b", re.I)
_SUBJECT_GATE = ("umber", "umlah", "otal", "toll", "opulation", "enduduk", "crowd", "audience", "workforce", "fleet")
_SUBJECT_REACH = 80


def nouns_from_the_subject(text: str, found: list[Quantity]) -> list[Quantity]:
    """A count without a noun takes the one its clause's subject names, if any."""
    result = list(found)
    for i, q in enumerate(found):
        if q.unit is not None or (q.value_max is not None and q.value_max != int(q.value_max)):
            continue
        before = text[max(0, q.start - _SUBJECT_REACH):q.start]
        if not holds_any(before, _SUBJECT_GATE):
            continue
        noun = _subject_noun(SENTENCE_BREAK.split(before)[-1])
        if noun:
            result[i] = replace(q, unit=noun)
    return result


def _subject_noun(clause: str) -> str | None:
    found = None
    for found in _SUBJECT_NOUN.finditer(clause):
        pass                                   # the subject nearest the number
    if found is None:
        return None
    if found.group("toll"):
        return "deaths"
    if found.group("population"):
        return "people"
    if found.group("gathering"):
        return found.group("gathering").lower()          # "a crowd of 6,200"
    noun = found.group("of") or found.group("jumlah") or found.group("each").lower() + "s"
    return noun if noun.lower() not in STOPWORDS and noun.lower() not in _NOT_SUBJECT_NOUNS else None


# Words after "number of"/"jumlah" that are no counted thing.
_NOT_SUBJECT_NOUNS = frozenset({"missing", "total", "tersebut", "itu", "ini", "keseluruhan", "times"})


def cents_as_dollars(found: list[Quantity]) -> list[Quantity]:
    """"10.4 cents" is an amount of money: a hundredth of a dollar each."""
    return [replace(q, value_min=_hundredth(q.value_min), value_max=_hundredth(q.value_max), unit="USD")
            if q.unit in ("cents", "cent") else q for q in found]


def _hundredth(value: float | None) -> float | None:
    return None if value is None else round(value / 100, 10)


_SCALED = re.compile(r"(?i:billion|million|trillion|miliar|milyar|juta|triliun|bn|mn|lakhs?|lacs?|crores?)\b")


def currency_of_bare_amounts(text: str, found: list[Quantity]) -> list[Quantity]:
    """"climbed to 3.2 billion pesos ($57 million) from 2.9 billion", "turun menjadi Rp 8
    triliun dari 9,6 triliun": a scaled number without a unit, after an amount of money in
    the same sentence, is in that money (a conversion in brackets is passed over). "… from
    2.9 billion a year earlier. Forecasters had expected 3.05 billion": right after a sentence
    whose last amount is a scaled one in money, the next sentence's scaled figure goes on in it."""
    if len(found) < 2:
        return found                    # most windows: one number, no amount before it
    result = list(found)
    for i, q in enumerate(found):
        if q.unit is not None or not _SCALED.search(text, q.start, q.end):
            continue
        for before in reversed(result[:i]):
            gap = text[before.end:q.start]
            breaks = len(SENTENCE_BREAK.findall(gap))
            if breaks > 1 or len(gap) > 120 or (breaks and not _SCALED.search(text, before.start, before.end)):
                break
            if before.unit in _CURRENCY_CODES and not _in_brackets(text, before) \
                    and (not breaks or _same_order(before, q)):
                result[i] = replace(q, unit=before.unit)
                break
            if breaks:
                break                        # across a sentence only the last amount before it counts
    return result


def _same_order(a: Quantity, b: Quantity) -> bool:
    """Figures for the same money lie within a factor of ten of each other (a forecast next to
    the result); a figure of another size after a full stop is likely another thing."""
    x, y = a.value_max or a.value_min, b.value_max or b.value_min
    return bool(x and y) and 0.1 <= y / x <= 10


def _in_brackets(text: str, q: Quantity) -> bool:
    return text[max(0, q.start - 2):q.start].rstrip().endswith("(")


def only_country_named(text: str, codes: frozenset[str]) -> str | None:
    """"500,000 rupees" in a story about Nepal: the one country of the family named in the
    text read gives the currency; with none or several, the family's default stands."""
    named = [code for code in codes
             if any(name in text for name in COUNTRY_NAMES_OF_CODE.get(code, ())) or _names_a_city_of(text, code)]
    return named[0] if len(named) == 1 else None


def _names_a_city_of(text: str, code: str) -> bool:
    """One of the country's cities is named as a word, in a dateline's capitals too ("LAHORE:",
    "the Lahore High Court"; not "Gallery")."""
    return any(re.search(rf"\b(?:{re.escape(city)}|{re.escape(city.upper())})\b", text) is not None
               for city in CITIES_OF_CODE.get(code, ()))


# "118 degrees Fahrenheit ... 110 degrees", "suhu 35°C ... 38 derajat": a bare degree in an
# article that names one temperature scale is in that scale, as a bare amount of money is in
# the currency named before it -- when it reads as a temperature: a word of heat, cold or
# weather (or a high/low) in its sentence or the one before, or a degree of its sentence already in a scale. "The ferry
# turned 90 degrees" stays an angle in a story that names Celsius elsewhere.
BARE_DEGREES = frozenset({"degrees", "degree", "derajat"})
_TEMPERATURE_WORD = re.compile(
    r"\b(?:temperatures?|temps?|heat(?:wave)?|hot(?:ter|test)?|cold(?:er|est)?|warm(?:er|est|ing)?"
    r"|cool(?:er|est|ing)?|chill|weather|forecasts?|thermometers?|mercury|fever|freezing|frost|highs?|lows?"
    r"|suhu|panas|dingin|cuaca|hangat|sejuk|gerah|terik|tertinggi|terendah|demam|celsius|celcius|fahrenheit)\b",
    re.I)
# a scale glued to a number ("40C", "104F") is a scale only with a temperature word near it:
# "the 12F lift", "grade 3C" name no scale
_SCALE_NAMES = {"°F": (re.compile(r"°\s?F\b|\b(?i:fahrenheit)\b"), re.compile(r"\d\s?F\b")),
                "°C": (re.compile(r"°\s?C\b|\b(?i:celsius|celcius)\b"), re.compile(r"\d\s?C\b"))}
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")


def _near(text: str, start: int, end: int, before: int = 60, after: int = 40) -> str:
    """The words of the sentence around ``text[start:end]``, at most ``before``/``after`` away."""
    lo = max(0, start - before)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
    lo = ends[-1] if ends else lo
    hi = min(len(text), end + after)
    stop = _SENTENCE_END.search(text, end, hi)
    return text[lo:stop.start() if stop else hi]


def _paragraph_near(text: str, start: int, end: int) -> str:
    """The sentence around ``text[start:end]`` and the one before it, within its paragraph
    ("... said the weather service. It was the fifth day above 100 degrees")."""
    lo = max(0, start - 200)
    line = text.rfind("\n", lo, start)
    lo = line + 1 if line >= 0 else lo
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
    lo = ends[-2] if len(ends) >= 2 else lo
    hi = min(len(text), end + 40)
    stop = _SENTENCE_END.search(text, end, hi)
    return text[lo:stop.start() if stop else hi]


def _names_scale(text: str, strict: re.Pattern, glued: re.Pattern) -> bool:
    return bool(strict.search(text)) or any(_TEMPERATURE_WORD.search(_near(text, m.start(), m.end()))
                                            for m in glued.finditer(text))


@lru_cache(maxsize=4)
def _scales_named(text: str) -> tuple[str, ...]:
    # Read once per article: enrich asks about every claim that holds a bare degree.
    return tuple(unit for unit, (strict, glued) in _SCALE_NAMES.items() if _names_scale(text, strict, glued))


def scale_of_bare_degrees(text: str, found: list[Quantity]) -> list[Quantity]:
    for q in found:             # (a plain loop: any() over a generator costs more, asked per claim)
        if q.unit in BARE_DEGREES:
            break
    else:
        return found                            # the usual case: no bare degree
    named = _scales_named(text)
    scaled = [q for q in found if q.unit in _SCALE_NAMES]

    def scale_of(q: Quantity) -> str | None:
        in_sentence = {s.unit for s in scaled if _same_sentence(text, q, s)}
        if in_sentence:                         # a degree of its sentence in a scale: that one
            return in_sentence.pop() if len(in_sentence) == 1 else None
        if len(named) != 1:
            return None                         # no scale named, or both: left as written
        return named[0] if _TEMPERATURE_WORD.search(_paragraph_near(text, q.start, q.end)) else None

    result = []
    for q in found:
        unit = scale_of(q) if q.unit in BARE_DEGREES else None
        result.append(replace(q, unit=unit) if unit else q)
    return result


def _same_sentence(text: str, a: Quantity, b: Quantity) -> bool:
    lo, hi = min(a.end, b.end), max(a.start, b.start)
    return lo > hi or not _SENTENCE_END.search(text, lo, hi)
