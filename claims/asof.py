"""As-of dates (labelling rule 9): figures that change over time, match events, statements
and clock times carry the date of the day the article reports on; shares and counts from a
survey or a count over a stated period carry that period, wherever in the story it is said.

The day is the nearest full date the article's claims name before the claim (else the first
one after it), when it lies within a week before the reference date; else the reference date.
Events and reported states take the day of an earlier self-dated sentence of their paragraph,
else the story's recent day. How one claim's date follows from another's is in ``date_links``.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from claims import date_chain as chain
from claims import date_links as links
from claims.dates import RELATIVE_ASIDE
from claims.model import Claim
from claims.text_features import may_hold_any

_WINDOW = dt.timedelta(days=7)
# Measures and durations do not change from one day's report to the next; counts do.
_TIMELESS_UNITS = frozenset("""m km mi ft cm mm kg g t ton l gal percent persen % years tahun months bulan
weeks minggu days hari hours jam idr usd rp $ kali putaran place""".split())
_MATCH_UNITS = frozenset({"goals", "minute"})
_CURRENCY_CODE = re.compile(r"[A-Z]{3}")


def _units(claim: Claim) -> frozenset[str]:
    """The claim's units, lower-cased; every currency code ("MYR", "PHP", "EUR") reads as "usd":
    an amount of money, like a cost in rupiah or dollars, is no count that changes by the day."""
    return _units_of(tuple(q.unit for q in claim.quantities)) if claim.quantities else frozenset()


@lru_cache(maxsize=1024)
def _units_of(units: tuple) -> frozenset[str]:
    # (asked several times per claim by the rules below; an article repeats few unit lists)
    return frozenset("usd" if _CURRENCY_CODE.fullmatch(u or "") else (u or "").lower() for u in units)
# (?=…): a case-blind pattern gets no first-character skip from the engine; the lookahead gives it.
_CLOCK = re.compile(r"(?=[p\d])(?:\bpukul\s+\d|\b\d{1,2}(?:[.:]\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b|WIB|WITA|WIT)"
                    r"|\b(?:[01]\d|2[0-3])[0-5]\d\s+(?:GMT|UTC)\b"
                    r"|\bpukul\s+\w+\s+(?:pagi|siang|sore|malam))", re.I)


def add_as_of_dates(text: str, claims: tuple[Claim, ...], reference: dt.date | None
                    ) -> tuple[Claim, ...]:
    """``claims`` (in text order) with as-of dates added where rule 9 asks for them.

    One pass over the claims: what a claim needs (the anchors, the observation periods, the
    claims before it) is gathered once for the article, never by rescanning its text.
    """
    anchors = _anchors(claims, reference)
    story = _Story(anchors, _latest_so_far(anchors), links.observation_periods(claims, reference), reference,
                   _event_days(claims, reference), _speakers(claims))
    heads = _time_heads(text, claims)
    tails = _dated_heads_inside(text, claims)
    out: list[Claim] = []
    for i, claim in enumerate(claims):
        if i in heads:
            claim = _dated(claim, tuple(dict.fromkeys(heads[i] + claim.dates)))
        if i in tails:
            claim = _dated(claim, tuple(dict.fromkeys(claim.dates + tails[i])))
        out.append(_with_as_of(text, claim, out, story))
    return tuple(out)


def _time_heads(text: str, claims: tuple[Claim, ...]) -> dict[int, tuple[str, ...]]:
    """"Tahun lalu, 131.200 lulusan mendaftar ...", "Last year, the agency carried ...": a part cut
    out at the start of a sentence that opens with its time phrase is no embedded fact (a time
    is no head an appositive describes), so its date is the sentence's too (rule 9)."""
    heads: dict[int, tuple[str, ...]] = {}
    for i, outer in enumerate(claims):
        for part in claims[i + 1:i + 4]:
            if part.start != outer.start:
                break
            if part.end < outer.end and part.dates and _opens_with_a_date(text, part):
                heads[i] = part.dates
                break
    return heads


def _dated_heads_inside(text: str, claims: tuple[Claim, ...]) -> dict[int, tuple[str, ...]]:
    """"Angka itu lebih tinggi dibandingkan September 2025 yang sebesar 2,38 persen": an embedded
    part whose head noun is a date ("September 2025 yang ...") describes that date, and the date
    itself still names the base of the sentence around it (as "sejak Desember 2014, dimana ..." does)."""
    tails: dict[int, tuple[str, ...]] = {}
    for i, outer in enumerate(claims):
        for part in claims[i + 1:i + 4]:
            if part.start >= outer.end:
                break
            if outer.start < part.start and part.end <= outer.end and part.dates and _opens_with_a_date(text, part):
                tails[i] = tails.get(i, ()) + links.primary(part.dates, part.text)
    return tails


_OPENER = re.compile(r"(?:(?:pada|sejak|hingga|sampai|per|in|on|since|until|by|as\s+of)\s+)?", re.I)


def _opens_with_a_date(text: str, claim: Claim) -> bool:
    # the claim's own head is scanned (a scan of the whole article would miss the scanner's
    # cache, which holds the windows the claims were read in)
    head = claim.text[:40]
    found = links.scan_dates(head)
    return bool(found) and found[0].start == _OPENER.match(head).end()


