"""Shares of a whole told as fractions: "more than half of GDP", "sepertiga dari lahan".

(An Indonesian fraction names its whole with "dari", or right before a noun for a group of people,
places or holdings, "separuh warga", "dua pertiga anggota DPRD": before any other word it may be a
measure or an idiom, "setengah jam", "seperempat final", "setengah tiang".)

Rule 8 counts every number a claim asserts; a fraction of a whole is one, in percent as
shares are written elsewhere ("a quarter of the seats" -> 25 percent, "two-thirds of the
population" -> 66.7 percent). A half or a quarter of a period ("the first half of 2024",
"kuartal") names the period, not a share, and "half a million" is a count read elsewhere.
"""
from __future__ import annotations

import re

from claims.lexicon_numbers import OPEN_ABOVE, OPEN_BELOW, UNITS_WORDS_EN
from claims.model import Quantity
from claims.quantity_context import qualifier_before
from claims.text_features import features, holds_any

# Fraction words and their share in percent, rounded to a tenth as a writer rounds them.
_SHARES = {
    "half": 50.0, "one half": 50.0, "a half": 50.0, "separuh": 50.0, "setengah": 50.0,
    "a third": 33.3, "one third": 33.3, "one-third": 33.3, "sepertiga": 33.3,
    "two thirds": 66.7, "two-thirds": 66.7, "dua pertiga": 66.7,
    "a quarter": 25.0, "one quarter": 25.0, "one-quarter": 25.0, "seperempat": 25.0,
    "three quarters": 75.0, "three-quarters": 75.0, "tiga perempat": 75.0,
    "a fifth": 20.0, "one fifth": 20.0, "one-fifth": 20.0, "seperlima": 20.0,
    "two fifths": 40.0, "two-fifths": 40.0, "a tenth": 10.0, "one tenth": 10.0, "one-tenth": 10.0,
    "sepersepuluh": 10.0,
}
_ID_WHOLES = (r"warga|penduduk|masyarakat|anggota|responden|pemilih|peserta|siswa|murid|mahasiswa|guru|pegawai"
              r"|karyawan|pekerja|buruh|petani|nelayan|pedagang|pasien|korban|pengungsi|penumpang|kursi|suara|rumah"
              r"|bangunan|sekolah|desa|kecamatan|kabupaten|kota|provinsi|wilayah|daerah|lahan|sawah|hutan|kebun"
              r"|perusahaan|anggaran|dana|total|jumlah|populasi|penjualan|produksi|ekspor|impor|saham|utang")
_FRACTION = re.compile(r"(?<![\w-])(?P<f>" + "|".join(sorted((re.escape(k).replace(r"\ ", r"\s+")
                                                                for k in _SHARES), key=len, reverse=True))
                       + r")\s+(?:(?:of|dari)\s+(?P<whole>[\w'’-]+(?:\s+[\w'’-]+)?)|(?=(?i:" + _ID_WHOLES + r")\b)"
                       # "half the residents", "half its staff": English drops the "of" after "half"
                       r"|(?<=half\s)(?=(?:the|its|their|his|her)\s+(?P<whole2>[\w'’-]+)))", re.I)
# Every match holds one of these, lower-cased: a span without them skips the search ...
_GATE = ("half", "third", "quarter", "fifth", "tenth", "separuh", "setengah", "pertiga", "perempat", "seperlima",
         "sepersepuluh")
# ... and one of these words (or a number word before "thirds", "quarters"): the text around
# them is read for quantities.
TRIGGER_WORDS = frozenset({"half", "third", "quarter", "fifth", "tenth", "separuh", "setengah", "sepertiga", "seperempat",
                           "seperlima", "sepersepuluh", "fifths"})
# "the first half of 2024", "the second quarter of the year", "paruh pertama": a part of a period.
_PERIOD_BEFORE = re.compile(r"(?:first|second|third|final|last|latter|back|paruh)[\s-]+$", re.I)
_PERIOD_WHOLE = re.compile(r"(?:the\s+|this\s+|last\s+|next\s+)?(?:year|month|week|day|season|century|decade|game|match|time|way|battle|story"
                           r"|tahun|bulan|minggu|pekan|hari|musim|abad|(?:19|20)\d\d|[A-Z][a-z]+\s+(?:19|20)\d\d)\b"
                           # "a quarter of a million", "half of one percent", "a third of an hour": a
                           # fraction of one unit is a number, read as such elsewhere
                           r"|(?:a|an|one|satu)\b", re.I)
# "More than half of voters, 52 percent, …": the share is restated as the figure right after.
_RESTATED = re.compile(r"[^,.;]{0,40},\s*(?:about\s+|some\s+|sekitar\s+)?\d[\d.,]*\s?(?:%|percent|per\s+cent|persen)")


