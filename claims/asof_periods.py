"""As-of dates, periods (labelling rule 9): figures that belong to a period rather than to the
day they are told. The rates and counts of a statistics release are the data month's, whatever
day they are announced; a share a report gives is of the period its figures are for; a count of
the things a count over a stated period counted, and how those cases ended, are of that period;
a change against a whole year is of the year after it.

Kept apart because these rules answer with a month, a year or a span, where the story's days
(``asof_days``) answer with a day.
"""
from __future__ import annotations

import datetime as dt
import re

from claims import date_links as links
from claims.asof_days import Story, is_an_aside, recent_day, speaker_day
from claims.asof_kinds import MONEY_UNITS, RATE_UNITS, TIMELESS_UNITS, is_count, is_rate, claim_units
from claims.model import Claim
from claims.text_features import may_hold_any


def year_after_a_year_base(text: str, base: tuple[str, ...], reference: dt.date | None) -> tuple[str, ...]:
    # "Road deaths dropped 15% compared with 2019": a change measured against a whole year is
    # that of the year after it (a year compared with a year), when that year has begun
    # ("down from 71 percent at the previous census in 2010" compares with an occasion, not a year)
    if len(base) != 1 or len(base[0]) != 4 or reference is None or int(base[0]) + 1 > reference.year \
            or not re.search(_AGAINST_A_YEAR + base[0] + r"\b", text, re.I):
        return ()
    return (str(int(base[0]) + 1),)


_AGAINST_A_YEAR = r"\b(?:from|dari|dibandingkan|dibanding|compared\s+(?:with|to)|versus|vs\.?|ketimbang)\s+(?:tahun\s+)?"


def dated_by_its_speaker_only(claim: Claim) -> bool:
    # "Secara bulanan, inflasi 0,41 persen," kata Kepala BPS, Senin (3/11): a rate whose only date
    # is the day its speaker gave it (its own words name no time)
    return "date" not in claim.types and is_rate(claim) and all(len(d) == 10 for d in claim.dates)


def period_of_the_rate(text: str, claim: Claim, earlier: list[Claim], story: Story) -> tuple[str, ...]:
    """The month or period a rate given at a release belongs to (rule 9: the figures of a
    statistics release are the data month's, whatever day they are announced): that of the
    rate before it in its paragraph, else of the last rate of the same measure."""
    before = dated_before_in_paragraph(text, earlier, claim)
    named = links.primary(before.dates, before.text) if before is not None \
        else links.month_of_the_same_measure(claim, earlier, givers=story.month_givers)
    # (a survey's fieldwork days are no data month: its findings are given on the day they are)
    return named if all(len(d) < 10 for d in named) else ()


def period_of_its_source(claim: Claim, earlier: list[Claim]) -> tuple[str, ...]:
    """The year or month of the figures a report just gave: "Coal plants made up 52% of
    PM2.5, the report said" after "PM2.5 levels averaged 98 micrograms last year, the report
    found" is that year's figure, not one of the day the report came out (rule 9)."""
    source = _plain_source(claim.source)
    if not source:
        return ()
    for previous in reversed(earlier[-8:]):
        if previous.end <= claim.start and previous.dates and _plain_source(previous.source) == source:
            named = links.primary(links.without_a_record_start(previous), previous.text)
            if named and all(len(d) < 10 for d in named):
                return named        # (a figure of the day between, as of the report, is passed over)
    return ()


def _plain_source(source: str | None) -> str:
    # the head word without its article: "A study released on Monday" is "the study"
    words = (source or "").lower().split()
    words = words[1:] if words and words[0] in ("a", "an", "the") else words
    return words[0] if words else ""


def is_release_figure(claim: Claim) -> bool:
    # counts and amounts of money (rates have their own rule; a stock in tonnes or a rank is
    # read on a day, not for a data month)
    if "prediction" in claim.types or "quote" in claim.types:
        return False        # (tested first: the units are read through a generator)
    units = claim_units(claim)
    return bool(units) and all(u in MONEY_UNITS or u in RATE_UNITS or u not in TIMELESS_UNITS for u in units)


def counted_over_a_period(claim: Claim, story: Story) -> bool:
    # (the things a count over a stated period counted keep that period: see period_or_day)
    if not story.periods:
        return False        # (most stories state no survey or count period)
    units = links.units(claim)
    return any(units & counted for start, _, counted in story.periods if start <= claim.start)


def month_of_the_release(claim: Claim, earlier: list[Claim], story: Story) -> tuple[str, ...]:
    # "Nilai impor pada Agustus 2022 naik 3,1 persen ... Menurut Rina, Jepang menjadi asal impor
    # utama dengan nilai 1,7 miliar dolar AS": a figure of the measure a release gave a month's
    # rate for is that month's (rule 9), not the day it was told
    named = links.month_of_the_same_measure(claim, earlier, shared_word=True, givers=story.month_givers)
    return named if named and all(len(d) == 7 for d in named) else ()


