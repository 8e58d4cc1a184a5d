"""Rule-based sentence segmentation: lines first, then sentence ends inside each line.

Library splitters break Indonesian titles and address abbreviations ("Prof. Dr. Ir.", "Jl.",
"No. 12", "Tbk.") and quotes ending in "?" followed by "tanya ..." (see ../shared/NOTES.md),
so the rules are written here: a boundary is a run of ., ! or ? (with closing quotes) followed
by white space and a capital letter, digit or opening quote, unless the word before the dot is
a known abbreviation or an initial.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from claims.lexicon import (ABBREVIATIONS, FINAL_ABBREVIATIONS, NUMBER_ABBREVIATIONS,
                            OPENING_AFTER_BOUNDARY, SENTENCE_END)

_LINE = re.compile(r"[^\n\r]+")
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_NEXT_WORD = re.compile(r"\s+[\"“‘'(\[]?(\w+)")


# Initials of a place or body written with dots: "U.S.", "U.K.", "D.C.", "U.N.", "A.S.".
_DOTTED_CAPITALS = re.compile(r"(?:[A-Z]\.){1,3}[A-Z]\.?")
# Closed-class words that open sentences but do not continue a name: articles and
# determiners, pronouns, conjunctions and sentence adverbs, common prepositions (English and
# Indonesian).
_SENTENCE_OPENERS = frozenset("""
the a an this that these those there it its he she they we i you his her their our my
but and or so yet however meanwhile still also then now thus instead later earlier
in on at for from by with after before during since when while if as although though
some many most all both each every no not one two three several such other another
what who how why where which
ia dia beliau mereka kami kita saya aku anda ini itu namun tetapi tapi dan atau serta
sementara selain dalam di pada untuk dari sejak setelah sebelum saat ketika jika kalau
menurut bahkan lalu kemudian adapun sedangkan padahal oleh karena sebab hal para banyak
sebagian semua seluruh beberapa tidak belum sudah juga apa siapa bagaimana mengapa
""".split())


def line_spans(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """Spans of the non-empty lines of ``text[start:end]``, without their line breaks."""
    if start == 0 and end is None:
        return iter(_all_lines(text))
    return _lines(text, start, end)


@lru_cache(maxsize=4)
def _all_lines(text: str) -> tuple[tuple[int, int], ...]:
    # The boilerplate finder, the metadata readers and the paragraph reader each walk the
    # lines of the same article: they are found once.
    return tuple(_lines(text, 0, None))


def _lines(text: str, start: int, end: int | None) -> Iterator[tuple[int, int]]:
    stop = len(text) if end is None else end
    part = text[start:stop]
    if "\r" in part:            # (rare: the pattern parts lines at "\r" too)
        for m in _LINE.finditer(text, start, stop):
            if m.group().strip():
                yield m.start(), m.end()
        return
    # The runs of _LINE are then the pieces between "\n"s: split() finds them in C, where the
    # regex engine reads every character of the article in turn.
    pos = start
    for line in part.split("\n"):
        after = pos + len(line)
        if line and not line.isspace():         # (as ``line.strip()`` is not empty)
            yield pos, after
        pos = after + 1


# A wire-style dateline closed by a colon at the head of a paragraph ("SINGAPORE: …",
# "KUALA LUMPUR: …", "GEORGE TOWN, Penang: …"): a place in capitals, not part of the first
# sentence. Capitals keep out labels in title case ("Update: …", "Haze: what it means").
_COLON_DATELINE = re.compile(r"[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,3}(?:, [A-Z][\w.'’\-]*(?: [A-Z0-9][\w.'’\-]*)?)?"
                             # ("ISLAMABAD, Dec 10: …", "PETALING JAYA (Bernama): …")
                             r"(?:\s*\([A-Z][\w.&]*(?:\s[A-Z][\w.&]*){0,2}\))?"
                             r":\s+(?=[\"“‘]?[A-Z0-9])")
# The dash form with a full date, which the shorter prefixes the reader skips leave out:
# "JAKARTA, 3 Juni 2025 - …", "KUALA LUMPUR, June 2, 2025 (Bernama) -- …". The place is in
# capitals, and only capitalised words and numbers follow it.
DATED_DATELINE = re.compile(r"[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,3},(?:[ ,/]+(?:[A-Z][\w.]*|\d{1,4}\b)){2,6}"
                             r"(?:\s*\([A-Z][\w.]*\))?\s*(?:-{1,2}|–|—)\s+(?=[\"“‘]?[A-Z0-9])")


# The same place in title case ("Ahmedabad: Investigators on Friday …") heads a paragraph of full
# sentences, not a headline or a label: its line ends a sentence, runs on, and the word is no label
# ("Update: …", "Analysis: …"; "Survei: 62 Persen Warga …" is a headline without a full stop).
# (nor a speaker's words: "Jokowi: Kami akan …", "Ruiz: We will …")
_TITLE_COLON_DATELINE = re.compile(r"(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?):\s+(?=[A-Z])"
                                   r"(?!(?:Kami|Saya|Kita|Aku|We|I|Our|My)\b)")
_LABELS = frozenset("""update updated breaking exclusive editorial opinion analysis explainer watch video photo photos
live note correction catatan ralat koreksi baca lihat simak tonton sumber source editor penulis reporter foto tags
tag related topik topics share bagikan""".split())
_SENTENCE_CLOSE = re.compile(r"[.!?][\"”’)]?\s*$")
_PARAGRAPH_LENGTH = 80


def _title_case_dateline(text: str, start: int, end: int) -> re.Match | None:
    if not text[start:start + 1].isupper() or end - start < _PARAGRAPH_LENGTH:
        return None
    m = _TITLE_COLON_DATELINE.match(text, start, end)
    if m is None or m.group("place").split()[0].lower() in _LABELS:
        return None
    return m if _SENTENCE_CLOSE.search(text, m.end(), end) else None


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences of one line ``text[start:end]``, trimmed of surrounding white space; a
    paragraph's colon or dated dateline is left out of its first sentence."""
    dateline = (_COLON_DATELINE.match(text, start, end) or DATED_DATELINE.match(text, start, end)) \
        if text[start:start + 2].isupper() else _title_case_dateline(text, start, end)
    if dateline:
        start = dateline.end()
    if text[end - 1:end] == ")" or text[end - 1:end].isupper():       # (every sign-off ends so)
        sign_off = _SIGN_OFF_AFTER_THE_LAST.search(text, max(start, end - _SIGN_OFF_CHARS), end)
        if sign_off:
            end = sign_off.start()
    spans, begin = [], start
    for m in SENTENCE_END.finditer(text, start, end):
        if _is_boundary(text, m.start(), m.end(), end):
            spans.append((begin, m.end()))
            begin = m.end()
    spans.append((begin, end))
    trimmed = []
    for a, b in spans:          # (a plain loop: no generator resumed per sentence of every line)
        a, b = _trim(text, a, b)
        if b - a > MAX_SENTENCE:
            trimmed += _run_on_pieces(text, a, b)
        elif b > a:
            trimmed.append((a, b))
    return trimmed


