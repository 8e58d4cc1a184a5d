"""Search documents built from the database: what the index holds for each claim.

Everything a document contains is read here, so the session events that announce changes
(``search_sync.py``) and a rebuild agree on it: claim fields, status, verdict, notes,
evidence, and the article's title, outlet, URL and date. A merged claim is hidden from its
article, and from search too.
"""
from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from workbench.extensions import db
from workbench.models import Claim, Evidence, Note, Source
from workbench.search import ClaimDoc

CHUNK = 500


def searchable(claim: Claim) -> bool:
    """Claims that search finds: all but those merged into another claim."""
    return claim.merged_into_id is None


def docs_for(claim_ids: Iterable[int]) -> tuple[list[ClaimDoc], list[int]]:
    """(documents to write, ids to delete) for the given claims, as the database has them."""
    ids, docs = sorted(set(claim_ids)), []
    for start in range(0, len(ids), CHUNK):
        claims = _load(Claim.id.in_(ids[start:start + CHUNK]))
        docs.extend(to_docs([c for c in claims if searchable(c)]))
    written = {d.claim_id for d in docs}
    return docs, [i for i in ids if i not in written]


def all_docs() -> Iterator[ClaimDoc]:
    """Every searchable claim's document, read in chunks (for a rebuild or a check)."""
    last = 0
    while True:
        claims = _load(Claim.id > last, limit=CHUNK)
        if not claims:
            return
        last = claims[-1].id
        yield from to_docs([c for c in claims if searchable(c)])


def to_docs(claims: list[Claim]) -> list[ClaimDoc]:
    texts = _context_texts([c.id for c in claims])
    return [to_doc(c, *texts.get(c.id, ("", False))) for c in claims]


def to_doc(claim: Claim, notes: str = "", has_evidence: bool = False) -> ClaimDoc:
    article = claim.article
    fields = dict(
        claim_id=claim.id, text=claim.text, language=article.language or "id",
        article_id=article.id, title=article.title or "", outlet=article.outlet or "",
        url=article.url or "", source=claim.source or "",
        entities=tuple(e.get("text", "") for e in claim.entities or () if isinstance(e, dict)),
        status=claim.status or "", verdict=verdict_label(claim), published=article.published,
        dates=tuple(str(d.get("value") or d.get("text") or "") if isinstance(d, dict)
                    else str(d) for d in claim.dates or ()),
        rationale=str(getattr(claim, "rationale", "") or ""), notes=notes,
        has_evidence=has_evidence)
    return ClaimDoc(**fields, stamp=stamp(fields))


def verdict_label(claim: Claim) -> str:
    """The claim's verdict as a short label; "" until the workflow gives claims verdicts."""
    verdict = getattr(claim, "verdict", None)
    if verdict is None:
        return ""
    if isinstance(verdict, str):
        return verdict
    for attribute in ("label_en", "slug", "key", "code", "name", "label"):
        value = getattr(verdict, attribute, None)
        if isinstance(value, str) and value:
            return value
    return str(verdict)


def stamp(fields: dict) -> str:
    """A digest of a document's content: `search check` compares it with the index's."""
    payload = json.dumps(fields, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha1(payload.encode("utf-8")).hexdigest()[:16]


def _load(condition, limit: int | None = None) -> list[Claim]:
    query = (select(Claim).where(condition).options(selectinload(Claim.article))
             .order_by(Claim.id))
    if limit:
        query = query.limit(limit)
    return list(db.session.scalars(query))


def _context_texts(claim_ids: list[int]) -> dict[int, tuple[str, bool]]:
    """{claim id: (notes and evidence text, has evidence)}."""
    if not claim_ids:
        return {}
    parts, evidenced = defaultdict(list), set()
    for claim_id, body in db.session.execute(
            select(Note.claim_id, Note.body).where(Note.claim_id.in_(claim_ids))
            .order_by(Note.id)):
        parts[claim_id].append(body or "")
    evidence = (select(Evidence.claim_id, Evidence.quote, Evidence.note, Source.title,
                       Source.publisher)
                .join(Source, Source.id == Evidence.source_id)
                .where(Evidence.claim_id.in_(claim_ids)).order_by(Evidence.id))
    if hasattr(Evidence, "removed_at"):
        evidence = evidence.where(Evidence.removed_at.is_(None))
    for claim_id, *texts in db.session.execute(evidence):
        evidenced.add(claim_id)
        parts[claim_id].extend(t for t in texts if t)
    return {i: ("\n".join(parts.get(i, [])), i in evidenced) for i in claim_ids}
