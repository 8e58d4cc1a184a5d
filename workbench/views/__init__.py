"""Blueprints. Each view module defines ``bp``; every route declares who may use it."""
from flask import Flask


def register_blueprints(app: Flask) -> None:
    from workbench.views import main
    app.register_blueprint(main.bp)