# "Dinkes mencatat 1.240 kasus DBD sepanjang Januari. Tujuh pasien meninggal dunia": how the cases
# counted over a period ended (deaths, recoveries, admissions) is of that period too.
_OUTCOME = re.compile(r"\b(?:meninggal|tewas|wafat|sembuh|dirawat|died|deaths?|dead|recovered|hospitali[sz]ed)\b", re.I)


def outcome_of_a_count_over_a_period(claim: Claim, earlier: list[Claim], story: Story) -> tuple[str, ...]:
    if not is_count(claim) or "prediction" in claim.types \
            or not may_hold_any(claim.text, ("meninggal", "tewas", "wafat", "sembuh", "dirawat", "died", "death",
                                             "dead", "recovered", "hospitali")) or not _OUTCOME.search(claim.text):
        return ()
    # (months counted over, not a running total "since Sept. 28", which is as of the report)
    before = [(start, period) for start, period, _ in story.periods if start < claim.start and len(period[0]) == 7]
    # (only right after the count: two claims on, the story has moved to other figures)
    if before and before[-1][0] in {c.start for c in earlier[-3:]}:
        return before[-1][1]
    return _month_counted_over_just_before(earlier[-3:])


# "mencatat 1.240 kasus sepanjang Januari 2026", "recorded 310 cases during March": one month
# counted over (a period of two ends is in ``Story.periods``)
# ("Sepanjang" may open the sentence; the month keeps its capital)
_OVER_A_MONTH = re.compile(r"\b(?i:sepanjang|selama|throughout|during)\s+(?i:bulan\s+)?[A-Z]")


def _month_counted_over_just_before(recent: list[Claim]) -> tuple[str, ...]:
    for previous in reversed(recent):
        if previous.quantities and previous.dates and len(previous.dates[0]) == 7 \
                and _OVER_A_MONTH.search(previous.text):
            return previous.dates[:1]
    return ()


def period_or_day(claim: Claim, story: Story) -> tuple[str, ...]:
    # A share from a survey, or a count of the same things a count over a stated period counted,
    # is as of that period (rule 9: the same number means different things at different times);
    # otherwise the report's day.
    units = links.units(claim) if story.periods else frozenset()    # (most stories state no period)
    # (a survey's period dates the shares told before it too; a count over a period told later,
    # "In the first five months, arrivals totalled ...", is another figure's period)
    fitting = [(s, p) for s, p, counted in story.periods
               if (units & counted or (units & RATE_UNITS and links.SURVEY in counted))
               and (s <= claim.start or links.SURVEY in counted)]
    # A count or a share told after several updates is as of the last of them.
    if fitting:
        return links.nearest(claim.start, fitting)
    return speaker_day(claim, story, counted=True) or _report_day_over_its_own_happening(claim, story) \
        or recent_day(claim, story.latest, story)


def _report_day_over_its_own_happening(claim: Claim, story: Story) -> tuple[str, ...]:
    """"Sebanyak 10 orang meninggal akibat erupsi …, yang terjadi pada Minggu (3/11)" in Monday's
    report: a count told before any day of the story but the one its own sentence tells of the
    happening is as of the report (rule 9: tolls carry the day of their update)."""
    if story.reference is None or not story.latest or story.latest[0][0] < claim.start - 0.5 \
            or story.latest[0][0] > claim.end:
        return ()
    return (story.reference.isoformat(),)


_LOOKBACK = 3000


def dated_before_in_paragraph(text: str, earlier: list[Claim], claim: Claim) -> Claim | None:
    # An embedded base ("the highest since May 2019, which saw 7 percent") and the superlative
    # it hangs on date only themselves, not the paragraph's period.
    # (a line of many thousand characters is a flattened page, not a paragraph: the walk back
    # stops after _LOOKBACK characters, else it grows with the square of the line)
    paragraph_start = max(text.rfind("\n", 0, claim.start), claim.start - _LOOKBACK)
    for i in range(len(earlier) - 1, -1, -1):
        previous = earlier[i]
        if previous.end > claim.start:
            continue
        if previous.end <= paragraph_start:
            return None
        # (nor does a forecast's target: "… expects inflation to ease by mid-2027. The rupiah
        # strengthened 0.4 percent" is no figure of 2027)
        if previous.dates and links.container(previous, earlier[max(0, i - 3):i]) is None \
                and not links.is_a_since_base(previous) and not is_an_aside(previous) \
                and "prediction" not in previous.types:
            return previous
    return None
