"""As-of dates, the story's days (labelling rule 9): the recent full dates the article names
(its anchors), the days its happenings date themselves by, the days its speakers' words are
dated by, and how such a day is carried to a later sentence: a clause joined to a dated clause,
an event told after a self-dated sentence of its paragraph, a comparison cut off after a figure,
"two days later", "three days before the match", "since then".

Kept apart from the decision in ``asof`` because these are facts of the article, gathered once
(``Story``) or looked up among the claims before, not tests of the claim itself.
"""
from __future__ import annotations

import bisect
import operator
import datetime as dt
import re
from dataclasses import dataclass

from claims import date_chain as chain
from claims import date_links as links
from claims import lexicon as lx
from claims.clauses import is_id_verb
from claims.dates import RELATIVE_ASIDE
from claims.lexicon_dates import SMALL_NUMBERS
from claims.model import Claim
from claims.text_features import may_hold_any
from claims.quick_init import quick_init

_WINDOW = dt.timedelta(days=7)
_POSITION = operator.itemgetter(0)


SINCE_THEN = re.compile(r"\b(?:since\s+then|sejak\s+(?:saat\s+|hari\s+|tanggal\s+)?(?:itu|tersebut))\b", re.I)
THEN_WORDS = ("then", "sejak")          # every match holds one; "itu" is in most Indonesian sentences


def date_just_named(claim: Claim, earlier: list[Claim]) -> tuple[str, ...]:
    for previous in reversed(earlier[-3:]):
        if previous.end <= claim.start and previous.dates:
            return previous.dates[:1]
    return ()


# "Kursi pesawat ludes seminggu sebelum libur panjang", "sold out three days before the vote": a
# step from the story's happening (named by its day elsewhere), not from the report's day.
_BEFORE_THE_HAPPENING = re.compile(r"\b(?P<n>\d{1,2}|[a-z]+)\s+(?P<u>hari|days?|pekan|weeks?)\s+"
                                   r"(?:sebelum|before)\s+(?:the\s+)?(?!\d)(?:pertandingan|laga|final|partai"
                                   r"|pemilihan|pemungutan\s+suara|acara|konser|match|game|final|vote|election"
                                   r"|event|concert|race)\b", re.I)


def days_before_the_happening(claim: Claim, story: Story) -> tuple[str, ...]:
    if not may_hold_any(claim.text, ("sebelum", "before")):
        return ()
    found = _BEFORE_THE_HAPPENING.search(claim.text)
    day = recent_day(claim, story.events, None) if found else ()
    step = chain.step_back(found.groupdict()) if found else None
    return chain.shifted_back(day, *step) if day and step else ()


_STEP_KINDS = frozenset({"earlier", "later", "next_day"})
_STEP_WORDS = ("sebelum", "earlier", "kemudian", "later", "setelah", "keesokan", "next", "following")


def opening_step_from_the_last(claim: Claim, earlier: list[Claim], reference: dt.date | None = None
                               ) -> tuple[str, ...]:
    """"Sehari sebelumnya, harga emas turun Rp 8.000", "Two days later, the bridge reopened": a
    sentence that opens with a step from the time just told is that far from the last claim's day.
    One that opens with a step of hours counts from the last day that is no quotation's; one that
    closes with a step of days forward ("She died in hospital two days later") or of hours ("Api
    baru padam sekitar empat jam kemudian") from the last day that is no speaker's, and lands no
    later than the report unless it tells a plan."""
    if not may_hold_any(claim.text, _STEP_WORDS):
        return ()       # (most claims hold none of these words)
    told = _step_told(claim.text)
    if told is None:
        return ()
    step, closing = told
    # (a closing step passes over every day someone spoke; an opening one only a quotation's:
    # "…, kata Kapolsek, Senin (11/3). Dua jam kemudian, jumlah pengungsi bertambah" updates his count)
    previous = next((c for c in reversed(earlier) if c.end <= claim.start and c.dates
                     and not (_dated_by_its_speaker(c) if closing else "quote" in c.types)), None)
    if previous is None:
        return ()
    last = links.primary(previous.dates, previous.text)
    if len(last) != 1 or len(last[0]) != 10:
        return ()
    day = chain.shifted_back(last, *step) if step != (0, 0) else last
    if closing and day and reference and day[0] > reference.isoformat() and "prediction" not in claim.types:
        return ()       # ("They agreed to meet again two weeks later": no day of the story)
    return day


