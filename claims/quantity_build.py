"""Turn a run of number atoms into one Quantity: ranges, "plus minus", compound durations,
qualifiers, units and counted nouns."""
from __future__ import annotations

import re

from claims.lexicon_numbers import NUMBER_WORDS, OPEN_ABOVE, OPEN_BELOW
from claims.lexicon_units import CASE_SENSITIVE_UNITS, DURATION_RATIO, IN_YEARS, UNIT_RATIO, UNITS
from claims.model import Quantity
from claims.number_atoms import TENS_WITH_AN, Atom
from claims.quantity_context import counted_noun_after, measure_after, qualifier_before
from claims.text_features import may_hold_any

_I = re.IGNORECASE
# "3- to 5-day trips": a hyphen left hanging before "to" still joins a range.
_RANGE_SEP = re.compile(r"\s*(?:-|–|—|(?:-\s+)?(?:s\.?\s?d\.?|s/d|hingga|sampai(?:\s+dengan)?|to|until))\s*$", _I)
_AND_SEP = re.compile(r"\s*(?:dan|and|hingga|sampai|to|-|–)\s*$", _I)
# "between the ages of 25 and 40", "antara usia 19 dan 44": the age noun may follow the opener.
_RANGE_OPENER = re.compile(r"\b(?:antara|between|dari|from|berkisar|ranging\s+from)"
                           r"(?:\s+(?:the\s+)?ages\s+of|\s+(?:usia|umur))?\s*$", _I)
_PLUS_MINUS = re.compile(r"\s*(?:plus(?:\s+or)?[\s-]+minus|±|\+/-|\+-|lebih\s+kurang|more\s+or\s+less)\s*$", _I)
# "2 jam 6 menit", "3 hours, 4 minutes and 52 seconds", "..., 4 minutes, and 52 seconds"
_DURATION_JOIN = re.compile(r"\s*,?\s*(?:dan|and)?\s*$", _I)
# Words after "lebih" that compare ("10 persen lebih dari target", "lebih tinggi", "5 menit lebih
# awal", "dua tahun lebih muda"): such a "lebih" is no open bound.
_COMPARING_AFTER_LEBIH = (r"(?!\s+(?:dari|daripada|tinggi|rendah|besar|kecil|banyak|sedikit|cepat|lambat|lama|murah"
                          r"|mahal|baik|buruk|kuat|lemah|awal|dulu|dahulu|muda|tua|unggul|jauh|pendek"
                          r"|panjang|berat|ringan|mudah|sulit|luas|tipis)\b)")
# "50 orang lebih", "500 plus": an open upper end written after the number (and its noun);
# a comparing "lebih" is none, and "60 more stores" adds.
_AFTER_MORE = rf"lebih\b{_COMPARING_AFTER_LEBIH}|plus\b"
# "usia 17 tahun ke atas", "aged 65 and over", "20 or more", "10 orang atau lebih": the number
# itself is included, so it is the lower bound (at_least), not a bound passed (more_than).
_AFTER_AT_LEAST = (r"(?:ke\s+atas|and\s+(?:above|over|older|up(?!\s+to\b))|or\s+(?:above|over|older|more"
                   r"|higher|greater|longer|later)|atau\s+lebih(?!\s+(?:dari|daripada)\b))\b")
# "five or fewer", "2 percent or less", "3 tahun atau kurang": the number is the upper bound.
_AFTER_AT_MOST = (r"(?:or\s+(?:fewer|less|lower|below|under|younger|shorter|earlier)"
                  r"|and\s+(?:below|under|younger)|atau\s+kurang(?!\s+dari\b)|ke\s+bawah)\b")
# "a week or so", "50 or so people": an estimate written after the number.
_AFTER_APPROX = r"or\s+so\b"
# The bounds above in one pattern, tried in this order, each group named after the qualifier it
# gives: every alternative opens with a letter, so each is tried only after all the white space,
# exactly where a pattern of its own would match (one search instead of four per number).
_AFTER_BOUND = re.compile(rf"\s*(?:(?P<at_least>{_AFTER_AT_LEAST})|(?P<up_to>{_AFTER_AT_MOST})"
                          rf"|(?P<approx>{_AFTER_APPROX})|(?P<more_than>{_AFTER_MORE}))", _I)
