import datetime as dt
import math

from hypothesis import given, settings
from hypothesis import strategies as st

from claims.dates import find_dates
from claims.entities import find_entities
from claims.quantities import find_quantities

# Text built from pieces that trigger the extractors, mixed with arbitrary Unicode.
PIECES = st.sampled_from(["Rp 2,5 miliar", "3-1", "pukul 10.00 WIB", "Senin (4/3)", "12 Maret 2021",
                          "sekitar", "90+2", "dua puluh", "Presiden", "Jakarta", "KPK", " ", ".",
                          "\n", "(", ")", "lalu", "ratusan", "km", "%", "bin", "dan", "5.000"])
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=40).map("".join)


@st.composite
def text_and_span(draw):
    text = draw(TEXT)
    start = draw(st.integers(0, len(text)))
    end = draw(st.integers(start, len(text)))
    return text, start, end


@settings(max_examples=200, deadline=None)
@given(text_and_span(), st.sampled_from(["id", "en"]))
def test_quantities_stay_inside_the_span_with_finite_values(case, language):
    text, start, end = case
    for q in find_quantities(text, start, end, language):
        assert start <= q.start < q.end <= end
        assert all(v is None or math.isfinite(v) for v in (q.value_min, q.value_max))


@settings(max_examples=200, deadline=None)
@given(text_and_span(), st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2090, 12, 31))))
def test_dates_stay_inside_the_span_and_are_iso(case, reference):
    text, start, end = case
    for mention in find_dates(text, start, end, "id", reference):
        assert start <= mention.start < mention.end <= end
        for value in mention.values:
            dt.date.fromisoformat(value if len(value) == 10 else (value + "-01-01")[:10])


@settings(max_examples=200, deadline=None)
@given(text_and_span(), st.sampled_from(["id", "en"]))
def test_entities_are_exact_slices_of_the_span(case, language):
    text, start, end = case
    for entity in find_entities(text, start, end, language):
        assert start <= entity.start < entity.end <= end
        assert text[entity.start:entity.end] == entity.text
