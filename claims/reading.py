"""Read the content blocks of an article into sentences and their claim cuts.

Quotations are found per paragraph first, because one quotation can span several sentences
and its speaker is named only after the last one ("“A. B,” kata X").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from operator import attrgetter

from claims import lexicon as lx
from claims import lexicon_dates as ld
from claims.attribute import find_quotes, speaker_with_appositive_name, tail_source
from claims.clauses import (BARE_PAST_BEFORE_ITS_OBJECT, NOT_SUPERLATIVE_STEMS, RELATIVE_ASIDE, SHARE_OF_A_WHOLE,
                           opens_share_of_whole)
from claims.cut import Cut, cut_quotation, cut_sentence, strip_openers, trim
from claims.embed import closing_appositive, embedded_facts, ends_outer_claim
from claims.excerpt import complete_end
from claims.paragraphs import content_blocks
from claims.segment import sentence_spans
from claims.text_features import may_hold_any
from claims.worth import THRESHOLD, checkworthiness, quoted_verdict
from claims.quick_init import quick_init

_LEAD_FRAME = re.compile(rf"^(?P<who>.{{2,80}}?)\s+(?:{lx.FRAME_VERBS}|{lx.ID_TAIL_VERBS})\s*[:,]?\s*$", re.I)


_DECK_REACH = 8
# The end of a sentence (the last one before a quotation's lead frame opens the speaker's).
_SENTENCE_BREAK = re.compile(r"[.!?][\"”]?\s+(?=[A-Z])")


@quick_init
@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence's claims, with what it says about the claims around it."""
    cuts: tuple[Cut, ...]
    paragraph: int
    report: str | None = None                 # "Kabar tersebut disampaikan oleh X": X
    report_frame: tuple[int, int] | None = None
    unattributed_quote: bool = False          # a quotation with no speaker of its own
    speaker: str | None = None                # who the sentence credits, even if no claim is kept
    quote_speaker: str | None = None          # the speaker of its quotation, even if nothing is kept


def read_blocks(text: str, boilerplate, title, language: str) -> list[Sentence]:
    """Sentences of the article's content blocks, in text order."""
    skip = {(b.start, b.end) for b in boilerplate}
    blocks = content_blocks(text, skip)
    bodies = [text[b.start:b.end].strip() for b in blocks]     # each block's text, read once
    later = _repeated_later(bodies)
    title_text = text[title[0]:title[1]].strip() if title else None
    first = _after_repeated_title(bodies, title_text)
    deck = _deck_after_title(bodies, title_text)
    out: list[Sentence] = []
    for p, (block, body) in enumerate(zip(blocks, bodies)):
        if block.kind == "heading" or body == title_text or p in later or p < first or p == deck:
            continue
        if block.kind == "list":
            out.append(Sentence(tuple(_worthy(text, [Cut(*trim(text, block.start, block.end))],
                                               language)), p))
        else:
            end = complete_end(text, block.start, block.end) if p == len(blocks) - 1 else block.end
            out.extend(read_paragraph(text, block.start, end, language, p))
    return out


def _after_repeated_title(bodies: list[str], title_text: str | None) -> int:
    """Index of the first block after the headline printed a second time, 0 when it is not:
    what stands between the two copies is the deck (rule 2: decks are no claims)."""
    if not title_text:
        return 0
    seen = [i for i, body in enumerate(bodies[:_DECK_REACH]) if body == title_text]
    return seen[1] + 1 if len(seen) > 1 and seen[1] - seen[0] <= 3 else 0


_SENTENCE_END = (".", "!", "?", "\"", "”", ":", ";")


def _deck_after_title(bodies: list[str], title_text: str | None) -> int:
    """Index of a one-line block right after the headline that ends without a full stop: a
    deck or standfirst (rule 2), -1 when there is none."""
    if not title_text:
        return -1
    for i, body in enumerate(bodies[:_DECK_REACH - 1]):
        if body != title_text:
            continue
        nxt = bodies[i + 1] if i + 1 < len(bodies) else ""
        one_line = "\n" not in nxt and len(nxt.split()) >= 4
        return i + 1 if one_line and not nxt.endswith(_SENTENCE_END) else -1
    return -1


