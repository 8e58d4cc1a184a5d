"""Search backend: Whoosh full-text search and cross-language "already checked" matching.

No Flask here: the app builds ``ClaimDoc`` records from its models, keeps a ``ClaimIndex``
in ``instance/search/`` in step with the database, and asks a ``VectorIndex`` filled from
stored ``Encoder`` vectors for similar claims.
"""
from workbench.search.check import IndexDiff, compare
from workbench.search.index import ClaimIndex
from workbench.search.locking import IndexBusy
from workbench.search.query import SearchFilters
from workbench.search.results import SearchHit, SearchResults
from workbench.search.schema import ClaimDoc
from workbench.search.similarity import Encoder, vector_from_bytes, vector_to_bytes
from workbench.search.vectors import Candidate, VectorIndex

__all__ = ["Candidate", "ClaimDoc", "ClaimIndex", "Encoder", "IndexBusy", "IndexDiff",
           "SearchFilters", "SearchHit", "SearchResults", "VectorIndex", "compare",
           "vector_from_bytes", "vector_to_bytes"]