# The counted noun may follow the bound: "20 or more people", "10 atau lebih kendaraan".
# "3 juta lebih pengunjung": Indonesian may put a bare "lebih" there too, unless it compares.
_BOUND_BEFORE_NOUN = re.compile(rf"\s+(?:or\s+(?:more|fewer|less|so)|atau\s+(?:lebih|kurang)|lebih{_COMPARING_AFTER_LEBIH})"
                                r"(?=\s+[a-z])", _I)
_AGE_BEFORE = re.compile(r"[A-Z][\w'’.-]+(?:,\s*|\s*\()$")
_AGE_AFTER = re.compile(r"\s*(?:[,;)]|$|\.(?!\d))")      # "Rani, 39." ends a sentence
_OF = re.compile(r"(?:\s+of)?")
_NOT_COUNTING_BEFORE = re.compile(r"\b(?:salah|the|no|any|each|every|this|that)\s*$")
_AGED = re.compile(r"\b(?:aged|berusia|berumur|usia|umur|(?:the\s+)?age\s+of)\s+$", re.I)
# The classifiers that count people: after one the bound is a head count, not an age.
_PEOPLE_COUNTED = re.compile(r"\s+(?:orang|jiwa|people|persons|individuals)\b", re.I)
# "aged 24 and 31", "berusia 19, 22, dan 30": every number of a list after "aged" is an age.
_AGED_LIST = re.compile(r"\b(?:aged|berusia|berumur)\s+\d{1,3}(?:\s*,\s*\d{1,3})*\s*(?:,\s*)?(?:and|dan|or|atau|,)\s*$",
                        re.I)
# "children under five", "balita di bawah 5", "patients over 80", "those who signed up were under 30":
# a bare bound on a group of people is their age, in years.
_GROUP_OF_PEOPLE_BOUND = re.compile(r"\b(?:children|kids|babies|anak(?:-anak)?|balita|bayi|people|persons|patients|adults"
                             r"|residents|those(?:\s+who(?:\s+\w+){1,3})?(?:\s+(?:were|are))?|men|women|voters|workers"
                             r"|orang|warga|pasien|penduduk|pekerja|lansia|pemilih)"
                             r"\s+(?:under|below|over|above|aged\s+under|aged\s+over|di\s+bawah|di\s+atas)\s+$", re.I)
# After a verb of change, "X to Y" is a before and an after, not a range ("rose from 2.5
# percent to 3.1 percent", "naik 38 persen hingga ..."); only a dash still joins a range there.
_CHANGE_BEFORE = re.compile(
    r"\b(?:rose|rises?|risen|rising|fell|falls?|fallen|falling|increased?|increases|increasing|decreased?"
    r"|decreases|climbed|climbs?|jumped|jumps?|grew|grows?|grown|declined?|declines|dropped|drops?|slipped"
    r"|slips?|surged?|surges|soared|soars?|plunged?|plunges|gained|gains?|widened|narrowed|weakened|strengthened"
    r"|eased|slid|rallied|tumbled|sank|advanced|depreciated|appreciated|firmed|softened|naik|turun"
    r"|meningkat|menurun|melonjak|anjlok|merosot|bertambah|berkurang|tumbuh|melemah|menguat|membengkak"
    r"|menyusut|raised|raises?|raising|lowered|lowers?|revised|cut|menaikkan|menurunkan|merevisi)\s+"
    r"(?:(?:by|sebesar)\s+|(?:[\w’'-]+\s+){0,3}(?:from|dari)\s+)?"
    # "weakened as much as 0.6% to 35.42": the most a move reached, then the level it reached
    # ("fell roughly 3% to 4%" is a band: an estimate is no bound)
    r"(?:(?:by\s+)?(?:as\s+much\s+as|up\s+to)\s+)?$",
    re.I)
_POINTS_OF = {"percentage points": "percent"}      # a spread in points around a rate is in percent
_BY_BEFORE = re.compile(r"\b(?:by|sebesar)\s+$", re.I)     # "dropped by 4,500 to 61,200"
_WORD_SEP = re.compile(r"\s*(?:-|–|—)\s*$")
_TIME_UNITS = frozenset({"years", "months", "weeks", "days"})
# A period named by its length ("the previous three months", "the three months to June", "the
# six months ended June 30", "the first nine months of 2024") is a date, not an amount; an
# offset written with a numeral ("dua bulan sebelumnya") is still a length of time.
_PERIOD_BEFORE = re.compile(r"\b(?:previous|preceding|prior)\s+$", re.I)
_PERIOD_AFTER = re.compile(r"\s+(?:to|ended|ending|through)\s+(?:the\s+end\s+of\s+)?[A-Z]")
_FIRST_OF_YEAR = re.compile(r"\bfirst\s+$", re.I)
_OF_A_YEAR = re.compile(r"\s+of\s+(?:the\s+year|this\s+year|last\s+year|(?:19|20)\d\d)\b", re.I)
# "magnitude 6.8", "a magnitude of 6.2", "bermagnitudo 5,6": the scale is named before the value.
# "magnitudo tertinggi 3,9", "a maximum magnitude of 5.1": a superlative may stand between.
_MAGNITUDE_BEFORE = re.compile(r"\b(?:magnitude|magnitudo|bermagnitudo)\s+(?:(?:terbesar|tertinggi|terkuat|maksimum"
                               r"|maksimal|largest|strongest|highest|maximum|peak)\s+)?(?:of\s+)?$", re.I)
