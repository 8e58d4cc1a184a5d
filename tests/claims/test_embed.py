import pytest

from claims.embed import embedded_facts


def heads(sentence):
    return [sentence[head:end] for head, end, _rel in embedded_facts(sentence, 0, len(sentence))]


@pytest.mark.parametrize("sentence", [
    "Angka itu lebih rendah dibandingkan Surono yang dipilih oleh 40 persen responden",
    "Kasus naik dua kali lipat dibandingkan pekan lalu yang mencatat 30 kasus",
    "Harga di Depok lebih mahal daripada harga di Bekasi yang hanya Rp 12.000",
])
def test_a_bare_relative_clause_on_the_base_of_a_comparison_is_what_is_compared(sentence):
    assert heads(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Petugas menutup Pasar Cibeber yang berjarak 2 km dari kawah", ["Pasar Cibeber yang berjarak 2 km dari kawah"]),
    # A comma clause after the base is a fact about it of its own.
    ("Turnout was higher than in Bogor, which recorded 61 percent", ["Bogor, which recorded 61 percent"]),
])
def test_other_relative_clauses_are_still_embedded_facts(sentence, expected):
    assert heads(sentence) == expected
