"""Flask commands: ``flask --app workbench <command>``.

Commands live in ``workbench/commands/<subject>.py``, each module listing them in ``COMMANDS``;
add a module to ``COMMAND_MODULES`` to register its commands."""
from importlib import import_module

from flask import Flask

COMMAND_MODULES = (
    "workbench.commands.database",
    "workbench.commands.importing",
    "workbench.commands.search",
    "workbench.commands.users",
)


def register_commands(app: Flask) -> None:
    for name in COMMAND_MODULES:
        for command in import_module(name).COMMANDS:
            app.cli.add_command(command)
