"""The words and marks a stretch of text holds, so that patterns which cannot match it are
skipped with one set operation (most of a news text holds no date, time or score)."""
from __future__ import annotations

import re
from functools import lru_cache

LOWER_WORDS = re.compile(r"[a-z’']+")
# The marks, found by substring tests (a regex alternation is tried at every position). They
# are what ``19|20|[ap]\.|[(/.+:#±–-]`` finds, scanning left to right: no match can swallow the
# first character of another but "a."/"p." the full stop, kept apart below.
_MARKS = ("19", "20", "a.", "p.", "(", "/", "+", ":", "#", "±", "–", "-")
_DIGITS = "0123456789"
DIGIT = "0"                      # the feature standing for "some digit"


@lru_cache(maxsize=64)
def features(text: str, start: int, end: int) -> frozenset[str]:
    """Lower-case words of ``text[start:end]``, its marks ("(", "/", "19"...) and ``DIGIT``."""
    low = text[start:end].lower()
    found = _lower_words(low)                           # a list: the one set is built at the end
    for mark in _MARKS:         # (a plain loop: a bound __contains__ per mark costs more)
        if mark in low:
            found.append(mark)
    if low.count(".") > low.count("a.") + low.count("p."):
        found.append(".")       # a full stop that no "a"/"p" stands before
    for digit in _DIGITS:       # (ten character searches cost less than a regex pass)
        if digit in low:
            found.append(DIGIT)
            break
    return frozenset(found)


def spaces_but(kept) -> bytes:
    """A byte table for ``runs_of`` that keeps the bytes ``kept`` says to and turns the rest into spaces."""
    return bytes(byte if kept(byte) else 32 for byte in range(256))


def runs_of(text: str, table: bytes) -> list[str]:
    """The runs of the ASCII characters ``table`` keeps, as a regex of that character class finds
    them: once every other character is a space (one outside ASCII is encoded as one "?", then a
    space), they are what split() returns. Byte translation costs a fraction of the engine's
    scan of every letter, and of its setup per match."""
    return text.encode("ascii", "replace").translate(table).decode("ascii").split()


_SPACE_FOR_NON_WORD = spaces_but(lambda byte: 97 <= byte <= 122 or byte == 39)     # a-z and "'"


def _lower_words(low: str) -> list[str]:
    """``LOWER_WORDS.findall(low)``, without a regex pass where it can: in a text without "’",
    every character but a-z and "'" ends a word."""
    if "’" in low:
        return LOWER_WORDS.findall(low)
    return runs_of(low, _SPACE_FOR_NON_WORD)


def by_ending(words) -> dict[str, tuple[str, ...]]:
    """The ``words`` (three characters or more each) grouped by their last three characters.
    A text ends with one of them only if it ends with the three characters of its group, so
    ``text.endswith(groups.get(text[-3:], ()))`` equals ``text.endswith(tuple(words))`` and
    tests a few words instead of all of them."""
    grouped: dict[str, tuple[str, ...]] = {}
    for word in words:
        grouped[word[-3:]] = grouped.get(word[-3:], ()) + (word,)
    return grouped


def can_match(needles: frozenset[str], present: frozenset[str]) -> bool:
    """True when one of ``needles`` is ``present``."""
    return not needles.isdisjoint(present)


# Case-blind matching equates these with "i" and "s", yet their lower case is neither ("İ"
# lower-cases to "i" plus a combining dot): a text holding one may match a case-blind pattern
# without holding its words in lower case. These three are all such characters (checked over
# every code point against the letters a-z).
_ODD_FOLDS = ("\u0131", "\u017f", "\u0130")


def plain_lower(word: str) -> str:
    """``word`` in lower case with the odd folds made plain ("mıllion", "mİllion" -> "million"),
    for looking up a word a case-blind pattern found in a table of lower-case ASCII keys."""
    low = word.lower()
    if low.isascii():
        return low
    return low.replace("\u0131", "i").replace("\u017f", "s").replace("i\u0307", "i")


def holds_any(low: str, parts: tuple[str, ...]) -> bool:
    """True when one of ``parts`` is a substring of ``low`` (text already lower-cased)."""
    for part in parts:          # a plain loop: any() over a generator costs more per part
        if part in low:
            return True
    return False


