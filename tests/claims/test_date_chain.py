"""Dates said against the date just named ("bulan sebelumnya", "a year earlier")."""
import datetime as dt

import pytest

from claims.date_chain import shifted_back, step_back
from claims.dates import find_dates

REF = dt.date(2024, 5, 15)          # a Wednesday


def values(sentence, language="id", reference=REF):
    return [v for m in find_dates(sentence, 0, len(sentence), language, reference) for v in m.values]


@pytest.mark.parametrize("sentence, language, expected", [
    ("Ekspor pada Februari 2023 naik 4 persen dari bulan sebelumnya.", "id", ["2023-02", "2023-01"]),
    ("Laba semester I 2023 naik 9 persen dari periode yang sama tahun lalu.", "id",
     ["2023-01", "2023-06", "2022-01", "2022-06"]),
    ("Pada 3 Januari 2024 gudang dibuka, sehari sebelumnya stok diperiksa.", "id", ["2024-01-03", "2024-01-02"]),
    ("Penjualan pada 2022 lebih tinggi dari tahun sebelumnya.", "id", ["2022", "2021"]),
    # (a base figure of its own "a year earlier"; a bare "rose from a year earlier" is year-on-year)
    ("Revenue in the second half of 2022 rose to $5 million from $4 million a year earlier.", "en",
     ["2022-07", "2022-12", "2021-07", "2021-12"]),
    # (said in May, a July-September quarter that orders grew in is last year's)
    ("Orders grew in the July-September quarter from the previous three months.", "en",
     ["2023-07", "2023-09", "2023-04", "2023-06"]),
    ("Deliveries in the fourth quarter of 2023 beat the previous quarter.", "en",
     ["2023-10", "2023-12", "2023-07", "2023-09"]),
    ("Imports in October 2023 fell from the same month last year.", "en", ["2023-10", "2022-10"]),
])
def test_a_date_said_against_the_date_just_named_moves_that_date_back(sentence, language, expected):
    assert values(sentence, language) == expected


@pytest.mark.parametrize("sentence, language", [
    ("Harga naik dibanding bulan sebelumnya.", "id"),      # nothing named before it
    ("The plant had closed months earlier.", "en"),        # no count: vague
])
def test_an_earlier_date_with_nothing_to_lean_on_is_not_resolved(sentence, language):
    assert values(sentence, language) == []


def test_a_month_cannot_move_back_by_days():
    assert shifted_back(("2024-03",), 1, 0) == ()
    assert shifted_back(("2024-03-31",), 0, 1) == ("2024-02-29",)
    assert step_back({"u": "months", "n": "three"}) == (0, 3)


@pytest.mark.parametrize("sentence, language, expected", [
    ("Produksi jagung Januari-Maret 2024 naik 5 persen dibandingkan kurun waktu yang sama tahun 2022.", "id",
     ["2024-01", "2024-03", "2022-01", "2022-03"]),
    ("Ridership between February and April this year was 3 percent above the same period in 2021.", "en",
     ["2024-02", "2024-04", "2021-02", "2021-04"]),
    ("Exports for the first half of 2024 beat the same period in 2019.", "en",
     ["2024-01", "2024-06", "2019-01", "2019-06"]),
    ("Penjualan pada 2024 sama dengan tahun 2022.", "id", ["2024", "2022"]),     # no same-period phrase
])
def test_the_same_period_in_a_named_year_is_the_period_just_named_placed_in_that_year(sentence, language, expected):
    assert values(sentence, language) == expected


@pytest.mark.parametrize("text, period, expected", [
    ("Jumlah pemudik itu naik 8 persen dibandingkan kurun waktu yang sama tahun lalu", ("2024-03-01", "2024-03-07"),
     (("2023-03-01", "2023-03-07"), "2023")),
    ("That was up from the same period last year", ("2024-01", "2024-06"), (("2023-01", "2023-06"), "2023")),
    ("It was below the same quarter in 2020", ("2024-04", "2024-06"), (("2020-04", "2020-06"), "2020")),
    ("Jumlah itu lebih tinggi dari tahun lalu", ("2024-01", "2024-06"), None),
    ("That was up from the same period last year", ("2024",), None),          # a year is no period to move
])
def test_a_same_period_phrase_moves_a_period_named_elsewhere(text, period, expected):
    from claims.date_chain import same_period_then
    assert same_period_then(text, period) == expected
