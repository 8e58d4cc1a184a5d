"""Attribution frames around an assertion (labelling rules 5 and 6).

Each finder returns the frame's speaker, the frame's span (read later for dates) and where
the assertion starts or ends: opening frames ("Menurut X,", "Dilansir X, Senin (3/6),"),
reporting tails ("…, kata X", "…, officials said"), reporting verbs after their subject
("X mengatakan bahwa …") and a "menurut X" inserted mid-sentence.
"""
from __future__ import annotations

import re
from functools import lru_cache

from claims import lexicon as lx
from claims import lexicon_numbers as lnum
from claims.attribute import (LISTED_REST, is_person, is_plural_group, listed_name_start, names_one_body,
                              speaker_at, tail_source)
from claims.claimtypes import letter_runs
from claims.clauses import DETERMINERS, STREAK, has_verb, is_id_verb
from claims.lexicon_dates import FULL_WEEKDAYS, MONTHS, SPELLED_WEEKDAYS, WEEKDAY_NAMES_EN, alternation
from claims.segment import rough_sentence_start
from claims.text_features import CaseBlindSearch, WordGate, rare_anchored_alternation

# "X said in a filing on Tuesday that …": where and when the words were said sit between the
# verb and "that"; they belong to the frame.
# English verbs of saying that report only with "that" after them ("X noted that …"; "X
# stressed the need …" is an act).
_THAT_VERBS = (r"(?:noted|stressed|emphasised|emphasized|acknowledged|admitted|conceded|insisted|argued"
               r"|alleged|testified|recalled|observed|pointed\s+out)(?=\s+that\b)")
# A plural subject says what its members hold, whatever opens the clause: "Port engineers say
# repairs will take …" (the lexicon's "say" needs a determiner after it, as it may be an infinitive).
# Irregular plurals count too ("fishermen", "people", "police"); "say nothing" reports nothing.
_PLURAL_SAY = (r"(?:(?<=[a-z]s\s)|(?<=men\s)|(?<=people\s)|(?<=police\s))"
               r"(?:say(?=\s+(?!(?:nothing|little|much|no|otherwise)\b)[a-z])|warn(?=\s+that\b)|estimate|predict)")
# "Not yet, Ruiz said: …": a colon may close the verb as a comma does.
# (?=…) after the white space: the verbs' first letters, so that the case-blind alternation is
# tried only before a word that may open one. ("\s\s*" reads as "\s+" does, but opening with
# a class it gives the engine a skip to the white space, where "\s+" has it try every position.)
_WEEKDAY = rf"(?:{alternation(WEEKDAY_NAMES_EN)})"
_WHEN_SAID = (rf"(?:yesterday|today|last\s+(?:week|month|year|night|{_WEEKDAY})|on\s+{_WEEKDAY}"
              r"|earlier\s+(?:this|last)\s+(?:week|month|year))")
_FRAME_VERB = CaseBlindSearch(re.compile(rf"\s\s*(?=[abcefhimnoprstw])(?:{lx.FRAME_VERBS}|{_THAT_VERBS}|{_PLURAL_SAY})(?:\s*[,:])?(?:(?:\s+(?:in|on|at|during|to|after|before|late|early"
                         rf"|earlier|later|last|this|{lx.SPEECH_PLACE_WORDS}|kepada|pada|saat|ketika|dalam|usai|seusai)\b[^,.;:“”\"]{{0,60}}?)?\s+(?:bahwa|that)"
                         # "said in a statement it …": the channel is the frame's even without "that"
                         rf"|\s+in\s+an?\s+(?:statement|filing|post|letter|briefing|interview|email|memo)\b"
                         # "said yesterday the suspect had fled", "said last month 400 staff would
                         # go": when the words were said, before them, is the frame's too
                         rf"|\s+{_WHEN_SAID}(?=\s+(?:(?:the|a|an|its|his|her|their|it|he|she|they|we|some|about)\b|\d)))?\s+", re.I))
# What follows a reporting verb when the speaker declares something about themselves
# ("menyatakan akan …", "memastikan diri …"): the span keeps the declaring clause (rule 5).
# Court idioms are declarations too: "menyatakan banding / pikir-pikir / menerima putusan".
# "tidak ada …" (there is no …) has a subject of its own, so it is reported content.
# "pihaknya" (the speaker's side) names the declarer again: "menyatakan pihaknya masih pikir-pikir".
# An aspect word with no subject before it ("mengaku sudah dua musim berjualan di …") tells of
# the speaker's own doings ("sudah ada …", there is already …, has a subject of its own).
# An adversative ke-…-an verb ("mengaku kebanjiran gudang", "kecurian motor") tells
# what befell the speaker, who is its unspoken subject.
_SELF_DECLARATION = re.compile(r"(akan|tidak(?!\s+ada\b)|(?:sudah|telah|sedang|pernah|sempat|tengah)(?!\s+(?:ada|terjadi)\b)|belum|siap|ingin|diri|dirinya|pihaknya|banding|kasasi|pikir-pikir"
                               r"|menerima|mundur|kehilangan|kehabisan|kecurian|kemalingan|kecopetan|kebanjiran"
                               # a stance declared ("menyatakan setuju", "menyatakan menolak")
                               r"|setuju|sepakat|menolak|mendukung|keberatan"
                               r"|will|would|to|not)\b", re.I)
# English names the declarer again with a pronoun: "the firm said it would refund …", "the
# team said it was considering an appeal".
_EN_SELF_DECLARATION = re.compile(r"(it|he|she|they|we)\s+(?:would|will|plans|intends|hopes|wants|aims"
                                  r"|planned|intended|hoped|wanted|aimed"
                                  r"|(?:is|was|are|were)\s+(?:considering|planning|preparing|weighing|not))\b"
                                  # and Indonesian: "mengatakan bahwa ia akan mundur"
                                  r"|(ia|dia|beliau)\s+(?:(?:tidak|tak)\s+)?(?:akan|siap|ingin|berencana|bersedia)\b")
_ID_TAIL = re.compile(rf",[\"”]?\s*(?:{lx.ID_TAIL_VERBS}|{lx.EN_INVERTED_TAIL_VERBS}|according to|menurut"
                     rf"|{lx.DATA_BASIS})\b", re.I)
# The present plural closes a tail as well: "…, officials say.", "…, authorities say."
_EN_TAIL_OR_SAY = rf"(?:{lx.EN_TAIL_VERBS}|say)"
_EN_PRONOUN_TAIL = re.compile(rf",[\"”]?\s*{lx.NOT_A_SPEAKER_OPENER}(?:he|she|they|it|{lx.EN_DESCRIBED_SPEAKER}"
                              rf"|{lx.EN_NAMED_SPEAKER}){lx.EN_TAIL_AUX}\s+"
                              rf"{_EN_TAIL_OR_SAY}\b(?P<rest>[^,]*)$")
# Every _EN_PRONOUN_TAIL match holds one of its verbs as written (it is case-sensitive): one
# search for them spares the tail pattern, whose speaker part backtracks at every comma, on
# the spans without one (Indonesian text, most English clauses).
# (Anchored at rare letters: the engine skips to those, see text_features.WordGate.)
_EN_TAIL_VERB_WORD = re.compile(rare_anchored_alternation(re.findall(r"[a-z]+", _EN_TAIL_OR_SAY)))
# Weekday names capitalised, as they open a name-like scene ("di Malang, Senin,"); the
# case-blind patterns below read them in any case.
_SPELLED_WEEKDAYS = [w.capitalize() for w in SPELLED_WEEKDAYS]
_FRAME_DATE = re.compile(r"\s*,\s*(?:[A-Z][a-z']+\s*)?\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)\s*(?=,)")
# The verbs' own words: "that" appears only in a lookahead after "found", which is in the set.
_FRAME_WORDS = (frozenset(w for w in re.findall(r"[a-z]+", lx.FRAME_VERBS + _THAT_VERBS) if len(w) > 3)
                - {"that"}) | {"say", "put", "show", "warn", "estimate", "predict", "memperingatkan", "mengingatkan"}
_EN_WORDS = re.compile(r"\b(the|of|and|in|on|its|a|than|for|to|with|by|from|at|was|were|is|are|has|have|had)\b", re.I)
_PASSIVE_PARTICIPLE = re.compile(r"\b[a-z]+ed\s+by\b|\b(?:held|made|led|run|built|given)\s+by\b")
_MID_MENURUT = re.compile(r",\s*(?:menurut|according to)\s+([^,]{2,60}),\s*", re.I)


def opening_frame(text: str, s: int, e: int):
    """(speaker, frame span, assertion start) of "Menurut X, …"-style openers."""
    m = lx.OPENING_FRAMES.match(text, s, e) or lx.REPORT_TERMS.match(text, s, e)
    if not m:
        return _in_document(text, s, e)
    comma = text.find(",", m.end(), e)
    if m.re is lx.REPORT_TERMS:
        return _report_frame(text, s, m, comma, e)
    if m.group().lower().endswith("nya"):
        return "-nya", (s, comma + 1), comma + 1
    if m.group().lower().startswith(lx.RELAYING_OPENERS) and comma > 0:
        # "Citing police, broadcaster NTV said …", "Dikutip dari Reuters, juru bicara X mengatakan
        # …": who says it is the subject after the comma; the outlet only relays (rule 6).
        who, _frame, start = verb_frame(text, comma + 1, e)
        if who and not any(is_id_verb(word) for word in who.split()):
            # ("Dikutip dari NBC, selain itu, negara ini juga menolak mengakui …": a subject that
            # holds a verb of its own is a clause, and the outlet stays the source)
            return who, (s, start), start
    if 0 < comma - m.end() <= 180 and len(text[m.end():comma].split()) <= 24:
        date = _FRAME_DATE.match(text, comma, e)
        comma = comma if date else _list_comma(text, comma, e, m.end())
        who = text[m.end():comma].strip()
        end = date.end() + 1 if date else comma + 1
        if (published := _WHEN_PUBLISHED.search(who)) is not None:
            who = who[:published.start()]   # "Menurut data X yang dirilis Senin (30/11), …": X's data
        return who, (s, end), end
    who = _capitalised_run(text, m.end(), e)
    return (who or None), (s, m.end() + len(who)), m.end() + len(who)


