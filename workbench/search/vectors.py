"""VectorIndex: claim vectors in one numpy matrix, for exact cosine nearest neighbours.

Exact search is a single float32 matrix-vector product: at 300k claims 25 ms on one core
at load 6 (``bench/similar_speed.py --kernels``), no approximate index to keep in step.
float16 or int8 copies for a coarse pass would halve or quarter the memory read, but numpy
has no BLAS kernels for them: 690 and 116 ms for the same product, so the matrix stays
float32. Memory is 2 KB a claim (600 MB at 300k) per process that holds one.
"""
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from workbench.search.lexical import (Signature, lexical_bonus, number_conflict,
                                      signature)
from workbench.search.similarity import DIM, normalize


# Below this cosine two claims are about different things, and differing numbers
# between them say nothing (a true pair scored 0.51 here: NOTES.md).
CONFLICT_MIN_SIMILARITY = 0.5


@dataclass(frozen=True)
class Candidate:
    """A claim similar to the query. ``score`` ranks (cosine + lexical bonus);
    ``number_conflict`` holds (query's numbers, candidate's numbers) when they differ."""
    claim_id: object
    article_id: object
    score: float
    similarity: float
    number_conflict: tuple | None = None


class VectorIndex:
    """Unit vectors of claims, with their article ids and lexical signatures.

    Not thread-safe: a process that updates it while serving lookups from several
    threads wraps both in one lock. Fill it at start-up from the stored vectors
    (``add_many``), then ``add``/``remove`` as claims change. ``signature_text`` turns a
    claim's text into what its lexical signature reads (e.g. number words spelled in digits).
    """

    def __init__(self, dim: int = DIM, capacity: int = 1024,
                 signature_text: Callable[[str], str] | None = None):
        self._matrix = np.zeros((capacity, dim), dtype=np.float32)
        self._articles = np.zeros(capacity, dtype=np.int64)   # article codes, see _code
        self._ids: list = []
        self._rows: dict = {}
        # (text, entities) per row; signatures are computed for candidates only, when
        # asked (that halved the time to load 100k claims), and cached per claim id.
        # Entities may be a JSON string, parsed only then.
        self._texts: list[tuple] = []
        self._signatures: dict = {}
        self._signature_text = signature_text or (lambda text: text)
        self._article_codes: dict = {}
        self._article_ids: list = []

    def __len__(self) -> int:
        return len(self._ids)

    def add(self, claim_id, article_id, vector, text: str = "", entities=None) -> None:
        """Insert or replace one claim; ``text``/``entities`` feed the lexical tie-break."""
        row = self._rows.get(claim_id)
        if row is None:
            row = self._append(claim_id)
        self._matrix[row] = normalize(np.asarray(vector, dtype=np.float32))
        self._articles[row] = self._code(article_id)
        self._texts[row] = (text, tuple(entities) if entities is not None else None)
        self._signatures.pop(claim_id, None)

    def add_many(self, claim_ids: Sequence, article_ids: Sequence, vectors: np.ndarray,
                 texts: Sequence[str] | None = None, entities: Sequence | None = None) -> None:
        """Append many new claims at once (loading an archive): one copy of the matrix and
        no per-claim work. ``entities`` items may be lists of names or JSON strings."""
        ids = list(claim_ids)
        if any(i in self._rows for i in ids) or len(set(ids)) != len(ids):
            raise ValueError("add_many takes new, distinct claim ids; use add to replace")
        start, n = len(self._ids), len(ids)
        self._reserve(start + n)
        self._matrix[start:start + n] = vectors
        _normalize_rows(self._matrix[start:start + n])
        self._articles[start:start + n] = [self._code(a) for a in article_ids]
        self._ids += ids
        self._rows.update(zip(ids, range(start, start + n)))
        texts = texts if texts is not None else [""] * n
        entities = entities if entities is not None else [None] * n
        self._texts += list(zip(texts, entities))

    @property
    def dim(self) -> int:
        return self._matrix.shape[1]

    def ids(self) -> list:
        """Claim ids in row order."""
        return list(self._ids)

    def mean_of(self, rows: np.ndarray) -> np.ndarray:
        """The mean vector of the rows selected by a boolean mask (one product, no copy)."""
        n = len(self._ids)
        weights = rows[:n].astype(np.float32)
        return (weights @ self._matrix[:n]) / max(float(weights.sum()), 1.0)

    def shift_rows(self, groups: np.ndarray, shifts: np.ndarray, chunk: int = 8192) -> None:
        """Subtract ``shifts[groups[row]]`` from each row, then scale it to unit length
        again; in chunks, so no full-size temporary (e.g. centring per language)."""
        for start in range(0, len(self._ids), chunk):
            block = self._matrix[start:min(start + chunk, len(self._ids))]
            block -= shifts[groups[start:start + len(block)]]
            _normalize_rows(block)

    def text(self, claim_id) -> str:
        """The text a claim was added with ("" when none was given)."""
        return self._texts[self._rows[claim_id]][0]

    def remove(self, claim_id) -> None:
        """Drop a claim; the last row moves into its place. Unknown ids are ignored."""
        row = self._rows.pop(claim_id, None)
        if row is None:
            return
        self._signatures.pop(claim_id, None)
        last = len(self._ids) - 1
        if row != last:
            self._move(last, row)
        self._ids.pop()
        self._texts.pop()

    def nearest(self, vector, k: int = 10, exclude_article_ids=()) -> list[tuple]:
        """[(claim_id, article_id, cosine)], best first, skipping the given articles."""
        n = len(self._ids)
        scores = self._matrix[:n] @ normalize(np.asarray(vector, dtype=np.float32))
        excluded = [self._article_codes[a] for a in exclude_article_ids
                    if a in self._article_codes]
        if excluded:
            scores[np.isin(self._articles[:n], excluded)] = -np.inf
        top = _top_k(scores, k)
        return [(self._ids[i], self._article_ids[self._articles[i]], float(scores[i]))
                for i in top if scores[i] > -np.inf]

    def similar(self, vector, text: str = "", entities=None, k: int = 10,
                exclude_article_ids=(), pool: int = 30) -> list[Candidate]:
        """The ``k`` best candidates: nearest ``max(pool, k)`` by cosine, re-ranked with a
        small bonus for shared numbers and entities, with number conflicts reported."""
        query_sig = signature(self._signature_text(text), entities)
        found = self.nearest(vector, max(pool, k), exclude_article_ids)
        candidates = [self._candidate(query_sig, *hit) for hit in found]
        candidates.sort(key=lambda c: -c.score)
        return candidates[:k]

    def _candidate(self, query_sig, claim_id, article_id, cosine) -> Candidate:
        sig = self._signature(claim_id)
        conflict = number_conflict(query_sig, sig) if cosine >= CONFLICT_MIN_SIMILARITY \
            else None
        return Candidate(claim_id, article_id, cosine + lexical_bonus(query_sig, sig),
                         cosine, conflict)

    def _append(self, claim_id) -> int:
        row = len(self._ids)
        self._reserve(row + 1)
        self._ids.append(claim_id)
        self._texts.append(("", None))
        self._rows[claim_id] = row
        return row

    def _reserve(self, rows: int) -> None:
        if rows > len(self._matrix):       # grow by doubling: amortised O(1) appends
            size = max(rows, 2 * len(self._matrix))
            self._matrix = np.resize(self._matrix, (size, self._matrix.shape[1]))
            self._articles = np.resize(self._articles, size)

    def _move(self, src: int, dst: int) -> None:
        self._matrix[dst], self._articles[dst] = self._matrix[src], self._articles[src]
        self._ids[dst], self._texts[dst] = self._ids[src], self._texts[src]
        self._rows[self._ids[dst]] = dst

    def _signature(self, claim_id) -> Signature:
        if claim_id not in self._signatures:
            text, entities = self._texts[self._rows[claim_id]]
            self._signatures[claim_id] = signature(self._signature_text(text),
                                                   entity_names(entities))
        return self._signatures[claim_id]

    def _code(self, article_id) -> int:
        # Article ids may be ints or strings: numpy compares small int codes fast.
        if article_id not in self._article_codes:
            self._article_codes[article_id] = len(self._article_ids)
            self._article_ids.append(article_id)
        return self._article_codes[article_id]


