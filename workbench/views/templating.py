"""Helpers available in every template."""
from __future__ import annotations

from flask import Flask, current_app
from flask_login import current_user

from workbench.views.access import PUBLIC


def may_visit(endpoint: str) -> bool:
    """True when ``endpoint`` exists and its access rule lets the current user in: the nav
    shows only links that will not answer 403 (and none to routes not built yet)."""
    view = current_app.view_functions.get(endpoint)
    access = getattr(view, "access", None)
    if access is None:
        return False
    if access == PUBLIC:
        return True
    return current_user.is_authenticated and current_user.role in access


def visible_links(links) -> list[tuple[str, str]]:
    """The (label, endpoint) pairs of ``links`` that the current user may visit; a nav menu
    with none of them is not shown."""
    return [(label, endpoint) for label, endpoint in links if may_visit(endpoint)]


def init_app(app: Flask) -> None:
    app.add_template_global(may_visit)
    app.add_template_global(visible_links)
