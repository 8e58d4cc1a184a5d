"""Check-worthiness of a clause, 0–1 (labelling rule 2).

Checkable assertions name numbers, dates, people, places and actions; opinions, hopes,
hedges, questions and vague filler are not claims. The score adds evidence for the first and
subtracts it for the second; ``THRESHOLD`` separates claims from the rest.
"""
from __future__ import annotations

import re

from claims import lexicon as lx
from claims import lexicon_dates as ld
from claims import lexicon_numbers as ln
from claims.claimtypes import letter_runs, lowered_words
from claims.clauses import NOT_SUPERLATIVE_STEMS, has_verb, is_id_verb
from claims.frames import opens_with_share
from claims.entities import find_entities
from claims.quantity_shares import holds_a_share
from claims.text_features import (CaseBlindSearch, break_anchored_alternation, holds_any, literal_alternation,
                                  may_hold_any, rare_anchored_alternation, word_alternation)

THRESHOLD = 0.5
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[a-z]+")
# Indonesian often states a comparison or amount without a verb ("harga kini lebih mahal dari …").
# (?=…): a case-blind pattern gets no first-character skip from the engine; the lookahead gives it.
_VERBLESS_WORDS = ("lebih", "paling", "sebesar", "sebanyak", "tertinggi", "terendah", "terbesar", "terbanyak",
                   "than", "highest", "lowest", "largest", "smallest", "plus minus", "plus or minus")
_VERBLESS_PREDICATE = re.compile(rf"(?=[hlpst±])(?:\b({'|'.join(_VERBLESS_WORDS)})\b|±)", re.I)
# Every match holds one of these: substring tests (may_hold_any) spare the search on most spans.
_VERBLESS_GATE = _VERBLESS_WORDS + ("±",)
_ING = re.compile(r"\b[a-z]{3,}ing\b")   # "with the total climbing to 50": a participle clause
_ONE_OF = re.compile(r"\b(salah satu|one of)\b", re.I)
# The look-behind after the capital, not before it: a pattern that opens with a look-behind
# gets no first-character skip from the regex engine and is tried at every position. A Roman
# numeral ("kuartal II", "Phase IV") numbers a period or a stage; it names no one.
_INNER_CAPITAL = re.compile(r"[A-Z](?<=\s[A-Z])(?!(?<=[IVX])[IVX]*\b)[\w'’-]+")
_DATE_WORDS = frozenset("""senin selasa rabu kamis jumat sabtu minggu januari februari maret april mei
juni juli agustus september oktober november desember kemarin monday tuesday wednesday thursday
friday saturday sunday january february march june july august october december yesterday""".split())
# Ratio words count too: "nearly twice the monthly average" states a figure.
_NUMBER_WORDS = frozenset(w for w in re.findall(r"[a-z]+", lx.NUMBER_WORDS.pattern)) \
    | frozenset("twice thrice double triple half".split())
# Words one of which every match of a case-blind lexicon pattern holds. A pattern that starts
# with \b is tried at every position; in ASCII text its match needs the lower-cased word, so
# one substring test skips the pattern on almost every span.
_JUDGED_WORDS = ("dinilai", "dianggap", "considered", "deemed", "seen as", "viewed as")
_VAGUE_QUANTIFIERS = ("beberapa", "berbagai", "sejumlah", "several", "various", "a number of", "some")
# Each phrase list as one search: a pass of the regex engine costs less than a substring
# test per phrase, and finds a match exactly when one of the phrases is a substring.
# (Anchored at rare letters: the engine skips to those, see text_features.WordGate.)
_JUDGED_GATE = re.compile(rare_anchored_alternation(_JUDGED_WORDS))
_VAGUE_QUANTIFIER_GATE = re.compile(rare_anchored_alternation(_VAGUE_QUANTIFIERS))
# Whole words only: "tidak menyerah" is no phrase inside "tidak menyerahkan".
_OPINION_PHRASE = re.compile(word_alternation(lx.OPINION_PHRASES))
_VAGUE_PHRASE = re.compile(word_alternation(lx.VAGUE_PHRASES))
_AS_OF_WRITING = re.compile(word_alternation(lx.AS_OF_WRITING))
_NOT_YET = re.compile(r"\b(?:belum|tidak|tak|not|no|yet)\b")
# Every match of the hedge, level and commitment searches holds one of these: one pass over a
# fact-free span rules out all three on most spans.
_LEVEL_WORDS = ("masih", "tetap", "still", "remain")
_HEDGE_GATE = re.compile(rare_anchored_alternation(("kemungkinan",) + _LEVEL_WORDS + lx.COMMITMENT_PHRASES))
_COMMITMENT = re.compile(word_alternation(lx.COMMITMENT_PHRASES))
# The lists at once: most spans hold none of their phrases, and one pass over the lower-cased
# span then answers all the searches (each finds nothing where this does not).
_RESOLVE_PHRASE = re.compile(word_alternation(lx.RESOLVE_PHRASES))
_ALL_PHRASES = frozenset(set(lx.OPINION_PHRASES) | set(lx.RESOLVE_PHRASES) | set(lx.VAGUE_PHRASES)
                         | set(lx.AS_OF_WRITING)
                         | set(_JUDGED_WORDS) | set(_VAGUE_QUANTIFIERS)
                         | set(lx.THREAT_PHRASES) | set(lx.SIGNIFICANCE_PHRASES)
                         | set(lx.ADVICE_PHRASES) | set(lx.IMPRESSION_PHRASES)
                         | set(lx.REASSURANCE_PHRASES))
_NOT_A_LETTER = re.compile(r"[^a-z]")
_BROKEN_PHRASES = re.compile(break_anchored_alternation(p for p in _ALL_PHRASES if _NOT_A_LETTER.search(p)))
_WORD_PHRASES = re.compile(literal_alternation(p for p in _ALL_PHRASES if not _NOT_A_LETTER.search(p)))


def holds_a_listed_phrase(low: str) -> bool:
    """True when one of the lists' phrases is a substring of the lower-cased ``low``."""
    return _BROKEN_PHRASES.search(low) is not None or _WORD_PHRASES.search(low) is not None


def _words_by_key(phrases) -> dict[str, list[frozenset[str]]]:
    """The letter runs ("words") of each phrase, filed under its longest one."""
    index: dict[str, list[frozenset[str]]] = {}
    for phrase in sorted(phrases):
        words = _WORD.findall(phrase)
        index.setdefault(max(words, key=len), []).append(frozenset(words))
    return index


# Every search ``phrased`` guards finds its phrase as whole words (a word_alternation, or a
# case-blind pattern opening and closing with word edges on an ASCII span), so each letter run
# of the phrase is then one of the span's words (_WORD.findall of the lower-cased span). A set
# test on those words rules out nearly every span before the two searches over the text run.
_PHRASE_WORDS_BY_KEY = _words_by_key(_ALL_PHRASES)
_PHRASE_KEYS = frozenset(_PHRASE_WORDS_BY_KEY)


def _may_hold_a_listed_phrase(low: str, low_words: list[str]) -> bool:
    """False when no phrase of the lists stands in ``low`` as whole words (``low_words`` are
    its letter runs): then none of the phrase searches can match. True only where
    holds_a_listed_phrase is."""
    if _PHRASE_KEYS.isdisjoint(low_words):
        return False
    words = set(low_words)
    return any(phrase <= words for key in _PHRASE_KEYS.intersection(words) for phrase in _PHRASE_WORDS_BY_KEY[key]) \
        and holds_a_listed_phrase(low)


