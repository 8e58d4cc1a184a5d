"""Who may use a route. Every view declares it; tests walk the URL map and fail on a view
that does not (see tests/workbench/views/test_access.py)."""
from __future__ import annotations

from functools import wraps

from flask import abort
from flask_login import current_user

from workbench.extensions import login_manager
from workbench.models.user import Role

PUBLIC = "public"
ALL_ROLES = frozenset(r.value for r in Role)


def public(view):
    """Anyone, logged in or not."""
    view.access = PUBLIC
    return view


def roles_required(*roles: Role | str):
    """Logged-in users with one of ``roles`` (all roles when none are given); others get
    the login page (anonymous) or 403 (wrong role)."""
    allowed = frozenset(Role(r).value for r in roles) or ALL_ROLES

    def decorate(view):
        @wraps(view)
        def guarded(*args, **kwargs):
            if not current_user.is_authenticated:
                return login_manager.unauthorized()
            if current_user.role not in allowed:
                abort(403)
            return view(*args, **kwargs)
        guarded.access = allowed
        return guarded
    return decorate


login_required = roles_required()
