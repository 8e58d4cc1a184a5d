"""Who the article credits with a claim (labelling rule 6), and where quotations run.

Patterns cover reporting verbs after a quotation or clause ("…, kata X", "…, he said"), opening
frames ("Menurut X,", "Dilansir X,", "According to X,"), and subjects of reporting verbs
("X mengatakan bahwa …"). Pronouns and "tersebut" epithets are resolved afterwards to the
nearest named speaker; names are written in their fullest form found in the article.
"""
from __future__ import annotations

import re
from functools import lru_cache

from claims import gazetteer as gz
from claims import lexicon as lx
from claims.lexicon_dates import CALENDAR_WORDS
from claims.text_features import may_hold_any

_QUOTE_PAIR = re.compile(r"“[^“”]{2,}?(?:”|$)|\"[^\"\n]{2,}?(?:\"|$)")
# A tail may follow the closing mark of a quotation opened in an earlier paragraph
# ("… 30.000 ton,\" ujarnya."). "berdasarkan data X" after a clause credits X's data as a
# "menurut X" would.
_TAIL = re.compile(rf"\s*[,.]?[\"”]?\s*(?:{lx.ID_TAIL_VERBS}|{lx.EN_INVERTED_TAIL_VERBS}|according to|menurut"
                   rf"|{lx.DATA_BASIS})\b\s*", re.I)
_EN_SUBJECT_TAIL = re.compile(rf"\s*,?[\"”]?\s*{lx.NOT_A_SPEAKER_OPENER}(?P<who>(?:he|she|they|it|{lx.EN_DESCRIBED_SPEAKER}|{lx.EN_NAMED_SPEAKER}))"
                              rf"{lx.EN_TAIL_AUX}\s+(?:{lx.EN_TAIL_VERBS}|say)\b", re.U)
# "“…,” Ana Ruiz, deputy head of the port board, said on Friday.": the name, then its role in
# apposition, then the verb; the name is the speaker.
# So does an age: "“…,” Ruiz, 54, said."
_EN_NAME_ROLE_TAIL = re.compile(rf"\s*,?[\"”]?\s*(?P<who>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|bin|binti|al|de|van)){{0,4}}),"
                                rf"\s+(?:(?:(?:a|an|the|its|his|her|their)\s+|(?:[a-z][\w-]*\s+){{0,2}}{lx.EN_ROLE_NOUNS}\b)"
                                rf"[^,.;“”\"\n]{{0,100}}|(?P<age>\d{{1,3}})),\s+(?:said|says|told|added)\b")
# The role may come first, the name in apposition after it: "“…,” the agency's director, Ana
# Ruiz, said."
_EN_ROLE_NAME_TAIL = re.compile(rf"\s*,?[\"”]?\s*{lx.EN_DESCRIBED_SPEAKER},\s+"
                                rf"(?P<who>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|bin|binti|al|de|van)){{1,4}}),"
                                rf"\s+(?:said|says|told|added)\b")
# ... unless the name renames the body the role serves: "a spokesman for the company, Kestrel
# Motors, said" (the description stays the source, as written).
_NAMES_THE_BODY = re.compile(r"\b(?:for|at|of|with|from)\s+(?:the|a|an|its|their)\s+[a-z][\w-]*,\s+$")
_NYA = re.compile(r"nya$", re.I)
_NAME_TOKEN = re.compile(r"[A-Z][\w'’.-]*|\([^)]*\)")


