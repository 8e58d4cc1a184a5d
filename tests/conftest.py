"""Fixtures shared by the whole suite: the app, its database, a client and a CLI runner.

The database is a SQLite file in a temporary instance folder, or the PostgreSQL database named
by ``TEST_DATABASE_URL`` (emptied before and after each test).
"""
import os

import pytest
from sqlalchemy import text

from workbench import create_app
from workbench.extensions import db

TEST_DATABASE_URL = os.environ.get("TEST_DATABASE_URL")


def make_test_config(instance_path) -> dict:
    return {
        "TESTING": True,
        "SECRET_KEY": "test-secret",
        "SQLALCHEMY_DATABASE_URI": TEST_DATABASE_URL or f"sqlite:///{instance_path}/test.db",
        "WTF_CSRF_ENABLED": False,
    }


@pytest.fixture
def app(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_INSTANCE_PATH", str(tmp_path))
    app = create_app(make_test_config(tmp_path))
    with app.app_context():
        _empty_database()
        db.create_all()
    yield app
    with app.app_context():
        db.session.remove()
        _empty_database()
        db.engine.dispose()


def _empty_database():
    db.drop_all()
    with db.engine.begin() as conn:
        conn.execute(text("DROP TABLE IF EXISTS alembic_version"))


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()
