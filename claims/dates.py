"""Dates in article text, resolved against a reference date.

Expressions are found by pattern (``date_patterns``) and only those spans are resolved
(``date_resolve``), so "9-10 km" or "2 menit" can never turn into dates.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass

from claims import lexicon as lx
from claims import lexicon_dates as lxd
from claims import lexicon_numbers as lnum
from claims import date_chain as chain
from claims import date_resolve as r
from claims.date_kinds import YEAR_END_WORDS, resolve_match
from claims.date_patterns import DateMatch, scan_dates
from claims.date_specs import LAST_RESORT_KINDS
from claims.date_quarters import find_periods, without_a_year
from claims.datelines import date_from_url, parse_dateline
from claims.quick_init import quick_init
from claims.text_features import holds_any

__all__ = ["DateMention", "find_dates", "parse_dateline", "date_from_url", "resolve_match"]


@quick_init
@dataclass(frozen=True, slots=True)
class DateMention:
    start: int                  # span of the written date expression in the article text
    end: int
    values: tuple[str, ...]     # ISO dates: YYYY, YYYY-MM or YYYY-MM-DD (two for a period)


def find_dates(text: str, start: int, end: int, language: str,
               reference: dt.date | None, told_by: str = "") -> tuple[DateMention, ...]:
    """Date expressions inside ``text[start:end]``, resolved against ``reference``.

    ``told_by`` is the attribution that governs the span ("Ia memperkirakan", "forecasters
    expect"): a forecast there looks ahead as one inside the span would.
    Year-less and relative expressions are skipped when ``reference`` is None.
    """
    start, end = max(0, start), min(len(text), end)
    found = scan_dates(text, start, end)
    named_periods = find_periods(text, start, end, reference)
    periods = [DateMention(a, b, v) for a, b, v in named_periods] if named_periods else []   # (most: none)
    if not found and not periods:
        return ()                        # most spans: nothing more to read
    mentions: list[DateMention] = []
    matches: list[DateMatch] = []        # what each mention was found as
    future = _Future(text, start, end, reference, told_by)
    if any(m.kind in _GENERIC_KINDS and not m.groups.get("y") and not m.groups.get("rel") for m in found) \
            and _HABITUAL.search(text, start, end):
        # "Musim hujan biasanya berlangsung November hingga Maret": months of every year, no date
        # (a month that starts a count, "have killed 87 people since mid-June", is no habit)
        found = [m for m in found if m.kind not in _GENERIC_KINDS or m.groups.get("y") or m.groups.get("rel")
                 or _SINCE.search(text, max(0, m.start - 12), m.start)]
    after_opener = _opens_with_after(text, start)     # (the span's own opening, read once)
    for match in found:
        if periods and any(p.start <= match.start < p.end for p in periods):
            continue    # the year of "kuartal IV 2024" belongs to the quarter
        if match.kind == "relative_unit" and _counted_stretch(text, match):
            continue    # "lima bulan ini", "dua pekan ini": these five months up to now, not this month
        if _opens_a_wire_dateline(text, match):
            continue    # "LUSAKA, Oct 16 - ...": the day the wire was filed, not what it reports
        if _year_on_year(text, match):
            continue    # "fell 4% in November from a year earlier": a year-on-year change of April
        if match.kind in _YEAR_KINDS and _BORN.search(text, max(0, match.start - 12), match.start) \
                and _COHORT_BOUND.match(text, match.start):
            continue    # "people born since 1990", "lahir sebelum 1960": a cohort, not when it happened
        if _NUMBERED_ACT_YEAR.search(text, max(0, match.start - 30), match.start) \
                and _BARE_YEAR.fullmatch(text, match.start, match.end):
            continue    # "Undang-Undang Nomor 35 Tahun 2009", "Law No. 11 of 2020": the year names the act
        if match.kind == "year" and _counts_after_a_weak_cue(text, match):
            continue    # "dana untuk 2000 sekolah", "the city's 2000 buses": a count, not a year
        if after_opener and _in_an_opening_after_clause(text, start, match):
            continue    # "Setelah diperiksa sejak semalam, keempatnya ditetapkan ...": the stretch before it
        if match.kind == "weekday" and not match.groups.get("rel") and _weekly_habit(text, match):
            continue    # "is held every Tuesday", "setiap Jumat": a weekly habit, no day of its own
        if match.kind in _MONTH_KINDS and _delivery_month(text, match):
            continue    # "the contract for July delivery", "kontrak pengiriman Juli": which contract, not when
        if match.kind == "month" and not match.groups.get("rel") and _month_word_in_a_name(text, match):
            continue    # "kata Lim Mei, pedagang …", "Desa Juni Jaya": a name, no month
        if (end_day := _weekday_ending_a_stretch(text, match, matches, mentions)):
            mentions.append(DateMention(match.start, match.end, end_day))
            matches.append(match)
            continue
        if _week_of_weekday(text, match, mentions):
            moved = _in_last_week(mentions[-1], match, reference)
            if len(mentions) > 1 and _joins_a_stretch(text, mentions[-2], mentions[-1].start):
                mentions[-2] = _moved_like(mentions[-2], mentions[-1], moved)
            mentions[-1] = moved
            continue
        ahead = _may_look_ahead(match) and (future.said() and _plan_reaches(text, match)
                                            or _open_until_weekday(text, match, future)
                                            or _scheduled_present(text, match) or _warned_for(text, match)) \
            and not _SINCE.search(text, max(0, match.start - 12), match.start) \
            and not told_in_the_past_before(text, match.start) and not said_on(text, match.start) \
            and _DONE_IN.search(text, max(0, match.start - 50), match.start) is None
        values = (match.kind in _LINKED_KINDS and _linked_values(text, match, mentions, periods, reference, future, ahead)) \
            or _past_month(match, resolve_match(match, reference), reference, future)
        if values:
            mentions.append(DateMention(match.start, match.end, _from_the_weeks_start(text, match, values)))
            matches.append(match)
    if any(m.kind in LAST_RESORT_KINDS for m in matches):
        mentions, matches = _named_years_alone(text, mentions, matches, periods, reference)
    if len(matches) > 1:             # (a year places only other dates: most spans name one)
        placed = _placed_by_an_opening_year(mentions, matches, text, start)
        mentions = placed if placed is not mentions else _scoped_by_a_relative_year(mentions, matches, text)
    periods = [_past_period(text, p, reference, future) for p in periods]
    return _outside_closed_asides(text, start, end, tuple(sorted(mentions + periods, key=lambda m: m.start)))


def _named_years_alone(text: str, mentions: list[DateMention], matches: list[DateMatch],
                       periods: list[DateMention], reference: dt.date | None
                       ) -> tuple[list[DateMention], list[DateMatch]]:
    """"Polii was disqualified from London 2012": a past event named by its year dates a claim
    that names no other date. A year not well past names the story's own event or season
    ("Tokyo 2020" held a year late, "Liga 1 2023" in 2024), whose day the claim takes instead;
    the year of a law or a treaty ("the 2009 Traffic Law") names the text, not when things happen."""
    alone = not periods and all(m.kind in LAST_RESORT_KINDS for m in matches)
    kept = [(mention, match) for mention, match in zip(mentions, matches)
            if match.kind not in LAST_RESORT_KINDS or alone and _a_past_event(text, match, reference)]
    return [mention for mention, _ in kept], [match for _, match in kept]


def _a_past_event(text: str, match: DateMatch, reference: dt.date | None) -> bool:
    return reference is not None and int(match.groups["y"]) <= reference.year - 2 \
        and not _DOCUMENT_NAME.search(text, max(0, match.start - 30), match.end + 30)


_DOCUMENT_NAME = re.compile(r"\b(?:Law|Act|Bill|Code|Regulation|Constitution|Agreement|Accord|Treaty|Protocol"
                            r"|Convention|Charter|Decree|UU|Undang-[Uu]ndang|Perpres|Perppu|Perda|Permen|Keppres"
                            r"|Inpres|Peraturan|Kurikulum|Curriculum)\b")


def _linked_values(text, match, mentions, periods, reference, future, ahead) -> tuple[str, ...]:
    """The values of a date said against the one just named, a numbered week, a plan or a
    part of a year, when one of those readings applies (else empty: resolved on its own)."""
    return _month_before_previous(text, match, mentions) or _before_previous(text, match, mentions, periods, reference) \
        or _part_of_the_month_just_named(match, mentions) or _month_of_a_numbered_week(text, match) \
        or (ahead and _ahead(match, reference)) or _year_end_past(text, match, reference, future) \
        or _full_year_past(match, reference, future)


# The kinds some reading of ``_linked_values`` applies to; each of its readings gives nothing for
# any other kind (most dates: "Senin (4/3)", "12 Maret"), which are not asked (a call per reading).
_LINKED_KINDS = frozenset({"month", "weekday", "earlier", "previous", "later", "next_day", "relative_unit",
                           "year", "part_of_unit", "unit_end", "full_year", "day_month", "month_day"})


# Cues that admit a bare year only because plans and editions are named by it ("mulai 2027", "for
# 2026", "untuk 2026", "the bureau's 2025 index"). A round hundred after them that counts a noun
# ("dana untuk 2000 sekolah", "the city's 2000 buses") is no year; other years stay ("mulai 2026
# secara bertahap", "its 2024 report").
_WEAK_YEAR_CUE = re.compile(r"(?:\b(?i:mulai|starting|for|untuk)|\w['’]s|\b[Ii]ts|\b[Tt]heir)\s+$")
_NOUN_AFTER = re.compile(r"\s+(?!(?:mendatang|nanti|ini|dan|and|or|atau|hingga|sampai|to|through|onwards?)\b)[a-z]")


def _counts_after_a_weak_cue(text: str, match) -> bool:
    year = match.groups.get("y") or ""
    start = match.end - len(year)       # the match opens with its cue
    return year.endswith("00") and _NOUN_AFTER.match(text, match.end) is not None \
        and _WEAK_YEAR_CUE.search(text, max(0, start - 12), start) is not None


def _outside_closed_asides(text: str, start: int, end: int, mentions: tuple[DateMention, ...]
                           ) -> tuple[DateMention, ...]:
    """"The mayor, who faces a recall vote on May 3, spoke on Friday": a date inside an aside
    closed within the span is the aside's own (rule 4) when the span names another outside it."""
    if len(mentions) < 2 or "," not in text[mentions[0].end:mentions[-1].start]:
        return mentions
    asides = [(a.start(), a.end()) for a in RELATIVE_ASIDE.finditer(text, start, end)]
    if not asides:
        return mentions
    kept = tuple(m for m in mentions if not any(a <= m.start and m.end <= b for a, b in asides))
    return kept or mentions


# "sejak pekan lalu", "mulai pekan depan", "since last week": a stretch that starts with the
# week named starts on its Monday; the week's Sunday is no end of it.
_STARTING = re.compile(r"\b(?:sejak|mulai|since|starting|beginning)\s+$", re.I)


def _from_the_weeks_start(text: str, match: DateMatch, values: tuple[str, ...]) -> tuple[str, ...]:
    if match.kind != "relative_unit" or len(values) != 2 or len(values[0]) != 10 \
            or not _STARTING.search(text, max(0, match.start - 12), match.start):
        return values
    return values[:1]


_BARE_MONTH_KINDS = frozenset({"month", "month_may", "month_period"})
_BARE_DAY_KINDS = frozenset({"day_month", "month_day"})


def _past_month(match: DateMatch, values: tuple[str, ...], reference: dt.date | None,
                future: _Future) -> tuple[str, ...]:
    """"Sales rose in March" said in February: a bare month still to come is last year's when
    the clause tells what happened and does not look ahead; "the weakest close since April 11"
    said in November: a day without its year that a stretch runs from is last year's too (a day
    in a past clause may name what it scheduled: "adjourned the hearing to Feb. 3")."""
    bare_day = match.kind in _BARE_DAY_KINDS
    if not (match.kind in _BARE_MONTH_KINDS or bare_day) or reference is None or not values or match.groups.get("y") \
            or match.groups.get("rel") or match.groups.get("pre") or values[-1] <= reference.isoformat()[:len(values[-1])]:
        return values
    # ("stable since March": what runs since a month began in the past, whatever the tense)
    since = _SINCE.search(future.text(), max(0, match.start - 12), match.start) is not None
    # ("Officials said in January that prices would rise": when words were said is past)
    spoken = said_on(future.text(), match.start)
    if bare_day and not since and not spoken and not _past_day_ahead(future, match, values[-1], reference):
        return values
    if not since and not spoken and (future.said() or not future.past() or _opens_a_stretch_ahead(future, match)
                      or _scheduled_present(future.text(), match)):
        return values       # ("voted on Wednesday to approve a budget for the fiscal year that begins Oct. 1")
    return tuple(f"{int(v[:4]) - 1:04d}{v[4:]}" for v in values)


# "expect CPI to have risen 2.9% in February", "forecast that exports grew 4% in January": a
# forecast of a figure already made in a month gone by.
_DONE_IN = re.compile(r"\b(?:to\s+have\s+[a-z]+|[a-z]{2,}ed|grew|rose|fell|shrank|fallen|risen|grown)\s+(?:by\s+)?"
                      r"(?:about\s+|nearly\s+|around\s+)?[\d.,]*\d\s*(?:%|percent|per\s+cent)?\s+in\s+$")


def _past_day_ahead(future: _Future, match: DateMatch, value: str, reference: dt.date) -> bool:
    """"The regulator blocked the platform on Feb 14" told in September: a day said "on" in a
    clause that tells what happened is a past day, though this year's lies nearer ahead; one
    a verb of scheduling governs ("adjourned the hearing to Feb. 3", "set for March 3") may lie
    ahead, and a day a week or less ahead is more likely a slip of the reference than a year."""
    text = future.text()
    return value > (reference + dt.timedelta(days=7)).isoformat() and future.past() and not future.said() \
        and _ON_A_DAY.search(text, max(0, match.start - 8), match.start) is not None \
        and _SCHEDULING.search(text, max(0, match.start - 80), match.start) is None \
        and not _scheduled_present(text, match)


# ("on Feb 14", "pada 28 Juni", or a day naming a past happening: "won the Feb 14 election")
_ON_A_DAY = re.compile(r"\b(?:on|pada|tanggal|the)\s+$", re.I)
_SCHEDULING = re.compile(r"\b(?:schedul\w*|set|slated|postpon\w*|adjourn\w*|delay\w*|defer\w*|moved|pushed"
                         r"|due|deadline|until|till|ditunda|dijadwalkan|diundur|hingga|sampai)\b", re.I)


# "naik mulai Maret", "berlaku hingga Mei": a month that starts or ends a stretch from now
_FROM_OR_UNTIL = re.compile(r"\b(?:mulai|hingga|sampai|starting|until|till|through)\s+(?:the\s+)?(?:(?:awal|akhir|pertengahan"
                            r"|bulan|early|late|mid|(?:end|start|beginning|middle)\s+of)\s+)?$", re.I)


def _opens_a_stretch_ahead(future: _Future, match: DateMatch) -> bool:
    return _FROM_OR_UNTIL.search(future.text(), max(0, match.start - 30), match.start) is not None


def _full_year_past(match: DateMatch, reference: dt.date | None, future: _Future) -> tuple[str, ...]:
    # "Full-year profit rose 8%" told in February is last year's results; an outlook is this year's
    if match.kind != "full_year" or match.groups.get("y") or reference is None or reference.month > 3 \
            or future.said() or not future.past():
        return ()
    return (f"{reference.year - 1:04d}",)


def _past_period(text: str, period: DateMention, reference: dt.date | None, future: _Future) -> DateMention:
    """"Ekspor naik pada kuartal III" said in February: a quarter or half-year without its year
    that has not ended yet is last year's when the clause tells what happened (figures come
    after their period), unless it looks ahead."""
    if reference is None or len(period.values[-1]) != 7 or period.values[-1] < reference.isoformat()[:7]:
        return period
    if not without_a_year(text, period.start, period.end) or future.said() or not future.past():
        return period
    return DateMention(period.start, period.end, tuple(f"{int(v[:4]) - 1:04d}{v[4:]}" for v in period.values))


# What happens every year or as a rule names months of no year in particular.
_HABITUAL = re.compile(r"\b(?:biasanya|umumnya|lazimnya|setiap\s+tahun|tiap\s+tahun|saban\s+tahun|usually|typically"
                       r"|normally|generally|every\s+year|each\s+year|annually)\b", re.I)
_GENERIC_KINDS = frozenset({"month", "month_may", "month_period"})
_MONTH_KINDS = frozenset({"month", "month_may", "month_year"})
# A futures contract is named by the month of its delivery ("for July delivery", "the March
# contract", "kontrak pengiriman Juli"): the month says which contract, not when anything happened.
# ("In March contracts worth … were signed", "kontrak Januari lalu": a date, and what was signed then)
_DELIVERY_AFTER = re.compile(r"(?:\s+\d{4})?\s+(?:delivery|contracts?|futures)\b", re.I)
_DELIVERY_BEFORE = re.compile(r"\b(?:pengiriman|kontrak\s+berjangka)\s+(?:bulan\s+)?$", re.I)
_DATE_PREPOSITION = re.compile(r"\b(?:in|on|by|since|until|from|pada|sejak|hingga|sampai|mulai)\s+$", re.I)


# A bare month word after a capitalised word inside the sentence is part of a name ("kata Lim Mei",
# "Dewi Juni", "Desa Juni Jaya"), unless that word opens a time phrase ("…, Sejak Mei", "Akhir Juni").
_CAPITALISED_BEFORE = re.compile(r"(?<=[a-z,] )(?P<w>[A-Z][a-z]+) $")
_TIME_OPENERS = frozenset("""sejak pada hingga sampai akhir awal pertengahan bulan selama mulai since in by until
early late mid during""".split()) | lxd.CALENDAR_WORDS


# "Tan Mei Ling said …": at the head of a sentence, a capitalised word before the month and one
# after it make a name ("Memasuki Juni, harga naik" has none after).
_OPENING_CAPITALISED = re.compile(r"(?:^|(?<=[.!?\n\"“] ))(?P<w>[A-Z][a-z]+) $")
_CAPITALISED_AFTER = re.compile(r" [A-Z][a-z]+\b")


def _month_word_in_a_name(text: str, match) -> bool:
    before = _CAPITALISED_BEFORE.search(text, max(0, match.start - 30), match.start)
    if before is None and _CAPITALISED_AFTER.match(text, match.end):
        before = _OPENING_CAPITALISED.search(text, max(0, match.start - 30), match.start)
    return before is not None and before.group("w").lower() not in _TIME_OPENERS


def _delivery_month(text: str, match) -> bool:
    if _DATE_PREPOSITION.search(text, max(0, match.start - 8), match.start):
        return False
    return _DELIVERY_AFTER.match(text, match.end) is not None \
        or _DELIVERY_BEFORE.search(text, max(0, match.start - 25), match.start) is not None


_STRETCH_COUNTS = frozenset(lnum.UNITS_WORDS_ID) - {"nol", "setengah", "seratus", "seribu", "sejuta"} | {"beberapa"}
# ("320 bulan ini" after a measure, "tanggal 5 bulan ini": a figure in digits is no count of months)
_COUNT_WORD_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(_STRETCH_COUNTS, key=len, reverse=True))})\s+$", re.I)


