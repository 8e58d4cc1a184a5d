"""Words around a number: the qualifier before it, the unit or counted noun after it."""
from __future__ import annotations

import re

from claims.lexicon_numbers import QUALIFIERS_BEFORE
from claims.lexicon import EN_AUX_SEARCH, ID_AUX, ID_VERB_PREFIX, NOT_VERBS, TITLE_WORDS, TRANSITIVE_PASTS
from claims.text_features import holds_any
from claims.lexicon_units import CASE_SENSITIVE_UNITS, CURRENCY_WORDS, DIGIT_ONLY_UNITS, UNIT_SPELLINGS, UNITS

# The qualifier may stand a few words before a copula: "sekurang-kurangnya adalah 95 persen",
# "masa tunggu minimal adalah dua pekan", "setidaknya sebanyak 40 orang".
_COPULAS = frozenset("adalah ialah yaitu yakni sebanyak sebesar berjumlah mencapai is was are were of".split())
# An estimate word earlier in the clause still qualifies the number ("diperkirakan uang
# tersebut berjumlah Rp 2 miliar"), as long as no clause break or other number intervenes.
_TIME_TO = frozenset({"hingga", "sampai", "until"})
# A place word of comparison with a noun after it bounds the noun, not the figure it is given.
_COMPARED_WITH_A_NOUN = frozenset({"atas", "bawah", "above", "below", "over", "under"})
_ESTIMATES = frozenset({"diperkirakan", "diprediksi", "ditaksir", "estimated"})
# Split on every mark in one pass of the engine (a greedy regex to the last mark would
# backtrack over the whole stretch for every number; a reverse search per mark costs more).
_CLAUSE_MARK = re.compile(r"[,;:.!?()\n]")
_DIGIT = re.compile(r"\d")
_BEFORE_WORDS = re.compile(r"[^\s\"“”‘(\[]+")      # a quotation mark opening a quote is no part of a word
_LONGEST_QUALIFIER = max(len(q.split()) for q in QUALIFIERS_BEFORE)
# The last words of the qualifiers: a clause ending in another word has none, and is answered
# with one set look-up instead of a join per possible length.
_QUALIFIER_LAST_WORDS = frozenset(q.split(" ")[-1] for q in QUALIFIERS_BEFORE)
# The first word after a number alone: most numbers are followed by a word that no unit
# phrase starts with, and the three optional words after it need not be read. (Those are
# optional, so _NEXT_WORDS never backtracks into the first word: both read it alike.)
_FIRST_OF_NEXT_WORDS = r"(?P<sep>\s{1,3}|-)?(?P<w1>%|°[CcFf]|[^\W\d_][\w²/’'-]*)"
_FIRST_WORD = re.compile(_FIRST_OF_NEXT_WORDS)
# Up to four words after a number, for unit look-up in the word tables ("persen poin",
# "dolar as", "km/jam", "-day", "%", "micrograms per cubic metre").
_NEXT_WORDS = re.compile(_FIRST_OF_NEXT_WORDS +
                         r"(?:\s(?P<w2>[^\W\d_][\w’'-]*))?(?:\s(?P<w3>[^\W\d_][\w-]*))?"
                         r"(?:\s(?P<w4>[^\W\d_][\w-]*))?")
_WORD = re.compile(r"\s+(?P<w>[^\W\d_][\w’'-]*)")
# Every unit phrase starts with one of these words: after any other word (most counted nouns)
# there is no unit, which one look-up settles before the phrases are built.
_UNIT_PHRASES = frozenset(UNITS) | frozenset(CURRENCY_WORDS)
_UNIT_FIRST_WORDS = frozenset(p.split(" ")[0] for p in _UNIT_PHRASES)
_OF_NOUN = re.compile(r"\s+of\s+([a-z][\w-]*)")
_ADDED = frozenset({"more", "other", "additional", "extra", "new"})
_OF_THE_NOUN = re.compile(r"\s+of\s+(?:the|its|their|our)\s+([a-z][\w-]*)")
# "10 Airbus A320neo jets", "six of its Embraer E190 planes": a maker and a model code (it holds a
# digit) stand between the number and the counted noun.
_MODEL_THEN_NOUN = re.compile(r"(?:\s+of\s+(?:its|their|the))?\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?"
                              r"\s+[A-Za-z]{0,3}\d[\w-]*\s+([a-z][\w-]*)")
