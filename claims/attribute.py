"""Who the article credits with a claim (labelling rule 6), and where quotations run.

Patterns cover reporting verbs after a quotation or clause ("…, kata X", "…, he said"), opening
frames ("Menurut X,", "Dilansir X,", "According to X,"), and subjects of reporting verbs
("X mengatakan bahwa …"). Pronouns and "tersebut" epithets are resolved afterwards to the
nearest named speaker; names are written in their fullest form found in the article.
"""
from __future__ import annotations

import re

from claims import lexicon as lx

_QUOTE_PAIR = re.compile(r"“[^“”]{2,}?(?:”|$)|\"[^\"\n]{2,}?(?:\"|$)")
_TAIL = re.compile(rf"\s*[,.]?\s*(?:{lx.ID_TAIL_VERBS}|{lx.EN_TAIL_VERBS}|according to)\b\s*", re.I)
_EN_SUBJECT_TAIL = re.compile(rf"\s*,?\s*(?P<who>(?:he|she|they|it|[A-Z][\w'’.-]*(?:\s+[A-Za-z][\w'’.-]*)"
                              rf"{{0,7}}?))\s+{lx.EN_TAIL_VERBS}\b", re.U)
_NYA = re.compile(r"nya$", re.I)
_NAME_TOKEN = re.compile(r"[A-Z][\w'’.-]*|\([^)]*\)")


def find_quotes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(opening mark, closing mark + 1) of each quotation inside ``text[start:end]``."""
    return [(m.start(), m.end()) for m in _QUOTE_PAIR.finditer(text, start, end)]


def tail_source(text: str, pos: int, end: int) -> tuple[str, int] | None:
    """The speaker named by a reporting tail at ``pos`` ("…, kata X di Y", "…, he said"),
    with the end of the tail's speaker; None when no tail starts there."""
    m = _TAIL.match(text, pos, end)
    if m:
        verb = m.group().strip(" ,.").split()[0].lower()
        if _NYA.search(verb) and verb not in ("katanya",) or verb == "katanya":
            return "-nya", m.end()
        who = speaker_at(text, m.end(), end)
        return (who, m.end() + len(who)) if who else None
    m = _EN_SUBJECT_TAIL.match(text, pos, end)
    return (m.group("who"), m.end()) if m else None


def speaker_at(text: str, pos: int, end: int) -> str:
    """The speaker phrase starting at ``pos``, stopped at a place, time or clause mark."""
    stop = lx.SPEAKER_STOP.search(text, pos, end)
    return text[pos:stop.start() if stop else end].strip()


def frame_source(raw: str) -> str:
    """A frame's speaker as written, from its first capitalised or descriptive word."""
    return raw.strip(" ,.:;\"“”'")


def drop_titles(name: str) -> str:
    """"Kepala BPS Margo Yuwono" -> "Margo Yuwono": the trailing run of capitalised words
    that are not titles, when there is one of at least two words; else the phrase."""
    words = name.split()
    run: list[str] = []
    for word in reversed(words):
        if not _NAME_TOKEN.fullmatch(word) or word.lower() in lx.TITLE_WORDS or word.startswith("("):
            break
        run.insert(0, word)
    return " ".join(run) if len(run) >= 2 and len(run) < len(words) else name


def is_pronoun(source: str | None) -> bool:
    """True for "he", "ia", "-nya" and definite epithets ("juru bicara itu")."""
    if not source:
        return False
    low = source.lower()
    return low in lx.PRONOUN_SOURCES or bool(lx.EPITHET_END.search(low))


def is_named(source: str | None) -> bool:
    """True when the source contains a capitalised name word beyond its first word."""
    if not source or is_pronoun(source):
        return False
    return any(w[:1].isupper() for w in source.split())


def fullest_name(source: str, names: list[str]) -> str:
    """The longest earlier name that contains ``source`` as whole words ("Maxi" -> full name)."""
    pattern = re.compile(rf"(?<!\w){re.escape(source)}(?!\w)")
    best = source
    for name in names:
        if len(name) > len(best) and pattern.search(name):
            best = name
    return best
