""""Already checked": vectors per claim, and the claims most similar to a claim or a text.

Vectors are computed at import (``store_vectors``, one batch per article) and kept in the
``claim_vector`` table; a claim whose text changed later (new span, split) is encoded
again by the indexer (``refresh_vectors``). Each process holds the vectors in one
``VectorIndex`` (``VectorStore``), loaded on first lookup and brought up to date before each
lookup from the rows changed since (``claim_vector.updated_at``).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import logging
import threading
import time
from dataclasses import dataclass, replace

import numpy as np

from sqlalchemy import Text, func, select, type_coerce
from sqlalchemy.orm import selectinload

from workbench.extensions import db
from workbench.models import Article, Claim, ClaimMatch, ClaimVector
from workbench.models.base import utcnow
from workbench.models.claim_match import CONFIRMED, DISMISSED
from workbench.search import Candidate, VectorIndex, vector_from_bytes, vector_to_bytes
from workbench.search.lru import LRUCache
from workbench.search.similarity import claim_parts, normalize
from workbench.search.vectors import entity_names
from workbench.services.claim_numbers import with_numerals

# A transaction may commit a little after it stamped its rows: re-read this much.
SLACK = dt.timedelta(seconds=30)
PANEL_SIZE, PANEL_POOL = 5, 10
# Candidates under the same-fact bar are still offered, folded away on the claim page: a third
# of the true cross-language pairs measured score no higher than unrelated claims
# (bench/README.md, "Threshold"), and a missed earlier check costs more than a glance.
WEAKER_SIZE = 5
MIN_FOR_MEAN = 20      # claims of a language before its mean vector is used
# Lookups see vectors written by other processes at most this late.
REFRESH_SECONDS = 1.0
# Up to this many vectors load inside the first request that needs them; more load in a thread.
INLINE_LOAD_MAX = 20_000
PUBLISHED = "published"
# Rows per chunk of the bulk load (~40 MB of blobs at a time).
LOAD_CHUNK = 20_000
# Candidates re-ranked (the nearest by cosine), the best of them compared part by part;
# part vectors of this many claims are kept (a claim page asks for the same ones again).
POOL, PART_POOL, MAX_PART_CACHE = 30, 30, 20_000
# The pages show a candidate only when its cosine says it may state the same fact: the 98th
# percentile of the cosine between claims of different events (held-out set), rounded up
# to 0.05, with both claims centred per language. Without a language's mean (under
# MIN_FOR_MEAN claims, e.g. a new archive) cosines run higher, unrelated ones most, so that
# bar is measured the same way uncentred. Figures: bench/README.md ("Threshold").
SAME_FACT_MIN, SAME_FACT_MIN_UNCENTRED = 0.35, 0.50
# Among matches this close in score a published verdict comes first: less than one shared
# number earns (lexical.NUMBER_BONUS), so it never outranks a better match.
PUBLISHED_PREFERENCE = 0.02

log = logging.getLogger(__name__)


def text_hash(text: str) -> str:
    return hashlib.sha256((text or "").encode("utf-8")).hexdigest()


def _runtime():
    from workbench.services.search_runtime import runtime
    return runtime()


# ---- vectors in the database ------------------------------------------------------------

def store_vectors(claims: list[Claim]) -> int:
    """Encode, in one batch, the claims that lack a vector of their current text, and
    stage the rows (committed with the caller's transaction). Returns how many."""
    search = _runtime()
    db.session.flush()          # claim ids
    claims = [c for c in claims if c.id is not None]
    stored = {v.claim_id: v for v in db.session.scalars(
        select(ClaimVector).where(ClaimVector.claim_id.in_([c.id for c in claims])))}
    todo = [c for c in claims if _stale(stored.get(c.id), c, search.model_key)]
    if not todo:
        return 0
    vectors = search.encoder.encode([c.text for c in todo])
    for claim, vector in zip(todo, vectors):
        row = stored.get(claim.id) or ClaimVector(claim_id=claim.id)
        row.vector, row.model = vector_to_bytes(vector), search.model_key
        row.text_hash = text_hash(claim.text)
        db.session.add(row)
    return len(todo)


def refresh_vectors(claim_ids: list[int]) -> None:
    """Re-encode the given claims whose text changed since their vector was computed
    (called by the indexer, whose batch commits the rows). Never raises: a failure
    leaves the old vectors, and lookups encode such claims on the fly."""
    try:
        claims = list(db.session.scalars(select(Claim).where(Claim.id.in_(claim_ids))))
        store_vectors([c for c in claims if c.merged_into_id is None])
    except Exception:
        log.exception("could not refresh claim vectors")


def _stale(row: ClaimVector | None, claim: Claim, model: str) -> bool:
    return row is None or row.model != model or row.text_hash != text_hash(claim.text)


# ---- vectors in memory -------------------------------------------------------------------

class VectorStore:
    """This process's VectorIndex of every claim vector of the current model.

    Vectors are centred per language before use: the encoder puts sentences of one language
    closer together than a translation is to its original, and subtracting each language's
    mean vector removes much of that offset (Libovický et al. 2020, "On the language
    neutrality of pre-trained multilingual representations"). On the dev archive it lifted
    cross-language R@5 from 0.83 to 0.90 (bench/README.md). The means are computed from the
    archive itself at the first load, and again whenever the archive has doubled since.

    A long claim is also compared part by part (``claim_parts``): a query stating one of
    its facts is closer to that part than to the whole.
    """

    def __init__(self, model: str):
        self.model = model
        self.index = VectorIndex(signature_text=with_numerals)
        self.means: dict[str, np.ndarray] = {}
        self._languages: dict[int, str] = {}
        self._parts = LRUCache(MAX_PART_CACHE)     # claim id -> (text, part vectors)
        self._counted = 0            # archive size when the means were computed
        # When the previous refresh (or the load) began: rows committed since are stamped
        # after it, less SLACK. Anchored on the clock, not on the newest stamp seen, so the
        # window empties 30 s after a burst of writes (at 300k claims written at once,
        # re-reading the burst's stamps took 0.6 s a lookup).
        self._since: dt.datetime | None = None
        self._stamps: dict[int, dt.datetime] = {}      # claim id -> updated_at, recent rows
        self._refreshed = 0.0
        self._loader: threading.Thread | None = None
        self._lock = threading.Lock()
        _one_blas_thread()

    def refresh(self, every: float = 0.0) -> int:
        """Load the rows changed since the last refresh (if it was over ``every`` seconds
        ago); returns how many. Reads only ids and stamps of the recent rows, then the
        vectors of those it does not hold yet."""
        with self._lock:
            if self._since is None or len(self.index) >= 2 * max(self._counted, MIN_FOR_MEAN):
                return self._load_all()
            if time.monotonic() - self._refreshed < every:
                return 0
            self._refreshed, started = time.monotonic(), utcnow()
            recent = self._recent_stamps(self._since)
            self._stamps = {i: t for i, t in self._stamps.items() if i in recent}
            changed = [i for i, stamp in recent.items() if self._stamps.get(i) != stamp]
            rows = []
            for start in range(0, len(changed), 500):
                rows += db.session.execute(_VECTOR_ROWS.where(
                    ClaimVector.claim_id.in_(changed[start:start + 500]))).all()
            for row in rows:
                self._load(row)
            self._since = started
            return len(rows)

    def _recent_stamps(self, since: dt.datetime) -> dict[int, dt.datetime]:
        return {i: _aware(t) for i, t in db.session.execute(
            select(ClaimVector.claim_id, ClaimVector.updated_at)
            .where(ClaimVector.updated_at > since - SLACK)).all()}

    @property
    def loaded(self) -> bool:
        return self._since is not None

    def ensure_loaded(self, app) -> bool:
        """True when lookups can run now. A big archive is loaded by a thread, not inside a
        request: at 100k claims on a busy machine the first load outlasted gunicorn's 30 s
        worker timeout. Small ones (tests, new installs) load at once."""
        if self.loaded:
            return True
        count = db.session.scalar(select(func.count()).select_from(ClaimVector)) or 0
        if count <= INLINE_LOAD_MAX:
            return True
        with self._lock:
            if self._loader is None or not self._loader.is_alive():
                self._loader = threading.Thread(target=self._load_with, args=(app,),
                                                name="vector-loader", daemon=True)
                self._loader.start()
        return False

    def _load_with(self, app) -> None:
        try:
            with app.app_context():
                self.refresh()
        except Exception:
            log.exception("loading claim vectors failed")

    def _load_all(self) -> int:
        """Every current vector in bulk: the stamps first (a row written during the load
        is then re-read by the next refresh), then one streamed query whose blobs become
        the matrix a chunk at a time; signatures wait until a claim is a candidate."""
        self._since, started = None, utcnow()
        stamps = self._recent_stamps(started)
        count = db.session.scalar(select(func.count()).select_from(ClaimVector)) or 0
        index = VectorIndex(capacity=count + 1024, signature_text=with_numerals)
        languages = self._read_all_into(index)
        self.means = _centre_by_language(index, languages)
        self.index, self._parts = index, LRUCache(MAX_PART_CACHE)
        self._languages = dict(zip(index.ids(), languages))
        self._counted, self._stamps, self._since = len(index), stamps, started
        return len(index)

    def _read_all_into(self, index: VectorIndex) -> list[str]:
        """Append every current vector to ``index`` as stored (not yet centred); returns
        each row's language, in row order."""
        languages = []
        rows = db.session.execute(_BULK_ROWS.where(ClaimVector.model == self.model)
                                  .where(Claim.merged_into_id.is_(None))
                                  .execution_options(yield_per=LOAD_CHUNK))
        for chunk in rows.partitions(LOAD_CHUNK):
            ids, articles, blobs, texts, entities, langs = zip(*chunk)
            vectors = np.frombuffer(b"".join(blobs), dtype="<f4").reshape(len(chunk), -1)
            index.add_many(ids, articles, vectors, texts, entities)
            languages += [lang or "" for lang in langs]
        return languages

    def _load(self, row) -> None:
        if row.model != self.model or row.merged_into_id is not None:
            self.index.remove(row.claim_id)
            self._languages.pop(row.claim_id, None)
        else:
            vector = self.centred(vector_from_bytes(row.vector), row.language)
            self.index.add(row.claim_id, row.article_id, vector, row.text,
                           entity_names(row.entities))
            self._languages[row.claim_id] = row.language or ""
        self._parts.pop(row.claim_id)
        self._stamps[row.claim_id] = _aware(row.updated_at)

    def centred(self, vector, language: str | None):
        mean = self.means.get(language or "")
        return vector if mean is None else vector - mean

    def similar(self, vector, text: str, entities=None, k: int = 10,
                exclude_article_ids=(), language: str | None = None,
                plausible_only: bool = False) -> list[Candidate]:
        """Nearest claims to ``vector`` (the raw encoder output for ``text``), best first;
        with ``plausible_only``, only those close enough to state the same fact (what the
        pages show; the ranked list of ``flask similar`` stays complete)."""
        self.refresh(REFRESH_SECONDS)
        language = language or text_language(text)
        query = normalize(self.centred(vector, language))
        index = self.index          # a reload may replace it meanwhile
        found = index.similar(query, text, entities, k=max(k, POOL),
                              exclude_article_ids=exclude_article_ids)
        found[:PART_POOL] = self._by_best_part(index, query, found[:PART_POOL])
        if plausible_only:
            found = [c for c in found if c.similarity >= self.same_fact_min(language,
                                                                             c.claim_id)]
        return sorted(found, key=lambda c: -c.score)[:k]

    def same_fact_min(self, language: str | None, claim_id) -> float:
        """The cosine a candidate needs to be shown. The higher bar only when neither claim
        was centred: a centred vector against an uncentred one gives lower cosines still."""
        means = self.means
        centred = (language or "") in means or self._languages.get(claim_id, "") in means
        return SAME_FACT_MIN if centred else SAME_FACT_MIN_UNCENTRED

    def _by_best_part(self, index: VectorIndex, query: np.ndarray,
                      found: list[Candidate]) -> list[Candidate]:
        """Candidates whose closest part is closer to ``query`` than the whole claim, with
        that part's cosine in place of the claim's (the lexical evidence stays the same)."""
        parts = self._part_vectors(index, [c.claim_id for c in found])
        better = []
        for c in found:
            vectors = parts.get(c.claim_id)
            best = max(c.similarity, float(np.max(vectors @ query))) if vectors is not None \
                else c.similarity
            better.append(replace(c, score=c.score + best - c.similarity, similarity=best))
        return better

    def _part_vectors(self, index: VectorIndex, claim_ids) -> dict:
        """{claim id: centred unit vectors of its parts} for the claims of more than one
        part; encoded in one batch for those not cached yet (most claims have none).

        The encoding (15-45 ms) runs outside any lock, so lookups of one process do not
        wait for each other; two that miss the same claim both encode it, and the second
        put replaces the first with equal vectors. Entries go to the cache this lookup
        started with: a reload meanwhile (new means) makes a new cache, not a stale one."""
        cache, found, todo = self._parts, {}, {}
        for claim_id in claim_ids:
            text = index.text(claim_id)
            cached = cache.get(claim_id)
            if cached is not None and cached[0] == text:
                found[claim_id] = cached[1]
            else:
                todo[claim_id] = (text, claim_parts(text))
        for claim_id, vectors in self._encode_parts(todo).items():
            cache.put(claim_id, (todo[claim_id][0], vectors))
            found[claim_id] = vectors
        return {i: vectors for i, vectors in found.items() if vectors is not None}

    def _encode_parts(self, todo: dict) -> dict:
        """{claim id: its parts' centred unit vectors, or None for a claim of one part}."""
        texts = [part for _, parts in todo.values() for part in parts]
        encoded = iter(_runtime().encoder.encode(texts) if texts else ())
        found = {}
        for claim_id, (_, parts) in todo.items():
            language = self._languages.get(claim_id)
            vectors = [self.centred(next(encoded), language) for _ in parts]
            found[claim_id] = normalize(np.stack(vectors)) if vectors else None
        return found


def _one_blas_thread() -> None:
    # A matrix-vector product over 100k vectors took 130 ms with OpenBLAS's default threads
    # on 2 busy cores and 90 ms with one; a web worker per core wants one (NOTES.md found
    # the same for the encoder). Set once per process: a `with` block costs ~8 ms a call.
    try:
        from threadpoolctl import threadpool_limits
        threadpool_limits(limits=1, user_api="blas")
    except ImportError:       # requirements.txt has it; without it, only slower
        pass


_VECTOR_ROWS = (select(ClaimVector.claim_id, ClaimVector.vector, ClaimVector.model,
                       ClaimVector.updated_at, Claim.article_id, Claim.text, Claim.entities,
                       Claim.merged_into_id, Article.language)
                .join(Claim, Claim.id == ClaimVector.claim_id)
                .join(Article, Article.id == Claim.article_id))


# What the bulk load reads of each claim: entities as their JSON text, parsed only for
# the claims that become candidates.
_BULK_ROWS = (select(ClaimVector.claim_id, Claim.article_id, ClaimVector.vector, Claim.text,
                     type_coerce(Claim.entities, Text), Article.language)
              .join(Claim, Claim.id == ClaimVector.claim_id)
              .join(Article, Article.id == Claim.article_id))


def _centre_by_language(index: VectorIndex, languages: list[str]) -> dict[str, np.ndarray]:
    """Subtract each language's mean from its rows of ``index`` (then unit length again);
    returns the means, for languages with at least MIN_FOR_MEAN claims (fewer give a mean
    too noisy to subtract)."""
    names = sorted(set(languages))
    codes = np.array([names.index(lang) for lang in languages] if len(names) > 1
                     else [0] * len(languages), dtype=np.int64)
    counts = np.bincount(codes, minlength=len(names))
    means = {name: index.mean_of(codes == n) for n, name in enumerate(names)
             if counts[n] >= MIN_FOR_MEAN}
    if means:
        shift = np.stack([means.get(name, np.zeros(index.dim, np.float32)) for name in names])
        index.shift_rows(codes, shift)
    return means


def text_language(text: str) -> str:
    from claims.metadata import detect_language
    return detect_language(text or "")


def _aware(value: dt.datetime) -> dt.datetime:
    # SQLite hands back naive datetimes; they are UTC.
    return value if value.tzinfo else value.replace(tzinfo=dt.timezone.utc)


# ---- lookups ------------------------------------------------------------------------------

def similar_to_text(text: str, limit: int = 10) -> list[Candidate]:
    """Claims most similar to ``text``, best first (the `similar --jsonl` command)."""
    return similar_to_texts([text], limit)[0]


def similar_to_texts(texts: list[str], limit: int = 10) -> list[list[Candidate]]:
    search = _runtime()
    vectors = search.encoder.encode(texts)
    store = search.vectors
    return [store.similar(v, t, k=limit) for t, v in zip(texts, vectors)]


def vector_of(claim: Claim):
    """The claim's stored vector when it is of its current text, else a fresh one."""
    search = _runtime()
    row = db.session.get(ClaimVector, claim.id)
    if row is not None and not _stale(row, claim, search.model_key):
        return vector_from_bytes(row.vector)
    return search.encoder.encode_one(claim.text)


@dataclass
class Suggestion:
    """A similar claim as the panel shows it."""
    claim: Claim
    score: float
    similarity: float
    number_conflict: tuple | None
    decision: str | None            # None, "confirmed" or "dismissed"
    likely: bool = True             # close enough to state the same fact (SAME_FACT_MIN)

    @property
    def published(self) -> bool:
        return self.claim.status == PUBLISHED

    @property
    def rank(self) -> float:
        """Sorts best match first; a published verdict first only among near-equal ones."""
        return -(self.score + (PUBLISHED_PREFERENCE if self.published else 0.0))


def suggestions_for(claim: Claim, size: int = PANEL_SIZE) -> list[Suggestion]:
    """Similar claims from other articles, best match first (``Suggestion.rank``): confirmed
    ones always, first; then up to ``size`` that may state the same fact; then up to
    ``WEAKER_SIZE`` under that bar (``likely`` False), for the page to fold away. Dismissed
    ones are left out."""
    _check_loaded()
    decisions = decisions_for(claim)
    store, language = _runtime().vectors, claim.article.language
    found = store.similar(vector_of(claim), claim.text, entity_names(claim.entities),
                          k=PANEL_POOL, exclude_article_ids=[claim.article_id],
                          language=language)
    by_id = _claims({c.claim_id for c in found} | set(decisions))
    rows = [Suggestion(by_id[c.claim_id], c.score, c.similarity, c.number_conflict,
                       decisions.get(c.claim_id),
                       c.similarity >= store.same_fact_min(language, c.claim_id))
            for c in found if c.claim_id in by_id]
    shown = {s.claim.id for s in rows}
    rows += [Suggestion(by_id[i], 0.0, 0.0, None, CONFIRMED) for i, d in decisions.items()
             if d == CONFIRMED and i not in shown and i in by_id]
    rows = [s for s in rows if s.decision != DISMISSED and s.claim.merged_into_id is None]
    rows.sort(key=lambda s: (s.decision != CONFIRMED, s.rank))
    likely = [s for s in rows if s.likely or s.decision == CONFIRMED]
    weaker = [s for s in rows if not (s.likely or s.decision == CONFIRMED)]
    return likely[:max(size, sum(s.decision == CONFIRMED for s in likely))] + weaker[:WEAKER_SIZE]


def suggestions_for_texts(texts: list[str], exclude_article_id=None,
                          size: int = 3) -> list[list[Suggestion]]:
    """For the import preview: similar saved claims for each new claim's text."""
    if not texts:
        return []
    _check_loaded()
    search = _runtime()
    vectors, store = search.encoder.encode(texts), search.vectors
    exclude = [exclude_article_id] if exclude_article_id is not None else []
    found = [store.similar(v, t, k=PANEL_POOL, exclude_article_ids=exclude,
                           plausible_only=True)
             for t, v in zip(texts, vectors)]
    by_id = _claims({c.claim_id for cs in found for c in cs})
    result = []
    for candidates in found:
        rows = [Suggestion(by_id[c.claim_id], c.score, c.similarity, c.number_conflict, None)
                for c in candidates if c.claim_id in by_id
                and by_id[c.claim_id].merged_into_id is None]
        rows.sort(key=lambda s: s.rank)
        result.append(rows[:size])
    return result


class VectorsLoading(Exception):
    """The claim vectors are being loaded in the background; ask again in a moment."""


def _check_loaded() -> None:
    from flask import current_app
    if not _runtime().vectors.ensure_loaded(current_app._get_current_object()):
        raise VectorsLoading()


def decisions_for(claim: Claim) -> dict[int, str]:
    return dict(db.session.execute(select(ClaimMatch.other_id, ClaimMatch.decision)
                                   .where(ClaimMatch.claim_id == claim.id)).all())


def _claims(ids) -> dict[int, Claim]:
    if not ids:
        return {}
    return {c.id: c for c in db.session.scalars(
        select(Claim).where(Claim.id.in_(ids)).options(selectinload(Claim.article)))}