def checkworthiness(text: str, s: int, e: int, language: str) -> float:
    """Score of ``text[s:e]`` as a check-worthy factual claim, between 0 and 1."""
    span = text[s:e]
    low, low_words = lowered_words(span)
    inner_capital = _INNER_CAPITAL.search(span) is not None
    evidence = _evidence(span, low, low_words, inner_capital)
    phrased = _may_hold_a_listed_phrase(low, low_words)
    score = 0.45 + evidence - _penalties(span, low, low_words, inner_capital, phrased, language, (text, s, e))
    condition = holds_any(low, _CONDITION_GATE) and _CONDITION_STATUS.search(low) is not None
    if not evidence and not condition and not _states_a_cause(low_words) \
            and (_ungrounded_stance(low, low_words)
                 or "domina" in low and lx.DOMINANCE_LEVEL.search(low) is not None
                 and not _named_or_sourced(False, (text, s, e), language)):
        score -= 0.1
    verb = condition or has_verb(text, s, e, language) \
        or may_hold_any(span, _VERBLESS_GATE) and bool(_VERBLESS_PREDICATE.search(span)) \
        or (language == "en" and (bool(_ING.search(span)) or _present_after_subject(span)
                                  or _SCHEDULED_BASE.search(span) is not None))
    score += 0.1 if verb else -0.2
    # (split(None, 3) stops after the fourth word: exactly three words is three parts)
    if verb and len(span.split(None, 3)) == 3 and _states_a_figure(span, low_words):
        score += 0.2    # "profit rose 11%", "six were hurt": subject, verb and figure make a whole short clause
    # The weights are tenths and twentieths: round away float drift (0.45 + 0.25 - 0.2 < 0.5).
    # (Clamped by comparisons: min() and max() cost a call each. -0.0 becomes 0.0, as max did.)
    score = round(score, 6)
    return 0.0 if score <= 0.0 else 1.0 if score >= 1.0 else score


# "Schools in Jakarta reopen next week", "Voters head to the polls on Sunday": a plural subject's
# schedule, told in the present with the time it keeps.
_SCHEDULED_BASE = re.compile(r"\b(?:re)?(?:open|close|start|begin|resume|end|meet|vote|return|head|go)(?:e?s)?\s"
                             r"(?=(?:[^.,;]*\s)?(?:next|this|tomorrow|today|tonight|on\s+[A-Z][a-z]+day)\b)")


# "This grant gets us to …", "The council trims the fund by …": an English present verb right
# after a short subject and before its object; the auxiliaries found elsewhere miss it.
_PRESENT_AFTER_SUBJECT = re.compile(r"(?:(?:the|this|that|its|their|our|a|an)\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+"
                                    r"([a-z]{3,}s)\s+(?:the|a|an|its|their|his|her|our|us|them|him|me|\d|\$)\b",
                                    re.I)
_NOT_PRESENT = lx.EN_NOT_PRESENT_S


def _present_after_subject(span: str) -> bool:
    m = _PRESENT_AFTER_SUBJECT.match(span)
    return m is not None and m.group(1) not in _NOT_PRESENT and not m.group(1).endswith("ss")


# A cause stated as fact is checkable (rule 2) even when told with an intensifier ("Cuaca lembap
# membuat hama berkembang sangat cepat"): the verdict words then grade the effect.
_CAUSE_WORDS = frozenset("""karena akibat disebabkan menyebabkan mengakibatkan memicu dipicu because caused
causing triggered""".split())


def _states_a_cause(low_words: list[str]) -> bool:
    return not _CAUSE_WORDS.isdisjoint(low_words)


# "Seluruh penumpang dalam kondisi baik", "warga lainnya dalam keadaan aman", "two are in critical
# condition": the state a hospital or an operator reports for the people in its care is a status
# (rule 2), not a verdict, and Indonesian states it without a verb.
# (in Indonesian only people: "perekonomian dalam keadaan baik" is a verdict on the economy)
_CONDITION_STATUS = re.compile(r"\b(?:warga|penumpang|korban|pasien|awak|kru|santri|siswa|murid|pekerja|buruh|bayi"
                               r"|balita|ibu|anak|wni|tki|pmi|pengungsi|pendaki|sandera|nelayan|jemaah|jamaah|peserta"
                               r"|atlet|pemain|tahanan|narapidana|napi|pilot|personel|prajurit|mereka|keduanya"
                               r"|ketiganya|seluruhnya|semuanya|ia|dia|beliau)\b(?:\s+\S+){0,4}?"
                               r"\s+dalam\s+(?:kondisi|keadaan)\s+(?:baik|stabil|sehat|selamat|kritis|serius|aman)\b"
                               r"|\bin\s+(?:a\s+)?(?:good|stable|critical|serious|fair|satisfactory)\s+condition\b")
_CONDITION_GATE = ("kondisi", "keadaan", "condition")


def _states_a_figure(span: str, low_words: list[str]) -> bool:
    # "Jika uang pengganti tidak dilunasi dalam dua pekan, …" sets a term a court record can confirm;
    # "If prices keep rising, …" is a hypothetical.
    return _holds_a_digit(span) or not _NUMBER_WORDS.isdisjoint(low_words)


_LAST_DIGIT_TEST = ["", False]    # the span _holds_a_digit read last (kept, so no other string has its id), and the answer


def _holds_a_digit(span: str) -> bool:
    """``_DIGIT.search(span) is not None``, read once per span: the evidence and several
    penalties of one cut ask it of the same span, and the search reads every character."""
    if span is not _LAST_DIGIT_TEST[0]:
        # (in ASCII text the Unicode digits are 0-9: a class of ten bytes is read faster than
        # the Unicode category, looked up per character)
        found = (_ASCII_DIGIT if span.isascii() else _DIGIT).search(span)
        _LAST_DIGIT_TEST[0], _LAST_DIGIT_TEST[1] = span, found is not None
    return _LAST_DIGIT_TEST[1]


_ASCII_DIGIT = re.compile(r"[0-9]")


def _ungrounded_stance(low: str, low_words: list[str]) -> bool:
    """A speaker's stance ("We remain confident …") or an evaluation ("… masih sangat ketat")."""
    if not lx.EVALUATIVE_MARKERS.isdisjoint(low_words) or not lx.EVALUATIVE_WORDS.isdisjoint(low_words):
        return True
    if _HEDGE_GATE.search(low) and _hedged_level_or_commitment(low):
        return True
    return low.startswith(lx.FIRST_PERSON_OPENERS) and not lx.STANCE_WORDS.isdisjoint(low_words)


def _hedged_level_or_commitment(low: str) -> bool:
    """"jumlahnya kemungkinan bertambah", "pasokan masih terbatas", "akan terus mendukung"."""
    return bool(lx.HEDGED.search(low) or lx.VAGUE_LEVEL.search(low) or _COMMITMENT.search(low))


def _evidence(span: str, low: str, low_words: list[str], inner_capital: bool) -> float:
    phrased = _without_one_of(low)
    words = low_words if phrased is low else _WORD.findall(phrased)
    score = 0.0
    if _holds_a_digit(span) or not _NUMBER_WORDS.isdisjoint(words) or holds_a_share(span):
        score += 0.25     # (a share: "Separuh dari warga …"; not "beli seperempat", a quarter of a unit)
    if inner_capital:
        score += 0.15
    if not _DATE_WORDS.isdisjoint(words) or _names_a_past_time(low):
        score += 0.1
    return score


# "since last year", "two weeks ago", "sejak tahun lalu": a time counted back from the report
# dates a change as a weekday or a month name does. A time ahead ("tahun depan") is left out:
# a stance on the future ("Kami optimistis dengan kinerja tahun depan") is no fact.
_PAST = tuple(w for w in ld.PAST_WORDS if w != "kemarin")
_UNITS = "|".join(sorted(ld.RELATIVE_UNITS, key=len, reverse=True))
_WHEN_WORDS = "|".join(sorted(_PAST, key=len, reverse=True))
_PAST_TIME = re.compile(rf"\b(?:(?:{_WHEN_WORDS})\s+(?:{_UNITS})|(?:{_UNITS})\s+(?:{_WHEN_WORDS}))\b")


def _names_a_past_time(low: str) -> bool:
    return holds_any(low, _PAST) and _PAST_TIME.search(low) is not None


def _without_one_of(low: str) -> str:
    # An ASCII text can hold a match of the case-blind pattern only as the literal phrase:
    # the test spares the substitution on almost every span.
    if low.isascii() and "salah satu" not in low and "one of" not in low:
        return low
    return _ONE_OF.sub(" ", low)