def _repeated_later(bodies: list[str]) -> set[int]:
    # A deck or caption that repeats a later paragraph word for word is not the claim's home.
    # Decks sit near what they repeat: look a few blocks ahead, not through the whole text.
    return {i for i, body in enumerate(bodies) if _in_one_of(body, bodies[i + 1:i + 1 + _DECK_REACH])}


_NO_BODY_HOLDS = "\x00"     # (a body holding it is tested against each later one in turn)


def _in_one_of(body: str, later: list[str]) -> bool:
    """``any(body in x for x in later)`` in one search: joined by a character the body does
    not hold, the later bodies hold ``body`` exactly where one of them does."""
    if not later or _NO_BODY_HOLDS in body:
        return any(body in x for x in later)
    return body in _NO_BODY_HOLDS.join(later)


def read_paragraph(text: str, a: int, b: int, language: str, p: int) -> list[Sentence]:
    """Sentences of one paragraph with their claim cuts."""
    a = _skip_dateline(text, a, b)
    found = find_quotes(text, a, b)
    quotes = [q for q in found if _is_speech(text, q, a, b)]
    speakers = {q: _quote_speaker(text, q, a, b) for q in quotes}
    out, i = [], 0
    for s, e in sentence_spans(text, a, b):
        while i < len(quotes) and quotes[i][1] - 1 <= s:   # quotes are in order: skip past ones
            i += 1
        q = _sentence_quote(quotes[i:i + 2], speakers, s, e) if i < len(quotes) else None
        if not q:
            out.append(_plain(text, s, e, language, p))
            continue
        said = _quoted(text, s, e, q, speakers[q], language, p)
        more = _resumed_quote(text, q, found, e)
        if more:        # "“A,” X said, “and B.”": the speaker says B too
            rest = _quoted(text, s, e, more, speakers[q], language, p)
            said = Sentence(said.cuts + rest.cuts, p, unattributed_quote=said.unattributed_quote,
                            speaker=said.speaker, quote_speaker=said.quote_speaker)
        out.append(said)
    return out


def _sentence_quote(near: list, speakers: dict, s: int, e: int):
    """Of the next quotations ``near``, the one the sentence ``[s, e)`` lies in, else one it
    opens that names its speaker, else None. (Loops, not next() over generators: this runs
    for every sentence.)"""
    for q in near:
        if q[0] <= s + 1 and s < q[1] - 1:
            return q
    for q in near:
        if s < q[0] < e and speakers[q][2]:
            return q
    return None


def _resumed_quote(text: str, q, quotes: list, e: int):
    """The quotation that resumes after ``q``'s tail inside the same sentence, or None."""
    later = [r for r in quotes if q[1] <= r[0] < e]
    if not later or not text[q[1] - 2:q[1]].startswith(","):
        return None
    gap = text[q[1]:later[0][0]].rstrip()
    if not (gap.endswith(",") and len(gap.split()) <= 6 and tail_source(text, q[1], later[0][0])):
        return None
    # The connective that joins the two halves is not part of the second one (rule 3).
    joined = _RESUMING_CONNECTIVE.match(text, later[0][0] + 1, later[0][1])
    return (joined.end() - 1, later[0][1]) if joined else later[0]


_RESUMING_CONNECTIVE = re.compile(r"(?:and|but|dan|tetapi|namun)\s+")


_DATELINE_REACH = 45     # the longest dateline prefix skipped


def _skip_dateline(text: str, a: int, b: int) -> int:
    # Every prefix ends with a dash and the white space after it: a paragraph with no dash
    # in its first characters (most) has none, and the pattern is not tried.
    head = text[a:b if b < a + _DATELINE_REACH else a + _DATELINE_REACH]     # (min() costs a call)
    if "-" not in head and "–" not in head and "—" not in head:
        return a
    m = lx.DATELINE_PREFIX.match(text, a, b)
    return m.end() if m and m.end() - a <= _DATELINE_REACH else a


