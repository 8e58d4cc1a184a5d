"""How one claim's date follows from another claim's (labelling rule 9, as-of dates).

A survey's fieldwork period dates its shares; "pada periode yang sama" points at the period
named before; "Angka itu ..." / "It was ..." points at the figure just stated; an embedded
ranking holds over its sentence's period. Each works on the claims already dated, in order.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import replace
from itertools import islice

from claims import date_chain as chain
from claims import lexicon_dates as lxd
from claims import lexicon_numbers as lnum
from claims.date_patterns import scan_dates
from claims.dates import find_dates
from claims.model import Claim
from claims.text_features import CaseBlindSearch, may_hold_any

_LOOK_BACK = 60     # claims: a figure or period named further back is no longer the one meant


def units(claim: Claim) -> frozenset:
    """The units of the quantities a claim asserts, lower-cased."""
    return frozenset((q.unit or "").lower() for q in claim.quantities)


# A survey or poll taken over a stated period ("Survei dilakukan pada 1-7 Maret", "the poll,
# conducted between January and March"): its period dates every share the story gives.
# (?=…): case-blind patterns get no first-character skip from the engine; the lookahead gives it.
_SURVEY = re.compile(r"(?=[cjprs])\b(?:survei|survey|surveys|polling|poll|jajak\s+pendapat|sigi|sensus|census|pendataan"
                     r"|responden|respondents)\b", re.I)
# A count over a stated period ("mencatat 126 kasus selama periode ...", "recorded 40 cases
# throughout March"): its period dates the counts of the same things.
_COUNT_OVER = re.compile(r"(?=[dmprst])\b(?:periode|period|mencatat|tercatat|recorded|sepanjang|selama|throughout|during)\b", re.I)
SURVEY = "survey"   # stands in the units of a survey's period: any share may take it
# Every _SURVEY match holds one of the first words, every _COUNT_OVER match one of the others.
_SURVEY_WORDS = ("surve", "poll", "jajak", "sigi", "sensus", "census", "pendataan", "responden")
_COUNT_OVER_WORDS = ("period", "mencatat", "tercatat", "recorded", "sepanjang", "selama", "throughout", "during")


def observation_periods(claims: tuple[Claim, ...], reference: dt.date | None = None
                        ) -> list[tuple[int, tuple[str, str], frozenset]]:
    """(start, period, units it counted) of the claims that state the period a survey or a
    count was taken over; a survey's units hold ``SURVEY``. A period named only in a
    comparison base ("naik dibandingkan periode 1-7 Mei yang mencatat 40 kasus") is none."""
    found = []
    for i, claim in enumerate(claims):
        if len(claim.dates) < 2:
            continue    # (most claims: one date or none, and a period has two ends)
        period = primary(claim.dates, claim.text)
        if len(period) != 2:
            continue
        # (each pattern only where one of its words is: they open with "\b", which the regex engine
        # cannot skip ahead to, so a search tries every position of the claim)
        if may_hold_any(claim.text, _SURVEY_WORDS) and _SURVEY.search(claim.text):
            # (also in a relative clause: "Survei X, yang dilakukan ...")
            found.append((claim.start, period, units(claim) | {SURVEY}))
        elif may_hold_any(claim.text, _COUNT_OVER_WORDS) and _COUNT_OVER.search(claim.text) \
                and container(claim, list(claims[max(0, i - 3):i])) is None \
                and not dates_of_a_base_only(claim.text, claim, reference):
            found.append((claim.start, period, units(claim)))   # an embedded count is a comparison base
    return found


def nearest(start: int, items: list[tuple[int, tuple[str, ...]]]) -> tuple[str, ...]:
    before = [v for s, v in items if s <= start]
    return before[-1] if before else items[0][1]


def primary(dates: tuple[str, ...], text: str = "", joined: bool = False) -> tuple[str, ...]:
    """The first date a claim names: a period's two ends, else its first value. Ends of
    unequal precision ("sejak Maret hingga Kamis (9/10/2022)") are a period only when the
    claim's ``text`` joins them with a word of range, or when they are ``joined`` already
    (a period a pointing claim took from its referent comes first in its dates)."""
    if len(dates) >= 2 and dates[0] < dates[1] and not dates[1].startswith(dates[0]) and (
            len(dates[0]) == len(dates[1]) or joined or (text and _RANGE.search(text) is not None)):
        return dates[:2]
    return dates[:1]


# The range word must lead to a date ("hingga Senin (14/4)", "to March 31", "sampai akhir Mei"):
# "rose 14% in May to $39.6 billion" or "naik hingga 5 persen" joins no dates.
_RANGE = re.compile(r"\b(?:hingga|sampai|until|through|to)\s+(?:(?:hari|tanggal|the|end|akhir|awal|pertengahan|mid"
                    r"|of)\s+)*(?:\d{1,2}(?:/|\s+(?:" + lxd.alternation(lxd.MONTHS) + r")\b)|(?:19|20)\d\d\b|(?:"
                    + lxd.alternation(lxd.MONTHS) + "|" + lxd.alternation(lxd.WEEKDAYS) + r")\b)", re.I)


# A claim whose subject points back at the figure just stated is about that figure's time:
# "Angka itu naik dari ...", "Jumlah tersebut ...", "It was the highest ...".
# "It was too early to say what caused the fire", "It is not clear whether …": the "it" of a
# clause told later in the sentence points at no figure before.
# ("It was believed to be the deadliest fire since 2019" ranks a happening just told: no dummy)
_DUMMY_IT = (r"(?:(?:still|now|also|as\s+yet)\s+)?(?:too|not\s+(?:yet\s+)?(?:clear|known|immediately)|unclear|unknown"
             r"|possible|impossible|important|necessary|difficult|hard|easy|time)")
_REFERENT = re.compile(r"(?:(?:angka|jumlah|capaian|catatan|hasil|kenaikan|penurunan|realisasi|nilai|posisi)"
                       # (the counted noun may come between: "Jumlah kasus itu", "Nilai ekspor tersebut")
                       r"(?:\s+[a-z]+)?\s+(?:itu|ini|tersebut)|(?:it|this|that)\s+(?:was|is)(?!\s+" + _DUMMY_IT + r"\b)"
                       r"|(?:the|this|that)\s+"
                       r"(?:figure|number|result|increase|rise|drop|decline|total)(?!\s+of\b))\b", re.I)


# A pointing claim that ranks a level read, not a happening or a move: by its pointer ("Angka
# itu …", "The figure …") or by the measure it ranks ("the weakest level", "the lowest close"),
# named before "since"/"sejak" (not a cause told after it: "… sejak Januari akibat harga minyak").
_A_FIGURE_RANKED = re.compile(r"^(?:angka|jumlah|capaian|catatan|hasil|realisasi|nilai|posisi)\b"
                              r"|^(?:the|this|that)\s+(?:figure|number|result|total)\b"
                              r"|\b(?:level|reading|close|closing|price|rate|volume|value|one-day|single-day|daily"
                              r"|weekly|monthly|harga|kurs|nilai\s+tukar)\b", re.I)


# A rate of the period just reported, ranked: "Deflasi itu menjadi yang kelima sejak Mei 2024",
# "Pertumbuhan tersebut terendah sejak 2021" (what is said of its causes is told on the day said).
_RATE_REFERENT = re.compile(r"(?:pertumbuhan|kontraksi|inflasi|deflasi|perlambatan)(?:\s+[a-z]+)?\s+(?:itu|ini|tersebut)\b",
                            re.I)


# "Tiga pasien di antaranya meninggal", "four of them died": a part of the figure just stated.
_PART_OF_REFERENT = re.compile(r"\b(?:di\s+antaranya|diantaranya|of\s+them|of\s+whom)\b", re.I)


# Every _PART_OF_REFERENT match holds one of these.
PART_OF_REFERENT_WORDS = ("antara", "them", "whom")


# "Dari semua laporan itu, 17 warga dirawat", "Of those cases, nine were fatal": an
# opener that takes a part out of the whole just stated.
_OUT_OF_REFERENT = re.compile(r"(?:dari\s+(?:(?:seluruh|semua|total|jumlah)\s+)?(?:[a-z]+\s+){0,2}?(?:itu|tersebut)"
                              r"|of\s+(?:all\s+)?(?:those|these|them)(?:\s+[a-z]+){0,2})\s*,", re.I)


def _points_at_a_part(text: str) -> bool:
    return (may_hold_any(text, PART_OF_REFERENT_WORDS) and _PART_OF_REFERENT.search(text) is not None) \
        or (text[:2].lower() in ("da", "of") and _OUT_OF_REFERENT.match(text) is not None)


def _points_back(text: str) -> bool:
    return _REFERENT.match(text) is not None or _points_at_a_part(text)


# Undated, any "<noun> itu/tersebut" subject points back ("Harga itu naik ...").
_THAT_NOUN = re.compile(r"[A-Za-z]+\s+(?:itu|tersebut)\b")


def _that_noun(text: str) -> bool:
    # (a look for the word first: most claims, English ones all, hold neither)
    return ("itu" in text or "tersebut" in text) and _THAT_NOUN.match(text) is not None


def with_referent_dates(claim: Claim, earlier: list[Claim]) -> Claim:
    """The claim with its referent's first date added, when it points back at the figure just
    stated ("Angka itu ...", or, undated, "Tiga di antaranya ...", "Harga itu ...")."""
    undated = not claim.dates
    # (any "<noun> itu" points at a figure only when it states one: "Pasar itu dikelola oleh
    # Perumda" tells a standing relation, no time)
    pointing = _REFERENT.match(claim.text) or (_RATE_REFERENT.match(claim.text) and is_a_since_base(claim)) \
        or (undated and (_points_at_a_part(claim.text) or (claim.quantities and _that_noun(claim.text))))
    if "prediction" in claim.types or not pointing:
        return claim
    referent = _last_sentence_claim_before(claim, earlier)
    if referent is None or not referent.dates:
        return claim
    period, own = primary(referent.dates, referent.text, _points_back(referent.text)), claim.dates
    if own and all(len(p) == 10 for p in period) and is_a_since_base(claim) \
            and not _A_FIGURE_RANKED.search(claim.text, 0, _SINCE.search(claim.text).start()):
        # "It was the deadliest crash since 1997", "Kenaikan ini merupakan yang pertama sejak
        # Januari": a happening ranked over the stretch from a start is dated by that start, not
        # by its own day; a figure ranked is of the day or period it was read ("Angka itu
        # tertinggi sejak 2019", "It was the weakest level since 1998")
        return claim
    if len(period) == 1 and (counted_to := _day_a_running_count_reached(referent)):
        # "Sejak Maret tercatat 318 laporan masuk ... 27 di antaranya sudah ditindaklanjuti": a part
        # of a count running since a month is of the day the count was read, not of its start
        period = counted_to
    if may_hold_any(claim.text, chain.SAME_PERIOD_WORDS) and (then := chain.same_period_then(claim.text, period)):
        # "Jumlahnya turun ... dibandingkan periode yang sama tahun lalu": the referent's period a
        # year back, not the bare year the phrase gives on its own
        moved, year = then
        own = tuple(d for d in own if d != year) + moved
    if len(period) == 1 and not own and _has_a_figure(claim):
        # "Tingkatnya turun dari 5,12 persen pada bulan sebelumnya": a base with its own figure is
        # a month of its own ("melebihi catatan tiga bulan lalu" names none)
        own = earlier_than_its_day(claim, period)
    # ("The cut, which applies from Feb. 1" after "bills will go up next year": the year
    # only repeats, less precisely, the day the claim names itself)
    period = tuple(p for p in period if not any(len(o) > len(p) and o.startswith(p) for o in own))
    return replace(claim, dates=tuple(dict.fromkeys(period + own)))


# "Dalam pemilu tersebut, NLD meraih 396 kursi", "In that election, the party won 396 seats": a
# sentence set in a happening named before is of that happening's time (a stretch of time named so,
# "Pada hari itu", is read as a date elsewhere).
# ("ini"/"this" point at the happening at hand, not one named before)
_SCENE_NAMED_BEFORE = re.compile(r"(?:dalam|pada|di|selama|saat)\s+(?P<id>[a-z]{3,})(?:\s+(?:[a-z]+|\d{4})){0,2}\s+"
                                 r"(?:tersebut|itu)\s*,"
                                 r"|(?:in|at|during)\s+(?:that|the\s+same)\s+(?:(?:[a-z]+|\d{4})\s+)?(?P<en>[a-z]{3,})\s*,", re.I)
_SCENE_LOOK_BACK = 8


def scene_named_before(claim: Claim, earlier: list[Claim]) -> tuple[str, ...]:
    """The dates of the happening an opening "Dalam <noun> tersebut," / "In that <noun>," sets the
    claim in: those of the last claim before it that names the noun and says when."""
    m = _SCENE_NAMED_BEFORE.match(claim.text) if "prediction" not in claim.types else None
    noun = (m.group("id") or m.group("en")).lower() if m else ""
    if not noun or noun in _NOT_A_SCENE:
        return ()
    named = re.compile(rf"\b{noun}\b", re.I)
    for previous in earlier[::-1][:_SCENE_LOOK_BACK]:
        if previous.end <= claim.start and "date" in previous.types and named.search(previous.text):
            return primary(previous.dates, previous.text)
    return ()


# The base of a change given as a figure: "naik dari 2,63 persen", "up from 4.8 percent", "than
# the 8.93 percent" ("naik 8 persen dari bulan sebelumnya" gives the change, not the base's figure).
_BASE_FIGURE = re.compile(r"\b(?:dari|from|than)\s+(?:the\s+|sekitar\s+|about\s+|Rp\s*|US\$\s*|\$)?\d", re.I)


def _has_a_figure(claim: Claim) -> bool:
    return _BASE_FIGURE.search(claim.text) is not None


_SAME_KIND_LOOK_BACK = 4     # sentence claims: "Harga itu" skips a quote or two to reach its price
_NAMED_KIND_LOOK_BACK = 8    # ... and "kasus tersebut" a paragraph of them to reach its cases


def _last_sentence_claim_before(claim: Claim, earlier: list[Claim]) -> Claim | None:
    """The nearest claim before ``claim`` that is not embedded in another (its figure is the
    sentence's, not an appositive's or a comparison base's); a pointing claim with a figure
    ("Harga itu naik dari Rp 60.000") points at the nearest such claim of the same unit, when
    one of the last few is ("Harga cabai Rp 90.000 ... . 'Pasokan berkurang,' ujar X.")."""
    candidates = _sentence_claims_before(claim, earlier)
    nearest = next(candidates, None)
    wanted = units(claim) - {""}
    # (the counted noun the pointer names is looked for further back: "Dari total kasus
    # tersebut, 612 di antaranya …" after a quote or two on other figures)
    named = frozenset(_LOWER_WORD.findall(claim.text.lower()))
    if nearest is None or units(nearest) & (wanted | named):
        return nearest
    for k, c in enumerate(islice(candidates, _NAMED_KIND_LOOK_BACK - 1), 1):
        if units(c) & named or k < _SAME_KIND_LOOK_BACK and units(c) & wanted:
            return c
    return nearest


def _sentence_claims_before(claim: Claim, earlier: list[Claim]):
    """The claims before ``claim`` that are not embedded in another, nearest first; a
    superlative tail cut off on its own ("…, tertinggi sejak Oktober 2024") is passed over,
    as its date starts the stretch it tops and is no figure's time."""
    for i in range(len(earlier) - 1, max(-1, len(earlier) - 1 - _LOOK_BACK), -1):
        if earlier[i].end <= claim.start and container(earlier[i], earlier[max(0, i - 3):i]) is None \
                and not is_a_since_base(earlier[i]):
            yield earlier[i]


_SAME_PERIOD = re.compile(r"\b(?:(?:periode|kurun\s+waktu|waktu|bulan|pekan|tahun|kuartal|triwulan)\s+yang\s+sama"
                          r"|(?:periode|bulan|kuartal|triwulan|semester)\s+(?:itu|tersebut)"
                          r"|the\s+same\s+(?:period|time|month|week|quarter|year)"
                          r"|(?:for|in|during|over)\s+the\s+(?:month|quarter|period)|that\s+(?:period|month|quarter))\b", re.I)


# Every _SAME_PERIOD match holds one of these: most claims skip the case-blind search.
SAME_PERIOD_WORDS = ("sama", "same", "period", "bulan", "kuartal", "triwulan", "semester", "month", "quarter")


# "Revenue from a scheme started in July came to 85 million in the half": the period
# named before, even in a claim that names another time of its own.
_THAT_PERIOD = re.compile(r"\b(?:(?:in|during|for|over)\s+the\s+(?:quarter|half|month)"
                          r"|(?:pada|selama|dalam)\s+(?:kuartal|triwulan|semester)\s+(?:itu|tersebut))\b(?!\s+(?:of|to|ended|ending))",
                          re.I)


def period_meant_besides(claim: Claim, earlier: list[Claim], reference: dt.date | None) -> tuple[str, ...]:
    """The period "in the quarter" points at, for a claim that has dates of its own: the
    nearest months named before that have begun by the reference date (a plan's year or an
    expected "fourth quarter" is no period a result was counted over)."""
    if reference is None or not may_hold_any(claim.text, ("quarter", "half", "month", "kuartal", "triwulan",
                                                          "semester")) or not _THAT_PERIOD.search(claim.text):
        return ()
    now = reference.isoformat()[:7]
    counted = [c for c in earlier if "prediction" not in c.types and c.dates
               and primary(c.dates, c.text)[-1][:7] <= now]
    named = _nearest_period_before(claim, counted)
    return named if named and len(named[0]) == 7 and named[-1][:7] <= now else ()


def same_period_before(claim: Claim, earlier: list[Claim]) -> tuple[str, ...] | None:
    """"pada periode yang sama", "in the same period": the nearest period named before, a
    span of days or a month, quarter or year (a single day is no period)."""
    if not may_hold_any(claim.text, SAME_PERIOD_WORDS) or not (said := _SAME_PERIOD.search(claim.text)):
        return None
    return _nearest_period_before(claim, earlier, _months_in(said.group(0)))


# "in the quarter", "pada bulan itu": the period meant is one of that length, not a year or
# a half-year named in between (0: any period)
_MONTHS_NAMED = (("quarter", 3), ("kuartal", 3), ("triwulan", 3), ("month", 1), ("bulan", 1))


def _months_in(phrase: str) -> int:
    phrase = phrase.lower()
    return next((n for word, n in _MONTHS_NAMED if word in phrase), 0)


def _months_long(named: tuple[str, ...]) -> int:
    if not named or any(len(v) != 7 for v in named):
        return 0        # (an undated claim before "in the same quarter" names no period)
    first, last = (int(v[:4]) * 12 + int(v[5:7]) for v in (named[0], named[-1]))
    return last - first + 1


def _nearest_period_before(claim: Claim, earlier: list[Claim], months: int = 0) -> tuple[str, ...] | None:
    for i in range(len(earlier) - 1, max(-1, len(earlier) - 1 - _LOOK_BACK), -1):
        previous = earlier[i]
        if previous.end > claim.start or container(previous, earlier[max(0, i - 3):i]) is not None:
            continue    # an embedded fact's period is not the one the story is about
        named = primary(previous.dates, previous.text)
        if months and _months_long(named) != months:
            continue
        if len(named) == 2 or (named and len(named[0]) < 10):
            return named
    return None


def container(claim: Claim, earlier: list[Claim]) -> Claim | None:
    """The claim this one is embedded in (rule 4): one just before it that holds its start,
    whether it holds the whole of it or stops where the embedded part begins."""
    for outer in reversed(earlier[-3:]):
        if outer.start <= claim.start < outer.end and (outer.start < claim.start or outer.end > claim.end):
            return outer
    return None


def is_time_bound(claim: Claim) -> bool:
    # An embedded ranking holds when its sentence does ("Desa Sumber, yang mencatat kasus
    # terbanyak, ..." over the sentence's period); a role or a place does not.
    return "comparison" in claim.types and "prediction" not in claim.types


def ranking_period(claim: Claim, periods: list) -> tuple[str, ...]:
    """"Kecamatan X menjadi wilayah dengan kasus terbanyak": a ranking by the things a count
    over a stated period counted holds over that period."""
    if not periods:
        return ()
    words = set(_WORDS.findall(claim.text.lower()))
    fitting = [(start, period) for start, period, counted in periods if words & counted]
    return nearest(claim.start, fitting) if fitting else ()


_WORDS = re.compile(r"\w+")


# Where a comparison names its base: "turun Rp 700 dibandingkan akhir Mei", "down from 58
# percent in October". A date after it is the base's, not the figure's.
# (The lookahead names the first letters of the words: the engine skips to them. Searched in
# the lower-cased claim, case-sensitive, where it can: written in lower case for that.)
_BASE = CaseBlindSearch(re.compile(r"(?=[acdfhikmnrtuv])\b(?:dibandingkan|dibanding|ketimbang|daripada|(?:naik|turun|meningkat|menurun|melonjak|anjlok)"
                       r"\s+dari|(?:up|down|rose|fell|climbed|dropped|increased|decreased)\s+(?:[\d.,]+\s*(?:percent|per\s+cent|%|percentage\s+points?)\s+from"
                       # ("rose from 52 percent in March"; "rose from the sea in 1927" compares nothing)
                       r"|from(?=\s+(?:[^\s.;]+\s+){0,4}?(?:minus\s+|[-−]|us\$\s*|rm\s*|rp\s*|s\$\s*|\$|£|€)?(?!(?:19|20)\d\d\b)\d"
                       r"|\s+(?:(?:19|20)\d\d|last|a\s+year|the\s+(?:previous|prior|preceding|same|year|month|quarter)|january|february|march|april|may|june|july|august|september|october|november|december)\b))"
                       r"|compared\s+(?:with|to)"
                       r"|versus"
                       # "slowed to 1.84 percent, from 2.12 percent in August": a figure set off by a comma
                       r"|(?<=,\s)(?:from|dari)(?=\s+(?:sekitar\s+|about\s+|rp\s*|us\$\s*|\$)?(?!(?:19|20)\d\d\b)\d)"
                       # a multiple of a base: "four times the figure in August 2020", "dua kali lipat
                       # jumlah pada Mei 2023", "double the level of 2019", "half the total a year earlier"
                       r"|(?:times|twice|double|triple|half|kali(?:\s+lipat)?)\s+(?:the|that\s+of|jumlah|angka|dari)"
                       r")\b", re.I))


# Every _BASE match holds one of these ("daripada" and "naik dari" hold "dari").
BASE_WORDS = ("banding", "ketimbang", "dari", "from", "compared", "versus", "times", "twice", "double",
              "triple", "half", "kali")


def dates_of_a_base_only(text: str, claim: Claim, reference: dt.date | None) -> bool:
    """True when every date the claim names lies in its comparison base, so the figure itself
    still needs its as-of date ("Approval slipped to 39 percent, down from 52 percent in March")."""
    base = _BASE.search(claim.text) if claim.dates and may_hold_any(claim.text, BASE_WORDS) else None
    if base is None:
        return False
    return _all_named_after(claim, base.start(), reference)


# "Inflasi Juni 3,05 persen ... (a later paragraph) Dibanding bulan sebelumnya, inflasi
# sebesar 0,27 persen": a rate of the measure a month's rate was just given for is that month's.
_LOWER_WORD = re.compile(r"(?<![A-Za-z])[a-z]{5,}")
_NOT_A_MEASURE = frozenset("""persen percent secara sebesar tercatat mencatat sebanyak mencapai menjadi dengan
dibandingkan terhadap sementara while which their there about after before since sejak tahun bulan pekan
month months years naik turun rose fell
million billion trillion thousand miliar triliun""".split())


def month_of_the_same_measure(claim: Claim, earlier: list[Claim], shared_word: bool = False,
                              givers: list[int] | None = None) -> tuple[str, ...]:
    """The month (or period) of the nearest earlier rate that shares a measure word with this one
    (or, unless ``shared_word`` is asked for, a recent rate of a month when this one tells a change).
    ``givers``: the indices of the ``earlier`` claims that ``may_give_a_month``, in order (the
    others are not looked at); None: every earlier claim is."""
    words = None                # read only once an earlier rate qualifies (most calls find none)
    last = len(earlier) - 1
    for i in _last_twenty(last, givers):
        previous = earlier[i]
        # (the givers passed may_give_a_month when they were kept)
        if previous.end > claim.start or givers is None and not may_give_a_month(previous):
            continue
        named = primary(previous.dates, previous.text)
        if len(named) == 1 and len(named[0]) >= 10:
            continue    # a single day, no month or period (tested before the container: cheaper)
        if container(previous, earlier[max(0, i - 3):i]) is not None:
            continue    # an embedded base ("since October 2015, which saw 6.25 percent") dates itself only
        if len(named) == 1 and is_a_since_base(previous) and _starts_a_stretch(previous.text):
            continue    # "the highest since January": the start of a record, no period reported on
        if words is None:
            words = _measure_words(claim.text)
        if words & _measure_words(previous.text) or (not shared_word and i >= last - 5 and _of_months(named)
                                                     and _CHANGE.search(claim.text) is not None
                                                     and _names_a_time(previous.text)):
            return _month_of_a_to_date_period(named, previous.text, claim.text)
    return ()


def may_give_a_month(claim: Claim) -> bool:
    """Whether ``claim`` may give a later figure its month (``month_of_the_same_measure``): a
    results figure dated by more than a single day (most claims are told on one day, and the
    story keeps the indices of the few others so that the search walks only those)."""
    dates = claim.dates
    return bool(dates) and not (len(dates) == 1 and len(dates[0]) >= 10) and _is_a_results_figure(claim)


def _last_twenty(last: int, givers: list[int] | None):
    """The indices ``month_of_the_same_measure`` looks at, nearest first: the last twenty up to
    ``last``, or those of them among ``givers``."""
    first = max(0, last - 19)
    if givers is None:
        return range(last, first - 1, -1)
    return reversed(givers[bisect.bisect_left(givers, first):])


# "pertumbuhan tahun kalender sampai Juni 2025", "year-to-date sales": a figure summed from January to the
# release month; another figure of the release is of that month, unless it is summed so too.
_TO_DATE = re.compile(r"\b(?:tahun\s+kalender|calendar\s+year|year[\s-]+to[\s-]+date|ytd)\b", re.I)


def _month_of_a_to_date_period(named: tuple[str, ...], told: str, text: str) -> tuple[str, ...]:
    if len(named) != 2 or not named[0].endswith("-01") or len(named[0]) != 7 \
            or not _TO_DATE.search(told) or _TO_DATE.search(text):
        return named
    return named[1:]


def _day_a_running_count_reached(referent: Claim) -> tuple[str, ...]:
    days = [d for d in referent.dates[1:] if len(d) == 10]
    return tuple(days[-1:]) if days and may_hold_any(referent.text, SINCE_WORDS) \
        and _starts_a_stretch(referent.text) else ()


def _starts_a_stretch(text: str) -> bool:
    # the claim's first date is the start of a stretch ("Prices have risen every week since March")
    found = scan_dates(text)
    return bool(found) and _SINCE.search(text, max(0, found[0].start - 12), found[0].start + 6) is not None


def _is_a_results_figure(claim: Claim) -> bool:
    # a rate, an amount of money a period's results give ("a net loss of 120 million ringgit for
    # the January-March quarter") or a count a release gives for its month ("jumlah penduduk
    # miskin pada Maret 2025 sebanyak 23,85 juta orang"); not an estimate or a plan, nor a span
    # of years alone ("a career spanning nearly 30 years"; "a fifth straight month" of a release
    # counts its months)
    return bool(claim.quantities) and "prediction" not in claim.types \
        and not all(q.unit == "years" and _SPAN_BEFORE.search(
            claim.text, 0, max(0, q.start - claim.start)) for q in claim.quantities)


# "a career spanning nearly 20 years", "for 12 years", "selama 30 tahun": a span, not a level ("life
# expectancy reached 72.1 years", "usia rata-rata 47 tahun")
_SPAN_BEFORE = re.compile(r"\b(?:spanning|span|for|over|after|in|within|lasting|selama|sejak|dalam)\s+"
                          r"(?:(?:nearly|almost|about|some|around|more\s+than|over|the\s+past|the\s+last|hampir|sekitar|lebih\s+dari)\s+)*$", re.I)


# A change over a period ("Net sales increased 6%", "recorded a 2.47 percent gain", "ekspor turun 3
# persen"), unlike a level read on a day ("elektabilitas tercatat 41 persen").
_CHANGE = re.compile(r"\b(?:rose|rise|rising|fell|fall|falling|increased?|decreased?|climbed|dropped|drop|declined?"
                     r"|grew|growth|jumped|slipped|gained|slowed|eased|naik|turun|meningkat|menurun|melonjak|anjlok"
                     r"|merosot|tumbuh|kenaikan|penurunan|pertumbuhan|melambat)\b", re.I)


_PERIOD_WORDS = re.compile(r"\b(?:quarter|kuartal|triwulan|semester|half)", re.I)


def _names_a_time(text: str) -> bool:
    return bool(scan_dates(text)) or _PERIOD_WORDS.search(text) is not None


def _of_months(named: tuple[str, ...]) -> bool:
    # a month, quarter or half-year of results ("third-quarter profit", "inflasi Mei"), not a day;
    # (the caller also asks that the rate names it itself, not took it as an as-of date)
    return all(len(v) == 7 for v in named)


# (not cached: few earlier claims get this far, and an article's claims seldom repeat a text)
def _measure_words(text: str) -> frozenset[str]:
    # (a capitalised word inside the claim is a name, "Lembah Steel", "Bank Sentral": two claims
    # about one company or place need not be of one measure; the claim's first word may be one)
    return frozenset(_LOWER_WORD.findall(text[:1].lower() + text[1:])) - _NOT_A_MEASURE


# "Some 23 climbers have been rescued since May 3", "telah mencatat 310 kasus sejak Januari": a running
# total counted from a start date; the total itself is as of the report.
_SINCE = re.compile(r"\b(?:since|sejak)\b", re.I)
_SO_FAR = re.compile(r"(?=[hst])\b(?:has|have|telah|sudah|so\s+far|to\s+date|hingga\s+kini|sampai\s+saat\s+ini)\b", re.I)
# what accumulates ("have died", "telah mencapai"), unlike an action begun then ("sudah kerahkan")
_TOTAL = re.compile(r"\b(?:died|killed|recorded|reported|reached|risen|rose|climbed|grown|infected|confirmed"
                    # a level that has moved so far: "sudah naik 18% sejak awal tahun" (as "has risen")
                    r"|naik|meningkat|melonjak|turun|menurun|anjlok|fallen|dropped|declined"
                    r"|mencapai|mencatat|tercatat|meninggal|tewas|bertambah|terinfeksi|terkonfirmasi|dilaporkan"
                    # what is handed out, moved or served piles up too: "have delivered meals to
                    # 4,000 families", "telah membagikan 900 paket sembako"
                    r"|delivered|distributed|handed\s+out|handled|carried|served|treated|vaccinated|evacuated"
                    r"|rescued|sold|collected|raised|received|disbursed|paid|donated|shipped|exported|imported"
                    r"|menyalurkan|disalurkan|membagikan|dibagikan|mengirimkan|dikirimkan|mengangkut|diangkut"
                    r"|melayani|dilayani|merawat|dirawat|menangani|ditangani|memvaksin|divaksin|mengevakuasi"
                    r"|dievakuasi|menyelamatkan|diselamatkan|menjual|terjual|mengumpulkan|terkumpul|menerima"
                    r"|diterima|mencairkan|dicairkan|membayar|dibayarkan|mengekspor|diekspor|mengimpor|diimpor"
                    # ... and the bare forms speech uses after a pronoun ("yang kami layani", "kami bagikan")
                    r"|salurkan|bagikan|kirimkan|angkut|layani|rawat|tangani|vaksin|evakuasi|selamatkan|jual"
                    r"|kumpulkan|terima|cairkan|bayarkan|ekspor|impor|catat"
                    # so do the people an inquiry has seen: "sudah meminta keterangan lima orang sejak Rabu",
                    # "have arrested 40 people since March"
                    r"|memeriksa|diperiksa|menangkap|ditangkap|mengamankan|diamankan|menahan|ditahan"
                    r"|examined|questioned|interviewed|arrested|detained|charged|tested|screened"
                    # so do arrivals: "telah mendarat sejak November", "have arrived since May"
                    r"|mendarat|tiba|berdatangan|mengungsi|landed|arrived|fled|displaced)\b", re.I)


# English says a running total in the present perfect, or in the past perfect of reported
# speech: "The floods have displaced 3,000 people since Sunday", "Police said 40 people had been
# arrested since March" (Indonesian "telah" also opens actions begun then, "telah mengerahkan
# ... sejak Senin", so it needs a verb of totals).
_EN_PERFECT = re.compile(r"\b(?:has|have)\s+(?:been\s+)?(?:[a-z]+ed|[a-z]+en|[a-z]+wn|found|paid|sold|built|lost|spent)\b")
_EN_PAST_PERFECT = re.compile(r"\bhad\s+(?:been\s+)?(?:[a-z]+ed|[a-z]+en|[a-z]+wn|found|paid|sold|built|lost|spent)\b")


# "Harga gabah belum naik sejak April 2024", "rents have been unchanged since 2022": a level that
# has held since a start still holds on the day of the report.
_UNCHANGED = re.compile(r"\b(?:(?:tidak|belum)\s+(?:pernah\s+)?(?:berubah|naik|turun)|unchanged)\b", re.I)


SINCE_WORDS = ("since", "sejak")     # every _SINCE match holds one


def dates_of_a_start_only(text: str, claim: Claim, reference: dt.date | None) -> bool:
    """True when a running total's only dates are the start it is counted from."""
    if not claim.dates or not may_hold_any(claim.text, SINCE_WORDS):
        return False    # most claims: no "since", so no running total counted from a start
    since = _SINCE.search(claim.text) if _counts_up(claim) else None
    if since is None:
        return False
    return _all_named_after(claim, since.start(), reference)


def _counts_up(claim: Claim) -> bool:
    """A running total, or a level that has held, in the claim's words: "have died", "telah
    mencapai", "had been arrested", "belum berubah"."""
    # Each pattern is searched only in text that holds one of its words (these patterns open
    # with "\b", so the regex engine would try each of them at every position of the claim).
    text = claim.text
    return (may_hold_any(text, _SO_FAR_WORDS) and _SO_FAR.search(text) is not None and _TOTAL.search(text) is not None) \
        or (("has" in text or "have" in text) and _EN_PERFECT.search(text) is not None) \
        or (may_hold_any(text, _UNCHANGED_WORDS) and _UNCHANGED.search(text) is not None) \
        or (bool(claim.source) and "had" in text and _EN_PAST_PERFECT.search(text) is not None)


# Every _SO_FAR match holds one of these, as does every _UNCHANGED match one of the others
# (_EN_PERFECT and _EN_PAST_PERFECT are case-sensitive: their own words are looked for as written).
_SO_FAR_WORDS = ("has", "have", "telah", "sudah", "far", "date", "kini", "saat")
_UNCHANGED_WORDS = ("tidak", "belum", "unchanged")


def _all_named_after(claim: Claim, offset: int, reference: dt.date | None) -> bool:
    """True when the claim's dates are exactly those its own words name after ``offset``.

    Only the claim's own words are scanned (never the article again)."""
    mentions = find_dates(claim.text, 0, len(claim.text), "id", reference)
    named = {v for m in mentions for v in m.values}
    return bool(mentions) and named == set(claim.dates) and all(m.start >= offset for m in mentions) \
        and not _TO_THE_NEW_LEVEL.search(claim.text, offset, mentions[-1].start)


# "naik dari Rp 40.000 pada awal Mei menjadi Rp 52.000 di akhir bulan", "from 12 in May to 30 in
# June": a date after the new level is the figure's own, not its base's.
_TO_THE_NEW_LEVEL = re.compile(r"\b(?:menjadi|to)\s+(?:sekitar\s+|about\s+)?(?:rp|us\$|\$)?\s*\d", re.I)


EARLIER_WORDS = ("earlier", "sebelumnya")     # every "earlier" date match holds one
_BACK_WORDS = EARLIER_WORDS + ("previous", "preceding", "prior")     # ... and every "previous" one


def earlier_than_its_day(claim: Claim, day: tuple[str, ...]) -> tuple[str, ...]:
    """"The tally climbed to 57 from 42 a week earlier", "naik dari 20 orang sehari
    sebelumnya", "Tingkatnya turun dari 4,9 persen pada bulan sebelumnya" with nothing named before
    in the span: the base is that far before the day or month the figure is of. Only the
    claim's own words are scanned."""
    # (the words first: most claims hold none, and the day is asked of every dated claim)
    if not may_hold_any(claim.text, _BACK_WORDS) or not (len(day) == 1 or (len(day) == 2 and day[0] < day[1])) \
            or any(len(d) not in (7, 10) for d in day):
        return ()
    for match in scan_dates(claim.text):
        if match.kind in ("earlier", "previous") and (step := chain.step_back(match.groups)):
            moved = chain.shifted_back(day, *step)
            # ("dari bulan sebelumnya", "the previous month": that month, not a day of it)
            return tuple(v[:7] for v in moved) if _the_month_before(match.groups) else moved
    return ()


def _the_month_before(groups: dict) -> bool:
    return (groups.get("u") or "").lower() in ("bulan", "month") and not groups.get("n")


def base_without_a_moved_year(claim: Claim, base: tuple[str, ...]) -> tuple[str, ...]:
    """A comparison base's dates less the bare year of "periode yang sama tahun lalu" once the
    referent's period has been moved into that year (``with_referent_dates``)."""
    if not may_hold_any(claim.text, chain.SAME_PERIOD_WORDS):
        return base
    return tuple(d for d in base if len(d) != 4 or not any(v.startswith(d + "-") for v in claim.dates))


def is_a_since_base(claim: Claim) -> bool:
    """"the highest since October 2015", "terendah sejak Desember 2021", "the third fatal accident
    since June": a superlative or an ordinal whose date is the start of the stretch it ranks
    over, not a period the story reports on."""
    if not may_hold_any(claim.text, SINCE_WORDS) or _SINCE.search(claim.text) is None:
        return False
    # ("its weakest level since 1985": a superlative the claim types do not rank)
    low = claim.text.lower()
    return "comparison" in claim.types or not _SUPERLATIVE_WORDS.isdisjoint(_LOWER_WORDS.findall(low)) \
        or _ranks_by_an_ordinal(low)


# An ordinal that ranks: after its noun in Indonesian ("kecelakaan ketiga sejak", "yang pertama
# sejak", "untuk ketiga kalinya"), before a noun other than a stretch of time in English ("the
# third accident since", "the first time since"); not "hari pertama", "kuartal kedua", "the first
# quarter", nor "kedua" opening a phrase ("Sejak Januari, kedua perusahaan …": both).
_ORDINAL = re.compile(r"\b(?P<before>[a-z]+)\s+(?P<ordinal>" + lxd.alternation(lnum.ORDINALS) + r")\b"
                      r"(?:\s+(?P<after>[a-z]+))?")
_EN_ORDINALS = frozenset(o for o in lnum.ORDINALS if not o.startswith("ke") and o != "pertama")
_STRETCH_NOUNS = frozenset("""hari pekan minggu bulan tahun kuartal triwulan semester babak putaran tahap gelombang
sesi jam menit day week month year quarter half round leg session stage""".split())
# (what a scene phrase may name instead of a happening, see scene_named_before: a stretch of time, a
# place, a state of things, or a word of position, "Di tengah kondisi tersebut")
_NOT_A_SCENE = _STRETCH_NOUNS | frozenset("""waktu kesempatan saat time period desa kota kabupaten provinsi wilayah
daerah kawasan lokasi tempat negara village town city area country region place case kasus kondisi keadaan situasi
tengah antara samping atas bawah luar""".split())
_NOT_A_RANKED_NOUN = _STRETCH_NOUNS | frozenset("dan atau serta para oleh dengan untuk bagi kepada dari di ke pada "
                                                "dalam".split())
_TIMES = frozenset(("kali", "kalinya"))


def _ranks_by_an_ordinal(low: str) -> bool:
    for m in _ORDINAL.finditer(low):
        before, ordinal, after = m.group("before", "ordinal", "after")
        if ordinal in _EN_ORDINALS and after not in _STRETCH_NOUNS \
                or ordinal not in _EN_ORDINALS and (before not in _NOT_A_RANKED_NOUN or after in _TIMES):
            return True
    return False


def without_a_record_start(claim: Claim) -> tuple[str, ...]:
    """The claim's dates without the year a record it tops began: "grew 4.2% in 2023 to its
    highest level since 2011" names 2023 as a period of figures, 2011 as none."""
    if not is_a_since_base(claim):
        return claim.dates
    since = _SINCE.search(claim.text)
    before, after = claim.text[:since.start()], claim.text[since.end():]
    return tuple(d for d in claim.dates if d[:4] in before or d[:4] not in after)


_SUPERLATIVE_WORDS = frozenset(lnum.SUPERLATIVES_EN + lnum.SUPERLATIVES_ID)
_LOWER_WORDS = re.compile(r"[a-z]+")