# "minus 2,1 persen", "-0.4 percent": a sign; "plus minus" is a spread, read elsewhere.
_MINUS_BEFORE = re.compile(r"(?:(?<!plus )(?<!plus-)(?<!plus or )\bminus\s+|(?:^|(?<=[\s(]))[-−])$", re.I)
_OF_AFTER = re.compile(r"\s+of\b")


def build_quantity(text: str, atoms: list[Atom], i: int, lo: int, hi: int,
                   language: str) -> tuple[Quantity | None, int]:
    """The quantity starting at ``atoms[i]`` and the index of the next unread atom."""
    first = atoms[i]
    if first.glued_unit == "s" and (decade := _decade_of_life(text, first, lo)):
        return decade, i + 1
    unit, pos = _unit(text, first, hi)
    written_unit = unit
    nxt = atoms[i + 1] if i + 1 < len(atoms) else None
    if nxt and unit in ("years", "weeks", "days", "hours", "minute"):
        combined, j = _compound_duration(text, atoms, i, unit, pos, hi)
        if combined:
            return combined, j
    if nxt:
        ranged = _range(text, first, unit, pos, nxt, lo, hi, language)
        if ranged:
            return ranged, i + 2
    if unit in _TIME_UNITS and _names_a_period(text, first, pos, lo, hi):
        return None, i + 1
    if unit is None and not first.currency:
        if first.vague:                         # "thousands of fans", "billions of dollars"
            pos = _OF.match(text[pos:hi]).end() + pos
            unit = measure_after(text, pos, hi, True)[0]
    if unit is None and not first.currency:
        unit = _magnitude(text, first, lo) or _age_unit(text, first, lo) or _suspended_unit(text, first, hi) \
            or _counted_noun(text, pos, hi, language)
    if first.words and (first.low == 1 and not _one_counts(text, first, unit, lo)
                        or first.low < 1 and unit not in _MEASURE_UNITS
                        or _capitalised_inside_sentence(text, first, lo)):
        return None, i + 1
    qualifier = "vague" if first.vague else qualifier_before(text, first.start, lo)
    if qualifier == "more_than" and (written_unit in _DURATION_UNITS and _over_a_period(text, first, lo)
                                     or _over_a_place(text, first, lo)):
        qualifier = None
    if qualifier == "up_to" and (_CHANGED_TO.search(text, max(lo, first.start - 30), first.start)
                                 or unit not in _SIZES_OF_A_CHANGE
                                 and _ID_CHANGED_TO.search(text, max(lo, first.start - 30), first.start)):
        qualifier = None
    if qualifier is None:
        qualifier = _qualifier_after(text, pos, unit, hi)
    if qualifier is None and first.approx:
        qualifier = "approx"
    low, high = first.low, first.high
    if qualifier is None and not first.currency and _negative(text, first.start, lo):
        low, high = -high, -low
    return _make(low, high, unit, qualifier, first.start, first.end), i + 1


_MEASURE_UNITS = frozenset(UNITS.values())
# "stole $1.3 million over nine years", "312 mm fell over 48 hours": "over" a length of time
# after an action spans it (during); "in over two years", "for over a decade" still exceed it.
_DURATION_UNITS = frozenset({"hours", "days", "weeks", "months", "years", "decades"})
_OVER_A_PERIOD = re.compile(r"(?<!\bin)(?<!\bfor)(?<!\bof)(?<!\bthan)(?<!\bafter)(?<!\bwithin)(?<!\bby)(?<!\baged)"
                            r"(?<!\bis)(?<!\bwas)(?<!\bare)(?<!\bwere)(?<!\bbe)(?<!\bbeen)(?<!\bjust)(?<!\bwell)"
                            r"(?<!\btook)(?<!\btake)(?<!\btakes)(?<!\blast)(?<!\blasts)(?<!\blasted)(?<!\blasting)"
                            r"(?<!\bspent)(?<!\bwaited)"
                            r"\s+over\s+$", re.I)