# "SMP", "TEUs", "Republicans": an acronym (or its plural) or a capitalised English plural
# after a number is the counted thing; months, days, time zones and units are not.
_ACRONYM = re.compile(r"[A-Z]{2,5}s?|[A-Z][a-z]{3,}(?:an|er|ist|ian|crat)s")
_NOT_COUNTED_CAPITALS = frozenset({"WIB", "WITA", "WIT", "GMT", "UTC", "AM", "PM", "BC", "AD", "CE", "BCE",
                                   "KM", "MW", "GW", "KG", "CM", "MM", "TB", "GB", "MB"})
# "injuring 31 others", "19 missing", "12 lainnya": the counted noun is elided, shared with
# the count before it (quantities._share_counted_nouns).
_ELIDED_NOUNS = frozenset({"others", "missing", "injured", "wounded", "hurt", "killed", "lainnya"})

STOPWORDS = frozenset("""
yang dan di ke dari pada untuk dengan atau itu ini adalah ialah merupakan sebagai telah sudah
akan masih juga tersebut per oleh dalam sejak selama hingga sampai saat ketika lalu kemudian
serta para pun lebih kurang hanya saja sekitar menjadi sebanyak sebesar atas bawah antara
terhadap tanpa bagi tiap setiap sedangkan namun tetapi karena agar jika bila berhasil tidak
belum bisa dapat harus pula lagi sementara masing-masing mereka kami kita ia dia saya nya
diantaranya di antaranya lainnya sekaligus hanyalah
the a an of in on at to from for with by and or but is are was were be been being has have
had will would could should may might that which who whom whose this these those it its as
than more less over under per each every after before during since until into out up down
said says say also only just about around among between against than then there their they
we he she his her our you your i me my them not no yet still so such off while when where
onto upon toward towards across through inside outside beyond within without
""".split())
# Head nouns that need their complement: "truk bantuan", "anggota DPRD", "trucks of petrol".
_CONTAINERS_ID = {"truk", "anggota", "surat", "kepala", "kantong", "karung", "paket", "botol",
                  "kotak", "unit", "lembar", "kapal", "pesawat", "bus", "mobil"}
# A body named in full, then its acronym in brackets: the acronym is how the count names it.
_NAME_THEN_ACRONYM = re.compile(r"(?:\s+[A-Z][\w-]*){1,6}\s+\((?P<a>[A-Z]{2,6})\)")
_CONTAINERS_EN = {"trucks", "truckloads", "bags", "sacks", "boxes", "tons", "tonnes", "barrels",
                  "bottles", "packages", "cartons", "containers", "loads", "units", "truck"}


def qualifier_before(text: str, pos: int, lo: int) -> str | None:
    """The qualifier written just before ``pos`` ("sekitar", "at least"...), or None."""
    before = text[max(lo, pos - 80):pos].lower()
    if before.endswith("±"):
        return "approx"
    if _plainly_unqualified(before):
        return None                              # most numbers: the clause below is not read
    clause = _CLAUSE_MARK.split(before)[-1]      # what follows the last clause mark
    words = _BEFORE_WORDS.findall(clause)[-8:]
    found = _qualifier_ending(words)
    if found is None and words and words[-1] in _COPULAS:
        # ("above forecasts of 1.5%": a bound before a noun and "of" bounds the noun, not the
        # figure; only a bound right before "of" is the figure's, "at least of 30 percent")
        reach = 3 if words[-1] == "of" else 6
        for cut in range(len(words) - 2, max(-1, len(words) - reach), -1):
            # "sejak Jumat hingga Sabtu malam mencapai 31.420": "hingga" there ends a period.
            if (found := _qualifier_ending(words[:cut + 1])) is not None and words[cut] not in _TIME_TO:
                if words[cut] in _COMPARED_WITH_A_NOUN and cut < len(words) - 2:
                    return None     # "di atas target pemerintah sebesar 3 persen": the target is 3
                break
            found = None
    if found is None and _ESTIMATES.intersection(words) and not _DIGIT.search(clause):
        return "approx"
    return found


