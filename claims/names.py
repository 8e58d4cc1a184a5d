"""The fullest written form of a person's name (rule 6: "kata Maxi" -> the full name).

Runs of capitalised words are indexed once per article, so looking a name up costs the same
however long the article is.
"""
from __future__ import annotations

import re
from collections import defaultdict

from claims import lexicon as lx
from claims.attribute import drop_titles, is_person

# Runs are cut at eight words: names are short, and unbounded runs would make indexing
# quadratic on pathological input (a page of capitalised words).
_RUN = re.compile(r"(?<![\w-])[A-Z][\w'’-]*(?:[ ]+[A-Z][\w'’-]*){0,7}")


class NameIndex:
    """Every capitalised run of an article, reachable from each of its words."""

    def __init__(self, text: str):
        self._suffixes: dict[str, set[tuple[str, ...]]] = defaultdict(set)
        for m in _RUN.finditer(text):
            words = tuple(m.group().split())
            for k, word in enumerate(words):
                self._suffixes[word].add(words[k:])

    def fullest(self, source: str) -> str:
        """The longest run that starts with ``source``'s words, titles dropped; people only."""
        words = tuple(source.split())
        if not words or not is_person(source) or len(source) > 60:
            return source
        best = source
        for run in self._suffixes.get(words[0], ()):
            if run[:len(words)] == words:
                name = drop_titles(" ".join(run))
                if len(name) > len(best) and not any(w.lower() in lx.TITLE_WORDS for w in run):
                    best = name
        return best


def fullest_name(text: str, source: str) -> str:
    """``NameIndex(text).fullest(source)`` for a single lookup."""
    return NameIndex(text).fullest(source)