def find_quotes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(opening mark, closing mark + 1) of each quotation inside ``text[start:end]``."""
    if text.find("“", start, end) < 0 and text.find('"', start, end) < 0:
        return []       # every quotation opens with one of the marks: most paragraphs hold neither
    return [(m.start(), m.end()) for m in _QUOTE_PAIR.finditer(text, start, end)]


def is_plural_group(speaker: str) -> bool:
    """"the man's lawyers", "Hospital officials", "police", "para relawan", "warga-warga": a group
    of people, not one person."""
    words = speaker.split()
    if not words:
        return False
    last = words[-1]
    if last.lower() in lx.EN_PEOPLE_GROUPS and (last.islower() or len(words) == 1):
        return True     # "the police", and "Police", "Prosecutors" capitalised at the head of the sentence
    return words[0].lower() == "para" or (last.islower() and (
        last.endswith("s") and not last.endswith(("ss", "us"))
        or "-" in last and last.split("-")[0] == last.split("-")[-1]))


def tail_source(text: str, pos: int, end: int) -> tuple[str, int] | None:
    """The speaker named by a reporting tail at ``pos`` ("…, kata X di Y", "…, he said"),
    with the end of the tail's speaker; None when no tail starts there."""
    m = _TAIL.match(text, pos, end)
    if m:
        verb = m.group().strip(" ,.\"”").split()[0].lower()
        if _NYA.search(verb) and verb not in ("katanya",) or verb == "katanya":
            return "-nya", m.end()
        who = speaker_with_appositive_name(text, m.end(), end)
        if not who:
            return None
        return _document_author(text, m.end(), m.end() + len(who), end) or (who, m.end() + len(who))
    m = _EN_SUBJECT_TAIL.match(text, pos, end)
    if m:
        return m.group("who"), m.end()
    if text.count(",", pos, end) < 2:
        return None     # the two shapes below set a name or a role off by commas
    m = _EN_ROLE_NAME_TAIL.match(text, pos, end)
    if m and _NAMES_THE_BODY.search(text, pos, m.start("who")):
        described = text[pos:m.start("who")].strip(" ,\"”")
        return described, text.find(described, pos) + len(described)
    if m:
        return m.group("who"), m.end("who")
    m = _EN_NAME_ROLE_TAIL.match(text, pos, end)
    if not m or " " not in m.group("who") and not m.group("age"):
        return None     # a one-word name needs its age to show it is a person's
    return m.group("who"), m.end("who")


# "according to a survey put out on Friday by the Institute for Y": the speaker phrase stops at
# "on", but the document is credited to the body named after "by" (or "from": "data from X").
_DOCUMENT_BY = re.compile(r"\s*(?:(?:released|published|issued|compiled|conducted|commissioned|prepared"
                          r"|dirilis|diterbitkan|disusun)\s+)?(?:[^,.;]{0,40}?\s)?(?:by|from|oleh|dari)\s+"
                          # "by the local Election Board (LEB)", "by Chairman Ana Ruiz's office"
                          r"(?:(?:the\s+(?:[a-z]+\s+(?=[A-Z]))?)?(?P<who>[A-Z][\w&'’.-]*(?:\s+(?:(?:of|for|and|on|dan)\b"
                          r"|[A-Z][\w&'’.-]*)){0,8}(?:\s+\([A-Z]{2,8}\)|(?<=['’]s)\s+[a-z]+)?)"
                          # "figures from the city's finance department": a body named in lower case
                          r"|(?P<body>the\s+(?:[\w'’-]+\s+){0,4}?(?:department|ministry|agency|office|bureau|board"
                          r"|council|authority|commission|service|institute|centre|center)\b))")
# A document may be described before its noun: "a quarterly safety review", "the revised count".
_DOCUMENT_NOUNS = re.compile(r"(?:(?:an?|the)\s+(?:[a-z][\w-]*\s+){0,3}?(?:report|study|survey|analysis|review"
                             r"|assessment|audit|paper|summary|update|statement|tally|count|estimates?|bulletin"
                             r"|release|memo|filing|document|breakdown|projections?|forecast)"
                             r"|(?:[a-z][\w-]*\s+)?(?:data|figures|statistics))\b", re.I)


def _document_author(text: str, start: int, pos: int, end: int) -> tuple[str, int] | None:
    """(author, its end) when the tail's speaker phrase ``text[start:pos]`` is a document ("a
    report released …") followed by its author ("… by the Centre for X"); None otherwise."""
    doc = _DOCUMENT_NOUNS.match(text, start, pos)
    if not doc:
        return None
    m = _DOCUMENT_BY.match(text, doc.end(), end)
    if not m:
        return None
    group = "who" if m.group("who") else "body"
    who = m.group(group).rstrip(".")
    return who, m.start(group) + len(who)


# The name's last word holds a lower-case letter: ", D-N.M." after a senator is a party and state.
# (A medical or religious title may open it in lower case: ", dr Rina Sari", ", drg. Ana".)
_APPOSITIVE_NAME = re.compile(r",\s*((?:(?:dr|drg|dra|drs|ir|hj|h)\.?\s+)?(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’-]*[a-z][\w'’-]*)"
                              r"(?=\s*(?:[,.;]|$))")