# "Stok beras saat ini 1,8 juta ton," kata Rachmat, Kamis (5/3): the speaker's "now" is the day
# they spoke, not the day the article came out.
_NOW = re.compile(r"\b(?:saat\s+ini|kini|sekarang|hari\s+ini|now|currently|today)\b", re.I)


def _now_of_its_speaker(claim: Claim, reference: dt.date | None) -> Claim:
    if reference is None or not claim.source or len(claim.dates) < 2:
        return claim
    today = reference.isoformat()
    spoken = [d for d in claim.dates if len(d) == 10 and d < today and _is_anchor(d, reference)]
    if today not in claim.dates or len(spoken) != 1 or not may_hold_any(claim.text, _NOW_WORDS) \
            or not _NOW.search(claim.text):
        return claim
    return _dated(claim, tuple(d for d in claim.dates if d != today))


_NOW_WORDS = ("saat ini", "kini", "sekarang", "hari ini", "now", "currently", "today")


def _with_as_of(text: str, claim: Claim, earlier: list[Claim], story: _Story) -> Claim:
    # A date said only of a comparison base ("down from 44 percent in October") leaves the
    # figure itself undated: it takes its as-of date like any undated claim, then the base's.
    claim = _now_of_its_speaker(claim, story.reference)
    base = claim.dates if links.dates_of_a_base_only(text, claim, story.reference) else ()
    if base or claim.dates or not _is_general(claim):     # ("Desa itu dihuni 9.000 jiwa" points at no time)
        claim = links.with_referent_dates(_dated(claim, ()) if base else claim, earlier)
    if base and not claim.dates and (figure := _figure_just_before(text, earlier, claim)) is not None:
        claim = _dated(claim, links.primary(figure.dates, figure.text))
    if base and not claim.dates:
        claim = _dated(claim, _year_after_a_year_base(claim.text, base, story.reference))
    if claim.dates and _dated_by_its_speaker_only(claim):
        claim = _dated(claim, tuple(dict.fromkeys(_period_of_the_rate(text, claim, earlier) + claim.dates)))
    if not claim.dates and (moved := _opening_step_from_the_last(claim, earlier)):
        claim = _dated(claim, moved)
    if not claim.dates and (before := _days_before_the_happening(claim, story)):
        claim = _dated(claim, before)
    if not claim.dates and not _is_timeless(claim):
        day = _as_of(text, claim, earlier, story)
        if day and not _is_general(claim):      # (asked only of claims that would take a date)
            claim = _dated(claim, day + links.earlier_than_its_day(claim, day))
    # (a measure handed out counts up too: "telah menyalurkan 2 ton beras sejak Sabtu")
    if claim.quantities and links.dates_of_a_start_only(text, claim, story.reference):
        # "have died since June 1": the perfect counts up to the day of the report
        now = (_iso(story.reference),) if story.reference else _day(claim, story.latest, story)
        claim = _dated(claim, claim.dates + now)
    if claim.dates and (meant := links.period_meant_besides(claim, earlier, story.reference)):
        claim = _dated(claim, tuple(dict.fromkeys(claim.dates + meant)))
    if base:
        base = links.base_without_a_moved_year(claim, base)
    if may_hold_any(claim.text, _THEN_WORDS) and _SINCE_THEN.search(claim.text) \
            and (then := _date_just_named(claim, earlier)):
        # "had been recorded since then", "sejak saat itu": counted from the date just named
        claim = _dated(claim, tuple(dict.fromkeys(then + claim.dates)))
    return _dated(claim, tuple(dict.fromkeys(claim.dates + base)))


_SINCE_THEN = re.compile(r"\b(?:since\s+then|sejak\s+(?:saat\s+|hari\s+|tanggal\s+)?(?:itu|tersebut))\b", re.I)
_THEN_WORDS = ("then", "sejak")          # every match holds one; "itu" is in most Indonesian sentences


def _date_just_named(claim: Claim, earlier: list[Claim]) -> tuple[str, ...]:
    for previous in reversed(earlier[-3:]):
        if previous.end <= claim.start and previous.dates:
            return previous.dates[:1]
    return ()


def _year_after_a_year_base(text: str, base: tuple[str, ...], reference: dt.date | None) -> tuple[str, ...]:
    # "Farm fires fell by 40% compared with 2024": a change measured against a whole year is
    # that of the year after it (a year compared with a year), when that year has begun
    # ("down from 67 percent at the last election in 2020" compares with an occasion, not a year)
    if len(base) != 1 or len(base[0]) != 4 or reference is None or int(base[0]) + 1 > reference.year \
            or not re.search(_AGAINST_A_YEAR + base[0] + r"\b", text, re.I):
        return ()
    return (str(int(base[0]) + 1),)


_AGAINST_A_YEAR = r"\b(?:from|dari|dibandingkan|dibanding|compared\s+(?:with|to)|versus|vs\.?|ketimbang)\s+(?:tahun\s+)?"


def _dated_by_its_speaker_only(claim: Claim) -> bool:
    # "Secara bulanan, inflasi 0,41 persen," kata Kepala BPS, Senin (3/11): a rate whose only date
    # is the day its speaker gave it (its own words name no time)
    return "date" not in claim.types and _is_rate(claim) and all(len(d) == 10 for d in claim.dates)


