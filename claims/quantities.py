"""Numbers a claim asserts, normalised (spec rule 8).

Order of work: mask what only looks like a number (times, dates, years, ballot numbers,
names), take the numbers with a shape of their own (scores, minutes, ranks), then read the
rest, joining ranges and attaching qualifiers and units.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from claims.lexicon import EN_NOT_PRESENT_S
from claims.lexicon_numbers import NUMBER_WORDS, ORDINALS, ROMAN, VAGUE
from claims.lexicon_units import AMBIGUOUS_CURRENCY_WORDS, CURRENCY_PREFIXES, CURRENCY_WORDS, UNITS
from claims.model import Quantity
from claims.number_atoms import Atom, find_atoms
from claims.quantity_build import build_quantity
from claims.quantity_carry import (BARE_DEGREES, SENTENCE_BREAK, bounds_into_brackets, cents_as_dollars,
                                   currency_of_bare_amounts, nouns_from_the_subject, only_country_named, scale_of_bare_degrees)
from claims.quantity_context import STOPWORDS, measure_after
from claims.quantity_mask import Mask, masked_spans
from claims.number_atoms import A_UNIT_WORDS, ONE_OF_A_UNIT
from claims.quantity_shares import TRIGGER_WORDS as SHARE_WORDS, find_shares
from claims.quantity_special import FOLD_WORDS, MULTIPLE_WORDS, ORDINAL_COLLECTIVES, find_scores, find_special
from claims.text_windows import trigger_windows

# Words that can start a quantity without a digit; the text around digits and these is read.
_TRIGGERS = frozenset(set(NUMBER_WORDS) | set(ORDINALS) | set(VAGUE) | set(ROMAN)
                      | {"seratus", "seribu", "sejuta", "tens", "dozen", "hundred", "thousand", "million",
                         "billion"} | FOLD_WORDS | MULTIPLE_WORDS | set(ONE_OF_A_UNIT) | A_UNIT_WORDS
                      | {w + "nya" for w in ORDINAL_COLLECTIVES + ["kedua"]} | SHARE_WORDS)
_YEAR = re.compile(r"(?:19|20)\d{2}")
# Compiled once: these run for every number read (re.match with a pattern string pays a
# compile-cache look-up per call).
# "musim haji 1445 H", "tahun 1446 Hijriah": a year of the Islamic calendar
_HIJRI_YEAR = re.compile(r"1[34]\d\d\s*(?:H\b|Hijri(?:a|ya)h\b|AH\b)")
_MEASURE_AFTER_YEAR = re.compile(r"\s*(?:%|persen|percent|meter|km|orang|people)", re.I)
_LOWER_AFTER = re.compile(r"\s*(?:[a-z]|[-–]\s?\d)")     # (or the range it opens: "Jaraknya 9-10 km")
_NAME_BEFORE = re.compile(r"(?P<w>[A-Z](?<!\w[A-Z])[\w.-]*) $")   # \b after the capital: a skip-ahead
_NOT_NAMES = {"sebanyak", "sekitar", "sejumlah", "total", "tercatat", "terdapat", "ada", "hampir",
              "setidaknya", "sedikitnya", "lebih", "kurang", "rp", "rp.", "idr", "usd", "nearly",
              "almost", "about", "around", "some", "only", "just", "over", "more", "all",
              "another", "hanya", "mencapai", "capai", "menit", "pukul"}
_NOT_NAMES_OR_STOPWORDS = frozenset(_NOT_NAMES | STOPWORDS)   # joined once, not per number


def find_quantities(text: str, start: int, end: int, language: str) -> tuple[Quantity, ...]:
    """Quantities written inside ``text[start:end]``, in written order, offsets into ``text``.

    Indonesian formats are read as such ("4.360.629", "5,95", "Rp 2,56 miliar"); English
    ones too ("130,000", "$3bn"); ranges, qualifiers, units and counted nouns per the spec.
    """
    start, end = max(0, start), min(len(text), end)
    found = _whole_text(text, language)
    if start == 0 and end == len(text):
        return found                     # the whole text: every quantity lies inside it
    return tuple(q for q in found if start <= q.start and q.end <= end)


@lru_cache(maxsize=8)
def _whole_text(text: str, language: str) -> tuple[Quantity, ...]:
    """Every quantity of the article, read once: the pipeline asks about many of its spans,
    and a number's unit or qualifier may be read just outside a span's edge."""
    found: list[Quantity] = []
    for lo, hi in trigger_windows(text, 0, len(text), _TRIGGERS):
        found += _in_window(text, lo, hi, 0, len(text), language)
    if not found:
        return ()                        # no number: nothing for the passes below to carry
    if _units_all_settled(found):        # (most windows: every number has its own unit)
        return tuple(bounds_into_brackets(text, found))
    found = nouns_from_the_subject(text, bounds_into_brackets(text, found))
    found = _share_counted_nouns(text, currency_of_bare_amounts(text, cents_as_dollars(found)))
    found = scale_of_bare_degrees(text, found)
    return tuple(_currency_of_family_words(text, found))


def _units_all_settled(found: list[Quantity]) -> bool:
    """True when every quantity has a unit that no pass after ``bounds_into_brackets`` changes:
    those passes give a unit to a bare number, turn cents into dollars, give a bare degree its
    scale and a shared currency word its country; none of them touches any other unit."""
    for q in found:             # (a plain loop: a generator costs more, asked for every window)
        if q.unit is None or q.unit in _UNITS_CARRIED_ON:
            return False
    return True


# Measures, money and stretches of time: nothing a bare count could be a number of ("grew by
# 210,000 to 9.4 million, but … fell for a fifth straight quarter" counts no quarters).
_MEASURES = frozenset(UNITS.values()) | frozenset(CURRENCY_PREFIXES.values()) | \
    frozenset(CURRENCY_WORDS.values()) | {"goals", "putaran", "leg", "place", "kali", "times", "quarters",
                                          "kuartal", "triwulan", "semester", "seasons", "musim", "sessions", "sesi"}


def _share_counted_nouns(text: str, found: list[Quantity]) -> list[Quantity]:
    """A bare count takes the counted noun of the nearest count in its sentence ("40 di
    antaranya pulang dan 12 orang lainnya" -> 40 orang): the noun is elided, not absent."""
    nouns = [q for q in found if q.unit and q.unit not in _MEASURES]
    result = []
    for q in found:
        value = q.value_min if q.value_min is not None else q.value_max   # "fewer than 2,500"
        if q.unit is None and value is not None and value == int(value):
            q = _with_noun_of_the_whole(text, q, nouns) if _PARTITIVE.match(text, q.end) \
                else _with_noun_of_nearest(text, q, nouns)
        result.append(q)
    return result


# "Sebanyak 62 karyawan diamankan. Tujuh di antaranya ...", "47 were hurt; 12 of them ...": a
# part of a group counts the group's noun, told before it, if need be in the sentence before.
_PARTITIVE = re.compile(r"\s+(?:di\s+antaranya|diantaranya|of\s+them|of\s+whom|among\s+them)\b", re.I)


def _with_noun_of_the_whole(text: str, q: Quantity, nouns: list[Quantity]) -> Quantity:
    # the last noun that qualifies: searched from the end, the earlier ones are never read
    last = next((o for o in reversed(nouns) if o.end <= q.start and q.start - o.end < 300
                 and len(SENTENCE_BREAK.findall(text, o.end, q.start)) <= 1), None)
    return replace(q, unit=last.unit) if last else _with_noun_of_nearest(text, q, nouns)


def _currency_of_family_words(text: str, found: list[Quantity]) -> list[Quantity]:
    """"40 million Norwegian crowns ... 14 billion crowns": a family word that several
    currencies share is the one named with a country nearest to it in the text read."""
    for q in found:             # (a plain loop: a generator costs more, asked for every window)
        if q.unit in _AMBIGUOUS_CODES:
            break
    else:
        return found                       # the usual case: no shared family word
    family_of = {i: _family_codes(text, q) for i, q in enumerate(found) if q.unit in _AMBIGUOUS_CODES}
    named = [(i, q.unit) for i, q in enumerate(found) if q.unit in _AMBIGUOUS_CODES and not family_of.get(i)]
    result = list(found)
    for i, codes in family_of.items():
        near = sorted((abs(i - j), j > i, unit) for j, unit in named if codes and unit in codes)
        if near:
            result[i] = replace(found[i], unit=near[0][2])
        elif codes and (only := only_country_named(text, codes)):
            result[i] = replace(found[i], unit=only)
    return result


_AMBIGUOUS_CODES = frozenset(code for codes in AMBIGUOUS_CURRENCY_WORDS.values() for code in codes)
# The units the passes after the window reading rewrite (cents_as_dollars, scale_of_bare_degrees,
# _currency_of_family_words).
_UNITS_CARRIED_ON = frozenset({"cents", "cent"}) | BARE_DEGREES | _AMBIGUOUS_CODES


def _family_codes(text: str, q: Quantity) -> frozenset[str] | None:
    """The currencies a family word after the amount may stand for; "Rs" before it is the
    rupee's mark in India, Pakistan, Nepal and Sri Lanka alike."""
    if text[q.start:q.start + 2].lower() == "rs":
        return AMBIGUOUS_CURRENCY_WORDS["rupees"]
    return AMBIGUOUS_CURRENCY_WORDS.get(_word_after(text, q))


def _word_after(text: str, q: Quantity) -> str:
    """The currency phrase written after the number ("crowns", "dolar singapura"), lower-cased."""
    _, end = measure_after(text, q.end, len(text), False)
    return text[q.end:end].strip().lower()


def _with_noun_of_nearest(text: str, q: Quantity, nouns: list[Quantity]) -> Quantity:
    def gap(other: Quantity) -> str:
        return text[q.end:other.start] if other.start >= q.end else text[other.end:q.start]
    near = [o for o in nouns if len(gap(o)) < 200 and not SENTENCE_BREAK.search(gap(o))]
    if not near:
        return q
    # (a noun in the same clause first: "212 homes were damaged and 38 destroyed, and about 6,400
    # customers …" counts 38 homes, though "customers" is fewer letters away)
    nearest = min(near, key=lambda o: (o.start > q.start and "," in gap(o), len(gap(o))))
    return replace(q, unit=nearest.unit)


def _in_window(text: str, lo: int, hi: int, start: int, end: int, language: str) -> list[Quantity]:
    """Quantities in one window; words around them are read up to the span's edges."""
    spans = masked_spans(text, lo, hi)
    mask = Mask(spans, lo, hi) if spans else None
    scores = find_scores(text, lo, hi)
    if scores and mask:
        scores = [q for q in scores if not mask.hits(q.start, q.end)]
    special = _without_overlaps(find_special(text, lo, hi) + find_shares(text, lo, hi) + scores, lo, hi)
    if special:                          # (most windows: none)
        mask = mask or Mask([], lo, hi)
        mask.add((q.start, q.end) for q in special)
    if mask is None:                     # (most windows: nothing masked, every number is read)
        atoms = [a for a in find_atoms(text, lo, hi, language) if _counts(text, a, start)]
    else:
        atoms = [a for a in find_atoms(text, lo, hi, language, skip=mask.hits)
                 if not mask.hits(a.start, a.end) and _counts(text, a, start)]
    general, i = [], 0
    while i < len(atoms):
        quantity, i = build_quantity(text, atoms, i, start, end, language)
        if quantity is not None:
            general.append(quantity)
    found = special + general
    if len(found) > 1:                   # most windows hold one quantity: nothing to order
        found.sort(key=lambda q: (q.start, q.end))
    return found


def _without_overlaps(found: list[Quantity], lo: int, hi: int) -> list[Quantity]:
    """Earlier finders win where two shapes claim the same characters."""
    if len(found) < 2:
        return found                       # the usual case: nothing to overlap
    kept, used = [], Mask([], lo, hi)
    for q in found:
        if not used.hits(q.start, q.end):
            kept.append(q)
            used.add([(q.start, q.end)])
    return kept


def _counts(text: str, atom: Atom, lo: int) -> bool:
    """False for a number that counts nothing: a year or part of a name, a bare ordinal, the
    denominator of a rate, the pronoun "one". Each test is asked only where its own first
    condition holds (most numbers are plain digits after a space)."""
    if not (atom.words or atom.currency or atom.glued_unit) and _is_year_or_name(text, atom, lo):
        return False
    before = text[atom.start - 1:atom.start]
    if (atom.glued_unit or before == "-") and _bare_ordinal(text, atom):
        return False
    # ("per " ends with an "r" and a space)
    if (before == "/" or before == " " and text[atom.start - 2:atom.start - 1] in ("r", "R")) \
            and _rate_denominator(text, atom):
        return False
    if atom.end - atom.start == 3 and _pronoun_one(text, atom):
        return False
    return not _names_a_kind(text, atom)


# "one-way traffic", "satu arah", "a one-time payment", "the 10-year bond yield", "the 7-day
# reverse repo rate", "SBN tenor 10 tahun": the number names a kind (a direction, a tenor), it
# counts nothing ("16-time champions" counts titles).
_KIND_AFTER = re.compile(r"(?:-way\b|(?<=one)-time\b|\s+(?:way|arah)\b(?!\s+(?:to|of)\b)"
                         r"|[-\s](?:day|week|month|year)s?\s+(?:[a-z]+\s+){0,2}?(?:rates?|yields?|bonds?|notes?"
                         r"|repos?|treasur(?:y|ies)|bills?|swaps?)\b)", re.I)
_TENOR_BEFORE = re.compile(r"\btenor\s+$", re.I)


def _names_a_kind(text: str, atom: Atom) -> bool:
    after = text[atom.end:atom.end + 1]
    if after not in (" ", "-") or atom.currency:
        return False        # gate: both shapes go on with a space or a hyphen
    return _KIND_AFTER.match(text, atom.end) is not None \
        or _TENOR_BEFORE.search(text, max(0, atom.start - 8), atom.start) is not None


# "pulled one back", "picked one up": "one" before a particle stands for a thing named before
# (a goal, a ball); it counts nothing of its own.
_PARTICLE_AFTER = re.compile(r"\s+(?:back|up|down|out(?!\s+of\b)|off|away|apart)\b")


def _pronoun_one(text: str, atom: Atom) -> bool:
    return atom.end - atom.start == 3 and text[atom.start:atom.end].lower() == "one" \
        and _PARTICLE_AFTER.match(text, atom.end) is not None


_ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})
_PER_BEFORE = re.compile(r"(?:\bper\s|/)$", re.I)


