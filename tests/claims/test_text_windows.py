import pytest

from claims import text_windows as tw

_WORDS = frozenset({"dua", "tiga", "dozen"})


def _slow_word_hits(text: str) -> list[tuple[int, int]]:
    # The scan without the word-set gate in front of it.
    return tw._word_hits(text.lower(), _WORDS, 0)


@pytest.mark.parametrize("text", [
    "Banjir merendam dua desa dan tiga kecamatan.",
    "Warga menyebut 'dua' kali, lalu ‘tiga’ kali.",      # apostrophes around a trigger word
    "Warga dua’nya pulang; a dozen'ish boats.",
    "Tidak ada angka di kalimat ini.",
    "DUA ORANG TEWAS.",
])
def test_the_gated_windows_equal_the_windows_of_a_full_scan(text):
    hits = sorted(_slow_word_hits(text))
    expected = []
    for lo, hi in hits:
        lo, hi = max(0, lo - tw.MARGIN), min(len(text), hi + tw.MARGIN)
        if expected and lo <= expected[-1][1]:
            expected[-1] = (expected[-1][0], max(expected[-1][1], hi))
        else:
            expected.append((lo, hi))
    assert tw.trigger_windows(text, 0, len(text), _WORDS) == expected


def _no_word_standing_alone(text):
    # the word set rules the words out: it can tell (None: it cannot), and finds none of them
    found = tw._words_standing_alone(text, 0, len(text), tw._letter_words(_WORDS))
    return found is not None and not found


def test_a_word_glued_to_an_apostrophe_is_not_ruled_out_by_the_word_set():
    text = "Ada dua’ rumah."
    assert not _no_word_standing_alone(text)
    assert tw.trigger_windows(text, 0, len(text), _WORDS) == [(0, len(text))]


def test_a_text_without_the_words_has_no_window():
    text = "Banjir merendam desa itu sejak pagi."
    assert _no_word_standing_alone(text)
    assert tw.trigger_windows(text, 0, len(text), _WORDS) == []