def _step_told(text: str) -> tuple[tuple[int, int], bool] | None:
    """The (days, months) back from the time just told that ``text`` opens with, or the step of
    days or hours forward it closes with, and whether it closes the sentence."""
    # (after a connective that ties the sentence to the one before: "Padahal, sepekan sebelumnya …",
    # "But two days later, …")
    lead = _LEADING_CONNECTIVE.match(text)
    head = text[lead.end() if lead else 0:][:40]
    found = links.scan_dates(head)
    if found and found[0].kind in _STEP_KINDS and found[0].start == 0:
        back = chain.step_back(found[0].groups) if found[0].kind != "next_day" else (1, 0)
        if back is None:
            return None
        return (back if found[0].kind == "earlier" else (-back[0], -back[1])), False
    tail = text[-40:]
    opening = _HOURS_LATER.match(head)
    hours = opening or _HOURS_LATER_CLOSES.search(tail)
    if hours:
        # (under a day: the same day; "36 hours later" is a step this rule does not count)
        count = hours.group("n").lower()
        n = int(count) if count.isdigit() else SMALL_NUMBERS.get(count, 1 if count in ("a", "an") else 99)
        same_day = n < 24 or hours.group("u").lower().startswith(("menit", "minute"))
        return ((0, 0), opening is None) if same_day else None
    found = links.scan_dates(tail)
    # a step forward of days or weeks, the tail's only time, nothing dated before it in the claim,
    # and no comparison ("… from a year earlier", "dibanding sepekan sebelumnya" name a base)
    if len(found) != 1 or found[0].kind != "later" or found[0].end < len(tail) - 1 or links.scan_dates(text[:-40]):
        return None
    back = chain.step_back(found[0].groups)
    if back is None or back[1] or not 0 < back[0] <= _CLOSING_STEP_DAYS:
        return None
    return (-back[0], 0), True


_LEADING_CONNECTIVE = re.compile(r"(?:padahal|namun|tetapi|akan\s+tetapi|sementara\s+itu|sedangkan|bahkan|adapun"
                                 r"|however|but|yet|meanwhile|and|even|instead)\b,?\s*", re.I)


def _dated_by_its_speaker(claim: Claim) -> bool:
    """A quotation, or a report dated only by its attribution ("…, kata Budi, Senin (11/3)"): the
    day someone spoke, no day of the happening a step of hours or days counts from."""
    return "quote" in claim.types or (claim.source is not None and "date" not in claim.types)


_CLOSING_STEP_DAYS = 31     # (a step of years closes a life story, not the day's news)
_HOURS = r"(?P<n>\S+)\s+(?P<u>jam|menit|hours?|minutes?)\s+(?:kemudian|later|setelahnya)"
_HOURS_LATER = re.compile(rf"(?:(?:sekitar|about|some)\s+)?{_HOURS}\b", re.I)
_HOURS_LATER_CLOSES = re.compile(rf"\b{_HOURS}\W*$", re.I)


@quick_init
@dataclass(frozen=True, slots=True)
class Story:
    anchors: list            # (start, recent day named there), in text order
    latest: list             # (start, latest recent day named up to there), in text order
    periods: list            # (start, period, units) of survey and count periods
    reference: dt.date | None
    events: list = ()        # (start, day a dated happening names itself), in text order
    speakers: tuple = ({}, {})   # source -> day its words were dated by; claim start -> source
    # the indices of the claims dated so far that may give a later figure its month
    # (date_links.may_give_a_month), filled in as the claims are dated; None: not kept
    month_givers: list | None = None


