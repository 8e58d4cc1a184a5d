"""Quantities with a shape of their own: match minutes, scores, ranks, collectives.

Spec rule 8: a score "3-1" is two ``goals`` values; match minutes are ``minute`` values with
stoppage time added ("90+2" -> 92); ordinals count only where the rank is the point.
"""
from __future__ import annotations

import re
from functools import lru_cache

from claims import lexicon as lx
from claims.lexicon_dates import alternation, cased_alternation
from claims.lexicon_dates import MONTHS
from claims.lexicon_numbers import (NUMBER_WORDS, OPEN_ABOVE, OPEN_BELOW, ORDINAL_RANK_NOUNS, ORDINALS, RANK_NOUNS, ROMAN,
                                    SUPERLATIVES_EN, SUPERLATIVES_ID)
from claims.text_features import features, plain_lower
from claims.model import Quantity
from claims.number_atoms import TENS_WITH_AN
from claims.quantity_mask import COUNT_BEFORE
from claims.quantity_race import DOTTED_CUE_WORDS, DOTTED_RACE_TIME, RACE_TIME, race_time
from claims.quantity_context import STOPWORDS, counted_noun_after, measure_after, qualifier_before

_I = re.IGNORECASE
_ORD_ID = alternation([w for w in ORDINALS if w.startswith("ke") or w == "pertama"])
_ORD_EN = alternation([w for w in ORDINALS if not w.startswith("ke") and w != "pertama"])
ORDINAL_COLLECTIVES = ["ketiga", "keempat", "kelima", "keenam", "ketujuh", "kedelapan",
                       "kesembilan", "kesepuluh"]
_COLLECTIVE = alternation(["kedua"] + ORDINAL_COLLECTIVES)

_STOPPAGE = re.compile(r"(?<![\d.,])(?P<a>\d{2,3})\s?\+\s?(?P<b>\d{1,2})(?![\d.,]?\d)")
_MINUTE_ID = re.compile(r"(?:menit|Menit|MENIT)\s+(?i:ke\s*-?\s*)?(?P<a>\d{1,3})(?![\d+]|[.,]\d|\s?\+)")
# "menit ke-12 dan ke-55", "menit ke-12, ke-40 dan ke-88": the later minutes of a list drop "menit"
# (not an ordinal of its own noun: "ke-3 kalinya", "ke-2 gol")
_MINUTE_ID_MORE = re.compile(r"(?:,|\bdan|\bserta)\s*(?i:ke\s*-?\s*)(?P<a>\d{1,3})(?![\d+]|[.,]\d|\s?\+)"
                             r"(?!\s*(?i:kali|kalinya|gol|laga|pertandingan|musim|tahun|hari|pekan|babak|posisi"
                             r"|peringkat|putaran|leg)\b)")
_MINUTES_BEFORE = re.compile(r"(?i:menit)\s+(?i:ke\s*-?\s*)?\d{1,3}(?:\s*(?:,|dan|serta)\s*(?i:ke\s*-?\s*)\d{1,3})*\s*$")
_MINUTE_EN = re.compile(r"\b(?P<a>\d{1,3})(?:st|nd|rd|th)[\s-]+minutes?\b", _I)
# "in the 12th and 55th minutes": the earlier ordinals of a list share its last "minutes"
_MINUTE_EN_LISTED = re.compile(r"\b(?P<a>\d{1,3})(?:st|nd|rd|th)(?=(?:,\s*|\s+and\s+)(?:\d{1,3}(?:st|nd|rd|th)"
                               r"(?:,\s*|\s+and\s+))*\d{1,3}(?:st|nd|rd|th)[\s-]+minutes\b)", _I)
# "Di Maria added a goal in the 36th", "in the 23rd minute and again in the 108th": a match
# report drops "minute" after an ordinal that ends its phrase; read only beside a goal word.
_MINUTE_EN_BARE = re.compile(r"\b(?:in|on)\s+the\s+(?P<a>\d{1,3})(?:st|nd|rd|th)\b"
                             r"(?![\s-]+(?!(?:and|to|as|when|after|before|but|while|with)\b)[A-Za-z])")