# "Core inflation edged up to 2.4 percent": "to" after "edged up" is where the change ended, not a
# ceiling ("goes up to $5,000" states one).
_CHANGED_TO = re.compile(r"\b(?:edged|edges|edging|ticked|ticks|ticking|inched|inches|inching|crept|creeps|creeping"
                         r"|crawled)\s+up\s+to\s+$", re.I)
# "air surut hingga 60 cm", "rupiah melemah hingga Rp 16.400": after a verb of change "hingga" is
# the level the change reached; the size of a change, "turun hingga 60 persen", "naik hingga 3 kali
# lipat", is bounded as after "hingga" alone.
_ID_CHANGED_TO = re.compile(r"\b(?:naik|turun|surut|meningkat|menurun|melonjak|anjlok|merosot|bertambah|berkurang"
                            r"|tumbuh|melemah|menguat|membengkak|menyusut|meluas|menyempit)\s+(?:hingga|sampai)\s+$",
                            re.I)
_SIZES_OF_A_CHANGE = frozenset({"percent", "percentage points", "basis points", "kali lipat", "times"})


# "thick smoke spread over 7 villages", "debris scattered over 3 km": after a verb of motion or
# spread "over" is where it went (across), not a bound passed.
_OVER_A_PLACE = re.compile(r"\b(?:swept|sweeps?|sweeping|spread|spreads|spreading|scattered|scattering|stretch(?:es"
                           r"|ed|ing)?|flew|flies|flying|hovered|hovering|passed|passing|blew|blowing|rolled|rolling"
                           r"|rained|raining|swirled|moved|moving|roamed)\s+over\s+$", re.I)


def _over_a_place(text: str, first: Atom, lo: int) -> bool:
    if text[max(lo, first.start - 5):first.start].lower() != "over ":
        return False                       # gate: the bound is nearly always written otherwise
    return bool(_OVER_A_PLACE.search(text, max(lo, first.start - 20), first.start))


def _over_a_period(text: str, first: Atom, lo: int) -> bool:
    """"fell over 48 hours" spans the time; "workers over 20 years" (a group of people) is a bound."""
    start = max(lo, first.start - 40)
    return bool(_OVER_A_PERIOD.search(text, start, first.start)) and not _GROUP_OF_PEOPLE_BOUND.search(text, start, first.start)


def _counted_noun(text: str, pos: int, hi: int, language: str) -> str | None:
    """The counted noun after the number, or after a bound written between them."""
    bound = _BOUND_BEFORE_NOUN.match(text, pos, hi)
    return counted_noun_after(text, bound.end() if bound else pos, hi, language)


def _qualifier_after(text: str, pos: int, unit: str | None, hi: int) -> str | None:
    """A bound written after the number, or after its counted noun ("50 orang lebih")."""
    if unit and unit not in _MEASURE_UNITS and text.startswith(unit, pos + 1):
        pos += 1 + len(unit)
    bound = _AFTER_BOUND.match(text, pos, hi)
    return bound.lastgroup if bound else None


def _names_a_period(text: str, atom: Atom, pos: int, lo: int, hi: int) -> bool:
    before = text[max(lo, atom.start - 12):atom.start]
    if _PERIOD_BEFORE.search(before) or _PERIOD_AFTER.match(text, pos, hi):
        return True
    return bool(_FIRST_OF_YEAR.search(before) and _OF_A_YEAR.match(text, pos, hi))


def _magnitude(text: str, atom: Atom, lo: int) -> str | None:
    before = text[max(lo, atom.start - 32):atom.start]
    found = "agnitud" in before and _MAGNITUDE_BEFORE.search(text, max(lo, atom.start - 32), atom.start)
    return "magnitude" if found else None


def _negative(text: str, start: int, lo: int) -> bool:
    # Checked on plain characters first: nearly every number has no sign before it.
    before = text[max(lo, start - 8):start]
    if not before or (before[-1] not in "-−" and "inus" not in before):
        return False
    return bool(_MINUS_BEFORE.search(text, max(lo, start - 8), start))