def entity_names(entities) -> list[str] | None:
    """Entity names from a list of names, or from Claim.entities in any form it is read in."""
    # Names as ``add`` gives them, or Claim.entities as ``add_many`` reads them: the JSON
    # text of a list of {"text": ...} (SQLite) or that list already decoded (PostgreSQL's
    # driver decodes json columns itself). None when it names nobody, so the signature
    # falls back to capitalised words, as for a claim added one by one.
    if isinstance(entities, str):
        try:
            entities = json.loads(entities)
        except ValueError:
            return None
    names = [e.get("text", "") if isinstance(e, dict) else e
             for e in entities or () if isinstance(e, (dict, str))]
    return names or None


def _normalize_rows(block: np.ndarray, chunk: int = 8192) -> None:
    """Scale rows to unit length in place, a chunk at a time (no full-size temporary)."""
    for start in range(0, len(block), chunk):
        part = block[start:start + chunk]
        norms = np.linalg.norm(part, axis=1, keepdims=True)
        part /= np.where(norms == 0, 1, norms)


def _top_k(scores: np.ndarray, k: int) -> np.ndarray:
    """Indices of the k highest scores, best first (argpartition: O(n), not a full sort)."""
    if k <= 0 or len(scores) == 0:
        return np.zeros(0, dtype=np.int64)
    if k < len(scores):
        part = np.argpartition(-scores, k - 1)[:k]
    else:
        part = np.arange(len(scores))
    return part[np.argsort(-scores[part], kind="stable")]
