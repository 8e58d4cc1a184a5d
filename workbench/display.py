"""Stored values as people read them, for pages and for the claim history alike (no Flask:
services use it too; ``views/formatting`` registers it as template filters)."""
from __future__ import annotations

# The pipeline's qualifier codes (claims.model.QUALIFIERS) as words before the amount.
QUALIFIER_WORDS = {"approx": "about", "at_least": "at least", "more_than": "more than",
                   "up_to": "up to", "nearly": "nearly", "less_than": "less than",
                   "vague": "roughly"}


def show_number(value) -> str:
    if value is None:
        return "?"
    number = float(value)
    if number.is_integer():
        return f"{int(number):,}"
    return f"{number:,.6f}".rstrip("0").rstrip(".")


def show_quantity(q: dict) -> str:
    """'4,200,000 USD', '9–10 km', 'about 30 percent'."""
    low, high = q.get("value_min"), q.get("value_max")
    text = show_number(low) if high in (None, low) else f"{show_number(low)}–{show_number(high)}"
    qualifier = q.get("qualifier")
    return " ".join(p for p in (QUALIFIER_WORDS.get(qualifier, qualifier), text, q.get("unit"))
                    if p)