def _bare_ordinal(text: str, atom: Atom) -> bool:
    """"HUT ke-79", "150th anniversary": an ordinal the rank finders did not take names which
    one, it counts nothing (rule 8: ordinals count only where the rank is the point)."""
    if atom.glued_unit and atom.glued_unit.lower() in _ORDINAL_SUFFIXES:
        return True
    # gate: most numbers have no hyphen right before them
    return text[atom.start - 1:atom.start] == "-" and text[max(0, atom.start - 3):atom.start].lower() == "ke-"


def _rate_denominator(text: str, atom: Atom) -> bool:
    """"12 per 100.000 penduduk": the number after "per" belongs to the rate's unit."""
    if atom.currency or text[atom.start - 1:atom.start] not in ("/", " "):
        return False            # gate: "per " and "/" end with one of these two characters
    before = text[max(0, atom.start - 4):atom.start]
    return (before.endswith("/") or before.lower().endswith("per ")) \
        and bool(_PER_BEFORE.search(text, max(0, atom.start - 4), atom.start))


def _is_year_or_name(text: str, atom: Atom, lo: int) -> bool:
    """A bare four-digit year, or a number that belongs to a name ("Liga 1", "Super 1000")."""
    size = atom.end - atom.start
    if size > 4 or atom.words or atom.currency or atom.glued_unit:
        return False            # (a year has four characters, a number of a name four at most)
    if size == 4 and (_YEAR.fullmatch(text, atom.start, atom.end) is not None
                      or _HIJRI_YEAR.match(text, atom.start, atom.end + 10) is not None):
        # (read in place: most numbers of four characters are no year; one that is not may
        # still belong to a name, "Super 1000", read below)
        return not _MEASURE_AFTER_YEAR.match(text, atom.end, atom.end + 12)
    written = text[atom.start:atom.end]
    if not written.isdigit():
        return False
    after = text[atom.end:atom.end + 12]
    if after[1:2].isupper() and _STREET_AFTER.match(text, atom.end):
        return True             # "10 Downing Street": a house number is part of the address
    if _model_variant(text, atom, lo):
        return True
    window_start = max(lo, atom.start - 30)
    name = _NAME_BEFORE.search(text[window_start:atom.start])
    if not name or name.group("w").lower() in _NOT_NAMES_OR_STOPWORDS:
        return False
    if measure_after(text, atom.end, atom.end + 20, False)[0]:
        return False
    if 2 <= atom.low < 100 and (plural := _PLURAL_AFTER.match(text, atom.end)) \
            and plural.group(1) not in EN_NOT_PRESENT_S:
        return False            # "won the Super League 11 seasons in a row": a count of the plural after it
        #                         (three digits after a name are a model's: "Boeing 737 jets")
    if _listed_count(text, window_start + name.start(), atom, lo):
        return False            # "Johor recorded 298 cases, Penang 176 and Kedah 95": the list's counts
    # A capitalised word inside a sentence is a name ("Liga 2 musim lalu"); at the start of
    # a sentence it may be any word, so only a number with nothing after it is taken as a name.
    return not _sentence_initial(text, window_start + name.start(), lo) or not _LOWER_AFTER.match(after)