def _period_of_the_rate(text: str, claim: Claim, earlier: list[Claim]) -> tuple[str, ...]:
    """The month or period a rate given at a release belongs to (rule 9: the figures of a
    statistics release are the data month's, whatever day they are announced): that of the
    rate before it in its paragraph, else of the last rate of the same measure."""
    before = _dated_before_in_paragraph(text, earlier, claim)
    named = links.primary(before.dates, before.text) if before is not None \
        else links.month_of_the_same_measure(claim, earlier)
    # (a survey's fieldwork days are no data month: its findings are given on the day they are)
    return named if all(len(d) < 10 for d in named) else ()


# "Tiket habis terjual dua hari sebelum pertandingan", "sold out three days before the vote": a
# step from the story's happening (named by its day elsewhere), not from the report's day.
_BEFORE_THE_HAPPENING = re.compile(r"\b(?P<n>\d{1,2}|[a-z]+)\s+(?P<u>hari|days?|pekan|weeks?)\s+"
                                   r"(?:sebelum|before)\s+(?:the\s+)?(?!\d)(?:pertandingan|laga|final|partai"
                                   r"|pemilihan|pemungutan\s+suara|acara|konser|match|game|final|vote|election"
                                   r"|event|concert|race)\b", re.I)


def _days_before_the_happening(claim: Claim, story: _Story) -> tuple[str, ...]:
    if not may_hold_any(claim.text, ("sebelum", "before")):
        return ()
    found = _BEFORE_THE_HAPPENING.search(claim.text)
    day = _day(claim, story.events, None) if found else ()
    step = chain.step_back(found.groupdict()) if found else None
    return chain.shifted_back(day, *step) if day and step else ()


_STEP_KINDS = frozenset({"earlier", "later", "next_day"})


def _opening_step_from_the_last(claim: Claim, earlier: list[Claim]) -> tuple[str, ...]:
    """"Sehari sebelumnya, harga emas turun Rp 8.000", "Two days later, the bridge reopened": a
    sentence that opens with a step from the time just told is that far from the last claim's day."""
    if not may_hold_any(claim.text[:40], ("sebelum", "earlier", "kemudian", "later", "setelah", "keesokan", "next",
                                          "following")):
        return ()
    head = claim.text[:40]
    found = links.scan_dates(head)
    if not found or found[0].kind not in _STEP_KINDS or found[0].start != 0:
        return ()
    previous = next((c for c in reversed(earlier) if c.end <= claim.start and c.dates), None)
    if previous is None:
        return ()
    last = links.primary(previous.dates, previous.text)
    if len(last) != 1 or len(last[0]) != 10:
        return ()
    step = chain.step_back(found[0].groups) if found[0].kind != "next_day" else (1, 0)
    if step is None:
        return ()
    days, months = step if found[0].kind == "earlier" else (-step[0], -step[1])
    return chain.shifted_back(last, days, months)


def _dated(claim: Claim, dates: tuple[str, ...]) -> Claim:
    """``claim`` with ``dates``; built directly (dataclasses.replace looks up the fields on
    every call, several times per claim) and only when the dates change."""
    if dates == claim.dates:
        return claim
    return Claim(claim.start, claim.end, claim.text, claim.types, claim.score, claim.source,
                 claim.quantities, dates, claim.entities)


@dataclass(frozen=True, slots=True)
class _Story:
    anchors: list            # (start, recent day named there), in text order
    latest: list             # (start, latest recent day named up to there), in text order
    periods: list            # (start, period, units) of survey and count periods
    reference: dt.date | None
    events: list = ()        # (start, day a dated happening names itself), in text order
    speakers: tuple = ({}, {})   # source -> day its words were dated by; claim start -> source