def _unit(text: str, atom: Atom, hi: int) -> tuple[str | None, int]:
    if atom.currency:
        return atom.currency, atom.end
    if atom.glued_unit:
        key = atom.glued_unit.lower()
        if key in UNITS and (key not in CASE_SENSITIVE_UNITS or atom.glued_unit in (key, "L")):
            return UNITS[key], atom.end
        return None, atom.end
    return measure_after(text, atom.end, hi, atom.words)


_BAND_SPAN = 10      # a band's upper end is never ten times its lower one in the same unit


def _range(text, first, unit, pos, nxt, lo, hi, language) -> Quantity | None:
    # (a sign before the second end is no part of the separator: "minus 5 hingga minus 2")
    second_start = sign.start() if _negative(text, nxt.start, lo) and (
        sign := _MINUS_BEFORE.search(text, max(lo, nxt.start - 8), nxt.start)) else nxt.start
    between = text[first.end:second_start]
    between_unit = text[pos:second_start]
    opener = _RANGE_OPENER.search(text[max(lo, first.start - 40):first.start])
    sep = _AND_SEP if opener else _RANGE_SEP
    if unit is None and _one_step_alternatives(text, first, nxt, lo, hi):
        return _alternatives_range(text, first, nxt, lo, hi, language)
    if _PLUS_MINUS.fullmatch(between_unit if unit else between):
        # "3 persen ± 1", "3±1 persen", "3 percent plus or minus 1 percentage point": the band
        # a target allows, in the unit written on either number
        band_unit = unit or _unit(text, nxt, hi)[0]
        if band_unit:
            spread = nxt.low
            return _make(first.low - spread, first.low + spread, _POINTS_OF.get(band_unit, band_unit), None,
                         first.start, nxt.end)
    if not (sep.fullmatch(between) or (unit and sep.fullmatch(between_unit))):
        return None
    if _before_and_after(text, first, nxt, pos, opener, between, lo):
        return None
    second_unit, end = _unit(text, nxt, hi)
    if _own_unit_against_scale(first, unit, nxt, second_unit):
        return None
    if unit and not second_unit and not nxt.currency and nxt.factor == 1 and first.high \
            and nxt.low > _BAND_SPAN * first.high:
        return None     # "rose nearly 2% to 7,250": a move and a level, no band of one unit
    # "minus 2 persen hingga 0 persen", "from -3 to -1 degrees": a sign before either end
    first_low = -first.high if _negative(text, first.start, lo) else first.low
    second_high = -nxt.low if _negative(text, nxt.start, lo) else nxt.high
    if unit and second_unit and unit != second_unit:
        ratio = UNIT_RATIO.get((second_unit, unit))
        if not ratio:
            return None
        first_low, unit = round(first_low / ratio, 4), second_unit   # "8 bulan hingga 12 tahun" in years
    unit = unit or second_unit
    if unit is None and not nxt.currency:
        unit = _age_range_unit(text, first, lo) or counted_noun_after(text, end, hi, language)
    low = first_low * nxt.factor if first.factor == 1 and nxt.factor > 1 else first_low
    if low > second_high:
        return None
    # "sekitar 40-50 orang", "diperkirakan antara 10 hingga 12 orang": an estimate keeps both
    # ends; open bounds make no sense on a range.
    qualifier = qualifier_before(text, first.start, lo)
    return _make(low, second_high, unit or nxt.currency, "approx" if qualifier == "approx" else None,
                 first.start, nxt.end)


# "106, 107 degrees", "two, three times": neighbouring whole numbers written as alternatives
# before one unit are one approximate figure; "3, 5 and 7" or "4, 5, 6" is a list.
_COMMA = re.compile(r",\s?")
_LIST_BEFORE = re.compile(r"\d[\d.,]*\s*,\s*$|\b(?:and|dan|or|atau)\s+$", _I)
_LIST_AFTER = re.compile(r"\s*(?:,\s*(?:(?:and|dan|or|atau)\s+)?|\s+(?:and|dan|or|atau)\s+)(?:\d|[a-z]+\b)", _I)


def _one_step_alternatives(text: str, first: Atom, nxt: Atom, lo: int, hi: int) -> bool:
    if not _COMMA.fullmatch(text, first.end, nxt.start) or nxt.low != first.low + 1:
        return False
    if first.low != int(first.low) or first.currency or nxt.currency or first.vague or nxt.vague:
        return False
    if first.words != nxt.words or _LIST_BEFORE.search(text, max(lo, first.start - 12), first.start):
        return False
    unit, end = _unit(text, nxt, hi)
    after = end if unit else nxt.end
    return not _list_continues(text, after, hi)


