"""Written numbers (number_atoms): capitals glued to digits make a name. Sentences are invented."""
import pytest

from claims.number_atoms import find_atoms


@pytest.mark.parametrize("sentence, language, values", [
    ("The 1MDB case and 3 others.", "en", [3.0]),
    ("Pembangkit 50MW dibangun.", "id", [50.0]),
    ("Harga Rp5M per unit.", "id", [5e9]),
])
def test_capitals_glued_to_digits_are_a_name_unless_unit_or_scale(sentence, language, values):
    assert [a.low for a in find_atoms(sentence, 0, len(sentence), language)] == values
