"""Lexical evidence between two claims: numbers and entities they share or disagree on.

Numbers are compared by value, with scale words applied, so "Rp1,5 triliun" equals
"1.5 trillion" and "3.000.000" equals "3 juta". Entities are the app's extracted
entities when given, otherwise capitalised words (a rough stand-in).
"""
import re
from dataclasses import dataclass

from workbench.search.analyzers import normalize_number

SCALES = {
    "ribu": 1e3, "rb": 1e3, "thousand": 1e3, "juta": 1e6, "jt": 1e6, "million": 1e6,
    "miliar": 1e9, "milyar": 1e9, "billion": 1e9, "triliun": 1e12, "trillion": 1e12,
}
# A letter may precede the digits (currency: "Rp1,5", "US$3"), another digit may not.
_NUMBER = re.compile(r"(?<![\d.,])(\d+(?:[.,]\d+)*)(?:\s*([A-Za-z]+))?")
# Capitalised words of 3+ letters, not at the start of a sentence.
_CAPITALISED = re.compile(r"(?<!^)(?<![.!?]\s)\b([A-Z][^\W\d_]{2,})")

NUMBER_BONUS, ENTITY_BONUS, MAX_SHARED = 0.03, 0.02, 2
# Two claims whose numbers all differ ("70 climbers" / "75 climbers") are more likely two
# facts, or a contradiction, than one fact: disagreeing costs what agreeing at most earns.
# (bench/README.md: it lifted held-out and dev MRR@10 alike.)
NUMBER_CONFLICT_PENALTY = NUMBER_BONUS * MAX_SHARED


@dataclass(frozen=True)
class Signature:
    """A claim's numbers ({value: as written}) and entities (lowercased)."""
    numbers: dict
    entities: frozenset


def signature(text: str, entities=None) -> Signature:
    """Numbers and entities of ``text``; ``entities`` (names) override the guess."""
    names = entities if entities is not None else _CAPITALISED.findall(text or "")
    return Signature(dict(_numbers(text or "")),
                     frozenset(n.strip().lower() for n in names if n and n.strip()))


def _numbers(text: str):
    for match in _NUMBER.finditer(text):
        digits, word = match.groups()
        scale = SCALES.get((word or "").lower())
        try:
            value = float(normalize_number(digits)) * (scale or 1)
        except ValueError:      # "1.2.3": not a single number
            continue
        written = match.group(0) if scale else digits
        yield f"{value:.15g}", written


def lexical_bonus(a: Signature, b: Signature) -> float:
    """A small score change: a bonus for shared numbers and entities (each capped at
    MAX_SHARED), a penalty when the numbers disagree and none is shared."""
    shared_numbers = min(len(a.numbers.keys() & b.numbers.keys()), MAX_SHARED)
    shared_entities = min(len(a.entities & b.entities), MAX_SHARED)
    bonus = NUMBER_BONUS * shared_numbers + ENTITY_BONUS * shared_entities
    if not shared_numbers and number_conflict(a, b):
        bonus -= NUMBER_CONFLICT_PENALTY
    return bonus


def number_conflict(a: Signature, b: Signature) -> tuple[tuple, tuple] | None:
    """(numbers only in a, numbers only in b), as written, when each side has a number
    the other lacks ("70 climbers" vs "75 climbers"); None when they agree or one has none."""
    only_a = [a.numbers[k] for k in a.numbers.keys() - b.numbers.keys()]
    only_b = [b.numbers[k] for k in b.numbers.keys() - a.numbers.keys()]
    if only_a and only_b:
        return tuple(sorted(only_a)), tuple(sorted(only_b))
    return None