def _as_of(text: str, claim: Claim, earlier: list[Claim], story: _Story) -> tuple[str, ...]:
    """The dates an undated claim takes from its story, most specific link first."""
    if story.reference and _not_yet(claim):
        # "Fares have yet to be finalised", "no project has yet reached", "serikat belum
        # menandatangani": what has not happened yet is told as of the report's day, not the
        # day or the target of the clause before it
        return (_iso(story.reference),)
    outer = links.container(claim, earlier)
    if outer is not None and links.is_time_bound(claim):
        return outer.dates
    if outer is not None and _is_embedded_happening(claim) and outer.dates:
        # "erupsi eksplosif yang mengakibatkan kolom abu mencapai 3.000 meter", "Sungai X, yang
        # meluap setelah hujan deras": a happening told in a relative clause is part of the one
        # the sentence dates (a standing description, "yang memiliki ketinggian", takes none)
        return links.primary(outer.dates, outer.text)
    if (same := links.same_period_before(claim, earlier)) is not None:
        return same
    if outer is not None and _is_rate(claim) and len(day := links.primary(outer.dates, outer.text)) == 1 \
            and len(day[0]) == 10:
        # "shares rose on Wednesday, outperforming the Nikkei, which fell 0.4%": a rate told in an
        # aside of a day's move is that day's, not the month of an earlier rate
        return day
    if _is_rate(claim):
        if _CLOCK.search(claim.text):
            # "Shares were up 7.3% at 0932 GMT": a rate read at a time of day is that day's
            return _day(claim, story.anchors, story)
        before = _dated_before_in_paragraph(text, earlier, claim)
        return links.primary(before.dates, before.text) if before else links.month_of_the_same_measure(claim, earlier) \
            or _period_of_its_source(claim, earlier) or _period_or_day(claim, story)
    if _is_release_figure(claim) and not _counted_over_a_period(claim, story) \
            and (month := _month_of_the_release(claim, earlier)):
        return month
    if _still_counting(claim) and story.reference:
        return (_iso(story.reference),)
    if outcome := _outcome_of_a_count_over_a_period(claim, earlier, story):
        return outcome
    if _is_market_price(claim):
        return _day(claim, story.latest, story)
    if needs_as_of(claim):
        if _is_count(claim):
            return _period_or_day(claim, story)
        # "The vehicle dropped into a ravine shortly before 9 p.m.": a happening told by the clock
        # is the story's event, not the day someone spoke of it
        return (_is_told_happening(claim) and _day(claim, story.events, None)) or _day(claim, story.anchors, story)
    if "comparison" in claim.types and (counted := links.ranking_period(claim, story.periods)):
        return counted
    if sibling := _dated_clause_before(text, earlier, claim):
        return sibling.dates
    # An embedded description ("Desa X, yang berjarak 3 km dari ...") is no happening of the day.
    if outer is None and "prediction" not in claim.types and may_hold_any(claim.text, ("tercatat", "recorded")) \
            and _RECORDED.search(claim.text):
        return _day(claim, story.latest, story)
    if outer is None and may_hold_any(claim.text, ("did", "tidak")) and _DID_NOT.search(claim.text):
        return _day(claim, story.events, None) or _day(claim, story.anchors, None)
    if _is_a_level_reached(claim) and outer is None:
        return _day(claim, story.events, None) or _day(claim, story.anchors, None)
    if (_is_plain_event(claim) or _is_reported_state(claim) or _is_happening_state(claim)) and outer is None:
        dated = _dated_claim_before(text, earlier, claim)
        if dated:
            # (not the start of a record it topped: "for the first time since 2023")
            return dated.dates if not links.is_a_since_base(dated) else links.primary(dated.dates, dated.text)
        return (_is_told_happening(claim) and _day(claim, story.events, None)) or _speaker_day(claim, story) \
            or _day(claim, story.latest if _is_reported_state(claim) else story.anchors, None)
    return ()


# ("belum pernah", "never yet", is a whole past, not a state of the day: left out)
_NOT_YET = re.compile(r"\b(?:not\s+yet|(?:has|have|had)\s+yet|yet\s+to|belum(?!\s+pernah))\b", re.I)
_NOT_YET_WORDS = ("yet", "belum")     # every _NOT_YET match holds one


def _not_yet(claim: Claim) -> bool:
    # (a figure keeps the time it was counted over: "21 persen responden belum menentukan
    # pilihan" is the survey's)
    return "prediction" not in claim.types and not claim.quantities and may_hold_any(claim.text, _NOT_YET_WORDS) \
        and _NOT_YET.search(claim.text) is not None


def _speakers(claims: tuple[Claim, ...]) -> tuple[dict, dict]:
    """The day each source's words are dated by (a claim whose only dates are those of its
    attribution, "kata Rudi, Selasa (10/3)"), and the source of each statement by its start."""
    spoken = {}
    for c in claims:
        if c.source and c.dates and "date" not in c.types and all(len(d) == 10 for d in c.dates):
            spoken.setdefault(c.source, c.dates[-1])
    # (only a direct quotation is the speaker's own day: a happening or an indirect report that
    # dates itself gives the story's day, whoever reported it)
    return spoken, {c.start: c.source for c in claims if "quote" in c.types}


def _speaker_day(claim: Claim, story: _Story, counted: bool = False) -> tuple[str, ...]:
    """What someone reports holds on the day they said it (rule 9): a count, on the day the
    article dates its speaker's words by; the report's day when the story's nearest day is
    another speaker's quotation. (A state told of the happening, "Menurut X, ada pula dua
    penjaga di rumah itu", keeps the happening's day.)"""
    if not claim.source:
        return ()
    spoken, source_at = story.speakers
    if counted and claim.source in spoken:
        return (spoken[claim.source],)
    i = bisect.bisect_right(story.anchors, (claim.start, "\uffff"))
    other = source_at.get(story.anchors[i - 1][0]) if i else None
    return (_iso(story.reference),) if other and other != claim.source and story.reference else ()


def _period_of_its_source(claim: Claim, earlier: list[Claim]) -> tuple[str, ...]:
    """The year or month of the figures a report just gave: "Vehicle exhaust accounted for 38% of
    PM2.5, the report said" after "PM2.5 levels averaged 98 micrograms last year, the report
    found" is that year's figure, not one of the day the report came out (rule 9)."""
    source = _plain_source(claim.source)
    if not source:
        return ()
    for previous in reversed(earlier[-8:]):
        if previous.end <= claim.start and previous.dates and _plain_source(previous.source) == source:
            named = links.primary(previous.dates, previous.text)
            if all(len(d) < 10 for d in named):
                return named        # (a figure of the day between, as of the report, is passed over)
    return ()


def _plain_source(source: str | None) -> str:
    # the head word without its article: "A study released on Monday" is "the study"
    words = (source or "").lower().split()
    words = words[1:] if words and words[0] in ("a", "an", "the") else words
    return words[0] if words else ""


