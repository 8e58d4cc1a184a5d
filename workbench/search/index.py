"""ClaimIndex: the Whoosh index of claims in one folder (the app passes instance/search/).

Layout of the folder::

    write.lock          process-wide writer lock (see locking.py)
    current -> index-…  symlink to the live index; a rebuild swaps it atomically
    index-…/            Whoosh index directories (the live one and the one before it)

Searches reuse one searcher per ClaimIndex and refresh it (searchers.py: Whoosh's own
refresh() is wrong), because opening one at 300k
claims costs ~100 ms and reuse gave 15x the throughput (NOTES.md). Whoosh never fsyncs:
the index is derived data, rebuilt from the database when in doubt.

The common queries (words, OR, AND, phrases, the filters) are answered from numpy arrays
of postings kept per process (evaluate.py), scored as Whoosh scores them; the rest
(NOT, ANDMAYBE, ...) by Whoosh's own matchers.
"""
import os
import shutil
import tempfile
import threading
from collections.abc import Iterable

import numpy as np
from whoosh import index as whoosh_index
from whoosh import query as wq

from workbench.search.evaluate import PostingsEvaluator
from workbench.search.facets import DATE_FIELD, FacetCache
from workbench.search.matches import top_page
from workbench.search.locking import writer_lock
from workbench.search.query import SearchFilters, build_query, plain_words
from workbench.search.results import SearchResults, query_terms, to_hit
from workbench.search.schema import ClaimDoc, build_schema, to_fields
from workbench.search.searchers import refreshed

DATE_SORTS = ("newest", "oldest")     # anything else sorts by relevance
MAX_PAGESIZE = 100