def _with_appositive_name(text: str, pos: int, who: str, end: int) -> str:
    # "kata Kepala Dinas Kota X, Rina Sari, di …": a title phrase stopped at its comma is
    # followed by the person's name in apposition; the speaker runs to the end of the name.
    # The title may come after its body: "the company's chief executive, Jane Roe".
    if not who or not any(w.lower().rstrip(".") in lx.TITLE_WORDS for w in who.split()):
        return who
    m = _APPOSITIVE_NAME.match(text, pos + len(who), end)
    if m and len(m.group(1).split()) == 1 and m.group(1).lower() in CALENDAR_WORDS:
        return who      # "kata Menteri X Amit Shah, Kamis": the day the words were said, no name
    return text[pos:m.end()] if m else who



def speaker_with_appositive_name(text: str, pos: int, end: int) -> str:
    """The speaker phrase at ``pos`` with the name set after its title ("Kepala Dinas X, Rina
    Sari"), stopped before the place, time or addressee ("kepada wartawan, Senin")."""
    return _with_appositive_name(text, pos, speaker_at(text, pos, end), end)


def speaker_at(text: str, pos: int, end: int) -> str:
    """The speaker phrase starting at ``pos``, stopped at a place, time or clause mark; a
    name written as a list ("Badan A, B, dan C (ABC)") or after an abbreviation ("Plt. Kepala
    X", "Lt. Gen. Y") runs on over its commas and dots."""
    stop = lx.SPEAKER_STOP.search(text, pos, end)
    while stop:
        more = _name_runs_on(text, pos, stop, end)
        if more is None:
            break
        stop = lx.SPEAKER_STOP.search(text, more, end)
    end = stop.start() if stop else end
    relative = _RELATIVE_AFTER_NAME.search(text, pos, end)
    return text[pos:relative.start() if relative else end].strip()


# "ujar Rina yang juga Ketua RT setempat": a relative clause describes the speaker; it is no
# part of the name.
# ("\s\s*" reads as "\s+" does; opening with a class, it lets the engine skip to white space.)
_RELATIVE_AFTER_NAME = re.compile(r"\s\s*(?:yang|yg|who|which|whose)\b")


def _name_runs_on(text: str, pos: int, stop, end: int) -> int | None:
    """Where to look for the next stop when ``stop`` lies inside the name begun at ``pos``."""
    mark = stop.group()
    # (the capital after the dot first: one anchored test, before the search back over the name)
    if mark == "." and _CAPITAL_NEXT.match(text, stop.end(), end) \
            and _ABBREVIATION_DOT.search(text, pos, stop.end()):
        return stop.end()
    if mark == ",":
        rest = LISTED_REST.match(text, stop.start(), end)
        if rest and names_one_body(text[pos:rest.end()], skip_titles=True):
            return rest.end()
    return None


# "Plt.", "Lt.", "Gen.", "U.S.", "J.": a dot that closes an abbreviation or an initial inside a
# name, not the sentence.
_ABBREVIATED = sorted({w.rstrip(".") for w in lx.ABBREVIATIONS | lx.HONORIFICS if "." not in w.rstrip(".")},
                      key=len, reverse=True)
_ABBREVIATION_DOT = re.compile(rf"(?:\b(?i:{'|'.join(_ABBREVIATED)})|\b[A-Z]|\b(?:[A-Z]\.)+[A-Z])\.$")
_CAPITAL_NEXT = re.compile(r"\s+[A-Z]")
_ITEM = r"[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,2}"
_ACRONYM = r"\((?P<acronym>[A-Z][A-Za-z&.-]{1,24})\)"
# ", Klimatologi, dan Geofisika (BMKG)", ", Tobacco, Firearms and Explosives": the rest of a
# name written as a list, from the comma after its first part.
LISTED_REST = re.compile(rf"(?:,\s+{_ITEM})*,?\s+(?:dan|and|&)\s+{_ITEM}(?:\s+{_ACRONYM})?")
# A whole name of that shape, with what may follow its acronym ("(BPBD) Kabupaten Bogor").
_LISTED_NAME = re.compile(rf"(?:[Tt]he\s+)?[A-Z][\w'’&.-]*(?:\s+(?:of|for|on|the|[A-Z][\w'’&.-]*))*"
                          rf"{LISTED_REST.pattern}(?:\s+[A-Z][\w'’.-]*){{0,4}}")
_BODY_WORD = re.compile(r"[A-Z(][\w'’&.()-]*|of|for|on|the|dan|and|&")