def _is_release_figure(claim: Claim) -> bool:
    # counts and amounts of money (rates have their own rule; a stock in tonnes or a rank is
    # read on a day, not for a data month)
    units = _units(claim)
    return bool(units) and all(u in _MONEY_UNITS or u in _RATE_UNITS or u not in _TIMELESS_UNITS for u in units) \
        and "prediction" not in claim.types and "quote" not in claim.types


def _counted_over_a_period(claim: Claim, story: _Story) -> bool:
    # (the things a count over a stated period counted keep that period: see _period_or_day)
    units = links.units(claim)
    return any(units & counted for start, _, counted in story.periods if start <= claim.start)


def _month_of_the_release(claim: Claim, earlier: list[Claim]) -> tuple[str, ...]:
    # "Nilai ekspor pada Mei 2025 naik 6,8 persen ... Menurut Pudji, China menjadi tujuan ekspor
    # terbesar dengan nilai 5,2 miliar dolar AS": a figure of the measure a release gave a month's
    # rate for is that month's (rule 9), not the day it was told
    named = links.month_of_the_same_measure(claim, earlier, shared_word=True)
    return named if named and all(len(d) == 7 for d in named) else ()


# "Ketinggian air mencapai 1,5 meter", "the river rose to 11 metres": a level a happening reached
# is a reading of its day, unlike a standing size ("Sungai itu memiliki panjang 90 km").
_LENGTH_UNITS = frozenset({"m", "km", "cm", "mm", "ft", "mi"})
_REACHED = re.compile(r"\b(?:mencapai|reached|rose\s+to|climbed\s+to|peaked\s+at)\b", re.I)


# "Pasangan itu juga tercatat menguasai suara di setiap kota", "was recorded as the leader": what a
# count or a register shows is a reading as of the story's latest day.
_RECORDED = re.compile(r"\b(?:tercatat|recorded)\b", re.I)


# "The mayor did not vote", "Bupati tidak hadir dalam rapat itu": what did not happen at the
# happening is told of its day, like what did.
_DID_NOT = re.compile(r"\b(?:did\s+not|didn['’]t|tidak\s+(?:hadir|ikut|datang|memberikan\s+suara))\b", re.I)


def _is_a_level_reached(claim: Claim) -> bool:
    units = _units(claim)
    return bool(units) and units <= _LENGTH_UNITS and "prediction" not in claim.types \
        and may_hold_any(claim.text, ("mencapai", "reached", "rose", "climbed", "peaked")) \
        and _REACHED.search(claim.text) is not None and _PER_TIME.search(claim.text) is None


# "Tanah turun 10 sentimeter per tahun", "sinking 20cm a year": a rate over time is no reading of a day.
_PER_TIME = re.compile(r"\b(?:per|a|an|each|every|setiap|tiap)\s+(?:tahun|year|bulan|month|pekan|week|hari|day|jam|hour)\b",
                       re.I)


# "Harga bawang merah stabil di kisaran Rp 40.000 per kilogram", "rice sold at $1.20 a kilo": a
# market price moves from day to day (rule 9), unlike a fare or a fee that is set ("Tarif bus Rp 4.000").
_PRICE = re.compile(r"\b(?:harga|prices?)\b[^;\n]{0,80}?\b(?:per|a|an|se)\s*(?:kilogram|kg|kilo|liter|litre|ton|gram|ekor|butir"
                    r"|barrel|ounce|pound|lb)\b", re.I)


def _is_market_price(claim: Claim) -> bool:
    units = _units(claim)
    return bool(units) and units <= _MONEY_UNITS and "prediction" not in claim.types \
        and may_hold_any(claim.text, ("harga", "price")) and _PRICE.search(claim.text) is not None


# "Dinkes mencatat 1.240 kasus DBD sepanjang Januari. Tujuh pasien meninggal dunia": how the cases
# counted over a period ended (deaths, recoveries, admissions) is of that period too.
_OUTCOME = re.compile(r"\b(?:meninggal|tewas|wafat|sembuh|dirawat|died|deaths?|dead|recovered|hospitali[sz]ed)\b", re.I)


def _outcome_of_a_count_over_a_period(claim: Claim, earlier: list[Claim], story: _Story) -> tuple[str, ...]:
    if not story.periods or not _is_count(claim) or "prediction" in claim.types \
            or not may_hold_any(claim.text, ("meninggal", "tewas", "wafat", "sembuh", "dirawat", "died", "death",
                                             "dead", "recovered", "hospitali")) or not _OUTCOME.search(claim.text):
        return ()
    # (months counted over, not a running total "since Sept. 28", which is as of the report)
    before = [(start, period) for start, period, _ in story.periods if start < claim.start and len(period[0]) == 7]
    # (only right after the count: two claims on, the story has moved to other figures)
    return before[-1][1] if before and before[-1][0] in {c.start for c in earlier[-3:]} else ()


def _is_embedded_happening(claim: Claim) -> bool:
    return "event" in claim.types and "status" not in claim.types and "prediction" not in claim.types \
        and "quote" not in claim.types and not _is_general(claim)


