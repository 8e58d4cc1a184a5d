"""`search rebuild` and `search check`: the index rebuilt from, or compared with, the database."""
from __future__ import annotations

from dataclasses import dataclass, field

from workbench.search import ClaimIndex
from workbench.services import search_documents


def rebuild(index: ClaimIndex, procs: int = 1) -> int:
    """Build a new index from every searchable claim and swap it in; searches use the old
    one meanwhile. Changes committed during the build are in it or still in the outbox."""
    return index.rebuild(search_documents.all_docs(), procs=procs, limitmb=256)


@dataclass
class CheckReport:
    missing: list[str] = field(default_factory=list)    # in the database, not in the index
    stale: list[str] = field(default_factory=list)      # indexed with other content
    extra: list[str] = field(default_factory=list)      # in the index, not searchable
    repaired: bool = False

    @property
    def clean(self) -> bool:
        return not (self.missing or self.stale or self.extra)


def check(index: ClaimIndex, repair: bool = True) -> CheckReport:
    """Compare every claim's document with the index (by content digest); with ``repair``,
    write the missing and stale ones and delete the extra ones in one batch."""
    indexed, report, docs = index.doc_stamps(), CheckReport(), []
    for doc in search_documents.all_docs():
        key = str(doc.claim_id)
        have = indexed.pop(key, None)
        if have is None or have != doc.stamp:
            (report.missing if have is None else report.stale).append(key)
            docs.append(doc)
    report.extra = sorted(indexed, key=_number)
    if repair and not report.clean:
        index.apply(upserts=docs, deletes=report.extra)
        report.repaired = True
    return report


def _number(key: str):
    return (0, int(key)) if key.isdigit() else (1, key)