def names_one_body(phrase: str, skip_titles: bool = False) -> bool:
    """True when a capitalised phrase holding "dan"/"and" or list commas names one institution:
    it opens with a head noun ("Kementerian …", "Department of …"), closes with an English one
    ("… Drug Administration"), or ends in an acronym of its words ("… Geofisika (BMKG)")."""
    words = [w.strip(",") for w in phrase.split()]
    if not words or not all(_BODY_WORD.fullmatch(w) for w in words):
        return False
    words = _without_leading_modifiers(words, skip_titles)
    if not words or words[0].startswith("("):
        return False    # ("kata( Budi": a bracket opening the phrase names no body)
    titled = [w for w in words if w.lower().rstrip(".") in lx.TITLE_WORDS]
    if titled and words[0].lower() not in lx.INSTITUTION_HEADS:
        return False    # "Kepala Badan X (ABC) Rina Sari", "Rina Sari Plh Kepala Balai X": a person
    acronym = next((w for w in words if w.startswith("(")), None)
    before = words[:words.index(acronym)] if acronym else words
    return (words[0].lower() in lx.INSTITUTION_HEADS or before[-1].lower() in lx.INSTITUTION_TAILS
            or bool(acronym) and _abbreviates(acronym.strip("()"), before))


def _without_leading_modifiers(words: list[str], skip_titles: bool) -> list[str]:
    # "the U.S. Department of …": the article and a country's abbreviation come before the head;
    # "Kepala Badan A, B, dan C": so may a title, when only where the name ends matters.
    k = 0
    # ("Ministry" is a title word too, but as the first word of a name it is the name's head.)
    while k < len(words) - 1 and (words[k].lower() == "the" or "." in words[k]
                                  or skip_titles and words[k].lower().rstrip(".") in lx.TITLE_WORDS
                                  and words[k].lower() not in lx.INSTITUTION_HEADS):
        k += 1
    return words[k:]


def _abbreviates(acronym: str, words: list[str]) -> bool:
    # "BMKG" for "Badan Meteorologi, Klimatologi, dan Geofisika": its capitals are initials of
    # the capitalised words, in order ("ESDM" skips the head "Kementerian").
    initials = iter(w[0] for w in words if w[:1].isupper())
    capitals = [c for c in acronym if c.isupper()]
    return len(capitals) >= 2 and all(c in initials for c in capitals)


def listed_name_start(head: str) -> int | None:
    """Where a name written as a list that closes ``head`` begins ("Dalam keterangannya, Badan
    A, B, dan C (ABC)" -> the offset of "Badan"); None when ``head`` does not end in one."""
    starts = [0] + [m.end() for m in re.finditer(r",\s+", head)]
    for start in starts:
        part = head[start:]
        if "," in part and _LISTED_NAME.fullmatch(part) and names_one_body(part, skip_titles=True):
            return start
    return None


_NOT_NAME_WORDS = lx.TITLE_WORDS | lx.ORG_WORDS | lx.PORTFOLIO_WORDS
_PARTICLE_WORDS = ("pun", "juga", "sendiri", "lah", "also", "himself", "herself")
_PARTICLES = re.compile(rf"\s+({'|'.join(_PARTICLE_WORDS)})$", re.I)


@lru_cache(maxsize=256)     # the source resolver asks again for the same phrase of one cut
def clean_speaker(raw: str) -> str:
    """A speaker phrase without quotes, trailing particles ("Rina pun") or line breaks."""
    speaker = " ".join(raw.split()).strip(" ,.:;\"“”'")
    if " " in speaker and _PRONOUN_THEN_LOWER.fullmatch(speaker):
        return speaker.split()[0]       # "kata dia menambahkan", "Ia hanya": the pronoun speaks
    if speaker.endswith(("ed", "en")):      # "a study published", "the complaint filed"
        speaker = _TRAILING_PARTICIPLE.sub("", speaker)
    if speaker[:1] in "DdFf" and (data := _DATA_OF.match(speaker)):
        speaker = speaker[data.end():]      # "Data BPS", "data from the Coastal Board"
    elif speaker.endswith((" data", " figures")) and (named := _NAMED_DATA.fullmatch(speaker)):
        speaker = named.group("who")        # "Statistics Norway (SN) data", "BPS figures"
    if speaker[:1].islower() and (named := _ONE_NAMED.fullmatch(speaker)):
        speaker = named.group("who")        # "pedagang bernama Sumarni (52)", "a farmer named Ana Ruiz"
    # A particle can only close the phrase: its last seven characters are enough to rule it out.
    return _PARTICLES.sub("", speaker) if may_hold_any(speaker[-7:], _PARTICLE_WORDS) else speaker


