"""Where to send the browser after a form: never to another site (open redirect)."""
from __future__ import annotations

from urllib.parse import urlsplit

from flask import request, url_for


def safe_next(target: str | None, default_endpoint: str = "main.index", **values) -> str:
    """``target`` when it points into this site, else the URL of ``default_endpoint`` (built
    with ``values``)."""
    return target if target and is_same_host(target) else url_for(default_endpoint, **values)


def is_same_host(target: str) -> bool:
    # Browsers drop tabs and newlines and read "\" as "/", so "/\evil" or "/\t/evil" would
    # leave the site; "//evil" and "///evil" are scheme-relative URLs to another host.
    if "\\" in target or any(ord(char) < 32 for char in target):
        return False
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return parts.scheme in ("http", "https") and parts.netloc == request.host
    return target.startswith("/") and not target.startswith("//")
