"""The dollar a bare "$" stands for, from the article's own signals (quantity_country).
Articles and addresses are invented."""
import pytest

from claims.pipeline import split_article
from claims.quantity_country import local_dollar

_BODY = "The council approved a $275 million bus depot on Tuesday, the mayor said."


@pytest.mark.parametrize("url, text, expected", [
    # A country domain or a section named after the country.
    ("https://www.example.ca/news/local/bus-depot", _BODY, "CAD"),
    ("https://news.example.com.au/nsw/bus-depot", _BODY, "AUD"),
    ("https://www.example.co.nz/business/bus-depot", _BODY, "NZD"),
    ("https://www.example.com.sg/business/bus-depot", _BODY, "SGD"),
    ("https://www.example.com.hk/news/bus-depot", _BODY, "HKD"),

    # A dateline naming one of the country's cities.
    ("https://example.invalid/news/bus-depot", "WINNIPEG — " + _BODY, "CAD"),
    ("https://example.invalid/news/bus-depot", "Brisbane, March 4 (AAP) - " + _BODY, "AUD"),
    # No signal, or a foreign desk writing about the country: the US dollar.
    ("https://example.invalid/news/bus-depot", _BODY, None),
    ("https://example.invalid/world/americas/bus-depot", _BODY, None),
    # A section named after a country says nothing of the outlet.
    ("https://news.example.co.id/business/singapore/bus-depot", _BODY, None),
    ("https://example.invalid/regions/manitoba/bus-depot", _BODY, None),
    # A city of the same name elsewhere, or a wire service reporting from the city.
    ("https://example.invalid/news/bus-depot", "VICTORIA, Texas — " + _BODY, None),
    ("https://example.invalid/news/bus-depot", "MELBOURNE, Fla. — " + _BODY, None),
    ("https://example.invalid/news/bus-depot", "SINGAPORE (Reuters) - " + _BODY, None),
    ("https://example.invalid/news/bus-depot", "Perth, May 2 (AP) - " + _BODY, None),
    ("https://example.invalid/news/bus-depot", "REGINA, Sask. — " + _BODY, "CAD"),
    (None, _BODY, None),
    # An article that writes the local dollar with its own mark keeps "$" for US dollars.
    ("https://www.example.ca/news/bus-depot", _BODY + " Ottawa adds C$40 million.", None),
    ("https://www.example.com.au/news/bus-depot", _BODY + " It costs A$ 2 billion.", None),
    # Or names it: "$" is then the US dollar.
    ("https://www.example.com.au/news/bus-depot",
     "The state paid 40 million Australian dollars ($26 million) for the depot.", None),
])
def test_local_dollar_from_the_articles_signals(url, text, expected):
    assert local_dollar(text, url) == expected


def _units(text, url):
    return [q.unit for c in split_article(text, url=url, language="en").claims for q in c.quantities]


def test_bare_dollar_amounts_take_the_local_code_and_us_dollars_stay():
    text = ("City budget passes\n\nThe council approved a $275 million bus depot on Tuesday. "
            "The federal grant is worth US$25 million, officials said.\n")
    assert _units(text, "https://www.example.ca/news/city-budget") == ["CAD", "USD"]
    assert _units(text, "https://example.invalid/news/city-budget") == ["USD", "USD"]


def test_a_section_named_after_a_country_leaves_the_dollar_alone():
    text = "Bursa regional\n\nSebuah bank Singapura membukukan laba $ 2,4 miliar pada Senin.\n"
    units = [q.unit for c in split_article(text, url="https://news.example.co.id/business/singapore/x",
                                           language="id").claims for q in c.quantities]
    assert units == ["USD"]
