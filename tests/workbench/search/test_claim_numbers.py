import pytest

from workbench.services.claim_numbers import number_word_values, with_numerals


@pytest.mark.parametrize("text, values", [
    ("Forty-nine climbers were evacuated", [49]),
    ("three were found alive", [3]),
    ("hampir tujuh minggu", [7]),
    ("dua puluh lima orang dan tiga ratus ribu warga", [25, 300_000]),
    ("the 11 climbers", []),
    ("", []),
    ("an apple and a pear", []),
])
def test_number_words_are_read(text, values):
    assert number_word_values(text) == values


def test_digits_are_appended_only_when_there_are_number_words():
    assert with_numerals("three were found alive") == "three were found alive (3)"
    assert with_numerals("11 were found dead") == "11 were found dead"