def speaker_days(claims: tuple[Claim, ...]) -> tuple[dict, dict]:
    """The day each source's words are dated by (a claim whose only dates are those of its
    attribution, "kata Rudi, Selasa (10/3)"), and the source of each statement by its start."""
    spoken = {}
    for c in claims:
        if c.source and c.dates and "date" not in c.types and all(len(d) == 10 for d in c.dates):
            spoken.setdefault(c.source, c.dates[-1])
    # (only a direct quotation is the speaker's own day: a happening or an indirect report that
    # dates itself gives the story's day, whoever reported it)
    return spoken, {c.start: c.source for c in claims if "quote" in c.types}


def speaker_day(claim: Claim, story: Story, counted: bool = False) -> tuple[str, ...]:
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
    return (iso(story.reference),) if other and other != claim.source and story.reference else ()


def event_days(text: str, claims: tuple[Claim, ...], reference: dt.date | None) -> list[tuple[int, str]]:
    """(start, day) of the happenings that date themselves ("Banjir menerjang ... Rabu (15/1)
    malam, kata petugas Kamis (16/1)"): a later sentence about the same happening ("Its brakes
    failed", "banjir juga memutus jembatan") took place that day, not on the day an official
    spoke of it. A claim's own dates come before those of its attribution frame."""
    # (a count read up to a day, "Sampai pagi ini, 430 warga mengungsi", "as of Monday", is an
    # update, not the happening; nor is a quotation's own day)
    # (nor is the backstory of an embedded part, "The trawler, which had left port on Monday, was
    # hit ...": its day is its own, rule 4, and the sentence around it tells the happening; nor
    # one told in the past perfect, "had knocked out Sen in Saturday's semi-finals")
    return [(c.start, c.dates[0]) for c, container in zip(claims, _containers(claims))
            if "event" in c.types and "date" in c.types and "prediction" not in c.types and "quote" not in c.types
            and (container is None or _names_the_happening(text, c, container)) and c.dates
            and is_anchor(c.dates[0], reference) and _UP_TO_A_DAY.search(c.text) is None
            and not _told_as_backstory(c)]


def _told_as_backstory(claim: Claim) -> bool:
    """A day told in the past perfect reaches behind the story ("had knocked out Sen in Saturday's
    semi-finals"), reported or not; a count up to a day ("As of Tuesday, 11 people had been
    killed") or running since one ("900 cases had been recorded since Sept. 20") is an update,
    and so is one whose only day is when it was said ("Oktay said on Tuesday that 3,549 people
    had been killed")."""
    return _FLASHBACK.search(claim.text) is not None \
        and _UP_TO_A_DAY.search(claim.text) is None and _RUNNING_SINCE.search(claim.text) is None \
        and bool(links.scan_dates(claim.text))


_RUNNING_SINCE = re.compile(r"\b(?:since|sejak)\b", re.I)


def _names_the_happening(text: str, claim: Claim, container: int) -> bool:
    # The story's happening, defined in the subject ("A tsunami that struck … on Saturday night
    # killed 222") or given as the cause of a toll ("Jumlah korban akibat gempa yang mengguncang X
    # pada Senin (6/2) …"); not one set off as an aside ("The blast, which struck on Tuesday, was
    # caused by …"), nor an earlier one the sentence refers to ("… after an attack that killed
    # five soldiers on Monday")
    if lx.cause_of_a_toll(text, claim.start):
        return True
    return claim.start - container <= _ARTICLE_CHARS and lx.HAPPENING_HEAD.match(claim.text) is not None \
        and _ASIDE_ON_A_NAME.match(claim.text) is None


_ARTICLE_CHARS = 4      # "A ", "The ": the subject's article may stay outside the embedded claim


def _containers(claims: tuple[Claim, ...]) -> list[int | None]:
    """For each claim (in text order), the start of the earlier, longer claim it lies inside."""
    out, reach, owner = [], -1, 0
    for c in claims:
        out.append(owner if c.end <= reach else None)
        if c.end > reach:
            reach, owner = c.end, c.start
    return out


_UP_TO_A_DAY = re.compile(r"\b(?:sampai|hingga|as\s+of|per|until|through)\b", re.I)


