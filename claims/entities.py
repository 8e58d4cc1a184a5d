"""Named people, organisations and places, spelled exactly as inside the claim (rule 10).

Nothing offline recognises Indonesian names, so this is a capitalised-phrase chunker
(``entity_chunks``) followed by clean-up: common capitalised words and sentence openers are
dropped (``entity_evidence``), titles are dropped and a title's country split from the name
(``entity_parts``), and a kind is guessed from small general gazetteers (``gazetteer``).
"""
from __future__ import annotations

from functools import lru_cache

from claims.entity_chunks import Token, runs, tokens
from claims.entity_evidence import strip_common_words
from claims.entity_parts import entity_parts
from claims.gazetteer import GENERIC_ORG_HEADS
from claims.model import Entity


def find_entities(text: str, start: int, end: int, language: str) -> tuple[Entity, ...]:
    """Entities inside ``text[start:end]``, spelled as written, offsets into ``text``."""
    start, end = max(0, start), min(len(text), end)
    if text[start:end].islower():
        # Every run opens with a capitalised token: a span without a capital holds no entity,
        # and its window need not be read. (islower() stops at the first capital, where
        # lower-casing the span to compare read all of it.)
        return ()
    found: list[Entity] = []
    whole = _whole_text(text, language)
    for k, run in enumerate(whole.runs):
        if run[-1].end <= start or run[0].start >= end:
            continue
        if start <= run[0].start and run[-1].end <= end:
            found += whole.entities(k)
        else:                                           # the span cuts the run: redo its inside
            inside = [t for t in run if start <= t.start and t.end <= end]
            found += [e for part in runs(text, inside) for e in _entities_of(text, part, language)]
    return tuple(dict.fromkeys(found)) if found else ()


class _Runs:
    """The capitalised runs of one text, each run's entities read when first asked for: the
    spans asked about miss about a quarter of a window's runs (a line's attribution, text
    outside every claim), whose reading would be wasted."""
    __slots__ = ("_text", "_language", "runs", "_entities")

    def __init__(self, text: str, language: str):
        self._text, self._language = text, language
        self.runs = [tuple(run) for run in runs(text, tokens(text, 0, len(text)))]
        self._entities: dict[int, tuple[Entity, ...]] = {}

    def entities(self, k: int) -> tuple[Entity, ...]:
        """The entities of ``runs[k]``, read once."""
        found = self._entities.get(k)
        if found is None:
            found = self._entities[k] = _entities_of(self._text, self.runs[k], self._language)
        return found


@lru_cache(maxsize=8)
def _whole_text(text: str, language: str) -> _Runs:
    """The capitalised runs of the text, found once per text."""
    return _Runs(text, language)


def _entities_of(text: str, run: list[Token], language: str) -> tuple[Entity, ...]:
    kept = strip_common_words(text, list(run))
    if not kept:
        return ()           # most runs: a sentence's first word or a day name, stripped
    if len(kept) == 1 and kept[0].low in GENERIC_ORG_HEADS:
        return ()           # "Pemerintah", "the Ministry" alone: a kind of body, not its name
    # Contracted names of bodies ("Polri", "Pemkab") are an Indonesian way of writing.
    parts = entity_parts(kept, text if language == "id" else None)
    return tuple(Entity(text[p[0].start:p[-1].end], kind, p[0].start, p[-1].end) for p, kind in parts)
