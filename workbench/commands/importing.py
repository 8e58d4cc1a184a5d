"""``flask import``: articles from files, or from JSON lines on stdin (``--jsonl``).

The JSON-lines form is what ``../shared/tools/matchscore.py`` speaks: one
``{"id", "text", "url", "published"}`` per input line, one
``{"id", "article_id", "claims": [{"id", "start", "end"}]}`` (or ``{"id", "error"}``) per output
line, in input order.
"""
from __future__ import annotations

import datetime as dt
import json
import secrets
import sys
from pathlib import Path

import click
from flask.cli import with_appcontext
from sqlalchemy import select

from workbench.extensions import db
from workbench.models import Article, Role, User
from workbench.services import accounts, importing

SYSTEM_USERNAME = "system"


@click.command("import")
@click.argument("files", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--url", help="Address of the article (one file only).")
@click.option("--published", type=click.DateTime(formats=["%Y-%m-%d"]),
              help="Publication date, YYYY-MM-DD, when the text does not say.")
@click.option("--user", "username", help="Importing user (default: the first admin).")
@click.option("--jsonl", is_flag=True, help="Read JSON lines from stdin, write JSON lines.")
@with_appcontext
def import_command(files, url, published, username, jsonl) -> None:
    """Import article files (.txt or .html), or JSON lines from stdin with --jsonl."""
    user = _importer(username)
    if jsonl:
        _import_jsonl(sys.stdin, user)
        return
    if not files:
        raise click.UsageError("Give one or more files, or --jsonl.")
    if url and len(files) > 1:
        raise click.UsageError("--url applies to a single file.")
    _import_files(files, url, published.date() if published else None, user)


def _importer(username: str | None) -> User:
    if username:
        user = accounts.find_user(username)
        if user is None:
            raise click.BadParameter(f"no user named {username!r}", param_hint="--user")
        return user
    admin = db.session.scalars(select(User).where(User.role == Role.ADMIN.value)
                               .order_by(User.id).limit(1)).first()
    return admin or accounts.find_user(SYSTEM_USERNAME) or accounts.create_user(
        SYSTEM_USERNAME, secrets.token_urlsafe(32), Role.FACTCHECKER, "System import")


def _import_files(files, url, published, user) -> None:
    results = []
    with click.progressbar(files, label="Importing", file=sys.stderr,
                           hidden=len(files) < 3) as bar:
        for path in bar:
            results.append((path, _import_file(path, url, published, user)))
    for path, message in results:
        click.echo(f"{path}: {message}")


def _import_file(path: Path, url, published, user) -> str:
    try:
        draft = importing.draft_from_file(path.name, path.read_bytes(), url, published)
        result = importing.save_draft(draft, importing.Corrections(), user)
    except importing.DuplicateArticle as dup:
        return f"already imported as article {dup.article.id}"
    except importing.ImportProblem as problem:
        db.session.rollback()
        return f"not imported: {problem}"
    return f"{result.outcome} article {result.article.id} ({len(_shown(result.article))} claims)"


def _import_jsonl(stream, user) -> None:
    for line in stream:
        if line.strip():
            click.echo(json.dumps(_import_line(line, user), ensure_ascii=False))
            sys.stdout.flush()


def _import_line(line: str, user: User) -> dict:
    record_id = None
    try:
        record = json.loads(line)
        record_id = record.get("id") if isinstance(record, dict) else None
        text, url, published = _fields(record)
        result = importing.import_text(text, user, url=url, published=published)
    except (ValueError, TypeError) as problem:   # bad JSON, bad fields, ImportProblem
        db.session.rollback()
        return {"id": record_id, "error": str(problem)}
    claims = [{"id": c.id, "start": c.start, "end": c.end} for c in _shown(result.article)]
    return {"id": record_id, "article_id": result.article.id, "claims": claims}


def _fields(record) -> tuple[str, str | None, dt.date | None]:
    if not isinstance(record, dict):
        raise ValueError("each line must be a JSON object")
    text, url, published = record.get("text"), record.get("url"), record.get("published")
    if not isinstance(text, str) or not text.strip():
        raise ValueError("'text' must be a non-empty string")
    if url is not None and not isinstance(url, str):
        raise ValueError("'url' must be a string")
    if published:
        published = dt.date.fromisoformat(str(published)[:10])
    return text, url or None, published or None


def _shown(article: Article):
    return [c for c in article.claims if c.anchored and c.merged_into_id is None]


COMMANDS = (import_command,)
