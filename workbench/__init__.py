"""The Claim Workbench Flask app."""
from __future__ import annotations

import os
import secrets
from pathlib import Path

from flask import Flask

from workbench import db as _db_settings  # registers the SQLite pragmas once; engine options
from workbench.config import WEAK_SECRET_KEYS, Defaults, from_environment
from workbench.extensions import csrf, db, login_manager, migrate
from workbench.services import search_sync as _search_sync  # noqa: F401  (session events, once)

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class InsecureConfiguration(RuntimeError):
    """The app would run in production with settings that are only safe for development."""


def create_app(test_config: dict | None = None) -> Flask:
    """Build the app: defaults, then instance/config.py, then WORKBENCH_* env, then test_config."""
    app = Flask(__name__, instance_relative_config=True,
                instance_path=_instance_path(),
                template_folder=str(PROJECT_ROOT / "templates"),
                static_folder=str(PROJECT_ROOT / "workbench" / "static"))
    app.config.from_object(Defaults)
    if test_config is None:
        app.config.from_pyfile("config.py", silent=True)
        app.config.update(from_environment())
    else:
        app.config.update(test_config)
    os.makedirs(app.instance_path, exist_ok=True)
    if not app.config.get("SQLALCHEMY_DATABASE_URI"):
        db_file = Path(app.instance_path) / "workbench.db"
        app.config["SQLALCHEMY_DATABASE_URI"] = f"sqlite:///{db_file}"
    app.config["SQLALCHEMY_ENGINE_OPTIONS"] = _db_settings.engine_options(
        app.config["SQLALCHEMY_DATABASE_URI"], app.config.get("SQLALCHEMY_ENGINE_OPTIONS"))
    if not app.config.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = _instance_secret_key(app.instance_path)
    _refuse_insecure_production(app)

    db.init_app(app)
    migrate.init_app(app, db, directory=str(PROJECT_ROOT / "migrations"))
    csrf.init_app(app)
    login_manager.init_app(app)
    _register_blueprints(app)
    _register_cli(app)
    return app


def _instance_path() -> str:
    return os.environ.get("WORKBENCH_INSTANCE_PATH") or str(PROJECT_ROOT / "instance")


def _instance_secret_key(instance_path: str) -> str:
    """The installation's own random key, made on first start and kept in the instance folder,
    so a fresh installation (or a throw-away instance folder) never runs on a known key."""
    key_file = Path(instance_path) / "secret_key"
    if not key_file.exists():
        # Written aside and linked into place: concurrent first starts (several workers) all
        # end up reading the one complete key that won.
        draft = key_file.with_name(f".secret_key.{os.getpid()}")
        draft.write_text(secrets.token_hex(32))
        draft.chmod(0o600)
        try:
            os.link(draft, key_file)
        except FileExistsError:
            pass
        finally:
            draft.unlink()
    return key_file.read_text().strip()


def _refuse_insecure_production(app: Flask) -> None:
    if app.debug or app.testing:
        return
    if app.config["SECRET_KEY"] in WEAK_SECRET_KEYS and _is_production():
        raise InsecureConfiguration(
            "Refusing to start in production with a default SECRET_KEY: set "
            "WORKBENCH_SECRET_KEY, or remove it to use the instance folder's own key.")


def _is_production() -> bool:
    return os.environ.get("WORKBENCH_ENV", "production") == "production"


def _register_blueprints(app: Flask) -> None:
    from workbench.views import register_blueprints
    register_blueprints(app)


def _register_cli(app: Flask) -> None:
    from workbench.cli import register_commands
    register_commands(app)
