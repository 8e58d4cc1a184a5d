"""Embedded facts (labelling rule 4): appositives and relative clauses with a fact of their own.

"Pasar X, yang berjarak 2 km dari Y" inside "petugas menutup Pasar X, yang …"
gives a second claim starting at the noun it describes. The fact must be checkable on its own:
a number or date in the describing part, or a role, leader or location of a named head.
"""
from __future__ import annotations

import re

from claims import gazetteer as gz
from claims import lexicon as lx
from claims import lexicon_dates as ld
from claims import lexicon_numbers as lnum
from claims.clauses import AND_NEXT_AGE, RANK_WORD, count_subject_open, has_verb, is_id_verb
from claims.quantity_shares import holds_a_share
from claims.text_features import CaseBlindSearch, may_hold_any

# ", where …" after a place is a relative clause too ("… in X province, where 200 houses fell"),
# and ", whose …" after a person ("Ana Ruiz, whose family has farmed here for 90 years,").
# (A match opens with a comma or a space, read first as one class and then told apart by a
# look-behind: the engine skips to those characters, which it cannot do for a pattern opening
# with a group or a look-ahead. The groups after it read as they did in ",\s+|\s+".)
_RELATIVE = re.compile(r"[,\s](?:((?<=,)\s+|(?<=\s)\s*)(yang|yg|selaku|which|who|that|dimana|di mana)\s+(?=\S)"
                       r"|(?<=,)(\s+)(where|whose|tempat)\s+(?=\S)"
                       # "…, in which 40 homes burned", "…, during which two men were hurt": a
                       # preposition before "which" opens the same kind of clause
                       r"|(?<=,)(\s+)((?:in|on|at|during|under|by|through|from|of|with|after|before)\s+(?:which|whom))\s+(?=\S))",
                       re.I)
# "that" is a relative pronoun only between a noun and its verb ("a fire that started …"); after
# a verb or in "so that" it is a conjunction, and before a noun a determiner.
_NOT_THAT_HEAD = frozenset("so such now given".split())
_EN_FINITE_STOP = frozenset("is are was were has have had will would".split())
# Asides between commas that describe their head like a relative clause: a participle ("The toll,
# levied since the spring, has cut …", "Pabrik itu, didirikan pada 1998, …") or a stretch
# between two named places ("ruas 4, dari Sukamaju hingga Talangsari sepanjang 7 km, …").
_ASIDE_PHRASE = re.compile(r",\s+(?=(?:(?:first|once|originally|formerly|later|newly|jointly)\s+)?"
                           r"(?!(?:based|compared|adjusted|followed)\b)(?:[a-z]{3,}ed|led|held|run|built|made|owned"
                           r"|founded|known|set\s+up|won|written|given|bound)\s+(?:since|in|on|at"
                           r"|by|for|from|during|until)\b|di[a-z]{4,}\s+(?:pada|sejak|tahun|oleh)\b"
                           r"|(?:dari|from|antara|between)\s+[A-Z][\w'’-]*\s+(?:hingga|sampai|ke|to|and|dan)\s)")
# A past participle with its named agent right after a definite noun is a reduced relative
# clause: "the 40 paintings seized by Customs at the border" (rule 4).
_REDUCED_RELATIVE = re.compile(r"\s(?=(?:[a-z]{3,}ed|held|taken|seized|built|run|led|owned)\s+by\s+(?:the\s+)?[A-Z])")
_APPOSITIVE = re.compile(r",\s+(?=(?:the|one of|a|an|seorang|salah satu)\s)", re.I)
# "last year's", "this season's", "yesterday's": a time in the possessive dates the noun after it.
_SEASON_POSSESSIVE = r"(?:(?:[Ll]ast|[Tt]his|[Nn]ext)\s+(?:year|season|month|week|term|edition|time)|[Yy]esterday)['’]s"
_SHARE_OF_THEM = r"(?:most|many|some|half|all|nearly\s+all|almost\s+all|the\s+majority|a\s+majority)\s+of\s+them"
# (a share of the head needs no name on it: "the refugees, most of them women and children,")
_SHARE_ASIDE = re.compile(_SHARE_OF_THEM + r"\s")
# Appositives without an article: a possessive name ("the Netherlands, Europe's largest port
# nation,", "Oslo, South Norway's busiest port"), a distance from a place ("Tarifa, about 30 km
# south of Cadiz,") or a role at an organisation ("Ana Ruiz, chief analyst at Banco Sol").
_BARE_APPOSITIVE = re.compile(r",\s+(?=(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*['’]s\s+[a-z]"
                              r"|(?:about|some|around|nearly|roughly)\s+\d[\d,.]*\s*(?:km|kilomet\w+|miles|mi)\s"
                              # or what most of them are: "the refugees, most of them women and children,"
                              rf"|{_SHARE_OF_THEM}\s+[a-z]"
                              # or the people it is home to: "Gaziantep, home to some 2 million people,"
                              r"|home\s+to\s+(?:about\s+|some\s+|around\s+|nearly\s+|roughly\s+|over\s+|more\s+than\s+)?\d"
                              r"|(?:chief|senior|deputy|head|director|president|chairman|chairwoman"
                              r"|spokesman|spokeswoman|spokesperson|secretary)\s+(?:[a-z]+\s+){0,2}(?:at|of|for)\s+[A-Z]"
                              # Indonesian appositives open with the kind of thing, without an article:
                              # "PT X, perusahaan tekstil yang bermarkas di Cirebon,"
                              rf"|(?:{lx.ID_APPOSITIVE_NOUNS})\s+[a-z]"
                              # or with the rank it holds: "Rina, unggulan kedua kejuaraan itu,"
                              rf"|{lx.ID_RANK_PHRASE}"
                              # or with a title dated by its season: "Ana Ruiz, last year's champion,"
                              # "Rina, juara tahun lalu," "Rina, peraih perak edisi lalu," "Rina, juara bertahan,"
                              rf"|{_SEASON_POSSESSIVE}\s+[a-z]"
                              r"|(?:juara|pemenang|peraih|finalis|semifinalis|runner-up)\s+(?:[a-z]+\s+){0,2}?"
                              r"(?:(?:tahun|musim|edisi|pekan|bulan)\s+lalu|bertahan)\b)")
# What a thing is worth, set off by commas: "the two yachts, worth about €5 million, were
# impounded", "tiga mobil, senilai Rp 4 miliar, disita". The value is a fact about any head (rule 4).
_VALUE_APPOSITIVE = re.compile(r",\s+(?=(?:worth|valued\s+at|bernilai|senilai)\s+(?:about\s+|some\s+|around\s+"
                               r"|nearly\s+|roughly\s+|more\s+than\s+|sekitar\s+|lebih\s+dari\s+|hampir\s+)?"
                               r"\D{0,4}\d)")
# "X, who heads the unit" / "who visited the site": an act or role of a named person, unless
# the verb only reports speech ("who said …") or is a copula with nothing checkable after it.
_WHO_ACTS = re.compile(r"[,\s]*who\s+(?:also\s+)?(?P<verb>[a-z]{3,}(?:ed|s))\b")
_NOT_AN_ACT = re.compile(rf"{lx.FRAME_VERBS}|was|has|does|declined|refused|wants|needs|hopes|hoped|seems|seemed|believes|believed", re.I)
_NAME_JOINERS = frozenset({"of", "for"})
_STOPWORDS = frozenset("""di ke dari pada dengan oleh untuk dalam atas bagi kepada antara bahwa dan atau
serta juga terhadap terkait sejak hingga sampai sedangkan tetapi namun the a an of in on at to from by with for and
or that since until than before after but while near into onto across through over under between among along
within toward towards outside inside via behind beyond against dekat menuju melalui lewat milik daripada
ketimbang depan belakang samping seberang sebelah luar bawah akibat karena""".split())
# An English head keeps its definite determiner ("The driver, who survived …"): the claim
# starts at the noun phrase, and a definite head is a known thing the clause can tell about.
_DEFINITE = frozenset("the his her its their".split())
# (Asked only whether a span holds one: a relative word before the verb ("yang menjabat") is
# optional and so changes no answer. The lookahead naming the verbs' first letters gives the
# engine a first-character skip; searched in the lower-cased span, case-sensitive, it also
# skips the alternatives by their first letter: see text_features.CaseBlindSearch.)
_STATUS_VERB = CaseBlindSearch(re.compile(
    r"(?=[abcdefghilmoprst])(?:menjabat|menjadi|dipimpin|dikuasai|dimiliki"
    r"|berlokasi|terletak|berada|berpusat|bermarkas|berkantor|memiliki|merupakan|menghubungkan|led|owned|controlled"
    r"|located|serves|connects|links|makes|produces|operates|runs|owns|employs"
    r"|manages|sells|supplies|publishes|represents|coordinates|oversees|regulates"
    r"|monitors|administers|governs|funds|hosts|houses|based|headquartered"
    # what a body does for a living: "the federation, which organizes the race"
    r"|organi[sz]es|sponsors|distributes|exports|imports|builds|insures|trains|certifies)\b|selaku\b", re.I))
_PREDICATE_MARK = frozenset("""sebanyak sebesar berjumlah mencapai adalah merupakan akan telah sudah
ialah yakni yaitu""".split())
_TIME_HEAD = re.compile(r"\b(pukul|WIB|WITA|WIT|GMT)\b|\d[.:]\d\d(?!\d)|waktu\s+setempat|local\s+time")   # not "1.192 orang"
_BARE_YEAR = re.compile(r"(?:19|20)\d\d\s*")
_QUANTITY_RESTATEMENT = re.compile(r"(?:sebesar|sebanyak|berjumlah)\b", re.I)
_MONTHS_DAYS = frozenset("""januari februari maret april mei juni juli agustus september oktober
november desember january february march may june july august october december senin selasa rabu
kamis jumat sabtu minggu monday tuesday wednesday thursday friday saturday sunday""".split())
_FINITE = re.compile(r"\b(is|are|was|were|has|have|had|will|would|said|adalah|akan|telah)\b", re.I)
# (Each opens with a class, the look-behind after the capital: the engine skips to those
# characters, where a pattern opening with a look-behind or a repeat is tried at every position.)
_CAPITAL = re.compile(r"[A-Z](?<!\w[A-Z])[\w'’-]+")
_WORDS = re.compile(r"\S\S*")
_CLAUSE_COMMA = re.compile(r",(?=\s)")
# A bare relative clause on the base of a comparison says what is compared; it is the
# comparison's own fact, not an embedded one. "dua kali lipat X" ("twice X") has a base too.
_COMPARING = r"dibandingkan(?:\s+dengan)?|dibanding|daripada|ketimbang|kali\s+lipat|than|compared\s+(?:with|to)"
_COMPARISON_BASE = re.compile(rf"\b(?:{_COMPARING})\s+(?:[a-z]+\s+){{0,2}}$", re.I)
# "dibandingkan Maret yang tercatat 2,1 persen", "dibanding tahun lalu yang hanya 40 kasus": a
# clause that only gives the base its value (no verb of its own, or a stative "tercatat")
# states the base's own figure (rule 4); "periode lalu yang mencatat 40 kasus" is the compared
# thing's description and stays with the comparison.
_BASE_FIGURE = re.compile(r"(?:(?:hanya|cuma|baru|sekitar|tercatat|mencapai|sebesar|sebanyak|berjumlah|only|just)\s+){0,2}"
                          r"(?:(?:Rp|US\$|\$|€|£)\s?)?\d", re.I)
# "lebih ringan dibanding tuntutan jaksa yang meminta hukuman 9 tahun": a demand states the
# base's own figure, as "tercatat" does (the verdict is compared with the demand, not with its
# clause).
# (an auxiliary or an adverb of time may come first: "yang sebelumnya menuntut 12 tahun")
_CLAUSE_AUX = frozenset("sudah telah akan sedang masih belum tidak pernah sempat sebelumnya juga".split())
_DEMAND = re.compile(rf"(?:(?:{'|'.join(sorted(_CLAUSE_AUX))})\s+)?(?:meminta|menuntut)\s+(?:[\w-]+\s+){{0,3}}?"
                     r"(?:dihukum\s+|hukuman\s+|pidana\s+)?\d", re.I)
_REACH = 240   # characters a head or a describing part may span; bounds work on long lines


# "yang sama", "yang serupa", "yang lain": with an adjective of identity "yang" only picks out
# its head ("the same market", "another school"); nothing is asserted about it.
_IDENTITY_ADJECTIVE = re.compile(r"(?:sama|serupa|berbeda|lain|lainnya|bersangkutan|dimaksud)\b"
                                 r"(?!\s+(?:dengan|seperti|sekali)\b)", re.I)
