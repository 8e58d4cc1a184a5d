"""Claim types (labelling rule 7) from the claim's words and what was found in it.

Marker words are looked up in word sets (one lower-cased word split per claim), which is much
cheaper than case-insensitive alternations over every claim.
"""
from __future__ import annotations

import re
from functools import lru_cache

from claims import lexicon as lx
from claims.text_features import holds_any, runs_of, spaces_but

_COMPARISON = frozenset("""tertinggi terendah terbanyak terbesar terkecil unggul mengalahkan menang
kalah disusul melampaui mengungguli rekor juara dibandingkan ketimbang higher lower highest lowest
compared record first largest biggest smallest beat won lead leading than surpassed surpass berjaya
memimpin menguasai terakhir""".split())
_COMPARISON_PHRASES = ("lebih tinggi", "lebih rendah", "lebih besar", "lebih kecil", "lebih banyak",
                       "lebih sedikit", "lebih ringan", "lebih berat", "lebih dari", "pertama kali")
# "plan"/"rencana" as a noun names a plan that may be past ("voted against the plan"): only
# the verb ("plans to", "is planned", "rencana ... akan") looks ahead.
_PREDICTION = frozenset("""akan bakal dijadwalkan direncanakan rencananya berencana diharapkan will would
scheduled expected expects expect predict predicts forecast ditargetkan menargetkan diproyeksikan berjanji
promised pledged vowed intends aims""".split())
_PREDICTION_PHRASES = ("to begin", "to start", "plan to", "plans to", "planned to", "planned for", "is planned",
                       "are planned", "was planned", "were planned", "rencana untuk", "rencana pemerintah untuk")
_STATUS = frozenset("""adalah merupakan ialah yakni menjabat berada terletak sebagai tercatat ada masih
selaku is are was were remain remains located serve serves memiliki termasuk tetap bertahan kini
berjarak dinyatakan now stood stands operates holds berusia berlokasi dipimpin dikuasai dimiliki
menghubungkan bernama led owned connects aged terdiri berbatasan berpenduduk dihuni mencakup meliputi
consists comprises lies sits borders berfungsi berstatus bertugas bermukim bertempat terbuat tergolong
terkenal dikenal disebut dijuluki berbentuk bernilai berukuran berbahan terhubung""".split())
# Words the verb-shaped pattern takes for actions that only compare, derive or describe
# ("dibandingkan", "berasal", "terbanyak") and predicates of level ("mencapai 12 persen").
_NOT_EVENT = frozenset("""dibandingkan dibanding berasal bersama berdasarkan terbanyak tertinggi terendah
terbesar terakhir tersebut terhadap terkait termasuk mencapai sebesar sebanyak berjumlah berusia
tercatat terletak berada berjarak memiliki menjabat merupakan dinyatakan berusia berlokasi dipimpin
dikuasai dimiliki menghubungkan bernama terdiri berbatasan berpenduduk dihuni mencakup meliputi
hundred speed indeed
mereka menteri menara merek metode medis menit meter meski meskipun melalui menurut mengenai menjelang
menuju mendatang diantaranya direktur distrik divisi dirinya berita berkas bersih beserta berbagai
berikut berikutnya berupa berbeda terbaru tertentu tersangka terdakwa terpidana terminal terkini terutama
tersendiri terlalu terlebih terpadu terbuka tertutup
berfungsi berstatus bertugas bermukim bertempat terbuat tergolong terkenal dikenal disebut dijuluki
berbentuk bernilai berukuran berbahan terhubung""".split())
# Verbs that move or report a figure: with a number they state a level or a change, no happening.
_AMOUNT_VERBS = frozenset("""meningkat menurun melonjak merosot meraih mengantongi memperoleh mencatat
mencatatkan menyentuh rose climbed jumped dropped declined increased decreased reached gained slipped
surged fell grew recorded posted""".split())
_NOT_EVENT_OR_AMOUNT = _NOT_EVENT | _AMOUNT_VERBS
_SPACE_FOR_NON_LETTER = spaces_but(lambda byte: 97 <= byte <= 122)


