"""HTML input: the article body, title and date through trafilatura.

trafilatura with comments off keeps body sentences and drops navigation, share bars and
"Baca juga" blocks (../shared/NOTES.md); it still keeps some "ADVERTISEMENT" lines, so the
line cleaner runs on its output like on any pasted text.
"""
from __future__ import annotations

import datetime as dt
import re

from claims.errors import NoExtractableText

_LOOKS_LIKE_HTML = re.compile(r"<\s*(html|body|div|p|article|head|!doctype)\b", re.I)


def looks_like_html(text: str) -> bool:
    """True when the start of ``text`` carries HTML markup."""
    return bool(_LOOKS_LIKE_HTML.search(text[:2000]))


def extract_html(html: str, url: str | None = None) -> tuple[str, str | None, dt.date | None]:
    """(body text, title, published date) of an HTML page; NoExtractableText if no body."""
    import trafilatura  # imported here: it is slow to import and only HTML input needs it

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      include_tables=True, favor_recall=True,
                                      date_extraction_params=_DATE_PARAMS)
    body = _field(doc, "text")
    if not body or not body.strip():
        raise NoExtractableText("no article text could be extracted from the HTML")
    return body, _field(doc, "title"), _parse_iso(_field(doc, "date"))


# The page's own publication markup only (meta tags, <time>, structured data), the original
# date rather than a later update: htmldate's extensive search otherwise falls back on guesses
# such as a copyright footer's year ("Hak cipta 2025" -> 1 January 2025). A date line in the
# text itself is read by the splitter (metadata.find_published).
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


def _field(doc, name: str):
    if doc is None:
        return None
    return doc.get(name) if isinstance(doc, dict) else getattr(doc, name, None)


def _parse_iso(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
