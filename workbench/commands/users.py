import click
from flask.cli import with_appcontext

from workbench.forms.auth import PASSWORD_MIN_LENGTH
from workbench.models.user import Role
from workbench.services import accounts

ROLES = click.Choice([role.value for role in Role])


def _check_length(ctx, param, password: str | None) -> str | None:
    if password is not None and len(password) < PASSWORD_MIN_LENGTH:
        raise click.BadParameter(f"must have at least {PASSWORD_MIN_LENGTH} characters",
                                 ctx=ctx, param=param)
    return password


@click.command("create-user")
@with_appcontext
@click.argument("username")
@click.option("--role", type=ROLES, default=Role.FACTCHECKER.value, show_default=True)
@click.option("--name", "display_name", default="", help="Display name.")
@click.option("--password", prompt=True, hide_input=True, confirmation_prompt=True,
              callback=_check_length, help="Prompted for when not given.")
def create_user(username: str, role: str, display_name: str, password: str) -> None:
    """Create an account that can log in."""
    try:
        user = accounts.create_user(username, password, role, display_name)
    except accounts.AccountError as error:
        raise click.ClickException(str(error)) from error
    click.echo(f"Created {user.role} {user.username}.")


@click.command("create-admin")
@with_appcontext
@click.option("--password", envvar="WORKBENCH_ADMIN_PASSWORD",
              help="Default: $WORKBENCH_ADMIN_PASSWORD, else a generated one printed once.")
@click.pass_context
def create_admin(ctx: click.Context, password: str | None) -> None:
    """Create the admin account "admin" unless an admin exists already."""
    # `make run` calls this on every start: with an admin in place the password is unused,
    # so it is checked only when it is about to be set.
    if accounts.admin_exists():
        click.echo("An admin account exists already; nothing to do.")
        return
    _check_length(ctx, _param(ctx, "password"), password)
    created = accounts.create_admin_if_missing(password)
    if created is None:
        click.echo("An admin account exists already; nothing to do.")
    elif password:
        click.echo(f"Created admin {created[0].username} with the given password.")
    else:
        click.echo(f"Created admin {created[0].username} with password: {created[1]}\n"
                   "It is shown only this once: log in and change it.")


def _param(ctx: click.Context, name: str) -> click.Parameter:
    return next(p for p in ctx.command.params if p.name == name)


COMMANDS = (create_user, create_admin)
