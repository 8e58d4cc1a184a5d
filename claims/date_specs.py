"""The date patterns, one per kind of expression, with the cheap checks that gate them.

Speed: every pattern starts with a literal anchor (a digit, a capitalised month or weekday
name, a unit word) and is case-sensitive, so the regex engine can skip ahead; words that
may precede the anchor ("Senin,", "pada", "last", "dua") are read backwards in Python.
"""
from __future__ import annotations

import re

from claims.lexicon_dates import (MONTHS, ONE_UNIT_WORDS, RELATIVE_DAYS, SMALL_NUMBERS, SPELLED_WEEKDAYS, WEEKDAYS,
                                  alternation, cased_alternation)


def _cased(words, lower=False) -> str:
    return cased_alternation(words, lower)


_M = rf"(?:{_cased(MONTHS)})\.?"
# Full month names ("Mei" is one, three letters long); English "May" is also a verb and a name,
# so alone it is a month only after a preposition (the "month_may" kind).
_MFULL = rf"(?:{_cased([w for w in MONTHS if len(w) > 3] + ['mei'])})"
_W = rf"(?:{_cased(WEEKDAYS)})"
_WFULL = rf"(?:{_cased(SPELLED_WEEKDAYS)})"
_TO = r"(?i:-|–|—|hingga|sampai(?:\s+dengan)?|s\.?\s?d\.?|s/d|to|until|through|and|dan)"
_YEAR = r"(?:19|20)\d{2}"
# A day's one or two digits that open a pattern: "\d\d?" matches as "\d{1,2}" does, but a
# pattern that opens with a repeat gets no first-character skip from the regex engine, which
# then tries the whole pattern at every position of the window instead of at its digits.
_DAY = r"\d\d?"
# Literal alternatives (not "[Hh]ari") let the regex engine skip ahead to a first letter.
_UNITS = rf"(?:{_cased(['hari', 'minggu', 'pekan', 'bulan', 'tahun', 'dekade', 'dasawarsa', 'days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year', 'decades', 'decade'], lower=True)})"
_NUMBER = rf"(?:\d{{1,2}}|(?i:{alternation(SMALL_NUMBERS)}))"

_EARLIER_UNITS = (r"(?:hari|minggu|pekan|bulan|tahun|kuartal|triwulan|semester|days?|weeks?|months?|years?"
                  r"|quarters?|half)")
_MONTH_REL = (r"(?!\w|\.\w)(?:\s+(?P<rel>lalu|kemarin|ini|depan|mendatang|tahun\s+lalu|tahun\s+ini"
              r"|tahun\s+depan|last\s+year|this\s+year|next\s+year))?")
_PART_OF_YEAR = r"(?:\b(?:the\s+)?(?:end|start|beginning|middle|close)\s+of|\b(?:awal|akhir|pertengahan|penghujung|early|late|mid))"
# Where a word starts: a zero-width lead for words-before alternatives that open a word (they
# match exactly where they did without it).
_WORD_START = r"(?<!\w)(?=\w)"

# A word of a name, with the joins of place names ("Rio de Janeiro"), and the words that name
# an event or an edition of one (for the years of past events, "named_year").
_NAME_WORD = r"[A-Z][\w-]*(?:\s+(?:de|da|do|del|la|of))?"
_EVENT_NAME = (r"(?i:olimpiade|olympics?|paralympics|games|piala|cup|pemilu|pilpres|pilkada|pileg|elections?"
               r"|championships?|kejuaraan|expo|summit|ktt|euro)")
_EVENT_NOUN = (r"(?i:bombings?|attacks?|crisis|tsunami|earthquake|quake|elections?|riots?|war|disaster|floods?"
               r"|eruption|pandemic|games|olympics|cup|final|championships?|crash|fire|coup|uprising|protests?"
               r"|referendum|summit|tournament"
               # a case at law and the acts it judges
               r"|conviction|verdict|ruling|trial|arrest|raid|robbery|murder|killing|heist|scandal|vote)\b")
