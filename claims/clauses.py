"""Clause boundaries: where one sentence holds two independent facts (rule 3).

A break ("…, sedangkan …", "…, but …", "…, dan <verb> …", "… and <subject> <verb> …") splits only
when the clause on each side has a verb of its own, so lists joined by "dan"/"and" stay whole.
"""
from __future__ import annotations

import functools
import re
from operator import methodcaller

from claims import lexicon as lx
from claims import lexicon_dates as ld
from claims import lexicon_numbers as lnum
from claims.date_patterns import scan_dates
from claims.text_features import may_hold_any, runs_of, spaces_but

_WORD = re.compile(r"[A-Za-z]+")
_DIGIT = re.compile(r"\d")
_CONTRAST = frozenset({"sedangkan", "whereas", "sementara"})
_SUFFICES = re.compile(r"cukup\s+untuk\b|enough\s+(?:to|for)\b", re.I)
_EN_COMMA_CLAUSE = re.compile(r",\s+(?=(?:we|they|he|she|i|it|there|\d[\d,.]*|one|two|three|four|five"
                              r"|six|seven|eight|nine|ten|eleven|twelve)\s+(?:\S+\s+){0,2}?(?:is|are"
                              r"|was|were|have|has|had|will|would)\b)", re.I)
_ID_COMMA_NUMBER = re.compile(r",\s+(?=\d[\d.,]*\s+[a-z])")
# Indonesian superlatives ("tertinggi", "tercepat"): the one list the rank rules below share.
ID_SUPERLATIVES = "(?:" + "|".join(lnum.SUPERLATIVES_ID) + ")"
# (without "most" and "least", which need the adjective after them; "longest-serving" is no rank)
_EN_SUPERLATIVE_WORDS = "|".join(w for w in lnum.SUPERLATIVES_EN if w not in ("most", "least"))
_EN_SUPERLATIVES = f"(?:{_EN_SUPERLATIVE_WORDS})(?!-)"
# ", the highest since 2014", ", their lowest level since October", ", nearly 20 times the
# guideline": a rank or a ratio set after a figure in apposition is a fact of its own.
_RANK_SINCE = r"(?=(?:the|its|their)\s+" + _EN_SUPERLATIVES + r"\s(?:[\w-]+\s+){0,3}?(?:since|in|on|of|for|ever)\b)"
_RANK_OR_RATIO = (r"(?=(?:(?:the|its|their|his|her)\s+)?(?:" + _EN_SUPERLATIVE_WORDS +
                  r"|first)\b(?!-)|[a-z]+\s+(?:pertama|terakhir)\b|" + ID_SUPERLATIVES + r"\b"
                  r"|(?:(?:nearly|almost|about|around|roughly|some|more than|over|less than)\s+)?"
                  r"(?:[\d.,]+|two|three|four|five|six|seven|eight|nine|ten|[a-z]+ty)\s+times\s+(?:the|its|their|that)\b"
                  r"|(?:(?:nearly|almost|about|around|roughly|more than|over|less than)\s+)?"
                  r"(?:twice|double|triple|half)\s+(?:the|its|their|that)\b"
                  # ", less than half as heavy as planned": a ratio to another figure
                  r"|(?:more|less)\s+than\s+(?:twice|half|(?:[\d.,]+|two|three|four|five|ten)\s+times)\s+as\b"
                  # ", cukup untuk kebutuhan tiga bulan": what the figure suffices for
                  r"|cukup\s+untuk\b|enough\s+(?:to|for)\b)")
# That is "(?:\s+and|,)\s+<rank since>|,\s+<rank or ratio>". Every match opens with white space
# or a comma: read first as one class, then told apart by a look-behind, it gives the engine a
# skip to those characters, which "\s+and|," does not.
_SUPERLATIVE = re.compile(r"[\s,](?:(?<=\s)\s*and\s+" + _RANK_SINCE + r"|(?<=,)\s+" + _RANK_SINCE
                          + r"|(?<=,)\s+" + _RANK_OR_RATIO + ")")
# "…, a 17 per cent increase compared to the same period last year", "…, kenaikan 12 persen
# dibanding tahun lalu": a change set after the figure in apposition is a fact of its own. One
# that names the figure it is measured against ("…, a 0.3 percent drop compared with 5.1
# percent in May", "…, kenaikan 2 persen dari 7 persen") is a comparison tail: it stays; a
# base without a figure of its own ("compared to the same period last year", "than in 2024") cuts.
_CHANGE_APPOSITIVE = re.compile(r",\s+(?!(?:[^,;]|,(?=\d))*\b(?:compared|dibandingkan|than|dari)\b"
                                # the base's own figure comes within a few words, before "and"
                                r"(?:(?!\b(?:and|dan)\b)[^,;]|,(?=\d)){0,40}?(?<![\d.,])\d(?!\d{3}\b))(?=(?:an?\s+(?:[\d.,]*\d[\s-]*(?:per\s*cent|percent|%)|[\d.,]*\d-fold)"
                                r"\s+(?:increase|rise|jump|gain|surge|growth|decrease|decline|drop|fall|slump)"
                                r"|(?:kenaikan|penurunan|lonjakan)\s+(?:sebesar\s+|sekitar\s+)?[\d.,]*\d\s*(?:persen|%))\b)",
                                re.I)
# "…, up from 19 in 2023", "…, naik dari 187 ekor sepekan sebelumnya": a move from a base the
# tail names (lexicon.MOVE_FROM_A_BASE) is a comparison of its own (rule 3): the claim before
# stops at the comma.
_MOVE_FROM_A_BASE = re.compile(r",\s+(?=" + lx.MOVE_FROM_A_BASE.pattern + ")", re.I)
# "…, far below the 95 percent needed for herd immunity", "…, but above the 4.81% median
# forecast", "…, masih di bawah target nasional 90 persen": a benchmark the figure before is
# measured against, with a figure of its own, is a second fact (rule 3); the claim before stops at
# the comma, and the benchmark's claim keeps its degree word ("far", "masih") but not "but".
_BENCHMARK = re.compile(r",\s+(?:(?:but|yet|tapi|tetapi|namun)\s+)?(?=(?:(?:still|well|far|just|slightly|masih|jauh"
                        r"|sedikit|sudah)\s+)?(?:above|below|di\s+atas|di\s+bawah|melampaui|melebihi)\s[^,;]{0,60}?\d)",
                        re.I)
# Every _BENCHMARK match holds one of these words.
_BENCHMARK_WORDS = ("above", "below", "atas", "bawah", "melampaui", "melebihi")
# "…, below the 5.2 percent of a year earlier", "…, di bawah 4 persen pada bulan sebelumnya": a base
# from an earlier period is a comparison inside the claim (dev: "slightly higher than the 8.93
# percent in the previous month"), not a benchmark; so is any base the tail dates ("in May").
_EARLIER_PERIOD = re.compile(r"\b(?:earlier|previous|prior|last|ago|before|lalu|sebelumnya|sebelum|kemarin"
                             r"|same\s+period|periode\s+yang\s+sama)\b", re.I)
# What a benchmark is called ("the 2% target", "rata-rata bulanan", "batas maksimal", "HET"); a
# tail without one compares like with like: the figures on both sides share their unit ("68
# percent …, far below the 95 percent we need"). "di bawah laut pada kedalaman 10 km" has neither.
_BENCHMARK_NOUN = re.compile(r"\b(?:targets?|forecasts?|averages?|median|estimates?|expectations?|consensus|projections?"
                             r"|threshold|limit|ceiling|cap|benchmark|guideline|standard|norm|level|rata-rata|perkiraan"
                             r"|ekspektasi|proyeksi|konsensus|ambang|batas|standar|baku\s+mutu|HET)\b", re.I)
_FIGURE_UNIT = re.compile(r"(?P<cur>Rp|US\$|S\$|\$|€|£)?\s?(?P<num>\d[\d.,]*)\s*(?P<unit>%|[^\W\d_]+)?")
_TIME_FIGURE = re.compile(r"(?:19|20)\d\d|\d{1,2}:\d\d")
_CLOCK_WORDS = frozenset("wib wita wit gmt utc am pm a p".split())
# (one name per unit: "5 per cent" reads its unit as "per")
_SAME_UNITS = {"%": "percent", "persen": "percent", "per": "percent", "km": "km", "kilometer": "km", "kilometres": "km"}
# "…, di bawah laut sekitar 25 km dari kota", "…, above sea level": a place, not a benchmark
_PLACE_AFTER = re.compile(r"(?:\w+\s+)?(?:above|below|di\s+atas|di\s+bawah)\s+(?:the\s+)?(?:laut|permukaan|perairan|tanah"
                          r"|kapal|dasar|sea|seabed|ground|water|surface|deck)\b", re.I)
# The cues' first characters as one class, case-sensitive ("p" has no other case-blind match
# than "P"), then the rest case-blind: the engine skips to those characters, which it cannot
# do for a case-blind pattern or one opening with a look-ahead.
_CHANGE_CUE = re.compile(r"[%pP-](?:(?<=%)|(?<=[pP])(?i:er\s*cent\b|ercent\b|ersen\b)|(?<=-)(?i:fold)\b)")
# "…, the third straight year above five per cent", "…, its fifth consecutive monthly rise": a
# streak set after the figure ranks it as a superlative does (dev's "the highest since …").
_EN_ORDINALS = ld.alternation([w for w in lnum.ORDINALS if not w.startswith("ke") and w not in ("pertama", "first")])
STREAK = rf"(?:the|its|their)\s+(?:{_EN_ORDINALS}|\d+(?:st|nd|rd|th))\s+(?:straight|consecutive|successive)\s"
_STREAK = re.compile(rf",\s+(?={STREAK})",
                     re.I)
# ", marking the first respite in …", ", making it the largest …": the rank the participle
# gives is the fact; the participle itself belongs to neither claim.
_MARKING = re.compile(r",\s+(?:marking|making\s+(?:it|them))\s+(?=(?:the|its|their)\s+(?:highest|lowest"
                      r"|largest|biggest|smallest|first|worst|best)\b)")
