import datetime as dt

import pytest

from claims.date_quarters import _ANY_PERIOD, _may_name_a_period
from claims.dates import find_dates

REF = dt.date(2023, 5, 10)


def values(text):
    return [m.values for m in find_dates(text, 0, len(text), "id", REF)]


@pytest.mark.parametrize("text, expected", [
    ("Laba naik pada kuartal III 2022.", [("2022-07", "2022-09")]),
    ("Ekspor turun pada triwulan kedua tahun 2021.", [("2021-04", "2021-06")]),
    ("Proyek selesai pada kuartal IV.", [("2023-10", "2023-12")]),
    ("Penjualan semester I 2022 naik.", [("2022-01", "2022-06")]),
    ("Sales fell in the first quarter of 2022.", [("2022-01", "2022-03")]),
    ("Output grew in the second half of 2021.", [("2021-07", "2021-12")]),
    ("Revenue rose in Q4 2022.", [("2022-10", "2022-12")]),
    # the year joined by a hyphen, as the business press writes it
    ("Pabrik itu beroperasi pada kuartal IV-2024.", [("2024-10", "2024-12")]),
    ("Laba turun pada triwulan II–2021.", [("2021-04", "2021-06")]),
    # a spaced dash sets off a count, not a year
    ("Penjualan kuartal I - 2000 unit lebih tinggi.", [("2023-01", "2023-03")]),
    ("Margins widened in Q3-2022.", [("2022-07", "2022-09")]),
    ("The striker scored twice in the second half.", []),
    ("Virus H1N1 menyebar di dua provinsi.", []),
    ("Ia menjabat bupati pada 2015-2020.", [("2015", "2020")]),
    ("The plant ran from 2009 to 2013.", [("2009", "2013")]),
    ("Klub itu juara Liga 2 2021-2022.", []),
])
def test_quarters_and_half_years_are_month_periods(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Reference is Wednesday 10 May 2023: "pekan lalu" places the weekday in the week before.
    ("Harga naik sejak Jumat pekan lalu.", [("2023-05-05",)]),
    ("Rapat digelar Senin pekan lalu.", [("2023-05-01",)]),
    ("The deal was signed on Monday last week.", [("2023-05-01",)]),
    # without a weekday, "pekan lalu" is the whole week before, Monday to Sunday
    ("Rapat digelar pekan lalu.", [("2023-05-01", "2023-05-07")]),
])
def test_weekday_with_last_week_is_one_date(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Rivera scored 18 points, including 9 in the fourth quarter.", []),
    ("Dredging is due to begin in the fourth quarter.", [("2023-10", "2023-12")]),
    # (said in May, a third quarter inflation already fell in is last year's)
    ("Inflation fell 0.4 percentage points in the third quarter.", [("2022-07", "2022-09")]),
])
def test_a_quarter_of_a_game_is_not_a_quarter_of_the_year(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    # (said in May, the first half is not over: sales that rose in it are last year's)
    ("Online orders climbed 11 percent in the first half.", [("2022-01", "2022-06")]),
    ("The visitors dominated the second half.", []),
    ("Ramos scored twice in the second half, lifting sales of his shirt.", []),
])
def test_a_year_less_english_half_is_a_half_year_only_among_figures_of_trade(text, expected):
    assert values(text) == expected


def test_each_span_of_a_window_names_only_its_own_periods():
    text = "Ekspor naik 3 persen. Laba turun pada kuartal III 2022. Harga tetap."
    first, second = text.index("Laba"), text.index("Harga")
    assert [m.values for m in find_dates(text, 0, first, "id", REF)] == []
    assert [m.values for m in find_dates(text, first, second, "id", REF)] == [("2022-07", "2022-09")]
    assert [m.values for m in find_dates(text, second, len(text), "id", REF)] == []


@pytest.mark.parametrize("text", [
    "KUARTAL IV 2024", "Triwulan kedua", "semeſter I", "the First Half", "Q3 2022", "H1",
    "pada 2019 HINGGA 2021", "2015 to 2018",
])
def test_the_window_gate_never_hides_a_period_word(text):
    assert _ANY_PERIOD.search(text)
    assert _may_name_a_period(text)


def test_the_window_gate_stays_shut_where_no_period_is_named():
    assert not _may_name_a_period("Harga beras naik 3 persen di Palu sejak 2019, hq2 and h3.")


@pytest.mark.parametrize("text, expected", [
    ("Proyek ditargetkan rampung pada semester II/2024.", [("2024-07", "2024-12")]),
    ("Laba tumbuh pada kuartal I/2022.", [("2022-01", "2022-03")]),
    # results up to a quarter's end run from January
    ("Laba bersih hingga kuartal III/2022 mencapai Rp 5 miliar.", [("2022-01", "2022-09")]),
    ("Penjualan sampai triwulan kedua 2021 turun.", [("2021-01", "2021-06")]),
    # a stretch with its own opening quarter keeps each quarter whole
    ("Harga naik dari kuartal I 2022 hingga kuartal III 2022.", [("2022-01", "2022-03"), ("2022-07", "2022-09")]),
])
def test_slashed_years_and_year_to_date_quarters(text, expected):
    assert values(text) == expected


# A period that names the data a release will bring dates no claim: the release has its day.
@pytest.mark.parametrize("text, expected", [
    ("BPS akan merilis data inflasi kuartal III pada 1 Oktober.", [("2023-10-01",)]),
    ("Pemerintah akan mengumumkan angka kuartal II pada 5 Agustus.", [("2023-08-05",)]),
    ("Inflasi naik pada kuartal III.", [("2022-07", "2022-09")]),
    # data already out, or given with its figure, is about its period
    ("BPS mengumumkan angka inflasi kuartal II sebesar 2,3 persen.", [("2023-04", "2023-06")]),
    ("Perseroan merilis laporan keuangan semester I 2023 dengan laba Rp 4 triliun.", [("2023-01", "2023-06")]),
])
def test_a_period_of_data_to_be_released_dates_no_claim(text, expected):
    assert values(text) == expected


def test_an_english_period_of_data_to_be_released_dates_no_claim():
    text = "The agency will publish its third-quarter figures on Oct. 30."
    assert [m.values for m in find_dates(text, 0, len(text), "en", REF)] == [("2023-10-30",)]


def test_english_earnings_announced_with_their_figure_keep_their_quarter():
    text = "The group announced third-quarter earnings of $90 million."
    assert [m.values for m in find_dates(text, 0, len(text), "en", REF)] == [("2022-07", "2022-09")]
