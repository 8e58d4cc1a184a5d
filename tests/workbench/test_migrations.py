"""The migrations must build exactly the schema the models describe, on SQLite and PostgreSQL.

When this fails after a model change: until the first release, regenerate the single initial
migration with ``make initial-migration`` (see README, "Changing the models")."""
import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask_migrate import downgrade, upgrade
from sqlalchemy import inspect

from workbench.extensions import db


@pytest.fixture
def empty_app(empty_database_url, make_app):
    with make_app(database=empty_database_url).app_context() as context:
        yield context.app


def schema_differences() -> list:
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True,
                                                         "compare_server_default": True})
        return compare_metadata(context, db.metadata)


def table_names() -> set[str]:
    return set(inspect(db.engine).get_table_names())


def test_upgrade_from_empty_gives_exactly_the_models(empty_app):
    upgrade()
    assert schema_differences() == [], "models and migrations differ: make initial-migration"


def test_downgrade_removes_everything_and_upgrade_repeats(empty_app):
    upgrade()
    downgrade(revision="base")
    assert table_names() <= {"alembic_version"}
    upgrade()
    assert {table.name for table in db.metadata.sorted_tables} <= table_names()


def test_foreign_keys_stay_on_after_migrating_sqlite(empty_app):
    if db.engine.dialect.name != "sqlite":
        pytest.skip("the pragma exists on SQLite only")
    upgrade()
    with db.engine.connect() as conn:   # a pooled connection the migration used
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
