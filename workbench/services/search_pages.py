"""One page of search results for the search page (read-only)."""
from __future__ import annotations

import logging

from flask import current_app

from workbench.search import SearchFilters, SearchResults
from workbench.services.search_runtime import runtime

log = logging.getLogger(__name__)


def search(text: str, filters: SearchFilters, sort: str, page: int) -> SearchResults:
    """Search the index; never raises on what the user typed. The first search of a
    process also starts its background indexer, so rows left in the outbox (by a crash,
    or by a command) are indexed without waiting for the next change."""
    search_runtime = runtime()
    search_runtime.start_indexing()
    size = current_app.config.get("SEARCH_PAGE_SIZE", 20)
    try:
        results = search_runtime.index.search(text, filters, sort=sort, page=page,
                                              pagesize=size)
    except Exception:       # a query the backend could not handle: read it as words
        log.exception("search failed for %r; retrying as plain words", text[:200])
        results = search_runtime.index.search(_words(text), filters, sort=sort, page=page,
                                              pagesize=size)
    if results.hits or page == 1 or results.total == 0:
        return results
    # A page past the end (an old link): show the last one.
    return search_runtime.index.search(text, filters, sort=sort, page=results.pagecount,
                                       pagesize=size)


def _words(text: str) -> str:
    return " ".join(w for w in "".join(c if c.isalnum() else " " for c in text).split())
