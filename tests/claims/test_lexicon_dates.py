"""The date word lists' regex builders: which forms they match, and where a match ends."""
import re

import pytest

from claims.lexicon_dates import cased_alternation


@pytest.mark.parametrize("lower, text, expected", [
    # the longest word wins where several start at one place
    (True, "kemarin lusa hujan", "kemarin lusa"),
    (True, "Kemarin hujan", "Kemarin"),
    (True, "TADI MALAM hujan", "TADI MALAM"),
    (True, "tadi pagi hujan", "tadi pagi"),
    # without ``lower`` only the Capitalised and UPPER forms count
    (False, "hujan kemarin", None),
    (False, "Hujan Kemarin", "Kemarin"),
    # a mixed-case spelling is none of the three forms
    (True, "kEmarin", None),
])
def test_cased_alternation_matches_the_cased_forms_longest_first(lower, text, expected):
    pattern = re.compile(cased_alternation(["kemarin", "kemarin lusa", "tadi pagi", "tadi malam"], lower))
    found = pattern.search(text)
    assert (found.group() if found else None) == expected


def test_cased_alternation_backs_off_to_a_shorter_word_when_the_context_asks():
    # the builder's group must let the engine try the shorter word when the longer one
    # leaves the rest of the pattern unmatched, as a plain alternation does
    pattern = re.compile(rf"(?:{cased_alternation(['kemarin', 'kemarin lusa'])}) lusa depan")
    assert pattern.search("kemarin lusa depan").group() == "kemarin lusa depan"
