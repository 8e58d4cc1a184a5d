"""Sources across sentences (labelling rule 6): report sentences placed after a claim,
quotations continued in a later paragraph or left open until one, pronouns and epithets, and
fullest name forms."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from itertools import takewhile

from claims import gazetteer as gz
from claims import lexicon as lx
from claims import lexicon_dates as ld
from claims.attribute import clean_speaker, drop_titles, is_named, is_person, is_plural_group, is_pronoun, person_name
from claims.entity_evidence import written_in_lower_case
from claims.names import NameIndex
from claims.segment import rough_sentence_start
from claims.text_features import _ODD_FOLDS
from claims.cut import Cut


def resolve_sources(text: str, sentences) -> list[Cut]:
    """All cuts of ``sentences`` with their final source, in text order."""
    sentences = _apply_reports(text, list(sentences))
    sentences = _continue_quotes(_open_quotes_take_the_next_speaker(text, sentences))
    sentences = _lists_take_the_lead_in_speaker(text, sentences)
    names: list[str] = []
    mentions = {clean_speaker(s) for s in set(_all_sources(sentences)) if s and len(s.split()) == 1}
    index = _People(NameIndex(text), mentions)
    out = []
    owners: list[int] = []      # the sentence of each cut in ``out``
    epithets: dict[str | None, bool] = {}
    genders: dict[str, str] = {}    # person -> "he" or "she", as the text called them
    earlier: list[str] = []
    named_until = 0     # where the text last credited a named speaker
    for k, sentence in enumerate(sentences):
        resolved = {}
        owners.extend([k] * len(sentence.cuts))
        for cut in sentence.cuts:
            kind, as_read = index.read(cut.source)      # (asked once per cut, used again below)
            if kind == "pronoun" and clean_speaker(cut.source).lower() in _SINGULAR:
                # A person brought in after the last credited speaker, by a sentence that kept
                # no claim ("Bupati X, Y, meminta warga …"), is the nearest name (rule 6).
                newcomer = _introduced_person(text, named_until, cut.start, index.fullest_person)
                if newcomer:
                    names.append(index.fullest_person(newcomer))
                    named_until = cut.start
            if kind == "pronoun" and clean_speaker(cut.source).lower() in _PLURAL and earlier \
                    and is_plural_group(earlier[-1]):
                out.append(_with_source(cut, earlier[-1]))      # "Hospital officials said … They said …"
                continue
            if cut.source not in epithets:
                epithets[cut.source] = bool(_COMPANY_EPITHET.fullmatch(clean_speaker(cut.source or "")))
            if epithets[cut.source]:
                out.append(_with_source(cut, _nearest_company(text, cut.end) or _opening_name(text, cut)
                                        or _opening_name_before(text, cut) or cut.source))
                continue
            # (each of these reads the cut's source phrase: a cut with none, most, names nobody)
            named = _named_elsewhere(text, cut, earlier, names, genders) if cut.source else None
            if named:
                out.append(_with_source(cut, named))
                continue
            if cut.source and _BODY_EPITHET.search(clean_speaker(cut.source)):
                # "kata lembaga tersebut" with no body named before: a body, never the last
                # person, so it stays as written
                out.append(cut)
                continue
            if cut.source:
                earlier.append(clean_speaker(cut.source))
            if cut.source not in resolved:
                # An outlet that relays the words ("Mengutip Antara, …") is nobody "ujarnya"
                # can point back at: it joins no list of people.
                resolved[cut.source] = as_read or cut.source if _relayed(text, cut) \
                    else _resolve(index, cut.source, names, genders)
            if kind == "name" and not _relayed(text, cut):
                named_until = max(named_until, cut.end, cut.frame[1] if cut.frame else 0)
            out.append(_with_source(cut, resolved[cut.source]))
        if sentence.speaker and sentence.speaker not in resolved:
            _resolve(index, sentence.speaker, names)
        if sentence.report:     # "Hal itu disampaikan X": X is the latest person named for "kata dia"
            _resolve(index, sentence.report, names)
    spelled = _spelled_out_acronyms(text)
    return [_on_one_line(_in_full(cut, spelled)) for cut in _bracketed_by_one_speaker(sentences, out, owners)]


def _named_elsewhere(text: str, cut: Cut, earlier: list[str], names: list[str], genders: dict) -> str | None:
    """The name that the cut's source phrase, an epithet, a role or "it", stands for (rule 6)."""
    if not _may_stand_for_a_name(clean_speaker(cut.source)):
        return None         # a proper name, most sources: none of the readers below applies
    return _named_by_head(text, cut, earlier) or _publisher_of_data(text, cut, earlier) \
        or _named_central_bank(text, cut) or _named_body(text, cut, earlier) or _name_after_role(text, cut) \
        or _antecedent_of_it(text, cut) or _body_credited_before_it(text, cut, names, genders)


_EPITHET_ENDINGS = ("itu", "tersebut", "ini")


def _may_stand_for_a_name(source: str) -> bool:
    """False when no reader of _named_elsewhere takes the phrase: each first asks for one of
    these shapes (case-blind): "the …" (_named_by_head, _publisher_of_data), a "bank"
    (_named_central_bank), "… itu", "… tersebut" or "… ini" (_named_body), a phrase opening
    in lower case (_name_after_role) or "it". Lower-casing keeps these ASCII words but where
    a case-blind pattern equates an odd letter with "i" or "s" (_ODD_FOLDS): such a phrase
    takes every reader."""
    low = source.lower()
    return source[:1].islower() or low.startswith("the") or "bank" in low or low.endswith(_EPITHET_ENDINGS) \
        or low == "it" or (not source.isascii() and any(odd in source for odd in _ODD_FOLDS))


# "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)", "the World Health Organization (WHO)":
# a body written out once with its acronym; a later "BMKG" or "The WHO" is credited in that
# fullest form (rule 6).
_SPELLED_OUT = re.compile(r"(?P<name>[A-Z][\w'’-]*(?:,?\s+(?:dan\s+|and\s+|of\s+the\s+|of\s+|for\s+|on\s+|untuk\s+)?"
                          r"[A-Z][\w'’-]*){1,8})"
                          r"\s+\((?P<acronym>[A-Z]{2,8})\)")
_BARE_ACRONYM = re.compile(r"(?:[Tt]he\s+)?(?P<acronym>[A-Z]{2,8})")
# Every _SPELLED_OUT match ends with this: an article without it (most) skips the search,
# which tries each capitalised word as the start of a long run of names.
_BRACKETED_ACRONYM = re.compile(r"\([A-Z]{2,8}\)")


def _spelled_out_acronyms(text: str) -> dict[str, str]:
    if "(" not in text or not _BRACKETED_ACRONYM.search(text):
        return {}
    found: dict[str, str] = {}
    for m in _SPELLED_OUT.finditer(text):
        acronym = m.group("acronym")
        name = _words_of_the_acronym(m.group("name"), acronym)
        if name:
            found.setdefault(acronym, f"{name} ({acronym})")
    return found