# Every _RELATIVE match holds one of these: a span without them skips its search.
_RELATIVE_WORDS = ("yang", "yg", "selaku", "which", "who", "that", "dimana", "di mana", "where", "tempat")
# Every pattern read here needs a comma or a relative word: a span with neither (most short
# clauses) holds no embedded fact. Substring tests on the lowered span tell it ~3% of an
# article's instructions cheaper than one case-blind regex search over it.
_NEEDED = (",", " by ") + _RELATIVE_WORDS


def _comma_before_space(span: str) -> bool:
    """True when a comma in ``span`` has white space right after it. Every pattern of
    ``embedded_facts`` but the relative and reduced clauses and the bracketed age ("Rina (34)")
    opens with ``,\\s+``: a span whose commas all sit inside figures ("naik 2,5 persen") holds
    none of their facts."""
    comma = span.find(",")
    while comma >= 0:
        if span[comma + 1:comma + 2].isspace():     # (str.isspace() is what ``\\s`` matches)
            return True
        comma = span.find(",", comma + 1)
    return False


def embedded_facts(text: str, s: int, e: int) -> list[tuple[int, int, int]]:
    """(claim start, claim end, start of the describing part) of each embedded fact."""
    span = text[s:e]
    if not may_hold_any(span, _NEEDED):
        return []
    relative_words = may_hold_any(span, _RELATIVE_WORDS)
    if not relative_words and " by " not in span and "(" not in span and not _comma_before_space(span):
        return []       # (a comma only inside figures, "2,5 persen": no part can open)
    found = _ages(text, s, e) + _named_after_role(text, s, e) + _values(text, s, e) + _when_of_a_time(text, s, e)
    relative = list(_RELATIVE.finditer(text, s, e)) if relative_words else []
    reduced = list(_REDUCED_RELATIVE.finditer(text, s, e)) if " by " in span else []
    for m in relative + reduced + list(_APPOSITIVE.finditer(text, s, e)) \
            + list(_ASIDE_PHRASE.finditer(text, s, e)) + list(_BARE_APPOSITIVE.finditer(text, s, e)):
        if m.re is _RELATIVE and (m.group(2) or "").lower() == "that" and not _relative_that(text, s, m):
            continue
        if m.re is _RELATIVE and _SAYING.match(text, m.end(), e):
            continue    # "…, which said two people were missing": reported speech, read in reading.py
        if m.re is _RELATIVE and _IDENTITY_ADJECTIVE.match(text, m.end(), e):
            continue    # "di gudang yang sama pada Kamis": "the same warehouse", no clause of its own
        appositive = m.re is _APPOSITIVE or m.re is _BARE_APPOSITIVE
        head = _person_head(text, s, m.start()) if appositive else \
            _head_through_amount(text, s, m.start()) if m.re is _RELATIVE else head_start(text, s, m.start())
        if head is None or _TIME_HEAD.search(text, head, m.start()) or _BARE_YEAR.fullmatch(text, head, m.start()):
            continue    # (a year closing an aside, "built in 1985, which …", is no head)
        if m.re is _RELATIVE:
            head = _through_joined_happening(text, s, _through_article(text, s, _through_identity(text, s, head)))
        if m.re is _REDUCED_RELATIVE:
            _add_reduced_relative(text, s, head, m, e, found)
            continue
        if m.re is _RELATIVE and _WHERE_CLAUSE.match(text, m.start(), e):
            head = _coordinated_places(text, s, head)
        if m.re is _RELATIVE and (m.group(2) or "").lower() == "who":
            head = _person_before_age(text, s, _person_before_role(text, s, head, m.start()), m.start())
        whole_clause = m.group().startswith(",") or m.group(2).lower() in ("dimana", "di mana")
        if whole_clause and m.re is _RELATIVE:
            head = _after_a_verb_before_a_name(text, _before_bare_relative(text, s, head), m.start(), naming=False)
            if (m.group(2) or "").lower() in ("yang", "yg"):
                head = _back_through_apposed_names(text, s, head)
            head = _from_the_clause_start(text, s, head)
        base = not whole_clause and bool(_COMPARISON_BASE.search(text, max(s, head - 30), head))
        restated = bool(_QUANTITY_RESTATEMENT.match(text, m.end(), e))
        demand = not whole_clause and _DEMAND.match(text, m.end(), e) is not None
        if base and not restated and not _BASE_FIGURE.match(text, m.end(), e) and not demand:
            continue        # "lebih tinggi dibandingkan X yang …": the clause is what is compared
        if demand and (compared := _BASE_BEFORE.search(text, max(s, head - 40), head)):
            head = compared.start("np")     # "lebih ringan dari tuntutan jaksa penuntut umum yang …"
        end = _object_clause_end(text, m.end(), e) if not whole_clause and _after_main_verb(text, s, head, m) \
            else _part_end(text, m.end(), e, whole_clause, _in_english_subject(text, s, head, m, whole_clause))
        if text.find(": ", m.end(), end) >= 0:
            continue    # "… bukan yang pertama: sepanjang 2026 tercatat …": the colon opens a clause
        if m.re is _RELATIVE and (m.group(2) or "").lower() in ("that", "who", "which") and not whole_clause \
                and not _before_main_verb(text, end, e) and not _RANKED.match(text, m.end(), end) \
                and not _names_its_day(text, m.end(), end):
            if (np := _phrase_with_its_own_figure(text, s, head, m, end)) is None:
                continue    # "… killed by quakes that …", "children who …": a bare clause ending the sentence names its object
            head = np
        if m.re is _RELATIVE and not whole_clause and not demand and _OPENS_WITH_AUX.match(text, m.end()) \
                and not _CAPITAL.search(text, m.end(), end):
            continue    # "musim kemarau yang sudah berjalan empat bulan": no named party to check it with
        if m.re is _RELATIVE and not whole_clause and end >= e and _after_a_fronted_phrase(text, s, head):
            continue    # "Di Pasar X, pasokan beras yang masuk pada Senin hanya 2.870 ton": the main clause itself
        if m.re is _RELATIVE and not whole_clause and _measured_head(text, s, head):
            continue    # "jumlah kendaraan yang menyeberang …": the clause says what is counted
        if m.re is _RELATIVE and not whole_clause and _NEXT_IN_A_RANKING.search(text, max(s, head - 60), head) \
                and _RANKING.search(text, s, head):
            continue    # "…, disusul sektor X yang tumbuh 11,97 persen": the next place of the ranking
        if m.re is _RELATIVE and not whole_clause and (m.group(2) or "").lower() in ("who", "that", "which") \
                and _generic_head(text, s, head, m.start()):
            continue    # "People who walk 7,000 steps …": the clause says which people, not a fact about them
        if m.re is _ASIDE_PHRASE and not text.startswith(",", end):
            continue    # only a phrase closed by a comma is an aside on its head
        if m.re is _ASIDE_PHRASE and _main_verb_of_subject(text, s, head, end, e):
            continue    # "The boat, the KM X, capsized in …, where …": the sentence's own verb
        if m.re is _BARE_APPOSITIVE and _subject_of_main_clause(text, m.end(), e):
            continue
        if m.re is _APPOSITIVE and (not text.startswith(",", end) or has_verb(text, m.end(), end, "en")) \
                and _object_of_an_opening_preposition(text, s, head):
            continue    # "In Singapore, the index climbed …": the comma closes the fronted phrase
        if m.re is _APPOSITIVE and _LIST_GOES_ON_AFTER.match(text, m.end(), end) \
                and _AN_ITEM_BEFORE.search(text, max(s, m.start() - 40), m.start()):
            continue    # "an Indonesian, a Canadian and two other civilians": items of a list
        if m.re is _APPOSITIVE or m.re is _BARE_APPOSITIVE:
            end = _through_named_tail(text, end, e)
            # (a share closing the sentence, "…, many of them students.", goes on telling the figure)
            share_of = _SHARE_ASIDE.match(text, m.end()) is not None
            share = share_of and text.startswith(",", end)
            if share and (has_verb(text, head, m.start(), "en") or _COUNT_HEAD.match(text, head, m.start())) \
                    or share_of and _A_COUNT.search(text, s, head):
                continue    # "57 people were injured, most of them with burns,", "opened 14 centres, some of
                #             them …,", "350,000 people cross the bridge daily, the majority of them …":
                #             a share of a count, inside the count's claim
            if (_short_named_appositive(text, head, m.start(), end) or share) \
                    and not _names_a_time(text, head, m.start()):
                found.append((head, end, m.start()))
            continue
        # "dibandingkan Juli yang sebesar 4 persen": the base's own figure is a fact of its own
        # (rule 4); elsewhere "Maret yang sebesar …" only restates the figure just given.
        if restated and not base and not _named_head(text, head, m.start()):
            continue
        if end - m.end() > 4 and not _only_dates(text, m.end(), end) \
                and (_worth(text, head, m.start(), end) or _closing_clause_of_its_own(text, head, m, end, e)):
            found.append((head, end, m.start()))
    # (two patterns may read the same part: "bank sentral AS, The Federal Reserve, akan …" is an
    # appositive and an aside; it is one fact)
    return _without_repeats(text, list(dict.fromkeys(found)))


_COUNT_HEAD = re.compile(r"(?:(?i:about|some|around|nearly|over|more\s+than|at\s+least)\s+)?\d")
_SHARE_OF_HEAD = re.compile(r",?\s*(?:yang|yg)\s+(?:sebagian\s+besar|kebanyakan|mayoritas)\s+[a-z]", re.I)


# A list's last items after an "a"/"an" item: "…, a Canadian and two other civilians" (after
# "an Indonesian"; "Maria Lopez, a nurse and a mother of two," describes the name before it).
_AN_ITEM_BEFORE = re.compile(r"\b(?:a|an)\s+[\w'’-]+$", re.I)
_LIST_GOES_ON_AFTER = re.compile(r"(?:a|an)\s+[^,]{1,30}?\s+(?:and|or)\s+(?:a|an|\d[\d,.]*|two|three|four|five|six|seven"
                                 r"|eight|nine|ten|several|many|other|another)\b", re.I)


# Modal words that stand before an Indonesian verb: "maskapai wajib memberikan …".
_ID_MODALS = frozenset("wajib perlu boleh mesti".split())   # besides lx.ID_AUX ("harus", "akan", …)


_YANG_BEFORE = re.compile(r"\s(?:yang|yg)\s+$")


def _through_identity(text: str, s: int, head: int) -> int:
    """"bulan yang sama tahun lalu yang cuma 6 laporan": a head opened by an adjective of
    identity is the noun before its "yang" ("the same period last year")."""
    if not _IDENTITY_ADJECTIVE.match(text, head):
        return head
    yang = _YANG_BEFORE.search(text, max(s, head - 8), head)
    noun = head_start(text, s, yang.start()) if yang else None
    return head if noun is None else noun


# The happening itself acts in the clause ("yang menerjang", "that struck"); "yang tercatat di
# posko", "who were taken to hospital" describe what is counted.
_HAPPENING_ACTS = re.compile(rf"\s*(?:yang|yg|that|which)\s+(?:me[a-z]+|ber[a-z]+|terjadi|[a-z]+ed|{lx.EN_IRREGULAR_PAST_ALTERNATION})\b")


# "the earthquake and tsunami that struck …": happenings joined by "and" share the clause.
_JOINED_HAPPENING = re.compile(rf"(?<![\w-])(?:(?:the|a|an)\s+)?{lx.HAPPENING_NOUNS}\s+(?:and|dan|serta)\s+$", re.I)


def _through_joined_happening(text: str, s: int, head: int) -> int:
    if not lx.HAPPENING_HEAD.match(text, head):
        return head
    joined = _JOINED_HAPPENING.search(text, max(s, head - 40), head)
    return joined.start() if joined else head


_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)\s+$")
# "a crush at a football stadium in East Java", "a series of quakes": a noun phrase goes back
# through its prepositional phrases to its article (no figure, date or other preposition between).
_PHRASE_OF_A_PHRASE = re.compile(r"\b(?:a|an|the)\s+(?:(?!(?:of|at|in|near|on|since|from|for|by|to|with)\b)"
                                 r"[^\W\d][\w'’-]*\s+){0,3}?(?:of|at|in|near|on)\s+$", re.I)
