"""Embedded facts (labelling rule 4): appositives and relative clauses with a fact of their own.

"Distrik X, yang berlokasi 9-10 km dari Y" inside "pasukan telah memasuki Distrik X, yang …"
gives a second claim starting at the noun it describes. The fact must be checkable on its own:
a number or date, or a named head described by a role or a named entity.
"""
from __future__ import annotations

import re

from claims import lexicon as lx

_RELATIVE = re.compile(r"(,\s+|\s+)(yang|yg|selaku|which|who)\s+(?=\S)", re.I)
_APPOSITIVE = re.compile(r",\s+(?=(?:the|one of|a|an|seorang|salah satu)\s)", re.I)
_STOPWORDS = frozenset("""di ke dari pada dengan oleh untuk dalam atas bagi kepada antara bahwa dan atau
serta juga the a an of in on at to from by with for and or that""".split())
_STATUS_VERB = re.compile(r"^(?:yang|yg|which|who)?\s*(menjabat|menjadi|dipimpin|dikuasai|dimiliki"
                          r"|berlokasi|terletak|memiliki|merupakan|adalah|led|owned|controlled"
                          r"|located|is|was|serves)\b|^selaku\b", re.I)
_CAPITAL = re.compile(r"(?<![\w])[A-Z][\w'’-]+")


def embedded_facts(text: str, s: int, e: int) -> list[tuple[int, int, int]]:
    """(claim start, claim end, start of the describing part) of each embedded fact."""
    found = []
    for m in list(_RELATIVE.finditer(text, s, e)) + list(_APPOSITIVE.finditer(text, s, e)):
        head = head_start(text, s, m.start())
        end = _part_end(text, m.end(), e, m.group().startswith(","))
        if head is not None and end - m.end() > 4 and _worth(text, head, m.start(), m.end(), end):
            found.append((head, end, m.start()))
    return found


def head_start(text: str, s: int, rel: int) -> int | None:
    """Start of the noun phrase ending at ``rel``: capitalised words and up to two lowercase."""
    tokens = list(re.finditer(r"\S+", text[s:rel]))
    start, lower = None, 0
    for tok in reversed(tokens):
        word = tok.group().strip("“”\"")
        if word.endswith(",") or word.lower() in _STOPWORDS or lower >= 3:
            break
        if not (word[:1].isupper() or word.startswith("(") or word.endswith(")")):
            if lx.ID_VERB_PREFIX.match(word.lower()) and word.lower() not in lx.NOT_VERBS:
                break
            lower += 1
        start = s + tok.start()
    return start


def _part_end(text: str, a: int, e: int, comma: bool) -> int:
    stop = text.find(",", a, e)
    if stop < 0:
        return e
    return stop if comma or text[stop + 1:stop + 2] == " " else e


def _worth(text: str, head: int, rel: int, a: int, end: int) -> bool:
    part, head_text = text[a:end], text[head:rel]
    if re.search(r"\d", part) or lx.NUMBER_WORDS.search(part):
        return True
    named_head = bool(_CAPITAL.search(head_text))
    return named_head and bool(_STATUS_VERB.match(text[rel:end].lstrip(", ")) or _CAPITAL.search(part))
