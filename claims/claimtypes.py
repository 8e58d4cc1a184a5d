"""Claim types (labelling rule 7) from the claim's words and what was found in it."""
from __future__ import annotations

import re

_COMPARISON = re.compile(
    r"\b(lebih (tinggi|rendah|besar|kecil|banyak|sedikit|ringan|berat|dari)|tertinggi|terendah"
    r"|terbanyak|terbesar|terkecil|unggul|mengalahkan|menang|kalah|disusul|melampaui|mengungguli"
    r"|rekor|juara|pertama kali|dibandingkan|ketimbang|higher|lower|highest|lowest|more than|less"
    r" than|compared|record|first|largest|biggest|smallest|beat|won|lead|leading|than|surpass\w*"
    r"|berjaya|memimpin|menguasai|terakhir)\b", re.I)
_PREDICTION = re.compile(r"\b(akan|bakal|dijadwalkan|direncanakan|rencana|berencana|diperkirakan akan"
                         r"|diharapkan|will|would|scheduled|expected|plans?|planned|forecast|to begin"
                         r"|to start)\b", re.I)
_STATUS = re.compile(r"\b(adalah|merupakan|ialah|yakni|menjabat|berada|terletak|sebagai|tercatat|ada"
                     r"|masih|selaku|is|are|was|were|remains?|located|serves?|memiliki|termasuk)\b",
                     re.I)
_EVENT = re.compile(r"\b(?:me|di|ber|ter)[a-z]{4,}\b|[a-z]{3}ed\b")


def claim_types(span: str, *, quantities: bool, dated: bool, source: str | None,
                quote: bool) -> tuple[str, ...]:
    """The rule-7 types of one claim, most specific first."""
    found = []
    if _EVENT.search(span):
        found.append("event")
    if _STATUS.search(span):
        found.append("status")
    if _COMPARISON.search(span):
        found.append("comparison")
    if _PREDICTION.search(span):
        found.append("prediction")
    if quantities:
        found.append("quantity")
    if dated:
        found.append("date")
    if quote or source:
        found.append("quote" if quote else "attribution")
    return tuple(found) or ("other",)