def _counted_stretch(text: str, match: DateMatch) -> bool:
    return (match.groups.get("rel") or "").lower() == "ini" \
        and _COUNT_WORD_BEFORE.search(text, max(0, match.start - 20), match.start) is not None


# A wire dateline opening a line: "NAIROBI, May 3 -", "MEDAN, 5 Mei (Antara) -", "Oct 16 (Reuters) -".
_DATELINE_CITY = re.compile(r"(?:[A-Z][A-Z.' ]{1,30}(?:\s*\([^)\n]{1,20}\))?,\s*)?")
_DATELINE_DASH = re.compile(r"\s*(?:\([^)\n]{1,20}\)\s*)?[-\u2013\u2014]\s")
_DATELINE_KINDS = frozenset({"day_month", "month_day", "numeric", "iso"})


def _opens_a_wire_dateline(text: str, match: DateMatch) -> bool:
    if match.kind not in _DATELINE_KINDS or not _DATELINE_DASH.match(text, match.end):
        return False
    line_start = text.rfind("\n", 0, match.start) + 1
    return match.start - line_start <= 40 and _DATELINE_CITY.fullmatch(text, line_start, match.start) is not None


# An opening "Setelah ... sejak X," / "After ... since X,": the stretch the main clause followed.
_AFTER_OPENER = re.compile(r"(?:setelah|sesudah|after)\s[^,]*$", re.I)


