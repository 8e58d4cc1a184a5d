"""The common search queries evaluated on numpy arrays of postings, instead of Whoosh's
matchers.

A page with facet counts needs every matching document, and Whoosh finds them one
document at a time in Python (matcher trees, ``docs_for_query``), then again to score the
page: at 10k claims that was two thirds of a search. Here each term's postings (document
numbers, term frequencies and those documents' field lengths) are decoded once per
segment and kept (segments never change; deletions are masked at query time), and a
query of terms, ORs, ANDs, phrases and the date filter is one pass of sorted-array
unions and intersections, with BM25F scores computed as Whoosh computes them (same
formula, same idf and average field length from the searcher), so the same claims come
first. A phrase's words also keep their positions (postings.py reads them).

Anything else (NOT, ANDMAYBE, other ranges ...) gets None: Whoosh answers it.
"""
from __future__ import annotations

import numpy as np
from whoosh import query as wq
from whoosh.scoring import BM25F

from workbench.search.facets import DATE_FIELD
from workbench.search.lru import LRUCache
from workbench.search.matches import Matches, in_range, intersection, union
from workbench.search.postings import LENGTHS, decode, length_bytes, positions_for

# Decoded postings kept per process: 12 bytes each (document, frequency, field length),
# so ~100 MB; at 300k claims the claim-text fields hold ~5M postings in all.
CACHE_POSTINGS = 8_000_000