_GOAL_WORDS = frozenset("goal goals scored score scores minute penalty equaliser equalizer header netted".split())
# Bare digits after a time noun are a duration or a date ("tahun 6", "periode 2019"):
# those need "ke-" or an ordinal word.
_TIME_NOUNS = ("hari", "minggu", "pekan", "bulan", "tahun", "day", "week", "month", "year")
# "periode 1 hingga 7 Maret", "pekan 23-29 Februari": the number is the first day of a date range.
_NOT_A_DAY = (r"(?!\s*(?:-|–|hingga|sampai|s\.d\.?|to|until)\s*\d{1,2}\s+(?i:"
              + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b)(?!\s+(?i:"
              + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b)")
_RANK_AFTER = re.compile(
    rf"(?<!\w)(?P<noun>{cased_alternation(RANK_NOUNS)})\s+(?:(?i:ke\s*-\s*|ke\s+)(?P<k>\d{{1,3}})\b"
    rf"|(?P<n>\d{{1,2}})\b(?![.,]\d){_NOT_A_DAY}|(?P<o>(?i:{_ORD_ID}))\b|(?P<r>[IVX]{{1,4}})\b(?![.']))")
# What every rank match holds: a rank noun standing alone (no word character before it, white
# space after it), spaces, then "ke", a digit, an ordinal ("pertama", "ke...") or a Roman
# numeral (K covers the Kelvin sign that "ke" matches when case is ignored).
_RANK_NOUNS = frozenset(RANK_NOUNS)


def may_hold_rank_after(text: str, start: int, end: int) -> bool:
    """False when no _RANK_AFTER match lies in ``text[start:end]``. Its noun stands alone, so it
    is a word of the window's word set (``features``, which opened the finder), unless an
    apostrophe, which that set's words take in, stands before it: the gate is searched for
    those nouns only (mostly one), and the engine skips to their first letters instead of
    trying the whole list at every position."""
    if text.find("'", start, end) >= 0 or text.find("’", start, end) >= 0:
        return _rank_gate(_RANK_NOUNS).search(text, start, end) is not None
    nouns = _RANK_NOUNS & features(text, start, end)
    return bool(nouns) and _rank_gate(nouns).search(text, start, end) is not None


@lru_cache(maxsize=64)
def _rank_gate(nouns: frozenset[str]) -> re.Pattern:
    """A rank noun of ``nouns`` in any of its cases, spaces, and the first character of a rank."""
    return re.compile(rf"(?:{cased_alternation(sorted(nouns))})\s+(?:[kKpP\u212aIVX]|\d)")


_RANK_BEFORE = re.compile(
    rf"\b(?:(?P<o>{_ORD_EN})|(?P<k>\d{{1,3}})(?:st|nd|rd|th))\s+(?P<noun>place|round|leg|stage|phase|term|day|week|month"
    rf"|time|set|dose)\b", _I)
_ORDINAL_RANK = re.compile(rf"(?<!\w)(?P<noun>{cased_alternation(ORDINAL_RANK_NOUNS)})\s+(?P<o>(?i:{_ORD_ID}))\b")
# "surplus ke-61 secara beruntun", "kemenangan ketiga berturut-turut": a place in a streak.
_STREAK = re.compile(r"(?<!\w)(?P<noun>[a-z]{3,})\s+(?:ke-?\s?(?P<k>\d{1,3})|(?P<o>" + _ORD_ID + r"))"
                     r"\s+(?:secara\s+)?(?:beruntun|berturut-turut)\b")
# "the 19th straight day", "for a third consecutive week": the place in an unbroken run of
# time units is how many of them have passed, so it counts them.
# Any run counts its own things ("a ninth straight sitting", "third consecutive win" -> 3 wins);
# "running" only runs of time ("the second running back" is a player).
_STREAK_EN = re.compile(rf"\b(?:(?P<o>{_ORD_EN})|(?P<k>\d{{1,3}})(?:st|nd|rd|th))\s+"
                        r"(?:(?:straight|consecutive|successive)\s+(?P<thing>(?-i:[a-z]+ly\s+)?(?-i:[a-z]{3,}))"
                        r"|running\s+(?P<noun>day|night|week|month|quarter"
                        r"|year|season|time)s?"
                        # ("for the third year running": the run's noun before "running")
                        r"|(?P<noun2>day|night|week|month|quarter|year|season|time)\s+running)\b", _I)
_STREAK_UNITS = {"day": "days", "night": "nights", "week": "weeks", "month": "months", "quarter": "quarters",
                 "year": "years", "season": "seasons", "time": "times"}
# "terbanyak kedua", "tertinggi ke-3", "the second-largest", "third most populous": a place in
# a ranking by a superlative, the rank is the point (like "second place").
_SUPERLATIVE_RANK = re.compile(
    rf"(?<!\w)(?:(?i:{alternation(list(SUPERLATIVES_ID))})\s+(?:(?P<o>(?i:{_ORD_ID}))|ke-?\s?(?P<k>\d{{1,2}}))(?!\w)"
    rf"|\b(?:(?P<o2>(?i:{_ORD_EN}))|(?P<k2>\d{{1,2}})(?:st|nd|rd|th))[- ](?i:{alternation(list(SUPERLATIVES_EN))})\b)")
# "the world number one", "world No. 3": a place in a world ranking.
_WORLD_NUMBER = re.compile(r"\bworld\s+(?:number|no\.?)\s*(?P<n>\d{1,3}|one|two|three|four|five|six|seven|eight"
                           r"|nine|ten)\b", _I)
# "ranked 29th", "ranked third": a place in a ranking.
_RANKED = re.compile(rf"\branked\s+(?:(?P<k>\d{{1,3}})(?:st|nd|rd|th)|(?P<o>{_ORD_EN}))\b", _I)
_TIMES_ID = re.compile(rf"(?<!\w)(?:(?P<o>{cased_alternation(_ORD_ID.split('|'))})|(?:ke|Ke)\s*-\s*(?P<n>\d{{1,3}}))"
                       r"\s+(?i:kali(?:nya)?)\b")
# Every _TIMES_ID match opens with an Indonesian ordinal or "ke" that no letter, digit or "_"
# comes before, and white space or "-" comes after: a word of the window's word set (``features``)
# unless an apostrophe stands before it (the set's words take it in).
_TIMES_OPENERS = frozenset(_ORD_ID.split("|")) | {"ke"}


def _may_hold_times_id(text: str, start: int, end: int) -> bool:
    """False when no _TIMES_ID match can lie in ``text[start:end]`` ("Kali" names many rivers)."""
    if text.find("'", start, end) >= 0 or text.find("’", start, end) >= 0:
        return True
    return not _TIMES_OPENERS.isdisjoint(features(text, start, end))


_ALL_OF = re.compile(rf"(?<!\w)(?P<o>{cased_alternation(_COLLECTIVE.split('|'))})(?i:nya)\b")
# "Keempat tersangka" is "the four suspects"; "kedua X" usually means "both X" and is left out.
# "threefold", "a 3-fold rise", "twice": how many times over.
FOLD_WORDS = frozenset({"twice"} | {w + "fold" for w in ("two", "three", "four", "five", "six", "seven",
                                                         "eight", "nine", "ten", "twenty", "hundred")})
_FOLD = re.compile(r"\b(?:(?P<twice>twice)|(?P<n>two|three|four|five|six|seven|eight|nine|ten|twenty|hundred"
                   r"|\d{1,3})-?fold)\b", _I)
# "tripled", "nearly doubled", "more than double its value": a verb of multiplying says how many
# times over, like "threefold". The verb forms count anywhere but in set phrases ("doubled as
# a shelter", "doubled down", "doubled over"); the bare form is an adjective too ("a double
# murder", "the triple jump"), so it counts only after a bound or a verb it completes.
MULTIPLE_VALUES = {"double": 2, "triple": 3, "quadruple": 4}
MULTIPLE_WORDS = frozenset(f"{w}{end}" for w in ("doubl", "tripl", "quadrupl") for end in ("ed", "ing", "e", "es"))
# "doubled the lead" in a match report is a second goal, not a multiple.
_MULTIPLE = re.compile(r"\b(?:(?P<verb>doubl|tripl|quadrupl)(?:ed|ing|es)(?!\s+(?:as|down|over|up|back"
                       r"|(?:the|their|his|her|its)\s+(?:lead|advantage))\b)"
                       r"|(?P<bare>doubl|tripl|quadrupl)e)\b(?!-)", _I)
_BARE_MULTIPLE_BEFORE = re.compile(r"\b(?:more\s+than|nearly|almost|about|roughly|at\s+least|over|to|will|would"
                                   r"|could|may|might)\s+$", _I)


# "the women's doubles title", "mixed doubles partner": the event of a racket sport.
_EVENT_BEFORE = re.compile(r"\b(?:the|men's|women's|mixed|boys'|girls'|in|of)\s+$", _I)
_EVENT_AFTER = re.compile(r"\s+(?:title|titles|final|finals|semi-?finals?|match|matches|partner|event|crown|pair)\b", _I)


def _multiple(m):
    if _EVENT_BEFORE.search(m.string, max(0, m.start() - 10), m.start()) or _EVENT_AFTER.match(m.string, m.end()):
        return None
    if m.group("bare") and not _BARE_MULTIPLE_BEFORE.search(m.string, max(0, m.start() - 12), m.start()):
        return None
    word = (m.group("verb") or m.group("bare")).lower() + "e"
    return _bounded(_exact(MULTIPLE_VALUES[word], "times", m.span()), m.string)


# "Ia menjadi presiden ketiga yang …", "merupakan deflasi kelima pada tahun ini", "emiten ke-14
# yang …": an ordinal after a noun ranks that noun, and the rank is the point (rule 8) where a
# copula asserts it or a "yang" clause says in what ("the third to …"); elsewhere it mostly
# describes ("rumah kedua", "bahasa kedua di sekolah"). Followed by a noun it is "the three X"
# (``_THE_N``). "pertama" stays out: a first ("jeda pertama") mostly describes.
_COPULA_BEFORE_ID = re.compile(r"\b(?:merupakan|menjadi|adalah|ialah|sebagai|jadi)\s+(?:[a-z-]+\s+){0,2}$")
_NOUN_ORDINAL_ID = re.compile(rf"(?<![\w-])(?P<noun>[a-z][a-z-]{{2,}})\s+(?P<o>{_COLLECTIVE})(?![\w-])")
_NOUN_KE_N_ID = re.compile(r"(?<![\w-])(?P<noun>[a-z][a-z-]{2,})\s+ke-\s?(?P<k>\d{1,3})(?![\w-])")
_KE_N_GATE = re.compile(r"ke-\s?\d")
_YANG_AFTER = re.compile(r"\s+(?:yang|yg)\b")
# "dan ketiga" ranks nothing; rank nouns and match minutes have finders of their own
_NOT_A_RANKED_NOUN = STOPWORDS | frozenset(RANK_NOUNS) | frozenset(ORDINAL_RANK_NOUNS) | {"menit", "kali"}


def _noun_ordinal_id(m):
    copula = _COPULA_BEFORE_ID.search(m.string, max(0, m.start() - 40), m.start())
    if m.group("noun") == "yang":
        # "Gelar ini merupakan yang kedua bagi Rafi": the copula asserts a rank of what it names
        return _exact(_ordinal_value(m), None, m.span()) if copula else None
    if m.group("noun") in _NOT_A_RANKED_NOUN:
        return None
    if not (_YANG_AFTER.match(m.string, m.end()) or copula):
        return None
    return _exact(_ordinal_value(m), m.group("noun"), m.span())


# "He is the third pope to visit", "his 26th match", "It is Argentina's third World Cup title":
# the place of one thing in the series of its kind, where a copula asserts it, an infinitive
# says in what, or the thing is a contest's (a first mostly describes: "the first batch"; "his
# second wife", "the 20th century" and "The 4th Infantry Division said" rank nothing).
_ORD_EN_FROM_TWO = alternation([w for w, v in ORDINALS.items() if v > 1 and not w.startswith("ke")])
_NTH_OF_A_KIND_EN = re.compile(rf"\b(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[A-Z][\w-]*['’]s)\s+(?:(?P<o>{_ORD_EN_FROM_TWO})"
                               rf"|(?P<k>\d{{1,3}})(?:nd|rd|th))\s+(?P<names>(?:[A-Z][\w-]*\s+){{0,3}})"
                               r"(?P<noun>[a-z][a-z-]{2,})\b")
_COPULA_BEFORE_EN = re.compile(r"\b(?:is|was|are|were|be|been|became|becomes|become|becoming|marks|marked|making)\s+$")
_TO_DO_AFTER = re.compile(r"\s+to\s+[a-z]{2,}\b(?<!\bthe)")
_CONTEST_NOUNS = frozenset("""match game goal title win victory medal attempt appearance start race final trophy gold
defeat loss try shot penalty cap league""".split())
# Nouns another finder ranks or refuses (a period, a superlative, a streak), "one", and an
# occasion the ordinal names rather than ranks ("its 150th anniversary")
_NOT_A_KIND = frozenset(set(RANK_NOUNS) | {"half", "quarter", "year", "season", "time", "times", "most", "least",
                                           "straight", "consecutive", "successive", "running", "one", "hand", "of",
                                           "anniversary", "birthday", "century", "decade", "millennium"})
_STREET_NAME = re.compile(r"(?:Street|St|Avenue|Ave|Road|Rd)\s+$")


def _nth_of_a_kind(m):
    noun, text = m.group("noun"), m.string
    if noun in _NOT_A_KIND or noun.endswith("est") or lx.EN_AUX.fullmatch(noun) or _STREET_NAME.search(m.group("names")):
        return None
    asserted = _COPULA_BEFORE_EN.search(text, max(0, m.start() - 12), m.start()) is not None
    if not (asserted or noun in _CONTEST_NOUNS or _TO_DO_AFTER.match(text, m.end())):
        return None
    return _exact(_ordinal_value(m), noun, (m.start("o") if m.group("o") else m.start("k"), m.end()))


# "second-placed Tottenham", "finished third", "are ninth, 24 points behind": a league place
# ("second in command", "fourth in line to the throne" are no places in a table).
_PLACED_EN = re.compile(rf"\b(?:(?P<o>(?i:{_ORD_EN}))-placed\b|(?:finish(?:ed|es|ing)?|end(?:ed|s)?|sit(?:s|ting)?"
                        # ("left the Thais second on 10 points": the place a result left a side in)
                        rf"|are|is|were|was|lie|lies|lying|left\s+(?:the\s+)?[A-Z][\w'’-]*)\s+(?:in\s+)?(?P<o2>{_ORD_EN})\b"
                        r"(?=\s*(?:[,.;]|$|\s(?:in\s+(?!command|line|charge)|on\s|with\s|last\s+(?:season|year)\b"
                        r"|this\s+season\b))))")


def _placed(m):
    return _exact(ORDINALS[plain_lower(m.group("o") or m.group("o2"))], "place",
                  m.span("o") if m.group("o") else m.span("o2"))


_THE_N = re.compile(rf"\b(?P<o>(?i:{alternation(ORDINAL_COLLECTIVES)}))\s+(?P<noun>[a-z][\w-]+)\b")
_SCALE_OR_CURRENCY = re.compile(r"(?:rp\.?|\$|usd|idr)\s*\||\|\s*(?:ribu|rb|juta|jt|miliar|milyar|triliun|"
                                r"thousand|million|billion|trillion|bn|mn)\b", _I)
# Words around a score; without one, "40-50 orang" (a number range of a counted noun) is no score.
_SPORT_CUE = re.compile(r"\b(?:skor|score[sd]?|menang|kalah|unggul|imbang|agre?g+at|gol|laga|pertandingan|"
                        r"beat|won|lost|defeat(?:ed)?|dr[ae]w|victory|win|lead|led|match|final|leg|babak|"
                        r"tim|team|klub|club)\b", _I)
_RANGE_OPENER_BEFORE = re.compile(r"\b(?:antara|between|dari|from|usia|aged?|ages)\s*$", _I)
_SCORE = re.compile(r"(?<![\d.,:/+-])(?P<a>\d{1,3})\s?[-–]\s?(?P<b>\d{1,3})(?![\d]|[.,:/]\d|\s?[-–]\s?\d)")


def _ordinal_value(m: re.Match) -> int | None:
    if m.groupdict().get("k"):
        return int(m.group("k"))
    if m.groupdict().get("n"):
        if m.groupdict().get("noun", "").lower() in _TIME_NOUNS:
            return None
        return int(m.group("n"))
    if m.groupdict().get("r"):
        return ROMAN.get(m.group("r").lower()) if m.group("r").isupper() else None
    return ORDINALS.get(m.group("o").lower())


def _rank_unit(noun: str) -> str:
    noun = noun.lower()
    return {"time": "times", "kali": "kali"}.get(noun) or RANK_NOUNS.get(noun, noun)


def _stoppage(m):
    return _exact(int(m.group("a")) + int(m.group("b")), "minute", m.span())


def _minute(m):
    return _exact(int(m.group("a")), "minute", m.span())


# "1 jam 20 menit 30 detik": "menit" after a count is that count's unit, and the number after it
# opens the next part of the duration (seconds), not a match minute.
_SECONDS_AFTER = re.compile(r"\s*(?i:detik|seconds?)\b")


def _later_minute(m):
    if _MINUTES_BEFORE.search(m.string, max(0, m.start() - 60), m.start()) is None:
        return None
    return _exact(int(m.group("a")), "minute", m.span("a"))


def _match_minute_id(m):
    if COUNT_BEFORE.search(m.string, max(0, m.start() - 12), m.start()) or _SECONDS_AFTER.match(m.string, m.end()):
        return None
    return _minute(m)


def _rank(m):
    value = _ordinal_value(m)
    if not value or _first_of_a_period(m) or _part_of_a_date(m):
        return None
    if value in TENS_WITH_AN and m.string.startswith("-an", m.end()):      # "peringkat 60-an"
        return Quantity(float(value), float(value + 9), _rank_unit(m.group("noun")), "vague",
                        m.start(), m.end() + 3)
    return _exact(value, _rank_unit(m.group("noun")), m.span())


def _first_of_a_period(m) -> bool:
    # "bulan pertama operasi", "the first week", "dua hari pertama": a period, not a count of it.
    # "for the first time", "untuk pertama kalinya": a first is no count.
    return m.groupdict().get("o") is not None and ORDINALS.get(m.group("o").lower()) == 1 \
        and m.group("noun").lower() in _TIME_NOUNS + ("time",)


# "pekan kedua Maret 2026", "minggu ketiga bulan ini", "pekan ke-15 tahun 2026", "the second
# week of March": a week or day of a named month or year says when, it counts nothing.
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_OF_A_CALENDAR = re.compile(rf"\s+(?:of\s+(?:the\s+)?)?(?:(?i:{_MONTH_NAMES})\b|(?:19|20)\d\d\b"
                            r"|(?i:bulan|tahun)\s+(?:ini|lalu|depan|(?:19|20)\d\d)\b"
                            r"|(?i:month|year)\b|(?i:this|last|next)\s+(?i:month|year)\b)")


def _part_of_a_date(m) -> bool:
    noun = m.groupdict().get("noun") or ""
    return noun.lower() in _CALENDAR_PARTS and bool(_OF_A_CALENDAR.match(m.string, m.end()))


_CALENDAR_PARTS = frozenset({"hari", "minggu", "pekan", "day", "week"})


# The nouns a run is made of. Words between the run word and one of them describe it ("interest
# rate hike", "big loss", "home win") and the run counts the noun; a word that is none of them
# counts only when no other word follows it ("a sixth straight session.").
_RUN_NOUNS = frozenset({
    *_STREAK_UNITS, "session", "sitting", "win", "victory", "loss", "defeat", "draw", "game", "match", "hike",
    "cut", "rise", "increase", "decline", "drop", "fall", "gain", "surplus", "deficit", "title", "term",
    "election", "race", "meeting", "month", "half", "period", "round", "tournament", "appearance", "start",
    "goal", "year", "record", "reduction", "contraction", "expansion", "outing", "trophy", "championship"})
_WORDS_AFTER = re.compile(r"\s+([a-z]{2,})")


def _streak(m):
    value = _ordinal_value(m)
    if not value:
        return None
    if m.group("noun") or m.group("noun2"):
        return _exact(value, _streak_unit(m.group("noun") or m.group("noun2")), m.span())
    thing = m.group("thing")
    last = thing.split()[-1].lower()
    if last in STOPWORDS:
        return None                        # "the third straight and final ...": no noun follows
    if _singular(last) in _RUN_NOUNS:
        return _exact(value, _streak_unit(thing), m.span())
    following, pos = [], m.end()
    for _ in range(2):                     # "interest rate hike", "big loss"
        word = _WORDS_AFTER.match(m.string, pos)
        if not word or word.group(1) in STOPWORDS:
            break
        following.append(word.group(1))
        pos = word.end()
    for word in following:
        if _singular(word) in _RUN_NOUNS:
            return _exact(value, _streak_unit(word), m.span())
    return None if following else _exact(value, _streak_unit(thing), m.span())


def _singular(noun: str) -> str:
    return noun[:-1] if noun.endswith("s") and noun[:-1] in _RUN_NOUNS else noun


def _streak_unit(noun: str) -> str:
    """The things a run counts, in the plural: a time noun as its unit, any other noun as written."""
    noun = noun.lower()
    singular = noun[:-1] if noun.endswith("s") and noun[:-1] in _STREAK_UNITS else noun
    return _STREAK_UNITS.get(singular) or _plural(noun)


def _plural(noun: str) -> str:
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "i", "o", "u"):
        return noun[:-1] + "ies"
    return noun + "s"