def letter_runs(low: str) -> list[str]:
    """The runs of a-z in ``low``, as ``re.findall("[a-z]+", low)`` finds them."""
    return runs_of(low, _SPACE_FOR_NON_LETTER)
# Each phrase list as one search: it matches exactly when one of the phrases is a substring,
# for less than a substring test per phrase.
_COMPARISON_PHRASE = re.compile("|".join(map(re.escape, _COMPARISON_PHRASES)))
_PREDICTION_PHRASE = re.compile("|".join(map(re.escape, _PREDICTION_PHRASES)))
# Each phrase holds one of these parts: a claim without them (nearly all) skips the search, and
# a substring test per part costs less than the search (tests check every phrase holds one).
COMPARISON_PARTS = ("lebih ", "pertama kali")
PREDICTION_PARTS = ("plan", "rencana", "to begin", "to start")
# A verb is a whole word of lower-case letters. Each pattern reads it with the non-word
# character before it (group 1 is the verb), searched in the span after a space: the engine
# then skips to those characters, where "\b" before the verb would have it try every letter.
_EVENT = re.compile(r"\W((?:me|di|ber|ter)[a-z]{4,}|[a-z]{3,}ed)\b")
# English spans take only the "-ed" verbs: the Indonesian affixes also open English nouns
# ("metres", "terminal", "director", "members"), which are no happenings.
_ENGLISH_EVENT = re.compile(r"\W([a-z]{3,}ed|found|took|made|began|begun|went|came|fell|rose|grew|gave|sent|left"
                            r"|held|met|ran|struck|shot|caught|brought|built|sold|paid|broke|broken|hit"
                            r"|stole|fled|flew|drove|threw|swept|spread|burnt|burst|sank|sunk|shut|cut|put"
                            r"|set|led|bought|fought|taken|given|seen|done|gone|written|thrown|stolen|withdrew"
                            r"|froze|woke|wore|tore|dug|hung|lit|bit|slid|spent|split|quit|sought|won|beat|felt"
                            r"|heard|told|kept)\b")
_EN_FUNCTION = frozenset("the in of and is are was were has have had its their to at on by with from".split())
_ID_FUNCTION = frozenset("yang dan di ke dari ini itu dengan untuk pada tidak akan telah sudah dalam".split())


def _is_english(words) -> bool:
    # (intersection() counts each distinct word once, as the intersection of two sets does)
    return len(_EN_FUNCTION.intersection(words)) > len(_ID_FUNCTION.intersection(words))


# "below the 4.91% median forecast": a forecast a figure is measured against is no plan of the
# claim's own ("raised its growth forecast for 2025" still forecasts).
_FORECAST_NOUN = lx.FORECAST_MEASURED_AGAINST


def _only_a_forecast_named(words: set[str], low: str) -> bool:
    return words & _PREDICTION == {"forecast"} and _FORECAST_NOUN.search(low) is not None


# "pembunuhan berencana", "penganiayaan berencana", "kejahatan berencana": a premeditated crime,
# no plan ("Polisi berencana memanggil X" plans, and so does a claim that also names the crime).
_PREMEDITATED = re.compile(r"\b(?:pembunuhan|penganiayaan|kejahatan|serangan)\s+berencana\b")


def _only_premeditated(words: set[str], low: str) -> bool:
    return words & _PREDICTION == {"berencana"} and low.count("berencana") == len(_PREMEDITATED.findall(low))


@lru_cache(maxsize=512)
def lowered_words(span: str) -> tuple[str, tuple[str, ...]]:
    """``span`` lower-cased, and its words (runs of a-z) in order.

    checkworthiness reads each cut's span so, and claim_types reads the same spans again once
    the whole article is cut: the second reading comes from the cache. (A pure function of
    the span: the cache returns what the computation would, whatever was read before.)"""
    low = span.lower()
    return low, tuple(letter_runs(low))


