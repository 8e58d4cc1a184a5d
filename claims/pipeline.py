"""split_article: the whole pipeline, composed of the small pure steps of this package.

clean (boilerplate lines) -> metadata (language, title, date) -> blocks and sentences ->
cut claims with their attribution -> resolve sources across sentences -> numbers, dates,
entities and types per claim.
"""
from __future__ import annotations

import datetime as dt

from claims import errors
from claims.clean import find_boilerplate
from claims.asof import add_as_of_dates
from claims.enrich import build_claim
from claims.metadata import (dateline_spans, detect_language, find_published, find_title,
                             outlet_from_url)
from claims.model import ArticleAnalysis
from claims.quantity_country import with_local_dollars
from claims.reading import read_blocks
from claims.sources import resolve_sources

DEFAULT_MAX_CHARS = 2_000_000


def split_article(text: str, url: str | None = None, published: dt.date | str | None = None,
                  language: str | None = None, *, max_chars: int = DEFAULT_MAX_CHARS
                  ) -> ArticleAnalysis:
    """Split an article into atomic, attributed claims anchored to spans of ``text``.

    Raises a ``claims.errors.ArticleError`` (a ValueError) for empty or oversized text.
    """
    _validate(text, max_chars)
    lang = _language(text, language)
    outlet = outlet_from_url(url)
    boilerplate = find_boilerplate(text, outlet)
    published_date = _as_date(published) or find_published(text, url, dateline_spans(text))
    title = find_title(text)
    cuts = resolve_sources(text, read_blocks(text, boilerplate, title, lang))
    claims = with_local_dollars(text, tuple(build_claim(text, cut, lang, published_date) for cut in cuts), url)
    return ArticleAnalysis(text=text, language=lang, title=_title_text(text, title),
                           published=published_date, outlet=outlet,
                           claims=add_as_of_dates(text, _in_order(claims), published_date),
                           boilerplate=boilerplate)


def _in_order(claims) -> tuple:
    return tuple(sorted(claims, key=lambda c: (c.start, -c.end)))


def _validate(text: str, max_chars: int) -> None:
    if not isinstance(text, str):
        raise errors.ArticleError(f"text must be a str, not {type(text).__name__}")
    if len(text) > max_chars:
        raise errors.ArticleTooLarge(f"text has {len(text)} characters; the limit is {max_chars}")
    if not text.strip():
        raise errors.EmptyArticle("text is empty or only white space")


def _language(text: str, language: str | None) -> str:
    if language is None:
        return detect_language(text)
    folded = {"ms": "id", "in": "id"}.get(language.lower(), language.lower())
    if folded not in ("id", "en"):
        raise errors.ArticleError(f"unsupported language {language!r}: use 'id' or 'en'")
    return folded


def _as_date(value: dt.date | str | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError as exc:
        raise errors.ArticleError(f"published must be YYYY-MM-DD, got {value!r}") from exc


def _title_text(text: str, span: tuple[int, int] | None) -> str | None:
    return text[span[0]:span[1]].strip() if span else None
