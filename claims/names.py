"""The fullest written form of a person's name (rule 6: "kata Rina" -> the full name).

Runs of capitalised words are indexed once per article, so looking a name up costs the same
however long the article is.
"""
from __future__ import annotations

import re
from claims.attribute import drop_titles, is_person
from claims.lexicon_dates import CALENDAR_WORDS

# A run is read whole, however long: cutting it would make its ninth word look like the start
# of a name. Indexing stays linear because only the runs' short ends are indexed (below).
# The look-behind (no word character or hyphen before the run) comes after the first capital
# so that the pattern opens with a character class, which the regex engine skips ahead to.
_RUN = re.compile(r"[A-Z](?<![\w-].)[\w'’-]*(?:[ ]+[A-Z][\w'’-]*)*")
# How many words of a run are indexed on either side of a word: a name is at most four words,
# found at the near end of its titles ("Kepala Dinas ... Rina Sari") or right before them
# ("Rina Sari Kepala Dinas ..."), which twelve words hold; a page of capitalised words then
# costs linear, not quadratic, time.
_REACH = 12


_ACRONYM = re.compile(r"[A-Z]{2,}")
# A headline in title case ("Pesawat Air India Jatuh di Ahmedabad") capitalises every word and
# closes with no full stop: its runs are no names ("Air India Jatuh" is no fuller form of "Air India").
_TITLE_CASE_SHARE = 0.6
_TITLE_CASE_WORDS = 4


def _in_title_case(line: str) -> bool:
    if line.rstrip().endswith((".", "!", "?", "\"", "”", ":")):
        return False        # a sentence or a lead-in, however many names it holds
    words = [w for w in line.split() if w[:1].isalpha()]
    lower = [w for w in words if not w[0].isupper()]
    return len(words) >= _TITLE_CASE_WORDS and len(lower) <= (1 - _TITLE_CASE_SHARE) * len(words) \
        and all(w.lower() in _TITLE_SMALL_WORDS for w in lower)


# The only words a title-case headline leaves in lower case.
_TITLE_SMALL_WORDS = frozenset("""di ke dari dan atau yang untuk pada dengan dalam oleh
of the a an and or in on at to for with by from as vs""".split())
_FUNCTION_WORDS = frozenset("""menurut kata ujar dilansir melansir mengutip dikutip berdasarkan sementara
dikatakan dijelaskan diungkapkan ditambahkan diterangkan namun selain dan di pada dari according citing in on
at the a an and but when while after before as said""".split())


class NameIndex:
    """Every capitalised run of an article, reachable from each of its words.

    A word's runs are gathered when the word is first looked up: an article names a
    handful of speakers, and indexing every word of every run cost more than the look-ups."""

    def __init__(self, text: str):
        self._runs = [run for line in text.split("\n") for run in _runs_of_line(line)]
        # (tuples in text order, not sets: two forms of a name of one length, "Greysia" and
        # "Greyſıa", tie in _longest, and the first written must win whatever the hash seed)
        self._suffixes: dict[str, tuple[tuple[str, ...], ...]] = {}
        self._prefixes: dict[str, tuple[tuple[str, ...], ...]] = {}

    def _runs_from(self, word: str) -> tuple[tuple[str, ...], ...]:
        """The tails of the runs that start at ``word``, each once, in text order."""
        if word not in self._suffixes:
            self._suffixes[word] = tuple(dict.fromkeys(run[k:k + _REACH] for run in self._runs if word in run
                                                       for k, w in enumerate(run) if w == word))
        return self._suffixes[word]

    def _runs_to(self, word: str) -> tuple[tuple[str, ...], ...]:
        """The heads of the runs that end at ``word``, each once, in text order."""
        if word not in self._prefixes:
            self._prefixes[word] = tuple(dict.fromkeys(run[max(0, k + 1 - _REACH):k + 1] for run in self._runs
                                                       if word in run for k, w in enumerate(run) if w == word))
        return self._prefixes[word]

    def fullest(self, source: str) -> str:
        """The longest written form of a person's name: "kata Rina" reads on to the right
        ("Rina Sari Dewi"), "Morales said" to the left ("Juan Morales"); titles dropped."""
        words = tuple(source.split())
        if not words or not is_person(source) or len(source) > 60 or _ACRONYM.fullmatch(words[0]):
            return source       # "BMKG" is a body: "BMKG Daryono" is not its fuller form
        right = [r for r in self._runs_from(words[0]) if r[:len(words)] == words]
        # Only a lone surname reads leftwards ("Morales said"); a two-word name is complete.
        left = [_without_leading_function_words(r) for r in self._runs_to(words[-1])
                if r[-len(words):] == words] if len(words) == 1 else []
        return self._longest(source, right) or self._longest(source, left) \
            or (self._blended(source) if len(words) == 1 and len(source) >= _BLEND_LETTERS else None) or source

    def _blended(self, word: str) -> str | None:
        """The name a one-word blend stands for ("Jokowi": Joko Widodo, "Zulhas": Zulkifli
        Hasan), made of the heads of the words of a person's name written in full in the
        article, as Indonesian news calls many public figures. Only one name may fit."""
        low = word.lower()
        found = {drop_titles(" ".join(run[k:k + n])) for run in self._runs for n in (2, 3)
                 for k in range(len(run) - n + 1) if _blends(low, [w.lower() for w in run[k:k + n]])}
        found = {name for name in found if is_person(name) and name != word}
        return found.pop() if len(found) == 1 else None

    @staticmethod
    def _longest(source: str, runs) -> str | None:
        names = [drop_titles(" ".join(r)) for r in runs]
        # (no name ends in a day or a month: "kata Budi Senin (23/11)" is Budi, on Monday)
        names = [n for n in names if len(n) > len(source) and is_person(n)
                 and len(n.split()) <= 4 and source in n and not _after_an_acronym(n)
                 and n.split()[-1].lower() not in CALENDAR_WORDS]
        return max(names, key=len) if names else None


