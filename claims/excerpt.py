"""A scraper's excerpt that stops mid-sentence: where its last complete clause ends.

Pages are often captured up to a byte limit, so the text ends inside a word ("… the season
until the investigation is compl"). Only what was said in full can be checked: the labelling
rules leave the cut-off fragment unlabelled and keep a complete clause before it. When the
cut falls in a trailing phrase (after a comma, a preposition or a subordinator: "…, sukse",
"… bernyanyi di hadapan", "… until the investigation is compl"), the clause before that
phrase is complete and is read; when it falls in the clause's own core ("The company sold
abo", "… melibatkan 4.000 personel g"), nothing of the sentence can be read.

Only a page written in closed sentences is taken to be cut (its other paragraphs, or the
sentences before, end with a full stop), and a line that ends on its speaker ("…, officials
said") or on a whole date word is read whole: it only lacks its full stop.
"""
from __future__ import annotations

import re

from claims.attribute import tail_source
from claims.clauses import has_verb
from claims.lexicon_dates import CALENDAR_WORDS
from claims.segment import sentence_spans

# Words that open a trailing phrase: what comes before them can stand as a clause.
_PHRASE_OPENERS = frozenset("""
    di ke dari pada dalam untuk bagi kepada oleh terkait tentang mengenai hingga sampai sejak
    selama menjelang setelah sebelum sesudah ketika saat karena akibat termasuk seperti
    dengan tanpa antara atas melalui lewat meski walaupun agar supaya sehingga
    in on at for from with by under until near after before during since because including
    across over into amid despite following without within between through toward towards
    against while when where which who whose although though unless so
    dan serta atau tetapi namun sedangkan and or but
""".split())
# "lebih dari 4.000", "more than 300": the preposition is part of a qualifier, not a phrase.
_QUALIFIED = re.compile(r"(?:lebih|kurang|more|less|fewer|rather)\s+$", re.I)
_WORD = re.compile(r"[^\W_][\w'’-]*")


def complete_end(text: str, a: int, b: int) -> int:
    """End of the readable part of the content block ``[a, b)``.

    ``b`` itself unless the block ends the text inside a word (no closing mark); then the
    end of the last complete clause, or the start of the cut sentence when none is left."""
    last = len(text.rstrip())
    if not a < last <= b or not text[last - 1].isalnum():
        return b
    spans = sentence_spans(text, a, last)
    if not spans or not (_punctuated_before(text, a) or _closed_sentences(text, spans[:-1]) >= _CLOSED_LINES_NEEDED):
        return b
    s = spans[-1][0]
    words = list(_WORD.finditer(text, s, last))
    if len(words) < 2 or words[-1].group().lower() in CALENDAR_WORDS or _ends_on_its_speaker(text, s, last):
        return b           # "… pada akhir Mei", "…, officials said": a sentence whole but for its stop
    if _opens_a_phrase(words[-1].group().lower()):
        end = _last_phrase_break(text, s, words, cut_at_last=True)
    else:
        end = _last_phrase_break(text, s, words)
    return s if end is None or _subject_only(text, s, end) else end


# "Hujan deras yang turun [sejak Selasa sore juga membuat …]": what stands before the phrase is a
# subject with its relative clause (a verb neither before the relative word nor after the
# clause's own verb); the sentence's own predicate was cut off.
_DIGIT = re.compile(r"\d")
_RELATIVE_WORD = re.compile(r"\s(?:(?P<id>yang|yg)|which|who|that)\s+\S+")


def _subject_only(text: str, s: int, end: int) -> bool:
    relative = _RELATIVE_WORD.search(text, s, end)
    if relative is None:
        return False
    language = "id" if relative.group("id") else "en"
    # ("Korban yang meninggal dunia sebanyak 20 orang": a figure is the predicate)
    return not has_verb(text, s, relative.start(), language) and not has_verb(text, relative.end(), end, language) \
        and _DIGIT.search(text, relative.end(), end) is None


# A page whose paragraphs end with a full stop, whose last one does not: the scraper stopped
# inside it. (A text whose lines never close is notes or a list, and is read whole.)
_CLOSED_LINE = re.compile(r"[.!?…\"”’)]\s*$")
_CLOSED_LINES_NEEDED = 2


def _punctuated_before(text: str, a: int) -> bool:
    closed = 0
    for line in text[:a].splitlines():
        if len(line.split()) >= _PROSE_WORDS and _CLOSED_LINE.search(line):
            closed += 1
            if closed >= _CLOSED_LINES_NEEDED:
                return True
    return False


_PROSE_WORDS = 6


def _closed_sentences(text: str, spans) -> int:
    """Sentences before the cut one in its own paragraph that close (a page of one paragraph)."""
    return sum(1 for s, e in spans if _CLOSED_LINE.search(text, s, e))


def _ends_on_its_speaker(text: str, s: int, last: int) -> bool:
    """True when the sentence ends in a reporting tail ("…, kata Budi Santoso", "…, officials
    said"): what is left unclosed is its stop, not a clause."""
    comma = text.rfind(",", s, last)
    found = tail_source(text, comma, last) if comma > s else None
    return found is not None and not text[found[1]:last].strip(" .")


def _opens_a_phrase(cut_word: str) -> bool:
    """True when the cut-off word is the start of a phrase opener ("seja" of "sejak"); three
    letters are the start of too many other words ("ter", "sel")."""
    return len(cut_word) >= 4 and any(w.startswith(cut_word) for w in _PHRASE_OPENERS)


def _last_phrase_break(text: str, s: int, words, cut_at_last: bool = False) -> int | None:
    """Where the last trailing phrase before the cut-off word (``words[-1]``) opens, if any;
    with ``cut_at_last`` the cut-off word opens one itself, unless a break right before it does."""
    for i in range(len(words) - 2, -1, -1):
        comma = _CLAUSE_COMMA.search(text, words[i].end(), words[i + 1].start())
        if comma:
            return comma.start()      # (not the comma inside "5,95")
        word = words[i]
        opener = _is_opener(text, s, word)
        if cut_at_last and i == len(words) - 2 and not opener:
            return words[-1].start()
        if opener:
            before = text[s:word.start()].rstrip()
            return s + len(before) - 1 if before.endswith(",") else _past_a_stub(text, s, word.start())
    return None


def _past_a_stub(text: str, s: int, pos: int) -> int:
    """``pos``, or the comma before it when only a word or two stand between them ("…, 12 in
    the province of Centr": the phrase cut off began at the comma)."""
    comma = text.rfind(", ", s, pos)
    return comma if comma > s and len(text[comma + 1:pos].split()) <= _STUB_WORDS else pos


_STUB_WORDS = 2


def _is_opener(text: str, s: int, word) -> bool:
    return word.start() > s and word.group().lower() in _PHRASE_OPENERS \
        and not _QUALIFIED.search(text, s, word.start())


_CLAUSE_COMMA = re.compile(r",(?=\s)")
