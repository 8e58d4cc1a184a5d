"""Finishing and lap times written like a clock ("2:07:30", "3:45.2"): durations, not times of day.

Spec rule 8 keeps clock times out of the quantities ("pukul 14.54", "7:30 a.m."), and reads a
compound duration as one value in its larger unit ("1 tahun 6 bulan" -> 1.5 years). A race
result written with colons is such a duration: "h:mm:ss" in hours, "m:ss.f" in minutes. Only
the words before it tell a finishing time from a clock time, so one is read only after a cue
("clocked", "in a time of", "dengan catatan waktu"); a decimal fraction of a second ("3:45.2")
never ends a clock time and needs none.
"""
from __future__ import annotations

import re

from claims.model import Quantity

_I = re.IGNORECASE
# "2:07:30", "1:02:30.4"; "3:45.2"; "12:35" (minutes and seconds, read only after a strong cue).
RACE_TIME = re.compile(r"(?<![\d:.,])(?P<a>\d{1,2}):(?P<b>[0-5]\d)(?::(?P<c>[0-5]\d))?(?:[.,](?P<f>\d{1,3}))?"
                         r"(?![\d:]|[.,]\d)")
# Indonesian pages may write a result's parts with full stops ("2.10.45"): only in three parts,
# where no decimal number can be meant, and only after a cue (see DOTTED_CUE_WORDS).
DOTTED_RACE_TIME = re.compile(r"(?<![\d:.,])(?P<a>\d{1,2})\.(?P<b>[0-5]\d)\.(?P<c>[0-5]\d)(?![\d:]|[.,]\d)")
# Words that may stand between the cue and the time: "in a new course record of", "dengan
# catatan waktu terbaik".
_FILLER = (r"(?:(?:a|an|of|the|his|her|their|new|personal|season|course|world|national|winning|record|best"
           r"|time|catatan|waktu|dengan|terbaik|tercepat|rekor)\s+){0,4}")
# A cue that makes a time with seconds a result: a race is won "in" a time, a meeting is held "at" one.
# (A dotted time is read only in a window holding one of these words.)
DOTTED_CUE_WORDS = frozenset({"in", "clocked", "clocking", "clocks", "time", "timing", "record", "best", "finished",
                              "won", "waktu", "dalam", "finis", "menang", "mencatat", "mencatatkan"})
_CUE = re.compile(r"\b(?:" + "|".join(sorted(DOTTED_CUE_WORDS)) + r")\s+" + _FILLER + r"$", _I)
# Minutes and seconds alone ("12:35") look like a clock time: only a word naming a result cues them.
_STRONG_CUE = re.compile(r"\b(?:clocked|clocking|clocks|time\s+of|timing\s+of|record\s+of|best\s+of|catatan\s+waktu"
                         r"|waktu\s+tempuh|finished\s+in|finis\s+dalam)\s+" + _FILLER + r"$", _I)
# A time zone or half of the day after it makes it a clock time whatever came before.
# ("dalam waktu 10:45:30 waktu setempat": "waktu" cues a result, "waktu setempat" a clock.)
_CLOCK_AFTER = re.compile(r"\s*(?:WIB|WITA|WIT|GMT|UTC|[ap]\.?\s?m\b|pagi|siang|sore|malam|dini\s+hari|o'clock"
                          r"|(?:local|[A-Z][a-z]+)\s+time|waktu\s+(?:setempat|lokal|Indonesia|[A-Z][a-z]+)"
                          r"|[A-Z]{2,4}T\b|hours?\s+(?:GMT|UTC|local))", _I)




def race_time(m: re.Match) -> Quantity | None:
    """The duration a match of ``RACE_TIME`` writes, or None where it is (or may be) a clock time."""
    text = m.string
    if _CLOCK_AFTER.match(text, m.end()):
        return None
    before = max(0, m.start() - 60)
    a, b, fraction = int(m.group("a")), int(m.group("b")), m.groupdict().get("f")
    seconds = m.group("c")
    seconds_part = float("0." + fraction) if fraction else 0.0
    if seconds is not None:                                # hours, minutes and seconds
        if not _CUE.search(text, before, m.start()):
            return None
        value, unit = a + b / 60 + (int(seconds) + seconds_part) / 3600, "hours"
    elif _minutes_cued(text, before, m.start(), fraction):
        value, unit = a + (b + seconds_part) / 60, "minute"    # minutes and seconds
    else:
        return None
    value = round(value, 4)                # to the second, without float noise
    return Quantity(value, value, unit, None, m.start(), m.end())


def _minutes_cued(text: str, before: int, start: int, fraction: str | None) -> bool:
    """"3:45.2" needs no cue; three decimals ("1:50.000") may be a map scale with a thousands
    mark, and bare minutes and seconds ("12:35") may be a clock: those need a cue."""
    if fraction and len(fraction) < 3:
        return True
    cue = _CUE if fraction else _STRONG_CUE
    return bool(cue.search(text, before, start))