# When a cited document came out describes it; it is no part of its name ("survei yang dilakukan
# Litbang Kompas" names who made it, and stays).
_WHEN_PUBLISHED = re.compile(r"\s+(?:yang|yg|which|that)\s+(?:was\s+|were\s+)?(?:dirilis|dipublikasikan|diterbitkan"
                             r"|diumumkan|dikeluarkan|dilakukan|released|published|issued|conducted|announced)"
                             r"\s+(?=(?:pada|on|in|last|earlier|this|sejak)\b|\(|\d|(?i:senin|selasa|rabu|kamis|jumat"
                             r"|sabtu|minggu|monday|tuesday|wednesday|thursday|friday|saturday|sunday|januari|februari"
                             r"|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|january|february"
                             r"|march|may|june|july|august|october|december)\b)")


# "Dalam dakwaan jaksa, …", "Dalam laporan Ombudsman, …": the document a sentence opens in
# credits what follows as "Menurut X" does; "Dalam keterangannya, X mengatakan …" only sets the
# scene of a speaker's verb (a possessive "-nya" never names the document's author).
_IN_DOCUMENT = re.compile(r"(?:Dalam|Di\s+dalam)\s+(?P<who>(?:dakwaan|tuntutan|laporan|putusan|rilis|dokumen"
                          r"|kajian|survei|riset|penelitian)\s+[^,.;:“”\"]{2,80}?),\s+")


def _in_document(text: str, s: int, e: int):
    m = _IN_DOCUMENT.match(text, s, e) if text.startswith("Dalam", s) or text.startswith("Di", s) else None
    # ("Dalam putusan itu, …" points back at a document the text gave before: a scene too.)
    if not m or m.group("who").endswith("nya") or lx.ends_with_epithet(m.group("who")) \
            or verb_frame(text, m.end(), e)[0]:
        return None, None, s
    return m.group("who"), (s, m.end()), m.end()


def _report_frame(text: str, s: int, m, comma: int, e: int):
    # "Laporan Rabu 5 Juni pukul 09.30, petugas mendata …": the report is the source and
    # its date line, up to the comma, is the frame.
    source = m.group().split()[-1]
    if 0 < comma - m.end() < 60:
        return source, (s, comma), comma + 1
    said = verb_frame(text, s, e)
    if said[0]:
        return said     # "Laporan tersebut menyebutkan 412 rumah rusak": the report is the subject of its verb
    return source, (s, m.end()), m.end()


def _list_comma(text: str, comma: int, e: int, start: int) -> int:
    # "Menurut Badan A, B, dan C (ABC), …": the frame's name may itself be a list, and a name
    # may follow it ("Menurut Kepala Pusat A, B, dan C BNPB Rina Sari, …").
    rest = LISTED_REST.match(text, comma, e)
    if rest and names_one_body(text[start:rest.end()], skip_titles=True):
        after = text.find(",", rest.end(), e)
        if after > 0:
            return after
    for _ in range(4):
        nxt = text.find(",", comma + 1, e)
        part = text[comma + 1:nxt].split() if nxt > 0 else []
        if not part or len(part) > 5 or not (part[0][:1].isupper() or part[0] in ("dan", "and")):
            break
        if any(ch.isdigit() for ch in "".join(part)):
            break
        comma = nxt
    return comma


def _capitalised_run(text: str, s: int, e: int) -> str:
    words = re.match(r"(?:[A-Z][\w'’.-]*(?:\s+|$))+", text[s:e])
    if words:
        return words.group().strip()
    first = re.match(r"[a-z]+", text[s:e])
    return first.group() if first else ""


def reporting_tail(text: str, s: int, e: int):
    """(assertion end, speaker, frame end) of a "…, kata X" / "…, X said" tail, or None."""
    if text.find(",", s, e) < 0:
        return None                        # both tail shapes open with a comma
    apposed = _apposed_speaker_tail(text, s, e) or _passive_tail(text, s, e)
    if apposed:
        return apposed
    m = None
    for m in _ID_TAIL.finditer(text, s, e):
        pass
    if m and m.group().rstrip().lower().endswith("lapor") and _INSTRUCTION.match(text, s, e) \
            and text.find(",", s, m.start()) < 0:
        m = None        # "Jika menemukan kebocoran, lapor PDAM": an instruction to report, no tail
    if m and _room_for_a_tail(text, s, m, e) \
            and (len(text[m.end():e].split()) <= 18 or _DESCRIBES_SPEAKER.search(text, m.end(), e)):
        found = tail_source(text, m.start(), e)
        if found and not _clause_after_said(m, _up_to_comma(text, m.end(), e)) and not _no_speaker_phrase(found[0]) \
                and (len(text[m.end():e].split()) <= 18 or _DESCRIBES_SPEAKER.match(text, found[1], e)):
            return m.start(), found[0], e
    # A pronoun tail holds one comma, the one it opens with, and none may follow it: it can
    # only start at the span's last comma, the one place the pattern is tried. What closes the
    # sentence after the tail is no part of it: a participle ("…, the agency said on Friday,
    # citing survey data") or the rest of the tail's date ("…, said on Friday, November 6").
    e, frame_end = _before_an_addendum(text, s, e)
    last_comma = text.rfind(",", s, e)
    m = _EN_PRONOUN_TAIL.match(text, last_comma, e) if _EN_TAIL_VERB_WORD.search(text[last_comma:e]) else None
    rest = m.group("rest").split() if m else []
    # "…, X said on Monday" ends a sentence; "Speaking at Y, X said 12 cases were confirmed"
    # opens one: a clause after the verb is what X said, not the tail's time or place.
    # (a short clause with a verb of its own is room enough: "Imports rose 5%, it said")
    if m and (m.start() - s > 15 or m.start() - s > 8 and has_verb(text, s, m.start(), "en")) \
            and _short_tail(rest) and rest[:1] != ["that"] \
            and not _holds_verb(m.group("rest")) and not _object_after(text[m.start():m.start("rest")], rest):
        listed = _listed_speaker_before(text, s, m)
        if listed:
            return listed[0], listed[1], frame_end
        found = tail_source(text, m.start(), e)
        return (m.start(), found[0], frame_end) if found else None
    return None


# "…, the bank said in a filing to the Singapore Exchange on Thursday": where and when a tail's
# words were said may run on in prepositional phrases.
_TAIL_WORDS, _PLACED_TAIL_WORDS = 8, 16
_TAIL_PREPOSITIONS = frozenset("in on at to from during after before via through".split())


def _short_tail(rest: list[str]) -> bool:
    return len(rest) <= _TAIL_WORDS or len(rest) <= _PLACED_TAIL_WORDS and rest[0].lower() in _TAIL_PREPOSITIONS


# What a wire adds after its tail: the grounds or the gloss of what was said, not a clause of its own.
# (and an "after"/"before" clause, whose own facts cut_sentence reads on their own)
_ADDENDUM = re.compile(r",\s+(?:citing|adding|noting|saying|beating|missing|giving|pointing|referring"
                       r"|after|before"
                       # ("…, the bureau said on Monday, within the bank's target range": where the
                       # figure stands against a target is the tail's addendum too)
                       r"|(?:well\s+|just\s+|still\s+)?(?:within|below|above|in\s+line\s+with|short\s+of)"
                       # ("…, the company said on Friday, driven by demand in China", "…, traders
                       # said, weighed down by outflows", "…, higher than analysts had expected":
                       # what drove the figure or how it stood against expectations)
                       r"|[a-z]{3,}(?:ed|en)(?:\s+(?:down|up))?\s+by"
                       r"|(?:slightly\s+|much\s+|far\s+)?(?:higher|lower|better|worse|weaker|stronger|faster|slower)\s+than)\b[^,]*$")
# Every _ADDENDUM match holds one of these (one search spares the pattern on most spans).
_ADDENDUM_GATE = re.compile(r"ing |, after |, before |within |below |above |in line with |short of | by | than ")
_AFTER_SUBJECT_VERB = re.compile(r",\s+(?:after|before)\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w-]+\s+){0,3}?"
                                 r"(?:[a-z]+ed|was|were|had|has|rose|fell|cut|hit|struck|took|made|grew|won|lost)\s")


_PARTICIPLE_NEXT = re.compile(r",\s+(?:after|before)\s+[a-z]+ing\b")


def _an_own_clause(text: str, a: int, e: int) -> bool:
    """"…, after a drought cut output by 20%": a subject and its verb (a participle, "before
    paring gains to 0.5%", and a noun phrase, "after a cabinet meeting", have none)."""
    m = _AFTER_SUBJECT_VERB.match(text, a, e)
    return m is not None and not m.group().split()[1].endswith("ing")
_DATE_REST = re.compile(r",\s+(?:January|February|March|April|May|June|July|August|September|October|November"
                        r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}\s*$")


def _before_an_addendum(text: str, s: int, e: int) -> tuple[int, int]:
    """(end of the span the tail is looked for in, end of the tail's frame): the span stops before
    a participle phrase, an "after"/"before" phrase and the date rest that may close the sentence
    after a reporting tail (only when a tail verb comes before them). The frame takes them in
    (when and on what grounds the words were said), but for an "after" clause with a subject and
    a verb of its own, a fact cut_sentence reads on its own."""
    span = text[s:e]
    m = _ADDENDUM.search(text, s, e) if _ADDENDUM_GATE.search(span) else None
    if m is None or not _EN_TAIL_VERB_WORD.search(text[s:m.start()]):
        return e, e
    occasion = text[m.start():m.start() + 10].lstrip(", ").startswith(("after", "before"))
    # ("…, dealers said, before paring gains to 0.5%", "…, before being transferred to …": the
    # story goes on after the tail, a fact of its own too)
    own_clause = occasion and (_an_own_clause(text, m.start(), e) or _PARTICIPLE_NEXT.match(text, m.start()) is not None)
    end = m.start()
    date = _DATE_REST.search(text, s, end)
    end = date.start() if date else end
    return end, (m.start() if own_clause else e)