def _is_speech(text: str, q, a: int, b: int) -> bool:
    before = text[a:q[0]].rstrip()
    if not before or before[-1] in ".!?”\"":
        return True
    return bool(_LEAD_FRAME.search(before[-120:]) and before[-1] in ":,") or \
        bool(tail_source(text, q[1], b))


def _quote_speaker(text: str, q, a: int, b: int):
    """(source, frame span, lead?) of a quotation: its tail, else a lead frame."""
    tail = tail_source(text, q[1], b)
    if tail:
        stop = text.find(".", tail[1], b)
        return tail[0], (q[1], stop if stop > 0 else b), False
    lo = max(a, q[0] - 120)
    for ended in _SENTENCE_BREAK.finditer(text, lo, q[0]):
        lo = ended.end()        # "… on Monday. Amira Doyle said: "…"": the speaker's own sentence
    lead = _LEAD_FRAME.search(text[lo:q[0]].rstrip())
    if lead and text[a:q[0]].rstrip()[-1:] in ":,":
        return lead.group("who").rsplit(",", 1)[-1].strip(), (lo, q[0]), True
    return None, None, False


def _quoted(text: str, s: int, e: int, q, speaker, language: str, p: int) -> Sentence:
    cs, ce = max(s, q[0] + 1), min(e, q[1] - 1 if text[q[1] - 1] in "”\"" else q[1])
    source, frame, _lead = speaker
    said = [c for c in cut_quotation(text, cs, ce, language, source, frame)
            if not quoted_verdict(text, c.start, c.end)]
    cuts = _worthy(text, said, language)
    if not _lead and q[1] < e:
        cuts += _tail_claims(text, q[1], e, source, frame, language)
    return Sentence(tuple(cuts), p, unattributed_quote=source is None,
                    speaker=source, quote_speaker=source)


# "…,” said X, adding that B" / "…,” kata X, seraya menambahkan bahwa B" / "…, while warning
# that B": B is reported speech of the same speaker (rule 5), a claim of its own.
_DIGIT = re.compile(r"\d")
_ADDING_THAT = re.compile(r",\s+(?:and\s+|dan\s+|seraya\s+|sambil\s+|while\s+)?(?:adding|added|menambahkan"
                          r"|warning|noting|stressing|arguing|insisting|claiming)\s+(?:that|bahwa)\s+")


_ADDED_VERB = re.compile(r"adding|added|menambahkan")


def _added_clause(text: str, a: int, b: int):
    """The ", adding that" match in ``text[a:b]``, or None. Every match holds "dd",
    "menambahkan" or "ing that": bounded finds rule out almost every span before the pattern runs."""
    if text.find("dd", a, b) < 0 and text.find("menambahkan", a, b) < 0 and text.find("ing that", a, b) < 0:
        return None
    return _ADDING_THAT.search(text, a, b)


def _cut_with_added(text: str, s: int, e: int, added, language: str) -> list[Cut]:
    """"X said A, adding that B" and "A, X said, adding that B": A and B are two claims of the
    same speaker; the part before the added clause is cut on its own, tail included."""
    first = cut_sentence(text, s, added.start(), language)
    said = next((c for c in first if c.source), None)
    if said is None and not _ADDED_VERB.search(added.group()):
        # "Police fired tear gas, stressing that …": no one spoke; the act's subject did the
        # stressing, and the clause is read with the sentence
        return cut_sentence(text, s, e, language)
    b_start, b_end = trim(text, added.end(), e)
    if b_end <= b_start:
        return first
    return first + [Cut(b_start, b_end, said.source if said else None, False, said.frame if said else None)]


# "The agency approved the vaccine on Monday, saying trial data showed …": the act is a fact,
# and what its subject said while doing it is a claim of its own credited to that subject.
# So is "X welcomed the move but warned that B": the second verb reports what X said.
_SAYING = re.compile(r",\s+saying\s+(?:that\s+)?|\s+but\s+(?:also\s+)?(?:said|warned|noted|stressed|insisted"
                     r"|cautioned)\s+that\s+")
_SAYER_WORDS = 8    # a subject longer than this is a clause of its own, not a name for the sayer