_ESTIMATE_WORDS = tuple(sorted(_ESTIMATES))


def _plainly_unqualified(before: str) -> bool:
    """True when ``qualifier_before`` finds nothing in ``before`` (lower-cased), told without
    splitting it into clauses and words: its last word is plain (letters and digits only, so no
    clause mark or quotation mark cuts it, and no line break follows it), ends no qualifier and
    is no copula, and no estimate word is written in it."""
    stripped = before.rstrip()
    if not stripped or "\n" in before[len(stripped):]:
        return False                             # (a line break ends the clause: read in full)
    last = stripped.rsplit(None, 1)[-1]          # the last word the full reading finds, if plain
    if not last.isalnum() or last in _QUALIFIER_LAST_WORDS or last in _COPULAS:
        return False
    return not holds_any(before, _ESTIMATE_WORDS)


def _qualifier_ending(words: list[str]) -> str | None:
    if not words or words[-1] not in _QUALIFIER_LAST_WORDS:
        return None
    for n in range(min(_LONGEST_QUALIFIER, len(words)), 0, -1):
        qualifier = QUALIFIERS_BEFORE.get(" ".join(words[-n:]))
        if qualifier:
            return qualifier
    return None


def measure_after(text: str, pos: int, hi: int, words: bool) -> tuple[str | None, int]:
    """A unit of measure or currency word right after ``pos``: (unit, end) or (None, pos)."""
    m = _FIRST_WORD.match(text, pos, hi)
    if not m:
        return None, pos
    sep, first = m.group("sep", "w1")
    if sep is None and first[0].isalnum():
        return None, pos
    if first.endswith(("'", "’")) and (unit := _unit_for(first[:-1].lower(), first[:-1], 1, words)):
        return unit, m.end("w1")        # "18 months' jail": a unit in the possessive
    # (most numbers: a word that opens no unit phrase and holds no "/" that a unit may end at)
    if first.lower() not in _UNIT_FIRST_WORDS and ("/" not in first or first.partition("/")[0].lower() not in _UNIT_PHRASES):
        return None, pos
    m = _NEXT_WORDS.match(text, pos, hi)           # the same first word, and the words after it
    found = [(m.group(g), m.end(g)) for g in ("w1", "w2", "w3", "w4") if m.group(g)]
    for n in range(len(found), 0, -1):
        phrase = " ".join(w for w, _ in found[:n]).lower()
        unit = _unit_for(phrase, found[0][0], n, words)
        if unit and n == 1 and phrase in UNIT_SPELLINGS and found[0][0].isupper() and len(found) > 1 \
                and _noun_after_acronym(found[1][0], "id"):
            return None, pos            # "12 VA hospitals": an acronym naming the counted thing
        if unit:
            return unit, found[n - 1][1]
    head, _, _ = found[0][0].partition("/")          # "persen/tahun": the unit is "persen"
    unit = _unit_for(head.lower(), head, 1, words) if head != found[0][0] else None
    return (unit, m.start("w1") + len(head)) if unit else (None, pos)


def _unit_for(phrase: str, raw_first: str, size: int, words: bool) -> str | None:
    if phrase in UNITS:
        if size == 1 and phrase in CASE_SENSITIVE_UNITS and raw_first not in (phrase, "L"):
            return None
        if size == 1 and phrase in UNIT_SPELLINGS and raw_first not in UNIT_SPELLINGS[phrase]:
            return None
        if words and phrase in DIGIT_ONLY_UNITS:
            return None
        return UNITS[phrase]
    return CURRENCY_WORDS.get(phrase) if size > 1 or phrase in CURRENCY_WORDS else None


# "17 of the 42 passengers", "17 dari 42 penumpang", "seven of their final nine matches": a part
# of a counted whole counts the whole's noun, written after the second number.
_PART_OF_WHOLE = re.compile(r"\s+(?:of|dari)\s+(?:(?:the|its|their|his|her|our|total|a\s+total\s+of)\s+)?"
                            r"(?:(?:final|previous|last|first|next|past|remaining|opening)\s+)?"
                            r"(?:\d{1,3}(?:[.,]\d{3})*(?![\d.,]?\d)|(?:two|three|four|five|six|seven|eight|nine|ten"
                            r"|eleven|twelve|fifteen|twenty)\b)")