def _superlative_rank(m):
    k = m.group("k") or m.group("k2")
    ordinal = m.group("o") or m.group("o2")
    value = int(k) if k else ORDINALS.get(ordinal.lower())
    return _exact(value, "place", m.span()) if value and value > 1 else None


def _ranked(m):
    value = _ordinal_value(m)
    return _exact(value, "place", m.span()) if value else None


def _world_rank(m):
    n = m.group("n").lower()
    return _exact(int(n) if n.isdigit() else NUMBER_WORDS[n], "rank", m.span())


def _times(m):
    value = _ordinal_value(m)
    return _exact(value, "kali", m.span()) if value and not (m.group("o") and value == 1) else None


def _fold(m):
    if m.group("twice"):
        return _bounded(_exact(2, "times", m.span()), m.string)
    n = m.group("n").lower()
    value = int(n) if n.isdigit() else NUMBER_WORDS.get(n)
    return _bounded(_exact(value, "times", m.span()), m.string) if value else None


def _bounded(q: Quantity, text: str) -> Quantity:
    """"more than twice", "nearly threefold": a bound written before a multiple opens it."""
    qualifier = qualifier_before(text, q.start, max(0, q.start - 40))
    if qualifier in OPEN_ABOVE:
        return Quantity(q.value_min, None, q.unit, qualifier, q.start, q.end)
    if qualifier in OPEN_BELOW:
        return Quantity(None, q.value_max, q.unit, qualifier, q.start, q.end)
    return Quantity(q.value_min, q.value_max, q.unit, qualifier, q.start, q.end)