def _opens_with_after(text: str, start: int) -> bool:
    """Whether the span may open with "Setelah"/"Sesudah"/"After" (``_AFTER_OPENER`` needs it)."""
    return text[start:start + 5].lower() in ("setel", "sesud", "after")


def _in_an_opening_after_clause(text: str, start: int, match: DateMatch) -> bool:
    """(asked only of a span that ``_opens_with_after``)"""
    if not follows_since(text, match.start) or "," not in text[match.end:match.end + 40]:
        return False
    return _AFTER_OPENER.match(text, start, match.start) is not None


_BORN = re.compile(r"\b(?:born|lahir)\s+$", re.I)
_COHORT_BOUND = re.compile(r"(?:after|before|since|setelah|sesudah|sebelum|sejak)\s", re.I)
_YEAR_KINDS = frozenset({"year", "year_between", "year_listed"})


_EVERY_WORD = r"\b(?:every|each|setiap|tiap|saban|tiap-tiap)\s+(?:hari\s+)?"
_EVERY = re.compile(_EVERY_WORD + "$", re.I)
# The habit covers each weekday listed after it: "setiap Selasa dan Kamis", "every Monday,
# Wednesday and Friday". A weekday after a comma alone is in the list only when the list goes on
# after it ("setiap Rabu, Senin (4/3) …" names the day of the report).
_WEEKDAY = "(?:" + lxd.alternation(lxd.WEEKDAYS) + ")"
_JOINED = r"\s*(?:,\s*)?(?:dan|and|atau|or|serta|&)\s+"
_LISTED_AFTER_EVERY = re.compile(rf"{_EVERY_WORD}(?:{_WEEKDAY}\s*,\s*)*{_WEEKDAY}(?:(?P<joined>{_JOINED})|\s*,\s*)$", re.I)
_LIST_GOES_ON = re.compile(rf"\s*(?:,\s*|{_JOINED}){_WEEKDAY}\b", re.I)


def _weekly_habit(text: str, match: DateMatch) -> bool:
    if _EVERY.search(text, max(0, match.start - 12), match.start):
        return True
    listed = _LISTED_AFTER_EVERY.search(text, max(0, match.start - 60), match.start)
    return listed is not None and (listed.group("joined") is not None or _LIST_GOES_ON.match(text, match.end) is not None)


# "fell 4% in November from a year earlier", "up 7% compared with a year ago": with no figure of its
# own, the year before only says how the change is measured, as "year-on-year" does (the dev
# labels date a yoy rate by its own month only); "from 2.08 billion a year earlier" names a base.
_YEAR_BACK = re.compile(r"(?:a|one)\s+year\s+(?:earlier|ago|before)", re.I)
_COMPARED_FROM = re.compile(r"\b(?:from|than|versus|vs\.?|over|compared\s+(?:with|to)|against)\s+$", re.I)


def _year_on_year(text: str, match: DateMatch) -> bool:
    return _YEAR_BACK.fullmatch(text, match.start, match.end) is not None \
        and _COMPARED_FROM.search(text, max(0, match.start - 20), match.start) is not None