def recent_day(claim: Claim, anchors: list, fallback: Story | None) -> tuple[str, ...]:
    """The story's recent day for the claim from ``anchors`` (else the fallback's reference)."""
    day = _anchor_for(claim.start, anchors) or (iso(fallback.reference) if fallback else None)
    return (day,) if day else ()


_CLAUSE_JOIN = re.compile(r"\s*[,;]?\s*(?:but|while|whereas|and|sedangkan|tetapi|tapi|namun|dan)?\s*$", re.I)


_GOING_ON = re.compile(r"\b(?:(?:is|are|was|were)\s+being|sedang)\b", re.I)


def _last_before(earlier: list[Claim], start: int) -> Claim | None:
    """The last of ``earlier`` that ends by ``start`` (a plain loop: a generator costs more, and
    the claim just before is most often the one)."""
    for c in reversed(earlier):
        if c.end <= start:
            return c
    return None


def dated_clause_before(text: str, earlier: list[Claim], claim: Claim) -> Claim | None:
    # "X rose 3 percent on Tuesday, but Y fell 0.4 percent": a clause joined to a clause that
    # dates itself shares its time (the date is said once for both); so does one joined to a
    # clause dated as the story's day ("Hundreds wept outside the court, while others cheered").
    previous = _last_before(earlier, claim.start)
    # (a plan's time is not shared by a clause that tells what is going on: "a new lane would open
    # next month and signs were being put up")
    # (nor a record's start: "It was the deadliest crash since 1997, and the minister ordered an
    # inquiry")
    if previous is None or not previous.dates or "prediction" in claim.types or links.is_a_since_base(previous) \
            or ("prediction" in previous.types and _GOING_ON.search(claim.text)):
        return None
    if "date" not in previous.types and not claim.quantities \
            and _STANDING.search(RELATIVE_ASIDE.sub(",", claim.text)):
        # ("Officers seized 2 kg of drugs, and the suspects are members of a network": a standing
        # relation told in the present holds beyond the story's day; a level is of the day, "the
        # dollar is at Rp 16,500", and a copula in an aside is not the claim's own)
        return None
    return previous if _CLAUSE_JOIN.fullmatch(text[previous.end:claim.start]) else None


_STANDING = re.compile(r"\b(?:is|are|merupakan|adalah|ialah)\b(?!\s+(?:still|now|being|masih|kini|sedang)\b)", re.I)


def predicate_continued(text: str, earlier: list[Claim], claim: Claim) -> Claim | None:
    """"KPK menyita Rp 750 juta dan menangkap lima orang": a second predicate whose subject is
    left unspoken goes on telling the act of the clause before, at its time (rule 9)."""
    previous = _last_before(earlier, claim.start)
    if previous is None or not previous.dates or "prediction" in claim.types \
            or not claim.text[:1].islower() or not _AND_ONLY.fullmatch(text, previous.end, claim.start):
        return None
    first = claim.text.split(None, 1)[0]
    # ("… has confirmed 27 deaths so far this year and is investigating 141 more", "… dan menjadi
    # pemberi kerja terbesar": a present or a state tells the day of the report)
    if is_id_verb(first):
        return None if first in _NOT_PAST else previous
    if first in _NOT_PAST or first.endswith("s") and not first.endswith("ss") and first != "was":
        return None
    return previous if lx.EN_AUX.fullmatch(first) else None


_NOT_PAST = frozenset("""is are has have will would can could may might must menjadi memiliki mempunyai masih
sedang kini tetap""".split())


_AND_ONLY = re.compile(r"\s*,?\s*(?:and|dan|serta)\s+", re.I)


# "Arrivals in May came to 8,120, about twice the figure in April 2021": a comparison cut
# off after a comma compares the figure of the clause before it, so it is that figure's time.
# (", atau naik dari 176 kejadian", ", or up from 176": "atau"/"or" restates the figure as a move)
_COMMA_OR_RESTATING = re.compile(r"\s*[,;\u2013\u2014-]\s*(?:(?:atau|or)\s+)?")