def _is_happening_state(claim: Claim) -> bool:
    # "Terdakwa dinyatakan terbukti bersalah", "The judge also ordered the assets seized": a
    # state that something happening brought about is news of the story's day, like the event
    # ("The company, which was listed in 2014, is controlled by a family": what is so in the
    # present tense is a standing status)
    return "event" in claim.types and "prediction" not in claim.types and _PRESENT_STATE.search(claim.text) is None


_PRESENT_STATE = re.compile(r"\b(?:is|are)\b")


def _is_told_happening(claim: Claim) -> bool:
    # (an amount of money, "Kerugian ditaksir mencapai Rp 9 miliar", is an estimate as of the
    # latest update, not part of the happening)
    return _is_plain_event(claim) and "quote" not in claim.types and not _units(claim) & _MONEY_UNITS


def _event_days(claims: tuple[Claim, ...], reference: dt.date | None) -> list[tuple[int, str]]:
    """(start, day) of the happenings that date themselves ("Banjir menerjang ... Rabu (15/1)
    malam, kata petugas Kamis (16/1)"): a later sentence about the same happening ("Its brakes
    failed", "banjir juga memutus jembatan") took place that day, not on the day an official
    spoke of it. A claim's own dates come before those of its attribution frame."""
    # (a count read up to a day, "Sampai pagi ini, 430 warga mengungsi", "as of Monday", is an
    # update, not the happening; nor is a quotation's own day)
    return [(c.start, c.dates[0]) for c in claims
            if "event" in c.types and "date" in c.types and "prediction" not in c.types and "quote" not in c.types
            and c.dates and _is_anchor(c.dates[0], reference) and _UP_TO_A_DAY.search(c.text) is None]


_UP_TO_A_DAY = re.compile(r"\b(?:sampai|hingga|as\s+of|per|until|through)\b", re.I)


def _day(claim: Claim, anchors: list, fallback: _Story | None) -> tuple[str, ...]:
    """The story's recent day for the claim from ``anchors`` (else the fallback's reference)."""
    day = _anchor_for(claim.start, anchors) or (_iso(fallback.reference) if fallback else None)
    return (day,) if day else ()


def _period_or_day(claim: Claim, story: _Story) -> tuple[str, ...]:
    # A share from a survey, or a count of the same things a count over a stated period counted,
    # is as of that period (rule 9: the same number means different things at different times);
    # otherwise the report's day.
    units = links.units(claim)
    # (a survey's period dates the shares told before it too; a count over a period told later,
    # "In the first five months, arrivals totalled ...", is another figure's period)
    fitting = [(s, p) for s, p, counted in story.periods
               if (units & counted or (units & _RATE_UNITS and links.SURVEY in counted))
               and (s <= claim.start or links.SURVEY in counted)]
    # A count or a share told after several updates is as of the last of them.
    return links.nearest(claim.start, fitting) if fitting \
        else _speaker_day(claim, story, counted=True) or _day(claim, story.latest, story)


# What a thing can hold or do, and the penalty a law sets, do not change with the day's news
# (rule 9: timeless facts carry no date): "Stadion itu berkapasitas 30.000 penonton", "The hall
# seats about 900", "The pump can move 2,000 litres an hour", "terancam hukuman paling lama 5 tahun".
# What a place or body is made of is as timeless: "Kota itu terdiri atas enam kecamatan",
# "The board consists of nine members", "dibagi menjadi tiga zona".
_TIMELESS = re.compile(r"\b(?:kapasitas|berkapasitas|capacity|seats|menampung|accommodates?|mampu|dapat|bisa"
                       r"|can|could|terancam|diancam|ancaman\s+hukuman|licensed\s+to"
                       r"|terdiri\s+(?:atas|dari)|consists?\s+of|comprises?|(?:is|are)\s+made\s+up\s+of"
                       r"|dibagi\s+(?:menjadi|atas|dalam)|(?:is|are)\s+divided\s+into)\b", re.I)
TIMELESS_WORDS = ("kapasitas", "capacity", "seats", "tampung", "accommodate", "mampu", "dapat", "bisa", "can",
                  "could", "ancam", "licensed", "terdiri", "consist", "compris", "made up", "dibagi",
                  "divided")     # every _TIMELESS match holds one


def _is_timeless(claim: Claim) -> bool:
    return bool(claim.quantities) and "prediction" not in claim.types \
        and may_hold_any(claim.text, TIMELESS_WORDS) and _TIMELESS.search(claim.text) is not None