# ... and only where that phrase is itself the object of a preposition ("over a crush at …"): after
# a verb ("arrested a man in a raid on a house that …") the phrase belongs to the verb.
_PREPOSITION_BEFORE = re.compile(r"\b(?:of|in|at|on|over|by|for|from|into|with|after|near|to|about|against|during"
                                 r"|under|behind|through|across)\s+$", re.I)
_ARTICLE = re.compile(r"(?:a|an|the)\s", re.I)
# "one of the oldest", "a first-year student": an ordinal or "one" tells no figure of its own
_CARDINAL_WORDS = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven"
                             r"|eigh|nine)teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?"
                             r"|millions?|billions?|trillions?|dozens?)\b", re.I)


def _phrase_with_its_own_figure(text: str, s: int, head: int, m, end: int) -> int | None:
    """The start of the noun phrase a "that"/"which" clause ending the sentence tells a figure
    of its own about ("… dug a mass grave that can hold up to 1,300 bodies", "… over a crush at
    a stadium in East Java that killed 125 people"): an embedded fact (rule 4), where a clause
    without a figure, or one on a bare noun ("quakes that …") or a person ("who …"), only says
    which thing is meant."""
    if m.group(2).lower() == "who" or not (_DIGIT.search(text, m.end(), end) or _CARDINAL_WORDS.search(text, m.end(), end)):
        return None
    # (the first step out is the phrase's own, and so is every "of": "the sinking of a ferry")
    first = True
    while (outer := _PHRASE_OF_A_PHRASE.search(text, max(s, head - 50), head)) is not None and outer.start() > s \
            and (first or outer.group().rstrip().lower().endswith("of")
                 or _PREPOSITION_BEFORE.search(text, max(s, outer.start() - 12), outer.start())):
        head, first = outer.start(), False
    return head if _ARTICLE.match(text, head) and head > s else None


def _through_article(text: str, s: int, head: int) -> int:
    # "… the owner of a shop that burned …": inside a sentence the English head keeps its
    # indefinite article, as it keeps "the" (one opening the sentence is left out, as before).
    article = _INDEFINITE_BEFORE.search(text, max(s, head - 4), head)
    return article.start() if article else head


def _names_its_day(text: str, a: int, end: int) -> bool:
    # "… relatives of a man who died in hospital on Sunday night": a clause that dates its own
    # happening by day or month is a fact of its own (rule 4), not a name for its head.
    return not _MONTHS_DAYS.isdisjoint(w.lower().strip(",.;:") for w in text[a:end].split())


def _subject_of_main_clause(text: str, a: int, e: int) -> bool:
    """"Sesuai aturan itu, maskapai wajib membayar …": after a fronted phrase, a bare noun
    followed by a verb or a modal is the subject of the main clause, not an appositive."""
    words = text[a:min(e, a + 60)].split()
    if len(words) < 2 or not words[0].islower():
        return False
    # ("warga kini membeli …", "warga terpaksa membeli …": a word before the verb that only says
    # when or how the subject acts)
    verb = 2 if words[1].lower() in _BEFORE_A_VERB and len(words) > 2 else 1
    nxt = words[verb].strip(",.;:").lower()
    # A ber- or ter- word describes as often as it acts ("kabupaten terluas kedua"): only me-,
    # di- and the unaffixed verbs count; after such a word only an active verb or a modal
    # ("kawasan hanya dihuni 200 keluarga" describes the place before it)
    prefixes = ("me", "di") if verb == 1 else ("me",)
    return nxt in _ID_MODALS or nxt in lx.ID_AUX or nxt.startswith(prefixes) and is_id_verb(nxt)


_BEFORE_A_VERB = frozenset("kini sekarang juga pun lalu kemudian akhirnya langsung segera terpaksa bahkan hanya "
                           "sering biasanya kerap lantas".split())


def _after_a_fronted_phrase(text: str, s: int, head: int) -> bool:
    """True when only a phrase opened by a preposition and closed by a comma comes before
    ``head``: the head is then the subject of the claim's main clause."""
    before = text[s:head].rstrip()
    return before.endswith(",") and "," not in before[:-1] and _OPENS_WITH_PREPOSITION.match(text, s) is not None


def _object_of_an_opening_preposition(text: str, s: int, head: int) -> bool:
    before = text[s:head].split()
    return len(before) == 1 and _OPENS_WITH_PREPOSITION.match(before[0] + " ") is not None


# "40 boxes of cigarettes and cigars, worth …", "300 kardus rokok dan cerutu, senilai …": what is
# worth the sum is the whole counted before the last noun, not that noun alone.
_COUNT = rf"(?:\d[\d.,]*|(?i:{ld.alternation(ld.SMALL_NUMBERS)}))\s+"
# (the counted noun's words hold no preposition: "the three suspects in possession of drugs, worth
# …" values the drugs; a place after "in" is written in capitals)
_NOUN_WORD = r"(?!(?:in|at|of|on|for|with|from|to|by|di|dari|ke|pada|untuk|dengan)\b)[a-z-]+\s+"
_COUNTED_WHOLE_BEFORE = re.compile(rf"(?<![\w.,])(?:(?i:his|her|their|its|the|our)\s+(?:{_COUNT})?|{_COUNT})"
                                   rf"(?:{_NOUN_WORD}){{0,3}}?"
                                   rf"(?:(?:of|dari)\s+(?:{_NOUN_WORD}){{0,3}}?|(?:in|at|di)\s+(?:[A-Z][\w-]*\s+){{1,3}})?"
                                   r"(?:(?:and|or|dan|atau)\s+|(?:of|in|at|dari|di)\s+)$")


def _back_through_apposed_names(text: str, s: int, head: int) -> int:
    """"Kecamatan Masamba, Luwu Utara, yang …", "Alya Putri (4), warga Kecamatan X, Kabupaten Y,
    yang …": a relative clause after names and roles set off by commas describes the name that
    opens the chain, not its last place."""
    comma = text.find(",", head, head + 60)
    if not _a_place(text[head:comma if comma >= 0 else head + 40]) \
            and _segment_before(text, s, head).split(" ", 1)[0].lower() not in gz.PLACE_CUES:
        return head         # ("Ekonom X, Ratna Sari, yang …": the clause is the person's)
    start = head
    while text[start - 2:start] == ", ":
        comma = text.rfind(", ", s, start - 2)
        seg_start = s if comma < 0 else comma + 2
        segment = text[seg_start:start - 2]
        run = _NAME_RUN_END.search(segment)
        if run is None or not segment.strip():
            break
        role = segment[:run.start()].split()
        if not role:
            start = seg_start                    # a name or a place of the chain
        elif len(role) <= 3 and role[0].islower() and not any(is_id_verb(w) for w in role):
            start = seg_start                    # "warga Kecamatan X", "sopir truk asal Klaten"
        else:
            return seg_start + run.start()       # the name the clause before the chain ends with
    return start


def _segment_before(text: str, s: int, head: int) -> str:
    if text[head - 2:head] != ", ":
        return ""
    comma = text.rfind(", ", s, head - 2)
    run = _NAME_RUN_END.search(text, s if comma < 0 else comma + 2, head - 2)
    return run.group() if run else ""


def _a_place(segment: str) -> bool:
    """A place named by its kind ("Kecamatan Masamba", "Kabupaten Bandung") or a known one."""
    words = segment.lower().split()
    return bool(words) and (words[0] in gz.PLACE_CUES or " ".join(words) in gz.PLACES or words[-1] in gz.PLACES)


# A run of capitalised words, with an age in brackets, closing a segment: "Alya Putri (4)".
_NAME_RUN_END = re.compile(r"(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*(?:\s+\(\d{1,3}\))?$")


def _from_the_clause_start(text: str, s: int, head: int) -> int:
    """"Proyek jalan tol Semarang-Demak, yang …", "Gedung baru rumah sakit, yang …": a noun phrase
    that opens the clause is the head whole; the one or two words the head's reading left before
    it (no verb, no comma among them) belong to it."""
    before = text[s:head].split()
    if not 1 <= len(before) <= 2 or "," in text[s:head] or any(_no_noun_word(w) for w in before) \
            or any(w[:1].isupper() for w in before[1:]) \
            or has_verb(text, s, head, "id") or has_verb(text, s, head, "en"):
        return head
    return s


def _no_noun_word(word: str) -> bool:
    low = word.lower()
    return low in _STOPWORDS or low in _SUBORDINATORS or _is_reporting_word(word) or low.endswith("'s")


def _values(text: str, s: int, e: int) -> list[tuple[int, int, int]]:
    if text.find("worth", s, e) < 0 and text.find("valued", s, e) < 0 and text.find("nilai", s, e) < 0:
        return []
    found = []
    for m in _VALUE_APPOSITIVE.finditer(text, s, e):
        head = head_start(text, s, m.start())
        if head is not None and (whole := _COUNTED_WHOLE_BEFORE.search(text, max(s, head - _REACH), head)):
            head = whole.start()
        end = _part_end(text, m.end(), e, True)
        if head is not None and len(text[m.end():end].split()) <= _APPOSITIVE_WORDS:
            found.append((head, end, m.start()))
    return found


# "… since 2002, when it beat Malaysia in the final.", "… pada 2016, ketika tim itu kalah 2-3.": a
# clause that ends the sentence on a time tells what happened then, a fact of its own whose
# head is the time with its preposition, which dates it (rule 4); the claim around it stops
# before the comma.
# (the year may close a quarter, a month or a day: "sejak kuartal I 1999, saat …", "in March 2020, when …")
_PART_OF_A_YEAR = (r"(?:(?i:kuartal|triwulan|semester)\s+(?:[IV]{1,3}|[1-4]|pertama|kedua|ketiga|keempat)(?:\s+tahun)?"
                   r"|(?:the\s+)?(?:first|second|third|fourth)\s+quarter\s+of|Q[1-4]"
                   rf"|(?:\d{{1,2}}\s+)?(?i:{ld.alternation(ld.MONTHS)})"
                   # ("on March 7, 2024, when …": the day belongs to the year's phrase)
                   rf"|(?i:{ld.alternation(ld.MONTHS)})\.?\s+\d{{1,2}},)\s+")
# A month or a day without its year does as well ("since late January, when China suspended …",
# "before June 16, when the term … ends"); written in capitals, so "may" is no month.
_MONTH_NAMES = ld.alternation([w.capitalize() for w in ld.MONTHS if len(w) > 3] + ["May", "Mei"])
_MONTH_OR_DAY = (rf"(?:(?:late|early|mid|akhir|awal|pertengahan)[\s-]+)?(?:\d{{1,2}}\s+)?(?:{_MONTH_NAMES})"
                 r"(?:\.?\s+\d{1,2}(?!\d))?")
_WHEN_OF_A_TIME = re.compile(rf"(?:\b(?:in|on|since|by|before|until|pada|sejak|hingga|sampai|tahun)\s+)?"
                             rf"(?:(?:{_PART_OF_A_YEAR})?(?<![\d.,])(?:19|20)\d{{2}}|{_MONTH_OR_DAY})"
                             r"(?P<rel>,\s+(?:when|ketika|saat)\s+(?!(?:ini|itu)\b))")
_MAIN_CLAUSE_WORDS = 3     # "In 2020, when the pandemic hit, …" opens with the year: no clause before it


def _when_of_a_time(text: str, s: int, e: int) -> list[tuple[int, int, int]]:
    if text.find("when", s, e) < 0 and text.find("ketika", s, e) < 0 and text.find("saat", s, e) < 0:
        return []
    m = None
    for m in _WHEN_OF_A_TIME.finditer(text, s, e):    # only the last one can end the sentence
        pass
    end = e - 1 if text[e - 1] in ".!?" else e
    if m is None or len(text[s:m.start()].split()) < _MAIN_CLAUSE_WORDS or len(text[m.end():end].split()) < 2:
        return []
    return [(m.start(), end, m.start("rel"))]


def _after_main_verb(text: str, s: int, head: int, m) -> bool:
    """True when a bare "yang" clause describes an object: the sentence's verb comes before its
    head ("… mengalami erupsi yang mengakibatkan kolom abu mencapai 3000 meter"), so the clause
    runs to the end of the sentence, not to the next verb."""
    if (m.group(2) or "").lower() not in ("yang", "yg") or count_subject_open(text, s, head):
        return False    # "Jumlah korban meninggal akibat X yang …": the subject's verb is still to come
    return any(is_id_verb(w) and not _may_be_superlative(w) for w in _LOWER_WORD.findall(text, s, head))