def _saying_clause(text: str, s: int, e: int):
    """(the ", saying" or "but warned that" match, the sayer) of ``text[s:e]``, after an act
    with a subject of its own and before a clause with a verb, or None."""
    if text.find(", saying ", s, e) < 0 and text.find(" but ", s, e) < 0:
        return None                         # almost every sentence
    m = _SAYING.search(text, s, e)
    # ("Bank Indonesia cut its rate …, saying …": a past tense written like its base form acts too)
    act = (lx.EN_AUX_SEARCH.search(text, s, m.start()) or BARE_PAST_BEFORE_ITS_OBJECT.search(text, s, m.start())) \
        if m else None
    if not act or not lx.EN_AUX_SEARCH.search(text, m.end(), e) or len(text[m.end():e].split()) < 4:
        return None
    # (the subject after an opener: "On Monday, the health ministry approved …", or after a
    # wire dateline, "JAKARTA (AP) — Officials on Sunday lowered …", without the day it acted)
    subject = _WHEN_AFTER_SUBJECT.sub("", re.split(r", | [—–] ", text[s:act.start()])[-1].strip(" ,"))
    return (m, subject) if subject[:1].isalnum() and len(subject.split()) <= _SAYER_WORDS else None


_EN_WEEKDAYS = ld.alternation(w.capitalize() for w in ld.SPELLED_WEEKDAYS if w.isascii() and w.endswith("day"))
_WHEN_AFTER_SUBJECT = re.compile(rf"\s+(?:(?:(?:on|late|early)\s+)?(?:{_EN_WEEKDAYS}|yesterday|today|earlier|later)"
                                 r"(?:\s+(?:morning|afternoon|evening|night))?|(?:this|last)\s+(?:week|month|year)"
                                 # ("Bank Indonesia unexpectedly cut …": the adverb is no part of the sayer)
                                 r"|[a-z]{3,}ly)$")


def _cut_with_saying(text: str, s: int, e: int, saying) -> list[Cut]:
    m, sayer = saying
    first = cut_sentence(text, s, m.start(), "en")
    b_start, b_end = trim(text, m.end(), e)
    if b_end <= b_start or any(c.source for c in first):
        # "Officials said the army withdrew …, saying …": the act is itself reported; the
        # sentence is read whole, as before
        return cut_sentence(text, s, e, "en")
    return first + [Cut(b_start, b_end, sayer, False, (s, m.end()))]


def _tail_claims(text: str, a: int, e: int, source, frame, language: str) -> list[Cut]:
    """Claims in a quotation's tail: a figure on the speaker ("said X, 39": rule 4), what a
    relative clause tells of them, and a clause the speaker adds (", adding that …"). A role,
    even at a named body ("said X, a geologist at Y"), only introduces the speaker (dev 002)."""
    stop = text.find("“", a, e)
    stop = e if stop < 0 else stop     # a resumed quotation is read on its own
    added = _added_clause(text, a, stop)
    head_end = added.start() if added else stop
    # (", who chairs the finance committee", ", yang memimpin BPBD": a relative clause on the
    # speaker is an act of theirs)
    who = max(text.find(", who ", a, head_end), text.find(", yang ", a, head_end))
    cuts = [] if not (_DIGIT.search(text, a, head_end) or who > 0) else \
        [c for c in _loose_embedded(text, a, head_end, ())
         if _DIGIT.search(text, c.start, c.end) or c.start < who < c.end]
    if added:
        clause = Cut(*trim(text, added.end(), stop), source=source, frame=frame)
        cuts += _worthy(text, [clause], language)
    return cuts


