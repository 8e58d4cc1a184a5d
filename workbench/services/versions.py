"""A new version of an article: keep the old text, re-anchor every claim, flag the lost ones.

Claims are never deleted: a claim whose text is gone from the new version is flagged
(``anchored=False``) and keeps its history, so the work done on it is not lost.
"""
from __future__ import annotations

import re

from claims.model import ArticleAnalysis
from workbench.extensions import db
from workbench.models import Article, ArticleRevision, Claim, User
from workbench.services.claim_records import add_found_claim, record
from workbench.services.identity import content_hash


def find_span(text: str, needle: str, near: int) -> tuple[int, int] | None:
    """Where ``needle`` is in ``text``: the exact occurrence nearest ``near``, else the nearest
    match that ignores differences in whitespace, else None."""
    if not needle.strip():
        return None
    exact = [(m.start(), m.start() + len(needle))
             for m in re.finditer(re.escape(needle), text)]
    if exact:
        return _nearest(exact, near)
    pattern = r"\s+".join(re.escape(word) for word in needle.split())
    loose = [m.span() for m in re.finditer(pattern, text)]
    return _nearest(loose, near) if loose else None


def _nearest(spans: list[tuple[int, int]], near: int) -> tuple[int, int]:
    return min(spans, key=lambda span: abs(span[0] - near))


def update_article(article: Article, text: str, analysis: ArticleAnalysis, user: User,
                   keep: set[tuple[int, int]] | None = None) -> Article:
    """Make ``text`` the article's current version (the caller commits). Of the claims the
    splitter finds in it, those in ``keep`` (all when None) are added where nothing overlaps."""
    number = len(article.revisions) + 1
    db.session.add(ArticleRevision(article=article, number=number, text=article.text,
                                   content_hash=article.content_hash, imported_by_id=user.id))
    article.text = text
    article.content_hash = content_hash(text)
    article.boilerplate = [b.to_json() for b in analysis.boilerplate]
    note = f"article updated (previous text kept as revision {number})"
    existing = list(article.claims)
    for claim in existing:
        _reanchor(claim, text, user, note)
    _add_new_claims(article, analysis, existing, user, keep)
    return article


def _reanchor(claim: Claim, text: str, user: User, note: str) -> None:
    span = find_span(text, claim.text, claim.start)
    if span is None:
        if claim.anchored:
            claim.anchored = False
            record(claim, user, "unanchored", "anchored", True, False,
                   f"{note}; its text is no longer in the article")
        return
    old_span = [claim.start, claim.end]
    if list(span) == old_span and claim.anchored:
        return
    claim.start, claim.end = span
    claim.text = text[span[0]:span[1]]
    record(claim, user, "reanchored", "span", old_span, list(span), note)
    if not claim.anchored:
        claim.anchored = True
        record(claim, user, "reanchored", "anchored", False, True, note)


def _add_new_claims(article: Article, analysis: ArticleAnalysis, existing: list[Claim],
                    user: User, keep: set[tuple[int, int]] | None) -> None:
    taken = [(c.start, c.end) for c in existing if c.anchored]
    for found in analysis.claims:
        if keep is not None and (found.start, found.end) not in keep:
            continue
        if not any(found.start < end and start < found.end for start, end in taken):
            add_found_claim(article, found, user, note="found in an updated version")