def _list_continues(text: str, pos: int, hi: int) -> bool:
    """A number follows the second one (after its unit): "6, 7 and 9 percent" lists them."""
    m = _LIST_AFTER.match(text, pos, hi)
    return bool(m) and (m.group().rstrip()[-1].isdigit() or _is_number_word(m.group().split()[-1]))


def _is_number_word(word: str) -> bool:
    return word.lower().strip(",") in NUMBER_WORDS


def _alternatives_range(text, first, nxt, lo, hi, language) -> Quantity:
    unit, end = _unit(text, nxt, hi)
    if unit is None:
        unit = counted_noun_after(text, end, hi, language)
    qualifier = qualifier_before(text, first.start, lo)
    return _make(first.low, nxt.high, unit, "approx" if qualifier == "approx" else None, first.start, nxt.end)


def _before_and_after(text, first, nxt, pos, opener, between, lo) -> bool:
    """After a verb of change, "from X to Y" and "X percent to Y" give the old and the new
    value, and so does "fell by X to Y"; "fell 2 to 3 percent" (one unit for both) is still a
    range of the change."""
    if opener_between(opener) or _WORD_SEP.match(between):
        return False
    if not (opener or first.currency or pos > first.end or first.glued_unit
            or _BY_BEFORE.search(text, max(lo, first.start - 12), first.start)):
        return False
    change = _CHANGE_BEFORE.search(text, max(lo, first.start - 45), first.start)
    return change is not None and not _a_band_to_come(text, first, nxt, change, opener, lo)


def _a_band_to_come(text, first, nxt, change, opener, lo) -> bool:
    """"expects exports to grow 4% to 5%", "diperkirakan tumbuh 5 hingga 6 persen": a change still
    to come, told in its base form after a forecast or a modal, between two values of a size, is a
    band with no old value; "is expected to fall by 2,000 to 61,200", "will climb $3 to $85",
    "expected that prices rose 0.3% to 5.1%" still give a change and a level."""
    verb = change.group().split()[0].lower()
    return opener is None and not _BY_BEFORE.search(text, max(lo, first.start - 12), first.start) \
        and not verb.endswith(("ed", "en")) and verb not in _PAST_CHANGES \
        and 0 < first.low and nxt.high <= _BAND_RATIO * first.low \
        and _FORECAST_BEFORE.search(text, max(lo, change.start() - 40), change.start()) is not None


_PAST_CHANGES = frozenset("rose fell grew slid sank cut".split())
_BAND_RATIO = 2.5        # "4% to 5%", "5 to 6 percent"; "0.4% to 3.1%" is a change and a level


# Every match ends right before the verb of change it is found before: a forecast, a plan or a
# modal ("expects exports to", "is expected to", "will", "diperkirakan", "akan").
_FORECAST_BEFORE = re.compile(r"\b(?:expects?|forecasts?|projects?|predicts?|sees|will|would|could|may"
                              r"|(?:expected|forecast|projected|predicted|set|likely)\s+to|diperkirakan|diproyeksikan"
                              r"|ditargetkan|memperkirakan|memproyeksikan|menargetkan|akan)\s+(?:[\w’'-]+\s+){0,2}?$", re.I)


def _own_unit_against_scale(first: Atom, unit: str | None, nxt: Atom, second_unit: str | None) -> bool:
    """"6% to 14.2 billion": a first number that carries its own unit takes no scale word from
    the second ("6 to 8 million" shares one), so a scaled second number in no unit or in
    another unit is a new amount, not the range's far end."""
    if unit is None or first.currency or first.factor != 1 or nxt.factor == 1:
        return False
    return second_unit != unit


def opener_between(opener: re.Match | None) -> bool:
    """"between 3 and 5", "antara 3 hingga 5": a range whatever verb comes before."""
    return bool(opener) and opener.group().lower().startswith(("antara", "between", "berkisar", "ranging"))


def _compound_duration(text, atoms, i, unit, pos, hi) -> tuple[Quantity | None, int]:
    """"1 tahun 6 bulan" -> 1.5 years; "3 hours, 4 minutes and 52 seconds" -> 3.0811 hours:
    one value in the largest unit, each part in the next smaller unit. Returns the quantity
    (None when no second part joins) and the index of the next unread atom."""
    first, value, scale, j = atoms[i], atoms[i].low, 1, i + 1
    while j < len(atoms) and _DURATION_JOIN.fullmatch(text, pos, atoms[j].start):
        part_unit, part_end = _unit(text, atoms[j], hi)
        ratio = DURATION_RATIO.get((unit, part_unit))
        if not ratio:
            break
        scale *= ratio
        value += atoms[j].low / scale
        unit, pos, j = part_unit, part_end, j + 1
    if j == i + 1:
        return None, i + 1
    # Four decimals keep a finishing time to the second (1/3600 h) without float noise.
    value = round(value, 4)
    return _make(value, value, _unit(text, first, hi)[0], None, first.start, atoms[j - 1].end), j