def _room_for_a_tail(text: str, s: int, m: re.Match, e: int) -> bool:
    """The words before a tail at ``m`` are an assertion of their own (more than 15 characters),
    a short answer ("Belum, kata Rina"), or the subject of a predicate after the tail ("Polisi,
    kata Dedi, sudah menahan …")."""
    if m.start() - s > 15:
        return True
    if _SHORT_ANSWER.match(text, s, m.start()) is not None:
        return _short_answer(text, s, m.start(), m.end(), e)
    return predicate_after_tail(text, m.start(), e, "id") is not None


def predicate_after_tail(text: str, start: int, e: int, language: str) -> int | None:
    """Where the predicate starts when a tail at ``start`` sits between the subject and it ("Para
    pelaku, kata Kapolres Dedi kepada wartawan, sudah ditahan"): after the comma that closes the
    tail, when a clause with a verb follows that no conjunction opens (", sementara harga cabai
    naik" is a second clause) and no description of the speaker (", seorang petugas, …"); else None."""
    comma = text.find(",", start + 1, e)
    if comma < 0 or _DESCRIBES_SPEAKER.match(text, comma, e) or _LINKED_CLAUSE.match(text, comma + 1, e):
        return None
    return comma + 1 if has_verb(text, comma + 1, e, language) else None


_LINKED_CLAUSE = re.compile(r"\s*(?:sementara|sedangkan|dan|tetapi|tapi|namun|serta|while|and|but|as|whereas)\b", re.I)


# A condition or a prohibition alone before "lapor" tells the reader what to do (a clause after the
# condition, "Jika hujan tidak turun, api bisa meluas, lapor AFP", is what the outlet reported).
_INSTRUCTION = re.compile(r"(?:jika|bila|apabila|kalau|jangan|segera)\b", re.I)


# A verb of a tail that also serves as an adjective before a noun: "…, the country's first
# confirmed cases of the disease" is an appositive, not "the country's first" confirming.
# A plain noun after such a word makes it the adjective; its time or manner ("…, officials
# confirmed on Monday", "… confirmed privately") keeps it the tail's verb.
_ADJECTIVE_PARTICIPLES = ("confirmed", "reported", "estimated", "announced", "alleged", "claimed", "recorded",
                          "stated", "indicated")
_AFTER_TAIL_VERB = frozenset("""on in at during after before late early earlier later last this yesterday today
tonight when while to from by via through as citing adding without with following ahead here there overnight
outside according""".split())


# What opens the object of "added" when it adds a thing, not words: "added a second goal",
# "added two more", "added another 40 beds".
_ADDED_THINGS = frozenset("a an another one two three four five his her their its".split())
# ... but "added a day later", "added two weeks on": a time after the verb keeps the tail.
_TIME_UNITS = frozenset("day days week weeks month months year years moment moments minute minutes hour hours "
                        "while few".split())


def _object_after(tail: str, rest: list[str]) -> bool:
    first = rest[0].strip(".,;:”\"") if rest else ""
    if tail.endswith("added") and first.lower() in _ADDED_THINGS \
            and (len(rest) < 2 or rest[1].strip(".,;:”\"").lower() not in _TIME_UNITS):
        return True         # "…, and Di Maria added a goal in the 36th": the thing added, no tail
    if not tail.endswith(_ADJECTIVE_PARTICIPLES):
        return False
    return first.isalpha() and first.islower() and first not in _AFTER_TAIL_VERB and not first.endswith("ly")


# "Hardly, said Ana Ruiz, a nurse", "Belum, kata Rina": a short answer is what the speaker said,
# the rest of the sentence the tail (the answer itself asserts nothing checkable). A clause after
# the speaker ("No, said X, the depot opens in June") is what X said, not the tail.
_SHORT_ANSWER = re.compile(r"[“\"]?(?:not\s+(?:quite|yet|really|exactly)|no|yes|absolutely|hardly|belum|tidak|bukan"
                           r"|betul|benar|tentu)[.!”\"]?\s*$", re.I)


def _short_answer(text: str, s: int, a: int, b: int, e: int) -> bool:
    if _SHORT_ANSWER.match(text, s, a) is None:
        return False
    comma = text.find(",", b, e)
    if comma < 0 or _ROLE_AFTER_SPEAKER.match(text, comma, e):
        return True     # "…, said X, a nurse at …": the speaker's role, no clause
    language = "id" if _ID_ANSWER.match(text, s, a) else "en"
    return not has_verb(text, comma + 1, e, language)


_ID_ANSWER = re.compile(r"[“\"]?(?:belum|tidak|bukan|betul|benar|tentu)\b", re.I)
_ROLE_AFTER_SPEAKER = re.compile(r",\s+(?:a|an|who|whose)\s")


# "…, according to figures from Medra Analytics Ltd, which tracks clinics.": a relative clause or an
# appositive after the tail's speaker describes the speaker; a long one still leaves a tail.
_DESCRIBES_SPEAKER = re.compile(r"\s*,\s+(?:which|who|whose|a|an|the|yang|seorang|salah\s+satu)\s")


# "…, the ministry said in an emailed statement": a participle after a determiner describes
# the noun after it; it is no verb of a clause.
_ATTRIBUTIVE_PARTICIPLE = re.compile(r"\b(a|an|the|its|their|his|her)\s+[a-z]+ed\b")


def _holds_verb(rest: str) -> bool:
    rest = _CHANNEL_PARTICIPLE.sub(r"\1", _ATTRIBUTIVE_PARTICIPLE.sub(r"\1 thing", rest))
    return has_verb(rest, 0, len(rest), "en")


# "…, the Red Cross said in a statement posted on X": a participle after the channel describes it
# (a reduced relative clause), no verb of a clause after the tail.
_CHANNEL_PARTICIPLE = re.compile(r"\b((?:statement|post|filing|letter|video|message|notice|report|release|interview"
                                 r"|update|memo)s?)\s+(?:[a-z]{3,}ed|sent|broadcast|read|seen|shown|written|given)\b",
                                 re.I)


# "…, the agency's chief manager, Dr Ana Ruiz, said on Monday": a role, then the name in
# apposition, then the verb; the comma before "said" closes the name, it opens no "said X" tail.
_APPOSED_SPEAKER_TAIL = re.compile(
    rf",\s+(?:the|a|an|its|their|his|her|[A-Z][\w'’.-]*['’]s)\s+[^,]{{2,80}}?,\s+"
    rf"(?P<who>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|bin|binti|al|de|van)){{0,5}}),\s+"
    rf"{lx.EN_TAIL_VERBS}\b(?P<rest>[^,]*)$")


# "…, Tom Hale, a police spokesman, said": the name first, then its role in apposition.
_NAME_THEN_ROLE_TAIL = re.compile(
    rf",\s+(?P<who>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|bin|binti|al|de|van)){{0,5}}),\s+"
    rf"(?:a|an|the|its|their|his|her|[A-Z][\w'’.-]*['’]s)\s+[^,]{{2,80}}?,\s+"
    rf"{lx.EN_TAIL_VERBS}\b(?P<rest>[^,]*)$")


def _apposed_speaker_tail(text: str, s: int, e: int):
    if text.count(",", s, e) < 3 or " said" not in text[s:e] and " told" not in text[s:e]:
        return None
    m = _APPOSED_SPEAKER_TAIL.search(text, s, e) or _NAME_THEN_ROLE_TAIL.search(text, s, e)
    if not m or m.start() - s <= 15 or len(m.group("rest").split()) > 8 \
            or has_verb(m.group("rest"), 0, len(m.group("rest")), "en") or _names_next_speaker(m.group("rest")):
        return None
    return m.start(), m.group("who"), e


# "…, demikian disampaikan Rina Sari.", "…, seperti dikatakan Kapolres X": a passive verb of
# saying after the clause names its speaker as "kata X" does.
_PASSIVE_TAIL = re.compile(r",\s*(?:demikian|seperti|sebagaimana)\s+(?:di(?:sampaikan|katakan|ungkapkan|jelaskan"
                           r"|tegaskan|sebutkan|paparkan|terangkan))\s+(?:oleh\s+)?(?=[A-Z])")


def _passive_tail(text: str, s: int, e: int):
    m = _PASSIVE_TAIL.search(text, s, e)
    if not m or m.start() - s <= 15:
        return None
    who = speaker_at(text, m.end(), e)
    return (m.start(), who, e) if who and len(who.split()) <= 10 else None


def _names_next_speaker(rest: str) -> bool:
    # "…, the capital, Semarang, said police spokesman Bayu Nugroho": a name after the verb
    # (any capitalised word but a day or a month) is the speaker of an inverted tail.
    return any(w[:1].isupper() and w.lower().strip(".,") not in _WEEKDAYS_MONTHS for w in rest.split())


# Days and months written out, in both languages (claims.lexicon_dates): the forms no other form
# of the table begins with, so "jan" or "des" (also names) still count as names.
_WEEKDAYS_MONTHS = frozenset(FULL_WEEKDAYS) | frozenset(
    m for m in MONTHS if not any(o != m and o.startswith(m) for o in MONTHS))


def _listed_speaker_before(text: str, s: int, tail):
    """(tail start, speaker) when the comma that opens an English tail lies inside the
    speaker's name ("…, the Bureau of A, B, C and D said."); None otherwise."""
    who_end = tail.start("rest") - len(_LAST_TAIL_VERB.search(text, tail.start(), tail.start("rest")).group())
    comma = tail.start()
    for _ in range(4):
        comma = text.rfind(",", s, comma)
        if comma < 0:
            return None
        who = text[comma + 1:who_end].strip()
        if listed_name_start(who) == 0:
            return comma, who
    return None


_LAST_TAIL_VERB = re.compile(rf"\s+{_EN_TAIL_OR_SAY}$")