class PostingsEvaluator:
    """Evaluates term/OR/AND/phrase queries over a searcher's segments; keeps decoded
    postings (and a phrase's words' positions) in an LRU cache of ``max_postings``."""

    def __init__(self, max_postings: int = CACHE_POSTINGS, weighting=None):
        self.weighting = weighting or BM25F()
        self._cache = LRUCache(max_postings)  # (segment id, field, term[, "positions"]) -> arrays
        self._lengths = {}                  # (segment id, field) -> float32 lengths
        self._deleted = {}                  # segment id -> (deleted count, bool mask)

    def supports(self, q, schema) -> bool:
        """True when ``evaluate`` can answer ``q``."""
        if isinstance(q, wq.Term) or (type(q) is wq.Every and not q.fieldname):
            return True
        if type(q) is wq.Phrase:        # adjacent words, in a field with positions
            return q.slop == 1 and bool(q.words) and q.fieldname in schema and \
                schema[q.fieldname].format.supports("positions")
        if type(q) in (wq.And, wq.Or):
            return bool(q.subqueries) and all(self.supports(s, schema) for s in q.subqueries)
        return is_date_range(q)

    def evaluate(self, searcher, q, dates: np.ndarray) -> Matches | None:
        """All documents matching ``q`` with their scores; None if ``q`` has another shape.
        ``dates``: the publication date of each top-level document (FacetCache)."""
        if not self.supports(q, searcher.schema) or is_date_range(q):
            return None
        leaves = [(leaf, offset) for leaf, offset in searcher.reader().leaf_readers()
                  if leaf.segment() is not None]        # an empty index has none
        self._forget_other_segments({leaf.segment().segment_id() for leaf, _ in leaves})
        parts = []
        for leaf, offset in leaves:
            found = self._leaf(searcher, leaf, q, dates[offset:offset + leaf.doc_count_all()])
            if found is not None:
                found = self._without_deleted(leaf, found)
                parts.append(Matches(found.docnums + offset, found.scores))
        if not parts:
            return Matches(np.zeros(0, np.int64), np.zeros(0))
        return Matches(np.concatenate([p.docnums for p in parts]).astype(np.int64),
                       np.concatenate([p.scores for p in parts]))

    def _forget_other_segments(self, live: set) -> None:
        # Merged-away segments' lengths and deletions (their postings age out of the
        # cache): a worker lives through thousands of the indexer's commits.
        for kept in (self._lengths, self._deleted):
            for key in [k for k in kept if (k[0] if isinstance(k, tuple) else k) not in live]:
                del kept[key]

    # -- one segment ------------------------------------------------------------------------

    def _leaf(self, searcher, leaf, q, dates) -> Matches | None:
        # None: nothing matches in this segment.
        if isinstance(q, wq.Term):
            return self._term(searcher, leaf, q)
        if isinstance(q, wq.Phrase):
            return self._phrase(searcher, leaf, q)
        if isinstance(q, wq.Every):         # the empty search box: every claim
            return Matches(np.arange(len(dates)), np.full(len(dates), float(q.boost)))
        if isinstance(q, wq.Or):
            return union([self._leaf(searcher, leaf, s, dates) for s in q.subqueries])
        ranges = [s for s in q.subqueries if is_date_range(s)]
        others = [s for s in q.subqueries if not is_date_range(s)]
        found = intersection([self._leaf(searcher, leaf, s, dates) for s in others]) \
            if others else Matches(np.arange(len(dates)), np.zeros(len(dates)))
        for r in ranges:
            found = in_range(found, dates, r)
        return found

    def _term(self, searcher, leaf, q, positions=False) -> Matches | None:
        if (q.fieldname, q.text) not in leaf:
            return None
        ids, tf, fl = self._term_postings(leaf, q.fieldname, q.text, positions)
        tf = tf.astype(np.float64)      # kept as float32; scored in float64, as Whoosh does
        field = searcher.schema[q.fieldname]
        if not field.scorable:
            scores = tf                              # Whoosh's WeightScorer: the weight
        else:
            idf = searcher.idf(q.fieldname, q.text)
            avgfl = searcher.avg_field_length(q.fieldname) or 1
            b, k1 = self.weighting.B, self.weighting.K1
            # whoosh.scoring.bm25, term by term
            fl = fl.astype(np.float64)
            scores = idf * ((tf * (k1 + 1)) / (tf + k1 * ((1 - b) + b * fl / avgfl)))
        return Matches(ids, scores * q.boost if q.boost != 1 else scores)

    def _phrase(self, searcher, leaf, q) -> Matches | None:
        # The documents with all the words (from the postings), then those where they
        # stand next to each other in order: word i at position p - i for one p. Scored
        # as Whoosh scores a phrase: the sum of its words' scores, times the boost.
        words = [self._term(searcher, leaf, wq.Term(q.fieldname, w), positions=True)
                 for w in q.words]
        found = intersection(words)
        if found is None or len(q.words) == 1:
            return found if found is None else Matches(found.docnums, found.scores * q.boost)
        starts = None
        for i, word in enumerate(q.words):
            docs, positions = self._positions_in(leaf, q.fieldname, word, found.docnums)
            keys = np.unique((docs << 32) + (positions - i + len(q.words)))    # never < 0
            starts = keys if starts is None else np.intersect1d(starts, keys,
                                                                assume_unique=True)
        keep = np.isin(found.docnums, np.unique(starts >> 32), assume_unique=True)
        if not keep.any():
            return None
        return Matches(found.docnums[keep], found.scores[keep] * q.boost)

    def _positions_in(self, leaf, fieldname, text, docnums):
        """(document, position) pairs of a term in ``docnums`` (all of which hold it):
        from the positions kept when its postings were decoded for a phrase, else read
        for these documents only."""
        ids, _, _ = self._term_postings(leaf, fieldname, text)
        which = np.searchsorted(ids, docnums)
        kept = self._cache.get(_positions_key(leaf, fieldname, text))
        if kept is None:
            counts, positions = positions_for(leaf.postings(fieldname, text),
                                              leaf.schema[fieldname].format, which)
        else:
            counts, positions = _select(kept, which)
        return np.repeat(docnums.astype(np.int64), counts), positions

    def _term_postings(self, leaf, fieldname, text, positions=False):
        # (ids, tf, fl) of a term, decoded once; with ``positions`` (a phrase's words),
        # the positions too, in the same pass over its blocks, and kept.
        key = (leaf.segment().segment_id(), fieldname, text)
        found = self._cache.get(key)
        if found is None:
            fieldformat = leaf.schema[fieldname].format if positions else None
            ids, tf, kept = decode(leaf.postings(fieldname, text), fieldformat)
            fl = self._field_lengths(leaf, fieldname)[ids] if len(ids) else \
                np.zeros(0, dtype=np.float32)
            found = (ids, tf, fl)
            self._cache.put(key, found, len(ids))
            if kept is not None:
                self._cache.put(_positions_key(leaf, fieldname, text), kept,
                                len(kept[0]) + len(kept[2]))
        return found

    def _field_lengths(self, leaf, fieldname) -> np.ndarray:
        key = (leaf.segment().segment_id(), fieldname)
        if key not in self._lengths:
            self._lengths[key] = LENGTHS[length_bytes(leaf, fieldname)]
        return self._lengths[key]

    def _without_deleted(self, leaf, found: Matches) -> Matches:
        segment = leaf.segment()
        if not segment.deleted_count():
            return found
        count, mask = self._deleted.get(segment.segment_id(), (None, None))
        if count != segment.deleted_count():
            mask = np.zeros(leaf.doc_count_all(), dtype=bool)
            mask[list(segment.deleted_docs())] = True
            self._deleted[segment.segment_id()] = (segment.deleted_count(), mask)
        keep = ~mask[found.docnums]
        return Matches(found.docnums[keep], found.scores[keep])


def _positions_key(leaf, fieldname, text) -> tuple:
    return leaf.segment().segment_id(), fieldname, text, "positions"


def _select(kept, which) -> tuple[np.ndarray, np.ndarray]:
    # (counts, positions) of the postings at ``which`` from (counts, firsts, positions).
    counts, firsts, flat = kept
    counts, firsts = counts[which], firsts[which]
    index = np.repeat(firsts - np.cumsum(counts) + counts, counts) + \
        np.arange(int(counts.sum()))
    return counts, flat[index]


def is_date_range(q) -> bool:
    """The date filter (answered from the FacetCache's dates, not from postings)."""
    return isinstance(q, wq.TermRange) and q.fieldname == DATE_FIELD