def figure_just_before(text: str, earlier: list[Claim], claim: Claim) -> Claim | None:
    previous = _last_before(earlier, claim.start)
    if previous is None or not previous.dates or not previous.quantities:
        return None
    return previous if _COMMA_OR_RESTATING.fullmatch(text, previous.end, claim.start) else None


def dated_claim_before(text: str, earlier: list[Claim], claim: Claim) -> Claim | None:
    # "Pada Senin (3/6), badai melanda … . Angin merobohkan …": an event told after a sentence that
    # dates itself, in the same paragraph, happened on that date.
    for previous in reversed(earlier):
        if previous.end > claim.start:
            continue
        if "\n" in text[previous.end:claim.start]:
            return None
        if "date" in previous.types and "prediction" in previous.types and "prediction" not in claim.types:
            continue    # what happens or goes on is not told on the date of a plan said before it
        if is_an_aside(previous):
            continue
        if "date" in previous.types and not _FLASHBACK.search(previous.text):
            return previous
    return None


# "the firm had repaired the dam in March", "jembatan itu pernah ambruk pada 2019": a date
# told in the past perfect (or with "pernah") reaches back behind the story; what follows it
# ("Service has been suspended") is not told on that date.
_FLASHBACK = re.compile(r"\bhad\s+(?:not\s+|never\s+|already\s+|also\s+)?(?:[a-z]{2,}ed|been|done|seen|taken|given"
                        r"|made|found|held|told|known|shown|begun|gone|come|sent|spent|built|left|lost|paid|won)\b"
                        r"|\bpernah\b", re.I)


def is_anchor(value: str, reference: dt.date | None) -> bool:
    if len(value) != 10:
        return False
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        return False
    return reference is None or reference - _WINDOW <= day <= reference


def recent_anchors(claims: tuple[Claim, ...], reference: dt.date | None) -> list[tuple[int, str]]:
    """(start, day) of the recent full dates the claims name, in text order. A day told only in
    an aside on a name ("Leicester, who drew at Old Trafford on Sunday, …") is the named one's
    backstory (rule 4), no day of the story; a defining clause ("an earthquake that struck on
    Monday") still tells the story's happening."""
    # A day told inside a longer claim is placed just before that claim's own days: "Jumlah korban
    # akibat gempa yang mengguncang X pada Senin (4/3) …, kata Y, Selasa (5/3)" reports as of
    # Tuesday, whatever the order of the claims' starts.
    anchors = []
    for c, container in zip(claims, _containers(claims)):
        if not c.dates or container is not None and _ASIDE_ON_A_NAME.match(c.text):
            continue    # (most claims name no date of their own)
        if lx.MOVE_FROM_A_BASE.match(c.text):
            continue    # "…, up from 87 on Sunday": the day of a comparison base is no day of the story
        if container is None and _told_as_backstory(c):
            continue    # "Jonatan had knocked out Sen in Saturday's semi-finals": what came before the story
        at = c.start if container is None else container - 0.5
        anchors += [(at, d) for d in c.dates if is_anchor(d, reference)]
    return sorted(anchors, key=_POSITION)     # (stable: a claim's days keep their order)


_ASIDE_ON_A_NAME = re.compile(r"[^,]{1,80},\s+(?:who|which|yang)\s")
_WHOLE_ASIDE = re.compile(_ASIDE_ON_A_NAME.pattern + r"[^,]*")


def is_an_aside(claim: Claim) -> bool:
    """Whether ``claim`` is an aside on a name and nothing more ("The bank, which cut its rate in
    September"): its dates are the named one's backstory (rule 4), and date no sentence after it."""
    if _WHOLE_ASIDE.fullmatch(claim.text) is None:
        return False
    head = claim.text[:claim.text.index(",")]
    # (a head with a figure or a date, or of many words, is a clause: "Polisi menangkap seorang
    # pria pada Senin (23/9), yang diduga …" tells the story's day)
    return len(head.split()) <= 6 and not any(ch.isdigit() for ch in head)


def latest_so_far(anchors: list[tuple[int, str]]) -> list[tuple[int, str]]:
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


def iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None