_CAPITALISED = re.compile(r"[A-Z][\w'’-]*")


def _words_of_the_acronym(name: str, acronym: str) -> str | None:
    # The name is the last run of capitalised words whose initials spell the acronym ("Tim
    # Basarnas, Polri, dan Badan Penanggulangan Bencana Daerah (BPBD)" -> "Badan …
    # Daerah"); a name that merely precedes a bracketed code ("Presiden Joko Widodo (RI)")
    # spells nothing.
    words = list(_CAPITALISED.finditer(name))
    k = len(words) - len(acronym)
    if k >= 0 and "".join(w.group()[0] for w in words[k:]) == acronym:
        return name[words[k].start():]
    return _translated_body(name)


def _translated_body(name: str) -> str | None:
    # "the Corruption Eradication Commission (KPK)": a body named in English keeps the acronym
    # of its own language, which its initials do not spell; a body word in the name (commission,
    # agency, badan …) still ties the two, where a person's name before a code does not.
    # (the body after "of the": "Trade Minister X of the National Harbour Party (PPN)" is a person of it)
    last = _LEADING_JOINER.sub("", _OF_THE.split(name.split(",")[-1].strip())[-1])
    words = last.lower().split()
    return last if len(words) >= 2 and not lx.ORG_WORDS.isdisjoint(words) else None


_LEADING_JOINER = re.compile(r"^(?:(?:the|dan|and)\s+)+", re.I)
_OF_THE = re.compile(r"\s+of\s+the\s+")


def _in_full(cut: Cut, spelled: dict[str, str]) -> Cut:
    m = _BARE_ACRONYM.fullmatch(cut.source) if spelled and cut.source else None
    return _with_source(cut, spelled[m.group("acronym")]) if m and m.group("acronym") in spelled else cut


def _on_one_line(cut: Cut) -> Cut:
    # A source never runs over a line break (a pattern's white space may have crossed one): of
    # the pieces, the longest is the name ("Instagram\nMedan Langit Biru Air" -> the airline).
    # Nor does it take the full stop of the sentence it closes ("…, kata kuasa hukumnya, Budi
    # Santoso."), as the speaker readers already leave it out elsewhere.
    if cut.source and cut.source.endswith("."):
        cut = _with_source(cut, cut.source[:-1])
    if not cut.source or "\n" not in cut.source:
        return cut
    return _with_source(cut, max((p.strip() for p in cut.source.split("\n")), key=len))


def _bracketed_by_one_speaker(sentences, out: list[Cut], owners: list[int]) -> list[Cut]:
    """"X: A. B. C, ujar X.": a paragraph that ends in a reporting tail and follows a sentence
    credited to the same speaker goes on reporting that speaker in between; its sentences with
    no source of their own are the speaker's too (rule 6)."""
    by_sentence: dict[int, list[int]] = {}
    for i, k in enumerate(owners):
        by_sentence.setdefault(k, []).append(i)
    for k, sentence in enumerate(sentences):
        if not k or sentences[k - 1].paragraph != sentence.paragraph \
                or (k + 1 < len(sentences) and sentences[k + 1].paragraph == sentence.paragraph):
            continue    # (most sentences: alone in their paragraph, or not its last) nothing in between
        tail = _tail_speaker(out, by_sentence.get(k, []))
        if not tail:
            continue
        between = list(takewhile(lambda j: sentences[j].paragraph == sentence.paragraph, range(k - 1, -1, -1)))
        before = (between[-1] if between else k) - 1
        opener = [out[i] for i in by_sentence.get(before, []) if not out[i].embedded]
        if not between or not opener or any(c.source != tail for c in opener):
            continue
        inside = [i for j in between for i in by_sentence.get(j, [])]
        if any(out[i].source not in (None, tail) for i in inside):
            continue    # another speaker in between: the bracket is broken
        # Only sentences that credit no one are filled; a credited sentence already settled
        # its embedded facts (a speaker's own description keeps no source).
        for j in between:
            cuts = by_sentence.get(j, [])
            if all(out[i].source is None and not out[i].quote for i in cuts):
                for i in cuts:
                    out[i] = _with_source(out[i], tail)
    return out


def _tail_speaker(out: list[Cut], cuts: list[int]) -> str | None:
    # A tail is a frame that comes after the claim it credits; a quotation's tail credits its
    # own words only.
    main = [out[i] for i in cuts if not out[i].embedded]
    if not main or not all(c.frame and c.frame[0] >= c.end and c.source and not c.quote for c in main):
        return None
    speakers = {c.source for c in main}
    return speakers.pop() if len(speakers) == 1 else None


_SINGULAR = frozenset("-nya nya ia dia beliau he she".split())
_PLURAL = frozenset(("they", "mereka"))
# A sentence that opens with a person, alone or between a role and a verb: "Bupati X, Rina
# Sari, meminta …", "Rina Sari mengimbau …", "Mayor Ana Ruiz urged …"; the name may carry an
# age and a description before the verb ("Sulasmi (52), pedagang sayur, mengaku …", "Tom Hale,
# 70, a retired teacher, said …"); an age marks even a one-word name as a person's.
# The role may also stand before the name in lower case ("Port chief operating officer Ana Ruiz
# blamed …"); a role set off by commas ("Kepala Desa X, Rina,") marks even a one-word name as
# a person's, and the description after the name may hold an acronym in brackets.
_PERSON_OPENING = re.compile(r"[\"“]?(?:(?P<role>[A-Z][^,.\n\"“”]{1,120}),\s+"
                             r"|(?P<lower_role>(?:[A-Z][\w'’&-]*\s+){0,3}(?:[a-z][\w'’-]*\s+){1,4}))?"
                             r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,6})"
                             r"(?P<age>\s*\(\d{1,3}\)|,\s*\d{1,3}(?=,))?(?:,\s+(?P<described>[^,.\n\"“”]{1,100})(?=,))?"
                             # "Wongso has always denied …", "Robredo has not conceded", "Ana belum
                             # mengakui …": the auxiliaries, negations and adverbs before the verb
                             r",?\s+(?:(?:has|have|had|will|would|also|always|never|not|later|then|juga|telah|sudah"
                             r"|belum|tidak|tak|masih|sempat|pernah|akan|kembali|sedang|tengah)\s+)*"
                             r"(?P<verb>[a-z]+)\b")
_CHUNKS = re.compile(r"(?<=[.!?])\s+|\n+")
_ANOTHER_PERSON = re.compile(r"\s+(?:to|with)\s+[A-Z][a-z]+\s+[A-Z][a-z]+\b")
_MEETING_VERBS = frozenset("spoke talked met sat".split())
# Verbs of acting, not of undergoing: "X ditangkap" brings in a suspect, not a speaker.
_ACTIVE_ID = re.compile(r"^(?:me|mem|men|meng|meny|ber)[a-z]{3,}$")
# (A reporting verb counts too: "X said he …" brings X in when the sentence credited no one.)
_ACTIVE_EN = frozenset("""urged asked called appealed pledged promised vowed warned welcomed thanked
visited praised criticised criticized announced said says told added explained recalled""".split())


