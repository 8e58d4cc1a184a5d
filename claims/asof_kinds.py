"""As-of dates, what kind of claim it is (labelling rule 9): the units that make a figure a
count that changes, a rate, a market price or a level a happening reached; the standing and
timeless facts that take no date at all (what a thing can hold, what a law sets, a habit, a
size, what a firm or a place does as a rule); and the happenings and states told of a day.

These are tests of one claim by itself, asked by the decision in ``asof`` and by the period
rules in ``asof_periods``; none of them looks at the story around the claim.
"""
from __future__ import annotations

import re
from functools import lru_cache

from claims.dates import RELATIVE_ASIDE
from claims.lexicon_units import CURRENCY_CODES
from claims.model import Claim
from claims.text_features import WordGate, may_hold_any, runs_of, spaces_but

# Measures and durations do not change from one day's report to the next; counts do.
TIMELESS_UNITS = frozenset("""m km mi ft cm mm kg g t ton l gal percent persen % years tahun months bulan
weeks minggu days hari hours jam idr usd rp $ kali putaran place""".split())
_MATCH_UNITS = frozenset({"goals", "minute"})


def claim_units(claim: Claim) -> frozenset[str]:
    """The claim's units, lower-cased; every currency code ("MYR", "PHP", "EUR") reads as "usd":
    an amount of money, like a cost in rupiah or dollars, is no count that changes by the day."""
    if not claim.quantities:
        return frozenset()
    # The rules ask about one claim in turn, several times each: its units are kept for the next ask.
    if claim.quantities is not _LAST_UNITS[0]:
        # (a list built, then the tuple: no generator resumed per quantity)
        _LAST_UNITS[0], _LAST_UNITS[1] = claim.quantities, _units_of(tuple([q.unit for q in claim.quantities]))
    return _LAST_UNITS[1]


_LAST_UNITS = [(), frozenset()]     # the quantities claim_units read last, and their units


@lru_cache(maxsize=1024)
def _units_of(units: tuple) -> frozenset[str]:
    # (asked several times per claim by the rules below; an article repeats few unit lists)
    return frozenset("usd" if u in CURRENCY_CODES else (u or "").lower() for u in units)


def tells_a_clock_time(text: str) -> bool:
    """"at 7 a.m.", "pukul 07.30 WITA", "10 WIB", "1415 GMT", "pukul tiga sore": a time of day."""
    # Every time opens with a digit or with "pukul". A case-blind pattern gets no first-character
    # skip from the regex engine (nor does one that opens with a look-ahead or "\b"), so the times
    # told in digits have a pattern that opens with the digit, and "pukul" is looked for only in
    # text that holds the word.
    return _CLOCK_FROM_A_DIGIT.search(text) is not None \
        or (may_hold_any(text, ("pukul",)) and _CLOCK_AFTER_PUKUL.search(text) is not None)


# ("(?<!\w\d)" after the first digit: no word character stands before that digit, as "\b" in front of it says.)
_CLOCK_FROM_A_DIGIT = re.compile(r"\d(?<!\w\d)(?:\d?(?:[.:]\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b|(?:WIB|WITA|WIT)\b)"
                                 r"|(?<=[01])\d[0-5]\d\s+(?:GMT|UTC)\b|(?<=2)[0-3][0-5]\d\s+(?:GMT|UTC)\b)", re.I)
_CLOCK_AFTER_PUKUL = re.compile(r"\bpukul\s+(?:\d|\w+\s+(?:pagi|siang|sore|malam))", re.I)


def tells_a_trading_session(text: str) -> bool:
    """"fell 6.1% in early trade", "its biggest intraday drop", "closed down 4.5%", "ditutup
    melemah 1,2 persen pada sesi pertama": a move of one trading day."""
    return may_hold_any(text, _SESSION_WORDS) and _SESSION.search(text) is not None