_YEARLESS_KINDS = frozenset({"day_month", "month_day", "paren_numeric", "month", "day_period",
                             "month_day_period", "daymonth_period", "month_period"})


def _placed_by_an_opening_year(mentions: list[DateMention], matches: list[DateMatch], text: str,
                               start: int) -> list[DateMention]:
    """"In 1999, prices fell between March and September": a year that opens the sentence
    before a comma places the year-less days and months after it; it is no date of its own then."""
    if len(matches) < 2 or matches[0].kind != "year" or not text.startswith(",", matches[0].end) \
            or text[start:matches[0].start].strip() and not _YEAR_BEFORE_ITS_MONTHS.match(text, matches[0].end):
        return mentions
    yearless = [i for i, m in enumerate(matches) if m.kind in _YEARLESS_KINDS and not m.groups.get("y")
                and not m.groups.get("rel")]
    if not yearless:
        return mentions
    year = mentions[0].values[0][:4]
    placed = {i: _in_year(mentions[i], year) for i in yearless}
    return [placed.get(i, m) for i, m in enumerate(mentions) if i != 0 and placed.get(i, m) is not None]


# "in 2026, from January to June", "the 2025 fiscal year, which runs from January to December":
# the months told right after a year, set off by a comma, are that year's.
_YEAR_BEFORE_ITS_MONTHS = re.compile(r"(?:\s+(?:fiscal\s+year|financial\s+year|budget|season|tahun\s+anggaran))?"
                                     r",\s+(?:(?:which|yang)\s+(?:runs|covers|ran|covered|berlangsung|meliputi)\s+)?"
                                     r"(?:from|dari|between|antara|mulai)\s+", re.I)


def _scoped_by_a_relative_year(mentions: list[DateMention], matches: list[DateMatch],
                               text: str) -> list[DateMention]:
    """"Last year, the first frost came on October 12", "Tahun lalu, banjir terjadi 3 Januari": a
    year said once places the year-less days and months of the span; it is no date of its own.
    ("From January to March, ... up from ... in the same period last year": that year only moves
    the period back for the comparison base, and places nothing.)"""
    years = [i for i, m in enumerate(matches) if m.kind == "relative_unit"
             and (m.groups.get("u") or m.groups.get("u2") or "").lower() in ("tahun", "year")
             and not chain.same_period_a_year_back(text, m.start)]
    yearless = [i for i, m in enumerate(matches) if m.kind in _YEARLESS_KINDS and not m.groups.get("y")
                and not m.groups.get("rel")]
    if len(years) != 1 or not yearless:
        return mentions
    if all(_in_a_later_base(text, matches[i], matches[years[0]]) for i in yearless):
        return mentions
    if (aside := _aside_around(text, matches[years[0]].start)) and \
            not any(aside[0] <= matches[i].start < aside[1] for i in yearless):
        # "Credit growth, which turned negative last year, rose in August": the year is the
        # aside's (rule 4), and places nothing outside it
        return [m for i, m in enumerate(mentions) if i != years[0]]
    year = mentions[years[0]].values[0][:4]
    placed = {i: _in_year(mentions[i], year) for i in yearless}
    # ("cutting rates late this year if inflation, which hit 5% in January, falls": the months
    # all lie in an aside the year is outside; the year places them, and stays the clause's own)
    kept = _all_in_asides_without(text, [matches[i].start for i in yearless], matches[years[0]].start)
    return [placed.get(i, m) for i, m in enumerate(mentions)
            if (i != years[0] or kept) and placed.get(i, m) is not None]


def _all_in_asides_without(text: str, starts: list[int], pos: int) -> bool:
    """True when every offset of ``starts`` lies in a relative aside that does not hold ``pos``."""
    for start in starts:
        aside = _aside_around(text, start)
        if aside is None or aside[0] <= pos < aside[1]:
            return False
    return True


# The base of a comparison: "up from 372,000 last year", "lebih tinggi dari ... tahun lalu",
# "dibandingkan ... tahun lalu". A year said there is the base's time, not the claim's.
_BASE_MARK = re.compile(r"\b(?:than|compared\s+(?:with|to)|versus|vs\.?|against|(?:up|down)\s+from"
                        r"|(?:rose|fell|grew|climbed|dropped|jumped|increased|decreased|declined)\s+(?:\S+\s+){0,3}?from"
                        r"|dibanding(?:kan)?|daripada|ketimbang"
                        r"|(?:naik|turun|meningkat|menurun|bertambah|berkurang|melonjak|anjlok|tinggi|rendah|banyak"
                        r"|sedikit)\s+(?:\S+\s+){0,3}?dari)\b", re.I)


def _in_a_later_base(text: str, date: DateMatch, year: DateMatch) -> bool:
    """"From January to March, ... up from 372,000 last year": the year sits in a comparison
    base told after the date, so it does not place the date (the claim keeps its own period)."""
    return date.end <= year.start and _BASE_MARK.search(text, date.end, year.start) is not None


# A relative clause set off by commas (", which ... ,", ", yang ... ,"): what it says describes
# a noun, not the clause around it. A decimal comma ("2,5 juta", "1,200") neither closes it nor
# stands for its end. One rule for every reader of asides (``asof`` removes them too).
_ASIDE_OPEN = r",\s*(?:which|who|yang)\b(?:[^,]|,(?=\d))*"
_ASIDE_CLOSE = re.compile(r",(?!\d)")
RELATIVE_ASIDE = re.compile(_ASIDE_OPEN + _ASIDE_CLOSE.pattern, re.I)
ASIDE_OPENED = re.compile(_ASIDE_OPEN, re.I)      # an aside, closed or running to the end
_ASIDE_OPENER = re.compile(_ASIDE_OPEN + "$", re.I)


def _aside_around(text: str, pos: int) -> tuple[int, int] | None:
    """The relative aside that holds ``pos``, running to the end of the text when it is not
    closed: a year said there belongs to the aside, not to the clause around it."""
    opener = _ASIDE_OPENER.search(text, max(0, pos - 80), pos)
    if opener is None:
        return None
    close = _ASIDE_CLOSE.search(text, pos)
    return opener.start(), (close.start() if close else len(text))


def _in_year(mention: DateMention, year: str) -> DateMention | None:
    values = tuple(year + v[4:] for v in mention.values)
    if any(len(v) == 10 and r.safe_date(int(v[:4]), int(v[5:7]), int(v[8:])) is None for v in values):
        return mention
    return DateMention(mention.start, mention.end, values)


_WEEK_WORDS = re.compile(r"\s*(?:pekan|minggu|week)\b", re.I)


def _week_of_weekday(text: str, match: DateMatch, mentions: list[DateMention]) -> bool:
    """"Kamis pekan lalu", "Monday last week": the week only places the weekday just named."""
    if match.kind != "relative_unit" or not mentions or len(mentions[-1].values[0]) != 10:
        return False
    gap = text[mentions[-1].end:match.start]
    return len(gap) <= 1 and not gap.strip() and bool(_WEEK_WORDS.search(text, match.start, match.end))


_WEEK_STEPS = {"lalu": -1, "kemarin": -1, "last": -1, "past": -1, "ini": 0, "this": 0,
               "depan": 1, "mendatang": 1, "next": 1}


def _in_last_week(weekday: DateMention, week: DateMatch, reference: dt.date | None) -> DateMention:
    # "Senin pekan lalu" said on a Wednesday is the Monday of the week before, not two days ago;
    # "Jumat pekan depan" the Friday of the week after, not the coming one.
    day = dt.date.fromisoformat(weekday.values[0])
    rel = (week.groups.get("rel") or week.groups.get("rel2") or "").lower()
    if reference and rel in _WEEK_STEPS:
        monday = reference - dt.timedelta(days=reference.weekday()) + dt.timedelta(weeks=_WEEK_STEPS[rel])
        day = monday + dt.timedelta(days=day.weekday())
    return DateMention(weekday.start, week.end, (day.isoformat(),))