def _introduced_person(text: str, a: int, b: int, fullest=lambda name: name) -> str | None:
    """The person that the last sentence opening with one between ``a`` and ``b`` names; a
    one-word name counts when ``fullest`` finds the person's full name elsewhere in the text."""
    found = None
    for chunk in _CHUNKS.split(text[a:b]):
        chunk = chunk.strip()
        opener = lx.OPENERS.match(chunk)      # "Sementara itu, Bupati X, Y, meminta …"
        m = _PERSON_OPENING.match(chunk, opener.end() if opener else 0)
        if not m:
            continue
        verb, name = m.group("verb"), drop_titles(m.group("name"))
        if not is_person(name):
            name = person_name(name, set())    # "Analis Phintraco Sekuritas Ratna Lim": the firm goes too
        if m.group("lower_role") and not _holds_a_title(m.group("lower_role")):
            continue    # "The ship carrying Ana Ruiz …": no role, so no speaker brought in
        if (m.group("described") or "").startswith("which "):
            continue    # "Harlan, which is based in Detroit, has …": a thing, no person
        if verb in _MEETING_VERBS and _ANOTHER_PERSON.match(chunk, m.end()):
            continue    # "X spoke to Linda Park after the game": two people named, "she" may be either
        acts = _acts(verb) or verb in _BEING and _DESCRIBED_BY_ROLE.match(m.group("described") or "")
        if acts and is_person(name) and (len(name.split()) >= 2 or m.group("age")
                                         or m.group("role") and _holds_a_title(m.group("role"))
                                         or len(fullest(name).split()) >= 2):
            found = name
    return found


_RELAYING = re.compile("(?i:" + "|".join(w.replace(" ", r"\s+") for w in lx.RELAYING_OPENERS) + r")\b")


def _relayed(text: str, cut: Cut) -> bool:
    """True when the cut's frame opens with a verb of relaying ("Mengutip Antara, …")."""
    return bool(cut.frame) and text[cut.frame[0]:cut.frame[0] + 1] in "DMdmSsCc" \
        and bool(_RELAYING.match(text, cut.frame[0]))


# "Dana Park, an economist at Bay Bank, was more cautious.": a person brought in with a role in
# apposition is about to speak, whatever the verb; an age or a place alone does not show it.
_BEING = frozenset("was is were are remained seemed sounded appeared".split())
_DESCRIBED_BY_ROLE = re.compile(r"(?:a|an|the)\s+\D+$")


def _acts(verb: str) -> bool:
    # English past tenses act ("blamed", "urged", "lost", "won") unless they tell what befell the person.
    return bool(_ACTIVE_ID.match(verb)) and verb not in _NOT_ACTING or verb in _ACTIVE_EN \
        or (verb.endswith("ed") and len(verb) > 4 or verb in lx.EN_IRREGULAR_PAST) and verb not in _UNDERGOING_EN


def _holds_a_title(words: str) -> bool:
    return any(w.lower() in lx.TITLE_WORDS for w in words.split())


_UNDERGOING_EN = frozenset("died drowned perished disappeared vanished survived collapsed fainted fell sank".split())


_NOT_ACTING = frozenset("menurut merupakan menjadi mengalami menderita".split())


# "the company said" / "perusahaan tersebut": a definite epithet for a company named before it.
_COMPANY_EPITHET = re.compile(r"(?i:the\s+(?:company|firm|group|miner|lender|insurer|carrier|airline"
                              r"|developer|producer|operator|automaker|carmaker|chipmaker|retailer|manufacturer"
                              r"|exporter|conglomerate)|perusahaan\s+(?:tersebut|itu|ini)|emiten"
                              r"\s+(?:tersebut|itu|ini))")
_COMPANY_NAME = re.compile(r"\bPT\.?\s+(?:[A-Z][\w&.'-]*\s+){0,6}[A-Z][\w&.'-]*(?:\s+Tbk\b\.?)?"
                           r"|\b(?:[A-Z][\w&.'-]*\s+){1,5}(?:Tbk|Inc|Corp|Corporation|Ltd|Limited|plc|Group)\b\.?"
                           # the words that close most company names
                           r"|\b(?:[A-Z][\w&.'-]*\s+){1,4}(?:Motors|Airlines|Airways|Foods|Holdings|Industries"
                           r"|Pharmaceuticals|Technologies|Systems|Mining|Steel|Telecom|Shipping|Logistics"
                           r"|Resources|Petroleum|Energy|Electric|Insurance)\b"
                           # airlines: "Lion Air", "Nusa Air" (not "Clean Air Act")
                           r"|\b(?:[A-Z][\w&.'-]*\s+){1,3}Air\b(?!\s+[A-Z])"
                           # "snack maker Nordwind Foods", "the mining company Sula Metals": the
                           # kind of business names the company that follows it
                           # ("carmaker", "drugmaker": a maker of something is a kind too; the
                           # kind may open the sentence, capitalised)
                           r"|\b(?i:[a-z]*maker|company|firm|retailer|producer|lender|carrier|airline"
                           r"|operator|insurer|developer|manufacturer|exporter|supplier|startup|chain|processor"
                           r"|giant|brand|conglomerate)\s+"
                           r"(?P<name>(?:[A-Z][\w&.'-]*\s+){0,4}[A-Z][\w&.'-]*)"
                           # "Grainhart, a Leeds-based flour company, …": a name with the kind
                           # of business in apposition after it
                           # ("Tom Hale, an analyst at a steel firm": a person's job at a company
                           # names no company, so no preposition comes before the kind)
                           r"|(?P<apposed>\b[A-Z][\w&'-]*(?:[ ][A-Z][\w&'-]*){0,3}),[ ](?:a|an)[ ]"
                           r"(?:(?!(?:at|of|with|for|in|from|to)[ ])[\w-]+[ ]){0,5}?"
                           r"(?:[a-z]*maker|company|firm|retailer|lender|carrier|airline|operator|insurer|developer"
                           r"|manufacturer|exporter|supplier|start-?up|chain|app|platform|bank|brand|conglomerate)\b")
_COMPANY_REACH = 1500


# "the agency said": a definite noun that points back at a named source or a name the article
# gave before ("the National Forestry and Parks Board"); rule 6 credits that proper-name mention.
# The noun may carry modifiers that the name holds too: "the mapping office" for "the
# National Office for Coastal Mapping".
_DEFINITE_NOUN = re.compile(r"(?i:the)\s+(?P<modifiers>(?:[a-z]+\s+){0,2})(?P<noun>[a-z]+)")
# (Its words are joined by spaces only: a name never runs over a line break.)
_NAME_ENDING = "(?:[A-Z][\\w&'’-]*[ ]+(?:(?:of|and|for|the)[ ]+)*){{1,6}}{noun}\\b"
# The words after a head noun that opens its name: "Ministry| of Rural Roads".
# A name may list its parts: "Ministry of Ports, Shipping and Fisheries".
# (a day or a month after "on" tells when, it names nothing: "A High Court on Monday sentenced …")
_NAME_TAIL = "\\s+(?:of|for|on)\\s+(?:the\\s+)?" \
             f"(?!(?:{'|'.join(w.capitalize() for w in ld.WEEKDAY_NAMES_EN + ld.MONTH_NAMES_EN)})\\b)" \
             "[A-Z][\\w&'’-]*(?:\\s+(?:(?:and|of|for|the)\\s+)*[A-Z][\\w&'’-]*){{0,5}}" \
             "(?:(?:,[ ]+[A-Z][\\w&'’-]*)*,?[ ]+(?:and|&)[ ]+[A-Z][\\w&'’-]*)?"