def _plain(text: str, s: int, e: int, language: str, p: int) -> Sentence:
    sentence = text[s:e]
    speaking = lx.SPEAKING_SENTENCE.match(sentence.strip())
    if speaking:        # "Marcus Ode spoke to reporters.": the subject is the speaker as written
        return Sentence((), p, report=speaking.group("who"), report_frame=(s, e))
    report = lx.REPORT_SENTENCE.match(sentence.strip())
    if report and report.group("who"):
        lead = len(sentence) - len(sentence.lstrip())     # the match's offsets start after it
        who = speaker_with_appositive_name(text, s + lead + report.start("who"), e) or report.group("who").strip()
        return Sentence((), p, report=who, report_frame=(s, e))
    if _generic_view(text, s, e):
        return Sentence((), p)
    added = _added_clause(text, s, e)   # rare: most sentences add no clause this way
    saying = _saying_clause(text, s, e) if language == "en" and not added else None
    raw = _cut_with_added(text, s, e, added, language) if added and added.start() - s > 15 \
        else _cut_with_saying(text, s, e, saying) if saying else cut_sentence(text, s, e, language)
    cuts = _worthy(text, raw, language)
    cuts += _worthy(text, _said_by_relative(text, s, e, cuts), language)
    return Sentence(tuple(cuts + _with_source_of_their_clause(_loose_embedded(text, s, e, cuts), raw)), p,
                    speaker=_first_source(raw))


def _with_source_of_their_clause(facts: list[Cut], raw) -> list[Cut]:
    """"She said the city should have drawn down its reserve fund, which stood at $61 million":
    a fact embedded in reported words that are no claim themselves keeps their source (rule 6)."""
    if not facts:
        return facts                    # (most sentences: none)
    out = []
    for fact in facts:
        owner = next((c for c in raw if c.source and c.start <= fact.start and fact.end <= c.end), None)
        out.append(_cut_like(fact, source=owner.source, frame=owner.frame) if owner else fact)
    return out


def _first_source(cuts) -> str | None:
    """The source of the first cut that has one (a loop: next() over a generator costs more)."""
    for cut in cuts:
        if cut.source:
            return cut.source
    return None


_VIEW_WORDS = ("expert", "analy", "observer", "econom", "critic", "comment", "pengamat", "ahli",
               "pakar", "kritikus")
_VIEW_GATE = re.compile("|".join(_VIEW_WORDS), re.I)


def _generic_view(text: str, s: int, e: int) -> bool:
    head = e if e < s + 40 else s + 40
    # Cheap gates: the class noun sits at the head of the sentence, and substring tests on
    # the lower-cased head rule out most sentences before the case-blind search runs.
    if not may_hold_any(text[s:head], _VIEW_WORDS) or not _VIEW_GATE.search(text, s, head):
        return False
    a, b = trim(text, s, e)
    a = strip_openers(text, a, b)
    return bool(lx.GENERIC_VIEW.match(text, a, b)) and not re.search(r"\d", text[a:b])


def _worthy(text: str, cuts, language: str) -> list[Cut]:
    out = []
    for cut in cuts:
        score = checkworthiness(text, cut.start, cut.end, language)
        if score < THRESHOLD and opens_share_of_whole(text, cut.start):
            score = THRESHOLD    # verbless, but about the whole the clause before counted
        if score < THRESHOLD and cut.source and language == "id" and _MEASURE_TOLD.fullmatch(text, cut.start, cut.end):
            score = THRESHOLD    # "Kepala BPS … menyebut inflasi 2,1 persen": a measure and its figure, reported
        if score < THRESHOLD and (aside := RELATIVE_ASIDE.search(text, cut.start, cut.end)):
            # "The minister, who was proud of the result, resigned on Friday": a feeling in the
            # aside on the subject leaves the clause's own fact standing
            rest = text[cut.start:aside.start()] + text[aside.end() - 1:cut.end]
            score = max(score, checkworthiness(rest, 0, len(rest), language))
        if score >= THRESHOLD:
            out.extend(_with_embedded(text, _with_score(cut, score), language))
    return out


# A measure named in a few lower-case words and its figure, Indonesian's verbless statement of
# a value ("inflasi 2,1 persen", "harga cabai Rp 80.000 per kilogram").
# (money, or a figure with its unit; "rumah nomor 12" numbers a house, it measures nothing)
_MEASURE_TOLD = re.compile(r"(?![a-z-]+\s+(?:nomor|no|nomer)\b)[a-z][a-z-]+(?:\s+(?!nomor\b|no\b|nomer\b)[a-z][a-z-]+){0,3}\s+"
                           r"(?:(?:sekitar|hampir|lebih\s+dari)\s+)?"
                           r"(?:(?:Rp\s?|US\$\s?)\d[\d.,]*(?:\s+[a-z]+){0,3}|\d[\d.,]*(?:\s+[a-z]+){1,3}|\d[\d.,]*\s?%)")


