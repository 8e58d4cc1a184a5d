import click
from flask.cli import with_appcontext
from flask_migrate import upgrade


@click.command("init-db")
@with_appcontext
def init_db() -> None:
    """Create the database schema, or bring an existing one up to date (safe to repeat)."""
    upgrade()
    click.echo("Database schema is up to date.")


COMMANDS = (init_db,)
