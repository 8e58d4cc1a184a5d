import pytest

from workbench.db import engine_options
from workbench.extensions import db


@pytest.mark.parametrize("uri, pre_ping", [
    ("sqlite:///instance/workbench.db", False),
    ("sqlite://", False),
    ("sqlite+pysqlite:///x.db", False),
    ("postgresql+psycopg://user@db.internal/workbench", True),
    ("postgresql://user@db.internal/workbench", True),
    ("mysql+pymysql://user@db.internal/workbench", True),
])
def test_only_server_databases_test_connections_before_use(uri, pre_ping):
    assert engine_options(uri).get("pool_pre_ping", False) is pre_ping


def test_configured_options_are_kept_and_win():
    uri = "postgresql+psycopg://user@db.internal/workbench"
    assert engine_options(uri, {"pool_size": 3}) == {"pool_pre_ping": True, "pool_size": 3}
    assert engine_options(uri, {"pool_pre_ping": False}) == {"pool_pre_ping": False}
    assert engine_options("sqlite://", {"echo": True}) == {"echo": True}


def test_the_app_engine_pings_only_a_server_database(app):
    with app.app_context():
        on_sqlite = db.engine.dialect.name == "sqlite"
        assert db.engine.pool._pre_ping is (not on_sqlite)
