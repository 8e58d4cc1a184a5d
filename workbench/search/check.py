"""Compare what the database says the index should hold with what it holds.

``flask search check`` feeds this {claim id: stamp} from the database and
``ClaimIndex.doc_stamps()`` from the index, then repairs: upserts ``missing`` and
``stale``, deletes ``extra``.
"""
from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class IndexDiff:
    """Claim ids to add (missing), to re-index (stale) and to delete (extra)."""
    missing: frozenset
    stale: frozenset
    extra: frozenset

    @property
    def clean(self) -> bool:
        """True when the index matches the database."""
        return not (self.missing or self.stale or self.extra)


def compare(expected: Mapping, indexed: Mapping) -> IndexDiff:
    """Differences between {claim id: stamp} from the database and from the index.

    Ids are compared as strings (the index stores them so); a stamp is whatever the
    app puts in ``ClaimDoc.stamp`` (the claim's version, say).
    """
    want = {str(k): str(v or "") for k, v in expected.items()}
    have = {str(k): str(v or "") for k, v in indexed.items()}
    return IndexDiff(
        missing=frozenset(want.keys() - have.keys()),
        stale=frozenset(k for k in want.keys() & have.keys() if want[k] != have[k]),
        extra=frozenset(have.keys() - want.keys()))