def _may_be_superlative(word: str) -> bool:
    # "Jarak terjauh calon siswa yang …": a ter- word outside the verbs the lexicon lists
    # ("tercatat", "terjadi") may be a superlative of the subject, not the sentence's verb.
    return word.startswith("ter") and word not in lx.ID_AUX


_LOWER_WORD = re.compile(r"\b[a-z]+\b")
# What ends a relative clause on an object: a comma, another "yang", or the main clause's time
# ("… saksi RT yang bekerja sebagai bendahara desa pada Senin (3/2) …").
# (That is ",\s|\s(?:yang|yg)\s|\s(?:pada|on)\s+(?=[A-Z\d])", its first character read as one
# class and then told apart by a look-behind: see _CAPITAL.)
_OBJECT_CLAUSE_STOP = re.compile(r"[,\s](?:(?<=,)\s|(?<=\s)(?:yang|yg)\s|(?<=\s)(?:pada|on)\s+(?=[A-Z\d]))")


def _object_clause_end(text: str, a: int, e: int) -> int:
    stop = _OBJECT_CLAUSE_STOP.search(text, a, e)
    end = stop.start() if stop else e
    # "bantuan kepada warga yang terdampak banjir sebesar Rp 2 miliar": an amount after the clause
    # is the object's own ("bantuan … sebesar"), unless a verb of change takes it ("harga yang naik
    # sebesar 5 persen")
    amount = _AMOUNT_OF_THE_OBJECT.search(text, a, end)
    if amount and amount.group("before").lower() not in _CHANGE_VERBS:
        return _rstrip(text, a, amount.start() + len(amount.group("before")))
    return _rstrip(text, a, end) if stop else e


_AMOUNT_OF_THE_OBJECT = re.compile(r"(?P<before>\S+)\s+(?:sebesar|senilai)\s+(?=(?:Rp|US\$|\$)?\s?\d)")
_CHANGE_VERBS = frozenset("""naik turun meningkat menurun bertambah berkurang tumbuh melonjak anjlok merosot
melambat menguat melemah terkontraksi""".split())


def _add_reduced_relative(text: str, s: int, head: int, m, e: int, found: list) -> None:
    # Only after a definite noun inside the sentence ("… of the captives abducted by X"): at the
    # start of the sentence the participle is the main verb's passive ("Prices set by X rose").
    definite = _DEFINITE_BEFORE.search(text, max(s, head - 30), head)
    if head == s or not definite:
        return
    start = definite.start(1)
    end = _part_end(text, m.end(), e, False)
    if end - m.end() > 4 and _worth(text, start, m.start(), end):
        found.append((start, end, m.start()))


# "the more than 200 captives": the article opens the phrase a number and its qualifier follow.
_DEFINITE_BEFORE = re.compile(r"\b(the|its|their)\s+(?:(?:more|fewer|less)\s+than\s+|some\s+|about\s+|nearly\s+)?$")


def _without_repeats(text: str, found: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    # A fact that starts inside another one's describing part and ends with it is that part
    # read a second time ("Wati (47), penjual sayur yang …" holds "penjual sayur yang …").
    # An age's chain also holds the role before the name and the clause on its role ("Ana, 67,
    # a teacher who lost $600"): a fact nested in an age's chain is part of it.
    # So is a clause on the appositive's own noun: "PT X, produsen sepatu yang berdiri sejak
    # 1997" holds "produsen sepatu yang berdiri sejak 1997" (a name inside the part, as in
    # "Rivermoor, a village north of the county town, Ashby", is a fact of its own).
    # A clause that goes on after an appositive on the same head holds it: "Ana Ruiz, a lecturer
    # at a local college, who expects …" is one fact, not that and its first part.
    # The fact that holds an earlier part on its head describes from that part on ("Ana Ruiz, 58,
    # who …": the age is the clause's as well, no figure of the sentence around it).
    ages = [o for o in found if _BRACKET_AGE.match(text, o[2]) or _AGE.match(text, o[2]) or _AGED.match(text, o[2])]
    kept = [f for f in found if not any(o is not f and ((o[2] < f[0] and o[1] == f[1])
                                                        or (o[0] <= f[0] and f[1] <= o[1])) for o in ages)
            and not any(o is not f and o[1] == f[1] and f[0] == _part_start(text, o[2]) for o in found)
            and not any(o[0] == f[0] and o[1] > f[1] and o[2] >= f[1] for o in found)]
    return [(f[0], f[1], min([f[2]] + [o[2] for o in found if o[0] == f[0] and o[1] <= f[2]])) for f in kept]


def _part_start(text: str, rel: int) -> int:
    """Start of the first word of a describing part that opens at ``rel`` (", produsen …")."""
    a = rel + 1 if text.startswith(",", rel) else rel
    while a < len(text) and text[a].isspace():
        a += 1
    return a


_MONTH_WORD = re.compile(r"\b(?:januari|februari|maret|april|mei|juni|juli|agustus|september|oktober"
                         r"|november|desember|january|february|march|may|june|july|august|october"
                         r"|december)\b", re.I)
# "… yang berlangsung pada 16-17 Mei 2023", "…, which took place on 3 May", "… yang dilakukan pada
# Mei 2023" (a survey's fieldwork), "… yang dirilis Senin": a clause that only says when its head happened
# dates the surrounding claim; it is no fact of its own.
_ONLY_DATES = re.compile(r"(?:berlangsung|digelar|diadakan|dilaksanakan|diselenggarakan|dilakukan"
                         r"|dilangsungkan|took place|was held|were held|held|(?:was |were )?conducted"
                         # "rencana anggaran yang diterbitkan Kamis (14/8)": when a document came out
                         r"|dipublikasikan|diterbitkan|dirilis|(?:was |were )?(?:published|released)"
                         r"|(?:was |were )?carried out)\s+(?:pada|on|in|sejak|since|tanggal)?\s*(?P<when>[^,;]*)$",
                         re.I)


# "Ana Ruiz, 58, of Leeds," / "her mother Rina, 39": a person's age (and home town) in apposition.
_AGE = re.compile(r",\s+\d{1,3}(?=\s*(?:,(?!\d)|\.(?!\d)|$))(?:,\s+(?:of|from)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})?")


# Indonesian writes the age in brackets and the person's role after it: "Suminah (52), pedagang
# cabai yang berjualan sejak 1998" (the role runs to the next comma).
# A part opened by a preposition is the sentence going on, not a role: "Andi (31), dalam sidang …".
_BRACKET_AGE = re.compile(r"(?<=[A-Za-z])\s+\(\d{1,3}\)(?:,\s+(?=[a-z])"
                          rf"(?!(?:{'|'.join(sorted(_STOPWORDS))})\b)[^,]+)?")
# "Andi (31) dan Bima (27)": two people with their ages named together are one fact.


_BRACKET_ONLY = re.compile(r"\s+\(\d{1,3}\)")
# A bracketed number after a word that numbers parts of a text is no age.
_NUMBERED_PART = re.compile(r"\b(?i:ayat|huruf|angka|butir|poin|point|section|article|paragraph|clause|nomor|no)\.?$")
# Another name with its bracketed age right before or after, joined by a comma or "dan"/"and".
_AGE_LISTED_BEFORE = re.compile(r"\(\d{1,3}\)\s*(?:,\s*(?:dan\s+|and\s+)?|\s+(?:dan|and)\s+)[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}$")
_AGE_LISTED_AFTER = re.compile(r"\s*(?:,\s*(?:dan\s+|and\s+)?|\s+(?:dan|and)\s+)[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+\(\d{1,3}\)")


def _in_a_list_of_ages(text: str, m) -> bool:
    """Three or more names with their bracketed ages listed together ("RH (29), SP (41) dan AM
    (25)"): the list is told in one claim, ages and all (two joined by "dan" stay one embedded
    fact of their own)."""
    count, pos = 1, m.start()
    while (before := _AGE_LISTED_BEFORE.search(text, max(0, pos - 40), pos)) is not None:
        count, pos = count + 1, before.start()
        while pos > 0 and text[pos - 1].isspace():
            pos -= 1
    pos = m.start() + m.group().index(")") + 1
    while (after := _AGE_LISTED_AFTER.match(text, pos)) is not None:
        count, pos = count + 1, after.end()
    return count >= 3


def _opens_with_verb(text: str, m) -> bool:
    words = text[m.start():m.end()].split(",", 1)[1].split()
    return bool(words) and (is_id_verb(words[0]) or _is_reporting_word(words[0]))


# "The climbers, aged 19 and 46,", "aged between 20 and 35": "aged" marks the figures as ages of any head.
_AGED = re.compile(r",\s+aged\s+(?:between\s+|from\s+)?\d{1,3}(?:\s*(?:,|and|or|to|dan|-|–)\s*\d{1,3})*(?=\s*(?:,|\.(?!\d)|$))")
# "Ana Ruiz, 58, a retired nurse who lost $6,000,": the role after the age describes the same
# person; it runs to the next comma or the sentence end, without a verb of its own.
_ROLE_AFTER_AGE = re.compile(r",\s+(?:a|an|the|one\s+of)\s+(?:[^,;.]|[.,](?=\d)){2,100}?(?=,\s|\.(?:\s|$)|;|$)")


def _ages(text: str, s: int, e: int) -> list[tuple[int, int, int]]:
    found = []
    matches = list(_AGE.finditer(text, s, e))
    if text.find("(", s, e) >= 0:
        matches += _BRACKET_AGE.finditer(text, s, e)
    if text.find("aged", s, e) >= 0:
        matches += _AGED.finditer(text, s, e)
    for m in matches:
        if m.re is _BRACKET_AGE and (_NUMBERED_PART.search(text, max(s, m.start() - 12), m.start())
                                     or _in_a_list_of_ages(text, m)):
            continue    # "Pasal 114 ayat (2)" numbers a part; "RH (29), SP (41) dan AM (25)" lists people
        if m.re is _BRACKET_AGE and m.group().count(",") and _opens_with_verb(text, m):
            m = _BRACKET_ONLY.match(text, m.start())   # "Rina (34), mengaku …": the age alone
        head = _person_head(text, s, m.start())
        # an age follows a person's name, never a time ("Tahun lalu, 131, ...")
        if head is None or not (m.re is _AGED or _CAPITAL.search(text, head, m.start())):
            continue
        end = _role_after_age(text, m.end(), e)
        if m.re is _BRACKET_AGE and (pair := AND_NEXT_AGE.match(text, m.start() + m.group().index(")") + 1, e)):
            end = pair.end()
        found.append((_role_before_name(text, s, head), end, m.start()))
    return found


# An amount closing a noun phrase: "subsidi ongkos kirim Rp 15 ribu per paket yang …".
_AMOUNT_END = re.compile(r"(?:(?:Rp|US\$|S\$|\$|€|£)\s?)?\d[\d.,]*\s*(?:ribu|juta|miliar|milyar|triliun|thousand"
                         r"|million|billion|trillion)?(?:\s+per\s+[a-z]+)?\s*$")


def _head_through_amount(text: str, s: int, rel: int) -> int | None:
    """Start of the noun phrase before a relative clause; an amount at its end counts as one
    word, so the phrase is the thing the amount belongs to, not "juta per unit"."""
    # (every amount holds a digit: a class search finds none before most clauses, and the
    # pattern, opening with optional parts, is then not tried at each position)
    lo = max(s, rel - 40)
    amount = _AMOUNT_END.search(text, lo, rel) if _DIGIT.search(text, lo, rel) else None
    if not amount or amount.start() <= s:
        return head_start(text, s, rel)
    before = head_start(text, s, amount.start())
    return amount.start() if before is None else before


def _person_head(text: str, s: int, rel: int) -> int | None:
    """The person an age or an appositive describes: the noun phrase before it, cut after a verb
    or a time ("on Monday sentenced Ana Ruiz, 54," and "…, the mayor," describe Ana Ruiz)."""
    head = head_start(text, s, rel)
    if head is None:
        return None
    head = _after_a_verb_before_a_name(text, head, rel)
    if _names_a_time(text, head, rel):
        run = _name_run_start(text, head, rel)
        return run if run is not None and not _names_a_time(text, run, rel) else None
    return head


def _after_a_verb_before_a_name(text: str, head: int, rel: int, naming: bool = True) -> int:
    """"The court ordered Purnama, who …": the clause describes the name after the verb. With
    ``naming`` False a verb that gives the name ("a package called X, which …") stays in the head."""
    verb = None
    for verb in _PAST_VERB.finditer(text, head, rel):
        pass
    if verb is None or not naming and _NAMING_VERB.match(verb.group()):
        return head
    return verb.end()


_NAMING_VERB = re.compile(r"(?:called|named|dubbed|titled|entitled)\b")


def _person_before_role(text: str, s: int, head: int, rel: int) -> int:
    """"Ana Ruiz, a lecturer at a local college, who …": "who" describes the person the role
    describes, not the college at the end of the role; ``head`` elsewhere."""
    comma = text.rfind(", ", s, head)
    if comma < 0 or _CAPITAL.search(text, head, rel) or not _ROLE_OPENS.match(text, comma + 2):
        return head
    person = _person_head(text, s, comma)
    named = person is not None and _name_run_start(text, person, comma) is not None
    return person if named else head


_ROLE_OPENS = re.compile(r"(?:a|an|the)\s", re.I)


def _person_before_age(text: str, s: int, head: int, rel: int) -> int:
    """"Ana Ruiz, 52, who drove 90 km …": "who" describes the person the age belongs to."""
    if not text[head:rel].isdigit() or text[head - 2:head] != ", ":
        return head
    person = _person_head(text, s, head - 2)
    return head if person is None else person


# A lowercase English past tense inside a name's phrase is the clause's verb, not a role word.
# (a progressive too: "Isro is now preparing Surya-1, a probe …" describes Surya-1)
# (a role may stand between the verb and the name: "signed striker Leo Park, 24")
_PAST_VERB = re.compile(rf"\b(?:[a-z]{{2,}}ed|[a-z]{{3,}}ing|was|were|is|are|{lx.EN_IRREGULAR_PAST_ALTERNATION})\s+"
                        r"(?=(?:[a-z][\w-]*\s+){0,2}[A-Z])")
_PAST_WORD = re.compile(r"[a-z]{2,}ed")
_NAME_TOKEN = re.compile(r"(?:[A-Z][\w'’-]*\.?|bin|binti|al|de|van)$")


def _name_run_start(text: str, head: int, rel: int) -> int | None:
    """Start of the capitalised words that end right before ``rel``: the name itself."""
    start = None
    for tok in reversed(list(_WORDS.finditer(text, head, rel))):
        if not _NAME_TOKEN.match(tok.group()):
            break
        start = tok.start()
    return start


def _role_after_age(text: str, end: int, e: int) -> int:
    role = _ROLE_AFTER_AGE.match(text, end, e)
    return role.end() if role and not _FINITE.search(role.group()) and not _AN_AMOUNT.match(role.group()) else end


# "fined Carter, 45, a total of 300 dollars": an amount after the age is the clause's object, no role.
_AN_AMOUNT = re.compile(r",\s+(?:a|an|the)\s+(?:total|sum|fine|combined|(?:[a-z]+\s+){0,2}(?:of\s+)?(?:[$£€¥₹₱]|Rp|\d))", re.I)


def _role_before_name(text: str, s: int, head: int) -> int:
    # "Pemilik toko di Cibeunying, Asep (41)": the role set before the name is the same chain.
    # It is the whole stretch from the previous comma (or the sentence start): a few words with
    # no figure and no verb, not opened by a connective, a preposition or a time.
    if head - s < 4 or text[head - 2:head] != ", ":
        return head
    comma = text.rfind(", ", s, head - 2)
    role = s if comma < 0 else comma + 2
    words = text[role:head - 2].split()
    if not words or len(words) > _ROLE_SEGMENT_WORDS or _opens_with_preposition(words[0]) \
            or lx.OPENERS.match(text, role, head) or _DIGIT.search(text, role, head) \
            or _names_a_time(text, role, head - 2) or any(_is_verb(w) for w in words) \
            or _bare_kind(words):
        return head
    return role


# "Seorang warga, Rini, 54", "A resident, Tom Hale, 61": an indefinite article and one noun only
# introduce the person; the claim starts at the name. "Salah seorang pedagang asal Garut"
# tells where the person is from, so the role stays.
_INDEFINITE_OPENERS = frozenset("seorang sebuah a an one".split())


def _bare_kind(words: list[str], before: str = "") -> bool:
    # ``before``: the word before the phrase, where the phrase was read without its article.
    return len(words) == 2 and words[0].lower() in _INDEFINITE_OPENERS \
        or len(words) == 1 and before.lower() in _INDEFINITE_OPENERS


_ROLE_SEGMENT_WORDS = 8
_ARTICLES = frozenset("the a an".split())


def _opens_with_preposition(word: str) -> bool:
    # An article or a possessive opens a role ("The firm's founder"); other stop words open a
    # place, a time or a connective ("Di Bandung", "In Leeds").
    low = word.lower()
    return low in _STOPWORDS and low not in _ARTICLES and low not in _DEFINITE


def _is_verb(word: str) -> bool:
    return is_id_verb(word) or bool(lx.EN_AUX.fullmatch(word)) or bool(_PAST_WORD.fullmatch(word.lower()))


# "his running mate, Melati Purba," / "pelatih asal Thailand, Somchai R.": a role or kind set
# before a name in apposition says who the named one is (rule 4), unless the name then speaks
# ("Kepala Dinas X, Rina Sari, mengatakan …": the role only introduces a source).
_NAME_AFTER_ROLE = re.compile(r",\s+(?P<name>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|bin|binti|al|de|van)){0,4})"
                              r"(?=\s*(?:,|$))")
# "…, Semarang, said police spokesperson X": a verb of saying followed by its own capitalised
# speaker is an inverted tail; the name before it does not speak.
_SPEAKS_NEXT = re.compile(rf",\s*(?:(?:who|yang)\s+)?(?:{lx.FRAME_VERBS}|{lx.EN_TAIL_VERBS}|{lx.ID_TAIL_VERBS}"
                          r"|when|saat|ketika|told|says)\b(?P<inverted>\s+[A-Z])?")
_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)|\n")
# Words of direction make a place of the next name ("north Jakarta, Indonesia"), not a role.
_DIRECTION_WORDS = frozenset("""north south east west northern southern eastern western central
utara selatan timur barat tengah""".split())
_ROLE_WORDS_MAX = 6