# ("in trade" alone is commerce: "a surplus in trade with China")
# ("in trading volumes" names a measure; "ended up 3% higher" is a phrasal verb)
_SESSION = re.compile(r"\b(?:in|during)\s+(?:(?:early|morning|midday|afternoon|late|thin|light|heavy)\s+"
                      r"(?:trade|trading|dealings)|(?:trading|dealings)(?=\s+(?:on|in|at|this|last|today|yesterday)\b|\s*[,.;]|$))"
                      r"|\bintraday\b|\bintrahari\b"
                      r"|\b(?:closed|closing)\s+(?:the\s+day\s+|the\s+session\s+)?(?:up|down|higher|lower)\b"
                      r"|\b(?:ended|finished)\s+(?:the\s+(?:day|session)\s+(?:up|down|higher|lower)|higher|lower|down)\b"
                      r"|\b(?:ditutup|dibuka)\s+(?:menguat|melemah|naik|turun)\b"
                      r"|\b(?:pada|dalam)\s+(?:perdagangan|sesi)\s+(?:pagi|siang|sore|pertama|kedua|hari\s+ini|I|II)\b",
                      re.I)
_SESSION_WORDS = ("trad", "dealings", "intraday", "intrahari", "closed", "closing", "ended", "finished",
                  "ditutup", "dibuka", "perdagangan", "sesi")     # every _SESSION match holds one


# ("belum pernah", "never yet", is a whole past, not a state of the day: left out)
_NOT_YET = re.compile(r"\b(?:not\s+yet|(?:has|have|had)\s+yet(?!\s+(?:another|again)\b)|yet\s+to|belum(?!\s+pernah))\b", re.I)
_NOT_YET_WORDS = ("yet", "belum")     # every _NOT_YET match holds one


def not_yet(claim: Claim) -> bool:
    # (a figure keeps the time it was counted over: "21 persen responden belum menentukan
    # pilihan" is the survey's)
    return "prediction" not in claim.types and not claim.quantities and may_hold_any(claim.text, _NOT_YET_WORDS) \
        and _NOT_YET.search(claim.text) is not None


# "Ketinggian air mencapai 1,5 meter", "the river rose to 11 metres": a level a happening reached
# is a reading of its day, unlike a standing size ("Sungai itu memiliki panjang 90 km").
_LENGTH_UNITS = frozenset({"m", "km", "cm", "mm", "ft", "mi"})
_REACHED = re.compile(r"\b(?:mencapai|reached|rose\s+to|climbed\s+to|peaked\s+at)\b", re.I)


def is_a_level_reached(claim: Claim) -> bool:
    units = claim_units(claim)
    return bool(units) and units <= _LENGTH_UNITS and "prediction" not in claim.types \
        and may_hold_any(claim.text, ("mencapai", "reached", "rose", "climbed", "peaked")) \
        and _REACHED.search(claim.text) is not None and _PER_TIME.search(claim.text) is None


# "Tanah turun 10 sentimeter per tahun", "sinking 20cm a year": a rate over time is no reading of a day.
_PER_TIME = re.compile(r"\b(?:per|a|an|each|every|setiap|tiap)\s+(?:tahun|year|bulan|month|pekan|week|hari|day|jam|hour)\b",
                       re.I)


# "Harga cabai rawit bertahan sekitar Rp 65.000 per kilogram", "rice sold at $1.20 a kilo": a
# market price moves from day to day (rule 9), unlike a fare or a fee that is set ("Tarif bus Rp 4.000").
_PRICE = re.compile(r"\b(?:harga|prices?)\b[^;\n]{0,80}?\b(?:per|a|an|se)\s*(?:kilogram|kg|kilo|liter|litre|ton|gram|ekor|butir"
                    r"|barrel|ounce|pound|lb)\b", re.I)


def is_market_price(claim: Claim) -> bool:
    units = claim_units(claim)
    return bool(units) and units <= MONEY_UNITS and "prediction" not in claim.types \
        and may_hold_any(claim.text, ("harga", "price")) and _PRICE.search(claim.text) is not None