def _all_of(m):
    return _exact(ORDINALS[plain_lower(m.group("o"))], None, m.span())


_RANK_NOUN_BEFORE = re.compile(rf"(?<!\w)(?:{cased_alternation(RANK_NOUNS)})\s+$")


def _the_n(m):
    # "minggu ketiga bulan ini": after a rank noun the ordinal ranks it, it is no "the three".
    if _RANK_NOUN_BEFORE.search(m.string, max(0, m.start() - 16), m.start()):
        return None
    if m.group("noun") in STOPWORDS:
        return None          # "presiden ketiga yang ...": it ranks the noun before it
    return _exact(ORDINALS[plain_lower(m.group("o"))], m.group("noun"), m.span())


# What every dotted result holds, opening with a literal the engine skips to.
_DOTTED_GATE = re.compile(r"\.[0-5]\d\.[0-5]\d")


# (pattern, substrings one of which the lower-cased window must hold, builder, gate: a test
# of (text, start, end) that every window holding a match passes, or None); earlier wins.
_FINDERS = [
    (RACE_TIME, frozenset(":"), race_time, None),
    (DOTTED_RACE_TIME, DOTTED_CUE_WORDS, race_time, _DOTTED_GATE.search),
    (_STOPPAGE, frozenset("+"), _stoppage, None),
    (_MINUTE_ID, frozenset({"menit"}), _match_minute_id, None),
    (_MINUTE_ID_MORE, frozenset({"menit"}), _later_minute, None),
    (_MINUTE_EN, frozenset({"minute", "minutes"}), _minute, None),
    (_MINUTE_EN_LISTED, frozenset({"minutes"}), _minute, None),
    (_MINUTE_EN_BARE, frozenset({"st", "nd", "rd", "th"}), _minute, lambda text, start, end: not
     _GOAL_WORDS.isdisjoint(features(text, start, end))),
    (_STREAK_EN, frozenset({"straight", "consecutive", "successive", "running"}), _streak, None),
    (_RANK_AFTER, frozenset(RANK_NOUNS), _rank, may_hold_rank_after),
    (_RANK_BEFORE, frozenset({"place", "round", "leg", "stage", "phase", "term", "day", "week", "month", "time",
                              "set", "dose"}), _rank, None),
    (_ORDINAL_RANK, frozenset(ORDINAL_RANK_NOUNS), _rank, None),
    (_RANKED, frozenset({"ranked"}), _ranked, None),
    (_SUPERLATIVE_RANK, frozenset(SUPERLATIVES_ID + SUPERLATIVES_EN), _superlative_rank, None),
    (_WORLD_NUMBER, frozenset({"world"}), _world_rank, None),
    (_STREAK, frozenset({"beruntun", "berturut", "berturut-turut"}), _rank, None),
    (_TIMES_ID, frozenset({"kali", "kalinya"}), _times, _may_hold_times_id),
    (_ALL_OF, frozenset(w + "nya" for w in ["kedua"] + ORDINAL_COLLECTIVES), _all_of, None),
    (_FOLD, FOLD_WORDS | {"fold"}, _fold, None),
    (_MULTIPLE, MULTIPLE_WORDS, _multiple, None),
    (_NOUN_ORDINAL_ID, frozenset(["kedua"] + ORDINAL_COLLECTIVES), _noun_ordinal_id, None),
    (_NOUN_KE_N_ID, frozenset({"ke"}), _noun_ordinal_id, _KE_N_GATE.search),
    (_NTH_OF_A_KIND_EN, frozenset(_ORD_EN_FROM_TWO.split("|")) | {"nd", "rd", "th"}, _nth_of_a_kind, None),
    (_PLACED_EN, frozenset(_ORD_EN.split("|")) | {"placed"}, _placed, None),
    (_THE_N, frozenset(ORDINAL_COLLECTIVES), _the_n, None),
]