def find_shares(text: str, start: int, end: int) -> list[Quantity]:
    """Shares of a whole told as fractions inside ``text[start:end]``, in percent."""
    found = _one_in_n(text, start, end) if " in " in text[start:end] else []
    if not _may_name_a_whole(text, start, end):
        return found                     # (almost every window: the numbers' own words are read)
    return found + [_bounded(_SHARES[" ".join(m.group("f").lower().split())], qualifier_before(text, m.start(), start),
                             m.start("f"), m.end("f")) for m in _share_matches(text, start, end)]


# "One in five children is stunted", "one in every four adults": a share told as a ratio.
_SMALL = {**UNITS_WORDS_EN, "hundred": 100}
_ONE_IN_N = re.compile(r"(?<![\w-])(?P<a>one|two|three|four|five|\d{1,2})\s+in\s+(?:every\s+)?"
                       r"(?P<b>two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|\d{1,3})\s+(?=[a-z])", re.I)


def _one_in_n(text: str, start: int, end: int) -> list[Quantity]:
    found = []
    for m in _ONE_IN_N.finditer(text, start, end):
        a, b = (int(g) if g.isdigit() else _SMALL[g.lower()] for g in m.group("a", "b"))
        if 0 < a < b:
            found.append(_bounded(round(100 * a / b, 1), qualifier_before(text, m.start(), start), m.start(), m.end("b")))
    return found


# Every share names its whole after "of" or "dari" standing between white space, or is told by a
# fraction word before its noun ("separuh warga", "half the residents") or after a move ("fell by a third").
_WHOLE_MARKS = frozenset({"of", "dari", "half", "separuh", "setengah", "sepertiga", "seperempat", "seperlima", "pertiga",
                          "perempat", "third", "quarter", "fifth", "tenth", "sepersepuluh"})


def _may_name_a_whole(text: str, start: int, end: int) -> bool:
    """False when no "of"/"dari" nor a fraction word before a noun stands alone in ``text[start:end]``,
    told from the window's cached word set, which the quantity reader computes anyway
    (``features``). Outside ASCII the word set cannot tell: a case-blind "i" also matches "ı"
    and "İ", which it keeps out of words."""
    return not text.isascii() or not _WHOLE_MARKS.isdisjoint(features(text, start, end))


def holds_a_share(text: str) -> bool:
    """True when ``text`` tells a share of a whole as a fraction."""
    return next(_share_matches(text, 0, len(text)), None) is not None


def _share_matches(text: str, start: int, end: int):
    if not holds_any(text[start:end].lower(), _GATE):
        return                           # (almost every window)
    for m in _FRACTION.finditer(text, start, end):
        if not (_PERIOD_BEFORE.search(text, max(start, m.start() - 10), m.start())
                or _PERIOD_WHOLE.match(m.group("whole") or m.group("whole2") or "")
                or _RESTATED.match(text, m.end())):
            yield m
    for m in _BARE_FRACTION.finditer(text, start, end):
        if _MOVED_BY.search(text, max(start, m.start() - 40), m.start()):
            yield m


# "omzetnya turun hampir separuh", "sales fell by nearly half": a figure moved by a share of
# itself names its whole in the verb; the share is the size of the move.
_BARE_FRACTION = re.compile(r"(?<![\w-])(?P<f>" + "|".join(sorted((re.escape(k).replace(r"\ ", r"\s+") for k in _SHARES),
                                                                 key=len, reverse=True))
                            # (what follows is no noun it measures: "turun setengah jam kemudian" tells a time)
                            # ("rose a third year in a row" counts years)
                            + r")(?=\s*(?:[,.;:)]|$)|\s+(?:dalam|in|within|over|sejak|since|dibandingkan|compared|on|pada"
                            r"|last|lalu|to|menjadi|after|setelah|and|dan|this|so\s+far|from|year-on-year|tahun\s+ini)\b)", re.I)
_MOVED_BY = re.compile(r"\b(?:turun|naik|berkurang|bertambah|menyusut|anjlok|merosot|meningkat|menurun|melonjak"
                       r"|dipangkas|fell|dropped|declined|rose|grew|jumped|plunged|shrank|slumped|cut|slashed|reduced"
                       r"|gained|lost|climbed|risen|fallen|soared|surged|tumbled|slid|shed|added|increased|decreased)"
                       r"(?:\s+by)?\s+(?:(?:hampir|sekitar|lebih\s+dari|kurang\s+dari|nearly|almost|about|roughly|around"
                       r"|more\s+than|less\s+than)\s+)?$", re.I)


def _bounded(share: float, qualifier: str | None, a: int, b: int) -> Quantity:
    low = None if qualifier in OPEN_BELOW else share
    high = None if qualifier in OPEN_ABOVE else share
    return Quantity(low, high, "percent", qualifier, a, b)