def is_embedded_happening(claim: Claim) -> bool:
    return "event" in claim.types and "status" not in claim.types and "prediction" not in claim.types \
        and "quote" not in claim.types and not is_general(claim)


def is_happening_state(claim: Claim) -> bool:
    # "Terdakwa dinyatakan terbukti bersalah", "The judge also ordered the assets seized": a
    # state that something happening brought about is news of the story's day, like the event
    # ("The bank, which was founded in 1987, is owned by a trust": what is so in the
    # present tense is a standing status)
    return "event" in claim.types and "prediction" not in claim.types and _PRESENT_STATE.search(claim.text) is None


_PRESENT_STATE = re.compile(r"\b(?:is|are)\b")


def is_told_happening(claim: Claim) -> bool:
    # (an amount of money, "Nilai kerusakan diperkirakan Rp 3 miliar", is an estimate as of the
    # latest update, not part of the happening)
    return is_plain_event(claim) and "quote" not in claim.types and not claim_units(claim) & MONEY_UNITS


# What a thing can hold or do, and the penalty a law sets, do not change with the day's news
# (rule 9: timeless facts carry no date): "Stadion itu berkapasitas 30.000 penonton", "The hall
# seats about 900", "The pump can move 2,000 litres an hour", "terancam hukuman paling lama 5 tahun".
# What a place or body is made of is as timeless: "Provinsi itu terdiri dari 14 distrik",
# "The board consists of nine members", "dibagi menjadi tiga zona".
_TIMELESS = re.compile(r"\b(?:kapasitas|berkapasitas|capacity|seats|menampung|accommodates?|mampu|dapat|bisa"
                       r"|can|could|terancam|diancam|ancaman\s+hukuman|licensed\s+to"
                       r"|terdiri\s+(?:atas|dari)|consists?\s+of|comprises?|(?:is|are)\s+made\s+up\s+of"
                       r"|dibagi\s+(?:menjadi|atas|dalam)|(?:is|are)\s+divided\s+into)\b", re.I)
TIMELESS_WORDS = ("kapasitas", "capacity", "seats", "tampung", "accommodate", "mampu", "dapat", "bisa", "can",
                  "could", "ancam", "licensed", "terdiri", "consist", "compris", "made up", "dibagi",
                  "divided")     # every _TIMELESS match holds one
_MAY_BE_TIMELESS = WordGate(TIMELESS_WORDS)     # (one search for the eighteen words, not eighteen)


def is_timeless(claim: Claim) -> bool:
    if not claim.quantities or "prediction" in claim.types or not _MAY_BE_TIMELESS(claim.text):
        return False
    found = _TIMELESS.search(claim.text)
    return found is not None and not _BREAKDOWN_OF_A_COUNT.match(claim.text) \
        and not _breaks_down_the_count_before(claim.text, found) \
        and not (found.group().lower() == "seats" and _SEATS_WON.search(claim.text))


# "The Congress won 99 seats", "secured 234 seats": seats won in a vote are a result of its day,
# not a capacity
_SEATS_WON = re.compile(r"\b(?:won|wins?|winning|secured|took|gained|lost|retained|claimed|captured|bagged|holds?"
                        r"|held)\s+(?:[\w'’-]+\s+){0,5}?seats\b", re.I)


# "Pesawat itu membawa 189 orang, terdiri atas 181 penumpang dan delapan awak", "carrying 62
# people, comprising 56 passengers and six crew": a breakdown set after the count its clause
# gives is of that count's day, as one opened by "they" is.
_BREAKDOWN_WORDS = ("terdiri", "consist", "compris")


def _breaks_down_the_count_before(text: str, found: re.Match) -> bool:
    return found.group().lower().startswith(_BREAKDOWN_WORDS) and text[:found.start()].rstrip().endswith(",")