# Every finder's needles at once: most windows hold none, and one set test then skips them all.
_ANY_NEEDLE = frozenset().union(*(needles for _p, needles, _b, _g in _FINDERS))
# The finders each needle may open (bit i: ``_FINDERS[i]``): a window opens few of them, and one
# set intersection finds those instead of a test per finder.
_OPENED_BY = {needle: sum(1 << i for i, (_p, needles, _b, _g) in enumerate(_FINDERS) if needle in needles)
              for needle in _ANY_NEEDLE}


def find_special(text: str, start: int, end: int) -> list[Quantity]:
    """Minutes, ranks and collectives ("keempatnya") inside ``text[start:end]``."""
    present = features(text, start, end)
    found: list[Quantity] = []
    if _ANY_NEEDLE.isdisjoint(present):
        return found
    bits = 0
    for needle in _ANY_NEEDLE & present:
        bits |= _OPENED_BY[needle]
    for pattern, build, gate in _finders_of(bits):
        if gate is None or gate(text, start, end):
            found += [q for m in pattern.finditer(text, start, end) if (q := build(m))]
    return found


@lru_cache(maxsize=256)
def _finders_of(bits: int) -> tuple:
    """The finders of ``bits``, in their order."""
    return tuple((pattern, build, gate) for i, (pattern, _n, build, gate) in enumerate(_FINDERS) if bits >> i & 1)