_PLURAL_AFTER = re.compile(r"\s+([a-z]{3,}(?<!s)s)\b")
# (a plural noun after the street counts things on it: "3 Oxford Street shops")
_STREET_AFTER = re.compile(r"[A-Z]?\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Boulevard|Blvd"
                           r"|Drive|Square|Place|Terrace|Crescent)\b(?!\s+(?!(?:has|was|is|as|its|this|across)\b)[a-z]+s\b)")


# "Boeing 737-800", "Airbus A330-300", "Boeing 787-8": the variant after a model number is part
# of the name.
_MODEL_VARIANT_BEFORE = re.compile(r"\b(?P<w>[A-Z][A-Za-z]+) [A-Z]?\d{3}-$")


def _model_variant(text: str, atom: Atom, lo: int) -> bool:
    # ("Boeing 787-8", "Airbus A350-1000": the variant may have one to four digits)
    if atom.end - atom.start > 4 or text[atom.start - 1:atom.start] != "-":
        return False
    name = _MODEL_VARIANT_BEFORE.search(text, max(lo, atom.start - 20), atom.start)
    return bool(name) and name.group("w").lower() not in _NOT_NAMES_OR_STOPWORDS


# An item of a list that leaves out its verb and noun: a name after a comma or "and", its count,
# then the list goes on or ends, after a count with its noun earlier in the sentence.
_ITEM_OPENS = re.compile(r"(?:,|\s(?:and|dan|serta))\s+(?:[A-Z][\w'’-]*\s+){0,2}$")
_ITEM_CLOSES = re.compile(r"\s*(?:[,.;]|$|\s(?:and|dan|serta)\s)")
_COUNTED = re.compile(r"\d\s+[a-z]{3,}")


def _listed_count(text: str, name_start: int, atom: Atom, lo: int) -> bool:
    if not _ITEM_CLOSES.match(text, atom.end) or not _ITEM_OPENS.search(text, max(lo, name_start - 40), name_start):
        return False
    sentence = max(lo, max(text.rfind(mark, lo, name_start) for mark in ".!?\n") + 1)
    return _COUNTED.search(text, sentence, name_start) is not None


def _sentence_initial(text: str, pos: int, lo: int) -> bool:
    before = text[max(lo, pos - 3):pos].rstrip()
    return pos <= lo or not before or before[-1] in ".!?:;\n\"“(•-"

