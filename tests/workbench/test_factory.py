import pytest

from workbench import InsecureConfiguration, create_app
from workbench.config import from_environment


def test_testing_config_is_applied(app):
    assert app.testing
    assert create_app({"TESTING": False, "SECRET_KEY": "x"}).testing is False


def test_instance_path_comes_from_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_INSTANCE_PATH", str(tmp_path / "elsewhere"))
    app = create_app({"SECRET_KEY": "x"})
    assert app.instance_path == str(tmp_path / "elsewhere")
    assert app.config["SQLALCHEMY_DATABASE_URI"].endswith("elsewhere/workbench.db")


@pytest.mark.parametrize("weak_key", ["dev", "changeme", "dev-only-not-secret"])
def test_production_refuses_a_well_known_secret_key(tmp_path, monkeypatch, weak_key):
    monkeypatch.setenv("WORKBENCH_INSTANCE_PATH", str(tmp_path))
    monkeypatch.setenv("WORKBENCH_SECRET_KEY", weak_key)
    monkeypatch.setenv("WORKBENCH_ENV", "production")
    with pytest.raises(InsecureConfiguration):
        create_app()


def test_without_a_configured_key_the_instance_gets_its_own(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_INSTANCE_PATH", str(tmp_path))
    monkeypatch.delenv("WORKBENCH_SECRET_KEY", raising=False)
    monkeypatch.setenv("WORKBENCH_ENV", "production")
    first, second = create_app(), create_app()
    assert len(first.config["SECRET_KEY"]) == 64
    assert second.config["SECRET_KEY"] == first.config["SECRET_KEY"]
    assert (tmp_path / "secret_key").stat().st_mode & 0o077 == 0
    assert list(tmp_path.glob(".secret_key.*")) == []


def test_environment_overrides_are_decoded():
    env = {"WORKBENCH_FETCH_TIMEOUT": "5", "WORKBENCH_SECRET_KEY": "abc",
           "DATABASE_URL": "postgresql://x/y", "OTHER": "1"}
    assert from_environment(env) == {"FETCH_TIMEOUT": 5, "SECRET_KEY": "abc",
                                     "SQLALCHEMY_DATABASE_URI": "postgresql://x/y"}


def test_engine_options_depend_on_the_database(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_INSTANCE_PATH", str(tmp_path))
    on_sqlite = create_app({"SECRET_KEY": "x"})
    on_server = create_app({"SECRET_KEY": "x",
                            "SQLALCHEMY_DATABASE_URI": "postgresql+psycopg://u@db.internal/w",
                            "SQLALCHEMY_ENGINE_OPTIONS": {"pool_size": 4}})
    assert "pool_pre_ping" not in on_sqlite.config["SQLALCHEMY_ENGINE_OPTIONS"]
    assert on_server.config["SQLALCHEMY_ENGINE_OPTIONS"] == {"pool_pre_ping": True,
                                                             "pool_size": 4}