_EN_TAIL_VERB = re.compile(lx.EN_TAIL_VERBS, re.I)


def _up_to_comma(text: str, a: int, e: int) -> str:
    # "…, said the average temperature in May was 1.5C": the speaker phrase stops at "in", but
    # the words up to the next comma show a clause, so nobody is named there.
    comma = text.find(",", a, e)
    return text[a:comma if comma >= 0 else e]


# "…, which declared X, said on Wednesday that 47 cases …": after "said" comes the time and
# the reported clause, not a speaker. A speaker phrase never opens with a preposition and
# never holds the complementiser.
_NOT_SPEAKER_START = frozenset("on in at during after before since that to for from by with pada di dalam saat bahwa ke "
                               "kepada untuk dengan sejak".split())
_COMPLEMENTISER = re.compile(r"\b(?:that|bahwa)\b", re.I)


def _no_speaker_phrase(speaker: str) -> bool:
    words = speaker.split()
    return not words or words[0].lower() in _NOT_SPEAKER_START or bool(_COMPLEMENTISER.search(speaker))


def _clause_after_said(tail, speaker: str) -> bool:
    # "…, 48 percent, said the rule should be dropped": after an English verb that opens the
    # tail, a span holding a verb is the reported clause, not a speaker.
    verb = tail.group().strip(" ,").split()[0]
    return bool(_EN_TAIL_VERB.fullmatch(verb)) and has_verb(speaker, 0, len(speaker), "en")


# "…, the agency said on Friday, …": the day the words were said stays in the tail.
# ("…, the utility said late Monday, but …", "said on Monday night")
_TAIL_WHEN = (rf"(?:\s+(?:on\s+)?(?:(?:late|early)\s+)?(?:{alternation(_SPELLED_WEEKDAYS)})"
              r"(?:\s+(?:morning|afternoon|evening|night))?"
              r"|\s+in\s+a\s+statement)?")
# Ranks a mid tail may be followed by ("…, officials said, in the country's deadliest …"):
# "most" and "least" need their adjective, and are left out.
_RANKS = alternation(tuple(w for w in lnum.SUPERLATIVES_EN if w not in ("most", "least")) + ("first",))
_MID_TAIL = re.compile(rf",\s*(?:{lx.ID_TAIL_VERBS}\s+[^,]{{2,60}}|(?:he|she|they|{lx.EN_DESCRIBED_SPEAKER}"
                       rf"|(?:[A-Z][\w'’.-]*\s+){{0,4}}[A-Z][\w'’.-]*)\s+{lx.EN_TAIL_VERBS}{_TAIL_WHEN}"
                       # "…, according to Refinitiv data, and the second-largest …": a cited basis
                       rf"|{lx.EN_INVERTED_TAIL_VERBS}\s+[^,]{{2,60}}|(?:according\s+to|menurut)\s+[^,]{{2,60}}),\s*(?:(?:and|but|while|whereas|though|although|dan|tetapi|tapi|sementara|serta"
                       # "…, the agency said on Sunday, with 28 people still missing": a clause of its own
                       rf"|namun|sedangkan|with|adding(?:\s+that)?|menambahkan(?:\s+bahwa)?"
                       # "…, officials said, as heavy rain swelled rivers": a clause of its own
                       rf"|as(?!\s+(?:well|part|a\s+result|expected|usual|of|soon|long|much|many)\b))\s+"
                       # "…, the commission said, a margin of about 1.3 million votes": the figure restated
                       rf"|(?=an?\s+(?:margin|gap|lead|rise|drop|fall|increase|decrease|difference|total)\s+of\s)"
                       # "…, the agency said, up from 84 deaths reported late Monday": the base of a
                       # move; "…, officials said Monday, many of them in the capital": a share of the count
                       rf"|(?=(?:up|down)\s+(?:from\s|[\d.,]*\d)|(?:many|most|some|all|half|several)\s+of\s+(?:them|whom)\b"
                       # "…, LTA said, compared with 3.4 million in 2019", "…, Eurostat said, near a
                       # record low": the base the figure is measured against
                       rf"|compared\s+(?:with|to)\s|(?:near|close\s+to)\s+(?:a|an|the|its|their)\s)"
                       # "…, the ministry said, the fourth straight monthly decline": a streak in apposition
                       rf"|(?={STREAK})"
                       # "…, the operator said, stranding 600 passengers": a participle clause follows
                       # (not one that describes the speaker: "…, speaking on condition of anonymity")
                       rf"|(?=(?!(?:adding|speaking|asking|declining|requesting|citing|referring)\b)[a-z]{{3,}}ing\s)"
                       # "…, the agency said on Friday, the biggest drop since June": a rank in apposition,
                       # or set in a phrase: "…, the company said, in one of the largest deals this year"
                       # ("in the first half, …" is a time of the next clause: only "in one of the" ranks,
                       # and "in Indonesia's worst air disaster")
                       rf"|(?:in\s+(?=one\s+of\s|[A-Z][\w'’-]*['’]s\s))?(?=(?:one\s+of\s+)?(?:(?:the|its|their)\s+(?:[a-z][\w-]*['’]s\s+)?"
                       # ("the country's first contraction since 1999": a possessive after "the")
                       rf"|[A-Z][\w'’-]*['’]s\s+)(?:{_RANKS})\b))",
                       re.I)

# Every _MID_TAIL match holds one of its verbs of saying: a span with none (most) skips the
# case-blind search, which tries each of its long alternatives after every comma.
_HOLDS_A_TAIL_VERB = WordGate(tuple(re.findall(r"[a-z]+", lx.ID_TAIL_VERBS + lx.EN_TAIL_VERBS
                                               + lx.EN_INVERTED_TAIL_VERBS) + ["according", "menurut"]))


def mid_tail(text: str, s: int, e: int):
    """(tail start, tail end, speaker) of a reporting tail between two clauses ("A, he said,
    and B" / "A, kata X, dan B"), or None."""
    if text.count(",", s, e) < 2 or not _HOLDS_A_TAIL_VERB(text[s:e]):
        return None                        # the tail sits between two commas: most sentences lack them
    m = _MID_TAIL.search(text, s, e)
    if not m or m.start() - s < 15 or len(text[m.end():e].split()) < 3:
        return None
    found = tail_source(text, m.start(), m.end())
    if not found or _clause_after_said(m, found[0]) or _no_speaker_phrase(found[0]):
        return None     # "…, 52 percent, said the rule should go, while …": a clause, no speaker
    if _CITED_BASIS.match(text, m.start()) and _NAME_ONLY.fullmatch(text, m.end(), e):
        return None     # "…, according to the ministry, and the Red Cross.": the list of sources goes on
    return m.start(), m.end(), found[0].strip(" ,")


_CITED_BASIS = re.compile(r",\s*(?:according\s+to|menurut)\s", re.I)
_NAME_ONLY = re.compile(r"(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:[A-Z(][\w'’&.()-]*|of|for|on|the|and|dan|&))*\s*[.!?]?")


def _forecast_as_a_noun(verb, subject: str) -> bool:
    """"The weather forecast that …", "the agency's forecast that …": "forecast" after a
    possessive or a word it forms a compound noun with is the noun (a determiner alone, "The
    forecast that …", is read by the caller)."""
    if not verb.group().lstrip().lower().startswith("forecast "):
        return False
    last = subject.split()[-1]
    return last.endswith(("'s", "’s")) or last.lower() in lx.FORECAST_COMPOUNDS


# A speaker is named in at most 12 words; a title holding the full name of an agency runs longer
# ("Kepala Pusat Data Informasi dan Humas Badan Nasional Penanggulangan Bencana (BNPB) Rina
# Sari": 14 words), but it is made of capitalised words and the joins of a name.
_MAX_SPEAKER_WORDS, _MAX_TITLE_WORDS = 12, 16
_TITLE_JOINS = frozenset("dan serta dari untuk bidang urusan and of for the".split())


def _too_long_for_a_speaker(words: list[str]) -> bool:
    if len(words) <= _MAX_SPEAKER_WORDS:
        return False
    return len(words) > _MAX_TITLE_WORDS or \
        not all(w[:1].isupper() or w[:1] == "(" or w in _TITLE_JOINS for w in words)


# A relative pronoun and its clause's subject right before the verb: "…, which doctors say …",
# "…, which the owners said …" (the noun before them is described, it does not speak).
_RELATIVE_SUBJECT_END = re.compile(r",\s+(?:which|whom|that)\s+(?:the\s+|its\s+|their\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?\s*$")