def find_scores(text: str, start: int, end: int) -> list[Quantity]:
    """Scores "3-1" (no unit after them, unlike the range "9-10 km"): two ``goals`` values;
    "104-98" in a game: two ``points`` values."""
    found = []
    if "-" not in text[start:end] and "–" not in text[start:end]:
        return found
    for m in _SCORE.finditer(text, start, end):
        if measure_after(text, m.end(), end, words=False)[0] or _SCALE_OR_CURRENCY.search(
                text[max(start, m.start() - 4):m.start()] + "|" + text[m.end():m.end() + 10]):
            continue
        if _RANGE_OPENER_BEFORE.search(text[max(start, m.start() - 12):m.start()]):
            continue
        cue = _SPORT_CUE.search(text, max(0, m.start() - 60), min(len(text), m.end() + 25))
        if not cue and counted_noun_after(text, m.end(), end, "id"):
            continue                                     # "40-50 orang" is a range of people
        # Three digits: a basketball-like score in points, and only where the text is about a game.
        if max(len(m.group("a")), len(m.group("b"))) == 3 and not cue:
            continue
        unit = _score_unit(text, m, start, end)
        found.append(_exact(int(m.group("a")), unit, m.span("a")))
        found.append(_exact(int(m.group("b")), unit, m.span("b")))
    return found