def _may_hold(span: str, low: str, gate: re.Pattern, phrased: bool = True) -> bool:
    """False only when no case-blind match of a pattern needing one of the words of ``gate``
    (an alternation of them) can exist; ``phrased`` False says ``low`` holds none of them."""
    return not span.isascii() or phrased and gate.search(low) is not None


def _states_opinion(span: str, low: str, low_words: list[str], inner_capital: bool,
                    phrased: bool = True) -> bool:
    """An opinion word or phrase outside names ("Kejadian Luar Biasa" is a name, not praise)."""
    if "should" in low_words and _DECIDED_OBLIGATION.search(low):
        low_words = [w for w in low_words if w != "should"]
    if "felt" in low_words and _FELT_AS_SENSED.search(low):
        low_words = [w for w in low_words if w != "felt"]
    if "hopes" in low_words and _HOPES_AS_A_THING.search(low):
        low_words = [w for w in low_words if w != "hopes"]
    if not _opinion_marks(span, low, low, low_words, phrased):
        # The text without names is the lower-cased span with some words blanked out: it
        # holds no opinion word or phrase that the whole span lacks (no phrase holds a double
        # space), so the blanking is only done when the whole span holds one.
        return False
    if not inner_capital:
        return True
    plain = _INNER_CAPITAL.sub(" ", span).lower()
    return _opinion_marks(span, low, plain, letter_runs(plain))


# "We did not think we would get here", "I just wanted to …", "Kami yakin …": what speakers
# think, know, want or believe of themselves is a stance, not a fact on record (rule 2). (The
# lexicon lists "I think", "I want"; this takes adverbs, negations and past tenses between.)
# Read on the span as written: a capital "I" is the pronoun, not the Roman numeral of "kuartal
# I"; "felt" stays out, as what was felt ("We felt the quake …") is witnessed; "kira-kira" is "about".
_FIRST_PERSON_STANCE = re.compile(
    r"(?<![\w-])(?:I|[Ww]e|[Ss]aya|[Kk]ami|[Kk]ita|[Aa]ku)\s+(?:(?:just|really|all|also|still|never|always|did\s+not"
    r"|didn['’]t|do\s+not|don['’]t|could\s+not|couldn['’]t|hanya|juga|masih|sangat|benar-benar|tidak|tak|pernah"
    r"|semua|sudah)\s+)*(?:think|thought|know|knew|believe|believed|want|wanted|hope|hoped|wish|wished|imagine"
    r"|imagined|dream|dreamed|dreamt|yakin|ingin|mau|pikir|berpikir|kira(?!-)|merasa|berharap|percaya|membayangkan)\b")
# (every match holds one of these words: a clause without them is spared the search)
_STANCE_VERBS = frozenset("""think thought know knew believe believed want wanted hope hoped wish wished imagine
imagined dream dreamed dreamt yakin ingin mau pikir berpikir kira merasa berharap percaya membayangkan""".split())


# "The quake was felt in Padang", "Tremors could be felt 200 km away": a shaking or a blast
# that was felt was sensed, a fact of where it reached; what someone felt ("Anger was felt …")
# is a view.
_FELT_AS_SENSED = re.compile(r"\b(?:quakes?|earthquakes?|tremors?|shaking|shocks?|aftershocks?|blasts?|explosions?"
                             r"|eruptions?|booms?|vibrations?|impact)\s+(?:[a-z]+\s+){0,2}?"
                             r"(?:was|were|be|been|being)\s+(?:(?:widely|strongly|also|clearly)\s+)?felt\b")


# "The defeat ended Sinner's hopes of a third title": hopes that an event ended, dashed or kept
# alive are a thing the event did, not the writer's wish.
_HOPES_AS_A_THING = re.compile(r"\b(?:ended|ends|dashed|dashes|crushed|crushes|boosted|boosts|revived|revives|kept)"
                               r"\s+(?:[\w'’-]+\s+){0,2}?hopes\b")


# "The two governments agreed that fares should stay below $5": what a body agreed, decided,
# ruled or recommended should happen is its decision, on record; "should" is then no advice of
# the speaker.
_DECIDED_OBLIGATION = re.compile(r"\b(?:agreed|decided|ruled|ordered|resolved|stipulated|required|recommended"
                                 r"|proposed)\s+that\b"
                                 r"[^.;]*\bshould\b")


def _opinion_marks(span: str, low: str, plain: str, plain_words: list[str], phrased: bool = True) -> bool:
    # ``phrased`` False: ``low`` holds no listed phrase, and ``plain`` (``low`` with words
    # blanked out, or ``low`` itself) holds none either.
    return bool(plain_words) and (not lx.OPINION_WORDS.isdisjoint(plain_words)
                                  or phrased and _OPINION_PHRASE.search(plain) is not None
                                  or _may_hold(span, low, _JUDGED_GATE, phrased)
                                  and lx.JUDGED_AS.search(span) is not None)


def _penalties(span: str, low: str, low_words: list[str], inner_capital: bool,
               phrased: bool = True, language: str = "id", where: tuple[str, int, int] | None = None) -> float:
    where = where or (span, 0, len(span))
    penalty = 0.0
    # (split(None, 3) stops after the fourth word: fewer than four words are fewer than four parts)
    if len(span.split(None, 3)) < 4 and not _short_clause(span, language):
        penalty += 0.35
    if _states_opinion(span, low, low_words, inner_capital, phrased) and not _survey_finding(span) \
            and not _order_with_a_figure(span, low, low_words) \
            or phrased and _RESOLVE_PHRASE.search(low) and not _states_a_figure(span, low_words):
        penalty += 0.6
    if phrased and (_VAGUE_PHRASE.search(low) or _AS_OF_WRITING.search(low) and _NOT_YET.search(low)) \
            or low.startswith(lx.VAGUE_OPENERS) and not _leads_a_list(span) \
            or _may_hold(span, low, _VAGUE_QUANTIFIER_GATE, phrased) and lx.VAGUE_QUANTIFIED.search(span):
        penalty += 0.45
    if not lx.FEELING_WORDS.isdisjoint(low_words) and _feeling_counts(span, low, low_words, inner_capital, where, language) \
            and not _fact_beside_the_feeling(span, low, low_words) \
            or "feeling" in low_words and _FEELING_NOW.search(low) \
            or ("divided" in low or "split" in low or "terbelah" in low or "terpecah" in low) and _GROUP_SPLIT.search(low):
        penalty += 0.45
    # Images, advice, vows and impressions stay what they are when a speaker is credited; a
    # drift, a harm, who was hit hardest or how an event went, credited to a source, is its report.
    # (Only a span without specifics can be so penalised: most spans name a figure, and that
    # one test, asked first, spares the six phrase tests; all of them are pure.)
    if _unspecific(span, low, low_words):
        talk = phrased and _unspecific_talk(low) or _generic_truth(low)
        if (talk or _gradual_change(low) or _how_they_played(low) or _speculated_harm(low) or _went_off_well(low)
                or _hardest_hit(low)) and not _named_or_sourced(inner_capital, where, language, not talk):
            penalty += 0.45
    if ("if " in low or "unless " in low or "bila " in low or "jika " in low or "kalau " in low) \
            and _POSSIBLE_IF.search(low):
        penalty += 0.2 if _states_a_figure(span, low_words) else 0.45
    if ("first" in low or "pertama" in low) and _not_the_first(span, low) \
            and not _named_or_sourced(inner_capital, where, language):
        penalty += 0.7     # 0.45, and the 0.25 that "first" earned as a figure in the evidence
    if (" may " in low or " might " in low or " could " in low) and lx.HEDGED_BELIEF.search(span):
        penalty += 0.45
    if (low.startswith(lx.CONDITIONAL_OPENERS) or _future_once(low)) and not _sets_a_rule(low):
        penalty += 0.2 if _states_a_figure(span, low_words) else 0.45
    if "?" in span and _QUESTION_END.search(span):
        penalty += 0.6
    if not _STANCE_VERBS.isdisjoint(low_words) and _FIRST_PERSON_STANCE.search(span):
        penalty += 0.6
    if low.lstrip("“\"'‘(").startswith(lx.APPEAL_OPENERS):
        penalty += 0.45
    if _asks_for_an_act(span, low, low_words, language):
        penalty += 0.45
    if low.startswith(_OPEN_QUESTION_OPENERS) or _bare_verdict(low, low_words) or _own_excess(span, low, low_words):
        penalty += 0.45
    if (low.startswith(_CLEFT_OPENERS) or low[1:].startswith(_CLEFT_OPENERS)) and _own_wish(span, low, low_words):
        penalty += 0.45
    if low.lstrip("“\"'‘(").startswith(("we", "i'", "i’", "i am")) and _own_state(span, low, low_words):
        penalty += 0.45
    if (" not " in low or " no " in low or "n't " in low or "n’t " in low or " tidak " in low or " tak " in low
            or " bukan " in low) and _own_denial(span, low, low_words):
        penalty += 0.45
    if ("ever " in low or "pernah " in low) and _NEVER_WITNESSED.search(low) and not _states_a_figure(span, low_words):
        penalty += 0.45
    if ("berjalan " in low or "berlangsung " in low) and _HOW_IT_WENT.search(low):
        penalty += 0.45
    if (", not a" in low or ", bukan " in low) and _recast(span, low) \
            and (", not a" in low or not _DIGIT.search(span)):
        penalty += 0.6
    if "becom" in low or "became" in low:
        penalty += 0.45 if _BECOMING.search(low) and not _states_a_figure(span, low_words) \
            and _DATE_WORDS.isdisjoint(low_words) and not _names_a_past_time(low) else 0.0
    if may_hold_any(low, _TREND_GATE) and _bare_trend(span, low) and not _states_a_figure(span, low_words) \
            and _DATE_WORDS.isdisjoint(low_words):
        penalty += 0.45
    if "situation" in low or "memantau" in low:
        penalty += 0.45 if _WATCHING.search(low) and not _states_a_figure(span, low_words) else 0.0
    return penalty


