import pytest
from werkzeug.datastructures import MultiDict
from wtforms import DateField, Form, StringField
from wtforms.validators import Optional

from workbench.forms.validators import NotBefore, WebAddress


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


class RangeForm(Form):
    start = DateField(validators=[Optional()])
    end = DateField(validators=[Optional(), NotBefore("start")])


@pytest.mark.parametrize("start, end, accepted", [
    ("2024-03-01", "2024-03-31", True),
    ("2024-03-01", "2024-03-01", True),       # a single day
    ("2024-03-01", "2024-02-29", False),      # swapped
    ("", "2024-02-29", True),                 # open start
    ("2024-03-01", "", True),                 # open end
    ("kemarin", "2024-02-29", False),         # the start is wrong, not the end
])
def test_the_end_of_a_range_may_not_come_before_its_start(start, end, accepted):
    form = RangeForm(MultiDict({"start": start, "end": end}))
    assert form.validate() is accepted
    assert bool(form.end.errors) is (start == "2024-03-01" and end == "2024-02-29")
