import datetime as dt

import pytest

from claims import split_article
from claims.asof import add_as_of_dates, needs_as_of
from claims.model import Claim, Quantity

REF = dt.date(2024, 3, 12)


def _claim(text, start=0, types=(), units=(), dates=()):
    quantities = tuple(Quantity(1, 1, u) for u in units)
    return Claim(start, start + len(text), text, types=types, quantities=quantities, dates=dates)


@pytest.mark.parametrize("claim, needed", [
    (_claim("Korban tewas bertambah menjadi 12 orang", units=("orang",)), True),
    (_claim("Gol kedua tercipta pada menit ke-70", units=("minute",)), True),
    (_claim("Tinggi gunung itu 2.900 meter", units=("m",)), False),
    (_claim("Inflasi tahunan 3 persen", units=("percent",)), False),
    (_claim("Sebanyak 40 truk akan dikirim besok", types=("prediction",), units=("truk",)), False),
    (_claim("Kami menolak tuduhan itu", types=("quote",)), True),
    (_claim("Pesawat mendarat pukul 14.30 WIB"), True),
    (_claim("Jembatan itu dibangun oleh Belanda"), False),
])
def test_which_claims_need_an_as_of_date(claim, needed):
    assert needs_as_of(claim) is needed


def test_as_of_date_is_the_nearest_recent_date_named_before():
    text = "x" * 200
    dated = _claim("Gempa terjadi Senin (11/3)", 0, ("event", "date"), dates=("2024-03-11",))
    old = _claim("Gedung dibangun 2 Januari 1990", 40, ("event", "date"), dates=("1990-01-02",))
    count = _claim("Korban tewas 12 orang", 80, units=("orang",))
    out = add_as_of_dates(text, (dated, old, count), REF)
    assert out[2].dates == ("2024-03-11",)


def test_as_of_date_falls_back_to_reference():
    count = _claim("Korban tewas 12 orang", 0, units=("orang",))
    assert add_as_of_dates("x" * 40, (count,), REF)[0].dates == ("2024-03-12",)
    assert add_as_of_dates("x" * 40, (count,), None)[0].dates == ()


def test_event_continuing_a_dated_sentence_in_the_same_paragraph_takes_its_date():
    text = ("Pada Senin (11/3), badai melanda pesisir Tuban. Angin kencang merobohkan pohon di jalan utama.\n"
            "Warga diminta waspada.\n")
    claims = split_article(text, published=REF).claims
    assert [(c.text, c.dates) for c in claims][:2] == [
        ("Pada Senin (11/3), badai melanda pesisir Tuban", ("2024-03-11",)),
        ("Angin kencang merobohkan pohon di jalan utama", ("2024-03-11",)),
    ]


def test_rate_takes_the_period_of_its_paragraph_else_the_report_day():
    text = "x" * 120 + "\n" + "x" * 60
    period = _claim("Inflasi Mei naik", 0, ("event", "date"), dates=("2024-05",))
    rate = _claim("Inflasi inti 2,1 persen", 40, units=("percent",))
    survey = _claim("Elektabilitas calon A 41 persen", 125, units=("percent",))
    out = add_as_of_dates(text, (period, rate, survey), REF)
    assert out[1].dates == ("2024-05",)
    assert out[2].dates == ("2024-03-12",)


@pytest.mark.parametrize("text, lang", [
    ("Harga emas naik 2 persen pada Senin (11/3), sedangkan harga perak turun 1 persen.", "id"),
    ("Gold rose 2 percent on Monday, but silver fell 1 percent.", "en"),
])
def test_clause_joined_to_a_dated_clause_shares_its_date(text, lang):
    claims = split_article(text, language=lang, published="2024-03-12").claims
    assert [c.dates for c in claims] == [("2024-03-11",), ("2024-03-11",)]


@pytest.mark.parametrize("text, lang, dates", [
    ("The minister will visit the port on Friday.", "en", ("2024-03-15",)),
    ("Menteri akan meninjau pelabuhan pada Jumat.", "id", ("2024-03-15",)),
    ("Menteri meninjau pelabuhan pada Jumat.", "id", ("2024-03-08",)),
    ("Menteri akan meninjau pelabuhan pada Selasa.", "id", ("2024-03-12",)),
])
def test_bare_weekday_in_a_future_clause_is_the_coming_one(text, lang, dates):
    claims = split_article(text, language=lang, published="2024-03-12").claims
    assert claims[0].dates == dates
