"""Fixtures shared by the whole suite: the app, its database, a client and a CLI runner.

The schema is built the way production builds it, by the migrations (``flask db upgrade``),
once per run: each test gets a copy of a migrated SQLite file, or, when ``TEST_DATABASE_URL``
names a PostgreSQL database, a database of this run's own (created next to that one, emptied
before each test, dropped at the end) so that concurrent runs do not collide.
"""
import os
import shutil
import uuid

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask_migrate import upgrade
from sqlalchemy import create_engine, make_url, text

from workbench import create_app
from workbench.extensions import db
from workbench.models.user import Role

TEST_DATABASE_URL = os.environ.get("TEST_DATABASE_URL")
PASSWORD = "correct horse battery"


def make_test_config(database_url: str) -> dict:
    return {
        "TESTING": True,
        "SECRET_KEY": "test-secret",
        "SQLALCHEMY_DATABASE_URI": database_url,
        "WTF_CSRF_ENABLED": False,
        # Cheap hashes: the default cost is deliberately ~0.1 s each.
        "PASSWORD_HASHER": {"time_cost": 1, "memory_cost": 1024, "parallelism": 1},
        # No 150 MB model per test, and no indexing thread unless a test asks for one.
        "SEARCH_ENCODER": "tests.workbench.search.fake_encoder:HashingEncoder",
        "SEARCH_BACKGROUND_INDEXING": False,
    }


def migrate_to_head(database_url: str, instance_path) -> None:
    """Upgrade to head; fail every database test at once, and say why, when the models have
    changed without the migration (test_migrations.py shows the differences)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("WORKBENCH_INSTANCE_PATH", str(instance_path))
        app = create_app(make_test_config(database_url))
        with app.app_context():
            upgrade()
            with db.engine.connect() as conn:
                drift = compare_metadata(MigrationContext.configure(conn), db.metadata)
            db.engine.dispose()
    if drift:
        pytest.fail("The models differ from migrations/: run `make initial-migration` "
                    f"(README, 'Changing the models'). First differences: {drift[:3]}")


# ---- databases ---------------------------------------------------------------------------

def create_database(admin_url: str) -> str:
    """A new empty PostgreSQL database beside ``admin_url``'s; returns its URL."""
    name = f"test_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    _run_autocommit(admin_url, f'CREATE DATABASE "{name}"')
    return make_url(admin_url).set(database=name).render_as_string(hide_password=False)


def drop_database(admin_url: str, url: str) -> None:
    name = make_url(url).database
    _run_autocommit(admin_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _run_autocommit(url: str, statement: str) -> None:
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(statement))
    engine.dispose()


@pytest.fixture(scope="session")
def migrated_database(tmp_path_factory):
    """URL of a database migrated to head: on SQLite a template file each test copies."""
    instance = tmp_path_factory.mktemp("instance")
    if TEST_DATABASE_URL:
        url = create_database(TEST_DATABASE_URL)
        try:
            migrate_to_head(url, instance)
            yield url
        finally:
            drop_database(TEST_DATABASE_URL, url)
    else:
        url = f"sqlite:///{instance / 'template.db'}"
        migrate_to_head(url, instance)
        yield url


@pytest.fixture
def database_url(migrated_database, tmp_path, request):
    """A migrated database with no rows, for this test alone."""
    if TEST_DATABASE_URL:
        empty_tables(request.getfixturevalue("run_engine"))
        return migrated_database
    copy = tmp_path / "test.db"
    shutil.copyfile(make_url(migrated_database).database, copy)
    return f"sqlite:///{copy}"


@pytest.fixture(scope="session")
def run_engine(migrated_database):
    engine = create_engine(migrated_database)
    yield engine
    engine.dispose()


def empty_tables(engine) -> None:
    # DELETE, not TRUNCATE: on tables this small it is ten times faster (TRUNCATE makes new
    # files for every table). Sequences restart so ids are as on a fresh database.
    with engine.begin() as conn:
        # claim_history refuses DELETE (migration 0002); its owner lifts that for the cleanup
        # only, inside this transaction.
        conn.execute(text("ALTER TABLE claim_history DISABLE TRIGGER USER"))
        for table in reversed(db.metadata.sorted_tables):
            conn.execute(table.delete())
        conn.execute(text("ALTER TABLE claim_history ENABLE TRIGGER USER"))
        for sequence in conn.scalars(text(
                "SELECT sequencename FROM pg_sequences WHERE schemaname = current_schema()")):
            conn.execute(text("SELECT setval(:name, 1, false)"), {"name": f'"{sequence}"'})


@pytest.fixture
def empty_database_url(tmp_path):
    """A database without any table, for tests of the migrations themselves."""
    if not TEST_DATABASE_URL:
        yield f"sqlite:///{tmp_path / 'empty.db'}"
        return
    url = create_database(TEST_DATABASE_URL)
    yield url
    drop_database(TEST_DATABASE_URL, url)


# ---- the app -----------------------------------------------------------------------------

@pytest.fixture
def make_app(database_url, tmp_path, monkeypatch):
    """``make_app(WTF_CSRF_ENABLED=True)`` or ``make_app(database=url)``: an app on this test's
    database (or ``url``) with some settings changed; its connections are closed afterwards."""
    monkeypatch.setenv("WORKBENCH_INSTANCE_PATH", str(tmp_path))
    apps = []

    def make(database: str | None = None, **overrides):
        apps.append(create_app({**make_test_config(database or database_url), **overrides}))
        return apps[-1]
    yield make
    for app in apps:
        with app.app_context():
            db.session.remove()
            db.engine.dispose()


@pytest.fixture
def app(make_app):
    return make_app()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


# ---- accounts ----------------------------------------------------------------------------

@pytest.fixture
def make_user(app):
    """``make_user("ana", Role.EDITOR)`` saves a user whose password is ``PASSWORD``; returns its id."""
    from workbench.services import accounts

    def make(username: str = "ana", role: Role | str = Role.FACTCHECKER,
             password: str = PASSWORD):
        with app.app_context():
            return accounts.create_user(username, password, role).id
    return make


@pytest.fixture
def login(client):
    """``login("ana")`` logs the test client in; returns the response of the login POST."""
    def log_in(username: str, password: str = PASSWORD):
        return client.post("/auth/login", data={"username": username, "password": password})
    return log_in