# "Some 300 angry residents blocked the road", "Ratusan pedagang yang resah berunjuk rasa",
# "Market jitters pushed the rupiah to 16,500": beside a figure or a name, a feeling word counts
# only as the predicate, after a linking verb ("Many residents were angry") or, in Indonesian,
# right after the noun it tells of ("Warga Desa Sukamaju kecewa"); as a subject, an object or
# an adjective before a noun it belongs to a clause that reports a count or an act.
_VAGUE_COUNTS = frozenset(ln.VAGUE)
_LINKING = frozenset("""is are was were be been being remain remains remained remaining seem seems seemed appear
appears appeared feel feels felt grew grow grows became become becomes got get gets looked look looks
sounded 're 'm 's ’re ’m ’s merasa tampak terlihat kelihatan tetap menjadi jadi""".split())
_BEFORE_PREDICATE = frozenset("""very so too less more increasingly still deeply visibly clearly really
quite extremely particularly somewhat rather already now also not sangat amat begitu makin semakin
masih sempat cukup pun sudah telah mulai agak tidak tak kian""".split())
# After these a feeling word is no predicate: a count, a determiner, "yang", a preposition.
_NOT_BEFORE_PREDICATE = frozenset(ln.NUMBER_WORDS) | _VAGUE_COUNTS | frozenset("""yang of a an the their his her
its our my your this that these those with without amid over about at in on by for from to and or but as
dengan atas akan karena di ke dari oleh terhadap soal tentang bagi untuk dan atau serta para sang ini itu""".split())


def _feeling_counts(span: str, low: str, low_words: list[str], inner_capital: bool,
                    where: tuple[str, int, int], language: str) -> bool:
    if _DAMAGED.search(low):
        return False        # "Lombok was devastated by a quake in 2018": damage done, no feeling
    words = [w.strip(_WORD_EDGES) for w in low.split()]
    if not _states_a_figure(span, low_words) and _VAGUE_COUNTS.isdisjoint(low_words) \
            and not _named_or_sourced(inner_capital, where, language, sourced=False):
        return not (language == "en" and _only_describes_the_actors(span, words))
    return any(_as_predicate(words, i, language) for i, w in enumerate(words) if w in lx.FEELING_WORDS)


_DAMAGED = re.compile(r"\b(?:devastated|shaken|rocked)\s+(?:in\s+(?:19|20)\d\d\s+)?by\s+(?:a\s+|an\s+|the\s+)?(?:[\w.-]+\s+){0,3}?"
                      r"(?:quake|earthquake|flood|floods|fire|storm|typhoon|cyclone|hurricane|tsunami|eruption"
                      r"|landslide|war|bombing|attack|blast|explosion|tremor|aftershock)s?\b"
                      r"|\b(?:devastated|shaken|rocked)\s+in\s+(?:19|20)\d\d\b")


# "Angry fans ran onto the pitch", "Some panicked passengers jumped overboard": a feeling word
# before the subject's noun describes who acted; the act after it is the claim.
_ACTORS_DETERMINERS = frozenset("the some many several most other".split())
_FEARING = frozenset("feared fears fear worried dreaded suspected doubted felt".split())


def _only_describes_the_actors(span: str, words: list[str]) -> bool:
    feeling = [i for i, w in enumerate(words) if w in lx.FEELING_WORDS]
    if not feeling or any(not all(w in _ACTORS_DETERMINERS for w in words[:i]) for i in feeling):
        return False
    verb = next((w for w in words[feeling[-1] + 2:] if lx.EN_AUX.fullmatch(w)), None)
    # ("Angry residents were …" judges them; "Worried parents feared …" tells another feeling)
    return verb is not None and verb not in _LINKING and verb not in _STANCE_VERBS and verb not in _FEARING


def _as_predicate(words: list[str], i: int, language: str) -> bool:
    j = i - 1
    while j >= 0 and words[j] in _BEFORE_PREDICATE:
        j -= 1
    if j < 0:
        return False            # the clause opens with it: a subject ("Fears of a default …")
    before = words[j]
    if before in _LINKING:
        return True
    if before in _NOT_BEFORE_PREDICATE or before[:1].isdigit() or language == "en":
        return False
    # Indonesian puts the predicate adjective right after its noun; a verb before it takes it
    # as an object ("memicu kemarahan").
    return not is_id_verb(before)


# A named actor (a capitalised word inside the span, or an opening word that names someone:
# "Aceh was hit hardest", "BPK menemukan …") or a source outside the span ("…, the agency said",
# "X said the bill would …") makes a drift, a threat or an image a report of someone's act
# or finding, which a record can confirm.
_SOURCE_AFTER = re.compile(rf"^[\s,”\"'’)]*(?:(?:{lx.ID_TAIL_VERBS})\b|(?:[^.;!?“\"]{{1,80}}?\s)?"
                           rf"{lx.EN_TAIL_VERBS}\b|,?\s*(?:menurut|according\s+to)\s)", re.I)
_SOURCE_BEFORE = re.compile(rf"(?:\b{lx.FRAME_VERBS}|\b{lx.EN_TAIL_VERBS}|\bmenurut\b[^,]*,|\baccording\s+to\b[^,]*,)"
                            r"(?:\s+(?:that|bahwa))?[\s,]*$", re.I)
_SENTENCE_EDGE = re.compile(r"[.!?\n](?=\s)|\n")


def _named_or_sourced(inner_capital: bool, where: tuple[str, int, int], language: str, sourced: bool = True) -> bool:
    text, s, e = where
    if inner_capital or find_entities(text, s, e, language):
        return True
    if not sourced:
        return False
    paragraph = text[max(0, text.rfind("\n", 0, s) + 1, s - 400):s]
    if paragraph.count("“") > paragraph.count("”") or paragraph.count('"') % 2:
        return False            # a direct quotation: the speaker's own words, not a finding
    head = text[max(0, s - 160):s]
    cut = [m.end() for m in _SENTENCE_EDGE.finditer(head)]
    head = head[cut[-1]:] if cut else head
    tail = text[e:e + 160]
    m = _SENTENCE_EDGE.search(tail)
    tail = tail[:m.start() + 1] if m else tail
    return bool(_SOURCE_BEFORE.search(head) or _SOURCE_AFTER.match(tail))