def _named_after_role(text: str, s: int, e: int) -> list[tuple[int, int, int]]:
    if text.find(",", s, e) < 0:
        return []
    found = []
    for m in _NAME_AFTER_ROLE.finditer(text, s, e):
        head = head_start(text, s, m.start())
        if head is None or not _is_role(text, head, m.start()) or _names_a_time(text, head, m.start()) \
                or _TIME_HEAD.search(text, head, m.start()) or _place_chain(text, head, m):
            continue
        if _name_speaks(text, m.end()) or _after_saying(text, s, head) or _CITING.match(text, head):
            continue
        if not _MONTHS_DAYS.isdisjoint(w.lower() for w in m.group("name").split()):
            continue    # "on the last day, Monday," names a time
        if _NAME_LIST_GOES_ON.match(text, m.end(), e):
            continue    # "Badan Meteorologi, Klimatologi, dan Geofisika": a name that lists its parts
        found.append((head, m.end(), m.start()))
    return found


_NAME_LIST_GOES_ON = re.compile(r",?\s+(?:dan|and|&)\s+[A-Z]")
_BARE_YANG = re.compile(r"\s(?:yang|yg)\s")


def _before_bare_relative(text: str, s: int, head: int) -> int:
    # "koperasi nelayan yang bekerja sama dengan pemda, yang jumlahnya 37": the comma clause
    # describes the whole noun phrase, bare relative clause included.
    before = text[max(s, head - 20):head].split()
    if not before or before[-1].lower() not in _STOPWORDS:
        return head     # "… yang ditetapkan tersangka adalah Fasyar, selaku …": a predicate, not a phrase
    last = None
    for last in _BARE_YANG.finditer(text, max(s, head - 80), head):
        pass
    if last is None or text.find(",", last.end(), head) >= 0:
        return head
    outer = head_start(text, s, last.start())
    return head if outer is None else outer


# "…, menurut Kepala Disdik, Ahmad Fauzi": a head that takes in the citation's own word is the
# citation's source, no noun phrase.
_CITING = re.compile(r"(?:menurut|according\s+to)\s", re.I)


def _after_saying(text: str, s: int, head: int) -> bool:
    # "…, said the firm's chief executive, Jane Roe": the role names the speaker of a tail.
    before = text[max(s, head - 20):head].split()
    return bool(before) and _is_reporting_word(before[-1].strip(","))


def _through_named_tail(text: str, end: int, e: int) -> int:
    # "Rivermoor, a village 12 km north of the county town, Ashby": the name closing an
    # appositive belongs to it.
    m = _NAME_AFTER_ROLE.match(text, end, e)
    return m.end() if m and not _name_speaks(text, m.end()) else end


_NEXT_WORD = re.compile(r",\s*([a-z]+)")


# "Ketua majelis, Ana Sari, dalam amar putusannya menyatakan …", "…, Tom Hale, in a statement
# said …": a short phrase of place or occasion may stand between the name and its verb.
_SPEAKS_AFTER_PHRASE = re.compile(rf",\s+(?:dalam|di|saat|ketika|usai|seusai|in|at|during)\s+(?:[\w'’.-]+\s+){{0,4}}?"
                                  rf"(?:{lx.FRAME_VERBS}|{lx.ID_TAIL_VERBS})\b")


def _name_speaks(text: str, end: int) -> bool:
    # The name then says or urges something ("…, Rina Sari, mengimbau warga …").
    if _SPEAKS_AFTER_PHRASE.match(text, end, end + 80):
        return True
    said = _SPEAKS_NEXT.match(text, end, end + 60)
    if said and not said.group("inverted"):
        return True
    if said:    # "…, said Doyle would appeal" reports a clause; "…, said police chief X." names another speaker
        stop = _SENTENCE_STOP.search(text, said.end())
        return bool(lx.EN_AUX_SEARCH.search(text, said.end(), stop.start() if stop else len(text)))
    word = _NEXT_WORD.match(text, end, end + 30)
    return bool(word) and word.group(1) in lx.OPINION_WORDS


def _is_role(text: str, head: int, rel: int) -> bool:
    words = text[head:rel].split()
    if not words or len(words) > _ROLE_WORDS_MAX or lx.OPENERS.match(text, head, rel) \
            or _DIGIT.search(text, head, rel):
        return False    # "nomor urut 2, X" numbers a ballot slot; it says nothing of X
    common = [w for w in words if w.islower() and w not in _STOPWORDS and w not in _DEFINITE]
    return bool(common) and _DIRECTION_WORDS.isdisjoint(common) and _LISTING_WORDS.isdisjoint(common) \
        and not _bare_kind(words, _word_before(text, head)) and not _back_reference(text, head, words)


def _word_before(text: str, head: int) -> str:
    before = text[max(0, head - 12):head].split()
    return before[-1] if before else ""


def _back_reference(text: str, head: int, words: list[str]) -> bool:
    # "The old lighthouse, Kerrow Point, which …" opening a sentence points back at a thing the story
    # has introduced; its name identifies it and asserts nothing. Inside a sentence "the
    # provincial capital, Semarang" tells what the named place is.
    opens_sentence = head == 0 or text[head - 1] == "\n" or text[max(0, head - 2):head] in (". ", "! ", "? ")
    return opens_sentence and words[0] == "The" and not any(w[:1].isupper() for w in words[1:])


# "yakni A, B" and "including A, B" list names; the first is no role of the second.
_LISTING_WORDS = frozenset("yakni yaitu namely including termasuk seperti like".split())


def _place_chain(text: str, head: int, m) -> bool:
    # "ruas Tol X, Kabupaten Subang", "Pasar Johar, Kota Semarang": a place, then the place
    # that holds it.
    name = m.group("name").split()
    return name[0].lower() in gz.PLACE_CUES or (" ".join(name).lower() in gz.PLACES
                                               and text[head:m.start()].split()[-1][:1].isupper())


# "… opened a library that is the oldest in the region": a clause that ranks its head is a
# fact about the head, wherever it stands (rule 4).
_RANKED = re.compile(r"(?:is|was|will be|would be|(?:will |would )?become|became|becomes|has become)\s+(?:the\s+|its\s+|their\s+)?"
                     r"(?:(?:world|country|nation|region|city)['’]s\s+)?(?:first|largest|biggest|longest|tallest"
                     r"|highest|oldest|newest|only|deepest|busiest|[a-z]+est)\b", re.I)