def _named_by_head(text: str, cut: Cut, earlier: list[str]) -> str | None:
    m = _DEFINITE_NOUN.fullmatch(clean_speaker(cut.source or ""))
    if not m:
        return None
    noun, modifiers = m.group("noun").lower(), m.group("modifiers").split()
    # The noun must head a name ("the ministry" -> "Ministry of X"), not sit in a person's
    # role ("ministry spokesperson Ana Ruiz" is not the ministry).
    word = re.compile(rf"\b{noun.capitalize()}\b")
    for source in _last_distinct(earlier, _EPITHET_REACH):
        # Only a proper-name mention replaces the epithet (rule 6); "the study" after "a study
        # published on Tuesday" stays as written.
        # (the noun first: a search in C rules out most sources before is_named reads them)
        if word.search(source) and is_named(source) and len(source) > len(m.group()) \
                and not _ENDS_UNNAMED.search(source) and _holds_words(source, modifiers):
            return source
        if not modifiers and (apposed := _NAME_AFTER_NOUN.search(source)) and apposed.group("noun").lower() == noun:
            # "disaster management agency BNPB": the name the noun stood before
            return apposed.group("name")
        if _names_body_in_lower_case(source, noun, modifiers) and len(source) > len(m.group()):
            return source
    if modifiers:
        named = _nearest_named(text, noun.capitalize(), cut.start)
        if named and _holds_words(named, modifiers):
            return named
        # "the statistics bureau" after "Statistics Indonesia (BPS)": a body of any kind
        # credited just before whose name holds the epithet's words
        body = _nearest_body_of_any_kind(noun, earlier)
        return body if body and _holds_words(body, modifiers) else _body_named_after(text, noun, modifiers, cut.end)
    return _person_in_that_role(text, noun, cut.start) or _nearest_named(text, noun.capitalize(), cut.start) \
        or _nearest_body_of_any_kind(noun, earlier) or _body_named_after(text, noun, modifiers, cut.end)


_EPITHET_REACH = 6      # the sources an epithet looks back over, each counted once


def _last_distinct(earlier: list[str], n: int) -> list[str]:
    """The last ``n`` different sources of ``earlier``, nearest first: a speaker quoted several
    times in a row ("Cornwall Insight" twice) hides no body named before it from an epithet."""
    seen: list[str] = []
    for source in reversed(earlier):
        if source not in seen:
            seen.append(source)
            if len(seen) == n:
                break
    return seen


# A run of capitalised words, joined by "of", "and", "for", "the", closed by an acronym in brackets
_CAPITALISED_NAME = re.compile(r"[A-Z][\w&'’-]*(?:[ ]+(?:(?:of|and|for|the)[ ]+)*[A-Z][\w&'’-]*)*(?:[ ]+\([A-Z]{2,8}\))?")
_AFTER_REACH = 3000     # characters read ahead for a body the epithet was told before its name


def _body_named_after(text: str, noun: str, modifiers: list[str], pos: int) -> str | None:
    """"…, the statistics bureau said on Monday. … data from Statistics Indonesia (BPS) showed":
    a body's epithet told before any name is the body named first after it (rule 6: the nearest
    proper-name mention) whose name holds the epithet's modifiers and noun ("the ministry" ->
    "Ministry of Trade"); a body of any kind ("the statistics bureau") is matched by its modifiers
    alone, so "the agency" alone matches nothing, and a person's epithet is read elsewhere."""
    if noun not in _BODY_HEADS and noun not in _ANY_BODY_EPITHETS:
        return None
    wanted = modifiers + ([] if noun in _ANY_BODY_EPITHETS else [noun])
    if not wanted:
        return None             # "the agency" alone names no words to look for
    for m in _CAPITALISED_NAME.finditer(text, pos, min(len(text), pos + _AFTER_REACH)):
        name = m.group()[4:] if m.group().startswith("The ") else m.group()
        if " " in name and _holds_words(name, wanted) and _BODY_KIND.search(name):
            return name
    return None


def _holds_words(name: str, words: list[str]) -> bool:
    have = {w.lower() for w in re.findall(r"[\w'’]+", name)}
    return all(w.lower() in have for w in words)


# "the regional oversight board for water safety": a body's full name written in lower
# case, its head noun followed by what the body is for (or closing the name). A group of people
# ("three engineers familiar with …") is no body: only the kinds of body count.
_BODY_HEADS = lx.INSTITUTION_HEADS | lx.INSTITUTION_TAILS


def _names_body_in_lower_case(source: str, noun: str, modifiers: list[str]) -> bool:
    if noun not in _BODY_HEADS or not source.startswith(("the ", "The ")) or len(source.split()) < 4:
        return False
    return bool(re.search(rf"\b{noun}(?:\s+(?:for|of|on)\s|$)", source)) and _holds_words(source, modifiers)


# "Tramway officials", "Harbour staff": people of a body, not its proper name (the epithet
# "the tramway" means the body's name, found further back).
_ENDS_UNNAMED = re.compile(r"\s[a-z][\w'’-]*$")
_NAME_AFTER_NOUN = re.compile(r"\b(?P<noun>[a-z]+)\s+(?P<name>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,4})$")


def _person_in_that_role(text: str, noun: str, pos: int) -> str | None:
    """"The judge said" after "District Court judge Ilse Varga said": a person named right after
    the role noun earlier in the text is who the epithet means (the nearest such mention)."""
    found = _last_noun_then_name(text, noun, max(0, pos - _COMPANY_REACH), pos)
    if found is None:
        return None
    name = drop_titles(found.group("name"))
    return name if is_person(name) and len(name.split()) >= 2 else None


def _last_noun_then_name(text: str, noun: str, start: int, end: int):
    """The last match of ``_noun_then_name(noun).finditer(text, start, end)``, or None.

    The case-blind pattern opens with \\b and gets no skip-ahead: the engine tried each of
    1,500 positions, several times per article. Every match opens with the noun in some case,
    so the pattern is tried only where the lower-cased window holds it; without the odd
    folds, lower-casing keeps every offset and every case-blind match of the noun.

    The window is lower-cased as ASCII bytes, each other character made "?": lower-casing text
    outside ASCII (a window with one quotation mark “) costs several times more, and no such
    character lower-cases to a letter of an ASCII noun but the Kelvin sign ("k"), read by the
    pattern itself like the odd folds."""
    pattern = _noun_then_name(noun)
    window = text[start:end]
    if not noun.isascii() or not window.isascii() and any(odd in window for odd in _ODD_FOLDS_AND_KELVIN):
        found = None
        for found in pattern.finditer(text, start, end):
            pass
        return found
    low, needle = window.encode("ascii", "replace").lower(), noun.encode("ascii")
    found, resume, at = None, start, low.find(needle)
    while at >= 0:
        # (matches do not overlap: after one, finditer goes on from its end)
        if start + at >= resume and (m := pattern.match(text, start + at, end)):
            found, resume = m, m.end()
        at = low.find(needle, at + 1)
    return found