def may_hold_any(text: str, words: tuple[str, ...]) -> bool:
    """False only when no case-blind match of any of ``words`` (ASCII letters in lower case,
    spaces and marks) can lie in ``text``: a gate in front of an ``re.I`` pattern every match
    of which holds one of ``words``, far cheaper than the pattern on text that holds none."""
    # The rules of one claim ask about its text in turn: lower-cased once for all of them.
    # (_lowered() inlined: half of the calls lower-case a new slice)
    if text is _LAST_LOWERED[0]:
        low = _LAST_LOWERED[1]
    else:
        low = _LAST_LOWERED[1] = text.lower()
        _LAST_LOWERED[0] = text
    for word in words:          # holds_any() inlined: this runs hundreds of times per article
        if word in low:
            return True
    # isascii() reads a flag the string keeps: most texts need no search for the odd folds.
    return not text.isascii() and (_ODD_FOLDS[0] in text or _ODD_FOLDS[1] in text or _ODD_FOLDS[2] in text)


_LAST_LOWERED = ["", ""]         # the text may_hold_any or lowered read last, and its lower case


def lowered(text: str) -> str:
    """``text.lower()``, kept for the next rule that asks about the same text (the line rules of
    ``clean`` read one line after another, several of them in lower case); the slot is the one
    ``may_hold_any`` keeps."""
    if text is not _LAST_LOWERED[0]:
        _LAST_LOWERED[0], _LAST_LOWERED[1] = text, text.lower()
    return _LAST_LOWERED[1]


class WordGate:
    """``may_hold_any`` for a long tuple of words, in one search: ``rare_anchored_alternation``
    of the words finds a match in the lower-cased text exactly where one of them is a
    substring, and the engine skips to the few letters the words are anchored at instead of
    scanning the text once per word (most texts hold none, and every word was scanned for)."""
    __slots__ = ("_pattern",)

    def __init__(self, words: tuple[str, ...]):
        self._pattern = re.compile(rare_anchored_alternation(words))

    def __call__(self, text: str) -> bool:
        low = _LAST_LOWERED[1] if text is _LAST_LOWERED[0] else _lowered(text)
        return self._pattern.search(low) is not None \
            or not text.isascii() and (_ODD_FOLDS[0] in text or _ODD_FOLDS[1] in text or _ODD_FOLDS[2] in text)


class CaseBlindSearch:
    """``pattern.search`` for a case-blind pattern written in lower case, made on the
    lower-cased text where it can. On ASCII text a case-blind match is exactly a match of the
    same pattern, case-sensitive, in the lower-cased text, at the same position; and the
    engine skips the alternatives of a case-sensitive alternation by their first letter,
    while a case-blind one enters each of them at every position it tries (a long list of
    verbs: several times slower). The match returned is the case-blind pattern's own, made
    at the position so found, so its groups read the text as written."""
    __slots__ = ("pattern", "_as_written")

    # The characters read before the search's start: the pattern's look-behinds and word
    # edges may look back this far (the patterns given to it look back fewer).
    _LOOK_BACK = 16

    def __init__(self, pattern: re.Pattern):
        written = re.sub(r"\\[A-Za-z]", "", pattern.pattern)     # (escapes such as \s, \b, \W stay as they are)
        if not pattern.flags & re.I or "(?-" in written or any("A" <= c <= "Z" for c in written):
            raise ValueError("a case-blind pattern written in lower case, with no case-sensitive part")
        self.pattern = pattern
        self._as_written = re.compile(pattern.pattern, pattern.flags & ~re.I)

    def search(self, text: str, pos: int = 0, endpos: int | None = None):
        end = len(text) if endpos is None else min(endpos, len(text))
        base = pos - self._LOOK_BACK if pos > self._LOOK_BACK else 0
        part = text[base:end]
        if not part.isascii():
            return self.pattern.search(text, pos, end)
        found = self._as_written.search(part.lower(), pos - base)
        return None if found is None else self.pattern.match(text, base + found.start(), end)


