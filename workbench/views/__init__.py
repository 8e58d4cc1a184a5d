"""Blueprints. Each view module defines ``bp``; every route declares who may use it."""
from flask import Flask


def register_blueprints(app: Flask) -> None:
    from workbench.views import admin, articles, auth, claims, errors, main, templating
    app.register_blueprint(main.bp)
    app.register_blueprint(auth.bp)
    app.register_blueprint(admin.bp)
    app.register_blueprint(articles.bp)
    app.register_blueprint(claims.bp)
    errors.init_app(app)
    templating.init_app(app)
