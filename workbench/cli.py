"""Flask commands: ``flask --app workbench <command>``."""
from flask import Flask


def register_commands(app: Flask) -> None:
    pass
