"""Sources: one reusable row per web page, found again by its normalised URL.

The same page reached through a tracking link, with a ``#fragment``, an upper-case host or a
trailing slash is one source (``services/identity.normalize_url``, shared with article
imports). A snapshot is the page's text at the time it was fetched, taken through the SSRF-safe
fetcher; it is fetched *before* any database work so no transaction waits on the network.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from urllib.parse import urlsplit

from flask import current_app
from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError

from claims.errors import ArticleError
from claims.html import extract_html, looks_like_html
from workbench.extensions import db
from workbench.models import Claim, Evidence, Source, User
from workbench.models.base import utcnow
from workbench.models.evidence import SOURCE_KINDS
from workbench.services.decoding import UndecodableText, decode_bytes
from workbench.services.fetching import FetchError, FetchLimits, fetch
from workbench.services.identity import normalize_url

HTML_TYPES = ("text/html", "application/xhtml+xml")


class SourceProblem(ValueError):
    """The source cannot be saved or fetched; the message is fit to show to the user."""


@dataclass(frozen=True)
class SourceDetails:
    """What a user types about a source; blank fields never overwrite known ones."""
    url: str
    title: str = ""
    publisher: str = ""
    kind: str = "secondary"
    accessed_on: dt.date | None = None


@dataclass(frozen=True)
class Snapshot:
    text: str
    title: str | None
    fetched_at: dt.datetime


def source_key(url: str) -> str:
    """The normalised URL that identifies a source; SourceProblem for anything but a web URL."""
    scheme = urlsplit((url or "").strip()).scheme.lower()
    key = normalize_url(url)
    if scheme not in ("http", "https") or key is None:
        raise SourceProblem("Enter a web address starting with http:// or https://.")
    return key


def find_source(url: str) -> Source | None:
    try:
        key = source_key(url)
    except SourceProblem:
        return None
    return db.session.scalar(select(Source).where(Source.normalized_url == key))


def find_or_create(details: SourceDetails, user: User) -> Source:
    """The source for ``details.url``, created (flushed, not committed) when new; a known one
    gains the title, publisher and date it lacked."""
    key = source_key(details.url)
    if details.kind not in SOURCE_KINDS:
        raise SourceProblem(f"Unknown kind of source: {details.kind}.")
    source = db.session.scalar(select(Source).where(Source.normalized_url == key))
    if source is None:
        source = _create(details, key, user)
    _fill_blanks(source, details)
    return source


def take_snapshot(url: str) -> Snapshot:
    """Fetch ``url`` under the configured guard and caps; the page's main text (trafilatura for
    HTML, as for imports) or the plain text. SourceProblem with a readable reason on failure."""
    source_key(url)
    try:
        page = fetch(url.strip(), FetchLimits.from_config(current_app.config))
    except FetchError as exc:
        raise SourceProblem(f"The snapshot could not be fetched: {exc}") from exc
    is_html = page.content_type in HTML_TYPES
    if not is_html and not page.content_type.startswith("text/"):
        raise SourceProblem(f"The snapshot could not be taken: the URL returned "
                            f"{page.content_type or 'unknown content'}, not a page or text.")
    try:
        text = decode_bytes(page.body, page.charset, html=is_html)
    except UndecodableText as exc:
        raise SourceProblem(f"The snapshot could not be taken: {exc}") from exc
    return _snapshot_of(text, is_html, page.url)


def apply_snapshot(source: Source, snapshot: Snapshot) -> None:
    source.snapshot_text = snapshot.text
    source.accessed_at = snapshot.fetched_at
    if not source.title and snapshot.title:
        source.title = snapshot.title.strip()[:500]


def refresh_snapshot(source: Source) -> Source:
    """Fetch the page again and keep its text; commits. The old text is replaced: the date
    accessed says which version the snapshot is."""
    snapshot = take_snapshot(source.url)
    apply_snapshot(source, snapshot)
    db.session.commit()
    return source


def search_sources(query: str = "", limit: int = 100) -> list[Source]:
    """Sources whose URL, title or publisher contains ``query``, newest first."""
    statement = select(Source).order_by(Source.created_at.desc(), Source.id.desc()).limit(limit)
    words = (query or "").strip().lower()
    if words:
        pattern = f"%{_escape_like(words)}%"
        statement = statement.where(or_(*(func.lower(column).like(pattern, escape="\\")
                                          for column in (Source.url, Source.title,
                                                         Source.publisher))))
    return list(db.session.scalars(statement))


def claims_served(source: Source) -> list[Claim]:
    """The claims this source is linked to as evidence now (removed links not counted)."""
    # IN, not JOIN + DISTINCT: PostgreSQL cannot compare the claim's JSON columns.
    linked = select(Evidence.claim_id).where(Evidence.source_id == source.id,
                                             Evidence.removed_at.is_(None))
    return list(db.session.scalars(select(Claim).where(Claim.id.in_(linked))
                                   .order_by(Claim.id)))


def claim_counts(sources: list[Source]) -> dict[int, int]:
    """Source id -> number of claims it serves, for a list page."""
    if not sources:
        return {}
    rows = db.session.execute(
        select(Evidence.source_id, func.count(func.distinct(Evidence.claim_id)))
        .where(Evidence.source_id.in_([s.id for s in sources]), Evidence.removed_at.is_(None))
        .group_by(Evidence.source_id))
    return dict(rows.all())


def known_urls(limit: int = 200) -> list[str]:
    """Recently added source URLs, offered as suggestions in the evidence form."""
    return list(db.session.scalars(
        select(Source.url).order_by(Source.id.desc()).limit(limit)))


def _create(details: SourceDetails, key: str, user: User) -> Source:
    source = Source(url=details.url.strip(), normalized_url=key, kind=details.kind,
                    created_by_id=user.id, accessed_at=_as_datetime(details.accessed_on))
    try:
        with db.session.begin_nested():
            db.session.add(source)
    except IntegrityError:
        # Someone saved the same page between our look-up and this flush.
        source = db.session.scalar(select(Source).where(Source.normalized_url == key))
        if source is None:
            raise
    return source


def _fill_blanks(source: Source, details: SourceDetails) -> None:
    if details.title.strip() and not source.title:
        source.title = details.title.strip()[:500]
    if details.publisher.strip() and not source.publisher:
        source.publisher = details.publisher.strip()[:200]
    if details.accessed_on and source.accessed_at is None:
        source.accessed_at = _as_datetime(details.accessed_on)


def _snapshot_of(text: str, is_html: bool, url: str) -> Snapshot:
    title = None
    if is_html or looks_like_html(text):
        try:
            text, title, _published = extract_html(text, url=url)
        except ArticleError as exc:
            raise SourceProblem("The snapshot could not be taken: no readable text was "
                                "found in that page.") from exc
    text = text.replace("\r\n", "\n").strip()
    if not text:
        raise SourceProblem("The snapshot could not be taken: the page is empty.")
    return Snapshot(text=text, title=title, fetched_at=utcnow())


def _as_datetime(day: dt.date | None) -> dt.datetime | None:
    if day is None:
        return None
    return dt.datetime.combine(day, dt.time(12), tzinfo=dt.timezone.utc)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
