"""Chunk a span into runs of capitalised words: the raw material of entities.

A run continues over single spaces only (punctuation, brackets and line breaks end it),
across name particles ("bin", "van", "da"), across "dan"/"and"/"of" inside organisation
names ("Lembaga Perlindungan Saksi dan Korban"), and takes a number that belongs to the name
("Liga 1", "APBN 2022").
"""
from __future__ import annotations

import re
from typing import NamedTuple

from claims.attribute import LISTED_REST, is_joint, names_one_body
from claims.gazetteer import LAW_CUES, NUMBERED_NAMES, ORG_CUES, TITLES
from claims.lexicon import INSTITUTION_HEADS, NAME_PARTICLES
from claims.text_features import features

# Only the tokens a run can hold: capitalised words, lower-case joiners and short numbers.
# Other words are skipped, which breaks runs just as well (they leave a gap with letters).
_UPPER = "".join(re.escape(chr(i)) for i in range(0x250) if chr(i).isupper())
_ORG_JOINERS = frozenset({"dan", "and", "of", "for", "&", "untuk"})
_CONJUNCTIONS = frozenset({"dan", "and", "&"})
# The acronym a body's name may close with ("... dan Korban (LPSK)"): part of the evidence
# that the words before it name one body, not part of the entity.
_CONJUNCTION_AFTER_COMMA = re.compile(r",\s+(?:dan|and|&)\s")
_ACRONYM_AFTER = re.compile(r"\s*\([A-Z][A-Za-z&.-]{1,24}\)")


def _token_pattern(joiners: bool = True) -> re.Pattern:
    """A capitalised word, a joiner or a number of up to four digits, standing alone on its left
    (without ``joiners``: a capitalised word or a number only).

    The pattern opens with one character class (every first character a token may have) and
    only then looks behind and branches on that character: a pattern that opens with a
    look-behind is tried at every position of the text, one that opens with a class lets the
    regex engine skip ahead to the candidates. Each joiner must end at a word's end, so the
    order of the alternatives changes nothing."""
    rests: dict[str, list[str]] = {}
    for word in sorted(_JOINER_WORDS if joiners else ()):
        rests.setdefault(word[0], []).append(re.escape(word[1:]))
    branches = [rf"(?<=[{_UPPER}])[\w’'&-]*(?<![-’'])\.?", r"(?<=[0-9])[0-9]{0,3}(?![\w’'-])"]
    branches += [rf"(?<={re.escape(first)})(?:{'|'.join(sorted(r, key=len, reverse=True))})(?![\w’'-])"
                 for first, r in rests.items()]
    firsts = _UPPER + "0-9" + "".join(re.escape(first) for first in rests)
    return re.compile(rf"[{firsts}](?<![\w’'-].)(?:{'|'.join(branches)})")


_JOINER_WORDS = NAME_PARTICLES | _ORG_JOINERS
_TOKEN = _token_pattern()
# Most windows hold no particle or joiner: the engine then need not try their branches at
# every lower-case letter that may open one.
_CAPITALISED_TOKEN = _token_pattern(joiners=False)


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
    pattern = _TOKEN if _may_hold_a_joiner(text, start, end) else _CAPITALISED_TOKEN
    for m in pattern.finditer(text, start, end):
        word = m.group()
        s, e = m.span()
        if word[-1] == "." and not _keeps_dot(word, text[e:e + 2]):
            word, e = word[:-1], e - 1
        if word:
            found.append(_new_token(Token, (word, s, e, word.lower(), word[0].isupper())))
    return found


def _may_hold_a_joiner(text: str, start: int, end: int) -> bool:
    """False when no particle or joiner can be a token of ``text[start:end]``. Such a token is
    a lower-case word with no letter, digit, "_", "-" or apostrophe on either side, so it is a
    word of the span's cached word set (``features``) -- all but "&", which is no word there."""
    return not _JOINER_WORDS.isdisjoint(features(text, start, end)) or text.find("&", start, end) >= 0


# Token(...) runs the named tuple's __new__, written in Python; tuple.__new__ with the fields
# in order builds the same Token in C (a window has dozens).
_new_token = tuple.__new__


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
        elif joined and _joins(current, tok, toks, i, text):
            current.append(tok)
        else:
            _close(groups, current)
            current = [tok] if tok.capitalised else []
    _close(groups, current)
    return _join_listed_names(text, toks, groups)