# "…, according to the Disaster Agency, which said two people were missing": what the speaker
# says in a relative clause is reported speech of its own (rule 5), credited to the named head.
# (embed drops every relative clause of saying, "yg" included: each must be read back here)
_RELATIVE_SAID = re.compile(rf",\s+(?:which|who|yang|yg)\s+(?:also\s+)?{lx.SAYING_VERBS}\s+(?:that\s+|bahwa\s+)?")
_NAMED_BEFORE = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w'’.&-]*(?:\s+(?:of|and|for|on|the|dan|[A-Z][\w'’.&-]*))*$")


def _said_by_relative(text: str, s: int, e: int, cuts) -> list[Cut]:
    if text.find(",", s, e) < 0 or not may_hold_any(text[s:e], (" which ", " who ", " yang ", " yg ")):
        return []
    m = _RELATIVE_SAID.search(text, s, e)
    if not m or any(c.start < e and m.end() < c.end for c in cuts):
        return []
    who = _NAMED_BEFORE.search(text[max(s, m.start() - 120):m.start()])
    if not who:
        return []
    a, b = trim(text, m.end(), e)
    return [Cut(a, b, who.group().strip(), frame=(m.start(), m.end()))] if b - a > 10 else []


# "a geologist at the University of X", "a senior official of the Y board": a role tied to a
# named body can be checked with that body; "a police spokesman" alone only introduces a speaker.
_ROLE_AT_BODY = re.compile(r",\s+(?:a|an|the)\s+[^,]{0,60}?\b(?:at|of|for|with)\s+(?:the\s+)?[A-Z]")
# Only an indefinite role is bare: "X, the club's oldest member" names a unique rank.
_ARTICLE_APPOSITIVE = re.compile(r",\s+(?:a|an|seorang)\s")


def _loose_embedded(text: str, s: int, e: int, cuts) -> list[Cut]:
    # Embedded facts in a part of the sentence no claim covers (a speaker's description).
    s, e = trim(text, s, e)
    if not _may_hold_loose_fact(text, s, e, cuts):
        return []
    return [Cut(head, end, embedded=True, score=0.6) for head, end, rel in embedded_facts(text, s, e)
            if not any(c.start < end and head < c.end for c in cuts) and not _bare_role(text, s, head, rel, end)]


# Every embedded fact (embed.embedded_facts) holds one of these marks after its head's first
# character: the comma, bracket or relative word that opens its describing part (a comma with
# white space and more of the part after it) ...
_MARKS_AFTER_HEAD = (",", "(", "yang", "yg", "selaku", "which", "who", "that", "dimana", "di mana", "where")
# ... or opens with the article of a reduced relative's head, in lower case ("their" holds "the").


def _may_hold_loose_fact(text: str, s: int, e: int, cuts) -> bool:
    """False when no fact of ``[s, e)`` can lie outside ``cuts``: such a fact lies in one stretch
    no cut covers, and none of those holds its marks (most sentences: the cuts leave only the
    speaker's frame, "Menurut data dinas, ", or tail). The second reading is then not made."""
    for a, b in _uncovered(s, e, cuts):
        after_head = text[a + 1:b].rstrip()
        if after_head.endswith(","):
            after_head = after_head[:-1]     # a comma closing the stretch opens no part inside it
        if may_hold_any(after_head, _MARKS_AFTER_HEAD) or text.find("the", a, b) >= 0 \
                or text.find("its", a, b) >= 0:
            return True
    return False


_START = attrgetter("start")


def _uncovered(s: int, e: int, cuts) -> list[tuple[int, int]]:
    """The stretches of ``[s, e)`` that no cut covers, in order."""
    gaps, pos = [], s
    # (compared inline, not with min()/max(), and sorted only when there is an order to make:
    # this runs for every sentence)
    for cut in sorted(cuts, key=_START) if len(cuts) > 1 else cuts:
        if cut.start > pos:
            gaps.append((pos, cut.start if cut.start < e else e))
        if cut.end > pos:
            pos = cut.end
        if pos >= e:
            return gaps
    return gaps + [(pos, e)]