# "Tremors were felt in Jakarta", "His rights were revoked", "The flag was not raised": "was" and
# "were" before a participle make a past passive, a happening, not a state. (Not before a word in
# "-ed" that tells a state or a feeling: "The results were mixed", "He was pleased".)
_STATE_IN_ED = (r"(?:mixed|pleased|concerned|worried|interested|tired|satisfied|disappointed|excited|surprised"
                 r"|shocked|scared|frightened|married|retired|qualified|divided|unchanged|unemployed|crowded"
                 r"|based|located|dedicated|determined|supposed|unprecedented|unmatched|unrivalled"
                 r"|unbeaten|undefeated|unopposed|unrelated|related|linked|aged|armed|skilled|talented|renowned"
                 r"|undisclosed|unharmed|unhurt|uninjured|unscathed|unvaccinated|unidentified|unaffected)")
_PAST_PASSIVE = re.compile(r"\b(?:was|were)\s+(?:not\s+|also\s+|later\s+|then\s+)?(?:(?!" + _STATE_IN_ED + r"\b)[a-z]{3,}ed"
                           r"|taken|given|seen|done|chosen|driven|eaten|fallen|forgotten|frozen|hidden|ridden|shaken"
                           r"|spoken|stolen|sworn|thrown|written|broken|beaten|bitten|forbidden|shown|known|drawn"
                           r"|blown|flown|torn|worn|felt|held|found|made|built|sold|paid|hit|shot|caught|brought|sent"
                           r"|left|led|put|set|cut|shut|lost|kept|told|heard|struck|sunk|burnt|swept|broadcast|read"
                           r"|won|spread|hurt)\b")
_PAST_COPULAS = frozenset(("was", "were"))


def _only_a_past_passive(low: str, low_words) -> bool:
    copulas = [w for w in low_words if w in _STATUS]
    return bool(copulas) and _PAST_COPULAS.issuperset(copulas) \
        and len(_PAST_PASSIVE.findall(low)) == len(copulas)


def claim_types(span: str, *, quantities: bool, dated: bool, source: str | None,
                quote: bool) -> tuple[str, ...]:
    """The rule-7 types of one claim, most specific first."""
    low, low_words = lowered_words(span)
    # (the word lists are asked with isdisjoint() on the words as read: no set is built for
    # each question, and only the rare forecast test needs the words as a set)
    passive = _only_a_past_passive(low, low_words)
    status = not _STATUS.isdisjoint(low_words) and not passive
    planned = bool(not _PREDICTION.isdisjoint(low_words) and not _only_a_forecast_named(set(low_words), low)
                   and not _only_premeditated(set(low_words), low)
                   or holds_any(low, PREDICTION_PARTS) and _PREDICTION_PHRASE.search(low))
    # A plan has not happened yet, and a state is no happening (rule 7).
    verbs = _ENGLISH_EVENT if _is_english(low_words) else _EVENT
    found = ["event"] if not planned and (passive or _has_action(span, status, quantities, verbs)) else []
    if status:
        found.append("status")
    if not _COMPARISON.isdisjoint(low_words) or holds_any(low, COMPARISON_PARTS) and _COMPARISON_PHRASE.search(low) \
            or lx.MOVE_FROM_A_BASE.match(span):     # "up from 19 in 2023", cut off the figure before it
        found.append("comparison")
    if planned:
        found.append("prediction")
    found += ["quantity"] * quantities + ["date"] * dated
    if quote or source:
        found.append("quote" if quote else "attribution")
    return tuple(found) or ("other",)


def _has_action(span: str, status: bool, quantities: bool, verbs: re.Pattern = _EVENT) -> bool:
    """An action verb other than a stative or comparing one, or one that only moves a figure
    ("climbed to 41,500 tons", "meraih 41 persen"); a state needs a second verb."""
    skip = _NOT_EVENT_OR_AMOUNT if quantities else _NOT_EVENT
    needed = 2 if status else 1
    # (the space put before the span stands for its start: a word opens there as after any
    # non-word character)
    for m in verbs.finditer(" " + span):
        if m.group(1) not in skip:      # (a verb is in lower case)
            needed -= 1
            if not needed:
                return True
    return False