def _join_listed_names(text: str, toks: list[Token], groups: list[list[Token]]) -> list[list[Token]]:
    """"Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)", "Bureau of Alcohol, Tobacco,
    Firearms and Explosives": one body written as a list. The source reader's rule decides
    (``attribute.LISTED_REST`` and ``names_one_body``), so both readers agree on the name."""
    # (three substring searches: a pattern " (?:dan|and|&) " is tried at every space)
    if "," not in text or not (" dan " in text or " and " in text or " & " in text):
        return groups                      # most windows: no list, nothing to join
    joined: list[list[Token]] = []
    k = 0
    while k < len(groups):
        group = groups[k]
        end = _listed_name_end(text, group)
        last = next((j for j in range(k + 1, len(groups)) if groups[j][-1].end == end), None) if end else None
        if last is None:
            joined.append(group)
            k += 1
            continue
        joined.append([t for t in toks if group[0].start <= t.start and t.end <= end])
        k = last + 1
    return joined


def _listed_name_end(text: str, group: list[Token]) -> int | None:
    """Where the list that continues ``group`` after a comma ends, when all of it names one
    body; None otherwise (most runs: no comma, or the list is of several names)."""
    end = group[-1].end
    if text[end:end + 1] != "," or _CONJUNCTION_AFTER_COMMA.match(text, end):
        return None        # "Badan X, dan Rina Sari": a pair, not a list inside one name
    rest = LISTED_REST.match(text, end)
    if not rest or not names_one_body(text[group[0].start:rest.end()], skip_titles=True):
        return None
    if not rest.group("acronym"):
        return rest.end()
    return len(text[:rest.start("acronym") - 1].rstrip())   # the name ends before "(ABC)"


def _only_spaces(text: str, a: int, b: int) -> bool:
    gap = text[a:b]
    return 0 < len(gap) <= 2 and gap.strip(" \u00a0") == ""


def _joins(current: list[Token], tok: Token, toks: list[Token], i: int, text: str) -> bool:
    """A lower-case particle, joiner or name number inside a run."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if tok.text.isdigit():
        return len(tok.text) <= 4 and not any(t.text.isdigit() for t in current) and \
            any(t.low in NUMBERED_NAMES for t in current)
    followed = nxt is not None and nxt.capitalised and _only_spaces(text, tok.end, nxt.start)
    if tok.low in NAME_PARTICLES:
        return followed
    if tok.low in _ORG_JOINERS:
        repeats = nxt is not None and nxt.low == current[0].low      # "Republik X dan Republik Y"
        if not followed or repeats:
            return False
        if tok.low in _CONJUNCTIONS:
            return _one_body_across(current, toks, i, text)
        return any(t.low in ORG_CUES or t.low in LAW_CUES or t.low in INSTITUTION_HEADS for t in current)
    return False


def _one_body_across(current: list[Token], toks: list[Token], i: int, text: str) -> bool:
    """Does "dan"/"and" continue one name? The source reader's rule decides: a body's head or
    English tail, or an acronym of its words ("Food and Drug Administration", "Lembaga
    Perlindungan Saksi dan Korban"); a law's title reads on ("Undang-Undang Cipta Kerja dan
    ..."); two parties credited together ("Polri dan TNI", "KPK dan Kejaksaan") stay apart."""
    end = i + 1
    while end + 1 < len(toks) and toks[end + 1].capitalised and _only_spaces(text, toks[end].end, toks[end + 1].start):
        end += 1
    stop = toks[end].end
    acronym = _ACRONYM_AFTER.match(text, stop)
    phrase = text[current[0].start:acronym.end() if acronym else stop]
    if names_one_body(phrase):
        return True
    if any(t.low in LAW_CUES for t in current):
        return True
    return any(t.low in ORG_CUES for t in current) and not is_joint(phrase)


def _close(groups: list[list[Token]], current: list[Token]) -> None:
    while current and not current[-1].capitalised and not current[-1].text.isdigit():
        current.pop()
    if current:
        groups.append(list(current))
