"""Accounts: passwords, sessions and user administration (rate limiting: ``login_throttle``).

The only code that changes a ``User`` row. A login cookie carries
``"<id>:<session_token>"``; replacing the token ends every session of that user on the server.
"""
from __future__ import annotations

import functools
import hmac
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from flask import current_app
from sqlalchemy import func, select

from workbench.extensions import db
from workbench.models.user import Role, User, new_session_token
from workbench.services import login_throttle
from workbench.services.login_throttle import TooManyAttempts  # noqa: F401  (views catch it here)


class AccountError(ValueError):
    """A request the rules refuse; the message is meant for the user."""


def normalize_username(username: str) -> str:
    return username.strip().lower()


def _hasher() -> PasswordHasher:
    return _hasher_for(**current_app.config["PASSWORD_HASHER"])


@functools.cache
def _hasher_for(**parameters) -> PasswordHasher:
    return PasswordHasher(**parameters)


@functools.cache
def _dummy_hash(hasher: PasswordHasher) -> str:
    # Verified against when the username is unknown, so both cases take the same time.
    return hasher.hash("not-a-real-password")


def hash_password(password: str) -> str:
    return _hasher().hash(password)


def password_matches(user: User | None, password: str) -> bool:
    hasher = _hasher()
    try:
        hasher.verify(user.password_hash if user else _dummy_hash(hasher), password)
    except (VerificationError, InvalidHashError):
        return False
    return user is not None


def get_user(user_id: int) -> User | None:
    return db.session.get(User, user_id)


def find_user(username: str) -> User | None:
    return db.session.scalar(select(User).where(User.username == normalize_username(username)))


def list_users() -> list[User]:
    return list(db.session.scalars(select(User).order_by(User.username)))


def user_from_session_id(session_id: str) -> User | None:
    """The user a login cookie names, or None when its token is stale or the user inactive."""
    user_id, _, token = session_id.partition(":")
    user = get_user(int(user_id)) if user_id.isascii() and user_id.isdigit() else None
    if user is None or not user.active or not token:
        return None
    return user if hmac.compare_digest(user.session_token, token) else None


# ---- logging in --------------------------------------------------------------------------

def authenticate(username: str, password: str, address: str) -> User | None:
    """The active user with this username and password, or None (recorded as a failure).

    Raises TooManyAttempts before checking the password once the limit is reached, so a
    correct guess after the limit does not get in either."""
    username = normalize_username(username)
    login_throttle.check(username, address)
    user = find_user(username)
    if password_matches(user, password) and user.active:
        _rehash_if_needed(user, password)
        login_throttle.forget_failures(username, address)
        return user
    login_throttle.record_failure(username, address)
    return None


def _rehash_if_needed(user: User, password: str) -> None:
    # A hash made with older (weaker) parameters is replaced while the password is at hand.
    if _hasher().check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
        db.session.commit()


def end_sessions(user: User) -> None:
    """Log the user out everywhere: every cookie carrying the old token is now rejected."""
    user.session_token = new_session_token()
    db.session.commit()


def change_password(user: User, current_password: str, new_password: str) -> None:
    """Set a new password after checking the current one; ends every other session."""
    if not password_matches(user, current_password):
        raise AccountError("The current password is wrong.")
    _set_password(user, new_password)


def _set_password(user: User, password: str) -> None:
    user.password_hash = hash_password(password)
    end_sessions(user)


# ---- administration ----------------------------------------------------------------------

def create_user(username: str, password: str, role: Role | str = Role.FACTCHECKER,
                display_name: str = "") -> User:
    """A new active user; AccountError when the username is taken."""
    username = normalize_username(username)
    if find_user(username) is not None:
        raise AccountError(f"The username “{username}” is already taken.")
    user = User(username=username, display_name=display_name.strip(),
                password_hash=hash_password(password), role=Role(role).value)
    db.session.add(user)
    db.session.commit()
    return user


def admin_exists() -> bool:
    first = db.session.scalar(select(User.id).where(User.role == Role.ADMIN.value).limit(1))
    return first is not None


def create_admin_if_missing(password: str | None = None) -> tuple[User, str] | None:
    """An admin named "admin" when no admin exists yet: ``(user, password)``, else None.
    Without a password a random one is generated (the caller shows it once)."""
    if admin_exists():
        return None
    password = password or secrets.token_urlsafe(12)
    return create_user("admin", password, Role.ADMIN), password


def set_role(user: User, role: Role | str, acting: User) -> None:
    role = Role(role)
    if user.role == Role.ADMIN.value and role is not Role.ADMIN:
        _keep_an_admin(user, acting)
    user.role = role.value
    db.session.commit()


def set_active(user: User, active: bool, acting: User) -> None:
    """Deactivate (ends the user's sessions) or reactivate an account."""
    if not active and user.role == Role.ADMIN.value:
        _keep_an_admin(user, acting)
    user.active = active
    if not active:
        user.session_token = new_session_token()
    db.session.commit()


def reset_password(user: User, new_password: str) -> None:
    """An admin sets a new password for someone who lost theirs; ends their sessions."""
    _set_password(user, new_password)


def _keep_an_admin(user: User, acting: User) -> None:
    # Guards against locking everybody out of user administration.
    if user.id == acting.id:
        raise AccountError("You cannot remove your own admin rights or deactivate yourself.")
    others = select(func.count()).select_from(User).where(
        User.role == Role.ADMIN.value, User.active.is_(True), User.id != user.id)
    if db.session.scalar(others) == 0:
        raise AccountError("The workbench needs at least one active admin.")