# What holds as a habit or a standing property is no news of one day (rule 9: timeless facts and
# general statements carry no date): "wisman Australia selalu menjadi penyumbang terbesar", "Kami
# mengoperasikan 42 kapal setiap hari", "the wind changes direction every hour", "regularly ranks
# among", "Ruas ini memiliki tiga gerbang tol", "Delhi, which has a population of", "its plant,
# which employs 240 people", "Fuel costs, which make up 35 percent", "Jalur domisili mensyaratkan".
# (A rate "per hari" / "a day" is left alone: "the strike is costing $25 million a day" is today's.)
_GENERAL = re.compile(r"\b(?:selalu|biasanya|umumnya|lazimnya|kerap(?:\s+kali)?|seringkali|sering"
                      r"|(?:setiap|tiap|saban)\s+(?:hari|pekan|minggu|bulan|tahun|jam)|always|usually|typically"
                      r"|generally|regularly|often|normally|(?:every|each)\s+(?:day|week|month|year|hour)"
                      r"|on\s+weekdays|on\s+weekends|memiliki|mempunyai|berpenduduk|dihuni|inhabited|employs|employ"
                      r"|has\s+a\s+population|(?:is|are)\s+home\s+to|(?:is|are)\s+based\s+in|berkantor\s+pusat"
                      # "Pakistan, a country of 240 million people", "a city of about 900,000"
                      r"|(?:country|nation|city|town|province|state|region|island|village|district)\s+of\s+"
                      r"(?:about\s+|some\s+|nearly\s+|around\s+|more\s+than\s+|over\s+)?\d[\d.,]*"
                      r"(?:\s+(?:million|billion))?(?:\s+(?:people|residents|inhabitants))?(?!\s*(?:%|percent))"
                      r"|makes?\s+up|accounts?\s+for|mensyaratkan|mewajibkan|mengatur|regulates|governs"
                      # what a firm does or a river crosses as a rule: "bergerak di bidang distribusi",
                      # "Sungai itu melintasi 16 kabupaten", "memproduksi 5.000 ton gula per tahun"
                      r"|bergerak\s+di\s+bidang|melintasi|crosses|flows\s+through"
                      # what a firm or a place does in the present tense: "The plant produces 500 cars a day"
                      # ("houses", "links" are left out: also nouns, "200 houses collapsed")
                      r"|produces|supplies|operates|owns|manages|serves|connects"
                      r"|(?:per|a|each)\s+(?:tahun|year)(?![\s-]+(?:earlier|ago|before|later|after|on|lalu|sebelumnya))"
                      r"|annually|annual\s+capacity"
                      # what a thing can do as a rule: "Campak dapat menyebabkan radang otak"
                      r"|dapat\s+menyebabkan|bisa\s+menyebabkan|can\s+cause|may\s+cause|menular\s+melalui"
                      r"|(?:is|are)\s+(?:spread|transmitted)\s+(?:through|by)"
                      # a size: "mengalir sepanjang 20 kilometer", "membentang 3 km", "a bridge 1.2 km
                      # long" (not what a happening measured: "tanggul jebol sepanjang 20 meter")
                      r"|(?:mengalir|membentang|terbentang|memanjang|berukuran|stretches|spans)\s+(?:sepanjang\s+)?"
                      r"(?:sekitar\s+|kurang\s+lebih\s+|about\s+|some\s+)?\d[\d.,]*"
                      r"\s*(?:km|kilometer|kilometre|meter|metre|m|mil|miles|hektare?|hektar|ha)"
                      r"|\d[\d.,]*\s*(?:km|kilometers?|kilometres?|meters?|metres?|m|miles?|ft|feet)\s+(?:long|wide|high|deep|tall)"
                      r")\b")
GENERAL_WORDS = ("selalu", "biasa", "umum", "lazim", "kerap", "sering", "setiap", "tiap", "saban", "always",
                 "usually", "typically", "generally", "regularly", "often", "normally", "every", "each",
                 "weekday", "weekend", "memiliki", "mempunyai", "penduduk", "dihuni", "inhabited", "employ",
                 "population", "home", "country", "nation", "city", "town", "province", "state", "region",
                 "island", "village", "district", "based", "kantor", "mengatur", "regulates", "governs",
                 "menyebabkan", "cause", "menular", "spread", "transmitted", "bidang", "melintasi", "crosses",
                 "flows", "tahun", "year", "annual", "produces", "supplies", "operates", "owns", "manages",
                 "serves", "connects", "make", "account", "syarat", "wajib", "mengalir", "bentang", "memanjang",
                 "berukuran", "stretches", "spans", "long", "wide", "high", "deep", "tall")   # every _GENERAL match holds one


def _is_general(claim: Claim) -> bool:
    return "prediction" not in claim.types and _states_a_general_fact(claim.text)


@lru_cache(maxsize=1024)    # asked up to three times of a claim while its dates change
def _states_a_general_fact(text: str) -> bool:
    if not may_hold_any(text, GENERAL_WORDS):
        return False
    # an aside closed inside the claim describes its subject, not the claim's own clause:
    # "Exports of electronics, which account for a third of the total, grew 27%" is the month's
    return _GENERAL.search(RELATIVE_ASIDE.sub(",", text.lower())) is not None


# "12 climbers were still missing", "lima orang masih dalam pencarian": a count that still holds
# holds on the day of the report, not on the last day the story named.
_STILL = re.compile(r"\b(?:still|masih)\b", re.I)


def _still_counting(claim: Claim) -> bool:
    return may_hold_any(claim.text, ("still", "masih")) and _is_count(claim) \
        and "prediction" not in claim.types and _STILL.search(claim.text) is not None


def _is_count(claim: Claim) -> bool:
    units = _units(claim)
    return any(u not in _TIMELESS_UNITS for u in units) and not units & _MATCH_UNITS


def _is_reported_state(claim: Claim) -> bool:
    # "officials said there was no tsunami threat": a state someone reports holds on the day
    # of the report; an unreported status (a role, a location) is timeless.
    return "status" in claim.types and claim.source is not None and "prediction" not in claim.types


