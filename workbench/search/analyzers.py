"""Whoosh analyzers for Indonesian and English claim text, and an unstemmed one.

All three share one tokenizer: runs of letters, or numbers with their separators
(``3.000``, ``5,95``, ``1.234,5``) kept whole. Numbers are then rewritten to one
canonical form so that ``3.000``, ``3,000`` and ``3000`` match each other, and ``5,95``
matches ``5.95``. Query text goes through the same analyzer as indexed text.

Whoosh pickles the schema, analyzers included, into the index: keep these classes
importable under this module path, and give them no unpicklable state.
"""
import re
from functools import lru_cache

from whoosh.analysis import Filter, LowercaseFilter, RegexTokenizer, StopFilter
from whoosh.lang.porter import stem as porter_stem
from whoosh.analysis.filters import STOP_WORDS

# Letters only, or a number with inner separators. "Rp1,5" gives "rp" and "1,5";
# "covid19" gives "covid" and "19"; query and index are cut the same way.
TOKEN_PATTERN = r"[^\W\d_]+|\d+(?:[.,]\d+)*"

# "3.000", "1,000,000": a thousands separator; "0,500" is not (no leading zero group).
_THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:([.,])\d{3})(?:\1\d{3})*")
_ALPHA = re.compile(r"[a-z]+")

# Function words so frequent they only slow queries down. Negations ("tidak", "bukan",
# "belum") are kept on purpose: they flip the meaning of a claim.
INDONESIAN_STOP_WORDS = frozenset("""
yang dan di ke dari ini itu untuk dengan pada dalam adalah oleh atau juga sebagai para
pun lah kah tersebut bahwa ia mereka kami kita saat telah sudah akan
""".split())


def normalize_number(text: str) -> str:
    """Return one canonical spelling of a number written Indonesian- or English-style.

    A separator followed by groups of exactly three digits is a thousands separator
    (``3.000`` and ``3,000`` -> ``3000``); with both separators the last one is the
    decimal mark (``1.234,5`` and ``1,234.5`` -> ``1234.5``); a single other separator
    is a decimal mark (``5,95`` -> ``5.95``). Anything else (``1.2.3``) is left alone.
    """
    if "." in text and "," in text:
        decimal = max(text.rfind("."), text.rfind(","))
        whole = re.sub(r"[.,]", "", text[:decimal])
        return f"{whole}.{text[decimal + 1:]}"
    if _THOUSANDS.fullmatch(text):
        return re.sub(r"[.,]", "", text)
    if text.count(".") + text.count(",") == 1:
        return text.replace(",", ".")
    return text


class NumberFilter(Filter):
    """Rewrites number tokens to their canonical spelling (see ``normalize_number``)."""

    def __call__(self, tokens):
        for t in tokens:
            if t.text[:1].isdigit():
                t.text = normalize_number(t.text)
            yield t


@lru_cache(maxsize=1)
def _sastrawi():
    # Imported lazily: building the dictionary costs ~0.2 s, paid once per process.
    from Sastrawi.Dictionary.ArrayDictionary import ArrayDictionary
    from Sastrawi.Stemmer.Stemmer import Stemmer
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory
    return Stemmer(ArrayDictionary(StemmerFactory().get_words()))


@lru_cache(maxsize=200_000)
def stem_indonesian(word: str) -> str:
    """Stem one lowercase word with Sastrawi; non-alphabetic words are returned as is.

    ``stem_word`` is called instead of ``stem`` because ``stem`` rewrites punctuation
    (``Rp1,5`` -> ``rp1 5``). The cache matters: ~47 µs a word uncached (NOTES.md).
    """
    if not _ALPHA.fullmatch(word):
        return word
    return _sastrawi().stem_word(word) or word


class IndonesianStemFilter(Filter):
    """Stems alphabetic tokens with Sastrawi; numbers pass through untouched."""

    def __call__(self, tokens):
        for t in tokens:
            if not t.stopped:
                t.text = stem_indonesian(t.text)
            yield t


@lru_cache(maxsize=200_000)
def stem_english(word: str) -> str:
    """Porter-stem one lowercase word; tokens starting with a digit are left whole."""
    return word if word[:1].isdigit() else porter_stem(word)


class EnglishStemFilter(Filter):
    """Porter stemming with a process-wide cache (Whoosh's StemFilter caches per instance)."""

    def __call__(self, tokens):
        for t in tokens:
            if not t.stopped:
                t.text = stem_english(t.text)
            yield t


def _tokens():
    return RegexTokenizer(TOKEN_PATTERN) | LowercaseFilter() | NumberFilter()


def indonesian_analyzer():
    """Tokenise, lowercase, canonicalise numbers, drop stop words, stem with Sastrawi."""
    return (_tokens() | StopFilter(stoplist=INDONESIAN_STOP_WORDS, minsize=1)
            | IndonesianStemFilter())


def english_analyzer():
    """Like Whoosh's StemmingAnalyzer, but keeps numbers (and one-character tokens)."""
    return (_tokens() | StopFilter(stoplist=STOP_WORDS, minsize=1)
            | EnglishStemFilter())


def exact_analyzer():
    """No stemming and no stop words: for exact phrases, numbers and names."""
    return _tokens()


ANALYZERS = {"id": indonesian_analyzer, "en": english_analyzer}
LANGUAGES = tuple(ANALYZERS)

_STOP_WORDS = {"id": INDONESIAN_STOP_WORDS, "en": STOP_WORDS}
_STEMMERS = {"id": stem_indonesian, "en": stem_english}


def is_stop_word(word: str) -> bool:
    """True for a stop word of any language (the analyzers drop it)."""
    word = word.lower()
    return any(word in stops for stops in _STOP_WORDS.values())


def exact_term(token: str) -> str:
    """The term ``exact_analyzer`` makes of one token of ``TOKEN_PATTERN``."""
    token = token.lower()
    return normalize_number(token) if token[:1].isdigit() else token


def stemmed_term(token: str, language: str) -> str | None:
    """The term the ``language`` analyzer makes of one token, None for a stop word; the
    same as running the analyzer on it, without its chain of Whoosh filters (~20x cheaper
    a token, which matters when highlighting every hit of a page)."""
    term = exact_term(token)
    if term in _STOP_WORDS[language]:
        return None
    return _STEMMERS[language](term)


def may_stem_to(term: str, language: str, stems) -> bool:
    """False when the lowercase ``term`` cannot stem to any of ``stems``, decided without
    stemming it: Sastrawi's first stem of a word costs 0.6-3 ms. Sastrawi strips affixes
    and recodes at most the first letter of the root (menulis -> tulis, mengirim ->
    kirim), so an Indonesian word stems to ``s`` only if it contains ``s[1:]``
    (checked on 148k affixed forms of its dictionary, tests/.../test_analyzers.py).
    English (Porter, cached, microseconds) is not pre-checked."""
    if language != "id":
        return True
    return any(s[1:] in term for s in stems)