_ONE_NAMED = re.compile(r"(?:[a-z][\w-]*\s+){1,4}(?:bernama|named|called)\s+"
                        r"(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})(?:,?\s*\(?\d{1,3}\)?)?")


# A pronoun followed by lower-case words that are not part of any name: an adverb or a verb.
_PRONOUN_THEN_LOWER = re.compile(r"(?:[Ii]a|[Dd]ia|[Bb]eliau|[Hh]e|[Ss]he)(?:\s+[a-z]+){1,3}")


# Data credited with their publisher are the publisher's (dev 004: "the latest data revealed" in a
# press conference held by a statistics agency is credited to the agency), as "according to data
# from X" is: "data from the port office", "Data BPS", "Figures released by X", "data dari X"
# ("Data Protection Commission" is a name: bare "Data" goes only before an acronym or a body's word).
_DATA_OF = re.compile(r"(?:[Dd]ata|[Ff]igures)\s+(?:(?:from|by|of|dari|released\s+by|published\s+by)\s+"
                      r"(?=(?:the\s+)?[A-Z])|(?=[A-Z]{2,}\b|(?:Kementerian|Badan|Dinas|Satgas|Kepolisian|Polda|Polres"
                      r"|Pemerintah|Pemkot|Pemkab|Pemprov|Komisi|Lembaga|Pusat|Kantor|Direktorat|Balai)\b))")


# ... and so are data named after their publisher: "Statistics Norway (SN) data showed".
# (a name of two capitalised words or more, or an acronym: "Preliminary figures", "Government
# data" name no publisher)
_NAMED_DATA = re.compile(r"(?P<who>(?:[A-Z][\w'’.&-]*\s+){1,5}(?:[A-Z][\w'’.&-]*|\([A-Z]{2,8}\))|[A-Z]{2,8})"
                         r"\s+(?:data|figures)")


# The participle that starts a document's description ("a paper published on Sunday", "the
# motion filed in district court") is no part of the source's name.
_TRAILING_PARTICIPLE = re.compile(r"(?<=\w)\s+(?:published|filed|released|issued|conducted|posted|obtained"
                                  r"|seen|submitted|presented)$")


def frame_source(raw: str) -> str:
    """A frame's speaker as written, from its first capitalised or descriptive word."""
    return raw.strip(" ,.:;\"“”'")


_TITLE_OR_ORG_WORDS = lx.TITLE_WORDS | lx.ORG_WORDS     # joined once, not per word read


# Malaysian honours of two words before a full name: "Datuk Seri Azman Yusof", "Tan Sri Lee
# Chong Wah", "Toh Puan Aishah Ali" (two capitalised words must follow: "Tan Sri" alone may be a name).
_MALAYSIAN_TITLE = re.compile(r"^(?:(?:Datuk|Dato['’]?|Datin)\s+(?:Seri|Sri|Paduka)|(?:Tan|Puan)\s+Sri|Toh\s+Puan)\s+"
                              r"(?=[A-Z][\w'’-]*\s+[A-Z])")


def drop_titles(name: str) -> str:
    """"Kepala Dinas Rina Sari" -> "Rina Sari": the trailing run of capitalised words
    that are not titles, when there is one of at least two words; else the phrase.
    A phrase that starts with a name keeps that name ("Eka Dewi Plh Kepala X" -> "Eka Dewi")."""
    if name[:1] in "DTP":       # (most names open with no such honour)
        name = _MALAYSIAN_TITLE.sub("", name)
    words = name.split()
    if not any(_is_title(w) for w in words):
        return name
    lead = []
    for word in words:
        if not _NAME_TOKEN.fullmatch(word) or word.lower() in _TITLE_OR_ORG_WORDS:
            break
        lead.append(word)
    # "Eka Dewi Plh Kepala X": a name, then its capitalised title; "Red Cross secretary general
    # Ana Ruiz" names a body before a lowercase role, and the person comes after it.
    if 2 <= len(lead) < len(words) and words[len(lead)].lower() in lx.TITLE_WORDS \
            and not words[len(lead)][:1].islower() \
            and not _name_follows_title(words[len(lead)], words[len(lead) + 1:]):
        return " ".join(lead)
    run: list[str] = []
    for word in reversed(words):
        if not _NAME_TOKEN.fullmatch(word) or word.lower() in _NOT_NAME_WORDS or _is_title(word) \
                or word.startswith("(") or (word.isupper() and len(word) > 1):
            break
        run.insert(0, word)
    if len(run) == 1 and len(words) >= 2 and (words[-2].lower() in lx.HONORIFICS
                                              or words[-2].lower().rstrip(".") in _RANK_SERVICES):
        return run[0]       # "Dr Sørensen": the surname, whose full form is looked up later;
        #                     "Kombes Pol Dirmanto": a one-word name after a rank and its service
    return " ".join(run) if len(run) >= 2 and len(run) < len(words) else name