# The penalties a law sets without a number of years: a life term or death. With a term
# ("up to ten years") the number already makes the clause worth a claim.
_PENALTY_WORDS = ("life", "death", "seumur", "mati")        # every match holds one
_PENALTY_WITHOUT_TERM = re.compile(r"\b(?:life\s+(?:imprisonment|in\s+prison|sentence|term)|death\s+(?:penalty|sentence)"
                                   r"|(?:penjara|kurungan|hukuman|pidana)\s+seumur\s+hidup|(?:hukuman|pidana)\s+mati)\b",
                                   re.I)


# Nouns of measure: what follows them, with its bare relative clause, names the thing measured
# ("jumlah penumpang yang turun di Gambir", "the number of cars that crossed").
_MEASURE_NOUNS = frozenset("""jumlah total jarak angka persentase proporsi rata-rata banyaknya porsi
number total share proportion percentage distance average count""".split())


def _measured_head(text: str, s: int, head: int) -> bool:
    # Up to two words may stand between ("jarak terjauh …", "total sudah …", "the number of …"),
    # or the head may open with the noun itself ("Jumlah pemudik yang …").
    before = [w.strip(",.;:").lower() for w in text[max(s, head - 40):head].split()[-3:]]
    # A cause between them starts a phrase of its own: in "jumlah korban akibat gempa yang
    # mengguncang X" the clause tells of the quake, not of what is counted.
    causes = [i for i, w in enumerate(before) if w in _CAUSE_WORDS]
    words = before[causes[-1] + 1:] if causes else before
    return not _MEASURE_NOUNS.isdisjoint(words + [w.lower() for w in text[head:head + 30].split()[:1]])


_CAUSE_WORDS = frozenset("akibat karena from over".split())


# "X tumbuh paling tinggi, yakni 19 persen, disusul sektor Y yang …": after a ranking, the head is
# its next place ("disusul gempa susulan yang …" tells a later happening).
_NEXT_IN_A_RANKING = re.compile(r"\bdisusul\b[^,;]*$", re.I)
_RANKING = re.compile(r"\b(?:paling|ter(?:besar|tinggi|banyak|rendah|kecil|cepat)|peringkat|posisi|urutan|yakni)\b",
                      re.I)
# A count (no year): "350,000 people", "14 dapur".
_A_COUNT = re.compile(r"(?<![\d.,])(?!(?:19|20)\d\d\b)\d[\d.,]*\s+[a-z]")


def _generic_head(text: str, s: int, head: int, rel: int) -> bool:
    # A bare plural or "those" at the start of the clause names a class of people or things.
    words = text[head:rel].split()
    return len(words) == 1 and head == s and (words[0].lower() in lx.GENERIC_HEADS
                                              or words[0].lower().endswith("s"))


def _only_dates(text: str, a: int, end: int) -> bool:
    m = _ONLY_DATES.match(text[a:end].strip())
    if not m:
        return False
    when = m.group("when")
    return len(when.split()) <= 5 and bool(_MONTH_WORD.search(when) or re.search(r"\d", when))


_REPORTING_WORD = re.compile(rf"{lx.EN_TAIL_VERBS}|{lx.ID_TAIL_VERBS}", re.I)


def _listed_words(alternation: str) -> frozenset[str]:
    """The words of ``(?:w1|w2|…)``, an alternation of plain lower-case words."""
    words = alternation.removeprefix("(?:").removesuffix(")").split("|")
    if not all(word.isascii() and word.isalpha() and word.islower() for word in words):
        raise ValueError(f"not an alternation of plain words: {alternation[:40]}")
    return frozenset(words)


_REPORTING_WORDS = _listed_words(lx.EN_TAIL_VERBS) | _listed_words(lx.ID_TAIL_VERBS)


def _is_reporting_word(word: str) -> bool:
    """Whether ``_REPORTING_WORD`` matches the whole token ``word``. The case-blind pattern
    matches an ASCII token exactly when its lower case is one of the listed words: a set
    look-up, where the engine enters every alternative. (Outside ASCII a letter may fold onto
    one of them, "ſ" onto "s": such a token is left to the pattern.)"""
    if word.isascii():
        return word.lower() in _REPORTING_WORDS
    return _REPORTING_WORD.fullmatch(word) is not None
_SAYING = re.compile(rf"(?:also\s+)?{lx.SAYING_VERBS}\b")


_NAMING_WORDS = frozenset("berinisial bernama alias".split())
_DETERMINERS_BEFORE_AN_ADJECTIVE = frozenset("the a an its their his her our this these those".split())
_OBJECT_OPENS = re.compile(r"(?:\d|(?:the|a|an|his|her|their|its|two|three|four|five|six|seven|eight|nine|ten"
                           r"|dozens|hundreds|thousands|several|some)\b)")


def _verb_before_its_object(word: str, rest: str) -> bool:
    """An English past tense in lower case right before a count or a determiner is the verb
    taking that object ("detained 14 people"), not a word of the noun phrase."""
    low = word.lower()
    return word.islower() and (low.endswith("ed") and len(low) > 4 or low in lx.EN_IRREGULAR_PAST) \
        and _OBJECT_OPENS.match(rest) is not None


# The base of a comparison, right before the noun a bare clause describes: "lebih besar dari
# usulan panitia yang …", "dibandingkan Maret yang …", "than the plant that …".
_BASE_BEFORE = re.compile(rf"\b(?:{_COMPARING}|(?:lebih|more|less)\s+[a-z]+\s+dari)\s+(?P<np>(?:[a-z]+\s+){{0,2}})$", re.I)
_EN_BARE_RELATIVE = re.compile(r"\s+(?:who|that|which)\s")
_RESTATING_CLAUSE = re.compile(r"\s+(?:yang|yg)\s+(?:sebesar|sebanyak|berjumlah)\b", re.I)


# ", the country's first cases", ", salah satu yang tertinggi …", ", a new national record": a
# verbless noun phrase set off by a comma that closes the sentence and ranks what it tells (an
# appositive describing a noun, ", a 35-year-old man", stays with it: embedded_facts reads those).
_CLOSING_APPOSITIVE = re.compile(r",\s+(?=(?:a|an|the|one\s+of|salah\s+satu|sebuah|seorang)\s)")
_LIST_JOINER = re.compile(r"\s(?:and|or|dan|atau|serta)\s|&")
_BEFORE_ITS_CLAUSE = re.compile(r"\s(?:who|which|that|where|whose|yang|yg|tempat|di\s+mana|dimana)\s")
_RANKS_IT = re.compile(rf"{RANK_WORD.pattern}|\b(?:the\s+most|the\s+least|records?|rekor)\b")
# "the first confirmed cases": a participle after a rank word describes the ranked noun
_AFTER_A_RANK = re.compile(r"\b(?:first|second|third|only|last|most|newly|[a-z]{2,}est)\s+$")
# A stretch opening with a preposition or a time word is an opener ("Under a plan approved in
# 2023, …", "Last year, …"), not the clause an appositive could follow.
_OPENS_WITH_PREPOSITION = re.compile(r"(?:in|on|at|under|after|before|during|for|since|with|by|from|last|this"
                                     r"|earlier|di|pada|dalam|sejak|menurut|setelah|sebelum|selama|untuk)\s", re.I)


def closing_appositive(text: str, s: int, e: int, language: str) -> int | None:
    """Where a sentence's claim ``[s, e)`` ends in a verbless noun phrase that ranks what came
    before it ("…, the most by any player"): the comma's offset, else None. The phrase is a
    fact of its own, never part of the claim before it (rules 3, 4)."""
    comma = text.rfind(",", s, e)
    m = _CLOSING_APPOSITIVE.match(text, comma) if comma > s else None
    if m is None or _LIST_JOINER.search(text, m.end(), e):
        return None     # "…, the governor and the minister": the last items of a list
    clause = _BEFORE_ITS_CLAUSE.search(text, m.end(), e)
    phrase_end = clause.start() if clause else e
    if not _RANKS_IT.search(text, m.end(), e) or _holds_a_verb(text, m.end(), phrase_end, language):
        return None
    before = max(s, text.rfind(",", s, comma) + 1)
    stretch = text[before:comma].strip()
    last_word = stretch.rsplit(None, 1)[-1] if stretch else ""
    if not stretch or last_word[:1].isupper() or _OPENS_WITH_PREPOSITION.match(stretch):
        return None     # "Last year, the …": an opener; "… Curah Kobokan, a hamlet": a name's appositive
    return comma if has_verb(stretch, 0, len(stretch), language) else None


def _holds_a_verb(text: str, a: int, b: int, language: str) -> bool:
    if language != "en":
        return has_verb(text, a, b, language)
    return any(not (v.group().endswith("ed") and _AFTER_A_RANK.search(text, a, v.start()))
               for v in lx.EN_AUX.finditer(text, a, b))


def ends_outer_claim(text: str, s: int, head: int, rel: int) -> bool:
    """True when the surrounding claim stops before an embedded part that ends its sentence:
    one set off by a comma or "dimana", a bare clause on a comparison's base ("Denda itu lebih besar dari
    usulan panitia" | "usulan panitia yang menyebut Rp 3 juta") or a bare English relative clause
    ("neighbours of a farmer" | "a farmer who vanished on Friday"). Elsewhere a bare "yang"
    clause stays inside the claim it ends ("koalisi yang dipimpin Rusia")."""
    if text[rel] == "," or text[rel:rel + 12].lstrip().lower().startswith(("dimana", "di mana")):
        return True
    if _EN_BARE_RELATIVE.match(text, rel):
        return True
    # A base restated with "yang sebesar" stays inside its comparison, as it always has (the
    # date modules give the outer claim the base's date through it).
    return bool(_BASE_BEFORE.search(text, max(s, head - 40), head)) and not _RESTATING_CLAUSE.match(text, rel)


# A gloss of a name opens after a space with a capital: "Merdeka Belajar (Freedom to Learn)",
# not "sabu (metamfetamin)" nor "BBM(Pertalite Plus)".
_NAME_GLOSS_OPENS = re.compile(r"\s\([A-Z][^()]*$")


def head_start(text: str, s: int, rel: int) -> int | None:
    """Start of the noun phrase ending at ``rel``: capitalised words and a few lowercase ones."""
    start, lower, named, gloss, possessor = None, 0, False, False, False
    tokens = list(_WORDS.finditer(text, max(s, rel - _REACH), rel))
    for i in range(len(tokens) - 1, -1, -1):
        tok = tokens[i]
        word = tok.group().strip("“”\"")
        if possessor:
            low = word.lower()
            if low == "the":
                return tok.start()      # "The Washington Post's owner": the name's own article
            if not word[:1].isupper() or word.endswith(",") or low in _NOT_IN_A_NAME or low in _STOPWORDS \
                    or low.strip(".") in ld.CALENDAR_WORDS and i > 0 and tokens[i - 1].group().lower() != "the":
                # the possessor's name ends where its capitals do ("When Japan's …", "On Monday
                # Japan's …", "In early March Brazil's …"; "The Sunday Times's" and, opening the
                # sentence, "June Carter's" are names)
                break
            start = tok.start()
            continue
        if start is not None and word.endswith(_POSSESSIVE) and len(word) > 2:
            # "football's world governing body", "Marcos Jr’s running mate": the possessive opens
            # the noun phrase; only the possessor's name comes before it
            start, named, possessor = tok.start(), True, word[:1].isupper()
            continue
        if start is not None and word == "milik" and i > 0 and not tokens[i - 1].group().endswith(",") \
                and not any(t.group().lower() in _BEFORE_A_PREDICATE for t in tokens[max(0, i - 3):i]):
            # "Stasiun televisi milik militer": the owner is part of the noun phrase ("Gudang itu
            # milik PT X", "Saham itu kini milik Y", "Lahan itu sebagian milik Z": after a
            # demonstrative or an adverb, "milik" is the predicate)
            continue
        # A gloss in brackets is one part of the name, stop words and all: "Merdeka Belajar
        # (Freedom to Learn)" does not end at "to".
        if gloss or word.endswith(")") and "(" not in word and _NAME_GLOSS_OPENS.search(text, max(s, rel - _REACH), tok.start()):
            gloss = not word.startswith("(")
            start, named = tok.start(), True
            continue
        if start is not None and word.lower() in _DEFINITE and not word.endswith(","):
            return tok.start()
        # A capitalised stop word is a name ("Dan Carden") unless it opens the sentence; "of"
        # between capitalised words joins one name ("Royal College of Nursing").
        stop = word in _STOPWORDS or (tok.start() == s and word.lower() in _STOPWORDS)
        if stop and word in _NAME_JOINERS and named and start is not None and i > 0 \
                and tokens[i - 1].group()[:1].isupper():
            start = tok.start()
            continue
        if word.endswith(",") or stop or lower >= (2 if named else 3) \
                or _is_reporting_word(word) or word.lower() in _LISTING_WORDS \
                or word in _SUBORDINATORS or tok.start() == s and word.istitle() and word.lower() in _SUBORDINATORS:
            # "…, said Ana Ruiz, a spokeswoman": the verb of saying (or "including") ends the noun phrase;
            # so does the word opening a clause ("… this year if inflation, which …"; not "AS", initials)
            break
        if start is not None and _verb_before_its_object(word, text[start:rel]) \
                and not (i > 0 and tokens[i - 1].group().lower() in _DETERMINERS_BEFORE_AN_ADJECTIVE):
            break       # "Police detained 14 people, of whom …" ("the proposed two amendments": an adjective)
        if word[:1].isupper() or word.startswith("(") or word.endswith(")"):
            named = True
        elif word in _NAMING_WORDS:
            pass        # "manajer berinisial TRH (36)": the word that gives the name joins role and name
        elif is_id_verb(word):
            break
        else:
            lower += 1
        start = tok.start()
    return start