def _moved_like(start: DateMention, end: DateMention, moved_end: DateMention) -> DateMention:
    """"from Monday to Friday last week": the week that places a stretch's last weekday
    places its first one too, the same number of days before."""
    if len(start.values) != 1 or len(start.values[0]) != 10:
        return start
    days = (dt.date.fromisoformat(moved_end.values[0]) - dt.date.fromisoformat(end.values[0])).days
    return DateMention(start.start, start.end, ((dt.date.fromisoformat(start.values[0]) + dt.timedelta(days=days)).isoformat(),))


# "sampai pekan ke-8 tahun 2024", "minggu ke-31 tahun 2025": a week counted in the year
_NUMBERED_WEEK = re.compile(r"\b(?:pekan|minggu)\s+ke-?\s*(\d{1,2})\s+$", re.I)


def _month_of_a_numbered_week(text: str, match: DateMatch) -> tuple[str, ...]:
    """The month of the numbered week of a year (the month its Thursday falls in)."""
    if match.kind != "year" or not (week := _NUMBERED_WEEK.search(text, max(0, match.start - 20), match.start)):
        return ()
    try:
        thursday = dt.date.fromisocalendar(int(match.groups["y"]), int(week.group(1)), 4)
    except ValueError:
        return ()
    return (thursday.isoformat()[:7],)


def _part_of_the_month_just_named(match: DateMatch, mentions: list[DateMention]) -> tuple[str, ...]:
    """"dari Rp 48.000 pada awal Maret menjadi Rp 55.000 di akhir bulan", "opened in May and
    filled up by the end of the month": a part of "the month" after a month named is that month's."""
    if match.kind not in ("part_of_unit", "unit_end") or r.unit_of(match.groups.get("u") or "") != "month" \
            or not mentions or len(mentions[-1].values) != 1 or len(mentions[-1].values[0]) != 7:
        return ()
    return mentions[-1].values


_EARLIER = re.compile(r"\s+(?:sebelumnya|before|earlier|previously)\b", re.I)


def _month_before_previous(text: str, match: DateMatch, mentions: list[DateMention]) -> tuple[str, ...]:
    """"Desember 2014 ... bulan November sebelumnya": the month before the date just named."""
    if match.kind != "month" or match.groups.get("rel") or not mentions or not _EARLIER.match(text, match.end):
        return ()
    year, month = (int(part) for part in mentions[-1].values[0].split("-")[:2]) \
        if len(mentions[-1].values[0]) >= 7 else (0, 0)
    wanted = r.month_of(match.groups["m"])
    if not year:
        return ()
    return (r.iso_month(year if wanted < month else year - 1, wanted),)


def _before_previous(text: str, match: DateMatch, mentions: list[DateMention],
                     periods: list[DateMention], reference: dt.date | None) -> tuple[str, ...]:
    """"bulan sebelumnya", "a year earlier", "periode yang sama tahun lalu": the date named
    just before, moved back; in a move tail, the date of the clause it was cut from (nothing
    named before: no date, since the reference is not meant)."""
    year = None
    if match.kind in ("earlier", "previous"):
        step = chain.step_back(match.groups)
    elif match.kind in ("later", "next_day"):
        # "dua hari kemudian", "the next day": forward from the date just named
        back = chain.step_back(match.groups) if match.kind == "later" else (1, 0)
        step = (-back[0], -back[1]) if back else None
    elif match.kind == "relative_unit" and chain.same_period_a_year_back(text, match.start):
        step = (0, 12)
    elif match.kind == "year" and chain.same_period_a_year_back(text, match.start):
        step, year = (0, 0), match.groups["y"]     # "the same period in 2023"
    else:
        return ()
    if step is None:
        return ()
    # both lists are in text order: the last of each that ends before the match
    candidates = [m for m in (mentions[-1:] + periods[:bisect.bisect_left(periods, match.start, key=_end)][-1:])
                  if m.end <= match.start]
    if candidates and not all(_STEPPED.search(text, m.start, m.end) for m in candidates):
        return _stepped(match, mentions, candidates, step, year)
    # "Cases rose to 3,100 last week, up from 2,400 the week before": a move cut off the clause
    # before it names no date of its own to step from (or only steps: "up from 4.9 percent a month
    # earlier and 4.5 percent a year earlier"); the date of that clause is meant, and the move
    # runs from the base to that date, so the claim holds both
    outer = _named_in_the_clause_moved_from(text, match, reference)
    if not outer:
        return _stepped(match, mentions, candidates, step, year) if candidates else ()
    stepped = _stepped(match, [], outer, step, year)
    return outer[0].values + stepped if stepped else ()


def _stepped(match: DateMatch, mentions: list[DateMention], candidates: list[DateMention],
             step: tuple[int, int], year: str | None) -> tuple[str, ...]:
    """The date the nearest of ``candidates`` names, moved back by ``step`` (or into ``year``)."""
    if year:
        # "between February and June this year, up ... from the same period in 2021": the period,
        # not the year word that placed it
        periods_named = [m for m in mentions[-2:] + candidates if len(m.values[0]) > 4 and m.end <= match.start]
        return chain.placed_in_year(max(periods_named, key=lambda m: m.start).values, year) if periods_named else ()
    # "a net loss for the January-March quarter on Thursday, compared with a profit a year
    # earlier": a step of months moves the period the figure is for, not the day it was told
    if step[1] and not step[0]:
        periods_named = [m for m in mentions[-3:] + candidates if m.end <= match.start and len(m.values[0]) < 10]
        if periods_named:
            return chain.shifted_back(max(periods_named, key=lambda m: m.start).values, *step)
    return chain.shifted_back(max(candidates, key=lambda m: m.start).values, *step)


def _named_in_the_clause_moved_from(text: str, match: DateMatch, reference: dt.date | None) -> list[DateMention]:
    """The last date named in the clause a move tail holding ``match`` was cut from ("Cases rose
    to 3,100 on 13 March, up from 2,400 the week before": 13 March, "… pada kuartal III 2026,
    naik 8 persen dibandingkan periode yang sama tahun lalu": the quarter); [] when ``match`` lies
    in no such tail or that clause names no date (a day of saying names none)."""
    comma = _last_comma(text, max(0, match.start - _TAIL_REACH), match.start)
    if comma < 0 or not lx.MOVE_FROM_A_BASE.match(text, _after_spaces(text, comma + 1)):
        return []
    sentence = _sentence_start(text, comma)
    clause = max(_last_comma(text, max(0, comma - _TAIL_REACH), comma) + 1, sentence)
    named = [m for m in find_dates(text, clause, comma, "", reference) if not said_on(text, m.start)]
    if not named and clause > sentence and _PERIOD_OPENER.match(text, _after_spaces(text, sentence)):
        # "In the first half, exports totalled $334 billion, up 3.6% from the same period last
        # year": the clause's time may open the sentence before its comma ("After the floods in
        # March, …" tells an event, no period measured)
        named = [m for m in find_dates(text, sentence, clause, "", reference) if not said_on(text, m.start)]
    return named[-1:]


_TAIL_REACH = 200
_PERIOD_OPENER = re.compile(r"(?:in|during|throughout|for|pada|selama|sepanjang|hingga|sampai)\s", re.I)
# A date said as a step from another ("a month earlier", "sepekan sebelumnya", "the previous quarter").
_STEPPED = re.compile(r"\b(?:earlier|before|sebelumnya|previous|prior|preceding|ago|lalu)\b", re.I)


