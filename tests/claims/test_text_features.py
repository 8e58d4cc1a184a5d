import re

import pytest

from claims.text_features import may_hold_any

_CASE_BLIND = re.compile(r"\b(?:copyright|hak\s+cipta|reporting by)\b", re.I)
_WORDS = ("copyright", "hak", "reporting by")


@pytest.mark.parametrize("text", [
    "COPYRIGHT 2024 Kabar Teluk",
    "Hak Cipta dilindungi",
    "Additional REPORTING BY Dewi",
    "Copyr\u0131ght 2024",              # dotless i: a case-blind "i"
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
