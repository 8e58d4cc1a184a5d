"""Named people, organisations and places, spelled exactly as inside the claim (rule 10).

Nothing offline recognises Indonesian names, so this is a capitalised-phrase chunker
(``entity_chunks``) followed by clean-up: sentence-initial common words and titles are
dropped, a title's country is split from the name ("Presiden Rusia Vladimir Putin" ->
"Rusia", "Vladimir Putin"), and a kind is guessed from small general gazetteers.
"""
from __future__ import annotations

import re
from functools import lru_cache

from claims import gazetteer as gz
from claims.entity_chunks import Token, runs, tokens
from claims.model import Entity

_SENTENCE_END = ".!?:;\n\"“”‘'•(–—-"
# Generic heads written before a name that are not part of it ("Ibu Kota Kiev", "Kantor KPK").
_DESCRIPTORS = (("ibu", "kota"), ("ibukota",), ("kantor",), ("markas",), ("pihak",))
_DESCRIPTOR_HEADS = frozenset(words[0] for words in _DESCRIPTORS)
_TITLE_HEADS = frozenset(title.split()[0] for title in gz.TITLES)


def find_entities(text: str, start: int, end: int, language: str) -> tuple[Entity, ...]:
    """Entities inside ``text[start:end]``, spelled as written, offsets into ``text``."""
    start, end = max(0, start), min(len(text), end)
    found: list[Entity] = []
    for run, entities in _whole_text(text):
        if run[-1].end <= start or run[0].start >= end:
            continue
        if start <= run[0].start and run[-1].end <= end:
            found += entities
        else:                                           # the span cuts the run: redo its inside
            inside = [t for t in run if start <= t.start and t.end <= end]
            found += [e for part in runs(text, inside) for e in _entities_of(text, part)]
    return tuple(dict.fromkeys(found))


@lru_cache(maxsize=8)
def _whole_text(text: str) -> tuple[tuple[tuple[Token, ...], tuple[Entity, ...]], ...]:
    """Each capitalised run of the article with its entities, computed once per article."""
    return tuple((tuple(run), _entities_of(text, run)) for run in runs(text, tokens(text, 0, len(text))))


def _entities_of(text: str, run: list[Token]) -> tuple[Entity, ...]:
    return tuple(_entity(text, part) for part in _clean(text, list(run), 0))


def _clean(text: str, run: list[Token], lo: int) -> list[list[Token]]:
    """The entity parts of one capitalised run (possibly none, possibly several)."""
    run = _strip_descriptor(_strip_common(text, run, lo))
    if not run:
        return []
    titled, rest = _strip_title(run)
    if titled and (not rest or len(rest) == 1 and len(rest[0].text.rstrip(".")) == 1):
        return [run]                                     # "Bharada E": the title is the name
    parts = _split_after_place(rest) if titled else [rest]
    parts = [p for part in parts for p in _split_trailing_initial(_strip_descriptor(part))]
    return [p for p in parts if p and not _all_common(p)]


def _strip_common(text: str, run: list[Token], lo: int) -> list[Token]:
    while run and run[-1].low in gz.NOT_NAMES:
        run = run[:-1]
    while run and (run[0].low in gz.NOT_NAMES or _common_sentence_start(text, run)):
        run = run[1:]
    return run


def _common_sentence_start(text: str, run: list[Token]) -> bool:
    """A capitalised word opening a sentence that the article otherwise never capitalises
    (alone), or also writes in lower case (before other capitalised words: "Gol Messi")."""
    first = run[0]
    if not _sentence_initial(text, first.start) or _known(first) or first.text.isupper():
        return False
    if first.text in _capitalised_inside(text):
        return False
    return len(run) == 1 or first.low in _lower_words(text) or _strong_name(run[1])


def _strong_name(tok: Token) -> bool:
    """A token that starts a name on its own: a known place, an acronym, a cue or a title
    ("Warga Surabaya", "Laporan BPS": the word before it is the sentence's common noun)."""
    return _known(tok) or (tok.text.isupper() and len(tok.text) > 1)


def _sentence_initial(text: str, pos: int) -> bool:
    before = text[max(0, pos - 4):pos].rstrip(" \u00a0")
    return not before or before[-1] in _SENTENCE_END


