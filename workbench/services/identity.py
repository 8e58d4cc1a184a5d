"""What makes two imports the same article: a normalised URL, or the hash of normalised text."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Query parameters that only say how a reader arrived, never which page it is.
TRACKING_PARAMS = frozenset({"fbclid", "gclid", "dclid", "msclkid", "igshid", "mc_cid", "mc_eid",
                             "_ga", "ref", "ref_src", "share", "amp", "page_source"})
TRACKING_PREFIXES = ("utm_",)
DEFAULT_PORTS = {"http": 80, "https": 443}
WHITESPACE = re.compile(r"\s+")


def normalize_url(url: str | None) -> str | None:
    """Lower-case scheme and host, no default port, fragment, tracking parameters or trailing
    slash; the remaining parameters sorted. ``None`` for an empty or host-less URL."""
    if not url or not url.strip():
        return None
    parts = urlsplit(url.strip())
    if not parts.hostname:
        return None
    scheme = parts.scheme.lower() or "http"
    host = parts.hostname.lower().removeprefix("www.")
    if parts.port and parts.port != DEFAULT_PORTS.get(scheme):
        host = f"{host}:{parts.port}"
    path = parts.path.rstrip("/")
    return urlunsplit((scheme, host, path, _clean_query(parts.query), ""))


def _clean_query(query: str) -> str:
    kept = [(k, v) for k, v in parse_qsl(query, keep_blank_values=True)
            if k.lower() not in TRACKING_PARAMS and not k.lower().startswith(TRACKING_PREFIXES)]
    return urlencode(sorted(kept))


def normalize_text(text: str) -> str:
    """Unicode NFKC with every run of whitespace made one space: what a re-paste changes."""
    return WHITESPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip()


def content_hash(text: str) -> str:
    return hashlib.sha256(normalize_text(text).encode("utf-8")).hexdigest()
