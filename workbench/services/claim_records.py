"""Writing claims and their history rows: the building blocks the claim services share."""
from __future__ import annotations

import copy

from claims.model import Claim as FoundClaim
from workbench.extensions import db
from workbench.models import Article, Claim, ClaimHistory, User
from workbench.services.claim_history import CREATED_FIELDS, START


def record(claim: Claim, user: User | None, action: str, field: str | None = None,
           old=None, new=None, note: str | None = None) -> ClaimHistory:
    """Append one history row for ``claim`` (flushed with the change it describes)."""
    row = ClaimHistory(claim=claim, user=user, action=action, field=field,
                       old_value=old, new_value=new, note=note)
    db.session.add(row)
    return row


def record_created(claim: Claim, user: User | None, note: str | None) -> ClaimHistory:
    """The claim's "created" row: its span and the details it starts with (types, score,
    source, quantities, dates, entities), so that replaying its history gives them back."""
    values = {"span": [claim.start, claim.end]}
    for name in CREATED_FIELDS[1:]:
        value = getattr(claim, name)        # None until flushed when left to the default
        values[name] = copy.deepcopy(START[name] if value is None else value)
    return record(claim, user, "created", None, None, values, note)


def add_found_claim(article: Article, found: FoundClaim, user: User | None,
                    note: str) -> Claim:
    """Save a claim the splitter found, with its 'created' history row."""
    claim = Claim(article=article, start=found.start, end=found.end, text=found.text,
                  types=list(found.types), score=float(found.score), source=found.source,
                  quantities=[quantity_json(q) for q in found.quantities],
                  dates=list(found.dates), entities=[entity_json(e) for e in found.entities],
                  origin="splitter", created_by_id=user.id if user else None)
    db.session.add(claim)
    record_created(claim, user, note)
    return claim


def quantity_json(q) -> dict:
    # Offsets are kept so a split can tell which half a number belongs to.
    return {**q.to_json(), "start": q.start, "end": q.end}


def entity_json(e) -> dict:
    return {"text": e.text, "kind": e.kind, "start": e.start, "end": e.end}