_ODD_FOLDS_AND_KELVIN = _ODD_FOLDS + ("\u212a",)


@lru_cache(maxsize=32)
def _noun_then_name(noun: str):
    # (not embed._role_before_name, which finds where a role segment starts)
    # the noun in any case ("judge", "Judge"), then two to five capitalised words
    return re.compile(rf"\b(?i:{re.escape(noun)})\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{1,4}})")


# Epithets that stand for a public body of any kind: "the agency said" after a sentence
# crediting "the National Weather Service" is that service, though its name holds no "Agency".
_ANY_BODY_EPITHETS = frozenset("agency body organisation organization institution regulator watchdog bureau"
                               " lembaga instansi".split())
# The words that make a name a body's (complete for the kinds of public and private bodies
# that speak in news), and an acronym standing for one ("BMKG", "FEMA").
_BODY_KIND = re.compile(r"\b(?:Agency|Ministry|Department|Office|Bureau|Service|Authority|Commission|Council"
                        r"|Board|Institute|Administration|Directorate|Committee|Centre|Center|Organi[sz]ation"
                        r"|Police|Court|Kementerian|Badan|Dinas|Lembaga|Komisi|Kantor|Direktorat|Dewan"
                        r"|Otoritas|Balai|Pusat|Kepolisian|Pengadilan|Statistics|Statistik)\b|^[A-Z]{3,6}$"
                        # (a name closed by its acronym: "Statistics Indonesia (BPS)")
                        r"|\s\([A-Z]{2,8}\)$")
_BODY_REACH = 3     # credited sources looked back over: the nearest mention, not any earlier one


def _nearest_body_of_any_kind(noun: str, earlier: list[str]) -> str | None:
    return _nearest_named_body(earlier) if noun in _ANY_BODY_EPITHETS else None


def _nearest_named_body(earlier: list[str]) -> str | None:
    for source in reversed(earlier[-_BODY_REACH:]):
        if _BODY_KIND.search(source) and is_named(source):     # (the search first: it rules out most)
            return re.sub(r"^[Tt]he\s+", "", source)
    return None


# "In a briefing held by Statistics Norway on Monday, the latest data showed …": data named
# only by a definite noun belong to the body the same sentence names as their publisher.
_DATA_EPITHET = re.compile(r"(?i:the)\s+(?:(?:latest|new|newest|official|preliminary|recent|final)\s+)?"
                           r"(?:data|figures|statistics|numbers)")
_PUBLISHER = re.compile(r"\b(?:by|from)\s+(?:the\s+)?(?P<who>[A-Z][\w&'’-]*(?:\s+(?:of|for|and|[A-Z][\w&'’-]*)){0,6}"
                        r"(?:\s+\([A-Z]{2,8}\))?)")


def _publisher_of_data(text: str, cut: Cut, earlier: list[str]) -> str | None:
    if not _DATA_EPITHET.fullmatch(clean_speaker(cut.source or "")):
        return None
    start = max(text.rfind("\n", 0, cut.start), text.rfind(". ", 0, cut.start)) + 1
    found = None
    for found in _PUBLISHER.finditer(text, start, cut.start):
        pass
    return found.group("who") if found else _publisher_credited_before(earlier)


# "…, data from the Tourism Board showed. … the data showed.": the data credited before, with
# their publisher, are the data the epithet points back at.
_DATA_FROM = re.compile(r"(?:[a-z]+\s+)?(?:data|figures|statistics)\s+(?:(?:released|published|issued|compiled)\s+)?"
                        r"(?:from|by|of)\s+(?:the\s+)?(?P<who>[A-Z].*)")


def _publisher_credited_before(earlier: list[str]) -> str | None:
    # Failing data credited with their publisher, the body credited last ("according to data
    # from X" is credited to X itself) is whose data they are.
    for source in reversed(earlier[-_BODY_REACH:]):
        m = _DATA_FROM.fullmatch(source)
        if m:
            return m.group("who")
    return _nearest_named_body(earlier)


# "the central bank said", "data from the central bank", "kata bank sentral": a country's
# central bank is named in the article as a bank or a reserve ("Bank Indonesia", "the Bank of
# Korea", "the Federal Reserve"); the epithet is that name (rule 6), its modifier in no name.
_CENTRAL_BANK_EPITHET = re.compile(r"(?i:(?:(?:the\s+)?(?:latest\s+)?(?:data|figures|statistics)\s+(?:from|of)\s+)?"
                                   r"the\s+(?:country['’]s\s+)?central\s+bank"
                                   r"|(?:data\s+)?bank\s+sentral(?:\s+(?:itu|tersebut))?)")
# A central bank's name holds its country's ("Bank Indonesia", "Bank Negara Malaysia", "the Bank of
# Korea", "the Reserve Bank of India"); the World Bank, a commercial bank ("Bank Central Asia")
# and a governor's title after the name ("Bank Indonesia Governor …") are not it.
_BANK_NAME = re.compile(r"\b(?:(?:Reserve\s+|Central\s+)?Bank\s+(?:of\s+)?(?:Negara\s+)?"
                        r"(?P<country>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)|Federal\s+Reserve|European\s+Central\s+Bank)")
_CONTINENTS = frozenset({"asia", "africa", "afrika", "europe", "eropa", "america", "amerika", "asia tenggara"})


def _named_central_bank(text: str, cut: Cut) -> str | None:
    if not cut.source or not _CENTRAL_BANK_EPITHET.fullmatch(clean_speaker(cut.source)):
        return None
    found = None
    for m in _BANK_NAME.finditer(text, max(0, cut.start - _COMPANY_REACH), cut.start):
        if _of_a_country(m):
            found = m
    return _central_bank_name(found) if found else None


def _of_a_country(m: re.Match) -> bool:
    country = m.group("country")
    if country is None:
        return True                      # the Federal Reserve, the European Central Bank
    words = country.split()
    return any(" ".join(words[:n]).lower() in gz.COUNTRIES and " ".join(words[:n]).lower() not in _CONTINENTS
               for n in (2, 1))


def _central_bank_name(m: re.Match) -> str:
    if m.group("country") is None:
        return m.group()
    words = m.group("country").split()
    n = 2 if " ".join(words).lower() in gz.COUNTRIES else 1      # the country, not a title after it
    return m.string[m.start():m.start("country")] + " ".join(words[:n])


