"""Whoosh 2.7's on-disk postings read into numpy arrays, a block at a time.

Whoosh reads postings one document at a time through its matchers; these functions read
its W3 codec's blocks directly (ids, weights, values per block of up to 128 postings),
falling back to the matcher interface for anything else (inlined short lists, other
formats). They rely on private attributes of ``whoosh.codec.whoosh3.W3LeafMatcher`` and
of the per-document reader: whoosh-reloaded 2.7.5 is pinned (requirements.txt), and
tests/workbench/search/test_evaluate.py compares every result with Whoosh's own.
"""
from __future__ import annotations

import itertools
from pickle import loads

import numpy as np
from whoosh.formats import Positions
from whoosh.matching.mcore import ListMatcher
from whoosh.matching.wrappers import FilterMatcher
from whoosh.util.numeric import byte_to_length

# byte -> field length, as Whoosh decodes the one-byte lengths it stores per document
LENGTHS = np.array([byte_to_length(b) for b in range(256)], dtype=np.float32)
LENGTHS[0] = 1.0        # "no length": Whoosh scores it as 1 (never met: a posting has one)


def decode(matcher, format_=None) -> tuple[np.ndarray, np.ndarray, tuple | None]:
    """(document numbers, term frequencies, positions) of a posting list, block by block.
    Positions, (positions per posting, index of each one's first, all of them), only
    when ``format_`` is Whoosh's Positions and the blocks can be read: their values
    are unpickled with the block anyway. Otherwise None."""
    matcher = _unfiltered(matcher)
    ids, weights, values = [], [], []
    if isinstance(matcher, ListMatcher) or not hasattr(matcher, "_read_ids"):
        while matcher.is_active():
            ids.append(matcher.id())
            weights.append(matcher.weight())
            matcher.next()
        return np.array(ids, dtype=np.int32), np.array(weights, dtype=np.float32), None
    with_positions = type(format_) is Positions
    while matcher.is_active():          # W3LeafMatcher: whole blocks at a time
        matcher._read_ids()
        matcher._read_weights()
        ids.append(np.asarray(matcher._ids, dtype=np.int32))
        weights.append(np.asarray(matcher._weights, dtype=np.float32))
        if with_positions:
            matcher._read_values()
            values.extend(matcher._values)
        matcher._next_block()
    if not ids:
        return np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.float32), None
    positions = _kept_positions(*_positions(*_gaps(values))) if with_positions else None
    return np.concatenate(ids), np.concatenate(weights), positions


def _kept_positions(counts, flat):
    return (counts.astype(np.int32), (np.cumsum(counts) - counts).astype(np.int32),
            flat.astype(np.int32))


def _unfiltered(matcher):
    # Deleted documents are masked by the caller (PostingsEvaluator._without_deleted), so
    # that decoded postings stay valid when more are deleted. Whoosh's FilterMatcher has
    # already stepped its child past the first deleted ones: start it again.
    if isinstance(matcher, FilterMatcher):
        matcher = matcher.child
        matcher.reset()
    return matcher


def positions_for(matcher, format_, indexes) -> tuple[np.ndarray, np.ndarray]:
    """(number of positions of each posting at ``indexes`` (sorted) in a posting list, all
    their positions in order). ``format_``: the field's; with anything but Whoosh's
    Positions the matcher decodes them, one posting at a time."""
    matcher = _unfiltered(matcher)
    if type(format_) is Positions and hasattr(matcher, "_read_values"):
        counts, gaps = _gaps(_block_values(matcher, indexes))
    else:
        counts, gaps = _gaps_by_matcher(matcher, indexes)
    return _positions(counts, gaps)


def _positions(counts, gaps) -> tuple[np.ndarray, np.ndarray]:
    # Positions are stored as gaps: running sums, restarted at each posting.
    running = np.cumsum(gaps)
    firsts = np.cumsum(counts) - counts
    return counts, running - np.repeat(running[firsts] - gaps[firsts], counts)


def _gaps_by_matcher(matcher, indexes):
    found, at = [], 0
    for index in indexes.tolist():
        for _ in range(index - at):
            matcher.next()
        at = index
        found.append(np.diff(matcher.value_as("positions"), prepend=0))
    counts = np.fromiter((len(d) for d in found), dtype=np.int64, count=len(found))
    return counts, np.fromiter(itertools.chain.from_iterable(found), dtype=np.int64,
                               count=int(counts.sum()))


def _block_values(matcher, indexes) -> list[bytes]:
    # Whoosh 2.7's W3 blocks: skip those holding none of the postings at ``indexes``
    # (reading their header only), and take only those postings' values.
    found, i, start = [], 0, 0
    while matcher.is_active() and i < len(indexes):
        end = start + matcher._blocklength
        last = np.searchsorted(indexes, end)
        if last > i:
            matcher._read_values()
            values = matcher._values
            found.extend(values[k - start] for k in indexes[i:last].tolist())
            i = last
        start = end
        matcher._next_block()
    return found


def _gaps(values: list[bytes]) -> tuple[np.ndarray, np.ndarray]:
    """(count, gaps) of Positions values: a 4-byte count, then a pickled list of gaps
    (``\x80\x02]q\x00`` then ``K\x05a`` for one, ``(K\x05K\x03e`` for more). The
    lists' items are joined into one pickle: one ``loads`` instead of one a posting, 5x
    cheaper; checked against the counts, else decoded one by one."""
    counts = np.frombuffer(b"".join(v[:4] for v in values), dtype=">u4").astype(np.int64)
    try:
        gaps = loads(b"\x80\x02](" + b"".join(map(_pickled_items, values)) + b"e.")
        if len(gaps) == counts.sum():
            return counts, np.array(gaps, dtype=np.int64)
    except Exception:       # not the encoding above: the safe way
        pass
    one_by_one = [loads(v[4:] if v.endswith(b".") else v[4:] + b".") for v in values]
    return counts, np.fromiter(itertools.chain.from_iterable(one_by_one), dtype=np.int64,
                               count=int(counts.sum()))


def _pickled_items(value: bytes) -> bytes:
    body = value[9:-1] if value.endswith(b".") else value[9:]
    return body[:-1] if body.endswith(b"a") else body[1:-1]


def length_bytes(leaf, fieldname) -> np.ndarray:
    """The one-byte field length Whoosh stores for each document of a segment, read from
    its column in one piece (``doc_field_length`` per document: ~1 s at 300k claims)."""
    from whoosh.codec.whoosh3 import LENGTHS_COLUMN
    count = leaf.doc_count_all()
    reader = leaf._perdoc._cached_reader(f"_{fieldname}_len", LENGTHS_COLUMN)
    lengths = np.zeros(count, dtype=np.uint8)
    if reader is None:
        return lengths
    if getattr(reader, "_fixedlen", None) == 1:         # Whoosh 2.7's NumericColumn("B")
        stored = min(reader._count, count)
        lengths[:stored] = np.frombuffer(reader._dbfile.get(reader._basepos, stored),
                                         dtype=np.uint8)
        return lengths
    return np.fromiter((reader[d] for d in range(count)), dtype=np.uint8, count=count)