_DASARIAN = r"(?:III|II|I|pertama|kedua|ketiga|[123])"
# kind: (core pattern, words read backwards before it, whether those words are required)
_SPECS = {
    # "dasarian III November 2026", "dasarian ketiga November hingga dasarian pertama Desember":
    # BMKG's ten-day parts of a month (days 1-10, 11-20 and 21 to the month's end)
    "dasarian": (rf"[Dd]asarian\s+(?P<p1>{_DASARIAN})(?:\s+(?P<m1>{_M}))?(?:\s+(?P<y1>{_YEAR}))?"
                 rf"(?:\s*{_TO}\s*(?:[Dd]asarian\s+)?(?P<p2>{_DASARIAN})(?:\s+(?P<m2>{_M}))?(?:\s+(?P<y2>{_YEAR}))?)?"
                 r"(?!\w)", None, False),
    "day_period": (rf"(?P<d1>{_DAY})\s*{_TO}\s*(?P<d2>\d{{1,2}})\s+(?P<m>{_M})(?:,?\s+(?P<y>{_YEAR}))?(?![\w])", None, False),
    "daymonth_period": (rf"(?P<d1>{_DAY})\s+(?P<m1>{_M})(?:\s+(?P<y1>{_YEAR}))?\s*{_TO}\s*"
                        rf"(?P<d2>\d{{1,2}})\s+(?P<m2>{_M})(?:,?\s+(?P<y>{_YEAR}))?(?![\w])", None, False),
    # "Januari-Maret 2024", and with a relative year "Januari-Maret tahun lalu", "January to March last year"
    "month_period": (rf"(?P<m1>{_M})(?:\s+(?P<y1>{_YEAR}))?\s*{_TO}\s*(?P<m2>{_M})"
                     r"(?:\s+(?P<rel>(?i:tahun\s+(?:lalu|ini|depan)|(?:last|this|next)\s+year))"
                     rf"|\s+(?P<y>{_YEAR}))?(?![\w])", None, False),
    "weekday_numeric": (rf"(?P<w>{_W}),?\s*(?:(?:pagi|siang|sore|malam|dini\s+hari)\s*)?\(\s*(?P<d>\d{{1,2}})\s*/\s*(?P<mo>\d{{1,2}})"
                        r"(?:\s*/\s*(?P<y>\d{4}|\d{2}))?\s*\)(?:\s+(?P<lalu>lalu))?", None, False),
    "numeric": (rf"(?P<d>{_DAY})([/.-])(?P<mo>\d{{1,2}})\2(?P<y>(?:19|20)\d{{2}})(?![\d/])", None, False),
    "paren_numeric": (r"\(\s*(?P<d>\d{1,2})\s*/\s*(?P<mo>\d{1,2})\s*\)", None, False),
    "iso": (r"(?P<y>(?:19|20)\d{2})-(?P<mo>\d{2})-(?P<d>\d{2})(?!\d)", None, False),
    "day_month": (rf"(?P<d>{_DAY})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{_M})(?:,?\s+(?P<y>{_YEAR}))?(?![\w-])"
                  r"(?:\s+(?P<rel>lalu|mendatang|depan)(?!\w))?", rf"(?P<w>{_W}),?\s+$", False),
    "month_day": (rf"(?P<m>{_M})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?![\d.,]\d)(?:,?\s+(?P<y>{_YEAR}))?(?![\w%])"
                  r"(?!\s*(?:%|persen|percent))", rf"(?P<w>{_W}),?\s+$", False),
    # "in the four months to October": a period of months ending with the month named
    # (also "the nine months ended September 30": the day closes the last month of the period)
    # ("the year to March", "the fiscal year ended March 31": the twelve months up to it;
    # "the quarter ended July 28", a fiscal calendar's, ends on that day, where it starts unsaid)
    "months_to": (rf"(?:(?P<n>\d{{1,2}}|(?i:{alternation(SMALL_NUMBERS)}))\s+months|(?P<yr>year)|(?P<q>quarter))\s+"
                  rf"(?:to|through|ending(?:\s+in)?|ended)\s+"
                  rf"(?P<m>{_MFULL}|May|{_M}(?=\s+\d))(?:\s+(?P<d>\d{{1,2}})(?!\d))?(?:,?\s+(?P<y>{_YEAR}))?(?!\w)", None, False),
    # "selama tiga bulan terakhir", "in the past two years": the whole months or years before
    # the report's own, a period with two ends ("the past week" stays a stretch ending today)
    "last_n": (rf"(?:(?P<n>{_NUMBER})\s+(?P<u>bulan|tahun)\s+terakhir"
               rf"|(?:[Pp]ast|[Ll]ast)\s+(?P<n2>{_NUMBER})\s+(?P<u2>months|years))(?!\w)", None, False),
    # "lima bulan pertama tahun ini", "the first five months of 2025": months 1..N of a year
    # (without the year, "tiga bulan pertama operasi" counts months of something else)
    "first_months": (rf"(?:(?P<n>{_NUMBER})\s+bulan\s+pertama\s+(?:(?P<this>tahun\s+ini)|(?:tahun\s+)?(?P<y>{_YEAR}))"
                     rf"|[Ff]irst\s+(?P<n2>{_NUMBER})\s+months\s+of\s+(?:(?P<this2>the\s+year|this\s+year)|(?P<y2>{_YEAR}))"
                     # "In the first nine months, net profit …": a results period opening the sentence
                     # ("in the first three months, researchers said" may count from anything)
                     rf"|(?:(?<=In\sthe\s)|(?<=,\sin\sthe\s))first\s+(?P<n3>{_NUMBER})\s+months(?=\s*,))(?!\w)",
                     None, False),
    # "akhir pekan lalu", "last weekend", "over the weekend": a Saturday and a Sunday
    # ("awal pekan ini", "sejak awal pekan": the Monday of that week; "by the weekend",
    # "hingga akhir pekan": a deadline, so the coming weekend)
    "weekend": (r"(?:[Aa]khir\s+(?:pekan|minggu)\s+(?P<rel>lalu|kemarin|ini|depan)"
                r"|(?P<start>[Aa]wal)\s+(?:pekan|minggu)(?:\s+(?P<rel3>lalu|kemarin|ini|depan))?"
                r"|(?P<rel2>[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast)\s+weekend|(?P<over>[Oo]ver|[Dd]uring)\s+the\s+weekend"
                r"|(?P<by>[Bb]y|[Uu]ntil|[Tt]ill|[Bb]efore)\s+the\s+weekend"
                r"|(?P<by2>[Hh]ingga|[Ss]ampai|[Mm]enjelang|[Jj]elang)\s+akhir\s+(?:pekan|minggu)"
                r"(?!\s+(?:lalu|kemarin|ini|depan)))(?!\w)",
                None, False),
    # "March 1-7, 2024", "Jan. 5-9": English days of one month
    "month_day_period": (rf"(?P<m>{_M})\s+(?P<d1>\d{{1,2}})\s*(?:-|–|—|to|and|through|until)\s*(?P<d2>\d{{1,2}})"
                         rf"(?![\d.,]\d)(?:,?\s+(?P<y>{_YEAR}))?(?![\w%])(?!\s*(?:%|persen|percent))", None, False),
    "month_year": (rf"(?P<m>{_M})\s+(?:tahun\s+|of\s+)?(?P<y>{_YEAR})(?!\d)",
                   r"(?i:(?:awal|akhir|pertengahan|early|late|mid|end\s+of)\s+)?(?i:bulan\s+)?$", False),
    # "akhir Februari." ends a sentence; "Sept.5" or "Juni.2024" would be something else.
    "month": (rf"(?P<m>{_MFULL}){_MONTH_REL}",
              r"(?i:(?:awal|akhir|pertengahan|early|late|mid|end\s+of)\s+)?(?i:bulan\s+)?$", False),
    "month_may": (rf"(?P<m>May)(?!\s+\d){_MONTH_REL}",
                  r"(?i:\b(?:in|on|since|by|until|till|through|from|during|of|last|this|next|early|late|mid"
                  r"|end\s+of|before|after)\s+|mid-)$", True),
    "year": (rf"(?P<y>{_YEAR})(?![\d.,/-]?\d)(?!\w)",
             # a preposition, or a budget named by its fiscal year ("APBN 2022", "FY 2023")
             # or a part of the year ("akhir 2025", "by the end of 2026", "mid-2027")
             # ("built before 1950", "not raised before 2027", "for the whole of 2026": the year is the date)
             # ("mulai 2027", "starting 2027", "a target for 2026", "untuk 2026": the year the plan is for)
             # (these words open a word: the lead says so, and they are tried at the few word
             # starts of the look-back instead of at each of its positions)
             rf"{_WORD_START}(?i:\b(?:pada|tahun|sejak|hingga|sampai|since|in|by|until|during|before|after|sebelum|setelah"
             r"|sesudah|mulai|starting|for|untuk|whole\s+of|anggaran|apbn|apbd|rapbn|rapbd|fy|fiscal\s+year)\s+(?:tahun\s+)?"
             rf"|{_PART_OF_YEAR}[\s-]+(?:tahun\s+)?)$"
             # or an edition named by its year after an acronym: the name's own acronym in brackets
             # ("Seleksi Masuk (SMPT) 2026"), or one that places the clause ("Pada PPDB 2024, ...")
             # (a bare acronym may name a body: "pemilihan gubernur DKJ 2024" sets no date)
             # (the span starts at the acronym: lookbehinds, one per width, after its first capital
             # so that they are read only where one stands)
             r"|(?:\([A-Z]{2,6}\)|[A-Z](?:(?<=\b[Pp]ada\s[A-Z])|(?<=\bdalam\s[A-Z])|(?<=\b[Ii]n\s[A-Z])"
             r"|(?<=\b[Aa]t\s[A-Z])|(?<=\bduring\s[A-Z]))[A-Z]{1,5})\s$"
             # or a possessive's edition or results of a year ("the bureau's 2025 index", "its 2024 report")
             r"|(?:\b\w+['\u2019]s|\b[Ii]ts|\b[Tt]heir)\s$", True),
    # the first end of a span of years ("between 2015 and 2024", "antara 2019 dan 2023"): only
    # when a year follows, so "between 2000 and 2500 people" names none
    "year_between": (rf"(?P<y>{_YEAR})(?![\d.,/-]?\d)(?=\s+(?:and|dan|hingga|sampai|to)\s+{_YEAR}(?![\d.,/-]?\d)(?!\w))",
                     r"(?i:\b(?:between|antara)\s+(?:tahun\s+)?)$", True),
    # a second year in a list ("in 2022 and 2023"); the span starts after the first year
    "year_listed": (rf"(?P<y>{_YEAR})(?![\d.,/-]?\d)(?!\w)",
                    r"(?:(?<=(?:19|20)\d\d\s)|(?<=(?:19|20)\d\d,\s))(?i:and|dan|or|atau|&)\s+$", True),
    # a comparison base named by its year alone ("up 6% from 2023", "turun 40 persen dibandingkan
    # 2024", "compared with 2019"): not when a unit follows ("dari 2000 orang")
    "year_base": (rf"(?P<y>{_YEAR})(?![\d.,/-]?\d)(?!\w)(?!\s+[a-z])",
                  r"(?i:\b(?:from|dari|dibandingkan|dibanding|ketimbang|compared\s+(?:with|to)|versus|vs\.?)"
                  r"\s+(?:tahun\s+)?)$", True),
    # "sepanjang 2023", "throughout 2022": not when a unit follows ("sepanjang 2000 meter")
    # (only a unit after the number stops it: "sepanjang 2025 tercatat 312 kecelakaan" is the year)
    "year_through": (rf"(?P<y>{_YEAR})(?![\d.,/-]?\d)(?!\w)(?!\s+(?:m|km|cm|mm|ha|ft|mi|meter|metres?|meters?"
                     r"|kilometer|kilometres?|kilometers?|mil|miles?|kaki|feet|hektare?|hektar|langkah|steps)\b)",
                     r"(?i:\b(?:sepanjang|selama|throughout)\s+(?:tahun\s+)?)$", True),
    # a past event or edition named by its year: "Olimpiade Rio de Janeiro 2016", "Piala AFF
    # 2020", "at Barcelona 1992" (a host after a preposition), "the 2002 Bali bombings" (an event
    # noun after it); ``dates`` keeps one only when it lies well in the past and the claim names
    # no other date. A round hundred before a word counts it; a model year or a price has no such cue.
    # (these kinds read a year only where no other kind does: LAST_RESORT_KINDS)
    "named_year": (rf"(?P<y>{_YEAR})(?![\d.,/-]?\d)(?!\w)(?!(?<=00)\s+[a-z])",
                   rf"{_WORD_START}(?:(?:at|in|from|of|since|di|pada|dalam|sejak)\s+(?:{_NAME_WORD}\s+){{1,3}}"
                   rf"|{_EVENT_NAME}\s+(?:{_NAME_WORD}\s+){{1,3}})$", True),
    # ("a 2023 conviction", "his 2019 robbery case": an article or a possessive before it too)
    "year_of_a_name": (rf"(?P<y>{_YEAR})(?=\s+(?:[\w-]+\s+){{0,3}}{_EVENT_NOUN})",
                       r"\b(?:[Tt]he|an?|his|her|their|its)\s$", True),
    # "The chain now runs 140 stores": "now" before a verb in the present states the
    # report's day ("now-defunct", "until now, ...", "Now that" are no such statement)
    "now": (r"(?P<rd>now) (?!this\b)(?=(?:is|are|has|have|[a-z]{2,}s)\b)", r"[a-z] $", True),
    # "Last summer, a fire destroyed 45 homes": the year of that season (winter spans two years)
    "season": (r"(?P<rel>[Ll]ast|[Tt]his|[Nn]ext) (?P<s>summer|spring|autumn|fall)(?!\w)", None, False),
    # "its forecast for full-year revenue", "full-year profit": the year the report falls in, unless written
    "full_year": (rf"(?P<fy>[Ff]ull[- ]year)(?:\s+(?P<y>{_YEAR}))?(?![- ]?\d)(?!\w)", None, False),
    "relative_day": (rf"(?P<rd>{_cased(RELATIVE_DAYS, lower=True)})(?!\w)", None, False),
    "ago": (rf"(?P<u>{_UNITS})\s+(?:yang\s+)?(?:lalu|ago)(?!\w)",
            # (not the decimals of "1,5 tahun lalu", which no day of the calendar is)
            rf"(?<![\w.,-])(?P<n>\d{{1,2}}|(?i:{alternation(SMALL_NUMBERS)}))\s+$", True),
    "one_unit_ago": (rf"(?P<u>{_cased(ONE_UNIT_WORDS, lower=True)})\s+(?:yang\s+)?lalu(?!\w)", None, False),
    # "over the past week", "sepekan terakhir": the seven days up to the report, both ends given
    "past_week": (r"(?:(?i:the\s+)?(?i:past)\s+week|(?i:the\s+)?(?i:past|last)\s+seven\s+days|(?i:sepekan|seminggu)\s+terakhir)(?!\w)",
                  None, False),
    # (the look-ahead names the first letters: the pattern opens with two named groups, and the
    # engine, given no first-character skip, otherwise enters both at every position)
    # ("74.000 tahun lalu", "ratusan tahun lalu" are years ago, no "last year": a number before "tahun" counts them;
    # "tanggal 5 bulan ini" is still a day of this month)
    "relative_unit": (rf"(?=[BMPTbmptLNln])(?:(?!(?:(?<=\d\s)|(?<=\d\s\s)|(?<=ribu\s)|(?<=juta\s)|(?<=ribuan\s)|(?<=jutaan\s)|(?<=ratusan\s)"
                      rf"|(?<=puluhan\s)|(?<=belasan\s)|(?<=beberapa\s))[Tt]ahun\b)(?P<u>{_cased(['pekan', 'minggu', 'bulan', 'tahun'], lower=True)})\s+"
                      r"(?P<rel>lalu|kemarin|ini|depan|mendatang)"
                      # "the past week" is a stretch ending today, not last week: left to the as-of date
                      rf"|(?P<rel2>{_cased(['last', 'this', 'next'], lower=True)})\s+(?P<u2>week|month|year))(?!\w)",
                      None, False),
    # "Monday's quake" names the day; "Jum'at" is matched whole by the alternation
    "weekday": (rf"(?P<w>{_WFULL})(?!\w|['’](?!s\b))(?:\s+(?P<rel>lalu|kemarin|depan|mendatang|besok|ini))?",
                r"(?P<pre>(?i:last|this|next|coming))\s+$", False),
    # "akhir bulan", "by the end of the year": a part of the current month or year
    "part_of_unit": (r"(?P<u>bulan|tahun|month|year)(?!\w)(?!\s+(?:lalu|ini|depan|mendatang|sebelumnya|berikutnya|ago|earlier))",
                     r"(?i:\b(?P<part>awal|akhir|pertengahan|penghujung)|\b(?:the\s+)?(?P<part2>end|start|beginning|middle|close)\s+of\s+the)\s+$",
                     True),
    # "by year-end", "at month end": the same part of the current year or month, said in one
    # compound; only after a preposition ("year-end bonuses" names no time)
    "unit_end": (r"(?P<u>[Yy]ear|[Mm]onth)(?:-|\s)end(?!\w|-)",
                 r"(?i:\b(?:by|at|before|until|till|to|around|near|from)\s+(?:the\s+)?)$", True),
    # Said against the date just named, not the reference: "naik dari bulan sebelumnya",
    # "a year earlier", "the previous three months" (resolved in ``dates``).
    "earlier": (rf"(?:[Ss]e(?P<u1>hari|minggu|pekan|bulan|tahun)|(?P<u>(?i:{_EARLIER_UNITS})))\s+(?:sebelumnya|earlier"
                # ("the year before," said of the date just named; not "the day before the vote")
                r"|before(?=\s*(?:[,.;:)\"”]|$)))(?!\w)",
                rf"(?<![\w-])(?P<n>\d{{1,2}}|(?i:{alternation(SMALL_NUMBERS)}))\s+$", False),
    # ... and forward from it: "dibebaskan dua hari kemudian", "a week later", "keesokan harinya"
    "later": (rf"(?:[Ss]e(?P<u1>hari|minggu|pekan|bulan|tahun)|(?P<u>(?i:{_EARLIER_UNITS})))\s+(?:kemudian|later|setelahnya)(?!\w)",
              rf"(?<![\w-])(?P<n>\d{{1,2}}|(?i:{alternation(SMALL_NUMBERS)}))\s+$", False),
    "next_day": (r"(?:[Kk]eesokan\s+harinya|(?:[Tt]he\s+)?(?:next|following)\s+day)(?!\w)", None, False),
    "previous": (rf"(?:{_cased(['previous', 'preceding', 'prior'], lower=True)})\s+"
                 rf"(?:(?P<n>\d{{1,2}}|(?i:{alternation(SMALL_NUMBERS)}))\s+)?(?P<u>{_EARLIER_UNITS})(?!\w)", None, False),
}
_MONTH_WORDS = frozenset(MONTHS)
# the feature words keep apostrophes: "monday's" is one word there
_WEEKDAY_WORDS = frozenset(WEEKDAYS) | {w + s for w in WEEKDAYS for s in ("'s", "’s")}
# Cheap checks that skip patterns which cannot match: a word that must occur in the window
# (a frozenset, compared with its lower-cased words) or characters (a tuple of substrings).
NEEDLES = {
    "dasarian": frozenset({"dasarian"}),
    "day_period": _MONTH_WORDS, "daymonth_period": _MONTH_WORDS, "month_period": _MONTH_WORDS,
    # ("numeric" opens on its year, the "20" of "12/03/2024": almost every sentence holds a
    # separator, its full stop, so the gate, not a needle, looks for the two around the month)
    "weekday_numeric": frozenset("("), "numeric": frozenset({"19", "20"}), "paren_numeric": frozenset("("),
    "iso": frozenset("-"),
    "day_month": _MONTH_WORDS, "month_day": _MONTH_WORDS, "month_year": _MONTH_WORDS,
    "month": _MONTH_WORDS, "year": frozenset({"19", "20"}), "year_through": frozenset({"19", "20"}),
    "year_listed": frozenset({"19", "20"}), "year_base": frozenset({"19", "20"}),
    "named_year": frozenset({"19", "20"}), "year_of_a_name": frozenset({"19", "20"}),
    "year_between": frozenset({"between", "antara"}),
    "month_day_period": _MONTH_WORDS, "month_may": frozenset({"may"}), "months_to": frozenset({"months", "year", "quarter"}),
    "last_n": frozenset({"terakhir", "past", "last"}), "first_months": frozenset({"pertama", "first"}),
    "weekend": frozenset({"akhir", "awal", "weekend"}), "part_of_unit": frozenset({"bulan", "tahun", "month", "year"}),
    "unit_end": frozenset({"month", "year"}),
    "relative_day": frozenset(w.split()[0] for w in RELATIVE_DAYS), "now": frozenset({"now"}),
    "season": frozenset({"summer", "spring", "autumn", "fall"}), "full_year": frozenset({"full"}),
    "ago": frozenset({"lalu", "ago"}), "one_unit_ago": frozenset({"lalu"}),
    "relative_unit": frozenset({"lalu", "kemarin", "ini", "depan", "mendatang", "last", "this", "next"}),
    "weekday": _WEEKDAY_WORDS, "past_week": frozenset({"past", "last", "sepekan", "seminggu"}),
    "earlier": frozenset({"sebelumnya", "earlier", "before"}), "later": frozenset({"kemudian", "later", "setelahnya"}),
    "next_day": frozenset({"keesokan", "next", "following"}), "previous": frozenset({"previous", "preceding", "prior"}),
}
LOOK_BACK = 40
PATTERNS = [(kind, re.compile(core), re.compile(before) if before else None, required)
            for kind, (core, before, required) in _SPECS.items()]