# "Commuters were split", "Warga terbelah": a group's divided mood; divided into parts or split
# between candidates ("split between", "terpecah menjadi dua kubu") is a count on record.
_GROUP_SPLIT = re.compile(r"\b(?:(?:were|are|was|is|remain|remained|remains|seemed|appeared)\s+(?:deeply\s+"
                          r"|sharply\s+|bitterly\s+|still\s+)?(?:divided|split)\b(?!\s+(?:into|between|among|across|in\s+\d))"
                          r"|(?:terbelah|terpecah)\b(?!\s+(?:menjadi|jadi|dua|tiga|ke)\b))")


# "Fans were nervous as the team trailed 0-2", "Warga panik setelah 40 rumah terendam": a clause
# of its own with a figure reports what happened beside the feeling.
_FEELING_BESIDE = re.compile(r"\b(?:as|after|when|while|because|since|karena|setelah|saat|ketika|sebab|usai)\b")


def _fact_beside_the_feeling(span: str, low: str, low_words: list[str]) -> bool:
    return _states_a_figure(span, low_words) and _FEELING_BESIDE.search(low) is not None


def _unspecific(span: str, low: str, low_words: list[str]) -> bool:
    """No figure, no date and no list of specifics ("sanksi tegas berupa pencabutan izin")."""
    return not _states_a_figure(span, low_words) and _DATE_WORDS.isdisjoint(low_words) \
        and not _names_a_past_time(low) and not (holds_any(low, _SPECIFIC_WORDS) and _SPECIFICS.search(low))


_SPECIFIC_WORDS = ("berupa", "yakni", "yaitu", "such as", "including", "in the form of")
# (A span holding none of the words, as most do, is spared the search, which opens with a word
# edge and so is tried at every position.)
_SPECIFICS = re.compile(rf"\b(?:{'|'.join(_SPECIFIC_WORDS)})\b")
# Images and idioms, generic advice, reassurance, impressions: one pass over the span finds a
# phrase of any of the lists. Threats and vague promises count only beside a future or a vow
# ("Tough action will follow", "Pelaku akan ditindak tegas"): "Kapolri menjatuhkan sanksi
# tegas" and "received full cooperation" tell what was done.
_UNSPECIFIC_TALK = re.compile(word_alternation(set(lx.SIGNIFICANCE_PHRASES) | set(lx.ADVICE_PHRASES)
                                               | set(lx.IMPRESSION_PHRASES) | set(lx.REASSURANCE_PHRASES)))
_THREAT = re.compile(word_alternation(lx.THREAT_PHRASES))
_FUTURE_OR_VOW = re.compile(r"\b(?:will|would|shall|won't|won’t|'ll|’ll|akan|vow(?:s|ed)?|pledg(?:e|es|ed)"
                            r"|promis(?:e|es|ed)|berjanji|bertekad)\b")


def _unspecific_talk(low: str) -> bool:
    if _UNSPECIFIC_TALK.search(low):
        return True
    m = _THREAT.search(low)
    return m is not None and _FUTURE_OR_VOW.search(low, max(0, m.start() - 40), m.end() + 25) is not None


# "Any raffle ticket sold door to door is usually a trick", "Setiap kupon undian dari pesan
# berantai biasanya palsu": a rule of thumb about a whole class of things.
_GENERIC_SUBJECTS = ("any ", "anyone ", "anything ", "whoever ", "such ", "apa pun ", "apapun ",
                     "siapa pun ", "siapapun ", "setiap ", "segala ")
# "Setiap tahun, banjir selalu merendam …": a time that recurs, not a class of things.
_RECURRING_TIMES = tuple(f"setiap {w}" for w in "tahun hari musim bulan pekan minggu malam pagi sore kali".split())
_RULE_OF_THUMB = re.compile(r"\b(?:probably|almost\s+certainly|most\s+likely|usually|always|often|typically"
                            r"|generally|tends?\s+to|invariably|biasanya|hampir\s+pasti|kemungkinan\s+besar"
                            r"|selalu|umumnya|cenderung|sering)\b")


def _generic_truth(low: str) -> bool:
    opened = low.lstrip("“\"'‘(")
    return opened.startswith(_GENERIC_SUBJECTS) and not opened.startswith(_RECURRING_TIMES) \
        and _RULE_OF_THUMB.search(low) is not None


class _Gated:
    """A pattern of the span's phrases, tried only where one of its gate words occurs: most
    spans hold none, and a few substring tests then spare the search."""
    __slots__ = ("gate", "pattern")

    def __init__(self, gate: tuple[str, ...], pattern: re.Pattern):
        self.gate, self.pattern = gate, pattern

    def __call__(self, low: str) -> bool:
        # (the patterns are case-sensitive and read the lower-cased span: plain substring tests
        # of its words decide, with no case folding to allow for)
        return holds_any(low, self.gate) and self.pattern.search(low) is not None


# "The new levy would hurt small farms", "Aturan itu berpotensi merugikan petani": harm that
# may follow, told without its size, is a speculation or an argument (rule 2); "berpotensi
# merugikan negara Rp 5 miliar" states the loss an indictment puts on record.
_HARM_GATE = ("would ", "could ", "might ", "may ", "berpotensi ", "bisa ", "dapat ", "akan ")
_SPECULATED_HARM = re.compile(r"\b(?:would|could|might|may)\s+(?:badly\s+|seriously\s+|further\s+)?(?:hurt|harm|damage"
                              r"|devastate|cripple|destroy|ruin|undermine|burden|jeopardi[sz]e|threaten)\b"
                              r"|\b(?:berpotensi|bisa|dapat|akan)\s+(?:merugikan|membebani|mengancam|mematikan|menghambat"
                              r"|mengganggu|merusak|menyengsarakan|memberatkan)\b")


_speculated_harm = _Gated(_HARM_GATE, _SPECULATED_HARM)


# "Villagers on the islands are hit hardest", "Warga pesisir paling terdampak": who suffers
# most, told without a figure or a named place, is a characterisation whose specifics follow.
_HARDEST_HIT_GATE = ("hard", "worst", "most", "brunt", "paling")
_HARDEST_HIT = re.compile(r"\b(?:hit|affected)\s+(?:the\s+)?hardest\b|\b(?:hardest|worst)[\s-](?:hit|affected)\b"
                          r"|\bsuffer(?:s|ed|ing)?\s+(?:the\s+)?most\b|\b(?:bear|bears|bearing|bore|borne)\s+the\s+brunt\b"
                          r"|\bpaling\s+(?:parah\s+|banyak\s+)?(?:terdampak|menderita|terpukul|dirugikan|merasakan\s+dampak)\b"
                          r"|\bterdampak\s+paling\s+parah\b")


_hardest_hit = _Gated(_HARDEST_HIT_GATE, _HARDEST_HIT)


# "Kondisi korban berangsur membaik", "Price pressures have started to ease": a change told as
# a drift, with no figure and no date, is a vague statement whose specifics follow (rule 2).
_GRADUAL_GATE = ("berangsur", "mulai ", "gradual", "to ease", "to improve", "to recover", "improving", "to subside")
_GRADUAL = re.compile(r"\bberangsur(?:-angsur)?\s+(?:membaik|pulih|normal|surut|mereda|stabil|turun|naik)\b"
                      r"|\bmulai\s+(?:membaik|mereda|pulih|melandai|stabil|kondusif)\b"
                      r"|\bgradually\s+(?:improv|recover|eas|stabili|subsid)"
                      r"|\b(?:started|starting|begun|beginning|begin|begins)\s+to\s+(?:ease|improve|recover|stabili[sz]e|subside)\b"
                      r"|\b(?:is|are)\s+improving\b")


_gradual_change = _Gated(_GRADUAL_GATE, _GRADUAL)