_EN_ING = re.compile(r"\b\w{3,}ing\b")
# "…, raising property taxes by 4.2 per cent", "…, stranding around 600 vehicles", "…,
# breaking the course record by 52 seconds": a participle that changes, costs or holds up
# something else states a consequence with a figure of its own, a second fact (rule 3). A toll
# of the same event ("killing 12 and injuring 40", "leaving 9 dead") and what the act aims at
# ("targeting 500,000 people"), and what a disaster forces on people ("forcing hundreds to
# leave their homes", "displacing 3,000") stay with the act, so those verbs are not listed.
# "beating Arema 2-0" names the opponent of the result before it, so it stays too; "breaking"
# and "bettering" only cut before a record or a mark beaten by a margin. "…, bringing the toll
# to 52" gives the new total, as dev 006's "with the total number climbing to 50" does.
_CONSEQUENCE = re.compile(r",\s+(?=(?:raising|lifting|pushing|driving|sending|cutting|lowering|reducing|trimming"
                          r"|slashing|boosting|doubling|tripling|stranding|costing|delaying|disrupting|grounding|bringing)\s"
                          r"|(?:breaking|bettering)\s+(?:[\w'’-]+\s+){0,3}?(?:record|mark)\b[^,;]{0,30}?\bby\s+"
                          r"(?:(?:nearly|almost|about|around|more\s+than|over|some|just)\s+)?(?:\d|(?:one|two|three|four"
                          r"|five|six|seven|eight|nine|ten|eleven|twelve|half|a\s+(?:second|minute|point))\b))")
# The cheap gate before the search: a comma, then an -ing word.
_COMMA_ING = re.compile(r",\s+\w+ing\s")
_EN_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could)\b", re.I)
# "…, as rain swelled the river": a bare plural or mass noun may open that clause too; not a
# participle ("as expected", "as planned") nor the fixed phrases "as well as", "as of", "as many as".
_AS_BARE_SUBJECT = (r"(?!(?:well|part|of|much|many|few|far|long|soon|usual|such|yet|if|though|to|for|per"
                    r"|with|in|at|on|a|an|one|it|he|she|they|we|i|you|shown|seen|known|given|written|said"
                    r"|told|set|put)\b)[a-z]+(?<!ed)(?<!ing)\s+(?!as\b)")
# "…, as it shuts its depot": a pronoun with a verb that takes an object opens a clause too;
# "as it did", "as they expected," do not go on to an object.
_PRONOUN_ACTS = r"(?:it|he|she|they|we)\s+[a-z]{3,}(?:s|ed)\s+(?:its|their|his|her|our|the|a|an|\d)"
_AS_PRONOUN_ACTS = re.compile(_PRONOUN_ACTS)
# "…, as the home side came back from 15 points down": a clause of its own after "as"; not
# "as well as", "as a result", "as part of" or "as expected".
_EN_AS_CLAUSE = re.compile(r",\s+as\s+(?=(?:the|its|their|his|her|[A-Z][\w'’-]*)\s|" + _AS_BARE_SUBJECT
                           + "|" + _PRONOUN_ACTS + ")")
# "…, after prices climbed to 90 since May": set off by a comma, an "after" clause with a
# subject and a finite verb of its own is a second fact; "… died after a boat capsized"
# (no comma) tells the cause inside the first one.
# ("…, shortly after the cabinet approved it …": a lead word tells how long after)
_EN_AFTER_CLAUSE = re.compile(r",\s+(?:(?:shortly|soon|just|hours|days|minutes|moments|weeks|a\s+day|a\s+week)\s+)?"
                              r"(?:after|before)\s+(?=[A-Za-z\d])")
DETERMINERS = frozenset("the a an its their his her this that these those our".split())
# Without a comma an "after" clause stays inside the claim, even when a named party acts in it
# with a figure of its own ("… fell 4 percent after the port board voted 7-2", as dev's
# "… hadiah penalti … setelah Nick Kuipers melakukan handball … pada menit ke-90+5").


def _after_clause_has_subject(text: str, a: int, e: int) -> bool:
    words = text[a:min(e, a + _REACH)].split()[:11]
    for i, word in enumerate(words[1:], 1):
        if lx.EN_AUX.fullmatch(word) and words[i - 1].lower() not in DETERMINERS:
            return not words[0].endswith("ing") and len(words) >= _MIN_WORDS
    return False


# "… and substitute Ana Ruiz sealed the win": a new named subject with a verb of its own.
_NAMED_SUBJECT = re.compile(r"(?:[a-z]+\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s+([a-z]+)\b")


def _named_subject_acts(text: str, a: int, e: int) -> bool:
    m = _NAMED_SUBJECT.match(text, a, e)
    return bool(m) and bool(lx.EN_AUX.fullmatch(m.group(1))) and len(text[m.end():e].split()) >= 2


# "… and 72 suffered minor injuries", "… and police responded with tear gas": a count or a bare
# noun (one or two words) with a verb of its own opens a second clause. A first word that is
# itself a verb ("… and injured 12 others", "… and closed roads linked …") or an adverb ("… and
# then fled") continues the first clause's subject. A verb with a preposition after it may be a
# participle that describes a second object ("found 12 survivors and 30 bodies buried under …",
# "roads built by …"), unless it is one that takes no object at all ("40 people died in …").
_NOT_A_SUBJECT = frozenset("""then also later still never soon finally eventually subsequently again even just only
not so thus hence instead now that which who whom whose""".split())     # ("… and rocks that came down": a relative)
_COUNT_QUALIFIER = frozenset("nearly about some around almost roughly over least more than at".split())
_SUBJECT_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[a-z]{3,}")
_PREPOSITIONS = frozenset("""by under in on at into onto from with near inside outside across along over through to
for during after before since beneath below above around""".split())
_TAKES_NO_OBJECT = frozenset("""died fled escaped drowned survived arrived remained stayed returned disappeared
collapsed vanished responded retreated gathered marched rioted protested waited slept wept resigned rallied
surrendered""".split())


def _bare_subject_acts(right: str, whole: bool = False) -> bool:
    # (whole: the clause ends where ``right`` does, before ", and": "… and prosecutors charged 9, and …")
    words = right.split(maxsplit=8)
    while words and words[0].lower() in _COUNT_QUALIFIER:     # "nearly 40 people died"
        words = words[1:]
    for k in (1, 2):     # a subject of one word, then of two
        if len(words) < k + 3 - whole:
            return False
        if all(_subject_word(w, i) for i, w in enumerate(words[:k])) and lx.EN_AUX.fullmatch(words[k]):
            return k + 1 == len(words) or words[k + 1] not in _PREPOSITIONS or words[k] in _TAKES_NO_OBJECT
    return False


def _subject_word(word: str, i: int) -> bool:
    return _SUBJECT_TOKEN.fullmatch(word) is not None and not word.endswith("ly") \
        and word not in _NOT_A_SUBJECT and lx.EN_AUX.fullmatch(word) is None and (i == 0 or word.isalpha())


# "… and the operator plans to add 12 buses": a new subject with a plan of its own.
_EN_SUBJECT_PLANS = re.compile(r"(?:the|a|an|its|their|[A-Z][\w'’-]*)\s+(?:(?!and\b)[\w'’-]+\s+){0,2}?"
                               r"(?:plans?|expects?|intends?|aims?) to\b")
_REPORTING = re.compile(rf"\b{lx.EN_TAIL_VERBS}\b")
# "costing members an estimated $3.5 million": after a determiner "estimated" qualifies an amount
# and reports nothing.
_ESTIMATED_AMOUNT = re.compile(r"\b(?:an|the|its|their)\s+estimated\b", re.I)


def _reports(span: str) -> bool:
    found = _REPORTING.search(span)
    return found is not None and (found.group() != "estimated"
                                  or _REPORTING.search(_ESTIMATED_AMOUNT.sub("", span)) is not None)
_MIN_WORDS = 3
_REACH = 160


# The same clause is asked about twice: split_clauses asks whether each clause holds a verb,
# and checkworthiness asks again of each cut it scores (most cuts are those clauses).
@functools.lru_cache(maxsize=64)
def has_verb(text: str, s: int, e: int, language: str) -> bool:
    """True when ``text[s:e]`` looks like it holds a finite verb."""
    if language == "en":
        return bool(lx.EN_AUX_SEARCH.search(text[s:e])) or _holds_present_s(text[s:e]) \
            or BARE_PAST_BEFORE_ITS_OBJECT.search(text, s, e) is not None
    # (is_id_verb takes only runs all in lower case; a loop stops at the first verb, any() costs more)
    for word in _letter_runs(text[s:e]):
        if word.islower() and is_id_verb(word):
            return True
    return False


# "The central bank cut its rate …", "Police set up 12 checkpoints", "Nvidia forecast third-quarter
# revenue …": a past tense that is also a noun or a base form, after a noun (no article, no "to")
# and before its object.
BARE_PAST_BEFORE_ITS_OBJECT = re.compile(r"(?<=[a-z] )(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bto )(?<!\bits )"
                                          r"(?<!\btheir )(?<!\bwill )(?<!\bwould )(?<!\bcan )"
                                          r"\b(?:cut|set|put|hit|shut|cost|spread|hurt|let|quit|forecast|beat|shed|bid|bet)"
                                          r"\s+(?:up\s+|off\s+|down\s+)?(?:its|their|his|her|the|a|an|\d|\$"
                                          # ("Nvidia forecast third-quarter revenue …")
                                          r"|(?:first|second|third|fourth|full|annual|quarterly|record)\b)")


def _holds_present_s(span: str) -> bool:
    """A present verb that only its place tells (lexicon.EN_PRESENT_S)."""
    low = span.lower()
    for m in lx.EN_PRESENT_S.finditer(low):
        if m.group("b"):
            if _plural_present(low, m):
                return True
            continue
        word = m.group("p") or m.group("n")
        if word in lx.EN_NOT_A_PRESENT_S or word.endswith(("ss", "us", "is", "ics", "ings")):
            continue
        # ("the workers the union represents", "the city's hospitals a day after": after a
        # determiner, a preposition, a number or an owner, a noun; "X, who runs a farm": a
        # relative pronoun's verb makes no clause of the span)
        before = _word_before(low, m.start())
        if m.group("p") or before not in lx.EN_NOT_BEFORE_A_SUBJECT_NOUN and not before.endswith(("'s", "’s")):
            return True
    return False


def _plural_present(low: str, m) -> bool:
    word = m.group("b")
    if word in lx.EN_NOT_A_PLURAL_PRESENT or word.endswith(("s", "ed", "ing")) \
            or word.endswith("ly") and word not in lx.EN_LY_VERBS:
        return False
    return _word_before(low, m.start()) not in lx.PLURAL_BEFORE_NOT_A_NOUN


def _word_before(low: str, at: int) -> str:
    """The word before the white space that ends at ``at``, without its punctuation (read in a
    short window: splitting all the text before it would cost each match the whole span)."""
    words = low[max(0, at - 40):at].split()
    return words[-1].strip(",.;:()\"“”") if words else ""