def _bare_role(text: str, s: int, head: int, rel: int, end: int) -> bool:
    """True for "X, a police spokesman": an indefinite role with no figure and no named body.
    A speaker's job in the frame before the verb ("X, a chief engineer at Y, said …") or a
    definite one after it ("said X, the agency's director") only introduces the speaker; a
    figure, a rank or a further role ("yang juga anggota …") is a fact of its own (rule 4)."""
    if _SPEAKER_VERB_NEXT.match(text, end, end + 40) and not _RELATIVE_OPENS.match(text, rel, end):
        return not _fact_about_speaker(text, rel, end)
    after_verb = _after_reporting_verb(text, s, head)
    if _ARTICLE_APPOSITIVE.match(text, rel, end):
        return not _DIGIT.search(text, rel, end) and (after_verb or not _ROLE_AT_BODY.match(text, rel, end))
    return after_verb and _DEFINITE_APPOSITIVE.match(text, rel, end) and not _fact_about_speaker(text, rel, end)


# The speaker's verb right after a description set off by commas: "X, a trader at Y, said …".
_SPEAKER_VERB_NEXT = re.compile(rf",\s+(?:{lx.EN_TAIL_VERBS}|{lx.FRAME_VERBS})\b")
_REPORTING_BEFORE = re.compile(rf"\b(?:{lx.EN_TAIL_VERBS}|{lx.ID_TAIL_VERBS})\s+$", re.I)
# "X, who coaches a youth team, said …": what a relative clause tells of the speaker is an act of
# theirs, not the job that introduces them.
_RELATIVE_OPENS = re.compile(r",?\s+(?:who|which|that|where|yang|yg|dimana|di\s+mana)\s", re.I)
_DEFINITE_APPOSITIVE = re.compile(r",\s+the\s", re.I)
# What makes a speaker's description checkable beyond the job: a rank ("the town's largest
# employer", "the club's first captain"), a count ("a father of two") or a further role added
# with "also".
# (-est closes many nouns and verbs too: "guest", "arrest", "unrest", "interest".)
_RANK_OR_ALSO = re.compile(rf"\b(?:(?!(?:{NOT_SUPERLATIVE_STEMS})est\b)[a-z]{{2,}}est|best|worst|first"
                           r"|only|number\s+one|juga|also)\b", re.I)


def _fact_about_speaker(text: str, rel: int, end: int) -> bool:
    return bool(_DIGIT.search(text, rel, end) or lx.NUMBER_WORDS_SEARCH.search(text, rel, end)
                or _RANK_OR_ALSO.search(text, rel, end))


def _after_reporting_verb(text: str, s: int, head: int) -> bool:
    return bool(_REPORTING_BEFORE.search(text, max(s, head - 20), head))


def _with_embedded(text: str, cut: Cut, language: str) -> list[Cut]:
    facts = [f for f in embedded_facts(text, cut.start, cut.end)
             if not (f[0] == cut.start and f[1] == cut.end) and not _nearly_the_whole(text, cut, *f)
             and not _brought_in_by_an_existential(text, cut.start, f[0])]
    outer, extra = cut, []
    for head, end, rel in facts:
        if (end == cut.end or _SHARE_CLOSING.fullmatch(text, end, cut.end)) and head > cut.start \
                and ends_outer_claim(text, cut.start, head, rel):
            outer = _cut_like(outer, end=trim(text, outer.start, rel)[1])
        else:
            outer = _cut_like(outer, inner=outer.inner + ((rel, end),),
                              inner_dated=outer.inner_dated + ((head, end),))
        extra.append(_cut_like(cut, start=head, end=end, embedded=True, inner=(), inner_dated=()))
    if outer.end == cut.end and not outer.embedded:
        outer, extra = _without_closing_appositive(text, outer, extra, language)
    return [outer] + extra


