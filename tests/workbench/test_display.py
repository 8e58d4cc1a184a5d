"""Stored values as people read them."""
import pytest

from workbench.display import show_quantity


@pytest.mark.parametrize("quantity, shown", [
    ({"value_min": 4200000.0, "value_max": 4200000.0, "unit": "USD"}, "4,200,000 USD"),
    ({"value_min": 9.0, "value_max": 10.0, "unit": "km"}, "9–10 km"),
    ({"value_min": 4.97, "value_max": None, "unit": "percent"}, "4.97 percent"),
    ({"value_min": 2.5e9, "value_max": 2.5e9, "unit": "IDR", "qualifier": "approx"},
     "about 2,500,000,000 IDR"),
    ({"value_min": 3400.0, "value_max": None, "unit": "teachers", "qualifier": "at_least"},
     "at least 3,400 teachers"),
    ({"value_min": None, "value_max": 3.0, "unit": "days"}, "?–3 days"),
])
def test_quantities_read_like_numbers(quantity, shown):
    assert show_quantity(quantity) == shown
