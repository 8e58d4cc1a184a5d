"""Command line: ``python -m claims split FILE... | --jsonl``.

Exit codes: 0 success; 1 when some --jsonl records were bad (each gets an {"id", "error"} line
and the rest are still processed); 2 for bad input or usage, with one line on stderr.
Files are read as UTF-8; bytes that are not UTF-8 are refused (exit 2), never guessed.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys

from claims.errors import ArticleError, UndecodableArticle
from claims.html import extract_html, looks_like_html
from claims.pipeline import DEFAULT_MAX_CHARS, split_article
from claims.render import render_text, result_json


class UsageError(Exception):
    """Bad arguments or unreadable input: exit code 2."""


class _OneLineParser(argparse.ArgumentParser):
    """Usage errors as one stderr line and exit code 2 (argparse prints the whole usage)."""

    def error(self, message: str):
        self.exit(2, f"claims: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``python -m claims``."""
    parser = _OneLineParser(prog="python -m claims", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    split = sub.add_parser("split", help="split articles into claims")
    split.add_argument("files", nargs="*", metavar="FILE")
    split.add_argument("--jsonl", action="store_true", help="read JSON lines on stdin")
    split.add_argument("--url")
    split.add_argument("--published", type=_iso_date, help="YYYY-MM-DD")
    split.add_argument("--lang", choices=("id", "en"))
    split.add_argument("--format", choices=("text", "json"), default="text")
    split.add_argument("--max-chars", type=int, default=DEFAULT_MAX_CHARS)
    return parser


def _iso_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {value!r}") from None


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:        # argparse already printed its one-line usage error
        return 0 if exc.code == 0 else 2
    try:
        if args.jsonl:
            return run_jsonl(sys.stdin, sys.stdout, args.max_chars)
        if not args.files:
            raise UsageError("give FILE arguments or --jsonl")
        return run_files(args, sys.stdout)
    except (UsageError, ArticleError, OSError) as exc:
        print(f"claims: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def run_files(args, out) -> int:
    """Split each FILE and print it as text or JSON."""
    for path in args.files:
        text = read_text(path)
        published = args.published
        if path.lower().endswith((".html", ".htm")) or looks_like_html(text):
            text, _title, found = extract_html(text, args.url)
            published = published or found
        result = split_article(text, url=args.url, published=published, language=args.lang,
                               max_chars=args.max_chars)
        if args.format == "json":
            out.write(json.dumps({"file": path, **result_json(result)}, ensure_ascii=False) + "\n")
        else:
            out.write(render_text(path, result))
    return 0


def read_text(path: str) -> str:
    """The file's text as UTF-8 (a BOM is dropped); UndecodableArticle otherwise."""
    with open(path, "rb") as handle:
        data = handle.read()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UndecodableArticle(f"{path}: not UTF-8 text (byte {exc.start}); convert it first") \
            from None


def run_jsonl(stdin, out, max_chars: int = DEFAULT_MAX_CHARS) -> int:
    """One result (or {"id", "error"}) per input line, in order; 1 if any line failed."""
    failed = False
    for line in stdin:
        if not line.strip():
            continue
        record = _process_record(line, max_chars)
        failed = failed or "error" in record
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        out.flush()
    return 1 if failed else 0


def _process_record(line: str, max_chars: int) -> dict:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return {"id": None, "error": f"not JSON: {exc.msg}"}
    if not isinstance(record, dict):
        return {"id": None, "error": "not a JSON object"}
    rid = record.get("id")
    text = record.get("text")
    if not isinstance(text, str):
        return {"id": rid, "error": "no text"}
    try:
        result = split_article(text, url=record.get("url"), published=record.get("published"),
                               language=record.get("language"), max_chars=max_chars)
    except ArticleError as exc:
        return {"id": rid, "error": str(exc)}
    except Exception as exc:  # noqa: BLE001 - one failing article must not stop the batch
        return {"id": rid, "error": f"internal error: {type(exc).__name__}: {exc}"}
    return {"id": rid, **result_json(result)}
