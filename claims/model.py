"""Immutable result records of the claim pipeline.

Every offset is a Python string index into the article text exactly as the caller gave it,
so ``text[claim.start:claim.end] == claim.text`` always holds.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from claims.quick_init import quick_init

CLAIM_TYPES = ("quantity", "date", "event", "attribution", "quote", "comparison",
               "status", "prediction", "other")
QUALIFIERS = ("approx", "at_least", "more_than", "up_to", "nearly", "less_than", "vague")
BOILERPLATE_KINDS = ("ad", "widget", "caption", "related", "byline", "dateline", "title",
                     "furniture", "other")
ENTITY_KINDS = ("person", "org", "place", "other")


@quick_init
@dataclass(frozen=True, slots=True)
class Quantity:
    """A number a claim asserts, normalised (``"Rp 2,56 miliar"`` -> 2.56e9 IDR)."""
    value_min: float | None
    value_max: float | None
    unit: str | None = None
    qualifier: str | None = None
    start: int = 0          # span of the written number in the article text
    end: int = 0

    def to_json(self) -> dict:
        return {"value_min": self.value_min, "value_max": self.value_max,
                "unit": self.unit, "qualifier": self.qualifier}


@quick_init
@dataclass(frozen=True, slots=True)
class Entity:
    """A named person, organisation or place, spelled exactly as in the claim."""
    text: str
    kind: str = "other"
    start: int = 0
    end: int = 0


@quick_init
@dataclass(frozen=True, slots=True)
class Boilerplate:
    """A whole line of page furniture kept out of the claims."""
    start: int
    end: int
    kind: str

    def to_json(self) -> dict:
        return {"start": self.start, "end": self.end, "kind": self.kind}


@quick_init
@dataclass(frozen=True, slots=True)
class Claim:
    """One atomic, check-worthy assertion anchored to its span."""
    start: int
    end: int
    text: str
    types: tuple[str, ...] = ()
    score: float = 0.0
    source: str | None = None
    quantities: tuple[Quantity, ...] = ()
    dates: tuple[str, ...] = ()            # ISO: YYYY, YYYY-MM or YYYY-MM-DD
    entities: tuple[Entity, ...] = ()

    def to_json(self) -> dict:
        return {"text": self.text, "start": self.start, "end": self.end,
                "types": list(self.types), "score": round(self.score, 3),
                "source": self.source,
                "quantities": [q.to_json() for q in self.quantities],
                "dates": list(self.dates),
                "entities": [e.text for e in self.entities]}


@quick_init
@dataclass(frozen=True, slots=True)
class ArticleAnalysis:
    """What the splitter found in one article."""
    text: str
    language: str                      # "id" or "en"
    title: str | None = None
    published: dt.date | None = None
    outlet: str | None = None
    claims: tuple[Claim, ...] = ()
    boilerplate: tuple[Boilerplate, ...] = ()
    warnings: tuple[str, ...] = field(default=())

    def to_json(self) -> dict:
        return {"language": self.language, "title": self.title,
                "published": self.published.isoformat() if self.published else None,
                "outlet": self.outlet,
                "claims": [c.to_json() for c in self.claims],
                "boilerplate": [b.to_json() for b in self.boilerplate]}