@lru_cache(maxsize=16)
def verb_frame(text: str, s: int, e: int):
    """(speaker, frame span, assertion start) of "X mengatakan (bahwa) …"."""
    if _FRAME_WORDS.isdisjoint(letter_runs(text[s:min(e, s + 160)].lower())):
        return None, None, s
    shown = _DATA_SHOW.match(text, s, min(e, s + 160))
    if shown and _names_its_origin(shown):
        return shown.group("who"), (s, shown.end()), shown.end()
    m = _FRAME_VERB.search(text, s, min(e, s + 160))
    if not m or _announces_a_thing(text, m, e) or _DETERMINER_END.search(text, max(s, m.start() - 8), m.start()):
        # ("cocaine worth an estimated £120m", "the reported cases": a participle after a
        # determiner describes the noun after it; no one speaks)
        return None, None, s
    if _RELATIVE_SUBJECT_END.search(text, max(s, m.start() - 60), m.start()):
        return None, None, s        # "The drug, which doctors say is safe, was approved …": the relative clause's verb
    tally = _records_a_figure(text, m, e)
    told = tally and _count_told_as_a_clause(text, m, e)
    if tally and not _body_keeps_the_record(text, m) and not told:
        return None, None, s
    # "Ekonom Universitas X, Rina Sari, memperkirakan …": the comma closing an appositive name
    # is not a clause boundary.
    head = _without_scene(_without_connective(text[s:m.start()].rstrip()))
    head = _aged_person(head) or _speaker_without_description(head)
    if opens_with_share(head):
        return None, None, s        # "64 persen responden menyatakan puas": the finding itself
    if "hingga" in head or "sampai" in head or "per " in head:
        head = _UNTIL_END.sub("", head)     # "BPBD X hingga Kamis (26/11) pukul 10.00 Wita mencatat …"
    if (bare := _EN_AUX_END.sub("", head)).endswith(","):
        head = bare         # "The regulator, Ofcom, has said …": words of tense after a comma are no subject
    # ("BPS awal bulan ini melaporkan …": every _DAY_AGO_END match ends in "lalu", "ini" or
    # "kemarin"; most heads hold none, and the pattern, opening with optional parts, is tried at
    # each of their positions)
    when = "lalu" in head or " ini" in head or "kemarin" in head
    before, subject = _split_subject((_DAY_AGO_END.sub("", head) if when else head).rstrip(","))
    subject = _EN_AUX_END.sub("", subject.strip())
    if _NEGATED_END.search(subject):
        return None, None, s        # ("Polisi belum juga mengungkapkan …": the adverbs go first)
    if _PASSIVE_END.search(subject):
        return None, None, s        # "the species can be told apart …", "staff were told to …": no one speaks
    if head.endswith(",") and _role_after_person(before, subject):
        before, subject = "", before.strip()     # "Rina Sari, Kepala Dinas X, mengatakan …"
    elif head.endswith(",") and not _is_name(subject):
        return None, None, s        # ", yang …, mencatat": a relative clause, not a name
    if before and _is_clause(before) and not _PARTICIPLE_OPENER.match(before):
        return None, None, s        # the comma closes a clause of its own: not a frame
    # ("menyatakan pada Jumat (24/6) akan mundur": the day of the frame comes first)
    if not subject or subject.lower() in DETERMINERS or subject.lower() in _RELATIVE_PRONOUNS \
            or _forecast_as_a_noun(m, subject) \
            or _too_long_for_a_speaker(subject.split()) \
            or _declares_of_itself(text, _frame_date_end(text, m.end(), e), e, subject) \
            or _ENDS_WITH_CONJUNCTION.search(subject):
        # "Farmers praised the new tariff but said …": the verb is a second predicate of the
        # clause before; its subject is not "… the new tariff but".
        return None, None, s
    if tally and not told or _ESTIMATE_VERB.match(m.group()):
        # "A second ranger put the count of stranded hikers at 40": the estimate is stated with its
        # estimator; the clause is kept whole and credited to its subject. So is a tally a body
        # keeps ("Dinas X mencatat 86 kasus"): the count is the body's record.
        return subject, (s, m.end()), s
    start = _frame_date_end(text, _through_addressee(text, m, e), e)
    return subject, (s, start), start


# "told Kompas TV he …", "told The Associated Press …": the verb's pattern reads one word after
# "told"; the rest of an addressee's name, in capitals, belongs to the frame too when what was
# said opens right after it with a pronoun or a determiner ("told Reuters Garuda Indonesia
# carried …": the capitals go on into the subject of what was said, so they are not taken).
_TOLD_A_NAME = re.compile(r"told\s+(?:[Tt]he\s+)?[A-Z]")
_CAPITALISED_WORD = re.compile(r"[A-Z][\w.&'’-]*\s+")
_NOT_A_NAME_WORD = frozenset({"I", "The", "A", "An", "It", "He", "She", "They", "We"})
_FINITE_NEXT = re.compile(r"(?:would|will|was|were|is|are|had|has|have|could|can|might|may|should|did)\b")
# What may open the words said right after the addressee: a pronoun, a determiner, a figure or
# the time they were said ("told Kompas TV on Friday the subsidy …").
_SAID_OPENS = re.compile(r"(?:he|she|they|it|we|i|the|a|an|that|his|her|their|its|there|on|in|last|this|earlier"
                         r"|one|two|three|four|five|six|seven|eight|nine|ten|\d)\b", re.I)


def _through_addressee(text: str, m, e: int) -> int:
    end = m.end()
    told = text.find("told", m.start(), end)
    if told < 0 or not _TOLD_A_NAME.match(text, told, e) or not text[end - 2:end - 1].isalpha():
        return end
    rest, subject_next = end, False
    while (word := _CAPITALISED_WORD.match(text, rest, e)) is not None \
            and text[word.start():word.end()].strip() not in _NOT_A_NAME_WORD:
        if _FINITE_NEXT.match(text, word.end(), e):
            subject_next = True     # "told Bloomberg News Jakarta would …": the name before the verb is its subject
            break
        rest = word.end()
    return rest if rest > end and (subject_next or _SAID_OPENS.match(text, rest, e)) else end


_DETERMINER_END = re.compile(r"(?:\b(?:a|an|the|its|their|his|her)|['’]s)\s*$", re.I)


# "Figures from the port office show 40 ships …": data opening a sentence are a document that
# states the figure (rule 6), not an actor that records it as "Police recorded 3 deaths" is.
_DATA_SHOW = re.compile(r"(?P<who>(?:[A-Z][\w'’-]*\s+|[a-z]+\s+){0,2}(?:[Dd]ata|[Ff]igures|[Ss]tatistics|[Rr]ecords)\b"
                        r"(?P<origin>\s+(?:from|by|of)\s+[^,.;:“”\"]{2,80}?)?)\s+show(?:s|ed)?\s+(?:that\s+)?")


# Words that say which data but not whose: "New figures show …", "Official data showed …".
_GENERIC_DATA_WORDS = frozenset("""the these those new latest official preliminary recent early initial final
provisional updated fresh separate other more further annual monthly weekly quarterly daily available
internal independent previous earlier current""".split())


def _names_its_origin(shown) -> bool:
    # "Customs records", "figures from the port office"; "The figures showed …" points back at
    # figures already given and keeps the sentence whole, and "New figures show …" names no one.
    who = shown.group("who").split()
    return bool(shown.group("origin")) or len(who) >= 2 and who[0][:1].isupper() \
        and not any(word.lower() in _GENERIC_DATA_WORDS for word in who[:-1])


_ESTIMATE_VERB = re.compile(r"\s+puts?\b")
# "X mengumumkan hasil seleksi …", "X announced compensation of …", "The ministry confirmed 14
# deaths": announcing or confirming a thing is an act of X's, kept whole with no source (rules 5,
# 6); "mengumumkan bahwa …", "announced the plant would close" report a clause. So does a village or clinic that "melaporkan kasus
# terbanyak" (reports the most cases): a count reported as a thing is the reporter's record.
_ANNOUNCING = {"mengumumkan": "id", "melaporkan": "id", "menyampaikan": "id", "announced": "en", "announces": "en",
               "announce": "en", "confirmed": "en", "confirms": "en", "confirm": "en", "reported": "en"}


def _announces_a_thing(text: str, verb, e: int) -> bool:
    words = verb.group().split()
    language = _ANNOUNCING.get(words[0].lower()) if len(words) == 1 else None
    if not language or language == "id" and _NAMED_MEASURE.match(text, verb.end(), e):
        # ("BPS melaporkan inflasi Desember sebesar 1,57 persen": a named measure with its
        # figure is a statement reported, as after "mencatat")
        return False
    comma = text.find(",", verb.end(), e)
    end = comma if comma > 0 else e
    # ("reported first-quarter profit that beat estimates": a relative clause describes the thing)
    relative = _RELATIVE_AFTER_A_NOUN.search(text, verb.end(), end)
    end = relative.start() if relative else end
    # ("menyampaikan interupsi dan meminta …": the thing conveyed ends where a second act begins)
    joined = _SECOND_ACT.search(text, verb.end(), end)
    if joined and not _opens_with_verb(text, joined.end(), end, language):
        joined = None       # "melaporkan 40 rumah dan 2 sekolah rusak": "dan" joins the things reported
    return not has_verb(text, verb.end(), joined.start() if joined else end, language)


_SECOND_ACT = re.compile(r"\s(?:dan|and)\s+(?=[a-z]+\s)")
_RELATIVE_AFTER_A_NOUN = re.compile(r"(?<=[a-z]) (?:that|which|yang) ")


def _opens_with_verb(text: str, a: int, e: int, language: str) -> bool:
    words = text[a:e].split(None, 1)
    return bool(words) and has_verb(words[0], 0, len(words[0]), language)


# ("Judge X, who announced the verdict at 12:30pm, also imposed …": a relative clause's verb, no frame)
_RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "yang", "yg"})
_ENDS_WITH_CONJUNCTION = re.compile(r"\s(?:and|but|yet|dan|tetapi|tapi|namun|serta)$", re.I)


def _declares_of_itself(text: str, a: int, e: int, speaker: str = "") -> bool:
    """True when the reported content is the speaker's declaration about itself (rule 5)."""
    if _side_acts(text, a, e):
        return False
    english = _EN_SELF_DECLARATION.match(text, a, e)
    if english and english.group(1) in ("he", "she") and (is_plural_group(speaker)
                                                          or _of_the_other_gender(speaker, english.group(1))):
        return False    # "the man's lawyers said he would appeal", "the victim's mother said he wanted …"
    if english and _SPEAKS_FOR_ANOTHER.match(speaker):
        return False    # "A spokesperson for the governor said she would sign …": the governor would
    return bool(_SELF_DECLARATION.match(text, a, e) or english)


_SPEAKS_FOR_ANOTHER = re.compile(r"(?i:(?:a|an|the)\s+)?(?:[a-z]+\s+)?(?:spokes(?:person|man|woman)|aide|adviser|advisor"
                                 r"|lawyer|attorney|representative|envoy)\s+(?:for|to|of)\s")


_WOMEN = frozenset("mother wife daughter sister woman girl grandmother aunt widow niece".split())
_MEN = frozenset("father husband son brother man boy grandfather uncle widower nephew".split())


def _of_the_other_gender(speaker: str, pronoun: str) -> bool:
    """A speaker named by a head word of one sex ("The victim's mother") is not who the pronoun
    of the other stands for (the possessor, "the girl's father", is not the speaker)."""
    words = speaker.lower().split()
    return bool(words) and words[-1] in (_MEN if pronoun == "she" else _WOMEN)