_SPACE_FOR_NON_LETTER = spaces_but(lambda byte: 65 <= byte <= 90 or 97 <= byte <= 122)


def _letter_runs(span: str) -> list[str]:
    """``_WORD.findall(span)``, the runs of A-Z and a-z, without a regex pass."""
    return runs_of(span, _SPACE_FOR_NON_LETTER)


@functools.lru_cache(maxsize=4096)
def is_id_verb(word: str) -> bool:
    """An Indonesian verb by its affix or a common unaffixed verb/auxiliary (lower case)."""
    low = word.lower()
    return word.islower() and (low in lx.ID_AUX or (bool(lx.ID_VERB_PREFIX.match(low))
                                                    and low not in lx.NOT_VERBS and not _PER_AN_NOUN.match(low)))


# "pertanian", "perdagangan", "perikanan": the per-…-an confix makes nouns; "per-…-kan" stays a
# verb ("pertahankan"). A bare per- word is a noun too ("peringkat", "perahu", "perang"): the
# per- verbs take -kan or -i ("perbaiki", "pergi") or come with me-/di- ("memperketat").
_PER_AN_NOUN = re.compile(r"per[a-z]+(?<!k)an$|(?!pernah$)per[a-z]+(?<!kan)(?<!i)$")


def split_clauses(text: str, s: int, e: int, language: str) -> list[tuple[int, int]]:
    """Independent clauses of ``text[s:e]``; the span itself when it holds one fact."""
    found = []
    for m in _breaks(text, s, e, language):
        if m.start() >= s and not _inside_brackets(text, s, m.start()) \
                and _valid_break(text, s, m, e, language):
            found.append((s, m.start()))
            s = m.end()
    return found + [(s, e)]


def _contrast_opens_own_clause(text: str, s: int, m, e: int, language: str) -> bool:
    # "The firm plans 40 new clinics by 2031, but no site has been chosen …": a verb the lexicon cannot
    # tell from a noun ("targets", "plans") leaves the first clause unproven; a long first part
    # and a second clause with its own subject and verb show the sentence holds two facts.
    if language != "en" or not m.group().startswith(",") or m.group().strip(" ,").lower() != "but":
        return False
    after_subject = " ".join(text[m.end():e].split()[1:5])
    return len(text[s:m.start()].split()) >= 6 and _EN_FINITE.search(after_subject) is not None


# "Kamarnya bersih, tapi air panas belum tersedia": Indonesian states a short fact or a count
# without a verb ("the room is clean"); a contrast after it with a clause of its own is a second fact.
_ID_CONTRAST = frozenset({"tapi", "tetapi", "namun"})


def _verbless_before_contrast(text: str, s: int, m, e: int, language: str) -> bool:
    if language != "id" or not m.group().startswith(",") or m.group().strip(" ,").lower() not in _ID_CONTRAST:
        return False
    left = text[_last_comma_part(text, s, m.start()):m.start()].split()
    # (or a count stated without a verb: "Kapasitas stadion hanya 38 ribu penonton, tetapi …")
    return (2 <= len(left) <= 4 or _stated_count(text, s, m.start())) \
        and _is_clause(text, m.end(), e, language, False)


# "Korban luka 540 orang, dan yang mengungsi 16.000 jiwa": after a count stated without a verb,
# "dan yang" with a verb and a figure of its own counts a second group (rule 3's "… dan yg perlu
# dicari …").
# (the verb may follow an auxiliary or a modal: "yang masih dicari", "yang perlu dicari")
_WHO_ELSE = re.compile(r"(?:yang|yg)\s+(?:(?:masih|sudah|telah|belum|akan|sedang|perlu|harus|bisa|dapat)\s+){0,2}"
                       r"[a-z-]+", re.I)


def _second_count_of_a_kind(text: str, s: int, m, e: int, language: str) -> bool:
    if language != "id" or m.group().strip(" ,").lower() != "dan" or not m.group().startswith(","):
        return False
    who = _WHO_ELSE.match(text, m.end(), e)
    return who is not None and is_id_verb(who.group().split()[-1]) and _stated_count(text, s, m.start()) \
        and _DIGIT.search(text, who.end(), min(e, who.end() + _REACH)) is not None


def _inside_brackets(text: str, s: int, a: int) -> bool:
    # "52bn rupiah ($3.3m; £2.6m)": a separator inside brackets parts amounts, not clauses.
    return "(" in text[s:a] and text.rfind("(", s, a) > text.rfind(")", s, a)


# A share of a whole told without a count: "most of them in two provinces", "sebagian besar soal …".
SHARE_OF_A_WHOLE = (r"(?:most|many|some|all|half|none|several|nearly all|almost all|the majority)\s+of\s+(?:them|whom)\b"
          r"|(?:sebagian besar|sebagian kecil|kebanyakan|mayoritas)\s")
# "…, tiga di antaranya warga X", "…, three of them children": a count of a subset after the
# clause that gives the whole is a fact of its own.
# So is what most of them were ("…, sebagian besar soal antrean", "…, most of them children").
_SUBSET = re.compile(r",\s+(?=(?:\d[\d.,]*|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh"
                     r"|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:di antaranya|diantaranya"
                     r"|of them|of whom)\b|" + SHARE_OF_A_WHOLE + ")", re.I)
_SHARE_OPENS = re.compile(SHARE_OF_A_WHOLE, re.I)


def _share_states_its_own(text: str, a: int, e: int, language: str) -> bool:
    """True when the words after a share of the whole (``a``: after "most of them",
    "sebagian besar") go on with a predicate of their own ("… adalah anak-anak", "… having
    fled", "… returning home") rather than a phrase that only places or describes the count
    ("… in Africa", "… karena luka bakar")."""
    rest = re.split(r"[,;]", text[a:min(e, a + _REACH)], maxsplit=1)[0]    # the share's own part
    return has_verb(rest, 0, len(rest), language) \
        or (_PARTICIPLE if language == "en" else _COPULA_ID).search(rest) is not None


_PARTICIPLE = re.compile(r"\b[a-z]{3,}ing\b")
_COPULA_ID = re.compile(r"\b(?:adalah|merupakan|ialah)\b")


def opens_share_of_whole(text: str, a: int) -> bool:
    """True when ``text[a:]`` opens with a share of a whole told just before ("most of them …",
    "sebagian besar …") after a comma: the split-off part is a fact about that whole."""
    before = text[max(0, a - 3):a].rstrip()
    return before.endswith(",") and _SHARE_OPENS.match(text, a) is not None


# Every break opens with a comma or a semicolon, or is one of these words between spaces
# ("sedangkan" holds "dan"): substring tests cost less than a case-blind search.
_ANY_BREAK = (",", ";", "dan", "and", "tapi", "sehingga", "but", "sebelumnya", "serta", " after ")


def _breaks(text: str, s: int, e: int, language: str):
    span = text[s:e]             # sliced once for the substring gates below
    if not may_hold_any(span, _ANY_BREAK):
        return []
    found = list(lx.CLAUSE_BREAKS.finditer(text, s, e))
    # Every pattern below but _SERTA's opens with a comma: a span without one (about two in
    # three) is spared those searches. (Skipped searches find nothing: the order of the rest stays.)
    comma = "," in span
    if comma or "and" in span and _AND_BETWEEN_SPACES.search(span):     # every _SUPERLATIVE match holds one
        found += _SUPERLATIVE.finditer(text, s, e)
    if comma:
        found += list(_SUBSET.finditer(text, s, e))
        if _CHANGE_CUE.search(text, s, e):
            found += list(_CHANGE_APPOSITIVE.finditer(text, s, e))
        if may_hold_any(span, lx.MOVE_WORDS):    # (every _MOVE_FROM_A_BASE match holds one)
            found += list(_MOVE_FROM_A_BASE.finditer(text, s, e))
        if may_hold_any(span, _BENCHMARK_WORDS):
            found += list(_BENCHMARK.finditer(text, s, e))
        if "straight" in span or "consecutive" in span or "successive" in span:
            found += list(_STREAK.finditer(text, s, e))
        found += list((_EN_COMMA_CLAUSE if language == "en" else _ID_COMMA_NUMBER).finditer(text, s, e))
    if comma and language == "en":
        found += list(_EN_AS_CLAUSE.finditer(text, s, e))
        if " after " in span or " before " in span:
            found += list(_EN_AFTER_CLAUSE.finditer(text, s, e))
        if "king " in span:      # "marking" / "making": a substring test skips the search
            found += list(_MARKING.finditer(text, s, e))
        if _COMMA_ING.search(text, s, e):
            found += list(_CONSEQUENCE.finditer(text, s, e))
    if " serta " in span:
        found += list(_SERTA.finditer(text, s, e))
    if ", jadi " in span:
        found += list(_SO_CONCLUSION.finditer(text, s, e))
    if ", atau " in span or ", or " in span:
        found += list(_OR_PREDICATE.finditer(text, s, e))
    # (sorted only when there is an order to make; the start method read in C, no lambda call per match)
    return found if len(found) < 2 else sorted(found, key=_MATCH_START)


_MATCH_START = methodcaller("start")
# A _SUPERLATIVE match without a comma is "and" between white space ("… and the highest since …").
_AND_BETWEEN_SPACES = re.compile(r"\sand\s")


def _is_a_benchmark(left: str, tail: str) -> bool:
    """True when ``tail`` ("far below the 95 percent we need") sets a benchmark against the figure
    of ``left`` ("coverage dropped to 68 percent"): both hold a figure, the tail names no earlier
    period or date, and it names a benchmark or measures in the left figure's unit."""
    if len(tail.split()) < _MIN_WORDS or _EARLIER_PERIOD.search(tail) or _PLACE_AFTER.match(tail):
        return False
    units, its_units = _figure_units(left), _figure_units(tail)
    return bool(units) and bool(its_units) and (
        _BENCHMARK_NOUN.search(tail) is not None or not scan_dates(tail) and not units.isdisjoint(its_units))


def _figure_units(part: str) -> set[str]:
    """The units of the figures in ``part`` ("Rp", "percent", "mm"), a year or a clock time left out."""
    units = set()
    for f in _FIGURE_UNIT.finditer(part):
        if not f.group("cur") and (_TIME_FIGURE.fullmatch(f.group("num").rstrip(".,"))
                                   or (f.group("unit") or "").lower() in _CLOCK_WORDS):
            continue
        unit = f.group("cur") or (f.group("unit") or "").lower()
        units.add(_SAME_UNITS.get(unit, unit))
    return units