_RATE_UNITS = frozenset({"percent", "persen", "%"})


def _is_rate(claim: Claim) -> bool:
    # Shares and rates (coverage, electability, a policy rate) change from one report to the
    # next; inside a paragraph about a period ("inflasi September …") they belong to it.
    # A change in percent with the level it reached in money ("rose 22% to $11.4 billion") is
    # the same kind of figure of its period.
    units = _units(claim)
    # A span of time said with it only measures the change ("its weakest in two years").
    return bool(units & _RATE_UNITS) and units <= _RATE_UNITS | _MONEY_UNITS | _SPAN_UNITS \
        and "prediction" not in claim.types


_MONEY_UNITS = frozenset({"idr", "usd", "rp", "$"})
_SPAN_UNITS = frozenset({"years", "tahun", "months", "bulan"})


def _dated_before_in_paragraph(text: str, earlier: list[Claim], claim: Claim) -> Claim | None:
    # An embedded base ("the highest since May 2019, which saw 7 percent") and the superlative
    # it hangs on date only themselves, not the paragraph's period.
    for i in range(len(earlier) - 1, -1, -1):
        previous = earlier[i]
        if previous.end > claim.start:
            continue
        if "\n" in text[previous.end:claim.start]:
            return None
        if previous.dates and links.container(previous, earlier[max(0, i - 3):i]) is None \
                and not links.is_a_since_base(previous):
            return previous
    return None


_CLAUSE_JOIN = re.compile(r"\s*[,;]?\s*(?:but|while|whereas|and|sedangkan|tetapi|tapi|namun|dan)?\s*$", re.I)


def _dated_clause_before(text: str, earlier: list[Claim], claim: Claim) -> Claim | None:
    # "X rose 3 percent on Tuesday, but Y fell 0.4 percent": a clause joined to a clause that
    # dates itself shares its time (the date is said once for both).
    previous = next((c for c in reversed(earlier) if c.end <= claim.start), None)
    if previous is None or "date" not in previous.types or "prediction" in claim.types:
        return None
    return previous if _CLAUSE_JOIN.fullmatch(text[previous.end:claim.start]) else None


# "Cases last month reached 6,950, nearly three times the number in June 2024": a comparison cut
# off after a comma compares the figure of the clause before it, so it is that figure's time.
_COMMA_ONLY = re.compile(r"\s*[,;\u2013\u2014-]\s*")


def _figure_just_before(text: str, earlier: list[Claim], claim: Claim) -> Claim | None:
    previous = next((c for c in reversed(earlier) if c.end <= claim.start), None)
    if previous is None or not previous.dates or not previous.quantities:
        return None
    return previous if _COMMA_ONLY.fullmatch(text, previous.end, claim.start) else None


def _is_plain_event(claim: Claim) -> bool:
    return "event" in claim.types and "status" not in claim.types \
        and "prediction" not in claim.types


def _dated_claim_before(text: str, earlier: list[Claim], claim: Claim) -> Claim | None:
    # "Pada Senin (3/6), badai melanda … . Angin merobohkan …": an event told after a sentence that
    # dates itself, in the same paragraph, happened on that date.
    for previous in reversed(earlier):
        if previous.end > claim.start:
            continue
        if "\n" in text[previous.end:claim.start]:
            return None
        if "date" in previous.types and not _FLASHBACK.search(previous.text):
            return previous
    return None


# "the company had inspected the slope in May", "jembatan itu pernah ambruk pada 2019": a date
# told in the past perfect (or with "pernah") reaches back behind the story; what follows it
# ("Service has been suspended") is not told on that date.
_FLASHBACK = re.compile(r"\bhad\s+(?:not\s+|never\s+|already\s+|also\s+)?(?:[a-z]{2,}ed|been|done|seen|taken|given"
                        r"|made|found|held|told|known|shown|begun|gone|come|sent|spent|built|left|lost|paid|won)\b"
                        r"|\bpernah\b", re.I)


def needs_as_of(claim: Claim) -> bool:
    """Counts that change (outside predictions), match events, quotations and clock times."""
    units = _units(claim)
    changing = any(u not in _TIMELESS_UNITS for u in units) and "prediction" not in claim.types
    return changing or bool(units & _MATCH_UNITS) or "quote" in claim.types \
        or bool(_CLOCK.search(claim.text))


def _is_anchor(value: str, reference: dt.date | None) -> bool:
    if len(value) != 10:
        return False
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        return False
    return reference is None or reference - _WINDOW <= day <= reference


def _anchors(claims: tuple[Claim, ...], reference: dt.date | None) -> list[tuple[int, str]]:
    """(start, day) of the recent full dates the claims name, in text order."""
    return [(c.start, d) for c in claims for d in c.dates if _is_anchor(d, reference)]


def _latest_so_far(anchors: list[tuple[int, str]]) -> list[tuple[int, str]]:
    out, latest = [], ""
    for start, day in anchors:
        latest = max(latest, day)
        out.append((start, latest))
    return out


def _anchor_for(start: int, anchors: list[tuple[int, str]]) -> str | None:
    # anchors are in text order: the one at or before ``start``, else the first after.
    i = bisect.bisect_right(anchors, (start, "\uffff"))
    if i:
        return anchors[i - 1][1]
    return anchors[0][1] if anchors else None


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None