class ClaimIndex:
    """Owns the search index in ``folder``: write, delete, rebuild and search claims.

    ``lock_timeout``: how long a writer waits for another one (None: as long as it takes;
    a rebuild holds the lock throughout). On timeout ``IndexBusy`` is raised, never
    Whoosh's ``LockError``.
    """

    def __init__(self, folder: str, lock_timeout: float | None = None):
        self.folder = os.path.realpath(folder)   # realpath: compared with the symlink target
        self.lock_timeout = lock_timeout
        self.schema = build_schema()
        self._ix = self._searcher = self._searcher_dir = None
        self._lock = threading.RLock()   # a Whoosh searcher is not safe to refresh mid-use
        self._facets = FacetCache()
        self._evaluator = PostingsEvaluator()

    # -- writing ------------------------------------------------------------------------

    def update(self, docs: Iterable[ClaimDoc]) -> int:
        """Insert or replace claims (upsert on the claim id) in one commit; returns count."""
        return self.apply(upserts=docs)

    def delete(self, claim_ids: Iterable) -> int:
        """Remove claims by id in one commit; unknown ids are ignored. Returns count asked."""
        return self.apply(deletes=claim_ids)

    def apply(self, upserts: Iterable[ClaimDoc] = (), deletes: Iterable = ()) -> int:
        """Upserts, then deletes, in one writer and one commit (one outbox batch)."""
        upserts, deletes = list(upserts), [str(i) for i in deletes]
        if not upserts and not deletes:
            return 0
        self._live_dir() or self._create_if_missing()
        with writer_lock(self.folder, self.lock_timeout):
            # Opened under the lock: a rebuild may have swapped the live index meanwhile.
            writer = whoosh_index.open_dir(self._live_dir()).writer(timeout=30)
            try:
                for doc in upserts:
                    writer.update_document(**to_fields(doc))
                for claim_id in deletes:
                    writer.delete_by_term("id", claim_id)
            except BaseException:
                writer.cancel()     # release Whoosh's lock and drop the half-written batch
                raise
            writer.commit()
        return len(upserts) + len(deletes)

    def rebuild(self, docs: Iterable[ClaimDoc], procs: int = 1, limitmb: int = 128) -> int:
        """Build a fresh index from ``docs`` in a new directory, then swap it in.

        Searches keep using the old index until the swap. Writers wait for the rebuild,
        which reads ``docs`` under the writer lock: pass a lazy iterable (a generator
        over a database query), so that every change either is in it or is written
        after the swap; changes not yet written wait in the outbox.
        ``procs=2`` builds ~2x faster but takes both cores. Returns the number of docs.
        """
        with writer_lock(self.folder, self.lock_timeout):
            new_dir = tempfile.mkdtemp(prefix="index-", dir=self.folder)
            try:
                count = self._fill(new_dir, docs, procs, limitmb)
            except BaseException:
                shutil.rmtree(new_dir, ignore_errors=True)
                raise
            old_dir = self._live_dir()
            self._point_current(new_dir)
            self._remove_dirs(keep={new_dir, old_dir})
        return count

    def _fill(self, directory, docs, procs, limitmb) -> int:
        ix = whoosh_index.create_in(directory, self.schema)
        writer = ix.writer(procs=procs, limitmb=limitmb, multisegment=procs > 1)
        count = 0
        try:
            for doc in docs:
                writer.add_document(**to_fields(doc))
                count += 1
        except BaseException:
            writer.cancel()
            raise
        writer.commit()
        return count

    # -- reading ------------------------------------------------------------------------

    def search(self, text: str, filters: SearchFilters | None = None,
               sort: str = "relevance", page: int = 1, pagesize: int = 20,
               facets: bool = True) -> SearchResults:
        """One page of claims matching the search box ``text`` and ``filters``. Never
        raises on user input: unparsable text is searched as words, long text is cut.

        ``sort``: "relevance", "newest" or "oldest". ``facets=False`` skips the counts."""
        page, pagesize = max(1, int(page)), min(max(1, int(pagesize)), MAX_PAGESIZE)
        q, as_typed = build_query(text, filters, self.schema)
        try:
            return self._search(q, as_typed, sort, page, pagesize, facets)
        except wq.QueryError:       # a query Whoosh parsed but cannot run: use the words
            q, _ = build_query(plain_words(text), filters, self.schema)
            return self._search(q, False, sort, page, pagesize, facets)

    def _search(self, q, as_typed, sort, page, pagesize, facets) -> SearchResults:
        if q is wq.NullQuery:
            return SearchResults([], 0, page, pagesize, {}, as_typed)
        with self._lock:
            searcher = self._fresh_searcher()
            found, total, matches = self._evaluated(searcher, q, sort, page, pagesize) \
                or self._by_whoosh(searcher, q, sort, page, pagesize, facets)
            terms = query_terms(q)
            hits = [to_hit(searcher.stored_fields(docnum), score, terms)
                    for docnum, score in found]
            counts = self._facets.counts(searcher.reader(), matches) if facets else {}
        return SearchResults(hits, total, page, pagesize, counts, as_typed)

    def _evaluated(self, searcher, q, sort, page, pagesize):
        # The common queries (terms, OR, AND, filters) on arrays of postings: every match
        # and its score in one pass (evaluate.py). None for any other query.
        dates = self._facets.arrays(searcher.reader())[DATE_FIELD]
        evaluated = self._evaluator.evaluate(searcher, q, dates)
        if evaluated is None:
            return None
        matches, first = evaluated.docnums, (page - 1) * pagesize
        found = self._date_page(searcher, matches, sort, first, pagesize) \
            if sort in DATE_SORTS else top_page(evaluated, first, pagesize)
        return found, len(matches), matches

    def _by_whoosh(self, searcher, q, sort, page, pagesize, facets):
        matches = self._all_matches(searcher, q) if facets or sort in DATE_SORTS else None
        found, total = self._page(searcher, q, sort, page, pagesize, matches)
        return found, total, matches

    def _page(self, searcher, q, sort, page, pagesize, matches):
        # [(docnum, score)] of the page, and the number of matches.
        first = (page - 1) * pagesize
        if sort in DATE_SORTS:
            return self._date_page(searcher, matches, sort, first, pagesize), len(matches)
        results = searcher.search(q, limit=first + pagesize)
        found = [(hit.docnum, hit.score) for hit in results[first:first + pagesize]]
        return found, len(matches) if matches is not None else len(results)

    def _date_page(self, searcher, matches, sort, first, pagesize):
        page = self._facets.date_page(searcher.reader(), matches, sort == "newest", first,
                                      pagesize)
        return [(int(d), 0.0) for d in page]

    @staticmethod
    def _all_matches(searcher, q) -> np.ndarray:
        return np.fromiter(searcher.docs_for_query(q), dtype=np.int64)

    def doc_ids(self) -> set[str]:
        """Ids of all claims in the index (for `search check`)."""
        return set(self.doc_stamps())

    def doc_stamps(self) -> dict[str, str]:
        """{claim id: stamp} of all claims in the index; a stale stamp means reindex it."""
        with self._lock:
            reader = self._fresh_searcher().reader()
            return {fields["id"]: fields.get("stamp", "")
                    for _, fields in reader.iter_docs()}

    def count(self) -> int:
        """Number of claims in the index."""
        with self._lock:
            return self._fresh_searcher().doc_count()

    def close(self) -> None:
        """Release the searcher's files (the next search reopens them)."""
        with self._lock:
            if self._searcher is not None:
                self._searcher.close()
            self._searcher = self._searcher_dir = self._ix = None

    def _fresh_searcher(self):
        live = self._live_dir() or self._create_if_missing()
        if live != self._searcher_dir:      # first search, or a rebuild swapped the index
            self.close()
            self._ix, self._searcher_dir = whoosh_index.open_dir(live), live
            self._facets, self._evaluator = FacetCache(), PostingsEvaluator()
        self._searcher = refreshed(self._ix, self._searcher)
        return self._searcher

    # -- the folder -----------------------------------------------------------------------

    def _current_link(self) -> str:
        return os.path.join(self.folder, "current")

    def _live_dir(self) -> str | None:
        link = self._current_link()
        return os.path.realpath(link) if os.path.exists(link) else None

    def _create_if_missing(self) -> str:
        with writer_lock(self.folder, self.lock_timeout):
            live = self._live_dir()
            if live is None:
                live = tempfile.mkdtemp(prefix="index-", dir=self.folder)
                whoosh_index.create_in(live, self.schema)
                self._point_current(live)
            return live

    def _point_current(self, directory: str) -> None:
        # A new symlink renamed over the old one: readers see either, never neither.
        tmp = f"{self._current_link()}.{os.getpid()}.tmp"
        if os.path.lexists(tmp):
            os.unlink(tmp)
        os.symlink(os.path.basename(directory), tmp)
        os.replace(tmp, self._current_link())

    def _remove_dirs(self, keep: set) -> None:
        # The previous index stays one generation: other processes may still be reading it.
        for name in os.listdir(self.folder):
            path = os.path.join(self.folder, name)
            if name.startswith("index-") and path not in keep:
                shutil.rmtree(path, ignore_errors=True)