def _rank_of_a_name(text: str, s: int, m, e: int) -> bool:
    """True for "… mengalahkan Rina Sulastri, unggulan ketiga kejuaraan itu, lewat …": a rank set
    between commas after a name describes the name (an embedded fact, rule 4), not the figure."""
    if not _ORDINAL_RANK.match(text, m.end(), e):
        return False
    before = text[max(s, m.start() - 30):m.start()].split()
    after = text.find(",", m.end(), e)
    return bool(before) and before[-1][:1].isupper() and not _DIGIT.search(before[-1]) and after > 0 \
        and len(text[m.end():after].split()) <= 5


# A rank held by a person or a team ("unggulan pertama", "juara kedua"); a superlative such as
# "tertinggi sejak 2015" after "…, September," ranks the figure instead.
_ORDINAL_RANK = re.compile(lx.ID_RANK_PHRASE)


def _count_beside_count(text: str, s: int, m, e: int) -> bool:
    # "Pasien yang kami rawat 52 orang, 40 sudah pulang": Indonesian states the first count
    # without a verb; a second count with a verb of its own is a second fact (rule 3).
    # A part opened by a preposition ("Dari 126 kasus itu, 19 …", "Sampai Kamis (9/10), 85 …")
    # is a phrase of the clause after it, not a count of its own.
    return _stated_count(text, s, m.start()) and _is_clause(text, m.end(), e, "id", False)


def _stated_count(text: str, s: int, a: int) -> bool:
    """True when the last comma part of ``text[s:a]`` states a count without a verb ("Korban
    luka berat 540 orang"), not a phrase opened by a preposition."""
    last = _last_comma_part(text, s, a)
    words = text[last:a].split()
    return len(words) >= _MIN_WORDS and words[0].lower() not in _ID_PREPOSITIONS \
        and bool(_DIGIT.search(text, last, a))


# "Jumlah korban meninggal akibat gempa dan tsunami yang melanda X bertambah menjadi 832 orang":
# a subject opened by "jumlah" is still open while no change of the count has been told; the
# change after "dan" is the predicate of the whole subject, and "dan" joins its causes.
# (the subject may follow an opener: "Hingga Senin, jumlah korban …")
_COUNT_SUBJECT = re.compile(r"(?:[^,]{0,40},\s+)?(?:jumlah|total|angka)\s", re.I)
_COUNT_CHANGE = re.compile(r"\b(?:bertambah|berkurang|mencapai|menjadi|naik|turun|meningkat|menurun"
                           r"|melonjak|tercatat|sebanyak|sebesar|berjumlah|adalah|ialah)\b", re.I)
# A predicate of its own: "Jumlah pemudik tahun ini belum dirilis dan …" closed the subject.
_OWN_PREDICATE = frozenset("belum sudah telah tidak akan masih sedang merupakan".split())


def count_subject_open(text: str, s: int, a: int) -> bool:
    """True when ``text[s:a]`` opens a subject with "jumlah" and tells no change of the count,
    nor any predicate, yet."""
    if _COUNT_SUBJECT.match(text, s) is None or _COUNT_CHANGE.search(text, s, a) is not None:
        return False
    words = _WORD.findall(text, s, a)
    return not any(w in _OWN_PREDICATE or w.startswith("di") and is_id_verb(w) for w in words)


def _count_subject_goes_on(text: str, s: int, m, e: int) -> bool:
    return count_subject_open(text, s, m.start()) and _COUNT_CHANGE.search(text, m.end(), e) is not None


_ID_PREPOSITIONS = frozenset("""di ke dari pada dalam oleh untuk bagi kepada hingga sampai sejak per
menjelang selama antara terhadap tentang dengan atas akibat karena""".split())


# "…, atau tertunda hampir tiga jam", "…, or late by four hours": "or" before a bare
# predicate restates the first fact as a second one with its own figure; "…, or 50 percent"
# only gives the same figure another way and stays.
_OR_PREDICATE = re.compile(r",\s+(?:atau|or)\s+(?=[a-z]+\s)")


def _or_predicate(text: str, s: int, m, e: int, language: str) -> bool:
    word = _WORD.match(text, m.end(), e)
    verb = bool(word) and (is_id_verb(word.group()) if language == "id"
                           else lx.EN_AUX.fullmatch(word.group()) is not None)
    right = text[m.end():e]
    return verb and len(right.split()) >= _MIN_WORDS and _is_clause(text, s, m.start(), language, True) \
        and bool(re.search(r"\d", right) or lx.NUMBER_WORDS_SEARCH.search(right))


# "Andi (31) dan Bima Sakti Putra (27)": two people named with their ages (names of up to six
# words) are one subject, not two clauses; embed reads them as one fact too.
AND_NEXT_AGE = re.compile(r"\s+(?:dan|serta|and)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,5}\s+\(\d{1,3}\)")
_AGE_BEFORE = re.compile(r"\(\d{1,3}\)\s*$")


# A rank in apposition to a figure: "the highest level since 2019", "its weakest in a decade".
# (an ordinal ranks too: "…, its first reduction since 2020, as …")
_RANK_OPENS = re.compile(r"\s*(?:the|its|their)\s+(?:" + _EN_SUPERLATIVES + r"|first|second|third|only|last)\b")


# "When I got up, there were bodies all around me": a clause opened by a subordinator tells when,
# why or on what condition the clause after its comma holds; it is no fact of its own. ("Saat
# ini", "setelah itu", "karena itu": with a demonstrative the word opens a time or a cause, no clause.)
_SUBORDINATE_OPENS = re.compile(r"[“\"'‘(]?(?:when|whenever|while|after|before|if|because|although|though|once"
                                r"|until|unless|ketika|saat|sewaktu|setelah|sesudah|sebelum|jika|kalau|apabila"
                                r"|karena|meski|meskipun|walaupun)\s(?!(?:ini|itu|demikian|tersebut)\b)", re.I)


def _cut_as_a_move(text: str, s: int) -> bool:
    """Whether the part starting at ``s`` is a move cut off the figure before it ("…, down Sh3
    from Sh182.40, while …"): a clause of its own before the next break."""
    comma = text.rfind(",", max(0, s - 4), s)
    return comma >= 0 and (cut := _MOVE_FROM_A_BASE.match(text, comma)) is not None and cut.end() == s


