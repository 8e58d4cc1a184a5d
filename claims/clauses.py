"""Clause boundaries: where one sentence holds two independent facts (rule 3).

A break ("…, sedangkan …", "…, but …", "…, dan <verb> …", "… and <subject> <verb> …") splits only
when the clause on each side has a verb of its own, so lists joined by "dan"/"and" stay whole.
"""
from __future__ import annotations

import re

from claims import lexicon as lx

_WORD = re.compile(r"[A-Za-z]+")
_EN_COMMA_CLAUSE = re.compile(r",\s+(?=(?:we|they|he|she|i|it|there|\d[\d,.]*|one|two|three|four|five"
                              r"|six|seven|eight|nine|ten|eleven|twelve)\s+(?:\S+\s+){0,2}?(?:is|are"
                              r"|was|were|have|has|had|will|would)\b)", re.I)
_MIN_WORDS = 3


def has_verb(text: str, s: int, e: int, language: str) -> bool:
    """True when ``text[s:e]`` looks like it holds a finite verb."""
    words = _WORD.findall(text[s:e])
    if language == "en":
        return bool(lx.EN_AUX.search(text[s:e]))
    return any(w.lower() in lx.ID_AUX or (lx.ID_VERB_PREFIX.match(w.lower()) and w.lower()
               not in lx.NOT_VERBS and w.islower()) for w in words)


def split_clauses(text: str, s: int, e: int, language: str) -> list[tuple[int, int]]:
    """Independent clauses of ``text[s:e]``; the span itself when it holds one fact."""
    for m in _breaks(text, s, e, language):
        left, right = (s, m.start()), (m.end(), e)
        if _is_clause(text, *left, language, True) and _is_clause(text, *right, language, False):
            if _needs_subject_start(m.group()) and not _clause_start(text, *right, language):
                continue
            return [left] + split_clauses(text, *right, language)
    return [(s, e)]


def _breaks(text: str, s: int, e: int, language: str):
    found = list(lx.CLAUSE_BREAKS.finditer(text, s, e))
    if language == "en":
        found += list(_EN_COMMA_CLAUSE.finditer(text, s, e))
    return sorted(found, key=lambda m: m.start())


def _is_clause(text: str, s: int, e: int, language: str, left: bool) -> bool:
    if len(text[s:e].split()) < _MIN_WORDS:
        return False
    if left:   # the verb must sit in the last comma-separated part, not in an earlier clause
        s = max(s, text.rfind(",", s, e) + 1) if text.rfind(",", s, e) > s else s
    return has_verb(text, s, e, language)


def _needs_subject_start(sep: str) -> bool:
    # A bare " and " / " but " joins clauses only when a new subject and verb follow it.
    return "," not in sep and sep.strip().lower() in ("and", "but")


def _clause_start(text: str, s: int, e: int, language: str) -> bool:
    return language == "en" and bool(lx.EN_CLAUSE_START.match(text[s:e]))