def _nearest_named(text: str, noun: str, pos: int) -> str | None:
    # A capitalised name that ends in the same noun ("… Rescue Agency") or opens with it
    # ("Ministry of Rural Roads") earlier in the text: the last one before the epithet.
    window = text[max(0, pos - _COMPANY_REACH):pos]
    if noun not in window:
        return None         # every match holds the noun as written: most windows hold none
    found = None
    for found in re.finditer(f"{_NAME_ENDING}(?:{_NAME_TAIL})?".format(noun=re.escape(noun)), window):
        pass
    return re.sub(r"^The\s+", "", found.group()) if found else None


def _with_source(cut: Cut, source: str | None) -> Cut:
    if source == cut.source:
        return cut          # the same cut (it is immutable): most keep their source, or have none
    # Built directly: dataclasses.replace looks up the fields on every call (once per claim).
    return Cut(cut.start, cut.end, source, cut.quote, cut.frame, cut.inner, cut.inner_dated,
               cut.embedded, cut.score)


# "menurut keterangan dinas itu", "the ministry said": a definite epithet for a public body
# named before it ("Dinas Pangan Kota X", "the Health Ministry"); rule 6 takes the name.
# (English "the ministry" is read by _named_by_head.)
_BODY_EPITHET = re.compile(r"(?i:\b(?P<noun>dinas|badan|kementerian|lembaga|instansi|komisi|kantor)\s+(?:itu|tersebut|ini))$")
_NAME_WORD = r"[A-Z][\w&.'’()-]*"


def _named_body(text: str, cut: Cut, earlier: list[str]) -> str | None:
    m = _BODY_EPITHET.search(clean_speaker(cut.source or ""))
    if not m:
        return _apposed_name_of_epithet(text, cut)
    # The body may be the claim's own subject ("Dinas X menyiapkan …, menurut keterangan dinas
    # itu"): the search runs up to the frame when it follows the claim.
    until = max(cut.start, cut.frame[0]) if cut.frame else cut.start
    found = None
    for found in _body_pattern(m.group("noun").capitalize()).finditer(text, max(0, until - _COMPANY_REACH), until):
        pass
    return found.group().strip() if found else _nearest_body_of_any_kind(m.group("noun").lower(), earlier)


# "kata stasiun tersebut" after "Stasiun televisi milik militer, Myawaddy TV, …": a definite
# epithet is the proper name set in apposition to the last phrase its noun opened (rule 6).
_EPITHET = re.compile(r"(?P<noun>[a-z]{4,})\s+(?:itu|tersebut)")


def _apposed_name_of_epithet(text: str, cut: Cut) -> str | None:
    m = _EPITHET.fullmatch(clean_speaker(cut.source or ""))
    if not m:
        return None
    noun = m.group("noun")
    found = None
    for found in _apposition_pattern(noun).finditer(text, max(0, cut.start - _COMPANY_REACH), cut.start):
        pass
    return found.group("name") if found else None


@lru_cache(maxsize=32)
def _apposition_pattern(noun: str):
    # the noun heads its phrase at the start of a sentence ("Juru bicara partai, Andi, …" has
    # the spokesman, not the party, in apposition)
    return re.compile(rf"(?:^|(?<=[.!?”\"]\s)|(?<=\n))(?i:{noun})\b[^,.;:“”\"\n]{{0,60}},\s+"
                      rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}}),", re.M)


@lru_cache(maxsize=32)
def _body_pattern(noun: str):
    # Indonesian names open with the kind of body: "Dinas Perindustrian dan Perdagangan X".
    return re.compile(rf"\b{noun}(?:\s+(?:dan|and|of|for)\s+{_NAME_WORD}|\s+{_NAME_WORD})+")


# "according to the regional bus operator, TransKora,": the name in apposition to a described
# source is the source (rule 6 takes the proper name).
_APPOSED_NAME = re.compile(rf",\s+({_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}})(?=\s*[,.;]|\s*$)")


def _name_after_role(text: str, cut: Cut) -> str | None:
    source = clean_speaker(cut.source or "")
    if not source[:1].islower() or not cut.frame:
        return None
    at = text.find(source, cut.frame[0], cut.frame[1] + len(source))
    m = _APPOSED_NAME.match(text, at + len(source)) if at >= 0 else None
    return m.group(1) if m else None


# "It found that …": "it" after a sentence about a study or a body stands for that
# sentence's subject ("The survey, led by …, used …").
_DEFINITE_SUBJECT = re.compile(r"(?:The|This)\s+[a-z]+(?=,|\s+(?:is|was|has|had|[a-z]+ed)\b)")
# ... or a body named in capitals, acting ("The Fair Trade Commission first imposed the fine …")
_NAMED_SUBJECT = re.compile(r"(?:The\s+)?[A-Z][\w&'’-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w&'’-]*){0,5}"
                            r"(?=\s+(?:(?:first|also|later|then|earlier|previously)\s+)?(?:is|was|has|had|[a-z]+ed)\b)")


# "…, the disaster authority said. It said …": a body credited by the tail of the sentence
# before is who "it" is, not that sentence's subject ("The toll").
_BODY_TAIL = re.compile(r",\s+(?P<who>the\s+[a-z][a-z -]{2,40}?|(?:The\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,4})"
                        r"\s+(?:said|says|added|reported|announced)(?:\s+on\s+[A-Z][a-z]+)?\.?\s*$")


def _antecedent_of_it(text: str, cut: Cut) -> str | None:
    if clean_speaker(cut.source or "") not in ("It", "it"):
        return None
    start, before = _sentence_before(text, cut)
    tail = _BODY_TAIL.search(text, start, before + 1)
    if tail and not is_person(tail.group("who")) and not is_pronoun(tail.group("who")):
        return tail.group("who")
    m = _DEFINITE_SUBJECT.match(text, start)
    if m:
        return m.group()
    named = _NAMED_SUBJECT.match(text, start)
    # ("it" is never a person: a body named with its article, "The Fair Trade Commission")
    return named.group() if named and named.group().startswith("The ") and not is_person(named.group()) else None


def _body_credited_before_it(text: str, cut: Cut, names: list[str], genders: dict) -> str | None:
    # "…, it said" after "Firma X said …": "it" is a body, never a person, so it stands for
    # the nearest body the text named as a speaker before (rule 6), even one whose own words
    # were kept whole ("X said it would …"); a firm's name reads like a person's ("Stone
    # Harbour"), so failing a body, the nearest name not called "he" or "she".
    if clean_speaker(cut.source or "").lower() != "it":
        return None
    before = _speaker_of_sentence_before(text, cut)
    if before:
        return before   # "X said it would …. It said …": the sentence right before names it
    named = [who for who in reversed(names[-_BODY_REACH:]) if is_named(who)]
    bodies = [who for who in named if not is_person(who)]
    return (bodies or [who for who in named if who not in genders] or [None])[0]


# A sentence that opens with a name and a verb of saying: "Calmac Ferries said it would …".
_NAME_SAID = re.compile(r"(?P<name>(?:The\s+)?(?:[A-Z][\w&'’-]*\s+(?:(?:of|for|and)\s+)?){0,5}[A-Z][\w&'’-]*)"
                        r"\s+(?:has\s+|had\s+)?(?:said|says|announced|stated|confirmed|told)\b")


