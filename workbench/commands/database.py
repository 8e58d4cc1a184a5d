import click
from flask.cli import with_appcontext
from flask_migrate import upgrade

from workbench.services import verdict_scale


@click.command("init-db")
@with_appcontext
def init_db() -> None:
    """Create the database schema, or bring an existing one up to date (safe to repeat)."""
    upgrade()
    click.echo("Database schema is up to date.")
    added = verdict_scale.ensure_defaults()
    if added:
        click.echo(f"Added the default verdict scale ({added} verdicts).")


COMMANDS = (init_db,)
