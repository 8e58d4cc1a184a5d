"""A scraper's excerpt that stops mid-sentence: where its last complete clause ends.

Pages are often captured up to a byte limit, so the text ends inside a word ("… the season
until the investigation is compl"). Only what was said in full can be checked: the labelling
rules leave the cut-off fragment unlabelled and keep a complete clause before it. When the
cut falls in a trailing phrase (after a comma, a preposition or a subordinator: "…, sukse",
"… bernyanyi di hadapan", "… until the investigation is compl"), the clause before that
phrase is complete and is read; when it falls in the clause's own core ("The company sold
abo", "… melibatkan 4.000 personel g"), nothing of the sentence can be read.
"""
from __future__ import annotations

import re

from claims.lexicon_dates import MONTHS, WEEKDAYS
from claims.segment import sentence_spans

# Words that open a trailing phrase: what comes before them can stand as a clause.
_PHRASE_OPENERS = frozenset("""
    di ke dari pada dalam untuk bagi kepada oleh terkait tentang mengenai hingga sampai sejak
    selama menjelang setelah sebelum sesudah ketika saat karena akibat termasuk seperti
    dengan tanpa antara atas melalui lewat meski walaupun agar supaya sehingga
    in on at for from with by under until near after before during since because including
    across over into amid despite following without within between through toward towards
    against while when where which who whose although though unless so
""".split())
# "lebih dari 4.000", "more than 300": the preposition is part of a qualifier, not a phrase.
_QUALIFIED = re.compile(r"(?:lebih|kurang|more|less|fewer|rather)\s+$", re.I)
_WORD = re.compile(r"[^\W_][\w'’-]*")
_DATE_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)


def complete_end(text: str, a: int, b: int) -> int:
    """End of the readable part of the content block ``[a, b)``.

    ``b`` itself unless the block ends the text inside a word (no closing mark); then the
    end of the last complete clause, or the start of the cut sentence when none is left."""
    last = len(text.rstrip())
    if not a < last <= b or not text[last - 1].isalnum():
        return b
    spans = sentence_spans(text, a, last)
    if not spans:
        return b
    s = spans[-1][0]
    words = list(_WORD.finditer(text, s, last))
    if len(words) < 2 or words[-1].group().lower() in _DATE_WORDS:
        return b           # "… pada akhir Mei": a phrase that ends on a whole date word
    if _opens_a_phrase(words[-1].group().lower()):
        return words[-1].start()      # "… digelar 32 kali seja": the cut falls on the phrase's first word
    return _last_phrase_break(text, s, words) or s


def _opens_a_phrase(cut_word: str) -> bool:
    """True when the cut-off word is the start of a phrase opener ("seja" of "sejak")."""
    return len(cut_word) >= 3 and any(w.startswith(cut_word) for w in _PHRASE_OPENERS)


def _last_phrase_break(text: str, s: int, words) -> int | None:
    """Where the last trailing phrase before the cut-off word (``words[-1]``) opens, if any."""
    for i in range(len(words) - 2, -1, -1):
        comma = text.find(",", words[i].end(), words[i + 1].start())
        if comma >= 0:
            return comma
        word = words[i]
        if word.start() > s and word.group().lower() in _PHRASE_OPENERS \
                and not _QUALIFIED.search(text, s, word.start()):
            before = text[s:word.start()].rstrip()
            return s + len(before) - 1 if before.endswith(",") else word.start()
    return None
