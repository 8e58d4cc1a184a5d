"""Sets of matching documents with their scores, as sorted numpy arrays."""
from __future__ import annotations

import numpy as np


class Matches:
    """Document numbers (sorted, top-level) and their scores."""

    __slots__ = ("docnums", "scores")

    def __init__(self, docnums: np.ndarray, scores: np.ndarray):
        self.docnums, self.scores = docnums, scores


def in_range(found: Matches | None, dates: np.ndarray, r) -> Matches | None:
    # The date filter, from the FacetCache's dates. Whoosh scores a range as the one
    # matching term of an unscorable field: its weight, 1.0, added to every document.
    if found is None:
        return None
    when = dates[found.docnums]
    low = when > r.start if r.startexcl else when >= r.start
    high = when < r.end if r.endexcl else when <= r.end
    keep = low & high
    return Matches(found.docnums[keep], found.scores[keep] + 1.0 * r.boost)


def union(parts) -> Matches | None:
    """Documents in any of ``parts`` (None: matches nothing), scores summed."""
    parts = [p for p in parts if p is not None]
    if not parts:
        return None
    if len(parts) == 1:
        return parts[0]
    docnums = np.concatenate([p.docnums for p in parts])
    scores = np.concatenate([p.scores for p in parts])
    # A stable sort of a few sorted runs is a merge (timsort), unlike np.unique's sort.
    order = np.argsort(docnums, kind="stable")
    docnums, scores = docnums[order], scores[order]
    firsts = np.flatnonzero(np.concatenate(([True], docnums[1:] != docnums[:-1])))
    return Matches(docnums[firsts], np.add.reduceat(scores, firsts))


def intersection(parts) -> Matches | None:
    """Documents in all of ``parts``, scores summed; None when there are none."""
    if any(p is None for p in parts):
        return None
    parts = sorted(parts, key=lambda p: len(p.docnums))     # smallest first: cheapest
    found = parts[0]
    for other in parts[1:]:
        if not len(other.docnums):
            return None
        # Look the (fewer) found documents up in the other list: O(m log n), no sort.
        where = np.searchsorted(other.docnums, found.docnums)
        where[where == len(other.docnums)] = 0
        both = other.docnums[where] == found.docnums
        if not both.any():
            return None
        found = Matches(found.docnums[both], found.scores[both] + other.scores[where[both]])
    return found


def top_page(found: Matches, first: int, pagesize: int) -> list[tuple[int, float]]:
    """[(docnum, score)] of one page by score, best first; ties by document number, as
    Whoosh orders them."""
    docnums, scores = found.docnums, found.scores
    wanted = min(first + pagesize, len(docnums))
    if wanted <= 0:
        return []
    if wanted < len(docnums):       # only the best ``wanted`` need sorting
        best = np.argpartition(-scores, wanted - 1)[:wanted]
        # Ties at the cut: argpartition picks any of them; Whoosh keeps the lowest
        # document numbers, which come first here (docnums are sorted).
        cut = scores[best].min()
        above = best[scores[best] > cut]
        best = np.concatenate((above, np.flatnonzero(scores == cut)[:wanted - len(above)]))
    else:
        best = np.arange(len(docnums))
    order = best[np.lexsort((docnums[best], -scores[best]))][first:first + pagesize]
    return [(int(docnums[i]), float(scores[i])) for i in order]
