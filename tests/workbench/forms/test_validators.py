import pytest
from wtforms import Form, StringField

from workbench.forms.validators import WebAddress


class AddressForm(Form):
    address = StringField(validators=[WebAddress()])


@pytest.mark.parametrize("typed, accepted", [
    ("https://bps.go.id/statistik/inflasi", True),
    ("http://data.example/rilis?tahun=2024", True),
    ("  https://kominfo.example/siaran  ", True),
    ("HTTPS://Kemenkeu.example/APBN", True),
    ("", True),                                  # whether it is required is another rule
    ("bps.go.id/statistik/inflasi", False),      # pasted without its scheme
    ("www.reuters.example/world", False),
    ("ftp://arsip.example/laporan.pdf", False),
    ("javascript:alert(1)", False),
    ("https://", False),
    ("tautan rusak", False),
])
def test_only_a_whole_web_address_passes_and_says_so_once(typed, accepted):
    form = AddressForm(data={"address": typed})
    assert form.validate() is accepted
    assert len(form.address.errors) == (0 if accepted else 1)