def _is_title(word: str) -> bool:
    # with or without its dot: "Ir.", "Drs.", "Atty." are the titles "ir", "drs", "atty"
    low = word.lower()
    return low in lx.TITLE_WORDS or low.rstrip(".") in lx.TITLE_WORDS


_RANK_SERVICES = lx.RANKS | frozenset("pol tni polri".split())
_EN_PORTFOLIO_TITLES = frozenset("minister secretary commissioner director chief".split())


def _name_follows_title(title: str, rest: list[str]) -> bool:
    # "Civil Protection Minister Ana Ruiz": an English portfolio before the title, the name after
    # it ("Rina Sari Kepala Bidang Humas" is a name, then the title and its office).
    return title.lower() in _EN_PORTFOLIO_TITLES and len(rest) >= 2 and all(_NAME_TOKEN.fullmatch(w) and w.lower() not in _NOT_NAME_WORDS
                                  and w.lower() not in lx.TITLE_WORDS for w in rest)


def is_pronoun(source: str | None) -> bool:
    """True for "he", "ia", "-nya" and definite epithets ("juru bicara itu")."""
    if not source:
        return False
    low = source.lower()
    return low in lx.PRONOUN_SOURCES or lx.ends_with_epithet(low) and low.split(None, 1)[0] not in lx.DOCUMENT_NOUNS


def is_named(source: str | None) -> bool:
    """True when the source contains a capitalised name word beyond its first word."""
    if not source or is_pronoun(source):
        return False
    return any(w[:1].isupper() for w in source.split())


def shorten_to_mention(name: str, mentions: set[str]) -> str:
    """Cut a long name to start at the word the article uses alone for that person
    ("Semarang Endro Santoso" with "ujar Endro" -> "Endro Santoso")."""
    words = name.split()
    for k, word in enumerate(words[:-1]):
        if k and word in mentions:
            return " ".join(words[k:])
    return name


# "Sen. Ana Ruiz of New Mexico", "Ana Ruiz of the port authority": the person before "of".
_PERSON_OF_PLACE = re.compile(r"^(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)+)\s+of\s+(?:the\s+)?[A-Z].*$")


def without_place(name: str) -> str:
    """A person's name without the place or body that follows it after "of"; organisations
    ("Bank of England", "Ministry of Health") keep theirs."""
    if "of" not in name:
        return name     # most names: the pattern, which backtracks through each word, needs an "of"
    m = _PERSON_OF_PLACE.match(name)
    return m.group("who") if m and is_person(drop_titles(m.group("who"))) else name


# The role may follow the body it serves: "ONS economist Ana Ruiz", "Harbor Bank analyst Tom Lee".
_LOWERCASE_ROLE = re.compile(r"^(?:[A-Z][\w'’&.-]*\s+){0,3}(?:[a-z][\w'’-]*\s+){1,4}"
                             r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)+)$")


def _without_lowercase_role(name: str) -> str:
    # "engineer Tom Hale", "agency spokeswoman Rina Cole": a role in lower case before the name.
    m = _LOWERCASE_ROLE.match(name)
    return m.group("name") if m and is_person(m.group("name")) else name


def _without_possessor(source: str) -> str:
    # "Lebanon's Ministry of Public Health": what follows the owner's "'s"
    # ("Lebanon's Ministry of Health's Firas Abiad": a person of the body, read as a person)
    owner, mark, rest = source.partition("'s ") if "'s " in source else source.partition("’s ")
    return rest if mark and " " not in owner and "'s " not in rest and "’s " not in rest else ""


def person_name(source: str, mentions: set[str]) -> str:
    """The person in a titled phrase: titles dropped, cut to the article's short mention, and
    when neither settles it, the last two words (most Indonesian names in news have two)."""
    if _is_plain_pair_of_words(source):
        return source       # most credits: "Sri Rahayu" (what the steps below give back unchanged)
    return _person_in_phrase(source, mentions)