# "Acara berlangsung khidmat dan lancar", "The handover went smoothly": that an event went well,
# told without a count or a day, is filler (rule 2); the graded form is _HOW_IT_WENT's.
_WENT_GATE = ("berjalan", "berlangsung", "went ", "passed ", "ended ")
_WENT_OFF_WELL = re.compile(r"\b(?:berjalan|berlangsung)\s+(?:dengan\s+)?(?:lancar|baik|aman|tertib|kondusif|khidmat"
                            r"|meriah|sukses|mulus|damai)\b|\bwent\s+(?:off\s+)?(?:smoothly|well|without\s+a\s+hitch)\b"
                            r"|\b(?:passed|ended)\s+(?:off\s+)?(?:peacefully|smoothly|without\s+incident)\b")


_went_off_well = _Gated(_WENT_GATE, _WENT_OFF_WELL)


# "Tim muda itu bermain dengan sabar", "The visitors played with great patience": how a side played, graded,
# is a characterisation; with how many players or from which minute it is a match fact.
_PLAYED_GATE = ("bermain", "tampil", "played")
_HOW_THEY_PLAYED = re.compile(r"\b(?:bermain|tampil)\s+(?:dengan\s+(?:hati|sabar|tenang|disiplin|ngotot|percaya\s+diri"
                              r"|penuh\s+[a-z]+|semangat)|(?:sangat\s+|cukup\s+|lebih\s+|begitu\s+)?(?:disiplin|apik"
                              r"|bagus|baik|solid|ngotot|gemilang|impresif|lepas|sabar|tenang|buruk|jelek|menawan|spartan))\b"
                              r"|\bplayed\s+(?:with\s+(?:great\s+|real\s+|so\s+much\s+)?(?:heart|passion|discipline|patience"
                              r"|confidence|spirit|courage)|(?:very\s+|really\s+|so\s+)?(?:well|brilliantly|superbly|poorly"
                              r"|badly|bravely))\b")


_how_they_played = _Gated(_PLAYED_GATE, _HOW_THEY_PLAYED)


# "Kebun itu masih bisa berbuah lagi kalau …", "The orchard could still bear fruit if …": what
# may yet happen under a condition is a hypothetical; a rule ("Bantuan tidak dapat disalurkan
# bila …") says what cannot happen and is a checkable term.
_POSSIBLE_IF = re.compile(r"\b(?:masih\s+(?:bisa|dapat)|bisa\s+saja|could(?:\s+still)?|might(?:\s+still)?"
                          r"|can\s+still|may\s+still)\s+[a-z]+\b[^,;]*\b(?:if|unless|bila|jika|kalau|apabila)\b")


# "Ini bukan kejadian pertama di pelabuhan itu", "It is not the first time the bridge has been
# closed": a vague pointer to earlier cases, whose specifics follow; "first" is then no figure.
_NOT_THE_FIRST = re.compile(r"\b(?:not|bukan)\s+(?:the\s+)?(?:(?:yang|kali|kejadian|insiden|peristiwa|kasus|kecelakaan)\s+)?"
                            r"(?:first|pertama)\b")


def _not_the_first(span: str, low: str) -> bool:
    m = _NOT_THE_FIRST.search(low)
    if m is None:
        return False
    rest = low[:m.start()] + " " + low[m.end():]
    words = _WORD.findall(rest)
    return not _states_a_figure(rest, words) and _DATE_WORDS.isdisjoint(words) and not _names_a_past_time(rest)


# "They had never seen the water rise so fast", "Saya belum pernah merasakan guncangan
# sekuat ini": a witness's comparison with everything they have seen is an impression.
_NEVER_WITNESSED = re.compile(r"\b(?:never|ever|belum\s+pernah|tidak\s+pernah|tak\s+pernah)\s+"
                              r"(?:seen|felt|experienced|witnessed|heard|watched|known|noticed|melihat|merasakan"
                              r"|mengalami|menyaksikan|mendengar|menemui)\b")


# "Lelang itu berjalan cukup alot", "Acara berlangsung sangat meriah": how an event went,
# graded, is a characterisation; when and how long it ran ("berlangsung selama tiga jam") is not.
_HOW_IT_WENT = re.compile(r"\b(?:berjalan|berlangsung)\s+(?:lebih|sangat|cukup|makin|semakin|amat|relatif|begitu)\s+[a-z]+")


# "A wet week is a nuisance, not a disaster", "Taman ini hak seluruh warga, bukan hak pengelola":
# recasting a thing as one kind rather than another characterises it (rule 2); a figure
# ("…, bukan 40 persen"), a place ("…, bukan di Bekasi"), a name or whose resident someone is
# ("…, bukan warga Depok") corrects a fact instead.
_RECAST = re.compile(r",\s+not\s+an?\s+[a-z]+[\s.!”\"']*$|,\s+bukan\s+(?!hanya\b|karena\b|sekadar\b|di\b|ke\b|dari\b"
                     r"|pada\b|warga\b|penduduk\b)[a-z]")
_RECAST_ID_REST = re.compile(r",\s+bukan\s+(?P<rest>[^,;]*)$")


def _recast(span: str, low: str) -> bool:
    m = _RECAST.search(low)
    if m is None:
        return False
    if m.group().startswith(", not"):
        return True
    rest = _RECAST_ID_REST.search(span)
    # the kind is a common noun: a capitalised word or a figure in it names a fact
    return rest is None or not re.search(r"\b[A-Z0-9]", rest.group("rest"))


# "The mood has become gloomier", "Layoffs are becoming common": what something has become,
# told with no figure and no date, is a characterisation (rule 2); "becoming aware of" is not
# a state given to a subject. A place, a "since …" date or an "after <event>" after it is a
# specific ("The lane became flooded after the storm").
_BECOMING = re.compile(r"\b(?:become|becomes|becoming|became)\s+(?:more\s+|less\s+|increasingly\s+|very\s+)?"
                       r"(?!aware\b|available\b|law\b|the\b|a\b|an\b|part\b)[a-z]+(?:\s+[a-z]+)?[\s.,!”\"']*"
                       r"(?:$|as\b|because\b)")


# "Wabah itu terus meluas di kawasan itu", "permintaan langsung melonjak": a trend told with no
# figure and no date is a vague statement whose specifics follow (rule 2); where it spread to
# ("meluas ke Desa Y"), since when ("sejak Senin", "since May") or after what ("setelah banjir")
# is a fact; the place it happens in alone ("meluas di Kabupaten X") is not.
_TREND_GATE = ("meluas", "melonjak", "meroket", "memburuk", "terus ")
_BARE_TREND = re.compile(r"\b(?:meluas|melonjak|meroket|memburuk|terus\s+(?:bertambah|meningkat|naik))\b"
                         r"(?!\s+(?:ke|hingga|sampai|menjadi|mencapai)\b)")
_TREND_SPECIFIC = re.compile(r"\b(?:sejak|since|setelah|sesudah|usai|seusai|pasca|after)\s+\S")


def _bare_trend(span: str, low: str) -> bool:
    m = _BARE_TREND.search(low)
    return m is not None and _TREND_SPECIFIC.search(low, m.end()) is None


# "Officials are monitoring the situation", "BPBD terus memantau perkembangan": watching what
# happens is filler that names nothing checked (rule 2).
_WATCHING = re.compile(r"\bmonitor(?:s|ed|ing)?\s+the\s+situation\b|\bmemantau\s+(?:situasi|perkembangan|kondisi)\b")


# "Whether voters agree is unclear", "Apakah … masih belum jelas": an open question
# told as a statement asserts nothing checkable (rule 2).
_OPEN_QUESTION_OPENERS = ("whether ", "apakah ")
# "It is not ideal", "This was careless": a bare pronoun given one adjective is a verdict; a
# participle ("It was closed") or a noun phrase ("It was the highest …") is left to other rules.
_BARE_VERDICT = re.compile(r"[“\"'‘]?(?:it|this|that)(?:'s|’s|\s+is|\s+was)\s+(?:not\s+)?"
                           r"(?:(?:so|very|too|quite|really|entirely)\s+)?[a-z]+(?<!ed)[\s.,!”\"']*$")
