import pytest
from sqlalchemy import func, select

from tests.conftest import PASSWORD
from workbench.extensions import db
from workbench.models import LoginAttempt, Role, User
from workbench.services import accounts

ADDRESS = "192.0.2.1"


@pytest.fixture
def ctx(app):
    with app.app_context():
        yield app


@pytest.fixture
def ana(ctx):
    return accounts.create_user("ana", PASSWORD, Role.FACTCHECKER)


@pytest.fixture
def admin(ctx):
    return accounts.create_user("root", PASSWORD, Role.ADMIN)


def failures() -> int:
    return db.session.scalar(select(func.count()).select_from(LoginAttempt))


def test_password_is_stored_as_an_argon2_hash(ana):
    assert ana.password_hash.startswith("$argon2id$")
    assert PASSWORD not in ana.password_hash
    assert accounts.password_matches(ana, PASSWORD)
    assert not accounts.password_matches(ana, PASSWORD + "x")


def test_usernames_are_case_insensitive_and_unique(ana):
    assert accounts.find_user("  ANA ") == ana
    with pytest.raises(accounts.AccountError, match="taken"):
        accounts.create_user("Ana", PASSWORD)


def test_authenticate_returns_the_user_and_forgets_earlier_failures(ana):
    assert accounts.authenticate("ana", "wrong", ADDRESS) is None
    assert failures() == 1
    assert accounts.authenticate("ana", PASSWORD, ADDRESS) == ana
    assert failures() == 0


@pytest.mark.parametrize("username, password", [("ana", "wrong"), ("nobody", PASSWORD),
                                                ("", PASSWORD)])
def test_authenticate_refuses_and_records_the_failure(ana, username, password):
    assert accounts.authenticate(username, password, ADDRESS) is None
    assert failures() == 1


def test_inactive_user_cannot_authenticate(ana, admin):
    accounts.set_active(ana, False, acting=admin)
    assert accounts.authenticate("ana", PASSWORD, ADDRESS) is None


def test_rate_limit_refuses_even_the_right_password(ctx, ana):
    for _ in range(ctx.config["LOGIN_MAX_ATTEMPTS"]):
        assert accounts.authenticate("ana", "wrong", ADDRESS) is None
    with pytest.raises(accounts.TooManyAttempts):
        accounts.authenticate("ana", PASSWORD, ADDRESS)
    # Another address, or another username, is counted apart.
    assert accounts.authenticate("ana", PASSWORD, "198.51.100.7") == ana
    assert accounts.authenticate("nobody", "wrong", ADDRESS) is None


def test_session_id_names_the_user_until_the_token_changes(ana):
    session_id = ana.get_id()
    assert accounts.user_from_session_id(session_id) == ana
    accounts.end_sessions(ana)
    assert accounts.user_from_session_id(session_id) is None
    assert accounts.user_from_session_id(ana.get_id()) == ana


@pytest.mark.parametrize("session_id", ["", "1", "1:", ":abc", "x:abc", "999:abc", "1:wrong",
                                        "-1:abc"])
def test_malformed_or_unknown_session_ids_name_nobody(ana, session_id):
    assert accounts.user_from_session_id(session_id) is None


def test_deactivation_ends_sessions(ana, admin):
    session_id = ana.get_id()
    accounts.set_active(ana, False, acting=admin)
    assert accounts.user_from_session_id(session_id) is None
    accounts.set_active(ana, True, acting=admin)
    assert accounts.user_from_session_id(ana.get_id()) == ana


def test_change_password_checks_the_current_one(ana):
    with pytest.raises(accounts.AccountError):
        accounts.change_password(ana, "wrong", "a new password")
    assert accounts.password_matches(ana, PASSWORD)


def test_change_password_ends_other_sessions(ana):
    session_id = ana.get_id()
    accounts.change_password(ana, PASSWORD, "a new password")
    assert accounts.password_matches(ana, "a new password")
    assert accounts.user_from_session_id(session_id) is None


def test_reset_password_sets_it_and_ends_sessions(ana):
    session_id = ana.get_id()
    accounts.reset_password(ana, "reset by admin")
    assert accounts.authenticate("ana", "reset by admin", ADDRESS) == ana
    assert accounts.user_from_session_id(session_id) is None


def test_create_admin_only_when_none_exists(ctx):
    user, password = accounts.create_admin_if_missing()
    assert (user.username, user.role) == ("admin", Role.ADMIN.value)
    assert accounts.password_matches(user, password) and len(password) >= 12
    assert accounts.create_admin_if_missing("another password") is None
    assert db.session.scalar(select(func.count()).select_from(User)) == 1


def test_create_admin_skips_when_an_admin_has_another_name(admin):
    assert accounts.create_admin_if_missing() is None
    assert accounts.find_user("admin") is None


def test_admin_changes_roles(ana, admin):
    accounts.set_role(ana, Role.EDITOR, acting=admin)
    assert db.session.get(User, ana.id).role == "editor"


def test_admin_cannot_demote_or_deactivate_self(admin):
    accounts.create_user("second", PASSWORD, Role.ADMIN)
    with pytest.raises(accounts.AccountError, match="your own"):
        accounts.set_role(admin, Role.EDITOR, acting=admin)
    with pytest.raises(accounts.AccountError, match="your own"):
        accounts.set_active(admin, False, acting=admin)
    assert admin.role == "admin" and admin.active


def test_the_last_active_admin_stays(ctx, admin):
    other = accounts.create_user("second", PASSWORD, Role.ADMIN)
    accounts.set_active(admin, False, acting=other)
    with pytest.raises(accounts.AccountError, match="at least one active admin"):
        accounts.set_role(other, Role.EDITOR, acting=accounts.create_user("x", PASSWORD))
    accounts.set_active(admin, True, acting=other)
    accounts.set_role(other, Role.EDITOR, acting=admin)
    assert other.role == "editor"


def test_rehashes_passwords_made_with_older_parameters(ctx, ana):
    ctx.config["PASSWORD_HASHER"] = {"time_cost": 2, "memory_cost": 1024, "parallelism": 1}
    old_hash = ana.password_hash
    assert accounts.authenticate("ana", PASSWORD, ADDRESS) == ana
    assert ana.password_hash != old_hash and "t=2" in ana.password_hash