# "…, where at least 76 people were killed, most of them on Adonara": a share of the embedded
# clause's count closing the sentence leaves the embedded part at its end.
_SHARE_CLOSING = re.compile(r",\s+(?:" + SHARE_OF_A_WHOLE + r")[^,;]*", re.I)


# "Inggris menjadi negara pertama yang …", "ini merupakan banjir ketiga yang …": a part that
# leaves out only a short subject and its link is the claim itself told again, no fact of its own.
# (A clause set off by a comma, ", who scored 21 goals …", or by "dimana" tells of its head apart.)
def _nearly_the_whole(text: str, cut: Cut, head: int, end: int, rel: int) -> bool:
    return cut.start < head and end - head >= 0.75 * (cut.end - cut.start) \
        and (_SUBJECT_AND_LINK.fullmatch(text, cut.start, head) is not None
             or _LINK_OPENS.match(text, head) is not None and len(text[cut.start:head].split()) <= 2) \
        and not text.startswith(",", rel) and not _WHERE.match(text, rel)


_SUBJECT_AND_LINK = re.compile(r"(?:\S+\s+){0,2}?(?:menjadi|merupakan|adalah|ialah|sebagai|masih|ada|terdapat|is|was"
                               r"|are|were|became|becomes|remains)\s+(?:\S+\s+)?", re.I)
_WHERE = re.compile(r"\s*(?:dimana|di\s+mana)\b", re.I)
_LINK_OPENS = re.compile(r"(?:sebagai|as)\s", re.I)     # ("GoTo sebagai perusahaan ke-14 yang …")
# "Selain 41 orang yang tewas, ada delapan orang yang luka berat": what "ada", "terdapat" or
# "there are" brings in is the clause's own assertion, its relative clause no aside on a given thing.
# (a name is no existential: "Ada Smith, who is 45, …")
_EXISTENTIAL = re.compile(r"\b(?:[Aa]da|[Tt]erdapat|[Tt]here\s+(?:is|are|was|were))\s+(?=[a-z\d])")


def _brought_in_by_an_existential(text: str, start: int, head: int) -> bool:
    # (ending at the head, or with the head read from its copula: "There were 12 boats that …")
    found = _EXISTENTIAL.finditer(text, max(start, head - 12), min(len(text), head + 6))
    return any(m.end() >= head for m in found)


# "…, the latest sign of …", "…, the latest in a string of …": the sentence's fact placed in a
# series, the writer's framing rather than a rank to check.
_LATEST_OF_A_SERIES = re.compile(r"the\s+latest\b", re.I)


def _without_closing_appositive(text: str, outer: Cut, extra: list[Cut], language: str) -> tuple[Cut, list[Cut]]:
    """The claim stops before a noun phrase that closes its sentence ranking what it tells; the
    rank is a claim of its own ("…, the most by any player", "…, a new national record")."""
    comma = closing_appositive(text, outer.start, outer.end, language)
    if comma is None:
        return outer, extra
    a, b = trim(text, comma + 1, outer.end)
    if not _LATEST_OF_A_SERIES.match(text, a) and not any(c.start == a and c.end == b for c in extra):
        score = max(THRESHOLD, checkworthiness(text, a, b, language))
        extra = extra + [_with_score(_cut_like(outer, start=a, end=b, embedded=True, inner=(), inner_dated=()), score)]
    return _cut_like(outer, end=trim(text, outer.start, comma)[1]), extra


def _with_score(cut: Cut, score: float) -> Cut:
    return Cut(cut.start, cut.end, cut.source, cut.quote, cut.frame, cut.inner, cut.inner_dated,
               cut.embedded, score)


def _cut_like(cut: Cut, start: int | None = None, end: int | None = None, embedded: bool | None = None,
              inner=None, inner_dated=None, source: str | None = None, frame=None) -> Cut:
    """``cut`` with the given fields changed (dataclasses.replace looks up every field per call)."""
    return Cut(cut.start if start is None else start, cut.end if end is None else end,
               cut.source if source is None else source, cut.quote, cut.frame if frame is None else frame,
               cut.inner if inner is None else inner, cut.inner_dated if inner_dated is None else inner_dated,
               cut.embedded if embedded is None else embedded, cut.score)