_POSSESSIVE = ("'s", "’s")
_SUBORDINATORS = frozenset("if when whenever because unless whether although though once as where jika kalau "
                           "apabila bila ketika sewaktu meski meskipun walaupun".split())
_BEFORE_A_PREDICATE = frozenset("itu ini tersebut kini sekarang masih bukan sepenuhnya juga adalah merupakan "
                                 "telah sudah pun".split())
# Words that open a clause or a sentence, capitalised there, but join no possessor's name (besides
# the _STOPWORDS, asked as well: "and", "since", "while" …).
_NOT_IN_A_NAME = frozenset("when if although though because as once unless "
                           "where whether so yet yesterday today earlier later meanwhile "
                           "however also then now last next unlike despite following amid amidst like during "
                           "including besides regarding even only not both sadly thus hence never around "
                           "without it's that's there's here's what's who's he's she's it’s that’s there’s "
                           "here’s what’s who’s he’s she’s".split())


def _relative_that(text: str, s: int, m) -> bool:
    before = text[max(s, m.start() - 40):m.start()].split()
    prev = before[-1].lower() if before else ""
    return bool(prev) and prev not in _NOT_THAT_HEAD and not lx.EN_AUX.fullmatch(prev) \
        and bool(lx.EN_AUX.match(text, m.end()))


def _main_verb_of_subject(text: str, s: int, head: int, end: int, e: int) -> bool:
    """True when a participle-looking phrase after a subject is the sentence's predicate: no
    verb comes before the subject, and what follows the phrase's comma is no predicate but
    a relative clause or nothing ("Ana Ruiz, elected in 2019, said …" has its verb after)."""
    if lx.EN_AUX_SEARCH.search(text, s, head) or has_verb(text, s, head, "id"):
        return False
    after = text[end + 1:min(e, end + 40)].split()
    if not after:
        return True
    if after[0].lower() not in _RELATIVE_OPENERS:
        return False
    # "The bridge, built in 1985, which linked X with Y, collapsed …": the predicate follows the
    # relative clause
    closes = text.find(", ", end + 1, e)
    rest = text[closes + 2:e].split() if closes >= 0 else []
    return not (rest and lx.EN_AUX.fullmatch(rest[0]))


_RELATIVE_OPENERS = frozenset("where which who when whose yang dimana".split())


def _before_main_verb(text: str, end: int, e: int) -> bool:
    nxt = text[end:min(e, end + 12)].split()
    return bool(nxt) and (nxt[0].lower() in _EN_FINITE_STOP or nxt[0].islower() and bool(lx.EN_AUX.fullmatch(nxt[0])))


def _named_head(text: str, head: int, rel: int) -> bool:
    # "anggaran dalam Perda X yang sebesar Rp 2 miliar" names what the figure belongs to;
    # "pekan ini yang sebesar …" and "Maret yang sebesar …" only restate a figure.
    words = [w for w in _CAPITAL.findall(text, head, rel) if w.lower() not in _MONTHS_DAYS]
    return bool(words)


# Relative times read by the date modules: "kemarin", "hari ini", "last night", "pekan lalu",
# "earlier this year", "setahun lalu", "two days ago".
_RELATIVE_TIME = re.compile(
    rf"\b(?:{ld.alternation(ld.RELATIVE_DAYS)}"
    rf"|(?:{ld.alternation(ld.PAST_WORDS + ld.NEXT_WORDS + ld.THIS_WORDS)})\s+(?:{ld.alternation(ld.RELATIVE_UNITS)})"
    rf"|(?:{ld.alternation(ld.RELATIVE_UNITS)}|{ld.alternation(ld.ONE_UNIT_WORDS)})\s+"
    rf"(?:{ld.alternation(ld.PAST_WORDS + ld.NEXT_WORDS + ld.THIS_WORDS)}))\b", re.I)


_POSSESSIVE_MARK = re.compile(r"['’]s\b")


def _names_a_time(text: str, head: int, rel: int) -> bool:
    # "Sampai Kamis sore, rumah sakit …", "From May to July, the airline …", "Tahun lalu,
    # 8.450 peserta …", "Last year, the agency …", "Pukul 14.30 WIB, 3.960 …": a time phrase
    # before the comma opens the sentence; what follows is the clause, not an appositive.
    if not _MONTHS_DAYS.isdisjoint(w.lower().strip(",.") for w in text[head:rel].split()):
        return True
    when = _RELATIVE_TIME.search(text, head, rel) or _TIME_HEAD.search(text, head, rel)
    if when and _POSSESSIVE_MARK.match(text, when.end()):
        return False    # "Last year's champion, Ana Ruiz,": a title dated by its season, no time opener
    # "Last year Ana Ruiz, the mayor of …": a name after the time is the appositive's head.
    return bool(when) and not _CAPITAL.search(text, when.end(), rel)


def _short_named_appositive(text: str, head: int, rel: int, end: int) -> bool:
    # "Ana X, the mayor of Y," describes a named head in a few words without a verb.
    part = text[rel:end]
    # A distance or a figure makes a longer appositive worth its words.
    words = _APPOSITIVE_WORDS_WITH_FIGURE if _DIGIT.search(part) else _APPOSITIVE_WORDS
    # (a verb inside a relative clause on the appositive's noun is no predicate of the sentence:
    # "Carmen Reyes, a retired teacher who was detained in 1973")
    return bool(_CAPITAL.search(text, head, rel)) and len(part.lstrip(", ").split()) <= words \
        and not _FINITE.search(_RELATIVE_TAIL.sub("", part))


_RELATIVE_TAIL = re.compile(r"\s(?:who|which|that|yang)\s.*$", re.S)
_APPOSITIVE_WORDS = 10
_APPOSITIVE_WORDS_WITH_FIGURE = 16
_DIGIT = re.compile(r"\d")


def _in_english_subject(text: str, s: int, head: int, m, whole_clause: bool) -> bool:
    """True when a bare "that/who/which" clause describes the sentence's subject ("A flood that
    hit the town on Saturday killed 22 people"): no verb comes before its head, so the main verb
    follows the clause and ends it."""
    if whole_clause or (m.group(2) or "").lower() not in ("that", "who", "which"):
        return False
    return not any(lx.EN_AUX.fullmatch(w) for w in _LOWER_WORD.findall(text, s, head))


# Auxiliaries before an English clause's own verb ("who had been living …").
_EN_CLAUSE_AUX = frozenset("is are was were has have had been be being will would can could also still already".split())


def _part_end(text: str, a: int, e: int, whole_clause: bool, subject: bool = False) -> int:
    # ", yang …," and "dimana …" run to the next comma; a bare "yang" stops at the main verb,
    # and so does a bare English clause on the subject ("A flood that hit … killed …").
    if whole_clause:     # a comma followed by a space: "3,75" is a number, not a boundary
        stop = _CLAUSE_COMMA.search(text, a, e)
        # "…, where extraction by factories, malls and hotels remains heavy": a comma that
        # goes on with a list is inside the clause.
        while stop and (item := _LIST_GOES_ON.match(text, stop.start(), e)) and not _holds_verb(item.group()):
            stop = _CLAUSE_COMMA.search(text, stop.end(), e)
        if stop and _NAMES_AND_FIGURES_ONLY.fullmatch(text, stop.start(), e):
            return e    # "…, yang mengalahkan rekan senegaranya, Ana/Bea, 21-12, 21-18": its object and score
        if stop and _LAST_PARTICIPLE.fullmatch(text, stop.start(), e):
            return e    # "…, where 80,000 people attended, filling the arena.": the clause goes on to the end
        return stop.start() if stop else e
    own = 1     # the clause's own verb: its first word, or the first after its auxiliaries
    region_closes = -1
    for i, tok in enumerate(_WORDS.finditer(text, a, min(e, a + _REACH))):
        word = tok.group().lower().strip(",")
        if i == own - 1 and (word in _CLAUSE_AUX or word in _CLAUSE_MODALS or subject and word in _EN_CLAUSE_AUX):
            own += 1    # "yang sudah mendapat izin BPOM sejak 2019": "mendapat" is the clause's verb
            continue
        if subject and i >= own and tok.group().islower() and lx.EN_AUX.fullmatch(word):
            return _rstrip(text, a, tok.start())
        # The verb test sees the word as written: a name such as "Mertoyudan" only looks like "me-".
        # A modal after the clause's own verb opens the sentence's predicate ("… sejak 2019 boleh
        # dijual").
        if i >= own and (word in _PREDICATE_MARK or word in _CLAUSE_MODALS or is_id_verb(tok.group().strip(","))
                         or word in ("yang", "yg") or word in _EN_FINITE_STOP) \
                and not _ends_a_change(text, a, tok.start(), word):
            return _rstrip(text, a, tok.start())
        if tok.group().endswith(",") and tok.end() - 1 != region_closes:
            region = _REGION_SET_OFF.match(text, tok.end()) if tok.group()[:1].isupper() else None
            if region is None:
                return tok.end() - 1
            region_closes = region.end() - 1    # "Kabupaten Cianjur, Jawa Barat, pada Senin": the place goes on
    return e


# The region of a place set off by commas: ", Jawa Barat,", ", East Java,".
_REGION_SET_OFF = re.compile(r"\s+(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*,")


# "… turun dari Rp 9 juta menjadi Rp 5 juta": "menjadi" after "dari" and a figure
# closes a change of value, one predicate with the verb before it, never the main verb.
_CHANGE_FROM = re.compile(r"\bdari\s+(?:[a-z]+\s+)?(?:Rp\s?|US\$\s?)?\d[\d.,]*(?:\s+[a-z]+){0,3}\s+$", re.I)


def _ends_a_change(text: str, a: int, b: int, word: str) -> bool:
    return word == "menjadi" and _CHANGE_FROM.search(text, max(a, b - 60), b) is not None


# (_CLAUSE_AUX, the auxiliaries and adverbs of time before a clause's verb, is defined with _DEMAND)
_CLAUSE_MODALS = _ID_MODALS | frozenset("bisa dapat harus mampu".split())
_OPENS_WITH_AUX = re.compile(rf"(?:{'|'.join(sorted(_CLAUSE_AUX))})\s", re.I)


# The rest of a sentence made only of names and figures after commas: the opponent a clause
# names and the score or count it ends on, no clause of its own.
_NAMES_AND_FIGURES_ONLY = re.compile(r"(?:,\s+(?:(?:[A-Z][\w'’.-]*|/)+(?:\s+(?:[A-Z][\w'’./-]*))*"
                                     r"|\d[\d.,:/-]*(?:\s+\d[\d.,:/-]*)*))+[\s.]*")


def _holds_verb(part: str) -> bool:
    # ", denied wrongdoing and said …" goes on with the main clause's verbs, not with a list.
    return bool(lx.EN_AUX_SEARCH.search(part)) or any(is_id_verb(w) for w in _LOWER_WORD.findall(part))


# A list closed by its conjunction: ", malls and hotels", ", B, C dan D".
# A participle phrase that ends the sentence after the clause: "…, filling the main arena."
_LAST_PARTICIPLE = re.compile(r",\s+[a-z]{3,}ing\s[^,;]*[.!?]?\s*")
_LIST_GOES_ON = re.compile(r",\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+(?:,\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+)*"
                           r"\s+(?:and|dan|or|atau)\s")


