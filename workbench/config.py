"""Configuration defaults. ``instance/config.py`` and ``WORKBENCH_*`` variables override them."""
from __future__ import annotations

import json
import os

# Well-known keys that must never sign production sessions. When no key is configured, the
# factory makes a random one and keeps it in the instance folder (``instance/secret_key``).
WEAK_SECRET_KEYS = frozenset({"", "dev", "development", "secret", "changeme", "dev-only-not-secret"})


class Defaults:
    SECRET_KEY: str | None = None
    # None means: SQLite file ``workbench.db`` in the instance folder (set by the factory).
    SQLALCHEMY_DATABASE_URI: str | None = None
    # The factory adds what the backend needs (pool_pre_ping for a server database; see
    # workbench/db.py: engine_options); a key set here wins.
    SQLALCHEMY_ENGINE_OPTIONS: dict = {}
    WTF_CSRF_TIME_LIMIT = None            # tokens live as long as the session
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    REMEMBER_COOKIE_HTTPONLY = True
    PERMANENT_SESSION_LIFETIME = 60 * 60 * 12
    MAX_CONTENT_LENGTH = 8 * 1024 * 1024  # whole request, uploads included
    IMPORT_MAX_BYTES = 2 * 1024 * 1024    # one article's text or file
    FETCH_TIMEOUT = 10.0                  # seconds, whole URL fetch
    FETCH_MAX_BYTES = 5 * 1024 * 1024
    FETCH_MAX_REDIRECTS = 5
    FETCH_ALLOW_PRIVATE = False           # tests allow 127.0.0.1; production never should
    LOGIN_MAX_ATTEMPTS = 5                # per username and address ...
    LOGIN_WINDOW_SECONDS = 300            # ... within this window
    # argon2.PasswordHasher arguments; {} means the library's defaults (RFC 9106 profile).
    # Tests lower the cost, which is otherwise ~0.1 s per hash by design.
    PASSWORD_HASHER: dict = {}
    ARTICLES_PER_PAGE = 25
    # The publisher named as author of published verdicts (ClaimReview JSON-LD).
    NEWSROOM_NAME = "Claim Workbench newsroom"
    NEWSROOM_URL: str | None = None
    # Search (services/search_runtime.py): "usem" is the multilingual Universal Sentence
    # Encoder; "module:factory" names another encoder (tests use a fake one).
    SEARCH_ENCODER = "usem"
    SEARCH_BACKGROUND_INDEXING = True     # index outbox rows from a thread after commits
    SEARCH_PAGE_SIZE = 20


def from_environment(environ=os.environ) -> dict:
    """``WORKBENCH_FOO=bar`` -> ``{"FOO": "bar"}``; JSON values (numbers, booleans) are decoded."""
    settings = {}
    for key, raw in environ.items():
        if not key.startswith("WORKBENCH_") or key == "WORKBENCH_INSTANCE_PATH":
            continue
        try:
            value = json.loads(raw)
        except ValueError:
            value = raw
        settings[key.removeprefix("WORKBENCH_")] = value
    if environ.get("DATABASE_URL"):
        settings["SQLALCHEMY_DATABASE_URI"] = environ["DATABASE_URL"]
    return settings
