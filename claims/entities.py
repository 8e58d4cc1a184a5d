"""Named people, organisations and places (PLACEHOLDER: being written)."""
from __future__ import annotations

from claims.model import Entity


def find_entities(text: str, start: int, end: int, language: str) -> tuple[Entity, ...]:
    """Entities inside ``text[start:end]``, spelled as written, offsets into ``text``."""
    return ()
