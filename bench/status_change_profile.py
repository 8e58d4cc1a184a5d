"""In-process profile of one claim status change, ``POST /claims/<id>/dismiss``.

Builds the synthetic archive of bench/search_corpus.py (no search index: indexing is off the
request path) into a throw-away SQLite instance, logs in with the Flask test client (CSRF on,
as in production) and sends dismiss requests, each for another claim with the status "new".
Prints the SQL statements per request (counted with a ``before_cursor_execute`` listener),
the in-process time p50/p95, and with ``--profile`` the cProfile of the requests.

    .venv/bin/python bench/status_change_profile.py --claims 10000 --changes 200
    .venv/bin/python bench/status_change_profile.py --claims 10000 --profile --sql
"""
import argparse
import cProfile
import os
import pstats
import re
import shutil
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.join(ROOT, "bench"))

from http_search_bench import PASSWORD, build_archive, percentiles  # noqa: E402


def log_in(client) -> str:
    """Logs the bench user in through the form; returns a CSRF token of the session."""
    html = client.get("/auth/login").get_data(as_text=True)
    answer = client.post("/auth/login", data={"username": "bench", "password": PASSWORD,
                                              "csrf_token": _token(html)})
    assert answer.status_code == 302, answer.status_code
    return _token(client.get("/claims/1").get_data(as_text=True))


def _token(html: str) -> str:
    return re.search(r'name="csrf_token"[^>]*value="([^"]+)"', html).group(1)


class StatementLog:
    """Every SQL statement the engine runs for the requests (this thread: not the indexer's)
    while ``on``."""

    def __init__(self, engine):
        from sqlalchemy import event
        self.on, self.statements, self.thread = False, [], threading.get_ident()
        event.listen(engine, "before_cursor_execute", self._seen)

    def _seen(self, conn, cursor, statement, parameters, context, executemany):
        if self.on and threading.get_ident() == self.thread:
            self.statements.append(statement)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=10_000)
    parser.add_argument("--changes", type=int, default=200)
    parser.add_argument("--indexing", action="store_true",
                        help="build the search index and index in a background thread, as the "
                             "web workers do (the requests then share the process with it)")
    parser.add_argument("--switch-interval", type=float, default=None,
                        help="sys.setswitchinterval for the run (seconds; Python's default "
                             "0.005): how long a request waits for the GIL beside the indexer")
    parser.add_argument("--profile", action="store_true", help="print the cProfile top 30")
    parser.add_argument("--sort", default="cumulative", help="cProfile sort key")
    parser.add_argument("--sql", action="store_true", help="print one request's statements")
    args = parser.parse_args(argv)
    if args.switch_interval:
        sys.setswitchinterval(args.switch_interval)
    instance = tempfile.mkdtemp(prefix="status-change-profile-")
    env = {"WORKBENCH_INSTANCE_PATH": instance, "WORKBENCH_SECRET_KEY": "bench-" + "x" * 32,
           "WORKBENCH_SEARCH_BACKGROUND_INDEXING": "true" if args.indexing else "false"}
    os.environ.pop("DATABASE_URL", None)
    print(f"# status change profile: {args.claims:,} claims, load {os.getloadavg()[0]:.1f}, "
          f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}", flush=True)
    try:
        build_archive(args.claims, env, procs=1, index=args.indexing)
        measure(args)
    finally:
        shutil.rmtree(instance, ignore_errors=True)


def measure(args):
    from sqlalchemy import select

    from workbench import create_app
    from workbench.extensions import db
    from workbench.models import Claim
    app = create_app()
    client = app.test_client()
    with app.app_context():
        ids = db.session.scalars(select(Claim.id).where(Claim.status == "new")
                                 .order_by(Claim.id)).all()
        log = StatementLog(db.engine)
    ids = ids[::max(1, len(ids) // (args.changes + 1))][1:args.changes + 1]
    token = log_in(client)
    profiler = cProfile.Profile() if args.profile else None
    samples, cpu_samples, counts, codes = [], [], [], {}
    for claim_id in ids:
        log.statements.clear()
        log.on = True
        if profiler:
            profiler.enable()
        started, cpu = time.perf_counter(), time.thread_time()
        answer = client.post(f"/claims/{claim_id}/dismiss", data={
            "csrf_token": token, "dismiss-version": "1", "dismiss-note": "bench"})
        samples.append((time.perf_counter() - started) * 1000)
        cpu_samples.append((time.thread_time() - cpu) * 1000)
        if profiler:
            profiler.disable()
        log.on = False
        counts.append(len(log.statements))
        codes[answer.status_code] = codes.get(answer.status_code, 0) + 1
    with app.app_context():
        from workbench.services.search_runtime import runtime
        runtime(app).close()        # stops the indexer thread, if one ran
    p50, p95, p99 = percentiles(samples)
    print(f"POST dismiss in-process ({len(ids)} claims): p50 {p50:.1f} ms, p95 {p95:.1f} ms, "
          f"p99 {p99:.1f} ms; CPU of this thread p50 {percentiles(cpu_samples)[0]:.2f} ms; SQL "
          f"statements per request {min(counts)}-{max(counts)}; answers {codes}", flush=True)
    if args.sql:
        print("\n".join(f"  {' '.join(s.split())[:150]}" for s in log.statements))
    if profiler:
        pstats.Stats(profiler).sort_stats(args.sort).print_stats(40)


if __name__ == "__main__":
    main()