def _valid_break(text: str, s: int, m, e: int, language: str) -> bool:
    if m.group().startswith(",") and not m.group().strip(" ,") and _SUBORDINATE_OPENS.match(text, s) \
            and text.find(",", s, m.start()) < 0:
        return False    # (a conjunction still breaks: "After the election the party held 128 seats, but …")
    sep = m.group().strip(" ,").lower()
    if sep in ("and", "or") and _joins_inside_an_aside(text, s, m, e):
        return False
    if sep in ("dan", "serta", "and") and _AGE_BEFORE.search(text, max(s, m.start() - 6), m.start()) \
            and AND_NEXT_AGE.match(text, m.start(), e):
        return False
    if sep in ("dan", "and") and m.group().startswith(",") and (_last_of_a_list_of_amounts(text, s, m, e)
                                                                or sep == "dan" and _last_of_a_list_of_words(text, s, m)):
        return False
    left_ok = _is_clause(text, s, m.start(), language, True) or _cut_as_a_move(text, s)
    if not left_ok and sep in _EN_CONTRASTS:
        # (or a rank set off after the figure: "…, its lowest close since September, while …")
        left_ok = _clause_before_a_participle(text, s, m.start(), language) \
            or _RANK_OPENS.match(text, _last_comma_part(text, s, m.start())) is not None
    if sep.startswith(("setelah", "sesudah")) or sep.endswith((" setelah", " sesudah")):
        # the main clause may end in its place and date ("…, tak lama setelah X …" too)
        return has_verb(text, max(s, m.start() - _REACH), m.start(), language) \
            and (_is_clause(text, m.end(), e, language, False)
                 and (sep.endswith("sebelumnya") or _own_subject_after(text, m.end(), e))
                 or _NAMED_IN_A_YEAR.match(text, m.end(), e) is not None)
    if m.re is _OR_PREDICATE:
        return _or_predicate(text, s, m, e, language)
    if m.re is _SO_CONCLUSION:    # Indonesian states the fact before it without a verb ("Penyebabnya hujan dan angin")
        # a side too short to stand as a claim of its own ("Harga naik tajam") keeps the sentence
        # whole; a bare advice after it ("jadi harus bawa payung") has no subject to stand for
        right = text[m.end():e].split()
        return len(text[_last_comma_part(text, s, m.start()):m.start()].split()) >= _SO_SIDE_WORDS \
            and len(right) >= 2 and (len(right) >= _SO_SIDE_WORDS or right[0].lower() in _ADVICE_OPENERS)
    if m.re is _ID_COMMA_NUMBER and not left_ok:
        return _count_beside_count(text, s, m, e)
    if m.re is _MARKING:    # the clause before may be a participle one ("with X releasing Y, marking …")
        left_ok = left_ok or bool(_EN_ING.search(text, _last_comma_part(text, s, m.start()), m.start()))
    if m.re is _BENCHMARK:     # (Indonesian states the figure measured without a verb: "… baru 81 persen, masih di bawah …")
        return _is_a_benchmark(text[_last_comma_part(text, s, m.start()):m.start()],
                               lx.COMMA_OUTSIDE_A_FIGURE.split(text[m.end():e], 1)[0])
    if m.re is _SUPERLATIVE and _rank_of_a_name(text, s, m, e):
        return False
    if m.re is _SUPERLATIVE and not m.group().startswith(",") \
            and not _DIGIT.search(text, _last_comma_part(text, s, m.start()), m.start()):
        return False    # "the lowest and the highest readings": "and" ranks a figure only right after one
    if m.re is _SUBSET and (share := _SHARE_OPENS.match(text, m.end())) \
            and not _share_states_its_own(text, share.end(), e, language):
        return False    # "57 were injured, most of them with burns": where or how most were, inside the count
    if m.re is _SUPERLATIVE or m.re is _SUBSET or m.re is _MARKING or m.re is _CHANGE_APPOSITIVE or m.re is _STREAK \
            or m.re is _MOVE_FROM_A_BASE:
        # Indonesian states a figure without a verb ("Stok beras saat ini 3.200 ton, cukup untuk …",
        # "Harga kini Rp 150 ribu, naik dari …")
        left_ok = left_ok or ((m.re is _MOVE_FROM_A_BASE or bool(_SUFFICES.match(text, m.end(), e)))
                              and bool(_DIGIT.search(text, _last_comma_part(text, s, m.start()), m.start())))
        return left_ok and len(text[m.end():e].split()) >= _MIN_WORDS
    if sep in ("yakni", "yaitu", "namely"):
        return m.start() - s > 12 and bool(re.search(r"\d", text[m.end():e])) \
            and not _bare_figure(text, m.end(), e)
    if sep == "with":
        return left_ok and clause_after_with(text, m.end(), e)
    if sep == "dengan":
        return left_ok and _right_verb_soon(text, m.end(), e, language, 6)
    if sep == "sehingga":   # "…, sehingga neraca surplus 4,3 miliar": a result may state its figure without a verb
        right = text[m.end():min(e, m.end() + _REACH)]
        return left_ok and len(right.split()) >= _MIN_WORDS and (
            has_verb(right, 0, len(right), language) or bool(re.search(r"\d", right)))
    if m.re is _CONSEQUENCE:
        right = text[m.end():min(e, m.end() + _REACH)]
        left = text[max(s, m.start() - _REACH):m.start()]    # the act may end in an aside ("…, after 3 days of debate")
        return len(right.split()) >= _MIN_WORDS and _has_figure(right) and _has_figure_or_day(left) \
            and has_verb(left, 0, len(left), "en") and not _reports(right)
    if m.re is _EN_AFTER_CLAUSE:
        return left_ok and (_after_clause_has_subject(text, m.end(), e) or _NAMED_IN_A_YEAR.match(text, m.end(), e) is not None)
    if sep == "as":   # the main clause may end in an aside: "…, including 9 in the last quarter, as …"
        head = " ".join(text[m.end():e].split()[:6])
        # (or it is a rank set off after the figure: "…, the highest level since 2019, as …")
        left = has_verb(text, max(s, m.start() - _REACH), m.start(), "en") or _cut_as_a_move(text, s) \
            or _RANK_OPENS.match(text, _last_comma_part(text, s, m.start())) is not None
        return left and not _reports(head) \
            and (has_verb(head, 0, len(head), "en") or _AS_PRONOUN_ACTS.match(head) is not None)
    # ("…, namun tahun ini hanya 28.000 ton": a contrast may state its figure without a verb too)
    contrast = sep in _CONTRAST or language == "id" and sep in _ID_CONTRAST and m.group().startswith(",")
    if contrast and not left_ok and language == "id":
        left_ok = _stated_count(text, s, m.start())    # "Korban luka 540 orang, sedangkan …"
    if contrast and left_ok and _DIGIT.search(text, m.end(), min(e, m.end() + _REACH)) \
            and len(text[m.end():e].split()) >= _MIN_WORDS:
        return True     # "…, sedangkan yang terendah di X 2,05 persen": the figure is the predicate (rule 3)
    if sep in ("sedangkan", "whereas") and left_ok and len(text[m.end():e].split()) >= _MIN_WORDS \
            and not lx.OPENING_FRAMES.match(text, m.end(), e):
        return True     # "…, sedangkan warga lainnya dalam keadaan aman": a state said without a verb
    if sep == "while" and left_ok and _contrasted_figure(text, m.end(), e):
        return True
    if not left_ok and _contrast_opens_own_clause(text, s, m, e, language):
        return True
    if not left_ok and _verbless_before_contrast(text, s, m, e, language):
        return True
    if not left_ok and _second_count_of_a_kind(text, s, m, e, language):
        return True
    if m.re is _SERTA:
        # (", serta Dinsos mendirikan dapur umum": a subject of its own and its verb, a second fact;
        # the last of a list of such clauses, "…, …, serta keluarga korban telah memaafkan", stays in it)
        return left_ok and (_opens_appeal(text, m.end(), e) or m.group().startswith(",")
                            and text.find(", ", s, m.start()) < 0 and _right_verb_soon(text, m.end(), e, language, 6)
                            and (_subject_before_verb(text, m.end(), e) or text[m.end():m.end() + 1].isupper()))
    if sep in ("dan", "and") and left_ok and _opens_appeal(text, m.end(), e):
        return True
    if sep == "dan" and may_hold_any(text[max(s, m.start() - 30):m.start()], ("secara",)) \
            and _SECARA_PAIR.search(text, max(s, m.start() - 30), m.start()) \
            and not _subject_before_verb(text, m.end(), e):
        return False    # "dikerjakan secara cepat dan tepat waktu": "dan" pairs two adverbs
    if sep in ("and", "dan") and _second_state(text, s, m, e, language) \
            and not _continues_existential(text, s, m.start()):
        return True
    if sep == "and" and (_parallel_predicate(text, s, m, e) or _own_auxiliary(text, s, m, e)) \
            and not _continues_existential(text, s, m.start()):
        return True
    if sep == "dan" and _id_parallel_predicate(text, s, m, e):
        return True
    if not (left_ok and _is_clause(text, m.end(), e, language, False)):
        return False
    if sep in ("dan", "and") and _shifted(text, s, m, e) and not _continues_existential(text, s, m.start()):
        return True
    if sep in ("dan", "and") and _REST_OF_GROUP.match(text, m.end(), e) \
            and _COUNT_WORD.search(text, max(s, m.start() - _REACH), m.start()) \
            and not _group_acts(text, m.end(), e, language):
        return False
    if sep == "dan" and "," not in m.group() and _count_subject_goes_on(text, s, m, e):
        return False
    if sep == "dan" and "," not in m.group():
        first = _WORD.match(text, m.end(), e)
        before = text[s:m.start()].split()[-2:]
        names = bool(first and first.group()[:1].isupper() and before and _ends_a_name(before))
        return not names and not (first and is_id_verb(first.group())) and \
            _right_verb_soon(text, m.end(), e, language, 6) and _subject_before_verb(text, m.end(), e)
    if sep in ("and", "but") and "," not in m.group():
        if _inside_relative_aside(text, s, m.start()) or sep == "and" and _joins_names(text, s, m, e):
            return False
        cut = _before_contrast(text, m.end(), e)
        right = _without_relative(text[m.end():cut])
        return bool(lx.EN_CLAUSE_START.match(right) or _EN_SUBJECT_PLANS.match(text, m.end(), e)
                    or _named_subject_acts(text, m.end(), e) or _bare_subject_acts(right, cut < e)
                    or _PRONOUN_ACTS.match(right) or _COUNT_ACTS.match(right))
    if sep == "dan" and not _id_verb_outside_relative(text, m.end(), e):
        return False    # "…, dan etilen glikol (EGBE) dalam sampel yang dikonsumsi": the last item of a list
    return True


# "… on Monday and it destroyed 200 homes": a subject pronoun and a past verb open a clause.
_PRONOUN_ACTS = re.compile(rf"(?:it|they|he|she|we)\s+{lx.EN_PAST_FORM}\b")
# "The storm killed six people and 120 homes collapsed", "… and at least 47 remain missing": a
# count of its own (no year), its noun and a verb that closes the clause open a second clause
# ("212 homes were damaged and 38 destroyed" leaves out the verb, and "30 bodies buried under
# the rubble" describes the bodies: one clause each).
_COUNT_ACTS = re.compile(rf"(?:(?:at\s+least|more\s+than|about|nearly|around|some|another|over)\s+)?"
                         rf"(?!(?:19|20)\d\d\b)(?:\d[\d,.]*|(?:{ld.alternation(lnum.UNITS_WORDS_EN)}))\s+"
                         rf"(?:(?:[a-z][\w-]*\s+){{0,2}}?(?:remain|remained)\b"
                         rf"|(?:[a-z][\w-]*\s+){{1,2}}?{lx.EN_PAST_FORM}\s*$)")


# "About 450 firefighters, supported by six helicopters and two planes, were battling …", "Two
# co-accused, an accountant and a contractor, were jailed": the conjunction joins two nouns of an
# English aside set off between the subject and its verb, which follows the aside's closing comma.
_AFTER_A_COMMA = re.compile(r",\s+")


def _joins_inside_an_aside(text: str, s: int, m, e: int) -> bool:
    if "," in m.group() or text.find(", ", s, m.start()) < 0:
        return False
    close = _AFTER_A_COMMA.search(text, m.end(), e)
    return close is not None and lx.EN_AUX.match(text, close.end(), e) is not None \
        and not has_verb(text, m.end(), close.start(), "en")


# "wilayah terdepan, terluar, dan tertinggal": single words between commas are items of a list,
# and the word after the conjunction is its last one, no verb of a new clause ("ter-" and "ber-"
# words are adjectives as often as verbs).
def _last_of_a_list_of_words(text: str, s: int, m) -> bool:
    item = _last_comma_part(text, s, m.start())
    after = _WORD.match(text, m.end())
    return item > s and len(text[item:m.start()].split()) == 1 \
        and not (after and after.group().lower().startswith(("me", "di")))   # ("…, dan merusak …": an act)


# "Rp 50 juta untuk rusak berat, Rp 25 juta untuk rusak sedang, dan Rp 10 juta untuk rusak
# ringan": after items that each open with an amount, ", dan" and another amount close the
# list; a word such as "rusak" in the item is no verb of a new clause.
_OPENS_WITH_AMOUNT = re.compile(r"\s*(?:(?:Rp\.?|US\$|\$|€|£)\s?)?\d", re.I)


def _last_of_a_list_of_amounts(text: str, s: int, m, e: int) -> bool:
    if _OPENS_WITH_AMOUNT.match(text, m.end(), e) is None:
        return False
    item = _last_comma_part(text, s, m.start())
    # (items of one list share their shape: the same word after the amount, "… untuk …")
    return item > s and _OPENS_WITH_AMOUNT.match(text, item, m.start()) is not None \
        and _word_after_amount(text, item, m.start()) == _word_after_amount(text, m.end(), e) is not None


_AMOUNT_WORDS = frozenset("rp rp. us$ $ ribu rb juta jt miliar triliun persen % per".split())


def _word_after_amount(text: str, a: int, b: int) -> str | None:
    for word in text[a:min(b, a + 60)].lower().split():
        if word not in _AMOUNT_WORDS and not word[:1].isdigit():
            return word
    return None


def _id_verb_outside_relative(text: str, a: int, e: int) -> bool:
    """True when ``text[a:e]`` (its first stretch) holds a verb that is not the verb of a "yang"
    clause: the verb right after "yang" tells about a noun, not what the part after "dan" does."""
    previous = ""
    for word in _WORD.findall(text, a, min(e, a + _REACH)):
        if is_id_verb(word) and previous not in ("yang", "yg"):
            return True
        previous = word.lower()
    return False