# A blend is six letters or more and opens with three of the first name ("Jokowi", "Zulhas");
# shorter words are names of their own ("Hasan" is no blend of Hadi Santoso).
_BLEND_LETTERS = 6


def _blends(word: str, parts: list[str], least: int = 3) -> bool:
    """``word`` is the heads of ``parts`` joined: ``least`` letters or more of the first part,
    two or more of each later one."""
    if not parts:
        return not word
    return any(word.startswith(parts[0][:i]) and _blends(word[i:], parts[1:], 2)
               for i in range(least, min(len(parts[0]), len(word)) + 1))


def _runs_of_line(line: str) -> list[tuple[str, ...]]:
    """The runs of one line, none in a title-case line (asked only of a line holding a run:
    most lines are sentences, and the title-case test reads every word)."""
    found = _RUN.findall(line)
    if not found or _in_title_case(line):
        return []
    if "-" not in line and "'s" not in line and "’s" not in line:
        return [tuple(run.split()) for run in found]     # most lines: no run needs cutting
    return [part for run in found for part in _runs_of(run)]


def _runs_of(run: str) -> list[tuple[str, ...]]:
    # Most runs hold no possessive and no hyphen, which _name_runs would look for word by word.
    if "-" in run or "'s" in run or "’s" in run:
        return _name_runs(run.split())
    return [tuple(run.split())]


def _name_runs(words: list[str]) -> list[tuple[str, ...]]:
    # "Chairman Ana Ruiz’s Office": the possessive closes the name ("Ana Ruiz"); what follows
    # it belongs to her, not to her name. A hyphen joining two names inside a run ("Rina
    # Sari-Budi Santoso", a candidate pair) closes the first name and opens the second.
    for k, word in enumerate(words):
        if word.endswith(("'s", "’s")) and len(word) > 2:
            return [tuple(words[:k]) + (word[:-2],)]
        if 0 < k < len(words) - 1 and _PAIR_JOINT.fullmatch(word):
            left, right = word.split("-")
            return [tuple(words[:k]) + (left,)] + _name_runs([right] + words[k + 1:])
    return [tuple(words)]


# "Sari-Budi": two capitalised names of three letters or more ("Al-Sabah" is one name).
_PAIR_JOINT = re.compile(r"[A-Z][a-z]{2,}-[A-Z][a-z]{2,}")


def _after_an_acronym(name: str) -> bool:
    # "Tsunami BMKG Daryono": a body's acronym stands before the person; it is no fuller name.
    words = name.split()
    return len(words) >= 2 and bool(_ACRONYM.fullmatch(words[-2]))


def _without_leading_function_words(run: tuple[str, ...]) -> tuple[str, ...]:
    # A run that opens a sentence may start with "Menurut" or "According": not a name part.
    k = 0
    while k < len(run) - 1 and run[k].lower() in _FUNCTION_WORDS:
        k += 1
    return run[k:]


def fullest_name(text: str, source: str) -> str:
    """``NameIndex(text).fullest(source)`` for a single lookup."""
    return NameIndex(text).fullest(source)