def _is_plain_pair_of_words(source: str) -> bool:
    """Two words and one space, neither a title, with no comma, apostrophe, bracket or "of": each step of
    ``_person_in_phrase`` gives such a phrase back as it is (no place after "of", no owner's
    "'s", no name after a comma, no title to drop, no role in lower case before two capitalised
    words, no mention inside, no place before a name of two words or more)."""
    words = source.split()
    return len(words) == 2 and source == f"{words[0]} {words[1]}" and not _is_title(words[0]) \
        and not _is_title(words[1]) and not any(mark in source for mark in _NOT_PLAIN)


_NOT_PLAIN = (",", "'", "’", "of", "(")      # ("(": an acronym in brackets is read as a body's)


def _person_in_phrase(source: str, mentions: set[str]) -> str:
    if _INDEFINITE.match(source) or source.startswith("The "):
        return source       # "The Royal College of Nursing": a person's name never opens with "The"
    placed = without_place(source)
    if placed != source:    # "Ana Ruiz of the Port Board": a person, though "Board" closes a body
        return person_name(placed, mentions)
    if names_one_body(source) or is_joint(source) or names_one_body(_without_possessor(source)):
        return source       # a body (a country's or a city's: "Lebanon's Ministry of Health"), or two parties
    owned = _OWNED_BY_PERSON.match(source)
    if owned:       # "Chairman Ana Ruiz’s office": the titles go, the office stays hers
        return person_name(owned.group("owner"), mentions) + owned.group("owned")
    source = without_place(source)
    appositive = _name_after_role(source)
    if appositive:
        return appositive
    # (a profession opening the phrase is a title there only: "Ekonom Universitas X Budi Santoso")
    first, _, rest = source.partition(" ")
    profession = bool(rest) and first.lower() in lx.PROFESSION_TITLES
    if profession and len(rest.split()) <= 3 and rest.split()[0].lower() in lx.ORG_WORDS:
        return source       # "Pengamat Universitas Gadjah Mada": a body's observer, no name given
    dropped = drop_titles(rest if profession else source)
    name = shorten_to_mention(_without_lowercase_role(dropped), mentions)
    titled = profession or name != source and any(w.lower() in lx.TITLE_WORDS for w in source.split())
    words = _without_leading_place(name.split())
    # A lowercase role ("spokesperson Lalu Muhamad Iqbal") or a rank ("AKBP Rio Wahyu Anggoro")
    # sits right before the name, or the office's place was just cut off: no place is left
    # between, so the whole run is the name.
    # So does the body's acronym in brackets ("… Penanggulangan Bencana (BNPB) Sutopo Purwo Nugroho").
    whole = name != dropped or len(words) < len(name.split()) or _after_rank(source, words) \
        or _after_acronym_word(source, words)
    # The article's short mention of the first word ("kata Budi") shows where the name starts.
    if titled and len(words) >= 3 and not whole and not any(w in mentions for w in words):
        return _after_acronym(" ".join(words[-2:]))
    return _after_acronym(" ".join(words)) if titled else " ".join(words)


_OWNED_BY_PERSON = re.compile(r"(?P<owner>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)+)(?P<owned>['’]s\s+[a-z][\w-]*)")


def _after_acronym(name: str) -> str:
    # Only a short name is left after the body's acronym ("Tsunami BMKG Daryono" -> "Daryono");
    # "DKI Jakarta Wahyu Dinata" keeps its place for the other rules to settle.
    cut = without_leading_acronyms(name)
    return cut if len(cut.split()) <= 2 else name


# "A spokesperson for the Institute of X": an indefinite description of an unnamed speaker is
# copied as written (rule 6); the body it serves is not the speaker.
_INDEFINITE = re.compile(r"(?i:an?|another|one)\s+[a-z]")


def _without_leading_place(words: list[str]) -> list[str]:
    # "Kepala Dinas Kota Bogor Sri Nowo Retno": the place of the office before a three-word name.
    # Only a name of two or three words is left: four capitalised words after a place-like word
    # ("PT Sumber Tirta Raya Budi Halim") still hold the rest of a company's name.
    for k in (2, 1):
        if 2 <= len(words) - k <= 3 and " ".join(words[:k]).lower() in gz.PLACES:
            return words[k:]
    return words


def _after_acronym_word(source: str, words: list[str]) -> bool:
    before = source[:len(source) - len(" ".join(words))].split()
    # (only one in brackets, which closes a body's spelled-out name: after a bare one, another
    # short form may follow, "Direktur Perlindungan WNI Kemlu Judha Nugraha")
    return len(words) <= 3 and bool(before) and source.endswith(" ".join(words)) \
        and before[-1][:1] == "(" and _is_acronym(before[-1][1:].removesuffix(")"))