# A stretch that every match of the kind must hold, as a pattern that starts with a literal
# or a digit so it is found in one fast pass; the full pattern (slow where it opens with a
# group of alternatives) only runs where its gate is found. Gates never change what matches.
GATES = {
    "unit_end": re.compile(r"(?:ear|onth)[- ]end"),
    "weekday_numeric": re.compile(r"\(\s*\d{1,2}\s*/"),
    # (opening with a separator, not a digit: the engine skips to the few "/", "." and "-")
    "numeric": re.compile(r"[/.-]\d\d?[/.-](?:19|20)"),
    "ago": re.compile(r"(?:lalu|ago)(?!\w)"),
    "one_unit_ago": re.compile(r"lalu(?!\w)"),
    "relative_unit": re.compile(r"(?:lalu|kemarin|ini|depan|mendatang|week|month|year)(?!\w)"),
    "earlier": re.compile(r"(?:sebelumnya|earlier|before)(?!\w)"),
    "past_week": re.compile(r"(?:week|days|terakhir)(?!\w)"),
    "later": re.compile(r"(?:kemudian|later|setelahnya)(?!\w)"),
    "next_day": re.compile(r"harinya|day(?!\w)"),
    "months_to": re.compile(r"(?:months|year|quarter)\s+(?:to|through|ending|ended)\b"),
    "last_n": re.compile(r"(?:bulan|tahun)\s+terakhir|months|years"),
    "first_months": re.compile(r"bulan\s+pertama|months\s+of|first\s+\S+\s+months"),
    "weekend": re.compile(r"(?:pekan|minggu)\s+(?:lalu|kemarin|ini|depan)|[Aa]wal\s+(?:pekan|minggu)|weekend"
                          r"|(?:ngga|mpai|elang)\s+akhir\s+(?:pekan|minggu)"),
}