def _speaker_of_sentence_before(text: str, cut: Cut) -> str | None:
    here = rough_sentence_start(text, cut.frame[0] if cut.frame else cut.start)
    before = len(text[:here].rstrip())
    m = _NAME_SAID.match(text, rough_sentence_start(text, before - 1))
    if not m or m.group("name").removeprefix("The ").split()[0].lower() in gz.NOT_NAMES:
        return None
    return m.group("name")




# "Sky Pacific has grounded 12 jets, the airline said": with no company name known by its
# form, the name that opens the claim the epithet credits is the one it means.
_OPENING_NAME = re.compile(r"(?:[A-Z][\w&'’-]*\s+){0,3}[A-Z][\w&'’-]*(?=\s+(?:has|have|had|is|was|will|would|[a-z]+ed|[a-z]+s)\b)")


# A description may come before the name: "Japanese trading house Kasumi Ono will …".
_DESCRIBED_OPENING = re.compile(r"(?:[a-z][\w-]*\s+|[A-Z][a-z]+\s+(?=[a-z])){1,4}")


def _opening_name(text: str, cut: Cut) -> str | None:
    m = _OPENING_NAME.match(text, cut.start, cut.end)
    described = _DESCRIBED_OPENING.match(text, cut.start, cut.end)
    if not m and described:
        m = _OPENING_NAME.match(text, described.end(), cut.end)
    if not m or m.group().split()[0].lower() in gz.NOT_NAMES or _common_single_word(text, m.group()):
        return None
    return m.group()


# "Sales jumped 14 percent, the company said": a measure opening the claim is no company.
_MEASURES = frozenset("""sales revenue revenues profit profits income earnings exports imports output
shipments deliveries orders production prices shares costs spending investment margins""".split())


def _sentence_before(text: str, cut: Cut) -> tuple[int, int]:
    """(start, end) of the sentence before the one the cut (or its frame) stands in."""
    here = rough_sentence_start(text, cut.frame[0] if cut.frame else cut.start)
    before = len(text[:here].rstrip())
    return rough_sentence_start(text, before - 1), before


def _opening_name_before(text: str, cut: Cut) -> str | None:
    """"Qantas will cut 2,000 jobs. The company said …": the name that opens the sentence before
    the epithet's, when no company name is known by its form."""
    start, before = _sentence_before(text, cut)
    if before <= 0:
        return None
    m = _OPENING_NAME.match(text, start, before)
    if not m or m.group().split()[0].lower() in gz.NOT_NAMES or _common_single_word(text, m.group()) \
            or " " in m.group() and is_person(m.group()):
        return None     # (a one-word name is a firm's as often as not: "Qantas", "Toyota")
    return m.group()


def _common_single_word(text: str, name: str) -> bool:
    low = name.lower()
    return " " not in name and (low in _MEASURES or written_in_lower_case(low, text))


def _nearest_company(text: str, pos: int) -> str | None:
    # The company a story is about is named as a subject; one named after a preposition ("a
    # round led by investment firm X", "a deal with carrier Y") is a party to its doings, and
    # "the company" means it only when no other company was named.
    found = subject = None
    for found in _COMPANY_NAME.finditer(text, max(0, pos - _COMPANY_REACH), pos):
        if not _after_a_preposition(text, found.start()):
            subject = found
    found = subject or found
    if not found:
        return None
    if found.group("apposed"):
        return found.group("apposed")
    # A name never runs over a sentence end or a line break: the name after its kind noun
    # ("firm Korvan Partners.\n\nThe …") ends before one; a name closed by its kind ("… Medan.
    # Langit Biru Air") starts after the last one.
    if found.group("name"):
        return _SENTENCE_BREAK.split(found.group("name"))[0].strip().rstrip(".")
    return _SENTENCE_BREAK.split(found.group())[-1].strip().rstrip(".")


_SENTENCE_BREAK = re.compile(r"\.\s+|\s*\n\s*")
_PREPOSITIONS = frozenset("by from with to for of against than oleh dari dengan kepada untuk".split())
_PREPOSITION_REACH = 3      # words looked back over: "by Lisbon property| firm X"


def _after_a_preposition(text: str, pos: int) -> bool:
    before = text[max(0, pos - 60):pos]
    before = _SENTENCE_BREAK.split(before)[-1]
    return any(w.lower() in _PREPOSITIONS for w in before.split()[-_PREPOSITION_REACH:])


def _all_sources(sentences):
    for sentence in sentences:
        yield sentence.speaker
        yield from (cut.source for cut in sentence.cuts)


class _People:
    """The fullest name of a named speaker phrase in one article, worked out once per phrase:
    the same speaker is credited in sentence after sentence, and both steps are pure."""

    def __init__(self, index: NameIndex, mentions: set[str]):
        self._index, self._mentions = index, mentions
        self._known: dict[str, str] = {}
        self._read: dict[str | None, tuple[str, str | None]] = {}

    def fullest_person(self, source: str) -> str:
        if source not in self._known:
            name = self._index.fullest(person_name(source, self._mentions))
            self._known[source] = self._credited_in_full(name)
        return self._known[source]

    def _credited_in_full(self, name: str) -> str:
        # Rule 6 uses the fullest form of a name throughout the article. A name closing a long
        # title may be cut in the name index (its runs hold eight words at most), yet the
        # article already credited it in full: "kata Maxi" after "Menurut Dirjen … Maxi Rein
        # Rondonuwu". Only one such person may match, or the mention stays as it is.
        words = name.split()
        if not is_person(name):
            return name
        # (the words are compared before is_person is asked: most names known hold none of them)
        longer = {known for known in self._known.values() if _opens_or_closes_with(known.split(), words)
                  and is_person(known)}
        return longer.pop() if len(longer) == 1 else name

    def read(self, source: str | None) -> tuple[str, str | None]:
        """What a raw source phrase is ("none", "pronoun", "name" or "other") with the text it
        resolves to, worked out once per phrase (it is pure; what a pronoun points at is not)."""
        if source not in self._read:
            self._read[source] = self._kind_of(clean_speaker(source or ""))
        return self._read[source]

    def _kind_of(self, source: str) -> tuple[str, str | None]:
        if not source:
            return "none", None
        if is_pronoun(source):
            return "pronoun", None
        if is_named(source):
            return "name", self.fullest_person(source)
        return "other", source


def _opens_or_closes_with(known: list[str], words: list[str]) -> bool:
    """``known`` is longer than ``words`` and opens or closes with them ("Maxi Rein Rondonuwu", "Maxi")."""
    return len(known) > len(words) and words in (known[:len(words)], known[-len(words):])


def _resolve(index: _People, source: str | None, names: list[str], genders: dict | None = None) -> str | None:
    kind, resolved = index.read(source)
    if kind == "pronoun":
        people = [n for n in names if is_person(n)]
        return _of_the_same_gender(clean_speaker(source).lower(), people, genders) or (people or names or [None])[-1]
    if kind == "name":
        names.append(resolved)
    return resolved


