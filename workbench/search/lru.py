"""A small thread-safe least-recently-used cache with a budget in any unit.

Used for the decoded postings of the search evaluator (budget: postings) and the part
vectors of long claims (budget: claims). Each entry costs what the ``cost`` function says of
its value, or what ``put`` is told; the oldest entries go once the total passes the budget,
but never the last one, so a single entry larger than the budget is still kept (it was
just paid for, and the caller is about to use it).
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any, Callable, Hashable


def one(_value) -> int:
    return 1


class LRUCache:
    """``get`` marks an entry as recently used; ``put`` adds or replaces one."""

    def __init__(self, budget: int, cost: Callable[[Any], int] = one):
        self.budget, self.size = budget, 0
        self._cost = cost
        self._entries: OrderedDict = OrderedDict()     # key -> (value, cost)
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, key: Hashable) -> bool:
        return key in self._entries

    def get(self, key: Hashable, default=None):
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                return default
            self._entries.move_to_end(key)
            return entry[0]

    def put(self, key: Hashable, value, cost: int | None = None) -> None:
        """Keep ``value`` under ``key`` (replacing what was there) as the newest entry."""
        cost = self._cost(value) if cost is None else cost
        with self._lock:
            self._drop(key)
            self._entries[key] = (value, cost)
            self.size += cost
            while self.size > self.budget and len(self._entries) > 1:
                _, (_, old) = self._entries.popitem(last=False)
                self.size -= old

    def pop(self, key: Hashable, default=None):
        with self._lock:
            entry = self._drop(key)
            return default if entry is None else entry[0]

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self.size = 0

    def _drop(self, key: Hashable):
        entry = self._entries.pop(key, None)
        if entry is not None:
            self.size -= entry[1]
        return entry