# "mengatakan pihaknya menggelar operasi di 42 titik": "pihaknya" (the speaker's agency) as the
# subject of an act done — an affixed verb, after at most an aspect word — reports what the
# agency did, which stands on its own (rule 5); "pihaknya masih pikir-pikir" or "pihaknya akan
# …" still declares a stance or a plan.
_SIDE_ACTS = re.compile(r"pihaknya\s+(?:(?:telah|sudah|sedang|tengah|mulai|juga|terus|baru)\s+)?"
                        r"(?P<verb>(?:me|di)[a-z]{4,})\b")


def _side_acts(text: str, a: int, e: int) -> bool:
    m = _SIDE_ACTS.match(text, a, e)
    return bool(m) and m.group("verb") not in lx.OPINION_WORDS and is_id_verb(m.group("verb"))


# Wire style sets the place and day of the statement between the speaker and the verb:
# "Kepala Dinas X Rina Sari di Malang, Senin, mengatakan …", "Kapolres X, Jumat (7/3),
# menjelaskan …". The scene is part of the frame, never the speaker (nor a clause of its own).
_SCENE_BEFORE_VERB = re.compile(
    rf"(?:\s+di\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){{0,2}})?\s*,\s*(?:(?:pada\s+)?(?:{alternation(_SPELLED_WEEKDAYS)})"
    rf"(?:\s*\(\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\))?(?:\s+(?:pagi|siang|sore|malam))?|[Kk]emarin)\s*,?$")


# "The board, however, said …", "Polisi, sementara itu, menyatakan …": a connective set off
# by commas between the speaker and the verb links the sentence to the one before; it is
# neither the speaker nor a clause.
_INSERTED_CONNECTIVE = re.compile(r",\s+(?:however|though|meanwhile|in turn|for (?:its|his|her|their) part"
                                  r"|too|also|instead|bagaimanapun|sementara itu|di sisi lain|sebaliknya)\s*,?$",
                                  re.I)


def _without_connective(head: str) -> str:
    if "," not in head:
        return head
    m = _INSERTED_CONNECTIVE.search(head)
    return head[:m.start()] if m and m.start() > 0 else head


# ... and so is the channel of the statement, with or without commas: "Rina Sari dalam
# keterangannya, Senin (3/6), mengatakan …", "Ketua panitia, Dewi Lestari, dalam jumpa pers
# menyatakan …", "The mayor, Jane Roe, in a statement on Monday said …".
# (Every match opens with a comma or white space, read first as one class and then told apart
# by a look-behind, so that the engine skips to those characters: "[,\s](?:(?<=,)\s+|(?<=\s)\s*)"
# reads what ",?\s+" does, "[,\s](?<=\s)\s*" what "\s+" does.)
_COMMA_OR_SPACE = r"(?:(?<=,)\s+|(?<=\s)\s*)"
_CHANNEL_BEFORE_VERB = re.compile(
    rf"[,\s](?:{_COMMA_OR_SPACE}(?:(?:dalam|melalui|lewat)\s+(?:keterangan|konferensi|jumpa|siaran|pernyataan|rilis|amar|putusan"
    r"|pidato|sambutan|wawancara|unggahan|surat|akun)[a-z]*\b"
    r"|(?:in|during|via|through)\s+(?:a|an|the|his|her|its|their)\s+(?:[a-z]+\s+)?(?:statement|interview"
    r"|briefing|news conference|press conference|post|letter|speech|ruling|verdict|judgment|judgement)\b)[^,]*,?$"
    # the outlet that relays the words is no part of the speaker either (rule 6): "Ana Ruiz was
    # quoted by local media as saying …", "Rina Sari, seperti dilansir Antara, mengatakan …"
    r"|(?<=\s)\s*(?:was|were|is|has been)\s+quoted(?:\s+by\s+[^,]{1,60}?)?\s+as$"
    rf"|{_COMMA_OR_SPACE}(?:seperti\s+|sebagaimana\s+)?(?:dikutip|dilansir)\s+(?:dari\s+)?[^,]{{1,60}}?,?$)")
# ... and so is the moment the reporter reached the speaker: "Rina Sari, saat dikonfirmasi
# pada Senin (3/6), mengatakan …", "The mayor, when reached by phone, said …"
_MOMENT_BEFORE_VERB = re.compile(rf"[,\s]{_COMMA_OR_SPACE}(?:saat|ketika|sewaktu|usai|seusai|setelah|when)\s+(?:di[a-z]+|contacted"
                                 r"|reached|asked|interviewed)\b[^,]*,?$")


# "Budi Santoso pada Senin pagi mengatakan …", "The ministry on Monday said …": the day set
# between the speaker and the verb without commas.
_DAY_BEFORE_VERB = re.compile(
    rf"\s\s*(?:pada|on)\s+(?:{alternation(_SPELLED_WEEKDAYS)})(?:\s*\(\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\))?"
    rf"(?:\s+(?:pagi|siang|sore|malam|morning|afternoon|evening|night))?$")


def _without_scene(head: str) -> str:
    for scene in (_SCENE_BEFORE_VERB, _MOMENT_BEFORE_VERB, _DAY_BEFORE_VERB):
        # (a scene set between commas needs one: most heads hold none, and the pattern, opening
        # with optional parts, would be tried at each of their positions)
        if (scene is not _SCENE_BEFORE_VERB or "," in head) and (m := scene.search(head)) and m.start() > 0:
            head = head[:m.start()]
    if (m := _CHANNEL_BEFORE_VERB.search(head)) and m.start() > 0 and not _ends_with_preposition(head[:m.start()]):
        head = head[:m.start()]      # "warga di dalam surat …" is no channel: "dalam" follows "di"
    return head


_PREPOSITIONS_BEFORE_CHANNEL = frozenset("di ke dari pada in at of on for with from".split())


def _ends_with_preposition(words: str) -> bool:
    last = words.rstrip(" ,").rsplit(None, 1)[-1:]
    return bool(last) and last[0].lower() in _PREPOSITIONS_BEFORE_CHANNEL


def _role_after_person(before: str, subject: str) -> bool:
    """True when ``subject`` is a role in apposition to the person named in ``before``."""
    # The title may follow a word of its office: "Rina Sari, Area Manager PT X wilayah Y, …".
    opening = [w.lower().rstrip(".") for w in subject.split()[:_TITLE_REACH]]
    return any(w in lx.TITLE_WORDS for w in opening) and "," not in before and is_person(before.strip()) \
        and len(before.split()) >= 2


_TITLE_REACH = 3


def _split_subject(head: str) -> tuple[str, str]:
    """(words before the subject, subject) of the words before a reporting verb: the subject
    follows the last comma, unless it is a name written as a list ("Badan A, B, dan C (ABC)")."""
    start = listed_name_start(head)
    if start is not None:
        return head[:start].rstrip(", "), head[start:]
    before, _, subject = head.rpartition(",")
    joint = _LAST_SUBORDINATOR.match(subject)
    if joint is not None and not RELATIVE_WORD.search(subject, 0, joint.end(1)) \
            and _is_clause(subject[:joint.start(1)]):
        # "The case came to light in 2022 after an audit found …": after a clause of its own, a
        # subordinator opens the clause whose subject speaks ("Residents who returned after the
        # flood said …": inside a relative clause, "after" is a preposition of the speaker's)
        return (before + "," if before else "") + subject[:joint.start(1)], subject[joint.end(1):]
    return before, subject


# (the last subordinator: the greedy ".*" runs to the end and backs off to it)
_LAST_SUBORDINATOR = re.compile(r".*(\s(?:after|when|because|since|before|while|until|once|although|though"
                                r"|setelah|sesudah|ketika|karena|sejak|sebelum)\s)", re.S)
# A relative pronoun: a speaker's phrase holding one describes the speaker in a clause of its own.
RELATIVE_WORD = re.compile(r"\b(?:who|which|that|whose|yang|yg)\b")


# "Asked about the delay, X said …", "Speaking at a briefing, X said …": a participle phrase
# sets the scene before the speaker; it is no clause of its own.
# Indonesian sets the scene with a time or occasion: "Saat dikonfirmasi,", "Dalam keterangan
# tertulisnya,", "Usai rapat,".
_PARTICIPLE_OPENER = re.compile(r"(?:[A-Z][a-z]+(?:ing|ed)|Asked|Told|Quoted|Interviewed)\b(?![^,]*\b(?:is|are|was|were|has|have|had|will)\b)"
                                r"|(?:Saat|Ketika|Usai|Seusai|Setelah|Sebelum|Dalam|Di sela|Ditemui|Dikonfirmasi"
                                r"|Dihubungi|Dimintai)\b")
# "Kapolres X saat dikonfirmasi mengatakan …", "X, when asked, said …": the occasion between the
# speaker and the verb is no part of the speaker.
# "The government has said …": the auxiliary belongs to the verb, not to the speaker.
# Adverbs may pile up before the verb ("Ia juga hanya menyebut …", "She also only said …"), so
# they are dropped as a run.
# "lalu" alone is "then" (above); after a day or a stretch it dates the saying, and the day is no
# part of the speaker: "Polisi, Senin lalu, mengatakan …", "Dinas X pekan lalu menyatakan …".
_DAY_AGO_END = re.compile(r",?\s*(?:(?i:awal|akhir|pertengahan)\s+)?(?i:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu"
                          r"|pekan|bulan|tahun|hari|malam|pagi|sore|siang)\s+(?:lalu|ini),?$|,?\s*(?i:kemarin),?$")
