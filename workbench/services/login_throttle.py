"""Login rate limiting: failed attempts per username and address within a time window.

Counted in the database, not in memory, so the limit holds across every gunicorn worker.
Two workers racing may each let one more attempt through: the limit is approximate by that much.
"""
from __future__ import annotations

import datetime as dt

from flask import current_app
from sqlalchemy import delete, func, select

from workbench.extensions import db
from workbench.models.base import utcnow
from workbench.models.login_attempt import LoginAttempt


class TooManyAttempts(Exception):
    """Too many failed logins for this username from this address within the window."""


def check(username: str, address: str) -> None:
    """Raise TooManyAttempts once LOGIN_MAX_ATTEMPTS failures fall within the window."""
    if _recent_failures(username, address) >= current_app.config["LOGIN_MAX_ATTEMPTS"]:
        raise TooManyAttempts("Too many failed attempts. Wait a few minutes and try again.")


def record_failure(username: str, address: str) -> None:
    """Count one failure, and drop those that have left the window (keeps the table small)."""
    db.session.execute(delete(LoginAttempt).where(LoginAttempt.attempted_at < _window_start()))
    db.session.add(LoginAttempt(username=username[:64], address=address[:64]))
    db.session.commit()


def forget_failures(username: str, address: str) -> None:
    """After a successful login the earlier failures no longer count."""
    db.session.execute(delete(LoginAttempt).where(LoginAttempt.username == username,
                                                  LoginAttempt.address == address))
    db.session.commit()


def _window_start() -> dt.datetime:
    return utcnow() - dt.timedelta(seconds=current_app.config["LOGIN_WINDOW_SECONDS"])


def _recent_failures(username: str, address: str) -> int:
    return db.session.scalar(select(func.count()).select_from(LoginAttempt).where(
        LoginAttempt.username == username, LoginAttempt.address == address,
        LoginAttempt.attempted_at >= _window_start()))
