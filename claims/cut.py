"""Cut one sentence into atomic claim spans (labelling rules 2, 3 and 5).

A sentence passes through small steps: leave out questions and report frames, strip the
attribution around the assertion (opening frames, reporting tails, "X said that"), strip
detachable openers, then split two independent facts at a clause boundary.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from claims import lexicon as lx
from claims.attribute import speaker_at, tail_source
from claims.clauses import has_verb, split_clauses

_TRAIL = " \t.,;:!…"
_FRAME_VERB = re.compile(rf"\s+{lx.FRAME_VERBS}(?:\s*,)?(?:\s+(?:bahwa|that))?\s+", re.I)
_SELF_DECLARATION = re.compile(r"(akan|tidak|belum|siap|ingin|will|would|to|not)\b", re.I)
_ID_TAIL = re.compile(rf",\s*(?:{lx.ID_TAIL_VERBS}|{lx.EN_TAIL_VERBS}|according to)\b", re.I)
_EN_PRONOUN_TAIL = re.compile(rf",\s*(?:he|she|they|{lx.EN_DESCRIBED_SPEAKER}"
                              rf"|(?:[\w'’.-]+\s+){{0,7}}?[A-Z][\w'’.-]*)\s+"
                              rf"{lx.EN_TAIL_VERBS}\b(?P<rest>[^,]*)$")
_FRAME_DATE = re.compile(r"\s*,\s*(?:[A-Z][a-z']+\s*)?\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)\s*(?=,)")
_FRAME_WORDS = frozenset(w for w in re.findall(r"[a-z]+", lx.FRAME_VERBS) if len(w) > 3)
_EN_WORDS = re.compile(r"\b(the|of|and|in|on|its|a)\b", re.I)
_MID_MENURUT = re.compile(r",\s*(?:menurut|according to)\s+([^,]{2,60}),\s*", re.I)


@dataclass(frozen=True, slots=True)
class Cut:
    """A claim span with what the sentence around it says about its source."""
    start: int
    end: int
    source: str | None = None
    quote: bool = False
    frame: tuple[int, int] | None = None     # the governing attribution, read for dates
    inner: tuple[tuple[int, int], ...] = ()  # embedded parts whose numbers are not this claim's
    embedded: bool = False
    score: float = 0.0


def trim(text: str, s: int, e: int, chars: str = _TRAIL) -> tuple[int, int]:
    """Shrink ``[s, e)`` past white space at the start and ``chars`` at the end."""
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1] in chars:
        e -= 1
    return s, e


def strip_openers(text: str, s: int, e: int) -> int:
    """Start of the assertion after detachable openers ("Selain itu,", "However,")."""
    for _ in range(3):
        m = lx.OPENERS.match(text, s, e)
        if not m or e - m.end() < 4:
            break
        s = m.end()
    return s


def cut_sentence(text: str, s: int, e: int, language: str) -> list[Cut]:
    """Claim spans of a plain (non-quotation) sentence, before the worthiness filter."""
    s, e = trim(text, s, e)
    if text[s:e + 1].rstrip().endswith("?"):
        return []
    source, frame, s = _opening_frame(text, s, e)
    s = strip_openers(text, s, e)
    tail = _reporting_tail(text, s, e)
    if tail:
        e, source, frame = tail[0], tail[1], (tail[0], tail[2])
    elif source is None:
        source, frame, s = _verb_frame(text, s, e)
    s, source, frame = _mid_menurut(text, s, e, source, frame)
    s = strip_openers(text, *trim(text, s, e))
    return [_clause_frame(text, Cut(a, b, source, False, frame))
            for a, b in split_clauses(text, s, e, language)]


def _clause_frame(text: str, cut: Cut) -> Cut:
    # A later clause may carry its own reporting verb: "…, with officials reporting that …".
    if cut.source:
        return cut
    source, frame, s = _verb_frame(text, cut.start, cut.end)
    return Cut(s, cut.end, source, False, frame) if source else cut


def cut_quotation(text: str, s: int, e: int, language: str, source: str | None,
                  frame: tuple[int, int] | None) -> list[Cut]:
    """Claim spans inside a direct quotation (marks and tail already excluded)."""
    s, e = trim(text, s, e, _TRAIL + "“”\"")
    if e <= s or text[s:e + 2].rstrip("”\" ").endswith("?"):
        return []
    s = strip_openers(text, s, e)
    return [Cut(a, b, source, True, frame) for a, b in split_clauses(text, s, e, language)]


def _opening_frame(text: str, s: int, e: int):
    m = lx.OPENING_FRAMES.match(text, s, e) or lx.REPORT_TERMS.match(text, s, e)
    if not m:
        return None, None, s
    comma = text.find(",", m.end(), e)
    if m.group().lower().startswith(("laporan", "berdasarkan laporan")):
        who_end = m.end() if m.group().strip().lower() == "laporan" else m.end()
        src = text[m.start():m.end()].split()[-1]
        return src, (s, comma if comma > 0 else who_end), (comma + 1 if 0 < comma - m.end() < 60 else m.end())
    if 0 < comma - m.end() <= 180 and len(text[m.end():comma].split()) <= 24:
        date = _FRAME_DATE.match(text, comma, e)
        comma = comma if date else _list_comma(text, comma, e)
        who = text[m.end():comma].strip()
        end = date.end() + 1 if date else comma + 1
        return who, (s, end), end
    who = _capitalised_run(text, m.end(), e)
    return (who or None), (s, m.end() + len(who)), m.end() + len(who)


def _list_comma(text: str, comma: int, e: int) -> int:
    # "Menurut Badan A, B, dan C (ABC), …": the frame's name may itself be a list.
    for _ in range(4):
        nxt = text.find(",", comma + 1, e)
        part = text[comma + 1:nxt].split() if nxt > 0 else []
        if not part or len(part) > 5 or not (part[0][:1].isupper() or part[0] in ("dan", "and")):
            break
        if any(ch.isdigit() for ch in "".join(part)):
            break
        comma = nxt
    return comma


def _capitalised_run(text: str, s: int, e: int) -> str:
    words = re.match(r"(?:[A-Z][\w'’.-]*(?:\s+|$))+", text[s:e])
    if words:
        return words.group().strip()
    first = re.match(r"[a-z]+", text[s:e])
    return first.group() if first else ""


def _reporting_tail(text: str, s: int, e: int):
    m = None
    for m in _ID_TAIL.finditer(text, s, e):
        pass
    if m and len(text[m.end():e].split()) <= 18 and m.start() - s > 15:
        found = tail_source(text, m.start(), e)
        if found:
            return m.start(), found[0], e
    m = _EN_PRONOUN_TAIL.search(text, s, e)
    rest = m.group("rest").split() if m else []
    if m and m.start() - s > 15 and len(rest) <= 8 and rest[:1] != ["that"]:
        found = tail_source(text, m.start(), e)
        return (m.start(), found[0], e) if found else None
    return None


def _verb_frame(text: str, s: int, e: int):
    if not _FRAME_WORDS.intersection(re.findall(r"[a-z]+", text[s:min(e, s + 160)].lower())):
        return None, None, s
    m = _FRAME_VERB.search(text, s, min(e, s + 160))
    if not m:
        return None, None, s
    before, _, subject = text[s:m.start()].rpartition(",")
    subject = subject.strip()
    if before and has_verb(before, 0, len(before), "en" if _EN_WORDS.search(before) else "id"):
        return None, None, s        # the comma closes a clause of its own: not a frame
    if not subject or len(subject.split()) > 12 or _SELF_DECLARATION.match(text, m.end(), e):
        return None, None, s
    return subject, (s, m.end()), m.end()


def _mid_menurut(text: str, s: int, e: int, source, frame):
    m = _MID_MENURUT.search(text, s, e)
    if not m or len(text[s:m.start()].split()) > 6:
        return s, source, frame
    return m.end(), speaker_at(text, m.start(1), m.end(1)), (s, m.end())