# "voted 7-2", "menang 5-4 dalam pemungutan suara": a tally of votes, not of goals.
_VOTE_BEFORE = re.compile(r"\b(?:vot(?:e|es|ed|ing)|pemungutan\s+suara)\b[^.;]{0,25}$", _I)
# "21-17, 19-21" or "6-4 3-6": a score followed or preceded by another one lists sets or games.
_NEXT_SCORE = re.compile(r"(?:,|\s)\s*(?:dan\s+|and\s+)?\d{1,2}\s?[-–]\s?\d{1,2}(?!\d)")
_PREVIOUS_SCORE = re.compile(r"\d{1,2}\s?[-–]\s?\d{1,2}\s*,?\s*(?:dan\s+|and\s+)?$")


# "The Senate passed the bill 52-48", "the court upheld the ruling 6-3", "the bill passed 52-48
# in the House": a verb of deciding before the score, and a body that decides by vote around
# it, make it a tally of votes.
_DECIDED_BEFORE = re.compile(r"\b(?:passed|approved|rejected|confirmed|adopted|endorsed|ratified|upheld|overturned"
                             r"|struck\s+down|ruled|mengesahkan|menyetujui|menolak|disahkan|disetujui|ditolak)\b"
                             r"[^.;]{0,40}$", _I)
