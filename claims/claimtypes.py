"""Claim types (labelling rule 7) from the claim's words and what was found in it.

Marker words are looked up in word sets (one lower-cased word split per claim), which is much
cheaper than case-insensitive alternations over every claim.
"""
from __future__ import annotations

import re

_COMPARISON = frozenset("""tertinggi terendah terbanyak terbesar terkecil unggul mengalahkan menang
kalah disusul melampaui mengungguli rekor juara dibandingkan ketimbang higher lower highest lowest
compared record first largest biggest smallest beat won lead leading than surpassed surpass berjaya
memimpin menguasai terakhir""".split())
_COMPARISON_PHRASES = ("lebih tinggi", "lebih rendah", "lebih besar", "lebih kecil", "lebih banyak",
                       "lebih sedikit", "lebih ringan", "lebih berat", "lebih dari", "pertama kali")
_PREDICTION = frozenset("""akan bakal dijadwalkan direncanakan rencana berencana diharapkan will would
scheduled expected plan plans planned forecast""".split())
_PREDICTION_PHRASES = ("to begin", "to start")
_STATUS = frozenset("""adalah merupakan ialah yakni menjabat berada terletak sebagai tercatat ada masih
selaku is are was were remain remains located serve serves memiliki termasuk""".split())
_WORD = re.compile(r"[a-z]+")
_EVENT = re.compile(r"\b(?:me|di|ber|ter)[a-z]{4,}\b|[a-z]{3}ed\b")


def claim_types(span: str, *, quantities: bool, dated: bool, source: str | None,
                quote: bool) -> tuple[str, ...]:
    """The rule-7 types of one claim, most specific first."""
    low = span.lower()
    words = set(_WORD.findall(low))
    found = ["event"] if _EVENT.search(span) else []
    if words & _STATUS:
        found.append("status")
    if words & _COMPARISON or any(p in low for p in _COMPARISON_PHRASES):
        found.append("comparison")
    if words & _PREDICTION or any(p in low for p in _PREDICTION_PHRASES):
        found.append("prediction")
    found += ["quantity"] * quantities + ["date"] * dated
    if quote or source:
        found.append("quote" if quote else "attribution")
    return tuple(found) or ("other",)
