"""The dollar a bare "$" stands for in an article from a country with its own dollar.

Spec rule 8 writes units as standard codes. A Canadian, Australian, New Zealand, Singapore or
Hong Kong outlet writes its own currency as a bare "$" ("a $75 million arena"), and a labeller
reading it writes CAD, AUD, NZD, SGD or HKD; "US$" and "USD" stay US dollars. The country is
taken only from signals of the article itself: the country code of the page's domain (".ca",
".com.au"), or a dateline naming one of the country's cities ("EDMONTON —", "Perth, May 2
(AAP) -"). A path section named after a country says nothing of the outlet ("/business/
singapore/" in an Indonesian paper), so sections are not read. An article that writes the
local dollar with its own mark ("C$", "A$") or by name ("Australian dollars") uses the bare
"$" for US dollars, as the wire services do: it is left alone.
"""
from __future__ import annotations

import re
from dataclasses import replace
from claims.lexicon_units import CURRENCY_PREFIXES, CURRENCY_WORDS
from claims.metadata import url_host

# code: (country domain endings, dateline cities, what may follow a city's comma (regions, the
# country), the country's own news agencies a dateline may name in brackets)
_DOLLAR_COUNTRIES = {
    "CAD": ((".ca",), ("toronto", "ottawa", "montreal", "vancouver", "calgary", "edmonton", "winnipeg", "halifax",
                       "regina", "saskatoon", "quebec city", "victoria", "hamilton", "st. john's", "fredericton",
                       "charlottetown", "whitehorse", "yellowknife", "iqaluit"),
            ("canada", "ont.", "que.", "b.c.", "alta.", "man.", "sask.", "n.s.", "n.b.", "n.l.", "nfld.", "p.e.i.",
             "ontario", "quebec", "british columbia", "alberta", "manitoba", "saskatchewan", "nova scotia",
             "new brunswick", "newfoundland", "yukon", "nunavut"),
            ("cp", "the canadian press")),
    "AUD": ((".au",), ("sydney", "melbourne", "brisbane", "perth", "adelaide", "canberra", "hobart", "darwin"),
            ("australia", "nsw", "n.s.w.", "vic", "victoria", "qld", "queensland", "wa", "sa", "tas", "tasmania",
             "act", "nt"),
            ("aap",)),
    "NZD": ((".nz",), ("auckland", "wellington", "christchurch", "hamilton", "dunedin"),
            ("new zealand", "nz"), ("nzpa", "rnz")),
    "SGD": ((".sg",), ("singapore",), (), ()),
    "HKD": ((".hk",), ("hong kong",), (), ()),
}
# The marks each dollar is written with ("C$", "CAD"), from the currency prefixes; the bare
# "$" is the sign being read.
_MARKS = {code: tuple(mark for mark, of in CURRENCY_PREFIXES.items() if of == code) for code in _DOLLAR_COUNTRIES}
# The dollar named with its country ("Australian dollars", "dolar Singapura").
_NAMES = {code: tuple(sorted(word for word, of in CURRENCY_WORDS.items() if of == code and " " in word))
          for code in _DOLLAR_COUNTRIES}
# A dateline opens the body: "EDMONTON —", "Perth, May 2 (AAP) -", "WELLINGTON, NZ -".
_DATELINE = re.compile(r"(?m)^\s*(?P<city>[A-Z][A-Za-z.' ]{2,20}?)\s*(?:,(?P<after>[^\n(\-—–]{0,30}))?"
                       r"\s*(?:\((?P<agency>[^)\n]{1,30})\))?\s*[-—–]\s")
_DATE_AFTER = re.compile(r"\s*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*\d{1,2}"
                         r"|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)"
                         r"(?:,?\s*\d{4})?\s*$")


def local_dollar(text: str, url: str | None) -> str | None:
    """The code a bare "$" stands for in this article, or None for the US dollar."""
    code = _country_of_url(url) or _country_of_dateline(text)
    if code is None:
        return None
    low = text.lower()
    if any(_written_mark(low, mark) for mark in _MARKS[code]) or any(_named(low, name) for name in _NAMES[code]):
        return None
    return code


def with_local_dollars(text: str, claims: tuple, url: str | None) -> tuple:
    """``claims`` with the amounts written with a bare "$" in the article's own dollar."""
    if "$" not in text:
        return claims                      # the usual case: no dollar sign at all
    code = local_dollar(text, url)
    if code is None:
        return claims
    return tuple(_in_local_dollars(text, c, code) for c in claims)


def _in_local_dollars(text: str, claim, code: str):
    if not any(_bare_dollar(text, q) for q in claim.quantities):
        return claim
    quantities = tuple(replace(q, unit=code) if _bare_dollar(text, q) else q for q in claim.quantities)
    return replace(claim, quantities=quantities)


def _bare_dollar(text: str, q) -> bool:
    """Written "$75" or "$ 5": the sign opens the amount, no letters stand before it ("US$")."""
    return q.unit == "USD" and text.startswith("$", q.start) and not (q.start and text[q.start - 1].isalpha())


def _written_mark(low: str, mark: str) -> bool:
    at = low.find(mark)
    while at >= 0:
        if (at == 0 or not low[at - 1].isalpha()) and (mark.endswith("$") or _followed_by_amount(low, at + len(mark))):
            return True
        at = low.find(mark, at + 1)
    return False


def _named(low: str, name: str) -> bool:
    """"australian dollar" as words, not inside longer ones."""
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", low) is not None if name in low else False


def _followed_by_amount(low: str, pos: int) -> bool:
    """"cad 5 million", not the letters of "cadet": a code counts before a number only."""
    rest = low[pos:pos + 2].lstrip()
    return bool(rest) and rest[0].isdigit()


def _country_of_url(url: str | None) -> str | None:
    host = url_host(url)
    for code, (domains, *_rest) in _DOLLAR_COUNTRIES.items():
        if host.endswith(domains):
            return code
    return None


def _country_of_dateline(text: str) -> str | None:
    m = _DATELINE.search(text, 0, 600)
    if not m:
        return None
    city = m.group("city").strip().lower()
    found = {code for code, (_d, cities, _r, _a) in _DOLLAR_COUNTRIES.items() if city in cities}
    if len(found) != 1:
        return None                        # "Hamilton" is in two countries
    code = found.pop()
    _domains, _cities, regions, agencies = _DOLLAR_COUNTRIES[code]
    after = (m.group("after") or "").strip().lower()
    # "VICTORIA, Texas", "MELBOURNE, Fla.": a city of the same name elsewhere.
    if after and not _DATE_AFTER.match(after) and not any(
            after == r or after.startswith(r + ",") or after.startswith(r + " ") for r in regions):
        return None
    # "SINGAPORE (Reuters) -": a wire service's dateline says where it reported, not its currency.
    agency = (m.group("agency") or "").strip().lower()
    if agency and agency not in agencies:
        return None
    return code
