"""Cut one sentence into atomic claim spans (labelling rules 2, 3 and 5).

A sentence passes through small steps: leave out questions and report frames, strip the
attribution around the assertion (opening frames, reporting tails, "X said that"), strip
detachable openers, then split two independent facts at a clause boundary.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from claims import lexicon as lx
from claims import lexicon_dates as ld
from claims.claimtypes import letter_runs
from claims.clauses import clause_after_with, has_verb, split_clauses
from claims.date_patterns import scan_dates
from claims.frames import (RELATIVE_WORD, mid_menurut, mid_tail, opening_frame, predicate_after_tail,
                           reporting_tail, verb_frame)
from claims.quick_init import quick_init
from claims.text_features import may_hold_any

_TRAIL = " \t.,;:!…"


@quick_init
@dataclass(frozen=True, slots=True)
class Cut:
    """A claim span with what the sentence around it says about its source."""
    start: int
    end: int
    source: str | None = None
    quote: bool = False
    frame: tuple[int, int] | None = None     # the governing attribution, read for dates
    inner: tuple[tuple[int, int], ...] = ()  # embedded parts whose numbers are not this claim's
    inner_dated: tuple[tuple[int, int], ...] = ()  # the same parts with their heads, for dates
    embedded: bool = False
    score: float = 0.0


def trim(text: str, s: int, e: int, chars: str = _TRAIL) -> tuple[int, int]:
    """Shrink ``[s, e)`` past white space at the start and ``chars`` at the end."""
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1] in chars:
        e -= 1
    return s, e


def strip_openers(text: str, s: int, e: int) -> int:
    """Start of the assertion after detachable openers ("Selain itu,", "However,")."""
    for _ in range(3):
        m = lx.OPENERS.match(text, s, e) if may_open_with_opener(text, s) else None
        if not m or e - m.end() < 4:
            break
        s = m.end()
    return s


# Every lx.OPENERS match opens with one of these words (or a word they begin): a clause that
# opens otherwise, as most do, is not matched against the case-blind alternatives in turn.
OPENER_STARTS = ("selain", "besides", "apart", "aside", "in", "sementara", "namun", "akan", "tetapi", "meski",
                 "walau", "kendati", "kemudian", "lalu", "jadi", "adapun", "sebagai", "oleh", "dengan", "di",
                 "sebelumnya", "selanjutnya", "however", "meanwhile", "additionally", "moreover", "dari",
                 "berdasarkan", "informasi", "furthermore", "also", "but", "so", "then", "still", "yet",
                 "nevertheless", "on", "atas", "terkait", "menanggapi", "mengenai", "soal", "regarding", "padahal",
                 "bahkan", "even", "karena", "maka", "with", "elsewhere", "separately", "at", "by", "overall",
                 "as", "for", "despite", "secara")


def may_open_with_opener(text: str, s: int) -> bool:
    """False only when no lx.OPENERS match can start at ``s``. (Text that is not ASCII is left
    to the pattern: a case-blind pattern matches "ſ" and "İ" as "s" and "i", which lower-casing
    does not.)"""
    head = text[s:s + 12]             # the longest of OPENER_STARTS has twelve letters
    return not head.isascii() or head.lower().startswith(OPENER_STARTS)


# "Artinya, …", "In other words, …": the writer's reading of the figures before it opens the
# sentence; what follows the comma is the fact (rule 3). Inside a quotation the words are the
# speaker's and stay (cut_quotation does not call this).
_READING_OPENER = re.compile(r"(?:artinya|dengan\s+kata\s+lain|in\s+other\s+words|that\s+means|this\s+means)\s*,\s*",
                             re.I)


def _past_reading_opener(text: str, s: int, e: int) -> int:
    m = _READING_OPENER.match(text, s, e)
    return m.end() if m and e - m.end() > 15 else s


def cut_sentence(text: str, s: int, e: int, language: str) -> list[Cut]:
    """Claim spans of a plain (non-quotation) sentence, before the worthiness filter."""
    s, e = trim(text, s, e)
    if text[s:e + 1].rstrip().endswith("?"):
        return []
    e = _before_speaker_aside(text, s, e)
    semicolon = text.find("; ", s, e)
    if semicolon > s and verb_frame(text, semicolon + 2, e)[0] is not None:
        # "The clinic closed in May; the ministry said 300 patients were moved": the frame
        # after a semicolon opens a sentence of its own
        return cut_sentence(text, s, semicolon, language) + cut_sentence(text, semicolon + 2, e, language)
    relay = lx.RELAY_TAIL.search(text, s, e)
    if relay and relay.start() - s > 15:
        # "…, kata X, seperti dikutip Antara": the outlet that relays the words is no source
        # when the sentence names a speaker; alone, it is the outlet the article cites (rule 6).
        # The day it was carried ("…, seperti diberitakan Antara pada Senin") dates the first clause,
        # as a tail's day does.
        outlet = (relay.group("outlet") or relay.group("en")).strip()
        return [c if c.source else Cut(c.start, c.end, outlet, c.quote, c.frame or (None if i else relay.span()),
                                       c.inner, c.inner_dated, c.embedded, c.score)
                for i, c in enumerate(cut_sentence(text, s, relay.start(), language))]
    acted = _act_then_said(text, s, e, language)
    if acted is not None:
        # "X conceded defeat on Sunday but said his party would …": the act is a fact of its own,
        # what X said after it is X's
        subject, joint = acted
        return cut_sentence(text, s, joint.start(), language) + _credited(cut_sentence(text, joint.end(), e, language), subject)
    joined = _clause_joined_before_a_speaker(text, s, e, language)
    if joined is not None:
        return cut_sentence(text, s, joined[0], language) + cut_sentence(text, joined[1], e, language)
    mid = mid_tail(text, s, e)
    if mid:
        return _around_mid_tail(text, s, e, language, mid)
    source, frame, s = opening_frame(text, s, e)
    if source is None and (opened := strip_openers(text, s, e)) != s:
        source, frame, s = opening_frame(text, opened, e)     # "Namun, menurut X, …", "However, according to X, …"
    s = strip_openers(text, s, e)
    tail = reporting_tail(text, s, e)
    if tail and _HEAD_WITH_RELATIVE.fullmatch(text, s, tail[0]) \
            and not has_verb(text, s, text.find(",", s, tail[0]), language):
        tail = None     # "The federation, which organizes the race, said …": the verb is the head's
    if tail and (inside := _tail_inside_its_clause(text, s, tail, language)):
        # "Para pelaku, kata Kapolres Dedi, sudah ditahan": the tail sits between the subject and
        # its predicate; the clause is the whole sentence, credited to the speaker
        source, frame = tail[1], inside
    elif tail:
        after = _clause_after_the_tail(text, tail[2], e)
        if after is not None:
            # "…, the agency said on Friday, after a drought cut output by 20%", "…, the director
            # said, before being transferred to …": what the speaker tells after the tail is a
            # fact of its own, theirs too
            return cut_sentence(text, s, tail[2], language) + _credited(cut_sentence(text, after, e, language), tail[1])
        e, source, frame = tail[0], tail[1], (tail[0], tail[2])
        if _CITED_TAIL.match(text, frame[0], frame[1]) and (inner := verb_frame(text, s, e))[0] is not None \
                and not RELATIVE_WORD.search(inner[0]):
            # "The court said the firm had favoured its drivers, according to a ruling seen by
            # Reuters": the nearest reporting verb governs the words; the document only relays them
            # ("The man who said he saw the crash was arrested, according to police": that "said"
            # is a relative clause's, no frame of the sentence)
            source, frame, s = inner
    elif source is None and language == "en" and (inside := _en_tail_inside_its_clause(text, s, e, language)):
        source, frame = inside
    elif source is None:
        source, frame, s = _frame_past_relative(text, s, e, verb_frame(text, s, e))
        if frame and (_judgement(text, frame, s, e) or _asked_to_report(source)):
            return []
    s, source, frame = mid_menurut(text, s, e, source, frame)
    s = _past_reading_opener(text, strip_openers(text, *trim(text, s, e)), e)
    e = before_interpretation(text, s, e)
    if frame is not None and frame[0] < s and (said_day := _DAY_OF_THE_WORDS.search(text, s, e)) \
            and scan_dates(text, s, said_day.start()):
        # "X mengatakan ujian digelar pada 7 Desember, Minggu (29/11).": the day closing a sentence
        # a frame opens is when the words were said, no part of a claim that tells its own date
        # (a claim with none keeps it: the day the words were said dates it)
        e = said_day.start()
    # The frame's date ("…, X said on Monday") dates the clause it reports first; later clauses
    # of the sentence keep the source but carry only their own dates.
    parts = _appeal_lists_whole(text, _clauses_of_each_report(text, s, e, language, source))
    return [_clause_frame(text, Cut(a, b, _clause_source(text, parts, i, source, tail), False,
                                    frame if i == 0 else None), later=i > 0)
            for i, (a, b) in enumerate(parts)]


# "X said sales had risen 12 percent and added that …", "Kapolres mengatakan … dan menambahkan
# bahwa …": a second reporting verb of the same speaker opens a second report.
_SECOND_REPORT = re.compile(r",?\s+(?:and|but|dan|namun|tetapi|serta)\s+(?:also\s+|juga\s+)?"
                            r"(?:added|confirmed|warned|noted|stressed|said|explained|insisted|acknowledged"
                            r"|menambahkan|menegaskan|mengatakan|menjelaskan|menyebutkan|mengungkapkan)"
                            r"(?:,)?\s+(?:that|bahwa)\s+")


def _clauses_of_each_report(text: str, s: int, e: int, language: str, source: str | None) -> list[tuple[int, int]]:
    second = _SECOND_REPORT.search(text, s, e) if source else None
    if second is None or second.start() - s < 10:
        return split_clauses(text, s, e, language)
    return split_clauses(text, s, second.start(), language) + split_clauses(text, second.end(), e, language)


_DAY_OF_THE_WORDS = re.compile(rf",\s*(?:{'|'.join(w.capitalize() for w in ld.WEEKDAY_NAMES_ID)})"
                               r"\s*\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)\s*$")
_AFTER_THE_TAIL = re.compile(r",\s+(?:after|before)\s+(?=\S)")
_CITED_TAIL = re.compile(r",\s*(?:according\s+to|menurut)\s", re.I)


def _clause_after_the_tail(text: str, tail_end: int, e: int) -> int | None:
    """Where an "after"/"before" clause or participle of its own starts, when one closes the
    sentence after a reporting tail (the tail's frame ends before it only then); else None."""
    m = _AFTER_THE_TAIL.match(text, tail_end, e) if tail_end < e else None
    return m.end() if m is not None else None


def _credited(cuts: list[Cut], source: str) -> list[Cut]:
    """``cuts`` with ``source`` where they name none of their own."""
    return [c if c.source else Cut(c.start, c.end, source, c.quote, c.frame, c.inner, c.inner_dated, c.embedded, c.score)
            for c in cuts]


_THEN_SAID = re.compile(r",?\s+(?:but|and)\s+(?:also\s+)?(?:said|added)\s+(?:that\s+)?(?=\S)")
_SUBJECT_THEN_ACT = re.compile(rf"(?P<subject>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*|\s+[a-z][\w'’-]*){{0,6}}?)\s+"
                               rf"(?:[a-z]{{3,}}ed|{lx.EN_IRREGULAR_PAST_ALTERNATION})\b")


def _act_then_said(text: str, s: int, e: int, language: str):
    """(subject, joint) when a named subject's past act is followed by "but/and said …" in English."""
    if language != "en" or " said " not in text[s:e] and " added " not in text[s:e]:
        return None
    joint = _THEN_SAID.search(text, s, e)
    subject = _SUBJECT_THEN_ACT.match(text, s, joint.start()) if joint else None
    if subject is None or joint.start() - subject.end() < 5 or " said " in text[s:joint.start()]:
        return None
    return subject.group("subject"), joint


# "Banjir merendam 300 rumah dan warga menyebut air mulai naik", "Floods damaged 300 homes, and
# residents said …": a clause joined before the speaker of a frame is a fact of its own.
_JOINING_AND = re.compile(r",?\s+(?:dan|and)\s+")


def _clause_joined_before_a_speaker(text: str, s: int, e: int, language: str) -> tuple[int, int] | None:
    """(end of the first clause, start of the framed one) when the speaker phrase a frame reads
    holds a clause and a conjunction; else None."""
    if " dan " not in text[s:e] and " and " not in text[s:e]:
        return None
    speaker, frame, _start = verb_frame(text, s, e)
    if speaker is None or frame[0] != s:
        return None
    at = text.find(speaker, s, frame[1])
    joint = None
    for joint in _JOINING_AND.finditer(text, s, at + len(speaker)) if at >= 0 else ():
        pass
    if joint is None or joint.end() < at or joint.start() - s < 15 or "," in text[joint.end():frame[1]]:
        return None     # ("Modi, who visited … and met …, said", "The suspects, aged 24 and 31, told"
        #                  : the conjunction is inside an aside on the speaker)
    # ("…, dan pihak sekolah menyatakan …": the speaker read opens with the conjunction)
    if speaker.lower().startswith(("dan ", "and ")) or has_verb(text, s, joint.start(), language):
        return joint.start(), joint.end()
    return None


def _tail_inside_its_clause(text: str, s: int, tail, language: str) -> tuple[int, int] | None:
    """The span of a tail set between a verbless subject and its predicate ("Para pelaku, kata
    Dedi, sudah ditahan"), or None when the tail closes the clause."""
    start, _speaker, end = tail
    if has_verb(text, s, start, language):
        return None
    predicate = predicate_after_tail(text, start, end, language)
    return (start, predicate) if predicate is not None else None


# "The fault, Berg said, was fixed by 6 p.m.", "The decision, he said, was final": an English tail
# between a verbless subject and its predicate, which opens with a verb.
_EN_TAIL_INSIDE = re.compile(
    r"[^,]{2,60}(?P<tail>,\s+(?P<who>he|she|they|(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
    r"|the\s+[a-z]+(?:\s+[a-z]+){0,2}|police|[a-z]{4,}s)\s+(?:said|says|say|added|noted|told\s+reporters)(?:\s+on\s+[A-Z][a-z]+)?,)"
    rf"\s+(?=(?:is|are|was|were|has|have|had|will|would|could|can|may|might|remains?|remained|[a-z]{{3,}}ed"
    rf"|{lx.EN_IRREGULAR_PAST_ALTERNATION})\b)")


def _en_tail_inside_its_clause(text: str, s: int, e: int, language: str) -> tuple[str, tuple[int, int]] | None:
    """(speaker, tail span) of an English tail inside its clause, or None: the clause is the
    whole sentence, credited to the speaker."""
    if ", " not in text[s:e]:
        return None
    m = _EN_TAIL_INSIDE.match(text, s, e)
    if m is None or has_verb(text, s, m.start("tail"), language):
        return None
    return m.group("who"), m.span("tail")


# A subject (no verb of its own) with only a relative clause set off by a comma is no assertion
# a tail reports: the verb after the clause ("The board, which runs the port, said …") is the
# subject's own. "Ten people had entered the race, which …, officials said" is one.
_HEAD_WITH_RELATIVE = re.compile(r"[^,]{2,60},\s+(?:which|who|yang)\s(?:[^,]|,(?=\d))+")


# "Jane Roe, who was told of the plan on Monday, said …": a verb of saying inside a relative
# clause on the subject is no frame; the frame is the verb after the clause. So is one after a
# participle aside: "The defence team, led by Ana Ruiz, argued that …".
_RELATIVE_IN_FRAME = re.compile(r",\s+(?:who|which|(?:led|headed|chaired|represented|run|owned|backed|accompanied)"
                                r"\s+by)\s")
_CLOSING_COMMA = re.compile(r",(?!\d)")


def _frame_past_relative(text: str, s: int, e: int, found):
    source, frame, after = found
    # (with no frame found, the aside may be what hid it: "The team, led by X, argued that …")
    m = _RELATIVE_IN_FRAME.search(text, s, after if frame else min(e, s + _ASIDE_REACH))
    if m is None:
        return found
    close = _CLOSING_COMMA.search(text, m.end(), e)
    if close is None or close.start() < after:
        return found
    masked = text[:m.start()] + " " * (close.start() - m.start()) + text[close.start():]
    again = verb_frame(masked, s, e)
    if not again[1] and not frame:     # the head is no name: the comma closing the aside goes too
        again = verb_frame(masked[:close.start()] + " " + masked[close.end():], s, e)
    return again if again[1] else found


_ASIDE_REACH = 100


# "X has said A, although B": the concession after the reported clause is the writer's
# comment on it, so X's frame does not govern it (rule 6); a tail after both ("A, although B,
# X said") does.
_CONCESSIVE = re.compile(r"[,;]?\s*(?:although|though|even\s+though|meskipun|walaupun|padahal)\s*$", re.I)
_CONCESSIVE_WORDS = ("though", "meskipun", "walaupun", "padahal")     # every _CONCESSIVE match holds one


def _clause_source(text: str, parts: list[tuple[int, int]], i: int, source: str | None, tail) -> str | None:
    if i == 0 or tail or not may_hold_any(text[parts[i - 1][1]:parts[i][0]], _CONCESSIVE_WORDS) \
            or not _CONCESSIVE.search(text, parts[i - 1][1], parts[i][0]):
        return source
    return None


# "Camat mengimbau warga memangkas dahan, mengikat atap, dan segera melapor …": the acts an
# appeal asks for are one appeal (rule 2); the last one, split at "dan", asserts nothing alone.
# An appeal is a verb of urging (in any tense) addressed to the public or a section of it; the
# acts themselves are not listed: any list after it is one appeal.
# (?=…): the verbs' first letters, a skip-ahead the case-blind pattern cannot make itself.
_APPEAL = re.compile(r"(?=[acimru])\b(?:meminta|minta|mengimbau|menghimbau|imbau|mengajak|menyerukan|mendesak|mengingatkan"
                     r"|urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+on|ask(?:s|ed|ing)?|appeal(?:s|ed|ing)?\s+to"
                     r"|remind(?:s|ed|ing)?|advis(?:e|es|ed|ing))"
                     r"\s+(?:(?:the|all|local)\s+)?(?:warga|masyarakat|publik|penduduk|orang\s+tua|pengendara|pengguna"
                     r"|penumpang|wisatawan|pengunjung|pemudik|konsumen|pelanggan|semua\s+pihak"
                     r"|residents|public|people|parents|drivers|motorists|users|passengers|travell?ers|commuters"
                     r"|visitors|tourists|consumers|customers|citizens|everyone)\b", re.I)
_LIST_JOIN = re.compile(r",?\s+(?:dan|and|serta)\s*$")


def _appeal_lists_whole(text: str, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    if len(parts) < 2 or not _APPEAL.search(text, parts[0][0], parts[0][1]):
        return parts
    out = [parts[0]]
    for a, b in parts[1:]:
        if _LIST_JOIN.search(text, out[-1][1], a) and "," in text[out[-1][0]:out[-1][1]]:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


_DIGIT = re.compile(r"\d")
# "…, a person familiar with the matter said, speaking on condition of anonymity": how the
# speaker spoke closes the sentence; it is neither claim nor speaker.
_SPEAKER_ASIDE = re.compile(r"(?P<aside>,\s+(?:speaking|asking|declining|requesting)\s+(?:on|not|to|that|anonymity)\b[^,]*$)"
                            # "…, the company said, citing weak harvests": what the speaker cites is
                            # part of the frame, but only after a tail ("X cut its forecast, citing
                            # weak demand" gives X's reason)
                            rf"|\s(?:{lx.EN_TAIL_VERBS}|say)(?P<cited>,\s+citing\s[^,]*$)")
_ASIDE_PARTICIPLE = re.compile(r"speaking|asking|declining|requesting|citing")


def _before_speaker_aside(text: str, s: int, e: int) -> int:
    if text.find("ing ", s, e) < 0 or not _ASIDE_PARTICIPLE.search(text, s, e):
        return e        # every aside opens with one of these participles
    m = _SPEAKER_ASIDE.search(text, s, e)
    start = (m.start("aside") if m.group("aside") else m.start("cited")) if m else -1
    return trim(text, s, start)[1] if m and start - s > 15 else e


# "Para pendaki disarankan memastikan perlengkapan …": the "speaker" before a verb of ensuring or
# reporting is the one being urged, so the sentence is an appeal, no claim (rule 2).
_URGED = frozenset("diimbau dihimbau diminta disarankan dianjurkan".split())


def _asked_to_report(source: str | None) -> bool:
    return bool(source) and source.rsplit(None, 1)[-1].lower() in _URGED


# What a speaker says of their own experience ("mengaku …") is checkable when it counts in words
# or dates what happened; an ordinal ("pada putaran ketiga") does neither.
_OF_ONESELF = {"mengaku"}
_COUNT_WORD = re.compile(r"\b(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|belas|puluh"
                         r"|ratus|ribu|juta|separuh|setengah|sepertiga|seperempat)\b"
                         r"(?!\s+(?:hati|mati|jiwa|hatinya))", re.I)     # ("setengah hati": half-hearted)
_PAST_SPAN = re.compile(r"\b(?:sejak|selama)\s+(?:[a-z]+\s+)?(?:lalu|terakhir)\b|\bkemarin\b", re.I)


def _judgement(text: str, frame: tuple[int, int], s: int, e: int) -> bool:
    """True when the frame's verb introduces an opinion ("menilai", "argued") and the content
    gives no figure to check (rule 2)."""
    verbs = lx.OPINION_FRAME_VERBS.intersection(letter_runs(text[frame[0]:frame[1]].lower()))
    if verbs == _OF_ONESELF and (_COUNT_WORD.search(text, s, e) or _PAST_SPAN.search(text, s, e)):
        return False    # "mengaku sudah menunggu bantuan sejak kemarin", "… turun separuh": a count, a share or a time
    if verbs and verbs <= _ARGUE and _PARTY_IN_COURT.search(text, frame[0], frame[1]):
        return False    # "The defence argued that no autopsy had been performed": a contention on record
    return bool(verbs) and not _DIGIT.search(text, s, e)


# What a party argues in court ("The defence team argued that …", "X had argued at trial that …")
# is a contention the record holds, not a commentator's view ("Defence analysts argued …").
_ARGUE = frozenset("argued argues argue".split())
_PARTY_IN_COURT = re.compile(r"\b(?:defen[cs]e(?!\s+(?:minister|ministry|analysts?|experts?|officials?|forces?|budget"
                             r"|spending|industry|chiefs?))|lawyers?|attorneys?|counsel|prosecutors?|prosecution"
                             r"|plaintiffs?|defendants?|at\s+trial|in\s+court|before\s+the\s+court)\b", re.I)


def before_interpretation(text: str, s: int, e: int) -> int:
    """End of the fact before a ", which means …" reading of it; ``e`` when there is none."""
    m = lx.INTERPRETATION.search(text, s, e)
    return trim(text, s, m.start())[1] if m and m.start() - s > 15 else e


def _around_mid_tail(text: str, s: int, e: int, language: str, mid) -> list[Cut]:
    # "A, he said, and B": the tail credits both clauses; it dates the first one only.
    tail_start, tail_end, source = mid
    first = cut_sentence(text, s, tail_start, language)
    # "…, officials said, with 90 percent of ballots counted": under which state the first
    # clause holds, no fact of its own
    with_state = text[tail_end - 5:tail_end].lower() == "with " and not clause_after_with(text, tail_end, e)
    second = [] if with_state else cut_sentence(text, tail_end, e, language)
    frame = (tail_start, tail_end)
    # "…, the agency said, as workers began burying the dead": what goes on meanwhile is the
    # reporter's scene, not the speaker's words
    credited = first if _AS_MEANWHILE.search(text, tail_start, tail_end) else first + second
    return [Cut(c.start, c.end, c.source or (source if c in credited else None), c.quote,
                c.frame or (frame if i == 0 else None)) for i, c in enumerate(first + second)]


_AS_MEANWHILE = re.compile(r",\s*as\s+$", re.I)     # (the tail's span takes the "as")


def _clause_frame(text: str, cut: Cut, later: bool = False) -> Cut:
    # A later clause may carry its own reporting verb: "…, with officials reporting that …";
    # it governs that clause even when the sentence has a frame ("X said A, but Y warned that B").
    if cut.source and not later:
        return cut
    source, frame, s = verb_frame(text, cut.start, cut.end)
    return Cut(s, cut.end, source, False, frame) if source else cut


def cut_quotation(text: str, s: int, e: int, language: str, source: str | None,
                  frame: tuple[int, int] | None) -> list[Cut]:
    """Claim spans inside a direct quotation (marks and tail already excluded)."""
    s, e = trim(text, s, e, _TRAIL + "“”\"")
    if e <= s or text[s:e + 2].rstrip("”\" ").endswith("?"):
        return []
    s = strip_openers(text, s, e)
    return [Cut(a, b, source, True, frame) for a, b in split_clauses(text, s, e, language)]
