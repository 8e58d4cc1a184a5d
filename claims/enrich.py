"""Per-claim enrichment: quantities, dates, entities and types (rules 7-10).

The finders are called on the lines around a claim rather than on the whole article: they
read context only within a claim's neighbourhood, and a bounded window keeps the cost of one
call independent of the article's length (offsets are shifted back into the article).
Claims that share a window share one read of it (quantities are read once per window).
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from claims import lexicon_dates as ld
from claims.claimtypes import claim_types
from claims.cut import Cut
from claims.dates import ASIDE_OPENED, find_dates, follows_since, said_on, told_in_the_past_before
from claims.entities import find_entities
from claims.model import Claim, Entity, Quantity
from claims.quantities import find_quantities
from claims.quantity_carry import scale_of_bare_degrees
from claims.text_features import may_hold_any


_CONTEXT = 300   # characters of context around a claim handed to the finders


def build_claim(text: str, cut: Cut, language: str, reference: dt.date | None) -> Claim:
    """The finished Claim for one cut of ``text``."""
    lo, hi = _window(text, cut.start, cut.end)
    local = text[lo:hi]          # one string for every finder: its hash is computed once
    in_window = _window_quantities(local, lo, language)
    quantities = tuple(q for q in in_window if cut.start <= q.start and q.end <= cut.end
                       and not (cut.inner and _inside(q.start, q.end, cut.inner))) if in_window else ()   # (often none)
    # The window may not reach the paragraph that named the scale ("118 degrees Fahrenheit"
    # in the lead, "highs around 108 degrees" further down): a bare degree looks article-wide.
    if quantities:               # (most claims hold none: nothing to carry a scale to)
        quantities = tuple(scale_of_bare_degrees(text, quantities))
    told_by = text[cut.frame[0]:cut.frame[1]] if cut.frame else ""
    inner_dated = _set_off_parts(text, cut.inner_dated) if quantities and cut.inner_dated else cut.inner_dated
    frame_dates = _frame_dates(text, cut, language, reference)
    own_dates = _dates(text, local, lo, cut.start, cut.end, language, _day_of_saying(frame_dates, reference),
                       inner_dated, told_by)
    dates = own_dates + frame_dates
    span = text[cut.start:cut.end]
    types = claim_types(span, quantities=bool(quantities), dated=bool(own_dates),
                        source=cut.source, quote=cut.quote)
    return Claim(start=cut.start, end=cut.end, text=span, types=types, score=cut.score,
                 source=cut.source, quantities=quantities, dates=tuple(dict.fromkeys(dates)) if dates else (),
                 entities=_entities(local, lo, cut.start, cut.end, language))


# "318 pengaduan yang masuk sejak Maret", "boats that docked between Monday and Wednesday
# numbered 2,400": a relative clause not set off by a comma says which things are counted, so
# its dates bound the count (rule 9) and stay the figure's too; one set off by commas (", yang
# …,") describes its noun and keeps its dates to itself (rule 4).
_RESTRICTIVE = re.compile(r"[^\W\d_]\s+(?:yang|yg|who|which|that)\s", re.I)
# ... only the counted things: the part opens with the figure or follows "jumlah", "number of"
_COUNTED_OPEN = re.compile(r"\d|(?:jumlah|total|number\s+of)\s", re.I)
_COUNT_BEFORE = re.compile(r"\b(?:jumlah|total|number\s+of)\s+$", re.I)


def _set_off_parts(text: str, parts):
    return tuple((a, b) for a, b in parts if not (_RESTRICTIVE.search(text, a, b) and _names_the_counted(text, a)))


def _names_the_counted(text: str, start: int) -> bool:
    return _COUNTED_OPEN.match(text, start) is not None \
        or _COUNT_BEFORE.search(text, max(0, start - 15), start) is not None


def _window(text: str, s: int, e: int) -> tuple[int, int]:
    """The lines holding ``[s, e)``, at most ``_CONTEXT`` characters beyond either edge."""
    lo = max(text.rfind("\n", 0, s) + 1, s - _CONTEXT)
    hi = text.find("\n", e, e + _CONTEXT)
    return lo, (min(len(text), e + _CONTEXT) if hi < 0 else hi)


@lru_cache(maxsize=32)
def _window_quantities(local: str, lo: int, language: str) -> tuple[Quantity, ...]:
    # Every quantity of the window ``local`` (which starts at ``lo``), offsets into the article:
    # the claims of one line ask for the same window, and find_quantities only filters its
    # whole-window reading by the span.
    found = find_quantities(local, 0, len(local), language)
    if not lo:
        return found                     # offsets into the window are offsets into the article
    return tuple([Quantity(q.value_min, q.value_max, q.unit, q.qualifier, q.start + lo, q.end + lo) for q in found])


def _entities(local: str, lo: int, s: int, e: int, language: str) -> tuple[Entity, ...]:
    """Entities of ``[s, e)`` read in ``local``, the window starting at ``lo``."""
    found = find_entities(local, s - lo, e - lo, language)
    # Built directly: dataclasses.replace looks up the fields on every call.
    return tuple(Entity(f.text, f.kind, f.start + lo, f.end + lo) for f in found) if lo and found else found


def _dates(text, local, lo, s, e, language, reference, inner=(), told_by="") -> tuple[str, ...]:
    """Date values of ``[s, e)`` read in ``local``, the window of ``text`` starting at ``lo``
    (``told_by``: the attribution that governs the span)."""
    found = find_dates(local, s - lo, e - lo, language, reference, told_by)
    return _values(text, lo, s, e, found, reference, inner)


def _values(text, lo, s, e, found, reference, inner) -> tuple[str, ...]:
    """The values of the mentions ``found`` in ``[s, e)`` (offsets from ``lo``) outside ``inner``."""
    if not found:
        return ()                          # most claims name no date
    mentions = [m for m in found if not _inside(m.start + lo, m.end + lo, inner)] if inner else found
    # Only a full date can move to the coming weekday: the clause is read for "will" then.
    if reference is None or not any(len(v) == 10 for m in mentions for v in m.values) \
            or not may_hold_any(text[s:e], _FUTURE_WORDS) or not _FUTURE.search(text, s, e):
        return tuple(v for m in mentions for v in m.values)
    return tuple(_ahead(text, m.start + lo, m.end + lo, v, reference) for m in mentions for v in m.values)


# "will visit … on Friday", "akan … pada Jumat": a bare weekday in a future clause is the next one.
# (?=…): a case-blind pattern gets no first-character skip from the engine; the lookahead gives it.
_FUTURE_WORDS = ("will", "shall", "akan", "dijadwalkan", "is scheduled to", "are scheduled to", "is set to",
                 "are set to", "rencananya", "berencana")
_FUTURE = re.compile(rf"(?=[abdirsw])\b(?:{'|'.join(_FUTURE_WORDS)})\b", re.I)
# (may_hold_any first: a few substring tests rule out the case-blind search on most claims.)
_BARE_WEEKDAY = re.compile("(?i:" + ld.alternation(ld.WEEKDAY_NAMES_ID + ld.WEEKDAY_NAMES_EN + ("jum'at",)) + ")")


def _ahead(text: str, start: int, end: int, value: str, reference) -> str:
    if reference is None or len(value) != 10 or not _BARE_WEEKDAY.fullmatch(text[start:end]) \
            or told_in_the_past_before(text, start) or said_on(text, start):
        return value        # "voted 6-3 Tuesday, and will …", "menyatakan pada Jumat akan …"
    day = dt.date.fromisoformat(value)
    while day < reference:
        day += dt.timedelta(days=7)
    return day.isoformat()


def _day_of_saying(frame_dates: tuple[str, ...], reference):
    """The day the attribution dates the words to, when it names one day before the report's
    ("\"Kemarin kami mengevakuasi 1.250 warga,\" kata X, Minggu (16/3)": "kemarin" is the day
    before Sunday); else the report's own date. A speaker's "yesterday" counts from when they spoke."""
    days = [v for v in frame_dates if len(v) == 10]
    if reference is None or len(days) != 1:
        return reference
    day = dt.date.fromisoformat(days[0])
    return day if day < reference else reference


def _frame_dates(text: str, cut: Cut, language: str, reference) -> tuple[str, ...]:
    if not cut.frame or cut.embedded:
        return ()
    return _dates_of_frame(text, *cut.frame, language, reference)


# Several claims of a quote share its attribution: its dates are read once for all of them.
@lru_cache(maxsize=16)
def _dates_of_frame(text: str, s: int, e: int, language: str, reference) -> tuple[str, ...]:
    lo, hi = _window(text, s, e)
    found = find_dates(text[lo:hi], s - lo, e - lo, language, reference)
    if not found:
        return ()                          # most attributions ("kata Budi") name no date
    # "ujar X, pedagang yang berjualan di sana sejak 1998": a start said of the speaker
    # describes them; it is not when they spoke
    since = tuple((m.start + lo, m.end + lo) for m in found if follows_since(text, m.start + lo))
    # "The bank, which cut its rate in September, said …": a date in a clause on the speaker tells
    # their backstory (rule 4), unless the clause tells when they spoke ("who spoke on Monday")
    asides = tuple(m.span() for m in ASIDE_OPENED.finditer(text, s, e)) if "," in text[s:e] else ()
    backstory = tuple((m.start + lo, m.end + lo) for m in found if _inside(m.start + lo, m.end + lo, asides)
                      and not (all(len(v) == 10 for v in m.values) and _spoke_then(text, m.start + lo, asides))) \
        if asides else ()
    return _values(text, lo, s, e, found, reference, since + backstory)


def _spoke_then(text: str, at: int, asides) -> bool:
    # (only a day tells when they spoke: "who told lawmakers in September that …" is backstory)
    return any(a <= at < b and _SPOKE.search(text, a, b) for a, b in asides)


_SPOKE = re.compile(r"\b(?:spoke|speaking|said|told|addressed|briefed|testified|wrote|berbicara|mengatakan"
                    r"|menyampaikan|berpidato)\b", re.I)


def _inside(start: int, end: int, spans) -> bool:
    return bool(spans) and any(a <= start and end <= b for a, b in spans)
