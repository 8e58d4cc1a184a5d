"""Import an article from pasted text, an uploaded file or a URL: preview, then save.

A draft is the splitter's analysis of the text, not yet saved. Saving a draft creates the
article with the claims the user kept or, when the URL is already known with another text,
stores the new version and re-anchors the existing claims (see ``services/versions.py``).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from flask import current_app
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

import claims
from claims.errors import ArticleError
from claims.html import extract_html, looks_like_html
from claims.model import ArticleAnalysis
from workbench.extensions import db
from workbench.models import Article, User
from workbench.services import claim_records, similar_claims, versions
from workbench.services.decoding import UndecodableText, decode_bytes
from workbench.services.fetching import FetchError, FetchLimits, fetch
from workbench.services.identity import content_hash, normalize_url

TEXT_SUFFIXES = (".txt", ".text")
HTML_SUFFIXES = (".html", ".htm")


class ImportProblem(ValueError):
    """The input cannot be imported; the message is fit to show to the user."""


class DuplicateArticle(Exception):
    """The same article (same normalised URL and text, or same text) is already imported."""

    def __init__(self, article: Article):
        super().__init__(f"already imported as article {article.id}")
        self.article = article


@dataclass
class Draft:
    """What would be saved: the text, where it came from and what the splitter found."""
    text: str
    url: str | None
    published_hint: dt.date | None
    analysis: ArticleAnalysis
    title: str
    previous: Article | None = None     # same URL, other text: saving makes a new version

    @property
    def claim_types(self) -> dict[str, tuple[str, ...]]:
        """Types of each claim found, keyed "start:end" like the preview's checkboxes."""
        return {f"{c.start}:{c.end}": c.types for c in self.analysis.claims}


@dataclass
class Corrections:
    """The user's edits on the preview; ``keep`` holds the (start, end) of claims to save."""
    title: str | None = None
    published: dt.date | None = None
    language: str | None = None
    outlet: str | None = None
    keep: set[tuple[int, int]] | None = None     # None: keep every claim
    fields: dict = field(default_factory=dict)


@dataclass
class ImportResult:
    article: Article
    outcome: str                        # "created", "updated" or "duplicate"


def draft_from_text(text: str, url: str | None = None,
                    published: dt.date | None = None) -> Draft:
    """Analyse pasted text (HTML goes through the extractor first)."""
    _check_size(len(text.encode("utf-8")))
    if looks_like_html(text):
        return _draft_from_html(text, url, published)
    return _draft(text, url, published, title=None)


def draft_from_file(filename: str, data: bytes, url: str | None = None,
                    published: dt.date | None = None) -> Draft:
    """Analyse an uploaded .txt or .html file, its encoding detected."""
    name = (filename or "").lower()
    if not name.endswith(TEXT_SUFFIXES + HTML_SUFFIXES):
        raise ImportProblem("Upload a .txt or .html file.")
    _check_size(len(data))
    is_html = name.endswith(HTML_SUFFIXES)
    text = unix_newlines(_decode(data, None, is_html))
    if is_html or looks_like_html(text):
        return _draft_from_html(text, url, published)
    return _draft(text, url, published, title=None)


def draft_from_url(url: str, published: dt.date | None = None) -> Draft:
    """Fetch ``url`` under the configured SSRF guard and caps, then analyse the page."""
    try:
        page = fetch(url, FetchLimits.from_config(current_app.config))
    except FetchError as exc:
        raise ImportProblem(str(exc)) from exc
    is_html = page.content_type in ("text/html", "application/xhtml+xml")
    if not is_html and not page.content_type.startswith("text/"):
        raise ImportProblem(f"The URL returned {page.content_type or 'unknown content'}, "
                            "not a web page or text.")
    text = unix_newlines(_decode(page.body, page.charset, is_html))
    if is_html or looks_like_html(text):
        return _draft_from_html(text, url, published)
    return _draft(text, url, published, title=None)