def _lowered(text: str) -> str:
    low = text.lower()
    _LAST_LOWERED[0], _LAST_LOWERED[1] = text, low
    return low


def literal_alternation(words) -> str:
    """A regex matching one of the literal ``words`` (the longest where several start at one
    position), common prefixes factored out ("meminta (?:publik|warga)"): it matches at the
    same positions as the plain alternation, and the engine tests each position against a few
    first letters instead of every word in turn, about twice as fast on a long word list."""
    return _alternation_of(_trie(words))


def _trie(words) -> dict:
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}                       # a word ends here
    return trie


def word_alternation(words) -> str:
    """As ``literal_alternation``, but a match starts and ends at word edges: "tidak menyerah"
    is not found in "tidak menyerahkan", nor "era baru" in "Sumatera baru". The look-behind
    sits after the first letter (a pattern opening with one gets no first-character skip)."""
    trie = _trie(words)
    branches = [re.escape(char) + (r"(?<!\w\w)" if re.match(r"\w", char) else "") + _alternation_of(child)
                for char, child in sorted(trie.items()) if char]
    return "(?:" + "|".join(branches) + r")(?![\w])"


def _alternation_of(node: dict) -> str:
    branches = [re.escape(char) + _alternation_of(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


_NOT_A_LETTER = re.compile(r"[^a-z]")


def break_anchored_alternation(phrases) -> str:
    """A regex matching each of ``phrases`` (every one holding a character other than a-z) at
    its first such break: the rest of the phrase as a trie ("kami| minta" at the space), then a
    look-behind for the whole phrase. A search finds a match exactly where one of the phrases
    is a substring, as ``literal_alternation`` would, but the engine skips from break to break
    (a few per span) instead of trying the trie's many first letters at every letter."""
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for char in phrase[_NOT_A_LETTER.search(phrase).start():]:
            node = node.setdefault(char, {})
        node.setdefault("", []).append(phrase)        # the phrases whose rest ends here
    return _anchored_alternation_of(trie)


# The letters a-z, the rarest in news text (Indonesian and English) first.
_RARE_FIRST = "qxzvfwcyjbhkgpmludostrniea"


def _rarity(char: str) -> int:
    return _RARE_FIRST.find(char)       # (a mark, a digit or a space: -1, rarer than any letter)


def rare_anchored_alternation(words) -> str:
    """A regex that finds a match in a text exactly where one of ``words`` is a substring (as
    ``literal_alternation`` does), anchored at a rare character of each word: the rest of the
    word as a trie, then a look-behind for the whole word. The engine skips from one of those
    few characters to the next, where a trie of the words' first letters (most letters) has it
    try nearly every position of the text."""
    anchors = _rare_anchors(words)
    trie: dict = {}
    for word in words:
        node = trie
        for char in word[anchors[word]:]:
            node = node.setdefault(char, {})
        node.setdefault("", []).append(word)        # the words whose rest ends here
    return _anchored_alternation_of(trie)


def _rare_anchors(words) -> dict[str, int]:
    """The index each word is anchored at: its rarest character, then, from the most common
    letter chosen down, moved to another chosen letter of the word wherever every word
    anchored at that letter holds one (fewer letters to skip to: the gate on 76 words of
    asof_kinds skips to 9 letters, not 16)."""
    at = {word: min(range(len(word)), key=lambda i, w=word: _rarity(w[i])) for word in words}
    chosen = {word[i] for word, i in at.items()}
    for letter in sorted(chosen, key=lambda char: (_rarity(char), char), reverse=True):     # (in a set order of its own)
        rest = chosen - {letter}
        moved = {}
        for word, i in at.items():
            if word[i] == letter:
                others = [j for j, char in enumerate(word) if char in rest]
                if not others:
                    break
                moved[word] = min(others, key=lambda j, w=word: _rarity(w[j]))
        else:
            at.update(moved)
            chosen = rest
    return at


def _anchored_alternation_of(node: dict) -> str:
    branches = [re.escape(char) + _anchored_alternation_of(child) for char, child in sorted(node.items()) if char]
    if "" in node:
        branches.append("(?:" + "|".join(f"(?<={re.escape(p)})" for p in sorted(node[""])) + ")")
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