# An editor's initials or a wire's name after the paragraph's last sentence: "… dolar AS. (ant/rds)",
# "… pada Isnin. -- BERNAMA" sign the story off; they are no part of the sentence.
_SIGN_OFF_AFTER_THE_LAST = re.compile(r"(?<=[.!?\"”])\s+(?:\(\s*[a-z]{1,10}\d?(?:\s*/\s*[a-z\d]{1,10}){0,3}\s*\)"
                                      r"|(?:—|--)\s*[A-Z]{2,}(?:\s+[A-Z]{2,}){0,2})$")
_SIGN_OFF_CHARS = 40

# No sentence a reader checks runs this long; a longer run without a full stop is a list or
# a table flattened into one line. The later stages compare the clauses of a sentence with
# one another, in time that grows with their square, so such a run is read in pieces.
MAX_SENTENCE = 1500


def _run_on_pieces(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """``text[a:b]`` in trimmed pieces of at most MAX_SENTENCE characters, each cut after the
    last clause break (", " or "; ") before the limit, else after the last space."""
    pieces = []
    while b - a > MAX_SENTENCE:
        limit = a + MAX_SENTENCE
        cut = max(text.rfind(", ", a, limit), text.rfind("; ", a, limit)) + 1 or text.rfind(" ", a, limit) + 1
        cut = cut if cut > a else limit          # one unbroken run of characters: a hard cut
        pieces.append(_trim(text, a, cut))
        a, b = _trim(text, cut, b)
    pieces.append((a, b))
    return [(x, y) for x, y in pieces if y > x]


def _is_boundary(text: str, dot: int, after: int, end: int) -> bool:
    if after >= end or not text[after:end].strip():
        return True
    if not OPENING_AFTER_BOUNDARY.match(text, after, end):
        return False
    if text[dot] != "." or text[dot:after].startswith(".."):
        return True
    return not _is_abbreviation(text, dot, after, end)


def _is_abbreviation(text: str, dot: int, after: int, end: int) -> bool:
    m = _WORD_BEFORE.search(text, max(0, dot - 24), dot)
    word = m.group(1).lower().strip(".") if m else ""
    if not word:
        return False
    nxt = _NEXT_WORD.match(text, after, end)
    next_word = nxt.group(1) if nxt else ""
    if word in NUMBER_ABBREVIATIONS:
        return next_word[:1].isdigit()
    if "." in word and next_word[:1].isupper() and _DOTTED_CAPITALS.fullmatch(m.group(1)):
        # "U.S. Geological Survey", "U.N. Security Council": a place's initials often head a
        # name; they end the sentence only before a word that opens sentences, not names.
        return next_word.lower() not in _SENTENCE_OPENERS
    if word in FINAL_ABBREVIATIONS:      # "dll. Lalu" ends; "7 a.m. (0500 GMT)" does not
        return not next_word[:1].isupper() or word in _CLOCK_SUFFIXES and next_word in _AFTER_A_CLOCK_TIME
    if len(word) == 1 and word.isalpha():
        # an initial: "Susilo B. Yudhoyono", "met V. Ivanov"; but a letter or a Roman numeral
        # after a word that labels or numbers things ends the sentence ("kios di Blok C. Kepala
        # …", "obat golongan I. Barang …", "phase V. Crews …")
        labelled = _NUMBERED_ROMAN.search(text, max(0, dot - 30), dot) or _LOWER_LABEL.search(text, max(0, dot - 30), dot) \
            or _labelled_by_letter(text, dot)
        return m.group(1)[0].isupper() and not (labelled and not _INITIAL_AFTER.match(text, after, end))
    # (a short dotted word is an abbreviation, "a.m", "D.C"; a dotted figure, "2.31", "3.500",
    # "$1.5bn" or "M6.2", is a number that ends the sentence)
    return word in ABBREVIATIONS or ("." in word and len(word) <= 6 and not any(c.isdigit() for c in word))


# "at 3 a.m. Monday", "10:42 p.m. EST": the time's day or zone goes on with the sentence.
_CLOCK_SUFFIXES = frozenset(("a.m", "p.m"))
_AFTER_A_CLOCK_TIME = frozenset("""Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Wed Thu Fri
Sat Sun ET EST EDT CT CST CDT MT PT PST PDT GMT UTC BST CET WIB WITA WIT SGT HKT JST IST AEST AEDT""".split())


_NUMBERED_ROMAN = re.compile(r"\b(?:golongan|tahap|kelas|fase|tingkat|jilid|bab|eselon|gelombang|seri|babak"
                             r"|phase|stage|grade|class|level|tier|part|chapter|volume|round|category|type)\s+[IVX]$",
                             re.I)
# Blocks, gates and groups take a letter for a label; rooms and buildings, often named after people,
# do not ("Gedung H. Mochtar …", "Ruang R. Soeprapto").
_LABEL_LETTER = re.compile(r"\b(?:blok|zona|grup|pintu|tipe|kategori|sektor|seksi|klaster|kavling|block|zone|group"
                           r"|pool|gate|sector|section|cluster|plan|vitamin|hepatitis)\s+[A-Z]$", re.I)


def _labelled_by_letter(text: str, dot: int) -> bool:
    """"kios di Blok C.", "at Gate D.": a label word after a word in lower case; after a capitalised
    one it ends a name ("Sinar Mas Group G. Sulistiyanto", "Kadin Grup A. Rahman")."""
    found = _LABEL_LETTER.search(text, max(0, dot - 30), dot)
    if found is None:
        return False
    before = text[max(0, found.start() - 30):found.start()].split()
    return not before or not before[-1][:1].isupper()
# Words that are given names too label only in lower case: "inmates in wing B.", not "Wing K. Chan".
_LOWER_LABEL = re.compile(r"\b(?:wing|ward|hall|lot)\s+[A-Z]$")
# "Gedung A. A. Maramis": a second initial after the letter makes it a name's ("J. Clark" too).
_INITIAL_AFTER = re.compile(r"\s+[A-Z]\.(?:\s|$)")


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    # str.strip() drops exactly the characters str.isspace() accepts, in C
    part = text[a:b]
    inner = part.strip()
    if not inner:
        return b, b
    a += len(part) - len(part.lstrip())
    return a, a + len(inner)


def rough_sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts, by its last ". " or line break before: a
    quick look back for the rules that need a sentence's subject, not a segmentation. (The
    look stops _LOOK_BACK characters back: on a flattened page of one line, a search to the
    text's start for every word asked about would grow with the square of its length.)"""
    lo = max(0, pos - _LOOK_BACK)
    dot = text.rfind(". ", lo, pos)
    return max(dot + 2 if dot >= 0 else lo, text.rfind("\n", lo, pos) + 1)


_LOOK_BACK = 3000
