"""Chunk a span into runs of capitalised words: the raw material of entities.

A run continues over single spaces only (punctuation, brackets and line breaks end it),
across name particles ("bin", "van", "da"), across "dan"/"and"/"of" inside organisation
names ("Lembaga Perlindungan Saksi dan Korban"), and takes a number that belongs to the name
("Liga 1", "APBN 2022").
"""
from __future__ import annotations

import re
from typing import NamedTuple

from claims.gazetteer import JOIN_CUES, NUMBERED_NAMES, TITLES

# Only the tokens a run can hold: capitalised words, lower-case joiners and short numbers.
# Other words are skipped, which breaks runs just as well (they leave a gap with letters).
_UPPER = "".join(re.escape(chr(i)) for i in range(0x250) if chr(i).isupper())
_PARTICLES = frozenset({"bin", "binti", "van", "von", "der", "den", "de", "da", "dos", "del",
                        "la", "le", "al", "el", "ibn", "bte", "bt"})
_ORG_JOINERS = frozenset({"dan", "and", "of", "for", "&", "untuk"})


def _token_pattern() -> re.Pattern:
    """A capitalised word, a joiner or a number of up to four digits, standing alone on its left.

    The pattern opens with one character class (every first character a token may have) and
    only then looks behind and branches on that character: a pattern that opens with a
    look-behind is tried at every position of the text, one that opens with a class lets the
    regex engine skip ahead to the candidates. Each joiner must end at a word's end, so the
    order of the alternatives changes nothing."""
    rests: dict[str, list[str]] = {}
    for word in sorted(_PARTICLES | _ORG_JOINERS):
        rests.setdefault(word[0], []).append(re.escape(word[1:]))
    branches = [rf"(?<=[{_UPPER}])[\w’'&-]*(?<![-’'])\.?", r"(?<=[0-9])[0-9]{0,3}(?![\w’'-])"]
    branches += [rf"(?<={re.escape(first)})(?:{'|'.join(sorted(r, key=len, reverse=True))})(?![\w’'-])"
                 for first, r in rests.items()]
    firsts = _UPPER + "0-9" + "".join(re.escape(first) for first in rests)
    return re.compile(rf"[{firsts}](?<![\w’'-].)(?:{'|'.join(branches)})")


_TOKEN = _token_pattern()


class Token(NamedTuple):
    """A word of a run (a named tuple: built far faster than a frozen dataclass, and a
    window has dozens)."""
    text: str
    start: int
    end: int
    low: str = ""               # lower-cased text, computed once
    capitalised: bool = False

    @classmethod
    def of(cls, text: str, start: int, end: int) -> "Token":
        return cls(text, start, end, text.lower(), text[0].isupper())


def tokens(text: str, start: int, end: int) -> list[Token]:
    """Word tokens of ``text[start:end]``; a final dot is kept only on abbreviations."""
    found = []
    for m in _TOKEN.finditer(text, start, end):
        word, s, e = m.group(), m.start(), m.end()
        if word.endswith(".") and not _keeps_dot(word, text[e:e + 2]):
            word, e = word[:-1], e - 1
        if word:
            found.append(Token(word, s, e, word.lower(), word[0].isupper()))   # Token.of, inlined
    return found


def _keeps_dot(word: str, after: str) -> bool:
    """Titles keep their dot; so does an initial inside a name ("H. Ahmad"), not one that
    ends a sentence ("ditahan Bripda K.")."""
    if word.lower() in TITLES:
        return True
    return len(word) == 2 and word[0].isupper() and after[:1] == " " and after[1:2].isupper()


def runs(text: str, toks: list[Token]) -> list[list[Token]]:
    """Runs of capitalised tokens joined as the module docstring says."""
    groups: list[list[Token]] = []
    current: list[Token] = []
    for i, tok in enumerate(toks):
        joined = current and _only_spaces(text, current[-1].end, tok.start)
        if tok.capitalised and (joined or not current):
            current.append(tok)
        elif joined and _joins(current, tok, toks[i + 1] if i + 1 < len(toks) else None, text):
            current.append(tok)
        else:
            _close(groups, current)
            current = [tok] if tok.capitalised else []
    _close(groups, current)
    return groups


def _only_spaces(text: str, a: int, b: int) -> bool:
    gap = text[a:b]
    return 0 < len(gap) <= 2 and gap.strip(" \u00a0") == ""


def _joins(current: list[Token], tok: Token, nxt: Token | None, text: str) -> bool:
    """A lower-case particle, joiner or name number inside a run."""
    if tok.text.isdigit():
        return len(tok.text) <= 4 and not any(t.text.isdigit() for t in current) and \
            any(t.low in NUMBERED_NAMES for t in current)
    followed = nxt is not None and nxt.capitalised and _only_spaces(text, tok.end, nxt.start)
    if tok.low in _PARTICLES:
        return followed
    if tok.low in _ORG_JOINERS:
        repeats = nxt is not None and nxt.low == current[0].low      # "Republik X dan Republik Y"
        return followed and not repeats and any(t.low in JOIN_CUES for t in current)
    return False


def _close(groups: list[list[Token]], current: list[Token]) -> None:
    while current and not current[-1].capitalised and not current[-1].text.isdigit():
        current.pop()
    if current:
        groups.append(list(current))