# "19- and 44-year-old suspects", "3- to 5-day trips": a hyphen left hanging after the first
# number shares the unit written after the second.
_SUSPENDED_HYPHEN = re.compile(r"-\s+(?:and|or|to|dan|atau|hingga)\s+\d{1,3}(?=-[a-z])", _I)


def _suspended_unit(text: str, atom: Atom, hi: int) -> str | None:
    if text[atom.end:atom.end + 1] != "-":
        return None                        # gate: nearly every number has no hyphen after it
    hanging = _SUSPENDED_HYPHEN.match(text, atom.end, hi)
    return measure_after(text, hanging.end(), hi, False)[0] if hanging else None


# "younger than 12", "older than 80", "lebih tua dari 60": a bound compared by age is in years.
_AGE_COMPARED = re.compile(r"\b(?:(?:younger|older)\s+than|lebih\s+(?:muda|tua)\s+(?:dari|daripada))\s+$", re.I)


# "a man in his 40s", "women in their early 30s": the decade of an age, like "usia 40-an".
_IN_ONES_DECADE = re.compile(r"\bin\s+(?:his|her|their|its)\s+(?:(?:early|mid|late)[\s-]+)?$", re.I)


def _decade_of_life(text: str, atom: Atom, lo: int) -> Quantity | None:
    if atom.low not in TENS_WITH_AN or not _IN_ONES_DECADE.search(text, max(lo, atom.start - 20), atom.start):
        return None
    return _make(atom.low, atom.low + 9, "years", "vague", atom.start, atom.end)


# Every _AGED and _AGED_LIST match holds one of these ("berusia", "berumur", "aged") ...
_AGE_WORDS = ("age", "usia", "umur")
# ... and every _GROUP_OF_PEOPLE_BOUND or _AGE_COMPARED match one of these: most numbers have
# none in the words before them, and the four searches back over those words are spared.
_BOUND_WORDS = ("under", "below", "over", "above", "bawah", "atas", "than", "lebih")


def _age_unit(text: str, atom: Atom, lo: int) -> str | None:
    """"Rani, 39," and "Budi (45)" give an age in years; so does a bare bound on a group of
    people ("patients over 80"), unless they are counted ("pasien di atas 100 orang")."""
    if not 0 < atom.low <= 120 or atom.low != int(atom.low):
        return None
    before = text[max(lo, atom.start - 40):atom.start]
    if may_hold_any(before, _AGE_WORDS) and (_AGED.search(before) or _AGED_LIST.search(before)):
        return "years"
    if may_hold_any(before, _BOUND_WORDS) and (_GROUP_OF_PEOPLE_BOUND.search(before) or _AGE_COMPARED.search(before)) \
            and not _PEOPLE_COUNTED.match(text, atom.end):
        return "years"
    # (what follows first: a match there is rare and cheap to rule out, the search back is not)
    return "years" if not atom.words and _AGE_AFTER.match(text, atom.end) and _AGE_BEFORE.search(before) else None


# "aged 19 to 44", "aged between 19 and 44", "ages 6 to 59", "between the ages of 25 and 40",
# "berusia antara 19 dan 44": the opener of the range may stand between the age word and it.
_AGED_RANGE = re.compile(r"\b(?:aged|ages|berusia|berumur|usia|umur)\s+(?:(?:between|from|antara|dari)\s+)?$"
                         r"|\b(?:between|from)\s+the\s+ages\s+of\s+$", re.I)


def _age_range_unit(text: str, atom: Atom, lo: int) -> str | None:
    """A range of ages is in years, and takes no counted noun from elsewhere in the sentence."""
    return "years" if _AGED_RANGE.search(text, max(lo, atom.start - 30), atom.start) else None


