import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claims.text_features import (DIGIT, CaseBlindSearch, break_anchored_alternation, features, literal_alternation,
                                  may_hold_any, plain_lower, rare_anchored_alternation)

_CASE_BLIND = re.compile(r"\b(?:copyright|hak\s+cipta|reporting by)\b", re.I)
_WORDS = ("copyright", "hak", "reporting by")


@pytest.mark.parametrize("text", [
    "COPYRIGHT 2024 Kabar Teluk",
    "Hak Cipta dilindungi",
    "Additional REPORTING BY Dewi",
    "Copyr\u0131ght 2024",              # dotless i: a case-blind "i"
    "COPYR\u0130GHT 2024",              # dotted capital I: lower-cases to "i" and a dot
    "Reportin\u0261 by",                 # script g: no match, and no word either
    "Hari ini hujan deras; \u017fome ſhips",
    "\u212a",                           # Kelvin sign: its lower case is "k"
])
def test_the_gate_never_hides_a_case_blind_match(text):
    if _CASE_BLIND.search(text):
        assert may_hold_any(text, _WORDS)


@pytest.mark.parametrize("text, expected", [
    ("Banjir merendam 40 rumah di Palu.", False),
    ("Hak warga dijamin.", True),
    ("Copyr\u0131ght 2024", True),
    ("", False),
])
def test_the_gate_opens_on_its_words_or_odd_case_folds(text, expected):
    assert may_hold_any(text, _WORDS) is expected


_PHRASES = ("meminta warga", "meminta publik", "menurut saya", "i think", "i want", "in my view", "we")


@pytest.mark.parametrize("text", [
    "polisi meminta warga tetap tenang", "menurut saya begitu", "hi think tank", "in my views",
    "kami meminta", "meminta publi", "", "w e", "power", "i wan",
])
def test_a_factored_alternation_matches_at_exactly_the_positions_of_the_plain_one(text):
    plain = re.compile("|".join(map(re.escape, _PHRASES)))
    factored = re.compile(literal_alternation(_PHRASES))
    for pos in range(len(text) + 1):
        assert (factored.match(text, pos) is None) == (plain.match(text, pos) is None)
    assert (factored.search(text) is None) == (plain.search(text) is None)


def test_a_factored_alternation_keeps_a_word_that_is_a_prefix_of_another():
    pattern = re.compile(literal_alternation(["saya", "saya kira"]))
    assert pattern.fullmatch("saya") and pattern.fullmatch("saya kira")
    assert not pattern.fullmatch("saya ki")


def test_every_character_a_case_blind_letter_matches_lower_cases_to_it_or_is_an_odd_fold():
    from claims.text_features import _ODD_FOLDS
    for point in range(0x80, 0x2200):
        char = chr(point)
        for letter in "abcdefghijklmnopqrstuvwxyz":
            if re.fullmatch(letter, char, re.I) and char.lower() != letter:
                assert char in _ODD_FOLDS


def _features_by_regex(text):
    """features() as it was computed with one regex pass for the marks."""
    low = text.lower()
    found = set(re.findall(r"[a-z’']+", low)) | set(re.findall(r"19|20|[ap]\.|[(/.+:#±–-]", low))
    return frozenset(found | ({DIGIT} if re.search(r"[0-9]", low) else set()))


@pytest.mark.parametrize("text", [
    "Pukul 10.30 WIB, 7 a.m. (ET)", "naik 2,5% pada 2019/2020", "Rp 1.920.000", "1920-an",
    "Dr. Budi, S.H.", "pa.. ok", "a.", "p.", ".", "A.P.", "nomor #12 + 3 – 4 ± 1: selesai",
    "the end. a new start", "2020", "219", "kota: a", "", "hujan deras sepanjang hari", "Jum'at",
])
def test_the_marks_are_those_a_left_to_right_regex_scan_finds(text):
    assert features(text, 0, len(text)) == _features_by_regex(text)


@given(st.text(alphabet="aApP.1920(/+:#±–-x' ", max_size=12))
def test_the_marks_agree_with_the_regex_scan_on_any_text(text):
    assert features(text, 0, len(text)) == _features_by_regex(text)


_INVENTED_PHRASES = ("strong rain", "long rain", "rain check", "x-ray vision", "ray", "big day out", "day out",
                     "the list:", "(so-called)", "kami kira", "kira-kira")


@pytest.mark.parametrize("low", [
    "a strong rain fell", "headlong rain", "rain checks", "train check", "an x-ray vision test", "array of",
    "the big day outside", "day outing", "see the list: two", "the (so-called) deal", "kami kira-kira",
    "kami kirakan", "strongrain", "stron rain", "the lis:", "so-called", "", "kira kira",
])
def test_the_break_anchored_pattern_finds_a_phrase_where_the_plain_trie_does(low):
    # The phrases holding a break (a space or a mark) are matched from it; the others stay in a
    # plain trie: together they find a phrase in exactly the texts the one trie finds one in.
    broken = re.compile(break_anchored_alternation(p for p in _INVENTED_PHRASES if not p.isalpha()))
    plain = re.compile(literal_alternation([p for p in _INVENTED_PHRASES if p.isalpha()]))
    found = broken.search(low) is not None or plain.search(low) is not None
    assert found is (re.search(literal_alternation(_INVENTED_PHRASES), low) is not None)


_GATE_WORDS = ("yang", "which", "menyebabkan", "kira-kira", "so called", "x", "aa", "a a")


@given(st.text(alphabet="aykichwxs -", max_size=30))
def test_the_rare_anchored_pattern_finds_a_word_exactly_where_one_is_a_substring(text):
    found = re.search(rare_anchored_alternation(_GATE_WORDS), text) is not None
    assert found is any(word in text for word in _GATE_WORDS)


_CASE_BLIND = re.compile(r"\s\s*(?:mengatakan|said|(?<=[a-z]s\s)say)(?:\s+that)?\b", re.I)


@given(st.text(alphabet="aeginstkmydASYİıſ \n,", max_size=40), st.integers(0, 45), st.integers(0, 45))
def test_a_case_blind_search_on_the_lower_cased_text_finds_the_case_blind_match(text, pos, endpos):
    found = CaseBlindSearch(_CASE_BLIND).search(text, pos, endpos)
    expected = _CASE_BLIND.search(text, pos, endpos)
    assert (found and (found.span(), found.group())) == (expected and (expected.span(), expected.group()))


def test_a_case_blind_search_wants_a_case_blind_pattern_in_lower_case():
    with pytest.raises(ValueError):
        CaseBlindSearch(re.compile(r"said"))
    with pytest.raises(ValueError):
        CaseBlindSearch(re.compile(r"[A-Z]said", re.I))


@pytest.mark.parametrize("word, plain", [("Million", "million"), ("m\u0131llion", "million"),
                                         ("M\u0130LLION", "million"), ("mi\u017fsion", "mission")])
def test_plain_lower_makes_odd_folds_plain(word, plain):
    assert plain_lower(word) == plain
