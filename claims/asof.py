"""As-of dates (labelling rule 9): figures that change over time, match events, statements
and clock times carry the date of the day the article reports on; shares and counts from a
survey or a count over a stated period carry that period, wherever in the story it is said.

The day is the nearest full date the article's claims name before the claim (else the first
one after it), when it lies within a week before the reference date; else the reference date.
Events and reported states take the day of an earlier self-dated sentence of their paragraph,
else the story's recent day. How one claim's date follows from another's is in ``date_links``.

This module holds the entry point ``add_as_of_dates`` and the per-claim decision (which rule
dates a claim, in which order). The rules it asks are in three modules by family:
``asof_kinds`` (what kind of claim it is; timeless and standing facts take no date),
``asof_days`` (the story's days and how they carry to later sentences) and ``asof_periods``
(statistics-release months and other periods a figure belongs to).
"""
from __future__ import annotations

import datetime as dt
import re

from claims import date_links as links
from claims import lexicon as lx
from claims.asof_days import (date_just_named, dated_claim_before, dated_clause_before,
                              days_before_the_happening, event_days, figure_just_before, is_anchor,
                              iso, latest_so_far, opening_step_from_the_last, predicate_continued, recent_anchors,
                              recent_day, SINCE_THEN, speaker_day, speaker_days, Story, THEN_WORDS)
from claims.asof_kinds import (claim_units, clear_general_facts, is_a_level_reached, is_count,
                               is_embedded_happening, is_general, is_happening_state, is_market_price, is_plain_event,
                               is_rate, is_reported_state, is_timeless, is_told_happening,
                               needs_as_of, not_yet, still_counting, tells_a_clock_time,
                               tells_a_trading_session)
from claims.asof_periods import (counted_over_a_period, dated_before_in_paragraph,
                                 dated_by_its_speaker_only, is_release_figure, month_of_the_release,
                                 outcome_of_a_count_over_a_period, period_of_its_source,
                                 period_of_the_rate, period_or_day, year_after_a_year_base)
from claims.model import Claim
from claims.text_features import may_hold_any


def add_as_of_dates(text: str, claims: tuple[Claim, ...], reference: dt.date | None
                    ) -> tuple[Claim, ...]:
    """``claims`` (in text order) with as-of dates added where rule 9 asks for them.

    One pass over the claims: what a claim needs (the anchors, the observation periods, the
    claims before it) is gathered once for the article, never by rescanning its text.
    """
    # (what a claim's words say is read once per article: a cache kept across articles would
    # serve a sentence from an earlier article, which flatters a benchmark of repeated templates)
    clear_general_facts()
    anchors = recent_anchors(claims, reference)
    story = Story(anchors, latest_so_far(anchors), links.observation_periods(claims, reference), reference,
                  event_days(text, claims, reference), speaker_days(claims), [])
    heads = _time_heads(text, claims)
    tails = _dated_heads_inside(text, claims)
    out: list[Claim] = []
    for i, claim in enumerate(claims):
        if i in heads:
            claim = _dated(claim, tuple(dict.fromkeys(heads[i] + claim.dates)))
        if i in tails:
            claim = _dated(claim, tuple(dict.fromkeys(claim.dates + tails[i])))
        if not claim.dates and out and (opened := _opened_by_a_date(text, claim, out)):
            claim = _dated(claim, opened)
        out.append(_with_as_of(text, claim, out, story))
        if links.may_give_a_month(out[-1]):
            story.month_givers.append(len(out) - 1)
    return tuple(out)


def _opened_by_a_date(text: str, claim: Claim, earlier: list[Claim]) -> tuple[str, ...]:
    """"As of 6 p.m. on Wednesday, 86,000 homes were under water and 34,000 people had been
    moved": a time phrase set off at the head of a sentence dates each of its clauses."""
    first = None
    for other in reversed(earlier):
        if other.end > claim.start or lx.STOP_OR_LINE_BREAK.search(text, other.end, claim.start):
            break
        first = other
    opener = _DATE_OPENER.match(first.text) if first is not None and first.dates else None
    return first.dates if opener and links.scan_dates(opener.group()) else ()


