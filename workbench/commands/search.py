"""``flask search rebuild|check|worker`` and ``flask similar --jsonl``.

The index lives in ``instance/search/``. It is derived data: deleting it and running
``search rebuild`` gives the same results.
"""
from __future__ import annotations

import json
import sys
import time

import click
from flask.cli import AppGroup, with_appcontext

from workbench.services import search_indexer, search_maintenance, similar_claims
from workbench.services.search_runtime import runtime

search_group = AppGroup("search", help="Keep the search index in step with the database.")


@search_group.command("rebuild")
@click.option("--procs", default=1, show_default=True,
              help="Whoosh build processes (2 is ~2x faster and takes both cores).")
def rebuild_command(procs: int) -> None:
    """Build a new index from the database and swap it in; search keeps working."""
    started = time.perf_counter()
    count = search_maintenance.rebuild(runtime().index, procs=procs)
    click.echo(f"indexed {count} claims in {time.perf_counter() - started:.1f} s")


@search_group.command("check")
@click.option("--report-only", is_flag=True, help="Only report the differences.")
def check_command(report_only: bool) -> None:
    """Report differences between database and index, and repair them."""
    report = search_maintenance.check(runtime().index, repair=not report_only)
    for name in ("missing", "stale", "extra"):
        ids = getattr(report, name)
        click.echo(f"{name}: {len(ids)}" + (f" ({', '.join(ids[:20])}"
                                             f"{' …' if len(ids) > 20 else ''})" if ids else ""))
    if report.clean:
        click.echo("index matches the database")
    elif report.repaired:
        click.echo("repaired")
    else:
        sys.exit(1)


@search_group.command("worker")
@click.option("--once", is_flag=True, help="Drain the outbox once and exit.")
@click.option("--poll", default=search_indexer.POLL_SECONDS, show_default=True,
              help="Seconds between looks at the outbox.")
def worker_command(once: bool, poll: float) -> None:
    """Index outbox rows as they are committed (a loop; Ctrl-C stops it)."""
    search = runtime()
    while True:
        done = search_indexer.drain(search.index, wait=once,
                                    after_index=similar_claims.refresh_vectors)
        if done:
            click.echo(f"indexed {done} changes", err=True)
        if once:
            click.echo(f"outbox drained ({done or 0} changes)")
            return
        time.sleep(poll)


@click.command("similar")
@click.option("--jsonl", is_flag=True, required=True,
              help='Read {"qid","text","limit"} lines from stdin, write results as JSON lines.')
@with_appcontext
def similar_command(jsonl: bool) -> None:
    """Claims most similar to each input text, best first, across languages."""
    batch = []
    for line in sys.stdin:
        if line.strip():
            batch.append(line)
        if len(batch) >= 64:
            _answer(batch)
            batch = []
    _answer(batch)


def _answer(lines: list[str]) -> None:
    queries = [_query(line) for line in lines]
    good = [q for q in queries if "error" not in q]
    limit = max((q["limit"] for q in good), default=10)
    found = iter(similar_claims.similar_to_texts([q["text"] for q in good], limit))
    for q in queries:
        if "error" in q:
            click.echo(json.dumps(q, ensure_ascii=False))
            continue
        results = [{"claim_id": c.claim_id, "article_id": c.article_id,
                    "score": round(c.score, 4)} for c in next(found)[:q["limit"]]]
        click.echo(json.dumps({"qid": q["qid"], "results": results}, ensure_ascii=False))
    sys.stdout.flush()


def _query(line: str) -> dict:
    try:
        record = json.loads(line)
        text, limit = record.get("text"), int(record.get("limit") or 10)
        if not isinstance(text, str) or not text.strip():
            raise ValueError("'text' must be a non-empty string")
        return {"qid": record.get("qid"), "text": text, "limit": max(1, min(limit, 100))}
    except (ValueError, TypeError, AttributeError) as problem:
        qid = record.get("qid") if isinstance(locals().get("record"), dict) else None
        return {"qid": qid, "error": str(problem)}


COMMANDS = (search_group, similar_command)
