"""The dollar a bare "$" stands for in an article from a country with its own dollar.

Spec rule 8 writes units as standard codes. A Canadian, Australian, New Zealand, Singapore or
Hong Kong outlet writes its own currency as a bare "$" ("a $410-million deficit"), and a
labeller reading it writes CAD, AUD, NZD, SGD or HKD; "US$" and "USD" stay US dollars.
The country is taken only from signals of the article itself: the address of the page (a
country domain such as ".ca" or ".com.au", or a section named after the country, as in
"/canada/...", outside a world-news section) or a dateline naming one of the country's
cities ("CALGARY —"). An article that writes the local dollar with its own mark ("C$",
"A$") uses the bare "$" for US dollars, as the wire services do: it is left alone.
"""
from __future__ import annotations

import re
from dataclasses import replace
from urllib.parse import urlsplit

# code: (country domain endings, section names in a path, dateline cities, the local mark)
_DOLLAR_COUNTRIES = {
    "CAD": ((".ca",), ("canada",), ("toronto", "ottawa", "montreal", "vancouver", "calgary", "edmonton",
                                    "winnipeg", "halifax", "regina", "saskatoon", "quebec city", "victoria",
                                    "hamilton", "st. john's", "fredericton", "charlottetown", "whitehorse",
                                    "yellowknife", "iqaluit"), ("c$", "ca$", "cdn$", "cad")),
    "AUD": ((".au",), ("australia", "australia-news"), ("sydney", "melbourne", "brisbane", "perth",
                                                        "adelaide", "canberra", "hobart", "darwin"),
            ("a$", "au$", "aud")),
    "NZD": ((".nz",), ("new-zealand", "nz", "nz-news"), ("auckland", "wellington", "christchurch", "hamilton",
                                                         "dunedin"), ("nz$", "nzd")),
    "SGD": ((".sg",), ("singapore",), ("singapore",), ("s$", "sgd")),
    "HKD": ((".hk",), ("hong-kong", "hongkong"), ("hong kong",), ("hk$", "hkd")),
}
# Sections about other countries: "/world/canada/..." is a foreign desk writing about Canada.
_FOREIGN_SECTIONS = frozenset({"world", "international", "internasional", "global", "foreign", "dunia", "mancanegara"})
# A dateline opens the body: "CALGARY —", "Sydney, Nov. 3 (AAP) -", "WELLINGTON (Reuters) -".
_DATELINE = re.compile(r"(?m)^\s*(?P<city>[A-Z][A-Za-z.' ]{2,20}?)\s*(?:,[^\n\-—–]{0,30})?"
                       r"\s*(?:\([^)\n]{1,30}\))?\s*[-—–]\s")


def local_dollar(text: str, url: str | None) -> str | None:
    """The code a bare "$" stands for in this article, or None for the US dollar."""
    code = _country_of_url(url) or _country_of_dateline(text)
    if code is None:
        return None
    marks = _DOLLAR_COUNTRIES[code][3]
    low = text.lower()
    return None if any(_written_mark(low, mark) for mark in marks) else code


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
    """Written "$410" or "$ 5": the sign opens the amount, no letters stand before it ("US$")."""
    return q.unit == "USD" and text.startswith("$", q.start) and not (q.start and text[q.start - 1].isalpha())


def _written_mark(low: str, mark: str) -> bool:
    at = low.find(mark)
    while at >= 0:
        if (at == 0 or not low[at - 1].isalpha()) and (mark.endswith("$") or _followed_by_amount(low, at + len(mark))):
            return True
        at = low.find(mark, at + 1)
    return False


def _followed_by_amount(low: str, pos: int) -> bool:
    """"cad 5 million", not the letters of "cadet": a code counts before a number only."""
    rest = low[pos:pos + 2].lstrip()
    return bool(rest) and rest[0].isdigit()


def _country_of_url(url: str | None) -> str | None:
    if not url:
        return None
    parts = urlsplit(url if "//" in url else "//" + url)
    host = (parts.hostname or "").lower()
    for code, (domains, _sections, _cities, _marks) in _DOLLAR_COUNTRIES.items():
        if host.endswith(domains):
            return code
    for segment in (s for s in parts.path.lower().split("/") if s):
        if segment in _FOREIGN_SECTIONS:
            return None                    # a section about other countries
        for code, (_domains, sections, _cities, _marks) in _DOLLAR_COUNTRIES.items():
            if segment in sections:
                return code
    return None


def _country_of_dateline(text: str) -> str | None:
    m = _DATELINE.search(text, 0, 600)
    if not m:
        return None
    city = m.group("city").strip().lower()
    found = {code for code, (_d, _s, cities, _m) in _DOLLAR_COUNTRIES.items() if city in cities}
    return found.pop() if len(found) == 1 else None      # "Hamilton" is in two countries