# States a record can confirm ("It is free", "That was illegal") are no verdicts.
_CHECKABLE_STATES = frozenset("""open shut free full empty available unavailable operational complete
legal illegal mandatory optional closed""".split())


def _bare_verdict(low: str, low_words: list[str]) -> bool:
    return bool(low_words) and low_words[-1] not in _CHECKABLE_STATES and _BARE_VERDICT.match(low) is not None


# In a quotation the speaker's own voice judges: "It is a race against time", "This is a blow
# to us", "Ini adalah momen bersejarah", "Ini kabar yang kami tunggu": a demonstrative (or
# "it") given a complement in the present tense, with nothing named, counted or dated, is how
# the speaker sees the moment (rule 5: a quotation that asserts nothing checkable is no claim).
# A participle ("This is designed to …") reports an act, a past tense ("It was a bomb") a fact,
# and "That is why …" gives a reason.
_QUOTED_VERDICT = re.compile(
    r"[“\"'‘]?(?:it|this|that)(?:['’]s|\s+is)\s+(?!\w+(?:ed|en)\b|being\b|going\b|why\b|because\b|how\b|what\b"
    r"|where\b|when\b)"
    r"|[“\"'‘]?(?:hari\s+)?(?:ini|itu)\s+(?:adalah|merupakan|ialah)\s"
    r"|[“\"'‘]?(?:ini|itu)\s+(?!(?:me|di|ber|ter)[a-z]|bukan\b|tidak\b|tak\b|akan\b|sudah\b|telah\b|masih\b"
    r"|juga\b|pun\b|karena\b|untuk\b)[a-z]+\s+yang\s")


# A rank or a deadline stays checkable, quoted or not: "This is the only bridge into the
# village", "It is the tallest tower", "Hari ini adalah hari terakhir pendaftaran".
_RANK_IN_VERDICT = re.compile(rf"\b(?:only|first|last|(?!(?:{NOT_SUPERLATIVE_STEMS})est\b)[a-z]{{2,}}est|pertama"
                              rf"|terakhir|satu-satunya|{'|'.join(ln.SUPERLATIVES_ID)})\b")


def quoted_verdict(text: str, s: int, e: int) -> bool:
    """True when the quoted clause ``text[s:e]`` is the speaker's verdict on the moment."""
    low = text[s:e].lower()
    if _QUOTED_VERDICT.match(low) is None or _RANK_IN_VERDICT.search(low):
        return False                       # (almost every quoted clause)
    span = text[s:e]
    return _evidence(span, low, _WORD.findall(low), _INNER_CAPITAL.search(span) is not None) == 0


# "We expanded too fast in 2024", "Kami terlalu cepat berekspansi": a speaker's own excess
# judges; a year does not make it a figure to check.
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _own_excess(span: str, low: str, low_words: list[str]) -> bool:
    if not low.startswith(lx.FIRST_PERSON_OPENERS) or ("too" not in low_words and "terlalu" not in low_words):
        return False
    return not _DIGIT.search(_YEAR.sub(" ", span)) and _NUMBER_WORDS.isdisjoint(low_words)


# "We are not asking for special treatment", "Kami tidak menolak pembangunan": what speakers
# say they are not asking for, demanding or against is a stance (rule 2's "we are not so bad");
# what they did not do or receive ("Kami tidak menerima laporan …", "I was not at the scene")
# is a fact, and so is a plan or a figure.
_OWN_DENIAL = re.compile(r"[“\"'‘(]?(?:we|i|kami|kita|saya|aku)(?:(?:\s+(?:are|am|were|was)\s+(?:not|no\s+longer)"
                         r"|(?:'re|’re|'m|’m)\s+not|\s+(?:aren't|aren’t|tidak|tak|bukan))\s+(?:(?:really|even|here)\s+)?"
                         r"(?:asking|demanding|opposing|against|seeking|chasing|pursuing|calling|menolak|menentang|meminta"
                         r"|menuntut|anti|melawan)\b"
                         r"|\s+have\s+no\s+(?:proof|evidence|objection|intention|quarrel)\b)")


# "What we need now is more nurses", "Yang kami minta hanya kepastian": what speakers need,
# want or oppose, put first, is a wish or a stance (rule 2).
_CLEFT_OPENERS = ("what ", "all ", "yang ")
_OWN_WISH = re.compile(r"[“\"'‘(]?(?:(?:what|all)\s+(?:we|i)\s+(?:really\s+|now\s+)?(?:need|want|ask|oppose|hope|wish)"
                       r"|yang\s+(?:kami|kita|saya)\s+(?:butuhkan|perlukan|inginkan|harapkan|minta|tolak|tuntut))\b")


def _own_wish(span: str, low: str, low_words: list[str]) -> bool:
    return _OWN_WISH.match(low) is not None and not _states_a_figure(span, low_words)


# "We are all brothers", "I am proud of them", "We are deeply sorry": what speakers say they
# are is a stance. What they say they are doing ("We are closing the schools", "I am resigning")
# is an act, and a figure, a comparison or a rank ("We are the largest producer") is checkable.
_STATE_ADVERBS = "(?:all|so|very|deeply|truly|really|also|not|still)"
_OWN_STATE = re.compile(r"[“\"'‘(]?(?:we(?:\s+are|['’]re)|i(?:\s+am|['’]m))\s+"
                        rf"(?:{_STATE_ADVERBS}\s+)*(?!(?:the|a|an|{_STATE_ADVERBS})\b)[a-z]+(?<!ing)\b")
_COMPARING_WORDS = frozenset("than fewer more less most least".split())


def _own_state(span: str, low: str, low_words: list[str]) -> bool:
    return _OWN_STATE.match(low) is not None and not _states_a_figure(span, low_words) \
        and _COMPARING_WORDS.isdisjoint(low_words) and not any(w.endswith("est") for w in low_words)


def _own_denial(span: str, low: str, low_words: list[str]) -> bool:
    return _OWN_DENIAL.match(low) is not None and not _states_a_figure(span, low_words)


# "Petani diminta segera melapor …", "X meminta seluruh anggota menahan diri", "Crews were asked
# to stay clear": someone asked to do something is an appeal (rule 2), whoever is asked. With
# a figure it is a checkable order or demand ("meminta ganti rugi Rp 40 juta", "asked 300 households
# to leave"). "Meminta maaf" and "asked for" ask for something, not an act.
_ASKED_ID = re.compile(r"\bdiminta\s+(?:untuk\s+|agar\s+|supaya\s+)?([a-z]+)")
_ASKING_ID = re.compile(r"\b(?:meminta|minta)\s+(?:(?:seluruh|semua|segenap|para)\s+)?[a-z]+"
                        r"(?:\s+(?:untuk|agar|supaya))?\s+([a-z]+)(?:\s+([a-z]+))?")
# "mengingatkan masyarakat tetap memakai masker", "mengingatkan warga agar tidak …": reminding
# the public to act is an appeal; "mengingatkan bahwa …" (that something is so) is not.
_REMINDING_ID = re.compile(r"\bmengingatkan\s+(?:(?:seluruh|semua|segenap|para)\s+)?(?:warga|masyarakat|publik"
                           r"|penduduk|pengendara|pengguna|wisatawan|orang\s+tua)\b"
                           r"(?!\s+(?:bahwa|soal|tentang|akan)\b)")
_ASKED_EN = re.compile(r"\b(?:(?:is|are|was|were|been|being)\s+(?:urged|asked|advised|encouraged|told|warned)"
                       # urging or advising anyone to act is an appeal; actively asking a body
                       # ("asked the court to …") is a step on record, so "asked" is not here
                       r"|(?:urged|advised|encouraged|reminded)\s+(?:all\s+|the\s+|local\s+)?[a-z]+(?:\s+[a-z]+)?)"
                       r"\s+(?:not\s+)?to\s+[a-z]")
# (and the states an appeal asks the public to keep: "diminta waspada", "diminta tenang")
_ACT_MARKERS = frozenset("tidak jangan segera tetap terus lebih waspada siaga tenang".split())