def _last_comma(text: str, lo: int, hi: int) -> int:
    """The offset of the last comma in ``text[lo:hi]`` outside a figure ("3,100"), or -1."""
    last = -1
    for found in lx.COMMA_OUTSIDE_A_FIGURE.finditer(text, lo, hi):
        last = found.start()
    return last


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` starts (looked for within ``_TAIL_REACH`` characters)."""
    start = max(0, at - _TAIL_REACH)
    for found in lx.STOP_OR_LINE_BREAK.finditer(text, start, at):
        start = found.end()
    return start


def _after_spaces(text: str, at: int) -> int:
    while at < len(text) and text[at].isspace():
        at += 1
    return at


# "down from 83 at the end of 2020", "stok pada akhir 2022": a reading taken at a past year's end is
# December's; a target "by the end of 2025" is only as precise as its year.
_YEAR_END = re.compile(r"\b(?:end|akhir|penghujung|close)\b", re.I)


# ... and so is one taken "at the end of last year", "pada akhir tahun lalu".
_END_BEFORE = re.compile(r"\b(?:end|akhir|penghujung|close)\s+(?:of\s+)?(?:the\s+)?$", re.I)


def _year_end_past(text: str, match: DateMatch, reference: dt.date | None, future: _Future) -> tuple[str, ...]:
    if reference is None:
        return ()
    if match.kind == "year" and int(match.groups["y"]) < reference.year \
            and _YEAR_END.search(text, match.start, match.end) and not future.said():
        return (f"{match.groups['y']}-12",)
    step = _year_step(match)
    if step == -1 and _END_BEFORE.search(text, max(0, match.start - 20), match.start) \
            and not future.said():
        return (f"{reference.year - 1}-12",)
    if step in (0, 1) and _END_BEFORE.search(text, max(0, match.start - 20), match.start):
        # "hingga akhir tahun ini", "by the end of next year": as "akhir tahun" (below)
        return _end_of_a_year(reference.year + step, future)
    if match.kind in ("part_of_unit", "unit_end") and r.unit_of(match.groups["u"]) == "year" \
            and (match.kind == "unit_end" or (match.groups.get("part") or match.groups.get("part2") or "").lower()
                 in YEAR_END_WORDS):
        # (a reading told as past before December was taken at the end of the year before)
        past_end = _past_reading(future) and reference.month < 12
        return _end_of_a_year(reference.year - 1 if past_end else reference.year, future)
    return ()


# "hingga akhir tahun", "by year-end", "by the end of next year": a target is as precise as its
# year, as "by the end of 2025" is; a reading told as past ("Stocks were rebuilt at the end of
# the year") was taken in that year's December.
def _end_of_a_year(year: int, future) -> tuple[str, ...]:
    return (f"{year}-12",) if _past_reading(future) else (str(year),)


def _past_reading(future) -> bool:
    return future.past() and not future.said()


_YEAR_STEPS = {"lalu": -1, "kemarin": -1, "last": -1, "ini": 0, "this": 0, "depan": 1, "mendatang": 1, "next": 1}


def _year_step(match: DateMatch) -> int | None:
    """-1, 0 or 1 for "tahun lalu", "this year", "tahun depan"; None for any other match."""
    unit = (match.groups.get("u") or match.groups.get("u2") or "").lower()
    rel = (match.groups.get("rel") or match.groups.get("rel2") or "").lower()
    if match.kind != "relative_unit" or unit not in ("tahun", "year"):
        return None
    return _YEAR_STEPS.get(rel)


def _end(mention: DateMention) -> int:
    return mention.end


# Plans, targets and expectations look ahead: "ditargetkan rampung akhir November", "expected
# to reopen by June" name the coming month, even when the one just past is nearer.
# ("diperkirakan" is left out: it also estimates what already happened, "kerugian diperkirakan ...";
# "expected" only with its "to" that may come after the thing expected: "expected prices to ease";
# "the bank's target", a "target range" or "a target of 3 percent" is a standing goal, not what
# is still to come; "the target is to open in August" looks ahead)
_FUTURE = re.compile(r"\b(?:akan|will|shall|bakal|nanti|mendatang|diprediksi|diprediksikan|memprediksi|memprediksikan"
                     r"|meramalkan|memproyeksikan|predicts?|predicted"
                     r"|dijadwalkan|direncanakan|rencananya|berencana|ditargetkan"
                     r"|menargetkan|diharapkan|diproyeksikan|berpotensi|expected\s+(?:[a-z]+\s+){0,3}?to|expects?|forecasts?|forecasting"
                     r"|(?<!\bhad\sbeen\s)scheduled|set\s+to(?!\s+(?:the|a|an|its|their|zero|\d|[$£€]))|would"
                     # ("the results were expected by Monday", "the tally is due on Friday": a schedule)
                     r"|(?:is|are|was|were)\s+(?:expected|due)\s+(?:on|by)(?=\s+[A-Z])"
                     r"|plans?\s+to|planned|(?<!['’]s\s)targets?(?!\s+(?:range|band|of)\b)|aims?\s+to|due\s+to\s+(?:open|start|finish|end|close)"
                     # "is due to hold its next meeting on Thursday": verbs only ("is due to return
                     # delays", "is due to heavy rain" name a cause)
                     r"|(?:is|are)\s+due\s+to\s+(?:hold|meet|vote|decide|announce|publish|sign|visit"
                     r"|resume|deliver|rule|arrive|leave|host|begin))\b", re.I)


# An English fixture told in the present simple at the head of its clause ("Persib host PSM on
# Saturday", "The two sides meet again on Friday") is still to come; a past match takes the past
# tense ("hosted", "met"). Indonesian verbs carry no tense, so only "akan"/"mendatang" tell there.
# (an aside on the subject may come between: "The group, which pumps 40% of the oil, meets on Sunday")
_FIXTURE = re.compile(r"(?:[\w.'-]+ ){0,4}?[\w.'-]+(?:,[^,]{1,80},)? (?:host|hosts|face|faces|play|plays|visit|visits|meet|meets"
                      r"|travel to|travels to|take on|takes on|kick off|kicks off"
                      # a visitor's schedule: "Francis leaves for Papua New Guinea on Friday" (the
                      # plural would also follow "had to")
                      r"|leaves for|departs for|flies to|heads to)\b")


# "Sosialisasi berlangsung hingga Jumat", "can comment online until Friday": a stretch that is
# still running ends on the coming weekday. Only inside a clause (a word before "hingga"): an
# opening "Hingga Jumat, 23 orang ..." is the as-of day of a count, and a clause in the past
# ("was closed until Friday") keeps the weekday just past.
_UNTIL_BEFORE = re.compile(r"[^\W\d_]\s+(?:hingga|sampai|until|till|through)\s+(?:hari\s+)?$", re.I)


def _open_until_weekday(text: str, match: DateMatch, future: _Future) -> bool:
    return match.kind == "weekday" and _UNTIL_BEFORE.search(text, max(0, match.start - 30), match.start) is not None \
        and not future.past() and not _count_up_to(text, match.start)


# "Korban meninggal bertambah menjadi 40 orang hingga Minggu malam", "14 rumah rusak sampai Jumat":
# a count told up to a weekday is as of the day just past, unless its clause tells of a stretch
# still running ("diskon 50 persen berlaku hingga Jumat", "will stay open until Friday").
_CLAUSE_BEFORE = re.compile(r"[^,;.!?\n]{0,100}$")
_RUNNING_STRETCH = re.compile(r"\b(?:berlaku|berlangsung|dibuka|ditutup|diperpanjang|digelar|dijadwalkan|akan|masih"
                              r"|will|would|remains?|stays?|runs?|opens?|closes?|extended|valid)\b", re.I)


def _count_up_to(text: str, at: int) -> bool:
    clause = _CLAUSE_BEFORE.search(text, max(0, at - 100), at).group()
    return any(c.isdigit() for c in clause) and _RUNNING_STRETCH.search(clause) is None


# "The trial opens on Monday", "Voters head to the polls on Sunday", "Polls close at 8 p.m. on
# Sunday", "The council is due to vote on Monday": English tells a fixed schedule in the present
# simple; a verb of the schedule in its clause before a bare weekday or month looks ahead (the
# past takes "opened", "closed", "did not open"; a determiner before the word makes it a noun:
# "the late start on Monday").
_SCHEDULED_PRESENT = re.compile(
    r"(?<!\bdid )(?<!\bdidn't )(?<!\bdidn’t )(?<!\bnot )(?<!\bto )"
    r"(?:\b(?:(?:re)?opens?|starts?|begins?|resumes?|closes?|takes?\s+(?:place|effect)|heads?(?=\s+to\b)"
    r"|go(?:es)?\s+to\s+the\s+polls|arrives?|launch(?:es)?|kicks?\s+off|comes?\s+into\s+force|(?:is|are)\s+(?:due|expected))\b"
    # "Kickoff is at 3 p.m. on Saturday": a time of day told with the present copula
    r"|\b(?:is|are)\s+at\s+\d{1,2}(?:[.:]\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b))"
    r"(?=(?:[^,.;:!?]|\.(?!\s+[A-Z]))*$)")
_SCHEDULE_WORDS = ("open", "start", "begin", "resume", "close", "take", "head", "polls", "arrive", "launch",
                   "kick", "force", "due", "expected", " at ")     # every _SCHEDULED_PRESENT match holds one


# ("the start on Monday", "a late start": a determiner before the word, or with an adjective of
# time or pace between; "The trial opens" has its subject's noun there)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|our)\s+(?:(?:late|early|slow|strong|weak|fast"
                                r"|quick|delayed|official|planned|scheduled|poor|good|bad)\s+)?$", re.I)


# What may stand between the verb and its day: a few words, and a noun with an article only as
# where or to whom the schedule goes ("head to the polls", "opens at the National Gallery",
# "begins in the capital"); "opens with the attack on Monday that …" and "resumes today after the
# halt on Friday" date another noun.
_SCHEDULE_GAP = re.compile(r"(?:\s+(?:(?:to|at|in)\s+(?:the|a)\s+)?(?!(?:the|a|an|its|their|his|her)\s)[^\s,;]+){0,5}?"
                           r"\s+(?:on\s+)?$", re.I)


def _scheduled_present(text: str, match: DateMatch) -> bool:
    window = text[max(0, match.start - 60):match.start]
    if not holds_any(window, _SCHEDULE_WORDS):
        return False
    found = None
    for found in _SCHEDULED_PRESENT.finditer(window):
        pass                            # (the verb nearest the day)
    return found is not None and _DETERMINER_BEFORE.search(window, 0, found.start()) is None \
        and _SCHEDULE_GAP.fullmatch(window, found.end()) is not None


# "dibangun sejak Januari, akan beroperasi Juni": what runs since a month began in the past.
_SINCE = re.compile(r"\b(?:sejak|since)\s+(?:\w+\s+|mid-)?$", re.I)


def follows_since(text: str, start: int) -> bool:
    """Whether the date at ``start`` is the start of a stretch ("sejak 1998", "since mid-May"):
    said after "sejak"/"since", or with it at the head of the date's own span."""
    return _SINCE.search(text, max(0, start - 12), start) is not None or _SINCE_HEAD.match(text, start) is not None


_SINCE_HEAD = re.compile(r"(?:sejak|since)\s", re.I)


_PRESENT_TOO = frozenset("cut put set shut spread hit".split())
_PAST_ONLY = sorted(lx.EN_IRREGULAR_PAST - _PRESENT_TOO)
_PAST = re.compile(r"\b(?:telah|sudah|sempat|pernah|tercatat|mencatat|mencatatkan|mencapai|naik|turun|meningkat"
                   r"|menurun|melonjak|anjlok|merosot|tumbuh|was|were|had|hit|[a-z]{3,}ed"
                   # ("…, up from 5.1 percent in April": a move from its base figure looks back;
                   # "ramps up from January" does not)
                   r"|(?:up|down)\s+(?:[\d.,]+\s*(?:%|percent|per\s+cent)\s+)?from\s+(?:about\s+|nearly\s+|more\s+than\s+)?[$£€]?\d"
                   # ("took office in October": the irregular pasts that are no present form too)
                   # (as written in lower case: "The Fed", "lampu LED", "the Met Office" are names;
                   # capitalised only where it opens a sentence: "Began in May, the strike …")
                   rf"|(?-i:{'|'.join(_PAST_ONLY)})"
                   rf"|(?:^|(?<=\n)|(?<=[.!?]\s))(?-i:{'|'.join(w.capitalize() for w in _PAST_ONLY)}))\b",
                   re.I)


# An estimate may look either way ("harga diperkirakan turun pada April"): no sign of the past.
_ESTIMATE = re.compile(r"\b(?:diperkirakan|memperkirakan|diprediksi|perkiraan|estimated|estimates?)\b", re.I)


# The verb of an attribution that forecasts ("analysts expect", "BMKG memprediksi") makes what
# it governs look ahead; one that estimates ("Ia memperkirakan", "officials estimated") may look
# either way, as "diperkirakan" does inside a span. (Only the verb: "kata Ali" looks nowhere.)
_FORECAST_TOLD = re.compile(r"\b(?:expects?|expected|predicts?|predicted|forecasts?|forecasted|anticipates?"
                            r"|anticipated|projects?|projected|memprediksi|memprediksikan|meramalkan"
                            r"|memproyeksikan|memproyeksi|menargetkan|berharap|mengharapkan)\b", re.I)
_ESTIMATE_TOLD = re.compile(r"\b(?:memperkirakan|estimates?|estimated|menaksir|menduga)\b", re.I)


# "2.1% in October, below the target", "di bawah target pemerintah", "hit the target": a target a
# figure is measured against looks nowhere; the figure is a result.
_TARGET_MEASURED_AGAINST = re.compile(r"\b(?:below|above|within|under|over|beyond|exceed\w*|miss\w*|met|beat\w*|hit"
                                      r"|reached|achieved|short\s+of|di\s+bawah|di\s+atas|melampaui|melebihi|sesuai"
                                      r"|mencapai|memenuhi|menembus)\s+(?:\S+\s+){0,3}$",
                                      re.I)


# "Nvidia forecast third-quarter revenue above estimates on Wednesday": after a singular name a
# bare "forecast" is the past act of forecasting, dated by its day ("Analysts forecast …" is a
# present one).
_FORECAST_MADE = re.compile(r"\b[A-Z][\w.&-]*(?<!s) forecast$")


class _Future:
    """Whether a span speaks of the future, read only when a date that could move ahead is
    found (most spans name none, and the case-blind search is the costliest step here)."""

    def __init__(self, text: str, start: int, end: int, reference: dt.date | None, told_by: str = ""):
        self._args, self._reference, self._said, self._past = (text, start, end), reference, None, None
        self._told_by = told_by

    def past(self) -> bool:
        """Whether the span tells what happened: a past tense, a past marker or a figure's
        change ("telah", "sempat", "naik", "rose", "was"), and no estimate, in the span or
        in the attribution that governs it; Indonesian verbs carry no tense, so a bare
        "Proyek selesai pada kuartal IV" tells neither way."""
        if self._past is None:
            self._past = _PAST.search(*self._args) is not None and _ESTIMATE.search(*self._args) is None \
                and _ESTIMATE_TOLD.search(self._told_by) is None
        return self._past

    def text(self) -> str:
        return self._args[0]

    def _looks_ahead(self) -> bool:
        # "above the 4.81% median forecast": a forecast the figure is measured against looks
        # nowhere; the figure itself is a result.
        text, start, end = self._args
        return any(not (m.group().lower().startswith("forecast")
                        and (lx.FORECAST_MEASURED_AGAINST.search(text[max(start, m.start() - 60):m.end()].lower())
                             or _FORECAST_MADE.search(text, max(start, m.start() - 30), m.end()))
                        or m.group().lower().startswith("target")
                        and _TARGET_MEASURED_AGAINST.search(text, max(start, m.start() - 40), m.start()))
                   for m in _FUTURE.finditer(text, start, end))

    def said(self) -> bool:
        if self._said is None:
            self._said = self._reference is not None and (self._looks_ahead()
                                                          or _FIXTURE.match(*self._args) is not None
                                                          or _FORECAST_TOLD.search(self._told_by) is not None)
        return self._said


# "sejak Jumat pagi hingga Sabtu malam", "from Monday to Thursday": the weekday that closes a
# stretch is the first one after the weekday that opens it, not the one nearest the report.
_STRETCH_GAP = re.compile(r"[^.;\n]{0,25}?\b(?:hingga|sampai|until|till|through|to)\s+(?:hari\s+)?$|\s*[-\u2013]\s*$", re.I)


def _weekday_ending_a_stretch(text: str, match: DateMatch, matches: list[DateMatch],
                              mentions: list[DateMention]) -> tuple[str, ...]:
    if match.kind != "weekday" or match.groups.get("rel") or match.groups.get("pre") or not matches \
            or matches[-1].kind != "weekday" or mentions[-1].end != matches[-1].end:
        return ()
    if not _joins_a_stretch(text, mentions[-1], match.start):
        return ()
    first = dt.date.fromisoformat(mentions[-1].values[0])
    step = (r.weekday_of(match.groups["w"]) - first.weekday()) % 7 or 7
    return ((first + dt.timedelta(days=step)).isoformat(),)


# "began in October and would be finished ...", "voted 5-4 Friday morning": the verb that
# governs the date is in the past, whatever a later clause of the span plans. A passive after
# a modal or "be" ("will be completed in August", "is scheduled for May") still looks ahead.
_PAST_VERB_BEFORE = re.compile(r"(?<!\w)(?P<before>\w+\s+)?(?P<verb>[a-z]{2,}ed|began|met|held|took|won|lost|saw"
                               r"|came|went|fell|rose)\s+(?:[\d-]+\s+)?(?:(?:in|on|during|last)\s+)?$")
# (nor a participle after a linking verb: "will stay closed on Wednesday", "remains shut")
_NOT_A_PAST = re.compile(r"(?:be|been|being|is|are|am|will|would|to|stays?|remains?|gets?|keeps?|becomes?)\s+$", re.I)


# "menyatakan pada Jumat akan mundur", "announced on Friday it will …": the day right after a
# verb of saying is when it was said, however far ahead the words look.
_SAYING_VERB = r"\b(?:mengatakan|menyatakan|menegaskan|menjelaskan|mengumumkan|menyebutkan|said|says|announced|told\s+\w+)"
# ("would be announced on Monday", "is to announce on Friday": a saying still to come)
_SAID_ON_BEFORE = re.compile(rf"(?<!\bbe\s)(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s){_SAYING_VERB}"
                             r"\s+(?:pada\s+|on\s+|in\s+|hari\s+)?$", re.I)
# ... with the place of the saying between ("said outside city hall on Friday", "mengatakan di
# Istana pada Senin"): a few words, none of which is a figure, a clause word or a modal ("said in
# a statement that the bridge would reopen on Friday" looks ahead)
_SAID_AT_A_PLACE_ON_BEFORE = re.compile(
    rf"{_SAYING_VERB}\s+(?:{lx.SPEECH_PLACE_WORDS})\s+(?:(?!(?:that|bahwa|would|will|akan|could|may)\b)[A-Za-z][\w'’-]*\s+){{1,4}}?"
    r"(?:pada\s+|on\s+|hari\s+)?$", re.I)
_SPEECH_PLACES = tuple(f"{w} " for w in lx.SPEECH_PLACE_WORDS.split("|"))


def said_on(text: str, start: int) -> bool:
    """Whether the date at ``start`` follows a verb of saying ("menyatakan pada Jumat", "said
    outside city hall on Friday")."""
    if _SAID_ON_BEFORE.search(text, max(0, start - 30), start) is not None:
        return True
    place = text.rfind(" ", 0, max(0, start - 70))     # (a word boundary before the window)
    window = text[place + 1:start]
    return holds_any(window.lower(), _SPEECH_PLACES) \
        and _SAID_AT_A_PLACE_ON_BEFORE.search(text, place + 1, start) is not None


def told_in_the_past_before(text: str, start: int) -> bool:
    """Whether the verb just before a date at ``start`` tells it in the past ("voted 6-3 Tuesday")."""
    found = _PAST_VERB_BEFORE.search(text, max(0, start - 40), start)
    if found is None or _FUTURE.fullmatch(found.group("verb")):
        return False
    return not (found.group("before") and _NOT_A_PAST.fullmatch(found.group("before")))


def _joins_a_stretch(text: str, first: DateMention, second: int) -> bool:
    """Whether the date at ``second`` closes a stretch opened by ``first`` ("from Monday to
    Friday", "Senin hingga Jumat", "between Tuesday and Thursday")."""
    return _STRETCH_GAP.fullmatch(text, first.end, second) is not None \
        or _AND_GAP.fullmatch(text, first.end, second) is not None \
        and _BETWEEN_BEFORE.search(text, max(0, first.start - 16), first.start) is not None


_AND_GAP = re.compile(r"\s+(?:and|dan)\s+(?:hari\s+)?", re.I)
_BETWEEN_BEFORE = re.compile(r"\b(?:between|antara)\s+(?:hari\s+)?$", re.I)


# "has issued a red alert for Tuesday and Wednesday", "an evacuation order for Friday": a warning
# or an order given for a weekday is for the coming one.
_WARNED_FOR = re.compile(r"\b(?:alert|warning|advisory|watch|order|signal|curfew|ban|closure|holiday)s?\b"
                         r"[^.;!?]{0,40}?\bfor\s+(?:the\s+)?(?:[A-Za-z]+day\s+and\s+)?$", re.I)


def _warned_for(text: str, match: DateMatch) -> bool:
    return match.kind == "weekday" and _WARNED_FOR.search(text, max(0, match.start - 60), match.start) is not None


def _may_look_ahead(match: DateMatch) -> bool:
    # the only matches ``_ahead`` can move (a day of a month only when no year is written)
    return (match.kind in ("month", "weekday") or match.kind in _DAY_OF_A_MONTH and not match.groups.get("y")) \
        and not match.groups.get("rel") and not match.groups.get("pre")


_DAY_OF_A_MONTH = ("day_month", "month_day")
_NUMBERED_ACT_YEAR = re.compile(r"\b(?:Nomor|Nomer|No\.?|Number)\s*[\w./-]+\s+(?:(?:[Tt]ahun|of)\s+)?$")
_BARE_YEAR = re.compile(r"(?:[Tt]ahun\s+|of\s+)?(?:19|20)\d\d")
# What stands between a plan's word and a day it does not govern: a clause or an aside of its
# own ("The festival, which will return next year, drew 40,000 visitors on August 17", "akan
# memeriksa tersangka yang ditangkap pada 12 November").
_CLAUSE_BETWEEN = re.compile(r"[,;]|\b(?:who|which|that|after|since|yang|setelah|sejak|sesudah)\b", re.I)


def _plan_reaches(text: str, match: DateMatch) -> bool:
    """A day of a month moves ahead only when the plan's word governs it, in its own clause
    right before it; a bare month or weekday keeps the span-wide reading."""
    if match.kind not in _DAY_OF_A_MONTH:
        return True
    start = max(0, match.start - 60)
    plan = None
    for plan in _FUTURE.finditer(text, start, match.start):
        pass                            # (the plan's word nearest the day)
    return plan is not None and _CLAUSE_BETWEEN.search(text, plan.end(), match.start) is None


def _ahead(match: DateMatch, reference: dt.date | None) -> tuple[str, ...]:
    """A bare month or weekday in a plan: the coming one (this one when it is today's)."""
    if match.groups.get("rel") or match.groups.get("pre") or reference is None:
        return ()
    if match.kind == "month":
        month = r.month_of(match.groups["m"])
        return (r.iso_month(reference.year if month >= reference.month else reference.year + 1, month),)
    if match.kind == "weekday":
        ahead = (r.weekday_of(match.groups["w"]) - reference.weekday()) % 7
        return ((reference + dt.timedelta(days=ahead)).isoformat(),)
    if match.kind in _DAY_OF_A_MONTH:
        # "will take effect on July 1": the coming July 1
        month, day = r.month_of(match.groups["m"]), int(match.groups["d"])
        coming = r.safe_date(reference.year, month, day)
        if coming is not None and coming < reference:
            coming = r.safe_date(reference.year + 1, month, day)
        return (coming.isoformat(),) if coming else ()
    return ()