# How the words before a date must end for its words-before pattern to find them, as a plain
# test of the text before the date (ASCII; its trailing white space and hyphens left out): every
# match of the pattern ends with one of the lower-case endings, or with one of the cased ones.
# A miss spares the pattern's search, which tries each of the LOOK_BACK positions before the
# date; most years and counts follow no such word ("merendam 2031 rumah"). A kind not listed
# is always searched. Each tuple lists what its pattern's alternatives end with, before "\s+$"
# (tests/claims/test_date_patterns.py checks the two agree).
_NUMBER_BEFORE = ("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "sembilan", "delapan", "sepuluh", "empat",
                  "tujuh", "three", "seven", "eight", "satu", "tiga", "lima", "enam", "four", "five", "nine", "dua",
                  "one", "two", "six", "ten", "an", "a")
BEFORE_ENDINGS = {
    "year": (("pada", "tahun", "sejak", "hingga", "sampai", "since", "in", "by", "until", "during", "before", "after",
              "sebelum", "setelah", "sesudah", "mulai", "starting", "for", "untuk", "of", "anggaran", "apbn", "apbd",
              "rapbn", "rapbd", "fy", "year", "awal", "akhir", "pertengahan", "penghujung", "early", "late", "mid",
              "'s", "its", "their"),
             tuple("ABCDEFGHIJKLMNOPQRSTUVWXYZ)")),       # "(BPS) 2023", "Q1 2024": an acronym before it
    "year_listed": (("and", "dan", "or", "atau", "&"), ()),
    "year_base": (("from", "dari", "dibandingkan", "dibanding", "ketimbang", "with", "to", "versus", "vs", "vs.",
                   "tahun"), ()),
    "year_through": (("sepanjang", "selama", "throughout", "tahun"), ()),
    "year_between": (("between", "antara", "tahun"), ()),
    "ago": (_NUMBER_BEFORE, ()),
    "earlier": (_NUMBER_BEFORE, ()),
    "later": (_NUMBER_BEFORE, ()),
    "weekday": (("last", "this", "next", "coming"), ()),
    "year_of_a_name": (("the", "a", "an", "his", "her", "their", "its"), ()),
}


# Kinds whose core is a year "(?P<y>(?:19|20)\d{2})" with look-arounds only, each of which
# rules out a digit or a word character right after the year, and whose words before are
# required: ``date_patterns`` reads them at the years it finds once per window.
YEAR_KINDS = frozenset({"year", "year_between", "year_listed", "year_base", "year_through", "named_year",
                        "year_of_a_name"})
assert all(_SPECS[kind][0].startswith(r"(?P<y>(?:19|20)\d{2})(?") and _SPECS[kind][2] for kind in YEAR_KINDS)


# Kinds that read a span only where no other kind does (``date_patterns._scan``).
LAST_RESORT_KINDS = frozenset({"named_year", "year_of_a_name"})
DIGIT_KINDS = frozenset({"day_period", "daymonth_period", "weekday_numeric", "numeric",
                          "paren_numeric", "iso", "day_month", "month_day", "month_year", "year",
                          "year_through", "year_base", "year_listed", "year_between", "month_day_period",
                          "named_year", "year_of_a_name"})