_WORD_STARTS_UPPER = re.compile(r"(?<!\S)[A-Z]")
_ALONE_INSIDE = re.compile(r"[a-z] ([A-Z][\w’'-]+)(?= [a-z]|[,.;:)])")


@lru_cache(maxsize=16)
def _capitalised_inside(text: str) -> frozenset[str]:
    """Words the article capitalises alone in mid-sentence: evidence that they are names.
    Title-case lines (headlines) prove nothing and are skipped."""
    found = set()
    for line in text.splitlines():
        words = len(line.split())
        if words and len(_WORD_STARTS_UPPER.findall(line)) / words < 0.5:
            found.update(_ALONE_INSIDE.findall(line))
    return frozenset(found)


@lru_cache(maxsize=16)
def _lower_words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"\b[a-z][\w’'-]*", text))


_JOINED_NAMES = re.compile(r"[A-Z][\w’']+-[A-Z]")     # "Pramono-Rano", "Al-Ansari"


def _known(tok: Token) -> bool:
    low = tok.low
    return (low in gz.PLACES or low in gz.DEMONYMS or low in gz.ORG_CUES or low in gz.TITLES
            or low in gz.PLACE_CUES or bool(_JOINED_NAMES.match(tok.text)))


def _strip_title(run: list[Token]) -> tuple[bool, list[Token]]:
    stripped = False
    while run and run[0].low in _TITLE_HEADS:
        size = next((n for n in (3, 2, 1) if len(run) >= n and
                     " ".join(t.low for t in run[:n]) in gz.TITLES), 0)
        if not size:
            break
        run, stripped = run[size:], True
    return stripped, run


def _place_end(run: list[Token]) -> int:
    """End index of the last gazetteer place inside ``run`` that has words after it."""
    best = 0
    for i in range(len(run)):
        for n in (3, 2, 1):
            if i + n < len(run) and " ".join(t.low for t in run[i:i + n]) in gz.PLACES:
                best = max(best, i + n)
                break
    return best


def _split_after_place(run: list[Token]) -> list[list[Token]]:
    """"Rusia Vladimir Putin" -> place and person; "KPU DKI Jakarta Wahyu Dinata" -> org, person."""
    cut = _place_end(run)
    if not cut or any(t.low in gz.ORG_CUES or t.low in gz.PLACE_CUES for t in run[cut:]):
        return [run]
    return [run[:cut], run[cut:]]


def _strip_descriptor(run: list[Token]) -> list[Token]:
    if not run or run[0].low not in _DESCRIPTOR_HEADS:
        return run
    for words in _DESCRIPTORS:
        if len(run) > len(words) and tuple(t.low for t in run[:len(words)]) == words:
            return run[len(words):]
    return run


def _split_trailing_initial(run: list[Token]) -> list[list[Token]]:
    """"Kabupaten Musi Banyuasin F": a lone initial after a place or body is its own name."""
    if len(run) > 2 and len(run[-1].text) == 1 and _kind(run[:-1]) in ("place", "org"):
        return [run[:-1], run[-1:]]
    return [run]


def _all_common(run: list[Token]) -> bool:
    if len(run) == 1 and (run[0].low in gz.ORG_CUES or run[0].low in gz.PLACE_CUES):
        return True                                      # "Dinas", "Kota" alone name nothing
    return all(t.low in gz.NOT_NAMES or t.low in gz.COMMON_ACRONYMS or t.low in gz.TITLES
               or t.text.isdigit() for t in run)


def _kind(run: list[Token]) -> str:
    name = " ".join(t.low for t in run)
    lows = [t.low for t in run]
    if name in gz.PLACES or lows[0] in gz.PLACE_CUES or " ".join(lows[:2]) in gz.PLACE_CUES:
        return "place"
    if any(w in gz.ORG_CUES for w in lows) or (len(run) == 1 and run[0].text.isupper() and len(run[0].text) > 1):
        return "org"
    if name in gz.DEMONYMS or any(w in gz.NUMBERED_NAMES for w in lows):
        return "other"
    if 2 <= len(run) <= 5 and all(t.text[0].isupper() and not t.text.isupper() for t in run):
        return "person"
    return "other"


def _entity(text: str, run: list[Token]) -> Entity:
    start, end = run[0].start, run[-1].end
    return Entity(text[start:end], _kind(run), start, end)
