import pytest
from sqlalchemy import inspect, select

from tests.conftest import PASSWORD
from workbench.extensions import db
from workbench.models import User
from workbench.services import accounts


def users(app) -> dict[str, str]:
    with app.app_context():
        return {u.username: u.role for u in db.session.scalars(select(User))}


def password_works(app, username: str, password: str) -> bool:
    with app.app_context():
        return accounts.password_matches(accounts.find_user(username), password)


@pytest.fixture
def fresh_runner(empty_database_url, make_app):
    return make_app(database=empty_database_url).test_cli_runner()


def test_init_db_creates_the_schema_and_can_be_repeated(fresh_runner):
    app = fresh_runner.app
    for _ in range(2):
        result = fresh_runner.invoke(args=["init-db"])
        assert result.exit_code == 0, result.output
        assert "up to date" in result.output
    with app.app_context():
        assert {"user", "article", "claim", "login_attempt", "alembic_version"} <= set(
            inspect(db.engine).get_table_names())


def test_init_db_keeps_existing_data(app, runner, make_user):
    make_user("ana")
    assert runner.invoke(args=["init-db"]).exit_code == 0
    assert users(app) == {"ana": "factchecker"}


def test_create_user_with_password_option(app, runner):
    result = runner.invoke(args=["create-user", "Ana", "--role", "editor",
                                 "--password", PASSWORD])
    assert result.exit_code == 0, result.output
    assert users(app) == {"ana": "editor"}
    assert password_works(app, "ana", PASSWORD)


def test_create_user_prompts_for_the_password_twice(app, runner):
    result = runner.invoke(args=["create-user", "ana"], input=f"{PASSWORD}\n{PASSWORD}\n")
    assert result.exit_code == 0, result.output
    assert PASSWORD not in result.output
    assert users(app) == {"ana": "factchecker"} and password_works(app, "ana", PASSWORD)


@pytest.mark.parametrize("args, message", [
    (["create-user", "ana", "--password", "short"], "at least 10"),
    (["create-user", "ana", "--role", "boss", "--password", PASSWORD], "boss"),
])
def test_create_user_refuses_bad_input(app, runner, args, message):
    result = runner.invoke(args=args)
    assert result.exit_code != 0 and message in result.output
    assert users(app) == {}


def test_create_user_refuses_a_taken_username(app, runner, make_user):
    make_user("ana")
    result = runner.invoke(args=["create-user", "ANA", "--password", PASSWORD])
    assert result.exit_code == 1 and "already taken" in result.output


def test_create_admin_prints_a_generated_password_once(app, runner, monkeypatch):
    monkeypatch.delenv("WORKBENCH_ADMIN_PASSWORD", raising=False)
    first = runner.invoke(args=["create-admin"])
    assert first.exit_code == 0, first.output
    password = first.output.split("password: ")[1].split()[0]
    assert password_works(app, "admin", password)
    second = runner.invoke(args=["create-admin"])
    assert second.exit_code == 0 and "exists already" in second.output
    assert password not in second.output
    assert users(app) == {"admin": "admin"}


def test_create_admin_takes_the_password_from_the_environment(app, runner, monkeypatch):
    monkeypatch.setenv("WORKBENCH_ADMIN_PASSWORD", "from the environment")
    result = runner.invoke(args=["create-admin"])
    assert result.exit_code == 0 and "from the environment" not in result.output
    assert password_works(app, "admin", "from the environment")


def test_create_admin_does_nothing_when_another_admin_exists(app, runner):
    runner.invoke(args=["create-user", "root", "--role", "admin", "--password", PASSWORD])
    assert runner.invoke(args=["create-admin"]).exit_code == 0
    assert users(app) == {"root": "admin"}


def test_create_admin_ignores_a_short_password_when_an_admin_exists(app, runner, monkeypatch):
    # `make run` calls create-admin on every start, with whatever the environment holds.
    runner.invoke(args=["create-user", "root", "--role", "admin", "--password", PASSWORD])
    monkeypatch.setenv("WORKBENCH_ADMIN_PASSWORD", "short")
    result = runner.invoke(args=["create-admin"])
    assert result.exit_code == 0 and "exists already" in result.output
    assert users(app) == {"root": "admin"}


def test_create_admin_refuses_a_short_password_when_it_would_create_one(app, runner,
                                                                        monkeypatch):
    monkeypatch.setenv("WORKBENCH_ADMIN_PASSWORD", "short")
    result = runner.invoke(args=["create-admin"])
    assert result.exit_code != 0 and "at least 10 characters" in result.output
    assert users(app) == {}