# "Mereka terdiri atas 40 guru dan 9 staf", "They comprise 40 adults and 12 children",
# "Sisanya disalurkan ke ...": a breakdown of the people or things just counted is of the count's
# day; "Provinsi itu terdiri dari 14 distrik" (a standing structure) stays timeless.
_BREAKDOWN_OF_A_COUNT = re.compile(r"(?:mereka|they|sisanya|the\s+rest|the\s+remainder)\s", re.I)


# What holds as a habit or a standing property is no news of one day (rule 9: timeless facts and
# general statements carry no date): "wisman Australia selalu menjadi penyumbang terbesar", "Kami
# mengoperasikan 42 kapal setiap hari", "the wind changes direction every hour", "regularly ranks
# among", "Jalur itu punya lima stasiun", "Delhi, which has a population of", "its plant,
# which employs 240 people", "Fuel costs, which make up 35 percent", "Jalur domisili mensyaratkan".
# (A rate "per hari" / "a day" is left alone: "the strike is costing $25 million a day" is today's.)
_GENERAL = re.compile(r"\b(?:selalu|biasanya|umumnya|lazimnya|kerap(?:\s+kali)?|seringkali|sering"
                      r"|(?:setiap|tiap|saban)\s+(?:hari|pekan|minggu|bulan|tahun|jam)|always|usually|typically"
                      r"|generally|regularly|often|normally|(?:every|each)\s+(?:day|week|month|year|hour)"
                      r"|on\s+weekdays|on\s+weekends|memiliki|mempunyai|berpenduduk|dihuni|inhabited|employs|employ"
                      r"|has\s+a\s+population|(?:is|are)\s+home\s+to"
                      # "Gaziantep, home to some 2 million people" (an appositive claim of its own)
                      r"|^[^,]+,\s+home\s+to\s+(?:about\s+|some\s+|around\s+|nearly\s+|roughly\s+|over\s+|more\s+than\s+)?\d[\d.,]*"
                      r"(?:\s+[\w'’-]+){0,4}$"
                      r"|(?:is|are)\s+based\s+in|berkantor\s+pusat"
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
                      # (not an amount of time: "more than a year of fighting")
                      r"|(?:per|(?<!than\s)a|each)\s+(?:tahun|year)(?![\s-]+(?:earlier|ago|before|later|after|on|lalu|sebelumnya))"
                      r"(?!\s+of\b)"
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
# Every _GENERAL match holds one of these as a whole word (a run of the letters a-z with none
# around it): each alternative holds one, set off by "\b" or by white space. A claim holding
# none is no general fact, and the long pattern, which opens with no literal the engine could
# skip to, is spared; "dapur umum", "kantor polisi", "biasa saja", "setahun" hold none.
# (Whole words, not substrings: a set look-up per word costs a fraction of one search for
# any of 80 stems at every position of the claim.)
GENERAL_WORDS = frozenset("""selalu biasanya umumnya lazimnya kerap seringkali sering setiap tiap saban always usually
typically generally regularly often normally every each weekdays weekends memiliki mempunyai berpenduduk dihuni
inhabited employs employ population home based berkantor country nation city town province state region island
village district make makes account accounts mensyaratkan mewajibkan mengatur regulates governs bergerak
melintasi crosses flows produces supplies operates owns manages serves connects tahun year annually annual
menyebabkan cause menular spread transmitted mengalir membentang terbentang memanjang berukuran stretches spans
long wide high deep tall""".split())
_LETTERS_ONLY = spaces_but(lambda byte: 97 <= byte <= 122)       # a-z kept, all else a space


def may_state_a_general_fact(low: str) -> bool:
    """False only when ``_GENERAL`` cannot match ``low`` (text already lower-cased)."""
    return not GENERAL_WORDS.isdisjoint(runs_of(low, _LETTERS_ONLY))


def clear_general_facts() -> None:
    """Forget the claims read so far: the cache below serves one article's repeated questions."""
    _states_a_general_fact.cache_clear()


def is_general(claim: Claim) -> bool:
    return "prediction" not in claim.types and _states_a_general_fact(claim.text)


@lru_cache(maxsize=1024)    # asked up to three times of a claim while its dates change
def _states_a_general_fact(text: str) -> bool:
    low = text.lower()
    if not may_state_a_general_fact(low):
        return False
    # an aside closed inside the claim describes its subject, not the claim's own clause:
    # "Shipments of textiles, which make up a fifth of the total, grew 14%" is the month's
    # (removing one, comma to comma, leaves the words around it whole)
    low = RELATIVE_ASIDE.sub(",", low)
    return any(not _a_courts_order(text, m) for m in _GENERAL.finditer(low))


# "Majelis hakim mewajibkan Hendra membayar uang pengganti": what a court obliges is its verdict,
# told on a day, not a rule that holds ("Aturan itu mewajibkan pengemudi memakai sabuk", "Kode
# etik hakim mewajibkan …", "Majelis Ulama Indonesia mewajibkan …"): the court, by its name if
# need be, is the subject opening the clause ("Dalam putusannya, majelis hakim Pengadilan Tipikor
# Jakarta juga mewajibkan …").
_COURT_OBLIGES = re.compile(r"(?:^|(?<=,\s))(?:(?:[Mm]ajelis\s+hakim|[Hh]akim|[Pp]engadilan)(?:\s+[A-Z][\w.-]*)*|[Mm]ajelis)"
                            r"(?:\s+(?:juga|pun|turut|kemudian|lalu|tersebut|itu))*\s+mewajibkan\b")


def _a_courts_order(text: str, found: re.Match) -> bool:
    return found.group() == "mewajibkan" and _COURT_OBLIGES.search(text) is not None


# "12 climbers were still missing", "lima orang masih dalam pencarian": a count that still holds
# holds on the day of the report, not on the last day the story named.
_STILL = re.compile(r"\b(?:still|masih)\b", re.I)


def still_counting(claim: Claim) -> bool:
    return may_hold_any(claim.text, ("still", "masih")) and is_count(claim) \
        and "prediction" not in claim.types and _STILL.search(claim.text) is not None


def is_count(claim: Claim) -> bool:
    units = claim_units(claim)
    return not units <= TIMELESS_UNITS and not units & _MATCH_UNITS     # (<=: a unit that is not timeless)


def is_reported_state(claim: Claim) -> bool:
    # "the agency said there was no risk of flooding": a state someone reports holds on the day
    # of the report; an unreported status (a role, a location) is timeless.
    return "status" in claim.types and claim.source is not None and "prediction" not in claim.types


RATE_UNITS = frozenset({"percent", "persen", "%"})


def is_rate(claim: Claim) -> bool:
    # Shares and rates (coverage, electability, a policy rate) change from one report to the
    # next; inside a paragraph about a period ("inflasi September …") they belong to it.
    # A change in percent with the level it reached in money ("climbed 17% to $8.3 billion") is
    # the same kind of figure of its period.
    units = claim_units(claim)
    # A span of time said with it only measures the change ("its weakest in two years").
    return bool(units & RATE_UNITS) and units <= RATE_UNITS | MONEY_UNITS | _SPAN_UNITS \
        and "prediction" not in claim.types


MONEY_UNITS = frozenset({"idr", "usd", "rp", "$"})
_SPAN_UNITS = frozenset({"years", "tahun", "months", "bulan"})


def is_plain_event(claim: Claim) -> bool:
    return "event" in claim.types and "status" not in claim.types \
        and "prediction" not in claim.types


def needs_as_of(claim: Claim) -> bool:
    """Counts that change (outside predictions), match events, quotations and clock times."""
    units = claim_units(claim)
    changing = not units <= TIMELESS_UNITS and "prediction" not in claim.types   # a unit that is not timeless
    return changing or bool(units & _MATCH_UNITS) or "quote" in claim.types \
        or tells_a_clock_time(claim.text)
