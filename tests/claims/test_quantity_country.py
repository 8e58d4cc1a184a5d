"""The dollar a bare "$" stands for, from the article's own signals (quantity_country).
Articles and addresses are invented."""
import pytest

from claims.pipeline import split_article
from claims.quantity_country import local_dollar

_BODY = "The council approved a $310-million transit plan on Tuesday, the mayor said."


@pytest.mark.parametrize("url, text, expected", [
    # A country domain or a section named after the country.
    ("https://www.example.ca/news/local/transit-plan", _BODY, "CAD"),
    ("https://news.example.com.au/nsw/transit-plan", _BODY, "AUD"),
    ("https://www.example.co.nz/business/transit-plan", _BODY, "NZD"),
    ("https://www.example.com.sg/business/transit-plan", _BODY, "SGD"),
    ("https://www.example.com.hk/news/transit-plan", _BODY, "HKD"),
    ("https://example.invalid/canada/manitoba/transit-plan", _BODY, "CAD"),
    ("https://example.invalid/news/singapore/transit-plan", _BODY, "SGD"),
    # A dateline naming one of the country's cities.
    ("https://example.invalid/news/transit-plan", "WINNIPEG — " + _BODY, "CAD"),
    ("https://example.invalid/news/transit-plan", "Brisbane, March 4 (AAP) - " + _BODY, "AUD"),
    # No signal, or a foreign desk writing about the country: the US dollar.
    ("https://example.invalid/news/transit-plan", _BODY, None),
    ("https://example.invalid/world/canada/transit-plan", _BODY, None),
    (None, _BODY, None),
    # An article that writes the local dollar with its own mark keeps "$" for US dollars.
    ("https://www.example.ca/news/transit-plan", _BODY + " Ottawa adds C$40 million.", None),
    ("https://example.invalid/australia/transit-plan", _BODY + " It costs A$ 2 billion.", None),
])
def test_local_dollar_from_the_articles_signals(url, text, expected):
    assert local_dollar(text, url) == expected


def _units(text, url):
    return [q.unit for c in split_article(text, url=url, language="en").claims for q in c.quantities]


def test_bare_dollar_amounts_take_the_local_code_and_us_dollars_stay():
    text = ("City budget passes\n\nThe council approved a $310-million transit plan on Tuesday. "
            "The federal grant is worth US$25 million, officials said.\n")
    assert _units(text, "https://www.example.ca/news/city-budget") == ["CAD", "USD"]
    assert _units(text, "https://example.invalid/news/city-budget") == ["USD", "USD"]


def test_indonesian_text_without_a_dollar_sign_is_untouched():
    text = "Anggaran kota\n\nDewan menyetujui anggaran Rp 310 miliar pada Selasa.\n"
    units = [q.unit for c in split_article(text, url="https://example.invalid/singapore/x", language="id").claims
             for q in c.quantities]
    assert units == ["IDR"]