def _asks_for_an_act(span: str, low: str, low_words: list[str], language: str) -> bool:
    if _states_a_figure(span, low_words):
        return False
    if language == "en":
        return ("urged" in low or "asked" in low or "advised" in low or "encouraged" in low or " told " in low
                or "warned" in low or "reminded" in low) \
            and _ASKED_EN.search(low) is not None
    if "ingatkan" in low and _REMINDING_ID.search(low):
        return True
    if "minta" not in low:
        return False
    asked = _ASKED_ID.search(low)
    if asked:
        return _an_act(asked.group(1))
    # The one asked may take two words ("orang tua", "pendukung setia") before the act.
    asking = _ASKING_ID.search(low)
    return asking is not None and (_an_act(asking.group(1)) or bool(asking.group(2))
                                   and asking.group(1) not in _NOT_ASKED and _an_act(asking.group(2)))


# "meminta maaf dan berjanji …", "meminta bantuan kepada …": a joining word or a preposition
# after the first noun shows that noun is the thing asked for, not the one asked.
_NOT_ASKED = frozenset("dan serta atau kepada pada dari atas untuk bagi ke di".split())


def _an_act(word: str) -> bool:
    return word in _ACT_MARKERS or is_id_verb(word)


# "Bakers are feeling the heat", "Staff were feeling tired": a state of mind, whatever
# noun or adjective follows.
_FEELING_NOW = re.compile(r"\b(?:is|are|was|were|been|'re|’re)\s+(?:(?:still|already|now|really)\s+)?feeling\b")


_FUTURE = re.compile(r"\b(?:will|would|'ll)\b")


# "Kalau rekening koperasi belum diverifikasi, bantuan tidak dapat disalurkan", "If the form is incomplete, the
# permit cannot be issued": a condition whose outcome is what an office does or may not do is a
# rule on record (rule 2's official plans); "…, families will struggle" is a hypothetical.
_RULE_OUTCOME = re.compile(r",\s+(?:[a-z]+\s+){0,4}?(?:(?:tidak|tak|belum)\s+(?:bisa|dapat|boleh|akan)\s+"
                           r"|wajib\s+|harus\s+)di[a-z]{3,}\b"
                           r"|,\s+(?:[a-z]+\s+){0,4}?(?:cannot|can't|can’t|will\s+not|won't|won’t|may\s+not|must"
                           r"|shall)\s+(?:not\s+)?be\s+[a-z]+(?:ed|en)\b"
                           # "…, sidang akan ditunda oleh majelis hakim": what an office will do then
                           r"|,\s+(?:[a-z]+\s+){0,4}?(?:akan\s+di[a-z]{3,}|will\s+be\s+[a-z]+(?:ed|en))\s+(?:oleh|by)\s")


def _sets_a_rule(low: str) -> bool:
    return "," in low and _RULE_OUTCOME.search(low) is not None


def _leads_a_list(span: str) -> bool:
    """"Berikut hasil hitung KPU:" with its lines of figures is a lead-in with its list (rule 3)."""
    return "\n" in span and _DIGIT.search(span) is not None


def _future_once(low: str) -> bool:
    """"Once we get the permit, we will be ready": "once" before a future is a condition;
    "Once the rain stopped they set off" tells what happened."""
    return low.startswith("once ") and _FUTURE.search(low) is not None


# (?=…): the first letters of the verbs; a case-blind pattern gets no first-character skip
# from the engine, and the lookahead gives it.
_SAID = CaseBlindSearch(re.compile(rf"(?=[abcefimprstw])\b{lx.FRAME_VERBS}\b", re.I))
# A question, also when the outlet's initials follow it in brackets ("…? (ab/xyz)").
_QUESTION_END = re.compile(r"\?[”\"'’\s]*(?:\([^()]{1,30}\)[\s.]*)?$")


# "Warga diminta tidak beraktivitas dalam radius 5 kilometer dari puncak": the public asked to
# keep to a figure is under an order a record can confirm, as "Pengadilan meminta terdakwa
# membayar denda Rp 40 juta" is (``_asks_for_an_act``); without one it is an appeal.
_ASKED_PASSIVE = re.compile(r"\b(?:warga|masyarakat|publik|penduduk|pengunjung|wisatawan)\s+diminta\b")


def _order_with_a_figure(span: str, low: str, low_words: list[str]) -> bool:
    if "diminta" not in low or _ASKED_PASSIVE.search(low) is None or not _DIGIT.search(span):
        return False
    # (nothing else judges: "diminta tetap waspada selama 2 hari" stays an appeal)
    return lx.OPINION_WORDS.isdisjoint(low_words) and _OPINION_PHRASE.search(_ASKED_PASSIVE.sub(" ", low)) is None


def _survey_finding(span: str) -> bool:
    """"61 percent said the rule should stay": the opinion is what a share of respondents said,
    and that share is a checkable finding."""
    return opens_with_share(span) and bool(_SAID.search(span, 0, 160))


# A short span is a whole clause when its last word is a finite lexical verb and a subject
# comes before it ("Prices fell", "Sungai Citarum meluap", "dua orang ditangkap"). There is
# no subject when the span opens with a preposition, conjunction or relative word ("yang
# ditangkap"), or with an auxiliary or adverb that stands before verbs ("akan langsung
# ditahan", "then fled"); a verb never follows a determiner ("the united"); an auxiliary
# alone ("It was", "Harga masih") and a reporting verb ("He said") give no fact; words after
# the verb ("reacted calmly") are left to the other rules: a manner is often a
# characterisation. An Indonesian ber-, ter- or per- word is as often an adjective or a noun
# ("pihak berwenang", "data terbaru") as a verb.
_FRAGMENT_OPENERS = frozenset("""which who whom whose that to and or but of in on at by for with from as
if when while after before than then also later still just already never not soon
yang dan atau serta di ke dari pada untuk dengan oleh karena jika saat ketika setelah sebelum sehingga
bahwa langsung segera juga kemudian lalu pun baru hanya kembali sering selalu pernah tak lagi""".split())
_NO_VERB_AFTER = frozenset("""the a an its their his her our my your this these those every each
sang si para""".split())
_EN_AUXILIARIES = frozenset("is are was were has have had will would can could did does do be been".split())
_ID_AUXILIARIES = frozenset("""adalah merupakan akan telah sudah sedang masih ada menjadi tidak belum bisa
dapat harus mampu berhasil sempat tengah tercatat ialah""".split())
_WORD_EDGES = "\"'“”‘’()[],.;:!?"


def _short_clause(span: str, language: str) -> bool:
    words = [w.strip(_WORD_EDGES) for w in span.split()]
    if len(words) < 2 or not words[0] or not words[-1].islower():
        return False
    first = words[0].lower()
    if first in _FRAGMENT_OPENERS or first in _EN_AUXILIARIES or first in _ID_AUXILIARIES:
        return False
    if language == "id" and len(words) == 3 and words[1].lower() in _DONE and words[2].lower() in _CHECKABLE_ACTS:
        return True     # "Warga sudah mendaftar": a subject and a done act a record can check
    return words[-2].lower() not in _NO_VERB_AFTER and _is_clause_verb(words[-1], language) \
        and _SAID.search(span) is None


_DONE = frozenset({"sudah", "telah"})
# Acts that leave a record (a report, a registration, a payment, a vote): "Kami sudah
# membayar" can be checked, "Kami sudah makan" cannot.
_CHECKABLE_ACTS = frozenset("""lapor melapor melaporkan mendaftar terdaftar daftar membayar bayar dibayar lunas
mencoblos memilih divaksin vaksin mengungsi dievakuasi panen dipanen ditahan ditangkap diperiksa dilantik
menandatangani tanda-tangan mengajukan menggugat""".split())


def _is_clause_verb(word: str, language: str) -> bool:
    if language == "en":
        return word not in _EN_AUXILIARIES and lx.EN_AUX.fullmatch(word) is not None
    return word not in _ID_AUXILIARIES and is_id_verb(word) and (
        word in lx.ID_AUX or not word.startswith(("ber", "ter", "per")))
