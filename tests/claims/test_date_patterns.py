"""date_specs.BEFORE_ENDINGS against the words-before patterns they stand in front of: a test
of how the text before a date ends may only spare a search that would find nothing."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.date_patterns import _may_end_with
from claims.date_specs import BEFORE_ENDINGS, LOOK_BACK, PATTERNS

_BEFORE = {kind: before for kind, _pattern, before, _required in PATTERNS if kind in BEFORE_ENDINGS}
# Pieces the words before a date are made of: each pattern's own words, in several cases, and
# the white space, marks and letters around them.
_PIECES = ["pada", "Pada", "PADA", "tahun", "Tahun", "sejak", "since", "in", "In", "by", "fiscal year", "whole of",
           "the end of", "mid", "mid-", "awal", "Akhir", "(BPS)", "BPS", "Q", "KTT", "Mary's", "Mary’s", "its", "Its",
           "their", "ITS", "and", "dan", "or", "atau", "&", "1998", "2024,", "from", "dari", "compared with",
           "compared to", "vs.", "vs", "versus", "Dibandingkan", "selama", "sepanjang", "throughout", "between",
           "antara", "3", "12", "tiga", "Dua", "an", "a", "A", "seven", "last", "This", "coming", "Next", "x", "ya",
           "rumah", "merendam", " ", "  ", "\n", "\t", "-", " - ", ",", ".", "\u00a0", "\u2009", "ſince", "İn",
           "\u212aetimbang", "ketimbang", "ı", "’"]


def _agrees(text: str) -> None:
    for kind, before in _BEFORE.items():
        for pos in range(len(text) + 1):
            for lo in {0, max(0, pos - 3)}:
                start = max(lo, pos - LOOK_BACK)
                found = before.search(text, start, pos)
                if found and found.start() != found.end():
                    assert _may_end_with(text, start, pos, BEFORE_ENDINGS[kind]), (kind, text[start:pos])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=8))
def test_the_endings_never_hide_a_match(pieces):
    _agrees("".join(pieces))


@pytest.mark.parametrize("text", [
    "dibangun pada 1924", "pada tahun 2020", "in fiscal year 2024", "by the end of 2023", "mid-2022",
    "(BPS) 2023", "KTT 2024", "Mary's 2023", "its 2024", "1998 and 2001", "from 2019", "compared with 2020",
    "vs. 2021", "selama tahun 2022", "antara 2010", "3 tahun lalu", "tiga hari lalu", "a week earlier",
    "last Friday", "this Monday", "merendam 2031 rumah", "ſince 2020", "İn 2020", "\u212aetimbang 2019",
])
def test_the_endings_keep_known_phrases(text):
    _agrees(text)