_DEMONSTRATIVE_END = re.compile(r"\s\s*(?:ini|itu|tersebut)\s*$")      # ("\s\s*": see _CAPITAL)
# "harga yang naik 8 persen pekan lalu turut mendorong …": an adverb before the main verb opens
# the sentence's predicate, not the clause's.
_PREVERBAL_END = re.compile(r"\s\s*(?:turut|ikut|juga|pun|bahkan|justru|lantas|kemudian)\s*$")


def _rstrip(text: str, a: int, b: int) -> int:
    while b > a and text[b - 1] in " ,":
        b -= 1
    adverb = _PREVERBAL_END.search(text, a, b)
    b = adverb.start() if adverb else b
    # "Ruas yang menghubungkan A dan B ini dibangun …": the demonstrative closes the head's phrase.
    m = _DEMONSTRATIVE_END.search(text, a, b)
    return m.start() if m else b


def _worth(text: str, head: int, rel: int, end: int) -> bool:
    part = text[rel:end]
    named = bool(_CAPITAL.search(text, head, rel))
    if _DIGIT.search(part if named else _CLOCK_TIME.sub("", part)) or lx.NUMBER_WORDS_SEARCH.search(part):
        return True
    tokens = _WORDS.findall(part)
    words = {w.lower().strip(",.;:") for w in tokens}
    if not _VAGUE_NUMBER_WORDS.isdisjoint(words):
        return True     # "…, in which thousands of files were copied": a vague count is a quantity (rule 8)
    if holds_a_share(part):
        return True     # "…, which accounts for more than half of GDP,": a share of a whole is a figure
    if not lx.EVALUATIVE_WORDS.isdisjoint(words) or not lx.EVALUATIVE_MARKERS.isdisjoint(words):
        return False    # "…, where many roads are poorly kept": without a figure, a verdict on the head
    if _RANKED.search(part):
        return True     # "… that is the oldest in the region": a rank is checkable
    if _SHARE_OF_HEAD.match(part):
        return True     # "…, yang sebagian besar perempuan dan anak-anak,": what most of them are
    if may_hold_any(part, _PENALTY_WORDS) and _PENALTY_WITHOUT_TERM.search(part):
        return True     # "…, which carries a maximum penalty of death": the law sets it
    if _WHO_WAS_NOT_DONE.match(part):
        return False    # "Jane Roe, who was told of the plan on Monday,": the day dates no act of hers
    if _MONTHS_DAYS.intersection(w.lower() for w in tokens):
        return True     # "… that started on Saturday": when it began is a fact of its own
    # (``named``: a capitalised word between the head and the clause, asked once)
    if _ALSO_ROLE.match(part) and named:
        return True     # "Rina, yang juga anggota Dewan Pengupahan": a second role, at a named body
    status_verb = _STATUS_VERB.search(part) is not None      # (asked here and at the end)
    if status_verb and _CAPITAL.search(part, 8):
        return True     # "The surveyors, who were headed by Dr Lena Okafor": the leader is named
    if part.startswith(",") and _NAMED_PLACE_IN_CLAUSE.search(part):
        return True     # "The ferry, which was sailing from Tarvik to Holmsund,": where it was
    if _WHERE_CLAUSE.match(part) and len(part.split()) >= 5 and named:
        return True     # "…in Pluit, where extraction remains heavy": what happens at a named place
    if _CAPITAL.search(part) and lx.cause_of_a_toll(text, head) and _HAPPENING_ACTS.match(part):
        return True     # "korban akibat tsunami yang menerjang pesisir Selat Sunda": where the happening struck
    return named and (status_verb or _who_acts(part))


# A reporting verb, or "according to"/"menurut", right before a head: the head is the speaker.
_SPEAKER_BEFORE = re.compile(rf"\b(?:{lx.EN_TAIL_VERBS}|{lx.ID_TAIL_VERBS}|according\s+to|menurut)\s+$", re.I)


def _closing_clause_of_its_own(text: str, head: int, m, end: int, e: int) -> bool:
    """True for a clause set off by commas, closing the sentence or inside it, with a verb of its
    own ("…, which had refused to …", "The army, which has stayed out of the fighting, said …"):
    a second fact about its head (rule 4), figure or none. A verdict on the head ("…, where roads
    are poorly kept") is no fact."""
    if m.re is not _RELATIVE or not m.group().startswith(",") or end < e and not text.startswith(",", end) \
            or _SPEAKER_BEFORE.search(text, max(0, head - 30), head):
        return False    # "…, said Ana Ruiz, who chairs the board": a word on the speaker, not the claim
    last = (text[head:m.start()].split() or [""])[-1].lower()
    if last in _MONTHS_DAYS or _DIGIT.search(last) or last in lnum.MULTIPLIERS:
        return False    # "… on Sunday, which allowed …", "… $2 million, which …": the clause tells of the whole
    language = "id" if m.group(2) and m.group(2).lower() in ("yang", "yg", "dimana", "di mana", "tempat") else "en"
    said = _WORDS.findall(text, m.end(), end)
    if end < e and (len(said) < _ASIDE_WORDS or not _STANCE_WORDS.isdisjoint(w.lower() for w in said)
                    or _was_reached(said)
                    or _SPEAKS_NEXT.match(text, end) and _PASSIVE_OPENS.fullmatch(said[0])
                    or _head_inside_the_clause(text, head)):
        # inside the sentence: ", which was quiet,", ", who declined to comment,", ", who has long
        # opposed the bill," tell no fact, nor how a speaker was reached or placed (", who was
        # quoted by local media,", "Ana Ruiz, who was accompanied by her lawyer, said …"); and
        # only an aside on the sentence's subject is read ("Israel closed the crossing, which
        # halted aid, on Sunday": the clause may tell of the whole act)
        return False
    words = {w.lower().strip(",.;:") for w in said}
    return lx.EVALUATIVE_WORDS.isdisjoint(words) and lx.EVALUATIVE_MARKERS.isdisjoint(words) \
        and _VERDICT_VERBS.isdisjoint(words) and not _denied_by_a_party(said, words) \
        and has_verb(text, m.end(), end, language)


_ASIDE_WORDS = 3
_PASSIVE_OPENS = re.compile(r"was|were|is|are|di[a-z]{3,}", re.I)
_REACHED_WORDS = frozenset("quoted interviewed contacted reached asked".split())
_REACHED_AS_ITS_VERB = frozenset("spoke speaking dihubungi ditemui dikonfirmasi diwawancarai".split())
_STANCE_WORDS = frozenset("""declined declines refused refuses want wants wanted need needs hope hopes hoped
seems seemed believe believes believed opposed opposes oppose supported supports yet comment ingin berharap menolak
menentang mendukung belum meminta menuntut""".split())
_OPENING = re.compile(r"(?:^|[.!?]\s+|\n)[“\"'‘(]?$")


def _was_reached(said: list[str]) -> bool:
    """", who spoke on condition of anonymity,", ", who was quoted by …", ", yang ditemui di …"."""
    first = said[0].lower()
    return first in _REACHED_AS_ITS_VERB or first in ("was", "were") and said[1].lower() in _REACHED_WORDS


def _head_inside_the_clause(text: str, head: int) -> bool:
    """True when the head does not open its sentence: the comma clause is no aside on the subject."""
    return _OPENING.search(text, max(0, head - 4), head) is None


# "…, which he called a disaster", "…, which critics say is unfair": a view of the head.
_VERDICT_VERBS = frozenset("called calls dubbed say says describe describes described menyebutnya dinilai".split())
# "… fraud, which he denies": a party's answer to a charge is its stance, not a fact of the charge
# ("the regulator, which denied the permit" is the regulator's act).
_DENIALS = frozenset("denies denied deny disputes disputed rejects rejected membantah dibantah".split())
_PARTY_PRONOUNS = frozenset("he she they it we i dia ia mereka".split())


def _denied_by_a_party(said: list[str], words: set[str]) -> bool:
    return bool(said) and not _DENIALS.isdisjoint(words) \
        and (said[0].lower() in _PARTY_PRONOUNS or said[0][:1].isupper())


# "…, yang juga anggota Dewan X", "…, who is also a member of the Y board": a further role a named
# person holds at a named body, beyond the one the sentence gives.
_ALSO_ROLE = re.compile(r",?\s+(?:yang|yg|who\s+is|who\s+was)\s+(?:juga|also)\s+(?:[a-z]+\s+){1,4}[A-Z]", re.I)
# "bus cadangan yang tiba sekitar pukul 09.40 WIB": a clock time is no quantity
# (rule 8), so a clause that only gives the hour an unnamed head did something holds no figure;
# the hour a named one did ("Gardu Induk X yang terbakar pukul 13.15") can be checked.
_CLOCK_TIME = re.compile(r"\b(?:pukul|jam)\s+\d{1,2}(?:[.:]\d\d)?(?:\s*(?:WIB|WITA|WIT))?"
                         r"|\b\d{1,2}[.:]\d\d\s*(?:WIB|WITA|WIT|GMT|a\.m\.|p\.m\.)"
                         r"|\b\d{1,2}(?:[.:]\d\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)")
_NAME_AND = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+(?:and|dan)\s+$")


# "ratusan", "thousands": vague number words (rule 8); "scores" is left out, being a noun too.
_VAGUE_NUMBER_WORDS = frozenset(lnum.VAGUE) - {"scores"}


def _coordinated_places(text: str, s: int, head: int) -> int:
    # "in Leith and Granton, where …": the clause is about both places.
    m = _NAME_AND.search(text, max(s, head - 60), head)
    return m.start() if m else head


_WHERE_CLAUSE = re.compile(r",\s+(?:where|di mana|dimana|tempat)\s", re.I)
# A place named after a preposition of place or direction inside a clause set off by commas.
# (or the named places it links: "…, which linked Lumajang with Malang", "yang menghubungkan X")
_NAMED_PLACE_IN_CLAUSE = re.compile(r"\b(?:from|to|in|at|near|di|ke|dari|links?|linked|linking|connects?|connected"
                                    r"|connecting|joins?|joined|menghubungkan)\s+[A-Z][\w'’-]+")


def _who_acts(part: str) -> bool:
    m = _WHO_ACTS.match(part)
    if m:
        return not _NOT_AN_ACT.fullmatch(m.group("verb"))
    done = _WHO_WAS_DONE.match(part)
    return bool(done) and not _NOT_DONE.fullmatch(done.group("verb")) or bool(_YANG_HOLDS_OFFICE.match(part))


# Indonesian tells the same of a named person with "yang": an election or appointment, or the
# office held ("Rina, yang terpilih tahun lalu,", "Budi, yang memimpin komisi anggaran,");
# how the person was met ("yang ditemui di kantornya") tells nothing.
_YANG_HOLDS_OFFICE = re.compile(r"[,\s]*(?:yang|yg)\s+(?:juga\s+|baru\s+|kembali\s+|pernah\s+|sempat\s+)?"
                                r"(?:terpilih|dilantik|diangkat|ditunjuk|menjabat|memimpin|mengetuai|mengepalai"
                                r"|membawahi|mewakili)\b", re.I)


# "Mayor Ana Ruiz, who was elected last year on a promise …", "X, who was appointed in
# March,": a past event that happened to a named person (an election, an appointment, a
# sentence) is checkable as an act of theirs is.
_WHO_WAS_DONE = re.compile(r"[,\s]*who\s+(?:was|were|has\s+been|had\s+been)\s+(?:(?:first|also|later|twice|once)\s+)?"
                           r"(?:re-)?(?P<verb>[a-z]{3,}ed|born|chosen|sworn|beaten|given|taken|won|sent|held|sold)\b")
# Participles that tell how a speaker was reached, placed, kept informed or felt, not what
# happened to them ("who was flanked by police officers", "who was briefed on the plan").
_NOT_DONE = re.compile(r"asked|quoted|cited|interviewed|contacted|reached|expected|supposed|concerned|worried"
                       r"|pleased|surprised|disappointed|excited|relieved|shocked|convinced|determined|allowed"
                       r"|authori[sz]ed|involved|tasked|scheduled|slated|accompanied|flanked|joined|seated"
                       r"|informed|told|briefed|pictured|seen", re.I)
_WHO_WAS_NOT_DONE = re.compile(r"[,\s]*who\s+(?:was|were|has\s+been|had\s+been)\s+(?:also\s+)?(?:"
                               + _NOT_DONE.pattern + r")\b", re.I)
