import pytest

from claims.model import Quantity
from claims.render import _quantity


# The readable list shows a range with both ends and an open bound with its one end.
@pytest.mark.parametrize("quantity, shown", [
    (Quantity(9.0, 10.0, "km", None, 0, 4), "9–10 km"),
    (Quantity(None, 40.0, "percent", "nearly", 0, 4), "nearly 40 percent"),
    (Quantity(500.0, None, "orang", "more_than", 0, 4), "more_than 500 orang"),
    (Quantity(2.5e9, 2.5e9, "IDR", None, 0, 4), "2500000000 IDR"),
])
def test_a_quantity_reads_as_its_value_qualifier_and_unit(quantity, shown):
    assert _quantity(quantity) == shown
