"""VectorIndex: claim vectors in one numpy matrix, for exact cosine nearest neighbours.

Exact search is a single matrix-vector product: at 300k claims ~50 ms on one core, no
approximate index to keep in step. Memory is 2 KB a claim (600 MB at 300k) per process
that holds one.
"""
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
    (``vector_from_bytes``), then ``add``/``remove`` as claims change.
    """

    def __init__(self, dim: int = DIM, capacity: int = 1024):
        self._matrix = np.zeros((capacity, dim), dtype=np.float32)
        self._articles = np.zeros(capacity, dtype=np.int64)   # article codes, see _code
        self._ids: list = []
        self._rows: dict = {}
        # (text, entities) per row; signatures are computed for candidates only, when
        # asked (that halved the time to load 100k claims), and cached per claim id.
        self._texts: list[tuple] = []
        self._signatures: dict = {}
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
        query_sig = signature(text, entities)
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
        if row == len(self._matrix):       # grow by doubling: amortised O(1) appends
            self._matrix = np.resize(self._matrix, (2 * row, self._matrix.shape[1]))
            self._articles = np.resize(self._articles, 2 * row)
        self._ids.append(claim_id)
        self._texts.append(("", None))
        self._rows[claim_id] = row
        return row

    def _move(self, src: int, dst: int) -> None:
        self._matrix[dst], self._articles[dst] = self._matrix[src], self._articles[src]
        self._ids[dst], self._texts[dst] = self._ids[src], self._texts[src]
        self._rows[self._ids[dst]] = dst

    def _signature(self, claim_id) -> Signature:
        if claim_id not in self._signatures:
            text, entities = self._texts[self._rows[claim_id]]
            self._signatures[claim_id] = signature(text, entities)
        return self._signatures[claim_id]

    def _code(self, article_id) -> int:
        # Article ids may be ints or strings: numpy compares small int codes fast.
        if article_id not in self._article_codes:
            self._article_codes[article_id] = len(self._article_ids)
            self._article_ids.append(article_id)
        return self._article_codes[article_id]


def _top_k(scores: np.ndarray, k: int) -> np.ndarray:
    """Indices of the k highest scores, best first (argpartition: O(n), not a full sort)."""
    if k <= 0 or len(scores) == 0:
        return np.zeros(0, dtype=np.int64)
    if k < len(scores):
        part = np.argpartition(-scores, k - 1)[:k]
    else:
        part = np.arange(len(scores))
    return part[np.argsort(-scores[part], kind="stable")]
