import pytest

from claims.claimtypes import claim_types


@pytest.mark.parametrize("span, kwargs, expected", [
    ("Polisi menangkap dua tersangka", {"quantities": True}, ("event", "quantity")),
    ("Ia menjabat sebagai bupati sejak 2019", {"dated": True}, ("event", "status", "date")),
    ("Harga emas lebih tinggi dari pekan lalu", {}, ("comparison",)),
    ("Jembatan itu akan dibuka pada Maret", {"source": "Dinas PU"}, ("event", "prediction", "attribution")),
    ("We have enough food for a week", {"quote": True, "source": "Ana"}, ("quote",)),
    ("The team won the final", {}, ("comparison",)),
    ("Kota itu sepi", {}, ("other",)),
])
def test_claim_types(span, kwargs, expected):
    args = {"quantities": False, "dated": False, "source": None, "quote": False, **kwargs}
    assert claim_types(span, **args) == expected