def _after_rank(source: str, words: list[str]) -> bool:
    before = source[:len(source) - len(" ".join(words))].split()
    return bool(before) and source.endswith(" ".join(words)) and (
        before[-1].lower().rstrip(".") in _RANKS | _EN_TITLES_BEFORE_A_NAME
        or before[-1][:1].islower() and before[-1] not in _JOINERS)


# Lowercase words that join the parts of an office's name, not a role: "Menteri Pemuda dan
# Olahraga X" may still hold a word of the office before the name.
_JOINERS = frozenset("dan and of for the di in on at dari untuk & serta".split())


# Ranks and honorifics written right before a person's full name; military ranks too.
_RANKS = lx.RANKS | frozenset("pol jenderal mayjen letjen laksda marsda kolonel letkol mayor kapten".split()) \
    | {w.rstrip(".") for w in lx.HONORIFICS}
# An English title ends its phrase, so the capitalised words after it are all the name: "Deputy
# Prime Minister Tran Hong Ha", "Health Minister Budi Gunadi Sadikin" (an Indonesian title is
# followed by its office: "Menteri Keuangan Sri Mulyani").
_EN_TITLES_BEFORE_A_NAME = frozenset("""minister president premier chancellor secretary governor senator
ambassador judge spokesman spokeswoman spokesperson chairman chairwoman commissioner""".split())
# "Plh Sekretaris Daerah Kota Bogor, Hanafi": the name in apposition after a titled phrase.
_APPOSED_NAME = re.compile(r",\s*(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})$")


def _name_after_role(source: str) -> str | None:
    m = _APPOSED_NAME.search(source)
    if not m:
        return None
    name = _without_rank(m.group("name").split())
    role = source[:m.start()].split()
    if not is_person(name) or not any(w.lower().rstrip(".") in lx.TITLE_WORDS for w in role):
        return None
    return name


# "Marsdya TNI Kusworo", "Kombes Pol Rina Sari": a rank and its service before the name.
_SERVICES = frozenset("tni pol polri".split())


def _without_rank(words: list[str]) -> str:
    k = 0
    while k < len(words) - 1 and (words[k].lower().rstrip(".") in lx.TITLE_WORDS or words[k].lower() in _SERVICES):
        k += 1
    return " ".join(words[k:])


_CONJUNCTION = re.compile(r"\s+(?:dan|and)\s+")


def is_joint(source: str) -> bool:
    """True for two parties credited together ("Budi dan Ani", "Polri dan TNI", "Kapolri X dan
    Panglima TNI Y"): rule 6 copies the subject as written, so neither is dropped. The words
    after a title's "dan" complete its portfolio ("Menteri Kelautan dan Perikanan X")."""
    parts = _CONJUNCTION.split(source, maxsplit=1)
    if len(parts) < 2 or not parts[1][:1].isupper() or not parts[0][:1].isupper():
        return False
    second = parts[1].split()[0].lower().rstrip(".")
    if second in lx.TITLE_WORDS or second in lx.ORG_WORDS:
        return True
    if any(w.lower().rstrip(".") in lx.TITLE_WORDS for w in parts[1].split()[1:]):
        return False    # "Energy and Mineral Resources Minister X": the portfolio before a title
    first = parts[0].split()
    return is_person(parts[0]) or len(first) == 1 and (first[0].isupper() or first[0].lower() in lx.ORG_WORDS)


def without_leading_acronyms(name: str) -> str:
    """"BMKG Daryono", "Tsunami BMKG Daryono" -> "Daryono": an acronym names the body the person
    works for, never a part of the person's name; what follows the last one is the name."""
    words = name.split()
    last = max((k for k, w in enumerate(words[:-1]) if _is_acronym(w.removeprefix("(").removesuffix(")"))),
               default=-1)
    return " ".join(words[last + 1:]) if last >= 0 else name


def _is_acronym(word: str) -> bool:
    return len(word) >= 2 and word.isupper() and word.isalpha()


@lru_cache(maxsize=1024)     # the name lists and the source resolver ask about the same names again
def is_person(name: str) -> bool:
    """A capitalised name of one to four words with no organisation or title word."""
    words = name.split()
    return 0 < len(words) <= 4 and all(w[:1].isupper() for w in words) and not any(
        w.lower().strip("()") in lx.ORG_WORDS or w.lower() in lx.TITLE_WORDS for w in words)