# "a two-car train", "a 12-member team": the counted noun glued to the number by a hyphen.
_HYPHENED_NOUN = re.compile(r"-(?P<w>[a-z]{3,})\b(?!-)")
# The word _PART_OF_WHOLE opens with (after the white space, as _WORD reads it).
_PART_WORDS = frozenset({"of", "dari"})


def counted_noun_after(text: str, pos: int, hi: int, language: str) -> str | None:
    """The counted noun as written ("orang", "truk bantuan", "trucks of petrol"), or None."""
    first = _WORD.match(text, pos, hi)
    # (the word after the number tells which of the shapes below can follow: most are none)
    word = first.group("w") if first else ""
    if word in _PART_WORDS and (whole := _PART_OF_WHOLE.match(text, pos, hi)) \
            and not measure_after(text, whole.end(), hi, False)[0] \
            and (noun := counted_noun_after(text, whole.end(), hi, language)):
        return noun
    # (gate: nearly every number has no hyphen right after it)
    if text.startswith("-", pos, hi) and (glued := _HYPHENED_NOUN.match(text, pos, hi)) \
            and _is_noun_like(glued.group("w")):
        return glued.group("w")
    if language == "en" and word == "of" and (group := _OF_THE_NOUN.match(text, pos, hi)) \
            and _is_noun_like(group.group(1)):
        return group.group(1)                       # "Thirty-one of the dead", "15 of its zones"
    if language == "en" and (word == "of" or "A" <= word[:1] <= "Z") \
            and (model := _MODEL_THEN_NOUN.match(text, pos, hi)) and _is_noun_like(model.group(1)):
        return model.group(1)
    if first and first.start("w") - pos <= 2 and _is_acronym_noun(word):
        after = _WORD.match(text, first.end(), hi)
        if after and word.isupper() and _noun_after_acronym(after.group("w"), language):
            return f"{word} {after.group('w')}"          # "3 US soldiers", "63 SMP negeri"
        return word
    if language == "id" and first and (office := _office_counted(text, first, hi)):
        return office
    if first and language == "en" and word in _ADDED:
        pos = first.end()                                    # "60 more stores", "two other men"
        first = _WORD.match(text, pos, hi)
        word = first.group("w") if first else ""
    if not first or not _is_noun_like(word) or first.start("w") - pos > 2 or _TIME_AFTER.match(text, first.start("w"), hi):
        return None
    noun, end = word, first.end()
    if noun.lower() in _ELIDED_NOUNS:
        return None
    if language == "en" and noun.lower() in _CONTAINERS_EN:
        rest = _OF_NOUN.match(text[end:hi])
        return f"{noun} of {rest.group(1)}" if rest and rest.group(1) not in STOPWORDS else noun
    if language == "id" and noun.lower() not in _CONTAINERS_ID:
        return noun            # only a container takes a second word in Indonesian (_takes_second_word)
    second = _WORD.match(text, end, hi)
    if language == "en" and _past_tense(noun) and (_acts_on_an_object(text, noun, end, hi)
                                                   or not (second and _is_noun_like(second.group("w")))):
        return None            # "6,200 watched the game"; "14,000 affected passengers" reads on
    if language == "id" and noun.lower() in _CONTAINERS_ID and (short := _NAME_THEN_ACRONYM.match(text, end, hi)):
        return f"{noun} {short.group('a')}"          # "anggota Dewan Perwakilan Rakyat Daerah (DPRD)"
    if second and _takes_second_word(noun, second.group("w"), language) \
            and not (language == "id" and _TIME_AFTER_ID.match(text, second.start("w"), hi)):
        third = _WORD.match(text, second.end(), hi)
        if language == "en" and third and _plural_head(second.group("w"), third.group("w")):
            return f"{noun} {second.group('w')} {third.group('w')}"   # "600 temporary vaccination posts"
        return f"{noun} {second.group('w')}"
    return noun