# "secara cepat dan tepat", "secara bertahap dan terukur": "secara" makes an adverb of the
# word before "dan", and the word after it is its pair, not a new predicate ("… secara bulanan
# dan beras menjadi …" names a new subject).
_SECARA_PAIR = re.compile(r"\bsecara\s+[a-z-]+$", re.I)


# "…, while the police budget rises by $22 million": a contrast with a figure of its own is a
# second fact even when its verb is one the lexicon does not list; "…, while waiting for 3
# hours" and "…, while on leave in 2024" tell when, not a second fact.
_WHILE_WHEN = re.compile(r"[a-z]+ing\b|(?:on|in|at|under|still|also|being)\b", re.I)


def _contrasted_figure(text: str, a: int, e: int) -> bool:
    right = text[a:min(e, a + _REACH)]
    return len(right.split()) >= _MIN_WORDS + 1 and bool(_DIGIT.search(right)) and not _WHILE_WHEN.match(right)


def _opens_appeal(text: str, a: int, e: int) -> bool:
    """True when ``text[a:e]`` opens with an appeal whose subject is left unspoken ("… dan
    mengimbau warga …", "… and urged residents …"): an appeal is no claim (rule 2), so it is cut
    off the act before it, which then stands as a claim of its own."""
    return lx.APPEAL_PREDICATE.match(text, a, e) is not None


# "…, jadi warga tidak perlu panik", "…, jadi harus bawa payung": what the speaker concludes
# from a fact ("so …") is a clause of its own, the fact before it another; "…, jadi 40 persen"
# (became 40 percent) is no conclusion.
_SO_CONCLUSION = re.compile(r",\s+jadi\s+(?![\d.,]+\b|(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan"
                            r"|sepuluh|sebelas|seratus|seribu|sejuta)\b)")
_SO_SIDE_WORDS = 4     # each side long enough to stand as a claim of its own
_ADVICE_OPENERS = frozenset("harus perlu wajib mesti jangan sebaiknya hendaknya".split())


# "… serta meminta warga …": "serta" joins an appeal to the act before it as "dan" does.
_SERTA = re.compile(r",?\s+serta\s+")


def _joins_names(text: str, s: int, m, e: int) -> bool:
    # "the military-backed Union Solidarity and Development Party took 33 seats": "and" between
    # two capitalised words joins a name or a list of names, not two clauses
    first = _WORD.match(text, m.end(), e)
    before = text[s:m.start()].split()[-2:]
    return bool(first and first.group()[:1].isupper() and before and _ends_a_name(before)
                and before[-1].lower().strip(".,") not in _DAYS_AND_MONTHS)


# ("… on Monday and Min Aung Hlaing took control": a day closes a clause, it is no name)
_DAYS_AND_MONTHS = frozenset(ld.WEEKDAYS) | frozenset(ld.MONTHS)


def _ends_a_name(words: list[str]) -> bool:
    # "Kota Bogor dan Depok", "Blok 3 dan Blok 9", "Pasal 2 dan Pasal 5", "Turki selatan dan
    # Suriah utara": a name, or a number or a compass point closing one, before "dan" and a
    # capitalised word after it list names.
    last = words[-1]
    return last[:1].isupper() or (len(words) > 1 and words[-2][:1].isupper()
                                  and (last[:1].isdigit() or last.lower() in _COMPASS_POINTS))


_COMPASS_POINTS = frozenset("utara selatan timur barat tengah laut daya north south east west".split())


# "… empat orang tewas dan 17 lainnya luka-luka", "… killed four and injured 17 others": the rest
# of the same group listed after its first count stays in one claim (rule 3's lists).
_COUNT = (r"(?:\d[\d.,]*|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|one|two|three"
          r"|four|five|six|seven|eight|nine|ten|eleven|twelve)")
_REST_OF_GROUP = re.compile(rf"{_COUNT}\s+(?:(?:orang|warga|penumpang|korban)\s+)?(?:lainnya|lain)\b"
                            rf"|(?:[a-z]+\s+){{0,2}}?{_COUNT}\s+others\b", re.I)
_COUNT_WORD = re.compile(rf"\b{_COUNT}\b", re.I)
# "Three crew were missing and two others were rescued": in English the rest of the group with
# an auxiliary of its own is the subject of a second clause, not the object of the first verb
# ("killed four and injured 12 others").
_OTHERS_ACT = re.compile(r"(?:[a-z]+\s+){0,2}?(?:\d[\d.,]*|[a-z]+)\s+others\s+(?:is|are|was|were|had|have|has)\b", re.I)


# "745 orang luka-luka dan 30 orang lainnya masih dinyatakan hilang": the rest of the group with a
# verb of its own after it is a second fact; "… dan 13 orang lainnya dari pintu selatan" shares
# the verb before it.
_OTHERS_ACT_ID = re.compile(r"(?:[^,;]{0,40}?)\b(?:lainnya|lain)\s+(?:(?:masih|sudah|telah|belum|sedang|juga|kini|pun)\s+)*"
                            r"(?P<verb>[a-z]+)\b", re.I)


def _group_acts(text: str, a: int, e: int, language: str) -> bool:
    if language == "en":
        return _OTHERS_ACT.match(text, a, e) is not None
    m = _OTHERS_ACT_ID.match(text, a, e)
    return m is not None and (is_id_verb(m.group("verb")) or m.group("verb").lower() in lx.ID_AUX)


# "… masih ada 35 kios yang belum disewa dan akan …", "there were 12 beds that stood empty and
# will …": an existential clause has no actor, so a predicate after "dan" goes on telling
# about the counted thing in the relative clause; it is no second fact.
# (The look-behind sees before the search's start: "Ada 35 kios …" may open the sentence.)
_EXISTENTIAL = re.compile(r"(?<!\S)(?:(?:masih|kini|juga|tidak|tak)\s+)?ada\s+[^,]*\b(?:yang|yg)\s"
                          r"|\bthere\s+(?:is|are|was|were|remain|remained)\s+[^,]*\b(?:that|which)\s", re.I)


def _continues_existential(text: str, s: int, a: int) -> bool:
    last = _last_comma_part(text, max(s, a - _REACH), a)
    part = text[last:a].lower()
    return (part.startswith("ada ") or " ada " in part or "there " in part) \
        and _EXISTENTIAL.search(text, last, a) is not None


# "Floods cut 40 roads and destroyed 12 bridges", "It trims the fund by $8 million and delays
# the depot by a year": a second predicate in the same simple tense, with a figure on each
# side, is a second fact whose subject is left unspoken (rule 3). A shared auxiliary ("have
# burned 900 ha and forced 300 people …", "were arrested and released") keeps one predicate,
# and so does a first clause without a figure.
_IRREGULAR_PAST = lx.EN_IRREGULAR_PAST
_SHARED_AUX = frozenset("""is are was were be been being has have had will would can could may might must
shall should do does did""".split())
_PRESENT_HEAD = re.compile(r"(?:it|he|she|this|that|(?:the|this|its|their)\s+[a-z]+(?:\s+[a-z]+)?"
                           r"|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+([a-z]{3,}s)\s", re.I)
_NOT_PRESENT = lx.EN_NOT_PRESENT_S
_CASUALTY_VERBS = frozenset("killed injured wounded hurt left".split())
_OBJECT_OPENER = re.compile(r"(?:(?:the|a|an|its|their|his|her|our|this|that|these|those|more|about|nearly|some)\b"
                            rf"|{_COUNT}\b|\$)", re.I)
_NOT_OBJECT = frozenset("in of and or for by to on at with from as".split())


def _parallel_predicate(text: str, s: int, m, e: int) -> bool:
    right = text[m.end():min(e, m.end() + _REACH)].split()
    if len(right) < _MIN_WORDS or not right[0].isalpha() or not right[0].islower() \
            or right[1].lower() in _NOT_OBJECT:
        return False
    left = text[max(s, m.start() - _REACH):m.start()]
    words = left.lower().split()
    if not _SHARED_AUX.isdisjoint(words) or not (_has_figure_or_day(left) and _has_figure(" ".join(right))):
        return False
    verb = right[0]
    if verb in _CASUALTY_VERBS and not _CASUALTY_VERBS.isdisjoint(words):
        return False    # "killed 12 and injured 40": the toll of one event is one list of counts
    if verb.endswith("ed") or verb in _IRREGULAR_PAST:
        return any(w.endswith("ed") or w in _IRREGULAR_PAST for w in words)
    # A plural noun also ends in -s ("tracks 45 stocks and bonds worth $3 billion"): a present
    # verb is told by the determiner or figure that opens its object.
    head = _PRESENT_HEAD.match(text, s, m.start())
    return verb.endswith("s") and verb not in _NOT_PRESENT and head is not None \
        and head.group(1).lower() not in _NOT_PRESENT and _OBJECT_OPENER.match(right[1]) is not None


# "Banjir menggenangi 300 rumah dan memutus dua jembatan", "Kapal berangkat pukul 07.10 dan
# tiba pukul 09.40": in Indonesian too a second predicate with its own figure, after a first
# clause with one, is a second fact whose subject is left unspoken (rule 3); so is one whose
# one-word subject is acted on ("… sejak pukul 05.00 dan paket dikirim pukul 09.00"). A
# passive first clause names no actor for an active second one ("Vaksinasi digelar sejak Senin
# (4/3) dan menyasar 9.000 anak" tells what the drive targets), and a toll ("… dan menewaskan
# dua warga", "… dan melukai 17 lainnya") goes on counting the same event.
_ID_TOLL_VERBS = frozenset("menewaskan melukai mencederai menelan".split())


def _id_parallel_predicate(text: str, s: int, m, e: int) -> bool:
    right = _WORD_OR_NUMBER.findall(text[m.end():_clause_end(text, m.end(), e)])
    if len(right) < _MIN_WORDS or right[0] in _ID_TOLL_VERBS or "lainnya" in right:
        return False
    acted_on = right[0].islower() and not is_id_verb(right[0]) and right[1].startswith("di") \
        and is_id_verb(right[1])
    if not (acted_on or right[0].startswith(("me", "ber")) and is_id_verb(right[0])):
        return False
    left = text[_last_comma_part(text, max(s, m.start() - _REACH), m.start()):m.start()]
    return _has_figure(left) and _has_figure(" ".join(right[1:])) \
        and not any(w.startswith("di") and is_id_verb(w) for w in _WORD.findall(left))


