"""Is a capitalised word at the start of a sentence a name, or just the sentence's first word?

The article itself is the evidence: a word it also capitalises alone in mid-sentence is a
name; a word it also writes in lower case, or one standing before a known name ("Warga
Surabaya", "Laporan BPS"), is a common word. Gazetteer words are always names.
"""
from __future__ import annotations

import re
from functools import lru_cache

from claims import gazetteer as gz
from claims.entity_chunks import Token

_SENTENCE_END = ".!?:;\n\"“”‘'•(–—-"
# Look-behinds after the first letter: the regex engine then skips ahead to the letters.
_WORD_STARTS_UPPER = re.compile(r"[A-Z](?<!\S[A-Z])")
# (the word alone, found at its capital: a pattern opening with "[a-z] " is tried at every
# lower-case letter; matches cannot overlap either way, as the word's look-ahead allows no
# capital right after it)
_ALONE_INSIDE = re.compile(r"[A-Z](?<=[a-z] [A-Z])[\w’'-]+(?= [a-z]|[,.;:)])")
_LOWER_WORD = re.compile(r"[a-z](?<!\w[a-z])[\w’'-]*")
_JOINED_NAMES = re.compile(r"[A-Z][\w’']+-[A-Z]")     # "Budi-Rahma", "Al-Farisi"


def strip_common_words(text: str, run: list[Token]) -> list[Token]:
    """``run`` without common capitalised words at its edges (day names, "Selain", "The",
    and a sentence's first word when the article gives no sign that it is a name)."""
    while run and run[-1].low in gz.NOT_NAMES:
        run = run[:-1]
    while run and (run[0].low in gz.NOT_NAMES or _common_sentence_start(text, run)):
        run = run[1:]
    return run


def known(tok: Token) -> bool:
    """A word the gazetteers know as (part of) a name, or a joined name ("Al-Farisi")."""
    low = tok.low
    return (low in gz.PLACES or low in gz.DEMONYMS or low in gz.ORG_CUES or low in gz.TITLES
            or low in gz.PLACE_CUES or bool(_JOINED_NAMES.match(tok.text)))


def _common_sentence_start(text: str, run: list[Token]) -> bool:
    first = run[0]
    if not _sentence_initial(text, first.start) or known(first) or first.text.isupper():
        return False
    if _written_again(text, first) and first.text in _capitalised_inside(text):
        return False
    return len(run) == 1 or written_in_lower_case(first.low, text) or _strong_name(run[1])


def _written_again(text: str, tok: Token) -> bool:
    """``tok``'s text stands elsewhere in ``text`` too. A word _capitalised_inside finds follows
    a lower-case letter and a space, so a sentence's first word is found only where it is
    written again (most are not, and the set of the window is then not built)."""
    return text.find(tok.text) != tok.start or text.find(tok.text, tok.start + 1) >= 0


def _strong_name(tok: Token) -> bool:
    return known(tok) or (tok.text.isupper() and len(tok.text) > 1)


def _sentence_initial(text: str, pos: int) -> bool:
    before = text[max(0, pos - 4):pos].rstrip(" \u00a0")
    return not before or before[-1] in _SENTENCE_END


@lru_cache(maxsize=16)
def _capitalised_inside(text: str) -> frozenset[str]:
    """Words capitalised alone in mid-sentence; title-case lines (headlines) prove nothing."""
    found = set()
    for line in text.splitlines():
        words = len(line.split())
        if words and len(_WORD_STARTS_UPPER.findall(line)) / words < 0.5:
            found.update(_ALONE_INSIDE.findall(line))
    return frozenset(found)


def written_in_lower_case(low: str, text: str) -> bool:
    """``low`` is one of ``lower_words(text)``: each of them is a substring of ``text``, so
    most words, never written there in lower case, are ruled out before the set is built."""
    return low in text and low in lower_words(text)


@lru_cache(maxsize=16)
def lower_words(text: str) -> frozenset[str]:
    """Words the text writes in lower case (evidence that a capitalised one is common)."""
    return frozenset(_LOWER_WORD.findall(text))