# "rose to 27 last year", "fell to 40 last month": the time of the figure, not what it counts
# ("the 3 last survivors" counts survivors)
_TIME_AFTER = re.compile(r"(?:last|next)\s+(?:night|week|weekend|month|year|season|quarter|time|summer|winter"
                         r"|spring|autumn|fall)\b")


# "250 unit bulan lalu", "40 truk pekan ini": the time of the count, no second word of its noun
_TIME_AFTER_ID = re.compile(r"(?:hari|pekan|minggu|bulan|tahun|kuartal|triwulan|semester)\s+(?:lalu|ini|depan|sebelumnya"
                            r"|kemarin|terakhir|mendatang)\b", re.I)


def _acts_on_an_object(text: str, verb: str, end: int, hi: int) -> bool:
    """"72 suffered minor injuries": a past that takes an object, with no verb after the phrase,
    is the count's own verb ("15 signed contracts were cancelled" describes its noun)."""
    if verb.lower() not in TRANSITIVE_PASTS:
        return False
    stop = min(hi, end + 60)
    close = min((i for i in (text.find(",", end, stop), text.find(".", end, stop), text.find(" and ", end, stop))
                 if i >= 0), default=stop)
    return EN_AUX_SEARCH.search(text, end, close) is None


def _past_tense(word: str) -> bool:
    low = word.lower()
    return len(low) > 4 and low.endswith("ed") and not low.endswith("eed")


def _plural_head(second: str, third: str) -> bool:
    """A phrase runs on to a plural head noun ("temporary vaccination posts")."""
    return not second.endswith("s") and third.endswith("s") and not third.endswith("ss") \
        and third[0].islower() and third.lower() not in STOPWORDS


def _office_counted(text: str, first: re.Match, hi: int) -> str | None:
    """"empat orang pejabat", "dua orang Kepala Dinas", "dua Kepala Dinas": the office held
    is the counted noun; "orang" is only the classifier for people."""
    word = first
    if word.group("w").lower() == "orang":
        word = _WORD.match(text, word.end(), hi)
    if not word or word.group("w").lower() not in TITLE_WORDS or word.group("w").lower() == "orang":
        return None
    if word is first and word.group("w")[0].islower():
        return None                                # "dua pejabat" is read the ordinary way
    office, second = word.group("w"), _WORD.match(text, word.end(), hi)
    if second and office.lower() in _CONTAINERS_ID and second.group("w").lower() not in STOPWORDS:
        return f"{office} {second.group('w')}"
    return office


def _noun_after_acronym(word: str, language: str) -> bool:
    if not word[0].islower() or len(word) < 2 or word.lower() in STOPWORDS:
        return False
    if language == "en":
        return not _past_tense(word)
    # "PMI dideportasi", "3.500 VA naik": a verb; "2.200 VA tarifnya": a noun with its owner, the
    # next phrase of the clause, not a word of the counted thing
    return not ((ID_VERB_PREFIX.match(word) and word not in NOT_VERBS) or word in ID_AUX or word.endswith("nya"))


def _is_acronym_noun(word: str) -> bool:
    return word[0].isupper() and word not in _NOT_COUNTED_CAPITALS and bool(_ACRONYM.fullmatch(word))


def _is_noun_like(word: str) -> bool:
    return (word[0].islower() and word.lower() not in STOPWORDS and len(word) > 1
            and not _INDONESIAN_VERB.match(word))


# Indonesian active and intransitive verbs ("mengguncang", "menewaskan", "bertambah") follow
# numbers often ("5,6 mengguncang") but are never the counted thing.
_INDONESIAN_VERB = re.compile(r"(?:meng|meny|mem|men|ber)[a-z]{4,}$|di[a-z]{3,}kan$")


def _takes_second_word(noun: str, word: str, language: str) -> bool:
    if word.lower() in STOPWORDS or not word[0].isalpha():
        return False
    if language == "id":
        return noun.lower() in _CONTAINERS_ID
    ends_plural = noun.lower().endswith("s") or noun.lower() in ("people", "children", "men", "women")
    return not ends_plural and word[0].islower() and not word.endswith(("ed", "ly"))