def _clause_end(text: str, a: int, e: int) -> int:
    comma = text.find(",", a, min(e, a + _REACH))
    return comma if comma > 0 else min(e, a + _REACH)


# "Police have questioned 14 witnesses and are searching for 3 others": a second predicate with
# a finite auxiliary other than the first one's is told in a tense of its own, a second fact.
# A modal or "remains" after a first clause with a figure is such a predicate too ("… is 80%
# built and remains on course to open in May", "… began in March and would end by June").
_FINITE_AUX = frozenset("is are was were has have had".split())
_OWN_TENSE = frozenset("would will could can might remains remained".split())


def _own_auxiliary(text: str, s: int, m, e: int) -> bool:
    right = text[m.end():min(e, m.end() + _REACH)].split()
    if len(right) < _MIN_WORDS or right[0] not in _FINITE_AUX | _OWN_TENSE:
        return False
    left = text[_last_comma_part(text, max(s, m.start() - _REACH), m.start()):m.start()].split()
    low_left = [w.lower() for w in left]
    if right[0] in _OWN_TENSE:
        return right[0] not in low_left and len(right) >= 4 and _has_figure_or_day(" ".join(left)) \
            and (not _FINITE_AUX.isdisjoint(low_left) or not _IRREGULAR_PAST.isdisjoint(low_left)
                 or any(w.endswith("ed") for w in low_left) or not _OWN_TENSE.isdisjoint(low_left))
    auxes = _FINITE_AUX.intersection(low_left)
    if auxes and _PERFECT.isdisjoint(auxes) and _RELATIVE_PRONOUNS.isdisjoint(low_left) and _opens_a_perfect(right):
        return True     # "… were still searching … and had raised security …": an act before, a fact of its own
    return bool(auxes) and right[0] not in auxes and _has_figure(" ".join(left)) and _has_figure(" ".join(right))


# "… and has urged …", "… and had since raised …": a perfect after a clause told in a simple
# or progressive tense. (Not inside a relative clause: "Those who are vaccinated and have tested
# negative may enter"; not an adjective after "has": "… and has limited side effects".)
_PERFECT = frozenset("has have had".split())
_PERFECT_ADVERBS = frozenset("also since already previously repeatedly now".split())
_RELATIVE_PRONOUNS = frozenset("who which that whose".split())
_ADJECTIVES_IN_ED = frozenset("limited mixed detailed varied advanced experienced skilled qualified".split())


def _opens_a_perfect(right: list[str]) -> bool:
    if right[0] not in _PERFECT:
        return False
    k = 2 if right[1] in _PERFECT_ADVERBS else 1
    verb = right[k] if len(right) > k else ""
    if verb == "been":      # ("… and has been since the flood": no participle, no act of its own)
        verb = right[k + 1] if len(right) > k + 1 else ""
        return verb.endswith(("ed", "ing")) or verb in _IRREGULAR_PAST
    return (verb.endswith("ed") or verb in _IRREGULAR_PAST) and verb not in _ADJECTIVES_IN_ED


# "Lee finished fifth and was the fastest local runner", "… placed 14th and became the first
# Saudi to …", "Rina finis kelima dan menjadi pelari tercepat": after a first predicate of
# its own, a linking verb with a rank or a figure states a second fact about the unspoken
# subject (rule 3). A link the first clause already holds ("was hurt and was taken …")
# shares its predicate, and a link without a rank ("… and is now a museum") stays.
_LINKS = {"en": frozenset("was were is are became becomes remains remained".split()),
          "id": frozenset("menjadi merupakan adalah".split())}
# (-est closes many nouns and verbs too: "guest", "arrest", "protest", "forest", "interest"; the
# one list of those stems, shared with reading.)
NOT_SUPERLATIVE_STEMS = "inter|for|pro|prot|hon|mod|requ|harv|sugg|cont|manif|gu|pri|arr|unr|dig|inv|conqu|inqu|" \
    "beh|inf|att|det|div|mol|cr|ch|wr|ton|earn|midw|northw|southw"
_EN_PERFECT_LINK = re.compile(r"(?:has|have|had)\s+been\s+", re.I)
# A rank after its determiner ("the fastest", "its first", "the only"), a "No. 1", or an
# Indonesian superlative or "pertama" ("pelari tercepat", "perempuan pertama").
RANK_WORD = re.compile(r"\b(?:the|its|their|his|her)\s+(?:[\w'’-]+\s+)?(?:first|only|sole|last|best|worst|"
                       rf"(?!(?:{NOT_SUPERLATIVE_STEMS})est\b)[a-z]{{2,}}est)\b"
                       r"|\bNo\.\s*\d|\b(?:pertama|satu-satunya|" + ID_SUPERLATIVES + r")\b")
_STATE_WORDS = 5    # the rank or figure sits right after the link


def _second_state(text: str, s: int, m, e: int, language: str) -> bool:
    if "," in m.group() or _inside_relative_aside(text, s, m.start()):
        return False
    a = m.end()
    perfect = _EN_PERFECT_LINK.match(text, a, e) if language == "en" else None
    right = text[perfect.end() if perfect else a:min(e, a + _REACH)].split()
    if len(right) < 2 or not (perfect or right[0].lower() in _LINKS[language]):
        return False
    if language == "en" and _is_participle(right[0 if perfect else 1]):
        return False    # "… and was carrying 40 passengers", "… and is held every 2 years": a passive or a progressive
    state = " ".join(right[0 if perfect else 1:_STATE_WORDS + 1])
    if not (RANK_WORD.search(state) or _has_figure(state)):
        return False
    left = text[_last_comma_part(text, max(s, m.start() - _REACH), m.start()):m.start()]
    words = left.lower().split()
    if len(words) < _MIN_WORDS or (not perfect and right[0].lower() in words):
        return False
    return has_verb(left, 0, len(left), language)


# Past participles that do not end in -ed ("was held", "was taken"): with those after a link
# the words go on as a verb phrase, not as a rank or a figure.
_IRREGULAR_PARTICIPLES = _IRREGULAR_PAST | frozenset("""taken given seen known shown born borne driven written
stolen hidden chosen broken beaten eaten thrown flown grown drawn fallen ridden spoken sworn torn worn frozen
begun run done gone won hung struck""".split())


def _is_participle(word: str) -> bool:
    w = word.lower().strip(",.;:")
    return (len(w) > 4 and w.endswith(("ed", "ing"))) or w in _IRREGULAR_PARTICIPLES


def _has_figure(span: str) -> bool:
    return bool(_DIGIT.search(span) or lx.NUMBER_WORDS_SEARCH.search(span))


# "… shut the pass last Sunday and rerouted 140 trucks", "… opened in April and would
# close by July": a first English clause dated by a day or a month names its own checkable
# fact as one with a figure does. "May" is left out: it is a modal as often as a month.
_DAY_NAMES = frozenset(w.capitalize() for w in (*ld.MONTHS, *ld.WEEKDAYS) if len(w) >= 4 and w.isalpha()) \
    | frozenset({"Yesterday", "yesterday"})


def _has_figure_or_day(span: str) -> bool:
    return _has_figure(span) or not _DAY_NAMES.isdisjoint(_WORD.findall(span))


# "… into roads and the repair of bridges, although it has not said …": the verb after a
# contrast word belongs to the next clause, not to the words after "and".
# (so does a second clause joined by ", and": "40 homes were damaged and 12 destroyed, and 6,400
# customers were without power" gaps its verb before the comma)
_CONTRAST_AHEAD = re.compile(r",\s+(?:although|though|even though|but|while|whereas|yet|and)\s", re.I)


# "… recovered $2,000 in cash and 14 phones from the accused, who were …": the verb of a
# relative clause set off by a comma is the clause's, not a new subject's; after an aside that
# closes ("the suspects, who were armed, were taken …") the sentence goes on.
_RELATIVE_AHEAD = re.compile(r",\s+(?:who|which|whose|whom)\s", re.I)


def _without_relative(part: str) -> str:
    if "," not in part:
        return part
    part = RELATIVE_ASIDE.sub(" ", part)
    m = _RELATIVE_AHEAD.search(part)
    return part[:m.start()] if m else part


def _before_contrast(text: str, a: int, e: int) -> int:
    if "," not in text[a:e]:
        return e
    m = _CONTRAST_AHEAD.search(text, a, e)
    while m and m.group().rstrip().lower().endswith("and") and "," in text[a:m.start()]:
        m = _CONTRAST_AHEAD.search(text, m.end() - 1, e)   # ", and" closing a list ("rice, sugar, and coffee")
    return m.start() if m else e


def _shifted(text: str, s: int, m, e: int) -> bool:
    # "… dan akan …" after a clause that already says "akan" continues the same plan.
    shift = lx.SHIFTED_PREDICATE.match(text, m.end(), e)
    if not shift:
        return False
    # "… had no licence and had already leased the shop": "already" marks the shift, not "had".
    words = shift.group().lower().split()
    marker = "already" if "already" in words else _shift_marker(words)
    return marker not in text[max(s, m.start() - _REACH):m.start()].lower().split()


def _shift_marker(words: list[str]) -> str:
    # "… is being built by X and is expected to cost …": the participle marks the shift, not "is".
    return words[1] if words[0] in ("is", "are", "was", "were") and len(words) > 2 else words[0]


# (a comma between digits is a thousands mark, not the edge of an aside: "$100,000 each going …")
_ASIDE = re.compile(r"\([^()]*\)|,(?!\d)(?:[^,]|,(?=\d))*,(?!\d)")


def _right_verb_soon(text: str, a: int, e: int, language: str, words: int) -> bool:
    # Asides in parentheses or between commas do not count ("para korban, kecuali Y, akan …").
    head = " ".join(_ASIDE.sub(" ", text[a:e]).split()[:words])
    if language == "en":
        return bool(lx.EN_AUX_SEARCH.search(head) or _EN_ING.search(head))
    return has_verb(head, 0, len(head), language)


def _bare_figure(text: str, a: int, e: int) -> bool:
    # "…, yakni 98 kasus" only gives the figure of the fact before it, and so do figures listed
    # with what they are for ("…, yakni Rp 4.500 per kilo untuk X dan Rp 3.900 untuk Y");
    # "…, yakni Maret yang sebesar 2,15 persen dan …" lists further facts.
    # (only up to the next comma: "…, yakni 19,87 persen, disusul X yang tumbuh 11,97 persen" gives
    # the figure, and what follows it is read on its own)
    comma = _CLAUSE_COMMA_AT.search(text, a, e)
    e = comma.start() if comma else e
    words = text[a:e].split()
    if words and words[0].lower() in _AMOUNT_OPENERS:
        words = words[1:]       # "…, yakni sebesar US$ 1,6 miliar": the amount's own word
    if not words:
        return False
    money = words[0].rstrip(".").lower() in ("rp", "us$", "$", "usd", "idr")   # "Rp 8.000 per trip"
    return (words[0].lstrip("$€£Rp")[:1].isdigit() or money) and not has_verb(text, a, e, "id")