# "Data BPBD hingga Kamis (26/11) pukul 10.00 Wita mencatat …": the time the count runs to is
# no part of the recorder.
_DAY_OR_MONTH = alternation([w.capitalize() for w in SPELLED_WEEKDAYS] + [w.capitalize() for w in MONTHS if len(w) > 3])
_PART_OF_DAY = r"(?:\s+(?:pagi|siang|sore|malam))?"
_UNTIL_END = re.compile(rf",?\s+(?:hingga|sampai|per)\s+(?:(?:hari\s+)?(?:{_DAY_OR_MONTH}){_PART_OF_DAY}"
                        r"(?:\s+\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\))?"
                        rf"|\d{{1,2}}\s+(?:{_DAY_OR_MONTH})(?:\s+\d{{4}})?){_PART_OF_DAY}"
                        r"(?:,?\s+pukul\s+\d{1,2}[.:]\d{2}(?:\s+(?:WIB|WITA|Wita|WIT|waktu\s+setempat))?)?,?$")
# The auxiliaries and adverbs that may close a subject before its verb of saying.
_AUX_OR_ADVERB = (r"(?:has|have|had|also|earlier|previously|only|just|again|later|then|further"
                  r"|separately|recently|repeatedly|once|always|long|consistently|publicly|privately|already"
                  # "Kementerian X sebelumnya memprediksi …": the adverb is no part of the speaker
                  r"|sebelumnya|juga|pun|kemudian|sendiri|hanya|cuma|bahkan|lalu|lantas|kembali|turut"
                  r"|sempat|justru|malah|pula|selanjutnya|sekadar|sudah|telah|masih|pernah|akan|terus)")
# ("\s\s*W(?:\s+W)*" reads as "(?:\s+W)+" does, but opening with a class it gives the engine a
# skip to the white space, where the repeated group has it try every position.)
_EN_AUX_END = re.compile(rf"\s\s*{_AUX_OR_ADVERB}(?:\s+{_AUX_OR_ADVERB})*$")
# "Robredo belum mengakui kekalahan", "Polisi tidak menyebut …": what a speaker did not say is a
# fact about the speaker, no report.
_NEGATED_END = re.compile(r"\s(?:belum|tidak|tak|bukan|never|not)$", re.I)
# A verb of saying after a form of "be" is a passive: its subject is told, it tells nothing.
_PASSIVE_END = re.compile(r"\s(?:be|been|being|is|are|was|were)$", re.I)
# An agency that "mencatat" (records) a figure is the actor of the recording, not a source
# (rule 6): "Dinas X mencatat 120 kasus" is the claim as a whole. When a clause follows
# ("BMKG mencatat gempa terjadi pukul 10.15 WIB"), the agency reports it (rule 5: the
# reported content stands on its own).
_ACTOR_VERBS = frozenset({"mencatat", "mencatatkan"})
_DIGIT = re.compile(r"\d")
# Digits that tell when, not what was counted: a clock time, a bracketed day and month, a spelled
# day and month ("mencatat hingga pukul 15.00 WIB telah terjadi …", "hingga 12 Maret").
_NOT_A_FIGURE = re.compile(r"(?<!\d)(?:\d{1,2}[.:]\d\d(?!\d)(?!\s*(?:%|persen|percent))|(?<=\()\d{1,2}/\d{1,2}(?:/\d{2,4})?\b"
                           rf"|\d{{1,2}}\s+(?i:{alternation(list(MONTHS))})\b)")
# ... and a year after a word of time or a month ("sepanjang 2021", "in 2023", "Januari 2024";
# "mencatat 2021 kendaraan" counts)
_YEAR = re.compile(r"(?:19|20)\d\d(?![\d.,]?\d)")
_BEFORE_A_YEAR = re.compile(r"\b(?:sepanjang|selama|pada|tahun|hingga|sampai|sejak|awal|akhir|in|during|since"
                            rf"|throughout|for|of|by|until|{alternation(list(MONTHS))})\s+$", re.I)
# "X said on Thursday (that) …", "X mengatakan pada Senin (3/6) …": the day belongs to the frame.
# Wire style drops the "on": "officials said Tuesday that …".
_DATE_AFTER_VERB = re.compile(rf"(?:(?:on|pada|hari)\s+)?(?:{alternation(_SPELLED_WEEKDAYS)})\b"
                              r"(?:\s*\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\))?"
                              r"\s*,?\s*(?:(?:that|bahwa)\s+)?", re.I)


# ... or a day of a month, or a month ("said on Oct. 28 that …", "mengatakan pada 3 Mei bahwa …",
# "said in January that …"), its name capitalised ("said may" is no month)
_MONTH_AFTER_VERB = re.compile(rf"\s*(?i:on|in|pada)\s+(?:\d{{1,2}}\s+)?(?:{alternation([m.capitalize() for m in MONTHS])})\b\.?"
                               r"(?:\s+\d{1,2}(?!\d))?(?:,?\s+(?:19|20)\d\d)?\s*,?\s*(?:(?i:that|bahwa)\s+)?")


# So is a company or agency that "reported a 12% rise" or "reported three deaths": an object,
# not a clause, follows the verb ("Police reported that a man was found" still reports).
_EN_ACTOR_VERBS = frozenset({"reported", "posted", "recorded", "announced", "showed", "shows"})


def _records_a_figure(text: str, m, e: int) -> bool:
    # A figure recorded: no verb before the first digit of what follows ("mencatat 86 kasus",
    # "mencatat inflasi Maret sebesar 3,05 persen"; but "mencatat gempa terjadi pukul …").
    verb = m.group().split()[0].lower()
    if verb not in _ACTOR_VERBS and verb not in _EN_ACTOR_VERBS:
        return False
    if verb in _EN_ACTOR_VERBS and m.group().rstrip().endswith("that"):
        return False
    digit = _first_figure(text, m.end(), e)
    subject = max(rough_sentence_start(text, m.start()), m.start() - _MEASURE_REACH)
    if verb == "mencatat" and digit and _RECORDING_BODY.search(text, subject, m.start()) \
            and _NAMED_MEASURE.match(text, m.end(), min(e, m.end() + _MEASURE_REACH)):
        return False    # "BPS mencatat pertumbuhan ekonomi … sebesar 4,87%": the measure is told, then its figure
    upto = digit.start() if digit else e
    link = _CLAUSE_LINK.search(text, m.end(), upto)
    return not has_verb(text, m.end(), link.start() if link else upto, "en" if verb in _EN_ACTOR_VERBS else "id")


# a clause joined to the recorded thing ("mencatat kemenangan pertama sejak 2019 setelah mengalahkan …")
# ("dan"/"and" link a clause only before a verb: "jumlah pasien serta tenaga kesehatan" joins nouns)
_CLAUSE_LINK = re.compile(r"\s(?:(?:setelah|sesudah|usai|seusai|sehingga|after)\s|(?:dan|serta)\s+(?=(?:di|me|ber|ter)[a-z]{3,}\b)"
                          r"|and\s+(?=[a-z]{3,}ed\b))", re.I)


def _count_told_as_a_clause(text: str, m, e: int) -> bool:
    """True for "AFAD mencatat 3.419 orang tewas di Turki": the count a body records does something
    in a clause of its own, which the body reports (rule 5) as "melaporkan" would; "mencatat 86
    kasus diare" stays a tally, and so does "mencatat kemenangan pertama setelah mengalahkan …"
    (the verb after the link word is the subject's own next act)."""
    if m.group().split()[0].lower() != "mencatat":
        return False
    link = _CLAUSE_LINK.search(text, m.end(), e)
    # ("354 kg, terdiri dari …": an aside; "1,3 juta" holds a decimal comma)
    comma = _ASIDE_COMMA.search(text, m.end(), link.start() if link else e)
    return has_verb(text, m.end(), comma.start() if comma else link.start() if link else e, "id")


_ASIDE_COMMA = re.compile(r",(?!\d)")


def _first_figure(text: str, a: int, e: int):
    """The first digit of ``text[a:e]`` that does not tell a time (a clock time, a date, a year
    after a word of time or a month)."""
    while (digit := _DIGIT.search(text, a, e)) is not None:
        time = _NOT_A_FIGURE.match(text, digit.start()) or (
            _BEFORE_A_YEAR.search(text, max(a, digit.start() - 12), digit.start()) and _YEAR.match(text, digit.start()))
        if not time:
            return digit
        a = time.end()
    return None


def _body_keeps_the_record(text: str, m) -> bool:
    """True for "Dinas X mencatat 86 kasus": the body that keeps the record is its source, though
    the count stays its act ("Rupiah mencatat penguatan", "Rizki mencatat total angkatan 354 kg").
    The body is the subject itself, named as one ("Dinas …", "Kementerian …", "Badan … (X)"): a
    club or a person known by capitals ("PSIS Semarang") keeps its own record."""
    if m.group().split()[0].lower() != "mencatat":
        return False
    opens = max(rough_sentence_start(text, m.start()), text.rfind(",", 0, m.start()) + 1, m.start() - _MEASURE_REACH)
    subject = _DATELINE_DASH.split(text[opens:m.start()])[-1].strip()     # after "Jakarta (ANTARA) - "
    return _BODY_NAMED_AS_ONE.match(subject) is not None and all(
        w[:1].isupper() or w[:1] == "(" or w in _TITLE_JOINS or w in _DEMONSTRATIVES for w in subject.split()[1:])


_DEMONSTRATIVES = frozenset("itu tersebut ini".split())     # "Komisi itu mencatat …": the body named before
_DATELINE_DASH = re.compile(r"\s[-–—]\s")


# What an agency records may be a named measure with its figure ("mencatat inflasi Juni sebesar
# 2,5 persen", "mencatat ledakan itu setara dengan …"): a statement the agency reports, as with
# "melaporkan". A count it tallies ("mencatat 86 kasus diare") is its own act.
_MEASURE_REACH = 120

