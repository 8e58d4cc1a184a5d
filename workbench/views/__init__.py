"""Blueprints. Each view module defines ``bp``; every route declares who may use it."""
from flask import Flask


def register_blueprints(app: Flask) -> None:
    from workbench.views import admin, articles, auth, claims, errors, main, search, templating
    from workbench.views import claim_panels, evidence, notes, sources
    from workbench.views import formatting, queues, verdict_scale, verdicts, workflow
    app.register_blueprint(main.bp)
    app.register_blueprint(auth.bp)
    app.register_blueprint(admin.bp)
    app.register_blueprint(articles.bp)
    app.register_blueprint(claims.bp)
    app.register_blueprint(search.bp)
    app.register_blueprint(evidence.bp)
    app.register_blueprint(sources.bp)
    app.register_blueprint(notes.bp)
    for module in (workflow, queues, verdicts, verdict_scale):
        app.register_blueprint(module.bp)
    errors.init_app(app)
    templating.init_app(app)
    formatting.init_app(app)
    claim_panels.init_app(app)