_DECIDING_BODY = re.compile(r"\b(?:senate|house|council|parliament|assembly|congress|committee|lawmakers"
                            r"|legislators|legislature|justices|court|jury|shareholders|board|members|anggota|DPR|DPRD|dewan"
                            r"|parlemen|MK|mahkamah)\b", _I)


def _tally_of_a_body(text: str, m: re.Match, start: int) -> bool:
    decided = _DECIDED_BEFORE.search(text, max(start, m.start() - 50), m.start())
    return bool(decided) and bool(_DECIDING_BODY.search(text, max(start, decided.start() - 60),
                                                        min(len(text), m.end() + 30)))


def _score_unit(text: str, m: re.Match, start: int, end: int) -> str:
    """Goals by default (spec rule 8); a vote tally is in votes, a score past 15 on either
    side is in points (rallies of a set, a basketball game), and a run of set scores up to 7
    games each ("7-6 2-6 6-3") is in games."""
    a, b = int(m.group("a")), int(m.group("b"))
    if _VOTE_BEFORE.search(text, max(start, m.start() - 40), m.start()):
        return "votes"
    if _tally_of_a_body(text, m, start) and not _SPORT_CUE.search(text, max(start, m.start() - 40),
                                                                  min(len(text), m.end() + 25)):
        return "votes"                     # a match won "2-1 atas" a club stays in goals
    if max(a, b) >= 15:
        return "points"
    in_series = _NEXT_SCORE.match(text, m.end(), end) or _PREVIOUS_SCORE.search(
        text, max(start, m.start() - 12), m.start())
    return "games" if in_series and max(a, b) <= 7 and max(a, b) >= 6 else "goals"


def _exact(value: float, unit: str | None, span: tuple[int, int]) -> Quantity:
    return Quantity(float(value), float(value), unit, None, span[0], span[1])