_CLAUSE_COMMA_AT = re.compile(r",\s")
# The words an amount may open with, in either language ("sebesar", "about").
_AMOUNT_OPENERS = frozenset("sebesar sebanyak senilai sekitar hanya about around only some nearly".split())


def clause_after_with(text: str, a: int, e: int) -> bool:
    """True when ``text[a:e]``, after "with", states a fact of its own."""
    # "…, with the toll climbing to 50" and "…, with 40 more expected to arrive" state a fact;
    # "…, with 80 percent of ballots counted" only says under which state the first one holds.
    head = " ".join(_ASIDE.sub(" ", text[a:e]).split()[:8])
    return bool(_EN_FINITE.search(head) or _EN_ING.search(head) or _PARTICIPLE_GOES_ON.search(head)
                or (_SHORT_ING.search(head) and _has_figure(head)))


# "…, with $100,000 each going to the winners": -ing verbs on a two-letter stem, which _EN_ING
# leaves out so as not to read "thing" or "king" as verbs. Only with a figure of its own: "…, with
# most going to buyers abroad" says how the first fact splits up, and stays with it.
_SHORT_ING = re.compile(r"\b(?:going|doing|dying|lying)\b")


# "…, with the rest paid by the state", "…, with first output expected to reach the market":
# a participle that goes on to its own complement states a fact; one that ends the phrase
# ("with 80 percent of ballots counted") does not, nor does a tally's progress ("counted by noon").
_PARTICIPLE_GOES_ON = re.compile(r"\b(?!(?:hundred|speed|need|seed|feed|breed|bed|red|counted|tallied|processed"
                                 r"|reported|returned)\b)(?:\w{3,}ed|paid"
                                 r"|built|sold|held|made|given|taken|spent|kept|sent|brought|bought)\s+"
                                 r"(?:to|through|by|from|into|for|with|under|over|via)\b", re.I)


# "…, setelah Paus Paulus VI pada 1970 dan Paus Yohanes Paulus II pada 1989", "…, after Paul VI
# in 1970 and John Paul II in 1989": those listed before, each with the year of their turn, are
# facts of their own with no verb to show it (one name alone only says what the rank is after).
_NAMED_IN_A_YEAR = re.compile(r"(?:[A-Z][\w'’.-]*\s+){1,5}(?:pada|in)\s+(?:tahun\s+)?(?:19|20)\d\d"
                              r"(?:,\s+|\s+(?:dan|and)\s+)(?:[A-Z][\w'’.-]*\s+){1,5}(?:pada|in)\s+(?:tahun\s+)?(?:19|20)\d\d\b")


def _own_subject_after(text: str, a: int, e: int) -> bool:
    # ", setelah BI menahan suku bunga …" tells what another party did first, a fact of its
    # own (dev 010); ", setelah menahan …" goes on about the same subject and stays in the claim
    words = _WORD_OR_NUMBER.findall(text[a:min(e, a + _REACH)])
    return _subject_before_verb(text, a, e) or len(words) > 1 and words[0][:1].isupper() and is_id_verb(words[1])


def _subject_before_verb(text: str, a: int, e: int) -> bool:
    # "… dan 40 warga rumah bertahan": a new clause names its subject (two words or more)
    # before its verb; "… di 514 kabupaten dan kota mulai pekan depan" does not.
    # A count is a word of the subject: "… dan 312 rumah dilaporkan rusak".
    # A one-word subject counts before a linking or tense word ("… dan beras menjadi
    # penyumbang terbesar", "… dan stok masih aman"): a bare noun does not open those in a list.
    words = _WORD_OR_NUMBER.findall(_ASIDE.sub(" ", text[a:min(e, a + _REACH)]))
    first_verb = next((i for i, w in enumerate(words) if is_id_verb(w)), len(words))
    # (one word and no verb after it: nothing at index 1 to read)
    return first_verb >= 2 or (first_verb == 1 and len(words) > 1 and words[0].islower()
                               and (words[1].lower() in _LINKING_WORDS or words[0] in _ID_PERSONAL_PRONOUNS))


# A personal pronoun is a subject on its own: "… dan kami perkirakan tetap terkendali", "… dan
# mereka menolak pindah" (a bare noun there may be the last item of a list).
_ID_PERSONAL_PRONOUNS = frozenset("saya aku kami kita kamu anda ia dia mereka beliau".split())


_LINKING_WORDS = frozenset("""menjadi merupakan adalah ialah telah sudah masih akan sedang tidak belum
mencapai tercatat""".split())


_WORD_OR_NUMBER = re.compile(r"[A-Za-z]+|\d[\d.,]*")


def _is_clause(text: str, s: int, e: int, language: str, left: bool) -> bool:
    # Only the clause's end (left) or start (right) is read, which keeps long lines linear.
    # (compared inline: min() and max() cost a call; the split stops once _MIN_WORDS are found)
    if left:
        s = s if s > e - _REACH else e - _REACH
    else:
        e = e if e < s + _REACH else s + _REACH
    if len(text[s:e].split(None, _MIN_WORDS - 1)) < _MIN_WORDS:
        return False
    if left:   # the verb must sit in the last comma-separated part
        last = _last_comma_part(text, s, e)
        if not has_verb(text, last, e, language):
            return _verb_before_relative_aside(text, s, e, language)
        s = last
    return has_verb(text, s, e, language)


# ", which employs 240 people," / ", yang …,": an aside on a noun inside the clause.
RELATIVE_ASIDE = re.compile(r",\s+(?:which|who|whose|where|yang|yg)\b[^,]*,")


# ", up from 29 in the spring of 2019" / ", down 4 percent on the year" / ", compared with 8
# percent": a verbless aside that closes a clause with the figure it is compared with.
# So does the same figure restated in other terms (", or 50.8 percent", ", atau 12 persen").
_TRAILING_ASIDE = re.compile(r",\s+(?:(?:up|down)\s+(?:from|(?:about\s+|nearly\s+|almost\s+|some\s+)?[\d.,]*\d)|compared\s+(?:with|to)|from|against|versus"
                             r"|naik dari|turun dari|dibanding(?:kan)?"
                             # ", driven by wealth management": a participle giving the cause
                             r"|[a-z]{3,}ed\s+by|(?:led|hit|held|driven)\s+by"
                             r"|(?:or|atau)\s+(?:(?:about|nearly|around|roughly|almost|some|sekitar|hampir)\s+)?[\d.,]*\d"
                             # ", most of them with burns": a share that only describes the count
                             # ", well above expectations": where the figure stands against a benchmark
                             r"|(?:well\s+|just\s+|slightly\s+|far\s+)?(?:above|below|ahead\s+of|short\s+of|in\s+line\s+with)"
                             r"\s+(?:(?:market|analysts'?|economists'?|the|its)\s+)?(?:expectations|forecasts?|estimates|consensus)"
                             r"|" + SHARE_OF_A_WHOLE + r")\b[^,]*$",
                             re.I)


_LIST_TAIL = re.compile(r"(?:,\s+[^,]{1,40}?)*,?\s+(?:and|or|dan|atau|serta)\s+[^,]{1,40}$")


# "The party fell short of a majority, winning 240 of the 543 seats, while the alliance …": a
# participle telling what the act gave may close the clause a contrast follows.
_EN_CONTRASTS = frozenset({"while", "but", "whereas"})
_PARTICIPLE_PART = re.compile(r"\s*[a-z]{3,}ing\s")


def _clause_before_a_participle(text: str, s: int, e: int, language: str) -> bool:
    last = _last_comma_part(text, s, e)
    return last > s and _PARTICIPLE_PART.match(text, last) is not None \
        and _is_clause(text, s, last - 1, language, True)


# "arrested Tom Baker, 29, on Friday", "fined Delta Foods, a dairy producer, 50,000 dollars": an
# age or a role set off after a name inside the clause.
_AGE_OR_ROLE_ASIDE = re.compile(r"(?<=[a-z]),\s+(?:\d{1,3}|an?\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}),(?=\s)")


def _verb_before_relative_aside(text: str, s: int, e: int, language: str) -> bool:
    # "the firm would close its plant, which employs 240 people, by 2026": the clause goes on
    # after the aside, so its verb may sit before it; so may a clause that ends in a comparison
    # ("The airline operates 54 jets, up from 47 in 2023, and plans to …").
    # So may a list closing the clause ("The others were an Indonesian, a Canadian and two
    # civilians"): its items have no verb.
    part = text[s:e]
    joined = _LIST_TAIL.sub("", _TRAILING_ASIDE.sub("", RELATIVE_ASIDE.sub(" ", _AGE_OR_ROLE_ASIDE.sub(" ", part))))
    if joined == part:
        return False
    return has_verb(joined, _last_comma_part(joined, 0, len(joined)), len(joined), language)


def _inside_relative_aside(text: str, s: int, a: int) -> bool:
    """True when ``a`` lies inside a relative clause opened by a comma and not yet closed
    ("Shares in X, which makes crisps and sweets, rose": the "and" joins the crisps)."""
    last = _last_comma_part(text, max(s, a - _REACH), a)
    return last > s and bool(re.match(r"\s*(?:which|who|whose|where|yang|yg)\b", text[last:a]))


# (nor is one between two sets' scores: "defeated X 21-18, 21-14 in the final" lists the sets)
# The look-behinds come after the comma: a pattern opening with one gets no skip to the next
# comma from the regex engine, and is tried at every position of the span.
_SEPARATING_COMMA = re.compile(r",(?!\d)(?:(?<![-–]\d,)(?<![-–]\d\d,)|(?!\s*\d{1,2}[-–]\d{1,2}(?![\d/.:-])))")


def _last_comma_part(text: str, s: int, e: int) -> int:
    # A comma between digits is a decimal or thousands mark ("5,25 persen", "Rp 1,890"), not a
    # clause separator, so it must not cut the verb off the clause.
    last = None
    for last in _SEPARATING_COMMA.finditer(text, s, e):
        pass
    return last.end() if last and last.start() > s else s