def save_draft(draft: Draft, corrections: Corrections, user: User) -> ImportResult:
    """Save a new article, or a new version of ``draft.previous``; commits."""
    if draft.previous is not None:
        article = versions.update_article(draft.previous, draft.text, draft.analysis, user,
                                          corrections.keep)
        _apply_corrections(article, draft, corrections)
        similar_claims.store_vectors(article.claims)
        db.session.commit()
        return ImportResult(article, "updated")
    try:
        article = _new_article(draft, corrections, user)
        similar_claims.store_vectors(article.claims)
        db.session.commit()
    except IntegrityError:
        # Someone saved the same URL between our duplicate check and this commit.
        db.session.rollback()
        existing = _article_with_url(draft.url)
        if existing is None:
            raise
        raise DuplicateArticle(existing) from None
    return ImportResult(article, "created")


def import_text(text: str, user: User, url: str | None = None,
                published: dt.date | None = None) -> ImportResult:
    """Import without a preview (CLI): every claim kept; a duplicate returns the existing one."""
    try:
        draft = draft_from_text(text, url, published)
    except DuplicateArticle as dup:
        return ImportResult(dup.article, "duplicate")
    return save_draft(draft, Corrections(), user)


def unix_newlines(text: str) -> str:
    """Files and pages are saved with \\n line breaks: the preview form sends the text back,
    and browsers send CRLF, so any other choice would shift claim offsets between the two."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _draft_from_html(html: str, url: str | None, published: dt.date | None) -> Draft:
    try:
        text, title, html_published = extract_html(html, url=url)
    except ArticleError as exc:
        raise ImportProblem(f"No article text could be found in that page ({exc}).") from exc
    return _draft(text, url, published or html_published, title=title)


def _draft(text: str, url: str | None, published: dt.date | None, title: str | None) -> Draft:
    previous = _check_duplicate(text, url)
    try:
        analysis = claims.split_article(text, url=url, published=published)
    except ArticleError as exc:
        raise ImportProblem(_describe_article_error(exc)) from exc
    return Draft(text=text, url=url or None, published_hint=published, analysis=analysis,
                 title=(title or analysis.title or "").strip()[:500], previous=previous)


def _check_duplicate(text: str, url: str | None) -> Article | None:
    """Raise DuplicateArticle for a known text; return the article a new version belongs to."""
    same_text = db.session.scalars(
        select(Article).where(Article.content_hash == content_hash(text)).limit(1)).first()
    if same_text is not None:
        raise DuplicateArticle(same_text)
    return _article_with_url(url)


def _article_with_url(url: str | None) -> Article | None:
    key = normalize_url(url)
    if key is None:
        return None
    return db.session.scalars(select(Article).where(Article.normalized_url == key)).first()


def _new_article(draft: Draft, corrections: Corrections, user: User) -> Article:
    article = Article(text=draft.text, url=draft.url, normalized_url=normalize_url(draft.url),
                      content_hash=content_hash(draft.text), imported_by=user,
                      boilerplate=[b.to_json() for b in draft.analysis.boilerplate])
    _apply_corrections(article, draft, corrections)
    db.session.add(article)
    db.session.flush()
    for result in draft.analysis.claims:
        if corrections.keep is None or (result.start, result.end) in corrections.keep:
            claim_records.add_found_claim(article, result, user, note="found by the splitter")
    return article


def _apply_corrections(article: Article, draft: Draft, c: Corrections) -> None:
    a = draft.analysis
    article.title = (c.title if c.title is not None else draft.title).strip()[:500]
    article.published = c.published or a.published or draft.published_hint
    article.language = (c.language or a.language or "id").strip()[:8]
    article.outlet = ((c.outlet if c.outlet is not None else a.outlet) or "").strip()[:200] or None


def _check_size(size: int) -> None:
    limit = current_app.config["IMPORT_MAX_BYTES"]
    if size > limit:
        raise ImportProblem(f"The article is too large ({size:,} bytes; the limit is {limit:,}).")


def _decode(data: bytes, declared: str | None, is_html: bool) -> str:
    try:
        return decode_bytes(data, declared, html=is_html)
    except UndecodableText as exc:
        raise ImportProblem(f"{exc} Save it as UTF-8 and try again.") from exc


def _describe_article_error(exc: ArticleError) -> str:
    return {"EmptyArticle": "There is no text to import.",
            "ArticleTooLarge": "The article is too long to analyse.",
            }.get(type(exc).__name__, f"The text could not be analysed: {exc}")