# A time phrase at the head of a sentence, closed by a comma ("On Wednesday,", "Pada Rabu (4/11),")
_DATE_OPENER = re.compile(r"(?:as\s+of|on|by|per|pada|hingga|sampai)\s[^,;]{2,40},\s", re.I)


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
    """"Nilainya melampaui capaian Juli 2023 yang sebesar 4,17 persen": an embedded
    part whose head noun is a date ("Juli 2023 yang ...") describes that date, and the date
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
    spoken = [d for d in claim.dates if len(d) == 10 and d < today and is_anchor(d, reference)]
    if today not in claim.dates or len(spoken) != 1 or not may_hold_any(claim.text, _NOW_WORDS) \
            or not _NOW.search(claim.text):
        return claim
    return _dated(claim, tuple(d for d in claim.dates if d != today))


_NOW_WORDS = ("saat ini", "kini", "sekarang", "hari ini", "now", "currently", "today")


def _with_as_of(text: str, claim: Claim, earlier: list[Claim], story: Story) -> Claim:
    # A date said only of a comparison base ("down from 58 percent in March") leaves the
    # figure itself undated: it takes its as-of date like any undated claim, then the base's.
    claim = _now_of_its_speaker(claim, story.reference)
    base = claim.dates if links.dates_of_a_base_only(text, claim, story.reference) else ()
    if base or claim.dates or not is_general(claim):     # ("Desa itu dihuni 9.000 jiwa" points at no time)
        claim = links.with_referent_dates(_dated(claim, ()) if base else claim, earlier)
    if base and not claim.dates and (figure := figure_just_before(text, earlier, claim)) is not None:
        claim = _dated(claim, links.primary(figure.dates, figure.text))
    if base and not claim.dates:
        claim = _dated(claim, year_after_a_year_base(claim.text, base, story.reference))
    if claim.dates and dated_by_its_speaker_only(claim):
        claim = _dated(claim, tuple(dict.fromkeys(period_of_the_rate(text, claim, earlier, story) + claim.dates)))
    if not claim.dates and (moved := opening_step_from_the_last(claim, earlier, story.reference)):
        claim = _dated(claim, moved)
    if not claim.dates and (scene := links.scene_named_before(claim, earlier)):
        claim = _dated(claim, scene)
    if not claim.dates and (before := days_before_the_happening(claim, story)):
        claim = _dated(claim, before)
    if not claim.dates and story.reference and _counts_from_the_day_told(claim):
        claim = _dated(claim, (iso(story.reference),))
    if not claim.dates and not is_timeless(claim):
        day = _as_of(text, claim, earlier, story)
        if day and _ahead_of_a_past_claim(claim, day, story.reference):
            day = (iso(story.reference),)
        if day and not is_general(claim):      # (asked only of claims that would take a date)
            claim = _dated(claim, day + links.earlier_than_its_day(claim, day))
    # (a measure handed out counts up too: "telah menyalurkan 2 ton beras sejak Sabtu")
    if claim.quantities and links.dates_of_a_start_only(text, claim, story.reference):
        # "have died since June 1": the perfect counts up to the day of the report
        now = (iso(story.reference),) if story.reference else recent_day(claim, story.latest, story)
        claim = _dated(claim, claim.dates + now)
    if claim.dates and (meant := links.period_meant_besides(claim, earlier, story.reference)):
        claim = _dated(claim, tuple(dict.fromkeys(claim.dates + meant)))
    if base:
        base = links.base_without_a_moved_year(claim, base)
    if may_hold_any(claim.text, THEN_WORDS) and SINCE_THEN.search(claim.text) \
            and (then := date_just_named(claim, earlier)):
        # "had been recorded since then", "sejak saat itu": counted from the date just named
        claim = _dated(claim, tuple(dict.fromkeys(then + claim.dates)))
    return _dated(claim, tuple(dict.fromkeys(claim.dates + base)))


# "Shares fell 4% on the news" after "The hearing was moved to Sept. 15": what a claim tells in
# the English past happened by the report, never on a day still to come.
_EN_PAST = re.compile(rf"\b(?:was|were|had|did|{lx.EN_PAST_FORM})\b")
_NOT_YET_DONE = re.compile(r"\b(?:will|would|shall|to\s+be|is|are|expected|scheduled|due|planned|set\s+to)\b", re.I)


def _ahead_of_a_past_claim(claim: Claim, day: tuple[str, ...], reference) -> bool:
    if reference is None or not all(d[:len(iso(reference))] > iso(reference)[:len(d)] for d in day):
        return False
    return _EN_PAST.search(claim.text) is not None and _NOT_YET_DONE.search(claim.text) is None


# "the council will repair the bridge within 10 days", "akan melapor dalam waktu 14 hari": a promise
# or a time to act timed from the day it was told is dated by that day (the report's).
_WITHIN_FROM_NOW = re.compile(r"\b(?:would|will|akan)\b.{0,80}?\b(?:within|dalam\s+waktu)\s+(?:the\s+next\s+)?"
                              r"\S+\s+(?:hours?|days?|weeks?|jam|hari|pekan|minggu)\b"
                              # "The parties have seven days to appeal", "memiliki waktu tujuh hari untuk
                              # banding": a time given from now to act in
                              r"|\b(?:has|have|were\s+given|was\s+given|memiliki|punya|diberi)\s+(?:waktu\s+)?\S+\s+"
                              r"(?:hours?|days?|weeks?|jam|hari|pekan|minggu)\s+(?:to|untuk)\b", re.I)
_WITHIN_WORDS = ("within", "dalam waktu", "have ", "has ", "given ", "memiliki ", "punya ", "diberi ")


def _counts_from_the_day_told(claim: Claim) -> bool:
    return may_hold_any(claim.text, _WITHIN_WORDS) and _WITHIN_FROM_NOW.search(claim.text) is not None


def _dated(claim: Claim, dates: tuple[str, ...]) -> Claim:
    """``claim`` with ``dates``; built directly (dataclasses.replace looks up the fields on
    every call, several times per claim) and only when the dates change."""
    if dates == claim.dates:
        return claim
    return Claim(claim.start, claim.end, claim.text, claim.types, claim.score, claim.source,
                 claim.quantities, dates, claim.entities)


def _as_of(text: str, claim: Claim, earlier: list[Claim], story: Story) -> tuple[str, ...]:
    """The dates an undated claim takes from its story, most specific link first."""
    if story.reference and not_yet(claim):
        # "Fares have yet to be finalised", "no project has yet reached", "serikat belum
        # menandatangani": what has not happened yet is told as of the report's day, not the
        # day or the target of the clause before it
        return (iso(story.reference),)
    if continued := predicate_continued(text, earlier, claim):
        return continued.dates
    outer = links.container(claim, earlier)
    if outer is not None and links.is_time_bound(claim):
        return outer.dates
    if outer is not None and is_embedded_happening(claim) and outer.dates and not links.is_a_since_base(outer):
        # (not the start of a record the sentence tops: "X, who scored three times, became the
        # first … since 1966" scored on the day of the story, not in 1966)
        # "erupsi eksplosif yang mengakibatkan kolom abu mencapai 3.000 meter", "Sungai X, yang
        # meluap setelah hujan deras": a happening told in a relative clause is part of the one
        # the sentence dates (a standing description, "yang memiliki ketinggian", takes none)
        return links.primary(outer.dates, outer.text)
    if (same := links.same_period_before(claim, earlier)) is not None:
        return same
    if outer is not None and is_rate(claim) and len(day := links.primary(outer.dates, outer.text)) == 1 \
            and len(day[0]) == 10:
        # "shares rose on Wednesday, outperforming the Nikkei, which fell 0.4%": a rate told in an
        # aside of a day's move is that day's, not the month of an earlier rate
        return day
    if is_rate(claim):
        if tells_a_clock_time(claim.text):
            # "The index stood 2.6% higher at 1415 GMT": a rate read at a time of day is that day's
            return recent_day(claim, story.anchors, story)
        if tells_a_trading_session(claim.text):
            # "Shares fell as much as 6.1% in early trade": a move in a trading session is the
            # market's latest, as a market price is
            return recent_day(claim, story.latest, story)
        before = dated_before_in_paragraph(text, earlier, claim)
        return links.primary(before.dates, before.text) if before \
            else links.month_of_the_same_measure(claim, earlier, givers=story.month_givers) \
            or period_of_its_source(claim, earlier) or period_or_day(claim, story)
    if is_release_figure(claim) and not counted_over_a_period(claim, story) \
            and (month := month_of_the_release(claim, earlier, story)):
        return month
    if still_counting(claim) and story.reference:
        return (iso(story.reference),)
    if outcome := outcome_of_a_count_over_a_period(claim, earlier, story):
        return outcome
    if is_market_price(claim):
        return recent_day(claim, story.latest, story)
    if needs_as_of(claim):
        if is_count(claim) and not _told_as_the_happening(claim):
            return period_or_day(claim, story)
        # "The bus overturned on a mountain pass at about 4 a.m.": a happening told by the clock
        # is the story's event, not the day someone spoke of it
        return (is_told_happening(claim) and recent_day(claim, story.events, None)) or recent_day(claim, story.anchors, story)
    if "comparison" in claim.types and (counted := links.ranking_period(claim, story.periods)):
        return counted
    if outer is None and "comparison" in claim.types and may_hold_any(claim.text, _FIRST_WORDS) \
            and _A_FIRST.search(claim.text):
        # "It was his first Super 1000 title", "gelar pertama bagi Jonatan": a first is won on
        # the day of the story's happening
        return recent_day(claim, story.events, None) or recent_day(claim, story.anchors, story)
    if sibling := dated_clause_before(text, earlier, claim):
        return sibling.dates
    # An embedded description ("Desa X, yang berjarak 3 km dari ...") is no happening of the day.
    if outer is None and "prediction" not in claim.types and may_hold_any(claim.text, ("tercatat", "recorded")) \
            and _RECORDED.search(claim.text):
        return recent_day(claim, story.latest, story)
    if outer is None and may_hold_any(claim.text, ("did", "tidak")) and _DID_NOT.search(claim.text):
        return recent_day(claim, story.events, None) or recent_day(claim, story.anchors, None)
    if is_a_level_reached(claim) and outer is None:
        return recent_day(claim, story.events, None) or recent_day(claim, story.anchors, None)
    if (is_plain_event(claim) or is_reported_state(claim) or is_happening_state(claim)) and outer is None:
        dated = dated_claim_before(text, earlier, claim)
        # (not the start of a record it topped: "the highest level since 2019" dates nothing after it)
        if dated and not (links.is_a_since_base(dated) and all(len(d) == 4 for d in dated.dates)):
            return links.primary(dated.dates, dated.text)
        return (is_told_happening(claim) and recent_day(claim, story.events, None)) or speaker_day(claim, story) \
            or recent_day(claim, story.latest if is_reported_state(claim) else story.anchors, None) \
            or _news_of_the_day(claim, story)
    if outer is None and story.reference and may_hold_any(claim.text, _STILL_WORDS) and _STILL_HOLDS.search(claim.text):
        # "A boil-water notice is still in force", "Harga beras masih tinggi": what still holds, holds on
        # the day of the report
        return (iso(story.reference),)
    return ()


_FIRST_WORDS = ("first", "pertama")
_A_FIRST = re.compile(r"\b(?:first|pertama|pertamanya)\b", re.I)


def _told_as_the_happening(claim: Claim) -> bool:
    # "gempa bermagnitudo 5,6 terjadi pukul 13.21 WIB dengan pusat di kedalaman 10 km", "The waves
    # hit at about 9:30 p.m., destroying hundreds of houses", "The shallow quake had a magnitude of
    # 5.6 and struck at a depth of 10km": a happening told by the clock, with its own measures or
    # as its subject, or as its subject with only its own measures, is the story's event; a count
    # by someone else ("pukul 09.30 WIB, tim SAR menemukan 3 jenazah lagi", "hingga pukul 15.00 WIB,
    # 145 gempa susulan") is an update
    if not is_told_happening(claim):
        return False
    units = claim_units(claim)
    own_measures = units <= _MEASURES_OF_A_HAPPENING
    head = lx.HAPPENING_HEAD.match(claim.text)
    as_its_subject = head is not None
    # (not an aftershock, "gempa susulan", nor a happening its own clause defines: "The quake that
    # levelled Palu had a magnitude of 7.5" may be another one than the story's; nor "a second
    # quake", "The quake, the strongest aftershock so far, …")
    the_story_s = as_its_subject and _ANOTHER_HAPPENING.match(claim.text, head.end()) is None \
        and _ANOTHER_ONE.search(claim.text, 0, _subject_end(claim.text, head.end())) is None
    return bool(units) and own_measures and the_story_s \
        or tells_a_clock_time(claim.text) and (own_measures or as_its_subject)


_ANOTHER_HAPPENING = re.compile(r"(?:\s+bumi|-[a-z]+)?\s+(?:susulan|that|which|yang|who)\b", re.I)
_ANOTHER_ONE = re.compile(r"\b(?:aftershocks?|susulan|second|third|another|new|kedua|ketiga|baru)\b", re.I)


def _subject_end(text: str, head_end: int) -> int:
    """The end of a happening's subject: its head, and an aside set off by commas after it."""
    if not text.startswith(",", head_end):
        return head_end
    close = text.find(",", head_end + 1)
    return close if close > 0 else head_end