# The subject that records for others: a body ("Badan …", "Kementerian …") or one known by its
# acronym ("BPS", "(GFZ)"); "Rupiah mencatat penguatan …" is the currency's own move (rule 6).
_BODY_WORDS = r"Badan|Dinas|Kementerian|Komisi|Pusat|Lembaga|Organisasi|Otoritas|Biro|Direktorat|Kepolisian|Balai|Stasiun"
_RECORDING_BODY = re.compile(rf"\b(?:{_BODY_WORDS}|Bank\s+(?:Indonesia|Dunia|Sentral))\b|\b[A-Z]{{2,6}}\b|\([A-Z]{{2,8}}\)")
_BODY_NAMED_AS_ONE = re.compile(rf"(?:{_BODY_WORDS})\b")
_NAMED_MEASURE = re.compile(r"\s*(?![a-z]*\s*$)(?!(?:sebanyak|sekitar|lebih|hampir|setidaknya|sedikitnya|total|ada)\b)"
                            r"[a-z][\w-]*(?:\s+[\w().-]+)*?\s+(?:sebesar|sebanyak|mencapai|setara|yakni|yaitu|menjadi"
                            # "mencatat deflasi 0,03% pada Mei": the measure, then its figure
                            r"|(?=\d[\d.,]*\s*(?:%|persen|poin)))")


def _frame_date_end(text: str, a: int, e: int) -> int:
    m = _DATE_AFTER_VERB.match(text, a, e) or _MONTH_AFTER_VERB.match(text, a, e)
    return m.end() if m and e - m.end() > 10 else a


def opens_with_share(span: str) -> bool:
    """True when a share of respondents opens ``span`` ("Sebanyak 64 persen …", "Half of them,
    52 percent, …"); "Survei X dengan margin 2,9 persen menunjukkan …" does not."""
    return bool(lx.RESPONDENT_SHARE.search(" ".join(span.split()[:7])))


# "Mayor Ana Ruiz, who has led the city since 2021, said …": the relative clause describes the
# speaker (an embedded fact of its own); the speaker is the name before it. So does a participle
# ("The report, published on Tuesday, found that …"), an appositive ("Prof Ana Ruiz, a
# geologist at X, said …", "Ana Ruiz, head of X, said …") or an age ("Ana Ruiz, 58, of Leeds,
# said …"). A scene-setting phrase may come first ("In a statement, Sen. X, who …, said …").
_DESCRIBED_SPEAKER = re.compile(
    r"^(?P<lead>(?:[^,]{2,60},\s+)?)(?P<who>(?!\d{1,3},)[^,]{2,80}?),\s+"
    r"(?:(?:who|whose|which|yang|yg|[a-z]{3,}ed\s+(?:on|in|at|by|since|last)"
    r"|(?:speaking|writing|testifying|appearing)\s+(?:to|at|in|on|before|after|from))\s+"
    r"|(?:a|an|the|one of the)\s+(?=(?:[\w'’-]+\s+){0,4}?(?:at|of|for|with|in)\s|(?:[\w'’-]+\s+){0,4}[\w'’-]+,\s*$)"
    # "Maria Van Kerkhove, WHO's technical lead on COVID-19, said …": a role owned by a body
    r"|(?-i:[A-Z][\w.&-]*)['’]s\s+(?=(?:[\w'’-]+\s+){0,5}[\w'’-]+,\s*$)"
    # "Salah seorang nelayan, warga Desa Karangsari, mengatakan …": Indonesian's indefinite role
    r"|(?:seorang|salah\s+satu|salah\s+seorang)\s+(?=(?:[\w'’-]+\s+){0,5}[\w'’-]+,\s*$)"
    rf"|(?:[a-z]+\s+)?(?:{lx.EN_ROLE_NOUNS})\s+(?:[a-z]+\s+){{0,2}}?(?:at|of|for)\s+(?=[A-Z])"
    r"|\d{1,3},\s+(?:of|from)\s+(?=[A-Z])|\d{1,3},\s+(?:a|an|the)\s+)"
    r"(?:[^,]|,(?=\d)|,\s+(?=(?:of|from|in)\s))+,?$", re.I)


# "Sarmin (61), pedagang di Desa X, Kecamatan Y, mengatakan …", "Tom Hale, 54, said …": an
# age marks the name before it as the speaker; whatever follows the age up to the verb (a
# role, a village, a district) describes that person and is never the speaker.
_AGED_PERSON = re.compile(r"^(?P<lead>(?:[^,]{2,60},\s+)?)(?P<who>[A-Z][^,()]{1,60}?)"
                          r"(?:\s*\(\d{1,3}(?:\s*(?:tahun|th|thn))?\)|,\s+\d{1,3}(?=,|$)"
                          # "The two climbers, aged 19 and 42, …", "Dua pendaki, berusia 19 dan 42 tahun, …"
                          r"|,\s+(?:aged|berusia|berumur)\s+\d{1,3}(?:\s*(?:,|and|dan|-|to|hingga)\s*\d{1,3})*"
                          r"(?:\s+(?:tahun|years?(?:\s+old)?))?(?=,|$))(?:[,\s].*)?$", re.S)


def _aged_person(head: str) -> str | None:
    m = _AGED_PERSON.match(head)
    lead = m.group("lead").rstrip(", ") if m else ""
    if not m or not _names_someone(m.group("who")) or (lead and _is_clause(lead) and not _PARTICIPLE_OPENER.match(lead)):
        return None     # the words before the first comma hold a clause: not a scene phrase
    return m.group("lead") + m.group("who")


def _names_someone(who: str) -> bool:
    return bool(_is_name(who) or _DEFINITE_SPEAKER.fullmatch(who) or _UNNAMED_GROUP.fullmatch(who)
                or _INDEFINITE_SPEAKER.fullmatch(who))


def _speaker_without_description(head: str) -> str:
    m = _DESCRIBED_SPEAKER.match(head)
    if not m or (m.group("lead") and _is_clause(m.group("lead").rstrip(", "))):
        return head     # the words before the first comma hold a clause: not a scene phrase
    ok = _names_someone(m.group("who")) or _BODY_NAME.fullmatch(m.group("who"))
    role = None if ok else _ROLE_THEN_NAME.fullmatch(m.group("who"))
    if role:    # the description is dropped like a title (rule 6)
        return m.group("lead") + role.group("name")
    return m.group("lead") + m.group("who") if ok else head


# "The Office for Coastal Surveys, which mapped …, said …": a body's name joins its
# capitalised words with "of", "for", "and", "on" or "the".
_BODY_NAME = re.compile(r"(?:The\s+)?[A-Z][\w'’&.-]*(?:\s+(?:of|for|and|on|the|[A-Z][\w'’&.()-]*))*\s+[A-Z][\w'’&.()-]*")


# "Local baker Maren Lutz, whose family …, said …": a role in lower case before the name.
_ROLE_THEN_NAME = re.compile(r"(?:[A-Z]?[a-z]+\s+){1,3}(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})")


# "Port officials, who declined to be named, said …": an unnamed group described the same way.
_UNNAMED_GROUP = re.compile(r"(?:(?:[A-Z][a-z]+|two|three|four|several|some|senior|local|federal|state)\s+){0,3}"
                            r"(?:officials|authorities|police|sources|officers|investigators|prosecutors"
                            r"|diplomats|negotiators|witnesses|residents|doctors|analysts)")


# "A port worker, who asked not to be named, said …": an unnamed speaker in its
# descriptive form (rule 6) keeps its article.
_INDEFINITE_SPEAKER = re.compile(r"(?:A|An|One|Seorang|Salah\s+satu|Salah\s+seorang)\s+(?:[\w'’-]+\s+){0,3}[a-z][\w-]*")


# "The company, which employs 4,000 people, said …": a definite noun of one or two words.
# So is a possessive description: "Norway's fisheries regulator, which set the quota, said …".
_DEFINITE_SPEAKER = re.compile(r"(?:The|the)\s+[a-z]+(?:\s+[a-z]+)?|[A-Z][\w.-]*['’]s\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?")


# Lower-case words that join the parts of a name or a title with its place ("Sen. Ana Ruiz of
# New Mexico", "Ahmad bin Ali").
_NAME_JOINERS = lx.NAME_PARTICLES | {"of"}
_LOWER_TITLES = lx.HONORIFICS | lx.RANKS | frozenset(f"{rank}." for rank in lx.RANKS)


def _is_name(words: str) -> bool:
    # "Bus Drivers Alliance (BDA)": the abbreviation in brackets closes the name; a title may be
    # written in lower case before it ("dr Rina Sari", "ir. Budi Santoso").
    parts = words.split()
    while len(parts) > 1 and parts[0] in _LOWER_TITLES:
        parts = parts[1:]
    return bool(parts) and parts[0][:1].isupper() and parts[-1].lstrip("(")[:1].isupper() and all(
        w[:1].isupper() or w[:1] == "(" or w in _NAME_JOINERS for w in parts)


def _is_clause(part: str) -> bool:
    # "In a briefing held by X on Monday," is a phrase: "held by" is a participle, not a verb;
    # so is "televised" in "In a televised address,".
    if not _EN_WORDS.search(part):
        return has_verb(part, 0, len(part), "id")
    part = _ATTRIBUTIVE_PARTICIPLE.sub(r"\1 thing", _PASSIVE_PARTICIPLE.sub(" ", part))
    return has_verb(part, 0, len(part), "en")


def mid_menurut(text: str, s: int, e: int, source, frame):
    """"Dugaan ini, menurut X, …": the assertion after an inserted "menurut X"; when a verb
    follows it ("Exports, according to customs data, rose 12%"), the words before are its
    subject and the assertion keeps them."""
    m = _MID_MENURUT.search(text, s, e)
    if not m or len(text[s:m.start()].split()) > 6:
        return s, source, frame
    who = speaker_at(text, m.start(1), m.end(1))
    if _FINITE_START.match(text, m.end(), e):
        return s, who, (m.start(), m.end())
    return m.end(), who, (s, m.end())


# (Indonesian: an auxiliary, "Ketiga tersangka, menurut Dedi, sudah ditahan"; a prefixed word may
# be a noun, "dinas", "menteri")
_FINITE_START = re.compile(r"(?:is|are|was|were|has|have|had|will|would|can|could|rose|fell|grew|[a-z]+ed"
                           r"|sudah|telah|akan|masih|belum|sedang|tidak|tak)\b")