def _one_counts(text: str, atom: Atom, unit: str | None, lo: int) -> bool:
    """"one"/"satu" counts only before a unit or noun, or as an item of a list of counts, not in
    "salah satu", "one of"."""
    before = text[max(lo, atom.start - 8):atom.start].lower()
    # "one of the founders" picks one out of a group; it counts nothing ("one of the 12 listed
    # companies", "one of the two black boxes" counts one of the things the group counts).
    # ("more than a year of fighting": "a year" with its unit is an amount, whatever follows it)
    of_a_count = _OF_A_COUNT_AFTER.match(text, atom.end) is not None
    return (unit is not None or of_a_count or _item_of_a_count_list(text, atom, lo) or _one_out_of_a_whole(text, atom, lo)) \
        and not _NOT_COUNTING_BEFORE.search(before) \
        and (atom.glued_unit is not None or of_a_count or not _OF_AFTER.match(text, atom.end))


# (a count of a noun: not "one of the 1990s' hits", "one of the 2024 candidates", "one of the two was")
_OF_A_COUNT_AFTER = re.compile(r"\s+of\s+the\s+(?:(?!(?:1[89]|20)\d\d\b)\d[\d.,]*|two|three|four|five|six|seven|eight|nine"
                               r"|ten|eleven|twelve)\s+(?!(?:was|were|is|are|had|has|have|who|that|which|and|or|of|in|on"
                               r"|at|to|from|with|by|will|would|could|died)\b)[a-z]", re.I)


# "Dari 242 orang di dalam pesawat, hanya satu yang selamat", "Of the 62 people on board, only
# one survived": a lone "one" after the whole it is part of counts that whole's noun.
_WHOLE_BEFORE = re.compile(r"\b(?:[Dd]ari|[Oo]f\s+the)\s+\d[\d.,]*\s+[^,.;:]{1,60},\s+(?:(?:hanya|cuma|only|just)\s+)?$")


def _one_out_of_a_whole(text: str, atom: Atom, lo: int) -> bool:
    return _WHOLE_BEFORE.search(text, max(lo, atom.start - 90), atom.start) is not None


# "Tujuh tembakan ke tribun selatan, satu ke tribun utara, dan tiga …", "169 were Indians, 53
# British and one Canadian": after another count of the same clause, a bare "one" joined by a
# comma or "and" is an item of the list; it counts the list's noun (``_share_counted_nouns``).
_LIST_JOIN_BEFORE = re.compile(r"(?:,\s*(?:dan\s+|and\s+)?|\s(?:dan|and)\s+)$", re.I)
_COUNT_EARLIER = re.compile(r"(?:\d|\b(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|two|three|four|five"
                            r"|six|seven|eight|nine|ten)\b)[^.;:!?]*$", re.I)
# "one another", "one by one", "satu sama lain", "satu per satu", "one-time": no item of a list
_NOT_AN_ITEM_AFTER = re.compile(r"(?:\s+(?:another|by\s+one|sama\s+lain|per\s+satu|or\s+two|atau\s+dua)\b|-)", re.I)


def _item_of_a_count_list(text: str, atom: Atom, lo: int) -> bool:
    before = text[max(lo, atom.start - 60):atom.start]
    if _LIST_JOIN_BEFORE.search(before) is None or _COUNT_EARLIER.search(before) is None \
            or _NOT_AN_ITEM_AFTER.match(text, atom.end) is not None:
        return False
    # "two bags, one with X and one with Y": ones that name each of the things counted before
    # them are no further counts
    word = text[atom.start:atom.end].lower()
    near = text[max(lo, atom.start - 40):min(len(text), atom.end + 40)].lower()
    return _WORD_RUN.findall(near).count(word) < 2


_WORD_RUN = re.compile(r"\w+")


def _capitalised_inside_sentence(text: str, atom: Atom, lo: int) -> bool:
    """A capitalised number word inside a sentence is part of a name ("Kepulauan Seribu")."""
    if not text[atom.start].isupper():
        return False
    before = text[max(lo, atom.start - 3):atom.start].rstrip()
    return atom.start > lo and bool(before) and before[-1] not in ".!?:;\n\"“‘'(•-–—"


def _in_years(value, unit: str):
    # (rounded: 1.1 centuries is 110 years, not the float product 110.00000000000001)
    return None if value is None else round(value * IN_YEARS[unit], 9)


def _make(low, high, unit, qualifier, start, end) -> Quantity:
    if qualifier in OPEN_ABOVE:
        high = None
    elif qualifier in OPEN_BELOW:
        low = None
    if unit in IN_YEARS:                   # (rare: a span of decades or centuries)
        low, high, unit = _in_years(low, unit), _in_years(high, unit), "years"
    return Quantity(float(low) if low is not None else None, float(high) if high is not None else None,
                    unit, qualifier, start, end)