_MEASURES_OF_A_HAPPENING = frozenset({"magnitude", "km", "m", "mi", "ft", "cm", "knots", "km/h", "mph"})


# "Brightmill Foods has sold 3,000 tonnes", with no day named anywhere before it: what the present
# perfect reports is news of the report's day.
_PRESENT_PERFECT = re.compile(r"\b(?:has|have)\s+(?:[a-z]+ed|[a-z]+en|[a-z]+wn|come|become|run|begun|gone|done"
                              rf"|{lx.EN_IRREGULAR_PAST_ALTERNATION})\b")


def _news_of_the_day(claim: Claim, story: Story) -> tuple[str, ...]:
    if story.reference is None or not may_hold_any(claim.text, ("has ", "have ")) \
            or _PRESENT_PERFECT.search(claim.text) is None:
        return ()
    return (iso(story.reference),)


_STILL_HOLDS = re.compile(r"\b(?:masih|still|remains?|tetap)\b", re.I)
_STILL_WORDS = ("masih", "still", "remain", "tetap")     # every _STILL_HOLDS match holds one


# "Partai itu tercatat unggul di hampir semua kabupaten", "was recorded as the leader": what a
# count or a register shows is a reading as of the story's latest day.
_RECORDED = re.compile(r"\b(?:tercatat|recorded)\b", re.I)


# "The mayor did not vote", "Bupati tidak hadir dalam rapat itu": what did not happen at the
# happening is told of its day, like what did.
_DID_NOT = re.compile(r"\b(?:did\s+not|didn['’]t|tidak\s+(?:hadir|ikut|datang|memberikan\s+suara))\b", re.I)