_OTHER_GENDER = {"he": "she", "she": "he"}


def _of_the_same_gender(pronoun: str, people: list[str], genders: dict | None) -> str | None:
    """"“…,” she said. … “…,” he said.": "he" is the last person not already called "she"
    (and the reverse); the person it resolves to is remembered as called so."""
    if genders is None or pronoun not in _OTHER_GENDER:
        return None
    fitting = [n for n in people if genders.get(n) != _OTHER_GENDER[pronoun]]
    if not fitting:
        return None
    genders.setdefault(fitting[-1], pronoun)
    return fitting[-1]


def _apply_reports(text: str, sentences):
    # "Kabar tersebut disampaikan oleh X pada …" credits the first sentence of the paragraph
    # before it, and the later sentences there that give figures ("Data tersebut disampaikan
    # X" after a toll and a count of the missing); the report sentence itself is no claim.
    for i, sentence in enumerate(sentences):
        if not sentence.report:
            continue
        for target in _reported_in_previous_paragraph(text, sentences, i):
            cuts = tuple(c if c.source else replace(c, source=sentence.report,
                                                    frame=sentence.report_frame)
                         for c in sentences[target].cuts)
            sentences[target] = replace(sentences[target], cuts=cuts)
    return sentences


def _reported_in_previous_paragraph(text: str, sentences, i: int) -> list[int]:
    previous = [j for j in range(i) if sentences[j].cuts]
    if not previous:
        return []
    paragraph = sentences[previous[-1]].paragraph
    first, *rest = [j for j in previous if sentences[j].paragraph == paragraph]
    return [first] + [j for j in rest if any(_DIGIT.search(text, c.start, c.end) for c in sentences[j].cuts)]


_DIGIT = re.compile(r"\d")


_OPENING_MARKS = "“\""
_CLOSING_MARKS = "”\""


def _open_quotes_take_the_next_speaker(text: str, sentences):
    # Wire style runs a quotation over several paragraphs: each opens with a mark, only the
    # last closes, and the speaker may be named only there ("“A. \n\n“B,” X said."). The
    # paragraphs left open belong to the speaker named where the quotation closes (rule 6).
    # A paragraph left open with no quotation pair of its own is read as plain sentences; its
    # claims are the speaker's all the same when the next paragraph closes the quotation with
    # a tail ("“A.\n\nB,” ujarnya.").
    for i, sentence in enumerate(sentences):
        plain_open = not sentence.unattributed_quote and not any(c.source or c.quote for c in sentence.cuts)
        if not ((sentence.unattributed_quote or plain_open) and _in_open_paragraph(text, sentence)):
            continue
        speaker = _speaker_of_next_quoted_paragraph(text, sentences, i, sentence.paragraph)
        if speaker:
            sentences[i] = replace(sentence, unattributed_quote=False, quote_speaker=speaker,
                                   cuts=tuple(replace(c, source=speaker) if (c.quote or plain_open)
                                              and not c.source else c for c in sentence.cuts))
    return sentences


def _paragraph_line(text: str, sentence) -> str:
    """The whole line of text that holds the sentence's claims."""
    start = text.rfind("\n", 0, sentence.cuts[0].start) + 1
    end = text.find("\n", sentence.cuts[-1].end)
    return text[start:end if end >= 0 else len(text)]


def _in_open_paragraph(text: str, sentence) -> bool:
    """True when the sentence's paragraph opens with a quotation mark and never closes it."""
    if not sentence.cuts:
        return False
    line = _paragraph_line(text, sentence).strip()
    return line[:1] in _OPENING_MARKS and not any(m in line[1:] for m in _CLOSING_MARKS)


def _speaker_of_next_quoted_paragraph(text: str, sentences, i: int, paragraph: int) -> str | None:
    """The speaker of the quotation in the paragraph right after ``paragraph``, if it has one:
    named by its quotation, or by the tail after a closing mark that has no opening mark."""
    nxt = next((later for later in sentences[i + 1:] if later.paragraph != paragraph), None)
    if nxt is None or nxt.paragraph != paragraph + 1:
        return None
    return nxt.quote_speaker or (nxt.speaker if _closes_open_quotation(text, nxt) else None)


def _closes_open_quotation(text: str, sentence) -> bool:
    """True when the sentence's paragraph holds a closing mark before any opening one."""
    if not sentence.cuts:
        return False
    line = _paragraph_line(text, sentence)
    close = min((k for k in (line.find("”"), line.find('"')) if k >= 0), default=-1)
    return close > 0 and "“" not in line[:close] and '"' not in line[:close]


_BULLET_LINE = re.compile(r"\s*(?:[•·▪●*–-]|\d{1,2}[.)])\s+")


def _lists_take_the_lead_in_speaker(text: str, sentences):
    # "X merinci capaiannya sebagai berikut:" followed by blocks of bullets: the blocks are what
    # X details, though the lead-in itself is no claim. The credit runs on over blocks that
    # follow one another (a heading after the last bullet of the block before), also across
    # lines that hold no claim (page furniture such as "2 dari 4 halaman" between two blocks).
    carried = None
    for i, sentence in enumerate(sentences):
        first = sentence.cuts[0] if sentence.cuts else None
        if first is None or any(c.source for c in sentence.cuts) or not _starts_a_line(text, first.start):
            carried = None if first is not None else carried
            continue
        # (the speaker first: most sentences follow none, and need no look back for the lead-in)
        if i and sentences[i - 1].speaker and _line_before(text, first.start).rstrip().endswith(":"):
            carried = sentences[i - 1].speaker
        elif not (carried and _BULLET_LINE.search(text, first.start, first.end)):
            carried = None
        if carried:
            sentences[i] = replace(sentence, cuts=tuple(replace(c, source=carried) for c in sentence.cuts))
    return sentences


def _starts_a_line(text: str, pos: int) -> bool:
    return not text[text.rfind("\n", 0, pos) + 1:pos].strip()


def _line_before(text: str, pos: int) -> str:
    """The last non-blank line that ends before the line holding ``pos``."""
    end = text.rfind("\n", 0, pos)
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        if text[start:end].strip():
            return text[start:end]
        end = start - 1
    return ""


def _continue_quotes(sentences):
    # A quotation with no speaker that follows a sourced quotation continues it (a photo
    # caption printed between the two is already out as boilerplate).
    last = None
    for i, sentence in enumerate(sentences):
        quoted = [c for c in sentence.cuts if c.quote]
        if sentence.unattributed_quote and quoted and last:
            sentences[i] = replace(sentence, cuts=tuple(replace(c, source=last) if c.quote else c
                                                        for c in sentence.cuts))
        elif sentence.cuts or sentence.quote_speaker:
            # "“Demand is strong,” Kim said. “We sold out …”": the first part may hold no claim.
            last = next((c.source for c in sentence.cuts if c.quote and c.source), sentence.quote_speaker)
    return sentences
