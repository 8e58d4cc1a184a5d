"""One quantity from a run of numbers (quantity_build): ages as ranges, changes from one value
to another. Sentences are invented."""
import pytest

from claims.quantities import find_quantities


def values(sentence, language):
    return [(q.value_min, q.value_max, q.unit, q.qualifier)
            for q in find_quantities(sentence, 0, len(sentence), language)]


@pytest.mark.parametrize("sentence, language, expected", [
    # A range after "aged"/"berusia" is a range of ages, whatever noun comes before.
    ("The survey reached 2,000 voters aged 18 to 30.", "en", [(2000, 2000, "voters", None), (18, 30, "years", None)]),
    ("Peserta berusia 10 hingga 12 mengikuti lomba.", "id", [(10, 12, "years", None)]),
    # After a verb of change, "from X to Y" is the old and the new value, even a few words on.
    ("The council raises monthly water bills from $30 to $34.", "en", [(30, 30, "USD", None), (34, 34, "USD", None)]),
    # Without one it stays a range.
    ("Tickets cost from $30 to $34.", "en", [(30, 34, "USD", None)]),
])
def test_ages_and_changes(sentence, language, expected):
    assert values(sentence, language) == expected


@pytest.mark.parametrize("sentence, language, expected", [
    # An age after a name may close the sentence.
    ("The driver was named as Tom Reyes, 52. He survived.", "en", [(52, 52, "years", None)]),
    # A decimal after the comma is no age.
    ("Skor rata-rata Budi, 7.5 poin.", "id", [(7.5, 7.5, "poin", None)]),
])
def test_an_age_after_a_name(sentence, language, expected):
    assert values(sentence, language) == expected


@pytest.mark.parametrize("sentence, language, expected", [
    # A bound on children's age is in years.
    ("Most victims were children under 10.", "en", [(None, 10, "years", "less_than")]),
    ("Vaksin untuk balita di bawah 5 diberikan gratis.", "id", [(None, 5, "years", "less_than")]),
])
def test_a_bound_on_childrens_age(sentence, language, expected):
    assert values(sentence, language) == expected
